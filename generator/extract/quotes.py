"""Direct quotes and who said them, the way a careful reader finds the speaker.

Quotes are found paragraph by paragraph: a quote never runs on into the next paragraph unless that
paragraph opens with a quotation mark (the typographic convention for a quote that continues), or its mark
opens a sentence and it runs to the paragraph's end in whole sentences (``quote.unclosed_to_paragraph_end``).
The speaker is, in this order (each a named rule, recorded as the quote's ``evidence``):

* ``quote.speech_verb_subject``: the subject of the innermost speech verb that governs the quote
  ("“…,” the minister said", "Doe told reporters: “…”", "X said Y told him “…”" → Y);
* ``quote.quoted_as_saying``: the person in "the agency quoted X as saying";
* ``quote.owner_of_voice``: "X's account said" (a person's own channel; never "X's spokesman");
* ``quote.statement_from``: "a statement from X said" (X a person, an organisation or a country);
* ``quote.spokesperson_for``: "the ministry's spokesperson said" (an institution's unnamed voice; never a person's),
  "said a ZDA official" (an organisation's unnamed official; never a country's);
* ``quote.pronoun_antecedent``: for "he said" / "she added" (the pronoun the subject of the speech verb), the
  one person who is a subject earlier in the same sentence, else the one person who is the main-clause subject
  (or a speech verb's subject, ``quote.name_set_off_before_verb``: the name set off by commas right before a speech
  verb the parser left with no subject) of the sentence just before it outside quotes, of a gender the pronoun allows;
  ``quote.pronoun_paragraph_lead``: else the speaker the paragraph's lead names, when no other person is named
  between; ``quote.pronoun_last_speaker``: else the one speaker of the last sentence naming anyone, back over
  sentences naming nobody in its paragraph and the one before; ``quote.pronoun_article_lead``: else, in wire
  copy, the article lead's speaker, when no other person is named between (``quote.trailing_speaker``: a lead
  "…, Foreign Minister X told a briefing" the parser hung under its reported clause still names X). Two
  candidates, or none: nobody (never the nearest name);
* ``quote.inverted_participle``: "“…,” said X speaking to reporters": the inverted subject the parser hung on
  the participle after the speech verb; ``quote.inverted_object``: "“…,” announced X.": the inverted subject the
  parser read as the verb's object, when it ends the sentence (not after "told", whose object is the one spoken to);
* ``quote.speaker_after_quote``: "“…,” X said, however he …": a speech verb right after a quote that ends with a
  comma speaks it, wherever the parser hung the quote, and its subject is the one right after the quote when the
  parser gave it another before the quote;
* ``quote.title_in_article``: "the president said", the one person this article gave that title before;
* ``quote.the_institution``: "the ministry said", the one organisation named before whose name holds the noun;
* ``quote.the_statement`` / ``quote.it_said``: "the statement said", "it added", the one organisation or country
  that spoke in this paragraph or the one before;
* ``quote.object_in_a_statement``: quoted words that are the object of a verb set in a statement or a post
  ("X in a statement thanked “all the teams who …”") are the subject's;
* ``quote.colon_subject`` / ``quote.comma_after_speech_verb``: the subject of the clause a colon ends, or of
  a speech verb's clause a comma ends ("urged haste, posting on social media, “…”");
  ``quote.said_colon_quoted_paragraph``: a speech verb's colon closing the paragraph before the quotation
  ("X said:" ¶ "“…”");
* ``quote.characterization``: "calling it “…”";
* ``quote.according_to``: "according to X"; ``quote.according_to_statement``: "according to a statement by X";
* ``quote.title_of_body_holder``: "Secretary-General of Acme X said", the name read as the object of the title's
  "of" right after a body's name, or joined to the title as its conjunct with no "and" between;
* ``quote.name_after_title`` / ``quote.title_then_name``: a title subject whose name the parser hung elsewhere
  ("the head of the delegation of Ruritania, X, said", "Ruritania's counterpart X said" as two subjects);
* ``quote.person_named_elsewhere``: a name tagged as an organisation or a place here that is part of the name of the
  one person the article names so;
* ``quote.defined_acronym``: "“…,” said the ZLF", an acronym the model tagged no name on, that the article
  defined in brackets after the one organisation it names with those words ("the Zenda Liberation Front (ZLF)");
* ``quote.untagged_name``: a proper-noun subject the model tagged as nothing, part of the name of the one person
  the article names so; ``quote.acronym_of_name``: "the X Team in Y (XT) said", the acronym closing the name;
  ``quote.relative_subject``: "X, who has stressed “…”"; ``quote.name_before_verb``: "“…,”
  X tweeted" with the name the parser left off the verb; a clause joined to a reported clause is reported too;
  ``quote.name_rooted_sentence``: "Rep. X, D-Zen., countered by saying that “…”", the name the parser made the root;
* ``quote.misspelt_speaker`` (drops a speaker): a one-word name never given in full, one letter off another person's;
* ``quote.pronoun_only_person_before``: "he said" after a sentence whose only person characterises something there;
* ``quote.unmarked_paragraph``: a paragraph with no quotation marks, opened with a dash or in the first person, that
  ends with an attribution tail ("- We choose the alliance, says Jan Roe.") is a quote up to the tail's comma; a dash
  or first-person paragraph right before it runs on into it (``continued``);
* ``quote.continued_quote``: a quote left open at a paragraph's end and continued by the next paragraph's opening
  mark is the speaker's whom the continuation names ("“… ¶ “…,” X said");
* ``quote.carried_over``: a paragraph that opens with a quote and names nobody keeps the speaker of
  the statement just before it (wire copy: the lead names the speaker, the quotes follow).

A quote with no attributable speaker is kept with ``speaker=None`` (shown on its source page, never
given to anyone).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import speech_form, words
from ..furniture import CUT_QUOTE_MIN_WORDS, title_case_ratio
from ..text import key, one_edit
from .entities import EntityFacts, Mention, role_heads, title_words
from .clauses import condition_clause, governor, negates, subject, to_infinitive, under_denial
from .rules import hits

SPEECH = words("speech_verbs") | words("posting_verbs")
PHRASAL_SPEECH = {tuple(w.split()) for w in words("phrasal_speech_verbs")}  # ("point", "out"), ("make", "clear")
CHARACTERIZE = words("characterization_verbs")
VERDICT_VERBS = words("verdict_verbs")
VOICE_NOUNS = words("voice_nouns")
BODY_OFFICIALS = words("body_official_nouns")  # an organisation's unnamed official speaks for it, a country's never
STATEMENT_NOUNS_IN = words("statement_nouns_in")
INVERTED_VOICE = words("inverted_voice_verbs")
RESUMING_SPEECH = words("resuming_speech_verbs")
OTHER_VOICE_WORDS = words("other_voice_words")
OTHER_VOICE_VERBS = words("other_voice_verbs")
OPENING, CLOSING, STRAIGHT = "“«", "”»", '"'
SINGLE = "'‘’"
PARAGRAPH_BREAK = "\n\n"
MIN_WORDS = 4  # scare quotes ("no point") are not statements
MIN_SHORT_WORDS = 2
MAX_CHARS = 1500
SPEAKERS = {"person", "organization", "country", "role_ref"}
SUBJECTS = {"nsubj", "nsubjpass"}
HE_SHE = {"he", "she"}  # the subject pronouns that stand for one person
FIRST_PERSON = {"i", "we", "our", "us", "my", "me"}  # a paragraph in the first person speaks for its writer
PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f"}  # "according to him" stands for one person too
FEMALE_HONORIFICS = words("female_honorifics")
MALE_HONORIFICS = words("male_honorifics")
REMARK_NOUNS = words("remark_nouns")
DEFINITE_INSTITUTIONS = words("definite_institution_nouns")
DEFINITE_STATEMENTS = words("definite_statement_nouns")
DEFINITE_PERSONS = words("definite_person_nouns")
ADDRESSED = words("addressee_passive_verbs")
RELATIVE_WHO = {"who"}  # the relative pronoun for a person (or a body) that speaks
MIN_NAME_CHARS = 4  # shorter names are too often one letter apart by chance ("Li", "Lim")
REPORTING_MODALS = words("reporting_modals")
ASSERTING_GOVERNORS = words("asserting_governors")
CONDITION_MARKS = words("condition_marks")
FUTURE_MODALS = words("future_modals")
MAX_CHAIN = 4  # "He added …" after "he said" after "X said": how far back one pronoun may lean on another


@dataclass
class RawQuote:
    speaker: Mention | None
    text: str
    sentence: str
    evidence: dict[str, str] = field(default_factory=dict)  # "speaker" → name of the rule that found it


@dataclass
class Piece:
    start: int  # character offsets of the quoted words (marks excluded)
    end: int
    paragraph: int
    opens_paragraph: bool  # the paragraph starts with this quote's opening mark
    continued: bool = False  # left open at the paragraph's end, continued by the next paragraph's opening mark


# ---- finding the quotes ---------------------------------------------------------------------------

def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each paragraph."""
    out, pos = [], 0
    for part in text.split(PARAGRAPH_BREAK):
        out.append((pos, pos + len(part)))
        pos += len(part) + len(PARAGRAPH_BREAK)
    return out


def _opens(par: str, k: int) -> bool:
    """An opening mark; a straight one before a word; or a closing ” set where an opening one belongs, in a paragraph
    that has no “ (``said ,”Congratulations …”``: some outlets' typesetting opens with the closing glyph), after a
    space, a bracket or a stop and before a word."""
    ch = par[k]
    if ch in OPENING:
        return True
    if ch == "”" and "“" not in par and (k == 0 or par[k - 1] in " \t([,:;—–-") and k + 1 < len(par) \
            and par[k + 1].isalnum():
        return True
    return ch == STRAIGHT and (k == 0 or not par[k - 1].isalnum()) and k + 1 < len(par) and not par[k + 1].isspace()


def _closes(par: str, k: int) -> bool:
    """A closing mark, or an opening mark set where a closing one belongs (“urgent and timely,“ — glued to the
    words before it and followed by no word): some outlets' typesetting closes with the opening glyph."""
    ch = par[k]
    if ch in CLOSING or ch == STRAIGHT:
        return True
    return ch in OPENING and k > 0 and not par[k - 1].isspace() and (k + 1 == len(par) or not par[k + 1].isalnum())


def _in_paragraph(par: str) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotes of one paragraph as (start, end) offsets of their words, and where an unclosed one starts."""
    out, open_at = [], None
    for k, ch in enumerate(par):
        if open_at is None:
            if _opens(par, k):
                open_at = k + 1
        elif _closes(par, k):
            out.append((open_at, k))
            open_at = None
    return out, open_at


def _single_quoted(par: str, taken: list[tuple[int, int]], open_at: int | None) -> list[tuple[int, int]]:
    """Passages in single quotes ('…' or ‘…’, as some wire copy and headlines set them), outside double quotes:
    opened after a space or a bracket before a letter, closed after a letter or a stop before a space, a stop or
    the end, and holding no other single mark (an apostrophe between letters, as in "Ruritania's", is none)."""
    limit = open_at - 1 if open_at is not None else len(par)
    out, start = [], None
    for k, ch in enumerate(par[:limit]):
        if ch not in SINGLE or any(a - 1 <= k <= b for a, b in taken):
            continue
        before = par[k - 1] if k else " "
        after = par[k + 1] if k + 1 < len(par) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if start is None and (before.isspace() or before in "([") and after.isalpha() and ch in "'‘":
            start = k + 1
        elif start is not None and (before.isalpha() or before in ".,!?") and not after.isalnum() and ch in "'’":
            out.append((start, k))
            start = None
        elif start is not None:
            start = None  # another single mark inside: an apostrophe, not a quote
    return out


def _unclosed_to_paragraph_end(par: str, open_at: int) -> bool:
    """"X said: “… both sides." with no closing mark, and the next paragraph no quote's continuation
    (``quote.unclosed_to_paragraph_end``): a quote never closed, whose mark opens a sentence (the paragraph's start,
    after a colon, after another sentence's stop, or after a speech verb's comma: "“…,” X said. “…", "X added, “…")
    and which runs to the paragraph's end in whole sentences (ending with a stop, no other mark inside), is the
    words up to that end. A mark inside a sentence ("tasked X with “visiting …") may have lost its closing mark
    anywhere: no quote."""
    rest = par[open_at:].rstrip()
    before = par[:open_at - 1].rstrip()
    comma = before.endswith(",") and speech_form((before[:-1].split() or [""])[-1])
    opens = not before or before[-1] in ":.!?" or comma
    return opens and rest[-1:] in {".", "!", "?"} and len(rest.split()) >= CUT_QUOTE_MIN_WORDS and \
        not any(c in OPENING + CLOSING + STRAIGHT for c in rest)


def _closed_unopened(par: str) -> int | None:
    """Rule ``quote.closed_in_next_paragraph``: where a paragraph closes a quote it never opened ("It is my hope the
    talks go on," X said.), after a paragraph whose quote was left open: the quote runs on into it (a copy that broke
    one paragraph in two, or an outlet that does not reopen the quote). The offset of that closing mark, or None when
    the paragraph's first quotation mark opens a quote or none closes."""
    lead = len(par) - len(par.lstrip())
    k = next((k for k, ch in enumerate(par) if ch in OPENING or ch in CLOSING or ch == STRAIGHT), None)
    if k is None or k == lead or _opens(par, k) or not _closes(par, k):
        return None
    return k


