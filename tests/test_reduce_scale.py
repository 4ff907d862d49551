"""The reduce step's indexes (issue 16) give what the plain scans gave: the event merge looks a report up
among the events it could be one with, and ids resume at their last suffix; both are checked against the
straightforward versions on many generated cases."""
from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from generator.extract.dates import When, first_day
from generator.kinds import events as ev
from generator.kinds.frame import Ids
from generator.model import Citation
from generator.text import RESERVED_IDS, unique_id


def _merge_by_scan(drafts, kinds, only=None, absorbed=None):
    """Event merging as a scan of every event filed under the report's near buckets (the method before
    the participant index); with ``only``, two events neither of which is in it are not compared, and
    ``absorbed`` collects the ids of the events that absorbed a report."""
    merged, buckets, known = [], defaultdict(list), set()
    for d in drafts:
        target, rule = None, None
        for m in (x for k in ev._near_buckets(d.when) for f in ev._families(d.type, known)
                  for x in buckets.get((k, f), ())):
            if d.citations[0] in m.citations and not d.type == m.type == "cancellation":
                continue
            if only is not None and id(m) not in only and id(d) not in only:
                continue
            rule = ev._same_event(m, d, kinds)
            if rule:
                target = m
                break
        if target is None:
            merged.append(d)
            known.add(ev._family(d.type))
            for k in ev._buckets(d.when):
                buckets[(k, ev._family(d.type))].append(d)
        else:
            target.absorb(d, rule)
            if absorbed is not None:
                absorbed.add(id(target))
    return merged


def _plain_candidates(self, d, other_day, probes=False, hot_only=False):
    """What a bucket gave before its second index (the events changed in the previous pass) and the finer probes
    of another day's bucket: every event of a shared venue, every week and every re-dated event."""
    if other_day:
        if d.when.approximate and d.type in ev.TYPED:
            return self.events  # a week told as done may be a day in it that names no one (merge:week-holds-day)
        probes = [("v", x) for x in d.venues] + [("moved",), ("week",)]
        if d.when.approximate:
            probes += [("a", x) for x in d.actors]
        probes += [("s", d.citations[0].source)] + [("a", x) for x in d.actors] if d.type == "cancellation" else []
    else:
        probes = self.probes(d, False)
        if probes is None:
            return self.events
    return [self.events[i] for i in sorted({i for t in probes for i in self.by.get(t, ())})]


TYPES = ["meeting", "call", "statement", "proposal", "cancellation", "visit", "other", "other", "agreement"]
ACTORS = {"p1": "person", "p2": "person", "p3": "person", "c1": "country", "c2": "country", "o1": "organization"}


def _when(rng: random.Random) -> When:
    day = f"2025-03-{rng.randint(1, 12):02d}"
    precision = rng.choice(["day"] * 6 + ["month", "year"])
    return When({"day": day, "month": day[:7], "year": day[:4]}[precision], precision,
                approximate=precision == "day" and rng.random() < 0.2)


def _drafts(seed: int, n: int) -> list:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        venues = rng.sample(["v1", "v2", "v3"], rng.choice([0, 0, 1, 1, 2]))
        d = ev.Draft(when=_when(rng), summary=f"report {i}", actors=rng.sample(sorted(ACTORS), rng.choice([0, 0, 1, 2])),
                     venues=venues, status=rng.choice(["happened", "happened", "planned"]),
                     citations=[Citation(f"a{rng.randint(0, n // 3)}", f"s{rng.randint(1, 3)}")],
                     sentence="", verb=rng.choice(["meet", "say", "postpone"]), reported=f"2025-03-{rng.randint(1, 14):02d}",
                     inferred=False, type=rng.choice(TYPES),
                     evidence={"type": "type:dated-noun"} if rng.random() < 0.15 else {})
        d.places = set(venues) | ({"city"} if "v1" in venues else set())
        d.dateline = {"v2"} if not venues and rng.random() < 0.2 else set()
        out.append(d)
    return out


