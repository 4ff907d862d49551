"""Direct quotes and who said them, the way a careful reader finds the speaker.

Quotes are found paragraph by paragraph: a quote never runs on into the next paragraph unless that
paragraph opens with a quotation mark (the typographic convention for a quote that continues).
The speaker is, in this order (each a named rule, recorded as the quote's ``evidence``):

* ``quote.speech_verb_subject``: the subject of the speech verb that governs the quote
  ("“…,” the minister said", "Doe told reporters: “…”");
* ``quote.pronoun_nearest_person``: for "he said" / "she added", the nearest preceding named person
  in the same or the previous paragraph (the latest speaker first, then the latest subject);
* ``quote.according_to``: "according to X";
* ``quote.carried_over``: a paragraph that opens with a quote and names nobody keeps the speaker of
  the statement just before it (wire copy: the lead names the speaker, the quotes follow).

A quote with no attributable speaker is kept with ``speaker=None`` (shown on its source page, never
given to anyone).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import words
from .entities import EntityFacts, Mention
from .rules import hits

SPEECH = words("speech_verbs")
OPENING, CLOSING, STRAIGHT = "“«", "”»", '"'
PARAGRAPH_BREAK = "\n\n"
MIN_WORDS = 4  # scare quotes ("no point") are not statements
MAX_CHARS = 1500
SPEAKERS = {"person", "organization", "country", "role_ref"}
SUBJECTS = {"nsubj", "nsubjpass"}


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


# ---- finding the quotes ---------------------------------------------------------------------------

def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each paragraph."""
    out, pos = [], 0
    for part in text.split(PARAGRAPH_BREAK):
        out.append((pos, pos + len(part)))
        pos += len(part) + len(PARAGRAPH_BREAK)
    return out


def _opens(par: str, k: int) -> bool:
    ch = par[k]
    if ch in OPENING:
        return True
    return ch == STRAIGHT and (k == 0 or not par[k - 1].isalnum()) and k + 1 < len(par) and not par[k + 1].isspace()


