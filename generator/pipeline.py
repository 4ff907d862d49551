"""The whole pipeline, one function a stage: read → analyse → extract → reconcile.

``build(folder)`` is what the CLI and the MkDocs hook call; each stage takes and returns plain
data (see :mod:`generator.model`), so any one of them can be run or tested alone.

Reading, analysis and extraction are a map over articles keyed by content, so they are cached
per article (:mod:`generator.cache`) and, when many articles need analysing, spread over a pool
of processes that each load the spaCy model once.
"""
from __future__ import annotations

import logging
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .analyse import analyse, model_name
from .cache import Cache, Entry
from .errors import ArticleError, BriefingError
from .executors import choose_executor
from .extract import ArticleFacts, extract_article
from .model import Article, Briefing
from .readers import MAX_BYTES, assign_ids, list_articles, read_article, shown_path
from .reconcile import build_briefing

log = logging.getLogger("generator")

POOL_MIN = 24  # fewer articles than this to analyse: stay in this process (a pool costs a model load each)
BATCH = 8


@dataclass
class Stats:
    articles: int = 0
    analysed: int = 0
    cached: int = 0
    failed: int = 0
    seconds: dict = field(default_factory=dict)

    def line(self) -> str:
        total = sum(self.seconds.values())
        return (f"{self.articles} articles: {self.analysed} analysed, {self.cached} from cache, "
                f"{self.failed} failed, in {total:.1f} s")


@dataclass
class Result:
    briefing: Briefing
    problems: list[ArticleError] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)


def corpus_year(articles) -> int | None:
    """The year undated articles are read in: the median year of the dated ones."""
    years = [int(a.published[:4]) for a in articles if a.published]
    return int(statistics.median_low(years)) if years else None


def _progress(total: int, enabled: bool, label: str):
    if not enabled or total == 0:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=label, unit="article", file=sys.stderr, leave=False, dynamic_ncols=True)


def show_progress(quiet: bool = False) -> bool:
    """A progress bar only for a person at a terminal: not in CI, not when asked to be quiet."""
    return not quiet and not os.environ.get("CI") and sys.stderr.isatty()


def read_all(folder: Path, strict: bool = False, cache: Cache | None = None):
    """Read every article (or take it from the cache); a bad one is reported and skipped, or
    stops the run under ``strict``. Returns (articles, paths, cache keys, cache entries, problems)."""
    folder = Path(folder)
    articles, paths, keys, entries, problems = [], [], [], [], []
    seen_text: dict[str, str] = {}
    for path in list_articles(folder):
        key = entry = None
        try:
            if cache is not None and cache.folder is not None and path.stat().st_size <= MAX_BYTES:
                key = cache.key(path.name, path.read_bytes())
                entry = cache.load(key)
            if entry is not None:
                art = entry.article
                art.path = shown_path(path, folder.parent)
            else:
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
        except OSError as exc:
            problem = ArticleError(path, f"cannot read the file ({exc.strerror})")
            if strict:
                raise problem from None
            log.warning("skipped %s", problem)
            problems.append(problem)
            continue
        articles.append(art)
        paths.append(path)
        keys.append(key)
        entries.append(entry or Entry(art))
    assign_ids(articles, paths)
    return articles, paths, keys, entries, problems


# ---- analysis + extraction, in this process or in a pool -------------------------------------------

_WORKER_MODEL: str | None = None


def _init_worker(model: str) -> None:
    global _WORKER_MODEL
    _WORKER_MODEL = model
    from .analyse import load_model
    from .gazetteer import gazetteer

    load_model(model)
    gazetteer().cities  # noqa: B018 - warm the gazetteer once per process
    gazetteer().countries  # noqa: B018


def _work(batch: list[tuple[Article, int | None]]) -> list[ArticleFacts]:
    articles = [a for a, _ in batch]
    docs = analyse(articles, model=_WORKER_MODEL)
    return [extract_article(a, d, hint) for (a, hint), d in zip(batch, docs)]


