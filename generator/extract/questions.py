"""Open questions: what a sentence leaves pending, worded from the parse, kept only past a quality gate.

Each question family is a cue, a named rule of ``generator/data/rules.yml`` (``question.<family>``),
and a wording: the slots of a template of ``generator/data/questions.yml`` filled from the parse (the
clause's subject, auxiliary and predicate; the noun phrase of an issue; the named party). Nothing is
stitched from the sentence's characters: pronouns are replaced by whom the text says they stand for,
or the question is dropped. Families:

- whether / if / when / where clauses, "has yet to", "hope … will": a yes/no or when/where question
  on the clause ("It is unclear whether the king will travel to Oslo" → "Will the king travel to Oslo?");
- issues left open: "remain unsettled, including …", "disagreements persist over …", "a sticking
  point", "no agreement was reached on …", a named party's objection → "How will X be settled?";
- the date or the resumption of talks: "no date has been set for …", "talks are on hold";
- terms and conditions: "no talks until …", "X must come first", "must", "among the conditions for …";
- threats, guarantees sought, proposals and their answers in the same sentence;
- a party ready, prepared or willing to act ("Will X act?", its readiness its position), and a fear or a
  warning that something could happen ("Will the truce collapse?", held by who fears or warns, else the
  article's own voice).

Every question passes :func:`passes_gate` (names its subject, no dangling pronoun, a concrete
matter, a bounded length, ends with "?") or is dropped. Each carries a ``matter`` key (its kind and
the lemmas of what it is about) so that the questions of several articles on one matter fold into
one, and the ``evidence`` (the rule's name).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import gazetteer, load_data
from ..lexicon import section, words
from ..furniture import SENTENCE_END
from ..text import key
from .clauses import hedged as _hedged, negates, span_text, subject, to_infinitive
from .dates import names_weekday
from .entities import EntityFacts, Mention
from .rules import hits

QUESTIONS = "questions.yml"
QUOTE_CHARS = set("“”\"‘’«»„‟")
SKIP_DEPS = {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark", "punct", "cc", "conj", "advcl", "parataxis",
             "neg", "csubj", "intj", "dep", "meta", "appos", "preconj"}
DROP_IN_PHRASE = {"relcl", "advcl", "parataxis", "appos", "acl"}
STALE_ADVERBS = {"still", "now", "yet", "also", "even", "however", "then", "already", "personally", "really", "ever"}
NAME_SLASH = re.compile(r"\b[A-Z][A-Z0-9-]+/[A-Z][A-Z0-9-]+\b")  # two acronyms joined: one name
WH_WORDS = {"who", "how", "what", "when", "where", "whether", "which"}


@dataclass
class RawQuestion:
    family: str
    question: str
    stance: str
    actor: Mention | None
    sentence: str
    topic: tuple[str, ...]
    answer: str | None = None  # proposed / rejected / accepted …
    matter: tuple[str, ...] = ()  # (kind, lemmas of what it is about): one question per matter
    evidence: str = ""  # the rule that found the cue
    holder_rule: str = ""  # the rule that named the actor when it is not the statement's subject (VOICE_HOLDER)
    party: Mention | None = None  # the party its matter names when that is not its holder (a proposal's proposer)


@lru_cache(maxsize=1)
def config() -> dict:
    return load_data(QUESTIONS) or {}


def fill(name: str, **slots: str) -> str:
    """The template ``name`` of questions.yml with its slots filled (``{owners}``, the possessive, from ``{owner}``),
    spaces tidied, first letter upper-case."""
    if slots.get("owner"):
        slots["owners"] = _possessive(slots["owner"])
    text = re.sub(r"\s+", " ", config()["templates"][name].format(**slots)).strip()
    text = re.sub(r"\s+([,?])", r"\1", text)
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- the gate

def passes_gate(question: str) -> bool:
    """A question names its subject (no dangling pronoun), holds no stray markup, quote, list or emoji,
    has a bounded length and ends with one "?"."""
    gate = config()["gate"]
    body = question[:-1]
    if not question.endswith("?") or "?" in body or not question[:1].isupper():
        return False
    n = len(body.split())
    if not gate["min_words"] <= n <= gate["max_words"]:
        return False
    plain = NAME_SLASH.sub(" ", question)  # "the NLF/NLA": a slash inside a name of capitals is no path
    if any(c in gate["forbidden"] or c in QUOTE_CHARS for c in plain) or body.count("(") != body.count(")"):
        return False
    if any(unicodedata.category(c)[0] in "SC" and c not in "%$€£" for c in question):
        return False
    if body.split()[-1].lower() in gate["no_last_words"]:
        return False
    tokens = {w.strip(",.'’()") for w in body.split()}  # "US", in capitals, is a country, never "us"
    if {w.lower() for w in tokens if not (w.isupper() and len(w) > 1)} & words("question_gate_pronouns"):
        return False
    # "Will the board do such things?": a phrase that points back to what the sentence listed before ("such tariffs"
    # keeps its noun and passes)
    plain_body = f" {' '.join(w.lower().strip(',.') for w in body.split())} "
    return not any(f" {p} " in plain_body for p in words("question_pointing_phrases"))


# ---------------------------------------------------------------- phrases from the parse

def _cut_at_hyphen(toks) -> bool:
    """Do the words end a hyphenated word halfway ("to de" of "to de-escalate", whose rest the parse hung elsewhere)?"""
    kept = {t.i for t in toks}
    for t in toks:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is None or t.whitespace_ or nxt.i in kept:
            continue
        if t.text in {"-", "–"} or (nxt.text in {"-", "–"} and not nxt.whitespace_):
            return True
    return False


def _render(toks, facts: EntityFacts, override: dict[int, str] | None = None, issue: bool = False) -> str | None:
    """Tokens → words with the text's spacing; a pronoun becomes the name it stands for; None when a
    pronoun or a demonstrative stands for no one the text names. ``issue``: the words name an issue, whose
    leading possessive may stand for no one named ("their river border" → "the river border")."""
    override = dict(override or {})
    first = min(toks, key=lambda t: t.i, default=None)
    if issue and first is not None and first.tag_ == "PRP$" and first.i not in override \
            and _pronoun(first, facts, False) is None:
        override[first.i] = "the"
    parts: list[str] = []
    prev = None
    if _cut_at_hyphen(toks):
        return None  # a word the parse cut at its hyphen ("to de-escalate" read as "to de"): no wording
    for t in sorted(set(toks), key=lambda t: t.i):
        if t.is_space or t.text in QUOTE_CHARS or t.tag_ in {"``", "''"} or (_reflexive(t) and not parts):
            continue
        text = override.get(t.i, t.text.replace("’", "'"))
        if t.i not in override and _opens_sentence(t):
            text = text[:1].lower() + text[1:]  # "The rebels …" inside a question: "the rebels"
        if t.lower_ in words("question_deictic_places") and t.dep_ != "expl":
            return None  # "withdraw the boats from there": a place the question cannot name
        if t.lower_ in words("question_pronouns") and t.pos_ in {"PRON", "DET"} and t.i not in override:
            text = _pronoun(t, facts, bool(parts))
            if text is None:
                return None
        if prev is not None:
            parts.append(prev.whitespace_ if t.i == prev.i + 1 else " ")
        parts.append(text)
        prev = t
    out = "".join(parts).strip()
    out = re.sub(r"\s+([,.;:!?%)])", r"\1", out)
    out = re.sub(r"(?:[\s,]+(?:and|or|but))+$", "", out)  # a conjunction left by a clause taken out
    return re.sub(r"^[,;:\s—–-]+|[,;:\s—–-]+$", "", out) or None


def _opens_sentence(t) -> bool:
    """Is ``t`` a capitalised common word that opens its sentence (after an opening quote too: "“The rebels …")?
    A word of a name the parser tagged as an adjective ("Norwegian and Swedish officials") keeps its capital; the
    article "A" is lowered too ("A ceasefire must come first" → "Must a ceasefire …?"), the pronoun "I" never."""
    shape = t.text[1:2].islower() or (len(t.text) == 1 and t.pos_ == "DET")
    return t.pos_ != "PROPN" and not t.ent_type_ and shape and all(x.is_punct or x.is_space for x in t.doc[t.sent.start:t.i])


def _pronoun(t, facts: EntityFacts, bound: bool) -> str | None:
    """What a pronoun is worded as: the person it stands for, or a possessive kept when a name before it in
    the same phrase binds it; else None (a demonstrative, "this agreement", points back to what the
    question does not name)."""
    named = facts.pronouns.get(t.i) or speech_antecedent(t, facts)
    if named is not None:
        return named.text + ("'s" if t.tag_ == "PRP$" else "")
    if t.tag_ == "PRP$" and bound:
        return t.text
    if t.tag_ in {"WDT", "IN"}:
        return t.text  # "that" as a complementiser or relative word is no pronoun
    return None


def _reflexive(t) -> bool:
    """"himself", "themselves": kept only after the name it stands for ("the king himself")."""
    return t.pos_ == "PRON" and t.lower_.endswith(("self", "selves"))


def speech_antecedent(t, facts: EntityFacts) -> Mention | None:
    """"The Front said it had … and is seeking …": the subject pronoun of a clause reported by a speech verb
    stands for the speaker, when the speaker is a group, a country or an organisation named by the text, and the
    speech verb names no other party it is told to ("X asked Y … that it will …": either)."""
    if t.lower_ not in {"it", "they"} or t.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = t.head
    for _ in range(4):
        if verb.dep_ == "ccomp" and verb.head.lemma_ in words("speech_verbs"):
            said_by = _mention(subject(verb.head), facts)
            told = [_mention(c, facts) for c in verb.head.children if c.dep_ in {"dobj", "dative"}]
            if any(m is not None and m.label in {"organization", "country", "group"} for m in told):
                return None  # "X asked Y to give an assurance that it will …": it may be either
            return said_by if said_by is not None and said_by.label in {"organization", "country"} else None
        if verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _infinitive_aside(noun) -> bool:
    """A noun with a to-infinitive clause of its own that a phrase drops as an aside ("… and work to curb …")."""
    return any(c.dep_ in {"advcl", "acl"} and to_infinitive(c) for c in noun.children)


def _pruned(tok, drop=DROP_IN_PHRASE) -> list:
    """``tok``'s subtree without relative, adverbial, appositive and parenthetical parts."""
    def aside(t) -> bool:
        while t.i != tok.i:
            if t.dep_ in drop and not (t.dep_ == "acl" and t.tag_ == "VB") and not _reflexive(t):
                # "the will to reach an agreement" and "the king himself" stay
                return True
            if t.dep_ == "conj" and t.pos_ == "VERB" and t.tag_ != t.head.tag_:  # "… and criticised …": another statement
                return True
            if t.dep_ == "conj" and _attribution(t):  # "… between Ruritania and Freedonia, envoy X said": X is the speaker
                return True
            if t.dep_ == "conj" and t.pos_ == "NOUN" and _infinitive_aside(t):
                return True  # "resume communications and work to curb …": a verb the parser took for a noun
            if t.dep_ == "conj" and any(c.dep_ == "acl" and c.tag_ == "VBG" and any(g.dep_ == "dobj" for g in c.children)
                                        for c in t.children):
                return True  # "with X offering six posts and the party demanding 12": the subject of another clause
            if _example_aside(t):  # "take measures, including halting …": examples, not the matter
                return True
            if t.dep_ == "amod" and t.i > t.head.i and t.nbor(-1).text == ",":
                return True  # "a deal, subject to ratification": an adjective set off after its noun is an aside
            t = t.head
        return False

    out = _after_clause_mark(tok, [t for t in tok.subtree if not aside(t)])
    gone = {t.i for t in tok.subtree} - {t.i for t in out}
    out = [t for t in out if not (t.dep_ == "cc" and any(c.dep_ == "conj" and c.i > t.i for c in t.head.children)
                                  and all(c.i in gone for c in t.head.children if c.dep_ == "conj" and c.i > t.i))]
    depth, kept = 0, []
    for t in out:  # "(SAF)": a parenthesis is an aside
        depth += t.text == "("
        if depth == 0 and t.text != ")":
            kept.append(t)
        depth -= t.text == ")" and depth > 0
    return kept


def _after_clause_mark(tok, toks: list) -> list:
    """"said earlier that contacts … may yield results": a "that" before a plural noun is the clause's mark the parser
    read as the noun's determiner; it and what stands before it are no part of the phrase."""
    mark = next((t for t in toks if t.dep_ == "det" and t.head.i == tok.i and t.lower_ == "that"
                 and tok.tag_ in {"NNS", "NNPS"}), None)
    return [t for t in toks if mark is None or t.i > mark.i]


def _example_aside(t) -> bool:
    """Is ``t`` the head of examples set off by a comma ("…, including the release of …", "…, notably …")?"""
    return t.dep_ in {"prep", "advmod"} and t.lower_ in words("question_example_words") and t.i > 0 \
        and t.doc[t.i - 1].text in {",", "—", "–"}


def _attribution(t) -> bool:
    """Is ``t`` a name the parser joined to a list though it is the speaker of the sentence: a conjunct
    after a comma, followed at once by a speech verb ("talks between A and B, envoy X said")?"""
    doc, left, right = t.doc, t.left_edge.i, t.right_edge.i
    return left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) \
        and doc[right + 1].lemma_ in words("speech_verbs")


def noun_phrase(tok, facts: EntityFacts, issue: bool = False) -> str | None:
    """A noun phrase's words without asides and without a leading "no"; None for a pronoun left unresolved
    or a phrase too long to name a matter. ``issue``: a leading possessive may stand for the parties, named
    elsewhere in the sentence (:func:`_render`)."""
    toks = [t for t in _pruned(tok) if not (t.lower_ == "no" and t.i == tok.left_edge.i)]
    if tok.pos_ == "PRON" and facts.pronouns.get(tok.i) is None and speech_antecedent(tok, facts) is None:
        return None
    if _list_cut(tok, {t.i for t in toks}):
        return None
    text = _render(toks, facts, issue=issue)
    if text is None or len(text.split()) > config()["gate"]["max_phrase_words"]:
        return None
    return text


def _list_cut(tok, kept: set[int]) -> bool:
    """Rule ``question.list_cut``: the parser read an item of a list as an apposition ("law and order, services,
    unhindered access to supplies, and protection of civilians": "access" hung on "law"), or a list went on inside an
    apposition ("Jan Roe, the envoy, and Peter Kowal"); dropped as an aside, it would leave the list cut short ("a
    restoration of law and order, services"). No phrase then."""
    return any(t.dep_ == "appos" and t.i not in kept and any(c.dep_ == "conj" and (c.head.i == t.i or c.i < t.i)
                                                                for c in (*t.head.children, *t.children))
               for t in tok.subtree)


def party_phrase(tok, facts: EntityFacts) -> str | None:
    """The subject of a question: a noun phrase that names its party ("the Ruritanians", "General X's army"),
    never a generic one ("both sides", "the parties", "officials") nor an unresolved pronoun."""
    named = _mention(tok, facts) is not None or any(t.pos_ == "PROPN" or gazetteer().demonym(t.text) for t in tok.subtree)
    if not named and (tok.lemma_.lower() in words("question_generic_subjects") or _bare_title(tok, facts)):
        return None
    return noun_phrase(tok, facts)


def _private_person(tok, facts: EntityFacts) -> bool:
    """Rule ``question.private_person``: a person the article gives no title, role or body anywhere (a shop owner
    the story meets, "she is contemplating driving to the border to post the orders") is no party to the matter:
    what she is considering asks nothing (a step untitled people agreed on at a summit still asks)."""
    m = _mention(tok, facts)
    if tok.pos_ == "PRON":
        m = facts.pronouns.get(tok.i) or speech_antecedent(tok, facts)
    if m is None or m.label != "person":
        return False
    last = key(m.text).split()[-1]
    return not any(o.label == "person" and (o.role or o.affiliation) and key(o.text).split()[-1] == last
                   for o in facts.mentions)


def _bare_title(tok, facts: EntityFacts) -> bool:
    """Rule ``question.bare_title``: "the president", "the minister" — a title (a one-word head of roles.yml) with no
    name, no country and no body, in an article that gives that title to two people or more, could be either of
    them: the question cannot name its subject, as with a pronoun of two antecedents."""
    head = tok.lemma_.lower()
    if not (tok.pos_ == "NOUN" and tok.tag_ == "NN" and head in _one_word_titles()):
        return False
    holders = {key(m.text).split()[-1] for m in facts.mentions
               if m.label == "person" and m.role and head in key(m.role).split()}
    return len(holders) >= 2


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    """The heads of roles.yml that are one word ("president", "minister", "envoy"); not the words of longer ones
    ("state" of "secretary of state")."""
    return frozenset(str(h).lower() for h in load_data("roles.yml").get("heads") or [] if len(str(h).split()) == 1)


