"""Who and where, mention by mention: people, organisations, countries, places and outlets.

Input: one parsed spaCy ``Doc``. Output: plain :class:`Mention` records, one per name in the
text, with what the sentence says about it (title, affiliation, grammatical role). Deciding
which mentions are the same entity is left to :mod:`generator.reconcile`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from ..gazetteer import Place, gazetteer
from ..lexicon import words
from ..text import key, squash, straight_quotes
from ..acronyms import definitions, long_form_start, spells
from .aliases import alias_names, alias_pairs, people_with_aliases
from .rules import hits, phrase_hits

PRONOUNS = words("person_pronouns")
AGENT_PREPS = words("agent_preps")
LOCATIVE_PREPS = words("locative_preps")
INSTITUTION_WORDS = words("institution_words")
TEAM_NOUNS = words("team_nouns")
LEAD_VERBS = words("lead_verbs")
OFFICIAL_HEADS = words("official_heads")
AREA_TITLE_HEADS = words("area_title_heads")
LEADER_HEADS = words("leader_heads")
PERSON_APPOSITION_HEADS = words("person_apposition_heads")
PERSON_TITLE_HEADS = LEADER_HEADS | OFFICIAL_HEADS | PERSON_APPOSITION_HEADS
PLACE_NOUNS = words("place_nouns")
SPEECH_VERBS = words("speech_verbs")
NAME_PARTICLES = words("name_particles")
PLACE_HEADS = words("place_heads")
FACILITY_NOUNS = words("facility_nouns")
FACILITY_COMPOUNDS = words("facility_compounds")
THING_HEADS = words("thing_heads")
THING_LEADS = words("thing_leads")
FACILITY_LEADS = words("facility_leads")
PORTFOLIO_NOUNS = words("portfolio_nouns")
KIN_NOUNS = words("kin_nouns")
SERVING_NOUNS = words("serving_nouns")
COMPASS_WORDS = words("compass_words")
REGION_NAMES = words("region_names")
EXAMPLE_PREPS = words("example_preps")
GROUP_NOUNS = words("group_nouns")
PERSON_NOUNS = words("person_nouns") | words("located_party_nouns")
BODY_HEADS = words("body_heads")
QUOTE_CLOSERS = {"”", "\"", "''", "’", "'"}  # marks that close a quote before its attribution
# the rules of :func:`_name_rule` that make a name a named thing, neither an actor nor a place
NOT_PLACE_RULES = {"entity.thing_head", "entity.weapon_name", "entity.disease_name", "entity.document_name",
                   "entity.set_of_countries"}
NOT_NAME_NOUNS = INSTITUTION_WORDS | FACILITY_NOUNS | THING_HEADS | PLACE_HEADS | GROUP_NOUNS | BODY_HEADS
SUB_BODY_NOUNS = words("sub_body_nouns")
PLACE_OBJECT_VERBS = words("place_object_verbs")
STATIC_PREPS = words("static_place_preps")
MEETING_PLACE_PREPS = words("unlisted_place_preps")
PLACE_KINDS = words("place_kind_nouns")
DISEASE_NAMES = words("disease_names")
NUMBER_SIGNS = words("number_signs")
MEETING_PLACE_GOVERNORS = words("meeting_refs") | words("occurring_meeting_nouns") | (
    words("unlisted_meeting_verbs") - {"hold", "host"})
TIME_ZONE_ENDS = words("time_zone_ends")
GOVERNMENT_NOUNS = words("government_nouns")
ORGAN_WORDS = words("organ_words")
GENERIC_BODY_NOUNS = words("generic_body_nouns")
CHANNEL_NOUNS = words("channel_nouns")
DOCTRINE_ENDINGS = tuple(sorted(words("doctrine_endings")))
MAX_COUNTRY_WORDS = 6  # the longest country name read before a title or in its "of"-phrase ("the Valdor and Ostmark Isles")
MIN_CITY_FOR_ORG = 100_000  # a city the model called an organisation is taken for the city only when this large


@dataclass
class Mention:
    text: str  # the name as written, cleaned (no "the", no possessive, no honorific)
    label: str  # person | organization | country | place | outlet
    sentence: str  # sentence id
    start: int  # token span in the doc
    end: int
    place: Place | None = None  # for countries, places, buildings
    role: str | None = None
    affiliation: str | None = None  # a country name, or an organisation's ("Azure Party spokesman")
    affiliation_of: str | None = None  # a person's name whose affiliation this one shares ("the president's envoy")
    dep: str = ""  # grammatical role of the head token ("nsubj", "pobj:in", "compound:flight": see _agentive)
    agentive: bool = False  # subject, possessor, object of a verb: acting in the story
    spacy_label: str = ""
    institution: dict | None = None
    evidence: dict[str, str] = field(default_factory=dict)  # "role" / "affiliation" → name of the rule that gave it
    in_quote: bool = False  # the name stands inside someone's quoted words


@dataclass
class EntityFacts:
    mentions: list[Mention] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    pronouns: dict[int, Mention] = field(default_factory=dict)  # token index of he/she → person mention
    acronyms: dict[str, str] = field(default_factory=dict)  # "GBC" → "General Border Committee", as the text defines it
    aliases: list[tuple[int, str, str]] = field(default_factory=list)  # (a person's start, another name of theirs, rule)

    def at(self, tok) -> Mention | None:
        """The mention whose name covers token ``tok`` (``Token._.mention``), else the person a
        pronoun there stands for."""
        found = tok._.mention if tok.has_extension("mention") else None
        return found if found is not None else self.pronouns.get(tok.i)


def ensure_extensions() -> None:
    """``Token._.mention``: the mention a token belongs to, set by :func:`extract_entities`."""
    from spacy.tokens import Token

    if not Token.has_extension("mention"):
        Token.set_extension("mention", default=None)


def index_mentions(doc, mentions: list[Mention]) -> None:
    """Record every mention on its tokens (``Token._.mention``, the first one wins) and in
    ``doc.spans["mentions"]``."""
    from spacy.tokens import Span

    ensure_extensions()
    for tok in doc:
        tok._.mention = None
    for m in mentions:
        for i in range(m.start, m.end):
            if doc[i]._.mention is None:
                doc[i]._.mention = m
    doc.spans["mentions"] = [Span(doc, m.start, m.end, label=m.label) for m in mentions if m.end > m.start]


def _role_tokens():
    g = gazetteer()
    heads, mods = set(), set()
    for h in g.role_heads:
        heads.update(h.split())
    mods.update(w for m in g.role_modifiers for w in m.split())
    return heads, mods


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """Every word that heads a title ("minister", "president", "envoy"), from roles.yml."""
    return frozenset(_role_tokens()[0])


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every word of a title, its heads and its modifiers ("foreign", "deputy", "minister"), from roles.yml."""
    heads, mods = _role_tokens()
    return frozenset(heads | mods)


def _outlet_words() -> set[str]:
    return {w for n in gazetteer().outlet_cues["nouns"] for w in n.split()}


def _clean_span(doc, start: int, end: int) -> tuple[int, int]:
    """Trim determiners, possessives and punctuation from the edges of a name, an opening bracket the
    name does not close with what follows it ("the X Organisation (XO" of "(XO) summit": the name before it), and
    the part after an editor's square bracket ("Ruritania]-Ostria relations": "Ruritania")."""
    opened = next((i for i in range(end - 1, start, -1) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, end)):
        end = opened
    square = next((i for i in range(start, end) if "[" in doc[i].text or "]" in doc[i].text), None)
    if square is not None and len(doc[square].text) > 1:
        return start, start  # "X]-Y": a word glued to an editor's bracket, no name the tokens can give
    if square is not None:  # "[North X] relations": an editor's brackets end the name (or start it)
        start, end = (square + 1, end) if square == start else (start, square)
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    return start, _trimmed_end(doc, start, end)


def _trimmed_end(doc, start: int, end: int) -> int:
    """The end of a name without a stock ticker, shorthand, a possessive, punctuation or small words after it, in
    any order ("the Grand Council ASAP &": both go)."""
    while end > start:
        last = doc[end - 1]
        if end - start > 1 and (_ticker(last.text) or _shorthand(last)):
            end -= 1  # "Acme ACME.O" (rule entity.ticker): a stock ticker after a company's name is no part of it
        elif last.tag_ == "POS" or last.is_punct or last.lower_ in {"'s", "’s"} or (
                end - start > 1 and last.lower_ in TRAILING_SMALL_WORDS and not _hyphen_glued(doc, end - 1)):
            end -= 1  # "the Council of Ministers of the" (of "… of the Union"): a name never ends on "of the"
        else:
            break
    return end


TRAILING_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to"}


def _shorthand(tok) -> bool:
    """Shorthand in capitals or with dots (``shorthand_acronyms``: "ASAP", "TBA", "a.k.a.") glued by the model to the
    end of a name ("Jan Roe, a.k.a. …")."""
    bare = tok.text.replace(".", "").lower()
    return (tok.is_upper or "." in tok.text) and bare in words("shorthand_acronyms")


@lru_cache(maxsize=1)
def _ticker_re() -> re.Pattern:
    """A stock ticker with its exchange's suffix ("ACME.O", "7203.T"; ``ticker_suffixes``), a lower-case word glued
    after it where the copy lost a space ("ACME.Oin")."""
    suffixes = "|".join(sorted((re.escape(w.upper()) for w in words("ticker_suffixes")), key=len, reverse=True))
    return re.compile(rf"[A-Z0-9]{{1,6}}\.(?:{suffixes})(?:[a-z]+)?")


def _ticker(text: str) -> bool:
    return bool(_ticker_re().fullmatch(text))


def _hyphen_glued(doc, i: int) -> bool:
    """Is the word at ``i`` the end of a hyphenated word ("Jae-in"), glued to the word before by a hyphen?"""
    return i >= 2 and _glued_hyphen(doc, i - 1)


def _glued_hyphen(doc, i: int) -> bool:
    """Is the token at ``i`` a hyphen with no space on either side, inside one hyphenated word?"""
    return 1 <= i < len(doc) - 1 and doc[i].text in {"-", "‐"} and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _kind_before_town(doc, start: int, end: int) -> int:
    """Rule ``entity.kind_before_town``: "Portugal's Capital Lisbon", "the Coastal City Lisbon": a kind of place
    (``place_kind_nouns``) written in capitals before a town the gazetteer knows is no part of the town's name. The
    name starts after it, unless the whole is a place of its own ("Port Said")."""
    if end - start < 2 or doc[start].lower_ not in PLACE_KINDS or not doc[start].text[:1].isupper():
        return start
    g = gazetteer()
    rest = g.place(doc[start + 1:end].text)
    whole = g.place(doc[start:end].text)
    return start + 1 if whole is None and rest is not None and rest.kind != "country" else start


def _adjective_of_name(doc, start: int, label: str) -> int:
    """"the Free Rowers" (rule ``entity.adjective_in_name``): a capitalised adjective the model left out between
    "the" (or a possessive, "Zenda's Free Rowers", or a lower-case adjective: "the business-friendly Free Rowers")
    and a group's or an organisation's name, inside a sentence, is the name's first word; so is a capitalised word
    the model tagged a proper noun that modifies the name ("the Liberal Rowers"), unless the model gave it a name of
    its own ("the Senate Democrats": the Senate's)."""
    if label not in {"NORP", "ORG"} or start < 2:
        return start
    adjective, det = doc[start - 1], doc[start - 2]
    compound = adjective.tag_ == "NNP" and adjective.dep_ in {"compound", "amod"} and adjective.head.i >= start
    if (adjective.pos_ == "ADJ" or compound) and adjective.is_title and not adjective.ent_type_ \
            and not adjective.is_sent_start and (det.lower_ == "the" or det.tag_ == "POS"
                                                 or (det.pos_ == "ADJ" and det.is_lower)):
        return start - 1
    return start


def _before_title_words(doc, start: int, end: int, heads: set[str], label: str) -> int:
    """"the Ministry of Trade Special" of "Ministry of Trade Special Secretary Jan Kral": an organisation's name
    that the model ran on over the first words of a title (title modifiers right before a title's head word)
    ends before them; the title is the person's."""
    mods = _role_tokens()[1]
    if label != "ORG" or not _title_head_at(doc, end, heads):
        return end
    cut = end
    if end - start > 1 and _two_word_title(doc, end - 1):
        cut = end - 1  # "Port Aster Crown" of "Port Aster Crown Prince X": the title's first word is the title's
    while cut - start > 1 and key(doc[cut - 1].text) in mods and key(doc[cut - 1].text) not in heads:
        cut -= 1
    return _clean_span(doc, start, cut)[1] if cut < end else end


def _two_word_title(doc, i: int) -> bool:
    """Are tokens ``i`` and ``i + 1`` a title of two words roles.yml lists ("crown prince", "prime minister")?"""
    return i + 1 < len(doc) and f"{doc[i].lower_} {doc[i + 1].lower_}" in _two_word_titles()


@lru_cache(maxsize=1)
def _two_word_titles() -> frozenset[str]:
    return frozenset(h.lower() for h in gazetteer().role_heads if len(h.split()) == 2)


POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}


def _country_of_government(doc, start: int, end: int) -> int:
    """"Ruritania's Government", "the US' Government": a country's name, a possessive mark and a government noun
    make the country (the span's end moves to the possessive); any other span is left as it is."""
    if end - start < 3 or key(doc[end - 1].text) not in GOVERNMENT_NOUNS or doc[end - 2].text not in POSSESSIVE_MARKS:
        return end
    return end - 2 if gazetteer().country(doc[start:end - 2].text) else end


LONG_FORM_GAP = 4  # words between a name the model cut and the bracketed acronym of its whole long form


def _end_of_body_name(doc, start: int, end: int) -> int:
    """An organisation's name run on to the long form of an acronym it was cut inside, and stopped before an acronym
    glued after it."""
    return _before_glued_acronym(doc, start, _to_long_form(doc, start, _country_of_government(doc, start, end)))


def _before_glued_acronym(doc, start: int, end: int) -> int:
    """Rule ``entity.glued_acronym``: "President of Zendara Labour Congress ZLC": a body's name followed, with no
    brackets, by the acronym its words spell ends before the acronym."""
    if end - start < 3 or not (doc[end - 1].is_upper and doc[end - 1].is_alpha):
        return end
    return end - 1 if spells(doc[end - 1].text, [t.text for t in doc[start:end - 1]]) else end


def _to_long_form(doc, start: int, end: int) -> int:
    """The end of an organisation's name the model cut inside the long form of an acronym the text defines
    right after it ("the X Joint Panel" of "the X Joint Panel in Y (XJPY)", "X" of "X-i-Y Z (XYZ)"): the
    long form's end when those words start where the name starts, else ``end``."""
    j = end
    while j < min(len(doc), end + LONG_FORM_GAP) and (doc[j].is_alpha or (doc[j].text in {"-", "‐"}
                                                                          and not doc[j - 1].whitespace_)):
        j += 1
    if j > end and long_form_start(doc, j) == start:
        return j
    return _to_bracketed_acronym(doc, start, end)


BRACKET_GAP = 8  # words between a name the model cut and a bracketed acronym that starts and ends as the name does


def _to_bracketed_acronym(doc, start: int, end: int) -> int:
    """The end of an organisation's name the model cut before "in/of/for …" when the phrase runs on, over
    capitalised words and small words only, to a bracketed acronym whose first letter is the name's first and
    whose last is the last word's ("the X Mission in Y (XMY)" whose acronym skips a word); else ``end``."""
    j = end
    while j < min(len(doc), end + BRACKET_GAP) and (doc[j].is_title or doc[j].lower_ in NAME_RUN_SMALL_WORDS or (
            doc[j].text in {"-", "‐"} and not doc[j - 1].whitespace_)):
        j += 1
    if j == end or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")" \
            or doc[end].lower_ not in NAME_RUN_SMALL_WORDS or not doc[j - 1].is_title:
        return end
    acronym = doc[j + 1].text
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) >= 3):
        return end
    spelt = long_form_start(doc, j)
    if spelt is not None and spelt >= end:
        return end  # "X and the Zendan Union of Dock Workers (ZUDW)": the acronym spells the words after the name
    return j if acronym[0] == doc[start].text[0].upper() and acronym[-1] == doc[j - 1].text[0].upper() else end


NAME_RUN_SMALL_WORDS = frozenset({"of", "the", "for", "in", "on", "and"})


def _name_text(doc, start: int, end: int) -> str:
    text = squash(straight_quotes(doc[start:end].text))
    return re.sub(r"(?<!\s)\s*'s$", "", text)


def _cut_at_lower_word(doc, start: int, end: int) -> int:
    """A person's name ends before a lower-case word that is no name particle: "President Doe the Golden
    Medal" (a span the model ran on) is "Doe"."""
    particles = NAME_PARTICLES | words("reconcile", "name_particles")
    for i in range(start + 1, end):
        tok = doc[i]
        if tok.is_alpha and tok.is_lower and tok.lower_ not in particles and not doc[i - 1].text in {"-", "‐"}:
            return i
    return end


def _cut_before_title(doc, start: int, end: int) -> int:
    """"Jan Kral EU High Representative" (a span the model ran on over the title after a name, rule
    ``entity.title_after_name``): the name ends before a run of two words or more to the span's end made of
    title words, acronyms and demonyms with a title's head among them ("Tomas Ludvik King" keeps its one
    title-like word)."""
    heads, mods = _role_tokens()
    g = gazetteer()

    def title_like(t) -> bool:
        return key(t.text) in heads | mods or (t.is_upper and t.is_alpha and len(t) <= 5) or bool(g.demonym(t.text))
    for i in range(start + 1, end - 1):
        if all(title_like(t) for t in doc[i:end]) and any(key(t.text) in heads for t in doc[i:end]):
            return i
    return end


def _extend_person(doc, start: int, end: int) -> int:
    """Names the model cut short: "Sheikh Tamir bin Qasar" + "Al Zorbani"; never over a title's head that the next
    person's name follows ("Acme" + "CEO Jan Kral": the title is the next name's)."""
    heads = _role_tokens()[0]
    while end < len(doc) and end - start < 7:
        tok = doc[end]
        if (tok.ent_type_ and tok.ent_type_ != "PERSON") or (key(tok.text) in heads and end + 1 < len(doc)
                                                              and doc[end + 1].ent_type_ == "PERSON"):
            break  # (a title run on after the name is cut off by _cut_before_title)
        if tok.tag_ == "NNP" and tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start:
            end += 1
            continue
        if tok.lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1
            continue
        break
    return end


MAX_HONORIFIC = 4  # tokens of the longest honorific ("His Royal Highness", "Dato' Seri" with its apostrophe)


def _honorific_len(doc, i: int, end: int) -> int:
    """How many tokens from ``i`` make one honorific of the data file ("Mr", "H.E.", "Tan Sri", "Dato' Seri"),
    always leaving one token before ``end``; 0 when none starts there."""
    for j in range(min(end - 1, i + MAX_HONORIFIC), i, -1):
        if _an_honorific(doc[i:j]):
            return j - i
    return 0


def _an_honorific(span, before_name: bool = True) -> bool:
    """One honorific of the data file, in capitals when the data file writes it so ("HE", never the name "He"), and
    before a name written with a capital ("HE Mr X", never the pronoun "he"; a post-nominal "a.i." may be lower)."""
    g, k = gazetteer(), key(span.text)
    return k in g.honorifics and not (before_name and span[0].is_lower) \
        and (k not in g.capital_honorifics or span.text.isupper())


def _honorific_before(doc, i: int, floor: int) -> int:
    """How many tokens ending at ``i`` (not before ``floor``) make one honorific; 0 when none ends there."""
    for n in range(min(MAX_HONORIFIC, i - floor + 1), 0, -1):
        if _an_honorific(doc[i - n + 1:i + 1]):
            return n
    return 0


def _strip_honorifics(doc, start: int, end: int) -> int:
    heads, mods = _role_tokens()
    while end - start > 1:
        n = _honorific_len(doc, start, end) or (1 if _is_head(doc[start], heads) or _plural_head(doc[start], heads) else 0)
        if not n:
            break
        start += n
    return start


def _cut_at_possessive(doc, start: int, end: int) -> int:
    """"Jan Kral's Party" the model called one person: the person's name ends before the possessive mark (what
    the person owns is no part of the name)."""
    return next((i for i in range(start + 1, end - 1) if doc[i].lower_ in POSSESSIVE_MARKS and doc[i].tag_ == "POS"),
                end)


def _plural_head(tok, heads: set[str]) -> bool:
    """"Presidents" of "Presidents X and Y", whatever lemma the model gave a capitalised plural."""
    return tok.lower_.endswith("s") and key(tok.text[:-1]) in heads


def _possessor(doc, pos: int, floor: int) -> tuple[str | None, str | None]:
    """Who owns a title, from the name before "'s" at ``pos``: (a country, or None; a person's or
    organisation's name whose affiliation it shares, or None). "Norway's", "the Kremlin's", "President Doe's"."""
    g = gazetteer()
    heads, mods = _role_tokens()
    if possessive_in_name(doc, pos):
        return None, None
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


def possessive_in_name(doc, pos: int) -> bool:
    """"the Velmar People's Movement", "the Tarn Workers' Party" (rule ``entity.possessive_in_name``): a possessive
    mark after a capitalised common noun, inside a run of capitalised words that ends on a noun heading an
    organisation's name (a group noun, an institution word, a body head: "the Velmar People's Liberation Movement"),
    is part of that name; the word before it owns no title. Never after a place, a people or a person ("Norway's
    Army", "Jan Roe's Party")."""
    g = gazetteer()
    prev = doc[pos - 1] if pos >= 1 else None
    if prev is None or not prev.is_title or prev.ent_type_ in {"GPE", "LOC", "NORP"} \
            or (prev.ent_type_ == "PERSON" and not (prev.tag_ == "NNPS" and _body_tagged_person(prev))) \
            or g.country(prev.text) or g.demonym(prev.text) or g.capital_country(prev.text) or g.place(prev.text):
        return False
    j = pos + 1
    while j < len(doc) and j - pos <= 4 and doc[j].is_title and doc[j].tag_ in {"NNP", "NNPS"}:
        if _in_list(doc[j], GROUP_NOUNS | INSTITUTION_WORDS | BODY_HEADS) \
                or (prev.tag_ == "NNPS" and _in_list(doc[j], GENERIC_BODY_NOUNS)):  # "People's Liberation Front"
            return True
        j += 1
    return False


def _is_head(tok, heads: set[str]) -> bool:
    """A title's head word, singular or plural ("envoy", "envoys", "businessmen"); a word that joins a title's words
    ("in" of "son-in-law", "of" of "secretary of state": ``title_joining_words``) is one only inside a hyphenated
    title (rule ``entity.title_joining_word``: "held in X" puts no title before X). A verb in lower case after "to"
    or a modal is none ("tries to press Jan Roe into halting the war": no press officer)."""
    if tok.is_lower and tok.tag_ == "VB" and any(c.dep_ == "aux" for c in tok.children):
        return False
    if tok.lower_ in words("title_joining_words") and not (
            tok.i and tok.nbor(-1).text in {"-", "‐"} and not tok.nbor(-1).whitespace_):
        return False
    return key(tok.text) in heads or ((tok.lower_.endswith("s") or tok.tag_ == "NNS") and key(tok.lemma_) in heads)


def _title_head_at(doc, i: int, heads: set[str]) -> bool:
    """Is token ``i`` a title's head word? "of", "in" are words of some titles ("chief of staff", "commander in
    chief") but head none: "the Department of X Affairs of the Y Ministry" is no title fragment before "of"
    (rule ``entity.small_word_heads_no_title``)."""
    return i < len(doc) and doc[i].lower_ not in TRAILING_SMALL_WORDS and _is_head(doc[i], heads)


def _role_word(tok, heads: set[str]) -> str:
    return tok.text if key(tok.text) in heads or not _is_head(tok, heads) else tok.lemma_


def _role_case(word: str, heads: set[str]) -> str:
    """A title's word in lower case, but a title that is an acronym in roles.yml ("CEO") as written."""
    return word if word.isupper() and len(word) > 1 and key(word) in heads else word.lower()


@dataclass
class _Title:
    toks: list = field(default_factory=list)
    affiliation: str | None = None
    affiliation_of: str | None = None
    rule: str | None = None  # the rule when the affiliation is an organisation or a community before the title
    area: bool = False  # the affiliation is a country named right before an envoy's title: maybe the area served
    acronym: str | None = None  # an organisation's acronym before the title that this article never spells out


def _affiliation_word(doc, i: int, floor: int) -> tuple[str | None, int]:
    """A country, demonym or institution ending at token ``i`` ("Russian", "Saudi Arabia", "Kremlin"),
    never across punctuation: (country, tokens used)."""
    g = gazetteer()
    tok = doc[i]
    if tok.is_punct:
        return None, 0
    for a in range(max(floor, i - MAX_COUNTRY_WORDS + 1), i - 1):  # "Saint Ostmark and the Isles", longest first
        if not any(t.is_punct and t.tag_ != "POS" for t in doc[a:i + 1]) and g.country(doc[a:i + 1].text):
            return g.country(doc[a:i + 1].text), i + 1 - a
    pair = _pair_affiliation(doc, i, floor)
    if pair:  # "South Ruritanian": the two-word name wins over the country its last word names alone
        return pair, 2
    country = g.demonym(tok.text) or g.country(tok.text)
    if country and _in_hyphenated_word(doc, i):
        return None, 0  # "Ibero-American", "Sino-Ruritanian": a compound across countries names none of them
    if country and _community_pair(doc, i, floor):
        return None, 0  # "Ruritanian Lindor leader": a community named by two demonyms, of neither country alone
    if country and i - 1 >= floor and doc[i - 1].is_title and doc[i - 1].lower_ in COMPASS_WORDS:
        return None, 0  # "Northern Ruritania Secretary": a region the gazetteer does not know, not the country
    if country:
        return country, 1
    inst = g.institution(tok.text)
    return (inst["country"], 1) if inst else (None, 0)


def _pair_affiliation(doc, i: int, floor: int) -> str | None:
    """The country of the two words ending at ``i`` when they are one demonym, country or institution ("Saudi Arabia",
    "White House"), never across punctuation or a possessive."""
    if i - 1 < floor or doc[i - 1].is_punct or doc[i - 1].tag_ == "POS":
        return None
    g = gazetteer()
    pair = doc[i - 1:i + 1].text
    return g.demonym(pair) or g.country(pair) or (g.institution(pair) or {}).get("country")


def _community_name(doc, i: int) -> str:
    """"Ruritanian Lindor" → "Ruritanian Lindors": the community two demonyms ending at ``i`` name (``entity.community_title``);
    across articles, any country or organisation given for the same person wins over it."""
    last = doc[i].text
    plural = last if last.endswith(("ish", "ese", "s", "i", "ch")) else last + "s"
    return f"{doc[i - 1].text} {plural}"


def _community_pair(doc, i: int, floor: int) -> bool:
    """Is the demonym at ``i`` the second of two ("Bosnian Serb", "Iraqi Kurdish") that the gazetteer does not know
    as one name? The pair names a community within or across countries, not the second word's country."""
    g = gazetteer()
    if i - 1 < floor or doc[i - 1].is_punct or not g.demonym(doc[i].text):
        return False
    pair = doc[i - 1:i + 1].text
    return bool(g.demonym(doc[i - 1].text)) and not (g.demonym(pair) or g.country(pair))


