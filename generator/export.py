"""Writer: the briefing as JSON (schema ``briefing/1``, see docs/schema.md), byte-for-byte stable."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from .model import JSON_LISTS, SCHEMA, Briefing


def to_json_text(briefing: Briefing) -> str:
    return dumps_indented(briefing.to_json()) + "\n"


ITEM_BREAK = "\n    "  # the line break and indent before each item of the export's lists


def to_json_items(briefing: Briefing, known=lambda item: None) -> tuple[str, list[tuple[object, int, int]]]:
    """:func:`to_json_text` written item by item: (the same text, and (item, start, end) of the JSON of every
    item of its lists in that text). ``known(item)`` may give an item's JSON as an earlier text had it (its
    slice of that text), which is used instead of encoding it again (the pages' renderer keeps them by a
    digest of the item). A value :func:`dumps_indented` leaves to :func:`json.dumps`: the text of
    :func:`to_json_text` and no items."""
    out, spans = ['{\n  "schema": ' + _STR(SCHEMA)], []
    at = len(out[0])
    try:
        for key, item_json in JSON_LISTS:
            items = getattr(briefing, key)
            out.append(f",\n  {_STR(key)}: " + ("[" if items else "[]"))
            at += len(out[-1])
            for i, item in enumerate(items):
                text = known(item)
                if text is None:
                    parts: list[str] = []
                    _encode(item_json(item), ITEM_BREAK, parts)
                    text = "".join(parts)
                out.append(("," if i else "") + ITEM_BREAK)
                at += len(out[-1])
                out.append(text)
                spans.append((item, at, at + len(text)))
                at += len(text)
            if items:
                out.append("\n  ]")
                at += 4
    except (_Unusual, RecursionError):
        return to_json_text(briefing), []
    out.append("\n}\n")
    return "".join(out), spans


class _Unusual(Exception):
    """A value :func:`dumps_indented` leaves to :func:`json.dumps` (a key that is not text, a float that is not finite, …)."""


def dumps_indented(value) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, the same text, about three times faster: Python's
    C encoder does not indent, and its pure-Python one is most of the time it takes to write a large briefing.
    Any value other than text, whole numbers, finite floats, booleans, None, lists, tuples and dicts with
    text keys goes to :func:`json.dumps` itself."""
    out: list[str] = []
    try:
        _encode(value, "\n", out)
    except (_Unusual, RecursionError):
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)


_STR = json.encoder.encode_basestring  # the C encoder's string escaping where there is one (ensure_ascii=False)


def _encode(value, newline: str, out: list[str]) -> None:
    """Append the JSON of ``value`` to ``out``; ``newline`` is a line break and the indent of its line."""
    if isinstance(value, str):
        out.append(_STR(value))
    elif value is None:
        out.append("null")
    elif value is True or value is False:
        out.append("true" if value else "false")
    elif isinstance(value, int) and not isinstance(value, bool):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _Unusual
        out.append(float.__repr__(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        out.append("[" + inner)
        for i, item in enumerate(value):
            if i:
                out.append("," + inner)
            _encode(item, inner, out)
        out.append(newline + "]")
    elif isinstance(value, dict):
        _encode_dict(value, newline, out)
    else:
        raise _Unusual


def _encode_dict(value: dict, newline: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    sep = "{" + inner
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Unusual
        out.append(sep + _STR(key) + ": ")
        _encode(item, inner, out)
        sep = "," + inner
    out.append(newline + "}")


def write_atomic(path: Path, text: str) -> None:
    """Write next to the target, then rename: a failure never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def swap_in(new: Path, target: Path) -> None:
    """Put the finished folder ``new`` where ``target`` is, replacing it whole: the old one is moved
    aside first and removed only once the new one is in place."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    new.rename(target)
    if old.exists():
        shutil.rmtree(old)


def export(briefing: Briefing, path: Path) -> None:
    write_atomic(path, to_json_text(briefing))