def pair_phrase(tok, facts: EntityFacts) -> str | None:
    """"both sides", "the two sides", "the parties": the two parties of the story together, the subject of what they
    agreed or committed to do together (question.agreed_step, question.ready); one word of the lexicon's
    ``question_pair_nouns`` in the plural with "both", "the two" or "the" and nothing else before it."""
    if tok.lemma_.lower() not in words("question_pair_nouns") or tok.tag_ != "NNS":
        return None
    mods = [c for c in tok.children if c.i < tok.i]
    if not mods or any(c.lower_ not in {"both", "the", "two"} for c in mods):
        return None
    return noun_phrase(tok, facts)


def _complements(verb) -> list:
    """The verb's objects, complements and prepositional phrases (not its subject, auxiliaries,
    adverbial or coordinated clauses)."""
    out = []
    for c in verb.children:
        infinitive = c.dep_ == "advcl" and c.tag_ == "VB" and c.left_edge.lower_ == "to"  # "their plan to automate"
        if (c.dep_ in SKIP_DEPS and not infinitive) or c.tag_ == "WRB" or \
                (c.dep_ == "advmod" and (c.lower_ in STALE_ADVERBS or any(g.dep_ == "advcl" for g in c.children))):
            continue  # "as long as the shelling goes on": an adverb that brings a clause is a condition
        if c.i < verb.i and c.dep_ not in {"prt"}:
            continue
        if c.dep_ in {"prep", "advcl"} and c.lower_ in words("question_condition_words"):
            continue  # "… depending on the files under discussion": a condition, not the matter
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in words("remark_nouns") for o in c.children):
            continue  # "… during an interview with the Harbour Journal", "in a statement": where it was said
        if c.i > verb.i and c.doc[c.left_edge.i - 1].text in {",", "—", "–", "("}:
            break  # "…, with diplomats describing …": what follows a comma is an aside
        out.extend(_pruned(c))
    return out


def _complement_read_as_relative(tok) -> bool:
    """"to show the companies that they were ready": a clause the parser hung on the object as a relative clause,
    whose "that" is a subordinating mark, not a relative pronoun, is the verb's own content; the question would
    drop it ("Will the workers show the companies?"), so none is asked. A clause with a gap ("a summit with Japan that
    Japan is chairing": no object after "chairing") is a true relative clause, and stays dropped from the phrase."""
    return any(c.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and any(g.dep_ in {"dobj", "attr", "ccomp", "xcomp", "oprd"} or (g.dep_ == "acomp" and g.pos_ == "ADJ")
                       for g in c.children)
               for c in tok.children)


def _auxes(verb) -> list:
    """The clause's auxiliaries before its verb, in order ("would have been", not the "to" of an infinitive)."""
    return [a for a in verb.children if a.dep_ in {"aux", "auxpass"} and a.i < verb.i and a.tag_ != "TO"]


def _will(verb) -> bool:
    """A future told with "will", "shall" or "'ll" (the lexicon's ``future_auxiliaries``)."""
    return any(a.dep_ == "aux" and a.lower_ in words("future_auxiliaries") for a in verb.children)


def _has_neg(verb) -> bool:
    return any(negates(c) or c.lower_ == "never" for c in verb.children)


def predicate(verb, facts: EntityFacts, base: bool) -> str | None:
    """The verb and its complements; ``base``: in the base form ("is in place" → "be in place",
    "have been addressed" → "be addressed", "agreed" → "agree")."""
    if verb.lemma_ in config()["gate"]["no_act_verbs"] or _split_word(verb):
        return None  # "learn from its neighbours": a state of mind, no act
    comps = _complements(verb)
    if any(_complement_read_as_relative(t) for t in comps):
        return None
    auxes = _auxes(verb)
    passive = any(a.dep_ == "auxpass" for a in auxes)
    if not comps and not passive and verb.lemma_ not in config()["gate"]["complete_verbs"]:
        return None  # "Would the parties agree?": no concrete matter
    override = {verb.i: verb.lemma_} if base else {}
    lead = []
    if base and passive:
        lead, override = ["be"], {}
    text = _render([verb, *comps], facts, override)
    if text is None and verb.lemma_ in words("question_pullback_verbs"):
        text = _without_pointing_back(verb, comps, facts, override)
    return None if text is None else " ".join([*lead, text])


def _split_word(verb) -> bool:
    """"to co-exist" read as "co", "-", "exist": the verb is the end of a hyphenated word the parser split, and a
    question on "exist" would change what was said."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text in {"-", "‐"} and not doc[verb.i - 1].whitespace_ \
        and not doc[verb.i - 2].whitespace_


def _without_pointing_back(verb, comps: list, facts: EntityFacts, override: dict) -> str | None:
    """"ought to withdraw from those hills": a pullback from a place the sentence only points back to is still a
    pullback; the phrase that points back with a demonstrative ("from those hills") is left out, the rest is kept; a
    pullback with no other complement still asks the act ("Must the army withdraw?"); "from there" names no kind of
    place and the pullback asks nothing, as before."""
    pointing = set()
    for c in verb.children:
        place = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" and c.i > verb.i else None
        demonstrative = place is not None and any(d.dep_ == "det" and d.tag_ == "DT" and d.lower_ in words("question_pronouns")
                                                  for d in place.children)
        if demonstrative and _render(list(c.subtree), facts) is None:  # "from there" names no kind of place: abstain
            pointing.update(t.i for t in c.subtree)
    if not pointing:
        return None
    return _render([verb, *[t for t in comps if t.i not in pointing]], facts, override)


def clause_slots(verb, facts: EntityFacts) -> dict | None:
    """A finite clause as the slots of a question: aux (inverted), subject, predicate. None when the
    clause has no named subject, is negated, or gives no concrete matter."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or _asks_nothing(subj, verb):
        return None
    who = party_phrase(subj, facts)
    lead, rest = _lead_and_rest(verb, subj, facts)
    if who is None or rest is None or lead is None:
        return None
    return {"aux": lead, "subject": who, "predicate": rest, "head": issue_key(subj), "verb": verb.lemma_,
            "places": places_in(_complements(verb)), "matter": clause_matter("whether", subj, verb, facts)}


def _lead_and_rest(verb, subj, facts: EntityFacts) -> tuple[str | None, str | None]:
    """The inverted auxiliary of a clause's question and the words after its subject."""
    auxes = _auxes(verb)
    if auxes:
        rest = _render([*auxes[1:], verb, *_complements(verb)], facts)
        if not _complements(verb) and verb.lemma_ not in config()["gate"]["complete_verbs"] \
                and not any(a.dep_ == "auxpass" for a in auxes):
            rest = None
        return config()["aux_map"].get(auxes[0].lower_, auxes[0].lower_), rest
    if verb.lemma_ == "be":
        return config().get("be_present", {}).get(verb.lower_, verb.lower_), _render(_complements(verb), facts)
    if verb.tag_ == "VB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children):
        return "will", predicate(verb, facts, base=True)  # "expects more countries to follow its lead"
    # a reported past reads as the present ("questioned whether Elbonia had the will" → "Does Elbonia have …");
    # a past under a present stays past ("it is unclear whether the talks took place" → "Did the talks take place?")
    plural = subj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subj.children)
    lead = {"VBD": "did" if _told_in_the_present(verb) else "do" if plural else "does", "VBZ": "does",
            "VBP": "do"}.get(verb.tag_)
    return lead, predicate(verb, facts, base=True) if lead else None


def _told_in_the_present(verb) -> bool:
    """Is the nearest finite verb above ``verb`` in the present ("it is unclear whether …", "X does not know if …")?"""
    tok = verb
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.tag_ in {"VBZ", "VBP"} or any(a.dep_ == "aux" and a.tag_ in {"VBZ", "VBP"} for a in tok.children):
            return True
        if tok.tag_ in {"VBD", "MD"} or any(a.dep_ == "aux" and a.tag_ in {"VBD", "MD"} for a in tok.children):
            return False
    return False


def _asks_nothing(subj, verb) -> bool:
    """A clause no party settles at the table: a "who/what" subject, a denial, a state of mind, an effect, an
    assessment, a relationship, a figure of speech of an outcome, or what a deal may do to someone."""
    gate = config()["gate"]
    return subj.lower_ in WH_WORDS or _has_neg(verb) \
        or verb.lemma_ in {*gate["no_act_verbs"], *gate["effect_verbs"], *gate["assessment_verbs"]} \
        or subj.lemma_.lower() in gate["no_matter_subjects"] or _effect_of_deal(subj, verb) or _figurative_outcome(verb)


def _figurative_outcome(verb) -> bool:
    """Rule ``question.figurative_outcome``: a verb whose object makes it a figure of speech of an outcome (the gate's
    ``figurative_outcomes``: "lay the foundation for", "pave the way for", "open a new chapter") hopes for a result,
    no act a party settles at the table."""
    nouns = config()["gate"].get("figurative_outcomes", {}).get(verb.lemma_.lower()) or []
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in nouns for c in verb.children) or \
        any(c.dep_ == "prep" and g.lemma_.lower() in nouns for c in verb.children for g in c.children if g.dep_ == "pobj")


def _effect_of_deal(subj, verb) -> bool:
    """"the proposed deal could give farmers access to the market": what a deal or a plan may do to someone is an
    assessment of its effects (the gate's ``effect_subject_nouns`` as the subject of an active verb with an object, under
    one of its ``possibility_modals``), no act a party settles at the table."""
    gate = config()["gate"]
    return subj.dep_ == "nsubj" and subj.lemma_.lower() in gate["effect_subject_nouns"] \
        and any(c.dep_ == "aux" and c.lower_ in gate["possibility_modals"] for c in verb.children) \
        and any(c.dep_ in {"dobj", "dative"} for c in verb.children)


def places_in(toks) -> tuple[str, ...]:
    """The places a predicate names ("travel to Oslo" → ("oslo",)): part of its matter, so that "Will X travel
    to A?" and "Will X travel to B?" stay two questions."""
    return tuple(sorted({t.text.lower() for t in toks if t.pos_ == "PROPN" and t.ent_type_ in {"GPE", "LOC", "FAC"}}))


# ---------------------------------------------------------------- context of a sentence

def _mention(tok, facts: EntityFacts) -> Mention | None:
    m = facts.at(tok) if tok is not None else None
    return m if m is not None and m.label != "outlet" else None


def _voice_of(noun, facts: EntityFacts) -> Mention | None:
    """Whose voice a statement or an office is: "the premier Jan Roe's office", "a statement from the foreign ministry"
    → that party; any other noun, or one whose party the text does not name, → None."""
    if noun is None or noun.lemma_.lower() not in words("question_voice_nouns"):
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return _mention(c, facts)
        if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return _mention(obj, facts)
    return None


VOICE_HOLDER = "position:voice-of-statement"  # the party a statement or an office speaks for


def speaker(sent, facts: EntityFacts) -> tuple[Mention | None, str]:
    """Who states the sentence, and by which rule: the subject of its root, or of a speech verb (no rule of
    its own: the reconciliation checks the subject), or the party whose statement or office speaks
    ("Jan Roe's office said …", "“…,” read a statement from X": :data:`VOICE_HOLDER`); else no one (never
    the first name that happens to stand in the sentence)."""
    verbs = [sent.root] + [tok for tok in sent if tok.lemma_ in words("speech_verbs")]
    for verb in verbs:
        m = _mention(subject(verb), facts)
        if m is not None:
            return m, ""
        m = _voice_of(subject(verb), facts)
        if m is not None:
            return m, VOICE_HOLDER
    root = sent.root  # "“…,” read a statement from X": an inverted speech verb, "from X" on the noun or the verb
    said = next((c for c in root.children if c.dep_ == "dobj"), None) if root.lemma_ in words("question_voice_verbs") else None
    if said is None or said.lemma_.lower() not in words("question_voice_nouns"):
        return None, ""
    m = _voice_of(said, facts) or next((_mention(o, facts) for c in root.children if c.dep_ == "prep" and
                                        c.lower_ in {"from", "by"} for o in c.children if o.dep_ == "pobj"), None)
    return m, VOICE_HOLDER if m is not None else ""


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.“”\"'‘’")
    return re.sub(r"(?<!\s)\s+([,.;:!?])", r"\1", text)


def _stem(w: str) -> str:
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "es", "s", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def topic_of(text: str) -> tuple[str, ...]:
    stop = words("topic_stop_words")
    found = [w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in stop and len(w) > 3]
    return tuple(sorted({_stem(w) for w in found}))


def head_lemma(tok) -> str:
    return (tok.lemma_ if tok.pos_ != "PROPN" else tok.text).lower()


# the rules that ask whether a step agreed on is taken: told in a clause of what came before a reported happening
# (rule clause.told_before), the step is most often taken since
AGREED_STEP_RULES = frozenset({"question.agreed_step", "question.agreed_clause"})


class _Finder:
    """Collects the questions of one document, each past the gate, with its sentence and stance."""

    def __init__(self, doc, facts: EntityFacts, sid: dict[int, str]):
        self.doc, self.facts, self.sid = doc, facts, sid
        self.out: list[RawQuestion] = []
        # clauses that state a rule of procedure ("once a member objects, the chair must call a vote"): no question
        self.procedure = {hit[0] for hit in hits(doc, "clause.generic_procedure")}
        self.contentless = contentless_clauses(doc)
        # a commentator's forecast ("analysts say the army could push north", rule clause.commentary): no question
        self.commentary = {t.i for hit in hits(doc, "clause.commentary") for t in doc[hit[2]].subtree}
        # what came before a reported happening ("… comes after X agreed to meet in Y", rule clause.told_before): a step
        # agreed there asks nothing; a doubt, a call or a demand told there ("after X urged Y to …") still does
        self.history = {t.i for hit in hits(doc, "clause.told_before") for t in doc[hit[0]].subtree}
        # a clause dated by a day that looks back ("… to send the workers back to work last year", rule
        # clause.dated_before): settled then, no pending matter
        self.dated_before = {hit[0] for hit in hits(doc, "clause.dated_before")}
        self.cut_off = cut_off_word(doc)

    def _ends_cut_off(self, question: str) -> bool:
        return self.cut_off is not None and question.rstrip("?").split()[-1:] == [self.cut_off]

    def add(self, rule: str, family: str, tok, question: str | None, matter: tuple, actor: Mention | None = None,
            stance: str | None = None, answer: str | None = None, own_voice: bool = False,
            party: Mention | None = None) -> bool:
        """Keep ``question`` if it passes the gate; its actor is the party the rule names, else (a
        stance of the sentence's own) who states the sentence; an answer's actor is never guessed, nor the
        holder of a stance the rule reads from a phrase (``own_voice``: the article's, when the rule names none)."""
        if not question or not passes_gate(question) or tok.i in self.procedure or tok.i in self.contentless \
                or tok.i in self.commentary or tok.i in self.dated_before or self._ends_cut_off(question) or \
                (tok.i in self.history and rule in AGREED_STEP_RULES):
            return False
        sent = tok.sent
        guess = actor is None and answer in {None, "proposed"} and not own_voice
        who, holder_rule = speaker(sent, self.facts) if guess else (actor, "")
        self.out.append(RawQuestion(family, question, stance or _tidy(sent.text), who, self.sid.get(sent.start, "s1"),
                                    topic_of(question), answer, tuple(matter), rule, holder_rule, party))
        return True


def cut_off_word(doc) -> str | None:
    """Rule ``question.cut_off_sentence``: the last word of a text that stops inside its last sentence, with no stop,
    question mark or closing quote at its end (a page saved short, "… operate in a limited capacity in th"). A
    question that ends on it asks what the article never said; one built from the sentence's earlier, whole words
    still asks. None when the text ends a sentence."""
    words_ = [t for t in doc if not t.is_space]
    return None if not words_ or SENTENCE_END.search(words_[-1].text) else words_[-1].text


def _gives_content(c) -> bool:
    """Does the dependent ``c`` say what a generic act is ("take steps to free the crew", "act to stop the
    shelling"): a clausal complement, a to-infinitive (a participle, "the consequences arising from it", does not) or
    the examples it lists ("further steps, including halting all patrols")?"""
    return c.dep_ in {"xcomp", "ccomp"} or (c.dep_ in {"advcl", "acl", "relcl"} and c.tag_ == "VB") \
        or (c.dep_ == "prep" and c.lower_ in {"including", "like", "such"})


def contentless_clauses(doc) -> set[int]:
    """The predicates that ask nothing: a generic act ("should take full responsibility", rule
    ``clause.vague_act``), a search for an unnamed way out ("ready to reach a solution", ``clause.open_search``;
    a noun before the object naming its kind keeps it), a principle said to guide or prevail ("peace must guide the
    talks", ``clause.principle``), a bare reaction ("should respond firmly", ``clause.vague_reaction``) and
    a state of mind ("urged the public to remain hopeful", ``clause.attitude``), each only when no clause
    (nor, for an attitude, a prepositional complement) says what it is about."""
    out: set[int] = set()
    for verb_i, obj_i in hits(doc, "clause.vague_act"):
        verb, obj = doc[verb_i], doc[obj_i]
        if not any(_gives_content(c) for c in (*verb.children, *obj.children)):
            out.add(verb_i)
    for hit in hits(doc, "clause.open_search"):
        verb, obj = doc[hit[0]], doc[hit[-1]]
        if not any((_gives_content(c) and c.lemma_ not in words("question_settle_verbs")) or c.dep_ == "compound"
                   for c in (*verb.children, *obj.children)):
            out.add(verb.i)  # "a solution to resolve the dispute" is as open as "a solution"
    for verb_i, subj_i in hits(doc, "clause.principle"):  # a bare singular noun names a principle, not a group
        if doc[subj_i].tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in doc[subj_i].children):
            out.add(verb_i)
    for (verb_i,) in hits(doc, "clause.vague_reaction"):
        if not any(_gives_content(c) or c.dep_ == "dobj" for c in doc[verb_i].children):
            out.add(verb_i)
    for verb_i, adj_i in hits(doc, "clause.attitude"):
        if not any(c.dep_ in {"prep", "xcomp", "ccomp"} for c in doc[adj_i].children):
            out.add(verb_i)
    return out


