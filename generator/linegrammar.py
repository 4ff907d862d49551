"""Lines judged by their grammar: photo captions that read as a sentence (rules ``caption.*``), and sentences
that lack their stop (rule ``reader.prose_without_stop``).

The text tests of :mod:`generator.furniture` keep a caption that is a well-formed sentence: "Jan Kral and
Anton Melnik signing the accord in Port Aster." ends with a full stop and is dense with stopwords. A caption's
grammar gives it away, read from the parse of the line alone:

- ``caption.participle``: no finite verb at all, and a participle tells what the people named are doing
  ("Jan Kral and Anton Melnik signing the accord");
- ``caption.dated_present``: the present tense of a scene, with the day the picture was taken at the end
  ("Jan Kral attends a ceremony in Port Aster, Oct 17."), a day no later than the article's own, or a month gone
  by; or a present passive of a verb of the picture ("A sign is seen outside Lindor in April 2024."): prose tells a
  past day in the past tense;
- ``caption.position_marker``: a name marked with its place in the picture ("Jan Kral (left) and Anton Melnik",
  "Jan Kral, centre, and …"; ``caption_positions`` in furniture.yml), in a line whose verb is not in the past.
- ``caption.present_without_stop``: a line with no stop at its end, text after it, and the present tense of a scene
  or of news ("Dockers and their supporters picket near the entrance to the port in Port Aster"; "Jan Roe says the
  offer falls short") or no finite verb at all (the parser reads a caption's verb as a noun: "… supporters picket
  near …"): a photo caption, a headline or a summary under it. A report that lacks its stop tells a past day in the
  past (``reader.prose_without_stop``); the last line of a copy cut short is left to the text tests, and an item of a
  bulleted list is text.

A line is judged only when it is one sentence of at most :data:`MAX_WORDS` words with no quotation mark: a
paragraph of the story told in several sentences, or a quote, is text whatever its tense. Each line removed
stays on its source page as "removed as page furniture", with its reason.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .furniture import HARD_END, QUOTE_MARKS, WORD, _data
from .lexicon import words

MAX_WORDS = 45
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
PRESENT_TAGS = {"VBZ", "VBP"}
REASONS = {"caption.participle": "photo caption (a participle, no finite verb)",
           "caption.dated_present": "photo caption (the present tense of a past day)",
           "caption.position_marker": "photo caption (a name marked with its place in the picture)",
           "caption.present_without_stop": "photo caption, headline or summary (no stop; the present or no finite verb)"}


@lru_cache(maxsize=1)
def _positions() -> re.Pattern:
    """"(left)", "(second from right)", and ", centre," after a name."""
    marks = "|".join(re.escape(m) for m in sorted(_data()["caption_positions"], key=len, reverse=True))
    return re.compile(rf"\((?:{marks})\)|(?<=[A-Za-z]),\s+(?:{marks}),")


# the words that make a clause finite, for a first look before the parse (a line with one has a finite verb)
FINITE_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says)\b", re.I)
ENDS_WITH_NUMBER = re.compile(r"\d[.)]?$")
# a wire's caption: a year, then only the place of the picture ("…, Oct. 3, 2024, in Port Aster, Zenda.")
YEAR_THEN_PLACE = re.compile(r"\b\d{4},?\s+in\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,4}\.?$")
# a stop and a capital after it: a second sentence, unless the stop ends an initial ("U.S. Steel", "J. Roe")
SECOND_SENTENCE = re.compile(r"(?<!\b[A-Z])[.!?]\s+[A-Z]")
BULLET = re.compile(r"^\s*[•·▪◦‣*–—-]\s")  # an item of a list: text, whatever its form


def candidate(line: str) -> bool:
    """Is the line short, one sentence at most, free of quotation marks, and with a sign of a caption that the
    parse is to confirm (a place in the picture, a number at its end or a year and then a place, or an -ing word and
    no finite word)?"""
    n = len(WORD.findall(line))
    text = line.strip()
    if not 2 <= n <= MAX_WORDS or QUOTE_MARKS.search(text) or SECOND_SENTENCE.search(text.rstrip(".!?")):
        return False
    return bool(_positions().search(text) or ENDS_WITH_NUMBER.search(text) or YEAR_THEN_PLACE.search(text) or
                _stopless(text) or
                (re.search(r"[a-z]ing\b", text) and not FINITE_WORDS.search(text)))


def _stopless(text: str) -> bool:
    """No stop at the end of the line, nor a comma (a sentence the copy cut at a comma goes on in the next line)."""
    return not HARD_END.search(text) and not text.endswith(",")


def caption_rule(doc, published: dt.date | None, last: bool = False) -> str | None:
    """The ``caption.*`` rule a parsed line (a spaCy ``Doc`` of the line alone) matches, or None. ``last``: the line
    is the last of the text (where a saved copy is cut short)."""
    sents = list(doc.sents)
    if len(sents) != 1:
        return None
    root = sents[0].root
    if _positions().search(doc.text) and root.tag_ != "VBD" and not _past_aux(root):
        return "caption.position_marker"
    if _participle_scene(doc, root):
        return "caption.participle"
    if published is not None and _dated_present(doc, root, published):
        return "caption.dated_present"
    if not last and _stopless(doc.text) and not BULLET.match(doc.text) and \
            (_told_in_present(root) or not any(t.tag_ in FINITE_TAGS for t in doc)):
        return "caption.present_without_stop"
    return None


def _told_in_present(root) -> bool:
    """The main verb in the present ("picket", "says"), with a subject and no auxiliary of the past or of a modal."""
    return root.tag_ in PRESENT_TAGS and any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children) and \
        not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "MD"} for c in root.children)


def _past_aux(verb) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "MD"} for c in verb.children)


def _participle_scene(doc, root) -> bool:
    """No finite verb; a participle ("signing") is the root or hangs on it, and a person is named, or the line is an
    image's description in lower case after "a" or "an" ("a man in a suit looking off into the distance": alt text)."""
    if any(t.tag_ in FINITE_TAGS for t in doc):
        return False
    named = [root] + [c for c in root.children if c.dep_ == "conj"]  # "X and Y signing …": on X or on Y
    scene = root.tag_ == "VBG" or any(c.dep_ == "acl" and c.tag_ == "VBG" for n in named for c in n.children)
    if doc[0].text in {"a", "an"} and root.pos_ == "NOUN" and any(t.tag_ == "VBG" for t in doc):
        return True  # alt text: a noun phrase in lower case, its scene a participle somewhere in it
    return scene and any(e.label_ == "PERSON" for e in doc.ents)


