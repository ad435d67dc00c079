"""A GitHub-flavoured Markdown report, for CI comments and job summaries.

GitHub caps a comment at 65,536 characters, so the report stops adding sections before
``MAX_CHARS`` and says how many changes it left out (the JSON output has them all).
"""

from __future__ import annotations

from plandiff.render.common import MARKERS, Filters, explain_line, flags_of, ids, printable, summary_parts
from plandiff.result import Change, Diff

MAX_CHARS = 65_000


def _escape(text: str) -> str:
    text = printable(text)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


def _inline(text: str) -> str:
    """Text safe inside Markdown emphasis: no stray markers, pipes or HTML."""
    text = _escape(text)  # first: it doubles backslashes, which would undo the escapes below
    for ch in "*_~`[]":
        text = text.replace(ch, "\\" + ch)
    return text


def word_diff_markdown(change: Change) -> str:
    """One paragraph: removed words as ~~strikethrough~~, inserted words in **bold**."""
    if not change.words:
        old = _inline(change.old_text)
        new = _inline(change.new_text)
        if change.old and change.new:
            return f"~~{old}~~ → **{new}**" if old != new else new
        return old or new
    out = []
    old_text, new_text = change.old_text, change.new_text
    pos_new = 0
    for op in change.words:
        if op.op == "equal":
            start, end = op.new_span
            out.append(_inline(new_text[pos_new:end]))
            pos_new = end
            continue
        if op.new_span:
            gap = new_text[pos_new:op.new_span[0]]
            out.append(_inline(gap))
        if op.old_span:
            if out and out[-1] and not out[-1][-1:].isspace():
                out.append(" ")
            out.append(f"~~{_inline(old_text[op.old_span[0]:op.old_span[1]])}~~")
        if op.new_span:
            if op.old_span:
                out.append(" ")
            out.append(f"**{_inline(new_text[op.new_span[0]:op.new_span[1]])}**")
            pos_new = op.new_span[1]
    out.append(_inline(new_text[pos_new:]))
    return "".join(out)


def render_markdown(diff: Diff, *, filters: Filters = Filters(), explain: bool = False) -> str:
    lines = [f"## plandiff: `{diff.old.id}` → `{diff.new.id}`", ""]
    lines.append(f"**{_escape(diff.old.title)}** ({diff.old.date or 'undated'}) → "
                 f"**{_escape(diff.new.title)}** ({diff.new.date or 'undated'})")
    for plan in (diff.old, diff.new):
        if plan.partial:
            lines += ["", f"> `{plan.id}` is known only in part: clauses it does not mention are "
                          "*unreported*, not dropped."]
    s = diff.summary()
    lines += ["", f"{s['old_clauses']} → {s['new_clauses']} clauses.", "", "| status | count |", "|---|---:|"]
    for label, count in summary_parts(diff):
        marker = MARKERS.get(label, "")
        lines.append(f"| {marker} {label} | {count} |")
    lines.append("")
    shown = [c for c in diff.changes if filters.keep(c)]
    changed = [c for c in shown if c.status != "unchanged" or c.moved]
    unchanged = [c for c in shown if not (c.status != "unchanged" or c.moved)]
    body: list[str] = []
    left_out = 0
    budget = MAX_CHARS - sum(len(x) + 1 for x in lines) - 2000
    for change in changed:
        section = _section(change, explain)
        if budget - len(section) < 0:
            left_out += 1
            continue
        budget -= len(section)
        body.append(section)
    lines += body
    if unchanged:
        details = ["<details><summary>" f"{len(unchanged)} unchanged clause{'s' if len(unchanged) != 1 else ''}"
                   "</summary>", ""]
        for change in unchanged:
            item = f"- `{ids(change.old)}`" + (f" → `{ids(change.new)}`" if ids(change.old) != ids(change.new) else "") + \
                f": {_inline(change.new_text)}"
            if budget - len(item) < 0:
                left_out += 1
                continue
            budget -= len(item)
            details.append(item)
        details += ["", "</details>", ""]
        lines += details
    if left_out:
        lines.append(f"> **Truncated:** {left_out} change{'s' if left_out != 1 else ''} left out to stay under "
                     f"GitHub's comment limit; run `plandiff compare {diff.old.id} {diff.new.id} --format json` "
                     "for all of them.")
        lines.append("")
    text = "\n".join(lines)
    return text if text.endswith("\n") else text + "\n"


def _section(change: Change, explain: bool) -> str:
    marker = MARKERS[change.status]
    flags = flags_of(change)
    title = f"### {marker} {change.status}: `{ids(change.old) or '—'}` → `{ids(change.new) or '—'}`"
    if flags:
        title += f" ({', '.join(flags)})"
    out = [title, "", word_diff_markdown(change), ""]
    for e in change.evidence:
        out.append(f"- {_inline(e.message)}")
    if explain:
        line = explain_line(change)
        if line:
            out.append(f"- *{_inline(line)}*")
    if change.evidence or explain:
        out.append("")
    return "\n".join(out) + "\n"