# ---------------------------------------------------------------- families

def _clause_families(f: _Finder) -> None:
    """whether / if / when / where clauses, "has yet to", "hope … will": a question on the clause."""
    doc = f.doc
    for rule in ("question.whether", "question.if_doubt", "question.hope"):
        for hit in hits(doc, rule):
            verb = doc[{"question.whether": hit[0], "question.if_doubt": hit[-2]}.get(rule, hit[1])]
            fronted = rule == "question.if_doubt" and verb.left_edge.i < doc[hit[0]].i  # "If X wins, Y confirmed …"
            slots = clause_slots(verb, f.facts) if not (fronted or _past_perfect(verb) or _put_to_the_speaker(verb)) \
                else None
            if slots:
                f.add(rule, "uncertain", verb, fill("yes_no", **slots), slots["matter"])
    for hit in hits(doc, "question.wh_clause"):
        verb, wh = doc[hit[-2]], doc[hit[-1]]
        known = len(hit) == 4 and doc[hit[1]].lower_ not in words("question_wh_doubt_by_itself") \
            and not _has_neg(doc[hit[0]])  # "it is clear when …" asks nothing
        slots = clause_slots(verb, f.facts) if not (known or _told_as_done(verb) or _relative_wh(wh)) else None
        if slots:
            f.add("question.wh_clause", wh.lower_, verb, fill("wh", wh=wh.lower_, **slots),
                  (wh.lower_, slots["head"], slots["verb"], *slots["places"]))
    for have_i, _, verb_i in hits(doc, "question.yet_to"):
        have, verb = doc[have_i], doc[verb_i]
        subj = subject(have)
        who = party_phrase(subj, f.facts) if subj is not None else None
        pred = predicate(verb, f.facts, base=True)
        if who and pred and not _has_neg(have):
            f.add("question.yet_to", "uncertain", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  clause_matter("whether", subj, verb, f.facts), actor=_mention(subj, f.facts))


def _wh_unclear_family(f: _Finder) -> None:
    """A "what", "which" or "how" clause left open ("it was not clear what concessions the ZDA made to its partners",
    "unclear how long the talks will last", "did not say which posts the Greens would get") → "What concessions did
    the ZDA make to its partners?" (``question.wh_unclear``). What someone meant or said ("unclear which aspect of the
    talks X was addressing") is no matter of the talks, and asks nothing."""
    doc = f.doc
    for hit in hits(doc, "question.wh_unclear"):
        head, verb, wh = doc[hit[0]], doc[hit[-2]], doc[hit[-1]]
        remark = verb.lemma_.lower() in words("speech_verbs") | words("question_wh_remark_verbs")
        slots = _wh_slots(verb, wh, f.facts) if _left_open(head) and verb.left_edge.i == wh.i and not remark else None
        if slots:
            f.add("question.wh_unclear", "uncertain", verb, fill("wh", **slots),
                  ("wh", wh.lower_, slots["head"], verb.lemma_))


def _left_open(head) -> bool:
    """Is the clause left open? "unclear" says so alone; "clear" and "known" only negated ("is not clear"); a verb
    of telling only negated ("did not say")."""
    if head.lemma_.lower() in words("question_wh_untold_verbs"):
        return _has_neg(head)
    state = head if head.dep_ == "acomp" else next(c for c in head.children if c.dep_ == "acomp")
    return state.lower_ in words("question_wh_doubt_by_itself") or _has_neg(state.head)


def _wh_slots(verb, wh, facts: EntityFacts) -> dict | None:
    """The slots of a wh-question on a clause that opens on its wh-phrase ("what policy concessions", "how long",
    "how"): that phrase, the inverted auxiliary ("did" for a past with none), the clause's named subject and the rest
    of the clause. None when the wh-phrase is the subject ("who fired first") or the clause names no subject."""
    top = wh
    while top.head.i != verb.i and top.head.i != top.i:
        top = top.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if top.dep_ in {"nsubj", "nsubjpass", "csubj"} or subj is None or subj.i < top.i or _object_predicate(verb):
        return None
    what, who = _render(_pruned(top), facts), party_phrase(subj, facts)
    comps = [t for t in _complements(verb) if t.i > subj.i]
    auxes = _auxes(verb)
    if auxes:
        lead, rest = config()["aux_map"].get(auxes[0].lower_, auxes[0].lower_), \
            _render([*auxes[1:], verb, *comps], facts)
    elif verb.tag_ in {"VBD", "VBZ", "VBP"} and verb.lemma_ != "be":
        lead = {"VBD": "did", "VBZ": "does", "VBP": "do"}[verb.tag_]
        rest = _render([verb, *comps], facts, {verb.i: verb.lemma_})
    else:
        return None
    if not (what and who and rest):
        return None
    return {"wh": what[:1].lower() + what[1:], "aux": lead, "subject": who, "predicate": rest, "head": issue_key(subj)}


def _object_predicate(verb) -> bool:
    """"to get the accord approved": a causative verb's object with its own participle, which the phrase would drop
    as a description ("to get the accord"), changing what is asked."""
    return any(t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "dobj"
               and t.head.head.lemma_.lower() in words("causative_verbs") for t in verb.subtree)


def _past_perfect(verb) -> bool:
    """Rule ``question.past_perfect``: "asked if he had discussed the matter with the office" asks of a step before the
    time of the report, answered there or known, no pending matter; so does a question put in the simple past
    ("asked X whether he regretted the decision", "asked if the talks went well"): what was, not what is to come.
    ("It is unclear whether the talks took place" is no question put, and stays open.)"""
    if verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in {"had", "'d"} for a in verb.children):
        return True
    return verb.tag_ == "VBD" and verb.head.lemma_ == "ask" and not any(a.dep_ == "aux" for a in verb.children)


def _put_to_the_speaker(verb) -> bool:
    """Rule ``question.put_to_the_speaker``: "(When) asked if the walkout was a protest, X told reporters …": a
    reporter's question of what is, put to the one who answers it in the same sentence, no pending matter; one of
    what is to come stays open ("asked if the envoy would be attending the meeting, X advised patience")."""
    ask = verb.head
    to_come = any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.children)
    return ask.lemma_ == "ask" and ask.tag_ == "VBN" and not to_come and not any(c.dep_ == "nsubj" for c in ask.children)


def _relative_wh(wh) -> bool:
    """Rule ``question.relative_wh``: "a plenary on Saturday where countries would present their views", "in Geneva,
    where talks will be held": a "where"/"when" right after a day or a place it qualifies opens a relative clause,
    no open question ("asked Jan Roe when the talks would resume" asks)."""
    doc = wh.doc
    before = doc[wh.i - 1] if wh.i > 0 and not doc[wh.i - 1].is_punct else doc[wh.i - 2] if wh.i > 1 else None
    return before is not None and before.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"}


def _told_as_done(verb) -> bool:
    """Rule ``question.wh_told_as_done``: a "when"/"where" clause in the past or the perfect tells a known fact, no
    pending matter ("it is where generations of workers have built ships", "asked where the envoys met"); one told
    with "would", "will" or another modal ("no date as to when the treaty would be signed") stays open."""
    auxes = [a for a in verb.children if a.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes):  # "have built", "was signed", "did meet"
        return not any(a.tag_ == "MD" for a in auxes)
    return not auxes and verb.tag_ == "VBD"


