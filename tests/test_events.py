"""Events typed by what happened and merged only when date, type and a participant agree.

Each type rule runs on one sentence through spaCy; each merge rule on a few small articles of our own
wording built through the whole pipeline.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.analyse import load_model, model_name, sentence_index
from generator.extract.entities import extract_entities
from generator.extract.events import extract_events

from .conftest import corpus_json

SATURDAY = dt.date(2025, 6, 14)


def events_of(text: str, ref: dt.date = SATURDAY):
    doc = load_model(model_name())(text)
    return extract_events(doc, extract_entities(doc), sentence_index(doc), ref, True, None)


def assert_no_event(found: list) -> None:
    assert found == [], [(e.expression, e.summary) for e in found]


def only_event(text: str):
    found = events_of(text)
    assert len(found) == 1, [(e.expression, e.summary) for e in found]
    return found[0]


@pytest.mark.parametrize("text,kind,rule", [
    ("The two foreign ministers met in Geneva on Tuesday.", "meeting", "type:verb"),
    ("The presidents held talks in Geneva on Tuesday.", "meeting", "type:object-of-light-verb"),
    ("Trump and Putin spoke by phone on Thursday.", "call", "type:by-phone"),
    ("Trump had a phone call with Putin on Thursday.", "call", "type:object-of-light-verb"),
    ("The Kremlin spokesman Dmitry Peskov said on Tuesday that he had nothing to add.", "statement", "type:verb"),
    ("On Tuesday, Russia proposed a ceasefire along the front line.", "proposal", "type:verb"),
    ("Moscow proposed June 20 for a second round of talks.", "meeting", "type:proposed-date-for"),
    ("Trump cancelled the summit with Putin on Tuesday.", "cancellation", "type:cancelling-verb"),
    ("Trump called off the summit on Tuesday.", "cancellation", "type:cancelling-verb"),
    ("The meeting was postponed on Wednesday.", "cancellation", "type:cancelling-verb"),
    ("The signing was put on hold on Wednesday.", "cancellation", "type:cancelling-verb"),  # cancelling_prep_objects
    ("The minister put on a brave face on Wednesday.", "other", "type:none"),
    # type:what-resumed: a verb of resuming tells what resumes
    ("Fighting resumed in the border town on Monday.", "attack", "type:object-of-light-verb"),
    ("The talks resumed on Monday.", "meeting", "type:object-of-light-verb"),
    ("The delegations resumed on Monday in Lindor.", "meeting", "type:verb"),
    ("Postal operations will resume on Tuesday.", "resumption", "type:what-resumed"),
    ("Talks between the union and the company are set to resume on Monday.", "meeting", "type:object-of-light-verb"),
    # a particle verb calls off only what it acts on: with no object it tells resistance
    ("The vote was pushed back on Wednesday.", "cancellation", "type:cancelling-verb"),
    ("The summit, called off on Friday, was to be held in Lindor.", "cancellation", "type:cancelling-verb"),
    ("The premier pushed back strongly against the plan on Wednesday.", "other", "type:none"),
    ("The talks scheduled for Sunday will not take place.", "cancellation", "type:negated-meeting"),
    ("The summit in Lindor on Sunday will not go ahead.", "cancellation", "type:negated-meeting"),  # going_ahead_words
    ("The two countries signed a peace agreement in Washington on Friday.", "agreement", "type:verb"),
    ("The United States imposed sanctions on the finance minister on Friday.", "sanction",
     "type:object-of-light-verb"),
    ("Russia invaded Ukraine in February 2022.", "attack", "type:verb"),
    ("Russia's full-scale invasion of Ukraine in February 2022 changed everything.", "attack", "type:dated-noun"),
    ("The country has been engulfed by civil war since April 2023.", "attack", "type:argument-noun"),
    ("The president visited Kyiv on Monday.", "visit", "type:verb"),
    ("The ministers agreed to meet again on June 20.", "meeting", "type:verb"),
    ("The statement issued on Monday called for calm.", "statement", "type:noun-of-participle"),
    ("On Monday the crowd cheered loudly outside.", "other", "type:none"),
    ("The foreign minister hosted the signing of the accord on Friday.", "agreement", "type:object-of-light-verb"),
    ("The emirate hosted on Friday.", "meeting", "type:verb"),
    ("Held in Vienna on Tuesday, the summit focused on trade.", "meeting", "type:object-of-light-verb"),
    # object_typed_verbs: the typed object tells what was struck
    ("The two sides struck a deal in Doha on Thursday.", "agreement", "type:object-of-light-verb"),
    ("The air force struck rebel positions on Thursday.", "attack", "type:verb"),
    ("A deal was struck on Thursday in the capital.", "agreement", "type:object-of-light-verb"),  # the passive
    # ... and what was unveiled: an agreement made public, or a plan put forward
    ("The three parties unveiled their coalition deal on Thursday.", "agreement", "type:object-of-light-verb"),
    ("Delegates will vote on the coalition agreement that was unveiled on Thursday.", "agreement",
     "type:object-of-light-verb"),
    ("The minister unveiled a peace plan on Thursday.", "proposal", "type:object-of-light-verb"),
    # figurative_objects: no attack, no meeting
    ("The two leaders struck an upbeat tone at their meeting on Thursday.", "other", "type:none"),
    # type:labour-action: a strike of workers is a walkout, and a strike with a cue of arms stays an attack
    ("More than 3,000 dockworkers went on strike on Thursday in the port.", "walkout", "type:labour-action"),
    ("The strike began on Thursday, the union said.", "walkout", "type:labour-action"),
    ("Union members walked off the job on Thursday.", "walkout", "type:labour-action"),
    ("Ruritania launched a strike on the port on Thursday.", "attack", "type:object-of-light-verb"),
    ("The government met the deadline on Monday.", "other", "type:none"),
    # type:subordinate-root: the parser made the "after" clause the main one; the date's clause is not sure
    ("On May 18, three months after Ruritania launched its military operation, Valdoria and Freedonia submitted "
     "their applications.", "other", "type:subordinate-root"),
    # a date after the mark is the subordinate clause's own
    ("The envoy said “This could be a significant moment.” in a tweet before talks began on Monday.", "meeting",
     "type:object-of-light-verb"),
    # "conclude" of a meeting is its end, of an agreement its making
    ("The first round of talks concluded on Saturday.", "meeting", "type:object-of-light-verb"),
    ("The two sides concluded a trade agreement on Saturday.", "agreement", "type:object-of-light-verb"),
    # type:passage-of-a-measure: a measure or a legislature passed is a vote; other things passed or cleared are not
    ("The Senate passed a bipartisan bill late Thursday to suspend the debt ceiling.", "vote",
     "type:passage-of-a-measure"),
    ("The deal cleared the House on Wednesday night.", "vote", "type:passage-of-a-measure"),
    ("The resolution was adopted on Thursday by the assembly.", "vote", "type:passage-of-a-measure"),
    ("The convoy passed the border on Thursday.", "other", "type:none"),
    ("The party approved the coalition deal on Saturday.", "agreement", "type:verb"),
    # a legislature that approves a thing decides by a vote; an act is a measure
    ("The House of Representatives approved the Fiscal Responsibility Act on Wednesday.", "vote",
     "type:passage-of-a-measure"),
    ("The parliament approved the accord with Zenda on Friday.", "vote", "type:passage-of-a-measure"),
    # type:decision-of-a-court: a court that decides gives a ruling; a particle or another subject gives none
    ("An appellate court on Thursday rejected an injunction sought by the doctors.", "ruling",
     "type:decision-of-a-court"),
    ("The judge on Monday ordered the union to end the strike.", "ruling", "type:decision-of-a-court"),
    ("The court ruled out a delay on Thursday.", "other", "type:none"),
    ("The ministers rejected the plan on Thursday.", "other", "type:none"),
    ("The Supreme Court's ruling on Monday ended the dispute.", "ruling", "type:object-of-light-verb"),
    # light_verbs of working a deal out: the type is their object's or passive subject's, and none without one
    ("An agreement in principle was hammered out on Saturday.", "agreement", "type:object-of-light-verb"),
    ("Ruritania brokered a truce on Wednesday.", "agreement", "type:object-of-light-verb"),
    ("The army secured the town on Monday.", "other", "type:none"),
    # a coup by any of its names is of the attack type, like "coup"
    ("The July 26 ouster of the president shocked the region.", "attack", "type:dated-noun"),
])
def test_event_type_and_its_rule(text, kind, rule):
    e = only_event(text)
    assert (e.type, e.evidence["type"]) == (kind, rule)


def test_a_with_clause_of_its_own_dates_its_own_event():
    # "with X having been hammered out on Saturday": a clause with its own subject and date, beside the main one
    found = events_of("The language of the deal was finalized on Sunday, with an agreement in principle having been "
                      "hammered out on Saturday.")
    assert sorted((e.expression, e.type) for e in found) == [("Saturday", "agreement"), ("Sunday", "agreement")]


def test_a_meeting_agreed_for_a_later_day_is_planned_in_the_future():
    e = only_event("The ministers agreed to meet again on June 20.")
    assert e.when.date == "2025-06-20" and e.status == "planned"


def test_an_announcement_of_the_sentence_before_is_of_its_type():
    found = events_of("The foreign minister says the talks between the two countries will not take place. "
                      "Karim Haddad made the announcement on social media on Saturday.")
    e = next(x for x in found if x.expression.endswith("Saturday"))
    assert (e.type, e.evidence["type"]) == ("cancellation", "type:reported-in-sentence-before")
    assert "will not take place" in e.summary


def test_a_speech_verb_hung_on_the_clause_before_it_reports_its_own_sentence():
    # "X has arrived …, Minister Y said on Monday": the parser hangs "said", its subject lost, on "arrived" as a
    # conjunct; what it reports is that clause, never the sentence before
    found = events_of("Talks between the government and the opposition began in Barbados on July 8. The delegation "
                      "representing Ruritanian President Anton Melnik has arrived to Barbados to take part in the new "
                      "round of talks with the opposition, Minister of Communications and Information Luis Ortega said "
                      "on Monday.", dt.date(2019, 7, 15))
    e = next(x for x in found if x.expression == "Monday")
    assert e.summary.startswith("The delegation representing") and "began" not in e.summary


def test_a_speech_verb_with_its_subject_after_a_bare_comma_reports_the_whole_clause_before_it():
    # the parser hangs "said" with its own subject on the last conjunct of the reported clause: what the negotiator
    # said is all of it, not "the chief negotiator said on Thursday" alone
    e = only_event("Zenda has acknowledged that Port Aster has taken concrete steps to meet its concerns and the two "
                   "will hold further meetings, the chief negotiator of Valdoria said on Thursday.")
    assert e.type == "statement" and e.summary.startswith("Zenda has acknowledged that Port Aster has taken"), e.summary
    # after "and" the speech verb is a clause of its own, and reports nothing before it
    found = events_of("The delegation arrived in Port Aster on Monday, and the minister said on Tuesday.")
    assert [x.summary for x in found if x.expression == "Tuesday"] == ["the minister said on Tuesday."]


def test_a_summary_cut_before_a_conjunct_keeps_no_comma_before_its_stop():
    # the conjunct "and said …" is dropped from the dated clause; its comma must not stay before the stop
    e = only_event("Jan Roe was sworn in as prime minister of Zenda on Monday, and said his government’s main priority "
                   "is to fix the economy.")
    assert e.summary == "Jan Roe was sworn in as prime minister of Zenda on Monday."


def test_a_new_announcement_is_a_statement_of_its_own():
    # "an announcement" is not the one just told: nothing points back
    found = events_of("The foreign minister says the talks will not take place. "
                      "Karim Haddad made an announcement about fishing rights on Saturday.")
    e = next(x for x in found if x.expression.endswith("Saturday"))
    assert e.type == "statement"


def test_a_relative_clause_is_told_in_its_own_tense():
    found = events_of("The envoys outlined plans to end the conflict, which erupted in 2023.")
    e = next(x for x in found if x.expression == "2023")
    assert (e.type, e.status) == ("attack", "happened")


def test_a_boundary_of_what_did_not_happen_is_no_event():
    assert events_of("The two leaders have not met since 2019.") == []


def test_the_day_of_a_source_is_no_event():
    """Rule event.key.attribution_date: the day a statement came out, inside "according to", dates nothing."""
    found = events_of("The two countries agreed to resume trade, according to a statement published on Friday by the ministry.")
    assert all(not e.expression.endswith("Friday") for e in found)


def test_a_dated_meeting_told_with_an_attribution_stays_an_event():
    found = events_of("The ministers met in Geneva on Friday, according to a statement released by the ministry.")
    e = next(x for x in found if x.expression.endswith("Friday"))
    assert (e.type, e.status) == ("meeting", "happened")


def test_a_date_of_a_side_fact_in_a_relative_clause_is_no_event():
    """Rule event.key.relative_clause_date: "appointed last month" does not date what the minister said on Friday."""
    found = events_of("The minister, who was appointed last month, said on Friday that talks would continue.")
    assert all(not e.expression.endswith("month") for e in found)
    assert any(e.expression.endswith("Friday") and e.type == "statement" for e in found)


def test_a_typed_relative_clause_keeps_its_date_beside_a_dated_main_clause():
    found = events_of("The envoys met on Friday to end the conflict, which erupted in 2023.")
    assert any(e.expression == "2023" and e.type == "attack" for e in found)


def test_a_relative_clause_of_a_meeting_keeps_its_own_date_beside_the_main_clause():
    """event.key.relative_clause_date: a light verb of a typed noun names a happening; the clause and the main one are
    two events ("the round, which opened on Monday, ended on Friday")."""
    found = events_of("The first round of talks, which had started on Monday, concluded on Friday in Geneva.")
    assert sorted((e.when.date, e.type) for e in found) == [("2025-06-09", "meeting"), ("2025-06-13", "meeting")], \
        [(e.expression, e.summary) for e in found]


def test_a_signature_line_is_no_event():
    assert all(e.verb != "Albusaidi" for e in events_of("Badr Albusaidi (@badralbusaidi) June 14, 2025"))


# ---- planned or happened: the modality, aspect and tense of the governing predicate (issue 11) ----

MONDAY = dt.date(2025, 8, 4)


@pytest.mark.parametrize("text,date,rule", [
    ("The envoy is expected to attend on Wednesday.", "2025-08-06", "event.status.prospective_predicate"),
    ("The trade minister is due to join Wednesday's session.", "2025-08-06", "event.status.prospective_predicate"),
    ("Negotiators are scheduled to begin on Thursday.", "2025-08-07", "event.status.prospective_predicate"),
    ("The two premiers are slated to meet on Friday.", "2025-08-08", "event.status.prospective_predicate"),
    ("The rebels are poised to sign the truce on Friday.", "2025-08-08", "event.status.prospective_predicate"),
    ("The hearing is set for September 29.", "2025-09-29", "event.status.set_for_date"),
    ("The conference is to be held on August 20.", "2025-08-20", "event.status.be_to"),
    ("The minister referred to Saturday's scheduled meeting with the envoy.", "2025-08-09",
     "event.status.prospective_modifier"),
    ("The two ministers will gather at a summit hosted by the king on August 20, officials have said.", "2025-08-20",
     "event.status.future_tense"),
    ("The two delegations will meet tomorrow.", "2025-08-05", "event.status.future_tense"),
    ("The two foreign ministers meet on Thursday in Vienna.", "2025-08-07", "event.status.present_with_future_date"),
    # a promise looks forward: the promised act is planned for its day
    ("The premier vowed to sit down with the opposition on Thursday.", "2025-08-07", "event.status.prospective_predicate"),
    ("The envoy promised to visit the capital on Friday.", "2025-08-08", "event.status.prospective_predicate"),
    # rule date:headline-infinitive: a to-infinitive heading its sentence with a subject of its own
    ("Premier to meet rebels in Vienna on Wednesday", "2025-08-06", "event.status.future_tense"),
    ("Leaders to sign the truce on Wednesday, officials say", "2025-08-06", "event.status.future_tense"),
    # "supposed to", "meant to" (prospective_heads): an expectation, not a happening
    ("The envoy is supposed to arrive in the capital on Friday.", "2025-08-08", "event.status.prospective_predicate"),
    # the purpose of an act told in the future is in the future too
    ("The premier said he would send his negotiators back to Zenda to meet the rebels on Thursday.", "2025-08-07",
     "event.status.future_tense"),
])
def test_an_event_told_as_an_arrangement_is_planned_for_the_coming_day(text, date, rule):
    found = events_of(text, MONDAY)
    assert len(found) == 1, [(e.expression, e.summary) for e in found]
    e = found[0]
    assert (e.status, e.when.date, e.evidence["status"]) == ("planned", date, rule)


@pytest.mark.parametrize("text", [
    # rule event.key.plan_dated_before: a month ten months ahead reads as the one gone, and a plan gone is no event
    "Norway agreed to participate in the football tournament in June.",
    "The talks between Norway and Sweden are expected to resume in June.",
])
def test_a_plan_its_date_puts_before_the_article_is_no_event(text):
    assert_no_event(events_of(text, dt.date(2025, 8, 9)))


@pytest.mark.parametrize("text,date", [
    ("Norway agreed to participate in the football tournament in September.", "2025-09"),
    ("The talks between Norway and Sweden are expected to resume in September.", "2025-09"),
])
def test_a_plan_dated_after_the_article_is_kept(text, date):
    found = events_of(text, dt.date(2025, 8, 9))
    assert [(e.when.date, e.status) for e in found] == [(date, "planned")]


@pytest.mark.parametrize("text,date,status", [
    # rule date:act-of-the-cue: an infinitive that names no happening is the agreement's, told in its past
    ("Norway agreed to normalize relations with Sweden on Friday.", "2025-08-01", "happened"),
    ("Portugal joined Norway in agreeing to normalize relations with Sweden on Friday.", "2025-08-01", "happened"),
    ("Norway has agreed to extend the truce with Sweden on Friday.", "2025-08-01", "happened"),
    # which side is not sure: the nearest day, planned when it is after the article's
    ("Norway agreed to normalize relations with Sweden on Tuesday.", "2025-08-05", "planned"),
    # an infinitive that names one keeps the coming day, and so does a cue told in the future
    ("Norway agreed to sign the accord with Sweden on Friday.", "2025-08-08", "planned"),
    ("Norway and Sweden agreed to meet in Oslo on Friday.", "2025-08-08", "planned"),
    ("Norway will agree to normalize relations with Sweden on Friday.", "2025-08-08", "planned"),
    ("Norway agreed to participate in the football tournament in Sweden on Friday.", "2025-08-08", "planned"),
    # a present cue offers the coming day, and so does one whose infinitive starts a happening ("start negotiations")
    ("Norway agrees to normalize relations with Sweden on Friday.", "2025-08-08", "planned"),
    ("We propose to start negotiations with Sweden without delay on Friday in Oslo.", "2025-08-08", "planned"),
])
def test_an_infinitive_that_names_no_happening_dates_the_agreement(text, date, status):
    found = events_of(text, MONDAY)
    assert len(found) == 1, [(e.expression, e.summary) for e in found]
    e = found[0]
    assert (e.status, e.when.date, e.type) == (status, date, "meeting" if "meet" in text or "negotiations" in text
                                               else "agreement")
    cue = "will" not in text and "agrees" not in text and ("normalize" in text or "extend" in text)
    assert (e.evidence["status"] in {"event.status.not_future", "event.status.after_publication"}) == cue
    # the date rule is named where it moved the day off the one the infinitive's future tense gives
    assert (e.evidence.get("date") == "date:act-of-the-cue") == (cue and " agreed" in text and status == "happened")


@pytest.mark.parametrize("text,date,rule", [
    ("The two foreign ministers met on Thursday in Vienna.", "2025-07-31", "event.status.past_tense"),
    ("The envoys had met on July 30 before the vote.", "2025-07-30", "event.status.past_tense"),
    ("The premier said on Friday that the border would stay shut.", "2025-08-01", "event.status.past_tense"),
    ("The delegation arrived in Vienna on Saturday.", "2025-08-02", "event.status.past_tense"),
    ("Both armies agreed to respect the truce signed last week.", "2025-07-28", "event.status.backward_date_word"),
    # "am" of a time of day is no present "be": the meeting ran until Friday night, last Friday
    ("The delegation had a meeting with the mediators until 2:30 am on Friday.", "2025-08-01", "event.status.past_tense"),
])
def test_an_event_told_in_the_past_stays_happened(text, date, rule):
    e = next(x for x in events_of(text, MONDAY) if x.when.date == date)
    assert (e.status, e.evidence["status"]) == ("happened", rule)


def test_a_date_on_a_noun_inside_a_purpose_clause_is_the_nouns_not_the_future_acts():
    found = events_of("The two sides will hold a meeting on Wednesday in Zenda to discuss the truce suspended in early "
                      "July.", MONDAY)
    assert [(e.when.date, e.status) for e in found if e.when.date.startswith("2025-07")] != [] and \
        all(e.status != "planned" for e in found if e.when.date.startswith("2025-07")), \
        [(e.when, e.status, e.evidence) for e in found]


def test_an_agreement_told_by_its_own_past_keeps_its_day_that_looks_back():
    e = only_event_on("The two premiers agreed to resume talks earlier this year.", MONDAY)
    assert (e.status, e.evidence["status"]) == ("happened", "event.status.backward_date_word")


@pytest.mark.parametrize("text", [
    "The premier pledged on Friday to meet the families of the missing.",
    "The rebels vowed on Friday to continue fighting.",
])
def test_the_day_of_a_promise_is_a_statement_not_the_promised_act(text):
    e = only_event_on(text, MONDAY)
    assert (e.when.date, e.status, e.type, e.evidence["type"]) == ("2025-08-01", "happened", "statement", "type:promise")


@pytest.mark.parametrize("text", [
    "The pact was signed after President Jan Roe said on Friday that he wanted a deal with Lindor.",
    "Foreign Minister Eva Roe said on Friday that she hoped to meet her Lindor counterpart soon.",
])
def test_the_day_a_wish_is_told_is_a_statement_not_the_wished_act(text):
    """Rule type:reported-wish: what a speech verb reports under a verb of a wish or an aim has not happened that
    day."""
    e = only_event_on(text, MONDAY)
    assert (e.when.date, e.status, e.type) == ("2025-08-01", "happened", "statement"), (e.type, e.evidence)


def test_a_reported_done_act_keeps_its_type():
    e = only_event_on("Foreign Minister Eva Roe said on Friday that the two sides had signed a deal.", MONDAY)
    assert (e.when.date, e.type) == ("2025-08-01", "agreement"), (e.type, e.evidence)


@pytest.mark.parametrize("text", [
    "The premier meets the visiting chancellor on Monday, August 4, 2025, in the capital.",
    "The premier meets the visiting chancellor on Sunday, August 3, in the capital.",
])
def test_a_present_dated_by_a_stated_day_not_after_the_article_is_no_arrangement(text):
    e = only_event_on(text, MONDAY)  # a caption of the day: event.status.present_of_a_stated_day
    assert e.status == "happened", e.evidence


def test_a_present_dated_by_a_weekday_the_article_placed_before_is_no_arrangement():
    # "Thursday" was placed by the past clause before it: Thursday's vote happened, whatever the present around it
    found = events_of("The union members voted to reject the contract offer on Thursday. Thursday's vote marks a "
                      "decisive rejection of the deal.", dt.date(2024, 9, 13))
    assert [(e.when.date, e.status) for e in found] == [("2024-09-12", "happened")] * 2, \
        [(e.when, e.status, e.evidence) for e in found]


def test_a_present_dated_by_a_bare_weekday_is_still_an_arrangement():
    e = only_event_on("The premier meets the visiting chancellor on Monday in the capital.", MONDAY)
    assert (e.status, e.when.date) == ("planned", "2025-08-04")


def only_event_on(text: str, ref: dt.date):
    found = events_of(text, ref)
    assert len(found) == 1, [(e.expression, e.summary) for e in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "The two foreign ministers did not meet on Thursday.",
    "The envoy is not expected to attend on Wednesday.",
    "The premier did not agree to travel on Friday.",
    # a schedule dated by a day that looks back (event.key.scheduled_before): the text does not say it was kept,
    # and it is no longer ahead
    "The two leaders were due to sign the peace deal yesterday.",
    "The talks were scheduled to begin yesterday.",
    "The two leaders were to sign the accord yesterday.",
    "The elections had been set to take place last year, but were called off.",
])
def test_what_did_not_happen_and_is_not_planned_is_no_event(text):
    assert events_of(text, MONDAY) == []


def test_a_weekday_named_again_in_an_article_is_the_same_day():
    # published on a Saturday: the first "Friday" is yesterday; the same name later, under "expected to",
    # is that day again, not the Friday after
    found = events_of("The ministry said on Friday that the accord was ready. "
                      "The two presidents are expected to arrive in Oslo on Friday.", dt.date(2025, 8, 9))
    assert [e.when.date for e in found] == ["2025-08-08", "2025-08-08"]
    assert found[1].evidence.get("date") == "date:weekday-named-before" and "date" not in found[0].evidence
    # alone, the same sentence looks ahead
    assert [e.when.date for e in events_of("The two presidents are expected to arrive in Oslo on Friday.",
                                           dt.date(2025, 8, 9))] == ["2025-08-15"]


def test_a_weekday_told_with_will_after_one_gone_by_is_the_coming_one():
    """A clause told with "will" never takes a weekday the article placed before its day (the guard of
    ``date:weekday-named-before``): published on a Monday, "met on Wednesday" is five days back, "will resume on
    Wednesday" two days ahead."""
    found = events_of("The envoys met on Wednesday in Oslo. The talks will resume on Wednesday, the ministry said.",
                      dt.date(2021, 12, 6))
    assert [(e.when.date, e.status) for e in found] == [("2021-12-01", "happened"), ("2021-12-08", "planned")]


