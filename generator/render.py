"""Writer: the briefing → Markdown pages for MkDocs, through the Jinja2 templates in ``templates/``.

Article text is untrusted. Every value a template prints goes through :func:`md_escape`
(Jinja's ``finalize``, :func:`generator.escape.markdown_text`): HTML is escaped and every character
Markdown, MkDocs extensions or Jinja could read as syntax becomes a numeric character reference, so it
shows as text and never as markup. Only links built here from slugs, ``front_matter`` (the page title,
see :mod:`generator.escape`) and ``link`` (http/https addresses only) are marked safe.

Pages are written to a fresh folder that replaces the previous one only when every page is
written, so a failed build leaves the last good pages in place.
"""
from __future__ import annotations

import posixpath
import re
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .charts import land_svg, map_svg, timeline_svg
from .escape import front_matter, link, markdown_text
from .export import swap_in, to_json_text
from .ical import to_ics
from .model import Briefing

WORLD = "assets/briefing-world.svg"
STAMP = ".briefing-stamp"  # digest of what the pages in a folder were made from
SAFE_PATH = re.compile(r"^[A-Za-z0-9_./#-]*$")


md_escape = markdown_text  # Jinja's finalize: every printed value (see generator/escape.py)


class Pages:
    """Builds page paths and relative links between generated pages."""

    def __init__(self, briefing: Briefing, directory_urls: bool = True):
        self.b = briefing
        self.directory_urls = directory_urls
        self.sources = {s.id: s for s in briefing.sources}
        self.source_index = {s.id: i for i, s in enumerate(briefing.sources, 1)}
        self.actors = {a.id: a for a in briefing.actors}
        self.venues = {v.id: v for v in briefing.venues}
        self.current = "index.md"

    def url(self, target: str) -> Markup:
        """A relative link from the page being rendered to ``target`` (a docs path, maybe with #anchor)."""
        if not SAFE_PATH.match(target):
            raise ValueError(f"unsafe link target {target!r}")
        path, _, anchor = target.partition("#")
        rel = posixpath.relpath(path, posixpath.dirname(self.current) or ".") if path else ""
        return Markup(rel + (f"#{anchor}" if anchor else ""))

    def _page_url(self, path: str) -> str:
        """The URL folder MkDocs gives a docs path ("sources/x.md" → "sources/x/")."""
        if not path.endswith(".md"):
            return path
        stem = path[:-3]
        if not self.directory_urls:
            return stem + ".html"
        if stem == "index" or stem.endswith("/index"):
            return stem[:-5]
        return stem + "/"

    def href(self, target: str) -> Markup:
        """A link for raw HTML (which MkDocs does not rewrite): relative to the built page's URL."""
        if not SAFE_PATH.match(target):
            raise ValueError(f"unsafe link target {target!r}")
        path, _, anchor = target.partition("#")
        frag = f"#{anchor}" if anchor else ""
        if not path:
            return Markup(frag)
        here, dest = self._page_url(self.current), self._page_url(path)
        base = here.rstrip("/") if here.endswith("/") or not here else posixpath.dirname(here)
        rel = posixpath.relpath(dest.rstrip("/") or ".", base or ".")
        if dest.endswith("/") or not dest:
            rel = rel.rstrip("/") + "/"
        return Markup(rel + frag)

    def cite(self, citation, label: str | None = None) -> Markup:
        src = self.sources.get(citation.source)
        n = citation.sentence[1:]
        title = md_escape(f"{src.title if src else citation.source}, sentence {n}")
        if label:
            text = md_escape(label)
        else:
            index = self.source_index.get(citation.source, 0)
            short = src.outlet if src is not None and src.outlet else f"#{index}"
            text = Markup(f"{md_escape(short)}&#160;§{n}")
        href = self.href(f"sources/{citation.source}.md#{citation.sentence}")
        css = "cite-full" if label else "cite"
        return Markup(f'<a class="{css}" href="{href}" title="{title}">{text}</a>')

    def sentence(self, citation) -> str:
        src = self.sources.get(citation.source)
        if src is None:
            return ""
        return next((s.text for s in src.sentences if s.id == citation.sentence), "")


def _environment(templates: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates)), autoescape=True, finalize=md_escape,
                      undefined=StrictUndefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(front_matter=front_matter, link=link)
    return env


