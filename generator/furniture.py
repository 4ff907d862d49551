"""Page furniture: what a website prints around an article, told from the article line by line.

Saved pages bring their captions, credits, bylines, menus, tag strips, share and newsletter
widgets, related-story links, error banners and repeated headlines with them. Each line (each
paragraph of a Markdown or HTML article) is judged on features of its own, not matched against
a list of every site's wording:

- is it a sentence: sentence punctuation at the end and enough words, or at least a long run of
  lower-case prose (a truncated last sentence); headings, tag strips ("World US Elections War"),
  menus and bylines are not;
- stopword density (jusText's measure and stoplists): prose in English is dense with "the", "of",
  "and"; a teaser in another language is dense with that language's stopwords instead;
- script: mostly letters outside the Latin alphabet;
- no words at all ("403", "20"), or an emoji or symbol bullet in front ("🟦 …");
- links, handles and hashtags (``www.``, ``https://``, ``@name``, ``#tag``, ``site.com``);
- a credit at the end ("… via Telegram/", "… /Reuters", "… fair use", "… he said. - Agency") or a byline
  ("Name – Outlet");
- a cue phrase in front ("ALSO READ:", "Photo:", "Share", "Subscribe", "©"), from
  ``generator/data/furniture.yml``; a related-links cue ("You may also like") takes the short
  lines under it too;
- a repeat of the headline or of an earlier line.

The number or letter that heads an item of a numbered text ("2. Both sides agreed …") is list structure,
not text: it is taken off the front of its line.

Nothing is dropped silently: every removed line is returned with the reason, and the source
page lists them under "Removed as page furniture".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .gazetteer import gazetteer
from .lexicon import speech_form, words
from .text import squash

DATA = Path(__file__).parent / "data"
SENTENCE_END = re.compile(r"[.!?:;…][\"”’')\]]*$|[\"”’]$")
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
LINKISH = re.compile(r"(?:https?://|www\.|\w\.(?:com|org|net|gov|us|uk|info|io|co|news|tv)\b|(?<!\w)[@#]\w)", re.IGNORECASE)
SEPARATOR = r"\s*(?:[:|!?.–—]|\s-|$)"
# a caption's credit after its last sentence: "… in Port Aster. Name via Telegram/Agency/ Handout via AGENCY"
CREDIT_TAIL = re.compile(r"[.!?][\"”’]?\s+(?P<tail>[^.!?]{2,160})$")
CREDIT_WORDS = re.compile(r"/|\bvia\b|\bhandout\b|\bphoto\b|\bfile\b|\bcourtesy\b|\bcredit\b", re.IGNORECASE)
# a photo's credit after a caption's last sentence, with its own full stop: "… in Port Aster. Photo courtesy of the
# ministry.", "… at the border. Photo: Valley Agency.", "… skyline. Photo: Valley.az." (a dot inside a word is a
# site's name, no sentence's end); or a bare courtesy line: "… on Nov. 15. Courtesy the ministry.", "… Screenshot via
# video courtesy the ministry."
PHOTO_CREDIT_TAIL = re.compile(r"[.!?][\"”’]?\s+(?:file\s+)?(?:photo|image|picture|pic)s?\s*(?:courtesy\s+of|by\b|credit\b:?|source\b:?|:)"
                               r"\s*(?:[^.!?]|\.(?=\w)){2,100}\.?$", re.IGNORECASE)
COURTESY_TAIL = re.compile(r"[.!?][\"”’]?\s+(?:(?:[Ss]creenshot|[Vv]ideo)\s+(?:via\s+\w+\s+)?courtesy|Courtesy)(?:\s+of)?"
                           r"\s+(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}\.?$")
# a caption's credit in brackets at its end, an agency and a photographer: "… patrol the coast (AGENCY/Jan Roe)"
BRACKET_PHOTO_CREDIT = re.compile(r"\([A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3}\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\)\s*$")
# the words of a photo's credit ("— AGENCY/File", "Photo: AGENCY"): a line that ends with one is a caption
PHOTO_CREDIT = re.compile(r"\b(?:file|photo|handout|courtesy|images?|pic|pool)\b", re.IGNORECASE)
# a photo's credit in front of its caption, slashes joining an agency, the photographer and "FILE PHOTO":
# "AGENCY/JAN ROE/FILE PHOTO Delegates gather …"
SLASH_CREDIT_HEAD = re.compile(r"^(?P<credit>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}(?:\s?/\s?[A-Z][\w.&'’-]*"
                               r"(?:\s[A-Z][\w.&'’-]*){0,3}){1,3})\s+(?=[A-Z][a-z])")
# a photo's credit glued to or after a caption's end, with a slash or an agency: "… at the summitImage: AGENCY/J. Roe",
# "… a two-state solution/ Photo: AGENCY Archive / AGENCY Archive"
LABELLED_CREDIT_TAIL = re.compile(r"(?:(?<=[a-z])|\s|/\s?)(?:Photo|Image|Picture|Pic)s?\s?:\s*(?P<credit>[A-Z][^!?:]{1,60})$")
# a photographer's credit glued to a caption's last full stop, the name and an agency joined by a slash: "… on
# Aug. 22.JAN ROE/The Agency"
GLUED_SLASH_CREDIT_TAIL = re.compile(r"(?<=[a-z0-9][.!?])(?P<credit>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s?/\s?"
                                     r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\s*$")
# a photo's credit in brackets at a caption's end: "… to the summit [Valley Council handout]", "… [AGENCY Images]"
BRACKET_CREDIT_TAIL = re.compile(r"\[(?P<credit>[^\[\]]{2,60})\]\s*$")
MIN_SENTENCE_WORDS = 4
MIN_FRAGMENT_WORDS = 16  # a cut-off last sentence still reads as prose from this length
MAX_FRAGMENT_TITLE_CASE = 0.5  # ... unless a colon splits it and half its words or more are capitalised
MIN_CUT_AT_COMMA_WORDS = 8  # a line that stops at a comma after this many words, dense with stopwords, is prose
PROSE_DENSITY = 0.2  # jusText calls a paragraph with ~0.3 of stopwords good, below ~0.2 bad
BLOCK_ENDS_AT = 30  # words of a paragraph that ends a block of related links
MAX_HEADING_WORDS = 12  # a title-case line ending with a colon up to this length is a heading over a list

MAX_JUNK_LINE = 500  # a longer line is never publisher junk (data/boilerplate.yml): its patterns stay cheap


@dataclass(frozen=True)
class Removed:
    text: str
    reason: str
    post_of: int | None = None  # a post's signature: the index of the kept unit that is the post's text
    author: str | None = None  # the name the signature gives ("— Jan Roe (@janroe) May 3, 2025": "Jan Roe")


def _letters_only(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def edition_link(line: str) -> bool:
    """Is ``line`` only a link to a paper's print edition (``edition_links``: "Today's Print", "E-Paper")?"""
    return _letters_only(line) in _data()["edition_links"]


