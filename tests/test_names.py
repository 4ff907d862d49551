"""Names and titles: hard fixtures on nlp("…")."""
from __future__ import annotations

import pytest

from generator.extract.entities import extract_entities


def people(nlp, text: str) -> dict[str, tuple[str | None, str | None, dict[str, str]]]:
    facts = extract_entities(nlp(text))
    return {m.text: (m.role, m.affiliation, m.evidence) for m in facts.mentions if m.label == "person"}


def test_an_honorific_title_is_not_part_of_the_name(nlp):
    found = people(nlp, "First Lady Melania Trump wrote to the Russian leader, and President Donald Trump praised "
                        "the letter.")
    assert set(found) == {"Melania Trump", "Donald Trump"}
    assert found["Melania Trump"][0] == "first lady" and found["Donald Trump"][0] == "president"


def test_honorifics_are_stripped(nlp):
    found = people(nlp, "Mr Starmer met Dr Ilse Berger and Sheikh Tamim bin Hamad Al Thani in Doha.")
    assert {"Starmer", "Ilse Berger", "Tamim bin Hamad Al Thani"} <= set(found)


def test_a_plural_title_reaches_every_member_of_the_coordination(nlp):
    found = people(nlp, "US envoys Steve Witkoff and Jared Kushner arrived in Moscow on Tuesday.")
    assert found["Steve Witkoff"][:2] == ("envoy", "United States")
    assert found["Jared Kushner"][:2] == ("envoy", "United States")
    assert found["Jared Kushner"][2] == {"role": "entity.coordinated_title", "affiliation": "entity.coordinated_title"}


def test_an_irregular_plural_title_reaches_every_member_with_their_ages(nlp):
    # "businessmen" is no "-s" plural; the ages between the names do not break the coordination
    found = people(nlp, "The detainees include businessmen Tomas Varga, 51, and Anton Melnik, 58, along with "
                        "environmentalist Jan Kralovic, 67.")
    assert found["Tomas Varga"][0] == "businessman" and found["Anton Melnik"][0] == "businessman"
    assert found["Jan Kralovic"][0] == "environmentalist"


def test_a_name_the_model_started_on_bin_takes_the_given_name_before_it(nlp):
    # rule entity.name_before_patronymic: "bin Tarik Al Varnel" is the end of a name, never a name of its own
    found = people(nlp, "Next week, HH Sheikh Abdulla bin Tarik Al Varnel will lead a delegation of senior officials "
                        "to Zenda.")
    assert not any(name.startswith("bin ") for name in found), found


def test_a_singular_title_stays_with_its_own_name(nlp):
    found = people(nlp, "Secretary of State Ann Cole and Boris Lind met in Oslo.")
    assert found["Ann Cole"][0] == "secretary of state" and found["Boris Lind"][0] is None


def test_an_affiliation_never_comes_from_a_place_elsewhere_in_the_clause(nlp):
    found = people(nlp, "Kyiv wants guarantees before it sends a delegation to Turkey, Foreign Minister Andrii "
                        "Sybiha said.")
    assert found["Andrii Sybiha"][:2] == ("foreign minister", None)


def test_the_title_modifier_gives_the_affiliation(nlp):
    found = people(nlp, "Russian envoy Kirill Dmitriev met the press on Sunday.")
    assert found["Kirill Dmitriev"] == ("envoy", "Russia", {"role": "entity.title_before",
                                                            "affiliation": "entity.title_before"})


def test_country_names_match_longest_first(nlp):
    facts = extract_entities(nlp("Rebels in the east of the Democratic Republic of the Congo signed the deal, and "
                                 "the Republic of the Congo welcomed it."))
    countries = [m.text for m in facts.mentions if m.label == "country"]
    assert countries == ["Democratic Republic of the Congo", "Republic of the Congo"]


def test_a_surname_is_not_the_town_of_that_name(nlp):
    facts = extract_entities(nlp("Anton Melnik arrived on Monday. Melnik said the talks went well."))
    assert [(m.text, m.label) for m in facts.mentions] == [("Anton Melnik", "person"), ("Melnik", "person")]


def test_two_people_with_one_surname_stay_two_mentions(nlp):
    found = people(nlp, "Donald Trump and Melania Trump arrived together.")
    assert {"Donald Trump", "Melania Trump"} <= set(found)


def test_led_by_gives_the_group_as_affiliation(nlp):
    found = people(nlp, "The Hamas delegation, led by Khalil al-Hayya, arrived in Cairo.")
    assert found["Khalil al-Hayya"][:2] == ("head of the delegation", "Hamas")
    assert found["Khalil al-Hayya"][2]["affiliation"] == "entity.led_by"
    found = people(nlp, "The RSF, led by Mohamed Hamdan Dagalo, rejected the truce.")
    assert found["Mohamed Hamdan Dagalo"] == ("leader", "RSF", {"role": "entity.led_by", "affiliation": "entity.led_by"})


def test_appositive_titles_take_the_institution_and_the_person_served(nlp):
    found = people(nlp, "Yuri Ushakov, the Kremlin aide, met the envoy.")
    assert found["Yuri Ushakov"][:2] == ("aide", "Russia")
    facts = extract_entities(nlp("Massad Doe, senior adviser to US President John Roe, arrived in Cairo."))
    doe = next(m for m in facts.mentions if m.text == "Massad Doe")
    assert (doe.role, doe.affiliation, doe.affiliation_of) == ("senior adviser", None, "John Roe")


def test_hyphenated_and_two_word_titles(nlp):
    assert people(nlp, "UN Secretary-General Ana Pires welcomed the signing.")["Ana Pires"][0] == "secretary-general"
    assert people(nlp, "White House spokesperson Anna Kelly said the talks would go on.")["Anna Kelly"][:2] == \
        ("spokesperson", "United States")


@pytest.mark.parametrize("text,name,role", [
    # "as well as", "alongside" (list_adding_phrases) add a member to a list: the words after them are no apposition
    ("His delegation includes Energy Secretary Jan Roe, as well as second lady Eva Roe.", "Jan Roe", "energy secretary"),
    ("His delegation includes Energy Secretary Jan Roe, as well as second lady Eva Roe.", "Eva Roe", "second lady"),
    ("She met Vice President Jan Roe, alongside Lindor's foreign minister, on Friday.", "Jan Roe", "vice president"),
    # a word that heads a title only inside a longer one ("son-in-law") is no title alone
    ("The state could act sooner, said Jan Roe, an associate teacher of law at Zenda University.", "Jan Roe", None),
    ("Jan Roe, the king's son-in-law, arrived on Friday.", "Jan Roe", "son-in-law"),
    # rule entity.served_by_title_only: "to the President" names whom the title serves, no title of its own
    ("The leaders were ushered into the meeting by Eva Roe, Chief of Staff to the President.", "Eva Roe",
     "chief of staff"),
    ("The leaders were ushered into the meeting by Eva Roe, Chief of Staff to the President.\n\nThe meeting is a sequel "
     "to an earlier announcement.", "Eva Roe", "chief of staff"),
])
def test_the_words_after_a_name_are_its_title_only_as_an_apposition(nlp, text, name, role):
    assert people(nlp, text)[name][0] == role


def test_a_military_led_by_a_general_is_his_country(nlp):
    found = people(nlp, "Sudan's military, led by General Omar Haddad, is reviewing the proposal.")
    assert found["Omar Haddad"][:2] == ("general", "Sudan")


def test_an_international_organisation_is_an_affiliation(nlp):
    found = people(nlp, "EU foreign policy chief Kaja Kallas called the minister on Saturday.")
    assert found["Kaja Kallas"][1] == "European Union"


def test_a_name_after_a_lower_case_title_is_a_person(nlp):
    found = people(nlp, "Preparations for a meeting in Lisbon are still ongoing, spokesman Ivo Kral said.")
    assert found["Ivo Kral"][0] == "spokesman"


def test_the_next_name_of_a_list_does_not_lend_its_title_as_an_apposition(nlp):
    found = people(nlp, "Delegations, including US envoy Peter Hansen, Ruritanian Prime Minister Anton Melnik and "
                        "Turkish intelligence chief Emre Yildiz, arrived.")
    assert found["Peter Hansen"][:2] == ("envoy", "United States")  # not Melnik's title, nor Ruritania


def test_a_counterpart_holds_the_possessors_role_and_the_titles_own_country(nlp):
    found = people(nlp, "Norwegian Foreign Minister Jonas Lie spoke on Monday. In a call with his Danish counterpart "
                        "Peter Hansen, Lie said the talks would go on.")
    assert found["Peter Hansen"] == ("foreign minister", "Denmark", {"role": "entity.counterpart",
                                                                     "affiliation": "entity.counterpart"})


def test_the_country_an_ambassador_serves_in_is_no_affiliation(nlp):
    found = people(nlp, "Also attending were US Ambassador to Norway Laura Brenner and British Ambassador to "
                        "the United States Peter Hansen.")
    assert found["Laura Brenner"][:2] == ("ambassador", "United States")
    assert found["Peter Hansen"][:2] == ("ambassador", "United Kingdom")


def test_acting_on_behalf_of_a_government_gives_its_country(nlp):
    found = people(nlp, "Foreign minister Peter Hansen signed on behalf of the government of Norway.")
    assert found["Peter Hansen"][1:] == ("Norway", {"role": "entity.title_before", "affiliation": "entity.on_behalf_of"})
    assert people(nlp, "Peter Hansen spoke on behalf of his party.")["Peter Hansen"][1] is None


def test_commanded_by_gives_the_force_as_affiliation(nlp):
    found = people(nlp, "The Azure Front, commanded by Peter Hansen, rejected the truce.")
    assert found["Peter Hansen"][:2] == ("leader", "Azure Front")  # the name, as the actor is named


def test_two_word_honorifics_are_titles_and_the_name_is_read_once(nlp):
    found = people(nlp, "Chief of Defence Forces General Tan Sri Ahmad Razak Hamid said the talks went well, and "
                        "Tan Wei Ming agreed.")
    assert set(found) == {"Ahmad Razak Hamid", "Tan Wei Ming"}
    assert found["Ahmad Razak Hamid"][0] == "chief of defence forces general"


# ---- roles and affiliations from apposition, compound and possessive structure only

def test_a_title_apposed_before_the_name_is_its_title(nlp):
    found = people(nlp, "Norwegian Foreign Minister, Jonas Lie, and his Danish counterpart, Peter Hansen, met in Oslo.")
    assert found["Jonas Lie"] == ("foreign minister", "Norway", {"role": "entity.title_apposed",
                                                                 "affiliation": "entity.title_apposed"})
    assert found["Peter Hansen"][:2] == ("foreign minister", "Denmark")  # the counterpart's own country, not Norway


def test_an_indefinite_title_apposed_before_the_name_is_its_title(nlp):
    """``entity.title_apposed``: "A spokesperson for the committee, Jan Roe, said": with the comma, the name is the
    indefinite title's holder (without it, "a new envoy Peter Novak appointed" is another noun phrase)."""
    found = people(nlp, "A spokesperson for the emergency committee, Kim Sung-ho, said of any meeting: “It is positive.”")
    assert found["Kim Sung-ho"] == ("spokesperson", None, {"role": "entity.title_apposed"})
    assert people(nlp, "A senior official, Peter Novak, said no.")["Peter Novak"][0] == "senior official"
    assert people(nlp, "Marta Kowal, a new envoy Peter Novak appointed, arrived.")["Peter Novak"][0] is None


def test_a_name_apposed_after_a_title_one_serves_is_the_servers(nlp):
    """``entity.server_apposed``: "An adviser to the Norwegian prime minister, Peter Novak, said": the sentence tells
    what the adviser said; the name is the adviser's, never the prime minister's (nor his country's)."""
    for text, role in [("An adviser to the Norwegian prime minister, Peter Novak, said the talks failed.", "adviser"),
                       ("The spokesman for the foreign minister, Peter Novak, said no.", "spokesman")]:
        assert people(nlp, text)["Peter Novak"][:2] == (role, None)
    assert people(nlp, "The Norwegian prime minister, Peter Novak, said no.")["Peter Novak"][:2] == \
        ("prime minister", "Norway")


def test_an_of_phrase_naming_a_party_gives_the_party(nlp):
    """``entity.party_of_title``: "general secretary of the liberal Free Democrats (FDP)" is the party's
    (``parties.yml``), though the model tags no organisation there; a name that only holds a party's word is not."""
    found = people(nlp, "“It is ambitious,” said Mr Peter Novak, general secretary of the liberal Free Democrats (FDP), "
                        "at the start of the talks.")
    assert found["Peter Novak"][:2] == ("general secretary", "FDP")
    assert people(nlp, "Peter Novak, leader of the Greens, said no.")["Peter Novak"][1] == "Greens"
    assert people(nlp, "Peter Novak, leader of the Democratic Republic of Zenda, said no.")["Peter Novak"][1] is None


@pytest.mark.parametrize("text, want", [
    # an adjective's phrase inside the apposed title ("minister responsible for Europe") is the title's own
    # (the parser hangs the name on the phrase's last noun, "Europe", as its apposition)
    ("The French minister responsible for Europe, Anton Melnik, arrives in Paris for a press conference.",
     ("minister", "France")),
    ("The Danish minister in charge of trade, Peter Hansen, said the talks went well.", ("minister", "Denmark")),
    # an adjective's phrase on a noun that is no title gives the name nothing
    ("The Norwegian man responsible for the delay, Jonas Lie, said the talks went well.", (None, None)),
])
def test_a_title_with_an_adjectives_phrase_apposed_before_the_name_is_its_title(nlp, text, want):
    name = next(n for n in ("Anton Melnik", "Jonas Lie", "Peter Hansen") if n in text)
    assert people(nlp, text)[name][:2] == want


def test_a_title_of_a_country_before_the_name_gives_title_and_country(nlp):
    found = people(nlp, "Also present were Prime Minister of Norway Jonas Lie and the foreign minister of Denmark, "
                        "Peter Hansen, who chairs the council.")
    rule = {"role": "entity.title_of_country", "affiliation": "entity.title_of_country"}
    assert found["Jonas Lie"] == ("prime minister", "Norway", rule)
    assert found["Peter Hansen"] == ("foreign minister", "Denmark", rule)


def test_a_country_named_with_saint_abbreviated_is_the_country_before_a_title(nlp):
    found = people(nlp, "St. Kitts and Nevis Prime Minister Jonas Lie met St Lucia's Foreign Minister Peter Hansen.")
    assert found["Jonas Lie"][:2] == ("prime minister", "Saint Kitts and Nevis")
    assert found["Peter Hansen"][:2] == ("foreign minister", "Saint Lucia")


