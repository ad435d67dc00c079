"""Read a plan file from disk or stdin into a :class:`~plandiff.model.Plan`, refusing hostile input.

The order of defences matters: the size limit is checked before reading (a 100 MB file is
refused at once), bytes are checked for NUL and UTF-16/32 markers before decoding, the decoded
text is checked for nesting that would crash libyaml's recursive parser, and only then is YAML
parsed — by :mod:`plandiff.fastyaml` when the file is in the plain subset, otherwise by PyYAML's
safe composer (C version when available). Either way the result is a positioned tree, so every
problem can be reported as ``path:line:col``. Aliases are refused (an alias bomb expands
exponentially; plan files have no use for them), and so are tags that would construct objects.
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from plandiff import yamltree
from plandiff.errors import PlandiffError, PlanFileError, Problem
from plandiff.model import Clause, Plan

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
IMPORTABLE_SUFFIXES = (".md", ".markdown", ".txt", ".text")


def max_bytes() -> int:
    """The size limit for one input file: ``PLANDIFF_MAX_BYTES`` or 64 MiB."""
    raw = os.environ.get("PLANDIFF_MAX_BYTES")
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            raise PlandiffError(f"PLANDIFF_MAX_BYTES must be a whole number of bytes, not {raw!r}")
    return DEFAULT_MAX_BYTES


def read_text(path: str, *, limit: int | None = None) -> str:
    """The file's text as UTF-8 (``-`` reads stdin), or a clear :class:`PlandiffError`."""
    limit = max_bytes() if limit is None else limit
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        shown = "<stdin>"
        if not data:
            raise PlandiffError("<stdin>: no input (stdin was empty)")
    else:
        shown = path
        p = Path(path)
        try:
            if p.is_dir():
                raise PlandiffError(f"{path}: is a directory, not a plan file")
            size = p.stat().st_size
        except FileNotFoundError:
            raise PlandiffError(f"{path}: no such file") from None
        except OSError as exc:
            raise PlandiffError(f"{path}: cannot read ({exc.strerror})") from None
        if size > limit:
            raise PlandiffError(
                f"{path}: file is {size:,} bytes, over the {limit:,}-byte limit "
                "(set PLANDIFF_MAX_BYTES to raise it)"
            )
        try:
            with p.open("rb") as fh:
                data = fh.read(limit + 1)
        except PermissionError:
            raise PlandiffError(f"{path}: permission denied") from None
        except OSError as exc:
            raise PlandiffError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise PlandiffError(f"{shown}: input is over the {limit:,}-byte limit")
    return decode(data, shown)


