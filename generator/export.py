"""Writer: the briefing as JSON (schema ``briefing/1``, see docs/schema.md), byte-for-byte stable."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from .model import Briefing


def to_json_text(briefing: Briefing) -> str:
    return dumps_indented(briefing.to_json()) + "\n"


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