DASHES = "-–—"
MAX_TAIL_WORDS = 24  # ", Foreign Minister Jan Roe said on Friday, in statements after …": the attribution and the rest
MAX_TAIL_LEAD = 5  # capitalised words (a title and a name) before the attribution's speech verb


def _first_person(words_text: str) -> bool:
    """Do the words speak in the first person ("I", "we", "our")? Reported speech never does. A word in capitals is
    no pronoun ("the US")."""
    return any(w == "I" or (not (len(w) > 1 and w.isupper()) and
                            (w.lower() in FIRST_PERSON or w.lower() in words("first_person_singular")))
               for w in re.findall(r"[\w’']+", words_text))


def _attribution_tail(par: str) -> int | None:
    """Where the attribution closing an unmarked quote starts: the comma before ", says Jan Roe." or ", Foreign
    Minister Jan Roe said on Friday, after …" (a speech verb first, or after capitalised words or he/she), the tail
    short and ending the paragraph with a stop. None when the paragraph has no such tail."""
    for k in [m.start() for m in re.finditer(",", par)][::-1]:
        tail = par[k + 1:].split()
        if len(tail) > MAX_TAIL_WORDS:
            return None
        lead = tail[:MAX_TAIL_LEAD]
        at = next((n for n, w in enumerate(lead) if speech_form(w.strip(",.")) and not w.strip(",.").endswith("ing")),
                  None)  # a participle ("…, noting the talks") is the reporter's clause, no attribution
        if at is not None and all(w[:1].isupper() or w.lower() in HE_SHE for w in lead[:at]):
            return k
    return None


def _unmarked_quotes(text: str, pars: list[tuple[int, int]]) -> list[Piece]:
    """Rule ``quote.unmarked_paragraph``: the layout of outlets that set a quote as its own paragraph, opened with a
    dash or with nothing, and close it with the attribution ("- We choose the alliance, says Jan Roe."): a paragraph
    with no quotation mark, opened with a dash or in the first person (reported speech never is), ending with a short
    attribution tail, is a quote up to that tail's comma; a dash or first-person paragraph right before such a quote
    is the same speaker's words running on (``continued``)."""
    out: list[Piece] = []
    for n in range(len(pars) - 1, -1, -1):
        a, b = pars[n]
        par = text[a:b].rstrip()
        body = par.lstrip()
        lead = len(par) - len(body)
        dash = body[:1] in DASHES and body[1:2] == " "
        lead += 2 if dash else 0
        if any(c in OPENING + CLOSING + STRAIGHT for c in par) or par[-1:] not in {".", "!", "?"}:
            continue
        tail = _attribution_tail(par)
        if tail is not None and (dash or _first_person(par[lead:tail])):
            out.append(Piece(a + lead, a + tail + 1, n, True))
        elif out and out[-1].paragraph == n + 1 and (dash or _first_person(par[lead:])) and \
                len(par[lead:].split()) >= CUT_QUOTE_MIN_WORDS:
            out.append(Piece(a + lead, a + len(par), n, True, continued=True))
    return out[::-1]


def find_quotes(text: str) -> list[Piece]:
    """Every quoted passage, paragraph by paragraph; an unclosed quote counts only when the next
    paragraph opens with a quotation mark (it continues there), or when it is the last paragraph's and the text
    ends inside it after a clause or more (a saved copy cut off mid-quote, "X said, “The talks will go on"), or when
    its mark opens a sentence and it runs to its paragraph's end in whole sentences (:func:`_unclosed_to_paragraph_end`),
    and is otherwise dropped."""
    pars = paragraphs(text)
    out, closes_at = [], None
    for n, (a, b) in enumerate(pars):
        par = text[a:b]
        lead = len(par) - len(par.lstrip())
        if closes_at is not None:  # the words this paragraph closes, continuing the one before's open quote
            out.append(Piece(a + lead, a + closes_at, n, True))
        closed, open_at = _in_paragraph(par)
        spans = sorted(closed + _single_quoted(par, closed, open_at))
        closes_at, runs_on = None, False
        if open_at is not None and n + 1 < len(pars):
            nxt = text[pars[n + 1][0]:pars[n + 1][1]]
            closes_at = _closed_unopened(nxt)
            nxt = nxt.lstrip()
            runs_on = bool(nxt[:1] and (nxt[0] in OPENING or nxt[0] == STRAIGHT)) or closes_at is not None
            if runs_on:
                spans.append((open_at, len(par)))
        if open_at is not None and not text[b:].strip() and len(par[open_at:].split()) >= CUT_QUOTE_MIN_WORDS:
            spans.append((open_at, len(par.rstrip())))  # a saved copy cut off inside its last paragraph's quote
        elif open_at is not None and not runs_on and _unclosed_to_paragraph_end(par, open_at):
            spans.append((open_at, len(par.rstrip())))
        for s, e in spans:
            out.append(Piece(a + s, a + e, n, s - 1 == lead, continued=runs_on and e == len(par) and s == open_at))
    return sorted(out + _unmarked_quotes(text, pars), key=lambda p: p.start)


def speaks(tok) -> bool:
    """Is the token a verb of speech: a speech verb, or a phrasal one with its particle or complement word
    ("pointed out that …", "made clear that …")? A word of a person's name is none ("Al-Sayed", whose last part the
    tagger may read as "said")."""
    named = tok._.mention if tok.has_extension("mention") else None
    if named is not None and named.label == "person":
        return False
    if tok.lemma_ in SPEECH:
        return True
    return tok.pos_ == "VERB" and any((tok.lemma_, c.lower_) in PHRASAL_SPEECH for c in tok.children
                                      if c.dep_ in {"prt", "acomp", "oprd", "ccomp", "dobj", "advmod"})


# ---- who said it ----------------------------------------------------------------------------------

NOBODY = (None, "")  # a rule found the clause that owns the quote, and it names nobody: no guessing further


def _owned_by_other_clause(span, verb, facts: EntityFacts, outside=lambda tok: True) -> bool:
    """Is the quote the object of some other verb between it and ``verb`` ("… said X, but Y rejected
    it as “too little, too late”")? A clause reported by the verb ("noted that the next step will be
    “…”"), or joined to it with a subject that names nobody ("…, but the next step will be “…”"), is not;
    nor is a clause inside another quote (``outside`` tells), where the parser may hang the second of two
    coordinated quotes ("said that it “…” and “…”")."""
    tok = span.root
    for _ in range(12):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == verb.i:
            return False
        sub = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if not (span.start <= tok.i < span.end) and outside(tok) and tok.pos_ in {"VERB", "AUX"} and sub is not None:
            if tok.dep_ == "ccomp" and tok.head.i == verb.i:
                return False  # "emphasised that the process should end with “…”"
            if _content_of_a_message(tok, verb):
                return False  # "argued in a message to staff that a strike “…”"
            if _reported_conjunct(tok, verb):
                return False  # "said there was no progress and that the other side had “…”"
            # "…, but the next step will be “…”": a copula joined on, whose subject names nobody
            return not (tok.dep_ == "conj" and tok.lemma_ == "be" and _reports_to(tok, verb) is not None
                        and sub.pos_ != "PRON" and facts.at(sub) is None)
    return False


def _content_of_a_message(tok, verb) -> bool:
    """Rule ``quote.content_of_a_message``: "X argued in a message to staff that Y “…”", "X said in a statement that
    …": the parser may hang the reported clause on the message or statement noun (``statement_nouns_in``) the speech
    verb's own "in"-phrase names; it is what the verb reports, no other clause's words."""
    noun = _statement_noun_in(verb)
    return tok.dep_ == "acl" and noun is not None and tok.head.i == noun.i and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _reported_conjunct(tok, verb) -> bool:
    """Is ``tok`` a clause joined ("and that …") to a clause that ``verb`` reports (``quote.speech_verb_subject``)?
    A clause joined to ``verb`` itself ("said …, but Y rejected “…”") is not."""
    seen = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 4:
        tok, seen = tok.head, seen + 1
    return seen > 0 and tok.dep_ == "ccomp" and tok.head.i == verb.i


