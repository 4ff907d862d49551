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


MAX_LEVELS = 7  # more dots than this on one spot and the chart becomes count bars per week
LABEL_GAP = 130  # viewBox units between axis labels: a 12 px label fits even when the chart is 340 px wide
OUTLIER_SHARE = 0.12  # of the axis width, for events far before or after the active period


def _axis_segments(days: list[dt.date], x0: float, x1: float) -> list[tuple[dt.date, dt.date, float, float]]:
    """(first day, last day, left, right) of each axis piece: one, or two when a few events lie far from the
    rest (the active period keeps most of the width and the outliers sit beyond a break)."""
    ordered = sorted(set(days))
    if len(ordered) > 2:
        gap, i = max(((ordered[k + 1] - ordered[k]).days, k) for k in range(len(ordered) - 1))
        left = sum(1 for d in days if d <= ordered[i])
        few = max(1, len(days) // 20)
        if gap > 0.5 * (ordered[-1] - ordered[0]).days and min(left, len(days) - left) <= few:
            cut = x0 + (x1 - x0) * (OUTLIER_SHARE if left <= few else 1 - OUTLIER_SHARE)
            return [(ordered[0], ordered[i], x0, cut - 12), (ordered[i + 1], ordered[-1], cut + 12, x1)]
    return [(ordered[0], ordered[-1], x0, x1)]


def _place(segments, d: dt.date) -> float:
    """x of a day; a day outside every piece goes to the nearest end of the piece it falls before."""
    for lo, hi, a, b in segments:
        if d <= hi:
            d = max(d, lo)
            return a + (b - a) * ((d - lo).days / (hi - lo).days if hi > lo else 0.5)
    return segments[-1][3]


def _next_tick(d: dt.date, unit: str, step: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=step)
    if unit == "month":
        m = d.month - 1 + step
        return dt.date(d.year + m // 12, m % 12 + 1, 1)
    return dt.date(d.year + step, 1, 1)


def _ticks(lo: dt.date, hi: dt.date, room: float) -> list[tuple[dt.date, str]]:
    """Tick days and labels for [lo, hi]: the finest step of days, weeks, months or years that leaves
    LABEL_GAP between labels in ``room`` units."""
    most = max(1, int(room // LABEL_GAP))
    for unit, step in (("day", 1), ("day", 2), ("day", 7), ("day", 14), ("month", 1), ("month", 2), ("month", 3),
                       ("month", 6), ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 25)):
        if unit == "day":
            first = lo if step < 7 else lo + dt.timedelta(days=-lo.weekday() % 7)
        elif unit == "month":
            first = dt.date(lo.year, lo.month, 1) if lo.day == 1 else _next_tick(dt.date(lo.year, lo.month, 1), "month", 1)
            while (first.month - 1) % step:
                first = _next_tick(first, "month", 1)
        else:
            first = dt.date(lo.year + (lo.month > 1 or lo.day > 1), 1, 1)
            first = dt.date(first.year + (-first.year % step), 1, 1)
        ticks = []
        d = first
        while d <= hi and len(ticks) <= most:
            ticks.append(d)
            d = _next_tick(d, unit, step)
        if len(ticks) <= most:
            fmt = {"day": "%-d %b", "month": "%b %Y", "year": "%Y"}[unit]
            return [(t, t.strftime(fmt)) for t in ticks] or [(lo, lo.strftime(fmt))]
    return [(lo, str(lo.year))]


def _dots(dated, days, segments, base: float, href=None) -> tuple[list[str], int]:
    """One dot per event, stacked where they meet, each a link to ``href(event)`` (by default ``#id``);
    (SVG parts, highest level)."""
    stacks: dict[int, int] = {}
    parts = []
    for e, d in sorted(zip(dated, days), key=lambda p: (p[1], p[0].id)):
        cx = _place(segments, d)
        level = stacks.get(round(cx / 6), 0)
        stacks[round(cx / 6)] = level + 1
        fill = "none" if e.status == "planned" else "currentColor"
        parts.append(f'<a href="{local_href(href(e) if href else "#" + e.id)}" tabindex="-1" focusable="false"><circle cx="{cx:.1f}" cy="{base - 12 - level * 11}" '
                     f'r="4.5" fill="{fill}" stroke="currentColor"><title>{escape(f"{e.date}: {e.summary}")}</title></circle></a>')
    return parts, max(stacks.values())


def _bars(dated, days, segments, base: float, tall: float) -> list[str]:
    """Count bars, one per week (Monday to Sunday): every event is counted, planned ones in the hollow part."""
    weeks: dict[dt.date, list[int]] = {}
    for e, d in zip(dated, days):
        monday = d - dt.timedelta(days=d.weekday())
        weeks.setdefault(monday, [0, 0])[e.status == "planned"] += 1
    top = max(sum(c) for c in weeks.values())
    parts = []
    for monday, (done, planned) in sorted(weeks.items()):
        cx = _place(segments, monday + dt.timedelta(days=3))
        h_done, h_plan = tall * done / top, tall * planned / top
        label = escape(f"week of {monday.isoformat()}: {done + planned} event{'s' if done + planned != 1 else ''}"
                       + (f", {planned} planned" if planned else ""))
        parts.append(f'<g><title>{label}</title><rect x="{cx - 3:.1f}" y="{base - h_done:.1f}" width="6" height="{h_done:.1f}" fill="currentColor"/>'
                     f'<rect x="{cx - 3:.1f}" y="{base - h_done - h_plan:.1f}" width="6" height="{h_plan:.1f}" fill="none" stroke="currentColor"/></g>')
    return parts


def _axis_labels(ticks: list[tuple[float, str]], width: int) -> str:
    """The tick labels as HTML (so they keep their size when the SVG shrinks), never closer than LABEL_GAP."""
    spans, last = [], None
    for tx, text in sorted(ticks):
        if last is not None and tx - last < LABEL_GAP:
            continue
        last = tx
        where = "start" if tx < 0.12 * width else "end" if tx > 0.88 * width else "mid"
        spans.append(f'<span class="tl-{where}" style="left:{100 * tx / width:.2f}%">{escape(text)}</span>')
    return f'<div class="timeline-axis" aria-hidden="true">{"".join(spans)}</div>'


def timeline_svg(events: list[Event], width: int = 720, href=None) -> str:
    """The dated events on a time axis: a dot per event (planned ones hollow) or, when dots would stack
    higher than MAX_LEVELS, count bars per week; a broken axis when a few events lie far from the rest.
    Axis labels are HTML, so they stay 12 px at every width; the picture is decoration (the list below it
    has every event), kept out of the tab order, of assistive technology and of the search index. A dot links to
    ``href(event)``, by default ``#<event id>``."""
    dated = [e for e in events if e.date]
    if not dated:
        return ""
    days = [_day(e.date) for e in dated]
    pad = 20
    segments = _axis_segments(days, pad, width - pad)
    dots, levels = _dots(dated, days, segments, 0)
    bars = levels > MAX_LEVELS
    height = 110 if bars else 24 + min(levels, MAX_LEVELS) * 11
    base = height - 8
    marks = _bars(dated, days, segments, base, height - 24) if bars else _dots(dated, days, segments, base, href)[0]
    parts = [f'<figure class="timeline-figure" data-search-exclude><svg class="timeline-chart" aria-hidden="true" focusable="false" '
             f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">']
    ticks = []
    for k, (lo, hi, a, b) in enumerate(segments):
        parts.append(f'<line x1="{a}" y1="{base}" x2="{b}" y2="{base}" stroke="currentColor" stroke-opacity="0.5"/>')
        if k:  # the break between the outliers and the active period
            parts.append(f'<path d="M{a - 18} {base + 6}l6 -12M{a - 10} {base + 6}l6 -12" stroke="currentColor"/>')
        if b - a < LABEL_GAP:  # the outliers' piece: its year(s)
            ticks.append(((a + b) / 2, str(lo.year) if lo.year == hi.year else f"{lo.year}–{hi.year}"))
        else:
            ticks += [(_place(segments, t), text) for t, text in _ticks(lo, hi, b - a + (LABEL_GAP if len(segments) == 1 else 0))]
    parts += [f'<line x1="{tx:.1f}" y1="{base - 3}" x2="{tx:.1f}" y2="{base + 4}" stroke="currentColor" stroke-opacity="0.5"/>'
              for tx, _ in ticks]
    parts += marks + ["</svg>", _axis_labels(ticks, width)]
    first, last = min(days), max(days)
    what = "count bars per week" if bars else "one dot per event"
    broken = "; the axis is broken where a long gap separates a few events from the rest" if len(segments) > 1 else ""
    parts.append(f'<p class="timeline-caption">{len(dated)} dated events, {first.isoformat()} to {last.isoformat()}: '
                 f'{what}, hollow when planned{broken}.</p></figure>')
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


def map_context(venues: list[Venue], n: int) -> list[Venue]:
    """The ``n`` most mentioned venues with coordinates, most mentioned first: a venue's map draws those of them
    that are not itself (at most ``n - 1``), so ``map_context(all, n)`` may stand for ``all`` as its ``others``."""
    return sorted((o for o in venues if o.lat is not None), key=lambda o: (-len(o.mentions), o.id))[:n]


def map_svg(venue: Venue, others: list[Venue], land_href: str = "", width: int = 360, height: int = 180,
            max_others: int = 40) -> str:
    """The venue on a world map (graticule, the land outline from ``land_href``), with other venues as faint dots."""
    if venue.lat is None or venue.lon is None:
        return ""
    x = lambda lon: (lon + 180) / 360 * width  # noqa: E731
    y = lambda lat: (90 - lat) / 180 * height  # noqa: E731
    parts = [f'<svg class="venue-map" data-search-exclude role="img" aria-label="{escape(venue.name)} at {venue.lat:.2f}, {venue.lon:.2f}" '
             f'viewBox="0 0 {width} {height}" width="{width}" xmlns="http://www.w3.org/2000/svg">',
             f'<rect width="{width}" height="{height}" fill="none" stroke="currentColor" stroke-opacity="0.3"/>']
    if land_href:
        parts.append(f'<image href="{local_href(land_href)}" x="0" y="0" width="{width}" height="{height}"/>')
    for lon in range(-150, 181, 30):
        parts.append(f'<line x1="{x(lon):.1f}" y1="0" x2="{x(lon):.1f}" y2="{height}" stroke="currentColor" stroke-opacity="0.12"/>')
    for lat in range(-60, 61, 30):
        parts.append(f'<line x1="0" y1="{y(lat):.1f}" x2="{width}" y2="{y(lat):.1f}" stroke="currentColor" stroke-opacity="0.12"/>')
    # a few other venues for context (the most mentioned), so a page stays small however many there are
    context = [o for o in map_context(others, max_others + 1) if o.id != venue.id][:max_others]
    for o in sorted(context, key=lambda o: o.id):  # drawn in a fixed order: the map changes only with the set
        parts.append(f'<circle cx="{x(o.lon):.1f}" cy="{y(o.lat):.1f}" r="2.5" fill="currentColor" fill-opacity="0.35">'
                     f'<title>{escape(o.name)}</title></circle>')
    parts.append(f'<circle cx="{x(venue.lon):.1f}" cy="{y(venue.lat):.1f}" r="5" fill="#d33" stroke="white"/>')
    parts.append(f'<text x="{min(x(venue.lon) + 8, width - 60):.1f}" y="{max(y(venue.lat) - 6, 10):.1f}" font-size="11" '
                 f'fill="currentColor">{escape(venue.name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
