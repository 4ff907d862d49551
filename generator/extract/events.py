"""Dated events: every date expression in a sentence, resolved, with the clause it dates."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..gazetteer import gazetteer
from ..lexicon import section, words
from .clauses import (FUTURE_LEMMAS, FUTURE_MODALS, PROSPECTIVE, SPEECH, clause, clause_tokens, complement_of, governor,
                      modal_future, negates, proposal_holding, span_text, subject, supposed, tense, to_infinitive, under_denial,
                      verdict_on)
from .dates import (ANCHORED_OFFSET, NARRATIVE_NEXT, SOON, When, bare_weekday, names_a_day, names_weekday, range_joiners,
                    resolve)
from ..readers import MONTH_RE
from .entities import EntityFacts, Mention, role_heads
from .outlets import is_outlet_name
from .quotes import find_quotes
from .rules import hits


PROGRESSIVE_AUX = {"is", "are", "am", "'s", "'re", "was", "were"}
PROPOSING = FUTURE_LEMMAS | {"set", "fix", "name", "pick", "choose", "offer"}


@dataclass
class RawEvent:
    when: When | None
    expression: str
    summary: str
    sentence: str
    status: str  # happened | planned
    actors: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    verb: str = ""
    sentence_text: str = ""
    year_inferred: bool = False
    type: str = "other"  # meeting, call, statement, proposal, cancellation, agreement, sanction, attack, visit, vote,
    # walkout, other
    evidence: dict[str, str] = field(default_factory=dict)  # field ("type") → the rule that decided it
    lead: bool = False  # told by the article's first sentence (wire copy: where the dateline is)
    speaker: Mention | None = None  # a statement's speaker: the person subject of its speech verb (:func:`_speaker`)
    cancels: str | None = None  # a cancellation's: the type its object names ("cancelled the protocols": agreement)


@lru_cache(maxsize=1)
def _type_words() -> tuple[dict[str, str], dict[str, str]]:
    """lemma → event type, for verbs and for nouns (the first type listing a word wins)."""
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for name, spec in section("event_types")["types"].items():
        for w in spec.get("verbs") or []:
            verbs.setdefault(str(w).lower(), name)
        for w in spec.get("nouns") or []:
            nouns.setdefault(str(w).lower(), name)
    return verbs, nouns


def _noun_type(tok) -> str | None:
    """The type a noun names; a meeting noun made an occasion to speak ("a press conference", "a news conference";
    ``statement_occasion_modifiers`` in the lexicon) names a statement (rule ``type:occasion-to-speak``)."""
    found = _type_words()[1].get(tok.lemma_.lower()) or _type_words()[1].get(tok.lower_)
    if found == "attack" and not strike_of_arms(tok):
        return None
    if found == "meeting" and any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in
                                  words("event_types", "statement_occasion_modifiers") for c in tok.children):
        return "statement"
    return found or ("attack" if _military_operation(tok) else None)


def _military_operation(tok) -> bool:
    """Rule ``type:military-operation``: a named operation ("launched Operation Red Dawn", "Operation 1027") or an
    operation of arms ("a military operation", "a ground operation"; ``operation_words`` and ``operation_modifiers``
    in the lexicon) is an attack; a rescue or a sting operation is not."""
    ops = words("event_types", "operation_words")
    if tok.lower_ in ops and tok.pos_ == "PROPN" and tok.text[:1].isupper():
        return True  # "Operation 1027"
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in ops and c.text[:1].isupper() for c in tok.children):
        return True  # "Operation Red Dawn"
    return tok.lemma_.lower() in ops and any(c.dep_ in {"amod", "compound"} and c.lower_ in
                                             words("event_types", "operation_modifiers") for c in tok.children)


def _verb_type(tok) -> str | None:
    """The type a verb names; none for a time as its subject (rule ``type:time-as-subject``: "as November arrives"
    is no visit)."""
    found = _type_words()[0].get(tok.lemma_.lower())
    if found and any(c.dep_ == "nsubj" and c.ent_type_ in {"DATE", "TIME"} and not any(p.dep_ == "prep" and p.lower_ == "of"
                                                                                       for p in c.children)
                     for c in tok.children):  # "two days of talks concluded" is the talks
        return None
    return None if found == "attack" and not strike_of_arms(tok) else found


def strike_of_arms(tok) -> bool:
    """Rule ``type:strike-of-arms``: a word of an attack that also names a labour action (``ambiguous_attack_words``:
    "strike") is an attack only with a cue of arms: a modifier of arms ("air", "missile"), a country or its demonym
    modifying it; for the verb, a country, its demonym or an armed force as subject or object, or a target as object
    ("Ruritania struck the port", "the air force struck rebel positions"); for the noun, a place or a target after
    "against" (``strike_targets``), or anything but a day after "on" ("strikes on the harbour"). "The strike against
    the company", "workers went on strike", "the union will strike" tell no attack."""
    if tok.lemma_.lower() not in words("event_types", "ambiguous_attack_words"):
        return True
    if any(c.dep_ in {"amod", "compound", "nmod", "poss"} and _arms_word(c) for c in tok.children):
        return True
    if tok.pos_ == "VERB":
        return any(c.dep_ in {"nsubj", "dobj"} and (_arms_word(c) or c.ent_type_ in {"GPE", "NORP"} or _target(c)
                                                    or any(m.dep_ in {"amod", "compound"} and _arms_word(m)
                                                           for m in c.children)) for c in tok.children)
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and (_target(g) or (c.lower_ == "on" and g.ent_type_ not in
                                                                             {"DATE", "TIME"}))
                                        for g in c.children) for c in tok.children if c.lower_ in {"on", "against"})


def _arms_word(tok) -> bool:
    """A word of arms (``operation_modifiers``, ``arms_modifiers``), a country or its demonym."""
    g = gazetteer()
    arms = words("event_types", "operation_modifiers") | words("event_types", "arms_modifiers")
    return tok.lower_ in arms or bool(g.demonym(tok.text)) or bool(g.country(tok.text))


def _target(tok) -> bool:
    """A place the model tagged, or a noun of ``strike_targets`` ("positions", "the port")."""
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in words("event_types", "strike_targets")


def _cancels(tok) -> bool:
    """"cancelled", "called off", "put off": a verb that calls an event off. A verb with a particle calls off only
    what it acts on, its object, passive subject or the noun it qualifies ("pushed back the vote", "the vote was
    pushed back", "the summit, called off on Friday"); with none it tells resistance ("pushed back against the remarks")."""
    particles = section("event_types")["cancelling_particles"].get(tok.lemma_.lower()) or []
    held = section("event_types")["cancelling_prep_objects"].get(tok.lemma_.lower()) or {}
    acted_on = tok.dep_ == "acl" or any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children)
    called_off = _verb_type(tok) == "cancellation" and not _calls_off_a_thing(tok)
    return called_off or acted_on and any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in particles
                                          for c in tok.children) or any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in (held.get(c.lower_) or []) for g in c.children)
        for c in tok.children)  # "put on hold", "put on ice"


def _calls_off_a_thing(verb) -> bool:
    """Rule ``type:cancelled-thing``: "suspending the licenses of doctors", "delayed payments": a verb of calling off
    whose object (or passive subject, or the noun it qualifies) is a thing of no event type calls off no event;
    "suspended the talks", "postponed the vote", "the strike was called off" do."""
    from .venues import labour_action  # a strike is a happening in a context of labour

    obj = _called_off_object(verb)
    return obj is not None and obj.pos_ == "NOUN" and _noun_type(obj) is None and not labour_action(obj) \
        and obj.lemma_.lower() not in words("meeting_refs")


def _by_phone(verb) -> bool:
    """"spoke by phone", "talked over the telephone": a call."""
    return any(c.dep_ == "prep" and c.lower_ in {"by", "over", "on"} and
               any(g.dep_ == "pobj" and _noun_type(g) == "call" for g in c.children) for c in verb.children)


def _negated(tok) -> bool:
    """"not", "no talks", "no longer"."""
    neg = words("event_types", "negations")
    return any((c.dep_ in {"neg", "det"} and c.lower_ in neg and (c.dep_ == "det" or negates(c))) or
               (c.dep_ == "advmod" and any(g.lower_ in neg for g in c.children)) for c in tok.children)


def _argument_type(verb) -> str | None:
    """The type of a light verb's object or subject ("held talks", "the summit took place"); a verb that ends
    its object does not tell it happening ("ending the conflict" is no attack)."""
    ending = verb.lemma_.lower() in words("event_types", "ending_verbs")
    if ending and not any(c.dep_ == "dobj" for c in verb.children):
        return _ended_with_type(verb)
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass", "nsubj", "attr"} and c.pos_ in {"NOUN", "PROPN"}:
            found = _noun_type(c)
            if found and not (ending and c.dep_ == "dobj"):
                return found
    return None