@lru_cache(maxsize=1)
def _data() -> dict:
    d = yaml.safe_load((DATA / "furniture.yml").read_text(encoding="utf-8"))
    boilerplate = yaml.safe_load((DATA / "boilerplate.yml").read_text(encoding="utf-8"))
    notices = boilerplate.get("junk_sentences", [])
    junk = boilerplate.get("junk_lines", []) + notices

    def starts(words):
        return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?!\w)", re.I)

    return {
        "cue": starts(d["line_cues"]),
        "block": re.compile(rf"(?:{'|'.join(re.escape(w) for w in d['block_cues'])})", re.I),
        "ending": re.compile(rf"(?:{'|'.join(re.escape(w) for w in d['line_endings'])})\W*$|/\s*$", re.I),
        "junk": [re.compile(rf"^(?:{p})$", re.I) for p in junk],
        "notice": [re.compile(rf"^(?:{p})$", re.I) for p in notices],
        "outlet_words": {w.lower() for w in d["outlet_words"]},
        "languages": d["other_languages"],
        "navigation": [(a.lower(), b.lower()) for a, b in d.get("navigation_pairs") or []],
        "caption": re.compile(rf"^(?:in\s+)?(?:this|these|a|an)\s+(?:[\w-]+\s+){{0,2}}?"
                              rf"(?:{'|'.join(re.escape(w) for w in d['caption_subjects'])})s?\b[^.!?]{{0,200}}?"
                              rf"\b(?:{'|'.join(re.escape(w) for w in d['caption_verbs'])})\b", re.I),
        "caption_positions": list(d["caption_positions"]),
        "edition_links": frozenset(_letters_only(str(w)) for w in d.get("edition_links", [])),
        "byline_title": re.compile(rf"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|of))*\s+(?i:{'|'.join(d['byline_titles'])})"
                                   rf"(?:,\s+(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\.?$"),
    }


def cue_alone(text: str) -> bool:
    """Is ``text`` only a cue phrase of ``furniture.yml`` ("FILE", "Photo", "Advertisement")? Such a word in capitals
    before a dash opens a caption, no dateline ("FILE - Delegates take their seats …")."""
    m = _data()["cue"].match(text.strip())
    return m is not None and m.end() == len(text.strip())


@lru_cache(maxsize=None)
def stoplist(language: str) -> frozenset:
    import justext

    return frozenset(justext.get_stoplist(language))


def stopword_density(words: list[str], language: str = "English") -> float:
    """jusText's measure: the share of words that are stopwords of ``language``."""
    if not words:
        return 0.0
    stops = stoplist(language)
    return sum(w.lower().strip(".'’") in stops for w in words) / len(words)


def outlet_name(line: str) -> bool:
    """Is ``line`` a masthead: a short name in capitals or title case whose last word is an outlet's word ("The
    Valley Herald", "THE ZENDA SHIMBUN", "Ruritania News Agency"), with no verb and no sentence's end?"""
    words = WORD.findall(line)
    return (0 < len(words) <= MAX_MASTHEAD_WORDS and outlet_word(words[-1])
            and all(w[:1].isupper() or w.lower() in {"of", "the", "and"} for w in words)
            and not SENTENCE_END.search(line))


MAX_MASTHEAD_WORDS = 5


def title_case_ratio(words: list[str]) -> float:
    """Share of words that start with a capital (or are all capitals): headlines, tags, menus, names."""
    content = [w for w in words if w.lower() not in stoplist("English") or w[:1].isupper()]
    return sum(w[:1].isupper() for w in content) / len(content) if content else 0.0


def is_sentence(line: str, words: list[str]) -> bool:
    """Prose: sentence punctuation at the end and a few words, or a long lower-case run (a cut-off
    last sentence) dense with stopwords."""
    if SENTENCE_END.search(line) and len(words) >= MIN_SENTENCE_WORDS:
        return True
    if SENTENCE_END.search(line) and len(words) >= 2 and any(w[:1].islower() for w in words[1:]):
        return True  # "Freedonia agreed.": short, but a sentence
    if line.rstrip().endswith(",") and len(words) >= MIN_CUT_AT_COMMA_WORDS and stopword_density(words) >= 0.25:
        return True  # "X include A, 51, and B, 58, along with C, 67,": a sentence the copy cut at a comma
    # (a headline, a colon and names, "Peril of the Revolution: Jan Roe and Eva Roe for Policy Talks", is a related
    # story's teaser and its authors, not cut-off prose: half its words or more are capitalised)
    return len(words) >= MIN_FRAGMENT_WORDS and stopword_density(words) >= 0.25 and not (
        ":" in line and title_case_ratio(words) >= MAX_FRAGMENT_TITLE_CASE)


def _non_latin_share(line: str) -> float:
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return 0.0
    return sum("LATIN" not in unicodedata.name(c, "") for c in letters) / len(letters)


OTHER_LANGUAGE_WORDS = 6  # from this length a line whose stopwords are mostly another language's is in that language


def _other_language(words: list[str]) -> str | None:
    """A line in another language: few English stopwords and a quarter of another's; or, in a longer line, twice the
    share of another language's stopwords as of English ones ("Vi bruker informasjonskapsler for analyse for …": the
    "for" of both languages does not make it English)."""
    english = stopword_density(words) if len(words) >= 3 else 1.0
    if english >= 0.2 and len(words) < OTHER_LANGUAGE_WORDS:
        return None
    # another language's stopwords count in lower case only (or first in the line): a capitalised word in an English
    # line is a name or a title ("Minister" is a Polish stopword), not that language's running text
    running = [w if i == 0 or not w[:1].isupper() else "" for i, w in enumerate(words)]
    best = max(_data()["languages"], key=lambda lang: stopword_density(running, lang))
    share = stopword_density(running, best)
    if english < 0.1 and share >= 0.25:
        return best
    return best if len(words) >= OTHER_LANGUAGE_WORDS and share >= 0.4 and share >= 2 * english else None


