"""Clause helpers on a dependency parse: governing verbs, tense, subjects, readable summaries."""
from __future__ import annotations

import re

from ..lexicon import words

MEETING_NOUNS = words("meeting_nouns")
MEETING_VERBS = words("meeting_verbs")
FUTURE_LEMMAS = words("future_lemmas")
SPEECH = words("speech_verbs")
FUTURE_MODALS = words("future_modals")
NEGATIVE_SUBJECTS = words("negative_subjects")
DENIAL_VERBS = words("denial_verbs")
FUTURE_AUXILIARIES = words("future_auxiliaries")
CONDITION_MARKS = words("condition_marks")
PROSPECTIVE = words("prospective_heads") | words("prospective_forms")
CORRELATIVE = words("correlative_not")
PROPOSING = words("proposing_nouns")


def negates(tok) -> bool:
    """Is ``tok`` a negation of its head ("not", "never")? "Not only" ("is not only a sign of hope but …") opens a
    correlative pair and negates nothing (``correlative_not``), nor does one after "or" ("whether or not …"). A subject that denies its verb negates it too
    ("nobody expects a summit", "no one attended", "neither side signed"; ``negative_subjects``)."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return tok.lower_ in NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ in {"no", "neither"} and d.i == tok.i - 1
                                                      for d in tok.children)
    if tok.dep_ != "neg":
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "or":
        return False  # "whether or not X has fulfilled …", "whether X signs or not": an alternative, no denial
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is None or after.lower_ not in CORRELATIVE


def proposal_holding(verb):
    """Rule ``clause.proposal_content``: the noun of proposing (``proposing_nouns``) whose content the clause of ``verb``
    is: a to-infinitive on it ("a plan to hold talks in X"), a gerund of its "of" or "for" ("the idea of holding the
    summit in Y") or a "that" clause ("the proposal that they meet in Z"). What becomes of the meeting is what is done
    to that noun ("rejected a plan to …", "scrapped plans to …", "there is no plan to …"), not the clause's own tense.
    None for any other clause."""
    noun = None
    if verb.dep_ == "acl" and to_infinitive(verb):
        noun = verb.head
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in {"of", "for"}:
        noun = verb.head.head
    elif verb.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        noun = verb.head
    return noun if noun is not None and noun.i != verb.i and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() in PROPOSING else None


def verdict_on(noun):
    """The verb that does something to a noun: the verb it is the object or subject of ("rejected a plan", "the plan
    was scrapped"), or the verb whose preposition it follows ("sounded out X on a plan"); None when there is none."""
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass", "nsubj", "attr"} else \
        noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    return verb if verb is not None and verb.i != noun.i and verb.pos_ in {"VERB", "AUX"} else None


def under_denial(verb) -> bool:
    """A clause told under a verb of denial (``denial_verbs``), through a "that" clause or the noun such a clause
    describes: "denied that a summit had been agreed", "dismissed reports that talks were planned". A participle on
    the denied noun is told, not denied: "denied the ceasefire announced on Monday" still has the announcement."""
    tok, clause_seen = verb, False
    for _ in range(3):
        if tok.dep_ not in {"ccomp", "acl", "dobj", "xcomp"} or tok.head.i == tok.i:
            return False
        clause_seen = clause_seen or tok.dep_ == "ccomp" or (tok.dep_ == "acl" and any(
            c.dep_ in {"mark", "aux", "auxpass"} for c in tok.children))
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in DENIAL_VERBS:
            return clause_seen
    return False


def hedged(verb) -> bool:
    """A modal other than the future's ("would", "could", "may"; the lexicon's ``future_auxiliaries`` are the future's):
    a hedge."""
    return any(a.dep_ == "aux" and a.tag_ == "MD" and a.lower_ not in FUTURE_AUXILIARIES for a in verb.children)


def supposed(verb) -> bool:
    """A clause supposed under a condition: a hedging modal (:func:`hedged`) and an "if" or "unless" clause on the verb
    (``condition_marks``: "the leaders would meet in X on Monday if the ceasefire holds"). A plain future with a
    condition is not ("will meet in X on Monday, if all goes well")."""
    return hedged(verb) and condition_clause(verb.children)


def condition_clause(children) -> bool:
    """Is one of ``children`` a clause of condition, an "if" or "unless" clause (``condition_marks``)?"""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in children)


def complement_of(verb, listed, depth: int = 3):
    """The nearest verb of ``listed`` (by lemma or by form: the tagger reads "hopes" as "hop") whose complement clause
    ``verb`` heads or stands in ("hopes the talks will resume": resume → hopes), with the dependency of the last step
    into it ("xcomp" for an infinitive: "refused to meet"); None when there is none. A verb of speech on the way tells
    what it reports: "would like to inform you that the talks will resume" reports the resumption, hoping nothing."""
    tok = verb
    for _ in range(depth):
        if tok.dep_ not in {"ccomp", "xcomp"} or tok.head.i == tok.i:
            return None
        step, tok = tok.dep_, tok.head
        if tok.pos_ in {"VERB", "AUX"} and (tok.lemma_.lower() in listed or tok.lower_ in listed):
            return tok, step
        if tok.lemma_.lower() in SPEECH:
            return None
    return None


def governor(tok):
    """The verb (or the sentence root) a token hangs from. A word of a time of day is no verb ("until 2:30 am on
    Friday": the model may read "am" as a present "be")."""
    seen = 0
    while (tok.pos_ not in {"VERB", "AUX"} or tok.ent_type_ == "TIME") and tok.head.i != tok.i and seen < 12:
        tok = tok.head
        seen += 1
    return tok


def to_infinitive(verb) -> bool:
    """A verb with its own "to" ("to meet", "to be held")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _be_to(verb) -> bool:
    """"Talks are to be held in X", "the envoys were to meet on Friday": "be" with a to-infinitive of its subject's
    own act is an arrangement; "the aim is to reach a deal" names a purpose (``purpose_nouns``), not one."""
    gov = verb.head
    if verb.dep_ != "xcomp" or gov.lemma_ != "be" or gov.i == verb.i or not to_infinitive(verb):
        return False
    subj = next((c for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is None or subj.lemma_.lower() not in words("purpose_nouns")


def _infinitive_tense(verb) -> str | None:
    """An infinitive or subjunctive is future when its governor plans, proposes or expects it ("plans to meet",
    "is slated to meet", "is due to join")."""
    gov = verb.head
    if _be_to(verb) or _headline_infinitive(verb):
        return "future"
    for _ in range(3):
        if gov.lemma_ in FUTURE_LEMMAS or gov.lemma_ in PROSPECTIVE or gov.lower_ in PROSPECTIVE:
            return "future"
        if gov.head.i == gov.i:
            break
        gov = gov.head
    if _under_a_future_clause(verb):
        return "future"
    return "future" if "going" in {c.lower_ for c in verb.head.children} or verb.head.lower_ == "going" else None


def _headline_infinitive(verb) -> bool:
    """"X to meet Y in Z on Wednesday", "Leaders to sign the deal on Friday, officials say": a to-infinitive heading
    its sentence with a subject of its own is a headline's future (rule ``date:headline-infinitive``)."""
    root = verb.head if verb.dep_ == "conj" else verb
    heads = root.head.i == root.i or (root.dep_ == "ccomp" and root.i < root.head.i)  # "…, officials say"
    return heads and to_infinitive(root) and any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)