def _reports_to(tok, verb) -> bool | None:
    """Is the conjunct ``tok`` joined to ``verb`` or to the clause ``verb`` reports? (None: neither)"""
    for _ in range(4):
        if tok.head.i == verb.i:
            return True
        if tok.dep_ not in {"conj", "ccomp"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _governing_verb(sents, quoted, words_span, facts: EntityFacts, outside=lambda tok: True):
    """The innermost speech verb outside the quote whose clause holds it ("X said Y told him “…”" → told), and
    the token that names its speaker with the rule that reads it: the verb's subject, or the source of
    "quoted Y as saying" (``quote.quoted_as_saying``). (None, None, None) when no such verb holds the quote."""
    inside = set(range(quoted.start, quoted.end))
    # the quoting verb ("“…,” the agency quoted X as saying") or its "saying" ("… quoted X as saying “…”")
    said_by = {k: h[1] for h in hits(quoted.doc, "quote.quoted_as_saying") for k in (h[0], h[3])}
    voiced = {h[0] for h in hits(quoted.doc, "quote.demand_complement") if h[1] in inside}
    found = []
    for sent in sents:
        for tok in sent:
            if tok.i in inside or not (speaks(tok) or tok.i in said_by or tok.i in voiced):
                continue
            sub = {t.i for t in tok.subtree}
            if inside & sub and not _owned_by_other_clause(words_span, tok, facts, outside):
                found.append((len(sub), tok.i, tok))
    if not found:
        return None, None, None
    verb = min(found, key=lambda x: x[:2])[2]
    if verb.i in said_by:
        return verb, quoted.doc[said_by[verb.i]], "quote.quoted_as_saying"
    if verb.i in voiced and not speaks(verb):
        return verb, _speaker_subject(verb, outside), "quote.demand_complement"
    rule = "quote.participle_on_object" if _clause_of_participle_on_object(verb) is not None else \
        "quote.speech_verb_subject"
    return verb, _speaker_subject(verb, outside), rule


@dataclass
class Context:
    """What the reader knows so far: paragraph starts, the quoted passages, the speakers of statements in
    text order and whom each he/she stands for."""

    doc: object
    facts: EntityFacts
    pars: list[tuple[int, int]]
    quoted: list[tuple[int, int]] = field(default_factory=list)  # character spans of quotes, marks included
    statements: list[tuple[int, int, Mention]] = field(default_factory=list)  # (char, paragraph, speaker)
    resolved: dict[int, tuple[Mention | None, str | None]] = field(default_factory=dict)  # he/she token → (person, rule)

    def paragraph_of(self, char: int) -> int:
        return next((n for n, (a, b) in enumerate(self.pars) if a <= char <= b), len(self.pars) - 1)

    def outside(self, tok) -> bool:
        return not any(a <= tok.idx < b for a, b in self.quoted)

    def add(self, char: int, m: Mention, statement: bool) -> None:
        if statement:
            self.statements.append((char, self.paragraph_of(char), m))
            self.statements.sort(key=lambda x: x[0])


def _speaker_of(tok, ctx: Context) -> Mention | None:
    """The named speaker a token stands for: its mention, or the name in apposition to a title
    ("Ruritania's foreign minister Hakim al-Zarrafi … said")."""
    return _speaker_and_rule(tok, ctx)[0]


def _speaker_and_rule(tok, ctx: Context) -> tuple[Mention | None, str | None]:
    """:func:`_speaker_of` with the rule that read the name when it was not the token's own mention or its
    appositive name (``quote.name_after_title``, ``quote.title_then_name``, ``quote.person_named_elsewhere``)."""
    if tok is None:
        return None, None
    m, rule = ctx.facts.at(tok), None
    if m is None or m.label == "role_ref":  # "the top envoy to the region, Jan Roe, said": the name
        m = next((ctx.facts.at(c) for c in tok.children if c.dep_ == "appos" and ctx.facts.at(c) is not None), m)
    if m is None or m.label == "role_ref":
        named, rule = _name_after_title(tok, ctx)
        m = named or m
    if m is None:
        m = _defined_acronym(tok, ctx)
        rule = "quote.defined_acronym" if m is not None else rule
    person = _person_named_elsewhere(m, ctx)
    if person is not m:
        m, rule = person, "quote.person_named_elsewhere"
    if m is None:
        m, rule = _acronym_of_name(tok, ctx) or (_untagged_name(tok, ctx), "quote.untagged_name")
    return (m, rule) if m is not None and m.label in SPEAKERS else (None, None)


def _defined_acronym(tok, ctx: Context) -> Mention | None:
    """"“…,” said the ZLF" where the model tagged no name on "ZLF" (``quote.defined_acronym``): an acronym that this
    article defined in brackets after an organisation's name ("the Zenda Liberation Front (ZLF)") stands for the one
    organisation mention the article names with those very words (the tagger may take the acronym for a common noun:
    the article's definition says it is a name). None for any other word, an acronym the article never defined, or a
    long form that is no organisation mention (or several different ones)."""
    if not (_acronym(tok) or (tok.pos_ == "NOUN" and tok.text.isupper() and tok.text.isalpha())):
        return None
    words = ctx.facts.acronyms.get(tok.text)
    found = {key(m.text): m for m in ctx.facts.mentions
             if words is not None and m.label == "organization" and key(m.text) == key(words)}
    return next(iter(found.values())) if len(found) == 1 else None


def _name_after_title(tok, ctx: Context) -> tuple[Mention | None, str | None]:
    """The person a title subject names where the parser hung the name elsewhere: "the head of the delegation of
    Ruritania, Jan Roe, said", the name in apposition to the party ending the title's phrase (a person is never
    the apposition of a country, an organisation, a place or an acronym), with nothing but punctuation after it in the
    subject (``quote.name_after_title``); "Ruritania's counterpart Jan Roe said", the title and the name split into
    two subjects of one verb, the name right after the title or after a comma that follows it ("the junta's
    spokesman, Jan Roe said") (``quote.title_then_name``). (None, None) otherwise."""
    if key(tok.text) not in role_heads() or tok.pos_ not in {"NOUN", "PROPN"}:
        return None, None
    names = [t for t in tok.subtree if t.dep_ == "appos" and t.head.i != tok.i and _label(ctx, t) == "person"
             and (_label(ctx, t.head) in {"country", "organization", "place"} or _acronym(t.head))]
    if len(names) == 1 and all(t.is_punct for t in tok.subtree if t.i > names[0].right_edge.i):
        return ctx.facts.at(names[0]), "quote.name_after_title"
    held = _holder_of_title_of_country(tok, ctx)
    if held is not None:
        return held, "quote.title_of_country_holder"
    held = _holder_of_title_of_body(tok, ctx)
    if held is not None:
        return held, "quote.title_of_body_holder"
    held = _title_coordinated_with_name(tok, ctx)
    if held is not None:
        return held, "quote.titles_coordinated"
    if tok.dep_ not in SUBJECTS or tok.head.i == tok.i:
        return None, None
    after = tok.right_edge.i + 1 + (tok.right_edge.i + 1 < len(tok.doc) and tok.doc[tok.right_edge.i + 1].text == ",")
    name = next((c for c in tok.head.children if c.dep_ in SUBJECTS and c.left_edge.i == after), None)
    if name is None or _label(ctx, name) != "person":
        return None, None
    return ctx.facts.at(name), "quote.title_then_name"


def _title_coordinated_with_name(tok, ctx: Context) -> Mention | None:
    """Rule ``quote.titles_coordinated``: "said union president and chief negotiator Jan Roe", "says X leader and deputy
    prime minister Ana Kral" — two titles coordinated before one name, where the parser made the first title the
    subject and the name its conjunct: the name is the speaker when a title stands right before it (``entity.title_before``)
    and the first title is its too (its role holds that word) or has no determiner of its own ("the president and Jan
    Roe said" names two people, and "the president and foreign minister Jan Roe" may)."""
    for c in tok.children:
        m = ctx.facts.at(c) if c.dep_ == "conj" else None
        if m is None or m.label != "person" or m.evidence.get("role") != "entity.title_before":
            continue
        if tok.lower_ in (m.role or "").lower().split() or not any(d.dep_ in {"det", "poss"} for d in tok.children):
            return m
    return None


def _holder_of_title_of_country(tok, ctx: Context) -> Mention | None:
    """"The President of Ruritania Jan Kral said": the name the parser hung on the title's "of" phrase, which the
    entity rule ``entity.title_of_country`` gave this very title; nobody for any other name there."""
    for obj in _of_objects(tok):
        m = ctx.facts.at(obj)
        if m is not None and m.label == "person" and m.evidence.get("role") == "entity.title_of_country" \
                and obj.left_edge.i <= m.start and m.end - 1 == obj.i:
            return m
    return None


def _of_objects(tok):
    """The objects of a title's "of" phrases ("President of | Ruritania Jan Kral")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _holder_of_title_of_body(tok, ctx: Context) -> Mention | None:
    """``quote.title_of_body_holder``: "Secretary-General of Acme Jan Roe said", "Co-leader of the Acme Party Jan Roe
    said": the parser reads the name as the object of the title's "of" ("of | Acme Jan Roe"). When the person's name
    follows a body's name directly inside that object, the person holds the title. "The wife of Jan Roe said" (no
    body's name before the name) and "the wife of President Jan Roe said" (a title's word before it) name nobody. So
    does a name the parser joined to the title as its conjunct with no "and" or comma between ("Deputy Minister for
    Consular Affairs Jan Roe said" names Jan Roe); "the minister and Jan Roe said" are two people."""
    joined = next((c for c in tok.children if c.dep_ == "conj" and _label(ctx, c) == "person"), None)
    if joined is not None and not any(t.dep_ == "cc" or t.text in {",", ";"} for t in tok.doc[tok.i + 1:joined.i]):
        return ctx.facts.at(joined)
    obj = next(iter(_of_objects(tok)), None)
    m = ctx.facts.at(obj) if obj is not None else None
    if m is None or m.label != "person" or m.start == 0 or m.end - 1 != obj.i:
        return None
    body = tok.doc[m.start - 1]
    named = body.ent_type_ in {"ORG", "NORP", "GPE"} or (body.pos_ == "PROPN" and body.lower_ not in title_words())
    return m if named and body.head.i == obj.i else None


def _acronym(tok) -> bool:
    """"the AZF": a proper noun in capitals, a body's short name (never a person's)."""
    return tok.pos_ == "PROPN" and len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha()


def _label(ctx: Context, tok) -> str | None:
    m = ctx.facts.at(tok)
    return m.label if m is not None else None


def _person_named_elsewhere(m: Mention | None, ctx: Context) -> Mention | None:
    """A name the model took for an organisation or a place here ("Kral said", tagged as a body) that is, word for
    word, part of the name of exactly one person the same article names (``quote.person_named_elsewhere``): that
    person. Any other mention is returned as it is."""
    if m is None or m.label not in {"organization", "place"} or not m.text[:1].isupper():
        return m
    words = m.text.split()
    people = {p.text: p for p in ctx.facts.mentions if p.label == "person" and len(p.text.split()) >= len(words)
              and all(w in p.text.split() for w in words)}
    full = {t for t in people if not any(t != u and set(t.split()) < set(u.split()) for u in people)}
    return people[max(full, key=len)] if len(full) == 1 else m


def _acronym_of_name(tok, ctx: Context) -> tuple[Mention, str] | None:
    """"the Joint Monitoring Office in Ruritania (JMO) said" where the model tagged no body on the name
    (``quote.acronym_of_name``): the acronym in brackets that closes the subject's proper-noun phrase, when it is
    an organisation the article names. Never a title ("the Envoy of the Union (UN)") nor a common noun."""
    if tok.pos_ != "PROPN" or key(tok.text) in role_heads() or ctx.facts.at(tok) is not None:
        return None
    inner = [t for t in tok.subtree if t.i > tok.i and not t.is_punct]
    last = inner[-1] if inner else None
    if last is None or not _acronym(last) or last.i + 1 >= len(ctx.doc) or ctx.doc[last.i - 1].text != "(" \
            or ctx.doc[last.i + 1].text != ")" or any(t.pos_ not in {"PROPN", "ADP", "DET"} for t in inner):
        return None
    m = ctx.facts.at(last)
    return (m, "quote.acronym_of_name") if m is not None and m.label == "organization" else None


def _untagged_name(tok, ctx: Context) -> Mention | None:
    """"“…,” Roe told reporters" where the model tagged no name (``quote.untagged_name``): a proper noun subject in
    capitals, with only proper nouns of its own before it, whose words are, word for word, the name or part of the
    name of exactly one person the same article names (by the longest name: "Roe" said in one paragraph, and the
    model tagged "Roe" as a person in another); None otherwise (never a title: "Minister")."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or key(tok.text) in role_heads():
        return None
    parts = [t for t in tok.lefts if t.dep_ == "compound"] + [tok]
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in parts) or \
            any(c.dep_ not in {"compound", "punct"} for c in tok.children):
        return None
    words = [t.text for t in parts]
    people = {p.text: p for p in ctx.facts.mentions if p.label == "person" and len(p.text.split()) >= len(words)
              and all(w in p.text.split() for w in words)}
    full = {t for t in people if not any(t != u and set(t.split()) < set(u.split()) for u in people)}
    return people[max(full, key=len)] if len(full) == 1 else None


def _title_holder(tok, ctx: Context) -> Mention | None:
    """"the president said" (``quote.title_in_article``): a bare title after "the", standing for the one person
    this article named with that title before it (two people with the title, or none: nobody)."""
    if key(tok.text) not in role_heads() or tok.pos_ not in {"NOUN", "PROPN"} or ctx.facts.at(tok) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in {"poss", "nmod"} for c in tok.children):
        return None  # "his foreign minister": someone this rule cannot tell
    # "the Foreign Secretary", "the foreign minister": the whole title, words before the head included (an
    # adjective too), must be the holder's ("the new president" is nobody's title)
    before = ' '.join(t.text for t in tok.lefts if t.dep_ in {'compound', 'amod'})
    title = f" {key(before)} {key(tok.text)} ".replace("  ", " ")
    holders = [m for m in ctx.facts.mentions if m.label == "person" and m.start < tok.i and m.role
               and title in f" {key(m.role)} "]
    return holders[-1] if len({m.text.split()[-1] for m in holders}) == 1 else None


def _gender(ctx: Context, m: Mention) -> str | None:
    """"f" or "m" when an honorific before a mention of this person (same surname) says so, else None."""
    surname = m.text.split()[-1]
    for other in ctx.facts.mentions:
        if other.label == "person" and other.text.split()[-1] == surname and other.start > 0:
            before = key(ctx.doc[other.start - 1].text)
            if before in FEMALE_HONORIFICS or before in MALE_HONORIFICS:
                return "f" if before in FEMALE_HONORIFICS else "m"
    return None


def _person_at(tok, ctx: Context, depth: int) -> Mention | None:
    """The person (or role reference) a subject token names: a he/she resolved by the same rules, a name, a
    title's appositive name, or a bare title this article gave one person."""
    if tok.pos_ == "PRON":
        return _antecedent(ctx, tok, depth + 1)[0] if tok.lower_ in PRONOUN_GENDER and tok.dep_ != "poss" else None
    m = _speaker_of(tok, ctx) or _title_holder(tok, ctx)
    return m if m is not None and m.label in {"person", "role_ref"} else None


def _one_person(found: list[Mention]) -> tuple[Mention | None, bool]:
    """(the one person, True) when ``found`` names exactly one (by surname); (None, True) when it names several
    (ambiguous: stop); (None, False) when it names nobody (look further back)."""
    names = {m.text.split()[-1] for m in found}
    if len(names) == 1:
        return found[-1], True
    return None, len(names) > 1


def _subjects_before(ctx: Context, tokens, depth: int) -> list[Mention]:
    """Every person who is the subject of a clause among ``tokens`` (outside quotes)."""
    out = []
    for t in tokens:
        if t.dep_ in SUBJECTS and ctx.outside(t):
            m = _person_at(t, ctx, depth)
            out.extend([m] if m is not None else [])
    return out


def _main_candidates(ctx: Context, sent, depth: int) -> list[Mention] | None:
    """The people a he/she in the next sentence may stand for: the subject of the sentence's main clause (or of
    a clause joined to it), the possessor of a main subject that is someone's words ("X's remarks came …"), and
    the subject of any speech verb outside quotes. None when the main subject is several people coordinated."""
    verbs = [sent.root] + [c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    verbs += [t for t in sent if speaks(t) and ctx.outside(t) and t not in verbs]
    out = _sources_in(ctx, sent, depth)
    for verb in verbs:
        for sub in _subjects_of(verb, ctx):
            m = _person_at(sub, ctx, depth)
            if any(c.dep_ == "conj" for c in sub.children) and \
                    (m is not None or any(_person_at(c, ctx, depth) for c in sub.children if c.dep_ == "conj")):
                return None  # "A, B and C are expected to attend": none of them is "he"
            if m is None and sub.lemma_ in REMARK_NOUNS and verb.i == sent.root.i:
                m = next((_person_at(c, ctx, depth) for c in sub.children if c.dep_ == "poss"), None)
            out.extend([m] if m is not None else [])
    return out + _rooted_person(ctx, sent, depth)


def _rooted_person(ctx: Context, sent, depth: int) -> list[Mention]:
    """"Rep. Jan Roe, D-Zen., countered …": the name the parser made the root is the main subject
    (``quote.name_rooted_sentence``), as one person or none."""
    rooted = next((_name_rooted_sentence(ctx, c) for c in sent.root.children if c.dep_ == "acl"), None)
    m = _person_at(rooted, ctx, depth) if rooted is not None else None
    return [m] if m is not None else []


def _subjects_of(verb, ctx: Context) -> list:
    """A verb's subjects outside quotes; for a speech verb with none, the inverted subject the parser read as its
    object ("“…,” announced X.", :func:`_inverted_object_of`)."""
    subs = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subs:
        subs = [x for x in (_inverted_object_of(verb), _name_set_off_before(verb, ctx)) if x is not None][:1]
    return [c for c in subs if ctx.outside(c)]


def _name_set_off_before(verb, ctx: Context):
    """"According to Ruritanian media, the head of the delegation at the talks in Y, Jan Roe, stated that …" where the
    parser hung the title on the media and the name on the place, and left the speech verb with no subject
    (``quote.name_set_off_before_verb``): a person's name set off by commas right before a speech verb that has no
    subject is that verb's subject. The name's last word, or None."""
    doc = verb.doc
    if verb.i < 4 or not speaks(verb) or verb.pos_ != "VERB" or doc[verb.i - 1].text != ",":
        return None
    m = ctx.facts.at(doc[verb.i - 2])
    if m is None or m.label != "person" or m.end != verb.i - 1 or m.start < 1 or doc[m.start - 1].text != ",":
        return None
    return doc[m.end - 1]


def _sources_in(ctx: Context, sent, depth: int) -> list[Mention]:
    """The people a sentence gives as its source: "according to X" (a person or a he/she resolved before)."""
    out = []
    for h in hits(ctx.doc, "quote.according_to"):
        if sent.start <= h[0] < sent.end and ctx.outside(ctx.doc[h[0]]):
            m = _person_at(ctx.doc[h[2]], ctx, depth)
            out.extend([m] if m is not None else [])
    return out


def _sentence_before(ctx: Context, sent):
    """The sentence before ``sent`` that has words outside quotes (a sentence wholly quoted is skipped)."""
    doc = ctx.doc
    i = sent.start - 1
    while i >= 0:
        prev = doc[i].sent
        if any(t.is_alpha and ctx.outside(t) for t in prev):
            return prev
        i = prev.start - 1
    return None


def _token_from(doc, char: int, default: int):
    """The first token at or after character ``char`` (token ``default`` when there is none)."""
    return doc[next((t.i for t in doc if t.idx >= char), default)]


def _paragraph_lead(ctx: Context, pron, depth: int, start: int | None = None) -> Mention | None:
    """The speaker the first sentence of the pronoun's paragraph (or of the text at ``start``) names (main subject of
    a speech verb), when nobody else is named between that sentence and the pronoun."""
    doc = ctx.doc
    start = ctx.pars[ctx.paragraph_of(pron.idx)][0] if start is None else start
    lead = _token_from(doc, start, pron.i).sent
    if lead.end > pron.sent.start:
        return None
    if speaks(lead.root):
        found = _one_person(_main_candidates(ctx, lead, depth) or [])[0]
    else:
        found = _trailing_speaker(ctx, lead)
    if found is None:
        return None
    between = [m for m in ctx.facts.mentions if m.label == "person" and lead.end <= m.start < pron.i
               and ctx.outside(doc[m.start]) and m.text.split()[-1] != found.text.split()[-1]]
    return found if not between else None


def _trailing_speaker(ctx: Context, sent) -> Mention | None:
    """"Ruritania asked that …, Foreign Minister Jan Roe told a briefing." where the parser made the reported clause
    the root and left the speech verb with no subject (``quote.trailing_speaker``): a speech verb hung on the root,
    right after the one person named after the sentence's last comma before it (a title in capitals may come
    between), reports the sentence, and that person is its speaker. None for any other sentence."""
    doc = ctx.doc
    for verb in (t for t in sent if t.head.i == sent.root.i and t.i != sent.root.i and speaks(t)):
        named = ctx.facts.at(doc[verb.i - 1]) if verb.i > sent.start else None
        if named is None or named.label != "person" or named.end != verb.i or \
                any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        j = named.start - 1
        while j > sent.start and doc[j].is_alpha and doc[j].text[:1].isupper():
            j -= 1
        if doc[j].text == ",":
            return named
    return None


def _only_person_in(ctx: Context, sent, depth: int) -> Mention | None:
    """The sentence before names no person as its main subject or speaker, but exactly one person in all, who
    characterises something there ("The sanctions returned over what the envoy Jan Roe described as a breach."):
    that person (``quote.pronoun_only_person_before``; never with a he/she subject of its own there). None
    otherwise (the paragraph's lead may still tell)."""
    named = {m.text.split()[-1] for m in ctx.facts.mentions if m.label == "person" and sent.start <= m.start < sent.end
             and ctx.outside(ctx.doc[m.start])}
    if len(named) != 1 or any(t.dep_ in SUBJECTS and t.lower_ in HE_SHE for t in sent):
        return None  # "She dismissed reports that X …": she is someone this rule cannot tell
    voices = [t for t in sent if t.dep_ in SUBJECTS and t.head.lemma_ in CHARACTERIZE and ctx.outside(t.head)]
    found, _ = _one_person(_subjects_before(ctx, voices, depth))
    return found if found is not None and found.text.split()[-1] in named else None


def _last_speaker(ctx: Context, pron, depth: int) -> Mention | None:
    """"X said the group should focus on Y. The next round is due in June. ¶ “…,” he added.": back from the pronoun,
    over sentences that name no person (outside quotes), in its paragraph and the one before, the first sentence
    that names a person names one only, as the subject of a speech verb: that person
    (``quote.pronoun_last_speaker``). A sentence naming anyone else first, or with a he/she subject of its own,
    names nobody."""
    doc, par = ctx.doc, ctx.paragraph_of(pron.idx)
    sent = _sentence_before(ctx, pron.sent)
    while sent is not None and ctx.paragraph_of(sent[0].idx) >= par - 1:
        named = {m.text.split()[-1] for m in ctx.facts.mentions if m.label == "person"
                 and sent.start <= m.start < sent.end and ctx.outside(doc[m.start])}
        if any(t.dep_ in SUBJECTS and t.lower_ in HE_SHE and ctx.outside(t) for t in sent):
            return None
        if named:
            voices = [t for t in sent if t.dep_ in SUBJECTS and speaks(t.head) and ctx.outside(t.head)]
            found, _ = _one_person(_subjects_before(ctx, voices, depth))
            return found if len(named) == 1 and found is not None and found.text.split()[-1] in named else None
        sent = _sentence_before(ctx, sent)
    return None


def _speaker_just_before(ctx: Context, prev, found: Mention, depth: int) -> bool:
    """"X, a lawyer for Y, said … Y has been held for eight years. '…,' he said.": the sentence before names Y as the
    passive subject of a clause that is no speech, and the one before it has another person speak; "he" may be either (rule
    ``quote.pronoun_antecedent`` then names nobody)."""
    if any(speaks(t) and ctx.outside(t) for t in prev) or not any(
            t.dep_ == "nsubjpass" and _person_at(t, ctx, depth) is found for t in prev if ctx.outside(t)):
        return False  # (only a person things are done to, "Y has been held", may not be the one who speaks next)
    earlier = _sentence_before(ctx, prev)
    if earlier is None:
        return False
    voices = [t for t in earlier if t.dep_ in SUBJECTS and speaks(t.head) and ctx.outside(t.head)]
    return any(m.text.split()[-1] != found.text.split()[-1] for m in _subjects_before(ctx, voices, depth))


def _antecedent(ctx: Context, pron, depth: int = 0) -> tuple[Mention | None, str | None]:
    """Whom he/she stands for (``quote.pronoun_antecedent``, ``quote.pronoun_paragraph_lead``), read from the
    structure: a subject earlier in the same sentence, else the main subject of the sentence before, else the one
    person who characterises something there (``quote.pronoun_only_person_before``), else the paragraph's lead; one
    person of a gender the pronoun allows, or nobody."""
    if pron.i in ctx.resolved:
        return ctx.resolved[pron.i]
    ctx.resolved[pron.i] = (None, None)  # while reading back from here, this pronoun names nobody
    if depth > MAX_CHAIN:
        return None, None
    found, stop = _one_person(_subjects_before(ctx, [t for t in pron.sent if t.i < pron.i], depth))
    rule = "quote.pronoun_antecedent"
    prev = _sentence_before(ctx, pron.sent) if not stop else None
    if prev is not None:
        candidates = _main_candidates(ctx, prev, depth)
        found, stop = _one_person(candidates) if candidates is not None else (None, True)
        if found is not None and _speaker_just_before(ctx, prev, found, depth):
            found, stop = None, True
    if prev is not None and found is None and not stop:
        found, rule = _only_person_in(ctx, prev, depth), "quote.pronoun_only_person_before"
    if found is None and not stop:
        found, rule = _paragraph_lead(ctx, pron, depth), "quote.pronoun_paragraph_lead"
    if found is None and not stop:
        found, rule = _last_speaker(ctx, pron, depth), "quote.pronoun_last_speaker"
    if found is None and not stop and ctx.pars and ctx.paragraph_of(pron.idx) > 0:
        # rule quote.pronoun_article_lead: wire copy's lead names the speaker ("…, Foreign Minister X told a
        # briefing."), and a "he said" paragraphs later with no one named in between is X's
        found, rule = _paragraph_lead(ctx, pron, depth, ctx.pars[0][0]), "quote.pronoun_article_lead"
    if found is not None and _gender(ctx, found) not in {None, PRONOUN_GENDER.get(pron.lower_)}:
        found = None  # "she" cannot be Mr X
    ctx.resolved[pron.i] = (found, rule if found is not None else None)
    return ctx.resolved[pron.i]


def _statement_of(ctx: Context, verb) -> Mention | None:
    """The named speaker of a speech verb outside quotes: its subject's mention, or for "he said" the person
    the pronoun stands for."""
    sub = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if sub is None:
        return None
    if sub.pos_ == "PRON":
        return _antecedent(ctx, sub)[0] if sub.lower_ in HE_SHE else None
    return _owner_of_voice(sub, ctx) or _statement_from(sub, ctx) or _spokesperson_for(sub, ctx) or \
        _speaker_of(sub, ctx) or _title_holder(sub, ctx)


def _told_in_a_post(verb) -> bool:
    """"X lashed out at Y in a post on Tuesday": a verb set in a post, a statement or a message
    (``statement_nouns_in``) tells a statement of its subject, whatever the verb (``quote.carried_over`` then gives
    it the quote that follows alone)."""
    return verb.pos_ == "VERB" and _statement_noun_in(verb) is not None


def _statement_noun_in(verb):
    """The post, statement or message (``statement_nouns_in``) of a verb's own "in"-phrase ("… in a post", "… in a
    message to staff"), or None."""
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS_IN), None)


