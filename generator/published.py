"""Publication date and dateline: an ordered list of strategies, most reliable first.

A newspaper reader finds an article's date the same way: the metadata the publisher attached
(front matter, the HTML page's meta tags), then a stamp line ("Published: …", "09:28 17.10.2025",
"AFP Published 20 Oct, 2025 01:30pm"), then the wire dateline ("MOSCOW, October 26. /TASS/.",
"Lindor, Oct 23 (IANS)"), and last a ``YYYY-MM-DD`` prefix of the file name. Each strategy is
a small function that returns a :class:`Found` or ``None``; :func:`choose` takes the first that
answers. Stamp lines and datelines are taken out of the body by :func:`take_meta_lines`, so they
never become a sentence, a timeline entry, an actor or the title, whichever strategy wins.

Month, weekday and time-zone names, and the words that mark a stamp as first publication or as
an update, are data (``generator/data/calendar.yml``); nothing here knows a story.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .acronyms import spells
from .furniture import cue_alone

DATA = Path(__file__).parent / "data"


@dataclass
class Found:
    """What one strategy found: a day (``YYYY-MM-DD``), and maybe the outlet and the dateline place."""

    published: str | None
    strategy: str
    outlet: str | None = None
    place: str | None = None
    day: tuple[int, int] | None = None  # (month, day) of a dateline that prints no year
    kind: str = "published"  # published | updated (stamp lines)
    agency: str | None = None  # what a dateline prints in brackets or slashes ("BSS/AFP", "TASS")
    byline: str | None = None  # "By Jane Roe | 20 Oct 2025": a person, never the outlet
    options: list[str] = field(default_factory=list)  # the days a numeric stamp can be ("01/10/2024": two)
    precise: bool = False  # the stamp prints a time of day or a label ("Published", "Written"), not a bare date
    header: bool = False  # the stamp stands above the article's text (before its second paragraph of prose)


@dataclass
class Meta:
    """Stamp lines and the dateline found in an article's first and last paragraphs."""

    stamps: list[Found] = field(default_factory=list)
    dateline: Found | None = None
    bylines: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # the lines taken out, as they were
    story_days: list[tuple[int | None, int, int]] = field(default_factory=list)  # (year or None, month, day) the body prints


