"""A YAML document as a small tree that remembers where every value stood.

Validation needs the line and column of each key and value to report problems precisely, and
it needs the raw text of scalars (an id written ``10`` or ``1.10`` must stay "10" and "1.10",
not become an int or a float). PyYAML's constructed objects lose both, so both YAML readers
(:mod:`plandiff.fastyaml` and the PyYAML path in :mod:`plandiff.loading`) produce this tree
instead. Lines and columns are 1-based.
"""

from __future__ import annotations

from typing import NamedTuple

# The tags a plain data file may use; anything else (e.g. !!python/object) is refused.
STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
SCALAR_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP})


class Scalar(NamedTuple):
    value: str  # the scalar's text, unquoted and unescaped
    tag: str  # the resolved YAML tag (STR for quoted scalars)
    line: int
    column: int

    @property
    def kind(self) -> str:
        return {STR: "string", INT: "integer", FLOAT: "number", BOOL: "boolean",
                NULL: "null", TIMESTAMP: "date"}.get(self.tag, "value")


class Seq(NamedTuple):
    items: list[Node]
    line: int
    column: int
    kind = "list"


class Map(NamedTuple):
    # (key, key line, key column, value) in document order; duplicates are kept so that
    # validation can report them (PyYAML silently keeps the last one).
    items: list[tuple[str, int, int, Node]]
    line: int
    column: int
    kind = "mapping"

    def get(self, key: str) -> Node | None:
        found = None
        for k, _, _, v in self.items:
            if k == key:
                found = v
        return found


Node = Scalar | Seq | Map


def to_python(node: Node) -> object:
    """Plain Python values (for JSON/YAML output of what the user wrote); scalars as text,
    except null, true/false and numbers, which keep their YAML meaning."""
    if isinstance(node, Map):
        return {_key(k): to_python(v) for k, _, _, v in node.items}
    if isinstance(node, Seq):
        return [to_python(v) for v in node.items]
    if node.tag == NULL:
        return None
    if node.tag == BOOL:
        return node.value.lower() in {"true", "yes", "on", "y"}
    if node.tag == INT:
        try:
            return int(node.value.replace("_", ""), 0)
        except ValueError:
            return node.value
    return node.value


def _key(key: str) -> object:
    """A mapping key as PyYAML would construct it: plain decimal integers are ints."""
    if key.isdigit() and (key == "0" or key[0] != "0") and key.isascii():
        return int(key)
    return key


def from_python(value: object, line: int = 0) -> Node:
    """A tree for data built in Python (no positions), so it can be validated like a file."""
    if isinstance(value, dict):
        return Map([(str(k), line, 0, from_python(v, line)) for k, v in value.items()], line, 0)
    if isinstance(value, (list, tuple)):
        return Seq([from_python(v, line) for v in value], line, 0)
    if value is None:
        return Scalar("", NULL, line, 0)
    if isinstance(value, bool):
        return Scalar("true" if value else "false", BOOL, line, 0)
    if isinstance(value, int):
        return Scalar(str(value), INT, line, 0)
    if isinstance(value, float):
        return Scalar(repr(value), FLOAT, line, 0)
    return Scalar(str(value), STR, line, 0)


def load_data(text: str) -> object:
    """Plain Python data from trusted YAML (the packaged data files, plan headers): the fast
    reader when it can, PyYAML's C loader otherwise. Raises yaml.YAMLError on bad input."""
    from plandiff import fastyaml

    tree = fastyaml.read(text)
    if tree is not None:
        return to_python(tree)
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def is_yaml_error(exc: BaseException) -> bool:
    """Whether ``exc`` is PyYAML's error. Callers of :func:`load_data` test with this rather than
    ``except yaml.YAMLError`` so that PyYAML is imported only when the fast reader gave up."""
    import sys

    yaml = sys.modules.get("yaml")
    return yaml is not None and isinstance(exc, yaml.YAMLError)
