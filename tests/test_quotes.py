"""Quote speakers as a careful reader finds them: hard fixtures on nlp("…"), one rule each."""
from __future__ import annotations

import pytest

from generator.analyse import sentence_index
from generator.extract.entities import extract_entities
from generator.extract.quotes import extract_quotes, find_quotes

from .conftest import actors_of


def quotes(nlp, text: str) -> list[tuple[str | None, str, str | None]]:
    doc = nlp(text)
    facts = extract_entities(doc)
    return [(q.speaker.text if q.speaker else None, q.text, q.evidence.get("speaker"))
            for q in extract_quotes(doc, facts, sentence_index(doc))]


def test_he_said_goes_to_the_last_speaker_not_the_last_name(nlp):
    text = ("Foreign Minister Anton Melnik told reporters that the idea had come from Washington after Prime Minister "
            "Laszlo Kovac phoned the White House. “The initiative came entirely from the American side,” he said.")
    assert quotes(nlp, text) == [("Anton Melnik", "The initiative came entirely from the American side,",
                                  "quote.pronoun_antecedent")]


def test_the_subject_of_the_speech_verb_is_the_speaker(nlp):
    text = ("Anton Melnik arrived on Monday. “This city would be a preferable location for us,” Melnik said after "
            "meeting Laszlo Kovac.")
    assert quotes(nlp, text) == [("Melnik", "This city would be a preferable location for us,",
                                  "quote.speech_verb_subject")]


def test_an_object_the_parser_took_for_the_subject_names_nobody(nlp):
    """Rule quote.object_taken_for_subject: the parser makes "Varka" (the object of "mention") the subject of "said"
    and "Ruritania's government" its apposition: the quote is nobody's rather than Varka's. A subject right after a
    verb of saying with no apposition ("insisted Jan Roe said") still speaks."""
    text = ("But, in a statement on Monday that did not directly mention Varka, Ruritania’s government said it had “not "
            "entrusted any foreign country or external entity with any role of mediator or facilitator to settle the "
            "crisis.”")
    assert [q[0] for q in quotes(nlp, text)] == [None]
    text = "The envoy insisted Jan Roe said “the talks will resume next week in the capital of Varka.”"
    assert [q[0] for q in quotes(nlp, text)] == ["Jan Roe"]
    text = "“We are not there yet,” said Jan Roe, the forum's president, adding that a new draft would follow."
    assert [q[0] for q in quotes(nlp, text)] == ["Jan Roe"]  # the verb before the subject is its own speech verb


@pytest.mark.parametrize("text,speaker,rule", [
    # the parser splits one long subject into three ("co | - | leader and … Baerbock"): the last is the head
    ("\"Our focus is on the major tasks of the future,\" the Greens' co-leader and chancellor candidate Annalena "
     "Baerbock said.", "Annalena Baerbock", "quote.speech_verb_subject"),
    # rule quote.title_of_body_holder: the parser reads the name as the object of the title's "of"
    ("Co-leader of the Greens Robert Habeck said that \"modernizing a country in a time of crisis means a great "
     "effort,\" and left.", "Robert Habeck", "quote.title_of_body_holder"),
    ("\"The talks are over,\" Secretary-General of NATO Jens Stoltenberg said.", "Jens Stoltenberg",
     "quote.title_of_body_holder"),
    # … or joins the name to the title as its conjunct, with no "and" between
    ("“We consider today an important day,” Iran's Deputy Foreign Minister for Consular Affairs Alireza Bikdeli "
     "said.", "Alireza Bikdeli", "quote.title_of_body_holder"),
    ("“We consider today an important day,” the foreign minister and Alireza Bikdeli said.", None, None),
    # no named body before the name: the title's holder is not the name's
    ("\"The talks are over,\" the wife of Olaf Scholz said.", None, None),
    ("\"The talks are over,\" the wife of Chancellor Olaf Scholz said.", None, None),
    ("\"The talks are over,\" the spokesman of NATO chief Jens Stoltenberg said.", None, None),
])
def test_a_long_title_the_parser_splits_keeps_its_holder_as_the_speaker(nlp, text, speaker, rule):
    assert [(q[0], q[2]) for q in quotes(nlp, text)] == [(speaker, rule)]


def test_a_verb_of_going_on_after_a_quote_attributes_it(nlp):
    """resuming_speech_verbs after a quote's comma: "“…,” X continued." (quote.speaker_after_quote)."""
    text = ("Olusegun Obasanjo spoke on Monday. The agreement also provides for “a restoration of law and order, and "
            "protection of civilians, among others,” Obasanjo continued.")
    assert quotes(nlp, text) == [("Obasanjo", "a restoration of law and order, and protection of civilians, among "
                                  "others,", "quote.speaker_after_quote")]
    assert [q[0] for q in quotes(nlp, "Olusegun Obasanjo spoke on Monday. “The talks will go on,” the fighting "
                                      "continued.")] == [None]


def test_according_to_is_an_attribution(nlp):
    text = "“The sides have agreed on a timetable for the next round,” according to Anton Melnik."
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.according_to")


def test_a_quote_never_runs_into_the_next_paragraph(nlp):
    text = ("Anton Melnik said: “The first round went well and we expect more.\n\n"
            "Laszlo Kovac disagreed, saying the talks had failed and that nothing would change.")
    # the unclosed quote a colon opens ends with its paragraph (quote.unclosed_to_paragraph_end), never beyond
    assert [q[1] for q in quotes(nlp, text)] == ["The first round went well and we expect more."]
    text = text.replace("said: “", "said “")  # no colon: where the words end is unsure, no quote
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text, speaker", [
    # a page that dropped the closing mark of a quote that opens a sentence: the quote ends with its paragraph
    ("“We were glad to see the prisoners home again,” Anton Melnik said. “The exchange was a fine start for the "
     "talks between the two countries.\n\nThe prisoners landed in Port Aster on Tuesday.", "Anton Melnik"),
    ("Anton Melnik, speaking to reporters in Port Aster, added, “Orders have been given on both sides to carry out "
     "this understanding.\n\nThe prisoners landed in Port Aster on Tuesday.", "Anton Melnik"),
])
def test_an_unclosed_quote_that_opens_a_sentence_ends_with_its_paragraph(nlp, text, speaker):
    got = quotes(nlp, text)
    assert got[-1][0] == speaker and got[-1][1].endswith(("countries.", "understanding.")), got


def test_an_unclosed_mark_inside_a_sentence_is_no_quote(nlp):
    text = ("Jan Roe tasked the envoy with “visiting Port Aster as soon as possible to open talks with the council."
            "\n\nThe prisoners landed in Port Aster on Tuesday.")
    assert quotes(nlp, text) == []


def test_an_opening_mark_continues_the_quote_in_the_next_paragraph(nlp):
    text = ("Anton Melnik said: “The first round went well and we expect more.\n\n"
            "“The second round will be held in June, as both sides want.”")
    got = quotes(nlp, text)
    assert [s for s, _, _ in got] == ["Anton Melnik", "Anton Melnik"]
    assert got[1][2] == "quote.carried_over"


def test_the_lead_speaker_carries_over_in_wire_copy(nlp):
    text = ("Foreign Minister Anton Melnik said on Monday that the next round would take place in June.\n\n"
            "“We have agreed on the dates and the format of the meeting.”\n\nThe talks stalled last year.")
    assert quotes(nlp, text) == [("Anton Melnik", "We have agreed on the dates and the format of the meeting.",
                                  "quote.carried_over")]


@pytest.mark.parametrize("text", [
    "“Nobody wants this war to go on forever,” a source said.",  # nobody named
    "“Nobody wants this war to go on forever.”\n\nThe talks stalled last year.",  # nobody before it
    # someone else is named between the last speaker and the quote: not guessed
    "Anton Melnik spoke first. Laszlo Kovac met the envoy on Friday.\n\n“We will never accept these terms at all.”",
    # words quoted inside another verb's clause are nobody's statement
    "Anton Melnik said the plan was good, but Laszlo Kovac dismissed it as “too little and far too late”.",
    "Anton Melnik said the bloc was ready to raise its offer, but poorer countries rejected the target as "
    "“far too little and far too late.”",
])
def test_a_quote_without_an_attributable_speaker_stays_unattributed(nlp, text):
    got = quotes(nlp, text)
    assert len(got) == 1 and got[0][0] is None and got[0][2] is None


@pytest.mark.parametrize("text,speaker", [
    # rule quote.singular_voice: "me" in words a body is said to state is a person's, and no person is sure
    ("The Zendara Office released a memorandum on Monday stating that the president directed the panel to "
     "undertake the review “to assist me in determining whether further action may be appropriate.”", None),
    ("The Zenda Steel Corporation said in a statement: “I am grateful for the new review of the deal.”", None),
    # a body's "we" is its own; a person's "I" is theirs
    ("Zenda Steel said: “We are grateful for the new review of the deal in Port Aster.”", "Zenda Steel"),
    ("Zenda Steel spokesperson Eva Roe said: “I am grateful for the new review of the deal.”", "Eva Roe"),
])
def test_words_in_the_first_person_singular_are_never_a_bodys(nlp, text, speaker):
    assert [q[0] for q in quotes(nlp, text)] == [speaker]


def test_quote_marks_are_paired_inside_paragraphs():
    text = 'He said "we will go on talking to them" and left.\n\n“Open and never closed'
    pieces = find_quotes(text)
    assert [text[p.start:p.end] for p in pieces] == ["we will go on talking to them"]


def test_a_colon_after_a_named_subject_introduces_their_words(nlp):
    text = "Anton Melnik, speaking on Friday, repeated his position: “We will never accept these terms at all.”"
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.colon_subject")


@pytest.mark.parametrize("between,speaker", [
    # quote.said_colon_quoted_paragraph: "X said:" closes a paragraph, and the next one is the quotation
    ("Anton Melnik, a fellow at Zenda University, said:", "Anton Melnik"),
    # a colon of no speech verb carries nothing across the paragraph break
    ("Anton Melnik, a fellow at Zenda University, spoke to reporters.\n\nRead more:", None),
    # a participle on a clause another speech verb reports is nobody's (quote.reported_participle)
    ("Anton Melnik said Mark Dalton had agreed, declaring:", None),
])
def test_a_quoted_paragraph_after_said_colon_is_the_speakers(nlp, between, speaker):
    text = f"Strike looms\n\n{between}\n\n“You are dealing with a union of workers. The owners made billions.”"
    found = quotes(nlp, text)
    assert [(q[0], q[2]) for q in found] == [(speaker, "quote.said_colon_quoted_paragraph" if speaker else None)], found


@pytest.mark.parametrize("text,speaker", [
    # quote.name_colon: a paragraph that opens with a name and a colon, as a list of reactions does
    ("The ministry issued a statement.\n\nJan bin Karim Al-Sayed: \"Norway has played a major and essential role in "
     "facilitating the negotiations between the two sides.\"", "Jan bin Karim Al-Sayed"),
    ("Foreign Minister Jan Kral: \"We have played a major role in facilitating the negotiations.\"", "Jan Kral"),
    # not a name alone before the colon
    ("The ministry issued a statement. Its author Jan Kral: \"We have played a major role in the negotiations.\"", None),
])
def test_a_paragraph_opening_with_a_name_and_a_colon_quotes_that_person(nlp, text, speaker):
    found = quotes(nlp, text)
    assert found and found[0][0] == speaker and (speaker is None or found[0][2] == "quote.name_colon"), found


@pytest.mark.parametrize("lead,speaker", [
    ("Former President Mark Dalton lashed out at Ivan Sokolov in a post on Tuesday on his network.", "Mark Dalton"),
    ("Former President Mark Dalton lashed out at Ivan Sokolov on Tuesday.", None),  # no statement told
])
def test_a_quote_alone_after_a_post_is_the_posters(nlp, lead, speaker):
    # a verb set "in a post" tells a statement (statement_nouns_in); the quote alone after it is carried over
    text = lead + "\n\n\"So, lets get this straight! We did a hostage TRADE with them. We gave them 5 tough people.\""
    assert [q[0::2] for q in quotes(nlp, text)] == [(speaker, "quote.carried_over" if speaker else None)]


def test_three_words_that_characterise_are_kept_whoever_names_the_speaker(nlp):
    # "he" is named by the sentence before, and the three words are still his verdict
    text = "Ivan Sokolov said the talks were constructive. He described Mark Dalton as a \"very experienced politician.\""
    assert [q[0] for q in quotes(nlp, text)] == ["Ivan Sokolov"]