def _hyphen_after(doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_


def _in_hyphenated_word(doc, i: int) -> bool:
    """Is the token one part of a hyphenated word ("Real-Ruritania Front")? A country inside such a name is part of
    the name, not the body's owner."""
    before = i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    return before or (_hyphen_after(doc, i) and i + 2 < len(doc) and not doc[i + 1].whitespace_)


def _title_step(doc, i: int, floor: int, title: _Title, heads: set[str], mods: set[str]) -> int | None:
    """One step left over a title: the next index to look at, or None where the title ends."""
    tok = doc[i]
    k = key(tok.text)
    if (step := _owner_in_title(doc, i, floor, title)) is not _NOT_AN_OWNER:
        return step
    if _title_ends_at(doc, i, floor, heads, mods):
        return None
    if (_is_head(tok, heads) and (tok.tag_ != "IN" or _hyphen_after(doc, i))) or (k in mods and title.toks) \
            or _portfolio_compound(tok, title):
        title.toks.insert(0, tok)  # a preposition is a head word only inside a hyphenated one ("son-in-law")
        return i - 1
    if tok.text == "-" and title.toks and not tok.whitespace_ and i - 1 >= floor \
            and (step := _hyphen_step(doc, i, title, heads)) is not None:
        return step
    lower_body = k in INSTITUTION_WORDS | PORTFOLIO_NOUNS and tok.is_lower
    if title.toks and (k in INSTITUTION_WORDS and tok.is_title or lower_body):
        # "Russian Foreign Ministry spokeswoman", "the Norwegian foreign ministry / foreign affairs spokeswoman"
        return _body_step(doc, i, floor, title, mods)
    if title.toks and _defined_acronym_before(doc, i, floor):
        return i - 3  # "the Zorvan Liberation Front (ZLF) leader": the name before its bracketed acronym is the owner
    return _owner_before_title(doc, i, floor, title) if title.toks else None


def _title_ends_at(doc, i: int, floor: int, heads: set[str], mods: set[str]) -> bool:
    """Does a title end right after ``i``? At an "and" that joins no two titles ("the Norwegian Army and Major General
    X"; "minister and envoy" is one), or at the "of" after a noun of kinship, or the "for" or "to" after a noun of
    serving before a bare title (rule ``entity.kin_of_title_holder``, ``kin_nouns``, ``serving_nouns``: "the wife of
    President X" and "a spokeswoman for Prime Minister X" make X the president or the prime minister, nobody's wife
    or spokeswoman; "Spokesman for the President X" is X's own title)."""
    k = key(doc[i].text)
    before = key(doc[i - 1].text) if i - 1 >= floor else None
    if k == "of":
        return before in KIN_NOUNS
    if k in {"for", "to"} and before in SERVING_NOUNS:
        return i + 1 < len(doc) and doc[i + 1].lower_ != "the"
    return k == "and" and not (before is not None and (_is_head(doc[i - 1], heads) or before in mods))


def _portfolio_compound(tok, title: _Title) -> bool:
    """Rule ``entity.portfolio_compound``: "Ruritania's trade envoy", "the Zenda Union's trade chief": a common
    noun in lower case that the parse compounds into the title's head is the title's portfolio, and the walk goes on
    over it to the possessor or country before it (a body's word, "the foreign ministry spokesperson", is read as
    the body it names)."""
    return bool(title.toks) and tok.is_lower and tok.pos_ == "NOUN" and tok.dep_ == "compound" \
        and tok.head.i in {t.i for t in title.toks} and not _in_list(tok, INSTITUTION_WORDS | PORTFOLIO_NOUNS)


_NOT_AN_OWNER = object()


def _owner_in_title(doc, i: int, floor: int, title: _Title):
    """A possessor ("Norway's chief negotiator", "the premier's envoy") or a party's name ending on an ordinal
    (:func:`_ordinal_in_name`) at ``i`` inside the title: the next index to look at, None where the title ends, or
    ``_NOT_AN_OWNER``."""
    if doc[i].tag_ == "POS" and i - 1 >= floor:
        return _possessor_step(doc, i, floor, title)
    if title.toks and (first := _ordinal_in_name(doc, i, floor)) is not None:
        title.affiliation = title.affiliation or _name_text(doc, first, i + 1)  # "ZN First leader Jan Roe"
        title.rule = title.rule or "entity.ordinal_in_name"
        return first - 1
    return _NOT_AN_OWNER


def _ordinal_in_name(doc, i: int, floor: int) -> int | None:
    """Rule ``entity.ordinal_in_name``: "ZN First leader Jan Roe", "a former ZN First MP": a capitalised ordinal
    (``name_ordinals``) right after a capitalised name, before a title word it forms no title with
    (``ordinal_title_words``: "Ruritania First Deputy Prime Minister" keeps its title), ends that name (a party
    "ZN First"), never opens a title ("first leader"). The index the name starts at, else None."""
    tok = doc[i]
    if not (_capitalised_ordinal(tok) and i - 1 >= floor and i + 1 < len(doc)) \
            or doc[i + 1].lower_ in words("ordinal_title_words"):
        return None
    heads, mods = _role_tokens()
    first = i
    while first - 1 >= floor and _name_word(doc[first - 1]) and key(doc[first - 1].text) not in heads | mods:
        first -= 1
    return first if first < i else None


def _name_word(tok) -> bool:
    """A capitalised word of a name: a proper noun, a word in capitals ("ZN") or one the model names."""
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or (tok.is_upper and len(tok.text) > 1)
                                       or tok.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"})


def _hyphen_step(doc, i: int, title: _Title, heads: set[str]) -> int | None:
    """Over the hyphen at ``i`` inside a title: "Secretary-General"; or a prefix (``title_hyphen_prefixes``) the parser
    split off, "the Azure Party's co-leader", which is the title's, and the walk goes on to the possessor before it."""
    before = doc[i - 1]
    if key(before.text) in heads:
        title.toks.insert(0, doc[i])
        return i - 1
    if before.lower_ in words("title_hyphen_prefixes") and not before.whitespace_:
        title.toks[:0] = [before, doc[i]]
        return i - 2
    return None


def _defined_acronym_before(doc, i: int, floor: int) -> bool:
    """Does ``i`` close a bracketed acronym whose words the name right before it spells ("Zorvan Liberation Front
    (ZLF)")? The walk over a title goes on to that name, which gives the affiliation as it would unbracketed."""
    if doc[i].text != ")" or i - 3 < floor or doc[i - 2].text != "(":
        return False
    return any(d.acronym == doc[i - 1].text and doc[i - 3 - len(d.words.split()) + 1:i - 2].text == d.words
               for d in definitions(doc))


def _body_step(doc, i: int, floor: int, title: _Title, mods: set[str]) -> int | None:
    """The step left over a body in a title (:func:`_over_body`, :func:`_over_lower_body`), reading a body the
    institutions list names as the affiliation on the way (:func:`_named_body`)."""
    if not doc[i].is_title:
        return _over_lower_body(doc, i, floor, mods)
    j = _over_body(doc, i, floor)
    _named_body(doc, j + 1, i + 1, title)
    return j


def _named_body(doc, start: int, end: int, title: _Title) -> None:
    """Rule ``entity.body_in_title``: "European Commission spokesman Jan Kral" — a body the institutions list knows by
    name, written in the title with no country before it, is the holder's affiliation ("Foreign Ministry", which names
    no one's ministry, is none). A body that stands for a state's government ("State Department" of the United
    States) gives that state, as its officials serve the state."""
    g = gazetteer()
    inst = g.institution(doc[start:end].text) if end - start >= 1 else None
    if inst and not title.affiliation and not (start - 1 >= 0 and (g.demonym(doc[start - 1].text)
                                                                  or g.country(doc[start - 1].text))):
        state = g.country(inst.get("country") or "")
        title.affiliation, title.rule = state or inst["name"], "entity.body_in_title"
    elif inst is None and not title.affiliation and end > start:
        title.affiliation = _organisation_named_in_title(doc, start, end)
        title.rule = title.rule or ("entity.organisation_title" if title.affiliation else None)


def _organisation_named_in_title(doc, start: int, end: int) -> str | None:
    """"Azure Party spokesman Jan Kral", "ruling Azure Party chairman": a body the institutions list does not know,
    written in the title, that the model tags as one organisation ending right before the title word, is the holder's
    organisation when it is one of its own (:func:`organisation_affiliation`; "Foreign Ministry", an organ of no
    named state, is none). Part of ``entity.organisation_title``."""
    last = doc[end - 1]
    if last.ent_type_ != "ORG" or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return None
    first = end - 1
    while first > start and doc[first].ent_iob_ == "I":
        first -= 1
    if doc[first].ent_iob_ != "B" or first < start:
        return None
    first += doc[first].lower_ == "the"
    return organisation_affiliation(doc, _name_text(doc, first, end)) if first < end else None


def _over_body(doc, i: int, floor: int) -> int:
    """The index before the capitalised words of a body ending at ``i`` ("Foreign Ministry"), stopping at a
    demonym or a country."""
    g = gazetteer()
    j = i
    while j - 1 >= floor and doc[j - 1].is_title and not (g.demonym(doc[j - 1].text) or g.country(doc[j - 1].text)):
        j -= 1
    return j - 1


def _possessor_step(doc, i: int, floor: int, title: _Title) -> None:
    """The possessor before a title gives its affiliation, and the title ends there; a country's possessor wins
    over an international organisation named in the title ("Norway's UN envoy": the country's envoy to it)."""
    country, person = _possessor(doc, i, floor)
    if country and _international(title.affiliation):
        title.affiliation = None
    title.affiliation = title.affiliation or country
    title.affiliation_of = title.affiliation_of or person
    if not (country or person or title.affiliation or title.affiliation_of) and i - 1 >= floor:
        _acronym_possessor(doc, doc[i - 1], title)
    return None


def _acronym_possessor(doc, owner, title: _Title) -> None:
    """"ZLF's spokesman": an organisation's acronym owning the title; the body the article spells it out as, or, when
    it does not, the acronym for the corpus to read (``entity.acronym_owner``)."""
    unspelled = unspelled_acronym(doc, owner)
    if unspelled:
        title.acronym = title.acronym or unspelled
    elif _acronym_shape(doc, owner):
        title.affiliation_of = organisation_affiliation(doc, owner.text)


def _over_lower_body(doc, i: int, floor: int, mods: set[str]) -> int | None:
    """The index of the demonym or country before a body written in lower case that ends at ``i`` ("Norwegian
    foreign ministry"); None when the body has none ("the ministry spokesman": the title ends there)."""
    j = i
    while j - 1 >= floor and doc[j - 1].is_lower and key(doc[j - 1].text) in mods:
        j -= 1
    return j - 1 if j - 1 >= floor and _affiliation_word(doc, j - 1, floor)[0] else None


def _international(name: str | None) -> bool:
    """Is ``name`` an international organisation's (an institution that is its own affiliation: "United Nations")?"""
    inst = gazetteer().institution(name) if name else None
    return bool(inst) and inst["country"] == name and not gazetteer().country(name)


def _party_word(doc, i: int, floor: int) -> tuple[str | None, int]:
    """The political party a capitalised word (or two) ending at ``i`` names or calls a member of ("Republican",
    "Social Democrat", "SPD"; ``parties.yml``), never a word inside a longer name ("the Democratic Republic of …",
    "Social Democratic Party"): (the party, tokens used), or (None, 0)."""
    g = gazetteer()
    if doc[i].is_punct or not doc[i].text[:1].isupper() or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return None, 0
    for a in (i - 1, i):
        if a < floor or doc[a].ent_iob_ == "I" or any(t.is_punct for t in doc[a:i + 1]) \
                or (doc[a].is_sent_start and doc[a].ent_type_ not in {"NORP", "ORG"}):
            continue  # a sentence's first word has its capital anyway ("Green energy minister …"): the model decides
        party = g.party(doc[a:i + 1].text)
        if party:
            return party, i + 1 - a
    return None, 0


def _owner_before_title(doc, i: int, floor: int, title: _Title) -> int | None:
    """A country, demonym, institution or named organisation ending at ``i`` before a title: it is the title's
    affiliation, and the walk goes on before it (None where no such word stands). A party's word there gives the
    party ("Senate Republican leader Jan Roe", ``entity.party_title``)."""
    party, used = _party_word(doc, i, floor)
    if party:
        title.affiliation = title.affiliation or party
        title.rule = title.rule or "entity.party_title"
        return i - used
    if _community_pair(doc, i, floor):
        title.affiliation = title.affiliation or _community_name(doc, i)
        title.rule = title.rule or "entity.community_title"
        return i - 2
    country, used = _affiliation_word(doc, i, floor)
    if not country:
        country, used = _organisation_before(doc, i, floor)
        title.rule = title.rule or ("entity.organisation_title" if country else None)
    if not country and not title.affiliation and not (i - 1 >= floor and doc[i - 1].pos_ == "PROPN"):
        title.acronym = title.acronym or title_acronym(doc, doc[i])  # "ZLF commander Jan Kral"
    if country and title.area and country != title.affiliation:
        title.affiliation, title.area, title.rule = country, False, "entity.area_served"  # "UN Ruritania envoy"
        return i - used
    if country:
        named = doc[i - used + 1:i + 1].text
        title.area = not title.affiliation and bool(gazetteer().country(named)) and not gazetteer().demonym(named) \
            and len(title.toks) == 1 and key(title.toks[0].text) in AREA_TITLE_HEADS
        title.affiliation = title.affiliation or country
        return i - used
    return None


def _organisation_before(doc, i: int, floor: int) -> tuple[str | None, int]:
    """"Azure Party spokesman Jan Kral" (``entity.organisation_title``): the organisation the model names right
    before a title, whose official the person is: (its name, tokens used), or (None, 0). A capitalised plural the
    model tags an organisation is a name too ("Stevedores spokesman Jan Kral", tagged a common noun)."""
    tok = doc[i]
    named = tok.tag_ in {"NNP", "NNPS"} or (tok.tag_ == "NNS" and tok.text[:1].isupper())  # "Stevedores spokesman X"
    if tok.ent_type_ != "ORG" or not named or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return None, 0
    first = i
    while first > floor and doc[first].ent_iob_ == "I":
        first -= 1
    if any(t.tag_ == "POS" or t.text in POSSESSIVE_MARKS for t in doc[first + 1:i + 1]):
        return None, 0  # "Roe's Communications Minister": a possessor and a portfolio, no body's name
    start = first + (doc[first].lower_ == "the")
    end = i + (not _office_word_of_title(doc[start:i + 1]))  # "ZDA International President": the ZDA's
    found = organisation_affiliation(doc, _name_text(doc, start, end))
    return (found, i - first + 1) if found else (None, 0)


def _office_word_of_title(span) -> bool:
    """Rule ``entity.office_word_of_title``: "ZDA International President Jan Kral": an acronym and a word of a union's
    or a federation's offices (``office_words_before_titles``: the "International" of an "International President"),
    right before a title, are the body's acronym and the title's first word: the body is the acronym alone."""
    return len(span) == 2 and span[0].text.isupper() and span[0].is_alpha and \
        span[1].lower_ in words("office_words_before_titles") and span.end < len(span.doc) and \
        key(span.doc[span.end].text) in role_heads()


def _place_first_names(doc, ents: list) -> list:
    """Rule ``entity.place_first_name``: a place the model tagged, right before a capitalised ordinal inside the
    sentence ("our colleagues in Ruritania First", "the Ruritania First leader"), is the start of a party's or a
    movement's name, "Ruritania First": one organisation's name, no place (and no venue)."""
    from spacy.tokens import Span

    def first(e) -> bool:
        nxt = doc[e.end] if e.end < len(doc) else None
        return e.label_ in {"GPE", "LOC"} and nxt is not None and _capitalised_ordinal(nxt)

    out = [Span(doc, e.start, e.end + 1, label="ORG") if first(e) else e for e in ents]
    taken = {e.end - 1 for e in out if e.label_ == "ORG"}
    return [e for e in out if not (e.label_ == "ORDINAL" and e.start in taken)]


def _capitalised_ordinal(tok) -> bool:
    """A capitalised ordinal inside a sentence ("Ruritania First"), the model's or one of ``name_ordinals``: after a
    name, it ends a party's or a movement's name (``entity.place_first_name``, ``entity.ordinal_in_name``)."""
    return tok.is_title and tok.is_alpha and not tok.is_sent_start and (
        tok.ent_type_ == "ORDINAL" or tok.lower_ in words("name_ordinals"))


def _office_words_run_on(doc, ents: list) -> list:
    """``entity.office_word_of_title`` on the model's spans: "ZDA International" before "President" is the ZDA."""
    from spacy.tokens import Span

    return [Span(doc, e.start, e.end - 1, label=e.label_) if e.label_ == "ORG" and _office_word_of_title(e) else e
            for e in ents]


def _country_served(doc, i: int, floor: int, title: _Title, heads: set[str]) -> int | None:
    """"US Ambassador to Ruritania Jane Roe", "the UN envoy for Ruritania Jane Roe": the country a title serves in,
    after "to" (or "for" after an envoy's title, ``area_title_heads``) right before the name, is no affiliation; the
    walk goes on from the title's head (None when ``i`` ends no such phrase)."""
    if title.toks or not (doc[i].ent_type_ in {"GPE", "LOC"} or gazetteer().country(doc[i].text)):
        return None
    j = i
    while j - 1 >= floor and (doc[j - 1].ent_type_ == doc[i].ent_type_ and doc[j].ent_iob_ != "B"
                              or doc[j - 1].lower_ == "the" and doc[j - 2].lower_ in {"to", "for"}):
        j -= 1
    if j - 2 < floor or not _is_head(doc[j - 2], heads):
        return None
    if doc[j - 1].lower_ == "to" or (doc[j - 1].lower_ == "for" and key(doc[j - 2].text) in AREA_TITLE_HEADS):
        return j - 2
    return None


def _portfolio_after_title(doc, i: int, floor: int, title: _Title, heads: set[str]) -> int | None:
    """"State Minister for Foreign Affairs Jan Roe", "Minister of Trade and Industry Jan Roe": the capitalised
    portfolio of a singular title right before the name is no part of the role; the walk goes on from the title's
    head word (None when ``i`` ends no such phrase). A "for"-portfolio may name places ("Minister of State for
    Europe and the Americas Jan Roe"): the area the title covers, never its
    affiliation."""
    if title.toks:
        return None
    mods = _role_tokens()[1]
    k, places = i, False
    while k >= floor and (doc[k].is_title and key(doc[k].text) in (PORTFOLIO_NOUNS | mods) - {"of", "for", "the"}
                          or doc[k].lower_ == "and" and k < i or _a_place_word(doc[k])):
        places = places or _a_place_word(doc[k])
        k -= 1
    if k == i or k - 1 < floor or doc[k].lower_ not in {"of", "for"} or doc[k + 1].lower_ == "and" \
            or key(doc[k - 1:i + 1].text) in gazetteer().role_heads or (places and doc[k].lower_ != "for"):
        return None  # "Secretary of State" is one title, no portfolio; "Minister of Ruritania" names the country
    head = doc[k - 1]
    return k - 1 if _is_head(head, heads) and head.tag_ in {"NN", "NNP"} and head.is_title else None


def _a_place_word(tok) -> bool:
    """A capitalised word of a place's name as the model tags it ("Europe", "North America")."""
    return tok.is_title and tok.pos_ == "PROPN" and (tok.ent_type_ in {"GPE", "LOC"} or bool(gazetteer().country(tok.text)))


APPOSITION_ENDS = {",", ".", ";", ")", "—", "–"}


def _name_closed(doc, start: int) -> bool:
    """Does the name that starts at ``start`` end the apposition it stands in ("…, Jan Roe, who" / "…, Jan Roe.")
    rather than open a clause of its own ("…, Jan Roe said")?"""
    j = start
    while j < len(doc) and doc[j].tag_ in {"NNP", "NNPS"}:
        j += 1
    return j == len(doc) or doc[j].text in APPOSITION_ENDS or doc[j].is_sent_start


def _title_of_country(doc, i: int, floor: int, title: _Title, heads: set[str], start: int) -> int | None:
    """"Prime Minister of Ruritania Jan Roe", "the Minister of Foreign Affairs of Ruritania, Jan Roe,"
    (``entity.title_of_country``): a singular title whose "of"-phrase names a country right before the name (or
    before the comma of an apposition the name closes) gives the name that title and that country; the walk goes
    on from the title's head word (None when ``i`` ends no such phrase)."""
    if title.toks:
        return None
    i = _phrase_end_before_name(doc, i, floor, start)
    if doc[i].is_punct:
        return None
    g = gazetteer()
    first = next((a for a in range(max(floor, i - MAX_COUNTRY_WORDS + 1), i + 1)
                  if g.country(doc[a:i + 1].text) and not doc[a].is_punct), None)
    if first is None:
        return None
    j = first - 1 - (first - 1 >= floor and doc[first - 1].lower_ == "the")
    if j < floor or not any(h[0] == j for h in hits(doc, "entity.title_of_country")):
        return None
    k = j - 1
    while k >= max(floor, j - 3) and doc[k].is_title and key(doc[k].lemma_) in PORTFOLIO_NOUNS | _role_tokens()[1] \
            | {"of", "for"}:
        k -= 1  # over a portfolio: "Minister of Foreign Affairs of Ruritania"
    if doc[k].lower_ in {"of", "for"}:
        k -= 1
    if k < floor or key(doc[k].text) not in heads or key(doc[k].text) in {"of", "and", "the", "for"}:
        return None  # "the foreign ministers of Ruritania, Jan Roe, and …": a plural title reaches nobody alone
    if _held_before(doc, k, i, floor, start):
        return None
    title.affiliation, title.rule = g.country(doc[first:i + 1].text), "entity.title_of_country"
    return k


def _title_of_body_before(doc, i: int, floor: int, title: _Title, heads: set[str], start: int) -> int | None:
    """"Chairperson of the Zenda Union Commission Jan Roe", "the Secretary-General of the Zenda Union, Jan Roe,"
    (``entity.title_of_body``): a singular title whose "of"-phrase is an organisation's name the model tagged, ending
    right before the name (or before the comma of an apposition the name closes), gives the name that title and what
    the organisation gives as an affiliation; the walk goes on from the title's head word (None otherwise)."""
    if title.toks:
        return None
    i = _phrase_end_before_name(doc, i, floor, start)
    ent = _entity_at(doc[i])
    if ent is None or ent.label_ != "ORG" or ent.end != i + 1 or ent.start <= floor:
        return None
    first = ent.start + (doc[ent.start].lower_ == "the")
    j = ent.start - 1 - (doc[ent.start - 1].lower_ == "the" and ent.start - 1 > floor)
    k = j - 1
    if doc[j].lower_ != "of" or k < floor or key(doc[k].text) not in heads or key(doc[k].text) in {"of", "and", "the"}:
        return None
    if doc[k].tag_ not in {"NN", "NNP"} or _held_before(doc, k, i, floor, start):
        return None  # a plural title reaches nobody alone
    found = organisation_affiliation(doc, _name_text(doc, first, ent.end))
    if not found:
        return None
    title.affiliation, title.rule = found, "entity.title_of_body"
    return k


def _phrase_end_before_name(doc, i: int, floor: int, start: int) -> int:
    """The last word of a title's "of"-phrase before the name at ``start``: ``i``, or the word before the comma of an
    apposition the name closes ("the Minister of Foreign Affairs of Ruritania, Jan Roe,")."""
    return i - 1 if doc[i].text == "," and i - 1 >= floor and _name_closed(doc, start) else i


def _held_before(doc, k: int, i: int, floor: int, start: int) -> bool:
    """Is the title word at ``k`` (its "of"-phrase ending at ``i``) the person's before it, not the name's at ``start``
    ("Jan Roe, director of Ruritania Risk Watch,", "A, Emir of X, B, …")?"""
    return _apposed_to_person_before(doc[k], doc[start]) or _set_off_after_person(doc, k, i, floor)


def _set_off_after_person(doc, k: int, i: int, floor: int) -> bool:
    """"A, Emir of X, B, …": a title of a country set off by commas right after a person's name is that person's."""
    return doc[i + 1].text == "," and k - 2 >= floor and doc[k - 1].text == "," and doc[k - 2].ent_type_ == "PERSON"


def _apposed_to_person_before(tok, name) -> bool:
    """Is this title word set off after a person's name ("Jan Roe, director of …") and the name after its "of"-phrase
    one the model read as no person ("… of Ruritania Risk Watch", a body)? Then the title is that person's, and the
    name is no holder of it. A person's name there keeps the title ("Jan Roe, Prime Minister of Ruritania Ivo Kral")."""
    return tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.ent_type_ == "PERSON" and name.ent_type_ != "PERSON"


def _title_left(doc, start: int, apposed: bool = False):
    """Walk left of a name over its title: "Elysee Press Secretary", "US Secretary of State", "US envoys". With
    ``apposed``, the title is apposed before the name, a comma between, and may open with "a" (``entity.title_apposed``:
    "A spokesperson for the committee, Jan Roe, said": Jan Roe is a spokesperson)."""
    g = gazetteer()
    heads, mods = _role_tokens()
    i = start - 1
    floor = doc[min(start, len(doc) - 1)].sent.start  # a title may end the text ("… the minister")
    while i >= floor and key(doc[i].text) not in heads and (n := _honorific_before(doc, i, floor)):
        i -= n  # "Prime Minister Sheikh Tamir …", "Prime Minister Tan Sri Tamir …"
    title = _Title()
    while i is not None and i >= floor:
        served = _country_served(doc, i, floor, title, heads)
        served = _title_of_country(doc, i, floor, title, heads, start) if served is None else served
        served = _title_of_body_before(doc, i, floor, title, heads, start) if served is None else served
        served = _portfolio_after_title(doc, i, floor, title, heads) if served is None else served
        i = served if served is not None else _title_step(doc, i, floor, title, heads, mods)
    toks = title.toks
    while toks and not _is_head(toks[-1], heads):  # a role ends on a head word ("Foreign Minister", not "Foreign")
        toks.pop()
    if toks and not apposed and _indefinite_before(doc, toks[0].i, floor):
        return None, None, None, start, False, None  # "X, a new envoy Y appointed": "a … envoy" is X's, never Y's title
    toks = _after_object_of_title(doc, toks)
    while toks and key(toks[0].text) in {"of", "and", "the", "for"}:
        toks.pop(0)
    role = re.sub(r" ?- ?", "-", " ".join(_role_case(_role_word(t, heads), heads) for t in toks)) if toks else None
    return role, title.affiliation, title.affiliation_of, (toks[0].i if toks else start), title.rule, \
        (title.acronym if toks else None)


def _after_object_of_title(doc, toks: list) -> list:
    """"Deputy Assistant to the President and Deputy Security Adviser Jan Roe": a walk that stopped at "to the" read
    the head of another title's phrase ("the President") as the start of this one; the title begins after its
    "and" ("deputy security adviser", never "president and deputy security adviser"). With no "and", the title
    began before that phrase, further than the walk reads ("Assistant to the President for National Security Affairs
    X" is no president): no title."""
    the = toks[0].i if toks and toks[0].lower_ == "the" else (toks[0].i - 1 if toks else -1)
    if the < 1 or doc[the].lower_ != "the" or doc[the - 1].lower_ not in {"to", "of", "for"}:
        return toks
    cut = next((n for n, t in enumerate(toks) if t.lower_ == "and"), None)
    if cut is None and the >= 2 and (_is_head(doc[the - 2], _role_tokens()[0]) or key(doc[the - 2].text) in SERVING_NOUNS):
        return []  # "Assistant to the President for National Security Affairs X": a title longer than the walk
    return toks[cut + 1:] if cut is not None else toks


def _abbreviated_titles(doc, start: int) -> list[str]:
    """Ranks and office acronyms right before a name, written out (``entity.title_abbreviation``): "PM Jan Kral"
    → prime minister, "DGMO Maj Gen Jan Kral" → director general of military operations, major general."""
    g = gazetteer()
    heads, _ = _role_tokens()
    floor = doc[min(start, len(doc) - 1)].sent.start
    found: list[str] = []
    i = start - 1
    while i >= floor and key(doc[i].text) not in heads and not doc[i].is_punct \
            and (n := _honorific_before(doc, i, max(floor, _last_punct(doc, i, floor) + 1))):
        role = g.title_abbreviations.get(key(doc[i - n + 1:i + 1].text))
        if role and role not in found:
            found.insert(0, role)
        i -= n
    return found


def _last_punct(doc, i: int, floor: int) -> int:
    """The index of the last punctuation mark at or before ``i`` (``floor - 1`` when none is)."""
    return next((k for k in range(i, floor - 1, -1) if doc[k].is_punct and doc[k].text != "."), floor - 1)


def _indefinite_before(doc, i: int, floor: int) -> bool:
    """Does "a"/"an" (after adjectives) open the noun phrase whose words end at ``i``? A title right before a name
    takes no indefinite article ("Envoy Y", "the envoy Y"): "a new envoy Y appointed" is another noun phrase."""
    j = i - 1
    while j >= floor and doc[j].pos_ == "ADJ":
        j -= 1
    return j >= floor and doc[j].lower_ in {"a", "an"}


def _plural_title(doc, start: int) -> bool:
    """Is the title just before the name plural ("US envoys A and B"): then it reaches every member."""
    heads, _ = _role_tokens()
    return start > 0 and key(doc[start - 1].text) not in heads and _is_head(doc[start - 1], heads)


def _appositive(doc, end: int):
    """The words between the comma after a name and the next punctuation, when they hold a title and
    no finite verb ("Jane Roe, President John Doe's envoy for Chile,")."""
    heads, _ = _role_tokens()
    if end >= len(doc) - 2 or doc[end].text != "," or doc[end + 1].pos_ == "CCONJ" or _adds_a_member(doc, end + 1):
        return None  # "A, and his counterpart B", "A, as well as his counterpart B": a coordination, no apposition
    sent_end = doc[end].sent.end
    stop = end + 1
    while stop < min(sent_end, end + 16) and doc[stop].text not in {",", ";", "(", ")"} and not doc[stop].is_sent_end:
        if doc[stop].tag_ == "VBG" and doc[stop].dep_ == "acl":
            break  # "A, the envoy on the board overseeing the truce,": the title ends where its participle begins
        if doc[stop].pos_ in {"VERB", "AUX"} and doc[stop].tag_ not in {"VBN"} \
                and not (doc[stop].tag_ == "VBG" and doc[stop].dep_ == "amod"):
            return None  # a finite verb; a participle that modifies a noun ("the ruling party") is none
        stop += 1
    span = doc[end + 1:stop]
    if stop + 1 < len(doc) and doc[stop].text == "," and (doc[stop + 1].ent_type_ == "PERSON" or doc[stop + 1].pos_ == "PROPN"):
        return None  # "A, the ministers of X and Y, B and C": the title of the names that follow, not A's
    return span if any(key(t.text) in heads and t.tag_ != "IN" for t in span) else None


def _adds_a_member(doc, i: int) -> bool:
    """Do the words at ``i`` add a member to a list ("as well as", "alongside"; ``list_adding_phrases`` in the
    lexicon), so that what follows is another party, not a title of the name before?"""
    return any(doc[i:i + len(p.split())].text.lower() == p for p in words("list_adding_phrases"))


@dataclass
class _Appositive:
    roles: list = field(default_factory=list)
    cur: list = field(default_factory=list)
    affiliation: str | None = None
    affiliation_of: str | None = None
    acronym: str | None = None  # an organisation's acronym before the title that this article never spells out
    other_person: bool = False  # the words are another person's title, not an apposition

    def close(self, heads: set[str]) -> None:
        """End the title being read: keep it up to its last head word."""
        while self.cur and key(self.cur[-1]) not in heads and not self.cur[-1].endswith("-law"):
            self.cur.pop()
        if self.cur:
            self.roles.append(" ".join(self.cur))
        self.cur = []


def _person_in_title(doc, span, idx: int, ap: _Appositive) -> None:
    """"adviser to President John Doe": the title serves that person, whose affiliation is shared
    ("President John Doe's envoy" is read at the possessive)."""
    ap.cur = []
    if idx and span[idx - 1].ent_type_ == "PERSON":
        return
    end = idx
    while end < len(span) and span[end].ent_type_ == "PERSON":
        end += 1
    heads, mods = _role_tokens()
    g = gazetteer()
    j = idx - 1
    while j >= 0 and (key(span[j].text) in heads | mods or g.country(span[j].text)):
        j -= 1  # over the other person's own title ("to US President …")
    if end < len(span) and span[end].tag_ == "POS":
        return
    if j >= 0 and span[j].lower_ in {"to", "of", "for"}:
        ap.affiliation_of = ap.affiliation_of or _name_text(doc, span[idx].i, span[end - 1].i + 1)
    else:
        ap.other_person = True  # "A, Ruritanian Prime Minister B and …": the next name of a list, with its own title


def _title_word(span, idx: int, ap: _Appositive, heads: set[str]) -> None:
    """A word of the title being read ("senior", "adviser", "and")."""
    k = key(span[idx].text)
    if k == "and" and ap.cur:
        if key(ap.cur[-1]) in heads or ap.cur[-1].endswith("-law"):
            ap.roles.append(" ".join(ap.cur))
        ap.cur = []
    elif not (k in {"and", "of", "for"} and not ap.cur):
        ap.cur.append(span[idx].text.lower())


def _other_word(span, idx: int, ap: _Appositive, heads: set[str]) -> None:
    """A word outside any title: it ends the title; a demonym, a leading country or an institution
    gives the affiliation ("the Kremlin aide"), unless it belongs to a name that follows."""
    t = span[idx]
    ap.close(heads)
    g = gazetteer()
    # an institution's name, or its acronym in capitals ("A, ECOWAS commissioner for political affairs,")
    inst = g.institution(t.text) if t.is_title or (t.is_upper and len(t.text) > 1) else None
    country = g.demonym(t.text) or (g.country(t.text) if t.ent_type_ == "GPE" and _leading_country(span, idx) else None) \
        or (inst["country"] if inst else None)
    if _in_hyphenated_word(span.doc, t.i):
        country = None  # "Secretary General of the Ibero-American Conference": no one country's
    if country and not ap.affiliation and not (idx + 1 < len(span) and span[idx + 1].ent_type_ == "PERSON"):
        ap.affiliation = country
    elif not country and not ap.affiliation and t.ent_iob_ == "B" and t.ent_type_ == "ORG":
        ap.affiliation = _organisation_in_title(span, idx, heads)
        if not ap.affiliation and _title_follows(span, idx + 1, heads):
            ap.acronym = ap.acronym or unspelled_acronym(span.doc, t)  # "Jan Kral, the ZLF secretary general,"


def _leading_country(span, idx: int) -> bool:
    """Does the country at ``idx`` open the apposition ("Jan Roe, Ruritania's envoy" read elsewhere; "Jan Roe, the
    Ruritania Trade Secretary,")? Not when an area title follows it alone ("Jan Roe, the Ruritania envoy,": maybe the
    envoy sent there)."""
    if any(span[k].lower_ != "the" for k in range(idx)):
        return False
    if idx == 0:
        return True
    after = [key(span[k].text) for k in range(idx + 1, min(idx + 3, len(span)))]
    return not (after and (after[0] in AREA_TITLE_HEADS or " ".join(after) in AREA_TITLE_HEADS))


def _organisation_in_title(span, idx: int, heads: set[str]) -> str | None:
    """"Jan Kral, the Azure Party spokesman,": the organisation the model names right before the title word
    (``entity.organisation_title``), else None."""
    end = idx + 1
    while end < len(span) and span[end].ent_iob_ == "I":
        end += 1
    _, mods = _role_tokens()
    nxt = end
    while nxt < len(span) and key(span[nxt].text) in mods and not _is_head(span[nxt], heads):
        nxt += 1
    name = _name_text(span.doc, span[idx].i, span[end - 1].i + 1)
    return organisation_affiliation(span.doc, name) if nxt < len(span) and _is_head(span[nxt], heads) else None


def _title_follows(span, idx: int, heads: set[str]) -> bool:
    """Does a title word follow at ``idx`` (over title modifiers: "secretary general", "senior commander")?"""
    _, mods = _role_tokens()
    while idx < len(span) and key(span[idx].text) in mods and not _is_head(span[idx], heads):
        idx += 1
    return idx < len(span) and _is_head(span[idx], heads)


def title_acronym(doc, tok) -> str | None:
    """The acronym of an organisation right before a title ("ZLF commander Jan Kral"), whether or not this article
    spells it out: read against the names the corpus gives it (``entity.acronym_owner``); a name the model took for
    an organisation has decided before (``organisation_affiliation``)."""
    return _acronym_shape(doc, tok)


def _acronym_shape(doc, tok) -> str | None:
    """``tok`` when it is an organisation's acronym in shape: a proper noun of two to six capitals (any word the
    article defines as an acronym), no country, demonym, listed institution or name of a person."""
    g = gazetteer()
    name = tok.text
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
        return None
    if tok.pos_ != "PROPN" and not any(d.acronym == name for d in definitions(doc)):
        return None  # a defined acronym whatever its tag ("CN spokesperson" read as an interjection)
    if _in_hyphenated_word(doc, tok.i) or g.country(name) or g.demonym(name) or g.institution(name) \
            or tok.ent_type_ in {"PERSON", "NORP"}:
        return None
    return name


def unspelled_acronym(doc, tok) -> str | None:
    """An organisation's acronym that this article uses without spelling it out ("the ZLF delegation", "the ZLF
    commander"): the acronym, to be read against the names other articles of the corpus give it
    (``entity.acronym_owner``); None for anything else, and for an acronym the article spells out (then
    ``organisation_affiliation`` has decided)."""
    name = _acronym_shape(doc, tok)
    return None if name is None or any(d.acronym == name for d in definitions(doc)) else name


def title_phrase_acronym(head) -> str | None:
    """"the head of the ZLF delegation" (``entity.acronym_owner``): the unspelled acronym of an organisation that is
    the only name modifying the team or group noun of the title word's "of"-phrase."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if body is not None and body.ent_type_ in {"", "ORG"} and not list(body.children):
        return unspelled_acronym(head.doc, body)  # "Jan Roe, president of ZCLC," (``entity.acronym_object``)
    if body is None or not _in_list(body, TEAM_NOUNS | GROUP_NOUNS) or body.ent_type_:
        return None
    names = [c for c in body.children if c.dep_ in {"compound", "amod", "nmod", "poss"} and
             (c.pos_ == "PROPN" or gazetteer().demonym(c.text) or gazetteer().country(c.text))]
    return unspelled_acronym(head.doc, names[0]) if len(names) == 1 and names[0].dep_ == "compound" else None


def _appositive_step(doc, span, idx: int, ap: _Appositive, heads: set[str], mods: set[str]) -> None:
    t = span[idx]
    k = key(t.text)
    if t.tag_ == "POS":
        country, person = _possessor(doc, t.i, span.start)
        ap.affiliation = country or ap.affiliation
        ap.affiliation_of = person or ap.affiliation_of
        ap.cur = []
    elif t.text == "-" and ap.cur and idx + 1 < len(span):
        ap.cur[-1] = ap.cur[-1] + "-"
    elif ap.cur and ap.cur[-1].endswith("-"):
        ap.cur[-1] = ap.cur[-1] + t.text.lower()
    elif t.ent_type_ == "PERSON" and not _title_tagged_person(t, heads | mods) and not _body_tagged_person(t):
        _person_in_title(doc, span, idx, ap)
    elif t.tag_ == "NNS" and ap.cur and key(t.lemma_) in heads and key(t.text) not in heads:
        ap.cur = []  # "A and B, the alternating deputy prime ministers": a group's title, cut short if read as one's
    elif (first := _ordinal_in_name(doc, t.i, span.start)) is not None:
        ap.close(heads)  # "Jan Roe, a former ZN First MP,": the party's name, no title's word
        ap.cur, ap.affiliation = [], ap.affiliation or _name_text(doc, first, t.i + 1)
    elif (k in heads and t.tag_ != "IN") or k in mods or \
            (k in INSTITUTION_WORDS and idx + 1 < len(span) and key(span[idx + 1].text) in heads):
        _title_word(span, idx, ap, heads)
    else:
        _other_word(span, idx, ap, heads)


def _title_tagged_person(tok, words: set[str]) -> bool:
    """Is the person's name the model tagged at ``tok`` made of title words only ("Jan Roe, Emir of Ruritania," where
    "Emir" came out as a name)? Then it is the title, no other person's name."""
    ent = _entity_at(tok)
    return ent is not None and all(key(t.text) in words for t in ent)


