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
