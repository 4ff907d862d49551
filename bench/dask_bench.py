"""Benchmarks of issue 16: the dask executor beside the local pool, and the reduce step at scale.

* ``compare(sizes, workers, repeat)`` (called by ``bench/run.py``, so ``make bench`` reports it):
  a cold ``export`` of the same generated corpus with the local process pool and with the dask
  executor (a LocalCluster of as many single-threaded worker processes), runs alternated, medians;
  the two JSON files must be byte-identical.
* ``python bench/dask_bench.py --scaling 1000,10000,50000 --site 10000``: the reduce step
  (``reconcile.build_briefing``) on N articles' facts, its time and peak memory, with analysis
  served from the cache; then the site (pages + ``mkdocs build``) at the ``--site`` size. The
  facts of N articles are synthesised from a base corpus analysed once (``--base``, cached):
  copy k of an article is the same facts with every invented person renamed (new names from the
  same syllables), so the copies are new actors in the same places and on the same dates. Writes
  the section between the ``dask-scaling`` markers of BENCHMARKS.md.

    python bench/dask_bench.py --compare 100 --repeat 1        # a quick look at the executors
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import pickletools
import random
import re
import shutil
import statistics
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.make_corpus import SYLLABLES, make_corpus, people_of  # noqa: E402

BIN = Path(sys.executable).parent
WORK = ROOT / "bench" / "work"
START, END = "<!-- dask-scaling:start (written by bench/dask_bench.py --scaling) -->", "<!-- dask-scaling:end -->"


def _child(args: list[str], cpu: float | None = None, memory_gib: float | None = None) -> tuple[float, dict | None]:
    """(wall seconds, the JSON it printed last) of this file run with ``args`` in a fresh process;
    (wall, None) when it ran out of CPU time (SIGXCPU) or memory."""
    env = dict(os.environ, CI="true", NO_MKDOCS_2_WARNING="1")
    timeout = 6 * cpu if cpu else None  # a shared machine: CPU seconds are the limit, wall time only a backstop

    def limit():
        import resource

        if memory_gib:
            cap = int(memory_gib * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        if cpu:
            resource.setrlimit(resource.RLIMIT_CPU, (int(cpu), int(cpu) + 5))

    start = time.perf_counter()
    proc = subprocess.Popen([str(BIN / "python"), str(Path(__file__).resolve()), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=limit)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return time.perf_counter() - start, None
    wall = time.perf_counter() - start
    if proc.returncode and ("MemoryError" in err or proc.returncode in (-24, -9)):  # SIGXCPU, SIGKILL
        return wall, None
    if proc.returncode:
        raise SystemExit(f"dask_bench {' '.join(args)} failed:\n{err[-2000:]}")
    return wall, json.loads(out.strip().splitlines()[-1])


# ---- the executors side by side -----------------------------------------------------------------------


def _child_build(seeds: Path, executor: str, workers: int, output: Path) -> dict:
    from generator.export import export
    from generator.pipeline import build

    result = build(seeds, workers=workers, executor=executor, quiet=True)
    export(result.briefing, output)
    return {"seconds": result.stats.seconds, "analysed": result.stats.analysed}


def compare(sizes: list[int], workers: int, repeat: int) -> list[dict]:
    """Cold builds (no cache) of the same corpus on each executor, alternated; medians."""
    rows = []
    for n in sizes:
        seeds = WORK / f"n{n}" / "seeds"
        if len(list(seeds.glob("*"))) != n:
            make_corpus(n, seeds)
        runs: dict[str, list[dict]] = {"local": [], "dask": []}
        outputs = {}
        for _ in range(repeat):
            for executor in runs:
                outputs[executor] = WORK / f"n{n}-{executor}.json"
                _, got = _child(["--child-build", str(seeds), executor, str(workers), str(outputs[executor])])
                got["generator"] = sum(got["seconds"].values())
                runs[executor].append(got)
        same = outputs["local"].read_bytes() == outputs["dask"].read_bytes()
        row = {"n": n, "workers": workers, "repeat": repeat, "identical": same}
        for executor, got in runs.items():
            row[f"{executor}_gen"] = statistics.median(g["generator"] for g in got)
            row[f"{executor}_analyse"] = statistics.median(g["seconds"]["analyse_extract"] for g in got)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    return rows


def report(rows: list[dict]) -> str:
    """The Markdown section that ``make bench`` adds under its own tables."""
    lines = ["", "## Executors: local process pool and Dask", "",
             "Cold `export` of the same corpus (no cache) with `--executor local` and `--executor dask` (a LocalCluster "
             "of the same number of single-threaded worker processes, started and stopped by the build), runs "
             "alternated, medians (`bench/dask_bench.py`).", "",
             "| N | workers | runs | local: analysis + extraction | dask | local: generator | dask | dask overhead "
             "(generator; target ≤ 15 %) | same briefing.json |", "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['n']:,} | {r['workers']} | {r['repeat']} | {r['local_analyse']:.1f} s | {r['dask_analyse']:.1f} s "
                     f"| {r['local_gen']:.1f} s | {r['dask_gen']:.1f} s | {100 * (r['dask_gen'] / r['local_gen'] - 1):+.1f} % "
                     f"| {'yes' if r['identical'] else '**no**'} |")
    return "\n".join(lines) + "\n"


# ---- the reduce step at scale ---------------------------------------------------------------------------


def base_facts(n: int, workers: int) -> Path:
    """The facts of a generated corpus of ``n`` articles (analysed once, then from the cache), pickled."""
    import generator.cache as cache_mod
    import generator.pipeline as pipeline

    work = WORK / f"scale-base-{n}"
    seeds, path = work / "seeds", work / "facts.pickle"
    if path.is_file() and len(list(seeds.glob("*"))) == n:
        return path  # analysed before (remove bench/work/scale-base-N after changing the extractors)
    make_corpus(n, seeds)
    captured = []
    reduce = pipeline.build_briefing
    pipeline.build_briefing = lambda facts: captured.append(facts) or reduce(facts)
    cache_mod.Cache.load_object = lambda self, name, tp=None: None  # the per-article cache only: reconcile must run
    pipeline.build(seeds, cache_dir=work / "cache", workers=workers)
    path.write_bytes(pickle.dumps(captured[0], protocol=2))  # protocol 2: no frames, strings as BINUNICODE
    return path


class Replicator:
    """Copies of a list of facts with every invented person renamed, straight from the pickle's bytes."""

    def __init__(self, data: bytes, names: list[str]):
        words = sorted({w for name in names for w in name.split()}, key=lambda w: (-len(w), w))  # longest first; ties by name, not by hash order
        self.words = words
        self.pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
        self.chunks: list[bytes] = []
        self.strings: list[str] = []
        last = 0
        ops = list(pickletools.genops(data))
        for (op, arg, pos), nxt in zip(ops, ops[1:]):
            if op.name == "BINUNICODE" and self.pattern.search(arg):
                self.chunks.append(data[last:pos])
                self.strings.append(arg)
                last = nxt[2]
        self.chunks.append(data[last:])
        self.n = len(pickle.loads(data))

    def copy(self, k: int) -> list:
        rng = random.Random(k)
        new = {w.lower(): "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for w in self.words}

        def rename(m: re.Match) -> str:
            word, repl = m[1], new[m[1].lower()]
            return repl.upper() if word.isupper() else repl.capitalize() if word[:1].isupper() else repl

        out = [self.chunks[0]]
        for text, chunk in zip(self.strings, self.chunks[1:]):
            enc = self.pattern.sub(rename, text).encode("utf-8", "surrogatepass")
            out += [b"X" + struct.pack("<I", len(enc)) + enc, chunk]
        facts = pickle.loads(b"".join(out))  # noqa: S301 - our own bytes
        for f in facts:
            f.article.id = f"{f.article.id}-c{k}"
            f.article.path = f"{f.article.path}-c{k}"
        return facts


def _memory() -> dict[str, int]:
    """This process's resident and peak resident memory, MiB (Linux)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            out[line.split(":")[0]] = int(line.split()[1]) // 1024
    return out


def _child_reduce(facts_path: Path, base_n: int, n: int, pages: Path | None) -> dict:
    import gc

    from generator.export import to_json_text
    from generator.reconcile import build_briefing

    baseline = _memory()["VmRSS"]
    rep = Replicator(facts_path.read_bytes(), [p[0] for p in people_of(base_n)])
    facts = []
    for k in range(-(-n // rep.n)):
        facts.extend(rep.copy(k) if k else pickle.loads(facts_path.read_bytes()))  # noqa: S301
    del facts[n:]
    gc.collect()
    held = _memory()["VmRSS"] - baseline
    build_briefing(pickle.loads(facts_path.read_bytes())[:5])  # noqa: S301 - imports and gazetteer, once
    gc.collect()
    before = _memory()["VmRSS"]
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak to now
    cpu = time.process_time()
    started = time.perf_counter()
    briefing = build_briefing(facts)
    reduce_s, reduce_cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = _memory()["VmHWM"]
    started = time.perf_counter()
    text = to_json_text(briefing)
    row = {"n": n, "reduce_s": reduce_s, "reduce_cpu": reduce_cpu, "facts_mib": held, "peak_mib": peak,
           "reduce_mib": peak - before, "json_s": time.perf_counter() - started,
           "json_mib": len(text.encode()) / 2**20, "actors": len(briefing.actors), "venues": len(briefing.venues),
           "events": len(briefing.events), "questions": len(briefing.questions)}
    if pages is not None:
        from generator.render import render_site

        started = time.perf_counter()
        written, _ = render_site(briefing, pages, templates=ROOT / "templates", content=ROOT / "content")
        row.update(render_s=time.perf_counter() - started, pages=len(written))
    return row


def _site_project(pages: Path, work: Path) -> Path:
    """A MkDocs project of the generated pages and the hand-written ones, without the generator's hook."""
    import yaml

    docs = work / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    shutil.copytree(pages, docs)
    shutil.copytree(ROOT / "content", docs, dirs_exist_ok=True)
    cfg = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    cfg.pop("hooks", None)
    cfg["plugins"] = [p for p in cfg.get("plugins", []) if "briefing" not in json.dumps(p)]
    cfg.update(docs_dir="docs", site_dir="site")
    (work / "mkdocs.yml").write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return work


def _zensical_site(project: Path, run) -> dict:
    """Zensical on the same docs folder as MkDocs (its own site folder): wall time and peak RSS."""
    (project / "zensical.yml").write_text("INHERIT: mkdocs.yml\nsite_dir: site-zensical\n", encoding="utf-8")
    shutil.rmtree(project / "site-zensical", ignore_errors=True)
    try:
        wall, rss, _ = run([str(BIN / "zensical"), "build", "-f", "zensical.yml"], project)
    except SystemExit as exc:  # a failed build is a result too: say why, keep MkDocs' figures
        lines = [x for x in str(exc).splitlines() if x.strip()]
        return {"zensical_failed": lines[-1][:300] if lines else "failed"}
    return {"zensical_s": wall, "zensical_mib": rss}


def scaling(sizes: list[int], site: int | None, base: int, workers: int, cpu: float,
            memory_gib: float) -> tuple[list[dict], dict | None]:
    facts = base_facts(base, workers)
    rows, site_row = [], None
    for n in sizes:
        pages = WORK / f"scale-{n}" / "pages" if n == site else None
        wall, row = _child(["--child-reduce", str(facts), str(base), str(n), str(pages or "")], cpu, memory_gib)
        if row is None:  # out of time or memory: that is where it stops fitting
            rows.append({"n": n, "stopped": f"stopped after {wall:.0f} s (limits: {cpu:.0f} CPU-s, {memory_gib} GiB)"})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
            break
        row["wall"] = wall
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
        if pages is not None:
            from bench.run import run

            project = _site_project(pages, WORK / f"scale-{n}")
            shutil.rmtree(project / "site", ignore_errors=True)
            mk_wall, mk_rss, _ = run([str(BIN / "mkdocs"), "build", "-q"], project)
            site_bytes = sum(p.stat().st_size for p in (project / "site").rglob("*") if p.is_file())
            index = project / "site" / "search" / "search_index.json"
            site_row = {"n": n, "render_s": row["render_s"], "pages": row["pages"], "mkdocs_s": mk_wall,
                        "mkdocs_mib": mk_rss, "site_mib": site_bytes / 2**20,
                        "search_mib": index.stat().st_size / 2**20 if index.exists() else 0}
            print(json.dumps(site_row), file=sys.stderr, flush=True)
            site_row.update(_zensical_site(project, run))
            print(json.dumps(site_row), file=sys.stderr, flush=True)
    return rows, site_row


def scaling_report(rows: list[dict], site_row: dict | None, base: int) -> str:
    lines = [f"Measured by `bench/dask_bench.py --scaling` ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores). "
             f"The facts of N articles are {base} analysed generated articles (from the cache) replicated with every "
             "person renamed; the reduce step runs alone in a fresh process.", "",
             "| N | reduce (`build_briefing`): CPU | wall | facts held | reduce's own peak | process peak | JSON export | "
             "briefing.json | actors | venues | events | questions |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if "stopped" in r:
            lines.append(f"| {r['n']:,} | {r['stopped']} |" + " |" * 10)
            continue
        lines.append(f"| {r['n']:,} | {r['reduce_cpu']:.1f} s | {r['reduce_s']:.1f} s | {r['facts_mib']:,} MiB | +{r['reduce_mib']:,} MiB | "
                     f"{r['peak_mib']:,} MiB | "
                     f"{r['json_s']:.1f} s | {r['json_mib']:.0f} MiB | {r['actors']:,} | {r['venues']:,} | "
                     f"{r['events']:,} | {r['questions']:,} |")
    if site_row:
        lines += ["", "| N | pages rendered | render | `mkdocs build` | its peak RSS | `zensical build` | its peak RSS | site/ | search index |",
                  "|---|---|---|---|---|---|---|---|---|",
                  f"| {site_row['n']:,} | {site_row['pages']:,} | {site_row['render_s']:.1f} s | {site_row['mkdocs_s']:.0f} s | "
                  f"{site_row['mkdocs_mib']:,} MiB | {_zensical_cells(site_row)} | "
                  f"{site_row['site_mib']:.0f} MiB | {site_row['search_mib']:.0f} MiB |"]
    return "\n".join(lines)


def _zensical_cells(row: dict) -> str:
    if "zensical_failed" in row:
        return f"failed: {row['zensical_failed']} | –"
    return f"{row.get('zensical_s', 0):.0f} s | {row.get('zensical_mib', 0):,} MiB"


def _write_section(text: str, path: Path = ROOT / "BENCHMARKS.md") -> None:
    doc = path.read_text(encoding="utf-8")
    if START not in doc or END not in doc:
        doc = doc.rstrip("\n") + "\n\n" + START + "\n" + END + "\n"
    head, rest = doc.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(head + START + "\n" + text.strip("\n") + "\n" + END + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--compare", default=None, help="sizes for the executors side by side, e.g. 100,1000")
    ap.add_argument("--scaling", default=None, help="sizes for the reduce step, e.g. 1000,10000,50000")
    ap.add_argument("--site", type=int, default=None, help="also build the site at this size (one of --scaling)")
    ap.add_argument("--base", type=int, default=300, help="generated articles analysed for the scaling study")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cpu", type=float, default=300, help="CPU seconds one size of the scaling study may take")
    ap.add_argument("--memory", type=float, default=8, help="GiB one size of the scaling study may use")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--child-build", nargs=4, help=argparse.SUPPRESS)
    ap.add_argument("--child-reduce", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_build:
        seeds, executor, workers, output = args.child_build
        print(json.dumps(_child_build(Path(seeds), executor, int(workers), Path(output))))
        return 0
    if args.child_reduce:
        facts, base, n, pages = args.child_reduce
        print(json.dumps(_child_reduce(Path(facts), int(base), int(n), Path(pages) if pages else None)))
        return 0
    if args.compare:
        print(report(compare([int(x) for x in args.compare.split(",")], args.workers, args.repeat)))
    if args.scaling:
        rows, site_row = scaling([int(x) for x in args.scaling.split(",")], args.site, args.base, args.workers,
                                 args.cpu, args.memory)
        text = scaling_report(rows, site_row, args.base)
        print(text)
        _write_section(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
