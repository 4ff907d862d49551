"""Publication date and dateline: one test per strategy and per printed format, on fixtures
written for these tests (tests/fixtures/real-formats) in the formats real outlets print."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from generator import published
from generator.published import Meta, read_dateline, read_stamp
from generator.readers import read_article

from .conftest import FIXTURES

FORMATS = FIXTURES / "real-formats"


def _is_place(name: str) -> bool:
    from generator.gazetteer import gazetteer

    return gazetteer().place(name) is not None


# ---- strategy 1: front matter ----------------------------------------------------------------------

def test_front_matter_strategy():
    assert published.front_matter({"published": "2025-10-30"}).published == "2025-10-30"
    assert published.front_matter({"date": "30 October 2025"}).published == "2025-10-30"
    assert published.front_matter({"title": "no date"}) is None
    art = read_article(FORMATS / "front-matter.md")
    assert (art.published, art.outlet) == ("2025-10-30", "River Weekly")


# ---- strategy 2: HTML metadata (htmldate) ------------------------------------------------------------

def test_html_metadata_strategy():
    html = (FORMATS / "html-metadata.html").read_text(encoding="utf-8")
    assert published.html_metadata(html).published == "2025-10-24"
    assert published.html_metadata("<html><body><p>No date here.</p></body></html>") is None
    art = read_article(FORMATS / "html-metadata.html")
    assert (art.published, art.outlet) == ("2025-10-24", "Valley Herald")


# ---- strategy 3: stamp lines ---------------------------------------------------------------------------

@pytest.mark.parametrize("line,day,kind,outlet", [
    ("09:28 17.10.2025", "2025-10-17", "published", None),
    ("Tue, 21 October 2025 12:28", "2025-10-21", "published", None),
    ("October 28, 2025, Tuesday", "2025-10-28", "published", None),
    ("Friday, June 27, 2025", "2025-06-27", "published", None),
    ("AFP Published 20 Oct, 2025 01:30pm", "2025-10-20", "published", "AFP"),
    ("IANSUpdated: Wednesday, October 01, 2025, 06:43 PM IST", "2025-10-01", "updated", "IANS"),
    ("Posted on 20 Oct 2025", "2025-10-20", "published", None),
    ("Last modified: 3 Oct 2025 10:00 GMT", "2025-10-03", "updated", None),
    ("9 July 2025 12:08 (UTC+04:00)", "2025-07-09", "published", None),
    ("Sat, 28-Jun-2025", "2025-06-28", "published", None),
    ("11-11-2025 | 03:25", "2025-11-11", "published", None),  # numeric with dashes: day and month agree
    ("18-09-2025 | 14:05", "2025-09-18", "published", None),  # 18 cannot be a month: day first
    ("09-18-2025 2:05 PM", "2025-09-18", "published", None),  # month first
])
def test_stamp_line_formats(line, day, kind, outlet):
    found = read_stamp(line)
    assert (found.published, found.kind, found.outlet) == (day, kind, outlet)


@pytest.mark.parametrize("line,day,kind,outlet,byline", [
    # a row of fields split by bars: "Created" is the first publication and beats "Updated" beside it
    ("AFP | Port Aster | Updated: 15-03-2024 09:10 IST | Created: 14-03-2024 18:02 IST", "2024-03-14", "published", "AFP", None),
    ("09/23/2025 | Press release | Archived content", "2025-09-23", "published", None, None),  # month first: 23 is no month
    ("12 March,2019 07:05 AM IST | | PTI", "2019-03-12", "published", "PTI", None),  # no space after the comma
    ("March 3, 2016 / 4:12 PM / 2 years ago", "2016-03-03", "published", None, None),  # a relative stamp beside it
    ("Ruth Mbeki 5 minutes ago Tue 7th October 2025 | 09:40 AM", "2025-10-07", "published", None, "Ruth Mbeki"),
    ("March 02, 2025 - 11:20", "2025-03-02", "published", None, None),
    ("Sunday 18/05/2025", "2025-05-18", "published", None, None),
    ("• 14 May, 2025", "2025-05-14", "published", None, None),  # a bullet
    ("🕒︎ 2025-04-02", "2025-04-02", "published", None, None),  # a clock emoji
    ("10/11/2025 08:15 AM EDT", "2025-10-11", "published", None, None),  # a US time zone: month first
    ("Published: 20 Oct 2025 Updated: 21 Oct 2025", "2025-10-20", "published", None, None),
    ("Updated: 21 Oct 2025 Published: 20 Oct 2025", "2025-10-20", "published", None, None),  # Published wins on one line too
    # other languages' labels and month names
    ("Publicado: 14 de octubre de 2025 10:30", "2025-10-14", "published", None, None),
    ("Actualizado el 15 de octubre de 2025", "2025-10-15", "updated", None, None),
    ("Fecha de publicación: 21 de marzo de 2024", "2024-03-21", "published", None, None),
    ("Publié le 3 octobre 2025 à 10h15", "2025-10-03", "published", None, None),
    ("14. Oktober 2025, 10:30 Uhr", "2025-10-14", "published", None, None),
    ("Sept. 4, 2025", "2025-09-04", "published", None, None),  # an abbreviation with its dot
    ("Wire Herald24-06-2025", "2025-06-24", "published", None, "Wire Herald"),  # the date glued to the name
    ("Ana Lopez23 February 2023", "2023-02-23", "published", None, "Ana Lopez"),  # a byline glued to a spelt date
    ("Posted on June 3, 2025 by admin", "2025-06-03", "published", None, "admin"),  # a blog's stamp and user name
    ("Posted by Jane Roe on 12 May 2025", "2025-05-12", "published", None, "Jane Roe"),
    ("Jan KralUpdated: Wednesday Jan 6, 2021", "2021-01-06", "updated", None, "Jan Kral"),  # a label glued to a byline
    ("• publish: 7 September 2019", "2019-09-07", "published", None, None),  # a blog's field list
    ("by Valley Desk / 16 November 2023, Thursday / Published in Politics", "2023-11-16", "published", None,
     "Valley Desk"),  # a byline, the date and the section in one row
    # a byline with the town it was filed from (real pattern of a business wire): the town is no part of the name
    ("By Ivo Tamm in Port Aster July 24, 2025", "2025-07-24", "published", None, "Ivo Tamm"),
    # rule published.iso_timestamp: a page's metadata copied as an ISO 8601 timestamp, with its offset
    ("2023-11-14T10:12:00+00:00", "2023-11-14", "published", None, None),
    ("Updated 2023-11-14T10:12:00.000Z", "2023-11-14", "updated", None, None),
])
def test_more_stamp_formats(line, day, kind, outlet, byline):
    found = read_stamp(line)
    assert (found.published, found.kind, found.outlet, found.byline) == (day, kind, outlet, byline)


@pytest.mark.parametrize("line", [
    "2 hours ago",
    "Wire Herald5 days ago",  # a relative stamp glued to the name
    "hace 3 horas",
    "WIRE NEWS - 1 hour ago - 08:26 | All, World, Asia",  # a relative stamp gives no day: abstain
    "The truce was signed on 14 de octubre de 2025 in the capital.",  # a sentence, in any language
    "Ministers | met on | 12 May 2025 and agreed to extend the truce",
    "They met on 12 May 2025 by the river",
    "— Jane Roe (@janeroe) October 13, 2025",  # an embedded post's signature: the post's day, not the article's
    "Talks in Port Aster July 24, 2025",  # a town after "in" only where a byline opens with "By"
])
def test_relative_stamps_and_sentences_are_not_read(line):
    assert read_stamp(line) is None


def test_a_numeric_stamp_that_reads_both_ways_is_settled_by_the_dateline():
    # "02/11/2025": 2 November or 11 February; the dateline prints "Nov 2", so 2 November
    art = read_article(FORMATS / "stamp-ambiguous-dateline.txt")
    assert (art.published, art.dateline) == ("2025-11-02", "PORT ASTER")
    assert not any("02/11/2025" in p for p in art.paragraphs)
    # the dateline's day is neither reading: abstain rather than guess
    art = read_article(FORMATS / "stamp-ambiguous-other-day.txt")
    assert art.published is None and art.dateline_day == "11-05"


def test_a_row_of_fields_dates_the_article_and_leaves_the_text():
    art = read_article(FORMATS / "stamp-row-created-updated.txt")
    assert art.published == "2025-03-14"  # "Created", not the later "Updated"
    assert not any("Updated" in p for p in art.paragraphs)


def test_a_clippers_source_is_the_address_and_created_is_not_a_publication_date(caplog):
    art = read_article(FORMATS / "clipper-no-date.md")
    assert (art.published, art.outlet) == (None, None)  # "created:" is the day it was clipped
    assert art.url == "https://news.example.org/world/ministers-agree-to-keep-the-river-truce"


def test_an_ambiguous_numeric_stamp_is_not_read():
    # "03-11-2025" is 3 November or 11 March, depending on the outlet's country: it is a stamp line (taken
    # out of the text) that gives no day by itself
    found = read_stamp("03-11-2025 | 10:00")
    assert (found.published, sorted(found.options)) == (None, ["2025-03-11", "2025-11-03"])
    assert published.stamp_line(Meta(stamps=[found])) is None


def test_a_byline_stamp_under_a_headline_is_never_joined_to_it(tmp_path):
    """Copied text: the headline, then a byline with its date on the next line, no blank line between. The stamp
    line starts in lower case ("by …") but is no continuation of the headline."""
    page = tmp_path / "byline-under-headline.txt"
    page.write_text("Envoys Call the Border Deal 'Historic,' Want More\nby Valley Newsdesk 13 August 2020, 22:02\n"
                    + PROSE.replace("\n\n", "\n"), encoding="utf-8")
    art = read_article(page)
    assert (art.published, art.title) == ("2020-08-13", "Envoys Call the Border Deal 'Historic,' Want More")


@pytest.mark.parametrize("top, day, title", [
    ("02/16/2025 February 16, 2025 Envoys reject the draft on the port", "2025-02-16", "Envoys reject the draft on the port"),
    ("12 October 2025 Lindor talks collapse after walkout", "2025-10-12", "Lindor talks collapse after walkout"),
    ("February 16, 2025 The envoys rejected the draft on Friday.", None, None),  # a sentence goes on: no stamp
])
def test_a_stamp_glued_before_the_headline_dates_the_article(tmp_path, top, day, title):
    """Rule published.stamp_before_headline: a live page's entry copied with its dates on the headline's line."""
    page = tmp_path / "entry.txt"
    page.write_text(top + "\n\n" + PROSE, encoding="utf-8")
    art = read_article(page)
    assert art.published == day, (art.published, art.title)
    if title:
        assert art.title == title and not any(title in x["text"] for x in art.furniture)


@pytest.mark.parametrize("top, day", [
    ("date 2025-03-28 Jan Roe has been sworn in as the prime minister of Zenda on Friday.", "2025-03-28"),
    ("Published 12 June 2025 The envoys rejected the draft on Friday.", "2025-06-12"),
    ("12 June 2025 The envoys rejected the draft on Friday.", None),  # no word makes the date a stamp: left
])
def test_a_labelled_stamp_glued_before_the_first_sentence_is_split_off(tmp_path, top, day):
    """Rule published.labelled_stamp_opening: "date 2025-03-28 X has been sworn in …" dates the article, and the
    sentence after it starts with its own first word, never with the stamp."""
    page = tmp_path / "entry.txt"
    page.write_text(top + "\n\n" + PROSE, encoding="utf-8")
    art = read_article(page)
    assert art.published == day
    first = top.split(" ", 2)[2] if top.startswith("date") else top.split(" ", 4)[4]
    assert (art.title == first or first in art.text) if day else art.published is None
    assert not any(line.startswith(("date 2025", "Published 12")) for line in art.text.splitlines())


def test_byline_stamp_names_a_person_not_the_outlet():
    found = read_stamp("By Jane Roe | October 20, 2025")
    assert (found.published, found.byline, found.outlet) == ("2025-10-20", "Jane Roe", None)


@pytest.mark.parametrize("line", [
    "The talks ended on October 2, 2025.",
    "Putin and Trump met on August 15, 2025 in Alaska",
    "Mediator proposes a technical working group on the dam",
])
def test_a_sentence_with_a_date_is_not_a_stamp(line):
    assert read_stamp(line) is None


def test_published_beats_updated_wherever_it_stands():
    art = read_article(FORMATS / "stamp-updated-above-published.txt")
    assert art.published == "2025-10-21"  # "Updated: October 22" stands above "Published: October 21"
    meta = Meta(stamps=[read_stamp("Updated: 2025-10-22"), read_stamp("Published: 2025-10-21")])
    assert published.stamp_line(meta).published == "2025-10-21"


PROSE = ("The two delegations met for six hours and agreed on a timetable for the next steps, the mediator told "
         "reporters after the talks.\n\nBoth sides said the meeting had been difficult but useful.\n")


@pytest.mark.parametrize("top,dateline,day", [
    # the site's date strip (the day the page was saved) above a dateline that prints the article's full date
    ("• Thursday, 5 June 2025", "LINDOR, 19 March 2023 (Zenda Agency) — ", "2023-03-19"),
    # a dateline of a day alone, weeks away from the strip: no sure day, the article stays undated
    ("Tuesday, May 20th 2025", "PORT ASTER, Jan 12 (ZNA) - ", None),
    # a dateline of a day alone that agrees with the strip: the strip gives the year
    ("Tuesday, May 20th 2025", "PORT ASTER, May 20 (ZNA) - ", "2025-05-20"),
    # a labelled stamp is the article's own, whatever the dateline says
    ("Published: 5 June 2025", "LINDOR, 19 March 2023 (Zenda Agency) — ", "2025-06-05"),
])
def test_a_bare_date_strip_the_dateline_contradicts_is_not_the_publication_date(tmp_path, top, dateline, day):
    page = tmp_path / "strip.txt"
    page.write_text(f"{top}\n\nTalks on the border agreement end with a timetable\n\n{dateline}{PROSE}", encoding="utf-8")
    assert read_article(page).published == day


@pytest.mark.parametrize("story,day", [
    # the story tells of days months before the strip: the strip is the day the page was saved
    ("The envoys met on 10 and 11 January and the ministry briefed reporters on 12 January.", None),
    # a story of the strip's own week keeps the strip as its date
    ("The envoys met on 18 May and the ministry briefed reporters on May 19.", "2025-05-20"),
    # a story that prints no day at all keeps the strip too
    ("The envoys met and the ministry briefed reporters afterwards.", "2025-05-20"),
    # an old day of background does not undo a strip when a recent day is printed as well
    ("The truce of 3 March 2021 was renewed by the envoys on 16 May.", "2025-05-20"),
    # a full date is a picture's or a background's: it never undoes the strip
    ("The envoys shake hands at the border post in Lindor, July 25, 2019.", "2025-05-20"),
])
def test_a_bare_date_strip_long_after_every_day_the_story_prints_is_not_its_date(tmp_path, story, day):
    page = tmp_path / "strip.txt"
    page.write_text(f"Tuesday, May 20th 2025\n\nEnvoys agree on a timetable for the border talks\n\n{story} "
                    f"{PROSE}", encoding="utf-8")
    assert read_article(page).published == day


@pytest.mark.parametrize("two, nearest, one, alone", [
    # rule published.nearest_header_stamp: the date strip by the masthead, then the menu, then the article's own date
    ("FACEBOOK\n\nThe Zenda Ledger\n\nOctober 11, 2025\n\nMenu\n\n  • Home\n\n  • News\n\nJune 1, 2024\n\nUnions "
     "announce a nationwide strike\n\nThe two unions have announced an indefinite nationwide strike starting on Monday.",
     "2024-06-01",
     "October 11, 2025\n\nUnions announce a nationwide strike\n\nThe two unions have announced an indefinite "
     "nationwide strike starting on Monday.", "2025-10-11"),
    # rule published.nearest_timed_header: an aggregator's clock over the headline, the article's stamp under it
    ("Tuesday, 02 January 2024 12:17 GMT\nZenda Leader To Meet Ruritanian President On August 15\n\n\n2025-08-09 "
     "01:05:59\n(Zenda Wire) The president wrote about this on his social network, the agency reports.", "2025-08-09",
     "Tuesday, 02 January 2024 12:17 GMT\nZenda Leader To Meet Ruritanian President\n\n\nThe president wrote about "
     "this on his social network, the agency reports.", "2024-01-02"),
])
def test_of_two_stamps_above_the_text_the_one_nearest_the_text_is_the_articles(tmp_path, two, nearest, one, alone):
    page = tmp_path / "two-dates.txt"
    page.write_text(f"{two} {PROSE}", encoding="utf-8")
    assert read_article(page).published == nearest
    # one stamp alone still dates the page
    page.write_text(f"{one} {PROSE}", encoding="utf-8")
    assert read_article(page).published == alone


def test_a_year_first_date_with_slashes_is_a_stamp():
    assert read_stamp("2025/10/05").published == "2025-10-05"
    assert read_stamp("2025/10/5").published == "2025-10-05"
    assert read_stamp("2025/10-05") is None  # mixed separators are no date


@pytest.mark.parametrize("name,day", [
    ("stamp-numeric.txt", "2025-10-17"),
    ("weekday-last-stamp.txt", "2025-10-28"),
    ("afp-glued-stamp.txt", "2025-10-20"),
    ("ap-dateline-byline.txt", "2025-06-27"),  # "Friday, June 27, 2025" at the foot of the article
])
def test_stamp_line_dates_the_article_and_leaves_the_text(name, day):
    art = read_article(FORMATS / name)
    assert art.published == day
    assert not any(read_stamp(p) for p in art.paragraphs)


# ---- strategy 4: datelines -----------------------------------------------------------------------------

@pytest.mark.parametrize("para,place,agency,day,year_day,rest", [
    ("Budapest, Oct 23 (IANS) Hungary's minister said.", "Budapest", "IANS", (10, 23), None, "Hungary's"),
    ("New York, Oct 16 (IANS) The council met.", "New York", "IANS", (10, 16), None, "The"),
    ("MOSCOW, October 26. /TASS/. The Kremlin said.", "MOSCOW", "TASS", (10, 26), None, "The"),
    ("WASHINGTON (AP) — The talks began.", "WASHINGTON", "AP", None, None, "The"),
    ("PUNTA CANA, Dominican Republic (AP) — Talks began.", "PUNTA CANA, Dominican Republic", "AP", None, None, "Talks"),
    ("MUSCAT, Oman, June 15, 2025 (BSS/AFP) - A sixth round", "MUSCAT, Oman", "BSS/AFP", None, "2025-06-15", "A"),
    ("Abu Dhabi, July 10, 2025 — The leaders met.", "Abu Dhabi", None, None, "2025-07-10", "The"),
    ("ROME — Talks between the two sides", "ROME", None, None, None, "Talks"),
    ("Geneva – The mediator said", "Geneva", None, None, None, "The"),
    ("Lisbon: The minister said", "Lisbon", None, None, None, "The"),
    ("Lisbon, October 13, LUSANEWS", "Lisbon", "LUSANEWS", (10, 13), None, ""),
    ("ZENDA (ZA) - The talks began.", "ZENDA", "ZA", None, None, "The"),  # one word is never spelt by an acronym
    ("Lisbon, March 4 2024. The delegations met.", "Lisbon", None, None, "2024-03-04", "The"),  # year without comma
    ("NEW DELHI (Wirewire News / Sputnik - 10th September, 2020) The minister met.", "NEW DELHI",
     "Wirewire News / Sputnik", None, "2020-09-10", "The"),  # the date inside the agency's brackets
    ("Lisbon, (Wirewire/Daily Post Mews Oct 02, 2023) :Military leaders have accepted.", "Lisbon",
     "Wirewire/Daily Post Mews", None, "2023-10-02", "Military"),  # a comma before the brackets, no dash in them
    ("La Habana, 14 de octubre (Wire Latina) El canciller dijo.", "La Habana", "Wire Latina", (10, 14), None, "El"),
    ("Paris, 3 octobre (AFP) - Le ministre a parlé.", "Paris", "AFP", (10, 3), None, "Le"),  # other languages' months
    # an agency's acronym joined to the place by a hyphen, the country in brackets or not
    ("ZNA-New Delhi (India) The warring sides have accepted.", "New Delhi, India", "ZNA", None, None, "The"),
    ("ZNA-Lisbon The talks began.", "Lisbon", "ZNA", None, None, "The"),
    # an older wire layout: a place in capitals, the month and day, no mark between them (published.caps_place_bare_date)
    ("LISBON Oct 2 Voters narrowly rejected a", "LISBON", None, (10, 2), None, "Voters"),
])
def test_dateline_formats(para, place, agency, day, year_day, rest):
    found, pos = read_dateline(para, _is_place)
    assert (found.place, found.agency, found.day, found.published) == (place, agency, day, year_day)
    assert para[pos:].startswith(rest)


@pytest.mark.parametrize("para", [
    "Trump — who spoke first — said the talks would go on.",
    "Varin: “We will wait for the text.”",
    "Friday, June 27, 2025",
    "Nuclear Talks",
    "TT",
    "Lisbon, October 13, THE talks went on",
    "Extraordinary Joint Border Committee (JBC)",  # a name and the acronym it spells: a heading
    "QUESTION: Mr. Minister, will the talks resume?",  # a transcript's speaker, not a place
    "PRESS RELEASE : Ministers meet in Lisbon",  # a label
    "(a) Regional Ministers' Meeting (RMM)",  # a list marker is no agency
    "REGIONAL MINISTERS' MEETING (RMM)",  # a heading on its own line: neither place nor agency is known
    "March 4, 2025 was the day the council first met.",  # a date that opens a sentence, no dash
    "March 4, 2025 - the day the council first met",  # no sentence after the dash
    "March 4, 2025 Freedom Square — The crowd gathered.",  # neither capitals nor a known place
    "Lisbon, (where talks began on 2 May 2023) Officials met.",  # brackets that hold no agency's name
    "Lisbon, (the talks, which began 2 May 2023) resumed.",
    "ZNA-Freedom Square The crowd gathered.",  # an agency and a hyphen before no place the gazetteer knows
    "UN-Lisbon talks resumed.",  # no sentence after the place
    "FILE - Delegates take their seats as the talks open in Lisbon.",  # an agency's caption of an archive photo
    "Lisbon Oct 2 was the day the talks began.",  # not in capitals: a sentence
    "LISBON May 2025 talks",  # no day, and no sentence after it
    "UPDATE Oct 2 The talks",  # not a place
])
def test_not_a_dateline(para):
    assert read_dateline(para, _is_place) is None


def test_dateline_with_year_dates_the_article():
    meta = Meta(dateline=read_dateline("Abu Dhabi, July 10, 2025 — The leaders met.", _is_place)[0])
    assert published.dateline(meta).published == "2025-07-10"


def test_dateline_never_becomes_title_sentence_or_actor(tmp_path):
    art = read_article(FORMATS / "wire-dateline-tass.txt")
    assert not art.title.startswith("MOSCOW") and "TASS" not in art.text
    assert (art.dateline, art.outlet, art.dateline_day) == ("MOSCOW", "TASS", "10-26")
    art = read_article(FORMATS / "wire-dateline-ians.txt")
    assert "IANS" not in art.text and art.paragraphs[0].startswith("Hungary's foreign minister")


def test_dateline_without_year_takes_the_corpus_year():
    art = read_article(FORMATS / "wire-dateline-ians.txt")
    published.settle_undated([art], 2025)
    assert art.published == "2025-10-23" and "year" in art.reference_note


def _dated(day: str, path: str = "dated.txt"):
    from generator.model import Article

    return Article(id=path, path=path, title="t", outlet=None, published=day, url=None, paragraphs=["x"])


def test_dateline_without_year_takes_the_year_that_fits_the_dated_articles():
    art = read_article(FORMATS / "wire-dateline-ians.txt")  # "Budapest, Oct 23 (IANS)"
    published.settle_undated([art, _dated("2024-11-20"), _dated("2025-01-04")], 2025)
    assert art.published == "2024-10-23"  # 2024: within six weeks of the dated articles; 2025 is not


def test_dateline_without_year_abstains_when_the_dated_articles_span_years(caplog):
    # a collection of articles of many years (2003 … 2025): Oct 23 of which year? abstain, and say so
    art = read_article(FORMATS / "wire-dateline-ians.txt")
    warned = []
    published.settle_undated([art, _dated("2003-11-20"), _dated("2015-02-10"), _dated("2025-06-24")], 2015,
                             warn=warned.append)
    assert art.published is None and warned == [art.path]


def test_a_text_that_names_its_own_day_is_of_that_day(tmp_path):
    # real pattern (a government's press release with no date on the page): "Today (Friday 24 March) …"; rule
    # published.today_named: the year is the one near the other articles' that puts the day on that weekday
    f = tmp_path / "release.html"
    f.write_text("<html><head><title>Valley and Zenda to adopt the framework</title></head><body><article>"
                 "<p>Press release</p><p>Valley and Zenda to adopt the framework</p>"
                 "<p>The two governments will meet to formally adopt the framework at the Joint Committee.</p>"
                 "<p>Today (Friday 24 March) the Foreign Secretary, Jan Roe, and the Vice-President, Eva Kral, "
                 "will formally sign off the framework at the Joint Committee in Port Aster.</p>"
                 "<p>The Council also formally agreed to the framework on Tuesday.</p></article></body></html>",
                 encoding="utf-8")
    art = read_article(f)
    assert art.published is None
    published.settle_undated([art, _dated("2023-02-27"), _dated("2023-03-22")], 2023)
    assert art.published == "2023-03-24" and "Friday 24 March" in art.reference_note
    # a weekday that no year near the corpus fits, or two days named as today: no date
    for text in ("Today (Monday 24 March) the ministers sign.", "Today (Friday 24 March) they sign. The talks "
                 "open today, Monday, March 27."):
        other = _dated(None, "other.txt")
        other.paragraphs = [text]
        published.settle_undated([other, _dated("2023-02-27"), _dated("2023-03-22")], 2023)
        assert other.published is None
    # a year printed with the day: that year, whatever the corpus
    other = _dated(None, "printed.txt")
    other.paragraphs = ["The envoys meet today, Monday, February 22, 2021, in the capital."]
    published.settle_undated([other, _dated("2023-02-27")], 2023)
    assert other.published == "2021-02-22"


# ---- strategy 5: file name -----------------------------------------------------------------------------

def test_file_name_strategy(tmp_path):
    assert published.file_name(Path("2025-10-19_river.txt")).published == "2025-10-19"
    assert published.file_name(Path("river.txt")) is None
    f = tmp_path / "2025-10-19_river.txt"
    f.write_text((FORMATS / "no-date.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert read_article(f).published == "2025-10-19"


def test_strategies_are_tried_most_reliable_first(tmp_path):
    meta = Meta(stamps=[read_stamp("Published: 2025-10-21")])
    assert published.choose(Path("2025-01-01_x.txt"), {"published": "2025-10-30"}, None, meta).strategy == "front matter"
    assert published.choose(Path("2025-01-01_x.txt"), None, None, meta).strategy == "stamp line"
    assert published.choose(Path("2025-01-01_x.txt"), None, None, Meta()).strategy == "file name"
    assert published.choose(Path("x.txt"), None, None, Meta()) is None


# ---- no date: the page and the build say so ------------------------------------------------------------

def test_undated_article_is_reported(tmp_path, caplog):
    from generator.pipeline import build
    from generator.render import render_pages

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("no-date.txt", "stamp-numeric.txt"):
        (seeds / name).write_bytes((FORMATS / name).read_bytes())
    with caplog.at_level(logging.WARNING, logger="generator"):
        result = build(seeds)
    assert any("no-date.txt: no publication date found" in r.getMessage() for r in caplog.records)
    assert not any("stamp-numeric.txt" in r.getMessage() for r in caplog.records)
    page = render_pages(result.briefing, Path(__file__).resolve().parent.parent / "templates")["sources/no-date.md"]
    assert "not found in the file" in page


# ---- more formats seen on real pages (pubdates2): fixtures in our own words ----------------------------

@pytest.mark.parametrize("line, day, precise, byline", [
    ("3 May 2019    Read: 1,204", "2019-05-03", False, None),  # a view counter glued to the date
    ("Mar 4, 2024 812", "2024-03-04", False, None),  # a counter without its word
    ("Jun 9, 2023 77 views", "2023-06-09", False, None),
    ("by Jan Roe February 12, 2025 7:03 PM 2 min read", "2025-02-12", True, "Jan Roe"),  # a reading time
    ("N/A • 6 April 2022 09:15", "2022-04-06", True, None),  # an empty author field
    ("Written: 2011-05-02 00:00:00 / Updated: 0000-00-00 00:00:00", "2011-05-02", True, None),  # a zero date is no date
    ("Monday 7 March 2016 - 10:20", "2016-03-07", True, None),  # the time in a field of its own
    ("Local Wednesday 12/Oct/2022 11:40 AM", "2022-10-12", True, "Local"),  # month name between slashes
    ("Filed by: City Desk  Checked by:  Jane Roe -- April 2nd 2024 08:10 AM", "2024-04-02", True, "Jane Roe"),
    # a wire's note in brackets on what this version changed
    (" date 2016-10-03 (Adds comment from the minister)", "2016-10-03", True, None),
    ("Published 12 May 2021 (Updates with vote result)", "2021-05-12", True, None),
])
def test_stamps_with_counters_placeholders_and_credits(line, day, precise, byline):
    found = read_stamp(line)
    assert (found.published, found.precise, found.byline) == (day, precise, byline)


def test_a_headline_with_a_colon_and_a_date_is_not_a_stamp():
    assert read_stamp("River Weekly Digest: June 20, 2025") is None


def test_a_stamp_with_a_time_beats_the_sites_date_strip():
    # a bare date at the top is often the day the page was saved; the article's stamp prints a time
    _, meta = published.take_meta_lines(["Tue, Mar 4, 2025", "Harbour talks resume", "Sunday 9 June 2024 - 13:05",
                                         "The two delegations met on Sunday in the port city."])
    assert published.stamp_line(meta).published == "2024-06-09"
    _, meta = published.take_meta_lines(["Tue, Mar 4, 2025", "The two delegations met on Sunday."])
    assert published.stamp_line(meta).published == "2025-03-04"  # alone, the bare date still dates the page


def test_a_label_on_its_own_line_and_first_publication_glued_to_an_update():
    body, meta = published.take_meta_lines(["Updated", "Fri 6 Sep 2019 03.10 BSTFirst published on Thu 5 Sep 2019 18.02 BST",
                                            "Ministers met again on Thursday."])
    assert published.stamp_line(meta).published == "2019-09-05" and body == ["Ministers met again on Thursday."]


def test_a_date_split_over_short_lines_after_a_label():
    body, meta = published.take_meta_lines(["Posted On", "14", "March", "2022", "Ministers met again on Monday."])
    assert published.stamp_line(meta).published == "2022-03-14" and body == ["Ministers met again on Monday."]


@pytest.mark.parametrize("para, place, agency, day, year_day, rest", [
    ("ZENDA. Oct 4 (Ruri-News) – The minister said.", "ZENDA", "Ruri-News", (10, 4), None, "The"),  # place ends with a full stop
    ("Port Aster May 3/2020 (RNA) The council met.", "Port Aster", "RNA", None, "2020-05-03", "The"),  # no comma
    ("Town Hall, Lindor, Ruritania, Friday 4 March 2022 – The mayor spoke.", "Town Hall, Lindor, Ruritania", None, None,
     "2022-03-04", "The"),  # a weekday before the date
    ("Lindor, June 3, 2021 (`RNA) The council met.", "Lindor", "RNA", None, "2021-06-03", "The"),  # a stray mark
    ("Ljubljana, March 9", "Ljubljana", None, (3, 9), None, ""),  # a known place and a day on a line of their own
    ("Tuesday, March 4, 2025 - The council met.", None, None, None, "2025-03-04", "The"),  # the date first, a dash
    ("March 4, 2025 ZENDA — The council met.", "ZENDA", None, None, "2025-03-04", "The"),  # the date before the place
    ("4 March 2025 Lisbon – Ministers met.", "Lisbon", None, None, "2025-03-04", "Ministers"),  # a known place
    # two places filed from, split by a slash, and two agencies
    ("Lindor/Zenda, 7 May 2023 (Wirewire/RNA) - Ministers met.", "Lindor/Zenda", "Wirewire/RNA", None, "2023-05-07",
     "Ministers"),
    ("LINDOR/ZENDA/PORT ASTER — The council met.", "LINDOR/ZENDA/PORT ASTER", None, None, None, "The"),
    ("(Wirewire; May 3, 2021) - The council met.", None, "Wirewire", None, "2021-05-03", "The"),  # no place: brackets
])
def test_more_dateline_formats(para, place, agency, day, year_day, rest):
    found, pos = read_dateline(para, _is_place)
    assert (found.place, found.agency, found.day, found.published) == (place, agency, day, year_day)
    assert para[pos:].startswith(rest)


def test_a_dateline_without_a_place():
    found, pos = read_dateline("Oct 4 (Wirewire) The third round will open on Monday.", _is_place)
    assert (found.place, found.agency, found.day) == (None, "Wirewire", (10, 4))
    assert read_dateline("Oct 4 (Monday) The third round opened.", _is_place) is None  # a day's name, no agency


def test_a_place_and_a_dash_before_a_heading_is_not_the_dateline():
    body, meta = published.take_meta_lines(["RNA - RNA English", "Lindor, June 3, 2021 (RNA) The council met today."],
                                           _is_place)
    assert meta.dateline.place == "Lindor" and body == ["RNA - RNA English", "The council met today."]


def test_a_dateline_whose_agency_is_closed_by_a_full_stop_and_a_dash():
    # "Beijing/Bangkok, Dec 15 (EFE).- …": the Spanish wire's ".-" after the agency ends the dateline
    found, pos = read_dateline("Lindor/Zenda, Dec 15 (Wirewire).- The two delegations agreed to a truce.", _is_place)
    assert (found.place, found.agency, found.day) == ("Lindor/Zenda", "Wirewire", (12, 15))
    assert "Lindor/Zenda, Dec 15 (Wirewire).- The two"[pos:] == "The two"


def test_a_headline_after_a_place_and_a_colon_is_not_the_dateline():
    # "Norway: ‘Spirit of …’ at … Talks in …": a title-case headline with no sentence's end after "Place:" is the
    # title, so the story's own dateline further down ("July 11 (Agency) …") is still read
    from generator.readers import _is_prose

    paras = ["Austria: ‘Spirit of Cooperation’ at Valley Talks in Vienna",
             "Delegates of the two parties, present at the two-day talks in Vienna, call for “dialogue” and calm.",
             "July 11 (Wirewire) Austria’s foreign minister says that the talks continue in an “efficient manner”."]
    body, meta = published.take_meta_lines(paras, _is_place, _is_prose)
    assert (meta.dateline.agency, meta.dateline.day) == ("Wirewire", (7, 11))
    assert body[0] == paras[0] and body[-1].startswith("Austria’s foreign minister says")
    _, meta = published.take_meta_lines(["Austria: The two delegations met on Sunday in Vienna."], _is_place, _is_prose)
    assert meta.dateline.place == "Austria"  # "City: …" before a sentence is a dateline


def test_a_photo_agency_caption_that_opens_like_a_dateline_gives_no_dateline():
    from generator.readers import _is_prose

    caption = ("VIENNA, AUSTRIA - JUNE 27: Jan Roe gestures as he speaks during an award ceremony at the palace on June "
               "27, 2019 in Vienna, Austria. (Photo by Jan Kral/Getty Images)")
    _, meta = published.take_meta_lines([caption, "The two delegations met on Sunday in Vienna and agreed to talk "
                                                  "again next month."], _is_place, _is_prose)
    assert meta.dateline is None


def test_a_dateline_line_in_hard_wrapped_text_is_a_paragraph_of_its_own(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text("Two neighbours agree on river transport\nLjubljana, March 9\nThe two neighbours have signed\n"
                    "an agreement to open river routes\nbetween their ports this year.\nThe ministers said the\n"
                    "routes would open in the spring\nand carry freight first.\n", encoding="utf-8")
    art = read_article(path)
    assert art.title == "Two neighbours agree on river transport" and art.dateline == "Ljubljana"
    assert art.dateline_day == "03-09" and art.paragraphs[0].startswith("The two neighbours")


def test_a_hard_wrapped_wire_story_keeps_its_stamp_byline_and_dateline_out_of_the_text(tmp_path):
    # a wire story copied from an archive page: a stamp with the wire's note, a byline and an older dateline, each
    # on a line of its own above the first wrapped sentence (in our own words)
    path = tmp_path / "wire-archive.txt"
    path.write_text(" date 2016-10-03 (Adds comment from the opposition)\nBy Jan Roe and Ana Kral Varnholm\n"
                    "LISBON Oct 2 Voters narrowly rejected a\npeace deal with the rebels in a referendum on Sunday,\n"
                    "leaving the government without a plan.\nThe no camp won by a narrow margin, and\n"
                    "turnout was low across the whole country\nafter a week of heavy rain.\n", encoding="utf-8")
    art = read_article(path)
    assert (art.published, art.dateline) == ("2016-10-03", "LISBON")
    assert art.paragraphs[0].startswith("Voters narrowly rejected a peace deal"), art.paragraphs
    assert "Jan Roe" not in art.text and "Adds" not in art.text and "LISBON" not in art.text


@pytest.mark.parametrize("caption", [
    "",  # hard-wrapped: every line short
    # a caption copied as one long line above the wrapped story: the text is not read as hard-wrapped
    "Jan Roe, left, and Ana Kral shake hands after signing the accord in Varnholm on Monday, in front of the "
    "foreign ministers of four countries, the chief mediator and some two thousand guests at the port. |\n",
])
def test_a_dateline_the_wrapping_split_after_its_comma_is_read_whole(tmp_path, caption):
    # rule reader.split_dateline: "VARNHOLM," at the end of one line and "Ruritania (AP) -- The ..." on the next
    path = tmp_path / "wrapped-ap.txt"
    path.write_text(caption + "VARNHOLM,\nRuritania (AP) -- The government and the rebels signed\n"
                    "a peace accord on Monday evening that ends a war which made 8\n"
                    "million people homeless.\nThe two leaders shook hands before\n"
                    "a crowd of guests at the port, and the\nministers said the accord would hold.\n", encoding="utf-8")
    art = read_article(path)
    assert (art.dateline, art.agencies) == ("VARNHOLM, Ruritania", ["AP"]), art.furniture
    assert any(p.startswith("The government and the rebels signed a peace accord") for p in art.paragraphs)
    assert any("made 8 million people homeless." in p for p in art.paragraphs), art.paragraphs
    assert "VARNHOLM" not in art.text and "(AP)" not in art.text


def test_a_numeric_stamp_that_reads_both_ways_is_settled_by_the_dated_articles():
    art = _dated(None, "ambiguous.txt")
    art.date_options = ["2025-12-04", "2025-04-12"]  # "04-12-2025"
    published.settle_undated([art, _dated("2025-12-01"), _dated("2026-01-08")], 2025)
    assert art.published == "2025-12-04" and "two ways" in art.reference_note
    art = _dated(None, "ambiguous.txt")
    art.date_options = ["2025-12-04", "2025-04-12"]
    published.settle_undated([art, _dated("2025-03-01"), _dated("2025-12-20")], 2025)
    assert art.published is None  # both readings fall within the span: abstain


def test_a_timed_stamp_below_the_text_does_not_beat_the_articles_date():
    # a strip of related stories after the text prints their times; the article's own bare date stands
    _, meta = published.take_meta_lines(["12 May 2025", "The delegations met on Monday in the port city and agreed to "
                                         "meet again within a month to settle the remaining questions.",
                                         "Both sides said the talks had been frank and that their experts would "
                                         "keep working on the text in the meantime.",
                                         "More stories", "10 May 2025 14:00"], is_prose=lambda p: len(p) > 60)
    assert published.stamp_line(meta).published == "2025-05-12"


@pytest.mark.parametrize("para, agency, rest", [
    ("ZENDA, JULY 23, RUREX. The council met again.", "RUREX", "The"),  # the agency closed by a full stop
    ("Lindor, March 27, RNA- The mayor spoke.", "RNA", "The"),  # a dash glued to it
    ("Lindor, Jan. 7, RNA – The mayor spoke.", "RNA", "The"),
])
def test_an_agency_after_the_dateline_date_before_the_text(para, agency, rest):
    found, pos = read_dateline(para, _is_place)
    assert (found.agency, found.day is not None) == (agency, True) and para[pos:].startswith(rest)
    assert read_dateline("ZENDA, Oct 5, US officials said the talks would go on.", _is_place) is None


@pytest.mark.parametrize("text,day", [
    # a stamp in brackets glued after the headline, the agency and the story after it
    ("Envoys agree on a timetable for the border talks ( 2019-05-03 14:20) (Valley Agency) The envoys met for six "
     "hours and agreed on a timetable, the mediator said.", "2019-05-03"),
    # a stamp glued after a caption's last full stop, with the place it was filed from
    ("• The envoys may stay in Lindor longer than planned. Photo: Valley Agency., 3 May 2019 - 14:20, Lindor,Zenda",
     "2019-05-03"),
])
def test_a_stamp_glued_to_a_headline_or_a_caption_is_read_and_taken_out(tmp_path, text, day):
    page = tmp_path / "glued.txt"
    page.write_text(f"{text}\n\n{PROSE}", encoding="utf-8")
    art = read_article(page)
    assert art.published == day
    assert not any("14:20" in p for p in art.paragraphs)


def test_a_date_and_time_inside_a_sentence_stay_in_it():
    assert published.unglue_stamp("The vote closed on 3 May 2019 at 14:20 in every district, officials said.") == [
        "The vote closed on 3 May 2019 at 14:20 in every district, officials said."]


def _wire(lead: str):
    from generator.model import Article

    return Article(id="wire.txt", path="wire.txt", title="Truce", outlet=None, published=None, url=None,
                   paragraphs=["Truce", lead], dateline_day="10-29")  # "PORT ASTER, Oct 29 (Agency) – …"


@pytest.mark.parametrize("lead,dated,day", [
    # 2024-10-29 is a Tuesday, 2025-10-29 a Wednesday: the lead's weekday picks the year of the two that fit …
    ("A rebel group on Wednesday announced a ceasefire.", ["2024-09-01", "2025-12-01"], "2025-10-29"),
    ("A rebel group on Tuesday announced a ceasefire.", ["2024-09-01", "2025-12-01"], None),  # either: the day before
    ("A rebel group said on Monday it had signed a ceasefire.", ["2024-09-01", "2025-12-01"], "2024-10-29"),
    # … and rules out the one year that fits when it is neither that weekday nor the day after it
    ("A rebel group on Wednesday announced a ceasefire.", ["2023-12-15", "2025-03-24"], None),
    ("A rebel group announced a ceasefire, the first since last Wednesday.", ["2023-12-15", "2025-03-24"], "2024-10-29"),
])
def test_the_weekday_a_wire_lead_names_settles_the_dateline_year(lead, dated, day):
    art = _wire(lead)
    published.settle_undated([art] + [_dated(d, f"{d}.txt") for d in dated], 2025)
    assert art.published == day


def test_a_later_story_s_dateline_is_taken_off_its_paragraph():
    # rule published.later_dateline: a digest's second story opens with its own dateline
    known = {"Zenda", "Lindor"}.__contains__
    paras = ["ZENDA - The council met on Monday to discuss the harbour and agreed to meet again.",
             "Weather delayed the ferries to the island for a second day.",
             "LINDOR - A ferry sailed through the strait last week, officials said on Thursday.",
             "ECONOMY - Five chapters of the accord remain open, the envoy said."]
    body, meta = published.take_meta_lines(paras, is_place=known)
    assert body[2] == "A ferry sailed through the strait last week, officials said on Thursday."
    assert "LINDOR -" in meta.removed
    assert body[3] == paras[3]  # a heading in capitals names no place


@pytest.mark.parametrize("line, day", [
    # rule published.dated_repeat: the headline again, with a document's number and a date added
    ("No: 320, 26 October 2022, Press Release Regarding the Talks in Lindor", "2022-10-26"),
    ("Press Release Regarding the Talks in Lindor - 26 October 2022", "2022-10-26"),
    # a sentence with a date that is no repeat of the headline stays in the text
    ("On 26 October 2022, the talks in Lindor began.", None),
])
def test_the_headline_repeated_with_a_date_is_the_stamp(line, day):
    paras = ["Press Release Regarding the Talks in Lindor", line, "We welcome the start of the talks in Lindor."]
    body, meta = published.take_meta_lines(paras)
    assert [s.published for s in meta.stamps] == ([day] if day else [])
    assert (line in body) == (day is None)


def test_a_lead_repeated_under_its_standfirst_loses_its_agency_and_place():
    # rule published.agency_hyphen_place: "ZNA-Zenda (Lindor) The …" opens the lead the standfirst repeated
    known = {"Zenda", "Lindor"}.__contains__
    paras = ["ZNA-Zenda The warring sides have accepted talks this weekend.",
             "ZNA-Zenda (Lindor) The warring sides have accepted talks this weekend, officials said."]
    body, meta = published.take_meta_lines(paras, is_place=known)
    assert body == ["The warring sides have accepted talks this weekend.",
                    "The warring sides have accepted talks this weekend, officials said."]
    assert meta.dateline.agency == "ZNA"


@pytest.mark.parametrize("para", ["UK - EU talks resumed in Lindor on Monday.", "LINDOR - BRIEFS IN SHORT"])
def test_a_later_paragraph_that_opens_with_no_dateline_keeps_its_words(para):
    assert published.later_dateline(para, {"Lindor", "UK"}.__contains__) == 0


def _undated(lead: str, day: str = "10-29"):
    from types import SimpleNamespace

    return SimpleNamespace(published=None, date_options=[], dateline_day=day, paragraphs=[lead], path="x.txt",
                           reference_note=None)


def test_the_lead_s_weekday_unsettles_a_year_it_does_not_fit():
    # rule date:dateline-weekday: 29 October is a Wednesday in one year near the span, a Tuesday in the one chosen
    dated = [_undated("", "01-01") for _ in range(2)]
    dated[0].published, dated[1].published = "2023-12-15", "2025-03-24"
    art = _undated("A rebel group on Wednesday announced a truce after talks in Lindor.")
    published.settle_undated([*dated, art], 2025)
    assert art.published is None
    fits = _undated("A rebel group on Tuesday announced a truce after talks in Lindor.")
    published.settle_undated([*dated, fits], 2025)
    assert fits.published == "2024-10-29"


def test_the_lead_s_weekday_alone_settles_a_year_just_past_the_span():
    # rule date:dateline-weekday-year: the one 1 October of the span (June 2018 to February 2019) is a Monday, so a
    # Tuesday report is not of it; from 2017 to 2020, 1 October is a Tuesday (or a Monday) only in 2019. On a Friday
    # (or a Thursday) in none of those years: no year
    dated = [_undated("", "01-01") for _ in range(2)]
    dated[0].published, dated[1].published = "2018-06-12", "2019-02-28"
    art = _undated("The two sides agreed to resume their talks this week, state media reported Tuesday.", "10-01")
    published.settle_undated([*dated, art], 2018)
    assert art.published == "2019-10-01" and "weekday" in art.reference_note
    friday = _undated("The two sides agreed to resume their talks this week, state media reported Friday.", "10-01")
    published.settle_undated([*dated, friday], 2018)
    assert friday.published is None


def test_a_weekday_ahead_of_the_report_is_no_check_of_the_year():
    dated = [_undated("", "01-01") for _ in range(2)]
    dated[0].published, dated[1].published = "2023-12-15", "2025-03-24"
    art = _undated("The fifth round of talks will resume Wednesday in Lindor.")
    published.settle_undated([*dated, art], 2025)
    assert art.published == "2024-10-29"


def test_a_reported_weekday_in_a_lead_that_looks_ahead_still_checks_the_year():
    """Rule ``date:reported-weekday``: "agreed to resume the talks this week, state media reported Tuesday" — the
    weekday after "reported" is the report's, even in a lead that looks ahead; 29 October 2024 is a Tuesday."""
    dated = [_undated("", "01-01") for _ in range(2)]
    dated[0].published, dated[1].published = "2023-12-15", "2025-03-24"
    art = _undated("The two sides agreed to resume their talks this week, state media reported Wednesday.")
    published.settle_undated([*dated, art], 2025)
    assert art.published is None  # 2024-10-29 is a Tuesday: a Wednesday report does not fit it
    fits = _undated("The two sides agreed to resume their talks this week, state media reported Tuesday.")
    published.settle_undated([*dated, fits], 2025)
    assert fits.published == "2024-10-29"


