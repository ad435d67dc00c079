"""The ``plandiff`` console script (and ``python -m plandiff``): set up the process, then run
:func:`plandiff.cli.main`.

Set-up that only the process's own entry point should do, so it lives here rather than in the
CLI module, which tests and library users import: the cycle collector is relaxed
(:func:`plandiff.helpers.relax_garbage_collection`) *before* typer and plandiff are imported.
At Python's default (a collection every 700 allocations) importing typer alone runs dozens of
collections over its own new objects: about 2.5 ms of every run.
"""

from __future__ import annotations


def main() -> None:
    from plandiff.helpers import relax_garbage_collection

    relax_garbage_collection()
    from plandiff.cli import main as cli_main

    cli_main()