def _entity_at(tok):
    """The model's entity that holds ``tok``, or None."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


LOCATIVES = {"in", "at"}  # "the head of the X delegation in the Portuguese capital": where, not whose


def _before_locative(span):
    """Rule ``entity.locative_after_title``: an appositive title ends before an "in"/"at" phrase that says where
    its holder is ("the head of the Azure delegation in the Portuguese capital"): a country or demonym there is
    the place, never the affiliation."""
    cut = next((t.i for t in span[1:] if t.lower_ in LOCATIVES and t.dep_ == "prep"
                and span.doc[t.i - 1].whitespace_), None)  # never the "in" of "son-in-law"
    cut = cut if cut is not None else _served_by_title_only(span)
    return span.doc[span.start:cut] if cut is not None else span


def _served_by_title_only(span) -> int | None:
    """Rule ``entity.served_by_title_only``: "X, Chief of Staff to the President": the one served, named by a title
    alone at the end of the apposition, is no title of X's: the title ends before "to"."""
    heads, mods = _role_tokens()
    for t in span[1:]:
        rest = [w for w in span.doc[t.i + 1:span.end] if not w.is_punct]
        if t.lower_ == "to" and len(rest) >= 2 and rest[0].lower_ == "the" and \
                all(key(w.text) in heads | mods for w in rest[1:]) and key(rest[-1].text) in heads:
            return t.i
    return None


def _title_right(doc, end: int):
    """An appositive title after the name: "Jane Roe, President John Doe's envoy for Chile,",
    "Ivo Roe, the Kremlin aide,", "Ann Doe, senior adviser to President John Doe,"."""
    heads, mods = _role_tokens()
    span = _appositive(doc, end)
    if span is None or any(h[0] == end for h in hits(doc, "entity.alias_after_name")):
        return None, None, None, None  # "Jan Roe, known as the Iron Lady,": what people call her, not her title
    span = _before_locative(span)
    if any(e.label_ == "ORG" and span.start <= e.start < span.end and
           _after_institution_served(doc, e.start, e.end, "ORG", heads)[1] == "PERSON" for e in doc.ents):
        return None, None, None, None  # "X, the Director General of the Ministry of Energy Jan Roe": Roe's title
    ap = _Appositive()
    for idx in range(len(span)):
        _appositive_step(doc, span, idx, ap, heads, mods)
    if ap.other_person:
        return None, None, None, None
    if ap.cur and key(ap.cur[-1].split("-")[-1]) in heads | {"law"}:
        ap.roles.append(" ".join(ap.cur))
    roles = [r for r in (re.sub(r"^(the|a|an|for|of|and) ", "", r).strip() for r in ap.roles) if _has_head(r, heads)]
    body = _body_named_after_title(doc, span) if roles else None
    affiliation = body if body is not None and gazetteer().country(ap.affiliation or "") else ap.affiliation
    return ("; ".join(roles) if roles else None), affiliation, ap.affiliation_of, ap.acronym if roles else None


def _body_named_after_title(doc, span) -> str | None:
    """Part of ``entity.title_after``: "Jan Roe, head of Ruritania's main farmers' union, the ZFU, told …": the
    organisation the text names right after the title, in apposition to the title's own body noun, is the body
    the person heads; it beats the country the body's possessive gives, unless the body is an organ of that state
    (``organ_words``: "Norway's intelligence agency, the NIS,"). None otherwise."""
    k = span.end
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    ent = next((e for e in doc.ents if e.start in {k, k + (doc[k].lower_ == "the")} and e.label_ == "ORG"), None)
    if ent is None or ent.root.dep_ != "appos" or not span.start <= ent.root.head.i < span.end \
            or ent.root.head.pos_ != "NOUN":
        return None
    noun = next((t for t in reversed(span) if t.pos_ == "NOUN"), ent.root.head)  # the body's noun, the title's last
    kind = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and not t.is_punct and t.dep_ not in {"det", "case"}
                    and not gazetteer().country(t.text))
    # an organ of the state ("Norway's intelligence agency, the NIS") is the state's, as its possessive says
    return None if organ_of_a_state(kind) else _name_text(doc, ent.start + (doc[ent.start].lower_ == "the"), ent.end)


def _has_head(role: str, heads: set[str]) -> bool:
    """A title holds a title's head word: "government of" in "head of the Government of X" is only a modifier the
    walk met (a title's small words aside). A word that heads a title only inside a longer one ("law" of
    "son-in-law", "parliament" of "member of parliament") needs that whole title ("a teacher of law" holds none)."""
    whole, single = _whole_heads()
    folded = key(role)
    return any(k in single or any(f" {h} " in f" {folded} " for h in whole.get(k, ()))
               for w in role.split() if (k := key(w.split("-")[-1])) in heads - TRAILING_SMALL_WORDS)


@lru_cache(maxsize=1)
def _whole_heads() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """(each word of a title of several words → those titles, the titles of one word) from roles.yml."""
    whole: dict[str, list[str]] = {}
    for h in gazetteer().role_heads:
        for w in h.split() if " " in h else ():
            whole.setdefault(w, []).append(h)
    return {w: tuple(sorted(v)) for w, v in whole.items()}, frozenset(h for h in gazetteer().role_heads if " " not in h)


def _lead_verb(tok):
    """The verb "lead"/"head" whose leader is ``tok``, and the group it leads (token or None):
    "the delegation is led by X", "the delegation, led by X", "X heads the delegation"."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_ in LEAD_VERBS:
        verb = tok.head.head
        team = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return verb, team if team is not None or verb.dep_ != "acl" else verb.head
    if tok.dep_ == "nsubj" and tok.head.lemma_ in LEAD_VERBS:
        return tok.head, next((c for c in tok.head.children if c.dep_ == "dobj"), None)
    return None, None


def _team_owner(doc, team) -> str | None:
    """Whose team: "the Azure Front delegation" → Azure Front, "the Ruritanian delegation" → Ruritania."""
    g = gazetteer()
    for mod in team.children:
        if mod.dep_ in {"compound", "amod", "poss", "nmod"}:
            name = _name_text(doc, mod.left_edge.i, mod.i + 1)
            country = g.demonym(name) or g.country(name)
            if country or mod.ent_type_ in {"ORG", "NORP", "GPE"} or mod.pos_ == "PROPN":
                return country or name
    return None


def _beside_leader(doc, role: str | None, rs: int, tok) -> str | None:
    """"President A and Defence Minister B": B shares A's affiliation (an official beside a head of state). A head of
    government beside a head of state ("President A and Prime Minister B") shares it only when the parse makes the
    two names one coordination (B a conjunct of A); a parse that leaves B apart gives nothing."""
    if not (role and role.split()[-1] in OFFICIAL_HEADS and rs >= 2 and doc[rs - 1].lower_ == "and"
            and doc[rs - 2].ent_type_ == "PERSON"):
        return None
    last = first = rs - 2
    if role in LEADER_HEADS and not (tok.dep_ == "conj" and tok.head.i == last):
        return None
    while first > 0 and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    if _a_leader(_title_left(doc, first)[0] or ""):
        return _name_text(doc, first, last + 1)
    return None


def _a_leader(role: str) -> bool:
    """Is the title a head of state's or government's ("prime minister", "acting president")?"""
    return any(role == h or role.endswith(" " + h) for h in LEADER_HEADS)


def _affiliation_from_structure(doc, start: int, end: int, role: str | None, role_start: int | None = None):
    """Affiliation the sentence structure gives when no title does:
    "The Front delegation is led by X" / "X heads the Front delegation" → Front, head of delegation;
    "The ZLF, led by X" → ZLF, leader; "President A and Defence Minister B" → B shares A's affiliation."""
    g = gazetteer()
    tok = doc[start:end].root
    verb, team = _lead_verb(tok)
    if verb is not None and verb.dep_ == "acl" and tok.dep_ == "pobj" and verb.head.ent_type_ in {"ORG", "NORP", "GPE"}:
        owner = verb.head  # "The ZLF, led by X" / "the Front, headed by X"
        first = owner.i
        while first > 0 and doc[first - 1].ent_type_ == owner.ent_type_ and doc[first - 1].ent_iob_ != "O":
            first -= 1
        name = _name_text(doc, first + (doc[first].lower_ == "the"), owner.i + 1)  # "the ZLF": the name, no article
        return role or "leader", g.country(name) or name, None
    if verb is not None and team is not None and team.lemma_.lower() in TEAM_NOUNS:
        owner = _team_owner(doc, team)
        if owner:
            return role or f"head of the {team.lemma_.lower()}", owner, None
    return role, None, _beside_leader(doc, role, role_start if role_start is not None else start, tok)


def _agentive(doc, start: int, end: int) -> tuple[bool, str]:
    """Does the name act in the sentence (subject, possessor, object, partner) rather than locate something? And its
    head's relation ("nsubj", "pobj:in", "compound:flight" for a name that modifies a common noun)."""
    head = doc[start:end].root
    tok = head
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    dep = tok.dep_
    if dep in {"nsubj", "nsubjpass", "poss", "agent", "iobj"}:
        return True, dep
    if dep == "dobj":
        return tok.head.lemma_ not in PLACE_OBJECT_VERBS, dep
    if dep == "pobj":
        prep = tok.head.lower_
        if prep in LOCATIVE_PREPS:
            return False, f"pobj:{prep}"
        return prep in AGENT_PREPS, f"pobj:{prep}"
    if dep == "appos" and tok.head.dep_ in {"nsubj", "nsubjpass"}:
        return True, dep
    if dep == "compound" and tok.head.tag_ in {"NN", "NNS"} and tok.head.is_lower:
        return False, f"compound:{tok.head.lemma_.lower()}"  # "the Zenda flight": which noun the name modifies
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
    right = key(doc[end:min(end + 2, doc[start].sent.end)].text)
    if any(right == n or right.startswith(n + " ") for n in g.outlet_cues["kinds_after"]):
        return True  # "a report on the X news website", "the X newspaper said"
    head = doc[start:end].root
    if head.dep_ in {"nsubj"} and head.head.lemma_ in cues["verbs"]:
        return True
    after = doc[end] if end < doc[start].sent.end else None
    if after is not None and after.lemma_ in cues["verbs"] and after.pos_ == "VERB" and _closes_sentence(after):
        return True  # "…, Zendanews reports.": the name before a reporting verb that closes the sentence
    if _told_by_sources(head) or _interviewer(head) or _statement_to_press(head) or _told_broadcaster(head):
        return True
    return any(h[-1] == head.i for h in hits(doc, "entity.outlet_by_reporter"))  # "a report by X", "quoted by X"


def _according_to_name(doc, start: int, end: int) -> bool:
    """Rule ``entity.according_to_outlet``: "…, according to Zendanews." — a bare name after "according to" is
    taken for the outlet cited, with less certainty than any other cue: "according to X's press release" (a
    possessive: the body's own words) is never one, and a name the article or the corpus also names as an
    organisation elsewhere is that organisation ("according to the party", :func:`_acting_bodies_are_no_outlets`)."""
    return start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "according" \
        and not (end < len(doc) and doc[end].tag_ == "POS")


def _told_by_sources(head) -> bool:
    """Rule ``entity.told_by_sources``: "sources told X", "people familiar with the matter told X": what unnamed
    sources tell, they tell a paper; X is the outlet (``anonymous_source_nouns``)."""
    verb = head.head
    if head.dep_ not in {"dobj", "dative"} or verb.lemma_ != "tell":
        return False
    sub = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return sub is not None and (sub.lemma_.lower() in words("anonymous_source_nouns") or any(
        c.dep_ == "amod" and c.lower_ == "familiar" for c in sub.children))


def _told_broadcaster(head) -> bool:
    """Rule ``entity.told_broadcaster``: "he told Zenda Business Network": an organisation someone tells something
    whose name ends with a broadcaster's word (``broadcaster_words``: Network, Television, Radio …), named as a
    channel is, with no article before it, is the press, an outlet ("told the Zenda Farmers Network" is an
    addressee)."""
    return head.dep_ in {"dobj", "dative"} and head.head.lemma_ == "tell" and head.is_title \
        and head.lower_ in words("broadcaster_words") and not any(c.dep_ == "det" for c in head.children)


def _closes_sentence(tok) -> bool:
    """Is ``tok`` the sentence's last word, only stops and spaces after it ("…, X reports.")?"""
    return all(t.is_punct or t.is_space for t in tok.doc[tok.i + 1:tok.sent.end])


def _interviewer(head) -> bool:
    """Rule ``entity.interviewer``: an organisation someone "told … in an interview", or the one an interview is
    "with" ("told Zenda Freight Daily in an interview", "said in an interview with Zenda Freight Daily"): a body that
    interviews is the press, an outlet. A person interviewed or interviewing is left alone (only organisations
    reach this test)."""
    verb = head.head
    if head.dep_ in {"dobj", "dative"} and verb.lemma_ == "tell":
        return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_ == "interview" for g in c.children)
                   for c in verb.children)
    return head.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_ == "interview"


def _statement_to_press(head) -> bool:
    """Rule ``entity.statement_to_press``: the organisation a statement or a comment is given "to" ("said in a
    statement to The Zenda Ledger", "in an emailed statement to Zenda Freight Daily"): a body a statement is sent to
    is the press, an outlet (``press_statement_nouns``). A body the gazetteer knows, or one whose name says it is a
    council, a ministry, a union or another body ("a statement to the Security Council"), is an addressee."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_ not in words("press_statement_nouns"):
        return False
    name = [t for t in head.subtree if t.dep_ != "det"]
    return not gazetteer().institution(" ".join(t.text for t in name)) and not any(
        key(t.text) in INSTITUTION_WORDS | BODY_HEADS for t in name)


def _replace_overlapping(ents: list, extra: list) -> list:
    spans = {(e.start, e.end): e for e in ents}
    for e in extra:
        spans = {k: v for k, v in spans.items() if v.end <= e.start or v.start >= e.end}
        spans[(e.start, e.end)] = e
    return sorted(spans.values(), key=lambda e: e.start)


def _name_run(doc, j: int, sent, taken: set[int], heads: set[str]) -> int:
    """The end of a run of capitalised name words from ``j`` ("Tamir Al-Zorbani")."""
    while j < len(doc) and doc[j].sent == sent and j not in taken and key(doc[j].text) not in heads \
            and key(doc[j].text) not in INSTITUTION_WORDS:
        tok = doc[j]
        if tok.tag_ == "NNP" and tok.is_alpha and tok.is_title:
            j += 1
        elif tok.text in {"-", "‐"} and j + 1 < len(doc) and not tok.whitespace_ and _hyphen_part(doc, j + 1):
            j += 2  # "Al-Zorbani", "Nur-ul Huda"
        else:
            break
    return j


def _hyphen_part(doc, j: int) -> bool:
    """Does the name go on after a hyphen at ``j - 1``: a capitalised word, or a short lower-case particle glued
    to a capitalised word on both sides ("Nur-ul Huda", "Abd-al Rahim")?"""
    tok = doc[j]
    if tok.is_title:
        return True
    return tok.is_alpha and tok.is_lower and len(tok) <= 3 and j + 1 < len(doc) and doc[j + 1].is_title \
        and doc[j + 1].tag_ == "NNP" and not doc[j - 1].whitespace_


def _names_after_titles(doc, ents: list, heads: set[str]) -> list:
    """Names the model missed after a title or a ministry ("Defence Minister Ivo Petrenko", "spokesman Ivo
    Kral", "the Foreign Ministry Tamir Al-Zorbani" tagged as one organisation)."""
    from spacy.tokens import Span

    full_heads = gazetteer().role_heads
    mods = _role_tokens()[1]
    taken = {i for e in ents if e.label_ in {"PERSON", "GPE", "LOC", "FAC"} for i in range(e.start, e.end)}
    extra = []
    i = 0
    while i < len(doc) - 2:
        k = key(doc[i].text)
        if (k in full_heads and doc[i].pos_ in {"NOUN", "PROPN"}) or (k in INSTITUTION_WORDS and doc[i].text[:1].isupper()):
            first = i + 1
            while first < len(doc) and doc[first].is_title and key(doc[first].text) in heads | mods:
                first += 1  # the rest of the title: "Chief Executive Officer Ivo Kral"
            j = _name_run(doc, first, doc[i].sent, taken, heads)
            named = sum(1 for t in doc[first:j] if t.is_alpha) >= 2 or (k in full_heads and _lone_name_after_title(doc, first, j))
            if named and not (j < len(doc) and key(doc[j].text) in full_heads):
                # ("Deputy Border Security Advisor Jan Kral": a portfolio between two title words, no name)
                extra.append(Span(doc, first, j, label="PERSON"))
                i = j
                continue
        i += 1
    return _replace_overlapping(ents, extra) if extra else ents


def _names_after_bodies(doc, ents: list) -> list:
    """Rule ``entity.name_after_body``: "the Deputy Speaker of the National Assembly of Ruritania Jan Roe" tagged as one
    organisation — after a title's "of", a body's name that ends on a country or a body word, then two or three
    capitalised words that name no body, place nor people, is the body and the title holder's name."""
    from spacy.tokens import Span

    extra = []
    for e in ents:
        if e.label_ != "ORG" or e.start < 2 or doc[e.start - 1].lower_ != "of" or \
                key(doc[e.start - 2].text) not in gazetteer().role_heads:
            continue
        for n in (2, 3):
            k = e.end - n
            if k - e.start >= 2 and _ends_a_body(doc, k) and _person_words(doc[k:e.end]):
                extra += [Span(doc, e.start, k, label="ORG"), Span(doc, k, e.end, label="PERSON")]
                break
    if not extra:
        return ents
    doc.ents = sorted(_replace_overlapping(list(doc.ents), extra), key=lambda x: x.start)  # the title rules read them
    return _replace_overlapping(ents, extra)


def _ends_a_body(doc, k: int) -> bool:
    """Does the token before ``k`` end a body's name: a body word, or a country's name ("… of Ruritania")?"""
    g, last = gazetteer(), doc[k - 1]
    return _in_list(last, INSTITUTION_WORDS | BODY_HEADS) or bool(g.country(last.text) or g.country(doc[k - 2:k].text))


def _person_words(span) -> bool:
    """Capitalised proper nouns that name no body, place, group nor country."""
    g, bodies = gazetteer(), INSTITUTION_WORDS | BODY_HEADS | GROUP_NOUNS | ORGAN_WORDS | PLACE_HEADS
    return all(t.tag_ == "NNP" and t.is_title and t.is_alpha and not _in_list(t, bodies) and not g.country(t.text)
               and not g.demonym(t.text) and not g.place(t.text) for t in span)


def _lone_name_after_title(doc, first: int, j: int) -> bool:
    """Rule ``entity.lone_name_after_title``: one capitalised word after a title ("Foreign Minister Halvorsen
    stressed …") that the model tagged as no name is a person's name when the text makes it a speaker again alone
    ("…, said Halvorsen") or a possessive follows it ("President Halvorsen's adviser"), and it is no known place,
    body, organ ("General Assembly"), month or common noun of a name."""
    if j != first + 1:
        return False
    tok = doc[first]
    if len(tok) < 3 or not tok.is_alpha or tok.tag_ != "NNP" or key(tok.text) in NOT_NAME_NOUNS | ORGAN_WORDS | \
            GENERIC_BODY_NOUNS:
        return False
    g = gazetteer()
    if g.place(tok.text) or g.country(tok.text) or g.institution(tok.text) or _a_date(doc, first, j):
        return False
    if j < len(doc) and doc[j].tag_ == "POS":
        return True  # "President Roewick's adviser": a title, one name and a possessive
    # used again as a speaker ("said Halvorsen", "Halvorsen told"): a person's name, not "General Assembly"
    return any(t.text == tok.text and t.i != first and t.tag_ == "NNP" and t.dep_ in {"nsubj", "nsubjpass"}
               and t.head.lemma_ in SPEECH_VERBS for t in doc)


def _names_before_titles(doc, ents: list, heads: set[str]) -> list:
    """Names the model missed before an apposed title ("Ivo Tamar Kral, head of the legal committee, said"): a run
    of two to four capitalised words no entity covers, naming no country nor people, that the parse makes the
    holder of a title word set off by a comma."""
    from spacy.tokens import Span

    g = gazetteer()
    full_heads, mods = gazetteer().role_heads, _role_tokens()[1]
    extra = []
    for title in doc:
        name = title.head
        if title.dep_ != "appos" or key(title.text) not in full_heads or name.i + 2 != title.i - (
                doc[title.i - 1].lower_ in {"the", "a", "an"}) or doc[name.i + 1].text != ",":
            continue
        first = name.i
        while first > name.sent.start and doc[first - 1].tag_ == "NNP" and doc[first - 1].head.i == name.i:
            first -= 1
        words = doc[first:name.i + 1]
        if not 2 <= len(words) <= 4 or any(t.ent_iob_ != "O" or not (t.is_alpha and t.is_title and t.tag_ == "NNP")
                                           or key(t.text) in heads | mods | INSTITUTION_WORDS
                                           or g.country(t.text) or g.demonym(t.text) for t in words):
            continue
        if first > name.sent.start and doc[first - 1].is_title and doc[first - 1].is_alpha:
            continue  # the run goes on to the left: not all of the name
        extra.append(Span(doc, first, name.i + 1, label="PERSON"))
    return _replace_overlapping(ents, extra) if extra else ents


def _bodies_run_on(doc, ents: list) -> list:
    """Organisations' names the model cut (rule ``entity.body_name_run_on``): "Baltic and Lindorian Affairs Bureau"
    split into an adjective and the rest ("Baltic" | "Lindorian Affairs Bureau": the capitalised word and "and" before
    a name ending in an institution or body noun, no country nor demonym of one), and "the Azure Party for the
    Future" cut before "for (the)" and capitalised words that name no place nor date (the name runs on to them)."""
    from spacy.tokens import Span

    extra = []
    for e in ents:
        if e.label_ != "ORG" or not (_in_list(doc[e.end - 1], INSTITUTION_WORDS) or _in_list(doc[e.end - 1], BODY_HEADS)):
            continue
        start, end = _adjective_and_before(doc, e.start), _for_words_after(doc, e.end)
        if (start, end) != (e.start, e.end):
            extra.append(Span(doc, start, end, label="ORG"))
    return _replace_overlapping(ents, extra) if extra else ents


def _portfolio_owner(doc, i: int, heads: set[str]) -> int | None:
    """Where the ministry or the title starts whose "of"-portfolio runs up to ``i`` ("Ministry of Foreign Affairs",
    "Minister for Trade"), else None: capitalised words back to "of"/"for" after a capitalised institution word or a
    title's head."""
    j = i
    while j > 1 and i - j < 8 and (doc[j].is_title or doc[j].lower_ in {"of", "for", "the", "and"}):
        if doc[j].lower_ in {"of", "for"} and doc[j - 1].is_title and (
                _in_list(doc[j - 1], INSTITUTION_WORDS) or _is_head(doc[j - 1], heads)):
            return j - 1
        j -= 1
    return None


def _portfolios_run_on(doc, ents: list, heads: set[str]) -> list:
    """"Ministry of Foreign Affairs and Regional Cooperation", "Minister of Foreign Affairs and Trade": the model
    cut the portfolio at "and" and called its second part a body of its own. After a ministry it is the ministry's
    name, which runs on to it; after a title it is the title's, no name (rule ``entity.body_name_run_on``)."""
    from spacy.tokens import Span

    out, extra = [], []
    for e in ents:
        owner = _portfolio_owner(doc, e.start - 2, heads) if e.label_ == "ORG" and e.start > 3 \
            and doc[e.start - 1].lower_ == "and" and doc[e.start - 2].is_title and all(t.is_title for t in e) else None
        if owner is None:
            out.append(e)
        elif _in_list(doc[owner], INSTITUTION_WORDS):
            extra.append(Span(doc, owner, e.end, label="ORG"))
    return _replace_overlapping(out, extra) if extra else out


def _adjective_and_before(doc, start: int) -> int:
    """Where a body's name starts when "<Capitalised> and" before it belongs to it ("Baltic and Lindorian …"); never
    before a name the model began with its article ("Varka and the Azure Union": two bodies)."""
    g = gazetteer()
    a = start - 2
    if a >= 1 and doc[start - 1].lower_ == "and" and doc[a].is_title and doc[a].is_alpha and doc[start].lower_ != "the" \
            and not (g.country(doc[a].text) or g.demonym(doc[a].text)) and not doc[a - 1].is_title \
            and doc[a - 1].text not in {",", "and"}:
        return a
    return start


def _for_words_after(doc, end: int) -> int:
    """Where a body's name ends when "for (the) <Capitalised words>" after it belong to it ("… Party for the
    Future"; never a place nor a date: "… Council for September")."""
    g = gazetteer()
    if end >= len(doc) or doc[end].lower_ != "for":
        return end
    j = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    k = j
    while k < len(doc) and doc[k].is_title and doc[k].is_alpha and g.place(doc[k].text) is None \
            and doc[k].ent_type_ not in {"DATE", "TIME"}:
        k += 1
    return k if k > j and (k == len(doc) or not doc[k].is_title) else end


def _after_owner(doc, start: int, end: int) -> int:
    """"the Foreign Ministry's Baltic Affairs Bureau" tagged as one name: the name is the part after an owner that
    is a generic institution or a country and its possessive mark; else ``start``."""
    cut = next((i for i in range(start + 1, end - 1) if doc[i].tag_ == "POS" or doc[i].text in POSSESSIVE_MARKS), None)
    if cut is None:
        return start
    owner = _name_text(doc, start, cut)
    return cut + 1 if _generic_institution(doc, start, cut)[0] or gazetteer().country(owner) \
        or _persons_name(doc, start, cut) else start


def _persons_name(doc, start: int, cut: int) -> bool:
    """Is the owner before a possessive inside an organisation's name a person ("Mr Roe's Azure" the model read as
    one name: the party is the Azure's, never "Roe's Azure")? An honorific before it, or a person the model names
    elsewhere in the text by that name or surname."""
    owner = doc[start:cut].text
    return (start > 0 and _an_honorific(doc[start - 1:start])) or any(
        e.label_ == "PERSON" and owner in {e.text, e[-1].text} for e in doc.ents)


def _country_phrases() -> list[str]:
    names = [k for k in gazetteer().countries if " " in k]
    return sorted(names + ["st. " + k[len("st "):] for k in names if k.startswith("st ")])  # "St. Lucia"


def _longest_countries(doc, ents: list) -> list:
    """Country names matched longest-first from the gazetteer (a PhraseMatcher): "Democratic Republic
    of the Congo" wins over the "Republic of the Congo" inside it, and over the pieces the model cut."""
    from spacy.tokens import Span

    extra = []
    for start, end in phrase_hits(doc, "places.countries", _country_phrases):
        over = [e for e in ents if e.start < end and e.end > start]
        if all(_clean_span(doc, e.start, e.end)[1] - _clean_span(doc, e.start, e.end)[0] < end - start
               or (e.label_ in {"PERSON", "ORG"} and _clean_span(doc, e.start, e.end) == (start, end)) for e in over):
            extra.append(Span(doc, start, end, label="GPE"))  # a country's whole name the model called a person
    return _replace_overlapping(ents, extra) if extra else ents


def _countries_cut_short(doc, ents: list) -> list:
    """"Côte d’Ivoire" where the model tagged only "Côte" (rule ``entity.country_cut_short``): a name that is no
    country but, with the one or two tokens right after it, spells one the gazetteer knows (whatever apostrophe or
    accents it is written with) is that country."""
    from spacy.tokens import Span

    g, extra = gazetteer(), []
    for e in ents:
        if e.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or g.country(e.text):
            continue
        head = _country_before(doc, e)
        if head is not None:  # "Democratic People’s Republic of X State Commission": the country, then the body
            extra += [Span(doc, head, e.start + 1, label="GPE"), Span(doc, e.start + 1, e.end, label=e.label_)]
            continue
        for n in (1, 2):
            end = e.end + n
            if end <= e.sent.end and not any(t.is_punct or t.is_space for t in doc[e.end:end]) \
                    and g.country(doc[e.start:end].text):
                extra.append(Span(doc, e.start, end, label="GPE"))
                break
    return _replace_overlapping(ents, extra) if extra else ents


def _country_before(doc, e) -> int | None:
    """Where a country's formal name starts that ends on the first word of ``e`` ("Democratic People’s Republic of"
    before "X State Commission"), the words before it untagged by the model or an adjective it cut; None otherwise."""
    g = gazetteer()
    if e.end - e.start < 2 or e.label_ != "ORG":
        return None
    for first in range(max(e.sent.start, e.start - 6), e.start):
        if doc[first].text[:1].isupper() and g.country(doc[first:e.start + 1].text) \
                and not any(t.ent_type_ and t.ent_type_ != "NORP" for t in doc[first:e.start]):
            return first
    return None


def _country_prefix(doc, start: int, end: int) -> int:
    """How many tokens from ``start`` make a country's name, leaving two or more after it; 0 when none."""
    g = gazetteer()
    for n in range(min(end - start - 2, 5), 0, -1):
        if g.country(doc[start:start + n].text):
            return n
    return 0


def _countries_before_names(doc, ents: list) -> list:
    """"Prime Minister of Ruritania Jan Kral": the model ran the country of a title and the holder's name into
    one name ("Ruritania Jan Kral"); after "<title> of" (or "for", "to": "the envoy for Ruritania Jan Kral",
    "Ambassador to Ruritania Jan Kral"), a country's name followed by capitalised name words only is cut into the
    country and the person, whom ``entity.title_of_country`` then gives that title."""
    from spacy.tokens import Span

    heads, _ = _role_tokens()
    not_names = INSTITUTION_WORDS | FACILITY_NOUNS | THING_HEADS | PLACE_HEADS | GROUP_NOUNS | BODY_HEADS
    out = []
    for e in ents:
        n = _country_prefix(doc, e.start, e.end) if e.label_ in {"PERSON", "ORG"} and e.start > 1 else 0
        rest = doc[e.start + n:e.end]
        if n and doc[e.start - 1].lower_ in {"of", "for", "to"} and _title_over_body(doc, e.start - 2, heads) \
                and not _apposed_to_person_before(doc[e.start - 2], doc[e.start]) and all(
                t.tag_ == "NNP" and t.is_title and not _in_list(t, not_names) for t in rest):
            out += [Span(doc, e.start, e.start + n, label="GPE"), Span(doc, e.start + n, e.end, label="PERSON")]
        else:
            out.append(e)
    return out


MAX_TITLE_BODY_WORDS = 6  # "Undersecretary of the Department of Foreign Affairs" of a country: the body's words


def _title_over_body(doc, i: int, heads: set[str]) -> bool:
    """Does a singular title end at ``i`` ("Prime Minister" of "Prime Minister of X"), or a title with the body or
    portfolio it holds ("Undersecretary of the Department of Foreign Affairs", "Undersecretary of Foreign Affairs"):
    capitalised words, "the" and "of" back to a title's head word followed by "of"?"""
    if i >= 1 and _is_head(doc[i], heads):
        return True
    for k in range(i - 1, max(-1, i - MAX_TITLE_BODY_WORDS - 1), -1):
        if _title_head_at(doc, k, heads) and doc[k + 1].lower_ == "of":
            return True
        if not (doc[k].is_title or doc[k].lower_ in {"of", "the"}):
            return False
    return False


def untagged_group_name(doc, i: int) -> int | None:
    """"the Real-ZPF group", "the ZPF faction" (rule ``entity.acronym_before_group_noun``): an upper-case word the
    model tagged nothing, right before the lower-case group noun it qualifies, is a group's name, with a capitalised
    word joined to it by a hyphen; the index the name starts at, else None (never a country, demonym or institution)."""
    g = gazetteer()
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if tok.ent_type_ or not (tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 6) or nxt is None \
            or tok.head != nxt or tok.dep_ != "compound" or not nxt.is_lower or not _in_list(nxt, GROUP_NOUNS) \
            or g.country(tok.text) or g.demonym(tok.text) or g.institution(tok.text):
        return None
    j = i
    while j - 2 >= tok.sent.start and doc[j - 1].text == "-" and not doc[j - 2].whitespace_ \
            and not doc[j - 1].whitespace_ and doc[j - 2].is_title and doc[j - 2].is_alpha:
        j -= 2
    return j


def _group_names_untagged(doc, ents: list) -> list:
    """Names of groups the model left untagged (``entity.acronym_before_group_noun``), as organisations."""
    from spacy.tokens import Span

    covered = {i for e in ents for i in range(e.start, e.end)}
    found = [Span(doc, j, tok.i + 1, label="ORG") for tok in doc
             if tok.i not in covered and (j := untagged_group_name(doc, tok.i)) is not None
             and not covered & set(range(j, tok.i))]
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _defined_acronyms_untagged(doc, ents: list) -> list:
    """An acronym the article defines for a body ("the Zenda Liberation Front (FLZ)"), used later where the model tagged
    nothing ("Later, the FLZ issued a statement"; rule ``entity.defined_acronym_untagged``), as an organisation."""
    from spacy.tokens import Span

    defined = {d.acronym for d in definitions(doc) if d.name and not _title_acronym(d.acronym, d.words)}
    if not defined:
        return ents
    covered = {i for e in ents for i in range(e.start, e.end)}
    found = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in defined and t.i not in covered
             and not (t.i > 0 and doc[t.i - 1].text == "(")]
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _title_acronym(acronym: str, name: str) -> bool:
    """Does the acronym stand for holders of a title ("the Chiefs of Border Operations (CBOs)": a rank or
    an office acronym of ``roles.yml``, singular or plural, or a name that opens with a title's word), not a body?"""
    g = gazetteer()
    forms = {key(acronym), key(acronym.removesuffix("s"))}
    first = key(name.split()[0]) if name.split() else ""
    return bool(forms & (g.honorifics | set(g.title_abbreviations))) or bool({first, first.removesuffix("s")} & g.role_heads)


