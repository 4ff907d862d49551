"""Other names a person goes by, as the text says so: "Jan Roe, also known as Zed", "Jan Roe, alias 'Zed'",
"Roe, a.k.a. Zed", "Jan Roe, known by his nom de guerre, Zed", "Zed, whose real name is Jan Roe",
"General Jan Roe ('Zed')", "Jan 'Zed' Roe".

A cue of ``rules.yml`` (``entity.alias_after_name``, ``entity.real_name_after_alias``,
``entity.alias_in_brackets``) stands right after a person's name, and the other name follows it, in quotes or not;
``entity.nickname_in_name`` is a quoted name inside a person's name. Both names become people (the model often tags
a nickname as a place or nothing), and the article records the pair, which reconciliation joins into one actor
(``reconcile.alias``). When either side is not surely a person's name (a lower-case phrase: "known as the Iron
Lady"; a body's name, an acronym; a place, a country or an institution the gazetteer knows), nothing is joined:
two actors are better than one wrong one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import gazetteer
from ..lexicon import words
from ..text import key
from .rules import hits

RULES = ("entity.alias_after_name", "entity.real_name_after_alias", "entity.alias_in_brackets")
NICKNAME = "entity.nickname_in_name"
MAX_ALIAS_WORDS = 4  # "Zed", "Abu Zed", "Abu Zed al-Varni": longer runs are a phrase, not a name
MAX_NAME_WORDS = 5
OPENING = {'"', "“", "‘", "'", "«"}
CLOSING = {'"', "”", "’", "'", "»"}
NAME_LABELS = {"PERSON", "ORG", "LAW", "WORK_OF_ART", "PRODUCT"}  # labels the model gives people's names by mistake


@lru_cache(maxsize=1)
def BODY_WORDS() -> frozenset[str]:  # noqa: N802 - a constant read once from the lexicon
    return frozenset(words("institution_words") | words("body_heads") | words("organ_words") | words("group_nouns"))


@dataclass(frozen=True)
class Alias:
    name: tuple[int, int]  # token span of the name before the cue
    alias: tuple[int, int]  # token span of the other name, after the cue
    rule: str


def _name_word(tok) -> bool:
    """A word of a name: capitalised, alphabetic (hyphens and dots inside allowed), not a pronoun or determiner."""
    bare = tok.text.replace("-", "").replace(".", "").replace("'", "").replace("’", "")
    return bool(bare) and bare.isalpha() and tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ", "X"}


def _name_before(doc, end: int, ents: dict[int, object]) -> tuple[int, int] | None:
    """The name that ends right before token ``end``: the model's person there (or its organisation, which may run
    on over the cue: "Roe, a.k.a."), or a run of name words that no other kind of entity covers."""
    ent = ents.get(end - 1)
    if ent is not None:
        return (ent.start, end) if ent.label_ in NAME_LABELS and ent.start < end else None
    start = end
    while start > 0 and end - start < MAX_NAME_WORDS and _name_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
        start -= 1
    if start > 0 and doc[start - 1].is_sent_start and _name_word(doc[start - 1]):
        start -= 1  # a name that opens the sentence ("Zed, whose real name is …")
    return (start, end) if start < end else None


def _name_after(doc, start: int) -> tuple[int, int] | None:
    """The name right after a cue, past an opening quote mark or comma: a run of name words, which a closing
    quote mark, a comma, a bracket or the sentence's end closes (not a lower-case word: that is a phrase)."""
    while start < len(doc) and (doc[start].text in OPENING or doc[start].text == ","):
        start += 1
    end = start
    while end < len(doc) and end - start < MAX_ALIAS_WORDS + 1 and _name_word(doc[end]) \
            and (end == start or not doc[end].is_sent_start):
        end += 1
    if end == start or end - start > MAX_ALIAS_WORDS:
        return None
    closed = end == len(doc) or doc[end].is_punct or doc[end].text in CLOSING or doc[end].is_sent_start
    return (start, end) if closed else None


def _no_place(doc, span: tuple[int, int]) -> bool:
    """Neither a place (by that very name, not a look-alike spelling), a country, a demonym nor an institution the
    gazetteer knows."""
    g = gazetteer()
    text = doc[span[0]:span[1]].text
    place = g.place(text)
    return (place is None or key(place.name) != key(text)) and g.country(text) is None \
        and g.demonym(text) is None and g.institution(text) is None