def _read_the_text(ctx: Context) -> None:
    """The speakers of statements before each quote, in text order: speakers of speech verbs (a pronoun's
    person included) and sources after "according to" or quoted "as saying" (outside quotes)."""
    doc = ctx.doc
    sources = {h[0]: h[2] for h in hits(doc, "quote.according_to")}
    sources.update({h[0]: h[1] for h in hits(doc, "quote.quoted_as_saying")})
    for tok in doc:
        if not ctx.outside(tok):
            continue
        post = not speaks(tok) and _told_in_a_post(tok)
        m = _statement_of(ctx, tok) if speaks(tok) or post else None
        if m is None and tok.i in sources:
            m = _speaker_of(doc[sources[tok.i]], ctx)
        if m is not None:  # a post's statement is its whole sentence ("X lashed out at Y in a post"): Y is no other voice
            ctx.add(tok.sent[-1].idx if post else tok.idx, m, statement=True)


def _joint_speakers(sub, ctx: Context) -> bool:
    """Rule ``quote.joint_speakers``: a named subject joined by "and" to another name or noun outside the quote ("the
    union and the employers said, “…”", "X and Y said in a joint statement") speaks with that other party: the
    words are theirs together, not the first one's alone, so they are nobody's."""
    named = ctx.facts.at(sub)
    return named is not None and named.label != "role_ref" and \
        any(c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} and ctx.outside(c) for c in sub.children)