def test_an_infinitive_under_a_participle_of_a_future_clause_is_in_that_future():
    """Rule ``date:infinitive-under-future``: "will be signed a day later, allowing X to seek election on Wednesday":
    the Wednesday to come, never the one gone by."""
    found = events_of("If all parties approve the plans, the agreement will be signed a day later, allowing Jan Roe "
                      "to formally seek election as chancellor in parliament on Wednesday.", dt.date(2021, 12, 6))
    assert [e.when.date for e in found if "Wednesday" in e.expression] == ["2021-12-08"]
    # a participle of a past clause keeps the past: "met on Monday, hoping to sign on Friday" dates no signing ahead
    found = events_of("The envoys met on Monday, hoping to sign the deal on Friday.", dt.date(2021, 12, 6))
    assert "2021-12-10" not in [e.when.date for e in found]


def test_a_negated_meeting_is_still_told_as_its_cancellation():
    e = only_event("The talks scheduled for Sunday will not take place.")
    assert e.type == "cancellation"
    # the talks were set for a day, but what is told is that they are called off: that happened
    found = events_of("The envoy said on Friday that the talks, which were set for Sunday, would no longer take place.")
    e = next(x for x in found if x.expression == "Sunday")
    assert (e.type, e.status) == ("cancellation", "happened")


def test_one_party_staying_away_calls_nothing_off():
    # "will not join the summit" is the party's absence (event_types.attendance_verbs); the summit is not cancelled
    for text in ("The palace says President Jan Roe will not join the planned summit in Oslo on Friday.",
                 "Ruritania will not attend the talks on Friday."):
        found = events_of(text)
        assert found and all(e.type != "cancellation" for e in found), (text, found)
    # the talks themselves not taking place still are
    assert only_event("The talks on Friday will not take place.").type == "cancellation"


def test_a_happening_reported_as_to_come_leaves_the_speaking_day_a_statement():
    # type:reported-as-to-come: the aide's Thursday is the day of the statement; the meeting is expected, not held
    for text in ("The first meeting is expected to take place at noon with just the two leaders, the aide Jan Roe "
                 "said Thursday.",
                 "Chancellor Ilse Varnik said on Thursday that a summit of the three leaders is expected to follow.",
                 "The minister said on Thursday that the talks could resume in Oslo.",
                 # a reported clause denied: "was not invited" tells no invitation that day
                 "The spokeswoman told reporters on Thursday that the envoy was not invited to the summit."):
        e = next(x for x in events_of(text) if x.expression == "Thursday")
        assert (e.type, e.status) == ("statement", "happened"), (text, e)
    # a happening reported as done keeps its type
    e = next(x for x in events_of("The minister said on Thursday that the talks had resumed in Oslo.")
             if x.expression == "Thursday")
    assert e.type == "meeting", e
    # an agreement told as done keeps its type, whatever it looks forward to
    e = next(x for x in events_of("The party announced on Thursday that its members had agreed to enter a coalition.")
             if x.expression == "Thursday")
    assert e.type == "agreement", e


def test_not_only_negates_nothing():
    # "not only … but": a correlative pair, no negation (clauses.negates), so no cancellation
    found = events_of("President Mark Dalton's summit meeting with his Norwegian counterpart Ivan Sokolov is not only "
                      "a \"sign of hope\" for relations between the countries but, for the whole world, the Danish "
                      "president said on Tuesday.")
    assert found and all(e.type != "cancellation" for e in found), found


# ---- merging across articles ----------------------------------------------------------------

def briefing_of(tmp_path: Path, articles: dict[str, str]) -> dict:
    return corpus_json(tmp_path, articles)


def dated(data: dict, date: str) -> list[dict]:
    return [e for e in data["events"] if e["date"] == date]


def test_a_cancellation_is_not_merged_into_a_remark_of_the_same_day(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-10-22_remark.txt": "Summit doubts\n\nKremlin spokesman Anton Belov said on Wednesday that "
                                 "preparations for the summit in Vienna were continuing.",
        "2025-10-22_cancel.txt": "Summit off\n\nPresident Mark Dalton cancelled the summit in Vienna on Wednesday.",
    })
    day = dated(data, "2025-10-22")
    assert sorted(e["type"] for e in day) == ["cancellation", "statement"]
    cancel = next(e for e in day if e["type"] == "cancellation")
    assert [c["source"] for c in cancel["citations"]] == ["2025-10-22-cancel"]


def test_a_planned_meeting_later_reported_held_becomes_one_happened_event(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-11-03_plan.txt": "Talks ahead\n\nForeign Minister Karl Weber will meet Foreign Minister Ana Ruiz "
                               "in Oslo on Friday.",
        "2025-11-08_held.txt": "Talks held\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Oslo "
                               "on Friday.",
    })
    day = dated(data, "2025-11-07")
    assert len(day) == 1, day
    e = day[0]
    assert e["status"] == "happened" and e["type"] == "meeting"
    assert {c["source"] for c in e["citations"]} == {"2025-11-03-plan", "2025-11-08-held"}
    assert e["evidence"]["merges"][0]["rule"] in {"merge:date+type+venue", "merge:planned-then-held"}


def test_one_past_event_in_three_articles_is_one_event_citing_all(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-03-01_a.txt": "Anniversary\n\nRussia invaded Ukraine in February 2022.",
        "2025-03-02_b.txt": "Looking back\n\nSince Russia's full-scale invasion of Ukraine in February 2022, "
                            "millions have fled.",
        "2025-03-03_c.txt": "Three years on\n\nThe war began when Russia invaded Ukraine in February 2022.",
    })
    feb = dated(data, "2022-02")
    assert len(feb) == 1, feb
    assert feb[0]["type"] == "attack"
    assert {c["source"] for c in feb[0]["citations"]} == {"2025-03-01-a", "2025-03-02-b", "2025-03-03-c"}
    assert {m["rule"] for m in feb[0]["evidence"]["merges"]} <= {"merge:date+type+actor", "merge:date+type+venue"}


def test_one_phone_call_told_three_ways_is_one_call(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-10-17_a.txt": "Call\n\nPresident Mark Dalton and President Ivan Sokolov spoke by phone on Thursday.",
        "2025-10-18_b.txt": "Summit\n\nAfter a phone call with Ivan Sokolov on October 16, Mark Dalton announced "
                            "a summit.",
        "2025-10-20_c.txt": "Plans\n\nDalton and Sokolov held a two-hour call on Thursday, October 16, the "
                            "ministry said.",
    })
    calls = dated(data, "2025-10-16")
    assert len(calls) == 1 and calls[0]["type"] == "call", calls
    assert {c["source"] for c in calls[0]["citations"]} == {"2025-10-17-a", "2025-10-18-b", "2025-10-20-c"}


def test_an_untyped_report_merged_with_a_typed_one_is_told_by_the_typed_one(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-07-10_a.txt": "Thanks\n\n\"I thank you for the warm welcome and for our talk today,\" the guest said.",
        "2025-07-10_b.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Oslo on July 10.",
    })
    day = dated(data, "2025-07-10")
    assert [e["type"] for e in day] == ["meeting"], day
    assert day[0]["summary"].startswith("Foreign Minister Karl Weber met"), day  # summary:typed-report
    assert day[0]["evidence"]["reported_by"]["source"] == "2025-07-10-b" and len(day[0]["citations"]) == 2, day


def test_a_past_happening_told_by_its_year_joins_the_one_dated_to_its_day(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-16_a.txt": "Ties\n\nPresident Karl Weber and Premier Ana Ruiz met in Bergen on October 23 last year.",
        "2025-08-31_b.txt": "Summit\n\n\"Last year in Bergen, we held very useful talks,\" Weber told Ruiz.",
    })
    past = [e for e in data["events"] if (e["date"] or "").startswith("2024")]
    assert [e["date"] for e in past] == ["2024-10-23"], past
    assert [m["rule"] for m in past[0]["evidence"]["merges"]] == ["merge:one-happening-at-a-finer-date"]


@pytest.mark.parametrize("text", [
    "The rebels have fought the army since it seized power in a coup on 3 March 2021.",  # rule event.key.since_long_before
    "Talks have stalled since the two sides met in Port Aster in October 2024.",
    "Since March, the rebels captured large areas near the northern border.",  # a "since" phrase on a verb
    "The envoys want to seal a pact that has been quietly advancing since March.",
    "Three rounds of talks have taken place in Port Aster since February.",
])
def test_a_date_that_opened_a_period_long_before_the_article_is_background(text):
    assert events_of(text) == []


def test_a_since_phrase_still_dates_the_state_a_verb_is_told_by_and_a_recent_start():
    assert [e.type for e in events_of("The country has been engulfed by civil war since April 2023.")] == ["attack"]
    found = events_of("Three rounds of talks have taken place in Port Aster since June 2.")
    assert [e.when.date for e in found] == ["2025-06-02"], [(e.expression, e.when) for e in found]


@pytest.mark.parametrize("text", [
    "Asked if he would visit Port Aster in 2026, the president said it could be.",
    "The minister was not sure whether the summit could be held in February.",
    "If the accord is signed on Friday, the border will reopen.",
])
def test_a_date_in_a_condition_or_a_question_is_no_event(text):
    """Rule event.key.hypothetical."""
    assert_no_event(events_of(text))


@pytest.mark.parametrize("text", [
    # rule event.key.denied: a clause under a verb of denial, a plan a "no" rules out
    "Jan Roe denied that a summit in Port Aster had been agreed for Monday.",
    "Jan Roe dismissed reports that talks were planned for Monday.",
    "There are no plans for a summit in Port Aster on Monday.",
    "There is no plan to meet in Port Aster on Monday.",
    # rule event.key.conditional: a supposed meeting under "if"
    "The leaders would meet in Port Aster on Monday if the ceasefire holds.",
    "The leaders could meet in Port Aster on Monday if the ceasefire holds.",
    # a negated verb of planning that dates its own object plans nothing, and tells nothing done
    "Jan Roe does not expect a summit in Port Aster on Monday.",
    "Nobody expects a summit in Port Aster on Monday.",
    # a subject that denies its verb: nothing was done that day
    "Neither side signed the accord on Monday.",
    "No deal was reached on Monday.",
    # rule event.key.hoped_for: a hope is neither set nor done ("hopes" is read as "hop" by the tagger)
    "Marta Kowal hopes the talks will resume on Monday.",
    "Marta Kowal said she hoped the talks would resume on Monday.",
    "Marta Kowal wants to meet Peter Novak on Friday.",
    # rule event.key.refused: what a party refused to do was not done
    "Marta Kowal refused to meet Peter Novak on Monday.",
    # rule event.key.new_date_of_a_delay: the day a happening is moved to dates no postponement
    "The talks were postponed to Thursday.",
    "The talks were rescheduled for Friday.",
])
def test_a_clause_denied_ruled_out_supposed_hoped_or_refused_is_no_event(text):
    assert_no_event(events_of(text))


def test_a_denial_keeps_its_own_day_and_a_plain_future_with_a_condition_is_planned():
    said = only_event("Jan Roe denied on Monday that a summit had been agreed.")
    assert (said.type, said.when.date) == ("statement", "2025-06-09")
    planned = only_event("The leaders will meet in Port Aster on Monday if all goes well.")
    assert (planned.type, planned.status, planned.when.date) == ("meeting", "planned", "2025-06-16")


def test_no_meeting_on_a_day_is_a_meeting_called_off_not_one_planned():
    found = only_event("There will be no meeting on Monday.")
    assert (found.type, found.when.date) == ("cancellation", "2025-06-16")


def test_a_dated_typed_noun_in_a_condition_is_still_told():
    found = events_of("If an agreement is reached in today's talks, a truce will follow.")
    assert [(e.type, e.when.date) for e in found] == [("meeting", "2025-06-14")]


@pytest.mark.parametrize("text", [
    "The spokesman said on Wednesday that the negotiations with Elbonia are on pause.",
    "The president said on Thursday that the trade talks with Elbonia were going well.",
    "The talks over a trade deal are ongoing, the minister said on Thursday.",
])
def test_a_state_a_speech_verb_reports_is_the_statement_not_a_meeting(text):
    assert [(e.type, e.evidence["type"]) for e in events_of(text)] == [("statement", "type:verb")]


@pytest.mark.parametrize("text", [
    "The minister said on Monday that the envoys were meeting in Port Aster.",
    "The minister said on Monday that the talks were held in Port Aster.",
])
def test_an_act_a_speech_verb_reports_keeps_its_type(text):
    assert [(e.type, e.evidence["type"]) for e in events_of(text)] == [("meeting", "type:complement-of-speech-verb")]


def test_a_year_inside_a_proper_name_dates_nothing():
    assert events_of("Ruritania lifted the fines under the 1994 Port Aster Water Memorandum.") == []  # event.key.year_of_a_name
    found = events_of("Ruritania lifted the fines under the water accord of 1994.")
    assert [e.when.date for e in found] == ["1994"], [(e.expression, e.when) for e in found]


def test_a_date_that_opened_a_period_days_before_the_article_is_still_dated():
    found = events_of("Fighting has continued since rebels attacked the border post on June 9.")
    assert [e.when.date for e in found] == ["2025-06-09"], [(e.expression, e.when) for e in found]


def test_the_accord_told_by_its_year_in_several_ways_is_one_event(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-16_a.txt": "Deal\n\nNorway signed the river accord with Sweden in 2015.",
        "2025-08-31_b.txt": "Row\n\nThe minister said the 2015 accord was still binding on both sides.",
        "2025-09-02_c.txt": "Vote\n\nThe council cited its resolution, which endorsed the accord in 2015.",
    })
    old = [e for e in data["events"] if e["date"] == "2015"]
    assert len(old) == 1 and len(old[0]["citations"]) == 3, old  # rule merge:named-by-its-year


def test_one_person_s_words_told_last_week_and_on_a_day_of_that_week_are_one_statement(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-06-11_a.txt": "Row\n\nPremier Ana Ruiz said on Thursday, June 5, that the strait was a vital interest.",
        "2025-06-12_b.txt": "Protest\n\nLast week, Premier Ana Ruiz told parliament that the strait was a vital interest.",
    })
    said = [e for e in data["events"] if e["type"] == "statement"]
    assert len(said) == 1 and len(said[0]["citations"]) == 2, said  # rule merge:week-holds-day


def test_what_two_leaders_said_in_a_month_joins_their_one_meeting_that_month(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-16_a.txt": "Talks\n\nPresident Karl Weber and Premier Ana Ruiz met in Bergen on July 9.",
        "2025-08-31_b.txt": "Dam\n\nPresident Karl Weber and Premier Ana Ruiz said in July that they would aim to "
                            "settle the river dispute within a year.",
    })
    july = [e for e in data["events"] if (e["date"] or "").startswith("2025-07")]
    assert [e["date"] for e in july] == ["2025-07-09"], july  # rule merge:joint-statement-at-the-gathering
    assert [m["rule"] for m in july[0]["evidence"]["merges"]] == ["merge:joint-statement-at-the-gathering"]


