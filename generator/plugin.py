"""The MkDocs plugin ``briefing``: ``mkdocs build`` (and ``mkdocs serve``) regenerate the briefing from ``seeds/``.

Configured in ``mkdocs.yml`` as ``plugins: [search, briefing: {seeds: seeds, ...}]``; its options come
from the one settings table (:mod:`generator.settings`), typed and validated by MkDocs, and an unknown
option is a configuration error (not a warning). Paths are relative to the folder of ``mkdocs.yml``.

* ``on_config`` takes the lock of the site and pages folders (a second build of the same folders waits,
  or gives up with exit status 2) and removes what interrupted builds left behind;
* ``on_pre_build`` runs the pipeline and stages the pages (nothing is written before the articles are
  read: under strict mode, set here or by ``mkdocs build --strict``, a bad article stops the build with
  nothing written), then points MkDocs at a staging folder of its own for the site;
* ``on_files`` adds the staged pages with ``File.generated``, unless ``content/`` has a hand-written
  page at the same path: the hand-written one wins;
* ``on_post_build`` reduces the search index the theme wrote (``search_text``, :mod:`generator.searchindex`),
  makes the 404 page's links absolute under ``site_url`` (:func:`absolute_404`), then swaps in the pages (``.briefing/pages``) and the site, each whole; a build that fails
  anywhere, or that MkDocs' strict mode would abort, leaves both as they were;
* ``on_serve`` also watches the seeds and templates folders;
* ``SOURCE_DATE_EPOCH`` (the build date MkDocs writes into the sitemap) is set from the articles'
  latest date unless already set, so the same articles give the same site, byte for byte.
"""
from __future__ import annotations

import calendar as _calendar
import datetime as dt
import json
import logging
import os
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .settings import SETTINGS
from .text import printable

log = logging.getLogger("mkdocs.plugins.briefing")


def _option(kind: str, default):
    if kind == "bool":
        return c.Type(bool, default=default)
    typ = {"int": int, "str": str, "path": str}[kind]
    return c.Optional(c.Type(typ)) if default is None else c.Type(typ, default=default)


class _Config(base.Config):
    def validate(self):
        failed, warnings = super().validate()
        # MkDocs only warns about an unknown option; a misspelt setting must not be silently ignored
        unknown = [(k, w) for k, w in warnings if w.startswith("Unrecognised configuration name")]
        return failed + unknown, [w for w in warnings if w not in unknown]


BriefingConfig = type("BriefingConfig", (_Config,),
                      {s.name: _option(s.kind, s.default) for s in SETTINGS if "plugin" in s.commands})