def _week_drafts(seed: int, n: int) -> list:
    """:func:`_drafts`, an approximate day being its week's Monday (as "next week" is dated)."""
    out = _drafts(seed, n)
    for d in out:
        if d.when.approximate:
            monday = first_day(d.when.date) - dt.timedelta(days=first_day(d.when.date).weekday())
            d.when = When(monday.isoformat(), "day", approximate=True)
    return out


def _shape(merged) -> list:
    return [(d.when, d.type, d.status, d.citations, d.actors, d.venues, sorted(d.places), d.evidence) for d in merged]


def test_the_indexed_event_merge_is_the_scan_it_replaces():
    merges = 0
    for seed in range(60):
        got, want = ev._merge(_drafts(seed, 80), ACTORS), _merge_by_scan(_drafts(seed, 80), ACTORS)
        assert _shape(got) == _shape(want), seed
        merges += 80 - len(got)
    assert merges > 500  # the cases do merge, by many rules


def test_a_later_pass_looks_an_unchanged_report_up_among_the_changed_events_only_as_the_scan_does():
    # the second index of a later pass (only the events that changed in the previous one) and the probes of
    # another day's bucket (a venue by status, a week by venue and by actor) against the plain scan
    merges = 0
    for seed in range(60):
        rng = random.Random(seed)
        got_drafts, want_drafts = _week_drafts(seed, 80), _week_drafts(seed, 80)
        picks = [i for i in range(80) if rng.random() < 0.3]
        only_got, only_want = {id(got_drafts[i]) for i in picks}, {id(want_drafts[i]) for i in picks}
        got = ev._merge(got_drafts, ACTORS, only_got)
        want = _merge_by_scan(want_drafts, ACTORS, only_want)
        assert _shape(got) == _shape(want), seed
        merges += 80 - len(got)
    assert merges > 100


def test_merging_until_stable_gives_what_the_plain_candidates_give(monkeypatch):
    # over several passes, the indexes carry over what absorbing changed (a new status, a new date)
    got = [_shape(ev._merge_until_stable(_week_drafts(seed, 120), ACTORS)) for seed in range(40)]
    monkeypatch.setattr(ev._Bucket, "candidates", _plain_candidates)
    want = [_shape(ev._merge_until_stable(_week_drafts(seed, 120), ACTORS)) for seed in range(40)]
    assert got == want
    assert sum(len(x) for x in got) < 40 * 120 - 1000  # they merge


def test_the_tracks_joining_rounds_reusing_unchanged_groups_join_as_fresh_rounds_do():
    from collections import Counter

    from generator.kinds import tracks as tr

    joins = 0
    for seed in range(40):
        rng = random.Random(seed)
        n = 40
        parties = {f"country:{c}" for c in "abcde"}
        keys = [Counter({k: rng.randint(1, 6) for k in rng.sample(sorted(parties) + ["venue:x", "venue:y"], rng.randint(1, 4))})
                for _ in range(n)]
        dates = [None if rng.random() < 0.2 else f"2025-0{rng.randint(1, 3)}-{rng.randint(10, 28)}" for _ in range(n)]
        pairs = [(rng.randrange(n), rng.randrange(n)) for _ in range(15)]
        finds, evidence = (tr._Find(n), tr._Find(n)), ({}, {})
        for f in finds:
            for a, b in pairs:
                f.join(a, b)
        tr._join_by_main_party(keys, dates, finds[0], parties, evidence[0])
        for dated in (True, False):  # the plain rounds: every group made afresh
            while tr._join_round(keys, dates, finds[1], parties, evidence[1], dated):
                pass
        assert [finds[0].root(i) for i in range(n)] == [finds[1].root(i) for i in range(n)], seed
        assert evidence[0] == evidence[1], seed
        joins += len(evidence[0])
    assert joins > 20


