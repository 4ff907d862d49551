"""The overview map of the venues: fitted to where they are, dots coloured by status, labels that never overlap.

No tiles, no request to another host: an inline SVG whose land is the shared world outline
(``assets/briefing-world.svg``, drawn by :func:`generator.charts.land_svg`) stretched to the map's
extent, a dot per venue that has coordinates (a link to its page) and HTML labels laid over it, so they
keep a readable size when the map shrinks on a phone. Layout only here: :func:`overview_layout` places
dots and labels, :func:`overview_svg` writes the picture with every name escaped; the legend and the
caption are the template's (``templates/_macros.j2``, ``venue_overview``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .escape import local_href, svg_text as escape
from .model import Venue

STATUS_ORDER = ("held", "planned", "proposed", "offered", "postponed", "rejected", "cancelled", "mentioned")
WIDTH = 720  # viewBox units; the map is drawn at 100% of the text column
WIDE_PX, NARROW_PX = 640, 330  # the narrowest the map is shown at on a desktop and on a phone
LABEL_PX, CHAR_PX, GAP_PX = 18, 7.0, 7  # a 12 px label: its line height, its average character, its gap to the dot
DOT_PX = 6  # the room a dot keeps free of labels (radius, px)
# where a label may sit around its dot, in order of preference: (dx, dy) of the box's near corner, in labels
DIRECTIONS = ("e", "w", "ne", "se", "nw", "sw", "n", "s")


@dataclass
class Dot:
    venue: Venue
    x: float
    y: float
    status: str
    label: str = ""  # "" (no label), or the direction it sits in ("e", "nw", …)
    narrow: bool = False  # the label also fits when the map is phone-wide


@dataclass
class Overview:
    width: int
    height: int
    world: tuple[float, float, float, float]  # x, y, width, height of the world outline in the map's units
    dots: list[Dot] = field(default_factory=list)
    unplaced: int = 0  # venues without coordinates

    def legend(self) -> list[tuple[str, int]]:
        """(status, number of venues) for each status on the map, in a fixed order."""
        counts = {s: sum(1 for d in self.dots if d.status == s) for s in STATUS_ORDER}
        return [(s, n) for s, n in counts.items() if n]


def status_of(venue: Venue) -> str:
    """The venue's status now (the latest report), or "mentioned" when no article gives one."""
    now = venue.current()
    status = (now or {}).get("status") or "mentioned"
    return status if status in STATUS_ORDER else "mentioned"


def _extent(points: list[tuple[float, float]], width: int, min_span: float = 8.0, pad: float = 0.15,
            heights: tuple[int, int] = (300, 440)) -> tuple[float, float, float, float, float, float]:
    """(west, north, x scale, y scale, height, east) of a map fitted to the points: padded, at least
    ``min_span`` degrees, longitudes narrowed by the cosine of the middle latitude, height within ``heights``."""
    lons, lats = [p[1] for p in points], [p[0] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    grow_x, grow_y = max(min_span - (east - west), 0) / 2, max(min_span - (north - south), 0) / 2
    west, east = west - grow_x - pad * (east - west), east + grow_x + pad * (east - west)
    south, north = south - grow_y - pad * (north - south), north + grow_y + pad * (north - south)
    south, north = max(south, -80.0), min(north, 84.0)
    k = math.cos(math.radians((north + south) / 2))
    scale = width / ((east - west) * k)
    height = (north - south) * scale
    lo, hi = heights
    if height > hi:  # too tall: widen the longitudes until the height fits
        scale = hi / (north - south)
        extra = (width / (scale * k) - (east - west)) / 2
        west, east, height = west - extra, east + extra, hi
    elif height < lo:  # too flat: add latitude above and below
        extra = (lo / scale - (north - south)) / 2
        south, north, height = max(south - extra, -85.0), min(north + extra, 85.0), lo
    return west, north, scale * k, scale, height, east


def _box(dot: Dot, direction: str, text: str, per_px: float) -> tuple[float, float, float, float]:
    """The label's box (left, top, right, bottom) in map units when one px is ``per_px`` units."""
    w, h, gap = (len(text) * CHAR_PX + 4) * per_px, LABEL_PX * per_px, GAP_PX * per_px
    left = {"e": dot.x + gap, "w": dot.x - gap - w, "n": dot.x - w / 2, "s": dot.x - w / 2}
    top = {"n": dot.y - gap - h, "s": dot.y + gap, "e": dot.y - h / 2, "w": dot.y - h / 2}
    x = left.get(direction, dot.x + gap if "e" in direction else dot.x - gap - w)
    y = top.get(direction, dot.y - gap / 2 - h if "n" in direction else dot.y + gap / 2)
    return x, y, x + w, y + h


def _clear(box, taken, dots, width: float, height: float, per_px: float, own: Dot) -> bool:
    x0, y0, x1, y1 = box
    if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
        return False
    if any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in taken):
        return False
    r = DOT_PX * per_px
    return not any(d is not own and x0 - r < d.x < x1 + r and y0 - r < d.y < y1 + r for d in dots)


