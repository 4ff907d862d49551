"""The reader-facing pages: tables that render, citations a reader can check, the home page, the chart."""
from __future__ import annotations

import html
import re

import markdown
import pytest

from generator.model import Actor, Article, Briefing, Citation, Event, Position, Question, Sentence, Venue
from generator.render import render_pages

from .conftest import ROOT

RAW_TABLE = re.compile(r"\|\s*-{3,}\s*\||\|\s*(Actor|Status|Venue|Article)\s*\|")


def _html(page_markdown: str) -> str:
    return markdown.markdown(page_markdown, extensions=["tables", "attr_list", "toc", "admonition", "md_in_html", "pymdownx.details"])


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def small_briefing() -> Briefing:
    """Two articles, one with an outlet and a date and one with neither; a resolved and an open question."""
    a1 = Article(id="wire-report", path="seeds/wire-report.txt", title="Leaders agree to meet", outlet="Wire",
                 published="2025-09-12", url="https://example.org/story?a=1&b=2", paragraphs=["p0", "p1"],
                 sentences=[Sentence("s1", "The leaders agreed to meet.", 0),
                            Sentence("s2", "Talks will be held in Geneva next week.", 1),
                            Sentence("s3", "The venue was settled on Friday.", 1)])
    a2 = Article(id="undated-note", path="seeds/undated-note.txt", title="A note with <b>no</b> outlet",
                 outlet=None, published=None, url="javascript:alert(1)", paragraphs=["p0"],
                 sentences=[Sentence("s1", "Officials <script>x</script> met in Geneva.", 0)])
    c11, c12, c13, c21 = (Citation("wire-report", "s1"), Citation("wire-report", "s2"),
                          Citation("wire-report", "s3"), Citation("undated-note", "s1"))
    actors = [Actor("anna-example", "Anna Example", "person", aliases=["Example"], roles=["minister"],
                    mentions=[c11, c21])]
    venues = [Venue("geneva", "Geneva", "city", country="Switzerland", aliases=["Genf"], statuses=["planned"],
                    mentions=[c12, c21], lat=46.2, lon=6.15,
                    history=[{"status": "planned", "actor": "anna-example", "citation": c12, "date": "2025-09-12"}])]
    events = [Event("e-met", "2025-09-10", "day", False, "Officials met in Geneva", ["anna-example"], ["geneva"],
                    [c21]),
              Event("e-talks", "2025-09-19", "day", True, "Talks will be held in Geneva", ["anna-example"],
                    ["geneva"], [c12], status="planned"),
              Event("e-agree", "2025-09-12", "day", False, "The leaders agreed to meet", ["anna-example"], [],
                    [c11])]
    questions = [Question("where-will-they-meet", "Where will they meet?",
                          [Position("anna-example", "Geneva: proposed", c12, "2025-09-12")], [c12],
                          status="resolved", answer="The venue was settled", answer_citation=c13),
                 Question("when-will-talks-resume", "When will talks resume?",
                          [Position(None, "soon", c11, "2025-09-12")], [c11])]
    return Briefing([a1, a2], actors, venues, events, questions)


@pytest.fixture(scope="module")
def pages():
    return render_pages(small_briefing(), ROOT / "templates")


def test_resolved_question_keeps_its_positions_table(pages):
    html = _html(pages["questions.md"])
    assert html.count("<table>") == 2  # one per question (three positions or fewer), the resolved one included
    assert "Resolved." in html
    assert not RAW_TABLE.search(_text(html))


def test_no_generated_page_shows_raw_table_markdown(pages):
    for path, text in pages.items():
        if path.endswith(".md"):
            assert not RAW_TABLE.search(_text(_html(text))), path


def test_no_built_page_shows_raw_table_markdown(real_site):
    for page in real_site.rglob("*.html"):
        article = page.read_text(encoding="utf-8")
        assert not RAW_TABLE.search(_text(article)), page.relative_to(real_site)


def test_citation_label_names_outlet_date_and_paragraph(pages):
    timeline = pages["timeline.md"]
    assert ">Wire · 12 Sep · ¶2</a>" in timeline  # s2 is in the second paragraph
    assert 'aria-label="Wire · 12 Sep · ¶2&#58; Source&#58; Leaders agree to meet, Wire, 12 Sep 2025, paragraph 2, sentence 2"' in timeline
    assert 'data-quote="Talks will be held in Geneva next week&#46;"' in timeline


