"""The calendar writer (generator/ical.py) writes the bytes the ``icalendar`` library wrote for the same
events: its property order, its escaping of ``\\`` ``;`` ``,`` and its folding (under 75 octets a line,
whole UTF-8 characters, an escape never split across a fold)."""
from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings, strategies as st

from generator.escape import ical_text
from generator.ical import fold, to_ics
from generator.model import Article, Briefing, Citation, Event

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


def library_ics(b: Briefing) -> bytes:
    """The calendar as the ``icalendar`` library writes it (what generator/ical.py wrote before)."""
    from icalendar import Calendar, Event as VEvent

    cal = Calendar()
    cal.add("prodid", "-//briefing-generator//briefing/1//EN")
    cal.add("version", "2.0")
    sources = {s.id: s for s in b.sources}
    for e in b.events:
        if not e.date or e.precision != "day":
            continue
        day = dt.date.fromisoformat(e.date)
        ev = VEvent()
        ev.add("uid", f"{e.id}@briefing")
        ev.add("dtstamp", dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc))
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("summary", ical_text(e.summary))
        cites = "; ".join(f"{sources[c.source].title if c.source in sources else c.source} ({c.source}#{c.sentence})"
                          for c in e.citations)
        ev.add("description", ical_text((f"{e.status.capitalize()}. " if e.status != "happened" else "") +
                                        ("Approximate date. " if e.approximate else "") + "Sources: " + cites))
        ev.add("status", "CANCELLED" if e.status == "cancelled" else
               "TENTATIVE" if e.status in {"planned", "postponed"} or e.approximate else "CONFIRMED")
        cal.add_component(ev)
    return cal.to_ical()


@settings(max_examples=150, deadline=None)
@given(summary=TEXT, title=TEXT, status=st.sampled_from(["happened", "planned", "cancelled", "postponed"]),
       approximate=st.booleans(), day=st.dates(dt.date(1, 1, 1), dt.date(9998, 12, 30)))
@example(summary="a" * 73 + "\\;b" * 40, title="é" * 80, status="planned", approximate=True, day=dt.date(2025, 5, 13))
@example(summary="x" * 72 + "^^" + "\u20ac" * 50, title="\U0001F600" * 30 + ",", status="happened", approximate=False,
         day=dt.date(999, 1, 31))
def test_the_calendar_is_the_librarys_byte_for_byte(summary, title, status, approximate, day):
    arts = [Article(id="a", path="seeds/a.txt", title=title, outlet=None, published="2025-05-13", url=None, paragraphs=["x"])]
    events = [Event(id="e1", date=day.isoformat(), precision="day", approximate=approximate, summary=summary,
                    status=status, citations=[Citation("a", "s1"), Citation("gone", "s2")]),
              Event(id="e2", date=day.isoformat()[:7], precision="month", approximate=False, summary="x", citations=[]),
              Event(id="e3", date=None, precision="day", approximate=False, summary="y", citations=[])]
    assert to_ics(Briefing(arts, [], [], events, [])) == library_ics(Briefing(arts, [], [], events, []))


@given(line=TEXT)
def test_folding_is_the_librarys(line):
    from icalendar.parser.string import _foldline

    assert fold(line.replace("\n", " ").replace("\r", " ")) == _foldline(line.replace("\n", " ").replace("\r", " ")).encode()
