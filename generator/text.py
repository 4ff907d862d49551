"""Small text helpers shared by every stage: slugs, name folding, whitespace."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"})
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "′": "'"})


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_THE = re.compile(r"^the ")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Accent-free ASCII-ish form: Gülen → Gulen, Yıldızlı → Yildizli."""
    if text.isascii():  # nothing to fold (ASCII has no decompositions); names are folded again and again
        return text
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a name."""
    text = fold(text).casefold().replace("'s", "").replace("’s", "")
    text = _NOT_ALNUM.sub(" ", text).strip()
    return _THE.sub("", text)


def slugify(text: str, fallback: str = "item") -> str:
    slug = _NOT_ALNUM.sub("-", fold(text).casefold()).strip("-")
    return slug[:80].strip("-") or fallback


def squash(text: str) -> str:
    """Collapse runs of white space into one space."""
    return re.sub(r"\s+", " ", text).strip()


# characters a terminal or a log reader could act on: C0 and C1 controls (ANSI and OSC escapes start with
# ESC or CSI), DEL, and the bidirectional overrides that reorder what a line shows
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """Text safe to print on one line: control characters escaped (ESC → ``\\x1b``), bytes that were not
    UTF-8 in a file name (``os.fsdecode`` keeps them as surrogates) shown as U+FFFD."""
    text = _SURROGATES.sub("\ufffd", text)
    return _CONTROLS.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def straight_quotes(text: str) -> str:
    return text.translate(_QUOTES)


# Ids that would land on a page or folder of the site itself: the index page of every generated folder
# (``actors/index.md``), the other pages of the page plan (``render.page_plan``) and what MkDocs and the theme
# write at the top of the site. An article, actor or venue never takes one of these as its id
# (``tests/test_inputs.py`` checks the list against the page plan).
RESERVED_IDS = frozenset({
    "index", "actors", "venues", "sources", "timeline", "timeline-oldest-first", "questions",  # the page plan
    "assets", "search", "404", "sitemap", "briefing", "stylesheets", "javascripts",  # MkDocs, the theme, the export
})


def unique_id(base: str, taken: set[str], reserved: frozenset[str] = RESERVED_IDS) -> str:
    """``base``, or ``base-2``, ``base-3`` … if taken or reserved; records the result in ``taken``."""
    candidate, n = base, 2
    while candidate in taken or candidate in reserved:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def one_edit(a: str, b: str) -> bool:
    """Are the words one letter apart (one letter left out, added or changed)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[k + (len(a) == len(b)):] == b[k + 1:]
