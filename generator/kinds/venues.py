"""Venues across articles: one venue per place (its canonical gazetteer name), with every status an
article gives it and who proposed, offered or rejected it."""
from __future__ import annotations

import math

from ..extract import ArticleFacts
from ..extract.venues import VenueMention
from ..gazetteer import gazetteer, load_data
from ..lexicon import words
from ..model import VENUE_STATUSES, Event, Venue
from ..text import key, one_edit, slugify
from .frame import ActorIndex, Frame, Ids


SAME_CITY_KM = 5  # two gazetteer cities of one country this close are one city under two names ("X" and "New X")
FACILITIES = words("facility_nouns")


class VenueIndex:
    """The venues, and which venue each place mention (source, token) became, for the events."""

    def __init__(self):
        self.by_place: dict[str, Venue] = {}
        self.at: dict[tuple[str, int], str] = {}  # (source id, mention start) → venue id
        self.taken = Ids()
        self.inside: dict[str, str] = {}  # facility venue name → the town the text puts it in (venue.facility_in_town)
        self.renamed: dict[str, object] = {}  # gazetteer name → the place of that name in the country a text gives

    def venue(self, vm: VenueMention) -> Venue:
        p = self.renamed.get(vm.mention.place.name, vm.mention.place)
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
        entry = {"status": st, "actor": who.id if who else None, "citation": cit, "date": frame.reported_day(f)}
        rule = evidence.get(f"status:{st}")
        if rule:
            entry["evidence"] = rule
        if getattr(vm, "meeting", None):
            entry["meeting"] = vm.meeting
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


# ---- one venue per place: folding a place's other names into it -----------------------------------

def _km(a: Venue, b: Venue) -> float:
    la, lb = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _same_city(a: Venue, b: Venue) -> bool:
    """Rule ``venue.same_city``: two gazetteer cities of one country within ``SAME_CITY_KM`` of each other are one
    place under two names (a capital district and the city around it: "X" and "New X")."""
    return a.kind == b.kind == "city" and a.country == b.country and None not in (a.lat, b.lat) and _km(a, b) <= SAME_CITY_KM


def _named_for(facility: Venue, place: Venue) -> bool:
    """Rule ``venue.facility_named_for_place``: "the X International Airport" beside the venue "X" — a facility whose
    name is the place's name and words ending with a ``facility_nouns`` word stands in that place (a town, not a
    country or region), in the same country when both have one. A building of ``institutions.yml`` folds by its table's
    city instead (:func:`_buildings_in_cities`)."""
    name, head = facility.name, facility.name.split()[-1].lower()
    return facility.kind == "place" and place.kind in {"city", "place"} and head in FACILITIES \
        and name.startswith(place.name + " ") and (facility.country is None or place.country is None or facility.country == place.country)


def _folds(venues: VenueIndex) -> list[tuple[Venue, Venue, str]]:
    """Pairs of venues that are one place, with the rule that says so."""
    vs = sorted(venues.by_place.values(), key=lambda v: v.name)
    out = [(v, venues.by_place[town], "venue.facility_in_town") for name, town in sorted(venues.inside.items())
           if (v := venues.by_place.get(name)) is not None and town in venues.by_place and town != name]
    out += _buildings_in_cities(venues)
    by_name: dict[str, list[Venue]] = {}
    for v in vs:
        by_name.setdefault(v.name, []).append(v)
    # a facility is named for a place whose name is the facility's name up to one of its spaces
    out += [(a, b, "venue.facility_named_for_place") for a in vs if a.kind == "place"
            for i, ch in enumerate(a.name) if ch == " " for b in by_name.get(a.name[:i], ()) if a is not b and _named_for(a, b)]
    cities: dict[object, list[Venue]] = {}
    for v in vs:  # only gazetteer cities of one country can be one city: compare within each country
        if v.kind == "city" and v.lat is not None:
            cities.setdefault(v.country, []).append(v)
    out += [(a, b, "venue.same_city") for group in cities.values() for i, a in enumerate(group) for b in group[i + 1:]
            if _same_city(a, b)]
    return out + [(a, b, "venue.spelling_variant") for i, a in enumerate(vs) for b in vs[i + 1:] if _variants(a, b)]


