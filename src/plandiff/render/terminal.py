"""The terminal view: a header, a summary, then old | new side by side with word highlights.

Rich renderables only; the caller owns the Console (width, colour). Removed words are struck
through on the left and inserted words underlined on the right; without colour the same marks
are shown as ``[-removed-]`` and ``{+inserted+}`` (wdiff's convention), so the view reads the
same in a log file. Below 80 columns the two columns no longer fit readable text, so each
change is stacked: old above new.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.text import Text

from plandiff.render.common import DESCRIPTIONS, MARKERS, Filters, explain_line, flags_of, ids, printable, summary_parts
from plandiff.render.grid import Column, Grid
from plandiff.result import Change, Diff

STYLES = {
    "unchanged": "dim", "reworded": "cyan", "modified": "yellow", "softened": "bold red",
    "hardened": "bold green", "added": "green", "dropped": "red", "unreported": "magenta",
}
STACK_BELOW = 80


def render_terminal(diff: Diff, console: Console, *, filters: Filters = Filters(), explain: bool = False) -> None:
    plain = console.no_color or console.color_system is None
    console.print(_header(diff))
    console.print(_summary(diff))
    console.print()
    shown = [c for c in diff.changes if filters.keep(c)]
    if filters.active:
        console.print(Text(f"showing {len(shown)} of {len(diff.changes)} changes (filtered)", style="dim"))
    if console.width < STACK_BELOW:
        for change in shown:
            console.print(_stacked(change, plain, explain))
    else:
        console.print(_side_by_side(diff, shown, plain, explain, console.width))
    console.print(_legend(plain))


def _header(diff: Diff) -> Text:
    def side(plan) -> str:
        bits = [plan.id]
        if plan.date:
            bits.append(f"({plan.date})")
        if plan.partial:
            bits.append("[partial]")
        return " ".join(bits)

    text = Text()
    text.append(f"{side(diff.old)} → {side(diff.new)}", style="bold")
    text.append(f"\n{diff.old.title}  →  {diff.new.title}", style="dim")
    for plan in (diff.old, diff.new):
        if plan.partial:
            text.append(f"\n{plan.id} is known only in part: clauses it does not mention are "
                        "'unreported', not dropped.", style="magenta")
    return text


def _summary(diff: Diff) -> Text:
    s = diff.summary()
    text = Text(f"{s['old_clauses']} → {s['new_clauses']} clauses: ")
    for n, (label, count) in enumerate(summary_parts(diff)):
        if n:
            text.append(", ")
        text.append(f"{count} {label}", style=STYLES.get(label, "bold"))
    return text


def _status_cell(change: Change) -> Text:
    text = Text(f"{MARKERS[change.status]} {change.status}", style=STYLES[change.status])
    for flag in flags_of(change):
        text.append(f"\n{flag}", style="italic")
    return text


def highlighted(change: Change, side: str, plain: bool) -> Text:
    """The clause text with word-level marks for the removed (old) or inserted (new) words."""
    clauses = change.old if side == "old" else change.new
    if not clauses:
        return Text("")
    if not change.words or change.status == "unchanged":
        return Text(printable("\n".join(c.text for c in clauses)))
    source = printable(change.old_text if side == "old" else change.new_text)
    text = Text()
    pos = 0
    for op in change.words:
        span = op.old_span if side == "old" else op.new_span
        if span is None:
            continue
        start, end = span
        text.append(source[pos:start])
        segment = source[start:end]
        if op.op == "equal":
            text.append(segment)
        elif side == "old":
            text.append(f"[-{segment}-]" if plain else segment, style=None if plain else "red strike")
        else:
            text.append(f"{{+{segment}+}}" if plain else segment, style=None if plain else "green underline")
        pos = end
    text.append(source[pos:])
    return text


def _evidence(change: Change, explain: bool) -> Text | None:
    lines = []
    if change.status in ("softened", "hardened", "modified", "dropped", "added") or explain:
        lines = [e.message for e in change.evidence]
    if explain:
        line = explain_line(change)
        if line:
            lines.append(line)
    if not lines:
        return None
    return Text("\n".join(f"↳ {line}" for line in lines), style="italic dim")


def _side_by_side(diff: Diff, changes: list[Change], plain: bool, explain: bool, width: int) -> Grid:
    # Id columns as wide as the longest id (within reason): a folded id is hard to read. At 80
    # columns or more (below, changes are stacked) the fixed columns (12 + 24 + 24 at most, with
    # padding and borders 76) always leave the text columns room.
    old_w = min(24, max([2, *(len(ids(c.old)) for c in changes)]))
    new_w = min(24, max([2, *(len(ids(c.new)) for c in changes)]))
    grid = Grid([
        Column("", width=12, no_wrap=True, overflow="ellipsis"),
        Column("id", width=old_w, justify="right"),
        Column(f"{diff.old.id} (old)"),
        Column("id", width=new_w, justify="right"),
        Column(f"{diff.new.id} (new)"),
    ])
    for change in changes:
        new_cell: Text | list[Text] = highlighted(change, "new", plain)
        evidence = _evidence(change, explain)
        if evidence is not None:
            new_cell = [new_cell, evidence]
        grid.add_row(_status_cell(change), Text(ids(change.old)), highlighted(change, "old", plain),
                     Text(ids(change.new)), new_cell)
    return grid


def _stacked(change: Change, plain: bool, explain: bool) -> Group:
    head = Text(f"{MARKERS[change.status]} {change.status}", style=STYLES[change.status])
    flags = flags_of(change)
    if flags:
        head.append(" [" + ", ".join(flags) + "]", style="italic")
    head.append(f"  {ids(change.old) or '—'} → {ids(change.new) or '—'}", style="bold")
    parts = [head]
    if change.old:
        line = Text("- ", style="red")
        line.append_text(highlighted(change, "old", plain))
        parts.append(line)
    if change.new and change.status != "unchanged":
        line = Text("+ ", style="green")
        line.append_text(highlighted(change, "new", plain))
        parts.append(line)
    evidence = _evidence(change, explain)
    if evidence is not None:
        parts.append(evidence)
    parts.append(Text(""))
    return Group(*parts)


def _legend(plain: bool) -> Text:
    text = Text("legend: ", style="dim")
    for n, (status, marker) in enumerate(MARKERS.items()):
        if n:
            text.append("  ", style="dim")
        text.append(f"{marker} {status}", style=STYLES[status])
    text.append("\n" + ("[-removed-] {+inserted+}" if plain else "struck: removed words, underlined: inserted words"),
                style="dim")
    text.append(f"  ({'; '.join(f'{k}: {v}' for k, v in list(DESCRIPTIONS.items())[3:5])})", style="dim")
    return text
