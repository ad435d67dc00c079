"""Terminal views of plans themselves (``plandiff list`` and ``plandiff show``)."""

from __future__ import annotations

from plandiff.model import Clause, Plan


def render_plan_list(rows: list[dict], console) -> None:
    from rich.table import Table

    table = Table(title="Plans found", title_justify="left", expand=False)
    for col in ("id", "title", "date", "origin", "clauses", "from"):
        table.add_column(col, overflow="fold", no_wrap=col in ("id", "date", "clauses"))
    for row in rows:
        title = row["title"] or ""
        if row.get("aliases"):
            title += f" (alias: {', '.join(row['aliases'])})"
        if row.get("partial"):
            title += " [partial]"
        clauses = str(row["clauses"]) if row["clauses"] is not None else "error: " + row.get("error", "")
        table.add_row(row["id"], title, row["date"] or "", row["origin"] or "", clauses, row["found_in"])
    console.print(table)
    if not rows:
        console.print("No plans found. Put plan files in ./plans or pass --plans-dir DIR.")


def render_plan(plan: Plan, console) -> None:
    from rich.text import Text

    head = Text(f"{plan.id}: {plan.title}", style="bold")
    meta = [x for x in (plan.date, plan.origin, plan.status) if x]
    if meta:
        head.append("  (" + ", ".join(meta) + ")", style="dim")
    console.print(head)
    if plan.partial:
        console.print(Text("partial: only the clauses reported by sources are listed", style="yellow"))
    for clause in plan.iter_clauses():
        console.print(_clause_line(clause))
    for removal in plan.removed:
        console.print(Text(f"removed from {plan.based_on or 'the base version'}: {removal.id}"
                           + (f" — {removal.note}" if removal.note else ""), style="red"))


def _clause_line(clause: Clause):
    from rich.text import Text

    indent = "  " * clause.depth
    line = Text(f"{indent}{clause.id}. ", style="bold cyan")
    line.append(clause.text)
    if clause.topics:
        line.append("  [" + ", ".join(clause.topics) + "]", style="dim")
    return line