def modal_future(verb) -> bool:
    """Is the clause of ``verb`` told with a modal of the future ("will resume", "shall meet"), not only looked
    forward to ("expected to arrive")?"""
    return bool({c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}} & FUTURE_MODALS)


def _under_a_future_clause(verb) -> bool:
    """Rule ``date:infinitive-under-future``: an infinitive that hangs on a participle that hangs, over participles and
    infinitives of no tense of their own, from a clause told with a modal of the future ("the deal will be signed a
    day later, allowing X to seek election on Wednesday", "they will travel on, hoping to meet X on Friday") is in
    that future."""
    gov = verb.head
    if gov.tag_ != "VBG":
        return False  # a purpose straight under the future verb ("will meet to discuss …") keeps its own reading
    for _ in range(3):
        if gov.pos_ not in {"VERB", "AUX"} or gov.i == verb.i:
            return False
        if modal_future(gov):
            return True
        if gov.tag_ not in {"VBG", "VB"} or gov.head.i == gov.i:
            return False
        gov = gov.head
    return False


def _finite_tense(verb, lowers: set[str]) -> str | None:
    if verb.lemma_ in {"plan", "schedule"} and verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}:
        return "future"
    if verb.tag_ in {"VBD"} or lowers & {"had", "was", "were", "did"} or (verb.tag_ == "VBN" and lowers & {"has", "have"}):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"} and verb.lemma_ not in FUTURE_LEMMAS:
        return "past"
    if _simple_past_tagged_participle(verb, lowers):
        return "past"
    if verb.tag_ in {"VBZ", "VBP"}:
        return "past" if verb.lemma_ in SPEECH else None
    return None


