"""Terminal views of many versions: the lineage matrix (``timeline``), one lineage in full
(``trace``), the topic × version matrix (``topics``) and whose text won (``drift``).

Rich renderables only; the caller owns the Console. Cells carry the status markers of
:mod:`plandiff.render.common`, so the views read the same without colour.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from plandiff.lineage import Hit, Step, Timeline, shorten
from plandiff.render.common import MARKERS
from plandiff.render.terminal import STYLES, highlighted

_STYLES = {**STYLES, "present": ""}


def _plain(console: Console) -> bool:
    return console.no_color or console.color_system is None


def _version_header(plan) -> Text:
    text = Text(plan.id, style="bold")
    if plan.date:
        text.append(f"\n{plan.date}", style="dim")
    if plan.partial:
        text.append("\npartial", style="magenta")
    return text


def _cell(step: Step) -> Text:
    if step.status is None:
        return Text("")
    if not step.clauses:
        return Text(f"{MARKERS[step.status]} {step.status}", style=_STYLES[step.status])
    ids = "+".join(step.ids) if len(step.ids) <= 2 else f"{step.ids[0]} (+{len(step.ids) - 1})"
    if step.status == "present":
        return Text(ids)
    return Text(f"{MARKERS[step.status]} {ids}", style=_STYLES[step.status])


def _partial_notes(timeline: Timeline) -> Text | None:
    partial = [p.id for p in timeline.plans if p.partial]
    if not partial:
        return None
    return Text(f"{', '.join(partial)} known only in part: a clause it does not mention is 'unreported' "
                "and its lineage continues, compared with the last version that had its text.",
                style="magenta")


def _legend(statuses) -> Text:
    text = Text("legend: ", style="dim")
    shown = [s for s in MARKERS if s in statuses]
    for n, status in enumerate(shown):
        if n:
            text.append("  ", style="dim")
        text.append(f"{MARKERS[status]} {status}", style=_STYLES[status])
    text.append("  (relative to the previous version with the clause; plain id: present in the first)",
                style="dim")
    return text


def render_timeline(timeline: Timeline, console: Console) -> None:
    n = len(timeline.lineages)
    arrow = " → ".join(timeline.versions)
    head = Text(f"{arrow}: {n} lineage{'s' if n != 1 else ''}", style="bold")
    if timeline.topic:
        head.append(f" touching {timeline.topic}", style="bold")
    everywhere = sum(1 for ln in timeline.lineages if all(s.clauses for s in ln.steps))
    head.append(f"\n{everywhere} present in every version", style="dim")
    console.print(head)
    note = _partial_notes(timeline)
    if note is not None:
        console.print(note)
    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("commitment (latest wording)", min_width=16, max_width=52)
    rows = [[_cell(s) for s in lineage.steps] for lineage in timeline.lineages]
    for n, plan in enumerate(timeline.plans):
        header = _version_header(plan)
        width = max([len(line) for line in header.plain.splitlines()] + [row[n].cell_len for row in rows])
        table.add_column(header, no_wrap=True, min_width=width)  # the label column gives way first
    used = set()
    for lineage, row in zip(timeline.lineages, rows):
        used.update(s.status for s in lineage.steps)
        table.add_row(Text(lineage.label, no_wrap=True, overflow="ellipsis"), *row)
    console.print(table)
    console.print(_legend(used))


def _step_head(step: Step, plan) -> Text:
    text = Text(f"{step.version}", style="bold")
    if plan.date:
        text.append(f" ({plan.date})", style="dim")
    text.append(f"  {'+'.join(step.ids) or '—'}  ", style="bold")
    if step.status is None:
        text.append("not in this version", style="dim")
    elif step.status == "present":
        text.append("present")
    else:
        text.append(f"{MARKERS[step.status]} {step.status}", style=_STYLES[step.status])
        if step.compared_with:
            text.append(f" (vs {step.compared_with})", style="dim")
    return text


def render_trace(timeline: Timeline, hits: list[Hit], console: Console, query: str) -> None:
    plain = _plain(console)
    top = hits[0]
    head = Text(f"trace {query!r}: ", style="bold")
    head.append(f"{top.version} {top.clause}", style="bold")
    head.append(f" (score {top.score:.0f})", style="dim")
    head.append(f"\n{top.lineage.label}", style="italic")
    console.print(head)
    console.print()
    plans = {p.id: p for p in timeline.plans}
    for step in top.lineage.steps:
        console.print(_step_head(step, plans[step.version]))
        if step.status == "present":
            console.print(Text(step.text or ""))
        for change in step.changes:
            if step.status in ("present", "unreported") and not change.new:
                continue
            if change.old and (change.status != "unchanged" or not change.new):
                line = Text("- ", style="red")
                line.append_text(highlighted(change, "old", plain))
                console.print(line)
            if change.new:
                line = Text("+ " if change.status != "unchanged" else "= ", style="green")
                line.append_text(highlighted(change, "new", plain))
                console.print(line)
        if step.evidence:
            console.print(Text("\n".join(f"↳ {e.message}" for e in step.evidence), style="italic dim"))
        console.print()
    if len(hits) > 1:
        others = Text("also matching: ", style="dim")
        others.append("; ".join(f"{h.version} {h.clause} ({h.score:.0f}) {shorten(h.lineage.label, 40)}"
                                for h in hits[1:]), style="dim")
        console.print(others)
    if not plain:
        console.print(Text("struck: removed words, underlined: inserted words", style="dim"))
    else:
        console.print(Text("[-removed-] {+inserted+}", style="dim"))


_TOPIC_PARTS = ("added", "dropped", "softened", "hardened", "unreported")


def render_topics(doc: dict, console: Console) -> None:
    console.print(Text(f"{' → '.join(doc['versions'])}: clauses per topic, and lineages "
                       "added, dropped, softened or hardened there", style="bold"))
    table = Table(show_header=True, header_style="bold", pad_edge=False, show_lines=False)
    table.add_column("topic", no_wrap=True)
    for version in doc["versions"]:
        table.add_column(version, no_wrap=True, justify="left")
    for row in doc["topics"]:
        cells = []
        for cell in row["cells"]:
            text = Text(str(cell["clauses"]), style="bold" if cell["clauses"] else "dim")
            for part in _TOPIC_PARTS:
                if cell[part]:
                    text.append(f" {MARKERS[part]}{cell[part]}", style=STYLES[part])
            cells.append(text)
        table.add_row(row["topic"], *cells)
    console.print(table)
    legend = Text("legend: number = clauses;", style="dim")
    for part in _TOPIC_PARTS:
        legend.append(f"  {MARKERS[part]}n {part}", style=STYLES[part])
    console.print(legend)


def render_drift(doc: dict, console: Console) -> None:
    sources = doc["from"]
    console.print(Text(f"whose text won in {doc['new']}: closest of {', '.join(sources)} "
                       f"(wording similarity, {doc['method']})", style="bold"))
    table = Table(show_header=True, header_style="bold", pad_edge=False)
    table.add_column(doc["new"], no_wrap=True, justify="right")
    table.add_column("text", overflow="fold", ratio=1, min_width=20)
    for source in sources:
        table.add_column(source, no_wrap=True, justify="right")
    table.add_column("closest", no_wrap=True)
    for row in doc["clauses"]:
        cells = []
        for source in sources:
            score = row["scores"][source]
            win = row["closest"] == source or source in row["tied"]
            label = f"{score['score'] * 100:.0f}%"
            if score["clause"]:
                label += f" {score['clause']}"
            cells.append(Text(label, style="bold" if win else "dim"))
        closest = row["closest"] or ("tie" if row["tied"] else "none (new)")
        table.add_row(row["clause"], shorten(row["text"], 60), *cells,
                      Text(closest, style="bold" if row["closest"] else "dim"))
    console.print(table)
    tally = Table(show_header=True, header_style="bold", pad_edge=False, title="tally", title_justify="left")
    tally.add_column("topic", no_wrap=True)
    buckets = [*sources, "tie", "none"]
    for bucket in buckets:
        tally.add_column(bucket, justify="right", no_wrap=True)
    tally.add_row(Text("overall", style="bold"), *(Text(str(doc["tally"]["overall"][b]), style="bold") for b in buckets))
    for topic, counts in doc["tally"]["topics"].items():
        tally.add_row(topic, *(str(counts[b]) if counts[b] else Text("·", style="dim") for b in buckets))
    console.print(tally)
    console.print(Text(f"tie: within {doc['tie'] * 100:.0f} points of each other; "
                       f"none: under {doc['min_similarity'] * 100:.0f}% against every source", style="dim"))

