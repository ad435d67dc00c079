"""The plan model: what a version of a negotiated text *is*, independent of any file format.

Frozen, slotted dataclasses: a Plan never changes after loading, so alignment and rendering
can share it freely. A clause keeps its id exactly as the document numbers it ("10a", "II.3"),
plus the full id that joins its parents' ids, because that is what users type and what the
gold alignments use.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple


class Source(NamedTuple):
    """Where a version's text comes from."""

    url: str | None = None
    title: str | None = None
    note: str | None = None


class Removal(NamedTuple):
    """A clause of the base version that sources say was taken out (partial plans only)."""

    id: str
    source: str | None = None
    note: str | None = None


class Clause(NamedTuple):
    """One numbered point; ``id`` is the full id (parents joined), ``local_id`` as written."""

    id: str
    text: str
    local_id: str = ""
    topics: tuple[str, ...] = ()
    note: str | None = None
    children: tuple[Clause, ...] = ()
    parent: str | None = None
    depth: int = 0
    line: int | None = None
    # One of several alternative texts offered for the same point ("Option 1:", "Option 2:"
    # of a negotiating draft): the next version keeps one, blends them or drops them all.
    option: bool = False

    def walk(self) -> Iterator[Clause]:
        """This clause, then its sub-clauses depth-first, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Plan:
    """One version of a plan: metadata and its clauses (a tree, in document order)."""

    id: str
    title: str
    clauses: tuple[Clause, ...] = ()
    date: str | None = None
    origin: str | None = None
    status: str | None = None
    language: str = "en"
    based_on: str | None = None
    aliases: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    notes: str | None = None
    partial: bool = False
    removed: tuple[Removal, ...] = ()
    path: str | None = None
    _flat: list[Clause] = field(default_factory=list, compare=False, repr=False)

    def iter_clauses(self) -> Iterator[Clause]:
        """Every clause, parents before their sub-clauses, in document order."""
        for clause in self.clauses:
            yield from clause.walk()

    def flat(self) -> list[Clause]:
        """All clauses as one list in document order (computed once, then shared)."""
        if not self._flat:
            self._flat.extend(self.iter_clauses())
        return self._flat

    def clause(self, clause_id: str) -> Clause | None:
        """The clause with this full id, or None."""
        for c in self.flat():
            if c.id == clause_id:
                return c
        return None


def full_clause_id(parent_id: str | None, own_id: str) -> str:
    """Join a sub-clause's id to its parent's, unless it already carries it.

    >>> full_clause_id("10", "a")
    '10.a'
    >>> full_clause_id("10", "10a")
    '10a'
    >>> full_clause_id(None, "3")
    '3'
    """
    if not parent_id or own_id.startswith(parent_id):
        return own_id
    return f"{parent_id}.{own_id}"


def clause_to_dict(clause: Clause, *, for_yaml: bool = False) -> dict:
    """A clause as plain data, in the plan file's own layout (local ids, nested clauses)."""
    out: dict = {"id": clause.local_id or clause.id} if for_yaml else {"id": clause.id}
    out["text"] = clause.text
    if clause.topics:
        out["topics"] = list(clause.topics)
    if clause.note:
        out["note"] = clause.note
    if clause.option:
        out["option"] = True
    if clause.children:
        out["clauses"] = [clause_to_dict(c, for_yaml=for_yaml) for c in clause.children]
    return out


def plan_to_dict(plan: Plan, *, for_yaml: bool = False) -> dict:
    """The plan as plain data with the plan format's keys (valid input for ``plandiff validate``
    when ``for_yaml`` is set: local clause ids, empty fields left out)."""
    out: dict = {"id": plan.id, "title": plan.title}
    for key in ("date", "origin", "status", "language", "based_on", "notes"):
        value = getattr(plan, key)
        if value is not None and not (for_yaml and key == "language" and value == "en"):
            out[key] = value
    if plan.aliases:
        out["aliases"] = list(plan.aliases)
    if plan.partial:
        out["partial"] = True
    if plan.removed:
        out["removed"] = [{k: v for k, v in (("id", r.id), ("source", r.source), ("note", r.note)) if v}
                          for r in plan.removed]
    if plan.sources:
        out["sources"] = [{k: v for k, v in (("url", s.url), ("title", s.title), ("note", s.note)) if v}
                          for s in plan.sources]
    if not for_yaml and plan.path:
        out["path"] = plan.path
    out["clauses"] = [clause_to_dict(c, for_yaml=for_yaml) for c in plan.clauses]
    return out
