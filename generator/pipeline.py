"""The whole pipeline, one function a stage: read → analyse → extract → reconcile.

``build(folder)`` is what the CLI and the MkDocs hook call; each stage takes and returns plain
data (see :mod:`generator.model`), so any one of them can be run or tested alone.

Reading, analysis and extraction are a map over articles keyed by content, so they are cached
per article (:mod:`generator.cache`) and, when many articles need analysing, spread over a pool
of processes that each load the spaCy model once.
"""
from __future__ import annotations

import copy
import logging
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .analyse import analyse_each, model_name
from .cache import Cache, Entry
from .errors import ArticleError, BriefingError, Notice, one_line
from .executors import choose_executor
from .extract import ArticleFacts, extract_article
from .model import Article, Briefing
from .inputs import choose_files, read_regular
from .readers import MAX_BYTES, assign_ids, read_article, shown_path
from .published import settle_undated
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
    cpu_seconds: dict = field(default_factory=dict)  # the same phases in this process's CPU time (time.process_time)

    def line(self) -> str:
        total = sum(self.seconds.values())
        return (f"{self.articles} articles: {self.analysed} analysed, {self.cached} from cache, "
                f"{self.failed} failed, in {total:.1f} s")


@dataclass
class Result:
    briefing: Briefing
    problems: list[ArticleError] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    key: str | None = None  # the corpus key this briefing was made from (None without a cache)


@dataclass
class Saved:
    """What the whole-corpus cache keeps of a :class:`Result`."""

    briefing: Briefing
    problems: list[tuple[str, str, bool]]  # (path, problem, only a notice?) of each skipped file
    articles: int


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


def report(problem: ArticleError, strict: bool, problems: list[ArticleError]) -> None:
    """A skipped file: stops the run under ``strict`` (unless it is only a notice), else logged and kept."""
    if strict and not problem.notice:
        raise problem
    (log.info if problem.notice else log.warning)("skipped %s", problem)
    problems.append(problem)


def read_all(folder: Path, strict: bool = False, cache: Cache | None = None, model: str | None = None):
    """Read every article (or take it from the cache); a bad one is reported and skipped, or
    stops the run under ``strict``. Returns (articles, paths, cache keys, cache entries, problems)."""
    folder = Path(folder)
    articles, paths, keys, entries, problems = [], [], [], [], []
    seen_text: dict[str, str] = {}
    choice = choose_files(folder)
    for skipped in choice.skipped:
        report(skipped, strict, problems)
    for path in choice.files:
        key = entry = None
        try:
            if cache is not None and cache.folder is not None and path.stat().st_size <= MAX_BYTES:
                key = cache.key(path.name, read_regular(path))
                entry = cache.load(key)
            if entry is not None:
                art = copy.deepcopy(entry.article)  # the cached article stays as read, whatever the corpus settles
                art.path = shown_path(path, folder.parent)
            else:
                art = read_article(path, root=folder.parent, model=model)
            digest = art.text.strip()
            if digest in seen_text:
                raise ArticleError(path, f"the same article as {seen_text[digest]}; skipped")
            seen_text[digest] = path.name
        except ArticleError as exc:
            report(exc, strict, problems)
            continue
        except OSError as exc:
            report(ArticleError(path, f"cannot read the file ({exc.strerror})"), strict, problems)
            continue
        except Exception as exc:  # noqa: BLE001 - any failure on one article is that article's message
            report(ArticleError(path, f"cannot be read ({one_line(exc)})"), strict, problems)
            continue
        for note in art.notes:  # what reading repaired or dropped (shown on the source page too)
            log.warning("%s: %s", path, note)
        articles.append(art)
        paths.append(path)
        keys.append(key)
        entries.append(entry or Entry(copy.deepcopy(art)))  # as read: settle_undated dates ``art`` afterwards
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


def _work(batch: list[tuple[Article, int | None]]) -> list[ArticleFacts | ArticleError]:
    """Analyse and extract a batch; an article that fails (or is over a budget) gives its ArticleError."""
    articles = [a for a, _ in batch]
    docs = analyse_each(articles, model=_WORKER_MODEL)
    return [d if isinstance(d, ArticleError) else _extract_one(a, d, hint) for (a, hint), d in zip(batch, docs)]


def _extract_one(article: Article, doc, hint: int | None) -> ArticleFacts | ArticleError:
    try:
        return extract_article(article, doc, hint)
    except ArticleError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - any failure on one article is that article's message
        return ArticleError(article.path, f"extraction failed ({one_line(exc)})")


