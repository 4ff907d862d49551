"""Venues: places where a meeting, summit or round of talks happened or may happen, with a status.

A place name is a venue when the sentence ties it to a meeting: "met in Port Aster", "the Vellmar
summit", "ready to host the negotiations", "floated Port Aster as an alternative venue".

Its status comes from the predicate that governs it: the dependency path is followed from the
place to the event word it belongs to ("the meeting **in** Lindor", "met **in** Port Aster"), and on up
to the first verb or telling noun ("preparations **for** the meeting"), whose lexical class (cancel,
postpone, reject, propose, plan …), negation, tense and modality give the status. Each status
carries the name of the rule that read it (``evidence``). When no rule is sure the place is only
mentioned, with no status: a wrong status is worse than none.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..gazetteer import Place, gazetteer
from ..lexicon import section, words
from .clauses import (MEETING_NOUNS, MEETING_VERBS, SPEECH, complement_of, negates, proposal_holding, span_text, subject, supposed,
                      tense, under_denial, verdict_on)
from .dates import bare_weekday
from .entities import EntityFacts, Mention
from .events import strike_of_arms
from .rules import covering, hits

PROPOSE = words("propose_words")
REJECT = words("reject_words")
CANCEL = words("cancel_words")
POSTPONE = words("postpone_words")
PLANNING = words("planning_words") | words("future_lemmas")
HELD = words("held_verbs")
PAST_GERUND_PREPS = words("past_gerund_preps")
MEETING_REFS = words("meeting_refs")
OCCURRENCE = words("occurrence_verbs")
PROPOSAL_NOUNS = words("proposal_nouns")
VENUE_NOUNS = words("venue_nouns")
LOCATIVE = words("venue_preps")
DURING = words("during_preps")
OCCASION = words("occasion_preps")
TOPIC = words("topic_preps")
FRAME = words("frame_preps")
INVITING = words("inviting_verbs")
RESULTS = words("result_verbs")
INVITED_TO = words("invitation_preps")
OCCURRING = MEETING_REFS | words("occurring_meeting_nouns")
DATE_SETTING = words("date_setting_verbs")
DATE_SET_FORMS = words("date_setting_forms")
AGREEMENTS = words("agreement_nouns")
SIGNED_TEXTS = AGREEMENTS | words("signed_text_nouns")
MARGINS = words("margin_nouns")
PART_NOUNS = words("part_of_meeting_nouns")
PART_PREPS = words("part_of_meeting_preps")
PAST_MODS = words("past_event_modifiers")
PAST_POINTING = {"after", "since", "following"}  # occasions told from after them: no plan reaches back to them
PLANNED_MODS = words("planned_modifiers")
FUTURE_CUES = words("future_cue_words")
ASPECTUAL = words("aspectual_verbs")
OPEN_MARKS = words("event_types", "hypothetical_marks")
HOPES = words("event_types", "hope_verbs")
RESUMING = words("event_types", "argument_typed_verbs")
VISITORS = words("event_types", "visitor_nouns")
PARTY_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
VERBS = {"VERB", "AUX"}
CONTROL_DEPS = {"xcomp", "ccomp", "acomp", "conj"}  # a verb's complements, through which its subject acts
PLACE_KINDS = words("place_kind_nouns")
POSSIBLE = words("possibility_modals")
CONCESSIVE = words("concessive_words")
CONCLUDING = words("concluding_verbs")
KEEPING = words("keeping_verbs")
FACILITIES = words("facility_nouns")
LABOUR = words("labour_action_nouns")
LABOUR_CUES = words("labour_cue_words")
AGREEMENT_NOUNS = frozenset(section("event_types")["types"]["agreement"]["nouns"])  # "the deal struck": no walkout
LABOUR_VERBS = words("labour_action_verbs")
LABOUR_KINDS = words("labour_strike_modifiers")
LABOUR_FRAME = words("labour_frame_words")
HARM = words("harm_words")
AMBIGUOUS_ATTACK = words("event_types", "ambiguous_attack_words")
TOWN_KINDS = {"city", "place"}  # what a facility can stand in: a town, listed or not (never a country or region)


def _named_place(tok):
    """Rule ``venue.place_of``: "the resort city of X", "the capital X", "hotel The X" — the place is where the kind
    of place it names stands in the sentence."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _lemma(tok.head.head) in PLACE_KINDS:
        return tok.head.head
    if tok.dep_ in {"appos", "compound"} and _lemma(tok.head) in PLACE_KINDS and tok.head.i == tok.i - 1:
        return tok.head  # "arrived in the capital X", "the capital X": the kind stands where the place does
    if tok.dep_ == "appos" and _lemma(tok.head) in FACILITIES and tok.head.i < tok.i \
            and all(t.dep_ == "det" for t in tok.doc[tok.head.i + 1:tok.i]):
        return tok.head  # "the meeting, at inner-city Port Aster hotel The Lindor,": the hotel stands for its name
    return tok


@dataclass
class VenueMention:
    mention: Mention
    statuses: list[str]
    sentence: str
    actors: dict  # status → who proposed, offered or rejected it
    evidence: dict[str, str] = field(default_factory=dict)  # "status:held" → name of the rule that read it
    inside: str | None = None  # the town a facility stands in, as the text says ("the X Airport in the city of Y")
    meeting: str | None = None  # the gathering the place belongs to, in the text's words ("the trilateral summit")

    def actor_for(self, status: str) -> Mention | None:
        return self.actors.get(status)


@dataclass
class Reading:
    """One status a rule read for a place (``status`` "" means: a rule is sure there is none)."""

    status: str
    rule: str
    actor: object = None  # the token of who proposed, offered or rejected


NAME_ARGUMENTS = {"pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj", "attr"}


def name_root(span):
    """The token that stands for a place's name in the parse: the span's root, or, where the parser split the name
    (rule ``venue.split_name``: "in Porto do Lindor" with "do" read as an auxiliary, so that "Lindor" turns subject of
    the verb), the first of its words that hangs from outside it as a noun's argument ("Porto", the object of "in")."""
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if len(outside) < 2:
        return span.root
    return next((t for t in outside if t.dep_ in NAME_ARGUMENTS), span.root)


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _chain(tok, depth: int = 4):
    out = []
    while tok.head.i != tok.i and depth:
        tok = tok.head
        out.append(tok)
        depth -= 1
    return out


