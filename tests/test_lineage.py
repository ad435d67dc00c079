"""Lineages across versions: the core (plandiff.lineage) on hand-made diffs and on the bundled
plans, and the timeline / trace / topics / drift commands through the CLI."""

from __future__ import annotations

import json
from collections import Counter
from importlib.resources import files

import pytest

from plandiff.catalog import resolve_plan
from plandiff.errors import PlandiffError, UsageError
from plandiff.lineage import (
    Timeline,
    build_timeline,
    drift_doc,
    find_lineages,
    order_by_date,
    topics_doc,
)
from plandiff.loading import load_plan
from plandiff.model import Clause, Plan
from plandiff.result import Change, Diff

from .conftest import write_plan

FIVE = ("istanbul-2022", "28pt", "eu", "19pt", "20pt")


def plans_of(*names: str) -> list[Plan]:
    return [load_plan(resolve_plan(n, None)) for n in names]


@pytest.fixture(scope="module")
def five() -> Timeline:
    return build_timeline(plans_of(*FIVE))


@pytest.fixture(scope="module")
def three() -> Timeline:
    return build_timeline(plans_of("28pt", "eu", "20pt"))


def cells(lineage) -> list[tuple[str | None, str | None]]:
    return [(s.clause, s.status) for s in lineage.steps]


def assert_partition(timeline: Timeline) -> None:
    """Every clause of every version is in exactly one step of one lineage."""
    for plan in timeline.plans:
        seen = Counter(cid for ln in timeline.lineages for cid in ln.step(plan.id).ids)
        assert seen == Counter(c.id for c in plan.flat()), plan.id
    for ln in timeline.lineages:
        assert [s.version for s in ln.steps] == timeline.versions


# --- the core on hand-made diffs (no aligner involved) ------------------------------------

def C(cid: str, text: str = "", *topics: str) -> Clause:
    return Clause(cid, text or f"clause {cid}", cid, tuple(topics))


def P(pid: str, *clauses: Clause, partial: bool = False, date: str | None = None) -> Plan:
    return Plan(pid, pid, tuple(clauses), partial=partial, date=date)


def ch(status: str, old=(), new=(), relation: str | None = None) -> Change:
    relation = relation or ("none" if not (old and new) else
                            "merge" if len(old) > 1 else "split" if len(new) > 1 else "one-to-one")
    return Change(status, relation, False, tuple(old), tuple(new), 1.0 if old and new else 0.0)


def fake(diffs: dict[tuple[str, str], list[Change]]):
    calls = []

    def compare_fn(old, new, options=None):
        calls.append((old.id, new.id))
        return Diff(old, new, tuple(diffs[(old.id, new.id)]))

    compare_fn.calls = calls
    return compare_fn


def test_merge_and_split_join_lineages():
    a, b, c = C("a"), C("b"), C("c")
    m = C("m")
    x, y = C("x"), C("y")
    v1, v2, v3 = P("v1", a, b, c), P("v2", m), P("v3", x, y)
    timeline = build_timeline([v1, v2, v3], compare_fn=fake({
        ("v1", "v2"): [ch("softened", [a, b], [m]), ch("dropped", [c])],
        ("v2", "v3"): [ch("reworded", [m], [x, y])],
    }))
    assert_partition(timeline)
    joined, dropped = timeline.lineages
    assert [s.ids for s in joined.steps] == [["a", "b"], ["m"], ["x", "y"]]
    assert cells(joined) == [("a", "present"), ("m", "softened"), ("x", "reworded")]
    assert cells(dropped) == [("c", "present"), (None, "dropped"), (None, None)]


def test_merge_of_lineages_keeps_strongest_status_and_notes_a_part_dropped():
    a, b, p, q, r = C("a"), C("b"), C("p"), C("q"), C("r")
    v1, v2, v3 = P("v1", a, b), P("v2", p, q), P("v3", r)
    timeline = build_timeline([v1, v2, v3], compare_fn=fake({
        ("v1", "v2"): [ch("softened", [a], [p]), ch("hardened", [b], [q])],
        ("v2", "v3"): [ch("unchanged", [p, q], [r])],
    }))
    (only,) = timeline.lineages
    assert cells(only) == [("a", "present"), ("p", "modified"), ("r", "unchanged")]
    assert only.step("v2").ids == ["p", "q"]


