"""Check a parsed plan document against the plan format and build the Plan.

A user fixing a file wants every problem at once, each with its line and column, so this
module never stops at the first one: it walks the whole positioned tree, collects
:class:`~plandiff.errors.Problem` items, and only builds the :class:`~plandiff.model.Plan` when
there are none. The format itself is documented in the README and published as a JSON Schema
(``plandiff schema plan``); the rules here and there must agree (a test checks the bundled
plans against both).
"""

from __future__ import annotations

import re
from datetime import date

from plandiff.errors import PlanFileError, Problem, did_you_mean
from plandiff.model import Clause, Plan, Removal, Source, full_clause_id
from plandiff.yamltree import BOOL, NULL, Map, Node, Scalar, Seq

PLAN_KEYS = (
    "id", "title", "date", "origin", "status", "language", "based_on", "aliases",
    "sources", "notes", "partial", "removed", "clauses",
)
CLAUSE_KEYS = ("id", "text", "topics", "note", "option", "clauses")
SOURCE_KEYS = ("url", "title", "note")
REMOVED_KEYS = ("id", "source", "note")
PLAN_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
CLAUSE_ID = re.compile(r"^\S+$")


class _Checker:
    def __init__(self, path: str, topics: frozenset[str] | None) -> None:
        self.path = path
        self.topics = topics
        self.problems: list[Problem] = []

    def problem(self, node_or_pos, message: str) -> None:
        if type(node_or_pos) is tuple:  # a (line, column) pair; nodes are NamedTuples
            line, col = node_or_pos
        else:
            line, col = node_or_pos.line, node_or_pos.column
        self.problems.append(Problem(self.path, line, col, message))

    # -- generic shapes ---------------------------------------------------------------------
    def mapping(self, node: Node, allowed: tuple[str, ...], what: str) -> dict[str, Node]:
        """The mapping's entries by key, reporting duplicates and unknown keys."""
        out: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key, line, col, value in node.items:
            if key in first_line:
                self.problem((line, col), f"duplicate key {key!r} in {what} (first at line {first_line[key]}); "
                             "YAML would silently keep only the last one")
                continue
            first_line[key] = line
            if key not in allowed:
                hint = did_you_mean(key, list(allowed), limit=1)
                more = f"; did you mean {hint[0]!r}?" if hint else f"; allowed: {', '.join(allowed)}"
                self.problem((line, col), f"unknown key {key!r} in {what}{more}")
                continue
            out[key] = value
        return out

    def flag(self, node: Node | None, what: str) -> bool:
        """A true/false key (absent: false)."""
        if node is None:
            return False
        if isinstance(node, Scalar) and node.tag == BOOL:
            return node.value.lower() in {"true", "yes", "on", "y"}
        self.problem(node, f"{what} must be true or false, not a {node.kind}")
        return False

    def text(self, node: Node | None, what: str, *, required: bool = False) -> str | None:
        if node is None:
            return None
        if isinstance(node, Scalar) and node.tag not in (NULL, BOOL):
            if required and not node.value.strip():
                self.problem(node, f"{what} is empty")
                return None
            return node.value
        if isinstance(node, Scalar) and node.tag == NULL:
            if required:
                self.problem(node, f"{what} is empty (null)")
            return None
        self.problem(node, f"{what} must be text, not a {node.kind}")
        return None

    def text_list(self, node: Node | None, what: str) -> list[tuple[str, Scalar]]:
        if node is None:
            return []
        if isinstance(node, Scalar) and node.tag == NULL:
            return []
        if not isinstance(node, Seq):
            self.problem(node, f"{what} must be a list, not a {node.kind}")
            return []
        out = []
        for item in node.items:
            value = self.text(item, f"each entry of {what}")
            if value is not None:
                out.append((value, item))
        return out

    # -- the plan -----------------------------------------------------------------------------
    def plan(self, root: Node) -> Plan | None:
        if not isinstance(root, Map):
            self.problem(root, f"the top level must be a mapping (id:, title:, clauses: …), not a {root.kind}")
            return None
        fields = self.mapping(root, PLAN_KEYS, "the plan")
        plan_id = self.text(fields.get("id"), "id", required=True)
        if "id" not in fields:
            self.problem(root, "missing required key 'id'")
        elif plan_id is not None and not PLAN_ID.match(plan_id):
            self.problem(fields["id"], f"id {plan_id!r} must be lowercase letters, digits, '.', '_' or '-'")
        title = self.text(fields.get("title"), "title", required=True)
        if "title" not in fields:
            self.problem(root, "missing required key 'title'")
        plan_date = self.date(fields.get("date"))
        aliases = []
        for alias, node in self.text_list(fields.get("aliases"), "aliases"):
            if not PLAN_ID.match(alias):
                self.problem(node, f"alias {alias!r} must be lowercase letters, digits, '.', '_' or '-'")
            aliases.append(alias)
        based_on = self.text(fields.get("based_on"), "based_on")
        partial = self.flag(fields.get("partial"), "partial")
        sources = self.sources(fields.get("sources"))
        removed = self.removed(fields.get("removed"))
        if removed and not partial:
            self.problem(fields["removed"], "removed: lists clauses taken out of a partially known version; "
                         "set 'partial: true' or drop the list")
        clauses: tuple[Clause, ...] = ()
        if "clauses" not in fields:
            self.problem(root, "missing required key 'clauses'")
        else:
            node = fields["clauses"]
            if not isinstance(node, Seq):
                self.problem(node, f"clauses must be a list, not a {node.kind}")
            elif not node.items:
                self.problem(node, "clauses is empty; a plan needs at least one clause")
            else:
                seen: dict[str, int] = {}
                clauses = tuple(self.clauses(node, None, 0, seen))
        origin = self.text(fields.get("origin"), "origin")
        status = self.text(fields.get("status"), "status")
        language = self.text(fields.get("language"), "language") or "en"
        notes = self.text(fields.get("notes"), "notes")
        if self.problems:
            return None
        return Plan(
            id=plan_id or "", title=title or "", clauses=clauses, date=plan_date, origin=origin,
            status=status, language=language, based_on=based_on, aliases=tuple(aliases),
            sources=tuple(sources), notes=notes, partial=partial, removed=tuple(removed), path=self.path,
        )

    def date(self, node: Node | None) -> str | None:
        value = self.text(node, "date")
        if value is None:
            return None
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            self.problem(node, f"date {value!r} is not an ISO date (YYYY-MM-DD)")
            return None

    def sources(self, node: Node | None) -> list[Source]:
        if node is None or (isinstance(node, Scalar) and node.tag == NULL):
            return []
        if not isinstance(node, Seq):
            self.problem(node, f"sources must be a list, not a {node.kind}")
            return []
        out = []
        for item in node.items:
            if isinstance(item, Scalar) and item.tag not in (NULL, BOOL):
                out.append(Source(url=item.value))
                continue
            if not isinstance(item, Map):
                self.problem(item, f"each source must be a mapping (url, title, note), not a {item.kind}")
                continue
            f = self.mapping(item, SOURCE_KEYS, "a source")
            out.append(Source(self.text(f.get("url"), "url"), self.text(f.get("title"), "title"),
                              self.text(f.get("note"), "note")))
        return out

    def removed(self, node: Node | None) -> list[Removal]:
        if node is None or (isinstance(node, Scalar) and node.tag == NULL):
            return []
        if not isinstance(node, Seq):
            self.problem(node, f"removed must be a list, not a {node.kind}")
            return []
        out = []
        for item in node.items:
            if isinstance(item, Scalar):
                value = self.text(item, "a removed clause id", required=True)
                if value is not None:
                    out.append(Removal(value))
                continue
            if not isinstance(item, Map):
                self.problem(item, f"each removed entry must be a mapping (id, source, note), not a {item.kind}")
                continue
            f = self.mapping(item, REMOVED_KEYS, "a removed entry")
            rid = self.text(f.get("id"), "id", required=True)
            if "id" not in f:
                self.problem(item, "missing required key 'id' in a removed entry")
            if rid is not None:
                out.append(Removal(rid, self.text(f.get("source"), "source"), self.text(f.get("note"), "note")))
        return out

    def clauses(self, node: Seq, parent: str | None, depth: int, seen: dict[str, int]) -> list[Clause]:
        out = []
        for item in node.items:
            if not isinstance(item, Map):
                self.problem(item, f"each clause must be a mapping (id, text, …), not a {item.kind}")
                continue
            f = self.mapping(item, CLAUSE_KEYS, "a clause")
            own = None
            if "id" not in f:
                self.problem(item, "clause is missing its 'id'")
            else:
                id_node = f["id"]
                if isinstance(id_node, Scalar) and id_node.tag == BOOL:
                    self.problem(id_node, f"clause id {id_node.value!r} reads as a boolean; quote it")
                else:
                    own = self.text(id_node, "clause id", required=True)
                if own is not None and not CLAUSE_ID.match(own):
                    self.problem(id_node, f"clause id {own!r} must not contain spaces")
                    own = None
            full = full_clause_id(parent, own) if own is not None else None
            if full is not None:
                if full in seen:
                    self.problem(f["id"], f"duplicate clause id {full!r} (first at line {seen[full]})")
                else:
                    seen[full] = f["id"].line
            text = None
            if "text" not in f:
                self.problem(item, f"clause {own or '?'} has no 'text'")
            else:
                text = self.text(f["text"], f"text of clause {own or '?'}", required=True)
            topics = []
            for tag, tag_node in self.text_list(f.get("topics"), "topics"):
                if self.topics is not None and tag not in self.topics:
                    hint = did_you_mean(tag, sorted(self.topics), limit=1)
                    more = f"; did you mean {hint[0]!r}?" if hint else " (see topics.yaml)"
                    self.problem(tag_node, f"unknown topic {tag!r}{more}")
                topics.append(tag)
            note = self.text(f.get("note"), "note")
            option = self.flag(f.get("option"), "option")
            children: list[Clause] = []
            if "clauses" in f:
                sub = f["clauses"]
                if isinstance(sub, Seq):
                    children = self.clauses(sub, full, depth + 1, seen)
                elif not (isinstance(sub, Scalar) and sub.tag == NULL):
                    self.problem(sub, f"clauses of clause {own or '?'} must be a list, not a {sub.kind}")
            if full is not None and text is not None:
                out.append(Clause(
                    id=full, text=text.strip(), local_id=own or "", topics=tuple(topics), note=note,
                    children=tuple(children), parent=parent, depth=depth, line=item.line, option=option,
                ))
        return out


def build_plan(tree: Node, path: str, *, topics: frozenset[str] | None = None) -> Plan:
    """The Plan described by ``tree``, or :class:`PlanFileError` listing every problem."""
    checker = _Checker(path, topics)
    plan = checker.plan(tree)
    if plan is None:
        raise PlanFileError(checker.problems)
    return plan
