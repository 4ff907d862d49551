"""Tracks: the negotiation tracks or stories a corpus holds, each a cluster of articles (and so of their
events, questions and venues) that share their parties, their venues and the period they cover.

Each article is reduced to its *core*: the few parties and venues it names most, weighted IDF-like
(``1 + ln((1 + N) / (1 + df))``), so an actor named in nearly every article (a mediator present in
every story) weighs less than the parties particular to a story. People and institutions count for
the country or organisation they act for (a country the gazetteer knows counts even when it is
no actor of its own). Two articles belong to one track when their cores share a
*pair* of keys (the two sides of a negotiation, or a side and its venue): a single hub key never glues
two stories together, while a folder about one story, whose articles all name the same two sides,
gives one track. A pair stops linking articles published further apart than ``max_gap_days`` (the period);
an article with no publication date links by its pairs whatever its period, since the day inferred for it
(the latest day it names, often a day of the background) only bounds its publication from below. An
article whose core pairs meet no other article joins the track its core keys point to, when one
track clearly wins (``track:attached-by-core-keys``); otherwise it is a track of its own. A third pass joins
the groups of one story about a main party, split by their other sides (``track:joined-by-main-party``): a
group its main party dominates joins the only group in the same weeks holding that party among its two
leaders and sharing a further key.

Everything is one pass over the articles' keys (a union-find keyed by pairs, an inverted index for
the attachment), so it stays near-linear at 10,000 articles: no all-pairs comparison.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict

from ..gazetteer import gazetteer
from ..lexicon import section, words
from ..model import Actor, Event, Track, Venue
from ..text import slugify
from .frame import Frame, Ids

PAIR_RULE = "track:shared-core-pair"
ATTACH_RULE = "track:attached-by-core-keys"
JOIN_RULE = "track:joined-by-main-party"
ALONE_RULE = "track:alone"
SIDES_RULE = "track:attached-by-sides"
UNNAMED_RULE = "track:no-parties"  # the articles that name no party or venue at all, together


def _setting(name: str, default: int) -> int:
    value = section("tracks").get(name, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


class _Find:
    """Union-find over article indexes (the smaller index is the root, so the result is order-free)."""

    def __init__(self, n: int):
        self.up = list(range(n))

    def root(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.up[max(ra, rb)] = min(ra, rb)


def _party_of(actors: list[Actor]) -> dict[str, str]:
    """Actor id → the key it counts for: a person or institution counts for the country or organisation
    it acts for (its affiliation, when that is an actor of a party kind, or a country the gazetteer knows even
    when no article makes it an actor: two articles on one country pair's talks, each with its own
    negotiators, share their sides); a party counts for itself."""
    kinds = words("tracks", "party_kinds")
    by_name = {a.name: a.id for a in actors if a.kind in kinds}
    for a in actors:  # an affiliation may give a party's short name ("acts for the NLF": the National Liberation Front)
        if a.kind in kinds:
            for n in a.aliases:
                by_name.setdefault(n, a.id)
    g = gazetteer()
    return {a.id: by_name.get(a.affiliation or "") or (f"country:{g.country(a.affiliation)}" if a.affiliation
                                                        and g.country(a.affiliation) else a.id) for a in actors}


def article_keys(frame: Frame, actors: list[Actor], venues: list[Venue]) -> list[Counter]:
    """For each article (in corpus order): key → the number of its sentences naming it. Keys are parties
    (party actor ids, ``country:<name>``) and ``venue:<id>``. A person or a place read as an actor that acts for
    no one (no affiliation) is no side of a track and never splits one; one acting for a party no article names
    still counts, for itself (a side the corpus knows only through its envoy)."""
    party, kinds = _party_of(actors), words("tracks", "party_kinds")
    per: dict[str, Counter] = defaultdict(Counter)
    for a in actors:
        if a.kind not in kinds and not a.affiliation:
            continue
        for c in dict.fromkeys(a.mentions):
            per[c.source][party[a.id]] += 1
    for v in venues:
        for c in dict.fromkeys(v.mentions):
            per[c.source][f"venue:{v.id}"] += 1
    return [per.get(f.article.id, Counter()) for f in frame.facts]


def _cores(keys: list[Counter], size: int) -> list[list[tuple[str, float]]]:
    """Each article's core: its ``size`` keys of highest weight (sentences × IDF-like weight)."""
    n = len(keys)
    df = Counter(k for ks in keys for k in ks)
    idf = {k: 1 + math.log((1 + n) / (1 + d)) for k, d in df.items()}
    out = []
    for ks in keys:
        scored = sorted(((k, c * idf[k]) for k, c in ks.items()), key=lambda kv: (-kv[1], kv[0]))
        out.append(scored[:size])
    return out


