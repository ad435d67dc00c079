"""The `plandiff` command: parse options, call the core, hand the result to a renderer.

Thin on purpose: every command is resolve → load → compute → render → exit code. Only typer and
the standard library are imported at the top; yaml, rapidfuzz and rich are imported inside the
commands that need them, because a CLI is judged by its start-up (``plandiff --version`` and
``compare --format json`` never import Rich).

Exit codes follow diff: 0 no differences, 1 differences, 2 trouble. Every error the user can
cause is a :class:`~plandiff.errors.PlandiffError`; :func:`_guard` turns it into one message on
stderr and exit 2 (``--debug`` or ``PLANDIFF_DEBUG=1`` shows the traceback instead).

No ``from __future__ import annotations`` here: typer reads each command's annotations twice
(``inspect.signature(eval_str=True)`` and ``get_type_hints``), and as strings every one of them is
compiled and evaluated both times (about 2.3 ms for ``compare``'s options on every run); as
objects they are built once at import, for about 0.4 ms.
"""

import functools
import os
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from plandiff import __version__
from plandiff.errors import PlandiffError

EXAMPLES = """\
Examples:

\b
  plandiff compare 28pt 19pt                    # what the Geneva revision changed
  plandiff compare 28pt eu --only softened      # only the weakened commitments
  plandiff compare 28pt eu --format json | jq '.summary'
  plandiff list                                 # the plans plandiff can find
  plandiff validate my-plan.yaml                # check a plan file
"""