def _resumed_type(verb) -> tuple[str, str] | None:
    """Rule ``type:what-resumed``: a verb of resuming (``argument_typed_verbs``) tells what resumes: its object's or
    subject's type ("talks resumed", "resumed negotiations": a meeting; "fighting resumed": an attack); with no typed
    argument, a party as subject meets again ("the delegations resumed on Monday"), and anything else that resumes
    ("operations will resume", "flights resumed") is a resumption of its own."""
    found = _argument_type(verb)
    # "talks are set to resume": the subject of the verb it completes
    owner = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    sub = next((c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    found = found or (_noun_type(sub) if sub is not None and owner is not verb else None)
    if found:
        return found, "type:object-of-light-verb"
    party = sub is not None and (sub.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or sub.pos_ in {"PROPN", "PRON"}
                                 or sub.lemma_.lower() in words("event_types", "visitor_nouns"))
    if party:
        return "meeting", "type:verb"
    intransitive = not any(c.dep_ == "dobj" for c in verb.children)  # "resumed flights": the object's type, none
    return ("resumption", "type:what-resumed") if intransitive and sub is not None and sub.pos_ == "NOUN" else None


def _ended_with_type(verb) -> str | None:
    """An intransitive ending verb: "the talks ended on Friday" is the talks; but fighting that ends is no fighting
    (``ended_not_happening`` in the lexicon): "the war ended in May with a truce" is the truce, else no type."""
    sub = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    found = _noun_type(sub) if sub is not None else None
    if found not in words("event_types", "ended_not_happening"):
        return found
    return next((_noun_type(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj" and _noun_type(g)), None)


def _during_type(verb) -> tuple[str, str] | None:
    """Rule ``type:during-noun``: a clause set "during" a typed happening is told at it ("ended the dispute
    during a discussion at the ministry today": the discussion)."""
    found = next((_noun_type(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "during"
                  for g in c.children if g.dep_ == "pobj" and _noun_type(g)), None)
    return (found, "type:during-noun") if found else None


def _negated_meeting(verb) -> bool:
    """"will not take place", "no talks will be held", "did not hold talks on Sunday": a meeting called off. One party
    staying away ("X will not join the summit", ``event_types.attendance_verbs``) calls nothing off."""
    args = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "attr"}]  # "there will be no meeting"
    # a subject parsed as a clause ("talks over Ruritania’s advancing programme will not take place") keeps its subject
    args += [g for c in verb.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"]
    meeting = _verb_type(verb) == "meeting" or any(_noun_type(c) == "meeting" for c in args)
    if not meeting or verb.lemma_.lower() in words("event_types", "attendance_verbs"):
        return False
    negated = _negated(verb) or any(_negated(c) for c in args if _noun_type(c) == "meeting")
    if verb.lemma_ == "go" and not any(c.lower_ in words("event_types", "going_ahead_words") for c in verb.children):
        return False  # "the meeting did not go the way it was supposed to": it took place (going_ahead_words)
    return negated and (tense(verb) == "future" or verb.lemma_ in {"take", "happen", "go", "hold", "be"})


def _dated_noun(span):
    """The noun a date modifies ("the July 10 meeting", "the invasion in February 2022"), if any. A date the model
    read with its noun's article ("the | September 9 understanding") is rooted at the article: its date word counts."""
    root = span.root
    if root.dep_ == "det" and len(span) > 1:
        root = next((t for t in span if t.dep_ != "det" and t.head.i not in range(span.start, span.end)), root)
    if root.dep_ in {"compound", "nmod", "npadvmod", "amod", "nummod", "poss"} and root.head.pos_ == "NOUN":
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return None


def _named_noun(span):
    """The noun a date names: the dated noun, or the noun it only modifies ("Y's 2016 election campaign": the campaign,
    no election)."""
    noun = _dated_noun(span)
    while noun is not None and noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _of_type(noun) -> str | None:
    """The type of what an untyped dated noun counts: "a wave of attacks on Friday", "a series of talks in May"."""
    return next((_noun_type(g) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and _noun_type(g)), None)


def _clause_type(verb, depth: int = 0) -> tuple[str, str] | None:
    """The type of a verb's clause: its own, its object's for a light verb, its complement's for a
    control or speech verb. (type, rule) or None."""
    lemma = verb.lemma_.lower()
    if _cancels(verb) or _negated_meeting(verb):
        return "cancellation", "type:cancelling-verb" if _cancels(verb) else "type:negated-meeting"
    if verb.pos_ in {"NOUN", "PROPN"}:
        return (_noun_type(verb), "type:noun") if _noun_type(verb) else None
    if _by_phone(verb):
        return "call", "type:by-phone"
    if lemma in words("event_types", "control_verbs") or lemma in SPEECH:
        found = _complement_type(verb, lemma, depth)
        if found:
            return found
    if lemma in words("event_types", "argument_typed_verbs"):
        return _resumed_type(verb)
    if lemma in words("event_types", "light_verbs"):
        found = _argument_type(verb) or _subject_of_participle_type(verb)
        if found or not _verb_type(verb):  # "hosted the signing" is a signing; "Freedonia hosted" a meeting
            return (found, "type:object-of-light-verb") if found else _during_type(verb)
    if lemma in words("event_types", "receiving_verbs") and _receives_a_visitor(verb):
        return "visit", "type:received-visitor"
    by_object = _object_decides(verb, lemma)
    if by_object is not False:
        return by_object
    if _passes_a_measure(verb, lemma):
        return "vote", "type:passage-of-a-measure"
    if _court_decides(verb, lemma):
        return "ruling", "type:decision-of-a-court"
    return (_verb_type(verb), "type:verb") if _verb_type(verb) and not _typed_by_nothing(verb, lemma) else None


def _typed_by_nothing(verb, lemma: str) -> bool:
    """A verb of a type that names none here: calling off a thing that is no happening (``type:cancelled-thing``),
    or a verb of attack that takes nothing ("negotiations overran into the night", ``type:attack-needs-object``)."""
    if _verb_type(verb) == "cancellation" and _calls_off_a_thing(verb):
        return True
    if _verb_type(verb) == "visit" and _no_visitor(verb):
        return True
    return lemma in words("event_types", "transitive_attack_verbs") and not any(
        c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)


def _no_visitor(verb) -> bool:
    """Rule ``type:visit-needs-visitor``: "flags fly outside the venue", "the plane arrived": a verb of travel whose
    subject is a thing, a common noun that is no visiting party (``visitor_nouns``) and no title, names no visit;
    "the delegation arrived", "negotiators flew to Oslo", "Jan Roe arrived" do."""
    sub = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return sub is not None and sub.pos_ == "NOUN" and not sub.ent_type_ \
        and sub.lemma_.lower() not in words("event_types", "visitor_nouns") \
        and sub.lemma_.lower() not in role_heads() and sub.lower_ not in role_heads()


def _passes_a_measure(verb, lemma: str) -> bool:
    """Rule ``type:passage-of-a-measure`` (lexicon ``event_types.passage``): "the Senate passed the bill", "the bill
    passed 63-36", "the deal cleared the House" — a verb of passage whose object or subject is a measure, or whose
    object is a legislature, tells a vote; so does a legislature that approves or rejects anything ("the House
    approved the deal": a chamber decides by a vote)."""
    spec = section("event_types")["passage"]
    if lemma not in spec["verbs"]:
        return False
    args = [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
    return any(a.lemma_.lower() in spec["measures"] or (a.dep_ in {"dobj", "nsubj"} and a.lemma_.lower() in
                                                        spec["legislatures"]) for a in args)


def _court_decides(verb, lemma: str) -> bool:
    """Rule ``type:decision-of-a-court`` (lexicon ``event_types.court_decision``): a verb of deciding whose subject is
    a court ("an appellate court on Thursday rejected an injunction", "the judge ordered …") tells a ruling; a
    particle makes it another verb ("ruled out")."""
    spec = section("event_types")["court_decision"]
    if lemma not in spec["verbs"] or any(c.dep_ == "prt" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in spec["courts"] for c in verb.children)


def _receives_a_visitor(verb) -> bool:
    """Rule ``type:received-visitor``: "X welcomed Y at the airport", "Y is welcomed by X upon his arrival", "received
    the delegation": a receiving verb (``receiving_verbs``) whose object is a person or a visiting party
    (``visitor_nouns``) tells a visit, not a statement ("welcomed the decision" stays one)."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and (c.ent_type_ == "PERSON" or c.lemma_.lower() in
                                                      words("event_types", "visitor_nouns")) for c in verb.children)


def _object_decides(verb, lemma: str):
    """The type a verb's direct object gives its clause, None for no type, False when the object decides nothing:
    "resumed flights" is no meeting and "resumed talks" is one (``object_led_verbs``); "struck a deal" is an
    agreement (``object_typed_verbs``); "struck a conciliatory tone", "met the deadline" tell no happening of the
    verb's type (``figurative_objects``)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if obj is None and lemma in words("event_types", "object_typed_verbs") and verb.tag_ == "VBN":
        # the passive: "an agreement being struck this week", "a deal to be struck on Thursday"
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in {"NOUN", "PROPN"}), None) or (
            verb.head if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN" else None)
    if obj is None:
        return False
    if obj.lemma_.lower() in section("event_types")["figurative_objects"].get(lemma, ()):
        return None
    if lemma in words("event_types", "object_led_verbs"):
        return (_noun_type(obj), "type:object-of-light-verb") if _noun_type(obj) else None
    if lemma in words("event_types", "object_typed_verbs") and _noun_type(obj):
        return _noun_type(obj), "type:object-of-light-verb"
    return False


def _complement_type(verb, lemma: str, depth: int) -> tuple[str, str] | None:
    """A control or speech verb's type: its complement's ("agreed to meet"), or a control verb's argument's
    ("the meeting is set for July 29", "they planned a summit")."""
    comp = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}), None)
    found = _clause_type(comp, depth + 1) if comp is not None and depth < 2 else None
    if found and found[0] != "cancellation" and lemma in SPEECH and (_told_to_come(comp) or _state_told(comp) or _negated(comp)
                                                                     or _reported_wish(comp)):
        found = None  # "announced on Monday that it will host a conference": Monday's event is the announcement;
        # "said on Monday that the talks are on pause": a state told that day, not a meeting held that day
        # ("says the talks will not take place" still tells the cancellation); "said X was not invited": no invitation
    if lemma in words("event_types", "promise_verbs") and not _dates_its_own(comp):
        return "statement", "type:promise"  # "pledged on Tuesday to meet the families": no meeting that Tuesday
    if found and {lemma, verb.lower_} & words("event_types", "refusal_verbs"):
        found = None  # (rule event.key.refused) "on Monday, X refused to meet Y" is no meeting that Monday
    if found:
        return found[0], "type:complement-of-" + ("speech-verb" if lemma in SPEECH else "control-verb")
    if lemma in SPEECH or (lemma in words("event_types", "wish_verbs") and tense(verb) == "past"):
        return None  # "sought talks with X on Monday": talks wanted, none held; "to seek election on Wednesday" plans a vote
    found = _argument_type(verb)
    return (found, "type:argument-of-control-verb") if found else None


def _told_to_come(comp) -> bool:
    """Rule ``type:reported-as-to-come``: a reported clause told as still to come, in a future or modal tense ("said
    the talks will resume") or through a to-infinitive under a word of expectation or schedule ("the meeting is
    expected to take place at 3:30, the aide said on Thursday"): the speaking day's event is the statement, not
    the happening it looks forward to."""
    verb = comp
    for _ in range(3):
        if tense(verb) is not None:  # "had agreed to enter a coalition": a done act, whatever it looks forward to
            return tense(verb) == "future"
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return False
    return False


def _dates_its_own(comp) -> bool:
    """A complement that a date hangs from ("vowed to meet on Monday"): the day is the promised act's."""
    return comp is not None and any(e.label_ == "DATE" and governor(e.root).i == comp.i for e in comp.doc.ents)


def _reported_wish(verb) -> bool:
    """Rule ``type:reported-wish``: a reported clause headed by a verb of a wish or an aim (``wish_verbs``: "said on
    Monday that he wanted a deal", "said they hoped to meet"): the speaking day's event is the statement."""
    return verb.lemma_.lower() in words("event_types", "wish_verbs")


def _state_told(verb) -> bool:
    """A complement that tells the state of a typed thing in the present or a progressive, by a verb of no type of
    its own ("the talks are on pause", "talks were going well"), not an act (:func:`_told_as_present`)."""
    return _verb_type(verb) is None and _told_as_present(verb)


def _told_as_present(verb) -> bool:
    """A clause in the present simple or a progressive ("the talks are on pause", "talks are going well", "said talks
    were going well"): what a speech verb reports in it is a state on the day of speaking, not something that
    happened that day (a present perfect, "we have reached an agreement", or a past, "the talks had ended", tells a
    done act)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ == "VBG":
        return bool(auxes) and auxes <= PROGRESSIVE_AUX
    return verb.tag_ in {"VBZ", "VBP"} and not auxes and tense(verb) is None


def _subject_of_participle_type(verb) -> str | None:
    """A participle with no subject of its own is said of the main clause's subject: "Held in X on
    July 10, the meeting focused on …" is the meeting."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    sub = subject(verb.head)
    return _noun_type(sub) if sub is not None and sub.pos_ in {"NOUN", "PROPN"} else None


def event_type(head, span, own=None) -> tuple[str, str]:
    """What happened, from the words that govern the date: (type, the rule that decided it).

    ``head`` is the clause the event is told by, ``own`` the verb the date hangs from when that is
    a participle or a subordinate verb of it ("a declaration signed on 25 April", "agreed to meet on Friday")."""
    if _cancels(head) or _negated_meeting(head):
        return _clause_type(head)
    if _subordinate_root(head, span):
        return "other", "type:subordinate-root"
    if span.root.dep_ in {"dobj", "npadvmod"} and span.root.head.lemma_ in PROPOSING:
        # "proposed June 2 for a second round": the date is the round's
        found = next((_noun_type(g) for c in span.root.head.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ == "pobj" and _noun_type(g)), None)
        if found:
            return found, "type:proposed-date-for"
    noun = _named_noun(span)
    if noun is not None and _noun_type(noun):
        return _noun_type(noun), "type:dated-noun"
    set_thing = _thing_set_for(span)
    if set_thing is not None:
        return (_noun_type(set_thing) or "other"), "type:thing-set-for-date"
    if noun is not None and _of_type(noun):
        return _of_type(noun), "type:dated-noun-of"
    found = _own_type(own) if own is not None and own.i != head.i and not _failed(own) else None
    return found or _head_type(head, span, noun)


def _failed(verb) -> bool:
    """Rule ``type:failed-to``: "failed to reach consensus last month": what a verb of failure governs did not happen,
    and gives the clause no type of its own (``failure_verbs``)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words("event_types", "failure_verbs")


def _own_type(own) -> tuple[str, str] | None:
    """The type of the verb the date hangs from below the clause: its own, its noun's ("a press conference held on
    Tuesday"), or a labour action's it starts or sets ("a strike starting on Monday", not "a strike led by X on
    Monday")."""
    found = _clause_type(own)
    if found:
        return found
    if own.dep_ in {"acl", "relcl"} and _noun_type(own.head):
        return _noun_type(own.head), "type:noun-of-participle"
    if own.dep_ in {"acl", "relcl"} and own.lemma_.lower() in words("occurrence_verbs") | words("date_setting_verbs"):
        return _labour_type(own, own.head)
    return None


def _thing_set_for(span):
    """Rule ``type:thing-set-for-date``: a day "confirmed for" or "set for" dates the thing set, not the saying or the
    setting ("the opening of Parliament confirmed for 18 July", "confirmed the summit for Friday"): the passive subject
    or the object, the noun the participle qualifies, or the noun of "with"; only for a setting verb that is also a
    verb of saying, whose own type would be a statement."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "for" else None
    if verb is None or verb.lemma_.lower() not in words("date_setting_verbs") or verb.lemma_.lower() not in SPEECH:
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return verb.head
    args = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    args += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return next((g for g in args if g.pos_ == "NOUN"), None)


def _head_type(head, span, noun) -> tuple[str, str]:
    """The type the clause that tells the date gives: its verb's, a labour action's, an argument's, or a "when"
    clause's; else ``other``."""
    return _clause_type(head) or _labour_type(head, noun) or _any_argument_type(head) or \
        _when_clause_type(head, span) or ("other", "type:none")


def _labour_type(verb, noun) -> tuple[str, str] | None:
    """Rule ``type:labour-action``: a strike, walkout or picket in a context of labour (the venues' rule
    ``venue.labour_action``: "went on strike on Friday", "walked off the job", "the strike began on Friday", "the
    Friday strike") is a walkout; "strike" with a cue of arms or harm stays no labour action."""
    from .venues import labour_action  # the venues' reading of a labour action, which reads events' words of arms

    light = verb.lemma_.lower() in words("event_types", "light_verbs")  # "began a strike", "the strike began"
    cands = [verb, *(c for c in verb.children if light and c.dep_ in {"nsubj", "dobj", "nsubjpass"})]
    if noun is not None:
        cands.append(noun)
    return ("walkout", "type:labour-action") if any(labour_action(t) for t in cands) else None


def _subordinate_root(verb, span) -> bool:
    """A sentence's root verb with a subordinating mark after the date ("On May 18, three months after X launched …,
    Y submitted …"): the parser made a subordinate clause the main one, and which clause the date tells is not sure.
    A date after the mark is the subordinate clause's own ("… before talks began on Monday")."""
    return verb.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ in words("event_types", "subordinate_marks")
                                       and c.i > span.start for c in verb.children)


def _when_clause_type(verb, span) -> tuple[str, str] | None:
    """Rule ``type:when-clause``: a clause of no type whose verb (or date) a "when" clause of a typed happening
    qualifies ("the crisis began on Wednesday when Ruritania launched airstrikes") tells that happening."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [c for c in span.root.children if c.dep_ == "relcl"]
    for c in clauses:
        if c.pos_ in {"VERB", "AUX"} and any(m.dep_ in {"advmod", "mark"} and _at_the_same_time(m, c)
                                             for m in c.children):
            found = _clause_type(c) or _labour_type(c, None)
            if found and found[0] != "statement":
                return found[0], "type:when-clause"
    return None


def _at_the_same_time(mark, clause) -> bool:
    """"when X launched airstrikes", or "as they began a strike" in the simple past with no auxiliary (an "as" that
    tells what happened at the same time, not "as talks had failed", a cause told before)."""
    if mark.lower_ == "when":
        return True
    return mark.lower_ in words("event_types", "simultaneous_marks") and clause.tag_ == "VBD" and \
        not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)


def _any_argument_type(verb) -> tuple[str, str] | None:
    """Last resort for a verb of no type: the typed noun that is the state it describes, as the agent
    of a passive ("engulfed by civil war", "engulfed in war") or the complement of "be" ("they were at war")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    preps = {"agent"} | ({"prep"} if verb.lemma_ == "be" or passive else set())
    args = [g for c in verb.children if c.dep_ in preps for g in c.children if g.dep_ == "pobj"]
    args += [c for c in verb.children if c.dep_ == "attr" and verb.lemma_ == "be"]
    found = next((_noun_type(a) for a in args if a.pos_ in {"NOUN", "PROPN"} and _noun_type(a)), None)
    return (found, "type:argument-noun") if found else None


def _month_name(tok) -> bool:
    return bool(re.fullmatch(MONTH_RE, tok.text, re.I))


def _day_number(tok) -> bool:
    return bool(re.fullmatch(r"(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?", tok.lower_))


def _days_before_month(doc, span):
    """Rule ``date:days-outside-the-entity``: the model may leave day numbers of a date outside its DATE entity
    ("between 17-19 December 2023" tagged "December 2023", "on 5 and 6 May" tagged "6 May", "May 5-6" tagged "May"):
    the day numbers (a day, or a range of days joined by ``day_range_joiners`` in generator/data/calendar.yml)
    standing right before a date that opens with its month or its day, or right after a month alone, are taken in,
    so the date keeps its day (a range is read as its first day)."""
    start, end = span.start, span.end
    if _month_name(span[0]) and start and _day_number(doc[start - 1]):
        start -= 1  # "19 | December 2023"
    day_first = start < span.start or (len(span) > 1 and _day_number(span[0]) and _month_name(span[1]))
    if day_first and start >= 2 and doc[start - 1].lower_ in range_joiners() and _day_number(doc[start - 2]):
        start -= 2  # "17 - | 19 December 2023", "5 and | 6 May"
    if len(span) == 1 and _month_name(span[0]) and end < len(doc) and _day_number(doc[end]):
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ in range_joiners() and _day_number(doc[end + 1]):
            end += 2
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _joined_ranges(doc, spans):
    """A range over two months the model tags as two dates ("30 June – 6 July 2024") is one date: two DATE spans
    joined by one of ``day_range_joiners``, the first ending in a day or a month and the second opening with one,
    are read together (rule ``date:year-after-a-range-of-months`` gives the first day the printed year)."""
    out = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.start == prev.end + 1 and doc[prev.end].lower_ in range_joiners() and \
                (_day_number(prev[-1]) or _month_name(prev[-1])) and (_day_number(span[0]) or _month_name(span[0])):
            out[-1] = doc[prev.start:span.end]
            continue
        out.append(span)
    return out


_GLUED_DAY = re.compile(rf"(?:{MONTH_RE})(?<=\.)\d{{1,2}}", re.I)  # a month's abbreviation glued to its day


def date_spans(doc):
    """DATE entities and the EVENT and TIME ones that name a day ("New Year's Eve", "late Saturday night":
    :func:`names_a_day`), with the day numbers the model left outside one (:func:`_days_before_month`) and a range
    over two months as one (:func:`_joined_ranges`), plus bare years the model called numbers ("the failed 1998 Oslo
    deal")."""
    spans = _joined_ranges(doc, [_days_before_month(doc, e) for e in doc.ents
                                 if e.label_ == "DATE" or (e.label_ in {"EVENT", "TIME"} and names_a_day(e.text))])
    covered = {i for e in spans for i in range(e.start, e.end)}
    for tok in doc:
        if tok.i not in covered and _GLUED_DAY.fullmatch(tok.text):  # "Feb.15", one token the model may call a name
            spans.append(doc[tok.i:tok.i + 1])
        if tok.i not in covered and re.fullmatch(r"(19|20)\d{2}", tok.text) and tok.ent_type_ in {"CARDINAL", ""}:
            if tok.dep_ in {"nummod", "compound", "amod", "pobj", "npadvmod", "nmod"} and not tok.nbor(-1 if tok.i else 0).like_num:
                spans.append(doc[tok.i:tok.i + 1])
    return sorted(spans, key=lambda s: s.start)


def _mentions_in(tokens: set[int], facts: EntityFacts) -> list[Mention]:
    return [m for m in facts.mentions if m.start in tokens]


# a definite noun of a meeting ("the talks", "the trilateral dialogue"): meeting_refs and occurring_meeting_nouns (lexicon)
MEETING_REFS = words("meeting_refs") | words("occurring_meeting_nouns")


def _referred_venue(head, clause_toks: set[int], venue_mentions) -> list[Mention]:
    """"the meeting planned for Thursday": a definite meeting with no place of its own is the one
    at the venue the article has named most so far."""
    doc = head.doc
    for i in sorted(clause_toks):
        tok = doc[i]
        if tok.lemma_.lower() in MEETING_REFS and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"}
                                                        for c in tok.children):
            before = [v.mention for v in venue_mentions or [] if v.mention.start < min(clause_toks)]
            if not before:
                return []
            # the place the article has talked about most so far; on a tie no place is sure
            counts: dict[str, int] = {}
            for m in before:
                counts[m.place.name] = counts.get(m.place.name, 0) + 1
            ranked = sorted(counts.values(), reverse=True)
            if len(ranked) > 1 and ranked[0] == ranked[1]:
                return []
            best = max(counts, key=counts.get)
            return [next(m for m in reversed(before) if m.place.name == best)]
    return []


