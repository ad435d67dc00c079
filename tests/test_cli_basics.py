"""`plandiff --version`, `list`, `show`, `validate` and error handling through the CLI."""

from __future__ import annotations

import json

import yaml

from plandiff import __version__

from .conftest import write_plan, write_text


def test_version(run_cli):
    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"plandiff {__version__}"


def test_help_has_examples(run_cli):
    result = run_cli("--help")
    assert result.exit_code == 0
    assert "plandiff compare 28pt 19pt" in result.stdout


def test_list_json_includes_bundled_and_local(run_cli, isolated_cwd):
    local = isolated_cwd / "plans"
    local.mkdir()
    write_plan(local, "mine", [("1", "a"), ("2", "b")], date="2024-01-02")
    result = run_cli("list", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    rows = {row["id"]: row for row in doc["plans"]}
    assert rows["mine"]["clauses"] == 2 and rows["mine"]["found_in"] == "./plans"
    assert rows["28pt"]["found_in"] == "bundled"


def test_list_table(run_cli, isolated_cwd):
    result = run_cli("list")
    assert result.exit_code == 0
    assert "28pt" in result.stdout


def test_show_formats_round_trip(run_cli, tmp_path):
    path = write_plan(tmp_path, "p", [{"id": "1", "text": "One.", "topics": ["a"]},
                                      {"id": "2", "text": "Two.", "clauses": [{"id": "2a", "text": "Sub."}]}])
    as_json = json.loads(run_cli("show", str(path), "--format", "json").stdout)
    assert [c["id"] for c in as_json["clauses"]] == ["1", "2"]
    assert as_json["clauses"][1]["clauses"][0]["id"] == "2a"
    as_yaml = run_cli("show", str(path), "--format", "yaml").stdout
    again = tmp_path / "again.yaml"
    again.write_text(as_yaml)
    assert run_cli("validate", str(again)).exit_code == 0
    assert yaml.safe_load(as_yaml)["clauses"] == yaml.safe_load(path.read_text())["clauses"]
    text = run_cli("show", str(path)).stdout
    assert "2a. Sub." in text and "[a]" in text


def test_validate_reports_every_file(run_cli, tmp_path):
    good = write_plan(tmp_path, "good", [("1", "x")])
    bad = write_text(tmp_path, "bad.yaml", "id: bad\nclauses:\n  - id: 1\n")
    result = run_cli("validate", str(good), str(bad))
    assert result.exit_code == 2
    assert f"{good}: ok (good, 1 clause)" in result.stdout
    assert f"{bad}:1:1: missing required key 'title'" in result.stderr
    assert f"{bad}:3:5: clause 1 has no 'text'" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_name_exit_2_with_suggestion(run_cli, isolated_cwd):
    result = run_cli("show", "28tp")
    assert result.exit_code == 2
    assert "did you mean '28pt'" in result.stderr
    assert result.stdout == ""


def test_debug_shows_traceback(run_cli, isolated_cwd):
    import pytest

    from plandiff.errors import PlandiffError

    with pytest.raises(PlandiffError):
        run_cli("--debug", "show", "28tp")


def test_schema_plan_validates_bundled_plans(run_cli):
    import jsonschema

    from .conftest import PLANS

    schema = json.loads(run_cli("schema", "plan").stdout)
    for path in sorted(PLANS.glob("*.yaml")):
        if path.name == "topics.yaml":
            continue
        data = json.loads(run_cli("show", str(path), "--format", "json").stdout)
        data.pop("path")
        raw = yaml.safe_load(path.read_text())
        # the file itself (ids as strings, dates as text) must satisfy the published schema
        raw = json.loads(json.dumps(raw, default=str))
        jsonschema.validate(raw, schema)
        assert data["id"] == raw["id"]
