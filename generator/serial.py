"""JSON of the project's own dataclasses, driven by their type hints: data in, data out, no code.

``dumps(obj, T)`` and ``loads(raw, T)`` convert a value of type ``T`` (a dataclass of this project,
or any type built from them) to JSON bytes and back. The schema is the dataclasses' own type hints,
read once per class, so a field added to a dataclass is stored with no change here. Supported:
dataclasses (nested, frozen or not), ``list``, ``tuple``, ``set``, ``dict`` (any key type),
``X | None`` and other unions, ``str``, ``int``, ``float``, ``bool``, ``None``, ``datetime.date``
and ``datetime.datetime``, ``Enum`` and ``Literal``; ``Any`` (or a bare ``dict``/``list``) holds
plain JSON values, tuples and dicts, and instances of ``generator`` dataclasses by name.

Loading checks everything against the hints: a wrong type, a missing or unknown field, an
unknown class name → :class:`SchemaError`, never a half-built object. Nothing is imported or
called on the way in: objects are made with ``cls.__new__`` and given their fields (as pickle
does, without ``__init__``), and a class named in the data must be a dataclass already loaded
from this package.

Shared objects stay shared: a dataclass instance met a second time is written ``{"$ref": n}``
(``n`` counts dataclass instances in the order they are written), so what was one object in
memory (a mention that is also a quote's speaker) is one object again after loading. Dicts are
written as lists of ``[key, value]`` pairs, so keys keep their type and order.
"""
from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import enum
import gc
import json
import sys
import threading
import types
import typing

__all__ = ["SchemaError", "dumps", "loads", "to_data", "from_data"]

PACKAGE = __name__.rsplit(".", 1)[0]  # "generator": the only package whose classes data may name
_PRIMITIVE = (str, int, float, bool)


class SchemaError(ValueError):
    """A value that does not match its type; ``where`` says where in the object it is."""

    def __init__(self, problem: str, where: str = ""):
        self.problem, self.where = problem, where
        super().__init__(f"{where or '(top)'}: {problem}")

    def at(self, step: str) -> SchemaError:
        return SchemaError(self.problem, step + self.where)


class _Writing:
    def __init__(self):
        self.seen: dict[int, int] = {}  # id(instance) → its number


class _Reading:
    def __init__(self):
        self.made: list = []  # instances by number


def dumps(obj, tp) -> bytes:
    """``obj`` (of type ``tp``) as JSON bytes: sorted keys, ASCII only (so byte-identical each time)."""
    data = to_data(obj, tp)
    try:
        return json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii")
    except (ValueError, RecursionError) as exc:  # NaN, infinity
        raise SchemaError(f"not storable as JSON ({exc})") from None


def loads(raw: bytes | str, tp):
    """The value of type ``tp`` that :func:`dumps` wrote; :class:`SchemaError` if ``raw`` is not one."""
    try:
        with paused_gc():
            data = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise SchemaError(f"not JSON ({type(exc).__name__}: {str(exc)[:120]})") from None
    return from_data(data, tp)


def to_data(obj, tp):
    """``obj`` as plain JSON values (lists, dicts with string keys, strings, numbers, booleans, None)."""
    try:
        with paused_gc():
            return _codec(tp)[0](obj, _Writing())
    except RecursionError:
        raise SchemaError("nested too deeply") from None


def from_data(data, tp):
    """The value of type ``tp`` in ``data`` (made by :func:`to_data`; its dicts become the objects' attributes)."""
    try:
        with paused_gc():
            return _codec(tp)[1](data, _Reading())
    except RecursionError:
        raise SchemaError("nested too deeply") from None


