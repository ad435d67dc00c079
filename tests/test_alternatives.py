"""Option blocks: a draft's alternatives settled in one clause of the next version."""

from __future__ import annotations

import pytest

from plandiff.align import AlignOptions, align
from plandiff.compare import CompareOptions, compare
from plandiff.errors import PlanFileError
from plandiff.importer import import_text
from plandiff.loading import plan_from_data
from plandiff.model import plan_to_dict

STRONG = ("As the framework convention requires, every importing state shall abolish, without any conditions, "
          "each customs duty levied on photovoltaic modules by 2030.")
WEAK = "The importing states should continue to reduce their tariffs on solar panels over time."
FINAL = "The importing states should continue reducing tariffs on solar panels over time."
OTHER = [
    {"id": "1", "text": "This agreement covers trade in renewable energy equipment between the signatories."},
    {"id": "3", "text": "A joint committee will review the implementation of this agreement every two years."},
]


def draft(strong: str = STRONG, weak: str = WEAK) -> object:
    return plan_from_data({"id": "draft", "title": "draft", "clauses": [
        OTHER[0],
        {"id": "2", "text": "Tariffs", "clauses": [
            {"id": "opt1", "text": strong, "option": True},
            {"id": "opt2", "text": weak, "option": True},
        ]},
        OTHER[1],
    ]})


def final(text: str = FINAL) -> object:
    return plan_from_data({"id": "final", "title": "final", "clauses": [
        OTHER[0], {"id": "2", "text": text}, OTHER[1]]})


def entry_with(alignment, clause_id: str):
    (found,) = [e for e in alignment.entries if clause_id in e.old_ids or clause_id in e.new_ids]
    return found


def test_option_flag_is_read_written_and_checked():
    plan = draft()
    assert [c.option for c in plan.flat()] == [False, False, True, True, False]
    written = plan_to_dict(plan, for_yaml=True)
    assert written["clauses"][1]["clauses"][0]["option"] is True
    assert "option" not in written["clauses"][0]
    with pytest.raises(PlanFileError) as err:
        plan_from_data({"id": "x", "title": "x", "clauses": [{"id": "1", "text": "t", "option": "perhaps"}]})
    assert "option must be true or false" in str(err.value)


def test_importer_marks_option_blocks():
    plan = import_text("## Article 1\n\n1. Tariffs\n\n    **Option 1:** The states shall act.\n\n"
                       "    **Option 2:** The states may act.\n", plan_id="d", title="d")
    options = [c for c in plan.flat() if c.option]
    assert [c.text for c in options] == ["The states shall act.", "The states may act."]
    assert not any(c.option for c in plan.flat() if c not in options)


def test_unpaired_option_joins_the_entry_its_sibling_settled_in():
    alignment = align(draft(), final())
    settled = entry_with(alignment, "2.opt1")
    # the heading and the closer option fold into the final point as its sub-points; the far
    # option joins them because its sibling settled there
    assert settled.old_ids == ("2", "2.opt1", "2.opt2") and settled.new_ids == ("2",)
    assert settled.relation == "merge" and settled.match.parts["options"] == 2
    ids = [i for e in alignment.entries for i in e.old_ids]
    assert sorted(ids) == sorted(c.id for c in draft().flat())  # every clause exactly once


def test_without_the_option_flag_the_far_alternative_stays_dropped():
    plain = plan_from_data({"id": "draft", "title": "draft", "clauses": [
        OTHER[0], {"id": "2", "text": "Tariffs", "clauses": [
            {"id": "opt1", "text": STRONG}, {"id": "opt2", "text": WEAK}]}, OTHER[1]]})
    assert entry_with(align(plain, final()), "2.opt1").new_ids == ()


def test_unpair_and_forbid_keep_an_option_out():
    for options in (AlignOptions(unpair=("2.opt1",)), AlignOptions(forbid=(("2.opt1", "2"),))):
        assert entry_with(align(draft(), final(), options), "2.opt1").new_ids == ()


def test_outcome_weaker_than_the_strong_option_is_softened_with_its_evidence():
    change = next(c for c in compare(draft(), final()).changes if "2.opt1" in c.old_ids)
    assert change.status == "softened"
    assert change.evidence[0].kind == "options"
    modal = [e for e in change.evidence if e.kind == "modal"]
    assert modal and modal[0].message.startswith("2.opt1: ") and (modal[0].old, modal[0].new) == ("shall", "should")
    old_text = " ".join(c.text for c in change.old)
    assert old_text[slice(*modal[0].old_span)] == "shall"  # span moved into the joined text


def test_options_offered_by_the_new_version_mirror_it():
    change = next(c for c in compare(final(), draft()).changes if "2.opt1" in c.new_ids)
    assert change.relation == "split"
    assert change.status == "hardened"
    new_text = " ".join(c.text for c in change.new)
    modal = next(e for e in change.evidence if e.kind == "modal")
    assert new_text[slice(*modal.new_span)] == "shall"


def test_an_outcome_between_the_options_is_a_compromise():
    # stronger than the weak option ("must" beats "should"), weaker than the strong one
    # (its deadline and "without any conditions" are gone): no one direction
    compromise = "The importing states must continue reducing tariffs on solar panels over time."
    change = next(c for c in compare(draft(weak=WEAK), final(compromise)).changes if "2.opt1" in c.old_ids)
    readings = change.evidence[0].message
    assert "2.opt1: softened" in readings and "2.opt2: hardened" in readings
    assert change.status == "modified"


def test_options_on_both_sides_are_compared_option_by_option():
    both = draft(weak=WEAK + " Each state reports yearly.")
    alignment = align(draft(), both)
    assert entry_with(alignment, "2.opt1").new_ids == ("2.opt1",)
    assert entry_with(alignment, "2.opt2").new_ids == ("2.opt2",)


def test_content_another_option_brought_does_not_hide_the_weakening():
    # Against Option 1 alone the outcome also gains Option 2's reporting item (no direction of
    # its own); the strength signal, 'shall' -> 'should', still decides.
    strong = "Each state shall cut its tariffs on solar panels by half."
    weak = "Each state should cut its tariffs on solar panels by half, and each state reports on progress yearly."
    change = next(c for c in compare(draft(strong, weak), final(weak)).changes if "2.opt1" in c.old_ids)
    assert "2.opt1: modified" in change.evidence[0].message  # read alone, the item blocks a direction
    assert change.status == "softened"



def test_an_option_whose_commitment_the_outcome_reverses_leaves_no_direction():
    reversed_ = "Each state shall not cut its tariffs on solar panels."
    weak = "Each state may cut its tariffs on solar panels."
    outcome = "Each state should cut its tariffs on solar panels."
    change = next(c for c in compare(draft(reversed_, weak), final(outcome)).changes if "2.opt1" in c.old_ids)
    assert any(e.kind == "negation" for e in change.evidence)
    assert change.status == "modified"


def test_keeping_the_weaker_option_word_for_word_is_softened():
    plan = plan_from_data({"id": "d", "title": "d", "clauses": [
        OTHER[0],
        {"id": "opt1", "text": STRONG, "option": True},
        {"id": "opt2", "text": WEAK, "option": True},
        OTHER[1]]})
    kept = final(WEAK)
    change = next(c for c in compare(plan, kept).changes if "opt2" in c.old_ids)
    assert change.old_ids == ["opt1", "opt2"] and change.new_ids == ["2"]
    assert "opt2: unchanged" in change.evidence[0].message
    assert change.status == "softened"
