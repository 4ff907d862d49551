"""Direct quotes and who said them, the way a careful reader finds the speaker.

Quotes are found paragraph by paragraph: a quote never runs on into the next paragraph unless that
paragraph opens with a quotation mark (the typographic convention for a quote that continues).
The speaker is, in this order (each a named rule, recorded as the quote's ``evidence``):

* ``quote.speech_verb_subject``: the subject of the innermost speech verb that governs the quote
  ("“…,” the minister said", "Doe told reporters: “…”", "X said Y told him “…”" → Y);
* ``quote.quoted_as_saying``: the person in "the agency quoted X as saying";
* ``quote.owner_of_voice``: "X's account said" (a person's own channel; never "X's spokesman");
* ``quote.pronoun_nearest_person``: for "he said" / "she added", the nearest preceding person who stands
  out in the same or the previous paragraph (the latest speaker or main-clause subject, read in text order
  so that a "he said" resolved earlier counts), else the one person named there;
* ``quote.colon_subject`` / ``quote.comma_after_speech_verb``: the subject of the clause a colon ends, or of
  a speech verb's clause a comma ends ("urged haste, posting on social media, “…”");
* ``quote.characterization``: "calling it “…”";
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
from .clauses import governor, subject
from .rules import hits

SPEECH = words("speech_verbs") | words("posting_verbs")
CHARACTERIZE = words("characterization_verbs")
OPENING, CLOSING, STRAIGHT = "“«", "”»", '"'
PARAGRAPH_BREAK = "\n\n"
MIN_WORDS = 4  # scare quotes ("no point") are not statements
MIN_SHORT_WORDS = 3
MAX_CHARS = 1500
SPEAKERS = {"person", "organization", "country", "role_ref"}
SUBJECTS = {"nsubj", "nsubjpass"}
HE_SHE = {"he", "she"}  # the subject pronouns that stand for one person


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

NOBODY = (None, "")  # a rule found the clause that owns the quote, and it names nobody: no guessing further


def _owned_by_other_clause(span, verb, facts: EntityFacts) -> bool:
    """Is the quote the object of some other verb between it and ``verb`` ("… said X, but Y rejected
    it as “too little, too late”")? A clause reported by the verb ("noted that the next step will be
    “…”"), or joined to it with a subject that names nobody ("…, but the next step will be “…”"), is not."""
    tok = span.root
    for _ in range(12):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == verb.i:
            return False
        sub = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if not (span.start <= tok.i < span.end) and tok.pos_ in {"VERB", "AUX"} and sub is not None:
            if tok.dep_ == "ccomp" and tok.head.i == verb.i:
                return False  # "emphasised that the process should end with “…”"
            # "…, but the next step will be “…”": a copula joined on, whose subject names nobody
            return not (tok.dep_ == "conj" and tok.lemma_ == "be" and _reports_to(tok, verb) is not None
                        and sub.pos_ != "PRON" and facts.at(sub) is None)
    return False


def _reports_to(tok, verb) -> bool | None:
    """Is the conjunct ``tok`` joined to ``verb`` or to the clause ``verb`` reports? (None: neither)"""
    for _ in range(4):
        if tok.head.i == verb.i:
            return True
        if tok.dep_ not in {"conj", "ccomp"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _governing_verb(sents, quoted, words_span, facts: EntityFacts):
    """The innermost speech verb outside the quote whose clause holds it ("X said Y told him “…”" → told), and
    the token that names its speaker with the rule that reads it: the verb's subject, or the source of
    "quoted Y as saying" (``quote.quoted_as_saying``). (None, None, None) when no such verb holds the quote."""
    inside = set(range(quoted.start, quoted.end))
    said_by = {h[0]: h[1] for h in hits(quoted.doc, "quote.quoted_as_saying")}
    found = []
    for sent in sents:
        for tok in sent:
            if tok.i in inside or not (tok.lemma_ in SPEECH or tok.i in said_by):
                continue
            sub = {t.i for t in tok.subtree}
            if inside & sub and not _owned_by_other_clause(words_span, tok, facts):
                found.append((len(sub), tok.i, tok))
    if not found:
        return None, None, None
    verb = min(found, key=lambda x: x[:2])[2]
    if verb.i in said_by:
        return verb, quoted.doc[said_by[verb.i]], "quote.quoted_as_saying"
    return verb, subject(verb), "quote.speech_verb_subject"


@dataclass
class Context:
    """What the reader knows so far: paragraph starts and the people who stand out (speakers, sources,
    subjects of main clauses), in text order."""

    doc: object
    facts: EntityFacts
    pars: list[tuple[int, int]]
    statements: list[tuple[int, int, Mention]] = field(default_factory=list)  # (char, paragraph, speaker)
    salient: list[tuple[int, int, Mention]] = field(default_factory=list)  # (char, paragraph, person)

    def paragraph_of(self, char: int) -> int:
        return next((n for n, (a, b) in enumerate(self.pars) if a <= char <= b), len(self.pars) - 1)

    def add(self, char: int, m: Mention, statement: bool) -> None:
        item = (char, self.paragraph_of(char), m)
        if statement:
            self.statements.append(item)
            self.statements.sort(key=lambda x: x[0])
        if m.label in {"person", "role_ref"}:
            self.salient.append(item)
            self.salient.sort(key=lambda x: x[0])


def _speaker_of(tok, ctx: Context) -> Mention | None:
    """The named speaker a token stands for: its mention, or the name in apposition to a title
    ("Ruritania's foreign minister Hakim al-Zarrafi … said")."""
    if tok is None:
        return None
    m = ctx.facts.at(tok)
    if m is None:
        m = next((ctx.facts.at(c) for c in tok.children if c.dep_ == "appos" and ctx.facts.at(c) is not None), None)
    return m if m is not None and m.label in SPEAKERS else None


def _main_subject(tok) -> bool:
    """The subject of the sentence's main clause (or of a clause joined to it), or in apposition to it; never
    one of several coordinated subjects ("A, B and C are expected to attend": none of them is "he")."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ not in SUBJECTS or any(c.dep_ == "conj" for c in tok.children):
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _statement_of(ctx: Context, verb) -> Mention | None:
    """The named speaker of a speech verb outside quotes: its subject's mention, or for "he said" the person
    the pronoun stands for (read in text order, so "X said … He said … “…,” he said" stays with X)."""
    sub = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if sub is None:
        return None
    if sub.pos_ == "PRON":
        if sub.lower_ not in HE_SHE:
            return None
        return _nearest_person(ctx, sub.idx, ctx.paragraph_of(sub.idx))
    return _owner_of_voice(sub, ctx) or _speaker_of(sub, ctx)


def _read_the_text(ctx: Context, quoted_chars: list[tuple[int, int]]) -> None:
    """Who stands out before each quote, in text order: speakers of speech verbs (a pronoun's person
    included), sources after "according to" or quoted "as saying", named subjects of main clauses (outside quotes)."""
    doc = ctx.doc
    sources = {h[0]: h[2] for h in hits(doc, "quote.according_to")}
    sources.update({h[0]: h[1] for h in hits(doc, "quote.quoted_as_saying")})
    for tok in doc:
        if any(a <= tok.idx < b for a, b in quoted_chars):
            continue
        m = _statement_of(ctx, tok) if tok.lemma_ in SPEECH else None
        if m is None and tok.i in sources:
            m = _speaker_of(doc[sources[tok.i]], ctx)
        if m is not None:
            ctx.add(tok.idx, m, statement=True)
        m = ctx.facts.at(tok) if tok.pos_ != "PRON" else None
        if m is not None and m.start == tok.i and m.label in {"person", "role_ref"} and _main_subject(doc[m.start:m.end].root):
            ctx.add(tok.idx, m, statement=False)


def _nearest_person(ctx: Context, before: int, paragraph: int) -> Mention | None:
    """The latest person who stands out (speaker, source, main subject) before character ``before`` in the
    same or the previous paragraph; failing that, the one person named there (two or more: nobody)."""
    doc = ctx.doc
    floor = ctx.pars[max(0, paragraph - 1)][0]
    salient = [m for c, _, m in ctx.salient if floor <= c < before]
    if salient:
        return salient[-1]
    people = [m for m in ctx.facts.mentions if m.label == "person" and floor <= doc[m.start].idx < before]
    names = {m.text.split()[-1] for m in people}
    return people[-1] if len(names) == 1 else None


def _named(ctx: Context, sub, before: int, paragraph: int, rule: str):
    """The speaker a subject token names: a mention, or for he/she the nearest person; NOBODY otherwise."""
    if sub is None:
        return NOBODY
    if sub.pos_ == "PRON":
        if sub.lower_ not in HE_SHE:
            return NOBODY  # "it said", "they said", "we said": no person to name
        found = _nearest_person(ctx, min(sub.idx, before), paragraph)
        return (found, "quote.pronoun_nearest_person") if found is not None else NOBODY
    owner = _owner_of_voice(sub, ctx)
    if owner is not None:
        return owner, "quote.owner_of_voice"
    found = _speaker_of(sub, ctx)
    return (found, rule) if found is not None else NOBODY


def _owner_of_voice(sub, ctx: Context) -> Mention | None:
    """"X's account said", "X's official page wrote" (``quote.owner_of_voice``): the person whose own channel
    speaks (never "X's spokesman" or "X's office": they are someone else)."""
    owner = next((h[1] for h in hits(ctx.doc, "quote.owner_of_voice") if h[0] == sub.i), None)
    m = ctx.facts.at(ctx.doc[owner]) if owner is not None and ctx.doc[owner].pos_ != "PRON" else None
    return m if m is not None and m.label == "person" else None


def _colon_subject(ctx: Context, piece: Piece, quoted):
    """"Kral backed him: “…”" (``quote.colon_subject``): the subject of the clause a colon ends introduces the
    quote; "X urged haste, posting on social media, “…”" (``quote.comma_after_speech_verb``): so does a speech
    verb's clause that a comma ends, when the parse did not hang the quote from it."""
    doc = ctx.doc
    mark = doc[quoted.start - 1] if quoted.start > 0 else None
    if mark is None or mark.text not in {":", ","} or mark.sent.start == mark.i:
        return None
    verb = governor(doc[mark.i - 1]) if mark.text == "," else governor(mark)
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if mark.text == ",":
        if verb.lemma_ not in SPEECH or verb.i >= mark.i:
            return None
        return _named(ctx, subject(verb), piece.start, piece.paragraph, "quote.comma_after_speech_verb")
    return _named(ctx, subject(verb), piece.start, piece.paragraph, "quote.colon_subject")


def _characterization(ctx: Context, piece: Piece, words_span):
    """"hailing the pact as “a new chapter”", "calling it “an important moment”": the subject of the
    verb that characterises something with the quoted words."""
    tok = words_span.root
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if words_span.start <= tok.i < words_span.end or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.lemma_ in CHARACTERIZE:
            return _named(ctx, subject(tok), piece.start, piece.paragraph, "quote.characterization")
        if any(c.dep_ in SUBJECTS for c in tok.children):
            return None  # some other clause's words
    return None


def _standalone(sents, quoted) -> bool:
    """Does the quote stand alone in its sentence (no words of the reporter around it)?"""
    return not any(t.is_alpha for s in sents for t in s if not (quoted.start <= t.i < quoted.end))


def _carried_over(ctx: Context, piece: Piece) -> Mention | None:
    """The latest speaker, if in this or the previous paragraph with nobody else named between them
    and the quote."""
    before = [(c, p, m) for c, p, m in ctx.statements if c < piece.start and p >= piece.paragraph - 1]
    if not before:
        return None
    char, _, speaker = before[-1]
    between = [m for m in ctx.facts.mentions if m.label == "person" and char < ctx.doc[m.start].idx < piece.start
               and m.text.split()[-1] != speaker.text.split()[-1]]
    return None if between else speaker


def attribute(ctx: Context, piece: Piece) -> tuple[Mention | None, str | None]:
    """(speaker, rule) for one quote; (None, None) when nobody can be named."""
    doc = ctx.doc
    quoted = doc.char_span(piece.start - 1, min(piece.end + 1, len(doc.text)), alignment_mode="expand")
    if quoted is None:
        return None, None
    words_span = doc.char_span(piece.start, piece.end, alignment_mode="expand") or quoted
    sents = [s for s in doc.sents if s.start < quoted.end and s.end > quoted.start]
    verb, sub, rule = _governing_verb(sents, quoted, words_span, ctx.facts)
    found = _named(ctx, sub, piece.start, piece.paragraph, rule) if verb is not None else None
    for rule in (lambda: found, lambda: _colon_subject(ctx, piece, quoted),
                 lambda: _characterization(ctx, piece, words_span)):
        got = rule()
        if got is not None:
            return got if got[0] is not None else (None, None)
    inside = set(range(quoted.start, quoted.end))
    for h in hits(doc, "quote.according_to"):
        if h[0] not in inside and any(s.start <= h[0] < s.end for s in sents):
            m = _speaker_of(doc[h[2]], ctx)
            return (m, "quote.according_to") if m is not None else (None, None)
    if piece.opens_paragraph or _standalone(sents, quoted):
        m = _carried_over(ctx, piece)
        if m is not None:
            return m, "quote.carried_over"
    return None, None


def extract_quotes(doc, facts: EntityFacts, sid: dict[int, str]) -> list[RawQuote]:
    """Direct quotes of four words or more, each with its speaker (or none) and the rule that named it."""
    ctx = Context(doc, facts, paragraphs(doc.text))
    pieces = [p for p in find_quotes(doc.text) if p.end - p.start <= MAX_CHARS]
    _read_the_text(ctx, [(p.start - 1, p.end + 1) for p in pieces])
    out = []
    for piece in pieces:
        text = doc.text[piece.start:piece.end].strip()
        if len(text.split()) < MIN_SHORT_WORDS:
            continue
        speaker, rule = attribute(ctx, piece)
        if len(text.split()) < MIN_WORDS and rule != "quote.characterization":
            continue  # three words count only as someone's verdict ("calling it “an important moment”")
        tok = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        sentence = sid.get(tok.start, "s1") if tok is not None else "s1"
        out.append(RawQuote(speaker, text, sentence, {"speaker": rule} if rule else {}))
        if speaker is not None:  # a quote's speaker stands out too ("“…,” X said. “…”")
            ctx.add(piece.start, speaker, statement=True)
    return out