def test_words_quoted_to_characterise_something_are_the_subjects(nlp):
    text = "Anton Melnik praised both teams, calling the agreement “an important moment for the region.”"
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.characterization")


def test_a_partial_quote_inside_a_reported_clause_is_the_speakers(nlp):
    text = ("Anton Melnik noted that no deal had been reached yet, but the next step will be “to merge both "
            "proposals into a single text.”")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.speech_verb_subject")


def test_the_subject_of_the_last_main_clause_wins_over_an_earlier_speaker(nlp):
    text = ("Laszlo Kovac wrote that the talks had gone well.\n\nAnton Melnik did not rule out a joint appeal. "
            "“It is possible that we will agree on a joint appeal soon,” he stressed.")
    assert quotes(nlp, text)[-1][0::2] == ("Anton Melnik", "quote.pronoun_antecedent")


def test_a_quote_that_stands_alone_after_a_speakers_quote_is_theirs(nlp):
    text = ("“The talks were held in a good atmosphere,” Anton Melnik told state television. “I hope that we will "
            "be in a better position after the technical talks.”")
    got = quotes(nlp, text)
    assert [(s, r) for s, _, r in got] == [("Anton Melnik", "quote.speech_verb_subject"),
                                           ("Anton Melnik", "quote.carried_over")]


def test_a_speakers_title_stands_for_their_name(nlp):
    text = "Norway's foreign minister Jonas Lie, who has acted as a go-between, said, “These talks are gaining momentum.”"
    assert quotes(nlp, text)[0][0::2] == ("Jonas Lie", "quote.speech_verb_subject")


def test_a_three_word_verdict_is_a_quote_but_a_scare_quote_is_not(nlp):
    assert quotes(nlp, "Anton Melnik praised both teams, calling the deal “an important moment.”") == [
        ("Anton Melnik", "an important moment.", "quote.characterization")]
    assert quotes(nlp, "Anton Melnik said he saw “no real point” in talking now.") == []


@pytest.mark.parametrize("text,expected", [
    # two words a speech verb governs as the reported predicate itself are the speaker's verdict
    ("Trade Minister Anton Melnik said the two countries were “pretty close” to a trade deal.",
     [("Anton Melnik", "pretty close", "quote.speech_verb_subject")]),
    ("Foreign Minister Anton Melnik announced Thursday that he had “immediately summoned” the ambassador.",
     [("Anton Melnik", "immediately summoned", "quote.speech_verb_subject")]),
    ("Anton Melnik said he saw “no point” in talking now.", []),  # a scare quote
    ("Anton Melnik said the “Valley Accord” was dead.", []),  # a name in quotes
    ("Anton Melnik said the “traffic light” coalition would work.", []),  # a noun: a term as often as a verdict
])
def test_a_two_word_verdict_is_a_quote(nlp, text, expected):
    assert quotes(nlp, text) == expected


def test_an_opening_glyph_set_as_the_closing_mark_closes_the_quote():
    text = "Peter Hansen called the talks “urgent and timely,“ praising the host. “Today’s talks went well,“ he said."
    assert [text[p.start:p.end] for p in find_quotes(text)] == ["urgent and timely,", "Today’s talks went well,"]


def test_he_said_carries_the_speaker_from_paragraph_to_paragraph(nlp):
    text = ("Foreign Minister Anton Melnik said the talks had gone well.\n\nMore meetings are planned for the spring, "
            "he said.\n\n“We will meet again in June in the same format,” he said.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.pronoun_antecedent")


@pytest.mark.parametrize("text", [
    # several people coordinated as one subject: none of them is "he"
    "Anton Melnik said the talks had gone well.\n\nPeter Hansen, Laszlo Kovac and two envoys are expected to attend "
    "the next round.\n\n“We will meet again in June in the same format,” he said.",
    # two people named, neither the subject of a main clause nor a speaker: "he" is not guessed
    "The talks were chaired by Prime Minister Laszlo Kovac and attended by Peter Hansen.\n\n“We expect a very good "
    "result by Thursday,” he told reporters.",
    # "it said" is no person
    "Anton Melnik arrived on Monday. “We will meet again in June in the same format,” it said.",
    # a spokesman is someone else than the person he speaks for
    "“The cabinet has just approved the framework for the release,” Prime Minister Peter Hansen's spokesman said.",
])
def test_a_pronoun_or_a_voice_with_no_sure_person_stays_unattributed(nlp, text):
    assert [(s, r) for s, _, r in quotes(nlp, text)] == [(None, None)]


def test_quoted_as_saying_gives_the_words_to_the_person_quoted(nlp):
    text = "“The city remains the host of the next round of talks,” the state news agency quoted Peter Hansen as saying."
    assert quotes(nlp, text)[0][0::2] == ("Peter Hansen", "quote.quoted_as_saying")
    after = ("In a statement on its website, the foreign ministry quoted top diplomat Peter Hansen as saying the "
             "agreement represented \"a victory of dialogue and peace\".")
    assert quotes(nlp, after)[0][0::2] == ("Peter Hansen", "quote.quoted_as_saying")


@pytest.mark.parametrize("text", [
    "“The cabinet has just approved the framework for the release,” Prime Minister Peter Hansen's X account said.",
    # an office issues its holder's statements in the holder's name (a spokesman, above, is someone else)
    "“The cabinet has just approved the framework for the release,” Prime Minister Peter Hansen's office said.",
])
def test_a_persons_own_account_or_office_speaks_for_that_person(nlp, text):
    assert quotes(nlp, text)[0][0::2] == ("Peter Hansen", "quote.owner_of_voice")


def test_a_speech_verbs_clause_ended_by_a_comma_introduces_the_quote(nlp):
    text = "Peter Hansen urged swift progress, posting on social media, “I am asking everyone to move fast now.”"
    assert quotes(nlp, text)[0][0::2] == ("Peter Hansen", "quote.comma_after_speech_verb")


def test_the_innermost_speech_verb_names_the_speaker(nlp):
    text = "Anton Melnik said that Peter Hansen had told reporters “the deal is done and will be signed soon.”"
    assert quotes(nlp, text)[0][0::2] == ("Peter Hansen", "quote.speech_verb_subject")


def test_a_person_named_by_the_given_name_is_the_antecedent_of_he(nlp):
    text = ("Foreign Minister Chaiya Srisuk left for the talks on Monday.\n\nBefore leaving, Chaiya told reporters that "
            "trust was lacking.\n\n“We do not trust them at all, and they know it,” he said.")
    assert quotes(nlp, text)[0][0::2] == ("Chaiya", "quote.pronoun_antecedent")


# ---- he/she read from the structure (quote.pronoun_antecedent, quote.pronoun_paragraph_lead), never the nearest name

@pytest.mark.parametrize("text", [
    # a former leader named a paragraph earlier is no antecedent: the sentence just before has no person subject
    "Former president Laszlo Kovac ruled the country for a decade.\n\nThe finance ministry published its figures "
    "on Monday. “We will not raise taxes again this year,” he said.",
    # a man's honorific: "she" cannot stand for him
    "Mr. Anton Melnik chaired the session on Monday. “We will not raise taxes again this year,” she said.",
    # two people are subjects of the sentence before: either could be "he"
    "Anton Melnik met the envoy, and Laszlo Kovac later said the talks were useful. “We will not raise taxes again "
    "this year,” he said.",
])
def test_he_said_names_nobody_without_one_sure_antecedent(nlp, text):
    assert [(s, r) for s, _, r in quotes(nlp, text)] == [(None, None)]


def test_he_said_after_a_wholly_quoted_sentence_reaches_the_subject_before_the_quote(nlp):
    text = ("Earlier, Anton Melnik had held a short briefing for the press.\n\n“Both sides need a better deal. We must "
            "find a lasting answer for the next generation,” he said.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.pronoun_antecedent")


def test_she_said_goes_to_the_woman_the_honorific_names(nlp):
    text = "Ms. Ilse Marrow chaired the session on Monday. “We will not raise taxes again this year,” she said."
    assert quotes(nlp, text)[0][0::2] == ("Ilse Marrow", "quote.pronoun_antecedent")


def test_according_to_him_and_he_said_stand_for_the_source_before(nlp):
    text = ("According to Anton Melnik, both armies have accepted a pause in the fighting. “We have heard no objection "
            "from either side so far,” he said.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.pronoun_antecedent")


def test_he_said_after_a_persons_remarks_is_that_person(nlp):
    text = ("Anton Melnik's remarks came after the closing session. He said that the talks were “moving in the right "
            "direction at last”.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.pronoun_antecedent")


def test_the_paragraphs_lead_speaker_is_he_when_nobody_else_is_named_between(nlp):
    text = ("Anton Melnik said on Monday that the talks would resume soon. The next round is due in June. “We are "
            "ready to meet at any time,” he said.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.pronoun_paragraph_lead")


LAST_SPEAKER = ("The envoys met again on Monday.\n\nAnton Melnik said the group should focus on how to address the "
                "security concerns.{between} The two countries are allies.\n\n{gap}“Whether that is doable, I don't "
                "know,” he added.")


@pytest.mark.parametrize("between, gap, speaker", [
    # rule quote.pronoun_last_speaker: back over sentences naming nobody, into the paragraph before, to its speaker
    ("", "", ("Anton Melnik", "quote.pronoun_last_speaker")),
    # another person named after the speaker: either may be "he", nobody
    (" Laszlo Kovac has led the talks since May.", "", (None, None)),
    # a paragraph between: the speaker is two paragraphs back, too far to be sure
    ("", "The next round is due in June.\n\n", (None, None)),
])
def test_he_said_reaches_back_over_sentences_naming_nobody_to_the_last_speaker(nlp, between, gap, speaker):
    assert quotes(nlp, LAST_SPEAKER.format(between=between, gap=gap))[0][0::2] == speaker


WIRE_LEAD = ("The capital asked for a partial lifting of sanctions, Foreign Minister Karl Weber told an emergency "
             "briefing after the summit.\n\nThe briefing involved a limited number of journalists{between}.\n\n"
             "“During the two-day summit, the leaders held serious and composed discussions,” he said.")


def test_the_article_leads_speaker_is_he_paragraphs_later_when_nobody_is_named_between(nlp):
    # rule quote.pronoun_article_lead: wire copy names its speaker in the lead; "he said" after a paragraph that
    # names nobody is that speaker
    assert quotes(nlp, WIRE_LEAD.format(between=""))[0][0::2] == ("Karl Weber", "quote.pronoun_article_lead")


GARBLED_LEAD = ("Riga requested that Tallinn partially remove sanctions, particularly those affecting civilian "
                "industries and common people,{joint} Latvian Foreign Minister Kim Jong Su told an emergency briefing "
                "following the summit between the two leaders.\n\nThe briefing on the results of the summit involved "
                "a limited number of journalists.\n\n"
                "“During the two-day summit, the leaders held serious and composed discussions,” he said.")


@pytest.mark.parametrize("joint, speaker", [
    # rule quote.trailing_speaker: the parser made "requested" the root and "told" its subjectless complement; the
    # name after the last comma before "told" is the lead's speaker all the same
    ("", "Kim Jong Su"),
    # an "and" before the name: no sure reading of the clause, nobody
    (" and", None),
])
def test_a_lead_whose_speech_verb_the_parser_hung_under_the_reported_clause_names_its_speaker(nlp, joint, speaker):
    assert quotes(nlp, GARBLED_LEAD.format(joint=joint))[0][0] == speaker


def test_the_article_leads_speaker_is_not_he_past_another_name(nlp):
    found = quotes(nlp, WIRE_LEAD.format(between=", among them a reporter who asked Anton Melnik about the talks"))
    assert found[0][0] != "Karl Weber", found


def test_a_speech_verb_right_after_the_quote_speaks_it(nlp):
    """The clause right after a quote that ends with a comma names its speaker, wherever the parser hung the quote
    (real copy: "“…,” X said, however he pointed out …" with the quote hung from "pointed")."""
    from generator.extract.quotes import Context, _speech_after, paragraphs

    def after(text):
        doc = nlp(text)
        ctx = Context(doc, extract_entities(doc), paragraphs(doc.text))
        piece = find_quotes(doc.text)[0]
        quoted = doc.char_span(piece.start - 1, piece.end + 1, alignment_mode="expand")
        verb = _speech_after(ctx, piece, quoted)
        return None if verb is None else verb.text

    assert after("“A second meeting will certainly happen,” Anton Melnik said, however he pointed out that nothing "
                 "was fixed.") == "said"
    assert after("“A second meeting will certainly happen,” said Anton Melnik.") == "said"
    # another clause stands between the quote and the speech verb: not its speaker
    assert after("“A second meeting will certainly happen,” the paper wrote.") == "wrote"
    assert after("“A second meeting will certainly happen,” and a day later Anton Melnik said so too.") is None
    assert after("“A second meeting will certainly happen.” Anton Melnik said nothing more.") is None


