"""The README is the user's manual: its example commands run, and every command and option
that `--help` lists is documented there (cf. sqlite-utils' test_docs)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def example_commands() -> list[str]:
    """Lines starting with `plandiff ` inside ```sh blocks."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("plandiff "):
                commands.append(line)
    return commands


COMMANDS = example_commands()


def test_readme_has_examples_of_every_command():
    assert any(c.startswith("plandiff compare 28pt") for c in COMMANDS)
    for command in ("compare", "list", "show", "validate", "schema", "import"):
        assert any(c.startswith(f"plandiff {command}") for c in COMMANDS), command


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_example_runs(command, tmp_path):
    if "| jq" in command and shutil.which("jq") is None:
        pytest.xfail("jq is not installed on this machine")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1", "COLUMNS": "100"}
    proc = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    expected = {0, 1} if command.startswith("plandiff compare") else {0}
    assert proc.returncode in expected, f"{command}\nexit {proc.returncode}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    if ">" not in command and " -o " not in command:
        assert proc.stdout.strip(), f"{command} printed nothing"


def help_text(*args: str) -> str:
    from typer.testing import CliRunner

    from plandiff.cli import app

    return CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"}).stdout


def test_every_command_and_option_is_documented():
    top = help_text()
    commands = sorted(set(re.findall(r"^│ (\w[\w-]*) ", top, flags=re.M)) |
                      set(re.findall(r"^  (\w[\w-]*)\s{2,}", top, flags=re.M)))
    assert "compare" in commands
    for command in commands:
        assert f"plandiff {command}" in README, f"command {command} is not in the README"
        for option in set(re.findall(r"(--[a-z][a-z-]+)", help_text(command))):
            if option in ("--help",):
                continue
            assert option in README, f"option {option} of {command} is not in the README"
