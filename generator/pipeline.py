"""The whole pipeline, one function a stage: read → analyse → extract → reconcile.

``build_briefing_from(folder)`` is what the CLI and the MkDocs hook call; each stage takes and
returns plain data (see :mod:`generator.model`), so any one of them can be run or tested alone.
"""
from __future__ import annotations

import logging
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from .analyse import analyse
from .errors import ArticleError, BriefingError
from .extract import extract_article
from .model import Briefing
from .readers import assign_ids, list_articles, read_article
from .reconcile import build_briefing

log = logging.getLogger("generator")


@dataclass
class Result:
    briefing: Briefing
    problems: list[ArticleError] = field(default_factory=list)


def read_all(folder: Path, strict: bool = False) -> tuple[list, list[ArticleError]]:
    """Read every article; a bad one is reported and skipped (or stops the run under ``strict``)."""
    folder = Path(folder)
    articles, paths, problems = [], [], []
    seen_text: dict[str, str] = {}
    for path in list_articles(folder):
        try:
            art = read_article(path, root=folder.parent)
            digest = art.text.strip()
            if digest in seen_text:
                raise ArticleError(path, f"the same article as {seen_text[digest]}; skipped")
            seen_text[digest] = path.name
        except ArticleError as exc:
            if strict:
                raise
            log.warning("skipped %s", exc)
            problems.append(exc)
            continue
        articles.append(art)
        paths.append(path)
    assign_ids(articles, paths)
    return articles, problems


def corpus_year(articles) -> int | None:
    years = [int(a.published[:4]) for a in articles if a.published]
    return int(statistics.median_low(years)) if years else None


def build(folder: Path, model: str | None = None, strict: bool = False) -> Result:
    articles, problems = read_all(folder, strict=strict)
    if not articles:
        raise BriefingError(f"{folder}: no readable articles (add .txt, .md or .html files)")
    docs = analyse(articles, model=model)
    year = corpus_year(articles)
    facts = [extract_article(a, d, year) for a, d in zip(articles, docs)]
    return Result(build_briefing(facts), problems)
