"""Warm and +1 builds with the cache's JSON format beside the old pickle format, in one run.

The old format is kept here only, as a subclass of the cache that stores the same objects with
``pickle`` (what ``generator/cache.py`` did up to cache format 1); the pipeline is the same code for
both, so the difference is the format alone. For each format, each repeat:

  * warm: the pipeline (`generator.pipeline.build`) with nothing changed since the last build;
  * +1: one article added (it is analysed; the others come from their per-article entries).

It times the generator's pipeline in one process (the model stays loaded, as in `mkdocs serve`),
so the format's share is not hidden behind MkDocs. The per-article entries of both formats are made
from the JSON cache of a build of the same corpus when one is there (bench/run.py's), else by
one cold build.

    python bench/cache_format.py --seeds bench/work/n100/seeds --cache bench/work/n100/.briefing/cache
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pickle_cache_class():
    from generator.cache import Cache

    class PickleCache(Cache):
        """Cache format 1: the same entries as pickles (bench only: pickle runs code on load)."""

        def _load(self, path, key, tp, rekey, then):
            try:
                with path.with_suffix(".pickle").open("rb") as fh:
                    return pickle.load(fh)  # noqa: S301 - files this benchmark wrote a moment ago
            except FileNotFoundError:
                return None

        def _save(self, path, key, obj, tp):
            path = path.with_suffix(".pickle")
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            return True

    return PickleCache


def _prepare(seeds: Path, cache: Path | None, work: Path) -> tuple[Path, dict[str, Path]]:
    """A copy of the corpus, and a cache folder per format with an entry for each article."""
    from generator.analyse import model_name
    from generator.cache import Cache
    from generator.pipeline import _init_worker, build

    mine = work / "seeds"
    shutil.copytree(seeds, mine)
    folders = {"json": work / "cache-json", "pickle": work / "cache-pickle"}
    if cache is not None and cache.is_dir():
        shutil.copytree(cache, folders["json"])
    else:
        build(mine, cache_dir=folders["json"])
    _init_worker(model_name(None))  # the model and gazetteer, loaded before anything is timed
    source, target = Cache(folders["json"], model_name(None)), _pickle_cache_class()(folders["pickle"], model_name(None))
    for path in sorted(mine.iterdir()):
        key = source.key(path.name, path.read_bytes())
        target.key(path.name, path.read_bytes())
        entry = source.load(key)
        if entry is not None:
            target.save(key, entry)
    return mine, folders


def _timed(seeds: Path, folder: Path, fmt: str) -> dict:
    import generator.pipeline as pipeline
    from generator.cache import Cache

    pipeline.Cache = _pickle_cache_class() if fmt == "pickle" else Cache
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = pipeline.build(seeds, cache_dir=folder, workers=1)
        return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "analysed": result.stats.analysed}
    finally:
        pipeline.Cache = Cache


def _round(seeds: Path, folder: Path, fmt: str, extra: Path, text: str) -> dict:
    """One warm build and one build with ``extra`` added, in format ``fmt``."""
    _timed(seeds, folder, fmt)  # the corpus entry for these files (not timed)
    warm = _timed(seeds, folder, fmt)
    extra.write_text(text, encoding="utf-8")
    try:
        plus = _timed(seeds, folder, fmt)
    finally:
        extra.unlink()
    for f in folder.rglob(f"*{_key_of(folder, extra, text)}*"):
        f.unlink()  # next time the added article is analysed again
    return {"warm": warm, "plus": plus}


def _measure(seeds: Path, cache: Path | None, repeat: int) -> dict:
    sys.path.insert(0, str(ROOT))
    import random

    from bench.make_corpus import article

    with tempfile.TemporaryDirectory(prefix="cache-format-") as tmp:
        mine, folders = _prepare(seeds, cache, Path(tmp))
        n = len(list(mine.iterdir()))
        name, text = article(n + 1, random.Random(n), [("Grace Hopper", "Foreign Minister", "Swiss"),
                                                       ("Alan Turing", "President", "British")],
                             [("Geneva", "Switzerland", "Swiss"), ("London", "United Kingdom", "British")])
        extra = mine / f"zz-format-{name}"
        for fmt, folder in folders.items():
            _round(mine, folder, fmt, extra, text)  # warm-up: first analysis in this process, codecs made
        rounds: dict = {fmt: [] for fmt in folders}
        for i in range(repeat):
            for fmt in sorted(folders, reverse=bool(i % 2)):  # each format goes first every other time
                rounds[fmt].append(_round(mine, folders[fmt], fmt, extra, text))
        sizes = {fmt: sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) for fmt, folder in folders.items()}
    out = {"n": n, "repeat": repeat}
    for fmt, rs in rounds.items():
        out[fmt] = {f"{kind}_{clock}": statistics.median(r[kind][clock] for r in rs)
                    for kind in ("warm", "plus") for clock in ("wall", "cpu")}
        out[fmt].update(plus_analysed=max(r["plus"]["analysed"] for r in rs), bytes=sizes[fmt])
    return out


def _key_of(folder: Path, path: Path, text: str) -> str:
    from generator.analyse import model_name
    from generator.cache import Cache

    return Cache(folder, model_name(None)).key(path.name, text.encode("utf-8"))


def measure(seeds: Path, cache: Path | None, repeat: int) -> dict:
    """Run in a process of its own (bench/run.py stays free of spaCy); the measures as a dict."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--seeds", str(seeds), "--repeat", str(repeat)]
    if cache is not None:
        cmd += ["--cache", str(cache)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=dict(os.environ, CI="true"))
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(results: list[dict]) -> list[str]:
    """The BENCHMARKS.md section: both formats side by side, JSON against pickle, and what the
    difference is worth in a whole `mkdocs build` of the same run (bench/run.py's warm and +1 totals)."""
    lines = ["", "## Cache format: JSON against the old pickle", "",
             "The pipeline alone (`generator.pipeline.build` in one process, model loaded), warm and with one "
             "article added, with the cache entries as JSON (`generator/serial.py`, checked on load) and as the "
             "pickles of cache format 1 (kept in `bench/cache_format.py` only), measured in the same run, each "
             "format first every other time; CPU seconds of the process (wall seconds in "
             "bench/work/results.json). *Share of the build*: JSON's extra time against the whole `mkdocs build` "
             "(warm, +1) above. Target: within 10 %.", "",
             "| N | runs | warm, pickle | warm, JSON | JSON/pickle | share of the warm build | +1, pickle | +1, JSON "
             "| JSON/pickle | share of the +1 build | cache, pickle | cache, JSON |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        c = r.get("cache_format")
        if not c:
            continue
        p, j = c["pickle"], c["json"]
        warm = f"{100 * (j['warm_cpu'] - p['warm_cpu']) / r['warm_wall']:+.1f} %" if r.get("warm_wall") else "–"
        plus = f"{100 * (j['plus_cpu'] - p['plus_cpu']) / r['plus_wall']:+.1f} %" if r.get("plus_wall") else "–"
        lines.append(f"| {c['n']:,} | {c['repeat']} | {p['warm_cpu']:.3f} s | {j['warm_cpu']:.3f} s | "
                     f"{j['warm_cpu'] / p['warm_cpu']:.2f} | {warm} | {p['plus_cpu']:.2f} s | {j['plus_cpu']:.2f} s | "
                     f"{j['plus_cpu'] / p['plus_cpu']:.2f} | {plus} | {p['bytes'] / 2**20:.1f} MiB | "
                     f"{j['bytes'] / 2**20:.1f} MiB |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=None, help="a JSON cache of a build of these seeds (optional)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(json.dumps(_measure(args.seeds, args.cache, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
