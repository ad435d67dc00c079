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


def package_data(*parts: str):
    """The parsed YAML of a packaged data file, through the disk cache (see
    :mod:`plandiff.filecache`)."""
    from plandiff import filecache

    text = package_text(*parts)
    name = "/".join(parts)
    inputs = (filecache.digest(text),)
    data = filecache.load("data", name, inputs)
    if data is None:
        from plandiff.yamltree import load_data

        data = load_data(text)
        filecache.store("data", name, inputs, data)
    return data
