"""The MkDocs plugin, its settings table, and builds that never half-succeed (locks, staging, disk faults, strict)."""
from __future__ import annotations

import errno
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.settings import SETTINGS, readme_rows

from .conftest import ROOT

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


def project(tmp_path: Path, cache: Path, **options) -> Path:
    """A copy of the project (its mkdocs.yml, content, templates, seeds), with plugin options changed."""
    work = tmp_path / "project"
    work.mkdir()
    for name in ("content", "templates", "seeds"):
        shutil.copytree(ROOT / name, work / name)
    cfg = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    cfg = cfg.replace("      cache: .briefing/cache", f"      cache: {cache}")
    for key, value in options.items():
        cfg = cfg.replace("      strict: false\n", f"      strict: false\n      {key}: {value}\n")
    (work / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    return work


def mkdocs(work: Path, *args: str, wait: bool = True):
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": f"{BIN}:/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1750000000"}
    cmd = [str(BIN / "mkdocs"), "build", *args]
    if not wait:
        return subprocess.Popen(cmd, cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, cwd=work, capture_output=True, text=True, env=env)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(work: Path) -> list[str]:
    return sorted(p.relative_to(work).as_posix() for folder in (work, work / ".briefing") if folder.is_dir()
                  for p in folder.iterdir() if p.is_dir() and re.match(r"\.(site|pages)\.", p.name))


def build_here(work: Path, monkeypatch, strict: bool = False) -> None:
    """``mkdocs build`` in this process (so a test can monkeypatch what it writes with)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")
    cfg = load_config(str(work / "mkdocs.yml"), strict=strict)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build(cfg)
    finally:
        cfg.plugins.on_shutdown()


# ---- options ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("option,value,message", [
    ("seeeds", "seeds", "Unrecognised configuration name: seeeds"),
    ("workers", "two", "Expected type: <class 'int'> but received: <class 'str'>"),
    ("strict", "'yes'", "Expected type: <class 'bool'> but received: <class 'str'>"),
])
def test_unknown_or_ill_typed_option_is_a_config_error(tmp_path, shared_cache, option, value, message):
    work = project(tmp_path, shared_cache, **{option: value})
    proc = mkdocs(work)
    assert proc.returncode == 1, proc.stderr
    assert "Aborted with a configuration error!" in proc.stdout
    assert f"Config value 'plugins': Plugin 'briefing' option '{option}': {message}" in proc.stderr, proc.stderr
    assert not (work / "site").exists() and not (work / ".briefing" / "pages").exists()


def test_one_settings_table_feeds_plugin_cli_and_readme():
    from generator.cli import parser
    from generator.plugin import BriefingPlugin

    plugin_options = {name for name, _ in BriefingPlugin.config_class._schema}
    assert plugin_options == {s.name for s in SETTINGS if "plugin" in s.commands}
    commands = parser()._subparsers._group_actions[0].choices
    for command, sub in commands.items():
        flags = {a.dest for a in sub._actions} - {"help", "no_cache", "quiet"}
        want = {s.name for s in SETTINGS if command in s.commands} | ({"output"} if command == "export" else set())
        assert flags == want, command
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n".join(readme_rows()) in readme  # the README's table is the table


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", readme, re.M))
    assert {s.name for s in SETTINGS} <= documented
    assert all(s.help.strip() for s in SETTINGS)


# ---- builds -----------------------------------------------------------------------------------------

def test_plugin_builds_and_a_warm_build_renders_only_index_pages(tmp_path, shared_cache):
    work = project(tmp_path, shared_cache)
    first = mkdocs(work)
    assert first.returncode == 0, first.stderr
    assert (work / "site" / "actors" / "dmitry-peskov" / "index.html").is_file()
    pages = work / ".briefing" / "pages"
    before = {p.relative_to(pages).as_posix(): p.stat().st_ino for p in pages.rglob("*.md")}
    second = mkdocs(work)
    assert second.returncode == 0
    rendered = int(re.search(r"\((\d+) rendered, (\d+) unchanged\)", second.stderr)[1])
    assert rendered == 0  # the same articles, templates and settings: every page is the last build's
    after = {p.relative_to(pages).as_posix(): p.stat().st_ino for p in pages.rglob("*.md")}
    assert after == before  # each page kept (linked), none rewritten
    assert not leftovers(work)
    assert (work / "site").stat().st_mode & 0o777 == 0o777 & ~_umask()  # a published folder, not a private one


def test_a_warm_build_converts_no_page_again_and_gives_the_same_site(tmp_path):
    work = project(tmp_path, tmp_path / "own-cache")  # a cache of its own: the first build converts every page
    (work / "content" / "other.md").write_text("# Other\n\nA page to link to.\n", encoding="utf-8")
    with open(work / "content" / "about.md", "a", encoding="utf-8") as fh:
        fh.write("\n[a page](other.md) and [a broken link](nowhere.md)\n")
    first = mkdocs(work)
    assert first.returncode == 0, first.stderr
    site = tree(work / "site")
    converted = json.loads((work / ".briefing" / "last-build.json").read_text())["pages_converted"]
    assert converted["from_cache"] == 0 and converted["by_mkdocs"] > 30
    second = mkdocs(work)
    assert tree(work / "site") == site  # byte for byte
    again = json.loads((work / ".briefing" / "last-build.json").read_text())["pages_converted"]
    assert again == {"by_mkdocs": 1, "from_cache": converted["by_mkdocs"] - 1}  # about.md: it logged a warning
    assert all("'nowhere.md', but the target is not found" in b.stderr for b in (first, second))
    (work / "content" / "other.md").unlink()  # a page about.md links to is gone: its kept HTML is not used
    third = mkdocs(work)
    assert "'other.md', but the target is not found" in third.stderr
    assert not (work / "site" / "other").exists()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_two_concurrent_builds_both_publish_a_complete_site(tmp_path, shared_cache):
    work = project(tmp_path, shared_cache)
    alone = mkdocs(work)
    assert alone.returncode == 0, alone.stderr
    expected = tree(work / "site")
    shutil.rmtree(work / "site")
    first = mkdocs(work, wait=False)
    second = mkdocs(work, wait=False)
    outs = [p.communicate(timeout=600) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outs
    assert tree(work / "site") == expected  # all of it: assets/, 404.html and every page
    assert not leftovers(work)


def test_a_second_build_that_may_not_wait_refuses_with_status_2(tmp_path, shared_cache):
    from generator.publish import lock

    work = project(tmp_path, shared_cache, lock_wait=0)
    held = lock(work / "site")
    try:
        proc = mkdocs(work)
    finally:
        held.release()
    assert proc.returncode == 2, proc.stderr
    assert f"another build is writing {work / 'site'}" in proc.stderr and "gave up" in proc.stderr
    assert not (work / "site").exists() and not (work / ".briefing" / "pages").exists()


def test_leftovers_of_a_killed_build_are_removed(tmp_path, shared_cache):
    work = project(tmp_path, shared_cache)
    for junk in (".briefing/.pages.k9x2a/actors", ".site.old/assets", ".site.building", ".site.q1w2e3/x"):
        (work / junk).mkdir(parents=True)
        (work / junk / "page.md").write_text("half", encoding="utf-8")
    proc = mkdocs(work)
    assert proc.returncode == 0, proc.stderr
    assert not leftovers(work)


def test_a_build_killed_half_way_leaves_nothing_the_next_build_keeps(tmp_path, shared_cache):
    import signal
    import time

    work = project(tmp_path, shared_cache)
    proc = mkdocs(work, wait=False)
    for _ in range(3000):  # until MkDocs writes into this build's own staging folder (or the build ends)
        if [p for p in work.glob(".site.*") if p.is_dir() and any(p.iterdir())] or proc.poll() is not None:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the build ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert leftovers(work)  # its staging folders (.site.<random>, .briefing/.pages.<random>) are left behind
    assert not (work / "site").exists()  # and nothing was published
    again = mkdocs(work)
    assert again.returncode == 0, again.stderr
    assert not leftovers(work) and (work / "site" / "index.html").is_file()


# ---- disk faults -------------------------------------------------------------------------------------

@pytest.fixture()
def built(tmp_path, shared_cache):
    work = project(tmp_path, shared_cache)
    assert mkdocs(work).returncode == 0
    (work / "seeds" / "added.txt").write_text(
        "Envoys meet in Vienna\n\nForeign Minister Olga Examplova said on Monday that envoys met in Vienna.\n",
        encoding="utf-8")
    return work, tree(work / "site"), tree(work / ".briefing" / "pages")


def _read_only(folder: Path):
    """Make ``folder`` read-only for this process: a read-only bind mount as root, else permissions."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    ok = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode == 0
    if not ok or subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True).returncode:
        if ok:
            subprocess.run(["umount", str(folder)])
        pytest.skip("cannot make a read-only folder here (root without mount)")
    return lambda: subprocess.run(["umount", str(folder)], check=True)