@dataclass
class _Article:
    """What every date of one article is read against."""

    facts: EntityFacts
    sid: dict[int, str]
    ref: dt.date | None
    deictic_ok: bool
    year_hint: int | None
    venue_mentions: list | None
    sents: list
    sent_pos: dict[int, int]
    year_sure: bool = True  # False: the reference day's year came from the corpus (date:dateline-year-inferred)
    quoted: tuple = ()  # character spans of the quoted words (:func:`generator.extract.quotes.find_quotes`)


def _saying_day(span, verb):
    """Rule ``event.key.saying_day``: "X said on Monday it would buy Y": a date between a verb of saying and the subject
    of the clause it reports (no "that" between them) is the saying's, though the parser may hang it on the reported
    verb; "said it would buy Y on Monday" keeps the day of the buying."""
    say = verb.head
    if verb.dep_ != "ccomp" or say.lemma_ not in SPEECH or not say.i < span.start:
        return verb
    sub = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    between = span.doc[say.i + 1:span.start]
    if sub is None or span.end > sub.left_edge.i or any(t.lower_ == "that" for t in between):
        return verb
    return say


def _purpose_of_a_future_act(own, span) -> bool:
    """"would send his negotiators back to meet the rebels on Monday": a to-infinitive of purpose, dated itself, under
    a verb told in the future is in the future too (a date on a noun inside it, "to discuss the truce suspended in
    early January", is that noun's)."""
    if own.dep_ != "advcl" or not to_infinitive(own):
        return False
    on_it = span.root.head.i == own.i or (span.root.head.dep_ == "prep" and span.root.head.head.i == own.i)
    return on_it and bool({c.lower_ for c in own.head.children if c.dep_ == "aux"} & FUTURE_MODALS)


def _anchor(span):
    """(head, own, tense): the clause that tells the event, the verb the date hangs from, and the tense
    the date is read in."""
    own = _saying_day(span, governor(span.root))
    head = _telling_clause(own, span)
    # "agreed to meet on June 20": the date is the meeting's, read in its own (future) tense;
    # "the conflict, which erupted in 2023": a finite relative clause is told in its own tense, the present too
    # ("…, said X from the city, which is under lockdown for Wednesday's summit": not the saying's past)
    present = own.tag_ in {"VBZ", "VBP"} and own.lemma_ not in SPEECH
    t = tense(own) if own.dep_ == "relcl" and (tense(own) is not None or present) else tense(head)
    if t == "past" and own.dep_ == "xcomp" and tense(own) == "future":
        t = "future"
    if t is None and _purpose_of_a_future_act(own, span):
        t = "future"
    if span.root.dep_ in {"dobj", "npadvmod"} and span.root.head.lemma_ in PROPOSING:
        t = None  # "proposed June 2 for a second round": a proposed date, not a past one
    if head.dep_ == "acl" and head.head.i != head.i:
        # "the meeting planned for Thursday": dated by the participle, told by the clause around the noun;
        # a bare participle has no tense of its own ("will attend a summit hosted on May 20": the coming one)
        head = governor(head.head)
        if t == "past" and own.tag_ == "VBN" and tense(head) == "future":
            t = "future"
    noun = _followed(span, head)
    if noun is not None:  # "The talks follow a statement issued in September": the date is the statement's
        own = own if own.dep_ == "acl" and own.head.i == noun.i else noun
        return noun, own, "future" if tense(head) == "future" else "past"
    return head, own, t


def _telling_clause(verb, span):
    """The verb of the clause that tells what ``verb`` says: the main clause over a relative clause or an
    infinitive ("He was the one that introduced …": the main clause says who), and the verb over a gerund under a
    preposition, which has no tense of its own ("sent the matter to binding arbitration in August"), unless the
    preposition orders it in time (:func:`_time_order_prep`)."""
    if verb.head.i == verb.i:
        return verb
    if verb.dep_ in {"relcl", "xcomp"} or (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and tense(verb) is None
                                            and not _time_order_prep(verb.head) and _dates_the_verb(span, verb)):
        return governor(verb.head)  # (never "after reaching a deal on Monday": a time of its own, before the verb's)
    return verb


def _dates_the_verb(span, verb) -> bool:
    """Does the date hang from the verb itself or its preposition ("binding arbitration in August"), not from a noun
    of its ("restoring the 2015 nuclear deal": the deal's year)?"""
    return span.root.head.i == verb.i or (span.root.head.dep_ == "prep" and span.root.head.head.i == verb.i)


def _time_order_prep(prep) -> bool:
    """"after", "before", "since", "following" …: a preposition that puts its gerund at another time than the verb
    it hangs from (``subordinate_marks``, ``sequence_preps``)."""
    return prep.lower_ in words("event_types", "subordinate_marks") | words("event_types", "sequence_preps")


def _followed(span, head):
    """The noun a verb of sequence relates its clause to, when the date hangs from that noun: "The signing
    follows X's reclamation of Y in 2023", "The meetings follow a joint statement issued in September",
    "The agreement comes after the rebels' advance in January". None otherwise."""
    if head.lemma_.lower() not in words("event_types", "sequence_verbs"):
        return None
    tok = span.root
    while tok.head.i != head.i:
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    if tok.dep_ == "prep" and tok.lower_ in {"after", "following"}:
        tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
    elif tok.dep_ in {"prep", "npadvmod"} and head.tag_ in {"VBZ", "VBP"}:
        # "The signing follows X's reclamation of Y in 2023": a present "follows" is today's; the date is X's
        tok = next((c for c in head.children if c.dep_ == "dobj"), tok)
    if tok.dep_ in {"dobj", "pobj"} and tok.pos_ in {"NOUN", "PROPN"} and tok.i not in {t.i for t in span}:
        return tok
    return None


def _sequence_noun(span, head):
    """Rule ``event.clause.sequence_noun``: a date on a typed noun in a phrase of sequence attached to the clause
    ("After an initial meeting in January, a second round took place on March 22"; ``sequence_preps`` in the
    lexicon) dates that noun's happening, not the clause's: the noun tells an event of its own, and the clause
    keeps its own date. None otherwise."""
    noun = _dated_noun(span)
    if noun is None or noun.i == head.i or not _noun_type(noun):
        return None
    seq = words("event_types", "sequence_preps")
    if noun.dep_ == "pobj":
        prep = noun.head
        return noun if prep.dep_ == "prep" and prep.lower_ in seq and prep.head.i == head.i else None
    # the parser may read "After a meeting in January, talks took place …" as a clause marked by "after"
    # whose subject is the meeting
    marked = any(c.dep_ == "mark" and c.lower_ in seq and c.i < noun.i for c in head.children)
    return noun if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i == head.i and marked else None


def _not_an_event(head, span) -> bool:
    """No verb or noun to say what happened (a signature line "Name (@handle) June 14, 2025"), a
    boundary of something that did not happen ("have not met since 2019"), or a date that only bounds
    the clause ("agreed to draft a text by 2 May", "by 16 February, rebels had taken the town"): a
    deadline or a latest day is not the day anything happened."""
    if head.pos_ in {"NUM", "SYM", "X", "PUNCT"} or (head.pos_ == "PROPN" and not _named_happening(head)):
        return True
    # the parser may read a deadline's "by" as a passive's agent ("talks facilitated by X by the end of May")
    root = _day_part_head(span)
    prep = root.head.lower_ if root.head.dep_ in {"prep", "agent"} and root.dep_ == "pobj" else None
    if prep in words("event_types", "boundary_preps"):
        return True
    if prep is not None and f"{root.head.head.lower_} {prep}" in words("event_types", "boundary_prep_pairs"):
        return True  # "As of 12 January, the clashes continue": the day a state is told at
    if prep == "since" and (any(negates(c) for c in head.children) or _first_since(span)):
        return True
    return _attribution_date(span) or _relative_clause_date(head, span) or _negated_past(head) or \
        _negated_prospect(head, span) or _designated_date(span) or _hedged(head) or _name_of_a_nested_noun(span) \
        or _name_after_of(head, span) or _scheduled_before(span) or _described_day_noun(head, span) \
        or _period_of_a_noun(span)


def _named_happening(head) -> bool:
    """Rule ``event.clause.named_happening``: a proper name whose last word names a typed happening ("the Zenda
    Declaration", "the Port Aster Accord", as a sequence verb's object: "the talks followed the Zenda Declaration,
    adopted on Dec. 11") is that happening's noun; any other proper name (a signature line "Jan Roe (@handle) June 14")
    tells nothing that happened."""
    return head.dep_ != "compound" and _noun_type(head) is not None


