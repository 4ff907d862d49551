"""Open questions: each cue family on small real texts, grouping across articles, and resolution."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import build


def briefing_of(tmp_path: Path, articles: dict[str, str]) -> dict:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return build(seeds).briefing.to_json()


def questions_of(tmp_path, text: str, name: str = "2024-03-05_story.txt") -> list[dict]:
    return briefing_of(tmp_path, {name: text})["questions"]


@pytest.mark.parametrize("text,expect", [
    ("Talks stall\n\nIt is still unclear whether the king himself will travel to Oslo for the signing.",
     "Will the king himself travel to Oslo"),
    ("Talks stall\n\nKey points remain unsettled, including the future of the port and who would run the border crossing.",
     "Who would run the border crossing?"),
    ("Talks stall\n\nThe ministers met on Monday, but no agreement was reached on fishing quotas.",
     "Will an agreement be reached on fishing quotas?"),
    ("Talks stall\n\nThe government said on Monday that the talks with the rebels are on hold.",
     "When will talks resume?"),
    ("Talks stall\n\nThe rebels said there can be no talks until a ceasefire is in place.",
     "ceasefire"),
    ("Talks stall\n\nPresident John Doe has threatened to impose tariffs on imports from the region.",
     "carry out the threat to impose tariffs"),
    ("Talks stall\n\nSpanish Prime Minister Ana Ruiz offered to host a summit in Madrid, but the rebels rejected that offer.",
     "be accepted?"),
    ("Talks stall\n\nThe rebels are seeking firm guarantees that the army will withdraw.",
     "guarantees"),
    ("Talks stall\n\nNo date has been set for the next round, the mediator said on Monday.",
     "When will the next round take place?"),
])
def test_cue_families(tmp_path, text, expect):
    qs = questions_of(tmp_path, text)
    assert any(expect in q["question"] for q in qs), [q["question"] for q in qs]
    assert all(q["question"].endswith("?") for q in qs)


def test_each_question_records_the_rules_that_asked_it(tmp_path):
    qs = questions_of(tmp_path, "Talks stall\n\nNo date has been set for the next round, the mediator said on Monday.\n\n"
                                "Spanish Prime Minister Ana Ruiz offered to host a summit in Madrid.")
    by_question = {q["question"]: q["evidence"]["asked_by"] for q in qs}
    assert by_question.get("When will the next round take place?") == ["question.no_date"], by_question
    assert by_question.get("Where will the summit be held?") == ["question.venue_statuses"], by_question


@pytest.mark.parametrize("text,asked", [
    ("It is where generations of workers have built incredible airplanes that connect the world.", None),
    ("The envoy would not say where the delegations met last week.", None),
    ("The envoy would not say where the delegations would meet next week.", "Where will the delegations meet next week?"),
])
def test_a_when_or_where_clause_told_as_done_is_no_question(nlp, text, asked):
    """Rule ``question.wh_told_as_done``: a "when"/"where" clause in the past or the perfect tells a fact."""
    got = [q.question for q in questions_in(nlp, text) if q.evidence == "question.wh_clause"]
    assert got == ([asked] if asked else []), got


@pytest.mark.parametrize("text, asked", [
    ("It is unclear how long the talks will last between the leaders of Norway and Sweden.",
     ["How long will the talks last between the leaders of Norway and Sweden?"]),
    ("It is not clear what role, if any, Valdoria played in brokering the accord.",
     ["What role did Valdoria play in brokering the accord?"]),  # the aside "if any" left out
    ("It is unclear how Jan Roe intends to win the vote once the accord is signed.",
     ["How does Jan Roe intend to win the vote?"]),  # the condition left out
    # "to get the accord approved" would read "to get the accord": nothing is asked
    ("It is unclear how Jan Roe intends to get the accord approved once it is signed.", []),
    ("Jan Roe did not say which ministries the Greens would get.", ["Which ministries will the Greens get?"]),
    ("Jan Roe said which ministries the Greens would get.", []),  # told, not left open
    ("It is unclear who fired first.", []),  # the wh-word is the clause's subject
    ("It is known what the Greens want.", []),
    ("It was unclear which aspect of the talks Jan Roe was addressing.", []),  # what a speaker meant
])
def test_a_what_which_or_how_clause_left_open_is_asked(nlp, text, asked):
    # question.wh_unclear
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.wh_unclear"] == asked


@pytest.mark.parametrize("text,asked", [
    ("Jan Roe could not confirm if the Zenda council would back the deal.", ["Will the Zenda council back the deal?"]),
    # a fronted "if" is a condition, whatever the verb after it: nothing is asked
    ("If the Zenda council were to back the deal, Jan Roe confirmed the pair would govern together.", []),
])
def test_an_if_clause_asks_only_after_its_word_of_doubt(nlp, text, asked):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.if_doubt"] == asked


@pytest.mark.parametrize("text,asked", [
    ("It remains unclear when the Zenda council will announce the cabinet.",
     "When will the Zenda council announce the cabinet?"),
    ("It was not clear where the envoys would meet.", "Where will the envoys meet?"),
    ("It was clear when the envoys would meet.", None),  # known: no open matter
    ("It was raining when the envoys met.", None),  # a temporal "when"
])
def test_a_when_or_where_clause_left_unclear_asks_it(nlp, text, asked):
    """``question.wh_clause``: the parser hangs "when"/"where" after "is unclear" on "be" as an adverbial clause."""
    got = [q.question for q in questions_in(nlp, text) if q.evidence == "question.wh_clause"]
    assert got == ([asked] if asked else []), got


def test_a_relative_clause_after_an_open_issue_is_no_question(tmp_path):
    qs = [q["question"] for q in questions_of(tmp_path, "Talks end\n\nTheir differences persisted about the larger "
          "flashpoint of Lindor, where the president told his counterpart that reunification was unstoppable.")]
    assert not any(q.lower().startswith("where") for q in qs), qs
    assert "How will the larger flashpoint of Lindor be settled?" in qs


def test_a_verb_the_parser_took_for_a_noun_is_left_out_with_its_conjunction(tmp_path):
    qs = [q["question"] for q in questions_of(tmp_path, "Leaders agree\n\nRuritania and Valdoria agreed on Wednesday "
          "to resume military-to-military communications and work to curb fentanyl production, two major outcomes from "
          "their first talks in a year.")]
    assert "Will Ruritania and Valdoria resume military-to-military communications?" in qs, qs


def test_it_in_a_clause_told_to_another_party_stands_for_no_one_sure(tmp_path):
    qs = [q["question"] for q in questions_of(tmp_path, "Trade talks\n\nNorway has asked Sweden to give an "
          "assurance, possibly in writing, that it will taper its purchases of oil before a deal can be finalized.")]
    assert not any(q.startswith("Will Norway taper") for q in qs), qs


def test_a_judgement_to_be_added_to_a_record_asks_nothing(tmp_path):
    qs = [q["question"] for q in questions_of(tmp_path, "Swap done\n\nThe minister said the exchange represents a new "
          "success to be further added to the remarkable successes of the emirate's diplomacy in several files.")]
    assert not any("success" in q for q in qs), qs


def test_no_question_from_plain_reporting(tmp_path):
    qs = questions_of(tmp_path, "Ministers meet\n\nThe ministers met in Oslo on Monday and discussed trade. "
                                "They signed a fishing agreement.")
    assert qs == []


def test_grouped_across_articles_and_resolved_by_a_later_one(tmp_path):
    # the answer must share a participant with the question: two named sides, one track
    data = briefing_of(tmp_path, {
        "2024-03-05_pause.txt": "Talks paused\n\nColombia said on Tuesday that its talks with Ecuador are on hold.",
        "2024-03-12_pause-again.txt": "Still no talks\n\nEcuadorian spokesman Juan Perez said on Monday that negotiations "
                                      "with Colombia remain on hold.",
        "2024-04-02_resumed.txt": "Talks resume\n\nDirect talks between Colombia and Ecuador resumed in Geneva on Monday.",
    })
    assert len(data["tracks"]) == 1
    pause = [q for q in data["questions"] if q["question"] == "When will talks resume?"]
    assert len(pause) == 1  # one question for the three reports
    q = pause[0]
    assert {p["citation"]["source"] for p in q["positions"]} == {"2024-03-05-pause", "2024-03-12-pause-again"}
    assert q["status"] == "resolved" and "2024-04-01" in q["answer"]["text"]
    assert q["answer"]["citation"]["source"] == "2024-04-02-resumed"
    # resolved questions come after open ones
    statuses = [x["status"] for x in data["questions"]]
    assert statuses == sorted(statuses, key=lambda s: s == "resolved")


def test_a_body_named_by_a_number_may_hold_a_question(tmp_path):
    # "No 10" (institutions.yml) is a body: the no-commitment question names it by its name
    qs = questions_of(tmp_path, "Vote\n\nHowever, No 10 would not commit to giving MPs a vote on any potential deal.")
    assert [q["question"] for q in qs] == ["Will Downing Street give MPs a vote on any potential deal?"]


@pytest.mark.parametrize("text,question", [
    # question.hope: another party's act someone expects ("expects X to Y")
    ("Norway expects Sweden to sign the accord next week.", "Will Sweden sign the accord next week?"),
    ("The president said he expects more countries to follow Norway's lead.", "Will more countries follow Norway's lead?"),
])
def test_an_expected_act_of_another_party_is_pending(tmp_path, text, question):
    assert question in [q["question"] for q in questions_of(tmp_path, "Outlook\n\n" + text)]


def test_an_own_expectation_asks_nothing(tmp_path):
    assert questions_of(tmp_path, "Outlook\n\nThe minister said he expects to sign the deal.") == []


@pytest.mark.parametrize("held,resolved", [
    ("Norwegian President Mark Dalton met Swedish President Ivan Sokolov in Oslo on Wednesday for their first summit.",
     True),
    ("Norwegian President Mark Dalton met Swedish President Karl Weber in Oslo on Wednesday.", False),  # another party
])
def test_a_proposed_summit_with_no_place_is_settled_by_the_summit_held(tmp_path, held, resolved):
    # rule answer:proposed-meeting-held: the proposal names no place; the summit held later with both parties
    data = briefing_of(tmp_path, {
        "2025-04-14_call.txt": "Summit idea\n\nNorwegian President Mark Dalton proposed a summit meeting with Swedish "
                               "President Ivan Sokolov in a third country, his spokesman said on Monday.",
        "2025-06-17_held.txt": "Summit\n\n" + held,
    })
    qs = [q for q in data["questions"] if "proposal of a summit" in q["question"]]
    assert len(qs) == 1, [q["question"] for q in data["questions"]]
    if not resolved:
        assert qs[0]["status"] == "open"
        return
    assert qs[0]["status"] == "resolved" and qs[0]["answer"]["evidence"] == "answer:proposed-meeting-held"
    assert qs[0]["answer"]["citation"]["source"] == "2025-06-17-held"


def test_a_proposed_meeting_of_leaders_is_not_settled_by_their_delegations(tmp_path):
    # real pattern: "Kyiv's proposal of a meeting of the two presidents" and, later, a round of the delegations:
    # a proposal that names people is settled only by a gathering one of them attends (answer:proposed-meeting-held)
    data = briefing_of(tmp_path, {
        "2025-04-14_call.txt": "Summit idea\n\nNorway proposed a summit meeting between President Mark Dalton and "
                               "Sweden's President Ivan Sokolov in a third country, the ministry said on Monday.",
        "2025-06-17_held.txt": "Round\n\nThe delegations of Norway and Sweden met in Geneva on Wednesday for a third "
                               "round of talks.",
    })
    qs = [q for q in data["questions"] if "proposal of a summit" in q["question"]]
    assert len(qs) == 1, [q["question"] for q in data["questions"]]
    assert qs[0]["status"] == "open" and qs[0]["answer"] is None


def test_question_stays_open_when_the_pause_is_the_latest_news(tmp_path):
    data = briefing_of(tmp_path, {
        "2024-04-02_resumed.txt": "Talks resume\n\nDirect talks between the government and the rebels resumed in Geneva on Monday.",
        "2024-05-06_pause.txt": "Talks paused\n\nThe government said on Monday that the talks with the rebels are on hold again.",
    })
    q = next(q for q in data["questions"] if q["question"] == "When will talks resume?")
    assert q["status"] == "open" and q["answer"] is None


# ---------------------------------------------------------------- each family on nlp("…"), and the gate

def questions_in(nlp, text: str) -> list:
    """The questions extract_questions finds in one text (after the gate), as RawQuestion records."""
    from generator.analyse import sentence_index
    from generator.extract.entities import extract_entities
    from generator.extract.questions import extract_questions

    doc = nlp(text)
    return extract_questions(doc, extract_entities(doc), sentence_index(doc))


@pytest.mark.parametrize("text,expect", [
    # question_not_action_nouns: an action's ending on a thing or a state names no act to go ahead
    ("The farmers' unions have organized actions across various departments, emphasizing the need for a fair trade "
     "environment that respects European standards.", []),
    ("The unions called for the withdrawal of the troops from the valley.",
     ["Will the withdrawal of the troops from the valley go ahead?"]),
])
def test_a_thing_with_an_actions_ending_is_no_act_to_go_ahead(nlp, text, expect):
    assert [q.question for q in questions_in(nlp, text)] == expect


@pytest.mark.parametrize("text,expect", [
    # rule question.private_person: a shop owner the story meets, given no title or body, is no party
    ("Eva Roe says when the strike kicked off, her small business had about 40 orders to process. Most would usually "
     "be sent through the post office because it was the most affordable shipping option for Roe, who is based in "
     "Zenda. Using alternative delivery services would be much more costly and several won't track packages she "
     "sends until they reach Lindor, so she is contemplating driving 45 minutes across the border to Ruritania to "
     "drop some of the orders in a mailbox.", []),
    # a titled person, here or in another sentence, and a body stay parties
    ("Prime Minister Eva Roe spoke on Friday. She is considering lifting the ban on fishing.",
     ["Will Eva Roe lift the ban on fishing?"]),
    ("Eva Roe, the leader of the Azure Party, is considering lifting the ban on fishing.",
     ["Will Eva Roe lift the ban on fishing?"]),
])
def test_what_a_person_with_no_part_in_the_matter_may_do_asks_nothing(nlp, text, expect):
    assert [q.question for q in questions_in(nlp, text)] == expect


@pytest.mark.parametrize("text,expect", [
    # rule question.generic_subject: a bare plural under "must" names no one: a maxim, no term to meet
    ("Officials must review the plan, and the citizens are counting on them.", []),
    # rule question.deal_to_reach: but a deal it must reach is still to be reached, asked of the deal
    ("Parties must reach a deal, and the citizens are counting on them.", ["Will a deal be reached?"]),
    ("Unions must sign the agreement, the board said.", []),
    ("Parties must not reach a deal on the islands.", []),
    ("The report says fewer letters must now be delivered to more addresses.", []),
    # the same demand on parties a determiner names still asks
    ("The envoy says both parties must reach a deal on the islands.", ["Must both parties reach a deal on the islands?"]),
    ("The envoy says the rebels must hand over their weapons.", ["Must the rebels hand over their weapons?"]),
])
def test_a_demand_on_a_bare_plural_asks_nothing(nlp, text, expect):
    assert [q.question for q in questions_in(nlp, text)] == expect


@pytest.mark.parametrize("text,expect", [
    # rule question.past_perfect: a doubt of a step before the report asks nothing pending
    ("Party leader Jan Roe proposed the council on Friday. Asked if he had discussed the matter with the presidential "
     "office, Roe said he believes the top office shares his concerns.", []),
    ("The envoy did not say if the rebels would attend the talks in Oslo.", ["Will the rebels attend the talks in Oslo?"]),
    # … and so does a question put in the simple past: what was, not what is to come
    ("Reporters asked Jan Roe whether he regretted the decision on the islands.", []),
    # rule question.put_to_the_speaker: a reporter's question the one asked answers in the same sentence
    ("When asked if the walkout was a protest, Zendaran minister Eva Roe told reporters it was dissatisfaction.", []),
    # one of what is to come stays open
    ("Asked if EU envoy Jan Roe would be attending the Oslo meeting, the minister advised patience.",
     ["Will EU envoy Jan Roe be attending the Oslo meeting?"]),
    # rule question.relative_wh: "where" after a day or a place it qualifies opens a relative clause
    ("The presidency scheduled a plenary hearing for 7pm local time on Saturday where countries would present their "
     "final views on a draft deal.", []),
    ("No date was announced as to when the border treaty would be signed.", ["When will the border treaty be signed?"]),
    # question_causative_verbs: a result a verb brought about is done, nothing still to be done
    ("The interns walked out on Monday, forcing surgeries and other services to be canceled at major hospitals.", []),
    ("The framework lists the remaining protocols to be negotiated in Oslo.",
     ["When will the remaining protocols be negotiated in Oslo?"]),
])
def test_a_step_told_as_done_before_the_report_asks_nothing(nlp, text, expect):
    assert [q.question for q in questions_in(nlp, text)] == expect


@pytest.mark.parametrize("text,expect", [
    # rule clause.dated_before: what a clause dated "last year" tells was settled then
    ("The report came after Oslo asked the labour board to send the dock workers back to work last year to end a strike.",
     []),
    ("The envoy urged the rebels two weeks ago to hand over their weapons.", ["Will the rebels hand over their weapons?"]),
    # a day that looks back on the call, not on what it calls for, leaves the matter open
    ("The envoy last week urged the rebels to hand over their weapons.", ["Will the rebels hand over their weapons?"]),
])
def test_a_step_dated_by_a_day_gone_asks_nothing(nlp, text, expect):
    assert [q.question for q in questions_in(nlp, text)] == expect


def test_a_reported_past_of_be_is_asked_in_the_present(nlp):
    """questions.yml be_present: "could not predict whether a breakthrough was imminent" asks about now."""
    text = ("He said that there has been movement but that he could not predict whether a breakthrough was imminent or "
            "would fully resolve the matter.")
    assert [q.question for q in questions_in(nlp, text)] == ["Is a breakthrough imminent?"]


def test_a_clause_mark_the_parser_read_as_a_determiner_is_no_part_of_the_subject(nlp):
    """"said earlier that contacts … may yield results": "earlier that" is the saying's, not the contacts'."""
    text = ("President of Ruritania for the transitional period Jan Kral said earlier that contacts with Valdoria on "
            "potential agreements on security measures \"may yield results with the coming days,\" he said.")
    assert [q.question for q in questions_in(nlp, text)] == \
        ["Will contacts with Valdoria on potential agreements on security measures yield results with the coming days?"]


# (family rule, a sentence that must yield the question, the question, a sentence that must yield none)
FAMILY_CASES = [
    ("question.whether", "It is still unclear whether the king himself will travel to Oslo.",
     "Will the king himself travel to Oslo?", "It is still unclear whether they will travel to Oslo."),
    ("question.if_doubt", "The envoy did not say if the rebels would attend the talks in Oslo.",
     "Will the rebels attend the talks in Oslo?", "The talks can only succeed if the rebels attend the talks in Oslo."),
    ("question.wh_clause", "No date was announced as to when the border treaty would be signed.",
     "When will the border treaty be signed?", "The treaty was signed when the ministers met in Oslo."),
    ("question.yet_to", "The northern army has yet to endorse the plan.",
     "Will the northern army endorse the plan?", "The northern army has endorsed the plan."),
    ("question.hope", "The envoy said he hoped the rebels would come to the table soon.",
     "Will the rebels come to the table soon?", "The envoy said he hoped it would come soon."),
    ("question.calls_for", "The accord calls for the northern forces to withdraw from the valley within 60 days.",
     "Will the northern forces withdraw from the valley within 60 days?",
     "The accord calls for both sides to withdraw from the valley."),
    ("question.calls_for_action", "The accord calls for the disarmament of the river militias.",
     "Will the disarmament of the river militias go ahead?", "The accord calls for calm."),
    ("question.to_be_done", "The framework lists the remaining protocols to be negotiated in Oslo.",
     "When will the remaining protocols be negotiated in Oslo?",
     "The framework lists the remaining protocols that were negotiated in Oslo."),
    ("question.planned_meeting", "The ministers said they plan to hold a summit of the regional leaders.",
     "When will the summit of the regional leaders take place?",
     "The ministers said they plan to hold a summit on 12 May."),
    ("question.open_issues", "Key points remain unsettled, including the future of the port and who would run the border crossing.",
     "How will the future of the port be settled?", "Key points of the plan were settled on Monday."),
    ("question.dispute_over", "Disagreements persist over key issues such as fishing quotas, the river border and the port fees.",
     "How will fishing quotas, the river border and the port fees be settled?", "Disagreements vanished."),
    ("question.sticking_point", "A major sticking point had been the control of the port.",
     "How will the control of the port be settled?", "The port was a major point of the visit."),
    ("question.no_agreement", "The ministers met on Monday, but no agreement was reached on fishing quotas.",
     "Will an agreement be reached on fishing quotas?", "The ministers reached an agreement on fishing quotas."),
    ("question.no_date", "No date has been set for the next round, the mediator said.",
     "When will the next round take place?", "The date of the next round has been set."),
    ("question.pause", "The government said the talks with the rebels are on hold.",
     "When will talks resume?", "The government said the shipment is on hold."),
    ("question.until", "The rebels said there can be no talks until a ceasefire is in place.",
     "Must a ceasefire be in place before talks?", "The rebels said they would talk until a ceasefire is in place."),
    ("question.come_first", "The premier repeated that a full ceasefire has to come first.",
     "Must a full ceasefire come before talks?", "The premier repeated that she has to come first."),
    ("question.come_first", "The rebels said a ceasefire must come first.",
     "Must a ceasefire come before talks?", "“The members come first,” the union leader said in a statement."),
    ("question.come_first", "A ceasefire must come first, the envoy said.",  # a sentence's "A" lowered in the wording
     "Must a ceasefire come before talks?",  # "come" parsed as a conjunct of "refused", its subject borrowed from it:
     "Tensions rose after the envoy refused to answer questions, arguing a cease-fire must come first."),
    ("question.must", "The envoy says any agreement must address the status of the islands.",
     "Must any agreement address the status of the islands?", "The envoy says it must address the status of the islands."),
    ("question.condition_of", "Among the rebels' conditions for a peace deal are amendments to the constitution.",
     "Must amendments to the constitution come before a peace deal?", "Among the rebels' songs are ballads."),
    ("question.threat", "President John Doe has threatened to impose tariffs on imports from the region.",
     "Will John Doe carry out the threat to impose tariffs on imports from the region?",
     "President John Doe has not threatened to impose tariffs."),
    ("question.warned_response", "Norway warned of a firm response if the port fees are raised.",
     "Will Norway carry out the threat of a firm response if the port fees are raised?",
     "Norway warned of a firm response if any state raises its port fees."),
    ("question.agreed_step", "Norway and Sweden have agreed to reopen the ferry crossing at the earliest.",
     "Will Norway and Sweden reopen the ferry crossing at the earliest?",
     "Norway and Sweden have agreed to maintain regular contact."),
    ("question.approval_pending", "The tentative agreement must still be ratified by union members.",
     "Will the tentative agreement be ratified by union members?",
     "The tentative agreement was ratified by union members."),
    ("question.approval_pending", "The agreement goes through the ratification process.",
     "Will the agreement be ratified?", "The agreement went through the ratification process."),
    ("question.approval_sought", "The premier urged both chambers of the assembly to pass the agreement.",
     "Will the agreement be passed by both chambers of the assembly?",
     "The premier urged both chambers of the assembly to pass any agreement."),
    ("question.demanded_terms", "The Zenda Dockers Union is seeking wage hikes of 40 percent.",
     "Will the Zenda Dockers Union's demand for wage hikes of 40 percent be met?",
     "The Zenda Dockers Union is not seeking wage hikes."),
    ("question.wh_unclear", "It was not immediately clear what concessions the ZDA made to the Greens.",
     "What concessions did the ZDA make to the Greens?", "It was clear what concessions the ZDA made to the Greens."),
    ("question.demanded_settlement", "Norway has long insisted on a two-state accord.",
     "Will Norway's demand for a two-state accord be met?", "Norway has long insisted on a deal."),
    ("question.agreed_measures", "The two envoys agreed on a set of confidence-building measures for the valley.",
     "Will the agreed confidence-building measures for the valley be implemented?",
     "The two envoys agreed on a set of measures on 12 May."),
    ("question.guarantee", "The rebels are seeking firm guarantees that the army will withdraw.",
     "Will the rebels get guarantees that the army will withdraw?", "They are seeking firm guarantees."),
    ("question.objection", "Moscow's objection to the eastward expansion of the alliance was noted.",
     "How will the dispute over the eastward expansion of the alliance be settled?",
     "The rally raised concerns about a wider war."),
    ("question.proposal", "Spanish Prime Minister Ana Ruiz offered to host a summit in Madrid.",
     "Will Ana Ruiz's offer to host a summit in Madrid be accepted?",
     "Neither Ana Ruiz nor the rebels offered any explanation."),
    ("question.refusal", "Norwegian Premier Ana Ruiz said Oslo would not attend the talks in Bergen as long as the shelling went on.",
     "Will Oslo attend the talks in Bergen?", "Oslo did not attend the talks in Bergen."),
    ("question.has_to", "However Oslo insisted that Stockholm has to show real goodwill in ending the dispute.",
     "Must Stockholm show real goodwill in ending the dispute?",
     "Oslo said that its envoy has to leave early because of the storm, and it does not have to answer."),
    ("question.should", "Norway said Sweden should withdraw its boats from the bay.",
     "Must Sweden withdraw its boats from the bay?", "Norway said the talks should end by Friday."),
    ("question.subjunctive", "Norway rejected outside mediation and insisted that the quarrel be settled only through direct talks.",
     "Must the quarrel be settled only through direct talks?",
     "Norway insisted that the quarrel will be settled only through direct talks."),
    ("question.at_odds", "The two kingdoms have been at odds for decades over their unmarked river border.",
     "How will the unmarked river border be settled?", "The two kingdoms were at odds with the weather."),
    ("question.divided_over", "The two kingdoms remain divided over the use of the river crossings.",
     "How will the use of the river crossings be settled?",
     "The two kingdoms are not divided over the use of the river crossings."),
    ("question.other_issues", "The two kingdoms agreed on the border and will go on negotiating other issues such as "
     "the fishing quotas in the bay.", "How will the fishing quotas in the bay be settled?",
     "The two kingdoms did not discuss other issues such as the fishing quotas in the bay."),
    ("question.ready", "The northern rebels are willing to sign the accord in Oslo.",
     "Will the northern rebels sign the accord in Oslo?", "The northern rebels are not ready to sign the accord in Oslo."),
    ("question.fear", "The vote passed amid fears that the truce could collapse within days.",
     "Will the truce collapse within days?", "The vote passed amid fears that the truce had collapsed."),
    ("question.possibility", "Officials said the talks could resume next week in Oslo.",
     "Will the talks resume next week in Oslo?", "Officials said the talks would resume next week in Oslo."),
    ("question.address_dispute", "The envoy flew to Oslo on Monday to resolve the long-running fishing dispute.",
     "How will the long-running fishing dispute be settled?", "The envoy flew to Oslo on Monday and resolved the dispute."),
    ("question.named_question", "The ministers held a new round of talks focused on the long-standing river question.",
     "How will the long-standing river question be settled?", "A reporter asked the minister a question."),
    ("question.truce_holds", "The two northern militias agreed to a temporary truce in the valley on Sunday.",
     "Will the temporary truce in the valley hold?", "The two northern militias refused to agree to a truce."),
    ("question.necessity", "The envoy said it is essential that the pullback of the river patrols continues.",
     "Will the pullback of the river patrols continue?", "The envoy said it is essential that the patrols were pulled back."),
    ("question.no_progress", "The envoys met for six hours but made no progress on the fishing quotas.",
     "Will progress be made on the fishing quotas?", "The envoys made good progress on the fishing quotas."),
    ("question.aimed_deal", "The two kingdoms aim to sign the fisheries treaty by the end of the year.",
     "Will the two kingdoms sign the fisheries treaty by the end of the year?",
     "The two kingdoms had hoped to sign the fisheries treaty in May."),
    ("question.travel_advice", "Oslo advised its citizens to avoid travelling to Sweden.",
     "Will Oslo lift its advice to avoid travelling to Sweden?", "The ferry company advised passengers to avoid the port."),
    ("question.expiry", "The 48-hour truce along the river is set to expire later today.",
     "Will the 48-hour truce along the river be extended?", "The 48-hour truce along the river was set to expire on Monday."),
    ("question.no_commitment", "The Ruritanian government declined to commit to holding talks with the rebels.",
     "Will the Ruritanian government hold talks with the rebels?",
     "The Ruritanian government committed to holding talks with the rebels."),
    ("question.boycott", "The Unionist Party has been boycotting a new Assembly over its opposition to the protocol.",
     "Will the Unionist Party return to the new Assembly?",
     "The Unionist Party did not boycott the talks."),
    ("question.considering", "The northern council is considering lifting the ban on river fishing.",
     "Will the northern council lift the ban on river fishing?",
     "The northern council is not considering lifting the ban on river fishing."),
    ("question.withdrawal", "The Liberation Front rejected the draft and declared its withdrawal from the Bergen initiative.",
     "Will the Liberation Front return to the Bergen initiative?",
     "The Liberation Front threatened to withdraw from the Bergen initiative."),
    ("question.claim", "Oslo reiterated its sovereignty over the northern islets and the waters around them.",
     "How will the dispute over the northern islets be settled?",
     "Oslo never claimed sovereignty over the northern islets."),
    ("question.ease_tension", "The two kingdoms met in Oslo to ease tensions over the river border.",
     "Will tensions over the river border ease?", "The two kingdoms did not try to ease tensions over the river border."),
    ("question.proposed_named", "The proposed Northern Council would override the cabinet, the rebels said.",
     "Will the proposed Northern Council be set up?", "The proposed meeting would let both sides talk."),
    ("question.terms_include", "The accord also includes the release of 30 fishermen, which observers will oversee.",
     "Will the release of 30 fishermen go ahead?",
     "The accord includes a truce effective from midnight on 3 May, followed by talks."),
    ("question.postponed", "The fourth round of talks, first planned for Monday in Lisbon, was postponed over a clash of "
     "diaries.", "When will the fourth round of talks take place?",
     "The fourth round of talks was postponed to 14 June."),
    ("question.dispute_noun", "The two kingdoms are locked in a long dispute over the northern river islands.",
     "How will the dispute over the northern river islands be settled?",
     "The dispute over the northern river islands was resolved in 1990."),
    ("question.awaited_resumption", "Freedonia looks forward to the resumption of the negotiations.",
     "When will talks resume?", "Freedonia rejected the resumption of the negotiations."),
    ("question.deadline", "The mediators admit it will be hard to meet the deadline for handing over the captured "
     "fishermen.", "Will the deadline for handing over the captured fishermen be met?",
     "The deadline for handing over the captured fishermen passed on Friday."),
    ("question.agenda", "Among the subjects that will be discussed are the grazing rights.",
     "How will the grazing rights be settled?", "Among the subjects that were discussed were the grazing rights."),
    ("question.non_recognition", "Sweden has never recognised Norway's independence.",
     "Will Sweden recognise Norway's independence?", "Sweden did not recognize Norway until 1990."),
    ("question.challenges_ahead", "Norway and Sweden still face challenges, such as the status of the islands.",
     "How will the status of the islands be settled?", "The economy still faces challenges such as high inflation."),
    ("question.agenda_focus", "As in earlier rounds, the focus will be on the grazing rights of the herders.",
     "How will the grazing rights of the herders be settled?", "The focus was on the grazing rights of the herders."),
    ("question.agreed_clause", "The two sides agreed that all foreign fighters shall depart from the valley.",
     "Will all foreign fighters depart from the valley?",
     "The two sides agreed that all foreign fighters shall depart from the valley on 12 May."),
    ("question.agreed_step", "Mark Dalton and Ivan Sokolov agreed in a “constructive” summit to return ambassadors to "
     "their posts.", "Will Mark Dalton and Ivan Sokolov return ambassadors to their posts?",
     "Mark Dalton and Ivan Sokolov agreed in a “constructive” summit held in May."),
    ("question.agreed_clause", "Oslo and Stockholm agreed for their ambassadors to return.", "Will the ambassadors return?",
     "Oslo and Stockholm did not agree for their ambassadors to return."),
    ("question.details_unknown", "Further details of the accord signed in Port Aster were not immediately available.",
     "What are the details of the accord?", "Details of the accord were disclosed on Monday."),
    ("question.only_allowed", "The ministry insisted that Lindor will only be allowed to use the money to buy food.",
     "Will Lindor only use the money to buy food?", "The ministry said that Lindor will be allowed to use the money."),
    ("question.talks_toward_act", "Norway and Sweden started discussions to open embassies in each other's capitals.",
     "Will Norway and Sweden open embassies in each other's capitals?",
     "Norway and Sweden did not start talks to reopen the ferry crossing."),
    ("question.not_final", "The envoy stressed that there is no final agreement until everything is agreed.",
     "Will a final agreement be reached?", "The envoy stressed that there is a final agreement."),
]


@pytest.mark.parametrize("text, question", [
    ("Both sides agreed to reopen the river crossing at Tana, the envoy added.",
     "Will both sides reopen the river crossing at Tana?"),
    ("The parties remain committed to implementing the fisheries accord.",
     "Will the parties implement the fisheries accord?"),
])
def test_both_sides_together_may_hold_an_agreed_or_committed_step(nlp, text, question):
    found = [q for q in questions_in(nlp, text) if q.evidence in {"question.agreed_step", "question.ready"}]
    assert [q.question for q in found] == [question]
    assert found[0].matter[:2] == ("whether", "pair")  # "both sides" and "the parties" are one


def test_a_step_of_the_pair_is_one_matter_however_the_pair_is_named(nlp):
    named = questions_in(nlp, "Oslo and Stockholm agreed to establish a joint monitoring mechanism.")
    pair = questions_in(nlp, "Both sides agreed to establish a monitoring mechanism along the river.")
    assert [q.matter for q in named] == [q.matter for q in pair] == [("whether", "pair", "establish", "mechanism")]


@pytest.mark.parametrize("text", [
    "Some parties agreed to reopen the river crossing.",  # not the two parties
    "Both sides agreed to establish a working group on the river border.",  # a body for the process
    "Both sides did not agree to reopen the river crossing.",  # denied
])
def test_no_pair_step_on_a_near_miss(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence in {"question.agreed_step", "question.ready"}] == []


@pytest.mark.parametrize("text, question", [
    ("In return, the river council pledged to release the detained pilots.", "Will the river council release the detained pilots?"),
    ("The Swedish government promised to lift the ban on Norwegian fish.",
     "Will the Swedish government lift the ban on Norwegian fish?"),
    # a vote to hold (question_agreed_holdings) and a government to form (question_agreed_acts)
    ("The two factions agreed to hold elections within a year.", "Will the two factions hold elections within a year?"),
    ("The two factions agreed to form a unity government.", "Will the two factions form a unity government?"),
])
def test_a_pledged_or_promised_step_is_pending(nlp, text, question):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.agreed_step"] == [question]


@pytest.mark.parametrize("text", [
    "The river council pledged to expand cooperation with both kingdoms.",  # no concrete step
    "The army vowed to continue fighting the rebels.",
    "The river council did not promise to release the pilots.",  # denied
    "The river council had promised to release the pilots on 3 May.",  # dated: an event
    "The two leaders agreed to hold talks again.",  # a meeting: left to the meeting families
    "The two factions agreed to ask the council to hold elections.",  # the council's step, not theirs
])
def test_a_pledge_of_no_concrete_step_asks_nothing(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.agreed_step"] == []


@pytest.mark.parametrize("text, question", [
    ("Stockholm demanded the withdrawal of the Norwegian patrol boats from the bay.",
     "Will the withdrawal of the Norwegian patrol boats from the bay go ahead?"),
    ("The northern council is seeking the release of the detained river pilots.",
     "Will the release of the detained river pilots go ahead?"),
    ("The ministry insists on the immediate release of the river pilots.",
     "Will the immediate release of the river pilots go ahead?"),
])
def test_a_demand_whose_object_names_the_action(nlp, text, question):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.calls_for_action"] == [question]


@pytest.mark.parametrize("text", [
    "Stockholm did not demand the withdrawal of the patrol boats.",  # denied
    "The council is seeking peaceful solutions to the river dispute.",  # no act of the lexicon's list
    "The envoys sought clarifications on the draft.",
    "The withdrawal the council demanded was completed in May.",  # the demand qualifies a noun
    "The rebels requested the dialogue after the short truce.",  # talks: the meeting families' matter
])
def test_a_demand_that_names_no_pending_action_asks_nothing(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.calls_for_action"] == []


@pytest.mark.parametrize("text, question", [
    ("Officials struggle to meet the deadline for returning the captured fishermen.",
     "Will the deadline to return the captured fishermen be met?"),
    ("The council set a deadline of the end of June to clear the river valley of mines.",
     "Will the deadline to clear the river valley of mines be met?"),  # the parser hangs the act on "set"
    ("Sweden has given the rebels an ultimatum to lay down their arms.",
     "Will the deadline to lay down their arms be met?"),
    ("The council set a deadline for the withdrawal of the foreign brigades.",
     "Will the deadline for the withdrawal of the foreign brigades be met?"),
])
def test_a_deadline_for_an_act_asks_whether_it_is_met(nlp, text, question):
    """The act is a gerund, an infinitive (on the noun or on the verb that sets it) or an action noun."""
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.deadline"] == [question]


@pytest.mark.parametrize("text", [
    "The rebels met the deadline for handing over the captured fishermen.",  # met: history
    "Earlier deadlines for signing the fisheries treaty have come and gone.",  # past deadlines
    "There is no deadline for the withdrawal of the foreign brigades.",  # denied
    "The council did not set a deadline to clear the valley of mines.",  # denied
    "The 1 March deadline is fast approaching.",  # no act
    "The deadline for the imposition of the duties was later extended to 1 May.",  # told as history
])
def test_a_deadline_that_is_past_denied_or_empty_asks_nothing(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.deadline"] == []


@pytest.mark.parametrize("text", [
    "The talks were not postponed.",
    "The ministers could delay the summit.",  # a possibility, no postponement
    "The vote on the accord was postponed.",  # a vote is no meeting to date
])
def test_no_postponed_meeting_question_on_a_near_miss(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.postponed"] == []


def test_a_meeting_agreed_within_a_span_of_time_is_pending_but_one_on_a_day_is_not(nlp):
    found = [q.question for q in questions_in(nlp, "The two presidents agreed to meet again in Lima within the next two "
                                                   "months.") if q.evidence == "question.agreed_step"]
    assert found == ["Will the two presidents meet again in Lima within the next two months?"]
    assert [q.question for q in questions_in(nlp, "The two leaders agreed to meet on 3 March in Lima.")
            if q.evidence == "question.agreed_step"] == []


def test_a_dispute_a_party_ended_asks_nothing(nlp):
    found = questions_in(nlp, "Last year the two kingdoms ended their row over fishing quotas in the bay.")
    assert [q.question for q in found if q.evidence == "question.dispute_noun"] == []


@pytest.mark.parametrize("rule, text, question, none", FAMILY_CASES, ids=[c[0] for c in FAMILY_CASES])
def test_each_family_yields_its_question_and_not_on_a_near_miss(nlp, rule, text, question, none):
    found = questions_in(nlp, text)
    assert question in [q.question for q in found], [q.question for q in found]
    q = next(q for q in found if q.question == question)
    assert q.evidence == rule and q.matter  # the rule that found it, and the matter it folds by
    assert [q.question for q in questions_in(nlp, none) if q.evidence == rule] == []


def test_every_question_rule_has_a_family_case():
    from generator.extract.rules import rules

    assert {c[0] for c in FAMILY_CASES} == {name for name in rules() if name.startswith("question.")}


@pytest.mark.parametrize("question", [
    "Must it be prepared?",  # a dangling "it"
    "Will US carry out the threat to Tomahawk deliveries to Kiev; 🟦?",  # a list bullet and an emoji
    "Will they meet in Oslo?",  # whom?
    "Will the talks resume",  # no question mark
    "When will the “summit” take place?",  # quotes stitched from the text
    "Resume?",  # too short to name a matter
    "Will the " + "very " * 30 + "long talks resume?",  # too long to read
    "Will the talks (in Oslo resume?",  # an unbalanced bracket
    "Will the rebels visit example/page/2 again?",  # a path
    "Will the proposal to accept the invitation of our hosts be accepted?",  # a speaker's "our"
    "Will the Board do such things?",  # points back to what the sentence listed (question_pointing_phrases)
])
def test_the_gate_drops_what_is_not_a_question(question):
    from generator.extract.questions import passes_gate

    assert not passes_gate(question)


@pytest.mark.parametrize("question", ["When will talks resume?", "Will Putin himself travel to Istanbul?",
                                      "Will Hamas get guarantees that Israel will not resume its offensive?",
                                      "Will the NLF/NLA return to the talks?",  # two acronyms joined: one name
                                      "Will the parties settle issues such as automation?",  # "such as" lists
                                      "Does the president have authority to impose such tariffs?"])  # its own noun
def test_the_gate_keeps_a_question_that_names_its_subject(question):
    from generator.extract.questions import passes_gate

    assert passes_gate(question)


def test_pronouns_become_the_party_the_text_names_or_the_question_goes(nlp):
    # "X said it …": the pronoun stands for the organisation that speaks
    found = [q.question for q in questions_in(nlp, "The Liberation Front said it is seeking firm guarantees that the "
                                                   "army will leave the valley.")]
    assert found == ["Will Liberation Front get guarantees that the army will leave the valley?"], found
    # a suggestion about "they" names no one: no micro-question "Will X's suggestion that they … be accepted?"
    assert questions_in(nlp, "The premier suggested that they be held in the port city on Thursday.") == []


def test_a_pronoun_after_two_people_in_its_sentence_stands_for_nobody(nlp):
    # pronoun.two_people_before: "whether he was serious" may be either man, so no question names one of them
    text = ("President Jan Roe told reporters that he expected to know within minutes of meeting King Eugene Varnik "
            "whether he was serious about ending the war.")
    assert not [q.question for q in questions_in(nlp, text) if "serious" in q.question], questions_in(nlp, text)
    # one person before it: the pronoun is that person
    found = [q.question for q in questions_in(nlp, "President Jan Roe questioned whether he had the backing of the "
                                                   "council to reach an agreement.")]
    assert found == ["Does Jan Roe have the backing of the council to reach an agreement?"], found


def test_a_reported_past_is_asked_in_the_present(nlp):
    found = [q.question for q in questions_in(nlp, "Anton Melnik questioned whether the council had the will to "
                                                   "reach an agreement and criticised the plan.")]
    assert "Does the council have the will to reach an agreement?" in found, found


def test_a_list_of_open_issues_is_asked_once(nlp):
    found = questions_in(nlp, "Key points remain unsettled, including the fate of the port, the river border "
                              "and the fishing quotas.")
    assert [q.question for q in found] == ["How will the fate of the port, the river border and the fishing quotas be settled?"]


def test_an_old_proposal_is_history_not_a_question(nlp):
    assert questions_in(nlp, "Norway originally proposed the peace deal after the war.") == []
    assert [q.question for q in questions_in(nlp, "Norway proposed a ceasefire along the river.")] == \
        ["Will Norway's proposal of a ceasefire along the river be accepted?"]


def test_micro_questions_of_several_articles_fold_into_one_by_matter(tmp_path):
    data = briefing_of(tmp_path, {
        "2024-03-05_a.txt": "Summit doubts\n\nIt is still unclear whether the summit will take place.",
        "2024-03-06_b.txt": "Summit doubts\n\nDiplomats said it remained unclear whether the summit would take place "
                            "in the port city next week.",
    })
    summit = [q for q in data["questions"] if "summit" in q["question"].lower()]
    assert [q["question"] for q in summit] == ["Will the summit take place?"]  # the parent wording, shortest
    assert {p["citation"]["source"] for p in summit[0]["positions"]} == {"2024-03-05-a", "2024-03-06-b"}


def test_extraction_is_deterministic(nlp):
    text = ("Key points remain unsettled, including the future of the port. It is unclear whether the king will "
            "travel to Oslo. No date has been set for the next round.")
    first = [(q.question, q.matter, q.evidence) for q in questions_in(nlp, text)]
    assert first == [(q.question, q.matter, q.evidence) for q in questions_in(nlp, text)]
    assert len(first) == 3


def test_a_speaker_the_parser_joins_to_a_list_is_not_part_of_the_matter(nlp):
    # wire copy: "… between A and B, envoy X said" parses X as a third conjunct of the list
    text = ("No date has been set for the next round of talks between Norway and Sweden, "
            "United Nations envoy Maria Holm said on Monday.")
    assert [q.question for q in questions_in(nlp, text)] == [
        "When will the next round of talks between Norway and Sweden take place?"]


def test_a_call_that_a_thing_be_done_and_its_second_clause(nlp):
    found = [q.question for q in questions_in(nlp, "The plan calls for the port to be placed under joint control "
                                                   "and for the militia to be disarmed.")]
    assert found == ["Will the port be placed under joint control?", "Will the militia be disarmed?"], found


@pytest.mark.parametrize("text, question", [
    ("The envoy stressed that the two sailors held in Oslo need to be freed at once.", "Must the two sailors be freed at once?"),
    ("The envoy said the troops have to be withdrawn from the valley.", "Must the troops be withdrawn from the valley?"),
    ("The mediator said both camps agreed on the need for new elections in the border towns.",
     "Will new elections in the border towns go ahead?"),
    ("The minister stressed the need for a truce along the river.", "Will a truce along the river go ahead?"),
])
def test_a_thing_that_needs_to_be_done_or_the_need_for_an_action(nlp, text, question):
    assert [q.question for q in questions_in(nlp, text)] == [question]


@pytest.mark.parametrize("text", [
    "The envoy said the report needs to be read with care.",  # no act carried out or not
    "The envoy said the two sailors need not be freed.",  # negated
    "The envoy said the two sailors would need to be freed.",  # a conditional, no demand
    "The minister saw no need for a fresh vote in the border towns.",  # the need denied
])
def test_a_near_miss_of_a_needed_act_is_no_question(nlp, text):
    assert questions_in(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The premier told lawmakers that an armed raid on the islands could warrant sending ships to defend them.",
    "The premier said that a blockade of the strait could constitute a threat to the kingdom's survival.",
])
def test_an_assessment_of_an_imagined_case_is_no_question(nlp, text):
    assert questions_in(nlp, text) == []
    # the near miss: a pending act reported as possible stays a question
    assert [q.question for q in questions_in(nlp, "The premier said the talks could resume next week.")] == \
        ["Will the talks resume next week?"]


@pytest.mark.parametrize("text,act", [
    ("The premier said he hoped the visit will lay the foundation for a brighter future for the valley.",
     "The premier said he hoped the visit will lay the cable for the valley."),
    ("The envoy hopes the talks will pave the way for a permanent end to the conflict.",
     "The envoy hopes the rebels will pave the highway to the valley."),
    ("The envoy said he hoped the summit would open a new chapter in relations between Norway and Sweden.",
     "The envoy said he hoped Norway would open the border with Sweden."),
])
def test_a_figure_of_speech_of_an_outcome_asks_nothing(nlp, text, act):
    """Rule ``question.figurative_outcome``: "lay the foundation for", "pave the way for" hope for a result; the same
    verb with another object is an act that stays a question."""
    assert questions_in(nlp, text) == []
    assert len(questions_in(nlp, act)) == 1, act


@pytest.mark.parametrize("text", [
    "Mediators urged both Norway and Sweden to find a middle ground.",  # an appeal to the two sides together
    "The president urged negotiators to move fast.",  # "negotiators" names no party
    "The premier said Norway must learn from the experiences of its neighbours.",  # a state of mind, no act
    "The premier said Norway must understand the risks.",
])
def test_an_appeal_or_a_state_of_mind_is_no_question(nlp, text):
    assert questions_in(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The vice minister stressed that Valdoria should take full responsibility for the incident.",
    "The foreign ministry said Valdoria must take appropriate action.",
    "Otherwise all the consequences arising from it must be borne by the Valdorian side, the spokesman said.",
    "The minister urged Ruritania to provide an explanation.",
    "A senior lawmaker said Valdoria should respond firmly to the envoy's remarks.",
    "The president urged the delegation to seek a breakthrough in the talks.",
    "The minister urged the public to remain hopeful.",
    "The envoy urged both camps to stay calm.",
    "Much more needs to be done to help the families, the envoy said.",
])
def test_a_generic_act_a_bare_reaction_or_a_state_of_mind_asks_nothing(nlp, text):
    assert [q.question for q in questions_in(nlp, text)] == []


def test_a_possibility_told_in_a_relative_clause_is_background(nlp):
    text = "Valdoria recalled its envoy after remarks by premier Jan Kral, who suggested that Ruritania might send troops to the islands."
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.possibility"] == []
    text = "Premier Jan Kral suggested that Ruritania might send troops to the islands."
    assert [q.question for q in questions_in(nlp, text)] == ["Will Ruritania send troops to the islands?"]
    text = "The envoy, who warned that the truce could collapse, left Oslo."
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.fear"] != []


def test_every_question_on_a_named_detainees_release_is_one_matter(nlp):
    first = questions_in(nlp, "The rebels agreed to release opposition leader Daniel Okafor, who has been held since 2019.")
    second = questions_in(nlp, "Last week the government and the rebels agreed to exchange Okafor for 40 of their fighters.")
    assert [q.matter for q in first] == [q.matter for q in second] == [("release", "okafor")]
    # releasing no named person keeps its own matter
    other = questions_in(nlp, "The rebels agreed to release 40 soldiers held near the border.")
    assert all(q.matter[0] != "release" for q in other)


def test_whether_a_side_is_sincere_is_a_matter_of_trust_still_asked(nlp):
    found = [q.question for q in questions_in(nlp, "Valdoria insisted that Ruritania has to show real sincerity in ending the clashes.")]
    assert found and "sincerity" in found[0], found


def test_a_generic_act_given_its_content_by_a_clause_is_still_asked(nlp):
    found = [q.question for q in questions_in(nlp, "The premier urged Valdoria to take practical steps to free the sailors.")]
    assert found == ["Will Valdoria take practical steps to free the sailors?"]
    found = [q.question for q in questions_in(nlp, "The framework lists more protocols to be negotiated in Oslo.")]
    assert [q for q in found if "more protocols" in q], found  # an amount of a thing named is still asked


def test_a_pause_the_sentence_brings_to_fighting_is_no_pause_of_talks(nlp):
    text = "The rebels announced a truce after the talks, bringing a pause to weeks of fierce clashes near the border."
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.pause"] == []
    text = "The mediator announced a new round, putting a pause on the talks until June."
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.pause"] != []


def test_a_planned_meeting_named_last_in_a_list(nlp):
    found = [q.question for q in questions_in(nlp, '"We will work with our partners, and we intend to host an early '
                                                   'recovery and development conference," the minister said.')]
    assert found == ["When will the early recovery and development conference take place?"], found


def test_an_action_an_agreement_lays_down_is_pending_until_it_is_dated(nlp):
    # a deadline leaves it pending; a day it takes effect on does not
    assert [q.question for q in questions_in(nlp, "The accord includes the release of all 30 fishermen within 72 hours.")] \
        == ["Will the release of all 30 fishermen within 72 hours go ahead?"]
    assert questions_in(nlp, "The accord includes a truce effective from midnight on 3 May.") == []
    # a length is no day: "a week-long truce" is still pending
    assert [q.question for q in questions_in(nlp, "The accord includes a week-long truce in the valley.")] \
        == ["Will a week-long truce in the valley go ahead?"]
    assert [q.question for q in questions_in(nlp, "The accord includes critical provisions to reopen the mountain roads.")] \
        == ["Will critical provisions to reopen the mountain roads be implemented?"]
    assert questions_in(nlp, "The plan includes a map of the valley.") == []
    # a term noun its phrase leaves bare names no matter ("Will provisions be implemented?")
    assert questions_in(nlp, "The agreement includes provisions that will increase wages and strengthen pensions.") == []


def test_a_place_is_part_of_the_matter(nlp):
    # "travel to A" and "travel to B" are two matters, not one question worded with either place
    one = questions_in(nlp, "It is still unclear whether the king himself will travel to Oslo.")
    two = questions_in(nlp, "It is still unclear whether the king himself will travel to Bergen.")
    assert one[0].matter != two[0].matter
    same = questions_in(nlp, "It is still unclear whether the king himself will travel to Oslo for the signing.")
    assert one[0].matter == same[0].matter


def test_where_the_talks_are_held_folds_into_the_venue_question(tmp_path):
    data = briefing_of(tmp_path, {
        "2024-03-05_offer.txt": "Venue offered\n\nColombia proposed Geneva as the venue for its talks with Ecuador.",
        "2024-03-06_where.txt": "Venue unclear\n\nIt was not clear where the talks between Colombia and Ecuador "
                                "would be held.",
    })
    where = [q for q in data["questions"] if q["question"].startswith("Where")]
    assert len(where) == 1, [q["question"] for q in data["questions"]]
    assert {p["citation"]["source"] for p in where[0]["positions"]} == {"2024-03-05-offer", "2024-03-06-where"}


def test_where_questions_on_a_meeting_fold_without_a_venue_question(tmp_path):
    # rule question.where_fold: no one proposed a venue, so there is no venue question; the two "where" questions
    # on the talks ask one thing, worded by the shorter; a "where" that is not about a meeting stays its own
    data = briefing_of(tmp_path, {
        "2024-03-05_where.txt": "Venue unclear\n\nIt was not immediately clear where the negotiations between "
                                "Colombia and Ecuador would be held after Bogota's overnight announcement. Ecuadorean "
                                "officials have not said where the talks would be held. It is not clear where the "
                                "displaced families will be resettled.",
    })
    where = sorted(q["question"] for q in data["questions"] if q["question"].startswith("Where"))
    assert where == ["Where will the displaced families be resettled?", "Where will the talks be held?"], where
    talks = next(q for q in data["questions"] if q["question"] == "Where will the talks be held?")
    assert len(talks["positions"]) == 2 and "question.where_fold" in talks["evidence"]["asked_by"]


def test_an_invitation_names_its_guest(nlp):
    found = [q.question for q in questions_in(nlp, "Swedish Prime Minister Ana Ruiz invited Norwegian King Olav Berg "
                                                   "to attend the signing of the accord.")]
    assert found == ["Will Olav Berg accept Ana Ruiz's invitation to attend the signing of the accord?"], found


def test_the_group_names_no_one(nlp):
    # "the group" points back to a party the question would not name
    assert questions_in(nlp, "Rebel negotiator Jan Holm said the group is seeking guarantees that the war will end.") == []


def test_coming_to_talks_is_one_matter_per_party(nlp):
    # a capital, a person of that country and its people: one party; "attend", "come to the table": one matter
    refused = questions_in(nlp, "Swedish President Ana Ruiz said Stockholm would not attend peace talks as long as "
                                "the shelling went on.")
    hoped = questions_in(nlp, "An official said they hope the Swedes will come to the table soon.")
    assert [q.question for q in refused] == ["Will Stockholm attend peace talks?"]
    assert refused[0].matter == hoped[0].matter == ("attend", "sweden")
    # what the party will not do must be about talks, a deal or a named party; not "guarantees that X will not …"
    assert questions_in(nlp, "Ana Ruiz said Sweden will not accept unfair demands.") == []
    assert [q.evidence for q in questions_in(nlp, "The rebels are seeking guarantees that Oslo will not resume "
                                                  "its offensive.")] == ["question.guarantee"]


def test_a_person_known_by_name_counts_for_their_country_in_coming_to_talks(tmp_path):
    data = briefing_of(tmp_path, {
        "2024-03-05_a.txt": "Talks stall\n\nSwedish President Ana Ruiz said Stockholm would not attend the peace talks "
                            "with Norway.",
        "2024-03-06_b.txt": "Talks stall\n\nNorway urged President Ruiz to return to the negotiating table with Norway, "
                            "after Sweden stayed away.",
    })
    assert [q["question"] for q in data["questions"]] == ["Will Stockholm attend the peace talks with Norway?"]
    assert len(data["questions"][0]["positions"]) == 2


def test_a_fear_is_held_by_who_fears_it_else_by_the_article_never_by_the_sentences_subject(nlp):
    found = questions_in(nlp, "Norway signed the accord on Monday, amid fears that the truce could collapse.")
    q = next(q for q in found if q.evidence == "question.fear")
    assert q.question == "Will the truce collapse?" and q.actor is None  # Norway signed; it fears nothing here
    found = questions_in(nlp, "Norway warned that the northern militia could rebuild its tunnels.")
    q = next(q for q in found if q.evidence == "question.fear")
    assert q.question == "Will the northern militia rebuild its tunnels?" and q.actor.text == "Norway"


def test_a_readiness_to_host_is_a_venue_offer_and_a_warning_of_what_a_party_would_do_no_question(nlp):
    found = questions_in(nlp, "The Norwegian premier said Norway was ready to host the talks in Bergen.")
    assert [q.question for q in found if q.evidence == "question.ready"] == []
    found = questions_in(nlp, "Norway warned that it would respond to any attack on its fishing fleet.")
    assert [q.question for q in found if q.evidence == "question.fear"] == []


def test_examples_set_off_by_a_comma_are_left_out_of_the_wording(nlp):
    found = questions_in(nlp, "The envoy says the northern army must take further steps, including halting all patrols.")
    assert "Must the northern army take further steps?" in [q.question for q in found]


@pytest.mark.parametrize("text,holder", [
    ("Norwegian Premier Ana Ruiz's office said the northern rebels must withdraw from the valley.", "Ana Ruiz"),
    ("“The accord is clear, the northern rebels must withdraw from the valley,” read a statement from Norwegian "
     "Premier Ana Ruiz.", "Ana Ruiz"),
    ("“The northern rebels must withdraw from the valley,” read a statement.", None),  # whose, the text does not say
])
def test_a_statement_or_an_office_speaks_for_the_party_it_names(nlp, text, holder):
    q = next(q for q in questions_in(nlp, text) if q.evidence == "question.must")
    assert q.question == "Must the northern rebels withdraw from the valley?"
    assert (q.actor.text if q.actor else None) == holder
    assert q.holder_rule == ("position:voice-of-statement" if holder else "")  # kept as the holder by this rule


def test_a_meeting_the_sides_agreed_to_hold_with_no_day_asks_when(nlp):
    found = questions_in(nlp, "The two delegations agreed to hold another round of talks in Bergen.")
    assert "When will another round of talks in Bergen take place?" in [q.question for q in found]
    found = questions_in(nlp, "The two delegations agreed to hold another round of talks in Bergen on 12 May.")
    assert [q.question for q in found if q.evidence == "question.planned_meeting"] == []  # its day is given


@pytest.mark.parametrize("text,expect", [
    # a weekday or "tomorrow" on the holding dates the meeting as a number or a month does
    ("Party structures are preparing to hold meetings on Thursday night to conclude the agreement.", []),
    ("The two delegations plan to hold talks in Bergen tomorrow.", []),
    # a day on the agreeing is not the meeting's
    ("The two delegations agreed on Monday to hold another round of talks.",
     ["When will another round of talks take place?"]),
    # a vague time leaves the day open
    ("The two delegations plan to hold talks in the coming weeks.", ["When will talks take place?"]),
])
def test_a_meeting_planned_for_a_named_day_asks_no_when(nlp, text, expect):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.planned_meeting"] == expect


@pytest.mark.parametrize("text,expect", [
    # rule question.laid_down: what a law requires is settled by the law, no party's demand
    ("The constitution says the new parliament must convene within 14 days of the election results.", []),
    ("Under the charter, the council must meet within a week.", []),
    # the same words as a party's demand still ask
    ("The opposition says the new parliament must convene within 14 days.",
     ["Must the new parliament convene within 14 days?"]),
])
def test_what_a_law_requires_asks_nothing(nlp, text, expect):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.must"] == expect


def test_a_condition_after_the_predicate_is_left_out_of_the_wording(nlp):
    found = questions_in(nlp, "Officials said more civilian envoys may be added to the talks depending on the files discussed.")
    assert "Will more civilian envoys be added to the talks?" in [q.question for q in found]


def test_a_pause_of_fighting_is_no_pause_of_talks(nlp):
    for text in ("The truce that paused weeks of heavy shelling was holding, and talks were planned.",
                 "Days after a pause in the shelling, the generals held their first round of talks."):
        assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.pause"] == []
    assert [q.question for q in questions_in(nlp, "Talks between the two kingdoms have stalled.")] == ["When will talks resume?"]


@pytest.mark.parametrize("text, paused", [
    # a suspended truce or deal puts no talks on hold
    ("The envoys will meet on Friday in Bergen to discuss the suspended ceasefire.", False),
    ("Oslo suspended the fisheries deal last week.", False),
    # talks stalled that the sentence says resume are not on hold now
    ("The rebels confirmed the resumption of negotiations, stalled since the army shelled their camp.", False),
    ("The front announced the date of the meeting and the restart of the dialogue, frozen since the spring.", False),
    # talks or a process on hold still ask when they resume
    ("The negotiations, stalled since May, are expected to continue.", True),
    ("The peace process has been suspended by the government.", True),
])
def test_only_talks_on_hold_ask_when_talks_resume(nlp, text, paused):
    found = [q.question for q in questions_in(nlp, text) if q.evidence == "question.pause"]
    assert found == (["When will talks resume?"] if paused else [])


def test_a_thing_carries_out_no_threat(nlp):
    assert [q for q in questions_in(nlp, "The blast threatened to wreck the fragile truce.") if q.evidence == "question.threat"] == []
    assert [q.question for q in questions_in(nlp, "The rebels threatened to wreck the fragile truce.")] == \
        ["Will the rebels carry out the threat to wreck the fragile truce?"]


def test_the_gate_drops_a_question_ending_on_a_preposition():
    from generator.extract.questions import passes_gate

    assert not passes_gate("Was the envoy authorised to talk to?")


def test_one_matter_however_the_meeting_or_the_issue_is_named(nlp):
    found = questions_in(nlp, "The envoy flew north to resolve the long-running border dispute. "
                              "The ministers held talks on the old boundary question. "
                              "Ana Ruiz said Norway could be the neutral venue for talks between Sweden and Finland.")
    assert {q.matter for q in found} == {("settle", "border"), ("where", "talk")}


def test_no_date_or_timeline_for_a_meeting_and_none_for_anything_else(nlp):
    assert [q.question for q in questions_in(nlp, "There is no confirmed resumption date.")] == \
        ["When will the next round take place?"]
    assert questions_in(nlp, "There is no date on the old letter.") == []
    assert questions_in(nlp, "The ministers agreed to convene another meeting in late July.") == []


def test_a_wish_for_a_relationship_is_no_question(nlp):
    assert questions_in(nlp, "The premier hoped that the relationship between the two kingdoms will be based on respect.") == []


def test_a_readiness_to_cooperate_or_take_the_opportunity_is_goodwill_no_question(nlp):
    for text in ("The northern kingdom is willing to cooperate with its neighbours on many fronts.",
                 "The northern kingdom is ready to take the opportunity of the visit to work together with its neighbour."):
        assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.ready"] == []


@pytest.mark.parametrize("text", [
    # a rule of procedure: once any one of a kind acts, someone must act (clause.generic_procedure)
    "Once a member objects, the chair must call a vote within ten days.",
    "If any party breaks the truce, the monitors must report the breach to the council.",
    # a participle that qualifies a noun tells a threshold, and calls for nothing
    "The motion fell short of the two-thirds majority required for adoption.",
    # an effect no party settles at the table, in the words of commentators
    "Economists warn the new tariffs may worsen the kingdom's debt crisis.",
    # an agreement is no issue to settle ("How will an immediate ceasefire be settled?")
    "As in earlier rounds, the focus will be on an immediate ceasefire.",
])
def test_a_procedure_a_threshold_or_an_effect_is_no_question(nlp, text):
    assert [q.question for q in questions_in(nlp, text)] == []


@pytest.mark.parametrize("text,near_miss", [
    # what commentators say may happen is a forecast, no party's position (clause.commentary)
    ("Analysts say the army could push north again before the talks.",
     "Officials say the army could push north again before the talks."),
    ("Some experts warn the truce could collapse within weeks.",
     "The mediators warn the truce could collapse within weeks."),
])
def test_a_commentators_forecast_asks_nothing(nlp, text, near_miss):
    assert [q.question for q in questions_in(nlp, text)] == []
    assert questions_in(nlp, near_miss)


def test_what_came_before_a_reported_happening_asks_nothing(nlp):
    """clause.told_before: "the meeting comes after X agreed to meet" tells history, most often done since; the same
    clause told on its own asks whether they will meet. A "during" phrase of words said stays out of the wording."""
    for text in ("The meeting in Lisbon comes after the two generals agreed to meet in Lisbon.",
                 "Talks opened on Monday after the two generals agreed to meet in Lisbon."):
        assert [q.question for q in questions_in(nlp, text)] == [], text
    assert [q.question for q in questions_in(
        nlp, "The two generals agreed to meet in Lisbon during their telephone exchanges.")] == \
        ["Will the two generals meet in Lisbon?"]
    # a doubt or a call told in such a clause is still open
    assert [q.question for q in questions_in(
        nlp, "Tensions rose on Friday after the president refused to say whether the deal would include security "
             "guarantees for Lindor.")] == ["Will the deal include security guarantees for Lindor?"]
    assert questions_in(nlp, "The list was announced after the envoy urged Lindor's neighbours to lift the blockade.")


def test_a_named_demand_without_a_generic_condition_is_still_asked(nlp):
    found = [q.question for q in questions_in(nlp, "The envoy says the rebels must leave the port within ten days.")]
    assert "Must the rebels leave the port within ten days?" in found


@pytest.mark.parametrize("text", [
    "Norway and Sweden agreed to reopen the ferry crossing on 12 May.",  # dated: an event, not a question
    "Norway and Sweden did not agree to reopen the ferry crossing.",  # no agreement
    "Norway and Sweden agreed to extend the talks by two days.",  # the agreement is itself the act
])
def test_an_agreed_step_that_is_dated_denied_or_done_is_no_question(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.agreed_step"] == []


def test_a_nationality_opening_the_sentence_keeps_its_capital(nlp):
    found = [q.question for q in questions_in(nlp, "Norwegian and Swedish officials have agreed to reduce troop numbers along the border.")]
    assert "Will Norwegian and Swedish officials reduce troop numbers along the border?" in found


def test_the_second_step_of_an_agreement_is_asked(nlp):
    found = [q.question for q in questions_in(nlp, "Norway and Sweden have agreed to extend their fragile truce and "
                                                   "establish a joint monitoring mechanism.")]
    assert "Will Norway and Sweden establish a joint monitoring mechanism?" in found
    assert not any("extend" in q for q in found)  # extending the truce is the agreement itself


@pytest.mark.parametrize("text, question", [
    ("The minister announced the release of the fishermen, though no date was given.",
     "When will the release of the fishermen take place?"),
    # the parser hangs the concession on the participle that qualifies the action
    ("She announced the reopening of the ferry line between Oslo and Bergen — suspended since the storm — though no "
     "specific timeline was given.", "When will the reopening of the ferry line between Oslo and Bergen take place?"),
])
def test_no_date_for_an_announced_action_asks_when_it_happens(nlp, text, question):
    assert question in [q.question for q in questions_in(nlp, text)]


def test_a_length_of_time_does_not_date_an_agreed_step(nlp):
    found = [q.question for q in questions_in(nlp, "Norwegian and Swedish officers have agreed to reduce troop numbers "
                                                   "along the border, following days of clashes in the valley.")]
    assert "Will Norwegian and Swedish officers reduce troop numbers along the border?" in found


def test_a_call_for_the_resumption_of_talks_is_the_matter_of_when_talks_resume(nlp):
    found = [q for q in questions_in(nlp, "The envoy called for a resumption of peace talks.")
             if q.evidence == "question.calls_for_action"]
    assert [q.matter for q in found] == [("when", "talk", "resume")]


def test_measures_and_initiatives_agreed_are_one_matter(nlp):
    found = questions_in(nlp, "The envoys agreed on a set of confidence-building measures. "
                              "The two leaders have agreed a group of initiatives to build trust.")
    assert {q.matter for q in found if q.evidence == "question.agreed_measures"} == {("implement", "agreed")}


@pytest.mark.parametrize("text, question", [
    # a call on a party to act names the party after "on"
    ("The regional council called on Norway to withdraw its boats from the bay.", "Will Norway withdraw its boats from the bay?"),
    # a directive to a named party is pending until it is carried out
    ("The premier has instructed the fisheries minister to draft new rules for the bay.",
     "Will the fisheries minister draft new rules for the bay?"),
    # a trade step agreed on no day is pending
    ("Norway agreed to purchase more grain from Swedish farmers.", "Will Norway purchase more grain from Swedish farmers?"),
    # a truce in force is asked whether it holds, whatever it is called
    ("A ceasefire agreement between the two militias came into force at midnight.",
     "Will the ceasefire agreement between the two militias hold?"),
])
def test_a_call_on_a_party_a_directive_and_a_truce_in_force(nlp, text, question):
    assert question in [q.question for q in questions_in(nlp, text)]


@pytest.mark.parametrize("text", [
    "The regional council did not call on Norway to withdraw its boats.",  # a call denied
    "The truce agreed by the militias in May collapsed within a week.",  # a truce a noun qualifies: history
    "Oslo said it would agree to a truce only after the vote.",  # a modal agreement is none
    "There was no real progress on any aspect of the plan before today.",  # an issue that names no matter
    "The envoys made little progress on the key issues.",
    "It is not necessary that Norway withdraw its boats from the bay.",  # a need denied
    "Both sides want to wrap up the first phase of the deal by autumn.",  # an aim of "both sides" names no party
    "Norway does not want to sign the fisheries deal.",  # an aim denied
    "The fishing licence expired on Monday.",  # an expiry past is history
    "It is set to expire on Friday.",  # an expiry of nothing named
    "Norway and Sweden agreed to suspend operations along the river.",  # an agreement that is itself the act
    "The two kingdoms aim to sign more contracts with shipyards.",  # no deal of the talks
])
def test_near_misses_of_calls_truces_needs_and_progress_ask_nothing(nlp, text):
    assert questions_in(nlp, text) == []


def test_a_word_the_parse_cuts_at_its_hyphen_gives_no_wording(nlp):
    # "to de-escalate" parsed as "to de" + "-" + a clause: "Will … take action to de?" is no question
    found = [q.question for q in questions_in(nlp, "Today we again called on Norway and Sweden to take action to de-escalate the situation.")]
    assert not any(q.endswith(" de?") or q.endswith("-?") for q in found), found


@pytest.mark.parametrize("text, question", [
    ("The northern rebels pulled out of the peace talks in Oslo on Monday.", "Will the northern rebels return to the peace talks in Oslo?"),
    ("Norway suspended its participation in the fisheries dialogue.", "Will Norway return to the fisheries dialogue?"),
    ("The northern rebels did not withdraw from the peace talks.", None),  # denied
    ("If the rebels withdraw from the talks, the truce will end.", None),  # a condition
    ("The rebels could pull out of the talks.", None),  # a possibility
    ("In his first term the king withdrew from the fisheries treaty.", None),  # history
    ("The king withdrew from the fisheries treaty in 2011.", None),  # history
    ("The army withdrew its troops from the zone covered by the accord.", None),  # a pullback, not leaving the talks
    ("The rebels welcomed the withdrawal from the talks of the militia.", None),  # whose withdrawal? not the subject's
    ("Norway welcomed its participation in the fisheries dialogue.", None),  # taking part, not stopping
])
def test_a_party_that_left_the_talks_may_return(nlp, text, question):
    found = [q.question for q in questions_in(nlp, text) if q.evidence == "question.withdrawal"]
    assert found == ([question] if question else [])


@pytest.mark.parametrize("text", ["The court has jurisdiction over the case.",  # no claim restated
                                  "The rebels did not reaffirm their claim over the valley.",  # denied
                                  "Oslo might assert its claim over the reef."])  # a possibility
def test_no_dispute_from_a_claim_not_made(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.claim"] == []


@pytest.mark.parametrize("text, question", [
    ("Both kingdoms recognise the need to de-escalate the situation in the northern strait.",
     "Will the situation in the northern strait ease?"),  # "de-escalate", split at its hyphen by the tokenizer
    ("Oslo is holding talks with Stockholm to de-escalate the situation.", None),  # "the situation" names nothing
    ("The rebels began to escalate the border crisis.", None),  # escalating is no easing
    ("The envoy called on both kingdoms to defuse rising tensions.", None),  # tensions where, over what?
    ("The ministers did not try to ease tensions over the river border.", None),  # denied
    ("Both navies agreed to lower the tension in the area.", None),  # "the area" points back, names no place
    ("The envoys met to defuse tensions in the region.", None),  # "the region" likewise
    ("The envoys met in Oslo to ease tensions in the Ember Strait.", "Will tensions in the Ember Strait ease?"),
])
def test_an_act_to_ease_a_named_standoff(nlp, text, question):
    found = [q.question for q in questions_in(nlp, text) if q.evidence == "question.ease_tension"]
    assert found == ([question] if question else [])


def test_a_named_proposal_awaits_what_its_kind_awaits(nlp):
    found = [q.question for q in questions_in(nlp, "Talks on the proposed Fisheries Accord continued in Oslo.")
             if q.evidence == "question.proposed_named"]
    assert found == ["Will the proposed Fisheries Accord be signed?"]
    assert [q for q in questions_in(nlp, "The Northern Council met in Oslo.") if q.evidence == "question.proposed_named"] == []


@pytest.mark.parametrize("text, question", [
    # the tokeniser splits "de-escalation" into three words hung on "on": the issue is the whole word
    ("There was no progress on the de-escalation of tensions in the north, the envoy said.",
     "Will progress be made on the de-escalation of tensions in the north?"),
    ("There was no progress on the demarcation of the river, the envoy said.",
     "Will progress be made on the demarcation of the river?"),
])
def test_an_issue_is_a_whole_hyphenated_word_and_never_the_speech_tag_after_it(nlp, text, question):
    found = [q.question for q in questions_in(nlp, text) if q.evidence == "question.no_progress"]
    assert found == [question]


@pytest.mark.parametrize("text, question", [
    ("Norway and Sweden are fully committed to implementing their obligations in good faith.",
     "Will Norway and Sweden implement their obligations in good faith?"),
    ("Freedonia remains committed to reach a negotiated settlement of the river dispute.",
     "Will Freedonia reach a negotiated settlement of the river dispute?"),
])
def test_a_named_party_committed_to_an_act_is_ready_to_act(nlp, text, question):
    assert question in [q.question for q in questions_in(nlp, text) if q.evidence == "question.ready"]


@pytest.mark.parametrize("text", ["Norway is not committed to implementing the accord.",
                                  "The government is committed to the peace process."])
def test_no_commitment_question_on_a_near_miss(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.ready"] == []


@pytest.mark.parametrize("text", [
    "The queen is willing to find a fair solution to the quarrel.",
    "The queen said she was ready to look for alternatives that suit both sides.",
    "The queen is prepared to reach a lasting solution to settle the quarrel with Valdor.",
])
def test_a_search_for_an_unnamed_way_out_asks_nothing(nlp, text):
    # every party at the table seeks "a solution": no pending matter (clause.open_search)
    assert questions_in(nlp, text) == []


@pytest.mark.parametrize("text, question", [
    ("The queen is ready to sign the fisheries accord.", "Will the queen sign the fisheries accord?"),
    ("Valdor is ready to seek a two-state solution.", "Will Valdor seek a two-state solution?"),
])
def test_a_search_with_content_is_still_asked(nlp, text, question):
    assert [q.question for q in questions_in(nlp, text)] == [question]


def test_a_deal_pushed_for_is_the_matter_of_concluding_the_deal(nlp):
    found = questions_in(nlp, "The trade envoy pushed for an early agreement with Valdor.")
    assert [(q.question, q.matter, q.evidence) for q in found] == [
        ("Will an early agreement with Valdor be reached?", ("conclude", "deal"), "question.calls_for_action")]
    aimed = questions_in(nlp, "Valdor and Ruritania aim to sign a fisheries treaty by the spring.")
    assert [q.matter for q in aimed] == [("conclude", "deal")]  # one matter with the deal the parties aim at
    # an act, not a deal, still goes ahead; a deal only named gives none
    assert [q.question for q in questions_in(nlp, "Valdor demanded the withdrawal of the patrol boats.")] == \
        ["Will the withdrawal of the patrol boats go ahead?"]
    assert questions_in(nlp, "The trade envoy praised the early agreement with Valdor.") == []


@pytest.mark.parametrize("text", [
    "Relations cooled in 2017 when Valdor first suspended the grain deal with Ruritania.",
    "Valdor had previously frozen the talks with Ruritania.",
])
def test_a_suspension_told_as_history_puts_nothing_on_hold(nlp, text):
    assert [q for q in questions_in(nlp, text) if q.evidence == "question.pause"] == []


def test_talks_suspended_now_are_on_hold(nlp):
    found = questions_in(nlp, "Valdor suspended the grain talks with Ruritania on Monday.")
    assert [(q.question, q.evidence) for q in found] == [("When will talks resume?", "question.pause")]


@pytest.mark.parametrize("text, question", [
    ("Among the subjects that will be discussed are the grazing rights and the fate of the old dam.",
     "How will the grazing rights and the fate of the old dam be settled?"),
    ("The matters to be examined include the river tolls.", "How will the river tolls be settled?"),
])
def test_the_agenda_of_talks_to_come_is_an_open_matter(nlp, text, question):
    found = [q for q in questions_in(nlp, text) if q.evidence == "question.agenda"]
    assert [q.question for q in found] == [question]
    assert found[0].matter[0] == "settle"


@pytest.mark.parametrize("text", [
    "Among the subjects that were discussed were the grazing rights.",  # discussed already
    "Among the subjects that will not be discussed are the grazing rights.",  # kept off the agenda
    "The envoys will discuss the grazing rights on Friday.",  # a meeting's programme, no topic noun listing it
    "The subjects that will be discussed remain secret.",  # no issue named
])
def test_no_agenda_question_without_a_pending_listed_issue(nlp, text):
    assert [q for q in questions_in(nlp, text) if q.evidence == "question.agenda"] == []


@pytest.mark.parametrize("text", [
    "The delegates stated that fairness must guide the fisheries talks.",
    "The mediator said goodwill should prevail at the table.",
    "Both envoys said mutual trust will govern relations between the two kingdoms.",
])
def test_a_principle_said_to_guide_the_talks_asks_nothing(nlp, text):
    assert questions_in(nlp, text) == []  # clause.principle: a standard, no act


@pytest.mark.parametrize("text", [
    "The premier stated that peace must be the most important topic for any nation.",  # a judgement of what it is
    "The mediator called on the former enemies to co-exist despite their differences.",  # "co-exist" split by the parser
])
def test_a_judgement_or_a_split_word_asks_nothing(nlp, text):
    assert questions_in(nlp, text) == []


@pytest.mark.parametrize("text, question", [
    ("The delegates said the Union must guide the fisheries talks.", "Must the Union guide the fisheries talks?"),
    ("It is unclear whether the farmers will prevail in the vote.", "Will the farmers prevail in the vote?"),
])
def test_a_party_that_must_guide_or_prevail_is_still_asked(nlp, text, question):
    assert [q.question for q in questions_in(nlp, text)] == [question]


@pytest.mark.parametrize("text, question", [
    # "from there" points back to a place the question could not name: no question
    ("Oslo called on Stockholm to pull its patrol boats out from there.", None),
    ("Oslo called on Stockholm to withdraw its patrol boats from there at once.", None),
    # the named place stays
    ("Oslo called on Stockholm to withdraw its patrol boats from Ember Reef.",
     "Will Stockholm withdraw its patrol boats from Ember Reef?"),
])
def test_a_place_that_points_back_names_no_place(nlp, text, question):
    found = [q.question for q in questions_in(nlp, text) if "boats" in q.question]
    assert found == ([question] if question else [])


def test_a_party_named_by_its_capital_or_its_name_asks_one_question(tmp_path):
    # "Stockholm" and "Sweden" are one actor: the same call on them is one matter, whichever name the article used
    qs = briefing_of(tmp_path, {
        "2024-03-05_a.txt": "Fishing row\n\nNorway called on Sweden to lift the fishing ban, the ministry said.",
        "2024-03-06_b.txt": "Fishing row\n\nOslo called on Stockholm to lift the fishing ban, officials said on Tuesday."})["questions"]
    assert len([q for q in qs if "fishing ban" in q["question"]]) == 1
    # two parties asked the same act stay two questions
    (tmp_path / "two").mkdir()
    qs = briefing_of(tmp_path / "two", {
        "2024-03-05_a.txt": "Fishing row\n\nNorway called on Sweden to lift the fishing ban, the ministry said.",
        "2024-03-06_b.txt": "Fishing row\n\nSweden called on Norway to lift the fishing ban, officials said on Tuesday."})["questions"]
    assert sorted(q["question"] for q in qs if "fishing ban" in q["question"]) == \
        ["Will Norway lift the fishing ban?", "Will Sweden lift the fishing ban?"]


def test_one_party_proposing_one_meeting_in_two_wordings_asks_one_question(tmp_path):
    # "proposed a summit meeting" and "invited him to hold a meeting": one party's one proposal
    qs = briefing_of(tmp_path, {
        "2024-03-05_a.txt": "Summit idea\n\nNorway proposed a summit meeting with Sweden in a third country, the ministry said.",
        "2024-03-06_b.txt": "Summit idea\n\nNorway invited Sweden to hold a meeting in a third country, "
                            "officials said on Tuesday.",
        # the proposer by another of its names
        "2024-03-07_c.txt": "Summit idea\n\nOslo proposed a meeting with Sweden in a third country, officials said on "
                            "Wednesday."})["questions"]
    asked = [q for q in qs if "third country" in q["question"]]
    assert len(asked) == 1 and len(asked[0]["positions"]) == 3, [q["question"] for q in qs]
    # another party's proposal of the same meeting stays its own question
    (tmp_path / "two").mkdir()
    qs = briefing_of(tmp_path / "two", {
        "2024-03-05_a.txt": "Summit idea\n\nNorway proposed a summit meeting with Sweden in a third country, the ministry said.",
        "2024-03-06_b.txt": "Summit idea\n\nSweden invited Norway to hold a meeting in a third country, "
                            "officials said on Tuesday."})["questions"]
    assert len([q for q in qs if "third country" in q["question"]]) == 2


def test_the_answer_to_a_proposal_stays_with_its_question(tmp_path):
    # the answer's holder is the party that rejects; its matter is still the proposer's proposal
    qs = questions_of(tmp_path, "Summit idea\n\nNorway offered to host a meeting in Oslo, but Sweden rejected that offer.")
    asked = [q for q in qs if "Oslo" in q["question"]]
    assert len(asked) == 1, [q["question"] for q in qs]
    assert sorted(p["stance"].split(":")[0] for p in asked[0]["positions"]) == ["proposed", "rejected"]


@pytest.mark.parametrize("text, question", [
    # "the leaders" names no party: a call on them asks nothing a named party can do
    ("The mediator urged the leaders to reopen the crossing.", None),
    ("The envoy wrote to both kingdoms, calling on the leaders to lift the blockade of the harbour.", None),
    # but a step the two leaders agreed or are ready to take together is theirs, as with "both sides"
    ("The two leaders agreed to reopen the crossing.", "Will the two leaders reopen the crossing?"),
    ("Both leaders are ready to sign the fisheries accord.", "Will both leaders sign the fisheries accord?"),
    # a leader the text names by whose they are stays named
    ("Norway's leaders pledged to reopen the crossing.", "Will Norway's leaders reopen the crossing?"),
])
def test_the_leaders_name_no_party_but_are_the_pair_of_a_joint_step(nlp, text, question):
    found = [q.question for q in questions_in(nlp, text)
             if q.evidence in {"question.calls_for", "question.agreed_step", "question.ready"}]
    assert found == ([question] if question else [])


@pytest.mark.parametrize("text, question", [
    # what a deal may do to someone is an assessment of its effects
    ("The minister said the proposed deal could give farmers wider access to the northern market.", None),
    ("Officials said the plan may include a new border crossing.", None),
    # a party that may face penalties undergoes another's act: no question on it
    ("Officials warned that Norway could face new penalties if talks on the quotas fail.", None),
    # a deal that may collapse or be signed, and a party that may act, are still asked
    ("Officials said the accord could collapse within weeks.", "Will the accord collapse within weeks?"),
    ("Officials said the accord could be signed within weeks.", "Will the accord be signed within weeks?"),
    ("Officials said Norway could lift the fishing ban next week.", "Will Norway lift the fishing ban next week?"),
])
def test_an_effect_a_deal_may_have_or_a_party_may_undergo_asks_nothing(nlp, text, question):
    found = [q.question for q in questions_in(nlp, text) if q.evidence in {"question.possibility", "question.fear"}]
    assert found == ([question] if question else [])


@pytest.mark.parametrize("text, question", [
    # an action that names nothing it acts on asks nothing: renegotiation of what? the release of whom?
    ("The rebels pushed for renegotiation, a move the palace firmly opposed.", None),
    ("The rebels demanded the release.", None),
    # an action with its object, or one that names a whole act on its own, is still asked
    ("The rebels demanded the release of the fishermen.", "Will the release of the fishermen go ahead?"),
    ("The rebels called for a ceasefire.", "Will a ceasefire go ahead?"),
    ("The council agreed on the need for elections.", "Will elections go ahead?"),
])
def test_an_action_that_names_nothing_it_acts_on_asks_nothing(nlp, text, question):
    found = [q.question for q in questions_in(nlp, text) if q.evidence == "question.calls_for_action"]
    assert found == ([question] if question else [])


@pytest.mark.parametrize("text,question", [
    ("Prime Minister Jan Roe said Ruritania should withdraw from those hills without delay.",
     "Must Ruritania withdraw without delay?"),
    ("Prime Minister Jan Roe said Ruritania should withdraw its troops from those hills.",
     "Must Ruritania withdraw its troops?"),
])
def test_a_pullback_from_a_place_pointed_back_to_is_asked_alone(nlp, text, question):
    assert [q.question for q in questions_in(nlp, text)] == [question]


@pytest.mark.parametrize("text", [
    "Prime Minister Jan Roe said Ruritania should be very proud of the accord.",
    "Prime Minister Jan Roe said Ruritania should be ready to talk.",
])
def test_a_state_a_party_should_be_in_is_no_demand_to_ask_about(nlp, text):
    # question.should asks about an act carried out or not: "be proud", "be ready" is none
    assert questions_in(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Prime Minister Jan Roe said Ruritania should send its troops to those hills.",
    "Prime Minister Jan Roe said Ruritania should return to those hills.",
    "Prime Minister Jan Roe urged Ruritania to withdraw its boats from there.",
])
def test_no_act_asked_without_the_place_it_points_to_on_a_near_miss(nlp, text):
    assert questions_in(nlp, text) == []


@pytest.mark.parametrize("text,question", [
    ("It starts with Norway, which emerged from the wars and was never recognized by Sweden, which applied to join.",
     "Will Sweden recognize Norway?"),
    ("Sweden, which does not recognize Norway, rejected the accord.", "Will Sweden recognize Norway?"),
    ("Sweden has never recognised Norway's independence.", "Will Sweden recognise Norway's independence?"),
])
def test_a_party_that_does_not_recognise_another_is_asked_whether_it_will(nlp, text, question):
    qs = questions_in(nlp, text)
    assert [q.question for q in qs] == [question]
    assert qs[0].evidence == "question.non_recognition" and qs[0].actor.text == "Sweden"


@pytest.mark.parametrize("text", [
    "The statement did not recognize the contributions of Swedish soldiers.",
    "Sweden did not recognize Norway until 1990.",
    "Sweden, which doesn't recognize the breakaway republic, rejected the agreement.",
    "Sweden could not recognize Norway.",
    "Sweden recognized Norway in a statement.",
])
def test_no_recognition_question_on_a_near_miss(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if "recogni" in q.question] == []


@pytest.mark.parametrize("text,question", [
    ("Prime Minister Jan Roe called for a prompt signature of a peace agreement between Norway and Sweden.",
     "Will a prompt signature of a peace agreement between Norway and Sweden go ahead?"),
    ("Prime Minister Jan Roe called for the signing of the border accord.", "Will the signing of the border accord go ahead?"),
])
def test_a_call_for_the_signing_of_a_deal_asks_whether_it_goes_ahead(nlp, text, question):
    assert question in [q.question for q in questions_in(nlp, text)]


@pytest.mark.parametrize("text", [
    "Prime Minister Jan Roe called for a signature.",
    "Prime Minister Jan Roe did not call for the signing of the border accord.",
])
def test_no_signing_question_on_a_near_miss(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if "sign" in q.question] == []


@pytest.mark.parametrize("text,question", [
    ("The two neighbours still face large-scale challenges ahead, such as the divided island of Gotland.",
     "How will the divided island of Gotland be settled?"),
    ("Norway and Sweden still face challenges, such as the status of the islands.",
     "How will the status of the islands be settled?"),
])
def test_challenges_the_parties_still_face_are_open_issues(nlp, text, question):
    qs = questions_in(nlp, text)
    assert [q.question for q in qs] == [question] and qs[0].evidence == "question.challenges_ahead"


@pytest.mark.parametrize("text", [
    "The economy still faces challenges such as high inflation.",
    "The two neighbours faced challenges, such as the status of the islands.",
    "The two neighbours could still face challenges, such as the status of the islands.",
    "The two neighbours face challenges such as the status of the islands.",
    "The two neighbours do not still face challenges ahead, such as the status of the islands.",
])
def test_no_challenges_question_on_a_near_miss(nlp, text):
    assert [q for q in questions_in(nlp, text) if q.evidence == "question.challenges_ahead"] == []


def test_topics_under_discussion_are_open(nlp):
    text = "Two issues being discussed in the talks are the grazing rights and the river tolls, a spokesman said."
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.agenda"] == [
        "How will the grazing rights and the river tolls be settled?"]


@pytest.mark.parametrize("text", [
    "The focus will not be on the grazing rights of the herders.",  # denied
    "The parties agreed that the fighters departed from the valley.",  # done, no modal
    "The parties did not agree that the fighters shall depart from the valley.",  # no agreement
    "The parties would agree that the fighters shall depart from the valley.",  # a modal agreement
    "The envoy said the deal is final.",  # final already
    "The envoy said the weather is not final until the king approves it.",  # no deal word
])
def test_near_misses_of_focus_agreed_clause_and_not_final_ask_nothing(nlp, text):
    rules = {"question.agenda_focus", "question.agreed_clause", "question.not_final"}
    assert [q.question for q in questions_in(nlp, text) if q.evidence in rules] == []


@pytest.mark.parametrize("text, question", [
    ("The envoy said the two sides reached a deal in principle, but it is not final until the king approves it.",
     "Will a deal become final?"),
    ("The envoy said the deal is not final until the king approves it.", "Will the deal become final?"),
])
def test_a_deal_not_final_until_a_condition_asks_whether_it_becomes_final(nlp, text, question):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.not_final"] == [question]


def test_a_second_agreed_clause_with_its_own_modal_is_asked_too(nlp):
    text = "The parties agreed that the units shall return to their camps and that the fighters shall depart from the valley."
    assert sorted(q.question for q in questions_in(nlp, text) if q.evidence == "question.agreed_clause") == [
        "Will the fighters depart from the valley?", "Will the units return to their camps?"]


def test_an_agreed_clause_that_sets_up_a_body_asks_nothing(nlp):
    text = "The parties agreed that the government will establish an independent commission on the valley."
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.agreed_clause"] == []


def test_a_dispute_put_to_an_end_and_a_past_possibility_ask_nothing(nlp):
    ended = "The accord puts an end to a long dispute over the river islands."
    assert [q.question for q in questions_in(nlp, ended) if q.evidence == "question.dispute_noun"] == []
    aimed = "The envoy said the accord will put an end to a long dispute over the river islands."
    assert [q.question for q in questions_in(nlp, aimed) if q.evidence == "question.dispute_noun"] == [
        "How will the dispute over the river islands be settled?"]
    past = "The shelling of the port could have led to a disaster in the bay, the governor said."
    assert [q.question for q in questions_in(nlp, past) if q.evidence == "question.possibility"] == []
    pending = "The governor said the shelling of the port could lead to a disaster in the bay."
    assert [q.question for q in questions_in(nlp, pending) if q.evidence == "question.possibility"] != []


@pytest.mark.parametrize("a, b, same", [
    (("when", "talk", "resume"), ("whether", "talk", "take"), True),  # whether the talks go on
    (("hold", "ceasefire"), ("extend", "ceasefire"), True),  # whether the ceasefire lasts
    (("when", "talk", "resume"), ("hold", "ceasefire"), False),
    (("whether", "talk", "collapse"), ("when", "talk", "resume"), False),  # a verb of no fold
    (("whether", "kabul", "talk", "resume"), ("when", "talk", "resume"), False),  # a party of its own: its own matter
])
def test_one_matter_whatever_its_verb(a, b, same):
    from generator.kinds.questions import _folded_matter

    assert (_folded_matter(a) == _folded_matter(b)) is same


def test_an_offer_of_a_long_noun_phrase_is_asked_about_its_core(nlp):
    """A proposal whose object is too long to name the matter is asked about the noun and the words before it."""
    text = ("Norway has offered the military that seized power in Chile a \"six-month transitional plan\" to "
            "restore constitutional and democratic order, instead of the three years they proposed, its foreign "
            "minister said.")
    assert [q.question for q in questions_in(nlp, text)] == [
        "Will Norway's offer of a six-month transitional plan be accepted?"]


@pytest.mark.parametrize("text, want", [
    ("Mali has withdrawn from the Economic Community of West African States.",
     ["Will Mali return to the Economic Community of West African States?"]),
    ("The army withdrew from Gao on Monday.", []),  # a place left: no organisation, no question
])
def test_a_party_that_left_an_organisation_may_return_to_it(nlp, text, want):
    """Family question.withdrawal: leaving a bloc the text names as an organisation asks whether the party returns."""
    assert [q.question for q in questions_in(nlp, text)] == want


@pytest.mark.parametrize("text, want", [
    ("Norway suggested holding the next round of talks in Oslo.",
     ["Will Norway's suggestion of holding the next round of talks in Oslo be accepted?"]),  # a gerund suggested
    ("Norway refused to offer a truce.", []),  # a proposal a verb above it refuses, wants or stops is none made
    ("Norway wants to propose a meeting in Oslo.", []),
    ("Norway stopped suggesting talks.", []),
])
def test_a_proposal_is_one_made(nlp, text, want):
    assert [q.question for q in questions_in(nlp, text)] == want


def test_a_refusal_unless_a_party_acts_asks_whether_it_will(nlp):
    """Family question.until with "unless": the condition a named party must meet is the open matter; the holder is
    the party that refuses (the subject of the held-back clause)."""
    found = questions_in(nlp, "Norway said it will not sign the protocol unless the US approves the sale of fighter "
                              "jets to Sweden.")
    assert [q.question for q in found] == ["Will the US approve the sale of fighter jets to Sweden?"]
    assert questions_in(nlp, "Norway will attend the talks unless the weather is bad.") == []  # nothing held back


def test_a_precondition_comes_before_talks_only_when_the_clause_held_back_is_talking(nlp):
    """Family question.until: what a condition comes before is named by the clause held back; talks only when that
    clause is a party's talking ("refuses to meet with", "would not return to the table"), never by default: "a strike
    cannot start until …" and "the results are not final until …" ask nothing of talks."""
    assert questions_in(nlp, "However, a strike cannot start until the board issues a decision.") == []
    assert questions_in(nlp, "The results are not final until the last 5,000 votes are added into the mix.") == []
    found = questions_in(nlp, "The union said it refuses to meet with the employers “until the crane issue is "
                              "resolved,” but it has little faith in the process.")
    assert "Must the crane issue be resolved before talks?" in [q.question for q in found]
    found = questions_in(nlp, "Kral said the union would not return to the table until the employers withdrew "
                              "their plan.")
    assert "Must the employers withdraw their plan before talks?" in [q.question for q in found]