def test_a_countrys_envoy_to_an_international_organisation_is_the_countrys(nlp):
    found = people(nlp, "Norway's UN envoy Jonas Lie addressed the council, and UN envoy Peter Hansen listened.")
    assert found["Jonas Lie"][:2] == ("envoy", "Norway")
    assert found["Peter Hansen"][:2] == ("envoy", "United Nations")


def test_a_body_in_lower_case_keeps_the_demonym_before_it(nlp):
    found = people(nlp, "Norwegian foreign ministry spokesperson Jonas Lie said so, and the ministry spokesman "
                        "Peter Hansen agreed with EU foreign affairs spokesman Ole Berg.")
    assert found["Jonas Lie"][:2] == ("spokesperson", "Norway")
    assert found["Peter Hansen"][:2] == ("spokesman", None)
    assert found["Ole Berg"][0].endswith("spokesman") and found["Ole Berg"][1] == "European Union"


def test_an_international_organisations_acronym_before_a_title_is_the_affiliation(nlp):
    found = people(nlp, "IAEA chief Jonas Lie met ASEAN Secretary-General Peter Hansen on Monday.")
    assert found["Jonas Lie"][:2] == ("chief", "International Atomic Energy Agency")
    assert found["Peter Hansen"][:2] == ("secretary-general", "Association of Southeast Asian Nations")


def test_an_administrator_is_a_title_so_the_name_after_it_is_a_person(nlp):
    # the model tags "ZNA Administrator Karen Power" as one organisation; roles.yml "administrator" cuts the name out
    found = people(nlp, "The talks were welcomed by ZNA Administrator Karen Power on Monday.")
    assert found["Karen Power"][0] == "administrator"


def test_a_country_between_a_sender_and_an_envoys_title_is_the_area_served(nlp):
    found = people(nlp, "UN Bolivia envoy Jonas Lie met Norway envoy Peter Hansen and Danish envoy Ole Berg.")
    assert found["Jonas Lie"] == ("envoy", "United Nations", {"role": "entity.title_before",
                                                             "affiliation": "entity.area_served"})
    assert found["Peter Hansen"][:2] == ("envoy", "Norway")  # no sender before: the country is the envoy's own
    assert found["Ole Berg"][:2] == ("envoy", "Denmark")


def test_the_body_a_person_heads_in_a_relative_clause_is_the_affiliation(nlp):
    found = people(nlp, "Jonas Lie, who heads the Norwegian delegation, said the talks would go on, and Peter "
                        "Hansen, who met the Danish delegation, agreed.")
    assert found["Jonas Lie"] == (None, "Norway", {"affiliation": "entity.who_heads"})
    assert found["Peter Hansen"][1] is None
    found = people(nlp, "The deal was signed before Prime Minister Jonas Lie, who currently chairs ASEAN, in Oslo.")
    assert found["Jonas Lie"][1] is None  # a rotating chair: the leader stays his country's
    found = people(nlp, "Jonas Lie, who heads peace and reconciliation efforts at Denmark’s Foreign Ministry, "
                        "said the talks would go on, and Peter Hansen, who heads a charity at the Oslo airport, agreed.")
    assert found["Jonas Lie"][1] == "Denmark"  # the led work names no body; the place it sits at does
    assert found["Peter Hansen"][1] is None


def test_a_consul_general_is_a_title(nlp):
    found = people(nlp, "Norwegian Consul General Jonas Lie posted the remark on Friday.")
    assert found["Jonas Lie"][:2] == ("consul general", "Norway")


def test_an_organ_of_a_state_named_with_its_demonym_is_no_organisation_of_its_own():
    from generator.extract.entities import organ_of_a_state
    assert organ_of_a_state("Norwegian Foreign Ministry") and organ_of_a_state("Foreign Ministry")
    assert not organ_of_a_state("Norway") and not organ_of_a_state("Azure Front")


def test_a_party_union_or_chamber_named_with_its_country_is_a_body_of_its_own():
    # rule entity.civil_body (lexicon civil_body_words); a ministry or a court named so stays the state's organ
    from generator.extract.entities import organ_of_a_state
    for name in ("Norwegian Labour Party", "Portugal Labour Congress", "Norwegian Trade Union Congress",
                 "Portugal Chamber of Commerce", "Trade Union Congress"):
        assert not organ_of_a_state(name), name
    for name in ("Norwegian Labour Ministry", "Norwegian Labour Court", "National Security Council"):
        assert organ_of_a_state(name), name


def test_a_title_of_a_country_reaches_across_a_portfolio_but_no_clause(nlp):
    found = people(nlp, "The talks were chaired by the Minister of Foreign Affairs of Norway, Jonas Lie, in Oslo.")
    assert found["Jonas Lie"][:2] == ("minister", "Norway")
    found = people(nlp, "He spoke to the foreign ministers of Norway, Jonas Lie, and Denmark, Peter Hansen.")
    assert found["Jonas Lie"][1] is None  # a plural title: the rule reads no member's country from it
    found = people(nlp, "She thanked the president of Norway, Jonas Lie said on Monday.")
    assert found.get("Jonas Lie", (None, None))[:2] == (None, None)  # the name opens a clause of its own


def test_a_coordinated_counterpart_is_no_apposition_of_the_name_before(nlp):
    found = people(nlp, "Jonas Lie, and his Danish counterpart, Peter Hansen, met in Oslo.")
    assert found["Jonas Lie"][:2] == (None, None)


def test_two_demonyms_name_a_community_not_the_second_country(nlp):
    found = people(nlp, "Bosnian Serb leader Milan Petrovic met the envoy on Monday.")
    assert found["Milan Petrovic"][:2] == ("leader", "Bosnian Serbs")  # the community, never Serbia
    assert found["Milan Petrovic"][2]["affiliation"] == "entity.community_title"


def test_the_title_of_the_names_that_follow_is_not_the_name_befores(nlp):
    found = people(nlp, "The delegations are led by Norwegian envoy Jonas Lie, the foreign ministers of Denmark and "
                        "Sweden, Peter Hansen and Karl Berg respectively, and others.")
    assert found["Jonas Lie"][:2] == ("envoy", "Norway")


def test_an_indefinite_title_before_a_name_is_another_noun_phrase(nlp):
    found = people(nlp, "Ilse Marrow, a new envoy Jonas Lie appointed, said the talks would resume.")
    assert found["Jonas Lie"][0] is None


def test_a_preposition_after_a_name_is_no_title(nlp):
    found = people(nlp, "The talks were chaired by the Deputy Special Adviser, Jonas Lie, in Norway.")
    assert "in" not in (found["Jonas Lie"][0] or "").split()


# ---- issue 11: more structures that give a role or an affiliation, each with its rule

def test_ranks_and_office_acronyms_before_a_name_are_its_roles(nlp):
    assert people(nlp, "Welcome to FM Mr. Anton Melnik of Denmark.")["Anton Melnik"][:2] == ("foreign minister", "Denmark")
    found = people(nlp, "PM Jonas Lie phoned Lt Gen Peter Hansen on Friday.")
    assert found["Jonas Lie"][0] == "prime minister"
    assert found["Jonas Lie"][2] == {"role": "entity.title_abbreviation"}
    assert "lieutenant general" in found["Peter Hansen"][0]


def test_an_of_phrase_on_the_name_gives_its_country_or_army(nlp):
    found = people(nlp, "The talks between Lieutenant General Anton Melnik of the Norwegian Army and Major General "
                        "Peter Hansen of Denmark ended at noon.")
    assert found["Anton Melnik"][1:] == ("Norway", {"role": "entity.title_before", "affiliation": "entity.of_body"})
    assert found["Peter Hansen"][:2] == ("major general", "Denmark")  # not the Norwegian Army before "and"


def test_an_organ_of_some_state_is_no_affiliation(nlp):
    found = people(nlp, "Representing the other side was Peter Hansen of the National Security Council.")
    assert found["Peter Hansen"][1] is None


def test_an_of_phrase_on_an_apposed_title_gives_its_body(nlp):
    found = people(nlp, "Jonas Lie, the foreign minister of Denmark, said no.")
    assert found["Jonas Lie"] == ("foreign minister", "Denmark", {"role": "entity.title_after",
                                                                  "affiliation": "entity.title_of_body"})
    found = people(nlp, "The delegation includes Gen. Peter Hansen, head of Norway's intelligence agency, the NIS.")
    assert found["Peter Hansen"][:2] == ("general; head of intelligence agency", "Norway")
    found = people(nlp, "The official spokesperson for the Danish Presidency, Ilse Berger, announced it.")
    assert found["Ilse Berger"][1:] == ("Denmark", {"role": "entity.title_apposed",
                                                     "affiliation": "entity.title_of_body"})
    assert people(nlp, "The envoy for Denmark, Jonas Lie, said no.")["Jonas Lie"][1] is None  # serves there
    found = people(nlp, "Lars Hansen, the secretary of foreign relations of Denmark, said no.")
    assert found["Lars Hansen"][1:] == ("Denmark", {"role": "entity.title_after", "affiliation": "entity.title_of_body"})
    found = people(nlp, "On his behalf, the secretary of foreign relations of Denmark, Lars Hansen, pointed out that "
                        "his country is ready.")
    assert found["Lars Hansen"][1:] == ("Denmark", {"role": "entity.title_apposed",
                                                     "affiliation": "entity.title_of_body"})


def test_an_organisation_named_in_the_of_phrase_of_a_title_is_the_affiliation(nlp):
    """"leader of Zorvax", "leader of the militant group Zorvax": the organisation itself, or named in apposition to
    the group noun, is whose title it is (``entity.title_of_body``)."""
    found = people(nlp, "Tomas Varga, leader of the militant group Zorvax, arrived on Monday.")
    assert found["Tomas Varga"] == ("leader", "Zorvax", {"role": "entity.title_after",
                                                          "affiliation": "entity.title_of_body"})
    found = people(nlp, "Tomas Varga, leader of the militant group Zorvan Liberation Front, arrived on Monday.")
    assert found["Tomas Varga"][:2] == ("leader", "Zorvan Liberation Front")
    assert people(nlp, "Tomas Varga, chief of Acmetel, arrived on Monday.")["Tomas Varga"][1] == "Acmetel"
    # an organ of no named state is still no affiliation
    assert people(nlp, "Jan Kral, head of the National Security Council, arrived.")["Jan Kral"][1] is None


def test_a_title_word_the_model_took_for_a_name_is_the_title(nlp):
    """"Sheikh X, Emir of Qatar,": the model may tag "Emir" as a person's name; made of title words only, it is the
    apposed title, not another person."""
    found = people(nlp, "They thanked Sheikh Jaber Al-Ahmad Al-Kral, Emir of Qatar, for the efforts.")
    assert found["Jaber Al-Ahmad Al-Kral"][:2] == ("emir", "Qatar")


def test_a_bracketed_acronym_between_a_body_and_its_title(nlp):
    """"Acme Workers Union (AWU) President X": the walk over the title steps over the acronym the name before it
    stands for (as the article defines it), to that name; the opposition's leader and a member of parliament are titles too."""
    found = people(nlp, "Acme Workers Union (AWU) President Tomas Varga said no.")
    assert found["Tomas Varga"][:2] == ("president", "Acme Workers Union")
    assert people(nlp, "Peru's Opposition Leader Tomas Varga said no.")["Tomas Varga"][:2] == ("opposition leader", "Peru")
    assert people(nlp, "Workers Party MP Tomas Varga said no.")["Tomas Varga"][0] == "MP"


def test_a_team_named_for_an_organisation_is_that_organisation(nlp):
    found = people(nlp, "Jan Roe, leader of the Azure Front group, urged calm.")
    assert found["Jan Roe"] == ("leader", "Azure Front", {"role": "entity.title_after",
                                                         "affiliation": "entity.title_of_body"})
    assert people(nlp, "Jan Roe, head of the government delegation, urged calm.")["Jan Roe"][1] is None
    found = people(nlp, "The Zorvan Liberation Army (ZLA) met on Monday. Later the head of the ZLA delegation, "
                        "Jan Roe, said no.")
    assert found["Jan Roe"][1:] == ("ZLA", {"role": "entity.title_apposed", "affiliation": "entity.title_of_body"})
    assert people(nlp, "Later the head of the ZLA delegation, Jan Roe, said no.")["Jan Roe"][1] is None  # not spelled out


def test_an_apposed_title_reaches_past_an_honorific(nlp):
    found = people(nlp, "The Danish President, General Jonas Lie, said no.")
    assert found["Jonas Lie"][1:] == ("Denmark", {"role": "entity.title_apposed", "affiliation": "entity.title_apposed"})


def test_a_participle_ends_the_apposition(nlp):
    found = people(nlp, "After a call with Jonas Lie, Norway's chief negotiator on the panel overseeing the truce, "
                        "Hansen spoke.")
    assert found["Jonas Lie"][:2] == ("chief negotiator", "Norway")
    assert people(nlp, "Jonas Lie, speaking to the Danish president, said no.")["Jonas Lie"][:2] == (None, None)


def test_the_members_of_an_including_list_share_the_groups_one_country(nlp):
    found = people(nlp, "Norwegian officials, including Jonas Lie and Peter Hansen, attended.")
    assert found["Jonas Lie"][1:] == ("Norway", {"affiliation": "entity.including_members"})
    assert found["Peter Hansen"][1] == "Norway"
    assert people(nlp, "Norwegian and Danish officials, including Jonas Lie, attended.")["Jonas Lie"][1] is None


def test_the_country_served_is_cut_off_the_name_after_it(nlp):
    found = people(nlp, "Participants included former Norwegian ambassador to the US Jonas Lie and US envoy to "
                        "Denmark Morgan Hale, according to reports.")
    assert found["Jonas Lie"][:2] == ("former ambassador", "Norway")
    assert found["Morgan Hale"][:2] == ("envoy", "United States")


def test_a_title_that_names_its_body_is_not_given_it_again(nlp):
    # "Undersecretary of the Ministry of Human Rights": the title already holds "of the ministry" and takes the body
    # of its last "of" (never "… of the ministry of ministry"), and the second title joined to it takes none of the
    # first one's body
    found = people(nlp, "Jan Kral, Undersecretary of the Ministry of Human Rights and the spokesperson of the "
                        "committee, said so.")
    assert found["Jan Kral"][0] == "undersecretary of the ministry of human rights; spokesperson"
    found = people(nlp, "They were led by Lieutenant General Jan Kral, head of Norway’s Inter-Services Intelligence.")
    assert found["Jan Kral"][0] == "lieutenant general; head of inter-services intelligence"


