"""Writer: the briefing → Markdown pages for MkDocs, through the Jinja2 templates in ``templates/``.

Article text is untrusted. Every value a template prints goes through :func:`md_escape`
(Jinja's ``finalize``): HTML is escaped and every character Markdown, MkDocs extensions or
Jinja could read as syntax becomes a numeric character reference, so it shows as text and
never as markup. Only links built here from slugs are marked safe.

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
from .export import swap_in, to_json_text
from .ical import to_ics
from .model import Briefing

MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~:=^&\"'$%@/")
WORLD = "assets/briefing-world.svg"
STAMP = ".briefing-stamp"  # digest of what the pages in a folder were made from
SAFE_PATH = re.compile(r"^[A-Za-z0-9_./#-]*$")


def md_escape(value) -> Markup:
    """Any value → inert text inside Markdown/HTML (see module docstring)."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = re.sub(r"\s+", " ", str(value))
    return Markup("".join(f"&#{ord(c)};" if c in MD_SPECIAL else c for c in text))


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
        return cite_link(self, citation, label)

    def sentence(self, citation) -> str:
        src = self.sources.get(citation.source)
        if src is None:
            return ""
        return next((s.text for s in src.sentences if s.id == citation.sentence), "")


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
QUOTE_CHARS = 320  # the popover shows at most this much of the cited sentence


def short_date(date: str | None, year: bool = False) -> str:
    """"2025-09-12" → "12 Sep" (or "12 Sep 2025"); a month or year alone stays as precise as it is."""
    if not date:
        return ""
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month}" + (f" {parts[0]}" if year else "")


def short_title(title: str, words: int = 3) -> str:
    """The first few words of a headline, for a citation label when the outlet is unknown."""
    cut = title.split()
    return " ".join(cut[:words]) + ("…" if len(cut) > words else "")


def _sentence_of(pages: "Pages", citation):
    """The cited :class:`Sentence` (or None), through an index built once per source."""
    index = pages.__dict__.setdefault("_sentence_index", {})
    if citation.source not in index:
        src = pages.sources.get(citation.source)
        index[citation.source] = {s.id: s for s in src.sentences} if src is not None else {}
    return index[citation.source].get(citation.sentence)


def cite_parts(pages: "Pages", citation) -> tuple[str, str, str]:
    """(label, spoken label, cited sentence) of a citation: "Wire · 12 Sep · ¶2". Made only of the source's
    own outlet, date and paragraph, so a label never changes when other articles are added."""
    src = pages.sources.get(citation.source)
    sent = _sentence_of(pages, citation)
    para = f"¶{sent.paragraph + 1}" if sent is not None else citation.sentence
    if src is None:
        return f"{citation.source} · {para}", f"source {citation.source}, {citation.sentence}", ""
    who = src.outlet or short_title(src.title)
    label = " · ".join(x for x in (who, short_date(src.published), para) if x)
    spoken = ", ".join(x for x in (f"Source: {src.title}", src.outlet, short_date(src.published, year=True),
                                   f"paragraph {para[1:]}" if sent is not None else "",
                                   f"sentence {citation.sentence[1:]}") if x)
    quote = sent.text if sent is not None else ""
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
    return label, spoken, quote


def cite_link(pages: "Pages", citation, label: str | None = None) -> Markup:
    """A citation as a link to the sentence on the source's page; every article value escaped."""
    short, spoken, quote = cite_parts(pages, citation)
    href = pages.href(f"sources/{citation.source}.md#{citation.sentence}")
    css = "cite-full" if label else "cite"
    text = md_escape(label or short)
    spoken = f"{label or short}: {spoken}"  # the accessible name starts with the visible label
    return Markup(f'<a class="{css}" href="{href}" aria-label="{md_escape(spoken)}" '
                  f'data-quote="{md_escape(quote)}">{text}</a>')


def external_link(url: str | None) -> Markup:
    """An article's original address: a link only when it is a plain http(s) URL, otherwise text."""
    from urllib.parse import urlsplit

    if not url:
        return Markup("")
    text = md_escape(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return text
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc or re.search(r"[\s\x00-\x1f\x7f\\]", url):
        return text
    return Markup(f'<a class="original" href="{text}" rel="noopener noreferrer">{text}</a>')


def _environment(templates: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates)), autoescape=True, finalize=md_escape,
                      undefined=StrictUndefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
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


def _ui_context(b: Briefing, site_name: str | None = None) -> dict:
    """What the reader-facing parts of the templates need beyond :func:`_context`."""
    return {"external_link": external_link, "short_date": short_date, "search_boost": search_boost,
            **_home_context(b, site_name)}


def search_boost(entity) -> int:
    """Material's search ``boost`` for an actor's or venue's page: above every other page, and more for the
    more mentioned, so "Russia" finds the country before "Russian Foreign Ministry"."""
    import math

    return 4 + 2 * math.isqrt(min(len(entity.mentions), 100))


DEFAULT_SITE_NAMES = {"", "briefing", "my docs"}


def story_name(b: Briefing, site_name: str | None = None) -> str:
    """The site's own name, or one made from the two most-mentioned countries, or else actors
    ("Briefing: Russia and Ukraine")."""
    if site_name and site_name.strip().lower() not in DEFAULT_SITE_NAMES:
        return site_name.strip()
    countries = [a for a in b.actors if a.kind == "country"]
    ranked = sorted(countries if len(countries) >= 2 else b.actors, key=lambda a: (-len(a.mentions), a.name))
    names = sorted(a.name for a in ranked[:2])
    return "Briefing: " + " and ".join(names) if names else "Briefing"


def period_line(b: Briefing) -> str:
    """"As of 1 Oct 2025 · 2 articles, 12 Sep–1 Oct" from the articles' own dates (never the clock)."""
    n = len(b.sources)
    count = f"{n} article{'s' if n != 1 else ''}"
    days = sorted(s.published or s.reference_date for s in b.sources if s.published or s.reference_date)
    if not days:
        return f"{count}, none of them dated"
    first, last = days[0], days[-1]
    span = short_date(first, year=first[:4] != last[:4]) + ("–" + short_date(last) if first != last else "")
    return f"As of {short_date(last, year=True)} · {count}, {span}"


def _home_context(b: Briefing, site_name: str | None = None, shown: int = 6) -> dict:
    """The home page: the story's name, the period covered, what happened kept apart from what is planned."""
    days = [s.published or s.reference_date for s in b.sources if s.published or s.reference_date]
    as_of = max(days) if days else None
    happened = [e for e in b.events if e.date and e.status != "planned" and (as_of is None or e.date[:len(as_of)] <= as_of)]
    planned = [e for e in b.events if e.status == "planned" and (not e.date or as_of is None or e.date >= as_of[:len(e.date)])]
    return {
        "story": story_name(b, site_name),
        "period": period_line(b),
        "latest": sorted(happened, key=lambda e: (e.date, e.id), reverse=True)[:shown],
        "upcoming": sorted(planned, key=lambda e: (e.date is None, e.date or "", e.id))[:shown],
        "top_venues": sorted(b.venues, key=lambda v: (-len(v.mentions), v.name))[:shown],
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


def render_pages(b: Briefing, templates: Path, directory_urls: bool = True, site_name: str | None = None) -> dict[str, str]:
    """docs path → page text (Markdown), plus ``briefing.json`` and ``briefing.ics``."""
    env = _environment(Path(templates))
    pages = Pages(b, directory_urls)
    base = {**_context(b), **_ui_context(b, site_name)}
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
