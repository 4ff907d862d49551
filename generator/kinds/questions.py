"""Open questions across articles: findings grouped by cue family and topic, each side's position,
and the later report that settles a question (then it is resolved, with that answer)."""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache

from ..lexicon import words
from ..model import Actor, Citation, Event, Position, Question, Venue
from ..text import fold, slugify, unique_id
from .frame import ActorIndex, Frame

VENUE_QUESTION = "Where will the leaders meet, and where will the next round of talks be held?"


@lru_cache(maxsize=1)
def _resumed() -> re.Pattern:
    return re.compile(rf"\b({'|'.join(sorted(words('reconcile', 'resumed_stems')))})\w*", re.I)


@lru_cache(maxsize=1)
def _round() -> re.Pattern:
    return re.compile(rf"\b({'|'.join(sorted(words('reconcile', 'round_words')))})\b", re.I)


def _telling_words(text: str) -> set[str]:
    generic = words("reconcile", "generic_words")
    return {w for w in re.findall(r"[a-z]{4,}", fold(text).lower()) if w not in generic}


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
        words_ = _telling_words(" ".join(p.stance for p in grp["positions"]))
        return [e for e in self.events[bisect.bisect_right(self.dates, day):] if e.date[:10] > day
                and (not context or (set(e.actors) | set(e.venues)) & context or words_ & self.words[e.id])]


def _answer_round(family: str, later: list[Event]):
    """A pause or a missing date settled by talks that resumed, or a round held somewhere."""
    for e in sorted(later, key=lambda e: e.date):
        text = f"{e.summary} {e.sentence}"
        if family == "pause" and _resumed().search(text) and _round().search(text):
            return f"Talks resumed ({e.date}): {e.summary}", e.citations[0]
        if family == "date" and _round().search(e.summary) and e.venues:
            return f"Held on {e.date}: {e.summary}", e.citations[0]
    return None


def _answer_proposal(asked: str, index: _Answers, grp: dict, later: list[Event]):
    """A proposal settled by a later acceptance or rejection, or by the meeting taking place."""
    for pos in grp["positions"]:
        if pos.stance.startswith(("rejected:", "accepted:")) and (pos.date or "") >= asked[:10]:
            verdict = pos.stance.split(":", 1)[0]
            return f"{verdict.capitalize()}: {pos.stance.split(':', 1)[1].strip()}", pos.citation
    where = set().union(*(index.venues_at.get(c, set()) for c in grp["citations"]))
    if _round().search(grp["question"]) or where:
        for e in sorted(later, key=lambda e: e.date):
            if (where and set(e.venues) & where) or (not where and _resumed().search(e.summary)):
                return f"It went ahead: {e.summary} ({e.date})", e.citations[0]
    return None


def _answer_venue(index: _Answers, later: list[Event]):
    """Where to meet, settled by a later meeting at a venue someone proposed, offered or planned."""
    proposed = {v.id for v in index.venues if set(v.statuses) & {"proposed", "offered", "planned"}}
    held = [e for e in later if set(e.venues) & proposed]
    if not held:
        return None
    e = max(held, key=lambda e: e.date)
    name = next(v.name for v in index.venues if v.id in e.venues and v.id in proposed)
    return f"Held in {name} ({e.date}): {e.summary}", e.citations[0]


def _answer(family: str, asked: str, index: _Answers, grp: dict):
    """A later report that settles the question: (answer text, citation) or None.

    ``asked`` is the latest date at which the question was raised; only events after it count."""
    later = index.after(asked[:10], grp)
    found = _answer_round(family, later) if family in {"pause", "date"} else None
    if family == "proposal":
        found = _answer_proposal(asked, index, grp, later)
    if family == "venue":
        found = _answer_venue(index, later)
    return found


def _group_key(q) -> tuple:
    """One question per matter: the kind of question and the lemmas of what it is about (set by the
    extractor), so that the micro-questions of several articles fold into one."""
    return tuple(q.matter) if q.matter else (q.family, q.question)


def _wording_first(q) -> tuple:
    """Which wording of a matter the group shows: the shortest (the parent of its micro-questions), then
    the first in alphabetical order, so that the choice does not depend on the order of the articles."""
    return len(q.question), q.question


def _groups(frame: Frame, index: ActorIndex) -> dict[tuple, dict]:
    groups: dict[tuple, dict] = {}
    for f in frame.facts:
        for q in f.questions:
            grp = groups.setdefault(_group_key(q), {"question": q.question, "positions": [], "citations": [],
                                                    "topic": q.topic, "family": q.family, "shown": q})
            if _wording_first(q) < _wording_first(grp["shown"]):
                grp.update(question=q.question, topic=q.topic, family=q.family, shown=q)
            a = index.actor_of(q.actor)
            cit = frame.cite(f, q.sentence)
            stance = q.stance if not q.answer else f"{q.answer}: {q.stance}"
            if not any(p.citation == cit and p.actor == (a.id if a else None) for p in grp["positions"]):
                grp["positions"].append(Position(a.id if a else None, stance, cit, frame.reported(f)))
            if cit not in grp["citations"]:
                grp["citations"].append(cit)
    return groups


def _venue_group(venues: list[Venue]) -> dict | None:
    """Where to meet: every venue someone proposed, offered or rejected."""
    contested = [v for v in venues if set(v.statuses) & {"proposed", "offered", "rejected"}]
    if not contested:
        return None
    grp = {"question": VENUE_QUESTION, "positions": [], "citations": [], "topic": ("venue",), "family": "venue"}
    for v in contested:
        for h in v.history:
            if h["status"] in {"proposed", "offered", "rejected", "planned"}:
                grp["positions"].append(Position(h["actor"], f"{v.name}: {h['status']}", h["citation"], h.get("date")))
                if h["citation"] not in grp["citations"]:
                    grp["citations"].append(h["citation"])
    return grp


def _neg_date(date: str) -> str:
    """Sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010ffff"


def reconcile_questions(frame: Frame, actors: ActorIndex, venues: list[Venue], events: list[Event]) -> list[Question]:
    groups = _groups(frame, actors)
    venue_grp = _venue_group(venues)
    if venue_grp is not None:
        groups[("venue",)] = venue_grp
    index = _Answers(events, venues, actors.actors)
    for g in groups.values():
        dates = [p.date for p in g["positions"] if p.date]
        g["asked"] = max(dates) if dates else ""
        g["answer"] = _answer(g["family"], g["asked"], index, g) if g["asked"] else None
    # open before resolved; then the most contested (distinct actors), then the most recent
    ranked = sorted(groups.values(), key=lambda g: (g["answer"] is not None,
                                                    -len({p.actor for p in g["positions"] if p.actor}),
                                                    _neg_date(g["asked"]), g["question"]))
    out = []
    taken: set[str] = set()
    for g in ranked:
        q = Question(id=unique_id(slugify(g["question"], "question")[:60].strip("-"), taken),
                     question=g["question"], positions=g["positions"], citations=g["citations"],
                     topic=" ".join(g["topic"]))
        if g["answer"] is not None:
            q.status, (q.answer, q.answer_citation) = "resolved", g["answer"]
        out.append(q)
    return out