def _place_labels(m: Overview) -> None:
    """Greedy placement, most mentioned venue first: the first of DIRECTIONS where the label is inside the
    map and touches no other label or dot at desktop width; a label that finds no room is left out (the dot
    keeps its name as a tooltip, the list beside the map has them all). Those that also fit phone-wide are
    marked ``narrow``."""
    ranked = sorted(m.dots, key=lambda d: (-len(d.venue.mentions), d.venue.name, d.venue.id))
    for per_px, attr in ((m.width / WIDE_PX, "label"), (m.width / NARROW_PX, "narrow")):
        taken = []
        for d in ranked:
            if attr == "narrow" and not d.label:
                continue
            tries = (d.label,) if attr == "narrow" else DIRECTIONS
            for direction in tries:
                box = _box(d, direction, d.venue.name, per_px)
                if _clear(box, taken, m.dots, m.width, m.height, per_px, d):
                    taken.append(box)
                    setattr(d, attr, direction if attr == "label" else True)
                    break


def overview_layout(venues: list[Venue], width: int = WIDTH) -> Overview | None:
    """The map of every venue with coordinates, fitted to their extent; None when none has any."""
    placed = [v for v in venues if v.lat is not None and v.lon is not None]
    if not placed:
        return None
    west, north, sx, sy, height, _ = _extent([(v.lat, v.lon) for v in placed], width)
    m = Overview(width, round(height), ((-180 - west) * sx, (north - 90) * sy, 360 * sx, 180 * sy),
                 unplaced=len(venues) - len(placed))
    for v in sorted(placed, key=lambda v: v.id):
        m.dots.append(Dot(v, (v.lon - west) * sx, (north - v.lat) * sy, status_of(v)))
    _place_labels(m)
    return m


def overview_svg(m: Overview, href, land_href: str) -> str:
    """The map as inline SVG plus its HTML labels. ``href(venue_id)`` is the link to a venue's page. The
    picture is out of the tab order and hidden from assistive technology and search (the list beside it
    names every venue); a mouse can follow a dot or a label."""
    wx, wy, ww, wh = m.world
    parts = [f'<div class="venue-overview__map" aria-hidden="true" style="aspect-ratio:{m.width}/{m.height}">',
             f'<svg viewBox="0 0 {m.width} {m.height}" width="100%" focusable="false" xmlns="http://www.w3.org/2000/svg">',
             f'<rect width="{m.width}" height="{m.height}" fill="none" stroke="currentColor" stroke-opacity="0.3"/>',
             f'<image href="{local_href(land_href)}" x="{wx:.1f}" y="{wy:.1f}" width="{ww:.1f}" height="{wh:.1f}" '
             f'preserveAspectRatio="none"/>']
    for d in sorted(m.dots, key=lambda d: (len(d.venue.mentions), d.venue.id)):  # the most mentioned on top
        parts.append(f'<a href="{local_href(href(d.venue.id))}" tabindex="-1"><circle class="map-dot map-s-{d.status}" '
                     f'cx="{d.x:.1f}" cy="{d.y:.1f}" r="5"><title>{escape(f"{d.venue.name}: {d.status}")}</title>'
                     f'</circle></a>')
    parts.append("</svg>")
    for d in sorted((d for d in m.dots if d.label), key=lambda d: d.venue.id):
        css = f"map-label map-label--{d.label}" + (" map-label--narrow" if d.narrow else "")
        parts.append(f'<a class="{css}" href="{local_href(href(d.venue.id))}" tabindex="-1" '
                     f'style="left:{100 * d.x / m.width:.2f}%;top:{100 * d.y / m.height:.2f}%">{escape(d.venue.name)}</a>')
    parts.append("</div>")
    return "".join(parts)