def test_a_name_the_model_ran_into_the_institution_before_it_is_a_person(nlp):
    # rule entity.name_after_institution: "the Director General of the Ministry of Energy X Y", tagged as one body
    found = people(nlp, "Norway was represented by National Security Council chief Ola Berg, the Director General "
                        "of the Ministry of Energy Lior Halvorsen and the Director General of the Ministry of "
                        "Foreign Affairs Alon Brekke.")
    assert set(found) == {"Ola Berg", "Lior Halvorsen", "Alon Brekke"}
    assert found["Ola Berg"][0] == "chief"  # the titles after his name are the others' (no appositive of his)
    found = people(nlp, "The Danish side was led by the Federal Department of Foreign Affairs (FDFA), and State "
                        "Secretaries Marie-Louise Dahl-Hansen (SECO) and Livia Moe (FDFA).")
    assert "Marie-Louise Dahl-Hansen" in found
    bodies = [m.text for m in extract_entities(nlp("He met the director of the Department of State Policy Planning on "
                                                    "Monday.")).mentions]
    assert bodies == ["Department of State Policy Planning"]  # no title's head before the words: still a body
    for text in ["A statement came from the Ministry of Foreign Affairs and Regional Cooperation on Monday.",
                 "Jan Kral, Undersecretary of the Ministry of Human Rights, said so.",
                 "They set up the Ruritania Defence Attaché Monitoring Team (DAMT) on Monday."]:
        assert not [m for m in extract_entities(nlp(text)).mentions if m.label == "person" and m.text != "Jan Kral"]


@pytest.mark.parametrize("text, affiliation", [
    ("“We are worried,” said Mohamed Adow, from Power Shift Africa.", "Power Shift Africa"),
    ("Jonas Lie, from the Zenda Institute for Peace, said the talks had failed.", "Zenda Institute for Peace"),
    ("Jonas Lie, from Lindor, said the talks had failed.", None),  # where he comes from, no body
    ("Jonas Lie, from the Zenda Institute in Lindor, said so.", None),  # the phrase goes on: not sure
])
def test_a_from_phrase_set_off_after_a_name_names_the_body(nlp, text, affiliation):
    """Rule entity.from_body."""
    found = people(nlp, text)
    name = "Mohamed Adow" if "Adow" in text else "Jonas Lie"
    assert found[name][1] == affiliation
    if affiliation:
        assert found[name][2]["affiliation"] == "entity.from_body"


def test_an_organisation_before_the_title_is_the_persons(nlp):
    found = people(nlp, "Zorvan Front spokesman Jonas Lie said the group agreed.")
    assert found["Jonas Lie"][1:] == ("Zorvan Front", {"role": "entity.title_before",
                                                        "affiliation": "entity.organisation_title"})
    found = people(nlp, "The Kestrel Movement spokesman Jonas Lie spoke.")
    assert found["Jonas Lie"][1] == "Kestrel Movement"
    assert people(nlp, "Jonas Lie, the Zorvan Front commander, said so.")["Jonas Lie"][:2] == ("commander", "Zorvan Front")
    # a capitalised plural the model tags an organisation but the tagger a common noun is a body's name too
    assert people(nlp, "Teamsters spokesman Jonas Lie said the talks would resume.")["Jonas Lie"][1] == "Teamsters"
    assert people(nlp, "Officials said spokesman Jonas Lie would speak.")["Jonas Lie"][1] is None


# ---- across articles: which affiliation an actor keeps

def _actors_of(tmp_path, articles: dict[str, str]) -> dict[str, dict]:
    from .test_actor_precision import actors_of

    return actors_of(tmp_path, articles)


def test_an_organisation_possessor_and_the_most_specific_affiliation(tmp_path):
    found = _actors_of(tmp_path, {
        "2025-10-01_a.txt": "Front talks\n\nThe Zorvan Front's chief spokesman, Jonas Lie, said the talks had failed. "
                            "The Zorvan Front rejected the plan on Monday.",
        "2025-10-02_b.txt": "Oslo visit\n\nNorway's defence minister, Peter Hansen, arrived in Oslo on Tuesday. The "
                            "Norwegian Kestrel Movement welcomed him. Norwegian defence minister Peter Hansen "
                            "thanked the movement.",
        "2025-10-03_c.txt": "Movement speaks\n\nKestrel Movement defence minister Peter Hansen said on Wednesday the "
                            "Kestrel Movement would sign the accord.",
    })
    # the party itself, not the party's country
    assert found["Jonas Lie"]["affiliation"] == "Zorvan Front"
    assert found["Jonas Lie"]["evidence"]["affiliation"] == "affiliation:organisation-possessor"
    # Norway and a Norwegian movement: the movement, the more specific
    assert found["Peter Hansen"]["affiliation"] == "Kestrel Movement"
    assert found["Peter Hansen"]["evidence"]["affiliation"] == "affiliation:most-specific"


def test_an_organ_or_an_acronym_not_spelled_out_gives_no_organisation(nlp):
    assert people(nlp, "NDF spokesman Jonas Lie said so.")["Jonas Lie"][1] is None
    assert people(nlp, "Norwegian Defence Forces spokesman Jonas Lie said so.")["Jonas Lie"][1] == "Norway"


def test_an_abbreviation_never_reaches_across_a_comma(nlp):
    found = people(nlp, "Asked about the promotion to field marshal, PM Jonas Lie said it was his decision.")
    assert found["Jonas Lie"][0] == "prime minister"


def test_an_apposed_title_is_never_another_conjuncts(nlp):
    found = people(nlp, "The Front's acting Defence Minister, Anton Melnik, and Norway's Defence Minister, Peter "
                        "Hansen, led the delegations.")
    assert found["Peter Hansen"][0] != "acting defence minister"


def test_a_conflict_keeps_the_most_reported_affiliation_and_says_so(tmp_path):
    found = _actors_of(tmp_path, {
        "2025-10-01_a.txt": "Talks\n\nNorwegian envoy Jonas Lie arrived in Oslo on Monday.",
        "2025-10-02_b.txt": "Talks\n\nNorwegian envoy Jonas Lie met the press on Tuesday.",
        "2025-10-03_c.txt": "Talks\n\nDanish envoy Jonas Lie left on Wednesday.",
    })
    assert found["Jonas Lie"]["affiliation"] == "Norway"
    assert found["Jonas Lie"]["evidence"]["affiliation_conflict"] == "affiliation:most-reported"


def test_a_head_of_government_beside_a_head_of_state_shares_only_a_parsed_coordination(nlp):
    doc = nlp("The pact moved ahead, as agreed by President Jan Kral and Prime Minister Ivo Berg in March.")
    berg = next(t for t in doc if t.text == "Berg")
    found = people(nlp, doc.text)
    if berg.dep_ == "conj" and berg.head.text == "Kral":
        assert found["Ivo Berg"][2].get("affiliation") == "entity.structure"
    else:
        assert "affiliation" not in found["Ivo Berg"][2]


def test_a_country_inside_a_hyphenated_organisation_name_is_not_its_owner(nlp):
    found = people(nlp, "\"We must talk,\" said Jan Kral, the Chairwoman of the Free-Norway People's Movement.")
    assert found["Jan Kral"][:2] == ("chairwoman", None)
    found = people(nlp, "\"We must talk,\" said Jan Kral, the Chairwoman of the Free Norway People's Movement.")
    assert found["Jan Kral"][1] != "Norway"  # a "People's" name is a movement of its own (entity.possessive_in_name)


def test_assistant_and_undersecretary_titles_are_read_whole(nlp):
    found = people(nlp, "The round was led by Norway's assistant foreign minister Ivo Berg and the Swedish foreign "
                        "ministry undersecretary Jan Kral.")
    assert found["Ivo Berg"][:2] == ("assistant foreign minister", "Norway")
    assert found["Jan Kral"][:2] == ("undersecretary", "Sweden")


def test_a_name_the_model_missed_before_an_apposed_title_is_a_person(nlp):
    from generator.extract.entities import _names_before_titles, _role_tokens

    doc = nlp("Meanwhile, Tor Amlak Bui, head of the legal committee of the Azure Freedom Movement, confirmed it.")
    doc.ents = []  # as if the model had missed the name
    found = _names_before_titles(doc, [], _role_tokens()[0])
    assert [e.text for e in found] == ["Tor Amlak Bui"]
    doc = nlp("Meanwhile, Foreign Affairs, the ministry of the Azure Republic, confirmed it.")
    doc.ents = []
    assert _names_before_titles(doc, [], _role_tokens()[0]) == []


def test_a_portfolio_before_the_title_leads_on_to_the_country(nlp):
    found = people(nlp, "Norway's Trade Minister Ivo Berg met Swedish Commerce Secretary Jan Kral on Monday.")
    assert found["Ivo Berg"][:2] == ("trade minister", "Norway")
    assert found["Jan Kral"][:2] == ("commerce secretary", "Sweden")


def test_a_portfolio_after_the_title_is_passed_over_to_the_possessor(nlp):
    found = people(nlp, "The guests were Danish Foreign Minister Ole Berg and Norway's State Minister for Foreign "
                        "Affairs Jonas Hamid Lie.")
    assert found["Jonas Hamid Lie"][:2] == ("state minister", "Norway")
    assert found["Ole Berg"][:2] == ("foreign minister", "Denmark")


def test_a_demonym_inside_a_hyphenated_word_gives_no_country(nlp):
    found = people(nlp, "Lars Ekberg, Secretary General of the Franco-German Forum, said on Monday.")
    assert found["Lars Ekberg"][1] is None
    found = people(nlp, "Afro-Brazilian envoy Ana Pires arrived in Lisbon on Monday.")
    assert found["Ana Pires"][1] is None
    found = people(nlp, "Ibero-American Secretary General Ana Pires spoke on Monday.")
    assert found["Ana Pires"][1] is None
    # near miss: the demonym on its own still gives the country
    assert people(nlp, "Brazilian envoy Ana Pires arrived in Lisbon on Monday.")["Ana Pires"][1] == "Brazil"


def test_a_country_after_the_article_in_an_apposition_owns_the_title(nlp):
    found = people(nlp, "Mark Dalton, the US Treasury Secretary, said the sanctions would stay.")
    assert found["Mark Dalton"][:2] == ("treasury secretary", "United States")
    assert found["Mark Dalton"][2]["affiliation"] == "entity.title_after"
    # near misses: an envoy named after a country may be the one sent there; an organ alone is no affiliation
    assert people(nlp, "Mark Dalton, the Iran envoy, said the talks would resume.")["Mark Dalton"][1] is None
    assert people(nlp, "Mark Dalton, the Treasury spokesman, said the talks would resume.")["Mark Dalton"][1] is None


def test_a_name_apposed_to_a_persons_title_is_a_person_whatever_the_model_says(nlp):
    for name in ("Marta Valenti", "Bianca Serra"):  # names the model takes for a place or a body here
        found = people(nlp, f"They met the Prime Minister of Portugal, {name}, on Friday.")
        assert found[name][:2] == ("prime minister", "Portugal")
    # near misses: a country or a body apposed to a title stays what it is
    facts = extract_entities(nlp("The mediator of the talks, Qatar, said on Monday. The head of the delegation, "
                                 "Azure Front, spoke next."))
    assert not [m for m in facts.mentions if m.label == "person"]


# ---- a political party named before a title or a name, or tagged after it (parties.yml)

def test_a_party_word_or_tag_gives_the_person_the_party(nlp):
    cases = {
        "Senate Republican leader Jan Roe said the bill would pass.": ("Jan Roe", "Republican Party", "entity.party_title"),
        "House Democratic Leader Karel Novak spoke on Monday.": ("Karel Novak", "Democratic Party", "entity.party_title"),
        "The Social Democrat leader Jan Roe spoke.": ("Jan Roe", "SPD", "entity.party_title"),
        "Republican Sen. Jan Roe spoke.": ("Jan Roe", "Republican Party", "entity.party_member"),
        "Rep. Jan Roe (D-N.Y.) said the bill fails.": ("Jan Roe", "Democratic Party", "entity.party_tag"),
        "Rep. Jan Roe, R-Calif., said no.": ("Jan Roe", "Republican Party", "entity.party_tag"),
    }
    for text, (name, party, rule) in cases.items():
        found = people(nlp, text)[name]
        assert (found[1], found[2].get("affiliation")) == (party, rule), text


def test_no_party_from_a_word_inside_a_longer_name_or_a_capital_the_sentence_gives(nlp):
    assert people(nlp, "Democratic Republic of the Congo President Jan Roe spoke.")["Jan Roe"][1] == \
        "Democratic Republic of the Congo"
    for text in ("Green energy minister Jan Roe spoke.", "Social Democratic Party leader Jan Roe spoke.",
                 "Jan Roe (R) and Karel Novak (L) wave to the crowd.", "Rep. Jan Roe (R-42) spoke."):
        found = people(nlp, text).get("Jan Roe")
        assert found is None or found[1] not in {"Greens", "Democratic Party", "Republican Party"}, text


def test_a_chamber_s_majority_or_minority_leader_keeps_the_whole_title(nlp):
    found = people(nlp, "Senate Majority Leader Jan Roe met House Minority Leader Karel Novak.")
    assert (found["Jan Roe"][0], found["Karel Novak"][0]) == ("majority leader", "minority leader")


# ---- an acronym one article uses without spelling it out (entity.acronym_owner, affiliation:acronym-owner)

def test_an_unspelled_acronym_before_or_in_a_title_is_kept_for_the_corpus_to_read(nlp):
    doc = nlp("On arrival, the head of the ZLF delegation, Jonas Lie, said the talks would go on.")
    lie = next(m for m in extract_entities(doc).mentions if m.text == "Jonas Lie")
    assert (lie.affiliation, lie.affiliation_of, lie.evidence["affiliation"]) == (None, "ZLF", "entity.acronym_owner")
    doc = nlp("Jonas Lie, the KFF deputy commander, told reporters that the road stayed closed.")
    lie = next(m for m in extract_entities(doc).mentions if m.text == "Jonas Lie")
    assert (lie.affiliation, lie.affiliation_of) == (None, "KFF")


def test_no_acronym_owner_without_an_acronym_or_from_a_place(nlp):
    for text in ("On arrival, the head of the delegation, Jonas Lie, said the talks would go on.",
                 "On arrival in the USA, the head of the delegation, Jonas Lie, said the talks would go on.",
                 "Jonas Lie, the head of the Norwegian delegation, said the talks would go on."):
        lie = next(m for m in extract_entities(nlp(text)).mentions if m.text == "Jonas Lie")
        assert lie.affiliation_of is None and lie.evidence.get("affiliation") != "entity.acronym_owner", text