def test_added_later_and_reading_order():
    a, b, n = C("a"), C("b"), C("n")
    v1, v2 = P("v1", a, b), P("v2", a, n, b)
    timeline = build_timeline([v1, v2], compare_fn=fake({
        ("v1", "v2"): [ch("unchanged", [a], [a]), ch("added", new=[n]), ch("unchanged", [b], [b])],
    }))
    assert [cells(ln) for ln in timeline.lineages] == [
        [("a", "present"), ("a", "unchanged")],
        [(None, None), ("n", "added")],  # placed after a, where it appears
        [("b", "present"), ("b", "unchanged")],
    ]


def test_partial_version_lineages_continue_through_a_bridge():
    x, y, z = C("x"), C("y"), C("z")
    x2, y3, new3 = C("x2"), C("y3"), C("n3")
    v1 = P("v1", x, y, z)
    v2 = P("v2", x2, partial=True)
    v3 = P("v3", x2, y3, new3)
    compare_fn = fake({
        ("v1", "v2"): [ch("reworded", [x], [x2]), ch("unreported", [y]), ch("unreported", [z])],
        ("v2", "v3"): [ch("unchanged", [x2], [x2]), ch("unreported", new=[y3]), ch("unreported", new=[new3])],
        ("v1", "v3"): [ch("reworded", [x], [x2]), ch("softened", [y], [y3]), ch("dropped", [z]),
                       ch("added", new=[new3])],
    })
    timeline = build_timeline([v1, v2, v3], compare_fn=compare_fn)
    assert_partition(timeline)
    by_first = {ln.steps[0].clause or ln.steps[-1].clause: ln for ln in timeline.lineages}
    assert cells(by_first["x"]) == [("x", "present"), ("x2", "reworded"), ("x2", "unchanged")]
    y_line = by_first["y"]
    assert cells(y_line) == [("y", "present"), (None, "unreported"), ("y3", "softened")]
    assert y_line.step("v3").compared_with == "v1"
    assert any(e.kind == "lineage" and "v2 is known only in part" in e.message for e in y_line.step("v3").evidence)
    assert cells(by_first["z"]) == [("z", "present"), (None, "unreported"), (None, "dropped")]
    assert cells(by_first["n3"]) == [(None, None), (None, None), ("n3", "added")]
    assert ("v1", "v3") in compare_fn.calls


def test_bridge_never_moves_a_clause_the_direct_comparison_paired():
    x, y, r, w = C("x"), C("y"), C("r"), C("w")
    v1, v2, v3 = P("v1", x, y), P("v2", r, partial=True), P("v3", w)
    timeline = build_timeline([v1, v2, v3], compare_fn=fake({
        ("v1", "v2"): [ch("modified", [x], [r]), ch("unreported", [y])],
        ("v2", "v3"): [ch("reworded", [r], [w])],
        ("v1", "v3"): [ch("reworded", [y], [w]), ch("dropped", [x])],
    }))
    assert_partition(timeline)
    first, second = timeline.lineages
    assert cells(first) == [("x", "present"), ("r", "modified"), ("w", "reworded")]
    assert cells(second) == [("y", "present"), (None, "unreported"), (None, "dropped")]
    assert "continues another lineage" in second.step("v3").evidence[-1].message


def test_timeline_needs_two_distinct_versions():
    a = P("a", C("1"))
    with pytest.raises(UsageError):
        build_timeline([a])
    with pytest.raises(UsageError, match="twice"):
        build_timeline([a, a])


def test_order_by_date():
    early, late = P("late", date="2025-12-01"), P("early", date="2022-01-01")
    assert [p.id for p in order_by_date([early, late])] == ["early", "late"]
    with pytest.raises(UsageError, match="no date for x"):
        order_by_date([early, P("x")])


