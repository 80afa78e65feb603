"""Keep Python's cyclic garbage collector out of the analyzer's hot loop.

A batch of 1,000 short texts builds a few hundred thousand small containers (token tuples,
spans, dicts of probabilities), none of them in a reference cycle: reference counting frees every
one. The cyclic collector cannot know that. It collects the young containers every 700 new ones,
and every 70,000 or so it walks every container of the whole process. So a batch pays for several
walks over the heap (every imported module, the model's vocabularies, the caller's own data) that
find nothing, and the bigger the process, the more each walk costs. Measured on 10,000 airline
tweets: about a sixth of ``analyze``'s time (benchmarks/README.md).

``collector_paused`` switches it off for the length of a batch and back on afterwards, as
``timeit`` does while it measures. Nothing is lost: a cycle made meanwhile is collected by the next
collection after the batch.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector in the block, if it is running; restore it after.

    When another thread already paused it, this leaves it alone (that thread turns it back on),
    and a caller who turned it off keeps it off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