def _named(ctx: Context, sub, before: int, paragraph: int, rule: str):
    """The speaker a subject token names: a mention, or for he/she its antecedent; NOBODY otherwise."""
    if sub is None:
        return NOBODY
    sub, rule = _relative_antecedent(sub, rule)
    if sub is None:
        return NOBODY
    if sub.pos_ == "PRON":
        if sub.lower_ == "it":  # "“…,” it added": the one body that spoke just before (quote.it_said)
            return _body_that_spoke(ctx, before, paragraph, "quote.it_said")
        if sub.lower_ not in HE_SHE:
            return NOBODY  # "they said", "we said": no one to name
        found, how = _antecedent(ctx, sub)
        body = _spokesperson_for(ctx.doc[found.end - 1], ctx) if found is not None and found.label == "role_ref" \
            else None  # "said a ZDA official. … he added": the official still speaks for the ZDA
        return (body, how) if body is not None else (found, how) if found is not None else NOBODY
    if _joint_speakers(sub, ctx):
        return NOBODY
    owner = _owner_of_voice(sub, ctx)
    if owner is not None:
        return owner, "quote.owner_of_voice"
    source = _statement_from(sub, ctx)
    if source is not None:
        return source, "quote.statement_from"
    source = _spokesperson_for(sub, ctx)
    if source is not None:
        return source, "quote.spokesperson_for"
    found, how = _speaker_and_rule(sub, ctx)
    rule = how or rule
    if found is None and _title_holder(sub, ctx) is not None:
        return _title_holder(sub, ctx), "quote.title_in_article"
    if found is None and _bare_definite(sub):
        return _definite_speaker(sub, ctx, before, paragraph)
    return (found, rule) if found is not None else NOBODY


def _relative_antecedent(sub, rule: str) -> tuple[object, str]:
    """"X, who has stressed “…”, …" (``quote.relative_subject``): the relative pronoun subject of a relative clause
    stands for the noun the clause hangs on. Any other subject is returned as it is."""
    verb = sub.head
    if sub.lower_ in RELATIVE_WHO and sub.tag_ == "WP" and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return (verb.head, "quote.relative_subject") if _right_before(verb.head, sub) else (None, rule)
    return sub, rule


def _right_before(antecedent, who) -> bool:
    """Does the clause's antecedent end right before its "who" (a comma between), itself or the name apposed to it
    ("X, who", "the minister, X, who")? In "X and Y, who said “…”" the parser may hang the clause on X: the words
    are Y's or nobody's, so the rule abstains."""
    j = who.i - 1
    while j >= 0 and who.doc[j].text == ",":
        j -= 1
    last = who.doc[j] if j >= 0 else None
    return last is not None and (last.i == antecedent.i or (last.dep_ == "appos" and last.head.i == antecedent.i))


def _bare_definite(sub) -> bool:
    """"the ministry", "the foreign ministry", "the statement": a common noun after "the", no possessive, no clause,
    no phrase after it (not "the ministry's spokesman", "the ministry of X", "the statement by X")."""
    return sub.pos_ in {"NOUN", "PROPN"} and _unmodified(sub) and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in sub.children)


def _unmodified(sub) -> bool:
    """No possessive, clause or phrase hangs on the noun."""
    return not any(c.dep_ in {"poss", "prep", "relcl", "acl", "appos", "nummod"} for c in sub.children)


def _definite_speaker(sub, ctx: Context, before: int, paragraph: int):
    """"“…,” the ministry said" (``quote.the_institution``): the one organisation named before in the article
    whose name holds the noun and every word before it ("the foreign ministry": a name with "foreign" and
    "ministry"); "“…,” the statement said" (``quote.the_statement``): the one organisation or country that spoke
    in this paragraph or the one before. Two candidates, a person among the speakers, or none: NOBODY."""
    lemma = sub.lemma_.lower()
    if lemma in DEFINITE_INSTITUTIONS:
        needed = {lemma} | {key(c.text) for c in sub.children if c.dep_ in {"compound", "amod"}}
        found = {key(m.text): m for m in ctx.facts.mentions if m.label == "organization" and m.start < sub.i
                 and needed <= set(key(m.text).split())}
        rule = "quote.the_institution"
    elif lemma in DEFINITE_STATEMENTS and not any(c.dep_ in {"compound", "amod"} for c in sub.children):
        return _body_that_spoke(ctx, before, paragraph, "quote.the_statement")
    elif lemma in DEFINITE_PERSONS and not any(c.dep_ in {"compound", "amod"} for c in sub.children):
        return _one_person_in_paragraph(ctx, before, paragraph)
    else:
        return NOBODY
    return (next(iter(found.values())), rule) if len(found) == 1 else NOBODY


def _one_person_in_paragraph(ctx: Context, before: int, paragraph: int):
    """"“…,” said the leader", "The official reaffirmed “…”" (``quote.the_one_person``): the one person (by surname)
    this paragraph named outside quotes before the quote; NOBODY when it named two, or nobody."""
    found = {m.text.split()[-1]: m for m in ctx.facts.mentions
             if m.label == "person" and ctx.doc[m.start].idx < before and ctx.outside(ctx.doc[m.start])
             and ctx.paragraph_of(ctx.doc[m.start].idx) == paragraph}
    return (next(iter(found.values())), "quote.the_one_person") if len(found) == 1 else NOBODY


def _body_that_spoke(ctx: Context, before: int, paragraph: int, rule: str):
    """The one organisation or country that spoke in this paragraph before the quote or in the paragraph before
    it ("“…,” the statement said", "“…,” it added"); NOBODY when two spoke, a person spoke too, or nobody."""
    found = {key(m.text): m for char, par, m in ctx.statements if char < before and paragraph - 1 <= par <= paragraph}
    if len(found) != 1 or any(m.label not in {"organization", "country"} for m in found.values()):
        return NOBODY
    return next(iter(found.values())), rule


def _owner_of_voice(sub, ctx: Context) -> Mention | None:
    """"X's account said", "X's official page wrote" (``quote.owner_of_voice``): the person whose own channel
    speaks, and so does the person's office (never "X's spokesman": someone else); "the ZWU's statement said": the
    body or country whose statement or message it is (``statement_nouns_in``)."""
    owner = next((h[1] for h in hits(ctx.doc, "quote.owner_of_voice") if h[0] == sub.i), None)
    m = ctx.facts.at(ctx.doc[owner]) if owner is not None and ctx.doc[owner].pos_ != "PRON" else None
    if m is not None and m.label in {"organization", "country"} and sub.lemma_.lower() in STATEMENT_NOUNS_IN:
        return m
    return m if m is not None and m.label == "person" else None


def _statement_from(sub, ctx: Context) -> Mention | None:
    """"A statement from the army said", "a message from X read" (``quote.statement_from``): the party a statement
    comes from speaks, a person, an organisation or a country named there; "a statement from X's office" is X's, as
    "X's office said" is (a person's own office, read as :func:`_owner_of_voice` reads it)."""
    source = next((h[2] for h in hits(ctx.doc, "quote.statement_from") if h[0] == sub.i), None)
    if source is None or ctx.doc[source].pos_ == "PRON":
        return None
    return _source_speaker(ctx.doc[source], ctx)


def _source_speaker(tok, ctx: Context) -> Mention | None:
    """Who a statement's source names: the party itself, or the person whose office it is ("from X's office")."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) if tok.lemma_ in VOICE_NOUNS else None
    if owner is not None:
        m = ctx.facts.at(owner) if owner.pos_ != "PRON" else None
        return m if m is not None and m.label == "person" else None
    return _speaker_of(tok, ctx)


def _spokesperson_for(sub, ctx: Context) -> Mention | None:
    """"the ministry's spokesperson said", "a spokesman for the army said", "a ZDA spokesperson said"
    (``quote.spokesperson_for``): an unnamed spokesperson of an organisation or a country speaks for it (a person's
    spokesman is someone else); an acronym the article defined stands for its body."""
    own = ctx.facts.at(sub)
    unnamed_official = sub.lemma_ in BODY_OFFICIALS and own is not None and own.label == "role_ref" and \
        not any(c.dep_ == "det" and c.lower_ == "the" for c in sub.children)  # "a ZDA official": no one to name
    if (own is not None and not unnamed_official) or any(c.dep_ == "appos" and ctx.facts.at(c) for c in sub.children) \
            or _name_after_title(sub, ctx)[0] is not None:
        return None  # the spokesperson is named ("its spokesman, Jan Roe,"), or a title the article resolves
    # the body is the pattern's last node, or the one before its "'s" ("ZDA's negotiating committee")
    source = next((h[-2] if ctx.doc[h[-1]].dep_ == "case" else h[-1]
                   for h in hits(ctx.doc, "quote.spokesperson_for") if h[0] == sub.i), None)
    m = _body_named_at(ctx.doc[source], own, ctx) if source is not None else None
    bodies = {"organization"} if sub.lemma_ in BODY_OFFICIALS else {"organization", "country"}
    return m if m is not None and m.label in bodies else None


def _body_named_at(tok, own: Mention | None, ctx: Context) -> Mention | None:
    """The body a spokesperson's modifier names: its own mention, else (the modifier read into the title's mention, "a
    ZDA official") the organisation the article names with just that word, or the acronym it defined."""
    m = ctx.facts.at(tok)
    if m is not None and m is not own:
        return m
    same = [n for n in ctx.facts.mentions if n.label == "organization" and key(n.text) == key(tok.text)]
    return same[0] if same else _defined_acronym(tok, ctx)