def _period_of_a_noun(span) -> bool:
    """Rule ``event.key.period_of_a_noun``: a year "for" which a thing of no event type is ("the quota of seats for
    2025 and 2026", "adjustments for 2027 or later", "the budget for 2026") is the period that thing covers, not a
    day anything happens: no event ("talks for 2026", an event noun, keeps it)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "for 2025 and 2026"
        root = root.head
    owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "for" else None
    if owner is None or not all(t.like_num or t.lower_ in words("event_types", "period_words") for t in span):
        return False
    if owner.pos_ == "NOUN":
        return _noun_type(owner) is None
    # on a verb: "discuss adjustments for 2027" (the year of what is discussed), not "set talks for 2026"
    return owner.pos_ == "VERB" and owner.lemma_.lower() not in words("date_setting_verbs") \
        and owner.lemma_.lower() not in words("event_types", "postponing")


def _described_day_noun(head, span) -> bool:
    """Rule ``event.key.described_day_noun``: "Friday's deal is the most momentous shift in decades" describes a thing
    a weekday names with "be" and a noun; the present tells no arrangement, and whether the day is past or to come
    is not said (after "workers voted on Friday" or before it), so no status is sure: no event."""
    root = span.root
    return head.lemma_ == "be" and any(c.dep_ == "attr" for c in head.children) and root.dep_ == "poss" \
        and root.head.dep_ == "nsubj" and root.head.head.i == head.i and not re.search(r"\d", span.text)


def _name_of_a_nested_noun(span) -> bool:
    """Rule ``event.key.name_of_a_nested_noun``: a date before its noun names that noun ("the September 9
    understanding", "the 2018 peace deal"). When the noun only completes another noun of no event type that the
    clause is about ("declared the termination of the September 9 understanding", "would undermine the provisions
    of the 2018 peace deal", "announced the cancellation of the October 20 summit": the day the summit was to be,
    not a day it happened), the date is the named thing's, not the day of the clause. Another noun of a type keeps
    the date ("the signing of the May 3 accord"), and so does a date after its noun ("a round of talks Monday")."""
    noun = _dated_noun(span)
    if noun is None or span.root.dep_ == "pobj" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    outer = noun.head.head
    return outer.pos_ == "NOUN" and outer.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and \
        _noun_type(outer) in {None, "cancellation"}


def _name_after_of(head, span) -> bool:
    """Rule ``event.key.name_after_of``: "one of four people named in Resolution 2216 of 2015": a date after "of" on a
    noun of no event type names that noun (its year, its edition), not the day of the clause it stands in. A noun of a
    type is a past happening named by its year ("want to restore the accord of 1974": ``merge:named-by-its-year``
    joins its reports), unless a relative clause tells it ("discussed a draft that would replace the Agreement on
    Disengagement of 1974": no discussion in 1974). The noun that the event is, or an argument of its verb, keeps the
    date ("the summit of 12 May ended without a deal"), and so does a word of time ("the summer of 2024", "the end of
    May", "the morning of 12 May")."""
    root = _day_part_head(span)
    of = root.head
    noun = of.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.i == noun.i or noun.i == head.i or noun.head.i == head.i:
        return False  # the thing that happened, or what it was done to ("signed the Agreement of 1974")
    if _noun_type(noun) is not None and noun.head.dep_ != "relcl":
        return False
    return noun.pos_ in {"NOUN", "PROPN"} and noun.ent_type_ not in {"DATE", "TIME"} \
        and noun.lemma_.lower() not in words("event_types", "time_of_nouns")


def _day_part_head(span):
    """The word a date's phrase hangs from: the date's root, or the part of the day it names when the model tagged
    that part apart ("as of | Friday | morning": the day is a word of the morning, which "as of" governs)."""
    root = span.root
    if root.dep_ == "compound" and root.head.ent_type_ == "TIME" and root.head.i == span.end:
        return root.head
    return root


def _first_since(span) -> bool:
    """Rule ``event.key.first_since``: "for the first time since 1990", "the first visit since 1998": the date after
    "since" on a noun a ranking word modifies (``first_since_words``, or any superlative: "the biggest protest since
    2019", "the most momentous shift since 1994") is the last time before, no day of this one."""
    noun = span.root.head.head
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and _ranking(c) for c in noun.children)


def _ranking(adj) -> bool:
    """"first", "only", a superlative ("biggest"), or an adjective "most" or "least" grades ("most momentous")."""
    return adj.lower_ in words("event_types", "first_since_words") or adj.tag_ == "JJS" or any(
        c.dep_ == "advmod" and c.tag_ == "RBS" for c in adj.children)


def _hedged(verb) -> bool:
    """Rule ``event.key.hedged``: a clause told only as an impression ("the talks seemed to have hit a snag last
    week", "appeared to stall on Friday"; ``hedge_verbs`` in the lexicon, with an infinitive) is no sure happening."""
    return verb.lemma_.lower() in words("event_types", "hedge_verbs") and any(c.dep_ == "xcomp" for c in verb.children)


def _designated_date(span) -> bool:
    """Rule ``event.key.designated_date``: a date a verb names as something ("declared 11 May as the date for the
    resumption", "named Friday as the deadline"; ``designation_preps`` in the lexicon) is the day of what it
    designates, which the article tells elsewhere, not the day the verb happened. What a verb designates is its object,
    after it and in place of any other: a date before the verb ("Last Thursday, they agreed on 70,000 as the new wage")
    or beside an object of the verb's own ("praised the deal Saturday as a step") tells when the verb happened."""
    root = span.root
    if root.dep_ not in {"dobj", "npadvmod"} or root.head.pos_ not in {"VERB", "AUX"} or root.i < root.head.i:
        return False
    if any(c.dep_ == "dobj" and c.i != root.i for c in root.head.children):
        return False
    preps = words("event_types", "designation_preps")
    return any(c.dep_ == "prep" and c.lower_ in preps and c.i > root.i and any(g.dep_ == "pobj" for g in c.children)
               for c in root.head.children)


def _attribution_date(span) -> bool:
    """Rule ``event.key.attribution_date``: a date inside an attribution phrase ("…, according to a statement
    published on Friday"; ``attribution_prep_pairs`` in the lexicon) is the day of the source, not of what it
    reports."""
    pairs = words("event_types", "attribution_prep_pairs")
    return any(f"{t.head.lower_} {t.lower_}" in pairs for t in span.root.ancestors if t.dep_ in {"prep", "pcomp"})


def _done_participle(span, own, t: str | None) -> bool:
    """Rule ``date:bare-participle-past``: a date told by a past participle with no auxiliary of its own, in a clause
    of no tense ("…, as agreed by both leaders in May") or on a dated noun the participle qualifies as the subject of
    its clause ("the March 3 accord signed by both parties will expire"; a calendar date, not a weekday), tells
    something done: the most recent such day or month, whatever the tense of the clause around it. A participle of planning ("the meeting planned for
    Thursday") looks ahead, and a dated noun that is the object of a future verb keeps the future ("will attend a
    summit hosted on May 20")."""
    root = span.root
    verb = None
    calendar = re.search(rf"\d|\b(?:{MONTH_RE})", span.text, re.I)  # not a weekday: "Tuesday's talks hosted by X will …"
    if calendar and root.dep_ in {"nmod", "compound", "npadvmod"} and root.head.pos_ == "NOUN" and \
            root.head.dep_ in {"nsubj", "nsubjpass"}:
        verb = next((c for c in root.head.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    elif t is None and own.tag_ == "VBN" and own.dep_ in {"advcl", "acl"}:
        verb = own
    if verb is None or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    return verb.lemma_.lower() not in words("date_setting_verbs") and verb.lower_ not in words("prospective_modifiers")


def _reading(span, own, t: str | None, prospect: str | None) -> tuple[str | None, str | None, str | None]:
    """(the clause's tense, the tense its date is read in, the rule that chose them): a bare participle of something
    done reads back (:func:`_done_participle`); a day a past clause says something was set for ("was originally
    scheduled for September") or a past invitation to do something that day ("invited the commission to convene on
    February 18") may be either side of the article's day: the nearest one (rules ``date:set-for-either-way``,
    ``date:invited-either-way``)."""
    if _done_participle(span, own, t) and prospect is None:
        return "past", "past", "date:bare-participle-past"
    if prospect and (t != "past" or prospect == "event.status.prospective_modifier"):
        return "future", "future", None  # "is expected to attend on Wednesday": the coming Wednesday
    if prospect in EITHER_WAY and t == "past":
        return t, None, EITHER_WAY[prospect]
    if t == "past" and prospect is None and _announced_noun(span):
        return t, None, "date:announced-either-way"
    if t == "past" and prospect is None and _scheduled_object_day(span):
        return t, "future", "date:scheduled-day-ahead"
    if t == "past" and prospect is None and _noun_of_its_day(span):
        return t, SOON, "date:noun-of-its-day-soon"
    if t == "past" and prospect is None and _weekday_of_a_noun_for(span):
        return t, "nearest", "date:weekday-noun-for-nearest"
    return t, t, None


def _weekday_of_a_noun_for(span) -> bool:
    """Rule ``date:weekday-noun-for-nearest``: "has selected the base for Friday's meeting" — a bare weekday owning
    the noun of a happening that something was done for is that happening's day, on whichever side of the article's
    day; the past verb says when the thing was done, not when the meeting is: the nearer such weekday (after the
    article's day, it is planned)."""
    noun = span.root.head
    return span.root.dep_ == "poss" and bare_weekday(span.text) is not None and noun.dep_ == "pobj" \
        and noun.head.lower_ == "for" and _noun_type(noun) is not None


def _noun_of_its_day(span) -> bool:
    """Rule ``date:noun-of-its-day-soon``: a calendar day or month set before the noun of a happening looked forward
    to ("for") or called off ("expected plans for a June 12 summit to be a success", "the June 12 summit was called
    off") names that happening's day, not the day of the past verb around it: the coming one when it is at most three
    months after the article's day (the happening is then planned), else the most recent one. A weekday ("Friday's
    talks") keeps the clause's tense; a past happening the clause sets something in ("seized hostages in its October
    7 attacks") keeps the past."""
    noun = _dated_noun(span)
    if noun is None or noun.i < span.end or not re.search(rf"\b(?:{MONTH_RE})", span.text, re.I):
        return False
    ahead = (noun.dep_ == "pobj" and noun.head.lower_ == "for") or \
        (noun.dep_ in {"nsubjpass", "dobj"} and _cancels(noun.head))
    return ahead and span.root.dep_ in {"compound", "nmod", "amod", "nummod"} and _noun_type(noun) is not None


def _scheduled_object_day(span) -> bool:
    """Rule ``date:scheduled-day-ahead``: a day hung from a past verb of setting a date after the happening it has as
    object ("scheduled a vote on Monday", "set talks for Friday"; ``date_setting_verbs``) is the day of that
    happening, which is still to come: the coming one. A day before the object ("On Monday, the union scheduled a
    vote") is the day the setting was done."""
    prep = span.root.head
    verb = prep.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"on", "for"} or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in words("date_setting_verbs"):
        return False
    return any(c.dep_ == "dobj" and c.i < prep.i and _noun_type(c) is not None for c in verb.children)


def _announced_noun(span) -> bool:
    """Rule ``date:announced-either-way``: a day that dates the noun a past verb of announcing has as its object
    ("confirmed the meeting between X and Y on June 16", ``announcing_verbs``) is the meeting's, which may be either
    side of the article's day: the nearest one (after the article, it is planned)."""
    noun = _dated_noun(span)
    return noun is not None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in words("event_types", "announcing_verbs")


def _relative_clause_date(head, span) -> bool:
    """Rule ``event.key.relative_clause_date``: a date in a relative clause whose verb names no happening, when the
    main clause has a date of its own ("The minister, who was appointed last month, said on Friday …"), dates a
    side fact of a participant, not what the main clause tells (a typed clause, "the conflict, which erupted in
    2023", keeps its date; so does a light verb of a typed noun, "the talks, which had started on May 3")."""
    own = governor(span.root)
    if own.dep_ != "relcl" or own.i == head.i or _verb_type(own) is not None or (
            own.lemma_.lower() in words("event_types", "light_verbs") and _noun_type(own.head)):
        return False
    return any(e.label_ == "DATE" and e.root.i != span.root.i and governor(e.root).i == head.i
               for e in span.doc.ents)


def _scheduled_before(span) -> bool:
    """Rule ``event.key.scheduled_before``: "the leaders were due to sign the deal yesterday", "talks were scheduled
    to begin last week", "polls had been set to take place last year": a day that looks back, on the very
    infinitive a word of schedule governs, is the day of an arrangement the text does not say was kept: neither
    happened nor planned, so no event. "Agreed to resume talks earlier this year" is told by its own past."""
    own = governor(span.root)
    if own.dep_ != "xcomp" or not to_infinitive(own):
        return False
    cue = own.head
    told_with_be = cue.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in cue.children)  # "were due", "was set"
    scheduled = cue.lemma_ == "be" or ((cue.lemma_ in PROSPECTIVE or cue.lower_ in PROSPECTIVE) and told_with_be)
    if not scheduled:
        return False
    return any(x.lower_ in words("backward_date_words") for x in span) or _past_schedule_of_a_weekday(cue, span)


def _past_schedule_of_a_weekday(cue, span) -> bool:
    """"Negotiations were scheduled to finish on Friday", "it was originally scheduled to end on Friday": a schedule
    told in the past of a weekday the text does not place ("today, Tuesday" places it): the Friday just gone (and was it kept?) or a coming one;
    a reported clause's past ("said the talks were scheduled to resume on Monday") is the saying's tense, and keeps
    it."""
    be = cue.head if cue.dep_ == "acomp" else cue if cue.lemma_ == "be" else next(
        (c for c in cue.children if c.dep_ == "auxpass"), None)
    past = be is not None and be.tag_ == "VBD"
    reported = cue.dep_ == "ccomp" and cue.head.lemma_ in SPEECH or (be is not None and be.dep_ == "ccomp"
                                                                      and be.head.lemma_ in SPEECH)
    placing = words("event_types", "day_placing_words")
    return past and not reported and names_weekday(span.text) and not re.search(r"\d", span.text) \
        and not any(t.lower_ in placing for t in span)


def _negated_prospect(head, span) -> bool:
    """"The envoy is not expected to attend on Wednesday": a negated verb governing the dated infinitive
    neither plans it nor tells that it happened; nor does a negated verb of planning (``future_lemmas``) dating its
    own object ("does not expect a summit on Monday", "nobody plans talks on Friday")."""
    own = governor(span.root)
    negated = any(negates(c) for c in head.children)
    if own.i == head.i:
        return negated and head.lemma_.lower() in FUTURE_LEMMAS
    return own.dep_ == "xcomp" and own.head.i == head.i and negated


def _negated_past(verb) -> bool:
    """"The ministers did not meet on Thursday": a negated past is something that did not happen (a meeting
    that "did not take place" is told as its cancellation instead: :func:`_negated_meeting`)."""
    return any(negates(c) for c in verb.children) and tense(verb) == "past" and \
        not (_cancels(verb) or _negated_meeting(verb))


def _told(head, span, art: _Article) -> tuple[str, set[int]]:
    """The summary of the event and the tokens of its clause; a reporting verb with nothing reported
    reports the sentence before."""
    keep = {x.i for x in span}
    head = _reported_head(head, span)
    summary = clause(head, keep=keep)
    clause_toks = {t_.i for t_ in clause_tokens(head, keep)}
    prev = _reports_before(head, span, art)
    if prev is not None:
        said = re.sub(r",?(?<!\s)\s*\w[\w ]{0,30} reports?$", "", summary.rstrip("."))
        summary = f"{said}: {span_text([x for x in prev if not x.is_space]).rstrip('.')}"
        clause_toks |= {x.i for x in prev}
    return summary, clause_toks


def _who(head, clause_toks: set[int], summary: str, facts: EntityFacts) -> tuple[list[Mention], str]:
    """The actors of the clause (a he/she subject as the person it stands for, named in the summary)."""
    actors = [m for m in _mentions_in(clause_toks, facts)
              if m.label == "person" or (m.label in {"organization", "country", "group", "place"}
                                         and (m.agentive or _names_event(head.doc, m)))]
    sub = subject(head)
    country = _demonym_subject(sub, facts)
    if country is not None and country not in actors:
        actors.append(country)
    if sub is None or sub.i not in facts.pronouns:
        return actors, summary
    target = facts.pronouns[sub.i]
    if target not in actors:
        actors.insert(0, target)
    if summary.lower().startswith(sub.lower_ + " "):
        return actors, target.text + summary[len(sub.text):]
    return actors, re.sub(rf"(^|,\s|\s){re.escape(sub.text)}\s", lambda m_, name=target.text: f"{m_[1]}{name} ",
                          summary, count=1)


def _names_event(doc, m: Mention) -> bool:
    """An organisation that names a typed happening is its participant: "the GBC meeting" (rule
    ``event.actor.names_event``)."""
    last = doc[m.end - 1]
    return last.dep_ == "compound" and last.head.i >= m.end and _noun_type(last.head) is not None


def _demonym_subject(sub, facts: EntityFacts) -> Mention | None:
    """Rule ``event.actor.demonym_subject``: a subject that is a common noun of a country ("The Elbonian government
    approved …", "the Elbonian cabinet"), not a happening, names that country as an actor: the article's own
    mention of it."""
    if sub is None or sub.pos_ != "NOUN" or _noun_type(sub) is not None:
        return None  # "the Elbonian strikes began": the strikes are the event, not its actor
    g = gazetteer()
    adj = next((c for c in sub.children if c.dep_ in {"amod", "compound"} and g.demonym(c.text)), None)
    if adj is None:
        return None
    name = g.demonym(adj.text)
    return next((m for m in facts.mentions if m.label == "country" and g.country(m.text) == name), None)


PROSPECTIVE_RULES = ("event.status.prospective_predicate", "event.status.set_for_date", "event.status.be_to",
                     "event.status.prospective_modifier", "event.status.invited_to")
EITHER_WAY = {"event.status.set_for_date": "date:set-for-either-way", "event.status.invited_to": "date:invited-either-way"}


def _prospective(head, own, span) -> str | None:
    """The named rule that puts the clause in the future by its structure, or None: a to-infinitive under a
    word of expectation or schedule ("is expected to attend on Wednesday", "talks are scheduled to begin"),
    an event set for the date ("the meeting is set for July 29"), "be" with a to-infinitive ("is to be held"),
    or a present tense dated by a forward-looking word ("the two leaders meet on Thursday"). A negated
    predicate ("is not expected to attend") plans nothing."""
    if own.dep_ == "relcl" and own.i != head.i and own.tag_ == "VBD":
        return None  # "to resume the talks that they broke off in 2022": the date is the past relative clause's
    mine = {head.i, own.i}
    dates = {x.i for x in span}
    for name in PROSPECTIVE_RULES:
        for hit in hits(head.doc, name):
            toks = [head.doc[i] for i in hit]
            ours = toks[1].i in mine or (name == "event.status.set_for_date" and toks[0].i in mine and toks[2].i in dates) \
                or (name == "event.status.prospective_modifier" and toks[2].i in dates)
            if ours and not any(_negated(x) for x in toks[:2]):
                return name
    # a finite relative clause the date hangs from is told in its own tense ("the conflict, which erupted on Monday,
    # is over": not an arrangement of the present "is")
    if own.dep_ == "acl" and own.tag_ == "VBN" and own.i != head.i and own.lemma_.lower() not in PROSPECTIVE:
        return None  # "the letter, sent Saturday, sets the stage": a past participle dates its own, done, act
    if _said_to_be_doing(head, own) and any(x.lower_ in words("future_cue_words") for x in span):
        return "event.status.present_with_future_date"
    return "event.status.present_with_future_date" if _present_ahead(own if own.dep_ == "relcl" else head, span) else None


def _plan_or_act(head, own, span, t: str | None) -> tuple[str | None, str | None, str | None]:
    """(the rule that puts the clause in the future or None, its tense, the date rule that chose them).

    Rule ``date:act-of-the-cue``: a to-infinitive that names no happening of its own (the event's type is the verb's
    own, ``type:verb``) under a verb that does, told in the past with no date of its own ("Norway agreed to normalize
    relations with Sweden on Friday"), is no plan: the agreement is the event, and the date may be the agreement's or
    the normalising's, so it is the nearest one either side of the article's day; after it, planned. "Agreed to meet
    on Friday", "agreed to sign the accord on Friday", "will agree to normalize relations on Friday" and "agreed to
    participate in the tournament in December" (taking part, ``attendance_verbs``) keep the coming day."""
    prospect = _prospective(head, own, span)
    if prospect != "event.status.prospective_predicate" or own.dep_ != "xcomp" or own.head.i != head.i \
            or not _told_in_the_past(head):
        return prospect, t, None  # "we propose to start talks on Thursday": a present offer of a coming day
    if _own_type(own) is not None or event_type(head, span, own)[1] != "type:verb" \
            or own.lemma_.lower() in words("event_types", "attendance_verbs"):
        return prospect, t, None  # "agreed to participate in the tournament in December": taking part is on its day
    inside = {x.i for x in own.subtree}
    if any(x.ent_type_ in {"DATE", "TIME"} and x.i not in inside for c in head.children for x in c.subtree):
        return prospect, t, None  # "agreed last week to normalize relations on Friday": two days, two acts
    return None, None, "date:act-of-the-cue"


def _told_in_the_past(verb) -> bool:
    """Is the verb told in the past: its own tense, or for a gerund under a preposition, which has none ("joined X in
    agreeing to …"), the tense of the verb the preposition hangs on."""
    if tense(verb) is not None or verb.dep_ != "pcomp" or verb.head.head.i == verb.head.i:
        return tense(verb) == "past"
    up = verb.head.head
    return up.pos_ in {"VERB", "AUX"} and tense(up) == "past"


def _said_to_be_doing(head, own) -> bool:
    """"The two leaders are said to be meeting in X on Thursday night": the hedge "are said to" (a present passive of
    saying) over a progressive is the progressive's present, an arrangement like "are meeting on Thursday"."""
    present_passive = any(c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in head.children)
    progressive = own.tag_ == "VBG" and {c.lower_ for c in own.children if c.dep_ == "aux"} >= {"to", "be"}
    return head.lemma_ in SPEECH and present_passive and own.dep_ == "xcomp" and own.head.i == head.i and progressive


def _present_ahead(verb, span) -> bool:
    """"The two leaders meet on Thursday", "talks resume next week", "they are meeting on Friday": a present
    tense (not a verb of saying) dated by a word that looks forward is an arrangement."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    present = verb.tag_ in {"VBZ", "VBP"} and not auxes or (verb.tag_ == "VBG" and auxes <= {"is", "are", "am"} and auxes)
    return bool(present) and verb.lemma_ not in SPEECH and not _negated(verb) and \
        any(x.lower_ in words("future_cue_words") for x in span)


def _plan_laid_down_in(span) -> bool:
    """"as planned in the 2023 agreement", "as foreseen under the 2019 accord": the dated noun is where a plan was laid
    down, a thing that exists, not the thing planned (rule ``event.status.planning_verb`` plans nothing of it)."""
    noun = _named_noun(span)
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "under", "by"}


def _present_of_its_day(prospect: str | None, span, when: When | None, art: _Article, date_rule: str | None) -> bool:
    """Rule ``event.status.present_of_a_stated_day``: a present tense dated by a day the text states in full (its
    month and day), or by a weekday the article has already placed (``date:weekday-named-before``: "Thursday's vote
    marks a rejection" after "workers voted on Thursday"), that is not after the article's own day ("X meets Y on
    Sunday, August 31" in a caption of that Sunday's article) is told in the present of that day, not arranged for a
    coming one."""
    if prospect != "event.status.present_with_future_date" or when is None or when.precision != "day":
        return False
    stated = re.search(r"\d", span.text) or date_rule == "date:weekday-named-before"
    if art.ref is None or not art.deictic_ok or not stated:
        return False
    return when.day <= art.ref


def _status(when, t, head, span, art: _Article, prospect: str | None) -> tuple[str, str]:
    """(happened | planned, the rule that decided it). A date that looks back ("the ceasefire reached last week" under
    "agreed to uphold") dates what has happened, whatever the clause's tense (rule ``event.status.backward_date_word``)."""
    if any(x.lower_ in words("backward_date_words") for x in span):
        return "happened", "event.status.backward_date_word"
    if _past_year_of_a_noun(when, span, art):
        return "happened", "event.status.past_year_of_a_noun"
    if prospect:
        return "planned", prospect
    if t == "future":
        return "planned", "event.status.future_tense"
    planning = words("event_planning_verbs")  # "plans talks on May 3", "are preparing for talks on May 3"
    if (head.lemma_ in planning or any(x.lemma_ in planning and x.dep_ == "acl" for x in span.root.ancestors)) \
            and not _plan_laid_down_in(span):
        return "planned", "event.status.planning_verb"
    if _under_a_plan(span):
        return "planned", "event.status.plan_noun"
    if re.search(r"\b(later this|next|coming|upcoming|tomorrow)\b", span.text, re.I) \
            and not (t == "past" and NARRATIVE_NEXT.match(span.text)):  # "The next year, he spent …": told, done
        return "planned", "event.status.forward_date_word"
    if when is not None and art.ref is not None and art.deictic_ok and when.day > art.ref:
        return "planned", "event.status.after_publication"
    return "happened", "event.status.past_tense" if t == "past" else "event.status.not_future"


def _past_year_of_a_noun(when, span, art: _Article) -> bool:
    """Rule ``event.status.past_year_of_a_noun``: a year before the article's own on a noun ("if they are to realize the
    goals of the Paris accord – the sweeping 2015 deal") dates that thing, done in that year, whatever the tense or
    the plan of the clause around it: no plan of a year already gone."""
    return when is not None and when.precision == "year" and art.ref is not None \
        and int(when.date[:4]) < art.ref.year and _dated_noun(span) is not None


def _under_a_plan(span) -> bool:
    """Rule ``event.status.plan_noun``: a clause a plan's to-infinitive holds ("upended plans to have it signed on
    May 3", "the plan to hold talks on Friday"; ``event_planning_verbs`` as nouns) tells what was planned, not what
    happened."""
    planning = words("event_planning_verbs")
    for x in span.root.ancestors:
        if x.dep_ == "acl" and to_infinitive(x) and x.head.pos_ == "NOUN" and x.head.lemma_.lower() in planning:
            return True
        if x.dep_ == "relcl" or x.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return False  # "plans to end the conflict, which erupted in 2023": a clause told in its own tense
    return False


def _reports_before(head, span, art: _Article):
    """The sentence before, when the clause reports it and nothing of its own: a speech verb with no
    content ("…, he said on Saturday"), or a definite speech noun ("made the announcement on Saturday")."""
    k = art.sent_pos.get(span.sent.start, 0)
    if k == 0:
        return None
    if head.lemma_ in SPEECH and not _content(head, span):
        return art.sents[k - 1]
    speech_noun = next((c for c in head.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"} and _noun_type(c) == "statement"
                        and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in c.children)), None)
    light = head.lemma_.lower() in words("event_types", "light_verbs")
    return art.sents[k - 1] if light and speech_noun is not None and not _content(head, span) - {speech_noun.i} else None


def _reported_head(head, span):
    """The verb whose clause a report tells: ``head`` itself, or for a speech verb with nothing reported that the
    parser hung on the clause before it (:func:`_speech_after_its_clause`) that clause's verb."""
    hung = head.lemma_ in SPEECH and not _content(head, span) and _speech_after_its_clause(head)
    if not hung:
        return head
    told = head.head
    while told.dep_ in {"ccomp", "conj"} and told.head.i < told.i and told.head.pos_ in {"VERB", "AUX"}:
        told = told.head  # "X has acknowledged that Y has taken steps and …, Z said": the whole of what Z said
    return told


def _speech_after_its_clause(head) -> bool:
    """"The delegation has arrived in Port Aster, Minister Jan Roe said on Monday.": the parser may hang the
    speech verb, with its subject lost, on the clause before it as a conjunct; that clause is what it reports, in
    its own sentence, and the sentence before is none of its business. The parser may keep the subject too ("…, and the
    three will hold further meetings, Zenda's chief negotiator said on Thursday."): a conjunct that follows a bare
    comma, with no conjunction of its own ("…, and the minister said"), is the attribution all the same."""
    if not (head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in {"VERB", "AUX"}):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == ","
    return any(t.text == "," for t in head.doc[head.head.i:head.i])


def _content(head, span) -> set[int]:
    """What a clause reports: its complement clauses and objects ("…, the Daily Post reports" is attribution)."""
    return {c.i for c in head.children if c.dep_ in {"ccomp", "dobj", "xcomp"}
            and not (c.lemma_ == "report" and c.i > span.end)}


def _type_reported(kind: str, rule: str, head, span, art: _Article) -> tuple[str, str]:
    """A statement that only reports the sentence before is of that sentence's type ("Elbonia's minister says
    the talks will not take place. He made the announcement on Saturday." is the cancellation)."""
    before = _reports_before(_reported_head(head, span), span, art) if kind in {"statement", "other"} else None
    found = _clause_type(before.root) if before is not None else None
    if found and found[0] != "statement":
        return found[0], "type:reported-in-sentence-before"
    return kind, rule


def _this_gathering(noun) -> bool:
    """A noun that names a gathering (a meeting, a visit; not a press conference) and not another one ("another
    meeting", "the next round": ``other_gathering_words``)."""
    if noun is None or _noun_type(noun) not in {"meeting", "visit"}:
        return False
    return not any(c.lower_ in words("event_types", "other_gathering_words") for c in noun.children)


def _occasion(prep) -> bool:
    """"after the talks", "following the meeting", "at the close of the summit": a gathering as the occasion."""
    for obj in (c for c in prep.children if c.dep_ in {"pobj", "dobj"}):
        if _this_gathering(obj):
            return True
        if obj.lemma_.lower() in words("event_types", "gathering_part_nouns"):
            return any(_this_gathering(g) for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj")
    return False


def _reports_gathering(head) -> bool:
    """Rule ``event.clause.reports_gathering``: a statement that reports a gathering it was made at, told by its
    speech verb's occasion ("X said after the talks", "told reporters following the meeting", "in a statement issued
    at the conclusion of the meeting", "Speaking after the meeting, X said") or by its complement, a gathering told
    as done ("said the talks had been constructive", "said that the meeting had made progress"). Another gathering
    ("another meeting", "the next round"), one told as to come ("said the talks will resume") or still going on
    ("said the talks were going well") is none."""
    preps = words("event_types", "gathering_occasion_preps")
    said_in = [o for p in head.children if p.dep_ == "prep" for o in p.children
               if o.dep_ == "pobj" and _noun_type(o) == "statement"]  # "stated in a statement issued at …"
    told_by = [head] + [c for n in [head] + said_in for c in n.children if c.dep_ == "acl"] + \
        [c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]  # "Speaking after the meeting, X said"
    for verb in told_by + ([head.head] if head.dep_ == "acl" else []):
        for c in verb.children:
            if c.dep_ in {"prep", "advcl", "advmod"} and c.lower_ in preps and _occasion(c):
                return True
    for c in head.children:
        sub = subject(c) if c.dep_ == "ccomp" else None
        if sub is not None and sub.head.i == c.i and _this_gathering(sub) and tense(c) == "past" and c.tag_ != "VBG":
            return True
    return False


def _reports_agreement(head) -> bool:
    """Rule ``event.clause.reports_agreement``: a statement that tells an agreement as reached in its own words, outside
    its speaker's phrase ("the two sides negotiated directly and agreed to a truce, the government said", "X said the
    parties had signed the accord"; the parser may hang the told clause anywhere under the speech verb). One to come
    ("said they would sign"), one denied ("said they had not agreed") or one in the speaker's phrase ("X, who signed
    the accord, said") is none."""
    subs = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    speaker = max((c for c in subs if c.i < head.i), key=lambda c: c.i, default=subs[0] if subs else None)
    own = {t.i for t in speaker.subtree} if speaker is not None else set()
    return any(v.i != head.i and v.i not in own and v.pos_ == "VERB" and _verb_type(v) == "agreement"
               and tense(v) == "past" and not any(negates(x) for x in v.children) for v in head.subtree)


def _remarks_came_at_gathering(sent) -> bool:
    """Rule ``event.clause.remarks_came_at_gathering``: "X's remarks came after the talks", "the statement came in a
    stakeout after the meeting", "the announcement came at the close of the visit", "the statement came after the two
    ministers met": a remark noun (``remark_nouns``, ``announcement``) as the subject of ``come`` whose clause puts a
    gathering as its occasion, which tells that the statement of the sentence before was made at that gathering."""
    came = sent.root
    sub = subject(came) if came.lemma_ == "come" else None
    if sub is None or sub.lemma_.lower() not in words("remark_nouns") | {"announcement"}:
        return False
    said = set(t.i for t in sub.subtree)
    preps = words("event_types", "gathering_occasion_preps")
    for tok in came.subtree:
        if tok.i in said:
            continue
        if tok.dep_ in {"prep", "advmod"} and tok.lower_ in preps and _occasion(tok):
            return True
        if tok.dep_ == "advcl" and tok.head.i == came.i and _verb_type(tok) == "meeting" and tense(tok) == "past" \
                and any(c.dep_ == "mark" and c.lower_ in preps for c in tok.children):
            return True
    return False


def _mark_remarks_at_gatherings(events: list[RawEvent], art: _Article) -> None:
    """The statements a sentence tells made at a gathering (:func:`_remarks_came_at_gathering`): those of the sentence
    before it, or, with none there (a quote that runs on over a sentence), of the one before that."""
    said: dict[str, list[RawEvent]] = {}
    for e in events:
        if e.type == "statement" and e.status == "happened" and "clause" not in e.evidence:
            said.setdefault(e.sentence, []).append(e)
    for k in range(1, len(art.sents)):
        if not _remarks_came_at_gathering(art.sents[k]):
            continue
        before = [said.get(art.sid.get(art.sents[j].start), []) for j in (k - 1, k - 2) if j >= 0]
        for e in next((b for b in before if b), []):
            e.evidence["clause"] = "event.clause.remarks_came_at_gathering"


def _event(span, head, own, t, when, art: _Article, prospect: str | None = None) -> RawEvent:
    summary, clause_toks = _told(head, span, art)
    actors, summary = _who(head, clause_toks, summary, art.facts)
    places = [m for m in art.facts.mentions if m.start in clause_toks and m.place is not None
              and not _place_of_another_clause(span.doc[m.start], head, own)]
    held_at = {v.mention.start for v in art.venue_mentions or []}
    if not any(m.start in held_at for m in places):  # no place it is held at ("mediated by X and Y" names none)
        places = places + _referred_venue(head, clause_toks, art.venue_mentions)
    inferred = (not art.deictic_ok or not art.year_sure) and when is not None and \
        not re.search(r"\b(19|20)\d{2}\b", span.text)
    kind, rule = _type_reported(*event_type(head, span, own), head, span, art)
    # a cancellation is told as done ("the talks, which were set for Sunday, would no longer take place")
    status, status_rule = _status(when, t, head, span, art, None if kind == "cancellation" else prospect)
    evidence = {"type": rule, "status": status_rule}
    if kind == "statement" and status == "happened" and _reports_gathering(head):
        evidence["clause"] = "event.clause.reports_gathering"
    elif kind == "statement" and status == "happened" and _reports_agreement(head):
        evidence["clause"] = "event.clause.reports_agreement"
    return RawEvent(when, span.text, summary, art.sid.get(span.start, "s1"), status,
                    actors, places, head.lemma_, span.sent.text.strip(), inferred, kind,
                    evidence, lead=span.sent.start == art.sents[0].start,
                    speaker=_speaker(head, art.facts) if kind == "statement" else None,
                    cancels=_cancelled_type(head) if kind == "cancellation" else None)


def _cancelled_type(verb) -> str | None:
    """The type the object of a verb of calling off names ("cancelled the protocols": agreement; "the summit, called
    off on Friday": meeting); None when it names none."""
    obj = _called_off_object(verb)
    return _noun_type(obj) if obj is not None and obj.pos_ in {"NOUN", "PROPN"} else None


def _called_off_object(verb):
    """What a verb of calling off acts on: its object, its passive subject, or the noun it qualifies."""
    return verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _place_of_another_clause(tok, head, own) -> bool:
    """Rule ``event.venue.other_clause``: a place inside a relative clause on a noun that is neither the event's own
    word nor its subject is where that clause's happening was ("delegates were in Zenda to continue talks that began
    in Port Aster": Port Aster is where the talks began, not where the delegates were). "The summit, which was held
    in Port Aster, ended …" keeps it: the clause is on the event's subject; so does the event the relative clause's
    own date tells ("talks that began two months ago in Port Aster")."""
    t = tok
    while t.i != t.head.i and t.i != head.i:
        if t.dep_ == "relcl" and (own is None or t.i != own.i):
            noun = t.head
            return not (noun.i == head.i or (noun.head.i == head.i and noun.dep_ in {"nsubj", "nsubjpass"}))
        t = t.head
    return False


def _speaker(head, facts: EntityFacts) -> Mention | None:
    """A statement's speaker: the person or the organisation that is the subject of its speech verb ("Z said on
    Saturday that …", "Acme Corp. said Wednesday that …"), or the person a he/she subject stands for; None when the
    subject is neither (a country speaks through too many mouths to be one speaker) (rule ``event.speaker.subject``)."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in SPEECH:
        return None
    sub = subject(head)
    found = facts.at(sub) if sub is not None else None
    return found if found is not None and found.label in {"person", "organization"} else None


LEAD_TYPES = {"meeting", "call", "agreement", "visit", "attack", "sanction", "proposal"}


def _dateline_lead(doc, art: _Article, dateline: str | None, dated: set[int]) -> RawEvent | None:
    """Wire copy: "PORT ASTER, July 10 — The two leaders held a meeting in Port Aster, …". The lead sentence of
    a dated article with a dateline, telling a typed happening in the past at the dateline's place and naming
    no date of its own, happened on the day the article is dated (rule ``date:dateline-lead``)."""
    if not (dateline and art.deictic_ok and art.ref and art.sents) or art.sents[0].start in dated:
        return None
    where = gazetteer().place(dateline.split(",")[0])
    root = art.sents[0].root
    found = _clause_type(root) if where is not None and root.pos_ in {"VERB", "AUX"} else None
    if found is None or found[0] not in LEAD_TYPES or tense(root) != "past" or _negated(root):
        return None
    toks = {t.i for t in clause_tokens(root)}
    places = [m for m in art.facts.mentions if m.start in toks and m.place is not None]
    if not any(m.place.name == where.name for m in places):
        return None
    summary = clause(root)
    actors, summary = _who(root, toks, summary, art.facts)
    return RawEvent(When(art.ref.isoformat(), "day"), dateline, summary, art.sid.get(art.sents[0].start, "s1"),
                    "happened", actors, places, root.lemma_, art.sents[0].text.strip(), not art.year_sure, found[0],
                    {"type": found[1], "status": "event.status.past_tense", "date": "date:dateline-lead"}, lead=True)


PERFECT_LEAD_RULES = {"type:verb", "type:noun", "type:object-of-light-verb"}  # the lead's own verb tells the happening


def _present_perfect(verb) -> bool:
    """"have resumed", "has arrived": a past participle with a present "have" of its own."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBP", "VBZ"}
                                      for c in verb.children)


def _perfect_lead(art: _Article, dated: set[int]) -> RawEvent | None:
    """Rule ``date:perfect-lead``: a news lead (the first or second sentence of a dated article, the first being often a
    standfirst) told in the present perfect, naming no date of its own ("X and Y have resumed talks over the dam",
    "the two presidents have arrived in Port Aster for their dialogue"), tells a happening of its own typed verb
    (a meeting, a visit, an agreement …) just before the article's day; so does one told in the simple past
    ("X met Y on the sidelines of the summit in Port Aster": rule ``date:past-lead``). It is dated to the article's day, and only
    joins the event another report dates to that day or the day before (:func:`generator.kinds.events._attach_leads`):
    alone it is no event."""
    if not (art.deictic_ok and art.ref):
        return None
    for sent in art.sents[:2]:
        root = sent.root
        rule = _lead_tense(root)
        if sent.start in dated or root.pos_ not in {"VERB", "AUX"} or rule is None or _negated(root) \
                or any(c.dep_ == "prep" and c.lower_ == "without" for c in root.children):  # "ended without a deal"
            continue
        found = _clause_type(root)
        if found is None or found[0] not in LEAD_TYPES or found[1] not in PERFECT_LEAD_RULES:
            continue
        toks = {t.i for t in clause_tokens(root)}
        places = [m for m in art.facts.mentions if m.start in toks and m.place is not None]
        actors, summary = _who(root, toks, clause(root), art.facts)
        return RawEvent(When(art.ref.isoformat(), "day"), "", summary, art.sid.get(sent.start, "s1"), "happened",
                        actors, places, root.lemma_, sent.text.strip(), not art.year_sure, found[0],
                        {"type": found[1], "status": "event.status.past_tense", "date": rule}, lead=True)
    return None


def _lead_tense(root) -> str | None:
    """The date rule of a lead told in the present perfect ("have resumed talks": ``date:perfect-lead``) or in the
    simple past ("X met Y in Port Aster", a finite past verb of its own: ``date:past-lead``); None for any other."""
    if _present_perfect(root):
        return "date:perfect-lead"
    if root.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in root.children) and tense(root) == "past":
        return "date:past-lead"
    return None


