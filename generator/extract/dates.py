"""Resolve a date expression against a reference day, like a careful reader would.

``resolve("August 15", ref, tense)`` → :class:`When` or ``None``. ``tense`` is ``"past"``,
``"future"`` or ``None`` (unknown), read from the sentence by the caller. Rules:

* absolute days ("October 01, 2025", "Sept. 29, 2025") and months or years alone;
* a month and day without year: the most recent one on or before the reference day, the next
  one (within nine months) when the sentence is about the future, the nearest one otherwise;
* weekdays: the latest one on or before the reference day; the coming one for the future, for
  "next", and for "this" unless the sentence is in the past;
* relative phrases: "last week", "earlier this week", "next week", "yesterday", "N days ago",
  "last month", "this year", "in the spring of 2022" (approximate); "two days later" counts
  from an anchor day given by the caller (the day the article named last), while a vague count ("a few days
  later", "several weeks later") names no day: about then, approximately, as for "last week" (rule
  ``date:vague-offset``);
* a month without year: the most recent one (past), the coming one within nine months (future, as for a day),
  else the nearest one;
* ``tense="past-or-soon"`` (a past clause that sets a happening's own day, "expected plans for a June 12 summit"):
  the coming day or month when it is at most three months ahead, else the most recent one.

A deictic expression (a weekday, "last week") needs a reference day the article states;
``deictic_ok=False`` (for articles whose date is only inferred) makes them unresolvable.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass

from ..published import calendar_data
from ..readers import MAX_YEAR, MIN_YEAR, MONTH_RE, month_number

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
FEW = {"a few": 3, "few": 3, "several": 4, "a couple of": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
       "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "one": 1}
VAGUE = {"a few", "few", "several", "a couple of"}  # counts that name no number of days
FAR_AHEAD = 274  # days (nine months)
SOON = "past-or-soon"  # a past clause's day that may be of a happening still to come (the coming one if soon)
SOON_DAYS = 92  # days (three months): a day without a year this near ahead is the coming one, not last year's
UNSURE_DAYS = 160  # days (over five months): a day without a year or a tense that far off is on no sure side
DURATION = re.compile(r"^\d+[- ](day|week|month|year|hour)s?(-long)?$|\b(hours?|minutes?)\b|^the (first|second|third|fourth|fifth|\w+th) day", re.I)


@dataclass(frozen=True)
class When:
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day | month | year
    approximate: bool = False

    @property
    def day(self) -> dt.date:
        """The first day the value can mean (for ordering and anchoring)."""
        return first_day(self.date)


@lru_cache(maxsize=1 << 14)
def first_day(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def year_from_dateline(article) -> bool:
    """Rule ``date:dateline-year-inferred``: the article's date is a dateline's day without a year ("PORT ASTER, Oct 29")
    whose year the corpus supplied (:func:`generator.published.settle_undated`): what it dates without a year of
    its own takes that year only as surely as the corpus can tell it (``year_inferred``). A year that the lead's
    weekday settled ("Oct. 1 (Agency) -- … reported Tuesday": rules ``date:dateline-weekday``,
    ``date:dateline-weekday-year``) is the article's own, as sure as a printed one."""
    day = getattr(article, "dateline_day", None)
    return bool(day and article.published and article.published[5:10] == day) and \
        not getattr(article, "dateline_weekday", False)


def _day(d: dt.date, approximate: bool = False) -> When:
    return When(d.isoformat(), "day", approximate)


WEEKDAY_YEAR_DAYS = 300  # a weekday fixes the year of a day printed without one within this many days of the reference


def _pick_year(month: int, day: int, ref: dt.date, tense: str | None) -> dt.date | None:
    candidates = [c for year in (ref.year - 1, ref.year, ref.year + 1) if (c := _safe_date(year, month, day))]
    if not candidates:
        return None
    if tense == "future":
        # the coming one, unless that is more than nine months off: a writer names the year of a day that far
        # ahead, so "is set for July 29" in an article dated August 4 is the nearest one (the date is stale)
        after = [c for c in candidates if c >= ref]
        if after and (min(after) - ref).days <= FAR_AHEAD:
            return min(after)
    if tense == SOON:
        soon = [c for c in candidates if c > ref and (c - ref).days <= SOON_DAYS]
        if soon:
            return min(soon)
        tense = "past"
    if tense == "past":
        before = [c for c in candidates if c <= ref]
        return max(before) if before else None
    nearest = min(candidates, key=lambda c: (abs((c - ref).days), c > ref))
    # rule date:far-day-no-tense: with no tense to tell the side, a day over five months away either way ("cut
    # all ties with X on June 5" in a December article, "cut" being past or present) is not sure: no date
    return nearest if abs((nearest - ref).days) < UNSURE_DAYS else None