def _top_of_coordination(tok):
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _occurs(verb) -> bool:
    """"the meeting will take place in X", "the talks happened in Y": a verb of occurrence whose subject is a meeting."""
    if _lemma(verb) not in OCCURRENCE or (_lemma(verb) == "take" and not any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        return False
    who = subject(verb) or _modified_noun(verb)  # "talks are scheduled to take place in X": the controller's subject
    if who is not None and _lemma(who) not in OCCURRING and _modified_noun(verb) is not None:
        who = _modified_noun(verb)  # "he cancelled talks with Y set to take place in X" (venue.status.reduced_relative)
    if who is not None and who.tag_ == "WDT" and verb.dep_ == "relcl":
        who = verb.head  # "the talks, which ended in X, …": the relative pronoun stands for the noun
    return who is not None and (_lemma(who) in OCCURRING or labour_action(who))


def _modified_noun(verb):
    """"The talks, set to take place in X, …", "the talks, expected to begin in Y on Monday": the noun that the
    participle above the infinitive modifies is its subject."""
    tok = verb
    for _ in range(3):
        if tok.dep_ == "acl" and tok.head.i != tok.i:
            return tok.head
        if _reduced_relative_of(tok) is not None:
            return _reduced_relative_of(tok)
        if tok.dep_ not in {"xcomp", "advcl", "ccomp"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _reduced_relative_of(tok):
    """Rule ``venue.status.reduced_relative``: "cancelled meetings with the envoys set to take place on Sunday in X" —
    a participle of scheduling (``date_setting_forms``) with no subject, auxiliary or conjunction of its own that the
    parser hung as a clause on the verb, though it follows that verb's meeting object: it modifies that meeting. The
    meeting noun, else None."""
    if tok.dep_ != "advcl" or tok.lower_ not in DATE_SET_FORMS or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in tok.children):
        return None
    noun = next((c for c in tok.head.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < tok.i), None)
    return noun if noun is not None and _lemma(noun) in MEETING_NOUNS and noun.right_edge.i == tok.i - 1 else None


def _sets_meeting(verb) -> bool:
    """Rule ``venue.meeting_set_for``: "the next round is set for Monday in X", "a meeting is scheduled for 25 May in
    Y", "talks scheduled for 20 August in Z" — a verb that fixes a meeting for a date (``date_setting_verbs``), with
    the meeting as its subject or as the noun its participle modifies: its locative, or one hung on the date, is where
    the meeting is to be."""
    return _lemma(verb) in DATE_SETTING and (any(
        c.dep_ in {"nsubj", "nsubjpass"} and _lemma(c) in OCCURRING for c in verb.children) or (
        verb.dep_ == "acl" and _lemma(verb.head) in OCCURRING))


# ---- places that are no venue: rules venue.not.* of rules.yml ------------------------------------

SCOPE_KINDS = {"country", "region"}  # a city before a topic noun names where it was reached ("the X accord")


def _concluded(noun) -> bool:
    """"signed an accord in X", "agreed to a truce in X", "signed a framework for a deal in X": the first verb
    above the agreement noun concludes it, so the place is where it was concluded, not its scope."""
    verb = next((t for t in noun.ancestors if t.pos_ in VERBS), None)
    return verb is not None and _lemma(verb) in CONCLUDING


def _held_meeting(doc, hit) -> bool:
    """A meeting noun right before the holding verb holds it, whatever the parser hung the verb on
    ("a follow-up to the Special Meeting held in X"), or whose "between" phrase it follows ("a meeting between
    the factions held in X")."""
    return any(_lemma(doc[i]) in KEEPING and (i > 0 and _lemma(doc[i - 1]) in MEETING_NOUNS or (
        (met := _between_parties_of(doc[i])) is not None and _lemma(met) in MEETING_NOUNS)) for i in hit)


def _ruled_out(m: Mention, tok) -> str | None:
    """The rule by which the sentence's structure makes the place (token ``tok``, the top of its
    coordination) something other than a venue: what the talks are about ("peace in X", "a truce in X",
    "the X truce"), where people are held ("hostages held in X") or who asks another to host. None: no rule says so."""
    doc = tok.doc
    # "peace in X", "the ambassador to X", "according to the X": the place ends the rule's phrase, whatever the rest
    for name in ("venue.not.scope_of_topic", "venue.not.post_of_a_title", "quote.according_to"):
        if any(h[-1] == tok.i for h in hits(doc, name)):
            return name
    if any(h[-1] == tok.i and not _concluded(doc[h[0]]) for h in hits(doc, "venue.not.scope_of_agreement")):
        return "venue.not.scope_of_agreement"
    if any(h[-1] == tok.i and not _held_meeting(doc, h) for h in hits(doc, "venue.not.held_thing")):
        return "venue.not.held_thing"
    kind = m.place.kind if m.place is not None else None
    scope = m.label == "country" or kind in SCOPE_KINDS
    if scope and any(h[-1] == tok.i for h in hits(doc, "venue.not.scope_compound")):
        return "venue.not.scope_compound"
    if scope and any(h[-1] == tok.i for h in hits(doc, "venue.not.party_located")):
        return "venue.not.party_located"
    if scope and any(h[-1] == tok.i for h in hits(doc, "venue.not.visited_country")):
        return "venue.not.visited_country"
    if any(h[1] == tok.i for h in hits(doc, "venue.not.asked_another_to_host")):
        return "venue.not.asked_another_to_host"
    return None


def _named_agreement(tok) -> bool:
    """Rule ``venue.not.named_agreement``: "per the X agreement", "under the X accords" — a city before an agreement
    noun that no concluding verb governs names a text; it is a venue only when a status rule reads the meeting."""
    return any(h[-1] == tok.i and not _concluded(tok.doc[h[0]]) for h in hits(tok.doc, "venue.not.named_agreement"))


def _relative_host(tok):
    """Rule ``venue.relative_host``: "Freedonia, which hosted the first round of talks, …" — a relative clause of the
    place whose verb hosts a meeting; its tense gives the status. None when there is none ("which hosts a base")."""
    return next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_ == "host" and any(
        d.dep_ == "dobj" and _lemma(d) in MEETING_NOUNS for d in c.children)), None)


def _where_clause(tok):
    """Rule ``venue.where_clause``: "a two-day visit to X, where he held the round of talks", "flew to X, where she
    met her counterpart" — a "where" clause of the place says what happens there; when its verb holds a meeting,
    that verb's tense gives the status, whatever brought the subject there. None when there is none."""
    return next((c for c in tok.children if c.dep_ == "relcl" and c.pos_ in VERBS and _holds_a_locative(c) and any(
        d.dep_ == "advmod" and d.lower_ == "where" for d in c.children)), None)


def _subject_hosts(verb) -> bool:
    """Rule ``venue.subject_hosts``: the subject of ``verb`` is the host when the verb is "host" or a "host" it
    controls: reached from the verb through complements only ("was ready to host", "offered to host", "agreed to host
    the talks"). A "host" that modifies a noun ("talks in X hosted by Y") has its own host, so the subject of the
    sentence is a party, not the place ("Freedonia and Elbonia agreed to a truce after talks hosted by Y")."""
    if _lemma(verb) == "host":
        return True
    for c in verb.subtree:
        if c.i <= verb.i or c.lemma_ != "host" or c.pos_ != "VERB":
            continue
        tok = c
        while tok.i != verb.i and tok.dep_ in CONTROL_DEPS and tok.head.i != tok.i:
            tok = tok.head
        if tok.i == verb.i:
            return True
    return False


def _is_venue(m: Mention, doc) -> bool:
    head = name_root(doc[m.start:m.end])
    tok = _top_of_coordination(_named_place(head))
    if _ruled_out(m, tok) is not None:
        return False
    dep, up = tok.dep_, tok.head
    if _relative_host(tok) is not None:
        return True  # "Freedonia, which hosted the first round, …"
    sent_lemmas = {_lemma(t) for t in head.sent}
    if dep in {"compound", "nmod", "amod"} and _lemma(up) in MEETING_NOUNS:
        # "the Vellmar summit", "a Port Aster meeting"; but a country before "talks" is a party to them
        # ("Ruritania-Freedonia negotiations", "US-Elbonia talks"); a city that only names an agreement is the name of
        # a text, unless the sentence tells the meeting ("the failed X peace deal", "signed the X accord")
        return m.label != "country" and (not _named_agreement(tok) or any(r.status for r in read_status(head)))
    if dep == "pobj" and up.lower_ in LOCATIVE:
        return any(_holds_a_locative(g) for g in _chain(up, 3))
    if dep == "pobj" and up.lower_ == "including" and sent_lemmas & {"host", "venue"}:
        return True  # "… offered to host, including Ruritania, Freedonia and Elbonia"
    if dep in {"nsubj", "nsubjpass"}:
        verb = up
        if _subject_hosts(verb):
            return True  # "Freedonia was ready to host the negotiations"
        return any(c.dep_ == "attr" and _lemma(c) in VENUE_NOUNS for c in verb.children) \
            or (dep == "nsubjpass" and _as_venue(verb))  # "remains the agreed location", "was ruled out as a venue"
    # "floated Port Aster … as venues", "asked Y to host": a venue word in the clause of the verb the place is
    # the object of (rule venue.object_of_venue_clause), not anywhere in the sentence ("host a conference on rebuilding X")
    return dep == "dobj" and any(_lemma(t) in VENUE_NOUNS - {"place"} for t in up.subtree)


def _as_venue(verb) -> bool:
    """Rule ``venue.passive_as_venue``: the verb's "as"-phrase names a venue ("X was ruled out as a venue for the
    summit", "X was chosen as the host")."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(_lemma(o) in VENUE_NOUNS | {"host"} for o in p.children
                                                               if o.dep_ == "pobj") for p in verb.children)


# ---- from the place to the event word it belongs to -------------------------------------------------

def _anchor(place):
    """The event word a place belongs to: the meeting noun it modifies ("the Port Aster talks"), the
    meeting noun or verb its locative hangs from ("a meeting in Lindor", "met in Port Aster"), or the
    verb it is an argument of ("floated Port Aster", "Freedonia hosted"). None: it hangs from some
    other verb ("agreed in X"), and nothing is read."""
    tok = _top_of_coordination(_named_place(place))
    dep, up = tok.dep_, tok.head
    clause = _relative_host(tok)
    clause = clause if clause is not None else _where_clause(tok)  # "X, which hosted …", "X, where they met …"
    if clause is not None:
        return clause
    if dep in {"compound", "nmod", "amod"} and _lemma(up) in MEETING_NOUNS:
        return up
    if dep == "pobj" and (_range_end(up) or _denied_alternative(up)):
        return None
    if dep == "pobj" and up.lower_ in LOCATIVE:
        for g in _chain(up, 3):
            if _holds_a_locative(g):
                return g
            if g.pos_ in VERBS:
                return None
        return None
    if dep in {"nsubj", "nsubjpass", "dobj"}:
        attr = next((c for c in up.children if c.dep_ == "attr" and _lemma(c) in VENUE_NOUNS), None)
        if attr is None and dep == "nsubj":
            attr = _coordinated_host(up)  # "X helped broker the talks and will host the next round"
        return attr if attr is not None else up  # "X remains the agreed location"
    return None


def _range_end(prep) -> bool:
    """Rule ``venue.not.range_end``: "walked off the job at ports from X to Y", "flights from X to Y" — the end
    of a range of places on a noun is the scope of what is told there, not a place it was held (a verb's own "from …
    to …", "the talks moved from X to Y", is left to the verb)."""
    if prep.lower_ != "to":
        return False
    if prep.head.lower_ == "from":
        return True
    return prep.head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "prep" and c.lower_ == "from" for c in prep.head.children)


