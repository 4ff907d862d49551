"""JSON export, rendered pages, escaping of hostile text, and the MkDocs hook."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.model import SCHEMA
from generator.render import md_escape, render_pages

from .conftest import ROOT, SEEDS


def test_export_schema(tmp_path, seeds_json):
    out = tmp_path / "b.json"
    proc = subprocess.run([sys.executable, "-m", "generator", "export", "--seeds", str(SEEDS), "--output", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text())
    assert data["schema"] == SCHEMA
    assert set(data) == {"schema", "sources", "actors", "venues", "events", "questions", "tracks"}
    for s in data["sources"]:
        assert {"id", "title", "outlet", "published", "path", "url"} <= set(s)
    for a in data["actors"]:
        assert a["kind"] in {"person", "organization", "country", "group"}
        assert {"id", "name", "aliases", "roles", "affiliation", "mentions", "quotes"} <= set(a)
    for v in data["venues"]:
        assert set(v["statuses"]) <= {"held", "planned", "proposed", "offered", "rejected", "postponed", "cancelled"}
    for e in data["events"]:
        assert e["precision"] in {"day", "month", "year", None}
        if e["date"]:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["date"])
    for k in ("sources", "actors", "venues", "events", "questions", "tracks"):
        ids = [x["id"] for x in data[k]]
        assert len(ids) == len(set(ids)), k
    # same input, same output, byte for byte; and the export touches nothing else
    out2 = tmp_path / "b2.json"
    subprocess.run([sys.executable, "-m", "generator", "export", "--seeds", str(SEEDS), "--output", str(out2)],
                   check=True, capture_output=True, cwd=ROOT)
    assert out.read_bytes() == out2.read_bytes()


def test_ids_stable_when_an_article_is_added(tmp_path, dev_dir):
    from generator.pipeline import build

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    before = build(seeds).briefing.to_json()
    shutil.copy(dev_dir / "2025-05-13_talks-preparations.txt", seeds)
    after = build(seeds).briefing.to_json()
    for kind in ("sources", "actors", "venues"):
        assert {x["id"] for x in before[kind]} <= {x["id"] for x in after[kind]}


def test_md_escape_makes_markup_inert():
    hostile = '<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e/x.png) {{ 7*7 }} {% raw %} !!! note --8<-- "f" {: .x}'
    out = str(md_escape(hostile))
    for bad in ("<script", "[x]", "](", "{{", "{%", "!!!", "--8<--", "{:"):
        assert bad not in out


def test_pages_render_for_every_entity(seeds_result):
    pages = render_pages(seeds_result.briefing, ROOT / "templates")
    b = seeds_result.briefing
    for a in b.actors:
        assert f"actors/{a.id}.md" in pages
    for s in b.sources:
        page = pages[f"sources/{s.id}.md"]
        assert all(f'id="{x.id}"' in page for x in s.sentences)
    assert "briefing.json" in pages


def test_raw_html_links_follow_mkdocs_urls(seeds_result):
    from generator.render import Pages

    p = Pages(seeds_result.briefing)
    p.current = "index.md"
    assert p.href("sources/a.md#s2") == "sources/a/#s2"
    p.current = "actors/x.md"
    assert p.href("sources/a.md#s2") == "../../sources/a/#s2"
    p.current = "timeline.md"
    assert p.href("sources/a.md") == "../sources/a/" and p.href("index.md") == "../"
    p.current = "actors/index.md"
    assert p.href("sources/a.md#s1") == "../sources/a/#s1"
    flat = Pages(seeds_result.briefing, directory_urls=False)
    flat.current = "actors/x.md"
    assert flat.href("sources/a.md#s2") == "../sources/a.html#s2"


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    """The real project built by plain `mkdocs build --strict`, with a hostile article added."""
    work = tmp_path_factory.mktemp("site")
    for name in ("mkdocs.yml", "content", "templates", "seeds", "generator"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, work / name)
    (work / "content" / "index.md").unlink(missing_ok=True)
    (work / "seeds" / "hostile.txt").write_text(
        "Officials meet in Geneva as <script>alert('x')</script> talks open\n\n"
        "Foreign Minister Anna Example said on Monday that <img src=x onerror=alert(1)> talks in Geneva "
        "would resume [click](javascript:alert(1)) and {{ config }} {% if 1 %}x{% endif %}.\n\n"
        "!!! danger \"Injected\"\n\n--8<-- \"/etc/passwd\"\n\nThe minister said the talks {: .evil } were held in Geneva.\n",
        encoding="utf-8")
    (work / "content" / "timeline.md").write_text("# My own timeline\n\nHand-written.\n", encoding="utf-8")
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    proc = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict"], cwd=work,
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return work, proc.stderr


def test_hook_builds_site_with_plain_mkdocs(built_site):
    work, log = built_site
    site = work / "site"
    for page in ("index.html", "actors/index.html", "venues/index.html", "questions/index.html",
                 "sources/index.html", "briefing.json", "search/search_index.json"):
        assert (site / page).is_file(), page
    assert json.loads((site / "briefing.json").read_text())["schema"] == SCHEMA
    assert (site / "actors" / "dmitry-peskov" / "index.html").is_file()  # spelling-proof id
    assert not (work / "content" / "actors").exists()  # generated pages are not written into content/
    # nothing is loaded from another host
    for html in site.rglob("*.html"):
        text = html.read_text()
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', text), html


def test_handwritten_page_is_never_overwritten(built_site):
    work, log = built_site
    assert (work / "content" / "timeline.md").read_text() == "# My own timeline\n\nHand-written.\n"
    assert "My own timeline" in (work / "site" / "timeline" / "index.html").read_text()
    assert "is hand-written" in log


def test_hostile_article_is_text_on_the_page(built_site):
    import html as html_lib

    work, _ = built_site
    page = (work / "site" / "sources" / "hostile" / "index.html").read_text()
    body = page[page.index("<article"):page.index("</article>")]
    # no live markup came from the article ...
    assert "<script" not in body and "<img" not in body and "javascript:" not in body
    assert "admonition" not in body and 'class="evil"' not in body and "root:" not in body
    # ... and every hostile string is shown to the reader as text
    shown = html_lib.unescape(re.sub(r"<[^>]+>", "", body))
    for text in ("<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
                 "{{ config }}", "{% if 1 %}", "!!!", "--8<--", "{: .evil }"):
        assert text in shown, text


def test_timeline_views_chart_and_calendar(built_site):
    work, _ = built_site
    site = work / "site"
    newest = (site / "timeline" / "index.html").read_text()
    assert "My own timeline" in newest  # the hand-written page of the fixture wins
    assert not (site / "timeline-oldest-first").exists()  # oldest first is a toggle on the timeline page
    ics = (site / "briefing.ics").read_text()
    assert ics.startswith("BEGIN:VCALENDAR") and "DTSTART;VALUE=DATE:20250815" in ics


def test_venue_page_has_offline_map(built_site):
    work, _ = built_site
    page = (work / "site" / "venues" / "moscow" / "index.html").read_text()
    assert '<svg class="venue-map"' in page and 'href="../../assets/briefing-world.svg"' in page
    assert (work / "site" / "assets" / "briefing-world.svg").read_text().count("M") > 100  # the land outline
    assert "tile" not in page.lower()


def test_calendar_is_deterministic(seeds_result):
    from generator.ical import to_ics

    assert to_ics(seeds_result.briefing) == to_ics(seeds_result.briefing)
    assert b"DTSTAMP:20250815T000000Z" in to_ics(seeds_result.briefing)  # from the event, not the clock


def test_schema_documentation_lists_every_exported_field(seeds_json):
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (\w+)\n(.*?)(?=^## |\Z)", doc, re.S | re.M))
    kinds = {"Source": "sources", "Actor": "actors", "Venue": "venues", "Event": "events", "Question": "questions",
             "Track": "tracks"}
    for title, key in kinds.items():
        documented = set(re.findall(r"`(\w+)`", " ".join(line.split("|")[1] for line in sections[title].splitlines()
                                                        if line.startswith("| `"))))
        exported = set().union(*(item.keys() for item in seeds_json[key]))
        assert exported <= documented, (title, exported - documented)