def _untagged_places(doc, ents: list) -> list:
    """Well-known places the model left untagged ("inviting the premier to Lisbon"), and any place the gazetteer
    knows, however small, that the model left untagged right under "in"/"at" of a meeting word ("after long talks
    in Varnholm", rule ``entity.untagged_meeting_place``: nobody meets in anything else a gazetteer name may be)."""
    from spacy.tokens import Span

    g = gazetteer()
    covered = {i for e in ents for i in range(e.start, e.end)} - _places_opening_dates(ents)
    found = []
    for tok in doc:
        if tok.i in covered or tok.tag_ != "NNP" or not tok.is_title or not tok.is_alpha or len(tok.text) < 4:
            continue
        place = g.place(tok.text)
        if place is not None and (place.kind == "country" or place.population >= 500_000 or _meeting_locative(tok)):
            found.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _places_opening_dates(ents: list) -> set[int]:
    """Rule ``entity.place_opening_date``: "in Lindor on December 6" where the model tagged "Lindor" as a date (alone,
    or opening a date that goes on after "on" or "in"): a capitalised word with no digit that is no calendar word is
    free to be read as a place (the gazetteer decides)."""
    from ..published import calendar

    cal = calendar()
    calendar_words = {str(w).lower() for w in [*cal["month_names"], *cal["weekdays"]]}
    return {e.start for e in ents if e.label_ == "DATE" and e[0].is_title and e[0].is_alpha
            and e[0].lower_ not in calendar_words and (len(e) == 1 or e[1].lower_ in {"on", "in"})}


_INSTITUTION_MATCHERS: dict[int, tuple] = {}  # id(vocab) → (vocab, PhraseMatcher)


