"""Outlets, agencies, platforms, bylines and photographers are never actors (fixtures written in
the shapes of real wire copy: tests/fixtures/real-formats)."""
from __future__ import annotations

import shutil

import pytest

from generator.extract.outlets import _is_outlet
from generator.text import key

from .conftest import FIXTURES, actors_of

NOT_ACTORS = ["IANS", "TASS", "AP", "Associated Press", "AFP", "X",  # agencies, platforms
              "Maria Lopez", "Karl Weber", "Anna Berger", "Pavel Dusek (@pdusek)"]  # byline, photographers, a post's signature


@pytest.fixture(scope="module")
def formats_result(tmp_path_factory):
    from generator.pipeline import build

    seeds = tmp_path_factory.mktemp("formats") / "seeds"
    shutil.copytree(FIXTURES / "real-formats", seeds)
    return build(seeds)


def test_no_outlet_agency_byline_or_credit_among_actors(formats_result):
    names = {key(n) for a in formats_result.briefing.actors for n in [a.name, *a.aliases]}
    assert not names & {key(n) for n in NOT_ACTORS}
    assert {"tamas orban", "lena hofer", "oleg varin"} <= {key(a.name) for a in formats_result.briefing.actors}


def test_dateline_agencies_and_cited_outlets(formats_result):
    sources = {s.id: s for s in formats_result.briefing.sources}
    assert sources["ap-dateline-byline"].outlet == "AP"
    assert "Associated Press" in sources["ap-dateline-byline"].cited_outlets  # "told The Associated Press"
    assert sources["wire-dateline-tass"].outlet == "TASS"
    assert sources["wire-dateline-tass"].published == "2025-10-26"  # the dateline's day, the corpus's year


@pytest.mark.parametrize("name,own,want", [
    ("Reuters", set(), True),
    ("the IRNA news agency", set(), True),
    ("Valley Herald", {key("Valley Herald")}, True),  # the source's own outlet
    ("Telegram", set(), True),
    ("Lena Hofer", set(), False),
    ("Foreign Ministry", set(), False),
    ("Harbour Waves Online News", {key("HarbourWaves")}, True),  # the source's outlet written as one word
])
def test_outlet_names(name, own, want):
    assert _is_outlet(name, own) is want


@pytest.mark.parametrize("name,want", [
    ("Harbour Online News", True), ("The Valley Times", True), ("Port Aster Chronicle", True),
    ("News", False), ("Joint Border Commission", False), ("Valley Times Square Council", False),
])
def test_a_name_ending_as_a_papers_does_is_an_outlet(name, want):
    from generator.extract.outlets import _named_as_outlet

    assert _named_as_outlet(name) is want


def test_a_numbered_statement_gives_people_and_bodies_not_its_furniture(formats_result):
    """joint-statement-numbered.txt: honorifics ("H.E.", "Tan Sri", "(Ret.)"), "The Meeting", an acronym of a common
    noun phrase ("terms of reference (TOR)"), numbered paragraphs and an agency's credit after the last sentence."""
    names = {key(n) for a in formats_result.briefing.actors for n in [a.name, *a.aliases]}
    assert {"anton melnik", "ahmad zaki", "joint border committee"} <= names
    assert not names & {"ret", "tor", "meeting", "h e general", "wire agency", "tan sri ahmad zaki"}
    src = next(s for s in formats_result.briefing.sources if s.id == "joint-statement-numbered")
    assert src.published == "2025-08-07"
    assert not any(s.text[:2] in {"1.", "2.", "3."} or "Wire Agency" in s.text for s in src.sentences)
    assert {"text": "- Wire Agency", "reason": "credit"} in src.furniture



@pytest.mark.parametrize("defined, label", [
    ("The Ruritania Monitoring Commission (RMC) met on Monday. ", "organization"),  # spelt out as a body's acronym
    ("", "outlet"),  # nothing says what the RMC is: a cited source
])
def test_a_body_the_article_spells_out_is_no_outlet_when_cited(nlp, defined, label):
    # rule entity.defined_body_not_outlet: "according to RMC" names a body the article defined, not a paper
    from generator.extract.entities import extract_entities

    facts = extract_entities(nlp(defined + "According to RMC, the truce held on Saturday."))
    assert [m.label for m in facts.mentions if m.text == "RMC"][-1] == label