def _ready_family(f: _Finder) -> None:
    """A party ready, prepared or willing to act → "Will X act?"; the readiness is that party's position, and a
    party that is not ready is left to the refusal family (abstain)."""
    doc = f.doc
    for be_i, ready_i, third, fourth in hits(doc, "question.ready"):
        be, verb = doc[be_i], doc[third] if doc[third].dep_ == "xcomp" else doc[fourth]  # "ready to sign", "committed to signing"
        subj = next((c for c in be.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        who = party_phrase(subj, f.facts) or pair_phrase(subj, f.facts) if subj is not None else None
        skip = _has_neg(be) or _has_neg(doc[ready_i]) or verb.lemma_ in words("question_ready_skip_verbs") \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in words("question_goodwill_objects") for c in verb.children)
        pred = predicate(verb, f.facts, base=True) if not skip else None
        if who and pred:
            f.add("question.ready", "uncertain", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  _pair_matter(subj, verb, f.facts), _mention(subj, f.facts) or speech_antecedent(subj, f.facts))


def _pair_matter(subj, verb, facts: EntityFacts) -> tuple:
    """The matter of a step whose subject may be the two parties together: "both sides", "the parties" and two
    parties named side by side ("X and Y agreed to …") are one pair, and the step is its verb and the head of its
    object ("establish" "mechanism"), so that the same step worded both ways is one matter."""
    matter = clause_matter("whether", subj, verb, facts)
    together = any(c.dep_ == "conj" for c in subj.children) or not party_phrase(subj, facts)
    if matter[0] != "whether" or not together:
        return matter  # a named detainee's release, coming to talks: their own matters
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return ("whether", "pair", verb.lemma_, issue_key(obj) if obj is not None else "", *places_in(_complements(verb)))


def _counterfactual(verb) -> bool:
    """Is the clause a past possibility, "could have led to a disaster" (a modal, then "have" and a participle): what
    might have happened, nothing pending?"""
    auxes = [a for a in verb.children if a.dep_ == "aux" and a.i < verb.i]
    return verb.tag_ == "VBN" and any(a.tag_ == "MD" for a in auxes) and any(a.lemma_ == "have" for a in auxes)


def _fear_family(f: _Finder) -> None:
    """A fear or a warning that something could happen, or a reported possibility → "Will X happen?"; held by whoever the parse says
    fears or warns (the noun's possessor, the verb's subject), else by the article's own voice, never by the
    sentence's first name ("Lebanon announced …, amid fears that …": Lebanon holds no fear)."""
    doc = f.doc
    for rule in ("question.fear", "question.possibility"):
        for hit in hits(doc, rule):
            cue, verb = doc[hit[0]], doc[hit[1]]
            # "the premier, who suggested that troops might be sent, …": a possibility told in a relative clause says
            # who someone is (the remark behind the story), not what the article reports as pending; a fear or a
            # warning stays one wherever it is told
            background = rule == "question.possibility" and cue.dep_ == "relcl"
            slots = clause_slots(verb, f.facts) if not (_has_neg(cue) or background or _counterfactual(verb)) else None
            if slots:
                slots["aux"] = "will"  # "could", "may", "might": the question asks whether it happens
                f.add(rule, "uncertain", verb, fill("yes_no", **slots), slots["matter"], _owner(cue, f.facts),
                      own_voice=True)


def _hyphen_part(t) -> bool:
    """A hyphen, or the part before one, of a word the tokeniser split ("de-escalation" as "de", "-",
    "escalation", each hung on the preposition): the word's head is its last part."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (t.text == "-" and not t.whitespace_) or (nxt is not None and nxt.text == "-" and not t.whitespace_)


def _list_items(toks, facts: EntityFacts) -> list[tuple[str, object]]:
    """A list of issues ("the disarmament of the militia, the timing and scale of a withdrawal, and who would
    govern") → (wording, head token) per item; a "who/how …" item is already a question."""
    segments, cur = [], []
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        split_and = t.lower_ in {"and", "or"} and nxt is not None and (nxt.pos_ == "DET" or nxt.lower_ in WH_WORDS)
        if t.text in {",", ";"} or split_and:
            segments.append(cur)
            cur = []
        elif not (t.lower_ in {"and", "or"} and not cur):
            cur.append(t)
    segments.append(cur)
    out = []
    for seg in filter(None, segments):
        ids = {t.i for t in seg}
        heads = [t for t in seg if (t.head.i not in ids or t.head.i == t.i) and not _hyphen_part(t)]
        if len(heads) != 1 or heads[0].pos_ not in {"NOUN", "PROPN", "VERB"}:
            continue
        text = _render(seg, facts, issue=True)
        if text and len(text.split()) >= 2:
            out.append((text, heads[0]))
    return out


def _items_after(tok, facts: EntityFacts) -> list[tuple[str, object]]:
    """The issues listed after a cue, to the end of the sentence, past "including" / "such as" / "key issues"."""
    toks = [t for t in tok.sent if t.i > tok.i and (not t.is_punct or t.text in {",", ";", "-", "–"})]
    while toks and (toks[0].text == "," or toks[0].lower_ in {"including", "such", "as", "over", "on", "about",
                                                                 "around", "among", "them"}):
        toks = toks[1:]
    lowered = [t.lower_ for t in toks]
    for cue in ("including", "as"):  # "key issues such as A, B": the issues are A and B
        if cue in lowered[:5]:
            toks = toks[lowered.index(cue) + 1:]
            break
    return _list_items(toks, facts)


def issue_key(head) -> str:
    """What an issue is about, for its matter: the names in it ("NATO" in "the eastward expansion of
    NATO" and in "NATO enlargement"), else its head noun; any meeting word counts as "talks"."""
    names = sorted({t.text.lower() for t in _pruned(head) if t.pos_ == "PROPN"})
    if names:
        return " ".join(names)
    return _meeting_key(head_lemma(head))


def _synonym(lemma: str) -> str:
    """One word for one matter: the synonyms of questions.yml ("boundary" → "border")."""
    return config().get("issue_synonyms", {}).get(lemma, lemma)


def _meeting_key(lemma: str) -> str:
    """Any meeting word ("round", "negotiation", "dialogue") is one matter: "talk"."""
    return "talk" if lemma in words("meeting_refs") | words("question_talk_words") else _synonym(lemma)


def _join(texts: list[str]) -> str:
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


def _relative_on_item(head) -> bool:
    """A relative clause on the item before it ("the flashpoint of Lindor, where the president told …"): its wh-word
    comes right after the noun it qualifies and a comma; it asks nothing ("… and who would run the crossing" does)."""
    if head.dep_ != "relcl":
        return False
    wh = min((t for t in head.subtree if t.lower_ in WH_WORDS), key=lambda t: t.i, default=None)
    return wh is not None and wh.i >= 2 and wh.nbor(-1).text == "," and wh.nbor(-2).i == head.head.i


def _settle(f: _Finder, rule: str, tok, items, actor=None) -> None:
    """The issues of one list, asked once ("How will A, B and C be settled?"); a "who/how …" item on its own. An
    agreement is no issue to settle ("the focus will be on an immediate ceasefire": "How will a ceasefire be
    settled?" asks nothing; the agreement nouns of the lexicon's event types): it is left out."""
    agreements = section("event_types")["types"]["agreement"]["nouns"]
    nouns = [(text, head) for text, head in items if head.pos_ != "VERB" and head.lemma_.lower() not in agreements]
    for text, head in items:
        if head.pos_ == "VERB" and text.split()[0].lower() in WH_WORDS and not _relative_on_item(head):
            f.add(rule, "unsettled", tok, fill("wh_item", clause=text), ("wh", head_lemma(head)), actor)
    while nouns and not passes_gate(fill("settled", issue=_join([t for t, _ in nouns]))):
        nouns = nouns[:-1]  # a list too long for one question keeps its first issues
    if nouns:
        f.add(rule, "unsettled", tok, fill("settled", issue=_join([t for t, _ in nouns])),
              ("settle", *sorted({issue_key(h) for _, h in nouns})), actor)


def _issue_families(f: _Finder) -> None:
    """Issues left open: "remain unsettled, including …", "disagreements persist over …", sticking points."""
    doc = f.doc
    for _, end in hits(doc, "question.open_issues"):
        _settle(f, "question.open_issues", doc[end - 1], _items_after(doc[end - 1], f.facts))
    for _, _, prep_i in hits(doc, "question.dispute_over"):
        _settle(f, "question.dispute_over", doc[prep_i], _items_after(doc[prep_i], f.facts))
    for hit in hits(doc, "question.at_odds"):
        _settle(f, "question.at_odds", doc[hit[-1]], _items_after(doc[hit[-1]], f.facts))
    for rule, at in (("question.address_dispute", 2), ("question.named_question", 0)):
        for hit in hits(doc, rule):
            noun = doc[hit[at]]
            text = noun_phrase(noun, f.facts) if not _has_neg(noun.head) else None
            what = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            if text and what:  # one matter by what it is about: "the border dispute", "the boundary question"
                f.add(rule, "unsettled", noun, fill("settled", issue=text), ("settle", _synonym(head_lemma(what[-1]))))
    for verb_i, noun_i, prep_i in hits(doc, "question.challenges_ahead"):
        subj = subject(doc[verb_i])
        parties = subj is not None and (_mention(subj, f.facts) is not None or pair_phrase(subj, f.facts) is not None)
        if parties and _challenges_open(doc[verb_i], doc[noun_i]):  # the parties' challenges, not an economy's
            _settle(f, "question.challenges_ahead", doc[noun_i], _items_after(doc[prep_i - 1], f.facts))
    for be_i, point_i, _ in hits(doc, "question.sticking_point"):
        be, point = doc[be_i], doc[point_i]
        want = "attr" if point.dep_ == "nsubj" else "nsubj"
        other = next((c for c in be.children if c.dep_ == want), None)
        text = noun_phrase(other, f.facts) if other is not None else None
        if text:
            _settle(f, "question.sticking_point", point, [(text, other)])


def _division_families(f: _Finder) -> None:
    """Parties divided over issues, talks stalled over them (``question.divided_over``), and the other issues still to
    settle (``question.other_issues``) → "How will X be settled?"; a denied, modal or past-dated one asks nothing."""
    doc = f.doc
    for rule in ("question.divided_over", "question.other_issues"):
        for hit in hits(doc, rule):
            governor = doc[hit[0]] if rule == "question.divided_over" else doc[hit[0]].head
            items = [(text, head) for text, head in _items_after(doc[hit[-1]], f.facts)
                     if head.ent_type_ not in {"DATE", "TIME"}]  # "over the weekend" is a time, no issue
            if not (_has_neg(governor) or _modal(governor) or _told_as_history(governor)):
                _settle(f, rule, doc[hit[-1]], items)


def _challenges_open(verb, noun) -> bool:
    """Challenges still faced or ahead ("still face challenges", "face challenges ahead") in the present or under
    "will"; negated, past ("faced"), or a modal of possibility ("could face") ask nothing."""
    still = any(c.lower_ in words("question_still_words") and c.dep_ == "advmod" for c in [*verb.children, *noun.children])
    present = verb.tag_ in {"VBP", "VBZ"} or (verb.tag_ == "VB" and any(a.lower_ in {"will", "would"} for a in verb.children))
    return still and present and not _has_neg(verb)


def _agenda_items(topic):
    """What a topic noun of an agenda is said to be: the subject of "among the topics … are X" or the object of
    "the topics … include X" / the attribute of "the topics … are X"; None when the sentence says neither."""
    head = topic.head
    if topic.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_ == "be":
        return next((c for c in head.head.children if c.dep_ in {"nsubj", "attr"}), None)
    if topic.dep_ == "nsubj" and head.lemma_ in {"include", "be"}:
        return next((c for c in head.children if c.dep_ in {"dobj", "attr"}), None)
    return None


def _agenda_family(f: _Finder) -> None:
    """The issues on the agenda of talks still to come or under way (rule ``question.agenda``), or the focus they will
    have (``question.agenda_focus``: "the focus will be on A and B") → "How will A and B be settled?"."""
    doc = f.doc
    for topic_i, verb_i, _ in hits(doc, "question.agenda"):
        topic, verb = doc[topic_i], doc[verb_i]
        item = _agenda_items(topic) if not (_has_neg(verb) or _has_neg(topic.head)) else None
        if item is not None:
            _settle(f, "question.agenda", topic, _list_items(list(item.subtree), f.facts))
    for focus_i, be_i, _ in hits(doc, "question.agenda_focus"):
        be = doc[be_i]
        on = next((p for p in be.children if p.dep_ == "prep" and p.lower_ == "on"), None)
        item = next((c for c in (on.children if on is not None else be.children) if c.dep_ in {"pobj", "attr"}), None)
        if item is not None and not _has_neg(be):
            _settle(f, "question.agenda_focus", doc[focus_i], _list_items(list(item.subtree), f.facts))


def _issue_of(tok, facts: EntityFacts):
    """The issue a noun or verb is "on" / "over" / "about": (wording, head) or None."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "over", "about"}):
        obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
        if obj is None:
            continue
        if obj.dep_ == "pcomp":
            return _render(_pruned(obj, {"relcl", "parataxis", "advcl"}), facts), obj
        inside = {t.i for t in prep.subtree}  # never past the phrase: ", the envoy said" is no issue
        items = [(text, head) for text, head in _items_after(prep, facts) if head.i in inside]
        if items:
            return items[0]
    return None


def _agreement_family(f: _Finder) -> None:
    """No agreement reached, or a failure to agree, on an issue → "Will an agreement be reached on X?"."""
    doc = f.doc
    for hit in hits(doc, "question.no_agreement"):
        verb, noun = doc[hit[0]], doc[hit[1]]
        found = _issue_of(noun, f.facts) or _issue_of(verb, f.facts)
        if found and found[0]:
            f.add("question.no_agreement", "deadlock", verb, fill("agreement", issue=found[0]),
                  ("settle", issue_key(found[1])))


def _date_families(f: _Finder) -> None:
    """No date set for a meeting (and, by :func:`_pause_family`, talks on hold or paused)."""
    doc = f.doc
    for verb_i, noun_i, _ in hits(doc, "question.no_date"):
        verb, noun = doc[verb_i], doc[noun_i]
        if any(t.tag_ == "WRB" for t in verb.subtree):
            continue  # "no date … as to when X would be signed": the when clause asks it
        target = next((o for p in (*noun.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "for"
                       for o in p.children if o.dep_ == "pobj"), None)
        action = _announced_action(verb, f.facts) if target is None else None
        if action is None and target is None and (verb.lemma_ == "be" or noun.lemma_ != "date") and not _about_meeting(noun):
            continue  # "there is no date on the letter": a missing day of no meeting the sentence names
        meeting = noun_phrase(target, f.facts) if target is not None else config()["default_meeting"]
        head = issue_key(target) if target is not None else _meeting_key(config()["default_meeting"].split()[-1])
        if action is not None:
            meeting, head = action
        if meeting:
            f.add("question.no_date", "date", verb, fill("next_date", issue=meeting[:1].lower() + meeting[1:]),
                  ("when", head, "take"))
    _pause_family(f)


def _pause_family(f: _Finder) -> None:
    """Talks on hold, paused or stalled now: "When will talks resume?"."""
    doc = f.doc
    for start, _ in hits(doc, "question.pause"):
        sent, paused = doc[start].sent, _paused(doc[start])
        if paused is not None and paused.lemma_.lower() not in words("question_paused_talk_nouns"):
            continue  # "a truce that paused weeks of fighting", "the suspended ceasefire": no talks on hold
        if _resuming(paused if paused is not None else doc[start]):
            continue  # "confirmed the resumption of negotiations, stalled since May": they resume
        if doc[start].pos_ == "VERB" and _told_as_history(doc[start]):
            continue  # "first suspended the deal", "froze the talks in 2019": history, nothing on hold now
        if any(t.lemma_.lower() in words("question_matter_nouns") for t in sent):
            actor = _mention(subject(doc[start].head), f.facts) or _mention(subject(sent.root), f.facts)
            f.add("question.pause", "pause", doc[start], fill("resume"), ("when", "talk", "resume"), actor)


def _resuming(tok) -> bool:
    """Does the sentence tell the stalled talks resume ("confirmed the resumption of negotiations, stalled since May")?
    ``tok`` is what is paused, or the cue when the parse names nothing: the object of a resumption noun, or a participle
    that qualifies one or hangs on a verb whose object holds one (the lexicon's ``question_resumption_nouns``)."""
    resumption = words("question_resumption_nouns")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lemma_.lower() in resumption
    if tok.dep_ == "acl":
        return tok.head.lemma_.lower() in resumption
    if tok.dep_ == "advcl":
        return any(t.lemma_.lower() in resumption for c in tok.head.children if c.dep_ == "dobj" for t in c.subtree)
    return False


def _announced_action(verb, facts: EntityFacts) -> tuple[str, str] | None:
    """"announced the resumption of flights, though no timeline was given": the missing day is that of the action
    the main clause names (a noun of ``question_action_nouns``, its object), as (wording, lemma); None when it
    names none. The parser may hang the clause on a participle that qualifies that object ("the resumption of
    flights — suspended since 2020 — though no timeline was given"): the object is then the participle's noun."""
    if verb.dep_ != "advcl":
        return None
    main = verb.head
    if main.dep_ == "acl" and main.head.dep_ == "dobj":
        obj = main.head
    else:
        obj = next((c for c in main.children if c.dep_ == "dobj"), None) if not _has_neg(main) else None
    if obj is None or obj.lemma_.lower() not in words("question_action_nouns"):
        return None
    issue = noun_phrase(obj, facts)
    return (issue, obj.lemma_.lower()) if issue else None


def _about_meeting(noun) -> bool:
    """Is a "no date" or "no timeline" about a meeting: a compound says what of ("no resumption date"), or
    its sentence names talks, a meeting or a deal?"""
    return any(c.dep_ == "compound" for c in noun.children) \
        or any(t.lemma_.lower() in words("question_matter_nouns") for t in noun.sent)


def _paused(cue):
    """What the parse says is paused: the object of "paused" (else its subject), what "a pause in" names,
    the noun "stalled" qualifies, the subject of "are on hold"; None when the parse names nothing."""
    if cue.lower_ in {"on", "a"}:
        noun = next((t for t in cue.doc[cue.i + 1:cue.i + 2] if t.lower_ in {"pause", "hold"}), None)
        obj = next((o for p in (noun.children if noun is not None else []) if p.dep_ == "prep"
                    for o in p.children if o.dep_ == "pobj"), None)
        if obj is None and noun is not None and noun.dep_ == "dobj":  # "bringing a pause to weeks of clashes"
            obj = next((o for p in noun.head.children if p.dep_ == "prep" and p.lower_ in {"to", "on", "in"}
                        for o in p.children if o.dep_ == "pobj"), None)
        if obj is not None or cue.lower_ == "a":
            return obj
        return subject(cue.head) if cue.dep_ == "prep" else None
    if cue.dep_ == "amod":
        return cue.head
    own = {c.dep_: c for c in cue.children}
    return own.get("dobj") or own.get("nsubjpass") or own.get("nsubj")


def _held(main):
    """The subject of a clause, or what "there is" introduces ("there can be no talks")."""
    own = {c.dep_: c for c in main.children}
    if "expl" in own:
        return own.get("attr")
    return own.get("nsubj") or own.get("nsubjpass") or subject(main)


def _held_back(main) -> bool:
    """Is the main clause of an "until" refused or negated ("no talks can begin", "resisted meeting")?"""
    subj = _held(main)
    return _has_neg(main) or main.lemma_ in words("reject_words") | {"resist"} \
        or (subj is not None and any(c.lower_ == "no" for c in subj.children))


def _matter_of(main, facts: EntityFacts) -> str | None:
    """What a condition comes before: the subject of the held-back clause when it is a meeting or deal
    ("no talks of any kind"), else its object ("resisted meeting the rival leader"), else talks when the clause
    is a party's talking ("would not return to the table", "refuses to meet with X": :func:`_talking`), else
    None: "a strike cannot start until …", "the results are not final until …" come before no talks."""
    subj = _held(main)
    if subj is not None and subj.lemma_.lower() in words("question_matter_nouns"):
        return noun_phrase(subj, facts)
    obj = next((c for c in main.children if c.dep_ in {"xcomp", "dobj"}), None)
    if obj is not None and obj.tag_ != "VB":
        return _render(_pruned(obj), facts)
    return config()["default_matter"] if _talking(obj if obj is not None else main) else None


def _talking(verb) -> bool:
    """Does the verb say a party talks: a verb of talking (``question_talk_verbs``: "meet", "negotiate"), or one of
    taking part towards the table ("return to the table": ``question_attend_verbs``, ``question_table_nouns``)?"""
    if verb.lemma_.lower() in words("question_talk_verbs"):
        return True
    return verb.lemma_.lower() in words("question_attend_verbs") and any(
        o.lemma_.lower() in words("question_table_nouns") for p in verb.children if p.dep_ == "prep"
        for o in p.children if o.dep_ == "pobj")


def _condition_subject(verb):
    """The subject of a condition clause; in "what X calls the root causes have been addressed", the thing named."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        called = next((c for c in verb.children if c.dep_ in {"csubj", "csubjpass"}), None)
        subj = next((c for c in called.children if c.dep_ == "oprd"), None) if called is not None else None
    return subj


def _judged_to_be(verb) -> bool:
    """"peace must be the first concern of every party": "must be" with a noun phrase says what a thing ought
    to be, a judgement, not a term anyone is to meet (``question.must`` asks nothing on it)."""
    return verb.lemma_ == "be" and not any(a.dep_ == "auxpass" for a in verb.children) and \
        any(c.dep_ == "attr" for c in verb.children)


def _laid_down(verb) -> bool:
    """Rule ``question.laid_down``: what a law or a text requires ("the constitution says parliament must convene
    within 14 days", "under the charter, the council must meet") is settled by that text, no party's demand: the
    speaker of the reported clause, or the object of "under" or "according to" on it, is one of ``legal_text_nouns``."""
    texts = words("legal_text_nouns")
    head = verb.head if verb.dep_ == "ccomp" else None
    speaker = subject(head) if head is not None and head.lemma_ in words("speech_verbs") else None
    if speaker is not None and speaker.lemma_.lower() in texts:
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"under", "to"}):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in texts:
            return True
    return False


def _generic_plural(noun) -> bool:
    """Rule ``question.generic_subject``: a bare plural with no determiner, possessive or number ("parties must reach
    a deal", "fewer letters must be delivered") names no one in particular: a maxim or a description, no term any
    party is to meet ("both sides", "the parties", "its troops" name theirs)."""
    return noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "predet", "nummod", "compound"}
                                           for c in noun.children)


def _must_family(f: _Finder) -> None:
    """"X must …" (``question.must``): must X do it? A deal a bare plural must reach: will it be reached?"""
    doc = f.doc
    asked = _approval_tokens(doc)  # "must be ratified": whether it is (question.approval_pending)
    for verb_i, _ in hits(doc, "question.must"):
        verb = doc[verb_i]
        subj = _condition_subject(verb)
        generic = subj is not None and _generic_plural(subj)
        slots = _condition_slots(verb, f.facts) if verb.lemma_ != "come" and verb_i not in asked \
            and not _judged_to_be(verb) and not generic and not _laid_down(verb) else None
        if slots:
            f.add("question.must", "condition", verb, fill("demand", **slots), ("terms", slots["head"], verb.lemma_))
        elif generic and verb_i not in asked:
            _deal_to_reach(f, verb)


def _deal_to_reach(f: _Finder, verb) -> None:
    """Rule ``question.deal_to_reach``: no one in particular must conclude a deal ("parties must reach a deal") →
    whether the deal is reached, asked of the deal, not of the generic subject ("Will a deal be reached?")."""
    deal = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if _has_neg(verb) or verb.lemma_ not in words("question_reach_verbs") or deal is None \
            or deal.lemma_.lower() not in words("agreement_nouns"):
        return
    issue = noun_phrase(deal, f.facts)
    if issue:
        f.add("question.deal_to_reach", "terms", deal, fill("reached", issue=issue), ("conclude", "deal"))


def _condition_slots(verb, facts: EntityFacts) -> dict | None:
    """A condition clause in the base form: "an unconditional ceasefire is in place" → subject, "be in place"."""
    subj = _condition_subject(verb)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or _has_neg(verb):
        return None
    who = noun_phrase(subj, facts)
    if verb.lemma_ == "be" and not any(a.dep_ == "auxpass" for a in verb.children):
        pred = _render(_complements(verb), facts)
        pred = f"be {pred}" if pred else None
    else:
        pred = predicate(verb, facts, base=True)
    return {"subject": who, "predicate": pred, "head": issue_key(subj)} if who and pred else None


def _until_family(f: _Finder) -> None:
    """A precondition: "no talks can begin until an unconditional ceasefire is in place"."""
    doc = f.doc
    for main_i, until_i in hits(doc, "question.until"):
        main, until = doc[main_i], doc[until_i]
        cond = until.head if until.dep_ == "mark" else next((c for c in until.children if c.dep_ in {"pcomp", "pobj"}), None)
        if cond is None or cond.head.i != main.i or not _held_back(main):
            continue
        slots, matter = _condition_slots(cond, f.facts), _matter_of(main, f.facts)
        if slots and until.lower_ == "unless":  # "will not sign it unless X approves the sale": will X approve it?
            f.add("question.until", "condition", cond, fill("yes_no", aux="will", subject=slots["subject"],
                                                            predicate=slots["predicate"]),
                  ("condition", slots["head"]), _mention(subject(main), f.facts))
        elif slots and matter:
            f.add("question.until", "condition", cond, fill("precondition", matter=matter, **slots),
                  ("condition", slots["head"]), _mention(subject(main), f.facts))


def _own_subject(come):
    """The subject of "must come first" on the verb itself, or on the verb of need it hangs from ("X has to come
    first"); never one borrowed from another clause the parser joined it to ("refused to answer, arguing a ceasefire
    must come first", "come" parsed as a conjunct of "refused", has none of its own)."""
    subj = subject(come)
    owners = {come.i} | ({come.head.i} if come.dep_ == "xcomp" else set())
    return subj if subj is not None and subj.head.i in owners else None


def _condition_families(f: _Finder) -> None:
    """Terms and conditions: "X must come first", "X must …", "among the conditions for Y are X"."""
    doc = f.doc
    for come_i, *_ in hits(doc, "question.come_first"):
        subj = _own_subject(doc[come_i])
        issue = noun_phrase(subj, f.facts) if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else None
        if issue:
            f.add("question.come_first", "condition", doc[come_i],
                  fill("comes_first", issue=issue, matter=config()["default_matter"]), ("condition", issue_key(subj)))
    _must_family(f)
    for _, noun_i, item_i in hits(doc, "question.condition_of"):
        noun, item = doc[noun_i], doc[item_i]
        target = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                       for o in p.children if o.dep_ == "pobj"), None)
        issue = noun_phrase(item, f.facts) if item.i != noun.i and noun not in item.subtree else None
        matter = noun_phrase(target, f.facts) if target is not None else None
        if issue and matter:
            f.add("question.condition_of", "condition", item, fill("comes_first", issue=issue, matter=matter),
                  ("condition", issue_key(item)), _mention(next((c for c in noun.children if c.dep_ == "poss"), None),
                                                            f.facts))


def _owner(cue, facts: EntityFacts) -> Mention | None:
    """Whose is this threat or objection: the possessor of the noun, or the subject of the verb."""
    poss = next((c for c in cue.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _mention(poss, facts)
    return _mention(subject(cue), facts) if cue.pos_ in {"VERB", "AUX"} else None


def _party(cue, facts: EntityFacts) -> tuple[str, Mention | None] | None:
    """The party a threat, demand or proposal belongs to, named explicitly: (wording, mention or None).
    A pronoun the text resolves counts; "neither …", "no one" and unresolved pronouns do not."""
    owner = _owner(cue, facts)
    if owner is not None:
        return owner.text, owner
    subj = subject(cue) if cue.pos_ in {"VERB", "AUX"} else None
    if subj is None or any(c.lower_ in {"neither", "nor", "no"} for c in subj.subtree):
        return None
    text = party_phrase(subj, facts)
    return (text, None) if text else None


def _can_act(cue, named: Mention | None) -> bool:
    """A threat is carried out by a party: one the text names, or a group, team or institution ("the
    rebels"), never a thing or an event ("the blast threatened to wreck the truce")."""
    if named is not None:
        return True
    subj = subject(cue) if cue.pos_ in {"VERB", "AUX"} else None
    return subj is not None and (subj.pos_ == "PROPN" or bool(subj.ent_type_) or subj.lemma_.lower() in
                                 words("group_nouns") | words("team_nouns") | words("institution_words"))


def _stance_families(f: _Finder) -> None:
    """Threats to act and guarantees sought, by a party the sentence names."""
    doc = f.doc
    for cue_i, verb_i in hits(doc, "question.threat"):
        cue, verb = doc[cue_i], doc[verb_i]
        party = _party(cue, f.facts)
        act = predicate(verb, f.facts, base=True)
        if party and act and not _has_neg(cue) and _can_act(cue, party[1]):
            f.add("question.threat", "threat", cue, fill("threat", owner=party[0], act=act),
                  ("threat", party[0].lower(), verb.lemma_), party[1])
    _warned_response(f)
    _agreed_step(f)
    _agreed_clause(f)
    _not_final(f)
    _details_unknown(f)
    _only_allowed(f)
    _talks_toward_act(f)
    _demanded_settlement(f)
    _agreed_measures(f)
    for hit in hits(doc, "question.guarantee"):
        verb, noun = doc[hit[0]], doc[hit[-1]]
        party = _party(verb, f.facts)
        if party is None or _has_neg(verb):
            continue
        clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and
                       any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
        said = _render([t for t in _pruned(clause) if not (t.dep_ == "mark" and t.head.i == clause.i)],
                       f.facts) if clause is not None else None
        question = fill("guarantee_that", owner=party[0], clause=said) if said else None
        if not (question and passes_gate(question)):
            question = fill("guarantee", owner=party[0])
        f.add("question.guarantee", "guarantee", verb, question, ("guarantee", party[0].lower()), party[1])


def _in_span(t, top) -> bool:
    """Is ``t`` in a span of time after "within" ("within the next two months"), a length, not a day?"""
    for a in t.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ == "prep":
            return a.lower_ in words("question_span_preps")
    return False


def _names_day(verb) -> bool:
    """Does the clause of ``verb`` name a day, a month or a year ("on 12 May", "on Monday", "in 2026"), not a mere
    length ("following days of hostilities", "within the next two months")?"""
    days = {w.lower() for w in (load_data("calendar.yml") or {}).get("weekdays", [])}
    return any(t.ent_type_ in {"DATE", "TIME"} and (t.like_num or t.lower_ in _months() or t.lower_ in days)
               and not _in_span(t, verb) for t in _pruned(verb))


def _agreed_step(f: _Finder) -> None:
    """Parties that agreed to take a concrete step, on no day the sentence gives ("agreed to reopen the river
    crossing") → "Will X reopen the river crossing?"; a dated step is an event, a modal or negated agreement
    ("would agree", "did not agree") no agreement; the steps are the concrete acts of ``question_agreed_acts``."""
    doc = f.doc
    for hit in hits(doc, "question.agreed_step"):
        # the step is the last verb of the hit: the step, the second step, the step hung on the gathering, or the
        # verb that holds the vote
        cue, verb = doc[hit[0]], next(doc[i] for i in reversed(hit) if doc[i].tag_ == "VB")
        subj = subject(cue)
        body = any(c.dep_ == "dobj" and c.lemma_.lower() in words("question_process_bodies") for c in verb.children)
        if subj is None or _has_neg(cue) or _has_neg(verb) or _modal(cue) or cue.dep_ in {"amod", "acl", "relcl"} \
                or _names_day(verb) or body:
            continue  # "agreed to establish a working group": a body set up for the process is no step of substance
        who, pred = party_phrase(subj, f.facts) or pair_phrase(subj, f.facts), predicate(verb, f.facts, base=True)
        if who and pred:
            f.add("question.agreed_step", "terms", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  _pair_matter(subj, verb, f.facts), _mention(subj, f.facts))


def _agreed_clauses(verb) -> list:
    """The clause an agreement states and the clauses coordinated with it that carry their own "shall"/"will"
    ("agreed that the units shall return … and that the fighters shall depart …")."""
    out = [verb]
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ in words("question_agreed_modals")
                                                       for a in c.children):
            out.append(c)
    return out


def _agreed_clause(f: _Finder) -> None:
    """Parties that agreed that a concrete step shall be taken, on no day the sentence gives ("agreed that all
    foreign fighters shall leave the country") → "Will all foreign fighters leave the country?" (rule
    ``question.agreed_clause``); a modal or negated agreement, a negated or dated step ask nothing."""
    doc = f.doc
    for hit in hits(doc, "question.agreed_clause"):
        cue, verb_i = doc[hit[0]], hit[1]
        if _has_neg(cue) or _modal(cue) or cue.dep_ in {"amod", "acl", "relcl"}:
            continue
        owner = subject(cue)
        for verb in _agreed_clauses(doc[verb_i]):
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            body = any(c.dep_ == "dobj" and c.lemma_.lower() in words("question_process_bodies") for c in verb.children)
            if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or verb.lemma_ not in words("question_agreed_acts") \
                    or _has_neg(verb) or _names_day(verb) or body:
                continue  # "agreed that the government will establish a commission": a body, no step of substance
            # "agreed for their envoys to return": the possessive stands for the parties that agreed
            who, pred = noun_phrase(subj, f.facts, issue=True), predicate(verb, f.facts, base=True)
            if who and pred:
                f.add("question.agreed_clause", "terms", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                      _pair_matter(subj, verb, f.facts), _mention(owner, f.facts) if owner is not None else None)


def _agreed_measures(f: _Finder) -> None:
    """Measures or initiatives parties agreed on, on no day the clause names ("agreed on a set of confidence-building
    measures") → "Will the agreed confidence-building measures be implemented?" (held by the named parties)."""
    doc = f.doc
    for hit in hits(doc, "question.agreed_measures"):
        cue, noun = doc[hit[0]], doc[hit[-1]]
        if _has_neg(cue) or _modal(cue) or cue.dep_ in {"amod", "acl", "relcl"} or _names_day(cue):
            continue
        kept = [t for t in _pruned(noun) if t.dep_ not in {"det", "poss", "nummod"} or t.head.i != noun.i]
        issue = _render(kept, f.facts, issue=True)
        subj = subject(cue)
        if issue and len(issue.split()) <= config()["gate"]["max_phrase_words"]:
            f.add("question.agreed_measures", "terms", noun, fill("agreed_implemented", issue=issue),
                  ("implement", "agreed"), _mention(subj, f.facts) if subj is not None else None)


def _demanded_settlement(f: _Finder) -> None:
    """A named party that demands or insists on a settlement of a named kind ("insists on a two-state accord")
    → "Will X's demand for a two-state accord be met?" (one matter per kind of settlement, whoever demands it)."""
    doc = f.doc
    for hit in hits(doc, "question.demanded_settlement"):
        cue, noun = doc[hit[0]], doc[hit[-2]]
        owner = _owner(cue, f.facts)
        issue = noun_phrase(noun, f.facts) if owner is not None and not _has_neg(cue) and not _modal(cue) else None
        if issue:
            f.add("question.demanded_settlement", "terms", cue, fill("demand_met", owner=owner.text, issue=issue),
                  ("settle", doc[hit[-1]].lemma_.lower()), owner)


def _demanded_terms(f: _Finder) -> None:
    """A named party that demands, seeks or calls for terms ("the union is seeking wage hikes of 46 percent", "Zenda
    wants 12 cabinet posts") → "Will the union's demand for wage hikes of 46 percent be met?"
    (``question.demanded_terms``; one matter per kind of term, whoever demands it)."""
    doc = f.doc
    for hit in hits(doc, "question.demanded_terms"):
        cue, term = doc[hit[0]], doc[hit[-1]]
        noun = next(doc[i] for i in hit[1:] if doc[i].dep_ in {"dobj", "pobj"})  # the terms, or their quantity
        party = _party(cue, f.facts) if not _has_neg(cue) and not _hedged(cue) else None
        issue = noun_phrase(noun, f.facts) if party is not None else None
        subj = subject(cue)
        if issue and party[0] and not (subj is not None and _generic_plural(subj)):
            joint = subj is not None and any(c.dep_ == "conj" for c in subj.children)  # "the NLC and TUC": both
            owner = (party_phrase(subj, f.facts) if joint else _owner_phrase(cue, party[0], f.facts)) \
                if party[1] is not None else party[0]
            if owner:
                f.add("question.demanded_terms", "terms", cue, fill("demand_met", owner=owner, issue=issue),
                      ("demand", term.lemma_.lower()), party[1])


def _truce_noun(noun) -> bool:
    """A truce word ("a temporary ceasefire"), or an agreement word with one before it ("a ceasefire agreement")."""
    truce = words("question_truce_nouns")
    return noun.lemma_.lower() in truce or (noun.lemma_.lower() in words("question_term_holders") and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in truce for c in noun.children))


def _truce_family(f: _Finder) -> None:
    """A truce the parties agreed, reached or signed, or one that took effect ("agreed to a temporary ceasefire")
    → "Will the temporary ceasefire hold?"; one matter whatever it is called. A negated, modal or refused
    agreement ("would not agree to a truce", "refused to sign a truce") or one a noun qualifies ("the truce
    agreed in May") is no truce (abstain)."""
    doc = f.doc
    for hit in hits(doc, "question.truce_holds"):
        cue = doc[hit[0]]
        noun = doc[hit[1]] if doc[hit[1]].dep_ == "nsubj" else doc[hit[-1]]  # took effect, else agreed or signed
        if not _truce_noun(noun) or _has_neg(cue) or _modal(cue) or cue.dep_ in {"amod", "acl", "relcl", "xcomp"} \
                or any(_has_neg(a) for a in cue.ancestors):
            continue
        kept = [t for t in _pruned(noun) if t.dep_ not in {"det", "poss", "nummod"} or t.head.i != noun.i]
        issue = _render(kept, f.facts, issue=True)
        if issue and len(issue.split()) <= config()["gate"]["max_phrase_words"]:
            f.add("question.truce_holds", "terms", noun, fill("holds", issue="the " + issue), ("hold", "ceasefire"))


def _necessity_family(f: _Finder) -> None:
    """A clause a speaker calls essential or necessary ("it is essential that the pullback of troops continues")
    → "Will the pullback of troops continue?"; a denied need ("it is not necessary that …") asks nothing."""
    doc = f.doc
    for be_i, _, verb_i, _ in hits(doc, "question.necessity"):
        be, verb = doc[be_i], doc[verb_i]
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or _has_neg(be) or _has_neg(verb):
            continue
        who, pred = party_phrase(subj, f.facts), predicate(verb, f.facts, base=True)
        if who and pred:
            f.add("question.necessity", "terms", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  clause_matter("whether", subj, verb, f.facts))


def _deal_noun(noun) -> bool:
    """A deal word ("an interim trade deal"), or a part of one ("the first phase of the deal")."""
    holders = words("question_term_holders")
    return noun.lemma_.lower() in holders or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in holders for o in p.children) for p in noun.children)


def _final_deal(be, final):
    """The deal that is not final yet: the subject of "X is not final", an "it" whose clause is coordinated with
    the one that reached the deal ("reached an agreement in principle, but it is not final …"), or the noun of "there
    is no final agreement"; None when it is no deal word."""
    if final.dep_ == "amod":
        return final.head if _deal_noun(final.head) and any(c.lower_ == "no" for c in final.head.children) else None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "it" and be.dep_ == "conj":
        subj = next((c for c in be.head.children if c.dep_ == "dobj"), None)
    return subj if subj is not None and subj.pos_ == "NOUN" and _deal_noun(subj) and _has_neg(be) else None


def _not_final(f: _Finder) -> None:
    """A deal that is not final until a condition is met ("it is not final until the president agrees on it", "there
    is no final agreement until everything is agreed", rule ``question.not_final``) → "Will the agreement in
    principle become final?" or "Will a final agreement be reached?"."""
    doc = f.doc
    for hit in hits(doc, "question.not_final"):
        be, final = doc[hit[0]], doc[hit[1] if len(hit) == 4 else hit[2]]
        deal = _final_deal(be, final)
        if deal is None:
            continue
        if final.dep_ == "amod":
            kept = [t for t in _pruned(deal) if not (t.dep_ == "det" and t.head.i == deal.i)]
            issue = _render(kept, f.facts, issue=True)
            question = fill("reached", issue=f"a {issue}") if issue else None
        else:
            issue = noun_phrase(deal, f.facts)
            question = fill("final", issue=issue) if issue else None
        f.add("question.not_final", "terms", final, question, ("final", head_lemma(deal)))


def _details_unknown(f: _Finder) -> None:
    """Details of a named matter not available, not known or not disclosed (rule ``question.details_unknown``): "Further
    details of the accord signed in Port Aster were not immediately available" → "What are the details of the accord
    signed in Port Aster?". "Unavailable" says so by itself, "available" only negated; a matter too long to name is
    cut to its core."""
    doc = f.doc
    for hit in hits(doc, "question.details_unknown"):
        cue, subj, what = doc[hit[0]], doc[hit[1]], doc[hit[3]]
        state = doc[hit[4]] if len(hit) == 5 else None
        unknown = state is not None and state.lemma_.lower() in words("question_detail_unknown_states")
        if unknown == _has_neg(cue) or (state is None and not _has_neg(cue)):
            continue  # "details of the accord are available", "were not unclear": known; "were disclosed": known
        issue = noun_phrase(what, f.facts, issue=True) or _core_phrase(what, f.facts)
        noun = "terms" if subj.lemma_.lower() == "term" else "details"
        f.add("question.details_unknown", "details", subj, fill("details", noun=noun, issue=issue) if issue else None,
              ("details", issue_key(what)))


def _only_allowed(f: _Finder) -> None:
    """A restriction a side says binds the other (rule ``question.only_allowed``): "Ruritania will only be allowed to use
    the money to buy food" → "Will Ruritania only use the money to buy food?"; "the funds can only be used for
    humanitarian purchases" → "Will the funds only be used for humanitarian purchases?"."""
    doc = f.doc
    for hit in hits(doc, "question.only_allowed"):
        cue, subj = doc[hit[0]], doc[hit[1]]
        act = doc[hit[3]] if len(hit) == 4 else cue
        if _has_neg(cue) or _has_neg(act):
            continue
        who = party_phrase(subj, f.facts) if act is not cue else noun_phrase(subj, f.facts)
        pred = predicate(act, f.facts, base=True)
        if who and pred:
            f.add("question.only_allowed", "terms", act, fill("yes_no", aux="will", subject=who, predicate=f"only {pred}"),
                  ("only", head_lemma(subj), act.lemma_), _mention(subj, f.facts))


def _talks_toward_act(f: _Finder) -> None:
    """Parties in talks on a concrete act (rule ``question.talks_toward_act``): "Norway and Sweden started discussions
    to open embassies in each other's capitals" → "Will Norway and Sweden open embassies in each other's capitals?"."""
    doc = f.doc
    for hit in hits(doc, "question.talks_toward_act"):
        cue, verb = doc[hit[0]], doc[hit[2]]
        subj = subject(cue)
        if subj is None or _has_neg(cue) or _has_neg(verb) or _names_day(verb):
            continue
        who, pred = party_phrase(subj, f.facts) or pair_phrase(subj, f.facts), predicate(verb, f.facts, base=True)
        if who and pred:
            f.add("question.talks_toward_act", "terms", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  _pair_matter(subj, verb, f.facts), _mention(subj, f.facts))


def _aimed_deal(f: _Finder) -> None:
    """A named party that aims, hopes or races to conclude a deal ("the two kingdoms aim to sign the treaty by
    year-end") → "Will the two kingdoms sign the treaty by year-end?"; one matter for the deal whoever aims at it.
    A negated aim, a past one ("had hoped to sign"), or one a noun qualifies gives none."""
    doc = f.doc
    for cue_i, verb_i, noun_i in hits(doc, "question.aimed_deal"):
        cue, verb = doc[cue_i], doc[verb_i]
        subj = subject(cue)
        if subj is None or not _deal_noun(doc[noun_i]) or _has_neg(cue) or _has_neg(verb) \
                or cue.dep_ in {"amod", "acl", "relcl"} or any(a.lower_ == "had" for a in cue.children):
            continue
        who, pred = party_phrase(subj, f.facts), predicate(verb, f.facts, base=True)
        if who and pred:
            f.add("question.aimed_deal", "terms", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  ("conclude", "deal"), _mention(subj, f.facts))


def _travel_advice(f: _Finder) -> None:
    """A named party that advised its citizens to avoid a place or an act ("Oslo advised its citizens to avoid
    travelling to Sweden") → "Will Oslo lift its advice to avoid travelling to Sweden?"; the advice is its position."""
    doc = f.doc
    for cue_i, _, verb_i in hits(doc, "question.travel_advice"):
        cue = doc[cue_i]
        owner = _owner(cue, f.facts)
        act = predicate(doc[verb_i], f.facts, base=True) if owner is not None and not _has_neg(cue) else None
        if act:
            f.add("question.travel_advice", "terms", cue, fill("advice", owner=owner.text, act=act),
                  ("advice", owner.text.lower()), owner)


def _coming(verb) -> bool:
    """Is a bare "expire" still to come: in the present ("before it expires"), after "will", or under "is set
    to" / "is due to"; a past governor ("was set to expire") tells history."""
    chain = [verb, verb.head, verb.head.head]
    if any(a.dep_ in {"aux", "auxpass"} and a.tag_ == "VBD" for t in chain for a in t.children):
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    if _will(verb):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words("question_due_words")


def _expiry_family(f: _Finder) -> None:
    """An agreement, truce or mandate that is to expire ("the truce is set to expire later today") → "Will the
    truce be extended?"; a pronoun it names no one for, or an expiry already past, gives none."""
    doc = f.doc
    for (verb_i,) in hits(doc, "question.expiry"):
        verb = doc[verb_i]
        subj = subject(verb) or (subject(verb.head.head) if verb.head.dep_ == "acomp" else None)
        if subj is None or subj.pos_ == "PRON" or _has_neg(verb) or not _coming(verb):
            continue
        kept = [t for t in _pruned(subj) if t.dep_ not in {"det", "poss"} or t.head.i != subj.i]
        issue = _render(kept, f.facts, issue=True)
        if issue and len(issue.split()) <= config()["gate"]["max_phrase_words"]:
            issue = issue if subj.pos_ == "PROPN" else "the " + issue
            key = "ceasefire" if _truce_noun(subj) else issue_key(subj)
            f.add("question.expiry", "terms", verb, fill("extended", issue=issue), ("extend", key))


def _deadline_past(deadline, setter) -> bool:
    """Is a deadline history or denied: "no deadline", "an earlier deadline", "did not set a deadline", the subject
    of a past verb ("the deadline passed", "the deadline was extended to May") or the object of a past verb that
    ends it ("Oslo met the deadline"); "struggled to meet the deadline" and "the deadline expires on Friday" are
    still to come."""
    if any(c.lower_ == "no" or c.lemma_.lower() in words("question_deadline_past_words") for c in deadline.children
           if c.dep_ in {"det", "amod"}):
        return True
    gov = deadline.head if deadline.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
    if gov is not None and gov.tag_ in {"VBD", "VBN"} and (deadline.dep_ != "dobj" or gov.lemma_.lower() in
                                                         words("question_deadline_done_verbs")):
        return True  # what a deadline did or underwent is told as history ("was later extended to 1 May")
    return any(_has_neg(v) for v in (gov, setter) if v is not None)


def _deadline_family(f: _Finder) -> None:
    """A deadline or an ultimatum for an act ("the deadline for handing over the prisoners") → "Will the deadline to
    hand over the prisoners be met?"; for an action a noun names → "Will the deadline for the withdrawal … be met?"."""
    doc = f.doc
    for hit in hits(doc, "question.deadline"):
        toks = [doc[i] for i in hit]
        deadline = next(t for t in toks if t.lemma_.lower() in words("question_deadline_nouns"))
        setter = toks[0] if toks[0].i != deadline.i else None
        act = toks[-2] if toks[-1].dep_ == "aux" else toks[-1]  # the last node is "to" after an infinitive
        if _deadline_past(deadline, setter) or (deadline.dep_ == "nsubj" and deadline.head.lemma_ == "expire"):
            continue  # an expiry still to come is question.expiry's ("Will the deadline … be extended?")
        if act.pos_ == "NOUN":
            # an action noun, or a gerund the parser took for a noun ("for handing over the captives")
            gerund = act.lower_.endswith("ing") and any(c.dep_ in {"prt", "dobj", "pobj", "prep"} for c in act.children)
            found = _action_phrase(act, f.facts) or ((noun_phrase(act, f.facts), act.lemma_) if gerund else None)
            question = fill("deadline_for", issue=found[0]) if found and found[0] else None
            obj = act
        else:
            pred = predicate(act, f.facts, base=True)
            question = fill("deadline_act", act=pred) if pred and not _has_neg(act) else None
            obj = next((c for c in act.children if c.dep_ == "dobj"), act)
        owner = next((c for c in deadline.children if c.dep_ == "poss"), None)
        actor = _mention(owner if owner is not None else subject(setter) if setter is not None else None, f.facts)
        f.add("question.deadline", "terms", deadline, question, ("deadline", act.lemma_.lower(), issue_key(obj)), actor)


def _considering(f: _Finder) -> None:
    """A named party that is considering or weighing an act ("Oslo is considering lifting the ban on fishing") →
    "Will Oslo lift the ban on fishing?"; a denied one ("is not considering …") asks nothing."""
    doc = f.doc
    for cue_i, verb_i in hits(doc, "question.considering"):
        cue, verb = doc[cue_i], doc[verb_i]
        subj = subject(cue)
        if subj is None or _has_neg(cue) or _has_neg(verb) or cue.dep_ in {"amod", "acl", "relcl"}:
            continue
        who, pred = party_phrase(subj, f.facts), predicate(verb, f.facts, base=True)
        if who and pred and not _private_person(subj, f.facts):
            f.add("question.considering", "uncertain", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  clause_matter("whether", subj, verb, f.facts), _mention(subj, f.facts))


def _no_commitment(f: _Finder) -> None:
    """A party that would not, or refused to, commit to an act ("the office would not commit to giving the deputies a
    vote on the deal") → "Will the office give the deputies a vote on the deal?"."""
    doc = f.doc
    for hit in hits(doc, "question.no_commitment"):
        cue, act = doc[hit[0]], doc[hit[-1]]
        subj = subject(cue)
        named = _mention(subj, f.facts) if subj is not None else None
        if subj is None or (subj.like_num and named is None) or subj.pos_ == "PRON" or _has_neg(act) \
                or cue.dep_ in {"amod", "acl", "relcl"}:
            continue  # (a number is no party's name the question can show, unless it names a body: "No 10")
        who = named.text if subj.like_num else party_phrase(subj, f.facts)
        pred = predicate(act, f.facts, base=True)
        if who and pred:
            f.add("question.no_commitment", "uncertain", act, fill("yes_no", aux="will", subject=who, predicate=pred),
                  clause_matter("whether", subj, act, f.facts), _mention(subj, f.facts))


def _vague_issue(head) -> bool:
    """"any aspect", "all fronts", "the key issues": words that name no matter of their own."""
    if any(c.dep_ == "det" and c.lower_ in {"any", "every", "all", "each", "some"} for c in head.children):
        return True
    return head.lemma_.lower() in words("question_vague_issue_nouns") and not any(
        c.dep_ == "compound" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)


def _progress_family(f: _Finder) -> None:
    """No progress, or little, on an issue, or a failure to make any ("there was no progress on the demarcation of
    the river") → "Will progress be made on the demarcation of the river?"; one matter with an agreement on it."""
    doc = f.doc
    for hit in hits(doc, "question.no_progress"):
        noun = doc[hit[-1]] if len(hit) == 3 else doc[hit[0]]
        found = _issue_of(noun, f.facts) or _issue_of(noun.head, f.facts)
        if found and found[0] and not _has_neg(noun.head) and not _vague_issue(found[1]):
            f.add("question.no_progress", "deadlock", noun, fill("progress", issue=found[0]),
                  ("settle", issue_key(found[1])))


def _warned_response(f: _Finder) -> None:
    """A named party warning of a response if something happens ("warned of a firm response if the tariffs are
    imposed") → "Will X carry out the threat of a firm response if the tariffs are imposed?"; a condition on any
    one of a kind ("if any state attacks it") is a standing deterrent, no pending matter (abstain)."""
    doc = f.doc
    for cue_i, _, noun_i, cond_i, mark_i in hits(doc, "question.warned_response"):
        cue, noun, cond = doc[cue_i], doc[noun_i], doc[cond_i]
        owner = _owner(cue, f.facts)
        if owner is None or _has_neg(cue) or _has_neg(cond) or cond.i in {h[1] for h in hits(doc, "clause.generic_procedure")}:
            continue
        issue = noun_phrase(noun, f.facts)
        clause = _render([t for t in _pruned(cond) if t.i != mark_i], f.facts)
        if issue and clause:
            f.add("question.warned_response", "threat", cue, fill("threat_if", owner=owner.text, issue=issue, clause=clause),
                  ("threat", owner.text.lower(), noun.lemma_), owner)


def _objection_family(f: _Finder) -> None:
    """A named party's objection or concern about an issue (a demonym counts: "Russian concerns")."""
    doc = f.doc
    for noun_i, _, obj_i in hits(doc, "question.objection"):
        noun, obj = doc[noun_i], doc[obj_i]
        owner = _owner(noun, f.facts)
        named = owner is not None or any(c.dep_ == "amod" and gazetteer().demonym(c.text) for c in noun.children)
        issue = noun_phrase(obj, f.facts) if obj.tag_ not in {"WP", "WDT"} else None
        if named and issue and len(issue.split()) >= 2:
            f.add("question.objection", "objection", noun, fill("dispute", issue=issue), ("settle", issue_key(obj)),
                  owner)


def _claim_family(f: _Finder) -> None:
    """A named party restating its sovereignty or claim over a place → "How will the dispute over the place be
    settled?" (one matter with an objection over the same place); the claim is that party's position."""
    doc = f.doc
    for verb_i, _, _, place_i in hits(doc, "question.claim"):
        verb, place = doc[verb_i], doc[place_i]
        party = _party(verb, f.facts)
        issue = noun_phrase(place, f.facts) if place.tag_ not in {"WP", "WDT"} else None
        if party is None or not issue or _has_neg(verb) or _modal(verb):
            continue
        f.add("question.claim", "objection", verb, fill("dispute", issue=issue), ("settle", issue_key(place)),
              party[1], own_voice=True)


def _antecedent(tok):
    """"Freedonia, which …": the noun a relative "which"/"that"/"who" stands for; any other token itself."""
    if tok is not None and tok.tag_ in {"WDT", "WP"}:
        clause = tok.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        return clause.head if clause.dep_ == "relcl" else None
    return tok


def _recognition_parties(cue, facts: EntityFacts) -> tuple | None:
    """Who does not recognise whom: (recogniser token, recognised phrase, recognised token); in the passive the
    agent recognises the subject; the recognised one is a named party or a named party's independence."""
    if cue.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in cue.children) or \
            (cue.dep_ == "conj" and subject(cue) is not None and subject(cue).dep_ == "nsubjpass"):
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        who = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
        whom = _antecedent(subject(cue))
    else:
        who = _antecedent(subject(cue))
        whom = next((c for c in cue.children if c.dep_ == "dobj"), None)
    recognised = _recognised(whom, facts) if who is not None and whom is not None else None
    return (who, *recognised) if recognised else None


def _recognised(whom, facts: EntityFacts) -> tuple | None:
    """A named country or organisation ("Norway"), or its independence ("Norway's independence"): (phrase, token)."""
    owner = next((c for c in whom.children if c.dep_ == "poss"), None)
    if whom.lemma_.lower() in words("question_recognition_objects") and owner is not None:
        named = _mention(owner, facts)
        phrase = f"{named.text}'s {whom.lemma_.lower()}" if named is not None else None
    else:
        named = _mention(whom, facts)
        phrase = named.text if named is not None and whom.pos_ == "PROPN" else None
    if phrase is None or named.label not in {"country", "organization"}:
        return None
    return phrase, owner if owner is not None else whom


def _recognition_family(f: _Finder) -> None:
    """A named party that does not, or never did, recognise another ("Freedonia was never recognised by
    Ruritania") → "Will Ruritania recognise Freedonia?"; a past refusal told as history ("did not recognise … until")
    or a modal of possibility asks nothing, nor a party recognising itself."""
    doc = f.doc
    for cue_i, _ in hits(doc, "question.non_recognition"):
        cue = doc[cue_i]
        parties = _recognition_parties(cue, f.facts) if not _modal(cue) else None
        who = _mention(parties[0], f.facts) if parties else None
        if who is None or who.label not in {"country", "organization"} or who.text == parties[1].split("'s ")[0] \
                or any(c.dep_ in {"advcl", "prep"} and c.lower_ in {"until", "before"} for c in cue.children):
            continue
        question = fill("yes_no", aux="will", subject=who.text, predicate=f"{cue.lemma_} {parties[1]}")
        f.add("question.non_recognition", "uncertain", cue, question, ("recognise", issue_key(parties[2])), who)


def _easing_act(verb) -> bool:
    """Is ``verb`` a to-infinitive of easing ("to ease", "to de-escalate", which the tokenizer splits at its hyphen
    and the parser hangs apart: its "to" then sits on the "de"), not denied?"""
    doc = verb.doc
    split = verb.lower_ == "escalate" and verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "de"
    if verb.lower_ == "escalate" and not split:
        return False
    to_on = (verb, doc[verb.i - 2]) if split else (verb,)
    denied = any(_has_neg(t) or (t.dep_ == "xcomp" and _has_neg(t.head)) for t in to_on)  # "did not try to ease"
    return any(c.dep_ == "aux" and c.lower_ == "to" for t in to_on for c in t.children) and not denied


def _deictic_place(mod) -> bool:
    """"in the area", "in this region": a modifier whose only object points back to a place (the lexicon's
    ``question_deictic_place_nouns``) names no place of its own, as "rising tensions" names none."""
    objs = [c for c in mod.children if c.dep_ == "pobj"] if mod.dep_ == "prep" else []
    return len(objs) == 1 and objs[0].lemma_.lower() in words("question_deictic_place_nouns") \
        and not any(c.dep_ not in {"det"} for c in objs[0].children)


def _easing_family(f: _Finder) -> None:
    """An act to ease, lower or de-escalate tensions or a standoff the text names ("talks to ease tensions over the
    border", "the border tension") → "Will tensions over the border ease?"; "the situation" or "rising tensions",
    with nothing to say where or over what, names nothing."""
    doc = f.doc
    for verb_i, noun_i in hits(doc, "question.ease_tension"):
        verb, noun = doc[verb_i], doc[noun_i]
        named = any(c.dep_ in {"compound", "prep", "nmod"} and not _deictic_place(c) for c in noun.children)
        issue = noun_phrase(noun, f.facts) if named and _easing_act(verb) else None
        if issue:
            issue = re.sub(r"^(?:a|an)\s", "the ", issue, flags=re.I)
            f.add("question.ease_tension", "uncertain", verb, fill("eases", issue=issue), ("ease", issue_key(noun)),
                  own_voice=True)


def _proposed_named(f: _Finder) -> None:
    """A proposal with a name of its own ("the proposed Northern Council") → "Will the proposed Northern Council be
    set up?" (signed, for an accord; adopted, for any other name: the lexicon's ``question_proposed_outcomes``)."""
    doc = f.doc
    outcomes = section("question_proposed_outcomes")
    for noun_i, _ in hits(doc, "question.proposed_named"):
        noun = doc[noun_i]
        issue = noun_phrase(noun, f.facts)
        if issue and issue.lower().startswith("the proposed "):
            issue = "the" + issue[3:]
            done = outcomes.get(noun.lower_, "adopted")
            f.add("question.proposed_named", "proposal", noun, fill("proposed", issue=issue, predicate=done),
                  ("adopt", issue_key(noun)), own_voice=True)


def _proposal_content(verb, content, facts: EntityFacts) -> str | None:
    """What is proposed, as "to …" (a verb) or "of …" (a gerund, or a meeting, deal or truce)."""
    if content.dep_ == "xcomp" and content.tag_ == "VB":
        act = predicate(content, facts, base=True)
        return f"to {act}" if act else None
    if content.dep_ == "xcomp" and content.tag_ == "VBG" and verb.lemma_ in {"suggest", "propose"}:
        what = _render(_pruned(content), facts)  # "suggested dismantling the plant": a suggestion of dismantling it
        return f"of {what}" if what and len(what.split()) <= config()["gate"]["max_phrase_words"] else None
    if content.dep_ == "dobj" and (content.tag_ == "VBG" or content.lemma_.lower() in words("question_proposal_objects")):
        if _swallowed_recipient(content):
            return None
        what = noun_phrase(content, facts) if content.tag_ != "VBG" else _render(_pruned(content), facts)
        if content.tag_ != "VBG" and (what is None or "," in what):  # too long, or an aside after a comma
            what = _core_phrase(content, facts)
        return f"of {what}" if what else None
    return None


def _swallowed_recipient(noun) -> bool:
    """"offered the DA six ministerial posts", parsed as one phrase: a modifier before the noun's number names
    whom it was offered to, not what ("the DA six posts" is no noun phrase). No content is read then."""
    before = [t for t in noun.subtree if t.i < noun.i]
    number = next((t.i for t in before if t.tag_ == "CD"), None)
    return number is not None and any(t.pos_ == "PROPN" and t.i < number for t in before)


def _core_phrase(tok, facts: EntityFacts) -> str | None:
    """A noun phrase too long to name a matter, or with an aside after a comma, cut to its core: the noun and the
    words before it ("a six-month interim plan" of "a six-month interim plan to restore …, instead of …")."""
    toks = [t for c in tok.lefts if not c.is_punct for t in c.subtree if not t.is_punct or t.text == "-"] + [tok]
    text = _render(toks, facts)
    return text if text is not None and len(text.split()) <= config()["gate"]["max_phrase_words"] else None


def _owner_phrase(verb, name: str, facts: EntityFacts) -> str:
    """The proposing party as the text names it when that is its name with "the" ("the United States"), else its
    name."""
    subj = subject(verb)
    phrase = noun_phrase(subj, facts) if subj is not None else None
    if phrase and phrase.lower() == f"the {name.lower()}":
        return phrase[:1].lower() + phrase[1:]
    return name


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _proposal_question(verb, owner: str, act: str, facts: EntityFacts) -> str:
    """"Will X's offer to host a summit be accepted?"; an invitation names whom it invites when the text
    names the guest ("Will Y accept X's invitation to attend the signing?")."""
    noun = config()["proposal_nouns"].get(verb.lemma_, "proposal")
    guest = next((c for c in verb.children if c.dep_ == {"invite": "dobj"}.get(verb.lemma_, "dative")), None)
    named = _mention(guest, facts) if guest is not None else None
    if named is not None and named.text != owner:  # "offered X six posts": whether X accepts the offer
        return fill("invitation" if verb.lemma_ == "invite" else "offer_to", guest=named.text, owner=owner, act=act)
    return fill("proposal", owner=owner, noun=noun, act=act)


def _proposed_key(content) -> str:
    """What a proposal is of, for its matter: the object of a light verb ("invited him to hold a meeting") is what is
    proposed, and any meeting word is "talk": "proposed a summit meeting" and "invited him to hold a meeting" are one
    party's one proposal, one question."""
    if content.pos_ == "VERB" and content.lemma_.lower() in words("event_types", "light_verbs"):
        content = next((c for c in content.children if c.dep_ == "dobj"), content)
    return _meeting_key(head_lemma(content))


def _proposal_family(f: _Finder) -> None:
    """A named party's proposal, offer, suggestion or invitation, and its answer later in the sentence."""
    doc = f.doc
    answers = {**{w: "rejected" for w in words("rejecting_answers")}, **{w: "accepted" for w in words("accepting_answers")}}
    for verb_i, content_i in hits(doc, "question.proposal"):
        verb, content = doc[verb_i], doc[content_i]
        party = _party(verb, f.facts)
        if party is None or party[1] is None or _has_neg(verb) or verb.dep_ == "xcomp" or \
                any(c.lower_ in words("question_history_adverbs") for c in verb.children):
            continue  # a proposal is a named party's, "originally proposed" is history, and "refused to offer",
            # "wants to propose", "stopped suggesting" make no proposal
        act = _proposal_content(verb, content, f.facts)
        question = _proposal_question(verb, _owner_phrase(verb, party[0], f.facts), act, f.facts) if act else None
        matter = ("proposal", party[0].lower(), _proposed_key(content))
        stance = _tidy(span_text([t for t in verb.subtree if not t.is_space]))
        if not f.add("question.proposal", "proposal", verb, question, matter, party[1], stance, "proposed"):
            continue
        other = next((o for o in verb.sent if o.i > verb.i and o.pos_ == "VERB" and o.lemma_ in answers), None)
        if other is not None:
            f.add("question.proposal", "proposal", other, question, matter, _mention(subject(other), f.facts),
                  _tidy(span_text([t for t in other.subtree if not t.is_space])), answers[other.lemma_], party=party[1])


def _both_sides(party) -> bool:
    """"both Ruritania and Freedonia", "both members": an appeal to the two sides together, not a demand
    one party makes of another."""
    return any(c.lower_ == "both" and c.dep_ in {"preconj", "det", "predet"} for c in party.children)


def _dated(top) -> bool:
    """Does the phrase under ``top`` give the day or hour something takes effect, in a prepositional phrase
    ("effective from midnight on 3 May")? A deadline ("within 72 hours") leaves it pending, and a length
    ("a week-long truce") is no day."""
    for t in _pruned(top):
        if t.ent_type_ not in {"DATE", "TIME"}:
            continue
        prep = None
        for a in t.ancestors:
            if a.i == top.i:
                break
            if a.dep_ == "prep":
                prep = a
                break
        if prep is not None and prep.lower_ not in words("question_deadline_preps"):
            return True
    return False


def _action_phrase(action, facts: EntityFacts, clause=None) -> tuple[str, str] | None:
    """A noun that names an action ("the release of 30 fishermen"), as (wording, lemma); None for a noun
    that names none, an action that names nothing it acts on ("demanded the release", the lexicon's
    ``question_self_contained_actions`` aside), or an action its agreement's clause already dates ("a truce effective
    from midnight on 3 May")."""
    lemma = action.lemma_.lower()
    named = lemma in words("question_action_nouns") or (lemma.endswith(tuple(words("question_action_endings")))
                                                        and lemma not in words("question_not_action_nouns"))
    if not named or lemma in words("question_term_nouns") or (clause is not None and _dated(clause)):
        return None
    issue = noun_phrase(action, facts)
    bare = issue is not None and len([w for w in issue.split() if w.lower() not in {"the", "a", "an"}]) == 1
    if bare and lemma not in words("question_self_contained_actions"):
        return None  # "pushed for renegotiation", "demanded the release": of what? no matter named
    return (issue, lemma) if issue else None


def _action_matter(action, lemma: str) -> tuple:
    """The matter of an action noun; "a resumption of peace talks" is the matter of "When will talks resume?"."""
    of = next((o for p in action.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj"), None)
    if lemma == "resumption" and of is not None and of.lemma_.lower() in words("meeting_nouns"):
        return ("when", "talk", "resume")
    return ("whether", lemma)


def _sought(action, lemma: str) -> tuple[str, tuple]:
    """The template and matter of an action a party demands: a deal is to be reached, the matter of concluding it
    ("pushed for an early agreement"; the lexicon's ``question_sought_deals``), any other act is to go ahead."""
    if lemma in words("question_sought_deals"):
        return "reached", ("conclude", "deal")
    return "goes_ahead", _action_matter(action, lemma)


def _demand_families(f: _Finder) -> None:
    """Calls and demands that a party act, or that a thing be done, with or without a deadline; the
    actions an agreement lays down."""
    doc = f.doc
    approving = {h[1] for h in hits(doc, "question.approval_sought")}  # "urged X to ratify the deal": its approval
    for hit in hits(doc, "question.calls_for"):
        # (cue, verb, party), (cue, verb, be, party) or, for a second clause, (cue, first, verb, to, party)
        cue, verb, party = doc[hit[0]], doc[hit[2] if len(hit) == 5 else hit[1]], doc[hit[-1]]
        who, pred = party_phrase(party, f.facts), predicate(verb, f.facts, base=True)
        if who and pred and not _has_neg(cue) and not _has_neg(verb) and not _both_sides(party) \
                and verb.i not in approving:
            f.add("question.calls_for", "terms", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  clause_matter("whether", party, verb, f.facts), _mention(party, f.facts))
    for hit in hits(doc, "question.calls_for_action"):
        cue, action_i = doc[hit[0]], hit[-1]  # "saw no need for a vote" denies the need
        denied = _has_neg(cue) or any(c.dep_ == "det" and c.lower_ == "no" for c in cue.children)
        found = _action_phrase(doc[action_i], f.facts) if not denied else None
        if found:
            template, matter = _sought(doc[action_i], found[1])
            f.add("question.calls_for_action", "terms", doc[action_i], fill(template, issue=found[0]), matter)
    _terms_include_family(f)


def _terms_include_family(f: _Finder) -> None:
    """What an agreement or plan lays down ("the accord also includes the release of 30 fishermen")."""
    doc = f.doc
    for hit in hits(doc, "question.terms_include"):
        cue, action = doc[hit[0]], doc[hit[-1]]
        term = action.lemma_.lower() in words("question_term_nouns") and not _dated(cue)
        found = (noun_phrase(action, f.facts), action.lemma_.lower()) if term else _action_phrase(action, f.facts, cue)
        if term and found[0] and _bare_term(found[0]):
            continue  # "includes provisions that will raise wages": "Will provisions be implemented?" names nothing
        if found and found[0] and not _has_neg(cue) and not _asked(cue):
            f.add("question.terms_include", "terms", action, fill("implemented" if term else "goes_ahead", issue=found[0]),
                  ("whether", issue_key(action) if term else found[1]))


def _asked(verb) -> bool:
    """A clause that is itself asked ("whether the deal would include security guarantees", "did not say what the
    deal provides for the army"): it lays nothing down, and question.whether asks it as it stands."""
    return any((c.dep_ == "mark" and c.lower_ in {"whether", "if"}) or (c.tag_ in {"WP", "WDT"} and c.dep_ != "nsubj")
               for c in verb.children)


def _bare_term(phrase: str) -> bool:
    """Rule ``question.terms_include`` asks nothing on a term noun its phrase leaves bare ("provisions", "the
    measures"): the question would name no concrete matter."""
    return len([w for w in phrase.split() if w.lower() not in words("question_bare_determiners")]) < 2


def party_key(subj, facts: EntityFacts) -> str:
    """Who a subject stands for, for a matter: a person's or a place's country when the text gives it, a
    demonym's country ("the Norwegians" → Norway), else :func:`issue_key`."""
    m = _mention(subj, facts)
    if m is not None and m.label in {"person", "place"} and m.affiliation:
        return m.affiliation.lower()
    if m is not None:
        return m.text.lower()  # a country, or a name the reconciliation may tie to its country
    country = gazetteer().demonym(subj.text)
    return country.lower() if country else issue_key(subj)


def clause_matter(kind: str, subj, verb, facts: EntityFacts) -> tuple:
    """The matter of a clause: (kind, what its subject is about, verb lemma, places named); coming to talks
    ("attend the talks", "return to the table") is ("attend", the party), one matter however it is worded."""
    comps = _complements(verb)
    lemmas = {t.lemma_.lower() for t in comps}
    if verb.lemma_ in words("question_attend_verbs") and lemmas & (words("meeting_nouns") | words("question_table_nouns")):
        return ("attend", party_key(subj, facts))
    held = _named_detainee(verb, facts)
    if held:
        return ("release", held)  # "Will X free Jan Kral?", "Will X and Y exchange Kral for 50 prisoners?": one matter
    if verb.lemma_ == "be" and any(t.dep_ == "attr" and t.lemma_.lower() in words("venue_nouns") for t in verb.children):
        return ("where", "talk")  # "Norway could be the venue for the talks": where to meet, one matter
    return (kind, issue_key(subj), verb.lemma_, *places_in(comps))


def _named_detainee(verb, facts: EntityFacts) -> str | None:
    """The named person a release-like act is about ("release Jan Kral", "exchange Kral for 50 prisoners"), as the
    last word of the name, so that every question on that person's release folds into one matter whoever acts
    and however the act is worded; None when the object is no person the text names."""
    if verb.lemma_.lower() not in words("question_release_verbs"):
        return None
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    m = _mention(obj, facts) if obj is not None and obj.pos_ == "PROPN" else None
    return m.text.split()[-1].lower() if m is not None and m.label == "person" else None


def _refusal_family(f: _Finder) -> None:
    """A named party that will not, or refuses to, attend, sign or accept → "Will X attend …?" (the
    refusal is its position)."""
    doc = f.doc
    for hit in hits(doc, "question.refusal"):
        verb = doc[hit[0]] if doc[hit[1]].dep_ == "neg" else doc[hit[1]]
        holder = verb if verb.i == hit[0] else doc[hit[0]]
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None) or subject(holder)
        who = party_phrase(subj, f.facts) if subj is not None else None
        refused = holder.head.pos_ not in {"NOUN", "PROPN"} and _takes_part_in(verb)  # not "guarantees that X will not …"
        pred = predicate(verb, f.facts, base=True) if refused and not (holder is not verb and _has_neg(holder)) else None
        if who and pred:
            f.add("question.refusal", "uncertain", verb, fill("yes_no", aux="will", subject=who, predicate=pred),
                  clause_matter("whether", subj, verb, f.facts), _mention(subj, f.facts))


def _told_as_history(act) -> bool:
    """Is the act told as history, by a year or an adverb of its own ("suspended the deal in 2018", "had
    previously quit the talks", "first suspended": the lexicon's ``question_history_adverbs``)?"""
    past = [t for c in act.children if c.dep_ in {"prep", "advmod", "npadvmod"} and c.lower_ not in {"from", "out"}
            for t in c.subtree]
    return any(t.lower_ in words("question_history_adverbs") or (t.ent_type_ == "DATE" and t.shape_ == "dddd")
               for t in past)


def _withdrew(act) -> bool:
    """Did the party leave, as a fact: not denied, no modal ("could pull out"), not a plan or a threat
    ("threatened to withdraw", an xcomp), not a condition ("if they withdraw") and not history told by a year
    or an adverb ("withdrew from the accord in 2018", "in his first term", "had previously quit the talks")?"""
    return not (_told_as_history(act) or _has_neg(act) or _modal(act) or act.dep_ == "xcomp"
                or any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in act.children))


def _withdrawal_family(f: _Finder) -> None:
    """A named party that withdrew from, pulled out of or suspended its part in talks, a process or a deal →
    "Will X return to the talks?"; the withdrawal is that party's position."""
    doc = f.doc
    for hit in hits(doc, "question.withdrawal"):
        act, noun = doc[hit[0]], doc[hit[-1]]
        cue = doc[hit[1]] if doc[hit[1]].pos_ == "NOUN" else act  # "its withdrawal from", "its participation in"
        poss = next((c for c in cue.children if c.dep_ == "poss"), None)
        own = cue is act or (poss is not None and poss.pos_ == "PRON")  # "its withdrawal": the subject's
        party = _party(act, f.facts) if own else (_party(cue, f.facts) if poss is not None else None)
        if party is None or (cue is act and any(c.dep_ == "dobj" for c in act.children)) or not _withdrew(act):
            continue  # "withdrew its troops from the zone the accord covers" is a pullback, not leaving the talks
        if not _process_or_body(noun, f.facts):
            continue  # left a place, or a name that is no organisation of the text
        _ask_return(f, "question.withdrawal", act, party, subject(act) if own else None, noun_phrase(noun, f.facts), noun)


def _boycott_family(f: _Finder) -> None:
    """A named party boycotting talks, a process or a body of the text ("the party has been boycotting the Assembly")
    → "Will the party return to the Assembly?"; the boycott is that party's position."""
    doc = f.doc
    for cue_i, noun_i in hits(doc, "question.boycott"):
        act, noun = doc[cue_i], doc[noun_i]
        party = _party(act, f.facts)
        if party is None or not _withdrew(act):
            continue
        if _process_or_body(noun, f.facts):
            issue = re.sub(r"^(?:a|an)\s", "the ", noun_phrase(noun, f.facts) or "", flags=re.I)
            _ask_return(f, "question.boycott", act, party, subject(act), issue, noun)


def _process_or_body(noun, facts: EntityFacts) -> bool:
    """Talks, a process or a deal (``question_process_nouns``), or an organisation the text names: what a party may
    leave or stay away from, and return to."""
    if noun.lower_ in words("question_process_nouns"):
        return True
    body = facts.at(noun)
    return body is not None and body.label == "organization"


def _ask_return(f: _Finder, rule: str, act, party, subj, issue: str | None, noun) -> None:
    """"Will X return to the talks?", worded as the text names the party ("the Front"), its mention kept as the
    actor; the party's leaving is its position."""
    if not issue:
        return
    who = (party_phrase(subj, f.facts) if subj is not None else None) or party[0]
    f.add(rule, "uncertain", act, fill("returns", owner=re.sub(r"^the\b", "the", who, flags=re.IGNORECASE), issue=issue),
          ("return", party[0].lower(), issue_key(noun)), party[1], own_voice=True)


def _takes_part_in(verb) -> bool:
    """Is what the party will not do about a meeting, a deal or a named party ("attend the talks", "sign the
    accord", "meet the king"), not any object ("accept unfair demands")?"""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return True
    return obj.pos_ == "PROPN" or obj.lemma_.lower() in words("question_proposal_objects") | words("meeting_nouns")


def _modal(verb) -> bool:
    return any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.children)


