"""Writer: the briefing → Markdown pages for MkDocs, through the Jinja2 templates in ``templates/``.

Article text is untrusted. Every value a template prints goes through :func:`md_escape`
(Jinja's ``finalize``, :func:`generator.escape.markdown_text`): HTML is escaped and every character
Markdown, MkDocs extensions or Jinja could read as syntax becomes a numeric character reference, so it
shows as text and never as markup. Only links built here from slugs, ``front_matter`` (the page title,
see :mod:`generator.escape`) and ``link`` (http/https addresses only) are marked safe.

Pages are written to a fresh folder of the build's own that replaces the previous one only when every
page is written, so a failed build leaves the last good pages in place. Each entity page is keyed by a
digest of what it shows (:func:`page_key`): a page whose key is unchanged since the last build is linked
from there, not rendered again.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
import os
import posixpath
import re
import shutil
from collections import defaultdict
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .charts import land_svg, map_context, map_svg, timeline_svg
from .escape import front_matter, link, markdown_text
from .export import to_json_items, to_json_text
from .gcpause import gc_paused
from .maps import overview_layout, overview_svg
from . import questionpages
from .timeline import event_targets, months as timeline_months
from .ical import to_ics
from .model import Briefing, Citation
from .publish import DiskError, discard, publish, staging

WORLD = "assets/briefing-world.svg"
MAP_OTHERS = 40  # a venue's map draws at most this many other venues (the most mentioned)
SAFE_PATH = re.compile(r"^[A-Za-z0-9_./#-]*$")
SLUG = re.compile(r"^[A-Za-z0-9_-]+$")


md_escape = markdown_text  # Jinja's finalize: every printed value (see generator/escape.py)


def relpath(path: str, start: str) -> str:
    """``posixpath.relpath`` between two docs paths without asking the working folder (the pages of a large
    briefing hold tens of thousands of links); a path that climbs out of the docs folder goes to it."""
    a, b = posixpath.normpath(path), posixpath.normpath(start)
    if a.startswith(("/", "..")) or b.startswith(("/", "..")):
        return posixpath.relpath(path, start)
    to = [] if a == "." else a.split("/")
    here = [] if b == "." else b.split("/")
    common = 0
    for x, y in zip(to, here):
        if x != y:
            break
        common += 1
    parts = [".."] * (len(here) - common) + to[common:]
    return "/".join(parts) if parts else "."


class Pages:
    """Builds page paths and relative links between generated pages."""

    def __init__(self, briefing: Briefing, directory_urls: bool = True, engine: str = "mkdocs"):
        self.b = briefing
        self.directory_urls = directory_urls
        self.engine = engine
        self.sources = {s.id: s for s in briefing.sources}
        self.source_index = {s.id: i for i, s in enumerate(briefing.sources, 1)}
        self.actors = {a.id: a for a in briefing.actors}
        self.venues = {v.id: v for v in briefing.venues}
        self.current = "index.md"
        self._sentences: dict | None = None

    def url(self, target: str) -> Markup:
        """A relative link from the page being rendered to ``target`` (a docs path, maybe with #anchor)."""
        if not SAFE_PATH.match(target):
            raise ValueError(f"unsafe link target {target!r}")
        path, _, anchor = target.partition("#")
        rel = relpath(path, posixpath.dirname(self.current) or ".") if path else ""
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
        """A link for raw HTML. MkDocs does not rewrite those: relative to the built page's URL. Zensical
        resolves them as it does Markdown links: relative to the page's source file."""
        if not SAFE_PATH.match(target):
            raise ValueError(f"unsafe link target {target!r}")
        if self.engine == "zensical":
            return self.url(target)
        path, _, anchor = target.partition("#")
        frag = f"#{anchor}" if anchor else ""
        if not path:
            return Markup(frag)
        here, dest = self._page_url(self.current), self._page_url(path)
        base = here.rstrip("/") if here.endswith("/") or not here else posixpath.dirname(here)
        rel = relpath(dest.rstrip("/") or ".", base or ".")
        if dest.endswith("/") or not dest:
            rel = rel.rstrip("/") + "/"
        return Markup(rel + frag)

    def anchor(self, ident: str) -> Markup:
        """An id attribute's value, written as plain characters when it is a slug: anchor checkers (Zensical's)
        compare the text as written, so ``a&#45;b`` would not match a link to ``#a-b``."""
        return Markup(ident) if SLUG.match(str(ident)) else md_escape(ident)

    def cite(self, citation, label: str | None = None) -> Markup:
        return cite_link(self, citation, label)

    def sentence(self, citation) -> str:
        if self._sentences is None:
            self._sentences = {(src.id, s.id): s.text for src in self.b.sources for s in src.sentences}
        return self._sentences.get((citation.source, citation.sentence), "")


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


def date_forms(date: str | None) -> str:
    """The other ways a reader may search for a date: "2025-05-16" → "May 16 · 2025-05-16" (the page shows
    "16 May 2025"; the search matches words in any order, so "May 16, 2025" finds it too); a month →
    "May 2025 · 2025-05"."""
    if not date:
        return ""
    parts = date.split("-")
    if len(parts) == 3:
        month, day = MONTHS[int(parts[1]) - 1], int(parts[2])
        return f"{month} {day} · {date}"
    return f"{short_date(date, year=True)} · {date}" if len(parts) == 2 else date


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
    """A citation as a link to the sentence on the source's page; every article value escaped. Its label stays out
    of the search index (``data-search-exclude``): an outlet's name and a date on every page it is cited from would
    make every such page match."""
    short, spoken, quote = cite_parts(pages, citation)
    href = pages.href(f"sources/{citation.source}.md#{citation.sentence}")
    css = "cite-full" if label else "cite"
    text = md_escape(label or short)
    spoken = f"{label or short}: {spoken}"  # the accessible name starts with the visible label
    return Markup(f'<a class="{css}" href="{href}" aria-label="{md_escape(spoken)}" '
                  f'data-quote="{md_escape(quote)}" data-search-exclude>{text}</a>')


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
    env.globals.update(front_matter=front_matter, link=link)
    return env


def _event_index(b: Briefing) -> tuple[dict, dict, dict]:
    """Events by actor, by venue and by cited source, in one pass over the events."""
    actor_events, venue_events, source_events = defaultdict(list), defaultdict(list), defaultdict(list)
    for e in b.events:
        for a in e.actors:
            actor_events[a].append(e)
        for v in e.venues:
            venue_events[v].append(e)
        for sid in dict.fromkeys(c.source for c in e.citations):
            source_events[sid].append(e)
    return actor_events, venue_events, source_events


def _actor_index(b: Briefing) -> tuple[dict, dict]:
    """The questions each actor takes a position on, and the venues each is tied to (history or events)."""
    actor_questions, actor_venues = defaultdict(dict), defaultdict(dict)  # dicts keep first-seen order, no repeats
    venues = {v.id: v for v in b.venues}
    for q in b.questions:
        for p in q.positions:
            if p.actor:
                actor_questions[p.actor].setdefault(q.id, q)
    for v in b.venues:
        for h in v.history:
            if h.get("actor"):
                actor_venues[h["actor"]].setdefault(v.id, v)
    for e in b.events:
        for a in e.actors:
            for vid in e.venues:
                if vid in venues:
                    actor_venues[a].setdefault(vid, venues[vid])
    return (defaultdict(list, {k: list(v.values()) for k, v in actor_questions.items()}),
            defaultdict(list, {k: list(v.values()) for k, v in actor_venues.items()}))


def track_cards(b: Briefing, shown: int = 12) -> list:
    """The tracks the home page shows a card for: the ones with the most articles (at most ``shown``), the
    most recent first."""
    biggest = sorted(b.tracks, key=lambda t: (-len(t.sources), t.id))[:shown]
    return sorted(biggest, key=lambda t: (t.last is None, _neg(t.last or ""), t.id))


def _neg(date: str) -> str:
    """Sort key that puts later ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


def _context(b: Briefing) -> dict:
    """What the templates need besides the briefing, each an index built in one pass over the data."""
    actor_events, venue_events, source_events = _event_index(b)
    actor_questions, actor_venues = _actor_index(b)
    months = timeline_months(b.events)
    targets = event_targets(months)
    dated = [e for e in b.events if e.date]
    overview = overview_layout(b.venues)
    question_groups = questionpages.groups(b)
    around = map_context(b.venues, MAP_OTHERS + 1)  # what any venue's map may draw besides the venue
    return {
        "b": b,
        "actor_events": actor_events,
        "venue_events": venue_events,
        "actor_questions": actor_questions,
        "actor_venues": actor_venues,
        "months": months,
        "undated": [e for e in b.events if not e.date],
        "latest": sorted(dated, key=lambda e: (e.date, e.id), reverse=True)[:8],
        "timeline_chart": lambda pages: Markup(timeline_svg(b.events, href=lambda e: pages.href(targets[e.id]))),
        "venue_map": lambda v, href: Markup(map_svg(v, around, land_href=str(href), max_others=MAP_OTHERS)),
        "map_around": around,
        "overview": overview,
        "overview_map": lambda pages: Markup(overview_svg(overview, lambda vid: pages.href(f"venues/{vid}.md"),
                                                          str(pages.href(WORLD)))) if overview else Markup(""),
        "source_events": defaultdict(list, {s.id: source_events.get(s.id, []) for s in b.sources}),
        "event_of": {e.id: e for e in b.events},
        "question_groups": question_groups,  # questionpages.Group: each track's questions, on which page
        "question_at": questionpages.targets(question_groups),  # question id → its link target
        "track_at": questionpages.track_targets(question_groups),  # track id → its questions (tracks that ask any)
        "track_cards": track_cards(b),
    }


def _ui_context(b: Briefing, site_name: str | None = None) -> dict:
    """What the reader-facing parts of the templates need beyond :func:`_context`."""
    return {"external_link": external_link, "short_date": short_date, "date_forms": date_forms, "search_boost": search_boost,
            **_home_context(b, site_name)}


def search_boost(entity) -> int:
    """Material's search ``boost`` for an actor's or venue's page: above every other page, and more for the
    more mentioned, so "Ruritania" finds the country before "Ruritanian Foreign Ministry"."""
    import math

    return 4 + 2 * math.isqrt(min(len(entity.mentions), 100))


DEFAULT_SITE_NAMES = {"", "briefing", "my docs"}


def story_name(b: Briefing, site_name: str | None = None) -> str:
    """The site's own name, or one made from the two most-mentioned countries, or else actors
    ("Briefing: Ruritania and Freedonia")."""
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
            ("venues/index.md", "venues.md.j2", {}), ("timeline.md", "timeline.md.j2", {}),
            ("questions.md", "questions.md.j2", {}), ("sources/index.md", "sources.md.j2", {})]
    plan += [(m.page, "timeline_month.md.j2", {"month": m}) for m in timeline_months(b.events) if m.page]
    plan += [(g.page, "question_track.md.j2", {"group": g}) for g in questionpages.groups(b) if g.page]
    plan += [(f"actors/{a.id}.md", "actor.md.j2", {"actor": a}) for a in b.actors]
    plan += [(f"venues/{v.id}.md", "venue.md.j2", {"venue": v}) for v in b.venues]
    plan += [(f"sources/{s.id}.md", "source.md.j2", {"source": s}) for s in b.sources]
    return plan


KEYED = {"actor", "venue", "source", "month", "group"}  # entity and month pages, kept when their key is unchanged; the others show the whole briefing
MANIFEST = ".briefing-pages.json"  # docs path → key of what each page was made from
JSON_ITEMS = ".briefing-json-items.json"  # where each item's JSON is in briefing.json, by a digest of the item
WHOLE, WRITTEN = "#whole", "#written"  # manifest entries: the key of the whole set of pages, and its paths


def _env_digest(templates: Path, directory_urls: bool, handwritten: set[str], engine: str) -> str:
    """What every page depends on besides its own data: templates, this code, the URL style."""
    h = hashlib.sha256()
    for t in sorted(Path(templates).glob("*.j2")):
        h.update(t.name.encode("utf-8", "surrogateescape") + b"\0" + t.read_bytes())
    for code in (Path(__file__), *(Path(__file__).with_name(f) for f in ("charts.py", "maps.py", "timeline.py", "model.py",
                                                                         "questionpages.py", "export.py", "ical.py"))):
        h.update(code.read_bytes())
    h.update(f"{directory_urls};{engine};{sorted(handwritten)}".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


_PLAIN = {str, int, float, bool, type(None)}  # holds no citation and no id
_SHAPES: dict[type, tuple] = {}  # dataclass → (a getter of all its fields' values, its id fields)


def _shape(tp: type) -> tuple | None:
    """How :func:`_scan` reads a dataclass: all its fields at once, and which of them hold ids (None: not one)."""
    shape = _SHAPES.get(tp)
    if shape is None:
        if not dataclasses.is_dataclass(tp):
            return None
        names = [f.name for f in dataclasses.fields(tp)]
        getter = operator.attrgetter(*names) if len(names) > 1 else (lambda o, n=names: tuple(getattr(o, k) for k in n))
        shape = _SHAPES[tp] = (getter, [k for k in names if k in ("actor", "actors", "venues")])
    return shape


def _scan(obj, cites: set, ids: set):
    """What a key sees of ``obj``: the same values in plain tuples and lists (a dataclass as its class name and its
    fields' values, a citation as its source and sentence), whose repr is quick to make; and, on the way, the
    citations and the actor/venue ids in it (fields or keys ``actor``, ``actors``, ``venues``)."""
    tp = type(obj)
    if tp is Citation:
        cites.add((obj.source, obj.sentence))
        return ("Citation", obj.source, obj.sentence)
    if tp is list or tp is tuple:
        return [x if type(x) in _PLAIN else _scan(x, cites, ids) for x in obj]
    if tp is dict:
        for k in ("actor", "actors", "venues"):
            if k in obj:
                _note_ids(k, obj[k], ids)
        return ("dict", [(k, v if type(v) in _PLAIN else _scan(v, cites, ids)) for k, v in obj.items()])
    shape = _SHAPES.get(tp) or _shape(tp)
    if shape is None:
        return repr(obj)
    getter, id_fields = shape
    for k in id_fields:
        _note_ids(k, getattr(obj, k), ids)
    return (tp.__name__, [v if type(v) in _PLAIN else _scan(v, cites, ids) for v in getter(obj)])


def _note_ids(k: str, v, ids: set) -> None:
    """The actor or venue ids a field or key named ``k`` holds."""
    if k == "actor" and isinstance(v, str):
        ids.add(("actor", v))
    elif k != "actor" and type(v) is list:
        ids.update((k[:-1], x) for x in v if isinstance(x, str))


class _Part:
    """One object a page shows, as the key sees it: a digest of its repr, the citations and the actor/venue ids
    in it (an event on many pages is worked out once)."""

    __slots__ = ("obj", "digest", "cites", "ids")

    def __init__(self, obj):
        self.obj, self.cites, self.ids = obj, set(), set()
        self.digest = hashlib.sha256(repr(_scan(obj, self.cites, self.ids)).encode("utf-8", "surrogateescape")).digest()


def _parts(pages: "Pages", objs: list) -> list[_Part]:
    """The parts of the objects of a list, each worked out once a render (an event shows on many pages)."""
    memo = pages.__dict__.setdefault("_parts", {})
    out = []
    for obj in objs:
        part = memo.get(id(obj))
        if part is None or part.obj is not obj:
            part = memo[id(obj)] = _Part(obj)
        out.append(part)
    return out


def _item_digest(pages: "Pages", obj) -> str:
    """A digest of one item of the briefing (its repr), the one its pages' keys use when they have it."""
    part = pages.__dict__.setdefault("_parts", {}).get(id(obj))
    if part is not None and part.obj is obj:
        return part.digest.hex()
    return hashlib.sha256(repr(_scan(obj, set(), set())).encode("utf-8", "surrogateescape")).hexdigest()


def _previous_json(output: Path, env: str) -> tuple[str, dict]:
    """The last build's briefing.json and its index (item digest → [start, end]), when the index is of that
    very file and made by this code; else nothing."""
    try:
        index = json.loads((output / JSON_ITEMS).read_text(encoding="utf-8"))
        if isinstance(index, dict) and index.get("env") == env and isinstance(index.get("items"), dict):
            raw = (output / "briefing.json").read_bytes()
            if hashlib.sha256(raw).hexdigest() == index.get("sha256"):
                return raw.decode("utf-8"), index["items"]
    except (OSError, ValueError):
        pass
    return "", {}


def briefing_json(staged: "Staged", pages: "Pages", env: str) -> str:
    """``briefing.json`` (:func:`generator.export.to_json_text`), taking the JSON of every item whose digest is
    unchanged from the last build's file (when that file is the one its index describes, for the same code),
    and writing the index of this one into the staging folder."""
    old, before = _previous_json(staged.output, env)
    digests: dict[int, str] = {}

    def known(item):
        digests[id(item)] = d = _item_digest(pages, item)
        span = before.get(d)
        if isinstance(span, list) and len(span) == 2 and all(type(x) is int for x in span) \
                and 0 <= span[0] <= span[1] <= len(old):
            return old[span[0]:span[1]]
        return None

    text, spans = to_json_items(pages.b, known)
    if spans:
        items = {digests[id(item)]: [start, end] for item, start, end in spans}
        index = {"env": env, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "items": items}
        with open(staged.folder / JSON_ITEMS, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(json.dumps(index, sort_keys=True, separators=(",", ":")))
    return text


def _month_deps(base: dict, m) -> list:
    """What a month's own page shows besides its events: its neighbours on the timeline (the links to them)."""
    months = base["months"]
    at = next(i for i, x in enumerate(months) if x.key == m.key)
    near = [(x.key, x.page) for x in months[max(at - 1, 0):at + 2]]
    return [m.key, m.page, near]


def _positions_by_actor(pages: "Pages") -> dict[tuple[int, str], list]:
    """(id of a question, actor id) → that actor's positions on it, in order (one pass over every question a render,
    not one per actor page)."""
    held = pages.__dict__.get("#positions")
    if held is None:
        held = pages.__dict__["#positions"] = defaultdict(list)
        for q in pages.b.questions:
            for pos in q.positions:
                if pos.actor is not None:
                    held[(id(q), pos.actor)].append(pos)
    return held


def _deps(pages: "Pages", base: dict, extra: dict) -> tuple[list, list[_Part]]:
    """(small values, shared parts) of what one keyed page shows."""
    if "actor" in extra:
        a = extra["actor"]
        held = _positions_by_actor(pages)
        questions = [(q.id, q.question, base["question_at"].get(q.id), held.get((id(q), a.id), []))
                     for q in base["actor_questions"].get(a.id, [])]  # what the page shows of each, and where it links
        venues = [(v.id, v.name, v.statuses) for v in base["actor_venues"].get(a.id, [])]
        return [], [*_parts(pages, [a]), _Part(questions), _Part(venues), *_parts(pages, base["actor_events"].get(a.id, []))]
    if "venue" in extra:
        v = extra["venue"]
        if "#map" not in pages.__dict__:  # the other venues a venue's map may draw (charts.map_context)
            pages.__dict__["#map"] = repr([(o.id, o.name, o.lat, o.lon) for o in base["map_around"]])
        return [pages.__dict__["#map"]], [*_parts(pages, [v]), *_parts(pages, base["venue_events"].get(v.id, []))]
    if "month" in extra:
        return _month_deps(base, extra["month"]), _parts(pages, extra["month"].events)
    if "group" in extra:  # a track's questions page: the track, its questions and the events they point to
        g = extra["group"]
        seen = [base["event_of"][e] for q in g.questions for e in q.see_also if e in base["event_of"]]
        return [g.page, g.anchor], [*_parts(pages, [g.track, *g.questions]), *_parts(pages, seen)]
    return [], _parts(pages, [extra["source"]])


def page_key(pages: "Pages", base: dict, env: str, path: str, extra: dict) -> str:
    """A digest of everything one keyed page (an actor's, a venue's, a source's, a month's) shows: its object,
    the events, questions and venues listed on it, the names behind every link and the title, outlet, date,
    paragraph and text of every cited sentence. A template that shows more of an object needs it
    here too (tests/test_incremental.py compares the pages kept this way with a full render)."""
    small, parts = _deps(pages, base, extra)
    return _digest(pages, env, path, small, parts)


def _digest(pages: "Pages", env: str, path: str, small: list, parts: list[_Part]) -> str:
    """The key of a page made of ``small`` values and ``parts``."""
    cites, ids = set(), set()
    for part in parts:
        cites |= part.cites
        ids |= part.ids
    names = [(kind, i, getattr((pages.actors if kind == "actor" else pages.venues).get(i), "name", None))
             for kind, i in sorted(ids)]
    memo = pages.__dict__.setdefault("_cited", {})  # citation → what a page shows of it
    cited = []
    for c in sorted(cites):
        text = memo.get(c)
        if text is None:
            src, sent = pages.sources.get(c[0]), _sentence_of(pages, Citation(*c))
            text = memo[c] = repr((c[0], c[1], src and src.title, src and src.outlet, src and src.published,
                                   sent and sent.paragraph, sent and sent.text))
        cited.append(text)
    h = hashlib.sha256(f"{env}\0{path}\0{small!r}\0{len(parts)}".encode("utf-8", "surrogateescape"))
    for part in parts:
        h.update(part.digest)
    h.update(f"\0{names!r}\0".encode("utf-8", "surrogateescape"))
    h.update("\0".join(cited).encode("utf-8", "surrogateescape"))
    return h.hexdigest()


class Staged:
    """A build's own folder of pages beside ``output``, published (swapped in whole) or discarded."""

    def __init__(self, folder: Path, output: Path):
        self.folder, self.output = folder, output
        self.written: list[str] = []
        self.skipped: list[str] = []
        self.copied: list[str] = []  # hand-written files copied in (a complete docs folder, for other engines)
        self.rendered = 0
        self.made: set[str] = set()  # folders made in the staging folder

    def publish(self) -> None:
        if self.folder is not None:
            publish(self.folder, self.output)
            self.folder = None

    def discard(self) -> None:
        discard(self.folder)
        self.folder = None


def _previous(output: Path) -> dict[str, str]:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _keep(old: Path, new: Path) -> bool:
    """Put the unchanged page ``old`` at ``new`` (a hard link, or a copy where links are refused)."""
    try:
        os.link(old, new)
    except OSError:
        try:
            shutil.copy2(old, new)
        except OSError:
            return False
    return True


def _folder_for(staged: Staged, rel: str) -> str:
    """The path of ``rel`` in the staging folder, its folder made (once a build)."""
    dest = os.path.join(staged.folder, rel)
    parent = os.path.dirname(dest)
    if parent not in staged.made:
        os.makedirs(parent, exist_ok=True)
        staged.made.add(parent)
    return dest


def _write(staged: Staged, rel: str, text: str) -> None:
    dest = _folder_for(staged, rel)
    with open(dest, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    staged.written.append(rel)


def _reuse_all(staged: Staged, before: dict, whole: str | None) -> bool:
    """Nothing changed (the same briefing key, templates, code and settings as the pages in ``output``):
    link every page of the last build into the staging folder, rendering none. False (and the staging
    folder left empty) when the last build was made from something else or one of its pages is missing."""
    rels = before.get(WRITTEN)
    if whole is None or before.get(WHOLE) != whole or not isinstance(rels, list):
        return False
    if not all(isinstance(r, str) and SAFE_PATH.match(r) and ".." not in r.split("/") for r in rels):
        return False
    for rel in rels:
        (staged.folder / rel).parent.mkdir(parents=True, exist_ok=True)
        if not _keep(staged.output / rel, staged.folder / rel):
            for child in list(staged.folder.iterdir()):
                shutil.rmtree(child) if child.is_dir() else child.unlink()
            return False
    staged.written = list(rels)
    if (staged.output / JSON_ITEMS).is_file():
        _keep(staged.output / JSON_ITEMS, staged.folder / JSON_ITEMS)  # the index of the briefing.json kept
    return True


def _fill(staged: Staged, b: Briefing, templates: Path, directory_urls: bool, handwritten: set[str],
          engine: str, site_name: str | None = None, briefing_key: str | None = None) -> dict:
    """Render into the staging folder every page whose key changed; link the others from the last build
    (all of them, rendering nothing, when ``briefing_key`` and everything else are what they were)."""
    env = _env_digest(Path(templates), directory_urls, handwritten, f"{engine};{site_name}")
    before, manifest = _previous(staged.output), {}
    whole = hashlib.sha256(f"{env}\0{briefing_key}".encode()).hexdigest() if briefing_key else None
    if _reuse_all(staged, before, whole):
        return before
    jinja = _environment(Path(templates))
    pages = Pages(b, directory_urls, engine)
    base = {**_context(b), **_ui_context(b, site_name)}
    for rel, template, extra in page_plan(b):
        if rel in handwritten:
            staged.skipped.append(rel)
            continue
        key = page_key(pages, base, env, rel, extra) if KEYED & extra.keys() else None
        if key is not None and before.get(rel) == key:
            if _keep(os.path.join(staged.output, rel), _folder_for(staged, rel)):
                staged.written.append(rel)
                manifest[rel] = key
                continue
        pages.current = rel
        _write(staged, rel, jinja.get_template(template).render(**base, **extra, p=pages))
        staged.rendered += 1
        if key is not None:
            manifest[rel] = key
    for rel, make in ((WORLD, land_svg), ("briefing.json", lambda: briefing_json(staged, pages, env)),
                      ("briefing.ics", lambda: to_ics(b).decode("utf-8"))):
        if rel in handwritten:
            staged.skipped.append(rel)
        else:
            _write(staged, rel, make())
            staged.rendered += 1
    if whole is not None:
        manifest.update({WHOLE: whole, WRITTEN: sorted(staged.written)})
    return manifest


@gc_paused
def stage_pages(b: Briefing, output: Path, templates: Path, content: Path | None = None,
                directory_urls: bool = True, with_content: bool = False, engine: str = "mkdocs",
                site_name: str | None = None, briefing_key: str | None = None) -> Staged:
    """Write the generated pages into a new folder beside ``output`` (see :class:`Staged`), skipping any path
    that a hand-written page in ``content`` has. Only pages whose key changed since the pages in ``output``
    were made are rendered; a page that is gone is simply not in the new folder. ``with_content`` copies the
    hand-written files in too, making a complete docs folder; ``engine`` is the one that will build it
    (``mkdocs`` or ``zensical``: they resolve links in raw HTML differently). ``briefing_key`` identifies
    the briefing (the pipeline's corpus key, :attr:`generator.pipeline.Result.key`): when it, the templates,
    the code and the settings are those of the pages in ``output``, every page is linked from there and none
    is rendered."""
    output = Path(output)
    handwritten = _handwritten(content)
    staged = Staged(staging(output), output)
    try:
        manifest = _fill(staged, b, Path(templates), directory_urls, handwritten, engine, site_name, briefing_key)
        for rel in sorted(handwritten) if with_content else ():
            (staged.folder / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(content) / rel, staged.folder / rel)
            staged.copied.append(rel)
        with open(staged.folder / MANIFEST, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(json.dumps(manifest, sort_keys=True, indent=0) + "\n")
    except OSError as exc:
        staged.discard()
        raise DiskError(exc.filename or output, exc) from None
    except BaseException:
        staged.discard()
        raise
    staged.written.sort()
    staged.skipped.sort()
    return staged


def _handwritten(content: Path | None) -> set[str]:
    if not content or not Path(content).is_dir():
        return set()
    return {p.relative_to(content).as_posix() for p in Path(content).rglob("*") if p.is_file()}


@gc_paused
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


def render_site(b: Briefing, output: Path, templates: Path, content: Path | None = None,
                directory_urls: bool = True) -> tuple[list[str], list[str]]:
    """Stage the pages and swap them in at once (the CLI). Returns (paths written, paths left to the
    hand-written page)."""
    staged = stage_pages(b, output, templates, content, directory_urls)
    written, skipped = staged.written, staged.skipped
    staged.publish()
    return written, skipped
