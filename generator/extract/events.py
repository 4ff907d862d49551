"""Dated events: every date expression in a sentence, resolved, with the clause it dates."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .clauses import FUTURE_LEMMAS, SPEECH, clause, clause_tokens, governor, span_text, subject, tense
from .dates import When, resolve
from .entities import EntityFacts, Mention


PROPOSING = FUTURE_LEMMAS | {"set", "fix", "name", "pick", "choose", "offer"}


@dataclass
class RawEvent:
    when: When | None
    expression: str
    summary: str
    sentence: str
    status: str  # happened | planned
    actors: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    verb: str = ""
    sentence_text: str = ""
    year_inferred: bool = False


def date_spans(doc):
    """DATE entities plus bare years the model called numbers ("the failed 1998 Oslo deal")."""
    spans = [e for e in doc.ents if e.label_ == "DATE"]
    covered = {i for e in spans for i in range(e.start, e.end)}
    for tok in doc:
        if tok.i not in covered and re.fullmatch(r"(19|20)\d{2}", tok.text) and tok.ent_type_ in {"CARDINAL", ""}:
            if tok.dep_ in {"nummod", "compound", "amod", "pobj", "npadvmod", "nmod"} and not tok.nbor(-1 if tok.i else 0).like_num:
                spans.append(doc[tok.i:tok.i + 1])
    return sorted(spans, key=lambda s: s.start)


def _mentions_in(tokens: set[int], facts: EntityFacts) -> list[Mention]:
    return [m for m in facts.mentions if m.start in tokens]


MEETING_REFS = {"meeting", "talk", "round", "summit", "negotiation"}


def _referred_venue(head, clause_toks: set[int], venue_mentions) -> list[Mention]:
    """"the meeting planned for Thursday": a definite meeting with no place of its own is the one
    at the venue the article has named most so far."""
    doc = head.doc
    for i in sorted(clause_toks):
        tok = doc[i]
        if tok.lemma_.lower() in MEETING_REFS and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"}
                                                        for c in tok.children):
            before = [v.mention for v in venue_mentions or [] if v.mention.start < min(clause_toks)]
            if not before:
                return []
            # the place the article has talked about most so far (the latest of those on a tie)
            counts = {}
            for k, m in enumerate(before):
                counts[m.place.name] = (counts.get(m.place.name, (0, 0))[0] + 1, k)
            best = max(counts, key=lambda name: counts[name])
            return [next(m for m in reversed(before) if m.place.name == best)]
    return []


def extract_events(doc, facts: EntityFacts, sid: dict[int, str], ref: dt.date | None, deictic_ok: bool,
                   year_hint: int | None, venue_mentions=None) -> list[RawEvent]:
    events: list[RawEvent] = []
    seen_heads: set[int] = set()
    last_anchor: dt.date | None = None
    sents = list(doc.sents)
    sent_pos = {s.start: k for k, s in enumerate(sents)}
    spans = date_spans(doc)
    for span in spans:
        head = governor(span.root)
        if head.dep_ in {"relcl", "xcomp"} and head.head.i != head.i:
            head = governor(head.head)  # "He was the one that introduced …": the main clause says who
        t = tense(head)
        if span.root.dep_ in {"dobj", "npadvmod"} and span.root.head.lemma_ in PROPOSING:
            t = None  # "proposed June 2 for a second round": a proposed date, not a past one
        if head.dep_ == "acl" and head.head.i != head.i:
            # "the meeting planned for Thursday": dated by the participle, told by the clause around the noun
            head = governor(head.head)
        when = resolve(span.text, ref, t, last_anchor, deictic_ok, year_hint)
        if when is not None and when.precision == "day":
            last_anchor = when.day
        if head.i in seen_heads:
            continue
        seen_heads.add(head.i)
        sent = span.sent
        sub = subject(head)
        keep = {x.i for x in span}
        summary = clause(head, keep=keep)
        clause_toks = {t_.i for t_ in clause_tokens(head, keep)}
        # a reporting verb with nothing reported: what it reports is the sentence before
        content = [c for c in head.children if c.dep_ in {"ccomp", "dobj", "xcomp"}
                   and not (c.lemma_ == "report" and c.i > span.end)]  # "…, the Daily Post reports": attribution
        if head.lemma_ in SPEECH and not content:
            k = sent_pos.get(sent.start, 0)
            if k > 0:
                prev = sents[k - 1]
                said = re.sub(r",?(?<!\s)\s*\w[\w ]{0,30} reports?$", "", summary.rstrip("."))
                summary = f"{said}: {span_text([x for x in prev if not x.is_space]).rstrip('.')}"
                clause_toks |= {x.i for x in prev}
        actors = [m for m in _mentions_in(clause_toks, facts)
                  if m.label == "person" or (m.label in {"organization", "country", "group", "place"} and m.agentive)]
        if sub is not None and sub.i in facts.pronouns:
            target = facts.pronouns[sub.i]
            if target not in actors:
                actors.insert(0, target)
            if summary.lower().startswith(sub.lower_ + " "):
                summary = target.text + summary[len(sub.text):]
            else:
                summary = re.sub(rf"(^|,\s|\s){re.escape(sub.text)}\s", lambda m_, name=target.text: f"{m_[1]}{name} ",
                                 summary, count=1)
        places = [m for m in facts.mentions if m.start in clause_toks and m.place is not None]
        if not places:
            places = _referred_venue(head, clause_toks, venue_mentions)
        ahead = (when is not None and ref is not None and deictic_ok and when.day > ref) or \
            re.search(r"\b(later this|next|coming|upcoming|tomorrow)\b", span.text, re.I)
        status = "planned" if t == "future" or ahead or head.lemma_ in {"plan", "schedule"} or \
            any(x.lemma_ in {"plan", "schedule"} and x.dep_ == "acl" for x in span.root.ancestors) else "happened"
        inferred = not deictic_ok and when is not None and not re.search(r"\b(19|20)\d{2}\b", span.text)
        events.append(RawEvent(when, span.text, summary, sid.get(span.start, "s1"), status, actors, places,
                               head.lemma_, sent.text.strip(), inferred))
    return events
