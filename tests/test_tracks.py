"""Tracks (issue 12): the corpus split into its negotiation tracks, questions kept to their track,
resolved only by a later event of that track that answers them, positions held by named actors."""
from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.kinds.frame import Frame
from generator.kinds.tracks import article_keys, group_articles
from generator.model import Actor, Article, Citation, Venue
from generator.pipeline import build

from .conftest import DEV, FIXTURES, SEEDS

TRACKS = FIXTURES / "tracks"  # two short stories of our own: a dialogue in one city, dam talks in another


def _frame(articles: dict[str, dict[str, int]], dates: dict[str, str] | None = None):
    """A corpus in miniature: article id → {actor or venue name: sentences naming it}."""
    facts, actors, venues = [], {}, {}
    for aid, names in articles.items():
        day = (dates or {}).get(aid, "2025-01-01")
        facts.append(SimpleNamespace(article=Article(aid, aid, aid, None, day, None, [], reference_date=day)))
        for name, n in names.items():
            table, make = (venues, lambda: Venue(name.lower(), name[1:], "city")) if name.startswith("@") else \
                (actors, lambda: Actor(name.lower(), name, "country"))
            x = table.setdefault(name, make())
            x.mentions += [Citation(aid, f"s{k}") for k in range(1, n + 1)]
    return Frame(facts), list(actors.values()), list(venues.values())


def _groups(frame, actors, venues) -> list[set[str]]:
    roots, _ = group_articles(frame, actors, venues)
    out: dict[int, set[str]] = {}
    for f, r in zip(frame.facts, roots):
        out.setdefault(r, set()).add(f.article.id)
    return sorted(out.values(), key=sorted)


def test_a_mediator_named_everywhere_does_not_glue_two_stories():
    # "Hub" mediates both negotiations and is named in every article; each story has its own two sides
    frame, actors, venues = _frame({
        "a1": {"Alba": 4, "Borea": 3, "Hub": 2, "@Xton": 1}, "a2": {"Alba": 2, "Borea": 3, "Hub": 3},
        "a3": {"Alba": 3, "Borea": 2, "Hub": 1, "@Xton": 2},
        "b1": {"Cora": 4, "Dune": 3, "Hub": 2}, "b2": {"Cora": 2, "Dune": 2, "Hub": 3, "@Yville": 2},
    })
    assert _groups(frame, actors, venues) == [{"a1", "a2", "a3"}, {"b1", "b2"}]


def test_one_story_is_one_track_even_when_one_article_names_one_side_only():
    frame, actors, venues = _frame({
        "a1": {"Alba": 4, "Borea": 3, "Hub": 2}, "a2": {"Alba": 2, "Borea": 3, "@Xton": 2},
        "a3": {"Alba": 3, "@Xton": 1},  # the spokesman of one side, at the venue: joins by its first key
    })
    assert _groups(frame, actors, venues) == [{"a1", "a2", "a3"}]


def test_groups_of_one_story_whose_article_cores_never_met_are_one_track():
    # a3 and a4 report the same talks from the mediator's side: Alba ranks fourth in each article, so no
    # article core pairs with a1/a2; the groups' own cores (read from all their articles) share Alba and Hub
    frame, actors, venues = _frame({
        "a1": {"Alba": 4, "Borea": 3, "Hub": 2}, "a2": {"Alba": 3, "Borea": 2},
        "a3": {"Hub": 6, "Ewa": 4, "Fay": 3, "Alba": 2}, "a4": {"Hub": 5, "Ewa": 3, "Fay": 2, "Alba": 2},
    })
    assert _groups(frame, actors, venues) == [{"a1", "a2", "a3", "a4"}]


def test_an_article_with_no_publication_date_is_not_kept_apart_by_the_day_it_names():
    # a2 prints no date: the only day it names is a war two years back, a lower bound of its publication
    frame, actors, venues = _frame({"a1": {"Alba": 4, "Borea": 3}, "a2": {"Alba": 3, "Borea": 2}},
                                   dates={"a1": "2025-12-03", "a2": "2023-10-08"})
    frame.facts[1].article.published = None
    assert _groups(frame, actors, venues) == [{"a1", "a2"}]


