"""Shared fixtures: the seeds and the dev articles, read and built once per session."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEV = FIXTURES / "dev"  # five articles written for the tests (a .txt with a dateline, .md, .html, an undated one)


def corpus_json(tmp_path: Path, articles: dict[str, str]) -> dict:
    """Build a corpus of the given articles (file name → text) and return its export."""
    from generator.pipeline import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return build(seeds, workers=1).briefing.to_json()


def actors_of(tmp_path: Path, articles: dict[str, str]) -> dict[str, dict]:
    """Build a corpus of the given articles (file name → text) and return its exported actors by name."""
    return {a["name"]: a for a in corpus_json(tmp_path, articles)["actors"]}


@pytest.fixture(scope="session")
def dev_dir(tmp_path_factory) -> Path:
    """The test articles in a folder of their own (the suite needs nothing beside the project)."""
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


def zensical_build(work: Path) -> subprocess.CompletedProcess:
    """`make site ENGINE=zensical` in ``work``: the complete docs folder, then Zensical."""
    bin_ = Path(sys.executable).parent
    env = {"NO_COLOR": "1", "PATH": f"{bin_}:/usr/bin:/bin", "HOME": str(work)}
    pages = subprocess.run([str(bin_ / "python"), "-m", "generator", "pages", "-q"], cwd=work, capture_output=True,
                           text=True, env=env)
    assert pages.returncode == 0, pages.stderr[-3000:]
    return subprocess.run([str(bin_ / "zensical"), "build", "-f", "zensical.yml", "--clean"], cwd=work,
                          capture_output=True, text=True, env=env)


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory) -> Path:
    """The project as it is, built by Zensical from the docs folder `python -m generator pages` writes."""
    work = tmp_path_factory.mktemp("zensical") / "project"
    work.mkdir()
    for name in ("mkdocs.yml", "zensical.yml", "content", "templates", "seeds"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, work / name)
    proc = zensical_build(work)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "No issues found" in proc.stdout + proc.stderr, (proc.stdout + proc.stderr)[-3000:]  # no broken anchor
    return work / "site"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The project as it is, built by plain `mkdocs build --strict` in a copy (nothing added)."""
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