@pytest.mark.parametrize("text, name, label", [
    # outlet_kinds_after_name: a kind of outlet after a name makes it one
    ("He was expected to win, according to a report on the ZendaLive news website.", "ZendaLive", "outlet"),
    ("The Lindor Courier newspaper said on Friday that the talks had failed.", "Lindor Courier", "outlet"),
    # "website" alone does not
    ("The statement was posted on the Kremlin website on Friday.", "Kremlin", "organization"),
    # rule entity.told_by_sources: what unnamed sources told, they told a paper
    ("Jan Roe is scheduled to meet the opposition leader on Thursday, highly placed sources told ZendaLive Premium.",
     "ZendaLive Premium", "outlet"),
    ("Jan Roe told the Zendara Council on Thursday that the talks had failed.", "Zendara Council", "organization"),
    # rule entity.interviewer: a body someone talks to in an interview is the press
    ("Investigations can take years, Jan Roe, a labor lawyer at Roe Hippel, told Trade Chain Review in an interview.",
     "Trade Chain Review", "outlet"),
    ("The minister said in an interview with Trade Chain Review that the talks would go on.", "Trade Chain Review",
     "outlet"),
    ("The minister told Trade Chain Review in a letter that the talks would go on.", "Trade Chain Review",
     "organization"),
    # rule entity.statement_to_press: a body a statement or a comment is given to is the press; a council is not
    ("Viterra, one of the largest exporters of grains, said in a statement to The Zenda Ledger that its elevators "
     "were full.", "Zenda Ledger", "outlet"),
    ("The Lindor Foundation said in a statement to the UN Security Council that the talks had failed.",
     "UN Security Council", "organization"),
    # rule entity.told_broadcaster: a body someone tells whose name ends with a broadcaster's word is the press
    ("On Saturday, Jan Roe will meet his counterpart, he told Zenda Business Network.", "Zenda Business Network",
     "outlet"),
    ("Jan Roe told the Zendara Farmers Network on Thursday that the talks had failed.", "Zendara Farmers Network",
     "organization"),
    # rule entity.subject_after_comma: "… of COP29, Trend reports." tagged as one name is two, the second the outlet
    ("The summit managed to preserve the consensus, said European Commissioner, Jan Roe, on the sidelines of COP29, "
     "Trend reports.\n\nThe commissioner spoke on Sunday.", "Trend", "outlet"),
])
def test_a_kind_of_outlet_after_a_name_makes_it_an_outlet(nlp, text, name, label):
    from generator.extract.entities import extract_entities

    assert [m.label for m in extract_entities(nlp(text)).mentions if m.text == name] == [label]


def test_a_body_another_article_spells_out_keeps_its_quotes_when_one_article_cites_it(tmp_path):
    # across the corpus: one article defines the RMC and quotes it, another cites "according to RMC"; the body
    # stays an actor with its quote (and never becomes a cited outlet)
    actors = actors_of(tmp_path, {
        "2024-03-01_a.txt": "Talks\n\nThe Ruritania Monitoring Commission (RMC) met on Monday. \"Both sides agreed to "
                            "continue the negotiations in Lisbon next month,\" RMC said in a statement.",
        "2024-03-02_b.txt": "Truce\n\nThe truce held on Saturday, according to RMC.",
    })
    quoted = {name: [q["text"][:20] for q in a["quotes"]] for name, a in actors.items()}
    assert ["Both sides agreed to"] in quoted.values(), quoted


@pytest.mark.parametrize("text, label", [
    # rule entity.according_to_outlet: a bare name after "according to" is the outlet cited
    ("The truce held on Saturday, according to Zendanews.", "outlet"),
    # a possessive after it: the body's own words ("according to X's press release"), no outlet
    ("The truce held on Saturday, according to Lindor Steel's press release.", "organization"),
    # rule entity.acting_body_not_outlet: the article names it as a body that acts, too
    ("The truce held on Saturday, according to Lindor Steel. Lindor Steel said it would appeal.", "organization"),
])
def test_according_to_a_name_cites_an_outlet_only_when_nothing_shows_a_body(nlp, text, label):
    from generator.extract.entities import extract_entities

    assert [m.label for m in extract_entities(nlp(text)).mentions if m.text.startswith("Lindor Steel")
            or m.text == "Zendanews"][0] == label


