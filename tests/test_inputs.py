"""What goes into seeds/ that is not a plain article: links, pipes, folders, hidden files, odd and hostile
file names, YAML that would eat the build, oversized files, ids that would land on the site's own pages."""
from __future__ import annotations

import json
import os
import random
import re
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import ArticleError, Notice
from generator.inputs import choose_files, read_regular
from generator.model import Article, Briefing
from generator.pipeline import build
from generator.readers import assign_ids, read_article
from generator.render import page_plan, render_pages, render_site
from generator.text import RESERVED_IDS, unique_id

from .conftest import ROOT

GOOD = "Ministers meet in Oslo\n\nForeign Minister Jean Dupont said on Monday that talks in Oslo would resume.\n"
ANSI = "\x1b[2J\x1b]0;pwned\x07\x1b[31mevil"  # clears the screen, sets the terminal title, turns red
ONLY = "only regular files inside the seeds folder are read"


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "article.txt").write_text(GOOD, encoding="utf-8")
    return seeds


def _messages(result) -> dict[str, ArticleError]:
    return {Path(p.path).name: p for p in result.problems}


# ---- only regular files inside seeds/ ------------------------------------------------------------------

@pytest.fixture()
def odd_entries(tmp_path) -> Path:
    """A seeds folder with one good article and one of each thing that is not an article file."""
    seeds = _seeds(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret report\n\nThe password of the build server is hunter2, officials said on Monday.\n")
    (seeds / "leak.txt").symlink_to(secret)
    (seeds / "inside.txt").symlink_to(seeds / "article.txt")  # a link is skipped even when it stays inside
    os.mkfifo(seeds / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(seeds / "sock.txt"))
    sock.close()
    (seeds / "x.txt").mkdir()
    (seeds / "x.txt" / "inner.txt").write_text(GOOD.replace("Oslo", "Bergen"))
    (seeds / "drafts").mkdir()
    (seeds / ".hidden.txt").write_text(GOOD.replace("Oslo", "Tromsø"))
    (seeds / ".gitkeep").write_bytes(b"")
    return seeds


ODD = {  # file → (message, a notice rather than a problem)
    "leak.txt": (f"a symbolic link (-> {{tmp}}/secret.txt); {ONLY}", False),
    "inside.txt": (f"a symbolic link (-> {{tmp}}/seeds/article.txt); {ONLY}", False),
    "pipe.txt": (f"a named pipe (FIFO); {ONLY}", False),
    "sock.txt": (f"a socket; {ONLY}", False),
    "x.txt": (f"a folder named like an article; {ONLY}", False),
    "drafts": ("a folder; articles in sub-folders are not read", True),
    ".hidden.txt": ("a hidden file (its name starts with '.'); hidden files are not read", True),
    ".gitkeep": ("a hidden file (its name starts with '.'); hidden files are not read", True),
}


def test_only_regular_files_are_read(odd_entries, tmp_path):
    result = build(odd_entries)
    assert [s.path for s in result.briefing.sources] == ["seeds/article.txt"]
    text = json.dumps(result.briefing.to_json())
    assert "hunter2" not in text and "Bergen" not in text and "Tromsø" not in text
    messages = _messages(result)
    assert set(messages) == set(ODD)
    for name, (message, notice) in ODD.items():
        assert messages[name].problem == message.format(tmp=tmp_path), name
        assert messages[name].notice is notice and isinstance(messages[name], Notice) is notice
    assert result.stats.failed == 5  # the notices are not failures


def test_strict_stops_on_a_link_but_not_on_a_hidden_file(odd_entries, tmp_path):
    with pytest.raises(ArticleError, match=r"seeds/(inside|leak)\.txt: a symbolic link"):
        build(odd_entries, strict=True)
    for name in ("leak.txt", "inside.txt", "pipe.txt", "sock.txt"):
        (odd_entries / name).unlink()
    (odd_entries / "x.txt" / "inner.txt").unlink()
    (odd_entries / "x.txt").rmdir()
    result = build(odd_entries, strict=True)  # only notices left: .gitkeep, .hidden.txt, drafts/
    assert [s.path for s in result.briefing.sources] == ["seeds/article.txt"]
    assert all(p.notice for p in result.problems) and len(result.problems) == 3


def test_a_device_is_not_read(tmp_path):
    seeds = _seeds(tmp_path)
    try:
        os.mknod(seeds / "null.txt", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("this machine does not let us make a device node")
    skipped = {Path(p.path).name: p.problem for p in choose_files(seeds).skipped}
    assert skipped == {"null.txt": f"a character device; {ONLY}"}


def test_reading_never_follows_a_link_or_waits_on_a_pipe(tmp_path):
    """What was a regular file when the folder was listed may be a link or a pipe when it is read."""
    target = tmp_path / "real.txt"
    target.write_text(GOOD)
    (tmp_path / "link.txt").symlink_to(target)
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(ArticleError, match=r"link\.txt: a symbolic link \(-> .*real\.txt\)"):
        read_article(tmp_path / "link.txt")
    with pytest.raises(ArticleError, match=r"pipe\.txt: a named pipe \(FIFO\)"):
        read_regular(tmp_path / "pipe.txt")
    assert read_regular(target) == GOOD.encode()


def test_a_seeds_folder_that_is_not_a_folder(tmp_path):
    (tmp_path / "seeds").write_text(GOOD)
    with pytest.raises(ArticleError, match=r"seeds: the seeds folder is a file, not a folder$"):
        build(tmp_path / "seeds")
    with pytest.raises(ArticleError, match=r"nowhere: the seeds folder does not exist$"):
        build(tmp_path / "nowhere")


def test_the_seeds_folder_itself_may_be_a_link(tmp_path):
    real = _seeds(tmp_path)
    (tmp_path / "linked").symlink_to(real)
    assert [s.path for s in build(tmp_path / "linked").briefing.sources] == ["seeds/article.txt"]


# ---- file names ------------------------------------------------------------------------------------

def test_non_utf8_file_name_builds_and_renders(tmp_path):
    seeds = _seeds(tmp_path)
    (seeds / "article.txt").unlink()
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes, not UTF-8: a surrogate in Python's str
    (seeds / name).write_text(GOOD, encoding="utf-8")
    big = os.fsdecode(b"gro\xdf.txt")
    with (seeds / big).open("wb") as fh:  # large: the cache keys it by name and size
        fh.truncate(6 * 1024 * 1024)
    result = build(seeds, cache_dir=tmp_path / "cache")
    source = result.briefing.sources[0]
    assert source.path == "seeds/caf\ufffd.txt" and source.id == "caf"
    assert [p.path for p in result.problems] == [str(seeds / "gro\ufffd.txt")]
    written, _ = render_site(result.briefing, tmp_path / "pages", ROOT / "templates")
    assert "sources/caf.md" in written
    assert "caf\ufffd" in (tmp_path / "pages" / "sources" / "caf.md").read_text(encoding="utf-8")
    again = build(seeds, cache_dir=tmp_path / "cache")  # the whole-corpus cache, problems included
    assert again.stats.cached == 1 and [p.path for p in again.problems] == [p.path for p in result.problems]


def test_control_characters_in_file_names_are_escaped(tmp_path):
    seeds = _seeds(tmp_path)
    (seeds / f"{ANSI}.txt").write_text(GOOD.replace("Oslo", "Bergen"), encoding="utf-8")
    (seeds / f"{ANSI}-empty.txt").write_bytes(b"")
    (seeds / f"{ANSI}-link.txt").symlink_to(f"/etc/{ANSI}")
    out = tmp_path / "b.json"
    proc = subprocess.run([sys.executable, "-m", "generator", "export", "--seeds", str(seeds), "--output", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stderr and "\x07" not in proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("WARNING") and "no publication date" not in line]
    shown = r"\x1b[2J\x1b]0;pwned\x07\x1b[31mevil"
    assert warnings == [f"WARNING: skipped {seeds}/{shown}-link.txt: a symbolic link (-> /etc/{shown}); {ONLY}",
                        f"WARNING: skipped {seeds}/{shown}-empty.txt: the file is empty"]
    data = json.loads(out.read_text(encoding="utf-8"))
    paths = {s["id"]: s["path"] for s in data["sources"]}
    assert paths == {"article": "seeds/article.txt", "2j-0-pwned-31mevil": f"seeds/{shown}.txt"}
    assert "\\u001b" not in out.read_text(encoding="utf-8")  # not even as a JSON escape


# ---- front matter within budgets ------------------------------------------------------------------------

BOMB = "---\n" + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)) + "title: *a9\n---\nBody text of the article.\n"

FRONT_MATTER = [  # (file, text, message)
    ("bomb.md", BOMB, "front matter uses a YAML anchor or alias (&name, *name), which front matter may not"),
    ("anchor.md", "---\ntitle: &t Talks\n---\nBody text of the article.\n", "front matter uses a YAML anchor or alias"),
    ("deep.md", "---\ntitle: " + "[" * 20_000 + "\n---\nBody text of the article.\n", "front matter nests deeper than 10 levels"),
    ("deep-lines.md", "---\ntitle: " + "{a:\n" * 5_000 + "\n---\nBody text of the article.\n", "front matter nests deeper than 10 levels"),
    ("deep-block.md", "---\n" + "".join(" " * i + f"k{i}:\n" for i in range(40)) + "---\nBody text of the article.\n",
     "front matter nests deeper than 10 levels"),
    ("list-title.md", "---\ntitle: [a, b, c]\n---\nBody text of the article.\n", "front matter field 'title' is a list, not text"),
    ("map-outlet.md", "---\ntitle: T\noutlet: {name: x}\n---\nBody text of the article.\n",
     "front matter field 'outlet' is a mapping, not text"),
    ("number-title.md", "---\ntitle: 1984\n---\nBody text of the article.\n",
     "front matter field 'title' is a number, not text (put it in quotes)"),
    ("bool-url.md", "---\ntitle: T\nurl: yes\n---\nBody text of the article.\n",
     "front matter field 'url' is true or false, not text (put it in quotes)"),
    ("list-date.md", "---\ntitle: T\npublished: [2025, 5, 13]\n---\nBody text of the article.\n",
     "front matter field 'published' is a list, not a date (use YYYY-MM-DD)"),
    ("python.md", "---\ntitle: !!python/object/apply:os.system [echo pwned]\n---\nBody text of the article.\n",
     "front matter is not valid YAML (could not determine a constructor"),
    ("huge.md", "---\ntitle: T\nnotes:\n" + "- a note of twenty-one\n" * 3000 + "---\nBody text of the article.\n",
     "front matter is 69,017 characters, more than the 65,536 it may have"),
]


def test_front_matter_outside_its_budgets_is_refused(tmp_path):
    seeds = _seeds(tmp_path)
    for name, text, _ in FRONT_MATTER:
        (seeds / name).write_text(text, encoding="utf-8")
    result = build(seeds)
    assert [s.path for s in result.briefing.sources] == ["seeds/article.txt"]
    messages = _messages(result)
    for name, _, message in FRONT_MATTER:
        assert messages[name].problem.startswith(message), (name, messages[name].problem)


def test_good_front_matter_still_reads(tmp_path):
    path = tmp_path / "fine.md"
    path.write_text("---\ntitle: 'Talks: day two'\noutlet: Agency\npublished: 2025-05-13\nurl: https://example.org/a\n"
                    "tags: [talks, oslo]\n---\nForeign Minister Jean Dupont said on Monday that talks would resume.\n")
    art = read_article(path)
    assert (art.title, art.outlet, art.published, art.url) == ("Talks: day two", "Agency", "2025-05-13", "https://example.org/a")


# ---- sizes -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("size", "message"), [
    (int(5.6 * 1024 * 1024), "file is 5.6 MB, larger than the 5 MB an article may be"),
    (5 * 1024 * 1024 + 1, "file is 5,242,881 bytes, larger than the 5 MB (5,242,880 bytes) an article may be"),
    (50 * 1024 * 1024 + 1, "file is 50 MB, larger than the 5 MB an article may be"),
])
def test_size_messages_are_exact(tmp_path, size, message):
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(size)
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert err.value.problem == message