def _in_paragraph(par: str) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotes of one paragraph as (start, end) offsets of their words, and where an unclosed one starts."""
    out, open_at = [], None
    for k, ch in enumerate(par):
        if open_at is None:
            if _opens(par, k):
                open_at = k + 1
        elif ch in CLOSING or ch == STRAIGHT:
            out.append((open_at, k))
            open_at = None
    return out, open_at


def find_quotes(text: str) -> list[Piece]:
    """Every quoted passage, paragraph by paragraph; an unclosed quote counts only when the next
    paragraph opens with a quotation mark (it continues there), and is otherwise dropped."""
    pars = paragraphs(text)
    out = []
    for n, (a, b) in enumerate(pars):
        par = text[a:b]
        lead = len(par) - len(par.lstrip())
        closed, open_at = _in_paragraph(par)
        spans = list(closed)
        if open_at is not None and n + 1 < len(pars):
            nxt = text[pars[n + 1][0]:pars[n + 1][1]].lstrip()
            if nxt[:1] and (nxt[0] in OPENING or nxt[0] == STRAIGHT):
                spans.append((open_at, len(par)))
        for s, e in spans:
            out.append(Piece(a + s, a + e, n, s - 1 == lead))
    return out


# ---- who said it ----------------------------------------------------------------------------------

def _owned_by_other_clause(span, speech_verb) -> bool:
    """Is the quote the object of some other verb between it and the speech verb
    ("… said X, but Y rejected it as “too little, too late”")?"""
    tok = span.root
    for _ in range(12):
        if tok.i == speech_verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == speech_verb.i:
            return False
        if not (span.start <= tok.i < span.end) and tok.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in tok.children):
            return True
    return False


def _governing_speech_verb(sents, quoted, words_span):
    """The speech verb outside the quote whose clause holds it, and its subject token (or None)."""
    inside = set(range(quoted.start, quoted.end))
    for sent in sents:
        for tok in sent:
            if tok.i in inside or tok.lemma_ not in SPEECH or not inside & {t.i for t in tok.subtree}:
                continue
            if _owned_by_other_clause(words_span, tok):
                continue
            sub = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
            return tok, sub
    return None, None


@dataclass
class Context:
    """What the reader knows so far: paragraph starts, statements with a named speaker."""

    doc: object
    facts: EntityFacts
    pars: list[tuple[int, int]]
    statements: list[tuple[int, int, Mention]] = field(default_factory=list)  # (char, paragraph, speaker)

    def paragraph_of(self, char: int) -> int:
        return next((n for n, (a, b) in enumerate(self.pars) if a <= char <= b), len(self.pars) - 1)


def _speaker_of(tok, ctx: Context) -> Mention | None:
    m = ctx.facts.at(tok) if tok is not None else None
    return m if m is not None and m.label in SPEAKERS else None


def _speech_statements(ctx: Context, quoted_chars: list[tuple[int, int]]) -> None:
    """Every speech verb outside quotes with a named subject: who spoke, and where."""
    for tok in ctx.doc:
        if tok.lemma_ not in SPEECH or any(a <= tok.idx < b for a, b in quoted_chars):
            continue
        sub = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        m = _speaker_of(sub, ctx) if sub is not None and sub.pos_ != "PRON" else None
        if m is not None:
            ctx.statements.append((tok.idx, ctx.paragraph_of(tok.idx), m))


def _nearest_person(ctx: Context, before: int, paragraph: int) -> Mention | None:
    """The latest named speaker, else the latest named subject, else the latest named person, before
    character ``before`` in the same or the previous paragraph."""
    doc = ctx.doc
    floor = ctx.pars[max(0, paragraph - 1)][0]
    said = [m for c, _, m in ctx.statements if floor <= c < before and m.label == "person"]
    if said:
        return said[-1]
    people = [m for m in ctx.facts.mentions if m.label == "person" and floor <= doc[m.start].idx < before]
    subjects = [m for m in people if m.dep in SUBJECTS]
    return (subjects or people or [None])[-1]


def _according_to(ctx: Context, sents, inside: set[int]) -> Mention | None:
    for h in hits(ctx.doc, "quote.according_to"):
        if h[0] not in inside and any(s.start <= h[0] < s.end for s in sents):
            return _speaker_of(ctx.doc[h[2]], ctx)
    return None


def _carried_over(ctx: Context, piece: Piece) -> Mention | None:
    """The speaker of the latest statement, if it is in this or the previous paragraph and nobody
    else is named between it and the quote."""
    before = [(c, p, m) for c, p, m in ctx.statements if c < piece.start and p >= piece.paragraph - 1]
    if not before:
        return None
    char, _, speaker = before[-1]
    between = [m for m in ctx.facts.mentions if m.label == "person" and char < ctx.doc[m.start].idx < piece.start
               and m.text != speaker.text and m.text.split()[-1] != speaker.text.split()[-1]]
    return None if between else speaker


def attribute(ctx: Context, piece: Piece) -> tuple[Mention | None, str | None]:
    """(speaker, rule) for one quote; (None, None) when nobody can be named."""
    doc = ctx.doc
    quoted = doc.char_span(piece.start - 1, min(piece.end + 1, len(doc.text)), alignment_mode="expand")
    words_span = doc.char_span(piece.start, piece.end, alignment_mode="expand") or quoted
    if quoted is None:
        return None, None
    sents = [s for s in doc.sents if s.start < quoted.end and s.end > quoted.start]
    verb, sub = _governing_speech_verb(sents, quoted, words_span)
    if verb is not None:
        if sub is not None and sub.pos_ == "PRON":
            found = _nearest_person(ctx, min(sub.idx, piece.start), piece.paragraph)
            return (found, "quote.pronoun_nearest_person") if found is not None else (None, None)
        found = _speaker_of(sub, ctx)
        return (found, "quote.speech_verb_subject") if found is not None else (None, None)
    found = _according_to(ctx, sents, set(range(quoted.start, quoted.end)))
    if found is not None:
        return found, "quote.according_to"
    if piece.opens_paragraph:
        found = _carried_over(ctx, piece)
        if found is not None:
            return found, "quote.carried_over"
    return None, None


def extract_quotes(doc, facts: EntityFacts, sid: dict[int, str]) -> list[RawQuote]:
    """Direct quotes of four words or more, each with its speaker (or none) and the rule that named it."""
    ctx = Context(doc, facts, paragraphs(doc.text))
    pieces = [p for p in find_quotes(doc.text) if p.end - p.start <= MAX_CHARS]
    _speech_statements(ctx, [(p.start, p.end) for p in pieces])
    out = []
    for piece in pieces:
        text = doc.text[piece.start:piece.end].strip()
        if len(text.split()) < MIN_WORDS:
            continue
        speaker, rule = attribute(ctx, piece)
        tok = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        sentence = sid.get(tok.start, "s1") if tok is not None else "s1"
        out.append(RawQuote(speaker, text, sentence, {"speaker": rule} if rule else {}))
        if speaker is not None:  # a quote's speaker is a statement too ("“…,” X said. “…”")
            ctx.statements.append((piece.start, piece.paragraph, speaker))
            ctx.statements.sort(key=lambda s: s[0])
    return out
