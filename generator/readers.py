"""Readers: one file in ``seeds/`` → one cleaned :class:`~generator.model.Article`.

Formats: ``.txt`` (headline on the first line, optional dateline or ``Updated:`` line),
``.md`` with YAML front matter (``title``, ``published``, ``outlet``, ``url``) and saved
``.html`` pages (main text only, via trafilatura). Metadata is taken from what the file
says (front matter, HTML meta, dateline, ``Published:``/``Updated:`` line, a
``YYYY-MM-DD`` file-name prefix) and left ``None`` when nothing says it: never the clock.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from . import furniture, linegrammar, published
from .errors import ArticleError
from .inputs import MAX_BYTES, SUPPORTED, display_name, list_articles, read_regular  # noqa: F401 - re-exported
from .text import RESERVED_IDS, slugify, squash, unique_id

if TYPE_CHECKING:
    from .model import Article

MAX_LINE = 50_000  # characters in one line of a text or Markdown article (minified data, not prose)
MAX_TEXT = 300_000  # characters of cleaned article text (a very long book chapter)
FRONT_MATTER_MAX = 64 * 1024  # characters of YAML front matter (four fields need a few hundred)
FRONT_MATTER_DEPTH = 10  # levels of nesting in front matter (the fields read are flat)
MAX_DEPTH = 200  # elements nested in an HTML page (the parser stops at 256)
# the years a date may have: the site shows it and computes a day or a year either side of it (a
# date outside is dropped with a note: generator.extract.dates.showable)
MIN_YEAR, MAX_YEAR = 2, 9998

# month names and abbreviations come from generator/data/calendar.yml (lower-cased name → month number)
MONTHS = dict(published.calendar()["months"])
MONTH_RE = ("(?:" + "|".join(re.escape(m) for m in sorted(published.calendar()["month_names"], key=len, reverse=True))
            + r")\b\.?")

ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
STRAY_LEADING = re.compile(r"^[\\/|~^`*•·]+(?=\w|[\"“'‘])")
CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2060\ufeff\ufffd]")
# U+FFFD in a saved file stands for bytes lost before we read it: one alone inside a word is a lost letter
# ("Guzm\ufffdn" stays one word once dropped), any other run (an emoji or a symbol lost between two words,
# "radios\ufffd\ufffdfor peace") separates the words it stands between
LOST_LETTER = re.compile(r"(?<=[^\W\d_])\ufffd(?=[^\W\d_])")
LOST_SEPARATOR = re.compile(r"(?<=\w)\ufffd+(?=\w)")


@dataclass
class RawMeta:
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    dateline: str | None = None
    front: dict | None = None  # a Markdown file's front matter
    html: str | None = None  # a saved page's HTML, for its metadata
    notes: list[str] | None = None  # what reading changed, shown on the source page and logged


@lru_cache(maxsize=1)
def _boilerplate_data() -> dict:
    return yaml.safe_load((Path(__file__).parent / "data" / "boilerplate.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _inline_credits() -> list[re.Pattern]:
    """The credits of ``boilerplate.yml`` removed wherever they stand in a line (its junk lines are the furniture
    test's: :mod:`generator.furniture`)."""
    return [re.compile(p, re.IGNORECASE) for p in _boilerplate_data().get("inline_credits", [])]


def decode(raw: bytes, path: Path) -> str:
    """Bytes → text: UTF-8 first, then whatever charset-normalizer finds; binary is an error."""
    if not raw.strip():
        raise ArticleError(path, "the file is empty")
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(path, "binary file (it contains NUL bytes), not an article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ArticleError(path, "cannot tell the text encoding (is it a binary file?)")
    return str(best)


def month_number(name: str) -> int | None:
    """"Sept." → 9, "october" → 10; ``None`` for anything else."""
    name = name.rstrip(".").lower()
    return MONTHS.get(name) or MONTHS.get(name[:3])


def parse_date(text: str, year_hint: int | None = None) -> str | None:
    """A calendar day written out in ``text`` → ``YYYY-MM-DD``; ``None`` if it has no year and no hint."""
    text = text.strip()
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    m = re.search(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", text)
    if m:
        month, day, year = month_number(m[1]), int(m[2]), m[3]
    else:
        m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})(?:,?\s+(\d{{4}}))?", text)
        if not m:
            return None
        month, day, year = month_number(m[2]), int(m[1]), m[3]
    year_n = int(year) if year else year_hint
    if not month or not year_n:
        return None
    try:
        return dt.date(year_n, month, day).isoformat()
    except ValueError:
        return None


def _as_iso(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return parse_date(str(value))


def _clean_lines(text: str) -> list[str]:
    inline = _inline_credits()
    out = []
    text = LOST_SEPARATOR.sub(" ", LOST_LETTER.sub("", text))
    for line in CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        line = line.replace("\u00a0", " ").strip()
        line = STRAY_LEADING.sub("", line)
        for pat in inline:
            line = pat.sub("", line)
        out.append(unglue_sentences(unglue_quotes(doubled_apostrophes(untag_inline(line).strip()))))
    return out


GLUED_STOP = re.compile(r"(?<=[a-z]{3}[.!?])(?=[A-Z][A-Za-z]{2})")


def unglue_sentences(line: str) -> str:
    """Rule ``reader.glued_sentence``: a sentence's stop pasted onto the next sentence's first word ("… on
    Tuesday.More details to come.", "… the consultations.Jan Roe said …"), as a copy that lost its paragraph breaks
    prints it, gets the space it lost, so that the two are two sentences. A word of three letters or more must end
    the first and start the second ("Valley.az" or "News.Az" is a site's name), and a web address is left as it is."""
    def space(m: re.Match) -> str:
        start = line.rfind(" ", 0, m.start()) + 1
        return "" if re.search(r"[/@]|www\.", line[start:m.start()]) else " "
    return GLUED_STOP.sub(space, line)


DOUBLED_APOSTROPHE = re.compile(r"(?<![\w'’])''(?=[\w'‘\[(])|(?<=[\w.,!?;:…)\]])''(?![\w'’])")


def doubled_apostrophes(line: str) -> str:
    """Rule ``reader.doubled_apostrophe``: some sites print quotation marks as two apostrophes (''…''), as wire copy
    typed them; a pair at a word's edge, opening before a word or closing after one, is a quotation mark ("), so
    that the quote and its speaker are read. Only a line that holds an even number of them is changed, and a single
    apostrophe ("the union's", "the '90s") is left alone."""
    if "''" not in line or len(DOUBLED_APOSTROPHE.findall(line)) % 2:
        return line
    return DOUBLED_APOSTROPHE.sub('"', line)


@lru_cache(maxsize=1)
def _inline_tag() -> re.Pattern:
    alternatives = "|".join(re.escape(str(n)) for n in _boilerplate_data().get("inline_tags", []))
    return re.compile(rf"</?(?:{alternatives})(?:\s[^<>]*)?/?>", re.IGNORECASE)


def untag_inline(line: str) -> str:
    """Rule ``reader.inline_tag``: a text file copied from a page's source keeps inline HTML tags in its prose
    (``… at the <a href="https://…" target="_blank">Cop29</a> summit …``). The tag is markup, not words: it goes and
    its words stay, so the paragraph is read as prose (its attributes are not taken for script code) and the link is
    never kept. Only the tags listed in boilerplate.yml (``inline_tags``) go; any other "<" is text."""
    return _inline_tag().sub("", line) if "<" in line else line


GLUED_CURLY = re.compile(r"”(?=[^\W\d_])")
GLUED_STRAIGHT = re.compile(r'(?<=[.!?,;:])"(?=[^\W\d_])|(?<=[^\W\d_])"(?=[^\W\d_])')


def unglue_quotes(line: str) -> str:
    """Rule ``reader.glued_quote``: a quotation mark pasted onto the next word ("… for us”he added",
    "… in Zenda.\"But in our opinion …") gets the space it lost, so that the quote ends and the words after
    it are read. A closing ” counts as closing only in text that opens quotes with “ (some languages use ” on
    both sides); a straight " is opening or closing by how many came before it on the line."""
    if "“" in line:
        line = GLUED_CURLY.sub(lambda m: "” " if line.count("“", 0, m.start()) > line.count("”", 0, m.start())
                               else m[0], line)
    if '"' in line and line.count('"') % 2 == 0:
        line = GLUED_STRAIGHT.sub(lambda m: ' "' if line.count('"', 0, m.start()) % 2 == 0 else '" ', line)
    return line


SHORT_LINE = 0.5  # of the median line length: a line that opens a paragraph and stops this short is a heading
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")  # a quote mark alone ("… “constructive”", "… stability,”") ends none


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines → paragraphs: a blank line ends a paragraph; so does a line that ends a sentence. A stamp line, a byline or a
    dateline on a line of its own is a paragraph of its own (a hard-wrapped text copied without blank lines), and so
    is a line that opens a paragraph and stops well short of the wrapping width without ending a sentence: a
    heading or a byline ("Meeting in the capital", "JAN ROE and JAN KRAL")."""
    paras, cur = [], []
    widths = sorted(len(x) for x in lines if x)
    short = widths[len(widths) // 2] * SHORT_LINE if widths else 0
    for line in lines:
        if not line:
            if cur:
                paras.append(squash(" ".join(cur)))
                cur = []
            continue
        if published.read_stamp(line) is not None or _dateline_line(line) or furniture.judge(line) == "byline":
            # a stamp, a dateline or a byline ("By Jan Roe and Ana Kral") stands alone
            if cur:
                paras.append(squash(" ".join(cur)))
            paras.append(line)
            cur = []
            continue
        if cur and published.read_dateline(line, _is_place) is not None and not _runs_on(cur[-1]):
            paras.append(squash(" ".join(cur)))  # "CITY (AGENCY) — The …" opens a paragraph
            cur = []
        cur.append(line)
        if SENTENCE_END.search(line) or (len(cur) == 1 and len(line) < short and not _runs_on(line)):
            paras.append(squash(" ".join(cur)))
            cur = []
    if cur:
        paras.append(squash(" ".join(cur)))
    return [p for p in paras if p]


def _runs_on(line: str) -> bool:
    """A line that ends on a comma goes on in the next ("ZENDA," then "Ruritania (AP) -- The …": a dateline the
    wrapping split), so it ends no paragraph however short it is."""
    return line.rstrip().endswith(",")


def _dateline_split(line: str, nxt: str) -> bool:
    """"ZENDA," then "Ruritania (AP) -- The …": a dateline the wrapping split after its comma (rule
    ``reader.split_dateline``), read whole only when the two lines together open with one and the first holds nothing
    else."""
    hit = published.read_dateline(f"{line} {nxt}", _is_place) if _runs_on(line) else None
    return hit is not None and hit[1] > len(line)


def _dateline_line(line: str) -> bool:
    """A dateline that is the whole line ("Zenda, May 9"): in hard-wrapped text it is a paragraph of its own."""
    hit = published.read_dateline(line, _is_place)
    return hit is not None and hit[1] >= len(line.rstrip())


def _looks_like_headline(line: str) -> bool:
    """Three words or more, or two in sentence case ("Ceasefire collapses"; a line of one word, or of two in
    title case or lower case, before the text is a menu's, a section's or a button's: "COMPANIES", "Share",
    "Flash News", "middle east"), at most thirty, no sentence's end, and not the outlet's own name."""
    words = line.split()
    found = furniture.WORD.findall(line)
    sentence_case = len(found) == 2 and found[0][:1].isupper() and found[1].islower()
    return ((len(found) >= MIN_HEADLINE_WORDS or sentence_case) and len(words) <= 30
            and not re.search(r"[.;,]$", line) and len(line) <= 250 and not furniture.outlet_name(line))


MIN_HEADLINE_WORDS = 3


def _is_place(name: str) -> bool:
    from .gazetteer import gazetteer

    return gazetteer().place(name) is not None


def _is_prose(para: str) -> bool:
    words = furniture.WORD.findall(para)
    return len(words) >= 10 and furniture.is_sentence(para, words) and furniture.judge(para) is None


HEADING_REASONS = {None, "not a sentence", "title-case line (tags, menu, heading)"}


def _headline(units: list[str]) -> str | None:
    """The first line, before any prose, that reads as a headline (not a cue, credit, byline …); of several, one the
    page prints twice is the headline (rule ``reader.repeated_headline``: the page's title and its heading, "News - X"
    and "X"), not a widget's line above it ("Submit an ad")."""
    found = []
    for unit in units:
        if furniture.judge(unit) not in HEADING_REASONS:
            continue  # a cue, a credit, a byline, an error banner …
        if _is_prose(unit):
            break
        if _looks_like_headline(unit):
            found.append(unit)
    return next((u for u in found if _printed_twice(u, units)), found[0]) if found else None


REPEAT_LABEL_CHARS = 24  # a section's label before the repeated headline ("News - ", "World | ")
REPEAT_MIN_WORDS = 5  # shorter lines printed twice are a widget's ("Down Arrow Button Icon" under each byline)


def _printed_twice(line: str, units: list[str]) -> bool:
    """Does the page print ``line`` exactly twice, alone or after a short label ("News - X" and "X")? A line printed
    more often is a picture's alt text and caption, or a block the page repeats, and a short one a widget's."""
    at = [k for k, u in enumerate(units) if u == line or (u.endswith(line) and len(u) - len(line) <= REPEAT_LABEL_CHARS)]
    return len(at) == 2 and len(furniture.WORD.findall(line)) >= REPEAT_MIN_WORDS


def _hard_wrapped(filled: list[str]) -> bool:
    """Is the text hard-wrapped: most of its (non-empty) lines short and not ending a sentence?"""
    return len(filled) >= 6 and max(map(len, filled)) <= 100 and sum(
        not re.search(r"[.!?\"”’')]$", x) for x in filled) > len(filled) / 2


def _units(lines: list[str]) -> list[str]:
    """Lines → the units furniture is judged on: each line, or for hard-wrapped text (most lines
    short and not ending a sentence) each blank-line-separated paragraph."""
    filled = [x for x in lines if x]
    if _hard_wrapped(filled):
        return _paragraphs(lines)
    out: list[str] = []
    for line in filled:  # a sentence broken across two lines: the second starts in lower case (after a word, a number, a
        # comma or a bracket the first closed: "… (the party)" / "will attend …", "made 8" / "million homeless"); a stamp
        # ("by Desk 3 May 2021", or "May 3, 2019" above a caption in lower case) and a byline ("by Jan Roe") stand
        # alone; a dateline split after its comma is one line again
        if out and ((line[:1].islower() and " " in line and re.search(r"[a-z0-9,]\)?$", out[-1])
                     and published.read_stamp(line) is None and published.read_stamp(out[-1]) is None
                     and not furniture.is_byline(line))
                    or _dateline_split(out[-1], line)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _body(meta: RawMeta, units: list[str], path: Path,
          model: str | None = None) -> tuple[list[str], list[dict], published.Meta]:
    """Stamps and dateline into ``meta``, the headline, then page furniture out of the body."""
    body, found = published.take_meta_lines(units, is_place=_is_place, is_prose=_is_prose)
    removed = [{"text": t, "reason": "stamp line or dateline"} for t in found.removed if t]
    if meta.title is None and len(body) > 1:
        meta.title = _headline(body)
        if meta.title is not None:
            body.remove(meta.title)
    kept, furn = furniture.split(body, meta.title, prose=_prose_by_parse(model))
    kept = furniture.split_glued_words(kept)
    removed += [{"text": r.text, "reason": r.reason} | ({"post_of": r.post_of, "author": r.author} if r.author else {})
                for r in furn]
    found.story_days = published.story_days(kept)
    chosen = published.choose(path, meta.front, meta.html, found)
    meta.published = chosen.published if chosen else None
    stamp_outlets = [x.outlet for x in found.stamps if x.outlet]
    byline_outlets = [furniture.byline_outlet(r.text) for r in furn if r.reason == "byline"]
    byline_outlets += [o for r in furn if (o := furniture.desk_outlet(r.text))]  # "Valley Herald Desk"
    if not meta.outlet:  # a place is never the outlet ("PORT ASTER, Ruritania:" names no paper)
        meta.outlet = next((o for o in [*stamp_outlets, found.dateline.outlet if found.dateline else None,
                                        *byline_outlets] if o and not _is_place(o)), None)
    if found.dateline is not None:
        meta.dateline = found.dateline.place
    kept, removed = _drop_captions(kept, removed, meta.published, model)
    return kept, removed, found


def _prose_by_parse(model: str | None):
    """A unit → is it prose by its grammar (:func:`linegrammar.prose_without_stop`)? The model loads on first use."""
    def prose(unit: str) -> bool:
        from .analyse import load_model, model_name

        return linegrammar.prose_without_stop(load_model(model_name(model))(unit.strip()))
    return prose


def _drop_captions(kept: list[str], removed: list[dict], day: str | None,
                   model: str | None) -> tuple[list[str], list[dict]]:
    """Photo captions the parse tells apart (:mod:`generator.linegrammar`), moved from the text to the removed
    lines; a line an embedded post's signature points to stays (it is the post's text)."""
    from .analyse import load_model, model_name

    signed = {r["post_of"] for r in removed if r.get("post_of") is not None}
    if not any(linegrammar.candidate(u) for i, u in enumerate(kept) if i not in signed):
        return kept, removed
    nlp = load_model(model_name(model))
    gone: dict[int, str] = {}
    for i, unit in enumerate(kept):
        if i not in signed and linegrammar.candidate(unit):
            rule = linegrammar.caption_rule(nlp(unit.strip()), dt.date.fromisoformat(day[:10]) if day else None,
                                            last=i == len(kept) - 1)
            if rule is not None:
                gone[i] = linegrammar.REASONS[rule]
    if not gone:
        return kept, removed
    new_index = {old: old - sum(1 for g in gone if g < old) for old in range(len(kept))}
    for r in removed:
        if r.get("post_of") is not None:
            r["post_of"] = new_index[r["post_of"]]
    removed += [{"text": kept[i], "reason": why} for i, why in sorted(gone.items())]
    return [u for i, u in enumerate(kept) if i not in gone], removed


def _read_text(text: str, path: Path) -> tuple[RawMeta, list[str]]:
    return RawMeta(), _units(_clean_lines(text))


class FrontMatterRefused(yaml.YAMLError):
    """Valid YAML that front matter may not use (it could take the build's time or memory)."""


class FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader within budgets: no anchors or aliases (a 636-byte "billion laughs" would
    expand to gigabytes) and no nesting deeper than :data:`FRONT_MATTER_DEPTH` (20,000 ``[`` would
    exhaust the stack). Refused before the node is built, so the cost stays linear in the text."""

    def __init__(self, stream):
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise FrontMatterRefused("uses a YAML anchor or alias (&name, *name), which front matter may not")
        if self.depth >= FRONT_MATTER_DEPTH:
            raise FrontMatterRefused(f"nests deeper than {FRONT_MATTER_DEPTH} levels")
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _bracket_depth(text: str) -> int:
    """The deepest run of unclosed ``[`` and ``{`` (quotes ignored: a title would need eleven unbalanced
    brackets to be refused wrongly)."""
    depth = deepest = 0
    for c in text:
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}" and depth:
            depth -= 1
    return deepest


def _front_matter(text: str, path: Path) -> tuple[dict, str, list[str]]:
    """YAML front matter (``---`` … ``---``) → (mapping, the Markdown after it, notes on what was repaired);
    ``{}`` when there is none."""
    from frontmatter.default_handlers import YAMLHandler

    handler, text = YAMLHandler(), text.strip()
    if not handler.detect(text):
        return {}, text, []
    try:
        fm, content = handler.split(text)
    except ValueError:
        return {}, text, []
    if len(fm) > FRONT_MATTER_MAX:
        raise ArticleError(path, f"front matter is {len(fm):,} characters, more than the {FRONT_MATTER_MAX:,} it may have")
    if _bracket_depth(fm) > FRONT_MATTER_DEPTH:  # before PyYAML, whose scanner is quadratic in open brackets
        raise ArticleError(path, f"front matter nests deeper than {FRONT_MATTER_DEPTH} levels")
    try:
        return _mapping(fm, path), content.strip(), []
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        repaired, fields = _quote_colon_values(fm)
        try:
            data = _mapping(repaired, path) if fields else None
        except (yaml.YAMLError, ValueError, OverflowError):
            data = None
        if data is None:
            problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ArticleError(path, f"front matter is not valid YAML ({problem})") from None
    notes = [f"front matter field '{name}' holds “: ” without quotes, which YAML refuses: read as plain text "
             f"(put the value in quotes)" for name in fields]
    return data, content.strip(), notes


def _mapping(fm: str, path: Path) -> dict:
    """The front matter's mapping (``{}`` for anything else); a refused construct stops the file."""
    try:
        data = yaml.load(fm, Loader=FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
    except FrontMatterRefused as exc:
        raise ArticleError(path, f"front matter {exc}") from None
    return data if isinstance(data, dict) else {}


COLON_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):[ \t]+(?P<value>[^'\"\[{|>&*!#%@`\s][^\n]*?:\s[^\n]*)$")


def _quote_colon_values(fm: str) -> tuple[str, list[str]]:
    """Rule ``reader.front_matter_colon``: a hand-written ``title: Niger: the talks resume`` is not YAML (a
    plain value may not hold ": "), yet its meaning is plain. Each top-level ``key: value`` line whose unquoted
    value holds ": " is quoted; every other line is left as written, so other errors still stop the file."""
    out, fields = [], []
    for line in fm.splitlines():
        m = COLON_VALUE.match(line)
        if m:
            value = m["value"].rstrip()
            out.append(f"{m['key']}: '" + value.replace("'", "''") + "'")
            fields.append(m["key"])
        else:
            out.append(line)
    return "\n".join(out), fields


def _what(value) -> str:
    kinds = ((bool, "true or false"), ((int, float), "a number"), (list, "a list"), (dict, "a mapping"),
             (dt.date, "a date"), (bytes, "binary data"))
    return next((name for types, name in kinds if isinstance(value, types)), type(value).__name__)


def _text_field(fm: dict, names: tuple[str, ...], path: Path) -> str | None:
    """The first of ``names`` the front matter sets, as text; a list, number, date … is refused, never stringified."""
    for name in names:
        value = fm.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            hint = "" if isinstance(value, (list, dict)) else " (put it in quotes)"
            raise ArticleError(path, f"front matter field '{name}' is {_what(value)}, not text{hint}")
        return squash(value) or None
    return None


HARD_END = furniture.HARD_END


def _furniture_like(line: str) -> bool:
    return furniture.judge(line) not in {None, "not a sentence"}


def _soft_lines(lines: list[str], title: str | None = None) -> list[str]:
    """A Markdown paragraph's lines (joined by soft line breaks) → its units (rule ``reader.soft_line_break``):
    a clipping pastes a page's lines into one paragraph ("403", the headline, "(AGENCY) The talks …"), so a
    line that ends a sentence or reads as page furniture on its own ends a unit, and so does the line before
    one that reads as furniture unless it stops in mid-sentence; the headline (the line that is the front
    matter's ``title``) is a unit of its own; prose wrapped over lines stays one unit."""
    out: list[str] = []
    headline = squash(title).casefold() if title else None
    for n, line in enumerate(lines):
        byline = _byline_pair(lines, n)
        if byline == "title" or (out and byline is None and _soft_continues(out[-1], line, headline)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _soft_continues(prev: str, line: str, headline: str | None) -> bool:
    """Does ``line`` go on the unit ``prev`` (neither the headline, nor after a sentence's end or a line of
    furniture, nor furniture itself after a unit that does not stop in mid-sentence)? A line that reads as a stamp
    ("by Jan Roe February 12, 2025 7:03 PM 2 min read") is a unit of its own, whichever side of it the text goes on
    (rule ``reader.stamp_line_unit``): glued to the caption under it, it went with the caption and its date was lost."""
    return headline not in {squash(prev).casefold(), squash(line).casefold()} \
        and not (HARD_END.search(prev) or _furniture_like(prev)
                 or (_furniture_like(line) and not re.search(r"[a-z,]$", prev))
                 or published.read_stamp(prev) is not None or published.read_stamp(line) is not None)


NAME_LINE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}")


def _byline_pair(lines: list[str], n: int) -> str | None:
    """Rule ``reader.byline_pair``: a live page's byline on two lines, a name ("Ivo Tamm") and the beat under it
    ("North America correspondent, in Port Aster", ``furniture.byline_title``): "name" for the first line (it
    starts a unit of its own), "title" for the second (it joins the name), None for any other line."""
    if n + 1 < len(lines) and NAME_LINE.fullmatch(lines[n]) and furniture.byline_title(lines[n + 1]):
        return "name"
    if n > 0 and NAME_LINE.fullmatch(lines[n - 1]) and furniture.byline_title(lines[n]):
        return "title"
    return None


def _read_markdown(text: str, path: Path) -> tuple[RawMeta, list[str]]:
    import markdown
    from lxml import html as lxml_html

    fm, content, notes = _front_matter(text, path)
    outlet, url = _text_field(fm, ("outlet", "source", "publisher"), path), _text_field(fm, ("url",), path)
    if outlet and re.match(r"^https?://", outlet):  # a web clipper's "source:" is the page's address, not the outlet
        outlet, url = _text_field(fm, ("outlet", "publisher"), path), url or outlet
    meta = RawMeta(front=fm, title=_text_field(fm, ("title",), path), outlet=outlet, url=url, notes=notes)
    field = "published" if "published" in fm else "date"
    raw_date = fm.get(field)
    if raw_date not in (None, ""):
        if not isinstance(raw_date, (str, dt.date)):
            raise ArticleError(path, f"front matter field '{field}' is {_what(raw_date)}, not a date (use YYYY-MM-DD)")
        meta.published = _as_iso(raw_date)
        if meta.published is None:
            raise ArticleError(path, f"front matter date {str(raw_date)!r} is not a date (use YYYY-MM-DD)")
    rendered = markdown.markdown(content)
    paras = []
    if rendered.strip():
        tree = lxml_html.fragment_fromstring(rendered, create_parent="div")
        for el in tree.iter("p", "li", "h1", "h2", "h3", "h4", "blockquote"):
            if el.tag == "blockquote" and el.find("p") is not None:
                continue
            paras.append([squash(x) for x in el.text_content().split("\n") if squash(x)])
    keep_lines = not _hard_wrapped([x for p in paras for x in p])
    units = [u for p in paras for u in (_soft_lines(p, meta.title) if keep_lines else [" ".join(p)])]
    lines = _clean_lines("\n\n".join(units))
    lines = [x for x in lines if x]
    if not meta.title and lines and re.match(r"^#\s", content.lstrip()):
        meta.title = lines.pop(0)
    return meta, lines


def _read_html(text: str, path: Path) -> tuple[RawMeta, list[str]]:
    import trafilatura
    from lxml import html as lxml_html

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, deduplicate=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        raise ArticleError(path, "no article text found in the HTML page")
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    meta = RawMeta(title=d.get("title"), url=d.get("url"), html=text)
    meta.outlet = d.get("sitename")
    if not meta.outlet:
        try:
            tree = lxml_html.document_fromstring(text)
            page_title = squash(" ".join(tree.xpath("//title//text()")))
            site = tree.xpath("//meta[@property='og:site_name']/@content")
        except Exception:  # noqa: BLE001 - lxml raises several kinds on broken pages
            page_title, site = "", []
        if site:
            meta.outlet = squash(site[0])
        elif meta.title and page_title.startswith(meta.title):
            rest = page_title[len(meta.title):].strip(" |-–—·:")
            meta.outlet = rest or None
    body = d.get("text") or ""
    if len(body.split()) < 5:
        raise ArticleError(path, "no article text found in the HTML page")
    lines = [x for x in _clean_lines(body) if x]
    # rule reader.hard_wrapped_html: a page whose every printed line is an element of its own (a hard-wrapped story
    # put into HTML) is read like hard-wrapped text: lines run on until one ends a sentence
    return meta, _paragraphs(lines) if _hard_wrapped(lines) else lines


def _check_depth(text: str, path: Path) -> None:
    """A page nested deeper than MAX_DEPTH elements is generated junk (and past the parsers' limits)."""
    from lxml import etree, html as lxml_html

    try:
        root = lxml_html.document_fromstring(text, parser=lxml_html.HTMLParser(huge_tree=False, recover=True))
    except (etree.ParserError, ValueError):
        return  # trafilatura says what is wrong with it
    depth = {root: 1}
    for el in root.iterdescendants():
        d = depth[el] = depth[el.getparent()] + 1
        if d > MAX_DEPTH:
            raise ArticleError(path, f"HTML nested more than {MAX_DEPTH} elements deep: not an article")


def _why_no_text(removed: list[dict]) -> str:
    """The problem of a file with no article text left: when most of its removed words were in another language, say
    which ("… the text is written in Spanish, and the model reads English")."""
    by_reason: dict[str, int] = {}
    for r in removed:
        by_reason[r["reason"]] = by_reason.get(r["reason"], 0) + len(r["text"].split())
    top = max(sorted(by_reason), key=by_reason.get, default="")
    if top.startswith("another language (") and by_reason[top] * 2 > sum(by_reason.values()):
        language = top[len("another language ("):-1]
        return f"no article text after cleaning: the text is written in {language}, and the model reads English"
    return "no article text after cleaning"


def read_article(path: Path, root: Path | None = None, model: str | None = None) -> "Article":
    """Read one file; raises :class:`ArticleError` with the file and the problem. ``model`` is the spaCy
    pipeline that reads a caption's grammar (:mod:`generator.linegrammar`; default: :func:`analyse.model_name`)."""
    from .model import Article

    path = Path(path)
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise ArticleError(path, f"unsupported file type {path.suffix or '(no extension)'!r}; "
                                 f"use one of {', '.join(sorted(set(SUPPORTED)))}")
    try:
        raw = read_regular(path, MAX_BYTES)
    except OSError as exc:
        raise ArticleError(path, f"cannot read the file ({exc.strerror})") from None
    text = decode(raw, path)
    if not text.strip():
        raise ArticleError(path, "the file holds only white space")
    if kind != "html":
        longest = max((len(line) for line in text.splitlines()), default=0)
        if longest > MAX_LINE:
            raise ArticleError(path, f"one line of {longest:,} characters: not an article (minified or binary data?)")
    if kind == "html":
        _check_depth(text, path)
    reader = {"text": _read_text, "markdown": _read_markdown, "html": _read_html}[kind]
    try:
        meta, units = reader(text, path)
    except RecursionError:  # Markdown lists or quotes nested hundreds deep
        raise ArticleError(path, "markup nested too deeply for the parser: not an article") from None
    paras, removed, found = _body(meta, units, path, model)
    if not paras:
        raise ArticleError(path, _why_no_text(removed))
    size = sum(len(p) for p in paras)
    if size > MAX_TEXT:
        raise ArticleError(path, f"article text is {size:,} characters, more than the {MAX_TEXT:,} an article may have")
    notes = list(meta.notes or [])
    if meta.published and not MIN_YEAR <= int(meta.published[:4]) <= MAX_YEAR:
        notes.append(f"the publication date {meta.published} is outside the years the site can show "
                     f"({MIN_YEAR} to {MAX_YEAR}): dropped")
        meta.published = None
    if not meta.title:
        first = re.split(r"(?<=[.!?])\s", paras[0], maxsplit=1)[0]
        meta.title = first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"
    art = Article(id="", path=shown_path(path, root), title=meta.title, outlet=meta.outlet, published=meta.published,
                  url=meta.url, paragraphs=paras, dateline=meta.dateline, furniture=removed, notes=notes)
    _date_notes(art, found, path)
    return art


def _date_notes(art: "Article", found: published.Meta, path: Path) -> None:
    """Where the date came from; a dateline's day without a year waits for the corpus's year."""
    if art.published is None and found.dateline is not None and found.dateline.day is not None:
        art.dateline_day = "%02d-%02d" % found.dateline.day
    if art.published is None:  # "04-12-2025": 4 December or 12 April, for the corpus to settle
        art.date_options = next((s.options for s in found.stamps if s.kind == "published" and len(s.options) > 1), [])
    agencies = (found.dateline.agency or "").split("/") if found.dateline is not None else []
    art.agencies = [a.strip() for a in agencies if a.strip()]


def shown_path(path: Path, root: Path | None) -> str:
    """The path as the site shows it: relative to ``root`` (the folder above the seeds) when possible,
    through :func:`~generator.inputs.display_name` (undecodable bytes as U+FFFD, controls escaped)."""
    if root is not None:
        try:
            return display_name(Path(path).resolve().relative_to(Path(root).resolve()).as_posix())
        except ValueError:
            pass
    return display_name(Path(path).as_posix())


def assign_ids(articles: list["Article"], paths: list[Path]) -> None:
    """Source ids that do not depend on the order of the files, and that a new file does not take away.

    Every file asks for the slug of its name without the extension (``talks.txt`` → ``talks``). When
    several ask for the same slug, the one that ranks first gets it (rank: the earliest publication date,
    undated last, then the file name's bytes), and each other one takes the slug of its whole name
    (``talks-txt``): the suffix comes from its own name and the file that ranks first keeps its id. A
    slug that is a page or folder of the site itself (``index``, ``assets``, … see
    :data:`~generator.text.RESERVED_IDS`) is never given: ``index.txt`` becomes ``index-txt``.
    """
    stems = [slugify(os.fsdecode(p.stem), "article") for p in paths]  # control characters and stray bytes drop out
    order = sorted(range(len(paths)), key=lambda i: (articles[i].published or "~", os.fsencode(paths[i].name)))
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for i in order:  # plain slugs first, so a derived id never displaces one
        if stems[i] not in taken and stems[i] not in RESERVED_IDS:
            ids[i] = stems[i]
            taken.add(stems[i])
    for i in order:
        if i not in ids:
            ids[i] = unique_id(slugify(os.fsdecode(paths[i].name), "article"), taken)
    for i, art in enumerate(articles):
        art.id = ids[i]