def test_a_year_the_lead_s_weekday_settled_dates_the_article_s_own_days(tmp_path):
    # the weekday makes the dateline's year the article's own, as sure as a printed one: "Oct. 5" in its text is
    # 2019-10-05, not left undated because October 2018 is nearer the other articles (rule date:year-not-sure)
    from generator.pipeline import build

    lead = ("LINDOR, Oct. 1 (ZNA) -- Ruritania and Valdoria agreed to resume their talks this week, state media "
            "reported Tuesday.\n\nThe envoys will hold working-level negotiations in Zenda on Oct. 5, the ministry said.\n")
    (tmp_path / "wire.txt").write_text("Envoys to resume talks\n\n" + lead, encoding="utf-8")
    for day in ("2018-06-12", "2019-02-28"):
        (tmp_path / f"{day}_talks.txt").write_text(
            "Envoys meet in Zenda\n\nThe envoys of Ruritania and Valdoria met in Zenda on Monday, officials said.\n",
            encoding="utf-8")
    b = build(tmp_path).briefing
    assert {s.id: s.published for s in b.sources}["wire"] == "2019-10-01"
    told = [e for e in b.events if "negotiations" in e.summary and e.citations[0].source == "wire"]
    assert [(e.date, e.status) for e in told] == [("2019-10-05", "planned")]
    assert not told[0].year_inferred


