"""Errors the user sees: one line naming the file and the problem."""
from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """A problem the user can act on."""


class ArticleError(BriefingError):
    """An article that cannot be read; the build skips it (or stops under --strict)."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # so that a worker process can hand it back
        return (type(self), (self.path, self.problem))


def one_line(exc: BaseException, limit: int = 200) -> str:
    """An unexpected exception as a short one-line problem: its type and the first line of its message."""
    from .escape import plain

    lines = [plain(line) for line in str(exc).strip().splitlines()]
    text = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"