def test_an_acronym_another_article_spells_out_gives_the_organisation(tmp_path):
    found = _actors_of(tmp_path, {
        "2025-11-01_a.txt": "Truce talks\n\nThe government met the Zorvan Liberation Front (ZLF) in Oslo on Monday. "
                            "The Zorvan Liberation Front said the talks were useful.",
        "2025-11-02_b.txt": "Talks go on\n\nOn arrival, the head of the ZLF delegation, Jonas Lie, said on Tuesday "
                            "that the talks would go on. Lie also thanked the hosts.",
        "2025-11-03_c.txt": "Road shut\n\nThe Norwegian Defence Forces (NDF) closed the road on Monday.",
        "2025-11-05_e.txt": "Road stays shut\n\nNDF commander Peter Hansen said on Wednesday that the road would "
                            "stay closed. Hansen gave no date.",
        "2025-11-04_d.txt": "Port reopens\n\nThe harbour reopened on Thursday, QRT spokesman Erik Berg said. Berg "
                            "gave no reason.",
        "2025-11-06_f.txt": "Front welcomes talks\n\nZLF's National Spokesperson Marta Kowal said on Thursday that the "
                            "front welcomed the talks. Kowal also thanked the hosts.",
        "2025-11-07_g.txt": "Alliance meets\n\nThe Federal Council of the Zenda Democratic Alliance (ZDA) meets on "
                            "Monday at the party’s headquarters.\n\nZDA’s National Spokesperson Anton Melnik says the party "
                            "welcomes a working relationship with the ZNC.",
    })
    # spelt out in its own article, though the model tags no organisation there
    assert found["Anton Melnik"]["affiliation"] == "Zenda Democratic Alliance"
    for name in ("Jonas Lie", "Marta Kowal"):  # "ZLF's spokesperson": an acronym owning the title is read alike
        assert found[name]["affiliation"] == "Zorvan Liberation Front", name
        assert found[name]["evidence"]["affiliation"] == "affiliation:acronym-owner", name
    # an organ of a state: that state
    assert found["Peter Hansen"]["affiliation"] == "Norway"
    # an acronym no article spells out: no affiliation
    assert found["Erik Berg"]["affiliation"] is None


def test_an_unspelled_acronym_owning_a_title_is_kept_for_the_corpus_to_read(nlp):
    """``entity.acronym_owner`` through a possessive: "ZLF's spokesman Marta Kowal" in an article that never spells ZLF
    out (the corpus reads it: the test above); a country's possessive stays the country."""
    doc = nlp("ZLF's National Spokesperson Marta Kowal says the front welcomes the talks.")
    kowal = next(m for m in extract_entities(doc).mentions if m.text == "Marta Kowal")
    assert (kowal.affiliation, kowal.affiliation_of, kowal.evidence["affiliation"]) == (None, "ZLF", "entity.acronym_owner")
    assert people(nlp, "Norway's envoy Peter Novak said no.")["Peter Novak"][1] == "Norway"


def test_a_word_with_an_apostrophe_inside_spells_its_first_letter():
    from generator.analyse import load_model, model_name
    from generator.acronyms import definitions

    doc = load_model(model_name())("The army met the Ka’ran National Front (KNF) near the border on Monday.")
    assert [(d.acronym, d.words) for d in definitions(doc)] == [("KNF", "Ka’ran National Front")]


def test_an_organisation_led_by_a_person_is_named_without_its_article(nlp):
    found = people(nlp, "The talks stalled after the Azure Liberation Front, led by Vice President Jan Kral, walked out.")
    assert found["Jan Kral"][:2] == ("vice president", "Azure Liberation Front")


def test_a_participle_modifying_a_noun_keeps_the_apposition_and_is_no_part_of_the_body(nlp):
    found = people(nlp, "Jonas Lie, the leader of the governing Azure Party, said the talks had failed.")
    assert found["Jonas Lie"][:2] == ("leader of azure party", "Azure Party")
    found = people(nlp, "Jonas Lie, the policy chief of Norway's ruling Azure Party, said the talks had failed.")
    assert found["Jonas Lie"][:2] == ("policy chief of azure party", "Norway")
    # a participle that opens a clause still ends the title, and gives nothing
    found = people(nlp, "Jonas Lie, the envoy leading the talks, said they had failed.")
    assert found["Jonas Lie"][:2] == ("envoy", None)


def test_cabinet_is_a_word_of_a_title_and_an_office_after_it_stays_a_body(nlp):
    found = people(nlp, "Norway's Chief Cabinet Secretary Jonas Lie said on Friday that nothing had changed.")
    assert found["Jonas Lie"][:2] == ("chief cabinet secretary", "Norway")
    found = people(nlp, "The Norwegian Cabinet Office spokesman Jonas Lie said on Friday that nothing had changed.")
    assert found["Jonas Lie"][:2] == ("spokesman", "Norway")


def test_a_for_portfolio_naming_places_is_the_area_covered_never_the_affiliation(nlp):
    found = people(nlp, "Minister of State for Europe and North America Jonas Lie will also attend.")
    assert found["Jonas Lie"][:2] == ("minister of state", None)
    found = people(nlp, "The US Special Envoy for Sudan Jonas Lie will also attend.")
    assert found["Jonas Lie"][:2] == ("special envoy", "United States")
    found = people(nlp, "The Special Envoy for Sudan Jonas Lie will also attend.")
    assert found["Jonas Lie"][:2] == ("special envoy", None)
    # an "of"-phrase naming a country still gives that country
    found = people(nlp, "The Prime Minister of Norway Jonas Lie will also attend.")
    assert found["Jonas Lie"][:2] == ("prime minister", "Norway")


def _two_word_demonyms_ending_in_another() -> list[tuple[str, str, str]]:
    """(two-word demonym, its country, the country its last word names alone) from the lexicon: "South X-ese" where
    "X-ese" alone is another country's demonym."""
    from generator.gazetteer import gazetteer
    g = gazetteer()
    out = []
    for word in sorted(g.demonyms):
        parts = word.split()
        if len(parts) == 2 and (other := g.demonym(parts[1])) and other != g.demonym(word):
            out.append((word, g.demonym(word), other))
    return out


def test_a_two_word_demonym_wins_over_its_last_words_country(nlp):
    pairs = _two_word_demonyms_ending_in_another()
    assert pairs, "the lexicon has a two-word demonym whose last word is another country's (the case this covers)"
    word, country, other = pairs[0]
    demonym = " ".join(w.capitalize() for w in word.split())
    found = people(nlp, f"The envoy met {demonym} President Jan Kral in the capital on Monday.")
    assert found["Jan Kral"][:2] == ("president", country) and country != other


def test_an_acronym_of_a_name_in_another_language_is_defined_after_an_organisation(nlp):
    """Rule ``acronym.translated_name``: "the Azure Liberation Front (FAL)" (the initials of the name in the group's
    own language) defines FAL; an outlet's bracket and a lower-case phrase define nothing."""
    from generator.acronyms import definitions
    doc = nlp("The Azure Liberation Front (FAL) said on Monday it would attend the talks.")
    assert [(d.acronym, d.words) for d in definitions(doc)] == [("FAL", "Azure Liberation Front")]
    doc = nlp("The Foreign Ministry (AFP) said on Monday that the talks would resume.")
    assert definitions(doc) == []
    doc = nlp("He said the peace process (ZQP) would resume on Monday.")
    assert definitions(doc) == []


def test_a_name_the_model_takes_for_an_organisation_is_a_person_with_a_title_after_it(nlp):
    """Rules ``entity.titled_name`` and ``entity.surname_taken_for_organisation``: the model labels this invented
    person's name an organisation; the person's title in apposition after it makes it a person, and the surname alone
    later in the article is that person too. A body with a description after it stays a body."""
    doc = nlp("Kenta Hamai, director-general of the Foreign Ministry's Asian bureau, met his counterpart in Oslo on "
              "Tuesday. Hamai held consultations with the hosts.")
    assert any(e.text == "Kenta Hamai" and e.label_ == "ORG" for e in doc.ents)  # the case this covers
    found = {m.text: (m.label, m.evidence.get("person")) for m in extract_entities(doc).mentions}
    assert found["Kenta Hamai"] == ("person", "entity.titled_name")
    assert found.get("Hamai", ("person", None))[0] == "person"
    doc = nlp("Abdel-Karim Varga, ECOWAS commissioner for political affairs, peace and security, said the plan "
              "was rejected.")  # a hyphen inside the given name
    assert any(e.text == "Abdel-Karim Varga" and e.label_ == "ORG" for e in doc.ents)
    found = {m.text: (m.label, m.evidence.get("person"), m.role) for m in extract_entities(doc).mentions}
    assert found["Abdel-Karim Varga"] == ("person", "entity.titled_name", "commissioner")
    found = {m.text: m.label for m in extract_entities(nlp("The Azure Front, the main opposition party, said on "
                                                           "Monday it would attend.")).mentions}
    assert found.get("Azure Front") == "organization"


def test_a_name_the_model_takes_for_an_organisation_is_a_person_after_a_counterpart_or_a_chair(nlp):
    """Rule ``entity.title_apposed`` (``person_apposition_heads``): "his Ruritanian counterpart, Quemandú Ixta" — an
    invented name the model labels an organisation, in apposition to a title only a person holds, is a person, who then
    takes the title's role. A body apposed to a title that a body may hold ("the head of …") stays a body."""
    doc = nlp("Paraguayan President Jan Roe attended; his Ruritanian counterpart, Quemandú Ixta; and the President of "
              "Panama.")
    assert any(e.text == "Quemandú Ixta" and e.label_ == "ORG" for e in doc.ents)  # the case this covers
    found = {m.text: (m.label, m.role) for m in extract_entities(doc).mentions}
    assert found["Quemandú Ixta"] == ("person", "president")
    doc = nlp("The talks were hosted by the bloc's chairman, Quemandú Ixta, in Lindor.")
    found = {m.text: (m.label, m.role) for m in extract_entities(doc).mentions}
    assert found["Quemandú Ixta"] == ("person", "chairman")


@pytest.mark.parametrize("text, role", [
    ("“The organisation has drifted from its ideals,” Norway junta spokesman, Jan Kowalski said in the statement.",
     "spokesman"),  # the parser hangs the title off the closing quote
    ("Government spokesman, Jan Kowalski said the talks failed.", "government spokesman"),
])
def test_a_title_a_comma_and_the_name_that_speaks_is_the_names_title(nlp, text, role):
    assert people(nlp, text)["Jan Kowalski"][0::2] == (role, {"role": "entity.title_apposed"})


@pytest.mark.parametrize("text", [
    "After the talks in the capital, Jan Kowalski said the talks failed.",
    "The ministers, Jan Kowalski and Anna Berg said the talks failed.",
])
def test_a_phrase_before_a_comma_that_is_no_title_gives_no_role(nlp, text):
    assert people(nlp, text)["Jan Kowalski"][0] is None


def test_a_name_after_a_portfolio_of_plural_words_is_a_person(nlp):
    """Rule ``entity.name_after_portfolio``: the portfolio may end on a portfolio word ("… and Information")."""
    assert "Jan Kowalski" in people(nlp, "Minister of Communications and Information Jan Kowalski said on Monday.")


@pytest.mark.parametrize("text,name", [
    ("Commission president Ursula von der Leyen declared a new chapter on Monday.", "Ursula von der Leyen"),
    ("The talks were chaired by Karel van der Berg in the capital.", "Karel van der Berg"),
])
def test_a_name_goes_on_over_its_particles(nlp, text, name):
    """Rule entity.name_over_particle: the model ended the name on "der" and took the surname for a place."""
    found = people(nlp, text)
    assert name in found and not any(n != name and n in name for n in found)


def test_a_body_before_a_title_is_no_person_coordinated_with_a_person(nlp):
    """entity.coordinated_with_person stops at a name that ends with the noun of a body."""
    facts = extract_entities(nlp("A call between Foreign Secretary Alan Brisk and European Commission vice-president "
                                 "Maros Lenk has been held."))
    kinds = {m.text: m.label for m in facts.mentions}
    assert kinds.get("European Commission") == "organization" and kinds.get("Maros Lenk") == "person"


def test_a_name_cut_inside_a_hyphenated_word_is_no_truncated_body(nlp):
    """Rule entity.whole_hyphenated_word: "Asia-Pacific Economic Co" + "-operation" is never a body of its own."""
    facts = extract_entities(nlp("The leaders will meet on the sidelines of the Asia-Pacific Economic Co-operation "
                                 "summit in the city."))
    assert not any(m.text.endswith(" Co") for m in facts.mentions)


def test_a_name_ending_in_a_hyphenated_small_word_keeps_it(nlp):
    assert "Kim Soo-in" in people(nlp, "President Kim Soo-in said on Friday.")


@pytest.mark.parametrize("text,affiliation", [
    ("Southern Norway Secretary Jan Kral said the deal was good.", None),  # a region, not the country
    ("Norway Secretary Jan Kral said the deal was good.", "Norway"),
])
def test_a_compass_word_before_a_country_in_a_title_names_no_country(nlp, text, affiliation):
    assert people(nlp, text)["Jan Kral"][1] == affiliation


def test_a_plural_title_stops_at_a_second_pair(nlp):
    found = people(nlp, "Several Tories voted against the deal, as well as former prime ministers Boris Jensen and "
                        "Liz Carter, and Priya Mehta and Jacob Moore.")
    assert found["Liz Carter"][0] == "former prime minister"
    assert found["Priya Mehta"][0] is None and found["Jacob Moore"][0] is None


def test_a_hyphenated_surname_alone_is_the_whole_surname(nlp):
    """A bare surname the model did not tag is found whole ("Saint-Clair", never "Clair" after "Saint-")."""
    from spacy.tokens import Span

    from generator.extract.entities import _surnames_as_people

    doc = nlp("The date was confirmed by press secretary Louise Saint-Clair on Friday. Saint-Clair continued at length.")
    full = next(i for i, t in enumerate(doc) if t.text == "Louise")
    found = _surnames_as_people(doc, [Span(doc, full, full + 4, label="PERSON")])
    assert [e.text for e in found] == ["Louise Saint-Clair", "Saint-Clair"]


@pytest.mark.parametrize("text", ["The Norway-backed government and the Nato-led mission met.",
                                  "The Tehrik-e-Azad Movement fighters attacked the post.",
                                  "An Asean-initiated plan was agreed."])
def test_an_adjective_compound_or_a_particle_chain_is_no_part_of_a_name(nlp, text):
    names = [m.text for m in extract_entities(nlp(text)).mentions]
    assert not any(n.endswith(("-backed", "-led", "-initiated", "-e")) for n in names), names


def test_a_name_and_the_pronoun_i_are_no_organisation(nlp):
    facts = extract_entities(nlp("He added: “Teams will meet soon. Alan & I will stay in contact.”"))
    assert not any(m.text.endswith("I") for m in facts.mentions)


def test_an_acronym_of_a_thing_is_no_actor(nlp):
    facts = extract_entities(nlp("The minister said the law would be amended to allow for changes to VAT and excise."))
    assert "VAT" not in [m.text for m in facts.mentions]