# --- the bundled plans ------------------------------------------------------------------------

def test_five_versions_partition_every_clause(five):
    assert five.versions == list(FIVE)
    assert_partition(five)
    first = {ln.steps[0].status for ln in five.lineages}
    assert first <= {"present", None}
    for ln in five.lineages:
        statuses = [s.status for s in ln.steps]
        if "dropped" in statuses:  # dropped once, then absent for good
            after = statuses[statuses.index("dropped") + 1:]
            assert all(s is None for s in after), ln.label


def test_army_cap_lineage(five, three):
    # 28pt 6 (600,000) → eu 6 (800,000 in peacetime, softened) → 20pt 4 (800,000)
    cap = three.find("28pt", "6")
    assert cells(cap) == [("6", "present"), ("6", "softened"), ("4", "reworded")]
    assert "600,000" in cap.step("28pt").text
    assert "800,000" in cap.step("eu").text and "peacetime" in cap.step("eu").text
    assert "800,000" in cap.step("20pt").text
    assert {e.kind for e in cap.step("eu").evidence} >= {"cap"}
    cap5 = five.find("28pt", "6")
    assert [s.clause for s in cap5.steps] == [None, "6", "6", "r6", "4"]
    assert cap5.step("eu").status == "softened"
    assert cap5 is five.find("20pt", "4")


def test_nato_renunciation_lineage(five, three):
    nato = three.find("28pt", "7")
    assert cells(nato) == [("7", "present"), ("7", "softened"), (None, "dropped")]
    nato5 = five.find("28pt", "7")
    assert nato5.step("eu").status == "softened"
    # 19pt's removed: list names clauses of the version it revises (28pt); after eu it says
    # nothing about eu's clauses, so the lineage is unreported there ...
    assert (nato5.step("19pt").clause, nato5.step("19pt").status) == (None, "unreported")
    # ... while right after 28pt, point 7 is dropped with the reporting as evidence.

    direct = build_timeline(plans_of("28pt", "19pt", "20pt")).find("28pt", "7")
    assert (direct.step("19pt").clause, direct.step("19pt").status) == (None, "dropped")
    assert any(e.kind == "source" for e in direct.step("19pt").evidence)


def test_merge_in_bundled_plans(three):
    # eu 13 folds the 28pt lead-in 13 and its sub-points into one sentence
    merged = three.find("28pt", "13a")
    assert merged is three.find("28pt", "13")
    assert merged.step("28pt").ids[:2] == ["13", "13a"]  # document order; "clause" is the first
    assert merged.step("28pt").clause == "13"
    assert (merged.step("eu").clause, merged.step("eu").status) == ("13", "softened")


def test_dropped_by_the_e3(three):
    for point in ("3", "26"):  # the E3 deleted points 3 and 26
        assert three.find("28pt", point).step("eu").status == "dropped"


def test_partial_19pt_keeps_lineages_open(five):
    eu_membership = five.find("28pt", "11")
    assert eu_membership.step("19pt").status == "unreported"
    assert eu_membership.step("19pt").clause is None
    step = eu_membership.step("20pt")
    assert step.clause == "7" and step.compared_with == "eu"  # bridged over the partial 19pt
    elections = five.find("28pt", "25")
    assert [s.clause for s in elections.steps] == [None, "25", "25", None, "18"]
    assert elections.step("20pt").status == "unchanged"


def test_topic_filter(five):
    nato = five.with_topic("nato")
    assert nato.lineages and all("nato" in ln.topics for ln in nato.lineages)
    assert five.find("28pt", "7") in nato.lineages
    assert five.find("28pt", "25") not in nato.lineages
    assert len(five.with_topic("no-such-topic").lineages) == 0


def test_find_lineages(five):
    (hit,) = find_lineages(five, "6@28pt")
    assert hit.lineage is five.find("eu", "6")
    assert find_lineages(five, "amnesty")[0].lineage is five.find("28pt", "26")
    assert find_lineages(five, "NATO membership")[0].lineage is five.find("28pt", "7")
    assert find_lineages(five, "600,000")[0].lineage is five.find("28pt", "6")
    assert find_lineages(five, "xyzzy plugh") == []
    with pytest.raises(UsageError, match="no version 'nope'"):
        find_lineages(five, "6@nope")
    with pytest.raises(PlandiffError, match="has no clause '99'"):
        find_lineages(five, "99@eu")


