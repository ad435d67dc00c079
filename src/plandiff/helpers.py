"""Helper processes for large comparisons: reading a plan and classifying pairs on other cores.

A helper needs a moment before it can do anything, so helpers are started as soon as the sizes
of the inputs say there will be enough work, and warm up while this process reads and aligns.
Work is shared, not handed off: this process does its own share while the helpers do theirs
(on two cores, one helper plus this process).

Forked where that is safe, spawned otherwise (see :func:`_safe_to_fork`): the CLI starts its
helpers before it has aligned anything, so it forks them on Linux. A spawned helper re-imports
the caller's main module, which a script without an ``if __name__ == "__main__"`` guard does
not survive, so the library only uses helpers when asked (``CompareOptions(workers=…)``); the
CLI, whose entry point is guarded, asks.

Results are the same as in one process, and every failure of a helper (no processes to be had,
a helper killed, an error inside one) falls back to doing that work here.
"""

from __future__ import annotations

import math
from itertools import accumulate
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

# Start helpers for comparisons of at least this many clauses (both plans together) ...
PARALLEL_CLAUSES = 8000
# ... or plan files of at least this many bytes together (before they are read).
PARALLEL_BYTES = 2_000_000
# Share classification only from this many changed pairs; fewer are quicker to do here than to
# ship to a helper.
PARALLEL_PAIRS = 1000
# How finely shared work is cut: each chunk is this share of what is left per worker (big
# chunks first, small ones at the end, so no worker waits long for the last), and never fewer
# items than MIN_CHUNK (each chunk sent to a helper costs a round trip and a copy of the shared
# arguments).
CHUNK_SHARE = 0.5
MIN_CHUNK = 50
# Chunks of work begun before it is known to be needed (Helpers.start) are small: those still
# queued when the answer comes are cancelled, and those taken are waited for later.
EARLY_CHUNK = 40


class Helpers:
    """``count`` helper processes (a ProcessPoolExecutor: a helper that dies breaks the pool
    with an error, where multiprocessing.Pool would wait for its result forever)."""

    def __init__(self, pool, count: int, lexicon_path: str | None) -> None:
        self.pool = pool
        self.count = count
        self.lexicon_path = lexicon_path
        self.warmed = False

    def warm_up(self) -> None:
        """Queue the classifier's warm-up in every helper (behind any read already asked for)."""
        if not self.warmed:
            self.warmed = True
            for _ in range(self.count):
                self._submit(_warm_up, self.lexicon_path)

    def _submit(self, func, *args):
        try:
            return self.pool.submit(_guarded, func, *args)
        except (OSError, RuntimeError, ValueError):  # shut down or broken
            return None

    def read_plan(self, path: str) -> Callable[[], object]:
        """Start reading the plan at ``path`` in a helper; the returned function gives the Plan
        (read here instead if the helper fails, so errors are reported as usual)."""
        from plandiff.loading import load_plan

        pending = self._submit(_read_and_normalize, path)
        self.warm_up()

        def result():
            got = _result(pending, lambda: None)
            if got is None:
                return load_plan(path)
            plan, normalized = got
            from plandiff.text import remember_normalized

            remember_normalized([c.text for c in plan.flat()], normalized)
            return plan

        return result

    def share(self, items: list, work: Callable[..., list], *args) -> list:
        """``work(chunk, *args)`` over ``items``, in chunks done both here and in the helpers;
        the results in the order of ``items``. ``work`` must be a module-level function
        (helpers receive it by name).

        Chunks are handed out as the work goes, a couple per helper at a time, rather than in
        one share each: a helper's share also pays for shipping texts and results, so equal
        shares leave this process waiting at the end. They shrink as the work goes (guided
        scheduling), so whoever finishes last has only a small chunk left."""
        self.warm_up()
        chunks = [items[k:k + size] for k, size in _guided_cuts(len(items), self.count + 1)]
        results: list = [None] * len(chunks)
        pending: dict[int, object] = {}
        taken = 0

        def feed() -> None:
            nonlocal taken
            while taken < len(chunks) and sum(1 for f in pending.values() if f is not None and not f.done()) < 2 * self.count:
                pending[taken] = self._submit(work, chunks[taken], *args)
                taken += 1

        feed()
        while taken < len(chunks):
            mine = taken
            taken += 1
            results[mine] = work(chunks[mine], *args)
            feed()
        for i, p in pending.items():
            results[i] = _result(p, lambda i=i: work(chunks[i], *args))
        return [r for chunk in results for r in chunk]

    def start(self, items: list, work: Callable[..., list], *args) -> Tentative:
        """Begin ``work(chunk, *args)`` over ``items`` in the helpers only, in small chunks, for
        work that may turn out not to be needed: this process goes on with something else and
        later takes what got done (:meth:`Tentative.take`)."""
        self.warm_up()
        chunks = [items[k:k + EARLY_CHUNK] for k in range(0, len(items), EARLY_CHUNK)]
        return Tentative(chunks, [self._submit(work, chunk, *args) for chunk in chunks])

    def close(self) -> None:
        """Stop the helpers without waiting for queued work (a warm-up nobody needs)."""
        self.pool.shutdown(wait=False, cancel_futures=True)


