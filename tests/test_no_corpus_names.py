"""No name from a corpus in the generator's code, comments or templates (a project rule).

The names are those of the committed reference annotations (``eval/real/*/gold.yml`` and any gold
under ``tests/fixtures/``): every actor and venue name, optional ones included, split into capitalised
words of four letters or more. General knowledge the user can edit (countries, months, titles, …)
lives in ``generator/data/*.yml``; a word found there is not a corpus name, nor is a plain English
word. None of the rest may appear as a word, in any case, in ``generator/**/*.py`` or
``templates/**/*.j2``: examples in docstrings use invented names ("Jan Kral", "Ruritania").
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[^\W\d_]+")

# Words of institution names that are ordinary English, not anyone's name.
PLAIN_ENGLISH = frozenset("""
    asian association atomic authority autonomous brotherhood catholic center centre community congress
    convention coordination corps detainees development dining energy export external extraordinary facilities free
    evening good governors guards hard health hook morning
    heights human humanitarian import islamic lakes leadership liberation majority media ministers monitoring
    ministries mother muslim oval power prisoners quad quartet real regional resistance revolutionary roman self
    strategic studies supervisory trade trilateral workers world
    delta factory index live local memo plant reserve zero meta ninth black writers nanny register shift
    floor super private golden rock ruling chain scale project life newsroom rail pool higher
""".split())

# Hits allowed for a while (path, word), exactly; empty: every example in the code uses invented names.
ALLOWED: frozenset[tuple[str, str]] = frozenset()


def _gold_files() -> list[Path]:
    """The committed annotations, and the shared corpora's when they stand beside the project."""
    shared = ROOT.parent / "shared"
    return sorted(ROOT.glob("eval/real/*/gold.yml")) + sorted(ROOT.glob("tests/fixtures/**/gold*.yml")) \
        + (sorted(shared.glob("**/*gold*.yml")) if shared.is_dir() else [])


def _names(gold: dict) -> list[str]:
    out: list[str] = []
    for key in ("actors", "venues"):
        for entry in gold.get(key) or []:
            out += [str(n) for n in entry.get("names") or []]
    for key in ("optional_actors", "optional_venues"):
        for entry in gold.get(key) or []:
            out += [str(n) for n in entry] if isinstance(entry, list) else [str(entry)]
    return out


def corpus_words() -> set[str]:
    """The capitalised name words of the corpora that no data file lists and English does not own."""
    words = set()
    for path in _gold_files():
        for name in _names(yaml.safe_load(path.read_text(encoding="utf-8")) or {}):
            words |= {w for w in WORD.findall(name) if w[0].isupper() and len(w) >= 4}
    known = set()
    for path in (ROOT / "generator" / "data").glob("*.yml"):
        known |= {w.lower() for w in WORD.findall(path.read_text(encoding="utf-8"))}
    return {w for w in words if w.lower() not in known and w.lower() not in PLAIN_ENGLISH}


def _code_files() -> list[Path]:
    return sorted((ROOT / "generator").rglob("*.py")) + sorted((ROOT / "templates").rglob("*.j2"))


def find_hits(words: set[str], files: list[Path] | None = None, root: Path = ROOT) -> list[tuple[str, int, str]]:
    """(path, line number, word) of each corpus word found as a whole word in code or a template."""
    if not words:
        return []
    pattern = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(map(re.escape, words))) + r")(?![^\W\d_])",
                         re.IGNORECASE)
    canon = {w.lower(): w for w in words}
    hits = []
    for path in _code_files() if files is None else files:
        rel = path.relative_to(root).as_posix()
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in pattern.finditer(line):
                hits.append((rel, no, canon[m.group(1).lower()]))
    return hits


def test_reference_names_are_read():
    if not _gold_files():
        pytest.skip("no reference annotation in this checkout")
    words = corpus_words()
    assert len(words) > 50  # the annotations name many people and places
    assert not words & {"Russia", "President", "January", "Foreign"}  # data files and English own these


def test_the_scan_finds_a_name_in_any_case_as_a_whole_word(tmp_path):
    code = tmp_path / "example.py"
    code.write_text('x = 1  # "ZORBANIA, May 1 — talks in Zorbania"\n'
                    '"""Zorbanian, Zorbania-based, al-Zorbania."""\n', encoding="utf-8")
    hits = find_hits({"Zorbania"}, [code], tmp_path)
    assert hits == [("example.py", 1, "Zorbania"), ("example.py", 1, "Zorbania"),
                    ("example.py", 2, "Zorbania"), ("example.py", 2, "Zorbania")]
    assert find_hits(set(), [code], tmp_path) == []


def test_no_corpus_name_in_generator_code_or_templates():
    if not _gold_files():
        pytest.skip("no reference annotation in this checkout")
    hits = [h for h in find_hits(corpus_words()) if (h[0], h[2]) not in ALLOWED]
    assert not hits, "corpus names in code (use invented names in examples):\n" + "\n".join(
        f"{path}:{no}: {word}" for path, no, word in hits)


def test_allow_list_entries_are_still_needed():
    """An allow-list entry whose word is gone from its file must be removed (the list only shrinks)."""
    if not _gold_files():
        pytest.skip("no reference annotation in this checkout")
    found = {(path, word) for path, _, word in find_hits(corpus_words())}
    assert ALLOWED <= found, f"stale allow-list entries: {sorted(ALLOWED - found)}"
