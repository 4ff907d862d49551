#!/usr/bin/env python3
"""``make eval``: score every corpus whose texts are here, skip the others.

- the seeds (``seeds/`` against ``SHARED/corpus/seeds-gold.yml``) and the dev corpus
  (``SHARED/corpus/dev``), when ``SHARED`` (default ``../shared``) is present;
- every real corpus ``eval/real/<story>/`` with a ``gold.yml`` whose texts are present under
  ``REAL_CORPUS/<story>/`` (default ``../real``); absent texts are skipped, so CI never needs them.

For each corpus it prints the scorer's summary line (``SHARED/eval/score.py``), and for a real
corpus also the count of page-furniture lines on its pages (``eval/furniture_count.py``).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def score(name: str, seeds: Path, gold: Path, scorer: Path, tmp: Path) -> None:
    out = tmp / f"{name.replace('/', '_')}.json"
    proc = subprocess.run([sys.executable, "-m", "generator", "export", "-q", "--no-cache", "--seeds", str(seeds),
                           "--output", str(out)], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"{name}: export failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
        return
    res = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--briefing", str(out)],
                         capture_output=True, text=True)
    lines = res.stdout.strip().splitlines()
    print(f"{name}: {lines[-1] if lines else res.stderr.strip()}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--real", type=Path, default=ROOT.parent / "real")
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "real", help="folder of <story>/gold.yml")
    args = ap.parse_args()
    scorer = args.shared / "eval" / "score.py"
    if not scorer.is_file():
        print(f"skipped: no scorer at {scorer} (set SHARED=DIR)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpora = [("seeds", ROOT / "seeds", args.shared / "corpus" / "seeds-gold.yml"),
                   ("dev", args.shared / "corpus" / "dev", args.shared / "corpus" / "dev" / "gold.yml")]
        for story in sorted(p.parent for p in args.gold.glob("*/gold.yml")):
            corpora.append((f"real/{story.name}", args.real / story.name, story / "gold.yml"))
        for name, seeds, gold in corpora:
            if not seeds.is_dir() or not gold.is_file():
                print(f"{name}: skipped ({seeds if not seeds.is_dir() else gold} is not here)")
                continue
            score(name, seeds, gold, scorer, tmp)
            if name.startswith("real/"):
                snippets = gold.parent / "furniture.yml"
                cmd = [sys.executable, str(ROOT / "eval" / "furniture_count.py"), str(seeds), "--snippets", str(snippets)]
                res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
                if res.returncode != 0:
                    print(f"{name}: furniture count failed: {(res.stderr.strip().splitlines() or ['?'])[-1]}")
                else:
                    print(f"{name}: {res.stdout.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