def outlet_word(word: str) -> bool:
    """Is ``word`` one of the words outlets' names are made of (``outlet_words``: "News", "Post", "Network")?"""
    return word.lower().strip(".,") in _data()["outlet_words"]


def is_byline(line: str) -> bool:
    """Is ``line`` a byline (:func:`_byline`)?"""
    return _byline(line, WORD.findall(line))


def byline_title(line: str) -> bool:
    """Rule ``furniture.byline_title``: a line that is a reporter's name and beat, or the beat alone, ending with a
    title of ``byline_titles`` ("Ivo Tamm North America correspondent, in Port Aster", "Diplomatic editor")."""
    return bool(_data()["byline_title"].match(line))


def _byline(line: str, words: list[str]) -> bool:
    """"Ivo Kral – Ruritania Daily News", "By Jane Roe, Reuters", "Jane Roe | Staff writer"."""
    if len(words) > 10 or SENTENCE_END.search(line) and not line.endswith("."):
        return False
    if re.match(r"^by\s+[A-Z]", line, re.I) and title_case_ratio(words[1:]) >= 0.8:
        return True
    if byline_title(line):
        return True  # "Ivo Tamm North America correspondent, in Port Aster"
    parts = re.split(r"\s+[–—|-]\s+|,\s+", line, maxsplit=1)
    if len(parts) != 2:
        return False
    name, outlet = parts
    name_words = name.split()
    return (2 <= len(name_words) <= 4 and all(w[:1].isupper() for w in name_words)
            and any(outlet_word(w) for w in WORD.findall(outlet)))


# an outlet's desk signing the article ("Valley Herald Desk", "Reported by: Valley News Desk Edited by: …")
DESK = re.compile(r"^(?:(?i:reported by|by):?\s+)?\W*(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}?)"
                  r"(?P<news>\s+News)?\s+(?:Desk|Bureau|Newsroom)\b")


def desk_outlet(line: str) -> str | None:
    """The outlet a desk byline names ("Valley Herald Desk" → "Valley Herald", "Valley News Desk" → "Valley
    News"); never a generic desk ("Web Desk", "News Desk", "Staff Desk")."""
    m = DESK.match(line.strip()) if len(line) <= 200 else None
    if m is None or m.group("outlet").lower() in words("generic_desks"):
        return None
    return m.group("outlet") + (" News" if m.group("news") else "")



def byline_outlet(line: str) -> str | None:
    """The outlet half of a byline: "Ahmed Rahimi – Valley Daily News" → "Valley Daily News"."""
    parts = re.split(r"\s+[–—|-]\s+|,\s+", line, maxsplit=1)
    return parts[1].strip(" .") or None if len(parts) == 2 else None


def judge(line: str) -> str | None:
    """Why ``line`` is page furniture, or ``None`` when it is article text."""
    words = WORD.findall(line)
    if not words:
        return "no words"
    sentence = is_sentence(line, words)
    return _by_form(line) or _by_cue(line, sentence) or _by_content(line, words, sentence)


def _by_form(line: str) -> str | None:
    """What the characters say: an emoji or symbol bullet, another script, a page's script code."""
    if unicodedata.category(line.lstrip()[:1]) in {"So", "Sk", "Co", "Cn"}:
        return "symbol or emoji bullet"
    if _non_latin_share(line) > 0.5:
        return "another script"
    if len(CODE_SIGNS.findall(line)) >= MIN_CODE_SIGNS:
        return "script code"
    return None


# signs of a page's script copied with its text ("if (x.y(z)) {", "a.b = c;", "!function(f,b,e)"): a brace or a
# semicolon ending the line, a brace opening it, a call on a dotted name, an assignment, a call with bare
# comma-separated arguments
CODE_SIGNS = re.compile(r"[{};]\s*$|^\s*[{}]|\b\w+(?:\.\w+)+\s*\(|\w\s*={1,3}\s*[\w'\"!(\[{]|\(\w+(?:,\w+)+\)")
MIN_CODE_SIGNS = 2  # one sign alone may be prose ("a = b" in a quoted formula, a closing semicolon)
MID_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")  # a second sentence: the line is prose, no caption
# where people stand in a photo ("(C)", "(4R)", "(2nd L)", "(left)"): two of them make a line a caption
POSITION_MARK = re.compile(r"\((?:\d(?:st|nd|rd|th)?\s?)?(?:[LRC]|left|right|centre|center)\)")


def _by_cue(line: str, sentence: bool) -> str | None:
    """Cue phrases in front, credits at the end (data/furniture.yml, data/boilerplate.yml)."""
    d = _data()
    if len(line) <= MAX_JUNK_LINE and any(p.match(line) for p in d["junk"]):
        return "cue phrase"
    cue = d["cue"].match(line)
    if cue and (not sentence or re.match(SEPARATOR, line[cue.end():])):
        return "cue phrase"
    if d["ending"].search(line):
        return "credit"
    if len(POSITION_MARK.findall(line)) >= 2:
        return "caption (where people stand)"
    if d["caption"].match(line) and not MID_SENTENCE_END.search(line):
        return "caption (what the picture shows)"
    tail = CREDIT_TAIL.search(line)
    if tail and not SENTENCE_END.search(line) and CREDIT_WORDS.search(tail["tail"]):
        return "caption credit"
    if PHOTO_CREDIT_TAIL.search(line) or COURTESY_TAIL.search(line) or BRACKET_PHOTO_CREDIT.search(line) \
            or _credit_at_an_edge(line) or _copyright_credit(line):
        return "caption credit"
    return None


COPYRIGHT_CREDIT = re.compile(r"©\s*[A-Z]")  # "… in front of the logo © PHOTO JAN ROE / AGENCY": no prose holds it


def _copyright_credit(line: str) -> bool:
    """A copyright sign and a name after it, with at most one sentence before it: a photo's credit, and the line a
    caption ("A girl poses in front of the summit's logo © PHOTO JAN ROE / ZENDA IMAGES"); a paragraph of several
    sentences keeps its text."""
    m = COPYRIGHT_CREDIT.search(line)
    return m is not None and not MID_SENTENCE_END.search(line[:m.start()])


