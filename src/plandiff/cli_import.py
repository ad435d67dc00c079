"""The ``plandiff import`` command: plain text or Markdown in, plan YAML out.

Kept apart from :mod:`plandiff.cli` so the importer's regexes and PyYAML load only when this
command runs; ``register(app)`` adds the command to the typer app. Errors are
:class:`~plandiff.errors.PlandiffError` (the caller turns them into one line and exit 2).
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer


class BracketPolicy(str, Enum):
    keep = "keep"
    first = "first"
    strip = "strip"


def register(app: typer.Typer, guard=lambda func: func) -> None:
    """Add ``plandiff import FILE [-o OUT] [--id ID] [--title TITLE] [--brackets …]`` to ``app``;
    ``guard`` is the CLI's error wrapper (user errors → one message, exit 2)."""

    @app.command("import")
    @guard
    def import_cmd(
        file: Annotated[str, typer.Argument(metavar="FILE", help="Plain text or Markdown file (- for stdin).")],
        output: Annotated[Optional[str], typer.Option(
            "--output", "-o", metavar="OUT", help="Write the plan YAML here instead of stdout.")] = None,
        plan_id: Annotated[Optional[str], typer.Option(
            "--id", metavar="ID", help="Plan id (default: the file name, lowercased).")] = None,
        title: Annotated[Optional[str], typer.Option(
            "--title", metavar="TITLE", help="Plan title (default: front matter, first heading or file name).")] = None,
        brackets: Annotated[BracketPolicy, typer.Option(
            "--brackets", help="Square-bracketed wording: keep as is, first alternative only, or strip the brackets.",
            case_sensitive=False)] = BracketPolicy.keep,
    ) -> None:
        """Turn a plain-text or Markdown document into a plan file (YAML), clause by clause.

        Numbered points (1. 1) (1) a) (a) I. Point 1: Article 3 …), bullets, '**Option N:**' blocks
        and numbered headings become clauses that keep the document's own numbers as ids
        (see docs/import.md). Check the result with 'plandiff validate'.
        """
        import sys

        import yaml

        from plandiff.errors import PlandiffError
        from plandiff.importer import import_text
        from plandiff.loading import read_text
        from plandiff.model import plan_to_dict

        plan = import_text(read_text(file), path=file, plan_id=plan_id, title=title, brackets=brackets.value)
        text = yaml.safe_dump(plan_to_dict(plan, for_yaml=True), sort_keys=False, allow_unicode=True, width=100)
        if output is None or output == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise PlandiffError(f"{output}: cannot write ({exc.strerror})") from None