def test_a_portfolio_between_two_title_words_is_no_name(nlp):
    found = people(nlp, "Deputy Assistant to the President and Deputy Homeland Security Advisor Ana Berg will lead "
                        "an interagency delegation.")
    assert "Ana Berg" in found and not any("Homeland" in n for n in found)


def test_a_place_followed_by_another_country_is_not_the_gazetteer_s_namesake():
    """Rule entity.place_in_named_country: "Bali, Indonesia" is not the town of that name in another country."""
    from generator.analyse import load_model, model_name

    nlp = load_model(model_name())
    facts = extract_entities(nlp("Building on their last meeting in Bali, Indonesia, the leaders will talk."))
    bali = next(m for m in facts.mentions if m.text == "Bali")
    assert (bali.place.country, bali.place.lat, bali.evidence.get("place")) == (
        "Indonesia", None, "entity.place_in_named_country")
    paris = next(m for m in extract_entities(nlp("They met in Paris, France.")).mentions if m.text == "Paris")
    assert paris.place.country == "France" and paris.place.lat is not None
    facts = extract_entities(nlp("Following their meeting in California, China on Thursday denounced the remark."))
    assert next(m for m in facts.mentions if m.text == "California").place.country == "United States"


def test_a_us_state_is_not_a_small_town_of_its_name():
    from generator.gazetteer import gazetteer

    assert gazetteer().place("Florida").country == "United States"
    assert gazetteer().place("Washington").kind == "city"  # the capital stays the city


def test_a_calling_before_a_name_is_a_role(nlp):
    found = people(nlp, "These include businessman Alan Brisk, 51, and environmentalist Tomas Vesk, 67.")
    assert found["Alan Brisk"][0] == "businessman" and found["Tomas Vesk"][0] == "environmentalist"


def test_a_shouted_word_a_copula_predicates_is_no_body(nlp):
    facts = extract_entities(nlp('He said the new deal sets a "TERRIBLE precedent" because the premier is "INCOMPETENT."'))
    assert "INCOMPETENT" not in [m.text for m in facts.mentions]


@pytest.mark.parametrize("text,affiliation", [
    ("European Commission spokesman Alan Brisk said the talks would go on.", "European Commission"),
    ("Russian Foreign Ministry spokeswoman Ana Berg said the talks would go on.", "Russia"),  # the country before wins
    ("Foreign Ministry spokesman Jan Kral said the talks would go on.", None),  # whose ministry, the text does not say
    # a body that stands for a state's government gives the state it serves
    ("State Department spokesman Jan Kral said the talks would go on.", "United States"),
])
def test_a_body_the_institutions_list_names_in_a_title_is_the_affiliation(nlp, text, affiliation):
    """Rule entity.body_in_title."""
    found = people(nlp, text)
    assert next(iter(found.values()))[1] == affiliation


def test_titles_in_a_list_of_people_stay_with_their_own_names(nlp):
    """"A, Emir of X, B, Emir Y": the title set off after A is A's, never B's; "Emir Y" is a title and a country."""
    found = people(nlp, "Sheikh Nawaf al Ahmed al Jaber al Sabah, Emir of Kuwait, Sheikh Tamim bin Hamad al Thani, "
                        "Emir Qatar and Prince Mohammed met.")
    assert found["Tamim bin Hamad al Thani"][1] != "Kuwait" and "Qatar" not in found


@pytest.mark.parametrize("text,names", [
    # the first word of a two-word title the model ran a place's name over ("crown prince") is the title's
    ("Leaders flew to meet with Lindor Crown Prince Sheikh Mohammed bin Salem on Tuesday.", {"Mohammed bin Salem"}),
    # … and over a title's modifier before it ("Acting Defence" of "Acting Defence Minister")
    ("Speaking after the talks, Thai Acting Defence Minister Jan Kralovic said the meeting was crucial.", {"Jan Kralovic"}),
    # a kind of outlet written alone is no name; a holiday is no body
    ("Ruritanian state-owned Media, RTV quoting officials said the delegates will arrive.", set()),
    ("The minister spoke as the Ruritanian New Year was celebrated on Tuesday.", set()),
])
def test_no_body_from_a_title_word_an_outlet_kind_or_a_holiday(nlp, text, names):
    found = {m.text for m in extract_entities(nlp(text)).mentions if m.label in {"organization", "person", "place"}}
    assert not ({"Lindor Crown", "Thai Acting", "Media", "Ruritanian New Year", "New Year"} & found), found
    assert names <= found, found


def test_a_name_a_facility_word_opens_is_no_body(nlp):
    # rule entity.facility, facility_leads: "Villa X" is a building
    found = extract_entities(nlp("The two presidents met at Villa Aurora, a mansion in a park, on Wednesday.")).mentions
    assert not [m for m in found if m.text == "Villa Aurora" and m.label in {"organization", "person"}], found


def test_two_countries_joined_inside_one_word_are_no_name(nlp):
    # rule entity.joined_names when the tokenizer keeps "U.S.-Norway" as one word
    found = extract_entities(nlp("The U.S.-Norway talks ended.")).mentions
    assert not [m for m in found if m.label in {"organization", "person"}], found
    assert [m.text for m in extract_entities(nlp("Guinea-Bissau signed.")).mentions] == ["Guinea-Bissau"]


def test_one_word_after_a_title_is_a_name_when_the_text_uses_it_again(nlp):
    # rule entity.lone_name_after_title: the model tagged neither "Halvorsen"; the title and the second use say so
    text = ("Foreign Minister Halvorsen stressed the country's role on the world stage. \"We have to take on global "
            "challenges,\" he told reporters.\n\"It is important that we continue on this way,\" said Halvorsen.")
    found = [m for m in extract_entities(nlp(text)).mentions if m.text == "Halvorsen"]
    assert len(found) == 2 and all(m.label == "person" for m in found), found
    assert found[0].role == "foreign minister"
    # a title of a council ("Federal Councillor") is no part of the name
    found = extract_entities(nlp("Federal Councillor Anna Lindqvist met them in the capital.")).mentions
    assert [(m.text, m.role) for m in found if m.label == "person"] == [("Anna Lindqvist", "councillor")]


def test_a_body_the_model_ran_on_into_the_title_holders_name_is_split(nlp):
    # rule entity.name_after_body: "the Azure Union Jan Roe" tagged as one organisation after "Secretary-General of"
    doc = nlp("The Secretary-General of the Azure Union Jan Roe spoke.")
    assert [(e.text, e.label_) for e in doc.ents] == [("the Azure Union Jan Roe", "ORG")]  # the case this covers
    found = {m.text: (m.label, m.role, m.affiliation) for m in extract_entities(doc).mentions}
    assert found == {"Azure Union": ("organization", None, None),
                     "Jan Roe": ("person", "secretary-general", "Azure Union")}
    # a body's own name after a title stays whole
    found = {m.text: m.label for m in extract_entities(nlp("The Chairman of the Board of Acme Holdings spoke.")).mentions}
    assert "person" not in found.values()


def test_one_word_after_a_title_with_a_possessive_is_a_person(nlp):
    # rule entity.lone_name_after_title: "President Quemandú's adviser" — the model calls this invented surname an
    # organisation; the title before it and the possessive after it make it a person's
    doc = nlp("President Quemandú’s National Security Adviser Jan Kral discussed the process on Wednesday.")
    assert any(e.text.startswith("Quemandú") and e.label_ == "ORG" for e in doc.ents)  # the case this covers
    found = {m.text: (m.label, m.role) for m in extract_entities(doc).mentions}
    assert found["Quemandú"] == ("person", "president")
    # a country after a title stays the country ("President Putin" is a name, "the Prime Minister Norway's" is not)
    found = {m.text: m.label for m in extract_entities(nlp("The Prime Minister Norway’s cabinet met.")).mentions}
    assert found.get("Norway") == "country"


def test_an_institution_of_several_words_the_model_left_untagged_is_found(nlp):
    # rule entity.untagged_institution: institutions.yml knows "No 10" as Downing Street
    found = extract_entities(nlp("However, No 10 would not commit to giving MPs a vote.")).mentions
    assert [(m.text, m.label, m.affiliation) for m in found] == [("Downing Street", "organization", "United Kingdom")]
    assert extract_entities(nlp("There is no 10 percent tax.")).mentions == []


def test_a_body_after_a_rank_word_is_no_lone_name(nlp):
    # "General" is a rank, "Assembly" a body: entity.lone_name_after_title never makes it a person
    text = ("He will forward the protocol to the Grand National Assembly. The final decision remains with the General "
            "Assembly of the Grand National Assembly of the country.")
    assert not [m for m in extract_entities(nlp(text)).mentions if m.label == "person"]


def test_a_surname_with_a_particle_opening_a_sentence_is_the_person(nlp):
    # "Von der Leyen said": the particle capitalised at a sentence's start is still the surname
    text = "Ursula von der Leyen met him.\n\nVon der Leyen said the deal was good."
    assert [(m.text, m.label) for m in extract_entities(nlp(text)).mentions] == [
        ("Ursula von der Leyen", "person"), ("Von der Leyen", "person")]


def test_a_company_officer_acronym_is_a_title_with_the_company_before_it(nlp):
    # roles.yml heads CEO, COO; the body before the title is the affiliation, the acronym kept as written
    found = people(nlp, "Acme Motor CEO Jan Kral said the plants would reopen.")
    assert found["Jan Kral"][:2] == ("CEO", "Acme Motor")
    found = people(nlp, "The union's Secretary-Treasurer Ilse Berger signed the letter.")
    assert found["Ilse Berger"][0] == "secretary-treasurer"


def test_a_plural_title_before_a_dash_reaches_every_name_of_the_list(nlp):
    # entity.plural_title_before_list, then entity.coordinated_title for the others
    found = people(nlp, "The president and the three vice presidents — Anton Melnik, Laszlo Kovac and Karl Weber — "
                        "will meet members on Wednesday.")
    assert {n: found[n][0] for n in ("Anton Melnik", "Laszlo Kovac", "Karl Weber")} == {
        "Anton Melnik": "vice president", "Laszlo Kovac": "vice president", "Karl Weber": "vice president"}
    assert found["Anton Melnik"][2]["role"] == "entity.plural_title_before_list"
    # a singular title before a dash is no such list title
    found = people(nlp, "The union's president — Anton Melnik, elected in March — spoke on Wednesday.")
    assert found["Anton Melnik"][2].get("role") != "entity.plural_title_before_list"


def test_a_name_that_modifies_industrial_works_names_no_actor(nlp):
    # entity.works_name: "the KTP plant", "the Zorvan refinery"
    facts = extract_entities(nlp("Workers gathered outside the KTP plant and the Zorvan refinery on Friday."))
    assert not [m.text for m in facts.mentions if m.label in {"person", "organization"}]


def test_a_union_local_keeps_its_number(nlp):
    # entity.numbered_body: "Local 862" is part of the name
    facts = extract_entities(nlp("In Louisville, UAW Local 862 represents about 12,000 workers."))
    assert "UAW Local 862" in [m.text for m in facts.mentions if m.label == "organization"]


def test_a_title_after_another_titles_object_starts_after_its_and(nlp):
    # "Deputy Assistant to the President and Deputy Homeland Security Advisor X": the walk stops at "to the"; the
    # title is the one after "and", never "president and …"; "Homeland" is a portfolio word, no body
    text = "Deputy Assistant to the President and Deputy Homeland Security Advisor Jen Daskal will lead the delegation."
    found = people(nlp, text)
    assert found["Jen Daskal"][0] == "deputy homeland security advisor"
    assert "Homeland" not in [m.text for m in extract_entities(nlp(text)).mentions]
    assert people(nlp, "The minister and envoy Anton Melnik arrived on Monday.")["Anton Melnik"][0] == "minister and envoy"


def test_a_stock_ticker_after_a_company_is_no_part_of_its_name(nlp):
    # entity.ticker (ticker_suffixes): "Acme ACME.O", and the copy that lost a space: "ACME.Oin"
    text = ("The complaint on Thursday aimed at stopping tech giant Microsoft MSFT.O from buying Call of Duty game "
            "maker Activision Blizzard ATVI.Oin a deal.")
    names = [m.text for m in extract_entities(nlp(text)).mentions]
    assert not [n for n in names if ".O" in n], names


def test_a_name_never_runs_on_over_the_next_names_title(nlp):
    # "Microsoft" (tagged a person elsewhere) + "CEO Satya Nadella": the title is Nadella's, with its body
    text = ("This deal would help Acme Xbox to compete with Sony's PlayStation.\n\nAcme CEO Satya Nadella looks "
            "upon this opportunity as a new era\n\nAfter sealing the deal, Acme also announced Phil Spencer as the "
            "CEO of Acme Gaming.")
    found = people(nlp, text)
    assert "Satya Nadella" in found and found["Satya Nadella"][0] == "CEO", found
    assert not [n for n in found if n.startswith("Acme")], found  # entity.body_taken_for_person: "Acme Xbox"


def test_a_titled_name_whose_family_name_stands_alone_elsewhere_stays_whole(nlp):
    # entity.body_taken_for_person spares a name a title stands before: a family name first, "Han said …" later
    text = ("Chairman Han Dong-hoon has proposed a consultative body.\n\nHan said the body would help.\n\nAsked if "
            "he had discussed the matter with the office, Han said he believes the office shares his concerns.")
    found = people(nlp, text)
    assert "Han Dong-hoon" in found and "Han Dong" not in found, found


def test_a_name_that_modifies_a_maker_noun_describes_a_body(nlp):
    # entity.maker_of (maker_words): "the Call of Duty maker X" describes X by what it makes
    facts = extract_entities(nlp("The regulator blocked the acquisition of the Call of Duty maker Activision Blizzard "
                                 "on Friday."))
    assert "Call of Duty" not in [m.text for m in facts.mentions]


def test_a_country_is_shown_by_the_name_news_writes_not_geonames_label():
    """``country_names`` of places.yml renames a GeoNames country; every other table (aliases, demonyms, capitals,
    regions) then names it the same way, so one state never stands under two names."""
    from generator.gazetteer import gazetteer, load_data

    g = gazetteer()
    for geo_name, shown in load_data("places.yml")["country_names"].items():
        assert g.country(geo_name) == shown and g.country(shown) == shown
        assert geo_name not in set(g.countries.values()) and geo_name not in set(g.capitals.values())
        assert g.country_point(shown) != (None, None)
    assert set(g.demonyms.values()) <= set(g.countries.values())
    assert {p.country for p in g.regions.values()} <= set(g.countries.values()) | {None}


