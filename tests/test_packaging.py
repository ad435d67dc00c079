"""The wheel carries the bundled plans and data files, and an installed plandiff finds its
plans from any directory (not only from a checkout)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    (path,) = out.glob("plandiff-*.whl")
    return path


def test_wheel_contains_plans_data_and_schemas(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for plan in ("28pt", "eu", "19pt", "20pt", "istanbul-2022", "topics"):
        assert f"plandiff/plans/{plan}.yaml" in names
    for data in ("plandiff/data/lexicon.yaml", "plandiff/data/align.yaml",
                 "plandiff/schemas/plan.schema.json", "plandiff/schemas/compare.schema.json",
                 "plandiff/schemas/timeline.schema.json"):
        assert data in names


def test_installed_wheel_finds_bundled_plans_from_any_directory(wheel, tmp_path):
    target = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "PLANDIFF_PATH": ""}
    listing = subprocess.run([sys.executable, "-m", "plandiff", "list", "--format", "json"], cwd=elsewhere,
                             capture_output=True, text=True, env=env, timeout=120)
    assert listing.returncode == 0, listing.stderr
    rows = {row["id"]: row for row in json.loads(listing.stdout)["plans"]}
    assert rows["28pt"]["found_in"] == "bundled"
    assert str(target) in rows["28pt"]["path"]
    compared = subprocess.run([sys.executable, "-m", "plandiff", "compare", "28pt", "19pt", "--format", "json"],
                              cwd=elsewhere, capture_output=True, text=True, env=env, timeout=120)
    assert compared.returncode == 1, compared.stderr
    assert json.loads(compared.stdout)["new"]["partial"] is True
