"""Line up equivalent clauses across two versions of a plan.

The problem: given the clauses of an old and a new version, decide which old clause became
which new clause(s) — through renumbering, reordering, rewording, softening, splitting and
merging — and which were added or dropped, accounting for every clause of both versions
exactly once, and saying why each decision was taken.

The approach, in stages (each in its own module where it is more than a few lines):

1. **Normalise** every clause (:func:`plandiff.text.normalize`).
2. **Anchor** clauses whose normalised text is identical on both sides, in document order
   (:mod:`plandiff.candidates`). In real revisions most clauses are anchors.
3. **Candidates** for the rest, without an N×M matrix for large inputs
   (:mod:`plandiff.candidates`: rapidfuzz ``cdist``/``extract``, the stretch between anchors,
   an index of rare words, each clause's k best).
4. **Score** each candidate (:mod:`plandiff.scoring`), with weights from ``data/align.yaml``
   chosen by measurement (``benchmarks/tune_align.py``).
5. **Assign** one-to-one by maximum total excess of score over the threshold
   (:mod:`plandiff.assignment`: optimal, deterministic; not first-come greedy).
6. **Groups** (:mod:`plandiff.grouping`): sub-points folded into a paragraph, adjacent parts that
   together explain a clause (split/merge).
7. **In place**: leftovers in the same slot between in-order pairs, at a lower threshold — a
   clause rewritten beyond recognition usually keeps its place.
8. **Containers** follow their contents: headings paired through their sub-clauses
   (:mod:`plandiff.grouping`).
9. **Points rewritten as one clause**: an unpaired lead-in and its unpaired sub-points join the
   entry of the one sub-point paired in its slot, when the whole point explains that clause
   about as well (:func:`plandiff.grouping.rewritten_points`).
10. **Options settled**: the unpaired options of a draft's option block join the entry that
   holds the block's paired options (:mod:`plandiff.alternatives`).
11. **Moves**: pairs off the longest increasing subsequence of positions are flagged moved.

Every stage is written so that swapping the versions mirrors the result.

Rejected alternatives: difflib's in-order matching misses moves and heavy rewording (F1 ≈ 0.16
on the real gold pairs); greedy best-first pairing is order-dependent and suboptimal; a dense
similarity matrix is quadratic in time and memory at 50,000 clauses.

This module knows nothing of files or terminals: ``align(old, new, options) -> Alignment``.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from plandiff.alternatives import fold_settled_options
from plandiff.assignment import max_weight_matching
from plandiff.candidates import anchor_pairs, find_candidates, lis_pairs
from plandiff.errors import PlandiffError, UsageError, did_you_mean
from plandiff.grouping import (
    containers,
    folded_children,
    group_similarity,
    rewritten_points,
    splits_and_merges,
)
from plandiff.model import Clause, Plan
from plandiff.scoring import Scorer

# ---------------------------------------------------------------------------------------------
# Parameters and options


class AlignParams(NamedTuple):
    """Tunable weights and thresholds (see ``data/align.yaml`` for what each means)."""

    threshold: float = 0.5
    w_token_set: float = 0.3
    w_ratio: float = 0.2
    w_idf: float = 0.5
    bonus_numbers: float = 0.06
    bonus_topics: float = 0.06
    bonus_position: float = 0.06
    text_cutoff: float = 35.0
    split_margin: float = 0.06
    containment: float = 0.6
    slot_threshold: float = 0.3
    bonus_depth: float = 0.04
    dense_cells: int = 250_000
    candidates_per_clause: int = 8
    stopwords: frozenset[str] = frozenset()
    pair_cost: float = 0.0
    actor_mismatch: float = 0.0
    actor_verbs: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()


def load_params(path: str | Path | None = None) -> AlignParams:
    """Parameters from a YAML file (default: the packaged ``data/align.yaml``)."""
    return _load_params(str(path) if path else None)


@lru_cache(maxsize=8)
def _load_params(path: str | None) -> AlignParams:
    if path is None:
        text = None
        where = "data/align.yaml"
    else:
        from plandiff.loading import read_text

        text = read_text(path)
        where = path
    from plandiff.resources import package_data
    from plandiff.yamltree import is_yaml_error, load_data

    try:
        data = (package_data("data", "align.yaml") if text is None else load_data(text)) or {}
        w = data.get("weights", {})
        b = data.get("bonus", {})
        return AlignParams(
            threshold=float(data.get("threshold", 0.5)),
            w_token_set=float(w.get("token_set", 0.3)),
            w_ratio=float(w.get("ratio", 0.2)),
            w_idf=float(w.get("idf", 0.5)),
            bonus_numbers=float(b.get("numbers", 0.0)),
            bonus_topics=float(b.get("topics", 0.0)),
            bonus_position=float(b.get("position", 0.0)),
            text_cutoff=float(data.get("text_cutoff", 35)),
            split_margin=float(data.get("split_margin", 0.06)),
            slot_threshold=float(data.get("slot_threshold", 0.3)),
            bonus_depth=float(b.get("depth", 0.0)),
            containment=float(data.get("containment", 0.6)),
            dense_cells=int(data.get("dense_cells", 250_000)),
            candidates_per_clause=int(data.get("candidates_per_clause", 8)),
            stopwords=frozenset(str(s) for s in data.get("stopwords", [])),
            pair_cost=min(1.0, max(0.0, float(data.get("pair_cost", 0.0)))),
            actor_mismatch=float(data.get("actor_mismatch", 0.0)),
            actor_verbs=frozenset(str(s).casefold() for s in data.get("actor_verbs", [])),
            participles=frozenset(str(s).casefold() for s in data.get("participles", [])),
        )
    except Exception as exc:  # noqa: BLE001  (narrowed: YAML and shape errors only)
        if not (is_yaml_error(exc) or isinstance(exc, (AttributeError, TypeError, ValueError))):
            raise
        raise PlandiffError(f"{where}: not a valid alignment configuration ({exc})") from None


class AlignOptions(NamedTuple):
    """How to align: the threshold override and the user's corrections.

    ``pins`` force pairs (several pins of one old clause make a split, of one new clause a
    merge); ``unpair`` lists old clause ids that must stay unpaired; ``forbid`` lists pairs that
    must not be made. Everything else is aligned around them."""

    threshold: float | None = None
    pins: tuple[tuple[str, str], ...] = ()
    unpair: tuple[str, ...] = ()
    forbid: tuple[tuple[str, str], ...] = ()
    params: AlignParams | None = None


# ---------------------------------------------------------------------------------------------
# Result


class Candidate(NamedTuple):
    """Another pairing that was considered, with its score (for explanations)."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    score: float