def test_what_one_person_said_in_a_month_stays_apart_from_a_meeting_that_month(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-16_a.txt": "Talks\n\nPresident Karl Weber and Premier Ana Ruiz met in Bergen on July 9.",
        "2025-08-31_b.txt": "Dam\n\nPresident Karl Weber said in July that he would aim to settle the river dispute "
                            "within a year.",
    })
    july = [e for e in data["events"] if (e["date"] or "").startswith("2025-07")]
    assert sorted(e["date"] for e in july) == ["2025-07", "2025-07-09"], july


def test_a_year_report_joins_the_one_event_of_its_own_type_before_one_of_its_family(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-16_a.txt": "Ties\n\nPresident Karl Weber and Premier Ana Ruiz met in Bergen on October 23 last year. "
                            "The envoy Jan Kral made a trip to Oslo last December.",
        "2025-08-31_b.txt": "Summit\n\n\"Last year, we held very useful talks,\" the premier told reporters.",
    })
    past = {e["date"]: e for e in data["events"] if (e["date"] or "").startswith("2024")}
    assert sorted(past) == ["2024-10-23", "2024-12"], past
    assert len(past["2024-10-23"]["citations"]) == 2, past


def test_a_year_report_stays_apart_when_two_events_of_its_type_share_the_year(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-16_a.txt": "Ties\n\nWeber and Ruiz met in Bergen on October 23 last year. Weber and Ruiz met "
                            "in Bergen again on December 2 last year.",
        "2025-08-31_b.txt": "Summit\n\n\"Last year in Bergen, we held very useful talks,\" Weber told Ruiz.",
    })
    assert "2024" in [e["date"] for e in data["events"]], data["events"]


def test_a_past_agreement_named_by_its_year_in_two_ways_is_one_event(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-07-01_a.txt": "Border\n\nThe envoys discussed a return to the 1974 agreement on the valley.",
        "2025-07-03_b.txt": "Valley\n\nBoth sides want to restore the disengagement accord of 1974 in the valley.",
    })
    year = dated(data, "1974")
    assert len(year) == 1 and len(year[0]["citations"]) == 2, year
    assert [m["rule"] for m in year[0]["evidence"]["merges"]] == ["merge:named-by-its-year"]


def test_the_meeting_named_by_its_date_is_that_day_s_meeting(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-07-10_a.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Oslo on July 10.",
        "2025-07-12_b.txt": "Topics\n\nOne of the central topics of the July 10 meeting was trade.",
    })
    day = dated(data, "2025-07-10")
    assert len(day) == 1, day
    assert [m["rule"] for m in day[0]["evidence"]["merges"]] == ["merge:named-by-its-date"]


def test_a_building_and_its_city_are_one_place_for_merging(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-06-27_a.txt": "Deal\n\nThe two foreign ministers signed the agreement at the White House on Friday.",
        "2025-06-28_b.txt": "Deal signed\n\nThe agreement was signed in Washington on Friday, June 27.",
    })
    day = dated(data, "2025-06-27")
    assert len(day) == 1, day  # the building is one venue with its city (venue.building_in_city)
    assert [m["rule"] for m in day[0]["evidence"]["merges"]] == ["merge:date+type+venue"]
    assert day[0]["venues"] == ["washington"]


@pytest.mark.parametrize("act, status", [
    ("cancelled the meeting in Muscat on Friday", "cancelled"),
    # cancelling_prep_objects: "put on hold" calls it off for now ("put" is among postponing)
    ("put the meeting in Muscat on hold on Friday", "postponed"),
])
def test_a_reported_cancellation_marks_the_planned_meeting_cancelled(tmp_path, act, status):
    data = briefing_of(tmp_path, {
        "2025-06-10_plan.txt": "Round set\n\nForeign Minister Karl Weber and Foreign Minister Ana Ruiz will meet "
                               "in Muscat on June 15.",
        "2025-06-13_off.txt": f"Round off\n\nForeign Minister Karl Weber {act}.",
    })
    planned = dated(data, "2025-06-15")
    assert len(planned) == 1 and planned[0]["status"] == status, planned
    assert planned[0]["evidence"]["status"] == "status:called-off-by-later-report"
    cancel = dated(data, "2025-06-13")
    assert len(cancel) == 1 and cancel[0]["type"] == "cancellation" and cancel[0]["status"] == "happened"


def test_different_types_on_one_day_stay_apart_even_with_one_actor(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-05-10_a.txt": "Strikes\n\nPresident Mark Dalton signed a trade agreement with Canada on Friday.",
        "2025-05-10_b.txt": "Sanctions\n\nPresident Mark Dalton imposed sanctions on the finance minister of "
                            "Ruritania on Friday.",
    })
    assert sorted(e["type"] for e in dated(data, "2025-05-09")) == ["agreement", "sanction"]


@pytest.mark.parametrize("day, shown", [("May 13", None), ("May 13, 2025", "2025-05-13")])
def test_an_undated_reports_day_is_shown_only_when_its_year_is_printed(tmp_path, day, shown):
    # an undated article speaks from the latest day it names; with no year printed, that year is the other
    # articles' guess: the venue's history shows no date for the report rather than a guessed one
    data = briefing_of(tmp_path, {
        "2025-04-01_a.txt": "Talks\n\nThe two delegations met in Lisbon on Tuesday.",
        "offer.txt": f"Offer\n\nForeign Minister Ana Ruiz offered on {day} to host the next talks in Madrid.",
    })
    madrid = next(v for v in data["venues"] if v["name"] == "Madrid")
    assert [h["date"] for h in madrid["history"]] == [shown]


def test_a_day_a_state_has_lasted_since_is_no_day_an_undated_report_speaks_from(tmp_path):
    # rule reference.since_day: the only day named is the start of a state: the report's day is not shown
    data = briefing_of(tmp_path, {
        "2025-04-01_a.txt": "Talks\n\nThe two delegations met in Lisbon on Tuesday.",
        "offer.txt": "Offer\n\nThe leaders are expected to announce the agreement during a summit in Madrid. "
                     "Ruritania has been suspended from the bloc since 1 December 2016.",
    })
    madrid = next(v for v in data["venues"] if v["name"] == "Madrid")
    assert [h["date"] for h in madrid["history"]] == [None]


def test_venue_page_data_current_status_is_the_latest_report(tmp_path):
    data = briefing_of(tmp_path, {  # read in the reverse order of their dates
        "a-held.md": "---\ntitle: Held\npublished: 2025-04-05\n---\nThe two delegations met in Madrid on Friday.",
        "b-offer.md": "---\ntitle: Offer\npublished: 2025-04-01\n---\nForeign Minister Ana Ruiz offered to host "
                      "the talks in Madrid.",
    })
    madrid = next(v for v in data["venues"] if v["name"] == "Madrid")
    assert [(h["status"], h["date"]) for h in madrid["history"]] == [("offered", "2025-04-01"), ("held", "2025-04-05")]
    assert madrid["current"]["status"] == "held" and madrid["current"]["date"] == "2025-04-05"


def test_every_lexicon_word_is_a_string():
    """YAML reads bare off/on/yes/no as booleans: every list in the lexicon must hold strings only."""
    from generator.lexicon import lexicon

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{path}/{k}")
        elif isinstance(node, list):
            bad = [w for w in node if not isinstance(w, str)]
            assert not bad, (path, bad)

    walk(lexicon(), "")


# ---- evidence and the venue page -------------------------------------------------------------

def facts_of(tmp_path: Path, articles: dict[str, str]):
    """The extracted facts of each article, as reconcile receives them."""
    import generator.pipeline as pipeline

    seen = {}
    original = pipeline.build_briefing

    def spy(all_facts):
        seen["facts"] = all_facts
        return original(all_facts)

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    pipeline.build_briefing = spy
    try:
        pipeline.build(seeds, workers=1)
    finally:
        pipeline.build_briefing = original
    return seen["facts"]


def test_rules_named_by_the_extractor_reach_the_export(tmp_path):
    """The contract with extraction: raw facts may carry ``evidence`` (field → rule name)."""
    from generator.reconcile import build_briefing

    facts = facts_of(tmp_path, {"2025-04-05_a.txt": "Venue\n\nForeign Minister Ana Ruiz met the envoy in Madrid "
                                                    "on Friday.\n\nForeign Minister Ana Ruiz said: “We will keep "
                                                    "talking until there is peace in the region.”"})
    vm = facts[0].venues[0]
    vm.evidence = {f"status:{vm.statuses[0]}": "venue:test-rule"}
    quote = facts[0].quotes[0]
    quote.evidence = {"speaker": "quote:test-speaker"}
    for m in facts[0].entities.mentions:
        if m.role:
            m.evidence = {"role": "role:test-title"}
    data = build_briefing(facts).to_json()
    madrid = next(v for v in data["venues"] if v["name"] == "Madrid")
    assert madrid["history"][0]["evidence"] == "venue:test-rule"
    ruiz = next(a for a in data["actors"] if a["name"] == "Ana Ruiz")
    assert ruiz["quotes"][0]["evidence"] == {"speaker": "quote:test-speaker"}
    assert ruiz["evidence"].get("role") == "role:test-title"


def test_venue_page_shows_the_current_status_with_its_date_and_the_history_in_date_order(tmp_path):
    from generator.render import render_pages
    from generator.reconcile import build_briefing

    # reading order (by file name) is the reverse of the order of the reports' dates
    facts = facts_of(tmp_path, {
        "a-held.md": "---\ntitle: Held\npublished: 2025-04-05\n---\nThe two delegations met in Madrid on Friday.",
        "b-offer.md": "---\ntitle: Offer\npublished: 2025-04-01\n---\nForeign Minister Ana Ruiz offered to host "
                      "the talks in Madrid.",
    })
    assert [f.article.id for f in facts] == ["a-held", "b-offer"]
    briefing = build_briefing(facts)
    import html

    page = render_pages(briefing, Path(__file__).resolve().parent.parent / "templates", True)["venues/madrid.md"]
    page = html.unescape(page)  # values are escaped as inert text
    assert "**Status now:** held (reported 2025-04-05)" in page
    history = page[page.index("## Status history"):]
    assert history.index("2025-04-01") < history.index("2025-04-05")


def test_a_cancelled_event_is_cancelled_in_the_calendar(tmp_path):
    from generator.ical import to_ics

    facts = facts_of(tmp_path, {
        "2025-06-10_plan.txt": "Round set\n\nForeign Minister Karl Weber and Foreign Minister Ana Ruiz will meet "
                               "in Muscat on June 15.",
        "2025-06-13_off.txt": "Round off\n\nForeign Minister Karl Weber cancelled the meeting in Muscat on Friday.",
    })
    from generator.reconcile import build_briefing

    ics = to_ics(build_briefing(facts)).decode()
    assert "STATUS:CANCELLED" in ics and "Cancelled. " in ics


def test_a_year_and_a_month_in_it_are_one_event_of_one_type(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-09-01_a.txt": "Background\n\nThe country has been engulfed by civil war since April 2023.",
        "2025-09-02_b.txt": "Truce plan\n\nThe envoys outlined plans to end the civil war, which erupted in 2023.",
    })
    wars = [e for e in data["events"] if (e["date"] or "").startswith("2023")]
    assert len(wars) == 1 and wars[0]["date"] == "2023-04", wars
    assert {c["source"] for c in wars[0]["citations"]} == {"2025-09-01-a", "2025-09-02-b"}


def test_a_year_and_a_month_of_different_types_stay_apart(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-09-01_a.txt": "Background\n\nThe country has been engulfed by civil war since April 2023.",
        "2025-09-02_b.txt": "Talks\n\nThe negotiations began in 2023.",
    })
    assert len([e for e in data["events"] if (e["date"] or "").startswith("2023")]) == 2


def test_the_statement_a_meeting_follows_is_dated_and_merged_with_the_plan_it_put_forward(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-10-20_a.txt": "Talks in Oslo\n\nThe Oslo meetings follow a joint statement issued by the four "
                            "countries in September, in which they called for a truce.",
        "2025-10-21_b.txt": "Truce plan\n\nQuad officials continue to press their September blueprint.",
    })
    sept = dated(data, "2025-09")
    assert len(sept) == 1, sept
    assert sept[0]["summary"].startswith("a joint statement issued")  # the statement, not the Oslo meetings
    assert sept[0]["venues"] == [] and sept[0]["type"] == "proposal"
    assert {c["source"] for c in sept[0]["citations"]} == {"2025-10-20-a", "2025-10-21-b"}


def test_the_undated_lead_of_a_datelined_article_happened_on_its_day(tmp_path):
    data = briefing_of(tmp_path, {
        "lead.txt": "Leaders meet in Tallinn\n\nTALLINN, July 10, 2025 — President Mark Dalton and Prime Minister "
                    "Ivan Sokolov held a bilateral meeting in Tallinn, where they discussed border issues.",
        "2025-07-09_plan.txt": "Meeting ahead\n\nPresident Mark Dalton and Prime Minister Ivan Sokolov will meet in "
                               "Tallinn on July 10.",
    })
    day = dated(data, "2025-07-10")
    assert len(day) == 1 and day[0]["type"] == "meeting" and day[0]["status"] == "happened", day
    assert {c["source"] for c in day[0]["citations"]} == {"lead", "2025-07-09-plan"}
    assert day[0]["evidence"]["date"] == "date:dateline-lead"  # the held report dates it, and says by which rule


def test_a_lead_away_from_the_dateline_place_stays_undated(tmp_path):
    data = briefing_of(tmp_path, {
        "lead.txt": "Leaders meet\n\nTALLINN, July 10, 2025 — President Mark Dalton and Prime Minister Ivan Sokolov "
                    "held a bilateral meeting in Riga, where they discussed border issues.",
    })
    assert dated(data, "2025-07-10") == []


@pytest.mark.parametrize("text", [
    "The ministers agreed to draft a peace agreement by 2 May.",
    "By 16 February, the rebels had taken the town.",
    "The ceasefire holds until June 30.",
    # "after" or "before" a day: what happened, happened some time on one side of it
    "The draft terms include a withdrawal from all areas seized after December 8, 2024.",
    "The two sides resumed talks after January 5.",
    "The agreement must be signed before June 30.",
])
def test_a_date_that_only_bounds_the_clause_dates_no_event(text):
    assert events_of(text) == []


def test_a_lead_with_no_place_meets_its_dateline_place(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-06-28_a.txt": "Signing\n\nTALLINN, Estonia – On June 27, the foreign minister Karl Weber hosted the "
                            "signing of the peace agreement between the two neighbours.",
        "2025-06-28_b.txt": "Peace deal\n\nThe two neighbours signed a peace agreement in Tallinn on Friday.",
    })
    day = dated(data, "2025-06-27")
    assert len(day) == 1 and day[0]["type"] == "agreement", day
    assert [m["rule"] for m in day[0]["evidence"]["merges"]] == ["merge:date+type+dateline-place"]


def test_a_later_sentence_does_not_take_the_dateline_place(tmp_path):
    """The dateline's place is its lead sentence's only: the later signing report is not one with the signing in
    Tallinn by that place (merge:date+type+dateline-place), only as a report that names no one there."""
    data = briefing_of(tmp_path, {
        "2025-06-28_a.txt": "Signing\n\nTALLINN, Estonia – The minister spoke to reporters. On June 27, the foreign "
                            "minister Karl Weber hosted the signing of the peace agreement between the two neighbours.",
        "2025-06-28_b.txt": "Peace deal\n\nThe two neighbours signed a peace agreement in Tallinn on Friday.",
    })
    rules = [m["rule"] for e in dated(data, "2025-06-27") for m in e["evidence"].get("merges") or []]
    assert rules == ["merge:date+type, participants unnamed"], dated(data, "2025-06-27")


def _events_with_venues(text: str):
    from generator.extract.venues import extract_venues

    doc = load_model(model_name())(text)
    facts = extract_entities(doc)
    sid = sentence_index(doc)
    return extract_events(doc, facts, sid, SATURDAY, True, None, extract_venues(doc, facts, sid))


def test_the_meeting_with_no_place_of_its_own_takes_the_most_named_venue_but_not_on_a_tie():
    tie = _events_with_venues("The envoys met in Oslo in May. Later they met in Vienna in June. "
                              "The July 10 meeting was constructive.")
    assert [m.text for m in next(e for e in tie if e.expression == "July 10").places] == []
    most = _events_with_venues("The envoys met in Oslo in May. Later they met in Vienna in June. They met in "
                               "Oslo again in July. The August 10 meeting was constructive.")
    assert [m.text for m in next(e for e in most if e.expression.startswith("August")).places] == ["Oslo"]


@pytest.mark.parametrize("text, expression, places", [
    # rule event.venue.other_clause: Oslo is where the talks began, not where the delegates were on July 8
    ("Delegates were in Vienna from July 8 until 10 with mediators to continue talks that began two months ago in "
     "Oslo.", "July 8", ["Vienna"]),
    # the relative clause on the event's subject says where it was held
    ("The summit, which was held in Oslo, ended on Monday with a joint declaration.", "Monday", ["Oslo"]),
    # the event the relative clause's own date tells keeps the clause's place
    ("Delegates flew home to continue talks that began in Oslo on June 2.", "June 2", ["Oslo"]),
])
def test_a_place_in_a_relative_clause_is_that_clauses_not_the_sentences_event(text, expression, places):
    found = next(e for e in _events_with_venues(text) if e.expression == expression)
    assert [m.text for m in found.places] == places


def test_the_merge_buckets_hold_every_pair_of_types_that_may_merge():
    # merging looks only in the (date, type family) buckets _families names: every pair of types that
    # _types_agree lets merge must be found there, whichever of the two came first
    from generator.kinds.events import Draft, _families, _family, _types_agree
    from generator.lexicon import section

    kinds = sorted(section("event_types")["types"]) + ["other"]
    known = {_family(k) for k in kinds}

    def draft(kind):
        return Draft(None, "", [], [], "happened", [], "", "", "", False, type=kind)

    for a in kinds:
        for b in kinds:
            if _types_agree(draft(a), draft(b)):
                assert _family(a) in _families(b, known), (a, b)
            else:
                assert _family(a) not in _families(b, known), (a, b)  # nor more than needed


def test_a_date_on_a_present_verb_of_sequence_dates_what_it_follows():
    found = events_of("The signing follows the country's full reclamation of the region in 2023.")
    e = next(x for x in found if x.expression == "2023")
    assert e.summary == "the country's full reclamation of the region", e.summary  # not the signing


# ---- what counts as a key dated event; typing and merging rules of issue 11 §4 --------------------

@pytest.mark.parametrize("text,kind,rule", [
    ("The two sides ended the dispute on Monday during a discussion at the ministry.", "meeting", "type:during-noun"),
    ("A wave of strikes on the harbour on Friday has cast doubt on the talks.", "attack", "type:dated-noun-of"),
    ("An informal meeting of the army commanders is set for July 29.", "meeting", "type:argument-of-control-verb"),
    ("The ministers are expected to attend the summit on Friday.", "meeting", "type:object-of-light-verb"),
    ("The junior teams opened the talks on Monday.", "meeting", "type:object-of-light-verb"),
    ("The cabinet approved the deal on Friday.", "agreement", "type:verb"),
    ("The president announced on Monday that his country will host a conference.", "statement", "type:verb"),
])
def test_event_type_rules_of_key_events(text, kind, rule):
    e = only_event(text)
    assert (e.type, e.evidence["type"]) == (kind, rule)


def test_ending_a_war_is_no_attack():
    e = only_event("The envoys talked about ending the war on Monday.")
    assert e.type != "attack"


@pytest.mark.parametrize("text,kind", [
    ("The long war ended in March 2024 with a truce brokered by Norway.", "agreement"),
    ("The shelling stopped on Monday.", "other"),
    ("The talks ended on Monday.", "meeting"),
])
def test_a_war_that_ends_is_no_attack_but_talks_that_end_were_held(text, kind):
    assert only_event(text).type == kind


@pytest.mark.parametrize("text", [
    "Today marks a new chapter for the whole region.",
    "Monday will see more of the same across the valley.",
])
def test_a_date_that_is_the_subject_of_an_untyped_clause_is_no_event(text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "Today, it includes 10 member states and 16 dialogue partners.",
    "Today, the alliance counts twelve members and four observers.",
])
def test_a_present_state_dated_by_today_is_no_event(text):
    assert events_of(text) == []  # event.key.present_state


def test_a_typed_happening_dated_by_today_is_still_an_event():
    e = only_event("Today, the ministers signed the accord.")
    assert (e.type, e.when.date) == ("agreement", "2025-06-14")