def _approval_tokens(doc) -> set[int]:
    """The verbs and nouns of approval that ``question.approval_pending`` asks about (no "Must …?" of them too)."""
    return {i for h in hits(doc, "question.approval_pending") for i in h[:-1]}


def _approval_family(f: _Finder) -> None:
    """A deal that still needs a vote of approval ("the tentative agreement must be ratified by union members", "the
    deal is subject to approval by parliament", "the framework needs the approval of both leaders", "will be presented
    to both leaders for approval") → "Will the tentative agreement be ratified by union members?"
    (``question.approval_pending``). A need that is denied, hedged or told in the past ("the deal needed the approval
    of parliament", "would need approval") asks nothing, nor a rule for any deal ("any deal must be approved")."""
    doc, given = f.doc, section("question_approval_participles")
    for hit in hits(doc, "question.approval_pending"):
        head, thing = doc[hit[0]], doc[hit[-1]]
        act = next(doc[i] for i in hit if doc[i].lemma_.lower() in words("question_approval_verbs") | set(given))
        if _has_neg(head) or _has_neg(act) or (head.i != act.i and _hedged_or_past(head, _referral(head))) \
                or any(c.dep_ == "det" and c.lower_ in {"any", "no", "every", "each"} for c in thing.children):
            continue
        done = act.lower_ if act.tag_ == "VBN" else given.get(act.lemma_.lower())
        by = _approver(head, act)
        who, agent = noun_phrase(thing, f.facts), noun_phrase(by, f.facts) if by is not None else None
        pred = f"be {done} by {agent}" if agent else f"be {done}"
        if who and done:
            f.add("question.approval_pending", "terms", act, fill("yes_no", aux="will", subject=who, predicate=pred),
                  ("approval", issue_key(thing)))


