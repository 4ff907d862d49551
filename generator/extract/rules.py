"""Named rules on spaCy's matchers, with their patterns kept in ``generator/data/rules.yml``.

A rule is a name, a matcher (``token``: :class:`spacy.matcher.Matcher`, ``dependency``:
:class:`spacy.matcher.DependencyMatcher`) and patterns; ``"@list"`` in a pattern stands for a word
list of the lexicon. Every rule runs once per ``Doc`` (:func:`matches`); the extractors ask for the
hits of one rule by name (:func:`hits`) and record that name as the ``evidence`` of what they produce.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import DATA, load_data
from ..lexicon import words

RULES = "rules.yml"
MATCHERS = ("token", "dependency")


@dataclass(frozen=True)
class Rule:
    name: str
    matcher: str  # token | dependency
    patterns: tuple
    about: str


def _expand(value):
    """Replace "@list" by the words of that lexicon list, recursively; inside a list of words, "@list" adds its words
    to the others (``IN: ["@question_persist_verbs", be]``)."""
    if isinstance(value, str) and value.startswith("@"):
        return sorted(words(value[1:]))
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        out = []
        for v in value:
            if isinstance(v, str) and v.startswith("@"):
                out += [w for w in _expand(v) if w not in out]
            else:
                out.append(_expand(v))
        return out
    return value


@lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    out = {}
    for name, spec in (load_data(RULES) or {}).items():
        if not isinstance(spec, dict) or spec.get("matcher") not in MATCHERS or not spec.get("patterns"):
            raise ValueError(f"{DATA / RULES}: rule {name!r} needs a matcher ({' or '.join(MATCHERS)}) and patterns")
        out[name] = Rule(name, spec["matcher"], tuple(_expand(spec["patterns"])), str(spec.get("about", "")))
    return out


_BUILT: dict[int, tuple] = {}  # id(vocab) → (vocab, token matcher, dependency matcher)


def _matchers(vocab):
    from spacy.matcher import DependencyMatcher, Matcher

    got = _BUILT.get(id(vocab))
    if got is not None and got[0] is vocab:
        return got[1], got[2]
    tok, dep = Matcher(vocab), DependencyMatcher(vocab)
    for rule in rules().values():
        (tok if rule.matcher == "token" else dep).add(rule.name, list(rule.patterns))
    _BUILT[id(vocab)] = (vocab, tok, dep)
    return tok, dep


def matches(doc) -> dict[str, list[tuple[int, ...]]]:
    """Every rule's hits in ``doc``, computed once: rule name → token index tuples
    (``(start, end)`` for a token rule, the pattern's tokens in order for a dependency rule)."""
    found = doc.user_data.get("briefing.rules")
    if found is not None:
        return found
    tok, dep = _matchers(doc.vocab)
    found = {name: [] for name in rules()}
    for match_id, start, end in tok(doc):
        found[doc.vocab.strings[match_id]].append((start, end))
    for match_id, toks in dep(doc):
        found[doc.vocab.strings[match_id]].append(tuple(toks))
    for name in found:
        found[name] = sorted(set(found[name]))
    doc.user_data["briefing.rules"] = found
    return found


def hits(doc, name: str) -> list[tuple[int, ...]]:
    if name not in rules():
        raise KeyError(f"{DATA / RULES} has no rule {name!r}")
    return matches(doc)[name]


def covering(doc, name: str, i: int) -> tuple[int, ...] | None:
    """The first hit of a token rule ``name`` whose span covers token ``i``."""
    return next((h for h in hits(doc, name) if h[0] <= i < h[1]), None)


_PHRASES: dict[tuple[int, str], tuple] = {}  # (id(vocab), name) → (vocab, PhraseMatcher)


def phrase_hits(doc, name: str, phrases) -> list[tuple[int, int]]:
    """Hits of the phrase list ``name`` (lower-case phrases from ``phrases()``, matched on lower-case
    text by a :class:`spacy.matcher.PhraseMatcher` built once per vocabulary), longest first and
    without overlaps, as (start, end) token spans in text order."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    got = _PHRASES.get((id(doc.vocab), name))
    if got is None or got[0] is not doc.vocab:
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        matcher.add(name, [Doc(doc.vocab, words=p.split()) for p in phrases()])
        got = _PHRASES[(id(doc.vocab), name)] = (doc.vocab, matcher)
    spans = filter_spans([doc[s:e] for _, s, e in got[1](doc)])
    return [(s.start, s.end) for s in spans]
