"""Broken and hostile input: a clear one-line message naming the file, nothing else lost."""
from __future__ import annotations

import html as html_lib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ArticleError
from generator.pipeline import build
from generator.render import md_escape

from .conftest import ROOT

GOOD = "Ministers meet in Oslo\n\nForeign Minister Jean Dupont said on Monday that talks in Oslo would resume.\n"

# (file name, bytes, what the user is told) — the README's table of bad inputs is this list
BAD_FILES = [
    ("empty.txt", b"", "the file is empty"),
    ("blank.txt", b"  \n\t \n", "the file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (it contains NUL bytes), not an article"),
    ("one-line.txt", b"word " * 20_000, "one line of 100,000 characters: not an article"),
    ("broken.md", b"---\ntitle: [unclosed\n---\nBody text of the article.\n", "front matter is not valid YAML"),
    ("baddate.md", b"---\ntitle: T\npublished: next Tuesday\n---\nBody text of the article.\n",
     "front matter date 'next Tuesday' is not a date"),
    ("nobody.html", b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>", "no article text found in the HTML page"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
    ("french.txt", "Les ministres se réunissent à Oslo\n\nLe ministre des Affaires étrangères a déclaré lundi que les "
     "négociations reprendraient la semaine prochaine à Oslo, selon la médiatrice.\n\nLes deux délégations sont "
     "arrivées dans la capitale dimanche soir pour préparer la rencontre.\n".encode(),
     "no article text after cleaning: the text is written in French, and the model reads English"),
    ("copy of article.txt", GOOD.encode(), "the same article as"),
]


@pytest.fixture()
def seeds_with_bad_files(tmp_path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "article.txt").write_text(GOOD, encoding="utf-8")
    for name, content, _ in BAD_FILES:
        (seeds / name).write_bytes(content)
    return seeds


def test_each_bad_file_is_skipped_with_its_message(seeds_with_bad_files):
    result = build(seeds_with_bad_files)
    assert [s.path.split("/")[-1] for s in result.briefing.sources] == ["article.txt"]  # the good one still builds
    messages = {Path(p.path).name: p.problem for p in result.problems}
    for name, _, expected in BAD_FILES:
        assert expected in messages[name], (name, messages.get(name))
        assert "\n" not in str(messages[name])


def test_huge_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"\n")
    from generator.readers import read_article

    with pytest.raises(ArticleError, match=r"huge\.txt: file is 50 MB, larger than the 5 MB"):
        read_article(big)


def test_strict_stops_on_the_first_bad_file(seeds_with_bad_files):
    with pytest.raises(ArticleError):
        build(seeds_with_bad_files, strict=True)


def test_cli_prints_one_line_per_bad_file(seeds_with_bad_files, tmp_path):
    out = tmp_path / "b.json"
    proc = subprocess.run([sys.executable, "-m", "generator", "export", "--seeds", str(seeds_with_bad_files),
                           "--output", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and out.exists()
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("WARNING") and "no publication date" not in line]
    assert len(warnings) == len(BAD_FILES)
    assert all(re.match(r"WARNING: skipped \S.*: .+", w) for w in warnings)
    strict = subprocess.run([sys.executable, "-m", "generator", "export", "--strict", "--seeds", str(seeds_with_bad_files),
                             "--output", str(tmp_path / "c.json")], capture_output=True, text=True, cwd=ROOT)
    assert strict.returncode == 2 and strict.stderr.strip().startswith("error: ")
    assert not (tmp_path / "c.json").exists()


def test_odd_file_names(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("with spaces.txt", "Ukraïna – talks.txt", "a..b.txt"):
        (seeds / name).write_text(GOOD.replace("Oslo", name.split(".")[0]), encoding="utf-8")
    data = build(seeds).briefing.to_json()
    ids = [s["id"] for s in data["sources"]]
    assert len(ids) == 3 and all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)


def test_non_utf8_article_builds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "latin.txt").write_bytes("Talks in Zürich\n\nThe Swiss minister said on Monday that the talks in Zürich would "
                                      "go on. Officials described the café meeting as “useful”.".encode("cp1252"))
    data = build(seeds).briefing.to_json()
    assert data["sources"][0]["title"] == "Talks in Zürich"


# ---- article text is data -------------------------------------------------------------------------

