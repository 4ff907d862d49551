"""Reader-side figures of a built site, for `make bench`: the tallest page, the heaviest first load
and whether the timeline chart draws every dated event.

* first load of a page = its HTML + the local stylesheets and scripts it links + the search index
  (Material's search downloads it on every first load), uncompressed;
* page height = `document.documentElement.scrollHeight` at 1280×900 in Debian's chromium (through
  Playwright); left out when chromium or Playwright is missing;
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


def heights(site: Path) -> dict[str, int]:
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
            for path in MAIN:
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
    tall = heights(site)
    return {"heaviest_page": heaviest, "heaviest_bytes": loads[heaviest],
            "search_index_bytes": (site / "search" / "search_index.json").stat().st_size,
            "events_drawn": drawn, "events_dated": dated, "heights": tall}


def report(results: list[dict]) -> list[str]:
    lines = ["", "## Reading the site", "",
             "First load: a page's HTML, local CSS and JS and the search index, uncompressed (target ≤ 600 KB). "
             "Height: at 1280×900 in chromium (target ≤ 20,000 px). Events drawn on the timeline chart against "
             "dated events (target: all).", "",
             "| N | heaviest first load | search index | tallest page | events drawn / dated |", "|---|---|---|---|---|"]
    for r in results:
        u = r.get("pages")
        if not u:
            continue
        tall = max(u["heights"].items(), key=lambda kv: kv[1]) if u["heights"] else ("not measured", 0)
        lines.append(f"| {r['n']:,} | {u['heaviest_bytes'] / 1000:.0f} KB ({u['heaviest_page']}) | "
                     f"{u['search_index_bytes'] / 1000:.0f} KB | {tall[1]:,} px ({tall[0]}) | "
                     f"{u['events_drawn']} / {u['events_dated']} |")
    return lines
