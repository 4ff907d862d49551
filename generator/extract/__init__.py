"""Extraction: one parsed article → the facts it states (plain records, not yet merged).

``extract_article`` runs the four extractors (entities, venues, dated events, open questions)
and the quote finder (:mod:`.quotes`) over one spaCy ``Doc``; :mod:`generator.reconcile` merges the results of
all articles into one briefing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..analyse import sentence_index
from ..model import Article
from .entities import EntityFacts, Mention, extract_entities
from .dates import year_from_dateline
from .events import RawEvent, extract_events
from .outlets import mark_authors, mark_outlets
from .questions import RawQuestion, extract_questions
from .quotes import RawQuote, extract_quotes
from .venues import VenueMention, extract_venues

@dataclass
class ArticleFacts:
    article: Article
    entities: EntityFacts
    venues: list[VenueMention] = field(default_factory=list)
    events: list[RawEvent] = field(default_factory=list)
    questions: list[RawQuestion] = field(default_factory=list)
    quotes: list[RawQuote] = field(default_factory=list)
    # an undated article's reference day with its year printed (False: the year came from the other articles)
    reference_year_printed: bool = True


def latest_stated_day(doc, year_hint: int | None) -> dt.date | None:
    """For an article with no date: the latest calendar day its text names (with the corpus's year). A day a state
    has lasted since ("has been suspended since 3 March 2011", rule ``reference.since_day``) is background, long
    before the article as often as not: it names no day the article speaks from."""
    from .dates import resolve
    from .events import date_spans

    days, sure = [], []
    for span in date_spans(doc):
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "since":
            continue
        when = resolve(span.text, None, None, None, deictic_ok=False, year_hint=year_hint)
        if when is not None and when.precision == "day":
            days.append(when.day)
            if re.search(r"\b(19|20)\d{2}\b", span.text) or _weekday_and_day(span.text):
                sure.append(when.day)
    # rule reference.sure_day: a day whose year the text prints or its weekday fixes ("On Saturday, May 3") is surer than
    # a day that took the corpus's year ("on December 6", maybe the December before): the latest sure day, when the
    # article has one, is the day it speaks from
    return max(sure) if sure else max(days) if days else None


def _weekday_and_day(text: str) -> bool:
    """Does a date expression print a weekday and a day of a month ("Saturday, May 3")?"""
    from .dates import names_weekday
    return names_weekday(text) and bool(re.search(r"\d", text))


def far_dates(doc, sid: dict[int, str], ref: dt.date | None, deictic_ok: bool, year_hint: int | None) -> list[str]:
    """Notes for the date expressions that name a day the site cannot show; they are dropped."""
    from .dates import MAX_YEAR, MIN_YEAR, out_of_range
    from .events import date_spans

    return [f"the date “{span.text}” (sentence {sid.get(span.start, 's1')[1:]}) is outside the years the site can show "
            f"({MIN_YEAR} to {MAX_YEAR}): dropped"
            for span in date_spans(doc) if out_of_range(span.text, ref, deictic_ok, year_hint)]


def extract_article(article: Article, doc, year_hint: int | None) -> ArticleFacts:
    sid = sentence_index(doc)
    entities = extract_entities(doc, dateline=article.dateline)
    mark_outlets(article, entities)
    mark_authors(article, entities)
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
    article.notes = [n for n in article.notes if not n.startswith("the date “")] + far_dates(doc, sid, ref, deictic_ok, year_hint)
    facts = ArticleFacts(article, entities)
    if not article.published and ref is not None:
        facts.reference_year_printed = latest_stated_day(doc, None) == ref
    facts.venues = extract_venues(doc, entities, sid)
    facts.events = extract_events(doc, entities, sid, ref, deictic_ok, year_hint, facts.venues, article.dateline,
                                  year_sure=not year_from_dateline(article))
    facts.questions = extract_questions(doc, entities, sid)
    posts = [(f["post_of"], f["author"]) for f in article.furniture if f.get("author") and f.get("post_of") is not None]
    facts.quotes = extract_quotes(doc, entities, sid, posts)
    return facts
