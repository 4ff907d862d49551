"""The reduce step's indexes (issue 16) give what the plain scans gave: the event merge looks a report up
among the events it could be one with, and ids resume at their last suffix; both are checked against the
straightforward versions on many generated cases."""
from __future__ import annotations

import random
from collections import defaultdict

from generator.extract.dates import When
from generator.kinds import events as ev
from generator.kinds.frame import Ids
from generator.model import Citation
from generator.text import RESERVED_IDS, unique_id


def _merge_by_scan(drafts, kinds):
    """Event merging as a scan of every event filed under the report's near buckets (the method before
    the participant index)."""
    merged, buckets, known = [], defaultdict(list), set()
    for d in drafts:
        target, rule = None, None
        for m in (x for k in ev._near_buckets(d.when) for f in ev._families(d.type, known)
                  for x in buckets.get((k, f), ())):
            if d.citations[0] in m.citations and not d.type == m.type == "cancellation":
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
    return merged


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


def _shape(merged) -> list:
    return [(d.when, d.type, d.status, d.citations, d.actors, d.venues, sorted(d.places), d.evidence) for d in merged]


def test_the_indexed_event_merge_is_the_scan_it_replaces():
    merges = 0
    for seed in range(60):
        got, want = ev._merge(_drafts(seed, 80), ACTORS), _merge_by_scan(_drafts(seed, 80), ACTORS)
        assert _shape(got) == _shape(want), seed
        merges += 80 - len(got)
    assert merges > 500  # the cases do merge, by many rules


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
        return SimpleNamespace(question=f"Will Kalo travel to {place}?", topic=("travel",), family="uncertain")

    asked = [("a1", finding("Tarnow")), ("b1", finding("Oslo")), ("b2", finding("Lviv")), ("a2", finding("Tarnow"))]
    group = {"question": "Will Kalo travel to Oslo?", "topic": ("travel",), "family": "uncertain", "citations": [],
             "positions": [Position(None, "unclear", Citation(s, "s1")) for s, _ in asked], "asked_as": asked}
    parts = _by_track({("whether", "kalo", "travel"): group}, {"a1": "t-a", "a2": "t-a", "b1": "t-b", "b2": "t-b"})
    wording = {track: p["question"] for (track, _), p in parts.items()}
    assert wording == {"t-a": "Will Kalo travel to Tarnow?", "t-b": "Will Kalo travel to Lviv?"}
    assert all("asked_as" not in p for p in parts.values())
