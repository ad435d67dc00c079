"""Shared fixtures: tiny inline plans, a CLI runner that keeps stdout and stderr apart, and
paths to the repository's plans and the shared corpus."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import settings as _hypothesis_settings

# CI draws the same property-test examples on every run (a fixed seed per test), so main stays
# green or red for a reason in the code, not in the draw; local runs keep exploring at random
# and add what they find to the explicit cases (e.g. MIRROR_TEXT_CASES in test_properties.py).
_hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "plans"
SHARED = Path(os.environ.get("PLANDIFF_SHARED", ROOT.parent / "shared"))


def write_plan(directory: Path, plan_id: str, clauses: list[dict] | list[tuple[str, str]], **meta) -> Path:
    """Write a small valid plan file and return its path. Clauses may be (id, text) pairs."""
    items = [c if isinstance(c, dict) else {"id": c[0], "text": c[1]} for c in clauses]
    doc = {"id": plan_id, "title": meta.pop("title", f"Plan {plan_id}"), **meta, "clauses": items}
    path = directory / f"{plan_id}.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def write_text(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture(scope="session", autouse=True)
def _private_cache_dir(tmp_path_factory):
    """The disk cache of bundled inputs (plandiff.filecache) goes to a directory of this test
    session, never the user's ~/.cache; subprocesses inherit it."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture
def run_cli():
    """Invoke the typer app in-process; returns the click Result (stdout, stderr, exit_code)."""
    from typer.testing import CliRunner

    from plandiff.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict | None = None):
        return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def isolated_cwd(tmp_path, monkeypatch):
    """Run in an empty directory with no PLANDIFF_PATH, so only bundled plans are found."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLANDIFF_PATH", raising=False)
    return tmp_path


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/* from the current output (review the diff!)")


@pytest.fixture
def golden(request):
    """Compare text with tests/golden/NAME, or rewrite it under --update-golden."""
    update = request.config.getoption("--update-golden")

    def check(name: str, text: str) -> None:
        path = ROOT / "tests" / "golden" / name
        if update or not path.exists():
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), f"output differs from {path}; rerun with --update-golden and review"

    return check