def _buildings_in_cities(venues: VenueIndex) -> list[tuple[Venue, Venue, str]]:
    """Rule ``venue.building_in_city``: a building of the institutions table stands in the city its ``place`` names
    ("the White House" in Washington): one venue with that city when the city is a venue too. Rule
    ``venue.part_of_building``: a room or lawn of a building (``parts_of_buildings`` in places.yml: "the Oval
    Office") is one venue with that building, or with its city when only the city is a venue."""
    g = gazetteer()
    parts = {key(part): b for part, b in (load_data("places.yml").get("parts_of_buildings") or {}).items()}
    out = []
    for name, v in sorted(venues.by_place.items()):
        building = parts.get(key(name))
        rule = "venue.part_of_building" if building else "venue.building_in_city"
        if building is None and v.kind != "building":
            continue
        spec = g.institution(building or name) or {}
        place = g.place(building) if building else None
        for host in (venues.by_place.get(place.name) if place else None,
                     venues.by_place.get((spec.get("place") or {}).get("city"))):
            if host is not None and host is not v:
                out.append((v, host, rule))
                break
    return out


MIN_VARIANT_LETTERS = 7  # a place's name this long, one letter apart from another's, is a variant spelling of it


def _variants(a: Venue, b: Venue) -> bool:
    """Rule ``venue.spelling_variant``: two names of seven letters or more, all letters and spaces, one letter apart (a
    letter added, left out or changed, as transliterations differ: "Varnholm" and "Varnholem"), of which the gazetteer
    lists at most one, are one place. Two places the gazetteer lists are two places ("Hamburg" and "Homburg")."""
    ka, kb = key(a.name), key(b.name)
    if a.lat is not None and b.lat is not None or min(len(ka), len(kb)) < MIN_VARIANT_LETTERS:
        return False
    return ka[:1] == kb[:1] and all(ch.isalpha() or ch == " " for ch in ka + kb) and one_edit(ka, kb)


def _keeper(group: list[Venue]) -> Venue:
    """The name a folded place keeps: a gazetteer city (one with coordinates) over a facility or unlisted name, a
    national capital over the city around it, then the most mentioned."""
    g = gazetteer()
    return min(group, key=lambda v: (v.lat is None, v.kind != "city", g.capital_country(v.name) != v.country,
                                     -len(v.mentions), v.name))


def _fold_into(keep: Venue, other: Venue, rules: str) -> None:
    for name in [other.name, *other.aliases]:
        if name != keep.name and name not in keep.aliases:
            keep.aliases.append(name)
    keep.statuses += [s for s in other.statuses if s not in keep.statuses]
    keep.mentions += [c for c in other.mentions if c not in keep.mentions]
    keep.history += other.history
    keep.evidence["merge"] = rules


def fold_places(venues: VenueIndex) -> None:
    """One venue per place: the venues the fold rules join become one (its id and name: :func:`_keeper`); the other
    names stay aliases, and ``by_place`` and ``at`` send them to it."""
    group: dict[str, str] = {name: name for name in venues.by_place}

    def top(name: str) -> str:
        while group[name] != name:
            name = group[name]
        return name
    folds = _folds(venues)
    for a, b, _ in folds:
        ta, tb = top(a.name), top(b.name)
        if ta != tb:
            group[max(ta, tb)] = min(ta, tb)
    rules: dict[str, set[str]] = {}
    for a, _, rule in folds:
        rules.setdefault(top(a.name), set()).add(rule)
    members: dict[str, list[Venue]] = {}
    for name, v in venues.by_place.items():
        members.setdefault(top(name), []).append(v)
    for root, vs in members.items():
        keep = _keeper(vs) if len(vs) > 1 else None
        for other in (v for v in vs if keep is not None and v is not keep):
            _fold_into(keep, other, "; ".join(sorted(rules[root])))
            _send(venues, other, keep)