def _credit_at_an_edge(line: str) -> bool:
    """A photo's credit in front of a line or glued to its end names an agency of ``outlets.yml`` or says it is a
    photo's ("FILE PHOTO", "handout", "Images"): "AGENCY/JAN ROE/FILE PHOTO Delegates gather …", "… at the
    summitImage: AGENCY/J. Roe", "… to the summit [Valley Council handout]", "… on Aug. 22.JAN ROE/The Agency". A
    slash alone ("the Zenda/Ruritania border") or brackets around an aside ("[the talks]") make no credit."""
    for pattern, is_credit in _EDGE_CREDITS:
        m = pattern.search(line)
        if m is not None and is_credit(m["credit"]):
            return True
    return False


def _names_agency(credit: str) -> bool:
    """Does a credit name an agency of ``outlets.yml`` among its parts ("AGENCY/Jan Roe", "AGENCY Archive")?"""
    parts = {re.sub(r"^the\s+", "", w.strip().lower()) for w in re.split(r"/|\bvia\b", credit)} - {""}
    return any(p in _agencies() or p.split(" ")[0] in _agencies() for p in parts)


_EDGE_CREDITS = (
    (SLASH_CREDIT_HEAD, lambda credit: "/" in credit and _names_agency(credit)),
    (LABELLED_CREDIT_TAIL, lambda credit: "/" in credit or _names_agency(credit)),
    (BRACKET_CREDIT_TAIL, lambda credit: PHOTO_CREDIT.search(credit) is not None),
    (GLUED_SLASH_CREDIT_TAIL, _names_agency),
)


def _by_content(line: str, words: list[str], sentence: bool) -> str | None:
    """Links, bylines, another language, and lines that are not sentences (headings, tags, menus)."""
    links = sum(bool(LINKISH.search(w)) for w in line.split())
    if links and (not sentence or links / len(line.split()) >= 0.3):
        return "link"
    if _byline(line, words):
        return "byline"
    language = _other_language(words)
    if language:
        return f"another language ({language})"
    if not sentence:
        return "title-case line (tags, menu, heading)" if title_case_ratio(words) >= 0.8 else "not a sentence"
    if stopword_density(words) < 0.05 and title_case_ratio(words) >= 0.9:
        return "title-case line (tags, menu, heading)"
    # "Key Points of the Valley Summit:" over a list; not "Foreign Secretary Jan Kral said:", whose words follow
    if line.rstrip().endswith(":") and len(words) <= MAX_HEADING_WORDS and title_case_ratio(words) >= 0.9 \
            and not (words[-1].islower() and speech_form(words[-1])):
        return "title-case line (tags, menu, heading)"
    if not HARD_END.search(line) and len(words) >= 3 and title_case_ratio(words) >= 0.9:
        return "title-case line (tags, menu, heading)"  # a sub-heading that ends on a quote: "X Calls It a ‘Y’"
    if re.search(r"(?:…|\.\.\.)\s*$", line) and len(words) >= 4 and title_case_ratio(words) >= 0.95:
        return "title-case line (tags, menu, heading)"  # a teaser cut short: "Man Goes For A Bath In River…"
    if _question_heading(line, words):
        return "heading (a question)"
    return None


MAX_QUESTION_HEADING_WORDS = 8  # a sub-heading is short; a post's question of ten words is its text
QUOTE_MARKS = re.compile(r"[\"“”«»]")  # a quotation's marks: a line that holds one is somebody's words


def _question_heading(line: str, words: list[str]) -> bool:
    """Rule ``reader.question_heading``: a short question alone on its line, unquoted ("What is the debt ceiling?",
    "Jan Roe to remain?", "Port Aster for the next round?") is an explainer's sub-heading or a widget's prompt: a
    reporter's own question opens or closes a paragraph of the story, and a speaker's is quoted."""
    return line.rstrip().endswith("?") and len(words) <= MAX_QUESTION_HEADING_WORDS \
        and not QUOTE_MARKS.search(line) and not MID_SENTENCE_END.search(line)


# the signature of an embedded post after its text: "… — Name (@handle) June 14, 2025"
EMBED_SIGNATURE = re.compile(r"\s+[—–]\s*[^()]{2,80}?\(@\w{1,30}\)[^()]{0,40}$")
# the same signature on a line of its own, the author's name in a group
POST_SIGNATURE = re.compile(r"^[—–]\s*(?P<author>[^()@—–]{2,80}?)\s*\(@\w{1,30}\)[^()]{0,40}$")
# links after the text of a line ("… hold fire? https://t.co/…", "… the plan. pic.site.com/Ab12"): a shared post's address
TRAILING_LINKS = re.compile(r"(?:\s+(?:https?://|www\.|[\w.-]+\.(?:com|org|net|gov|io|co|ly|me|tv|news)/)\S+)+\s*$",
                            re.IGNORECASE)
# an agency's credit after the last sentence of a paragraph: "… said the minister. - Agency", "… — AGENCY"
CREDIT_AFTER_TEXT = re.compile(r"(?<=[.!?\"”’])\s+[-–—]\s*[A-Z][\w.&'’]*(?:[ /][A-Z][\w.&'’]*){0,3}\s*$")
# a number or letter that heads an item of a numbered text ("2. Both sides agreed …", "b) The parties …")
ENUMERATOR = re.compile(r"^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?=\S)")
# a line's end that is a sentence's end (a closing quote alone is no sentence's end in a heading: "X Calls It a ‘Y’")
HARD_END = re.compile(r"[.!?…:;][\"”’')\]]*$")
# two lines glued together when the page was copied: "… the region.The signing …", "… moment.”mitv", "… (ZRC).A
# statement …" (the one-letter words "A" and "I" too, after a word: "Section 2.A of" stays whole)
GLUED = re.compile(r"(?<=[a-z0-9)][.!?])(?=[A-Z][a-z])|(?<=[a-z)][.!?])(?=[AI] [a-z])|(?<=[.!?][\"”’])(?=[A-Za-z])")