def _person_like(doc, span: tuple[int, int]) -> bool:
    """No word of a body, an institution or a group in the name ("the Zenda Front, also known as …" names a body,
    not a person), and no acronym ("the Zenda Front, or ZF, known by his nom de guerre, …": the leader's alias)."""
    return not any(t.lower_ in BODY_WORDS() or (t.is_upper and len(t.text) > 1) for t in doc[span[0]:span[1]])


def _nicknames(doc) -> list[Alias]:
    """"Jan 'Zed' Roe" (rule ``entity.nickname_in_name``): the whole name, and the quoted word inside it."""
    from spacy.util import filter_spans

    out = []
    for span in filter_spans([doc[s:e] for s, e in hits(doc, NICKNAME)]):
        quotes = [t.i for t in span if t.text in OPENING | CLOSING]
        inner, outer = (quotes[0] + 1, quotes[-1]), [t for t in span if not quotes[0] <= t.i <= quotes[-1]]
        if len(quotes) == 2 and not any(t.lower_ in BODY_WORDS() or not _name_word(t) for t in outer) \
                and _no_place(doc, inner):
            out.append(Alias((span.start, span.end), inner, NICKNAME))
    return out


def find_aliases(doc, ents: list) -> list[Alias]:
    """Every alias cue of ``doc`` with a name on each side (``ents``: the model's entities, as corrected so far)."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    out = _nicknames(doc)
    inside = {i for a in out for i in range(*a.name)}
    for rule in RULES:
        for start, end in hits(doc, rule):
            before = _name_before(doc, start, at)
            after = _name_after(doc, end)
            if before is None or after is None or inside & {*range(*before), *range(*after)} \
                    or not all(_no_place(doc, s) and _person_like(doc, s) for s in (before, after)):
                continue
            if rule == "entity.alias_in_brackets" and (after[1] >= len(doc) or doc[after[1]].text not in CLOSING):
                continue  # "Jan Roe ('Zed')": only a quoted word in brackets is another name
            out.append(Alias(before, after, rule))
    return sorted(set(out), key=lambda a: a.name)


def people_with_aliases(doc, ents: list) -> list:
    """``ents`` with both names of every alias cue made people (an entity of another kind over either is
    replaced; the model tags many nicknames as places or nothing); the cues are kept in ``doc.user_data``
    for :func:`alias_pairs`."""
    from spacy.tokens import Span

    found = find_aliases(doc, ents)
    doc.user_data["briefing.aliases"] = found
    if not found:
        return ents
    spans = {s for a in found for s in ((a.name,) if a.rule == NICKNAME else (a.name, a.alias))}
    taken = {i for s, e in spans for i in range(s, e)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + [Span(doc, s, e, label="PERSON") for s, e in spans], key=lambda e: e.start)


def alias_names(doc) -> set[str]:
    """Every name an alias cue of ``doc`` shows to be a person's: never a town that happens to be spelt so."""
    return {doc[s:e].text for a in doc.user_data.get("briefing.aliases", []) for s, e in (a.name, a.alias)}


def alias_pairs(doc, mentions: list) -> list[tuple[int, str, str]]:
    """The alias cues of ``doc`` as (start of the person's mention, the other name, rule), when the name is one
    person's mention (a title the mention took off its front does not matter) and so is the other name, or it
    stands inside the person's name in quotes ("Jan 'Zed' Roe": the mention's name is then "Jan Roe")."""
    def person_at(i: int):
        return next((m for m in mentions if m.label == "person" and m.start <= i < m.end), None)

    out = []
    for a in doc.user_data.get("briefing.aliases", []):
        name, alias = person_at(a.name[1] - 1), person_at(a.alias[0])
        if name is None or alias is None or (name is alias) != (a.rule == NICKNAME):
            continue
        if a.rule == NICKNAME:
            name.text = f"{doc[name.start:a.alias[0] - 1].text} {doc[a.alias[1] + 1:name.end].text}".strip()
        out.append((name.start, doc[a.alias[0]:a.alias[1]].text if name is alias else alias.text, a.rule))
        name.evidence.setdefault("alias", a.rule)
    _named_again({n for _, n, _ in out}, mentions)
    return out


def _named_again(names: set[str], mentions: list) -> None:
    """"Jan Roe, alias 'Zed', … Zed said": the other name used again in the article is the person's too, whatever
    the model called it (rule ``entity.alias_named_again``), unless it is a known institution."""
    for m in mentions:
        if m.text in names and m.label in {"organization", "place"} and m.institution is None:
            m.label, m.place, m.affiliation = "person", None, None
            m.evidence["person"] = "entity.alias_named_again"
