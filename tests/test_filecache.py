"""The disk cache of bundled inputs (plandiff.filecache): a hit gives exactly what parsing gives,
an edited input is parsed again, and a cache that is broken, unwritable or turned off changes
nothing but speed. Only bundled plans and packaged data are cached, never a user's files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plandiff import catalog, filecache, lexicon, loading

from .conftest import PLANS, write_plan


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache directory, and a copy of the bundled plans standing in for them."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("PLANDIFF_NO_CACHE", raising=False)
    bundled = tmp_path / "bundled"
    shutil.copytree(PLANS, bundled)
    monkeypatch.setattr(catalog, "bundled_plans_dir", lambda: bundled)
    catalog._entries_in.cache_clear()
    lexicon._load.cache_clear()
    yield tmp_path / "xdg" / "plandiff", bundled
    catalog._entries_in.cache_clear()
    lexicon._load.cache_clear()


def entries(directory: Path, kind: str = "") -> list[str]:
    return sorted(p.name for p in directory.glob(f"{kind}*.marshal")) if directory.is_dir() else []


def no_parsing(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("parsed although the cache holds it")

    monkeypatch.setattr(loading, "parse_yaml", fail)


def test_bundled_plan_is_read_back_equal_without_parsing(cache, monkeypatch):
    where, bundled = cache
    path = str(bundled / "28pt.yaml")
    parsed = loading.load_plan(path)
    assert entries(where, "plan-")
    no_parsing(monkeypatch)
    cached = loading.load_plan(path)
    assert cached == parsed and cached.flat() == parsed.flat()
    assert [type(c).__name__ for c in cached.flat()][:1] == ["Clause"]


def test_an_edited_plan_or_topic_list_is_parsed_again(cache):
    _, bundled = cache
    path = bundled / "20pt.yaml"
    first = loading.load_plan(str(path))
    path.write_text(path.read_text("utf-8").replace(first.title, "Edited title", 1), "utf-8")
    assert loading.load_plan(str(path)).title == "Edited title"
    (bundled / "topics.yaml").write_text("topics:\n  other: something else\n", "utf-8")
    # The plan's topic tags are no longer in the vocabulary: parsed again, and refused.
    with pytest.raises(Exception, match="topic"):
        loading.load_plan(str(path))


def test_user_plans_are_never_cached(cache, tmp_path):
    where, _ = cache
    path = write_plan(tmp_path, "mine", [("1", "The Parties shall meet.")])
    loading.load_plan(str(path))
    assert entries(where, "plan-") == []


def test_catalogue_and_lexicon_from_the_cache_equal_fresh_ones(cache, monkeypatch):
    where, bundled = cache
    fresh_entries = catalog.entries_in("bundled", bundled)
    fresh_lexicon = lexicon.load_lexicon()
    assert entries(where, "catalogue-") and entries(where, "lexicon-")
    catalog._entries_in.cache_clear()
    lexicon._load.cache_clear()
    monkeypatch.setattr(catalog, "_parse_header", lambda head: pytest.fail("header parsed"))
    monkeypatch.setattr(lexicon, "_build", lambda raw, path: pytest.fail("lexicon built"))
    assert catalog.entries_in("bundled", bundled) == fresh_entries
    assert lexicon.load_lexicon() == fresh_lexicon


def test_a_new_plan_in_the_bundled_directory_is_listed(cache):
    _, bundled = cache
    before = {e.id for e in catalog.entries_in("bundled", bundled)}
    write_plan(bundled, "newcomer", [("1", "Text.")])
    catalog._entries_in.cache_clear()
    assert {e.id for e in catalog.entries_in("bundled", bundled)} == before | {"newcomer"}


def test_garbage_in_the_cache_is_ignored(cache):
    where, bundled = cache
    path = str(bundled / "28pt.yaml")
    parsed = loading.load_plan(path)
    for name in entries(where):
        (where / name).write_bytes(b"\x00garbage")
    assert loading.load_plan(path) == parsed


def test_wrong_shape_under_the_right_key_is_ignored(cache):
    _, bundled = cache
    path = str(bundled / "28pt.yaml")
    parsed = loading.load_plan(path)
    inputs = (filecache.digest((bundled / "28pt.yaml").read_text("utf-8")),
              filecache.digest((bundled / "topics.yaml").read_bytes()))
    filecache.store("plan", path, inputs, ("not", "a", "plan"))
    assert filecache.load("plan", path, inputs) == ("not", "a", "plan")
    assert loading.load_plan(path) == parsed


def test_an_unwritable_or_disabled_cache_changes_nothing(cache, monkeypatch, tmp_path):
    _, bundled = cache
    path = str(bundled / "28pt.yaml")
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    parsed = loading.load_plan(path)
    assert loading.load_plan(path) == parsed
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other"))
    monkeypatch.setenv("PLANDIFF_NO_CACHE", "1")
    assert loading.load_plan(path) == parsed
    assert not (tmp_path / "other").exists()


def test_cache_location_honours_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert filecache.cache_dir() == str(tmp_path / "plandiff")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the spec says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert filecache.cache_dir() == str(tmp_path / "home" / ".cache" / "plandiff")


def test_the_cache_keeps_a_bounded_number_of_entries(cache):
    where, _ = cache
    for n in range(filecache.MAX_ENTRIES + 10):
        filecache.store("data", f"name-{n}", (), n)
    assert len(entries(where)) <= filecache.MAX_ENTRIES