def _denied_alternative(prep) -> bool:
    """Rule ``venue.not.denied_alternative``: "met in X, not in Y as planned", "met in X rather than in Y": the place
    of a locative the text sets aside with "not" or "than" right before it was no place of the meeting."""
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ in words("set_aside_words")


def _holds_a_locative(g) -> bool:
    """Is ``g`` the event word a locative under it belongs to: a meeting noun or verb, a labour action, a verb of
    occurrence with a meeting subject, a verb that sets a meeting, or a verb of taking part whose object is a meeting?"""
    if _resumed_other_thing(g):
        return False
    return _lemma(g) in MEETING_NOUNS or _lemma(g) in MEETING_VERBS or labour_action(g) or _occurs(g) \
        or _sets_meeting(g) or _takes_part_in_meeting(g)


def _resumed_other_thing(g) -> bool:
    """Rule ``venue.not.what_resumed``: a verb whose happening is what it acts on (``argument_typed_verbs``: "talks
    resumed in X") holds a meeting only when what resumes is one, or a party resumes: "fighting resumed in X",
    "shelling resumed near X", "flights to X resumed" hold none ("the delegations resumed in X" still does)."""
    if g.pos_ not in VERBS or _lemma(g) not in RESUMING:
        return False
    args = [c for c in g.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if any(_lemma(a) in MEETING_NOUNS for a in args):
        return False
    who = next((a for a in args if a.dep_ == "nsubj"), None)
    return who is None or not (who.ent_type_ in PARTY_LABELS or who.pos_ in {"PROPN", "PRON"}
                               or _lemma(who) in VISITORS)


def labour_action(tok) -> bool:
    """Rule ``venue.labour_action``: a strike, walkout or picket is a thing that happens at a place, as a meeting does
    ("the walkout at the X plant"): a noun of ``labour_action_nouns``, or a verb of ``labour_action_verbs`` or one with
    its particle (``labour_action_particles``: "walked out") in a context of labour (:func:`_labour_context`), or a verb
    whose "on" phrase is one ("went on strike"). "Strike", which also names an attack, counts only in a context of
    labour, with no word of harm in its sentence (``harm_words``) and no cue of arms (rule ``type:strike-of-arms``):
    "a strike in X" alone tells nothing."""
    lemma = _lemma(tok)
    if tok.pos_ in VERBS:
        if any(c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and _lemma(g) in LABOUR for g in c.children) for c in tok.children):
            return True  # "went on strike at X"
        particles = section("labour_action_particles").get(lemma) or []
        if lemma not in LABOUR_VERBS and not any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in particles
                                                 for c in tok.children):
            return False
        if lemma in AMBIGUOUS_ATTACK and _struck_a_thing(tok):
            return False
    elif tok.pos_ not in {"NOUN", "PROPN"} or lemma not in LABOUR:
        return False
    elif lemma not in AMBIGUOUS_ATTACK:
        return True  # "the walkout", "a picket"
    if not (_labour_context(tok) or _labour_kind(tok)):
        return False
    return lemma not in AMBIGUOUS_ATTACK or not (any(t.lower_ in HARM for t in tok.sent) or strike_of_arms(tok))


def _struck_a_thing(verb) -> bool:
    """"struck a deal", "the deal struck last month" (parsed as its subject too), "a deal was struck": the verb tells
    what was struck, no walkout."""
    return verb.dep_ == "acl" or any(c.dep_ in {"dobj", "nsubjpass", "auxpass"}
                                     or (c.dep_ == "nsubj" and _lemma(c) in AGREEMENT_NOUNS) for c in verb.children)


def _takes_part_in_meeting(verb) -> bool:
    """"attended the meeting on Tuesday in X", "chaired the talks in Y" (rule ``venue.meeting_object``): a verb of
    ``held_verbs`` whose direct object is a meeting noun; a locative the parser hung on the verb is the meeting's."""
    return verb.pos_ in VERBS and _lemma(verb) in HELD and any(
        c.dep_ == "dobj" and _lemma(c) in MEETING_NOUNS for c in verb.children)


def _labour_kind(tok) -> bool:
    """Rule ``venue.labour_kind``: a strike of a kind only labour has ("an indefinite strike", "a general strike", "a
    nationwide strike"; ``labour_strike_modifiers``) is a labour action whatever else its sentence says."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(c.dep_ in {"amod", "compound"} and c.lower_ in LABOUR_KINDS
                                                 for c in tok.children)


def _labour_context(tok) -> bool:
    """A word of labour in the token's sentence, a common noun outside any name (``labour_cue_words``: "the union",
    "workers", not "the European Union"), or three such words or words of a labour dispute (``labour_frame_words``),
    written in lower case, in its article."""
    if any(t.lower_ in LABOUR_CUES and t.pos_ == "NOUN" and not t.ent_type_ for t in tok.sent):
        return True
    doc = tok.doc
    if "labour_frame" not in doc.user_data:
        doc.user_data["labour_frame"] = sum(t.text in LABOUR_CUES | LABOUR_FRAME for t in doc) + \
            _peaceful_strikes(doc) >= 3
    return doc.user_data["labour_frame"]


def _peaceful_strikes(doc) -> int:
    """Rule ``venue.strikes_without_harm``: in an article with no word of harm (``harm_words``) and no strike of arms
    (rule ``type:strike-of-arms``), each "strike" written as a common noun in lower case counts as a word of labour
    ("the days since the strike began Friday" in a report that says "strike" four times and never "killed" or
    "missile"). One word of harm anywhere and the strikes count for nothing."""
    strikes = [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in AMBIGUOUS_ATTACK and t.text.islower()]
    if not strikes or any(t.lower_ in HARM for t in doc) or any(strike_of_arms(t) for t in strikes):
        return 0
    return len(strikes)


def _labour_anchor(anchor) -> bool:
    """Is the event word a place belongs to a labour action, or a verb of occurrence whose subject is one ("strikes will
    take place at X")?"""
    if anchor is None:
        return False
    who = subject(anchor) if anchor.pos_ in VERBS and _lemma(anchor) in OCCURRENCE else None
    return labour_action(anchor) or (who is not None and labour_action(who))


def _coordinated_host(verb):
    """The "host" coordinated with the subject's own verb ("X helped broker the talks and will host the next round"):
    it, not the first verb, tells the subject's part as the venue (rule ``venue.subject_hosts``)."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.lemma_ == "host" and c.pos_ == "VERB"), None)


def _negated(tok) -> bool:
    """"did not rule out", "never met", "no meeting", "nobody expects a summit in X" (:func:`negates`)."""
    if any(negates(c) or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    return any(negates(c) for a in tok.children if a.dep_ in {"aux", "auxpass"} for c in a.children)


def _actor(tok):
    """Who does it: the subject of a verb, the possessor of a noun ("the president's offer")."""
    if tok.pos_ in VERBS:
        return subject(tok)
    return next((c for c in tok.children if c.dep_ == "poss"), None)


# ---- lexical classes of the governing word -------------------------------------------------------

def _phrase_reading(tok) -> Reading | None:
    """Multi-word predicates matched by the rules of rules.yml: put on hold, call off, rule out, offer to host."""
    doc = tok.doc
    if covering(doc, "venue.status.put_on_hold", tok.i) and doc[tok.i].lemma_ in {"put", "push"}:
        return Reading("postponed", "venue.status.put_on_hold")
    if any(h[0] == tok.i for h in hits(doc, "venue.status.call_off")):
        return Reading("cancelled", "venue.status.call_off", _actor(tok))
    if any(h[0] == tok.i for h in hits(doc, "venue.status.rule_out")):
        return Reading("rejected", "venue.status.rule_out", _actor(tok))
    if any(h[0] == tok.i for h in hits(doc, "venue.status.sound_out")):
        return Reading("proposed", "venue.status.sound_out", _actor(tok))
    if any(h[0] == tok.i or (doc[h[0]].head.i == tok.i and doc[h[0]].dep_ == "acomp")
           for h in hits(doc, "venue.status.offered_to_host")):  # "offered to host", "was ready to host"
        return Reading("offered", "venue.status.offered_to_host", _actor(tok))
    return None


def _invited_to(verb, anchor) -> bool:
    """Rule ``venue.status.invited_to_meeting``: "invited both leaders for a meeting in X", "invited the sides to talks in
    Y" — people (the verb's object) called to the meeting (its "for"/"to" phrase): the one who invites has called the
    meeting, so it is planned, not a venue put forward ("invited X to host" stays a proposal)."""
    return _lemma(verb) in INVITING and anchor.dep_ == "pobj" and anchor.head.lower_ in INVITED_TO \
        and anchor.head.head.i == verb.i and any(c.dep_ == "dobj" for c in verb.children)


def _invited_to_join(verb, anchor) -> bool:
    """Rule ``venue.status.invited_to_join``: "invited the leaders to join Monday's meeting at X" — people called to
    come to a meeting (an attendance verb, lexicon ``event_types.attendance_verbs``, whose object holds the place): the
    meeting is arranged, and what the inviter puts forward is their coming, not the place."""
    return _infinitive_holding(verb, anchor, words("event_types", "attendance_verbs")) is not None


def _infinitive_holding(verb, anchor, lemmas):
    """The infinitive of ``lemmas`` under ``verb`` ("invited X to join …", "to meet …") whose phrase holds the place."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and _lemma(c) in lemmas
                 and c.left_edge.i <= anchor.i <= c.right_edge.i), None)


