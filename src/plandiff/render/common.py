"""Small pieces every renderer shares: status markers, filters, the summary sentence."""

from __future__ import annotations

from typing import NamedTuple

# Control characters in a clause (from imported text) must never reach a terminal raw: an
# escape sequence could clear the screen or retitle the window. Each becomes one visible
# symbol, so character spans computed on the original text stay valid.
_CONTROL = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_CONTROL[0x7F] = 0x2421
_CONTROL.update({c: 0xFFFD for c in range(0x80, 0xA0) if c != 0x85})


def printable(text: str) -> str:
    return text.translate(_CONTROL)

from plandiff.result import STATUSES, Change, Diff

MARKERS = {
    "unchanged": "=", "reworded": "~", "modified": "!", "softened": "↓", "hardened": "↑",
    "added": "+", "dropped": "-", "unreported": "?",
}
DESCRIPTIONS = {
    "unchanged": "same text (ids may differ)",
    "reworded": "wording changed, commitment kept",
    "modified": "substance changed, no clear direction",
    "softened": "commitment weakened",
    "hardened": "commitment strengthened",
    "added": "new clause",
    "dropped": "clause removed",
    "unreported": "not covered by the partial version",
}


class Filters(NamedTuple):
    only: frozenset[str] = frozenset()
    topic: str | None = None
    hide_unchanged: bool = False

    def keep(self, change: Change) -> bool:
        if self.only and change.status not in self.only:
            return False
        if self.hide_unchanged and change.status == "unchanged" and not change.moved:
            return False
        if self.topic and self.topic not in change.topics:
            return False
        return True

    @property
    def active(self) -> bool:
        return bool(self.only or self.topic or self.hide_unchanged)


def summary_parts(diff: Diff) -> list[tuple[str, int]]:
    """(label, count) for the non-zero counts, statuses first, then flags."""
    s = diff.summary()
    parts = [(status, s[status]) for status in STATUSES if s[status]]
    parts += [(flag, s[flag]) for flag in ("moved", "split", "merged", "renumbered") if s[flag]]
    return parts


def summary_sentence(diff: Diff) -> str:
    s = diff.summary()
    counts = ", ".join(f"{n} {label}" for label, n in summary_parts(diff))
    text = f"{s['old_clauses']} → {s['new_clauses']} clauses: {counts}"
    partial = [p.id for p in (diff.old, diff.new) if p.partial]
    if partial:
        text += f" (partial version: {', '.join(partial)} is known only in part)"
    return text


def ids(clauses) -> str:
    return "+".join(c.id for c in clauses)


def flags_of(change: Change) -> list[str]:
    out = []
    if change.moved:
        out.append("moved")
    if change.relation == "split":
        out.append("split")
    if change.relation == "merge":
        out.append("merged")
    if change.renumbered:
        out.append("renumbered")
    return out


def explain_line(change: Change) -> str | None:
    m = change.match
    if m is None:
        return None
    parts = ", ".join(f"{k} {v:.2f}" for k, v in m.parts.items())
    text = f"matched by {m.matched_by}" if m.matched_by != "none" else "not paired"
    if m.matched_by != "none":
        text += f", score {m.score:.2f}"
    if parts:
        text += f" ({parts})"
    if m.runner_up is not None:
        r = m.runner_up
        label = "best candidate" if m.matched_by == "none" else "runner-up"
        text += f"; {label} {'+'.join(r.old)} ↔ {'+'.join(r.new)} at {r.score:.2f}"
    return text