class Match(NamedTuple):
    """Why an entry was paired (or why not): how, the score and its parts, the runner-up."""

    matched_by: str  # identical | fuzzy | split | merge | pinned | structure | none
    score: float
    parts: dict[str, float] = {}  # noqa: RUF012  (always given; never mutated)
    runner_up: Candidate | None = None


class Entry(NamedTuple):
    """One line of the alignment: old clause(s) ↔ new clause(s); one side empty when the
    clause was added or dropped."""

    old: tuple[Clause, ...]
    new: tuple[Clause, ...]
    relation: str  # one-to-one | split | merge | none
    moved: bool
    similarity: float
    match: Match

    @property
    def old_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.old)

    @property
    def new_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.new)


class Alignment(NamedTuple):
    """Every clause of both versions, each in exactly one entry, in document order."""

    old: Plan
    new: Plan
    entries: tuple[Entry, ...]
    threshold: float

    @property
    def renumbered(self) -> int:
        """Pairs whose clause id changed (content may or may not have)."""
        return sum(
            1 for e in self.entries
            if e.relation == "one-to-one" and e.old[0].id != e.new[0].id
        )


# ---------------------------------------------------------------------------------------------
# Scoring


# ---------------------------------------------------------------------------------------------
# Candidates


# ---------------------------------------------------------------------------------------------
# Moves


# ---------------------------------------------------------------------------------------------
# The aligner


def _resolve_ids(plan: Plan, ids: list[str], side: str) -> dict[str, int]:
    index = {c.id: n for n, c in enumerate(plan.flat())}
    out = {}
    for cid in ids:
        if cid not in index:
            hint = did_you_mean(cid, list(index), limit=1)
            more = f"; did you mean {hint[0]!r}?" if hint else ""
            raise UsageError(f"{side} plan {plan.id!r} has no clause {cid!r}{more}")
        out[cid] = index[cid]
    return out


