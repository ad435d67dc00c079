"""What a verdict is made of: evidence items, word operations, the verdict; and the
strength levels the rules refer to."""

from __future__ import annotations

import re
from typing import NamedTuple

_YEAR = re.compile(r"^(19|20)\d\d$")
BEST_EFFORTS = 4  # modal strength of "aims to", "will endeavour to", "pursue efforts to"
PERMISSION = 3  # modal strength at or below which a negation is a prohibition ("may not")
WEAK_KINDS = frozenset({"hedge", "condition", "strengthener", "scope"})
PRIMARY_KINDS = frozenset({"modal", "negation", "cap", "floor", "deadline", "party", "number", "reference"})


def spans_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Do two character spans (either may be missing) share a character?"""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


class Evidence(NamedTuple):
    """One checkable reason for a verdict."""

    kind: str  # modal | hedge | condition | strengthener | scope | negation | number | cap | floor | deadline | party | reference | source
    effect: str  # softened | hardened | modified | neutral
    old: str | None
    new: str | None
    message: str
    old_span: tuple[int, int] | None = None
    new_span: tuple[int, int] | None = None
    # Weak evidence (a qualifier, or a modal with no counterpart on the other side) gives a
    # direction only while most of the clause's wording survived; see classify_texts.
    weak: bool = False
    # A bound whose direction is read against the plain sense of its words, from the side of
    # the party it binds (a cap on what a duty pays raised is more owed: hardened; a window in
    # the condition that triggers a duty shortened catches fewer cases: softened). Such a
    # reading agreeing with a plain one is no agreement a reader would see; see classify_texts.
    reread: bool = False

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "effect": self.effect, "old": self.old, "new": self.new,
            "message": self.message,
            "old_span": list(self.old_span) if self.old_span else None,
            "new_span": list(self.new_span) if self.new_span else None,
        }


class WordOp(NamedTuple):
    """A word-level edit: ``op`` is equal, delete, insert or replace; spans index the texts."""

    op: str
    old_span: tuple[int, int] | None
    new_span: tuple[int, int] | None
    old_text: str
    new_text: str

    def to_dict(self) -> dict:
        return {"op": self.op, "old": self.old_text, "new": self.new_text,
                "old_span": list(self.old_span) if self.old_span else None,
                "new_span": list(self.new_span) if self.new_span else None}


class Verdict(NamedTuple):
    status: str
    evidence: tuple[Evidence, ...]
    words: tuple[WordOp, ...]
    similarity: float  # word-level similarity 0..1
