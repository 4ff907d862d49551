"""Events across articles: one event per happening, citing every sentence that reports it.

Two reports are one event when their dates agree at the precision they share (or a planned
meeting is reported held a day or two off, or an approximate week holds the day), their types
agree (the same type; a meeting, a signing and a visit may be one gathering; a report of no known
type goes with any type but a cancellation) and at least one participant agrees: a venue, a
person, or for a typed happening (a meeting, a call, a signing, an attack …) an actor; a typed
report that names no one does not disagree. A cancellation is its own event, and it marks the
planned event it refers to cancelled (or postponed). Each merge records the rule that made it
(the rule names are listed in docs/schema.md).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..extract.dates import WEEKDAYS, When, day_told, first_day, fits_day, year_from_dateline
from ..extract.quotes import find_quotes
from ..lexicon import section, words
from ..model import Citation, Event
from ..text import slugify
from .frame import ActorIndex, Frame, Ids
from .venues import VenueIndex

PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
# every type of happening in the lexicon's ``event_types`` (a statement is words, not a happening)
TYPED = frozenset(section("event_types").get("types") or {}) - {"statement"}
CANCELLABLE = {"meeting", "call", "visit", "agreement"}
UNPLANNED = {"statement", "cancellation"}  # told as to come, no plan of a happening (merge:no-plan-after-the-fact)
GATHERING = {"meeting", "agreement", "visit"}
LEAD_FAMILY = {"meeting", "visit"}  # the types an undated lead may join across (merge:perfect-lead-of-its-day)
AT_GATHERING = {"event.clause.reports_gathering", "event.clause.remarks_came_at_gathering"}  # a statement made there
REPORTS_AGREEMENT = "event.clause.reports_agreement"  # a statement that tells an agreement reached
ANNOUNCEMENT = {"statement", "proposal"}  # a plan put forward in a joint statement is one act
LEAD_DATES = {"date:perfect-lead": "merge:perfect-lead-of-its-day",  # an undated lead → the rule that joins it
              "date:past-lead": "merge:past-lead-of-its-day"}


@lru_cache(maxsize=1)
def _calendar_words() -> re.Pattern:
    """An undated expression that still names a calendar day ("last week", "Monday", "two days ago")."""
    w = sorted(words("reconcile", "calendar_words"))
    rel, units = sorted(words("reconcile", "relative_words")), sorted(words("reconcile", "relative_units"))
    return re.compile(rf"\b({'|'.join(w)}|({'|'.join(rel)}) ({'|'.join(units)}))\b", re.I)


@dataclass
class Draft:
    """One event while merging: the first report, widened by every report merged into it."""

    when: object  # dates.When or None
    summary: str
    actors: list[str]
    venues: list[str]
    status: str
    citations: list[Citation]
    sentence: str
    verb: str
    reported: str
    inferred: bool
    type: str = "other"
    evidence: dict = field(default_factory=dict)  # "type", "status" → rule; "merges" → [{citation, rule}]
    places: set = field(default_factory=set)  # the venues and the cities their buildings stand in
    dateline: set = field(default_factory=set)  # a lead that names no place: the venue its dateline names
    cities: set = field(default_factory=set)  # the cities and buildings its clauses name, venues or not (canonical names)
    countries: dict = field(default_factory=dict)  # venue id → (its kind, the country it is or stands in)
    held: dict = field(default_factory=dict)  # "citations", "actors", "venues" → the same as a set, for look-ups
    unnamed_report: bool = False  # one of its reports names no actor and no venue
    earliest: str = ""  # the earliest publication day of its reports' articles (:func:`_background`)
    expression: str = ""  # the date expression of its first report ("Wednesday, November 6")
    at_gathering: bool = False  # a statement one of whose reports reports the gathering it was made at
    planned_by: str = ""  # the latest day it (or a report merged into it) was told as planned (:func:`_plan_written`)
    quoted: set = field(default_factory=set)  # the words its reports quote, five or more (:func:`_quoted_words`)
    cancels: str | None = None  # a cancellation's: the type its object names (:func:`_called_off`)
    speakers: set = field(default_factory=set)  # a statement's speakers, as actor ids (``event.speaker.subject``)

    def __post_init__(self):
        self.held = {name: set(getattr(self, name)) for name in ("citations", "actors", "venues")}
        self.unnamed_report = not self.actors and not self.venues
        self.planned_by = _plan_written(self) if self.status == "planned" and self.type not in UNPLANNED else ""
        self.quoted = self.quoted or _quoted_words(self.sentence)

    def absorb(self, other: "Draft", rule: str) -> None:
        theirs = {m["citation"]: m["rule"] for m in other.evidence.get("merges", [])}  # an event merged whole
        self.evidence.setdefault("merges", []).extend({"citation": c, "rule": theirs.get(c, rule)}
                                                       for c in other.citations if c not in self.held["citations"])
        for name in ("citations", "actors", "venues"):
            mine, seen = getattr(self, name), self.held[name]
            for x in getattr(other, name):
                if x not in seen:
                    seen.add(x)
                    mine.append(x)
        self.places |= other.places
        self.dateline |= other.dateline
        self.cities |= other.cities
        self.countries.update(other.countries)
        self.unnamed_report = self.unnamed_report or other.unnamed_report
        self.at_gathering = self.at_gathering or other.at_gathering
        self.planned_by = max(self.planned_by, other.planned_by)
        self.quoted |= other.quoted
        self.speakers |= other.speakers
        self.earliest = min((x for x in (self.earliest, other.earliest) if x), default="")
        self.inferred = self.inferred and other.inferred  # a dated report confirms the year
        if self.type == "other" and other.type != "other" and self.status == other.status:
            # rule summary:typed-report: an untyped report ("I thank you for our meeting today") merged with one
            # that tells what happened ("X meets Y on Sunday") is told by that one
            self.summary, self.sentence = other.summary, other.sentence
            self.evidence["reported_by"] = other.citations[0]
        if (self.type == "other" and other.type != "other") or (self.type, other.type) == ("statement", "proposal"):
            # the narrower type wins: a statement that puts a plan forward is the proposal
            self.type, self.evidence["type"] = other.type, other.evidence.get("type", "")
        if self.status == "planned" and other.status == "happened":
            self.status = "happened"  # a newer article says it took place: its date wins
            self._dated_by(other)
            self.summary = other.summary
            self.evidence["status"] = "status:held-by-later-report"
            self.evidence["reported_by"] = other.citations[0]  # the report the summary now comes from
        elif other.status == self.status and _rank(other.when) > _rank(self.when):
            if _finer(other.when, self.when) and (other.type != "other" or self.type == "other"):
                # rule summary:finer-report: the report that dates it to the day tells it ("the sixth round, set for
                # 25 August" over "a meeting planned for late August")
                self.summary, self.sentence = other.summary, other.sentence
                self.evidence["reported_by"] = other.citations[0]
            self._dated_by(other)

    def _dated_by(self, other: "Draft") -> None:
        """Take the other report's date, and the rule that dated it when one did ("date:dateline-lead")."""
        self.when = other.when
        self.evidence.pop("date", None)
        if other.evidence.get("date"):
            self.evidence["date"] = other.evidence["date"]


QUOTED_WORDS = 5  # a shared quotation this long is one text, not a common phrase


def _quoted_words(sentence: str) -> set[str]:
    """The passages a sentence quotes (found as the quote finder finds them), of ``QUOTED_WORDS`` words or more,
    lower-cased, as words joined by spaces between two spaces (so that one holds another only word by word)."""
    found = (re.findall(r"[\w']+", sentence[p.start:p.end].lower()) for p in find_quotes(sentence or ""))
    return {f" {' '.join(w)} " for w in found if len(w) >= QUOTED_WORDS}


def _same_quotation(a: "Draft", b: "Draft") -> bool:
    """Rule ``merge:date+same-quotation``: two statements of one day, from two articles, that quote the same words of
    five or more (one quotation holding the other) are one statement: "X and Y have “reached an understanding on
    the arrangement”" and "the ministry said on Sunday that X and Y have “reached an understanding on the
    arrangement”". A common phrase is shorter; two statements that quote different words stay two."""
    if not (a.type == b.type == "statement" and a.when.precision == b.when.precision == "day"):
        return False
    if {c.source for c in a.citations} & {c.source for c in b.citations}:
        return False
    return any(x in y or y in x for x in a.quoted for y in b.quoted)


