"""The venue overview map, the timeline's months and days, and the summarised search index."""
from __future__ import annotations

import itertools
import re

from generator.maps import NARROW_PX, WIDE_PX, _box, overview_layout, overview_svg
from generator.model import Briefing, Citation, Event, Venue
from generator.render import date_forms, page_names, render_pages
from generator.searchindex import summarise

from .conftest import ROOT
from .test_ui import small_briefing


def _venue(i: int, name: str, lat: float, lon: float, status: str | None = None, mentions: int = 1) -> Venue:
    c = Citation("wire-report", "s1")
    history = [{"status": status, "actor": None, "citation": c, "date": "2025-09-12"}] if status else []
    return Venue(f"v{i}", name, "city", mentions=[c] * mentions, lat=lat, lon=lon, history=history)


def test_overview_map_is_fitted_to_the_venues_not_the_world():
    venues = [_venue(0, "Lisbon", 38.7, -9.1), _venue(1, "Helsinki", 60.2, 24.9), _venue(2, "Athens", 37.98, 23.7),
              _venue(3, "Nowhere", None, None)]
    m = overview_layout(venues)
    x, y, w, h = m.world
    assert w > 3 * m.width  # the world outline is stretched: the map shows a part of it, not all of it
    assert all(0 < d.x < m.width and 0 < d.y < m.height for d in m.dots)
    assert m.unplaced == 1 and len(m.dots) == 3
    xs = {d.venue.name: d.x for d in m.dots}
    assert xs["Lisbon"] < xs["Athens"] < xs["Helsinki"]  # west to east
    assert overview_layout([_venue(0, "Nowhere", None, None)]) is None