def _institution_matcher(vocab):
    """A PhraseMatcher of the names of several words institutions.yml gives (aliases too: "No 10", "State
    Department"), as they are written."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    held = _INSTITUTION_MATCHERS.get(id(vocab))
    if held is None or held[0] is not vocab:
        matcher = PhraseMatcher(vocab, attr="ORTH")
        names = sorted({n for spec in gazetteer().institutions.values() for n in [spec["name"], *(spec.get("aliases") or [])]
                        if len(n.split()) > 1})
        matcher.add("INSTITUTION", [Doc(vocab, words=n.split()) for n in names])
        held = _INSTITUTION_MATCHERS[id(vocab)] = (vocab, matcher)
    return held[1]


def _untagged_institutions(doc, ents: list) -> list:
    """Rule ``entity.untagged_institution``: an institution of several words institutions.yml knows ("No 10",
    "Number 10") that the model left untagged is an organisation's name."""
    from spacy.tokens import Span

    covered = {i for e in ents for i in range(e.start, e.end)}
    found = [Span(doc, a, b, label="ORG") for _, a, b in _institution_matcher(doc.vocab)(doc)
             if not any(i in covered for i in range(a, b))]
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _meeting_locative(tok) -> bool:
    """``tok`` is the object of "in"/"at" that hangs right from a meeting noun or verb ("talks in X", "met at X")."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in MEETING_PLACE_PREPS and head.head.lemma_.lower() in MEETING_PLACE_GOVERNORS


def _surname_forms(ents: list) -> set[str]:
    """How the people named in full may be named alone: "Kral", "al-Zarrafi" (from "Hakim al-Zarrafi")."""
    out = set()
    for e in ents:
        titled = len(e) == 1 and e.start > 0 and key(e.doc[e.start - 1].text) in role_heads()  # "Minister Halvorsen"
        if e.label_ != "PERSON" or (len(e) < 2 and not titled):
            continue
        out.add(e[-1].text)
        out.add(e.doc[max(e.start + 1, _hyphenated_word_start(e.doc, e.end - 1)):e.end].text)  # "Saint-Clair"
        for k, tok in enumerate(e[1:-1], start=1):
            if tok.lower_.rstrip("-") in NAME_PARTICLES:
                out.add(e[k:].text)  # "al-Zarrafi", "bin Qasar"
                out.add(e[k:].text[:1].upper() + e[k:].text[1:])  # "Von der Leyen said" opening a sentence
                break
    return out


def _surnames_as_people(doc, ents: list) -> list:
    """Organisations and places the model made of a person's surname, relabelled as people when the
    surname is that of a person named in full in the same text (the small model often calls a bare
    surname an ORG or a GPE), and bare surnames it missed."""
    from spacy.tokens import Span

    g = gazetteer()
    surnames = _surname_forms(ents)
    out = [Span(doc, e.start, e.end, label="PERSON") if _a_person_after_all(e, surnames | _given_names(ents), g)
           else e for e in ents]
    covered = {i for e in out for i in range(e.start, e.end)}
    extra = []
    for t in doc:
        first = _hyphenated_word_start(doc, t.i)
        if t.i not in covered and first not in covered and doc[first:t.i + 1].text in surnames \
                and _read_as_name(doc[first]):
            extra.append(Span(doc, first, t.i + 1, label="PERSON"))
    return sorted(out + extra, key=lambda e: e.start) if extra else out


def _hyphenated_word_start(doc, i: int) -> int:
    """Where the hyphenated word that ends at ``i`` starts ("Saint-Clair": at "Saint"); ``i`` itself for a plain word."""
    while i >= 2 and _glued_hyphen(doc, i - 1):
        i -= 2
    return i


def _given_names(ents: list) -> set[str]:
    """The first names of the people named in full ("Ilse" of "Ilse Marrow"), which the press uses alone for
    many people; a title or an honorific at the front of the span is no given name."""
    g = gazetteer()
    heads, mods = _role_tokens()
    return {e[0].text for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[0].is_title
            and key(e[0].text) not in heads | mods and key(e[0].text) not in g.honorifics}


def _read_as_name(t) -> bool:
    """A surname standing alone: a proper noun not after another capitalised word, or the capitalised subject
    the tagger took for a common noun, singular or plural ("Crane urged …" at the start of a sentence)."""
    if t.i and t.nbor(-1).is_title and not t.is_sent_start:
        return False
    # a surname ending in -s is often tagged as a plural common noun (NNS) at the start of a sentence
    return t.tag_ in {"NNP", "NNPS"} or (t.tag_ in {"NN", "NNS"} and t.is_title and t.dep_ in {"nsubj", "nsubjpass"})


def _a_person_after_all(e, surnames: set[str], g) -> bool:
    """An ORG/GPE/LOC the model made of a person: a surname of someone named in full, or a single word
    no gazetteer knows that is the subject of a speech verb ("Kral told state television")."""
    if e.label_ not in {"ORG", "GPE", "LOC", "NORP"} or g.country(e.text):
        return False
    if _clean_text(e) in surnames or _apposed_to_a_title(e, g):
        return True
    root = e.root
    # (not a plural or a word after an article, "the two Ruritanias announced", "the South confirmed": places or a
    # region, no one's name)
    return len(e) == 1 and e.label_ in {"GPE", "LOC"} and g.place(e.text) is None and root.dep_ == "nsubj" \
        and root.head.lemma_ in SPEECH_VERBS and root.tag_ != "NNPS" \
        and not any(c.dep_ in {"nummod", "det"} for c in root.children)


def _apposed_to_a_title(e, g) -> bool:
    """"the Prime Minister of Ruritania, Jan Roe": a name of two to four capitalised proper nouns that no gazetteer
    knows, apposed to a singular person's title (``entity.title_apposed``), is that person's, whatever label the
    model gave it (never a body: none of its words names one)."""
    if not 2 <= len(e) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in e):
        return False
    bodies = INSTITUTION_WORDS | BODY_HEADS | GROUP_NOUNS | ORGAN_WORDS
    if g.place(e.text) or g.institution(e.text) or any(_in_list(t, bodies) or g.demonym(t.text) or g.country(t.text)
                                                       for t in e):
        return False
    head = _apposed_title(e.doc, e.start, e.end)
    if head is None:  # the title after the name: a "head" there is a person's title too (title_after_name_heads)
        after = _title_apposed_after(e)
        return after is not None and key(after.text) in PERSON_TITLE_HEADS | words("title_after_name_heads")
    # not any title: "the head of X, Y" may be a body
    return key(e.doc[head].text) in PERSON_TITLE_HEADS


def _title_apposed_after(e):
    """"Jan Roe, head of Ruritania's main farmers' union, told …" (``entity.title_apposed``, the title after the
    name): the singular title word right after the name's comma that the parse makes the name's apposition, with no
    indefinite article ("a chairman of" may be anyone's description); None otherwise."""
    doc = e.doc
    if e.end + 1 >= len(doc) or doc[e.end].text != ",":
        return None
    tok = doc[e.end + 1]
    if tok.dep_ != "appos" or tok.head.i != e.root.i or tok.tag_ not in {"NN", "NNP"} or any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return None
    return tok


def _clean_text(span) -> str:
    start, end = _clean_span(span.doc, span.start, span.end)
    return span.doc[start:end].text


def _entities(doc, heads: set[str]):
    """The model's entities, with country names longest-first, names it missed after a title, well-known
    places it left untagged, and bare surnames of people named in the text."""
    ents = _countries_cut_short(doc, _longest_countries(doc, list(doc.ents)))
    ents = _numbered_bodies(doc, _bodies_taken_for_people(_whole_hyphenated_words(doc, ents)))
    ents = _places_by_head(_given_name_abbreviations(doc, _names_over_particles(doc, _particle_places(doc, ents))))
    ents = _countries_before_names(doc, ents)
    ents = _names_after_titles(doc, _names_after_bodies(doc, ents), heads)
    ents = _names_before_titles(doc, ents, heads)
    ents = _portfolios_run_on(doc, _bodies_run_on(doc, ents), heads)
    ents = _group_names_untagged(doc, _untagged_institutions(doc, _untagged_places(doc, ents)))
    ents = _defined_acronyms_untagged(doc, _office_words_run_on(doc, _place_first_names(doc, ents)))
    ents = _split_name_lists(doc, _subjects_after_commas(doc, ents), _surname_forms(ents) | _given_names(ents))
    ents = _people_in_lists_of_people(doc, ents) + _names_after_portfolios(doc, ents, heads)
    ents = people_with_aliases(doc, sorted(ents, key=lambda e: e.start))
    ents = _companies_named(doc, _surnames_as_people(doc, _people_after_demonyms(doc, ents, _surname_forms(ents))))
    return _names_after_honorifics(doc, ents, heads)


def _names_after_honorifics(doc, ents: list, heads: set[str]) -> list:
    """Rule ``entity.honorific_name``: a capitalised proper name right after a courtesy honorific (:func:`_courtesy`:
    "“…,” Ms Novak said", "Mr Kral did not comment") is a person's, whatever the model labelled it or if it labelled
    nothing; never a title ("Mr President", "Madam Speaker"), a country, nor a body's name."""
    from spacy.tokens import Span

    g = gazetteer()
    out, covered = [], {i for e in ents for i in range(e.start, e.end)}
    for e in ents:
        after = e.start > 0 and _courtesy(doc[e.start - 1])
        relabel = after and e.label_ in {"ORG", "GPE", "LOC", "NORP", "FAC"} and not g.country(e.text) \
            and not _is_head(doc[e.start], heads)
        out.append(Span(doc, e.start, e.end, label="PERSON") if relabel else e)
    for t in doc:
        if t.i in covered or not t.i or not _bare_name_word(t, heads) or t.nbor(-1).i in covered \
                or not _courtesy(t.nbor(-1)):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i < 3 and end not in covered and _bare_name_word(doc[end], heads):
            end += 1
        if key(doc[end - 1].text) in INSTITUTION_WORDS:
            continue  # "Lord Mayor's Office", "Sir Lindor Trust": a body's name
        out.append(Span(doc, t.i, end, label="PERSON"))
        covered.update(range(t.i, end))
    return sorted(out, key=lambda e: e.start)


def _courtesy(tok) -> bool:
    """A courtesy honorific of the lexicon ("Mr", "Ms.", "Mrs", "Sir", "Sheikh"; ``male_honorifics``,
    ``female_honorifics``), never a rank or a style ("General", "the Honourable"), which also opens bodies' names."""
    return tok.text[:1].isupper() and key(tok.text.rstrip(".")) in words("male_honorifics") | words("female_honorifics")


def _bare_name_word(tok, heads: set[str]) -> bool:
    """A capitalised proper noun that is no title word and no honorific."""
    return tok.tag_ == "NNP" and tok.is_title and tok.is_alpha and not _is_head(tok, heads) \
        and not _an_honorific(tok.doc[tok.i:tok.i + 1]) and key(tok.text) not in title_words()


def _whole_hyphenated_words(doc, ents: list) -> list:
    """"the Northern Economic Co" + "-operation" (rule ``entity.whole_hyphenated_word``): a name the model ended inside
    a hyphenated word goes on to the word's end, over lower-case parts glued by hyphens ("Co-operation"); one the
    model began after a hyphen starts with the word's first part ("Saint-" + "Clair")."""
    from spacy.tokens import Span

    starts = {e.start for e in ents}
    ends = {e.end for e in ents}
    out = []
    for e in ents:
        start, end = e.start, e.end
        while e.label_ == "PERSON" and start >= 2 and _glued_hyphen(doc, start - 1) and doc[start - 2].is_title \
                and doc[start - 2].is_alpha and start - 1 not in ends:
            start -= 2  # "Saint-" + "Clair continued": the model tagged only the part after the hyphen
        while end + 1 < len(doc) and _glued_hyphen(doc, end) and doc[end + 1].is_alpha and doc[end + 1].is_lower \
                and end + 1 not in starts \
                and doc[end + 1].tag_ not in {"VBN", "VBD", "VBG"} and not doc[end + 1].lower_.endswith("ed") \
                and not (end + 2 < len(doc) and doc[end + 2].text in {"-", "‐"} and not doc[end + 1].whitespace_):
            # not "the X Front-backed fighters" (an adjective), nor "X-e-Y" (a particle between two names)
            end += 2
        out.append(e if (start, end) == (e.start, e.end) else Span(doc, start, end, label=e.label_))
    return out


def _bodies_taken_for_people(ents: list) -> list:
    """"Acme Zorbox", "Acme Quill" tagged as people (rule ``entity.body_taken_for_person``): a name of two or more
    words whose first word the model tags alone as an organisation elsewhere in the text is that body's (a product, a
    division), never a person's, whose given name would make the body's name a person too."""
    from spacy.tokens import Span

    bodies = {e.text for e in ents if e.label_ == "ORG" and len(e) == 1}
    return [Span(e.doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and len(e) > 1 and e[0].text in bodies
            and not _after_a_title(e) else e for e in ents]


def _after_a_title(e) -> bool:
    """"Chairman Zen Do-yun": a name a person's title stands right before is a person's, whatever its first word is
    called alone elsewhere (a family name that comes first, "Zen said …")."""
    before = e.doc[e.start - 1] if e.start > 0 else None
    return before is not None and not before.is_stop and key(before.text) in role_heads()


def _numbered_bodies(doc, ents: list) -> list:
    """"Union Local 862" (rule ``entity.numbered_body``): a body's name the model ended at a word its number
    completes (``numbered_body_words``: local, district …) goes on over the number. The plural before numbers
    ("the Union Divisions 7 and 24") names parts of the body: the name ends before it."""
    from spacy.tokens import Span

    named = {e.start for e in ents if e.label_ != "CARDINAL"}
    plurals = {w + "s" for w in words("numbered_body_words")}
    out, numbers = [], set()
    for e in ents:
        nxt = doc[e.end] if e.end < len(doc) else None
        grow = e.label_ == "ORG" and nxt is not None and nxt.is_digit and e.end not in named \
            and doc[e.end - 1].lower_ in words("numbered_body_words")
        if e.label_ == "ORG" and nxt is not None and nxt.like_num and len(e) > 1 and doc[e.end - 1].lower_ in plurals:
            out.append(Span(doc, e.start, e.end - 1, label=e.label_))
            continue
        out.append(Span(doc, e.start, e.end + 1, label=e.label_) if grow else e)
        numbers |= {e.end} if grow else set()
    return [e for e in out if not (e.label_ == "CARDINAL" and e.start in numbers)]


PARTICLE_PLACE_WORDS = range(3, 6)  # "Caxias do Sul" … "Bom Jesus da Lapa": how many words such a name may have


def _particle_places(doc, ents: list) -> list:
    """Rule ``entity.particle_place``: a town the gazetteer knows whose name holds a lower-case particle ("Caxias do
    Sul", "Mar del Plata") is one place, however the model cut it ("Caxias" alone, or nothing): capitalised words
    around lower-case ones that spell exactly such a name replace the entities they overlap."""
    from spacy.tokens import Span

    found, i = [], 0
    while i < len(doc):
        span = next((doc[i:i + n] for n in reversed(PARTICLE_PLACE_WORDS)
                     if i + n <= len(doc) and _particle_name(doc[i:i + n]) and _gazetteer_name(doc[i:i + n].text)), None)
        if span is not None:
            found.append(Span(doc, span.start, span.end, label="GPE"))
        i = span.end if span is not None else i + 1
    if not found:
        return ents
    covered = {k for e in found for k in range(e.start, e.end)}
    return sorted([e for e in ents if not any(k in covered for k in range(e.start, e.end))] + found,
                  key=lambda e: e.start)


def _gazetteer_name(text: str) -> bool:
    """Is ``text`` exactly the name of a place the gazetteer knows (not a spelling it folds to another)?"""
    place = gazetteer().place(text)
    return place is not None and key(place.name) == key(text)


def _particle_name(span) -> bool:
    """Capitalised words at both ends, and between them at least one lower-case word that is no longer than a
    particle ("do", "del", "es"), the rest capitalised."""
    inner = span[1:-1]
    return span[0].is_title and span[-1].is_title and any(t.is_lower and t.is_alpha and len(t) <= 3 for t in inner) \
        and all(t.is_title or (t.is_lower and t.is_alpha and len(t) <= 3) for t in inner)


def _names_over_particles(doc, ents: list) -> list:
    """"Ursula von der" + "Leyen" (rule ``entity.name_over_particle``): a person's name the model ended on a name
    particle (``name_particles``: von, der, van, bin, al) goes on over any further particles to the capitalised
    word after them, and over the rest of an entity that word starts (which is then no entity of its own)."""
    from spacy.tokens import Span

    particles = NAME_PARTICLES | words("reconcile", "name_particles")
    starts = {e.start: e for e in ents}
    out, gone = [], set()
    for e in ents:
        if e.start in gone:
            continue
        end = e.end
        while e.label_ == "PERSON" and end < len(doc) and doc[end - 1].lower_ in particles and doc[end].lower_ in particles:
            end += 1
        if e.label_ == "PERSON" and end < len(doc) and doc[end - 1].lower_ in particles and doc[end].is_title \
                and doc[end].is_alpha:
            nxt = starts.get(end)
            gone.add(end)
            e = Span(doc, e.start, nxt.end if nxt is not None else end + 1, label="PERSON")
        out.append(_name_before_patronymic(doc, e))
    return out


def _name_before_patronymic(doc, e):
    """"HH Sheikh Tarik" + "bin Anton Al Varnel" (rule ``entity.name_before_patronymic``): a person's name the model
    started on a patronymic particle (``patronymic_particles``: bin, ibn) takes the capitalised word before it, the
    given name the particle follows; a title or an honorific there is no given name, and the name stays as it is."""
    from spacy.tokens import Span

    start = e.start
    if e.label_ != "PERSON" or doc[start].lower_ not in words("patronymic_particles") or start == 0:
        return e
    before = doc[start - 1]
    if not (before.is_alpha and before.is_title) or key(before.text) in gazetteer().honorifics or \
            _is_head(before, _role_tokens()[0]) or before.ent_type_ in {"GPE", "NORP", "ORG"}:
        return e
    return Span(doc, start - 1, e.end, label="PERSON")


def _places_by_head(ents: list) -> list:
    """"Kora Shoal", "Lian Jiao" that the model called a person: a name ending with a place's head noun
    (``place_heads``: a shoal, a reef, a district), or one joined by "and"/"or" to such a name that the head ends
    ("Kora and Lian Shoal": two shoals), is a place, so none of its words is taken for a person's given name or
    surname elsewhere in the text (rule ``entity.place_head``)."""
    from spacy.tokens import Span

    headed = {e.start for e in ents if _in_list(e[-1], PLACE_HEADS)}
    return [Span(e.doc, e.start, e.end, label="LOC") if e.label_ == "PERSON" and (
        e.start in headed or (e.end + 1 < len(e.doc) and e.doc[e.end].lower_ in {"and", "or"} and e.end + 1 in headed))
        else e for e in ents]


def _given_name_abbreviations(doc, ents: list) -> list:
    """"Ma. Jane P. Roe" that the model read as two people, "Ma" and "Jane P. Roe" (rule
    ``entity.given_name_abbreviation``): a person's name ending with an abbreviated given name (lexicon
    ``given_name_abbreviations``) and its dot, right before another person's name, is the start of that name."""
    from spacy.tokens import Span

    out = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == e.label_ == "PERSON" and e.start == prev.end + 1 \
                and doc[prev.end].text == "." and not doc[prev.end - 1].whitespace_ \
                and doc[prev.end - 1].lower_ in words("given_name_abbreviations") and doc[prev.end - 1].is_title:
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
            continue
        out.append(e)
    return out


def _people_in_lists_of_people(doc, ents: list) -> list:
    """"the ministers, Jan Kral and Ivo Petrenko": a name of two or three capitalised words no gazetteer knows,
    that the model called a place or a body, joined by "and" or a comma to a person's name (a conjunct of it, or
    its own conjunct is one) is a person too (``entity.coordinated_with_person``); not a name that ends with the noun
    of a body ("X and European Commission vice-president Y": ``institution_words``, ``generic_body_nouns``)."""
    from spacy.tokens import Span

    g = gazetteer()
    people = {t.i for e in ents if e.label_ == "PERSON" for t in e}
    out = []
    for e in ents:
        root = e.root
        linked = (root.dep_ == "conj" and root.head.i in people) or any(
            c.dep_ == "conj" and c.i in people for c in root.children)
        if e.label_ in {"GPE", "LOC", "ORG", "FAC"} and 2 <= len(e) <= 3 and linked and g.place(e.text) is None \
                and not g.institution(e.text) and all(t.tag_ == "NNP" and t.is_title and t.ent_type_ != "ORDINAL"
                                                      for t in e) \
                and e[-1].lower_ not in INSTITUTION_WORDS | words("generic_body_nouns"):
            out.append(Span(doc, e.start, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


MAX_PORTFOLIO = 9  # words between a title's head and the name after its portfolio ("Minister of State for X and Y")


def _names_after_portfolios(doc, ents: list, heads: set[str]) -> list:
    """"Minister of State for the Northlands Jan Kral", "Minister of Communications and Information Jan Kral": a name
    the model missed after a title's portfolio that ends with a place it tagged or a portfolio word
    (``entity.name_after_portfolio``): the run of two or three untagged capitalised words, no
    title words among them, between that place and the end of the capitalised phrase."""
    from spacy.tokens import Span

    mods = _role_tokens()[1]
    found = []
    for tok in doc:
        if key(tok.text) not in gazetteer().role_heads or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in {"of", "for"}:
            continue
        j = tok.i + 1
        while j < min(len(doc), tok.i + MAX_PORTFOLIO + 1) and (doc[j].lower_ in {"of", "for", "and", "the"} or (
                doc[j].tag_ in {"NNP", "NNPS"} and doc[j].is_title)):
            j += 1
        k = j
        while k > tok.i + 1 and not doc[k - 1].ent_type_ and doc[k - 1].tag_ == "NNP" and doc[k - 1].is_alpha \
                and key(doc[k - 1].text) not in heads | mods:
            k -= 1
        ends_portfolio = doc[k - 1].ent_type_ in {"GPE", "LOC"} or key(doc[k - 1].text) in PORTFOLIO_NOUNS | ORGAN_WORDS
        if 2 <= j - k <= 3 and ends_portfolio:
            found.append(Span(doc, k, j, label="PERSON"))
    return found


LIST_SEPARATORS = {",", "and", "&"}


def _split_name_lists(doc, ents: list, known: set[str]) -> list:
    """"Kral, Roe and Lind" that the model tagged as one organisation is a list, and "the Valdoria Ruritania
    dialogue" two countries side by side (``entity.name_list``): when two parts or more are people's surnames
    of the same text or countries' names, each part that is one becomes a name of its own and the others are
    dropped; a whole span that is a country's or an institution's name ("Valdoria and Ostmark", one country) stays."""
    from spacy.tokens import Span

    g = gazetteer()
    bodies = {re.sub(r"^[Tt]he ", "", e.text) for e in ents
              if e.label_ == "ORG" and not any(t.lower_ in LIST_SEPARATORS for t in e)}
    out = []
    for e in ents:
        parts = [] if e.label_ not in ENT_LABELS or g.country(e.text) or g.institution(e.text) \
            else _list_parts(e)
        named = [(a, b, "PERSON" if doc[a:b].text in known else "GPE") for a, b in parts
                 if doc[a:b].text in known or g.country(doc[a:b].text)]
        if len(named) < 2:
            named = _bodies_listed(doc, parts, bodies)
        if len(named) < 2:
            out.append(e)
            continue
        out += [Span(doc, a, b, label=label) for a, b, label in named]
    return out


def _subjects_after_commas(doc, ents: list) -> list:
    """Rule ``entity.subject_after_comma``: "… on the sidelines of ZX29, Zendanews reports." that the model tagged as one
    name "ZX29, Zendanews": the words after the comma are the subject of the verb right after the span (or of a
    speech verb that closes the sentence, however the parser hung it), a name of their own; the words before it stay
    a name of their own too."""
    from spacy.tokens import Span

    out = []
    for e in ents:
        commas = [t.i for t in e if t.text == ","]
        after = doc[e.end] if e.end < e.sent.end else None
        if not commas or after is None or after.pos_ != "VERB" or e.label_ not in {"ORG", "PERSON"}:
            out.append(e)
            continue
        rest = doc[commas[-1] + 1:e.end]
        closing = after.lemma_ in words("speech_verbs") and _closes_sentence(after)
        if not rest or not (closing or (rest.root.dep_ == "nsubj" and rest.root.head.i == after.i)):
            out.append(e)
            continue
        out += [x for x in (Span(doc, e.start, commas[-1], label=e.label_), Span(doc, rest.start, e.end, label=e.label_))
                if len(x) and x[0].text[:1].isupper()]
    return out


def _bodies_listed(doc, parts: list[tuple[int, int]], bodies: set[str]) -> list[tuple[int, int, str]]:
    """Rule ``entity.body_list``: "X and the Y Union" that the model tagged as one organisation, when every part (an
    article aside) is a body the text names on its own elsewhere or one the gazetteer knows, is two bodies; one part
    the text never names alone ("the Ministry of Foreign Affairs and Trade") keeps the whole name."""
    g = gazetteer()
    out = []
    for a, b in parts:
        a += doc[a].lower_ == "the" and b - a > 1
        if doc[a:b].text not in bodies and not g.institution(doc[a:b].text) and not g.country(doc[a:b].text):
            return []
        out.append((a, b, "GPE" if g.country(doc[a:b].text) else "ORG"))
    return out


def _list_parts(e) -> list[tuple[int, int]]:
    """The (start, end) of each part of a span that may be a list: the words between separators ("," "and"
    "&"), or each word when every word is a country's name; none for any other span."""
    if any(t.lower_ in LIST_SEPARATORS for t in e[1:-1]):
        parts, a = [], e.start
        for t in e:
            if t.lower_ in LIST_SEPARATORS:
                parts += [(a, t.i)] if t.i > a else []
                a = t.i + 1
        return parts + ([(a, e.end)] if e.end > a else [])
    g = gazetteer()
    if len(e) >= 2 and all(t.is_alpha and g.country(t.text) for t in e):
        return [(t.i, t.i + 1) for t in e]
    return []


def _people_after_demonyms(doc, ents: list, surnames: set[str]) -> list:
    """"Ruritanian Kral" that the model tagged as one name: a demonym before the surname of someone the text
    names in full is that person (``entity.demonym_before_surname``); the demonym is left to the title reader."""
    from spacy.tokens import Span

    g = gazetteer()
    out = []
    for e in ents:
        if len(e) >= 2 and e.label_ in {"ORG", "NORP", "PERSON"} and g.demonym(e[0].text) \
                and not g.country(e[0].text) and e[1:].text in surnames:
            out.append(Span(doc, e.start + 1, e.end, label="PERSON"))
        else:
            out.append(e)
    return out


ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
NAME_SMALL_WORDS = {"of", "the", "and", "for", "on", "de"}


def _not_a_name(doc, start: int, end: int, label: str) -> bool:
    """Spans the model tagged that are not names of their own: a title swallowed into an ORG ("Elysee
    Press" before "Secretary"), role words ("Defence"), phrases ("Western platforms &")."""
    g = gazetteer()
    heads, mods = _role_tokens()
    toks = doc[start:end]
    text = _name_text(doc, start, end)
    if not text or not re.search(r"[A-Za-z]", text):
        return True
    if _words_say_no_name(doc, start, end, label, text):
        return True
    if label == "PERSON" and _not_a_persons_last_word(doc, start, end):
        return True
    if label != "ORG":
        return False
    if _portfolio_before_title(doc, end, toks, heads) or _cut_before_particle(doc, end) \
            or _body_in_title(doc, start, end, heads) or _cut_at_title_demonym(doc, start, end, heads):
        return True
    if end < len(doc) and key(doc[end].text) in heads and all(key(t.text) in heads | mods for t in toks[1:]) \
            and (len(toks) == 1 or g.institution(toks[0].text) or g.country(toks[0].text)):
        return True  # part of a title; the person's mention records the affiliation
    if _title_words_only(doc, start, end, heads, mods) or _no_body_where_it_stands(doc, start, end):
        return True
    return any(t.is_lower and t.is_alpha and t.lower_ not in NAME_SMALL_WORDS and key(t.text) not in _outlet_words()
               and not _joined_between_capitals(doc, t.i) for t in toks)


def _not_a_persons_last_word(doc, start: int, end: int) -> bool:
    """Rule ``entity.not_a_persons_last_word``: a person's name never ends on a word of ``not_person_last_words``
    ("Zendara State", "the X Bill"): a span the model called a person that does is a place, a body or a text. One such
    word alone is one too after a word in lower case ("the Bill was registered", "a contentious Bill", "the amnesty
    Bill"); "Bill said" opens no such phrase."""
    last = doc[end - 1]
    if not last.is_title or key(last.text) not in words("not_person_last_words"):
        return False
    return end - start >= 2 or (start > 0 and doc[start - 1].is_alpha and (
        doc[start - 1].is_lower or doc[start - 1].lower_ in {"the", "a", "an"}))


def _capital_of_the_sentence_start(doc, start: int, end: int) -> bool:
    """Rule ``entity.sentence_start_capital``: one word that opens its sentence and that the tagger reads as a verb,
    an adjective or an adverb ("Dockside workers are seeking …", "“Suffice it to say …”") owes its capital to its place,
    not to a name."""
    tok = doc[start]
    if end - start != 1 or not _opens(doc, start):
        return False
    if _common_word_of_the_text(doc, tok):
        return True
    return tok.tag_ in {"JJ", "JJR", "JJS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB"} \
        and all(t.is_punct for t in doc[tok.sent.start:start])


def _opens(doc, i: int) -> bool:
    """Does the word at ``i`` open its sentence, its line or a quotation (only punctuation before it)?"""
    j = i - 1
    while j >= doc[i].sent.start and doc[j].is_punct and "\n" not in doc[j].text:
        j -= 1
    return j < doc[i].sent.start or doc[j].is_space or "\n" in doc[j].whitespace_ + doc[j].text


def _opens_quote(doc, i: int) -> bool:
    """Does the word at ``i`` come right after an opening quotation mark?"""
    return i > 0 and doc[i - 1].text in {"“", '"', "‘"} and (i == 1 or doc[i - 2].whitespace_ or doc[i - 2].is_space
                                                            or doc[i - 2].is_punct)


def _common_word_of_the_text(doc, tok) -> bool:
    """Rule ``entity.sentence_start_common_noun``: a word the text writes in lower case as a common noun, and with a
    capital only where a quotation opens ("“Time is of the essence,” … little time left") or where a sentence opens
    and the tagger reads a common noun, is that noun; "Labour said …" beside "the labour market" stays a name."""
    same = [t for t in doc if t.lower_ == tok.lower_]
    return any(t.is_lower and t.pos_ == "NOUN" for t in same) and all(
        t.is_lower or _opens_quote(doc, t.i) or (t.tag_ in {"NN", "NNS"} and _opens(doc, t.i)) for t in same)


def _no_body_where_it_stands(doc, start: int, end: int) -> bool:
    """Capitals the words around them make no body: a sentence's start, a portfolio, a place's code, a measure's
    scale, a thing."""
    return _capital_of_the_sentence_start(doc, start, end) or _portfolio_after_title_word(doc, start, end) \
        or _code_after_place(doc, start, end) or _unit_after_number(doc, start, end) \
        or _thing_after_indefinite(doc, start, end)


def _portfolio_after_title_word(doc, start: int, end: int) -> bool:
    """Rule ``entity.portfolio_after_title``: the words right after "Minister for", "Secretary of" or "Committee on"
    (``portfolio_title_heads``, ``topic_body_heads``) name a portfolio or a topic ("Minister for Customs", "the
    Committee on National Wages"), no body of their own."""
    if start < 2:
        return False
    prep, head = doc[start - 1].lower_, key(doc[start - 2].text)
    if any(t.is_upper and len(t) > 1 for t in doc[start:end]) or gazetteer().institution(doc[start:end].text):
        return False  # "Executive Secretary of ZN Water Watch": an acronym or a known body tells a body
    return (prep in {"for", "of"} and head in words("portfolio_title_heads")) or (
        prep == "on" and head in words("topic_body_heads"))


def _code_after_place(doc, start: int, end: int) -> bool:
    """Rule ``entity.code_after_place``: capitals in brackets right after a place's name that do not spell it
    ("Lisbon (LIS)", an airport's code; "Lindor (ZNA)", an agency's tag) are no actor; "the Zendan Republic (ZR)"
    spells its place and stays that place's short name, and a place that ends a longer name ("the Union Mission in
    Zenda (UMZ)") leaves the acronym to that name."""
    if end - start != 1 or start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    code = doc[start].text
    place = _place_ending_at(doc, start - 1)
    if not (code.isalpha() and code.isupper()) or place is None or _inside_longer_name(doc, place):
        return False
    return long_form_start(doc, start - 1) is None


def _place_ending_at(doc, end: int) -> int | None:
    """Where a place that ends right before ``end`` starts: one the model tags, or one to three words the gazetteer
    knows; None when no place ends there."""
    last = doc[end - 1]
    if last.ent_type_ in {"GPE", "LOC", "FAC"}:
        return next(e.start for e in doc.ents if e.start <= last.i < e.end)
    if last.ent_type_:
        return None  # the model read a body or a person there
    g = gazetteer()
    return next((end - n for n in range(1, min(3, end) + 1)
                 if doc[end - n].is_title and (g.place(doc[end - n:end].text) or g.country(doc[end - n:end].text))),
                None)


def _inside_longer_name(doc, start: int) -> bool:
    """Does a capitalised word, or a small word of a name after one ("Mission in"), come right before ``start``?"""
    i = start - 1
    if i >= 1 and doc[i].lower_ in NAME_RUN_SMALL_WORDS:
        i -= 1
    return i >= 0 and doc[i].is_title


def _unit_after_number(doc, start: int, end: int) -> bool:
    """Rule ``entity.unit_after_number``: a capitalised word after a number and a plural noun ("3.6 degrees Fahrenheit")
    is the scale of a measure, no name."""
    return end - start == 1 and start >= 2 and doc[start - 1].tag_ == "NNS" and doc[start - 1].is_lower \
        and doc[start - 2].like_num


def _thing_after_indefinite(doc, start: int, end: int) -> bool:
    """Rule ``entity.thing_after_indefinite``: capitalised words after "a" or "an" that head their own phrase ("committed
    to a National Minimum Wage that is higher") are a thing written with capitals, no name; "a United Nations
    official", where the words modify a noun, keeps its body."""
    root = doc[start:end].root
    return end - start >= 2 and start > 0 and doc[start - 1].lower_ in {"a", "an"} \
        and root.dep_ not in {"compound", "poss", "amod", "nmod"} and not all(t.is_upper for t in doc[start:end])


def _joined_between_capitals(doc, i: int) -> bool:
    """"the Azure Movement-in-Opposition" (rule ``entity.hyphenated_particle``): a lower-case word joined by hyphens,
    with no space, to a capitalised word on each side is part of the name it sits in, and so is the lower-case end of
    a hyphenated word that opens with a capital ("Economic Co-operation", rule ``entity.whole_hyphenated_word``)."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].whitespace_ or doc[i - 1].whitespace_ or not doc[i - 2].is_title:
        return False
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        return doc[i + 2].is_title
    return i + 1 == len(doc) or doc[i].whitespace_ != "" or not doc[i + 1].is_alpha  # "Co-operation": the word ends


def _cut_at_title_demonym(doc, start: int, end: int, heads: set[str]) -> bool:
    """"the Delegations of the Government of Ruritanian" before "President Jan Roe" (rule
    ``entity.cut_at_title_demonym``): a span of several words that ends on a demonym that opens the title of the
    name after it is a phrase cut inside that title, no name of its own."""
    g = gazetteer()
    last = doc[end - 1]
    if end - start < 2 or end >= len(doc) or not g.demonym(last.text) or g.country(last.text):
        return False
    return key(doc[end].text) in heads and doc[end].is_title


def _title_words_only(doc, start: int, end: int, heads: set[str], mods: set[str]) -> bool:
    """Title words and punctuation only ("X12" is a name: it has letters and digits); or one word of
    ``title_prefix_words`` right before a title ("Union commerce minister Jan Roe", rule ``entity.title_prefix_word``):
    the title's, no body."""
    toks = doc[start:end]
    if all(key(t.text) in heads or key(t.text) in mods or not any(ch.isalnum() for ch in t.text) for t in toks):
        return True
    return end - start == 1 and key(toks[0].text) in words("title_prefix_words") and end < len(doc) \
        and key(doc[end].text) in heads | mods


def _words_say_no_name(doc, start: int, end: int, label: str, text: str) -> bool:
    """Honorifics alone, a title's fragment, a capitalised common noun, a time zone ("… Standard Time", "UTC"), a
    phrase with a personal pronoun in it ("Jan & I"), two names joined by a slash ("Jan Kral/The Valley Ledger" of a byline) or by "and" before a country's name."""
    return (_only_honorifics(doc[start:end]) or _title_fragment(doc, start, end, label)
            or _common_noun(doc, start, end, label) or any(key(text).endswith(e) for e in TIME_ZONE_ENDS)
            or text in _time_zone_codes() or any(t.text == "/" for t in doc[start + 1:end - 1])
            or _ends_with_another_country(doc, start, end, text) or any(_reference_code(t.text) for t in doc[start:end])
            or _joined_names(doc, start, end, text) or _a_date(doc, start, end) or _cut_by_copy_end(doc, end)
            or _common_word_or_cut_name(doc, start, end, label)
            or _initials_only(doc, start, end, label) or _no_capital(doc, start, end)
            or key(text) in {key(w) for w in DISEASE_NAMES} or _numbered_document(doc, start, end)
            or _doctrine(doc, start, end) or _platform(doc, start, end) or _plural_bodies(doc, start, end)
            or _handle_pronoun_or_thing(doc, start, end, text) or _demonym_of_a_place(doc, start, end))


def _demonym_of_a_place(doc, start: int, end: int) -> bool:
    """Rule ``entity.demonym_of_place``: one word that modifies a common noun and is a name of the text (a place the
    model tags, or any proper noun: "the Zenda People's Front"), or a place the gazetteer knows, with a demonym's
    ending (``demonym_endings``: "the Zendan leadership" where the text names Zenda), is a people's adjective, no
    body's name."""
    tok = doc[start]
    if end - start != 1 or tok.dep_ not in {"compound", "amod"} or not tok.head.is_lower or tok.head.pos_ != "NOUN":
        return False
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}} | {
        t.text for t in doc if t.pos_ == "PROPN" and t.i != tok.i}
    return _demonym_shape(tok.text, places)


def _demonym_shape(text: str, places: set[str]) -> bool:
    """Is ``text`` a place's name with a demonym's ending (``demonym_endings``), the place one of ``places`` or one
    the gazetteer knows ("Zendan" where the text names Zenda, "European")?"""
    g = gazetteer()
    for ending in words("demonym_endings"):
        stem = text[:-len(ending)]
        if text.endswith(ending) and len(stem) >= 3 and (
                stem in places or stem + "a" in places or g.place(stem) is not None or g.country(stem) is not None):
            return True
    return False


def _handle_pronoun_or_thing(doc, start: int, end: int, text: str) -> bool:
    """A social network's handle ("@ForeignOffice": a page's link), a name with the pronoun "I" in it
    (:func:`_first_person_pair`), an acronym of a thing (``thing_acronyms``: "VAT", "GDP"), a shouted predicate
    (:func:`_shouted_predicate`) or words opening with a possessive pronoun ("Our Administration")."""
    return text.startswith("@") or _first_person_pair(doc, start, end) or (
        text.isupper() and text.lower() in words("thing_acronyms")) or _shouted_predicate(doc, start, end) \
        or doc[start].tag_ == "PRP$"  # rule entity.possessive_first: "Our Administration supports …" names no body


def _shouted_predicate(doc, start: int, end: int) -> bool:
    """"the president is "INCOMPETENT"": one long word in capitals that a copula predicates of someone is a shouted
    word, no acronym of a body."""
    tok = doc[start]
    return end - start == 1 and tok.is_upper and tok.is_alpha and len(tok) >= 7 and tok.dep_ in {"attr", "acomp"}


def _first_person_pair(doc, start: int, end: int) -> bool:
    """"James & I will stay in contact": a name and the pronoun "I" (which the tagger may call a name) are two people,
    no organisation; "Phase I", "World War I" keep their numeral."""
    return any(t.tag_ == "PRP" for t in doc[start:end]) or (
        end - start >= 3 and doc[end - 1].text == "I" and doc[end - 2].lower_ in {"&", "and"})


def _plural_bodies(doc, start: int, end: int) -> bool:
    """Rule ``entity.plural_bodies``: "the Ministries of Justice, Foreign Affairs and Defence" — a name opening on the
    plural of an institution noun before "of" names several bodies, no one actor."""
    word = doc[start].lower_
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return end - start > 2 and doc[start + 1].lower_ == "of" and one != word and one in INSTITUTION_WORDS


def _platform(doc, start: int, end: int) -> bool:
    """Rule ``entity.platform_name``: "his official Zwitter account", "the ministry's Telegraph channel" — a name right
    before a channel noun (``channel_nouns``) that someone's possessive owns names the platform, no actor."""
    if end >= len(doc) or doc[end].lower_ not in CHANNEL_NOUNS or doc[start:end].root.head.i != end:
        return False
    return any(c.dep_ == "poss" for c in doc[end].children)


def _doctrine(doc, start: int, end: int) -> bool:
    """Rule ``entity.doctrine``: one word, or words joined by hyphens with no space ("Pan-Ruritanism"), ending in
    one of ``doctrine_endings`` names a doctrine or a movement of ideas, no actor ("the spirit of Pan-Ruritanism")."""
    toks = doc[start:end]
    if any(t.whitespace_ for t in toks[:-1]) or toks[-1].lower_ in GENERIC_BODY_NOUNS:
        return False
    return toks[-1].is_alpha and toks[-1].lower_.endswith(DOCTRINE_ENDINGS)


def _no_capital(doc, start: int, end: int) -> bool:
    """Rule ``entity.no_capital``: a span with no word that starts with a capital or a digit ("gov’t" in a
    standfirst) is a common word the model tagged, no name."""
    return not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[start:end])


def _numbered_document(doc, start: int, end: int) -> bool:
    """Rule ``entity.numbered_document``: "Resolution No. 4417", "Decree Nr 12": a name that ends on a number sign
    (``number_signs``) before a number is a document's reference, no actor."""
    last = doc[end - 1].text.rstrip(".").lower()
    after = next((t for t in doc[end:end + 2] if t.text != "."), None)
    return end - start > 1 and last in NUMBER_SIGNS and after is not None and after.like_num


def _common_word_or_cut_name(doc, start: int, end: int, label: str) -> bool:
    """Spans the model called a body or a person that the tagger or the parse says are none (rule
    ``entity.common_word_or_cut_name``): one word the tagger reads as a plural common noun ("Challenges will arise"),
    unless it is the surname of someone the text names in full ("Jan Rivers" … "Rivers' remarks");
    an organisation's name that modifies the capitalised word right after it, which no name, title or body noun is
    ("an International Trade Analyst": the model cut a phrase, which names no body); a list of bodies joined by
    "and", each with its own institution noun ("the Legislature and Council of States"): several, no one body."""
    if label not in {"PERSON", "ORG"}:
        return False
    if _plural_common_noun(doc, start, end) or (label == "PERSON" and _listed_with_things(doc, start, end)):
        return True
    if _works_name(doc, start, end) or (label != "PERSON" and _pair_of_people(doc, start, end)) \
            or _maker_of(doc, start, end) or (label == "ORG" and (_owned_common_noun(doc, start, end)
                                                                   or _bracketed_ticker(doc, start, end))):
        return True
    return label == "ORG" and (_cut_before_modified_word(doc, start, end) or _list_of_bodies(doc, start, end))


def _bracketed_ticker(doc, start: int, end: int) -> bool:
    """"Acme's (ACM) union", "Zorvan (ZV) said" (rule ``entity.ticker``): capitals in brackets right after a one-word
    company name (or its possessive), that the text never writes again, are its stock ticker, no name of an actor (an
    acronym is defined to be used: "Daesh (ISIS)" and then "ISIS" is one)."""
    text = doc[start:end].text
    if end - start != 1 or not re.fullmatch(r"[A-Z]{1,5}", text) or start < 2 or end >= len(doc) \
            or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    k = start - 2 - (doc[start - 2].tag_ == "POS")
    name = doc[k]
    single = name.ent_type_ == "ORG" and name.ent_iob_ == "B" and not (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I")
    again = any(t.text == text for t in doc if t.i != start)
    return single and name.text[:1].isupper() and not again


def _owned_common_noun(doc, start: int, end: int) -> bool:
    """"your Negotiating Team", "our entire Union" (rule ``entity.owned_common_noun``): a body's common nouns written
    with capitals after a possessive word ("your", "our", "their"; adjectives between) name the speaker's or the
    reader's own body, never a body of that name: every word is a body, team, institution or group noun, an organ's
    word or a participle ("Negotiating")."""
    k = start - 1
    while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    if k < 0 or doc[k].tag_ != "PRP$":
        return False
    common = BODY_HEADS | TEAM_NOUNS | GROUP_NOUNS | INSTITUTION_WORDS | ORGAN_WORDS
    return all(t.lower_ in common or t.lemma_.lower() in common
               or (t.i < end - 1 and (t.tag_ == "VBG" or t.lower_.endswith("ing"))) for t in doc[start:end])


def _maker_of(doc, start: int, end: int) -> bool:
    """"the Zorvan Quest maker", "the Zorvan Quest games maker", "the Kestrel-owner" (rule ``entity.maker_of``): a name
    that modifies a lower-case noun of making or owning (``maker_words``) right after it, or is glued to one by a
    hyphen, describes a body by what it makes, never names one."""
    last = doc[start:end].text.rsplit("-", 1)
    if len(last) == 2 and last[1].islower() and last[1] in words("maker_words"):
        return True
    return _modifies_noun_of(doc, start, end, words("maker_words"), 3)


def _modifies_noun_of(doc, start: int, end: int, nouns, reach: int) -> bool:
    """Does the name modify a lower-case noun of ``nouns`` standing within ``reach`` words after it, with only
    lower-case words between ("the KTP plant", "the Quest games maker")?"""
    k = next((t.i for t in doc[end:end + reach] if t.lemma_.lower() in nouns or t.lower_ in nouns), None)
    return k is not None and all(t.is_lower or t.is_punct for t in doc[end:k + 1]) \
        and doc[start:end].root.head.i in range(end, k + 1)


def _pair_of_people(doc, start: int, end: int) -> bool:
    """"a Kral-Varga face-to-face", "the Roe-Doe summit" (rule ``entity.pair_of_people``): a name the model took for a
    body or a place made of two words joined by a hyphen, each a word of the name of a person the text names elsewhere
    (a family name may come first), names a pair's meeting, never an actor."""
    parts = re.split(r"\s*[-‐–]\s*", doc[start:end].text)
    if len(parts) != 2 or not all(parts):
        return False
    surnames = {key(t.text) for e in doc.ents if e.label_ == "PERSON" and not (start <= e.start < end) for t in e}
    return all(key(p) in surnames for p in parts)


def _works_name(doc, start: int, end: int) -> bool:
    """A name that modifies the lower-case noun of industrial works right after it ("the KTP plant", "outside the
    Zorvan refinery"; ``works_nouns``) names the works, not an actor (rule ``entity.works_name``)."""
    return _modifies_noun_of(doc, start, end, words("works_nouns"), 1) \
        and doc[start:end].root.dep_ in {"compound", "nmod", "amod"}


def _listed_with_things(doc, start: int, end: int) -> bool:
    """A capitalised phrase the model called a person that the parse coordinates only with common nouns naming no one
    and no body ("the new measures, Border Access, and the role of the monitors"; "Key Talks Tariff and non-tariff
    barriers" of a glued subhead): an item in a list of things (rule ``entity.listed_with_things``), unless a title
    stands right before it. A list with a name or a person's noun in it ("X and his counterpart") is left alone."""
    conj = [t for t in doc[start:end].root.conjuncts if not start <= t.i < end]
    if not conj or (start > 0 and key(doc[start - 1].text) in _role_tokens()[0]):
        return False
    people = _role_tokens()[0] | PERSON_NOUNS | GROUP_NOUNS | TEAM_NOUNS | GOVERNMENT_NOUNS | INSTITUTION_WORDS
    return all(t.tag_ in {"NN", "NNS"} and t.is_lower and not t.ent_type_ and t.lemma_.lower() not in people
               and t.lower_ not in people for t in conj)


def _plural_common_noun(doc, start: int, end: int) -> bool:
    tok, g = doc[start], gazetteer()
    if end - start != 1 or tok.tag_ != "NNS" or tok.lemma_.lower() == tok.lower_ or _speaks(doc, start, end):
        return False
    if g.institution(tok.text) or g.place(tok.text) is not None:
        return False
    # a surname in -s is often tagged so too: a person's named in full in the text stays one
    return not any(e.label_ == "PERSON" and e[-1].text == tok.text for e in doc.ents)


def _cut_before_modified_word(doc, start: int, end: int) -> bool:
    nxt = doc[end] if end < len(doc) else None
    root = doc[start:end].root
    if nxt is None or not nxt.is_title or nxt.tag_ != "NNP" or nxt.ent_type_ or root.head != nxt:
        return False
    nouns = INSTITUTION_WORDS | BODY_HEADS | GROUP_NOUNS | FACILITY_NOUNS | PLACE_HEADS | THING_HEADS
    return root.dep_ == "compound" and not _is_head(nxt, _role_tokens()[0]) and not _in_list(nxt, nouns)


def _list_of_bodies(doc, start: int, end: int) -> bool:
    cuts = [t.i for t in doc[start:end] if t.lower_ == "and"]
    parts = list(zip([start, *[c + 1 for c in cuts]], [*cuts, end]))
    return bool(cuts) and all(any(_in_list(t, INSTITUTION_WORDS) for t in doc[a:b]) for a, b in parts)


def _joined_names(doc, start: int, end: int, text: str) -> bool:
    """"Ruritania-Valdoria", "Ruritania & ARB": names joined by a hyphen or an ampersand (``name_joiners``), each
    part a country, a known institution or an acronym and one at least a country or institution, name two parties
    (the "Ruritania-Valdoria talks"), no one body; a country's own hyphenated name stays a name."""
    g = gazetteer()
    joints = [i for i in range(start + 1, end - 1) if doc[i].text in words("name_joiners")]
    if g.country(text):
        return False
    if joints:
        bounds = [start, *joints, end]
        parts = [_name_text(doc, a + (a != start), b) for a, b in zip(bounds, bounds[1:])]
    else:  # the tokenizer kept the joint inside one word ("U.S.-Ruritania")
        marks = "".join(re.escape(j) for j in words("name_joiners"))
        parts = re.split(rf"(?<=\S)[{marks}](?=\S)", text)
        if len(parts) < 2:
            return False
    known = [bool(p) and bool(g.country(p) or g.institution(p)) for p in parts]
    return any(known) and all(k or (p.isupper() and p.isalpha() and len(p) > 1) for p, k in zip(parts, known))


def _a_date(doc, start: int, end: int) -> bool:
    """"Feb.15", "Sept 3": a span whose words are a month's name or abbreviation and numbers is a date the model
    read as a name ("March 23 Movement" has a word that is no month's and stays a name)."""
    from ..published import calendar

    months = {m.lower() for m in calendar()["month_names"]}
    pieces = [w for t in doc[start:end] for w in re.findall(r"[^\W\d_]+|\d+", t.text)]
    return any(w.isdigit() for w in pieces) and all(w.isdigit() or w.lower() in months for w in pieces)


def _cut_by_copy_end(doc, end: int) -> bool:
    """A name that ends the saved text where the text stops without a sentence's end ("… Prime Minister Jan
    Kr", "… the repealed UN Security"): the copy was cut there, maybe inside the name, which is not read
    (its whole form is read where the text gives it)."""
    rest = doc[end:]
    return all(t.is_space for t in rest) and not any(ch in SENTENCE_END_MARKS for ch in doc.text.rstrip()[-2:])


SENTENCE_END_MARKS = frozenset(".!?…\"”’)")


REFERENCE_CODE = re.compile(r"(?:[^\W\d_]+\d+){2,}[^\W\d_]*|\d+(?:[^\W\d_]+\d+)+")
MIN_CODE_DIGITS = 4


def _reference_code(word: str) -> bool:
    """"B12345C6", "AB1234X9": letters and digits taking turns, with four digits or more, make a page's or a
    bulletin's reference code, never part of a name ("M27", "G20" or "COP29" change once and stay names)."""
    return bool(REFERENCE_CODE.fullmatch(word)) and sum(ch.isdigit() for ch in word) >= MIN_CODE_DIGITS


def _ends_with_another_country(doc, start: int, end: int, text: str) -> bool:
    """"Northern Ruritania and Southern Ruritania": words joined by "and" whose last part is a country's name
    are two names (no one body), unless the whole span is itself a country's name."""
    g = gazetteer()
    cut = next((i for i in range(end - 2, start, -1) if doc[i].lower_ == "and"), None)
    if cut is None or g.country(text):
        return False
    rest = [t for t in doc[cut + 1:end] if t.lower_ != "the"]
    return bool(rest) and bool(g.country(doc[rest[0].i:end].text) or g.country(doc[rest[-1].i:end].text))


@lru_cache(maxsize=1)
def _time_zone_codes() -> frozenset[str]:
    """The time zones' codes of calendar.yml ("UTC", "GMT"): "10 pm (UTC)" names no body."""
    from ..published import calendar

    return frozenset(calendar()["zones"])


def _cut_before_particle(doc, end: int) -> bool:
    """"X" of "X-i-Y Z": a name the model cut where a hyphenated name goes on over a short lower-case particle
    ("-i-", "-e-", "-al-") is a fragment (the whole name, or its acronym, is read elsewhere)."""
    return end + 2 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in {"-", "‐"} \
        and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha and len(doc[end + 1]) <= 3 \
        and not doc[end + 1].whitespace_ and doc[end + 2].text in {"-", "‐"}


def _body_in_title(doc, start: int, end: int, heads: set[str]) -> bool:
    """"the House" of "Speaker of the House Jan Kral": one word after "<title head> of the", right before a
    person's name (capitalised, whether or not the model tagged it), ends that person's title."""
    return end - start == 1 and start >= 3 and end < len(doc) and (doc[end].ent_type_ == "PERSON" or (
        doc[end].tag_ == "NNP" and doc[end].is_title)) \
        and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of" and _is_head(doc[start - 3], heads)


def _portfolio_before_title(doc, end: int, toks, heads: set[str]) -> bool:
    """"External Affairs" of "the External Affairs Minister": a portfolio right before a title's head word; and
    "Jan Kral's Communications" of "Jan Kral's Communications Minister" (``entity.possessor_portfolio``): a
    possessor and the word after it, right before a title's head word, no body's name ("the Council's Executive
    Secretary": "Council" ends a body's name, and the possessor is the body)."""
    if not _title_head_at(doc, end, heads):
        return False
    if key(toks[-1].text) in PORTFOLIO_NOUNS:
        return True
    bodies = INSTITUTION_WORDS | BODY_HEADS | GROUP_NOUNS  # (an organ word may be the portfolio: "Communications")
    return len(toks) >= 3 and toks[-2].tag_ == "POS" and not any(_in_list(t, bodies) for t in toks)


INITIALS = re.compile(r"[A-Z]{1,2}\.?")


def _initials_only(doc, start: int, end: int, label: str) -> bool:
    """"RR SS", "J. K.": a person's name of two or more words that are all one or two capital letters (rule
    ``entity.initials_only``) is a credit line's or a caption's abbreviation; a person is named by a name."""
    words_ = [t.text for t in doc[start:end] if not t.is_punct or t.text == "."]
    return label == "PERSON" and len(words_) >= 2 and all(INITIALS.fullmatch(w) or w == "." for w in words_)


def _only_honorifics(toks) -> bool:
    """"H.E. General", "Ret" (of "General (Ret.)"): honorifics and post-nominals alone are no name."""
    alpha = [t for t in toks if t.is_alpha]
    return _an_honorific(toks, False) or (bool(alpha) and all(_an_honorific(t.doc[t.i:t.i + 1], False) for t in alpha))


def _surname_of_named_person(doc, start: int, end: int) -> bool:
    """Rule ``entity.surname_that_is_a_title``: one capitalised word that is also a title ("said Pope", "Judge" as a
    surname) is a name when the article names a person in full whose surname it is ("Jan King … said King"),
    and is not itself before a name ("King Jan" stays a title)."""
    word = doc[start]
    if end - start != 1 or not word.is_title or (end < len(doc) and doc[end].pos_ == "PROPN"):
        return False
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word.text and e.start != start for e in doc.ents)


def _title_fragment(doc, start: int, end: int, label: str) -> bool:
    """A span made only of title words is part of a title, not a name: "Ruritanian Head" (of State),
    "Ministerial" (an adjective: "the Ministerial signing"), "Political Affairs" and "the Eastern Program"
    after "Under Secretary for", "Director of"."""
    g = gazetteer()
    heads, mods = _role_tokens()
    toks = doc[start:end]
    if label in {"PERSON", "ORG"} and any(_title_head_at(doc, t.i, heads) for t in toks) and all(
            key(t.text) in heads | mods or g.demonym(t.text) or key(t.text) in g.honorifics for t in toks if t.is_alpha):
        return not (label == "PERSON" and _surname_of_named_person(doc, start, end))
    if label == "PERSON" and len(toks) == 1 and toks[0].dep_ == "amod":
        return True
    if _title_words_after_head(doc, start, end, label, heads, mods):
        return True
    head, full = _head_word(doc, start, end), g.role_heads
    if label == "ORG" and (key(head.text) in full or (head.lower_.endswith("s") and key(head.text[:-1]) in full)):
        return True  # "the current Ruritanian Chair", "the Prime Ministers of Ruritania": a title, no body
    if label != "ORG" or key(toks[-1].text) not in PORTFOLIO_NOUNS or _in_list(toks[0], INSTITUTION_WORDS):
        return False  # "head of the Department of X Affairs": a body with its portfolio, no title's
    i = start - 1
    while i > 0 and doc[i].lower_ == "the":
        i -= 1
    return i > 0 and doc[i].lower_ in {"for", "of", "on"} and _is_head(doc[i - 1], heads)


def _title_words_after_head(doc, start: int, end: int, label: str, heads: set[str], mods: set[str]) -> bool:
    """"Extraordinary" of "Ambassador Extraordinary and Plenipotentiary": title words right after a title's head."""
    return label in {"PERSON", "ORG"} and start > 0 and _is_head(doc[start - 1], heads) \
        and all(key(t.text) in mods for t in doc[start:end] if t.is_alpha)


DETERMINERS = {"the", "this", "that", "these", "those"}
GROUP_QUANTIFIERS = words("group_quantifiers")


def _lower_case_twin(doc, start: int, end: int) -> bool:
    """Rule ``entity.lower_case_twin``: words in capitals after "the" that the same text also writes, word for word,
    in lower case ("to increase the National Minimum Wage" beside "a review of the national minimum wage") are a
    common noun phrase in the house style, no name."""
    if start == 0 or doc[start - 1].lower_ != "the" or not all(t.is_alpha and t.is_title for t in doc[start:end]):
        return False
    want = [t.lower_ for t in doc[start:end]]
    n = len(want)
    return any(all(t.is_lower for t in doc[i:i + n]) and [t.lower_ for t in doc[i:i + n]] == want
               for i in range(len(doc) - n + 1) if doc[i].lower_ == want[0])


def _common_noun(doc, start: int, end: int, label: str) -> bool:
    """"The Meeting was held …": one capitalised word after a determiner that the same text also writes in
    lower case as a common noun is that noun (a document's house style), not the name of a person or body; "the
    Community", "the Alliance" (rule ``entity.the_generic_body``, list ``generic_body_nouns``): a body's kind
    written alone stands for a body named in full elsewhere, no name of its own; "Media", "Press" alone
    (``common_media_nouns``) name a kind of outlet; an adjective in capitals before a common noun ("its GREAT
    people") is emphasis; a word counted ("the two Varnias") is a plural; one word after "a" or "an" ("we will have
    a Trilat") is a thing written with a capital (an acronym in capitals aside, "an NGO")."""
    if label not in {"PERSON", "ORG"}:
        return False
    if end - start != 1:
        return _lower_case_twin(doc, start, end)
    tok = doc[start]
    if tok.is_upper and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.is_lower:
        return True  # "all of its GREAT people": an adjective in capitals for emphasis, no name
    if any(c.dep_ == "nummod" and c.like_num for c in tok.children):
        return True  # "the two Varnias announced": a plural, no one's name
    if doc[start].lower_ in words("common_media_nouns"):
        return True  # "Ruritanian state-owned Media, RTV": the kind of the outlet named next, no name
    if start == 0:
        return False
    word, before = doc[start].lower_, doc[start - 1]
    if before.lower_ in {"a", "an"} and not doc[start].is_upper:
        return True  # "we will have a Trilat": a thing written with a capital, no one's name
    if word in GENERIC_BODY_NOUNS and (before.lower_ in DETERMINERS or before.tag_ == "PRP$"):
        return True  # "the Community", "our Alliance"
    return before.lower_ in DETERMINERS and any(t.lower_ == word and t.is_lower and t.pos_ == "NOUN" for t in doc)


def _place_of(text: str, label: str, toks, surnames: set[str]):
    """The gazetteer place a name stands for, if any; a person's surname is never a town of that name, nor a venue's
    name after its noun a town ("hotel The Lindor")."""
    g = gazetteer()
    if toks and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_ in words("venue_nouns_beside_names"):
        return None  # "hotel The Lindor": a hotel's own name, never the town it may share a name with
    single_person = label == "PERSON" and len(toks) == 1 and toks[0].text not in surnames
    institution = g.institution(text)
    if institution is not None and not institution.get("place"):
        # an institution with no building of its own is no town that its acronym happens to spell ("UN", "AU")
        place = g.place(text)
        return place if place is not None and place.kind == "country" else None
    if label in {"GPE", "LOC", "FAC"} or single_person or institution:
        return g.place(text)
    if label == "ORG" and g.country(text):
        return g.place(text)  # "Ruritania" tagged as an organisation is still the country
    return None


@dataclass
class _PersonTitle:
    role: str | None = None
    affiliation: str | None = None
    affiliation_of: str | None = None
    role_start: int = 0
    role_rule: str | None = None
    affiliation_rule: str | None = None
    head: object = None  # the title word of an apposition, whose "of"-phrase may name the body
    acronym: str | None = None  # an organisation's acronym the title names that this article never spells out


def _apposed_left(doc, start: int, end: int, left: tuple, rrole: str | None):
    """The title apposed before the name when no title gives an affiliation ("Ruritania's Foreign Minister, Jan
    Roe," or "…, General Jan Roe"): (rule, the title walk's result, the title word's index or None)."""
    role, aff, aff_of, role_start, *_ = left
    apposed = _apposed_title(doc, start, end) if not (aff or aff_of or rrole) else None
    if apposed is None or (role and not _only_honorifics(doc[role_start:start])):
        return "entity.title_before", left, None
    arole, *rest = _title_left(doc, apposed + 1, apposed=True)
    return "entity.title_apposed", ("; ".join(r for r in (arole, role) if r) or None, *rest), apposed


def _body_of_title(doc, start: int, end: int, rrole: str | None) -> str | None:
    """"Jan Roe, head of Ruritania's intelligence agency,": a title after the name that ends on "of" takes the body
    the "of"-phrase names, without its possessor ("head of intelligence agency"); with no body, the bare title."""
    if not rrole or not any(r.endswith((" of", " for")) for r in rrole.split("; ")):
        return rrole
    roles = rrole.split("; ")
    first = next(i for i, r in enumerate(roles) if r.endswith((" of", " for")))
    body = _object_of_last_link(_appositive_head(doc, start, end), roles[first])
    if body is not None and not (body.ent_type_ == "ORG" or _in_list(body, INSTITUTION_WORDS | BODY_HEADS)):
        body = None  # "the foreign minister of Ruritania": a country is the affiliation, not part of the title
    words = [] if body is None else _body_words(body)
    named = re.sub(r" ?- ?", "-", " ".join(words))
    # the body is the first title's; a title that already names it ("undersecretary of the ministry of", cut at a
    # name it does not know) keeps what it has, never "… of the ministry of ministry"
    return "; ".join(f"{r} {named}" if i == first and named and not re.search(rf"\b{re.escape(named)} (of|for)$", r)
                     else re.sub(r" (of|for)$", "", r) for i, r in enumerate(roles))


def _object_of_last_link(head, role: str):
    """The object of the "of"/"for" a title read after a name ends on: its chain of "of"-phrases followed from the
    title's head as many links as the title holds ("head of the delegation of the X Council": the Council's, never
    the delegation's again)."""
    node = head
    for _ in range(len(re.findall(r"\b(?:of|for)\b", role))):
        prep = next((c for c in node.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None) \
            if node is not None else None
        node = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return node


def _body_words(body) -> list[str]:
    """The words of a body's name kept in a role: no article, possessor or participle ("the ruling Azure Party"); a
    name the model reads as one organisation keeps its words after the body's head ("leader of Zenda First", where
    the parser hangs "First" elsewhere)."""
    ent = _entity_at(body)
    inside = {t.i for t in body.subtree}  # "the Government of National Accord": its "of"-phrase is the body's own
    tail = [t.text.lower() for t in body.doc[body.i + 1:ent.end] if t.i not in inside] \
        if ent is not None and ent.label_ == "ORG" else []
    return [t.text.lower() for t in body.subtree if t.i <= body.i and not (
        t.dep_ in {"det", "case", "punct", "poss"} or (t.tag_ in {"VBG", "VBN"} and t.dep_ == "amod")
        or (t.tag_ == "RB" and t.dep_ == "advmod")
        or any(a.dep_ == "poss" and a.head == body for a in [t, *t.ancestors]))] + tail


def _person_title(doc, start: int, end: int) -> _PersonTitle:
    """The title before the name (or apposed before it), its ranks and office acronyms, and the title after it."""
    rrole, raff, raff_of, racronym = _title_right(doc, end)
    rrole = _body_of_title(doc, start, end, rrole)
    how, (role, aff, aff_of, role_start, rule, acronym), apposed = _apposed_left(doc, start, end,
                                                                                 _title_left(doc, start), rrole)
    abbreviated = [r for r in _abbreviated_titles(doc, start) if r not in (role or "")]
    t = _PersonTitle("; ".join(r for r in (role, *abbreviated, rrole) if r) or None, aff or raff, aff_of or raff_of,
                     role_start)
    how = rule if rule == "entity.title_of_country" else how  # the title and its country come as one phrase
    t.role_rule = (how if role else "entity.title_after" if rrole else "entity.title_abbreviation") if t.role else None
    t.affiliation_rule = (rule or how) if (aff or aff_of) else \
        "entity.title_after" if (raff or raff_of) else None
    t.head = doc[apposed] if apposed is not None else _appositive_head(doc, start, end) if rrole else None
    t.acronym = acronym or racronym or (title_phrase_acronym(t.head) if t.head is not None else None)
    return t


def _person(doc, start: int, end: int, sentence: str, label: str) -> Mention:
    """:func:`_person_read`, with no acronym glued after a body's name in its title or affiliation (rule
    ``entity.glued_acronym``: "President of X Labour Congress XLC" is the X Labour Congress's president)."""
    m = _person_read(doc, start, end, sentence, label)
    m.affiliation = _without_glued_acronym(m.affiliation) if m.affiliation else m.affiliation
    m.role = "; ".join(_without_glued_acronym(r) for r in m.role.split("; ")) if m.role else m.role
    return m


def _without_glued_acronym(text: str) -> str:
    """``text`` without a last word that spells (:func:`generator.acronyms.spells`, in any case) a run of the words
    right before it."""
    parts = text.split()
    if len(parts) < 3:
        return text
    runs = (parts[-1 - n:-1] for n in range(len(parts) - 1, 1, -1))  # the words the acronym may spell end before it
    return " ".join(parts[:-1]) if any(spells(parts[-1], run) for run in runs) else text


def _person_read(doc, start: int, end: int, sentence: str, label: str) -> Mention:
    """A person: the name without honorifics, the title before or after it, and the affiliation the
    title's own modifier, a possessor or the sentence's structure gives (with the rule that gave it)."""
    end = _cut_before_title(doc, start, _extend_person(doc, start, _cut_at_lower_word(doc, start, end)))
    end = _cut_at_possessive(doc, start, end)
    start = _strip_honorifics(doc, start, end)
    m = Mention(_name_text(doc, start, end), "person", sentence, start, end, spacy_label=label)
    t = _person_title(doc, start, end)
    m.role, m.affiliation, m.affiliation_of = t.role, t.affiliation, t.affiliation_of
    if t.role_rule:
        m.evidence["role"] = t.role_rule
    if t.affiliation_rule:
        m.evidence["affiliation"] = t.affiliation_rule
        return m
    m.affiliation, rule = title_phrase_read(t.head) if t.head is not None else (None, None)
    if m.affiliation:
        m.evidence["affiliation"] = "entity.parent_body" if _parent_named(t.head) else rule
        return m
    m.role, m.affiliation, m.affiliation_of = _affiliation_from_structure(doc, start, end, m.role, t.role_start)
    if not (m.affiliation or m.affiliation_of):
        for rule, found in (("entity.on_behalf_of", _on_behalf_of), ("entity.of_body", _of_body),
                            ("entity.from_body", _from_body),
                            ("entity.including_members", _included_in_group), ("entity.who_heads", _who_heads),
                            ("entity.party_tag", _party_tag), ("entity.party_member", _party_before_name)):
            m.affiliation = found(doc, start, end)
            if m.affiliation:
                m.evidence["affiliation"] = rule
                return m
    if m.affiliation or m.affiliation_of:
        led = any(h[0] < start < h[1] for h in hits(doc, "entity.led_by"))  # "the X delegation, led by Y"
        m.evidence["affiliation"] = "entity.led_by" if led else "entity.structure"
        m.evidence.setdefault("role", m.evidence["affiliation"])
    elif t.acronym:
        m.affiliation_of, m.evidence["affiliation"] = t.acronym, "entity.acronym_owner"  # resolved across the corpus
    return m


def _apposed_title(doc, start: int, end: int) -> int | None:
    """"Ruritania's Foreign Minister, Jan Roe," / "The spokesperson for the Norwegian Presidency, Dr Jan Roe,"
    (``entity.title_apposed``): the index of a singular title word whose phrase ends at the comma that opens the
    name (honorifics aside), when the parse makes the name its apposition, or the title and the name two subjects
    of one verb ("Ruritania's junta spokesman, Jan Roe said")."""
    root = doc[start:end].root
    floor = doc[start].sent.start
    j = start - 1
    comma = next((k for k in range(start - 1, max(floor, start - MAX_HONORIFIC - 1) - 1, -1) if doc[k].text == ","), floor)
    while j > comma and (n := _honorific_before(doc, j, comma + 1)):
        j -= n  # honorifics between the comma and the name ("…, General Jan Roe")
    if j < 1 or doc[j].text != ",":
        return None
    head = root.head if root.dep_ == "appos" and root.head.i < j else _split_subject(root, j)
    if head is None:
        return None
    last = doc[j - 1]
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and (key(head.text) not in role_heads()
                                                                 or _served_title(head)):
        head = head.head.head  # the parse may hang the name on the title's last word ("spokesperson for the Presidency",
        # "the secretary of foreign relations of Ruritania"; "an adviser to the prime minister, Jan Roe,": the adviser)
    if head.dep_ == "amod" and head.pos_ == "ADJ" and key(head.head.text) in role_heads():
        head = head.head  # "the Zendan minister responsible for Europe, Jan Roe,": the adjective's phrase is the title's
    while last != head and last.dep_ not in {"conj", "appos", "ROOT"}:
        last = last.head  # up the title's own phrase, never into another conjunct ("A's minister, B, and C's minister, D")
    if last != head:
        return None  # the words before the comma are no part of the title's phrase
    return head.i if key(head.text) in role_heads() and head.tag_ in {"NN", "NNP"} else None


def _served_title(title) -> bool:
    """Rule ``entity.server_apposed``: is ``title`` the one a noun of serving serves, "to" or "for" between ("an adviser
    to the prime minister, Jan Roe, said"; ``serving_nouns``)? The name apposed after it is the server's: the sentence
    tells what the adviser said."""
    prep = title.head
    return prep.lower_ in {"to", "for"} and prep.head.lower_ in SERVING_NOUNS


def _split_subject(root, comma: int):
    """"Ruritania's junta spokesman, Jan Roe said …": the parser made the title and the name two subjects of one
    verb; the title is the other subject, whose phrase ends at the comma before the name. None otherwise."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    sibling = next((c for c in root.head.children if c.dep_ == root.dep_ and c.i < comma and c.right_edge.i == comma - 1),
                   None)
    return sibling if sibling is not None else _title_opening_attribution(root.doc, comma)


def _title_opening_attribution(doc, comma: int):
    """The same when the parser hung the title elsewhere: a title word right before the comma, whose noun phrase
    (nouns, names, adjectives, possessives) opens the sentence or follows a closing quotation mark
    ("“…,” Ruritania's junta spokesman, Jan Roe said"). None otherwise."""
    title = doc[comma - 1]
    if key(title.text) not in role_heads() or title.tag_ not in {"NN", "NNP"}:
        return None
    k, floor = comma - 1, title.sent.start
    while k > floor and doc[k - 1].tag_ in {"NN", "NNP", "NNPS", "JJ", "POS", "DT", "HYPH"}:
        k -= 1
    opens = k == floor or doc[k - 1].text in {"”", "\"", "’", "'"}
    return title if opens else None


def title_phrase_affiliation(head) -> str | None:
    """What :func:`title_phrase_read` finds, without its rule."""
    return title_phrase_read(head)[0]


def title_phrase_read(head) -> tuple[str | None, str | None]:
    """"the foreign minister of Norway", "spokesperson for the Norwegian Presidency" (``entity.title_of_body``):
    the country or body an "of"-phrase of the title word names, or a "for"-phrase that names an institution, or
    anything after the title of one who speaks or negotiates for it (``speaks_for_title_heads``: "a spokesperson for
    the Azure Front"); never a bare country after another title ("the envoy for Norway" serves there, it is not
    Norway's). An "at"-phrase names the workplace (:func:`_workplace`), also where the parser hung it on the last of a
    coordinated portfolio ("director of operations and dispute resolution at the X"). (the affiliation, the rule), or
    (None, None)."""
    for prep in [*head.children, *_ats_on_portfolio_conjuncts(head)]:
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if body is None:
            continue
        if prep.lower_ in {"of", "for"} and (found := _of_or_for_body(head, prep, body)):
            return found, "entity.title_of_body"
        if prep.lower_ == "at" and (found := _workplace(head, body)):
            return found, "entity.workplace_of_title"
    return None, None


def _ats_on_portfolio_conjuncts(head) -> list:
    """"director of operations and dispute resolution at the X": the "at"-phrases the parser hung on a common noun
    coordinated with the title word, no title itself (a title there, "director of Y and a lawyer at Z", is another
    post)."""
    heads = _role_tokens()[0]
    return [p for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and key(c.text) not in heads
            for p in c.children if p.dep_ == "prep" and p.lower_ == "at"]


def _of_or_for_body(head, prep, body) -> str | None:
    """What the "of"- or "for"-phrase ``body`` of the title word ``head`` gives (:func:`title_phrase_affiliation`)."""
    g = gazetteer()
    speaks_for = prep.lower_ == "for" and head.lower_ in words("speaks_for_title_heads")
    if prep.lower_ == "for" and not (speaks_for or _in_list(body, INSTITUTION_WORDS) or g.institution(body.text)):
        return None
    found = _parent_body(body) if prep.lower_ == "of" and _in_list(body, SUB_BODY_NOUNS) else None
    found = found or (_party_named(body) if prep.lower_ == "of" else None)
    found = found or body_affiliation(head.doc, body) or (
        _named_organisation(body) if prep.lower_ == "of" or speaks_for else None)
    if not found and prep.lower_ == "of" and body.is_upper and not list(body.children) \
            and _acronym_shape(head.doc, body):
        found = organisation_affiliation(head.doc, body.text)  # a defined acronym (``entity.acronym_object``)
    if not found and prep.lower_ == "of" and _in_list(body, PORTFOLIO_NOUNS):
        found = title_phrase_affiliation(body)  # "the minister of foreign affairs of Ruritania"
    return found


def _party_named(body) -> str | None:
    """Rule ``entity.party_of_title``: "general secretary of the liberal Free Democrats (FDP)": an "of"-phrase whose
    capitalised name (its head and the capitalised words compounded to it) is a party's word of ``parties.yml`` names
    that party, though the model tags no organisation there. None otherwise."""
    if body.pos_ != "PROPN" or not body.is_title:
        return None
    first = body.i
    while first > 0 and body.doc[first - 1].dep_ == "compound" and body.doc[first - 1].head == body \
            and body.doc[first - 1].is_title:
        first -= 1
    return gazetteer().party(body.doc[first:body.i + 1].text)


def _workplace(head, body) -> str | None:
    """Rule ``entity.workplace_of_title``: "an adviser at Ruritania's Finance Ministry", "a professor at Lindor
    University", "a lawyer at Roe & Berg": the body an "at"-phrase of the title names (a body's kind as its head
    word, or an organisation the model names) is the holder's; an envoy's "at"-phrase names where they serve
    ("ambassador at the Zenda Union")."""
    if _in_list(head, AREA_TITLE_HEADS) or key(head.text) in {"ambassador", "ambassadors"}:
        return None
    if _in_list(body, INSTITUTION_WORDS | BODY_HEADS):
        return body_affiliation(head.doc, body)
    ent = _entity_at(body)
    if ent is not None and ent.label_ == "ORG" and ent.end in (body.i + 1, _firm_end(body)) and body.pos_ == "PROPN":
        return organisation_affiliation(head.doc, _name_text(head.doc, ent.start + (ent[0].lower_ == "the"), ent.end))
    return None


def _firm_end(body) -> int:
    """Rule ``entity.firm_of_partners``: "a lawyer at Roe Novak & Kral": a firm's name joins its partners' names
    with an ampersand, which the parser reads as a coordination; the end of the last partner's name (or -1)."""
    partners = [c for c in body.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    amp = any(c.dep_ == "cc" and c.text == "&" for c in body.children)
    return partners[-1].i + 1 if amp and partners else -1


def _named_organisation(body) -> str | None:
    """"the leader of Zorvan", "the leader of the militant group Zorvan" (``entity.title_of_body``): an organisation
    the model names, one proper name, as the "of"-phrase itself or in apposition to its group noun; what it gives as
    an affiliation (:func:`organisation_affiliation`: never an organ of no named state, nor a person's name)."""
    org = body if body.ent_type_ == "ORG" and body.pos_ == "PROPN" else next(
        (c for c in body.children if c.dep_ == "appos" and c.ent_type_ == "ORG" and c.pos_ == "PROPN"), None) \
        if _in_list(body, GROUP_NOUNS | TEAM_NOUNS | BODY_HEADS) else None
    ent = _entity_at(org) if org is not None else None
    if ent is None or ent.end != org.i + 1:
        return None  # the name goes on past its head word ("Zorvan Front of the North"): not read here
    return organisation_affiliation(body.doc, _name_text(body.doc, ent.start + (ent[0].lower_ == "the"), ent.end))


def _parent_named(head) -> bool:
    """Does the title's "of"-phrase name a part of a body whose own "of"-phrase names the body (``entity.parent_body``)?"""
    return any(_in_list(b, SUB_BODY_NOUNS) and _parent_body(b) for p in head.children
               if p.dep_ == "prep" and p.lower_ == "of" for b in p.children if b.dep_ == "pobj")


def _parent_body(body) -> str | None:
    """"head of the National Committee for Legal Affairs of the Velmar Movement" (rule ``entity.parent_body``): a
    committee, bureau or office with no affiliation of its own is part of the body its own "of"-phrase names (hung on
    the committee or on its "for"-phrase), or its "at"-phrase ("head of the emergency committee at the Zenda Medical
    Association"); that body's affiliation, when it is an organisation or a country."""
    parent = _parent_token(body)
    return body_affiliation(body.doc, parent) if parent is not None else None


def _parent_token(body):
    """The head word of the name the "of"- or "at"-phrase of a committee, bureau or office names (on the noun itself
    or on its "for"-phrase: "the Committee for Legal Affairs of the Velmar Movement", "the committee at the Zenda
    Association"), or None."""
    for owner in [body] + [c for p in body.children if p.dep_ == "prep" and p.lower_ == "for"
                           for c in p.children if c.dep_ == "pobj"]:
        for prep in owner.children:
            parent = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep.dep_ == "prep" and prep.lower_ in {"of", "at"} else None
            if parent is not None and parent.pos_ == "PROPN":
                return parent
    return None


def _part_of_group(doc, start: int, end: int) -> int | None:
    """"the Political Bureau of the Velmar People's Movement" (rule ``entity.part_of_group``): an organisation's name
    that is a committee, bureau or office of an armed or political group named in the same span stands for that group;
    the index the group's name starts at, else None (never a body of a state: "the Committee of the Armed Forces")."""
    root = doc[start:end].root
    parent = _parent_token(root) if _in_list(root, SUB_BODY_NOUNS) else None
    if parent is None or not start < parent.i < end or not _in_list(parent, GROUP_NOUNS) \
            or _in_list(parent, INSTITUTION_WORDS):
        return None
    first = parent.left_edge.i
    return first + 1 if doc[first].lower_ == "the" else first


def _appositive_head(doc, start: int, end: int):
    """The title word a name has as its apposition ("Jan Roe, the foreign minister of Norway,"), or None."""
    root = doc[start:end].root
    return next((c for c in root.children if c.dep_ == "appos" and c.i >= end and key(c.text) in role_heads()), None)


def _party_tag(doc, start: int, end: int) -> str | None:
    """"Jan Roe (R-Calif.)", "Jan Roe, D-N.Y.," (``entity.party_tag``): the party whose one-letter tag US copy prints
    after a lawmaker's name, with the state's abbreviation, set off by brackets or commas."""
    toks = doc[end:end + 5]
    if len(toks) < 5 or (toks[0].text, toks[4].text) not in {("(", ")"), (",", ","), (",", ".")}:
        return None
    state = toks[3].text.replace(".", "")
    if toks[2].text != "-" or not (state.isalpha() and len(state) <= 6 and state[:1].isupper()):
        return None
    return gazetteer().party_tags.get(toks[1].text)


def _party_before_name(doc, start: int, end: int) -> str | None:
    """"Republican Jan Roe said …", "Democratic Sen. Jan Roe" (``entity.party_member``): a party's word right before
    a person's name or the honorifics before it (a title's own modifier is read with the title)."""
    floor, i = doc[start].sent.start, start - 1
    while i >= floor and (n := _honorific_before(doc, i, floor)):
        i -= n
    return _party_word(doc, i, floor)[0] if i >= floor else None


def _on_behalf_of(doc, start: int, end: int) -> str | None:
    """"X signed on behalf of the government of Ruritania" (``entity.on_behalf_of``): the country the subject
    acts for, named itself or as the owner of a government or an institution."""
    g = gazetteer()
    root = doc[start:end].root
    if root.dep_ != "nsubj":
        return None
    for verb, _, _, _, party in hits(doc, "entity.on_behalf_of"):
        if verb != root.head.i:
            continue
        tok = doc[party]
        if key(tok.text) in INSTITUTION_WORDS:
            tok = next((c for p in tok.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), tok)
        country = g.country(tok.text) or g.country(_name_text(doc, tok.left_edge.i, tok.i + 1))
        if country:
            return country
    return None


def _who_heads(doc, start: int, end: int) -> str | None:
    """"Jan Roe, who heads the Ruritanian delegation," (``entity.who_heads``): the country or organisation of the
    body a relative clause on the name says the person leads; None when the body names none, and for one who
    chairs an international organisation (a member's leader holding its rotating chair stays the member's)."""
    for hit in hits(doc, "entity.who_heads"):
        name, verb, body = hit[0], hit[1], hit[-1]
        found = body_affiliation(doc, doc[body]) if start <= name < end else None
        if found is not None:  # the led thing may name no body ("peace efforts") where its place does
            return None if doc[verb].lemma_ == "chair" and _international(found) else found
    return None


def _of_body(doc, start: int, end: int) -> str | None:
    """"Maj Gen Jan Kral of Ruritania", "Jan Kral of the Ruritanian Army" (``entity.of_body``): the country or body
    an "of"-phrase hung on the name itself names; a place, an outlet or anything else gives nothing."""
    root = doc[start:end].root
    for hit in hits(doc, "entity.of_body"):
        if hit[0] == root.i and hit[1] == end:
            return body_affiliation(doc, doc[hit[2]])
    return None


def _from_body(doc, start: int, end: int) -> str | None:
    """"said Jan Kral, from the Zendan Institute for Peace." (``entity.from_body``): the organisation a "from"-phrase
    set off by a comma right after the name names, when the phrase ends with the organisation's name; a place
    ("Jan Kral, from Lindor,": where he comes from) gives nothing."""
    root = doc[start:end].root
    for name, prep, body in hits(doc, "entity.from_body"):
        ent = next((e for e in doc.ents if e.start <= body < e.end and e.label_ == "ORG"), None)
        if name != root.i or prep != end + 1 or doc[end].text != "," or ent is None:
            continue
        if ent.end < len(doc) and doc[ent.end].text not in {",", ".", ")", ";"}:
            return None
        return organisation_affiliation(doc, _name_text(doc, ent.start + (doc[ent.start].lower_ == "the"), ent.end)) \
            or body_affiliation(doc, doc[body])
    return None


def _included_in_group(doc, start: int, end: int) -> str | None:
    """"Norwegian officials, including Jan Kral, Ilse Berg and Jonas Lie" (``entity.including_members``): each
    member named after "including" shares the country of a group of people of exactly one country (a plural title
    word: "leaders", "officials", "ministers"); the group is the noun "including" hangs on, or the last conjunct
    of it right before the comma."""
    g = gazetteer()
    heads, _ = _role_tokens()
    root = doc[start:end].root
    for inc, member in hits(doc, "entity.including_members"):
        members = [doc[member]]
        for tok in members:
            members.extend(c for c in tok.children if c.dep_ == "conj")
        if root not in members:
            continue
        group = doc[inc].head
        if group.tag_ != "NNS":
            group = next((c for c in group.children if c.dep_ == "conj" and c.tag_ == "NNS"
                          and inc - 2 <= c.right_edge.i < inc), group)
        if group.tag_ != "NNS" or not _is_head(group, heads):
            return None
        mods = [t for t in group.children if t.dep_ in {"amod", "compound", "poss", "nmod"}]
        mods += [c for t in mods for c in t.children if c.dep_ == "conj"]  # "Norwegian and Danish officials"
        owners = {c for t in mods if (c := g.demonym(t.text) or g.country(t.text))}
        return next(iter(owners)) if len(owners) == 1 else None
    return None


def body_affiliation(doc, tok) -> str | None:
    """The country or organisation a noun phrase headed by ``tok`` stands for: a country ("Ruritania"), an
    institution of the data file ("the Kremlin"), an army or ministry of exactly one country ("the Norwegian Army"; a
    party, trade union or association is its own: ``entity.civil_body``), or an organisation the model names whose
    head word says body ("the Azure Party"); None otherwise."""
    g = gazetteer()
    first = tok.left_edge.i + (doc[tok.left_edge.i].lower_ == "the")
    while first < tok.i and doc[first].is_lower and (doc[first].tag_ in {"VBG", "VBN"} and doc[first].dep_ == "amod"
                                                     or doc[first].tag_ == "RB" and doc[first].dep_ == "advmod"):
        first += 1  # "the ruling Azure Party", "the internationally recognised X": no part of the name
    text = _name_text(doc, first, _name_goes_on(doc, tok))
    if not text:
        return None
    country = g.country(text) or (g.institution(text) or {}).get("country")
    if country:
        return country
    if _untagged_body_name(doc, first, tok):
        return organisation_affiliation(doc, text)
    if not _in_list(tok, INSTITUTION_WORDS | TEAM_NOUNS | GROUP_NOUNS | BODY_HEADS):
        return None
    if tok.pos_ == "PROPN" and _civil_body(text):
        return organisation_affiliation(doc, text)  # "the Norwegian Labour Party" is the party's, not Norway's
    owners = _owners_in_name(doc, first, tok)
    if owners:
        return next(iter(owners)) if len(owners) == 1 else None
    if tok.ent_type_ == "ORG" and tok.pos_ == "PROPN":
        return organisation_affiliation(doc, _without_owner(doc, first, tok) or text)
    return _owning_organisation(doc, first, tok)


def _without_owner(doc, first: int, tok) -> str | None:
    """Rule ``entity.owned_body``: "Lindor University's Novak Institute": a body the model names on its own after an
    organisation's possessive is the body itself (its name, without the owner); a people's possessive stays part of
    the name ("the Velmar People's Movement"). None when the name has no such owner."""
    ent = _entity_at(tok)
    if ent is None or ent.start <= first or ent.end != tok.i + 1 or doc[ent.start - 1].tag_ != "POS" \
            or possessive_in_name(doc, ent.start - 1):
        return None
    return _name_text(doc, ent.start, ent.end)


def _owners_in_name(doc, first: int, tok) -> set[str]:
    """The countries the words of a body's name before its head word name ("the Norwegian Army"); none for a name
    with a people's possessive in it ("the Velmar People's Movement": a name of its own, whatever country it names)."""
    g = gazetteer()
    if any(possessive_in_name(doc, t.i) for t in doc[first:tok.i] if t.tag_ == "POS"):
        return set()
    return {c for t in doc[first:tok.i] if not _in_hyphenated_word(doc, t.i)
            and (c := g.demonym(t.text) or g.country(t.text))}


def _body_tagged_person(tok) -> bool:
    """Part of ``entity.untagged_body_name``: is ``tok`` in a name the model tagged as a person's whose last word is a
    capitalised body's kind ("the Zendan People's Liberation Front")? It is an organisation's name."""
    ent = _entity_at(tok)
    if ent is None or any(t.tag_ == "POS" and t.doc[t.i - 1].tag_ != "NNPS" for t in ent):
        return False  # "Jan Roe's Front": a person's name and what they own, not a people's body ("Workers' Party")
    return ent[-1].pos_ == "PROPN" and ent[-1].is_title and _in_list(ent[-1], GENERIC_BODY_NOUNS)


def _untagged_body_name(doc, first: int, tok) -> bool:
    """Rule ``entity.untagged_body_name``: "a spokesperson for the Zendan People's Liberation Front": a name the model
    tags as no organisation (a facility, or nothing) whose capitalised head word is a body's kind
    (``generic_body_nouns``: Front, Union, Movement …), after capitalised words of its own, is an organisation's
    name; a body's kind alone ("the Front") stands for no one here."""
    words = [t for t in doc[first:tok.i] if t.tag_ != "POS"]
    return tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ != "ORG" and _in_list(tok, GENERIC_BODY_NOUNS) \
        and bool(words) and all(t.is_title and t.pos_ == "PROPN" for t in words) \
        and not any(gazetteer().country(t.text) or gazetteer().demonym(t.text) for t in words)


def _name_goes_on(doc, tok) -> int:
    """Where the name a body's head word stands in ends: after the head word, or (rule ``entity.name_runs_on``) at the
    end of the organisation's name the model tags when that name goes on with an "of"-phrase of names and no country
    ("head of the Valley Association of Riveters": the Association is "of Riveters")."""
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "ORG" == tok.ent_type_:
        end += 1
    rest = doc[tok.i + 1:end]
    g = gazetteer()
    if not rest or rest[0].lower_ != "of" or any(g.demonym(t.text) or g.country(t.text) for t in rest) \
            or not all(t.pos_ == "PROPN" or t.is_stop for t in rest):
        return tok.i + 1
    return end


def _owning_organisation(doc, first: int, tok) -> str | None:
    """"the Azure Front group", "the ZLF delegation": a team or group noun (not itself a name) right after a name
    the model takes for one organisation, all of it compounds of the noun, belongs to that organisation; a lone
    acronym counts when the text spells it out as an organisation's name (``organisation_affiliation``)."""
    if not _in_list(tok, TEAM_NOUNS | GROUP_NOUNS) or tok.ent_type_:
        return None
    words = doc[first:tok.i]
    if len(words) == 1 and words[0].is_upper and words[0].pos_ == "PROPN" and words[0].head == tok:
        return organisation_affiliation(doc, words.text)
    if len(words) > 1 and untagged_group_name(doc, tok.i - 1) == first:
        return organisation_affiliation(doc, words.text)  # "the Real-ZPF group" the model left untagged
    if not len(words) or any(t.ent_type_ != "ORG" or t.head.i not in range(first, tok.i + 1) for t in words):
        return None
    if any(t.ent_iob_ == "B" for t in words[1:]):
        return None  # two organisations side by side
    return organisation_affiliation(doc, words.text)


def _a_person_in_doc(doc, name: str) -> bool:
    """Does the text name a person with these words ("Kral son-in-law X" where the model took Kral for an
    organisation, and "President Kral" stands elsewhere)?"""
    k = key(name)
    return any(e.label_ == "PERSON" and (key(e.text) == k or key(e[-1].text) == k) and not _body_tagged_person(e[-1])
               for e in doc.ents)


def organisation_affiliation(doc, name: str) -> str | None:
    """What an organisation the model names before or in a title gives as a person's affiliation: the name itself
    for an organisation of its own ("Zorvan Front"); the country for an organ of a state named with its country
    ("Ruritanian Defence Forces" → Ruritania); nothing for an organ of no named state ("National Security
    Council"), a person's name, or an acronym the text does not spell out ("the ZDF spokesman")."""
    g = gazetteer()
    words = name.split()
    countries = {c for w in words if (c := g.demonym(w) or g.country(w))}
    rest = " ".join(w for w in words if not (g.demonym(w) or g.country(w)))
    if _a_person_in_doc(doc, name) or len(countries) > 1:
        return None
    if organ_of_a_state(rest):
        return next(iter(countries)) if countries else None
    if name.isupper() and len(words) == 1:
        spelled = next((d.words for d in definitions(doc) if d.acronym == name and d.words), None)
        return name if spelled and organisation_affiliation(doc, spelled) == spelled else None
    return name


def organ_of_a_state(name: str) -> bool:
    """Is the name made only of words that name an organ of some state ("National Security Council", "the House",
    "External Affairs"), with its country's demonym or name at most ("the Ruritanian Foreign Ministry"), or an
    outlet's? Such a name is no affiliation of its own."""
    g = gazetteer()
    heads, mods = _role_tokens()
    if _civil_body(name):
        return False
    generic = ORGAN_WORDS | INSTITUTION_WORDS | PORTFOLIO_NOUNS | BODY_HEADS | GROUP_NOUNS | heads | mods
    words = key(name).split()
    parts = {w for w in words if not (g.demonym(w) or g.country(w))}
    if len(parts) < len(set(words)) and not parts:
        return False  # a country's name alone is a country, not an organ
    # a demonym with modifiers alone ("Canadian National", a railway's name) names no organ; with a head word it
    # does ("Ruritanian National Council")
    if len(parts) < len(set(words)) and parts <= mods - (ORGAN_WORDS | INSTITUTION_WORDS | PORTFOLIO_NOUNS | BODY_HEADS
                                                         | GROUP_NOUNS | heads):
        return False
    return not parts or parts <= generic or bool(parts & _outlet_words())


@lru_cache(maxsize=4096)
def _civil_body(name: str) -> bool:
    """Rule ``entity.civil_body``: a party, a trade union, an association or a chamber of commerce is a body of its own
    (lexicon ``civil_body_words``), never an organ of the state its name starts with ("the Norwegian Labour Party",
    "Portugal Labour Congress")."""
    folded = f" {key(name)} "
    return any(f" {w} " in folded for w in words("civil_body_words"))


def _group(doc, start: int, end: int, sentence: str, text: str, label: str) -> Mention | None:
    """"Zorbists", "Freedonians": a group that acts in the sentence."""
    m = Mention(text, "group", sentence, start, end, spacy_label=label)
    m.agentive, m.dep = _agentive(doc, start, end)
    if any(c.dep_ == "nummod" or (c.dep_ in {"det", "predet", "amod"} and c.lower_ in GROUP_QUANTIFIERS)
           for c in doc[start:end].root.children) or doc[start].lower_ in GROUP_QUANTIFIERS:
        return None  # "1,200 Zorbists were freed", "for all Zendans": people counted, not a party that acts
    return m if m.agentive and doc[end - 1].tag_ in {"NNPS", "NNS"} else None


def _relabel(doc, start: int, end: int, label: str) -> str:
    """The model's label, corrected by the words of the name."""
    if label == "ORG" and _titled_person(doc, start, end):
        return "PERSON"  # "H.E. Jan Kral": an honorific says whose name it is
    if label == "PERSON" and end - start > 1 and (_in_list(doc[end - 1], BODY_HEADS) or (
            doc[end - 1].is_title and _in_list(doc[end - 1], GENERIC_BODY_NOUNS))):
        return "ORG"  # "the Jan Kral Institute": a body named after a person; "the Azure People's Liberation Front"
    return label


def _companies_named(doc, ents: list) -> list:
    """Rule ``entity.company_noun``: a name the model called a person's, right after a common noun of a business
    ("container shipping company X", "the shipping conglomerate X", lexicon ``company_nouns``), or apposed to one
    after it ("X, a subsidiary of the university"), is that business's name: it and the same name elsewhere in the text are an
    organisation's. "The company X founded" (X the subject of a clause on the noun) is a person still."""
    from spacy.tokens import Span

    titled = {e.text for e in ents if e.label_ == "PERSON" and _after_a_title(e)}
    named = {e.text for e in ents if e.label_ == "PERSON" and (_after_company_noun(doc, e) or _apposed_company_noun(e))}
    named -= titled
    return [Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and e.text in named else e for e in ents]


def _apposed_company_noun(e) -> bool:
    """"X, a subsidiary of the Lindor University": a common noun of a business right after the name's comma, in
    apposition to it."""
    return any(c.dep_ == "appos" and c.i > e.end and c.pos_ == "NOUN" and c.lemma_ in words("company_nouns")
               and all(t.dep_ in {"det", "amod", "compound", "punct"} for t in e.doc[e.end:c.i]) for c in e.root.children)


def _after_company_noun(doc, e) -> bool:
    before = doc[e.start - 1] if e.start > e.sent.start else None
    if before is None or not before.is_lower or before.pos_ != "NOUN" or before.lemma_ not in words("company_nouns"):
        return False
    after = doc[e.end] if e.end < e.sent.end else None
    if after is not None and after.pos_ in {"VERB", "AUX"} and after.head.i == before.i:
        return False  # "the company X founded": X the subject of a clause on the noun
    # a bare noun used as a title ("shipping company X", as "operator X"), or a noun with its article that the name
    # stands in apposition to ("the shipping conglomerate X"); "the company X runs" is a clause on the noun
    return not any(c.dep_ in {"det", "poss"} for c in before.children) or e.root.dep_ == "appos"


def _mention(doc, start: int, end: int, label: str, sentence: str, surnames: set[str]):
    """The mention for one entity span: a Mention, None (nothing to record) or "skip" (tokens used up)."""
    g = gazetteer()
    label = _relabel(doc, start, end, label)
    end = _cut_at_lower_word(doc, start, end) if label == "PERSON" else end
    part_of = _part_of_group(doc, start, end) if label == "ORG" else None
    if part_of is not None:
        m = _mention(doc, part_of, end, label, sentence, surnames)
        if isinstance(m, Mention):
            m.evidence["name"] = "entity.part_of_group"
        return m
    text = _name_text(doc, start, end)
    toks = doc[start:end]
    if _no_name_here(label, toks):
        return None
    place = _place_of(text, label, toks, surnames)
    institution = g.institution(text)
    if g.demonym(text) and not g.country(text):
        return "skip"  # "Ukrainian" (whatever the model called it): an affiliation, read with titles
    if label == "NORP":
        country = g.demonym(text) or g.country(text)
        if country and text.lower() != country.lower():
            return None  # an adjective ("Russian"): an affiliation, handled with titles
        if not country:
            return _group(doc, start, end, sentence, text, label) or "skip"
        place = g.place(country)
    if institution:
        own = institution["country"] if institution["country"] != institution["name"] else None  # a body is not its own
        return Mention(institution["name"], "organization", sentence, start, end, place=place,
                       affiliation=own, spacy_label=label, institution=institution)
    if place is not None and place.kind == "country" and any(t.is_lower and _in_list(t, PLACE_HEADS) for t in toks):
        return Mention(text, "place", sentence, start, end, spacy_label=label, evidence={"place": "entity.land_noun"})
    if place is not None and place.kind == "country":
        return Mention(text, "country", sentence, start, end, place=place, affiliation=place.name, spacy_label=label)
    if place is not None and label != "ORG":
        return Mention(text, "place", sentence, start, end, place=place, affiliation=place.country, spacy_label=label)
    return _unknown_name(doc, start, end, label, sentence, text)


def _no_name_here(label: str, toks) -> bool:
    """A span that names no one: a portfolio (:func:`_portfolio_alone`) or a shout (:func:`_shouted`)."""
    return (label == "ORG" and _portfolio_alone(toks)) or _shouted(toks)


def _shouted(toks) -> bool:
    """Rule ``entity.shouted_words``: a name inside a run of three words or more written all in capitals, with no
    mark between them and a stopword among them ("ILA WORKERS OVER MACHINES; DEFEND OUR JOBS AND RIGHTS" on a
    picket sign, a headline in capitals), is a shout, and its capitals tell no name."""
    doc = toks.doc

    def caps(t) -> bool:
        return t.is_alpha and t.text.isupper()

    if not all(caps(t) for t in toks):
        return False
    a, b = toks.start, toks.end
    while a > toks.sent.start and caps(doc[a - 1]):
        a -= 1
    while b < toks.sent.end and caps(doc[b]):
        b += 1
    return b - a >= 3 and any(t.is_stop for t in doc[a:b])


def _portfolio_alone(toks) -> bool:
    """Rule ``entity.portfolio_alone``: "tipped for Social Affairs", "the candidate for Foreign Affairs": a name of a
    portfolio only (its last word one of ``portfolio_nouns``, no word of a body), the object of "for", is the brief a
    person is named to, no body and no actor."""
    root = toks.root
    return root.dep_ == "pobj" and root.head.lower_ == "for" and key(toks[-1].text) in PORTFOLIO_NOUNS and not any(
        key(t.text) in INSTITUTION_WORDS | BODY_HEADS for t in toks)


ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                          r"|eleventh|twelfth", re.IGNORECASE)


def _body_as_event(doc, start: int, end: int) -> str | None:
    """Is the body's name here told as a gathering rather than as someone who acts (rule ``entity.body_as_event``)?
    An ordinal before it ("the 5th X Council"), a meeting noun it belongs to ("the next meeting of the X Council", "an X
    Council session": ``event_of_body_nouns``), a verb that holds it ("agreed to hold the X Council", "the X Council,
    which will be held in Y": ``event_of_body_verbs``, the name its object or its passive subject, or the relative
    clause on it or on a name coordinated with it), a "between"-phrase on it or on the meeting noun it belongs to ("the
    next meeting of the X Council between A and B": a forum two parties hold, rule ``entity.body_between_parties``).
    A meeting noun it belongs to only tells that the body meets (rule ``entity.body_meets``): alone it keeps the body
    an actor."""
    root = doc[start:end].root
    if any(ORDINAL_WORD.fullmatch(t.text) for t in doc[max(0, start - 2):start]) \
            or any(ORDINAL_WORD.fullmatch(t.text) and t.dep_ == "amod" for t in root.children):
        return "entity.body_as_event"
    nouns, verbs = words("event_of_body_nouns"), words("event_of_body_verbs")
    head = root.head
    if root.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB" and head.lemma_.lower() in verbs:
        return "entity.body_as_event"
    if any(t.dep_ == "relcl" and t.lemma_.lower() in verbs and any(c.dep_ == "auxpass" for c in t.children)
           for r in (root, *root.conjuncts) for t in r.children):  # "X and Y, which will be held": both
        return "entity.body_as_event"
    meeting = _meeting_of_body(root, end, nouns)
    if _held_between(root, meeting):
        return "entity.body_between_parties"
    return "entity.body_meets" if meeting is not None else None


def _meeting_of_body(root, end: int, nouns):
    """The meeting noun a body's name belongs to ("an X Council session", "the next meeting of the X Council"), or None."""
    head = root.head
    if root.dep_ == "compound" and head.i >= end and head.lemma_.lower() in nouns:
        return head
    return head.head if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in nouns else None


def _held_between(root, meeting) -> bool:
    """A "between"-phrase on a body that is no subject, or on the meeting noun it belongs to
    (``entity.body_between_parties``)."""
    return root.dep_ != "nsubj" and any(c.dep_ == "prep" and c.lower_ == "between"
                                        for t in (root, meeting) if t is not None for c in t.children)


def _read_part(doc, m: Mention) -> None:
    """The part the name plays in its sentence: whether it acts, its grammatical role, and a body told as a
    gathering (rule ``entity.body_as_event``)."""
    m.agentive, m.dep = _agentive(doc, m.start, m.end)
    if m.label == "organization" and (rule := _body_as_event(doc, m.start, m.end)):
        m.evidence["event"] = rule


def _titled_person(doc, start: int, end: int) -> bool:
    """A name the model called an organisation that is a person's: it starts with an honorific that is no title
    head ("H.E.", "Sheikh", "Tan Sri"; not "General" or "President") and goes on with capitalised name words only,
    none of which says building, body, place or thing ("Sheikh X Mosque", "Lord's X Army" stay what they are)."""
    heads, mods = _role_tokens()
    n = _honorific_len(doc, start, end)
    if not n or (n == 1 and any(key(t.text) in heads | mods for t in doc[start:start + n])) \
            or gazetteer().place(doc[start:end].text) is not None:
        return False  # "DR Congo" is a country, whatever "Dr" is
    rest = doc[start + n:end]
    not_people = INSTITUTION_WORDS | FACILITY_NOUNS | THING_HEADS | PLACE_HEADS | GROUP_NOUNS | BODY_HEADS
    return all((t.tag_ in {"NNP", "NNPS"} and (t.is_title or t.is_upper) and not _in_list(t, not_people))
               or (t.text in {"-", "‐"} and not t.whitespace_) or t.lower_ in NAME_PARTICLES for t in rest)


def _unknown_name(doc, start: int, end: int, label: str, sentence: str, text: str):
    """The mention for a name no gazetteer knows: what its words and the parse make it (a place, a named
    thing, a group), else a person or an organisation by the model's label."""
    rule = _name_rule(doc, start, end, label, text)
    if rule in NOT_PLACE_RULES:
        return None  # a named war, prize, route, treaty or weapon: not an actor, not a place
    if rule is not None:
        place = gazetteer().place(text) if rule == "entity.known_place" else None
        return Mention(text, "place", sentence, start, end, place=place, affiliation=place.country if place else None,
                       spacy_label=label, evidence={"place": rule})
    if label == "PERSON":
        m = None if any(ch.isdigit() for ch in text) else _person(doc, start, end, sentence, label)  # "COP29"
        return None if m is not None and gazetteer().country(m.text) else m  # "Emir Qatar": a title and a country
    if label in {"GPE", "LOC", "FAC"} and _form_of_a_place(doc, start, end):
        return None  # "in the Great State of Zenda": the place is the one named after "of"
    if label in {"GPE", "LOC", "FAC"} and not _group_name(doc, start, end, text):
        return Mention(text, "place", sentence, start, end, spacy_label=label)
    if label == "ORG" and _titled_name(doc, start, end):  # the model's organisation is a person with a title after it
        m = _person(doc, start, end, sentence, label)
        m.evidence["person"] = "entity.titled_name"
        return m
    return _organization(doc, start, end, label, sentence, text)


def _form_of_a_place(doc, start: int, end: int) -> bool:
    """Rule ``entity.form_of_a_place``: "the Great State of Zenda", "the City of Port Aster" cut before "of": a name of
    only the words of a place's formal form (``place_form_words``) names no place; the one after "of" is the place."""
    names = [t for t in doc[start:end] if t.lower_ != "the"]
    return bool(names) and all(t.lower_ in words("place_form_words") for t in names) and end + 1 < len(doc) \
        and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper()


def _titled_name(doc, start: int, end: int) -> bool:
    """"Ken Maru, director general of the ministry's bureau, said": a name the model labels an organisation, of two or
    three capitalised proper nouns none of which is a word of bodies, places or things, with a person's title in
    apposition right after it, is a person's name (rule ``entity.titled_name``). A hyphen inside a given name
    ("Jan-Erik") joins two of those words."""
    not_people = INSTITUTION_WORDS | FACILITY_NOUNS | THING_HEADS | PLACE_HEADS | GROUP_NOUNS | BODY_HEADS | ORGAN_WORDS
    toks = [t for t in doc[start:end] if not (t.text in {"-", "‐"} and t.i > start and not doc[t.i - 1].whitespace_
                                               and not t.whitespace_)]
    if not 2 <= len(toks) <= 3 or not all(t.tag_ == "NNP" and t.is_title and t.is_alpha for t in toks) \
            or any(_in_list(t, not_people) or gazetteer().demonym(t.text) or gazetteer().country(t.text) for t in toks):
        return False
    return _title_right(doc, end)[0] is not None


def _organization(doc, start: int, end: int, label: str, sentence: str, text: str) -> Mention | None:
    """An organisation (or an outlet cited as a source); a generic institution ("the Foreign Ministry") only
    with the country a possessive gives it ("Ruritania's Foreign Ministry")."""
    g = gazetteer()
    generic, owner = _generic_institution(doc, start, end)
    if generic and owner is None:
        return None  # "the Foreign Ministry": whose, the text does not say here
    m = Mention(f"{owner}'s {text}" if owner else text, "organization", sentence, start, end, spacy_label=label)
    if owner:
        m.affiliation = g.country(owner) or g.capital_country(owner)
        m.evidence["affiliation"] = "entity.owner_of_institution"
        return m
    aff = _title_left(doc, start)[1]
    own_name = any(t.tag_ == "POS" and possessive_in_name(doc, t.i) for t in doc[start:end])
    m.affiliation = aff or (None if own_name else g.demonym(doc[start].text) or g.country(doc[start].text))
    if _outlet_context(doc, start, end, text):
        m.label = "outlet"
    elif _according_to_name(doc, start, end):
        m.label = "outlet"
        m.evidence["label"] = "entity.according_to_outlet"
    return m


def _generic_institution(doc, start: int, end: int) -> tuple[bool, str | None]:
    """Is the name a generic institution ("Foreign Ministry", "Ministry of Foreign Affairs": institution,
    title and portfolio words only), and the country that owns it when a possessive says so ("Ruritania's")?"""
    heads, mods = _role_tokens()
    generic = {"of", "the", "for", "and"} | INSTITUTION_WORDS | PORTFOLIO_NOUNS | mods
    if not any(key(t.text) in INSTITUTION_WORDS for t in doc[start:end]) \
            or not all(key(t.text) in generic or not t.is_alpha for t in doc[start:end]):
        return False, None
    if start >= 2 and doc[start - 1].tag_ == "POS":
        # a country, or its capital standing for it ("Valdor's Foreign Ministry"), with all its words ("North X's")
        g, pos = gazetteer(), start - 1
        for first in range(max(doc[pos].sent.start, pos - 4), pos):
            owner = doc[first:pos].text
            if not all(t.text[:1].isupper() for t in doc[first:pos]):
                continue
            if g.country(owner) or g.capital_country(owner):
                return True, _name_text(doc, first, pos)
        return True, None
    return True, None


def _head_word(doc, start: int, end: int):
    """The head word of a name: its last word before "of"/"for" ("Route" in "the X Route for Peace")."""
    last = doc[start]
    for tok in doc[start:end]:
        if tok.lower_ in {"of", "for"} and tok.i > start:
            break
        if tok.is_alpha:
            last = tok
    return last


def _in_list(tok, names: frozenset[str]) -> bool:
    return tok.lower_ in names or tok.lemma_.lower() in names


def _institution_office(doc, start: int, end: int) -> bool:
    """"Foreign Office", "the Prime Minister's Office": an office after a title word is an institution."""
    heads, mods = _role_tokens()
    return doc[end - 1].lower_ == "office" and any(
        key(t.text) in heads | mods or key(t.text) in INSTITUTION_WORDS or t.tag_ == "POS" for t in doc[start:end - 1])


def _speaks(doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS


def _name_rule(doc, start: int, end: int, label: str, text: str) -> str | None:
    """What a name no gazetteer calls a country or institution is, when its own words or the sentence's
    structure say it is no actor: the rule's name, else None. "entity.thing_head": a named war, prize, route
    or treaty; "entity.weapon_name": a name that modifies a weapon noun ("Zorvan missiles");
    "entity.disease_name": one right before a disease noun ("the Zorvan-7 pandemic"); "entity.facility": a room or building ("the Blue Room", "Villa Aurora", "the X Conference Center":
    ``facility_compounds``), unless it speaks; "entity.place_head"
    ("the X region"), "entity.known_place" (a city the model called an organisation, or a person when the name
    has two words or more), "entity.compass_place" ("Southern X" of a known region or country X), or a place by
    the sentence's structure (:func:`_place_by_structure`)."""
    last = doc[end - 1]
    if _in_list(_head_word(doc, start, end), THING_HEADS) or (end - start > 1 and doc[start].lower_ in THING_LEADS):
        return "entity.thing_head"  # "the Second X War", "Operation X"
    named = _named_thing(doc, start, end, label)
    if named:
        return named
    if _named_before_venue_noun(doc, start, end, label):
        return "entity.facility"  # "at the Lindor hotel in Port Aster": the hotel's own name
    facility = _in_list(last, FACILITY_NOUNS) or _facility_lead(doc, start, end)  # "X Palace", "Villa X"
    if facility and end - start > 1 and not _institution_office(doc, start, end) and not _speaks(doc, start, end):
        return "entity.facility"
    if _in_list(last, PLACE_HEADS) and end - start > 1 and not _defined_right_after(doc, end):
        return "entity.place_head"  # "the X region"; "Zendan Coastal Lindor City (ZCLC)" is a body's long form
    if (label == "ORG" or (label == "PERSON" and end - start > 1)) and _known_place(doc, start, end, text):
        return "entity.known_place"
    if key(text) in REGION_NAMES:
        return "entity.region_name"
    rest = _name_text(doc, start + 1, end) if end - start > 1 else ""
    place = gazetteer().place(rest) if rest else None
    if doc[start].lower_ in COMPASS_WORDS and (key(rest) in REGION_NAMES or (
            place is not None and place.kind in {"region", "country"})):
        return "entity.compass_place"  # "Southern X", "North X" of a known region or country
    return _place_by_structure(doc, start, end, label)


def _named_before_venue_noun(doc, start: int, end: int, label: str) -> bool:
    """A name right before a venue's noun in lower case that it modifies ("the Lindor hotel", ``venue_nouns_beside_names``):
    the venue's own name, a place (``entity.facility``), never an organisation."""
    return label in {"ORG", "PERSON"} and end < len(doc) and doc[end].is_lower \
        and doc[end].lower_ in words("venue_nouns_beside_names") and doc[end - 1].head.i == end


def _facility_lead(doc, start: int, end: int) -> bool:
    """Does a facility's word open the name ("Villa X", "Fort X", ``facility_leads``), in one word or two ("Joint Base
    X"), or two words end it that end a building's name ("the X Conference Center", ``facility_compounds``)?"""
    two_last = f"{doc[end - 2].lower_} {doc[end - 1].lower_}"
    return doc[start].lower_ in FACILITY_LEADS or (end - start > 2 and (
        doc[start:start + 2].text.lower() in FACILITY_LEADS or two_last in FACILITY_COMPOUNDS))


def _named_thing(doc, start: int, end: int, label: str) -> str | None:
    """The rule that makes a name a weapon's make, a disease's or a text's name, else None."""
    if any(start <= h[-1] < end for h in hits(doc, "entity.weapon_name")):
        return "entity.weapon_name"
    if _names_a_document(doc, start, end, label) or _acronym_of_a_document(doc, start, end):
        return "entity.document_name"
    if any(h[1] - 1 == end for h in hits(doc, "entity.disease_name")):
        return "entity.disease_name"
    return "entity.set_of_countries" if _set_of_countries(doc, start, end) else None


def _set_of_countries(doc, start: int, end: int) -> bool:
    """Rule ``entity.set_of_countries``: a demonym and a plural noun of a set of states in capitals ("the various
    Zendan Countries", "Lindorian Nations"; ``set_of_states_nouns``) is a description, no body's name."""
    toks = [t for t in doc[start:end] if t.lower_ not in DETERMINERS]
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}}
    return len(toks) == 2 and toks[1].lower_ in words("set_of_states_nouns") \
        and (gazetteer().demonym(toks[0].text) is not None or _demonym_shape(toks[0].text, places)
             or toks[0].lower_ in words("region_demonyms"))


def _names_a_document(doc, start: int, end: int, label: str) -> bool:
    """"under the Cessation of Arms framework" (``entity.document_name``): an organisation's name of several words
    with "of" inside, right before a lower-case noun of a text or an agreement ("framework", "agreement",
    "declaration": ``thing_heads``, ``agreement_nouns``, ``signed_text_nouns``), names that text, not a body."""
    if label != "ORG" or end >= len(doc) or not doc[end].is_lower:
        return False
    nouns = THING_HEADS | words("agreement_nouns") | words("signed_text_nouns")
    return _in_list(doc[end], nouns) and any(t.lower_ == "of" for t in doc[start + 1:end - 1])


DOCUMENT_NAME_SMALL_WORDS = frozenset({"of", "the", "on", "in", "for", "and", "to", "between"})


def _acronym_of_a_document(doc, start: int, end: int) -> bool:
    """"the Declaration on the Conduct of Parties (DOC)" (``entity.document_name``): an acronym in brackets after
    the capitalised name of a text (its first or last word a ``thing_heads`` noun: "Declaration", "Agreement")
    whose first letter it shares names that text, not a body."""
    if end - start != 1 or not doc[start].is_upper or start < 2 or end >= len(doc) or doc[start - 1].text != "(" \
            or doc[end].text != ")":
        return False
    i = start - 2
    while i >= 0 and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in DOCUMENT_NAME_SMALL_WORDS):
        i -= 1
    run = [t for t in doc[i + 1:start - 1]]
    while run and not (run[0].is_title or run[0].is_upper):
        run.pop(0)  # "the" before the name
    if len(run) < 2 or run[0].text[:1].upper() != doc[start].text[:1]:
        return False
    return _in_list(run[0], THING_HEADS) or _in_list(run[-1], THING_HEADS)


