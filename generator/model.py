"""The one data model every stage shares, and its JSON form (schema ``briefing/1``).

Stages pass these plain dataclasses along: readers make :class:`Article`, the
analysis splits it into :class:`Sentence`, extraction and reconciliation fill a
:class:`Briefing`, and the writers (JSON export, page templates) only read it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "briefing/1"

VENUE_STATUSES = ("held", "planned", "proposed", "offered", "rejected", "postponed", "cancelled")


@dataclass(frozen=True, order=True)
class Citation:
    """Where a fact comes from: a source id and a sentence id inside it."""

    source: str
    sentence: str

    def as_dict(self) -> dict[str, str]:
        return {"source": self.source, "sentence": self.sentence}


@dataclass
class Sentence:
    id: str  # "s1", "s2", ... in reading order; stable for the same text
    text: str
    paragraph: int  # index of the paragraph it belongs to


@dataclass
class Article:
    """One cleaned article, as the readers give it."""

    id: str  # slug of the file name, stable across runs
    path: str  # path as given (relative to the seeds folder's parent when possible)
    title: str
    outlet: str | None
    published: str | None  # YYYY-MM-DD, never guessed from the clock
    url: str | None
    paragraphs: list[str]
    sentences: list[Sentence] = field(default_factory=list)
    cited_outlets: list[str] = field(default_factory=list)  # agencies the text cites ("the agency reported")
    reference_date: str | None = None  # date used to resolve relative dates (published, or inferred)
    reference_note: str | None = None  # why the reference date is what it is, when not published
    dateline: str | None = None  # the place a dateline names ("PORT ASTER, Ruritania"), if any
    notes: list[str] = field(default_factory=list)  # what was dropped and why, shown on the source page
    furniture: list[dict] = field(default_factory=list)  # lines removed as page furniture: {text, reason}
    agencies: list[str] = field(default_factory=list)  # agencies the dateline names ("BSS/AFP"): outlets, not actors
    dateline_day: str | None = None  # "MM-DD" of a dateline that prints no year (the year comes later)
    dateline_weekday: bool = False  # that year is the one the lead's weekday puts the day on (published.settle_undated)
    date_options: list[str] = field(default_factory=list)  # the days a numeric stamp can be ("04-12-2025": two)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Quote:
    text: str
    citation: Citation
    evidence: dict[str, str] = field(default_factory=dict)  # "speaker" → the rule that attributed it


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    mentions: list[Citation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # "role", "affiliation" → the rule that gave it


@dataclass
class Venue:
    id: str
    name: str
    kind: str  # city, country, region, building, event
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    mentions: list[Citation] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    history: list[dict[str, Any]] = field(default_factory=list)  # [{status, actor, citation, date, evidence, meeting}]
    track: str | None = None  # the track most of its mentions belong to
    evidence: dict[str, str] = field(default_factory=dict)  # "merge" → the rules that folded other places into it

    def current(self) -> dict[str, Any] | None:
        """The latest report of a status: the history entry with the latest report date (the last one
        in reading order among those of that date); None when no article gives a status."""
        dated = [(h.get("date") or "", k) for k, h in enumerate(self.history)]
        return self.history[max(dated)[1]] if dated else None

    def history_by_date(self) -> list[dict[str, Any]]:
        """The history in the order of the reports' dates (undated reports first, reading order within a day)."""
        return [h for _, _, h in sorted((h.get("date") or "", k, h) for k, h in enumerate(self.history))]


@dataclass
class Event:
    id: str
    date: str | None
    precision: str | None
    approximate: bool
    summary: str
    actors: list[str] = field(default_factory=list)
    venues: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    status: str = "happened"  # happened | planned | cancelled | postponed
    sentence: str = ""  # the full sentence the summary was taken from
    year_inferred: bool = False  # the year comes from the rest of the corpus (undated article)
    type: str = "other"  # meeting, call, statement, proposal, cancellation, agreement, sanction, attack, visit, vote, other (lexicon event_types)
    evidence: dict[str, Any] = field(default_factory=dict)  # "type"/"status" → rule; "merges" → [{citation, rule}]
    track: str | None = None  # the negotiation track (see kinds/tracks.py) its reports belong to


@dataclass
class Position:
    actor: str | None  # actor id; None: the article's own voice
    stance: str
    citation: Citation
    date: str | None = None
    evidence: str = ""  # the rule that named the holder (or found the article's own voice)


@dataclass
class Track:
    """A negotiation track or story: the articles, events and questions that share parties, venues and period."""

    id: str
    name: str
    parties: list[str] = field(default_factory=list)  # actor ids, most central first
    venues: list[str] = field(default_factory=list)  # venue ids, most mentioned first
    sources: list[str] = field(default_factory=list)  # source ids, in corpus order
    first: str | None = None  # the period it covers: first report date …
    last: str | None = None  # … and last report date
    latest: str | None = None  # id of the latest event that happened
    next: str | None = None  # id of the soonest planned event
    evidence: str = ""  # the rule that formed it


