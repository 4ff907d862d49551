"""The code-shape rule of the project, measured with radon: no function in generator/ is longer than 60
lines or has a cyclomatic complexity over 25."""
from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity")

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
MAX_LINES, MAX_COMPLEXITY = 60, 25


def _functions():
    for path in sorted(GENERATOR.rglob("*.py")):
        for block in radon_complexity.cc_visit(path.read_text(encoding="utf-8")):
            if block.letter in "FM":  # functions and methods (classes are counted through them)
                yield path.relative_to(GENERATOR.parent), block


def test_radon_sees_the_generator():
    assert sum(1 for _ in _functions()) > 100


def test_no_function_over_60_lines_or_complexity_over_25():
    offenders = [f"{path}:{f.lineno} {f.name}: {f.endline - f.lineno + 1} lines, complexity {f.complexity}"
                 for path, f in _functions()
                 if f.endline - f.lineno + 1 > MAX_LINES or f.complexity > MAX_COMPLEXITY]
    assert not offenders, "\n".join(offenders)


def test_no_test_module_defines_a_test_twice():
    # a second "def test_x" in one module silently hides the first: its assertions would never run
    import ast
    from collections import Counter

    twice = []
    for path in sorted(Path(__file__).resolve().parent.glob("test_*.py")):
        names = Counter(n.name for n in ast.parse(path.read_text(encoding="utf-8")).body
                        if isinstance(n, ast.FunctionDef) and n.name.startswith("test_"))
        twice += [f"{path.name}: {name}" for name, k in names.items() if k > 1]
    assert not twice, "\n".join(twice)
