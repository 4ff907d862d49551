"""Per-article cache of the expensive stages (reading, spaCy analysis, extraction).

An entry is keyed by the article file's name and bytes and by the pipeline's version (the
generator's code and data files, the spaCy version and the model's name and version), so a
warm build re-analyses nothing and adding one article analyses one. Entries are pickles written
by this program into a folder it owns (``.briefing/cache`` by default), one file per article;
a corrupt or foreign entry is ignored and rebuilt.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=4)
def pipeline_version(model: str) -> str:
    """A digest of everything that can change what the pipeline makes of an article."""
    import spacy

    h = hashlib.sha256()
    h.update(f"spacy={spacy.__version__};model={model};".encode())
    from spacy.util import get_package_version

    h.update(f"model-version={get_package_version(model)};".encode())  # None for a model that is a folder
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in {".py", ".yml", ".json"} and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class Entry:
    article: object  # the Article as read
    facts: dict = field(default_factory=dict)  # year hint (or None) → ArticleFacts


class Cache:
    def __init__(self, folder: Path | None, model: str):
        self.folder = Path(folder) if folder else None
        self.model = model
        self._version = None

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = pipeline_version(self.model)
        return self._version

    def key(self, name: str, raw: bytes) -> str:
        h = hashlib.sha256(self.version.encode())
        h.update(name.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        h.update(raw)
        return h.hexdigest()

    def corpus_key(self, parts: list[str]) -> str:
        h = hashlib.sha256(self.version.encode())
        for part in parts:
            h.update(part.encode("utf-8", "surrogateescape"))  # a file name that is not UTF-8 keeps its bytes
            h.update(b"\0")
        return h.hexdigest()

    def load_object(self, name: str):
        """A whole-corpus result saved by :meth:`save_object` (``None`` if absent or unreadable)."""
        if self.folder is None:
            return None
        try:
            with (self.folder / "corpus" / f"{name}.pickle").open("rb") as fh:
                return pickle.load(fh)  # noqa: S301 - our own files, in our own folder
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None

    def save_object(self, name: str, obj) -> None:
        """Keep one whole-corpus result (the last one only: older ones are removed)."""
        if self.folder is None:
            return
        folder = self.folder / "corpus"
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.pickle"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".corpus.", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{name}.pickle")

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def load(self, key: str) -> Entry | None:
        if self.folder is None:
            return None
        path = self._path(key)
        try:
            with path.open("rb") as fh:
                entry = pickle.load(fh)  # noqa: S301 - our own files, in our own folder
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return entry if isinstance(entry, Entry) else None

    def save(self, key: str, entry: Entry) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(entry, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
