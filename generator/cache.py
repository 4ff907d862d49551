"""Per-article cache of the expensive stages (reading, spaCy analysis, extraction).

An entry is keyed by the article file's name and bytes and by the pipeline's version (the
generator's code and data files, the spaCy version and the model's name and version), so a
warm build re-analyses nothing and adding one article analyses one.

Entries are data, never code: JSON of the project's own dataclasses (:mod:`generator.serial`,
whose schema is the dataclasses' type hints), one file per article in ``<key[:2]>/<key>.json``
and one whole-corpus result in ``corpus/<key>.json``. Each file says what it was made from (the
article's name and SHA-256, or the corpus's file keys) and the key is recomputed from that: an
entry that does not parse, does not match its type, or was made from something else is treated
as absent (one info line) and rebuilt. A cache folder that cannot be read or written (permissions,
a full disk) turns the cache off for the rest of the build, with one warning naming the path and
the OS error; the build itself goes on.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import stat
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import serial
from .extract import ArticleFacts
from .model import Article

PACKAGE = Path(__file__).resolve().parent
FORMAT = "briefing-cache/2"  # JSON entries (1 was pickle); part of every key
ABSENT = (errno.ENOENT, errno.ENOTDIR)

log = logging.getLogger("generator")


@lru_cache(maxsize=4)
def pipeline_version(model: str) -> str:
    """A digest of everything that can change what the pipeline makes of an article."""
    h = hashlib.sha256()
    h.update(f"format={FORMAT};spacy={_installed('spacy')};model={model};".encode())
    h.update(f"model-version={_installed(model)};".encode())  # None for a model that is a folder
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in {".py", ".yml", ".json"} and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _installed(package: str) -> str | None:
    """The installed version of a distribution, read from its metadata (importing spaCy would take a second
    of a warm build that needs no model); ``None`` when it is not installed (a model that is a folder)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


@dataclass
class Entry:
    article: Article  # the Article as read
    facts: dict[str, ArticleFacts] = field(default_factory=dict)  # "year hint[@settled day]" → facts (pipeline._facts_key)


def _fs(text: str) -> bytes:
    """A file name as bytes, whatever it holds (a non-UTF-8 name arrives with surrogates)."""
    return text.encode("utf-8", "surrogateescape")


