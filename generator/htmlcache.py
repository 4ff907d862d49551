"""MkDocs' Markdown → HTML of each page, kept between builds (the plugin's ``cache`` folder, ``html/``).

Converting the Markdown is most of ``mkdocs build``'s own time, and a warm build converts the same
pages again. :class:`HtmlCache` replaces a page's ``render`` (the one step that converts it) with one
that first looks for the result of the same conversion: keyed by the page's Markdown (after every
plugin's ``on_page_markdown``), its source and URL, the versions of MkDocs, Python-Markdown and the
extensions, the ``markdown_extensions`` settings, ``use_directory_urls``, the link validation settings
and the log level. A kept result holds what ``Page.render`` sets: the HTML, the table of contents, the
title found in it, the anchor ids it holds and the links to anchors of other pages.

A link's HTML depends on another file (its URL, whether it exists, whether it is excluded), so each
result also records every file lookup the conversion made; it is used only when each lookup gives the
same answer in this build. A conversion that logged anything (a broken link, say) is never kept, so
its message is printed on every build. What is served is exactly what MkDocs would have made: the site
is the same, byte for byte (tests/test_htmlcache.py).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

FORMAT = "briefing-html/1"
_PAGE_LOG = logging.getLogger("mkdocs.structure.pages")


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "-"


def _toc_tokens(items) -> list[dict]:
    return [{"name": a.title, "id": a.id, "level": a.level, "children": _toc_tokens(a.children)} for a in items]


class _Lookups:
    """The build's ``Files`` as the conversion sees it: every ``get_file_from_path`` answer is recorded."""

    def __init__(self, files):
        self._files = files
        self.seen: dict[str, list | None] = {}
        self.opaque = False  # the conversion used something else of Files: its result is not kept

    def get_file_from_path(self, path: str):
        found = self._files.get_file_from_path(path)
        self.seen[path] = _answer(found)
        return found

    def __getattr__(self, name):
        self.opaque = True
        return getattr(self._files, name)


def _answer(found) -> list | None:
    return None if found is None else [found.src_uri, found.url, bool(found.inclusion.is_excluded())]


class _Logged(logging.Handler):
    def __init__(self):
        super().__init__(logging.NOTSET)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class HtmlCache:
    """Converted pages of the last build, in ``folder`` (``None``: nothing kept, MkDocs as it is)."""

    def __init__(self, folder: Path | None, config):
        self.folder = Path(folder) if folder else None
        self.used: set[str] = set()
        self.hits = self.misses = 0
        settings = {"mkdocs": _version("mkdocs"), "markdown": _version("markdown"),
                    "pymdown": _version("pymdown-extensions"), "extensions": repr(config["markdown_extensions"]),
                    "configs": repr(config["mdx_configs"]), "directory_urls": bool(config["use_directory_urls"]),
                    "validation": repr(config["validation"]), "level": logging.getLogger("mkdocs").getEffectiveLevel()}
        self.salt = json.dumps([FORMAT, settings], sort_keys=True, default=repr)

    def attach(self, page: Page) -> None:
        """Convert ``page`` through the cache (called from ``on_page_markdown``)."""
        if self.folder is not None:
            page.render = lambda config, files: self.render(page, config, files)

    def key(self, page: Page) -> str:
        h = hashlib.sha256(self.salt.encode())
        for part in (page.file.src_uri, page.file.url, page.markdown or ""):
            h.update(b"\0" + part.encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def render(self, page: Page, config, files) -> None:
        key = self.key(page)
        kept = self._load(key)
        if kept is not None and all(_answer(files.get_file_from_path(p)) == a for p, a in kept["lookups"].items()):
            try:
                self._restore(page, kept, files)
                self.used.add(key)
                self.hits += 1
                return
            except (KeyError, TypeError, ValueError, AttributeError):  # an entry that does not hold together
                pass
        self.misses += 1
        lookups, logged = _Lookups(files), _Logged()
        _PAGE_LOG.addHandler(logged)
        try:
            Page.render(page, config, lookups)
        finally:
            _PAGE_LOG.removeHandler(logged)
        if not logged.count and not lookups.opaque:
            self._save(key, page, lookups.seen)

    # ---- what Page.render sets ------------------------------------------------------------------------
    @staticmethod
    def _restore(page: Page, kept: dict, files) -> None:
        page.content = kept["content"]
        page.toc = get_toc(kept["toc"])
        page._title_from_render = kept["title"]
        page.present_anchor_ids = set(kept["anchors"])
        if kept["links"] is not None:
            page.links_to_anchors = {files.get_file_from_path(src): dict(anchors) for src, anchors in kept["links"]}

    def _save(self, key: str, page: Page, lookups: dict) -> None:
        links = page.links_to_anchors
        doc = {"format": FORMAT, "key": key, "content": page.content, "toc": _toc_tokens(page.toc),
               "title": page._title_from_render, "anchors": sorted(page.present_anchor_ids or ()),
               "links": None if links is None else [[f.src_uri, list(a.items())] for f, a in links.items()],
               "lookups": lookups}
        path = self._path(key)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".page.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(doc, fh, ensure_ascii=False)
            os.replace(tmp, path)
            self.used.add(key)
        except (OSError, TypeError, ValueError):  # a page the cache cannot hold is simply converted next time
            if tmp is not None:
                with contextlib.suppress(OSError):
                    Path(tmp).unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def _load(self, key: str) -> dict | None:
        try:
            doc = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        ok = (isinstance(doc, dict) and doc.get("format") == FORMAT and doc.get("key") == key
              and isinstance(doc.get("content"), str) and isinstance(doc.get("lookups"), dict))
        return doc if ok else None

    def prune(self) -> None:
        """Remove the pages this build did not use (the cache holds the last build's pages only)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.glob("*/*.json"):
            if path.stem not in self.used:
                with contextlib.suppress(OSError):
                    path.unlink()
