"""Errors a user can cause, and how they read.

Every failure that is the input's fault (a bad file, an unknown plan name, a wrong option) is a
:class:`PlandiffError`. The CLI catches exactly this type, prints ``str(error)`` on stderr and
exits 2, so messages here are plain text written for the person at the terminal, with the file,
line and column where there is one. Anything else that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations

from typing import NamedTuple


class PlandiffError(Exception):
    """Base of every error caused by input rather than by a bug (exit code 2)."""


class Problem(NamedTuple):
    """One thing wrong with an input file, at a position (1-based line and column)."""

    path: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class PlanFileError(PlandiffError):
    """A plan file that cannot be used; carries *every* problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(
            problems, key=lambda p: (p.path, p.line or 0, p.column or 0, p.message)
        )
        super().__init__("\n".join(str(p) for p in self.problems))


class UnknownPlanError(PlandiffError):
    """A plan name that matches no plan; says where we looked and what was close."""

    def __init__(self, name: str, searched: list[str], suggestions: list[str]) -> None:
        self.name = name
        self.searched = searched
        self.suggestions = suggestions
        lines = [f"unknown plan {name!r}"]
        if suggestions:
            lines[0] += "; did you mean " + " or ".join(repr(s) for s in suggestions) + "?"
        if searched:
            lines.append("searched: " + ", ".join(searched))
        lines.append("run 'plandiff list' to see the plans found, or give a path to a .yaml file")
        super().__init__("\n".join(lines))


class UsageError(PlandiffError):
    """A command-line option or argument that does not make sense."""


def did_you_mean(word: str, candidates: list[str], limit: int = 3) -> list[str]:
    """Closest candidates to a mistyped word, best first (stdlib only, so errors stay cheap)."""
    import difflib

    lowered = {c.lower(): c for c in candidates}
    hits = difflib.get_close_matches(word.lower(), list(lowered), n=limit, cutoff=0.6)
    prefix = [c for c in candidates if c.lower().startswith(word.lower()) and word]
    out: list[str] = []
    for c in [lowered[h] for h in hits] + prefix:
        if c not in out:
            out.append(c)
    return out[:limit]
