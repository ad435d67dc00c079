"""Finding plans by name: search order, aliases, stems, ambiguity and "did you mean"."""

from __future__ import annotations

import pytest

from plandiff.catalog import resolve_plan
from plandiff.errors import PlandiffError, UnknownPlanError

from .conftest import write_plan


def test_search_order_plans_dir_then_env_then_local(isolated_cwd, tmp_path_factory, monkeypatch):
    first = tmp_path_factory.mktemp("first")
    env = tmp_path_factory.mktemp("env")
    local = isolated_cwd / "plans"
    local.mkdir()
    for d in (first, env, local):
        write_plan(d, "same", [("1", f"from {d.name}")])
    write_plan(env, "only-env", [("1", "x")])
    write_plan(local, "only-local", [("1", "x")])
    monkeypatch.setenv("PLANDIFF_PATH", str(env))
    assert resolve_plan("same", [str(first)]) == str(first / "same.yaml")
    assert resolve_plan("same") == str(env / "same.yaml")
    assert resolve_plan("only-local") == str(local / "only-local.yaml")
    assert resolve_plan("only-env", [str(first)]) == str(env / "only-env.yaml")


def test_alias_and_stem_match(tmp_path):
    write_plan(tmp_path, "eu", [("1", "x")], aliases=["e3"])
    (tmp_path / "eu.yaml").rename(tmp_path / "european-counter.yaml")
    assert resolve_plan("e3", [str(tmp_path)]).endswith("european-counter.yaml")
    assert resolve_plan("eu", [str(tmp_path)]).endswith("european-counter.yaml")
    assert resolve_plan("european-counter", [str(tmp_path)]).endswith("european-counter.yaml")


def test_unknown_name_suggests_close_names_and_lists_places(tmp_path):
    write_plan(tmp_path, "28pt", [("1", "x")])
    with pytest.raises(UnknownPlanError) as info:
        resolve_plan("28tp", [str(tmp_path)])
    message = str(info.value)
    assert "did you mean '28pt'" in message
    assert str(tmp_path) in message


def test_two_files_claiming_one_id_is_an_error(tmp_path):
    write_plan(tmp_path, "a", [("1", "x")])
    (tmp_path / "a.yaml").rename(tmp_path / "one.yaml")
    write_plan(tmp_path, "a", [("1", "y")])
    (tmp_path / "a.yaml").rename(tmp_path / "two.yaml")
    with pytest.raises(PlandiffError, match="one.yaml and two.yaml"):
        resolve_plan("a", [str(tmp_path)])


def test_paths_are_not_looked_up(tmp_path):
    assert resolve_plan("-") == "-"
    assert resolve_plan("some/where.yaml") == "some/where.yaml"


def test_bundled_plans_found_from_any_directory(isolated_cwd):
    assert resolve_plan("28pt").endswith("28pt.yaml")


def test_header_reading_keeps_only_catalogue_keys_so_a_broken_sources_block_still_resolves(tmp_path):
    # The catalogue parses only id/aliases/title/date; the broken block is reported when the
    # plan itself is loaded, with its position, not by hiding the plan from name lookup.
    from plandiff.catalog import read_header

    path = tmp_path / "draft.yaml"
    path.write_text(
        "id: second-draft\ntitle: 'Second: draft'\naliases:\n  - d2\n"
        "sources:\n  - url: [unclosed\nnotes: |\n  id: not-this\ndate: 2025-01-02\nclauses:\n  - id: 1\n    text: x\n",
        encoding="utf-8",
    )
    assert read_header(path) == {"id": "second-draft", "title": "Second: draft", "aliases": ["d2"],
                                 "date": "2025-01-02"}
    assert resolve_plan("d2", [str(tmp_path)]) == str(path)