def test_topics_doc(three):
    doc = topics_doc(three)
    assert doc["schema"] == "plandiff.topics/1" and doc["versions"] == ["28pt", "eu", "20pt"]
    rows = {row["topic"]: {c["version"]: c for c in row["cells"]} for row in doc["topics"]}
    for plan in three.plans:
        for topic, row in rows.items():
            assert row[plan.id]["clauses"] == sum(1 for c in plan.flat() if topic in c.topics)
    assert rows["nato"]["eu"]["softened"] == 2  # 7 (accession) and 8 (no troops)
    assert rows["amnesty"]["eu"]["dropped"] == 1
    assert rows["amnesty"]["28pt"]["added"] == 0  # the first version has no changes


def test_drift_doc():
    new, old28, eu = plans_of("20pt", "28pt", "eu")
    doc = drift_doc(new, [old28, eu])
    rows = {r["clause"]: r for r in doc["clauses"]}
    assert rows["4"]["closest"] == "eu"  # 800,000 in peacetime is the E3's figure
    assert rows["4"]["scores"]["eu"]["clause"] == "6"
    assert rows["19"]["closest"] is None and rows["19"]["tied"] == ["28pt", "eu"]  # same text in both
    assert rows["18"]["closest"] == "eu"  # elections "as soon as possible" (eu), not "in 100 days"
    overall = doc["tally"]["overall"]
    assert sum(overall.values()) == len(new.flat())
    for topic, counts in doc["tally"]["topics"].items():
        assert sum(counts.values()) == sum(1 for c in new.flat() if topic in c.topics)
    with pytest.raises(UsageError):
        drift_doc(new, [])
    with pytest.raises(UsageError):
        drift_doc(new, [new])


# --- through the CLI --------------------------------------------------------------------------

def lineage_app():
    """A fresh app with the root options and the lineage commands, so that the shared
    ``plandiff.cli.app`` is left as other tests expect it (whether or not cli.py registers)."""
    import typer

    from plandiff import cli
    from plandiff.cli_lineage import register

    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
    app.callback()(cli._root)
    register(app)
    register(app)  # idempotent
    return app


@pytest.fixture
def cli(isolated_cwd):
    from typer.testing import CliRunner

    app = lineage_app()
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke


def test_register_twice_adds_each_command_once():
    names = Counter(c.name for c in lineage_app().registered_commands)
    assert names == Counter({"timeline": 1, "trace": 1, "topics": 1, "drift": 1})


def timeline_schema() -> dict:
    return json.loads((files("plandiff") / "schemas" / "timeline.schema.json").read_text("utf-8"))


def test_timeline_json_validates_and_partitions(cli):
    import jsonschema

    result = cli("timeline", *FIVE, "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    schema = timeline_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["versions"] == list(FIVE)
    for n, version in enumerate(doc["versions"]):
        ids = Counter(cid for ln in doc["lineages"] for cid in ln["steps"][n]["clauses"])
        plan = load_plan(resolve_plan(version, None))
        assert ids == Counter(c.id for c in plan.flat())
    # a version right after a partial one, with no full version before: "unreported" clauses
    after_partial = json.loads(cli("timeline", "19pt", "20pt", "-f", "json").stdout)
    jsonschema.Draft202012Validator(schema).validate(after_partial)
    assert ("1", "unreported") in [(ln["steps"][1]["clause"], ln["steps"][1]["status"])
                                   for ln in after_partial["lineages"]]
    cap = next(ln for ln in doc["lineages"] if ln["steps"][1]["clause"] == "6")
    assert [(s["clause"], s["status"]) for s in cap["steps"]][:3] == [(None, None), ("6", "added"), ("6", "softened")]
    assert cap["steps"][4]["clause"] == "4"
    assert cap["label"].startswith("The Armed Forces of Ukraine will remain at")
    assert len(cap["label"]) <= 50


def test_timeline_rich_reads_at_a_glance(cli):
    result = cli("timeline", "28pt", "eu", "20pt", "--no-color", "--width", "120")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if "accession to NATO" in line)
    cols = [c.strip() for c in row.split("│")[1:-1]]
    assert cols[1:] == ["7", "↓ 7", "- dropped"]
    assert "legend:" in result.stdout


