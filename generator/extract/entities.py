"""Who and where, mention by mention: people, organisations, countries, places and outlets.

Input: one parsed spaCy ``Doc``. Output: plain :class:`Mention` records, one per name in the
text, with what the sentence says about it (title, affiliation, grammatical role). Deciding
which mentions are the same entity is left to :mod:`generator.reconcile`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..gazetteer import Place, gazetteer
from ..text import key, squash, straight_quotes

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person"}
AGENT_PREPS = {"with", "between", "by", "against", "for", "from", "on", "of", "among"}
LOCATIVE_PREPS = {"in", "at", "to", "into", "inside", "near", "outside", "across", "toward", "towards", "via",
                  "around", "throughout", "within", "over"}


@dataclass
class Mention:
    text: str  # the name as written, cleaned (no "the", no possessive, no honorific)
    label: str  # person | organization | country | place | outlet
    sentence: str  # sentence id
    start: int  # token span in the doc
    end: int
    place: Place | None = None  # for countries, places, buildings
    role: str | None = None
    affiliation: str | None = None  # a country name
    affiliation_of: str | None = None  # a person's name whose affiliation this one shares ("the president's envoy")
    dep: str = ""  # grammatical role of the head token
    agentive: bool = False  # subject, possessor, object of a verb: acting in the story
    spacy_label: str = ""
    institution: dict | None = None


@dataclass
class EntityFacts:
    mentions: list[Mention] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    pronouns: dict[int, Mention] = field(default_factory=dict)  # token index of he/she → person mention


def _role_tokens():
    g = gazetteer()
    heads, mods = set(), set()
    for h in g.role_heads:
        heads.update(h.split())
    mods.update(w for m in g.role_modifiers for w in m.split())
    return heads, mods


def _outlet_words() -> set[str]:
    return {w for n in gazetteer().outlet_cues["nouns"] for w in n.split()}


def _clean_span(doc, start: int, end: int) -> tuple[int, int]:
    """Trim determiners, possessives and punctuation from the edges of a name."""
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    return start, end


def _name_text(doc, start: int, end: int) -> str:
    text = squash(straight_quotes(doc[start:end].text))
    return re.sub(r"\s*'s$", "", text)


def _extend_person(doc, start: int, end: int) -> int:
    """Names the model cut short: "Sheikh Hamad bin Khalid" + "Al Nahyan"."""
    while end < len(doc) and end - start < 7:
        tok = doc[end]
        if tok.ent_type_ and tok.ent_type_ != "PERSON":
            break
        if tok.tag_ == "NNP" and tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start:
            end += 1
            continue
        if tok.lower_ in {"bin", "ibn", "al", "el", "al-", "de", "van", "von"} and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1
            continue
        break
    return end


def _strip_honorifics(doc, start: int, end: int) -> int:
    g = gazetteer()
    heads, mods = _role_tokens()
    while end - start > 1 and (key(doc[start].text) in g.honorifics or key(doc[start].text) in heads):
        start += 1
    return start


def _possessor(doc, pos: int, floor: int) -> tuple[str | None, str | None]:
    """Who owns a title, from the name before "'s" at ``pos``: (a country, or None; a person's or
    organisation's name whose affiliation it shares, or None). "Norway's", "the Kremlin's", "President Doe's"."""
    g = gazetteer()
    heads, mods = _role_tokens()
    j = pos - 1
    while j - 1 >= floor and doc[j - 1].tag_ == "NNP":
        j -= 1
    owner = doc[j:pos]
    if not len(owner):
        return None, None
    country = g.country(owner.text) or g.country(owner[-1].text) or g.demonym(owner.text)
    inst = g.institution(owner.text)
    if country or inst:
        return country or inst["country"], None
    first = j
    while first < pos and (key(doc[first].text) in heads or key(doc[first].text) in mods):
        first += 1
    if first < pos and owner[-1].ent_type_ in {"PERSON", "ORG"}:
        return None, _name_text(doc, first, pos)
    return None, None


def _title_left(doc, start: int):
    """Walk left of a name over its title: "Elysee Press Secretary", "US Secretary of State"."""
    g = gazetteer()
    heads, mods = _role_tokens()
    i = start - 1
    role_toks: list = []
    affiliation = None
    affiliation_of = None
    sent_start = doc[start].sent.start
    while i >= sent_start and key(doc[i].text) in g.honorifics and key(doc[i].text) not in heads:
        i -= 1  # "Prime Minister Sheikh Mohammed …"
    while i >= sent_start:
        tok = doc[i]
        k = key(tok.text)
        if tok.tag_ == "POS" and i - 1 >= sent_start:  # "Norway's chief negotiator", "the premier's envoy"
            country, person = _possessor(doc, i, sent_start)
            affiliation = affiliation or country
            affiliation_of = affiliation_of or person
            break
        if k in heads or (k in mods and role_toks):
            role_toks.insert(0, tok)
            i -= 1
            continue
        if role_toks and k in INSTITUTION_WORDS and tok.is_title:
            # "Russian Foreign Ministry spokeswoman": walk over the body, keep the demonym before it
            j = i
            while j - 1 >= sent_start and doc[j - 1].is_title and not (g.demonym(doc[j - 1].text) or g.country(doc[j - 1].text)):
                j -= 1
            i = j - 1
            continue
        if k in mods and not role_toks:
            break
        if role_toks:
            country = g.demonym(tok.text) or g.country(tok.text)
            if not country and i - 1 >= sent_start:  # two-word country or demonym ("Saudi Arabia", "South Korean")
                country = g.demonym(doc[i - 1:i + 1].text) or g.country(doc[i - 1:i + 1].text)
                if country:
                    i -= 1
            inst = g.institution(tok.text)
            if country or inst:
                affiliation = affiliation or country or inst["country"]
                i -= 1
                continue
        break
    # a role must end on a head word ("Foreign Minister", not "Foreign")
    while role_toks and key(role_toks[-1].text) not in heads:
        role_toks.pop()
    while role_toks and key(role_toks[0].text) in {"of", "and", "the", "for"}:
        role_toks.pop(0)
    role = " ".join(t.text for t in role_toks).lower() if role_toks else None
    return role, affiliation, affiliation_of, (role_toks[0].i if role_toks else start)


def _title_right(doc, end: int):
    """An appositive title after the name: "Jane Roe, President John Doe's envoy for Chile,"."""
    g = gazetteer()
    heads, mods = _role_tokens()
    if end >= len(doc) - 2 or doc[end].text != ",":
        return None, None, None
    sent_end = doc[end].sent.end
    stop = end + 1
    while stop < min(sent_end, end + 16) and doc[stop].text not in {",", ";", "(", ")"} and not doc[stop].is_sent_end:
        if doc[stop].pos_ in {"VERB", "AUX"} and doc[stop].tag_ not in {"VBN"}:
            return None, None, None
        stop += 1
    span = doc[end + 1:stop]
    if not any(key(t.text) in heads for t in span):
        return None, None, None
    roles = []
    cur: list[str] = []
    affiliation = affiliation_of = None
    for idx, t in enumerate(span):
        k = key(t.text)
        if t.tag_ == "POS":
            country, person = _possessor(doc, t.i, span.start)
            affiliation = country or affiliation
            affiliation_of = person or affiliation_of
            cur = []
            continue
        if t.text == "-" and cur and idx + 1 < len(span):
            cur[-1] = cur[-1] + "-"
            continue
        if cur and cur[-1].endswith("-"):
            cur[-1] = cur[-1] + t.text.lower()
            continue
        if t.ent_type_ == "PERSON":
            cur = []  # "President John Doe's": the title of someone else
            continue
        if k in heads or k in mods or (k in INSTITUTION_WORDS and idx + 1 < len(span) and key(span[idx + 1].text) in heads):
            if k in {"and", "of", "for"} and not cur:
                continue
            if k == "and" and cur:
                if key(cur[-1]) in heads or cur[-1].endswith("-law"):
                    roles.append(" ".join(cur))
                cur = []
                continue
            cur.append(t.text.lower())
        else:
            while cur and key(cur[-1]) not in heads and not cur[-1].endswith("-law"):
                cur.pop()
            if cur:
                roles.append(" ".join(cur))
            cur = []
            country = g.demonym(t.text) or (g.country(t.text) if t.ent_type_ == "GPE" and idx == 0 else None)
            if country and not affiliation:
                affiliation = country
    if cur and key(cur[-1].split("-")[-1]) in heads | {"law"}:
        roles.append(" ".join(cur))
    roles = [r for r in (re.sub(r"^(the|a|an|for|of|and) ", "", r).strip() for r in roles) if r]
    return ("; ".join(roles) if roles else None), affiliation, affiliation_of


INSTITUTION_WORDS = {"ministry", "office", "department", "council", "agency", "service", "committee", "commission",
                     "army", "forces", "government", "administration", "embassy", "parliament", "party", "cabinet",
                     "presidency", "mission", "delegation", "court", "bank", "police", "navy", "guard"}
TEAM_NOUNS = {"delegation", "team", "side", "negotiators", "mission"}
LEAD_VERBS = {"lead", "head", "chair"}
OFFICIAL_HEADS = {"minister", "adviser", "advisor", "aide", "secretary", "envoy", "spokesman", "spokeswoman",
                  "spokesperson", "negotiator", "ambassador", "chief"}


def _affiliation_from_structure(doc, start: int, end: int, role: str | None, role_start: int | None = None):
    """Affiliation the sentence structure gives when no title does:
    "The Hamas delegation is led by X" / "X heads the Hamas delegation" → Hamas, head of delegation;
    "President A and Defence Minister B" → B shares A's affiliation (an official beside a head of state)."""
    g = gazetteer()
    tok = doc[start:end].root
    verb = None
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_ in LEAD_VERBS:
        verb = tok.head.head
        team = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    elif tok.dep_ == "nsubj" and tok.head.lemma_ in LEAD_VERBS:
        verb = tok.head
        team = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        team = None
    if verb is not None and verb.dep_ == "acl" and tok.dep_ == "pobj" and verb.head.ent_type_ in {"ORG", "NORP", "GPE"}:
        owner = verb.head  # "The RSF, led by X" / "Hamas, headed by X"
        first = owner.i
        while first > 0 and doc[first - 1].ent_type_ == owner.ent_type_ and doc[first - 1].ent_iob_ != "O":
            first -= 1
        name = _name_text(doc, first, owner.i + 1)
        return role or "leader", g.country(name) or name, None
    if verb is not None and team is not None and team.lemma_.lower() in TEAM_NOUNS:
        for mod in team.children:
            if mod.dep_ in {"compound", "amod", "poss", "nmod"}:
                name = _name_text(doc, mod.left_edge.i, mod.i + 1)
                country = g.demonym(name) or g.country(name)
                owner = country or (name if mod.ent_type_ in {"ORG", "NORP", "GPE"} or mod.pos_ == "PROPN" else None)
                if owner:
                    return role or f"head of the {team.lemma_.lower()}", owner, None
    rs = role_start if role_start is not None else start
    if role and role.split()[-1] in OFFICIAL_HEADS and rs >= 2 and doc[rs - 1].lower_ == "and" \
            and doc[rs - 2].ent_type_ == "PERSON":
        last = rs - 2
        first = last
        while first > 0 and doc[first - 1].ent_type_ == "PERSON":
            first -= 1
        head = doc[last]
        other_role = _title_left(doc, first)[0] or ""
        if other_role.split()[-1:] and other_role.split()[-1] in {"president", "premier", "chancellor", "king"} or \
                other_role.endswith("prime minister"):
            return role, None, _name_text(doc, first, head.i + 1)
    return role, None, None


def _agentive(doc, start: int, end: int) -> tuple[bool, str]:
    """Does the name act in the sentence (subject, possessor, object, partner) rather than locate something?"""
    head = doc[start:end].root
    tok = head
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    dep = tok.dep_
    if dep in {"nsubj", "nsubjpass", "poss", "agent", "iobj"}:
        return True, dep
    if dep == "dobj":
        return tok.head.lemma_ not in {"float", "visit", "name", "choose", "pick", "prefer", "host"}, dep
    if dep == "pobj":
        prep = tok.head.lower_
        if prep in LOCATIVE_PREPS:
            return False, f"pobj:{prep}"
        return prep in AGENT_PREPS, f"pobj:{prep}"
    if dep == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"}:
        return True, dep
    return False, dep


def _outlet_context(doc, start: int, end: int, span_text: str) -> bool:
    g = gazetteer()
    cues = g.outlet_cues
    words = key(span_text).split()
    if any(" ".join(words[i:i + n]) in cues["nouns"] for n in (1, 2) for i in range(len(words))):
        return len(words) > 1 or key(span_text) not in cues["nouns"]
    left = key(doc[max(doc[start].sent.start, start - 3):start].text)
    if any(left.endswith(n) for n in cues["nouns"]):
        return True
    if start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "according":
        return True
    head = doc[start:end].root
    if head.dep_ in {"nsubj"} and head.head.lemma_ in cues["verbs"]:
        return True
    return False


def _entities(doc, heads: set[str]):
    """The model's entities, plus names it missed after a title ("Defence Minister Ivo Petrenko"),
    with single-word organisations relabelled as people when they are the surname of a person
    named in the same text (the small model often calls a bare surname an ORG)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    taken = {i for e in ents if e.label_ in {"PERSON", "GPE", "LOC", "FAC"} for i in range(e.start, e.end)}
    extra = []
    i = 0
    while i < len(doc) - 2:
        if key(doc[i].text) in heads and doc[i].text[:1].isupper():
            j = i + 1
            while j < len(doc) and doc[j].tag_ == "NNP" and doc[j].is_alpha and doc[j].is_title and j not in taken \
                    and key(doc[j].text) not in heads and doc[j].sent == doc[i].sent:
                j += 1
            if j - (i + 1) >= 2:
                extra.append(Span(doc, i + 1, j, label="PERSON"))
                i = j
                continue
        i += 1
    if extra:
        spans = {(e.start, e.end): e for e in ents}
        for e in extra:
            spans = {k: v for k, v in spans.items() if v.end <= e.start or v.start >= e.end}
            spans[(e.start, e.end)] = e
        ents = sorted(spans.values(), key=lambda e: e.start)
    # well-known places the model left untagged ("inviting the premier to Lisbon")
    g = gazetteer()
    covered = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        if tok.i in covered or tok.tag_ != "NNP" or not tok.is_title or not tok.is_alpha or len(tok.text) < 4:
            continue
        place = g.place(tok.text)
        if place is not None and (place.kind == "country" or place.population >= 500_000):
            found.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
    if found:
        ents = sorted(ents + found, key=lambda e: e.start)
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for e in ents:
        if e.label_ == "ORG" and len(e) == 1 and e.text in surnames:
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    # a surname alone that the model did not tag at all ("Smith said on Thursday")
    covered = {i for e in out for i in range(e.start, e.end)}
    extra = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
             if t.i not in covered and t.text in surnames and t.tag_ == "NNP" and not t.nbor(-1 if t.i else 0).is_title]
    return sorted(out + extra, key=lambda e: e.start) if extra else out


def extract_entities(doc, dateline: str | None = None) -> EntityFacts:
    """Every name in the document, as a :class:`Mention`; ``dateline`` is the place the article's
    dateline names, which "the Egyptian resort" may refer to."""
    from ..analyse import sentence_index

    g = gazetteer()
    heads, mods = _role_tokens()
    sid = sentence_index(doc)
    facts = EntityFacts()
    used: set[int] = set()

    for ent in _entities(doc, heads):
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}:
            continue
        start, end = _clean_span(doc, ent.start, ent.end)
        if start >= end or any(i in used for i in range(start, end)):
            continue
        label = ent.label_
        # titles the model swallowed into an ORG ("Elysee Press" before "Secretary")
        if label == "ORG" and end < len(doc) and key(doc[end].text) in heads:
            toks = [t for t in doc[start:end]]
            inst = g.institution(toks[0].text) or g.country(toks[0].text)
            if all(key(t.text) in heads or key(t.text) in mods for t in toks[1:]):
                if inst or len(toks) == 1:
                    continue  # part of a title; the person's mention records the affiliation
        text = _name_text(doc, start, end)
        if not text or not re.search(r"[A-Za-z]", text):
            continue
        toks = doc[start:end]
        if label == "ORG" and all(key(t.text) in heads or key(t.text) in mods or not t.is_alpha for t in toks):
            continue  # "Defence", "State": role words, not organisations
        if label == "ORG" and any(t.is_lower and t.is_alpha and t.lower_ not in {"of", "the", "and", "for", "on", "de"}
                                  and key(t.text) not in _outlet_words() for t in toks):
            continue  # "Western platforms &": a phrase, not a name
        sentence = sid.get(start, "s1")
        place = None
        institution = g.institution(text)
        if label in {"GPE", "LOC", "FAC"} or (label == "PERSON" and len(toks) == 1) or institution:
            place = g.place(text)
        elif label == "ORG" and g.country(text):
            place = g.place(text)  # "Armenia" tagged as an organisation is still the country
        if g.demonym(text) and not g.country(text):
            used.update(range(start, end))
            continue  # "Ukrainian" (whatever the model called it): an affiliation, read with titles
        if label == "NORP":
            country = g.demonym(text) or g.country(text)
            if country and text.lower() != country.lower():
                continue  # an adjective ("Russian"): an affiliation, handled with titles
            if not country:
                m = Mention(text, "group", sentence, start, end, spacy_label=label)
                m.agentive, m.dep = _agentive(doc, start, end)
                if m.agentive and toks[-1].tag_ in {"NNPS", "NNS"}:
                    facts.mentions.append(m)
                used.update(range(start, end))
                continue
            place = g.place(country)
        if institution:
            m = Mention(institution["name"], "organization", sentence, start, end, place=place,
                        affiliation=institution["country"], spacy_label=label, institution=institution)
        elif place is not None and place.kind == "country":
            m = Mention(text, "country", sentence, start, end, place=place, affiliation=place.name, spacy_label=label)
        elif place is not None and label != "ORG":
            m = Mention(text, "place", sentence, start, end, place=place, affiliation=place.country, spacy_label=label)
        elif label == "PERSON" and any(ch.isdigit() for ch in text):
            continue  # "COP29": not a person
        elif label == "PERSON":
            end = _extend_person(doc, start, end)
            start = _strip_honorifics(doc, start, end)
            text = _name_text(doc, start, end)
            m = Mention(text, "person", sentence, start, end, spacy_label=label)
            role, aff, aff_of, role_start = _title_left(doc, start)
            rrole, raff, raff_of = _title_right(doc, end)
            m.role = "; ".join(r for r in (role, rrole) if r) or None
            m.affiliation = aff or raff
            m.affiliation_of = aff_of or raff_of
            if not m.affiliation and not m.affiliation_of:
                m.role, m.affiliation, m.affiliation_of = _affiliation_from_structure(doc, start, end, m.role, role_start)
        elif label in {"GPE", "LOC", "FAC"}:
            m = Mention(text, "place", sentence, start, end, spacy_label=label)
        else:
            m = Mention(text, "organization", sentence, start, end, spacy_label=label)
            role, aff, aff_of, _ = _title_left(doc, start)
            lead = g.demonym(doc[start].text) or g.country(doc[start].text)
            m.affiliation = aff or lead
            if _outlet_context(doc, start, end, text):
                m.label = "outlet"
        m.agentive, m.dep = _agentive(doc, start, end)
        used.update(range(start, end))
        facts.mentions.append(m)

    facts.mentions += _definite_places(doc, facts.mentions, dateline, sid)
    facts.mentions += _role_references(doc, facts.mentions, sid)
    facts.mentions.sort(key=lambda m: m.start)
    facts.outlets = sorted({outlet_name(m.text) for m in facts.mentions if m.label == "outlet"})
    facts.pronouns = resolve_pronouns(doc, facts.mentions)
    return facts


PLACE_NOUNS = {"city", "capital", "resort", "town", "port"}


def _role_references(doc, mentions: list[Mention], sid: dict[int, str]) -> list[Mention]:
    """"the Kremlin spokesman said", "Norway's foreign minister": a title with an affiliation but no
    name. Recorded as ``role_ref`` mentions; reconcile links one to the only person who holds that role."""
    heads, _ = _role_tokens()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for tok in doc:
        if key(tok.text) not in heads or tok.i in covered or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or (nxt.tag_ == "NNP" and nxt.is_title)):
            continue  # a title before a name: handled with the name
        if nxt is not None and key(nxt.text) in heads:
            continue  # not the end of the title yet
        role, aff, aff_of, role_start = _title_left(doc, tok.i + 1)
        if not role or not aff or key(role.split()[-1]) != key(tok.text):
            continue
        first = role_start
        while first > 0 and doc[first - 1].i >= tok.sent.start and (doc[first - 1].tag_ in {"NNP", "JJ", "POS"} or
                                                                     doc[first - 1].ent_type_ in {"NORP", "GPE", "ORG"}):
            first -= 1
        if first > 0 and doc[first - 1].text == "," and doc[first - 2].ent_type_ == "PERSON":
            continue  # "Dmitri Ivanov, the Kremlin spokesman,": an appositive, read with the name
        if first > 0 and doc[first - 1].lower_ not in {"the", "a", "its", "their"} and doc[first].lower_ != "the":
            continue
        out.append(Mention(_name_text(doc, first, tok.i + 1), "role_ref", sid.get(tok.i, "s1"), first, tok.i + 1,
                           role=role, affiliation=aff, dep=tok.dep_, spacy_label="ROLE"))
    return out


def _definite_places(doc, mentions: list[Mention], dateline: str | None, sid: dict[int, str]) -> list[Mention]:
    """"the same city", "the Turkish city", "the Egyptian resort" → the place they refer to: the
    latest place of that country named before (or the dateline's place). A bare "the city" is left alone."""
    g = gazetteer()
    anchor = g.place(dateline.split(",")[0]) if dateline else None
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in PLACE_NOUNS or tok.tag_ != "NN":
            continue
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ in {"the", "that", "this"}]
        if not det:
            continue
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
        same = any(c.lower_ in {"same", "very"} for c in mods)
        country = next((g.demonym(c.text) or g.country(c.text) for c in mods if g.demonym(c.text) or g.country(c.text)), None)
        if not (same or country):
            continue
        cands = [m.place for m in mentions + out if m.place is not None and m.place.kind == "city" and m.start < tok.i]
        if anchor is not None and anchor.kind == "city":
            cands.insert(0, anchor)
        if country:
            cands = [p for p in cands if p.country == country]
        if not cands:
            continue
        place = cands[-1]
        start = min(c.i for c in det)
        out.append(Mention(place.name, "place", sid.get(start, "s1"), start, tok.i + 1, place=place,
                           affiliation=place.country, dep=tok.dep_, spacy_label="COREF"))
    return out


def outlet_name(text: str) -> str:
    """"Xinhua news agency" → "Xinhua"."""
    g = gazetteer()
    words = text.split()
    while len(words) > 1 and key(" ".join(words[-2:])) in g.outlet_cues["nouns"]:
        words = words[:-2]
    while len(words) > 1 and key(words[-1]) in g.outlet_cues["nouns"]:
        words = words[:-1]
    return " ".join(words)


def resolve_pronouns(doc, mentions: list[Mention]) -> dict[int, Mention]:
    """he/she/his → the person most recently the subject of a clause (or, failing that, mentioned)."""
    people = [m for m in mentions if m.label == "person"]
    out: dict[int, Mention] = {}
    last_subject: Mention | None = None
    last_any: Mention | None = None
    by_start = {m.start: m for m in people}
    covered = {i: m for m in people for i in range(m.start, m.end)}
    for tok in doc:
        if tok.i in by_start:
            m = by_start[tok.i]
            last_any = m
            if m.dep in {"nsubj", "nsubjpass"}:
                last_subject = m
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON" and tok.i not in covered:
            target = last_subject or last_any
            if target is not None:
                out[tok.i] = target
                if tok.dep_ in {"nsubj", "nsubjpass"}:
                    last_subject = target
    return out

