"""Files shipped inside the package (data, schemas, bundled plans).

Read through the package's own directory rather than importlib.resources: plandiff is always
installed as files (the wheel is not zip-safe), and importlib.resources costs about 2 ms of
start-up to import, which every comparison would pay to read its two data files."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def package_text(*parts: str) -> str:
    """The text of a packaged file, e.g. ``package_text("data", "align.yaml")``."""
    return PACKAGE_DIR.joinpath(*parts).read_text("utf-8")