def _known_place(doc, start: int, end: int, text: str) -> bool:
    """A city or region of the gazetteer by its own name, never a look-alike (an organisation's name is no spelling of a town's),
    and a large one (a town of 20,000 may share a name with anything); one that speaks only if it is a capital
    (a government: "X said")."""
    g = gazetteer()
    place = g.place(text)
    if place is None or place.kind not in {"city", "region"} or key(place.name) != key(text):
        return False
    if place.kind == "city" and place.population < MIN_CITY_FOR_ORG:
        return False
    return not _speaks(doc, start, end) or g.capital_country(text) is not None


def _place_by_structure(doc, start: int, end: int, label: str) -> str | None:
    """A name the parse puts in a place's slot: "the X corridor", "X, the regional capital", "the capital,
    X", "north of X", "cities, including X", and a name the model calls a place after "in", "at", "near"."""
    root = doc[start:end].root
    head = root.head
    if root.dep_ == "compound" and _in_list(head, PLACE_HEADS) and head.i >= end:
        return "entity.place_compound"
    if (root.dep_ == "appos" and _in_list(head, PLACE_HEADS) and _acronym_of_a_place(doc, start, end) is not False) \
            or any(c.dep_ == "appos" and _in_list(c, PLACE_HEADS) for c in root.children):
        return "entity.place_apposition"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in COMPASS_WORDS:
        return "entity.compass_of"
    if root.dep_ == "pobj" and head.lower_ in EXAMPLE_PREPS and _in_list(head.head, PLACE_HEADS):
        return "entity.place_example"
    if label in {"GPE", "LOC"} and root.dep_ == "pobj" and head.lower_ in STATIC_PREPS:
        return "entity.place_locative"  # the model says place and so does the parse: "conditions in X"
    return _unlisted_place_rule(doc, start, end, label)