def _pick_month(month: int, ref: dt.date, tense: str | None) -> str:
    """The most recent such month (past), the next one (future) unless it starts more than nine months off (a writer
    names the year of a month that far ahead: "a meeting planned for late August" in a September article is the
    August just gone, as for a day, :func:`_pick_year`), else the nearest one."""
    ahead = ref.year + (month < ref.month)
    if tense == SOON:
        tense = "future" if month != ref.month and (dt.date(ahead, month, 1) - ref).days <= SOON_DAYS else "past"
    if tense == "future" and (dt.date(ahead, month, 1) - ref).days <= FAR_AHEAD:
        year = ahead
    elif tense == "past":
        year = ref.year - (month > ref.month)
    else:
        here = ref.year * 12 + ref.month
        year = min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: (abs(y * 12 + month - here), y * 12 + month > here))
    return f"{year:04d}-{month:02d}"


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def showable(when: When) -> bool:
    """Is the date inside the range the site can show (and do arithmetic around, a year either side)?"""
    m = re.match(r"-?\d+", when.date)
    return m is not None and MIN_YEAR <= int(m[0]) <= MAX_YEAR


def resolve(text: str, ref: dt.date | None, tense: str | None = None, anchor: dt.date | None = None,
            deictic_ok: bool = True, year_hint: int | None = None) -> When | None:
    """Resolve one expression; ``None`` when it names no calendar time, cannot be placed, or falls
    outside the years the site can show (:func:`out_of_range` tells that case apart)."""
    try:
        when = _resolve(text, ref, tense, anchor, deictic_ok, year_hint)
    except (OverflowError, ValueError):  # "99999999999 days ago", a year past 9999
        return None
    return when if when is None or showable(when) else None


def out_of_range(text: str, ref: dt.date | None, deictic_ok: bool = True, year_hint: int | None = None) -> bool:
    """Does the expression name a date the site cannot show ("December 31, 9999", absurd offsets)?"""
    try:
        when = _resolve(text, ref, None, None, deictic_ok, year_hint)
    except (OverflowError, ValueError):
        return True
    return when is not None and not showable(when)


@dataclass(frozen=True)
class _Frame:
    """What an expression is read against: the reference day, the sentence's tense, an anchor day
    for "a few days later", whether deictic words may be read, and the corpus's year."""

    ref: dt.date | None
    tense: str | None
    anchor: dt.date | None
    deictic_ok: bool
    year_hint: int | None


# "the next year", "the next month" in a sentence told in the past: the one after a time the text tells, read against
# nothing the reader knows (rule date:narrative-next); "next year" alone counts from the page's day
NARRATIVE_NEXT = re.compile(r"(?i)(?:in |by |during )?the (?:next|following) (?:day|week|month|year)\b")

NOT_MINE = object()  # a strategy's answer when the expression is not of its kind (None: it is, and names no date)


def _resolve(text: str, ref: dt.date | None, tense: str | None = None, anchor: dt.date | None = None,
             deictic_ok: bool = True, year_hint: int | None = None) -> When | None:
    """Try each strategy in order (:data:`STRATEGIES`); the first that knows the expression's kind answers."""
    t = re.sub(r"\s+", " ", as_month_day(text.strip()))
    if tense == "past" and NARRATIVE_NEXT.match(t):
        return None  # "The next year, on his way home, the president spent …": the year after a told one, not ours
    t = re.sub(r"^(on|in|at|by|since|from|until|till|during|the)\s+", "", t)
    t = _day_part_re().sub("", t)  # "the wee hours of Sunday morning": Sunday
    if not t or DURATION.search(t):
        return None
    frame = _Frame(ref, tense, anchor, deictic_ok, year_hint)
    for strategy in STRATEGIES:
        found = strategy(t, frame)
        if found is not NOT_MINE:
            return found
    return None


def _safe_day(year: int, month: int, day: int) -> When | None:
    try:
        return _day(dt.date(year, month, day))
    except ValueError:
        return None