def _invited_on_a_date(verb, anchor) -> bool:
    """Rule ``venue.status.invited_on_a_date``: "invited Jan Roe to meet on August 18 in X" — someone (the verb's
    object) called to meet on a day the invitation names: the meeting is set for that day, so it is planned, and the
    place is not put forward. With no day ("invited Jan Roe to meet in X") the place stays a proposal."""
    meet = _infinitive_holding(verb, anchor, MEETING_VERBS)
    return meet is not None and any(t.ent_type_ == "DATE" for t in meet.subtree) \
        and any(c.dep_ == "dobj" for c in verb.children)


def _lexical(tok, anchor) -> Reading | None:
    """The status a governing word says by its class: cancel, postpone, reject, propose, plan."""
    found = _phrase_reading(tok)
    if found is not None:
        return found
    lem = _lemma(tok)
    if _invited_to(tok, anchor):
        return Reading("planned", "venue.status.invited_to_meeting")
    if lem in CANCEL:
        return Reading("cancelled", "venue.status.cancel_word", _actor(tok))
    if lem in POSTPONE:
        return Reading("postponed", "venue.status.postpone_word", _actor(tok))
    if lem in REJECT:
        if _judged_as(tok):
            return Reading("", "venue.status.judged_as")
        return Reading("rejected", "venue.status.reject_word", _actor(tok))
    if lem in INVITING and _invited_to_join(tok, anchor):
        return Reading("planned", "venue.status.invited_to_join")
    if lem in INVITING and _invited_on_a_date(tok, anchor):
        return Reading("planned", "venue.status.invited_on_a_date")
    if lem in PROPOSE:
        offered = lem == "offer" and _lemma(anchor) == "host"
        return Reading("offered" if offered else "proposed", "venue.status.propose_word", _actor(tok))
    if lem in PLANNING:
        return Reading("planned", "venue.status.planning_word")
    return None


def _judged_as(verb) -> bool:
    """Rule ``venue.status.judged_as``: "rejected the talks in X as a sham", "dismissed the meeting in X as
    meaningless": an "as"-phrase that is no venue noun (``venue_nouns``) judges the meeting, rejecting no venue ("rejected
    X as a venue" still does); no status."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]  # the parser may hang "as" on the object
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
        obj = next((o for o in prep.children if o.dep_ in {"pobj", "amod", "acomp"}), None)
        return obj is None or _lemma(obj) not in VENUE_NOUNS
    return False


def _modifiers(noun) -> Reading | None:
    """What the words before a meeting noun say: "the failed talks", "the planned summit", "no meeting"."""
    if _negated(noun):
        return Reading("", "venue.status.negated")
    for c in noun.children:
        if c.dep_ not in {"amod", "compound", "nmod"}:
            continue
        lem, low = _lemma(c), c.lower_
        if lem in CANCEL or low in CANCEL:
            return Reading("cancelled", "venue.status.cancel_word")
        if lem in POSTPONE or low in POSTPONE:
            return Reading("postponed", "venue.status.postpone_word")
        if low in PLANNED_MODS:
            return Reading("planned", "venue.status.planned_modifier")
        if low in PAST_MODS:
            return Reading("held", "venue.status.past_modifier")
    return None


# ---- tense, aspect and modality of the governing verb --------------------------------------------

def _between_parties_of(verb):
    """Rule ``venue.status.reduced_relative``: "a meeting between the factions held in X" — a reduced relative the
    parser hung on the last party of a "between"/"among" phrase belongs to the noun that phrase follows (the
    meeting); None for any other verb ("a meeting with hostages held in X" keeps the hostages)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    party = verb.head
    while party.dep_ == "conj" and party.head.i != party.i:
        party = party.head
    prep = party.head if party.dep_ == "pobj" else None
    return prep.head if prep is not None and prep.lower_ in BETWEEN_WORDS and prep.head.pos_ == "NOUN" else None


BETWEEN_WORDS = {"between", "among", "amongst"}  # the prepositions that list a meeting's parties


def _meeting_held_by(verb, anchor) -> bool:
    """Did ``verb`` (past, affirmative) make the meeting happen? "met in Port Aster", "talks were held in X",
    "hosted the talks"; "hostages held in Gaza" is no meeting."""
    if anchor.i != verb.i:
        return anchor.head.i == verb.i and anchor.dep_ in {"dobj", "nsubj", "nsubjpass"} and _lemma(verb) in HELD
    if _occurs(verb) or labour_action(verb):
        return True  # "met in X", "the talks took place in Y", "workers walked out at Z"
    if _lemma(verb) not in HELD:
        return False
    if _lemma(verb) in {"hold", "host", "open", "sign", "resume", "have"}:
        args = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
        args += [verb.head] if verb.dep_ in {"acl", "relcl"} else []
        # a reduced relative follows the noun it modifies ("the Special Meeting held in X"), whatever the parser hung it on
        args += [verb.nbor(-1)] if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > verb.sent.start else []
        args += [_fronted_subject(verb)] if _fronted_subject(verb) is not None else []
        args += [_between_parties_of(verb)] if _between_parties_of(verb) is not None else []
        # rule venue.status.signed_text: signing a text is the meeting ("signed a framework in X")
        signed = SIGNED_TEXTS if _lemma(verb) == "sign" else frozenset()
        return any(_lemma(a) in MEETING_NOUNS | signed for a in args) or _lemma(verb) == "resume"
    return True


def _governor_reading(verb, anchor) -> list[Reading]:
    """An infinitive or subjunctive takes its status from the verb above it: "offered to meet",
    "suggested that they be held", "agreed to meet", "refused to travel"."""
    gov = verb.head
    proposal = proposal_holding(verb)
    for _ in range(2):
        if gov.i == verb.i:
            return []
        if _negated(gov):
            return [Reading("", "venue.status.negated")]
        verdict = _verdict_on_plan(gov, anchor) if proposal is not None and gov.i == proposal.i else None
        if verdict is not None:
            return [verdict]
        found = _lexical(gov, anchor)
        if found is not None:
            return [found]
        if _adverbial_prep(gov):
            return [Reading("", "venue.status.adverbial_clause")]
        if gov.dep_ not in {"xcomp", "ccomp", "advcl", "pcomp", "prep"} or gov.head.i == gov.i:
            return []
        gov = gov.head
    return []


def _verdict_on_plan(noun, anchor) -> Reading | None:
    """Rule ``venue.status.verdict_on_plan``: "rejected a plan to hold the summit in X", "scrapped plans to meet in Y",
    "sounded out Z on a plan to hold talks in W" — a plan (a noun of proposing, ``proposing_nouns``, that says no
    proposal of its own: "plan", "initiative") whose content is the meeting takes its status from the verb that acts on
    it: rejected, cancelled, postponed or proposed by that verb's word; None when the verb says none of these ("announced
    a plan to hold …": the plan says planned). A proposal, idea or offer keeps its own reading ("proposed"), which a
    refusal answers (``venue.status.rejected_proposal``)."""
    own = _lexical(noun, anchor)
    if own is not None and own.status in {"proposed", "offered"}:
        return None
    verb = verdict_on(noun)
    if verb is None:
        return None
    if _negated(verb):
        return Reading("", "venue.status.negated")
    found = _lexical(verb, anchor)
    if found is None or found.status not in {"rejected", "cancelled", "postponed", "proposed", "offered"}:
        return None
    return Reading(found.status, "venue.status.verdict_on_plan", found.actor)


def _adverbial_prep(tok) -> bool:
    """Rule ``venue.status.adverbial_clause``: "was dismissed from the talks, despite having travelled to X", "left
    after meeting Y in X": a preposition that opens an adverbial clause (``adverbial_clause_preps``) tells a happening
    of its own beside the main verb, which governs nothing of it: no status is read from above it, nor from the
    clause's own verb, whose tense tells nothing sure of a meeting."""
    return tok.dep_ == "prep" and tok.lower_ in words("adverbial_clause_preps")


def _nonfinite(verb) -> bool:
    """An infinitive, gerund or subjunctive under another verb ("to meet", "that they be held")."""
    if proposal_holding(verb) is not None:
        return True  # "a plan to hold talks in X": the plan's fate is the meeting's (rule clause.proposal_content)
    return verb.dep_ in {"xcomp", "ccomp", "advcl", "pcomp"} and verb.tag_ in {"VB", "VBG", "VBN"} and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBD", "VBZ", "VBP"} and c.lower_ != "be" for c in verb.children)