def _drafts(frame: Frame, actors: ActorIndex, venues: VenueIndex) -> list[Draft]:
    out = []
    by_id = {v.id: (v.kind, v.country) for v in venues.by_place.values()}
    for f in frame.facts:
        for e in f.events:
            if e.when is None and not _calendar_words().search(e.expression):
                continue  # not a calendar expression at all ("30-day", "come days")
            acts = []
            for m in e.actors:
                a = actors.actor_of(m)
                if a is not None and a.id not in acts:
                    acts.append(a.id)
            out.append(Draft(when=e.when, summary=e.summary, actors=acts,
                             venues=venues.venue_ids(f.article.id, e.places), status=e.status,
                             citations=[frame.cite(f, e.sentence)], sentence=e.sentence_text, verb=e.verb,
                             reported=frame.reported(f) or "", inferred=e.year_inferred,
                             type=getattr(e, "type", "other"), evidence=dict(getattr(e, "evidence", {})),
                             earliest=(f.article.published or "")[:10], expression=e.expression or "",
                             at_gathering=e.evidence.get("clause") in AT_GATHERING, cancels=getattr(e, "cancels", None)))
            out[-1].places = set(out[-1].venues)  # a building is one venue with its city (venue.building_in_city)
            out[-1].cities = {m.place.name for m in e.places if m.place is not None and m.place.kind in {"city", "building"}}
            out[-1].countries = {v: by_id[v] for v in out[-1].venues if v in by_id}
            speaker = actors.actor_of(e.speaker) if getattr(e, "speaker", None) is not None else None
            out[-1].speakers = {speaker.id} if speaker is not None else set()
            if getattr(e, "lead", False) and not out[-1].venues:
                out[-1].dateline = venues.dateline_venue(f.article.dateline)
    return out


def _one_clause_told_twice(drafts: list[Draft]) -> list[Draft]:
    """Rule ``merge:one-clause-told-twice``: an article that tells one clause twice (a standfirst its body repeats
    word for word, a paragraph the page printed twice) tells one happening. A later report joins the first when both
    come from one article, say the same words (case and punctuation aside), are of one type and status, and are dated
    alike, or both left undated. Two clauses that differ in a word stay two reports for the other rules to judge."""
    first: dict[tuple, Draft] = {}
    out = []
    for d in drafts:
        words = tuple(re.findall(r"\w+", d.summary.lower()))
        key = (d.citations[0].source, d.when and (d.when.date, d.when.precision), d.type, d.status, words)
        if key in first:
            first[key].absorb(d, "merge:one-clause-told-twice")
            continue
        first[key] = d
        out.append(d)
    return out


def _redate_named_days(drafts: list[Draft]) -> None:
    """Rule ``date:named-day-of-another-year``: a happening named by a day whose year was only inferred ("the
    October 7 attacks" in an undated article) is the one of that type another report dates to that day with
    its year stated ("the Oct. 7, 2023, attack"), when the corpus states one such year and it is another."""
    stated: dict[tuple[str, str], set[str]] = defaultdict(set)
    for d in drafts:
        if d.when is not None and d.when.precision == "day" and not d.inferred and d.type in TYPED:
            stated[(d.type, d.when.date[5:])].add(d.when.date[:4])
    for d in drafts:
        if d.when is None or d.when.precision != "day" or not d.inferred or \
                not str(d.evidence.get("type", "")).startswith("type:dated-noun"):
            continue
        years = stated.get((d.type, d.when.date[5:]), set())
        if len(years) == 1 and d.when.date[:4] not in years:
            d.when = When(f"{min(years)}-{d.when.date[5:]}", "day")
            d.evidence["date"] = "date:named-day-of-another-year"


def _span_of(w: When) -> tuple[dt.date, dt.date]:
    """The first and the last day a day or a month can mean."""
    first = w.day
    if w.precision == "day":
        return first, first
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def _within(w: When, low: dt.date, high: dt.date) -> bool:
    first, last = _span_of(w)
    return last >= low and first <= high


def _in_year(w: When, year: int) -> When | None:
    """The same day or month in another year (None for a February 29 that year has not)."""
    try:
        dt.date(year, w.day.month, w.day.day)
    except ValueError:
        return None
    return When(f"{year:04d}{w.date[4:]}", w.precision, w.approximate)


def _unsure_years(drafts: list[Draft], frame: Frame) -> None:
    """Rule ``date:year-not-sure``: a day or a month an undated article names without its year took the corpus's
    year; it keeps it only when no other year fits the days an undated article of the corpus can tell it: a
    happening from ``inferred_year_before_days`` before the first dated article to ``inferred_year_after_days``
    after the last, a plan ``inferred_year_planned_days`` either side (lexicon). "Jan. 5" in an undated article of a
    corpus dated from July to December could be either January; it is left undated."""
    published = sorted(f.article.published[:10] for f in frame.facts
                       if f.article.published and not year_from_dateline(f.article))  # only the years articles print
    if not published:
        return
    days = {k: dt.timedelta(days=int(v)) for k, v in section("event_types").items() if k.startswith("inferred_year_")}
    first, last = first_day(published[0]), first_day(published[-1])
    stated = _stated_days(drafts)
    windows = {"planned": (first - days["inferred_year_planned_days"], last + days["inferred_year_planned_days"]),
               "happened": (first - days["inferred_year_before_days"], last + days["inferred_year_after_days"])}
    for d in drafts:
        if not d.inferred or d.when is None or d.when.precision == "year" or d.evidence.get("date"):
            continue  # (a year another report states: date:named-day-of-another-year)
        low, high = windows["planned" if d.status == "planned" else "happened"]
        year = d.when.day.year
        fits = [y for y in (year - 1, year, year + 1) if (w := _in_year(d.when, y)) is not None and _within(w, low, high)]
        if fits == [year]:
            continue
        settled = _weekday_year(d, fits) or _year_of_same_happening(d, fits, stated)
        if settled is not None:
            d.when, d.inferred = _in_year(d.when, settled[0]), False
            d.evidence["date"] = settled[1]
        else:
            d.when = None
            d.evidence["date"] = "date:year-not-sure"


def _stated_days(drafts: list[Draft]) -> dict[tuple[str, str], list[Draft]]:
    """The typed reports dated to a day or a month whose year their article states, by (type family, month and
    day) and (type family, month)."""
    stated: dict[tuple[str, str], list[Draft]] = defaultdict(list)
    for d in drafts:
        if d.when is not None and d.when.precision != "year" and not d.inferred and d.type in TYPED:
            for key in {d.when.date[5:], d.when.date[5:7]}:
                stated[(_family(d.type), key)].append(d)
    return stated


def _year_of_same_happening(d: Draft, fits: list[int], stated: dict) -> tuple[int, str] | None:
    """Rule ``date:year-of-the-same-happening``: a typed happening an undated article dates to a day without its year
    ("the talks held in Port Aster on 10 January") or a month ("when X and Y agreed on a truce in January"), when
    several years fit (:func:`_unsure_years`), takes the one year in which another report, whose article states
    the year, tells a happening of that type family and status that day (or in that month) at the same venue or
    city, or with two actors in common. With no such year, or more than one, None."""
    if d.when.precision == "year" or d.type not in TYPED - {"cancellation"}:
        return None
    years = {int(s.when.date[:4]) for s in stated.get((_family(d.type), d.when.date[5:]), ())
             if int(s.when.date[:4]) in fits and s.status == d.status and _one_place_or_party(d, s)}
    return (min(years), "date:year-of-the-same-happening") if len(years) == 1 else None


def _one_place_or_party(a: Draft, b: Draft) -> bool:
    """Two reports that name one venue, place or city, or share two actors."""
    return bool(set(a.venues) & set(b.venues) or a.places & b.places or a.cities & b.cities
                or (a.cities & b.places) or (b.cities & a.places) or len(set(a.actors) & set(b.actors)) >= 2)


