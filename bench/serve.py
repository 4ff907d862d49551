"""How fast ``mkdocs serve`` shows one added article (issue 15): with and without ``--dirty``.

For each N it takes the generated corpus of ``bench/run.py`` (``bench/work/n<N>``, built once by
``make bench`` or here), starts ``mkdocs serve`` on a free local port, waits for the first build,
then writes one new article into ``seeds/`` and times until the served sources index lists it (the
file watcher's debounce, the generator and MkDocs' rebuild together). The article is removed again
and the server stopped, so the corpus is left as it was.

    python bench/serve.py --sizes 100,1000            # prints a Markdown table
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.make_corpus import make_corpus  # noqa: E402
from bench.run import project  # noqa: E402

BIN = Path(sys.executable).parent
MARK = "Qzxbenchmark"
ARTICLE = (f"{MARK} talks resume in the lakeside city\n\nBy Staff Writer\n\n"
           "The foreign ministers of two neighbouring states met on Tuesday in Geneva to prepare a summit, "
           "a spokesman said. \"We expect a date soon,\" Foreign Minister Ada Lovelace said.\n")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:  # noqa: S310 - localhost only
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def _wait(url: str, test, timeout: float) -> float | None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        body = _get(url)
        if body is not None and test(body):
            return time.perf_counter() - start
        time.sleep(0.1)
    return None


def serve_once(work: Path, dirty: bool, timeout: float = 900) -> dict:
    port = _port()
    cmd = [str(BIN / "mkdocs"), "serve", "-q", "-a", f"127.0.0.1:{port}"]
    cmd += ["--dirty"] if dirty else []
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", CI="true")
    proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    added = work / "seeds" / "zz-serve-added.txt"
    url = f"http://127.0.0.1:{port}/sources/"
    try:
        first = _wait(url, lambda body: True, timeout)
        if first is None:
            raise SystemExit(f"mkdocs serve did not answer within {timeout:.0f} s")
        time.sleep(2)  # let the watcher settle after the first build
        added.write_text(ARTICLE, encoding="utf-8")
        shown = _wait(url, lambda body: MARK in body, timeout)
        return {"dirty": dirty, "first_build": first, "shown_after": shown}
    finally:
        added.unlink(missing_ok=True)
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def measure(n: int) -> list[dict]:
    work = project(ROOT / "bench" / "work" / f"n{n}")
    make_corpus(n, work / "seeds")
    shutil.rmtree(work / "site", ignore_errors=True)
    subprocess.run([str(BIN / "mkdocs"), "build", "-q"], cwd=work, check=True, capture_output=True,
                   env=dict(os.environ, NO_MKDOCS_2_WARNING="1", CI="true"))  # the cache warm, as in daily use
    return [{"n": n, **serve_once(work, dirty)} for dirty in (False, True)]


def report(rows: list[dict]) -> list[str]:
    lines = ["", "## `mkdocs serve`: one article added", "",
             "`bench/serve.py`: `mkdocs serve` on the corpus with its cache warm; one article written into `seeds/`; "
             "the time until the served sources index lists it (watcher, generator and MkDocs together). `--dirty` "
             "rebuilds only the pages whose Markdown changed: the new and changed pages are right, the others keep "
             "their old navigation until the next full build.", "",
             "| N | `mkdocs serve` | first build (warm cache) | one article added → shown |", "|---|---|---|---|"]
    for r in rows:
        shown = f"{r['shown_after']:.1f} s" if r["shown_after"] is not None else "not shown"
        lines.append(f"| {r['n']:,} | {'`--dirty`' if r['dirty'] else 'default'} | {r['first_build']:.1f} s | {shown} |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000")
    args = ap.parse_args()
    rows = [row for n in args.sizes.split(",") for row in measure(int(n))]
    print("\n".join(report(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
