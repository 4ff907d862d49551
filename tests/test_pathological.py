"""Pathological and failing articles: each is refused with its one-line message or built with a note,
and the other articles still build. Outcomes only: durations are measured by `make bench`
(bench/pathological.py, whose generators these tests share)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench import pathological
from generator.errors import ArticleError
from generator.pipeline import build


def _case(name: str, tmp_path: Path) -> tuple[Path, str]:
    seeds = tmp_path / "seeds"
    path = pathological.write_case(name, seeds)
    return seeds, path.name


def _refused(seeds: Path, file_name: str) -> str:
    result = build(seeds)
    assert [s.path.split("/")[-1] for s in result.briefing.sources] == ["ordinary.txt"]
    messages = {Path(p.path).name: p.problem for p in result.problems}
    assert "\n" not in messages[file_name]
    return messages[file_name]


def test_one_letter_sentences_are_refused_by_the_token_budget(tmp_path):
    seeds, name = _case("100,000 one-letter sentences", tmp_path)
    assert re.fullmatch(r"article has [\d,]+ words and punctuation marks, more than the 8,000 an article may "
                        r"have \(split it into several files\)", _refused(seeds, name))


def test_long_prose_is_refused_by_the_token_budget(tmp_path):
    seeds, name = _case("295,000 characters of prose", tmp_path)
    assert "more than the 8,000 an article may have" in _refused(seeds, name)


def test_runs_of_spaces_and_punctuation_are_bounded(tmp_path):
    seeds, name = _case("spaces and punctuation", tmp_path)
    assert re.search(r"more than the [\d,]+ (an article|a sentence) may have", _refused(seeds, name))


def test_sentence_budget(tmp_path):
    from generator.analyse import MAX_SENTENCE_CHARS

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ordinary.txt").write_text(pathological.GOOD, encoding="utf-8")
    words = " ".join(["delegates and officials and envoys"] * (MAX_SENTENCE_CHARS // 30))
    (seeds / "run-on.txt").write_text(f"A run-on sentence\n\nThe minister said that {words} met in Geneva.\n",
                                      encoding="utf-8")
    assert re.fullmatch(r"sentence 1 has [\d,]+ characters, more than the 3,000 a sentence may have: not prose",
                        _refused(seeds, "run-on.txt"))


def test_sentence_count_budget(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ordinary.txt").write_text(pathological.GOOD, encoding="utf-8")
    lines = "\n".join(f"Round {i} ended." for i in range(1_600))  # distinct: repeated lines are page furniture
    (seeds / "many.txt").write_text(f"Many sentences\n\n{lines}\n", encoding="utf-8")
    assert re.fullmatch(r"article has 1,[56]\d\d sentences, more than the 1,500 an article may have "
                        r"\(split it into several files\)", _refused(seeds, "many.txt"))


def test_deeply_nested_html_is_not_an_article(tmp_path):
    seeds, name = _case("HTML nested 10,000 deep", tmp_path)
    assert _refused(seeds, name) == "HTML nested more than 200 elements deep: not an article"


def test_deeply_nested_markdown_is_not_an_article(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ordinary.txt").write_text(pathological.GOOD, encoding="utf-8")
    (seeds / "lists.md").write_text("---\ntitle: Lists\n---\n" + "".join("    " * i + "- item\n" for i in range(400)),
                                    encoding="utf-8")
    assert _refused(seeds, "lists.md") == "markup nested too deeply for the parser: not an article"


def test_far_dates_are_dropped_with_a_note(tmp_path):
    from generator.render import render_pages

    seeds, _ = _case("dates past year 9999", tmp_path)
    result = build(seeds)
    assert not result.problems
    far = next(s for s in result.briefing.sources if s.path.endswith("far.md"))
    assert far.published is None
    assert far.notes[0] == "the publication date 9999-12-31 is outside the years the site can show (2 to 9998): dropped"
    assert any("“December 31, 9999”" in n and "(sentence 1)" in n for n in far.notes)
    assert all(e.date is None or "0001" < e.date < "9999" for e in result.briefing.events)
    pages = render_pages(result.briefing, Path(__file__).resolve().parent.parent / "templates")
    page = pages["sources/far.md"]
    assert "**Note:**" in page and "dropped" in page and "9999&#45;12&#45;31" in page


@pytest.mark.parametrize("text", ["December 31, 9999", "99999999999 days ago", "in 9999999 weeks ago",
                                  "1" * 5000 + " days ago", "0001-01-01", "December 31"])
def test_dates_the_site_cannot_show_resolve_to_nothing(text):
    import datetime as dt

    from generator.extract.dates import out_of_range, resolve

    for ref in (dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(2025, 5, 1)):
        when = resolve(text, ref, "future") or resolve(text, ref, "past")
        assert when is None or 2 <= int(when.date[:4]) <= 9998
    assert out_of_range("December 31, 9999", dt.date(2025, 5, 1))
    assert not out_of_range("December 31, 2024", dt.date(2025, 5, 1))


def test_a_failure_in_one_article_is_that_articles_message(tmp_path, monkeypatch):
    import generator.pipeline as pipeline

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ordinary.txt").write_text(pathological.GOOD, encoding="utf-8")
    (seeds / "cursed.txt").write_text("Cursed talks\n\nThe envoy said on Monday that the talks in Geneva would go on.\n",
                                      encoding="utf-8")
    real = pipeline.extract_article

    def extract(article, doc, hint):
        if article.title == "Cursed talks":
            raise OverflowError("date value out of range")
        return real(article, doc, hint)

    monkeypatch.setattr(pipeline, "extract_article", extract)
    assert _refused(seeds, "cursed.txt") == "extraction failed (OverflowError: date value out of range)"
    with pytest.raises(ArticleError, match=r"cursed\.txt: extraction failed \(OverflowError"):
        build(seeds, strict=True)


def test_article_error_survives_a_process_pool():
    import pickle

    err = pickle.loads(pickle.dumps(ArticleError("seeds/x.txt", "a problem")))
    assert (err.path, err.problem, str(err)) == ("seeds/x.txt", "a problem", "seeds/x.txt: a problem")