@contextlib.contextmanager
def paused_gc():
    """No cycle collection while many objects are made that are all kept (it would only rescan them)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _name(tp) -> str:
    return getattr(tp, "__qualname__", None) or str(tp)


# ---- one (write, read) pair of functions per type, made once ---------------------------------------

_CODECS: dict = {}  # type → (write, read), complete
_BUILDING: dict = {}  # codecs being made, seen only by the thread making them (a class may refer to itself)
_LOCK = threading.RLock()


def _codec(tp):
    try:
        return _CODECS[tp]
    except KeyError:
        pass
    except TypeError:  # an unhashable annotation
        raise SchemaError(f"cannot store values of type {tp!r}") from None
    with _LOCK:
        if tp in _CODECS or tp in _BUILDING:
            return _CODECS.get(tp) or _BUILDING[tp]
        outermost = not _BUILDING
        try:
            made = _dataclass_codec(tp) if dataclasses.is_dataclass(tp) and isinstance(tp, type) else _make(tp)
            _BUILDING[tp] = made
            if outermost:
                _CODECS.update(_BUILDING)  # all of them at once, once all are complete
            return made
        finally:
            if outermost:
                _BUILDING.clear()


def _make(tp):
    if tp is typing.Any or tp is object:
        return _write_any, _read_any
    if tp is None or tp is type(None):
        return _exact(type(None))
    if tp is float:
        return _float_codec()
    if tp in _PRIMITIVE:
        return _exact(tp)
    if tp is dt.datetime or tp is dt.date:
        return _date_codec(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum_codec(tp)
    return _make_generic(tp)


def _make_generic(tp):
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        return _union_codec(args)
    if origin is typing.Literal:
        return _literal_codec(args)
    if tp in (list, tuple, set, frozenset, dict):
        origin, args = tp, ()
    if origin in (list, set, frozenset) or (origin is tuple and (not args or args[-1] is Ellipsis)):
        return _sequence_codec(origin, args[0] if args else typing.Any)
    if origin is tuple:
        return _tuple_codec(args)
    if origin is dict:
        return _dict_codec(*(args or (typing.Any, typing.Any)))
    raise SchemaError(f"cannot store values of type {_name(tp)}")


def _exact(kind):
    def write(v, w):
        if type(v) is not kind:
            raise SchemaError(f"expected {kind.__name__}, got {type(v).__name__}")
        return v

    def read(v, r):
        if type(v) is not kind:
            raise SchemaError(f"expected {kind.__name__}, got {type(v).__name__}")
        return v

    return write, read


def _float_codec():
    """A float field may hold an int (as Python allows); it comes back as it was."""
    def check(v, r=None):
        if type(v) is not float and type(v) is not int:
            raise SchemaError(f"expected float, got {type(v).__name__}")
        return v

    return check, check


def _date_codec(kind):
    def write(v, w):
        if type(v) is not kind:
            raise SchemaError(f"expected {kind.__name__}, got {type(v).__name__}")
        return v.isoformat()

    def read(v, r):
        if type(v) is not str:
            raise SchemaError(f"expected an ISO {kind.__name__}, got {type(v).__name__}")
        try:
            return kind.fromisoformat(v)
        except ValueError:
            raise SchemaError(f"{v[:40]!r} is not an ISO {kind.__name__}") from None

    return write, read


def _enum_codec(kind):
    by_value = {m.value: m for m in kind}

    def write(v, w):
        if type(v) is not kind:
            raise SchemaError(f"expected {kind.__name__}, got {type(v).__name__}")
        return _write_any(v.value, w)

    def read(v, r):
        try:
            return by_value[_read_any(v, r)]
        except (KeyError, TypeError):
            raise SchemaError(f"not a {kind.__name__}") from None

    return write, read


def _literal_codec(values):
    allowed = set(values)

    def check(v, r=None):
        if type(v) not in (*_PRIMITIVE, type(None)) or v not in allowed:
            raise SchemaError(f"expected one of {sorted(map(repr, values))}, got {v!r:.40}")
        return v

    return check, check


def _union_codec(args):
    """``X | None`` and other unions: written as the first member that takes the value, read as the
    first member that reads it (a failed try leaves no trace)."""
    codecs = [_codec(a) for a in args if a is not type(None)]
    nullable = type(None) in args

    def write(v, w):
        if v is None and nullable:
            return None
        seen = len(w.seen)
        for enc, _ in codecs:
            try:
                return enc(v, w)
            except SchemaError:
                for k in list(w.seen)[seen:]:  # numbers given during the failed try
                    del w.seen[k]
        raise SchemaError(f"{type(v).__name__} is none of {' | '.join(map(_name, args))}")

    def read(v, r):
        if v is None and nullable:
            return None
        made = len(r.made)
        for i, (_, dec) in enumerate(codecs):
            try:
                # reading fills the JSON objects in place: a try that may fail works on a copy
                return dec(v if i == len(codecs) - 1 else copy.deepcopy(v), r)
            except SchemaError:
                del r.made[made:]
        raise SchemaError(f"{type(v).__name__} is none of {' | '.join(map(_name, args))}")

    return write, read


def _sequence_codec(kind, item):
    enc, dec = _codec(item)
    simple = item in _PRIMITIVE and item is not float

    def write(v, w):
        if type(v) is not kind:
            raise SchemaError(f"expected {kind.__name__}, got {type(v).__name__}")
        if kind in (set, frozenset):
            v = _sorted(v)
        if simple and all(type(x) is item for x in v):
            return list(v)
        return _each(enc, v, w)

    def read(v, r):
        if type(v) is not list:
            raise SchemaError(f"expected a list, got {type(v).__name__}")
        if simple and all(type(x) is item for x in v):
            return v if kind is list else kind(v)
        out = _each(dec, v, r)
        return out if kind is list else kind(out)

    return write, read


def _sorted(values) -> list:
    try:
        return sorted(values)
    except TypeError:
        return sorted(values, key=repr)


def _each(fn, values, ctx) -> list:
    out = []
    try:
        for x in values:
            out.append(fn(x, ctx))
    except SchemaError as exc:
        raise exc.at(f"[{len(out)}]") from None
    return out


def _step(fn, v, ctx, where):
    try:
        return fn(v, ctx)
    except SchemaError as exc:
        raise exc.at(f"[{where!r}]") from None


def _tuple_codec(args):
    codecs = [_codec(a) for a in args]

    def write(v, w):
        if type(v) is not tuple or len(v) != len(codecs):
            raise SchemaError(f"expected a tuple of {len(codecs)}, got {type(v).__name__}")
        return [_step(enc, x, w, i) for i, ((enc, _), x) in enumerate(zip(codecs, v))]

    def read(v, r):
        if type(v) is not list or len(v) != len(codecs):
            raise SchemaError(f"expected a list of {len(codecs)}")
        return tuple(_step(dec, x, r, i) for i, ((_, dec), x) in enumerate(zip(codecs, v)))

    return write, read


def _dict_codec(key, value):
    """A dict as ``[[key, value], …]`` in its own order: keys of any type, order kept."""
    kenc, kdec = _codec(key)
    venc, vdec = _codec(value)

    def write(v, w):
        if type(v) is not dict:
            raise SchemaError(f"expected dict, got {type(v).__name__}")
        return [[_step(kenc, k, w, k), _step(venc, x, w, k)] for k, x in v.items()]

    def read(v, r):
        if type(v) is not list:
            raise SchemaError(f"expected a list of pairs, got {type(v).__name__}")
        out = {}
        for pair in v:
            if type(pair) is not list or len(pair) != 2:
                raise SchemaError("expected a [key, value] pair")
            k = kdec(pair[0], r)
            out[k] = _step(vdec, pair[1], r, k)
        if len(out) != len(v):
            raise SchemaError("a key appears twice")
        return out

    return write, read


# ---- dataclasses ----------------------------------------------------------------------------------

def _dataclass_codec(cls):
    # filled below, after registering (a class may refer to itself): (name, plain types) of the fields
    # written as they are (str, int, str | None …), (name, write, read) of the others, in field order
    plain: list = []
    other: list = []
    names: set = set()
    shape: dict = {}

    def write(v, w):
        if type(v) is not cls:
            raise SchemaError(f"expected {cls.__name__}, got {type(v).__name__}")
        n = w.seen.get(id(v))
        if n is not None:
            return {"$ref": n}
        w.seen[id(v)] = len(w.seen)
        out = {}
        for name, kinds in plain:
            x = out[name] = getattr(v, name)
            if type(x) not in kinds:
                raise SchemaError(f"expected {shape[name]}, got {type(x).__name__}", f".{name}")
        for name, enc, _ in other:
            try:
                out[name] = enc(getattr(v, name), w)
            except SchemaError as exc:
                raise exc.at(f".{name}") from None
        return out

    def read(v, r):
        if type(v) is not dict or len(v) != len(names) or "$ref" in v:
            return _not_plain_object(cls, v, r, names)
        obj = cls.__new__(cls)
        r.made.append(obj)
        for name, kinds in plain:
            if type(v.get(name, v)) not in kinds:  # v itself: the field is missing
                raise _field_error(cls, v, name, names, shape[name])
        for name, _, dec in other:  # in the order they were written: shared objects are numbered so
            x = v.get(name, v)
            if x is v:
                raise SchemaError(_field_mismatch(cls, v.keys(), names))
            try:
                v[name] = dec(x, r)  # the JSON object becomes the instance's attributes
            except SchemaError as exc:
                raise exc.at(f".{name}") from None
        if shape["$dict"]:
            object.__setattr__(obj, "__dict__", v)
        else:  # slots
            for name, value in v.items():
                object.__setattr__(obj, name, value)
        return obj

    _BUILDING[cls] = (write, read)  # before its fields: a field may be of this very class
    _fill_fields(cls, plain, other, names, shape)
    return write, read


def _fill_fields(cls, plain: list, other: list, names: set, shape: dict) -> None:
    """Sort a dataclass's fields into those stored as they are (``plain``) and those with a codec."""
    try:
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            kinds = _plain(hints[f.name])
            if kinds is not None:
                plain.append((f.name, kinds))
                shape[f.name] = " | ".join(sorted(k.__name__ for k in kinds))
            else:
                other.append((f.name, *_codec(hints[f.name])))
            names.add(f.name)
    except (NameError, KeyError, TypeError, SchemaError) as exc:
        raise SchemaError(f"cannot store {cls.__name__}: {exc}") from None
    shape["$dict"] = hasattr(cls.__new__(cls), "__dict__")


