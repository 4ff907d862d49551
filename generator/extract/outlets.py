"""Outlets, agencies and platforms are never actors.

A mention is an outlet when its name is the source's own ``outlet``, an agency its dateline names
("(BSS/AFP)", "/TASS/"), or one of the agencies, papers, broadcasters and platforms listed in
``generator/data/outlets.yml`` (a user extends that list). Such a mention is relabelled
``outlet``, so reconciliation keeps it among the outlets and never makes it an actor; the
agencies of the dateline join the source's ``cited_outlets``. Bylines and photo credits are
removed from the text as page furniture (:mod:`generator.furniture`) before spaCy sees it.
"""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer import load_data
from ..text import key


@lru_cache(maxsize=1)
def known_outlets() -> frozenset[str]:
    data = load_data("outlets.yml")
    return frozenset(key(n) for n in (data.get("agencies") or []) + (data.get("platforms") or []))


def _is_outlet(name: str, own: set[str]) -> bool:
    k = key(name)
    if not k:
        return False
    return k in own or k in known_outlets() or key(k.removesuffix(" news agency").removesuffix(" agency")) in known_outlets()


def mark_outlets(article, entities) -> None:
    """Relabel the mentions that name an outlet; the source's ``cited_outlets`` gain the dateline's agencies."""
    from .entities import outlet_name

    own = {key(n) for n in [article.outlet, *article.cited_outlets] if n}
    for m in entities.mentions:
        if m.label in {"organization", "person", "outlet"} and _is_outlet(m.text, own):
            m.label = "outlet"
    found = {outlet_name(m.text) for m in entities.mentions if m.label == "outlet"}
    entities.outlets = sorted(set(entities.outlets) | found)
    cited = [o for o in article.cited_outlets if o != article.outlet]
    article.cited_outlets = sorted(set(cited) | {o for o in entities.outlets if o != article.outlet})
