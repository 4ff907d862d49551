"""What every kind shares while reconciling: the articles in order (citations and their sort key,
the day each article was written) and the index from a mention to the actor it names."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..extract import ArticleFacts
from ..extract.entities import Mention
from ..model import Actor, Citation
from ..text import RESERVED_IDS


class Frame:
    """The corpus in reading order: citations, their order, and each article's reference date."""

    def __init__(self, all_facts: list[ArticleFacts]):
        self.facts = all_facts
        self.order = {f.article.id: i for i, f in enumerate(all_facts)}

    @staticmethod
    def cite(facts: ArticleFacts, sentence: str) -> Citation:
        return Citation(facts.article.id, sentence)

    def cite_key(self, c: Citation) -> tuple[int, int]:
        """Sort key of a citation: the article's place in the corpus, then the sentence number."""
        return self.order.get(c.source, 0), int(c.sentence[1:]) if c.sentence[1:].isdigit() else 0

    @staticmethod
    def reported(facts: ArticleFacts) -> str | None:
        """The day an article speaks from (its publication date, or the day inferred for it)."""
        return facts.article.reference_date

    @staticmethod
    def reported_day(facts: ArticleFacts) -> str | None:
        """The day an article speaks from, as a fact to show beside what it reports: its publication date, or for
        an undated article the latest day it names when that day's year is printed; None when the year was only
        taken from the other articles ("on May 13" in a corpus of two years: May 13 of which year is a guess)."""
        return facts.article.reference_date if facts.article.published or facts.reference_year_printed else None


@dataclass
class ActorIndex:
    """Which actor each mention names: mention → cluster while merging, cluster → actor once built."""

    mention_cluster: dict[int, object] = field(default_factory=dict)  # id(mention) → cluster
    cluster_actor: dict[int, Actor] = field(default_factory=dict)  # id(cluster) → actor
    actors: list[Actor] = field(default_factory=list)

    def actor_of(self, m: Mention | None) -> Actor | None:
        if m is None:
            return None
        c = self.mention_cluster.get(id(m))
        return self.cluster_actor.get(id(c)) if c is not None else None

    def kinds(self) -> dict[str, str]:
        return {a.id: a.kind for a in self.actors}


class Ids:
    """:func:`generator.text.unique_id` with a memory: ``base``, or ``base-2``, ``base-3`` … if taken or
    reserved, the same ids in the same order, but each base resumes at the suffix after the one it last
    gave (every earlier one is taken and ids are never given back), so that a thousand questions of one
    wording cost a thousand look-ups, not half a million."""

    def __init__(self):
        self.taken: set[str] = set()
        self.next: dict[str, int] = {}

    def unique(self, base: str) -> str:
        n = self.next.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.taken or candidate in RESERVED_IDS:
            n += 1
            candidate = f"{base}-{n}"
        self.taken.add(candidate)
        self.next[base] = n + 1
        return candidate