# ---- ids ---------------------------------------------------------------------------------------------

def test_reserved_ids_cover_the_page_plan():
    """Every generated folder has an index page, and the top of the site has the plan's pages and folders."""
    empty = Briefing([], [], [], [], [])
    plan = [path for path, _, _ in page_plan(empty)]
    top = {re.sub(r"\.md$", "", path.split("/")[0]) for path in plan}
    assert top <= RESERVED_IDS
    assert {"index", "assets", "search", "404", "sitemap"} <= RESERVED_IDS
    assert unique_id("index", set()) == "index-2" and unique_id("assets", {"assets-2"}) == "assets-3"


def test_an_article_or_actor_named_index_never_replaces_an_index_page(tmp_path):
    seeds = _seeds(tmp_path)
    (seeds / "index.txt").write_text(
        "Watchdog doubts the talks\n\nOSLO, May 13 (Agency) - The monitoring group INDEX said on Monday that the talks "
        "in Oslo would fail. \"The talks will not bring peace,\" INDEX said in a statement.\n", encoding="utf-8")
    (seeds / "search.md").write_text("---\ntitle: Search for a venue\n---\nThe Danish minister said on Friday that "
                                     "talks in Aarhus would resume.\n", encoding="utf-8")
    b = build(seeds).briefing
    assert {s.id for s in b.sources} == {"article", "index-txt", "search-md"}
    index_org = next(a for a in b.actors if a.name == "INDEX")
    assert index_org.id == "index-2"
    plan = [path for path, _, _ in page_plan(b)]
    assert len(plan) == len(set(plan))  # no generated page lands on another
    assert ("sources/index.md", "sources.md.j2", {}) in page_plan(b) and ("actors/index.md", "actors.md.j2", {}) in page_plan(b)
    pages = render_pages(b, ROOT / "templates")
    assert "actors/index-2.md" in pages and "sources/index-txt.md" in pages