def _day(date: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date[:10]) if date and len(date) >= 10 else None
    except ValueError:
        return None


def _link_pairs(cores: list, dates: list[str | None], find: _Find, max_gap: int) -> None:
    """Join articles whose cores share a pair of keys, within ``max_gap`` days of the pair's last article
    (an article naming a single key links by that key alone)."""
    order = sorted(range(len(cores)), key=lambda i: (dates[i] or "", i))
    last: dict[tuple[str, str], tuple[int, dt.date | None]] = {}
    for i in order:
        ks = sorted(k for k, _ in cores[i])
        day = _day(dates[i])
        pairs = [(ks[x], ks[y]) for x in range(len(ks)) for y in range(x + 1, len(ks))] or [(k, k) for k in ks]
        for pair in pairs:
            seen = last.get(pair)
            if seen is not None and not (day and seen[1] and (day - seen[1]).days > max_gap):
                find.join(i, seen[0])
            last[pair] = (i, day or (seen[1] if seen else None))


def _attach(cores: list, find: _Find, evidence: dict[int, str], fanout: int) -> None:
    """An article left alone joins the group its core keys weigh most in, when that group clearly wins
    (more weight than any other) and holds the article's own first key (a hub it shares with every
    group never decides alone)."""
    size = Counter(find.root(i) for i in range(len(cores)))
    weight: dict[str, Counter] = defaultdict(Counter)  # key → group → weight of the key in that group's cores
    for i, core in enumerate(cores):
        if size[find.root(i)] > 1:
            for k, w in core:
                weight[k][find.root(i)] += w
    top = {k: [g for g, _ in sorted(gs.items(), key=lambda gw: (-gw[1], gw[0]))[:fanout]] for k, gs in weight.items()}
    for i, core in enumerate(cores):
        if size[find.root(i)] > 1 or not core:
            continue
        votes: Counter = Counter()
        for k, w in core:
            for group in top.get(k, ()):
                votes[group] += w
        ranked = sorted(votes.items(), key=lambda gv: (-gv[1], gv[0]))
        if ranked and ranked[0][0] in weight.get(core[0][0], ()) and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            find.join(i, ranked[0][0])
            evidence[i] = ATTACH_RULE


def _span(days: list[dt.date]) -> tuple[dt.date, dt.date] | None:
    return (min(days), max(days)) if days else None


def _apart(a: tuple | None, b: tuple | None, max_gap: int) -> bool:
    """Are two periods (first, last day) more than ``max_gap`` days apart? An unknown period is near any."""
    if a is None or b is None:
        return False
    return (max(a[0], b[0]) - min(a[1], b[1])).days > max_gap


def _merge_groups(keys: list[Counter], dates: list[str | None], find: _Find, size: int, max_gap: int) -> None:
    """Second pass, group by group: the articles of one story may split into groups whose own article cores
    never met (each article's core is three keys, and a side named in every article can rank fourth in some).
    Each group's core is then read from all its articles (the sum of their keys, weighted against the other
    groups); two groups whose cores share a pair of keys, and whose published periods lie within
    ``max_gap`` days, are one track. A key every group names weighs least, so a hub still glues nothing."""
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        members[find.root(i)].append(i)
    roots = sorted(members)
    cores = _cores([_profile(members[r], keys) for r in roots], size)
    spans = [_span([d for d in (_day(dates[i]) for i in members[r]) if d]) for r in roots]
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for g, core in enumerate(cores):
        ks = sorted(k for k, _ in core)
        for pair in ((ks[x], ks[y]) for x in range(len(ks)) for y in range(x + 1, len(ks))):
            by_pair[pair].append(g)
    for groups in by_pair.values():
        for g in groups[1:]:
            if not _apart(spans[groups[0]], spans[g], max_gap):
                find.join(roots[groups[0]], roots[g])


