"""Alignment behaviours one by one (the properties over generated plans are in
test_properties.py)."""

from __future__ import annotations

import pytest

from plandiff.align import AlignOptions, align
from plandiff.assignment import max_weight_matching
from plandiff.errors import UsageError
from plandiff.loading import plan_from_data

TEXTS = [
    "Russia will withdraw its forces from the Kherson region within 30 days of signing.",
    "The Armed Forces of Ukraine will be limited to 600,000 personnel.",
    "Frozen Russian assets will be invested in the reconstruction of Ukraine.",
    "Elections will be held in Ukraine within 100 days of the signing of the agreement.",
    "All prisoners of war will be exchanged on an all-for-all basis.",
    "The Zaporizhzhia nuclear power plant will be restarted under IAEA supervision.",
]


def plan(pid: str, clauses) -> object:
    return plan_from_data({"id": pid, "title": pid, "clauses": [
        c if isinstance(c, dict) else {"id": c[0], "text": c[1]} for c in clauses]})


def pairs(alignment) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(e.old_ids, e.new_ids) for e in alignment.entries}


def test_renumbered_clause_is_paired_identical_and_counted():
    old = plan("a", [(str(n + 1), t) for n, t in enumerate(TEXTS)])
    new = plan("b", [(str(n + 2), t) for n, t in enumerate(TEXTS)])
    result = align(old, new)
    assert pairs(result) == {((str(n + 1),), (str(n + 2),)) for n in range(len(TEXTS))}
    assert all(e.match.matched_by == "identical" for e in result.entries)
    assert result.renumbered == len(TEXTS)


def test_reordered_clause_is_flagged_moved():
    old = plan("a", [(str(n), t) for n, t in enumerate(TEXTS)])
    order = [0, 1, 2, 3, 5, 4]
    new = plan("b", [(str(n), TEXTS[k]) for n, k in enumerate(order)])
    moved = [e for e in align(old, new).entries if e.moved]
    assert len(moved) == 1


def test_reworded_and_added_and_dropped():
    old = plan("a", [("1", TEXTS[0]), ("2", TEXTS[1]), ("3", TEXTS[2])])
    new = plan("b", [("1", TEXTS[0].replace("will withdraw", "is expected to withdraw")),
                     ("2", TEXTS[1]), ("3", TEXTS[4])])
    result = align(old, new)
    assert (("1",), ("1",)) in pairs(result)
    assert (("3",), ()) in pairs(result) and ((), ("3",)) in pairs(result)


def test_split_and_merge_are_one_entry():
    joined = f"{TEXTS[0]} {TEXTS[3]}"
    old = plan("a", [("1", joined), ("2", TEXTS[1])])
    new = plan("b", [("1", TEXTS[0]), ("2", TEXTS[3]), ("3", TEXTS[1])])
    split = align(old, new)
    assert (("1",), ("1", "2")) in pairs(split)
    assert next(e for e in split.entries if e.old_ids == ("1",)).relation == "split"
    merge = align(new, old)
    assert (("1", "2"), ("1",)) in pairs(merge)


def test_every_clause_in_exactly_one_entry_with_nesting():
    old = plan("a", [{"id": "10", "text": "The United States will provide a guarantee:", "clauses": [
        {"id": "10a", "text": TEXTS[0]}, {"id": "10b", "text": TEXTS[1]}]}, ("11", TEXTS[2])])
    new = plan("b", [("1", TEXTS[1]), ("2", TEXTS[5])])
    result = align(old, new)
    old_ids = [i for e in result.entries for i in e.old_ids]
    new_ids = [i for e in result.entries for i in e.new_ids]
    assert sorted(old_ids) == ["10", "10a", "10b", "11"] and sorted(new_ids) == ["1", "2"]


