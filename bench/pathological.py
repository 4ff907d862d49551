"""Pathological articles: each must build, or be refused with a message, within 30 s and 1 GB.

Each case is one hostile or absurd article beside one ordinary article, built by a cold
`mkdocs build` (no cache); the time and the peak memory of the build go into BENCHMARKS.md.
The same generators feed the tests (tests/test_pathological.py), which assert the outcome
(refused with which message, or built with which note), never a duration.

    python bench/pathological.py            # all cases, table on stdout
"""
from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

GOOD = ("Ministers meet in Oslo\n\nForeign Minister Jean Dupont said on Monday that talks in Oslo would resume "
        "next week.\n")
LIMIT_SECONDS, LIMIT_MIB = 30, 1024


def spaces_and_punctuation() -> str:
    """Long runs of spaces and punctuation (the case that took 523 s)."""
    line = ("The minister said" + " " * 4000 + ".,;:!?-'\"" * 400 + " talks" + "." * 3000 + " " * 3000
            + "(" * 500 + ")" * 500 + "|" * 500 + "_*[" * 300 + ".")
    return "Talks resume in Geneva\n\n" + "\n\n".join([line] * 16) + "\n"


def one_letter_sentences(n: int = 100_000) -> str:
    """n one-letter sentences, about 2n bytes, on lines of 80 characters (no line is too long)."""
    rng = random.Random(1)
    words = [rng.choice("abcdefghijklmnopqrstuvwxyz") + "." for _ in range(n)]
    lines = [" ".join(words[i:i + 26]) for i in range(0, n, 26)]
    return "Letters\n\n" + "\n".join(lines) + "\n"


def long_prose(chars: int = 295_000) -> str:
    """Plausible prose with many distinct names, ``chars`` characters long."""
    rng = random.Random(2)
    words = ("the minister said that talks in Geneva would resume on Monday with officials from both sides and "
             "a delegation led by the envoy after weeks of contacts").split()
    syll = ["ka", "lo", "mir", "an", "de", "vo", "ri", "sel", "ta", "nor", "bel", "os", "ven", "du"]
    paras, size = [], 0
    while size < chars:
        sents = []
        for _ in range(5):
            name = " ".join("".join(rng.choice(syll) for _ in range(3)).capitalize() for _ in range(2))
            sents.append(f"{name} said " + " ".join(rng.choice(words) for _ in range(18)) + ".")
        para = " ".join(sents)
        paras.append(para)
        size += len(para) + 2
    return "A long article\n\n" + "\n\n".join(paras) + "\n"


def nested_html(depth: int = 10_000) -> str:
    body = "<p>The minister said on Monday that talks in Geneva would resume next week with both delegations.</p>"
    return ("<html><head><title>Deep</title></head><body>\n" + "<div>\n" * depth + body + "\n"
            + "</div>\n" * depth + "</body></html>\n")


def far_dates() -> str:
    return ("---\ntitle: Far dates\npublished: 9999-12-31\n---\n"
            "Foreign Minister Jean Dupont said the talks would end on December 31, 9999.\n\n"
            "He said the next round would open in the year 99999999 and that 99999999999 days ago "
            "nothing had been agreed.\n")


CASES = {  # name → (file name, text)
    "spaces and punctuation": ("spaces.txt", spaces_and_punctuation),
    "100,000 one-letter sentences": ("letters.txt", one_letter_sentences),
    "295,000 characters of prose": ("long.txt", long_prose),
    "prose just under the token budget": ("budget.txt", lambda: long_prose(38_000)),
    "HTML nested 10,000 deep": ("nested.html", nested_html),
    "dates past year 9999": ("far.md", far_dates),
}


def write_case(name: str, seeds: Path) -> Path:
    """The case's article and one ordinary article in ``seeds`` (emptied first)."""
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    (seeds / "ordinary.txt").write_text(GOOD, encoding="utf-8")
    file_name, make = CASES[name]
    path = seeds / file_name
    path.write_text(make(), encoding="utf-8")
    return path


def measure(work_root: Path) -> list[dict]:
    """A cold `mkdocs build` of each case: wall seconds, peak RSS and what the build said about it."""
    from bench.run import project, run

    BIN = Path(sys.executable).parent
    rows = []
    for name, (file_name, _) in CASES.items():
        work = project(work_root / file_name.replace(".", "-"))
        for p in (work / ".briefing", work / "site"):
            shutil.rmtree(p, ignore_errors=True)
        write_case(name, work / "seeds")
        wall, rss, err = run([str(BIN / "mkdocs"), "build"], work)
        said = [line.split(f"{file_name}: ", 1)[1] for line in err.splitlines()
                if f"{file_name}: " in line and "no publication date found" not in line]  # not the undated warning
        page = work / "site" / "sources" / file_name.rsplit(".", 1)[0] / "index.html"
        outcome = f"refused: {said[0]}" if said else ("built" if page.is_file() else "?")
        rows.append({"case": name, "seconds": wall, "rss": rss, "outcome": outcome,
                     "ok": wall <= LIMIT_SECONDS and rss <= LIMIT_MIB})
    return rows


def report(rows: list[dict]) -> list[str]:
    lines = ["", "## Pathological articles", "",
             f"Each case is one article beside an ordinary one, cold `mkdocs build` (no cache); each must build or "
             f"be refused within {LIMIT_SECONDS} s and {LIMIT_MIB // 1024} GB (`bench/pathological.py`).", "",
             "| case | build | peak RSS | within limits | outcome |", "|---|---|---|---|---|"]
    for r in rows:
        outcome = r["outcome"].replace("|", "\\|")
        lines.append(f"| {r['case']} | {r['seconds']:.1f} s | {r['rss']} MiB | {'yes' if r['ok'] else '**no**'} | {outcome} |")
    return lines


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print("\n".join(report(measure(Path(__file__).resolve().parent / "work" / "pathological"))))
