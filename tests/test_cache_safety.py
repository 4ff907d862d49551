"""The analysis cache holds data, never code: planted entries (a crafted pickle, crafted JSON, an
entry made from another file) run nothing and are analysed again, and cache faults (a corrupt
file, an unreadable entry, a full disk) never stop the build."""
from __future__ import annotations

import errno
import json
import logging
import os
import pickle
import shutil
from pathlib import Path

import pytest

from generator.export import to_json_text
from generator.pipeline import build

from .conftest import SEEDS


def _undated(record) -> bool:
    """The warning an undated article gets on every build (issue 10), not a cache problem."""
    return "no publication date found" in record.getMessage()


class _Payload:
    """Unpickling this creates ``marker``: proof that a cache entry ran code."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


@pytest.fixture(scope="module")
def clean_text(tmp_path_factory) -> str:
    """The export of a build with no cache at all."""
    return to_json_text(build(SEEDS).briefing)


def _seeds_and_cache(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    cache = tmp_path / "cache"
    cold = build(seeds, cache_dir=cache)
    assert cold.stats.analysed == len(list(seeds.iterdir())) > 0
    return seeds, cache


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*.json") if p.parent.name != "corpus")


def _corpus(cache: Path) -> list[Path]:
    return sorted((cache / "corpus").glob("*.json"))


def test_crafted_pickle_runs_nothing_and_is_analysed_again(tmp_path, clean_text, caplog):
    seeds, cache = _seeds_and_cache(tmp_path)
    marker = tmp_path / "pwned"
    crafted = pickle.dumps(_Payload(marker))
    planted = _entries(cache) + _corpus(cache)
    for path in planted:
        path.write_bytes(crafted)  # the new format's names
        path.with_suffix(".pickle").write_bytes(crafted)  # and the old format's
    with caplog.at_level(logging.INFO, logger="generator"):
        again = build(seeds, cache_dir=cache)
    assert not marker.exists()
    assert (again.stats.analysed, again.stats.cached) == (len(_entries(cache)), 0)
    assert to_json_text(again.briefing) == clean_text
    ignored = [r.getMessage() for r in caplog.records if "ignored" in r.getMessage()]
    assert len(ignored) == len(planted)
    assert all(r.levelno == logging.INFO for r in caplog.records if r.name == "generator" and not _undated(r))
    assert all("not JSON" in m for m in ignored)
    assert build(seeds, cache_dir=cache).stats.analysed == 0  # rewritten as good entries


def test_crafted_json_runs_nothing_and_is_analysed_again(tmp_path, clean_text, caplog):
    seeds, cache = _seeds_and_cache(tmp_path)
    marker = tmp_path / "pwned"
    for path in _entries(cache) + _corpus(cache):
        doc = json.loads(path.read_bytes())
        # what it says it was made from is right; the value names classes outside the program's data
        doc["value"] = {"$class": "os:system", "fields": [f"touch {marker}"]}
        path.write_text(json.dumps(doc), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="generator"):
        again = build(seeds, cache_dir=cache)
    assert not marker.exists()
    assert again.stats.analysed == len(_entries(cache))
    assert to_json_text(again.briefing) == clean_text
    assert sum("ignored" in r.getMessage() for r in caplog.records) == 3


def test_entry_of_another_file_is_not_taken(tmp_path, clean_text, caplog):
    """The file name (the key) is checked against what the entry says it was made from."""
    seeds, cache = _seeds_and_cache(tmp_path)
    first, second = _entries(cache)[:2]
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)
    for corpus in _corpus(cache):
        corpus.unlink()
    with caplog.at_level(logging.INFO, logger="generator"):
        again = build(seeds, cache_dir=cache)
    assert again.stats.analysed == 2
    assert to_json_text(again.briefing) == clean_text
    assert sum("does not match what it says it was made from" in r.getMessage() for r in caplog.records) == 2


def test_entry_with_an_unknown_or_missing_field_is_analysed_again(tmp_path, clean_text):
    seeds, cache = _seeds_and_cache(tmp_path)
    for corpus in _corpus(cache):
        corpus.unlink()
    first, second = _entries(cache)[:2]
    doc = json.loads(first.read_bytes())
    doc["value"]["article"]["added_by_someone"] = 1
    first.write_text(json.dumps(doc), encoding="utf-8")
    doc = json.loads(second.read_bytes())
    del doc["value"]["article"]["title"]
    second.write_text(json.dumps(doc), encoding="utf-8")
    again = build(seeds, cache_dir=cache)
    assert again.stats.analysed == 2
    assert to_json_text(again.briefing) == clean_text


def test_corrupt_12_byte_cache_files_are_analysed_again(tmp_path, clean_text):
    seeds, cache = _seeds_and_cache(tmp_path)
    for path in _entries(cache) + _corpus(cache):
        path.write_bytes(b"\x80\x04\x95\xff\xff\xff\xff\xff\xff\xff\xff\x7f")  # 12 bytes
    again = build(seeds, cache_dir=cache)
    assert again.stats.analysed == 2 and to_json_text(again.briefing) == clean_text


def test_unreadable_cache_turns_the_cache_off_with_one_line(tmp_path, clean_text, caplog, monkeypatch):
    seeds, cache = _seeds_and_cache(tmp_path)
    import generator.cache as cache_mod

    real_open = os.open

    def no_access(path, flags, *args, **kwargs):
        if Path(path).is_relative_to(cache) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(cache_mod.os, "open", no_access)
    with caplog.at_level(logging.INFO, logger="generator"):
        again = build(seeds, cache_dir=cache)
    monkeypatch.undo()
    assert to_json_text(again.briefing) == clean_text
    assert again.stats.analysed == 2
    lines = [r for r in caplog.records if r.levelno >= logging.WARNING and not _undated(r)]
    assert len(lines) == 1
    message = lines[0].getMessage()
    assert "cache disabled for this build" in message and "[Errno 13] Permission denied" in message
    assert str(cache) in message


def test_full_cache_folder_turns_the_cache_off_with_one_line(tmp_path, clean_text, caplog, monkeypatch):
    """ENOSPC on every write into the cache folder: the build goes on, nothing half-written is left."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    cache = tmp_path / "cache"
    real_write = os.write

    def full(fd, data):
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(cache)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell the cache's files from others")
    monkeypatch.setattr(os, "write", full)
    with caplog.at_level(logging.INFO, logger="generator"):
        result = build(seeds, cache_dir=cache)
    monkeypatch.undo()
    assert to_json_text(result.briefing) == clean_text
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and not _undated(r)]
    assert len(lines) == 1
    assert "cache disabled for this build: cannot write" in lines[0] and "[Errno 28] No space left on device" in lines[0]
    assert str(cache) in lines[0]
    assert [p for p in cache.rglob("*") if p.is_file()] == []  # no temporary file left behind
    assert build(seeds, cache_dir=cache).stats.analysed == 2  # with room again, it fills
    assert build(seeds, cache_dir=cache).stats.analysed == 0


