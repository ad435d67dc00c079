"""GitHub Actions workflow commands: one annotation per softened, hardened or dropped clause,
pointing at the clause's line in the YAML file, so the change shows inline on a pull request.

GitHub shows only a limited number of annotations per step, so at most ``MAX_ANNOTATIONS``
are written, followed by a notice with the full counts.
"""

from __future__ import annotations

from plandiff.render.common import Filters, ids, summary_sentence
from plandiff.result import Change, Diff

MAX_ANNOTATIONS = 50
LEVEL = {"softened": "warning", "dropped": "warning", "hardened": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _location(diff: Diff, change: Change) -> tuple[str | None, int | None]:
    if change.status == "dropped" or not change.new:
        clause, plan = change.old[0], diff.old
    else:
        clause, plan = change.new[0], diff.new
    return plan.path if plan.path and plan.path != "<stdin>" else None, clause.line


def render_github(diff: Diff, *, filters: Filters = Filters()) -> str:
    lines = []
    candidates = [c for c in diff.changes if c.status in LEVEL and filters.keep(c)]
    for change in candidates[:MAX_ANNOTATIONS]:
        path, line = _location(diff, change)
        props = []
        if path:
            props.append(f"file={_escape_property(path)}")
            if line:
                props.append(f"line={line}")
        title = f"{change.status}: {ids(change.old) or '—'} → {ids(change.new) or '—'}"
        props.append(f"title={_escape_property(title)}")
        message = "; ".join(e.message for e in change.evidence) or (change.old_text or change.new_text)[:200]
        lines.append(f"::{LEVEL[change.status]} {','.join(props)}::{_escape_data(message)}")
    extra = len(candidates) - MAX_ANNOTATIONS
    note = summary_sentence(diff)
    if extra > 0:
        note += f" ({extra} more annotations not shown; see the JSON or Markdown report)"
    lines.append(f"::notice title=plandiff {_escape_property(diff.old.id)} → {_escape_property(diff.new.id)}::{_escape_data(note)}")
    return "\n".join(lines) + "\n"