class Cache:
    def __init__(self, folder: Path | None, model: str):
        self.folder = Path(folder) if folder else None
        self.model = model
        self._version = None
        self._made_from: dict[str, dict] = {}  # key → what it was computed from (written into the entry)
        self._writable = True

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = pipeline_version(self.model)
        return self._version

    # ---- keys ------------------------------------------------------------------------------------

    def key(self, name: str, raw: bytes) -> str:
        made_from = {"name": name, "sha256": hashlib.sha256(raw).hexdigest()}
        key = self._article_key(made_from)
        self._made_from[key] = made_from
        return key

    def _article_key(self, made_from: dict) -> str:
        h = hashlib.sha256(f"{FORMAT}\0{self.version}\0".encode())
        h.update(_fs(made_from["name"]))
        h.update(b"\0" + made_from["sha256"].encode("ascii"))
        return h.hexdigest()

    def corpus_key(self, parts: list[str]) -> str:
        made_from = {"parts": list(parts)}
        key = self._corpus_key(made_from)
        self._made_from[key] = made_from
        return key

    def _corpus_key(self, made_from: dict) -> str:
        h = hashlib.sha256(f"{FORMAT}\0{self.version}\0corpus\0".encode())
        for part in made_from["parts"]:
            h.update(_fs(part))
            h.update(b"\0")
        return h.hexdigest()

    # ---- per article -----------------------------------------------------------------------------

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def load(self, key: str) -> Entry | None:
        """The entry for ``key``, or ``None`` (absent, invalid, or the cache is off)."""
        if self.folder is None:
            return None
        return self._load(self._path(key), key, Entry, self._article_key, "the article is analysed again")

    def save(self, key: str, entry: Entry) -> None:
        """Keep ``entry`` under ``key`` (a key this cache made with :meth:`key`, which it records)."""
        if self.folder is not None and key in self._made_from:
            self._save(self._path(key), key, entry, Entry)

    # ---- the whole corpus ------------------------------------------------------------------------

    def load_object(self, name: str, tp):
        """A whole-corpus result of type ``tp`` saved by :meth:`save_object` (``None`` if absent or invalid)."""
        if self.folder is None:
            return None
        return self._load(self.folder / "corpus" / f"{name}.json", name, tp, self._corpus_key,
                          "the briefing is rebuilt")

    def save_object(self, name: str, obj, tp) -> bool:
        """Keep one whole-corpus result (the last one only: older ones are removed); whether it was kept."""
        if self.folder is None or name not in self._made_from:
            return False
        folder = self.folder / "corpus"
        if not self._save(folder / f"{name}.json", name, obj, tp):
            return False
        for old in [*folder.glob("*.json"), *folder.glob("*.pickle")]:  # *.pickle: the old format
            if old.stem != name:
                try:
                    old.unlink(missing_ok=True)
                except OSError as exc:
                    self._disable("remove", old, exc)
                    return True
        return True

    # ---- reading and writing one file ------------------------------------------------------------

    def _load(self, path: Path, key: str, tp, rekey, then: str):
        try:
            raw = _read_regular(path)
        except OSError as exc:
            if exc.errno not in ABSENT:
                self._disable("read", path, exc)
            return None
        try:
            return self._check(raw, key, tp, rekey)
        except (serial.SchemaError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            log.info("cache: ignored %s (%s); %s", path, _printable(str(exc)[:200]), then)
            return None

    def _check(self, raw: bytes | None, key: str, tp, rekey):
        if raw is None:
            raise serial.SchemaError("not a regular file")
        try:
            with serial.paused_gc():
                doc = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            raise serial.SchemaError(f"not JSON: {exc}") from None
        if type(doc) is not dict or doc.keys() != {"format", "version", "key", "made_from", "value"}:
            raise serial.SchemaError(f"not a {FORMAT} entry")
        if doc["format"] != FORMAT or doc["version"] != self.version:
            raise serial.SchemaError(f"made by another version ({str(doc['format'])[:40]}, {str(doc['version'])[:40]})")
        if type(doc["made_from"]) is not dict or doc["key"] != key or rekey(doc["made_from"]) != key:
            raise serial.SchemaError("its name does not match what it says it was made from")
        return serial.from_data(doc["value"], tp)

    def _save(self, path: Path, key: str, obj, tp) -> bool:
        if not self._writable:
            return False
        try:
            doc = {"format": FORMAT, "version": self.version, "key": key, "made_from": self._made_from[key],
                   "value": serial.to_data(obj, tp)}
            data = json.dumps(doc, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
        except (serial.SchemaError, ValueError, RecursionError) as exc:
            log.warning("cache: cannot store %s: %s; the cache is not written in this build", path.name,
                        _printable(str(exc)[:300]))
            self._writable = False
            return False
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
            _write_all(fd, data.encode("ascii"))
            os.replace(tmp, path)
            return True
        except OSError as exc:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    Path(tmp).unlink(missing_ok=True)
            self._disable("write", exc.filename or path, exc)
            return False

    def _disable(self, doing: str, path, exc: OSError) -> None:
        problem = f"[Errno {exc.errno}] {exc.strerror}" if exc.errno else str(exc)
        log.warning("cache disabled for this build: cannot %s %s: %s", doing, path, problem)
        self.folder = None


def _read_regular(path: Path) -> bytes | None:
    """The bytes of ``path``; ``None`` if it is not a regular file (a FIFO or device never blocks us)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return fh.read()


def _write_all(fd: int, data: bytes) -> None:
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _printable(text: str) -> str:
    """Control characters from a file's content escaped, so that it cannot forge log lines."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
