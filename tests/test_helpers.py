"""Helper processes: same results as one process, and every failure falls back to this one."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.errors import PlanFileError
from plandiff.helpers import Helpers, start_helpers, worth_helpers_for_files
from plandiff.loading import load_plan

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def helpers():
    h = start_helpers(2, None)
    if h is None:
        pytest.skip("no processes to be had here")
    yield h
    h.close()


def _double(chunk, factor):
    return [x * factor for x in chunk]


def test_share_keeps_order_and_uses_every_share(helpers):
    assert helpers.share(list(range(101)), _double, 2) == [x * 2 for x in range(101)]


def test_plan_read_in_a_helper_equals_one_read_here(helpers):
    path = str(ROOT / "plans" / "28pt.yaml")
    assert helpers.read_plan(path)() == load_plan(path)


def test_a_bad_file_read_in_a_helper_is_reported_as_usual(helpers, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: y\nclauses:\n  - id: 1\n    text: [unclosed\n", encoding="utf-8")
    with pytest.raises(PlanFileError) as err:
        helpers.read_plan(str(bad))()
    assert "bad.yaml" in str(err.value)


def test_a_dead_pool_falls_back_to_this_process(tmp_path):
    h = start_helpers(2, None)
    if h is None:
        pytest.skip("no processes to be had here")
    h.close()  # terminated: every request now fails, and the work is done here instead
    assert h.share([1, 2, 3], _double, 3) == [3, 6, 9]
    path = str(ROOT / "plans" / "eu.yaml")
    assert h.read_plan(path)() == load_plan(path)


def test_one_worker_means_no_helpers():
    assert start_helpers(1, None) is None


def test_only_big_files_are_worth_helpers(tmp_path):
    small = tmp_path / "a.yaml"
    small.write_text("x" * 10)
    big = tmp_path / "b.yaml"
    big.write_bytes(b"x" * 2_100_000)
    assert not worth_helpers_for_files([str(small), str(small)])
    assert worth_helpers_for_files([str(small), str(big)])
    assert not worth_helpers_for_files(["-", str(big)])  # stdin: size unknown before reading
    assert isinstance(Helpers, type)


def test_a_helper_hands_over_the_normalised_texts_and_they_are_right(helpers):
    from plandiff import text

    path = str(ROOT / "plans" / "eu.yaml")
    text._NORMALIZED.clear()
    plan = helpers.read_plan(path)()
    texts = [c.text for c in plan.flat()]
    assert all(t in text._NORMALIZED for t in texts)  # handed over, not recomputed here
    handed = {t: text._NORMALIZED[t] for t in texts}
    text._NORMALIZED.clear()
    assert handed == {t: text.normalize(t) for t in texts}


def _slow_double(chunk, factor):
    import time

    time.sleep(0.3)
    return [x * factor for x in chunk]


def test_tentative_work_gives_what_got_done(helpers):
    import time

    tentative = helpers.start(list(range(100)), _double, 3)
    deadline = time.monotonic() + 30
    while not all(f is None or f.done() for f in tentative.pending) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert tentative.take() == ([x * 3 for x in range(100)], [])  # all done: every result, in order
    assert tentative.finish() == {}


def test_tentative_take_never_waits_cancels_the_queued_and_keeps_the_taken(helpers):
    import time

    items = list(range(400))  # ten chunks of slow work: far more than a helper takes at once
    tentative = helpers.start(items, _slow_double, 2)
    time.sleep(0.1)
    started = time.monotonic()
    results, running = tentative.take()
    assert time.monotonic() - started < 0.2  # never waits for a helper
    assert running and all(results[i] is None for i in running)
    assert sum(f.cancelled() for f in tentative.pending) >= 5  # the queued chunks are dropped
    late = tentative.finish()  # the taken ones are waited for, not lost
    assert late == {i: items[i] * 2 for i in running}
    assert all(r is None or r == items[i] * 2 for i, r in enumerate(results))


def test_tentative_work_with_no_helper_left_gives_nothing():
    h = start_helpers(2, None)
    if h is None:
        pytest.skip("no processes to be had here")
    h.close()  # nothing can begin: every item comes back as not done
    tentative = h.start(list(range(90)), _double, 3)
    assert tentative.take() == ([None] * 90, [])
    assert tentative.finish() == {}


def test_work_is_cut_in_shrinking_chunks_that_cover_every_item():
    from plandiff.helpers import MIN_CHUNK, _guided_cuts

    cuts = _guided_cuts(3400, 2)
    sizes = [size for _, size in cuts]
    assert [start for start, _ in cuts] == [sum(sizes[:k]) for k in range(len(sizes))]
    assert sum(sizes) == 3400
    assert sizes[0] > sizes[len(sizes) // 2] > sizes[-2] >= MIN_CHUNK  # big first, small last
    assert _guided_cuts(0, 2) == []
    assert sum(size for _, size in _guided_cuts(7, 4)) == 7


def test_helpers_are_forked_only_while_this_process_has_one_thread():
    import subprocess
    import sys
    import threading

    from plandiff.helpers import _safe_to_fork

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not _safe_to_fork()  # a second thread: forking could deadlock, so spawn
    finally:
        stop.set()
        other.join()
    # a fresh process with one thread forks its helpers on Linux, and spawns them elsewhere
    code = ("from plandiff.helpers import start_helpers; h = start_helpers(2, None); "
            "print(h.pool._mp_context.get_start_method() if h else 'none'); h and h.close()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         check=False).stdout.strip()
    if out == "none":
        pytest.skip("no processes to be had here")
    assert out == ("fork" if sys.platform == "linux" else "spawn")