def test_a_country_s_institution_as_subject_names_the_country():
    e = events_of("Norway welcomed the plan. The Norwegian government approved the deal on Friday.")[-1]
    assert e.type == "agreement" and [m.text for m in e.actors] == ["Norway"]


def test_untyped_background_and_a_statement_naming_no_one_are_not_key_events(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-05-02_a.txt": "Front line\n\nThe army regained control of the town on 15 February. Thousands have "
                            "left the valley since July. Both sides expressed their appreciation on Thursday. "
                            "On Tuesday the crowd cheered Prime Minister Jonas Lie loudly.",
    })
    assert [e["date"] for e in data["events"] if e["date"]] == ["2025-04-29"]


def test_one_article_telling_one_meeting_twice_is_one_event(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-04_a.txt": "Secretariats meet\n\nThe chief of staff Karl Weber opened the meeting with both "
                            "secretariat heads here today. They agreed to end the quarrel during a secretariat-level "
                            "discussion at the ministry today.",
    })
    day = dated(data, "2025-08-04")
    assert len(day) == 1 and day[0]["type"] == "meeting", day
    assert [m["rule"] for m in day[0]["evidence"]["merges"]] == ["merge:date+type, one article"]


@pytest.mark.parametrize("text,ref,want", [
    ("On New Year’s Eve, President Jan Kral announced a truce with the rebels.", dt.date(2025, 1, 3), "2024-12-31"),
    # the model calls "Wednesday night" a time, not a date
    ("Finance Minister Jan Kral sold the state shares in the mine on Wednesday night.", dt.date(2025, 6, 6),
     "2025-06-04"),
])
def test_a_day_the_model_calls_an_event_or_a_time_dates_its_clause(text, ref, want):
    found = events_of(text, ref)
    assert [e.when.date for e in found if e.when] == [want], [(e.expression, e.when) for e in found]


def test_one_clause_an_article_prints_twice_is_one_event(tmp_path):
    # a standfirst the body repeats word for word: an untyped clause that no other merge rule would join
    clause = "Norway sold its shares in the mine on Wednesday"
    data = briefing_of(tmp_path, {
        "2025-06-06_a.txt": f"Shares sold\n\n{clause} and left for the coast.\n\n"
                            f"{clause}, and the miners welcomed the sale.",
    })
    day = dated(data, "2025-06-04")
    assert len(day) == 1 and len(day[0]["citations"]) == 2, day
    assert [m["rule"] for m in day[0]["evidence"]["merges"]] == ["merge:one-clause-told-twice"]


def test_two_clauses_of_one_article_that_differ_in_a_word_stay_apart(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-06-06_a.txt": "Shares sold\n\nNorway sold its shares in the mine on Wednesday. "
                            "Norway sold its shares in the port on Wednesday.",
    })
    assert len(dated(data, "2025-06-04")) == 2


def test_a_named_day_with_an_inferred_year_takes_the_stated_year(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-03-01_a.txt": "Anniversary\n\nThe group wants guarantees for the captives who were taken in the Oct. 7, 2023, attack.",
        "b.txt": "Trauma\n\nFor many, the war has been defined by the October 7 attacks.",
    })
    attacks = [e for e in data["events"] if e["type"] == "attack" and e["date"] and e["date"].endswith("10-07")]
    assert [e["date"] for e in attacks] == ["2023-10-07"], attacks
    assert len(attacks[0]["citations"]) == 2
    assert attacks[0]["evidence"].get("date") in {None, "date:named-day-of-another-year"}


def test_a_gathering_told_by_a_country_and_by_its_premier_is_one_event(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-07-29_a.txt": "Truce\n\nThe two sides reached a truce agreement on July 28 after mediation by "
                            "Norwegian Prime Minister Jonas Lie.",
        "2025-07-30_b.txt": "Meeting\n\nNorway hosted a special meeting of the two delegations in Oslo on July 28.",
    })
    day = dated(data, "2025-07-28")
    assert len(day) == 1, day
    assert [m["rule"] for m in day[0]["evidence"]["merges"]] == ["merge:date+type+person-of-country"]


def test_an_organisation_naming_the_meeting_is_its_participant(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-04_a.txt": "Ahead\n\nGeneral Karl Weber and General Ana Ruiz are expected to attend the Arctic "
                            "Council meeting on Thursday.",
        "2025-08-08_b.txt": "Held\n\nThe Arctic Council held an extraordinary meeting on Thursday.",
    })
    day = dated(data, "2025-08-07")
    assert len(day) == 1 and day[0]["status"] == "happened", day


@pytest.mark.parametrize("undated,kept", [
    ("Border\n\nThe two envoys met in Oslo on February 3 to discuss the border.", "2025-02-03"),
    ("Border\n\nThe two envoys met in Oslo on December 1 to discuss the border.", None),
    ("Border\n\nThe two envoys will meet in Oslo on January 5 to discuss the border.", None),
])
def test_a_day_without_its_year_in_an_undated_article_keeps_the_corpus_year_only_when_sure(tmp_path, undated, kept):
    data = briefing_of(tmp_path, {
        "2025-07-20_a.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Bergen on July 20.",
        "2025-10-01_b.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Bergen on October 1.",
        "undated.txt": undated,
    })
    from_undated = [e for e in data["events"] if any(c["source"] == "undated" for c in e["citations"])]
    assert [e["date"] for e in from_undated] == [kept], from_undated
    if kept is None:
        assert from_undated[0]["evidence"]["date"] == "date:year-not-sure"


@pytest.mark.parametrize("first, later, day", [
    ("Truce\n\nNorway and Sweden signed a ceasefire agreement on Saturday.",
     "Truce holds\n\nSweden said the ceasefire agreement that Norway signed last week was holding.", "2025-07-26"),
    # naming no one, told as done: "workers went on strike last week" is the strike that began on a day of that week
    ("Strike\n\nThe dockworkers' strike began on Friday, July 25, the union said.",
     "Port idle\n\nThe port was idle after more than 3,000 dockworkers went on strike last week.", "2025-07-25"),
])
def test_a_happening_of_last_week_is_the_one_of_a_day_in_that_week(tmp_path, first, later, day):
    """merge:week-holds-day: an approximate week (its Monday) and a day in it, of one typed kind, sharing an actor or,
    told as done, one of them naming no one."""
    data = briefing_of(tmp_path, {"2025-07-26_a.txt": first, "2025-08-01_b.txt": later})
    found = dated(data, day)
    assert len(found) == 1 and len(found[0]["citations"]) == 2, data["events"]
    assert [m["rule"] for m in found[0]["evidence"]["merges"]] == ["merge:week-holds-day"]
    assert not dated(data, "2025-07-21")  # the week's Monday


def test_a_meeting_that_gained_a_venue_still_merges_with_a_report_naming_its_participants(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-07-10_a.txt": "Talks\n\nThe talks were held on July 9.",
        "2025-07-11_b.txt": "Talks\n\nThe talks were held in Oslo on July 9.",
        "2025-07-12_c.txt": "Talks\n\nNorway and Sweden held talks on July 9.",
    })
    day = dated(data, "2025-07-09")
    assert len(day) == 1 and len(day[0]["citations"]) == 3, data["events"]


def test_a_dated_untyped_report_naming_no_one_and_no_place_is_no_key_event(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-07-10_a.txt": "Progress\n\nThere was real progress today.",
        "2025-07-10_b.txt": "Progress\n\nNorway made real progress today.",
    })
    day = dated(data, "2025-07-10")
    assert len(day) == 1 and day[0]["actors"], data["events"]


def test_a_vote_naming_no_one_is_a_key_event_of_its_own_type(tmp_path):
    """A vote is a happening of its own (lexicon event_types ``vote``): typed, it stays a key event when its voters
    are a group the text names by no name ("workers voted to strike Thursday"), and votes of one day merge."""
    assert [(e.type, e.status) for e in events_of("Workers in the region overwhelmingly voted to strike Thursday.")] == \
        [("vote", "happened")]
    assert [(e.type, e.status) for e in events_of("Union members will vote on the new offer on Monday.")] == \
        [("vote", "planned")]
    # an election is a vote: months before the article, it is no untyped background
    won = events_of("The Social Democrats narrowly won the country’s Sept. 26 election and launched coalition talks.",
                    dt.date(2021, 12, 6))
    assert [(e.when.date, e.type, e.status) for e in won] == [("2021-09-26", "vote", "happened")]
    # a dated noun that only modifies another names that one: a campaign is no election
    campaign = events_of("He was named in the report on Jan Kral’s 2016 election campaign.", dt.date(2021, 12, 6))
    assert [e.type for e in campaign] == ["other"]
    data = briefing_of(tmp_path, {
        "2025-07-11_a.txt": "Strike\n\nWorkers in the region overwhelmingly voted to strike on July 10.",
        "2025-07-12_b.txt": "Strike\n\nThe July 10 vote marks a decisive rejection of the offer.",
    })
    day = dated(data, "2025-07-10")
    assert len(day) == 1 and day[0]["type"] == "vote" and len(day[0]["citations"]) == 2, data["events"]


@pytest.mark.parametrize("text", [
    "After a first meeting in May between the two ministers, a second round took place on June 2 in Port Aster.",
    "Following talks in May, the two ministers signed the accord in Port Aster on June 2.",
])
def test_a_dated_happening_in_a_phrase_of_sequence_is_an_event_of_its_own(text):
    found = {e.when.date: e for e in events_of(text)}
    assert set(found) == {"2025-05", "2025-06-02"}, [(e.expression, e.summary) for e in found.values()]
    assert found["2025-05"].type == "meeting" and "June" not in found["2025-05"].summary


@pytest.mark.parametrize("text,kind,rule", [
    ("The third meeting was organised in Port Aster on Tuesday.", "meeting", "type:object-of-light-verb"),
    ("The envoy spoke at a press conference held on Tuesday.", "statement", "type:noun-of-participle"),
    ("The army has ruled the country since its 2021 coup.", "attack", "type:dated-noun"),
    ("Ruritania launched Operation Red Dawn on Tuesday.", "attack", "type:object-of-light-verb"),
    ("The army launched a ground operation in the north on Tuesday.", "attack", "type:object-of-light-verb"),
    ("The crisis began on Tuesday when Ruritania launched airstrikes on the border towns.", "attack",
     "type:when-clause"),
    # rule venue.labour_kind: a kind of strike only labour has, in a sentence with no other word of labour
    ("Zendaran guilds shut down the power grid and disrupted flights on Tuesday as they began an indefinite strike.",
     "walkout", "type:when-clause"),
    ("The Zenda Congress announced a general strike starting on Tuesday.", "walkout", "type:labour-action"),
    # the date on a participle of a strike that neither starts nor sets it is no day of the strike
    ("The president held talks with the leader of a strike led by thousands of workers on Tuesday.", "meeting",
     "type:object-of-light-verb"),
])
def test_an_organised_meeting_a_press_conference_and_a_coup_have_their_types(text, kind, rule):
    e = only_event(text)
    assert (e.type, e.evidence["type"]) == (kind, rule)


@pytest.mark.parametrize("text,kind", [
    # rule venue.strikes_without_harm: "strike" said three times in an article with no word of harm is labour's
    ("Zenda Post faces a strike. Shop owners say the strike hurt them. They have spent the days since the strike "
     "began Friday sorting out orders.", "walkout"),
    # one word of harm in the article and the strikes count for nothing
    ("Zenda faces a strike. Two guards were killed in the strike. They have spent the days since the strike "
     "began Friday sorting out orders.", "other"),
    # a strike of arms in the article: the same
    ("Ruritania launched a missile strike. Observers say the strike hurt them. They have spent the days since the "
     "strike began Friday sorting out orders.", "other"),
])
def test_strikes_in_an_article_with_no_word_of_harm_are_a_labour_action(text, kind):
    found = [e for e in events_of(text) if e.expression == "Friday"]
    assert [e.type for e in found] == [kind], [(e.type, e.summary) for e in found]


def test_a_named_happening_a_sequence_verb_follows_is_dated_by_its_participle():
    # rule event.clause.named_happening: "the Port Aster Declaration" is a declaration, and the day it was adopted its day
    e = only_event("The discussions followed the Port Aster Declaration, adopted on Dec.11, 2024, under the leadership "
                   "of the three leaders.")
    assert (e.when.date, e.type) == ("2024-12-11", "agreement"), (e.summary, e.evidence)
    # a proper name of no happening tells nothing that happened: a signature line
    assert_no_event(events_of("Jan Roe (@janroe) June 14, 2025"))
    assert_no_event(events_of("The discussions followed Jan Roe, elected on Dec. 11, 2024, as the chair."))


def test_a_date_a_state_is_told_at_is_no_event():
    assert events_of("As of Tuesday, heavy clashes continue in three border towns.") == []
    # the model tags the part of the day apart from its day ("Friday" a date, "morning" a time)
    assert events_of("The vote was 68.4%-31.6% as of Friday morning.") == []
    assert len(events_of("Union members voted on Friday morning.")) == 1


def test_two_reports_of_one_gathering_naming_its_city_are_one_event(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-05-12_a.txt": "Talks\n\nMediated by Ruritania, the second meeting was organised in Port Aster on "
                            "10 and 11 May.",
        "2025-05-12_b.txt": "Truce\n\nThe two armies held talks in Port Aster on May 10, officials said.",
    })
    day = [e for e in dated(data, "2025-05-10") if e["type"] == "meeting"]
    assert len(day) == 1, day
    assert {c["source"] for c in day[0]["citations"]} == {"2025-05-12-a", "2025-05-12-b"}


def test_a_year_report_naming_a_person_joins_the_dated_event_that_names_no_one(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-05-12_a.txt": "History\n\nThe army seized power in a coup on 1 March 2019.",
        "2025-05-13_b.txt": "Analysis\n\nGeneral Karl Weber has ruled Ruritania since his 2019 coup.",
    })
    coups = [e for e in data["events"] if (e["date"] or "").startswith("2019")]
    assert len(coups) == 1, coups
    assert {c["source"] for c in coups[0]["citations"]} == {"2025-05-12-a", "2025-05-13-b"}


@pytest.mark.parametrize("dated,kept", [
    ({"2023-12-15_a.txt": "Truce\n\nThe rebels agreed to a truce in Lisbon on December 14, 2023.",
      "2025-03-24_b.txt": "Talks\n\nThe rebels met army officers in Lisbon on March 22, 2025."}, False),
    ({"2025-10-20_a.txt": "Truce\n\nThe rebels agreed to a truce in Lisbon on October 18, 2025.",
      "2025-11-02_b.txt": "Talks\n\nThe rebels met army officers in Lisbon on October 31, 2025."}, True),
])
def test_what_a_dateline_without_a_year_dates_keeps_the_corpus_year_only_when_sure(tmp_path, dated, kept):
    data = briefing_of(tmp_path, {**dated, "wire.txt": "Ceasefire signed\n\nPORT ASTER, Oct 29 (Agency) – The rebel "
                                  "army said on Wednesday that it had signed a ceasefire during talks held on Monday "
                                  "in Port Aster with the army."})
    wire = [e for e in data["events"] if any(c["source"] == "wire" for c in e["citations"]) and e["date"]]
    assert bool(wire) == kept, wire


def test_a_rescue_operation_is_no_attack():
    assert only_event("The coast guard carried out a rescue operation on Tuesday.").type == "other"


def test_a_report_naming_the_country_does_not_disagree_with_one_naming_a_town_in_it(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-05-01_a.txt": "Looking back\n\nThe leaders held talks in Lausanne in July 2017.",
        "2025-05-02_b.txt": "Analysis\n\nThey last held talks in July 2017, the envoy recalled.",
        "2025-05-03_c.txt": "Stalled\n\nTalks have stalled since the collapse of a conference in Switzerland in July 2017.",
    })
    july = dated(data, "2017-07")
    assert len(july) == 1, july
    assert {c["source"] for c in july[0]["citations"]} == {"2025-05-01-a", "2025-05-02-b", "2025-05-03-c"}


def test_a_definite_meeting_naming_only_its_mediators_takes_the_venue_the_article_named(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-10-30_a.txt": "Talks go on\n\nThe two sides agreed to resume negotiations in Vienna, a senior official "
                            "said on Thursday. The trilateral dialogue, mediated by Norway and Chile, began on "
                            "October 25 but stalled this week.",
    })
    day = [e for e in dated(data, "2025-10-25") if e["type"] == "meeting"]
    assert len(day) == 1 and day[0]["venues"] == ["vienna"], day


def test_a_weekday_glossed_by_a_date_in_brackets_is_that_date():
    found = events_of("The minister announced late Tuesday (May 27) that the talks in Vienna had ended.")
    assert [e.when.date[5:] for e in found] == ["05-27"], [(e.expression, e.when) for e in found]


def test_a_date_stamp_opening_the_sentence_is_the_report_s_day_not_the_happening_s():
    found = events_of("12 June 2025: The two ministers signed the water accord in Port Aster on Tuesday.")
    assert [e.when.date for e in found] == ["2025-06-10"], [(e.expression, e.when) for e in found]
    assert found[0].evidence.get("date") == "date:stamp-of-report"



@pytest.mark.parametrize("text,want", [
    # rule date:days-outside-the-entity: the model tags only the month and year, or only the last day and month
    ("Ruritania protested after the three-day talks in Port Aster between 9-11 March 2024 that ended in a row.",
     "2024-03-09"),
    ("The envoys of the two sides met in Port Aster on 8 and 9 April.", "2025-04-08"),
    # two dates joined into one range over two months, in the year printed at its end
    ("The committee met in Port Aster from 28 February – 3 March 2024.", "2024-02-28"),
])
def test_the_days_of_a_date_outside_its_entity_still_date_it(text, want):
    found = events_of(text)
    assert [e.when.date for e in found if e.when] == [want], [(e.expression, e.when) for e in found]


def test_a_date_opening_a_sentence_without_a_stamp_mark_is_read_as_before():
    found = events_of("On 12 June 2025 the two ministers signed the water accord in Port Aster.")
    assert [e.when.date for e in found] == ["2025-06-12"] and not found[0].evidence.get("date")


def test_an_event_that_learns_late_it_shares_an_article_is_merged_again(tmp_path):
    # the lead of b names no one a's meeting names; b's second sentence joins a's meeting by its venue,
    # after which b's lead and that meeting are one article's one meeting of the day
    data = briefing_of(tmp_path, {
        "2025-06-18_a.txt": "Talks open\n\nLast Sunday, negotiations began in Geneva under the mediation of "
                            "envoy Karl Weber.",
        "2025-06-18_b.txt": "Talks resume\n\nThe government of Norway and the rebels resumed negotiations on "
                            "Sunday. The negotiations opened in Geneva on Sunday.",
    })
    day = [e for e in dated(data, "2025-06-15") if e["type"] == "meeting"]
    assert len(day) == 1, day
    assert len({c["source"] for c in day[0]["citations"]}) == 2


def test_two_different_acts_on_one_day_stay_apart(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-06-18_a.txt": "Ministers meet\n\nThe foreign ministers of Freedonia and Sylvania met in Port Aster "
                            "on Monday.",
        "2025-06-18_b.txt": "Strike\n\nSylvania launched air strikes on border posts on Monday.",
    })
    day = dated(data, "2025-06-16")
    assert sorted(e["type"] for e in day) == ["attack", "meeting"], day


def test_a_calendar_date_dates_a_clause_a_duration_named_first():
    found = events_of("Norway and Sweden launched a 30-day review of the fishing pact on Thursday.")
    dated_ones = [e for e in found if e.when is not None]
    assert [e.when.date for e in dated_ones] == ["2025-06-12"], [(e.expression, e.when) for e in found]
    assert dated_ones[0].evidence.get("date") == "date:calendar-over-duration"


def test_an_exact_date_dates_a_clause_a_rough_one_named_first():
    day = dt.date(2022, 3, 12)
    found = events_of("A few days ago on March 5th, the foreign minister said that Oslo was willing to host talks.", day)
    assert [(e.when.date, e.when.approximate, e.evidence.get("date")) for e in found] == \
        [("2022-03-05", False, "date:exact-over-approximate")]
    # a weekday alone is counted from the article's day: the rough week stays
    found = events_of("Last week, on Monday, the rebels seized the town.", day)
    assert [(e.when.date, e.when.approximate) for e in found] == [("2022-02-28", True)]


