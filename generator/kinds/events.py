"""Events across articles: one event per happening, citing every sentence that reports it.

Two reports are one event when their dates agree at the precision they share (or a planned
meeting is reported held a day or two off, or an approximate week holds the day) and they share a
venue or a person.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import words
from ..model import Citation, Event
from ..text import slugify, unique_id
from .frame import ActorIndex, Frame
from .venues import VenueIndex

PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


@lru_cache(maxsize=1)
def _calendar_words() -> re.Pattern:
    """An undated expression that still names a calendar day ("last week", "Monday", "two days ago")."""
    w = sorted(words("reconcile", "calendar_words"))
    rel, units = sorted(words("reconcile", "relative_words")), sorted(words("reconcile", "relative_units"))
    return re.compile(rf"\b({'|'.join(w)}|({'|'.join(rel)}) ({'|'.join(units)}))\b", re.I)


@dataclass
class Draft:
    """One event while merging: the first report, widened by every report merged into it."""

    when: object  # dates.When or None
    summary: str
    actors: list[str]
    venues: list[str]
    status: str
    citations: list[Citation]
    sentence: str
    verb: str
    reported: str
    inferred: bool
    evidence: list[str] = field(default_factory=list)

    def absorb(self, other: "Draft") -> None:
        for name in ("citations", "actors", "venues"):
            mine = getattr(self, name)
            mine.extend(x for x in getattr(other, name) if x not in mine)
        self.inferred = self.inferred and other.inferred  # a dated report confirms the year
        if self.status == "planned" and other.status == "happened":
            self.status = "happened"  # a newer article says it took place: its date wins
            self.when, self.summary = other.when, other.summary
        elif other.status == self.status and _rank(other.when) > _rank(self.when):
            self.when = other.when


def _drafts(frame: Frame, actors: ActorIndex, venues: VenueIndex) -> list[Draft]:
    out = []
    for f in frame.facts:
        for e in f.events:
            if e.when is None and not _calendar_words().search(e.expression):
                continue  # not a calendar expression at all ("30-day", "come days")
            acts = []
            for m in e.actors:
                a = actors.actor_of(m)
                if a is not None and a.id not in acts:
                    acts.append(a.id)
            out.append(Draft(when=e.when, summary=e.summary, actors=acts,
                             venues=venues.venue_ids(f.article.id, e.places), status=e.status,
                             citations=[frame.cite(f, e.sentence)], sentence=e.sentence_text, verb=e.verb,
                             reported=frame.reported(f) or "", inferred=e.year_inferred))
    return out


def _bucket(w) -> str:
    return "undated" if w is None else w.date


def _near_buckets(w) -> list[str]:
    """The buckets an event may merge with: the same date, and for a day the week around it
    (approximate weeks, a planned meeting held a day or two off)."""
    if w is None:
        return []
    if w.precision != "day":
        return [w.date]
    return [(w.day + dt.timedelta(days=k)).isoformat() for k in range(-6, 7)]


def _rank(w) -> int:
    return PRECISION_RANK[w.precision] * 2 + (0 if w.approximate else 1)


def _coarse(w, precision: str) -> str:
    return w.date[: {"year": 4, "month": 7, "day": 10}[precision]]


def _days_apart_same_venue(a: Draft, b: Draft) -> bool:
    """Two day-dated reports at one venue a few days apart: an approximate week that holds the day,
    or a planned meeting a later article reports held a day or two off."""
    wa, wb = a.when, b.when
    if not (set(a.venues) & set(b.venues)) or not wa.precision == wb.precision == "day":
        return False
    gap = (wb.day - wa.day).days
    # "later this week" / "next week" (approximate, the week's Monday) and a day in that week
    if (wa.approximate and 0 <= gap <= 6) or (wb.approximate and 0 <= -gap <= 6):
        return True
    planned, held = (a, b) if a.status == "planned" else (b, a)
    return planned.status == "planned" and held.status == "happened" and abs(gap) <= 3 \
        and planned.reported <= held.reported


def _same_date(wa, wb) -> bool:
    """The same date at the precision both share (a month and a day in it only when one is approximate)."""
    shared = min((wa.precision, wb.precision), key=PRECISION_RANK.get)
    if _coarse(wa, shared) != _coarse(wb, shared):
        return False
    return wa.precision == wb.precision or wa.approximate or wb.approximate


def _same_event(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    if a.when is None or b.when is None:
        return False
    if _days_apart_same_venue(a, b):
        return True
    if not _same_date(a.when, b.when):
        return False
    if set(a.venues) & set(b.venues):
        return True
    pa = {x for x in a.actors if kinds.get(x) == "person"}
    pb = {x for x in b.actors if kinds.get(x) == "person"}
    if pa and pb and (pa & pb) and (pa <= pb or pb <= pa):
        return a.citations[0].source != b.citations[0].source or a.verb == b.verb
    return False


def _merge(drafts: list[Draft], kinds: dict[str, str]) -> list[Draft]:
    merged: list[Draft] = []
    buckets: dict[str, list[Draft]] = defaultdict(list)  # date → merged events, so merging stays linear
    for d in drafts:
        target = None
        for m in (x for k in _near_buckets(d.when) for x in buckets.get(k, ())):
            if d.citations[0] in m.citations:
                continue  # two dates in one sentence are two events
            if _same_event(m, d, kinds):
                target = m
                break
        if target is None:
            merged.append(d)
            buckets[_bucket(d.when)].append(d)
        else:
            target.absorb(d)
    return merged


def _event(d: Draft, kinds: dict[str, str], frame: Frame, taken: set[str]) -> Event:
    w = d.when
    label = d.venues[:1] or [a for a in d.actors if kinds.get(a) == "person"][:1] or d.actors[:1] or [d.verb]
    eid = unique_id(slugify(f"{w.date if w else 'undated'}-{label[0]}-{d.verb}", "event"), taken)
    return Event(id=eid, date=w.date if w else None, precision=w.precision if w else None,
                 approximate=w.approximate if w else False, summary=d.summary, actors=d.actors, venues=d.venues,
                 citations=sorted(d.citations, key=frame.cite_key), status=d.status, sentence=d.sentence,
                 year_inferred=d.inferred)


def reconcile_events(frame: Frame, actors: ActorIndex, venues: VenueIndex) -> list[Event]:
    kinds = actors.kinds()
    taken: set[str] = set()
    events = [_event(d, kinds, frame, taken) for d in _merge(_drafts(frame, actors, venues), kinds)]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return events
