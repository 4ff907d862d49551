"""Reconcile: the facts of every article → one :class:`~generator.model.Briefing`.

Each kind of fact is merged across articles by its own module in :mod:`generator.kinds`, in this
order, sharing one :class:`~generator.kinds.frame.Frame` (the articles in order, their dates) and
the actor index the first step builds:

* :mod:`~generator.kinds.actors`: one actor per real entity, whatever the spelling;
* :mod:`~generator.kinds.venues`: one venue per place, its statuses and who proposed, offered or rejected it;
* :mod:`~generator.kinds.events`: one event per happening, citing every article that reports it; a venue planned
  for an event a later article reports held then holds it (:func:`~generator.kinds.venues.held_by_later_reports`);
* :mod:`~generator.kinds.tracks`: the negotiation tracks (stories) the corpus holds; every event and venue
  gets its track, and each track its latest development and next planned event;
* :mod:`~generator.kinds.questions`: open questions grouped across articles within a track, and what
  settled them (a later event of the same track).
"""
from __future__ import annotations

from .extract import ArticleFacts
from .gcpause import gc_paused
from .kinds.actors import id_form, reconcile_actors, same_person, translit  # noqa: F401  (name helpers, for tests)
from .kinds.events import reconcile_events
from .kinds.frame import Frame
from .kinds.questions import reconcile_questions
from .kinds.tracks import reconcile_tracks
from .kinds.venues import held_by_later_reports, reconcile_venues
from .model import Briefing


@gc_paused
def build_briefing(all_facts: list[ArticleFacts]) -> Briefing:
    frame = Frame(all_facts)
    actors, outlets = reconcile_actors(frame)
    venues, venue_index = reconcile_venues(frame, actors)
    events = reconcile_events(frame, actors, venue_index)
    held_by_later_reports(venues, events, frame)  # a venue planned for an event a later article reports held
    tracks = reconcile_tracks(frame, actors.actors, venues, events)
    questions = reconcile_questions(frame, actors, venues, events, tracks)
    return Briefing(sources=[f.article for f in all_facts], actors=actors.actors, venues=venues, events=events,
                    questions=questions, outlets=outlets, tracks=tracks)
