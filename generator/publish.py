"""Output folders that never half-change: one build at a time, a staging folder per build, swapped in whole.

* :func:`lock` takes ``.<name>.lock`` beside an output folder (``fcntl.flock``: released by the kernel
  when the process dies, even by ``kill -9``); a second build of the same folder waits for it, or gives
  up with :class:`BuildLocked` (exit status 2) after ``wait`` seconds.
* :func:`clean_leftovers` removes what an interrupted build left beside the folder (``.<name>.<random>/``
  staging folders, ``.<name>.old``); it runs under the lock, so no running build owns them.
* :func:`staging` makes this build's own folder beside the target; :func:`publish` swaps it in, and
  on any failure puts the previous folder back and raises :class:`DiskError` (one line: the path and
  the OS error).
"""
from __future__ import annotations

import errno
import os
import shutil
import tempfile
import time
from pathlib import Path

from .errors import BriefingError


class DiskError(BriefingError):
    """Writing an output folder failed; the previous one is still published."""

    def __init__(self, path, exc: OSError):
        self.path = str(path)
        reason = exc.strerror or str(exc)
        super().__init__(f"cannot write {self.path}: {reason} [Errno {exc.errno}]"
                         if exc.errno else f"cannot write {self.path}: {reason}")


class BuildLocked(BriefingError):
    """Another build holds the output folder's lock."""


def _lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


class Lock:
    """An exclusive lock on one output folder, held until :meth:`release`."""

    def __init__(self, target: Path, fh):
        self.target, self._fh = target, fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the file releases the flock
            self._fh = None


def lock(target: Path, wait: float = 600, on_wait=None) -> Lock:
    """Take the lock of ``target``; ``on_wait(message)`` is called once if another build holds it."""
    import fcntl

    target = Path(target).resolve()
    path = _lock_path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the lock's life
    except OSError as exc:
        raise DiskError(path, exc) from None
    deadline = time.monotonic() + max(0.0, wait)
    told = False
    while True:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return Lock(target, fh)
        except BlockingIOError:
            pass
        message = f"another build is writing {target} (lock {path})"
        if time.monotonic() >= deadline:
            fh.close()
            raise BuildLocked(f"{message}; gave up after {wait:g} s (set lock_wait to wait longer)")
        if not told and on_wait is not None:
            on_wait(f"{message}; waiting for it to finish")
            told = True
        time.sleep(0.2)


def clean_leftovers(target: Path) -> list[Path]:
    """Remove the staging folders and ``.old`` copies that interrupted builds left beside ``target``."""
    target = Path(target)
    if not target.parent.is_dir():
        return []
    removed = []
    for p in sorted(target.parent.glob(f".{target.name}.*")):
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def staging(target: Path) -> Path:
    """A new empty folder beside ``target``, this build's own."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
        mask = os.umask(0)
        os.umask(mask)
        folder.chmod(0o777 & ~mask)  # mkdtemp's 0700 would follow the folder once it is published
        return folder
    except OSError as exc:
        raise DiskError(target.parent, exc) from None


def _first_unwritable(folder: Path) -> Path | None:
    """A folder inside ``folder`` (or itself) whose entries this process may not remove."""
    for dirpath, _, _ in os.walk(folder):
        if not os.access(dirpath, os.W_OK | os.X_OK):
            return Path(dirpath)
    return None


def publish(new: Path, target: Path) -> None:
    """Put the finished folder ``new`` in place of ``target`` (see :func:`publish_all`)."""
    publish_all([(new, target)])


def _swap(new: Path, target: Path) -> Path | None:
    """Move ``target`` aside to ``.<name>.old`` and ``new`` into its place; returns the old folder."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    moved = None
    if target.exists():
        stuck = _first_unwritable(target)
        if stuck is not None:  # the old folder could not be removed: refuse before changing anything
            code = errno.EROFS if os.statvfs(stuck).f_flag & os.ST_RDONLY else errno.EACCES
            raise OSError(code, os.strerror(code), str(stuck))
        os.rename(target, old)
        moved = old
    try:
        os.rename(new, target)
    except OSError:
        if moved is not None:
            os.rename(old, target)
        raise
    return moved


def publish_all(pairs: list[tuple[Path, Path]]) -> None:
    """Swap in each finished folder ``new`` for its ``target``, all or none: the old folders are removed only
    once every new one is in place; any failure puts the old ones back, removes the new ones and raises
    :class:`DiskError` (the path and the OS error)."""
    done: list[tuple[Path, Path, Path | None]] = []
    try:
        for new, target in pairs:
            done.append((Path(new), Path(target), _swap(Path(new), Path(target))))
    except OSError as exc:
        for new, target, old in reversed(done):  # undo the swaps already made
            os.rename(target, new)
            if old is not None:
                os.rename(old, target)
        for new, _ in pairs:
            shutil.rmtree(new, ignore_errors=True)
        raise DiskError(exc.filename or pairs[len(done)][1], exc) from None
    for _, _, old in done:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def discard(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