def unglue(lines: list[str]) -> list[str]:
    """Split lines where a sentence end is glued to the next line's first word, and where a line with no end
    (a headline) is glued to the next one's first word: "… agree to a truce in PortasterValdoria and Ruritania
    have agreed …", when the page writes both words alone elsewhere (:func:`_glued_line_starts`)."""
    lines = [part for line in lines for part in _split_glued_ends(line)]
    alone = {w for line in lines for w in CAPITAL_WORD.findall(line)}
    return [part for line in lines for part in _glued_line_starts(line, alone)]


def _split_glued_ends(line: str) -> list[str]:
    """The line cut where a sentence's end is glued to the next one's start, never inside an outlet's web address
    ("Zenda.Az reports": rule ``token.domain_name``, ``domain_suffixes`` in outlets.yml)."""
    from .extract.outlets import web_address_spans

    inside = web_address_spans(line)
    cuts = [m.start() for m in GLUED.finditer(line) if not any(a < m.start() < b for a, b in inside)]
    return [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)])]


CAPITAL_WORD = re.compile(r"(?<![^\W\d_])[A-Z][a-z]+(?![^\W\d_])")
# (never inside a handle or a hashtag: "@JanRoe", "#PortAster" are one word, rule ``furniture.handle_whole``)
GLUED_CAPITALS = re.compile(r"(?<![^\W\d_])(?<![@#])([A-Z][a-z]{3,})([A-Z][a-z]{3,})(?![^\W\d_])")


def _glued_line_starts(line: str, alone: set[str]) -> list[str]:
    """The line cut where two capitalised words the page also writes alone are glued ("PortasterValdoria"):
    the end of a line with no stop and the start of the next ("BlackRock" stays whole unless the page writes
    both "Black" and "Rock" alone)."""
    m = next((m for m in GLUED_CAPITALS.finditer(line) if m[1] in alone and m[2] in alone), None)
    if m is None:
        return [line]
    return [line[:m.start(2)].rstrip(), *_glued_line_starts(line[m.start(2):], alone)]


# a capitalised word with a word glued on by the copy: "Kraland", "Petrenkothey", "KralEU" (an acronym after it)
GLUED_WORD = re.compile(r"(?<![^\W\d_])(?<![@#])([A-Z][^\W\d_]{3,})(?![^\W\d_])")
MIN_GLUED_STEM = 4  # letters of the word the glued one starts with ("Kral" of "Kraland")


def split_glued_words(paragraphs: list[str]) -> list[str]:
    """Words a copied page glued together, set apart: a capitalised word whose start the article also writes
    as a word of its own, followed by a small word of ``lexicon.yml`` (``glued_words``: "and", "the", "they") or
    by an acronym ("Jan Kraland the envoy" → "Jan Kral and the envoy", "KralEU envoy" → "Kral EU envoy").
    "Holland" stays whole unless the same article writes "Holl" alone."""
    alone = {m.group(1) for p in paragraphs for m in GLUED_WORD.finditer(p)}
    glue = words("glued_words")

    def cut(m: re.Match) -> str:
        word = m.group(1)
        for k in range(len(word) - 2, MIN_GLUED_STEM - 1, -1):
            stem, tail = word[:k], word[k:]
            if stem not in alone or not stem[-1].islower():
                continue
            if tail in glue or (tail.isupper() and tail.isalpha() and 2 <= len(tail) <= 5):
                return f"{stem} {tail}"
        return word
    return [_split_glued_titles(GLUED_WORD.sub(cut, p), alone) for p in paragraphs]


# a title in lower case with the name after it glued on by the copy: "Co-leaderMarta Roe"
GLUED_TITLE = re.compile(r"(?<![^\W\d_])(?<![@#])([a-z]{3,})([A-Z][a-z]{2,})(?![^\W\d_])(?P<surname> [A-Z][a-z]+)?")


def _split_glued_titles(paragraph: str, alone: set[str]) -> str:
    """A title word of ``roles.yml`` glued to the capitalised word after it, a word the article also writes on its
    own or that a capitalised word follows, as a name does ("Co-leaderMarta Roe" → "Co-leader Marta Roe"). "iPhone",
    "eBay" and a lower-case word that is no title stay whole."""
    from .extract.entities import title_words  # (the words of roles.yml's titles, read once there)

    def cut(m: re.Match) -> str:
        stem, tail = m.group(1), m.group(2)
        named = tail in alone or m.group("surname") is not None
        return f"{stem} {tail}{m.group('surname') or ''}" if stem in title_words() and named else m.group(0)
    return GLUED_TITLE.sub(cut, paragraph)




# a wire's sign-off or an agency in brackets after the last sentence: "… he said. (end)", "… on Saturday. (Agency)"
SIGN_OFF = re.compile(r"(?<=[.!?\"”’])\s+\((?:end|END|[A-Z][\w.&'’]*(?:[ /][A-Z][\w.&'’]*){0,2})\)\s*$")
# a run of hashtags after the last sentence: "… at stake in these talks. #ValleyTalks #Ruritania"
TRAILING_HASHTAGS = re.compile(r"(?<=[.!?\"”’])(?:\s+#\w+){1,10}\s*$")
# an agency's name alone after the last sentence: "… met on Monday in the capital. AGENCY"
AGENCY_AFTER_TEXT = re.compile(r"(?<=[.!?\"”’])\s+(?P<tag>[A-Z][\w.&'’-]{1,20})\s*$")
# a copyright line glued after the last sentence: "… the takeover. - Copyright The Valley Times Limited 2023",
# "… on Monday. © 2024 Valley Media. All rights reserved." (capitalised words and years only: "Copyright law …" is text)
COPYRIGHT_AFTER_TEXT = re.compile(r"(?<=[.!?\"”’])\s+(?:[-–—]\s*)?(?:©|\([cC]\)|Copyright)\s*(?:©\s*)?(?:\d{4}\s*)?"
                                  r"(?:[A-Z][\w&.'’-]*\s*){1,6}(?:\d{4})?\.?(?:\s*All [Rr]ights [Rr]eserved\.?)?\s*$")
# a related story's headline glued after the last sentence: "… the fighting. Zenda Leader Proposes Talks With Korvan
# in Port Aster on May 15 To End War." (rule furniture.headline_tail, :func:`_headline_case`)
HEADLINE_TAIL = re.compile(r"(?<=[a-z0-9]{2}[.!?])\s+(?P<tag>[A-Z][^.!?\n]{20,240}[.!?]?)\s*$")
MIN_HEADLINE_TAIL_WORDS = 6


