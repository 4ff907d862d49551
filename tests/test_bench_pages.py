"""`make bench` writes the reader's figures (bench/pages.py); `--pages-only` rewrites their part alone."""
from __future__ import annotations

import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from bench import pages, run  # noqa: E402

RESULT = {"n": 200, "pages": {"heaviest_page": "index.html", "heaviest_bytes": 587_000, "search_index_bytes": 211_000,
                              "events_drawn": 762, "events_dated": 762, "pages": 700, "over_600kb": 0,
                              "heights": {"home": 5776, "questions/": 8095, "actors/x/": 3000},
                              "main_loads": {"home": 587_000, "questions/": 400_000}}}


def test_report_has_a_row_per_n_and_the_pages_of_the_dedicated_run():
    lines = pages.report([{"n": 100, "pages": {**RESULT["pages"], "heights": {}}}], [RESULT])
    assert lines[0] == pages.START and lines[-1] == pages.END
    text = "\n".join(lines)
    assert "| 200 | 587 KB (index.html) | 0 of 700 | 211 KB | 8,095 px (questions/) | 762 / 762 |" in text
    assert "| 100 | 587 KB (index.html) | 0 of 700 | 211 KB | 0 px (not measured) | 762 / 762 |" in text
    assert "| home | 5,776 px | 587 KB |" in text and "| actors/x/ | 3,000 px |  |" in text


def test_pages_only_rewrites_its_part_and_nothing_else(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(f"# Benchmarks\n\nintro\n\n{run.START}\n## Builds\n\nkept\n\n## Reading the site\n\nold figures\n\n"
                    f"## Pathological articles\n\nkept too\n{run.END}\n\n## Notes\n\nhand-written\n", encoding="utf-8")
    run.write_pages_only(RESULT, path)
    first = path.read_text(encoding="utf-8")
    assert "old figures" not in first and first.count("## Reading the site") == 1
    assert "kept\n" in first and "kept too" in first and "hand-written" in first
    assert first.index("## Builds") < first.index(pages.START) < first.index("## Pathological") < first.index(run.END)
    assert pages.END + "\n\n## Pathological" in first
    run.write_pages_only(RESULT, path)  # again: the same file (its markers found this time)
    assert path.read_text(encoding="utf-8") == first
