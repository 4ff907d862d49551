"""Each named rule of generator/data/rules.yml on a sentence of its own, and the lexicon loader."""
from __future__ import annotations

import pytest

from generator.extract.rules import hits, rules
from generator.lexicon import words


@pytest.mark.parametrize("rule, text, found, missing", [
    ("venue.status.put_on_hold", "The summit was put on hold.", ["put", "on", "hold"], "The summit was put forward."),
    ("venue.status.call_off", "The president called off the summit.", ["called", "off"], "The president called."),
    ("venue.status.rule_out", "The king ruled out a visit.", ["ruled", "out"], "The king ruled the country."),
    ("venue.status.sound_out", "Norway sounded out Peru on a plan to hold talks.", ["sounded", "out"],
     "The plan sounded good to Peru."),
    ("venue.status.offered_to_host", "Norway was ready to host the talks.", ["ready", "host"],
     "Norway was ready to talk."),
    ("venue.status.rejected_proposal", "The palace rejected that suggestion.", ["rejected", "suggestion"],
     "The palace rejected the claims."),
    ("venue.not.visited_country", "The envoy ended her visit to Norway.", ["visit", "to", "Norway"],
     "The envoy ended her speech to Norway."),
    ("venue.status.held_on_date", "The third Harbour Forum was held in Lisbon on 4 May.",
     ["Forum", "held", "on", "May"], "The courier was held in Lisbon on 4 May."),
    ("venue.status.outcome_of_meeting", "The minister confirmed the collapse of the talks.", ["collapse", "of", "talks"],
     "The minister confirmed the start of the talks."),
    ("venue.not.scope_of_topic", "The envoys called for lasting peace in Bolivia.", ["peace", "in", "Bolivia"],
     "The envoys met in Bolivia."),
    ("venue.not.scope_of_agreement", "The ministers called for a truce in Bolivia.", ["truce", "in", "Bolivia"],
     "The ministers called for talks in Bolivia."),
    ("venue.not.scope_compound", "Leaders hailed the Crimea truce.", ["Crimea", "truce"],
     "Leaders hailed the Crimea talks."),
    ("venue.not.party_located", "The rebel delegation in Bolivia left early.", ["delegation", "in", "Bolivia"],
     "The rebel delegation met in Bolivia."),
    ("venue.not.post_of_a_title", "The envoy to Bolivia will meet the rebels.", ["envoy", "to", "Bolivia"],
     "The envoy will travel to Bolivia."),
    ("venue.not.named_agreement", "Both sides cited the Lisbon agreement.", ["Lisbon", "agreement"],
     "Both sides cited the agreement."),
    ("venue.not.held_thing", "The hostages held in Lisbon were freed.", ["hostages", "held", "in", "Lisbon"],
     "The talks held in Lisbon ended."),
    ("venue.not.asked_another_to_host", "Chile asked Peru to host the talks.", ["Chile", "asked", "Peru", "host"],
     "Chile offered to host the talks."),
    ("quote.according_to", "According to Anton Melnik, the talks went well.", ["According", "to", "Melnik"],
     "The talks went well, agreed Anton Melnik."),
    ("quote.quoted_as_saying", "The agency quoted Anton Melnik as saying the talks went well.",
     ["quoted", "Melnik", "as", "saying"], "The agency quoted the report on the talks."),
    ("quote.demand_complement", "The envoy urged both camps to keep talking.", ["urged", "to", "keep"],
     "The envoy urged a pause in the fighting."),
    ("quote.statement_from", "A statement from the navy said the drills were over.", ["statement", "from", "navy"],
     "A statement on the navy said the drills were over."),
    ("quote.spokesperson_for", "A spokesman for the navy said the drills were over.", ["spokesman", "for", "navy"],
     "A spokesman said the drills were over."),
    ("quote.spokesperson_for", "A ZDA spokesperson said the drills were over.", ["ZDA", "spokesperson"],
     "A spokesperson said the drills were over."),
    ("quote.owner_of_voice", "Anton Melnik's account said the talks went well.", ["Melnik", "account"],
     "Anton Melnik's spokesman said the talks went well."),
    ("entity.on_behalf_of", "Peter Hansen signed on behalf of the government of Norway.",
     ["signed", "on", "behalf", "of", "government"], "Peter Hansen signed the accord in Oslo."),
    ("entity.led_by", "The delegation, led by Anton Melnik, arrived.", ["led", "by", "Anton", "Melnik"],
     "The delegation, which Anton Melnik leads, arrived."),
    ("entity.of_body", "Major General Anton Melnik of the Norwegian Army spoke.", ["Melnik", "of", "Army"],
     "The visit of Anton Melnik to the Norwegian Army ended."),
    ("entity.from_body", "“We are worried,” said Mohamed Adow, from Power Shift Africa.", ["Adow", "from", "Africa"],
     "Mohamed Adow returned from Power Shift Africa on Monday."),
    ("entity.title_of_country", "Prime Minister of Norway Jonas Lie spoke.", ["of", "Norway"],
     "Prime Minister Jonas Lie spoke of peace."),
    ("entity.who_heads", "Jonas Lie, who heads the Danish delegation, spoke.", ["Lie", "who", "heads", "delegation"],
     "Jonas Lie, who met the Danish delegation, spoke."),
    ("entity.including_members", "Norwegian officials, including Jonas Lie, attended.", ["including", "Lie"],
     "Norwegian officials attended, Jonas Lie included."),
    ("entity.weapon_name", "The army fired Zorvan missiles at the depot.", ["Zorvan", "missiles"],
     "The Zorvan army fired at the depot."),
    ("entity.disease_name", "Trade slowed during the Zorvan-7 pandemic last year.", ["Zorvan-7", "pandemic"],
     "Trade slowed during the Zorvan crisis last year."),
    ("entity.outlet_by_reporter", "A senior aide, quoted by the Valley Ledger, called it a pause.",
     ["quoted", "by", "Ledger"], "The pause was agreed by Valdoria."),
    ("entity.alias_after_name", "Jan Roe, also known as Zed, spoke.", [",", "also", "known", "as"],
     "Jan Roe, known for his speeches, spoke."),
    ("entity.real_name_after_alias", "Zed, whose real name is Jan Roe, spoke.", [",", "whose", "real", "name", "is"],
     "Zed, whose speech was long, spoke."),
    ("entity.alias_in_brackets", "General Jan Roe (\u201cZed\u201d) spoke.", ["(", "\u201c"],
     "General Jan Roe (retired) spoke."),
    ("entity.nickname_in_name", "Jan \u201cZed\u201d Roe spoke.", ["Jan", "\u201c", "Zed", "\u201d", "Roe"],
     "Jan Roe said \u201cno\u201d loudly."),
    ("event.status.prospective_predicate", "The envoy is slated to travel on Tuesday.", ["slated", "to", "travel"],
     "The envoy wanted to travel on Tuesday."),
    ("venue.status.judged_meeting", "The talks in Oslo were hailed as a success.", ["talks", "hailed", "as"],
     "The talks in Oslo were a success."),
    ("event.status.invited_to", "The envoy invited the rebels to meet in Oslo.", ["invited", "to", "meet"],
     "The envoy invited the rebels to Oslo."),
    ("event.status.set_for_date", "The vote is scheduled for March 3.", ["scheduled", "for", "March"],
     "The vote is scheduled for the morning session."),
    ("event.status.prospective_modifier", "She referred to Friday's planned summit.", ["Friday", "planned", "summit"],
     "She referred to Friday's summit."),
    ("event.status.be_to", "The accord is to be signed in Oslo.", ["is", "to", "signed"],
     "The accord was signed in Oslo."),
    ("clause.vague_act", "The envoy said Valdoria should take full responsibility.", ["take", "responsibility"],
     "The envoy said Valdoria should take the islands."),
    ("question.agenda", "The points that will be negotiated include the dam.", ["points", "will", "negotiated"],
     "The points that were negotiated include the dam."),
    ("clause.principle", "The chair said fairness must guide the vote.", ["fairness", "guide"],
     "The chair said fairness must end the vote."),
    ("clause.open_search", "The queen is willing to find a fair solution.", ["find", "solution"],
     "The queen is willing to find the missing boats."),
    ("clause.vague_reaction", "The premier said the council must act at once.", ["act"],
     "The premier said the council must vote at once."),
    ("clause.attitude", "The mediator urged both camps to remain hopeful.", ["remain", "hopeful"],
     "The mediator urged both camps to remain in Oslo."),
    ("clause.generic_procedure", "If any party breaks the truce, the monitors must report it.",
     ["If", "any", "party", "breaks", "report"], "If the rebels break the truce, the monitors must report it."),
    ("clause.commentary", "Analysts say the army could push north again.", ["Analysts", "say", "push"],
     "Officials say the army could push north again."),
    ("clause.told_before", "The meeting comes after the two generals agreed to meet.", ["after", "agreed"],
     "The meeting comes as the two generals agreed to meet."),
    ("clause.dated_before", "The board sent the workers back to work last year.", ["sent", "last", "year"],
     "The board will send the workers back to work next year."),
])
def test_each_rule_matches_its_cue_and_only_it(nlp, rule, text, found, missing):
    doc = nlp(text)
    got = hits(doc, rule)
    assert got, f"{rule} found nothing in {text!r}"
    toks = [doc[i].text for i in range(got[-1][0], got[-1][1])] if rules()[rule].matcher == "token" \
        else [doc[i].text for i in sorted(got[0])]
    assert toks == found
    assert hits(nlp(missing), rule) == []


