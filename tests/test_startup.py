"""Start-up stays lean: a structural check of what each command path imports (timing lives
in benchmarks/, not in unit tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import sys
from plandiff.cli import main
sys.argv = ["plandiff", *{args!r}]
try:
    main()
except SystemExit:
    pass
heavy = sorted({{m.split('.')[0] for m in sys.modules}} & {{'rich', 'rapidfuzz', 'yaml', 'pydantic'}})
sys.stderr.write("\\nLOADED=" + ",".join(heavy) + "\\n")
"""


def loaded_by(*args: str) -> set[str]:
    # With the disk cache off: what a first run imports must not depend on what this machine
    # happens to have cached (a packaged file read from the cache hides a slow reader).
    env = {**os.environ, "PLANDIFF_NO_CACHE": "1"}
    proc = subprocess.run([sys.executable, "-c", PROBE.format(args=list(args))],
                          capture_output=True, text=True, timeout=60, env=env)
    line = [x for x in proc.stderr.splitlines() if x.startswith("LOADED=")][-1]
    return set(filter(None, line.removeprefix("LOADED=").split(",")))


def test_version_imports_nothing_heavy():
    assert loaded_by("--version") == set()


def test_list_json_imports_no_rich_rapidfuzz_or_yaml():
    assert loaded_by("list", "--format", "json") == set()


def test_compare_json_reads_bundled_plans_without_pyyaml_or_rich():
    # The fast YAML reader handles the bundled plans and data files, so PyYAML (8 ms to import)
    # is only loaded when a file leaves its subset; JSON output never needs Rich.
    assert loaded_by("compare", "28pt", "20pt", "--format", "json") == {"rapidfuzz"}


def test_package_import_is_cheap():
    proc = subprocess.run([sys.executable, "-c", "import plandiff, sys, json; print(json.dumps(sorted(sys.modules)))"],
                          capture_output=True, text=True, timeout=60)
    modules = set(json.loads(proc.stdout))
    assert not modules & {"typer", "rich", "rapidfuzz", "yaml"}


def test_only_the_named_command_is_built_and_the_app_stays_whole():
    from plandiff.cli import _app_for, app

    everything = [c.name for c in app.registered_commands]
    assert [c.name for c in _app_for(["--debug", "show", "28pt"]).registered_commands] == ["show"]
    # Listing help or a mistyped name needs every command (for the list and "did you mean").
    assert _app_for(["--help"]) is app
    assert _app_for(["compar", "28pt", "20pt"]) is app
    assert _app_for([]) is app
    assert [c.name for c in app.registered_commands] == everything and len(everything) >= 10