def _inverted_statement(ctx: Context, piece: Piece, quoted):
    """"“…,” read a statement from X" (``quote.statement_from``, inverted): a verb of ``inverted_voice_verbs``
    right after a quote ending with a comma, with a statement noun for subject or object, gives the words to the
    party the statement comes from ("from" on the noun or on the verb); NOBODY when that names no party."""
    doc = ctx.doc
    i = quoted.end + (1 if quoted.end < len(doc) and doc[quoted.end].text == "," else 0)
    if not doc.text[piece.start:piece.end].rstrip().endswith(",") and i == quoted.end:
        return None
    verb = doc[i] if i < len(doc) else None
    if verb is None or verb.lemma_ not in INVERTED_VOICE or verb.pos_ != "VERB":
        return None
    noun = next((c for c in verb.children if c.dep_ in {"dobj", "nsubj"} and c.lemma_ in VOICE_NOUNS), None)
    if noun is None:
        return None
    source = next((o for holder in (noun, verb) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj"), None)
    m = _source_speaker(source, ctx) if source is not None else None
    return (m, "quote.statement_from") if m is not None else NOBODY


def _object_in_a_statement(ctx: Context, piece: Piece, words_span):
    """"X in a statement thanked “all the teams who …”" (``quote.object_in_a_statement``): quoted words that are the
    direct object of a verb set in a statement or a post (:func:`_told_in_a_post`), or its prepositional phrase ("In a
    statement, X applauded both sides “for acting …”", "accused Y of “betraying …”"), are its subject's; NOBODY when
    the subject names nobody; None when the quote is no such object."""
    return _object_of_verb(ctx, piece, words_span, _told_in_a_post, "quote.object_in_a_statement")


def _object_of_a_charge(ctx: Context, piece: Piece, words_span):
    """"X in a video posted online accused the railways of “holding the economy hostage …”"
    (``quote.object_of_a_charge``): quoted words in the phrase of a verb of charging (``charge_verbs``: accuse …),
    however the charge was made, are the words of the one who makes it; "X accused Y of calling the talks “a farce”"
    quotes Y, and is left to the rules of characterisation."""
    return _object_of_verb(ctx, piece, words_span, lambda v: v.lemma_ in words("charge_verbs"),
                           "quote.object_of_a_charge")


def _object_of_verb(ctx: Context, piece: Piece, words_span, accept, rule: str):
    """The subject of the verb whose object or prepositional phrase the quoted words are, when ``accept(verb)``."""
    root = words_span.root
    top = root
    while top.dep_ != "ROOT" and words_span.start <= top.head.i < words_span.end:
        top = top.head
    verb = top.head
    if verb.pos_ == "ADP" and top.dep_ in {"pobj", "pcomp"}:  # "accused Y of “betraying …”": the verb the "of" is on
        top, verb = verb, verb.head
    if top.dep_ not in {"dobj", "prep"} or words_span.start <= verb.i < words_span.end or not accept(verb):
        return None
    found = _named(ctx, subject(verb), piece.start, piece.paragraph, rule)
    return found if found[0] is not None else NOBODY


def _colon_subject(ctx: Context, piece: Piece, quoted):
    """"Kral backed him: “…”" (``quote.colon_subject``): the subject of the clause a colon ends introduces the
    quote; "X urged haste, posting on social media, “…”" (``quote.comma_after_speech_verb``): so does a speech
    verb's clause that a comma ends, when the parse did not hang the quote from it."""
    doc = ctx.doc
    mark = doc[quoted.start - 1] if quoted.start > 0 else None
    if mark is not None and mark.is_space and "\n" in mark.text and mark.i > 0:
        return _colon_closing_paragraph(ctx, piece, doc[mark.i - 1])
    if mark is None or mark.text not in {":", ","} or mark.sent.start == mark.i:
        return None
    if mark.text == ":":
        named = _name_before_colon(doc, mark)
        if named is not None:
            return named, "quote.name_colon"
    verb = governor(doc[mark.i - 1]) if mark.text == "," else governor(mark)
    if mark.text == ":" and verb.i > mark.i:
        verb = _clause_before(doc, mark)  # the parser made the quoted clause the root: "X was blunt: “…”"
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if mark.text == ",":
        if not (speaks(verb) or verb.lemma_ in RESUMING_SPEECH and verb.i == mark.i - 1) or verb.i >= mark.i:
            return None  # "X continued, “…”": the verb right before the comma; "talks continued, Y said, “…”" no
        return _named(ctx, _speaker_subject(verb, ctx.outside), piece.start, piece.paragraph, "quote.comma_after_speech_verb")
    return _named(ctx, _speaker_subject(verb, ctx.outside), piece.start, piece.paragraph, "quote.colon_subject")


def _clause_before(doc, mark):
    """The verb that heads the words between the sentence's start and a colon (part of ``quote.colon_subject``): the
    one word there whose head lies after the colon, when it is a verb; else None."""
    tops = [t for t in doc[mark.sent.start:mark.i] if not t.is_punct and not (mark.sent.start <= t.head.i < mark.i)]
    return tops[0] if len(tops) == 1 and tops[0].pos_ in {"VERB", "AUX"} else None


def _colon_closing_paragraph(ctx: Context, piece: Piece, mark):
    """"X, a fellow at Zenda University, said:" closing a paragraph, and the next paragraph a quotation
    (``quote.said_colon_quoted_paragraph``): the words are the subject's of that speech verb, as a press release or a
    transcript prints them. Only a speech verb's colon carries across the paragraph break ("Read more:" does not)."""
    if mark.text != ":" or mark.sent.start == mark.i:
        return None
    verb = governor(mark)
    if verb.pos_ not in {"VERB", "AUX"} or not speaks(verb) or verb.i >= mark.i:
        return None
    return _named(ctx, _speaker_subject(verb, ctx.outside), piece.start, piece.paragraph,
                  "quote.said_colon_quoted_paragraph")


def _name_before_colon(doc, mark) -> Mention | None:
    """"X Y: “…”" (``quote.name_colon``): a paragraph that opens with a person's name alone (a title before it
    aside) and a colon gives the quote after the colon to that person, as a transcript or a list of reactions does."""
    start = doc[mark.i - 1].sent.start if mark.i > 0 else mark.i
    if start > 0 and "\n" not in doc[start - 1].text_with_ws and "\n" not in doc[start - 1].whitespace_:
        return None  # not a paragraph's opening
    m = doc[mark.i - 1]._.mention if mark.i > 0 and doc[mark.i - 1].has_extension("mention") else None
    if m is None or m.label != "person" or m.end != mark.i:
        return None
    before = [t for t in doc[start:m.start] if not t.is_space]
    return m if all(key(t.text) in title_words() or t.is_punct for t in before) else None


def _characterizing_verb(words_span):
    """The verb that characterises something with the quoted words ("calling it “…”"), if one governs them before
    any other clause with a subject of its own does."""
    tok = words_span.root
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if words_span.start <= tok.i < words_span.end or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.lemma_ in CHARACTERIZE:
            return tok
        if any(c.dep_ in SUBJECTS for c in tok.children):
            return None  # some other clause's words
    return None


def _characterization(ctx: Context, piece: Piece, words_span):
    """"hailing the pact as “a new chapter”", "calling it “an important moment”": the subject of the
    verb that characterises something with the quoted words."""
    tok = _characterizing_verb(words_span)
    return None if tok is None else _named(ctx, subject(tok), piece.start, piece.paragraph, "quote.characterization")


def _reported_characterization(verb, words_span) -> bool:
    """"X said that Y had called the talks “a waste of time”" (``quote.characterization``): the quoted words are the
    characterisation of the reported clause's own subject, not the reporter's, when a characterising verb with a
    subject of its own stands between them and the speech verb."""
    tok = _characterizing_verb(words_span)
    if tok is None or tok.i == verb.i or not any(c.dep_ in SUBJECTS for c in tok.children):
        return False
    return any(a.i == verb.i for a in tok.ancestors)


def _standalone(sents, quoted) -> bool:
    """Does the quote stand alone in its sentence (no words of the reporter around it)?"""
    return not any(t.is_alpha for s in sents for t in s if not (quoted.start <= t.i < quoted.end))


def _carried_over(ctx: Context, piece: Piece, sents) -> Mention | None:
    """The latest speaker, if in this or the previous paragraph with nobody else named between them and the quote
    (outside quotes: a name in the speaker's own words is no other voice), nor in the quote's own sentence outside
    the quote ("“…” ¶ “…,” wrote Y in a post", where the parser found no speech verb, is Y's words or nobody's, never
    the speaker before)."""
    before = [(c, p, m) for c, p, m in ctx.statements if c < piece.start and p >= piece.paragraph - 1]
    if not before:
        return None
    char, _, speaker = before[-1]
    own = [(s[0].idx, s[-1].idx + len(s[-1])) for s in sents]
    between = [m for m in ctx.facts.mentions if m.label == "person" and char < ctx.doc[m.start].idx < piece.start
               and m.text.split()[-1] != speaker.text.split()[-1] and ctx.outside(ctx.doc[m.start])
               and not _beside_the_speaker(ctx, m, speaker, char)]
    around = [m for m in ctx.facts.mentions if m.label in {"person", "organization"} and not piece.start <= ctx.doc[m.start].idx
              < piece.end and any(a <= ctx.doc[m.start].idx < b for a, b in own) and m.text != speaker.text]
    return None if between or around or _narration_between(ctx, char, piece, speaker) else speaker


def _beside_the_speaker(ctx: Context, m: Mention, speaker: Mention, char: int) -> bool:
    """Rule ``quote.carried_past_object``: a person the speaker's own attribution names as no subject ("“…,” Jan Roe
    said at a news conference with Prime Minister Eva Roe. “…”", "Jan Roe told Eva Roe", and "“…,” he told Eva Roe."
    where "he" is the speaker: the speech verb at ``char``) is no other voice: the quote that stands alone after it
    is still the speaker's. A person who is the subject of a verb of their own, or in another sentence, is."""
    doc = ctx.doc
    verb = _token_from(doc, char, len(doc) - 1)
    by_pronoun = any(c.dep_ in SUBJECTS and c.lower_ in HE_SHE for c in verb.children) and \
        doc[m.start].sent.start == verb.sent.start
    apart = doc[m.start].sent.start != doc[speaker.start].sent.start
    if (apart and not by_pronoun) or speaker.start == m.start:
        return False
    root = doc[m.start:m.end].root
    return root.dep_ not in {"nsubj", "nsubjpass", "conj", "appos"} and (
        by_pronoun or doc[speaker.start:speaker.end].root.dep_ in {"nsubj", "nsubjpass"})


def _narration_between(ctx: Context, char: int, piece: Piece, speaker: Mention) -> bool:
    """Rule ``quote.no_carry_over_other_voices``: a sentence of the reporter's own (no quoted words in it) between the
    statement and the quote that brings in other voices ("… the ministry declared. ¶ Other unions weighed in on the
    stoppage. “…”": :func:`_other_voices`) leaves the quote unattributed rather than carried over."""
    doc = ctx.doc
    first = _token_from(doc, char, len(doc) - 1).sent.end
    for sent in doc[first:].sents:
        if sent[0].idx >= piece.start:
            return False
        if sent.end_char <= piece.start and all(ctx.outside(t) for t in sent) and _other_voices(sent.root, ctx, speaker):
            return True
    return False


def _other_voices(root, ctx: Context, speaker: Mention) -> bool:
    """Does the clause bring in voices other than ``speaker``: a subject with "other" or "another" on it
    (``other_voice_words``), or a subject not the speaker (nor a he/she) of a speech verb or a verb of reacting
    (``other_voice_verbs``: "Analysts warned …", "Port operators reacted …")?"""
    sub = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if sub is None:
        return False
    if any(c.lower_ in OTHER_VOICE_WORDS for c in sub.children if c.dep_ in {"amod", "det"}):
        return True
    if not (speaks(root) or root.lemma_ in OTHER_VOICE_VERBS) or sub.lower_ in HE_SHE:
        return False
    found = ctx.facts.at(sub)  # the speaker's own name, even where the model tagged it as no one's, is no other voice
    return (found.text if found is not None else sub.text).split()[-1] != speaker.text.split()[-1]


def _bare_attribution(verb) -> bool:
    """Does the speech verb say nothing of its own ("X stated.", "X told reporters."), so that it can attribute a
    quote closed by a full stop before it? Not "X said the talks …", "X said nothing more", nor a participle that
    opens a sentence of its own ("Writing on X, Y accused …")."""
    own = {"ccomp", "xcomp", "advcl", "conj"} | ({"dobj"} if verb.lemma_ != "tell" else set())
    return verb.dep_ == "ROOT" and not any(c.dep_ in own for c in verb.children)


def _subject_right_after(doc, i: int, verb) -> bool:
    """Does only the verb's own subject (or nothing) stand between token ``i`` and the verb ("“…,” X said" /
    "“…,” said X")? A participle with no subject of its own ("“…,” stressing that …", "“…,” adding …") goes on
    with the clause of the speaker who said the quote: it attributes nothing."""
    subs = [c for c in verb.children if c.dep_ in SUBJECTS]  # the one after the quote, when the parser gave two
    sub = next((c for c in subs if c.i >= i), subs[0] if subs else None)
    span = set() if sub is None else {t.i for t in sub.subtree}
    return sub is not None and not [t for t in doc[i:verb.i] if t.i not in span and not t.is_punct]


def _speech_after(ctx: Context, piece: Piece, quoted):
    """"“…,” X said, however he pointed out …" (``quote.speaker_after_quote``): the speech verb of the clause
    that follows a quote ending with a comma, when only its subject (or nothing) stands between the quote and
    the verb ("“…,” X said" / "“…,” said X"); None when no such clause follows."""
    doc = ctx.doc
    last = doc.text[piece.start:piece.end].rstrip()[-1:]
    asks, stops = last in {"?", "!"}, last == "."  # "“… Are you ready?” X said", "“… today.” X stated."
    if not (asks or stops) and last != "," and not (quoted.end < len(doc) and doc[quoted.end].text == ","):
        return None
    i = quoted.end + (1 if quoted.end < len(doc) and doc[quoted.end].text == "," else 0)
    for verb in doc[i:min(i + 6, len(doc))]:
        if verb.sent.start not in {doc[quoted.start].sent.start, doc[quoted.end - 1].sent.start} and \
                not ((asks or stops) and verb.sent.start == i):  # the parser may end the sentence at the mark
            return None
        if (speaks(verb) or _resumes(verb, stops)) and verb.pos_ == "VERB":
            # "“… today.” X said the talks …": a statement of its own, not the attribution
            return verb if _subject_right_after(doc, i, verb) and (not stops or _bare_attribution(verb)) else None
        if verb.is_punct and verb.text != ",":
            return None
    return None


def _resumes(verb, stops: bool) -> bool:
    """"“…,” X continued." (``resuming_speech_verbs``): after a quote and its comma, a verb of going on that is its
    sentence's main verb, with no object of its own, attributes the quote; "the talks continued to stall" does not."""
    return verb.lemma_ in RESUMING_SPEECH and not stops and verb.dep_ == "ROOT" and \
        not any(c.dep_ in {"dobj", "xcomp", "attr"} for c in verb.children)


def _introducer(quoted):
    """The speech verb right before the quote, with only "that", a comma or a colon between ("X said that “…”",
    "X said: “…”"), in the quote's sentence: it introduces the quote, whatever clause a report after the quote
    ("“…,” the agency reported") was hung from. None when some other word stands between."""
    doc = quoted.doc
    i = quoted.start - 1
    while i >= 0 and doc[i].lower_ in {"that", ",", ":"}:
        i -= 1
    if i < 0 or i == quoted.start - 1 or doc[i].sent.start != doc[quoted.start].sent.start:
        return None
    return doc[i] if speaks(doc[i]) and doc[i].pos_ == "VERB" else None


def _speech_verb(ctx: Context, piece: Piece, quoted, words_span, sents):
    """(verb, subject token, rule) of the speech verb that speaks the quote: the innermost one that governs it,
    unless a speech verb right before it introduces it and the parser hung it from a later verb; a speech verb
    right after a quote ending with a comma or a question mark speaks it, unless one introduced it."""
    verb, sub, rule = _governing_verb(sents, quoted, words_span, ctx.facts, ctx.outside)
    intro = _introducer(quoted)
    if intro is not None and (verb is None or verb.i > quoted.start):
        verb, sub, rule = intro, _speaker_subject(intro, ctx.outside), "quote.speech_verb_subject"
    after = _speech_after(ctx, piece, quoted)
    if after is not None and verb is not None and verb.i < quoted.start and verb.i in {t.i for t in after.subtree}:
        after = None  # "X tweeted that … “…”, reports Y": the report relays X's words (quote.speech_verb_subject)
    if after is not None and (verb is None or verb.i != after.i) and (intro is None or verb.i != intro.i):
        verb, sub, rule = after, _speaker_subject(after, ctx.outside), "quote.speaker_after_quote"
    near = _subject_after_quote(after, quoted) if after is not None and verb is not None and verb.i == after.i else None
    if near is not None and sub is not None and sub.i < quoted.start:
        sub, rule = near, "quote.speaker_after_quote"
    if verb is None:
        return None, None, rule
    sub, rule = _settled_subject(ctx, verb, sub, rule, quoted)
    return verb, (None if sub is not None and _object_taken_for_subject(sub) else sub), rule


def _subject_after_quote(verb, quoted):
    """The one subject of ``verb`` standing between the quote and the verb, when the parser gave the verb another
    one before the quote ("The country had proposed a plan which would aim to “…”, X said": "country" and "X"
    both hung on "said" as subjects; X, right after the quote, says it). None otherwise."""
    near = [c for c in verb.children if c.dep_ in SUBJECTS and quoted.end <= c.i < verb.i]
    far = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < quoted.start]
    return near[0] if len(near) == 1 and far else None


def _settled_subject(ctx: Context, verb, sub, rule: str, quoted):
    """(subject token, rule) of the speech verb once the parse's slips are mended: a subject inside the quote is
    none, an inverted subject hung on a participle or a name the parser left off the verb is it, and the passive
    subject of a verb of telling is the one spoken to ("Y was told by X that “…”": X speaks, Y listens)."""
    if sub is not None and quoted.start <= sub.i < quoted.end:
        sub = next((c for c in verb.children if c.dep_ in SUBJECTS and not quoted.start <= c.i < quoted.end), None)
    if sub is None:
        sub, rule = _participle_subject(verb), "quote.inverted_participle"
    if sub is None and verb.i > quoted.start:
        # the verb right after this quote's marks, not after a later one's
        after = verb.i - quoted.end <= 2 and not any(t.is_alpha for t in ctx.doc[quoted.end:verb.i])
        sub, rule = _inverted_object_of(verb) if after else None, "quote.inverted_object"
    if sub is None and verb.i > quoted.start:
        sub, rule = _name_before_verb(ctx, verb, quoted), "quote.name_before_verb"
    if sub is None and verb.i < quoted.start:
        sub, rule = _name_opening_sentence(ctx, verb), "quote.name_opens_sentence"
    if sub is None and verb.i < quoted.start:
        sub, rule = _name_rooted_sentence(ctx, verb), "quote.name_rooted_sentence"
    if sub is not None and sub.dep_ == "nsubjpass" and sub.head.lemma_ in ADDRESSED:
        sub = _passive_agent(sub.head)
    return sub, rule


def _inverted_object_of(verb):
    """"“…,” announced X." (``quote.inverted_object``): a speech verb right after a quote's closing mark and comma
    ("…,” announced X." / "…”, announced X."), with no subject of its own, whose object follows it directly and ends
    the sentence: the parser read the inverted subject as an object. A verb whose object is the one spoken to ("told
    X", ``addressee_passive_verbs``) is not read so, nor is an object with more after it ("“…,” announced the plan on
    Monday"). The object, or None."""
    doc = verb.doc
    before = {doc[k].text for k in range(max(verb.i - 2, 0), verb.i)}
    if verb.i < 2 or not before & set(CLOSING + STRAIGHT) or "," not in before or verb.lemma_ in ADDRESSED or \
            verb.pos_ != "VERB" or not speaks(verb) or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1:
        return None
    end = obj.right_edge.i + 1
    return obj if end >= len(doc) or doc[end].text in {".", "!", "?"} or doc[end].is_sent_start else None


def _passive_agent(verb):
    """The "by"-agent of a passive verb ("was told by X"): X; None when the passive names no agent."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _name_before_verb(ctx: Context, verb, quoted):
    """"“…,” Roe tweeted." where the parser gave the speech verb no subject (``quote.name_before_verb``): the words
    between the quote (and its comma) and the verb are one name, of a person, an organisation or a country, and the
    verb hangs nothing else before it. None otherwise."""
    doc = ctx.doc
    i = quoted.end + (1 if quoted.end < len(doc) and doc[quoted.end].text == "," else 0)
    between = doc[i:verb.i]
    if not len(between) or verb.sent.start > i or any(c.i < i and c.dep_ not in {"punct"} for c in verb.lefts
                                                        if not quoted.start <= c.i < quoted.end):
        return None
    found = {id(ctx.facts.at(t)) for t in between}
    m = ctx.facts.at(between[0])
    return between[-1] if len(found) == 1 and m is not None and m.label in SPEAKERS else None


def _name_opening_sentence(ctx: Context, verb):
    """"PM Roe posted on social media, “…”" where the parser gave the speech verb no subject
    (``quote.name_opens_sentence``): the sentence opens with one name, of a person, an organisation or a country,
    right before the verb, with nothing but capitalised title words before it. None otherwise."""
    m = ctx.facts.at(ctx.doc[verb.i - 1]) if verb.i > verb.sent.start else None
    if m is None or m.label not in SPEAKERS or m.end != verb.i:
        return None
    title = ctx.doc[verb.sent.start:m.start]
    if any(not t.text[:1].isupper() or not t.is_alpha or ctx.facts.at(t) is not None for t in title):
        return None
    return ctx.doc[m.end - 1]


def _name_rooted_sentence(ctx: Context, verb):
    """"Rep. Jan Roe, D-Zen., countered by saying that “…”" (``quote.name_rooted_sentence``): the parser made the name
    the sentence's root and hung the verb on it as a modifier with no subject. The verb (or the verb a "by saying"
    hangs from) stands right after the name and its apposition closed by a comma, and the name is the root and the
    last word of a speaker's mention: that name is the verb's subject. None otherwise."""
    v = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb
    root, doc = v.head, ctx.doc
    if v.dep_ != "acl" or v.tag_ not in {"VBD", "VBN"} or root.dep_ != "ROOT" or root.i > v.i or doc[v.i - 1].text != ",":
        return None
    m = ctx.facts.at(root)
    if m is None or m.label not in SPEAKERS or m.end - 1 != root.i:
        return None
    apposed = all(v not in t.ancestors for t in doc[m.end:v.i])
    titled = all(t.text[:1].isupper() and t.text.rstrip(".").isalpha() for t in doc[root.sent.start:m.start])
    return root if apposed and titled else None


def _speaker_subject(verb, outside=lambda tok: True):
    """The subject of a speech verb (:func:`subject`), except for a participle with no subject of its own hung on a
    clause that another speech verb (outside quotes) reports: "X said Y had agreed, declaring: “…”" may be X's
    words or Y's, so it is nobody's (rule ``quote.reported_participle``)."""
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and \
            not any(c.dep_ in SUBJECTS for c in verb.children) and _reported(verb.head, outside):
        return None
    main = _clause_of_participle_on_object(verb)
    if main is not None:
        return None if _reported(main, outside) else subject(main)
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) > 1 and not outside(subjects[0]):
        # "“… our customers and our communities,” said X": the parser's first subject is inside the quote
        outs = [c for c in subjects if outside(c)]
        if len(outs) == 1:
            return outs[0]
    if len(subjects) > 1 and all(outside(c) for c in subjects) and key(subjects[0].text) not in role_heads() and \
            _one_phrase(subjects):
        return subjects[-1]
    return subject(verb)


def _object_taken_for_subject(sub) -> bool:
    """Rule ``quote.object_taken_for_subject``: "in a statement that did not mention Varka, Ruritania's government
    said …" — the parser took the object of the verb right before the subject (a verb left with no object of its
    own) for the speech verb's subject, and the real subject for its apposition: which of the two spoke the parse no
    longer tells, so nobody is named."""
    first = sub.left_edge
    if first.i == 0:
        return False
    before = sub.doc[first.i - 1]
    return before.pos_ == "VERB" and before.i != sub.head.i and not any(c.dep_ in {"dobj", "dative"}
                                                                       for c in before.children) \
        and any(c.dep_ == "appos" for c in sub.children)  # "insisted Jan Roe said …" has no apposition


def _one_phrase(subjects) -> bool:
    """Part of ``quote.speech_verb_subject``: the parser may split one long subject into several ("the party's co | - |
    leader and chancellor candidate X said": three subjects); subjects whose phrases follow each other with
    nothing between them are one phrase, whose head is its last noun (English puts the head of a noun phrase
    last). Two subjects joined by "and" are one subject and its conjunct, not two subjects of the verb."""
    spans = sorted((c.left_edge.i, c.right_edge.i) for c in subjects)
    return all(nxt[0] == prev[1] + 1 for prev, nxt in zip(spans, spans[1:]))


def _clause_of_participle_on_object(verb):
    """Rule ``quote.participle_on_object``: "X confirmed the truce, stating, “…”": a speech participle set off by a
    comma, with no subject of its own, that the parser hung on the object of the clause's verb (as a noun's
    ``acl``) belongs to that verb's clause, whose subject is the speaker. The verb it belongs to, or None."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ in {"pobj", "prep"} and noun.head.i != noun.i and noun.head.pos_ != "VERB":
        noun = noun.head  # "the cessation of hostilities, stating": up the of-phrase to the object
    if noun.dep_ not in {"dobj", "attr"} or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    return noun.head


