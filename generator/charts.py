"""Pictures drawn at build time as inline SVG: the timeline chart and the venue map.

No JavaScript, no tiles, no request to another host: plain SVG strings, every text and attribute
escaped by :func:`generator.escape.svg_text` (the SVG sits inside a Markdown page).
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

from .escape import local_href, svg_text as escape
from .model import Event, Venue


def _day(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def timeline_svg(events: list[Event], width: int = 720, height: int = 120) -> str:
    """Dots on a time axis, one per dated event (planned ones hollow), with month ticks."""
    dated = [e for e in events if e.date]
    if not dated:
        return ""
    days = [_day(e.date) for e in dated]
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    pad = 30
    x = lambda d: pad + (width - 2 * pad) * (d - lo).days / span  # noqa: E731
    parts = [f'<svg class="timeline-chart" role="img" aria-label="Timeline of {len(dated)} dated events" '
             f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{pad}" y1="{height - 30}" x2="{width - pad}" y2="{height - 30}" stroke="currentColor" stroke-opacity="0.5"/>']
    # ticks: months when the span is under three years, else years
    months = span < 3 * 366
    tick = dt.date(lo.year, lo.month if months else 1, 1)
    n = 0
    while tick <= hi and n < 400:
        if tick >= lo:
            tx = x(tick)
            label = tick.strftime("%b %Y") if months else str(tick.year)
            parts.append(f'<line x1="{tx:.1f}" y1="{height - 34}" x2="{tx:.1f}" y2="{height - 26}" stroke="currentColor" stroke-opacity="0.5"/>')
            parts.append(f'<text x="{tx:.1f}" y="{height - 12}" font-size="9" text-anchor="middle" fill="currentColor">{escape(label)}</text>')
        n += 1
        if months:
            tick = dt.date(tick.year + (tick.month == 12), tick.month % 12 + 1, 1)
        else:
            tick = dt.date(tick.year + 1, 1, 1)
    # stack dots that fall on the same spot
    stacks: dict[int, int] = {}
    for e, d in sorted(zip(dated, days), key=lambda p: (p[1], p[0].id)):
        cx = x(d)
        level = stacks.get(round(cx / 6), 0)
        stacks[round(cx / 6)] = level + 1
        cy = height - 42 - level * 11
        if cy < 8:
            continue
        fill = "none" if e.status == "planned" else "currentColor"
        title = escape(f"{e.date}: {e.summary}")
        parts.append(f'<a href="{local_href("#" + e.id)}"><circle cx="{cx:.1f}" cy="{cy}" r="4.5" fill="{fill}" stroke="currentColor">'
                     f'<title>{title}</title></circle></a>')
    parts.append("</svg>")
    return "".join(parts)


@lru_cache(maxsize=1)
def land_path(width: int = 360, height: int = 180) -> str:
    """The world's land (Natural Earth 1:110m, TopoJSON in data/) as one SVG path, equirectangular."""
    topo = json.loads((Path(__file__).parent / "data" / "land-110m.topo.json").read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:  # delta-encoded, quantised positions
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indexes):
        pts = []
        for i in indexes:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg if not pts else seg[1:])
        return pts

    d = []
    for geom in topo["objects"]["land"]["geometries"]:
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        for poly in polys:
            for r in poly:
                pts = ring(r)
                if len(pts) < 3:
                    continue
                xy = [((lon + 180) / 360 * width, (90 - lat) / 180 * height) for lon, lat in pts]
                d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z")
    return "".join(d)


def land_svg(width: int = 360, height: int = 180) -> str:
    """The world outline as a standalone SVG file, shared by every venue map."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            f'<path d="{land_path(width, height)}" fill="#8a8a8a" fill-opacity="0.35"/></svg>\n')


def map_svg(venue: Venue, others: list[Venue], land_href: str = "", width: int = 360, height: int = 180,
            max_others: int = 40) -> str:
    """The venue on a world map (graticule, the land outline from ``land_href``), with other venues as faint dots."""
    if venue.lat is None or venue.lon is None:
        return ""
    x = lambda lon: (lon + 180) / 360 * width  # noqa: E731
    y = lambda lat: (90 - lat) / 180 * height  # noqa: E731
    parts = [f'<svg class="venue-map" role="img" aria-label="{escape(venue.name)} at {venue.lat:.2f}, {venue.lon:.2f}" '
             f'viewBox="0 0 {width} {height}" width="{width}" xmlns="http://www.w3.org/2000/svg">',
             f'<rect width="{width}" height="{height}" fill="none" stroke="currentColor" stroke-opacity="0.3"/>']
    if land_href:
        parts.append(f'<image href="{local_href(land_href)}" x="0" y="0" width="{width}" height="{height}"/>')
    for lon in range(-150, 181, 30):
        parts.append(f'<line x1="{x(lon):.1f}" y1="0" x2="{x(lon):.1f}" y2="{height}" stroke="currentColor" stroke-opacity="0.12"/>')
    for lat in range(-60, 61, 30):
        parts.append(f'<line x1="0" y1="{y(lat):.1f}" x2="{width}" y2="{y(lat):.1f}" stroke="currentColor" stroke-opacity="0.12"/>')
    # a few other venues for context (the most mentioned), so a page stays small however many there are
    context = sorted((o for o in others if o.id != venue.id and o.lat is not None),
                     key=lambda o: (-len(o.mentions), o.id))[:max_others]
    for o in sorted(context, key=lambda o: o.id):  # drawn in a fixed order: the map changes only with the set
        parts.append(f'<circle cx="{x(o.lon):.1f}" cy="{y(o.lat):.1f}" r="2.5" fill="currentColor" fill-opacity="0.35">'
                     f'<title>{escape(o.name)}</title></circle>')
    parts.append(f'<circle cx="{x(venue.lon):.1f}" cy="{y(venue.lat):.1f}" r="5" fill="#d33" stroke="white"/>')
    parts.append(f'<text x="{min(x(venue.lon) + 8, width - 60):.1f}" y="{max(y(venue.lat) - 6, 10):.1f}" font-size="11" '
                 f'fill="currentColor">{escape(venue.name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
