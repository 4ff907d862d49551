"""Date resolution against a reference day, with the counter-cases."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import When, bare_weekday, day_told, fits_day, resolve

REF = dt.date(2025, 10, 1)  # a Wednesday


@pytest.mark.parametrize("text,tense,want", [
    ("October 01, 2025", None, ("2025-10-01", "day", False)),
    ("Sept. 29", "past", ("2025-09-29", "day", False)),
    ("August 15", "past", ("2025-08-15", "day", False)),
    ("November 20", "past", ("2024-11-20", "day", False)),  # later month than publication: last year's
    ("November 20", "future", ("2025-11-20", "day", False)),  # unless the sentence is about the future
    ("Wednesday", "past", ("2025-10-01", "day", False)),
    ("on Monday", "past", ("2025-09-29", "day", False)),
    ("Thursday", "future", ("2025-10-02", "day", False)),  # a planned meeting: the coming one
    ("Thursday", "past", ("2025-09-25", "day", False)),
    ("last week", None, ("2025-09-22", "day", True)),
    ("next week", None, ("2025-10-06", "day", True)),
    ("yesterday", None, ("2025-09-30", "day", False)),
    ("earlier this week", None, ("2025-09-29", "day", True)),
    ("later this week", "future", ("2025-09-29", "day", True)),
    ("Oct. 1, 2025", None, ("2025-10-01", "day", False)),
    ("15 August", "past", ("2025-08-15", "day", False)),
    ("June 2", None, ("2025-06-02", "day", False)),
    ("three days ago", None, ("2025-09-28", "day", True)),
    ("in February", "past", ("2025-02", "month", False)),
    ("February 2022", None, ("2022-02", "month", False)),
    ("2022", None, ("2022", "year", False)),
    ("the spring of 2022", None, ("2022", "year", True)),
    ("last month", None, ("2025-09", "month", False)),
    ("this year", None, ("2025", "year", False)),
    ("early Friday", "past", ("2025-09-26", "day", False)),  # a time of that day, still that day
    ("earlier Wednesday", None, ("2025-10-01", "day", False)),
    ("late Sunday", "past", ("2025-09-28", "day", False)),
    # day_part_phrases: a part of the day named before the day is that day
    ("the wee hours of Sunday morning", "past", ("2025-09-28", "day", False)),
    ("the early hours of Friday", "past", ("2025-09-26", "day", False)),
    ("the night of 15 August", "past", ("2025-08-15", "day", False)),
])
def test_resolve(text, tense, want):
    w = resolve(text, REF, tense)
    assert (w.date, w.precision, w.approximate) == want


MONDAY = dt.date(2025, 8, 4)


@pytest.mark.parametrize("text,want", [
    ("last December", "2024-12"),  # the December before an October reference day
    ("last October", "2024-10"),  # the month of the reference day itself: a year before
    ("this April", "2025-04"),
    ("next March", "2026-03"),
    ("next November", "2025-11"),
    ("December last year", "2024-12"),
    ("in March next year", "2026-03"),
])
def test_a_month_named_with_last_this_or_next(text, want):
    assert resolve(text, REF, "past") == When(want, "month")


def test_a_month_named_with_last_needs_a_stated_reference_day():
    assert resolve("last December", None, "past", deictic_ok=False, year_hint=2025) is None


@pytest.mark.parametrize("text,tense,want", [
    ("this Thursday", None, "2025-08-07"),  # the coming one: the Thursday of this week
    ("this Thursday", "future", "2025-08-07"),
    ("this Thursday", "past", "2025-07-31"),  # "met this Thursday": the last one
    ("this Monday", None, "2025-08-04"),  # the reference day itself
    ("on Thursday", "future", "2025-08-07"),  # "will meet on Thursday"
    ("on Thursday", "past", "2025-07-31"),  # "met on Thursday"
    ("next Monday", None, "2025-08-11"),
    ("next Monday", "future", "2025-08-11"),
    ("last Monday", None, "2025-07-28"),
    ("July 29", "future", "2025-07-29"),  # a year off is too far for a day named with no year: the nearest
    ("August 20", "future", "2025-08-20"),
])
def test_a_weekday_is_read_forward_or_back_by_its_word_and_tense(text, tense, want):
    assert resolve(text, MONDAY, tense).date == want


def test_next_and_a_weekday_still_to_come_this_week_names_no_sure_day():
    # rule date:next-weekday-this-week: on Monday 4 August, "next Tuesday" is the 5th or the 12th
    assert resolve("next Tuesday", MONDAY, "future") is None
    assert resolve("next Sunday", MONDAY, None) is None
    # from a Friday, the Tuesday to come is in the next week: sure
    assert resolve("next Tuesday", MONDAY + dt.timedelta(days=4), "future").date == "2025-08-12"


def test_a_bare_weekday_is_told_apart_from_one_with_a_qualifier():
    assert [bare_weekday(t) for t in ("Friday", "on Friday", "Friday's", "FRIDAY")] == ["friday"] * 4
    assert [bare_weekday(t) for t in ("this Friday", "next Friday", "Friday morning", "Fridays", "May")] == [None] * 5


@pytest.mark.parametrize("text,want", [
    ("today, Wednesday", "2025-10-01"),
    ("today (Wednesday)", "2025-10-01"),
    ("tomorrow, Thursday", "2025-10-02"),
    ("Tuesday, yesterday", "2025-09-30"),
    ("tomorrow (Friday)", None),  # the two disagree: no day
])
def test_a_deictic_day_and_its_weekday_name_one_day(text, want):
    found = resolve(text, REF)
    assert (found.date if found else None) == want


@pytest.mark.parametrize("text,tense,want", [
    ("New Year's Eve", "past", "2024-12-31"),
    ("on New Year’s Eve", "past", "2024-12-31"),
    ("New Year's Day", "future", "2026-01-01"),
    ("Christmas Day 2019", None, "2019-12-25"),
    ("Christmas", "past", None),  # a season as often as a day: not in fixed_days
    ("Easter", "past", None),  # a day that moves: not in fixed_days
])
def test_a_day_named_by_a_name_of_its_own_is_that_day_of_its_month(text, tense, want):
    found = resolve(text, REF, tense)
    assert (found.date if found else None) == want
    if want and "2019" not in text:
        assert day_told(text) == ("month-day", int(want[5:7]), int(want[8:]))


def test_anchored_relative():
    assert resolve("two days later", REF, None, anchor=dt.date(2025, 8, 15)) == When("2025-08-17", "day")
    assert resolve("a week later", REF, None, anchor=dt.date(2025, 8, 15)) == When("2025-08-22", "day")


@pytest.mark.parametrize("text", ["a few days later", "several weeks later", "days later", "a couple of days later"])
def test_a_vague_offset_names_no_day_only_about_when(text):
    # rule date:vague-offset: approximately, never a day stated as sure
    w = resolve(text, REF, None, anchor=dt.date(2025, 8, 15))
    assert w.approximate and w.day > dt.date(2025, 8, 15)


@pytest.mark.parametrize("text,tense,want", [
    ("late August", "future", "2025-08"),  # next August is eleven months off: the one just gone (REF is 1 October)
    ("in March", "future", "2026-03"),  # five months ahead: the coming one
    ("in October", "future", "2025-10"),  # the month of the reference day itself
    ("in February", None, "2026-02"),  # no tense: the nearest
    ("in February", "past", "2025-02"),
])
def test_a_month_without_year_is_read_in_the_tense_direction_within_nine_months(text, tense, want):
    assert resolve(text, REF, tense).date == want


@pytest.mark.parametrize("text", ["30-day", "72 hours", "the third day", "come days", "the early hours", "the morning of"])
def test_durations_are_not_dates(text):
    assert resolve(text, REF, None) is None


def test_no_reference_date():
    assert resolve("Wednesday", None) is None  # a weekday needs the article's date
    assert resolve("last week", REF, deictic_ok=False) is None
    assert resolve("July 23", None, year_hint=2025).date == "2025-07-23"  # the corpus gives the year
    assert resolve("July 23", None) is None


def test_a_month_without_year_in_an_undated_article_is_in_the_corpus_year():
    # nothing to read the month against but the year the other articles give: that year, whatever the tense
    assert resolve("in January", None, None, year_hint=2025).date == "2025-01"
    assert resolve("April", None, "future", year_hint=2025).date == "2025-04"
    assert resolve("in January", None, None) is None


@pytest.mark.parametrize("text,want", [
    ("October 27 and 28, 2024", "2024-10-27"),  # a range of days: its first day, in the year printed after it
    ("Oct. 27-28, 2024", "2024-10-27"),
    ("27 and 28 October 2024", "2024-10-27"),
    ("27 to 28 October", "2024-10-27"),  # no year printed: as for one day (after the reference day: last year's)
    ("March 3 and 4", "2025-03-03"),
])
def test_a_range_of_days_is_its_first_day_with_the_year_printed_after_it(text, want):
    assert resolve(text, REF, "past").date == want


@pytest.mark.parametrize("text,want", [
    ("29 November – 4 December 2022", "2022-11-29"),  # rule date:year-after-a-range-of-months
    ("November 29 - December 4, 2022", "2022-11-29"),
    ("30 December to 2 January 2023", "2022-12-30"),  # over the new year: the first day is in the year before
])
def test_a_range_over_two_months_takes_the_year_printed_at_its_end(text, want):
    assert resolve(text, REF, "past").date == want


@pytest.mark.parametrize("text,told", [
    ("on Thursday", ("weekday", 3)), ("Dec. 7", ("month-day", 12, 7)), ("4 December", ("month-day", 12, 4)),
    ("July 21 to 23", ("month-day", 7, 21)), ("Dec. 7, 2023", None), ("December", None), ("next Thursday", None),
    ("October 27 and 28, 2025", None),
])
def test_what_an_expression_tells_of_a_day_it_cannot_place(text, told):
    assert day_told(text) == told
    if told:
        assert fits_day(told, dt.date(2023, 12, 7)) == (told in {("weekday", 3), ("month-day", 12, 7)})


def test_a_far_day_with_no_tense_is_on_no_sure_side():
    # rule date:far-day-no-tense: "cut all ties with X on June 5" in a December article ("cut": past or present)
    assert resolve("June 5", dt.date(2017, 12, 5), None) is None
    assert resolve("June 5", dt.date(2017, 12, 5), "past").date == "2017-06-05"
    assert resolve("November 20", dt.date(2017, 12, 5), None).date == "2017-11-20"


@pytest.mark.parametrize("text,tense,want", [
    # date:weekday-fixes-year: a past verb announcing "a deadline of this Friday, Sept. 22" (Monday 18 September
    # 2023) is that coming Friday, not 22 September 2022 (a Thursday)
    ("this Friday, Sept. 22", "past", "2023-09-22"),
    ("Thursday, August 10", "past", "2023-08-10"),
    ("Friday, Sept. 15", None, "2023-09-15"),
])
def test_a_weekday_printed_with_a_day_of_a_month_fixes_its_year(text, tense, want):
    assert resolve(text, dt.date(2023, 9, 18), tense).date == want


def test_a_weekday_that_fits_no_nearby_year_leaves_the_tense_to_pick():
    # 22 September is a Friday in 2023 only: "Tuesday, Sept. 22" fits no year near the reference; the tense picks
    assert resolve("Tuesday, Sept. 22", dt.date(2023, 9, 18), "past").date == "2022-09-22"
