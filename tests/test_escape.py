"""Escaping by output context (generator/escape.py): each context on hostile values."""
from __future__ import annotations

import html as html_lib
import json
import re

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from generator.escape import front_matter, ical_text, json_for_html, link, plain, safe_url, slug

from .test_bad_input import HOSTILE

PAYLOADS = ['Talks </title><script>alert("xss9")</script> resume', "<img src=x onerror=alert(1)>",
            '"><svg onload=alert(1)>', "javascript:alert(1)", "{{ config }}", "a\r\nBEGIN:VEVENT\r\nSUMMARY:x",
            "x,y;z\\w", "\u2028\u2029</script><!--", "--- \ntitle: x\n---"]
TEXT = st.one_of(st.sampled_from(PAYLOADS), HOSTILE, st.text(max_size=40))


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_page_title_front_matter_is_inert(title):
    from mkdocs.utils.meta import get_data

    body, meta = get_data(str(front_matter(title=title)) + "\n# Heading\n")
    assert body.strip() == "# Heading"
    assert set(meta) == {"title"} and "<" not in meta["title"] and '"' not in meta["title"]
    shown = html_lib.unescape(meta["title"])  # what the browser shows in the tab
    assert shown == re.sub(r"\s+", " ", re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]", "", title))


@pytest.mark.parametrize("url,expected", [
    ("https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
    ("HTTP://Example.org/x", "http://Example.org/x"),
    ('https://example.org/"><script>alert(1)</script>', "https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E"),
    ("javascript:alert(1)", None), ("JaVaScRiPt:alert(1)", None), (" javascript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None), ("//evil.example/x", None), ("/etc/passwd", None),
    ("https://exa mple.org/", None), ("https:///nohost", None), ("http://[::1", None), ("java\tscript:alert(1)", None),
    ("vbscript:msgbox", None), ("file:///etc/passwd", None), ("", None), (None, None)])
def test_only_http_and_https_become_links(url, expected):
    assert safe_url(url) == expected
    rendered = markdown.markdown(f"Original: {link(url)}")
    hrefs = lxml_html.fragment_fromstring(rendered).xpath("//a/@href")
    assert hrefs == ([expected] if expected else [])
    if url:
        assert html_lib.unescape(re.sub(r"<[^>]+>", "", rendered)) == "Original: " + re.sub(r"\s+", " ", url)


def _svg_elements(svg: str) -> set[str]:
    rendered = markdown.markdown(f"Before\n\n{svg}\n\nAfter", extensions=["tables", "attr_list", "toc"])
    root = lxml_html.fragment_fromstring(rendered, create_parent="div")
    return {el.tag for el in root.iter() if isinstance(el.tag, str)}, root


@settings(max_examples=60, deadline=None)
@given(summary=TEXT, name=TEXT)
def test_svg_text_and_attributes_are_inert(summary, name):
    from generator.charts import map_svg, timeline_svg
    from generator.model import Event, Venue

    events = [Event(id="e1", date="2025-05-13", precision="day", approximate=False, summary=summary),
              Event(id="e2", date="2025-06-01", precision="day", approximate=False, summary=name, status="planned")]
    venue = Venue(id="v", name=name, kind="city", lat=46.2, lon=6.1)
    for svg in (timeline_svg(events), map_svg(venue, [venue, Venue(id="w", name=summary, kind="city", lat=1.0, lon=2.0)],
                                              land_href="../assets/briefing-world.svg")):
        tags, root = _svg_elements(svg)
        assert tags <= {"div", "p", "svg", "line", "text", "a", "circle", "title", "rect", "image", "figure", "span"}, tags
        for el in root.iter():
            if isinstance(el.tag, str):
                assert not any(k.lower().startswith("on") for k in el.attrib), el.attrib
                assert all(re.fullmatch(r"#e\d|\.\./assets/briefing-world\.svg", v) for k, v in el.attrib.items() if "href" in k)
        titles = [t.text_content() for t in root.iter("title")]
        assert plain(summary).strip() in " ".join(titles) + " " + root.text_content()


@settings(max_examples=100, deadline=None)
@given(summary=TEXT)
@example(summary="N\\")  # the icalendar library reads "\\N" in its input as a line break
def test_ical_summary_cannot_add_a_property_or_an_event(summary):
    from icalendar import Calendar

    from generator.ical import to_ics
    from generator.model import Article, Briefing, Citation, Event

    art = Article(id="a", path="seeds/a.txt", title=summary, outlet=None, published="2025-05-13", url=None, paragraphs=["x"])
    ev = Event(id="e1", date="2025-05-13", precision="day", approximate=False, summary=summary * 3, citations=[Citation("a", "s1")])
    ics = to_ics(Briefing([art], [], [], [ev], []))
    lines = ics.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)  # folded
    assert [line for line in lines if line.startswith(b"BEGIN:")] == [b"BEGIN:VCALENDAR", b"BEGIN:VEVENT"]
    assert all(b"\r" not in line and b"\n" not in line for line in lines)
    cal = Calendar.from_ical(ics)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    assert set(events[0]) == {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "STATUS"}
    assert str(events[0]["SUMMARY"]) == ical_text(summary * 3)


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.one_of(TEXT, st.integers(), st.none()),
                    lambda children: st.lists(children, max_size=3) | st.dictionaries(TEXT, children, max_size=3),
                    max_leaves=8))
def test_json_for_html_cannot_end_a_script_element(data):
    text = json_for_html(data)
    assert not re.search(r"[<>&'\u2028\u2029]", text)
    assert json.loads(text) == json.loads(json.dumps(data))


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_slugs_file_names_and_anchors(value):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*|item", slug(value))
