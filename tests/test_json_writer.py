"""briefing.json's writer (generator/export.py) writes json.dumps(indent=2, ensure_ascii=False)'s text."""
from __future__ import annotations

import json

from hypothesis import example, given, settings, strategies as st

from generator.export import dumps_indented

LEAF = st.one_of(st.text(), st.integers(), st.floats(), st.booleans(), st.none())
KEY = st.one_of(st.text(max_size=8), st.integers())  # a key that is not text goes to json.dumps


@settings(max_examples=300, deadline=None)
@given(st.recursive(LEAF, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                    | st.dictionaries(KEY, inner, max_size=4), max_leaves=30))
@example({"a": [], "b": {}, "c": [{"x": float("nan")}], "d": "é\u2028\"\\"})
@example([1.5, -0.0, 1e300, 10 ** 30, True, None, "\x00"])
def test_the_same_text_as_json_dumps(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)
