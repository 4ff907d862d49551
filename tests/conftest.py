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