def test_pins_unpair_and_forbid_steer_the_result():
    old = plan("a", [("1", TEXTS[0]), ("2", TEXTS[1])])
    new = plan("b", [("1", TEXTS[0]), ("2", TEXTS[1])])
    pinned = align(old, new, AlignOptions(pins=(("1", "2"),)))
    assert (("1",), ("2",)) in pairs(pinned)
    assert next(e for e in pinned.entries if e.old_ids == ("1",)).match.matched_by == "pinned"
    unpaired = align(old, new, AlignOptions(unpair=("2",)))
    assert (("2",), ()) in pairs(unpaired)
    forbidden = align(old, new, AlignOptions(forbid=(("1", "1"),)))
    assert (("1",), ("1",)) not in pairs(forbidden)
    with pytest.raises(UsageError, match="no clause '9'"):
        align(old, new, AlignOptions(pins=(("9", "1"),)))


def test_threshold_controls_pairing():
    old = plan("a", [("1", "Russia will withdraw its forces from Kherson.")])
    new = plan("b", [("1", "Ukraine will hold elections next spring.")])
    assert pairs(align(old, new, AlignOptions(threshold=0.9))) == {(("1",), ()), ((), ("1",))}
    assert pairs(align(old, new, AlignOptions(threshold=0.0))) == {(("1",), ("1",))}


def test_explanations_name_method_score_and_runner_up():
    old = plan("a", [("1", TEXTS[0]), ("2", TEXTS[3])])
    new = plan("b", [("1", TEXTS[0].replace("30 days", "60 days")), ("2", TEXTS[3])])
    entry = next(e for e in align(old, new).entries if e.old_ids == ("1",))
    assert entry.match.matched_by == "fuzzy"
    assert {"token_set", "ratio", "idf"} <= set(entry.match.parts)
    assert 0 < entry.match.score <= 1


def test_headings_follow_their_sub_clauses():
    old = plan("a", [{"id": "art3", "text": "mitigation", "clauses": [
        {"id": "1", "text": TEXTS[0]}, {"id": "2", "text": TEXTS[1]}, {"id": "3", "text": TEXTS[2]}]}])
    new = plan("b", [{"id": "art4", "text": "Article 4", "clauses": [
        {"id": "1", "text": TEXTS[0]}, {"id": "2", "text": TEXTS[1]}, {"id": "3", "text": TEXTS[2]}]}])
    result = align(old, new)
    entry = next(e for e in result.entries if e.old_ids == ("art3",))
    assert entry.new_ids == ("art4",) and entry.match.matched_by == "structure"


def test_assignment_is_optimal_not_greedy():
    # greedy best-first takes 0→0 (0.9) and leaves 1 unpaired; optimal is 0→1, 1→0 (0.8 + 0.85)
    assert max_weight_matching({0: [(0, 0.9), (1, 0.8)], 1: [(0, 0.85)]}) == {0: 1, 1: 0}


def test_one_clear_pair_is_not_broken_into_two_marginal_ones():
    # Old 1 and new 1 differ by one modal (0.98). Old 2 resembles new 1, new 2 resembles old 1,
    # each just above the threshold: the plain sum of scores (0.56 + 0.63 > 0.98) would cross
    # them; counting only each pair's excess over the threshold (pair_cost: 1) keeps the clear
    # pair.
    from plandiff.align import load_params

    report = "submit a consolidated report to the"
    old = plan("a", [("1", f"The Special Envoy is expected to {report} Security Council by the end of the final phase."),
                     ("2", f"The Special Envoy shall {report} General Assembly within six months of the signing."),
                     *[(str(n + 3), t) for n, t in enumerate(TEXTS[:3])]])
    new = plan("b", [("1", f"The Special Envoy shall {report} Security Council by the end of the final phase."),
                     ("2", f"Lorendia is expected to {report} Security Council within one year."),
                     *[(str(n + 3), t) for n, t in enumerate(TEXTS[:3])]])
    assert load_params().pair_cost == 1.0
    assert (("1",), ("1",)) in pairs(align(old, new))
    plain_sum = load_params()._replace(pair_cost=0.0)
    assert (("1",), ("1",)) not in pairs(align(old, new, AlignOptions(params=plain_sum)))


