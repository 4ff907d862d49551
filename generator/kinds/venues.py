"""Venues across articles: one venue per place (its canonical gazetteer name), with every status an
article gives it and who proposed, offered or rejected it."""
from __future__ import annotations

from ..extract import ArticleFacts
from ..extract.venues import VenueMention
from ..gazetteer import gazetteer
from ..model import VENUE_STATUSES, Venue
from ..text import slugify
from .frame import ActorIndex, Frame, Ids


class VenueIndex:
    """The venues, and which venue each place mention (source, token) became, for the events."""

    def __init__(self):
        self.by_place: dict[str, Venue] = {}
        self.at: dict[tuple[str, int], str] = {}  # (source id, mention start) → venue id
        self.taken = Ids()

    def venue(self, vm: VenueMention) -> Venue:
        p = vm.mention.place
        v = self.by_place.get(p.name)
        if v is None:
            v = Venue(id=self.taken.unique(slugify(p.name, "venue")), name=p.name, kind=p.kind,
                      country=p.country if p.kind != "country" else p.name, lat=p.lat, lon=p.lon)
            self.by_place[p.name] = v
        return v

    def venue_ids(self, source: str, places) -> list[str]:
        return sorted({self.at[(source, m.start)] for m in places if (source, m.start) in self.at})

    def dateline_venue(self, dateline: str | None) -> set[str]:
        """The venue a dateline's place is, when that place is a venue of the corpus ("WASHINGTON, USA")."""
        place = gazetteer().place(dateline.split(",")[0]) if dateline else None
        v = self.by_place.get(place.name) if place is not None else None
        return {v.id} if v is not None else set()

    def within(self) -> dict[str, str]:
        """Building venue id → the id of the city venue it stands in ("the White House" → Washington),
        from the institutions table, when that city is a venue too."""
        g = gazetteer()
        out = {}
        for name, v in self.by_place.items():
            spec = g.institution(name) if v.kind == "building" else None
            city = ((spec or {}).get("place") or {}).get("city")
            if city and city in self.by_place:
                out[v.id] = self.by_place[city].id
        return out


def _add(v: Venue, vm: VenueMention, f: ArticleFacts, frame: Frame, index: ActorIndex,
         mentioned: set[tuple]) -> None:
    if vm.mention.text != v.name and vm.mention.text not in v.aliases:
        v.aliases.append(vm.mention.text)
    cit = frame.cite(f, vm.sentence)
    if (v.id, cit) not in mentioned:  # a set look-up: a venue named in every article is no list scan
        mentioned.add((v.id, cit))
        v.mentions.append(cit)
    evidence = getattr(vm, "evidence", None) or {}
    for st in vm.statuses:
        if st not in v.statuses:
            v.statuses.append(st)
        who = index.actor_of(vm.actor_for(st))
        entry = {"status": st, "actor": who.id if who else None, "citation": cit, "date": frame.reported(f)}
        rule = evidence.get(f"status:{st}")
        if rule:
            entry["evidence"] = rule
        v.history.append(entry)


def _tidy(v: Venue, frame: Frame) -> None:
    """Statuses in the model's order; mentions in reading order; history in reading order, once each."""
    v.statuses = [s for s in VENUE_STATUSES if s in v.statuses]
    v.mentions.sort(key=frame.cite_key)
    v.aliases.sort()
    seen = set()
    hist = []
    for h in sorted(v.history, key=lambda h: (frame.cite_key(h["citation"]), VENUE_STATUSES.index(h["status"]))):
        k = (h["status"], h["actor"], h["citation"])
        if k not in seen:
            seen.add(k)
            hist.append(h)
    v.history = hist


def reconcile_venues(frame: Frame, index: ActorIndex) -> tuple[list[Venue], VenueIndex]:
    venues, mentioned = VenueIndex(), set()
    for f in frame.facts:
        for vm in f.venues:
            v = venues.venue(vm)
            _add(v, vm, f, frame, index, mentioned)
            venues.at[(f.article.id, vm.mention.start)] = v.id
    out = sorted(venues.by_place.values(), key=lambda v: (-len(v.mentions), v.name))
    for v in out:
        _tidy(v, frame)
    return out, venues