def test_ids_resume_where_they_left_off_and_are_those_of_unique_id():
    rng = random.Random(3)
    bases = ["talks", "talks-2", "talks-3", "search", "when", "when-2"] + sorted(RESERVED_IDS)[:2]
    ids, taken = Ids(), set()
    for _ in range(400):
        base = rng.choice(bases)
        assert ids.unique(base) == unique_id(base, taken)
    assert len(ids.taken) == 400 and ids.taken == taken


def test_a_question_split_by_track_is_worded_from_its_own_tracks_findings():
    # one matter key ("whether", "kalo", "travel"), asked in two stories about two places
    from types import SimpleNamespace

    from generator.kinds.questions import _by_track
    from generator.model import Position

    def finding(place):
        return SimpleNamespace(question=f"Will Kalo travel to {place}?", topic=("travel",), family="uncertain",
                               evidence="question.whether")

    asked = [("a1", finding("Tarnow")), ("b1", finding("Oslo")), ("b2", finding("Lviv")), ("a2", finding("Tarnow"))]
    group = {"question": "Will Kalo travel to Oslo?", "topic": ("travel",), "family": "uncertain", "citations": [],
             "positions": [Position(None, "unclear", Citation(s, "s1")) for s, _ in asked], "asked_as": asked}
    parts = _by_track({("whether", "kalo", "travel"): group}, {"a1": "t-a", "a2": "t-a", "b1": "t-b", "b2": "t-b"})
    wording = {track: p["question"] for (track, _), p in parts.items()}
    assert wording == {"t-a": "Will Kalo travel to Tarnow?", "t-b": "Will Kalo travel to Lviv?"}
    assert all("asked_as" not in p for p in parts.values())
    assert all(p["rules"] == ["question.whether"] for p in parts.values())


def test_a_clusters_names_counted_as_mentions_come_are_those_of_all_its_mentions():
    from collections import Counter

    from generator.extract.entities import Mention
    from generator.kinds.actors import _Cluster

    rng = random.Random(5)
    c = _Cluster("person")
    for step in range(300):
        if rng.random() < 0.05:
            c.mentions = []  # what a join leaves of a cluster
        c.add(step, Mention(rng.choice(["Ana Lind", "Lind", "A. Lind", "Anna Lind"]), "person", "s1", 0, 1))
        if rng.random() < 0.3:
            got, want = c.names(), Counter(m.text for _, m in c.mentions)
            assert got == want and list(got) == list(want)  # the same counts, in first-seen order
            got["Lind"] += 5  # the caller's copy


def test_a_bare_surname_finds_the_person_named_in_full_as_a_plain_scan_does():
    from generator.extract.entities import Mention
    from generator.kinds.actors import _bare_in_same_article, _Cluster, name_parts, same_surname, surname_key

    def plain(c, people):
        sk = surname_key(next(iter(c.names())))
        arts = {ai for ai, _ in c.mentions}
        found = [p for p in people if p is not c and p.mentions and arts <= {
            ai for ai, m in p.mentions if len(name_parts(m.text)) > 1 and same_surname(surname_key(m.text), sk)}]
        return found[0] if len(found) == 1 else None

    rng = random.Random(8)
    full = ["Omar Hadi", "Omar al-Hadi", "Sara Hadi", "Ken Varo", "Lea Moss", "Ivo Moss"]
    found = 0
    for _ in range(200):
        people = []
        for name in rng.sample(full, 4) + rng.sample(["Hadi", "Varo", "Moss", "Alhadi"], 2):
            c = _Cluster("person")
            for ai in rng.sample(range(6), rng.randint(1, 3)):
                c.add(ai, Mention(name, "person", "s1", 0, 1))
            people.append(c)
        memo: dict = {}
        for c in people:
            if all(len(name_parts(n)) == 1 for n in c.names()):
                got = _bare_in_same_article(None, c, people, memo)
                assert got is plain(c, people)
                found += got is not None
    assert found > 20
