"""Acronyms a text defines itself: "the Rapid Support Forces (RSF)", "the terms of reference (TOR)".

An acronym in brackets right after the words whose initials it spells is a short name for those words.
When the words are a name (capitalised: "General Border Committee (GBC)") the acronym is another name of
the same body, and reconciliation joins the two; when they are a common noun phrase in lower case ("terms
of reference (TOR)", "memorandum of understanding (MoU)") the acronym names a thing, never an actor.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import words
from .text import squash

MAX_LETTERS = 8  # "NATO", "UNESCO": longer runs of capitals are shouting, not acronyms
POSSESSIVE = {"'", "’", "'s", "’s"}
EXTRA_WORDS = 3  # words an acronym's phrase may have beyond one per letter before the search gives up


@dataclass(frozen=True)
class Definition:
    acronym: str  # as written: "GBC", "MoU"
    words: str  # the words it stands for: "General Border Committee"
    name: bool  # are those words a name (capitalised) rather than a common noun phrase?


def spells(acronym: str, parts: list[str]) -> bool:
    """Do ``parts`` (two words or more) spell ``acronym``: each word gives its first letter, and may give later
    letters of its own in order ("Northwest" → N, W of "NWFP"); small words ("of", "the") may give theirs or
    none. One word is never spelt by an acronym ("ZENDA (ZA)" is a dateline)."""
    if len(parts) < 2:
        return False
    acr = acronym.lower()
    low = [p.lower() for p in parts]
    skip = words("reconcile", "acronym_skip")

    @lru_cache(maxsize=None)
    def go(a: int, w: int) -> bool:
        if w == len(low):
            return a == len(acr)
        word = low[w]
        if word in skip and go(a, w + 1):
            return True
        if a >= len(acr) or word[:1] != acr[a]:
            return False
        ends, pos, k = [a + 1], 1, a + 1
        while k < len(acr) and (found := word.find(acr[k], pos)) >= 0:
            k, pos = k + 1, found + 1
            ends.append(k)
        return any(go(e, w + 1) for e in ends)

    return go(0, 0)


def _is_acronym(text: str) -> bool:
    letters = text.replace("&", "")
    return letters.isalpha() and 2 <= len(letters) <= MAX_LETTERS and letters[:1].isupper() \
        and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


MIN_WORD_ACRONYM = 4  # "Ecozs", "Zato": an acronym some outlets write as a word, in title case


def _is_word_acronym(text: str) -> bool:
    """An acronym written as a word ("Ecozs", "Zato"): title case, four letters or more; it counts only in brackets
    after a capitalised name whose initials it spells (:func:`definitions`)."""
    return text.isalpha() and MIN_WORD_ACRONYM <= len(text) <= MAX_LETTERS and text.istitle()


def _apostrophe_word(text: str) -> bool:
    """A word with an apostrophe inside it ("O'Hara", "Ka’ran"): one word of a name, spelt by its first letter."""
    parts = re.split(r"['’]", text)
    return len(parts) == 2 and all(p.isalpha() for p in parts)


def _phrase_before(doc, paren: int, acronym: str):
    """The shortest run of words just before the bracket at ``paren`` (within its sentence, over hyphens and a
    possessive mark right before the bracket, up to the previous punctuation) that spells ``acronym``: the words
    as tokens, or None."""
    floor = doc[paren].sent.start
    toks = []
    i = paren - 1
    if i > floor and doc[i].text in POSSESSIVE:
        i -= 1  # "the Special Envoys' (SE) talks": the possessive mark before the bracket
    while i >= floor and len(toks) < len(acronym) + EXTRA_WORDS:
        tok = doc[i]
        if (tok.text in {"-", "‐"} and not tok.whitespace_) or (toks and tok.text in POSSESSIVE and i > floor):
            i -= 1  # a hyphen inside a word; a possessive mark inside the name ("Dockhands's Association")
            continue
        if not (tok.is_alpha or _apostrophe_word(tok.text)):
            break
        toks.insert(0, tok)
        if toks[0].lower_ not in words("reconcile", "acronym_skip") and spells(acronym, [t.text for t in toks]):
            return toks
        i -= 1
    return None


def long_form_start(doc, paren: int) -> int | None:
    """Where the words an acronym in brackets at ``paren`` ("(ACRONYM)") stands for begin, or None when the
    bracket holds no acronym those words spell."""
    if paren + 2 >= len(doc) or doc[paren].text != "(" or doc[paren + 2].text != ")" \
            or not _is_acronym(doc[paren + 1].text):
        return None
    found = _phrase_before(doc, paren, doc[paren + 1].text)
    return found[0].i if found else None


def definitions(doc) -> list[Definition]:
    """Every "words (ACRONYM)" of the text whose words spell the acronym, in reading order."""
    out = []
    for tok in doc:
        j = tok.i
        if tok.text != "(" or j + 2 >= len(doc) or doc[j + 2].text != ")":
            continue
        if _is_word_acronym(doc[j + 1].text):
            out.extend(_word_acronym(doc, j))
            continue
        if not _is_acronym(doc[j + 1].text):
            continue
        found = _phrase_before(doc, j, doc[j + 1].text)
        if found:
            text = squash(doc[found[0].i:found[-1].i + 1].text)
            name = any(t.is_title or t.is_upper for t in found if t.lower_ not in words("reconcile", "acronym_skip")) \
                and not _indefinite(doc, found[0].i)
            out.append(Definition(doc[j + 1].text, text, name))
        elif (org := _translated_name_before(doc, j)) is not None:
            out.append(Definition(doc[j + 1].text, squash(org.text), True))
    return out


def _indefinite(doc, start: int) -> bool:
    """Rule ``acronym.indefinite_thing``: words in capitals after "a" or "an" ("file an Unfair Trade Practice
    (UTP) charge") name a kind of thing, not a body: bodies are "the X" or plain "X"."""
    return start > 0 and doc[start - 1].lower_ in words("indefinite_articles")


def _word_acronym(doc, paren: int) -> list[Definition]:
    """"the Economic Community of Zorvan States (Ecozs)": an acronym written as a word defines a name only when every
    word of the phrase it spells is capitalised (its small words aside); "the talks (Talks)" or a nickname in
    brackets after a name ("Jan Roe (Janko)", which no initials spell) define nothing."""
    found = _phrase_before(doc, paren, doc[paren + 1].text)
    small = words("reconcile", "acronym_skip")
    if not found or not all(t.is_title or t.is_upper or t.lower_ in small for t in found):
        return []
    return [Definition(doc[paren + 1].text, squash(doc[found[0].i:found[-1].i + 1].text), True)]


def _translated_name_before(doc, paren: int):
    """"the National Liberation Army (ELN)": an organisation's name the model found, of two words or more, every word
    capitalised but its small words, right before the bracket, with an acronym its initials do not spell: the acronym
    of the name in the organisation's own language (rule ``acronym.translated_name``). None when the bracket holds an
    outlet's name ("(AFP)"), when the name is no organisation's, or when it has a word in lower case."""
    from .extract.outlets import is_outlet_name

    last = doc[paren - 1] if paren > 0 else None
    # the model may run the name on into the bracket ("the Zenda Liberation Front (FLZ"): it ends before it
    ent = next((e for e in doc.ents if last is not None and e.start < paren - 1 and e.label_ == "ORG"
                and (e.end == paren or paren < e.end <= paren + 3)), None)
    if ent is None or is_outlet_name(doc[paren + 1].text):
        return None
    ent = doc[ent.start:paren]
    small = words("reconcile", "acronym_skip")
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(toks) < 2 or not all(t.is_title or t.is_upper or t.lower_ in small for t in toks):
        return None
    return doc[toks[0].i:ent.end]
