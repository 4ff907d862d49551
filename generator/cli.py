"""Command line: ``python -m generator export --seeds DIR --output FILE`` and ``python -m generator pages``.

The options come from the settings table (:mod:`generator.settings`), as the plugin's do.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .errors import BriefingError
from .settings import SETTINGS
from .text import printable

PAGES_OUTPUT = Path(".briefing/docs")  # `pages` writes a complete docs folder, not the plugin's .briefing/pages


def _add_settings(parser: argparse.ArgumentParser, command: str) -> None:
    for s in SETTINGS:
        if command not in s.commands:
            continue
        flag = "--" + s.name.replace("_", "-")
        if s.kind == "bool":
            parser.add_argument(flag, action="store_true", help=s.help)
            continue
        default = s.default
        if s.name == "output" and command == "pages":
            default = PAGES_OUTPUT
        typ = {"path": Path, "int": int, "str": str}[s.kind]
        parser.add_argument(flag, type=typ, default=typ(default) if default is not None else None,
                            help=f"{s.help} (default: {default})".replace("`", ""))


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m generator", description="Build a briefing from news articles.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write the briefing as JSON (schema briefing/1); touches nothing else")
    ex.add_argument("--output", type=Path, required=True, help="JSON file to write")
    pg = sub.add_parser("pages", help="write a complete docs folder: content/ plus the generated pages, "
                                      "hand-written pages winning (what Zensical or any engine builds)")
    for command, p in (("export", ex), ("pages", pg)):
        _add_settings(p, command)
        if command == "pages":
            next(a for a in p._actions if a.dest == "engine").choices = ["zensical", "mkdocs"]
        p.add_argument("--no-cache", action="store_true", help="analyse every article afresh and write no cache")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr)

    from .pipeline import build

    try:
        cache = None if args.no_cache else args.cache
        result = build(args.seeds, model=args.model, strict=args.strict, cache_dir=cache, workers=args.workers,
                       quiet=args.quiet, executor=args.executor, scheduler=args.scheduler)
        print(f"briefing: {result.stats.line()}", file=sys.stderr)
        if args.command == "export":
            from .export import export

            export(result.briefing, args.output)
            b = result.briefing
            print(f"wrote {args.output}: {len(b.sources)} sources, {len(b.actors)} actors, {len(b.venues)} venues, "
                  f"{len(b.events)} events, {len(b.questions)} questions", file=sys.stderr)
        else:
            _pages(args, result)
    except BriefingError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)  # a folder's name may hold control characters
        return 2
    return 0


def _pages(args, result) -> None:
    from .publish import clean_leftovers, lock
    from .render import stage_pages

    held = lock(args.output, args.lock_wait, on_wait=lambda m: print(f"briefing: {m}", file=sys.stderr))
    try:
        clean_leftovers(args.output)
        staged = stage_pages(result.briefing, args.output, templates=args.templates, content=args.content,
                             with_content=True, engine=args.engine, briefing_key=result.key)
        for rel in staged.skipped:
            print(f"warning: {printable(str(args.content / rel))} is hand-written; not generated", file=sys.stderr)
        staged.publish()
    finally:
        held.release()
    print(f"wrote {args.output}: {len(staged.written)} generated pages ({staged.rendered} rendered) "
          f"and {len(staged.copied)} hand-written files", file=sys.stderr)