def test_citation_label_without_outlet_uses_the_headline_and_stays_text(pages):
    html = _html(pages["timeline.md"])
    assert ">A note with… · ¶1</a>" in pages["timeline.md"]
    assert "<b>no</b>" not in html and "<script>" not in html


def test_citation_labels_do_not_change_when_an_article_is_added():
    before = render_pages(small_briefing(), ROOT / "templates")["timeline.md"]
    b = small_briefing()
    extra = Article(id="aaa-first", path="seeds/aaa-first.txt", title="Another story", outlet=None, published=None,
                    url=None, paragraphs=["p"], sentences=[Sentence("s1", "Something else.", 0)])
    b.sources.insert(0, extra)
    after = render_pages(b, ROOT / "templates")["timeline.md"]
    labels = re.compile(r'<a class="cite"[^>]*>[^<]*</a>')
    assert labels.findall(before) == labels.findall(after)


@pytest.mark.parametrize("url,link", [("https://example.org/story?a=1&b=2", True), ("http://example.org/", True),
                                      ("javascript:alert(1)", False), ("data:text/html,<b>x</b>", False),
                                      ("//example.org/x", False), ("https://exa mple.org/", False),
                                      ("ftp://example.org/x", False)])
def test_original_url_is_a_link_only_when_http(url, link):
    from generator.render import external_link

    html = _html(f"- **Original:** {external_link(url)}")
    assert ("<a " in html) is link
    assert "<b>" not in html
    if link:
        assert re.search(r'href="https?:', html.replace("&#58;", ":").replace("&#47;", "/"))


def test_source_page_links_its_http_original(pages):
    assert '<a class="original" href="https&#58;' in pages["sources/wire-report.md"]
    assert "<a" not in pages["sources/undated-note.md"].split("**Original:**")[1].split("\n")[0]


def _section(page: str, heading: str) -> str:
    return page.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_home_page_briefs(pages):
    home = pages["index.md"]
    assert home.startswith("# Briefing&#58; Anna Example\n")  # no country: the most-mentioned actor
    assert "**As of 12 Sep 2025 · 2 articles, 12 Sep** ·" in home
    latest, upcoming = _section(home, "Latest developments"), _section(home, "Upcoming")
    assert "The leaders agreed to meet" in latest and "Officials met in Geneva" in latest
    assert latest.index("The leaders agreed") < latest.index("Officials met")  # newest first
    assert "Talks will be held" not in latest  # planned, not a development
    assert "Talks will be held in Geneva" in upcoming
    html = _html(home)
    assert '<div class="grid cards">' in html and 'class="admonition info"' in html


def test_home_page_takes_the_site_name_and_never_a_default():
    from generator.render import story_name

    b = small_briefing()
    assert render_pages(b, ROOT / "templates", site_name="Geneva talks")["index.md"].startswith("# Geneva talks\n")
    assert story_name(b, "Briefing") == "Briefing: Anna Example"
    assert story_name(Briefing([], [], [], [], [])) == "Briefing"


def test_period_line_reads_the_articles_dates_only():
    from generator.render import period_line

    b = small_briefing()
    b.sources[1].published = "2024-12-30"
    assert period_line(b) == "As of 12 Sep 2025 · 2 articles, 30 Dec 2024–12 Sep"
    for s in b.sources:
        s.published = None
    assert period_line(b) == "2 articles, none of them dated"


def _events(n: int, start: str = "2025-08-01", days: int = 60, planned_every: int = 5) -> list[Event]:
    import datetime as dt

    first = dt.date.fromisoformat(start)
    return [Event(f"e{i}", (first + dt.timedelta(days=i % days)).isoformat(), "day", False, f"event {i} <b>x</b>",
                  status="planned" if i % planned_every == 0 else "happened") for i in range(n)]


def test_chart_with_many_events_counts_every_one_in_weekly_bars():
    from generator.charts import timeline_svg

    svg = html.unescape(timeline_svg(_events(800)))  # text in the SVG is escaped for Markdown (numeric references)
    counts = [int(n) for n in re.findall(r"week of \d{4}-\d\d-\d\d: (\d+) events?", svg)]
    assert sum(counts) == 800 and len(counts) <= 10  # every event counted, a bar per week
    assert sum(int(n) for n in re.findall(r"(\d+) planned", svg)) == 160
    assert "<circle" not in svg and "800 dated events" in svg