def _send(venues: VenueIndex, other: Venue, keep: Venue) -> None:
    venues.by_place[other.name] = keep
    for k, vid in venues.at.items():
        if vid == other.id:
            venues.at[k] = keep.id


def _places_in_named_countries(frame: Frame) -> dict[str, object]:
    """A place one article puts in a country ("in Lindor, Norway", rule ``entity.place_in_named_country``) that the
    gazetteer's place of that name is not in: every bare mention of that name in the corpus is that place too (rule
    ``venue.place_in_named_country``); two such countries for one name leave it as the gazetteer has it."""
    found: dict[str, set] = {}
    for f in frame.facts:
        for vm in f.venues:
            m = vm.mention
            if m.evidence.get("place") == "entity.place_in_named_country":
                listed = gazetteer().place(m.text)
                if listed is not None:
                    found.setdefault(listed.name, set()).add(m.place)
    return {name: next(iter(places)) for name, places in found.items() if len(places) == 1}


def reconcile_venues(frame: Frame, index: ActorIndex) -> tuple[list[Venue], VenueIndex]:
    venues, mentioned = VenueIndex(), set()
    venues.renamed = _places_in_named_countries(frame)
    for f in frame.facts:
        for vm in f.venues:
            v = venues.venue(vm)
            _add(v, vm, f, frame, index, mentioned)
            venues.at[(f.article.id, vm.mention.start)] = v.id
            if getattr(vm, "inside", None):
                venues.inside.setdefault(v.name, vm.inside)
    fold_places(venues)
    unique = {id(v): v for v in venues.by_place.values()}
    out = sorted(unique.values(), key=lambda v: (-len(v.mentions), v.name))
    for v in out:
        _tidy(v, frame)
    return out, venues


def held_by_later_reports(venues: list[Venue], events: list[Event], frame: Frame) -> None:
    """Rule ``venue.status.held_by_later_report``: a venue an article gave as planned for an event (the planned entry
    cites a sentence the event cites, and the event names the venue) that a later article reports took place (the
    event's ``status:held-by-later-report``) held it: a "held" entry citing that later report, on its day. A venue the
    event names only in passing, with no planned entry from the event's own reports, gets nothing, and neither does
    one when the later report names another place, not its own country or a town in it (:func:`_placed_elsewhere`)."""
    by_id = {v.id: v for v in venues}
    facts = {f.article.id: f for f in frame.facts}
    for e in events:
        later = e.evidence.get("reported_by")
        if e.status != "happened" or e.evidence.get("status") != "status:held-by-later-report" or later is None:
            continue
        cited = {(c.source, c.sentence) for c in e.citations}
        for v in (by_id[x] for x in e.venues if x in by_id):
            planned = [h for h in v.history if h["status"] == "planned" and
                       (h["citation"].source, h["citation"].sentence) in cited]
            if not planned or any(h["status"] == "held" and h["citation"] == later for h in v.history) \
                    or _placed_elsewhere(v, later, venues):
                continue
            day = frame.reported_day(facts[later.source])
            entry = {"status": "held", "actor": None, "citation": later, "date": day,
                     "evidence": "venue.status.held_by_later_report"}
            if planned[-1].get("meeting"):
                entry["meeting"] = planned[-1]["meeting"]
            v.history.append(entry)
            v.statuses.append("held")
            _tidy(v, frame)


def _placed_elsewhere(v: Venue, later, venues: list[Venue]) -> bool:
    """Does the later report name a venue other than ``v``, its country or a town in it ("met at the X estate in Y,
    south of Z", where Z was the planned place): it tells where it happened, and that may not be ``v``."""
    for o in venues:
        if o.id == v.id or later not in o.mentions:
            continue
        if not (o.kind == "country" and o.name == v.country) and not (v.kind == "country" and o.country == v.name):
            return True
    return False
