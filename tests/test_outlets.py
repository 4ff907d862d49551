"""Outlets, agencies, platforms, bylines and photographers are never actors (fixtures written in
the shapes of real wire copy: tests/fixtures/real-formats)."""
from __future__ import annotations

import shutil

import pytest

from generator.extract.outlets import _is_outlet
from generator.text import key

from .conftest import FIXTURES

NOT_ACTORS = ["IANS", "TASS", "AP", "Associated Press", "AFP", "X",  # agencies, platforms
              "Maria Lopez", "Karl Weber", "Anna Berger", "Pavel Dusek (@pdusek)"]  # byline, photographers, a post's signature


@pytest.fixture(scope="module")
def formats_result(tmp_path_factory):
    from generator.pipeline import build

    seeds = tmp_path_factory.mktemp("formats") / "seeds"
    shutil.copytree(FIXTURES / "real-formats", seeds)
    return build(seeds)


def test_no_outlet_agency_byline_or_credit_among_actors(formats_result):
    names = {key(n) for a in formats_result.briefing.actors for n in [a.name, *a.aliases]}
    assert not names & {key(n) for n in NOT_ACTORS}
    assert {"tamas orban", "lena hofer", "oleg varin"} <= {key(a.name) for a in formats_result.briefing.actors}


def test_dateline_agencies_and_cited_outlets(formats_result):
    sources = {s.id: s for s in formats_result.briefing.sources}
    assert sources["ap-dateline-byline"].outlet == "AP"
    assert "Associated Press" in sources["ap-dateline-byline"].cited_outlets  # "told The Associated Press"
    assert sources["wire-dateline-tass"].outlet == "TASS"
    assert sources["wire-dateline-tass"].published == "2025-10-26"  # the dateline's day, the corpus's year


@pytest.mark.parametrize("name,own,want", [
    ("Reuters", set(), True),
    ("the IRNA news agency", set(), True),
    ("Valley Herald", {key("Valley Herald")}, True),  # the source's own outlet
    ("Telegram", set(), True),
    ("Lena Hofer", set(), False),
    ("Foreign Ministry", set(), False),
    ("Harbour Waves Online News", {key("HarbourWaves")}, True),  # the source's outlet written as one word
])
def test_outlet_names(name, own, want):
    assert _is_outlet(name, own) is want


@pytest.mark.parametrize("name,want", [
    ("Harbour Online News", True), ("The Valley Times", True), ("Port Aster Chronicle", True),
    ("News", False), ("Joint Border Commission", False), ("Valley Times Square Council", False),
])
def test_a_name_ending_as_a_papers_does_is_an_outlet(name, want):
    from generator.extract.outlets import _named_as_outlet

    assert _named_as_outlet(name) is want


def test_a_numbered_statement_gives_people_and_bodies_not_its_furniture(formats_result):
    """joint-statement-numbered.txt: honorifics ("H.E.", "Tan Sri", "(Ret.)"), "The Meeting", an acronym of a common
    noun phrase ("terms of reference (TOR)"), numbered paragraphs and an agency's credit after the last sentence."""
    names = {key(n) for a in formats_result.briefing.actors for n in [a.name, *a.aliases]}
    assert {"anton melnik", "ahmad zaki", "joint border committee"} <= names
    assert not names & {"ret", "tor", "meeting", "h e general", "wire agency", "tan sri ahmad zaki"}
    src = next(s for s in formats_result.briefing.sources if s.id == "joint-statement-numbered")
    assert src.published == "2025-08-07"
    assert not any(s.text[:2] in {"1.", "2.", "3."} or "Wire Agency" in s.text for s in src.sentences)
    assert {"text": "- Wire Agency", "reason": "credit"} in src.furniture