def test_read_only_site_keeps_the_previous_site(built):
    work, site_before, pages_before = built
    undo = _read_only(work / "site")
    try:
        proc = mkdocs(work)
        assert tree(work / "site") == site_before
    finally:
        undo()
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if "cannot write" in line]
    assert len(errors) == 1 and str(work / "site") in errors[0] and "[Errno" in errors[0], proc.stderr
    assert tree(work / ".briefing" / "pages") == pages_before
    assert not leftovers(work)
    assert mkdocs(work).returncode == 0  # nothing left behind blocks the next build
    assert "sources/added/index.html" in tree(work / "site")


def _failing(real, after: int, path_arg: int):
    """``real``, raising ENOSPC (a full disk) from its call number ``after + 1`` on."""
    calls = {"n": 0}

    def fail(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(args[path_arg]))
        return real(*args, **kwargs)
    return fail


def test_full_disk_while_mkdocs_writes_the_site(built, monkeypatch, caplog):
    import mkdocs.utils
    from mkdocs.exceptions import Abort

    work, site_before, pages_before = built
    monkeypatch.setattr(mkdocs.utils, "write_file", _failing(mkdocs.utils.write_file, 5, 1))
    with pytest.raises(Abort, match=r"briefing: cannot write .*/\.site\..*: No space left on device \[Errno 28\]") as exc:
        build_here(work, monkeypatch)
    assert "\n" not in str(exc.value).strip()  # one line ...
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # ... and not also MkDocs' own
    assert tree(work / "site") == site_before and tree(work / ".briefing" / "pages") == pages_before
    assert not leftovers(work)