def test_the_president_said_is_the_one_president_the_article_named(nlp):
    text = ("President Anton Melnik met the envoy on Monday.\n\n“We are ready to sign the text this week,” the "
            "president said.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.title_in_article")
    two = ("President Anton Melnik met President Laszlo Kovac on Monday.\n\n“We are ready to sign the text this "
           "week,” the president said.")
    assert [(s, r) for s, _, r in quotes(nlp, two)] == [(None, None)]


def test_a_surname_the_tagger_read_as_a_plural_noun_still_speaks(nlp):
    """A bare surname ending in -s at the head of a sentence is often tagged NNS; it is still the person named in full."""
    text = ("Foreign Minister Yannis Andreades arrived on Monday.\n\nAndreades said he wanted to “express satisfaction” "
            "with the result, describing it as “a first useful step towards a settlement”.")
    doc = nlp(text)
    assert [t.tag_ for t in doc if t.text == "Andreades"][-1] == "NNS"  # the case this test is about
    assert quotes(nlp, text)[0][0::2] == ("Andreades", "quote.speech_verb_subject")


def test_a_quote_running_over_paragraphs_is_the_speakers_named_at_its_end(nlp):
    text = ("The talks ended late on Friday.\n\n“We have agreed on a timetable for the next round.\n\n“The first "
            "meeting will be held in the capital in June,” Anton Melnik said.")
    got = quotes(nlp, text)
    assert [(s, r) for s, _, r in got] == [("Anton Melnik", "quote.continued_quote"),
                                           ("Anton Melnik", "quote.speech_verb_subject")]


def test_a_run_on_quote_whose_end_names_nobody_stays_unattributed(nlp):
    text = ("The talks ended late on Friday.\n\n“We have agreed on a timetable for the next round.\n\n“The first "
            "meeting will be held in the capital in June,” a source said.")
    assert [s for s, _, _ in quotes(nlp, text)] == [None, None]


def test_a_phrasal_verb_of_speech_governs_its_quote(nlp):
    text = "Anton Melnik pointed out that “nothing has been fixed for the next round of talks yet”."
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.speech_verb_subject")
    made = "Anton Melnik made clear that “no deal will be signed before the elections in the spring”."
    assert quotes(nlp, made)[0][0::2] == ("Anton Melnik", "quote.speech_verb_subject")


def test_single_quotes_mark_a_quote_but_apostrophes_do_not():
    text = ("The envoy's report said the leaders' meeting was 'a very good start for both sides' and that the "
            "mediator 'continues to push' for talks.")
    assert [text[p.start:p.end] for p in find_quotes(text)] == ["a very good start for both sides", "continues to push"]
    nested = "He said “we will 'never' accept this at all” and left."
    assert [nested[p.start:p.end] for p in find_quotes(nested)] == ["we will 'never' accept this at all"]


def test_a_single_quoted_statement_is_its_speakers(nlp):
    text = "Anton Melnik said at the end of his visit that the mediator 'continues to push for a new round of talks'."
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.speech_verb_subject")


@pytest.mark.parametrize("text, speaker", [
    ("“The ceasefire will hold if both sides keep their word,” Anton Melnik told AFP on Tuesday.", "Anton Melnik"),
    ("Anton Melnik told Reuters that “the ceasefire will hold if both sides keep their word”.", "Anton Melnik"),
    ("Anton Melnik arrived in the capital on Monday. “The ceasefire will hold if both sides keep their word,” he "
     "told reporters.", "Anton Melnik"),
])
def test_told_an_agency_or_reporters_the_teller_speaks(nlp, text, speaker):
    assert quotes(nlp, text)[0][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Later Anton Melnik rejected the offer, urging the rebels to “lay down their arms and return to the table”.",
     "Anton Melnik"),
    ("The harbour master of Varna, Laszlo Kovac, threatened on Sunday in a short video to “close every pier to the "
     "foreign ships for good”.", "Laszlo Kovac"),
])
def test_a_quoted_demand_or_threat_is_the_words_of_who_makes_it(nlp, text, speaker):
    assert quotes(nlp, text)[0][0::2] == (speaker, "quote.demand_complement")


def test_a_demands_object_is_not_its_speaker_and_a_named_speech_verb_still_wins(nlp):
    text = "Anton Melnik said Laszlo Kovac had urged the rebels to “lay down their arms and return to the table”."
    assert quotes(nlp, text)[0][0::2] == ("Laszlo Kovac", "quote.demand_complement")


def test_a_question_mark_before_the_speech_verb_ends_the_quote_as_a_comma_does(nlp):
    text = ("“We have waited long enough for an answer from the other side. Are they serious at all?” Deputy Minister "
            "Anton Melnik said in a message on his channel, which was removed later.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.speaker_after_quote")


def test_the_verb_that_introduces_the_quote_beats_an_outlet_reporting_it(nlp):
    text = ("At the briefing, Anton Melnik also said that “because the two sides still disagree, talking at every "
            "level matters more than ever,” the Valley Ledger reported on Friday.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.speech_verb_subject")


def test_the_second_of_two_coordinated_quotes_has_the_same_speaker(nlp):
    text = ("According to a note from the ministry, Anton Melnik asserted that the plan “breaks the pact [signed in "
            "the spring]” and “did lasting harm to the trust between the neighbours.”")
    assert [(s, r) for s, _, r in quotes(nlp, text)] == [("Anton Melnik", "quote.speech_verb_subject")] * 2


def test_three_lower_case_words_a_speech_verb_governs_are_a_quote_but_a_quoted_name_is_not(nlp):
    text = "Anton Melnik said on Friday that a blockade of the port would amount to “an open provocation”."
    assert quotes(nlp, text) == [("Anton Melnik", "an open provocation", "quote.speech_verb_subject")]
    verb = "Anton Melnik said on Friday that the mediator “keeps on trying” to bring both sides back."
    assert quotes(nlp, verb) == [("Anton Melnik", "keeps on trying", "quote.speech_verb_subject")]
    named = "Anton Melnik said on Friday that the “Friends of Peace” group would meet in June."
    assert quotes(nlp, named) == []


def test_three_words_a_reported_clause_says_something_reflects_are_the_speakers_verdict(nlp):
    text = "The new accord reflects the “firm political will” to settle the dispute, said Anton Melnik on Friday."
    assert quotes(nlp, text) == [("Anton Melnik", "firm political will", "quote.speech_verb_subject")]
    unsaid = "The new accord reflects the “firm political will” to settle the dispute, observers agree."
    assert quotes(nlp, unsaid) == []


@pytest.mark.parametrize("text", [
    "The rebels’ chief spokesman, Anton Melnik, attributed the failure of the round to the other delegation’s "
    "“stubborn refusal and bad faith.”",
    "Anton Melnik blamed the collapse of the round on “the stubborn refusal of the other side”.",
])
def test_who_blames_something_on_quoted_words_speaks_them(nlp, text):
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.characterization")


def test_a_bare_attribution_after_a_quote_ending_with_a_full_stop_speaks_it(nlp):
    text = ("Foreign Secretary Anton Melnik spoke to the press. “The two commanders spoke at noon. Orders have been "
            "given to both armies to stop firing.” Melnik stated. He added that the commanders would talk again.")
    assert quotes(nlp, text)[0][0::2] == ("Melnik", "quote.speaker_after_quote")
    own = ("Anton Melnik spoke to the press. “The two commanders spoke at noon and orders were given.” Laszlo Kovac "
           "said the talks would resume on Monday.")
    assert quotes(nlp, own)[0][0] is None  # a statement of Kovac's own, not the attribution of the quote
    opener = ("Anton Melnik spoke to the press. “The two commanders spoke at noon and orders were given.” Writing "
              "on his channel, Laszlo Kovac denied it.")
    assert quotes(nlp, opener)[0][0] != "Laszlo Kovac"


@pytest.mark.parametrize("text, speaker", [
    ("A statement from the Ruritanian Navy said, “The drills near the strait are over and the ships are back in "
     "port.”", "Ruritanian Navy"),
    ("“The drills near the strait are over and the ships are back in port,” a statement from Anton Melnik said.",
     "Anton Melnik"),
])
def test_a_statement_from_a_party_is_that_partys_words(nlp, text, speaker):
    assert quotes(nlp, text)[0][0] == speaker


def test_a_statement_from_someones_office_is_that_persons_as_their_office_saying_it_is(nlp):
    # quote.statement_from: "a statement from X's office said" reads as "X's office said" (quote.owner_of_voice)
    text = "A statement from Anton Melnik's office said, “The drills near the strait are over and the ships are back.”"
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.statement_from")
    text = "A statement from the Ruritanian Navy's office said, “The drills near the strait are over.”"
    assert quotes(nlp, text)[0][0] is None  # a body's office is no person's


@pytest.mark.parametrize("title, speaker", [("Foreign Secretary", "Anton Melnik"), ("Defence Secretary", None)])
def test_a_title_of_several_words_stands_for_the_one_person_who_held_all_of_it(nlp, title, speaker):
    text = ("“Both armies will stop firing at five,” Foreign Secretary Anton Melnik said.\n\nThe " + title +
            ", in a short press conference on the truce, added, “Orders have been given on both sides to carry "
            "this out.”")
    assert quotes(nlp, text)[1][0] == speaker


@pytest.mark.parametrize("source, speaker", [("Prime Minister Anton Melnik", "Anton Melnik"),
                                             ("the Ruritanian Navy", "Ruritanian Navy"),
                                             ("Anton Melnik's office", "Anton Melnik")])
def test_read_a_statement_from_a_party_after_the_quote_gives_it_the_words(nlp, source, speaker):
    text = ("The cabinet welcomed the step but said it was not enough. “The truce agreement states clearly that the "
            "militia must be fully disarmed,” read a statement from " + source + ", citing new reports.")
    got = quotes(nlp, text)[0]
    assert got[0] == speaker and got[2] == ("quote.statement_from" if speaker else None)


@pytest.mark.parametrize("voice, speaker", [
    ("the Norwegian Foreign Ministry’s spokesperson", "Norwegian Foreign Ministry"),
    ("a spokesman for the Norwegian Foreign Ministry", "Norwegian Foreign Ministry"),
    ("Anton Melnik’s spokesman", None),  # a person's spokesman is someone else
    ("a spokesman for Anton Melnik", None),
    ("the Norwegian Foreign Ministry’s spokesman, Anton Melnik,", "Anton Melnik"),  # named: the person
])
def test_an_institutions_unnamed_spokesperson_speaks_for_it(nlp, voice, speaker):
    text = "“We will never accept any interference in our affairs,” " + voice + " said."
    assert quotes(nlp, text)[0][0] == speaker


def test_an_inverted_subject_hung_on_a_participle_is_the_speaker(nlp):
    text = "“We have agreed on a truce for the whole region,” said army spokesman Anton Melnik speaking to reporters."
    assert quotes(nlp, text) == [("Anton Melnik", "We have agreed on a truce for the whole region,",
                                  "quote.inverted_participle")]


def test_a_subject_inside_the_quote_is_never_the_speaker(nlp):
    text = ("“We moved fast on the accord. Now it carries on the dialogue that matters; the dialogue between the two "
            "capitals,” Dr Melnik added.")
    got = quotes(nlp, text)
    assert got and {s for s, _, _ in got} == {"Melnik"}


def test_a_confirmation_is_a_statement_whose_speaker_a_quote_carries_over(nlp):
    text = ("On Monday, Norwegian foreign ministry spokesman Anton Melnik confirmed that both sides had asked Oslo to "
            "help.\n\n“At the request of both sides, Norway has sent a small team of monitors to the border.”")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.carried_over")


def test_a_saved_copy_cut_off_inside_an_opening_quote_keeps_the_quote(nlp):
    text = ("On Monday, army spokesman Anton Melnik said both sides had asked for monitors.\n\n"
            "“At the request of both sides, we have sent a small team of monitors to the bor")
    assert quotes(nlp, text) == [("Anton Melnik", "At the request of both sides, we have sent a small team of "
                                  "monitors to the bor", "quote.carried_over")]
    cut_mid_sentence = "Anton Melnik said the talks had failed and that “nothing would change before the spr"
    assert quotes(nlp, cut_mid_sentence) == []


