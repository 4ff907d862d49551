"""Venues: places where a meeting, summit or round of talks happened or may happen, with a status.

A place name is a venue when the sentence ties it to a meeting: "met in Geneva", "the Helsinki
summit", "ready to host the negotiations", "floated the Vatican as an alternative venue". Its
status comes from the same sentence: held, planned, proposed, offered or rejected.
"""
from __future__ import annotations

from dataclasses import dataclass

from .clauses import MEETING_NOUNS, MEETING_VERBS, governor, subject, tense
from .entities import EntityFacts, Mention

PROPOSE = {"propose", "suggest", "invite", "float", "offer", "proposal", "suggestion", "invitation", "idea"}
REJECT = {"reject", "dismiss", "refuse", "decline", "oppose", "rebuff", "spurn", "veto"}
HELD = {"meet", "hold", "host", "resume", "sign", "gather", "convene", "open", "agree", "arrive", "join", "fly"}
PROPOSAL_NOUNS = {"proposal", "suggestion", "offer", "idea", "invitation", "plan", "that", "it", "them", "this"}
FUTURE_CUES = ("next round", "next week", "later this week", "this week", "planned", "scheduled", "agreed location",
               "will be held", "getting ready", "preparing", "upcoming", "due to")
LOCATIVE = {"in", "at", "to", "into", "inside", "near", "outside"}


@dataclass
class VenueMention:
    mention: Mention
    statuses: list[str]
    sentence: str
    actors: dict  # status → who proposed, offered or rejected it

    def actor_for(self, status: str) -> Mention | None:
        return self.actors.get(status)


def _chain(tok, depth: int = 4):
    out = []
    while tok.head.i != tok.i and depth:
        tok = tok.head
        out.append(tok)
        depth -= 1
    return out


def _is_venue(m: Mention, doc) -> bool:
    head = doc[m.start:m.end].root
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    dep, up = tok.dep_, tok.head
    sent_lemmas = {t.lemma_.lower() for t in head.sent}
    if dep in {"compound", "nmod", "amod"} and up.lemma_.lower() in MEETING_NOUNS:
        # "the Helsinki summit", "a Geneva meeting"; but a country before "talks" is a party to them
        # ("Russia-Ukraine negotiations", "US-China talks")
        return m.label != "country"
    if dep == "pobj" and up.lower_ in LOCATIVE:
        for g in _chain(up, 3):
            if g.lemma_.lower() in MEETING_NOUNS or g.lemma_.lower() in MEETING_VERBS:
                return True
        return False
    if dep == "pobj" and up.lower_ == "including" and sent_lemmas & {"host", "venue"}:
        return True  # "… offered to host, including Saudi Arabia, Qatar and Turkey"
    if dep in {"nsubj", "nsubjpass"}:
        verb = up
        if verb.lemma_ == "host" or any(c.lemma_ == "host" for c in verb.subtree if c.i > verb.i):
            return True  # "Turkey was ready to host the negotiations"
        if any(c.dep_ == "attr" and c.lemma_.lower() in {"venue", "location", "host", "place", "site"} for c in verb.children):
            return True  # "Geneva remains the agreed location"
        return False
    if dep == "dobj" and sent_lemmas & {"venue", "location", "host", "site"}:
        return True  # "floated the Vatican or Switzerland as alternative venues"
    return False


def _rejected(head, sent):
    """A rejection in the sentence that is about this place or about a proposal ("rejected that suggestion",
    "an offer that he knew would be rejected"), not about something else ("a condition the ministry turned down")."""
    ancestors = {a.i for a in head.ancestors}
    for x in sent:
        phrase = x.lemma_.lower() in REJECT or (x.lemma_ in {"rule", "turn"} and any(c.lower_ in {"out", "down"} for c in x.children))
        if not phrase:
            continue
        if x.i in ancestors:
            return x
        objs = [c for c in x.children if c.dep_ in {"dobj", "nsubjpass"}]
        if any(o.lemma_.lower() in PROPOSAL_NOUNS for o in objs):
            return x
        for o in objs:  # "an offer that … would be rejected": the relative pronoun stands for "offer"
            if o.tag_ == "WDT" and o.head.dep_ == "relcl" and o.head.head.lemma_.lower() in PROPOSAL_NOUNS:
                return x
        rel = x
        for _ in range(3):
            if rel.dep_ == "relcl":
                return x if rel.head.lemma_.lower() in PROPOSAL_NOUNS else None
            rel = rel.head
    return None


