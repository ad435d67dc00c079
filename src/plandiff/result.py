"""The comparison result: the contract between the core and every renderer.

A :class:`Diff` lists one :class:`Change` per aligned entry, in document order, and every clause
of both versions appears in exactly one change. Renderers read only this module's types; the
JSON document (:meth:`Diff.to_dict`) is the published, versioned form of it
(``plandiff schema compare``). Any breaking change to that form bumps ``SCHEMA``.
"""

from __future__ import annotations

from typing import NamedTuple
from enum import Enum

from plandiff.align import Match
from plandiff.classify import Evidence, WordOp
from plandiff.model import Clause, Plan

SCHEMA = "plandiff.compare/1"


class Status(str, Enum):
    """What happened to a clause; the values are the JSON strings."""

    unchanged = "unchanged"
    reworded = "reworded"
    modified = "modified"
    softened = "softened"
    hardened = "hardened"
    added = "added"
    dropped = "dropped"
    unreported = "unreported"


STATUSES = tuple(s.value for s in Status)
MIRROR = {"softened": "hardened", "hardened": "softened", "added": "dropped", "dropped": "added",
          "split": "merge", "merge": "split"}


class Change(NamedTuple):
    status: str
    relation: str  # one-to-one | split | merge | none
    moved: bool
    old: tuple[Clause, ...]
    new: tuple[Clause, ...]
    similarity: float
    evidence: tuple[Evidence, ...] = ()
    words: tuple[WordOp, ...] = ()
    match: Match | None = None

    @property
    def old_text(self) -> str:
        return "\n".join(c.text for c in self.old)

    @property
    def new_text(self) -> str:
        return "\n".join(c.text for c in self.new)

    @property
    def old_ids(self) -> list[str]:
        return [c.id for c in self.old]

    @property
    def new_ids(self) -> list[str]:
        return [c.id for c in self.new]

    @property
    def topics(self) -> list[str]:
        seen: list[str] = []
        for c in (*self.old, *self.new):
            for t in c.topics:
                if t not in seen:
                    seen.append(t)
        return seen

    @property
    def renumbered(self) -> bool:
        return self.relation == "one-to-one" and self.old[0].id != self.new[0].id

    def to_dict(self, *, explain: bool = True) -> dict:
        # Called once per clause pair of a comparison (tens of thousands at scale): the common
        # one-clause sides are read directly rather than through the joining properties.
        old, new = self.old, self.new
        if len(old) == 1 and len(new) == 1:
            o, n = old[0], new[0]
            old_ids, new_ids, old_text, new_text = [o.id], [n.id], o.text, n.text
            topics = list(dict.fromkeys(o.topics)) if o.topics == n.topics else self.topics
        else:
            old_ids, new_ids, topics = self.old_ids, self.new_ids, self.topics
            old_text = self.old_text if old else None
            new_text = self.new_text if new else None
        out = {
            "status": self.status,
            "relation": self.relation,
            "moved": self.moved,
            "renumbered": self.relation == "one-to-one" and old_ids[0] != new_ids[0],
            "old": old_ids,
            "new": new_ids,
            "old_text": old_text,
            "new_text": new_text,
            "similarity": round(self.similarity, 4),
            "topics": topics,
            "evidence": [e.to_dict() for e in self.evidence] if self.evidence else [],
            "words": [w.to_dict() for w in self.words] if self.words else [],
        }
        if explain:
            out["match"] = match_to_dict(self.match)
        return out


def match_to_dict(match: Match | None) -> dict | None:
    if match is None:
        return None
    runner = match.runner_up
    return {
        "matched_by": match.matched_by,
        "score": match.score,
        "parts": dict(match.parts),
        "runner_up": None if runner is None else {"old": list(runner.old), "new": list(runner.new), "score": runner.score},
    }


class Diff(NamedTuple):
    old: Plan
    new: Plan
    changes: tuple[Change, ...]
    options: dict = {}  # noqa: RUF012  (always given by compare(); never mutated)

    def summary(self) -> dict:
        counts = {s: 0 for s in STATUSES}
        for c in self.changes:
            counts[c.status] += 1
        counts["moved"] = sum(1 for c in self.changes if c.moved)
        counts["split"] = sum(1 for c in self.changes if c.relation == "split")
        counts["merged"] = sum(1 for c in self.changes if c.relation == "merge")
        counts["renumbered"] = sum(1 for c in self.changes if c.renumbered)
        counts["old_clauses"] = len(self.old.flat())
        counts["new_clauses"] = len(self.new.flat())
        return counts

    @property
    def has_differences(self) -> bool:
        return any(c.status != "unchanged" or c.moved or c.renumbered or c.relation in ("split", "merge")
                   for c in self.changes)

    def to_dict(self, *, explain: bool = True) -> dict:
        return {
            "schema": SCHEMA,
            "old": plan_header(self.old),
            "new": plan_header(self.new),
            "options": self.options,
            "summary": self.summary(),
            "changes": [c.to_dict(explain=explain) for c in self.changes],
        }


def plan_header(plan: Plan) -> dict:
    return {"id": plan.id, "title": plan.title, "date": plan.date, "path": plan.path, "partial": plan.partial}
