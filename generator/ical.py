"""Writer: dated events as an iCalendar file (``briefing.ics``), deterministic (no clock time).

Written here, line by line (RFC 5545), rather than through the ``icalendar`` library, whose
per-character line folding was a third of the time it took to render the pages of a large briefing;
the bytes are the ones that library wrote (its property order, its escaping, its folding:
``tests/test_ical.py`` compares the two). Every text goes through :func:`generator.escape.ical_text`
(one line, no control characters), then :func:`escape_text` escapes ``\\`` ``;`` ``,`` and
:func:`fold` folds the line, so a summary cannot add a property or an event.
"""
from __future__ import annotations

import datetime as dt

from .escape import ical_text
from .model import Briefing

PRODID = "-//briefing-generator//briefing/1//EN"
LIMIT = 75  # a folded line holds fewer octets than this, the line break left out (RFC 5545, 3.1)


def escape_text(value: str) -> str:
    """A TEXT value escaped (RFC 5545, 3.3.11): backslash, semicolon and comma get a backslash, a line
    break becomes ``\\n`` (in the order the ``icalendar`` library applies them)."""
    return (value.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded: each piece is the longest run of whole characters under
    ``LIMIT`` octets, continued on the next line after CRLF and a space; a piece never ends with the
    ``\\`` or ``^`` that starts an escape (it moves to the next piece), as the ``icalendar`` library folds."""
    data = line.encode("utf-8")
    if len(data) < LIMIT:
        return data
    pieces, start, room = [], 0, LIMIT - 1
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:  # not inside a character
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def vevent(e, titles: dict[str, str]) -> list[bytes]:
    """The content lines of one dated event (``titles``: source id → its headline)."""
    day = dt.date.fromisoformat(e.date)
    cites = "; ".join(f"{titles.get(c.source, c.source)} ({c.source}#{c.sentence})" for c in e.citations)
    description = ((f"{e.status.capitalize()}. " if e.status != "happened" else "")
                   + ("Approximate date. " if e.approximate else "") + "Sources: " + cites)
    lines = ["BEGIN:VEVENT", "SUMMARY:" + escape_text(ical_text(e.summary)), f"DTSTART;VALUE=DATE:{_date(day)}",
             f"DTEND;VALUE=DATE:{_date(day + dt.timedelta(days=1))}", f"DTSTAMP:{_date(day)}T000000Z",
             "UID:" + escape_text(f"{e.id}@briefing"), "DESCRIPTION:" + escape_text(ical_text(description)),
             f"STATUS:{_ics_status(e)}", "END:VEVENT"]
    return [fold(x) for x in lines]


def to_ics(b: Briefing) -> bytes:
    titles = {s.id: s.title for s in b.sources}
    lines = [b"BEGIN:VCALENDAR", b"VERSION:2.0", fold("PRODID:" + escape_text(PRODID))]
    for e in b.events:
        if e.date and e.precision == "day":
            lines += vevent(e, titles)
    lines.append(b"END:VCALENDAR")
    return b"\r\n".join(lines) + b"\r\n"


def _ics_status(e) -> str:
    if e.status == "cancelled":
        return "CANCELLED"
    return "TENTATIVE" if e.status in {"planned", "postponed"} or e.approximate else "CONFIRMED"