def test_the_same_two_sides_years_apart_are_two_tracks():
    frame, actors, venues = _frame({"old": {"Alba": 3, "Borea": 3}, "new": {"Alba": 3, "Borea": 2}},
                                   {"old": "2019-03-01", "new": "2025-03-01"})
    assert _groups(frame, actors, venues) == [{"new"}, {"old"}]


def test_an_article_sharing_only_a_hub_stays_apart():
    frame, actors, venues = _frame({
        "a1": {"Alba": 4, "Borea": 3, "Hub": 2}, "a2": {"Alba": 2, "Borea": 3, "Hub": 1},
        "c1": {"Cora": 5, "Hub": 2},
    })
    assert _groups(frame, actors, venues) == [{"a1", "a2"}, {"c1"}]


def test_groups_led_by_one_main_party_in_one_period_are_one_track_with_their_undated_article():
    # one story about Iria: its dealings with Mede and with Ustan form two groups sharing no pair (Iria, named
    # everywhere, weighs least); Unco is named in both; an undated report of a council vote (Kora, Rusa) joins too
    frame, actors, venues = _frame({
        "a1": {"Iria": 6, "Mede": 3, "Grossa": 2, "Hala": 2, "Unco": 1}, "a2": {"Iria": 5, "Mede": 2, "Grossa": 1, "Hala": 1},
        "b1": {"Iria": 6, "Ustan": 3, "Esse": 2, "Tana": 2, "Unco": 1}, "b2": {"Iria": 5, "Ustan": 2, "Esse": 1, "Tana": 1},
        "u1": {"Iria": 3, "Kora": 2, "Rusa": 2, "Unco": 1},
    }, dates={"a1": "2025-09-08", "a2": "2025-09-10", "b1": "2025-08-28", "b2": "2025-09-20", "u1": "2025-10-01"})
    frame.facts[4].article.published = None
    assert _groups(frame, actors, venues) == [{"a1", "a2", "b1", "b2", "u1"}]
    _, evidence = group_articles(frame, actors, venues)
    assert set(evidence.values()) == {"track:joined-by-main-party"}


def test_two_negotiations_of_one_party_stay_apart_at_one_time_and_months_apart():
    # Alba negotiates with Borea and with Cora in the same weeks: each is two-sided (Alba does not dominate)
    both = {"p1": {"Alba": 5, "Borea": 4, "Dara": 3, "Eko": 3, "Hub": 1}, "p2": {"Alba": 4, "Borea": 4, "Dara": 2, "Eko": 2},
            "c1": {"Alba": 5, "Cora": 4, "Fen": 3, "Gil": 3, "Hub": 1}, "c2": {"Alba": 4, "Cora": 5, "Fen": 2, "Gil": 2}}
    assert _groups(*_frame(both)) == [{"c1", "c2"}, {"p1", "p2"}]
    # an undated article about Alba that both negotiations could hold joins neither
    frame, actors, venues = _frame(both | {"u1": {"Alba": 6, "Hub": 2, "Zed": 1}})
    frame.facts[4].article.published = None
    assert _groups(frame, actors, venues) == [{"c1", "c2"}, {"p1", "p2"}, {"u1"}]
    # a story dominated by Alba in March, another in October: the same main party months apart
    dominated = {k: {n: (c * 3 if n == "Alba" else c) for n, c in v.items()} for k, v in both.items()}
    dates = {"p1": "2025-03-01", "p2": "2025-03-05", "c1": "2025-10-01", "c2": "2025-10-04"}
    assert _groups(*_frame(dominated, dates)) == [{"c1", "c2"}, {"p1", "p2"}]


def test_one_story_folder_gives_one_track(seeds_json):
    assert len(seeds_json["tracks"]) == 1
    track = seeds_json["tracks"][0]
    assert set(track["sources"]) == {s["id"] for s in seeds_json["sources"]}
    assert all(e["track"] == track["id"] for e in seeds_json["events"])
    assert all(q["track"] == track["id"] for q in seeds_json["questions"])


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> dict:
    """The seeds, the test articles and our two other stories in one folder."""
    folder = tmp_path_factory.mktemp("mixed") / "seeds"
    folder.mkdir()
    for src in [*SEEDS.iterdir(), *DEV.iterdir(), *TRACKS.iterdir()]:
        if src.suffix in {".txt", ".md", ".html"}:
            shutil.copy(src, folder / src.name)
    return build(folder).briefing.to_json()


