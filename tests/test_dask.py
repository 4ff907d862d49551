"""The dask executor (generator/executors.py): the same briefing and pages, byte for byte, as the
local process pool, on a 2-worker LocalCluster; a worker killed in mid-build; failures that name
the article; the executor setting."""
from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

from generator import executors
from generator.errors import ArticleError, BriefingError
from generator.export import to_json_text
from generator.pipeline import build
from generator.render import render_pages

from .conftest import ROOT, SEEDS

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds and 100 generated articles in one folder."""
    from bench.make_corpus import make_corpus

    seeds = tmp_path_factory.mktemp("dask") / "seeds"
    make_corpus(100, seeds)
    for p in SEEDS.iterdir():
        shutil.copy(p, seeds / p.name)
    return seeds


@pytest.fixture(scope="module")
def local_output(corpus):
    result = build(corpus, workers=2, executor="local")
    return to_json_text(result.briefing), render_pages(result.briefing, ROOT / "templates")


def test_dask_local_cluster_gives_the_same_bytes(corpus, local_output):
    result = build(corpus, workers=2, executor="dask")  # no address: a LocalCluster of 2 workers
    n = len(list(corpus.iterdir()))
    assert result.stats.analysed == n == result.stats.articles == 102
    text, pages = local_output
    assert to_json_text(result.briefing) == text
    assert render_pages(result.briefing, ROOT / "templates") == pages


class KillOnFirstUpdate:
    """Stands in for the progress bar: kills a worker when the first batch comes back."""

    def __init__(self, pid: int):
        self.pid, self.total = pid, 0

    def update(self, n):
        if self.total == 0:
            os.kill(self.pid, signal.SIGKILL)
        self.total += n

    def set_postfix_str(self, text):
        pass

    def close(self):
        pass


def test_a_worker_killed_mid_build_is_replaced_and_the_build_finishes(corpus, local_output, monkeypatch, tmp_path):
    from distributed import Client

    from generator.analyse import model_name

    with executors.local_cluster(2, model_name()) as cluster, Client(cluster, set_as_default=False) as client:
        before = sorted(client.run(os.getpid).values())
        bar = KillOnFirstUpdate(before[0])
        monkeypatch.setattr("generator.pipeline._progress", lambda total, enabled, label: bar)
        monkeypatch.setenv("BRIEFING_SCHEDULER", cluster.scheduler_address)  # the address alone means dask
        result = build(corpus, cache_dir=tmp_path / "cache")
        client.wait_for_workers(2, timeout=60)
        after = client.run(os.getpid).values()
    assert before[0] not in after  # that worker did die, and its nanny started another
    assert bar.total == 102  # every article went through the progress bar once
    text, pages = local_output
    assert to_json_text(result.briefing) == text
    assert render_pages(result.briefing, ROOT / "templates") == pages
    # the client wrote the facts to its own cache: the next build analyses nothing
    monkeypatch.delenv("BRIEFING_SCHEDULER")
    again = build(corpus, cache_dir=tmp_path / "cache", executor="local")
    assert again.stats.analysed == 0 and to_json_text(again.briefing) == text


@pytest.fixture(scope="module")
def threads_cluster():
    """A Dask cluster inside this process (threads): what is patched here is patched on its worker."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0") as cluster:
        yield cluster.scheduler_address


def test_a_failing_article_is_named(threads_cluster, monkeypatch):
    import generator.pipeline as pipeline

    real = pipeline.extract_article
    bad = sorted(SEEDS.iterdir())[-1].name

    def extract(article, doc, hint):
        if article.path.endswith(bad):
            raise ValueError("no parse")
        return real(article, doc, hint)

    monkeypatch.setattr(pipeline, "extract_article", extract)
    # one article never stops the others: on a worker too, its failure is its own one-line problem
    result = build(SEEDS, scheduler=threads_cluster)
    assert [(p.path, p.problem) for p in result.problems] == [(f"seeds/{bad}", "extraction failed (ValueError: no parse)")]
    assert [s.path for s in result.briefing.sources] == [f"seeds/{p.name}" for p in sorted(SEEDS.iterdir())[:-1]]
    with pytest.raises(ArticleError) as err:  # and under strict it stops the build, naming the article
        build(SEEDS, scheduler=threads_cluster, strict=True)
    assert err.value.path == f"seeds/{bad}" and err.value.problem == "extraction failed (ValueError: no parse)"


def test_a_worker_with_other_code_is_refused(threads_cluster, monkeypatch):
    from generator.analyse import model_name

    monkeypatch.setitem(executors._READY, model_name(), "another-version")
    with pytest.raises(BriefingError, match=r"the Dask worker \S+ runs another version of the generator"):
        build(SEEDS, scheduler=threads_cluster)


def test_executor_setting(monkeypatch):
    from generator.pipeline import analyse_and_extract

    monkeypatch.delenv("BRIEFING_EXECUTOR", raising=False)
    monkeypatch.delenv("BRIEFING_SCHEDULER", raising=False)
    assert executors.choose_executor() is analyse_and_extract
    assert executors.choose_executor("dask") is not analyse_and_extract
    monkeypatch.setenv("BRIEFING_EXECUTOR", "dask")
    assert executors.choose_executor() is not analyse_and_extract
    assert executors.choose_executor("local") is analyse_and_extract  # the explicit setting wins
    monkeypatch.setenv("BRIEFING_EXECUTOR", "spark")
    with pytest.raises(BriefingError, match="executor 'spark' is not one of: local, dask"):
        build(SEEDS)
    monkeypatch.delenv("BRIEFING_EXECUTOR")
    with pytest.raises(BriefingError, match="needs the dask executor"):
        executors.choose_executor("local", "tcp://127.0.0.1:8786")


def test_unreachable_scheduler_is_one_line(monkeypatch, tmp_path):
    from bench.make_corpus import make_corpus

    make_corpus(3, tmp_path / "seeds")
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(BriefingError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9: ") as err:
        build(tmp_path / "seeds", scheduler="tcp://127.0.0.1:9")
    assert "\n" not in str(err.value)


def test_mkdocs_site_is_the_same_on_dask(real_site, tmp_path):
    """`mkdocs build` with BRIEFING_SCHEDULER set gives the same site, byte for byte, analysed on Dask."""
    import subprocess
    import sys

    from distributed import Client, LocalCluster

    work = tmp_path / "project"
    shutil.copytree(real_site.parent, work, ignore=shutil.ignore_patterns("site", ".briefing", ".site*"))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster, set_as_default=False) as client:
        env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
               "BRIEFING_SCHEDULER": cluster.scheduler_address}
        proc = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict"], cwd=work,
                              capture_output=True, text=True, env=env)
        assert proc.returncode == 0, proc.stderr[-3000:]
        ran = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert any(p.startswith("briefing-analyse") for p in ran)  # the articles were analysed on the cluster
    ours = {p.relative_to(work / "site"): p.read_bytes() for p in (work / "site").rglob("*") if p.is_file()}
    theirs = {p.relative_to(real_site): p.read_bytes() for p in real_site.rglob("*") if p.is_file()}
    assert ours.keys() == theirs.keys()
    assert [k for k in ours if ours[k] != theirs[k]] == []
