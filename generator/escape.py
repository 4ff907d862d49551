"""Escaping by output context, in one place: every writer that prints article text calls one of these.

Article text is untrusted. What each context needs:

* **Markdown pages and the HTML they become** (:func:`markdown_text`, also for attribute values):
  every character that HTML, Markdown, MkDocs extensions (attribute lists, admonitions, snippets)
  or Jinja could read as syntax becomes a numeric character reference, and runs of white space
  become one space; the browser shows exactly the original text.
* **Page titles** (``<title>``, the header, the search index; :func:`front_matter`): MkDocs takes a
  page's title from its front matter, and the theme prints it into ``<title>`` unescaped; the
  value is therefore HTML-escaped text, written as a YAML string.
* **URLs** (:func:`safe_url`): only an absolute ``http``/``https`` address with a host becomes a
  link; anything else (``javascript:``, ``data:``, relative paths) is shown as text.
* **Inline SVG** (:func:`svg_text`): the SVG sits inside a Markdown page, so its text and
  attributes get the same escaping as Markdown text; characters XML forbids are dropped.
* **JSON inside HTML** (:func:`json_for_html`): ``<``, ``>``, ``&`` and the line separators are
  ``\\u`` escapes, so no ``</script>`` can end the element.
* **iCalendar** (:func:`ical_text`): control characters and line breaks become spaces; the calendar
  writer (:mod:`generator.ical`) then escapes ``,`` ``;`` ``\\`` and folds long lines.
* **File names, slugs and anchor ids** (:func:`slug`): ``[a-z0-9-]`` only, never empty.
"""
from __future__ import annotations

import json
import re
from urllib.parse import quote, urlsplit, urlunsplit

import yaml
from markupsafe import Markup

from .text import slugify

# characters HTML, Markdown, MkDocs extensions or Jinja can read as syntax
MD_SPECIAL = frozenset("\\`*_{}[]()#+-.!|<>~:=^&\"'$%@/")
_MD_REFS = {ord(c): f"&#{ord(c)};" for c in MD_SPECIAL}  # str.translate table: each special character → its reference
_SPACE = re.compile(r"\s+")
_LOCAL_PATH = re.compile(r"[A-Za-z0-9_./#-]*")
# C0/C1 controls, lone surrogates and non-characters: not allowed in XML, meaningless in HTML text
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def plain(value) -> str:
    """Any value → one line of text: controls dropped, white space runs collapsed to one space."""
    if value is None:
        return ""
    return _SPACE.sub(" ", _NOT_TEXT.sub("", str(value)))


def markdown_text(value) -> Markup:
    """Inert text for a Markdown page, in running text or in a quoted HTML attribute value."""
    if isinstance(value, Markup):
        return value
    return Markup(plain(value).translate(_MD_REFS))


html_attr = markdown_text  # the same characters are special in a quoted attribute of raw HTML
svg_text = markdown_text  # inline SVG lives inside the Markdown page


def local_href(value) -> Markup:
    """A link the generator built itself (a relative path or ``#anchor`` of slugs): kept as it is when
    it holds only path characters, else escaped like any text."""
    text = plain(value)
    return Markup(text) if _LOCAL_PATH.fullmatch(text) else markdown_text(text)


def front_matter(search_boost: int | None = None, **fields) -> Markup:
    """A YAML front-matter block whose values MkDocs prints unescaped into the page's ``<title>``:
    each value is HTML-escaped (numeric references), so a headline can never close ``<title>``.
    ``search_boost`` (a number the generator computes, never article text) becomes Material's ``search: boost``."""
    data: dict = {k: str(markdown_text(v)) for k, v in fields.items() if v is not None}
    if search_boost is not None:
        data["search"] = {"boost": int(search_boost)}
    body = yaml.safe_dump(data, allow_unicode=True, default_flow_style=False, sort_keys=True, width=1_000_000)
    return Markup(f"---\n{body}---\n")


def safe_url(value) -> str | None:
    """An absolute http(s) address with a host, percent-encoded so it holds no quote, space or
    angle bracket; ``None`` for anything else (which is then shown as text, never as a link)."""
    if not value:
        return None
    text = str(value).strip()
    if _NOT_TEXT.search(text) or re.search(r"\s", text):
        return None
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not host:
        return None
    safe = "/:@!$&'()*+,;=-._~%"
    path = quote(parts.path, safe=safe)
    query = quote(parts.query, safe=safe + "?/")
    fragment = quote(parts.fragment, safe=safe + "?/")
    return urlunsplit((parts.scheme.lower(), quote(parts.netloc, safe=":@[]-._~%"), path, query, fragment))


def link(url, label=None) -> Markup:
    """``<a>`` to an http(s) address for a Markdown page, or the value as plain text when it is not one."""
    safe = safe_url(url)
    if safe is None:
        return markdown_text(url)
    return Markup(f'<a href="{html_attr(safe)}" rel="nofollow noopener noreferrer">{markdown_text(label or url)}</a>')


def json_for_html(data) -> str:
    """JSON text that can sit inside a ``<script>`` element or an attribute of an HTML page."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for c in "<>&'\u2028\u2029":
        text = text.replace(c, f"\\u{ord(c):04x}")
    return text


def ical_text(value) -> str:
    """Text for an iCalendar property: one line without control characters (:mod:`generator.ical`
    escapes ``,`` ``;`` ``\\`` and folds long lines when it writes the file). The ``icalendar`` library, whose
    bytes that writer keeps, reads ``\\N`` in its input as an escaped line break, so a backslash before ``N``
    gets a zero-width space between them."""
    return plain(value).strip().replace("\\N", "\\\u200bN")


def slug(value, fallback: str = "item") -> str:
    """A file name, URL segment or anchor id: ``[a-z0-9-]`` only, never empty."""
    return slugify(plain(value), fallback)
