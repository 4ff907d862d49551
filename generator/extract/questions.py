"""Open questions: what a sentence leaves unsettled, phrased as a question, with who holds which stance.

Cue families (each a small rule on the parse):
uncertainty ("it is unclear whether", "questioned whether", "remains to be seen"),
deadlock ("no agreement was reached on", "remain unsettled, including"),
pause ("talks are on hold", "a pause"), conditions ("no talks until", "must come first", "must"),
proposals and their answers ("offered to meet", "rejected"), threats and deadlines, guarantees.
Each finding carries a ``topic`` (a few content lemmas) so :mod:`generator.reconcile` can group
findings from several articles into one question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import words as lexicon_words
from .clauses import span_text, subject
from .entities import EntityFacts, Mention

PAUSE = re.compile(r"\b(on hold|on pause|a pause|paused|stalled|suspended|frozen|put talks on hold|no wish to continue)\b", re.I)
UNCERTAIN = re.compile(r"\b(?:unclear|uncertain|not clear|unknown|remains to be seen|questioned|no one knows|it is not known)\s+(whether|if|when|who|how|what|where)\b\s*(.+)", re.I)
UNSETTLED = re.compile(r"\b(?:remain|remains|are still|is still|still)\s+(?:unsettled|unresolved|undecided|disputed|sticking points)\b,?\s*(?:including|such as)?\s*(.+)", re.I)
NO_AGREEMENT = re.compile(r"\b(?:no (?:agreement|deal|breakthrough|consensus|decision) (?:was|has been|had been) (?:reached|made|achieved)"
                          r"|(?:failed|fail|unable|could not|couldn't|did not|didn't) (?:yet )?to agree)\s*(?:on|over|about)?\s*(?:\w+day\s+)?(?:on\s+)?(.*)", re.I)
NO_DATE = re.compile(r"\bno date (?:has|had) (?:yet )?been (?:set|fixed|agreed|announced)\b", re.I)
UNTIL = re.compile(r"\b(?:no|not|never|resisted|refuse[sd]?|won't|will not|cannot|can't)\b.*\buntil\b\s+(.+)", re.I)
FIRST = re.compile(r"\b(?:has to|have to|must|should) come first\b", re.I)
THREAT = re.compile(r"\bthreat(?:ened|ens)?\s+(?:to|of)\s+(.+)|\b(?:deadline|ultimatum)\b", re.I)
GUARANTEE = re.compile(r"\b(?:seek|seeking|sought|want|wants|demand|demands|demanded|insist)\w*\s+(?:firm |security |written |)?guarantees?\b\s*(.*)", re.I)
OBJECTION = lexicon_words("objection_words")
PROPOSAL_VERBS = lexicon_words("proposal_verbs")
ANSWERS = {**{w: "rejected" for w in lexicon_words("rejecting_answers")},
           **{w: "accepted" for w in lexicon_words("accepting_answers")}}
TOPIC_STOP = lexicon_words("topic_stop_words")


@dataclass
class RawQuestion:
    family: str
    question: str
    stance: str
    actor: Mention | None
    sentence: str
    topic: tuple[str, ...]
    answer: str | None = None  # proposed / rejected / accepted …


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.“”\"'‘’")
    text = re.sub(r"(?<!\s)\s+([,.;:!?])", r"\1", text)
    return text


def _q(text: str) -> str:
    text = _tidy(text)
    text = re.sub(r"(?<![.!])[.!]+$", "", text)
    return (text[:1].upper() + text[1:]).rstrip("?") + "?"


def _invert(clause: str) -> str | None:
    """"the king himself will travel to Oslo" → "Will the king himself travel to Oslo"."""
    m = re.match(r"^(.{1,80}?)\s+(will|would|can|could|must|should|may|might|has to|have to|is|are|was|were)\s+(?!been\b)(.+)$", clause)
    if not m:
        return None
    subj, aux, rest = m.groups()
    if aux in {"has to", "have to"}:
        return f"Must {subj} {rest}"
    return f"{aux.capitalize()} {subj[:1].lower() + subj[1:] if not subj[:1].isupper() or subj.split()[0] in {'The', 'A', 'An', 'Any'} else subj} {rest}"


def _topic(text: str) -> tuple[str, ...]:
    words = [w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in TOPIC_STOP and len(w) > 3]
    return tuple(sorted(set(_stem(w) for w in words)))


def _stem(w: str) -> str:
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "es", "s", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _mention_at(tok, facts: EntityFacts) -> Mention | None:
    return facts.at(tok) if tok is not None else None


def _np(tok) -> str:
    """A noun phrase's text without a leading negation ("no talks of any kind" → "talks of any kind")."""
    words = [t for t in tok.subtree if not t.is_space and t.dep_ != "relcl" and not (t.lower_ == "no" and t.i == tok.left_edge.i)]
    return _tidy(span_text(words))