def _headline_case(text: str) -> bool:
    """Is ``text`` written as a headline: every word capitalised but the short function words, six or more words,
    and a preposition or an article capitalised inside it (``headline_function_words``: "… Talks With Korvan … To
    End War"), which prose never does?"""
    found = WORD.findall(text)
    inner = [w for w in found[1:] if w.lower() in words("headline_function_words")]
    return len(found) >= MIN_HEADLINE_TAIL_WORDS and title_case_ratio(found) == 1.0 and any(w[:1].isupper() for w in inner)


def _headline_after_prose(unit: str, m: re.Match) -> bool:
    """A headline glued after prose: the tail is in headline case and what comes before it is not (a line of two
    teasers, "Will X Flood The Vote? A Few Y Seek To Get Ahead Of It", is a line of furniture, judged whole)."""
    return _headline_case(m["tag"]) and not _headline_case(unit[:m.start()])


# the mark of an excerpt cut short by the site: "… the responsibility now rests with the […]"
EXCERPT_MARK = re.compile(r"\s*\[(?:…|\.\.\.)\]\s*$")
# an aggregator's credit in front: "(AGGREGATOR- Valley News Agency (VNA)) PORT ASTER, May 3 …"
AGGREGATOR_CREDIT = re.compile(r"^\([A-Z][A-Za-z]{2,20}-\s[^()]{1,60}(?:\([^()]{1,15}\))?\)\s+(?=\S)")
# an outlet's tag glued in front of the text: "VALLEYNEWS- Both sides …", "Valley Press: Both sides …",
# "Valley News – Both sides …"
OUTLET_TAG = re.compile(r"^(?:[A-Z]{4,}-|(?:[A-Z][\w&'’.]*\s){1,3}(?:Press|News|Agency|Wire)(?:\s?:|\s[-–—]))\s+(?=[A-Z])")
# a one-word label set off by a dash in front of a sentence, a word of two capitals or more that no name or place is
# written as: an outlet's own name ("ValleyFin -- Officials of both sides said …") or a topic's kicker ("BACKGROUND –
# The deal comprises …", rule reader.label_before_dash)
# (an acronym of five letters or fewer, "ZLF —", is a body's name, and a surname's prefix, "McRoe —", "MacRoe —",
# "DeRoe —", starts a name: no label; a word run together has three small letters or more before its second capital)
LABEL_DASH = re.compile(r"^(?P<label>[A-Z][a-z]{3,}[A-Z][A-Za-z]*|[A-Z]{6,})\s(?:--|[–—])\s+(?=[A-Z])")
# an agency's short tag with a dash in front: "-agency Jan Kral said …", "— AGENCY Jan Kral said …"
AGENCY_TAG = re.compile(r"^[-–—]\s?(?P<tag>[A-Za-z]{2,10})\s+(?=[A-Z])")


def _cut_head(unit: str) -> tuple[str, Removed | None]:
    """A credit in front of a line of text, cut off: an aggregator's "(AGGREGATOR- Agency (CODE))", an
    outlet's tag ("VALLEYNEWS- ", "Valley Press: "), an agency of ``outlets.yml`` after a dash ("-agency "), a label
    set off by a dash that is no place (``LABEL_DASH``: a dateline names a place, "PORT ASTER –", and stays one)."""
    for pattern in (AGGREGATOR_CREDIT, OUTLET_TAG):
        m = pattern.match(unit)
        if m:
            return unit[m.end():], Removed(m.group().strip(), "credit")
    m = AGENCY_TAG.match(unit)
    if m and m["tag"].lower() in _agencies():
        return unit[m.end():], Removed(m.group().strip(), "credit")
    m = LABEL_DASH.match(unit)
    if m and gazetteer().place(m["label"]) is None:  # (the gazetteer reads a name in any case)
        return unit[m.end():], Removed(m.group().strip(), "label before a dash")
    return unit, None


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    return frozenset(str(a).lower() for a in yaml.safe_load((DATA / "outlets.yml").read_text(encoding="utf-8"))["agencies"])


def _cut_tail(unit: str) -> tuple[str, Removed | None]:
    """A post's signature or a trailing link, cut off the end of a line of text; an agency's credit after a
    paragraph goes alone, but a photo's credit ("… at the border. — AGENCY/File") makes the line a caption."""
    for pattern, reason in ((EMBED_SIGNATURE, "signature of an embedded post"), (TRAILING_LINKS, "link"),
                            (CREDIT_AFTER_TEXT, "credit"), (SIGN_OFF, "credit"), (EXCERPT_MARK, "excerpt mark"),
                            (TRAILING_HASHTAGS, "tags"), (COPYRIGHT_AFTER_TEXT, "copyright"),
                            (AGENCY_AFTER_TEXT, "credit"), (HEADLINE_TAIL, "related headline")):
        m = pattern.search(unit)
        if m and pattern is HEADLINE_TAIL and not _headline_after_prose(unit, m):
            continue
        if m and pattern is AGENCY_AFTER_TEXT and m["tag"].lower() not in _agencies():
            if any(p.match(m["tag"]) for p in _data()["junk"]) and m.start() > 0:
                # an advertisement's label left inline after the last sentence: "… close behind. Advertisement"
                return unit[:m.start()].strip(), Removed(m["tag"], "cue phrase")
            continue  # "… said Kral." ends with a name, not an agency's
        if m and m.start() > 0:
            if reason == "credit" and (PHOTO_CREDIT.search(m.group()) or _photographer_credit(m.group())
                                       or _dated_caption(unit[:m.start()])):
                return "", Removed(unit, "caption credit")
            return unit[:m.start()].strip(), Removed(unit[m.start():].strip(), reason)
    return unit, None


# where one sentence ends and the next begins inside a line: a stop, then a capital or an opening quotation mark
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[\"“‘']?[A-Z])")


def _junk_sentence(sentence: str) -> bool:
    return len(sentence) <= MAX_JUNK_LINE and any(p.match(sentence) for p in _data()["notice"])


