"""Fast rebuilds: only the pages whose inputs changed are rendered, and the result is what a full render gives."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.pipeline import build
from generator.render import JSON_ITEMS, MANIFEST, render_pages, stage_pages

from .conftest import DEV, ROOT

TEMPLATES = ROOT / "templates"


def _pages(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_bytes().decode("utf-8") for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in (MANIFEST, JSON_ITEMS)}


@pytest.fixture()
def corpus(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    names = sorted(p.name for p in DEV.iterdir())
    for name in names[:3]:
        shutil.copy(DEV / name, seeds / name)
    return seeds, tmp_path / "cache", tmp_path / "pages", names


def _stage(seeds, cache, out):
    b = build(seeds, cache_dir=cache).briefing
    staged = stage_pages(b, out, TEMPLATES)
    counts = staged.rendered, len(staged.written)
    staged.publish()
    return b, counts


def test_unchanged_briefing_renders_only_the_index_pages(corpus):
    seeds, cache, out, _ = corpus
    _stage(seeds, cache, out)
    first = {p: (out / p).stat().st_ino for p in _pages(out)}
    b, (rendered, total) = _stage(seeds, cache, out)
    assert rendered == 6 + 3 and total >= 30  # index pages (and month pages of a long timeline), the world map, the JSON and the calendar
    kept = [p for p in _pages(out) if p.startswith(("actors/", "sources/", "venues/")) and not p.endswith("index.md")]
    assert kept and all((out / p).stat().st_ino == first[p] for p in kept)  # linked from the last build, not rewritten


def test_adding_and_removing_articles_gives_what_a_full_render_gives(corpus):
    seeds, cache, out, names = corpus
    _stage(seeds, cache, out)
    shutil.copy(DEV / names[3], seeds / names[3])
    b, (rendered, total) = _stage(seeds, cache, out)
    assert rendered < total  # some pages were kept ...
    assert _pages(out) == render_pages(b, TEMPLATES)  # ... and every page is what a full render writes
    (seeds / names[0]).unlink()
    b, _ = _stage(seeds, cache, out)
    assert _pages(out) == render_pages(b, TEMPLATES)
    gone = names[0].rsplit(".", 1)[0].replace("_", "-")
    assert f"sources/{gone}.md" not in _pages(out)  # the page of a removed article is gone


def test_a_changed_template_renders_every_page(corpus, tmp_path):
    seeds, cache, out, _ = corpus
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    b = build(seeds, cache_dir=cache).briefing
    stage_pages(b, out, templates).publish()
    (templates / "actor.md.j2").write_text((templates / "actor.md.j2").read_text() + "\nChanged.\n", encoding="utf-8")
    staged = stage_pages(b, out, templates)
    assert staged.rendered == len(staged.written)
    staged.publish()
    assert all(text.endswith("Changed.\n") for rel, text in _pages(out).items()
               if rel.startswith("actors/") and rel != "actors/index.md")


def test_the_same_briefing_key_links_every_page_and_renders_none(corpus):
    seeds, cache, out, _ = corpus
    result = build(seeds, cache_dir=cache)
    assert result.key is not None  # the corpus key, from the cache
    stage_pages(result.briefing, out, TEMPLATES, briefing_key=result.key).publish()
    first = {p: (out / p).stat().st_ino for p in _pages(out)}
    again = build(seeds, cache_dir=cache)
    assert again.key == result.key
    staged = stage_pages(again.briefing, out, TEMPLATES, briefing_key=again.key)
    assert staged.rendered == 0 and sorted(staged.written) == sorted(first)
    staged.publish()
    assert {p: (out / p).stat().st_ino for p in _pages(out)} == first  # every page the last build's own file
    (out / "timeline.md").unlink()  # a page of the last build is missing: render as usual
    staged = stage_pages(again.briefing, out, TEMPLATES, briefing_key=again.key)
    assert staged.rendered == 6 + 3
    staged.publish()
    assert _pages(out) == render_pages(again.briefing, TEMPLATES)
    staged = stage_pages(again.briefing, out, TEMPLATES, briefing_key="another corpus")
    assert staged.rendered == 6 + 3  # another key: only the pages whose own key changed (the index pages)
    staged.discard()


def test_relative_links_are_posixpaths():
    """render.relpath gives posixpath.relpath's answer between docs paths without asking the working folder."""
    import itertools
    import posixpath

    from generator.render import relpath

    segments = ["a", "b", "index.md", "x.md", ".", "..", "", "a/b", "sources/x.md", "timeline/2025-01.md"]
    for parts in itertools.product(segments, repeat=4):
        path, start = "/".join(x for x in parts[:2] if x) or ".", "/".join(x for x in parts[2:] if x) or "."
        assert relpath(path, start) == posixpath.relpath(path, start), (path, start)


