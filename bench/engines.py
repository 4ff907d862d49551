"""Both engines side by side, and the page renderer alone (called from bench/run.py).

* MkDocs (`mkdocs build` with the briefing plugin) and Zensical (`python -m generator pages`, then
  `zensical build`), each cold (no `.briefing/`, no `site/`) and warm (nothing changed);
* the renderer in this process: all pages from nothing, nothing changed (every entity page's key is the
  same), and one article added, on the briefing of the same corpus.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _fresh(work: Path) -> None:
    for p in (work / ".briefing", work / "site", work / ".cache"):
        shutil.rmtree(p, ignore_errors=True)


def _zensical(work: Path, run) -> float:
    pages, _, _ = run([str(BIN / "python"), "-m", "generator", "pages", "-q"], work)
    build, _, _ = run([str(BIN / "zensical"), "build", "-f", "zensical.yml"], work)
    return pages + build


def engines(work: Path, run, repeat: int = 1) -> dict:
    """Cold and warm wall times of both engines on the corpus in ``work/seeds`` (median of ``repeat``)."""
    shutil.copy(ROOT / "zensical.yml", work / "zensical.yml")
    rows: dict[str, list[float]] = {"mkdocs_cold": [], "mkdocs_warm": [], "zensical_cold": [], "zensical_warm": []}
    for _ in range(repeat):
        _fresh(work)
        rows["mkdocs_cold"].append(run([str(BIN / "mkdocs"), "build", "-q"], work)[0])
        rows["mkdocs_warm"].append(run([str(BIN / "mkdocs"), "build", "-q"], work)[0])
        _fresh(work)
        rows["zensical_cold"].append(_zensical(work, run))
        rows["zensical_warm"].append(_zensical(work, run))
    out = {k: statistics.median(v) for k, v in rows.items()}
    out.update(render_times(work / "seeds", work / ".briefing" / "cache"))
    return out


def render_times(seeds: Path, cache: Path) -> dict:
    """Seconds to stage the pages: from nothing, with nothing changed, and with one article added."""
    import random

    sys.path.insert(0, str(ROOT))
    from bench.make_corpus import article
    from generator.pipeline import build
    from generator.render import stage_pages

    out_dir = seeds.parent / ".briefing" / "bench-pages"
    shutil.rmtree(out_dir, ignore_errors=True)
    b = build(seeds, cache_dir=cache).briefing

    def timed(briefing) -> tuple[float, int]:
        started = time.perf_counter()
        staged = stage_pages(briefing, out_dir, ROOT / "templates")
        staged.publish()
        return time.perf_counter() - started, staged.rendered

    cold, _ = timed(b)
    warm, warm_rendered = timed(b)
    name, text = article(len(b.sources), random.Random(7), [("Ada Lovelace", "Foreign Minister", "Swiss"),
                                                            ("Alan Turing", "President", "British")],
                         [("Geneva", "Switzerland", "Swiss"), ("London", "United Kingdom", "British")])
    extra = seeds / f"zz-render-{name}"
    extra.write_text(text, encoding="utf-8")
    try:
        started = time.perf_counter()
        b2 = build(seeds, cache_dir=cache).briefing
        pipeline = time.perf_counter() - started
        plus, plus_rendered = timed(b2)
    finally:
        extra.unlink()
        shutil.rmtree(out_dir, ignore_errors=True)
    return {"render_cold": cold, "render_warm": warm, "render_warm_pages": warm_rendered,
            "render_plus": plus, "render_plus_pages": plus_rendered, "pipeline_plus": pipeline,
            "pages_total": len(b2.actors) + len(b2.venues) + len(b2.sources) + 10}


def report(results: list[dict]) -> list[str]:
    """The BENCHMARKS.md section for these measures."""
    lines = ["", "## MkDocs and Zensical", "",
             "Wall time of `mkdocs build` (with the plugin) and of `python -m generator pages` + `zensical build`, "
             "cold (no `.briefing/`, no `site/`) and warm (nothing changed).", "",
             "| N | MkDocs cold | MkDocs warm | Zensical cold | Zensical warm |", "|---|---|---|---|---|"]
    for r in results:
        e = r.get("engines")
        if e:
            lines.append(f"| {r['n']:,} | {e['mkdocs_cold']:.1f} s | {e['mkdocs_warm']:.1f} s | "
                         f"{e['zensical_cold']:.1f} s | {e['zensical_warm']:.1f} s |")
    lines += ["", "## Rendering only the pages that changed", "",
              "Staging the pages in this process (`render.stage_pages`): all of them, nothing changed, one article "
              "added (pages rendered / all pages; the rest are linked from the previous build), and the pipeline "
              "(read, analyse the new article, reconcile) for that added article.", "",
              "| N | all pages | nothing changed | +1 article: render | +1 article: pipeline |", "|---|---|---|---|---|"]
    for r in results:
        e = r.get("engines")
        if e:
            lines.append(f"| {r['n']:,} | {e['render_cold']:.2f} s | {e['render_warm']:.2f} s "
                         f"({e['render_warm_pages']}/{e['pages_total']}) | {e['render_plus']:.2f} s "
                         f"({e['render_plus_pages']}/{e['pages_total']}) | {e['pipeline_plus']:.2f} s |")
    return lines