def test_chart_with_few_events_draws_a_dot_for_each():
    from generator.charts import timeline_svg

    svg = timeline_svg(_events(40))
    assert svg.count("<circle") == 40
    assert svg.count('tabindex="-1"') == 40  # dots are out of the tab order
    assert "<b>" not in svg


def test_chart_puts_an_outlier_beyond_a_broken_axis():
    from generator.charts import timeline_svg

    events = [Event("old", "2022", "year", False, "long ago")] + _events(30)
    svg = timeline_svg(events)
    labels = re.findall(r'style="left:([\d.]+)%">([^<]+)</span>', svg)
    assert labels[0][1] == "2022" and float(labels[0][0]) < 15  # the outlier keeps a narrow piece of the axis
    assert any("Aug" in text or "Sep" in text for _, text in labels[1:])
    assert "axis is broken" in svg


def test_chart_labels_leave_room_for_12px_text_and_stay_out_of_search():
    from generator.charts import LABEL_GAP, timeline_svg

    for events in (_events(20, days=10), _events(200, days=400), _events(50, start="1990-01-01", days=12000)):
        svg = timeline_svg(events)
        xs = [float(x) * 7.2 for x in re.findall(r'style="left:([\d.]+)%"', svg)]
        assert xs and all(b - a >= LABEL_GAP for a, b in zip(xs, xs[1:]))
        assert 'data-search-exclude' in svg and 'aria-hidden="true"' in svg


def test_about_page_speaks_to_a_reader(real_site):
    text = _text((real_site / "about" / "index.html").read_text(encoding="utf-8"))
    for heading in ("What this site is", "How it was made", "Its limits"):
        assert heading in text
    for developer in ("mkdocs.yml", "seeds/", "generator/", "nav:"):
        assert developer not in text


def test_each_question_is_collapsed_with_its_latest_positions_first_and_all_inside():
    b = small_briefing()
    q = b.questions[1]
    q.positions = [Position(None, f"stance {i}", Citation("wire-report", "s1"), f"2025-09-1{i}") for i in range(5)]
    html = _html(render_pages(b, ROOT / "templates")["questions.md"])
    assert html.count('<details class="question">') + html.count('<details class="success">') == 2  # one per question
    block = html.split('<summary><h3 class="question-title" id="when-will-talks-resume">When will talks resume?</h3></summary>', 1)[1]
    latest, everything = block.split('<summary>All 5 positions</summary>', 1)
    # the latest three first, outside the inner block; all five inside it, newest first
    assert [s for s in ("stance 4", "stance 3", "stance 2", "stance 1") if s in latest] == ["stance 4", "stance 3", "stance 2"]
    inner = everything.split("</details>", 1)[0]
    assert [inner.index(f"stance {i}") for i in (4, 3, 2, 1, 0)] == sorted(inner.index(f"stance {i}") for i in range(5))
    assert "the article&#39;s own voice" in html or "the article's own voice" in html
    assert not RAW_TABLE.search(_text(html))


def test_one_compact_date_marker_with_its_legend():
    b = small_briefing()
    b.events[0].year_inferred = True
    page = render_pages(b, ROOT / "templates")["timeline.md"]
    assert "**≈19 Sep 2025**" in page  # approximate
    assert "**10 Sep 2025&#42;**" in page  # year inferred
    assert "(approx.)" not in page and "(year inferred)" not in page
    assert "**≈** marks" in page and "**&#42;** a date" in page  # the legend