def _cut_junk_sentences(unit: str) -> tuple[str, list[Removed]]:
    """Rule ``reader.junk_sentence``: a publisher's notice told as a sentence of its own at the start or the end of a
    paragraph of several ("This is a developing story. Please check back for updates.", "… Any story to share? Email
    us at …"): each such sentence goes (``junk_sentences`` of ``boilerplate.yml``, matched against the sentence
    alone), and the sentences of the story between them stay. A unit the line tests judge whole is left to them."""
    parts = SENTENCE_BREAK.split(unit)
    if len(parts) < 2:
        return unit, []
    first, last = 0, len(parts)
    while first < last and _junk_sentence(parts[first]):
        first += 1
    while last > first and _junk_sentence(parts[last - 1]):
        last -= 1
    if (first, last) == (0, len(parts)):
        return unit, []
    gone = parts[:first] + parts[last:]
    return " ".join(parts[first:last]), [Removed(g, "cue phrase") for g in gone]


def _judged(unit: str) -> tuple[str, list[Removed], str | None]:
    """(the unit, the notices cut off its edges, the line tests' verdict on what is left): a unit the line tests judge
    whole keeps its sentences (:func:`_cut_junk_sentences` runs only on text), and each unit is judged once."""
    verdict = judge(unit)
    if verdict is not None:
        return unit, [], verdict
    cut, notices = _cut_junk_sentences(unit)
    return cut, notices, (judge(cut) if notices and cut else verdict)


MAX_TAILS = 3  # an embedded post's signature, then its link, then a tag: each cut off in turn


def _cut_tails(unit: str) -> tuple[str, list[Removed]]:
    """What :func:`_cut_tail` cuts, again until nothing more comes off: a post's text ends with its link before its
    signature ("… the plan. pic.site.com/Ab12 — Name (@handle) May 3, 2025"): both go."""
    removed: list[Removed] = []
    for _ in range(MAX_TAILS):
        unit, tail = _cut_tail(unit)
        if tail is None:
            break
        removed.append(tail)
    return unit, removed


def _photographer_credit(tail: str) -> bool:
    """A credit in brackets that a slash splits into a photographer and an outlet ("… on Friday. (Jan Roe/Agency)",
    "(Agency/Jan Roe)") is a photo's, and makes the line a caption; an agency on both sides ("(Agency/Wire)") is a
    wire's sign-off after the story's text (``agencies`` of ``outlets.yml``)."""
    tail = tail.strip()
    parts = [p.strip().lower() for p in tail[1:-1].split("/")] if tail[:1] == "(" and tail[-1:] == ")" else []
    return len(parts) == 2 and all(parts) and not all(p in _agencies() for p in parts)


def _dated_caption(text: str) -> bool:
    """A photo's caption before an agency's credit: one sentence that ends with the full date the picture was taken
    ("Guards stand at the gate of the ministry in Port Aster, March 29, 2014. — AGENCY"); a paragraph of the story
    is told in more than one sentence, or ends otherwise."""
    from .published import patterns  # the date patterns of the stamp reader

    body = text.strip().rstrip(".").rstrip()
    last = None
    for last in patterns()["full"].finditer(body):
        pass
    return last is not None and last.end() == len(body) and body[:last.start()].rstrip().endswith(",") \
        and not re.search(r"[.!?][\"”’]?\s+[A-Z]", body[:last.start()])


TOKEN = re.compile(r"[^\W_]+")
MIN_HEADLINE_WORDS = 5  # a shorter title may open a sentence of the text by chance


def _cut_headline(unit: str, title: str | None) -> tuple[str, Removed | None]:
    """The page's headline glued in front of a line of text, cut off: "Valley Talks Resume After Truce | World News
    The envoys met on Monday …" (the same words in the same order, whatever the punctuation between them; the text
    after it starts a sentence)."""
    want = [w.casefold() for w in TOKEN.findall(title or "")]
    if len(want) < MIN_HEADLINE_WORDS:
        return unit, None
    got = list(TOKEN.finditer(unit))
    if len(got) <= len(want) + MIN_SENTENCE_WORDS or [m[0].casefold() for m in got[:len(want)]] != want:
        return unit, None
    end = got[len(want) - 1].end()
    end += len(unit[end:]) - len(unit[end:].lstrip(" \"”’'|:–—-"))
    rest = unit[end:]
    if not (rest[:1].isupper() or rest[:1] in "\"“‘"):
        return unit, None  # the headline's words open a sentence of the text: "Valley talks resume in the capital …"
    return rest, Removed(unit[:end].strip(), "repeated headline")


def _key(line: str) -> str:
    return squash(line).strip(" '\"‘’“”").casefold()


CAPTION_TWICE_MIN_WORDS = 5  # a line of fewer words printed twice may be a section's label


def _caption_printed_twice(units: list[str], title: str | None) -> dict[int, str]:
    """Lines printed twice in a row, word for word (whatever the marks between the words: a copy in a bad encoding
    prints "Roe¿s" for "Roe's"), that are furniture → why. Rule ``reader.caption_printed_twice``: with no stop at the
    end of either copy, a photo's caption, which a page prints as the picture's text and again under it: both copies
    go. Rule ``reader.standfirst_repeats_lead``: a copy with no stop over one with its stop is the standfirst that
    repeats the lead: it goes, and the lead stays. Never the headline (its repeat is a repeated headline)."""
    words = [tuple(w.casefold() for w in TOKEN.findall(u)) for u in units]
    head = tuple(w.casefold() for w in TOKEN.findall(title or ""))
    out: dict[int, str] = {}
    for n in range(len(units) - 1):
        if len(words[n]) < CAPTION_TWICE_MIN_WORDS or words[n] != words[n + 1] or words[n] == head:
            continue
        stops = [bool(SENTENCE_END.search(u.strip())) for u in units[n:n + 2]]
        if not any(stops):
            out[n] = out[n + 1] = "photo caption printed twice"
        elif stops == [False, True]:
            out[n] = "standfirst repeating the lead"
    return out


def _post_navigation(units: list[str]) -> set[int]:
    """The two lines of a post's navigation to the stories before and after it ("Previous <headline>" and
    right after it "Next <headline>", ``navigation_pairs`` in data/furniture.yml): each word opens its line and is
    followed by a capitalised headline. One such line alone may be prose ("Next Monday the envoys meet"): only the
    pair counts."""
    out: set[int] = set()
    for first, second in _data()["navigation"]:
        for n in range(len(units) - 1):
            if _nav_line(units[n], first) and _nav_line(units[n + 1], second):
                out |= {n, n + 1}
    return out