def _owner(tok, facts: EntityFacts) -> Mention | None:
    """Whose is this noun ("the governor's threat") or who does this verb ("the governor threatened")?"""
    if tok is None:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _mention_at(poss, facts)
    return _mention_at(subject(tok), facts) if tok.pos_ == "VERB" else None


def _cue_actor(sent, offset: int, facts: EntityFacts) -> Mention | None:
    """The actor of the clause where a cue stands: the subject of the verb governing the cue's first word."""
    from .clauses import governor

    tok = next((t for t in sent if t.idx - sent.start_char >= offset), None)
    if tok is None:
        return None
    verb = governor(tok)
    for _ in range(3):
        m = _mention_at(subject(verb), facts)
        if m is not None and m.label != "outlet":
            return m
        if verb.head.i == verb.i:
            break
        verb = governor(verb.head)
    return None


def _cut_at_next_clause(toks: list) -> list:
    """Stop before "and criticised …": a coordinated finite verb starts another statement."""
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        prev = toks[k - 1] if k else None
        if t.dep_ == "cc" and nxt.pos_ in {"VERB", "AUX"} and (
                nxt.tag_ in {"VBD", "VBZ", "VBP"} or (nxt.tag_ == "VBN" and prev is not None and prev.pos_ in {"NOUN", "PROPN"})):
            return toks[:k]
    return toks


def _embedded(sent, word: str) -> str | None:
    """The clause introduced by "whether"/"if"/"when": "whether the king himself will travel to Oslo"."""
    from .clauses import clause_tokens

    for tok in sent:
        if tok.lower_ == word and tok.dep_ in {"mark", "advmod"}:
            verb = tok.head
            toks = sorted((t for t in clause_tokens(verb, {verb.i}) if t.i > tok.i), key=lambda t: t.i)
            return _tidy(span_text(_cut_at_next_clause(toks))) or None
    return None


