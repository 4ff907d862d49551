"""The word lists every extraction rule reads, from one data file (``generator/data/lexicon.yml``).

One list per word class (speech verbs, meeting nouns, proposal nouns, …). A rule asks for a list by
name: ``words("speech_verbs")``; a name that is not in the file is an error, not an empty list.
"""
from __future__ import annotations

from functools import lru_cache

from .gazetteer import DATA, load_data

LEXICON = "lexicon.yml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Every list of the lexicon, as frozen sets of lower-case words."""
    raw = load_data(LEXICON) or {}
    out = {}
    for name, items in raw.items():
        if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
            raise ValueError(f"{DATA / LEXICON}: list {name!r} must be a list of words")
        out[name] = frozenset(w.lower() for w in items)
    return out


def words(name: str) -> frozenset[str]:
    """The words of list ``name``; a KeyError names the file when the list is missing."""
    try:
        return lexicon()[name]
    except KeyError:
        raise KeyError(f"{DATA / LEXICON} has no list {name!r}") from None
