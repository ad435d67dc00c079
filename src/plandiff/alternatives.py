"""Option blocks: alternative texts offered for one point of a negotiating draft.

A draft still under negotiation offers "Option 1: … Option 2: …" for a point (clauses marked
``option: true``; the importer marks ``**Option N:**`` blocks). The next version keeps one
option, blends several, or drops the point. That changes two things:

* **Alignment.** When some options of a block were paired with a clause of the other version
  and the rest found no partner anywhere, the rest were not dropped one by one: the
  negotiators settled the whole choice in that clause. :func:`fold_settled_options` puts them
  into its entry (a merge; the mirror, a split, when the *new* version offers the options).
* **Classification.** The outcome is read against each option that was on the table
  (:func:`option_readings`), and the readings are combined by :func:`settle`: weaker than at
  least one option and stronger than none is ``softened`` (the strong option did not survive),
  the mirror is ``hardened``, weaker than one and stronger than another is a compromise
  (``modified``). Strength is judged by the commitment's own strength signals; content that
  seems to come or go against a single option is what blending options looks like. Reading the joined options as one text would instead see one option's "shall"
  and another's "should" side by side and find no direction at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from plandiff.model import Clause

if TYPE_CHECKING:  # alignment uses this module without the classifier
    from plandiff.classify.evidence import Evidence, Verdict

# (olds, news, how, score, parts, runner-up): a paired entry as align() assembles it.
Group = tuple


def _subtree(clauses: Sequence[Clause], n: int) -> list[int]:
    """Index ``n`` and its sub-clauses, which follow it in document order."""
    depth = clauses[n].depth
    end = n + 1
    while end < len(clauses) and clauses[end].depth > depth:
        end += 1
    return list(range(n, end))


def option_blocks(clauses: Sequence[Clause]) -> list[list[list[int]]]:
    """Each block of two or more sibling options, as the indices of every option with its
    sub-clauses (document order)."""
    siblings: dict[str | None, list[int]] = defaultdict(list)
    for n, clause in enumerate(clauses):
        if clause.option:
            siblings[clause.parent].append(n)
    return [[_subtree(clauses, n) for n in options] for options in siblings.values() if len(options) >= 2]


def fold_settled_options(old_c: Sequence[Clause], new_c: Sequence[Clause], groups: list[Group],
                         similarity: Callable[[list[int], list[int]], float],
                         unpaired_old: frozenset[int] = frozenset(),
                         forbidden: frozenset[tuple[int, int]] = frozenset()) -> list[Group]:
    """``groups`` with the unpaired options of each block folded into the one entry that holds
    its paired options (see the module docstring). A block whose options went to different
    entries, or whose entry holds options on the other side too (options compared with options),
    is left alone; so are old clauses the user asked to keep unpaired and forbidden pairs."""
    groups = list(groups)
    blocks_of = (option_blocks(old_c), option_blocks(new_c))
    for side, blocks, other, other_blocks in ((0, blocks_of[0], new_c, blocks_of[1]),
                                              (1, blocks_of[1], old_c, blocks_of[0])):
        if not blocks:
            continue
        other_options = {k for block in other_blocks for sub in block for k in sub}
        other_options |= {k for k, c in enumerate(other) if c.option}
        owner = {k: g for g, group in enumerate(groups) for k in group[side]}
        for block in blocks:
            holders = {owner[k] for sub in block for k in sub if k in owner}
            if len(holders) != 1:
                continue
            g = holders.pop()
            olds_news = list(groups[g][:2])
            if any(k in other_options for k in olds_news[1 - side]):
                continue
            targets = olds_news[1 - side]
            kept_apart = {k for sub in block for k in sub if (
                (k in unpaired_old or any((k, j) in forbidden for j in targets)) if side == 0
                else any((i, k) in forbidden for i in targets))}
            free = [k for sub in block if not any(k in owner or k in kept_apart for k in sub) for k in sub]
            if not free:
                continue
            olds_news[side] = sorted([*olds_news[side], *free])
            olds, news = olds_news
            _, _, how, _, parts, runner = groups[g]
            if how not in ("pinned", "merge", "split"):
                how = "merge" if side == 0 else "split"
            groups[g] = (olds, news, how, similarity(olds, news), {**parts, "options": float(len(block))}, runner)
            owner.update(dict.fromkeys(free, g))
    return groups


def option_roots(clauses: Sequence[Clause]) -> dict[str, str]:
    """For every clause inside an option (the option itself included), the id of the nearest
    option it belongs to."""
    out: dict[str, str] = {}
    for n, clause in enumerate(clauses):
        if clause.option:
            for k in _subtree(clauses, n):
                out[clauses[k].id] = clause.id  # inner options overwrite: the nearest wins
    return out


def option_readings(clauses: Sequence[Clause], roots: dict[str, str]) -> list[tuple[str, list[int]]]:
    """The entry's clauses read once per option on the table: for each option, the positions
    (in ``clauses``) of its own clauses and of those in no option. Empty unless the entry holds
    two or more options of one block."""
    by_root: dict[str, list[int]] = defaultdict(list)
    common: list[int] = []
    for pos, clause in enumerate(clauses):
        root = roots.get(clause.id)
        (by_root[root] if root is not None else common).append(pos)
    if len(by_root) < 2:
        return []
    return [(root, sorted(own + common)) for root, own in by_root.items()]


def _rebase(span: tuple[int, int] | None, starts: list[int], reading_starts: list[int],
            lengths: list[int]) -> tuple[int, int] | None:
    """A span in one reading's text, moved to the same words in the entry's joined text."""
    if span is None:
        return None
    for start, reading_start, length in zip(starts, reading_starts, lengths, strict=True):
        if reading_start <= span[0] <= reading_start + length:
            shift = start - reading_start
            return (span[0] + shift, span[1] + shift)
    return None


def _starts(texts: list[str]) -> list[int]:
    out, at = [], 0
    for text in texts:
        out.append(at)
        at += len(text) + 1  # joined by one space
    return out


def settle(readings: list[tuple[str, list[int]]], verdicts: list[Verdict], texts: list[str],
           side: str) -> tuple[str, tuple[Evidence, ...]]:
    """One status for an entry read against each option, with every reading's evidence (spans
    moved into the entry's joined text of ``side``, each message naming its option)."""
    from plandiff.classify.evidence import Evidence
    statuses = [v.status for v in verdicts]
    # Strength is what an outcome is measured by against options. An outcome that blends
    # options always looks, against any single one, as if content came or went (the other
    # options' items, their parties): those no-direction changes are the blend itself, so only
    # a strength signal of the commitment (modal, bound, deadline, negation; not a lone
    # qualifier) or a reading's own direction counts here.
    directions = {s for s in statuses if s in ("softened", "hardened")}
    directions |= {e.effect for v in verdicts for e in v.evidence
                   if e.effect in ("softened", "hardened") and not e.weak}
    # A commitment turned into its opposite (a negation flipped) against some option has no
    # strength order with it: no one direction overall.
    if any(e.kind == "negation" and e.effect == "modified" and not e.weak for v in verdicts for e in v.evidence):
        directions.add("modified")
    if len(directions) == 1:
        status = directions.pop()
    elif directions or any(s not in ("unchanged", "reworded") for s in statuses):
        status = "modified"
    else:
        status = "reworded" if "reworded" in statuses else "unchanged"
    summary = "; ".join(f"{root}: {v.status}" for (root, _), v in zip(readings, verdicts, strict=True))
    evidence = [Evidence("options", "neutral", None, None,
                         f"read against each of the {len(readings)} options on the table ({summary})")]
    starts = _starts(texts)
    for (root, positions), verdict in zip(readings, verdicts, strict=True):
        part = [texts[p] for p in positions]
        moved_to = [starts[p] for p in positions]
        lengths = [len(t) for t in part]
        here = _starts(part)
        for e in verdict.evidence:
            if side == "old":
                e = e._replace(old_span=_rebase(e.old_span, moved_to, here, lengths))
            else:
                e = e._replace(new_span=_rebase(e.new_span, moved_to, here, lengths))
            evidence.append(e._replace(message=f"{root}: {e.message}"))
    return status, tuple(evidence)