def _weekday_named_before(span, when: When | None, named: dict[str, When],
                          ahead: dt.date | None = None) -> tuple[When | None, str | None]:
    """One weekday name, one day, in an article: a bare weekday ("on Friday") the article has already placed
    names that day again, whatever the tense of its clause (rule ``date:weekday-named-before``); "next
    Friday" or "last Friday" are read on their own. A weekday the text leaves unplaced ("talks were scheduled to
    finish on Friday", :func:`_scheduled_before`: the Friday gone or the next) places nothing after it. A clause told
    with a modal of the future (``ahead``: the reference day it looks forward from) never takes a weekday placed
    before that day: "the talks will resume on Wednesday" after "they met on Wednesday" is the coming one ("are
    expected to arrive on Friday" may be a report of that Friday, and keeps the day placed)."""
    day = bare_weekday(span.text)
    if day is None or when is None or (day not in named and _scheduled_before(span)):
        return when, None
    first = named.setdefault(day, when)
    if ahead is not None and first.day < ahead <= when.day:
        return when, None
    return (first, "date:weekday-named-before") if first != when else (when, None)


def _date_of_a_noun_unplaced(span, when: When | None, event: RawEvent, art: _Article) -> bool:
    """Rule ``event.key.year_of_a_noun_unplaced``: a bare year on a noun ("hopes to talk before the 2027 presidential
    election") in a clause not told in the past, in an article with no day of its own to count from, tells no event:
    whether that year's election is past or to come, nothing in the sentence says, and "happened" would be a guess.
    A year before the one the other articles give ("follow the format of the failed 2022 accord") is past.
    Rule ``event.key.day_of_a_noun_unplaced``: so is a day on a noun ("clouding the days before the January 20
    inauguration"). A noun that says it is past ("since their last meeting on 9 January", ``past_event_modifiers``)
    is told."""
    noun = _dated_noun(span)
    return (_unplaced(when, "year", event, art) or _unplaced(when, "day", event, art)) and noun is not None \
        and not any(c.lower_ in words("past_event_modifiers") for c in noun.children)


