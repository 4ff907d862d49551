"""The built site in a real browser (Debian's chromium driven by Playwright), served on localhost.

Screenshots of the main pages at desktop and phone widths are kept in test-artifacts/screenshots/.
"""
from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--no-default-browser-check"]

if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("chromium is not installed: `make test` installs it with apt-get (package chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def base_url(request):
    """The site as each engine builds it (the smoke tests run on both)."""
    site: Path = request.getfixturevalue("real_site" if request.param == "mkdocs" else "zensical_site")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    hosts = {urlsplit(u).hostname for u in pg.requests if urlsplit(u).scheme in {"http", "https", "ws", "wss"}}
    assert hosts <= {"127.0.0.1"}, f"requests left the machine: {sorted(hosts)}"
    context.close()


def test_home_page_opens(page, base_url):
    page.goto(base_url)
    assert page.title() in {"Briefing", "Home - Briefing"}  # MkDocs, Zensical (which names the nav entry too)
    assert page.locator("h2#latest-developments").is_visible()
    assert page.locator("a.cite").count() > 3


def test_search_finds_an_actor_and_lands_on_the_page(page, base_url):
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    if page.locator("input.md-search__input").count():  # MkDocs (Material)
        box = page.locator("input.md-search__input")
        box.click()
        result = page.locator(".md-search-result__item a", has_text="Sergei Lavrov").first
    else:  # Zensical: a button opens the search dialog (in a shadow root, which Playwright's locators enter)
        page.locator("button.md-search__button").click()
        box = page.locator("input[placeholder='Search']")
        result = page.locator("a[href*='actors/sergei-lavrov/?h=']", has_text="Sergei Lavrov").first
    box.press_sequentially("Lavrov", delay=40)
    result.wait_for(timeout=15000)
    result.click()
    page.wait_for_url("**/actors/sergei-lavrov/**")
    assert page.locator("h1").inner_text().startswith("Sergei Lavrov")
    assert "foreign minister" in page.locator("article").inner_text()


def test_citation_leads_to_the_highlighted_sentence(page, base_url):
    page.goto(base_url + "timeline/")
    cite = page.locator("article li a.cite").first
    cite.click()
    page.wait_for_url("**/sources/**#s*")
    anchor = page.url.split("#", 1)[1]
    target = page.locator(f"span.sentence#{anchor}")
    assert target.is_visible()
    colour = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in {"rgba(0, 0, 0, 0)", "transparent"}  # :target highlight
    assert target.evaluate("el => el.getBoundingClientRect().top") >= 0


def test_no_request_leaves_the_machine_on_any_main_page(page, base_url):
    for path in ("", "actors/", "venues/", "timeline/", "questions/", "sources/", "venues/moscow/"):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    # the `page` fixture asserts on every request's host


@pytest.mark.parametrize("width,height,label", [(1280, 900, "desktop"), (390, 844, "phone")])
def test_screenshots(browser, base_url, width, height, label):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    for name, path in (("home", ""), ("actor", "actors/dmitry-peskov/"), ("timeline", "timeline/"),
                       ("questions", "questions/")):
        pg.goto(base_url + path)
        pg.wait_for_load_state("networkidle")
        out = ARTIFACTS / f"{name}-{label}.png"
        pg.screenshot(path=str(out), full_page=False)
        assert out.stat().st_size > 5000
        overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name} scrolls sideways at {width}px"
    context.close()