def align(old: Plan, new: Plan, options: AlignOptions | None = None, *,
          provisional: Callable[[list[tuple[int, int]]], None] | None = None) -> Alignment:
    """Align two plans; every clause of both ends up in exactly one entry.

    ``provisional(matched)``, if given, is called once the one-to-one assignment (stage 5) is
    known, with its fuzzy pairs as indexes into ``old.flat()`` and ``new.flat()``: most of them
    are final, so a caller can start slow per-pair work (classification in helper processes)
    while the later stages run. They are not final; a caller checks its work against the
    returned alignment."""
    options = options or AlignOptions()
    params = options.params or load_params()
    threshold = params.threshold if options.threshold is None else options.threshold
    if not 0.0 <= threshold <= 1.0:
        raise UsageError(f"threshold must be between 0 and 1, not {threshold}")
    old_c, new_c = old.flat(), new.flat()
    scorer = Scorer(old_c, new_c, params)

    old_ix = _resolve_ids(old, [o for o, _ in options.pins] + list(options.unpair) + [o for o, _ in options.forbid], "old")
    new_ix = _resolve_ids(new, [n for _, n in options.pins] + [n for _, n in options.forbid], "new")
    forbidden = {(old_ix[o], new_ix[n]) for o, n in options.forbid}

    groups: list[tuple[list[int], list[int], str, float, dict, Candidate | None]] = []
    taken_old: set[int] = set()
    taken_new: set[int] = set()

    # 1. Pins: connected groups of pinned pairs become one entry each.
    if options.pins:
        for olds, news in _pin_groups([(old_ix[o], new_ix[n]) for o, n in options.pins]):
            s = group_similarity(scorer, olds, news)
            groups.append((olds, news, "pinned", s, {}, None))
            taken_old.update(olds)
            taken_new.update(news)
    taken_old.update(old_ix[o] for o in options.unpair)

    # 2. Anchors.
    old_free = [i for i in range(len(old_c)) if i not in taken_old]
    new_free = [j for j in range(len(new_c)) if j not in taken_new]
    anchors = [(i, j) for i, j in anchor_pairs(scorer.old_norm, scorer.new_norm, old_free, new_free)
               if (i, j) not in forbidden]
    for i, j in anchors:
        taken_old.add(i)
        taken_new.add(j)
    old_left = [i for i in old_free if i not in taken_old]
    new_left = [j for j in new_free if j not in taken_new]
    scorer.prepare(old_left + sorted(i for g in groups for i in g[0]), new_left + sorted(j for g in groups for j in g[1]))

    # 3-4. Candidates and scores.
    cands = find_candidates(scorer, old_left, new_left, anchors, params)
    scored: dict[tuple[int, int], tuple[float, dict]] = {}
    for (i, j), ts in cands.items():
        if (i, j) in forbidden:
            continue
        scored[(i, j)] = scorer.score(i, j, ts)
    by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
    by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), (s, _) in scored.items():
        by_old[i].append((s, j))
        by_new[j].append((s, i))
    for lst in (*by_old.values(), *by_new.values()):
        lst.sort(key=lambda t: (-t[0], t[1]))

    # 5. Optimal one-to-one assignment above the threshold.
    edges: dict[int, list[tuple[int, float]]] = defaultdict(list)
    cost = params.pair_cost * threshold - 1e-4
    for (i, j), (s, _) in scored.items():
        if s >= threshold:
            # Equal scores are broken by closeness of relative position, the same whichever
            # version is called old, so that swapping the versions mirrors the pairs.
            edges[i].append((j, s - cost - 1e-6 * abs(i / scorer.n_old - j / scorer.n_new)))
    pairs = max_weight_matching(edges)
    pair_of_old = dict(pairs)
    if provisional is not None:
        provisional(sorted(pair_of_old.items()))
    pair_of_new = {j: i for i, j in pairs.items()}

    # 6. Splits and merges.
    # Structure first (sub-points folded into a parent), then text (adjacent parts).
    split_groups = folded_children(scorer, old_c, new_c, {**dict(anchors), **pair_of_old}, [], params, forbidden,
                                    by_old, by_new)
    split_groups += splits_and_merges(scorer, old_left, new_left, pair_of_old, pair_of_new, by_old, by_new,
                                       threshold, params, forbidden, split_groups)

    # Assemble entries.
    in_group_old = {i for olds, _, _ in split_groups for i in olds}
    in_group_new = {j for _, news, _ in split_groups for j in news}
    for i, j in anchors:
        if i not in in_group_old and j not in in_group_new:
            groups.append(([i], [j], "identical", 1.0, {}, None))
    fuzzy = {i: j for i, j in pair_of_old.items() if i not in in_group_old and j not in in_group_new}

    # 7. In place: a clause rewritten beyond recognition usually keeps its slot. Leftovers
    # between the same two in-order pairs are paired at a lower threshold.
    backbone = sorted([(min(o), min(n)) for o, n, *_ in groups] + list(fuzzy.items())
                      + [(min(o), min(n)) for o, n, _ in split_groups])
    for i, j in _in_place_pairs(backbone, old_left, new_left, scored, fuzzy, in_group_old, in_group_new,
                                params.slot_threshold, scorer.n_old, scorer.n_new, params.pair_cost):
        fuzzy[i] = j
        scored[(i, j)][1]["in_place"] = 1.0

    # 8. Containers follow their contents: an unpaired heading or lead-in whose sub-clauses
    # went mostly under one unpaired clause on the other side is that clause's counterpart
    # ("Article 3 (mitigation)" of a draft and "Article 4" of the final text).
    partners: dict[int, list[int]] = defaultdict(list)
    for olds, news, *_ in groups:
        for i in olds:
            partners[i].extend(news)
    for i, j in fuzzy.items():
        partners[i].append(j)
    for olds, news, _ in split_groups:
        for i in olds:
            partners[i].extend(news)
    weak = {i: j for i, j in fuzzy.items() if scored[(i, j)][0] < 0.7}
    structure = containers(old_c, new_c, partners, weak)
    for i, j, share in structure:
        # Strong container evidence outweighs a weak text match of a short heading.
        fuzzy.pop(i, None)
        for k in [k for k, v in fuzzy.items() if v == j]:
            fuzzy.pop(k)
        s, parts = scored.get((i, j), (group_similarity(scorer, [i], [j]), {}))
        groups.append(([i], [j], "structure", s, {**parts, "children": round(share, 4)}, None))

    for i, j in sorted(fuzzy.items()):
        s, parts = scored[(i, j)]
        groups.append(([i], [j], "fuzzy", s, parts, _runner_up(old_c, new_c, by_old, by_new, i, j)))
    for olds, news, how in split_groups:
        s = group_similarity(scorer, olds, news)
        groups.append((olds, news, how, s, {}, None))

    # 9. A point rewritten as one clause, found through the one sub-point paired in place.
    slots = _slots({(min(g[0]), min(g[1])) for g in groups})
    groups = rewritten_points(old_c, new_c, groups, slots, lambda o, n: group_similarity(scorer, o, n),
                              params.split_margin, forbidden)

    # 10. Options settled: a draft's options that found no partner of their own were settled in
    # the clause that its other options went to.
    groups = fold_settled_options(old_c, new_c, groups, lambda o, n: group_similarity(scorer, o, n),
                                  frozenset(old_ix[o] for o in options.unpair), frozenset(forbidden))
    paired_old = {i for g in groups for i in g[0]}
    paired_new = {j for g in groups for j in g[1]}
    entries_raw = list(groups)
    for i in range(len(old_c)):
        if i not in paired_old:
            best = by_old.get(i, [])
            runner = Candidate((old_c[i].id,), (new_c[best[0][1]].id,), round(best[0][0], 4)) if best else None
            entries_raw.append(([i], [], "none", 0.0, {}, runner))
    for j in range(len(new_c)):
        if j not in paired_new:
            best = by_new.get(j, [])
            runner = Candidate((old_c[best[0][1]].id,), (new_c[j].id,), round(best[0][0], 4)) if best else None
            entries_raw.append(([], [j], "none", 0.0, {}, runner))
    return Alignment(old, new, tuple(_order_entries(entries_raw, old_c, new_c)), threshold)