PIECES = list("<>&\"'`*_[](){}#!|~:=-+.^$%@/\\ \nabcXYZ019\u202e") + [
    "<script>", "</script>", "{{", "}}", "{%", "%}", "--8<--", "!!! note ", "javascript:", "](", "![", "{: .x}",
    "<img src=x onerror=alert(1)>", "&amp;", "&#60;", "<!--", "-->", "    ", "\n\n", "1. ", "# ", "> ", "***", "`code`"]
HOSTILE = st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(HOSTILE)
def test_escaped_text_renders_as_exactly_that_text(text):
    rendered = markdown.markdown(f"Before {md_escape(text)} after", extensions=["tables", "attr_list", "toc"])
    assert re.fullmatch(r"<p>.*</p>", rendered, re.S), rendered  # one paragraph, no other element
    assert "<" not in rendered[3:-4]  # no tag at all inside it
    shown = html_lib.unescape(rendered[3:-4])
    assert shown == "Before " + re.sub(r"\s+", " ", text) + " after"


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture], deadline=None)
@given(title=HOSTILE, body=HOSTILE)
def test_hostile_article_in_a_source_page_stays_text(title, body):
    from mkdocs.utils.meta import get_data

    from generator.model import Article, Briefing, Sentence
    from generator.render import render_pages

    art = Article(id="x", path="seeds/x.txt", title=title, outlet=body, published=None, url=body, paragraphs=[body],
                  sentences=[Sentence("s1", body, 0)])
    page = render_pages(Briefing([art], [], [], [], []), ROOT / "templates")["sources/x.md"]
    body, meta = get_data(page)  # the front matter, as MkDocs reads it
    assert html_lib.unescape(meta["title"]) == re.sub(r"\s+", " ", title) and "<" not in meta["title"]
    rendered = markdown.markdown(body, extensions=["tables", "attr_list", "toc"])
    for tag in re.findall(r"<\s*([a-zA-Z][a-zA-Z0-9]*)", rendered):
        assert tag in {"h1", "h2", "p", "ul", "li", "strong", "span", "a"}, tag
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', rendered))
    assert "{{" not in page.replace("&#123;", "") and "<script" not in rendered


# ---- nothing lost ----------------------------------------------------------------------------------

def _project(tmp_path) -> Path:
    work = tmp_path / "project"
    work.mkdir()
    for name in ("mkdocs.yml", "content", "templates", "seeds", "generator"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, work / name, **({"ignore": shutil.ignore_patterns("__pycache__")} if src.is_dir() else {}))
    return work


def _mkdocs(work: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    return subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", *args], cwd=work,
                          capture_output=True, text=True, env=env)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failed_build_keeps_previous_site_and_pages(tmp_path):
    work = _project(tmp_path)
    assert _mkdocs(work, "--strict").returncode == 0
    site_before, pages_before = _tree(work / "site"), _tree(work / ".briefing" / "pages")
    content_before = _tree(work / "content")
    # a template error fails the generator; a broken article under strict fails the build
    (work / "templates" / "actor.md.j2").write_text("{% for %}", encoding="utf-8")
    proc = _mkdocs(work, "--strict")
    assert proc.returncode != 0
    assert _tree(work / "site") == site_before and _tree(work / ".briefing" / "pages") == pages_before
    shutil.copy(ROOT / "templates" / "actor.md.j2", work / "templates" / "actor.md.j2")
    (work / "mkdocs.yml").write_text((work / "mkdocs.yml").read_text().replace("strict: false\n", "strict: true\n", 1)
                                     .replace("    strict: false", "    strict: true"), encoding="utf-8")
    (work / "seeds" / "broken.md").write_bytes(b"---\ntitle: [\n---\nx\n")
    proc = _mkdocs(work)
    assert proc.returncode != 0 and "broken.md" in proc.stderr
    assert _tree(work / "site") == site_before and _tree(work / ".briefing" / "pages") == pages_before
    assert _tree(work / "content") == content_before  # hand-written pages untouched
    assert not any(p.is_dir() and p.name.startswith(".site.") for p in work.iterdir())  # no staging folder left behind


def test_two_builds_are_byte_identical(tmp_path):
    work = _project(tmp_path)
    assert _mkdocs(work, "--strict").returncode == 0
    first = _tree(work / "site")
    assert _mkdocs(work, "--strict").returncode == 0
    assert _tree(work / "site") == first
