"""Open questions across articles: findings grouped by cue family and topic, kept to their own
negotiation track (:mod:`.tracks`), each position held by a named actor or labelled as the article's own
voice, and the later event of the same track that settles a question (then it is resolved, with that
answer). A later event of the track that involves the question's actors without answering it is listed
as "see also", never as an answer.

What answers what (event types in ``generator/data/lexicon.yml``, section ``answers``):

* a pause ("When will talks resume?"): talks that resumed (``answer:talks-resumed``);
* a missing date ("When will the next round take place?"): a round held (``answer:round-held``), or
  called off or put off (``answer:round-called-off``);
* where to meet: a gathering held at a venue someone proposed, offered or planned in that track
  (``answer:held-at-proposed-venue``);
* a proposal: its acceptance or rejection, in its own positions (``answer:accepted``/``answer:rejected``),
  or the gathering it proposed held at its venue with a party the proposal names besides its proposer
  (``answer:proposal-went-ahead``);
* a deal's pending approval ("Will the agreement be ratified by the senate?"): the latest vote or agreement that
  approved or rejected a deal (``answer:approval-approved``/``answer:approval-rejected``).

Answers are looked up through an index by track, participant and date, so the cost grows with the
events of a question's own participants, not with questions × events.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache

from ..extract.questions import fill, passes_gate
from ..lexicon import section, words
from ..model import Citation, Event, Position, Question, Track, Venue
from ..text import slugify
from .frame import ActorIndex, Frame, Ids

ARTICLE_VOICE = "position:article-voice"
FINDING_HOLDER = "position:holder-of-finding"
NOT_A_HOLDER = "position:named-but-not-holder"
VENUE_HOLDER = "position:venue-history"
SEE_ALSO = 3  # at most this many related events per question


@lru_cache(maxsize=1)
def _resumed() -> re.Pattern:
    return re.compile(rf"\b({'|'.join(sorted(words('reconcile', 'resumed_stems')))})\w*", re.I)


@lru_cache(maxsize=1)
def _round() -> re.Pattern:
    return re.compile(rf"\b({'|'.join(sorted(words('reconcile', 'round_words')))})\b", re.I)


class _Answers:
    """What may settle a question, indexed by (track, participant) and date: every dated event that
    happened or was called off; and which venues and actors each cited sentence names."""

    def __init__(self, events: list[Event], venues: list[Venue], actors_at: dict[Citation, set[str]],
                 kinds: dict[str, str] | None = None):
        self.by_key: dict[tuple, list[Event]] = defaultdict(list)
        for e in sorted((e for e in events if e.date and e.track and e.status != "planned"), key=lambda e: (e.date, e.id)):
            for x in dict.fromkeys([*e.actors, *e.venues]):
                self.by_key[(e.track, x)].append(e)
        self.dates = {k: [e.date for e in v] for k, v in self.by_key.items()}
        self.actors_at = actors_at
        self.kinds = kinds or {}  # actor id → person, organization, country, group
        self.venues_at: dict[Citation, set[str]] = defaultdict(set)
        for v in venues:
            for h in v.history:
                self.venues_at[h["citation"]].add(v.id)
        self.names = {v.id: v.name for v in venues}

    def participants(self, grp: dict) -> set[str]:
        """The question's actors (its positions' holders, the actors its sentences name) and venues."""
        out = {p.actor for p in grp["positions"] if p.actor}
        for c in grp["citations"]:
            out |= self.actors_at.get(c, set()) | self.venues_at.get(c, set())
        return out

    def later(self, track: str | None, day: str, who: set[str]) -> list[Event]:
        """Events of ``track`` dated after ``day`` that share a participant with the question, by date."""
        found: dict[str, Event] = {}
        for x in sorted(who):
            key = (track, x)
            evs = self.by_key.get(key, [])
            for e in evs[bisect.bisect_right(self.dates.get(key, []), day):]:
                if e.date[:10] > day:
                    found.setdefault(e.id, e)
        return sorted(found.values(), key=lambda e: (e.date, e.id))


def _held(e: Event) -> bool:
    """The event is a gathering that took place, typed by a rule where the event word governs the date."""
    return e.status == "happened" and e.type in words("answers", "held_types") \
        and e.evidence.get("type", "") in words("answers", "held_type_rules")


def _cited(e: Event) -> Citation:
    """The report an answer cites: the later report that said a planned event took place, else the first."""
    return e.evidence.get("reported_by") or e.citations[0]


def _called_off(e: Event) -> bool:
    return e.type in words("answers", "called_off_types") or e.status in {"cancelled", "postponed"}


def _answer_round(family: str, later: list[Event]):
    """A pause settled by talks that resumed; a missing date by a round held, called off or put off."""
    for e in later:
        text = f"{e.summary} {e.sentence}"
        if family == "pause" and e.status == "happened" and _resumed().search(text) and _round().search(text):
            return f"Talks resumed ({e.date}): {e.summary}", _cited(e), "answer:talks-resumed"
        if family == "date" and _held(e) and _round().search(e.summary):
            return f"Held on {e.date}: {e.summary}", _cited(e), "answer:round-held"
        if family == "date" and _called_off(e) and _round().search(text):
            return f"Called off ({e.date}): {e.summary}", _cited(e), "answer:round-called-off"
    return None


def _answer_proposal(asked: str, index: _Answers, grp: dict, later: list[Event]):
    """A proposal settled by a later acceptance or rejection in its own positions, or by the gathering it
    proposed held at its venue."""
    for pos in grp["positions"]:
        if pos.stance.startswith(("rejected:", "accepted:")) and (pos.date or "") >= asked[:10]:
            verdict = pos.stance.split(":", 1)[0]
            return f"{verdict.capitalize()}: {pos.stance.split(':', 1)[1].strip()}", pos.citation, f"answer:{verdict}"
    where = set().union(*(index.venues_at.get(c, set()) for c in grp["citations"]))
    _, others = _parties(index, grp)
    for e in later:  # held there with a party the proposal names besides its proposer (a host meets anyone at home)
        if where and set(e.venues) & where and _held(e) and others & set(e.actors):
            return _went_ahead(e, "answer:proposal-went-ahead")
    return None if where else _proposed_gathering_held(index, grp, later)


def _parties(index: _Answers, grp: dict) -> tuple[set, set]:
    """Who proposed (the actors of the question's "proposed:" positions), and the other parties its sentences name:
    the people among them when it names any ("a meeting of X and Y" is held only with X or Y there, not with their
    countries' delegations), else the other actors."""
    proposers = {p.actor for p in grp["positions"] if p.actor and p.stance.startswith("proposed:")}
    others = set().union(*(index.actors_at.get(c, set()) for c in grp["citations"])) - proposers
    people = {a for a in others if index.kinds.get(a) == "person"}
    return proposers, people or others


def _proposed_gathering_held(index: _Answers, grp: dict, later: list[Event]):
    """Rule ``answer:proposed-meeting-held``: a proposal of a gathering that names no place ("X's proposal of a
    summit in a third country") settled by a later gathering held with the proposer and another party its
    sentences name. An offer to host is no such proposal: the host is the place, not a party."""
    if not set(re.findall(r"[a-z]+", grp["question"].lower())) & words("meeting_nouns"):
        return None
    proposers, others = _parties(index, grp)
    for e in later:
        took_part = set(e.actors)
        if _held(e) and proposers & took_part and others & took_part:
            return _went_ahead(e, "answer:proposed-meeting-held")
    return None


def _went_ahead(e: Event, rule: str):
    """The answer that the proposed thing went ahead as event ``e`` (text, citation, rule)."""
    return f"It went ahead: {e.summary} ({e.date})", _cited(e), rule


def _answer_venue(grp: dict, index: _Answers, later: list[Event]):
    """Where to meet, settled by the latest gathering held at a venue proposed, offered or planned in the track."""
    proposed = grp["venues"]
    held = [e for e in later if set(e.venues) & proposed and _held(e)]
    if not held:
        return None
    e = held[-1]
    name = next(index.names[v] for v in e.venues if v in proposed)
    return f"Held in {name} ({e.date}): {e.summary}", _cited(e), "answer:held-at-proposed-venue"


def _answer_approval(later: list[Event]):
    """Rules ``answer:approval-approved`` and ``answer:approval-rejected``: a deal's pending approval ("Will the agreement be ratified by the senate?")
    settled by the latest vote of its track, after it was asked and with one of its participants, that approved or
    rejected a deal: the event's summary names a deal (``question_approved_things``) and a verb of approval or
    rejection (the lexicon's ``answers`` section), not both. A vote to strike, or on nothing named, answers nothing."""
    deals = words("question_approved_things")
    for e in reversed(later):
        text = e.summary.lower()
        said = set(re.findall(r"[a-z]+", re.sub(r"\bMay(?=\s+\d)|(?<=\d\s)May\b", " ", e.summary).lower()))  # the month
        named = {w.rstrip("s") for w in said} & deals
        if e.status != "happened" or e.type not in words("answers", "approval_types") or not named \
                or said & words("answers", "verdict_blockers") or "n't" in text.replace("’", "'"):
            continue
        verdicts = [v for v in ("approved", "rejected") if any(s in text for s in words("answers", f"{v}_stems"))]
        if len(verdicts) == 1:  # both told ("approved the deal after rejecting amendments"): the summary is no verdict
            verdict = verdicts[0]
            return f"{verdict.capitalize()} ({e.date}): {e.summary}", _cited(e), f"answer:approval-{verdict}"
    return None


def _answer(grp: dict, index: _Answers) -> tuple[object, list[str]]:
    """(answer text, citation, rule) or None, and the related later events that do not answer it.

    Only events of the question's own track, dated after the latest date at which it was raised and
    sharing a participant with it, count."""
    if not grp["asked"]:
        return None, []
    later = index.later(grp["track"], grp["asked"][:10], index.participants(grp))
    family = grp["family"]
    found = _answer_round(family, later) if family in {"pause", "date"} else None
    if family == "proposal":
        found = _answer_proposal(grp["asked"], index, grp, later)
    if family == "venue":
        found = _answer_venue(grp, index, later)
    if grp.get("matter", ())[:1] == ("approval",):
        found = _answer_approval(later)
    answered = found[1] if found else None
    related = [e.id for e in reversed(later) if answered not in e.citations][:SEE_ALSO]
    return found, related


def _group_key(q, index: ActorIndex) -> tuple:
    """One question per matter: the kind of question and the lemmas of what it is about (set by the
    extractor), so that the micro-questions of several articles fold into one. Whether a party comes to
    talks is one matter per country: a person the extractor knew only by name counts for the country the
    corpus affiliates them with ("Will Y return to the table?" with "Will Ruritania attend the talks?")."""
    if not q.matter:
        return (q.family, q.question)
    if q.matter[0] == "attend" and len(q.matter) == 2:
        a = index.actor_of(q.actor)
        if a is not None and a.affiliation and q.matter[1] in {n.lower() for n in (a.name, *a.aliases)}:
            return ("attend", a.affiliation.lower())
    if q.matter[0] in {"whether", "proposal"} and len(q.matter) > 2 and q.matter[1] != "pair":
        party = _party_of(q, index)  # a pair's step is both parties'; a proposal is its proposer's, however named
        if party:
            return (q.matter[0], party, *q.matter[2:])
    return _folded_matter(tuple(q.matter))


MATTER_MARKS = {"when", "whether", "pair"}  # the kind of a yes/no or "when" question, and a step of both parties
# together (extract.questions._pair_matter), not what it is about


def _folded_matter(matter: tuple) -> tuple:
    """Rule ``question.matter_fold``: a matter made only of one fold's noun and one of its verbs (after "when" or
    "whether") is that fold's matter (``matter_folds`` in the lexicon): "When will talks resume?" and "Will another
    round of talks take place?" ask one thing. Any other matter is its own."""
    words_of = [w for w in matter if w not in MATTER_MARKS]
    if len(words_of) != 2:
        return matter
    for name, fold in section("matter_folds").items():
        nouns, verbs = set(fold.get("nouns", [])), set(fold.get("verbs", []))
        if set(words_of) & nouns and set(words_of) & verbs:
            return ("fold", name)
    return matter


def _party_of(q, index: ActorIndex) -> str | None:
    """The actor a yes/no question's subject (or a proposal's proposer) names, by id, when its matter's party is one
    of that actor's names ("Washington" and "the United States", names of one actor): "Will Washington lift the
    tariff?" and "Will the United States lift the tariff?" are one matter, and so are "Kral's proposal" and
    "Jan Kral's invitation"."""
    a = index.actor_of(q.party or q.actor)
    if a is None:
        return None
    keys = {" ".join(sorted(set(n.lower().split()) - {"the"})) for n in (a.name, *a.aliases)}
    return f"actor:{a.id}" if q.matter[1] in keys | {n.lower() for n in (a.name, *a.aliases)} else None


def _wording_first(q) -> tuple:
    """Which wording of a matter the group shows: the shortest (the parent of its micro-questions), then
    the first in alphabetical order, so that the choice does not depend on the order of the articles."""
    return len(q.question), q.question


def _groups(frame: Frame, index: ActorIndex) -> dict[tuple, dict]:
    groups: dict[tuple, dict] = {}
    held: set[tuple] = set()  # (group key, citation, actor id): one position each, a set look-up not a list scan
    cited: set[tuple] = set()  # (group key, citation)
    for f in frame.facts:
        for q in f.questions:
            gk = _group_key(q, index)
            grp = groups.setdefault(gk, {"question": q.question, "positions": [], "citations": [],
                                         "topic": q.topic, "family": q.family, "asked_as": [], "matter": gk})
            a = index.actor_of(q.actor)
            cit = frame.cite(f, q.sentence)
            grp["asked_as"].append((cit.source, q))
            stance = q.stance if not q.answer else f"{q.answer}: {q.stance}"
            if (gk, cit, a.id if a else None) not in held:
                held.add((gk, cit, a.id if a else None))
                grp["positions"].append(Position(a.id if a else None, stance, cit, frame.reported_day(f),
                                                 q.holder_rule if a else ""))
            if (gk, cit) not in cited:
                cited.add((gk, cit))
                grp["citations"].append(cit)
    return groups


def _venue_groups(venues: list[Venue], track_of: dict[str, str]) -> dict[str | None, dict]:
    """Where to meet, one question per track: every venue someone proposed, offered or rejected there,
    with each report as a position."""
    out: dict[str | None, dict] = {}
    cited: set[tuple] = set()  # (track, citation)
    for v in venues:
        if not set(v.statuses) & {"proposed", "offered", "rejected"}:
            continue
        for h in v.history:
            if h["status"] not in {"proposed", "offered", "rejected", "planned"}:
                continue
            track = track_of.get(h["citation"].source)
            grp = out.setdefault(track, {"question": "", "positions": [], "citations": [], "meetings": [],
                                         "topic": ("venue",), "family": "venue", "venues": set(),
                                         "rules": ["question.venue_statuses"]})
            if h.get("meeting"):
                grp["meetings"].append(h["meeting"])
            rule = f"{VENUE_HOLDER}:{h.get('evidence') or h['status']}" if h["actor"] else ARTICLE_VOICE
            grp["positions"].append(Position(h["actor"], f"{v.name}: {h['status']}", h["citation"], h.get("date"), rule))
            grp["venues"].add(v.id)
            if (track, h["citation"]) not in cited:
                cited.add((track, h["citation"]))
                grp["citations"].append(h["citation"])
    for grp in out.values():
        grp["question"] = _venue_question(grp.pop("meetings"))
    return out


def _venue_question(meetings: list[str]) -> str:
    """Where to meet, worded from the gathering the track's reports put at its venues (rule
    ``venue.meeting_phrase``): the one they name most often, the longer name on a tie ("Where will the trilateral
    summit be held?"); the template ``venue_any`` when no report names one."""
    if not meetings:
        return fill("venue_any")
    count: dict[str, int] = defaultdict(int)
    for m in meetings:
        count[m] += 1
    question = fill("venue", issue=min(count, key=lambda m: (-count[m], -len(m), m)))
    return question if passes_gate(question) else fill("venue_any")


def _by_track(groups: dict[tuple, dict], track_of: dict[str, str]) -> dict[tuple, dict]:
    """Each group split by the track of the article each finding comes from: one question per matter per track."""
    out: dict[tuple, dict] = {}
    cited: set[tuple] = set()  # (track, group key, citation)
    for key, g in groups.items():
        for pos in g["positions"]:
            track = track_of.get(pos.citation.source)
            part = out.setdefault((track, key), {**g, "positions": [], "citations": [], "track": track})
            part["positions"].append(pos)
            if (track, key, pos.citation) not in cited:
                cited.add((track, key, pos.citation))
                part["citations"].append(pos.citation)
        asked: dict[str | None, list] = defaultdict(list)
        for source, q in g["asked_as"]:
            asked[track_of.get(source)].append(q)
        for track, qs in asked.items():
            _word(out[(track, key)], qs)
    return out


def _word(part: dict, asked: list) -> None:
    """A question is worded from its own track's findings (the first by :func:`_wording_first`), never from
    another track's: "Will X travel to A?" in one story and "to B" in another share a matter key, not a place."""
    q = min(asked, key=_wording_first)
    part.update(question=q.question, topic=q.topic, family=q.family, rules=sorted({x.evidence for x in asked if x.evidence}))
    part.pop("asked_as", None)


def _where_to_meet(matter: tuple) -> bool:
    return matter[:1] == ("where",) and (matter[1:2] == ("talk",) or
                                          (len(matter) > 2 and matter[2] in words("answers", "meeting_verbs")))


def _fold_where(groups: dict[tuple, dict]) -> None:
    """"Where will the talks be held?" asks what the track's venue question asks: its findings become
    positions of that question: one question on where to meet per track. With no venue question in the track, the
    "where" questions on a meeting fold into the one worded shortest (rule ``question.where_fold``: "Where will the
    talks be held?" and "Where will the negotiations be held after the announcement?" ask one thing)."""
    asked: dict[object, list[tuple]] = defaultdict(list)
    for key in groups:
        if key[1] and _where_to_meet(key[1]):
            asked[key[0]].append(key)
    for track, keys in asked.items():
        into = groups.get((track, ("venue",)))
        if into is None and len(keys) > 1:
            first = min(keys, key=lambda k: (len(groups[k]["question"]), groups[k]["question"]))
            keys, into = [k for k in keys if k != first], groups[first]
            into["rules"] = sorted(set(into.get("rules") or []) | {"question.where_fold"})
        for key in keys if into is not None else []:
            _fold_into(into, groups.pop(key))


def _fold_into(into: dict, grp: dict) -> None:
    """The findings of ``grp`` become positions and citations of ``into``, with the rules that asked them."""
    into["rules"] = sorted(set(into.get("rules") or []) | set(grp.get("rules") or []))
    into["positions"].extend(grp["positions"])
    into["citations"].extend(c for c in grp["citations"] if c not in into["citations"])


def _holder_roles(frame: Frame, actors: ActorIndex) -> dict[tuple, set[str]]:
    """(citation, actor id) → the grammatical roles the finding's actor has in its sentence."""
    out: dict[tuple, set[str]] = defaultdict(set)
    for f in frame.facts:
        for q in f.questions:
            a = actors.actor_of(q.actor)
            if a is not None:
                out[(frame.cite(f, q.sentence), a.id)].add((q.actor.dep or "").split(":")[0])
    return out


def _mark_positions(grp: dict, frame: Frame, roles: dict[tuple, set[str]]) -> None:
    """Each position names who holds it: the actor of a finding only when it is the subject (or the
    possessor, "X's offer") of its sentence's statement, never a name the sentence merely mentions ("talks
    between X and Y"); otherwise the position is the article's own voice. In order of date, once each."""
    holder_deps = words("positions", "holder_deps")
    kept, seen = [], set()
    for p in grp["positions"]:
        if not p.evidence and p.actor and not roles.get((p.citation, p.actor), set()) & holder_deps:
            p.actor, p.evidence = None, NOT_A_HOLDER
        if not p.evidence:
            p.evidence = FINDING_HOLDER if p.actor else ARTICLE_VOICE
        if (p.citation, p.actor, p.stance) not in seen:
            seen.add((p.citation, p.actor, p.stance))
            kept.append(p)
    grp["positions"] = sorted(kept, key=lambda p: (p.date or "", frame.cite_key(p.citation)))
    grp["citations"].sort(key=frame.cite_key)


def _neg_date(date: str) -> str:
    """Sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010ffff"


def _actors_at(actors: ActorIndex) -> dict[Citation, set[str]]:
    out: dict[Citation, set[str]] = defaultdict(set)
    for a in actors.actors:
        for c in a.mentions:
            out[c].add(a.id)
    return out


def _question(g: dict, taken: Ids) -> Question:
    q = Question(id=taken.unique(slugify(g["question"], "question")[:60].strip("-")),
                 question=g["question"], positions=g["positions"], citations=g["citations"],
                 topic=" ".join(g["topic"]), track=g["track"], see_also=g["see_also"])
    q.evidence["asked_by"] = list(g.get("rules") or [])
    if g["answer"] is not None:
        q.status, (q.answer, q.answer_citation, rule) = "resolved", g["answer"]
        q.evidence["answer"] = rule
    return q


def reconcile_questions(frame: Frame, actors: ActorIndex, venues: list[Venue], events: list[Event],
                        tracks: list[Track] | None = None) -> list[Question]:
    tracks = tracks or []
    track_of = {s: t.id for t in tracks for s in t.sources}
    groups = _by_track(_groups(frame, actors), track_of)
    for track, grp in _venue_groups(venues, track_of).items():
        groups[(track, ("venue",))] = {**grp, "track": track}
    _fold_where(groups)
    index, roles = _Answers(events, venues, _actors_at(actors), actors.kinds()), _holder_roles(frame, actors)
    for g in groups.values():
        _mark_positions(g, frame, roles)
        dates = [p.date for p in g["positions"] if p.date]
        g["asked"] = max(dates) if dates else ""
        g["answer"], g["see_also"] = _answer(g, index)
    # by track (in the tracks' order); open before resolved; then the most contested (distinct actors), the most recent
    rank = {t.id: k for k, t in enumerate(tracks)}
    ranked = sorted(groups.values(), key=lambda g: (rank.get(g["track"], len(rank)), g["answer"] is not None,
                                                    -len({p.actor for p in g["positions"] if p.actor}),
                                                    _neg_date(g["asked"]), g["question"]))
    taken = Ids()
    return [_question(g, taken) for g in ranked]