def _acronym_of_a_place(doc, start: int, end: int) -> bool | None:
    """For an acronym in brackets that spells the name right before it ("Ho Chi Minh City (HCMC)", "Zendan Coastal
    Lindor City (ZCLC)"), does that name name a place? None when the name is no such acronym. The acronym is
    what its long form is, and the bracket is no place's apposition."""
    if not (end - start == 1 and start > 0 and _defined_right_after(doc, start - 1)):
        return None
    long = next((e for e in doc.ents if e.end == start - 1), None)
    if long is None:
        return False
    rule = _name_rule(doc, long.start, long.end, long.label_, long.text)
    return gazetteer().place(long.text) is not None or rule not in {None, *NOT_PLACE_RULES}


def _unlisted_place_rule(doc, start: int, end: int, label: str) -> str | None:
    """A name of proper nouns that the structure makes a place whatever the model says: "the town of X"
    (``entity.place_kind_of``), or a person's or facility's name right under "in"/"at" of a meeting word ("the committee
    met in X", ``entity.meeting_locative``: nobody meets in a person; an organisation there stays one, "talks at the
    Foreign Ministry")."""
    root = doc[start:end].root
    head = root.head
    if root.dep_ != "pobj" or not all(t.pos_ == "PROPN" for t in doc[start:end]):
        return None
    if head.lower_ == "of" and head.head.lemma_.lower() in PLACE_KINDS and any(c.dep_ == "det" for c in head.head.children):
        return "entity.place_kind_of"
    if label in {"PERSON", "FAC"} and head.lower_ in MEETING_PLACE_PREPS and head.head.lemma_.lower() in MEETING_PLACE_GOVERNORS:
        return "entity.meeting_locative"
    return None