def test_full_disk_while_the_pages_are_written(built, monkeypatch, caplog):
    import builtins

    import generator.render as render
    from mkdocs.exceptions import Abort

    work, site_before, pages_before = built
    monkeypatch.setattr(render, "open", _failing(builtins.open, 3, 0), raising=False)
    with pytest.raises(Abort):
        build_here(work, monkeypatch)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and re.fullmatch(r"briefing: cannot write .*/\.briefing/\.pages\.\w+/\S+\.md: "
                                             r"No space left on device \[Errno 28\]", errors[0]), errors
    assert tree(work / "site") == site_before and tree(work / ".briefing" / "pages") == pages_before
    assert not leftovers(work)


# ---- strict and not --------------------------------------------------------------------------------------

def test_make_site_warns_about_a_bad_article_and_builds_the_rest(built):
    work, _, _ = built
    (work / "seeds" / "empty.txt").write_text("  \n", encoding="utf-8")
    proc = mkdocs(work)  # what `make site` runs
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"WARNING +-  briefing: skipped .*empty\.txt: the file is empty", proc.stderr)
    assert "sources/added/index.html" in tree(work / "site")


@pytest.mark.parametrize("how", ["mkdocs --strict", "plugin strict: true"])
def test_strict_mode_stops_before_anything_is_written(tmp_path, shared_cache, how):
    work = project(tmp_path, shared_cache)
    (work / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    if how == "plugin strict: true":
        cfg = (work / "mkdocs.yml").read_text(encoding="utf-8").replace("      strict: false", "      strict: true")
        (work / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    proc = mkdocs(work, *(["--strict"] if how == "mkdocs --strict" else []))
    assert proc.returncode == 1
    assert "empty.txt: the file is empty" in proc.stderr
    assert not (work / "site").exists() and not (work / ".briefing" / "pages").exists() and not leftovers(work)


def test_strict_mkdocs_warning_after_the_pages_keeps_the_previous_site(built):
    work, site_before, pages_before = built
    (work / "content" / "broken-link.md").write_text("# Notes\n\n[gone](nowhere.md)\n", encoding="utf-8")
    proc = mkdocs(work, "--strict")
    assert proc.returncode == 1 and "Aborted with 1 warnings in strict mode!" in proc.stdout
    assert tree(work / "site") == site_before and tree(work / ".briefing" / "pages") == pages_before
    assert not leftovers(work)



def test_export_writes_nothing_beside_the_articles(tmp_path, monkeypatch):
    from generator.cli import main

    downloads = tmp_path / "Downloads"
    shutil.copytree(ROOT / "seeds", downloads / "seeds")
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    monkeypatch.chdir(project_dir)
    assert main(["export", "--seeds", str(downloads / "seeds"), "--output", "out.json", "-q"]) == 0
    assert sorted(p.name for p in downloads.iterdir()) == ["seeds"]  # no .briefing/ beside the user's articles
    assert (project_dir / ".briefing" / "cache").is_dir() and (project_dir / "out.json").is_file()


def test_pages_writes_a_complete_docs_folder_where_hand_written_pages_win(tmp_path, monkeypatch):
    from generator.cli import main

    for name in ("content", "templates", "seeds"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "content" / "timeline.md").write_text("# My timeline\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["pages", "-q", "--lock-wait", "0"]) == 0
    docs = tmp_path / ".briefing" / "docs"
    assert (docs / "timeline.md").read_text(encoding="utf-8") == "# My timeline\n"  # the hand-written page wins
    assert (docs / "about.md").read_bytes() == (ROOT / "content" / "about.md").read_bytes()
    assert (docs / "assets" / "briefing.css").is_file() and (docs / "index.md").is_file()
    assert (docs / "actors" / "dmitry-peskov.md").is_file() and (docs / "timeline.md").is_file()
    assert 'href="../sources/' in (docs / "actors" / "dmitry-peskov.md").read_text(encoding="utf-8")  # for Zensical
    assert not [p for p in (tmp_path / ".briefing").iterdir() if p.is_dir() and p.name.startswith(".docs.")]