@pytest.mark.parametrize("first,second", [
    ("Norway, Sweden and Denmark triggered the review of the fishing rules on Thursday.",
     "Norway, Sweden and Denmark launched a formal review of the fishing rules on Thursday."),
    # one_act_verbs' open_again: "re-opened" (one token, lemma "reopen": token.bound_prefix) and "reopened"
    ("The leaders of Chile and Peru re-opened two crossing points on Thursday.",
     "The border crossing between Chile and Peru reopened to traffic on Thursday."),
])
def test_two_outlets_telling_one_act_with_two_verbs_are_one_event(tmp_path, first, second):
    data = briefing_of(tmp_path, {"2025-06-13_a.txt": f"One\n\n{first}", "2025-06-13_b.txt": f"Two\n\n{second}"})
    day = dated(data, "2025-06-12")
    assert len(day) == 1, day
    assert [m["rule"] for m in day[0]["evidence"]["merges"]] == ["merge:date+one-act+parties"]


def test_two_acts_of_the_same_parties_on_one_day_stay_apart(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-06-13_a.txt": "Review begins\n\nNorway, Sweden and Denmark triggered the review of the fishing rules on Thursday.",
        "2025-06-13_b.txt": "Quota row\n\nNorway, Sweden and Denmark rejected the new quota plan on Thursday.",
    })
    assert len(dated(data, "2025-06-12")) == 2, dated(data, "2025-06-12")


# ---- wrong dates are worse than none: which way a date without a year is read ----

AUTUMN = dt.date(2025, 10, 6)


@pytest.mark.parametrize("text,expression,date", [
    # rule date:bare-participle-past: a bare past participle tells something done
    ("The two ministers will meet again, as agreed by both leaders in March.", "March", "2025-03"),
    ("The Dec. 20 accord signed by the two rebel groups would open the border.", "Dec. 20", "2024-12-20"),
])
def test_a_date_on_a_bare_past_participle_reads_back(text, expression, date):
    e = next(x for x in events_of(text, AUTUMN) if x.expression == expression)
    assert (e.when.date, e.status, e.evidence.get("date")) == (date, "happened", "date:bare-participle-past")


def test_a_summit_hosted_on_a_day_and_attended_later_keeps_the_future():
    e = next(x for x in events_of("The envoys will attend the Dec. 20 summit hosted by the king.", AUTUMN)
             if x.expression == "Dec. 20")
    assert e.when.date == "2025-12-20"


def test_a_day_a_past_clause_says_was_set_for_is_the_nearest_either_side():
    """Rule date:set-for-either-way: "was originally scheduled for November" in October is the coming November."""
    e = next(x for x in events_of("The next round was originally scheduled for November in the capital.", AUTUMN)
             if x.expression == "November")
    assert (e.when.date, e.status, e.evidence.get("date")) == ("2025-11", "planned", "date:set-for-either-way")


@pytest.mark.parametrize("text,date", [
    ("The mission invited the military commission to convene again in the capital on February 18.", "2026-02-18"),
    ("The mission invited the military commission to convene again in the capital on November 18.", "2025-11-18"),
])
def test_a_day_a_past_invitation_names_is_the_nearest_either_side(text, date):
    """Rule date:invited-either-way: the day of a past invitation is arranged, the nearest one, not last year's."""
    e = next(x for x in events_of(text, AUTUMN) if "18" in x.expression)
    assert (e.when.date, e.status, e.evidence.get("date")) == (date, "planned", "date:invited-either-way")


@pytest.mark.parametrize("text", [
    "Time was running out for a deal to be struck on Thursday.",  # a to-infinitive on a noun nothing plans
    "Officials downplayed the chances of an agreement being struck this week.",  # a chance weighed
])
def test_a_deal_hoped_for_or_weighed_is_no_event(text):
    """Rule event.key.hypothetical: neither done nor set."""
    assert events_of(text, AUTUMN) == []


@pytest.mark.parametrize("text,date", [
    ("The three powers launched a 30-day process to reimpose sanctions on the country on Thursday.", "2025-10-02"),
    ("The military commission met face to face for the first time from 19-23 September 2025.", "2025-09"),
])
def test_a_launch_or_a_meeting_misread_as_an_infinitive_keeps_its_day(text, date):
    assert any(e.when is not None and e.when.date.startswith(date) for e in events_of(text, AUTUMN))


def test_the_first_to_do_something_did_it():
    e = next(x for x in events_of("He was the first leader to visit Oslo in 2019.", AUTUMN))
    assert (e.when.date, e.type, e.status) == ("2019", "visit", "happened")


def test_a_meeting_planned_for_a_month_just_gone_is_not_dated_a_year_ahead():
    found = events_of("The envoys will meet on Friday after a round planned for late August was stalled.", AUTUMN)
    assert [x.when.date for x in found if x.expression == "late August"] == ["2025-08"]


def test_a_deadline_the_parser_reads_as_an_agent_is_no_event():
    found = events_of("The sides decided to open talks facilitated by Norway by the end of March 2026.", AUTUMN)
    assert not any("March" in x.expression for x in found)


def test_an_offset_counts_only_from_a_day_named_last():
    found = events_of("The two sides met on 2 September. In August, the rebels took the port. A few days later, "
                      "the rebels seized the town.", AUTUMN)
    assert [x.when for x in found if x.expression == "A few days later"] == [None]
    counted = events_of("The two sides met on 2 September. A few days later, the rebels seized the town.", AUTUMN)
    assert [(x.when.date, x.when.approximate) for x in counted if x.expression == "A few days later"] == \
        [("2025-09-05", True)]


def test_a_day_a_verb_names_as_a_date_is_not_the_day_of_the_verb():
    """Rule event.key.designated_date."""
    found = events_of("The chief mediator declared 30 June as the date for the return of the delegations.", AUTUMN)
    assert not any("June" in x.expression for x in found)
    assert any("June" in x.expression for x in events_of("The chief mediator declared on 30 June that talks were over.",
                                                         AUTUMN))


def test_a_date_before_the_verb_or_beside_its_object_is_when_the_verb_happened():
    """Rule event.key.designated_date: only the verb's object, after it, is designated ("named Friday as the
    deadline"); a fronted date or one beside an object of the verb's own dates the verb."""
    for text, day, kind in (
            ("Last Thursday, the president and the leadership of the Zenda Dockworkers Association agreed on 70,000 as "
             "the new minimum wage.", "2025-10-02", "agreement"),
            ("President Jan Roe praised the Port Aster deal Saturday as a \"significant step\".", "2025-10-04",
             "statement")):
        assert [(e.when.date, e.type) for e in events_of(text, AUTUMN)] == [(day, kind)], text
    for text in ("The chief mediator named Friday as the deadline for a reply.",
                 "The board set Monday as the day of the vote."):
        assert_no_event(events_of(text, AUTUMN))


def test_a_date_that_names_a_nested_noun_is_not_the_day_of_the_clause():
    """Rule event.key.name_of_a_nested_noun: "the September 9 understanding" inside another noun's "of" phrase."""
    for text in ("The sanctions forced Ruritania to declare the termination of the September 9 understanding.",
                 "The protocols would undermine the provisions of the 2018 peace deal, they argued.",
                 "Valdoria announced the cancellation of the October 20 summit."):
        assert events_of(text, AUTUMN) == [], text
    for text, day in (("The two sides signed the September 9 understanding in Port Aster.", "2025-09-09"),
                      ("Both leaders attended the signing of the September 9 accord.", "2025-09-09"),
                      ("Port Aster hosted a second round of talks Monday.", "2025-10-06")):
        assert [e.when.date for e in events_of(text, AUTUMN)] == [day], text


def test_a_date_after_of_names_its_noun_not_the_day_of_the_clause():
    """Rule event.key.name_after_of: "the Agreement on Disengagement … of 1974" inside a clause about another text."""
    text = ("According to the broadcaster, the two ministers discussed a new draft agreement on measures of security that "
            "would replace the Agreement on Disengagement between Latvia and Estonia of 1974.")
    assert events_of(text, AUTUMN) == []
    # the thing that happened keeps its day, and so does a word of time
    for text, day in (("The summit of 12 May in Oslo ended without a deal.", "2025-05-12"),
                      ("The two sides met on the morning of 12 May in Oslo.", "2025-05-12"),
                      ("In the summer of 2024, the rebels seized the town.", "2024")):
        assert [e.when.date for e in events_of(text, AUTUMN)] == [day], text


def test_a_period_a_single_act_governs_is_the_term_of_what_was_agreed():
    """Rule event.key.term_of_an_act: "agreed to a ceasefire from January 1 to June 30" was not agreed on January 1."""
    new_year = dt.date(2023, 1, 3)
    for text in ("Kral tweeted: “We have agreed to a bilateral ceasefire with the rebels from January 1 to June 30, 2023.”",
                 "The two sides agreed on a truce from 1 January until 30 June."):
        assert events_of(text, new_year) == [], text
    # the parser hangs the period on the last name of a list in the clause
    listed = events_of("Kral tweeted: “We have agreed to a bilateral ceasefire with the ELN, the Second Marquetalia, the "
                       "Central General Staff, the AGC and the Self-Defense Forces of the Sierra Nevada from January 1 to "
                       "June 30, 2023.”", new_year)
    assert not any("January" in e.expression for e in listed), [(e.expression, e.type) for e in listed]
    talks = events_of("The two sides agreed to hold a round of talks from May 1 to May 5.", new_year)
    assert [(e.when.date, e.type, e.status) for e in talks] == [("2023-05-01", "meeting", "planned")]
    fought = events_of("The rebels fought from January 1 to June 30.", new_year)
    assert [(e.when.date, e.type) for e in fought] == [("2023-01-01", "attack")]
    assert [e.when.date for e in events_of("The government agreed from January 1 to hold talks.", new_year)] == \
        ["2023-01-01"]


def test_a_clause_told_as_an_impression_is_no_event():
    """Rule event.key.hedged."""
    assert events_of("The negotiations seemed to have hit a snag last week.", AUTUMN) == []
    assert len(events_of("The negotiations hit a snag last week.", AUTUMN)) == 1


def test_a_first_time_since_a_year_is_no_day_of_the_happening():
    """Rule event.key.first_since: the year after "for the first time since" is the last time before."""
    assert [e.when.date for e in events_of("The two leaders met in Oslo on Friday for the first time since 2019.",
                                           MONDAY)] == [(MONDAY - dt.timedelta(days=3)).isoformat()]
    for text in ("Norway plans to welcome a delegation from Sweden in Oslo for the first time since 1990.",
                 "It was the first visit by a Norwegian leader since 1998.",
                 # any superlative ranks the happening against the last one before
                 "It was the most important agreement since 1994.",
                 "It was the most productive meeting since 1998."):
        assert all(e.when is None or e.when.date[:2] != "19" for e in events_of(text, None)), events_of(text, None)
    assert [e.when.date for e in events_of("The two sides signed a treaty in 1994.", None)] == ["1994"]


@pytest.mark.parametrize("text,kind", [
    # rule event.status.set_for_date: "confirmed for" a day sets it, the parser's past tag of the participle too;
    # rule type:thing-set-for-date: the day is the thing's, not a statement's
    ("With the opening of Parliament confirmed for 18 July, the president has to move quickly.", "other"),
    ("The opening session was confirmed for 18 July.", "meeting"),
])
def test_a_day_a_thing_is_confirmed_for_is_its_planned_day(text, kind):
    assert [(e.status, e.type) for e in events_of(text, None)] == [("planned", kind)]


@pytest.mark.parametrize("text,kind", [
    # rule type:cancelled-thing: calling off a thing of no event type calls off no event
    ("The ministry said it will begin suspending the licenses of the doctors next week.", "other"),
    ("The ministry delayed the payments on Friday.", "other"),
    ("The government suspended the talks on Friday.", "cancellation"),
    ("The strike was called off on Friday.", "cancellation"),
])
def test_only_a_happening_called_off_is_a_cancellation(text, kind):
    assert [e.type for e in events_of(text, None)][-1:] == [kind]


def test_the_dated_text_a_plan_was_laid_down_in_is_not_planned():
    """Rule event.status.planning_verb: "as planned in the 2023 agreement" plans nothing of the agreement."""
    assert all(e.status != "planned" for e in events_of(
        "The party demanded the transfer of powers, as planned in the 2023 investiture agreement.", None))
    assert [e.status for e in events_of("The ministers planned a summit in May 2023.", None)] == ["planned"]


@pytest.mark.parametrize("text,ref,expect", [
    # rule type:failed-to: what a verb of failure governs did not happen
    ("A government panel failed to reach consensus last month on the acquisition.", dt.date(2025, 1, 6),
     [("2024-12", "happened", "other")]),
    # a past participle dates its own act: not an arrangement of the present around it
    ("The letter, sent Saturday, sets the stage for the president to decide.", dt.date(2025, 1, 6),
     [("2025-01-04", "happened", "other")]),
    # rule event.key.scheduled_before: a schedule told in the past of a weekday the text does not place
    ("Negotiations in Port Aster were scheduled to finish on Friday evening but ran late.", dt.date(2024, 11, 23), []),
    ("It was originally scheduled to end on Friday at 18.00 local time.", dt.date(2024, 11, 23), []),
    # a weekday "today" places is the article's day
    ("The bloc was scheduled to send a delegation to Port Aster today, Tuesday.", dt.date(2023, 8, 8),
     [("2023-08-08", "planned", "other")]),
    ("The officials said the ministers were scheduled to meet on Monday.", dt.date(2024, 11, 23),
     [("2024-11-25", "planned", "meeting")]),
    # rule type:attack-needs-object: a verb of attack that takes nothing tells none
    ("Negotiations overran into the night on Sunday when the presidency released a new text.", dt.date(2024, 11, 25),
     [("2024-11-24", "happened", "other")]),
    ("The rebels overran the town on Sunday.", dt.date(2024, 11, 25), [("2024-11-24", "happened", "attack")]),
    # the hedge "are said to" over a progressive is the progressive's present: an arrangement of that day
    ("The two leaders are said to be meeting in Oslo on Thursday night.", dt.date(2024, 6, 13),
     [("2024-06-13", "planned", "meeting")]),
    ("The two leaders are said to have met in Oslo on Thursday night.", dt.date(2024, 6, 13),
     [("2024-06-13", "happened", "meeting")]),
    # rule type:visit-needs-visitor: a verb of travel whose subject is a thing names no visit
    ("The plane arrived in Oslo on Monday.", dt.date(2024, 7, 3), [("2024-07-01", "happened", "other")]),
    ("Negotiators flew to Oslo on Monday.", dt.date(2024, 7, 3), [("2024-07-01", "happened", "visit")]),
    ("The delegation arrived in Oslo on Monday.", dt.date(2024, 7, 3), [("2024-07-01", "happened", "visit")]),
    # rule event.key.saying_day: the day between "said" and the reported clause's subject is the saying's
    ("Zendara Steel said on Monday it would buy the Lindor mill for $14.1 billion in cash.", dt.date(2023, 12, 20),
     [("2023-12-18", "happened", "statement")]),
    ("Zendara Steel said it would buy the Lindor mill on Monday.", dt.date(2023, 12, 20),
     [("2023-12-25", "planned", "other")]),
])
def test_what_failed_a_done_participle_a_past_schedule_and_an_objectless_attack(text, ref, expect):
    assert [(e.when.date, e.status, e.type) for e in events_of(text, ref)] == expect


def test_a_year_a_thing_is_for_is_its_period_not_a_day_of_the_clause():
    """Rule event.key.period_of_a_noun: "the quota for 2025", "discuss adjustments for 2027" name the period a thing
    covers; a meeting set for a year, or an event noun's year, still dates."""
    assert events_of("The guild demanded that the ministry cancel its plan to raise the quota of seats for 2025 and "
                     "2026, and discuss possible adjustment of the quota for 2027 or later.", None) == []
    assert [(e.when.date, e.status) for e in events_of("The talks were set for 2026.", None)] == [("2026", "planned")]
    assert [e.when.date for e in events_of("The leaders will meet for the 2026 talks.", None)] == ["2026"]


def test_a_weekday_noun_described_by_be_is_no_event_of_a_sure_status():
    """Rule event.key.described_day_noun: "Friday's deal is the biggest shift in decades" may tell a past Friday or a
    coming one; the present describes, it arranges nothing."""
    for ref in (MONDAY, None):
        assert events_of("Friday's deal between the two parties is the most momentous political shift in the country.",
                         ref) == []
    # an arrangement in the present still plans, and a described noun with its full date still dates
    assert [e.status for e in events_of("The two leaders meet in Oslo on Friday.", MONDAY)] == ["planned"]


def test_a_report_that_dates_the_event_to_its_day_tells_it(tmp_path):
    """Rule summary:finer-report: the report of the day, not the one of the month, gives the summary."""
    data = briefing_of(tmp_path, {
        "2025-03-01_a.txt": "Talks\n\nThe envoys will travel to Oslo after a meeting planned for late March was stalled.",
        "2025-03-02_b.txt": "Talks\n\nThe negotiators are set to meet in Oslo on March 20.",
    })
    day = dated(data, "2025-03-20")
    assert len(day) == 1 and day[0]["summary"].endswith("on March 20."), data["events"]
    assert day[0]["evidence"]["reported_by"]["source"] == "2025-03-02-b"


@pytest.mark.parametrize("undated,kept", [
    ("Border\n\nThe two envoys met in Oslo on Wednesday, March 5, to discuss the border.", "2025-03-05"),
    ("Border\n\nThe two envoys met in Oslo on Tuesday, March 5, to discuss the border.", "2024-03-05"),
    ("Border\n\nThe two envoys met in Oslo on Thursday, March 5, to discuss the border.", None),  # neither year's
    ("Border\n\nThe two envoys met in Oslo on March 5 to discuss the border.", None),
])
def test_a_weekday_fixes_the_year_of_a_day_an_undated_article_names(tmp_path, undated, kept):
    data = briefing_of(tmp_path, {
        "2024-07-20_a.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Bergen on July 20.",
        "2025-04-01_b.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Bergen on April 1.",
        "undated.txt": undated,
    })
    from_undated = [e for e in data["events"] if any(c["source"] == "undated" for c in e["citations"])]
    assert [e["date"] for e in from_undated] == [kept], from_undated
    rule = "date:weekday-fixes-year" if kept else "date:year-not-sure"
    assert from_undated[0]["evidence"]["date"] == rule
    assert from_undated[0]["year_inferred"] is False or kept is None


@pytest.mark.parametrize("undated,kept", [
    ("Border\n\nThe third round of talks was held in Oslo on 5 March.", "2025-03-05"),
    ("Border\n\nThe third round of talks was held in Bergen on 5 March.", None),  # another city: not that meeting
    ("Border\n\nThe third round of talks will be held in Oslo on 5 March.", None),  # a plan, not the meeting held
])
def test_a_day_without_its_year_takes_the_year_of_the_same_happening(tmp_path, undated, kept):
    data = briefing_of(tmp_path, {
        "2024-07-20_a.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Bergen on July 20.",
        "2025-04-01_b.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Bergen on April 1.",
        "2025-03-06_c.txt": "Round\n\nThe two delegations met in Oslo on March 5, 2025, for a third round of talks.",
        "undated.txt": undated,
    })
    from_undated = [e for e in data["events"] if any(c["source"] == "undated" for c in e["citations"])]
    assert [e["date"] for e in from_undated] == [kept], from_undated
    if kept:
        assert len(from_undated[0]["citations"]) == 2, from_undated
        assert {c["source"] for c in from_undated[0]["citations"]} == {"undated", "2025-03-06-c"}


@pytest.mark.parametrize("day,lead,joins", [
    ("Tuesday", "Norway, Sweden and Denmark have resumed negotiations over the fishing dispute.", "2025-08-26"),
    ("Wednesday", "Norway, Sweden and Denmark have resumed negotiations over the fishing dispute.", "2025-08-27"),
    ("Sunday", "Norway, Sweden and Denmark have resumed negotiations over the fishing dispute.", None),  # days before
    ("Tuesday", "Norway, Sweden and Denmark have agreed to hold talks over the fishing dispute.", None),  # a plan
    ("Tuesday", "Norway, Sweden and Denmark have not resumed negotiations over the fishing dispute.", None),
    ("Tuesday", "Finland and Estonia have resumed negotiations over the ferry dispute.", None),  # other parties
])
def test_a_lead_in_the_present_perfect_joins_the_event_of_its_day(tmp_path, day, lead, joins):
    data = briefing_of(tmp_path, {
        "2025-08-27_a.txt": f"Round\n\nDelegations from Norway and Sweden met in Oslo on {day} for a new round of talks.",
        "2025-08-27_b.txt": "Talks resume\n\n" + lead,
    })
    from_lead = [e for e in data["events"] if any(c["source"] == "2025-08-27-b" for c in e["citations"])]
    if not joins:
        assert not from_lead, from_lead  # told without a date, it is no event of its own
        return
    assert len(from_lead) == 1 and from_lead[0]["date"] == joins, from_lead
    assert {c["source"] for c in from_lead[0]["citations"]} == {"2025-08-27-a", "2025-08-27-b"}
    assert [m["rule"] for m in from_lead[0]["evidence"]["merges"]] == ["merge:perfect-lead-of-its-day"]