def _field_error(cls, v, name, names, expected) -> SchemaError:
    if name not in v:
        return SchemaError(_field_mismatch(cls, v.keys(), names))
    return SchemaError(f"expected {expected}, got {type(v[name]).__name__}", f".{name}")


def _plain(tp) -> frozenset | None:
    """The exact types a value of ``tp`` may have when it is written and read as it is (``str | None`` …)."""
    members = typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else (tp,)
    kinds = set()
    for m in members:
        if m is None or m is type(None):
            kinds.add(type(None))
        elif m in _PRIMITIVE:
            kinds.update((float, int) if m is float else (m,))
        else:
            return None
    return frozenset(kinds)


def _not_plain_object(cls, v, r, names):
    """A shared object (``{"$ref": n}``), or the reason ``v`` is not a ``cls``."""
    if type(v) is not dict:
        raise SchemaError(f"expected {cls.__name__} (an object), got {type(v).__name__}")
    if "$ref" in v:
        return _shared(cls, v, r)
    raise SchemaError(_field_mismatch(cls, v.keys(), names))


def _shared(cls, v, r):
    n = v["$ref"]
    if len(v) != 1 or type(n) is not int or not 0 <= n < len(r.made):
        raise SchemaError("a reference to no earlier object")
    obj = r.made[n]
    if type(obj) is not cls:
        raise SchemaError(f"a reference to a {type(obj).__name__} where a {cls.__name__} belongs")
    return obj


