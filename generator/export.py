"""Writer: the briefing as JSON (schema ``briefing/1``, see docs/schema.md), byte-for-byte stable."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from .model import Briefing


def to_json_text(briefing: Briefing) -> str:
    return json.dumps(briefing.to_json(), ensure_ascii=False, indent=2) + "\n"


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