@pytest.mark.parametrize("text,person,role,affiliation", [
    # the title holds a portfolio before the country's "of": the country and the holder are cut apart
    ("Peru held talks with Undersecretary of Foreign Affairs of Chile Maria Teresa Lazo in Lima.",
     "Maria Teresa Lazo", "undersecretary", "Chile"),
    # … or a body's full name: the holder is a person, no organisation (the title's country is not read that far)
    ("Peru held talks with Undersecretary of the Department of Foreign Affairs of Chile Maria Teresa Lazo in Lima.",
     "Maria Teresa Lazo", None, None),
])
def test_a_country_run_into_the_name_after_a_title_over_its_body_is_cut_off(nlp, text, person, role, affiliation):
    found = people(nlp, text)
    assert person in found and found[person][:2] == (role, affiliation)
    facts = extract_entities(nlp("The Bank of Chile Jan Kral said so."))  # no title before "of": left as it is
    assert [m.label for m in facts.mentions] == ["organization"]


def test_a_co_title_keeps_its_head_word(nlp):
    """"co-" is no bound prefix of token.bound_prefix: "co-leader" stays "co", "-", "leader", whose head word the
    roles list knows; the prefix (``title_hyphen_prefixes``) is read back onto the title."""
    assert people(nlp, "Party co-leader Jan Kral said so.")["Jan Kral"][0] == "co-leader"


@pytest.mark.parametrize("text, name, role, country", [
    # a portfolio written before or after its title (roles.yml modifiers: "strategic", "consular"): the walk goes on
    # past it to the demonym or possessor that gives the country
    ("Talks took place Wednesday in London between Estonian Minister of Strategic Affairs Karl Weber and his "
     "counterpart.", "Karl Weber", "minister", "Estonia"),
    ("The envoy met Estonian Strategic Affairs Minister Karl Weber in London on Wednesday.", "Karl Weber",
     "strategic affairs minister", "Estonia"),
    ("“The region will move forward,” Latvia’s Deputy Foreign Minister for Consular Affairs Karl Weber said.",
     "Karl Weber", "deputy foreign minister", "Latvia"),
])
def test_a_portfolio_inside_a_title_keeps_the_country_before_it(nlp, text, name, role, country):
    got = people(nlp, text)[name]
    assert got[:2] == (role, country), got


def test_an_institution_acronym_in_an_apposed_title_gives_the_affiliation(nlp):
    # "A, ECOWAS commissioner for political affairs,": the acronym of an institution the gazetteer knows, in capitals
    got = people(nlp, "Abdel-Fatau Musah, ECOWAS commissioner for political affairs, said the plan was unacceptable.")
    assert got["Abdel-Fatau Musah"][:2] == ("commissioner", "Economic Community of West African States"), got


def test_a_body_the_model_took_for_a_person_is_a_body_whatever_its_possessive(nlp):
    # the model tags "the Azure People's Liberation Front" PERSON: a name ending on a body's kind (generic_body_nouns,
    # capitalised) is an organisation's, never cut at its possessive into a person "Azure People"
    found = extract_entities(nlp("The Tigray People's Liberation Front said a new date had not been set.")).mentions
    assert [(m.text, m.label) for m in found] == [("Tigray People's Liberation Front", "organization")], found


def test_a_current_title_s_affiliation_outweighs_a_former_one(tmp_path):
    found = _actors_of(tmp_path, {
        "2025-10-01_a.txt": "Talks\n\nFormer Norwegian president Jonas Lie arrived in Oslo on Monday.",
        "2025-10-02_b.txt": "Talks\n\nThe former Norwegian president Jonas Lie met the press on Tuesday.",
        "2025-10-03_c.txt": "Talks\n\nThe talks were led by United Nations envoy Jonas Lie on Wednesday.",
    })
    assert found["Jonas Lie"]["affiliation"] == "United Nations"
    (tmp_path / "alone").mkdir()
    alone = _actors_of(tmp_path / "alone", {
        "2025-10-01_a.txt": "Talks\n\nFormer Norwegian president Jonas Lie arrived in Oslo on Monday.",
    })
    assert alone["Jonas Lie"]["affiliation"] == "Norway"  # a former title still tells, when it alone does


def test_one_who_speaks_or_negotiates_for_a_body_is_its_own_an_envoy_for_a_country_is_not(nlp):
    found = people(nlp, "Jan Roe, a spokesperson for the Azure Liberation Front, said on Monday.")
    assert found["Jan Roe"][:2] == ("spokesperson", "Azure Liberation Front")
    assert found["Jan Roe"][2]["affiliation"] == "entity.title_of_body"
    found = people(nlp, "Jan Roe, the chief negotiator for the Azure Workers Union, said talks would resume.")
    assert found["Jan Roe"][:2] == ("chief negotiator", "Azure Workers Union")
    found = people(nlp, "Jan Roe, the envoy for Norway, said on Monday.")
    assert found["Jan Roe"][:2] == ("envoy", None)  # an envoy for a country serves there: not its own


def test_a_title_of_a_named_body_right_before_a_name_gives_that_body(nlp):
    found = people(nlp, "Secretary-General of the Zenda Union Jan Roe met Karel Novak.")
    assert found["Jan Roe"][:2] == ("secretary-general", "Zenda Union")
    assert found["Jan Roe"][2] == {"role": "entity.title_before", "affiliation": "entity.title_of_body"}
    assert found["Karel Novak"][:2] == (None, None)
    found = people(nlp, "The foreign ministers of the Zenda Union Jan Roe and Karel Novak met.")
    assert found["Jan Roe"][1] is None  # a plural title reaches nobody alone


def test_an_overseas_portfolio_before_a_title_keeps_the_country_before_it(nlp):
    found = people(nlp, "French Overseas Minister Jan Roe is in Zenda.")
    assert found["Jan Roe"][:2] == ("overseas minister", "France")


def test_one_acronym_for_one_body_s_name_in_another_word_order_is_one_body(tmp_path):
    """Rules acronym.translated_name (a name the model ran on into the bracket), reconcile.acronym_word_order and
    entity.defined_acronym_untagged: outlets translate a body's name as they please; its acronym is one."""
    found = _actors_of(tmp_path, {
        "2025-08-13_a.txt": "Accord rejected\n\nThe Lindor Popular National Liberation Front (FLNLP) has rejected "
                            "the deal. Later, the FLNLP issued a statement restating its refusal.",
        "2025-08-20_b.txt": "Minister visits\n\nThe accord was weakened by the rejection of the separatists of the "
                            "Popular Lindor National Liberation Front (FLNLP). The minister met the FLNLP on Monday.",
    })
    fronts = [a for a in found.values() if "Liberation Front" in a["name"]]
    assert len(fronts) == 1, list(found)
    assert "FLNLP" in fronts[0]["aliases"] and fronts[0]["evidence"]["merge"] == "reconcile.acronym_word_order"


def test_one_acronym_for_one_body_s_name_misspelt_is_one_body(tmp_path):
    """Rule reconcile.acronym_spelling, with a possessive inside the name (the tokenizer splits "Dockhands's"): one
    acronym for two names of one body, one word one letter off, is one body; two words off are two names."""
    articles = {
        "2025-08-13_a.txt": "Strike\n\nThe Lindor Dockhands's Association (LDA) went on strike on Monday. Later, "
                            "the LDA issued a statement.",
        "2025-08-20_b.txt": "Deal\n\nOn Tuesday, the Lindor Dockhand's Association (LDA) reached a deal with the port "
                            "employers.",
    }
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    found = _actors_of(tmp_path / "one", articles)
    unions = [a for a in found.values() if "Association" in a["name"]]
    assert len(unions) == 1, list(found)
    assert "LDA" in unions[0]["aliases"] and unions[0]["evidence"]["merge"] == "reconcile.acronym_spelling"
    articles["2025-08-20_b.txt"] = articles["2025-08-20_b.txt"].replace("Dockhand's", "Dockmen's")
    found = _actors_of(tmp_path / "two", articles)
    assert not any(a.get("evidence", {}).get("merge") == "reconcile.acronym_spelling" for a in found.values())


def test_words_in_capitals_after_a_or_an_before_an_acronym_name_a_thing(nlp):
    """Rule acronym.indefinite_thing: "file an Unfair Trade Practice (UTP) charge" names a kind of charge, no body:
    neither the words nor the acronym is an actor; "the Lindor Trade Council (LTC)" is a body."""
    facts = extract_entities(nlp("Both sides can file an Unfair Trade Practice (UTP) charge with the Lindor Trade "
                                 "Council (LTC). If a UTP is filed, the LTC will investigate."))
    named = {m.text for m in facts.mentions if m.label == "organization"}
    assert not named & {"Unfair Trade Practice", "UTP"}, named
    assert "Lindor Trade Council" in named and facts.acronyms == {"LTC": "Lindor Trade Council"}


def test_words_opening_with_a_possessive_pronoun_name_no_body(nlp):
    """Rule entity.possessive_first: "“Our Administration supports collective bargaining,” the ministry declared" —
    the model tags "Our Administration" as an organisation; it is the speaker's own, no name."""
    facts = extract_entities(nlp("On Oct. 1, the Lindor Trade Council (LTC) released a statement noting that the "
                                 "agency met with businesses. “Our Administration supports collective bargaining as "
                                 "the best way for workers and employers to come to a fair agreement, and we encourage "
                                 "all parties to come to the bargaining table,” the LTC declared."))
    named = {m.text for m in facts.mentions}
    assert "Our Administration" not in named and "Lindor Trade Council" in named, named


def test_names_for_one_acronym_with_different_words_stay_apart(tmp_path):
    found = _actors_of(tmp_path, {
        "2025-08-13_a.txt": "Accord rejected\n\nThe Lindor Popular National Liberation Front (FLNLP) has rejected "
                            "the deal on Monday.",
        "2025-08-20_b.txt": "Minister visits\n\nThe accord was welcomed by the Free Lindor Nationalist League Society "
                            "(FLNLP) on Tuesday.",
    })
    assert not any(a.get("evidence", {}).get("merge") == "reconcile.acronym_word_order" for a in found.values())


def test_a_capitalised_word_and_before_a_body_the_model_began_with_the_is_another_body(nlp):
    facts = extract_entities(nlp("It was backed by the loyalists as well as by the pro-independence Varka and the "
                                 "Harmony Union in Lindor (UHL), who left the front a year ago."))
    assert {"Varka", "Harmony Union"} <= {m.text for m in facts.mentions}
    assert not [m.text for m in facts.mentions if " and " in m.text]



def test_an_acronym_of_title_holders_is_no_body_to_tag_later():
    """entity.defined_acronym_untagged reads bodies only: the holders of a title ("the Director Generals of Military
    Operations (DGMOs)", "the Chiefs of Border Operations (CBOs)") are people, their acronym no organisation."""
    from generator.extract.entities import _title_acronym

    assert _title_acronym("DGMOs", "Director Generals of Military Operations")
    assert _title_acronym("CBOs", "Chiefs of Border Operations")
    assert not _title_acronym("ZBGO", "Zenda Border Guard Office")
    assert not _title_acronym("FLNLP", "Lindor Popular National Liberation Front")


def aliases(nlp, text: str) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """The people of ``text`` (name → the alias rule on its mention, if any), and its alias pairs as names."""
    facts = extract_entities(nlp(text))
    starts = {m.start: m.text for m in facts.mentions}
    found = {m.text: m.evidence.get("alias", "") for m in facts.mentions if m.label == "person"}
    return found, [(starts[s], alias, rule) for s, alias, rule in facts.aliases]


@pytest.mark.parametrize("text,name,alias,rule", [
    ("The rebel chief Jan Varni Roe, better known as \u201cZed,\u201d signed the accord.", "Jan Varni Roe", "Zed",
     "entity.alias_after_name"),
    ("The accord was signed by the president and Jan Roe, alias \u201cZed\u201d, on Monday.", "Jan Roe", "Zed",
     "entity.alias_after_name"),
    ("The deal will be signed by the president and Varnik, a.k.a. Zedkov, on Thursday.", "Varnik", "Zedkov",
     "entity.alias_after_name"),
    ("The top commander Jan Roe, known by the alias Zedkov, shook hands with the president.", "Jan Roe", "Zedkov",
     "entity.alias_after_name"),
    ("Zedkov, whose real name is Jan Roe, spoke in Lindor.", "Zedkov", "Jan Roe", "entity.real_name_after_alias"),
    ("Fighters commanded by General Omar Varni (\u201cZedkov\u201d) attacked the town.", "Omar Varni", "Zedkov",
     "entity.alias_in_brackets"),
    ("Rebel leader Omar \u2018Zedkov\u2019 Varni said the group would disarm.", "Omar Varni", "Zedkov",
     "entity.nickname_in_name"),
])
def test_another_name_a_person_goes_by_is_recorded_with_its_rule(nlp, text, name, alias, rule):
    people_, pairs = aliases(nlp, text)
    assert pairs == [(name, alias, rule)]
    assert people_[name] == rule


@pytest.mark.parametrize("text", [
    "Jan Roe, known as the Iron Lady, spoke.",  # a phrase in lower case, no name
    "The Zenda Front, also known as Zedkov, attacked the town.",  # a body
    "The leader of the Zenda Front, or ZF, known by his nom de guerre, Zedkov, spoke.",  # an acronym: the body's
    "The accord, known as the Lindor Framework, was signed.",
    "The talks in Varni, also known as Lisbon, went on.",  # a place the gazetteer knows
])
def test_no_alias_is_read_unless_both_sides_are_surely_a_persons_names(nlp, text):
    assert aliases(nlp, text)[1] == []


def test_what_people_call_a_person_is_no_title_of_theirs(nlp):
    # "known as the Iron Lady": a nickname told by an alias cue, no role ("lady" is a title word: "first lady")
    assert people(nlp, "Jan Roe, known as the Iron Lady, spoke in Varnholm.")["Jan Roe"][0] is None
    assert people(nlp, "Jan Roe, the first lady, spoke in Varnholm.")["Jan Roe"][0] == "first lady"


@pytest.mark.parametrize("text,alone", [
    # the model tags the first name alone a person; the gazetteer knows a town of that name
    ("Prime Minister Eugene Varnik opened the talks in Port Aster. “We will meet again,” Eugene said on Friday.",
     "Eugene"),
    ("Minister Jackson Lindor met the envoys. “We have a chance,” Jackson told reporters.", "Jackson"),
])
def test_a_first_name_used_alone_is_the_person_not_a_town_of_that_name(nlp, text, alone):
    # (the press names people whose family name comes first by that first word: "Kim said" after "Kim Jong Un")
    labels = {m.text: m.label for m in extract_entities(nlp(text)).mentions}
    assert labels[alone] == "person", labels


