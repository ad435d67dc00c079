"""Loading and validating plan files: every problem reported, with line and column."""

from __future__ import annotations

import pytest

from plandiff.errors import PlandiffError, PlanFileError
from plandiff.loading import load_plan

from .conftest import write_text


def problems_of(path) -> list[str]:
    with pytest.raises(PlanFileError) as info:
        load_plan(str(path))
    return [str(p) for p in info.value.problems]


def test_valid_plan_keeps_ids_as_written_and_joins_sub_ids(tmp_path):
    path = write_text(tmp_path, "p.yaml", """
        id: demo
        title: Demo
        date: 2025-11-20
        clauses:
          - id: 1
            text: First point.
          - id: 1.10
            text: A decimal-looking id.
          - id: "10"
            text: Parent.
            clauses:
              - id: 10a
                text: Carries its parent's id.
              - id: b
                text: Gets the parent's id joined.
    """)
    plan = load_plan(str(path))
    assert [c.id for c in plan.flat()] == ["1", "1.10", "10", "10a", "10.b"]
    assert plan.date == "2025-11-20"
    assert plan.clause("10.b").parent == "10"
    assert plan.clause("10a").line == 12


def test_every_problem_is_listed_with_line_and_column(tmp_path):
    path = write_text(tmp_path, "bad.yaml", """
        id: Bad Id
        titel: x
        date: 2025-13-01
        clauses:
          - id: 1
            text: ""
            colour: red
          - id: 1
            text: second
            text: third
          - text: no id
    """)
    found = problems_of(path)
    expected = [
        f"{path}:1:1: missing required key 'title'",
        f"{path}:1:5: id 'Bad Id' must be lowercase letters, digits, '.', '_' or '-'",
        f"{path}:2:1: unknown key 'titel' in the plan; did you mean 'title'?",
        f"{path}:3:7: date '2025-13-01' is not an ISO date (YYYY-MM-DD)",
        f"{path}:6:11: text of clause 1 is empty",
        f"{path}:8:9: duplicate clause id '1' (first at line 5)",
        f"{path}:11:5: clause is missing its 'id'",
    ]
    for line in expected:
        assert line in found
    assert any(p.startswith(f"{path}:7:5: unknown key 'colour'") for p in found)
    assert any(p.startswith(f"{path}:10:5: duplicate key 'text'") for p in found)
    assert len(found) == 9


def test_syntax_error_has_position(tmp_path):
    path = write_text(tmp_path, "s.yaml", "id: x\ntitle: [unclosed\nclauses: []\n")
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:3:")


def test_tabs_in_indentation_are_named(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("id: x\ntitle: y\nclauses:\n\t- id: 1\n\t  text: a\n")
    (problem,) = problems_of(path)
    assert f"{path}:4:1:" in problem and "tabs" in problem


def test_unknown_topic_with_vocabulary(tmp_path):
    write_text(tmp_path, "topics.yaml", "topics:\n  nato: NATO\n  territory: land\n")
    path = write_text(tmp_path, "p.yaml", "id: p\ntitle: P\nclauses:\n  - id: 1\n    text: a\n    topics: [natto]\n")
    (problem,) = problems_of(path)
    assert problem == f"{path}:6:14: unknown topic 'natto'; did you mean 'nato'?"


def test_root_must_be_a_mapping(tmp_path):
    path = write_text(tmp_path, "l.yaml", "- a\n- b\n")
    (problem,) = problems_of(path)
    assert "top level must be a mapping" in problem and problem.startswith(f"{path}:1:1")


def test_text_null_and_bool_id(tmp_path):
    path = write_text(tmp_path, "n.yaml", "id: n\ntitle: N\nclauses:\n  - id: yes\n    text: null\n")
    found = problems_of(path)
    assert any("reads as a boolean" in p for p in found)
    assert any("empty (null)" in p for p in found)


def test_aliases_and_object_tags_are_refused(tmp_path):
    bomb = write_text(tmp_path, "bomb.yaml", """
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
    """)
    assert any("aliases" in p for p in problems_of(bomb))
    tag = write_text(tmp_path, "tag.yaml", "id: !!python/object/apply:os.system ['echo hi']\ntitle: t\nclauses: []\n")
    assert any("python/object" in p and "not allowed" in p for p in problems_of(tag))


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.yaml"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB that costs no disk
    with pytest.raises(PlandiffError, match="over the"):
        load_plan(str(path))
    monkeypatch.setenv("PLANDIFF_MAX_BYTES", "10")
    small = write_text(tmp_path, "s.yaml", "id: s\ntitle: S\nclauses:\n  - id: 1\n    text: x\n")
    with pytest.raises(PlandiffError, match="10-byte limit"):
        load_plan(str(small))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfei\x00d\x00", "UTF-16"),
        (b"id: x\x00\x01\x02", "binary"),
        (b"id: caf\xe9\n", "not valid UTF-8"),
        (b"", "empty"),
    ],
)
def test_undecodable_files(tmp_path, content, message):
    path = tmp_path / "f.yaml"
    path.write_bytes(content)
    with pytest.raises(PlandiffError, match=message):
        load_plan(str(path))


def test_invalid_utf8_position(tmp_path):
    path = tmp_path / "u.yaml"
    path.write_bytes(b"id: x\ntitle: caf\xe9\n")
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:2:11:")


def test_directory_and_missing_file(tmp_path):
    with pytest.raises(PlandiffError, match="is a directory"):
        load_plan(str(tmp_path))
    with pytest.raises(PlandiffError, match="no such file"):
        load_plan(str(tmp_path / "nope.yaml"))


def test_deep_nesting_is_refused_not_crashed(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("id: x\ntitle: " + "[" * 5000 + "]" * 5000 + "\nclauses: []\n")
    (problem,) = problems_of(path)
    assert "nesting is deeper" in problem