def _approval_sought(f: _Finder) -> None:
    """A deal a party is asked, advised, expected or due to approve ("urged both chambers to pass the agreement",
    "recommended that its members accept the contract", "is expected to approve the deal", "members will vote on the
    offer") → "Will the agreement be passed by both chambers?" (``question.approval_sought``); the matter is the
    deal's approval, as with ``question.approval_pending``. A call or vote denied, hedged or told as done, and a rule
    for "any deal", ask nothing."""
    doc, done = f.doc, section("question_approval_done")
    for hit in hits(doc, "question.approval_sought"):
        head, thing = doc[hit[0]], doc[hit[-1]]
        act = next(doc[i] for i in hit if doc[i].lemma_.lower() in done)
        if not _still_sought(head, act) or any(c.dep_ == "det" and c.lower_ in {"any", "no", "every", "each"}
                                               for c in thing.children):
            continue
        who, by = noun_phrase(thing, f.facts), _sought_from(head, act)
        agent = noun_phrase(by, f.facts) if by is not None else None
        participle = done[act.lemma_.lower()]
        for pred in ([f"be {participle} by {agent}"] if agent else []) + [f"be {participle}"]:
            if who and f.add("question.approval_sought", "terms", act,
                             fill("yes_no", aux="will", subject=who, predicate=pred), ("approval", issue_key(thing))):
                break