class _DiskErrorLines(logging.Filter):
    """Drops MkDocs' own line for a page it could not write: on_build_error says it once, with the path."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        return not (msg.startswith(("Error building page", "Error reading page")) and "[Errno" in msg)


_BUILD_LOG = logging.getLogger("mkdocs.commands.build")


class Refused(Abort):
    """The build cannot start (another build holds the lock): exit status 2."""

    code = 2
    exit_code = 2


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def __init__(self):
        self.command = "build"
        self.locks: list = []
        self.final_site: Path | None = None
        self.site_staging: Path | None = None
        self.pages = None  # the staged pages of this build (render.Staged)
        self.result = None
        self.html = None  # MkDocs' converted pages kept between builds (htmlcache.HtmlCache)
        self.quiet_disk_errors = _DiskErrorLines()

    # ---- settings -------------------------------------------------------------------------------------
    def path(self, config, name: str) -> Path | None:
        value = self.config[name]
        if value in (None, ""):
            return None
        return (Path(config.config_file_path).resolve().parent / value).resolve()

    def strict(self, config) -> bool:
        return bool(self.config.strict or config.strict)  # wherever strict mode is set

    # ---- events ---------------------------------------------------------------------------------------
    def on_startup(self, *, command, dirty):
        self.command = command

    def on_config(self, config):
        from .errors import BriefingError
        from .publish import BuildLocked, clean_leftovers, lock

        _BUILD_LOG.addFilter(self.quiet_disk_errors)
        targets = [self.path(config, "output")]
        if self.command == "build":
            targets.append(Path(config.site_dir).resolve())
        try:
            for target in sorted(targets):
                self.locks.append(lock(target, self.config.lock_wait, on_wait=lambda m: log.warning("briefing: %s", m)))
                clean_leftovers(target)
        except BuildLocked as exc:
            self._release()
            log.error("briefing: %s", exc)
            raise Refused(f"Aborted: {exc}") from None
        except BriefingError as exc:
            self._release()
            raise PluginError(f"briefing: {exc}") from None
        return config

    def on_pre_build(self, config):
        from .errors import BriefingError
        from .pipeline import build
        from .publish import staging
        from .render import stage_pages

        quiet = logging.getLogger("mkdocs").getEffectiveLevel() > logging.INFO  # mkdocs build -q
        try:
            result = build(self.path(config, "seeds"), model=self.config.model, strict=self.strict(config),
                           cache_dir=self.path(config, "cache"), workers=self.config.workers, quiet=quiet,
                           executor=self.config.executor, scheduler=self.config.scheduler)
            started, cpu = time.perf_counter(), time.process_time()
            self.pages = stage_pages(result.briefing, self.path(config, "output"), templates=self.path(config, "templates"),
                                     content=Path(config.docs_dir), directory_urls=config.use_directory_urls,
                                     site_name=config.site_name, briefing_key=result.key)
            result.stats.seconds["render"] = round(time.perf_counter() - started, 3)
            result.stats.cpu_seconds["render"] = round(time.process_time() - cpu, 3)
            if self.command == "build":
                self.final_site = Path(config.site_dir).resolve()
                self.site_staging = staging(self.final_site)
                config.site_dir = str(self.site_staging)
        except BriefingError as exc:
            raise PluginError(f"briefing: {exc}") from None
        self.result = result
        from .htmlcache import HtmlCache

        cache = self.path(config, "cache")
        self.html = HtmlCache(cache / "html" if cache is not None else None, config)
        _set_build_date(result.briefing)
        for rel in self.pages.skipped:
            log.info("briefing: content/%s is hand-written; the generated page of that name is not used", printable(rel))
        for problem in result.problems:  # a notice (a hidden file, a sub-folder) is not a warning
            (log.info if problem.notice else log.warning)("briefing: skipped %s", problem)
        log.info("briefing: %s; %d pages (%d rendered, %d unchanged)", result.stats.line(), len(self.pages.written),
                 self.pages.rendered, len(self.pages.written) - self.pages.rendered)

    def on_files(self, files: Files, config) -> Files:
        if self.pages is None:
            return files
        folder = self.pages.folder
        for rel in self.pages.written:
            if files.get_file_from_path(rel) is not None:
                continue  # a hand-written page of that name (on_pre_build said so)
            files.append(File.generated(config, rel, abs_src_path=str(folder / rel)))
        return files

    def on_page_markdown(self, markdown, page, config, files):
        if self.html is not None:
            self.html.attach(page)  # the page's Markdown → HTML from the last build when it is the same
        return markdown

    def on_post_build(self, config):
        from .errors import BriefingError
        from .publish import publish_all

        if self.strict(config) and _strict_warnings():
            return  # MkDocs is about to abort (strict mode): on_build_error keeps the previous output
        self._finish_site(config)
        pairs = [] if self.site_staging is None else [(self.site_staging, self.final_site)]
        if self.pages is not None and self.pages.folder is not None:
            pairs.append((self.pages.folder, self.pages.output))
        try:
            publish_all(pairs)  # the site and the pages together, or neither
            if self.site_staging is not None:
                config.site_dir = str(self.final_site)
            self.site_staging = None
            if self.pages is not None:
                self.pages.folder = None
        except BriefingError as exc:
            self._discard()
            raise PluginError(f"briefing: {exc}") from None
        if self.html is not None:
            self.html.prune()
        if self.result is not None:
            _record(self.path(config, "output").parent / "last-build.json", self.result.stats, self.html)
        self._discard()

    def on_build_error(self, error):
        from .publish import DiskError

        self._discard()
        if isinstance(error, OSError):
            # MkDocs failed writing the (staged) site: one line, the previous site stays published
            raise Abort(f"Aborted: briefing: {DiskError(error.filename or '?', error)}") from None

    def on_shutdown(self):
        self._discard()

    def on_serve(self, server, config, builder):
        for name in ("seeds", "templates"):
            path = self.path(config, name)
            if path is not None and path.exists():
                server.watch(str(path))
        return server

    # ---- helpers --------------------------------------------------------------------------------------
    def _finish_site(self, config) -> None:
        """The search index reduced to what ``search_text`` asks for; the 404 page's links made absolute
        under ``site_url`` (it is served at any depth, so root-absolute links would leave a sub-path)."""
        from .searchindex import shrink

        if self.config.search_text not in {"summary", "full"}:
            raise PluginError(f"briefing: search_text is {self.config.search_text!r}; use summary or full")
        shrink(Path(config.site_dir), self.config.search_text)
        absolute_404(Path(config.site_dir) / "404.html", config.site_url)

    def _discard(self) -> None:
        from .publish import discard

        if self.pages is not None:
            self.pages.discard()
            self.pages = None
        discard(self.site_staging)
        if self.final_site is not None:
            self.final_site = None
        self.site_staging = None
        self._release()
        _BUILD_LOG.removeFilter(self.quiet_disk_errors)

    def _release(self) -> None:
        for held in self.locks:
            held.release()
        self.locks = []


_ROOT_ABSOLUTE = re.compile(r'((?:href|src)="|"(?:base|search)": ")/(?!/)')


def absolute_404(page: Path, site_url: str | None) -> None:
    """Rewrite the 404 page's root-absolute links and the theme's base and search-worker paths into absolute
    URLs under ``site_url``, so that the page, its search and its links work at any depth of a sub-path.
    Without ``site_url`` nothing can be known about the sub-path and the page is left as MkDocs wrote it."""
    if not site_url or not page.is_file():
        return
    parts = urlsplit(site_url)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
    if not origin:
        return
    text = page.read_text(encoding="utf-8")
    page.write_text(_ROOT_ABSOLUTE.sub(lambda m: f"{m.group(1)}{origin}/", text), encoding="utf-8")


def _strict_warnings() -> bool:
    """Whether MkDocs' strict mode has counted a warning in this build (it aborts after post_build)."""
    from mkdocs.utils import CountHandler

    return any(isinstance(h, CountHandler) and h.get_counts() for h in logging.getLogger("mkdocs").handlers)


def _set_build_date(briefing) -> None:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return
    days = [s.published or s.reference_date for s in briefing.sources if s.published or s.reference_date]
    day = dt.date.fromisoformat(max(days)) if days else dt.date(2000, 1, 1)
    os.environ["SOURCE_DATE_EPOCH"] = str(_calendar.timegm(day.timetuple()))


def _record(path: Path, stats, html=None) -> None:
    """Timings of the last build, for the benchmark (.briefing/last-build.json)."""
    data = {"articles": stats.articles, "analysed": stats.analysed, "cached": stats.cached, "failed": stats.failed,
            "seconds": stats.seconds, "cpu_seconds": stats.cpu_seconds}
    if html is not None:
        data["pages_converted"] = {"by_mkdocs": html.misses, "from_cache": html.hits}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        log.warning("briefing: cannot write %s (%s)", path, exc.strerror)