def _simple_past_tagged_participle(verb, lowers: set[str]) -> bool:
    """"The latest round of talks opened Monday in X": the tagger read a simple past as a participle (VBN). A main or
    joined clause's participle with an active subject of its own and no auxiliary is that simple past; never a verb
    of planning ("talks set for Monday", a headline's plan) nor a passive ("talks held in X" has no auxiliary to
    tell its tense either, and keeps none)."""
    return verb.tag_ == "VBN" and not lowers and verb.dep_ in {"ROOT", "conj", "ccomp"} \
        and verb.lemma_ not in FUTURE_LEMMAS | PROSPECTIVE and any(c.dep_ == "nsubj" for c in verb.children)


def tense(verb) -> str | None:
    """past / future / None for the clause of ``verb`` (looking at its auxiliaries and governors)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_MODALS:
        return "future"
    if "could" in lowers and not any(c.dep_ == "neg" for c in verb.children):
        return "future"  # "could be held next year" (but "could not agree on Friday" is past)
    base_form = verb.tag_ == "VB" or (auxes and all(a.tag_ in {"VB", "TO"} or a.lower_ == "be" for a in auxes))
    if any(a.lower_ == "to" for a in auxes) or (base_form and not lowers & {"did", "do", "does"}):
        return _infinitive_tense(verb)
    return _finite_tense(verb, lowers)


def subject(verb):
    """The subject of a verb, following xcomp/conj/advcl chains up to the verb that has one. A reported clause
    (ccomp) has a subject of its own: one the parser left without ("a spokesman said Jan Kral -- who … -- "will not
    be attending"", the name hung on "said") has none, never the speaker's."""
    for _ in range(4):
        for c in verb.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                return c
        if verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.i != verb.i:
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:  # "responded by inviting the premier"
            verb = verb.head.head
        else:
            break
    return None


def span_text(tokens) -> str:
    """Tokens (any order, possibly gappy) → text with the original spacing."""
    toks = sorted(tokens, key=lambda t: t.i)
    out = []
    for k, t in enumerate(toks):
        out.append(t.text)
        if k + 1 < len(toks):
            nxt = toks[k + 1]
            out.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
    text = "".join(out).strip()
    text = re.sub(r"(?<!\s)\s+([,.;:!?%)])", r"\1", text)
    text = re.sub(r"[,;:]+([.!?])", r"\1", text)  # a comma before a dropped conjunct, then the stop: "on Monday,."
    return re.sub(r"^[,;:\s—–-]+|(?<![,;:\s—–-])[,;:\s—–-]+$", "", text)


def clause_tokens(verb, keep: set[int] | None = None) -> list:
    """The tokens of ``verb``'s clause: its subtree without leading concessive clauses and, when
    ``keep`` (the date's tokens) is given, without coordinated clauses that do not contain it."""
    keep = keep or set()
    toks = [t for t in verb.subtree if not t.is_space]
    drop = set()
    for c in verb.children:
        sub = {t.i for t in c.subtree}
        if c.dep_ in {"advcl"} and c.i < verb.i and any(w.lower_ in {"while", "although", "though", "as"} for w in c.children) \
                and not sub & keep:
            drop |= sub
        if keep and c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not sub & keep:
            drop |= sub
            drop |= {x.i for x in verb.children if x.dep_ == "cc" and x.i < c.i and x.i > verb.i}
    return [t for t in toks if t.i not in drop]


def clause(verb, max_words: int = 32, keep: set[int] | None = None) -> str:
    """A readable clause around ``verb`` (see :func:`clause_tokens`), cut to ``max_words``."""
    text = span_text(clause_tokens(verb, keep))
    text = text.strip(" “”\"'‘’")
    words = text.split()
    if len(words) > max_words:
        text = " ".join(words[:max_words]).rstrip(",;:") + " …"
    return text