def _still_sought(head, act) -> bool:
    """Is the approval still to come? A call or recommendation stands, told in any tense, unless denied or hedged;
    an expectation must not be told in the past; a vote must be to come ("will vote", "are voting", "is expected to
    vote")."""
    if _has_neg(head) or _has_neg(act) or _hedged(head):
        return False
    expecting = act.head if act.dep_ == "xcomp" and _expectation(act.head) else (head if _expectation(head) else None)
    if expecting is not None:
        return not any(a.dep_ in {"aux", "auxpass"} and a.tag_ == "VBD" for a in expecting.children)
    if head.i != act.i:
        return True
    progressive = act.tag_ == "VBG" and any(a.dep_ == "aux" and a.tag_ in {"VBP", "VBZ"} for a in act.children)
    return _will(act) or progressive


def _expectation(verb) -> bool:
    return verb.tag_ == "VBN" and verb.lemma_.lower() in words("question_approval_expectations")


def _sought_from(head, act):
    """Who is to approve: the party called on ("urged X to", "called on X to"), else the subject of the expectation
    or of the act ("X is expected to approve", "X will vote on", "recommended that X accept")."""
    if head.lemma_.lower() in words("question_approval_calls"):
        for c in head.children:
            if c.dep_ == "dobj":
                return c
            if c.dep_ == "prep" and c.lower_ == "on":
                return next((o for o in c.children if o.dep_ == "pobj"), None)
        return None
    holder = act.head if act.dep_ == "xcomp" and _expectation(act.head) else act
    return next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _referral(verb) -> bool:
    return verb.lemma_.lower() in words("question_approval_referrals")


