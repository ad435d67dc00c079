"""The many-version commands: ``timeline``, ``trace``, ``topics`` and ``drift``.

:func:`register` adds them to the ``plandiff`` app (it is idempotent, and works whether it is
called from the middle of ``cli.py`` or after it). Like :mod:`plandiff.cli`, only typer and the
standard library are imported at the top; the core (:mod:`plandiff.lineage`) and Rich are
imported inside the command bodies (``--format json`` never imports Rich). Every command exits 0 on success and 2 on a
:class:`~plandiff.errors.PlandiffError` (through ``cli._guard``).
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Optional

import typer

import plandiff.cli as cli  # safe even when cli.py imports this module half-way through


def _console(**kwargs):
    return cli._console(**kwargs)  # looked up at call time


class LineageFormat(str, Enum):
    rich = "rich"
    json = "json"


FormatOpt = Annotated[Optional[LineageFormat], typer.Option(
    "--format", "-f", help="rich (terminal view; the default) or json.")]
ByDate = Annotated[bool, typer.Option("--by-date", help="Order the versions by their date, not as given.")]
Threshold = Annotated[Optional[float], typer.Option(
    "--threshold", min=0.0, max=1.0, help="Minimum similarity (0-1) to pair two clauses.")]
Lexicon = Annotated[Optional[str], typer.Option(
    "--lexicon", metavar="FILE", help="Extend or override the commitment lexicon.")]
AlignConfig = Annotated[Optional[str], typer.Option(
    "--align-config", metavar="FILE", help="Alignment weights and thresholds (see data/align.yaml).")]
Width = Annotated[Optional[int], typer.Option("--width", min=20, help="Terminal width for the rich view.")]
Color = Annotated[Optional[bool], typer.Option(
    "--color/--no-color", help="Force colour on or off (default: auto, honours NO_COLOR and FORCE_COLOR).")]
Versions = Annotated[list[str], typer.Argument(
    help="Versions in order: plan names, aliases or paths (at least two).", show_default=False)]


def _load(names: list[str], plans_dir, by_date: bool = False):
    from plandiff.catalog import resolve_plan
    from plandiff.errors import UsageError
    from plandiff.lineage import order_by_date
    from plandiff.loading import load_plan

    if names.count("-") > 1:
        raise UsageError("only one version can be read from stdin (-)")
    plans = [load_plan(resolve_plan(name, plans_dir)) for name in names]
    return order_by_date(plans) if by_date else plans


def _timeline(names, plans_dir, by_date, threshold, lexicon, align_config):
    from plandiff.align import AlignOptions, load_params
    from plandiff.compare import CompareOptions
    from plandiff.errors import UsageError
    from plandiff.lineage import build_timeline

    if len(names) < 2:
        raise UsageError("give at least two versions, e.g. plandiff timeline 28pt eu 20pt")
    plans = _load(names, plans_dir, by_date)
    params = load_params(align_config) if align_config else None
    options = CompareOptions(AlignOptions(threshold=threshold, params=params), lexicon=lexicon)
    return build_timeline(plans, options=options)


def _json(doc) -> None:
    from plandiff.render.json import dump_json

    dump_json(doc, sys.stdout)


def timeline_cmd(
    versions: Versions,
    topic: Annotated[Optional[str], typer.Option("--topic", metavar="TAG", help="Only lineages touching TAG.")] = None,
    by_date: ByDate = False,
    format: FormatOpt = None,
    threshold: Threshold = None,
    lexicon: Lexicon = None,
    align_config: AlignConfig = None,
    width: Width = None,
    color: Color = None,
    plans_dir: cli.PlansDir = None,
) -> None:
    """Trace every commitment through several versions: one row per lineage, one column per version.

    Each cell is the clause id with its status against the previous version (↓ softened,
    - dropped, + added, …); a split or merge shows several ids. JSON: plandiff schema timeline.
    """
    timeline = _timeline(versions, plans_dir, by_date, threshold, lexicon, align_config).with_topic(topic)
    if format is LineageFormat.json:
        _json(timeline.to_dict())
        return
    from plandiff.render.timeline import render_timeline

    render_timeline(timeline, _console(width=width, color=color))


def trace_cmd(
    query: Annotated[str, typer.Argument(help="Free text (fuzzy-matched against every clause) or ID@VERSION, e.g. 6@28pt.")],
    versions: Versions,
    by_date: ByDate = False,
    format: FormatOpt = None,
    threshold: Threshold = None,
    lexicon: Lexicon = None,
    align_config: AlignConfig = None,
    width: Width = None,
    color: Color = None,
    plans_dir: cli.PlansDir = None,
) -> None:
    """Show one commitment through the versions: each version's text with its word diff and evidence."""
    from plandiff.errors import PlandiffError
    from plandiff.lineage import find_lineages, trace_doc

    timeline = _timeline(versions, plans_dir, by_date, threshold, lexicon, align_config)
    hits = find_lineages(timeline, query)
    if not hits:
        raise PlandiffError(f"no clause matches {query!r} in {', '.join(timeline.versions)}")
    if format is LineageFormat.json:
        _json(trace_doc(timeline, query, hits))
        return
    from plandiff.render.timeline import render_trace

    render_trace(timeline, hits, _console(width=width, color=color), query)


def topics_cmd(
    versions: Versions,
    by_date: ByDate = False,
    format: FormatOpt = None,
    threshold: Threshold = None,
    lexicon: Lexicon = None,
    align_config: AlignConfig = None,
    width: Width = None,
    color: Color = None,
    plans_dir: cli.PlansDir = None,
) -> None:
    """Topic × version matrix: clauses per topic, and how many were added, dropped, softened or hardened."""
    from plandiff.lineage import topics_doc

    doc = topics_doc(_timeline(versions, plans_dir, by_date, threshold, lexicon, align_config))
    if format is LineageFormat.json:
        _json(doc)
        return
    from plandiff.render.timeline import render_topics

    render_topics(doc, _console(width=width, color=color))


def drift_cmd(
    new: Annotated[str, typer.Argument(help="The later version: plan name, alias or path.")],
    sources: Annotated[Optional[list[str]], typer.Option(
        "--from", metavar="VERSION", help="An earlier draft to score against (repeat for each).")] = None,
    format: FormatOpt = None,
    width: Width = None,
    color: Color = None,
    plans_dir: cli.PlansDir = None,
) -> None:
    """Whose text won: for each clause of NEW, the earlier draft (--from) whose wording it is closest to."""
    from plandiff.errors import UsageError
    from plandiff.lineage import drift_doc

    if not sources:
        raise UsageError("give the earlier drafts with --from, e.g. plandiff drift 20pt --from 28pt --from eu")
    plans = _load([new, *sources], plans_dir)
    doc = drift_doc(plans[0], plans[1:])
    if format is LineageFormat.json:
        _json(doc)
        return
    from plandiff.render.timeline import render_drift

    render_drift(doc, _console(width=width, color=color))


COMMANDS = {"timeline": timeline_cmd, "trace": trace_cmd, "topics": topics_cmd, "drift": drift_cmd}


def register(app: typer.Typer) -> None:
    """Add timeline, trace, topics and drift to ``app`` (a second call changes nothing)."""
    have = {c.name for c in app.registered_commands}
    for name, func in COMMANDS.items():
        if name not in have:
            app.command(name)(cli._guard(func))