def _condition(until, facts: EntityFacts):
    """"no talks can begin until an unconditional ceasefire is in place" →
    ("Must an unconditional ceasefire be in place before talks of any kind?", topic, actor)."""
    cond_verb = until.head if until.dep_ == "mark" else next((c for c in until.children if c.dep_ in {"pcomp", "pobj"}), None)
    if cond_verb is None:
        return None
    main = cond_verb.head if cond_verb.head.i != cond_verb.i else None
    cond_subj = next((c for c in cond_verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    main_np = "talks"
    actor = None
    if main is not None:
        msubj = subject(main)
        if msubj is not None and msubj.lemma_.lower() in {"talk", "negotiation", "meeting", "summit", "dialogue", "contact"}:
            main_np = _np(msubj)
        else:
            obj = next((c for c in main.children if c.dep_ in {"xcomp", "dobj"}), None)
            if obj is not None:
                main_np = _tidy(span_text([t for t in obj.subtree if not t.is_space]))
            actor = _mention_at(msubj, facts)
    if cond_subj is not None and cond_subj.pos_ in {"NOUN", "PROPN"}:
        rest = [t for t in cond_verb.subtree if t.i > cond_subj.right_edge.i and not t.is_space]
        words = [t.lemma_ if t.i == cond_verb.i and t.tag_ in {"VBD", "VBZ", "VBP"} else t.text for t in rest]
        pred = _tidy(" ".join(words)) if rest else ""
        pred = re.sub(r"(?<!\s)\s+([,.;:!?%)])", r"\1", pred)
        pred = re.sub(r"^(is|are|has been|have been|was|were)\s+", "be ", pred)
        q = _q(f"Must {_np(cond_subj)} {pred} before {main_np}")
        return q, (_stem(cond_subj.lemma_.lower()),), actor
    cond_toks = _cut_at_next_clause(sorted((t for t in cond_verb.subtree if t.i > until.i and not t.is_space), key=lambda t: t.i))
    cond = _tidy(span_text(cond_toks))
    cond = re.sub(r"^what \w+ calls? ", "", cond)  # "what he calls the root causes" → "the root causes"
    return _q(f"Is it a precondition for {main_np} that {cond}"), _topic(cond), actor


def _speaker(sent, facts: EntityFacts) -> Mention | None:
    root = sent.root
    sub = subject(root)
    if sub is not None:
        m = next((x for x in facts.mentions if x.start <= sub.i < x.end), None)
        if m is None and sub.i in facts.pronouns:
            m = facts.pronouns[sub.i]
        if m is not None:
            return m
    for tok in sent:
        if tok.lemma_ in {"say", "tell", "insist", "argue", "stress", "warn"}:
            s = subject(tok)
            if s is not None:
                m = next((x for x in facts.mentions if x.start <= s.i < x.end), None) or facts.pronouns.get(s.i)
                if m is not None:
                    return m
    cands = [x for x in facts.mentions if sent.start <= x.start < sent.end and x.agentive and x.label != "outlet"]
    return cands[0] if cands else None


def extract_questions(doc, facts: EntityFacts, sid: dict[int, str]) -> list[RawQuestion]:
    out: list[RawQuestion] = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        s = sid.get(sent.start, "s1")
        who = _speaker(sent, facts)
        stance = _tidy(text)

        m = UNCERTAIN.search(text)
        if m:
            clause = _embedded(sent, m[1].lower()) or _tidy(m[2])
            inv = _invert(clause) if m[1].lower() in {"whether", "if"} else None
            if inv:
                q = _q(inv)
            elif m[1].lower() in {"whether", "if"}:
                q = _q(f"Is it clear whether {clause}")
            else:
                q = _q(f"{m[1]} {clause}")
            out.append(RawQuestion("uncertain", q, stance, _cue_actor(sent, m.start(), facts) or who, s, _topic(clause)))
        m = UNSETTLED.search(text)
        if m:
            items = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=the\b|who\b|how\b|whether\b)", _tidy(m[1]))
            for item in items:
                item = _tidy(item)
                if len(item.split()) < 2:
                    continue
                if re.match(r"^(who|how|what|when|where|whether)\b", item, re.I):
                    q = _q(item)
                else:
                    q = _q(f"How will {item[:1].lower() + item[1:]} be settled")
                out.append(RawQuestion("unsettled", q, stance, who, s, _topic(item)))
        m = NO_AGREEMENT.search(text)
        if m:
            what = _tidy(m[1]) or "the main issues"
            out.append(RawQuestion("deadlock", _q(f"Will an agreement be reached on {what}"), stance, who, s, _topic(what)))
        if NO_DATE.search(text):
            out.append(RawQuestion("date", _q("When will the next round take place"), stance, who, s, ("date", "next", "round")))
        pause = PAUSE.search(text)
        if pause and re.search(r"\b(talk|negotiat|dialogue|process|contact)", text, re.I):
            out.append(RawQuestion("pause", "When will talks resume?", stance, _cue_actor(sent, pause.start(), facts) or who,
                                   s, ("resum", "talk")))
        if UNTIL.search(text):
            for tok in sent:
                if tok.lower_ == "until" and tok.head.i != tok.i:
                    found = _condition(tok, facts)
                    if found:
                        q, topic, actor = found
                        out.append(RawQuestion("condition", q, stance, actor or who, s, topic))
                    break
        first = FIRST.search(text)
        if first:
            tok = next((t for t in sent if t.idx - sent.start_char >= first.start() and t.lemma_ == "come"), None)
            subj = subject(tok) if tok is not None else None
            if subj is not None:
                np = _np(subj)
                out.append(RawQuestion("condition", _q(f"Must {np} come before talks"), stance, who, s, (_stem(subj.lemma_.lower()),)))
        m = THREAT.search(text)
        if m:
            what = _tidy(m[1] or "")
            threat = next((t for t in sent if t.lemma_.lower() in {"threat", "threaten", "deadline", "ultimatum"}), None)
            owner_m = _owner(threat, facts) if threat is not None else None
            owner = (owner_m or who).text if (owner_m or who) else "the side concerned"
            who_t = owner_m or who
            q = _q(f"Will {owner} carry out the threat to {what}") if what else _q("Will the deadline be enforced")
            out.append(RawQuestion("threat", q, stance, who_t, s, _topic(what or "deadline")))
        m = GUARANTEE.search(text)
        if m:
            what = _tidy(m[1])
            owner = who.text if who else "the parties"
            q = _q(f"Will {owner} get the guarantees {what}" if what else f"Will {owner} get guarantees")
            out.append(RawQuestion("guarantee", q, stance, who, s, ("guarantee",)))
        # objections and concerns: "Oslo's objection to the pipeline expansion"
        for tok in sent:
            if tok.lemma_.lower() in OBJECTION:
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "about", "over", "on"}), None)
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if obj is None or obj.tag_ in {"WP", "WDT"}:
                    continue
                what = _tidy(span_text([t for t in obj.subtree if not t.is_space]))
                if len(what.split()) < 2 or len(what.split()) > 12:
                    continue
                propn = [t.text.lower() for t in obj.subtree if t.pos_ == "PROPN"]
                topic = tuple(sorted(set(propn))) or (_stem(obj.lemma_.lower()),)
                holder = _owner(tok, facts) or who
                out.append(RawQuestion("objection", _q(f"How will the dispute over {what} be settled"), stance, holder, s,
                                       topic))
        # proposals and their answers
        for tok in sent:
            if tok.lemma_ in PROPOSAL_VERBS and tok.pos_ == "VERB":
                xcomp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp", "dobj"}), None)
                if xcomp is None:
                    continue
                what = span_text([t for t in xcomp.subtree if not t.is_space])
                if len(what.split()) < 2:
                    continue
                proposer_tok = subject(tok)
                proposer = None
                if proposer_tok is not None:
                    proposer = next((x for x in facts.mentions if x.start <= proposer_tok.i < x.end), None) or facts.pronouns.get(proposer_tok.i)
                if proposer is None or proposer.label == "outlet":
                    continue
                noun = {"offer": "offer", "invite": "invitation", "suggest": "suggestion"}.get(tok.lemma_, "proposal")
                what = _tidy(span_text([t for t in xcomp.subtree if not t.is_space
                                        and not any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.i > xcomp.i or a.i == t.i)]))
                if xcomp.tag_ == "VB" and not what.startswith("to "):
                    lead = f"to {what}"
                elif xcomp.tag_ == "VBG" or xcomp.dep_ == "dobj":
                    lead = f"of {what}"
                else:
                    lead = what
                q = _q(f"Will {proposer.text}'s {noun} {lead} be accepted")
                out.append(RawQuestion("proposal", q, _tidy(span_text([t for t in tok.subtree if not t.is_space])), proposer, s,
                                       _topic(what), answer="proposed"))
                for other in sent:
                    if other.lemma_ in ANSWERS and other.i > tok.i and other.pos_ == "VERB":
                        ans_tok = subject(other)
                        answerer = None
                        if ans_tok is not None:
                            answerer = next((x for x in facts.mentions if x.start <= ans_tok.i < x.end), None) or facts.pronouns.get(ans_tok.i)
                        out.append(RawQuestion("proposal", q, _tidy(span_text([t for t in other.subtree if not t.is_space])),
                                               answerer, s, _topic(what), answer=ANSWERS[other.lemma_]))
                        break
        # a demand with "must": "any agreement must address the roots of the conflict"
        for tok in sent:
            if tok.lower_ == "must" and tok.dep_ == "aux" and tok.head.pos_ == "VERB":
                verb = tok.head
                subj = subject(verb)
                if subj is None:
                    continue
                clause = _tidy(span_text([t for t in verb.subtree if not t.is_space]))
                inv = _invert(clause)
                if inv and "come first" not in clause:
                    out.append(RawQuestion("condition", _q(inv), stance, who, s, _topic(clause)))
    return out