def _weekday_year(d: Draft, fits: list[int]) -> tuple[int, str] | None:
    """Rule ``date:weekday-fixes-year``: a day told with its weekday ("On Wednesday, November 6"), in an article that
    does not print its year, is in the one year of those that fit (:func:`_unsure_years`) that puts that day on that
    weekday (the year, and the rule); when the weekday fits none of them or more than one, None. A weekday alone ("on Wednesday") was read
    against the article's day, whose year is the one in doubt: it tells nothing; the day must be named by its number."""
    if d.when.precision != "day" or len(fits) < 2 or not re.search(r"\d", d.expression):
        return None
    named = {i for i, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", d.expression, re.I)}
    if len(named) != 1:
        return None
    (weekday,) = named
    found = [y for y in fits if (w := _in_year(d.when, y)) is not None and w.day.weekday() == weekday]
    return (found[0], "date:weekday-fixes-year") if len(found) == 1 else None


def _buckets(w) -> list[str]:
    """The buckets an event is filed under: its date, and for a month its year's "months of" bucket
    (so that "in 2023" finds "in April 2023")."""
    if w is None:
        return ["undated"]
    return [w.date, "months of " + w.date[:4]] if w.precision == "month" else [w.date]


def _near_buckets(w) -> tuple[str, ...]:
    """The buckets an event may merge with: the same date, the month and year that hold it, for a year
    the months in it, and for a day the week around it (approximate weeks, a planned meeting held a day
    or two off). A constant number of buckets per event: merging stays linear in the number of reports."""
    if w is None:
        return ()
    return _near(w.date, w.precision)


@lru_cache(maxsize=1 << 14)
def _near(date: str, precision: str) -> tuple[str, ...]:
    if precision == "year":
        return (date, "months of " + date)
    if precision == "month":
        return (date, date[:4])
    day = first_day(date)
    return (*((day + dt.timedelta(days=k)).isoformat() for k in range(-6, 7)), date[:7], date[:4])


def _finer(a, b) -> bool:
    """Does date ``a`` name a finer unit than ``b`` (a day than a month, a month than a year)?"""
    return a is not None and b is not None and PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision]


def _rank(w) -> int:
    """How finely ``w`` dates (no date at all: -1)."""
    if w is None:
        return -1
    return PRECISION_RANK[w.precision] * 2 + (0 if w.approximate else 1)


def _coarse(w, precision: str) -> str:
    return w.date[: {"year": 4, "month": 7, "day": 10}[precision]]


def _days_apart_same_venue(a: Draft, b: Draft) -> bool:
    """Two day-dated reports at one venue a few days apart: an approximate week that holds the day,
    or a planned meeting a later article reports held a day or two off. The plan and the held report must both tell
    a typed happening: an untyped clause that only names the place ("Ahead of the summit in X, Y reopened its border
    on Monday") is no report of the gathering, and would move the gathering to its own day."""
    wa, wb = a.when, b.when
    if not (set(a.venues) & set(b.venues)) or not wa.precision == wb.precision == "day":
        return False
    gap = (wb.day - wa.day).days
    # "later this week" / "next week" (approximate, the week's Monday) and a day in that week
    if (wa.approximate and 0 <= gap <= 6) or (wb.approximate and 0 <= -gap <= 6):
        return True
    planned, held = (a, b) if a.status == "planned" else (b, a)
    return planned.status == "planned" and held.status == "happened" and abs(gap) <= 3 \
        and planned.reported <= held.reported and "other" not in (a.type, b.type)