def _reported(tok, outside) -> bool:
    """Whether a verb stands in a clause a speech verb outside quotes reports ("said Y had agreed", "said Y had met
    and agreed"); a verb inside the quote the parser hung the clause on reports nothing."""
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.i != tok.i:
            return speaks(tok.head) and outside(tok.head)
        if tok.dep_ not in {"conj", "xcomp"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _participle_subject(verb):
    """"“…,” said Jan Roe speaking to reporters" (``quote.inverted_participle``): a speech verb the parser left
    without a subject, whose inverted subject it hung on the participle that follows, as that participle's subject
    right after the verb (the words between are the name's own). None when no such subject follows."""
    for c in verb.children:
        if c.i > verb.i and c.dep_ in {"ccomp", "advcl", "xcomp", "conj"} and c.tag_ == "VBG":
            sub = next((s for s in c.children if s.dep_ in SUBJECTS and s.i < c.i), None)
            if sub is not None and sub.left_edge.i == verb.i + 1 and sub.pos_ in {"PROPN", "NOUN"}:
                return sub
    return None


def attribute(ctx: Context, piece: Piece) -> tuple[Mention | None, str | None]:
    """(speaker, rule) for one quote; (None, None) when nobody can be named."""
    doc = ctx.doc
    quoted = doc.char_span(max(piece.start - 1, 0), min(piece.end + 1, len(doc.text)), alignment_mode="expand")
    if quoted is None:
        return None, None
    words_span = doc.char_span(piece.start, piece.end, alignment_mode="expand") or quoted
    sents = [s for s in doc.sents if s.start < quoted.end and s.end > quoted.start]
    verb, sub, rule = _speech_verb(ctx, piece, quoted, words_span, sents)
    if verb is not None and unasserted(verb, range(quoted.start, quoted.end)):
        return None, None
    found = _named(ctx, sub, piece.start, piece.paragraph, rule) if verb is not None else None
    if verb is not None and _reported_characterization(verb, words_span):
        found = None  # "X said that Y had called it “…”": Y's words
    for rule in (lambda: found, lambda: _inverted_statement(ctx, piece, quoted),
                 lambda: _object_in_a_statement(ctx, piece, words_span),
                 lambda: _object_of_a_charge(ctx, piece, words_span),
                 lambda: _colon_subject(ctx, piece, quoted),
                 lambda: _characterization(ctx, piece, words_span)):
        got = rule()
        if got is not None:
            return got if got[0] is not None else (None, None)
    inside = set(range(quoted.start, quoted.end))
    for h in hits(doc, "quote.according_to"):
        if h[0] not in inside and any(s.start <= h[0] < s.end for s in sents):
            m = _speaker_of(doc[h[2]], ctx)
            if m is None:
                return _according_to_statement(ctx, doc[h[2]])
            return m, "quote.according_to"
    if (piece.opens_paragraph or _standalone(sents, quoted)) and not _headline_quote(ctx.doc.text, piece):
        m = _carried_over(ctx, piece, sents)
        if m is not None:
            return m, "quote.carried_over"
    return None, None


def unasserted(verb, quoted=range(0)) -> bool:
    """Rule ``quote.unasserted_speech``: a speech verb that tells no saying has no speaker for its quote. It is
    negated ("X did not say “…”", "X never said “…”"), told under a denial ("Y denied that X had said “…”"),
    supposed ("if X says “…”", "X could tell them “…” if …"), looked forward to ("X will say “…”", "X may tell the
    summit “…”"; not a past's own future, ``reporting_modals``: "“…,” he would later say"), or an infinitive another
    verb wants, expects, urges or refuses ("X is expected to say “…”", "Y urged X to say “…”"; not one it goes on
    to, ``asserting_governors``: "went on to say “…”", "took to the platform to say “…”"). Words inside the quote
    (``quoted``) tell nothing of its verb ("“… Certainly not …,” he added": the parser may hang that "not" on it)."""
    own = [c for c in verb.children if c.i not in quoted]
    if any(negates(c) for c in own) or under_denial(verb) or _condition_on(own):
        return True
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ not in REPORTING_MODALS
           and (c.tag_ == "MD" or c.lower_ in FUTURE_MODALS) for c in own):
        return True
    return verb.dep_ == "xcomp" and to_infinitive(verb) and verb.head.lemma_.lower() not in ASSERTING_GOVERNORS