@pytest.mark.parametrize("lead,joins", [
    # rule date:duration-places-nothing: a length of time the model tags as a date places the lead on no other day
    ("Norway and Sweden have resumed negotiations after two days of consultations in Oslo.", True),
    ("Norway and Sweden have resumed negotiations in Oslo for the first time in decades.", True),
    # a point in time does: the lead tells another day
    ("Norway and Sweden have resumed negotiations in Oslo, three days after the first round collapsed.", False),
    ("Norway and Sweden have resumed negotiations in Oslo after a pause in May.", False),
])
def test_a_length_of_time_in_a_lead_places_it_on_no_other_day(tmp_path, lead, joins):
    day, cited = _day_beside_lead(tmp_path, "2025-08-27_a.txt", "Delegations from Norway and Sweden met in Oslo on "
                                  "Tuesday for a new round of talks.", lead, "2025-08-26")
    assert cited == joins, day


def test_a_lead_of_an_agreement_joins_no_meeting_of_the_day_before(tmp_path):
    """``merge:perfect-lead-of-its-day`` across types only for a meeting and a visit: "have agreed to extend the truce"
    is no report of the round that ended the day before without an outcome."""
    day, cited = _day_beside_lead(tmp_path, "2025-08-27_a.txt", "Delegations from Norway and Sweden met in Oslo on "
                                  "Tuesday, and the round ended without an outcome.",
                                  "Norway and Sweden have agreed to extend the truce following talks in Oslo.",
                                  "2025-08-26")
    assert not cited, day


def _day_beside_lead(tmp_path, name: str, report: str, lead: str, date: str) -> tuple[dict, bool]:
    """The one event dated ``date`` when article ``name`` tells ``report`` and an article of 27 August leads with
    ``lead``, and whether the lead is one of its citations."""
    data = briefing_of(tmp_path, {name: "Round\n\n" + report, "2025-08-27_b.txt": "Talks\n\n" + lead})
    day = dated(data, date)
    assert len(day) == 1, day
    return day[0], any(c["source"] == "2025-08-27-b" for c in day[0]["citations"])


@pytest.mark.parametrize("lead,held", [
    ("Delegations from Norway and Sweden have resumed negotiations in Oslo.", True),
    ("Delegations from Norway and Sweden have arrived in Oslo for the talks.", False),  # arriving is not meeting
])
def test_a_lead_in_the_present_perfect_tells_a_meeting_planned_that_day_held_only_when_it_is_one(tmp_path, lead, held):
    day, cited = _day_beside_lead(tmp_path, "2025-08-26_a.txt", "Delegations from Norway and Sweden will meet in Oslo "
                                  "on Wednesday.", lead, "2025-08-27")
    assert day["status"] == ("happened" if held else "planned"), day
    assert cited == held


@pytest.mark.parametrize("text,kind", [
    ("The airline resumed flights between the two capitals on Monday.", "other"),
    ("The negotiators resumed talks in Port Aster on Monday.", "meeting"),
    ("The talks resumed in Port Aster on Monday.", "meeting"),
    ("Ruritania rejoined the talks in Port Aster on Monday.", "meeting"),
    ("The two sides reopened negotiations in Port Aster on Monday.", "meeting"),
    ("Ruritania reopened its airspace and land borders to Borduria on Monday.", "other"),
])
def test_a_verb_led_by_its_object_takes_the_object_type(text, kind):
    """object_led_verbs: "resumed flights" is no meeting."""
    assert [e.type for e in events_of(text)] == [kind]


@pytest.mark.parametrize("text,reports", [
    ("Foreign Minister Lena Storm said on Friday after the talks in Bergen that both sides had shown goodwill.", True),
    ("The mediator told reporters on Friday following the meeting that progress was slow.", True),
    ("The president said on Friday at the close of the summit that the rebels must disarm.", True),
    ("The envoy stated in a statement issued on Sunday at the end of the fourth meeting that detainees must go free.",
     True),
    ("The minister said on Friday after the next round that nothing had changed.", False),  # another gathering
    ("The minister said at a press conference on Friday that the harvest had failed.", False),  # no gathering
    ("The minister said on Friday that another meeting will be held in July.", False),
    ("The mediator said on Friday that the talks were going well.", False),  # still going on
    ("Speaking after his meeting with the king, the president said on Tuesday that trade would grow.", True),
    ("Speaking after the floods, the president said on Tuesday that aid would come.", False),
])
def test_a_statement_made_at_a_gathering_reports_it(text, reports):
    found = [e for e in events_of(text) if e.type == "statement"]
    assert len(found) == 1, found
    assert (found[0].evidence.get("clause") == "event.clause.reports_gathering") is reports, found[0].evidence


@pytest.mark.parametrize("statement,joins", [
    ("Foreign Minister Karl Weber said on Tuesday after the talks that the mood was good.", True),
    ("Foreign Minister Karl Weber said on Wednesday after the talks that the mood was good.", True),  # the day after
    ("Foreign Minister Karl Weber said on Thursday after the talks that the mood was good.", False),  # days later
    ("Foreign Minister Karl Weber said on Tuesday that fuel prices would rise.", False),  # another matter that day
    ("Foreign Minister Pablo Ortiz said on Tuesday after the talks in Lisbon that the mood was good.", False),
])
def test_a_statement_made_at_a_gathering_joins_it(tmp_path, statement, joins):
    data = briefing_of(tmp_path, {
        "2025-08-28_a.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Bergen on Tuesday.",
        "2025-08-28_b.txt": "Remarks\n\n" + statement,
    })
    said = [e for e in data["events"] if any(c["source"] == "2025-08-28-b" for c in e["citations"])]
    assert len(said) == 1, said
    if joins:
        assert said[0]["type"] == "meeting" and said[0]["date"] == "2025-08-26", said
        assert {c["source"] for c in said[0]["citations"]} == {"2025-08-28-a", "2025-08-28-b"}
        assert [m["rule"] for m in said[0]["evidence"]["merges"]] == ["merge:statement-at-the-gathering"]
    else:
        assert len(said[0]["citations"]) == 1, said


def test_a_cancellation_and_a_remark_after_the_talks_stay_apart(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-28_a.txt": "Talks\n\nOfficials said on Tuesday that the summit in Bergen had been cancelled.",
        "2025-08-28_b.txt": "Remarks\n\nForeign Minister Karl Weber said on Tuesday after the talks in Bergen that "
                            "the mood was good.",
    })
    assert not any(m["rule"] == "merge:statement-at-the-gathering" for e in data["events"]
                   for m in e["evidence"].get("merges", [])), data["events"]


@pytest.mark.parametrize("text,day", [
    ("The two leaders signed the declaration on Dec.11, 2024, in Lisbon.", "2024-12-11"),
    ("On Feb.15, the army launched an offensive in the north.", "2025-02-15"),
])
def test_a_month_abbreviation_glued_to_its_day_is_a_date(text, day):
    assert [e.when.date for e in events_of(text) if e.when is not None] == [day]


@pytest.mark.parametrize("text,reports", [
    ("Foreign Minister Lena Storm said on Monday that hopes had grown. Her remarks came after the foreign ministers "
     "of Norway and Sweden met in Bergen.", True),
    ("The envoy announced on Tuesday that a new round would be held in May. His remarks came in a press stakeout "
     "after the informal meeting of the two leaders.", True),
    ("The envoy announced on Tuesday that a new round would be held in May. His remarks came a day after the floods.",
     False),  # no gathering
    ("The envoy announced on Tuesday that a new round would be held in May. His remarks came before the next "
     "meeting.", False),  # another gathering, to come
])
def test_remarks_that_came_at_a_gathering_mark_the_statement_before(text, reports):
    found = [e for e in events_of(text) if e.type == "statement"]
    assert len(found) == 1, found
    assert (found[0].evidence.get("clause") == "event.clause.remarks_came_at_gathering") is reports, found[0].evidence


def test_a_statement_that_tells_the_gathering_done_is_a_report_of_it():
    # "said the meeting had produced a text" is already the meeting (type:complement-of-speech-verb), merged as one
    found = events_of("The mediator said on Friday that the meeting had produced a new text.")
    assert [(e.type, e.evidence["type"]) for e in found] == [("meeting", "type:complement-of-speech-verb")]


@pytest.mark.parametrize("others,joins", [
    ("", True),  # the only gathering of those days, naming no one: nothing disagrees
    ("Foreign Minister Ana Ruiz visited Lisbon on Tuesday.", False),  # two gatherings those days: which one?
])
def test_a_statement_after_the_talks_joins_an_unnamed_gathering_only_when_it_is_the_only_one(tmp_path, others, joins):
    data = briefing_of(tmp_path, {
        "2025-08-28_a.txt": "Round\n\nThe fourth round of the prisoner talks concluded on Tuesday.",
        "2025-08-28_c.txt": "Visit\n\n" + (others or "The weather was fine."),
        "2025-08-28_b.txt": "Remarks\n\nThe mediator Karl Weber said on Tuesday after the talks that detainees "
                            "must go free.",
    })
    said = [e for e in data["events"] if any(c["source"] == "2025-08-28-b" for c in e["citations"])]
    assert len(said) == 1, said
    assert (said[0]["type"] != "statement") is joins, said


def test_a_plan_reported_after_a_meeting_is_not_merged_into_it(tmp_path):
    # rule merge:no-plan-after-the-fact: a plan told after the day of a meeting (here "in autumn", a whole year at
    # its precision) is of a later meeting, even at the same venue (a plan told before it still merges:
    # test_a_planned_meeting_later_reported_held_becomes_one_happened_event)
    data = briefing_of(tmp_path, {
        "2025-03-05_talks.txt": "Ministers agree\n\nThe next meeting of the two ministers will be held in Oslo in "
                                "autumn.\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Oslo on "
                                "Tuesday.",
    })
    held = dated(data, "2025-03-04")
    assert len(held) == 1 and held[0]["status"] == "happened", held
    assert [c["sentence"] for c in held[0]["citations"]] == ["s2"]
    later = dated(data, "2025")
    assert len(later) == 1 and later[0]["status"] == "planned", later
    assert [c["sentence"] for c in later[0]["citations"]] == ["s1"]


@pytest.mark.parametrize("plan_day,merges", [
    ("2025-03-05", True),  # an article dated the day after may still tell the plan of that day
    ("2025-03-07", True),  # a "plan" dated before its own article's day is no plan of what is to come: left alone
])
def test_a_plan_of_the_very_day_dated_the_day_after_still_merges(tmp_path, plan_day, merges):
    # merge:no-plan-after-the-fact leaves alone a plan dated before its own article's day (_plan_written)
    data = briefing_of(tmp_path, {
        "2025-03-04_held.txt": "Ministers meet\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Oslo "
                               "on Tuesday.",
        f"{plan_day}_plan.txt": "Ministers\n\nForeign Minister Karl Weber is expected to meet Foreign Minister Ana "
                                "Ruiz in Oslo on March 4.",
    })
    held = [e for e in dated(data, "2025-03-04") if any(c["source"] == "2025-03-04-held" for c in e["citations"])]
    assert len(held) == 1 and held[0]["status"] == "happened", held
    assert any(c["source"] == f"{plan_day}-plan" for c in held[0]["citations"]) is merges, held


@pytest.mark.parametrize("day,lead,joins", [
    ("Tuesday", "Norway's foreign minister met his Swedish counterpart in Oslo.", "2025-08-26"),
    ("Wednesday", "Norway's foreign minister met his Swedish counterpart in Oslo.", "2025-08-27"),
    ("Sunday", "Norway's foreign minister met his Swedish counterpart in Oslo.", None),  # days before: another day
    ("Tuesday", "Norway's foreign minister did not meet his Swedish counterpart in Oslo.", None),  # negated
    ("Tuesday", "Finland's foreign minister met his Estonian counterpart in Tallinn.", None),  # other parties, place
    ("Tuesday", "Norway's foreign minister will meet his Swedish counterpart in Oslo.", None),  # to come
])
def test_a_lead_in_the_simple_past_joins_the_event_of_its_day(tmp_path, day, lead, joins):
    # rule date:past-lead, joined by merge:past-lead-of-its-day: like a lead in the present perfect, only a citation
    data = briefing_of(tmp_path, {
        "2025-08-27_a.txt": f"Round\n\nDelegations from Norway and Sweden met in Oslo on {day} for a new round of talks.",
        "2025-08-27_b.txt": "Ministers\n\n" + lead,
    })
    from_lead = [e for e in data["events"] if any(c["source"] == "2025-08-27-b" for c in e["citations"])]
    if not joins:
        assert not from_lead, from_lead  # told without a date, it is no event of its own
        return
    assert len(from_lead) == 1 and from_lead[0]["date"] == joins, from_lead
    assert {c["source"] for c in from_lead[0]["citations"]} == {"2025-08-27-a", "2025-08-27-b"}
    assert [m["rule"] for m in from_lead[0]["evidence"]["merges"]] == ["merge:past-lead-of-its-day"]


@pytest.mark.parametrize("text", [
    "Ruritania raised duties on Elbonian steel ahead of the July 1 deadline.",
    "Both capitals hope to close a deal before the July customs deadline.",
    "The deadline for the new levies was later pushed back to 1 July.",
    "Elbonia set a deadline of 30 June for the handover of the prisoners.",
    # the parser hangs only "this" on the deadline's "of", and the day on the verb
    "In a video posted on the union’s social media sites, President Jan Roe announced a new strike deadline of this "
    "Friday, June 20 at noon ET.",
])
def test_a_date_that_dates_a_deadline_is_no_event(text):
    """Rule event.key.deadline: the day something is due is not a day anything happened."""
    assert not any("J" in e.expression for e in events_of(text)), [(e.expression, e.summary) for e in events_of(text)]


def test_a_clause_dated_beside_a_deadline_keeps_its_own_date():
    found = events_of("Ruritania raised duties on Elbonian steel on Wednesday, ahead of the July 1 deadline.")
    assert [(e.expression, e.when.date) for e in found] == [("Wednesday", "2025-06-11")]
    found = events_of("The envoys met in Port Aster on 2 June to discuss the deadline.")
    assert [e.when.date for e in found] == ["2025-06-02"]


@pytest.mark.parametrize("text", [
    "The ministry has published new customs rates effective July 1.",
    "The accord includes a truce effective from 20 June.",
    "Both sides agreed on a truce effective June 20.",
])
def test_a_date_an_adjective_of_effect_governs_is_no_event(text):
    """Rule event.key.effective_date: the day something takes effect is not the day of the clause around it."""
    assert_no_event(events_of(text))


def test_a_signing_dated_on_its_own_beside_an_effective_date_is_kept():
    found = events_of("The two parties signed a truce on 2 June, effective from midnight on 5 June.")
    assert [(e.type, e.when.date) for e in found] == [("agreement", "2025-06-02")]


@pytest.mark.parametrize("text", [
    "The Harbour Times reported on Tuesday that the envoys had met in Port Aster.",
    "The newspaper said on Tuesday that the border talks would go on.",
])
def test_a_date_on_what_an_outlet_reported_is_no_event(text):
    """Rule event.key.outlet_report: the day of a publication is not a day of the story."""
    assert_no_event(events_of(text))


def test_what_an_outlet_reports_with_its_own_date_and_what_a_person_said_are_events():
    found = events_of("The envoys met in Port Aster on Tuesday, the newspaper reported.")
    assert [(e.type, e.when.date) for e in found] == [("meeting", "2025-06-10")]
    found = events_of("The foreign minister said on Tuesday that the border talks would go on.")
    assert [(e.type, e.when.date) for e in found] == [("statement", "2025-06-10")]


@pytest.mark.parametrize("text", [
    "The new customs duties will take effect on 1 July.",
    "The border truce is set to expire on Friday.",
    "The fisheries pact comes into force next week.",
])
def test_a_day_something_is_to_take_effect_or_run_out_is_no_event(text):
    """Rule event.key.effect_to_come: a day of the calendar, not a happening."""
    assert_no_event(events_of(text))


@pytest.mark.parametrize("text,date", [
    ("The new customs duties took effect on 2 June.", "2025-06-02"),
    ("The border truce expired on 2 January.", "2025-01-02"),
    ("The two delegations will meet in Port Aster on Friday to discuss when the truce takes effect.", "2025-06-20"),
])
def test_an_effect_told_as_done_and_a_planned_meeting_are_events(text, date):
    assert [e.when.date for e in events_of(text)] == [date], [(e.expression, e.summary) for e in events_of(text)]


def test_a_word_of_the_present_that_owns_a_plain_noun_is_no_day():
    """Rule event.key.present_qualifier: "today's world" is the present, "today's talks" a day."""
    assert events_of("The envoys will work to widen the role of the bloc in today's world.") == []
    found = events_of("The envoys will raise the fishing quotas in today's talks.")
    assert [(e.type, e.when.date) for e in found] == [("meeting", "2025-06-14")]


def undated_events_of(text: str):
    doc = load_model(model_name())(text)
    return extract_events(doc, extract_entities(doc), sentence_index(doc), None, False, 2025)


@pytest.mark.parametrize("text", [
    "The two capitals want to close a customs pact that has been slowly taking shape since April.",
    "Since February, the militia took control of three valleys near the coast.",
])
def test_a_since_phrase_in_an_article_with_no_day_of_its_own_is_no_event(text):
    """Rule event.key.since_unsure_start: how long before the period opened cannot be told."""
    assert_no_event(undated_events_of(text))


@pytest.mark.parametrize("text,date", [
    ("The island has been torn by civil war since April 2023.", "2023-04"),  # the state's start still dated
    ("Shelling has gone on since the militia stormed the port on 9 June.", "2025-06-09"),  # a since clause
    ("The envoys met in Port Aster on 2 June.", "2025-06-02"),
])
def test_a_since_state_a_since_clause_and_a_plain_date_in_an_undated_article_are_kept(text, date):
    assert [e.when.date for e in undated_events_of(text)] == [date], [(e.expression, e.summary) for e in undated_events_of(text)]


@pytest.mark.parametrize("statement,joins", [
    ("President Lena Holm announced on Tuesday the start of talks in Bergen between Foreign Minister Karl Weber "
     "and Foreign Minister Ana Ruiz.", True),
    ("President Lena Holm announced on Wednesday the start of talks in Bergen between Foreign Minister Karl Weber "
     "and Foreign Minister Ana Ruiz.", False),  # another day
    ("President Lena Holm announced on Tuesday the start of talks in Lisbon between Foreign Minister Karl Weber "
     "and Foreign Minister Ana Ruiz.", False),  # another place
    ("President Lena Holm announced on Tuesday the start of talks in Bergen between Foreign Minister Karl Weber "
     "and Foreign Minister Pablo Ortiz.", False),  # another party
])
def test_a_statement_naming_the_day_s_gathering_joins_it(tmp_path, statement, joins):
    data = briefing_of(tmp_path, {
        "2025-08-28_a.txt": "Talks\n\nForeign Minister Karl Weber met Foreign Minister Ana Ruiz in Bergen on Tuesday.",
        "2025-08-28_b.txt": "Remarks\n\n" + statement,
    })
    said = [e for e in data["events"] if any(c["source"] == "2025-08-28-b" for c in e["citations"])]
    assert len(said) == 1, data["events"]
    rules = [m["rule"] for m in said[0]["evidence"].get("merges", [])]
    assert (rules == ["merge:statement-of-the-gathering"]) is joins, said


@pytest.mark.parametrize("statement,joins", [
    ("Norway reached out to Sweden, and the two countries negotiated directly and agreed to a truce, the government "
     "of Norway said on Tuesday.", True),
    ("Norway reached out to Sweden, and the two countries negotiated directly and agreed to a truce, the government "
     "of Norway said on Wednesday.", False),  # another day
    ("Norway said on Tuesday that it had not agreed to a truce with Sweden.", False),  # denied
    ("Norway said on Tuesday that the two countries would sign a truce next month.", False),  # to come
])
def test_a_statement_telling_the_day_s_agreement_joins_it(tmp_path, statement, joins):
    """Rules event.clause.reports_agreement and merge:statement-of-the-agreement."""
    data = briefing_of(tmp_path, {
        "2025-08-28_a.txt": "Truce\n\nNorway and Sweden agreed to a truce on Tuesday, officials said.",
        "2025-08-28_b.txt": "Remarks\n\n" + statement,
    })
    said = [e for e in data["events"] if any(c["source"] == "2025-08-28-b" for c in e["citations"])]
    rules = [m["rule"] for e in said for m in e["evidence"].get("merges", [])]
    assert ("merge:statement-of-the-agreement" in rules) is joins, said


