"""Hostile articles through the whole build, checked in a real browser (Debian's chromium, Playwright).

Hypothesis drives every field an article can set: the file name, the headline of a .txt, its
dateline and outlet, a Markdown article's front matter (title, outlet, url), an HTML page's
<title>, og:site_name, description and canonical address, names of people and places, and quote
text. Each example builds a site with plain `mkdocs build` and opens every page of it (and the
search) in chromium: no dialog may open, and no element or attribute may come from an article.
Builds are costly, so the example count is small; each example carries a payload in every field.
"""
from __future__ import annotations

import functools
import html as html_lib
import json
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from .conftest import ROOT
from .test_bad_input import PIECES
from .test_browser import CHROMIUM, _Quiet, browser  # noqa: F401 (browser: the shared chromium fixture)

if CHROMIUM is None:  # test_browser.py skips (or fails in CI) for the same reason
    pytest.skip("chromium is not installed", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")

# payloads that act if any context lets them through: a dialog, an element or an attribute named xss
PAYLOADS = [
    '</title><script>alert("xss1")</script>', "<img src=x onerror=alert('xss2')>", '"><svg onload=alert(3) data-xss=1>',
    "'><xss-el data-xss=1>", "<iframe srcdoc='<script>alert(4)</script>'></iframe>", "javascript:alert(5)",
    "<a href=javascript:alert(6)>x</a>", "[link](javascript:alert(7))", "![i](x onerror=alert(8))",
    "<details open ontoggle=alert(9)>", "{{ config.site_name }}{% raw %}", "{: onclick=alert(10) data-xss=1 }",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(11)">', "</script><script>alert(12)</script>",
    "<style>*{background:url(x)}</style>", "<base href=//evil.example/>", "\u2028</textarea><xss-el>",
    "&lt;script&gt;alert(13)&lt;/script&gt;", "<!--", "-->", "<![CDATA[", "`<xss-el>`", "--8<-- /etc/passwd",
]
FIELD = st.one_of(st.sampled_from(PAYLOADS), st.lists(st.sampled_from(PIECES + PAYLOADS), min_size=1, max_size=6).map("".join))
NAME_CHARS = st.sampled_from(list("<>\"'&;=()[]{}!#%` ") + ["onerror=alert(1)", "script", "xss-el", "é", "Ω"])
FILE_NAME = st.lists(NAME_CHARS, min_size=1, max_size=12).map(lambda parts: "".join(parts).strip() or "x")


def _one(text: str) -> str:
    """One line (the fields an article sets on a line of its own)."""
    return " ".join(text.split()) or "x"


FIELDS = ("headline", "outlet", "md_title", "md_outlet", "md_url", "html_title", "site", "description", "url", "person",
          "place", "quote")


@st.composite
def hostile_articles(draw) -> dict[str, str]:
    """File name → content: a .txt, a .md and an .html article, every field a payload."""
    return _articles({k: _one(draw(FIELD)) for k in FIELDS}, [_one(draw(FILE_NAME)) for _ in range(3)])


def _articles(f: dict[str, str], names: list[str]) -> dict[str, str]:
    body = (f"Foreign Minister Anna {f['person']} said on Monday that talks in {f['place']} would resume next week. "
            f"“The talks in Geneva about {f['quote']} will go on,” Anna {f['person']} said.")
    txt = f"Talks {f['headline']} resume\n\nGENEVA, May 13 ({f['outlet']}) - {body}\n"
    md = ("---\n" + "\n".join(f"{k}: {json.dumps(v)}" for k, v in
                             (("title", f["md_title"]), ("outlet", f["md_outlet"]), ("url", f["md_url"]),
                              ("published", "2025-05-14"))) + f"\n---\n{body}\n\nOfficials met in {f['place']}.\n")
    e = html_lib.escape
    page = (f"<html><head><title>{e(f['html_title'])}</title><meta property=\"og:site_name\" content=\"{e(f['site'])}\">"
            f"<meta name=\"description\" content=\"{e(f['description'])}\"><link rel=\"canonical\" href=\"{e(f['url'])}\">"
            f"<meta property=\"article:published_time\" content=\"2025-05-15\"></head><body><article><h1>{e(f['html_title'])}"
            f"</h1><p>{e(body)}</p><p>{e('Delegations from both sides met in ' + f['place'] + ' for a second day.')}</p>"
            f"<p>{e(f['quote'])} was the main topic of the closing statement by the delegations.</p></article></body></html>")
    return {f"{names[0]}.txt": txt, f"{names[1]} md.md": md, f"{names[2]} page.html": page}


def _build(files: dict[str, str], work: Path) -> Path:
    for name in ("mkdocs.yml", "content", "templates"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, work / name)
    seeds = work / "seeds"
    seeds.mkdir()
    (seeds / "ordinary.txt").write_bytes((ROOT / "seeds").glob("*.txt").__next__().read_bytes())
    for name, text in files.items():
        (seeds / name).write_text(text, encoding="utf-8")
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    proc = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build"], cwd=work, capture_output=True,
                          text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return work / "site"


# what a page may hold: the theme's own inline scripts are JSON config or a few known lines
FIND_INJECTED = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['xss-el', 'iframe', 'object', 'embed', 'base', 'style', 'textarea'].includes(tag)) bad.push(tag);
    // the generator's own folds: search results, a question (pymdownx.details, class "question", or "success"
    // when resolved), its positions (class "quote") and a timeline month ("events")
    if (tag === 'details' && !el.classList.contains('md-search-result__more') &&
        !['quote', 'question', 'success', 'events'].some(c => el.classList.contains(c))) bad.push('details');
    if (tag === 'form' && !['search', 'palette'].includes(el.getAttribute('name') || el.dataset.mdComponent)) bad.push('form');
    if (tag === 'meta' && el.hasAttribute('http-equiv')) bad.push('meta http-equiv');
    if (tag === 'img' && !(el.getAttribute('src') || '').startsWith('data:')) bad.push('img ' + el.getAttribute('src'));
    if (tag === 'script' && /alert|xss/.test(el.textContent)) bad.push('script ' + el.textContent.slice(0, 80));
    for (const a of el.attributes) {
      const name = a.name.toLowerCase(), value = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
      if (name.startsWith('on') || name.includes('xss')) bad.push(tag + ' @' + name);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name) &&
          /^(javascript|data|vbscript):/.test(value)) bad.push(tag + ' @' + name + '=' + a.value);
    }
  }
  return bad;
}"""


def _serve(site: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _check_site(browser, site: Path) -> int:
    server = _serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pages = sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("index.html"))
    try:
        for rel in pages:
            url = base + ("" if rel == "." else rel + "/")
            page.goto(url)
            page.wait_for_load_state("load")
            assert page.evaluate(FIND_INJECTED) == [], url
            assert page.locator("head > title").count() == 1 and dialogs == [], url  # a headline stays in <title>
        page.goto(base)  # the search, over every title and text
        box = page.locator("input.md-search__input")
        box.click()
        box.press_sequentially("talks", delay=20)
        page.locator(".md-search-result__item").first.wait_for(timeout=15000)
        assert page.evaluate(FIND_INJECTED) == [], "search"
        assert dialogs == []
    finally:
        context.close()
        server.shutdown()
    return len(pages)


@settings(max_examples=2, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],  # a build each: no shrinking
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])
@given(files=hostile_articles())
@example(files=_articles({k: PAYLOADS[i] for i, k in enumerate(FIELDS)}, ['<img src=x onerror=alert(1)>', "a'b", '"']))
def test_hostile_fields_stay_text_in_a_real_browser(browser, files):
    with tempfile.TemporaryDirectory() as tmp:
        site = _build(files, Path(tmp))
        sources = [p for p in (site / "sources").iterdir() if p.is_dir()]
        assert len(sources) >= 3  # the ordinary article and hostile ones were built, not skipped
        assert _check_site(browser, site) > 10