@pytest.mark.parametrize("text,word", [
    ("The two Varnias announced Monday that their leaders had agreed to meet.", "Varnias"),  # tagged a person
    ("The two Koreas announced Monday that their leaders had agreed to meet.", "Koreas"),  # tagged a place
    ("“The South and the North confirmed their joint goal,” read a statement signed by the two leaders.", "South"),
    ("“Ruritania, and all of its GREAT people, should be very proud,” he added.", "GREAT"),
])
def test_places_after_an_article_and_words_in_capitals_for_emphasis_are_no_actors(nlp, text, word):
    found = {m.text: m.label for m in extract_entities(nlp(text)).mentions}
    assert found.get(word) not in {"person", "organization"}, found


def test_a_title_after_the_name_takes_the_body_its_last_of_phrase_names(nlp):
    """"head of the delegation of the X": the body is the object of the title's last "of", never the delegation
    again ("head of the delegation of the government of delegation" was read)."""
    found = people(nlp, "Jan Roe, head of the delegation of the Government of National Accord, said the talks "
                        "went well.")
    assert found["Jan Roe"][0] == "head of the delegation of the government of national accord"


@pytest.mark.parametrize("text, name, role", [
    ("They will present the draft to Fayez Al-Sarraj, head of the internationally recognized Government of "
     "National Accord, on Monday.", "Fayez Al-Sarraj", "head of government"),
    ("Jan Roe, head of the Legal Committee of the Azure Movement, said no.", "Jan Roe", "head of legal committee"),
])
def test_a_body_word_in_a_title_after_the_name_is_no_title_of_its_own(nlp, text, name, role):
    """"Government" and "Committee" modify titles ("government spokesman") but hold none: "head of the Government
    of X" has one title, not a second one "government"."""
    assert people(nlp, text)[name][0] == role


def test_a_participle_before_a_bodys_name_is_no_part_of_the_affiliation(nlp):
    found = people(nlp, "They will present the draft to Fayez Al-Sarraj, head of the internationally recognized "
                        "Government of National Accord, on Monday.")
    assert found["Fayez Al-Sarraj"][1] == "Government of National Accord"


def test_a_hyphenated_prefix_is_part_of_the_title_and_the_walk_reaches_its_owner(tmp_path):
    from .conftest import actors_of
    actors = actors_of(tmp_path, {"a.txt": "Talks in Lisbon\n\nThe Azure Party's co-leader Eva Roe said no.\n"})
    assert actors["Eva Roe"]["roles"] == ["co-leader"] and actors["Eva Roe"]["affiliation"] == "Azure Party"


def test_a_title_a_possessive_pronoun_opens_serves_the_one_person_it_stands_for(tmp_path):
    """entity.principal_by_pronoun: "his Foreign Minister X" after the one person of the sentence serves that person,
    whose affiliation reconciliation shares; a sentence before, or two people before it, give nothing."""
    from .conftest import actors_of
    actors = actors_of(tmp_path, {"a.txt": "Talks in Lisbon\n\nRussian President Vladimir Putin was due on Wednesday, "
                                           "although his Foreign Minister Karim Zadran arrived on Tuesday.\n"})
    assert actors["Karim Zadran"]["affiliation"] == "Russia"
    assert actors["Karim Zadran"]["evidence"]["affiliation"] == "affiliation:shared-with-principal"
    for n, text in enumerate(("Russian President Vladimir Putin met US President Joe Biden. His Foreign Minister "
                              "Karim Zadran arrived on Tuesday.",
                              "US President Joe Biden met Russian President Vladimir Putin, and his Foreign Minister "
                              "Karim Zadran spoke.")):
        (tmp_path / str(n)).mkdir()
        actors = actors_of(tmp_path / str(n), {"a.txt": "Talks in Lisbon\n\n" + text + "\n"})
        assert actors["Karim Zadran"]["affiliation"] is None, text


def test_an_acronym_glued_after_a_bodys_name_is_no_part_of_it(nlp):
    # rule entity.glued_acronym: "President of the Trade Union Congress TUC", no brackets
    found = people(nlp, "Eva Roe, President of the Zendara Trade Union Congress ZTUC, on Thursday led other labour "
                        "leaders in a meeting with President Karim Zadran.")
    assert found["Eva Roe"][:2] == ("president of zendara trade union congress", "Zendara Trade Union Congress")
    names = [m.text for m in extract_entities(nlp("Jan Roe, President of Zendara Labour Congress ZLC, met the president "
                                                  "on Friday.")).mentions]
    assert "Zendara Labour Congress" in names and "Zendara Labour Congress ZLC" not in names


def test_a_chief_justice_is_a_title_and_a_court_before_it_part_of_it(tmp_path):
    # roles.yml: "chief justice" a head, "court" a modifier ("Supreme Court Chief Justice"), so the walk over the
    # title reaches the country's adjective before it
    found = _actors_of(tmp_path, {
        "2025-10-01_a.txt": "Oath taken\n\nThe president read his oath before South African Supreme Court Chief Justice "
                            "Jan Roe and hundreds of guests on Wednesday. Roe then congratulated the president.",
        "2025-10-02_b.txt": "Ruling read\n\nThe ruling was read by French Chief Justice Eva Roe on Wednesday.",
        "2025-10-03_c.txt": "Injunction denied\n\nThe judge, U.S. District Court Judge Ola Lind, said the agency had "
                            "failed to show harm.",
    })
    # the court's kind before "Court Judge" is part of the title too: no body "District" is left over
    assert found["Ola Lind"]["affiliation"] == "United States" and "District" not in found
    assert "chief justice" in found["Jan Roe"]["roles"][0] and found["Jan Roe"]["affiliation"] == "South Africa"
    assert found["Eva Roe"]["roles"] == ["chief justice"] and found["Eva Roe"]["affiliation"] == "France"


def test_a_name_the_model_takes_for_a_place_is_a_person_before_an_apposed_title(nlp):
    """Rule ``entity.title_apposed``, the title after the name: "Arnaud Lindor, head of Ruritania's main farmers'
    union, told …" — a name the model labels a place, apposed to a person's title right after its comma, is a person
    (``title_after_name_heads`` adds "head", a person's title only there). "a head of" is anyone's description."""
    text = ("“We are against the conclusion of an unbalanced treaty,” Arnaud Lindor, head of Ruritania's main farmers' "
            "union, the ZFU, told Zenda TV.")
    doc = nlp(text)
    assert any(e.text == "Arnaud Lindor" and e.label_ in {"GPE", "LOC"} for e in doc.ents)  # the case this covers
    found = {m.text: m.label for m in extract_entities(doc).mentions}
    assert found["Arnaud Lindor"] == "person"
    text = "“We are against the treaty,” Arnaud Lindor, a head of the farmers' union, told Zenda TV."
    assert {m.text: m.label for m in extract_entities(nlp(text)).mentions}.get("Arnaud Lindor") != "person"


def test_an_office_word_after_a_bodys_acronym_opens_the_title(nlp):
    """Rule entity.office_word_of_title: "ZDA International President Jan Kral" is the ZDA's president, and no body
    "ZDA International" is named; "Amnesty International" before a title is a body's name still."""
    text = ("ZDA International President Jan Kral said there was no point in negotiating. The Zenda Dockworkers "
            "Association (ZDA) represents 45,000 workers.")
    facts = extract_entities(nlp(text))
    assert {(m.text, m.affiliation) for m in facts.mentions if m.label == "person"} == {("Jan Kral", "ZDA")}
    assert "ZDA International" not in {m.text for m in facts.mentions}
    facts = extract_entities(nlp("Amnesty International Secretary General Eva Roe said the talks failed."))
    assert {(m.text, m.affiliation) for m in facts.mentions if m.label == "person"} == {
        ("Eva Roe", "Amnesty International")}


def test_a_body_named_after_the_title_beats_the_country_of_its_possessive(nlp):
    """entity.title_after: "X, head of Portugal's main farmers' union, the ZFU, told …" heads the ZFU; with no body
    named after the title the country's possessive still gives Portugal."""
    found = people(nlp, "As farmers face cheaper imports, a deal would be a bitter blow, Arnaud Lindor, head of "
                        "Portugal's main farmers' union, the ZFU, told Zenda TV.")
    assert found["Arnaud Lindor"][:2] == ("head of union", "ZFU")
    found = people(nlp, "Pierre Valmont, head of Portugal's main farmers' union, told Zenda TV on Monday that the deal "
                        "was bad.")
    assert found["Pierre Valmont"][:2] == ("head of union", "Portugal")


def test_a_capitalised_ordinal_after_a_name_ends_a_partys_name(nlp):
    """Rule entity.ordinal_in_name: "ZN First leader Jan Roe", "a former ZN First MP", "leader of ZN First" — the
    party is "ZN First", never a title "first leader" or "first mp"; "Ruritania First Deputy Prime Minister" keeps
    its title (``ordinal_title_words``). A title cut inside a longer one ("the alternating deputy prime ministers",
    read up to "prime") is no role."""
    def people(text):
        return {m.text: (m.role, m.affiliation) for m in extract_entities(nlp(text)).mentions if m.label == "person"}

    assert people("ZN First leader Jan Roe will hold the deputy Prime Minister job for the first half of the "
                  "term.")["Jan Roe"] == ("leader", "ZN First")
    assert people("Eva Roe, also a former ZN First MP, said it was an honour.")["Eva Roe"] == ("mp", "ZN First")
    assert people("Tomas Varga, leader of ZN First, served as Deputy Prime Minister in coalition with "
                  "Labour.")["Tomas Varga"] == ("leader", "ZN First")
    assert people("Ruritania First Deputy Prime Minister Ilse Berger said so.")["Ilse Berger"][0] == \
        "first deputy prime minister"
    assert people("The cabinet includes Azure leader Jan Kral and ZN First leader Ilse Berger, the alternating "
                  "deputy prime ministers.")["Ilse Berger"] == ("leader", "ZN First")


def test_a_places_formal_form_cut_before_its_of_is_no_place(nlp):
    """Rule entity.form_of_a_place: "in the Great State of Alaska" — the model's facility "the Great State" is only the
    form of the place named after "of" (``place_form_words``)."""
    doc = nlp("The meeting will take place next Friday, August 15, 2025, in the Great State of Alaska, the president "
              "wrote.")
    assert any(e.text.startswith("the Great State") and e.label_ == "FAC" for e in doc.ents)  # the case this covers
    assert "Great State" not in {m.text for m in extract_entities(doc).mentions}


def test_a_military_base_is_a_place_never_an_actor(nlp):
    """Rule entity.facility: "Joint Base X" (a facility's two-word lead, ``facility_leads``) and "X Air Force Base"
    (``facility_nouns``: base) are places the model may call a person or an organisation."""
    for text, name in (("In 2019, the president visited Joint Base Elmendorf-Richardson while flying back from a "
                        "summit in Vietnam.", "Joint Base Elmendorf-Richardson"),
                       ("The leaders will meet at Lindor Air Force Base on Friday.", "Lindor Air Force Base")):
        assert {m.text: m.label for m in extract_entities(nlp(text)).mentions}[name] == "place"


def test_a_verb_before_a_name_is_no_title(nlp):
    """"tries to press Tomas Varga into halting his war": "press" is a verb here, no press officer's title
    (:func:`_is_head`); "press secretary Eva Roe" keeps hers."""
    found = {m.text: m.role for m in extract_entities(nlp(
        "As the president tries to press Tomas Varga into halting his war, the leaders will first speak one-on-one. "
        "The White House press secretary Eva Roe told reporters so.")).mentions if m.label == "person"}
    assert found["Tomas Varga"] is None and found["Eva Roe"] == "press secretary"


def test_a_persons_possessive_inside_an_organisations_name_is_its_owner(nlp):
    """"Mr Varga's National" the model read as one organisation: the owner is a person (an honorific before the name,
    or the model's person), so the organisation is never named "Varga's National" (``_persons_name``)."""
    doc = nlp("However, the preliminary results show Mr Varga’s National does not have a parliamentary majority with its "
              "preferred coalition partner.")
    assert any(e.text == "Varga’s National" and e.label_ == "ORG" for e in doc.ents)  # the case this covers
    # the person after the honorific is a person (entity.honorific_name), never an organisation
    assert [(m.text, m.label) for m in extract_entities(doc).mentions if "Varga" in m.text] == [("Varga", "person")]


def test_an_acronym_the_article_spells_out_before_a_title_gives_the_body(tmp_path):
    """"RN spokesperson Eva Berg" in an article that spells out "Ruritanian National (RN)" where the model names no
    organisation at the title: the acronym is read against the corpus like an unspelled one (``entity.acronym_owner``)
    and gives the body known by it; a railway named by a demonym and "National" is no organ of a state, so the
    spokesperson is the railway's, never the country's. A body the corpus drops (a "Conference" read as a meeting)
    gives nothing."""
    found = _actors_of(tmp_path, {
        "2024-08-29_a.txt": "Appeal filed\n\nThe Teamsters Zenda Rail Conference (TZRC) filed an appeal with the Federal "
                            "Court of Appeal on Thursday. TZRC President Jan Roe in a video posted online accused the "
                            "railways of holding the economy hostage.",
        "2024-08-30_b.txt": "Railway speaks\n\nThe TZRC, Ruritanian National (RN) and Zenda Pacific Lindor (ZPL) all told "
                            "reporters on Thursday they would send representatives to the meeting. RN spokesperson Eva "
                            "Berg said representatives from the company would be attending.",
    })
    assert found["Eva Berg"]["affiliation"] == "Ruritanian National"
    assert found["Eva Berg"]["evidence"]["affiliation"] == "affiliation:acronym-owner"
    assert found["Jan Roe"]["affiliation"] is None


def test_one_capitalised_word_after_an_indefinite_article_is_no_name(nlp):
    """"we will have a Trilat": a thing written with a capital after "a" is no organisation (``_common_noun``)."""
    doc = nlp("After that meeting takes place, we will have a Trilat, which would be the two Presidents, plus myself.")
    assert any(e.text == "Trilat" and e.label_ == "ORG" for e in doc.ents)  # the case this covers
    assert "Trilat" not in {m.text for m in extract_entities(doc).mentions}


def test_an_acronym_the_tagger_misreads_still_opens_a_title(nlp):
    """"RN spokesperson Eva Berg" after "Ruritanian National (RN)": the tagger reads "RN" as a common noun, but the
    article defines it, so it is the body's acronym before the title (``entity.acronym_owner``)."""
    doc = nlp("The union, Ruritanian National (RN) and Zenda Pacific all told reporters on Thursday they would send "
              "representatives to the meeting.\n\nRN spokesperson Eva Berg said representatives from the company would "
              "be attending.")
    assert [t.pos_ for t in doc if t.text == "RN"][-1] != "PROPN"  # the case this covers
    berg = next(m for m in extract_entities(doc).mentions if m.text == "Eva Berg")
    assert (berg.affiliation_of, berg.evidence.get("affiliation")) == ("RN", "entity.acronym_owner")