def test_a_quoted_subheading_is_carried_over_to_nobody(nlp):
    # rule quote.headline_no_carry_over: a line that is only a closed quotation with no stop is a heading
    text = ("Army spokesman Anton Melnik said on Friday that a small team would fly to the island.\n\n"
            "‘Clear that the king wants the island’")
    assert quotes(nlp, text) == [(None, "Clear that the king wants the island", None)]
    spoken = ("Army spokesman Anton Melnik said on Friday that a small team would fly to the island.\n\n"
              "“We will stay as long as we are needed.”")
    assert quotes(nlp, spoken) == [("Anton Melnik", "We will stay as long as we are needed.", "quote.carried_over")]


def test_a_titled_reference_opening_a_paragraph_speaks(nlp):
    text = ("Both sides had agreed to a truce on Wednesday.\n\nNorway’s Defense Minister declared that “the attacks "
            "across the border will stop immediately.”")
    assert quotes(nlp, text) == [("Norway's Defense Minister", "the attacks across the border will stop immediately.",
                                  "quote.speech_verb_subject")]


def test_a_participle_after_a_quote_attributes_nothing(nlp):
    text = ('Noting the delays, Anton Melnik said on Friday, "After what we heard this week, our hopes have grown. '
            'The envoys will meet again in June for another round," stressing that every side now understood more.')
    got = quotes(nlp, text)
    assert [(s, r) for s, _, r in got] == [("Anton Melnik", "quote.speech_verb_subject")]
    # near miss: the participle has no speaker of its own, and nobody else says the words
    alone = ("The talks ended late.\n\n“The envoys will meet again in June for another round,” stressing that every "
             "side now understood more.")
    assert [s for s, _, _ in quotes(nlp, alone)] == [None]


def test_a_saved_copy_cut_off_inside_a_quote_mid_paragraph_keeps_the_quote(nlp):
    text = ("The talks ended late on Monday.\n\nA statement from Anton Melnik said, “In line with what both sides "
            "agreed on Monday, the troops will keep pulling back from the line. The")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.statement_from")
    short = "The talks ended late on Monday.\n\nAnton Melnik said, “In line with what was"
    assert quotes(nlp, short) == []


@pytest.mark.parametrize("before, speaker", [
    ("The Ruritanian Ministry of Fisheries opened an inquiry on Monday.", "Ruritanian Ministry of Fisheries"),
    # two ministries named before: "the ministry" could be either
    ("The Ruritanian Ministry of Fisheries and the Ostrian Ministry of Trade opened an inquiry on Monday.", None),
    ("Fishermen from both coasts gathered in the harbour on Monday.", None),  # no ministry named: nobody
])
def test_the_ministry_said_is_the_one_ministry_the_article_named(nlp, before, speaker):
    text = before + "\n\n“The boats will stay in port until the storm season is over,” the ministry said."
    got = quotes(nlp, text)[0]
    assert got[0::2] == ((speaker, "quote.the_institution") if speaker else (None, None))


def test_the_foreign_ministry_needs_a_name_with_every_word(nlp):
    text = ("The Ruritanian Ministry of Fisheries opened an inquiry on Monday.\n\n“The boats will stay in port "
            "until the storm season is over,” the foreign ministry said.")
    assert quotes(nlp, text)[0][0] is None


@pytest.mark.parametrize("lead, speaker", [
    ("The Ruritanian Navy said its ships had left the strait at dawn.", "Ruritanian Navy"),
    # a person spoke too: whose statement it is, nobody can tell
    ("The Ruritanian Navy said its ships had left the strait at dawn. Admiral Anton Melnik said the drills went "
     "well.", None),
    ("The ships left the strait at dawn, the harbour master saw.", None),  # nobody spoke before: nobody
])
def test_the_statement_said_is_the_body_that_just_spoke(nlp, lead, speaker):
    text = lead + "\n\n“All the vessels are back in their home ports and the drills are over,” the statement said."
    got = quotes(nlp, text)[0]
    assert got[0::2] == ((speaker, "quote.the_statement") if speaker else (None, None))


def test_a_joint_statement_is_nobodys_alone(nlp):
    text = ("The Ruritanian Navy said its ships had left the strait at dawn.\n\n“All the vessels are back in "
            "their home ports and the drills are over,” the joint statement said.")
    assert quotes(nlp, text)[0][0] is None


@pytest.mark.parametrize("lead, speaker", [
    ("The Ruritanian Navy said its ships had left the strait at dawn.", "Ruritanian Navy"),
    ("The Ruritanian Navy said its ships had left the strait at dawn. The Ostrian Coast Guard said it saw them go.",
     None),  # two bodies spoke: "it" could be either
    ("Admiral Anton Melnik said the ships had left the strait at dawn.", None),  # a person is not "it"
])
def test_it_said_after_a_quote_is_the_one_body_that_just_spoke(nlp, lead, speaker):
    text = lead + "\n\n“All the vessels are back in their home ports and the drills are over,” it added."
    got = quotes(nlp, text)[0]
    assert got[0::2] == ((speaker, "quote.it_said") if speaker else (None, None))


def test_his_office_said_names_nobody(nlp):
    text = ("Prime Minister Anton Melnik met the envoys on Monday.\n\n“The first phase of the plan is only days away "
            "from completion,” his office said.")
    assert quotes(nlp, text)[0][0::2] == (None, None)


# ---- names the parser hung elsewhere, and sources named through a statement

def test_a_name_hung_on_the_party_that_ends_a_title_phrase_is_the_title_holders(nlp):
    # the parser sets the name in apposition to "AZF", but a person is no apposition of an organisation
    text = ("The head of the government delegation in the talks with the AZF, Jan Kowalski, had remained silent after "
            "the announcement. “This proposal is a first step towards a new understanding,” he said.")
    assert quotes(nlp, text)[0][0::2] == ("Jan Kowalski", "quote.pronoun_antecedent")


def test_a_title_and_a_name_parsed_as_two_subjects_give_the_name(nlp):
    text = ("Ruritania's Bordurian counterpart Jan Kowalski said the mission would remain \"a purely national "
            "operation\".")
    assert quotes(nlp, text)[0][0::2] == ("Jan Kowalski", "quote.title_then_name")


@pytest.mark.parametrize("title, speaker", [
    ("the foreign minister", "Anna Berg"),  # an adjective that is part of her title
    ("the new minister", None),  # "new" is nobody's title: this rule cannot tell
])
def test_a_title_with_an_adjective_must_be_all_of_the_holders_title(nlp, title, speaker):
    text = ("Foreign Minister Anna Berg met her counterpart on Friday. We had an \"open and honest talk about a hard "
            f"question,\" noted {title}.")
    got = quotes(nlp, text)[0]
    assert got[0::2] == ((speaker, "quote.title_in_article") if speaker else (None, None))


def test_a_judge_is_a_title_a_later_the_judge_stands_for(nlp):
    # roles.yml "judge": "U.S. District Judge X" is a title, so "the judge wrote" is the one judge named before
    text = ("The ruling came on Monday. The judge, U.S. District Judge Karen Weber, said the agency had failed to "
            "prove its case.\n\n“The agency has not shown a likelihood it will prevail on its claim,” the judge wrote.")
    assert quotes(nlp, text)[0][0::2] == ("Karen Weber", "quote.title_in_article")


@pytest.mark.parametrize("source, speaker", [
    ("a statement by the Ruritanian Foreign Ministry", "Ruritanian Foreign Ministry"),
    ("a statement from his office", None),  # an office, and a pronoun: nobody this rule can tell
])
def test_according_to_a_statement_is_the_party_it_comes_from(nlp, source, speaker):
    text = f"“The two leaders agreed to keep talking through the winter,” according to {source}."
    got = quotes(nlp, text)[0]
    assert got[0::2] == ((speaker, "quote.according_to_statement") if speaker else (None, None))


@pytest.mark.parametrize("lead, speaker", [
    # the one person the sentence before names, the subject of its clause
    ("The sanctions returned at midnight over what the envoy Jan Kowalski described as a clear breach of the deal.",
     "Jan Kowalski"),
    ("The sanctions returned at midnight after Jan Kowalski met Peter Hansen in the capital.", None),  # two people
    ("The sanctions returned at midnight after a report by Jan Kowalski was published.", None),  # no subject
    ("The sanctions returned at midnight after Jan Kowalski met the envoy in the capital.", None),  # no voice
    # a he/she of its own: the one named in the reported clause is what it is about, not who speaks next
    ("He dismissed reports that Jan Kowalski had lost interest in the talks.", None),
])
def test_he_said_after_a_sentence_whose_only_person_characterises_something(nlp, lead, speaker):
    got = quotes(nlp, lead + " “The world will not accept threats and half measures,” he said.")[0]
    assert got[0::2] == ((speaker, "quote.pronoun_only_person_before") if speaker else (None, None))


def _quotes_with_tagging_slip(nlp, text: str, slipped: str, label: str):
    """Quotes of ``text`` after the model's slip on the last mention of ``slipped`` (tagged ``label``, not a person)."""
    doc = nlp(text)
    facts = extract_entities(doc)
    [m for m in facts.mentions if m.text == slipped][-1].label = label
    return [(q.speaker.text if q.speaker else None, q.speaker.label if q.speaker else None, q.evidence.get("speaker"))
            for q in extract_quotes(doc, facts, sentence_index(doc))]


@pytest.mark.parametrize("met, speaker", [
    ("the envoys", ("Kasra Zandvakili", "person", "quote.person_named_elsewhere")),
    # two people share the word: the slip stays what the model said
    ("Deputy Minister Omid Zandvakili", ("Zandvakili", "organization", "quote.speech_verb_subject")),
])
def test_a_name_tagged_as_a_body_once_is_the_one_person_it_names(nlp, met, speaker):
    text = (f"Foreign Minister Kasra Zandvakili met {met} on Monday. “We are not the side that wants "
            "another crisis,” Zandvakili said.")
    assert _quotes_with_tagging_slip(nlp, text, "Zandvakili", "organization") == [speaker]


def test_he_said_reaches_a_person_the_model_tagged_as_a_place_in_the_sentence_before(nlp):
    text = ("Spokesperson Hua Lanying spoke on Friday. Hua said the army and the rebel alliance agreed to stop "
            "fighting.\n\n“The two sides promised not to harm civilians living in the border area,” she said.")
    assert _quotes_with_tagging_slip(nlp, text, "Hua", "place") == [("Hua Lanying", "person",
                                                                      "quote.pronoun_antecedent")]


def _quotes_without_a_name_on(nlp, text: str, word: str) -> list[tuple[str | None, str | None]]:
    """Quotes as the extractor reads them when the model tagged no name on ``word`` (it misses bare acronyms now
    and then): the mentions over that word are taken away before the quotes are read."""
    doc = nlp(text)
    facts = extract_entities(doc)
    facts.mentions = [m for m in facts.mentions if word not in m.text.split()]
    for tok in doc:
        if tok.text == word:
            tok._.mention = None
    return [(q.speaker.text if q.speaker else None, q.evidence.get("speaker"))
            for q in extract_quotes(doc, facts, sentence_index(doc))]


def _quotes_with_untagged(nlp, text: str, missed: str):
    """Quotes of ``text`` after the model missed the last mention of ``missed`` (no entity there at all)."""
    doc = nlp(text)
    facts = extract_entities(doc)
    m = [m for m in facts.mentions if m.text == missed][-1]
    facts.mentions.remove(m)
    for t in doc[m.start:m.end]:
        t._.mention = None
    return [(q.speaker.text if q.speaker else None, q.evidence.get("speaker"))
            for q in extract_quotes(doc, facts, sentence_index(doc))]


def test_an_acronym_the_article_defined_speaks_for_its_organisation(nlp):
    text = ("The Northern Defence Army (NDA) on Tuesday denied that it had signed a truce.\n\n"
            "“We have said several times that we only carry out what is agreed at the table,” said the NDA.")
    assert _quotes_without_a_name_on(nlp, text, "NDA") == [("Northern Defence Army", "quote.defined_acronym")]


def test_an_acronym_the_article_never_defined_names_nobody(nlp):
    text = ("The Northern Defence Army on Tuesday denied that it had signed a truce.\n\n"
            "“We have said several times that we only carry out what is agreed at the table,” said the NDA.")
    assert _quotes_without_a_name_on(nlp, text, "NDA") == [(None, None)]


