"""The timeline's months: which stay on the timeline page (the newest ones open, older ones collapsed) and
which, on a long timeline, get a page of their own and are summarised on the timeline page.

A short timeline (at most ``ONE_PAGE_EVENTS`` dated events) is one page. A longer one keeps its newest
months on the timeline page until about ``OPEN_EVENTS`` events show; every older month becomes
``timeline/<month>.md``, and the timeline page gives it a line: how many events of which kinds, who is
most named, and a link. Every event keeps its own anchor on whichever page it is.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from .model import Event

ONE_PAGE_EVENTS = 150  # a timeline with at most this many dated events stays on one page
OPEN_EVENTS = 20  # the newest months stay open (and on the timeline page) until about this many events show


@dataclass
class Month:
    key: str  # "2025-05", or "2022" for events dated by their year only
    events: list[Event] = field(default_factory=list)  # newest first
    page: str | None = None  # docs path of the month's own page, or None: shown on the timeline page
    open: bool = False  # shown open (the newest months)

    def days(self) -> list[tuple[str, list[Event]]]:
        """(date, its events) newest first; a date given only to the month comes after the month's days."""
        ordered = sorted(self.events, key=lambda e: (e.date, e.id), reverse=True)
        return [(d, sorted(g, key=lambda e: e.id)) for d, g in groupby(ordered, key=lambda e: e.date)]

    def kinds(self) -> list[tuple[str, int]]:
        """(event type, count), most frequent first, leaving out untyped events."""
        counts = Counter(e.type for e in self.events if e.type and e.type != "other")
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def planned(self) -> int:
        return sum(1 for e in self.events if e.status == "planned")

    def most_named(self, n: int = 3) -> list[str]:
        """The ids of the actors in the most events of the month."""
        counts = Counter(a for e in self.events for a in dict.fromkeys(e.actors))
        return [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def months(events: list[Event], one_page: int = ONE_PAGE_EVENTS, open_events: int = OPEN_EVENTS) -> list[Month]:
    """The dated events by month, newest month first, each marked open, on the timeline page or on its own."""
    by_key: dict[str, Month] = {}
    for e in events:
        if e.date:
            key = e.date[:7] if len(e.date) >= 7 else e.date
            by_key.setdefault(key, Month(key)).events.append(e)
    ordered = [by_key[k] for k in sorted(by_key, reverse=True)]
    split = sum(len(m.events) for m in ordered) > one_page
    shown = 0
    for m in ordered:
        m.events.sort(key=lambda e: (e.date, e.id), reverse=True)
        m.open = shown < open_events
        if split and not m.open:
            m.page = f"timeline/{m.key}.md"
        shown += len(m.events)
    return ordered


def event_targets(ordered: list[Month]) -> dict[str, str]:
    """Event id → where its anchor is: ``#id`` on the timeline page, or ``timeline/<month>.md#id``."""
    return {e.id: f"{m.page or ''}#{e.id}" for m in ordered for e in m.events}
