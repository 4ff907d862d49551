"""MkDocs hook: ``mkdocs build`` (and ``mkdocs serve``) regenerate the briefing from ``seeds/``.

Declared in ``mkdocs.yml`` under ``hooks:``. Settings come from ``extra.briefing`` in
``mkdocs.yml`` (``seeds``, ``templates``, ``output``, ``model``, ``strict``, ``workers``, ``executor``,
``scheduler``), paths relative to
the folder of ``mkdocs.yml``.

* ``on_pre_build`` runs the pipeline and writes the pages to ``.briefing/pages`` (git-ignored,
  replaced as a whole only when every page is written);
* ``on_files`` adds those pages to the site, unless ``content/`` has a hand-written page at the
  same path: the hand-written one wins, with a warning;
* ``on_serve`` also watches ``seeds/`` and ``templates/``;
* for ``mkdocs build`` the site is built into a temporary folder beside ``site_dir`` and swapped in
  by ``on_post_build``: a build that fails anywhere leaves the previous ``site/`` untouched;
* ``SOURCE_DATE_EPOCH`` (the build date MkDocs writes into the sitemap) is set from the articles'
  latest date unless already set, so the same articles give the same site, byte for byte.
"""
from __future__ import annotations

import calendar as _calendar
import datetime as dt
import logging
import os
import shutil
import time
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.hooks.briefing")

_state: dict = {"command": None, "final_site": None, "staging": None}

DEFAULTS = {"seeds": "seeds", "templates": "templates", "output": ".briefing/pages", "cache": ".briefing/cache",
            "model": None, "strict": False, "workers": None, "executor": None, "scheduler": None}


def _settings(config) -> dict:
    root = Path(config.config_file_path).resolve().parent
    user = (config.extra or {}).get("briefing") or {}
    s = {**DEFAULTS, **user}
    for k in ("seeds", "templates", "output", "cache"):
        if s[k]:
            s[k] = (root / s[k]).resolve()
    return s


def on_startup(command, dirty, **kwargs):
    _state["command"] = command


def on_config(config, **kwargs):
    if _state["command"] == "build" and _state["staging"] is None:
        final = Path(config.site_dir).resolve()
        staging = final.with_name(f".{final.name}.building")
        if staging.exists():
            shutil.rmtree(staging)
        _state.update(final_site=final, staging=staging)
        config.site_dir = str(staging)
    return config


def on_post_build(config, **kwargs):
    final, staging = _state["final_site"], _state["staging"]
    if final is None or staging is None or not staging.exists():
        return
    from generator.export import swap_in

    swap_in(staging, final)
    config.site_dir = str(final)
    _state.update(final_site=None, staging=None)


def on_build_error(error, **kwargs):
    staging = _state.get("staging")
    if staging is not None and Path(staging).exists():
        shutil.rmtree(staging, ignore_errors=True)
    _state.update(final_site=None, staging=None)


def _set_build_date(briefing) -> None:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return
    days = [s.published or s.reference_date for s in briefing.sources if s.published or s.reference_date]
    day = dt.date.fromisoformat(max(days)) if days else dt.date(2000, 1, 1)
    os.environ["SOURCE_DATE_EPOCH"] = str(_calendar.timegm(day.timetuple()))


def _record(path: Path, stats) -> None:
    """Timings of the last build, for the benchmark (.briefing/last-build.json)."""
    import json

    data = {"articles": stats.articles, "analysed": stats.analysed, "cached": stats.cached, "failed": stats.failed,
            "seconds": stats.seconds}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def on_pre_build(config, **kwargs):
    from generator.errors import BriefingError
    from generator.pipeline import build
    from generator.render import render_site

    s = _settings(config)
    quiet = logging.getLogger("mkdocs").getEffectiveLevel() > logging.INFO  # mkdocs build -q
    try:
        result = build(s["seeds"], model=s["model"], strict=bool(s["strict"]), cache_dir=s["cache"] or None,
                       workers=s["workers"], quiet=quiet, executor=s["executor"], scheduler=s["scheduler"])
        started = time.perf_counter()
        written, skipped = render_site(result.briefing, s["output"], templates=s["templates"],
                                       content=Path(config.docs_dir), directory_urls=config.use_directory_urls)
        result.stats.seconds["render"] = round(time.perf_counter() - started, 3)
    except BriefingError as exc:
        raise PluginError(f"briefing: {exc}") from None
    _record(s["output"].parent / "last-build.json", result.stats)
    _set_build_date(result.briefing)
    for rel in skipped:
        log.info("briefing: content/%s is hand-written; the generated page of that name is not used", rel)
    for problem in result.problems:
        log.warning("briefing: skipped %s", problem)
    log.info("briefing: %s; %d pages", result.stats.line(), len(written))


def on_files(files: Files, config, **kwargs) -> Files:
    s = _settings(config)
    out = s["output"]
    if not out.is_dir():
        return files
    for path in sorted(p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")):
        rel = path.relative_to(out).as_posix()
        if files.get_file_from_path(rel) is not None:
            continue  # a hand-written page of that name (on_pre_build said so)
        files.append(File(rel, src_dir=str(out), dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls))
    return files


def on_serve(server, config, builder, **kwargs):
    s = _settings(config)
    for path in (s["seeds"], s["templates"]):
        if path.exists():
            server.watch(str(path))
    return server