def _holds_no_meeting(verb, anchor) -> bool:
    """Rule ``venue.not.held_thing``: "prepare and hold a general election in X", "hold a referendum in X" — the thing
    a holding verb (``keeping_verbs``) holds there is no meeting (``meeting_nouns``) nor a signed text, so the verb's
    tense says nothing of a meeting there."""
    if anchor.i == verb.i or _lemma(verb) not in KEEPING:
        return False  # the place hangs on the verb itself ("met in X"), or the verb holds nothing
    held = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return held is not None and held.left_edge.i <= anchor.i <= held.right_edge.i \
        and _lemma(held) not in MEETING_NOUNS | SIGNED_TEXTS


def _makes_meeting(verb, anchor, prep: str | None) -> bool:
    """Is the infinitive ``verb`` the meeting, or what brings it about ("agreed to meet in X", "plans to hold talks in
    Y", "expected to attend the summit in Z", "hopes to raise it at the summit in W")? Not when it does something else
    to a meeting ("agreed to keep the meeting secret", "agreed to prolong the talks in X"): the governor's plan is then
    about that act, not the meeting, and nothing is read."""
    return anchor.i == verb.i or _lemma(verb) in MEETING_VERBS | HELD or _occurs(verb) or prep in OCCASION - PAST_POINTING


def _occasion(verb, anchor, prep: str | None) -> bool:
    """Rule ``venue.status.occasion_of_act``: "agreed during their meeting in X", "announced after the talks in Y", "in
    a ceremony at Z they signed" — the meeting is the occasion of the act, so the verb's class (agree, propose,
    cancel …) says nothing of it; its tense does."""
    return anchor.i != verb.i and (prep in OCCASION or (
        prep == "in" and anchor.dep_ == "pobj" and anchor.head.head.i == verb.i and _lemma(anchor) in MEETING_NOUNS))


def _concludes(verb, anchor) -> bool:
    """Rule ``venue.status.concluded_agreement``: "had agreed the deal in X", "agreed to a truce in Y", "reached an accord
    in Z" — a concluding verb whose object is the agreement tells it was concluded there, not a plan: its tense decides."""
    if anchor.i == verb.i or _lemma(verb) not in CONCLUDING - {"sign"} or _lemma(anchor) not in AGREEMENTS:
        return False  # signing is the meeting itself (venue.status.signed_text)
    if anchor.dep_ in {"dobj", "nsubjpass"} and anchor.head.i == verb.i:
        return True
    return anchor.dep_ == "pobj" and anchor.head.lower_ in {"to", "on"} and anchor.head.head.i == verb.i


def _concluded_reading(verb) -> list[Reading]:
    when = _participle_tense(verb)
    return [Reading("held" if when == "past" else "planned", "venue.status.concluded_agreement")] if when else []


def _fruitless(verb, anchor) -> bool:
    """Rule ``venue.status.fruitless_meeting``: "the talks in X did not yield results" — the negation is of what the
    meeting gave, not of the meeting: a meeting that is the subject of a past verb of result (``result_verbs``) was held."""
    return _lemma(verb) in RESULTS and anchor.i != verb.i and anchor.dep_ == "nsubj" and anchor.head.i == verb.i \
        and _lemma(anchor) in MEETING_NOUNS and tense(verb) == "past"


def _verb_reading(verb, anchor, prep: str | None) -> list[Reading]:
    if under_denial(verb):  # "denied that a summit in X had been agreed"
        return [Reading("", "venue.status.denied_clause")]
    if complement_of(verb, HOPES) is not None:
        return [Reading("", "venue.status.hoped_for")]  # "hopes the talks will resume in X": no plan
    if any(c.dep_ == "mark" and c.lower_ in OPEN_MARKS for c in verb.children):
        return [Reading("", "venue.status.open_question")]  # "asked whether talks in X would resume"
    if _negated(verb):
        if _fruitless(verb, anchor):
            return [Reading("held", "venue.status.fruitless_meeting")]
        return [Reading("", "venue.status.negated")]
    if _concludes(verb, anchor):
        return _concluded_reading(verb)
    occasion = _occasion(verb, anchor, prep)
    found = None if occasion else _lexical(verb, anchor)
    if found is not None:
        return [found]
    if _holds_no_meeting(verb, anchor):
        return []
    if _nonfinite(verb):
        if not _makes_meeting(verb, anchor, prep):
            return []
        above = _governor_reading(verb, anchor)
        if above:
            return above
    return _tense_reading(verb, anchor, prep, occasion)


def _tense_reading(verb, anchor, prep: str | None, occasion: bool) -> list[Reading]:
    """:func:`_tense_of_verb_reading`, recorded as rule ``venue.status.aspectual_verb`` when the tense read is that of a
    verb of aspect over the act ("began meeting in X on Tuesday": held)."""
    found = _tense_of_verb_reading(verb, anchor, prep, occasion)
    if _aspect_of(verb) is None:
        return found
    return [Reading(r.status, "venue.status.aspectual_verb", r.actor) for r in found]


def _tense_of_verb_reading(verb, anchor, prep: str | None, occasion: bool) -> list[Reading]:
    """What the governing verb's tense says of the meeting: planned in the future, held in the past (when the verb
    made it happen or it is the act's occasion), planned by a future cue in a present clause; nothing for a meeting
    a future act comes after ("will be held in July, following a meeting in X": no plan, nor sure)."""
    when = _participle_tense(verb)
    if occasion and prep in PAST_POINTING and when != "past":
        return []
    if when == "future":
        return _future_reading(verb)
    held = _held_reading(verb, anchor, prep, occasion) if when == "past" else []
    if held:
        return held
    if when is None and _past_governed(verb):
        return []
    return _cue_reading(verb, anchor, occasion) if when != "past" else []


def _future_reading(verb) -> list[Reading]:
    """A meeting told in the future: planned; proposed under a modal of possibility ("may soon meet in X"); nothing
    when supposed under a condition (:func:`_conditional`)."""
    if _conditional(verb):
        return []
    if any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in (_aspect_of(verb) or verb).children):
        return [Reading("proposed", "venue.status.possible_modal")]
    return [Reading("planned", "venue.status.future_tense")]


def _cue_reading(verb, anchor, occasion: bool) -> list[Reading]:
    """Planned by a future cue in a clause not told in the past. The meeting that is the occasion of the act keeps its
    own day out of the act's cues ("preparing for a new round after progress during Saturday's talks in X": Saturday
    dates the talks, not a plan)."""
    own = {t.i for t in anchor.subtree} if occasion else set()
    cues = [t for t in verb.subtree if t.lower_ in FUTURE_CUES and t.i not in own and not _cue_in_past_clause(verb, t)
            and not _weekday_names_the_meeting(t, anchor, verb)]
    if cues and not _sequence_object(verb, anchor) and not _present_with_day(verb, cues):
        return [Reading("planned", "venue.status.future_cue")]
    return []


def _present_with_day(verb, cues) -> bool:
    """Rule ``venue.status.present_with_day``: a simple present whose only future cue is a weekday tells neither a
    plan nor a meeting held: captions and headlines tell past events in the present ("Jan Roe meets Anton Melnik in
    Port Aster on Sunday"). A word that looks ahead ("next", "later", "tomorrow"), a progressive ("is meeting on
    Friday") or a verb of a timetable (``timetable_verbs``: "the meeting begins on Wednesday") is still a plan."""
    simple = verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return simple and _lemma(verb) not in words("timetable_verbs") and all(bare_weekday(t.text) for t in cues)


def _sequence_object(verb, anchor) -> bool:
    """Rule ``venue.status.sequence_object``: "the development follows the envoy's meeting with Y in X on Wednesday" —
    a verb of sequence (lexicon ``event_types.sequence_verbs``) relates its clause to the meeting it takes as object;
    a day in that clause dates the relation, not an arrangement of the meeting, so it is no future cue for it."""
    return _lemma(verb) in words("event_types", "sequence_verbs") and \
        any(c.dep_ == "dobj" and c.left_edge.i <= anchor.i <= c.right_edge.i for c in verb.children)


