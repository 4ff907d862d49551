"""Reconciliation by kind: one module per kind of fact, each merging that kind across articles.

:mod:`generator.reconcile` runs them in order: :mod:`.actors` (one actor per real entity, which
gives the shared :class:`~generator.kinds.frame.ActorIndex`), :mod:`.venues`, :mod:`.events` and
:mod:`.questions`. All of them cite through the shared :class:`~generator.kinds.frame.Frame`.
"""