@pytest.mark.parametrize("question, ok", [
    ("Will the US approve the sale of fighter jets?", True),  # "US" in capitals is a country
    ("Will the talks help us?", False),  # "us" is a pronoun with no antecedent
])
def test_the_gate_tells_a_country_in_capitals_from_a_pronoun(question, ok):
    from generator.extract.questions import passes_gate
    assert passes_gate(question) is ok


@pytest.mark.parametrize("text, want", [
    ("The United States suggested holding new talks in two weeks.",
     "Will the United States' suggestion of holding new talks in two weeks be accepted?"),
    ("The Philippines proposed a new round of talks in Manila.",
     "Will the Philippines' proposal of a new round of talks in Manila be accepted?"),
])
def test_a_proposing_party_is_named_as_the_text_names_it_with_a_possessive_that_reads(nlp, text, want):
    assert [q.question for q in questions_in(nlp, text)] == [want]


def test_a_question_never_drops_the_clause_its_verb_asks_about(tmp_path):
    # "to show the companies that they were ready": the parser hangs the that-clause on "companies" as a relative
    # clause; a question without it ("Will the workers show the companies?") asks nothing, so none is asked
    asked = [q["question"] for q in questions_of(tmp_path, "Talks\n\nThe union leader urged the union's nearly "
                                                           "150,000 workers to show the companies that they were "
                                                           "ready to join the strike.")]
    assert not [q for q in asked if "show the companies" in q], asked