@dataclass
class Question:
    id: str
    question: str
    positions: list[Position] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    topic: str = ""
    status: str = "open"  # open | resolved
    answer: str | None = None  # how a later report settled it
    answer_citation: Citation | None = None
    track: str | None = None
    see_also: list[str] = field(default_factory=list)  # ids of later related events that do not answer it
    evidence: dict[str, Any] = field(default_factory=dict)  # "asked_by" → the rules that asked it; "answer" → the rule that settled it


@dataclass
class Briefing:
    sources: list[Article]
    actors: list[Actor]
    venues: list[Venue]
    events: list[Event]
    questions: list[Question]
    outlets: list[dict[str, Any]] = field(default_factory=list)
    tracks: list[Track] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The export, schema ``briefing/1`` (documented in docs/schema.md)."""
        return {"schema": SCHEMA, **{key: [item(x) for x in getattr(self, key)] for key, item in JSON_LISTS}}


def _source_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published,
        "path": a.path,
        "url": a.url,
        "reference_date": a.reference_date,
        "dateline": a.dateline,
        "cited_outlets": list(a.cited_outlets),
        "sentences": len(a.sentences),
    }


def _actor_json(x: Actor) -> dict[str, Any]:
    return {
        "id": x.id,
        "name": x.name,
        "kind": x.kind,
        "aliases": list(x.aliases),
        "roles": list(x.roles),
        "affiliation": x.affiliation,
        "mentions": [c.as_dict() for c in x.mentions],
        "quotes": [{"text": q.text, "citation": q.citation.as_dict(), "evidence": dict(q.evidence)} for q in x.quotes],
        "evidence": dict(x.evidence),
    }


def _question_json(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "question": q.question,
        "track": q.track,
        "positions": [
            {"actor": p.actor, "voice": "actor" if p.actor else "article", "stance": p.stance, "date": p.date,
             "citation": p.citation.as_dict(), "evidence": p.evidence or None}
            for p in q.positions
        ],
        "citations": [c.as_dict() for c in q.citations],
        "evidence": {"asked_by": list(q.evidence.get("asked_by") or [])},
        "status": q.status,
        "answer": None if q.answer is None else {
            "text": q.answer, "citation": q.answer_citation.as_dict() if q.answer_citation else None,
            "evidence": q.evidence.get("answer")},
        "see_also": list(q.see_also),
    }


def _track_json(t: Track) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "parties": list(t.parties),
        "venues": list(t.venues),
        "sources": list(t.sources),
        "period": {"from": t.first, "to": t.last},
        "latest": t.latest,
        "next": t.next,
        "evidence": t.evidence,
    }


def _venue_json(v: Venue) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "kind": v.kind,
        "country": v.country,
        "aliases": list(v.aliases),
        "statuses": list(v.statuses),
        "mentions": [c.as_dict() for c in v.mentions],
        "coordinates": None if v.lat is None else [v.lat, v.lon],
        "history": [
            {"status": h["status"], "actor": h.get("actor"), "citation": h["citation"].as_dict(),
             "date": h.get("date"), "evidence": h.get("evidence"), **({"meeting": h["meeting"]} if h.get("meeting") else {})}
            for h in v.history_by_date()
        ],
        "current": _current(v),
        "track": v.track,
        "evidence": dict(v.evidence),
    }


def _event_json(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date,
        "precision": e.precision,
        "approximate": e.approximate,
        "status": e.status,
        "type": e.type,
        "year_inferred": e.year_inferred,
        "summary": e.summary,
        "actors": list(e.actors),
        "venues": list(e.venues),
        "citations": [c.as_dict() for c in e.citations],
        "evidence": _evidence_json(e.evidence),
        "track": e.track,
    }


def _current(v: Venue) -> dict[str, Any] | None:
    h = v.current()
    return None if h is None else {"status": h["status"], "date": h.get("date"), "citation": h["citation"].as_dict()}


def _evidence_json(evidence: dict[str, Any]) -> dict[str, Any]:
    """Evidence as JSON: rule names as they are, merges as [{citation, rule}]."""
    out = {k: (v.as_dict() if isinstance(v, Citation) else v) for k, v in evidence.items() if k != "merges"}
    if evidence.get("merges"):
        out["merges"] = [{"citation": m["citation"].as_dict(), "rule": m["rule"]} for m in evidence["merges"]]
    return out


# the lists of the export, in order: (key, the Briefing attribute it lists, the JSON of one of its items)
JSON_LISTS = (("sources", _source_json), ("actors", _actor_json), ("venues", _venue_json), ("events", _event_json),
              ("questions", _question_json), ("tracks", _track_json))
