"""Nothing in generator/ turns data into code: no pickle loading, no marshal, no YAML loader that
builds arbitrary objects. The package's source is read (as syntax trees, so comments and strings
do not count) and every use of those is reported with its file and line."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

BANNED_MODULES = {"pickle", "_pickle", "cPickle", "marshal", "shelve", "dill", "cloudpickle", "jsonpickle"}
BANNED_YAML = {"unsafe_load", "unsafe_load_all", "full_load", "full_load_all", "UnsafeLoader", "FullLoader", "Loader",
               "CLoader", "CFullLoader", "CUnsafeLoader"}
YAML_LOAD = {"load", "load_all"}


def _safe_loaders(tree: ast.Module) -> set[str]:
    """Names of loader classes in this file that derive from a safe loader (BaseLoader, SafeLoader …)."""
    safe: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            bases = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
            if any(b in {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"} or b in safe for b in bases):
                safe.add(node.name)
    return safe


def _loader_is_safe(call: ast.Call, safe: set[str]) -> bool:
    loader = next((k.value for k in call.keywords if k.arg == "Loader"), call.args[1] if len(call.args) > 1 else None)
    if loader is None:
        return False
    name = ast.unparse(loader).rsplit(".", 1)[-1]
    return name in {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"} or name in safe


def _imports(node) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name.split(".")[0] for a in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        return [node.module.split(".")[0]]
    return []


def _from_yaml(node) -> list[str]:
    if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "yaml":
        return [a.name for a in node.names]
    return []


def unsafe_uses(source: str, filename: str = "<source>") -> list[str]:
    """Every place in ``source`` that loads data as code: ``file:line: what``."""
    tree = ast.parse(source, filename)
    safe = _safe_loaders(tree)
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        for module in _imports(node):
            if module in BANNED_MODULES:
                found.append(f"{filename}:{line}: imports {module}")
        for name in _from_yaml(node):
            if name in BANNED_YAML | YAML_LOAD:
                found.append(f"{filename}:{line}: imports yaml.{name}")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "yaml" and node.attr in BANNED_YAML:
                found.append(f"{filename}:{line}: yaml.{node.attr}")
            if node.value.id in BANNED_MODULES:
                found.append(f"{filename}:{line}: {node.value.id}.{node.attr}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in YAML_LOAD \
                and ast.unparse(node.func.value) == "yaml" and not _loader_is_safe(node, safe):
            found.append(f"{filename}:{line}: yaml.{node.func.attr} without a safe loader")
        if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("YAML") and any(
                k.arg == "typ" and isinstance(k.value, ast.Constant) and k.value.value in {"unsafe", "full"}
                for k in node.keywords):
            found.append(f"{filename}:{line}: ruamel YAML(typ={node.keywords[0].value.value!r})")
    return found


def test_the_package_never_loads_data_as_code():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 10
    found = [hit for path in files for hit in unsafe_uses(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))]
    assert found == []


def test_the_check_sees_each_way_of_loading_code():
    bad = {
        "import pickle\npickle.load(fh)\n": 2,
        "from pickle import loads\n": 1,
        "import marshal\n": 1,
        "import shelve\n": 1,
        "import yaml\nyaml.load(text)\n": 1,
        "import yaml\nyaml.load(text, Loader=yaml.Loader)\n": 2,
        "import yaml\nyaml.load(text, yaml.FullLoader)\n": 2,
        "import yaml\nyaml.unsafe_load(text)\n": 1,
        "import yaml\nyaml.full_load(text)\n": 1,
        "from yaml import load\n": 1,
        "from ruamel.yaml import YAML\nYAML(typ='unsafe').load(text)\n": 1,
    }
    for source, count in bad.items():
        assert len(unsafe_uses(source)) == count, source
    good = [
        "import yaml\nyaml.safe_load(text)\n",
        "import yaml\nyaml.load(text, Loader=yaml.SafeLoader)\n",
        "import yaml\nclass Strict(yaml.SafeLoader):\n    pass\nclass Stricter(Strict):\n    pass\n"
        "yaml.load(text, Loader=Stricter)\n",
        "import json\njson.loads(text)\n",
        "# pickle.load in a comment\nx = 'pickle.load'\n",
    ]
    for source in good:
        assert unsafe_uses(source) == [], source