def _hedged_or_past(verb, handed: bool) -> bool:
    """Is the need hedged ("would need", "may have to") or told in the past ("needed")? A future ("will be
    presented") is neither; a deal handed over for approval in the past ("was submitted for ratification") still
    awaits it."""
    hedged = _hedged(verb)
    past = verb.tag_ == "VBD" or any(a.dep_ in {"aux", "auxpass"} and a.tag_ == "VBD" for a in verb.children)
    return hedged or (past and not handed)


def _approver(head, act):
    """Who is to approve: whom the deal is handed to ("presented to X for approval"), the agent of the passive
    ("ratified by X"), or the holder of the approval ("the approval of X", "approval by X")."""
    order = ((head, {"to"}), (act, {"by", "of", "from"})) if _referral(head) else \
        ((act, {"by", "of", "from"}), (head, {"by"}))  # "awaits ratification by X": the parser may hang "by" on the verb
    for tok, preps in order:
        found = next((o for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in preps)
                      for o in c.children if o.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


def _has_to_family(f: _Finder) -> None:
    """A reported obligation on a named party ("insisted that X has to show goodwill") or a concrete act that
    needs to be done ("stressed that the crew need to be freed") → "Must X …?"."""
    doc = f.doc
    for _, have_i, verb_i, _ in hits(doc, "question.has_to"):
        have, verb = doc[have_i], doc[verb_i]
        subj = next((c for c in have.children if c.dep_ == "nsubj"), None)
        who = party_phrase(subj, f.facts) if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else None
        # in the passive only a concrete act carried out or not ("need to be released", not "to be read carefully")
        vague = verb.tag_ == "VBN" and verb.lemma_.lower() not in words("question_agreed_acts")
        pred = predicate(verb, f.facts, base=True) if not (vague or _has_neg(have) or _has_neg(verb) or _modal(have)) else None
        if who and pred:
            f.add("question.has_to", "condition", verb, fill("demand", subject=who, predicate=pred),
                  ("terms", issue_key(subj), verb.lemma_))


def _obligation_families(f: _Finder) -> None:
    """A named party's reported demand on another ("said that X should withdraw") and a demand in the
    subjunctive ("insisted that the matter be settled in direct talks") → "Must X …?"."""
    doc = f.doc
    for cue_i, verb_i, _ in hits(doc, "question.should"):
        cue, verb = doc[cue_i], doc[verb_i]
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        said_by, party = _mention(subject(cue), f.facts), _mention(subj, f.facts)
        # both named: a party's demand on another ("the talks should end soon" is a forecast, no demand); a state
        # ("X should be very proud") is no act to carry out or not
        act = verb.lemma_ != "be"
        pred = predicate(verb, f.facts, base=True) if act and said_by and party and not (_has_neg(cue) or _has_neg(verb)) else None
        who = party_phrase(subj, f.facts) if pred else None
        if who and said_by.text != party.text:
            f.add("question.should", "condition", verb, fill("demand", subject=who, predicate=pred),
                  ("terms", issue_key(subj), verb.lemma_), said_by)
    for cue_i, verb_i, _ in hits(doc, "question.subjunctive"):
        cue, verb = doc[cue_i], doc[verb_i]
        slots = _condition_slots(verb, f.facts) if not (_has_neg(cue) or _modal(verb)) else None
        if slots:
            f.add("question.subjunctive", "condition", verb, fill("demand", **slots),
                  ("terms", slots["head"], verb.lemma_))


def _to_be_done_family(f: _Finder) -> None:
    """What is still to be done ("the protocols to be negotiated") → "When will X be done?"."""
    doc = f.doc
    for hit in hits(doc, "question.to_be_done"):
        noun, verb = (doc[hit[0]], doc[hit[1]]) if len(hit) == 4 else (doc[hit[1]], doc[hit[2]])
        comps = _complements(verb)
        if _has_neg(verb) or verb.lemma_ in words("question_relation_verbs") or any(t.ent_type_ == "DATE" for t in comps):
            continue  # "to be followed by …" relates; "to be held in the third week of May" has its date
        if noun.lemma_.lower() in words("question_vague_amounts") | words("question_obligation_verbs"):
            continue  # "more remains to be done", "much more needs to be done" (the verb read as a noun): nothing named
        vague = {t.i for c in verb.children if _vague_time(c) for t in c.subtree}
        issue, done = party_phrase(noun, f.facts), _render([verb, *(t for t in comps if t.i not in vague)], f.facts)
        if issue and done:
            f.add("question.to_be_done", "when", verb, fill("to_be_done", issue=issue, predicate=done),
                  ("when", issue_key(noun), verb.lemma_))


def _vague_time(tok) -> bool:
    """An adverb or a phrase after the verb that tells a vague time ("soon", "in the near future", "in the coming
    days"; ``question_vague_times``): what a "when" question asks, so no part of its wording."""
    if tok.dep_ not in {"advmod", "prep", "npadvmod"}:
        return False
    return any(t.lemma_.lower() in words("question_vague_times") for t in tok.subtree)


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names (calendar.yml): "in late July" dates a meeting as much as "on 12 May" does."""
    return frozenset(str(w).lower() for names in (load_data("calendar.yml") or {}).get("months", {}).values()
                     for w in names)


def _names_a_day(tok) -> bool:
    """A weekday's name or a word that names a day by itself (``question_day_words``): "hold meetings on Thursday
    night" dates the meetings as a month or a number does (``question.planned_meeting``)."""
    return names_weekday(tok.text) or tok.lower_ in words("question_day_words")


def _postponed_family(f: _Finder) -> None:
    """A meeting put off with no new day given ("the fourth round of talks was postponed") → "When will the
    fourth round of talks take place?"; a negated, modal ("could be delayed") or re-dated postponement asks nothing."""
    doc = f.doc
    for verb_i, meeting_i in hits(doc, "question.postponed"):
        verb, meeting = doc[verb_i], doc[meeting_i]
        issue = noun_phrase(meeting, f.facts) if not (_has_neg(verb) or _modal(verb) or _names_day(verb)) else None
        if issue:
            issue = re.sub(r"^(?:a|an|the)\s", "the ", issue, flags=re.I)
            issue = issue if issue.lower().startswith("the ") else f"the {issue}"
            actor = _mention(subject(verb), f.facts) if meeting.dep_ == "dobj" else None
            f.add("question.postponed", "date", meeting, fill("next_date", issue=issue),
                  ("when", issue_key(meeting), "take"), actor)


def _settled_already(noun) -> bool:
    """Is a dispute told as settled ("the dispute was resolved", "they ended the row"), not one a meeting is
    held to settle ("met to resolve the dispute")?"""
    head = noun.head
    if head.lower_ == "to":  # "puts an end to a long dispute": the verb whose object is the end, in the past or now
        verb = head.head.head if head.head.dep_ == "dobj" else head.head
        ends = any(c.dep_ == "dobj" and c.lemma_.lower() in words("question_ending_nouns") for c in verb.children)
        return ends and verb.tag_ in {"VBD", "VBN", "VBZ", "VBP"} and not any(a.dep_ == "aux" and a.tag_ == "MD"
                                                                             for a in verb.children)
    return head.lemma_.lower() in words("question_address_verbs") and head.tag_ in {"VBD", "VBN", "VBZ"}


def _dispute_noun_family(f: _Finder) -> None:
    """A dispute or controversy over a named issue ("the long dispute over the river islands") → "How will the
    dispute over the river islands be settled?"; a negated, settled or dated dispute ("the 1990 row") asks nothing."""
    doc = f.doc
    for noun_i, _, issue_i in hits(doc, "question.dispute_noun"):
        noun, issue = doc[noun_i], doc[issue_i]
        if _has_neg(noun.head) or _settled_already(noun) or any(c.ent_type_ == "DATE" for c in noun.children):
            continue
        text = noun_phrase(issue, f.facts) if issue.tag_ not in {"WP", "WDT"} else None
        if text:
            f.add("question.dispute_noun", "unsettled", noun, fill("dispute", issue=text), ("settle", issue_key(issue)),
                  _owner(noun, f.facts))


def _awaited_resumption(f: _Finder) -> None:
    """The resumption of talks a party looks forward to, hopes for or seeks → "When will talks resume?" (the
    matter of a pause and of a call for a resumption)."""
    doc = f.doc
    for cue_i, action_i, _, _ in hits(doc, "question.awaited_resumption"):
        cue = doc[cue_i]
        if not _has_neg(cue):
            f.add("question.awaited_resumption", "pause", doc[action_i], fill("resume"), ("when", "talk", "resume"),
                  _mention(subject(cue), f.facts))


def _planned_family(f: _Finder) -> None:
    """A meeting a party looks forward to or plans to hold, with no day given → "When will it take place?";
    the meeting may be the last of a list ("host a recovery and donors' conference")."""
    doc = f.doc
    for hit in hits(doc, "question.planned_meeting"):
        verb, meeting = doc[hit[1]], doc[hit[2]]
        dated = any(t.ent_type_ == "DATE" and (t.like_num or t.text.lower() in _months()) for t in verb.sent) \
            or any(t.ent_type_ == "DATE" and _names_a_day(t) for t in verb.subtree)
        issue = noun_phrase(meeting, f.facts) if not dated else None
        if issue:
            issue = re.sub(r"^(?:a|an)\s", "the ", issue, flags=re.I)
            f.add("question.planned_meeting", "when", meeting, fill("next_date", issue=issue),
                  ("when", issue_key(doc[hit[-1]]), "take"))


FAMILIES = (_clause_families, _wh_unclear_family, _ready_family, _fear_family, _refusal_family, _boycott_family, _demand_families, _to_be_done_family, _approval_family, _approval_sought, _demanded_terms, _has_to_family, _withdrawal_family, _obligation_families, _planned_family, _issue_families, _division_families, _agenda_family, _agreement_family, _date_families,
            _until_family, _condition_families, _stance_families, _objection_family, _claim_family, _easing_family, _proposed_named, _proposal_family,
            _truce_family, _necessity_family, _progress_family, _aimed_deal, _recognition_family,
            _travel_advice, _expiry_family, _deadline_family, _considering, _no_commitment, _postponed_family, _dispute_noun_family,
            _awaited_resumption)


def extract_questions(doc, facts: EntityFacts, sid: dict[int, str]) -> list[RawQuestion]:
    """Every question family over ``doc``, in text order; one question per matter and sentence."""
    finder = _Finder(doc, facts, sid)
    for family in FAMILIES:
        family(finder)
    seen, out = set(), []
    for q in sorted(finder.out, key=lambda q: int(q.sentence[1:]) if q.sentence[1:].isdigit() else 0):
        key = (q.sentence, q.matter, q.answer, q.question)
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out