def _condition_on(children) -> bool:
    """A condition on a verb, of its own mark ("if X says …") or in a clause on it ("X would say … if asked")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children) or condition_clause(children)


def _headline_quote(text: str, piece: Piece) -> bool:
    """Rule ``quote.headline_no_carry_over``: a line that is nothing but a quotation with no stop of its own (a
    subheading or a pull quote: "‘Clear that X wants the island’", its closing mark printed; a copy cut off inside a
    quote has none) is a page's heading, not the next words of the
    speaker before it: it is carried over to nobody."""
    start = text.rfind("\n", 0, piece.start) + 1
    end = text.find("\n", piece.end)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = text[piece.start:piece.end].strip()
    closed = piece.end < len(text) and not text[piece.end].isalnum() and not text[piece.end].isspace()
    return closed and len(line) - len(words) <= 2 and not re.search(r"[.?!…,:;]$", words)


def _according_to_statement(ctx: Context, noun) -> tuple[Mention | None, str | None]:
    """"according to a statement by X", "according to X's statement" (``quote.according_to_statement``): the party
    a statement or post named as the source comes from (a person, an organisation or a country; "a statement from
    X's office" names an office: nobody). (None, None) when the source is no such noun or names nobody."""
    if noun.lemma_ not in VOICE_NOUNS:
        return None, None
    source = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                   for o in c.children if o.dep_ == "pobj"), None)
    source = source or next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    m = _speaker_of(source, ctx) if source is not None and source.pos_ != "PRON" else None
    return (m, "quote.according_to_statement") if m is not None else (None, None)


def post_quotes(ctx: Context, posts: list[tuple[int, str]], sid: dict[int, str],
                pieces: list[Piece]) -> list[RawQuote]:
    """The text of an embedded post the page signs on the line after it ("— Jan Roe (@janroe) May 3, 2025", kept
    with the page furniture) is that author's words (rule ``quote.post_signature``): the one person the article
    names with the signature's surname (a title before it, "President Roe", aside). A post that holds quotation
    marks is read the usual way; an author the article never names leaves the post unattributed."""
    out = []
    for index, author in posts:
        if not 0 <= index < len(ctx.pars) or any(ctx.paragraph_of(p.start) == index for p in pieces):
            continue
        a, b = ctx.pars[index]
        text = ctx.doc.text[a:b].strip()
        tok = ctx.doc.char_span(a, b, alignment_mode="expand")
        if len(text.split()) < MIN_WORDS or tok is None:
            continue
        speaker = _author(ctx, author)
        out.append(RawQuote(speaker, text, sid.get(tok.start, "s1"), {"speaker": "quote.post_signature"} if speaker else {}))
    return out


def _author(ctx: Context, author: str) -> Mention | None:
    """The person mention of the article a post's signature names: the same surname, one person only."""
    names = [w for w in author.split() if key(w) not in role_heads() and key(w) not in FEMALE_HONORIFICS | MALE_HONORIFICS]
    if not names:
        return None
    surname = key(names[-1])
    found = {m.text: m for m in ctx.facts.mentions if m.label == "person" and key(m.text.split()[-1]) == surname}
    full = {t for t in found if len(t.split()) > 1}
    if len({t.split()[-1] for t in found}) != 1 or len(full) > 1:
        return None
    return found[max(found, key=len)]


def said_colon_paragraphs(ctx: Context, sid: dict[int, str], pieces: list[Piece]) -> list[RawQuote]:
    """Rule ``quote.said_colon_paragraph``: "Foreign Secretary X said:" closing a paragraph, and the next paragraph
    written without quotation marks in the first person ("By formally approving the framework, we are delivering
    …", a press release's way): that paragraph is X's words. A paragraph that holds quotation marks is read the
    usual way; a speaker the sentence does not name leaves it out."""
    doc, out = ctx.doc, []
    for n in range(len(ctx.pars) - 1):
        a, b = ctx.pars[n]
        if not doc.text[a:b].rstrip().endswith(":") or any(ctx.paragraph_of(p.start) == n + 1 for p in pieces):
            continue
        c, d = ctx.pars[n + 1]
        text = doc.text[c:d].strip()
        colon = doc.char_span(a, b, alignment_mode="expand")
        span = doc.char_span(c, d, alignment_mode="expand")
        if colon is None or span is None or len(text.split()) < MIN_WORDS or \
                any(ch in text for ch in OPENING + CLOSING + STRAIGHT) or \
                not any(t.lower_ in FIRST_PERSON for t in span):
            continue
        verb = governor(colon[-1] if colon[-1].text == ":" else colon[-2])
        sub = next((c for c in verb.children if c.dep_ in SUBJECTS), None) if speaks(verb) else None
        speaker = _speaker_of(sub, ctx) if sub is not None and sub.pos_ != "PRON" else None
        if speaker is not None:
            out.append(RawQuote(speaker, text, sid.get(span.start, "s1"), {"speaker": "quote.said_colon_paragraph"}))
    return out


def extract_quotes(doc, facts: EntityFacts, sid: dict[int, str], posts: list[tuple[int, str]] = ()) -> list[RawQuote]:
    """Direct quotes of four words or more (three, or two, as a verdict: :func:`_verdict`, :func:`_predicate`),
    each with its speaker (or none) and the rule that named it; and the text of each embedded post (``posts``:
    paragraph index and the signature's author)."""
    ctx = Context(doc, facts, paragraphs(doc.text))
    pieces = [p for p in find_quotes(doc.text) if p.end - p.start <= MAX_CHARS]
    ctx.quoted = [(p.start - 1, p.end + 1) for p in pieces]
    _read_the_text(ctx)
    out: list[RawQuote] = []
    pending: list[tuple[RawQuote, Piece]] = []  # unattributed quotes that run on into the next paragraph
    for piece in pieces:
        text = doc.text[piece.start:piece.end].strip()
        if len(text.split()) < MIN_SHORT_WORDS:
            continue
        tok = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if _name_of_a_work(text, tok):
            continue
        speaker, rule = attribute(ctx, piece)
        if _misspelt(ctx, speaker):  # quote.misspelt_speaker: the one person whose surname it is, misspelt, or nobody
            speaker = _misspelt_surname_of(ctx, speaker)
            rule = "quote.misspelt_speaker" if speaker is not None else None
        if _singular_voice(text, speaker, rule):  # quote.singular_voice: "me" in a body's words is a person's
            speaker, rule = None, None
        if len(text.split()) < MIN_WORDS and not _verdict(text, rule, tok):
            continue  # three words count only as someone's verdict ("calling it “an important moment”")
        if len(text.split()) < MIN_WORDS - 1 and not _predicate(tok):
            continue  # two only as a predicate ("were “pretty close”"), never a noun ("the “traffic light” plan")
        sentence = sid.get(tok.start, "s1") if tok is not None else "s1"
        out.append(RawQuote(speaker, text, sentence, {"speaker": rule} if rule else {}))
        pending = _run_on(pending, out[-1], piece, rule)
        if speaker is not None:  # a quote's speaker stands out too ("“…,” X said. “…”")
            ctx.add(piece.start, speaker, statement=True)
    return out + said_colon_paragraphs(ctx, sid, pieces) + post_quotes(ctx, list(posts), sid, pieces)


def _name_of_a_work(text: str, span) -> bool:
    """Rule ``quote.name_of_a_work``: "told “The Morning Varnholm Show”", "on “State of the Union”" — quoted words all in
    title case, with no verb, no sentence end and not all in capitals (a shout is speech), name a programme, a
    book or an operation: nobody's words."""
    found = re.findall(r"[^\W\d_][\w&'’-]*", text)
    if not found or text.rstrip()[-1:] in ".!?…" or text.isupper() or title_case_ratio(found) < 1.0:
        return False
    return span is not None and not any(t.pos_ in {"VERB", "AUX"} for t in span)


def _singular_voice(text: str, m: Mention | None, rule: str | None) -> bool:
    """Rule ``quote.singular_voice``: words that say "I" or "me" ("“to assist me in determining …”") are one person's;
    an organisation, a country or an outlet the structure gave them to (the subject of "released a memorandum
    stating …") did not speak them, and no person is sure: the quote keeps no speaker. An institution's unnamed
    spokesperson (``quote.spokesperson_for``) is a person speaking for it and keeps it."""
    if m is None or m.label not in {"organization", "country", "place", "outlet"} or rule == "quote.spokesperson_for":
        return False  # a person, or a title that stands for one ("the EU's foreign policy chief")
    return any(w.lower() in words("first_person_singular") or w == "I" for w in re.findall(r"[\w’']+", text))


def _misspelt(ctx: Context, m: Mention | None) -> bool:
    """Is the speaker a one-word person name (``quote.misspelt_speaker``) that the article never names in full and
    that is one letter off a word of another person's name there ("Doe" beside "Jan Dooe")? Then it is no sure
    speaker: the quote keeps none."""
    if m is None or m.label != "person" or len(m.text.split()) != 1 or len(m.text) < MIN_NAME_CHARS:
        return False
    people = [p.text.split() for p in ctx.facts.mentions if p.label == "person"]
    if any(m.text in words and len(words) > 1 for words in people):
        return False
    return any(one_edit(key(m.text), key(w)) and w[:1] == m.text[:1] for words in people for w in words
               if len(w) >= MIN_NAME_CHARS)


def _misspelt_surname_of(ctx: Context, m: Mention) -> Mention | None:
    """The person a misspelt one-word speaker stands for ("Vargas said" after "Tomas Varga", "Kovac" after "Jan
    Kovacs"): the one person named in full before it whose surname is one letter off it. None when two names are
    ("Jan Kovacs" and "Eva Kovacs" may be two people), or none is."""
    near = {p.text: p for p in ctx.facts.mentions if p.label == "person" and len(p.text.split()) > 1
            and p.start < m.start and p.text.split()[-1][:1] == m.text[:1]
            and len(p.text.split()[-1]) >= MIN_NAME_CHARS and one_edit(key(m.text), key(p.text.split()[-1]))}
    return next(iter(near.values())) if len(near) == 1 else None


def _verdict(text: str, rule: str | None, span) -> bool:
    """Three quoted words are someone's own verdict: a characterisation ("calling it “an important moment”"), or a
    fragment in lower case that a speech or demand verb governs, either the reported predicate itself ("said the
    mediator “keeps on trying”") or what a verb of being or amounting predicates of something ("said the step
    would amount to “an open provocation”", list ``verdict_verbs``); a scare quote ("saw “no real point”") or a
    capitalised name in quotes is not."""
    if rule == "quote.characterization" or (rule and span is not None and _characterizing_verb(span) is not None):
        return True  # "He described X as a “very experienced politician”": "he" named by the sentence before
    return rule in {"quote.speech_verb_subject", "quote.participle_on_object", "quote.demand_complement"} and \
        text[:1].islower() and \
        span is not None and (span.root.pos_ in {"VERB", "AUX"} or governor(span.root).lemma_ in VERDICT_VERBS)


def _predicate(span) -> bool:
    """Are two quoted words a predicate of their own, a verb's or an adjective's ("“immediately summoned”",
    "“pretty close”")? Two words that make a noun ("“fresh start”") are as often a term as a verdict."""
    return span is not None and span.root.pos_ in {"VERB", "AUX", "ADJ"}


def _run_on(pending: list, quote: RawQuote, piece: Piece, rule: str | None) -> list:
    """A quote that runs on over paragraphs ("“… ¶ “…,” X said") is the speaker's whose attribution closes it
    (``quote.continued_quote``): when this piece continues the pending ones and names its speaker itself (not
    carried over from before), the pending pieces take that speaker. Returns the pieces still pending."""
    follows = bool(pending) and piece.opens_paragraph and pending[-1][1].paragraph == piece.paragraph - 1
    if follows and quote.speaker is not None and rule not in {None, "quote.carried_over"}:
        for earlier, _ in pending:
            earlier.speaker = quote.speaker
            earlier.evidence = {"speaker": "quote.continued_quote"}
        return []
    if piece.continued and (quote.speaker is None or rule == "quote.carried_over"):
        # a speaker carried over from before yields to the one who closes the quote ("X said. ¶ “… ¶ …,” Y said.")
        return (pending if follows else []) + [(quote, piece)]
    return []