def test_split_part_taken_by_a_look_alike_rejoins_its_group():
    # Old 2 was split into new 1 + 1a. Old 1 (a near twin of old 2, dropped) resembles new 1a
    # well enough to be paired with it one-to-one; new 1a resembles old 2 more, so it joins
    # the split and old 1 is left dropped.
    first = "The de facto authorities in the {} could suspend restrictive measures on the steel sector of {}."
    second = "In particular, the {} shall restore the functioning of local courts in the {}, where feasible."
    old = plan("a", [("1", first.format("disputed territories", "Ostravia") + " " + second.format("Parties", "demilitarised area")),
                     ("2", first.format("Orlen corridor", "Quarnia") + " " + second.format("Parties", "demilitarised zone")),
                     *[(str(n + 3), t) for n, t in enumerate(TEXTS)]])
    new = plan("b", [("1", first.format("Orlen corridor", "Quarnia")),
                     ("1a", second.format("Parties", "demilitarised zone")),
                     *[(str(n + 3), t) for n, t in enumerate(TEXTS)]])
    result = pairs(align(old, new))
    assert (("2",), ("1", "1a")) in result
    assert (("1",), ()) in result


def test_a_summary_clause_does_not_break_up_pairs_that_are_each_others_best():
    # New 9 restates old 1 and old 2 together, but they each have a near-identical counterpart
    # (new 1, new 2) that prefers them too: those pairs stand and new 9 is added.
    first, second = TEXTS[0], TEXTS[1]
    old = plan("a", [("1", first), ("2", second), *[(str(n + 3), t) for n, t in enumerate(TEXTS[2:])]])
    new = plan("b", [("1", first.replace("will", "shall")), ("2", second.replace("will", "shall")),
                     *[(str(n + 3), t) for n, t in enumerate(TEXTS[2:])],
                     ("9", "Russia will withdraw its forces from Kherson within 30 days and the Armed Forces of "
                           "Ukraine will be limited to 600,000 personnel.")])
    result = pairs(align(old, new))
    assert {(("1",), ("1",)), (("2",), ("2",)), ((), ("9",))} <= result


REWRITE_OLD = [
    {"id": "1", "text": "The parties will exchange all prisoners of war within thirty days of signing."},
    {"id": "2", "text": "Fishing rights will be arranged as follows:", "clauses": [
        {"id": "a", "text": "The northern banks stay closed to trawlers from either coast."},
        {"id": "b", "text": "Quotas for the southern banks will be frozen at the levels of the last season."},
        {"id": "c", "text": "Licences issued before the war are cancelled without compensation."},
    ]},
    {"id": "3", "text": "A joint commission will supervise the implementation of this agreement."},
]


def rewrite_plans(new_point: str):
    old = plan_from_data({"id": "old", "title": "old", "clauses": REWRITE_OLD})
    new = plan_from_data({"id": "new", "title": "new", "clauses": [
        REWRITE_OLD[0], {"id": "2", "text": new_point}, REWRITE_OLD[2]]})
    return old, new


def test_a_point_rewritten_as_one_paragraph_is_one_entry():
    # only sub-point b keeps enough words to pair; the paragraph replaces the whole point
    old, new = rewrite_plans("The coastal states will negotiate fishing access from the current southern quotas, "
                             "without prejudice to either coast.")
    result = align(old, new)
    (entry,) = [e for e in result.entries if "2" in e.new_ids]
    assert entry.old_ids == ("2", "2.a", "2.b", "2.c") and entry.relation == "merge"
    mirrored = [e for e in align(new, old).entries if "2" in e.old_ids]
    assert mirrored[0].new_ids == ("2", "2.a", "2.b", "2.c") and mirrored[0].relation == "split"


def test_a_sub_point_that_survived_alone_leaves_the_others_dropped():
    old, new = rewrite_plans("Quotas for the southern banks will be frozen at the levels of the previous season.")
    result = align(old, new)
    (entry,) = [e for e in result.entries if "2" in e.new_ids]
    assert entry.old_ids in (("2.b",), ("2", "2.b"))  # the lead-in may go with it
    dropped = {e.old_ids[0] for e in result.entries if not e.new}
    assert {"2.a", "2.c"} <= dropped
