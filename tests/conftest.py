"""Shared fixtures: the seeds and the dev articles, read and built once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def dev_dir(tmp_path_factory) -> Path:
    """The dev articles (without gold.yml) in a folder of their own; skipped when shared/ is absent."""
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/dev is not here")
    out = tmp_path_factory.mktemp("dev") / "seeds"
    out.mkdir()
    for p in DEV.iterdir():
        if p.suffix in {".txt", ".md", ".html"}:
            shutil.copy(p, out / p.name)
    return out


@pytest.fixture(scope="session")
def seeds_result():
    from generator.pipeline import build

    return build(SEEDS)


@pytest.fixture(scope="session")
def dev_result(dev_dir):
    from generator.pipeline import build

    return build(dev_dir)


@pytest.fixture(scope="session")
def seeds_json(seeds_result):
    return seeds_result.briefing.to_json()


@pytest.fixture(scope="session")
def dev_json(dev_result):
    return dev_result.briefing.to_json()


def actor_named(data: dict, name: str) -> dict:
    from generator.text import key

    for a in data["actors"]:
        if key(name) in {key(a["name"]), *map(key, a["aliases"])}:
            return a
    raise AssertionError(f"no actor {name!r} in {[a['name'] for a in data['actors']]}")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The project as it is, built by plain `mkdocs build --strict` in a copy (nothing added)."""
    import subprocess
    import sys

    work = tmp_path_factory.mktemp("real") / "project"
    work.mkdir()
    for name in ("mkdocs.yml", "content", "templates", "seeds", "generator"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, work / name)
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    proc = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict"], cwd=work,
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return work / "site"


@pytest.fixture(scope="session")
def nlp():
    """The pinned spaCy pipeline, as the generator loads it (for rule tests on ``nlp("…")``)."""
    from generator.analyse import load_model, model_name

    return load_model(model_name())
