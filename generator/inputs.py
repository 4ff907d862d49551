"""Choosing the files in ``seeds/``: only regular files inside the seeds folder are articles.

Everything else in the folder is skipped with a one-line message naming it (:class:`ArticleError`,
fatal under ``--strict``): a symbolic link (with its target: ``seeds/leak.txt -> /etc/passwd`` must
never publish ``/etc/passwd``), a named pipe, a device, a socket, anything that resolves outside the
folder, a folder named like an article (``x.txt/``). Hidden files (``.gitkeep``, ``.DS_Store``) and
other sub-folders are skipped with a note (:class:`Notice`, never fatal).

File names are shown through :func:`display_name`: bytes that are not UTF-8 become U+FFFD, control
characters are escaped. Files are read through :func:`read_regular`, which refuses to follow a link
or block on a pipe even if the file changed since it was listed.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError, Notice
from .text import printable

SUPPORTED = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
MAX_BYTES = 5 * 1024 * 1024  # an article larger than this is not an article
MIB = 1024 * 1024
ONLY_FILES = "only regular files inside the seeds folder are read"
KINDS = (  # what a directory entry is, when it is not a regular file
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


@dataclass
class Choice:
    """The articles to read, in name order, and what was skipped (each with its message)."""

    files: list[Path] = field(default_factory=list)
    skipped: list[ArticleError] = field(default_factory=list)


def display_name(path: str | os.PathLike) -> str:
    """A file name or path as every message and page shows it (see :func:`generator.text.printable`)."""
    return printable(os.fsdecode(path))


def size_text(size: int) -> str:
    """Bytes as a person reads them: ``5.6 MB``, ``50 MB`` (1 MB = 1,048,576 bytes), ``812 bytes``."""
    if size < MIB:
        return f"{size:,} bytes"
    return f"{size / MIB:.1f}".removesuffix(".0") + " MB"


def too_large(size: int, limit: int = MAX_BYTES) -> str:
    """The message for a file over ``limit``: a figure that rounds to the limit is given in bytes."""
    shown, allowed = size_text(size), size_text(limit)
    if shown == allowed:  # 5 MB and a few bytes
        shown, allowed = f"{size:,} bytes", f"{allowed} ({limit:,} bytes)"
    return f"file is {shown}, larger than the {allowed} an article may be"


def _kind_problem(path: Path, mode: int) -> ArticleError | None:
    """Why a directory entry of this ``lstat`` mode is not an article (``None``: a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        try:
            target = display_name(os.readlink(path))
        except OSError:
            target = "?"
        return ArticleError(path, f"a symbolic link (-> {target}); {ONLY_FILES}")
    if stat.S_ISDIR(mode):
        if path.suffix.lower() in SUPPORTED:
            return ArticleError(path, f"a folder named like an article; {ONLY_FILES}")
        return Notice(path, "a folder; articles in sub-folders are not read")
    kind = next((text for test, text in KINDS if test(mode)), "not a regular file")
    return ArticleError(path, f"{kind}; {ONLY_FILES}")


def _problem(path: Path, root: Path) -> ArticleError | None:
    if path.name.startswith("."):
        return Notice(path, "a hidden file (its name starts with '.'); hidden files are not read")
    try:
        mode = os.lstat(path).st_mode
    except OSError as exc:
        return ArticleError(path, f"cannot read the file ({exc.strerror})")
    problem = _kind_problem(path, mode)
    if problem is None and not path.resolve().is_relative_to(root):
        problem = ArticleError(path, f"resolves to {display_name(path.resolve())}, outside the seeds folder; {ONLY_FILES}")
    return problem


def choose_files(folder: Path) -> Choice:
    """Every entry of ``folder`` sorted by name (never by disk order), split into articles and skipped."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(folder, "the seeds folder is a file, not a folder" if folder.exists() else
                           "the seeds folder does not exist")
    root = folder.resolve()
    choice = Choice()
    try:
        entries = sorted(folder.iterdir(), key=lambda p: (p.name, os.fsencode(p.name)))
    except OSError as exc:
        raise ArticleError(folder, f"cannot list the seeds folder ({exc.strerror})") from None
    for path in entries:
        problem = _problem(path, root)
        if problem is None:
            choice.files.append(path)
        else:
            choice.skipped.append(problem)
    return choice


def list_articles(folder: Path) -> list[Path]:
    """The files of ``folder`` that are read as articles (see :func:`choose_files`)."""
    return choose_files(folder).files


def read_regular(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. Never follows a symbolic link, never waits on
    a pipe, never reads more than ``limit`` + 1 bytes; raises :class:`ArticleError` otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _refuse(path, stat.S_IFLNK)
        raise
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return _refuse(path, info.st_mode)
        if info.st_size > limit:
            raise ArticleError(path, too_large(info.st_size, limit))
        raw = fh.read(limit + 1)
    if len(raw) > limit:  # it grew while we read it
        raise ArticleError(path, f"file is larger than the {size_text(limit)} an article may be")
    return raw


def _refuse(path: Path, mode: int) -> bytes:
    raise _kind_problem(Path(path), mode) or ArticleError(path, f"not a regular file; {ONLY_FILES}")
