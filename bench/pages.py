"""Reader-side figures of a built site, for `make bench`: the tallest page, the heaviest first load
and whether the timeline chart draws every dated event.

* first load of a page = its HTML + the local stylesheets and scripts it links + the search index
  (Material's search downloads it on every first load), uncompressed;
* page height = `document.documentElement.scrollHeight` at 1280×900 in Debian's chromium (through
  Playwright), of the main pages and of the ``HEAVIEST`` largest pages (HTML bytes) of each folder (the
  actor with the most mentions, a track's questions, an older month of the timeline …); left out when
  chromium or Playwright is missing;
* events drawn = dots on the timeline chart + the events counted in its weekly bars.
"""
from __future__ import annotations

import functools
import html as html_lib
import json
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit

MAIN = ("", "timeline/", "questions/", "actors/", "venues/", "sources/")
HEAVIEST = 2  # the largest pages of each folder are measured too: a page's height grows with its HTML
LINKED = re.compile(r'<(?:link[^>]+href|script[^>]+src)="([^"#?]+)[^"]*"')


def first_load_bytes(site: Path, page: Path) -> int:
    html = page.read_text(encoding="utf-8")
    here = "/" + page.relative_to(site).as_posix()
    total = page.stat().st_size
    for ref in set(LINKED.findall(html)):
        if urlsplit(ref).scheme or ref.startswith("//"):
            continue
        target = site / urljoin(here, ref).lstrip("/")
        if target.is_file() and target.suffix in {".css", ".js"}:
            total += target.stat().st_size
    index = site / "search" / "search_index.json"
    return total + (index.stat().st_size if index.is_file() else 0)


def events_drawn(site: Path) -> tuple[int, int]:
    """(events drawn on the timeline chart, dated events in the export)."""
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    dated = sum(1 for e in data["events"] if e["date"])
    html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    chart = html.split('class="timeline-figure"', 1)[-1].split("</svg>", 1)[0]
    chart = html_lib.unescape(chart)  # the chart's text is escaped for Markdown (numeric references)
    bars = sum(int(n) for n in re.findall(r"week of \d{4}-\d\d-\d\d: (\d+) events?", chart))
    return chart.count("<circle") + bars, dated


def candidates(site: Path, n: int = HEAVIEST) -> list[str]:
    """The main pages, then the ``n`` largest pages (HTML bytes) of each folder below the site's root."""
    by_folder: dict[str, list[tuple[int, str]]] = {}
    for page in site.rglob("index.html"):
        rel = page.parent.relative_to(site).as_posix() + "/"
        if rel == "./" or rel in MAIN or rel.startswith(("assets/", "search/")):
            continue
        by_folder.setdefault(rel.split("/", 1)[0], []).append((page.stat().st_size, rel))
    extra = [rel for rows in by_folder.values() for _, rel in sorted(rows, key=lambda r: (-r[0], r[1]))[:n]]
    return list(MAIN) + sorted(extra)


def heights(site: Path, paths: list[str] | None = None) -> dict[str, int]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {}
    if chromium is None:
        return {}

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    out = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            for path in paths if paths is not None else MAIN:
                page.goto(base + path)
                out[path or "home"] = page.evaluate("document.documentElement.scrollHeight")
            browser.close()
    finally:
        server.shutdown()
    return out


def measure(site: Path) -> dict:
    loads = {p.relative_to(site).as_posix(): first_load_bytes(site, p) for p in site.rglob("*.html")}
    heaviest = max(loads, key=loads.get)
    drawn, dated = events_drawn(site)
    tall = heights(site, candidates(site))
    main = {path: loads.get("index.html" if path == "home" else path + "index.html", 0) for path in tall or
            [p or "home" for p in MAIN]}  # the first load of each page measured
    return {"heaviest_page": heaviest, "heaviest_bytes": loads[heaviest],
            "search_index_bytes": (site / "search" / "search_index.json").stat().st_size,
            "events_drawn": drawn, "events_dated": dated, "heights": tall, "main_loads": main,
            "pages": len(loads), "over_600kb": sum(1 for v in loads.values() if v > 600_000)}


START, END = "<!-- pages:start (written by make bench; bench/run.py --pages-only rewrites this part alone) -->", \
    "<!-- pages:end -->"


def _row(n: int, u: dict) -> str:
    tall = max(u["heights"].items(), key=lambda kv: kv[1]) if u["heights"] else ("not measured", 0)
    over = f"{u['over_600kb']:,} of {u['pages']:,}" if "pages" in u else "n/a"
    return (f"| {n:,} | {u['heaviest_bytes'] / 1000:.0f} KB ({u['heaviest_page']}) | {over} | "
            f"{u['search_index_bytes'] / 1000:.0f} KB | {tall[1]:,} px ({tall[0]}) | "
            f"{u['events_drawn']:,} / {u['events_dated']:,} |")


def report(results: list[dict], reading: list[dict] = ()) -> list[str]:
    """The section's "Reading the site" part: a row per N (``reading``: the dedicated runs at the issue's size,
    then the build sizes), and for each dedicated run the main pages and the tallest of the others."""
    lines = [START, "## Reading the site", "",
             "First load: a page's HTML, local CSS and JS and the search index, uncompressed (target ≤ 600 KB at "
             "200 articles). Height: at 1280×900 in chromium, of the main pages and the two largest pages of each "
             "folder (target ≤ 20,000 px at 200 articles). Events drawn on the timeline chart against dated events "
             "(target: all). One cold `mkdocs build` of the generated corpus (`bench/pages.py`).", "",
             "| N | heaviest first load | pages over 600 KB | search index | tallest page measured | "
             "events drawn / dated |", "|---|---|---|---|---|---|"]
    lines += [_row(r["n"], r["pages"]) for r in [*reading, *results] if r.get("pages")]
    for r in reading:
        u = r["pages"]
        lines += ["", f"At N = {r['n']:,}, page by page (height at 1280 px; first load):", "",
                  "| page | height | first load |", "|---|---|---|"]
        loads = u.get("main_loads", {})
        main = {m or "home" for m in MAIN}
        for path, px in sorted(u["heights"].items(), key=lambda kv: (kv[0] not in main, -kv[1], kv[0])):
            load = f"{loads[path] / 1000:.0f} KB" if path in loads else ""
            lines.append(f"| {path} | {px:,} px | {load} |")
    return lines + [END]
