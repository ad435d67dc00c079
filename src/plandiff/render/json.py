"""JSON output for scripts: UTF-8, stable key order, stdlib only (no Rich on this path)."""

from __future__ import annotations

import json
from typing import IO, Any


def dump_json(document: Any, stream: IO[str]) -> None:
    """Write one JSON document and a final newline; key order is the order the document was
    built in, which the schema documents, so output is stable across runs."""
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