def test_overview_labels_never_overlap_each_other_or_leave_the_map():
    grid = [_venue(i, f"Place number {i}", 45 + (i % 6) * 0.7, 10 + (i // 6) * 0.9, mentions=30 - i) for i in range(30)]
    m = overview_layout(grid)
    for per_px, dots in ((m.width / WIDE_PX, [d for d in m.dots if d.label]),
                         (m.width / NARROW_PX, [d for d in m.dots if d.narrow])):
        boxes = [_box(d, d.label, d.venue.name, per_px) for d in dots]
        assert boxes
        for a, b in itertools.combinations(boxes, 2):
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
        assert all(b[0] >= 0 and b[1] >= 0 and b[2] <= m.width and b[3] <= m.height for b in boxes)
    assert 0 < sum(d.narrow for d in m.dots) <= sum(bool(d.label) for d in m.dots) < 30  # crowded: some go unlabelled
    assert max(m.dots, key=lambda d: len(d.venue.mentions)).label  # the most mentioned is labelled


def test_overview_dots_are_coloured_by_status_linked_and_escaped():
    venues = [_venue(0, "<script>alert(1)</script>", 41.0, 29.0, "rejected"), _venue(1, "Geneva", 46.2, 6.15, "held"),
              _venue(2, "Doha", 25.3, 51.5)]
    m = overview_layout(venues)
    assert dict(m.legend()) == {"held": 1, "rejected": 1, "mentioned": 1}
    svg = overview_svg(m, lambda vid: f"venues/{vid}/", "../assets/briefing-world.svg")
    assert "<script" not in svg and "&#60;script&#62;" in svg
    assert 'class="map-dot map-s-rejected"' in svg and 'class="map-dot map-s-held"' in svg
    assert 'href="venues/v1/" tabindex="-1"' in svg and 'aria-hidden="true"' in svg
    assert 'href="../assets/briefing-world.svg"' in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")


def test_venues_index_and_home_carry_the_map_with_a_legend():
    pages = render_pages(small_briefing(), ROOT / "templates")
    for path, link in (("venues/index.md", 'href="geneva/"'), ("index.md", 'href="venues/geneva/"')):
        page = pages[path]
        figure = page.split('<figure class="venue-overview" data-search-exclude>', 1)[1].split("</figure>", 1)[0]
        assert link in figure and "map-s-planned" in figure and "planned (1)" in figure
    assert '<div class="table-filter" data-filter="Filter venues">' in pages["venues/index.md"]


def _month_events() -> list[Event]:
    import datetime as dt

    first = dt.date(2025, 5, 1)
    return [Event(f"e{i:03d}", (first + dt.timedelta(days=i % 90)).isoformat(), "day", False, f"event {i}")
            for i in range(120)]


def test_timeline_months_collapse_and_each_day_is_searchable_by_its_date():
    b = small_briefing()
    b.events = _month_events()
    page = render_pages(b, ROOT / "templates")["timeline.md"]
    assert "## Jul 2025 { #2025-07 .timeline-month }" in page
    heads = [line for line in page.splitlines() if line.startswith("???")]
    assert heads[0].startswith("???+ events") and all(h.startswith("??? events") for h in heads[1:])
    assert len(heads) == 3 and '"29 events"' in heads[0]  # May, June, July: only July (29 events) is open
    assert "### 16 May 2025" in page and "{ #on-2025-05-16 }" in page
    assert "May 16 · 2025&#45;05&#45;16" in page  # the hidden forms, for the search
    assert page.count('<span id="e') == 120  # every event keeps its own anchor
    assert "oldest" not in " ".join(page_names(b)) and '<div class="timeline-order"' in page


def test_date_forms():
    assert date_forms("2025-05-16") == "May 16 · 2025-05-16"
    assert date_forms("2025-05") == "May 2025 · 2025-05"
    assert date_forms("2022") == "2022" and date_forms(None) == ""


def test_summary_index_keeps_names_and_aliases_and_drops_the_rest():
    index = {"config": {"separator": "x"}, "docs": [
        {"location": "actors/anna/", "title": "Anna Example", "text": "<ul><li>Written: Anna Example, A. Example</li></ul>",
         "boost": 6},
        {"location": "actors/anna/#profile", "title": "Profile", "text": "<p>" + "word " * 200 + "</p>"},
        {"location": "actors/anna/#all-mentions", "title": "All mentions", "text": "<p>many</p>"},
        {"location": "sources/s1/", "title": "Headline &lt;b&gt;", "text": "<p>Outlet: Wire &lt;script&gt;</p>"},
        {"location": "sources/s1/#text", "title": "Text", "text": "<p>" + "lead " * 300 + "</p>"},
        {"location": "timeline/#on-2025-05-16", "title": "16 May 2025 May 16 · 2025-05-16", "text": "<p>" + "x " * 500 + "</p>"},
        {"location": "actors/", "title": "Actors", "text": "<p>index</p>"},
        {"location": "questions/#when", "title": "When?", "text": "<p>Open. Actor Stance</p>"},
        {"location": "questions/track-a/", "title": "Questions: A", "text": "<p>3 questions, 3 open</p>"},
        {"location": "questions/track-a/#q1", "title": "Will they meet?", "text": "<p>Open. 2 positions</p>"},
        {"location": "questions/track-a/#q2", "title": "When will talks resume?", "text": "<p>Open. 1 position</p>"}]}
    out = summarise(index, limit=120)
    assert out["config"] == index["config"]
    by = {d["location"]: d for d in out["docs"]}
    assert set(by) == {"actors/anna/", "sources/s1/", "timeline/#on-2025-05-16", "actors/", "questions/#when",
                       "questions/track-a/"}
    # a track's questions page is one entry: its title and its questions' wording
    assert by["questions/track-a/"]["text"] == "Will they meet? · When will talks resume?"
    assert by["actors/"]["text"] == "index" and by["questions/#when"]["text"] == ""  # a section keeps its heading
    assert by["actors/anna/"]["boost"] == 6 and "A. Example" in by["actors/anna/"]["text"]
    assert "Profile" not in by["actors/anna/"]["text"] and "word word" in by["actors/anna/"]["text"]
    assert all(len(d["text"]) <= 122 for d in out["docs"]) and by["timeline/#on-2025-05-16"]["text"] == ""
    assert "&lt;script&gt;" in by["sources/s1/"]["text"] and "<script" not in by["sources/s1/"]["text"]
    assert by["timeline/#on-2025-05-16"]["title"].endswith("2025-05-16")


def test_404_links_become_absolute_under_a_sub_path(tmp_path):
    from generator.plugin import absolute_404

    page = tmp_path / "404.html"
    original = ('<link href="/sub/assets/x.css"><a href="/sub/actors/">A</a><script src="/sub/a.js"></script>'
                '<a href="https://example.org/">x</a><a href="//cdn.example/">y</a>'
                '<script id="__config">{"base": "/sub/", "search": "/sub/w.js"}</script>')
    page.write_text(original, encoding="utf-8")
    absolute_404(page, None)
    assert page.read_text(encoding="utf-8") == original  # no site_url: nothing known of the sub-path
    absolute_404(page, "https://host.test/sub/")
    text = page.read_text(encoding="utf-8")
    assert 'href="https://host.test/sub/assets/x.css"' in text and 'src="https://host.test/sub/a.js"' in text
    assert '"base": "https://host.test/sub/"' in text and '"search": "https://host.test/sub/w.js"' in text
    assert 'href="//cdn.example/"' in text and not re.search(r'(href|src)="/(?!/)', text)


def test_a_long_timeline_gives_older_months_their_own_pages_and_a_summary_line():
    import datetime as dt

    b = small_briefing()
    first = dt.date(2025, 1, 1)
    b.events = [Event(f"e{i:03d}", (first + dt.timedelta(days=(i * 7) % 150)).isoformat(), "day", False, f"event {i}",
                      actors=["anna-example"], type="meeting" if i % 3 else "call", citations=[Citation("wire-report", "s1")])
                for i in range(200)]
    pages = render_pages(b, ROOT / "templates")
    months = sorted(k for k in pages if k.startswith("timeline/"))
    assert months == ["timeline/2025-01.md", "timeline/2025-02.md", "timeline/2025-03.md", "timeline/2025-04.md"]
    main = pages["timeline.md"]
    assert "???+ events" in main and main.count('<span id="e') == sum(1 for e in b.events if e.date >= "2025-05")
    line = next(x for x in main.splitlines() if "every event of Feb 2025" in x)
    assert line.startswith("38 events: 26 meetings, 12 calls · most named: ")
    assert "meetings" in line and "calls" in line and "[Anna Example](actors/anna-example.md)" in line
    assert "(timeline/2025-02.md)" in line
    feb = pages["timeline/2025-02.md"]
    assert "title: Timeline&#58; Feb 2025" in feb and "[← Jan 2025](2025-01.md) · [Mar 2025 →](2025-03.md)" in feb
    assert sum(p.count('<span id="e') for k, p in pages.items() if k.startswith("timeline")) == 200  # each event once
    assert ('href="2025-02/#e' in main) or ("week of" in main)  # a chart dot leads to the month's page