@pytest.mark.parametrize("report,joins", [
    ("Norway and Sweden signed a fishing accord in Oslo on Thursday.", "2025-08-28"),  # a Thursday
    ("Norway and Sweden signed a fishing accord in Oslo on Dec. 7.", None),  # another day
    ("Norway and Sweden signed a fishing accord in Oslo on Friday.", None),  # not that day's weekday
    ("Finland and Estonia signed a ferry accord in Tallinn on Thursday.", None),  # other parties, another place
    ("Norway and Sweden signed a fishing accord in Bergen on Thursday.", None),  # a weekday and parties, no place in common
])
def test_a_day_an_undated_article_cannot_place_is_the_day_another_report_dates(tmp_path, report, joins):
    # rule merge:day-of-a-dated-report: the article has no publication date and names no year
    data = briefing_of(tmp_path, {
        "2025-08-29_a.txt": "Accord\n\nNorway and Sweden signed a fishing accord in Oslo on Thursday, August 28, 2025.",
        "b.txt": "Accord signed\n\n" + report,
    })
    from_b = [e for e in data["events"] if any(c["source"] == "b" for c in e["citations"])]
    if joins is None:
        assert from_b and all(len(e["citations"]) == 1 for e in from_b), from_b
        return
    assert len(from_b) == 1 and from_b[0]["date"] == joins, from_b
    assert {c["source"] for c in from_b[0]["citations"]} == {"2025-08-29-a", "b"}
    assert [m["rule"] for m in from_b[0]["evidence"]["merges"]] == ["merge:day-of-a-dated-report"]


def test_a_day_two_dated_reports_fit_stays_undated(tmp_path):
    data = briefing_of(tmp_path, {
        "2025-08-29_a.txt": "Accord\n\nNorway and Sweden signed a fishing accord in Oslo on Thursday, August 28, 2025.",
        "2025-09-05_c.txt": "Second accord\n\nNorway and Sweden signed a timber accord in Oslo on Thursday, "
                            "September 4, 2025.",
        "b.txt": "Accord signed\n\nNorway and Sweden signed an accord in Oslo on Thursday.",
    })
    from_b = [e for e in data["events"] if any(c["source"] == "b" for c in e["citations"])]
    assert from_b and all(e["date"] is None and len(e["citations"]) == 1 for e in from_b), from_b


@pytest.mark.parametrize("text,kind", [
    ("President Jan Kral is welcomed by Prime Minister Ana Ruiz upon his arrival at the airport on Friday.", "visit"),
    ("Prime Minister Ana Ruiz received the Lindorian delegation in Oslo on Friday.", "visit"),
    ("The president welcomed the decision on Friday.", "statement"),  # no visitor: a statement
])
def test_receiving_a_visitor_is_a_visit(text, kind):
    # rule type:received-visitor
    found = events_of(text)
    assert [e.type for e in found] == [kind], found


def test_paying_a_visit_is_a_visit():
    # "pay" is a light verb: its object tells the type ("paid a visit"); "paid a ransom" tells none
    assert [e.type for e in events_of("President Jan Kral paid an official visit to Oslo on Friday.")] == ["visit"]
    assert [e.type for e in events_of("The government paid a ransom on Friday.")] == ["other"]


@pytest.mark.parametrize("text,date,status", [
    # rule date:announced-either-way: the day on the object of "confirmed" is the meeting's, the nearest one
    ("Foreign Minister Jan Kral confirmed the meeting between President Ana Ruiz and President Karl Weber on June 16 "
     "in Oslo.", "2025-06-16", "planned"),
    ("The ministry confirmed the meeting of the two envoys on May 20 in Oslo.", "2025-05-20", "happened"),
])
def test_a_day_on_what_a_past_verb_announced_is_the_nearest_one(text, date, status):
    found = events_of(text, dt.date(2025, 5, 25))
    assert [(e.when.date, e.status) for e in found] == [(date, status)], found


@pytest.mark.parametrize("text,date,status,rule", [
    # rule date:scheduled-day-ahead: the day hung from "scheduled" after the vote is the vote's, the coming one
    # (the article is of Sunday 25 May 2025)
    ("The union endorsed the offer and scheduled a vote on Monday.", "2025-05-26", "planned",
     "date:scheduled-day-ahead"),
    ("The union scheduled a vote on Thursday.", "2025-05-29", "planned", "date:scheduled-day-ahead"),
    # rule event.key.setting_day: the day before the object is the day of the scheduling, not of the vote
    ("On Monday, the union scheduled a vote for June 20.", "2025-06-20", "planned", "date:scheduled-day-ahead"),
    # a verb that sets no day: the day of the announcement, the one just gone
    ("The union announced a vote on Thursday.", "2025-05-22", "happened", None),
])
def test_a_day_a_past_verb_of_scheduling_gives_its_happening_is_the_coming_one(text, date, status, rule):
    found = events_of(text, dt.date(2025, 5, 25))
    assert [(e.when.date, e.status) for e in found] == [(date, status)], found
    assert found[0].evidence.get("date") == rule


@pytest.mark.parametrize("text,date,status", [
    # rule date:noun-of-its-day-soon: the day set before the summit's noun is the summit's, and the coming one is
    # near, whatever the past verb around it
    ("The two leaders discussed plans for a June 12 summit in Oslo.", "2025-06-12", "planned"),
    ("Officials said the June 12 summit in Oslo was called off.", "2025-06-12", "planned"),
    # the coming one is far off: the day just gone
    ("Officials said the April 2 summit in Oslo was a success.", "2025-04-02", "happened"),
    ("Officials said the March 3 vote in Oslo was a defeat for the government.", "2025-03-03", "happened"),
    # a past happening the clause sets something in: the day just gone, though the coming one is near
    ("The rebels seized 25 hostages in their July 7 attacks on the border towns.", "2024-07-07", "happened"),
])
def test_a_day_set_before_a_happenings_noun_is_the_coming_one_when_it_is_near(text, date, status):
    found = [e for e in events_of(text, dt.date(2025, 5, 25)) if e.when and e.when.date == date]
    assert [(e.when.date, e.status) for e in found] == [(date, status)], events_of(text, dt.date(2025, 5, 25))
    if status == "planned":
        assert found[0].evidence.get("date") == "date:noun-of-its-day-soon"


def test_a_signing_told_by_its_month_at_its_venue_joins_the_one_dated_to_its_day(tmp_path):
    # merge:one-happening-at-a-finer-date for a held report of the article's own month that names the venue
    data = briefing_of(tmp_path, {
        "2025-12-12_a.txt": "Deal\n\nPresident Karl Weber and Premier Ana Ruiz signed the Bergen Declaration in "
                            "Bergen on December 11.",
        "2025-12-20_b.txt": "Reactions\n\nThe Bergen Declaration, signed in Bergen in December, was welcomed by the "
                            "neighbours.",
    })
    dec = [e for e in data["events"] if (e["date"] or "").startswith("2025-12") and e["type"] == "agreement"]
    assert [e["date"] for e in dec] == ["2025-12-11"], dec
    assert {c["source"] for c in dec[0]["citations"]} == {"2025-12-12-a", "2025-12-20-b"}
    assert [m["rule"] for m in dec[0]["evidence"]["merges"]] == ["merge:one-happening-at-a-finer-date"]


def test_a_meeting_told_in_its_country_and_in_its_city_is_one_meeting(tmp_path):
    # merge:date+type+venue-in-country: "in Norway on Thursday" (planned) and "in Bergen on Thursday" (held)
    data = briefing_of(tmp_path, {
        "2023-08-08_a.txt": "Crisis\n\nThe regional bloc will hold a crisis meeting on Thursday in Norway.",
        "2023-08-12_b.txt": "Summit\n\nThe leaders held an extraordinary meeting in Bergen on Thursday, August 10, "
                            "2023, and ordered the deployment of a standby force.",
    })
    day = [e for e in dated(data, "2023-08-10") if e["type"] == "meeting"]
    assert len(day) == 1, day
    assert {c["source"] for c in day[0]["citations"]} == {"2023-08-08-a", "2023-08-12-b"}
    assert "merge:date+type+venue-in-country" in {m["rule"] for m in day[0]["evidence"]["merges"]}


@pytest.mark.parametrize("text,want", [
    # type:strike-of-arms: "strike" is an attack only with a cue of arms
    ("Israeli strikes on the port killed 20 people on Monday.", "attack"),
    ("Russia struck Kyiv on Monday.", "attack"),
    ("The strikes on the port on Monday killed five people.", "attack"),
    ("Output fell sharply after the strike started on Monday.", "other"),
    # ... and in a context of labour it is a walkout (type:labour-action)
    ("The union will strike at the plant on Friday.", "walkout"),
    ("The workers' strike against the company began on Monday.", "walkout"),
    ("Dockworkers of the union initiated a large-scale strike early Tuesday.", "walkout"),
    # what was struck is no walkout, however much the sentence says of labour
    ("The partial deal struck on Thursday with the union was made under pressure from the White House.", "other"),
])
def test_a_strike_is_an_attack_only_with_a_cue_of_arms(text, want):
    found = events_of(text)
    assert [e.type for e in found] == [want], [(e.type, e.summary) for e in found]


def test_a_date_after_through_is_a_bound_not_a_happening():
    # boundary_preps: "through 2028", "through April 2028"
    assert_no_event(events_of("Its passage locks in the agreements with the union through 2028."))
    assert_no_event(events_of("The agreement includes 25% in base wage increases through April 2028."))


def test_an_offset_that_counts_a_past_act_past_the_article_dates_nothing():
    # date:offset-past-the-article: "a week later" from the day named last lands after the article's own day, yet the
    # verb is past: the writer counted from another day; the act stays undated (never "planned")
    found = events_of("The union struck three plants on June 5. The strike widened on June 13. A week later, the "
                      "union ordered another 5,500 members to walk out.")
    later = [e for e in found if e.expression.lower().startswith("a week later")]
    assert later == [] or all(e.when is None for e in later), [(e.when, e.status) for e in later]
    assert all(e.status == "happened" for e in found if e.when is not None)


@pytest.mark.parametrize("second,one", [
    ("Officials said in a statement on Sunday, July 21 that Oslo and Stockholm have “reached "
     "an understanding on the provisional arrangement” for resupply missions to a beached ship.", True),
    ("Officials said in a statement on Sunday, July 21 that Oslo and Stockholm have “agreed to "
     "keep talking about the missions next month” at sea.", False),  # other words quoted: another statement
    ("Officials said in a statement on Sunday, July 21 that Oslo and Stockholm have an "
     "“understanding” on resupply missions to a beached ship.", False),  # a word in common is no quotation
])
def test_two_statements_of_a_day_quoting_the_same_words_are_one(tmp_path, second, one):
    """Rule ``merge:date+same-quotation``: two articles' statements of one day that quote the same five words or more
    are one statement; other words, or a word or two in common, are not enough."""
    data = briefing_of(tmp_path, {
        "2024-07-22_a.txt": "Deal\n\nOSLO — Norway and Sweden have \"reached an understanding on the "
                            "provisional arrangement\" for resupply missions to a beached ship, the government "
                            "said in a statement on July 21.",
        "2024-07-22_b.txt": "Missions\n\n" + second,
    })
    day = [e for e in dated(data, "2024-07-21") if e["type"] == "statement"]
    assert len(day) == (1 if one else 2), day
    if one:
        assert [m["rule"] for m in day[0]["evidence"]["merges"]] == ["merge:date+same-quotation"]


@pytest.mark.parametrize("text,date,status,rule", [
    # a present relative clause is told in the present, not in the past of the saying around it: the coming Tuesday
    ("It is a sign of hope, said Jan Kral from the city, which is under lockdown for Tuesday's summit.",
     "2025-06-17", "planned", "event.status.present_with_future_date"),
    # a past relative clause keeps its past under a present main clause: no arrangement of the present "is"
    ("Officials said the conflict, which erupted on Monday, is over.", "2025-06-09", "happened", "event.status.past_tense"),
])
def test_a_relative_clause_the_date_hangs_from_is_told_in_its_own_tense(text, date, status, rule):
    event = next(e for e in events_of(text) if e.expression in {"Tuesday", "Monday"})
    assert (event.when.date, event.status, event.evidence["status"]) == (date, status, rule)


def test_a_word_a_bound_prefix_joins_with_a_hyphen_is_one_verb_of_its_clause():
    """Rule token.bound_prefix (lexicon bound_prefixes): "re-opened" stays one token, the clause's verb, lemma
    "reopen"; split at its hyphen, "re" was the verb and the event lost its actors."""
    doc = load_model(model_name())("The leaders of Chile and Peru re-opened two crossing points on Tuesday.")
    verb = next(t for t in doc if t.text == "re-opened")
    assert (verb.lemma_, verb.dep_, [c.text for c in verb.children if c.dep_ == "nsubj"]) == ("reopen", "ROOT", ["leaders"])
    event = only_event("The leaders of Chile and Peru re-opened two crossing points on Tuesday.")
    assert event.when.date == "2025-06-10" and {m.text for m in event.actors} >= {"Chile", "Peru"}
    assert [t.text for t in load_model(model_name())("US-China talks")][:3] == ["US", "-", "China"]  # no prefix: split


def test_the_venue_question_names_the_gathering_the_reports_put_at_the_venues(tmp_path):
    from generator.reconcile import build_briefing

    facts = facts_of(tmp_path, {
        "2025-04-05_a.md": "---\ntitle: Offer\npublished: 2025-04-05\n---\nJapan proposed to host a trilateral "
                           "summit in Tokyo next month, but China rejected the proposal.",
        "2025-04-06_b.md": "---\ntitle: Talks\npublished: 2025-04-06\n---\nChina rejected Japan's proposal to "
                           "hold the summit in Tokyo in May.",
    })
    questions = build_briefing(facts).to_json()["questions"]
    venue = [q["question"] for q in questions if q["question"].startswith("Where")]
    assert venue == ["Where will the trilateral summit be held?"]


def test_a_planned_meeting_does_not_take_the_day_of_an_untyped_act_near_it(tmp_path):
    # merge:planned-then-held joins a plan to a held report of the gathering a day or two off, never to an untyped
    # clause that only names the same place ("Ahead of the summit, X reopened its border on Monday")
    data = briefing_of(tmp_path, {
        "2025-01-04_plan.txt": "Summit ahead\n\nPresident Karl Weber will attend the summit in Oslo on Tuesday.",
        "2025-01-06_after.txt": "Border open\n\nAhead of the summit in Oslo, Ruritania reopened its border to "
                                "Valdoria on Monday, considered the first step to ease the rift.",
    })
    planned = dated(data, "2025-01-07")
    assert [(e["type"], e["status"]) for e in planned] == [("meeting", "planned")], data["events"]
    assert [c["source"] for c in planned[0]["citations"]] == ["2025-01-04-plan"]
    assert not [e for e in dated(data, "2025-01-05") if e["type"] == "meeting"]


def test_an_untyped_act_is_not_merged_into_a_remark_by_the_place_both_name(tmp_path):
    # merge:no-remark-by-place: a statement and an untyped report are one only by who speaks
    data = briefing_of(tmp_path, {
        "2025-01-06_remark.txt": "Summit\n\nIn remarks carried by the state news agency on Monday, Prime Minister "
                                 "Karl Weber said the summit in Oslo will be inclusive.",
        "2025-01-06_border.txt": "Border\n\nAhead of the summit in Oslo, Norway reopened its airspace to Sweden "
                                 "on Monday.",
    })
    day = dated(data, "2025-01-06")
    assert sorted(e["type"] for e in day) == ["other", "statement"], day
    assert all(len(e["citations"]) == 1 for e in day)



def placed(found) -> list[tuple[str, str]]:
    """Each event's date and status."""
    return [(e.when.date, e.status) for e in found]


def test_a_year_on_a_noun_in_an_article_with_no_day_of_its_own_is_no_event():
    """Rule event.key.year_of_a_noun_unplaced: "before the 2027 presidential election" in an undated article says
    neither that the election happened nor that it is to come; in a dated article the year is after its day."""
    text = "The Zenda Front wishes to talk with the State only, on full sovereignty before the 2027 presidential election."
    assert_no_event(undated_events_of(text))
    assert placed(events_of(text)) == [("2027", "planned")]
    kept = undated_events_of("The Zenda Front won the 2019 presidential election.")
    assert placed(kept) == [("2019", "happened")]
    # a year before the one the other articles give (2025 here) is past, whatever the clause's tense
    kept = undated_events_of("The Zenda Front wants talks in the same format as the failed 2022 Lindor accord.")
    assert placed(kept) == [("2022", "happened")]


def test_a_month_in_a_present_clause_of_an_article_with_no_day_of_its_own_is_no_event():
    """Rule event.key.month_unplaced: "officials see a signing possible in January" in an undated article says
    neither that the signing happened nor that it is to come; told in the past, or in a dated article, it is placed."""
    text = "Lindor officials expressed frustration but see the signing of the Varka accord possible in January 2026."
    assert_no_event(undated_events_of(text))
    assert placed(events_of(text)) == [("2026-01", "planned")]
    kept = undated_events_of("The Zenda Front signed the Varka accord in January 2025.")
    assert placed(kept) == [("2025-01", "happened")]
    # a month of a year before the one the other articles give (2025 here) is past, whatever the clause's tense
    kept = undated_events_of("The Zenda Front still sees the Varka accord of March 2023 as binding.")
    assert placed(kept) == [("2023-03", "happened")]
    # a clause in the present perfect tells what happened ("including" is no verb of that clause)
    kept = undated_events_of("Since then, a flurry of diplomacy, including Jan Roe's eventual trip to Lindor in June, "
                             "has signalled ambitions on both sides to mend ties.")
    assert placed(kept) == [("2025-06", "happened")]


def test_a_day_in_a_clause_not_told_in_the_past_of_an_article_with_no_day_of_its_own_is_no_event():
    """Rule event.key.day_of_a_noun_unplaced: "clouding the transition to Jan Roe's January 20 inauguration" in an
    undated article says neither that the inauguration happened nor that it is to come; told in the past, or in a
    dated article, it is placed."""
    text = "The strike was averted, clouding the transition to Jan Roe's January 20 inauguration."
    assert_no_event(undated_events_of(text))
    kept = undated_events_of("The Zenda Front signed the Varka accord on January 20, 2025.")
    assert placed(kept) == [("2025-01-20", "happened")]
    # a noun that says it is past is told
    kept = undated_events_of("The two envoys met by video to review the work since their last meeting on 9 January.")
    assert ("2025-01-09", "happened") in placed(kept)


def test_preparing_for_talks_on_a_day_is_a_plan():
    found = undated_events_of("Zenda and Lindor are preparing for a second round of talks in Varka on April 26.")
    assert [(e.when.date, e.status, e.evidence["status"]) for e in found] == [
        ("2025-04-26", "planned", "event.status.planning_verb")]


def test_a_clause_under_should_is_no_happening():
    """"should" looks forward like "will" (``future_modals``): "the text should allow a part in the dialogue of August
    20" is no dialogue that happened."""
    found = events_of("The Zenda Front said the text should allow its part in the dialogue of May 3, 2025.")
    assert [(e.when.date, e.status) for e in found] == [("2025-05-03", "planned")]  # before the article's day, not past


@pytest.mark.parametrize("second,one", [
    # another speaker on the same day, naming the same two people: another statement
    ("Chancellor Ilse Varnik said on Saturday that a summit is expected to follow Monday's meeting between "
     "Jan Roe and Eugene Varnik.", False),
    # the same speaker, told by another article: one statement
    ("Jan Roe said on Saturday that he will meet Eugene Varnik on Monday, officials reported.", True),
])
def test_two_statements_of_a_day_by_two_speakers_are_two(tmp_path, second, one):
    """Rule ``merge:no-two-speakers``: the speaker of a statement is the person subject of its speech verb
    (``event.speaker.subject``); two statements of a day whose speakers differ are never one event, even when
    one names every person the other names."""
    first = "Talks\n\nJan Roe said in a post on Saturday that he will meet Eugene Varnik in Lisbon on Monday."
    assert_statements_of_saturday(tmp_path, first, "Summit\n\n" + second, one, "merge:date+type+person")


