"""Where each open question is shown: on the questions page, or, when there are many, on its track's page.

A briefing with at most ``ONE_PAGE_QUESTIONS`` questions, or with a single track, keeps them all on
``questions.md``, a heading per track. A larger one gives each track a page of its own,
``questions/<track id>.md`` (the questions of no known track on ``questions/no-track.md``), and the questions
page becomes the list of tracks with their counts. A question keeps its id as its anchor on whichever
page it is, so a link is ``questions.md#<id>`` or ``questions/<track>.md#<id>`` (:func:`targets`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .model import Briefing, Question, Track

ONE_PAGE_QUESTIONS = 30  # at most this many questions (or a single track) stay on one page
OTHER = "no-track"  # the page and anchor of the questions of no known track (track ids start with "track-")


@dataclass
class Group:
    """One track's questions, in the briefing's order (open first, most contested and recent at the top)."""

    track: Track | None
    questions: list[Question] = field(default_factory=list)
    page: str | None = None  # docs path of the track's own questions page, or None: on questions.md

    @property
    def anchor(self) -> str:
        return self.track.id if self.track else OTHER

    @property
    def name(self) -> str:
        return self.track.name if self.track else "Other questions"

    def open(self) -> int:
        return sum(1 for q in self.questions if q.status == "open")

    def resolved(self) -> int:
        return len(self.questions) - self.open()


def groups(b: Briefing, one_page: int = ONE_PAGE_QUESTIONS) -> list[Group]:
    """The questions by track in the tracks' order, those of no known track last; each group with a page of
    its own when the briefing has more than ``one_page`` questions in more than one group (then the tracks of
    the most articles, and of the most questions, come first)."""
    by_track: dict[str | None, list[Question]] = defaultdict(list)
    known = {t.id for t in b.tracks}
    for q in b.questions:
        by_track[q.track if q.track in known else None].append(q)
    out = [Group(t, by_track[t.id]) for t in b.tracks if by_track.get(t.id)]
    if by_track.get(None):
        out.append(Group(None, by_track[None]))
    if len(b.questions) > one_page and len(out) > 1:
        for g in out:
            g.page = f"questions/{g.anchor}.md"
        # the questions page lists them: the tracks of the most articles first, the questions of no track last
        out.sort(key=lambda g: (g.track is None, -len(g.track.sources) if g.track else 0, -len(g.questions), g.anchor))
    return out


def targets(gs: list[Group]) -> dict[str, str]:
    """Question id → its link target: ``questions.md#id`` or ``questions/<track>.md#id``."""
    return {q.id: f"{g.page or 'questions.md'}#{q.id}" for g in gs for q in g.questions}


def track_targets(gs: list[Group]) -> dict[str, str]:
    """Track id → where its questions are: its own page, or its heading on the questions page."""
    return {g.anchor: g.page or f"questions.md#{g.anchor}" for g in gs}