def _in_place_pairs(backbone, old_left, new_left, scored, fuzzy, used_old, used_new, slot_threshold,
                    n_old: int, n_new: int, pair_cost: float = 0.0):
    """Pairs of leftovers lying in the same slot, chosen by optimal assignment among those
    scoring at least ``slot_threshold``.

    An old and a new clause share a slot when no in-order pair separates them. The definition
    reads the same whichever version is called old, so the result mirrors when the versions are
    swapped."""
    from plandiff.assignment import max_weight_matching

    if slot_threshold >= 1.0:
        return []
    paired_new = set(fuzzy.values()) | used_new
    olds = [i for i in old_left if i not in fuzzy and i not in used_old]
    news = [j for j in new_left if j not in paired_new]
    if not olds or not news:
        return []
    key_old, key_new = _slots(set(backbone))
    news_by_slot: dict[int, list[int]] = defaultdict(list)
    for j in news:
        news_by_slot[key_new(j)].append(j)
    edges: dict[int, list[tuple[int, float]]] = defaultdict(list)
    slot_cost = pair_cost * slot_threshold - 1e-4
    for i in olds:
        for j in news_by_slot.get(key_old(i), ()):
            hit = scored.get((i, j))
            if hit is not None and hit[0] >= slot_threshold:
                edges[i].append((j, hit[0] - slot_cost - 1e-6 * abs(i / n_old - j / n_new)))
    return sorted(max_weight_matching(edges).items())