def _field_mismatch(cls, got, names) -> str:
    missing, unknown = sorted(names - got), sorted(got - names)
    parts = ([f"missing {', '.join(missing)}"] if missing else []) + (
        [f"unknown {', '.join(map(repr, unknown))[:120]}"] if unknown else [])
    return f"{cls.__name__}: {'; '.join(parts)}"


# ---- Any: plain JSON values, with tuples, dicts and our dataclasses tagged --------------------------

def _write_any(v, w):
    kind = type(v)
    if v is None or kind in _PRIMITIVE:
        return v
    if kind is list:
        return _each(_write_any, v, w)
    if kind is tuple:
        return {"$tuple": _each(_write_any, v, w)}
    if kind is dict:
        return {"$dict": [[_write_any(k, w), _step(_write_any, x, w, k)] for k, x in v.items()]}
    if dataclasses.is_dataclass(kind) and kind.__module__.split(".")[0] == PACKAGE:
        return {"$class": f"{kind.__module__}:{kind.__qualname__}", "fields": _codec(kind)[0](v, w)}
    raise SchemaError(f"cannot store a {kind.__name__} where any value may be")


def _read_any(v, r):
    kind = type(v)
    if v is None or kind in _PRIMITIVE:
        return v
    if kind is list:
        return _each(_read_any, v, r)
    if kind is not dict or len(v) not in (1, 2):
        raise SchemaError("not a value this program writes")
    if len(v) == 1 and type(v.get("$tuple")) is list:
        return tuple(_read_any(x, r) for x in v["$tuple"])
    if len(v) == 1 and "$dict" in v:
        return _ANY_DICT[1](v["$dict"], r)
    if v.keys() == {"$class", "fields"} and type(v["$class"]) is str:
        return _codec(_known_class(v["$class"]))[1](v["fields"], r)
    raise SchemaError("not a value this program writes")


_KNOWN: dict[str, type] = {}


def _known_class(name: str) -> type:
    """A dataclass of this package that is already loaded, by ``module:QualName``; nothing is imported."""
    if name in _KNOWN:
        return _KNOWN[name]
    module, _, qualname = name.partition(":")
    found = sys.modules.get(module) if module.split(".")[0] == PACKAGE else None
    for part in qualname.split(".") if found is not None else ():
        found = found.__dict__.get(part) if part.isidentifier() else None
        if found is None:
            break
    if not (isinstance(found, type) and dataclasses.is_dataclass(found) and found.__module__ == module):
        raise SchemaError(f"unknown class {name[:80]!r}")
    _KNOWN[name] = found
    return found


_ANY_DICT = _codec(dict[typing.Any, typing.Any])
