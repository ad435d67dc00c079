"""JSON output for scripts: UTF-8, stable key order, stdlib only (no Rich on this path)."""

from __future__ import annotations

import json
from typing import IO, Any


def dump_json(document: Any, stream: IO[str]) -> None:
    """Write one JSON document and a final newline; key order is the order the document was
    built in, which the schema documents, so output is stable across runs.

    Indented for a person at a terminal; compact for pipes and files, where jq does the
    formatting: the standard library's C encoder only runs without indentation, and is about
    five times faster on a 10,000-clause comparison."""
    try:
        pretty = stream.isatty()
    except (AttributeError, ValueError):
        pretty = False
    if pretty:
        json.dump(document, stream, ensure_ascii=False, indent=2)
    else:
        stream.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
    stream.write("\n")