@lru_cache(maxsize=1)
def calendar_data() -> dict:
    """generator/data/calendar.yml as written, read once for every reader of it (the stamp and dateline readers
    here, the date resolver's day ranges, fixed days and parts of a day)."""
    return yaml.safe_load((DATA / "calendar.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def calendar() -> dict:
    data = calendar_data()
    months = {name.lower(): int(n) for n, names in data["months"].items() for name in names}
    other = {name.lower(): int(n) for n, names in data.get("other_months", {}).items() for name in names}
    return {"months": months, "month_names": [name for names in data["months"].values() for name in names],
            "stamp_months": {**other, **months},  # stamp lines and datelines also read other languages' names
            "weekdays": {w.lower() for w in data["weekdays"]},
            "published": sorted(data["published_words"], key=len, reverse=True),
            "updated": sorted(data["updated_words"], key=len, reverse=True),
            "zones": data["time_zones"], "month_first_zones": set(data.get("month_first_zones", [])),
            "connectors": data.get("date_connectors", []), "time_words": data.get("time_words", []),
            "counters": data.get("counter_words", []), "placeholders": data.get("empty_fields", []),
            "reading_units": data.get("reading_time_units", []),
            "edit_notes": data.get("edit_notes", []),
            "relative": {k: data.get(k, []) for k in ("relative_units", "relative_before", "relative_after",
                                                       "relative_words")}}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _relative(cal: dict) -> str:
    """"2 hours ago", "hace 3 horas", "just now": a stamp that gives no day."""
    rel = cal["relative"]
    amount = rf"(?:\d+|an?|one)\s+(?:{_alt(rel['relative_units'])})(?:e?s)?"
    return (rf"(?:{_alt(rel['relative_before'])})\s+{amount}|{amount}\s+(?:{_alt(rel['relative_after'])})"
            rf"|{_alt(rel['relative_words'])}")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    cal = calendar()
    month = rf"(?:{_alt(cal['stamp_months'])})\.?"
    en_month = rf"(?:{_alt(cal['months'])})\.?"
    weekday = rf"(?:{_alt(cal['weekdays'])})\.?"
    day = r"\d{1,2}(?:st|nd|rd|th|\.)?"
    year = r"(?:19|20)\d{2}"
    sep = rf"(?:\s+(?:{_alt(cal['connectors'])})\s+|,\s*|[\s-]+|/)"  # " ", "-", "/", ",", ",2014", " de "
    full = (rf"(?P<m1>{month})\s+(?P<d1>{day})(?:,\s*|\s+)(?P<y1>{year})"  # October 28, 2025; November 7 2019
            rf"|(?P<d2>{day}){sep}(?P<m2>{month}){sep}(?P<y2>{year})"  # 21 October 2025, 20 Oct, 2025, 14 de octubre de 2025
            rf"|(?P<d3>\d{{1,2}})\.(?P<n3>\d{{1,2}})\.(?P<y3>{year})"  # 17.10.2025
            rf"|(?P<y4>{year})(?P<s4>[-/])(?P<n4>\d{{1,2}})(?P=s4)(?P<d4>\d{{1,2}})"  # 2025-10-17, 2025/10/5 (year first: one reading)
            rf"|(?P<m8>{month})\s+(?P<d8>{day})/(?P<y8>{year})"  # May 16/2021
            rf"|(?P<a7>\d{{1,2}})[-/](?P<b7>\d{{1,2}})[-/](?P<y7>{year})")  # 17-10-2025, 10/17/2025: read when unambiguous
    short = (rf"(?P<m5>{en_month})\s+(?P<d5>{day})"  # a dateline's "Oct 23"; "14 de octubre", "3 octobre" too
             rf"|(?P<d6>{day})(?:\s+(?:{_alt(cal['connectors'])}))?\s+(?P<m6>{month})")
    kinds = _alt(cal["published"] + cal["updated"])
    not_date = rf"(?!(?i:{_alt(cal['months'])}|{_alt(cal['weekdays'])})\b)"
    place_word = rf"{not_date}[A-Z][\w.'’-]*(?:/[A-Z][\w.'’-]*){{0,3}}"  # "Lindor/Zenda, 7 May 2023 (Agency) -"
    place = rf"{place_word}(?:\s+{place_word}){{0,3}}"
    return {
        "full": re.compile(rf"(?<![\w/.-])(?:{full})(?![\w/])", re.IGNORECASE),
        "short": re.compile(rf"\b(?:{short})\b", re.IGNORECASE),
        "weekday": re.compile(rf"\b{weekday}(?=\W|$)", re.IGNORECASE),
        "time": re.compile(rf"(?:(?<!\w)(?:{_alt(cal['time_words'])})\s+)?\b\d{{1,2}}[:.h]\d{{2}}(?::\d{{2}})?"
                           rf"\s*(?:[ap]\.?m\.?|(?:{_alt(cal['time_words'])})(?!\w))?(?=\W|$)", re.IGNORECASE),
        "zone": re.compile(rf"\(?\b(?:{_alt(cal['zones'])})(?:\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?)?\)?(?=\W|$)"),
        # "Jan KralUpdated: …": a label glued after a byline's last letter
        "glued_kind": re.compile(rf"(?<=[a-z])(?=(?:{_alt(w[:1].upper() + w[1:] for w in cal['published'] + cal['updated'])})"
                                 rf"\s*:)"),
        "kind": re.compile(rf"(?<![^\W\d_])(?P<kind>{kinds})(?![^\W\d_])(?!\s+by\b)\s*(?:on|at|le|el|em|am)?\s*:?", re.IGNORECASE),
        "counter": re.compile(rf"(?<!\w)(?:(?:{_alt(cal['counters'])})\s*:?\s*\d[\d,.]*[kKmM]?"  # "Read: 677"
                              rf"|\d[\d,.]*[kKmM]?\s+(?:{_alt(w for w in cal['counters'] if w.endswith('s'))})(?!\s*:)"
                              rf"|\d{{1,3}}\s*(?:{_alt(cal['reading_units'])})\.?\s+(?:{_alt(cal['counters'])}))(?!\w)",
                              re.IGNORECASE),  # "597 views", "2 min read", never "2014 Read: 677"
        "placeholder": re.compile(rf"(?<!\S)(?:{_alt(cal['placeholders'])})(?!\S)"),
        "zero_date": re.compile(r"\b0{4}-0{2}-0{2}(?:[ T]0{2}:0{2}(?::0{2})?)?"),
        "edit_note": re.compile(rf"\(\s*(?:{_alt(cal['edit_notes'])})\b[^()]{{0,80}}\)\s*$", re.IGNORECASE),
        "relative": re.compile(rf"(?<!\w)(?:{_relative(cal)})(?!\w)", re.IGNORECASE),
        "place": re.compile(rf"^(?P<place>{place}(?:,\s*{place}){{0,2}})"),
        "agency": re.compile(r"\s*(?:\((?![ivxlc]+\))[`'‘]?(?P<a1>[A-Za-z][\w .&/'-]{1,38})\)|/(?P<a2>[A-Za-z][\w .&'-]{0,38})/\.?)\s*"),
        "agency_dated": re.compile(r",?\s*\((?P<inner>[A-Za-z][^()]{7,70})\)\s*"),
        "agency_tail": re.compile(r",\s*(?P<a3>[A-Z][A-Z&/.-]{1,19}(?:\s+[A-Z][A-Z&/.-]{1,19}){0,2})\s*"),
        "dash": re.compile(r"\s*\.?(?:[-–—]+|[:;])\s*"),  # also ".-" after an agency: "(Agency).- The …"
        "iso_prefix": re.compile(r"^((?:19|20)\d{2}-\d{2}-\d{2})"),
        "field": re.compile(r"\s*\|\s*|\s+/\s+|\s+[-–—]{1,2}\s+(?=\d|[^\W\d]+\b)"),
    }


def to_day(match: re.Match, month_first: bool = False) -> str | None:
    """A match of the ``full`` pattern → ``YYYY-MM-DD`` (``None`` if no such day, or if a numeric date reads
    both ways and ``month_first`` does not settle it)."""
    days = to_days(match, month_first)
    return days[0] if len(days) == 1 else None


def to_days(match: re.Match, month_first: bool = False) -> list[str]:
    """The days a match of the ``full`` pattern can be: one, none, or two for "01/10/2024" (1 October or
    10 January), which another line of the page (a dateline's "Oct 1") may settle."""
    g = match.groupdict()
    months = calendar()["stamp_months"]
    for i in "12568":
        if g.get(f"m{i}"):
            month, day, year = months[g[f"m{i}"].rstrip(".").lower()], g[f"d{i}"], g.get(f"y{i}")
            break
    else:
        if g.get("y7"):
            return _day_or_month_first(int(g["a7"]), int(g["b7"]), int(g["y7"]), month_first)
        i = "3" if g.get("y3") else "4"
        month, day, year = int(g[f"n{i}"]), g[f"d{i}"], g[f"y{i}"]
    return [d for d in [_date(int(year), month, int(re.sub(r"\D", "", day)))] if d] if year else []


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_or_month_first(a: int, b: int, year: int, month_first: bool = False) -> list[str]:
    """``a-b-YYYY``: day first in most of the world, month first in the US. Read at once when the order does
    not matter, one part cannot be a month ("10-10-2025", "17-10-2025", "10-17-2025") or the line prints a
    time zone of a month-first country; else both readings, for another line to settle (or none to)."""
    if a != b and a <= 12 and b <= 12:
        if month_first:
            return [d for d in [_date(year, a, b)] if d]
        return [d for d in (_date(year, b, a), _date(year, a, b)) if d]
    day, month = (a, b) if a > 12 or a == b else (b, a)
    return [d for d in [_date(year, month, day)] if d]


def month_day(match: re.Match) -> tuple[int, int] | None:
    """A match of the ``short`` pattern ("Oct 23", "23 October") → (month, day)."""
    g = match.groupdict()
    name, day = (g["m5"], g["d5"]) if g.get("m5") else (g["m6"], g["d6"])
    month, d = calendar()["stamp_months"][name.rstrip(".").lower()], int(re.sub(r"\D", "", day))
    try:
        dt.date(2000, month, d)  # a leap year: 29 February is a day
    except ValueError:
        return None
    return month, d


# ---- stamp lines ---------------------------------------------------------------------------------

GLUED = re.compile(r"\b([A-Z]{2,})([A-Z][a-z]+)")
# an ISO 8601 timestamp as a page's metadata prints it ("2023-11-14T10:12:00+00:00", "…T10:12:00.000Z"): the "T"
# between day and time, and the offset after the time, read as a space and nothing (rule published.iso_timestamp)
ISO_TIME = re.compile(r"(?<=\d{4}-\d{2}-\d{2})T(?=\d{2}:\d{2})")
ISO_OFFSET = re.compile(r"(?<=\d{2}:\d{2})(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})(?!\w)")
GLUED_NUMBER = re.compile(r"(?<=[^\W\d_]{3})(?=\d{1,2}(?:[-./]\d{1,2}[-./]\d{4}\b|\s+[^\W\d_]+\s+ago\b"
                          r"|\s+[^\W\d_]{3,}\.?,?\s+\d{4}\b))")  # "Jan Kral23 February 2023": a byline and its date


@lru_cache(maxsize=1)
def _byline_word() -> re.Pattern:
    """A word a byline may hold: a capitalised one, a name particle, "staff", "desk", or a reporter's title of
    ``byline_titles`` (``furniture.yml``, the list the furniture test of a byline line reads too)."""
    titles = yaml.safe_load((DATA / "furniture.yml").read_text(encoding="utf-8"))["byline_titles"]
    return re.compile(rf"^(?:[A-Z][\w.'’-]*|by|and|de|van|von|al|el|bin|staff|desk|{'|'.join(titles)})$")


BYLINE_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")  # "By Jan Roe in Port Aster July 24, 2025"


def _no_symbols(line: str) -> str:
    """Emoji and pictographs ("🕒︎ 2025-10-30"), their variation selectors, and bullets → spaces. An "@" or a
    "#" stays: a handle marks an embedded post ("— Jane Roe (@janeroe) October 13, 2025"), never a stamp."""
    return "".join(" " if unicodedata.category(c) in ("So", "Sk", "Co", "Cf") or c in "•▪►‣\ufe0e\ufe0f"
                   else c for c in line)


def read_stamp(line: str) -> Found | None:
    """A line that is only a date (with time, weekday, time zone, a "Published"/"Updated" word and
    maybe an outlet or byline glued on), or a row of short fields split by bars, slashes or dashes of which
    one or more are dates ("Reuters | Lviv | Updated: 14-03-2022 14:17 IST | Created: 14-03-2022") → the
    day it gives (a "Published" field before an "Updated" one); anything else → ``None``."""
    if len(line) > 180:
        return None
    p = patterns()
    line = ISO_OFFSET.sub("", ISO_TIME.sub(" ", line))  # "2023-11-14T10:12:00+00:00" → "2023-11-14 10:12"
    line = _no_symbols(GLUED.sub(r"\1 \2", line))  # "IANSUpdated:" → "IANS Updated:"
    line = p["glued_kind"].sub(" ", line)  # "Jan KralUpdated:" → "Jan Kral Updated:"
    line = GLUED_NUMBER.sub(" ", line)  # "Wire Herald24-06-2025", "Wire Herald5 days ago"
    line = p["edit_note"].sub("", line)  # "date 2016-10-03 (Adds comment from the minister)": a wire's note on the version
    month_first = any(z.group().strip("()").split("+")[0].split("-")[0].strip() in calendar()["month_first_zones"]
                      for z in p["zone"].finditer(line))
    fields = [f for f in _fields(line) if f.strip(" ,;·•–—-")]
    read = [_read_field(f, month_first, len(fields) > 1) for f in fields]
    if any(r is None for r in read) or not any(r[0] is not None for r in read):
        return None
    stamps = sorted((r[0] for r in read if r[0] is not None), key=lambda s: s.kind != "published")
    stamps[0].precise = stamps[0].precise or p["time"].search(line) is not None  # "Sunday 16 October 2016 - 14:41"
    names = [" ".join(r[1]) for r in read if r[2] and r[1]]
    return _credit(stamps[0], names[0] if names else "")


def _fields(line: str) -> list[str]:
    """Bars, slashes and dashes between fields, and a "Published"/"Updated" word, start a field."""
    p = patterns()
    parts = p["field"].split(line)
    out = []
    for part in parts:
        cuts = [m.start() for m in p["kind"].finditer(part) if m.start() > 0]
        for a, b in zip([0, *cuts], [*cuts, len(part)]):
            out.append(part[a:b])
    return out


def _read_field(text: str, month_first: bool, in_row: bool) -> tuple[Found | None, list[str], bool] | None:
    """One field → (what its date says, or ``None`` for a field with no date; the words left over; whether
    they are a name), or ``None`` when the words left over are neither a name nor, in a row of fields, a
    short label ("Press release"): a sentence, a tag strip …"""
    p = patterns()
    text = p["counter"].sub(" ", p["zero_date"].sub(" ", text))  # "Read: 677", "Updated: 0000-00-00 00:00:00"
    date = p["full"].search(text)
    found, rest = None, text
    if date is not None:
        found = _field_date(text, date, month_first)
        if found is None:
            return None
        rest = text[:date.start()] + " " + text[date.end():]
    words = _left_over(rest, found is not None)
    check = list(words)
    if len(words) >= 2 and words[-2].lower() == "by" and re.fullmatch(r"[\w.'’-]{2,30}", words[-1]):
        check[-1] = words[-1].capitalize()  # a blog's user name after "by": "by admin"
    if check and check[0].lower() == "by":  # "By Jan Roe in Port Aster July 24, 2025": where the byline was filed
        check = [w.capitalize() if w == "in" and n > 1 else w for n, w in enumerate(check)]
    credits = max(1, sum(w.lower() == "by" for w in words))  # "Reported by: Desk Edited by: Jane Roe": two credits
    if len(words) <= 6 * credits and all(_byline_word().match(w) for w in check):
        return found, words, True
    if in_row and found is None and len(words) <= 4 and not re.search(r"[.!?]", rest.strip(" .")):
        return None, words, False  # "Press release", "Archived content"
    return None


def _field_date(text: str, date: re.Match, month_first: bool) -> Found | None:
    """What a field's date says: its day (or the two a numeric date can be), "published" or "updated", and
    whether the field prints a time of day or a label beside the date."""
    p = patterns()
    days = to_days(date, month_first)
    if not days:
        return None
    kind_m = p["kind"].search(text)
    kind = "published"
    if kind_m and kind_m["kind"].lower() in {w.lower() for w in calendar()["updated"]}:
        kind = "updated"
    precise = kind_m is not None or p["time"].search(text) is not None
    return Found(days[0] if len(days) == 1 else None, "stamp line", kind=kind, options=days, precise=precise)


def _left_over(rest: str, dated: bool) -> list[str]:
    """The words of a field once its date, time, zone, weekday, labels, counters and placeholders are gone."""
    p = patterns()
    for name in ("relative", "kind", "zone", "time", "weekday", "placeholder"):
        rest = p[name].sub(" ", rest)
    words = re.sub(r"[|,;·•–—()\[\]]|(?<!\w)-(?!\w)|\s/\s|(?<!\w)[.:](?!\w)", " ", rest).split()
    words = ["by" if w.lower() == "by:" else w for w in words]  # "Reported by: Jane Roe" (a headline's colon stays)
    if dated:  # "Posted by Jane Roe on 12 May 2025"; "Feb 22, 2025 597" (a counter without its word)
        numbers = [w for w in words if re.fullmatch(r"\d[\d,.]{0,6}", w)]
        words = [w for w in words if w.lower() not in ("on", "at") and (len(numbers) > 1 or w not in numbers)]
    return words


def _credit(found: Found, who: str) -> Found:
    """The words beside a stamp's date: "By Jane Roe" is a byline; capitals ("AFP", "IANS") or a known
    agency are the outlet; any other name is a byline without "By" ("Jane Roe 10 minutes ago …")."""
    credit = re.search(r"(?:^|\s)by\s+((?:(?!\sby\s).)+)$", who, re.IGNORECASE)  # "Reported by Desk Edited by Jane Roe"
    if credit is not None:
        found.byline = BYLINE_PLACE.sub("", credit[1].strip()) or None
    elif who and (who.replace(" ", "").replace(".", "").isupper() or _agency(who)):
        found.outlet = who
    elif who:
        found.byline = who
    return found


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    data = yaml.safe_load((DATA / "outlets.yml").read_text(encoding="utf-8"))
    return frozenset(a.lower() for a in data.get("agencies", []))


def _agency(name: str) -> bool:
    return name.lower().removeprefix("the ") in _agencies()


def stamp_line(meta: Meta) -> Found | None:
    """Strategy: a stamp line; "Published" (or "Posted", or a bare date) beats "Updated"; a bare date the dateline
    contradicts is no stamp of the article (:func:`_bare_stamp_against_dateline`). Of two stamps of
    one kind above the text, one that prints a time of day or a label beats a bare date: a date alone on a line
    is often the site's own date strip (the day the page was saved, "Sun, Jun 1, 2025"), a time is the
    article's; of two timed stamps there, the one nearest the text (:func:`_nearest_timed_header`). Below the text,
    a timed stamp is more often a related story's than the article's."""
    for kind in ("published", "updated"):
        stamps = [s for s in meta.stamps if s.kind == kind and s.published and not _in_chronology(s, meta)]
        if stamps:
            chosen = _nearest_timed_header(stamps) or _nearest_bare_header(stamps)
            return None if _bare_stamp_against_dateline(chosen, meta) or _strip_after_story(chosen, meta) else chosen
    return None


def _in_chronology(stamp: Found, meta: Meta) -> bool:
    """Rule ``published.chronology_dates``: bare dates on lines of their own below the text's start, two or more of
    them different ("Here's a rundown of events:" / "May 13, 2024" / … / "June 10, 2024" / …), head the entries of
    a chronology the article gives; none of them is the article's own day."""
    if stamp.header or stamp.precise:
        return False
    return len({s.published for s in meta.stamps if not s.header and not s.precise and s.published}) >= 2


def _nearest_timed_header(stamps: list[Found]) -> Found | None:
    """Rule ``published.nearest_timed_header``: of two timed stamps above the text that differ, the one nearest the
    text (below the headline, "2025-08-09 01:05:59") is the article's; the one further up ("Tuesday, 02 January 2024
    12:17 GMT" over the headline) is the site's clock. The only timed stamp above the text otherwise; else None."""
    timed = [s for s in stamps if s.precise and s.header]
    return (timed[-1] if len({s.published for s in timed}) > 1 else timed[0]) if timed else None


def _nearest_bare_header(stamps: list[Found]) -> Found:
    """Rule ``published.nearest_header_stamp``: of two bare dates above the text that differ, the one nearest the text
    is the article's ("March 2, 2019" over the headline); the one further up is the site's date strip, the day the
    page was saved ("April 9, 2023" beside the masthead). Otherwise the first stamp."""
    bare = [s for s in stamps if s.header and not s.precise]
    if len(bare) >= 2 and len({s.published for s in bare}) > 1:
        return bare[-1]
    return stamps[0]


STRIP_GAP_DAYS = 60  # a site's date strip this long after every day the story prints is the day the page was saved


def story_days(paras: list[str]) -> list[tuple[int | None, int, int]]:
    """The days the article's text prints without a year ("on 12 January", "March 3"; the month's name capitalised, so
    "may 10 people" is no day) as (None, month, day): a writer leaves the year out of the days near the article's own.
    A full date is left aside: it is as often a picture's or a background's ("in Port Aster, July 25, 2015")."""
    p = patterns()
    out: list[tuple[int | None, int, int]] = []
    for para in paras:
        for m in p["short"].finditer(p["full"].sub(" ", para)):
            name = m["m5"] or m["m6"]
            md = month_day(m) if name[:1].isupper() else None
            if md is not None:
                out.append((None, *md))
    return out


def _strip_after_story(stamp: Found, meta: Meta) -> bool:
    """Rule ``published.strip_after_story``: a bare date above the text (no label, no time, no dateline under it) that
    comes more than :data:`STRIP_GAP_DAYS` after the latest day without a year the story prints ("Tuesday, May 21st
    2024" over a story of talks "on 10 and 11 January" and a briefing "on 12 January") is the site's date strip, the
    day the page was saved, not the article's: the article stays undated. A day without a year is read in the year
    that puts it nearest the strip."""
    if stamp.precise or not stamp.header or meta.dateline is not None or not stamp.published:
        return False
    ref = dt.date.fromisoformat(stamp.published)
    days = []
    for year, month, day in meta.story_days:
        years = (year,) if year else (ref.year - 1, ref.year, ref.year + 1)
        cands = [d for y in years if (d := _day_in(y, month, day)) is not None]
        if cands:
            days.append(min(cands, key=lambda d: abs((d - ref).days)))
    return bool(days) and max(days) < ref - dt.timedelta(days=STRIP_GAP_DAYS)


def _bare_stamp_against_dateline(stamp: Found, meta: Meta) -> bool:
    """A bare date (no label, no time) that the article's own dateline contradicts: the site's date strip (the day
    the page was saved, "Thursday, 5 June 2025" above "Lindor, 19 March 2023 (Agency) —"). The dateline's full
    date then wins; a dateline of a day alone more than three days off leaves the article undated (a wrong date
    shifts every relative date in it)."""
    line = meta.dateline
    if stamp.precise or line is None or (line.published is None and line.day is None):
        return False
    if line.published is not None:
        return line.published != stamp.published
    return year_for_dateline(meta, None, stamp) is None


def stamp_by_dateline(meta: Meta) -> Found | None:
    """Strategy: a numeric stamp that reads both ways ("01/10/2024"), settled by the dateline's day
    ("PORT ASTER, Oct 1 (Bernama)"): the reading whose month and day the dateline prints."""
    if meta.dateline is None or meta.dateline.day is None:
        return None
    for kind in ("published", "updated"):
        for stamp in meta.stamps:
            match = [d for d in stamp.options if stamp.kind == kind and (int(d[5:7]), int(d[8:])) == meta.dateline.day]
            if stamp.published is None and len(match) == 1:
                return Found(match[0], "stamp line and dateline", outlet=stamp.outlet, kind=kind)
    return None


# ---- datelines -----------------------------------------------------------------------------------

def read_dateline(para: str, is_place=None) -> tuple[Found, int] | None:
    """A dateline at the start of a paragraph → (what it says, where the text after it starts).

    Forms: ``CITY, Mon DD (AGENCY)``, ``CITY, Month DD. /AGENCY/.``, ``City, Month DD, AGENCY`` (a line of its own), ``CITY, Country, Month DD, YYYY
    (AGENCY) -``, ``CITY (AGENCY) —``, ``CITY, Country —``, ``(AGENCY)``, a line that is only a city
    in capitals, ``City: …`` and ``City, Outlet: …``. Without a date or an agency the place must be
    in capitals or known to ``is_place``, and the text after a dateline starts a sentence.
    """
    p = patterns()
    joined = _agency_hyphen_place(para, is_place)
    if joined is not None:
        return joined
    a = p["agency"].match(para)
    if a is not None and para.startswith("("):
        return Found(None, "dateline", outlet=_first_agency(a["a1"]), agency=a["a1"]), a.end()
    dated = _dated_agency(para) or _date_first(para, is_place) or _agency_and_date(para) or \
        _caps_place_bare_date(para, is_place)
    if dated is not None:
        return dated
    m = p["place"].match(para)
    if m is None or cue_alone(m["place"]):
        return None  # rule published.cue_no_place: "FILE - …" opens a caption
    parts = [x.strip() for x in m["place"].split(",")]
    in_gazetteer = is_place is not None and (is_place(parts[0]) or is_place(parts[0].split()[0]))
    if m.end() == len(para.rstrip(". ")) and m["place"].isupper() and in_gazetteer and len(para.split()) <= 4:
        return Found(None, "dateline", place=", ".join(parts)), len(para)  # "PORT ASTER" on a line of its own
    return _after_place(para, m.end(), parts, m["place"].isupper() or in_gazetteer, in_gazetteer)


AGENCY_HYPHEN = re.compile(r"(?P<agency>[A-Z]{2,6})-(?P<words>(?:[A-Z][\w'’.]*\s+){1,3})")
BRACKETED_PLACE = re.compile(r"\((?P<place>[A-Z][\w .'’-]{1,30})\)\s+")


def _agency_hyphen_place(para: str, is_place) -> tuple[Found, int] | None:
    """Rule ``published.agency_hyphen_place``: "ZNA-Port Aster (Ruritania) The talks …", an agency's acronym joined
    by a hyphen to a place the gazetteer knows (the longest of its first words that is one), its country in brackets
    if any, then a sentence. None without a known place or a sentence after it."""
    m = AGENCY_HYPHEN.match(para) if is_place is not None else None
    if m is None:
        return None
    words = m["words"].split()
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        pos = m.start("words") + len(place)
        pos += _spaces(para, pos)
        inner = BRACKETED_PLACE.match(para, pos)
        if is_place(place) and (inner is None or is_place(inner["place"].strip())):
            pos = inner.end() if inner is not None else pos
            if _starts_sentence(para[pos:]) and para[pos:].strip():
                full = f"{place}, {inner['place'].strip()}" if inner is not None else place
                return Found(None, "dateline", outlet=m["agency"], place=full, agency=m["agency"]), pos
    return None


def _caps_place_bare_date(para: str, is_place) -> tuple[Found, int] | None:
    """Rule ``published.caps_place_bare_date``: a place in capitals that the gazetteer knows, a month and day with no
    mark between them, then a sentence ("PORT ASTER Oct 2 Voters narrowly rejected …", an older wire layout)."""
    p = patterns()
    m = p["place"].match(para) if is_place is not None else None
    if m is None or not m["place"].isupper() or "," in m["place"] or not is_place(m["place"]):
        return None
    if para[m.end():m.end() + 1] != " ":
        return None
    at = m.end() + _spaces(para, m.end())
    date = p["short"].match(para, at)
    day = month_day(date) if date is not None and para[date.end():date.end() + 1] == " " else None
    pos = date.end() + _spaces(para, date.end()) if day is not None else 0
    if day is None or not para[pos:pos + 1].isupper():
        return None
    return Found(None, "dateline", place=m["place"], day=day), pos


def _dated_agency(para: str) -> tuple[Found, int] | None:
    """A dateline without a place: a date, then an agency in brackets, then a sentence ("Oct 9 (Agency) The
    talks …"). The brackets must not hold a day's name ("May 9 (Friday) …")."""
    p = patterns()
    date = p["full"].match(para) or p["short"].match(para)
    a = p["agency"].match(para, date.end()) if date is not None else None
    dash = p["dash"].match(para, a.end()) if a is not None else None
    pos = dash.end() if dash is not None and dash.group().strip() != ":" else a.end() if a is not None else 0
    if a is None or not a["a1"] or not _starts_sentence(para[pos:]) or not para[pos:].strip():
        return None
    if a["a1"].strip().lower().rstrip(".") in calendar()["weekdays"] | set(calendar()["stamp_months"]):
        return None
    found = Found(None, "dateline", outlet=_first_agency(a["a1"]), agency=a["a1"].strip())
    if date.re is p["full"]:
        found.published = to_day(date)
    else:
        found.day = month_day(date)
    return found, pos


def _agency_and_date(para: str) -> tuple[Found, int] | None:
    """A dateline without a place that opens with brackets holding an agency and a full date, then a dash before
    a sentence: "(Wirewire; May 3, 2021) - The council …"."""
    date, agency, a = _agency_with_date(para, 0)
    dash = patterns()["dash"].match(para, a.end()) if a is not None and para.startswith("(") else None
    if dash is None or dash.group().strip() in ("", ":", ";") or not _starts_sentence(para[dash.end():]):
        return None
    return Found(to_day(date), "dateline", outlet=_first_agency(agency), agency=agency), dash.end()


def _date_first(para: str, is_place=None) -> tuple[Found, int] | None:
    """A dateline whose full date comes first: the date with its year (maybe after a weekday), maybe a place in
    capitals or one the gazetteer knows, then a dash before a sentence ("Tuesday, March 4, 2025 - The council …",
    "March 4, 2025 ZENDA — The council …"). Without the dash it is a sentence about that day, never a dateline."""
    p = patterns()
    at = 0
    weekday = p["weekday"].match(para)
    if weekday is not None:
        at = weekday.end() + (para[weekday.end():weekday.end() + 1] == ",")
        at += _spaces(para, at)
    date = p["full"].match(para, at)
    day = to_day(date) if date is not None else None
    if day is None:
        return None
    pos = date.end() + _spaces(para, date.end())
    place = p["place"].match(para[pos:])
    if place is not None:
        name = place["place"]
        known = name.isupper() or (is_place is not None and is_place(name.split(",")[0]))
        if not known:
            return None
        pos += place.end()
    dash = p["dash"].match(para, pos)
    if dash is None or dash.group().strip() in (":", ";") or not _starts_sentence(para[dash.end():]):
        return None
    return Found(day, "dateline", place=place["place"] if place is not None else None), dash.end()


def _after_place(para: str, pos: int, parts: list[str], known: bool, listed: bool = False) -> tuple[Found, int] | None:
    """The rest of a dateline after its place: a date, an agency, a dash or a colon. A place and a colon
    alone ("Zenda: …") is a dateline only for a place the gazetteer lists: capitals are not enough there
    ("QUESTION: Mr. Secretary …", "PRESS RELEASE : …" are a transcript's speaker and a label)."""
    p = patterns()
    dotted = para[pos - 1:pos] == "." and para[pos:pos + 1] == " "
    date, agency, pos = _date_and_agency(para, pos)
    d = p["dash"].match(para, pos)
    if d is not None and d.group().strip() in (":", ";") and date is None and agency is None:
        return _place_colon(para, parts, listed)
    if d is not None:
        pos = d.end()
    elif agency is None and not (date is not None and (para[pos - 1] == "." or (known and not para[pos:].strip()))):
        return None  # "Zenda, Ruritania's capital, …": a sentence, not a dateline; "Zenda, May 9" alone is one
    else:
        pos += _spaces(para, pos)  # "Zenda, November 7 2025. The talks …"
    if _not_after_place(para, pos, parts, date, agency, known, listed):
        return None
    place = ", ".join(parts)
    if dotted:  # "KYIV. Sept 10 (Agency) –": the full stop closes the place
        place = place[:-1]
    found = Found(None, "dateline", outlet=_first_agency(agency), place=place, agency=agency)
    if date is not None and date.re is p["full"]:
        found.published = to_day(date)
    elif date is not None:
        found.day = month_day(date)
    return found, pos


def _date_and_agency(para: str, pos: int) -> tuple[re.Match | None, str | None, int]:
    """After a dateline's place: its date (a match) and agency, if any, and where the text after them starts."""
    p = patterns()
    date = _dateline_date(para, pos)
    if date is not None:
        pos = date.end() + (1 if para[date.end():date.end() + 1] == "." else 0)
    a = p["agency"].match(para, pos)
    agency = (a["a1"] or a["a2"]).strip() if a is not None else None
    if a is None and date is None:
        date, agency, a = _agency_with_date(para, pos)
    pos = a.end() if a is not None else pos
    tail = _agency_tail(para, pos) if date is not None and a is None else None
    if tail is not None:  # "Zenda, October 13, RUREX" on a line of its own; "ZENDA, JULY 23, RUREX. The …"
        agency, pos = tail
    return date, agency, pos


def _agency_with_date(para: str, pos: int) -> tuple[re.Match | None, str | None, re.Match | None]:
    """Brackets after a dateline's place that hold an agency and end with a full date: "PORT ASTER (Wirewire /
    Agency - 10th September, 2020) The minister …", "Zenda, (Wirewire/Daily Post Oct 02, 2023) :The …"."""
    p = patterns()
    a = p["agency_dated"].match(para, pos)
    if a is None:
        return None, None, None
    inner = a["inner"]
    date = next((d for d in p["full"].finditer(inner) if d.end() == len(inner.rstrip())), None)
    agency = inner[:date.start()].rstrip(" -–—,;") if date is not None else ""
    if not re.match(r"[A-Z][\w .&/'-]{1,38}$", agency):  # an agency's name, capitalised
        return None, None, None
    return date, agency, a


def _agency_tail(para: str, pos: int) -> tuple[str, int] | None:
    """An agency in capitals after a dateline's date and a comma: the whole rest of the line, or closed by a
    full stop or a dash before a sentence ("Lindor, March 27, RNA- The council …")."""
    p = patterns()
    tail = p["agency_tail"].match(para, pos)
    if tail is None:
        return None
    if tail.end() == len(para):
        return tail["a3"], len(para)
    name = tail["a3"].rstrip(".-")
    dash = p["dash"].match(para, tail.end())
    closed = tail["a3"] != name or (dash is not None and dash.group().strip() not in (":", ";"))
    end = dash.end() if dash is not None else tail.end()
    if closed and len(name) >= 2 and _starts_sentence(para[end:]):
        return name, end
    return None


def _not_after_place(para: str, pos: int, parts: list[str], date, agency: str | None, known: bool,
                     listed: bool) -> bool:
    """What the place, date and agency found are not a dateline: an unknown place alone, text after them that
    does not start a sentence, a name and its acronym, a heading in capitals with an acronym."""
    if (date is None and agency is None and not known) or (para[pos:pos + 1] and not _starts_sentence(para[pos:])):
        return True
    if date is None and agency is not None and _acronym_of(agency, parts):
        return True  # "Joint Border Committee (JBC)": a name and its acronym, not a place and an agency
    # "MINISTERS' MEETING (AMM)" on a line of its own: a heading, unless the place or agency is known
    return date is None and agency is not None and not para[pos:].strip() and not (listed or _agency(_first_agency(agency)))


def _dateline_date(para: str, pos: int) -> re.Match | None:
    """The date after a dateline's place: after a comma ("ZENDA, Tuesday 15 March 2022 –"), after a place
    that ends with a full stop ("ZENDA. Sept 10 (Agency) –"), or, with no mark at all, a date with its year
    followed by an agency ("Port Aster May 16/2021 (Agency)")."""
    p = patterns()
    bare = para[pos:pos + 1] == " " and para[pos - 1:pos] != "."
    if para[pos:pos + 1] != "," and para[pos:pos + 1] != " ":
        return None
    at = pos + (para[pos:pos + 1] == ",")
    at += _spaces(para, at)
    weekday = p["weekday"].match(para, at)
    if weekday is not None:
        at = weekday.end() + (para[weekday.end():weekday.end() + 1] == ",")
        at += _spaces(para, at)
    date = p["full"].match(para, at) or p["short"].match(para, at)
    if bare and (date is None or date.re is not p["full"] or p["agency"].match(para, date.end()) is None):
        return None
    return date


def _acronym_of(agency: str, parts: list[str]) -> bool:
    """Do the last words before the brackets spell what the brackets hold?"""
    named = " ".join(parts).replace("-", " ").split()
    return any(spells(agency, named[i:]) for i in range(len(named)))


def _starts_sentence(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'("


def _spaces(text: str, pos: int) -> int:
    return len(text[pos:]) - len(text[pos:].lstrip())


def _first_agency(agency: str | None) -> str | None:
    """"BSS/AFP" → "BSS" (the outlet that printed it; the other is cited)."""
    return agency.split("/")[0].strip() if agency else None


def _place_colon(para: str, parts: list[str], known: bool) -> tuple[Found, int] | None:
    """"Zenda: The sixth round …", "Port Aster, The Harbour Observer: Freedonia and …" (a known place)."""
    m = re.match(r"^([^:;]{2,60})[:;]\s+(?=[A-Z\"“‘'])", para)  # "Zenda; The …" too (a typed semicolon)
    if m is None or not known or len(parts) > 2 or len(parts[0].split()) > 3:
        return None
    return Found(None, "dateline", outlet=parts[1] if len(parts) == 2 else None, place=parts[0]), m.end()


def dateline(meta: Meta) -> Found | None:
    """Strategy: the dateline's date, when it prints the year."""
    if meta.dateline is not None and meta.dateline.published:
        return meta.dateline
    return None


# ---- the other strategies ------------------------------------------------------------------------

def front_matter(fm: dict | None) -> Found | None:
    """Strategy: ``published:`` (or ``date:``) in a Markdown file's front matter."""
    if not fm:
        return None
    value = fm.get("published", fm.get("date"))
    if isinstance(value, dt.datetime):
        return Found(value.date().isoformat(), "front matter")
    if isinstance(value, dt.date):
        return Found(value.isoformat(), "front matter")
    if value not in (None, ""):
        m = patterns()["full"].search(str(value))
        day = to_day(m) if m else None
        if day:
            return Found(day, "front matter")
    return None


def html_metadata(html: str | None) -> Found | None:
    """Strategy: the page's own metadata (meta tags, JSON-LD, ``<time>``), read by ``htmldate``.

    Only what the page declares: no guess from the text or the clock."""
    if not html:
        return None
    from htmldate import find_date

    try:
        day = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    return Found(day, "HTML metadata") if day else None


def file_name(path: Path) -> Found | None:
    """Strategy: a ``YYYY-MM-DD`` prefix of the file name."""
    m = patterns()["iso_prefix"].match(Path(path).name)
    if not m:
        return None
    try:
        return Found(dt.date.fromisoformat(m[1]).isoformat(), "file name")
    except ValueError:
        return None


def choose(path: Path, fm: dict | None, html: str | None, meta: Meta) -> Found | None:
    """The first strategy that finds a day, most reliable first."""
    for strategy in (lambda: front_matter(fm), lambda: html_metadata(html), lambda: stamp_line(meta),
                     lambda: stamp_by_dateline(meta), lambda: dateline(meta), lambda: file_name(path)):
        found = strategy()
        if found is not None and found.published:
            return found
    return None


def year_for_dateline(meta: Meta, path: Path, found: Found | None) -> str | None:
    """A dateline that prints no year ("Lindor, Oct 23 (IANS)") takes the year of the date another
    strategy found, or of the file name's prefix, when that day is within a few days of it."""
    if meta.dateline is None or meta.dateline.day is None:
        return None
    month, day = meta.dateline.day
    anchor = found.published if found is not None else None
    if anchor is None:
        return None
    ref = dt.date.fromisoformat(anchor)
    for year in (ref.year, ref.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((ref - cand).days) <= 3:
            return cand.isoformat()
    return None


# ---- taking stamp lines and the dateline out of the body -----------------------------------------

def take_meta_lines(paras: list[str], is_place=None, is_prose=None) -> tuple[list[str], Meta]:
    """Stamp lines (anywhere) and a dateline (in the first paragraph of prose, or the one after a
    standfirst) out of the body."""
    meta = Meta()
    body: list[str] = []
    prose_seen = 0
    skip = 0
    paras = [piece for k, para in enumerate(paras)
             for piece in (_unglue_opening(para, is_place) if k < GLUED_STAMP_UNITS else [para])]
    for i, para in enumerate(paras):
        if skip:
            skip -= 1
            continue
        n, stamp = _stamp_at(paras, i)
        if stamp is not None:
            _take_stamp(stamp, paras, i, n, _above_text(paras, i + n, prose_seen, is_prose), meta)
            skip = n - 1
            continue
        pushed = _pushed_down(para, prose_seen, is_place) if meta.dateline is None and prose_seen >= 2 else None
        if meta.dateline is None and (prose_seen < 2 or pushed) and not _photo_caption(para):
            hit = pushed or read_dateline(para, is_place)
            if hit is not None and _bare_place(hit[0]) and _heading(para[hit[1]:]):
                hit = None  # "ENA - ENA English": a place and a dash before a heading, not before the story
            if hit is not None:
                found, pos = hit
                meta.dateline = found
                meta.removed.append(para[:pos].strip())
                para = _stamp_after_dateline(para[pos:].strip(), meta)
                if not para:
                    continue
        elif is_place is not None and (pos := later_dateline(para, is_place)):
            meta.removed.append(para[:pos].strip())
            para = para[pos:].strip()
        prose_seen += is_prose is None or is_prose(para)
        body.append(para)
    return body, meta


def _above_text(paras: list[str], after: int, prose_seen: int, is_prose) -> bool:
    """Is a stamp above the text: before its first paragraph of prose, or under a standfirst (one paragraph of prose
    with more prose below the stamp)? Rule ``published.stamp_below_text``: a stamp after the one paragraph of prose a
    page holds ("by Jan Roe June 11, 2024" / the article in one paragraph / "Sept. 13, 2023" over a related story's
    headline) is below the text, a related story's, never the nearest stamp above it."""
    if prose_seen == 0:
        return True
    return prose_seen < 2 and (is_prose is None or any(is_prose(p) for p in paras[after:]))


def _take_stamp(stamp: Found, paras: list[str], i: int, n: int, header: bool, meta: Meta) -> None:
    """A stamp on ``n`` lines from ``paras[i]``, out of the body into ``meta`` (``header``: above the text, or under
    a standfirst)."""
    stamp.header = header
    if not stamp.precise and _beside_edition_link(paras, i, n):
        stamp.kind = "edition"  # the print edition's day beside its link: read by no strategy
    meta.stamps.append(stamp)
    meta.removed.extend(paras[i:i + n])


PUSHED_DOWN_PROSE = 4  # the paragraphs of prose above it that a dateline may sit under (captions, a standfirst)


def _pushed_down(para: str, prose_seen: int, is_place) -> tuple[Found, int] | None:
    """Rule ``published.dateline_pushed_down``: the first dateline of an article whose opening lines are photo
    captions and a standfirst in whole sentences (the reader tells a caption from prose only later, by its parse) may
    open the third or fourth paragraph of prose; there, only a place the gazetteer knows makes one ("PORT ASTER: As
    the delegates gather …"). The dateline read, as :func:`read_dateline` gives it, or None."""
    if prose_seen >= PUSHED_DOWN_PROSE or is_place is None:
        return None
    hit = read_dateline(para, is_place)
    return hit if hit is not None and hit[0].place is not None and is_place(hit[0].place.strip()) else None


def _unglue_opening(para: str, is_place) -> list[str]:
    """A first line's glued stamp (:func:`unglue_stamp`), or its headline glued before a dateline."""
    pieces = unglue_stamp(para)
    return pieces if len(pieces) > 1 else _headline_before_dateline(para, is_place)


GLUED_DATELINE = re.compile(r"(?<=[^\W\d_]) (?P<place>(?:[A-Z][\w.'’-]* ){0,2}[A-Z][\w.'’-]*), (?=[A-Z][a-z]{2,8}\.? \d{1,2} \()")


def _headline_before_dateline(para: str, is_place) -> list[str]:
    """Rule ``published.headline_before_dateline``: a page saved as one line runs its headline into its dateline
    ("Leaders praise the deal, vow action despite Roe Port Aster, Nov 24 (AFP) Nov 24, 2024 The president praised
    …"): the headline (three to 25 words, no sentence's end) and the dateline, split where the place the gazetteer
    knows begins, so the headline's last name never joins the place ("Roe Port Aster"). Nothing is split when no
    such place stands before "Mon DD (": a sentence that names a day goes on as written."""
    m = GLUED_DATELINE.search(para)
    if m is None or is_place is None:
        return [para]
    words = m["place"].split()
    for k in range(len(words)):  # the longest place the gazetteer knows, its last words
        place = " ".join(words[k:])
        head = (para[:m.start("place")] + " ".join(words[:k])).strip()
        low, high = HEADLINE_AFTER_STAMP_WORDS
        if is_place(place) and low <= len(head.split()) <= high and not re.search(r"[.!?:;]$", head):
            hit = read_dateline(para[m.end("place") - len(place):], is_place)
            return [head, para[m.end("place") - len(place):]] if hit is not None and hit[0].agency else [para]
    return [para]


def _stamp_after_dateline(rest: str, meta: Meta) -> str:
    """Rule ``published.stamp_after_dateline``: a full date right after a dateline ("Port Aster, Nov 24 (AFP) Nov 24,
    2024 The president …") is the page's stamp, read as one and taken out of the first sentence."""
    m = patterns()["full"].match(rest)
    stamp = read_stamp(rest[:m.end()]) if m is not None and rest[m.end():m.end() + 2].strip()[:1].isupper() else None
    if stamp is None:
        return rest
    stamp.header = True
    meta.stamps.append(stamp)
    meta.removed.append(rest[:m.end()].strip())
    return rest[m.end():].strip()


def _beside_edition_link(paras: list[str], i: int, n: int) -> bool:
    """Rule ``published.edition_date``: a bare date right above or below a link to the day's print edition
    ("Sunday, July 6, 2025" / "Today's Print", list ``edition_links`` in data/furniture.yml) is the edition's day, the
    day the page was saved, not the article's: no strategy reads it."""
    from .furniture import edition_link  # (furniture reads this module's date patterns)

    near = [paras[k] for k in (i - 1, i + n) if 0 <= k < len(paras)]
    return any(edition_link(x) for x in near)


def _photo_caption(para: str) -> bool:
    """A photo agency's caption that opens like a dateline and ends with its credit ("ZENDA, RURITANIA - JUNE 27:
    Jan Roe speaks … (Photo by Jan Kral/Agency)"): the place and day are the picture's, not the story's."""
    from .furniture import judge  # (furniture reads this module's date patterns)

    return (judge(para) or "").startswith("caption")


# a later story's dateline: a place in capitals and a dash ("ZENDA - ", "ZENDA — ")
LATER_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z .'’-]{3,30}?)\s+[-–—]\s+(?=[A-Z0-9\"“‘])")


def later_dateline(para: str, is_place) -> int:
    """Rule ``published.later_dateline``: the dateline that opens a paragraph after the first one (a digest of
    several stories, a live page: "ZENDA - The council met …"): a place in capitals the gazetteer knows and a dash
    before a sentence, or an agency joined to a known place (``published.agency_hyphen_place``: "ZNA-Zenda (Ruritania)
    The …", a lead repeated under its standfirst). Where the text after it starts, or 0. A heading in capitals
    ("ECONOMY - …") is no place."""
    joined = _agency_hyphen_place(para, is_place)
    if joined is not None:
        return joined[1]
    m = LATER_DATELINE.match(para)
    if m is None or not is_place(m["place"].strip().title()) and not is_place(m["place"].strip()):
        return 0
    return m.end() if _starts_sentence(para[m.end():]) and not _heading(para[m.end():]) else 0


GLUED_STAMP_UNITS = 4  # the first lines of a page, where a stamp glued to a headline or a caption stands
STAMP_AGENCY = re.compile(r"\s*\([A-Z][\w .&'’-]{1,40}\)")
STAMP_PLACE_TAIL = 40  # "…, Tbilisi, Freedonia": the place a stamp glued after a caption may print


def unglue_stamp(para: str) -> list[str]:
    """Rule ``published.glued_stamp``: a date with its time of day glued into a line is a stamp of its own, split off
    for the stamp reader: in brackets after a headline ("Talks resume in Lindor ( 2003-11-20 23:30) (Agency) The
    envoys …"), or after a caption's last full stop to the line's end ("… at the border. Photo: Agency., 15 Mar 2021 -
    12:40, Lindor"). A date and time inside a sentence stay where they are."""
    p = patterns()
    opening = _stamp_before_headline(para) or _labelled_stamp_opening(para)
    if opening is not None:
        return opening
    for m in p["full"].finditer(para):
        tail = para[m.end():]
        rest = tail.lstrip(" ,-–—")
        tm = p["time"].match(rest)
        if m.start() == 0 or tm is None:
            continue
        end = m.end() + len(tail) - len(rest) + tm.end()
        opening = para.rfind("(", 0, m.start())
        if opening > 0 and not para[opening + 1:m.start()].strip() and para[end:].lstrip().startswith(")"):
            close = para.index(")", end) + 1
            agency = STAMP_AGENCY.match(para, close)
            close = agency.end() if agency else close
            return [x for x in (para[:opening].strip(), para[opening:close].strip(), para[close:].strip()) if x]
        if re.search(r"[.!?]\s*,?\s*$", para[:m.start()]) and len(para) - end <= STAMP_PLACE_TAIL \
                and not re.search(r"[.!?]", para[end:]):
            return [para[:m.start()].rstrip(" ,"), para[m.start():].strip()]
    return [para]


HEADLINE_AFTER_STAMP_WORDS = (3, 25)


def _stamp_before_headline(para: str) -> list[str] | None:
    """Rule ``published.stamp_before_headline``: a line that opens with a stamp (one or more dates ending in a year,
    "02/16/2025 February 16, 2025") and goes on with a headline (a capital, three to 25 words, no sentence's end):
    the stamp and the headline, split. A line that goes on with a sentence ("… 2025 The talks ended.") is left."""
    tokens = para.split(" ")
    for k in range(min(8, len(tokens) - 1), 0, -1):
        head, rest = " ".join(tokens[:k]).strip(), " ".join(tokens[k:]).strip()
        low, high = HEADLINE_AFTER_STAMP_WORDS
        if not (head[-1:].isdigit() and rest[:1].isupper() and low <= len(rest.split()) <= high):
            continue
        if re.search(r"[.!?:;,]$", rest) or read_stamp(head) is None:
            continue
        return [head, *(_stamp_before_headline(rest) or [rest])]  # "02/16/2025 February 16, 2025 …": both stamps
    return None


def _labelled_stamp_opening(para: str) -> list[str] | None:
    """Rule ``published.labelled_stamp_opening``: a line that opens with a publication or update word and a full date
    ("date 2025-03-28 X has been sworn in …", "Published 12 June 2025 The talks …"), and goes on with a capital, is
    that stamp and the text after it, split, whatever follows: the word makes the date a stamp. A line that opens
    with a date alone, or a word no stamp's, is left."""
    cal = calendar()
    m = re.match(rf"(?i:{_alt(cal['published'] + cal['updated'])}):?\s+", para)
    date = patterns()["full"].match(para, m.end()) if m else None
    rest = para[date.end():].lstrip() if date else ""
    if date is None or not rest[:1].isupper() or read_stamp(para[:date.end()]) is None:
        return None
    return [para[:date.end()].strip(), rest]


def _stamp_at(paras: list[str], i: int) -> tuple[int, Found | None]:
    """The stamp that starts at paragraph ``i`` and how many paragraphs it takes: one line, or a label on a
    line of its own and the line after it ("Updated" / "Thu 19 Oct 2017 04.42 EDT First published on …"), or a
    date split over short lines ("Posted On" / "10" / "September" / "2021")."""
    stamp = read_stamp(paras[i]) or _dated_repeat(paras, i)
    if stamp is not None:
        return 1, stamp
    label = patterns()["kind"].fullmatch(paras[i].strip()) is not None
    if not (label or _date_part(paras[i])):
        return 0, None
    for n in range(2, min(6, len(paras) - i + 1)):
        if not (_date_part(paras[i + n - 1]) or (label and n == 2)):
            break
        stamp = read_stamp(" ".join(paras[i:i + n]))
        if stamp is not None:
            return n, stamp
    return 0, None


DOCUMENT_NUMBER = re.compile(r"^\s*No\.?\s*:?\s*\d{1,6}\s*[,;:–—-]?\s*", re.IGNORECASE)  # "No: 320, "


def _dated_repeat(paras: list[str], i: int) -> Found | None:
    """Rule ``published.dated_repeat``: "No: 320, 26 October 2022, Press Release Regarding X" under the headline
    "Press Release Regarding X" — a line at the head of the page that is an earlier line of the head again with one
    full date (and a document's number) added is the page's stamp: that date. Any other line → None."""
    if i >= GLUED_STAMP_UNITS or len(paras[i]) > 180:
        return None
    dates = list(patterns()["full"].finditer(paras[i]))
    if len(dates) != 1:
        return None
    rest = DOCUMENT_NUMBER.sub("", paras[i][:dates[0].start()] + " " + paras[i][dates[0].end():])
    words = re.findall(r"\w+", rest.lower())
    if len(words) < 3 or not any(re.findall(r"\w+", p.lower()) == words for p in paras[:i]):
        return None
    day = to_day(dates[0])
    return Found(day, "stamp line") if day else None


def _date_part(text: str) -> bool:
    """A line that is one piece of a date: a day or a year, a month or a weekday."""
    word = text.strip().rstrip(".,").lower()
    cal = calendar()
    return bool(re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?", word)) or word in cal["stamp_months"] or word in cal["weekdays"]


HEADING_TITLE_CASE = 0.9  # share of capitalised words (short function words aside) in a headline


def _heading(text: str) -> bool:
    """Words after a dash or a colon that are a heading or a menu, not a sentence: every word capitalised, or a
    headline's title case with no sentence's end ("Zenda: ‘Spirit of Cooperation’ at Talks in Port Aster")."""
    from .furniture import HARD_END, title_case_ratio  # (furniture reads this module's date patterns)

    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not words:
        return False
    if not any(w[:1].islower() for w in words):
        return True
    return not HARD_END.search(text.rstrip()) and title_case_ratio(words) >= HEADING_TITLE_CASE


def _bare_place(found: Found) -> bool:
    """A dateline that gives a place alone ("ZENDA —"), no date and no agency."""
    return found.published is None and found.day is None and found.agency is None and found.outlet is None


def settle_undated(articles, year: int | None, warn=None) -> None:
    """After reading a corpus: a dateline's day without a year ("MOSCOW, October 26. /TASS/.") takes a
    year from the dated articles, said on the source page; an article still without a date is reported
    through ``warn(path)``. The year is the one that puts the day within the dated articles' span (give or
    take six weeks), or, when none does, the one year all of them share; when several years fit, or the dated
    articles span years and none fits, the day stays without a year (a wrong year is worse than none). With
    no dated article at all, ``year`` (the corpus's) is used."""
    dated = sorted(dt.date.fromisoformat(a.published) for a in articles if a.published)
    for art in articles:
        if art.published is None and getattr(art, "date_options", None):
            _settle_options(art, dated)
        if art.published is None and art.dateline_day:
            month, day = (int(x) for x in art.dateline_day.split("-"))
            weekday = _lead_weekday(art)
            chosen, alone = _dateline_year(month, day, dated, year, weekday), None
            if chosen is None and weekday is not None:
                chosen = alone = _weekday_year(month, day, dated, weekday)
            if chosen is not None:
                art.published = chosen.isoformat()
                art.dateline_weekday = weekday is not None
                art.reference_note = (f"The dateline gives the day without a year; the year ({chosen.year}) is that "
                                      f"of the other articles." if alone is None else
                                      f"The dateline gives the day without a year; {chosen.year} is the one year "
                                      f"near the other articles' that puts it on the weekday its lead tells.")
        if art.published is None:
            _settle_today(art, dated, year)
        if art.published is None and warn is not None:
            warn(art.path)


TODAY_PARAGRAPHS = 8  # the paragraphs of prose a text names its own day in ("Today (Friday 24 March) …")


@lru_cache(maxsize=1)
def _today_pattern() -> re.Pattern:
    from .extract.dates import WEEKDAYS

    cal, data = calendar(), calendar_data()
    months = _alt(cal["months"])
    if not data.get("today_words"):
        return re.compile(r"(?!)")  # no word for "this day": no text names its own day
    return re.compile(
        rf"\b(?:{_alt(data['today_words'])}),?\s*\(?\s*(?P<wd>{'|'.join(WEEKDAYS)}),?\s+"
        rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{months})\b|(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>\d{{4}})\b)?", re.I)


def today_named(paragraphs: list[str]) -> tuple[int | None, int, int, int] | None:
    """Rule ``published.today_named``: the day a text names as its own, "today" and then its weekday and its day
    ("Today (Friday 24 March) the ministers will sign …", "… to begin today, Monday, February 13."), as (year or
    None, month, day, weekday), when every such phrase of its first paragraphs names one day; else None."""
    from .extract.dates import WEEKDAYS

    found = set()
    for par in paragraphs[:TODAY_PARAGRAPHS]:
        for m in _today_pattern().finditer(par):
            month = calendar()["months"][(m["m1"] or m["m2"]).lower()]
            found.add((int(m["y"]) if m["y"] else None, month, int(m["d1"] or m["d2"]),
                       WEEKDAYS.index(m["wd"].lower())))
    return found.pop() if len(found) == 1 else None


def _settle_today(art, dated: list[dt.date], year: int | None) -> None:
    """An undated article whose text names its own day (:func:`today_named`) is of that day: of its printed year, else
    of the one year from the year before the first dated article to the year after the last (the corpus's year with
    none dated) that puts the day on the weekday it names. A weekday that fits no year, or several, dates nothing."""
    named = today_named(getattr(art, "paragraphs", None) or [])
    if named is None:
        return
    printed, month, day, weekday = named
    years = [printed] if printed else _years_near(dated) if dated else [year] if year else []
    fits = [d for y in years if (d := _day_in(y, month, day)) is not None and d.weekday() == weekday]
    if len(fits) == 1:
        from .extract.dates import WEEKDAYS

        told = f"{WEEKDAYS[weekday].title()} {day} {calendar_data()['months'][month][0]}"
        art.published = fits[0].isoformat()
        art.reference_note = (f"The text names its own day, {told} {printed}." if printed else
                              f"The text names its own day, {told}; {fits[0].year} is the one year near the other "
                              f"articles' that puts it on that weekday.")


def _settle_options(art, dated: list[dt.date]) -> None:
    """A numeric stamp that reads both ways ("04-12-2025") takes the one reading that falls within the dated
    articles' span (give or take six weeks); when both or neither do, it stays undated."""
    if not dated:
        return
    margin = dt.timedelta(days=42)
    fits = [d for d in art.date_options if dated[0] - margin <= dt.date.fromisoformat(d) <= dated[-1] + margin]
    if len(fits) == 1:
        art.published = fits[0]
        art.reference_note = (f"The stamp's numeric date reads two ways ({' or '.join(art.date_options)}); "
                              f"{fits[0]} is the reading within the other articles' dates.")


def _dateline_year(month: int, day: int, dated: list[dt.date], year: int | None,
                   weekday: int | None = None) -> dt.date | None:
    """The year of a dateline's day (:func:`settle_undated`); with the weekday its lead names (:func:`_lead_weekday`),
    rule ``date:dateline-weekday``: a wire lead tells the dateline's day or the day before ("Oct 29 (Agency) – X on
    Wednesday announced …"), so a year that puts the dateline's day on neither is not the article's."""
    if not dated:
        fits = [d for d in [_day_in(year, month, day) if year else None] if d is not None]
    else:
        margin = dt.timedelta(days=42)
        fits = [d for y in _years_near(dated)
                if (d := _day_in(y, month, day)) is not None and dated[0] - margin <= d <= dated[-1] + margin]
        if not fits and dated[0].year == dated[-1].year:
            fits = [d for d in [_day_in(dated[0].year, month, day)] if d is not None]
    if weekday is not None:
        fits = [d for d in fits if (d.weekday() - weekday) % 7 in (0, 1)]
    return fits[0] if len(fits) == 1 else None


def _lead_weekday(art) -> int | None:
    """The one weekday (0 for Monday) the first sentence of a dateline's lead names on its own ("… on Wednesday
    announced a ceasefire"; not "last Wednesday", "next Friday" or "Wednesday, Oct 29"), else None. The lead is the
    first paragraph that is not the headline. A sentence that looks ahead ("talks will resume Thursday", "are set to
    open on Monday": ``future_modals``, ``prospective_forms`` of the lexicon) tells no day of its report."""
    from .extract.dates import WEEKDAYS
    from .lexicon import words

    paras = [p for p in art.paragraphs[:2] if p.strip() != (getattr(art, "title", None) or "").strip()]
    if not paras:
        return None
    first = re.split(r"(?<=[.!?])\s+", paras[0].strip(), maxsplit=1)[0]
    months = "|".join(sorted(calendar()["stamp_months"], key=len, reverse=True))
    if {w.lower() for w in re.findall(r"[\w']+", first)} & (words("future_modals") | words("prospective_forms")):
        return _reported_weekday(first, WEEKDAYS)
    found = set()
    for m in re.finditer(rf"\b(?:(last|next|this|coming) )?({'|'.join(WEEKDAYS)})\b(,? (?:\d|(?:{months})\b))?", first, re.I):
        if m[1] or m[3]:
            return None
        found.add(WEEKDAYS.index(m[2].lower()))
    return found.pop() if len(found) == 1 else None


def _reported_weekday(first: str, weekdays) -> int | None:
    """In a lead that also looks ahead ("agreed to resume the talks this week, state media reported Tuesday"), the
    one weekday right after a past verb of reporting ("reported Tuesday", "said on Monday": the lexicon's
    ``speech_verbs`` in the past) is still the report's day (rule ``date:reported-weekday``); None otherwise."""
    from .lexicon import words

    irregular = {"say": "said", "tell": "told", "write": "wrote"}
    past = {irregular.get(v, v + "d" if v.endswith("e") else v + "ed") for v in words("speech_verbs") if " " not in v}
    ahead = words("future_modals") | {"be", "been", "being", "to", "can", "could", "must"}  # "would be announced on …"
    found = {weekdays.index(m[3].lower())
             for m in re.finditer(rf"(?:\b(\w+) )?\b(\w+) (?:on )?({'|'.join(weekdays)})\b", first, re.I)
             if m[2].lower() in past and (m[1] or "").lower() not in ahead}
    return found.pop() if len(found) == 1 else None


def _weekday_year(month: int, day: int, dated: list[dt.date], weekday: int) -> dt.date | None:
    """Rule ``date:dateline-weekday-year``: when no year within the dated articles' span fits a dateline's day and its
    lead's weekday (:func:`_dateline_year`), the one year from the year before the first dated article to the year
    after the last that puts the day on that weekday or the day after it ("LINDOR, Oct. 1 (Agency) -- … reported
    Tuesday"). None with no dated article, or when no year or several do."""
    if not dated:
        return None
    fits = [d for y in _years_near(dated)
            if (d := _day_in(y, month, day)) is not None and (d.weekday() - weekday) % 7 in (0, 1)]
    return fits[0] if len(fits) == 1 else None


def _years_near(dated: list[dt.date]) -> range:
    """The years a day printed without one may be in: from the year before the first dated article to the year after
    the last (``dated`` in order, not empty)."""
    return range(dated[0].year - 1, dated[-1].year + 2)


def _day_in(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