def _week_holds_day(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    """Rule ``merge:week-holds-day`` without a venue: "the ceasefire reached last week" (an approximate week,
    its Monday) and the ceasefire of a day in that week, of one typed kind and status, sharing an actor; or two
    statements of one person ("last week, X told parliament …" and "X said on Friday …"); or, of a typed kind, one
    of the two naming no one, told as done ("workers went on strike last week" and "the strike began on Friday"; a plan
    for "this week" and one for a day in it may be two)."""
    wa, wb = a.when, b.when
    if not (wa.precision == wb.precision == "day" and wa.approximate != wb.approximate):
        return False
    week, day = (wa, wb) if wa.approximate else (wb, wa)
    if not (week.day.weekday() == 0 and 0 <= (day.day - week.day).days <= 6 and a.type == b.type and a.status == b.status):
        return False
    if a.type == "statement":  # "last week, X told parliament …" and "X said on Friday …": one person's words that week
        return bool({x for x in a.actors if kinds.get(x) == "person"} & set(b.actors))
    return a.type in TYPED and (_share_actor(a, b, kinds) or (a.status == "happened" and (_unnamed(a) or _unnamed(b))))


def _same_date(wa, wb, same_type: bool = False) -> bool:
    """The same date at the precision both share (a month and a day in it only when one is approximate;
    a year and a month in it when both reports are of one type: "erupted in 2023", "in April 2023")."""
    shared = min((wa.precision, wb.precision), key=PRECISION_RANK.get)
    if _coarse(wa, shared) != _coarse(wb, shared):
        return False
    year_month = {wa.precision, wb.precision} == {"year", "month"} and same_type
    return wa.precision == wb.precision or wa.approximate or wb.approximate or year_month


def _types_agree(a: Draft, b: Draft) -> bool:
    return _kinds_agree(a.type, b.type)


def _kinds_agree(x: str, y: str) -> bool:
    """The same type, or two faces of one gathering (a summit where a deal is signed on a visit), or one
    of no known type; but a cancellation only ever merges with a cancellation."""
    if x == y:
        return True
    if "cancellation" in (x, y):
        return False
    return "other" in (x, y) or {x, y} <= GATHERING or {x, y} <= ANNOUNCEMENT


def _unnamed(d: Draft) -> bool:
    return not d.actors and not d.venues


def _share_actor(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    """Two reports of one typed kind sharing any actor; a typed and an untyped one sharing a person or
    an organisation, or two countries (one country alone is too weak: Israel's strikes on Iran and
    Iran's reply that day both name Iran)."""
    shared = set(a.actors) & set(b.actors)
    if not shared or not {a.type, b.type} & TYPED:
        return False
    countries = [x for x in shared if kinds.get(x) == "country"]
    return a.type == b.type or len(countries) >= 2 or len(countries) < len(shared)


def _same_people(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    """The people named in one are among those of the other (within one article, also the same verb)."""
    pa = {x for x in a.actors if kinds.get(x) == "person"}
    pb = {x for x in b.actors if kinds.get(x) == "person"}
    return bool(pa and pb and (pa & pb) and (pa <= pb or pb <= pa)) and \
        (a.citations[0].source != b.citations[0].source or a.verb == b.verb)


def _same_body_speaks(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    """Rule ``merge:date+statement+body``: two statements of one day, from two articles, whose one speaker is the same
    organisation ("Acme Corp. said Wednesday that it has completed …", "On Wednesday, Acme announced that it has
    completed …") are one statement (people are :func:`_same_people`'s)."""
    return a.type == b.type == "statement" and a.citations[0].source != b.citations[0].source \
        and len(a.speakers) == 1 and a.speakers == b.speakers and kinds.get(next(iter(a.speakers))) == "organization"


def _unnamed_rule(a: Draft, b: Draft) -> str | None:
    """Reports that do not disagree because one names no one: "the July 10 meeting" is the meeting of
    that day; "the declaration signed by both parties on 25 April" is the signing that day (at a month
    or a day; a year is too wide; two days each only guessed, "a few days ago" and "next week", are no one day)."""
    named = "type:dated-noun" in (a.evidence.get("type"), b.evidence.get("type"))
    if named and a.type == b.type and a.type in TYPED and a.when.precision == "day" and not (a.actors and b.actors):
        return "merge:named-by-its-date"
    if _named_by_its_year(a, b):
        return "merge:named-by-its-year"
    years = [w.precision == "year" for w in (a.when, b.when)]
    wide = all(years) or (any(years) and a.type != b.type)  # a year alone is too wide (a month of one type pins it)
    guessed = a.when.approximate and b.when.approximate  # "a few days ago" and "next week" pin no one day together
    if _unnamed_side(a, b) and {a.type, b.type} & TYPED and not wide and not guessed:
        return "merge:date+type, participants unnamed"
    return None



def _unnamed_side(a: Draft, b: Draft) -> bool:
    """One report names no one; or an event one of whose reports named no one (it gained a venue or actors from
    another report) and a report whose venues do not disagree with its own: a report naming no one would have
    been one with both, so they are one. So is a report of a known type that names no actor, only where it was
    ("talks on Thursday May 15 in Port Aster"), beside one whose venues do not disagree ("On May 15, the
    negotiators held a meeting with the minister"), both told of one day that is no guess; an untyped report
    naming only a place names no gathering."""
    if _unnamed(a) or _unnamed(b):
        return True
    disagree = bool(a.venues and b.venues and not (a.places & b.places)) and not _country_holds(a, b)
    exact = not (a.when.approximate or b.when.approximate)  # "talks in Y earlier this week" is no one day
    placed = exact and any(not x.actors and x.type in TYPED for x in (a, b))  # a typed report naming only its place
    return (a.unnamed_report or b.unnamed_report or placed) and not disagree


def _country_holds(a: Draft, b: Draft) -> bool:
    """Venues that do not disagree (for ``merge:date+type, participants unnamed``) because one report names only countries and the
    other places in them ("a conference in Switzerland in July 2017" and "the July 2017 talks in Port Aster",
    Port Aster being a Swiss town)."""
    for x, y in ((a, b), (b, a)):
        kinds = list(x.countries.values())
        if kinds and len(kinds) == len(x.venues) and all(k == "country" for k, _ in kinds) and \
                {c for _, c in kinds} <= {c for _, c in y.countries.values()}:
            return True
    return False


def _historical(d: Draft) -> bool:
    """Told as past and dated to a year (or a month) before the year (or month) its article speaks from."""
    if d.when is None or not d.reported or d.status != "happened":
        return False
    return d.when.date < d.reported[:len(d.when.date)]


def _named_by_its_year(a: Draft, b: Draft) -> bool:
    """Rule ``merge:named-by-its-year``: two reports that name a past happening of one type by its year ("the 1974
    agreement", "the disengagement accord of 1974"), the year before both articles', are that year's one happening
    of that type, unless both name actors and share none; so are a report that names it by its year or names no one
    and one that tells it ("the 2015 accord", "the accord was endorsed in 2015" and "X signed the accord in 2015").
    One of the two articles placing the year before its own day is enough (the other may print no date)."""
    if a.type != b.type or a.type not in TYPED or a.when.precision != "year" or b.when.precision != "year":
        return False
    # one report's article places the year before its own (the other's may print no date): both tell the past
    if not (any(_historical(d) for d in (a, b)) and a.status == b.status == "happened"):
        return False
    named = [str(d.evidence.get("type", "")).startswith("type:dated-noun") for d in (a, b)]
    # one report naming it by its year ("the 2015 deal") or naming no one ("the accord was endorsed in 2015") is
    # enough beside one that tells it ("X signed the accord in 2015")
    unnamed = [_unnamed(d) or d.unnamed_report for d in (a, b)]
    if not (all(named) or any(unnamed)):
        return False
    return not (a.actors and b.actors) or bool(set(a.actors) & set(b.actors))


def _participant(a: Draft, b: Draft, kinds: dict[str, str]) -> str | None:
    """The rule by which two same-day, same-type reports share a participant, or None. A statement and an untyped
    report are one only by who speaks (rule ``merge:no-remark-by-place``): a place both name ("In remarks carried on
    Monday, X said the summit in Y …" and "Ahead of the summit in Y, Z reopened its border on Monday") makes an act
    no remark."""
    if {a.type, b.type} == {"other", "statement"}:
        return _by_speaker(a, b, kinds)
    if set(a.venues) & set(b.venues):
        return "merge:date+type+venue"
    if (a.dateline & b.places) or (b.dateline & a.places):
        return "merge:date+type+dateline-place"  # "WASHINGTON — On June 27 … hosted the signing" and "signed in Washington on Friday"
    if _same_city_named(a, b):
        return "merge:date+type+city-named"
    if _gathering_in_its_country(a, b):
        return "merge:date+type+venue-in-country"
    if _same_people(a, b, kinds):
        return "merge:date+type+person"
    if _share_actor(a, b, kinds):
        return "merge:date+type+actor"
    if _person_of_country(a, b, kinds):
        return "merge:date+type+person-of-country"
    if _same_body_speaks(a, b, kinds):
        return "merge:date+statement+body"
    if _one_article(a, b, kinds):
        return "merge:date+type, one article"
    if _one_act(a, b):
        return "merge:date+one-act+parties"
    if _same_quotation(a, b):
        return "merge:date+same-quotation"
    return _unnamed_rule(a, b)


def _by_speaker(a: Draft, b: Draft, kinds: dict[str, str]) -> str | None:
    """The person rules of :func:`_participant` alone (``merge:no-remark-by-place``)."""
    if _same_people(a, b, kinds):
        return "merge:date+type+person"
    if _person_of_country(a, b, kinds):
        return "merge:date+type+person-of-country"
    return "merge:date+same-quotation" if _same_quotation(a, b) else None


@lru_cache(maxsize=1)
def _act_family() -> dict[str, str]:
    """A verb → the name of its family in ``one_act_verbs`` (lexicon)."""
    return {str(v).lower(): k for k, fam in (section("event_types").get("one_act_verbs") or {}).items() for v in fam}


def _one_act(a: Draft, b: Draft) -> bool:
    """Rule ``merge:date+one-act+parties``: two reports of no known type on one day, from two articles, told by verbs of
    one family (``one_act_verbs`` in the lexicon: "triggered the mechanism", "launched the process") and sharing
    two or more actors, are one act; one verb alone, one shared actor or one article is not enough."""
    if not (a.type == b.type == "other" and a.status == b.status and a.when.precision == b.when.precision == "day"):
        return False
    family = _act_family()
    if family.get(a.verb.lower()) is None or family.get(a.verb.lower()) != family.get(b.verb.lower()):
        return False
    if {c.source for c in a.citations} & {c.source for c in b.citations}:
        return False
    return len(set(a.actors) & set(b.actors)) >= 2


def _same_city_named(a: Draft, b: Draft) -> bool:
    """Rule ``merge:date+type+city-named``: two reports of one gathering of one type on one day that name the same
    city, whether or not an article made it a venue ("the third meeting was organised in Port Aster on 10 and
    11 May" and "the talks were held in Port Aster on May 10"), are one gathering, unless they name different
    venues."""
    if a.type != b.type or a.type not in GATHERING or a.when.precision != "day" or b.when.precision != "day":
        return False
    if a.venues and b.venues and not set(a.venues) & set(b.venues):
        return False
    return bool(a.cities & b.cities)


def _gathering_in_its_country(a: Draft, b: Draft) -> bool:
    """Rule ``merge:date+type+venue-in-country``: two reports of one gathering on one day, one naming only the country
    it is in and the other a place in that country ("will hold a crisis meeting on Thursday in Freedonia" and "the
    extraordinary meeting in Port Aster on Thursday, August 10"), are one gathering, unless both name actors and share
    none."""
    if not ({a.type, b.type} <= GATHERING and a.when.precision == b.when.precision == "day"):
        return False
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    return bool(a.venues and b.venues) and _country_holds(a, b)


def _person_of_country(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    """Two faces of one gathering (a meeting, a signing, a visit) that day, one naming a country and the other a
    person who acts for it: "the special meeting in the capital, hosted by Freedonia" and "the truce reached
    under the Freedonian premier's mediation"."""
    country_of = getattr(kinds, "country_of", {})
    if not ({a.type, b.type} <= GATHERING):
        return False
    return any(country_of.get(p) in y.actors for x, y in ((a, b), (b, a)) for p in x.actors)


def _one_article(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    """One article telling one typed gathering or call twice that day ("the secretariats met here today" … "during
    the secretariat-level discussion here today"): one event, unless the two name different venues."""
    if a.type != b.type or a.type not in GATHERING | {"call"} or a.when.precision != "day":
        return False
    if not {c.source for c in a.citations} & {c.source for c in b.citations}:
        return False
    return not (a.venues and b.venues and not set(a.venues) & set(b.venues))


def _one_cancellation(a: Draft, b: Draft) -> bool:
    """Two reports of a cancellation a few days apart (the day it was called off, the day it was to be),
    in one article or sharing a venue or an actor."""
    if not (a.type == b.type == "cancellation" and a.when.precision == b.when.precision == "day"):
        return False
    near = abs((a.when.day - b.when.day).days) <= 3
    return near and (a.citations[0].source == b.citations[0].source or bool(set(a.venues) & set(b.venues))
                     or bool(set(a.actors) & set(b.actors)))


def _plan_written(d: Draft) -> str:
    """The day a plan was told: its article's day; none for a "plan" its article dates before its own day (a past
    happening told under "would", "the 2018 deal would be undermined", or a plan of one day in an article dated the
    day after, as an article's date may run a day ahead of the place it tells of): the rule leaves it alone."""
    day = d.reported[:10]
    if d.when is None or d.when.date < day[:len(d.when.date)]:
        return ""
    return day


def _plan_after_the_fact(a: Draft, b: Draft) -> bool:
    """Rule ``merge:no-plan-after-the-fact``: a plan ("they agreed to hold the council in the autumn") reported by an
    article dated after the day (or the month, or the year) a happening took place is of a later happening, not of
    that one: a report of what is to come never merges into what had already happened when it was written (a plan
    dated before its own article's day is left alone: :func:`_plan_written`). An event keeps the latest day one of
    its reports told it as planned, so the rule holds when it merges again. A statement or a cancellation told as to
    come is no plan of a happening: the rule leaves them alone."""
    for plan, held in ((a, b), (b, a)):
        if plan.planned_by and held.status == "happened" and held.when is not None and held.type not in UNPLANNED and \
                plan.planned_by[:len(held.when.date)] > held.when.date:
            return True
    return False


def _same_event(a: Draft, b: Draft, kinds: dict[str, str]) -> str | None:
    """The rule that makes two reports one event, or None."""
    if a.when is None or b.when is None or not _types_agree(a, b) or _plan_after_the_fact(a, b) or \
            _two_speakers(a, b):
        return None
    if _one_cancellation(a, b):
        return "merge:one-cancellation"
    if _days_apart_same_venue(a, b):
        return "merge:planned-then-held" if a.status != b.status else "merge:week-holds-day"
    if _week_holds_day(a, b, kinds):
        return "merge:week-holds-day"
    if not _same_date(a.when, b.when, a.type == b.type != "other"):
        return None
    return _participant(a, b, kinds)


def _two_speakers(a: Draft, b: Draft) -> bool:
    """Rule ``merge:no-two-speakers``: two statements whose speakers are known and none the same were made by
    different people ("Z said on Saturday that he will meet Y" and "W said on Saturday that a summit will follow Z's
    meeting with Y" name the same people, but are two statements), so they are never one event."""
    return bool(a.speakers and b.speakers and not a.speakers & b.speakers)


def _family(kind: str) -> str:
    """The types that may be one event file together: a gathering, an announcement, or the type itself."""
    return "gathering" if kind in GATHERING else "announcement" if kind in ANNOUNCEMENT else kind


def _families(kind: str, known: set[str]) -> list[str]:
    """The families a report of type ``kind`` may merge with (:func:`_types_agree`): its own and the
    untyped; an untyped report any but cancellations."""
    if kind == "other":
        return sorted(known - {"cancellation"})
    return [_family(kind)] if kind == "cancellation" else [_family(kind), "other"]


class _Bucket:
    """The merged events filed under one (date, type family), and an index from what :func:`_same_event`
    needs two reports to share (an actor, a venue, a place, a dateline place, the source; or, for a report
    that names no actor, a type or naming no one) to the events, so that a report is compared only with
    the events it could be one with, in the order they were filed. With ``hot`` (the ids of the events that
    changed in the previous pass), a second index holds only those events: an unchanged report needs only them."""

    def __init__(self, country_of: dict[str, str] | None = None, hot: set[int] | None = None):
        self.events: list[Draft] = []
        self.by: dict[tuple, list[int]] = defaultdict(list)
        self.country_of = country_of or {}  # a person → their country: "merge:date+type+person-of-country"
        self.hot = hot
        self.hot_events: list[Draft] = []
        self.hot_by: dict[tuple, list[int]] = defaultdict(list)

    def _countries(self, d: Draft) -> list[tuple]:
        return [("a", self.country_of[x]) for x in d.actors if x in self.country_of]

    def indexes(self, target: Draft) -> tuple[dict, ...]:
        """The indexes ``target`` is filed in: all events', and the changed events' when it is one."""
        return (self.by, self.hot_by) if self.hot is not None and id(target) in self.hot else (self.by,)

    def add(self, d: Draft) -> None:
        self.events.append(d)
        at = len(self.events) - 1
        if self.hot is not None and id(d) in self.hot:
            self.hot_events.append(d)
        self.index(at, d, d)
        week = _week(d.when)
        for by in self.indexes(d):
            for t in ([("none",)] if not d.actors else []) + ([("unnamed",)] if _unnamed(d) else []) + \
                    ([("week",)] if week else []):
                by[t].append(at)

    def index(self, at: int, target: Draft, d: Draft) -> None:
        """File event ``at`` (``target``) under the participants of ``d`` (itself, or a report it absorbed)
        and under its type and whether it names no one, as they are now."""
        tokens = [("a", x) for x in d.actors] + [("v", x) for x in d.venues] + [("p", x) for x in d.places] + \
            [("d", x) for x in d.dateline] + [("c", x) for x in d.cities] + \
            sorted({("s", c.source) for c in d.citations}) + [("type", target.type)] + self._countries(d) + \
            [("vs", x, target.status) for x in d.venues] + \
            [("in", c) for _, c in d.countries.values() if c]  # the countries its venues are in (venue-in-country)
        if _week(target.when):  # an approximate week: by venue and by actor (:meth:`probes` of another day)
            tokens += [("wv", x) for x in d.venues] + [("wa", x) for x in d.actors]
            tokens += [("wt", target.type)]  # and by type (:func:`_week_holds_day`: a week or a day naming no one)
        if target.unnamed_report:  # it holds a report naming no one (:func:`_unnamed_side`)
            tokens += [("none",), ("unnamed",)] + ([("unnamed-typed",)] if target.type in TYPED else [])
        tokens += [("unnamed-typed",)] if not target.actors and target.type in TYPED else []
        for by in self.indexes(target):
            for t in tokens:
                by[t].append(at)

    def probes(self, d: Draft, other_day: bool) -> list[tuple] | None:
        """What :meth:`candidates` looks ``d`` up by (None: every event). In a bucket of another day (``other_day``:
        both are dated to the day, so the dates disagree) only a shared venue (:func:`_days_apart_same_venue`) or,
        for a cancellation, its source or an actor (:func:`_one_cancellation`) can make them one. For a report of a
        day that is no cancellation, that is a shared venue when one is planned and the other held, or an approximate
        week sharing a venue or an actor with it (:func:`_week_holds_day`); other reports look at every event of
        their venues and every week."""
        if other_day and not d.when.approximate and d.type != "cancellation":
            opposite = {"planned": "happened", "happened": "planned"}.get(d.status)
            by_venue = [("vs", x, opposite) for x in d.venues] if opposite else [("v", x) for x in d.venues]
            return by_venue + [("wv", x) for x in d.venues] + [("wa", x) for x in d.actors] + [("moved",)] + \
                [("wt", d.type)]  # a week and a day in it, one naming no one
        if other_day:
            probes = [("v", x) for x in d.venues] + [("moved",), ("week",)]  # or an event a later report re-dated
            if d.when.approximate and d.type in TYPED:  # an approximate week and a day in it sharing an actor, or
                return None  # either naming no one (:func:`_week_holds_day`): every event, as weeks are few
            if d.when.approximate:
                probes += [("a", x) for x in d.actors]
            probes += [("s", d.citations[0].source)] + [("a", x) for x in d.actors] if d.type == "cancellation" else []
            return probes
        if not d.actors and not d.venues and d.type in TYPED:
            return None  # a typed report that names no one may be one with any event
        return _same_day_probes(d) + _unnamed_probes(d) + self._countries(d)

    def candidates(self, d: Draft, other_day: bool, probes: list[tuple] | None | bool = False,
                   hot_only: bool = False) -> list[Draft]:
        """The events ``d`` may be one with, in filing order (``probes``: :meth:`probes`, when already known);
        with ``hot_only``, only the events that changed in the previous pass."""
        if probes is False:
            probes = self.probes(d, other_day)
        if probes is None:
            return self.hot_events if hot_only else self.events
        by = self.hot_by if hot_only else self.by
        hits = {i for t in probes for i in by.get(t, ())}
        return [self.events[i] for i in sorted(hits)] if hits else []


def _same_day_probes(d: Draft) -> list[tuple]:
    """What a report looks events of its own day up by: its actors, venues, places, dateline, cities, source and the
    countries its venues are in (:meth:`_Bucket.index`)."""
    return [("a", x) for x in d.actors] + [("v", x) for x in d.venues] + [("p", x) for x in d.places] + \
        [("d", x) for x in d.places] + [("p", x) for x in d.dateline] + [("c", x) for x in d.cities] + \
        [("s", d.citations[0].source)] + [("in", c) for _, c in d.countries.values() if c]


def _unnamed_probes(d: Draft) -> list[tuple]:
    """What an event must be filed under to be one with ``d`` by a side that names no one
    (:func:`_unnamed_rule`, "merge:named-by-its-date" and "merge:date+type, participants unnamed")."""
    if d.actors:  # the other side names no actor: of one type in TYPED, or (untyped here) typed and naming no one
        return [("none",)] if d.type in TYPED else [("unnamed-typed",)]
    if d.type not in TYPED:
        return [("type", t) for t in sorted(TYPED)] if _unnamed(d) else [("unnamed-typed",)]
    return [("type", t) for t in _agreeing_types(d.type)] + [("unnamed",)]


def _agreeing_types(kind: str) -> list[str]:
    """The types a report of type ``kind`` may be one event with (:func:`_kinds_agree`)."""
    return sorted(t for t in TYPED | {"statement", "other", kind} if _kinds_agree(kind, t))


def _week(w) -> bool:
    """An approximate week ("next week": its Monday, dated to the day)."""
    return w is not None and w.precision == "day" and w.approximate


def _near_events(buckets: dict, d: Draft, fams: list[str], hot_only: bool):
    """The events ``d`` may be one with: bucket by bucket (:func:`_near_buckets`, then type family), each in filing
    order (:meth:`_Bucket.candidates`), with ``d``'s probes of a bucket of its day and of another day worked out once."""
    probes: dict[bool, list[tuple] | None] = {}
    day = d.when.date if d.when is not None else None
    for k in _near_buckets(d.when):
        row = buckets.get(k)  # type family → bucket
        if row is None:
            continue
        other_day = len(k) == 10 and k != day
        for f in fams:
            bucket = row.get(f)
            if bucket is not None and not (hot_only and not bucket.hot_events):  # (no changed event filed there)
                if other_day not in probes:
                    probes[other_day] = bucket.probes(d, other_day)
                yield from bucket.candidates(d, other_day, probes[other_day], hot_only)


def _merge(drafts: list[Draft], kinds: dict[str, str], only: set[int] | None = None,
           absorbed: set[int] | None = None) -> list[Draft]:
    """Each report merges into the first earlier event it is one with, looked up by (date, type family)
    in a constant number of buckets, and in a bucket by the participants it shares, so that merging stays
    near-linear in the number of reports. With ``only`` (the ids of the events that absorbed a report in the
    previous pass), two events neither of which changed are not compared again: the previous pass found them
    apart. ``absorbed`` collects the ids of this pass's absorbing events."""
    merged: list[Draft] = []
    country_of = getattr(kinds, "country_of", {})
    buckets: dict[str, dict[str, _Bucket]] = {}  # date → type family → events
    known: set[str] = set()
    filed: dict[int, list[tuple[_Bucket, int]]] = {}  # id(event) → the buckets it is filed in, and where
    for d in drafts:
        target, rule = None, None
        fams = _families(d.type, known)
        hot_only = only is not None and id(d) not in only  # unchanged: only a changed event can be one with it
        for m in _near_events(buckets, d, fams, hot_only):
            if d.citations[0] in m.held["citations"] and not d.type == m.type == "cancellation":
                continue  # two dates in one sentence are two events (but "said on Saturday that Sunday's talks are off" is one)
            if only is not None and id(m) not in only and id(d) not in only:
                continue
            rule = _same_event(m, d, kinds)
            if rule:
                target = m
                break
        if target is None:
            merged.append(d)
            known.add(_family(d.type))
            filed[id(d)] = []
            for k in _buckets(d.when):
                row = buckets.setdefault(k, {})
                bucket = row.get(_family(d.type)) or row.setdefault(_family(d.type), _Bucket(country_of, only))
                filed[id(d)].append((bucket, len(bucket.events)))
                bucket.add(d)
        else:
            when, status = target.when, target.status
            target.absorb(d, rule)
            if absorbed is not None:
                absorbed.add(id(target))
            for bucket, at in filed[id(target)]:  # where it was filed, under what it now also names
                bucket.index(at, target, d)
                for by in bucket.indexes(target):
                    for t in ([("moved",)] if target.when != when else []) + \
                            ([("vs", x, target.status) for x in target.venues] if target.status != status else []):
                        by[t].append(at)
    return merged


def _merge_until_stable(drafts: list[Draft], kinds: dict[str, str]) -> list[Draft]:
    """Merging in article order, an event may learn only late what makes it one with an event filed before it
    (a second report from an article that is already one of its sources); merging the merged events again,
    until nothing changes, makes the result independent of the order the reports came in. Each such merge
    records the rule that joined the two events, and each report keeps the rule that first joined it."""
    absorbed: set[int] = set()
    merged = _merge(drafts, kinds, None, absorbed)
    for _ in range(3):  # each pass can only join events; a few passes reach the fixed point
        changed, absorbed = absorbed, set()
        part = _touched_by(merged, changed)
        again = _merge(part, kinds, changed, absorbed)
        if len(again) == len(part):
            break
        gone = {id(e) for e in part} - {id(e) for e in again}
        merged = [e for e in merged if id(e) not in gone]
    return merged


def _touched_by(events: list[Draft], changed: set[int]) -> list[Draft]:
    """The events a pass over ``changed`` can join, in order: the changed ones, and those whose date buckets a
    changed one files under or looks in. Only they are merged again; two unchanged events are never compared
    again, and an event whose buckets no changed event reaches could only be compared with unchanged ones."""
    filed = {k for e in events if id(e) in changed for k in _buckets(e.when)}
    near = {k for e in events if id(e) in changed for k in _near_buckets(e.when)}
    return [e for e in events if id(e) in changed or not filed.isdisjoint(_near_buckets(e.when))
            or not near.isdisjoint(_buckets(e.when))]


def _finer_report_of(c: Draft, merged: list[Draft], gone: set[int], kinds: dict[str, str]) -> Draft | None:
    """The one event a past report dated only to a year or a month ("met in Port Aster last year", "since the war
    erupted in October 2023") can be: of its type, dated more finely within that year or month, sharing a
    venue, a place or a person with it (or one of the two names no one). None when there is none, or more than one.
    A held report of the article's own month ("the declaration, signed in Port Aster in December") is such a report
    too, when it names a venue: then only an event at that venue or place can be it."""
    if c.when is None or c.when.precision == "day" or c.type not in TYPED - {"cancellation"}:
        return None
    at_venue = not _historical(c)
    if at_venue and not (c.status == "happened" and c.when.precision == "month" and c.venues):
        return None
    found = [f for f in merged if f is not c and id(f) not in gone and f.when is not None and _rank(f.when) > _rank(c.when)
             and f.when.date.startswith(c.when.date) and (f.type == c.type or {f.type, c.type} <= GATHERING)
             and _finer_shares(c, f, at_venue, kinds) and not _plan_after_the_fact(c, f)]
    same = [f for f in found if f.type == c.type]  # one of its own type before one of its family
    return same[0] if len(same) == 1 else found[0] if len(found) == 1 and not same else None


def _gathering_of_joint_statement(c: Draft, merged: list[Draft], gone: set[int], kinds: dict[str, str]) -> Draft | None:
    """Rule ``merge:joint-statement-at-the-gathering``: what two or more people said together in a month ("X and Y
    said in July that they would aim to finish a deal") was said at the one gathering (a meeting, a signing, a visit)
    another report dates to a day of that month with every one of them: one happening. None when there is no such
    gathering, or more than one."""
    people = {x for x in c.actors if kinds.get(x) == "person"}
    if len(people) < 2 or c.status != "happened":
        return None
    found = [f for f in merged if f is not c and id(f) not in gone and f.when is not None and f.type in GATHERING
             and f.when.precision == "day" and f.when.date.startswith(c.when.date) and f.status == "happened"
             and people <= set(f.actors)]
    return found[0] if len(found) == 1 else None


def _finer_shares(c: Draft, f: Draft, at_venue: bool, kinds: dict[str, str]) -> bool:
    """What a coarse report and a finer event must share (:func:`_finer_report_of`): a venue or a place; for a past
    report, also a person or two actors, or one of the two naming no one (one body alone is not enough: "members of
    the council approved the pact in March" is not the council's pact of March 3). A report of its own month needs a
    held event."""
    if set(f.venues) & set(c.venues) or f.places & c.places:
        return not at_venue or f.status == "happened"
    return not at_venue and (_unnamed(c) or _unnamed(f) or _person_or_two_actors(c, f, kinds))


def _join_coarse_reports(merged: list[Draft], kinds: dict[str, str]) -> list[Draft]:
    """Rule ``merge:one-happening-at-a-finer-date``: a past report dated only to a year or a month joins the one
    event of its type another report dates more finely in it (:func:`_finer_report_of`); a historical event told
    as "last year in Port Aster" and "on October 23 last year in Port Aster" is one."""
    gone: set[int] = set()
    for c in sorted(merged, key=lambda d: -_rank(d.when) if d.when is not None else 0):  # months before years
        joint = c.type == "statement" and c.when is not None and c.when.precision != "day"
        target = _gathering_of_joint_statement(c, merged, gone, kinds) if joint else _finer_report_of(c, merged, gone, kinds)
        if target is not None:
            target.absorb(c, "merge:joint-statement-at-the-gathering" if joint else "merge:one-happening-at-a-finer-date")
            gone.add(id(c))
    return [d for d in merged if id(d) not in gone]


def _lead_joins(lead: Draft, e: Draft, kinds: dict[str, str]) -> bool:
    """Can a lead in the present perfect (:func:`_attach_leads`) be event ``e``: of its type (or a meeting and a visit,
    one gathering; an agreement joins only an agreement), held the lead's day or the day before (or, of its very
    type, planned for that day), at one venue, place or city, or with a person or two actors in common."""
    if e.when is None or e.when.precision != "day" or not (e.type == lead.type or {e.type, lead.type} <= LEAD_FAMILY):
        return False  # (an agreement only ever an agreement: "have agreed to extend the truce" is no failed round's)
    gap = (lead.when.day - e.when.day).days
    if not (e.status == "happened" and gap in (0, 1)) and not (e.status == "planned" and gap == 0 and e.type == lead.type):
        return False  # (a delegation that "has arrived" for talks planned that day does not say they were held)
    return _place_or_person_in_common(lead, e, kinds)


def _place_or_person_in_common(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    """Do two reports name one venue, place or city, or share a person or two actors?"""
    return _place_in_common(a, b) or _person_or_two_actors(a, b, kinds)


def _place_in_common(a: Draft, b: Draft) -> bool:
    """Do two reports name one venue, place or city?"""
    return bool(set(a.venues) & set(b.venues) or a.places & b.places or a.cities & b.cities)


def _person_or_two_actors(a: Draft, b: Draft, kinds: dict[str, str]) -> bool:
    """Do two reports share a person, or two actors of any kind (one body alone is too weak)?"""
    shared = set(a.actors) & set(b.actors)
    return any(kinds.get(x) == "person" for x in shared) or len(shared) >= 2


def _attach_leads(leads: list[Draft], merged: list[Draft], kinds: dict[str, str]) -> None:
    """Rule ``merge:perfect-lead-of-its-day``: a lead in the present perfect naming no date ("X and Y have resumed
    talks", ``date:perfect-lead``; or in the simple past, ``date:past-lead``, by ``merge:past-lead-of-its-day``) is the one event of its type another report dates to its article's day or the day
    before, sharing a venue, a place, a person or two actors with it; with none, or more than one, it is left out
    (told without a date, it could be of another day)."""
    by_day: dict[str, list[Draft]] = defaultdict(list)
    for e in merged:
        if e.when is not None and e.when.precision == "day":
            by_day[e.when.date].append(e)
    for lead in leads:
        day = lead.when.day
        near = by_day.get(day.isoformat(), []) + by_day.get((day - dt.timedelta(days=1)).isoformat(), [])
        found = [e for e in near if lead.citations[0] not in e.held["citations"] and _lead_joins(lead, e, kinds)]
        if len(found) == 1:
            found[0].absorb(lead, LEAD_DATES[lead.evidence["date"]])


def _day_joins(d: Draft, e: Draft, told: tuple, kinds: dict[str, str]) -> bool:
    """Can report ``d``, told on a day its article cannot place in a year (:func:`_attach_reports_of_unplaced_days`),
    be event ``e`` of another article: held, dated to a day that fits (its weekday, or its month and day), of its
    type (or a meeting, a signing and a visit, one gathering), at one venue, place or city, or with a person or two
    actors in common. A weekday alone fits a day of every week, so it needs the venue, place or city in common
    (talks "on Friday" with the same two people may be any Friday's)."""
    if e.when is None or e.when.precision != "day" or e.when.approximate or e.status != "happened":
        return False
    if not fits_day(told, e.when.day) or not (e.type == d.type or {e.type, d.type} <= GATHERING):
        return False
    if {c.source for c in d.citations} & {c.source for c in e.citations}:
        return False  # its own article could not place it
    if told[0] == "weekday":  # a weekday comes back every week: the one place in common says it is that week's
        return _place_in_common(d, e)
    return _place_or_person_in_common(d, e, kinds)


def _attach_reports_of_unplaced_days(merged: list[Draft], kinds: dict[str, str]) -> list[Draft]:
    """Rule ``merge:day-of-a-dated-report``: a happening of a type told on a day its article cannot place ("signed
    a declaration on Thursday" with no publication date; "signed on Dec. 7" with no year anywhere) is the one
    event of its type another report dates to a day that fits (a Thursday; a 7 December), sharing a venue, a
    place, a person or two actors with it; it takes that day. With none, or more than one, it stays undated."""
    gone: set[int] = set()
    for d in merged:
        told = day_told(d.expression) if d.when is None else None
        if told is None or d.status != "happened" or d.type not in TYPED:
            continue
        found = [e for e in merged if e is not d and id(e) not in gone and _day_joins(d, e, told, kinds)]
        if len(found) == 1:
            found[0].absorb(d, "merge:day-of-a-dated-report")
            gone.add(id(d))
    return [d for d in merged if id(d) not in gone]


def _held_near(st: Draft, e: Draft) -> bool:
    """Gathering ``e`` (a meeting, a signing, a visit) held the day of statement ``st`` or the day before."""
    if e is st or e.type not in GATHERING or e.status != "happened" or e.when is None or e.when.precision != "day":
        return False
    return st.citations[0] not in e.held["citations"] and (st.when.day - e.when.day).days in (0, 1)


def _statement_joins(st: Draft, e: Draft, kinds: dict[str, str]) -> bool:
    """Can statement ``st``, made at a gathering (:func:`_join_statements_at_gatherings`), be gathering ``e`` held
    near it (:func:`_held_near`): at one venue, place or city, or with the speaker or two actors in common."""
    people = {x for x in st.actors if kinds.get(x) == "person"}
    shared = set(st.actors) & set(e.actors)
    return bool(set(st.venues) & set(e.venues) or st.places & e.places or st.cities & e.cities
                or people & shared or len(shared) >= 2)


def _join_statements_at_gatherings(merged: list[Draft], kinds: dict[str, str]) -> list[Draft]:
    """Rule ``merge:statement-at-the-gathering``: a statement that reports the gathering it was made at ("X said after
    the talks", "in a statement issued at the close of the meeting": ``event.clause.reports_gathering``) is a report
    of the one gathering held its day or the day before that shares a venue, a place, the speaker or two actors with
    it (or of the only gathering of those days when the statement names no venue and the gathering no actor), and
    joins it as a citation; with none, or more than one, it stays a statement of its own."""
    by_day: dict[str, list[Draft]] = defaultdict(list)
    for e in merged:
        if e.when is not None and e.when.precision == "day" and e.type in GATHERING:
            by_day[e.when.date].append(e)
    gone: set[int] = set()
    for st in merged:
        if not (st.at_gathering and st.type == "statement" and st.status == "happened" and st.when is not None
                and st.when.precision == "day"):
            continue
        day = st.when.day
        near = by_day.get(day.isoformat(), []) + by_day.get((day - dt.timedelta(days=1)).isoformat(), [])
        near = [e for e in near if id(e) not in gone and _held_near(st, e)]
        found = [e for e in near if _statement_joins(st, e, kinds)]
        if not found and len(near) == 1 and not st.venues and not near[0].actors:
            found = near  # the one gathering of those days, and neither can disagree: no venue said, no actor named
        if len(found) == 1:
            found[0].absorb(st, "merge:statement-at-the-gathering")
            gone.add(id(st))
    return _join_statements_of_gatherings([d for d in merged if id(d) not in gone])


def _tells_gathering(st: Draft, e: Draft) -> bool:
    """Statement ``st`` and gathering ``e`` (:func:`_join_statements_of_gatherings`): held that very day at a venue of
    the statement, and every one of the gathering's two or more actors named in the statement."""
    return (e.when.day == st.when.day and bool(set(st.venues) & set(e.venues)) and len(e.actors) >= 2
            and set(e.actors) <= set(st.actors))


def _on_a_sure_day(d: Draft) -> bool:
    return d.status == "happened" and d.when is not None and d.when.precision == "day" and not d.when.approximate


def _join_statements_to(merged: list[Draft], target, tells, rule: str) -> list[Draft]:
    """A past statement dated to a sure day joins, as a citation under ``rule``, the one happening of that very day
    that ``target`` accepts and ``tells(statement, happening)`` says it tells; with none, or more than one, it stays
    a statement of its own."""
    by_day: dict[str, list[Draft]] = defaultdict(list)
    for e in merged:
        if _on_a_sure_day(e) and target(e):
            by_day[e.when.date].append(e)
    gone: set[int] = set()
    for st in merged:
        if st.type != "statement" or not _on_a_sure_day(st):
            continue
        found = [e for e in by_day.get(st.when.date, []) if id(e) not in gone and tells(st, e)]
        if len(found) == 1:
            found[0].absorb(st, rule)
            gone.add(id(st))
    return [d for d in merged if id(d) not in gone]


def _join_statements_of_gatherings(merged: list[Draft]) -> list[Draft]:
    """Rule ``merge:statement-of-the-gathering``: a past statement dated to a day ("On 3 May the president announced
    the start of talks in Port Aster under the auspices of A and B") and the one gathering held that day at one of its
    venues by the very parties it names (the talks in Port Aster between A and B) are one happening, told twice;
    the statement joins it as a citation. With none, or more than one, it stays a statement of its own."""
    return _join_statements_to(merged, lambda e: e.type in GATHERING, _tells_gathering,
                               "merge:statement-of-the-gathering")


def _join_statements_of_agreements(merged: list[Draft]) -> list[Draft]:
    """Rule ``merge:statement-of-the-agreement``: a past statement dated to a day whose reported clause tells an
    agreement reached (``event.clause.reports_agreement``: "the two sides agreed to a truce, the government said on
    Saturday") and the one agreement reached that very day with an actor of the statement are one happening, told
    twice; the statement joins it as a citation. With none, or more than one, it stays a statement of its own."""
    return _join_statements_to(
        merged, lambda e: e.type == "agreement",
        lambda st, e: st.evidence.get("clause") == REPORTS_AGREEMENT and bool(set(e.actors) & set(st.actors)),
        "merge:statement-of-the-agreement")


def _called_off(c: Draft, planned: list[Draft]) -> Draft | None:
    """The planned event a cancellation refers to: sharing a venue or an actor with it, reported no
    later, dated no earlier than the cancellation (the nearest such date), and of the kind the cancellation's object
    names, when it names one (rule ``merge:called-off-of-its-kind``: "Armenia cancelled the protocols" revokes an
    agreement and calls off no meeting; a meeting, a visit or a call is one family: "cancelled his visit" calls off
    the summit it was for)."""
    cands = [p for p in planned if p.status == "planned" and _of_its_kind(c.cancels, p.type)
             and (set(p.venues) & set(c.venues) or set(p.actors) & set(c.actors)) and p.reported <= c.reported
             and p.when.date[:len(c.when.date)] >= c.when.date[:len(p.when.date)]]
    return min(cands, key=lambda p: (p.when.date, p.reported)) if cands else None


CALLED_OFF_FAMILY = {"meeting", "visit", "call"}  # what one calls off, another of the family may stand for


def _of_its_kind(cancels: str | None, planned: str) -> bool:
    return cancels is None or cancels == planned or {cancels, planned} <= CALLED_OFF_FAMILY


def _apply_cancellations(merged: list[Draft]) -> None:
    """A reported cancellation or postponement stays its own event and updates the planned one."""
    postponing = words("event_types", "postponing")
    can_be_off = [p for p in merged if p.status == "planned" and p.type in CANCELLABLE and p.when is not None]
    for c in merged:
        if c.type != "cancellation" or c.when is None or not can_be_off:
            continue
        planned = _called_off(c, can_be_off)
        if planned is None:
            continue
        planned.status = "postponed" if c.verb in postponing else "cancelled"
        planned.evidence["status"] = "status:called-off-by-later-report"
        planned.evidence.setdefault("merges", []).append({"citation": c.citations[0], "rule": "merge:called-off"})
        if c.citations[0] not in planned.citations:
            planned.citations.append(c.citations[0])


class Kinds(dict):
    """Actor id → kind, and (``country_of``) a person's id → the id of the country they act for."""

    def __init__(self, actors):
        super().__init__({a.id: a.kind for a in actors})
        by_name = {a.name: a.id for a in actors if a.kind == "country"}
        self.country_of = {a.id: by_name[a.affiliation] for a in actors
                           if a.kind == "person" and a.affiliation in by_name}


def _not_key(d: Draft) -> bool:
    """Not a key dated event: untyped background (:func:`_background`), or a dated statement that names no one
    (rule ``event.key.statement_without_speaker``: "Both sides expressed appreciation …" says nothing of its own;
    an undated one stays, as it is not on the timeline), or a dated report of no known type that names no actor and
    no venue (rule ``event.key.untyped_without_participant``: "today there was progress" tells no what, who or where;
    what is to come stays)."""
    if d.when is None:
        return False
    return _background(d) or (d.type == "statement" and not d.actors) or \
        (d.type == "other" and _unnamed(d) and d.status == "happened")


def _background(d: Draft) -> bool:
    """Rule ``event.key.untyped_background``: a report of no known type (no meeting, call, statement …) is a key
    dated event only when it tells the article's own days or what is to come; told as past and dated to a month
    or a year before the article's (any, in an undated article), or to a day more than ``background_days``
    (lexicon) before the day its article speaks from, it is background ("displaced thousands since July",
    "the army regained the town in February" in a May article) and left out. Of reports merged into one event, the
    earliest article with a publication date tells whether it is news."""
    if d.type != "other" or d.when is None or d.status == "planned":
        return False
    reported = min((x for x in (d.reported, d.earliest) if x), default="")
    if d.when.precision != "day":  # a month or a year before the article's own ("since July" in October)
        return not reported or d.when.date < reported[:len(d.when.date)]
    if not reported:
        return False
    gap = (dt.date.fromisoformat(reported[:10]) - d.when.day).days
    return gap > int(section("event_types").get("background_days", 30))


def _event(d: Draft, kinds: dict[str, str], frame: Frame, taken: Ids) -> Event:
    w = d.when
    label = d.venues[:1] or [a for a in d.actors if kinds.get(a) == "person"][:1] or d.actors[:1] or [d.verb]
    eid = taken.unique(slugify(f"{w.date if w else 'undated'}-{label[0]}-{d.verb}", "event"))
    evidence = dict(d.evidence)
    if evidence.get("merges"):
        evidence["merges"] = sorted(evidence["merges"], key=lambda m: frame.cite_key(m["citation"]))
    return Event(id=eid, date=w.date if w else None, precision=w.precision if w else None,
                 approximate=w.approximate if w else False, summary=d.summary, actors=d.actors, venues=d.venues,
                 citations=sorted(d.citations, key=frame.cite_key), status=d.status, sentence=d.sentence,
                 year_inferred=d.inferred, type=d.type, evidence=evidence)


def reconcile_events(frame: Frame, actors: ActorIndex, venues: VenueIndex) -> list[Event]:
    kinds = Kinds(actors.actors)
    taken = Ids()
    drafts = _drafts(frame, actors, venues)
    _redate_named_days(drafts)
    _unsure_years(drafts, frame)
    leads = [d for d in drafts if d.evidence.get("date") in LEAD_DATES]
    drafts = _one_clause_told_twice([d for d in drafts if d.evidence.get("date") not in LEAD_DATES])
    merged = _join_statements_at_gatherings(_join_coarse_reports(_merge_until_stable(drafts, kinds), kinds), kinds)
    merged = _join_statements_of_agreements(merged)
    _attach_leads(leads, merged, kinds)
    merged = _attach_reports_of_unplaced_days(merged, kinds)
    _apply_cancellations(merged)
    merged = [d for d in merged if not _not_key(d)]
    events = [_event(d, kinds, frame, taken) for d in merged]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return events