def test_a_question_track_changed_renders_again_and_the_others_are_kept(tmp_path):
    """With a page per track (questionpages), each track's questions page is keyed like an entity page: a
    question changed in one track renders that track's page again and keeps the others, and every page is
    what a full render gives."""
    from .test_ui import _many_questions

    b = _many_questions()
    out = tmp_path / "pages"
    stage_pages(b, out, TEMPLATES).publish()
    b.questions[0].question = "Will a changed step happen?"
    staged = stage_pages(b, out, TEMPLATES)
    staged.publish()
    full = render_pages(b, TEMPLATES)
    assert _pages(out) == full
    tracks = [p for p in full if p.startswith("questions/")]
    assert len(tracks) == 5
    # the index pages, the map, the JSON, the calendar, the changed track's page and the actor's (it lists the question)
    assert staged.rendered == 6 + 3 + 1 + 1


def test_month_pages_are_kept_by_their_key_and_match_a_full_render(tmp_path):
    """On a long timeline each older month has its own page, keyed like an entity page: an event changed in
    one month renders that month's page again and keeps the others, and every page is what a full render gives."""
    import datetime as dt

    from generator.model import Citation, Event

    from .test_ui import small_briefing

    b = small_briefing()
    first = dt.date(2025, 1, 1)
    b.events = [Event(f"e{i:03d}", (first + dt.timedelta(days=(i * 7) % 150)).isoformat(), "day", False, f"event {i}",
                      actors=["anna-example"], type="meeting", citations=[Citation("wire-report", "s1")])
                for i in range(200)]
    out = tmp_path / "pages"
    stage_pages(b, out, TEMPLATES).publish()
    feb = next(e for e in b.events if e.date.startswith("2025-02"))
    feb.summary = "a changed summary"
    staged = stage_pages(b, out, TEMPLATES)
    staged.publish()
    full = render_pages(b, TEMPLATES)
    assert _pages(out) == full
    months = [p for p in full if p.startswith("timeline/")]
    # the index pages, the map, the JSON, the calendar, February's page and the actor's (it lists the event)
    assert len(months) == 4 and staged.rendered == 6 + 3 + 1 + 1


def test_briefing_json_item_by_item_is_the_export_byte_for_byte():
    """export.to_json_items writes the same text as to_json_text, and each item's span is that item's JSON."""
    import json

    from generator.export import to_json_items, to_json_text
    from generator.model import JSON_LISTS

    from .test_ui import _many_questions, small_briefing

    for b in (small_briefing(), _many_questions()):
        text, spans = to_json_items(b)
        assert text == to_json_text(b)
        items = [x for key, _ in JSON_LISTS for x in getattr(b, key)]
        assert [item for item, _, _ in spans] == items
        for (item, start, end), (key, item_json) in zip(spans, [(k, f) for k, f in JSON_LISTS for _ in getattr(b, k)]):
            assert json.loads(text[start:end]) == json.loads(json.dumps(item_json(item)))
        reused, _ = to_json_items(b, lambda item: dict((id(i), text[s:e]) for i, s, e in spans).get(id(item)))
        assert reused == text


def test_briefing_json_reuses_unchanged_items_and_stays_what_a_full_render_writes(tmp_path):
    """A rebuild takes the JSON of unchanged items from the last briefing.json (through its index), and the file
    is what a cold render writes; a briefing.json changed by hand is not trusted (its index no longer matches)."""
    import json

    from generator.export import to_json_text

    from .test_ui import _many_questions

    b = _many_questions()
    out = tmp_path / "pages"
    stage_pages(b, out, TEMPLATES).publish()
    index = json.loads((out / JSON_ITEMS).read_text(encoding="utf-8"))
    assert len(index["items"]) >= len(b.questions)
    b.questions[0].question = "Will a changed step happen?"
    stage_pages(b, out, TEMPLATES).publish()
    assert (out / "briefing.json").read_text(encoding="utf-8") == to_json_text(b)
    assert _pages(out) == render_pages(b, TEMPLATES)
    (out / "briefing.json").write_text((out / "briefing.json").read_text(encoding="utf-8").replace("changed", "edited"),
                                       encoding="utf-8")
    b.questions[1].question = "Will another step follow?"
    stage_pages(b, out, TEMPLATES).publish()
    assert (out / "briefing.json").read_text(encoding="utf-8") == to_json_text(b)


def test_nothing_changed_keeps_the_index_of_briefing_json(corpus):
    """A build that links every page (the same briefing key) keeps briefing.json's index beside it."""
    seeds, cache, out, _ = corpus
    result = build(seeds, cache_dir=cache)
    stage_pages(result.briefing, out, TEMPLATES, briefing_key=result.key).publish()
    staged = stage_pages(result.briefing, out, TEMPLATES, briefing_key=result.key)
    assert staged.rendered == 0
    staged.publish()
    assert (out / JSON_ITEMS).is_file()
