"""Readers: formats, cleaning and metadata inference on the seed articles and the test articles (tests/fixtures/dev)."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ArticleError
from generator.readers import parse_date, read_article

from .conftest import DEV, SEEDS


def test_text_with_update_stamp_and_caption_junk():
    art = read_article(SEEDS / "003_8ae4745abb7369f3.txt")
    assert art.title == "'Russia-Ukraine Negotiations On Hold': Kremlin Spokesman Dmitry Peskov"
    assert art.outlet == "IANS"
    assert art.published == "2025-10-01"  # from "IANSUpdated: Wednesday, October 01, 2025"
    text = art.text
    assert "File Pic" not in text and "article-image" not in text and "(L)" not in text
    assert not text.startswith("Moscow:") and "Moscow: Kremlin" not in text  # place-colon dateline removed
    assert art.dateline == "Moscow"
    assert all("Kremlin Spokesman Dmitry Peskov" != p for p in art.paragraphs)  # repeated headline dropped


def test_text_without_headline_or_date_stays_undated():
    art = read_article(SEEDS / "000_e73d90454896895b.txt")
    assert art.published is None  # nothing in the file says it: never the clock
    assert not art.text.startswith("\\")  # stray leading character cleaned
    assert art.title.startswith("Negotiation channels between Russia and Ukraine")
    assert len(art.title) <= 120


def test_dateline_and_file_name_prefix():
    art = read_article(DEV / "2025-05-13_talks-preparations.txt")
    assert (art.outlet, art.published) == ("Newswire", "2025-05-13")
    assert art.paragraphs[0].startswith("Russia is continuing")  # dateline removed


def test_markdown_front_matter():
    art = read_article(DEV / "2025-05-30_draft-memorandum.md")
    assert art.title == "Kremlin says truce conditions will be on the table in Istanbul"
    assert (art.outlet, art.published) == ("Wire Service", "2025-05-30")
    assert art.url == "https://news.example.org/2025/05/30/truce-conditions-istanbul"
    assert "**" not in art.text and "June 2" in art.text


def test_a_clipping_s_headline_line_is_not_glued_to_the_next_line(tmp_path: Path):
    page = tmp_path / "clip.md"
    page.write_text("---\ntitle: Envoys meet in Port Aster\n---\nEnvoys meet in Port Aster\n"
                    "The Border Panel met on Monday in Port Aster.\nIt agreed to meet again.\n", encoding="utf-8")
    art = read_article(page)
    assert art.paragraphs[0].startswith("The Border Panel met")  # the headline stands alone, then goes as repeated
    assert not any("Aster The" in p for p in art.paragraphs)


def test_html_main_text_only():
    art = read_article(DEV / "2025-06-16_venue-stays.html")
    assert art.title == "Kremlin says Istanbul stays the venue for talks with Ukraine"
    assert (art.outlet, art.published) == ("Regional Post", "2025-06-16")
    for junk in ("Subscribe", "Advertisement", "Privacy", "trackPage", "All rights reserved", "By Regional Post"):
        assert junk not in art.text
    assert "Erdoğan" in art.text and "&" in art.text  # entities decoded


def test_undated_file_has_null_date():
    assert read_article(DEV / "working-groups-undated.txt").published is None


@pytest.mark.parametrize("name,content,problem", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\t\n", "empty"),
    ("binary.txt", b"\x00\x01\x02GIF89a\x00", "binary"),
    ("notes.docx", b"hello", "unsupported file type"),
    ("bad.md", b"---\ntitle: [unclosed\n---\nBody text here.", "not valid YAML"),
    ("baddate.md", b"---\ntitle: T\npublished: 2025-13-45\n---\nBody text here.", "month must be in 1..12"),
    ("nobody.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
])
def test_bad_input_names_file_and_problem(tmp_path: Path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleError) as exc:
        read_article(path)
    assert name in str(exc.value) and problem in str(exc.value)


def test_a_hand_written_title_with_a_colon_is_read_not_skipped(tmp_path: Path):
    """Rule ``reader.front_matter_colon``: "title: Niger: the junta …" is refused by YAML, yet plain."""
    path = tmp_path / "clip.md"
    path.write_text("---\ntitle: Niger: the junta refused the delegation\nurl: https://example.org/a\n"
                    "outlet: Pledge: Times\ndate: 2023-08-08\n---\nThe junta refused to receive the delegation on "
                    "Tuesday, its spokesman said.\n", encoding="utf-8")
    art = read_article(path)
    assert (art.title, art.outlet, art.published) == ("Niger: the junta refused the delegation", "Pledge: Times",
                                                      "2023-08-08")
    assert [n.split("'")[1] for n in art.notes] == ["title", "outlet"]
    assert all("put the value in quotes" in n for n in art.notes)


@pytest.mark.parametrize("front", [
    "title: [unclosed: here",  # a flow value is never re-quoted
    "title: Niger: the junta\n  - a: b\n bad: indent",  # other errors still stop the file
    "title: 'Niger: quoted' trailing: x",
])
def test_front_matter_still_refused_when_a_colon_is_not_the_only_problem(tmp_path: Path, front):
    path = tmp_path / "bad.md"
    path.write_text(f"---\n{front}\n---\nBody text of the article, long enough to read.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="not valid YAML"):
        read_article(path)


def test_non_utf8_text_is_decoded(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Headline about Kraków\n\nThe mayor of Kraków met officials in Łódź on Monday. Café talks went on.".encode("cp1250"))
    art = read_article(path)
    assert "Kraków" in art.text


@pytest.mark.parametrize("text,hint,want", [
    ("Wednesday, October 01, 2025, 06:43 PM IST", None, "2025-10-01"),
    ("Sept. 29, 2025", None, "2025-09-29"),
    ("16 June 2025", None, "2025-06-16"),
    ("May 13", None, None),
    ("May 13", 2025, "2025-05-13"),
    ("2025-05-30", None, "2025-05-30"),
])
def test_parse_date(text, hint, want):
    assert parse_date(text, hint) == want


def test_a_menu_word_or_a_share_button_is_no_headline(tmp_path: Path):
    page = tmp_path / "menu.txt"
    page.write_text("COMPANIES\nNo Data Found\nWhatsapp\nTalks between the two armies resume\n"
                    "The two armies will resume talks on Monday, officials said, after a week of calm along the "
                    "frontier.\n", encoding="utf-8")
    art = read_article(page)
    assert art.title == "Talks between the two armies resume"
    assert {f["text"] for f in art.furniture} == {"COMPANIES", "No Data Found", "Whatsapp"}


@pytest.mark.parametrize("top", [
    "Skip to main contentSkip to navigation",      # a screen reader's skip links
    "You are here: Home > World > Current Article",  # a breadcrumb
    "Please update your browser",                  # a banner
    "Text Size",                                   # a widget
    "3 MIN READ",                                  # a reading-time badge
    "Flash News",                                  # a section of two words
    "middle east",
    "THE VALLEY SHIMBUN",                          # the masthead
    "The Zenda Herald",
])
def test_page_furniture_above_the_headline_is_never_the_title(tmp_path: Path, top):
    page = tmp_path / "top.txt"
    page.write_text(f"{top}\nTalks between the two armies resume\nThe two armies will resume talks on Monday, officials "
                    "said, after a week of calm along the frontier.\n", encoding="utf-8")
    assert read_article(page).title == "Talks between the two armies resume"


def test_a_headline_of_two_words_in_sentence_case_is_the_title(tmp_path: Path):
    page = tmp_path / "short.txt"
    page.write_text("Ceasefire collapses\nThe two armies exchanged fire on Monday, officials said, a week after the "
                    "truce began.\n", encoding="utf-8")
    assert read_article(page).title == "Ceasefire collapses"


def test_a_desk_byline_names_the_outlet_and_a_place_never_does(tmp_path: Path):
    page = tmp_path / "desk.txt"
    page.write_text("Border calm holds for a third day\nValley Herald Desk\n"
                    "The two armies reported no firing overnight, officials said on Tuesday, as talks continued.\n",
                    encoding="utf-8")
    assert read_article(page).outlet == "Valley Herald"
    page.write_text("Border calm holds for a third day\nWeb Desk\n"
                    "The two armies reported no firing overnight, officials said on Tuesday, as talks continued.\n",
                    encoding="utf-8")
    assert read_article(page).outlet is None
    page.write_text("Border calm holds for a third day\n\nCAIRO, Egypt: The two armies reported no firing overnight, "
                    "officials said on Tuesday, as talks continued.\n", encoding="utf-8")
    assert read_article(page).outlet != "Egypt"


def test_a_contact_line_with_an_address_is_no_part_of_the_article(tmp_path: Path):
    page = tmp_path / "contact.txt"
    page.write_text("Envoys meet in Port Aster\n\nThe Border Panel met on Monday in Port Aster and agreed to meet again.\n\n"
                    "E-mail: newsroom@valley-courier.example.\n\nEmail us your views on the talks, the editor asked.\n",
                    encoding="utf-8")
    art = read_article(page)
    assert "newsroom@" not in art.text  # "E-mail: address" is the site's contact line
    assert "Email us your views" in art.text  # a sentence that starts with the word stays


def test_lost_bytes_between_two_words_separate_them_and_a_lost_letter_keeps_its_word(tmp_path: Path):
    # a saved copy where a symbol between two words and an accented letter were lost (U+FFFD)
    path = tmp_path / "lost-bytes.txt"
    path.write_text("Ferry service resumes\n\nThe harbour radios\ufffd\ufffdfor fishermen went back on air on Monday, "
                    "said Ana Lop\ufffdz of the port office.\n", encoding="utf-8")
    art = read_article(path)
    assert "radios for fishermen" in art.text
    assert "Lopz" in art.text and "\ufffd" not in art.text


def test_a_line_broken_after_a_closed_bracket_joins_the_next_lower_case_line(tmp_path: Path):
    page = tmp_path / "wrapped.txt"
    page.write_text("The envoys met in the capital on Tuesday and agreed to meet again next month in the port city, "
                    "the mediator said after the long session ended late.\n"
                    "“In answer to the call of the mediators (the council)\n"
                    "will send a delegation to the port city next month,” the chair said in a statement.\n"
                    "(the council)\n"
                    "Both sides welcomed the plan.\n", encoding="utf-8")
    paras = read_article(page).paragraphs
    assert "“In answer to the call of the mediators (the council) will send a delegation to the port city next " \
           "month,” the chair said in a statement." in paras


@pytest.mark.parametrize("line, want", [
    ("“No option is excluded. If we fail, no one will help us”he added.",
     "“No option is excluded. If we fail, no one will help us” he added."),
    ('Jan Roe told a news conference in Zenda."But in our opinion, it can be done," he added.',
     'Jan Roe told a news conference in Zenda. "But in our opinion, it can be done," he added.'),
    ('He said "no"and left the room.', 'He said "no" and left the room.'),
    ("”Vi ska vänta”, sa han.", "”Vi ska vänta”, sa han."),  # ” on both sides: no “ to tell which one closes
    ('Jan O"Neil said it.', 'Jan O"Neil said it.'),  # one straight mark alone: left as written
])
def test_a_quotation_mark_glued_to_the_next_word_gets_its_space(line, want):
    """Rule ``reader.glued_quote``: the words after a glued mark are read as the attribution they are."""
    from generator.readers import unglue_quotes
    assert unglue_quotes(line) == want


def test_an_html_page_with_a_paragraph_per_line_is_read_as_sentences(tmp_path):
    # a page whose every printed line is a <p> of its own (a hard-wrapped story put into HTML): a quote and its
    # sentence run over several <p>, and are one paragraph again (rule reader.hard_wrapped_html)
    lines = ["STOCKHOLM (AP) — The two delegations have agreed to work on", "extending a deadline for new tariffs after two days of",
             "trade talks concluded on Tuesday, according to the lead", "negotiator.",
             " “A stable and sustainable economic and trade", "relationship serves not only the two countries’ respective",
             "goals but also global growth,” said Vice Premier Jan Kral, who led", "the delegation, according to a statement.",
             "Meeting in the capital", " The other side said the extension was discussed, but not", "decided."]
    page = "<html><head><title>Talks</title></head><body><article>" + "".join(
        f"<p>\t\t{x} </p>\n" for x in lines) + "</article></body></html>"
    path = tmp_path / "wrapped.html"
    path.write_text(page, encoding="utf-8")
    art = read_article(path)
    assert any(p.startswith("“A stable and sustainable economic and trade relationship serves") and
               p.endswith("according to a statement.") for p in art.paragraphs), art.paragraphs
    assert not any(p == "decided." for p in art.paragraphs)
    # a line that opens a paragraph and stops well short of the width is a heading, not the start of the sentence
    assert any(p.startswith("The other side said the extension was discussed") for p in art.paragraphs), art.paragraphs


def test_an_html_page_of_whole_paragraphs_keeps_them():
    art = read_article(DEV / "2025-06-16_venue-stays.html")
    assert all(p[:1].isupper() or not p[:1].isalpha() for p in art.paragraphs), art.paragraphs


def test_an_inline_html_tag_in_a_text_file_goes_and_its_words_stay(tmp_path):
    # rule reader.inline_tag: a text copied from a page's source keeps a link's tag in its one long paragraph; its
    # attributes were taken for script code and the whole article was lost
    body = ("Rich countries have pledged to fund the fight with a deal struck at talks in Zendara. A fiercely contested "
            "package was approved on Sunday in Port Aster after the developed world raised its offer, bringing talks at "
            'the <a href="https://example.com/tags/summit/" target="_blank">Zenda</a> summit to a delayed conclusion. '
            "<em>Weary</em> delegates applauded as summit President Jan Roe concluded the deal shortly before 3am.")
    path = tmp_path / "glued-link.txt"
    path.write_text(body, encoding="utf-8")
    art = read_article(path)
    text = " ".join(art.paragraphs)
    assert "bringing talks at the Zenda summit to a delayed conclusion." in text
    assert "Weary delegates applauded" in text
    assert "href" not in text and "<" not in text and not art.furniture
    # a "<" that opens no listed tag is text
    path.write_text("The offer rose from <250 billion to 300 billion, the envoy Jan Roe said on Sunday in Zendara.",
                    encoding="utf-8")
    assert "<250 billion" in read_article(path).paragraphs[0]


@pytest.mark.parametrize("line,want", [
    ("''Whether that is doable, I don't know,'' he added, hoping the group could ''take down the temperature.''",
     "\"Whether that is doable, I don't know,\" he added, hoping the group could \"take down the temperature.\""),
    ("He said a ''fundamental disagreement'' remained.", "He said a \"fundamental disagreement\" remained."),
    ("The union's deal of the '90s held.", "The union's deal of the '90s held."),  # single apostrophes stay
    ("A lone '' mark stays.", "A lone '' mark stays."),  # no pair: nothing to read as a quote
])
def test_doubled_apostrophes_as_quotation_marks_are_read_as_quotes(line, want):
    """Rule ``reader.doubled_apostrophe``: ''…'' printed for quotation marks."""
    from generator.readers import doubled_apostrophes
    assert doubled_apostrophes(line) == want


def test_a_quote_in_doubled_apostrophes_reaches_its_speaker(tmp_path, nlp):
    from generator.extract.entities import extract_entities
    from generator.extract.quotes import extract_quotes
    from generator.analyse import sentence_index
    path = tmp_path / "2025-11-02_wire.txt"
    path.write_text("Envoys meet\n\nForeign Minister Jonas Lie said the group should focus on the border. ''Whether "
                    "that is doable, I don't know,'' Lie added on Tuesday.\n", encoding="utf-8")
    text = " ".join(read_article(path).paragraphs)
    doc = nlp(text)
    found = [(q.speaker.text if q.speaker else None, q.text)
             for q in extract_quotes(doc, extract_entities(doc), sentence_index(doc))]
    assert [s for s, t in found if t.startswith("Whether that is doable")] in (["Jonas Lie"], ["Lie"]), found


def test_a_clipping_s_stamp_line_is_a_unit_of_its_own(tmp_path: Path):
    # a live page copied into Markdown: the byline with its stamp and reading time, then the photo caption under it,
    # one soft line break apart (rule reader.stamp_line_unit); glued together they went out as one caption, and the
    # article had no date
    page = tmp_path / "clip.md"
    page.write_text("Skip to content\nEnvoys meet in Port Aster\n\n"
                    "by Ana Lind February 12, 2025 7:03 PM 2 min read\n"
                    "U.S. Envoy Anton Melnik speaks during an interview at the Treasury Department in Port Aster, Zenda, "
                    "on Feb. 6, 2025. (Jan Roe/Valley via Wire Images)\n"
                    "U.S. Envoy Anton Melnik met Zendan President Ivo Tamm in Port Aster on Feb. 12 and passed him a "
                    "draft, Valley reported.\n\nAuthor: Ana Lind\n", encoding="utf-8")
    art = read_article(page)
    assert art.published == "2025-02-12"  # the stamp's day, not the caption's
    assert art.paragraphs == ["U.S. Envoy Anton Melnik met Zendan President Ivo Tamm in Port Aster on Feb. 12 and passed "
                              "him a draft, Valley reported."]  # the caption still goes


def test_a_stop_glued_to_the_next_sentence_gets_its_space(tmp_path: Path):
    # a copy that lost its paragraph breaks (rule reader.glued_sentence): the developing story's notice glued to the
    # last sentence goes as a notice, and two sentences glued at a stop are two; a site's name stays whole
    f = tmp_path / "2025-11-01_talks.txt"
    f.write_text("Envoys meet in Port Aster\n\n"
                 "The Border Panel met in Port Aster on Friday after three months of consultations.Jan Roe said the "
                 "panel would meet again before the summit that is set to begin on Tuesday.MORE DETAILS TO COME.\n\n"
                 "The envoys spoke to News.Az after the meeting.\n", encoding="utf-8")
    art = read_article(f)
    assert "consultations. Jan Roe said" in art.text
    assert "MORE DETAILS" not in art.text and art.text.count("on Tuesday.") == 1
    assert "News.Az" in art.text


def test_the_headline_the_page_prints_twice_beats_a_widget_line_above_it(tmp_path: Path):
    # rule reader.repeated_headline: "Submit an ad" reads as a headline, but the page prints its own one twice
    page = tmp_path / "widget-above.txt"
    page.write_text("Submit an ad\n\nNews - Envoys agree to meet again next month\n\nBusiness Strategy\n\n"
                    "Envoys agree to meet again next month\n\nThe two special envoys agreed on Tuesday to hold a new "
                    "meeting next month, the foreign ministry said in a statement.\n", encoding="utf-8")
    art = read_article(page)
    assert art.title == "Envoys agree to meet again next month"
    assert "Submit an ad" not in " ".join(art.paragraphs)


def test_a_single_headline_candidate_is_still_the_headline(tmp_path: Path):
    page = tmp_path / "plain.txt"
    page.write_text("Envoys agree to meet again next month\n\nThe two special envoys agreed on Tuesday to hold a new "
                    "meeting next month, the foreign ministry said in a statement.\n", encoding="utf-8")
    assert read_article(page).title == "Envoys agree to meet again next month"


def test_a_widget_or_a_caption_printed_again_is_no_headline(tmp_path: Path):
    # a short widget line printed twice, and a caption printed four times, are no headline
    page = tmp_path / "widgets.txt"
    page.write_text("Envoys agree to meet again next month\n\nBy\nJan Roe\nDown Arrow Button Icon\nBy\nJan Roe\n"
                    "Down Arrow Button Icon\n\nAnton Melnik and Peter Novak at the ministry (Image: Jan Roe)\n"
                    "Anton Melnik and Peter Novak at the ministry (Image: Jan Roe)\n\nThe two special envoys agreed on "
                    "Tuesday to hold a new meeting next month, the foreign ministry said in a statement.\n\n"
                    "Anton Melnik and Peter Novak at the ministry (Image: Jan Roe)\n"
                    "Anton Melnik and Peter Novak at the ministry (Image: Jan Roe)\n", encoding="utf-8")
    assert read_article(page).title == "Envoys agree to meet again next month"
