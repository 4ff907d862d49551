"""The word lists every rule reads, from one data file (``generator/data/lexicon.yml``) a user can extend.

Top-level lists hold one word class each (speech verbs, meeting nouns, proposal nouns, …), read by the
extraction rules as ``words("speech_verbs")``. A few parts of the generator keep a section of their own
(``reconcile:`` for merging across articles, ``event_types:`` for typing events), read as
``words("reconcile", "round_words")`` or ``section("event_types")``. A name that is not in the file is an
error naming the file, never an empty list.
"""
from __future__ import annotations

from functools import lru_cache

from .gazetteer import DATA, load_data

LEXICON = "lexicon.yml"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The whole lexicon as parsed: top-level lists of words, and sections (mappings)."""
    raw = load_data(LEXICON) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{DATA / LEXICON}: the lexicon must be a mapping of lists and sections")
    for name, items in raw.items():
        if isinstance(items, list) and not all(isinstance(w, str) for w in items):
            raise ValueError(f"{DATA / LEXICON}: list {name!r} must be a list of words (quote yes/no/on/off)")
        if not isinstance(items, (list, dict)):
            raise ValueError(f"{DATA / LEXICON}: {name!r} must be a list of words or a section")
    return raw


def section(name: str) -> dict:
    """One section (a mapping) of the lexicon; an empty one when the file has none of that name."""
    found = lexicon().get(name)
    return found if isinstance(found, dict) else {}


@lru_cache(maxsize=None)
def words(name: str, list_name: str | None = None) -> frozenset[str]:
    """A top-level list (``words("speech_verbs")``) or a section's list (``words("reconcile", "round_words")``),
    as lower-case words; a missing list is a KeyError naming the file."""
    found = lexicon().get(name) if list_name is None else section(name).get(list_name)
    if not isinstance(found, list):
        where = repr(name) if list_name is None else f"{list_name!r} under '{name}:'"
        raise KeyError(f"{DATA / LEXICON} has no list {where}")
    return frozenset(str(w).lower() for w in found)


def speech_form(word: str) -> bool:
    """Is ``word`` a form of a speech or posting verb ("said", "adds", "stated", "replying"), read from the bare
    text, with no parse (``speech_verbs``, ``posting_verbs``, ``irregular_speech_forms``)?"""
    w = word.lower()
    stems = {w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-3] + "y", w[:-2] + "y"}
    return w in words("irregular_speech_forms") or bool(stems & (words("speech_verbs") | words("posting_verbs")))