def test_a_headline_glued_before_a_dateline_and_its_stamp_is_split_off():
    # rules published.headline_before_dateline and published.stamp_after_dateline: a page saved as one line
    known = {"Port Aster"}.__contains__
    line = ("Leaders praise the deal, vow action despite Roe Port Aster, Nov 24 (AFP) Nov 24, 2024 President Jan Kral "
            "praised the deal Saturday as a significant step, and pledged continued action.")
    body, meta = published.take_meta_lines([line], is_place=known)
    assert body == ["Leaders praise the deal, vow action despite Roe",
                    "President Jan Kral praised the deal Saturday as a significant step, and pledged continued action."]
    assert (meta.dateline.place, meta.dateline.agency, meta.dateline.day) == ("Port Aster", "AFP", (11, 24))
    assert [s.published for s in meta.stamps] == ["2024-11-24"]
    # a sentence that names a place and a day goes on as written: no agency after the day, or no known place
    for line in ("The envoys met in the old harbour of Port Aster, Nov 24 (a Sunday) to sign the accord.",
                 "Leaders praise the deal, vow action despite Roe Lindor, Nov 24 (AFP) President Jan Kral spoke."):
        body, meta = published.take_meta_lines([line], is_place=known)
        assert body == [line] and meta.dateline is None