def _track_of(data: dict, source: str) -> str:
    return next(t["id"] for t in data["tracks"] if source in t["sources"])


def test_mixed_folder_keeps_each_story_in_its_own_track(mixed):
    dialogue = {_track_of(mixed, s) for s in ("2025-03-03-dialogue-stalls", "2025-04-11-dialogue-resumes")}
    dam = {_track_of(mixed, s) for s in ("2025-03-20-dam-talks-cairo", "2025-04-02-dam-talks-washington")}
    seeds = {_track_of(mixed, s) for s in ("000-e73d90454896895b", "003-8ae4745abb7369f3")}
    assert len(dialogue) == len(dam) == len(seeds) == 1
    assert len(dialogue | dam | seeds) == 3
    ids = {t["id"] for t in mixed["tracks"]}
    assert all(e["track"] in ids for e in mixed["events"]) and all(q["track"] in ids for q in mixed["questions"])
    assert all(v["track"] in ids for v in mixed["venues"])


def test_every_answer_in_a_mixed_folder_comes_from_its_own_track(mixed):
    resolved = [q for q in mixed["questions"] if q["status"] == "resolved"]
    assert resolved
    for q in resolved:
        assert _track_of(mixed, q["answer"]["citation"]["source"]) == q["track"], q
        assert q["answer"]["evidence"].startswith("answer:")
        assert all(_track_of(mixed, p["citation"]["source"]) == q["track"] for p in q["positions"])


def test_next_round_is_answered_by_its_own_round_not_another_storys(mixed):
    # the dam talks held a round in between (20 March): under one heap of questions it answered the dialogue's
    dialogue = _track_of(mixed, "2025-03-03-dialogue-stalls")
    q = next(q for q in mixed["questions"] if q["track"] == dialogue and q["question"].startswith("When will the next round"))
    assert q["status"] == "resolved" and q["answer"]["citation"]["source"] == "2025-04-11-dialogue-resumes"
    assert q["answer"]["evidence"] == "answer:round-held"


def test_a_related_later_event_is_see_also_not_an_answer(mixed):
    dam = _track_of(mixed, "2025-03-20-dam-talks-cairo")
    q = next(q for q in mixed["questions"] if q["track"] == dam and "offer to host" in q["question"])
    assert q["status"] == "open" and q["answer"] is None
    events = {e["id"]: e for e in mixed["events"]}
    assert q["see_also"] and all(events[e]["track"] == dam for e in q["see_also"])


def test_positions_are_dated_in_order_and_name_a_holder_or_the_article(mixed):
    for q in mixed["questions"]:
        dates = [p["date"] or "" for p in q["positions"]]
        assert dates == sorted(dates)
        for p in q["positions"]:
            assert p["voice"] == ("actor" if p["actor"] else "article") and p["evidence"].startswith("position:")


def test_a_name_the_finding_merely_mentions_holds_no_position(mixed):
    # "No date has been set for the next round of talks between Serbia and Kosovo, … envoy … said": not Serbia's
    q = next(q for q in mixed["questions"] if q["track"] == _track_of(mixed, "2025-03-03-dialogue-stalls")
             and q["question"].startswith("When will the next round"))
    pos = q["positions"][0]
    # the extractor names no holder here (the parse joins the envoy to "Serbia and Kosovo"), so it is the article's
    assert pos["actor"] is None and pos["voice"] == "article"
    assert pos["evidence"] in {"position:named-but-not-holder", "position:article-voice"}


def test_track_status_is_its_latest_development_and_next_plan(mixed):
    events = {e["id"]: e for e in mixed["events"]}
    for t in mixed["tracks"]:
        if t["latest"]:
            e = events[t["latest"]]
            assert e["track"] == t["id"] and e["status"] != "planned"
            later = [x for x in mixed["events"] if x["track"] == t["id"] and x["status"] != "planned" and x["date"]
                     and x["date"] > e["date"] and x["date"][:10] <= (t["period"]["to"] or "")]
            assert not later, later
        if t["next"]:
            assert events[t["next"]]["status"] == "planned" and events[t["next"]]["track"] == t["id"]
    dialogue = next(t for t in mixed["tracks"] if "2025-04-11-dialogue-resumes" in t["sources"])
    assert dialogue["period"] == {"from": "2025-03-03", "to": "2025-04-11"}
    assert dialogue["evidence"] == "track:shared-core-pair"


