#!/usr/bin/env python3
"""Count the page-furniture lines that reach the generated pages for one corpus.

Usage: python eval/furniture_count.py SEEDS_DIR [--list] [--snippets FILE.yml]

It builds the briefing for SEEDS_DIR (no cache) and looks at every sentence shown as an article's
text on its source page (every other page quotes or cites those sentences). A sentence counts as
furniture when a check independent of the reader's own test flags it:

- ``no finite verb``: spaCy's parse finds no finite verb, the sentence does not end with
  sentence punctuation and it has at most 15 words (a heading, tag strip, menu, byline or credit;
  a longer run is a sentence cut off when the page was saved, which is text, not furniture);
- ``no words``: no letters at all ("403", "20");
- ``link``: it holds a URL, a ``www.`` address, an @handle or a #hashtag;
- ``cue``: it starts with a cue phrase of ``generator/data/furniture.yml`` followed by ``:``, ``|``
  or nothing else;
- ``snippet``: it contains one of the strings listed under ``furniture:`` in ``--snippets`` (a
  hand-written list of the furniture a person saw in the saved files).

It prints ``furniture lines on the pages: N of M sentences`` (and with ``--list`` each one and why).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LINK = re.compile(r"https?://|www\.|(?<!\w)[@#]\w", re.IGNORECASE)
END = re.compile(r"[.!?…:;][\"”’')\]]*$|[\"”’]$")


def _cues() -> re.Pattern:
    from generator.furniture import DATA

    data = yaml.safe_load((DATA / "furniture.yml").read_text(encoding="utf-8"))
    alts = "|".join(re.escape(c) for c in sorted(data["line_cues"], key=len, reverse=True))
    return re.compile(rf"^(?:{alts})\s*(?:[:|]|$)", re.IGNORECASE)


def why(sent, snippets: list[str], cues: re.Pattern) -> str | None:
    text = sent.text.strip()
    if not re.sub(r"[\W_]", "", text):
        return None  # a lone quote mark or dash the sentence splitter left: not a line of the page
    if not re.search(r"[^\W\d_]", text):
        return "no words"
    if LINK.search(text):
        return "link"
    if cues.match(text):
        return "cue"
    if any(s.casefold() in text.casefold() for s in snippets):
        return "snippet"
    finite = any("Fin" in t.morph.get("VerbForm") or t.tag_ == "MD" for t in sent)
    if not finite and not END.search(text) and len(text.split()) <= 15:
        return "no finite verb"
    return None


def count(seeds: Path, snippets: list[str]) -> tuple[list[tuple[str, str, str]], int]:
    from generator.analyse import load_model, model_name
    from generator.pipeline import build

    result = build(seeds, workers=1)
    nlp = load_model(model_name())
    cues = _cues()
    flagged, total = [], 0
    for src in result.briefing.sources:
        for s in src.sentences:
            total += 1
            doc = nlp(s.text)
            reason = next((r for r in (why(sent, snippets, cues) for sent in doc.sents) if r), None)
            if reason:
                flagged.append((src.id, reason, s.text))
    return flagged, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seeds", type=Path)
    ap.add_argument("--snippets", type=Path, help="YAML with a list under 'furniture:'")
    ap.add_argument("--list", action="store_true", help="print each furniture line and why")
    args = ap.parse_args()
    snippets = []
    if args.snippets and args.snippets.is_file():
        snippets = (yaml.safe_load(args.snippets.read_text(encoding="utf-8")) or {}).get("furniture") or []
    flagged, total = count(args.seeds, snippets)
    if args.list:
        for src, reason, text in flagged:
            print(f"  {src}: [{reason}] {text[:160]}")
    print(f"furniture lines on the pages: {len(flagged)} of {total} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
