"""Writer: dated events as an iCalendar file (``briefing.ics``), deterministic (no clock time).

Every text goes through :func:`generator.escape.ical_text` (one line, no control characters); the
``icalendar`` library escapes ``,`` ``;`` ``\\`` and folds lines, so a summary cannot add a property
or an event.
"""
from __future__ import annotations

import datetime as dt

from .escape import ical_text
from .model import Briefing


def to_ics(b: Briefing) -> bytes:
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
        ev.add("status", _ics_status(e))
        cal.add_component(ev)
    return cal.to_ical()


def _ics_status(e) -> str:
    if e.status == "cancelled":
        return "CANCELLED"
    return "TENTATIVE" if e.status in {"planned", "postponed"} or e.approximate else "CONFIRMED"