def test_old_pickle_cache_is_never_read(tmp_path, clean_text):
    """A cache left by the pickle format (cache/ab/<key>.pickle, corpus/*.pickle) is ignored, and the
    old corpus files are cleared away."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    cache = tmp_path / "cache"
    marker = tmp_path / "pwned"
    (cache / "corpus").mkdir(parents=True)
    (cache / "corpus" / "0123.pickle").write_bytes(pickle.dumps(_Payload(marker)))
    result = build(seeds, cache_dir=cache)
    assert not marker.exists() and result.stats.analysed == 2
    assert to_json_text(result.briefing) == clean_text
    assert [p.suffix for p in (cache / "corpus").iterdir()] == [".json"]


def test_a_non_utf8_file_name_is_cached(tmp_path):
    """Names arrive from os.listdir with surrogates (``caf\\udce9.txt``): keys, entries and the corpus key
    take them as they are."""
    from generator.analyse import model_name
    from generator.cache import Cache, Entry
    from generator.model import Article

    cache = Cache(tmp_path / "cache", model_name(None))
    name = "caf\udce9.txt"
    key = cache.key(name, b"text")
    assert key != cache.key("caf\udce8.txt", b"text")
    entry = Entry(Article(id="cafe", path=f"seeds/{name}", title="T", outlet=None, published=None, url=None,
                          paragraphs=["One."]))
    cache.save(key, entry)
    assert cache.load(key) == entry
    corpus = cache.corpus_key([f"{name}:6000000", key])
    cache.save_object(corpus, entry, Entry)
    assert cache.load_object(corpus, Entry) == entry


def test_what_a_planted_entry_says_cannot_forge_log_lines(tmp_path, caplog):
    seeds, cache = _seeds_and_cache(tmp_path)
    for corpus in _corpus(cache):
        corpus.unlink()
    entry = _entries(cache)[0]
    doc = json.loads(entry.read_bytes())
    doc["value"]["article"]["\x1b[2K\rINFO: all good\n"] = 1
    entry.write_text(json.dumps(doc), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="generator"):
        assert build(seeds, cache_dir=cache).stats.analysed == 1
    [line] = [r.getMessage() for r in caplog.records if "ignored" in r.getMessage()]
    assert line.isprintable() and "\\x1b[2K\\rINFO: all good\\n" in line


def test_a_value_that_breaks_its_type_hint_is_not_cached_and_says_where(tmp_path, monkeypatch, caplog):
    """The hints are the schema: a field holding something else is refused when written (one line
    naming the field), and the build goes on without writing the cache."""
    import generator.pipeline as pipeline

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    cache = tmp_path / "cache"
    real = pipeline._work

    def off_type(batch):
        out = real(batch)
        out[0].article.outlet = 42  # declared str | None
        return out

    monkeypatch.setattr(pipeline, "_work", off_type)
    with caplog.at_level(logging.INFO, logger="generator"):
        result = build(seeds, cache_dir=cache)
    assert result.stats.analysed == 2
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and not _undated(r)]
    assert line.startswith("cache: cannot store ") and ".article.outlet: expected NoneType | str, got int" in line
    assert [p for p in cache.rglob("*") if p.is_file()] == []


def test_mkdocs_build_with_a_planted_pickle_runs_nothing(tmp_path):
    """The reproducer of issue 17: a crafted `.briefing/cache/corpus/*.pickle` (and the same bytes in
    every cache file) and a real `mkdocs build`: nothing runs, and the site is byte for byte the same."""
    import subprocess
    import sys

    from .conftest import ROOT

    work = tmp_path / "project"
    work.mkdir()
    for name in ("mkdocs.yml", "content", "templates", "seeds", "generator"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy(src, work / name)
    bin_dir = Path(sys.executable).parent
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": f"{bin_dir}:/usr/bin:/bin", "CI": "true"}

    def site() -> dict[str, bytes]:
        proc = subprocess.run([str(bin_dir / "mkdocs"), "build", "-q"], cwd=work, capture_output=True, text=True, env=env)
        assert proc.returncode == 0, proc.stderr[-3000:]
        return {p.relative_to(work / "site").as_posix(): p.read_bytes() for p in (work / "site").rglob("*") if p.is_file()}

    clean = site()
    cache = work / ".briefing" / "cache"
    marker = tmp_path / "pwned"
    crafted = pickle.dumps(_Payload(marker))
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert files
    for path in files:
        path.write_bytes(crafted)
    (cache / "corpus" / "0000.pickle").write_bytes(crafted)
    assert site() == clean
    assert not marker.exists()