def test_a_body_one_article_cites_by_according_to_stays_an_actor_with_its_quotes_elsewhere(tmp_path):
    # rule entity.acting_body_not_outlet across the corpus: "according to Lindor Steel" in one article does not make
    # the company an outlet in another, which quotes it
    actors = actors_of(tmp_path, {
        "2024-03-01_a.txt": "Talks\n\n\"We are grateful for the order to conduct a new review,\" Lindor Steel said in "
                            "a statement on Monday.",
        "2024-03-02_b.txt": "Truce\n\nThe plant shut on Saturday, according to Lindor Steel.",
    })
    assert [q["text"][:20] for q in actors["Lindor Steel"]["quotes"]] == ["We are grateful for "]


def test_an_outlet_named_by_its_web_address_is_one_token_and_no_actor(nlp, tmp_path):
    from generator.extract.outlets import is_outlet_name

    text = "The envoy declined to give details, Zenda.Az reports, citing Ruritanian media. Jan Kral met Karel Novak."
    doc = nlp(text)
    assert "Zenda.Az" in [t.text for t in doc]  # not "Zenda", ".", "Az": no sentence ends inside the name
    assert len(list(doc.sents)) == 2
    found = actors_of(tmp_path, {"2025-10-01_a.txt": "Talks\n\n" + text})
    assert not set(found) & {"Az", "Zenda", "Zenda.Az"} and "Karel Novak" in found
    assert is_outlet_name("Lindor.ru") and is_outlet_name("Zenda.Az") and is_outlet_name("Acme.com")
    assert not is_outlet_name("Jan Kral") and not is_outlet_name("Ruritania")
    doc = nlp("The talks ended.In June they resumed.")  # a sentence run on: "In" is no web address's ending
    assert [t.text for t in doc][:5] == ["The", "talks", "ended", ".", "In"]


def test_a_paper_named_again_by_its_last_word_is_that_paper(nlp):
    """Rule entity.outlet_short_name: "The Harbour Journal reported …" then "The Journal said …": the short name is
    the paper, no organisation; a one-word body the article names no paper after stays a body."""
    from generator.extract.entities import extract_entities
    from generator.extract.outlets import mark_outlets
    from generator.model import Article

    text = ("The Harbour Journal reported that the employers offered a 62% raise. The Journal said the offer rose "
            "after pressure from Congress.")
    facts = extract_entities(nlp(text))
    article = Article(id="a", path="a.txt", title="T", outlet=None, published=None, url=None, paragraphs=[text])
    mark_outlets(article, facts)
    labels = {m.text: m.label for m in facts.mentions}
    assert labels.get("Journal") == "outlet" and labels.get("Congress") != "outlet", labels
    assert article.cited_outlets == ["Harbour Journal"]


def test_the_author_a_byline_names_is_no_actor_when_the_text_names_them_again(tmp_path):
    """Rule entity.byline_author: "by Karim Zadran" is removed as a byline (not joined to the headline above it); the
    author's name again and the author's note ("Karim joined the Harbour Journal …") name the author, not an actor.
    A person of the story who bears one of the author's names stays ("Roe" beside "Jan Roe")."""
    found = actors_of(tmp_path, {
        "2025-10-01_a.txt": "Ministers meet in Port Aster\n\nby Karim Zadran\n\nForeign Minister Eva Roe met Eugene "
                            "Varnik in Port Aster on Tuesday. Roe said the talks had been useful.\n\nKarim Zadran\n\n"
                            "A reporter from the diaspora, Karim joined the Harbour Journal out of a passion for the "
                            "region.",
        "2025-10-02_b.txt": "Talks\n\nBy Jan Roe and Karim Zadran, Harbour Journal\n\nThe talks in Port Aster ended "
                            "on Wednesday, the council said.\n\nKarim Zadran reported from Port Aster.",
    })
    assert not {"Karim", "Karim Zadran", "Jan Roe"} & set(found), sorted(found)
    assert {"Eva Roe", "Eugene Varnik"} <= set(found), sorted(found)
    assert len(found["Eva Roe"]["mentions"]) >= 2, found["Eva Roe"]


def test_a_byline_in_lower_case_under_the_headline_is_no_part_of_the_title(tmp_path):
    from generator.readers import read_article

    path = tmp_path / "2025-10-01_a.txt"
    path.write_text("Ministers meet in Port Aster\n\nby Karim Zadran\n\nForeign Minister Eva Roe met Eugene Varnik in "
                    "Port Aster on Tuesday.\n", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Ministers meet in Port Aster"
    assert {"text": "by Karim Zadran", "reason": "byline"} in article.furniture