def _nav_line(unit: str, word: str) -> bool:
    head = unit.lstrip()
    rest = head[len(word):].lstrip(" :»›>|-–—")
    return head[:len(word)].lower() == word and head[len(word):len(word) + 1] in {" ", ":", "\t"} and rest[:1].isupper()


def split(units: list[str], title: str | None = None, prose=None) -> tuple[list[str], list[Removed]]:
    """Article text and page furniture, in reading order; ``units`` are lines or paragraphs. ``prose(unit)``, when
    given, may keep a unit the text tests call "not a sentence" (its grammar says it is one)."""
    kept: list[str] = []
    units, removed = _cut_off_end(unglue(units))
    seen = {_key(title)} if title else set()
    in_block = False
    nav = _post_navigation(units)
    twice = _caption_printed_twice(units, title)
    # the last unit of text: a report that lacks its stop after it is where the saved copy was cut, not a sentence
    last_text = max((n for n, u in enumerate(units) if judge(u) is None), default=-1) if prose is not None else -1
    for n, unit in enumerate(units):
        words = WORD.findall(unit)
        if n in nav:
            removed.append(Removed(unit, "post navigation"))
            continue
        if n in twice:
            removed.append(Removed(unit, twice[n]))
            seen.add(_key(unit))
            continue
        if in_block and (len(words) < BLOCK_ENDS_AT or not SENTENCE_END.search(unit)):
            removed.append(Removed(unit, "related links"))
            continue
        in_block = False
        if _data()["block"].fullmatch(unit.strip(" .:…")):
            in_block = True  # "You may also like" on a line of its own: the headlines under it go too
            removed.append(Removed(unit, "related links"))
            continue
        unit, headline = _cut_headline(unit, title)
        unit, head = _cut_head(ENUMERATOR.sub("", unit))
        unit, tails = _cut_tails(unit)
        unit, notices, verdict = _judged(unit)
        removed += [r for r in (head, headline, *tails, *notices) if r is not None]
        if not unit:
            continue
        signed = POST_SIGNATURE.match(unit.strip())
        if signed and kept:  # rule reader.post_signature: the unit above is the post this line signs
            removed.append(Removed(unit, "signature of an embedded post", len(kept) - 1, squash(signed["author"])))
            continue
        k = _key(unit)
        reason = "repeated" if k in seen else verdict
        if reason == "not a sentence" and _text_after_all(unit, units, n < last_text, prose):
            reason = None
        seen.add(k)
        if reason:
            removed.append(Removed(unit, reason))
        else:
            kept.append(unit)
            _sign(removed, tails, len(kept) - 1)
    return kept, removed


CREDIT_MARKS = re.compile(r"\||\]\s*$")  # "… | Name/AGENCY", "… [Agency]": a caption and its credit


def _text_after_all(unit: str, units: list[str], text_follows: bool, prose) -> bool:
    """Is a unit the text tests call "not a sentence" text after all? The last one when the saved copy stops inside
    a quote (text the quote reader takes, ``CUT_QUOTE_MIN_WORDS``); a report that lacks its stop, with text after
    it, no credit, and no teaser of another unit, when ``prose`` says so (``reader.prose_without_stop``)."""
    if unit is units[-1] and cut_off_quote(unit):
        return True
    return prose is not None and text_follows and not CREDIT_MARKS.search(unit) and not _teaser_of(unit, units) \
        and prose(unit)


def _teaser_of(unit: str, units: list[str]) -> bool:
    """Is the unit the start of another unit, cut short (a teaser repeating the lead: "The talks have until now
    failed to agree on the governme")?"""
    head = unit.rstrip(" .…")
    return any(u is not unit and len(u) > len(head) and u.startswith(head) for u in units)


def _sign(removed: list[Removed], tails: list[Removed], index: int) -> None:
    """A signature cut off the end of a kept unit ("… the plan. — Jan Roe (@janroe) May 3, 2025") signs that unit."""
    for tail in tails:
        signed = POST_SIGNATURE.match(tail.text) if tail.reason == "signature of an embedded post" else None
        if signed and tail in removed:
            removed[removed.index(tail)] = replace(tail, post_of=index, author=squash(signed["author"]))


CUT_QUOTE_MIN_WORDS = 8  # a quote the saved copy's end cuts off is text from this length (a few words: a stray mark)


def cut_off_quote(unit: str) -> bool:
    """Does ``unit`` stop inside a quote it opens, with ``CUT_QUOTE_MIN_WORDS`` words of prose quoted ("… he said.
    “We will not sign a deal that leaves the")? A saved copy cut off there ends on text, not furniture: the words are
    too few for :func:`is_sentence`, but the quote reader takes them (``generator/extract/quotes.py``)."""
    if SENTENCE_END.search(unit):
        return False
    curly = unit.rfind("“")
    if curly >= 0 and unit.count("“") > unit.count("”"):
        at = curly
    elif unit.count('"') % 2:
        at = unit.rfind('"')
    else:
        return False
    words = WORD.findall(unit[at + 1:])
    return len(words) >= CUT_QUOTE_MIN_WORDS and stopword_density(words) >= 0.25


# the last sentence's end in a line, and what follows it
LAST_STOP = re.compile(r"^(?P<text>.*[.!?][\"”’)]?)\s+(?P<rest>[^.!?]*)$")
MAX_CUT_OFF_WORDS = 3  # words of a saved copy's last sentence cut short that are too few to read ("As", "The recent deci")


def _cut_off_end(units: list[str]) -> tuple[list[str], list[Removed]]:
    """The few words after the last sentence of the article, when the saved copy stops in the middle of the next
    one ("… in Port Aster. The recent deci"): cut off, as no one can read them."""
    m = LAST_STOP.match(units[-1]) if units and not SENTENCE_END.search(units[-1]) else None
    if m and m["rest"][:1].isalpha() and 0 < len(WORD.findall(m["rest"])) <= MAX_CUT_OFF_WORDS \
            and _cut_tail(units[-1])[1] is None:  # a credit at the end is cut off as a credit
        return [*units[:-1], m["text"]], [Removed(m["rest"], "cut-off fragment")]
    return units, []
