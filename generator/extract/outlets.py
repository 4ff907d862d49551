"""Outlets, agencies and platforms are never actors.

A mention is an outlet when its name is the source's own ``outlet``, an agency its dateline names
("(BSS/AFP)", "/TASS/"), or one of the agencies, papers, broadcasters and platforms listed in
``generator/data/outlets.yml`` (a user extends that list). Such a mention is relabelled
``outlet``, so reconciliation keeps it among the outlets and never makes it an actor; the
agencies of the dateline join the source's ``cited_outlets``. Bylines and photo credits are
removed from the text as page furniture (:mod:`generator.furniture`) before spaCy sees it; a person
the byline names, mentioned again in the text (an author's note), is the author, never an actor
(:func:`mark_authors`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import load_data
from ..text import key


@lru_cache(maxsize=1)
def known_outlets() -> frozenset[str]:
    data = load_data("outlets.yml")
    return frozenset(key(n) for n in (data.get("agencies") or []) + (data.get("platforms") or []))


TRAILING = {"news", "agency", "service", "wire", "television", "tv", "radio", "channel", "website", "newspaper", "daily",
            "online"}


@lru_cache(maxsize=1)
def outlet_endings() -> frozenset[str]:
    """The last words of papers' and broadcasters' names ("… News", "… Times"): ``name_endings`` in outlets.yml."""
    return frozenset(key(n) for n in load_data("outlets.yml").get("name_endings") or [])


def _is_outlet(name: str, own: set[str]) -> bool:
    """"IRNA", "the IRNA news agency", "Reuters", the source's own outlet …"""
    words = key(name).split()
    while len(words) > 1 and words[-1] in TRAILING:
        words.pop()  # "IRNA news agency" → "irna"
    k = " ".join(words)
    return bool(k) and (k in own or k in known_outlets() or k.replace(" ", "") in own)


def _named_as_outlet(name: str) -> bool:
    """"Valley News", "Harbour Online News", "The Harbour Times": a name of two words or more that ends with the
    last word of a paper's name (``name_endings`` in outlets.yml)."""
    words = name.split()
    return len(words) > 1 and key(words[-1]) in outlet_endings() and words[0][:1].isupper()


@lru_cache(maxsize=1)
def domain_pattern():
    """A web address an outlet is named by: a word, a dot and an ending of ``domain_suffixes`` (outlets.yml), within
    word bounds; None when the list is empty."""
    suffixes = "|".join(sorted(re.escape(str(s)) for s in load_data("outlets.yml").get("domain_suffixes") or []))
    return re.compile(rf"(?<![\w.])[A-Za-z][A-Za-z0-9-]*\.(?:{suffixes})(?![\w.])", re.IGNORECASE) if suffixes else None


def web_address_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes an outlet's web address ("Zenda.Az"), as (start, end) offsets."""
    pattern = domain_pattern()
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def web_address_name(name: str) -> bool:
    """Rule ``entity.web_address_outlet``: "Caliber.Az", "Lenta.ru" — a name written as a web address (a word, a dot
    and an ending of ``domain_suffixes``) is an outlet's."""
    pattern = domain_pattern()
    return pattern is not None and bool(pattern.fullmatch(name.strip()))


def is_outlet_name(name: str) -> bool:
    """A name that is an outlet's whatever the article: a listed agency, paper or platform, a paper's name
    (:func:`_named_as_outlet`) or a web address (:func:`web_address_name`)."""
    return _is_outlet(name, set()) or _named_as_outlet(name) or web_address_name(name)


def defined_body(name: str, long_form: str | None) -> bool:
    """Rule ``entity.defined_body_not_outlet``: is ``name`` an acronym some article spells out as a body's
    (``long_form``), that neither it nor its long form makes an outlet's name? Then "according to X" cites that
    body, no paper."""
    return bool(long_form) and not is_outlet_name(name) and not is_outlet_name(long_form)


def _short_names(mentions) -> None:
    """Rule ``entity.outlet_short_name``: a one-word organisation name that is the last word of an outlet the same
    article names in full ("The Harbour Journal reported …" then "The Journal said …") is that outlet."""
    lasts = {key(m.text).split()[-1] for m in mentions if m.label == "outlet" and len(key(m.text).split()) > 1}
    for m in mentions:
        if m.label == "organization" and len(m.text.split()) == 1 and key(m.text) in lasts:
            m.label = "outlet"


AUTHOR_SEPARATORS = re.compile(r"\s*(?:[,/|&]|\s[–—-]\s|\band\b|\bwith\b)\s*", re.IGNORECASE)
BY = re.compile(r"^\W*by:?\s+", re.IGNORECASE)


def byline_authors(article) -> list[set[str]]:
    """The people a removed byline names, each as the set of their name's words: "By Jan Roe and Ilse Varnik, Harbour
    Journal" → {jan, roe}, {ilse, varnik}. A part of one word ("Staff"), of five or more, or naming an outlet is none."""
    from ..furniture import outlet_word

    found = []
    for line in (x.get("text") or "" for x in article.furniture if x.get("reason") == "byline"):
        for part in AUTHOR_SEPARATORS.split(BY.sub("", line.strip())):
            words = part.strip(" .").split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not is_outlet_name(part) \
                    and not any(outlet_word(w) for w in words):
                found.append(set(key(part).split()))
    return found


def mark_authors(article, entities) -> None:
    """Rule ``entity.byline_author``: a name whose words are all among those of a person the byline names ("by Jan
    Roe" … "Jan joined the paper in 2019") is the author's, never an actor. One word that another person of the
    article also bears ("Roe" beside "Eva Roe") stays theirs."""
    authors = byline_authors(article)
    if not authors:
        return
    named = [m for m in entities.mentions if m.label in {"person", "organization"}]
    def is_author(m) -> bool:
        return any(set(key(m.text).split()) <= a for a in authors)
    others = {w for m in named if not is_author(m) for w in key(m.text).split()}
    for m in named:
        words = key(m.text).split()
        if words and is_author(m) and not (len(words) == 1 and words[0] in others):
            m.label = "author"
            m.evidence["label"] = "entity.byline_author"


def mark_outlets(article, entities) -> None:
    """Relabel the mentions that name an outlet; the source's ``cited_outlets`` gain the dateline's agencies."""
    from .entities import outlet_name

    own = {key(n) for n in [article.outlet, *article.agencies] if n}
    for m in entities.mentions:
        if m.label in {"organization", "person", "outlet"} and _is_outlet(m.text, own):
            m.label = "outlet"
        elif m.label in {"organization", "person"} and web_address_name(m.text):
            m.label = "outlet"
        elif m.label == "organization" and _named_as_outlet(m.text):
            m.label = "outlet"
    found = {outlet_name(m.text) for m in entities.mentions if m.label == "outlet"}
    _short_names(entities.mentions)  # after: the full name is the outlet cited
    entities.outlets = sorted(set(entities.outlets) | found)
    article.cited_outlets = sorted({o for o in [*article.agencies, *entities.outlets] if o != article.outlet})
