"""Lineages: one commitment traced through several versions of a text.

Why: ``compare`` answers "what changed between two versions"; a negotiation has many versions,
and a reader asks "what happened to the NATO clause from the first draft to the last?".
Chaining the pairwise comparisons of consecutive versions answers that without a new aligner.

How (:func:`build_timeline`): compare each version with the one before it, as given, and link
every clause to the clause(s) it was paired with. A lineage is a connected group of linked
clauses, so a split or merge *joins* lineages instead of losing a clause: every clause of every
version is in exactly one step of one lineage. A step may hold several clauses of one version
(merged or split): ``clauses`` lists them in document order and ``clause`` is the first.

Statuses, one step per version:

* first version: ``present``; a version before the lineage begins: ``None``;
* later versions: the status of the change that brought the step's clauses (several changes,
  e.g. two lineages merged: the strongest, ``softened`` + ``hardened`` → ``modified``);
  a lineage first seen in a later version is ``added``;
* no clause here although there was one before: ``dropped`` once, then ``None`` for good;
  ``unreported`` when this version is partial and does not mention the clause;
* a clause first seen right after a partial version, with no earlier full version to check
  against: ``unreported`` (it may have been in the unreported part).

Partial versions: an ``unreported`` lineage stays open. Comparing the next version only with the
partial one would find almost nothing there (the partial one lacks the text), so every
commitment would seem to end at the partial version and restart as "new" after it. So, when a
lineage is open after a partial version, the next version is *also* compared with the version
where that lineage last had text (the "bridge"); clauses the direct comparison left unpaired can
continue such lineages, and the step's status is then relative to that older text
(``compared_with``). A bridge only fills gaps: it never moves a clause the direct comparison
paired, and an open lineage whose bridge partner is already taken is dropped (with a note).

Also here, for the other many-version commands: :func:`find_lineages` (``trace``: which
lineage a query means), :func:`topics_doc` (``topics``) and :func:`drift_doc` (``drift``:
whose wording won, scored directly with rapidfuzz, see there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from plandiff.classify import Evidence
from plandiff.compare import CompareOptions, compare
from plandiff.errors import PlandiffError, UsageError
from plandiff.model import Clause, Plan
from plandiff.result import STATUSES, Change, Diff, plan_header

SCHEMA = "plandiff.timeline/1"
TRACE_SCHEMA = "plandiff.trace/1"
TOPICS_SCHEMA = "plandiff.topics/1"
DRIFT_SCHEMA = "plandiff.drift/1"
LABEL_WIDTH = 50
# When one step gathers several changes, the first of these statuses present wins.
_PRECEDENCE = ("softened", "hardened", "modified", "reworded", "unchanged", "added", "unreported")


@dataclass(frozen=True, slots=True)
class Step:
    """A lineage in one version; ``changes`` brought its clauses (or ended it)."""

    version: str
    clauses: tuple[Clause, ...]
    status: str | None
    changes: tuple[Change, ...] = ()
    compared_with: str | None = None
    evidence: tuple[Evidence, ...] = ()

    @property
    def clause(self) -> str | None:
        return self.clauses[0].id if self.clauses else None

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.clauses]

    @property
    def text(self) -> str | None:
        return "\n".join(c.text for c in self.clauses) if self.clauses else None

    def to_dict(self) -> dict:
        return {"version": self.version, "clause": self.clause, "clauses": self.ids,
                "status": self.status, "compared_with": self.compared_with, "text": self.text,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class Lineage:
    steps: tuple[Step, ...]  # one per version, in version order

    @property
    def label(self) -> str:
        """The most recent text, shortened."""
        last = next(s for s in reversed(self.steps) if s.clauses)
        return shorten(last.clauses[0].text, LABEL_WIDTH)

    @property
    def topics(self) -> list[str]:
        out: list[str] = []
        for step in self.steps:
            for tag in (t for c in step.clauses for t in c.topics):
                if tag not in out:
                    out.append(tag)
        return out

    def step(self, version: str) -> Step:
        return next(s for s in self.steps if s.version == version)

    def to_dict(self) -> dict:
        return {"label": self.label, "topics": self.topics, "steps": [s.to_dict() for s in self.steps]}


@dataclass(frozen=True, slots=True)
class Timeline:
    plans: tuple[Plan, ...]
    lineages: tuple[Lineage, ...]
    topic: str | None = None  # the --topic filter applied, if any

    @property
    def versions(self) -> list[str]:
        return [p.id for p in self.plans]

    def with_topic(self, tag: str | None) -> Timeline:
        if not tag:
            return self
        return Timeline(self.plans, tuple(ln for ln in self.lineages if tag in ln.topics), tag)

    def find(self, version: str, clause_id: str) -> Lineage | None:
        for lineage in self.lineages:
            if clause_id in lineage.step(version).ids:
                return lineage
        return None

    def to_dict(self) -> dict:
        return {"schema": SCHEMA, "versions": self.versions,
                "plans": [plan_header(p) for p in self.plans], "topic": self.topic,
                "lineages": [ln.to_dict() for ln in self.lineages]}


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def order_by_date(plans: Sequence[Plan]) -> list[Plan]:
    """Oldest first (stable for equal dates); every plan needs a ``date``."""
    undated = [p.id for p in plans if not p.date]
    if undated:
        raise UsageError(f"--by-date: no date for {', '.join(undated)}")
    return sorted(plans, key=lambda p: str(p.date))


class _Acc:
    """A step under construction: its clauses, the changes that brought them, the changes
    that ended (part of) the lineage here; each change with the index it was compared with."""

    __slots__ = ("clauses", "brought", "ended")

    def __init__(self) -> None:
        self.clauses: list[Clause] = []
        self.brought: list[tuple[Change, int]] = []
        self.ended: list[tuple[Change, int]] = []


class _Builder:
    """Union-find over lineage ids; ``steps[root][version index]`` holds the steps."""

    def __init__(self, plans: Sequence[Plan], diff: Callable[[int, int], Diff]) -> None:
        self.plans, self.diff = plans, diff
        self.parent: list[int] = []
        self.steps: list[dict[int, _Acc]] = []
        self.owner: dict[tuple[int, str], int] = {}

    def find(self, lid: int) -> int:
        while self.parent[lid] != lid:
            self.parent[lid] = lid = self.parent[self.parent[lid]]
        return lid

    def new(self) -> int:
        self.parent.append(len(self.parent))
        self.steps.append({})
        return len(self.parent) - 1

    def union(self, lids) -> int:
        roots = sorted({self.find(x) for x in lids})
        root = roots[0]
        for other in roots[1:]:
            for vi, acc in self.steps[other].items():
                mine = self.acc(root, vi)
                mine.clauses += acc.clauses
                mine.brought += acc.brought
                mine.ended += acc.ended
            self.steps[other] = {}
            self.parent[other] = root
        return root

    def acc(self, lid: int, vi: int) -> _Acc:
        return self.steps[lid].setdefault(vi, _Acc())

    def owner_of(self, vi: int, clauses) -> int:
        return self.union([self.owner[(vi, c.id)] for c in clauses])

    def bring(self, lid: int, vi: int, change: Change, new: Sequence[Clause], since: int) -> None:
        acc = self.acc(lid, vi)
        for c in new:
            self.owner[(vi, c.id)] = lid
            acc.clauses.append(c)
        acc.brought.append((change, since))

    def run(self) -> None:
        for clause in self.plans[0].flat():
            lid = self.new()
            self.owner[(0, clause.id)] = lid
            self.acc(lid, 0).clauses.append(clause)
        for vi in range(1, len(self.plans)):
            self.version(vi)

    def version(self, vi: int) -> None:
        unpaired: list[Change] = []
        for change in self.diff(vi - 1, vi).changes:
            if change.old and change.new:
                self.bring(self.owner_of(vi - 1, change.old), vi, change, change.new, vi - 1)
            elif change.old:
                self.acc(self.owner_of(vi - 1, change.old), vi).ended.append((change, vi - 1))
            else:
                unpaired.append(change)
        free = {c.id for ch in unpaired for c in ch.new}
        latest: int | None = None  # the most recent bridge's version: it says "added" better
        for anchor, lids in sorted(self.open_lineages(vi).items(), reverse=True):
            bridge = self.diff(anchor, vi)
            latest = anchor if latest is None else latest
            for change in bridge.changes:
                olds = [c for c in change.old if self.find(self.owner[(anchor, c.id)]) in lids]
                if not olds:
                    continue
                lid = self.owner_of(anchor, olds)
                news = [c for c in change.new if c.id in free]
                if news:
                    self.bring(lid, vi, change, news, anchor)
                    free -= {c.id for c in news}
                else:
                    self.acc(lid, vi).ended.append((change, anchor))
        by_new = {} if latest is None else {c.new[0].id: c for c in self.diff(latest, vi).changes if not c.old}
        for change in unpaired:
            if change.new[0].id in free:
                better = by_new.get(change.new[0].id)
                self.bring(self.new(), vi, better or change, change.new, vi - 1 if better is None else latest)

    def open_lineages(self, vi: int) -> dict[int, set[int]]:
        """Lineages left ``unreported`` in the previous version, by the version where each
        last had text."""
        out: dict[int, set[int]] = {}
        for lid in {self.find(x) for x in range(len(self.parent))}:
            acc = self.steps[lid].get(vi - 1)
            if acc is not None and not acc.clauses and _end_status(acc, self.plans[vi - 1]) == "unreported":
                anchor = max(v for v, a in self.steps[lid].items() if a.clauses)
                out.setdefault(anchor, set()).add(lid)
        return out


def _end_status(acc: _Acc, plan: Plan) -> str:
    """``unreported`` if any ended change says so (or a bridge partner was taken in a partial
    version), else ``dropped``."""
    for change, _ in acc.ended:
        if change.status == "unreported" or (change.new and plan.partial):
            return "unreported"
    return "dropped"


def _combine(statuses: list[str]) -> str:
    found = set(statuses)
    if {"softened", "hardened"} <= found:
        return "modified"
    return next((s for s in _PRECEDENCE if s in found), statuses[0])


def _finish_step(plans: Sequence[Plan], vi: int, acc: _Acc | None) -> Step:
    plan = plans[vi]
    if acc is None:
        return Step(plan.id, (), None)
    order = {c.id: n for n, c in enumerate(plan.flat())}
    clauses = tuple(sorted(acc.clauses, key=lambda c: order[c.id]))
    evidence: list[Evidence] = []
    if clauses:
        changes = [ch for ch, _ in acc.brought]
        status = "present" if vi == 0 else _combine([ch.status for ch in changes])
        since = acc.brought[0][1] if acc.brought else None
        if since is not None and since != vi - 1:
            evidence.append(Evidence("lineage", "neutral", None, None,
                                     f"compared with {plans[since].id}: {plans[vi - 1].id} is known only "
                                     "in part and does not report this clause"))
    else:
        changes = [ch for ch, _ in acc.ended]
        status = _end_status(acc, plan)
        since = acc.ended[0][1]
    for change in changes:
        evidence.extend(change.evidence)
    for change, _ in acc.ended:
        if change.new:  # a bridge partner that continues another lineage
            evidence.append(Evidence("lineage", "neutral", "+".join(change.old_ids), "+".join(change.new_ids),
                                     f"{'+'.join(change.old_ids)} is closest to {plan.id} "
                                     f"{'+'.join(change.new_ids)}, which continues another lineage"))
        elif clauses:  # part of a merged lineage ended here
            evidence.append(Evidence("lineage", "neutral", "+".join(change.old_ids), None,
                                     f"{'+'.join(change.old_ids)} {change.status} in {plan.id}"))
            changes.append(change)
    return Step(plan.id, clauses, status, tuple(changes),
                None if since is None else plans[since].id, tuple(dict.fromkeys(evidence)))


def build_timeline(plans: Sequence[Plan], *, options: CompareOptions | None = None,
                   compare_fn: Callable[..., Diff] = compare) -> Timeline:
    """Every clause of every plan in exactly one lineage; lineages in reading order."""
    if len(plans) < 2:
        raise UsageError("a timeline needs at least two versions")
    seen: set[str] = set()
    for plan in plans:
        if plan.id in seen:
            raise UsageError(f"version {plan.id!r} is given twice")
        seen.add(plan.id)
    cache: dict[tuple[int, int], Diff] = {}

    def diff(i: int, j: int) -> Diff:
        if (i, j) not in cache:
            cache[(i, j)] = compare_fn(plans[i], plans[j], options=options)
        return cache[(i, j)]

    builder = _Builder(plans, diff)
    builder.run()
    roots = sorted({builder.find(x) for x in range(len(builder.parent))})
    # Reading order: first-version lineages in document order; a lineage that begins later goes
    # after the nearest earlier clause, in its first version, whose lineage began before it.
    keys: dict[int, tuple[int, ...]] = {}
    for vi, plan in enumerate(plans):
        anchor: tuple[int, ...] = (-1,)
        fresh: dict[int, tuple[int, ...]] = {}
        for pos, clause in enumerate(plan.flat()):
            lid = builder.find(builder.owner[(vi, clause.id)])
            if lid in keys:
                anchor = keys[lid]
            elif lid not in fresh:
                fresh[lid] = (pos,) if vi == 0 else (*anchor, vi, pos)
        keys.update(fresh)
    lineages = []
    for lid in sorted(roots, key=keys.__getitem__):
        steps = builder.steps[lid]
        lineages.append(Lineage(tuple(_finish_step(plans, vi, steps.get(vi)) for vi in range(len(plans)))))
    return Timeline(tuple(plans), tuple(lineages))


# --- trace ---------------------------------------------------------------------------------

MIN_QUERY_SCORE = 60.0


@dataclass(frozen=True, slots=True)
class Hit:
    lineage: Lineage
    version: str
    clause: str
    score: float  # 0..100


def query_score(words: list[str], text: str) -> float:
    """How well a clause's words cover the query's words, 0..100: each query word scores 100
    when a clause word starts with its first five letters (all of them if shorter: "members"
    finds "membership"), else its best rapidfuzz ``ratio`` against a clause word (typos);
    longer query words weigh more."""
    from rapidfuzz import fuzz, process

    pool = text.split()
    if not pool:
        return 0.0
    got = 0.0
    for word in words:
        stem = word[:5]
        if any(w.startswith(stem) for w in pool):
            got += len(word)
        else:
            got += len(word) * process.extractOne(word, pool, scorer=fuzz.ratio)[1] / 100
    return 100 * got / sum(len(w) for w in words)


def find_lineages(timeline: Timeline, query: str, *, limit: int = 5) -> list[Hit]:
    """Lineages matching QUERY, best first. ``ID@version`` names a clause exactly; anything
    else is free text scored against every clause of every version on normalised text with
    :func:`query_score` (rapidfuzz ``WRatio`` breaks ties). A lineage scores as its best clause;
    scores under ``MIN_QUERY_SCORE`` are left out."""
    clause_id, at, version = query.strip().rpartition("@")
    if at and clause_id and version and " " not in query.strip():
        plan = next((p for p in timeline.plans if version in (p.id, *p.aliases)), None)
        if plan is None:
            raise UsageError(f"{query}: no version {version!r} among {', '.join(timeline.versions)}")
        clause = plan.clause(clause_id) or next((c for c in plan.flat() if c.local_id == clause_id), None)
        if clause is None:
            from plandiff.errors import did_you_mean

            hint = did_you_mean(clause_id, [c.id for c in plan.flat()])
            raise PlandiffError(f"{query}: {plan.id} has no clause {clause_id!r}"
                                + (f"; did you mean {' or '.join(hint)}?" if hint else ""))
        lineage = timeline.find(plan.id, clause.id)
        return [Hit(lineage, plan.id, clause.id, 100.0)] if lineage else []
    from rapidfuzz import fuzz

    from plandiff.text import normalize

    wanted = normalize(query)
    words = wanted.split()
    if not words:
        raise UsageError("the query is empty")
    best: dict[int, tuple[tuple[float, float], str, str]] = {}
    for n, lineage in enumerate(timeline.lineages):
        for step in lineage.steps:
            for clause in step.clauses:
                text = normalize(clause.text)
                score = (round(query_score(words, text), 1), fuzz.WRatio(wanted, text))
                if n not in best or score > best[n][0]:
                    best[n] = (score, step.version, clause.id)
    ranked = sorted(best.items(), key=lambda kv: kv[1][0], reverse=True)
    return [Hit(timeline.lineages[n], v, c, s[0]) for n, (s, v, c) in ranked[:limit] if s[0] >= MIN_QUERY_SCORE]


def trace_doc(timeline: Timeline, query: str, hits: list[Hit]) -> dict:
    top = hits[0]
    steps = []
    for step in top.lineage.steps:
        out = step.to_dict()
        out["changes"] = [c.to_dict(explain=False) for c in step.changes]
        steps.append(out)
    return {"schema": TRACE_SCHEMA, "query": query, "versions": timeline.versions,
            "match": {"version": top.version, "clause": top.clause, "score": round(top.score, 1)},
            "lineage": {"label": top.lineage.label, "topics": top.lineage.topics, "steps": steps},
            "others": [{"version": h.version, "clause": h.clause, "score": round(h.score, 1),
                        "label": h.lineage.label} for h in hits[1:]]}


# --- topics ----------------------------------------------------------------------------------

def topics_doc(timeline: Timeline) -> dict:
    """Per topic and version: how many clauses carry the tag, and how many lineages touching
    the tag got each status there (a step touches a tag when its clauses, or the clauses its
    changes came from, carry it — so a dropped clause counts under its old topics)."""
    order: list[str] = []
    for plan in timeline.plans:
        for tag in (t for c in plan.flat() for t in c.topics):
            if tag not in order:
                order.append(tag)
    counts = {tag: [dict.fromkeys(STATUSES, 0) for _ in timeline.plans] for tag in order}
    for lineage in timeline.lineages:
        for vi, step in enumerate(lineage.steps):
            if step.status in (None, "present"):
                continue
            tags = {t for c in step.clauses for t in c.topics} | {t for ch in step.changes for t in ch.topics}
            for tag in tags & counts.keys():
                counts[tag][vi][step.status] += 1
    rows = []
    for tag in order:
        cells = []
        for vi, plan in enumerate(timeline.plans):
            n = sum(1 for c in plan.flat() if tag in c.topics)
            cells.append({"version": plan.id, "clauses": n, **counts[tag][vi]})
        rows.append({"topic": tag, "cells": cells})
    return {"schema": TOPICS_SCHEMA, "versions": timeline.versions, "topics": rows}


# --- drift -----------------------------------------------------------------------------------

DRIFT_MIN = 0.5  # below this against every source, a clause is new text ("none")
DRIFT_TIE = 0.01  # sources this close to the best share the win ("tie")


def drift_doc(new: Plan, sources: Sequence[Plan]) -> dict:
    """Whose text won: for each clause of NEW, its best wording similarity to any clause of each
    source (rapidfuzz ``ratio`` on normalised text, 0..1; a direct score rather than the
    aligner's pairing, so every source gets a number even where the aligner would pair the
    clause elsewhere or not at all). The closest source wins; within ``DRIFT_TIE`` of the best
    it is a ``tie``; below ``DRIFT_MIN`` everywhere it is ``none`` (new text)."""
    from rapidfuzz import fuzz, process

    from plandiff.text import normalize

    if not sources:
        raise UsageError("drift needs at least one --from version")
    ids = [p.id for p in sources]
    if new.id in ids or len(set(ids)) != len(ids):
        raise UsageError("drift: NEW and the --from versions must all be different")
    pools = [(p, [normalize(c.text) for c in p.flat()]) for p in sources]
    buckets = [*ids, "tie", "none"]
    overall = dict.fromkeys(buckets, 0)
    by_topic: dict[str, dict[str, int]] = {}
    rows = []
    for clause in new.flat():
        text = normalize(clause.text)
        scores = {}
        for plan, pool in pools:
            hit = process.extractOne(text, pool, scorer=fuzz.ratio) if pool else None
            scores[plan.id] = ({"score": round(hit[1] / 100, 4), "clause": plan.flat()[hit[2]].id}
                               if hit else {"score": 0.0, "clause": None})
        top = max(s["score"] for s in scores.values())
        leaders = [pid for pid, s in scores.items() if s["score"] >= top - DRIFT_TIE]
        closest = None if top < DRIFT_MIN or len(leaders) > 1 else leaders[0]
        bucket = "none" if top < DRIFT_MIN else closest or "tie"
        overall[bucket] += 1
        for tag in clause.topics or ("(untagged)",):
            by_topic.setdefault(tag, dict.fromkeys(buckets, 0))[bucket] += 1
        rows.append({"clause": clause.id, "text": clause.text, "topics": list(clause.topics),
                     "closest": closest, "tied": leaders if bucket == "tie" else [], "scores": scores})
    return {"schema": DRIFT_SCHEMA, "new": new.id, "from": ids, "method": "rapidfuzz.ratio",
            "min_similarity": DRIFT_MIN, "tie": DRIFT_TIE, "clauses": rows,
            "tally": {"overall": overall, "topics": by_topic}}
