"""The per-article cache: warm builds analyse nothing, one new article is analysed alone, and the
result is the same as without a cache."""
from __future__ import annotations

import shutil
from pathlib import Path

from generator.pipeline import build

from .conftest import SEEDS


def _copy_seeds(tmp_path: Path, dev_dir: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    for p in sorted(dev_dir.iterdir())[:3]:
        shutil.copy(p, seeds / p.name)
    return seeds


def test_warm_build_analyses_nothing_and_matches(tmp_path, dev_dir):
    seeds = _copy_seeds(tmp_path, dev_dir)
    cache = tmp_path / "cache"
    cold = build(seeds, cache_dir=cache)
    assert (cold.stats.analysed, cold.stats.cached) == (5, 0)
    warm = build(seeds, cache_dir=cache)
    assert warm.stats.analysed == 0 and warm.stats.cached == 5
    plain = build(seeds)
    assert cold.briefing.to_json() == warm.briefing.to_json() == plain.briefing.to_json()


def test_adding_or_changing_one_article_analyses_one(tmp_path, dev_dir):
    seeds = _copy_seeds(tmp_path, dev_dir)
    cache = tmp_path / "cache"
    build(seeds, cache_dir=cache)
    shutil.copy(sorted(dev_dir.iterdir())[3], seeds)
    added = build(seeds, cache_dir=cache)
    assert (added.stats.analysed, added.stats.cached) == (1, 5)
    first = sorted(seeds.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nThe ministers met again in Geneva on Monday.\n", encoding="utf-8")
    changed = build(seeds, cache_dir=cache)
    assert (changed.stats.analysed, changed.stats.cached) == (1, 5)
    assert changed.briefing.to_json() == build(seeds).briefing.to_json()


def test_new_pipeline_version_invalidates(tmp_path, dev_dir, monkeypatch):
    seeds = _copy_seeds(tmp_path, dev_dir)
    cache = tmp_path / "cache"
    build(seeds, cache_dir=cache)
    import generator.cache as cache_mod

    monkeypatch.setattr(cache_mod, "pipeline_version", lambda model: "another-version")
    again = build(seeds, cache_dir=cache)
    assert again.stats.analysed == 5


def test_corrupt_cache_entry_is_rebuilt(tmp_path, dev_dir):
    seeds = _copy_seeds(tmp_path, dev_dir)
    cache = tmp_path / "cache"
    build(seeds, cache_dir=cache)
    for entry in cache.rglob("*.json"):
        entry.write_bytes(b"not json")
    again = build(seeds, cache_dir=cache)
    assert again.stats.analysed == 5 and again.stats.articles == 5


def test_bad_files_are_reported_again_from_the_cache(tmp_path, dev_dir):
    seeds = _copy_seeds(tmp_path, dev_dir)
    (seeds / "empty.txt").write_bytes(b"")
    cache = tmp_path / "cache"
    assert [p.problem for p in build(seeds, cache_dir=cache).problems] == ["the file is empty"]
    assert [p.problem for p in build(seeds, cache_dir=cache).problems] == ["the file is empty"]


def test_pool_gives_the_same_result(tmp_path):
    from bench.make_corpus import make_corpus

    seeds = tmp_path / "seeds"
    make_corpus(40, seeds)
    pooled = build(seeds, workers=2)
    single = build(seeds, workers=1)
    assert pooled.briefing.to_json() == single.briefing.to_json()


def test_progress_only_for_a_person_at_a_terminal(monkeypatch):
    import io

    from generator.pipeline import show_progress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stderr", Tty())
    monkeypatch.delenv("CI", raising=False)
    assert show_progress(quiet=False)
    assert not show_progress(quiet=True)  # mkdocs build -q, CLI -q
    monkeypatch.setenv("CI", "true")
    assert not show_progress(quiet=False)
    monkeypatch.delenv("CI")
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert not show_progress(quiet=False)  # not a terminal


def test_benchmark_corpus_is_deterministic(tmp_path):
    from bench.make_corpus import make_corpus

    a = make_corpus(12, tmp_path / "a")
    b = make_corpus(12, tmp_path / "b")
    assert [p.name for p in a] == [p.name for p in b]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b))
    assert {p.suffix for p in a} == {".txt", ".md", ".html"}


WIRE = ("Envoys to resume talks\n\n"
        "LINDOR, Oct. 1 (ZNA) -- Ruritania and Valdoria agreed to resume their talks this week, state media reported "
        "Tuesday.\n\nThe envoys will hold working-level negotiations in Zenda on Oct. 5, the ministry said.\n")
DATED = "Envoys meet in Lindor\n\nThe envoys of Ruritania and Valdoria met in Lindor on Friday, officials said.\n"


def _dated_days(result) -> dict[str, str | None]:
    return {s.id: s.published for s in result.briefing.sources}


def test_a_date_the_corpus_settled_is_not_kept_for_another_corpus(tmp_path):
    # the dateline prints no year; beside an article of 2019 it is 2019-10-01, alone it has no date: the cache keeps
    # the article as read, and its facts under the day the corpus settled, so a warm build is what a cold one gives
    cache = tmp_path / "cache"
    pair, alone = tmp_path / "pair", tmp_path / "alone"
    for folder in (pair, alone):
        folder.mkdir()
        (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (pair / "2019-09-20_envoys.txt").write_text(DATED, encoding="utf-8")
    first = build(pair, cache_dir=cache)
    assert _dated_days(first)["wire"] == "2019-10-01"
    warm_alone = build(alone, cache_dir=cache)
    assert warm_alone.stats.cached == 0  # the facts of 2019-10-01 are not this corpus's
    assert _dated_days(warm_alone)["wire"] is None
    assert warm_alone.briefing.to_json() == build(alone).briefing.to_json()
    again = build(pair, cache_dir=cache)
    assert again.stats.analysed == 0 and again.briefing.to_json() == first.briefing.to_json()