def _dated_present(doc, root, published: dt.date) -> bool:
    """A present-tense root verb of a scene (not "is", "has", "says"), no auxiliary, or a present passive of a verb
    of the picture ("is seen"), and a day with its number (or a month gone by, "in April 2024") at the line's end,
    or followed only by the place of the picture ("…, Monday, Nov. 11, 2024, in Port Aster, Zenda.",
    :func:`_place_after_day`), no later than the article's day."""
    from .extract.dates import resolve

    if not (_present_scene(root) and _people_in_the_scene(root)) and not _pictured(root):
        return False
    last = next((e for e in reversed(doc.ents) if e.label_ == "DATE"), None)
    if last is None or not re.search(r"\d", last.text) or not _on_the_scene(last.root, root) or \
            (doc.text[last.end_char:].strip(" .") != "" and not _place_after_day(doc[last.end:])):
        return False
    when = resolve(last.text, published)
    if when is not None and when.precision == "month":  # "… outside the plant in April 2024.": a month gone by
        return when.date < published.isoformat()[:7]
    return when is not None and when.precision == "day" and when.day <= published


def _present_scene(root) -> bool:
    """A present-tense verb of a scene (not "is", "has", "says") with no auxiliary and no negation."""
    return root.tag_ in PRESENT_TAGS and root.lemma_.lower() not in _not_scene_verbs() and \
        not any(c.dep_ in {"aux", "auxpass", "neg"} for c in root.children)


def _pictured(root) -> bool:
    """"A sign about the plan is seen outside Lindor in April 2024": a present passive of a verb of the picture
    (``caption_passive_verbs``), whatever it shows; "is seen as a step forward" is a judgement, not a picture."""
    return root.tag_ == "VBN" and root.lemma_.lower() in words("caption_passive_verbs") and \
        any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in root.children) and \
        not any(c.dep_ in {"aux", "neg"} or (c.dep_ == "prep" and c.lower_ == "as") for c in root.children)


def _place_after_day(tail) -> bool:
    """The words after a caption's day are only its place: "in" and names of places ("…, in Port Aster, Zenda.")."""
    words_ = [t for t in tail if not t.is_punct]
    return len(words_) >= 2 and words_[0].lower_ == "in" and \
        all(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in words_[1:])


def _people_in_the_scene(root) -> bool:
    """Does the verb's subject show people: a person named, or people in the plural ("workers", "ministers")?
    "The ceasefire takes effect on October 11" is a schedule, not a picture."""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.tag_ == "NNS" or any(t.ent_type_ == "PERSON" for t in subject.subtree)


def _on_the_scene(tok, root) -> bool:
    """Is the day the scene's, not that of a clause inside it ("the accord, signed on October 11")? No past
    participle, past verb or relative clause stands between it and the root."""
    while tok.i != root.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != root.i and (tok.tag_ in {"VBN", "VBD"} or tok.dep_ == "relcl"):
            return False
    return tok.i == root.i


@lru_cache(maxsize=1)
def _not_scene_verbs() -> frozenset[str]:
    return words("speech_verbs") | {"be", "have"}


MIN_PROSE_WORDS = 8
PAST_AUXILIARIES = {"had", "would", "could", "might"}  # "has", "will" are a headline's too ("X has agreed to …")


def prose_without_stop(doc) -> bool:
    """Rule ``reader.prose_without_stop``: a line the text tests call no sentence (no stop at its end, too short for
    a cut-off run) is one when its grammar is a report's: one sentence of eight words or more, dense with stopwords,
    whose main verb is in the past, or after "had", "would", "could" or "might" ("The two leaders last met a year ago
    at the summit in Zenda", "The ministry confirmed Friday that the leaders would meet"). A headline or a
    related story's link tells its news in the present, the perfect or the future ("X agree to work on …", "Y jets
    in to preside over …", "X will withdraw all troops if Y upholds commitments")."""
    from .furniture import stopword_density

    sents = list(doc.sents)
    alpha = [t.text for t in doc if t.is_alpha]
    if len(sents) != 1 or len(alpha) < MIN_PROSE_WORDS or stopword_density(alpha) < 0.2 or not doc.text[:1].isupper():
        return False
    root = sents[0].root
    told_past = root.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PAST_AUXILIARIES
                                          for c in root.children)
    return told_past and any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)
