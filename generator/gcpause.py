"""Python's cyclic garbage collector paused while a stage builds many small objects.

Reconciliation and rendering allocate hundreds of thousands of small objects next to a heap that
already holds every article's facts; each automatic full collection walks that whole heap again, and
at a thousand articles those walks were a large share of a rebuild. The stages make little cyclic
garbage, so the collector is paused while one runs and resumed after (reference counting still frees
everything else as it goes); anything cyclic left behind is collected once it is back on.
"""
from __future__ import annotations

import functools
import gc


def gc_paused(fn):
    """Run ``fn`` with the cyclic collector off (left as it was if it was off already)."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()
    return run