def test_a_bare_date_beside_the_print_editions_link_is_not_the_articles(tmp_path):
    # rule published.edition_date: the site's date of the day beside its "Today's Print" link (edition_links)
    page = tmp_path / "edition.txt"
    page.write_text("spot_img\n\nSunday, July 6, 2025\n\nToday's Print\n\nDockworkers end three-day strike\n\n"
                    f"PORT ASTER—Thousands of dockworkers returned to work Friday. {PROSE}", encoding="utf-8")
    art = read_article(page)
    assert art.published is None
    assert {"text": "Sunday, July 6, 2025", "reason": "stamp line or dateline"} in art.furniture  # shown, not lost
    # the same date with no edition link beside it dates the page
    page.write_text("Sunday, July 6, 2025\n\nDockworkers end three-day strike\n\n"
                    f"PORT ASTER—Thousands of dockworkers returned to work Friday. {PROSE}", encoding="utf-8")
    assert read_article(page).published == "2025-07-06"


def test_the_dates_of_a_chronology_in_the_text_are_not_the_articles(tmp_path):
    # rule published.chronology_dates: bare dates heading the entries of a rundown below the text's start
    page = tmp_path / "rundown.txt"
    lead = ("Talks between the dockworkers' union and the port employers appear deadlocked on wage issues.\n\n"
            f"The union threatens to strike on Oct. 1. {PROSE}\n\nHere's a brief rundown of events:\n\n")
    page.write_text(lead + "May 13, 2024\n\nThe two sides say they will begin bargaining after May 17.\n\n"
                    "June 10, 2024\n\nThe union halts negotiations over an automated gate.\n", encoding="utf-8")
    assert read_article(page).published is None
    # one bare date under the text's start is still the page's
    page.write_text(lead + "May 13, 2024\n\nThe two sides say they will begin bargaining after May 17.\n",
                    encoding="utf-8")
    assert read_article(page).published == "2024-05-13"