def _guided_cuts(n: int, workers: int) -> list[tuple[int, int]]:
    """(start, size) of the chunks ``n`` items are cut into for ``workers`` workers: each takes
    CHUNK_SHARE of what is left per worker (rounded up), at least MIN_CHUNK items."""
    cuts = []
    start = 0
    while start < n:
        left = n - start
        size = min(left, max(MIN_CHUNK, math.ceil(CHUNK_SHARE * left / workers)))
        cuts.append((start, size))
        start += size
    return cuts


class Tentative:
    """Work begun in the helpers before it was known to be needed (:meth:`Helpers.start`).

    When the answer comes, chunks no helper has taken are cancelled. Those a helper has taken
    cannot be: a process pool counts a chunk as running once it is queued to a helper (up to
    two per helper), not when the helper starts it. Rather than be thrown away (and keep the
    helpers busy with them while other work waits), their results are collected later
    (:meth:`finish`), after this process has handed out its other work."""

    def __init__(self, chunks: list[list], pending: list) -> None:
        self.chunks = chunks
        self.pending = pending
        self.starts = list(accumulate((len(c) for c in chunks), initial=0))[:-1]  # first item of each
        self.running: list[int] = []  # chunks taken by a helper but not done when take() ran

    def take(self) -> tuple[list, list[int]]:
        """(results, running): the result of each item whose chunk is done (None for the
        others), and the indexes of the items whose chunk is still running. Never waits."""
        out: list = []
        self.running = []
        for k, (chunk, future) in enumerate(zip(self.chunks, self.pending)):
            value = None
            if future is not None and not future.cancel():
                if future.done():
                    value = _value(future)
                else:
                    self.running.append(k)
            out.extend(value if value is not None else [None] * len(chunk))
        return out, [self.starts[k] + i for k in self.running for i in range(len(self.chunks[k]))]

    def finish(self) -> dict[int, object]:
        """Results of the items :meth:`take` found running (waiting for them), by index; the
        items of a chunk that failed are left out."""
        out: dict[int, object] = {}
        for k in self.running:
            value = _value(self.pending[k])
            if value is not None:
                out.update(zip(range(self.starts[k], self.starts[k] + len(value)), value))
        return out


def _value(future) -> list | None:
    """A finished chunk's results, or None if it failed (the caller does that work itself)."""
    return _result(future, lambda: None)


class _Failed:
    """What a helper returns instead of raising: an exception from a helper may not survive
    the trip back, so the work is simply redone here, where errors are reported as usual."""


def _guarded(func, *args):
    try:
        return func(*args)
    except BaseException:  # noqa: BLE001  (redone in the main process, which reports it)
        return _Failed()