def test_search_index_leaves_out_the_duplicate_timeline_and_the_charts(real_site):
    import json

    index = json.loads((real_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [d["location"] for d in index["docs"]]
    assert any(loc.startswith("timeline/") for loc in locations)
    assert not any(loc.startswith("timeline-oldest-first/") for loc in locations)
    texts = " ".join(d["text"] for d in index["docs"])
    assert not re.search(r"\d dated events, \d{4}", texts)  # the chart's caption
    boosts = {d["location"]: d.get("boost") for d in index["docs"]}
    assert all(boosts[loc] and boosts[loc] > 4 for loc in boosts if re.fullmatch(r"(actors|venues)/[^/#]+/", loc))


def _many_questions(n_tracks: int = 4, per_track: int = 9) -> Briefing:
    """The small briefing with more questions than one page holds, in several tracks (and one of no track)."""
    from generator.model import Track

    b = small_briefing()
    b.tracks = [Track(f"track-t{i}", f"Track {i}", sources=["wire-report"], first="2025-09-01", last="2025-09-12")
                for i in range(n_tracks)]
    b.questions = [Question(f"q-{t}-{k}", f"Will step {k} of track {t} happen?",
                            [Position("anna-example", "yes", Citation("wire-report", "s1"), "2025-09-12")],
                            [Citation("wire-report", "s1")], track=f"track-t{t}") for t in range(n_tracks)
                   for k in range(per_track)]
    b.questions.append(Question("q-stray", "Will the stray one happen?", track=None))
    return b


def test_many_questions_get_a_page_per_track_and_the_questions_page_lists_the_tracks():
    from generator import questionpages

    b = _many_questions()
    pages = render_pages(b, ROOT / "templates")
    tracks = sorted(k for k in pages if k.startswith("questions/"))
    assert tracks == ["questions/no-track.md"] + [f"questions/track-t{i}.md" for i in range(4)]
    index = _html(pages["questions.md"])
    for i in range(4):  # a row per track, its count and a link to its page; no question on the index
        assert re.search(rf'<span id="track-t{i}"></span><a href="questions/track-t{i}.md">Track {i}</a></td>\s*<td>9</td>\s*<td>9</td>', index)
    assert "question-title" not in index and "Other questions" in index
    shown = []
    for path in tracks:  # every question once, its id as the anchor of its heading, collapsed
        page = _html(pages[path])
        shown += re.findall(r'<summary><h2 class="question-title" id="([^"]+)">', page)
        assert page.count("<details") >= 1 and '<a href="../questions.md">' in page or "questions.md" in page
    assert sorted(shown) == sorted(q.id for q in b.questions)
    targets = questionpages.targets(questionpages.groups(b))
    assert targets["q-2-3"] == "questions/track-t2.md#q-2-3" and targets["q-stray"] == "questions/no-track.md#q-stray"
    actor = pages["actors/anna-example.md"]  # an actor's positions link to the question on its track's page
    assert "](../questions/track-t1.md#q-1-0)" in actor and "questions.md#q-" not in actor
    home = pages["index.md"]
    assert "questions/track-t0.md#q-0-0)" in home or "questions/track-t0.md)" in home


def test_few_questions_stay_on_one_page_under_their_tracks_headings():
    b = _many_questions(n_tracks=2, per_track=3)
    pages = render_pages(b, ROOT / "templates")
    assert not [k for k in pages if k.startswith("questions/")]
    page = _html(pages["questions.md"])
    assert '<h2 id="track-t0">Track 0</h2>' in page and '<h2 id="no-track">Other questions</h2>' in page
    assert len(re.findall(r'<summary><h3 class="question-title" id="q-', page)) == 7
    assert "](questions.md#q-0-1)" in pages["actors/anna-example.md"].replace("../", "")


def test_one_track_stays_on_one_page_however_many_questions():
    b = _many_questions(n_tracks=1, per_track=40)
    b.questions = [q for q in b.questions if q.track]
    assert not [k for k in render_pages(b, ROOT / "templates") if k.startswith("questions/")]


def test_question_heading_has_no_link_inside_its_summary_and_escapes_its_text():
    b = small_briefing()
    b.questions[1].question = "Will <b>they</b> [meet](javascript:x) *soon*?"
    html = _html(render_pages(b, ROOT / "templates")["questions.md"])
    summary = html.split('<summary><h3 class="question-title" id="when-will-talks-resume">', 1)[1].split("</summary>", 1)[0]
    assert "<a" not in summary and "<b>" not in summary and "<em>" not in summary  # no permalink, no markup
    assert "&#60;b&#62;they" in summary


def test_index_tables_stay_out_of_the_search_index():
    # each row's page has its own entry; a table of every article would be one ever-growing search field
    # (Zensical refuses a field past 32,768 words)
    for path in ("sources/index.md", "actors/index.md", "venues/index.md"):
        html = _html(render_pages(small_briefing(), ROOT / "templates")[path])
        assert re.search(r'<div class="index-table" data-search-exclude(="[^"]*")?>\s*<table>', html), path
    index = _html(render_pages(_many_questions(), ROOT / "templates")["questions.md"])
    assert re.search(r'<div class="index-table" data-search-exclude(="[^"]*")?>\s*<table>', index)