def test_a_true_relative_clause_with_a_that_mark_keeps_its_question(tmp_path):
    # "a trilateral summit with Ruritania that Ruritania is chairing": the clause has a gap, a relative clause
    asked = [q["question"] for q in questions_of(tmp_path, "Summit\n\nChina has indicated it will not join a "
                                                           "trilateral summit with Japan and South Korea that Japan is "
                                                           "chairing.")]
    assert any("trilateral summit" in q for q in asked), asked


@pytest.mark.parametrize("text, question", [
    ("The tentative agreement must still be ratified by union members.",
     "Will the tentative agreement be ratified by union members?"),
    ("The accord still has to be ratified by the national assembly.",
     "Will the accord be ratified by the national assembly?"),
    ("The deal is subject to approval by the parliament.", "Will the deal be approved by the parliament?"),
    ("The framework still needs the approval of both leaders.", "Will the framework be approved by both leaders?"),
    ("The contract needs to be approved by a majority of members.",
     "Will the contract be approved by a majority of members?"),
    # handed over for approval (question_approval_referrals): the one it is handed to approves, in the past too
    ("The coalition agreement will now be submitted to the parties for final approval by vote.",
     "Will the coalition agreement be approved by the parties?"),
    ("The treaty was submitted to the senate for ratification.", "Will the treaty be ratified by the senate?"),
    ("The negotiators will submit the framework to both leaders for approval.",
     "Will the framework be approved by both leaders?"),
    # the condition set off after the deal, the condition no part of its name
    ("The union and the employers reached a tentative agreement, subject to ratification by union members.",
     "Will a tentative agreement be ratified by union members?"),
    # passing through a stage of approval (question_approval_passages), or pending it
    ("Members will return to work while the agreement goes through the ratification process.",
     "Will the agreement be ratified?"),
    ("The deal, pending ratification by union members, ends the strike.",
     "Will the deal be ratified by union members?"),
    ("The accord now awaits ratification by the national assembly.",
     "Will the accord be ratified by the national assembly?"),
])
def test_a_deal_that_still_needs_approval_asks_whether_it_gets_it(nlp, text, question):
    # question.approval_pending: the pending vote, worded from the parse, never "Must the agreement be ratified?"
    assert [q.question for q in questions_in(nlp, text)] == [question]


