"""Small text helpers shared by every stage: slugs, name folding, whitespace."""
from __future__ import annotations

import re
import unicodedata

_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"})
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "′": "'"})


def fold(text: str) -> str:
    """Accent-free ASCII-ish form: Gülen → Gulen, Kılıç → Kilic."""
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a name."""
    text = fold(text).casefold().replace("'s", "")
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def slugify(text: str, fallback: str = "item") -> str:
    slug = re.sub(r"[^0-9a-z]+", "-", fold(text).casefold()).strip("-")
    return slug[:80].strip("-") or fallback


def squash(text: str) -> str:
    """Collapse runs of white space into one space."""
    return re.sub(r"\s+", " ", text).strip()


def straight_quotes(text: str) -> str:
    return text.translate(_QUOTES)


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … if taken; records the result in ``taken``."""
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate
