"""Lines judged by their grammar (generator/linegrammar.py): photo captions (rules caption.*) and reports that lack
their stop (rule reader.prose_without_stop), on whole articles."""
from __future__ import annotations

import pytest

from generator.readers import read_article

PROSE = ("Talks between Ruritania and Valdoria resumed in Port Aster on Tuesday after a pause of three months, "
         "officials of both delegations said.")


def _read(tmp_path, lines: list[str]):
    f = tmp_path / "2025-11-01_talks.txt"
    f.write_text("Talks resume in Port Aster\n\n" + "\n\n".join([PROSE, *lines]) + "\n", encoding="utf-8")
    return read_article(f)


@pytest.mark.parametrize("line, reason", [
    ("Foreign Minister Jan Kralovic and Vice-President Anton Melnik signing the accord in Port Aster.",
     "photo caption (a participle, no finite verb)"),
    ("Foreign Minister Jan Kralovic and the Commission's Anton Melnik adopting the accord this morning in Zenda",
     "photo caption (a participle, no finite verb)"),
    ("Some workers begin to picket as other workers leave the plant on Wednesday, October 11, 2025.",
     "photo caption (the present tense of a past day)"),
    ("Ruritanian President Jan Kralovic attends a ceremony for the delegates in Port Aster, Oct 17.",
     "photo caption (the present tense of a past day)"),
    # the day, then only the picture's place (a wire's caption style)
    ("Jan Kralovic, the Ruritanian envoy, speaks during a news conference at the summit, Monday, Oct. 27, 2025, "
     "in Vienna, Austria.", "photo caption (the present tense of a past day)"),
    # a present passive of a verb of the picture, and a month gone by (the stop of an initial ends no sentence)
    ("A sign about the plan to sell the plant is seen outside Lindor in April 2024.",
     "photo caption (the present tense of a past day)"),
    ("A sign about the plan to sell Z.R. Steel is seen outside Lindor in April 2024.",
     "photo caption (the present tense of a past day)"),
    # the same with no "-ing" word in it: the year and the place after it make the line a candidate
    ("Jan Kralovic speaks to reporters outside the ministry, Thursday, Oct. 3, 2024, in Vienna, Austria.",
     "photo caption (the present tense of a past day)"),
    ("Businessman Jan Kralovic (left) and the lawyer Anton Melnik are two of the citizens moved to house arrest",
     "photo caption (a name marked with its place in the picture)"),
    ("Jan Kralovic, centre, and Anton Melnik, leaders of the Greens at a party congress in Zenda, 17 October 2025.",
     "photo caption (a name marked with its place in the picture)"),    # an image's description (alt text) in lower case: no name, a participle somewhere in it
    ("a man with a beard and a suit and tie looking off into the distance with a flag in the background, E",
     "photo caption (a participle, no finite verb)"),
])
def test_a_caption_is_removed_and_listed_with_its_reason(tmp_path, line, reason):
    article = _read(tmp_path, [line])
    assert {"text": line, "reason": reason} in article.furniture
    assert line not in article.paragraphs and PROSE in article.paragraphs


@pytest.mark.parametrize("line", [
    "The next round resumes on November 20.",  # a day after the article's: a schedule
    "The ceasefire takes effect on October 11.",  # no people in the scene
    "Delegates meet on Monday, Oct. 27, 2025, in a hall of the old palace.",  # after the day, more than a place
    "The last time the two leaders met was in December 2023, in Athens.",  # a year and a place, told in the past
    "The plan is seen as a step forward by both delegations in October 2025.",  # "seen as": a judgement
    "A new round of talks is seen in the capital in December 2025.",  # a month to come
    "The deal gives Valdoria access to the port, signed on October 11.",  # the day of a clause inside
    "Jan Kralovic (left) said the talks had failed.",  # the past: prose
    "Continuing the talks, the envoys met again.",  # a finite verb
    "Jan Kralovic signing the accord was “a fine moment”, the envoy said.",  # a quote
])
def test_prose_in_a_captions_shape_is_kept(tmp_path, line):
    article = _read(tmp_path, [line])
    assert line in article.paragraphs
    assert not any(r["reason"].startswith("photo caption (") for r in article.furniture)


def test_a_present_day_is_no_caption_when_the_article_has_no_date(tmp_path):
    # with no day of its own, the article cannot tell a past day from a coming one: the line stays
    f = tmp_path / "talks.txt"
    line = "Ruritanian President Jan Kralovic attends a ceremony for the delegates in Port Aster, Oct 17."
    f.write_text("Talks resume in Port Aster\n\n" + PROSE + "\n\n" + line + "\n", encoding="utf-8")
    assert line in read_article(f).paragraphs


MORE = "Both delegations are expected to meet again in Zenda next month, the ministry said on Tuesday."


@pytest.mark.parametrize("line, kept", [
    ("The two leaders last met a year ago at the summit in Port Aster", True),  # the past: a report
    ("The ministry confirmed Friday that the two leaders would be meeting on November 15", True),
    ("Ruritania and Valdoria agree to work on extending the truce deadline", False),  # a headline's present
    ("Ruritania will withdraw all troops within 14 months if Valdoria upholds its commitments", False),
    ("The emir has ended the summit hours after its opening [Agency]", False),  # a caption's credit
])
def test_a_report_that_lacks_its_stop_is_text(tmp_path, line, kept):
    article = _read(tmp_path, [line, MORE])
    assert (line in article.paragraphs) is kept
    assert (line in [r["text"] for r in article.furniture]) is not kept


def test_a_report_cut_where_the_saved_copy_ends_is_no_sentence(tmp_path):
    line = "Sources in Zenda said a location for their next meeting h"
    article = _read(tmp_path, [line])
    assert line not in article.paragraphs and {"text": line, "reason": "not a sentence"} in article.furniture


def test_a_stamp_line_above_a_line_in_lower_case_stays_a_stamp(tmp_path):
    # the lower-case line after a date alone is no second half of it: the stamp dates the page, the caption goes
    f = tmp_path / "lula.txt"
    f.write_text("Envoys urge courage on the trade deal\n\nWeb Editor\n\nDecember 20, 2025\n\na man with a beard and a "
                 "suit and tie looking off into the distance with a flag in the background, E\n\n" + PROSE + "\n",
                 encoding="utf-8")
    article = read_article(f)
    assert article.published == "2025-12-20"
    assert article.paragraphs[0] == PROSE
    assert {"text": "December 20, 2025", "reason": "stamp line or dateline"} in article.furniture


CAPTION_NO_STOP = "photo caption, headline or summary (no stop; the present or no finite verb)"


@pytest.mark.parametrize("line, removed", [
    # long enough for the text tests' cut-off run, but a caption: the present of a scene, no stop, text after it
    ("Dockers and their supporters picket near the entrance to a production facility of the port in Port Aster, "
     "Zenda", True),
    ("Prime Minister Jan Kralovic says he has reached a historic agreement with the Greens to form a three-party "
     "coalition government", True),  # a summary under the headline
    ("• the accord is the best deal for the valley, which ensures the smooth flow of trade and safeguards the "
     "valley's place in the union", False),  # an item of a list: text
    ("The two leaders last met a year ago at the summit in Port Aster after months of talks between the delegations "
     "of both sides", False),  # the past: a report that lacks its stop
    ("Among those killed were the leaders of the dockers, the captain of the ferry and the driver of the bus that "
     "served the port,", False),  # a sentence the copy cut at a comma
])
def test_a_line_with_no_stop_told_in_the_present_is_furniture(tmp_path, line, removed):
    """Rule caption.present_without_stop (generator/linegrammar.py), for a line with text after it."""
    article = _read(tmp_path, [line, MORE])
    assert ({"text": line, "reason": CAPTION_NO_STOP} in article.furniture) is removed
    assert (line in article.paragraphs) is not removed


def test_the_last_line_of_a_copy_cut_short_is_left_to_the_text_tests(tmp_path):
    line = ("Prime Minister Jan Kralovic says he has reached a historic agreement with the Greens to form a three-party "
            "coalition government that will")
    article = _read(tmp_path, [line])
    assert {"text": line, "reason": CAPTION_NO_STOP} not in article.furniture
