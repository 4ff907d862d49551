"""Keep the search index small: every page downloads it on its first load.

The theme's search plugin indexes every section of every page. With ``search_text: summary`` (the
default; :mod:`generator.settings`) the index written by it is reduced after the build:

* an actor, venue or source page is one entry: its title, boost and facts (kind, spellings, role,
  outlet, date …) and the opening words of its first section (an article's lead, an actor's profile),
  so its name and every alias still find it; its other sections (mention lists, the article's full
  text) are left out;
* a track's questions page (``questions/<track>/``) is one entry: its title and the wording of each of
  its questions, so a search for a question's words finds its track's page;
* on every other page the page keeps its opening words and each section its heading only (``SECTION_CHARS``),
  so a search for a question, a day ("May 16", "2025-05-16": the timeline's day headings) or a heading
  lands on it.

``search_text: full`` keeps the index as the theme wrote it. Nothing here reads article text as markup:
the index's text is reduced to plain words (tags dropped) and cut at a word boundary.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

SUMMARY_CHARS = 100  # opening words kept of a page's entry (an actor's, venue's or source's: its only one)
FACTS_CHARS = 600  # an actor's, venue's or source's facts (its first section), kept whole up to this
SECTION_CHARS = 0  # opening words kept of a section of another page (a question, a day): its heading is enough
ENTITY = re.compile(r"^(actors|venues|sources)/[^/#]+/")  # one entity's page (not the folder's index)
TRACK = re.compile(r"^questions/[^/#]+/")  # one track's questions page (``generator/questionpages.py``)
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


def _words(text: str, limit: int) -> str:
    plain = SPACE.sub(" ", TAG.sub(" ", text or "")).strip()
    if len(plain) <= limit:
        return html.escape(html.unescape(plain), quote=False)
    cut = plain[:limit].rsplit(" ", 1)[0]
    return html.escape(html.unescape(cut), quote=False) + " …"


def summarise(index: dict, limit: int = SUMMARY_CHARS, section: int = SECTION_CHARS) -> dict:
    """The index with each entity page reduced to one entry of at most ``limit`` characters of text, and every
    other entry's text cut to ``section``."""
    docs, entity = [], {}
    for doc in index.get("docs", []):
        m = ENTITY.match(doc.get("location", ""))
        t = TRACK.match(doc.get("location", "")) if m is None else None
        if t is not None:
            _fold_question(docs, entity, t.group(0), doc)
            continue
        if m is None:
            keep = section if "#" in doc.get("location", "") else limit  # a section, or the page's opening
            docs.append({**doc, "text": _words(doc.get("text", ""), keep) if keep else ""})
            continue
        page = m.group(0)
        if page not in entity:  # the page's own entry: its title and facts (kind, every spelling, role …) whole
            entity[page] = {**doc, "location": page, "text": _words(doc.get("text", ""), FACTS_CHARS)}
            docs.append(entity[page])
            continue
        first = entity[page]  # then the opening words of the next sections, up to ``limit`` in all
        if len(first["text"]) < limit:
            first["text"] = _words(f'{first["text"]} {doc.get("text", "")}', limit)
    return {**index, "docs": docs}


def _fold_question(docs: list, entity: dict, page: str, doc: dict) -> None:
    """A track's questions page is one entry: its title, then each question (a section's heading) in the page's
    order, up to ``FACTS_CHARS``; a search for a question's words lands on its track's page."""
    if page not in entity:
        entity[page] = {**doc, "location": page, "text": ""}
        docs.append(entity[page])
        return
    first = entity[page]
    if len(first["text"]) < FACTS_CHARS:
        joined = f'{first["text"]} · {doc.get("title", "")}' if first["text"] else doc.get("title", "")
        first["text"] = _words(joined, FACTS_CHARS)


def shrink(site_dir: Path, mode: str) -> int | None:
    """Rewrite ``search/search_index.json`` under ``site_dir`` for ``mode`` (``summary`` or ``full``); the new
    size in bytes, or None when there is no index (another search plugin, or none)."""
    path = Path(site_dir) / "search" / "search_index.json"
    if mode == "full" or not path.is_file():
        return None
    index = json.loads(path.read_text(encoding="utf-8"))
    text = json.dumps(summarise(index), ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))
