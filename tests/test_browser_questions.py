"""The questions of a larger corpus in a real browser: a page per track, the questions page a list of tracks.

Twelve generated articles (`bench/make_corpus.py`, each its own story) give more questions than one page
holds, in several tracks; the site is built with plain `mkdocs build` (the briefing plugin) and opened in
chromium at desktop and phone widths, with axe-core. Screenshots go to test-artifacts/screenshots/.
"""
from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_browser import ARTIFACTS, AXE, CHROMIUM, WIDTHS, _Quiet, browser, open_sized, serious_violations  # noqa: F401 (browser: the shared fixture)

if CHROMIUM is None:  # test_browser.py skips (or fails in CI) for the same reason
    pytest.skip("chromium is not installed", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def many_site(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT))
    from bench.make_corpus import make_corpus

    work = tmp_path_factory.mktemp("many") / "project"
    work.mkdir()
    for name in ("content", "templates"):
        shutil.copytree(ROOT / name, work / name)
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    make_corpus(12, work / "seeds")
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
           "HOME": str(work), **({"CI": os.environ["CI"]} if "CI" in os.environ else {})}
    proc = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict"], cwd=work,
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return work / "site"


@pytest.fixture(scope="module")
def many_url(many_site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(many_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(params=WIDTHS, ids=[w[2] for w in WIDTHS])
def sized(request, browser):
    yield from open_sized(browser, request.param)


def _track_pages(site: Path) -> list[str]:
    return sorted(p.parent.name for p in (site / "questions").glob("*/index.html"))


def test_each_track_has_its_page_and_every_question_is_on_one(many_site):
    data = json.loads((many_site / "briefing.json").read_text(encoding="utf-8"))
    tracks = _track_pages(many_site)
    assert len(data["questions"]) > 30 and len(tracks) > 1
    shown = []
    for t in tracks:
        html = (many_site / "questions" / t / "index.html").read_text(encoding="utf-8")
        shown += re.findall(r'<h2 class="question-title" id="([^"]+)"', html)
    assert sorted(shown) == sorted(q["id"] for q in data["questions"])  # none lost, none twice, anchors = ids
    index = (many_site / "questions" / "index.html").read_text(encoding="utf-8")
    assert "question-title" not in index and all(f'href="{t}/"' in index for t in tracks)


def test_track_pages_read_at_both_widths_and_pass_axe(sized, many_url, many_site):
    script = AXE.read_text(encoding="utf-8")
    track = _track_pages(many_site)[0]
    found = []
    for name, path in (("questions-index", "questions/"), ("questions-track", f"questions/{track}/")):
        sized.goto(many_url + path)
        sized.wait_for_load_state("networkidle")
        assert sized.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1, f"{name} scrolls sideways"
        if name == "questions-track":
            block = sized.locator("article details.question, article details.success").first
            assert block.get_attribute("open") is None  # collapsed
            block.locator("summary").click()
            assert block.locator("table").first.is_visible()  # the latest positions
            title = block.locator("summary .question-title")
            size = title.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
            assert 12 <= size <= 20  # the block's title, not a section heading's size
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        sized.screenshot(path=str(ARTIFACTS / f"{name}-{sized.label}.png"))
        sized.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
        sized.add_script_tag(content=script)
        violations = serious_violations(sized)
        found += [f"{name}: {v}" for v in violations]
    assert not found, found


def test_a_question_link_opens_its_track_page_at_the_question(sized, many_url, many_site):
    data = json.loads((many_site / "briefing.json").read_text(encoding="utf-8"))
    sized.goto(many_url)  # the home page's open questions link to the question on its track's page
    link = sized.locator("article a[href*='questions/track-'][href*='#']").first
    href = link.get_attribute("href")
    qid = href.split("#", 1)[1]
    assert qid in {q["id"] for q in data["questions"]}
    link.click()
    sized.wait_for_url(f"**/questions/track-*/#{qid}")
    assert sized.locator(f"[id='{qid}']").is_visible()


def test_search_finds_a_question_on_its_track_page(browser, many_url, many_site):
    data = json.loads((many_site / "briefing.json").read_text(encoding="utf-8"))
    q = next(q for q in data["questions"] if q["question"].startswith("Will ") and "travel" in q["question"])
    words = q["question"].split()[1]  # the traveller's name: a question of one track
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.goto(many_url)
    pg.wait_for_load_state("networkidle")
    box = pg.locator("input.md-search__input")
    box.click()
    box.press_sequentially(f"{words} travel", delay=20)
    result = pg.locator(".md-search-result__item a[href*='questions/track-']").first
    result.wait_for(timeout=15000)
    assert result.get_attribute("href").split("?")[0].rstrip("/").endswith(q["track"])
    context.close()