def test_timeline_topic_and_by_date(cli):
    doc = json.loads(cli("timeline", "20pt", "28pt", "eu", "--by-date", "--topic", "nato", "-f", "json").stdout)
    assert doc["versions"] == ["28pt", "eu", "20pt"] and doc["topic"] == "nato"
    assert doc["lineages"] and all("nato" in ln["topics"] for ln in doc["lineages"])
    as_given = json.loads(cli("timeline", "20pt", "28pt", "-f", "json").stdout)
    assert as_given["versions"] == ["20pt", "28pt"]


def test_timeline_errors_exit_2(cli, tmp_path):
    result = cli("timeline", "28pt")
    assert result.exit_code == 2 and "at least two versions" in result.stderr
    undated = write_plan(tmp_path, "undated", [("1", "x")])
    result = cli("timeline", "28pt", str(undated), "--by-date")
    assert result.exit_code == 2 and "no date for undated" in result.stderr
    assert cli("timeline", "28pt", "nope").exit_code == 2


def test_trace_by_id(cli):
    result = cli("trace", "6@28pt", *FIVE, "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["match"] == {"version": "28pt", "clause": "6", "score": 100.0}
    steps = {s["version"]: s for s in doc["lineage"]["steps"]}
    assert (steps["eu"]["clause"], steps["eu"]["status"]) == ("6", "softened")
    assert steps["20pt"]["clause"] == "4"
    assert steps["eu"]["changes"][0]["old"] == ["6"] and steps["eu"]["changes"][0]["words"]
    text = cli("trace", "6@28pt", "28pt", "eu", "20pt", "--no-color", "--width", "120").stdout
    assert "[-limited to 600,000-]" in text and "{+capped at 800,000+}" in text
    assert "cap raised, 600,000 → 800,000" in text
    bridged = cli("trace", "11@28pt", *FIVE, "--no-color", "--width", "120").stdout
    assert "? unreported (vs eu)" in bridged
    last = next(line for line in bridged.splitlines() if line.startswith("20pt"))
    assert "  7  " in last and last.endswith("(vs eu)")
    assert "compared with eu: 19pt is known only in part" in bridged


def test_trace_free_text_and_errors(cli):
    doc = json.loads(cli("trace", "amnesty", "28pt", "eu", "-f", "json").stdout)
    assert doc["match"]["clause"] == "26"
    assert [s["status"] for s in doc["lineage"]["steps"]] == ["present", "dropped"]
    result = cli("trace", "xyzzy plugh", "28pt", "eu")
    assert result.exit_code == 2 and "no clause matches" in result.stderr
    assert cli("trace", "99@eu", "28pt", "eu").exit_code == 2


def test_topics_command(cli):
    result = cli("topics", "28pt", "eu", "20pt", "-f", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert any(row["topic"] == "nato" for row in doc["topics"])
    text = cli("topics", "28pt", "eu", "20pt", "--no-color", "--width", "120").stdout
    nato = next(line for line in text.splitlines() if line.strip("│ ").startswith("nato"))
    assert "↓2" in nato


def test_drift_command(cli):
    result = cli("drift", "20pt", "--from", "28pt", "--from", "eu", "-f", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["from"] == ["28pt", "eu"] and doc["new"] == "20pt"
    text = cli("drift", "20pt", "--from", "28pt", "--from", "eu", "--no-color", "--width", "140").stdout
    assert "tally" in text and "overall" in text
    result = cli("drift", "20pt")
    assert result.exit_code == 2 and "--from" in result.stderr