def test_a_dateline_pushed_down_under_captions_and_a_standfirst_is_read(tmp_path):
    # rule published.dateline_pushed_down: two captions without a credit and a standfirst above the dated lead; the
    # dateline is read there (it dates the lead) only when the gazetteer knows its place, and never further down
    caption = ("Jan Roe, the Zendan envoy, speaks during a news conference at the summit, Monday, Nov. 10, 2025, "
               "in Vienna, Austria.")
    standfirst = "Jan Roe accepted that the result was a bitter disappointment for those hoping for a deal this year."
    lead = "As the delegates gather in Vienna for the summit, Jan Roe has told the other envoys that the talks go on."
    f = tmp_path / "2025-11-10_summit.txt"
    f.write_text(f"Envoy says the talks go on\n\n{caption}\n\n{caption} Photo | Wire\n\n{standfirst}\n\n"
                 f"VIENNA: {lead}\n", encoding="utf-8")
    art = read_article(f)
    assert art.dateline == "VIENNA" and lead in art.paragraphs
    g = tmp_path / "2025-11-10_other.txt"
    g.write_text(f"Envoy says the talks go on\n\n{caption}\n\n{caption} Photo | Wire\n\n{standfirst}\n\n"
                 f"PORT ASTER: {lead}\n", encoding="utf-8")
    assert read_article(g).dateline is None  # a place the gazetteer does not know, this far down: text
    h = tmp_path / "2025-11-10_late.txt"
    h.write_text("Envoy says the talks go on\n\n" + "\n\n".join([
        "The first delegates arrived in Vienna on Sunday, a day before the summit opened in the old palace.",
        "The second group of delegates arrived on Monday morning and went straight to the first session.",
        "The third group of delegates is due on Tuesday, when the ministers are expected to join the talks.",
        "The fourth group of delegates will come later in the week, if the talks go on as the hosts hope."])
        + f"\n\nVIENNA: {lead}\n", encoding="utf-8")
    assert read_article(h).dateline is None  # under four paragraphs of prose: a later story's, not this one's