def _article(published: str | None) -> Article:
    return Article(id="", path="", title="t", outlet=None, published=published, url=None, paragraphs=["p"])


def _ids(files: dict[str, str | None]) -> dict[str, str]:
    """file name → id, for files given as name → publication date, in a random order."""
    names = list(files)
    random.Random(len(names)).shuffle(names)
    arts = [_article(files[n]) for n in names]
    assign_ids(arts, [Path("seeds") / n for n in names])
    return {n: a.id for n, a in zip(names, arts)}


def test_source_ids_stay_when_a_clashing_file_arrives(tmp_path):
    seeds = _seeds(tmp_path)
    (seeds / "talks.md").write_text("---\ntitle: Talks\npublished: 2025-05-12\n---\nThe Danish minister said on "
                                    "Monday that talks in Aarhus would resume.\n")
    before = {s.path: s.id for s in build(seeds).briefing.sources}
    assert before == {"seeds/article.txt": "article", "seeds/talks.md": "talks"}
    (seeds / "talks.txt").write_text("Talks again\nPublished: 2025-05-14\n\nThe Swedish minister said on Wednesday "
                                     "that talks in Bergen would resume.\n")
    after = {s.path: s.id for s in build(seeds).briefing.sources}
    assert {p: after[p] for p in before} == before  # nothing that was there is renamed
    assert after["seeds/talks.txt"] == "talks-txt"