def test_a_persons_possessive_inside_an_organisations_name_named_elsewhere(nlp):
    """``_persons_name`` without an honorific: "Varga's National" after "Tomas Varga" named earlier is Varga's party,
    no organisation "Varga's National"."""
    doc = nlp("Tomas Varga won the vote. However, the preliminary results show Varga’s National does not have a "
              "parliamentary majority with its preferred coalition partner.")
    assert not [m.text for m in extract_entities(doc).mentions if "’s" in m.text or "'s" in m.text]


@pytest.mark.parametrize("text, venue", [
    # the model's organisation right before "hotel": the hotel's own name (entity.facility)
    ("Jan Roe and Eva Berg speak to reporters at the Cordis hotel in Port Aster on Monday.", "Cordis"),
    # a city, "hotel" and the hotel's name read as one organisation: the venue is the name after the noun
    # (entity.named_after_venue_noun)
    ("The meeting, at inner-city Auckland hotel The Grand, only lasted about half an hour, with Jan Roe saying it was "
     "too short.", "The Grand"),
])
def test_a_name_beside_a_venues_noun_is_the_venue(nlp, text, venue):
    """``venue_nouns_beside_names``: hotels and palaces named beside their noun are places, never organisations."""
    found = {m.text: m.label for m in extract_entities(nlp(text)).mentions}
    assert found.get(venue) == "place", found


# ---- affiliations the real articles showed missing (stop 66)

def test_a_portfolio_noun_inside_a_title_lets_the_walk_reach_the_possessor(nlp):
    """``entity.portfolio_compound``: "Norway's climate envoy" is Norway's; the portfolio is part of the role."""
    found = people(nlp, "Norway's climate envoy Jonas Lie said in a statement that the text was unbalanced.")
    assert found["Jonas Lie"][:2] == ("climate envoy", "Norway")
    found = people(nlp, "Denmark's trade chief Ilse Berger is pessimistic about the outcome of the talks.")
    assert found["Ilse Berger"][:2] == ("trade chief", "Denmark")
    assert people(nlp, "The strike leader Jonas Lie said no.")["Jonas Lie"][1] is None  # no owner before it


def test_a_peoples_body_the_model_tags_as_a_facility_or_a_person_is_an_organisation(nlp):
    """``entity.untagged_body_name``: "the Zendan People's Liberation Front" (the model's facility or person) is the
    spokesperson's body, a possessive inside it no owner; "Jan Roe's Front" names a person's, and stays theirs."""
    for mark in ("'", "’"):
        found = people(nlp, f"Jonas Lie, a spokesperson for the Zendan People{mark}s Liberation Front, said a new date "
                            "had not been set.")
        assert found["Jonas Lie"][:2] == ("spokesperson", "Zendan People's Liberation Front")
        assert found["Jonas Lie"][2]["affiliation"] == "entity.title_of_body"
    facts = extract_entities(nlp("Jan Roe, a leader of Jan Roe's Front, said no."))
    roe = next(m for m in facts.mentions if m.text == "Jan Roe")
    assert (roe.affiliation, roe.affiliation_of) == (None, "Jan Roe")


def test_an_acronym_as_the_of_phrase_of_a_title_is_the_body_it_stands_for(nlp):
    """``entity.acronym_object``: "president of ZCLC" keeps ZCLC for the corpus to spell out, or the body the
    article itself defines it as."""
    doc = nlp("Jonas Lie, president of ZCLC, told reporters the union wanted a deal.")
    lie = next(m for m in extract_entities(doc).mentions if m.text == "Jonas Lie")
    assert (lie.affiliation, lie.affiliation_of, lie.evidence["affiliation"]) == (None, "ZCLC", "entity.acronym_owner")
    found = people(nlp, "The Zendan Union of Clerks (ZUC) struck. Jonas Lie, president of ZUC, told reporters the "
                        "union wanted a deal.")
    assert found["Jonas Lie"][1] == "ZUC"
    assert people(nlp, "Jonas Lie, president of Norway, said no.")["Jonas Lie"][1] == "Norway"


def test_the_at_phrase_of_a_title_names_the_workplace(nlp):
    """``entity.workplace_of_title``: a body's kind or an organisation the model names after "at"; an ambassador's or
    an envoy's "at"-phrase names where they serve, and a body with no name gives nothing."""
    found = people(nlp, "Tomas Varga, a professor at Lindor University, said the board would decide.")
    assert found["Tomas Varga"] == ("professor", "Lindor University", {"role": "entity.title_after",
                                                                       "affiliation": "entity.workplace_of_title"})
    found = people(nlp, "Ilse Berger, an adviser at Norway's Finance Ministry, said the deal was an illusion.")
    assert found["Ilse Berger"][:2] == ("adviser", "Norway")
    assert people(nlp, "Jonas Lie, ambassador at the United Nations, said no.")["Jonas Lie"][1] is None
    assert people(nlp, "Jonas Lie, a director at the ministry, said no.")["Jonas Lie"][1] is None


def test_a_firm_of_partners_and_a_body_an_organisation_owns_are_the_workplace(nlp):
    """``entity.firm_of_partners``: "a lawyer at Roe Kowal & Kral" names the whole firm, though the parser reads the
    ampersand as a coordination; ``entity.owned_body``: "a senior fellow at Lindor University's Zenda Institute" works
    at the Institute, a body of its own after its owner's possessive (a people's possessive stays in the name); a
    think tank's fellow, a researcher and a scholar hold a calling (roles.yml)."""
    found = people(nlp, "Peter Novak, a lawyer at Roe Kowal & Kral, said the deal was done.")
    assert found["Peter Novak"] == ("lawyer", "Roe Kowal & Kral", {"role": "entity.title_after",
                                                                   "affiliation": "entity.workplace_of_title"})
    found = people(nlp, "Marta Kowal, a senior fellow at Lindor University's Zenda Institute, said so.")
    assert found["Marta Kowal"][:2] == ("senior fellow", "Zenda Institute")
    assert people(nlp, "Marta Kowal, a researcher at Lindor University, said so.")["Marta Kowal"][:2] == \
        ("researcher", "Lindor University")
    found = people(nlp, "Marta Kowal, a spokeswoman for the Velmar People's Movement, said so.")
    assert found["Marta Kowal"][1] == "Velmar People's Movement"


def test_the_at_phrase_the_parser_hung_on_a_coordinated_portfolio_names_the_workplace(nlp):
    """``entity.workplace_of_title``: "director of operations and dispute resolution at X" — the parser hangs "at X" on
    "resolution", the last of the portfolio's conjuncts; it is still the director's workplace. A title coordinated
    there ("director of operations and a lawyer at X") is another post, and gives the director nothing."""
    found = people(nlp, "Anton Melnik, senior director of operations and dispute resolution at the Zenda Labour Board, "
                        "said the parties have until May 31.")
    assert found["Anton Melnik"][1:] == ("Zenda Labour Board", {"role": "entity.title_after",
                                                                "affiliation": "entity.workplace_of_title"})
    found = people(nlp, "Anton Melnik, director of operations and a lawyer at the Zenda Labour Board, said no.")
    assert found["Anton Melnik"][1] is None


@pytest.mark.parametrize("text, affiliation", [
    # rule entity.organisation_title: a body the institutions list does not know, written in the title and tagged
    # by the model as one organisation, is the holder's organisation ("Ruling" before it is no part of the name)
    ("Ruling Zenda Unity Party Chairman Jan Roe has proposed a consultative body.", "Zenda Unity Party"),
    ("Azure Party spokesman Jan Roe has proposed a consultative body.", "Azure Party"),
    # an organ of no named state is no one's organisation of its own
    ("Foreign Ministry spokesman Jan Roe spoke on Monday.", None),
    ("National Security Council spokesman Jan Roe spoke on Monday.", None),
])
def test_an_organisation_written_in_the_title_is_the_affiliation(nlp, text, affiliation):
    role, got, evidence = people(nlp, text)["Jan Roe"]
    assert got == affiliation and evidence.get("affiliation") == ("entity.organisation_title" if affiliation else None)


@pytest.mark.parametrize("text, affiliation", [
    # the one country the article names, by its people's adjective or as a party: a state office is that country's
    ("Norwegian doctors walked out on Monday. Health Minister Jan Roe said the government would not back down.",
     "Norway"),
    ("Norway's dockers walked out. Vice Labour Minister Jan Roe said the strike must end.", "Norway"),
    ("Norwegian doctors walked out on Monday. Prime Minister Jan Roe met their leaders.", "Norway"),
    ("Norwegian dockers walked out. Fisheries Minister Jan Roe announced changes.", "Norway"),  # a portfolio
    # two countries, a country named only as where something happens, or no state office: unsaid
    ("Norwegian and Swedish doctors walked out on Monday. Health Minister Jan Roe said the strike must end.", None),
    ("Health Minister Jan Roe arrived in Norway on Monday for talks on the strike.", None),
    ("Oslo will wait for the text before it sends a delegation to Sweden, Foreign Minister Jan Roe said.", None),
    ("Norwegian doctors walked out on Monday. Union leader Jan Roe said the strike would go on.", None),
    ("Norwegian doctors walked out on Monday. Neither would party president Jan Roe.", None),  # a body's office
])
def test_a_state_office_in_an_article_naming_one_country_is_that_countrys(nlp, text, affiliation):
    # entity.office_of_the_only_country
    found = people(nlp, text)["Jan Roe"]
    assert found[1] == affiliation
    assert (found[2].get("affiliation") == "entity.office_of_the_only_country") is (affiliation is not None)


def test_the_only_country_gives_way_to_a_body_another_article_tells(tmp_path):
    # entity.office_of_the_only_country is the weakest word on an affiliation: "Jan Roe, President of the Zenda Dockers
    # Union ZDU" in one article outweighs "President Jan Roe" in an article naming only Norway
    from .test_questions import briefing_of

    data = briefing_of(tmp_path, {  # one report each: without the rule the latest, the Norwegian one, would win
        "2025-03-03_b.txt": "Dockers meet\n\nJan Roe, President of the Zenda Dockers Union ZDU, met the port board on "
                            "Monday.\n",
        "2025-03-05_a.txt": "Dockers walk out\n\nNorwegian dockers walked out on Wednesday. President Jan Roe said the "
                            "strike would go on.\n"})
    roe = next(a for a in data["actors"] if a["name"] == "Jan Roe")
    assert roe["affiliation"] == "Zenda Dockers Union"


def test_a_title_with_of_after_the_name_is_a_bodys_office(nlp):
    # entity.office_of_the_only_country stays off "Jan Roe, President of the …" even when no body was read from it
    from generator.extract.entities import Mention, _title_of_after

    doc = nlp("Jan Roe, President of the Dockers Congress, spoke.")
    assert _title_of_after(doc, Mention("Jan Roe", "person", "s1", 0, 2, role="president"), "president")
    doc = nlp("Jan Roe, the president, spoke.")
    assert not _title_of_after(doc, Mention("Jan Roe", "person", "s1", 0, 2, role="president"), "president")


@pytest.mark.parametrize("text, name, role, country", [
    # rule entity.kin_of_title_holder: a noun of kinship with "of" before a title is someone else's relation to
    # the holder, no part of the holder's title
    ("Marta Kowal, the wife of President Peter Novak, arrived in Lisbon.", "Peter Novak", "president", None),
    ("Marta Kowal, the son of former leader Peter Novak, spoke.", "Peter Novak", "former leader", None),
    ("Marta Kowal, the daughter of Portuguese President Peter Novak, spoke.", "Peter Novak", "president", "Portugal"),
    # "ex-" and "then-" (``title_hyphen_prefixes``) and "late" (roles.yml modifiers) keep a title in the past
    ("Ex-President Peter Novak met Marta Kowal in Lisbon.", "Peter Novak", "ex-president", None),
    ("Then-President Peter Novak met Marta Kowal in Lisbon.", "Peter Novak", "then-president", None),
    ("Portugal's ex-president Peter Novak met Marta Kowal in Lisbon.", "Peter Novak", "ex-president", "Portugal"),
    ("The late president Peter Novak met Marta Kowal in Lisbon.", "Peter Novak", "late president", None),
    # a kinship title of the name's own still reads
    ("Peter Novak and his wife Marta Kowal arrived in Lisbon.", "Marta Kowal", "wife", None),
    # a noun of serving with "for" or "to" before a bare title (serving_nouns): the service is someone else's
    ("Marta Kowal, spokeswoman for Prime Minister Peter Novak, said so.", "Peter Novak", "prime minister", None),
    ("An aide to President Peter Novak said so.", "Peter Novak", "president", None),
    # … and with "the" before the title, the whole title is the name's own
    ("Spokesman for the President Marta Kowal said so.", "Marta Kowal", "spokesman for the president", None),
    # a title longer than the walk reads ("… to the President for …", no "and" to start after) gives none
    ("Assistant to the President for National Security Affairs Marta Kowal said so.", "Marta Kowal", None, None),
    ("Chief of Staff to the President Marta Kowal said so.", "Marta Kowal", None, None),
    ("Peter Novak accepted the invitation of the President Marta Kowal.", "Marta Kowal", "president", None),
])
def test_a_relation_or_a_past_is_kept_out_of_or_in_the_title(nlp, text, name, role, country):
    assert people(nlp, text)[name][:2] == (role, country)


@pytest.mark.parametrize("text, names", [
    # rule entity.honorific_name: a proper name right after an honorific is a person's, labelled or not
    ("“We need peace and we need it now,” Ms Novak said.", ["Novak"]),
    ("“We need peace and we need it now,” Mr Novak said.", ["Novak"]),
    ('Marta Novak spoke on Tuesday. "We need peace and we need it now," Ms Novak said.', ["Novak"]),
    ("Mr Peter Novak met Dr Marta Kowal.", ["Peter Novak", "Marta Kowal"]),
    # never a title after the honorific
    ("Thank you, Mr President, for the talks.", []),
    ("Madam Speaker rose to close the session.", []),
])
def test_a_name_after_an_honorific_is_a_person(nlp, text, names):
    assert list(people(nlp, text)) == names


@pytest.mark.parametrize("text, country", [
    # demonyms.yml: the adjectives of countries the data file lacked
    ("Guyanese President Jan Roe said the court would rule.", "Guyana"),
    ("Surinamese Foreign Minister Jan Roe said the talks would resume.", "Suriname"),
    ("Maldivian President Jan Roe said the talks would resume.", "Maldives"),
])
def test_a_title_after_a_countrys_adjective_takes_that_country(nlp, text, country):
    assert people(nlp, text)["Jan Roe"][1] == country, people(nlp, text)