ONE_PARAGRAPH_PAGE = """Submit an ad

News - Envoy: A new meeting of the two sides is agreed

Business Strategy

Envoy: A new meeting of the two sides is agreed

by Lilja June 11, 2024

The bridge on the border has already been repaired and is ready for traffic. The special envoy told reporters at the \
parliament on Tuesday that the two sides had agreed to hold a new meeting, but that no date or place had been set yet.

Categories

Tags

Sept. 13, 2023

Border crossing to open for traffic in coming months, official says
"""


def test_a_stamp_below_the_one_paragraph_of_text_is_a_related_storys(tmp_path):
    # rule published.stamp_below_text: "Sept. 13, 2023" over a related story's headline, after the article's one
    # paragraph, is not the nearest stamp above the text; the byline's date is the article's
    page = tmp_path / "one-paragraph.txt"
    page.write_text(ONE_PARAGRAPH_PAGE, encoding="utf-8")
    assert read_article(page).published == "2024-06-11"


def test_a_stamp_under_a_standfirst_with_text_below_it_is_still_above_the_text(tmp_path):
    page = tmp_path / "standfirst.txt"
    page.write_text(ONE_PARAGRAPH_PAGE.replace("Categories\n\nTags\n\nSept. 13, 2023\n\n", "Sept. 13, 2023\n\n")
                    .replace("Border crossing to open for traffic in coming months, official says",
                             "The envoy said the two delegations would meet once the technical work on the crossing "
                             "was finished, and that both capitals had been told of the plan."), encoding="utf-8")
    assert read_article(page).published == "2023-09-13"
