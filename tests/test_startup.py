"""Start-up stays lean: a structural check of what each command path imports (timing lives
in benchmarks/, not in unit tests)."""

from __future__ import annotations

import json
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
    proc = subprocess.run([sys.executable, "-c", PROBE.format(args=list(args))],
                          capture_output=True, text=True, timeout=60)
    line = [x for x in proc.stderr.splitlines() if x.startswith("LOADED=")][-1]
    return set(filter(None, line.removeprefix("LOADED=").split(",")))


def test_version_imports_nothing_heavy():
    assert loaded_by("--version") == set()


def test_list_json_imports_no_rich_or_rapidfuzz():
    assert loaded_by("list", "--format", "json") <= {"yaml"}


def test_package_import_is_cheap():
    proc = subprocess.run([sys.executable, "-c", "import plandiff, sys, json; print(json.dumps(sorted(sys.modules)))"],
                          capture_output=True, text=True, timeout=60)
    modules = set(json.loads(proc.stdout))
    assert not modules & {"typer", "rich", "rapidfuzz", "yaml"}