def analyse_and_extract(todo: list[tuple[Article, int | None]], model: str, workers: int,
                        bar=None) -> list[ArticleFacts | ArticleError]:
    """spaCy + extraction for the articles that need it, in input order (an ArticleError for each that failed)."""
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
    t0, c0 = time.perf_counter(), time.process_time()
    # nothing changed since the last build: its briefing, as it was (a warm build re-analyses nothing)
    corpus = None
    if cache is not None:
        corpus = cache.corpus_key(_corpus_parts(cache, Path(folder), strict))
        hit = _corpus_hit(cache, corpus, strict, t0)
        if hit is not None:
            hit.key = corpus
            return hit
    articles, paths, keys, entries, problems = read_all(folder, strict=strict, cache=cache, model=model)
    stats.failed = sum(not p.notice for p in problems)
    stats.articles = len(articles)
    if not articles:
        raise BriefingError(f"{folder}: no readable articles (add .txt, .md or .html files)")
    t1, c1 = time.perf_counter(), time.process_time()
    year = corpus_year(articles)
    settle_undated(articles, year, lambda path: log.warning("%s: no publication date found (the source page says so)", path))
    facts, todo, where = _split_cached(articles, entries, year, stats)
    bar = _progress(len(todo), show_progress(quiet), "analysing")
    if bar is not None:
        bar.set_postfix_str(f"{stats.cached} from cache, {stats.failed} failed")
    try:
        done = run(todo, model, workers or os.cpu_count() or 1, bar)
    finally:
        if bar is not None:
            bar.close()
    for i, f, hint in _drop_failed(where, done, todo, strict, problems, stats):
        f.article.id = articles[i].id
        facts[i] = f
        entries[i].facts[_facts_key(articles[i], entries[i].article, hint)] = f
        if cache is not None and keys[i] is not None:
            cache.save(keys[i], entries[i])
    facts = [f for f in facts if f is not None]
    if not facts:
        raise BriefingError(f"{folder}: no readable articles (add .txt, .md or .html files)")
    t2, c2 = time.perf_counter(), time.process_time()
    briefing = build_briefing(facts)
    t3, c3 = time.perf_counter(), time.process_time()
    stats.seconds = {"read": round(t1 - t0, 3), "analyse_extract": round(t2 - t1, 3), "reconcile": round(t3 - t2, 3)}
    stats.cpu_seconds = {"read": round(c1 - c0, 3), "analyse_extract": round(c2 - c1, 3), "reconcile": round(c3 - c2, 3)}
    if cache is not None and corpus is not None:
        if not cache.save_object(corpus, Saved(briefing, [(p.path, p.problem, p.notice) for p in problems], stats.articles), Saved):
            corpus = None  # not kept: nothing may be reused under this key
    return Result(briefing, problems, stats, corpus)


def _split_cached(articles: list[Article], entries: list[Entry], year: int | None, stats: Stats):
    """(facts in article order, None where not cached yet; (article, year hint) to analyse; their indexes)."""
    facts: list[ArticleFacts | None] = []
    todo, where = [], []
    for i, (art, entry) in enumerate(zip(articles, entries)):
        hint = None if art.published else year
        cached = entry.facts.get(_facts_key(art, entry.article, hint))
        if cached is not None:
            cached.article.id = art.id
            facts.append(cached)
            stats.cached += 1
        else:
            facts.append(None)
            todo.append((art, hint))
            where.append(i)
    return facts, todo, where


def _facts_key(art: Article, as_read: Article, hint: int | None) -> str:
    """The key of an article's facts in its cache entry: what its analysis read besides the file itself. That is the
    year hint, and the date the corpus settled for an article that printed none of its own
    (:func:`generator.published.settle_undated`): the same file in another corpus may settle another day, or none."""
    settled = art.published if art.published != as_read.published else None
    return f"{hint}" if settled is None else f"{hint}@{settled}"


def _drop_failed(where: list[int], done: list, todo: list, strict: bool, problems: list[ArticleError],
                 stats: Stats) -> list[tuple[int, ArticleFacts, int | None]]:
    """The articles whose analysis or extraction failed become problems (under strict: the build stops);
    returns (index, facts, year hint) of the others."""
    failed = [f for f in done if isinstance(f, ArticleError)]
    for problem in failed:
        report(problem, strict, problems)
    stats.analysed = len(done) - len(failed)
    stats.failed += len(failed)
    stats.articles -= len(failed)
    return [(i, f, hint) for i, f, (_, hint) in zip(where, done, todo) if not isinstance(f, ArticleError)]



def _corpus_parts(cache: Cache, folder: Path, strict: bool) -> list[str]:
    """What identifies the whole corpus: the files read, and the files skipped with the reason."""
    choice = choose_files(folder)
    return [f"strict={strict}"] + [f"skipped {s}" for s in choice.skipped] + [_file_key(cache, p) for p in choice.files]


def _corpus_hit(cache: Cache, corpus: str, strict: bool, t0: float) -> Result | None:
    """The last build's result, if it was made from these very files (its skipped files reported again)."""
    hit = cache.load_object(corpus, Saved)
    if hit is None:
        return None
    problems: list[ArticleError] = []
    for path, problem, notice in hit.problems:
        report((Notice if notice else ArticleError)(path, problem), strict, problems)
    failed = sum(not p.notice for p in problems)
    return Result(hit.briefing, problems, Stats(articles=hit.articles, cached=hit.articles, failed=failed,
                                                seconds={"read": round(time.perf_counter() - t0, 3)}))


def _file_key(cache: Cache, path: Path) -> str:
    """What identifies a file's content for the whole-corpus cache (a huge file by its size only)."""
    try:
        size = path.stat().st_size
        return cache.key(path.name, read_regular(path)) if size <= MAX_BYTES else f"{path.name}:{size}"
    except OSError as exc:
        return f"{path.name}:unreadable:{exc.errno}"
    except ArticleError as exc:  # it changed since the folder was listed
        return f"{path.name}:{exc.problem}"
