"""Extraction: one parsed article → the facts it states (plain records, not yet merged).

``extract_article`` runs the four extractors (entities, venues, dated events, open questions)
and the quote finder over one spaCy ``Doc``; :mod:`generator.reconcile` merges the results of
all articles into one briefing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..analyse import sentence_index
from ..model import Article
from .clauses import SPEECH
from .entities import EntityFacts, Mention, extract_entities
from .events import RawEvent, extract_events
from .outlets import mark_outlets
from .questions import RawQuestion, extract_questions
from .venues import VenueMention, extract_venues

QUOTE = re.compile(r"[“\"]([^“”\"]{12,600})[”\"]")


@dataclass
class RawQuote:
    speaker: Mention
    text: str
    sentence: str


@dataclass
class ArticleFacts:
    article: Article
    entities: EntityFacts
    venues: list[VenueMention] = field(default_factory=list)
    events: list[RawEvent] = field(default_factory=list)
    questions: list[RawQuestion] = field(default_factory=list)
    quotes: list[RawQuote] = field(default_factory=list)


def extract_quotes(doc, facts: EntityFacts, sid: dict[int, str]) -> list[RawQuote]:
    """Direct quotes of four words or more, attributed to the subject of the nearest speech verb."""
    out = []
    for m in QUOTE.finditer(doc.text):
        text = m[1].strip()
        if len(text.split()) < 4:
            continue  # scare quotes ("no point") are not statements
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        inside = set(range(span.start, span.end))
        # the quoted words without the quote marks (a closing mark often hangs from the main verb)
        words = doc.char_span(m.start(1), m.end(1), alignment_mode="expand") or span
        sents = [s for s in doc.sents if s.start < span.end and s.end > span.start]
        speaker = None
        # the speech verb whose clause holds the quote ("“…,” X said", "X said: “…”"); a quote inside
        # some other verb's clause ("rejected it as “too little”") is nobody's statement
        for sent in sents:
            for tok in sent:
                if tok.i in inside or tok.lemma_ not in SPEECH:
                    continue
                if not inside & {t.i for t in tok.subtree} or _owned_by_other_clause(doc, words, tok):
                    continue
                sub = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if sub is not None:
                    speaker = next((x for x in facts.mentions if x.start <= sub.i < x.end), None) or facts.pronouns.get(sub.i)
                if speaker is not None:
                    break
            if speaker is not None:
                break
        if speaker is not None and speaker.label in {"person", "organization", "country"}:
            out.append(RawQuote(speaker, text, sid.get(span.start, "s1")))
    return out


def _owned_by_other_clause(doc, span, speech_verb) -> bool:
    """Is the quote the object of some other verb between it and the speech verb
    ("… said X, but Y rejected it as “too little, too late”")?"""
    tok = span.root
    for _ in range(12):
        if tok.i == speech_verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == speech_verb.i:
            return False
        if not (span.start <= tok.i < span.end) and tok.pos_ == "VERB" and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            return True
    return False


def latest_stated_day(doc, year_hint: int | None) -> dt.date | None:
    """For an article with no date: the latest calendar day its text names (with the corpus's year)."""
    from .dates import resolve
    from .events import date_spans

    days = []
    for span in date_spans(doc):
        when = resolve(span.text, None, None, None, deictic_ok=False, year_hint=year_hint)
        if when is not None and when.precision == "day":
            days.append(when.day)
    return max(days) if days else None


def extract_article(article: Article, doc, year_hint: int | None) -> ArticleFacts:
    sid = sentence_index(doc)
    entities = extract_entities(doc, dateline=article.dateline)
    mark_outlets(article, entities)
    if article.published:
        ref = dt.date.fromisoformat(article.published)
        deictic_ok = True
        article.reference_date = article.published
    else:
        ref = latest_stated_day(doc, year_hint)
        deictic_ok = False
        if ref is not None:
            article.reference_date = ref.isoformat()
            article.reference_note = (f"No publication date: dates are read against {ref.isoformat()}, the latest day "
                                      f"the article names, with the year taken from the other articles.")
        else:
            article.reference_note = "No publication date: only dates with a year are placed on the timeline."
    facts = ArticleFacts(article, entities)
    facts.venues = extract_venues(doc, entities, sid)
    facts.events = extract_events(doc, entities, sid, ref, deictic_ok, year_hint, facts.venues)
    facts.questions = extract_questions(doc, entities, sid)
    facts.quotes = extract_quotes(doc, entities, sid)
    return facts
