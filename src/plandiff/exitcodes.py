"""Exit codes like diff: 0 no differences, 1 differences, 2 trouble.

``--fail-on`` narrows "differences": with it, 1 means one of the named statuses (or flags:
moved, split, merged, renumbered) occurred, and 0 otherwise.
"""

from __future__ import annotations

from enum import IntEnum

from plandiff.errors import UsageError
from plandiff.result import STATUSES, Diff

FLAGS = ("moved", "split", "merged", "renumbered")


class ExitCode(IntEnum):
    SAME = 0
    DIFFERENT = 1
    TROUBLE = 2


def parse_statuses(value: str | None, *, option: str, flags: bool = False) -> frozenset[str]:
    """A comma-separated list of statuses (and flags when allowed), checked."""
    if not value:
        return frozenset()
    allowed = STATUSES + (FLAGS if flags else ())
    out = set()
    for item in value.split(","):
        item = item.strip().lower()
        if not item:
            continue
        if item not in allowed:
            from plandiff.errors import did_you_mean

            hint = did_you_mean(item, list(allowed), limit=1)
            more = f"; did you mean {hint[0]!r}?" if hint else ""
            raise UsageError(f"{option}: unknown status {item!r}{more} (choose from {', '.join(allowed)})")
        out.add(item)
    return frozenset(out)


def exit_code_for(diff: Diff, fail_on: frozenset[str] = frozenset()) -> ExitCode:
    if not fail_on:
        return ExitCode.DIFFERENT if diff.has_differences else ExitCode.SAME
    for change in diff.changes:
        if change.status in fail_on:
            return ExitCode.DIFFERENT
        if ("moved" in fail_on and change.moved) or ("renumbered" in fail_on and change.renumbered):
            return ExitCode.DIFFERENT
        if ("split" in fail_on and change.relation == "split") or ("merged" in fail_on and change.relation == "merge"):
            return ExitCode.DIFFERENT
    return ExitCode.SAME