def decode(data: bytes, shown: str) -> str:
    """Strict UTF-8 (a UTF-8 byte-order mark is allowed); anything else is named, not guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlandiffError(f"{shown}: file is UTF-16 (byte-order mark found); save it as UTF-8")
    if b"\x00" in data[:8192] or b"\x00" in data:
        raise PlandiffError(f"{shown}: looks like a binary file (contains NUL bytes), not YAML text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PlanFileError(
            [Problem(shown, line, col, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8")]
        ) from None
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, path: str) -> yamltree.Node:
    """The document as a positioned tree; syntax errors become a :class:`PlanFileError`."""
    from plandiff import fastyaml

    if not text.strip():
        raise PlanFileError([Problem(path, None, None, "file is empty; a plan needs at least 'id', 'title' and 'clauses'")])
    tree = fastyaml.read(text)
    if tree is not None:
        _check_depth(tree, path)
        return tree
    _check_flow_depth(text, path)
    return _parse_with_pyyaml(text, path)


def _check_flow_depth(text: str, path: str) -> None:
    """libyaml recurses per nesting level in C and crashes the interpreter on very deep input;
    refuse it before parsing. Counting brackets ignores quoting, so this may over-count, but
    only on input with more than MAX_DEPTH brackets open at once."""
    depth = 0
    for m in re.finditer(r"[\[\]{}\n]", text):
        c = m.group()
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, m.start()) + 1
                raise PlanFileError([Problem(path, line, None, f"nesting is deeper than {MAX_DEPTH} levels")])
        elif c in "]}":
            depth = max(0, depth - 1)
    for n, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip(" -")
        if len(line) - len(stripped) > 4 * MAX_DEPTH:
            raise PlanFileError([Problem(path, n, None, f"nesting is deeper than {MAX_DEPTH} levels")])


def _check_depth(node: yamltree.Node, path: str, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise PlanFileError([Problem(path, node.line, node.column, f"nesting is deeper than {MAX_DEPTH} levels")])
    if isinstance(node, yamltree.Map):
        for _, _, _, v in node.items:
            if not isinstance(v, yamltree.Scalar):
                _check_depth(v, path, depth + 1)
    elif isinstance(node, yamltree.Seq):
        for v in node.items:
            if not isinstance(v, yamltree.Scalar):
                _check_depth(v, path, depth + 1)


def _parse_with_pyyaml(text: str, path: str) -> yamltree.Node:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        # A first pass over the events finds aliases where they are used (the composed tree
        # only knows where their anchor stood) and refuses them before anything is built.
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                raise PlanFileError([Problem(path, mark.line + 1, mark.column + 1,
                                             "YAML aliases (*name) are not allowed in plan files")])
        root = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "invalid YAML"
        if exc.context:
            message = f"{message} ({exc.context})"
        lines = text.splitlines()
        if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
            message += "; use spaces, not tabs, for indentation"
        raise PlanFileError(
            [Problem(path, mark.line + 1 if mark else None, mark.column + 1 if mark else None, message)]
        ) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        raise PlanFileError([Problem(path, line, col, f"character {char} is not allowed in YAML ({exc.reason})")]) from None
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "invalid YAML"
        raise PlanFileError([Problem(path, None, None, f"invalid YAML: {first}")]) from None
    except RecursionError:
        raise PlanFileError([Problem(path, None, None, "nesting is too deep")]) from None
    if root is None:
        raise PlanFileError([Problem(path, None, None, "file holds no YAML document")])
    problems: list[Problem] = []
    tree = _convert(root, path, problems, set(), 0)
    if problems:
        raise PlanFileError(problems)
    return tree


def _convert(node, path: str, problems: list[Problem], seen: set[int], depth: int) -> yamltree.Node:
    import yaml

    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if id(node) in seen:
        # One message is enough, and stopping here keeps an alias bomb from being walked.
        raise PlanFileError([Problem(path, line, col, "YAML aliases (*name) are not allowed in plan files")])
    if depth > MAX_DEPTH:
        problems.append(Problem(path, line, col, f"nesting is deeper than {MAX_DEPTH} levels"))
        return yamltree.Scalar("", yamltree.NULL, line, col)
    if isinstance(node, yaml.ScalarNode):
        seen.add(id(node))
        if node.tag not in yamltree.SCALAR_TAGS:
            problems.append(Problem(path, line, col, f"YAML tag {node.tag!r} is not allowed in plan files"))
        return yamltree.Scalar(node.value, node.tag, line, col)
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            problems.append(Problem(path, line, col, f"YAML tag {node.tag!r} is not allowed in plan files"))
        return yamltree.Seq([_convert(v, path, problems, seen, depth + 1) for v in node.value], line, col)
    if node.tag != "tag:yaml.org,2002:map":
        problems.append(Problem(path, line, col, f"YAML tag {node.tag!r} is not allowed in plan files"))
    items = []
    for k, v in node.value:
        kl, kc = k.start_mark.line + 1, k.start_mark.column + 1
        if not isinstance(k, yaml.ScalarNode):
            problems.append(Problem(path, kl, kc, "mapping keys must be plain words"))
            continue
        items.append((k.value, kl, kc, _convert(v, path, problems, seen, depth + 1)))
    return yamltree.Map(items, line, col)


def load_plan(path: str, *, topics: frozenset[str] | None = None, limit: int | None = None) -> Plan:
    """Read and validate one plan file (or ``-``); raises :class:`PlanFileError` with every problem.

    Text and Markdown files are imported on the fly (see :mod:`plandiff.importer`). The topic
    vocabulary, when not given, is the ``topics.yaml`` beside the file, if there is one.
    """
    if path != "-" and path.lower().endswith(IMPORTABLE_SUFFIXES):
        from plandiff.importer import import_text

        return import_text(read_text(path, limit=limit), path=path)
    text = read_text(path, limit=limit)
    shown = "<stdin>" if path == "-" else path
    cache_inputs = None
    if topics is None and path != "-" and _is_bundled(path):
        # A bundled plan comes from the disk cache when its text (and its directory's topic
        # vocabulary) is unchanged; see plandiff.filecache.
        from plandiff import filecache

        cache_inputs = (filecache.digest(text), _topics_digest(Path(path).parent))
        cached = _plan_from_data(filecache.load("plan", path, cache_inputs))
        if cached is not None:
            return cached
    tree = parse_yaml(text, shown)
    if topics is None and path != "-":
        topics = topic_vocabulary(Path(path).parent)
    from plandiff.validation import build_plan

    plan = build_plan(tree, shown, topics=topics)
    if cache_inputs is not None:
        filecache.store("plan", path, cache_inputs, _plan_to_data(plan))
    return plan


def _is_bundled(path: str) -> bool:
    from plandiff.catalog import is_bundled_dir

    return is_bundled_dir(Path(path).parent)


def _topics_digest(directory: Path) -> bytes | None:
    from plandiff import filecache

    try:
        with open(directory / "topics.yaml", "rb") as fh:
            return filecache.digest(fh.read())
    except OSError:
        return None


def _plan_to_data(plan: Plan) -> tuple:
    """The plan as nested tuples of strings and numbers (what the disk cache can hold)."""

    def clause(c: Clause) -> tuple:
        return (*c[:5], tuple(clause(k) for k in c.children), *c[6:])

    return (plan.id, plan.title, tuple(clause(c) for c in plan.clauses), plan.date, plan.origin,
            plan.status, plan.language, plan.based_on, plan.aliases, tuple(tuple(s) for s in plan.sources),
            plan.notes, plan.partial, tuple(tuple(r) for r in plan.removed), plan.path)


def _plan_from_data(data) -> Plan | None:
    """The inverse of :func:`_plan_to_data`; None for data of another shape."""
    from plandiff.model import Removal, Source

    def clause(t: tuple) -> Clause:
        return Clause(*t[:5], tuple(clause(k) for k in t[5]), *t[6:])

    if data is None:
        return None
    try:
        (plan_id, title, clauses, date, origin, status, language, based_on, aliases, sources,
         notes, partial, removed, path) = data
        return Plan(plan_id, title, tuple(clause(c) for c in clauses), date, origin, status, language,
                    based_on, aliases, tuple(Source(*s) for s in sources), notes, partial,
                    tuple(Removal(*r) for r in removed), path)
    except (TypeError, ValueError, IndexError):
        return None


def topic_vocabulary(directory: Path) -> frozenset[str] | None:
    """Tags defined in ``directory/topics.yaml`` (``topics:`` mapping tag → description).

    Every plan file in a directory shares the file, so it is read once per process (and again
    only if it changes): ``plandiff list`` loads a dozen plans from one directory."""
    candidate = directory / "topics.yaml"
    try:
        stat = candidate.stat()
    except OSError:
        return None
    if not candidate.is_file():
        return None
    return _topic_vocabulary(str(candidate), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _topic_vocabulary(path: str, _mtime_ns: int, _size: int) -> frozenset[str]:
    candidate = Path(path)
    tree = parse_yaml(read_text(str(candidate)), str(candidate))
    topics = tree.get("topics") if isinstance(tree, yamltree.Map) else None
    if not isinstance(topics, yamltree.Map):
        raise PlanFileError([Problem(str(candidate), tree.line, tree.column, "expected a mapping 'topics:' of tag: description")])
    return frozenset(k for k, _, _, _ in topics.items)


def load_pairs(path: str) -> tuple[list[tuple[str, str]], list[str], list[tuple[str, str]]]:
    """A pairs file: forced pairs (``pin``), old clauses to leave unpaired (``unpair``) and
    forbidden pairs (``forbid``)::

        pin:
          - {old: "6", new: "4"}
        unpair: ["3"]
        forbid:
          - {old: "7", new: "7"}
    """
    shown = "<stdin>" if path == "-" else path
    tree = parse_yaml(read_text(path), shown)
    problems: list[Problem] = []
    pins: list[tuple[str, str]] = []
    forbid: list[tuple[str, str]] = []
    unpair: list[str] = []
    if not isinstance(tree, yamltree.Map):
        raise PlanFileError([Problem(shown, tree.line, tree.column, "a pairs file is a mapping with pin, unpair, forbid")])
    for key, line, col, value in tree.items:
        if key not in ("pin", "unpair", "forbid"):
            problems.append(Problem(shown, line, col, f"unknown key {key!r}; use pin, unpair or forbid"))
            continue
        if not isinstance(value, yamltree.Seq):
            problems.append(Problem(shown, value.line, value.column, f"{key} must be a list"))
            continue
        for item in value.items:
            if key == "unpair":
                if isinstance(item, yamltree.Scalar) and item.value:
                    unpair.append(item.value)
                else:
                    problems.append(Problem(shown, item.line, item.column, "unpair entries are clause ids"))
                continue
            old = item.get("old") if isinstance(item, yamltree.Map) else None
            new = item.get("new") if isinstance(item, yamltree.Map) else None
            if not (isinstance(old, yamltree.Scalar) and isinstance(new, yamltree.Scalar) and old.value and new.value):
                problems.append(Problem(shown, item.line, item.column, f"{key} entries need 'old' and 'new' clause ids"))
                continue
            (pins if key == "pin" else forbid).append((old.value, new.value))
    if problems:
        raise PlanFileError(problems)
    return pins, unpair, forbid


def plan_from_data(data: dict, *, path: str = "<data>", topics: frozenset[str] | None = None) -> Plan:
    """A Plan from plain Python data in the plan format (for library users and benchmarks),
    validated by the same rules as a file."""
    from plandiff.validation import build_plan

    return build_plan(yamltree.from_python(data), path, topics=topics)