def _unplaced(when: When | None, precision: str, event: RawEvent, art: _Article) -> bool:
    """A date of that precision in a clause not told in the past, in an article with no day of its own to count from,
    and not of a year before the one the other articles give (which is past): the shared test of the year, day and
    month rules around it."""
    return event.evidence.get("status") == "event.status.not_future" and (art.ref is None or not art.deictic_ok) \
        and when is not None and when.precision == precision \
        and (art.year_hint is None or int(when.date[:4]) >= art.year_hint)


def _verb_of(tok):
    """The verb of the clause a token stands in: itself when it is one, else its nearest verb above that heads a
    clause (not a participle read as a preposition or a modifier: "including", "led by")."""
    return next((a for a in (tok, *tok.ancestors) if a.pos_ in {"VERB", "AUX"} and a.dep_ not in {"prep", "acl", "amod"}),
                tok)


def _month_unplaced(head, when: When | None, event: RawEvent, art: _Article) -> bool:
    """Rule ``event.key.month_unplaced``: a month ("officials see a signing possible in January", "the deal may come in
    March") in a clause not told in the past, in an article with no day of its own to count from, tells no event
    either: the clause does not say whether that month is past or to come. A month of a year before the one the other
    articles give is past, and so is one in a clause in the present perfect ("the trip in June has signalled …")."""
    return _unplaced(when, "month", event, art) and not _present_perfect(_verb_of(head))


