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