@pytest.mark.parametrize("met, speaker", [
    ("the envoys", ("Kasra Zandvakili", "quote.untagged_name")),
    # two people share the word: nobody is sure
    ("Deputy Minister Omid Zandvakili", (None, None)),
])
def test_a_name_the_model_missed_is_the_one_person_the_article_names_so(nlp, met, speaker):
    text = (f"Foreign Minister Kasra Zandvakili met {met} on Monday. “We are not the side that wants "
            "another crisis,” Zandvakili told reporters.")
    assert _quotes_with_untagged(nlp, text, "Zandvakili") == [speaker]


def test_a_surname_the_model_tagged_as_a_person_elsewhere_is_that_person(nlp):
    text = ("On Monday, Zandvakili met the envoys in Lisbon.\n\n"
            "“We are not the side that wants another crisis,” Zandvakili told reporters.")
    assert _quotes_with_untagged(nlp, text, "Zandvakili") == [("Zandvakili", "quote.untagged_name")]


def test_a_title_the_model_left_untagged_names_nobody(nlp):
    text = ("Foreign Minister Kasra Zandvakili met the envoys on Monday. “We are not the side that wants "
            "another crisis,” Minister told reporters.")
    assert [q[0] for q in quotes(nlp, text)] == [None]


def test_the_relative_pronoun_subject_stands_for_the_speaker_it_follows(nlp):
    text = ("Anton Melnik, who has stressed “there is no deal until every point is settled”, outlined the plan "
            "on Monday.")
    assert quotes(nlp, text) == [("Anton Melnik", "there is no deal until every point is settled",
                                  "quote.relative_subject")]


def test_a_clause_joined_to_the_reported_clause_is_reported_too(nlp):
    text = ("Anton Melnik said on Monday there had been no progress after three rounds and that the other side had "
            "“so far made offers which amount to an insult.”")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.speech_verb_subject")


def test_a_clause_joined_to_the_speech_verb_itself_is_someone_elses(nlp):
    text = ("Anton Melnik said the talks had failed, but Laszlo Kovac dismissed the claim as “a story made up "
            "for the cameras.”")
    assert [q[0] for q in quotes(nlp, text)] != ["Anton Melnik"]


def test_a_name_the_parser_left_off_a_speech_verb_after_the_quote_is_its_subject(nlp):
    doc = nlp("Anton Melnik cancelled the visit. “The meeting is off and the talks are over for now,” Melnik tweeted.")
    facts = extract_entities(doc)
    name = doc[-3]
    verb = doc[-2]
    name.dep_, name.head = "npadvmod", verb  # the parse seen on saved pages: the name not the verb's subject
    got = [(q.speaker.text if q.speaker else None, q.evidence.get("speaker"))
           for q in extract_quotes(doc, facts, sentence_index(doc))]
    assert got == [("Melnik", "quote.name_before_verb")]


@pytest.mark.parametrize("opening, speaker", [
    ("PM Kral", "Kral"),  # a title and the name open the sentence
    ("Sources close to Kral", None),  # other words before the name: whose post, the parse does not say
])
def test_a_name_opening_the_sentence_the_parser_left_off_a_speech_verb_is_its_subject(nlp, opening, speaker):
    # rule quote.name_opens_sentence: the parse seen on saved pages ("PM X posted …": X an "aux", no subject)
    doc = nlp(f"{opening} posted on social media soon after landing, “Landed in Lisbon. Looking forward to "
              "deliberations at the summit.”")
    facts = extract_entities(doc)
    verb = next(t for t in doc if t.text == "posted")
    for c in [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]:
        c.dep_ = "aux"
    got = [(q.speaker.text if q.speaker else None) for q in extract_quotes(doc, facts, sentence_index(doc))]
    assert got == [speaker]


@pytest.mark.parametrize("text, want", [
    # rule quote.name_rooted_sentence: with a party-and-state tag set off after the name, the parser makes the name
    # the sentence's root and hangs "countered" on it with no subject; the name still speaks, and "he added" in the
    # next paragraph stands for it (quote.pronoun_antecedent)
    ("Rep. Peter Kowal, D-Mass., countered by saying that “Republicans are always in favor of balancing the "
     "budget.”\n\n“That’s the reality of it,” he added.",
     [("Peter Kowal", "quote.name_rooted_sentence"), ("Peter Kowal", "quote.pronoun_antecedent")]),
    ("Rep. Thomas Brandt, D-Zen., countered by saying that “Republicans are always in favor of balancing the "
     "budget.”", [("Thomas Brandt", "quote.name_rooted_sentence")]),
    # the verb hangs from the name but what it takes is no speech: the words stay nobody's
    ("Rep. Peter Kowal, D-Mass., countered by pointing to the budget, a move that “Republicans are always in favor "
     "of.”", [(None, None)]),
])
def test_a_name_the_parser_made_the_root_still_speaks(nlp, text, want):
    doc = nlp(text)
    got = [(q.speaker.text if q.speaker else None, q.evidence.get("speaker"))
           for q in extract_quotes(doc, extract_entities(doc), sentence_index(doc))]
    assert got == want