def _group_name(doc, start: int, end: int, text: str) -> bool:
    """An unknown "place" that names a group: a name with a digit, or one before a group noun ("the X rebel
    group", "X rebels")."""
    root = doc[start:end].root
    nxt = doc[end] if end < len(doc) else None
    return any(ch.isdigit() for ch in text) or (root.dep_ == "compound" and _in_list(root.head, GROUP_NOUNS)) \
        or (nxt is not None and _in_list(nxt, GROUP_NOUNS) and nxt.is_lower)


def _coordinated_titles(doc, mentions: list[Mention], plural: set[int]) -> None:
    """A plural title reaches every member of the coordination it stands before: "US envoys A and B"
    gives B the role and affiliation of A (and C, in "A, B and C"); not past a second "and" ("former prime
    ministers A and B, and C and D": C and D hold no such title)."""
    people = {i: m for m in mentions if m.label == "person" for i in range(m.start, m.end)}
    for m in mentions:
        if m.label == "person" and not m.role and (role := _plural_title_before_list(doc, m.start)):
            m.role, m.evidence["role"] = role, "entity.plural_title_before_list"
            plural.add(id(m))
    for m in mentions:
        if m.label != "person" or m.role:
            continue
        root = doc[m.start:m.end].root
        first = people.get(root.head.i) if root.dep_ == "conj" else None
        if first is None or not first.role or _second_pair(doc, first, m, people):
            continue
        if id(first) in plural or first.evidence.get("role") == "entity.coordinated_title":
            m.role, m.affiliation = first.role, m.affiliation or first.affiliation
            m.evidence.update(role="entity.coordinated_title", affiliation="entity.coordinated_title")


def _plural_title_before_list(doc, start: int) -> str | None:
    """"the three vice presidents — A, B and C" (rule ``entity.plural_title_before_list``): a plural title right before
    a dash or a colon that opens a list of names is the title of the first of them, in the singular (and, by
    :func:`_coordinated_titles`, of the others)."""
    heads, mods = _role_tokens()
    i = start - 2
    if i < 0 or doc[start - 1].text not in {"—", "–", ":"} or key(doc[i].text) in heads or not _is_head(doc[i], heads):
        return None
    words_ = [doc[i].lemma_.lower()]
    while i > 0 and key(doc[i - 1].text) in heads | mods and doc[i - 1].lower_ not in {"the", "of", "and", "for"}:
        i -= 1
        words_.insert(0, doc[i].lower_)
    return " ".join(words_)


def _second_pair(doc, first: Mention, m: Mention, people: dict[int, Mention]) -> bool:
    """"former prime ministers A and B, and C and D": ", and" after a pair joined by a bare "and" opens another pair."""
    gap = {t.lower_ for t in doc[first.end:m.start]}
    root = doc[first.start:first.end].root
    before = people.get(root.head.i) if root.dep_ == "conj" else None
    if not {",", "and"} <= gap or before is None:
        return False
    own = {t.lower_ for t in doc[before.end:first.start]}
    return "and" in own and "," not in own


def _places_of_the_country_named(doc, mentions: list[Mention]) -> None:
    """"in Lindor, Norway" (rule ``entity.place_in_named_country``): a place followed by a comma and a country is in
    that country; when the gazetteer's place of that name lies in another one, it is another place of the same name,
    kept with the country the text gives and no coordinates (a wrong point on the map is worse than none)."""
    from dataclasses import replace

    g = gazetteer()
    for m in mentions:
        if m.label != "place" or m.place is None or m.end + 1 >= len(doc) or doc[m.end].text != ",":
            continue
        nxt = next((x for x in mentions if x.start == m.end + 1 and x.label == "country"), None)
        if nxt is not None and (doc[nxt.start:nxt.end].root.dep_ in {"nsubj", "nsubjpass"} or (
                nxt.end < len(doc) and not doc[nxt.end].is_punct)):
            continue  # "their meeting in X, Ruritania on Thursday denounced …": the country starts a clause
        named = g.country(nxt.text) if nxt is not None else None
        if named and m.place.country and named != m.place.country:
            m.place = replace(m.place, name=m.text, kind="place", country=named, lat=None, lon=None, population=0)
            m.affiliation = named
            m.evidence["place"] = "entity.place_in_named_country"


def _acronym_labels(facts: EntityFacts) -> None:
    """What an acronym the text defines stands for decides its label, wherever the model read it otherwise: a place it
    names ("the Line of Control (LoC)", ``entity.place_acronym``), or an organisation it names where the model saw a
    person ("the Economic Community of Zorvan States (Ecozs)": an acronym written as a word reads to the model like a
    name; ``entity.body_acronym``)."""
    places = [key(m.text) for m in facts.mentions if m.label == "place"]
    bodies = {key(m.text) for m in facts.mentions if m.label == "organization"}
    for m in facts.mentions:
        words = facts.acronyms.get(m.text)
        if not words or m.label not in {"person", "organization"}:
            continue
        if any(p.startswith(key(words)) for p in places):
            m.label = "place"
            m.evidence["place"] = "entity.place_acronym"
        elif m.label == "person" and key(words) in bodies:
            m.label = "organization"
            m.evidence["label"] = "entity.body_acronym"


def _mark_quoted(doc, mentions: list[Mention]) -> None:
    """Which names stand inside quoted words (the quotes' own finder, :func:`generator.extract.quotes.find_quotes`)."""
    from .quotes import find_quotes

    pieces = [(p.start, p.end) for p in find_quotes(doc.text)]
    for m in mentions:
        at = doc[m.start].idx
        m.in_quote = any(a <= at < b for a, b in pieces)


def extract_entities(doc, dateline: str | None = None) -> EntityFacts:
    """Every name in the document, as a :class:`Mention`; ``dateline`` is the place the article's
    dateline names, which "the Egyptian resort" may refer to."""
    from ..analyse import sentence_index

    heads, _ = _role_tokens()
    sid = sentence_index(doc)
    facts = EntityFacts()
    used: set[int] = set()
    ents = _entities(doc, heads)
    # (a first name too: "Eugene said" after "Eugene Varnik" is the man, not a town of that name a gazetteer knows)
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1} | alias_names(doc) | _given_names(ents)
    plural: set[int] = set()
    defined = definitions(doc)
    facts.acronyms = {d.acronym: d.words for d in defined if d.name}
    things = {x for d in defined if _no_body_s_acronym(d) for x in (d.acronym, d.words)}  # a thing's words too
    for ent in ents:
        start, end = _clean_span(doc, ent.start, ent.end)
        start = _kind_before_town(doc, start, end)
        start = _adjective_of_name(doc, start, ent.label_)
        end = _before_title_words(doc, start, end, heads, ent.label_)
        end = _end_of_body_name(doc, start, end) if ent.label_ == "ORG" and start < end else end
        start, label = _start_of_name(doc, start, end, ent.label_, heads)
        if label not in ENT_LABELS or start >= end or any(i in used for i in range(start, end)) \
                or _not_a_name(doc, start, end, label) or doc[start:end].text in things or doc[end - 1].text in things:
            continue
        m = _mention(doc, start, end, label, sid.get(start, "s1"), surnames)
        if m is None:
            continue
        if m == "skip":
            used.update(range(start, end))
            continue
        _read_part(doc, m)
        if m.label == "person" and _plural_title(doc, m.start):
            plural.add(id(m))
        used.update(range(min(start, m.start), max(end, m.end)))  # a name extended over the next entity uses it
        facts.mentions.append(m)
    _coordinated_titles(doc, facts.mentions, plural)
    _places_of_the_country_named(doc, facts.mentions)
    facts.mentions += _definite_places(doc, facts.mentions, dateline, sid)
    facts.mentions += _role_references(doc, facts.mentions, sid)
    facts.mentions.sort(key=lambda m: m.start)
    _surnames_taken_for_organisations(facts.mentions)
    _acronym_labels(facts)
    _mark_quoted(doc, facts.mentions)
    index_mentions(doc, facts.mentions)
    _defined_bodies_are_no_outlets(facts)
    _acting_bodies_are_no_outlets(facts)
    facts.outlets = sorted({outlet_name(m.text) for m in facts.mentions if m.label == "outlet"})
    facts.pronouns = resolve_pronouns(doc, facts.mentions)
    _principal_by_pronoun(doc, facts)
    facts.aliases = alias_pairs(doc, facts.mentions)
    _counterparts(doc, facts)
    _office_of_the_only_country(doc, facts)
    return facts


def _office_of_the_only_country(doc, facts: EntityFacts) -> None:
    """Rule ``entity.office_of_the_only_country``: "Health Minister Jan Roe" in an article that names one country
    and no other (by its name or its people's adjective) holds that country's office: a minister of any kind, or a
    head of state or government (the lexicon's ``state_office_titles``). An article naming two countries or none
    leaves the office's country unsaid; a title with its own body or country keeps it, and so does one after a noun
    that names a body ("party president Jan Roe") or one borrowed from a counterpart. The actor's affiliation takes it
    only when no article tells another (:mod:`generator.kinds.actors`)."""
    only = _only_country(doc, facts)
    if only is None:
        return
    for m in facts.mentions:
        if m.label != "person" or m.affiliation or m.affiliation_of or not m.role or \
                m.evidence.get("role") == "entity.counterpart":  # "his ZDA counterpart": the title is borrowed
            continue
        title = m.role.split("; ")[0].lower()
        minister = title.split()[-1] == "minister"  # "Fisheries Minister Jan Roe": a portfolio, not a body, before it
        if (title in words("state_office_titles") or minister) and (minister or not _body_before_title(doc, m, title)) \
                and not _title_of_after(doc, m, title):
            m.affiliation, m.evidence["affiliation"] = only, "entity.office_of_the_only_country"


def _title_of_after(doc, m, title: str) -> bool:
    """"Jan Roe, President of the Zenda Dockers Union ZDU": the title after the name says whose office it is with
    "of", even when no body was read from it."""
    j, parts, seen = m.end, set(title.split()), 0
    while j < len(doc) and (doc[j].is_punct or doc[j].lower_ in {"the", "a"}) and seen == 0 and j < m.end + 3:
        j += 1
    while j < len(doc) and doc[j].lower_ in parts:
        j, seen = j + 1, seen + 1
    return seen > 0 and j < len(doc) and doc[j].lower_ == "of"


def _body_before_title(doc, m, title: str) -> bool:
    """"party president Jan Roe", "ZDA President Jan Roe": a noun right before the title names the body whose office
    it is, not a state's."""
    j, parts = m.start - 1, set(title.split())
    while j >= 0 and doc[j].lower_ in parts:
        j -= 1
    return j >= 0 and j < m.start - 1 and doc[j].pos_ in {"NOUN", "PROPN"}


def _only_country(doc, facts: EntityFacts) -> str | None:
    """The one country an article names, or None when it names several or none. Every country counts, by its name,
    its people's adjective ("South Korean doctors") or a place in it ("Oslo"); and the one country must be named as
    more than a place where something happens: by its adjective or as a party ("South Korea's government"), not only
    "in Norway" (a minister who arrives in Norway may be anyone's)."""
    g = gazetteer()
    countries = [m for m in facts.mentions if m.label == "country"]
    people = {g.demonym(e.text) or g.demonym(e[-1].text) for e in doc.ents if e.label_ == "NORP"} - {None}
    named = {g.country(m.text) or m.text for m in countries} | people
    named |= {m.affiliation for m in facts.mentions if m.affiliation and g.country(m.affiliation)}
    if len(named) != 1:
        return None
    as_party = people or any(m.dep.split(":")[0] != "pobj" or m.dep.split(":")[-1] not in LOCATIVE_PREPS
                             for m in countries)
    return next(iter(named)) if as_party else None


def _defined_bodies_are_no_outlets(facts: EntityFacts) -> None:
    """"According to the ZMO" where the article defined "the Zenda Monitoring Office (ZMO)" (rule
    ``entity.defined_body_not_outlet``): a name the article spells out as a body's acronym is that body, not a
    source outlet, unless it or its long form is an outlet's name (a listed agency or paper)."""
    from .outlets import defined_body
    for m in facts.mentions:
        if m.label == "outlet" and defined_body(m.text, facts.acronyms.get(m.text)):
            m.label = "organization"
            m.evidence["label"] = "entity.defined_body_not_outlet"


def _acting_bodies_are_no_outlets(facts: EntityFacts) -> None:
    """"According to Acme, the plant shut … Acme said it would appeal": a name cited only by "according to" (rule
    ``entity.according_to_outlet``) that the article also names as an organisation is that organisation, never an
    outlet (rule ``entity.acting_body_not_outlet``)."""
    bodies = {key(m.text) for m in facts.mentions if m.label == "organization"}
    for m in facts.mentions:
        if m.label == "outlet" and m.evidence.get("label") == "entity.according_to_outlet" and key(m.text) in bodies:
            m.label = "organization"
            m.evidence["label"] = "entity.acting_body_not_outlet"


def _surnames_taken_for_organisations(mentions: list[Mention]) -> None:
    """"Ken Maru, director general …, said … Maru told reporters": a one-word organisation the model found that is the
    last word of a person's full name earlier in the article, and no word of bodies, is that person's surname (rule
    ``entity.surname_taken_for_organisation``); reconciliation then joins it to the full name."""
    not_people = INSTITUTION_WORDS | BODY_HEADS | ORGAN_WORDS | GROUP_NOUNS
    surnames: set[str] = set()
    for m in mentions:
        words_ = m.text.split()
        if m.label == "person" and len(words_) > 1:
            surnames.add(words_[-1])
        elif m.label == "organization" and len(words_) == 1 and m.text in surnames and not m.institution \
                and key(m.text) not in not_people:
            m.label, m.affiliation = "person", None
            m.evidence["person"] = "entity.surname_taken_for_organisation"


def _start_of_name(doc, start: int, end: int, label: str, heads: set[str]) -> tuple[int, str]:
    """Where the name starts (after a country a title serves in, after the institution it serves in, or after an
    owner's possessive) and its label."""
    start, label = _after_country_served(doc, start, end, label, heads)
    start, label = _after_institution_served(doc, start, end, label, heads)
    if label == "ORG" and (named := _named_after_venue_noun(doc, start, end)) is not None:
        return named, "FAC"  # "Port Aster hotel The Lindor" read as one organisation: the hotel is "The Lindor"
    return (_after_owner(doc, start, end) if label == "ORG" else start), label


def _named_after_venue_noun(doc, start: int, end: int) -> int | None:
    """Rule ``entity.named_after_venue_noun``: a name the model read as one organisation with a venue's noun in lower
    case inside it, capitalised words after ("Port Aster hotel The Lindor"): the venue is the name after the noun
    (``venue_nouns_beside_names``); where that name starts, else None."""
    cut = next((i for i in range(start + 1, end - 1) if doc[i].is_lower and doc[i].lower_ in words("venue_nouns_beside_names")),
               None)
    return cut + 1 if cut is not None and all(t.text[:1].isupper() for t in doc[cut + 1:end]) else None


NAME_AFTER_INSTITUTION_WORDS = (2, 3)  # how many words a person's name run into an institution's may have


def _after_institution_served(doc, start: int, end: int, label: str, heads: set[str]) -> tuple[int, str]:
    """"the Director General of the Ministry of Energy Jan Roe", "State Secretaries Jan Roe-Berg": when the model runs
    the institution a title serves in (or the title itself) into the name after it, the name is the two or three
    capitalised words at the end, a person's (rule ``entity.name_after_institution``): the word before them an
    institution's, a portfolio's or a title's, a title's head in the span or right before it, and none of the
    words a known word of bodies, titles or places."""
    if label != "ORG":
        return start, label
    _, mods = _role_tokens()
    known = INSTITUTION_WORDS | PORTFOLIO_NOUNS | NOT_NAME_NOUNS | ORGAN_WORDS | heads | mods
    g = gazetteer()
    for k in range(end - 2, start, -1):
        tail = doc[k:end]
        n = len(tail.text.split())
        if n > max(NAME_AFTER_INSTITUTION_WORDS):
            break
        if n not in NAME_AFTER_INSTITUTION_WORDS or doc[k].text == "-" or not all(
                (t.is_title and t.is_alpha and len(t) > 1 and not _known_word(t, known, heads)) or
                (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_) for t in tail) \
                or any(g.place(t.text) or g.demonym(t.text) for t in tail):
            continue
        if not doc[k - 1].is_title or not _known_word(doc[k - 1], INSTITUTION_WORDS | PORTFOLIO_NOUNS | mods, heads) \
                or _defined_right_after(doc, end):
            continue
        lead = doc[max(doc[start].sent.start, start - 4):k]
        if any(_known_word(t, set(), heads - mods) and t.is_title for t in lead):
            return k, "PERSON"
    return start, label


def _defined_right_after(doc, end: int) -> bool:
    """Do the words before ``end`` spell the acronym in brackets right after them ("… Monitoring Team (AMT)"), so
    that they are a body's long form?"""
    if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].is_upper and doc[end + 2].text == ")"):
        return False
    acronym = doc[end + 1].text
    words = [w for w in doc[max(0, end - 2 * len(acronym)):end].text.split() if w[:1].isupper()]
    return "".join(w[0] for w in words[-len(acronym):]).upper() == acronym.upper()


def _known_word(tok, known: set[str], heads: set[str]) -> bool:
    """Is the word one of ``known`` or a title's head, singular or plural ("Secretaries", which the tagger may leave
    unlemmatised as a proper noun)?"""
    k = key(tok.text)
    return k in known or _is_head(tok, heads) or (k.endswith("ies") and k[:-3] + "y" in heads) or \
        (k.endswith("s") and k[:-1] in heads)


def _after_country_served(doc, start: int, end: int, label: str, heads: set[str]) -> tuple[int, str]:
    """"ambassador to the US Jan Roe", "envoy to Norway Jan Roe": when the model runs the country a title serves in
    into the name that follows, the name starts after the country and is a person's (start, label)."""
    if label not in {"ORG", "PERSON"} or start < 2 or end - start < 3:
        return start, label
    g = gazetteer()
    n = next((n for n in (2, 1) if g.country(doc[start:start + n].text) and end - start - n >= 2), 0)
    before = start - 1 - (doc[start - 1].lower_ == "the")
    if not n or doc[before].lower_ != "to" or before < 1 or not _is_head(doc[before - 1], heads) \
            or not all(t.tag_ == "NNP" for t in doc[start + n:end]):
        return start, label
    return start + n, "PERSON"


def _no_body_s_acronym(d) -> bool:
    """"terms of reference (TOR)", "Special Envoys (SE)", "the Trade Agreement (TA)": an acronym of common words,
    of a title or of a named text is a thing or a title, no name (nor "X's SE")."""
    return not d.name or _title_words(d.words) or _names_a_thing(d.words)


HEAD_ENDING_WORDS = {"of", "for", "on", "in", "between", "to"}


def _names_a_thing(text: str) -> bool:
    """"Bilateral Trade Agreement", "Declaration on the Conduct of Parties": words whose head (the last word before
    the first preposition) is a named thing's noun (``thing_heads``: a treaty, a declaration, an act) stand for a
    text, so their acronym names no body."""
    head = None
    for word in text.split():
        if word.lower() in HEAD_ENDING_WORDS and head is not None:
            break
        head = word
    return head is not None and key(head) in THING_HEADS


def _title_words(text: str) -> bool:
    """Are these words (an acronym's long form) a title's only ("Special Envoys", "Chief Negotiator")?"""
    heads, mods = _role_tokens()
    ws = [key(w) for w in text.split()]
    return any(w in heads or w[:-1] in heads for w in ws) and all(w in heads or w[:-1] in heads or w in mods for w in ws)


def _counterparts(doc, facts: EntityFacts) -> None:
    """"his French counterpart Jean Roe", "Doe's counterpart Jean Roe" (``entity.counterpart``): the role is the
    one the possessor holds (taken from any mention of that person in the text), the affiliation only the
    title's own country ("French"), never the possessor's; with no role to take, "counterpart" is dropped."""
    g = gazetteer()
    for m in facts.mentions:
        if m.label != "person" or not m.role or m.role.split("; ")[0].split()[-1] != "counterpart":
            continue
        word = next((t for t in reversed(doc[max(doc[m.start].sent.start, m.start - 5):m.start])
                     if t.lower_ == "counterpart"), None)
        if word is None:
            continue
        owner = next((c for c in word.children if c.dep_ == "poss"), None)
        held = _role_of(facts, owner) if owner is not None else None
        first, *rest = m.role.split("; ")
        m.role = "; ".join([held] * bool(held) + rest) or None
        m.affiliation = next((g.demonym(t.text) or g.country(t.text) for t in word.children
                              if t.dep_ in {"amod", "compound"} and (g.demonym(t.text) or g.country(t.text))), None)
        m.affiliation_of = None
        m.evidence.pop("affiliation", None)
        m.evidence.pop("role", None)
        rest_rule = "entity.title_abbreviation" if _abbreviated_titles(doc, m.start) else "entity.title_after"
        m.evidence.update({"role": "entity.counterpart"} if held else {"role": rest_rule} if m.role else {})
        m.evidence.update({"affiliation": "entity.counterpart"} if m.affiliation else {})


def _role_of(facts: EntityFacts, owner) -> str | None:
    """The role of the person a possessor names ("his" after a named person, or the name itself), from any
    mention of that person (same surname) in the text."""
    target = facts.at(owner)
    if target is None or target.label != "person":
        return None
    surname = target.text.split()[-1]
    roles = [m.role.split("; ")[0] for m in facts.mentions
             if m.label == "person" and m.role and m.text.split()[-1] == surname and "counterpart" not in m.role]
    return roles[0] if roles else None


def _role_references(doc, mentions: list[Mention], sid: dict[int, str]) -> list[Mention]:
    """"the Kremlin spokesman said", "Norway's foreign minister": a title with an affiliation but no
    name. Recorded as ``role_ref`` mentions; reconcile links one to the only person who holds that role."""
    heads, _ = _role_tokens()
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for tok in doc:
        if key(tok.text) not in heads or tok.i in covered or tok.pos_ not in {"NOUN", "PROPN"} \
                or _title_goes_on(doc, tok, heads):
            continue
        role, aff, aff_of, role_start, *_ = _title_left(doc, tok.i + 1)
        if not role or not aff or key(role.split()[-1]) != key(tok.text):
            continue
        first = _role_phrase_start(doc, tok, role_start)
        if first is None:
            continue
        out.append(Mention(_name_text(doc, first, tok.i + 1), "role_ref", sid.get(tok.i, "s1"), first, tok.i + 1,
                           role=role, affiliation=aff, dep=tok.dep_, spacy_label="ROLE"))
    return out


def _title_goes_on(doc, tok, heads: set[str]) -> bool:
    """Is ``tok`` followed by a name (a title before a name: read with the name) or by more of the title?"""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    return nxt.ent_type_ == "PERSON" or (nxt.tag_ == "NNP" and nxt.is_title) or key(nxt.text) in heads


def _role_phrase_start(doc, tok, role_start: int) -> int | None:
    """Where "the Kremlin spokesman" starts, or None when it is no reference of its own ("Dmitri Ivanov, the
    Kremlin spokesman,": an appositive, read with the name; a title without a determiner)."""
    first = role_start
    while first > 0 and doc[first - 1].i >= tok.sent.start and (doc[first - 1].tag_ in {"NNP", "JJ", "POS"} or
                                                                 doc[first - 1].ent_type_ in {"NORP", "GPE", "ORG"}):
        first -= 1
    if first > 0 and doc[first - 1].text == "," and doc[first - 2].ent_type_ == "PERSON":
        return None
    opens = all(t.is_space for t in doc[tok.sent.start:first])  # "¶ Ruritania's defence minister said": nothing before
    # "“…,” Ruritania's top diplomat added": a possessed title right after a quote is a reference of its own
    after_quote = first > 1 and doc[first - 1].text in QUOTE_CLOSERS and doc[first].tag_ in {"NNP", "NNPS"}
    if first > 0 and not opens and not after_quote and doc[first - 1].lower_ not in {"the", "a", "its", "their"} \
            and doc[first].lower_ != "the":
        return None
    return first


def _definite_places(doc, mentions: list[Mention], dateline: str | None, sid: dict[int, str]) -> list[Mention]:
    """"the same city", "the Turkish city", "the Egyptian resort" → the place they refer to: the
    latest place of that country named before (or the dateline's place). A bare "the city" is left alone."""
    g = gazetteer()
    anchor = g.place(dateline.split(",")[0]) if dateline else None
    out = []
    for tok in doc:
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ in {"the", "that", "this"}]
        if tok.lemma_.lower() not in PLACE_NOUNS or tok.tag_ != "NN" or not det:
            continue
        same, country = _place_noun_modifiers(tok)
        if not (same or country):
            continue
        cands = [m.place for m in mentions + out if m.place is not None and m.place.kind == "city" and m.start < tok.i]
        if anchor is not None and anchor.kind == "city":
            cands.insert(0, anchor)
        cands = [p for p in cands if p.country == country] if country else cands
        if not cands:
            continue
        place = cands[-1]
        start = min(c.i for c in det)
        out.append(Mention(place.name, "place", sid.get(start, "s1"), start, tok.i + 1, place=place,
                           affiliation=place.country, dep=tok.dep_, spacy_label="COREF"))
    return out


def _place_noun_modifiers(tok) -> tuple[bool, str | None]:
    """"the same city" → (True, None); "the Turkish city" → (False, "Turkey")."""
    g = gazetteer()
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
    same = any(c.lower_ in {"same", "very"} for c in mods)
    country = next((g.demonym(c.text) or g.country(c.text) for c in mods if g.demonym(c.text) or g.country(c.text)), None)
    return same, country


def outlet_name(text: str) -> str:
    """"Xinhua news agency" → "Xinhua"."""
    g = gazetteer()
    words = text.split()
    while len(words) > 1 and key(" ".join(words[-2:])) in g.outlet_cues["nouns"]:
        words = words[:-2]
    while len(words) > 1 and key(words[-1]) in g.outlet_cues["nouns"]:
        words = words[:-1]
    return " ".join(words)


def _two_people_before(tok, people: list[Mention]) -> bool:
    """Rule ``pronoun.two_people_before``: "X told reporters he would know within minutes of meeting Y whether he was
    serious" — when the pronoun's own sentence names two people before it, it may stand for either: it stands for
    nobody (the text never says which)."""
    sent = tok.sent
    names = {m.text.split()[-1] for m in people if sent.start <= m.start and m.end <= tok.i}
    return len(names) > 1


def _principal_by_pronoun(doc, facts: EntityFacts) -> None:
    """Rule ``entity.principal_by_pronoun``: "Jan Roe was due on Wednesday, though his foreign minister Eva Roe came on
    Tuesday": a titled person whose title a possessive pronoun opens serves the one that pronoun stands for, when
    that one is a person named earlier in the same sentence and the only one (reconciliation then shares the
    principal's affiliation). With no such person, or two, the title gives nothing."""
    for m in facts.mentions:
        if m.label != "person" or not m.role or m.affiliation or m.affiliation_of:
            continue
        poss = _title_possessive(doc, m)
        target = facts.pronouns.get(poss.i) if poss is not None else None
        if target is None or target.start < poss.sent.start:
            continue
        people = {x.text.split()[-1] for x in facts.mentions if x.label == "person" and poss.sent.start <= x.start
                  and x.end <= poss.i}
        if people == {target.text.split()[-1]}:
            m.affiliation_of = target.text
            m.evidence["affiliation"] = "entity.principal_by_pronoun"


def _title_possessive(doc, m: Mention):
    """The possessive pronoun that opens the title before a person's name ("his Foreign Minister Eva Roe"): a "poss"
    of the name's phrase, with only words of that phrase between it and the name; else None."""
    head = doc[m.end - 1]
    j = m.start - 1
    while j >= doc[m.start].sent.start and doc[j].tag_ != "PRP$" and not doc[j].is_punct and m.start - j <= MAX_HONORIFIC:
        j -= 1
    if j < doc[m.start].sent.start or doc[j].tag_ != "PRP$" or doc[j].dep_ != "poss":
        return None
    inside = all(t.i == head.i or head in t.ancestors for t in doc[j:m.start])
    return doc[j] if inside else None


def resolve_pronouns(doc, mentions: list[Mention]) -> dict[int, Mention]:
    """he/she/his → the person most recently the subject of a clause (or, failing that, mentioned); nobody when its
    own sentence names two people before it (:func:`_two_people_before`)."""
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
            if target is not None and not _two_people_before(tok, people):
                out[tok.i] = target
                if tok.dep_ in {"nsubj", "nsubjpass"}:
                    last_subject = target
    return out