def assert_statements_of_saturday(tmp_path, first: str, second: str, one: bool, rule: str) -> None:
    """Two articles of 17 August 2025 each telling a statement of Saturday the 16th: one statement, joined by
    ``rule``, when ``one``; else two."""
    data = briefing_of(tmp_path, {"2025-08-17_a.txt": first, "2025-08-17_b.txt": second})
    day = [e for e in dated(data, "2025-08-16") if e["type"] == "statement"]
    assert len(day) == (1 if one else 2), day
    if one:
        assert [m["rule"] for m in day[0]["evidence"]["merges"]] == [rule]


def test_a_day_to_come_under_a_verb_of_prevention_is_no_event():
    """Rule event.key.prevented: "thus averting any work stoppage on January 15" tells what will not happen that
    day; a prevention told as done keeps its day."""
    assert_no_event(events_of("The two sides agreed to continue to operate under the current contract, thus "
                              "averting any work stoppage on January 15, 2026."))
    kept = events_of("The strike was averted on Thursday after a night of talks.")
    assert [(e.when.date, e.status) for e in kept] == [("2025-06-12", "happened")]
    # a day of a clause joined to the prevention is that clause's own
    kept = events_of("An extension of that length would prevent further escalation and facilitate planning for a "
                     "potential meeting between the two presidents in late October.")
    assert [(e.when.date, e.status) for e in kept] == [("2025-10", "planned")]


def test_releasing_a_statement_is_a_statement():
    """``light_verbs``: "released a statement" is told by its object, as "issued a statement" is."""
    found = events_of("On June 10, the ministry released a statement noting that talks would continue.")
    assert [(e.when.date, e.type, e.evidence["type"]) for e in found] == [
        ("2025-06-10", "statement", "type:object-of-light-verb")]


def test_a_month_report_sharing_one_body_only_is_not_the_day_event(tmp_path):
    """Rule merge:one-happening-at-a-finer-date needs a person or two actors in common: members of one body approving
    a pact in a month is not the day two bodies reached it."""
    data = briefing_of(tmp_path, {
        "2025-02-26_a.txt": "Pact\n\nOn January 8, the Lindor Trade Council and the Dockhands Union announced that they "
                            "had reached a tentative agreement.",
        "2025-02-27_b.txt": "Vote\n\nMembers of the Lindor Trade Council unanimously approved the agreement in January.",
    })
    day = dated(data, "2025-01-08")
    assert len(day) == 1 and {c["source"] for c in day[0]["citations"]} == {"2025-02-26-a"}, day
    merges = [m["rule"] for m in day[0]["evidence"].get("merges") or []]
    assert "merge:one-happening-at-a-finer-date" not in merges, day


def test_two_days_each_only_guessed_are_no_one_day(tmp_path):
    """merge:date+type, participants unnamed needs one day that is not a guess: "a few days ago" in one article and
    "next week" in another can land on one day and still be two happenings."""
    data = briefing_of(tmp_path, {
        "2025-04-17_a.txt": "Draft\n\nThe Lindor side proposed a new draft of the accord a few days ago, the minister said.",
        "2025-04-07_b.txt": "Team\n\nThe Ruritanian government will send a team to Port Aster next week.",
    })
    for e in data["events"]:
        assert len({c["source"] for c in e["citations"]}) == 1, data["events"]


def test_a_walkout_weeks_before_the_article_is_a_key_event_of_its_own_type(tmp_path):
    """type:labour-action: "went on strike on September 13" in a November article tells the walkout, a happening of
    its own type, not untyped background; told by two articles, it is one event."""
    data = briefing_of(tmp_path, {
        "2024-11-01_a.txt": "Contract vote\n\nMore than 30,000 dockworkers went on strike on September 13 in the "
                            "port. The union scheduled a vote on Monday.",
        "2024-09-14_b.txt": "Strike\n\nThe dockworkers' union went on strike on Friday, the union said.",
    })
    day = dated(data, "2024-09-13")
    assert len(day) == 1 and day[0]["type"] == "walkout" and len(day[0]["citations"]) == 2, data["events"]


def test_a_time_as_the_subject_of_a_verb_of_visit_names_no_happening():
    # rule type:time-as-subject: "as November arrives" is no visit
    assert_no_event(events_of("Shops expect a rush of parcels as November arrives.", dt.date(2024, 11, 10)))
    assert [e.type for e in events_of("The envoy arrives in Lindor on Monday.", dt.date(2024, 11, 10))] == ["visit"]
    # a length of a happening as subject is the happening's
    assert [e.when.date for e in events_of("Two days of talks in Lindor concluded on Tuesday.", dt.date(2025, 7, 30))] \
        == ["2025-07-29"]


def test_a_clause_a_plans_infinitive_holds_is_planned_not_done():
    # rule event.status.plan_noun
    found = events_of("The opposition upended plans to have it signed on December 20 with the four members.",
                      dt.date(2025, 12, 22))
    assert [(e.when.date, e.status, e.evidence["status"]) for e in found] == \
        [("2025-12-20", "planned", "event.status.plan_noun")]


def test_an_undated_report_speaks_from_the_day_its_weekday_fixes_not_a_later_guessed_one(tmp_path):
    # rule reference.sure_day: "Sunday, June 8" fixes 2025; "December 6" took the corpus's year and is no surer day
    data = briefing_of(tmp_path, {
        "2025-09-03_a.txt": "Approval\n\nThe commission approved the trade accord with the bloc on Wednesday.",
        "lunch.txt": "Lunch\n\nOn Sunday, June 8, in Lindor, President Eva Roe held a working lunch with the council's "
                     "president, Jan Roe.\n\nBACKGROUND – The accord was finalized during the bloc's summit in Zenda on "
                     "December 6.",
    })
    lunch = next(s for s in data["sources"] if s["id"] == "lunch")
    assert lunch["reference_date"] == "2025-06-08"
    assert not dated(data, "2025-12-06")


def test_a_meeting_that_did_not_go_as_planned_was_not_called_off():
    # "go" calls a meeting off only as "go ahead" (event_types.going_ahead_words): "did not go the way it was supposed
    # to" says how a meeting that took place went
    found = events_of("“Our meeting in Lindor, at the palace on Friday, did not go the way it was supposed to be,” "
                      "Jan Roe wrote.")
    assert [e.type for e in found if e.type == "cancellation"] == []


def test_a_day_on_what_a_repetition_repeats_dates_no_repetition():
    # rule event.key.repeated_thing: the day is the first strike's, and the threatened repeat is undated
    assert_no_event(events_of("Dockworkers are threatening to stage a repeat of a three-day strike in October."))
    # the act itself, dated, is still told
    assert [(e.when.date, e.status) for e in events_of("The dockworkers staged a three-day strike in October.")] == \
        [("2024-10", "happened")]


def test_a_past_year_on_a_noun_dates_a_done_thing_whatever_the_plan_around_it():
    # rule event.status.past_year_of_a_noun: no plan of a year already gone
    found = events_of("Developing countries need more support if they are to fully realize the goals of the Lindor "
                      "Accord – the sweeping 2015 deal that set a target.")
    assert [(e.when.date, e.status, e.evidence["status"]) for e in found] == \
        [("2015", "happened", "event.status.past_year_of_a_noun")]
    # a year still to come keeps the plan
    assert [(e.when.date, e.status) for e in events_of("The two sides are to sign the 2026 agreement soon.")] == \
        [("2026", "planned")]


def test_a_count_of_days_inside_a_quote_dates_nothing():
    """Rule event.key.offset_in_quote: "“And then it's a week later to just change names,” X said" counts from a day of
    the speaker's, not from the reporter's last dated day (June 26 here): no event. The reporter's own "a week
    later" still counts from the day told before it."""
    text = ("The parliament had appointed Jan Roe as formateur, instructing him to put together the new Cabinet by June "
            "26. Roe said he could have transferred the role to Eva Roe, but that would require another debate. “And "
            "then it’s a week later to just change names,” Roe said. The parliament met on June 3, and a week later the "
            "parties signed the deal.")
    found = {e.summary: e.when.date for e in events_of(text, dt.date(2024, 5, 30)) if e.when is not None}
    assert not [s for s in found if "change names" in s]
    assert found["a week later the parties signed the deal."] == "2023-06-10"


def test_a_past_relative_clause_dates_its_own_past_never_a_plan():
    """A date in a past relative clause of the event's noun ("to resume the talks that they broke off in 2022") is
    the relative clause's, told in its past: no talks planned for 2022 (``_prospective``)."""
    found = events_of('Jan Roe said: "We propose to the Zenda authorities to resume the talks that they broke off in '
                      '2022."')
    assert [(e.when.date, e.status) for e in found if e.when and e.when.date == "2022"] == [("2022", "happened")]


def test_the_next_year_in_a_past_story_is_no_year_after_the_page():
    """Rule date:narrative-next: "The next year, …, the president spent the night there" after a 1971 meeting is
    1972, the year after a told one; never the year after the page's, and never planned. "in the next week" told in
    the future still counts from the page's day."""
    found = events_of("The president and the emperor met at the base in 1971. The next year, on his way home after "
                      "his historic trip to Zenda, the president spent the night there.")
    assert all(e.status == "happened" and (e.when.date if e.when else None) in {None, "1971"} for e in found), \
        [((e.when.date if e.when else None), e.status, e.summary) for e in found]
    assert [(e.when.date if e.when else None) for e in events_of("Talks will resume in the next week, the minister said.")] == ["2025-06-16"]


@pytest.mark.parametrize("ref,day,status", [
    (dt.date(2025, 8, 13), "2025-08-15", "planned"),  # a Wednesday page: the coming Friday
    (dt.date(2025, 8, 16), "2025-08-15", "happened"),  # a Saturday page: the Friday before
])
def test_a_weekday_owning_the_noun_something_was_done_for_is_the_nearer_one(ref, day, status):
    """Rule date:weekday-noun-for-nearest: "has selected the base for Friday's meeting" — the past verb says when the
    base was chosen, not when the meeting is: the nearer Friday, planned when it is after the page's day."""
    found = events_of("The president's office has selected the Zenda air base for Friday’s meeting of President Jan "
                      "Roe and Ruritanian President Tomas Varga, multiple media outlets are reporting.", ref)
    assert [((e.when.date if e.when else None), e.status) for e in found] == [(day, status)]


def test_a_gerund_under_a_preposition_takes_the_tense_of_the_verb_above():
    """"the board sent the matter to binding arbitration in August" in an April page: the gerund "binding" has no
    tense of its own; the past "sent" tells it (``_anchor``), so no arbitration is planned for the coming August."""
    found = events_of("When the two sides were unable to reach a settlement during their contract talks, the board sent "
                      "the matter to binding arbitration in August after a brief lockout.", dt.date(2025, 4, 7))
    assert not [e for e in found if e.status == "planned"], [(e.when, e.summary) for e in found]


def test_a_gerund_after_a_time_preposition_keeps_its_own_time():
    """"is officially suspending the strike … after reaching a tentative agreement with the company on Monday" in a
    Tuesday page: the agreement was Monday's, done; the present of "suspending" never makes it the coming Monday."""
    found = events_of("WASHINGTON (Wire) - Union President Jan Roe announced that the union is officially suspending "
                      "the strike against the three automakers, after a reaching a tentative agreement with Zenda Motors "
                      "on Monday.", dt.date(2023, 10, 31))
    assert not [e for e in found if e.status == "planned"], [(e.when, e.status, e.summary) for e in found]


@pytest.mark.parametrize("second,one", [
    # the same company, told by another article in other words: one statement
    ("On Saturday, Zenda Steel Corp. announced that it has completed its takeover of Lindor Iron.", True),
    # another company that day: another statement
    ("On Saturday, Lindor Iron Corp. announced that it has completed its sale to Zenda Steel.", False),
])
def test_two_statements_of_a_day_by_one_company_are_one(tmp_path, second, one):
    """Rule ``merge:date+statement+body``: an organisation subject of a speech verb is the statement's speaker
    (``event.speaker.subject``); two statements of a day, from two articles, whose one speaker is the same
    organisation are one event, and another organisation's are another."""
    first = "Deal\n\nZenda Steel Corp. said on Saturday that it has formally completed the acquisition of Lindor Iron Corp."
    assert_statements_of_saturday(tmp_path, first, "Takeover\n\n" + second, one, "merge:date+statement+body")


def test_a_gathering_named_only_by_its_place_is_the_one_held_that_day(tmp_path):
    """merge:date+type, participants unnamed: talks proposed for a day in a city, naming no one, are the meeting
    another article tells of that day naming only who met; a meeting that day in another city is another one."""
    offer = "Offer\n\nWe propose to start negotiations without delay on Thursday May 15 in Vienna."
    data = briefing_of(tmp_path, {
        "2025-05-11_a.txt": offer,
        "2025-05-16_b.txt": "Talks\n\nOn May 15, the Lindor negotiators held a meeting with Anton Melnik.",
    })
    day = dated(data, "2025-05-15")
    assert len(day) == 1 and len(day[0]["citations"]) == 2, day
    assert day[0]["venues"] == ["vienna"] and "anton-melnik" in day[0]["actors"], day
    rules = [m["rule"] for m in day[0]["evidence"]["merges"]]
    assert rules == ["merge:date+type, participants unnamed"], day
    (tmp_path / "elsewhere").mkdir()
    data = briefing_of(tmp_path / "elsewhere", {
        "2025-05-11_a.txt": offer,
        "2025-05-16_b.txt": "Talks\n\nOn May 15, the Lindor negotiators held a meeting with Anton Melnik in Oslo.",
    })
    day = dated(data, "2025-05-15")
    assert sorted(e["venues"][0] for e in day) == ["oslo", "vienna"], day


def test_a_plan_told_plainly_of_its_own_object_is_planned():
    found = only_event("Jan Roe expects a summit in Port Aster on Monday.")
    assert (found.type, found.status, found.when.date) == ("meeting", "planned", "2025-06-16")


def test_a_participle_on_a_denied_noun_is_still_told():
    """Rule event.key.denied reaches a clause ("denied that …", "reports that …"), not a participle on the denied
    noun: the ceasefire was announced that day, whatever the rebels deny."""
    found = only_event("The rebels denied the six-month ceasefire announced by President Marta Kowal on Monday.")
    assert found.when.date == "2025-06-09"


def test_a_refusal_keeps_its_own_day_and_a_postponement_its_original_day():
    refusal = only_event("On Monday, Marta Kowal refused to meet Peter Novak.")
    assert (refusal.type, refusal.when.date) == ("other", "2025-06-09")
    postponed = only_event("The talks, set for Monday, were postponed to Thursday.")
    assert (postponed.type, postponed.when.date) == ("cancellation", "2025-06-09")
    agreed = only_event("Marta Kowal agreed to meet Peter Novak on Friday.")
    assert (agreed.type, agreed.status, agreed.when.date) == ("meeting", "planned", "2025-06-20")
    # a verb of speech under the hope reports: "would like to inform" hopes nothing of the talks
    told = only_event("The mediators would like to inform the stakeholders that the talks will resume on Monday.")
    assert (told.type, told.status, told.when.date) == ("meeting", "planned", "2025-06-16")


@pytest.mark.parametrize("text", [
    # an arrangement told in the past ("were supposed to", "were meant to") says nothing of whether it happened
    "The talks in Vienna were supposed to take place on Friday.",
    "The talks were meant to resume on Friday but did not.",
])
def test_an_arrangement_told_in_the_past_is_no_happening(text):
    assert [e for e in events_of(text, MONDAY) if e.status == "happened"] == []


@pytest.mark.parametrize("text", [
    # rule event.key.counterfactual: what might have been
    "The envoys would have met in Vienna on Friday.",
    "The envoys could have signed the truce on Friday.",
    # rule event.key.past_plan: a plan or an expectation told with "had" says neither on which Friday nor whether
    "The envoys had planned to meet in Vienna on Friday.",
    "The vote, which had been expected on Friday, was delayed.",
    # rule event.key.attempted: an attempt (attempt_verbs) is no act done
    "The envoy tried to meet the rebels on Friday.",
    "The envoy tried on Friday to meet the rebels.",
    "The envoy sought to attend the talks on Friday.",
])
def test_what_might_have_been_was_planned_before_or_was_tried_is_no_event(text):
    assert events_of(text, MONDAY) == []


@pytest.mark.parametrize("text,kind", [
    # an agreement told with "had" is done ("agree" is no verb of a plan: past_plan_verbs)
    ("The two sides had agreed the underlying deal in Vienna on Friday.", "agreement"),
    # a wish told as still to come plans its object ("to seek election on Wednesday" is a vote)
    ("The envoy will seek a vote in parliament on Wednesday.", "vote"),
])
def test_a_done_agreement_or_a_wish_to_come_keeps_its_type(text, kind):
    assert [e.type for e in events_of(text, MONDAY)] == [kind]


def test_talks_sought_are_no_meeting():
    """A wish or an aim (``wish_verbs``) with a typed object wants it: "sought talks on Friday" held none."""
    assert [e.type for e in events_of("The envoy sought talks with the rebels on Friday.", MONDAY)] == ["other"]
    assert [e.type for e in events_of("The envoy held talks with the rebels on Friday.", MONDAY)] == ["meeting"]


def test_a_lead_with_a_day_no_rule_reads_is_not_the_articles_day():
    """date:past-lead dates an undated simple-past lead by its article; a lead that names a day of its own no rule
    reads ("on the 5th") happened that day, not on the article's."""
    assert events_of("The two leaders met in Vienna on the 5th.", MONDAY) == []
    assert [e.when.date for e in events_of("The two leaders met in Vienna.", MONDAY)] == ["2025-08-04"]


@pytest.mark.parametrize("text", [
    # rule event.key.proposal_not_kept: a refused or denied proposal plans nothing
    "Sweden rejected a plan to hold the summit in Oslo in January.",
    "Sweden rejected Norway's offer to meet in January.",
    "Sweden turned down the proposal to hold the summit in January.",
    "There is no plan to hold the summit on Friday.",
    # a proposal read as a day already gone is not told as kept
    "Sweden dismissed the idea of holding the summit in January.",
    "Norway floated the idea of holding the summit in January.",
])
def test_a_refused_or_bygone_proposal_is_no_event(text):
    assert_no_event(events_of(text))


@pytest.mark.parametrize("text, month", [
    ("Officials announced a plan to hold talks in Oslo in March.", "2026-03"),
    ("Norway proposed a plan to hold the summit in Oslo in January.", "2026-01"),
])
def test_a_plan_still_ahead_stays_planned(text, month):
    found = events_of(text, dt.date(2025, 8, 9))
    assert [(e.when.date, e.status) for e in found] == [(month, "planned")]


ARMENIA_LIKE = """---
title: Envoys to meet in Lisbon on May 14
published: 2025-05-05
---
Special envoys of Norway and Sweden will hold their first meeting on May 14 in Lisbon, the foreign ministry
spokesman announced on Monday.

Norway and Sweden have no diplomatic relations. In 2009, in Oslo, the foreign ministers of the two countries signed
protocols on establishing relations, but these were never ratified. On March 1, 2018, Norway cancelled the protocols.
"""


def test_revoking_an_agreement_calls_off_no_planned_meeting(tmp_path):
    # rule merge:called-off-of-its-kind: "cancelled the protocols" revokes an agreement; the meeting stays planned
    data = corpus_json(tmp_path, {"a.md": ARMENIA_LIKE})
    meeting = [e for e in data["events"] if e["date"] == "2025-05-14"]
    assert [(e["type"], e["status"]) for e in meeting] == [("meeting", "planned")]
    assert [e["type"] for e in data["events"] if e["date"] == "2018-03-01"] == ["cancellation"]


def test_cancelling_the_meeting_itself_still_calls_it_off(tmp_path):
    text = ARMENIA_LIKE.replace("published: 2025-05-05", "published: 2025-05-05").replace(
        "On March 1, 2018, Norway cancelled the protocols.", "")
    later = """---
title: Envoys' meeting called off
published: 2025-05-10
---
Norway on Friday cancelled the meeting of the special envoys with Sweden in Lisbon.
"""
    data = corpus_json(tmp_path, {"a.md": text, "b.md": later})
    meeting = [e for e in data["events"] if e["date"] == "2025-05-14"]
    assert [e["status"] for e in meeting] == ["cancelled"]