def _date_is_the_topic(span, event: RawEvent) -> bool:
    """Rule ``event.key.date_as_subject``: a date that is the subject of a clause telling no typed happening
    ("Today marks a new chapter", "Monday will see more of the same") says what the day is, not what
    happened on it."""
    root = span.root
    # the parser may read a date before a verb with no subject of its own as its modifier ("Today marks …")
    subjectless = root.dep_ == "npadvmod" and root.i < root.head.i and root.head.pos_ in {"VERB", "AUX"} and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in root.head.children)
    return (root.dep_ in {"nsubj", "nsubjpass"} or subjectless) and event.type == "other"


def _glossed_spans(doc, spans) -> set[int]:
    """Rule ``date:glossed-in-brackets``: a date followed by another in brackets ("announced late Tuesday (October 29)",
    "on Friday (Jan 12)") is told by the bracketed one, which names the day in full: the first is skipped."""
    starts = {s.start for s in spans}
    return {s.start for s in spans if s.end + 1 < len(doc) and doc[s.end].text == "(" and s.end + 1 in starts}


def _stamp_spans(doc, spans) -> dict[int, int]:
    """Rule ``date:stamp-of-report``: a date that opens a sentence and is set off from it by a colon or a dash
    (``date_stamp_marks`` in the lexicon: "10 May 2025: the ministers signed the pact on Friday") stamps the day of
    the report; when the sentence names another date, that one tells the happening and the stamp is skipped.
    The stamps skipped → the start of the sentence each stamps."""
    marks = words("event_types", "date_stamp_marks")
    out = {}
    for s in spans:
        sent = s.sent
        opens = s.start == sent.start or (s.start == sent.start + 1 and not doc[sent.start].is_alpha)
        if not (opens and s.end + 1 < len(doc) and doc[s.end].text in marks):
            continue
        told = doc[s.end + 1].sent  # the parser may make the stamp a sentence of its own
        if any(o.start != s.start and told.start <= o.start < told.end for o in spans):
            out[s.start] = told.start
    return out


def _place(events: list[RawEvent], event: RawEvent, instead: int | None, undated: dict[int, int], head: int) -> None:
    """Put an event in the list: in place of the undated or roughly dated one of its clause (``instead``), or at the
    end, noting where it is when it is undated or only roughly dated."""
    if instead is not None:
        events[instead] = event
        return
    if event.when is None or event.when.approximate:
        undated[head] = len(events)
    events.append(event)


def _replaces(undated: dict[int, int], clause: int, when: When | None, events: list[RawEvent],
              span) -> tuple[int | None, str | None]:
    """Which event of the clause a dated span takes the place of, and the rule: an undated one, for any date ("launched
    a 30-day process on Thursday": ``date:calendar-over-duration``), or a roughly dated one, for an exact date that
    names its month ("a few days ago on March 5": ``date:exact-over-approximate``; a weekday alone, "last week, on
    Monday", is counted from the article's day and would lose the week). (None, None) when it takes no one's place."""
    k = undated.get(clause)
    if k is None or when is None:
        return None, None
    if events[k].when is not None and (when.approximate or not any(_month_name(t) for t in span)):
        return None, None
    undated.pop(clause)
    return k, "date:calendar-over-duration" if events[k].when is None else "date:exact-over-approximate"


def _skipped(head, span, when: When | None, art: _Article) -> bool:
    """A date that tells no event (:func:`_not_an_event`, :func:`_year_of_a_name`, a deadline, a day something takes
    effect, a day an outlet reported) or only background (:func:`_since_long_before`)."""
    return _not_an_event(head, span) or _year_of_a_name(span, when) or _since_long_before(span, when, art) or \
        _hypothetical(span) or _denied(span) or _not_told_done(span) or _hoped_for(span) or _not_done_infinitive(span) or _new_date_of_a_delay(span) or \
        _deadline_date(span, head) or _effective_date(span) or \
        _outlet_report(span, head, art) or _present_qualifier(span) or _term_of_an_act(span, head) or \
        _setting_day(span) or _date_of_a_repeated_thing(span) or _offset_in_a_quote(span, art)


def _offset_in_a_quote(span, art: _Article) -> bool:
    """Rule ``event.key.offset_in_quote``: "“And then it's a week later to just change names,” X said": a count of days
    from an earlier day ("a week later") inside someone's quoted words (the quotes the quote finder pairs) counts from a
    day of the speaker's, which the reporter's last dated day is not; the clause has no day of its own, and no event."""
    return ANCHORED_OFFSET.search(span.text.lower()) is not None and any(
        a <= span.start_char < b for a, b in art.quoted)


def _date_of_a_repeated_thing(span) -> bool:
    """Rule ``event.key.repeated_thing``: "threatening to stage a repeat of the three-day strike in October": the day
    on the noun a repetition repeats (``event_types.repetition_nouns``: a repeat, a rerun of it) is the first one's,
    not the repetition's, which the sentence leaves undated: no event of this clause."""
    noun = _dated_noun(span)
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in words("event_types", "repetition_nouns")


def _setting_day(span) -> bool:
    """Rule ``event.key.setting_day``: the day a verb of setting a date was done ("On Monday, the board scheduled a
    vote for November 20"), when the verb gives the happening it sets a day of its own after it
    (:func:`_scheduled_object_day`), is not the day of that happening: the other day dates the clause."""
    verb = governor(span.root)
    if verb.lemma_.lower() not in words("date_setting_verbs") or _scheduled_object_day(span):
        return False
    return any(e.label_ == "DATE" and e.root.i != span.root.i and e.root.head.head.i == verb.i and
               _scheduled_object_day(e) for e in span.doc.ents)


def _term_of_an_act(span, head) -> bool:
    """Rule ``event.key.term_of_an_act``: a period ("from January 1 to June 30"; ``period_openers`` and
    ``period_closers`` in the lexicon) that a verb of a single act governs ("We have agreed to a ceasefire … from January 1
    to June 30"; ``single_act_types``) is the term of what was agreed, not the day of the act: an act takes no months.
    So is a period the parser hung on a name in the clause ("… with the ELN and the AGC from January 1 to June 30").
    A meeting, a visit or fighting may last the period ("talks ran from May 1 to May 5") and keeps its first day."""
    opener = span.root.head
    if span.root.dep_ != "pobj" or opener.lower_ not in words("event_types", "period_openers") or \
            governor(opener).i != head.i:
        return False
    single = words("event_types", "single_act_types")
    if opener.head.i != head.i and _noun_type(opener.head) not in {None, *single}:
        return False  # "a round of talks from May 1 to May 5": the period of a meeting
    closers = words("event_types", "period_closers")
    closed = any(t.lower_ in closers for t in span) or any(c.dep_ == "prep" and c.lower_ in closers
                                                         for c in (*opener.children, *span.root.children))
    found = _clause_type(head)
    return closed and found is not None and found[0] in single


def _present_qualifier(span) -> bool:
    """Rule ``event.key.present_qualifier``: a word of the present that owns a noun naming no happening ("the role of
    the bloc in today's world", "today's international scene"; ``present_state_words`` in the lexicon) means "the
    present", not a day anything happened on ("today's talks" still dates the talks)."""
    root = span.root
    if span.text.strip().lower() not in words("event_types", "present_state_words"):
        return False
    return root.dep_ == "poss" and root.head.pos_ == "NOUN" and not _noun_type(root.head) and not _of_type(root.head)


def _deadline_date(span, head) -> bool:
    """Rule ``event.key.deadline``: a date that dates a deadline ("ahead of the May 1 deadline", "before the May tariff
    deadline", "a deadline of 1 May", or as the day of a clause whose subject is the deadline: "the deadline was pushed
    back to 1 August", "the ultimatum runs out on Friday"; ``deadline_nouns`` in the lexicon) is the day something is
    due, not a day anything happened."""
    nouns = words("event_types", "deadline_nouns")
    noun = _dated_noun(span)
    tok = span.root
    for _ in range(3):  # the model may leave a year outside its date: "the 1 August | 2025 tariff deadline"
        if noun is not None or tok.dep_ not in {"nummod", "nmod", "compound"} or tok.head.i == tok.i:
            break
        tok = tok.head
        noun = tok if tok.pos_ == "NOUN" else None
    while noun is not None and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "the May tariff deadline"
    if noun is not None and noun.lemma_.lower() in nouns:
        return True
    if any(t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in nouns for t in span):
        return True  # "a new deadline of | this | Friday, Sept. 22": the parser hung only the date's first word there
    sub = next((c for c in governor(span.root).children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return governor(span.root).i == head.i and sub is not None and sub.lemma_.lower() in nouns


def _effective_date(span) -> bool:
    """Rule ``event.key.effective_date``: a date an adjective of effect governs ("tariff rates effective August 1", "a
    truce effective from midnight on 3 May"; ``effect_adjectives`` in the lexicon) is the day something takes effect,
    not the day of the clause around it ("sent letters about rates effective August 1" was not sent then)."""
    tok = span.root
    for _ in range(4):  # "effective | from | midnight | on | 20 June", when the parse keeps it together
        if tok.dep_ not in {"pobj", "prep", "npadvmod", "nmod"} or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "ADJ" and tok.lower_ in words("event_types", "effect_adjectives"):
            return True
    return False


def _takes_effect(verb) -> bool:
    """"take effect", "come into force", "enter into force", "go into effect", "expire", "lapse": a verb that tells when
    something starts or stops applying (``effect_nouns`` and ``expiry_verbs`` in the lexicon)."""
    nouns = words("event_types", "effect_nouns")
    if verb.lemma_.lower() in words("event_types", "expiry_verbs"):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children) or \
        any(c.dep_ == "prep" and c.lower_ in {"into", "in"} and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns
                                                                   for g in c.children) for c in verb.children)


def _effect_to_come(head, own, event: RawEvent) -> bool:
    """Rule ``event.key.effect_to_come``: a clause telling when something is to take effect or to run out ("the duties
    will take effect on 1 July", "the truce is set to expire on Friday", "the pact comes into force next week") gives
    a day of the calendar, not a happening of the story; told as done ("the duties took effect on 27 June", "the truce
    expired on 2 January") it is one."""
    return event.status == "planned" and event.type in {"other", "agreement", "sanction"} and \
        (_takes_effect(own) or _takes_effect(head))


def _outlet_report(span, head, art: _Article) -> bool:
    """Rule ``event.key.outlet_report``: a date on a verb of saying or reporting whose subject is a news outlet ("the
    Harbour Times reported on Tuesday that …", "the newspaper said on Friday"; a mention the outlets' table marks, or
    one of the lexicon's ``outlet_subject_nouns``) is the day of the publication, not of anything the story tells: what
    it reports is an event only through a date of its own."""
    verb = governor(span.root)
    if verb.i != head.i or not (verb.lemma_ in SPEECH or verb.lemma_.lower() in gazetteer().outlet_cues["verbs"]):
        return False
    sub = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if sub is None:
        return False
    named = art.facts.at(sub)
    if sub.pos_ == "PROPN" and named is None:  # a name the model left out of its entities ("Harbour News reported")
        name = span_text([c for c in sub.children if c.dep_ == "compound" and c.i < sub.i] + [sub])
        return is_outlet_name(name)
    return (named is not None and named.label == "outlet") or \
        (sub.pos_ == "NOUN" and sub.lemma_.lower() in words("event_types", "outlet_subject_nouns"))


def _year_of_a_name(span, when: When | None) -> bool:
    """Rule ``event.key.year_of_a_name``: a bare year inside a proper name ("lifted under the 2015 Joint Plan of
    Action", "the 1994 Port Aster Memorandum") is part of what the document or the happening is called, not the
    day the clause around it happened (a common noun keeps it: "the 2015 accord" is the accord of 2015)."""
    root = span.root
    return when is not None and when.precision == "year" and len(span) == 1 and \
        root.dep_ in {"nummod", "compound", "amod", "nmod"} and root.head.pos_ == "PROPN" and root.head.i > root.i


def _since_long_before(span, when: When | None, art: _Article) -> bool:
    """Rule ``event.key.since_long_before``: a date in a clause that opens a period with "since" ("the rebels have
    fought the army since it seized power in a coup on 1 February 2021") tells when the state the sentence describes
    began; when it is more than ``background_days`` (lexicon) before the article's day, what began then is
    background, not a key dated event of the story. (A "since" phrase, "engulfed by war since April 2023", still
    dates the war's start.)"""
    if when is None:
        return False
    own = governor(span.root)
    if own.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in own.children):
        if not _since_phrase(span):
            return False
        if art.ref is None or not art.deictic_ok:
            return True  # rule event.key.since_unsure_start: no day of the article's own to tell how long before
    if art.ref is None or not art.deictic_ok:
        return False
    first = when.day
    last = first if when.precision == "day" else \
        dt.date(first.year, 12, 31) if when.precision == "year" else \
        dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - dt.timedelta(days=1)
    return (art.ref - last).days > int(section("event_types").get("background_days", 30))


