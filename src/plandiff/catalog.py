"""Find plans by name: ``28pt`` → a plan file, searching the places a user would expect.

Search order (first hit wins): ``--plans-dir`` directories in the order given, the
``PLANDIFF_PATH`` directories (os.pathsep-separated), ``./plans`` in the current directory,
then the plans bundled in the installed package. A name matches a plan's ``id``, one of its
``aliases`` or its file stem. An argument that names an existing file (or ends in ``.yaml``,
``.yml``, ``.md``, ``.txt``), or is ``-``, is taken as a path and never looked up.

Reading a whole plan to learn its id would make every command as slow as the largest file in
the search path, so only the header (everything before ``clauses:``) is parsed here.
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple
from functools import lru_cache
from pathlib import Path

from plandiff.errors import PlandiffError, UnknownPlanError, did_you_mean

PLAN_SUFFIXES = (".yaml", ".yml")
PATH_SUFFIXES = PLAN_SUFFIXES + (".md", ".markdown", ".txt", ".text")
_CLAUSES_LINE = re.compile(r"^clauses\s*:", re.MULTILINE)


class PlanEntry(NamedTuple):
    """A plan file found in a search directory, with the names it answers to."""

    id: str
    aliases: tuple[str, ...]
    path: Path
    origin: str  # which search place it came from: "--plans-dir", "PLANDIFF_PATH", "./plans", "bundled"
    title: str = ""
    date: str = ""

    def names(self) -> tuple[str, ...]:
        return (self.id, *self.aliases, self.path.stem)


def bundled_plans_dir() -> Path:
    """The plans shipped inside the package (``plandiff/plans`` in the wheel); in a source
    checkout without an install, the repository's top-level ``plans/``."""
    from plandiff.resources import PACKAGE_DIR

    packaged = PACKAGE_DIR / "plans"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "plans"


def search_dirs(plans_dirs: list[str] | None = None) -> list[tuple[str, Path]]:
    """(label, directory) in search order; directories that do not exist are skipped."""
    places: list[tuple[str, Path]] = []
    for d in plans_dirs or []:
        if not Path(d).is_dir():
            raise PlandiffError(f"--plans-dir {d}: not a directory")
        places.append(("--plans-dir", Path(d)))
    for d in os.environ.get("PLANDIFF_PATH", "").split(os.pathsep):
        if d and Path(d).is_dir():
            places.append(("PLANDIFF_PATH", Path(d)))
    local = Path.cwd() / "plans"
    if local.is_dir():
        places.append(("./plans", local))
    bundled = bundled_plans_dir()
    if bundled.is_dir():
        places.append(("bundled", bundled))
    seen: set[Path] = set()
    unique = []
    for label, d in places:
        key = d.resolve()
        if key not in seen:
            seen.add(key)
            unique.append((label, d))
    return unique


def read_header(path: Path) -> dict:
    """The plan's metadata (the part of the file before ``clauses:``), or {} if unreadable."""
    return _parse_header(_read_head(path))


def _read_head(path: Path) -> str | None:
    """The file's first 64 KiB of text, or None if unreadable."""
    try:
        with path.open("r", encoding="utf-8") as fh:
            return fh.read(65536)
    except (OSError, UnicodeDecodeError):
        return None


def _parse_header(head: str | None) -> dict:
    from plandiff.yamltree import is_yaml_error, load_data

    if head is None:
        return {}
    m = _CLAUSES_LINE.search(head)
    if m:
        head = head[: m.start()]
    head = _catalogue_keys(head)
    try:
        data = load_data(head)
    except Exception as exc:  # noqa: BLE001  (narrowed below without importing PyYAML up front)
        if is_yaml_error(exc):
            return {}
        raise
    return data if isinstance(data, dict) else {}


_CATALOGUE_KEYS = frozenset({"id", "aliases", "title", "date"})


def _catalogue_keys(head: str) -> str:
    """Only the top-level entries the catalogue shows (id, aliases, title, date).

    Resolving a name reads every header of a directory; sources and notes are most of each
    header's text and none of the catalogue's business, so they are cut before parsing. A
    top-level entry runs from its key at column 0 to the next such key, so each kept entry is
    still whole YAML."""
    from plandiff.fastyaml import KEY

    kept: list[str] = []
    keep = False
    for line in head.splitlines(keepends=True):
        m = KEY.match(line)
        if m:
            keep = m.group(1) in _CATALOGUE_KEYS
        if keep:
            kept.append(line)
    return "".join(kept)


def entries_in(label: str, directory: Path) -> list[PlanEntry]:
    """The plan files of one directory (topics.yaml and unreadable headers are skipped).

    Cached per process: a command that resolves two names reads each header once."""
    return list(_entries_in(label, str(directory)))


