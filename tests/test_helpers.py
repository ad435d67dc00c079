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


def test_started_work_gives_what_got_done_and_drops_the_rest(helpers):
    import time

    started = helpers.start(list(range(100)), _double, 3)
    deadline = time.monotonic() + 30
    while not all(f is None or f.done() for f in started.pending) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert started.take() == [x * 3 for x in range(100)]  # all done: every result, in order


def test_started_work_not_begun_is_dropped_not_done():
    h = start_helpers(2, None)
    if h is None:
        pytest.skip("no processes to be had here")
    h.close()  # nothing can begin: every item comes back as not done
    started = h.start(list(range(90)), _double, 3)
    assert started.take() == [None] * 90


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
    import os
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
    if sys.platform == "linux" and len(os.listdir("/proc/self/task")) == 1:
        assert _safe_to_fork()
    if sys.platform != "linux":
        assert not _safe_to_fork()