def _members(find: _Find, n: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        out[find.root(i)].append(i)
    return out


class _Group:
    """A group's leaders (its two parties named in most sentences, the first its main party), whether its main
    party dominates (named at least ``main_party_ratio`` times as often as the second: a story about one party,
    not a two-sided negotiation), its widest keys and its published period."""

    def __init__(self, members: list[int], keys: list[Counter], dates: list[str | None], parties: set[str],
                 width: int):
        profile = _profile(members, keys)
        ranked = [k for k, _ in sorted(profile.items(), key=lambda kc: (-kc[1], kc[0]))]
        self.leaders = [k for k in ranked if k in parties][:2]
        self.dominant = bool(self.leaders) and (len(self.leaders) == 1 or profile[self.leaders[0]] >=
                                                _setting("main_party_ratio", 2) * profile[self.leaders[1]])
        self.wide = set(ranked[:width])
        self.span = _span([d for d in (_day(dates[i]) for i in members) if d])
        self._kin: dict[int, bool] = {}  # id(other group) → kin (groups outlive this memo: one join pass holds them)
        self._candidates: dict[tuple, tuple[tuple, list[int]]] = {}  # (dated, gap) → (the groups looked at, the result)

    def kin(self, other: "_Group") -> bool:
        """One's dominant main party is among the other's two leaders, and they share a further key (a party
        or a venue)."""
        got = self._kin.get(id(other))
        if got is None:
            got = self._kin[id(other)] = any(a.dominant and a.leaders[0] in b.leaders and bool((a.wide & b.wide) - {a.leaders[0]})
                                             for a, b in ((self, other), (other, self)))
        return got


def _join_candidates(groups: dict[int, _Group], index: dict[str, set[int]], r: int, dated: bool, gap: int) -> list[int]:
    """The dated groups ``r`` may join: looked up by its leaders (``index``: party → the groups it leads or
    whose main party it is), then checked pair by pair."""
    g = groups[r]
    near = sorted(set().union(*(index.get(k, set()) for k in g.leaders))) if g.leaders else []
    others = tuple(groups[h] for h in near)  # the very groups of the last round: the same answer
    kept = g._candidates.get((dated, gap))
    if kept is not None and kept[0] == others:
        return list(kept[1])
    found = [h for h, o in zip(near, others) if h != r and o.span is not None and g.kin(o)
             and not (dated and _apart(g.span, o.span, gap))]
    g._candidates[(dated, gap)] = (others, found)
    return list(found)


def _join_round(keys: list[Counter], dates: list[str | None], find: _Find, parties: set[str],
                evidence: dict[int, str], dated: bool, made: dict | None = None) -> bool:
    """One round over the groups, smallest first; each group takes part in one join at most. Did any join?
    (``made``: the groups of earlier rounds by their members, reused when a group did not change.)"""
    members = _members(find, len(keys))
    made = {} if made is None else made
    width = _setting("join_width", 8)
    groups = {r: made.get(tuple(ms)) or made.setdefault(tuple(ms), _Group(ms, keys, dates, parties, width))
              for r, ms in members.items()}
    index: dict[str, set[int]] = defaultdict(set)
    for r, g in groups.items():
        for k in g.leaders:
            index[k].add(r)
    touched: set[int] = set()
    for r in sorted(groups, key=lambda r: (len(members[r]), r)):
        if (groups[r].span is not None) != dated or r in touched:
            continue
        candidates = _join_candidates(groups, index, r, dated, _setting("join_gap_days", 7))
        if len(candidates) == 1 and candidates[0] not in touched:
            find.join(r, candidates[0])
            evidence.update({i: JOIN_RULE for i in members[r] + members[candidates[0]]})
            touched |= {r, candidates[0]}
    return bool(touched)


def _join_by_main_party(keys: list[Counter], dates: list[str | None], find: _Find, parties: set[str],
                        evidence: dict[int, str]) -> None:
    """Third pass: one story's groups that share no pair (its main party is named in every article, so it weighs
    least, and each group's other side differs: a mediator, a council, a third state). A group joins another
    when one's main party is among the other's two leading parties, they share a further key, their published
    periods overlap (within ``join_gap_days``), and that other group is its only such candidate. Dated groups
    join first; a group with no published date then joins its only dated candidate, whatever its period. Two
    stories of one party at one time both qualify and so stay apart; the same party months apart stays apart."""
    made: dict[tuple, _Group] = {}
    for dated in (True, False):
        while _join_round(keys, dates, find, parties, evidence, dated, made):
            pass


def _attach_by_sides(keys: list[Counter], dates: list[str | None], find: _Find, parties: set[str],
                     evidence: dict[int, str]) -> None:
    """Last pass: an article still alone whose core is made of keys no other article names (a local commander,
    a group named once) shares no pair with anyone, yet it may name both sides of a track among its other keys.
    It joins the one group (of two articles or more) two of whose ``side_count`` leading parties it names, within
    ``max_gap_days`` of that group's period; naming the sides of two groups, or of none, it stays alone."""
    members = _members(find, len(keys))
    groups = {r: _Group(ms, keys, dates, parties, 0) for r, ms in members.items() if len(ms) > 1}
    by_sides: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for r, ms in members.items():
        if r in groups:
            profile = _profile(ms, keys)
            top = sorted(sorted((k for k in profile if k in parties), key=lambda k: (-profile[k], k))[:_setting("side_count", 3)])
            for x in range(len(top)):
                for y in range(x + 1, len(top)):
                    by_sides[(top[x], top[y])].add(r)
    gap = _setting("max_gap_days", 365)
    for r, ms in sorted(members.items()):
        if len(ms) != 1 or evidence.get(r) == UNNAMED_RULE:
            continue
        named = sorted(k for k in keys[r] if k in parties)
        day = _day(dates[r])
        found = sorted({h for x in range(len(named)) for y in range(x + 1, len(named))
                        for h in by_sides.get((named[x], named[y]), ())
                        if not _apart((day, day) if day else None, groups[h].span, gap)})
        if len(found) == 1:
            find.join(r, found[0])
            evidence[r] = SIDES_RULE


def _party_keys(actors: list[Actor]) -> set[str]:
    kinds = words("tracks", "party_kinds")
    return {a.id for a in actors if a.kind in kinds} | {k for k in _party_of(actors).values() if k.startswith("country:")}


def group_articles(frame: Frame, actors: list[Actor], venues: list[Venue]) -> tuple[list[int], dict[int, str]]:
    """Each article's group (the index of its group's first article) and the rule that placed each article
    that did not join by a shared pair."""
    return _grouped(frame, article_keys(frame, actors, venues), _party_keys(actors))


def _grouped(frame: Frame, keys: list[Counter], parties: set[str]) -> tuple[list[int], dict[int, str]]:
    cores = _cores(keys, _setting("core_size", 3))
    find = _Find(len(cores))
    dates, max_gap = [f.article.published for f in frame.facts], _setting("max_gap_days", 365)
    _link_pairs(cores, dates, find, max_gap)
    evidence: dict[int, str] = {}
    _attach(cores, find, evidence, _setting("attach_fanout", 8))
    _merge_groups(keys, dates, find, _setting("group_core_size", 4), max_gap)
    _join_by_main_party(keys, dates, find, parties, evidence)
    _attach_by_sides(keys, dates, find, parties, evidence)
    unnamed = [i for i, core in enumerate(cores) if not core]
    for i in unnamed:
        find.join(i, unnamed[0])
        evidence[i] = UNNAMED_RULE
    return [find.root(i) for i in range(len(cores))], evidence


def _rule(members: list[int], evidence: dict[int, str]) -> str:
    """How a track was formed: alone, the articles naming no one, by attachment only, or by shared pairs."""
    if evidence.get(members[0]) == UNNAMED_RULE:
        return UNNAMED_RULE
    if len(members) == 1:
        return ALONE_RULE
    if any(evidence.get(i) == JOIN_RULE for i in members):
        return JOIN_RULE
    if any(evidence.get(i) == SIDES_RULE for i in members):
        return SIDES_RULE
    return ATTACH_RULE if all(evidence.get(i) == ATTACH_RULE for i in members if i != members[0]) else PAIR_RULE


def _majority(sources: list[str], track_of: dict[str, str]) -> str | None:
    """The track most of these sources belong to (the first one's on a tie)."""
    votes = Counter(track_of[s] for s in sources if s in track_of)
    if not votes:
        return None
    best = max(votes.values())
    return next(track_of[s] for s in sources if track_of.get(s) and votes[track_of[s]] == best)


def _profile(members: list[int], keys: list[Counter]) -> Counter:
    total: Counter = Counter()
    for i in members:
        total.update(keys[i])
    return total


def _name(parties: list[str], venue_ids: list[str], names: dict[str, str]) -> str:
    """"A – B (Place)": the two most central parties and the most mentioned venue."""
    who = " – ".join(sorted(names[p] for p in parties[:2]))
    where = names.get(f"venue:{venue_ids[0]}") if venue_ids else None
    if not who:
        return where or "Unnamed track"
    return f"{who} ({where})" if where and where not in who else who


def _track(members: list[int], frame: Frame, keys: list[Counter], names: dict[str, str], kinds: frozenset,
           rule: str, taken: Ids) -> Track:
    ranked = [k for k, _ in sorted(_profile(members, keys).items(), key=lambda kv: (-kv[1], kv[0]))]
    parties = [k for k in ranked if not k.startswith("venue:") and names.get(f"kind:{k}") in kinds]
    venue_ids = [k[len("venue:"):] for k in ranked if k.startswith("venue:")]
    name = _name(parties, venue_ids, names)
    days = sorted(d for d in (frame.reported(frame.facts[i]) for i in members) if d)
    return Track(id=taken.unique("track-" + slugify(name, "track")[:50].strip("-")), name=name,
                 parties=parties[:6], venues=venue_ids[:4], sources=[frame.facts[i].article.id for i in members],
                 first=days[0] if days else None, last=days[-1] if days else None, evidence=rule)


def _status(tracks: list[Track], events: list[Event]) -> None:
    """Each track's latest development (happened, by date, not after its last report) and next planned event
    (the soonest not already past)."""
    by_track: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        if e.track and e.date:
            by_track[e.track].append(e)
    for t in tracks:
        mine, as_of = by_track.get(t.id, []), t.last or ""
        happened = [e for e in mine if e.status != "planned" and e.date[:len(as_of)] <= as_of]
        planned = [e for e in mine if e.status == "planned" and e.date >= as_of[:len(e.date)]]
        t.latest = max(happened, key=lambda e: (e.date, e.id)).id if happened else None
        t.next = min(planned, key=lambda e: (e.date, e.id)).id if planned else None


def reconcile_tracks(frame: Frame, actors: list[Actor], venues: list[Venue], events: list[Event]) -> list[Track]:
    """The tracks, in order of their first article; sets ``track`` on every event and venue."""
    keys = article_keys(frame, actors, venues)
    roots, evidence = _grouped(frame, keys, _party_keys(actors))
    names = {a.id: a.name for a in actors} | {f"venue:{v.id}": v.name for v in venues} | \
        {f"kind:{a.id}": a.kind for a in actors}
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(roots):
        members[r].append(i)
    kinds, taken = words("tracks", "party_kinds"), Ids()
    tracks = [_track(members[r], frame, keys, names, kinds, _rule(members[r], evidence), taken) for r in sorted(members)]
    track_of = {s: t.id for t in tracks for s in t.sources}
    for e in events:
        e.track = _majority([c.source for c in e.citations], track_of)
    for v in venues:
        v.track = _majority([c.source for c in v.mentions], track_of)
    _status(tracks, events)
    return tracks