@pytest.mark.parametrize("text, question", [
    ("Jan Roe urged the Valdorian senate to ratify the treaty.", "Will the treaty be ratified by the Valdorian senate?"),
    ("The ZDA called on the dockworkers to accept the offer.", "Will the offer be accepted by the dockworkers?"),
    ("The union leadership recommended that the members accept the contract.",
     "Will the contract be accepted by the members?"),
    ("The Zenda council is expected to approve the deal on Monday.", "Will the deal be approved by the Zenda council?"),
    ("The dockworkers will vote on the offer on Monday.", "Will the offer be approved by the dockworkers?"),
    ("The delegates are voting on the coalition deal on Sunday.",
     "Will the coalition deal be approved by the delegates?"),
])
def test_a_deal_a_party_is_asked_or_due_to_approve_asks_whether_it_does(nlp, text, question):
    # question.approval_sought: a call, a recommendation, an expectation or a vote to come on the deal
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.approval_sought"] == [question]


@pytest.mark.parametrize("text, question", [
    ("Valdoria wants 12 cabinet posts.", "Will Valdoria's demand for 12 cabinet posts be met?"),
    ("The ZDA is pushing for a 32-hour workweek.", "Will the ZDA's demand for a 32-hour workweek be met?"),
    ("Jan Roe and Peter Kowal are demanding a wage of 900 crowns.",
     "Will Jan Roe and Peter Kowal's demand for a wage of 900 crowns be met?"),
    ("Valdoria wants more than twice the number of positions it was offered.",
     "Will Valdoria's demand for more than twice the number of positions be met?"),  # a quantity of the terms
])
def test_terms_a_named_party_demands_ask_whether_the_demand_is_met(nlp, text, question):
    # question.demanded_terms: the party named, "the" kept where the text gives its name with it, both of a pair
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.demanded_terms"] == [question]