def test_questions_page_groups_questions_by_track_in_collapsed_blocks(tmp_path, mixed):
    from generator.render import render_pages
    from generator.pipeline import build as build_again

    folder = tmp_path / "seeds"
    folder.mkdir()
    for src in TRACKS.iterdir():
        shutil.copy(src, folder / src.name)
    b = build_again(folder).briefing
    page = render_pages(b, Path(__file__).resolve().parent.parent / "templates")["questions.md"]
    for t in b.tracks:
        if any(q.track == t.id for q in b.questions):
            assert f'<h2 id="{t.id}">' in page
    assert page.count('\n<details class="question">') + page.count('\n<details class="success">') == len(b.questions)
    home = render_pages(b, Path(__file__).resolve().parent.parent / "templates")["index.md"]
    asked = {q.track for q in b.questions}
    assert "## Tracks" in home and all((f"questions.md#{t.id}" in home) == (t.id in asked) for t in b.tracks)


def test_people_count_for_the_country_they_act_for_even_when_no_article_names_it_as_an_actor():
    # two articles on the same two sides' talks, each with its own negotiators: "Indian minister X", "Chinese
    # envoy Y"; neither country is an actor of its own (no article makes it the subject of anything)
    frame, _, venues = _frame({"a1": {"@Xton": 1}, "a2": {"@Yville": 1}, "b1": {"@Zburg": 1}})
    people = [("p1", "a1", "India"), ("p2", "a1", "China"), ("p3", "a2", "India"), ("p4", "a2", "China"),
              ("p5", "b1", "India"), ("p6", "b1", "Not A Country")]
    actors = [Actor(pid, pid, "person", affiliation=aff, mentions=[Citation(aid, f"s{k}") for k in (1, 2, 3)])
              for pid, aid, aff in people]
    assert _groups(frame, actors, venues) == [{"a1", "a2"}, {"b1"}]


def test_an_article_alone_joins_the_one_track_whose_sides_it_names():
    # c1's core is its own local commanders' groups (named nowhere else); it still names both sides of the story
    frame, actors, venues = _frame({"a1": {"Norland": 3, "Sudria": 2, "@Xton": 1},
                                    "a2": {"Norland": 2, "Sudria": 2, "@Xton": 1},
                                    "c1": {"Hill Front": 3, "River Guard": 3, "Valley Corps": 2, "Norland": 1, "Sudria": 1}})
    assert _groups(frame, actors, venues) == [{"a1", "a2", "c1"}]
    # naming one side only, it stays alone
    frame, actors, venues = _frame({"a1": {"Norland": 3, "Sudria": 2, "@Xton": 1},
                                    "a2": {"Norland": 2, "Sudria": 2, "@Xton": 1},
                                    "c1": {"Hill Front": 3, "River Guard": 3, "Valley Corps": 2, "Norland": 1}})
    assert _groups(frame, actors, venues) == [{"a1", "a2"}, {"c1"}]


def test_a_person_or_place_read_as_an_actor_acting_for_no_one_splits_no_track():
    frame, actors, venues = _frame({"a1": {"Norland": 2, "Sudria": 2}, "a2": {"Norland": 2, "Sudria": 2}})
    strays = [Actor("townx", "Townx", "person", mentions=[Citation("a2", f"s{k}") for k in (1, 2, 3, 4)]),
              Actor("envoy", "Envoy", "person", affiliation="SLF",
                    mentions=[Citation("a1", f"s{k}") for k in (1, 2, 3, 4)])]
    front = Actor("slf", "Sudria Liberation Front", "organization", aliases=["SLF"],
                  mentions=[Citation("a2", "s1")])
    roots, _ = group_articles(frame, actors + strays + [front], venues)
    assert len(set(roots)) == 1
    keys = article_keys(frame, actors + strays + [front], venues)
    assert "townx" not in keys[1] and keys[0]["slf"] == 4  # the envoy counts for the front named by its short name