def test_the_id_rule_is_explicit_and_order_independent():
    # the earliest-published file keeps the plain slug, whatever its name; undated files come last
    assert _ids({"talks.txt": "2025-05-01", "talks.md": "2025-06-01"}) == {"talks.txt": "talks", "talks.md": "talks-md"}
    assert _ids({"talks.txt": "2025-05-01", "talks.md": None}) == {"talks.txt": "talks", "talks.md": "talks-md"}
    # same date (or none): the file name decides, byte by byte
    assert _ids({"talks.txt": None, "talks.md": None, "Talks.md": None}) == {
        "Talks.md": "talks", "talks.md": "talks-md", "talks.txt": "talks-txt"}
    # a plain slug is never displaced by another file's derived one, and reserved slugs are never given
    assert _ids({"index.txt": None, "index-txt.md": None, "404.html": None, "sitemap.txt": None}) == {
        "index-txt.md": "index-txt", "index.txt": "index-txt-2", "404.html": "404-html", "sitemap.txt": "sitemap-txt"}
    many = {f"{stem}{ext}": date for stem in ("a", "b", "index") for ext, date in ((".txt", None), (".md", "2025-01-02"))}
    assert len({tuple(sorted(_ids(dict(random.Random(seed).sample(sorted(many.items()), len(many)))).items()))
                for seed in range(5)}) == 1
