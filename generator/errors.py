"""Errors the user sees: one line naming the file and the problem."""
from __future__ import annotations

import os
from pathlib import Path

from .text import printable


class BriefingError(Exception):
    """A problem the user can act on."""


class ArticleError(BriefingError):
    """An article that cannot be read; the build skips it (or stops under --strict).

    The file name and the problem are printed as :func:`~generator.text.printable` text: a file name's
    control characters (ANSI or OSC escapes) are escaped and its undecodable bytes show as U+FFFD, so a
    name can neither forge a log line nor crash the printing of one."""

    notice = False  # a real problem: counted as failed, fatal under strict

    def __init__(self, path: str | Path, problem: str):
        self.path = printable(os.fsdecode(path))
        self.problem = printable(problem)
        super().__init__(f"{self.path}: {self.problem}")

    def __reduce__(self):  # pickled with the cached result of a build
        return type(self), (self.path, self.problem)


class Notice(ArticleError):
    """A file in the seeds folder that is not meant to be an article (a hidden file, a sub-folder): skipped
    with a note, never counted as failed and never fatal, even under --strict."""

    notice = True


def one_line(exc: BaseException, limit: int = 200) -> str:
    """An unexpected exception as a short one-line problem: its type and the first line of its message."""
    from .escape import plain

    lines = [plain(line) for line in str(exc).strip().splitlines()]
    text = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"