def _iso_day(t: str, f: _Frame):
    """"2025-06-14"."""
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    return _safe_day(int(m[1]), int(m[2]), int(m[3])) if m else NOT_MINE


@lru_cache(maxsize=1)
def _day_part_re() -> re.Pattern:
    """A part of a day named before the day ("early hours of", ``day_part_phrases`` in calendar.yml), to strip."""
    data = calendar_data()
    phrases = sorted((str(p) for p in data.get("day_part_phrases") or []), key=len, reverse=True)
    return re.compile(r"^(?:the\s+)?(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\s+",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def range_joiners() -> frozenset[str]:
    """The words and marks that join two days of a range (``day_range_joiners`` in generator/data/calendar.yml)."""
    data = calendar_data()
    return frozenset(str(j).lower() for j in data.get("day_range_joiners") or [])


@lru_cache(maxsize=1)
def _fixed_days() -> tuple[tuple[re.Pattern, str], ...]:
    """Each day a calendar names by a name of its own (``fixed_days`` in generator/data/calendar.yml: "New Year's
    Eve" → 12, 31), as a pattern of its lower-cased name and the month and day that stand for it ("december 31")."""
    data = calendar_data()
    names = {n: str(words[0]).lower() for n, words in (data.get("months") or {}).items()}
    days = {str(name).lower().replace("’", "'"): f"{names[month]} {day}"
            for name, (month, day) in (data.get("fixed_days") or {}).items()}
    return tuple((re.compile(rf"\b{re.escape(name)}\b"), month_day) for name, month_day in days.items())


def as_month_day(text: str) -> str:
    """``text`` lower-cased, a fixed day's name in it written as its month and day ("on New
    Year's Eve" → "on december 31", "Christmas Day 2019" → "december 25 2019"), to be read as any day of a month."""
    t = text.lower().replace("’", "'")
    for pattern, month_day in _fixed_days():
        t = pattern.sub(month_day, t)
    return t


def names_a_day(text: str) -> bool:
    """Does ``text`` name a day: by a name of its own ("New Year's Eve"), by its weekday ("late Saturday night") or
    by its month and day ("11:50 pm Oct 18, 2025")? The model calls some such expressions an event or a time."""
    t = as_month_day(text)
    return WEEKDAY_WORD.search(t) is not None or _month_day_parts(t) is not None


@lru_cache(maxsize=1)
def _day_range() -> str:
    """The optional second day of a range of days ("27 and 28", "27-28", "27 to 28"): the joiners are data
    (``day_range_joiners`` in generator/data/calendar.yml)."""
    joiners = sorted(range_joiners(), key=len, reverse=True)
    return (r"(?:\s*(?:" + "|".join(re.escape(j) for j in joiners) + r")\s*\d{1,2}(?:st|nd|rd|th)?)?") if joiners else ""


def _month_day_parts(t: str) -> tuple[int | None, int, str | None, int] | None:
    """The month (None for a word that is no month), day and printed year of a day of a month in ``t``, and where
    the match ends; None when ``t`` names none."""
    rng = _day_range()
    # (an abbreviation's point may hold the day to it: "Dec.11, 2024")
    m = re.search(rf"\b({MONTH_RE})(?:\s+|(?<=\.))(\d{{1,2}})(?:st|nd|rd|th)?\b{rng}(?:,?\s+(\d{{4}}))?", t, re.I)
    if m:
        return month_number(m[1]), int(m[2]), m[3], m.end()
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?{rng}\s+(?:of\s+)?({MONTH_RE})(?:,?\s+(\d{{4}}))?", t, re.I)
    return (month_number(m[2]), int(m[1]), m[3], m.end()) if m else None


def _month_day(t: str, f: _Frame):
    """"October 01, 2025", "Sept. 29", "15 August 2025": with no year, the year the tense picks
    around the reference day (or the corpus's year when there is none). A range of days ("October 27 and 28,
    2025", "27-28 October 2025") is its first day, in the year printed after the range."""
    parts = _month_day_parts(t)
    if parts is None:
        return NOT_MINE
    month, day, year, end = parts
    if not month:
        return None
    year = year or _range_end_year(t[end:], month)
    if year:
        return _safe_day(int(year), month, day)
    if f.ref is None:  # only a year is known: that year
        return _safe_day(f.year_hint, month, day) if f.year_hint else None
    picked = _weekday_year(t, month, day, f.ref) or _pick_year(month, day, f.ref, f.tense)
    return _day(picked) if picked else None


def _weekday_year(t: str, month: int, day: int, ref: dt.date) -> dt.date | None:
    """Rule ``date:weekday-fixes-year``: a day of a month printed with its weekday and no year ("this Friday,
    Sept. 22", "Thursday, August 10") is in the year around the reference day where that day is that weekday, the
    tense of the sentence aside (a past verb announcing a deadline "of this Friday, Sept. 22" does not make it last
    year's); None when no year near it fits, or two do."""
    named = [i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", t, re.I)]
    if len(named) != 1:
        return None
    fits = [c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := _safe_date(y, month, day)) and
            c.weekday() == named[0] and abs((c - ref).days) <= WEEKDAY_YEAR_DAYS]
    return fits[0] if len(fits) == 1 else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_told(text: str) -> tuple | None:
    """What an expression says of its day when nothing places it in a year: a bare weekday ("on Thursday"):
    ``("weekday", 3)``; a day of a month with no year ("Dec. 7", "July 21 to 23": its first day):
    ``("month-day", 12, 7)``; else None (a year printed, or no day named)."""
    weekday = bare_weekday(text)
    if weekday is not None:
        return ("weekday", WEEKDAYS.index(weekday))
    text = as_month_day(text)
    parts = _month_day_parts(text)
    if parts is None or not parts[0] or parts[2] or _range_end_year(text[parts[3]:], parts[0]):
        return None
    return ("month-day", parts[0], parts[1])


def fits_day(told: tuple, day: dt.date) -> bool:
    """Does ``day`` fit what :func:`day_told` read?"""
    return day.weekday() == told[1] if told[0] == "weekday" else (day.month, day.day) == told[1:]


def _range_end_year(rest: str, month: int) -> int | None:
    """Rule ``date:year-after-a-range-of-months``: a range over two months prints its year once, at its end ("30 June
    – 6 July 2024", "28 December to 3 January 2025"): the first day is in that year, or the year before when its
    month comes after the last day's."""
    joiners = "|".join(re.escape(j) for j in sorted(range_joiners(), key=len, reverse=True))
    m = re.match(rf"\s*(?:{joiners})\s*(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})|({MONTH_RE})\s+\d{{1,2}}"
                 rf"(?:st|nd|rd|th)?),?\s+(\d{{4}})\b", rest, re.I) if joiners else None
    if not m or not month_number(m[2] or m[3]):
        return None
    return int(m[4]) - (month > month_number(m[2] or m[3]))


def _part_of_year(t: str, f: _Frame):
    """"spring of 2022", "early 2023", "late 2024": that year, approximately."""
    m = re.search(r"\b(spring|summer|autumn|fall|winter|early|late|mid|middle of|end of|beginning of|start of)\b.*?\b(\d{4})\b", t)
    return When(m[2], "year", True) if m else NOT_MINE


def _month_alone(t: str, f: _Frame):
    """"February 2022", "in February" (the month the tense picks around the reference day)."""
    m = re.search(rf"^(?:early |late |mid-?)?({MONTH_RE})(?:,?\s+(?:of\s+)?(\d{{4}}))?$", t, re.I)
    if not (m and month_number(m[1])):
        return NOT_MINE
    approx = bool(re.match(r"^(early|late|mid)", t))
    if m[2]:
        return When(f"{int(m[2]):04d}-{month_number(m[1]):02d}", "month", approx)
    if f.ref is None:  # only a year is known: that year (as for a day without one)
        return When(f"{f.year_hint:04d}-{month_number(m[1]):02d}", "month", approx) if f.year_hint else None
    return When(_pick_month(month_number(m[1]), f.ref, f.tense), "month", approx)


def _bare_year(t: str, f: _Frame):
    """"2022", "the year 2019"."""
    m = re.fullmatch(r"(?:the )?(?:year )?((?:19|20)\d{2})(?:'s)?", t)
    return When(m[1], "year") if m else NOT_MINE


# a count of days from a day told before ("two weeks later", "days after"): :func:`_anchored`
ANCHORED_OFFSET = re.compile(r"\b(a few|few|several|a couple of|two|three|four|five|six|seven|eight|nine|ten|a|one|\d+)?"
                             r"\s*(day|week|month)s?\s+(later|after)")


def _anchored(t: str, f: _Frame):
    """"two weeks later", "a day later": counted from the caller's anchor day; "a few days later", "days after"
    (a vague count) name no day, only about when: approximately (rule ``date:vague-offset``)."""
    m = ANCHORED_OFFSET.search(t)
    if not m:
        return NOT_MINE
    if f.anchor is None:
        return None
    vague = (m[1] or "a few") in VAGUE  # rule date:vague-offset: "a few days later" names no day, only about when
    n = FEW[m[1] or "a few"] if not (m[1] or "").isdigit() else int(m[1])
    unit = {"day": 1, "week": 7, "month": 30}[m[2]]
    day = f.anchor + dt.timedelta(days=n * unit)
    if f.tense == "past" and f.ref is not None and day > f.ref:
        return None  # rule date:offset-past-the-article: "a week later, X ordered …" counted past the article's own
        # day from the day it named last: that was not the anchor the writer meant; no day
    return _day(day, approximate=vague or m[2] == "month")


def _needs_reference(t: str, f: _Frame):
    """Every strategy after this one reads a deictic word: it needs a reference day the article states."""
    return None if not f.deictic_ok or f.ref is None else NOT_MINE


def _weekday(t: str, f: _Frame):
    """"Monday", "last Friday", "next Tuesday", "Sunday morning", "early Friday", "earlier Saturday": the latest
    one on or before the reference day; the coming one (on or after it) for "next", for "this" unless the
    sentence is in the past ("will meet this Thursday", "met this Thursday"), and for a future sentence. "Next" with
    a weekday still to come in the reference day's own week names no sure day (rule ``date:next-weekday-this-week``:
    "next Tuesday" written on a Monday is tomorrow to some writers and the Tuesday after to others). Read "nearest"
    (a day whose side the sentence does not tell), the nearer one, before or after."""
    ref = f.ref
    for i, name in enumerate(WEEKDAYS):
        if re.fullmatch(rf"(?:last |this |next |this coming |coming |early |earlier |late |later )?{name}(?:'s)?"
                        rf"(?: (?:morning|afternoon|evening|night))?", t):
            delta = (ref.weekday() - i) % 7
            # "next Thursday", "this Thursday" (unless told in the past) and a weekday told in the future: the coming one
            coming = t.startswith("next") or (t.startswith("this") and f.tense != "past")
            if f.tense == "nearest" and not re.match(r"(?:last|this|next|coming) ", t):
                coming = (i - ref.weekday()) % 7 < delta  # "for Friday's meeting": the nearer Friday, either side
            if coming or (f.tense == "future" and not t.startswith("last")):
                ahead = (i - ref.weekday()) % 7
                if t.startswith("next") and ahead == 0:
                    ahead = 7
                if t.startswith("next") and i > ref.weekday():
                    return None  # rule date:next-weekday-this-week: "next Tuesday" on a Monday, tomorrow or in 8 days?
                return _day(ref + dt.timedelta(days=ahead))
            if t.startswith("last") and delta == 0:
                delta = 7
            return _day(ref - dt.timedelta(days=delta))
    return NOT_MINE


def names_weekday(text: str) -> bool:
    """Does a date expression name a day of the week ("Saturday, May 3", "on Friday evening")?"""
    return WEEKDAY_WORD.search(text.lower()) is not None


def bare_weekday(text: str) -> str | None:
    """The weekday a bare weekday expression names ("Friday", "on Friday", "Friday's"), else None: "this",
    "next", "last" or a time of day make it another kind of expression."""
    m = re.fullmatch(r"(?:on )?(\w+?)(?:'s)?", re.sub(r"\s+", " ", text.strip().lower().replace("’", "'")))
    return m[1] if m and m[1] in WEEKDAYS else None


SIMPLE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
               "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}


def _simple_day(t: str, f: _Frame):
    """"today", "yesterday", "the day after tomorrow"."""
    return _day(f.ref + dt.timedelta(days=SIMPLE_DAYS[t])) if t in SIMPLE_DAYS else NOT_MINE


def _day_and_weekday(t: str, f: _Frame):
    """"today, Tuesday", "tomorrow (Wednesday)", "Tuesday, today": a deictic day and the weekday that names it
    again; the day when both agree, None (no day) when they do not."""
    m = re.fullmatch(r"(today|tonight|yesterday|tomorrow)\s*[,(]\s*(\w+)\)?|(\w+)\s*[,(]\s*(today|tonight|yesterday|"
                     r"tomorrow)\)?", t)
    if m is None or (m[2] or m[3]) not in WEEKDAYS:
        return NOT_MINE
    day = f.ref + dt.timedelta(days=SIMPLE_DAYS[m[1] or m[4]])
    return _day(day) if day.weekday() == WEEKDAYS.index(m[2] or m[3]) else None


def _relative_week(t: str, f: _Frame):
    """"last week", "earlier this week", "next week": the week's Monday, approximately."""
    week = _week_start(f.ref)
    if re.fullmatch(r"(?:earlier |late |later |early )?last week", t) or t == "the previous week" or t == "previous week":
        return _day(week - dt.timedelta(days=7), approximate=True)
    if re.fullmatch(r"(?:earlier |later |early )?this week", t):
        return _day(week, approximate=True)
    if re.fullmatch(r"(?:early |later |late )?next week|the coming week|the following week|the week ahead", t):
        return _day(week + dt.timedelta(days=7), approximate=True)
    return NOT_MINE


def _ago(t: str, f: _Frame):
    """"three days ago", "two months ago", "a year ago"."""
    m = re.fullmatch(r"(a few|few|several|a couple of|two|three|four|five|six|seven|eight|nine|ten|a|one|\d+) (day|week|month|year)s? ago", t)
    if not m:
        return NOT_MINE
    ref = f.ref
    n = int(m[1]) if m[1].isdigit() else FEW.get(m[1], 3)
    if m[2] == "year":
        return When(str(ref.year - n), "year", True)
    if m[2] == "month":
        y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
        return When(f"{y:04d}-{mo + 1:02d}", "month", True)
    return _day(ref - dt.timedelta(days=n * (7 if m[2] == "week" else 1)), approximate=True)


def _relative_month(t: str, f: _Frame):
    """"last month", "this month", "next month"."""
    ref = f.ref
    for pattern, step in ((r"(?:earlier |early |late |later )?last month|the previous month", -1),
                          (r"(?:earlier |early |late |later )?this month", 0),
                          (r"(?:early |late |later )?next month", 1)):
        if re.fullmatch(pattern, t):
            y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
            return When(f"{y:04d}-{mo + 1:02d}", "month")
    return NOT_MINE


def _named_month_relative(t: str, f: _Frame):
    """"last December", "this April", "next March", "December last year", "in March next year": that month of
    the year the word picks around the reference day ("last December" in an August article: the December before;
    in a December article, the one a year before)."""
    m = re.fullmatch(rf"(last|this|next) ({MONTH_RE})|({MONTH_RE}),? (last|this|next) year", t, re.I)
    if not m:
        return NOT_MINE
    word, name = (m[1], m[2]) if m[1] else (m[4] + " year", m[3])
    month = month_number(name)
    if not month:
        return None
    ref = f.ref
    year = {"last": ref.year - (month >= ref.month), "this": ref.year, "next": ref.year + (month <= ref.month),
            "last year": ref.year - 1, "this year": ref.year, "next year": ref.year + 1}[word.lower()]
    return When(f"{year:04d}-{month:02d}", "month")


def _relative_year(t: str, f: _Frame):
    """"last year", "this year", "next year"."""
    for pattern, step in ((r"(?:earlier |early |late |later )?last year|the previous year", -1),
                          (r"(?:earlier |early |late |later )?this year", 0),
                          (r"(?:early |late |later )?next year", 1)):
        if re.fullmatch(pattern, t):
            return When(str(f.ref.year + step), "year")
    return NOT_MINE


def _season(t: str, f: _Frame):
    """"the spring", "summer": the latest such season (the coming one for the future), approximately."""
    m = re.fullmatch(r"(?:the )?(spring|summer|autumn|fall|winter)", t)
    if not m:
        return NOT_MINE
    month = SEASONS[m[1]]
    year = f.ref.year if (month <= f.ref.month or f.tense == "future") else f.ref.year - 1
    return When(str(year), "year", True)


# The strategies, most specific first; each answers NOT_MINE for an expression not of its kind.
STRATEGIES = (_iso_day, _month_day, _part_of_year, _month_alone, _bare_year, _anchored, _needs_reference,
              _weekday, _simple_day, _day_and_weekday, _relative_week, _ago, _relative_month, _named_month_relative, _relative_year,
              _season)