def _slots(pairs: set[tuple[int, int]]):
    """(slot of an old index, slot of a new index): the stretches between in-order pairs.

    Slots are cut by the pairs that lie on *every* longest in-order chain: moved pairs (off
    the chain) do not cut, and the choice among equally long chains, which would depend on
    which side is called old, does not matter."""
    spine = _common_chain(sorted(pairs))
    old_cuts = [a for a, _ in spine]
    new_cuts = [b for _, b in spine]

    def key_old(i: int) -> int:
        return bisect.bisect_left(old_cuts, i)

    def key_new(j: int) -> int:
        return bisect.bisect_left(new_cuts, j)

    return key_old, key_new


def _common_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs (sorted, increasing in the first coordinate) that belong to every longest
    chain increasing in both coordinates. Symmetric: swapping the coordinates gives the same
    set, unlike picking one longest chain."""
    n = len(pairs)
    if not n:
        return []
    ending = _chain_lengths([b for _, b in pairs])
    starting = _chain_lengths([-b for _, b in reversed(pairs)])[::-1]
    best = max(ending)
    on_some = [k for k in range(n) if ending[k] + starting[k] - 1 == best]
    per_level: dict[int, int] = defaultdict(int)
    for k in on_some:
        per_level[ending[k]] += 1
    return [pairs[k] for k in on_some if per_level[ending[k]] == 1]


def _chain_lengths(values: list[int]) -> list[int]:
    """Length of the longest strictly increasing subsequence ending at each position."""
    tails: list[int] = []
    out = []
    for v in values:
        pos = bisect.bisect_left(tails, v)
        if pos == len(tails):
            tails.append(v)
        else:
            tails[pos] = v
        out.append(pos + 1)
    return out


def _pin_groups(pins: list[tuple[int, int]]) -> list[tuple[list[int], list[int]]]:
    """Connected components of the pinned pairs: one old to many new is a split, etc."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pins:
        parent[find(("o", i))] = find(("n", j))
    comps: dict[tuple[str, int], tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    for i, j in pins:
        root = find(("o", i))
        comps[root][0].add(i)
        comps[root][1].add(j)
    return sorted((sorted(o), sorted(n)) for o, n in comps.values())


def _runner_up(old_c, new_c, by_old, by_new, i: int, j: int) -> Candidate | None:
    """The best alternative to the chosen pair, from either clause's point of view."""
    alternatives = []
    for s, jj in by_old.get(i, []):
        if jj != j:
            alternatives.append((s, (old_c[i].id,), (new_c[jj].id,)))
            break
    for s, ii in by_new.get(j, []):
        if ii != i:
            alternatives.append((s, (old_c[ii].id,), (new_c[j].id,)))
            break
    if not alternatives:
        return None
    s, o, n = max(alternatives, key=lambda t: t[0])
    return Candidate(o, n, round(s, 4))


def _order_entries(raw, old_c: list[Clause], new_c: list[Clause]) -> list[Entry]:
    """Entries in document order of the new version, each dropped clause right after the
    entry holding the old clause before it; moved flags from the longest in-order run."""
    paired = [r for r in raw if r[0] and r[1]]
    keyed = sorted(paired, key=lambda r: (min(r[0]), min(r[1])))
    lis = set(lis_pairs([(min(r[0]), min(r[1])) for r in keyed]))
    entries: list[tuple[tuple, Entry]] = []
    entry_key_of_old: dict[int, tuple] = {}
    for olds, news, how, s, parts, runner in raw:
        if not (olds and news):
            continue
        relation = "one-to-one" if len(olds) == 1 and len(news) == 1 else ("split" if len(olds) == 1 else "merge")
        moved = (min(olds), min(news)) not in lis
        key = (min(news), 0, 0)
        for i in olds:
            entry_key_of_old[i] = key
        match = Match(how, round(s, 4), parts, runner)
        entries.append((key, Entry(tuple(old_c[i] for i in olds), tuple(new_c[j] for j in news),
                                   relation, moved, round(s, 4), match)))
    for olds, news, how, s, parts, runner in raw:
        if olds and news:
            continue
        if news:
            j = news[0]
            key = (j, 0, 0)
            entries.append((key, Entry((), (new_c[j],), "none", False, 0.0, Match("none", 0.0, {}, runner))))
        else:
            i = olds[0]
            anchor_key = (-1, 0, 0)
            for p in range(i - 1, -1, -1):
                if p in entry_key_of_old:
                    anchor_key = entry_key_of_old[p]
                    break
            key = (anchor_key[0], 1, i)
            entries.append((key, Entry((old_c[i],), (), "none", False, 0.0, Match("none", 0.0, {}, runner))))
    entries.sort(key=lambda t: t[0])
    return [e for _, e in entries]
