"""generator.serial: JSON of dataclasses driven by their type hints, checked on the way in."""
from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass, field, make_dataclass
from typing import Any, Literal

import pytest

from generator import serial
from generator.model import Citation
from generator.serial import SchemaError, dumps, loads


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@dataclass
class Leaf:
    name: str
    score: float = 0.0


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float


@dataclass(slots=True)
class Slotted:
    n: int


@dataclass
class Tree:
    leaves: list[Leaf]
    best: Leaf | None
    by_hint: dict[int | None, Leaf]
    tags: tuple[str, ...]
    pair: tuple[int, str]
    words: set[str]
    when: dt.date
    colour: Colour
    kind: Literal["a", "b"]
    loose: dict  # plain values, and dataclasses of the generator package
    history: list[dict[str, Any]] = field(default_factory=list)
    where: Point | None = None
    slotted: Slotted | None = None
    parent: Tree | None = None


def _tree() -> Tree:
    a, b = Leaf("a", 1), Leaf("b", 2.5)
    return Tree(leaves=[a, b], best=b, by_hint={None: a, 2024: b}, tags=("x", "y"), pair=(1, "one"),
                words={"z", "y"}, when=dt.date(2025, 5, 16), colour=Colour.BLUE, kind="b",
                loose={"name": "Kremlin", "n": (1, 2), 3: [None, True]},
                history=[{"status": "proposed", "citation": Citation("s", "s1"), "actor": None}],
                where=Point(46.2, 6.1), slotted=Slotted(3))


def test_round_trip_keeps_values_types_and_order():
    tree = _tree()
    raw = dumps(tree, Tree)
    back = loads(raw, Tree)
    assert back == tree
    assert list(back.by_hint) == [None, 2024] and type(back.tags) is tuple and type(back.words) is set
    assert type(back.leaves[0].score) is int and type(back.leaves[1].score) is float  # as they were
    assert back.history[0]["citation"] == Citation("s", "s1") and back.loose["n"] == (1, 2) and 3 in back.loose
    assert dumps(back, Tree) == raw  # and the same bytes again
    assert raw.isascii()


def test_shared_objects_stay_shared():
    tree = _tree()
    back = loads(dumps(tree, Tree), Tree)
    assert back.best is back.leaves[1] and back.by_hint[None] is back.leaves[0]
    tree.parent = tree  # a cycle
    back = loads(dumps(tree, Tree), Tree)
    assert back.parent is back


def test_a_new_field_needs_no_change_and_old_entries_are_refused():
    old = make_dataclass("Rec", [("a", str)])
    new = make_dataclass("Rec", [("a", str), ("b", "list[int]", field(default_factory=list))])
    assert loads(dumps(new("x", [1, 2]), new), new) == new("x", [1, 2])
    with pytest.raises(SchemaError, match="missing b"):
        loads(dumps(old("x"), old), new)
    with pytest.raises(SchemaError, match="unknown .b."):
        loads(dumps(new("x", [1]), new), old)


@pytest.mark.parametrize("change, where", [
    (lambda d: d["leaves"][1].update(score="high"), "leaves[1].score"),
    (lambda d: d.update(when="next Tuesday"), "when"),
    (lambda d: d.update(kind="c"), "kind"),
    (lambda d: d.update(colour="green"), "colour"),
    (lambda d: d.update(pair=[1, 2]), "pair[1]"),
    (lambda d: d.update(best={"$ref": 99}), "best"),
    (lambda d: d.update(best={"$ref": 0}), "best"),  # a reference to the Tree itself, not a Leaf
    (lambda d: d["by_hint"].append([None, {"name": "c", "score": 1}]), "by_hint"),  # a key twice
    (lambda d: d.update(loose=[["k", {"$class": "os:system", "fields": ["true"]}]]), "loose"),
    (lambda d: d.update(loose=[["k", {"$class": "generator.cache:Cache", "fields": {}}]]), "loose"),
    (lambda d: d.update(loose=[["k", {"$class": "builtins:object", "fields": {}}]]), "loose"),
    (lambda d: d.update(loose=[["k", {"__reduce__": 1}]]), "loose"),
])
def test_anything_else_is_refused_with_where_it_is(change, where):
    data = json.loads(dumps(_tree(), Tree))
    change(data)
    with pytest.raises(SchemaError) as info:
        loads(json.dumps(data), Tree)
    assert info.value.where.startswith(f".{where}") or info.value.where.startswith(f"[{where}")


def test_what_is_not_json_or_not_storable_is_refused():
    for raw in (b"", b"\x80\x04\x95 pickle", b"[" * 100_000, b"{\"leaves\": "):
        with pytest.raises(SchemaError):
            loads(raw, Tree)
    bad = _tree()
    bad.leaves[0].name = None
    with pytest.raises(SchemaError, match="expected str, got NoneType") as info:
        dumps(bad, Tree)
    assert info.value.where == ".leaves[0].name"
    bad = _tree()
    bad.loose = {"f": open}
    with pytest.raises(SchemaError):
        dumps(bad, Tree)
    with pytest.raises(SchemaError):
        dumps(Leaf("x", float("nan")), Leaf)


def test_only_classes_of_the_package_are_named_in_data():
    @dataclass
    class Outsider:
        x: int

    with pytest.raises(SchemaError, match="cannot store a Outsider"):
        dumps({"o": Outsider(1)}, dict)
    assert serial.from_data([["c", {"$class": "generator.model:Citation", "fields": {"source": "s", "sentence": "s2"}}]],
                            dict) == {"c": Citation("s", "s2")}


def test_real_facts_round_trip_to_the_same_briefing():
    """Every article's facts from the seeds, through JSON and back, give the very same briefing: the
    shared mentions (a quote's speaker is one of the article's mentions) stay one object."""
    from generator.analyse import analyse
    from generator.extract import ArticleFacts, extract_article
    from generator.readers import assign_ids, read_article
    from generator.reconcile import build_briefing

    from .conftest import SEEDS

    paths = sorted(p for p in SEEDS.iterdir() if p.is_file())
    articles = [read_article(p, root=SEEDS.parent) for p in paths]
    assign_ids(articles, paths)
    facts = [extract_article(a, d, None) for a, d in zip(articles, analyse(articles))]
    back = [loads(dumps(f, ArticleFacts), ArticleFacts) for f in facts]
    assert [dumps(f, ArticleFacts) for f in back] == [dumps(f, ArticleFacts) for f in facts]
    assert sum(len(f.quotes) for f in back) and sum(len(f.venues) for f in back)
    for f in back:
        mentions = {id(m) for m in f.entities.mentions}
        assert all(id(q.speaker) in mentions for q in f.quotes)
        assert all(id(v.mention) in mentions for v in f.venues)
    assert build_briefing(back).to_json() == build_briefing(facts).to_json()