@lru_cache(maxsize=64)
def _entries_in(label: str, directory_name: str) -> tuple[PlanEntry, ...]:
    directory = Path(directory_name)
    with os.scandir(directory) as it:  # DirEntry.is_file needs no stat call, Path.is_file does
        paths = sorted(Path(entry.path) for entry in it
                       if os.path.splitext(entry.name)[1] in PLAN_SUFFIXES and entry.is_file())
    paths = [path for path in paths if path.stem != "topics"]
    heads = [_read_head(path) for path in paths]
    if is_bundled_dir(directory):
        # The bundled plans never change in an install: their parsed headers come from the
        # disk cache (see plandiff.filecache), keyed by the text of every header.
        from plandiff import filecache

        inputs = tuple((path.name, None if head is None else filecache.digest(head))
                       for path, head in zip(paths, heads))
        fields = filecache.load("catalogue", directory_name, inputs)
        if fields is None or len(fields) != len(paths):
            fields = [_entry_fields(path, head) for path, head in zip(paths, heads)]
            filecache.store("catalogue", directory_name, inputs, tuple(fields))
    else:
        fields = [_entry_fields(path, head) for path, head in zip(paths, heads)]
    return tuple(PlanEntry(plan_id, aliases, path, label, title, date)
                 for path, (plan_id, aliases, title, date) in zip(paths, fields))


def _entry_fields(path: Path, head: str | None) -> tuple[str, tuple[str, ...], str, str]:
    """(id, aliases, title, date) of a plan file, from its header."""
    header = _parse_header(head)
    plan_id = str(header.get("id") or path.stem)
    aliases = header.get("aliases") or []
    aliases = tuple(str(a) for a in aliases) if isinstance(aliases, list) else ()
    return plan_id, aliases, str(header.get("title") or ""), str(header.get("date") or "")


def is_bundled_dir(directory: Path) -> bool:
    """Whether ``directory`` is the bundled plans' directory (by any path that leads there)."""
    return _real(str(directory)) == _real(str(bundled_plans_dir()))


@lru_cache(maxsize=16)
def _real(directory: str) -> str:
    return os.path.realpath(directory)


def all_entries(plans_dirs: list[str] | None = None) -> list[PlanEntry]:
    """Every plan in every search place, in search order (a later place's plan with an id
    already seen is shadowed and left out, as PATH lookup does)."""
    seen: set[str] = set()
    out = []
    for label, d in search_dirs(plans_dirs):
        for entry in entries_in(label, d):
            if entry.id not in seen:
                seen.add(entry.id)
                out.append(entry)
    return out


def looks_like_path(arg: str) -> bool:
    return arg == "-" or arg.lower().endswith(PATH_SUFFIXES) or os.sep in arg or Path(arg).is_file()


def resolve_plan(name: str, plans_dirs: list[str] | None = None) -> str:
    """The path of the plan called ``name`` (or ``name`` itself when it is a path)."""
    if looks_like_path(name):
        return name
    places = search_dirs(plans_dirs)
    known: list[str] = []
    for label, d in places:
        entries = entries_in(label, d)
        by_id: dict[str, PlanEntry] = {}
        for e in entries:
            if e.id in by_id:
                raise PlandiffError(
                    f"two plans in {d} claim the id {e.id!r}: {by_id[e.id].path.name} and {e.path.name}"
                )
            by_id[e.id] = e
        for matcher in (lambda e: e.id == name, lambda e: name in e.aliases, lambda e: e.path.stem == name):
            hits = [e for e in entries if matcher(e)]
            if len(hits) > 1:
                raise PlandiffError(
                    f"{name!r} is ambiguous in {d}: " + ", ".join(h.path.name for h in hits)
                )
            if hits:
                return str(hits[0].path)
        for e in entries:
            known.extend(e.names())
    searched = [f"{d} ({label})" for label, d in places]
    raise UnknownPlanError(name, searched, did_you_mean(name, sorted(set(known))))


def describe_all(plans_dirs: list[str] | None = None) -> list[dict]:
    """One row per plan found (id, title, date, origin, clauses, aliases, where from, path).

    Each plan is loaded in full to count its clauses; a plan that fails to load is listed
    with its error rather than hidden, so a broken file in ./plans is noticed."""
    from plandiff.loading import load_plan

    rows = []
    for entry in all_entries(plans_dirs):
        row: dict = {"id": entry.id, "title": entry.title, "date": entry.date or None,
                     "origin": None, "clauses": None, "aliases": list(entry.aliases),
                     "partial": False, "found_in": entry.origin, "path": str(entry.path)}
        try:
            plan = load_plan(str(entry.path))
        except PlandiffError as exc:
            row["error"] = str(exc).splitlines()[0]
        else:
            row.update(title=plan.title, date=plan.date, origin=plan.origin,
                       clauses=len(plan.flat()), partial=plan.partial)
        rows.append(row)
    return rows