def analyse_and_extract(todo: list[tuple[Article, int | None]], model: str, workers: int, bar=None) -> list[ArticleFacts]:
    """spaCy + extraction for the articles that need it, in input order."""
    if not todo:
        return []
    batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
    workers = max(1, min(workers, len(batches)))
    out: list[ArticleFacts] = []
    if workers == 1 or len(todo) < POOL_MIN:
        _init_worker(model)
        for batch in batches:
            out.extend(_work(batch))
            if bar is not None:
                bar.update(len(batch))
        return out
    import multiprocessing

    # fork where there is one: the workers start with the model the version check already loaded
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(model,)) as pool:
        for batch, facts in zip(batches, pool.map(_work, batches)):
            out.extend(facts)
            if bar is not None:
                bar.update(len(batch))
    return out


def build(folder: Path, model: str | None = None, strict: bool = False, cache_dir: Path | None = None,
          workers: int | None = None, quiet: bool = True, executor: str | None = None, scheduler: str | None = None) -> Result:
    """Read, analyse, extract and reconcile the articles in ``folder`` into one briefing (analysis on ``executor``)."""
    model, run = model_name(model), choose_executor(executor, scheduler)  # a bad executor fails before any work
    stats = Stats()
    cache = Cache(cache_dir, model) if cache_dir else None
    t0 = time.perf_counter()
    # nothing changed since the last build: its briefing, as it was (a warm build re-analyses nothing)
    corpus = None
    if cache is not None:
        corpus = cache.corpus_key([f"strict={strict}"] + [_file_key(cache, p) for p in list_articles(Path(folder))])
        hit = cache.load_object(corpus)
        if isinstance(hit, Result):
            for problem in hit.problems:
                if strict:
                    raise problem
                log.warning("skipped %s", problem)
            hit.stats = Stats(articles=hit.stats.articles, cached=hit.stats.articles, failed=len(hit.problems),
                              seconds={"read": round(time.perf_counter() - t0, 3)})
            return hit
    articles, paths, keys, entries, problems = read_all(folder, strict=strict, cache=cache)
    stats.failed = len(problems)
    stats.articles = len(articles)
    if not articles:
        raise BriefingError(f"{folder}: no readable articles (add .txt, .md or .html files)")
    t1 = time.perf_counter()
    year = corpus_year(articles)
    facts: list[ArticleFacts | None] = []
    todo, where = [], []
    for i, (art, entry) in enumerate(zip(articles, entries)):
        hint = None if art.published else year
        cached = entry.facts.get(hint)
        if cached is not None:
            cached.article.id = art.id
            facts.append(cached)
            stats.cached += 1
        else:
            facts.append(None)
            todo.append((art, hint))
            where.append(i)
    bar = _progress(len(todo), show_progress(quiet), "analysing")
    if bar is not None:
        bar.set_postfix_str(f"{stats.cached} from cache, {stats.failed} failed")
    try:
        done = run(todo, model, workers or os.cpu_count() or 1, bar)
    finally:
        if bar is not None:
            bar.close()
    for i, f, (_, hint) in zip(where, done, todo):
        f.article.id = articles[i].id
        facts[i] = f
        entries[i].article = f.article
        entries[i].facts[hint] = f
        if cache is not None and keys[i] is not None:
            cache.save(keys[i], entries[i])
    stats.analysed = len(todo)
    t2 = time.perf_counter()
    briefing = build_briefing(facts)
    t3 = time.perf_counter()
    stats.seconds = {"read": round(t1 - t0, 3), "analyse_extract": round(t2 - t1, 3), "reconcile": round(t3 - t2, 3)}
    result = Result(briefing, problems, stats)
    if cache is not None and corpus is not None:
        cache.save_object(corpus, result)
    return result


def _file_key(cache: Cache, path: Path) -> str:
    """What identifies a file's content for the whole-corpus cache (a huge file by its size only)."""
    try:
        size = path.stat().st_size
        return cache.key(path.name, path.read_bytes()) if size <= MAX_BYTES else f"{path.name}:{size}"
    except OSError as exc:
        return f"{path.name}:unreadable:{exc.errno}"