def _since_phrase(span) -> bool:
    """A "since" phrase on a verb (rule ``event.key.since_unsure_start`` in an article with no day of its own, where
    how long before it opened cannot be told: "a pact that has been advancing since March" is left out) ("Since October, the rebels captured large areas", "a pact that has been advancing
    since March", "three rounds have taken place since May") opens the period the clause tells, not a day anything
    happened on (rule ``event.key.since_long_before`` when it is long before the article). A verb told by the state
    it is in keeps the state's start: "engulfed by civil war since April 2023" dates the war."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "since" or prep.dep_ != "prep":
        return False
    return prep.head.pos_ in {"VERB", "AUX"} and _any_argument_type(prep.head) is None


def _denied(span) -> bool:
    """Rule ``event.key.denied``: a dated clause under a verb of denial ("denied that a summit had been agreed for
    Monday", "dismissed reports that talks were planned for Monday"; ``denial_verbs``), or a dated noun or infinitive
    under a noun a "no" rules out ("there are no plans for a summit on Monday", "there is no plan to meet on Monday"),
    tells no event. The day of the denial itself ("denied on Monday that …") still dates the denial, and a participle
    on the denied noun is told ("denied the ceasefire announced on New Year's Day": :func:`clauses.under_denial`)."""
    if under_denial(governor(span.root)):
        return True
    noun = _dated_noun(span)
    tok = noun if noun is not None else governor(span.root)
    for _ in range(3):
        if tok.dep_ not in {"pobj", "prep", "acl"} or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return True
    return False


def _hoped_for(span) -> bool:
    """Rule ``event.key.hoped_for``: a dated clause under a verb of a hope (``hope_verbs``: "hopes the talks will resume
    on Monday", "said she wanted to meet on Friday") is hoped for, neither set nor done: no event. A date that names a
    noun is that noun's own ("want to restore the accord of 1974"), told whatever the hope."""
    return _dated_noun(span) is None and complement_of(governor(span.root), words("event_types", "hope_verbs")) is not None


def _not_done_infinitive(span) -> bool:
    """Rules ``event.key.refused`` and ``event.key.attempted``: an infinitive under a verb of refusing or of an attempt
    (``refusal_verbs``, ``attempt_verbs``: "refused to meet X on Monday", "tried to meet X on Monday") was not done,
    and the day of a try ("tried on Monday to meet X") is that of an act the sentence does not tell done: no event.
    The refusal's own day still dates an untyped report of it; a date that names a noun is that noun's own ("refused
    to attend the July 10 meeting")."""
    if _dated_noun(span) is not None:
        return False
    verb = governor(span.root)
    attempts = words("event_types", "attempt_verbs")
    if (verb.lemma_.lower() in attempts or verb.lower_ in attempts) and any(c.dep_ == "xcomp" for c in verb.children):
        return True
    found = complement_of(verb, words("event_types", "refusal_verbs") | attempts)
    return found is not None and found[1] == "xcomp"


def _new_date_of_a_delay(span) -> bool:
    """Rule ``event.key.new_date_of_a_delay``: the day after the "to", "until" or "for" of a verb that moves a happening
    (``rescheduling_verbs``: "postponed from Monday to Thursday", "rescheduled for Friday") is its new day, which dates
    no postponement: no event of that date."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in words("event_types", "new_date_preps"):
        return False
    return root.head.head.pos_ in {"VERB", "AUX"} and root.head.head.lemma_.lower() in words("event_types",
                                                                                           "rescheduling_verbs")


def _not_told_done(span) -> bool:
    """Rule ``event.key.conditional``: a dated clause supposed under a condition (:func:`clauses.supposed`: "the
    leaders would meet on Monday if the ceasefire holds") is neither set nor done: no event. So is one told as what
    might have been (rule ``event.key.counterfactual``: a modal other than the future's with "have", "would have met
    on Monday", "could have signed on Friday"), a plan of the past (rule ``event.key.past_plan``: "had planned to meet
    on Monday", "the vote, which had been expected on Monday": whether it then happened, and on which Monday, the
    clause does not say); an attempt is :func:`_not_done_infinitive`'s."""
    verb = governor(span.root)
    return supposed(verb) or _counterfactual(verb) or _past_plan(verb)


def _counterfactual(verb) -> bool:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.tag_ == "MD" and a.lower_ not in words("future_auxiliaries") for a in auxes) and \
        any(a.lower_ == "have" for a in auxes)


def _past_plan(verb) -> bool:
    """A verb of expectation or plan (``past_plan_verbs``) told with "had" ("had planned", "had been expected"), or the
    infinitive under one; never "had agreed to a ceasefire", an agreement done."""
    for tok in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if tok is not None and {tok.lemma_.lower(), tok.lower_} & words("event_types", "past_plan_verbs") and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
            return True
    return False


def _unsettled_clause(verb) -> bool:
    """A to-infinitive on a noun after a preposition, or a passive one ("time was running out for a deal to be struck
    on Thursday") or a passive gerund on a noun of likelihood ("the chances of an agreement being struck this week";
    ``likelihood_nouns``): something hoped for or weighed, neither done nor set (rule ``event.key.hypothetical``)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.i >= 2 and verb.doc[verb.i - 2].lower_ == verb.lower_:
        return False  # "met face to face": an idiom the parser read as an infinitive
    if "to" in auxes and verb.dep_ in {"acl", "relcl"} and verb.head.dep_ not in {"nsubj", "nsubjpass", "attr"} \
            and (verb.head.dep_ == "pobj" or "be" in auxes):
        # (not an infinitive of purpose or on an object, "launched a process to reimpose X on Thursday": the parser may
        # hang the launch's day on it)
        return True  # ("the summit to be held on Friday was cancelled" tells the fate of a meeting set for Friday)
    noun = verb.head
    if "being" in auxes and verb.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head.lemma_.lower() in words("event_types", "likelihood_nouns")
    return False


def _hypothetical(span) -> bool:
    """Rule ``event.key.hypothetical``: a date in a clause put as a condition or a question ("asked if he would visit
    in 2026", "not sure whether the meeting could be held in February", "if an accord is signed on Friday";
    ``hypothetical_marks`` in the lexicon) tells nothing that happened or is set. A dated typed noun is still told:
    "if an agreement is reached in today's talks" has talks today."""
    noun = _dated_noun(span)
    if noun is not None and (_noun_type(noun) or _of_type(noun)):
        return False
    marks = words("event_types", "hypothetical_marks")
    tok = governor(span.root)
    if _unsettled_clause(tok):
        return True
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
            return True
        if tok.dep_ not in {"xcomp", "conj"} or tok.head.i == tok.i:  # a relative clause is told, not supposed
            return False
        tok = governor(tok.head)
    return False


def _dropped(span, head, own, when: When | None, event: RawEvent, art: _Article) -> bool:
    """The rules that find a dated clause, once read, to be no event of its own."""
    return _date_is_the_topic(span, event) or _present_state(span, head, event) or _effect_to_come(head, own, event) \
        or _date_of_a_noun_unplaced(span, when, event, art) or _month_unplaced(head, when, event, art) \
        or _prevented(span, head, event) or _plan_dated_before(when, event, art) or _proposal_not_kept(own, event)


def _proposal_not_kept(own, event: RawEvent) -> bool:
    """Rule ``event.key.proposal_not_kept``: a day in the content of a proposal or a plan (``clause.proposal_content``:
    "the offer to meet in January", "the idea of holding the summit on Friday") is the day of what was put forward.
    No event when the proposal is refused ("rejected a plan to hold the summit in January", "turned down the offer to
    meet on Friday"), denied ("there is no plan to meet on Friday", "did not propose to …") or read as a day already
    gone: the text does not say it was kept. A plan still ahead stays planned ("announced a plan to hold talks in
    March")."""
    noun = proposal_holding(own)
    if noun is None:
        return False
    if event.status != "planned" or _negated(noun):
        return True
    verb = verdict_on(noun)
    if verb is None:
        return False
    refused = verb.lemma_.lower() in words("reject_words") or any(h[0] == verb.i for h in hits(verb.doc, "venue.status.rule_out"))
    return refused != any(negates(c) for c in verb.children)


def _plan_dated_before(when: When | None, event: RawEvent, art: _Article) -> bool:
    """Rule ``event.key.plan_dated_before``: an arrangement read from a word of expectation, agreement or promise
    (``event.status.prospective_predicate``) that its month puts before the article's own ("agreed to participate in
    the tournament in June" in an August article: a month with no year more than nine months ahead is the one gone) is
    one the text does not say was kept: neither happened nor planned, so no event. A day is left to the rules that
    placed it (a weekday the article named before is that day again, ``date:weekday-named-before``)."""
    if event.status != "planned" or event.evidence.get("status") != "event.status.prospective_predicate":
        return False
    return when is not None and art.ref is not None and art.deictic_ok and when.precision == "month" \
        and when.date < art.ref.isoformat()[:7]


def _prevented(span, head, event: RawEvent) -> bool:
    """Rule ``event.key.prevented``: a day still to come told by a verb of keeping something from happening ("the
    deal runs on, thus averting any work stoppage on March 3"; ``prevention_verbs``) is the day of what will now
    not happen: no event. The day must hang from the verb or from its object; a day of another noun ("prevent
    escalation and facilitate planning for a meeting in October") is that noun's, and a prevention told as done
    ("the strike was averted on Monday") is kept."""
    if event.status != "planned" or head.lemma_.lower() not in words("event_types", "prevention_verbs"):
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    owner = prep.head
    return owner.i == head.i or (owner.dep_ == "dobj" and owner.head.i == head.i)


def _present_state(span, head, event: RawEvent) -> bool:
    """Rule ``event.key.present_state``: an untyped clause whose verb is one of a state in the present simple, dated
    only by a word of the present ("Today, the bloc includes ten members", "the group now has 16 partners";
    ``present_state_words`` and ``state_verbs`` in the lexicon), tells how things are, not what happened that day."""
    if event.type != "other" or span.text.strip().lower() not in words("event_types", "present_state_words"):
        return False
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    return head.tag_ in {"VBZ", "VBP"} and not auxes and head.lemma_.lower() in words("event_types", "state_verbs")


def extract_events(doc, facts: EntityFacts, sid: dict[int, str], ref: dt.date | None, deictic_ok: bool,
                   year_hint: int | None, venue_mentions=None, dateline: str | None = None,
                   year_sure: bool = True) -> list[RawEvent]:
    """Every dated clause of the article, once per clause: its date resolved, its type, its actors and places
    (and the undated lead of a datelined article, dated by the article: :func:`_dateline_lead`; or a lead in the
    present perfect: :func:`_perfect_lead`)."""
    sents = list(doc.sents)
    art = _Article(facts, sid, ref, deictic_ok, year_hint, venue_mentions, sents,
                   {s.start: k for k, s in enumerate(sents)}, year_sure,
                   tuple((p.start, p.end) for p in find_quotes(doc.text)))
    events: list[RawEvent] = []
    seen_heads: set[int] = set()
    undated: dict[int, int] = {}  # a clause's head → where its undated event is in ``events``
    last_anchor: dt.date | None = None
    named: dict[str, When] = {}
    spans = date_spans(doc)
    stamps = _stamp_spans(doc, spans)
    stamped = set(stamps.values())
    glossed = _glossed_spans(doc, spans) | set(stamps)
    for span in spans:
        if span.start in glossed:
            continue
        head, own, t = _anchor(span)
        told = t
        prospect, t, cue_rule = _plan_or_act(head, own, span, t)
        t, read, read_rule = (None, "nearest", cue_rule) if cue_rule else _reading(span, own, t, prospect)
        when = resolve(span.text, ref, read, last_anchor, deictic_ok, year_hint)
        if read_rule and when == resolve(span.text, ref, told, last_anchor, deictic_ok, year_hint):
            read_rule = None  # the rule changed nothing
        when, date_rule = _weekday_named_before(span, when, named, ref if modal_future(own) else None)
        if _present_of_its_day(prospect, span, when, art, date_rule):
            prospect, t = None, told
        date_rule = date_rule or read_rule
        if when is not None:  # "In July, … A few days later, …": only a day anchors what is counted from it
            last_anchor = when.day if when.precision == "day" else None
        earlier = _sequence_noun(span, head)
        if earlier is not None:  # "After a meeting in January, talks took place on March 22": two happenings
            head = own = earlier
        # rule date:calendar-over-duration: a clause an undated span claimed first ("launched a 30-day process
        # on Thursday") is dated by its calendar span
        clause = _clause_key(head, own)
        instead, over = _replaces(undated, clause, when, events, span)
        if (clause in seen_heads and instead is None) or _skipped(head, span, when, art):
            continue
        seen_heads.add(clause)
        event = _event(span, head, own, t, when, art, prospect)
        if earlier is not None:
            event.evidence["clause"] = "event.clause.sequence_noun"
        if _dropped(span, head, own, when, event, art):
            continue
        date_rule = date_rule or ("date:stamp-of-report" if span.sent.start in stamped else None) or over
        if date_rule:
            event.evidence["date"] = date_rule
        _place(events, event, instead, undated, clause)
    _mark_remarks_at_gatherings(events, art)
    lead = _undated_lead(doc, art, dateline)
    return ([lead] if lead is not None else []) + events


def _clause_key(head, own) -> int:
    """The clause one event is told by: a relative clause is one of its own beside the main clause ("the talks, which
    began on May 3, ended on Friday": two events)."""
    return own.i if own.dep_ == "relcl" else head.i


def _undated_lead(doc, art: _Article, dateline: str | None) -> RawEvent | None:
    """The lead that names no date, dated by its article: :func:`_dateline_lead`, else :func:`_perfect_lead`."""
    dated = {span.sent.start for span in date_spans(doc) if not _duration(span)}
    # a time the model names but no rule reads ("met in X on the 5th") still places the lead: not the article's day
    dated |= {e.sent.start for e in doc.ents if e.label_ in {"DATE", "TIME"} and not _duration(e)}
    dated |= {t.sent.start for t in doc if t.ent_type_ == "ORDINAL" and t.head.lower_ == "on"}
    return _dateline_lead(doc, art, dateline, dated) or _perfect_lead(art, dated)


def _duration(span) -> bool:
    """Rule ``date:duration-places-nothing``: is ``span`` (a time the model names) a length of time ("after two days
    of talks", "the first visit in decades", "over the past two days")? Its last word is a plural unit of time
    (``duration_units``), no anchor after it makes it a point ("two days ago", ``duration_anchors``), and no number
    after "in" makes it a day to come ("in two days"). A length of time places a lead on no other day."""
    doc, last = span.doc, span[-1]
    if last.tag_ != "NNS" or last.lemma_.lower() not in words("duration_units"):
        return False
    if span.end < len(doc) and doc[span.end].lower_ in words("duration_anchors"):
        return False
    return not (span.start > 0 and doc[span.start - 1].lower_ == "in" and any(t.like_num for t in span))