@pytest.mark.parametrize("other, speaker", [
    ("Spokesman Tomas Varga", "Tomas Varga"),  # "Vargas" is one letter off "Varga", never named in full itself
    ("Spokesman Tomas Varga and Eva Varga", None),  # the misspelt surname of two people: nobody sure
    ("Spokesman Tomas Varga and Eva Vargo", "Tomas Varga"),  # "Vargo" is two letters off "Vargas"
    ("Spokesman Tomas Varga and Jan Vargas", "Vargas"),  # named in full: no misspelling
])
def test_a_speaker_named_one_letter_off_one_person_is_that_person(nlp, other, speaker):
    # rule quote.misspelt_speaker: "Vargas told a rally" after "Tomas Varga" is Varga's; two such: nobody
    text = f"{other} said the talks were on. “There are some envoys in the city,” Vargas told a rally."
    assert [q[0] for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("other, speaker", [
    ("Laszlo Kovacs", None),  # the model tags no name on "Kovac" here: no speaker
    ("Laszlo Kovacs and Jan Kovac", "Kovac"),  # named in full: sure
])
def test_a_speaker_named_one_letter_off_another_person_is_nobody_sure(nlp, other, speaker):
    text = f"{other} arrived in the capital on Monday. “There are some envoys in the city,” Kovac told a rally."
    assert [q[0] for q in quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize("subject, speaker", [
    ("the Ceasefire Monitoring Team in Ruritania (CMT)", "CMT"),
    ("the Envoy of the Ceasefire Monitoring Team (CMT)", None),  # a title: someone of the body, not the body
])
def test_the_acronym_that_closes_an_untagged_name_is_the_body_that_speaks(nlp, subject, speaker):
    text = (f"The CMT met on Monday. “Both sides agreed to continue the negotiations in Geneva next month,” {subject} "
            "said in a statement.")
    doc = nlp(text)
    facts = extract_entities(doc)
    jmo = [m for m in facts.mentions if m.text == "CMT"]
    assert jmo and all(m.label == "organization" for m in jmo)
    for m in [m for m in facts.mentions if m.start > 10 and m.text != "CMT"]:
        facts.mentions.remove(m)  # the model missed the long name
        for t in doc[m.start:m.end]:
            t._.mention = None
    got = [(q.speaker.text if q.speaker else None) for q in extract_quotes(doc, facts, sentence_index(doc))]
    assert got == [speaker]


def test_indicated_that_introduces_the_words_of_its_subject(nlp):
    text = "In a statement, Anton Melnik indicated that “the two parties agreed that a draft will be presented soon”."
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.speech_verb_subject")


@pytest.mark.parametrize("text, found", [
    ("Anton Melnik tweeted: “This agreement will strengthen our security and support our economy.\n\n"
     "Laszlo Kovac said the deal satisfied his side.", ["This agreement will strengthen our security and support our economy."]),
    # no colon: whose words end where is unsure
    ("Anton Melnik said “this agreement will strengthen our security and support our economy.\n\n"
     "Laszlo Kovac said the deal satisfied his side.", []),
    # no stop at the paragraph's end: cut off, not a whole sentence
    ("Anton Melnik tweeted: “This agreement will strengthen our security and support our economy and\n\n"
     "Laszlo Kovac said the deal satisfied his side.", []),
])
def test_a_quote_a_colon_opens_and_nothing_closes_runs_to_the_paragraphs_end(text, found):
    assert [text[p.start:p.end] for p in find_quotes(text)] == found


def test_an_outlets_report_after_the_quote_relays_the_speech_verb_before_it(nlp):
    text = ("Foreign Minister Anton Melnik tweeted on Monday that the talks had ended and served as a space for the "
            "“settlement of disputes through peaceful channels”, reports Valley news.")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.speech_verb_subject")


@pytest.mark.parametrize("clause, speaker", [
    ("that Laszlo Kovac had called the talks", ("Laszlo Kovac", "quote.characterization")),
    ("the talks had failed and that Laszlo Kovac had called them", ("Laszlo Kovac", "quote.characterization")),
    # the reporter's own words about the other side: his
    ("the talks had failed and that the other side had", ("Anton Melnik", "quote.speech_verb_subject")),
])
def test_a_characterisation_inside_a_reported_clause_is_its_own_subjects(nlp, clause, speaker):
    text = f"Anton Melnik said {clause} “a waste of everyone's time and of the money spent on them.”"
    assert quotes(nlp, text)[0][0::2] == speaker


@pytest.mark.parametrize("passive, speaker", [
    ("Laszlo Kovac was told by Anton Melnik that", "Anton Melnik"),
    ("Laszlo Kovac was told that", None),  # the one spoken to is no speaker
    ("Laszlo Kovac was quoted as saying that", "Laszlo Kovac"),
])
def test_the_passive_subject_of_tell_is_the_one_spoken_to(nlp, passive, speaker):
    text = f"{passive} “we will not stop until the threat is gone and the hostages are home.”"
    assert [q[0] for q in quotes(nlp, text)] == [speaker]


# ---- real-world layouts: a comma between title and name, the title's "of" phrase, "the leader"

def test_a_title_a_comma_and_a_name_as_two_subjects_give_the_name(nlp):
    text = ("“After 49 years, the valiant peoples observe that the organisation has drifted from the ideals of its "
            "founding fathers and the spirit of unity,” Norway junta spokesman, Jan Kowalski said in the statement.")
    assert quotes(nlp, text)[0][0::2] == ("Jan Kowalski", "quote.title_then_name")


def test_he_added_goes_to_the_holder_of_a_title_of_a_country(nlp):
    # the parser hangs the name on the title's "of" phrase: the title's holder is still the sentence's subject
    text = ("The President of Norway Jan Kowalski had spoken before the vote. “If we don’t do it, no one else "
            "will do it for us,” he added.")
    assert quotes(nlp, text)[0][0::2] == ("Jan Kowalski", "quote.pronoun_antecedent")


@pytest.mark.parametrize("lead, speaker", [
    ("The Bordurian President, Jan Kowalski, for his part said the leaders had agreed.", "Jan Kowalski"),
    # two people named before: "the leader" could be either
    ("The Bordurian President, Jan Kowalski, met Prime Minister Anna Berg, who said the leaders had agreed.", None),
    ("The leaders said they had agreed.", None),  # nobody named: nobody
])
def test_the_leader_said_is_the_one_person_the_paragraph_named(nlp, lead, speaker):
    text = lead + " “The chiefs of staff will meet again, but the heads of state agree,” said the leader."
    got = quotes(nlp, text)[0]
    assert got[0::2] == ((speaker, "quote.the_one_person") if speaker else (None, None))


def test_the_official_of_another_paragraph_is_nobody(nlp):
    text = ("The decision was announced by the commission's president, Jan Kowalski, after the summit.\n\n"
            "The official, moreover, reaffirmed “a continuing commitment to peaceful means”.")
    assert quotes(nlp, text)[0][0] is None


def test_a_participle_on_a_reported_clause_is_nobodys(nlp):
    """Rule ``quote.reported_participle``: "X said Y had agreed, declaring: “…”" may be X's words or Y's."""
    text = ("After talks in Zenda with Jan Roe, Anna Berg said Ruritania had agreed to move forward, declaring: "
            "“This is a historic day.”")
    assert quotes(nlp, text)[0][0::2] == (None, None)
    own = "Anna Berg spoke to reporters on Monday, declaring: “This is a historic day.”"
    assert quotes(nlp, own)[0][0::2] == ("Anna Berg", "quote.speech_verb_subject")


def test_a_speech_participle_hung_on_the_object_is_the_clauses_subjects(nlp):
    """Rule ``quote.participle_on_object``: "X confirmed the cessation of hostilities, stating, “…”": the parser
    hangs "stating" on the object noun; the participle after a comma is the clause's, so X speaks. Without the
    comma it is a noun's own clause, and when another speech verb reports the clause, nobody's."""
    said = ("\"Peru has always strived for peace and security in the region, without compromising on its sovereignty "
            "and territorial integrity.\" He revealed that the recent escalation prompted outreach from various nations.")
    text = "Peru's Deputy Prime Minister and Foreign Minister Jan Kral confirmed the cessation of hostilities, stating, "
    assert nlp(text + said)[16].dep_ == "acl"  # the parse the rule mends
    # the subject is the title the parser coordinated with the name: the person holds both titles
    assert quotes(nlp, text + said)[0][0::2] == ("Jan Kral", "quote.titles_coordinated")
    bare = text.replace("hostilities, stating,", "a message stating")  # no comma: the message's own words
    assert quotes(nlp, bare + said)[0][2] != "quote.participle_on_object"
    reported = "Anna Berg said that Jan Kral had confirmed the cessation of hostilities, stating, " + said
    assert quotes(nlp, reported)[0][0] not in {"Jan Kral", "Anna Berg"}


def test_a_quote_closed_in_the_next_paragraph_runs_on_into_it(nlp):
    """Rule ``quote.closed_in_next_paragraph``: a quote left open at a paragraph's end, and a next paragraph whose
    first mark closes a quote it never opened, are one quote over both paragraphs (a copy that broke the paragraph
    in two): both pieces are the speaker's its attribution names. A closing mark after a paragraph with no open quote
    opens nothing."""
    text = ("ZENDA, Oct. 1 -- Ruritania and Borduria agreed to resume talks, Foreign Minister Jan Kral said on "
            "Tuesday.\n\n\"The delegates of our side are ready to enter into the working-level negotiations.\n\n"
            "It is my expectation that the negotiations would accelerate the development of our relations,\" "
            "Kral said.")
    got = quotes(nlp, text)
    assert [g[1][:20] for g in got] == ["The delegates of our", "It is my expectation"]
    assert {g[0] for g in got} <= {"Jan Kral", "Kral"} and None not in {g[0] for g in got}
    pieces = find_quotes(text)
    assert [(p.paragraph, p.opens_paragraph) for p in pieces] == [(1, True), (2, True)]
    other = text.replace("\" Kral said.", "\" Anna Berg, his deputy, said.")
    assert [g[0] for g in quotes(nlp, other)] == ["Anna Berg", "Anna Berg"]  # the closer's, not the lead's
    assert find_quotes("The talks went on.\n\nIt is my expectation,\" Kral said.") == []
    assert find_quotes("\"The talks went on.\n\nIt is my expectation.") == []  # never closed: no quote


@pytest.mark.parametrize("verb", ["cautioned", "acknowledged to", "conceded to"])
def test_verbs_of_cautioning_and_conceding_are_speech_verbs(nlp, verb):
    """``speech_verbs`` (lexicon): "X cautioned the parties she “…”" is X's words, as "said" would be."""
    text = f"Judge Anna Berg {verb} the parties she “strongly disfavors closing the courtroom for any portion of it.”"
    assert quotes(nlp, text)[0][0::2] == ("Anna Berg", "quote.speech_verb_subject")


def test_a_surname_that_is_a_title_names_the_person_and_the_subject_outside_the_quote_speaks(nlp):
    """Rule ``entity.surname_that_is_a_title``: "said King" after "Anna King" is her surname, not a title; and of two
    subjects the parser gives "said" (one a noun inside the quote), the one outside the quote speaks."""
    text = ("On Tuesday night, Acme Airplanes President and CEO Anna King released the latest details to employees."
            "\n\n\"The strike has deeply affected our business, our customers and our communities,\" said King, in "
            "part, on October 8.")
    assert quotes(nlp, text)[0][0::2] == ("King", "quote.speech_verb_subject")
    assert quotes(nlp, "\"The strike has deeply affected our business and our customers,\" said King.")[0][0] is None


def test_a_closing_glyph_that_opens_a_quote_opens_it(nlp):
    text = ("In a tweet Ruritania's President Jan Roe said ,”Congratulations to Ostria and Borduria on signing a "
            "memorandum – a crucial step towards peace.”")
    assert quotes(nlp, text) == [("Jan Roe", "Congratulations to Ostria and Borduria on signing a memorandum – a "
                                  "crucial step towards peace.", "quote.speech_verb_subject")]
    # with a “ in the paragraph, a ” is never an opening mark
    assert [p.end - p.start for p in find_quotes("“Yes,” he said ”no”")] == [4]


def test_an_embedded_posts_text_is_its_signed_authors(tmp_path):
    """Rule ``quote.post_signature``: the post's text is the words of the one person the article names with the
    signature's surname; an author the article never names leaves the post unattributed."""
    from generator.pipeline import build
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Memorandum signed\n\nLisbon, 28 June 2022\n\nThe alliance's Secretary General Jan Roe welcomed the deal on "
        "Tuesday.\n\nWe now have an agreement that paves the way for both countries to join the alliance. I thank "
        "the presidents for the constructive spirit that made this decision possible. pic.site.com/Ab12Cd\n\n"
        "— Jan Roe (@janroe) June 28, 2022\n\nA new era begins for the whole region and for its people today.\n\n"
        "— Anna Berg (@annaberg) June 28, 2022\n", encoding="utf-8")
    actors = {a["name"]: a for a in build(seeds, workers=1).briefing.to_json()["actors"]}
    said = [(q["text"][:22], q["evidence"]) for q in actors["Jan Roe"]["quotes"]]
    assert said == [("We now have an agreeme", {"speaker": "quote.post_signature"})]
    assert "Anna Berg" not in actors


def test_he_mentioned_is_a_speech_verb(nlp):
    text = ("The committee's chairman, Jan Kowalski, stated that the other side had taken steps. However, he "
            "mentioned, \"We have not yet seen the expected results in the fight against smuggling.\"")
    assert quotes(nlp, text)[0][0::2] == ("Jan Kowalski", "quote.pronoun_antecedent")


def test_he_after_a_sentence_about_someone_else_than_the_last_speaker_is_nobody(nlp):
    """Rule quote.pronoun_antecedent names nobody when the sentence before tells of one person in no speech and the
    one before has another person speak: "he" may be either."""
    from generator.analyse import sentence_index
    from generator.extract.entities import extract_entities
    from generator.extract.quotes import extract_quotes

    doc = nlp("Alan Brisk, a lawyer who represents Tomas Vesk said he expected them to be held at a hotel. Vesk has been "
              "held for eight years.\n\n'The move of the prisoners from the jail to an expected house arrest is an "
              "important development,' he said.")
    quotes = extract_quotes(doc, extract_entities(doc), sentence_index(doc))
    assert quotes and all(q.speaker is None or q.speaker.text != "Tomas Vesk" and q.speaker.text != "Vesk" for q in quotes)


def test_a_possessed_title_after_a_quote_is_the_one_holder(tmp_path):
    # "“…,” Ruritania's top diplomat added": a role reference right after the quote ("top diplomat" is the foreign
    # minister, roles.yml synonyms), linked to the one person who holds that role
    actors = actors_of(tmp_path, {
        "2019-02-28_a.txt": "Briefing\n\nNorway asked for a partial lifting of sanctions, Norwegian Foreign Minister "
                            "Jan Kralovic told an emergency briefing following the summit.\n\n\"We came forward with "
                            "a realistic proposal during this meeting,\" Norway’s top diplomat added.",
    })
    assert [q["text"][:22] for q in actors["Jan Kralovic"]["quotes"]] == ["We came forward with a"]


@pytest.mark.parametrize("others,speaker", [
    ("", "Jan Kralovic"),
    # two holders the word describes (a secretary-general and a director-general): nobody
    (" UN Director-General Tomas Varga attended too.", None),
])
def test_a_title_a_plain_word_describes_is_its_one_holder(tmp_path, others, speaker):
    # "“…,” the UN chief said": "chief" is no title of his, but describes the secretary-general's office
    # (roles.yml descriptions); linked only to the one such holder the article names
    actors = actors_of(tmp_path, {
        "2025-03-18_a.txt": "Talks\n\nUN Secretary-General Jan Kralovic met the two leaders in Geneva on Tuesday."
                            f"{others}\n\n\"It's a new atmosphere,\" the UN chief said.",
    })
    holders = [n for n, a in actors.items() if a["quotes"]]
    assert holders == ([speaker] if speaker else [])


def test_a_role_reference_is_never_linked_to_a_holder_another_article_names(tmp_path):
    # an office changes hands: "Norway's foreign minister" in an article that names nobody is not the minister
    # another article names, so the quote stays without a speaker
    actors = actors_of(tmp_path, {
        "2019-02-28_a.txt": "Briefing\n\nNorway asked for a partial lifting of sanctions, Norwegian Foreign Minister "
                            "Jan Kralovic told an emergency briefing following the summit.",
        "2021-06-02_b.txt": "Talks\n\nThe talks resumed in Oslo.\n\n\"We came forward with a realistic proposal "
                            "during this meeting,\" Norway’s top diplomat added.",
    })
    assert actors["Jan Kralovic"]["quotes"] == []
    assert all(not a["quotes"] for a in actors.values() if a["kind"] == "person")


@pytest.mark.parametrize("after,speaker", [
    ("By formally approving the framework, we are delivering on our commitment to provide stability.", "Jan Kral"),
    ("The framework was approved by both sides on Friday in London.", None),  # not in the first person
])
def test_a_paragraph_after_said_colon_is_the_speakers_words(nlp, after, speaker):
    # rule quote.said_colon_paragraph: a press release's "X said:" and a paragraph with no quotation marks
    text = "The committee met.\n\nForeign Secretary Jan Kral said:\n\n" + after
    found = quotes(nlp, text)
    assert [(q[0], q[2]) for q in found] == ([(speaker, "quote.said_colon_paragraph")] if speaker else []), found


def test_a_relative_clause_hung_on_the_first_of_two_names_names_nobody(nlp):
    # "X and Y, who said …": the parser may hang the clause on X, the words are Y's; the rule only takes an
    # antecedent that ends right before "who"
    text = ("Laszlo Kovac met Foreign Minister Anton Melnik and the envoy Tomas Varga, who said “we are close to a "
            "deal on the border”.")
    assert all(q[0] != "Anton Melnik" for q in quotes(nlp, text))
    text = "The envoy met Tomas Varga, who said “we are close to a deal on the border”, on Monday."
    assert quotes(nlp, text)[0][0::2] == ("Tomas Varga", "quote.relative_subject")


def test_a_quote_whose_sentence_names_someone_else_is_not_carried_over(nlp):
    # the lead names the speaker; a later paragraph opens with a quote that its own sentence gives to someone else
    # by a verb the parser does not read as speech: the quote is not the lead speaker's
    text = ("Foreign Minister Anton Melnik said on Monday that the next round would take place in June.\n\n"
            "“We have agreed on the dates and the format of the meeting” – a line Laszlo Kovac repeated in a post.")
    assert all(q[0] != "Anton Melnik" for q in quotes(nlp, text))
    plain = ("Foreign Minister Anton Melnik said on Monday that the next round would take place in June.\n\n"
             "“We have agreed on the dates and the format of the meeting.”")
    assert quotes(nlp, plain)[0][0::2] == ("Anton Melnik", "quote.carried_over")


def test_a_name_inside_the_speakers_own_quote_does_not_stop_the_carry_over(nlp):
    # quote.carried_over: a person named inside the quote before is the speaker's words, not another voice; a person
    # named outside the quotes between them still is
    text = ("Mediator Jan Kral spoke in Riga. “The deal provides for the return of Karl Weber and others,” "
            "Kral continued. “This moment is not the end of the peace process, but the beginning.”")
    assert [q[0::2] for q in quotes(nlp, text)] == [("Kral", "quote.speaker_after_quote"),
                                                    ("Kral", "quote.carried_over")]
    text = ("Mediator Jan Kral spoke in Riga. “The deal is done,” Kral said, after Karl Weber arrived. "
            "“This moment is not the end of the peace process, but the beginning.”")
    assert quotes(nlp, text)[1][0] is None


def test_quoted_words_that_are_the_object_of_a_verb_in_a_statement_are_the_subjects(nlp):
    # quote.object_in_a_statement: the verb is set "in a statement"; its object is the quote
    text = ("Acme COO Anton Melnik in a statement thanked “all the negotiating teams who have worked "
            "tirelessly for many weeks to get to this agreement.”")
    assert quotes(nlp, text)[0][0::2] == ("Anton Melnik", "quote.object_in_a_statement")
    # the same object with no statement or post around the verb: nobody's by this rule
    text = "Anton Melnik thanked “all the negotiating teams who have worked tirelessly for many weeks”."
    assert all(q[2] != "quote.object_in_a_statement" for q in quotes(nlp, text))


def test_a_body_s_statement_speaks_for_the_body(nlp):
    # quote.owner_of_voice: "the ZWU's statement said" is the ZWU's; an office of a body stays no one's
    text = ("The union said on Monday that Acme had sent the offer to its members.\n\n“This offer was not negotiated "
            "with the union, and it was thrown at us without any discussion,” the ZWU’s statement said.")
    assert quotes(nlp, text)[0][0::2] == ("ZWU", "quote.owner_of_voice")


def test_a_body_s_statement_speaks_for_it_when_the_parser_reads_the_possessive_as_a_modifier(nlp):
    # quote.owner_of_voice, second pattern: the parser hangs "IAZ’s" on "statement" as nmod with its own "’s"
    text = ("Acme made what the company called its “best and final offer” for a renewed contract to 33,000 striking "
            "union workers on Monday afternoon. The Zorvan Association of Machinists and Aerospace Workers (IAZ) "
            "announced later that evening that the union would not be voting on the offer.\n\nIn a statement "
            "addressing Local Lodge 63 members in Zenda, the union said Acme notified IAZ of the offer Monday morning "
            "before sending it out publicly.\n\n“While your Negotiating Team was still reviewing the details, Acme "
            "took it upon itself to disrespect our entire Union by sending this offer directly to all members and the "
            "media without any prior communication from your Union,” IAZ’s statement said.")
    found = quotes(nlp, text)
    assert found[0][0] is None  # the company's phrase in scare quotes is nobody's
    assert found[1][0::2] == ("IAZ", "quote.owner_of_voice")


def test_a_clause_hung_on_the_message_the_speech_verb_names_is_what_it_reports(nlp):
    # quote.content_of_a_message: the parser hangs "that …" on "message"; the quote is still the subject's words
    text = ("Led by new CEO Tomas Varga, Acme had hoped a 25% wage hike over four years would avert a costly "
            "strike.\n\nVarga argued in a message to staff that the general wage hike marked the largest in history "
            "and that a strike \"would put our shared recovery in jeopardy, further eroding trust with our customers.\"")
    assert quotes(nlp, text)[0][0::2] == ("Varga", "quote.speech_verb_subject")


def test_continued_with_a_comma_right_before_the_quote_introduces_it(nlp):
    # quote.comma_after_speech_verb with resuming_speech_verbs: "X continued, “…”" is X's; "the talks continued, “…”"
    # names nobody, and "continued" is no speech verb anywhere else
    text = ("The ministry said the leaders would meet on Friday. Spokeswoman Maria Kovac said the meeting was "
            "confirmed.\n\nKovac continued, \"Building on their last meeting in Port Aster, the leaders will also "
            "discuss how the two countries can manage their differences.\"")
    assert quotes(nlp, text)[0][0::2] == ("Kovac", "quote.comma_after_speech_verb")
    text = "Jan Kral said the talks would resume on Monday.\n\nThe talks continued, \"with no end in sight\" for anyone."
    assert quotes(nlp, text)[0][0] is None


def test_the_subject_right_after_the_quote_speaks_when_the_parser_gives_the_verb_two(nlp):
    # the parser hangs both "country" and "Attaf" on "said": the one right after the quote says it
    text = ("Algerian President Abdelmadjid Tebboune has tasked Foreign Minister Ahmed Attaf with visiting Niamey.\n\n"
            "The North African country which borders Niger had proposed in late August a transition period of up to "
            "six months, which would aim to \"formulate political arrangements with the acceptance of all parties in "
            "Niger without excluding any party\", Attaf said at the time.")
    assert quotes(nlp, text)[0][0::2] == ("Attaf", "quote.speaker_after_quote")


@pytest.mark.parametrize("text, speaker", [
    # rule quote.joint_speakers: two parties said the words together, so they are neither one's alone
    ("In a joint statement late Wednesday, the ZNA and Acme said, “We are pleased to announce that we have reached "
     "a tentative agreement.”", None),
    ("The Lindor Dockworkers Union and the employers said, “We have reached a tentative agreement.”", None),
    ("Union president Karel Novak and his deputy said on Monday, “We will keep talking.”", None),
    # one speaker, whatever the quote or the sentence before joins
    ("Union president Karel Novak said, “We have reached a tentative agreement with the employers and the ports.”",
     "Karel Novak"),
    ("Foreign Minister Anton Melnik and Prime Minister Laszlo Kovac met on Monday. “We will keep talking,” Melnik "
     "said.", "Melnik"),
])
def test_words_two_parties_say_together_are_neither_ones_alone(nlp, text, speaker):
    assert quotes(nlp, text)[0][0] == speaker


def test_the_quoted_name_of_a_programme_is_nobodys_words(nlp):
    # quote.name_of_a_work: title case, no verb, no sentence end
    found = quotes(nlp, 'The envoy Jan Roe told "The Morning Varnholm Show" that the talks would go on. '
                        'Roe told ABC\'s "State of the Union" that "we are close to a deal."')
    assert [q[1] for q in found] == ["we are close to a deal."], found
    # a slogan with a verb, and a shout in capitals, are someone's words
    found = quotes(nlp, 'Roe said: "Ruritania Will Never Surrender Its Claim". Roe wrote: "BIG PROGRESS ON THE BORDER"')
    assert [q[1] for q in found] == ["Ruritania Will Never Surrender Its Claim", "BIG PROGRESS ON THE BORDER"], found


@pytest.mark.parametrize("between,speaker", [
    ("", "Anton Melnik"),  # the quote right after the statement: carried over
    ("Indeed, the talks were marked by a general lack of leaks. ", "Anton Melnik"),  # narration, no other voice
    ("Other unions weighed in on the stoppage. ", None),  # a sentence of the reporter's own brings in other voices
    ("Analysts warned that the stoppage could last weeks. ", None),  # a speech verb of someone else's
    ("Port operators reacted with dismay. ", None),  # a verb of reacting (other_voice_verbs)
])
def test_a_sentence_bringing_in_other_voices_between_a_statement_and_a_quote_stops_the_carry_over(nlp, between,
                                                                                                 speaker):
    """Rule quote.no_carry_over_other_voices: "… the ministry declared. ¶ Other unions weighed in. “The union stands
    in full solidarity …”" is no quote of the ministry's."""
    text = ("The ministry's spokesman Anton Melnik said on Monday that the talks must resume.\n\n" + between +
            "“The union, including our members in the freight industry, stands in full solidarity with the strikers.”")
    got = quotes(nlp, text)
    assert [q[0] for q in got] == [speaker], got


@pytest.mark.parametrize("before, speaker", [
    # a union, a board, a party: named by its kind after "the" like a ministry (definite_institution_nouns)
    ("The Zendan Union of Dock Workers (ZUDW) says about 55,000 workers are off the job.", "Zendan Union of Dock Workers"),
    ("Dock workers in Zenda went on strike on Monday.", None),  # no union named: nobody
])
def test_the_union_said_is_the_one_union_the_article_named(nlp, before, speaker):
    text = before + "\n\n“The company had the opportunity to prevent this strike,” the union said in a statement."
    got = quotes(nlp, text)[0]
    assert got[0::2] == ((speaker, "quote.the_institution") if speaker else (None, None))


def test_a_quote_alone_after_an_attribution_that_names_someone_else_as_object_is_carried_over(nlp):
    """quote.carried_over past a person the attribution names as no subject: "“…,” X told Y on Monday. “…”" and
    "“…,” X said at a news conference with Prime Minister Y. “…”" are both X's; a person who is the subject of a
    verb of their own in that sentence ("as Y nodded") is another voice, and the quote stays unattributed."""
    first = "'We will look at every option for the workers,' Tomas Varga"
    then = " 'There is no deadline for the vote this week.'"
    assert quotes(nlp, first + " told Ilse Berger on Monday." + then)[1][0::2] == ("Tomas Varga", "quote.carried_over")
    assert quotes(nlp, first + " said at a news conference with Prime Minister Ilse Berger." + then)[1][0::2] == (
        "Tomas Varga", "quote.carried_over")
    assert quotes(nlp, first + " said, as Ilse Berger nodded." + then)[1][0::2] == (None, None)


def test_a_quote_alone_after_he_told_someone_is_carried_over_to_the_one_he_stands_for(nlp):
    """quote.carried_past_object when the attribution's subject is he/she: "“…,” he told Y. ¶ “…”" keeps the speaker
    "he" stands for; Y, told, is no other voice. "as Y nodded" still is."""
    first = ("Tomas Varga said he would not form a coalition before the final count.\n\n'We will look at every "
             "option for the workers,' he")
    then = "\n\n'There is no deadline for the vote this week.'"
    assert quotes(nlp, first + " told Ilse Berger on Monday." + then)[1][0::2] == ("Tomas Varga", "quote.carried_over")
    assert quotes(nlp, first + " said, as Ilse Berger nodded." + then)[1][0::2] == (None, None)


def test_a_verb_of_concluding_after_a_quote_attributes_it(nlp):
    """resuming_speech_verbs: "“…,” X concluded." is X's (quote.speaker_after_quote); "the talks concluded" with an
    object or as no main verb says nothing."""
    text = "'We will look at every option for the workers,' Tomas Varga concluded."
    assert quotes(nlp, text)[0][0::2] == ("Tomas Varga", "quote.speaker_after_quote")


def test_an_acronym_the_tagger_took_for_a_common_noun_still_speaks_for_its_organisation(nlp):
    """quote.defined_acronym when the tagger read the defined acronym as a common noun ("said TUPW in a … statement":
    NOUN): the article's definition makes it a name."""
    text = ("Members of the Zendan Union of Postal Workers (TUPW) went on strike. 'We denounce in the strongest terms "
            "this assault on our right to strike,' said TUPW in a Dec. 13 statement.")
    doc = nlp(text)
    assert [t.pos_ for t in doc if t.text == "TUPW"][-1] == "NOUN"  # the case this covers
    assert [q[0::2] for q in quotes(nlp, text)] == [("Zendan Union of Postal Workers", "quote.defined_acronym")]


def test_a_spokesperson_named_by_a_bodys_acronym_speaks_for_the_body(nlp):
    """quote.spokesperson_for with the body as a modifier ("a ZDA spokesperson said"); an acronym the article
    defined stands for its body; a person's spokesperson is someone else."""
    text = ("The Zenda Dockworkers Association (ZDA) suspended talks. “This is another example of members "
            "circumventing our contract. This is a clear violation of our agreement,” a ZDA spokesperson said in a "
            "statement.")
    assert [q[0::2] for q in quotes(nlp, text)] == [("Zenda Dockworkers Association", "quote.spokesperson_for")]
    text = "Tomas Varga met the union. “This is another example of members circumventing our contract,” a Varga " \
           "spokesperson said in a statement."
    assert [q[0] for q in quotes(nlp, text)] == [None]


def test_a_bodys_committee_with_its_possessive_read_as_a_modifier_speaks_for_the_body(nlp):
    """quote.spokesperson_for when the parser hangs "ZAM's" on "committee" as a modifier with its own "'s"."""
    text = ("The Zenda Association of Machinists (ZAM), which has been on strike since September 13, announced the "
            "breakthrough in a statement. “We have received a negotiated proposal,” ZAM’s negotiating committee said in "
            "a message to members on Saturday.")
    assert [(t.dep_, t.head.lemma_) for t in nlp(text) if t.text == "ZAM"][-1] == ("nmod", "committee")  # the case
    assert [q[0::2] for q in quotes(nlp, text)] == [("ZAM", "quote.spokesperson_for")]


@pytest.mark.parametrize("voice,speaker", [
    # a body's own unnamed part speaks for it: its committee, its chapter (spokesperson_nouns)
    # (the mention "ZDA", which the actors' index joins to the name the article defined it for)
    ("the ZDA chapter said", "ZDA"),
    ("ZDA’s negotiating committee said", "ZDA"),
    # a part of a body the article does not name is nobody's
    ("the union’s negotiating committee said", None),
])
def test_a_bodys_committee_or_chapter_speaks_for_the_body(nlp, voice, speaker):
    text = ("The Zenda Dockworkers Association (ZDA) suspended talks. “It is time for our members to lock in these "
            f"gains and confidently declare victory,” {voice}.")
    assert [q[0] for q in quotes(nlp, text)] == [speaker]


def test_quoted_words_in_a_phrase_of_a_verb_in_a_statement_are_the_subjects(nlp):
    """quote.object_in_a_statement with the quote in the verb's prepositional phrase: "In a statement later, X
    applauded both sides “for …”", "accused the government of “…”"."""
    text = ("President Tomas Varga told reporters Thursday night after the agreement that it would hold. In a "
            "statement later, Varga applauded both sides “for acting patriotically to reopen our ports and ensure "
            "supplies.”")
    assert [q[0::2] for q in quotes(nlp, text)] == [("Varga", "quote.object_in_a_statement")]
    text = "In a statement, the Zenda Party accused the government of “betraying every promise it made to the workers.”"
    assert [q[0::2] for q in quotes(nlp, text)] == [("Zenda Party", "quote.object_in_a_statement")]


@pytest.mark.parametrize("text, speaker", [
    ("Union president Jonas Lie pledged on Monday that the union would “stay at the table for as long as it takes.”",
     "Jonas Lie"),
    ("Foreign Minister Jonas Lie vowed that the ferry “will sail again before winter.”", "Jonas Lie"),
])
def test_the_words_a_speaker_vows_or_pledges_with_are_theirs(nlp, text, speaker):
    """``speech_verbs`` holds the verbs that report words said in making a promise or a post (vow, pledge, promise,
    tweet): the quoted words under them are the subject's (a charge, a plea or a description has rules of its own:
    ``quote.object_in_a_statement``, ``quote.demand_complement``)."""
    assert [(s, rule) for s, _, rule in quotes(nlp, text)] == [(speaker, "quote.speech_verb_subject")]


def test_words_quoted_inside_anothers_charge_are_not_the_accusers(nlp):
    assert [s for s, _, _ in quotes(nlp, "Eva Berg accused Jonas Lie of calling the talks “a farce”.")] != ["Eva Berg"]


def test_quoted_words_in_the_phrase_of_a_charge_are_the_accusers(nlp):
    """``quote.object_of_a_charge``: "accused the railways of “…”", however the charge was made (in a video, not a
    statement); the words of someone the charge is about ("accused Y of calling the talks “a farce”") are not."""
    text = ("Union president Jonas Lie in a video posted online accused the railways of “holding the economy hostage "
            "in order to pressure the government.”")
    assert [q[0::2] for q in quotes(nlp, text)] == [("Jonas Lie", "quote.object_of_a_charge")]
    assert [q[0] for q in quotes(nlp, "Eva Berg accused Jonas Lie of calling the talks “a farce”.")] in ([], [None])


SET_OFF = ("According to Ruritanian media, the head of the delegation at the talks in Vienna, Anton Melnik{comma} stated "
           "that the memorandum had been handed over.\n\n"
           "“We have given our memorandum to the other side. It has two parts,” he told journalists on Monday.")


@pytest.mark.parametrize("comma, speaker", [
    # rule quote.name_set_off_before_verb: the parser hung the title on the media and the name on the place, leaving
    # "stated" with no subject; the name set off by commas right before it is its subject, and "he" stands for it
    (",", ("Anton Melnik", "quote.pronoun_antecedent")),
    # no comma closes the name: it opens no apposition before the verb, and this rule reads nothing
    ("'s aide", (None, None)),
])
def test_a_name_set_off_right_before_a_subjectless_speech_verb_is_its_subject(nlp, comma, speaker):
    assert quotes(nlp, SET_OFF.format(comma=comma))[0][0::2] == speaker


# rule quote.unmarked_paragraph: outlets that set a quote as its own paragraph, opened with a dash or with nothing
# (a Markdown reader drops the dash of a list item), and close it with the attribution
UNMARKED = ("Zenda feels continued pressure on the country, the head of government Jan Roe told a press conference "
            "in Port Aster on Thursday.\n\n"
            "{d}The support of our allies is crucial in this situation. Our goal is to continue a peaceful dialogue, "
            "he says, among other things.\n\n"
            "The head of government is asked whether Zenda is safe now.\n\n"
            "{d}I'll say it again. Zenda chooses the union it is part of today.\n\n"
            "{d}We choose the union. We choose the alliance, says Jan Roe.\n\n"
            "{d}Imagine being a Zendan, who every day sees in the media that someone wants to take away the "
            "country's freedom, says Jan Roe.")


@pytest.mark.parametrize("dash", ["- ", "– ", ""])
def test_a_paragraph_closed_by_its_attribution_is_a_quote(nlp, dash):
    got = quotes(nlp, UNMARKED.format(d=dash))
    assert [(s, t[:22]) for s, t, _ in got] == [
        ("Jan Roe", "The support of our all"), ("Jan Roe", "I'll say it again. Zen"),
        ("Jan Roe", "We choose the union. W")] + ([("Jan Roe", "Imagine being a Zendan")] if dash else [])
    assert got[1][2] == "quote.continued_quote" and got[2][1].endswith("alliance,")


@pytest.mark.parametrize("text", [
    # reported speech is never in the first person: no quote, whoever the tail names
    "Zenda feels continued pressure on the country and will stay in the union, says Jan Roe.",
    # a bullet with no attribution, and a bullet list of paraphrases, are no quotes
    "- We choose the union and the alliance in these difficult days.\n\n- Earlier, the minister Jan Roe stated "
    "that Zenda would send a team to the talks this week.",
    # a first-person paragraph not followed by an attributed one is the writer's own
    "I have followed these talks for years and we all know how they end.\n\nThe union said it would wait.",
    # a capitalised "US" is no "us", and a participle's clause ("…, noting …") no attribution
    "Earlier, the president said he hoped to meet his counterpart in Port Aster. The US president made this "
    "announcement on his page.\n\nOn Monday, Zenda and the US agreed to a meeting, noting mutual interest in talks.",
    "The US also confirmed that no jet of Zenda was shot down.\n\nZenda received the US call on Monday that the "
    "other side was willing to go for a ceasefire, he added.",
    # a tail too long to be an attribution
    "We choose the union, says Jan Roe, who was speaking after a long meeting with the delegations of both "
    "countries in the capital on Thursday, which ended late in the evening with no statement and no date set for "
    "another round.",
])
def test_an_unmarked_paragraph_without_its_layout_is_no_quote(nlp, text):
    assert quotes(nlp, text) == []


def test_find_quotes_gives_the_words_up_to_the_attributions_comma(nlp):
    text = "Jan Roe spoke.\n\n– We choose the union. We choose the alliance, says Jan Roe."
    assert [text[p.start:p.end] for p in find_quotes(text)] == ["We choose the union. We choose the alliance,"]


# rule quote.spokesperson_for with an organisation's unnamed official ("said a ZDA official"); never a country's
@pytest.mark.parametrize("voice, speaker", [
    ("said a ZDA official", "Zenda Dockworkers Association"),
    ("an official of the Zenda Dockworkers Association said", "Zenda Dockworkers Association"),
    ("a Zenda official told reporters", None),  # a country's official speaks anonymously, not for the state
])
def test_an_organisations_unnamed_official_speaks_for_it(nlp, voice, speaker):
    text = ("The Zenda Dockworkers Association (ZDA) met the mediators in Zenda. “The government must cancel its plans "
            f"to raise the quota before we talk,” {voice}.")
    got = quotes(nlp, text)
    if speaker:
        assert got[0][0::2] == (speaker, "quote.spokesperson_for")
    else:  # the title stays a title with no holder named ("Zenda official"), never the country
        assert got[0][0] != "Zenda" and got[0][2] != "quote.spokesperson_for"


def test_he_after_an_organisations_unnamed_official_speaks_for_it_too(nlp):
    text = ("The Zenda Dockworkers Association (ZDA) met the mediators. “The government must cancel its plans to raise "
            "the quota before we talk,” said a ZDA official.\n\n“It is a prerequisite for us to join any talks,” he "
            "said.")
    assert [q[0::2] for q in quotes(nlp, text)] == [("Zenda Dockworkers Association", "quote.spokesperson_for"),
                                                    ("Zenda Dockworkers Association", "quote.pronoun_antecedent")]


@pytest.mark.parametrize("lead, speaker", [
    # quote.carried_over from a statement's source or a body's spokesperson, as from a named speaker
    ("A statement on Monday from the ZDA revealed that the talks with the employers have hit an impasse.", "ZDA"),
    ("A ZDA spokesperson said on Monday that the talks with the employers had hit an impasse.",
     "Zenda Dockworkers Association"),
    # a statement from a person's office names an office, nobody this rule can tell
    ("A statement on Monday from Jan Roe's office revealed that the talks with the employers have hit an impasse.",
     None),
])
def test_a_quote_after_a_statement_of_a_body_is_the_bodys(nlp, lead, speaker):
    text = ("The Zenda Dockworkers Association (ZDA) met the employers in Port Aster on Friday.\n\n" + lead +
            " “Talks broke down when management introduced their intent to implement automation.”")
    got = quotes(nlp, text)
    assert [q[0::2] for q in got] == [(speaker, "quote.carried_over" if speaker else None)]


def test_an_unmarked_quote_closed_by_a_title_and_a_name_with_more_after(nlp):
    """quote.unmarked_paragraph with a longer tail: "…, Foreign Minister X said on Friday, in statements after …"."""
    text = ("Jan Roe met his counterpart on Friday.\n\nEven when we do not find easy solutions, we discuss, Foreign "
            "Minister Jan Roe said on Friday, in statements after meeting his counterpart, Peter Kowal, who is "
            "visiting Port Aster.")
    assert quotes(nlp, text) == [("Jan Roe", "Even when we do not find easy solutions, we discuss,",
                                  "quote.speech_verb_subject")]
    # the same as the article's first paragraph: a quote that opens the text still has its speaker
    assert quotes(nlp, text.split("\n\n")[1]) == quotes(nlp, text)


@pytest.mark.parametrize("text", [
    # rule quote.unasserted_speech: the speech verb tells no saying, so its quote has no speaker
    "Marta Kowal denied that Peter Novak had said “the talks are over.”",
    "Peter Novak did not say “the talks are over.”",
    "Peter Novak would not say “the talks are over.”",
    "If Peter Novak says “the talks are over,” the deal collapses.",
    "Peter Novak is expected to say “the talks are over.”",
    "Peter Novak will say “the talks are over,” Marta Kowal predicted.",
    "Peter Novak may tell the summit “the talks are over.”",
    "Marta Kowal urged Peter Novak to say “the talks are over.”",
])
def test_a_saying_denied_supposed_or_looked_forward_to_has_no_speaker(nlp, text):
    assert [q[0] for q in quotes(nlp, text)] == [None]


@pytest.mark.parametrize("text", [
    "“The talks are over,” Peter Novak would later say.",  # a past's own future (reporting_modals)
    "Peter Novak went on to say “the talks are over.”",  # a speech infinitive it goes on to (asserting_governors)
    "Peter Novak took to the platform to say “the talks are over.”",
    "Peter Novak held a news conference to say “the talks are over.”",  # a purpose: said
    "“The talks are over,” Peter Novak said.",
    # a "not" inside the quote the parser hung on the speech verb negates no saying
    "“Are we happy? Certainly not and that is why we work,” Peter Novak added.",
])
def test_a_saying_told_as_done_keeps_its_speaker(nlp, text):
    assert [q[0] for q in quotes(nlp, text)] == ["Peter Novak"]


@pytest.mark.parametrize("text, speaker", [
    # quote.colon_subject when the parser made the quoted clause the root and hung the clause before the colon on it
    ("Peter Novak was blunt: “We will not sign this deal.”", "Peter Novak"),
    # a subject that names nobody gives nobody
    ("The message was clear: “We will not sign this deal.”", None),
])
def test_the_clause_before_a_colon_gives_its_subject_the_quote_whatever_the_parse(nlp, text, speaker):
    got = quotes(nlp, text)
    assert got[0][0] == speaker and got[0][2] == ("quote.colon_subject" if speaker else None), got


@pytest.mark.parametrize("text, want", [
    # two titles before one name: the parser made the first the subject and the name its conjunct
    ("“We will strike until the company comes back to the table,” said union president and chief negotiator "
     "Peter Novak.", ("Peter Novak", "quote.titles_coordinated")),
    ("“With the amnesty our democracy wins in the end,” says party leader and deputy prime minister Anton Melnik.",
     ("Anton Melnik", "quote.titles_coordinated")),
    # a title and a name with no title of its own are two people: nobody alone
    ("“We will strike until the company comes back to the table,” said the union president and Peter Novak.",
     (None, None)),
])
def test_titles_coordinated_before_one_name_name_the_speaker(nlp, text, want):
    assert quotes(nlp, text)[0][0::2] == want
