"""Reconcile: the facts of every article → one :class:`~generator.model.Briefing`.

* one actor per real entity: full names clustered by a transliteration-folded surname and
  compatible given names (Tchaikovsky / Tchaikovskyy / Tchaikovskiy, Sergei / Sergey); a bare surname
  joins the person of that surname named in the same article, else the only one in the corpus;
  capitals used as metonyms ("Paris says") join their country; outlets are kept apart;
* one venue per place, statuses and who proposed, offered or rejected it;
* one event per happening: same date at the shared precision and a shared venue or person;
* open questions grouped by cue family and topic across articles.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict

from rapidfuzz.fuzz import ratio

from .extract import ArticleFacts
from .extract.entities import Mention, outlet_name
from .gazetteer import gazetteer
from .model import (VENUE_STATUSES, Actor, Briefing, Citation, Event, Position, Question, Quote, Venue)
from .text import fold, key, slugify, unique_id

UNDATED_WORTHY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|"
                            r"(last|next|this|previous|coming) (week|month|year)|ago|january|february|march|april|may|"
                            r"june|july|august|september|october|november|december)\b", re.I)
PARTICLES = {"al", "el", "bin", "ibn", "de", "van", "von", "der", "da", "di", "le", "la"}


def translit(word: str) -> str:
    """A spelling-insensitive key for a name part: Tchaikovskyy/Tchaikovskiy → tchaikovski, Sergey → sergei."""
    w = re.sub(r"^(al|el)[-\s]", "", fold(word).lower())
    w = re.sub(r"[^a-z]", "", w)
    w = w.replace("kh", "h").replace("ck", "k").replace("x", "ks").replace("w", "v").replace("j", "i").replace("y", "i")
    w = re.sub(r"(.)\1+", r"\1", w)
    w = re.sub(r"ei$", "i", w)
    return w


def id_form(word: str) -> str:
    """A readable spelling for ids that irons out the commonest transliteration endings:
    Tchaikovskyy/Tchaikovskiy/Tchaikovsky → tchaikovsky, Dmitriy/Dmitri/Dmitry → dmitry, Andrii/Andriy → andry."""
    w = fold(word).lower()
    w = re.sub(r"(yy|iy|ii|yi|ij)$", "y", w)
    w = re.sub(r"(?<=r)i$", "y", w)
    w = re.sub(r"ey$", "ei", w)
    return w


def name_parts(name: str) -> list[str]:
    return [p for p in re.split(r"\s+", name) if p]


def surname_key(name: str) -> str:
    parts = name_parts(name)
    return translit(parts[-1]) if parts else ""


def given_keys(name: str) -> list[str]:
    parts = name_parts(name)[:-1]
    return [translit(p) for p in parts if p.lower().strip(".-") not in PARTICLES]


def same_person(a: str, b: str) -> bool:
    """Two full names of one person? Same folded surname and compatible given names."""
    if surname_key(a) != surname_key(b):
        return False
    ga, gb = given_keys(a), given_keys(b)
    if not ga or not gb:
        return True
    for x in ga:
        for y in gb:
            if x == y or ratio(x, y) >= 80 or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
                return True
    return False


class _Cluster:
    def __init__(self, kind: str):
        self.kind = kind
        self.mentions: list[tuple[int, Mention]] = []  # (article index, mention)

    def add(self, art: int, m: Mention):
        self.mentions.append((art, m))

    def names(self) -> Counter:
        return Counter(m.text for _, m in self.mentions)


def _citation(facts: ArticleFacts, sentence: str) -> Citation:
    return Citation(facts.article.id, sentence)


def _cite_key(order: dict[str, int]):
    return lambda c: (order.get(c.source, 0), int(c.sentence[1:]) if c.sentence[1:].isdigit() else 0)


def build_briefing(all_facts: list[ArticleFacts]) -> Briefing:
    g = gazetteer()
    order = {f.article.id: i for i, f in enumerate(all_facts)}
    cite_key = _cite_key(order)

    # ---- actors -----------------------------------------------------------------------
    people: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}  # (kind, key) for non-persons
    outlets: dict[str, set[str]] = defaultdict(set)
    outlet_names = {key(o) for f in all_facts for o in f.entities.outlets}
    mention_actor: dict[int, _Cluster] = {}  # id(mention) → cluster

    by_surname: dict[str, list[_Cluster]] = defaultdict(list)  # folded surname → clusters (keeps this linear)

    def person_cluster(name: str) -> _Cluster:
        for c in by_surname[surname_key(name)]:
            if any(len(name_parts(n)) > 1 and same_person(n, name) for n in c.names()):
                return c
        c = _Cluster("person")
        people.append(c)
        by_surname[surname_key(name)].append(c)
        return c

    role_refs: list[tuple[int, Mention]] = []
    full_surnames = set()
    for ai, f in enumerate(all_facts):
        for m in f.entities.mentions:
            if m.label == "person" and len(name_parts(m.text)) > 1:
                c = person_cluster(m.text)
                c.add(ai, m)
                mention_actor[id(m)] = c
                full_surnames.add(surname_key(m.text))
    for ai, f in enumerate(all_facts):
        local = [m for m in f.entities.mentions if id(m) in mention_actor and mention_actor[id(m)].kind == "person"]
        for m in f.entities.mentions:
            if id(m) in mention_actor:
                continue
            single = len(name_parts(m.text)) == 1
            if m.label == "outlet" or key(m.text) in outlet_names:
                outlets[outlet_name(m.text)].add(f.article.id)
                continue
            if single and m.label in {"person", "organization"} and surname_key(m.text) in full_surnames:
                before = [x for x in local if surname_key(x.text) == surname_key(m.text) and x.start < m.start]
                same_art = [x for x in local if surname_key(x.text) == surname_key(m.text)]
                target = (before or same_art or [None])[-1] if (before or same_art) else None
                if target is not None:
                    c = mention_actor[id(target)]
                else:
                    cands = by_surname[surname_key(m.text)]
                    c = max(cands, key=lambda c: len(c.mentions))
                c.add(ai, m)
                mention_actor[id(m)] = c
                continue
            if m.label == "role_ref":
                role_refs.append((ai, m))
                continue
            if m.label == "person":
                c = person_cluster(m.text)
            elif m.label == "country":
                if not m.agentive:
                    continue
                k = ("country", m.place.name)
                c = by_key.setdefault(k, _Cluster("country"))
            elif m.label == "place":
                country = g.capital_country(m.text) if m.agentive else None
                if not country:
                    continue
                k = ("country", country)
                c = by_key.setdefault(k, _Cluster("country"))
            elif m.label == "organization":
                k = ("organization", m.institution["name"] if m.institution else key(m.text))
                c = by_key.setdefault(k, _Cluster("organization"))
            elif m.label == "group":
                c = by_key.setdefault(("group", key(m.text)), _Cluster("group"))
            else:
                continue
            c.add(ai, m)
            mention_actor[id(m)] = c

    _merge_acronyms(by_key, mention_actor)
    clusters = people + list(by_key.values())
    # a country only acts through metonyms? then it still needs one agentive mention to be an actor
    actors: list[Actor] = []
    cluster_actor: dict[int, Actor] = {}
    taken: set[str] = set()
    drafts = []
    for c in clusters:
        if not c.mentions:
            continue
        names = c.names()
        if c.kind == "country":
            display = next(m.place.name if m.place and m.place.kind == "country" else None for _, m in c.mentions) or None
            display = display or [k for k, v in by_key.items() if v is c][0][1]
        elif c.kind == "organization" and c.mentions[0][1].institution:
            display = c.mentions[0][1].institution["name"]
        else:
            multi = [n for n in names if len(name_parts(n)) > 1] or list(names)
            display = max(multi, key=lambda n: (names[n], len(n), n))
        drafts.append((c, display))
    drafts.sort(key=lambda d: (-len(d[0].mentions), d[1]))
    for c, display in drafts:
        aliases = sorted({m.text for _, m in c.mentions if m.text != display})
        roles = Counter(r.strip() for _, m in c.mentions if m.role for r in m.role.split(";") if r.strip())
        affs = Counter(m.affiliation for _, m in c.mentions if m.affiliation)
        if c.kind == "country":
            affiliation = None
        else:
            affiliation = affs.most_common(1)[0][0] if affs else None
        # a person's id is spelling-proof (Tchaikovsky, Tchaikovskyy and Tchaikovskiy give one id), so adding
        # an article that spells the name differently never moves the page
        ident = " ".join(id_form(p_) for p_ in name_parts(display)) if c.kind == "person" else display
        actor = Actor(
            id=unique_id(slugify(ident, "actor"), taken),
            name=display,
            kind=c.kind,
            aliases=aliases,
            roles=[r for r, _ in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))],
            affiliation=affiliation,
            mentions=sorted({_citation(all_facts[ai], m.sentence) for ai, m in c.mentions}, key=cite_key),
        )
        actors.append(actor)
        cluster_actor[id(c)] = actor
    # affiliation through another person ("the president's envoy" → the president's country)
    name_to_actor = {}
    for c, _ in drafts:
        a = cluster_actor[id(c)]
        for n in c.names():
            name_to_actor.setdefault(key(n), a)
    for c, _ in drafts:
        a = cluster_actor[id(c)]
        if a.affiliation is None:
            for _, m in c.mentions:
                if m.affiliation_of:
                    other = name_to_actor.get(key(m.affiliation_of))
                    if other is None:
                        other = next((x for x in actors if x.kind == "person" and any(
                            same_person(n, m.affiliation_of) for n in [x.name] + x.aliases)), None)
                    if other is not None and other.affiliation:
                        a.affiliation = other.affiliation
                        break

    # "the Kremlin spokesman": the one person with that role and affiliation, if there is exactly one
    for ai, m in role_refs:
        head = m.role.split()[-1]
        holders = [c for c, _ in drafts if c.kind == "person" and cluster_actor[id(c)].affiliation == m.affiliation
                   and any(head in r.split() for r in cluster_actor[id(c)].roles)]
        if len(holders) == 1:
            c = holders[0]
            mention_actor[id(m)] = c
            a = cluster_actor[id(c)]
            cit = _citation(all_facts[ai], m.sentence)
            if cit not in a.mentions:
                a.mentions.append(cit)
                a.mentions.sort(key=cite_key)

    # an affiliation written as another actor's alias ("RSF") is shown by that actor's name
    canonical = {key(n): a.name for a in actors if a.kind in {"organization", "country", "group"} for n in [a.name] + a.aliases}
    for a in actors:
        if a.affiliation and key(a.affiliation) in canonical:
            a.affiliation = canonical[key(a.affiliation)]

    def actor_of(m: Mention) -> Actor | None:
        c = mention_actor.get(id(m))
        return cluster_actor.get(id(c)) if c is not None else None

    # quotes
    for f in all_facts:
        for q in f.quotes:
            a = actor_of(q.speaker)
            if a is not None:
                a.quotes.append(Quote(q.text, _citation(f, q.sentence)))
    for a in actors:
        a.quotes.sort(key=lambda q: cite_key(q.citation))

    # ---- venues -----------------------------------------------------------------------
    venue_by_place: dict[str, Venue] = {}
    vtaken: set[str] = set()
    venue_at: dict[tuple[str, int], str] = {}  # (source, mention start) → venue id
    for f in all_facts:
        for vm in f.venues:
            p = vm.mention.place
            v = venue_by_place.get(p.name)
            if v is None:
                lat, lon = p.lat, p.lon
                v = Venue(id=unique_id(slugify(p.name, "venue"), vtaken), name=p.name, kind=p.kind,
                          country=p.country if p.kind != "country" else p.name, lat=lat, lon=lon)
                venue_by_place[p.name] = v
            if vm.mention.text != v.name and vm.mention.text not in v.aliases:
                v.aliases.append(vm.mention.text)
            cit = _citation(f, vm.sentence)
            if cit not in v.mentions:
                v.mentions.append(cit)
            for st in vm.statuses:
                if st not in v.statuses:
                    v.statuses.append(st)
                who_m = vm.actor_for(st)
                who = actor_of(who_m) if who_m is not None else None
                v.history.append({"status": st, "actor": who.id if who else None, "citation": cit,
                                  "date": f.article.reference_date})
            venue_at[(f.article.id, vm.mention.start)] = v.id
    venues = sorted(venue_by_place.values(), key=lambda v: (-len(v.mentions), v.name))
    for v in venues:
        v.statuses = [s for s in VENUE_STATUSES if s in v.statuses]
        v.mentions.sort(key=cite_key)
        v.aliases.sort()
        seen = set()
        hist = []
        for h in sorted(v.history, key=lambda h: (cite_key(h["citation"]), VENUE_STATUSES.index(h["status"]))):
            k = (h["status"], h["actor"], h["citation"])
            if k not in seen:
                seen.add(k)
                hist.append(h)
        v.history = hist

    # ---- events -----------------------------------------------------------------------
    drafts_e = []
    for f in all_facts:
        for e in f.events:
            if e.when is None and not UNDATED_WORTHY.search(e.expression):
                continue  # not a calendar expression at all ("30-day", "come days")
            acts = []
            for m in e.actors:
                a = actor_of(m)
                if a is not None and a.id not in acts:
                    acts.append(a.id)
            vens = sorted({venue_at[(f.article.id, m.start)] for m in e.places if (f.article.id, m.start) in venue_at})
            drafts_e.append(dict(when=e.when, summary=e.summary, actors=acts, venues=vens, status=e.status,
                                 citations=[_citation(f, e.sentence)], sentence=e.sentence_text, verb=e.verb,
                                 reported=f.article.reference_date or "", inferred=e.year_inferred))
    merged: list[dict] = []
    kinds = {a.id: a.kind for a in actors}
    buckets: dict[str, list[dict]] = defaultdict(list)  # month (or year) → merged events, so merging stays linear
    for d in drafts_e:
        target = None
        for m in (x for k in _near_buckets(d["when"]) for x in buckets.get(k, ())):
            if d["citations"][0] in m["citations"]:
                continue  # two dates in one sentence are two events
            if _same_event(m, d, kinds):
                target = m
                break
        if target is None:
            merged.append(d)
            buckets[_bucket(d["when"])].append(d)
            continue
        for c in d["citations"]:
            if c not in target["citations"]:
                target["citations"].append(c)
        for a in d["actors"]:
            if a not in target["actors"]:
                target["actors"].append(a)
        for v in d["venues"]:
            if v not in target["venues"]:
                target["venues"].append(v)
        target["inferred"] = target["inferred"] and d["inferred"]  # a dated report confirms the year
        if target["status"] == "planned" and d["status"] == "happened":
            target["status"] = "happened"  # a newer article says it took place: its date wins
            target["when"], target["summary"] = d["when"], d["summary"]
        elif d["status"] == target["status"] and _rank(d["when"]) > _rank(target["when"]):
            target["when"] = d["when"]
    events = []
    etaken: set[str] = set()
    for d in merged:
        w = d["when"]
        label = d["venues"][:1] or [a for a in d["actors"] if kinds.get(a) == "person"][:1] or d["actors"][:1] or [d["verb"]]
        eid = unique_id(slugify(f"{w.date if w else 'undated'}-{label[0]}-{d['verb']}", "event"), etaken)
        events.append(Event(id=eid, date=w.date if w else None, precision=w.precision if w else None,
                            approximate=w.approximate if w else False, summary=d["summary"], actors=d["actors"],
                            venues=d["venues"], citations=sorted(d["citations"], key=cite_key), status=d["status"],
                            sentence=d["sentence"], year_inferred=d["inferred"]))
    events.sort(key=lambda e: (e.date is None, e.date or "", e.id))

    # ---- questions --------------------------------------------------------------------
    questions = _questions(all_facts, actor_of, venues, actors, events)
    outlet_list = [{"name": n, "sources": sorted(s, key=lambda x: order.get(x, 0))} for n, s in sorted(outlets.items())]
    return Briefing(sources=[f.article for f in all_facts], actors=actors, venues=venues, events=events,
                    questions=questions, outlets=outlet_list)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in {"of", "the", "and", "for", "de"}).upper()


def _merge_acronyms(by_key: dict, mention_actor: dict) -> None:
    """"RSF" and "Rapid Support Forces" are one organisation: an acronym joins the only organisation
    whose initials it spells."""
    orgs = {k: c for k, c in by_key.items() if k[0] == "organization"}
    for k, c in list(orgs.items()):
        names = c.names()
        acronym = next((n for n in names if n.isupper() and 2 <= len(n) <= 6 and n.isalpha()), None)
        if acronym is None or len(names) > 1:
            continue
        targets = [o for ok, o in orgs.items() if ok != k and any(_initials(n) == acronym and len(n.split()) > 1
                                                                     for n in o.names())]
        if len(targets) == 1:
            for ai, m in c.mentions:
                targets[0].add(ai, m)
                mention_actor[id(m)] = targets[0]
            del by_key[k]


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
    return {"year": 0, "month": 1, "day": 2}[w.precision] * 2 + (0 if w.approximate else 1)


def _coarse(w, precision: str) -> str:
    return w.date[: {"year": 4, "month": 7, "day": 10}[precision]]


def _same_event(a: dict, b: dict, kinds: dict[str, str]) -> bool:
    wa, wb = a["when"], b["when"]
    if wa is None or wb is None:
        return False
    shared_venue = bool(set(a["venues"]) & set(b["venues"]))
    if shared_venue and wa.precision == wb.precision == "day":
        gap = (wb.day - wa.day).days
        # "later this week" / "next week" (approximate, the week's Monday) and a day in that week
        if (wa.approximate and 0 <= gap <= 6) or (wb.approximate and 0 <= -gap <= 6):
            return True
        # a planned meeting that a later article reports as held a day or two off
        planned, held = (a, b) if a["status"] == "planned" else (b, a)
        if planned["status"] == "planned" and held["status"] == "happened" and abs(gap) <= 3 \
                and planned["reported"] <= held["reported"]:
            return True
    shared = min((wa.precision, wb.precision), key=lambda p: {"year": 0, "month": 1, "day": 2}[p])
    if _coarse(wa, shared) != _coarse(wb, shared):
        return False
    if wa.precision != wb.precision and not (wa.approximate or wb.approximate):
        return False
    if set(a["venues"]) & set(b["venues"]):
        return True
    pa = {x for x in a["actors"] if kinds.get(x) == "person"}
    pb = {x for x in b["actors"] if kinds.get(x) == "person"}
    if pa and pb and (pa & pb) and (pa <= pb or pb <= pa):
        return a["citations"][0].source != b["citations"][0].source or a["verb"] == b["verb"]
    return False


RESUMED = re.compile(r"\b(resum|restart|reopen|reconven)\w*", re.I)
ROUND = re.compile(r"\b(round|talks|negotiations|meeting)\b", re.I)


GENERIC = {"talks", "talk", "negotiations", "negotiators", "round", "meeting", "said", "says", "told", "date", "new",
           "next", "side", "sides", "both", "that", "this", "with", "from", "have", "been", "were", "would", "will",
           "about", "after", "before", "their", "there", "they", "which", "what", "when", "where", "direct", "held",
           "hold", "pause", "paused", "resumed", "resume", "remain", "remains", "again", "monday", "tuesday",
           "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "on", "set"}


def _telling_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", fold(text).lower()) if w not in GENERIC}


class _Answers:
    """Indexes for finding what settles a question: happened events by date, venues by citation."""

    def __init__(self, events: list[Event], venues: list[Venue], actors: list[Actor]):
        self.events = sorted((e for e in events if e.date and e.status == "happened"), key=lambda e: e.date)
        self.words = {e.id: _telling_words(e.sentence) for e in self.events}
        self.in_source: dict[str, set[str]] = defaultdict(set)  # source id → actor and venue ids it names
        for x in list(actors) + list(venues):
            for c in x.mentions:
                self.in_source[c.source].add(x.id)
        self.dates = [e.date for e in self.events]
        self.venues = venues
        self.venues_at: dict[Citation, set[str]] = defaultdict(set)
        for v in venues:
            for h in v.history:
                self.venues_at[h["citation"]].add(v.id)

    def after(self, day: str, grp: dict) -> list[Event]:
        """Happened events dated after ``day`` about the same matter: sharing an actor or venue with
        the articles the question comes from, or a telling word with its stances."""
        context = set().union(*(self.in_source.get(c.source, set()) for c in grp["citations"]))
        words = _telling_words(" ".join(p.stance for p in grp["positions"]))
        return [e for e in self.events[bisect.bisect_right(self.dates, day):] if e.date[:10] > day
                and (not context or (set(e.actors) | set(e.venues)) & context or words & self.words[e.id])]


def _answer(family: str, asked: str, index: _Answers, grp: dict):
    """A later report that settles the question: (answer text, citation) or None.

    ``asked`` is the latest date at which the question was raised; only events after it count."""
    venues = index.venues
    later = index.after(asked[:10], grp)
    if family in {"pause", "date"}:
        for e in sorted(later, key=lambda e: e.date):
            text = f"{e.summary} {e.sentence}"
            if (family == "pause" and RESUMED.search(text) and ROUND.search(text)) or \
                    (family == "date" and ROUND.search(e.summary) and e.venues):
                return (f"Talks resumed ({e.date}): {e.summary}" if family == "pause"
                        else f"Held on {e.date}: {e.summary}"), e.citations[0]
    if family == "proposal":
        for pos in grp["positions"]:
            if pos.stance.startswith(("rejected:", "accepted:")) and (pos.date or "") >= asked[:10]:
                verdict = pos.stance.split(":", 1)[0]
                return f"{verdict.capitalize()}: {pos.stance.split(':', 1)[1].strip()}", pos.citation
        # a proposed meeting that a later report says took place
        where = set().union(*(index.venues_at.get(c, set()) for c in grp["citations"]))
        if ROUND.search(grp["question"]) or where:
            for e in sorted(later, key=lambda e: e.date):
                if (where and set(e.venues) & where) or (not where and RESUMED.search(e.summary)):
                    return f"It went ahead: {e.summary} ({e.date})", e.citations[0]
    if family == "venue":
        proposed = {v.id for v in venues if set(v.statuses) & {"proposed", "offered", "planned"}}
        held = [e for e in later if set(e.venues) & proposed]
        if held:
            e = max(held, key=lambda e: e.date)
            name = next(v.name for v in venues if v.id in e.venues and v.id in proposed)
            return f"Held in {name} ({e.date}): {e.summary}", e.citations[0]
    return None


def _questions(all_facts, actor_of, venues: list[Venue], actors: list[Actor], events: list[Event]) -> list[Question]:
    groups: dict[tuple, dict] = {}
    for f in all_facts:
        for q in f.questions:
            if q.family in {"pause", "date"}:
                gk = (q.family,)
            elif q.family == "condition":
                gk = ("condition",) + q.topic[:1] if len(q.topic) == 1 else ("condition", q.question)
            elif q.family == "guarantee":
                gk = ("guarantee",)
            elif q.family == "objection":
                gk = ("objection",) + q.topic
            else:
                gk = (q.family, q.question)
            grp = groups.setdefault(gk, {"question": q.question, "positions": [], "citations": [], "topic": q.topic,
                                         "family": q.family})
            a = actor_of(q.actor) if q.actor is not None else None
            cit = Citation(f.article.id, q.sentence)
            stance = q.stance if not q.answer else f"{q.answer}: {q.stance}"
            if not any(p.citation == cit and p.actor == (a.id if a else None) for p in grp["positions"]):
                grp["positions"].append(Position(a.id if a else None, stance, cit, f.article.reference_date))
            if cit not in grp["citations"]:
                grp["citations"].append(cit)
    # where to meet: every venue someone proposed, offered or rejected
    contested = [v for v in venues if set(v.statuses) & {"proposed", "offered", "rejected"}]
    if contested:
        grp = {"question": "Where will the leaders meet, and where will the next round of talks be held?",
               "positions": [], "citations": [], "topic": ("venue",), "family": "venue"}
        for v in contested:
            for h in v.history:
                if h["status"] in {"proposed", "offered", "rejected", "planned"}:
                    grp["positions"].append(Position(h["actor"], f"{v.name}: {h['status']}", h["citation"], h.get("date")))
                    if h["citation"] not in grp["citations"]:
                        grp["citations"].append(h["citation"])
        groups[("venue",)] = grp
    out = []
    taken: set[str] = set()
    index = _Answers(events, venues, actors)
    for g in groups.values():
        dates = [p.date for p in g["positions"] if p.date]
        g["asked"] = max(dates) if dates else ""
        found = _answer(g["family"], g["asked"], index, g) if g["asked"] else None
        g["answer"] = found
    # open before resolved; then the most contested (distinct actors), then the most recent
    ranked = sorted(groups.values(), key=lambda g: (g["answer"] is not None, -len({p.actor for p in g["positions"] if p.actor}),
                                                      _neg_date(g["asked"]), g["question"]))
    for g in ranked:
        q = Question(id=unique_id(slugify(g["question"], "question")[:60].strip("-"), taken),
                     question=g["question"], positions=g["positions"], citations=g["citations"],
                     topic=" ".join(g["topic"]))
        if g["answer"] is not None:
            q.status, (q.answer, q.answer_citation) = "resolved", g["answer"]
        out.append(q)
    return out


def _neg_date(date: str) -> str:
    """Sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010ffff"