def _weekday_names_the_meeting(cue, anchor, verb) -> bool:
    """Rule ``venue.status.weekday_names_the_meeting``: "Tuesday's meeting in X follows earlier rounds" — a weekday
    that is the meeting's own possessive names the meeting by its day, which may be past or to come; a simple present
    around it tells neither ("tomorrow's meeting" still looks forward, and a progressive is an arrangement: "X is
    hosting Wednesday's summit")."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return cue.dep_ == "poss" and cue.head.i == anchor.i and bare_weekday(cue.text) is not None and not progressive


def _conditional(verb) -> bool:
    """Rule ``venue.status.conditional``: a meeting supposed under a condition (:func:`clauses.supposed`: "the leaders
    would meet in X if the ceasefire holds") is neither planned nor proposed: nothing is read; the verb of aspect over
    the act carries the modal ("could begin meeting in X if …")."""
    return supposed(_aspect_of(verb) or verb)


def _past_governed(verb) -> bool:
    """Rule ``venue.status.past_governor``: "wanted to meet Y in X on Tuesday", "tried to hold talks in X on Friday" — an
    infinitive or gerund under a past verb that neither plans, proposes nor begins it (those are read before) tells no
    plan: its weekday is no future cue, and nothing is read."""
    gov = verb
    for _ in range(3):
        if not _nonfinite(gov) or gov.head.i == gov.i:
            break
        gov = gov.head
    return gov.i != verb.i and tense(gov) == "past"


def _cue_in_past_clause(verb, cue) -> bool:
    """Rule ``venue.status.cue_in_past_clause``: "the X talks come after the truce held on Sunday", "the X talks come
    after a truce saw a lull on Sunday" — a day governed by a past verb below the meeting's own predicate dates that
    past clause, not the meeting, so it is no future cue for it (a participle of planning, "talks scheduled for
    Monday", still is)."""
    tok = cue.head
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.pos_ in VERBS and _lemma(tok) not in PLANNING | DATE_SETTING and (
                tense(tok) == "past" or tok.tag_ == "VBN"):
            return True
        tok = tok.head
    return False


def _held_reading(verb, anchor, prep: str | None, occasion: bool) -> list[Reading]:
    """A past verb that made the meeting happen ("met in X", "talks were held in Y", "during the talks in Z")."""
    if anchor.i == verb.i and _held_on_date(verb):
        return [Reading("held", "venue.status.held_on_date")]
    if occasion or _meeting_held_by(verb, anchor) or (anchor.i != verb.i and prep in DURING):
        return [Reading("held", "venue.status.past_predicate")]
    return []


def _fronted_subject(verb):
    """Rule ``venue.status.fronted_participle``: "Held in X on 10 July, the meeting focused on …" — a participle
    opening the sentence tells of the main clause's subject; that subject, when it is a meeting."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i > verb.head.i or any(
            c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children):
        return None
    who = subject(verb.head)
    return who if who is not None and _lemma(who) in MEETING_NOUNS else None


def _held_on_date(verb) -> bool:
    """Rule ``venue.status.held_on_date``: "the last Forum was held in X on 2 July" — a named thing (no person) held in
    a place on a date is a meeting held there, though its name carries no meeting noun."""
    return any(verb.i in h for h in hits(verb.doc, "venue.status.held_on_date"))


def _participle_tense(verb) -> str | None:
    """The tense of the verb; a past participle that modifies a meeting noun ("the special meeting held in X")
    is past unless the clause it stands in is told in the future (rule ``venue.status.past_participle``)."""
    aspect = _aspect_of(verb)
    if aspect is not None:
        return _participle_tense(aspect)
    when = tense(verb)
    heads = MEETING_NOUNS | (SIGNED_TEXTS if _lemma(verb) == "sign" else frozenset())  # "a declaration signed in X"
    if when is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and (_lemma(verb.head) in heads or _held_on_date(verb)) \
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        above = next((t for t in verb.head.ancestors if t.pos_ in VERBS), None)
        return "past" if above is None or tense(above) != "future" else None
    if when is None and _fronted_subject(verb) is not None:
        return tense(verb.head)  # the main clause's tense: "Held in X, the talks ended" (past)
    if when is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in PAST_GERUND_PREPS:
        return "past"  # rule venue.status.since_gerund: "since making the declaration at its meeting in X"
    if when is None and _speaking_participle(verb):
        return tense(verb.head)  # rule venue.status.speaking_at: "Speaking during a meeting in X, Y said …"
    return when


def _aspect_of(verb):
    """Rule ``venue.status.aspectual_verb``: the verb of aspect (``aspectual_verbs``) over a gerund or infinitive, whose
    tense is the act's: "began meeting in X on Tuesday" tells talks held, not a plan by the weekday; "will start
    picketing at Y" tells a plan. None for any other governor ("wanted to meet in X" tells nothing of a meeting)."""
    if verb.dep_ != "xcomp" or verb.tag_ not in {"VBG", "VB"} or verb.head.i == verb.i:
        return None
    return verb.head if _lemma(verb.head) in ASPECTUAL else None


def _speaking_participle(verb) -> bool:
    """"Speaking during a meeting in X, Y said …": a bare present participle set off before a speech verb, which
    tells its tense."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in VERBS and _lemma(verb.head) in SPEECH \
        and not any(c.dep_ == "mark" for c in verb.children)


def _named_event(noun, verb, prep: str | None) -> list[Reading]:
    """"remarks at the Northern Trade Forum in X": a named meeting (a proper noun) at which something
    was done, in a sentence told in the past, took place, whatever non-finite verb stands between."""
    if noun.pos_ != "PROPN" or prep not in DURING or not _nonfinite(verb) or _lemma(verb) in HELD | MEETING_VERBS:
        return []
    root = verb
    while _nonfinite(root) or root.pos_ not in VERBS:
        if root.head.i == root.i:
            return []
        root = root.head
    if root.pos_ in VERBS and tense(root) == "past" and not _negated(root):
        return [Reading("held", "venue.status.named_event")]
    return []


def _measure_of_meeting(noun, tok) -> bool:
    """Is ``tok`` a meeting noun of which ``noun`` is the "of" phrase ("a round of talks", "the session of
    negotiations")?"""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == tok.i and _lemma(tok) in MEETING_NOUNS


def _climb(noun) -> list[Reading]:
    """From a meeting noun up to its governing verb: "met the president at the X summit" (held). The noun
    right above it may say it instead ("preparations for the meeting in X", "the president's offer of a Y
    meeting"); nouns further up do not ("shifting from proposals to enforcement of the ceasefire")."""
    prep = noun.head.lower_ if noun.dep_ == "pobj" else None
    if prep in TOPIC:
        # rule venue.status.topic_of_act: "will speak about the meeting in X" tells the speaking, not the meeting
        return [Reading("", "venue.status.topic_of_act")]
    tok = noun
    first_noun = True
    text = _lemma(noun) in AGREEMENTS  # the climb starts at an agreement, no meeting noun passed yet
    for _ in range(8):
        if tok.head.i == tok.i:
            return []
        tok = tok.head
        text = text and not (tok.pos_ in {"NOUN", "PROPN"} and _lemma(tok) in MEETING_NOUNS - AGREEMENTS)
        if tok.dep_ == "prep" and tok.lower_ in FRAME:
            return []  # rule venue.status.frame_of_text: "under the terms of the deal in X, they agreed to …"
        if tok.pos_ in VERBS and tok.dep_ == "prep" and noun.head.i == tok.i:
            prep = tok.lower_  # "told a briefing following the summit in X": a participle used as a preposition
            continue
        if tok.pos_ in VERBS:
            return _of_text(text, _verb_reading(tok, noun, prep) or _named_event(noun, tok, prep))
        if _measure_of_meeting(noun, tok):
            # rule venue.status.round_of_talks: "held a round of talks in X", "reached at the round of talks at Y": the
            # outer meeting noun is the meeting the sentence acts on
            noun, prep = tok, (tok.head.lower_ if tok.dep_ == "pobj" else None)
            mod = _modifiers(noun)
            if mod is not None and mod.status not in {"planned"}:
                return [mod] if mod.status else []
            continue
        if tok.pos_ in {"NOUN", "ADJ", "PROPN"} and first_noun:
            first_noun = False
            margin = _margin_prep(tok)
            if margin is not None:
                prep = margin
                continue
            if _negated(tok):
                return []  # rule venue.status.negated_governor: "there are no plans for a summit in X"
            found = _lexical(tok, noun)
            if found is not None:
                return _of_text(text, [found])
    return []


def _margin_prep(tok) -> str | None:
    """The preposition a noun at the edge of a meeting stands for: "met on the sidelines of the summit in X" is "on"
    the summit (rule ``venue.status.sidelines_of``), "as part of the round in X" is during it (rule
    ``venue.status.part_of_meeting``); None for any other noun."""
    if _lemma(tok) in MARGINS and tok.dep_ == "pobj":
        return tok.head.lower_
    if _lemma(tok) in PART_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in PART_PREPS:
        return "during"
    return None


def _of_text(text: bool, readings: list[Reading]) -> list[Reading]:
    """Rule ``venue.status.agreement_as_text``: "rejected the X agreement", "proposed a deal in Y" — refusing or putting
    forward an agreement (``agreement_nouns``, reached from it with no meeting noun between) is about its terms, not
    about a meeting at the place: no rejection, proposal or offer of a venue is read ("offered to host the signing of
    the accord in Z" still is, through "signing")."""
    return [r for r in readings if r.status not in {"rejected", "proposed", "offered"}] if text else readings


def _hosts_listed(place) -> list[Reading]:
    """"… had offered to host, including Ruritania, Freedonia and Elbonia that have already hosted talks"."""
    top = _top_of_coordination(place)
    if not (top.dep_ == "pobj" and top.head.lower_ == "including"):
        return []
    out = []
    sent = place.sent
    if any(sent.start <= h[0] < sent.end for h in hits(place.doc, "venue.status.offered_to_host")):
        out.append(Reading("offered", "venue.status.offered_to_host"))
    members = [top] + [c for c in top.subtree if c.dep_ == "conj"]
    for m in members:
        for c in m.children:
            if c.dep_ == "relcl" and c.lemma_ == "host" and tense(c) == "past" and not _negated(c):
                out.append(Reading("held", "venue.status.hosted"))
    return out


def _clause_noun(verb):
    """The meeting noun a relative clause or participle is about, from a verb inside it ("the meeting, which was
    scheduled to be held in X": meeting), else None."""
    tok = verb
    for _ in range(3):
        if tok.dep_ in {"relcl", "acl"} and _lemma(tok.head) in MEETING_NOUNS:
            return tok.head
        if _reduced_relative_of(tok) is not None:
            return _reduced_relative_of(tok)
        infinitive = tok.dep_ == "advcl" and tok.tag_ == "VB"  # "set to take place", however the parser hung it
        if (tok.dep_ not in {"xcomp", "ccomp", "conj"} and not infinitive) or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _overridden(verb, readings: list[Reading]) -> list[Reading]:
    """Rule ``venue.status.fate_of_planned_meeting``: "postponed the meeting, which was scheduled to be held in X" — a plan
    told in a clause about the meeting gives way to what the sentence does to that meeting (cancel, postpone, reject)."""
    noun = _clause_noun(verb) if [r.status for r in readings] == ["planned"] else None
    fate = [r for r in _climb(noun) if r.status not in {"", "planned", "held"}] if noun is not None else []
    return [Reading(fate[0].status, "venue.status.fate_of_planned_meeting", fate[0].actor)] if fate else readings


def _judged(meeting) -> bool:
    """Rule ``venue.status.judged_meeting``: "a meeting in X … has been described as cordial" — a meeting judged in the
    past or the present perfect (no "will", no negation) was held."""
    for h in hits(meeting.doc, "venue.status.judged_meeting"):
        verb = meeting.doc[h[0]]
        if h[1] == meeting.i and tense(verb) == "past" and not any(negates(c) for c in verb.children):
            return True
    return False


def read_status(place) -> list[Reading]:
    """Every status the rules read for the place at token ``place`` (the root of its name)."""
    listed = _hosts_listed(place)
    if listed:
        return listed
    anchor = _anchor(place)
    if anchor is None:
        return []
    if anchor.pos_ in VERBS:
        return [] if _holds_no_meeting(anchor, place) else _overridden(anchor, _verb_reading(anchor, anchor, None))
    found = _modifiers(anchor)
    if found is None and any(h[-1] == anchor.i for h in hits(anchor.doc, "venue.status.outcome_of_meeting")):
        return [Reading("held", "venue.status.outcome_of_meeting")]
    if found is None and _judged(anchor):
        return [Reading("held", "venue.status.judged_meeting")]
    if found is None or found.status == "planned":  # "a planned meeting … was postponed": the predicate says more
        above = [r for r in _climb(anchor) if r.status not in {"", "planned", "held"}]
        found = above[0] if above else _expected_then_held(anchor, found)
    return [found] if found is not None else _climb(anchor)


def _expected_then_held(anchor, found: Reading | None) -> Reading | None:
    """Rule ``venue.status.expected_then_held``: "the expected meeting in X ended on Friday": a meeting noun the words
    before it call planned ("expected", "anticipated") that is the subject of a predicate read as held was held; as
    the object or under a preposition it stays planned ("talks on the expected meeting in X began")."""
    if found is None or anchor.dep_ not in {"nsubj", "nsubjpass"}:
        return found
    held = any(r.status == "held" for r in _climb(anchor))
    return Reading("held", "venue.status.expected_then_held") if held else found


# ---- rejections of a proposal --------------------------------------------------------------------

def _conceded(verb) -> bool:
    """Rule ``venue.status.conceded_refusal``: a refusal conceded by the sentence ("Despite refusing the proposal
    at first, he may meet his rival in X") is overcome, not the answer to the venue."""
    if any(a.lower_ in CONCESSIVE or any(c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in a.children)
           for a in [verb, *verb.ancestors][:3]):
        return True
    # the parser may leave "despite" hanging from the main verb: it still opens the refusal's phrase
    start = max(verb.sent.start, verb.left_edge.i - 1)
    return any(t.lower_ in CONCESSIVE for t in verb.doc[start:verb.i])


def _rejection(sent):
    """A refusal in the sentence whose object is a proposal ("rejected that suggestion") or which stands
    in a clause about one ("an offer that he knew would be rejected"); None if there is none or it is negated."""
    doc = sent.doc
    for h in hits(doc, "venue.status.rejected_proposal"):
        if sent.start <= h[0] < sent.end and not _negated(doc[h[0]]) and not _conceded(doc[h[0]]):
            return Reading("rejected", "venue.status.rejected_proposal", _actor(doc[h[0]]))
    for x in sent:
        if _lemma(x) not in REJECT or _negated(x) or _conceded(x):
            continue
        rel = x
        for _ in range(3):
            if rel.dep_ == "relcl" and _lemma(rel.head) in PROPOSAL_NOUNS:
                return Reading("rejected", "venue.status.rejected_proposal",
                               None if x.lemma_ == "be" else _actor(x))
            rel = rel.head
    return None


def _statuses(m: Mention, doc) -> list[Reading]:
    head = name_root(doc[m.start:m.end])
    readings = [r for r in read_status(head) if r.status]
    if any(r.status in {"proposed", "offered"} for r in readings):
        answer = _rejection(head.sent)
        if answer is not None:
            readings.append(answer)
    return readings


def _mention_of(tok, facts: EntityFacts) -> Mention | None:
    if tok is None:
        return None
    found = facts.at(tok)
    return found if found is not None and found.label != "outlet" else None


def _venue_mention(m: Mention, readings: list[Reading], facts: EntityFacts) -> VenueMention:
    vm = VenueMention(m, [], m.sentence, {})
    for r in readings:
        if r.status in vm.statuses:
            continue
        vm.statuses.append(r.status)
        vm.evidence[f"status:{r.status}"] = r.rule
        who = _mention_of(r.actor, facts) if r.status in {"proposed", "offered", "rejected", "cancelled",
                                                          "postponed"} else None
        if who is not None:
            vm.actors[r.status] = who
    return vm


def _answered_next(doc, facts: EntityFacts, sid: dict[int, str], proposed_in: dict) -> list[VenueMention]:
    """"Some media have floated X as a venue. The minister rejected those ideas." — the answer comes next."""
    out = []
    order = [s.start for s in doc.sents]
    for k, start in enumerate(order[:-1]):
        props = proposed_in.get(sid.get(doc[start].sent.start, ""), [])
        nxt = doc[order[k + 1]].sent
        rejecters = [x for x in nxt if _lemma(x) in REJECT and not _negated(x)] if props else []
        if not rejecters or not any(_lemma(c) in PROPOSAL_NOUNS - {"this"} for r in rejecters for c in r.subtree):
            continue
        actor = _mention_of(subject(rejecters[0]), facts)
        for vm in props:
            if "rejected" not in vm.statuses:
                out.append(VenueMention(vm.mention, ["rejected"], sid.get(nxt.start, vm.sentence),
                                        {"rejected": actor} if actor else {},
                                        {"status:rejected": "venue.status.rejected_next_sentence"}))
    return out


# ---- the gathering a place belongs to, in the text's words: rule venue.meeting_phrase -----------------

PHRASE_DEPS = {"amod", "compound", "nmod", "nummod"}
HEDGES = words("meeting_hedges")
MAX_MEETING_WORDS = 6


def _modifier_words(noun, place: set[int]) -> list | None:
    """The tokens of the modifiers before ``noun`` that are not the place ("trilateral" of "a trilateral summit in
    X"; not "X" of "the X talks"); None when one of them is not one run of words."""
    out = []
    for c in (c for c in noun.lefts if c.dep_ in PHRASE_DEPS):
        sub = list(c.subtree)
        if {t.i for t in sub} & place or c.lower_ in HEDGES:
            continue  # the place itself; "the possible talks", "the planned summit": a hedge is no part of its name
        if sub[-1].i - sub[0].i + 1 != len(sub) or any((t.is_punct and t.text != "-") or t.pos_ in {"DET", "PRON"}
                                                       for t in sub):
            return None
        out += sub
    return out


def _gathering(anchor):
    """The gathering noun of the event word a place belongs to: the word itself, the object or subject of a verb
    ("host a summit in X", "the talks will be held in Y"), and the noun an "of" gathering completes ("the second
    round of negotiations in X" → round). None when there is none."""
    if anchor is not None and anchor.pos_ in VERBS:
        anchor = next((c for c in anchor.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}
                       and _lemma(c) in UNLISTED_NOUNS), None)
    if anchor is None or anchor.pos_ != "NOUN" or _lemma(anchor) not in UNLISTED_NOUNS:
        return None
    up = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    return up if up is not None and up.pos_ == "NOUN" and _lemma(up) in UNLISTED_NOUNS else anchor


def meeting_phrase(m: Mention, doc) -> str | None:
    """Rule ``venue.meeting_phrase``: the gathering the place belongs to, in the text's words, with "the": a
    gathering noun (``meeting_refs`` and ``occurring_meeting_nouns``) the place modifies or whose locative it is,
    with that noun's own modifiers and an "of" gathering ("the next round of talks"); "a trilateral summit in X" →
    "the trilateral summit". None when the place belongs to no such noun (a verb: "met in X") or the words are
    not one plain phrase. The venue question is worded from it ("Where will the trilateral summit be held?")."""
    anchor = _gathering(_anchor(name_root(doc[m.start:m.end])))
    if anchor is None:
        return None
    place = set(range(m.start, m.end))
    toks = _modifier_words(anchor, place)
    of = next((o for c in anchor.rights if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj" and _lemma(o) in UNLISTED_NOUNS), None)
    more = _modifier_words(of, place) if of is not None else []
    if toks is None or more is None:
        return None
    head = [*toks, anchor]
    tail = ["of", *(t.text for t in more), of.text] if of is not None else []
    if len(head) + len(tail) > MAX_MEETING_WORDS:
        return None
    text = span_text(head)  # the text's spacing: "follow-up", split by the parser, stays one word
    if head[0].is_sent_start and head[0].pos_ != "PROPN":
        text = head[0].text.lower() + text[len(head[0].text):]
    return " ".join(["the", text, *tail])


# ---- places the gazetteer does not know: rule venue.unlisted_place ----------------------------------

UNLISTED_LABELS = {"GPE", "LOC", "FAC"}
UNLISTED_PREPS = words("unlisted_place_preps")
UNLISTED_NOUNS = MEETING_REFS | words("occurring_meeting_nouns")
UNLISTED_VERBS = words("unlisted_meeting_verbs")


def _unlisted_place(m: Mention, doc) -> Place | None:
    """Rule ``venue.unlisted_place``: a name the model calls a place and no gazetteer knows ("the committee met in
    Varnholm") is a venue only when the structure is sure: its whole name is capitalised proper nouns, it is the
    object of "in" or "at", and that preposition hangs right from a meeting noun ("talks in X") or a verb that
    holds a meeting ("met in X", "the talks were held in X", "the session ended in X"), with nothing between
    and no venue.not.* rule against it. Its Place has kind ``place``, no coordinates, and a country only when one is
    apposed to the name ("in Varnholm, Norway") or a demonym names it ("in the Norwegian town of Varnholm")."""
    if m.place is not None or m.label != "place" or (m.spacy_label not in UNLISTED_LABELS and m.evidence.get(
            "place") not in {"entity.meeting_locative", "entity.place_kind_of", "entity.facility"}):
        return None
    span = doc[m.start:m.end]
    name = _name_of_kind(span)
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha or t.text in {"-", "'"}
               or (t.i == name.start and t.text == "The" and len(name) > 1) for t in name):
        return None  # (a hotel's own "The": "at Port Aster hotel The Lindor")
    tok = _top_of_coordination(_named_place(span.root))  # "met in the town of X": the town stands for X
    if tok.dep_ != "pobj" or tok.head.lower_ not in UNLISTED_PREPS or _ruled_out(m, tok) is not None:
        return None
    gov = _through_facility_noun(tok.head.head)
    lem = _lemma(gov)
    if labour_action(gov):
        sure = True  # "the walkout at the X Plant", "went on strike at the Y Assembly"
    elif gov.pos_ in {"NOUN", "PROPN"}:
        sure = lem in UNLISTED_NOUNS
    elif lem in {"hold", "host"}:
        sure = _meeting_held_by(gov, gov)  # "talks were held in X"; not "prisoners held in X"
    else:
        sure = gov.pos_ in VERBS and (lem in UNLISTED_VERBS or _occurs(gov))
    return Place(name.text, "place", _apposed_country(span)) if sure else None


def _through_facility_noun(gov):
    """Rule ``venue.unlisted_through_facility``: "talks began in the presidential residence at X": a building's common
    noun (``facility_nouns``) that is itself the object of "in"/"at" passes the name under its own "in"/"at" up to
    the word that noun hangs from; any other word stays the name's governor."""
    if gov.pos_ == "NOUN" and _lemma(gov) in FACILITIES and gov.dep_ == "pobj" and gov.head.lower_ in UNLISTED_PREPS:
        return gov.head.head
    return gov


def _name_of_kind(span):
    """Rule ``venue.unlisted_kind_of_name``: the model may take the kind of place into the name ("talks in the City of
    X"): the name is what follows "of" after a ``place_kind_nouns`` word; any other span is its own name."""
    if len(span) > 2 and _lemma(span[0]) in PLACE_KINDS and span[1].lower_ == "of":
        return span[2:]
    return span


def _apposed_country(span) -> str | None:
    """"in Varnholm, Norway": the country apposed to the place's name is its country; "the Norwegian town of Varnholm":
    the country of the demonym before the kind of place it is (``place_kind_nouns``)."""
    g = gazetteer()
    root = span.root
    names = [span.doc[c.left_edge.i:c.right_edge.i + 1].text for c in root.children if c.dep_ == "appos"]
    kind = _named_place(root)
    if kind.i != root.i:
        names += [g.demonym(c.text) or c.text for c in kind.children if c.dep_ in {"amod", "compound"}]
    return next((g.country(n) for n in names if g.country(n)), None)


def _address_country(m: Mention, doc, facts: EntityFacts) -> bool:
    """Rule ``venue.not.address_country``: "in X, Ruritania, held talks" — a country written right after a town and a
    comma is the town's address (whatever the parser made of the comma: an apposition or a coordination), not a second
    venue: the town it follows stands in that country, or its country is unknown."""
    if m.place is None or m.place.kind != "country" or m.start < 2 or doc[m.start - 1].text != ",":
        return False
    town = _mention_of(doc[m.start - 2], facts)
    place = town.place if town is not None else None
    if place is None and town is not None and town.label == "place":
        return True  # a town no gazetteer knows ("in Varnholm, Ruritania")
    return place is not None and place.kind in TOWN_KINDS | {"building"} and place.country in {None, m.place.name}


def _inside(m: Mention, doc, facts: EntityFacts) -> str | None:
    """Rule ``venue.facility_in_town``: "the X International Airport in the city of Y", "the Z Palace in Y" — a
    facility (a name ending with a ``facility_nouns`` word) whose own "in" phrase names a town: the name of the town
    it stands in (the venues fold it into that town's venue when the town is one), else None. Only a facility no
    gazetteer table knows: a building of ``institutions.yml`` keeps its own venue and the city that table gives it."""
    span = doc[m.start:m.end]
    if m.place is None or m.place.kind != "place" or _lemma(span[-1]) not in FACILITIES:
        return None
    for prep in _in_phrases(span.root):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            town = _mention_of(_place_of_kind(obj), facts)
            if town is not None and town.place is None and town.label == "place":
                return town.text  # a town no gazetteer knows is a venue by that name (venue.unlisted_place)
            if town is not None and town.place is not None and town.place.kind in TOWN_KINDS:
                return town.place.name
    return None


def _in_phrases(root) -> list:
    """The "in" phrases of a facility: its own, or the one right after its phrase that the parser hung on the verb
    ("met at the X Airport in Y": either way, the airport is in Y)."""
    out = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"]
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        nxt = root.right_edge.i + 1
        out += [c for c in root.head.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == nxt]
    return out


def _place_of_kind(tok):
    """"the city of Y" → Y; any other token → itself."""
    if _lemma(tok) in PLACE_KINDS:
        return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), tok)
    return tok


def _with_place(m: Mention, place: Place) -> Mention:
    return replace(m, place=place, evidence={**m.evidence, "venue": "venue.unlisted_place"})


def extract_venues(doc, facts: EntityFacts, sid: dict[int, str]) -> list[VenueMention]:
    out: list[VenueMention] = []
    proposed_in: dict[str, list[VenueMention]] = {}
    for m in facts.mentions:
        unlisted = _unlisted_place(m, doc) if m.place is None else None
        m = _with_place(m, unlisted) if unlisted is not None else m
        if m.place is None or m.label == "outlet" or not (unlisted is not None or _is_venue(m, doc)):
            continue
        if _address_country(m, doc, facts):
            continue
        if _labour_anchor(_anchor(name_root(doc[m.start:m.end]))):
            m = replace(m, evidence={**m.evidence, "venue": "venue.labour_action"})
        vm = _venue_mention(m, _statuses(m, doc), facts)
        vm.inside = _inside(m, doc, facts)
        vm.meeting = meeting_phrase(m, doc) if vm.statuses else None
        out.append(vm)
        if "proposed" in vm.statuses:
            proposed_in.setdefault(m.sentence, []).append(vm)
    return out + _answered_next(doc, facts, sid, proposed_in)