def _statuses(m: Mention, doc) -> tuple[list[str], dict]:
    head = doc[m.start:m.end].root
    sent = head.sent
    text = sent.text.lower()
    chain = _chain(head, 6)
    lemmas = [t.lemma_.lower() for t in chain]
    out = []
    actor = None
    verb = governor(head)
    t = tense(verb)
    rejecter = _rejected(head, sent)
    if rejecter is not None:
        out.append("rejected")
    if "host" in lemmas or any(x.lemma_ == "host" for x in sent):
        if any(x.lemma_ in {"offer", "ready", "willing", "propose"} for x in sent):
            out.append("offered")
        if any(x.lemma_ == "host" and x.tag_ in {"VBD", "VBN"} for x in sent):
            out.append("held")
    proposers = [x for x in chain if x.lemma_.lower() in PROPOSE]
    if proposers:
        out.append("proposed")
        verb_p = next((x for x in proposers if x.pos_ == "VERB"), None)
        if verb_p is not None:
            actor = subject(verb_p)
        else:  # "the premier's offer of a Geneva meeting", "Oslo's proposal"
            owner = next((c for c in proposers[0].children if c.dep_ == "poss"), None)
            actor = owner
    if "offered" in out and "proposed" in out and not any(x.lemma_.lower() in PROPOSE - {"offer"} for x in sent):
        out.remove("proposed")  # "offered to host" is an offer, not someone else's proposal
    if t == "future" or any(w in text for w in FUTURE_CUES):
        if "proposed" not in out:
            out.append("planned")
    if not out or (t == "past" and verb.lemma_ in HELD) or any(lem in {"summit", "forum"} for lem in lemmas) and t != "future":
        if t == "past" or (not out and t != "future"):
            out.append("held")
    actors = {st: actor for st in out if st in {"proposed", "offered"}}
    if rejecter is not None:
        actors["rejected"] = subject(rejecter) if rejecter.lemma_ not in {"be"} else None
    return list(dict.fromkeys(out)), actors


def extract_venues(doc, facts: EntityFacts, sid: dict[int, str]) -> list[VenueMention]:
    out: list[VenueMention] = []
    proposed_in: dict[str, list[VenueMention]] = {}
    order = [s.start for s in doc.sents]
    for m in facts.mentions:
        if m.place is None or m.label == "outlet":
            continue
        if not _is_venue(m, doc):
            continue
        statuses, actor_toks = _statuses(m, doc)
        actors = {}
        for st, tok in actor_toks.items():
            if tok is not None:
                found = facts.at(tok)
                if found is not None and found.label != "outlet":
                    actors[st] = found
        vm = VenueMention(m, statuses, m.sentence, actors)
        out.append(vm)
        if "proposed" in statuses:
            proposed_in.setdefault(m.sentence, []).append(vm)
    # "Some media have floated X as a venue. The minister rejected those ideas." — the answer comes next
    for k, start in enumerate(order[:-1]):
        sent = doc[start].sent
        nxt = doc[order[k + 1]].sent
        props = proposed_in.get(sid.get(sent.start, ""), [])
        if not props:
            continue
        rejecters = [x for x in nxt if x.lemma_.lower() in REJECT]
        if rejecters and any(c.lemma_.lower() in {"idea", "proposal", "suggestion", "offer", "that", "it", "them", "plan"}
                             for r in rejecters for c in r.subtree):
            who = subject(rejecters[0])
            actor = facts.at(who, pronouns=False)
            for vm in props:
                if "rejected" not in vm.statuses:
                    out.append(VenueMention(vm.mention, ["rejected"], sid.get(nxt.start, vm.sentence),
                                            {"rejected": actor} if actor else {}))
    return out