def _result(pending, here: Callable[[], T]) -> T:
    if pending is None:
        return here()
    try:
        value = pending.result()
    except Exception:  # noqa: BLE001  (a broken pool: do it here)
        return here()
    return here() if isinstance(value, _Failed) else value


def start_helpers(workers: int, lexicon_path: str | None) -> Helpers | None:
    """``workers - 1`` helpers (this process is the other worker), or None if there are no
    other cores or no processes to be had."""
    if workers <= 1:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if _safe_to_fork() else "spawn"
    try:
        pool = ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context(method),
                                   initializer=_ready_to_read)
        if method == "fork":
            pool.submit(int)  # a forking pool forks at its first task: now, while it is safe
    except (OSError, RuntimeError, ValueError):
        return None
    return Helpers(pool, workers - 1, lexicon_path)


def _safe_to_fork() -> bool:
    """Whether helpers can be forked rather than spawned: on Linux, while this process has a
    single thread as the kernel counts them (so native ones, such as rapidfuzz's, count too).

    A forked helper starts in a few milliseconds with everything already imported, where a
    spawned one spends 0.15-0.3 s importing, and the first thing a helper does (read NEW) is
    on the comparison's critical path. But forking a process that has other threads can
    deadlock (a lock held by a thread that does not exist in the child), and macOS's system
    libraries are not fork-safe at all; then helpers are spawned."""
    import multiprocessing
    import os
    import sys

    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def worth_helpers_for_files(paths: list[str]) -> bool:
    """Whether plan files are big enough, before reading them, to start helpers."""
    total = 0
    for p in paths:
        try:
            total += Path(p).stat().st_size
        except (OSError, ValueError):
            return False  # stdin or unreadable: the usual path reports it
    return total >= PARALLEL_BYTES


def _read_and_normalize(path: str):
    """A plan read here, with every clause's normalised text: normalising is most of what
    alignment does first, and this helper would otherwise wait idle while it is done."""
    from plandiff.loading import load_plan
    from plandiff.text import normalize

    plan = load_plan(path)
    return plan, [normalize(c.text) for c in plan.flat()]


def relax_garbage_collection() -> None:
    """Run the cycle collector less often than Python's default (every 700 allocations), in the
    CLI's process and in every helper.

    A comparison allocates hundreds of thousands of small objects that live until the end (plan
    trees, tokens, scores) and makes almost no reference cycles, so the default collector keeps
    re-walking live objects for nothing: about 15 % of a 10,000-clause comparison. A short-lived
    command can afford to let cyclic garbage wait a little longer."""
    import gc

    gc.set_threshold(50_000, 20, 100)


def _ready_to_read() -> None:
    """Runs in each helper as it starts: just what reading a plan needs, so that a read asked
    for at once starts soon; the rest is warmed up by :func:`_warm_up`, queued behind it."""
    import plandiff.loading  # noqa: F401

    relax_garbage_collection()


# Pairs that take the classifier through its main paths (modals, hedges, numbers with caps,
# deadlines, negation, parties, references), so a helper's first real share does not also pay
# for compiling patterns and filling caches: about a fifth of a share's time when cold.
_WARM_UP_PAIRS = (
    ("The Parties shall withdraw all forces within 30 days.",
     "The Parties should, where possible, withdraw forces within 60 days, as set out in point 4."),
    ("Each side will not deploy more than 600,000 troops, subject to review.",
     "Each side may deploy up to 800,000 troops in peacetime, unless otherwise agreed by 1 May 2026."),
    ("Ukraine undertakes to hold elections.", "The Ukrainian government is expected to hold elections promptly."),
)


def _warm_up(lexicon_path: str | None) -> None:
    """Imports, the lexicon and the classifier's caches, done while this process aligns."""
    from plandiff.classify import classify_texts
    from plandiff.lexicon import load_lexicon

    lexicon = load_lexicon(lexicon_path)
    for old, new in _WARM_UP_PAIRS:
        classify_texts(old, new, lexicon, id_map={"4": "2"})
