"""The real console script in subprocesses: stdin, closed pipes, narrow terminals, huge clauses,
non-Latin scripts, and identical output whatever the hash seed.

These run ``plandiff`` from the same environment as the tests (the console script beside
``sys.executable``), in a scratch directory, so the bundled plans are found as a user finds
them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from .test_properties import random_pair, to_yaml

BIN = Path(sys.executable).parent / ("plandiff.exe" if os.name == "nt" else "plandiff")
ROOT = Path(__file__).resolve().parents[1]
CRASH_MARKS = ("Traceback", "BrokenPipeError", "Exception ignored", "Error in sys.excepthook")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PLANDIFF_", "FORCE_COLOR", "NO_COLOR", "COLUMNS", "LINES"))}
    env.update(extra)
    return env


def plandiff(*args: str, cwd: Path, stdin: bytes | None = b"", timeout: float = 30, **env: str):
    assert BIN.exists(), f"console script not installed at {BIN}"
    return subprocess.run([str(BIN), *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=timeout, env=_env(**env))


def assert_no_crash(proc) -> None:
    err = proc.stderr.decode("utf-8", "replace")
    for mark in CRASH_MARKS:
        assert mark not in err, err[-3000:]


# ---------------------------------------------------------------------------------------------
# stdin and pipes


def test_empty_stdin_is_exit_2_with_one_message(tmp_path):
    proc = plandiff("compare", "-", "28pt", cwd=tmp_path, stdin=b"")
    assert_no_crash(proc)
    assert proc.returncode == 2
    assert proc.stdout == b""
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1 and "<stdin>" in lines[0] and "empty" in lines[0], lines


def test_stdin_plan_compares(tmp_path):
    text = (ROOT / "plans" / "19pt.yaml").read_bytes()
    proc = plandiff("compare", "28pt", "-", "--format", "json", cwd=tmp_path, stdin=text)
    assert_no_crash(proc)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["new"]["path"] == "<stdin>"


@pytest.mark.skipif(shutil.which("bash") is None or shutil.which("head") is None, reason="needs bash and head")
@pytest.mark.parametrize("reader", ["head -1", "head -c 1", "true"])
@pytest.mark.parametrize("fmt", ["rich", "json", "markdown"])
def test_closed_stdout_exits_quietly(reader, fmt, tmp_path):
    """`plandiff compare 28pt eu | head -1`: no traceback, no BrokenPipeError, exit 0 or 1
    (whether the write fails depends on timing; either way nothing is said on stderr)."""
    err = tmp_path / "stderr.txt"
    script = (f'"{BIN}" compare 28pt eu --format {fmt} 2>"{err}" | {reader} >/dev/null; '
              'echo "${PIPESTATUS[0]}"')
    proc = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, timeout=30, env=_env())
    status = int(proc.stdout.decode().split()[-1])
    text = err.read_text("utf-8", "replace")
    assert text == "", text[-3000:]
    assert status in (0, 1), status


def test_a_terminal_20_columns_wide(tmp_path):
    from rich.cells import cell_len

    proc = plandiff("compare", "28pt", "eu", "--width", "20", "--no-color", cwd=tmp_path)
    assert_no_crash(proc)
    assert proc.returncode == 1
    out = proc.stdout.decode("utf-8")
    lines = out.splitlines()
    assert len(lines) > 50
    too_long = [x for x in lines if cell_len(x) > 20]
    assert not too_long, too_long[:5]
    assert "softened" in out and "dropped" in out


def test_width_below_20_is_a_usage_error(tmp_path):
    proc = plandiff("compare", "28pt", "eu", "--width", "5", cwd=tmp_path)
    assert_no_crash(proc)
    assert proc.returncode == 2


# ---------------------------------------------------------------------------------------------
# Size and scripts


def _long_text(seed: int) -> str:
    """About 100,000 characters of real treaty language (the bundled plans' clauses, shuffled)."""
    import random

    from plandiff.loading import load_plan

    texts = []
    for path in sorted((ROOT / "plans").glob("*.yaml")):
        if path.name != "topics.yaml":
            texts += [c.text for c in load_plan(str(path)).flat()]
    rng = random.Random(seed)
    out, n = [], 0
    while n < 100_000:
        t = rng.choice(texts)
        out.append(t)
        n += len(t) + 1
    return " ".join(out)[:100_000]


def test_a_single_clause_of_100000_characters(tmp_path):
    text = _long_text(8)
    assert len(text) == 100_000
    words = text.split(" ")
    for k in range(0, len(words), 400):  # light edits: a word in every 400 changed
        words[k] = "may" if words[k] != "may" else "shall"
    edited = " ".join(words)
    for name, t in (("long-a", text), ("long-b", edited)):
        (tmp_path / f"{name}.yaml").write_text(
            yaml.safe_dump({"id": name, "title": name, "clauses": [{"id": "1", "text": t}]}, width=1 << 30),
            encoding="utf-8")
    start = time.perf_counter()
    proc = plandiff("compare", "long-a.yaml", "long-b.yaml", "--format", "json", cwd=tmp_path, timeout=60)
    elapsed = time.perf_counter() - start
    assert_no_crash(proc)
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    (change,) = doc["changes"]
    assert change["old"] == ["1"] and change["new"] == ["1"]
    assert change["old_text"] == text and change["new_text"] == edited
    assert elapsed < 20, f"took {elapsed:.1f} s"


SCRIPTS = {
    "arabic": ("يجب على الطرفين سحب القوات خلال 30 يوما.", "يجوز للطرفين سحب القوات خلال 60 يوما."),
    "hebrew": ("הצדדים יסיגו את הכוחות בתוך 30 יום.", "הצדדים רשאים להסיג את הכוחות בתוך 60 יום."),
    "cyrillic": ("Россия выведет войска в течение 30 дней.", "Россия может вывести войска в течение 60 дней."),
}


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_right_to_left_and_cyrillic_text(script, tmp_path):
    old_text, new_text = SCRIPTS[script]
    same = {"arabic": "وقف إطلاق النار فوري.", "hebrew": "הפסקת אש מיידית.", "cyrillic": "Немедленное прекращение огня."}[script]
    for name, t in (("a", old_text), ("b", new_text)):
        (tmp_path / f"{name}.yaml").write_text(yaml.safe_dump(
            {"id": f"{script}-{name}", "title": f"{script} {name}",
             "clauses": [{"id": "1", "text": t}, {"id": "2", "text": same}]}, allow_unicode=True), encoding="utf-8")
    proc = plandiff("compare", "a.yaml", "b.yaml", "--format", "json", cwd=tmp_path, PYTHONIOENCODING="utf-8")
    assert_no_crash(proc)
    assert proc.returncode == 1
    raw = proc.stdout.decode("utf-8")
    assert old_text in raw and new_text in raw, "JSON escaped the text (ensure_ascii must be off)"
    assert "\\u0" not in raw
    doc = json.loads(raw)
    by_old = {tuple(c["old"]): c for c in doc["changes"]}
    assert by_old[("1",)]["old_text"] == old_text and by_old[("1",)]["new_text"] == new_text
    assert by_old[("1",)]["status"] != "unchanged"
    assert by_old[("2",)]["status"] == "unchanged" and by_old[("2",)]["new_text"] == same
    for fmt in ("rich", "markdown", "github"):
        view = plandiff("compare", "a.yaml", "b.yaml", "--format", fmt, "--width", "100", cwd=tmp_path,
                        PYTHONIOENCODING="utf-8")
        assert_no_crash(view)
        assert view.returncode == 1, (fmt, view.stderr.decode())
        out = view.stdout.decode("utf-8")
        assert same in out or fmt == "github", (fmt, out)


# ---------------------------------------------------------------------------------------------
# Determinism across processes and hash seeds


@pytest.mark.parametrize("seed", [3, 11])
def test_json_is_identical_across_runs_and_hash_seeds(seed, tmp_path):
    old, new = random_pair(seed)
    (tmp_path / "old.yaml").write_text(to_yaml("old", old), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(to_yaml("new", new), encoding="utf-8")
    outs = []
    for hashseed in ("0", "12345", "12345"):
        proc = plandiff("compare", "old.yaml", "new.yaml", "--format", "json", cwd=tmp_path, PYTHONHASHSEED=hashseed)
        assert_no_crash(proc)
        assert proc.returncode in (0, 1)
        outs.append(proc.stdout)
    assert outs[0] == outs[1] == outs[2]
    doc = json.loads(outs[0])
    assert doc["summary"]["old_clauses"] >= 8


def test_bundled_comparison_is_identical_across_hash_seeds(tmp_path):
    outs = [plandiff("compare", "28pt", "eu", "--format", "json", cwd=tmp_path, PYTHONHASHSEED=s).stdout
            for s in ("0", "12345")]
    assert outs[0] == outs[1] and len(outs[0]) > 1000