@pytest.mark.parametrize("text", [
    "Unions want a higher wage.",  # no party named
    "The ZDA would seek a pay rise.",  # hedged
    "The ZDA did not demand a pay rise.",  # denied
    "A union that seeks a pay rise met the board.",  # the demand told inside a description
    "The ZDA is seeking talks with the board.",  # no term of a settlement
])
def test_no_named_demand_for_terms_no_question(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.demanded_terms"] == []


DOCKERS_CALL = ("Dockers to vote\n\nJan Roe, the leader of the Zenda Dockers Union, urged the members of the union to "
                "ratify the contract with the Zenda Port Authority on Monday.\n")


@pytest.mark.parametrize("later, answer", [
    ("Members of the Zenda Dockers Union on Friday approved the contract with the Zenda Port Authority, Jan Roe said.",
     ("Approved (2025-03-07): Members of the Zenda Dockers Union on Friday approved the contract with the Zenda Port "
      "Authority", "answer:approval-approved")),
    ("Members of the Zenda Dockers Union on Friday voted down the contract with the Zenda Port Authority, Jan Roe said.",
     ("Rejected (2025-03-07): Members of the Zenda Dockers Union on Friday voted down the contract with the Zenda Port "
      "Authority", "answer:approval-rejected")),
    ("Members of the Zenda Dockers Union have not approved the contract with the Zenda Port Authority, Jan Roe said on "
     "Friday.", None),  # denied: no verdict
    ("Members of the Zenda Dockers Union on Friday voted to strike against the Zenda Port Authority, Jan Roe said.",
     None),  # a vote on no deal
])
def test_a_pending_approval_is_settled_only_by_a_later_vote_on_a_deal(tmp_path, later, answer):
    # answer:approval-approved / answer:approval-rejected; the call is asked once (not also as "Will the members …?")
    qs = briefing_of(tmp_path, {"2025-03-03_dockers-vote.txt": DOCKERS_CALL,
                                "2025-03-10_dockers-later.txt": f"Dockers\n\n{later}\n"})["questions"]
    asked = [q for q in qs if "contract" in q["question"]]
    assert [q["question"] for q in asked] == \
        ["Will the contract with the Zenda Port Authority be ratified by the members of the union?"]
    got = asked[0]["answer"]
    assert ((got["text"], got["evidence"]) if got else None) == answer


@pytest.mark.parametrize("text", [
    "The dockworkers voted on the offer on Monday.",  # the vote told as done
    "The dockworkers would vote on the offer.",  # hedged
    "The dockworkers will not vote on the offer.",  # denied
    "Jan Roe did not urge the senate to ratify the treaty.",  # no call
    "The Zenda council was expected to approve the deal on Monday.",  # an expectation told in the past
    "The dockworkers will vote on any deal.",  # a rule for deals to come
    "Jan Roe urged the senate to debate the treaty.",  # no act of approval
])
def test_no_approval_sought_no_question(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.approval_sought"] == []


@pytest.mark.parametrize("text", [
    "The deal does not need to be approved by parliament.",  # denied
    "The deal needed the approval of parliament.",  # told in the past
    "The deal would need the approval of parliament.",  # hedged
    "Any deal must be approved by the members.",  # a rule for deals to come
    "The talks must be held in Oslo.",  # no vote of approval
    "The agreement went through the ratification process in May.",  # told in the past
    "The strikers went through the approval process.",  # no deal goes through it
])
def test_no_pending_approval_no_approval_question(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.approval_pending"] == []


TWO_PRESIDENTS = "President Jan Roe met Lindor President Ilse Varnik in Port Aster. "


@pytest.mark.parametrize("text, asked", [
    (TWO_PRESIDENTS + "It remains unclear whether the president will meet Eugene Varnik.", None),  # which president?
    (TWO_PRESIDENTS + "It remains unclear whether the Lindor president will meet Eugene Varnik.",
     "Will the Lindor president meet Eugene Varnik?"),
    (TWO_PRESIDENTS + "It remains unclear whether President Jan Roe will meet Eugene Varnik.",
     "Will President Jan Roe meet Eugene Varnik?"),
    ("It remains unclear whether the president will meet Eugene Varnik.",  # one president or none named: no doubt
     "Will the president meet Eugene Varnik?"),
])
def test_a_title_two_people_bear_is_no_subject_of_a_question(nlp, text, asked):
    """Rule question.bare_title: "the president", in an article with two presidents, names no one a question can
    show."""
    found = [q.question for q in questions_in(nlp, text)]
    assert (asked in found) if asked else not any("president" in q for q in found), found


def test_where_a_doubt_was_said_stays_out_of_the_question(nlp):
    text = "Senator Jan Roe questioned whether a deal can be reached with Lindor during an interview with the Harbour Journal."
    assert [q.question for q in questions_in(nlp, text)] == ["Can a deal be reached with Lindor?"]


@pytest.mark.parametrize("text, asked", [
    ("The accord also provides for the release of the fishermen held in Port Aster.",
     ["Will the release of the fishermen go ahead?"]),  # what describes them is an aside
    ("The accord does not provide for the release of the fishermen.", []),  # denied
    # asked, not laid down: "what the accord provides for X" is what it says about X
    ("The mediators did not indicate what the accord provides for the withdrawal of the army.", []),
    # question.list_cut: a list item the parser hung on an earlier item as an apposition, dropped as an aside, would
    # cut the list short ("a restoration of law and order, services"): no question rather than a garbled one
    ("The accord also provides for a restoration of law and order, services, unhindered access to relief supplies, "
     "and protection of civilians.", []),
    ("The accord provides for the release of Jan Roe, the envoy, and Peter Kowal.", []),
    ("The accord provides for the release of Jan Roe, the envoy.", ["Will the release of Jan Roe go ahead?"]),
])
def test_what_a_deal_provides_for_is_a_term_it_lays_down(nlp, text, asked):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.terms_include"] == asked


@pytest.mark.parametrize("text, asked", [
    # an offer made to a named party: whether that party accepts it
    ("In a letter, Jan Roe offered Kowal six ministerial posts and seven deputy ministerial positions.",
     ["Will Kowal accept Jan Roe's offer of six ministerial posts and seven deputy ministerial positions?"]),
    ("Jan Roe offered six ministerial posts to the Greens.", ["Will Jan Roe's offer of six ministerial posts be accepted?"]),
    # "offered the ZDA six posts" parsed as one phrase ("the ZDA six posts"): whom it was offered to is lost, so nothing
    ("Jan Roe offered the ZDA six ministerial posts.", []),
    ("Jan Roe offered Peter Kowal six ministerial posts.", []),  # "Peter Kowal six posts": the same phrase
    # "and the Greens demanding 12": the subject of a clause of its own, no part of what was offered
    ("Jan Roe met the envoys on Monday, with the ZDA offering six ministerial posts and the Greens demanding 12.",
     ["Will the ZDA's offer of six ministerial posts be accepted?"]),
])
def test_an_offer_of_posts_asks_whether_it_is_accepted(nlp, text, asked):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.proposal"] == asked


def test_a_clause_asked_with_whether_lays_no_term_down(nlp):
    """question.terms_include reads what a deal lays down; "whether the deal would include X" lays nothing down, and
    is asked once, as it stands."""
    text = "Jan Roe refused to answer questions about whether the deal would include security guarantees for Lindor."
    assert [q.question for q in questions_in(nlp, text)] == ["Will the deal include security guarantees for Lindor?"]


def test_a_sentence_the_saved_text_cuts_off_asks_nothing(nlp):
    """Rule question.cut_off_sentence: a page saved short stops inside its last sentence ("… in a limited capacity in
    th"); a question ending on its cut word asks what the article never said. The same sentence whole still asks,
    and so does a question built from the cut sentence's earlier, whole words."""
    lead = ("The union and the rail companies met on Monday. But the prospect of a work stoppage was temporarily iced "
            "when then-labour minister Jan Roe tasked the Lindor Industrial Relations Board (LIRB) with examining "
            "whether the railways should operate in a limited capacity in ")
    assert [q.question for q in questions_in(nlp, lead + "th")] == []
    assert [q.question for q in questions_in(nlp, lead + "the event of a strike.")] == [
        "Should the railways operate in a limited capacity in the event of a strike?"]
    whole = ("The Z3 had offered to delay the sanctions for as much as six months to enable serious negotiations if "
             "Ruritania resumes full inspections - which would also account for its stock that has not been verified")
    assert questions_in(nlp, whole + " s") and [q.question for q in questions_in(nlp, whole + " s")] == [
        q.question for q in questions_in(nlp, whole + " since June.")]


@pytest.mark.parametrize("text, question", [
    ("Hearings began on Monday, with a final decision to be issued in the near future.",
     "When will a final decision be issued?"),
    ("The framework lists the remaining protocols to be negotiated soon in Oslo.",
     "When will the remaining protocols be negotiated in Oslo?"),
])
def test_a_vague_time_is_left_out_of_a_when_question(nlp, text, question):
    # question.to_be_done: "When will … be issued in the near future?" asked twice what it asked (lexicon
    # question_vague_times)
    assert [q.question for q in questions_in(nlp, text)] == [question]


def test_the_deal_and_the_agreement_are_one_matter(tmp_path):
    # issue_synonyms in questions.yml: with no name of its own, "the deal" and "the agreement" of one story are one
    # deal, and whether it is approved is asked once
    qs = questions_of(tmp_path, "Accord signed\n\nThe deal must still be ratified by the Valdorian senate.\n\n"
                                "The agreement must also be approved by the member states of the union.\n")
    assert [q["question"] for q in qs if "approved" in q["question"] or "ratified" in q["question"]] == \
        ["Will the deal be ratified by the Valdorian senate?"]


@pytest.mark.parametrize("summary, verdict", [
    ("The senate approved the treaty on May 7", "answer:approval-approved"),  # the month "May" is no hedge
    ("The senate may approve the treaty", None),
    ("The senate approved the treaty after it rejected two amendments", None),  # both told: no verdict
])
def test_an_approval_verdict_is_read_from_the_summary_alone(summary, verdict):
    from generator.kinds.questions import _answer_approval
    from generator.model import Citation, Event

    e = Event("e1", "2025-05-07", "day", False, summary, citations=[Citation("a", "s1")], type="vote")
    got = _answer_approval([e])
    assert (got[2] if got else None) == verdict


def test_a_reported_clause_the_parser_left_without_a_subject_is_not_the_speakers(nlp):
    """clauses.subject: a reported clause (ccomp) has a subject of its own. Here the parser hangs the name on "said"
    and leaves "attending" with none; the question must not make the spokesman the one who will not attend."""
    text = ('In a brief statement, a Zenda Party spokesman said Jan Kral -- who is heavily involved in coalition '
            'negotiations -- "will not be attending the summit".')
    assert all("spokesman" not in q.question for q in questions_in(nlp, text))
    assert [q.question for q in questions_in(nlp, "A party spokesman said Jan Kral will not be attending the summit.")] \
        == ["Will Jan Kral attend the summit?"]


@pytest.mark.parametrize("text,expect", [
    # a past under a present stays past; a reported past under a past reads as the present
    ("It is unclear whether the talks in Oslo took place.", ["Did the talks in Oslo take place?"]),
    ("The envoy questioned whether Zenda had the will to sign the deal.", ["Does Zenda have the will to sign the deal?"]),
])
def test_a_past_under_a_present_is_asked_in_the_past(nlp, text, expect):
    assert [q.question for q in questions_in(nlp, text)] == expect


def test_whether_or_not_is_no_denial(nlp):
    """clauses.negates: a "not" right after "or" is an alternative ("whether or not"), and the clause still asks."""
    text = "The parties will meet in Oslo to discuss whether or not Zenda has fulfilled its commitments."
    assert [q.question for q in questions_in(nlp, text)] == ["Has Zenda fulfilled its commitments?"]


@pytest.mark.parametrize("text, question", [
    # rule question.divided_over: far apart, disagreeing, talks that broke down over an issue
    ("Oslo and Lindor are still far apart on the size of the fishing quotas.", "How will the size of the fishing quotas be settled?"),
    ("The two kingdoms still disagree on the status of the islands.", "How will the status of the islands be settled?"),
    ("The talks broke down over the pace of the withdrawal.", "How will the pace of the withdrawal be settled?"),
])
def test_a_division_over_an_issue_asks_how_it_is_settled(nlp, text, question):
    assert question in [q.question for q in questions_in(nlp, text)]


@pytest.mark.parametrize("text", [
    "The two kingdoms could disagree on the status of the islands.",  # a modal
    "In 2019 the two kingdoms disagreed on the status of the islands.",  # history
    "Troops and rebels wrangled over the weekend.",  # a time, no issue
])
def test_a_division_that_is_not_told_as_open_asks_nothing(nlp, text):
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.divided_over"] == []


def test_key_issues_are_not_said_to_be_open(nlp):
    # question.other_issues reads "other", "remaining", "outstanding" issues; "key issues" may be long settled
    text = "Zenda scrapped cooperation with Lindor on key issues including the river tolls and the fishing quotas."
    assert [q.question for q in questions_in(nlp, text) if q.evidence == "question.other_issues"] == []