def _context(b: Briefing) -> dict:
    actor_events = defaultdict(list)
    venue_events = defaultdict(list)
    for e in b.events:
        for a in e.actors:
            actor_events[a].append(e)
        for v in e.venues:
            venue_events[v].append(e)
    actor_questions = defaultdict(list)
    for q in b.questions:
        for p in q.positions:
            if p.actor and q not in actor_questions[p.actor]:
                actor_questions[p.actor].append(q)
    actor_venues = defaultdict(list)
    for v in b.venues:
        for h in v.history:
            if h.get("actor") and v not in actor_venues[h["actor"]]:
                actor_venues[h["actor"]].append(v)
    for e in b.events:
        for a in e.actors:
            for vid in e.venues:
                v = next((x for x in b.venues if x.id == vid), None)
                if v is not None and v not in actor_venues[a]:
                    actor_venues[a].append(v)
    months = defaultdict(list)
    for e in b.events:
        months[e.date[:7] if e.date and len(e.date) >= 7 else (e.date or "undated")].append(e)
    dated = [e for e in b.events if e.date]
    return {
        "b": b,
        "actor_events": actor_events,
        "venue_events": venue_events,
        "actor_questions": actor_questions,
        "actor_venues": actor_venues,
        "months": sorted(((k, v) for k, v in months.items() if k != "undated"), reverse=True),
        "undated": months.get("undated", []),
        "latest": sorted(dated, key=lambda e: (e.date, e.id), reverse=True)[:8],
        "timeline_svg": Markup(timeline_svg(b.events)),
        "venue_map": lambda v, href: Markup(map_svg(v, b.venues, land_href=str(href))),
        "source_events": {s.id: [e for e in b.events if any(c.source == s.id for c in e.citations)] for s in b.sources},
    }


def page_plan(b: Briefing) -> list[tuple[str, str, dict]]:
    """(docs path, template, extra variables) for every generated page."""
    plan = [("index.md", "home.md.j2", {}), ("actors/index.md", "actors.md.j2", {}),
            ("venues/index.md", "venues.md.j2", {}), ("timeline.md", "timeline.md.j2", {"oldest_first": False}),
            ("timeline-oldest-first.md", "timeline.md.j2", {"oldest_first": True}),
            ("questions.md", "questions.md.j2", {}), ("sources/index.md", "sources.md.j2", {})]
    plan += [(f"actors/{a.id}.md", "actor.md.j2", {"actor": a}) for a in b.actors]
    plan += [(f"venues/{v.id}.md", "venue.md.j2", {"venue": v}) for v in b.venues]
    plan += [(f"sources/{s.id}.md", "source.md.j2", {"source": s}) for s in b.sources]
    return plan


def render_pages(b: Briefing, templates: Path, directory_urls: bool = True) -> dict[str, str]:
    """docs path → page text (Markdown), plus ``briefing.json`` and ``briefing.ics``."""
    env = _environment(Path(templates))
    pages = Pages(b, directory_urls)
    base = _context(b)
    out: dict[str, str] = {}
    for path, template, extra in page_plan(b):
        pages.current = path
        out[path] = env.get_template(template).render(**base, **extra, p=pages)
    out[WORLD] = land_svg()
    out["briefing.json"] = to_json_text(b)
    out["briefing.ics"] = to_ics(b).decode("utf-8")
    return out


def page_names(b: Briefing) -> list[str]:
    return [path for path, _, _ in page_plan(b)] + [WORLD, "briefing.json", "briefing.ics"]


def _stamp(b: Briefing, templates: Path, directory_urls: bool, handwritten: set[str]) -> str:
    import hashlib

    h = hashlib.sha256(to_json_text(b).encode())
    for t in sorted(templates.glob("*.j2")):
        h.update(t.name.encode() + b"\0" + t.read_bytes())
    h.update(f"{directory_urls};{sorted(handwritten)};{Path(__file__).read_bytes()!r}".encode())
    return h.hexdigest()


def render_site(b: Briefing, output: Path, templates: Path, content: Path | None = None,
                directory_urls: bool = True) -> tuple[list[str], list[str]]:
    """Write the generated pages to ``output`` (replaced as a whole), skipping any path that a
    hand-written page in ``content`` already has. Returns (paths written, paths left to the hand-written page)."""
    output = Path(output)
    handwritten = {p.relative_to(content).as_posix() for p in Path(content).rglob("*") if p.is_file()} if content and Path(content).is_dir() else set()
    stamp = _stamp(b, Path(templates), directory_urls, handwritten)
    if (output / STAMP).is_file() and (output / STAMP).read_text(encoding="utf-8") == stamp:
        # the same briefing through the same templates: the pages on disk are already these
        written = sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file() and p.name != STAMP)
        return written, sorted(handwritten & set(page_names(b)))
    rendered = render_pages(b, templates, directory_urls)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    written, skipped = [], []
    try:
        for rel, text in sorted(rendered.items()):
            if rel in handwritten:
                skipped.append(rel)
                continue
            dest = tmp / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8", newline="\n")
            written.append(rel)
        (tmp / STAMP).write_text(stamp, encoding="utf-8")
        swap_in(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return written, skipped