app = typer.Typer(
    name="plandiff",
    help="See how a negotiated text changed between versions: clauses aligned across "
    "renumbering, commitments softened or hardened.\n\n" + EXAMPLES,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_DEBUG = False


def _debug() -> bool:
    return _DEBUG or os.environ.get("PLANDIFF_DEBUG", "") not in ("", "0")


def _guard(func):
    """Run a command body; user errors become one line on stderr and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except PlandiffError as exc:
            if _debug():
                raise
            _print_error(exc)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            _quiet_broken_pipe()
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None

    return wrapper


def _print_error(exc: PlandiffError) -> None:
    """File problems go one per line as ``path:line:col: message`` (the format editors and
    grep understand); other errors as ``plandiff: error: …`` with indented details."""
    from plandiff.errors import PlanFileError

    stream = sys.stderr
    if isinstance(exc, PlanFileError):
        for problem in exc.problems:
            stream.write(f"{problem}\n")
        n = len(exc.problems)
        if n > 1:
            stream.write(f"plandiff: error: {n} problems found\n")
    else:
        lines = str(exc).splitlines() or ["unknown error"]
        stream.write(f"plandiff: error: {lines[0]}\n")
        for line in lines[1:]:
            stream.write(f"  {line}\n")
    stream.flush()


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop quietly, as cat and diff do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _version(value: bool) -> None:
    if value:
        typer.echo(f"plandiff {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    global _DEBUG
    _DEBUG = debug


PlansDir = Annotated[
    Optional[list[str]],
    typer.Option("--plans-dir", metavar="DIR", help="Look for plan names here first (repeatable)."),
]


class ListFormat(str, Enum):
    table = "table"
    json = "json"


class ShowFormat(str, Enum):
    text = "text"
    json = "json"
    yaml = "yaml"


@app.command("list")
@_guard
def list_plans(
    plans_dir: PlansDir = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="table or json.")] = ListFormat.table,
) -> None:
    """List the plans plandiff can find (id, title, date, origin, clauses, where from)."""
    from plandiff.catalog import describe_all

    rows = describe_all(plans_dir)
    if format is ListFormat.json:
        from plandiff.render.json import dump_json

        dump_json({"schema": "plandiff.list/1", "plans": rows}, sys.stdout)
        return
    from plandiff.render.plans import render_plan_list

    render_plan_list(rows, _console())


@app.command("show")
@_guard
def show(
    name: Annotated[str, typer.Argument(help="Plan name, alias or path (- for stdin).")],
    plans_dir: PlansDir = None,
    format: Annotated[ShowFormat, typer.Option("--format", "-f", help="text, json or yaml.")] = ShowFormat.text,
) -> None:
    """Show a plan's clauses with their ids and topics."""
    from plandiff.catalog import resolve_plan
    from plandiff.loading import load_plan
    from plandiff.model import plan_to_dict

    plan = load_plan(resolve_plan(name, plans_dir))
    if format is ShowFormat.json:
        from plandiff.render.json import dump_json

        dump_json(plan_to_dict(plan), sys.stdout)
    elif format is ShowFormat.yaml:
        import yaml

        sys.stdout.write(yaml.safe_dump(plan_to_dict(plan, for_yaml=True), sort_keys=False,
                                        allow_unicode=True, width=100))
    else:
        from plandiff.render.plans import render_plan

        render_plan(plan, _console())


@app.command("validate")
def validate(
    paths: Annotated[list[str], typer.Argument(help="Plan files or names to check.")],
    plans_dir: PlansDir = None,
) -> None:
    """Check plan files; exit 0 when all are valid, 2 with every problem listed otherwise."""
    from plandiff.catalog import resolve_plan
    from plandiff.loading import load_plan

    from pathlib import Path

    from plandiff.loading import topic_vocabulary

    failed = False
    for arg in paths:
        try:
            if Path(arg).name == "topics.yaml":
                tags = topic_vocabulary(Path(arg).parent) or frozenset()
                typer.echo(f"{arg}: ok (topic vocabulary, {len(tags)} tags)")
                continue
            plan = load_plan(resolve_plan(arg, plans_dir))
        except PlandiffError as exc:
            if _debug():
                raise
            failed = True
            _print_error(exc)
            continue
        n = len(plan.flat())
        typer.echo(f"{arg}: ok ({plan.id}, {n} clause{'s' if n != 1 else ''})")
    raise typer.Exit(2 if failed else 0)


class CompareFormat(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"
    github = "github"


@app.command("compare")
@_guard
def compare_cmd(
    old: Annotated[str, typer.Argument(help="Old version: plan name, alias or path (.yaml, .md, .txt; - for stdin).")],
    new: Annotated[str, typer.Argument(help="New version: plan name, alias or path.")],
    format: Annotated[Optional[CompareFormat], typer.Option(
        "--format", "-f", help="rich (terminal view; the default), json, markdown or github.")] = None,
    only: Annotated[Optional[str], typer.Option("--only", metavar="STATUS[,…]", help="Show only these statuses.")] = None,
    topic: Annotated[Optional[str], typer.Option("--topic", metavar="TAG", help="Show only clauses tagged TAG.")] = None,
    hide_unchanged: Annotated[bool, typer.Option("--hide-unchanged", help="Leave out unchanged clauses.")] = False,
    fail_on: Annotated[Optional[str], typer.Option(
        "--fail-on", metavar="STATUS[,…]", help="Exit 1 only if one of these statuses (or moved, split, merged, renumbered) occurs.")] = None,
    threshold: Annotated[Optional[float], typer.Option("--threshold", min=0.0, max=1.0,
                                                       help="Minimum similarity (0-1) to pair two clauses.")] = None,
    pin: Annotated[Optional[list[str]], typer.Option("--pin", metavar="OLD=NEW", help="Force a pair (repeatable).")] = None,
    unpair: Annotated[Optional[list[str]], typer.Option("--unpair", metavar="OLD", help="Leave an old clause unpaired (repeatable).")] = None,
    pairs: Annotated[Optional[str], typer.Option("--pairs", metavar="FILE", help="YAML file of pin/unpair/forbid lists.")] = None,
    lexicon: Annotated[Optional[str], typer.Option("--lexicon", metavar="FILE", help="Extend or override the commitment lexicon.")] = None,
    align_config: Annotated[Optional[str], typer.Option("--align-config", metavar="FILE", help="Alignment weights and thresholds (see data/align.yaml).")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show why each clause was paired: method, score and parts, runner-up.")] = False,
    width: Annotated[Optional[int], typer.Option("--width", min=20, help="Terminal width for the rich view.")] = None,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Force colour on or off (default: auto, honours NO_COLOR and FORCE_COLOR).")] = None,
    pager: Annotated[Optional[bool], typer.Option("--pager/--no-pager", help="Page long terminal output (default: when it does not fit the screen).")] = None,
    plans_dir: PlansDir = None,
) -> None:
    """Compare two versions of a plan: every clause aligned and classified.

    Exit status: 0 no differences, 1 differences (or, with --fail-on, one of those statuses), 2 trouble.
    """
    from plandiff.exitcodes import exit_code_for, parse_statuses
    from plandiff.render.common import Filters

    filters = Filters(parse_statuses(only, option="--only"), topic, hide_unchanged)
    failing = parse_statuses(fail_on, option="--fail-on", flags=True)
    diff = _run_compare(old, new, plans_dir, threshold, pin, unpair, pairs, lexicon, align_config)
    chosen = format or CompareFormat.rich
    if chosen is CompareFormat.json:
        from plandiff.render.json import dump_json

        doc = diff.to_dict(explain=True)
        if filters.active:
            doc["changes"] = [c.to_dict() for c in diff.changes if filters.keep(c)]
        dump_json(doc, sys.stdout)
    elif chosen is CompareFormat.markdown:
        from plandiff.render.markdown import render_markdown

        sys.stdout.write(render_markdown(diff, filters=filters, explain=explain))
    elif chosen is CompareFormat.github:
        from plandiff.render.github import render_github

        sys.stdout.write(render_github(diff, filters=filters))
    else:
        _show_rich(diff, filters, explain, width, color, pager)
    sys.stdout.flush()
    raise typer.Exit(int(exit_code_for(diff, failing)))


def _run_compare(old, new, plans_dir, threshold, pin, unpair, pairs, lexicon, align_config):
    from plandiff.align import AlignOptions, load_params
    from plandiff.catalog import resolve_plan
    from plandiff.compare import CompareOptions, compare
    from plandiff.errors import UsageError
    from plandiff.helpers import start_helpers, worth_helpers_for_files
    from plandiff.loading import load_pairs, load_plan

    if old == "-" and new == "-":
        raise UsageError("only one of OLD and NEW can be read from stdin (-)")
    pins: list[tuple[str, str]] = []
    for item in pin or []:
        left, sep, right = item.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise UsageError(f"--pin {item!r}: expected OLD=NEW (clause ids), e.g. --pin 6=4")
        pins.append((left.strip(), right.strip()))
    unpaired = list(unpair or [])
    forbid: list[tuple[str, str]] = []
    if pairs:
        more_pins, more_unpair, forbid = load_pairs(pairs)
        pins += more_pins
        unpaired += more_unpair
    old_path, new_path = resolve_plan(old, plans_dir), resolve_plan(new, plans_dir)
    workers = min(4, os.cpu_count() or 1)
    helpers = None
    if workers > 1 and worth_helpers_for_files([old_path, new_path]):
        # Big files: a helper reads NEW while this process reads OLD, then shares classification.
        helpers = start_helpers(workers, lexicon)
    try:
        new_plan_later = helpers.read_plan(new_path) if helpers else (lambda: load_plan(new_path))
        old_plan = load_plan(old_path)
        if helpers is not None:
            _normalize_while_waiting(old_plan)
        new_plan = new_plan_later()
        params = load_params(align_config) if align_config else None
        options = CompareOptions(
            AlignOptions(threshold=threshold, pins=tuple(pins), unpair=tuple(unpaired), forbid=tuple(forbid), params=params),
            lexicon=lexicon,
            workers=workers,
        )
        big = len(old_plan.flat()) + len(new_plan.flat()) > 20_000
        if big and _stderr_is_terminal():
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("aligning {task.description}"), TimeElapsedColumn(),
                          console=_console(stderr=True), transient=True) as progress:
                progress.add_task(f"{len(old_plan.flat()):,} × {len(new_plan.flat()):,} clauses", total=None)
                return compare(old_plan, new_plan, options=options, helpers=helpers)
        return compare(old_plan, new_plan, options=options, helpers=helpers)
    finally:
        if helpers is not None:
            helpers.close()


def _normalize_while_waiting(plan) -> None:
    """Normalise OLD's texts while the helper still reads and normalises NEW: alignment starts
    with both, and this process would otherwise wait idle."""
    from plandiff.text import normalize

    for clause in plan.flat():
        normalize(clause.text)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty() and os.environ.get("CI") is None
    except (AttributeError, ValueError):
        return False


def _show_rich(diff, filters, explain, width, color, pager) -> None:
    from plandiff.render.terminal import render_terminal

    console = _console(width=width, color=color)
    use_pager = pager
    if use_pager is None:
        shown = sum(1 for c in diff.changes if filters.keep(c))
        use_pager = console.is_terminal and shown * 3 > console.height
    if use_pager and console.is_terminal:
        with console.pager(styles=True):
            render_terminal(diff, console, filters=filters, explain=explain)
    else:
        render_terminal(diff, console, filters=filters, explain=explain)


class SchemaName(str, Enum):
    plan = "plan"
    compare = "compare"
    timeline = "timeline"


@app.command("schema")
@_guard
def schema(
    name: Annotated[SchemaName, typer.Argument(help="plan, compare or timeline.")],
) -> None:
    """Print a published JSON Schema: the plan file format or a command's JSON output."""
    from plandiff.resources import package_text

    text = package_text("schemas", f"{name.value}.schema.json")
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


from plandiff import cli_import, cli_lineage  # noqa: E402  (only typer at import time)

cli_import.register(app, _guard)
cli_lineage.register(app)


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the command the arguments name, when they name one.

    Typer builds a click command, with all its parameters, for every registered command before
    it parses anything: about 7 ms for plandiff's ten, paid on every run. The root options are
    flags, so the first argument that is not an option is the command's name. Runs that list
    commands (no arguments, ``--help``) or name an unknown command (so click can say so) get the
    full app. The module-level ``app`` is left whole for library and test use."""
    import copy

    name = next((a for a in args if not a.startswith("-")), None)
    chosen = [c for c in app.registered_commands if c.name == name]
    if not chosen:
        return app
    narrowed = copy.copy(app)
    narrowed.registered_commands = chosen
    return narrowed


def _console(width: int | None = None, color: bool | None = None, stderr: bool = False):
    from plandiff.render.console import make_console

    return make_console(width=width, color=color, stderr=stderr)


def main() -> None:
    """Console-script entry point (through :mod:`plandiff.entry`): runs once, then the process exits.

    Whatever is still alive when the command is done (typer, the plans, the result) is frozen
    out of the cycle collector's reach: the interpreter runs full collections while it shuts
    down, and walking tens of thousands of objects that are about to be freed anyway cost about
    9 ms of a comparison (more than the comparison's JSON and the lexicon together)."""
    import gc

    from plandiff.helpers import relax_garbage_collection

    relax_garbage_collection()
    try:
        _app_for(sys.argv[1:])(prog_name="plandiff")
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(0)
    finally:
        gc.freeze()