def test_every_rule_has_a_test_here():
    """Each rule is tested here; the question families' rules (question.*) in tests/test_questions.py."""
    from .test_questions import FAMILY_CASES

    tested = {p[0] for p in test_each_rule_matches_its_cue_and_only_it.pytestmark[0].args[1]}
    assert tested | {c[0] for c in FAMILY_CASES} == set(rules())


def test_lexicon_lists_are_words_and_a_missing_list_is_named():
    assert {"say", "tell", "add"} <= words("speech_verbs")
    assert "summit" in words("meeting_nouns") and "on" in words("agent_preps")  # YAML "on" stays a word
    with pytest.raises(KeyError, match="lexicon.yml has no list 'no_such_list'"):
        words("no_such_list")


def test_no_data_file_writes_a_key_twice():
    """YAML keeps the last of two equal keys without a word: a word list written twice under one name loses the
    first (it once emptied a question family's verbs). Every mapping of every data file has each key once."""
    from pathlib import Path

    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        twice = sorted({str(k) for k in keys if keys.count(k) > 1})
        assert not twice, f"{node.start_mark.name}:{node.start_mark.line + 1}: keys written twice: {twice}"
        return loader.construct_mapping(node, deep=deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    data = Path(__file__).resolve().parent.parent / "generator" / "data"
    for path in sorted(data.glob("*.yml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)


def test_a_lexicon_list_inside_a_list_of_words_adds_its_words():
    from generator.extract.rules import _expand
    from generator.lexicon import words

    got = _expand({"LEMMA": {"IN": ["@question_persist_verbs", "be"]}})["LEMMA"]["IN"]
    assert set(got) == set(words("question_persist_verbs")) | {"be"} and len(got) == len(set(got))
    assert _expand({"LEMMA": {"IN": "@question_persist_verbs"}})["LEMMA"]["IN"] == sorted(words("question_persist_verbs"))
