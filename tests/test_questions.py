"""Open questions: each cue family on small real texts, grouping across articles, and resolution."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import build


def briefing_of(tmp_path: Path, articles: dict[str, str]) -> dict:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return build(seeds).briefing.to_json()


def questions_of(tmp_path, text: str, name: str = "2024-03-05_story.txt") -> list[dict]:
    return briefing_of(tmp_path, {name: text})["questions"]


@pytest.mark.parametrize("text,expect", [
    ("Talks stall\n\nIt is still unclear whether the king himself will travel to Oslo for the signing.",
     "Will the king himself travel to Oslo"),
    ("Talks stall\n\nKey points remain unsettled, including the future of the port and who would run the border crossing.",
     "Who would run the border crossing?"),
    ("Talks stall\n\nThe ministers met on Monday, but no agreement was reached on fishing quotas.",
     "Will an agreement be reached on fishing quotas?"),
    ("Talks stall\n\nThe government said on Monday that the talks with the rebels are on hold.",
     "When will talks resume?"),
    ("Talks stall\n\nThe rebels said there can be no talks until a ceasefire is in place.",
     "ceasefire"),
    ("Talks stall\n\nPresident John Doe has threatened to impose tariffs on imports from the region.",
     "carry out the threat to impose tariffs"),
    ("Talks stall\n\nSpanish Prime Minister Ana Ruiz offered to host a summit in Madrid, but the rebels rejected that offer.",
     "be accepted?"),
    ("Talks stall\n\nThe rebels are seeking firm guarantees that the army will withdraw.",
     "guarantees"),
    ("Talks stall\n\nNo date has been set for the next round, the mediator said on Monday.",
     "When will the next round take place?"),
])
def test_cue_families(tmp_path, text, expect):
    qs = questions_of(tmp_path, text)
    assert any(expect in q["question"] for q in qs), [q["question"] for q in qs]
    assert all(q["question"].endswith("?") for q in qs)


def test_no_question_from_plain_reporting(tmp_path):
    qs = questions_of(tmp_path, "Ministers meet\n\nThe ministers met in Oslo on Monday and discussed trade. "
                                "They signed a fishing agreement.")
    assert qs == []


def test_grouped_across_articles_and_resolved_by_a_later_one(tmp_path):
    # the answer must share a participant with the question: two named sides, one track
    data = briefing_of(tmp_path, {
        "2024-03-05_pause.txt": "Talks paused\n\nColombia said on Tuesday that its talks with Ecuador are on hold.",
        "2024-03-12_pause-again.txt": "Still no talks\n\nEcuadorian spokesman Juan Perez said on Monday that negotiations "
                                      "with Colombia remain on hold.",
        "2024-04-02_resumed.txt": "Talks resume\n\nDirect talks between Colombia and Ecuador resumed in Geneva on Monday.",
    })
    assert len(data["tracks"]) == 1
    pause = [q for q in data["questions"] if q["question"] == "When will talks resume?"]
    assert len(pause) == 1  # one question for the three reports
    q = pause[0]
    assert {p["citation"]["source"] for p in q["positions"]} == {"2024-03-05-pause", "2024-03-12-pause-again"}
    assert q["status"] == "resolved" and "2024-04-01" in q["answer"]["text"]
    assert q["answer"]["citation"]["source"] == "2024-04-02-resumed"
    # resolved questions come after open ones
    statuses = [x["status"] for x in data["questions"]]
    assert statuses == sorted(statuses, key=lambda s: s == "resolved")


def test_question_stays_open_when_the_pause_is_the_latest_news(tmp_path):
    data = briefing_of(tmp_path, {
        "2024-04-02_resumed.txt": "Talks resume\n\nDirect talks between the government and the rebels resumed in Geneva on Monday.",
        "2024-05-06_pause.txt": "Talks paused\n\nThe government said on Monday that the talks with the rebels are on hold again.",
    })
    q = next(q for q in data["questions"] if q["question"] == "When will talks resume?")
    assert q["status"] == "open" and q["answer"] is None
