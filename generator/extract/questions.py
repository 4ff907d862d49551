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

from .clauses import span_text, subject
from .entities import EntityFacts, Mention

MODALS = {"will", "would", "can", "could", "must", "should", "may", "might", "shall"}
PAUSE = re.compile(r"\b(on hold|on pause|a pause|paused|stalled|suspended|frozen|put talks on hold|no wish to continue)\b", re.I)
UNCERTAIN = re.compile(r"\b(?:unclear|uncertain|not clear|unknown|remains to be seen|questioned|no one knows|it is not known)\s+(whether|if|when|who|how|what|where)\b\s*(.+)", re.I)
UNSETTLED = re.compile(r"\b(?:remain|remains|are still|is still|still)\s+(?:unsettled|unresolved|open|undecided|disputed|sticking points)\b,?\s*(?:including|such as)?\s*(.+)", re.I)
NO_AGREEMENT = re.compile(r"\bno (?:agreement|deal|breakthrough|consensus|decision) (?:was|has been|had been) (?:reached|made|achieved)\s*(?:on|over|about)?\s*(.*)", re.I)
NO_DATE = re.compile(r"\bno date (?:has|had) (?:yet )?been (?:set|fixed|agreed|announced)\b", re.I)
UNTIL = re.compile(r"\b(?:no|not|never|resisted|refuse[sd]?|won't|will not|cannot|can't)\b.*\buntil\b\s+(.+)", re.I)
FIRST = re.compile(r"\b(?:has to|have to|must|should) come first\b", re.I)
THREAT = re.compile(r"\bthreat(?:ened|ens)?\s+(?:to|of)\s+(.+)|\b(?:deadline|ultimatum)\b", re.I)
GUARANTEE = re.compile(r"\b(?:seek|seeking|sought|want|wants|demand|demands|demanded|insist)\w*\s+(?:firm |security |written |)?guarantees?\b\s*(.*)", re.I)
PROPOSAL_VERBS = {"propose", "offer", "suggest", "invite"}
ANSWERS = {"reject": "rejected", "dismiss": "rejected", "refuse": "rejected", "decline": "rejected", "welcome": "accepted",
           "accept": "accepted", "agree": "accepted", "support": "accepted", "back": "accepted", "turn": "rejected"}
TOPIC_STOP = {"the", "a", "an", "of", "to", "and", "in", "on", "for", "any", "all", "its", "their", "his", "her", "be",
              "is", "are", "was", "were", "that", "this", "with", "by", "at", "it", "what", "who", "whether", "if"}


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
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return text


def _q(text: str) -> str:
    text = _tidy(text)
    text = re.sub(r"[.!]+$", "", text)
    return (text[:1].upper() + text[1:]).rstrip("?") + "?"


def _invert(clause: str) -> str | None:
    """"Putin himself will travel to Istanbul" → "Will Putin himself travel to Istanbul"."""
    m = re.match(r"^(.{1,80}?)\s+(will|would|can|could|must|should|may|might|has to|have to|is|are|was|were|had|has|have)\s+(?!been\b)(.+)$", clause)
    if not m:
        return None
    subj, aux, rest = m.groups()
    if aux in {"has to", "have to"}:
        return f"Must {subj} {rest}"
    return f"{aux.capitalize()} {subj[:1].lower() + subj[1:] if not subj[:1].isupper() or subj.split()[0] in {'The', 'A', 'An', 'Any'} else subj} {rest}"


def _topic(text: str, doc_vocab=None) -> tuple[str, ...]:
    words = [w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w not in TOPIC_STOP and len(w) > 3]
    return tuple(sorted(set(_stem(w) for w in words)))


def _stem(w: str) -> str:
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "es", "s", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


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
            clause = _tidy(m[2])
            inv = _invert(clause) if m[1].lower() in {"whether", "if"} else None
            q = _q(inv) if inv else _q(f"{m[1]} {clause}")
            out.append(RawQuestion("uncertain", q, stance, who, s, _topic(clause)))
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
        if PAUSE.search(text) and re.search(r"\b(talk|negotiat|dialogue|process|contact)", text, re.I):
            out.append(RawQuestion("pause", "When will talks resume?", stance, who, s, ("resum", "talk")))
        m = UNTIL.search(text)
        if m:
            cond = _tidy(m[1])
            noun = re.search(r"\b(ceasefire|truce|withdrawal|agreement|deal|guarantees?|elections?|recognition)\b", cond, re.I)
            main = re.search(r"\b(talks?|negotiations?|meeting|meet(?:ing)?|summit|dialogue)\b", text[: m.start(1)], re.I)
            main_np = {"meet": "a meeting", "meeting": "a meeting"}.get(main[1].lower(), main[1].lower()) if main else "talks"
            topic = _topic(noun[1]) if noun else _topic(cond)
            q = _q(f"Must {cond} before {main_np}" if not noun else f"Must a {noun[1].lower()} come before {main_np}")
            out.append(RawQuestion("condition", q, stance, who, s, topic))
        if FIRST.search(text):
            before = text[: FIRST.search(text).start()]
            noun = re.search(r"\b(ceasefire|truce|withdrawal|agreement|deal|guarantees?)\b", before, re.I)
            if noun:
                out.append(RawQuestion("condition", _q(f"Must a {noun[1].lower()} come before talks"), stance, who, s,
                                       _topic(noun[1])))
        m = THREAT.search(text)
        if m:
            what = _tidy(m[1] or "")
            owner = who.text if who else "the side concerned"
            q = _q(f"Will {owner} carry out the threat to {what}") if what else _q("Will the deadline be enforced")
            out.append(RawQuestion("threat", q, stance, who, s, _topic(what or "deadline")))
        m = GUARANTEE.search(text)
        if m:
            what = _tidy(m[1])
            owner = who.text if who else "the parties"
            q = _q(f"Will {owner} get the guarantees {what}" if what else f"Will {owner} get guarantees")
            out.append(RawQuestion("guarantee", q, stance, who, s, ("guarantee",)))
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
                lead = what if xcomp.dep_ != "dobj" else f"of {what}"
                q = _q(f"Will {proposer.text}'s {noun} {'to ' + what if xcomp.tag_ == 'VB' and not what.startswith('to ') else lead} be accepted")
                q = q.replace(" to to ", " to ")
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
