"""The lexicon: word lists the rules use, kept in ``generator/data/lexicon.yml`` so a user can extend them.

``words(section, name)`` gives one list as a frozen set of lower-case words (or stems); each
section belongs to one part of the generator (``reconcile:`` for merging across articles,
``event_types:`` for typing events by the word that governs them).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

LEXICON = Path(__file__).resolve().parent / "data" / "lexicon.yml"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The whole lexicon file, parsed once."""
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{LEXICON}: the lexicon must be a mapping of sections")
    return data


def section(name: str) -> dict:
    return lexicon().get(name) or {}


def words(section_name: str, name: str) -> frozenset[str]:
    """One word list of a section, lower-cased; a missing list is an error naming the file and the list."""
    found = section(section_name).get(name)
    if found is None:
        raise KeyError(f"{LEXICON}: no list '{name}' under '{section_name}:'")
    return frozenset(str(w).lower() for w in found)
