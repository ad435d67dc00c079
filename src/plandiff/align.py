"""Line up equivalent clauses across two versions of a plan.

The problem: given the clauses of an old and a new version, decide which old clause became
which new clause(s) — through renumbering, reordering, rewording, softening, splitting and
merging — and which were added or dropped, accounting for every clause of both versions
exactly once, and saying why each decision was taken.

The approach, in stages:

1. **Normalise** every clause (:func:`plandiff.text.normalize`).
2. **Anchor** clauses whose normalised text is identical on both sides (in order, so repeated
   boilerplate pairs first-with-first). In real revisions most clauses are anchors.
3. **Candidates** for the rest. Small problems score every leftover pair; large ones take the
   unmatched neighbours between consecutive anchors (revisions mostly edit in place) plus, from
   an inverted index of rare words, the clauses sharing the most informative words (moves).
   Candidate rows are scored with rapidfuzz (``process.cdist`` with ``workers=-1`` and a
   ``score_cutoff`` for blocks, ``process.extract`` for index rows), so cost grows close to
   linearly with document size and no dense N×M matrix is built for large inputs.
4. **Score** = weighted mean of token-set, character and idf-weighted word similarity, plus
   small bonuses for shared numbers, shared topic tags and similar relative position. The
   weights and threshold live in ``data/align.yaml`` and were chosen on the benchmark.
5. **Assign** one-to-one by maximum total score above the threshold
   (:mod:`plandiff.assignment`: an optimal assignment, deterministic; not first-come greedy).
6. **Split/merge**: an old clause whose text is explained clearly better by several adjacent
   new clauses together than by its best single partner becomes one split entry (and the
   mirror image, a merge).
7. **Moves**: pairs off the longest increasing subsequence of positions are flagged moved.

Rejected alternatives: difflib's in-order matching misses moves and heavy rewording (F1 ≈ 0.16
on the real gold pairs); greedy best-first pairing is order-dependent and suboptimal; a dense
similarity matrix is quadratic in time and memory at 50,000 clauses.

This module knows nothing of files or terminals: ``align(old, new, options) -> Alignment``.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from plandiff.errors import PlandiffError, UsageError, did_you_mean
from plandiff.model import Clause, Plan
from plandiff.text import normalize, numbers_in

# ---------------------------------------------------------------------------------------------
# Parameters and options


@dataclass(frozen=True, slots=True)
class AlignParams:
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


def load_params(path: str | Path | None = None) -> AlignParams:
    """Parameters from a YAML file (default: the packaged ``data/align.yaml``)."""
    return _load_params(str(path) if path else None)


@lru_cache(maxsize=8)
def _load_params(path: str | None) -> AlignParams:
    import yaml

    if path is None:
        from importlib.resources import files

        text = (files("plandiff") / "data" / "align.yaml").read_text("utf-8")
        where = "data/align.yaml"
    else:
        from plandiff.loading import read_text

        text = read_text(path)
        where = path
    from plandiff.yamltree import load_data

    try:
        data = load_data(text) or {}
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
        )
    except (yaml.YAMLError, AttributeError, TypeError, ValueError) as exc:
        raise PlandiffError(f"{where}: not a valid alignment configuration ({exc})") from None


@dataclass(frozen=True, slots=True)
class AlignOptions:
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


@dataclass(frozen=True, slots=True)
class Candidate:
    """Another pairing that was considered, with its score (for explanations)."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    """Why an entry was paired (or why not): how, the score and its parts, the runner-up."""

    matched_by: str  # identical | fuzzy | split | merge | pinned | structure | none
    score: float
    parts: dict[str, float] = field(default_factory=dict)
    runner_up: Candidate | None = None


@dataclass(frozen=True, slots=True)
class Entry:
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


@dataclass(frozen=True, slots=True)
class Alignment:
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


class _Scorer:
    """Similarity of clause pairs; everything per-clause is computed once up front."""

    def __init__(self, old: list[Clause], new: list[Clause], params: AlignParams) -> None:
        from rapidfuzz import fuzz

        self.fuzz = fuzz
        self.p = params
        self.old, self.new = old, new
        self.old_norm = [normalize(c.text) for c in old]
        self.new_norm = [normalize(c.text) for c in new]
        self.n_old = max(1, len(old) - 1)
        self.n_new = max(1, len(new) - 1)
        self.text_weight = params.w_token_set + params.w_ratio + params.w_idf or 1.0
        empty: frozenset = frozenset()
        self.old_words = [empty] * len(old)
        self.new_words = [empty] * len(new)
        self.old_mass = [0.0] * len(old)
        self.new_mass = [0.0] * len(new)
        self.old_nums = [empty] * len(old)
        self.new_nums = [empty] * len(new)
        self.old_topics = [frozenset(c.topics) for c in old]
        self.new_topics = [frozenset(c.topics) for c in new]
        self.old_depth = [c.depth for c in old]
        self.new_depth = [c.depth for c in new]
        self.df: dict[str, int] = {}
        self.idf: dict[str, float] = {}

    def prepare(self, old_left: list[int], new_left: list[int]) -> None:
        """Word sets, idf and numbers for the clauses still to pair (anchors need none).

        Word rarity is counted over these leftovers only: a word is informative when it
        tells apart the clauses that are actually in question."""
        stop = self.p.stopwords
        for i in old_left:
            self.old_words[i] = frozenset(w for w in self.old_norm[i].split() if w not in stop)
            self.old_nums[i] = frozenset(v for v, *_ in numbers_in(self.old[i].text))
        for j in new_left:
            self.new_words[j] = frozenset(w for w in self.new_norm[j].split() if w not in stop)
            self.new_nums[j] = frozenset(v for v, *_ in numbers_in(self.new[j].text))
        df: dict[str, int] = defaultdict(int)
        for i in old_left:
            for w in self.old_words[i]:
                df[w] += 1
        for j in new_left:
            for w in self.new_words[j]:
                df[w] += 1
        n_docs = len(old_left) + len(new_left) or 1
        self.df = df
        self.idf = {w: math.log(1 + n_docs / c) for w, c in df.items()}
        idf = self.idf
        for i in old_left:
            self.old_mass[i] = sum(idf[w] for w in self.old_words[i])
        for j in new_left:
            self.new_mass[j] = sum(idf[w] for w in self.new_words[j])

    def idf_dice(self, a: frozenset[str], b: frozenset[str], mass_a: float, mass_b: float) -> float:
        if not a or not b:
            return 0.0
        shared = sum(self.idf[w] for w in a & b)
        return 2 * shared / (mass_a + mass_b)

    def containment(self, part: frozenset[str], whole: frozenset[str], part_mass: float) -> float:
        """How much of ``part``'s information (idf-weighted words) is in ``whole``."""
        if not part or part_mass <= 0:
            return 0.0
        return sum(self.idf.get(w, 0.0) for w in part & whole) / part_mass

    def score(self, i: int, j: int, token_set: float | None = None) -> tuple[float, dict[str, float]]:
        """Combined similarity of old clause i and new clause j, with its parts."""
        p = self.p
        a, b = self.old_norm[i], self.new_norm[j]
        if token_set is None:
            token_set = self.fuzz.token_set_ratio(a, b)
        ratio = self.fuzz.ratio(a, b) / 100.0
        # token_set_ratio is 100 whenever one text's words are a subset of the other's, so a
        # two-word label ("Article 4") would look identical to any clause citing it: weigh it
        # down by how unequal the lengths are.
        la, lb = a.count(" ") + 1, b.count(" ") + 1
        ts = token_set / 100.0 * (0.6 + 0.4 * min(la, lb) / max(la, lb))
        idf = self.idf_dice(self.old_words[i], self.new_words[j], self.old_mass[i], self.new_mass[j])
        text = (p.w_token_set * ts + p.w_ratio * ratio + p.w_idf * idf) / self.text_weight
        parts = {"token_set": round(ts, 4), "ratio": round(ratio, 4), "idf": round(idf, 4)}
        total = text
        na, nb = self.old_nums[i], self.new_nums[j]
        if na and nb and p.bonus_numbers:
            share = len(na & nb) / len(na | nb)
            parts["numbers"] = round(share, 4)
            total += p.bonus_numbers * share
        ta, tb = self.old_topics[i], self.new_topics[j]
        if ta and tb and p.bonus_topics:
            share = len(ta & tb) / len(ta | tb)
            parts["topics"] = round(share, 4)
            total += p.bonus_topics * share
        if p.bonus_depth and self.old_depth[i] == self.new_depth[j]:
            parts["same_depth"] = 1.0
            total += p.bonus_depth
        if p.bonus_position:
            closeness = 1.0 - abs(i / self.n_old - j / self.n_new)
            parts["position"] = round(closeness, 4)
            total += p.bonus_position * (closeness - 0.5)
        # A label with hardly a word of content ("7.", "Article 7") says nothing about which
        # clause it is: such pairs are left to identity and structure.
        if min(self._content_words(self.old_words[i]), self._content_words(self.new_words[j])) < 2:
            total *= 0.6
            parts["label_only"] = 1.0
        total = max(0.0, min(1.0, total))
        return total, parts

    @staticmethod
    def _content_words(words: frozenset[str]) -> int:
        return sum(1 for w in words if not w.replace(".", "").isdigit())

    def text_similarity(self, a_norm: str, a_words: frozenset[str], b_norm: str, b_words: frozenset[str]) -> float:
        """Text-only similarity of two arbitrary texts (used for joined split/merge parts)."""
        p = self.p
        ts = self.fuzz.token_set_ratio(a_norm, b_norm) / 100.0
        ratio = self.fuzz.ratio(a_norm, b_norm) / 100.0
        ma = sum(self.idf.get(w, 0.0) for w in a_words)
        mb = sum(self.idf.get(w, 0.0) for w in b_words)
        shared = sum(self.idf.get(w, 0.0) for w in a_words & b_words)
        idf = 2 * shared / (ma + mb) if ma + mb else 0.0
        return (p.w_token_set * ts + p.w_ratio * ratio + p.w_idf * idf) / self.text_weight


# ---------------------------------------------------------------------------------------------
# Candidates


def _anchor(old_norm: list[str], new_norm: list[str], old_free: list[int], new_free: list[int]) -> list[tuple[int, int]]:
    """Identical normalised texts, paired in document order (first with first)."""
    positions: dict[str, list[int]] = defaultdict(list)
    for j in new_free:
        positions[new_norm[j]].append(j)
    used: dict[str, int] = defaultdict(int)
    pairs = []
    for i in old_free:
        key = old_norm[i]
        lst = positions.get(key)
        if lst and used[key] < len(lst):
            pairs.append((i, lst[used[key]]))
            used[key] += 1
    return pairs


def _gap_blocks(anchors: list[tuple[int, int]], old_left: list[int], new_left: list[int]) -> list[tuple[list[int], list[int]]]:
    """Leftover clauses grouped by the stretch between consecutive in-order anchors."""
    in_order = _lis_pairs(sorted(anchors))
    old_cuts = [i for i, _ in in_order]
    new_cuts = [j for _, j in in_order]
    blocks: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in old_left:
        blocks[bisect.bisect_left(old_cuts, i)][0].append(i)
    for j in new_left:
        blocks[bisect.bisect_left(new_cuts, j)][1].append(j)
    return [blocks[k] for k in sorted(blocks)]


def _candidates(scorer: _Scorer, old_left: list[int], new_left: list[int], anchors: list[tuple[int, int]],
                params: AlignParams) -> dict[tuple[int, int], float]:
    """Candidate pairs with their token-set score (0..100), at or above the text cutoff."""
    cutoff = params.text_cutoff
    found: dict[tuple[int, int], float] = {}
    if not old_left or not new_left:
        return found
    cells = len(old_left) * len(new_left)
    if cells <= params.dense_cells:
        _score_block(scorer, old_left, new_left, cutoff, found, params.candidates_per_clause)
        return _prune(found, params.candidates_per_clause)
    # Large inputs: the stretch between anchors (edits in place) ...
    for olds, news in _gap_blocks(anchors, old_left, new_left):
        if olds and news and len(olds) * len(news) <= 2500:
            _score_block(scorer, olds, news, cutoff, found, params.candidates_per_clause)
    # ... and clauses sharing informative words (moves, or stretches too big to score whole).
    _index_candidates(scorer, old_left, new_left, params, found, old_side=True)
    _index_candidates(scorer, old_left, new_left, params, found, old_side=False)
    return _prune(found, params.candidates_per_clause)


def _prune(found: dict[tuple[int, int], float], k: int) -> dict[tuple[int, int], float]:
    """Keep each clause's k best candidates (from either side's point of view): the full
    score is costlier than token-set, and a clause's partner is almost always among them."""
    by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
    by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), s in found.items():
        by_old[i].append((s, j))
        by_new[j].append((s, i))
    keep: set[tuple[int, int]] = set()
    for i, lst in by_old.items():
        lst.sort(key=lambda t: (-t[0], t[1]))
        keep.update((i, j) for _, j in lst[:k])
    for j, lst in by_new.items():
        lst.sort(key=lambda t: (-t[0], t[1]))
        keep.update((i, j) for _, i in lst[:k])
    return {pair: found[pair] for pair in sorted(keep)}


def _score_block(scorer: _Scorer, olds: list[int], news: list[int], cutoff: float,
                 found: dict[tuple[int, int], float], k: int) -> None:
    from rapidfuzz import fuzz, process

    queries = [scorer.old_norm[i] for i in olds]
    choices = [scorer.new_norm[j] for j in news]
    if len(olds) * len(news) <= 4096:
        # numpy (needed by cdist) costs more to import than scoring a small block row by row.
        for qi, q in enumerate(queries):
            for _, s, cj in process.extract(q, choices, scorer=fuzz.token_set_ratio, limit=None,
                                            score_cutoff=cutoff):
                found[(olds[qi], news[cj])] = s
        return
    import numpy as np

    matrix = process.cdist(queries, choices, scorer=fuzz.token_set_ratio, score_cutoff=cutoff,
                           workers=-1, dtype=np.uint8)
    # Only each row's and each column's k best can survive pruning: take them here rather
    # than materialising every pair above the cutoff.
    kk = min(k, matrix.shape[1])
    top_cols = np.argpartition(matrix, -kk, axis=1)[:, -kk:]
    kr = min(k, matrix.shape[0])
    top_rows = np.argpartition(matrix, -kr, axis=0)[-kr:, :]
    pairs = set()
    for r, cols in enumerate(top_cols.tolist()):
        pairs.update((r, c) for c in cols)
    for rows_, c in zip(top_rows.T.tolist(), range(matrix.shape[1])):
        pairs.update((r, c) for r in rows_)
    for r, c in pairs:
        value = int(matrix[r, c])
        if value >= cutoff and value > 0:
            found[(olds[r], news[c])] = float(value)


def _index_candidates(scorer: _Scorer, old_left: list[int], new_left: list[int], params: AlignParams,
                      found: dict[tuple[int, int], float], *, old_side: bool) -> None:
    """For each leftover clause of one side, the other side's clauses sharing the most
    idf-weighted informative words; scored with process.extract over just those."""
    from rapidfuzz import fuzz, process

    if old_side:
        src, dst = old_left, new_left
        src_words, dst_words = scorer.old_words, scorer.new_words
        src_norm, dst_norm = scorer.old_norm, scorer.new_norm
    else:
        src, dst = new_left, old_left
        src_words, dst_words = scorer.new_words, scorer.old_words
        src_norm, dst_norm = scorer.new_norm, scorer.old_norm
    max_df = max(8, min(50, int(0.01 * (len(old_left) + len(new_left)))))
    index: dict[str, list[int]] = defaultdict(list)
    df = scorer.df
    for j in dst:
        for w in dst_words[j]:
            if df[w] <= max_df:
                index[w].append(j)
    k = params.candidates_per_clause
    idf = scorer.idf
    # A clause that already has a near-certain partner among its neighbours (edited in place)
    # needs no index lookup; moved, added, dropped and split clauses do.
    strongest: dict[int, float] = defaultdict(float)
    for (i, j), score in found.items():
        key = i if old_side else j
        if score > strongest[key]:
            strongest[key] = score
    for i in src:
        if strongest.get(i, 0.0) >= 90:
            continue
        rare = sorted((w for w in src_words[i] if w in index), key=lambda w: (df[w], w))[:8]
        votes: dict[int, float] = defaultdict(float)
        for w in rare:
            posting = index.get(w)
            if posting:
                weight = idf[w]
                for j in posting:
                    votes[j] += weight
        if not votes:
            continue
        best = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
        choices = {j: dst_norm[j] for j, _ in best}
        for _, s, j in process.extract(src_norm[i], choices, scorer=fuzz.token_set_ratio, limit=None,
                                       score_cutoff=params.text_cutoff):
            key = (i, j) if old_side else (j, i)
            found[key] = s


# ---------------------------------------------------------------------------------------------
# Moves


def _lis_pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (old, new) pairs (sorted by old) increasing in new; ties
    resolved towards earlier pairs, deterministically."""
    if not pairs:
        return []
    tails: list[int] = []
    tails_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tails_idx.append(k)
        else:
            tails[pos] = j
            tails_idx[pos] = k
        prev[k] = tails_idx[pos - 1] if pos else -1
    out = []
    k = tails_idx[-1]
    while k >= 0:
        out.append(pairs[k])
        k = prev[k]
    return out[::-1]


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


def align(old: Plan, new: Plan, options: AlignOptions | None = None) -> Alignment:
    """Align two plans; every clause of both ends up in exactly one entry."""
    options = options or AlignOptions()
    params = options.params or load_params()
    threshold = params.threshold if options.threshold is None else options.threshold
    if not 0.0 <= threshold <= 1.0:
        raise UsageError(f"threshold must be between 0 and 1, not {threshold}")
    old_c, new_c = old.flat(), new.flat()
    scorer = _Scorer(old_c, new_c, params)

    old_ix = _resolve_ids(old, [o for o, _ in options.pins] + list(options.unpair) + [o for o, _ in options.forbid], "old")
    new_ix = _resolve_ids(new, [n for _, n in options.pins] + [n for _, n in options.forbid], "new")
    forbidden = {(old_ix[o], new_ix[n]) for o, n in options.forbid}

    groups: list[tuple[list[int], list[int], str, float, dict, Candidate | None]] = []
    taken_old: set[int] = set()
    taken_new: set[int] = set()

    # 1. Pins: connected groups of pinned pairs become one entry each.
    if options.pins:
        for olds, news in _pin_groups([(old_ix[o], new_ix[n]) for o, n in options.pins]):
            s = _group_similarity(scorer, olds, news)
            groups.append((olds, news, "pinned", s, {}, None))
            taken_old.update(olds)
            taken_new.update(news)
    taken_old.update(old_ix[o] for o in options.unpair)

    # 2. Anchors.
    old_free = [i for i in range(len(old_c)) if i not in taken_old]
    new_free = [j for j in range(len(new_c)) if j not in taken_new]
    anchors = [(i, j) for i, j in _anchor(scorer.old_norm, scorer.new_norm, old_free, new_free)
               if (i, j) not in forbidden]
    for i, j in anchors:
        taken_old.add(i)
        taken_new.add(j)
    old_left = [i for i in old_free if i not in taken_old]
    new_left = [j for j in new_free if j not in taken_new]
    scorer.prepare(old_left + sorted(i for g in groups for i in g[0]), new_left + sorted(j for g in groups for j in g[1]))

    # 3-4. Candidates and scores.
    cands = _candidates(scorer, old_left, new_left, anchors, params)
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
    for (i, j), (s, _) in scored.items():
        if s >= threshold:
            # Equal scores are broken by closeness of relative position, the same whichever
            # version is called old, so that swapping the versions mirrors the pairs.
            edges[i].append((j, s - 1e-6 * abs(i / scorer.n_old - j / scorer.n_new)))
    pairs = max_weight_matching_sorted(edges)
    pair_of_old = dict(pairs)
    pair_of_new = {j: i for i, j in pairs.items()}

    # 6. Splits and merges.
    # Structure first (sub-points folded into a parent), then text (adjacent parts).
    split_groups = _folded_children(scorer, old_c, new_c, {**dict(anchors), **pair_of_old}, [], params, forbidden,
                                    by_old, by_new)
    split_groups += _splits_and_merges(scorer, old_left, new_left, pair_of_old, pair_of_new, by_old, by_new,
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
                                params.slot_threshold, scorer.n_old, scorer.n_new):
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
    structure = _containers(old_c, new_c, partners, weak)
    for i, j, share in structure:
        # Strong container evidence outweighs a weak text match of a short heading.
        fuzzy.pop(i, None)
        for k in [k for k, v in fuzzy.items() if v == j]:
            fuzzy.pop(k)
        s, parts = scored.get((i, j), (_group_similarity(scorer, [i], [j]), {}))
        groups.append(([i], [j], "structure", s, {**parts, "children": round(share, 4)}, None))

    for i, j in sorted(fuzzy.items()):
        s, parts = scored[(i, j)]
        groups.append(([i], [j], "fuzzy", s, parts, _runner_up(old_c, new_c, by_old, by_new, i, j)))
    for olds, news, how in split_groups:
        s = _group_similarity(scorer, olds, news)
        groups.append((olds, news, how, s, {}, None))
    paired_old = {i for g in groups for i in g[0]}
    paired_new = {j for g in groups for j in g[1]}
    entries_raw = []
    for olds, news, how, s, parts, runner in groups:
        entries_raw.append((olds, news, how, s, parts, runner))
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
                    n_old: int, n_new: int):
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
    # Slots are cut by the pairs that lie on *every* longest in-order chain: moved pairs (off
    # the chain) do not cut, and the choice among equally long chains, which would depend on
    # which side is called old, does not matter.
    spine = _common_chain(sorted(set(backbone)))
    old_cuts = [a for a, _ in spine]
    new_cuts = [b for _, b in spine]

    def key_old(i: int) -> int:
        return bisect.bisect_left(old_cuts, i)

    def key_new(j: int) -> int:
        return bisect.bisect_left(new_cuts, j)

    news_by_slot: dict[int, list[int]] = defaultdict(list)
    for j in news:
        news_by_slot[key_new(j)].append(j)
    edges: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for i in olds:
        for j in news_by_slot.get(key_old(i), ()):
            hit = scored.get((i, j))
            if hit is not None and hit[0] >= slot_threshold:
                edges[i].append((j, hit[0] - 1e-6 * abs(i / n_old - j / n_new)))
    return sorted(max_weight_matching(edges).items())


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


def max_weight_matching_sorted(edges: dict[int, list[tuple[int, float]]]) -> dict[int, int]:
    from plandiff.assignment import max_weight_matching

    return max_weight_matching(edges)


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


def _group_similarity(scorer: _Scorer, olds: list[int], news: list[int]) -> float:
    a = " ".join(scorer.old_norm[i] for i in olds)
    b = " ".join(scorer.new_norm[j] for j in news)
    aw = frozenset().union(*(scorer.old_words[i] for i in olds))
    bw = frozenset().union(*(scorer.new_words[j] for j in news))
    return round(scorer.text_similarity(a, aw, b, bw), 4)


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


def _splits_and_merges(scorer: _Scorer, old_left, new_left, pair_of_old, pair_of_new, by_old, by_new,
                       threshold: float, params: AlignParams, forbidden,
                       taken: list[tuple[list[int], list[int], str]]) -> list[tuple[list[int], list[int], str]]:
    """Groups where several adjacent clauses on one side together explain one clause on the
    other clearly better than its best single partner (clauses in ``taken`` groups excluded)."""
    groups: list[tuple[list[int], list[int], str]] = []
    used_old: set[int] = {i for g in taken for i in g[0]}
    used_new: set[int] = {j for g in taken for j in g[1]}
    new_left_set = set(new_left)
    old_left_set = set(old_left)

    def try_side(one: int, *, split: bool) -> None:
        if split:
            partner = pair_of_old.get(one)
            cands = by_old.get(one, [])
            free = lambda x: x in new_left_set and x not in used_new and (x not in pair_of_new or x == partner)  # noqa: E731
            one_words, one_mass = scorer.old_words[one], scorer.old_mass[one]
            part_words, part_mass = scorer.new_words, scorer.new_mass
        else:
            partner = pair_of_new.get(one)
            cands = by_new.get(one, [])
            free = lambda x: x in old_left_set and x not in used_old and (x not in pair_of_old or x == partner)  # noqa: E731
            one_words, one_mass = scorer.new_words[one], scorer.new_mass[one]
            part_words, part_mass = scorer.old_words, scorer.old_mass
        parts = sorted(
            x for _, x in cands
            if free(x) and ((one, x) if split else (x, one)) not in forbidden
            and scorer.containment(part_words[x], one_words, part_mass[x]) >= params.containment
        )
        if len(parts) < 2:
            return
        # Keep the run of adjacent parts around the partner (or the first run).
        runs: list[list[int]] = [[parts[0]]]
        taken = pair_of_new if split else pair_of_old
        for x in parts[1:]:
            between = range(runs[-1][-1] + 1, x)
            # adjacent, or separated only by clauses that are paired elsewhere
            if all(b in taken and b != partner for b in between) and len(between) <= 2:
                runs[-1].append(x)
            else:
                runs.append([x])
        runs = [r for r in runs if len(r) >= 2]
        if not runs:
            return
        run = next((r for r in runs if partner in r), None)
        if run is None:
            if partner is not None:
                return  # the parts lie elsewhere; the one-to-one pair stands
            run = max(runs, key=len)
        # Compare like with like: text similarity of the joined parts against the text
        # similarity of the best single part (bonuses would flatter the single pair).
        if split:
            single = max((_group_similarity(scorer, [one], [x]) for x in run), default=0.0)
            joined = _group_similarity(scorer, [one], run)
        else:
            single = max((_group_similarity(scorer, [x], [one]) for x in run), default=0.0)
            joined = _group_similarity(scorer, run, [one])
        if joined >= threshold and joined >= single + params.split_margin:
            # The parts together must cover the clause better than any one of them does.
            group = ([one], run, "split") if split else (run, [one], "merge")
            proposals.append((joined - single, group))

    # Propose from both sides, then accept the biggest gains first, so that the result does
    # not depend on which version is called old (compare A B mirrors compare B A).
    proposals: list[tuple[float, tuple[list[int], list[int], str]]] = []
    for i in old_left:
        if i not in used_old:
            try_side(i, split=True)
    for j in new_left:
        if j not in used_new:
            try_side(j, split=False)
    proposals.sort(key=lambda p: (-round(p[0], 9), sorted(p[1][0]), sorted(p[1][1])))
    for _, (olds, news, how) in proposals:
        if used_old.isdisjoint(olds) and used_new.isdisjoint(news):
            groups.append((olds, news, how))
            used_old.update(olds)
            used_new.update(news)
    # A clause that joined a group leaves its former one-to-one partner free.
    return groups


def _folded_children(scorer: _Scorer, old_c: list[Clause], new_c: list[Clause], pair_of_old: dict[int, int],
                     groups: list, params: AlignParams, forbidden, best_old=None,
                     best_new=None) -> list[tuple[list[int], list[int], str]]:
    """Sub-points folded into their parent's paragraph (or a paragraph broken into sub-points).

    When a paired parent's sub-points found no partner and its counterpart has no sub-points
    of its own, the sub-points whose words mostly reappear in the counterpart were folded into
    it: one merge entry (parent + those sub-points → counterpart), or the mirror split."""
    used_old = {i for g in groups for i in g[0]}
    used_new = {j for g in groups for j in g[1]}
    paired_new = set(pair_of_old.values())
    old_children = _children_index(old_c)
    new_children = _children_index(new_c)
    out: list[tuple[list[int], list[int], str]] = []
    limit = params.containment / 2
    for i, j in sorted(pair_of_old.items()):
        if i in used_old or j in used_new:
            continue
        kids_old, kids_new = old_children.get(i, []), new_children.get(j, [])
        if kids_old and not kids_new:
            free = [k for k in kids_old if k not in pair_of_old and k not in used_old and (k, j) not in forbidden]
            parts = [k for k in free if scorer.containment(scorer.old_words[k], scorer.new_words[j], scorer.old_mass[k]) >= limit]
            if parts and len(parts) * 2 >= len(kids_old):
                out.append(([i, *parts], [j], "merge"))
                used_old.update([i, *parts])
                used_new.add(j)
        elif kids_new and not kids_old:
            free = [k for k in kids_new if k not in paired_new and k not in used_new and (i, k) not in forbidden]
            parts = [k for k in free if scorer.containment(scorer.new_words[k], scorer.old_words[i], scorer.new_mass[k]) >= limit]
            if parts and len(parts) * 2 >= len(kids_new):
                out.append(([i], [j, *parts], "split"))
                used_old.add(i)
                used_new.update([j, *parts])
    # A lead-in ("… as follows:") left unpaired while its sub-points all went into one clause
    # with no sub-points of its own: the lead-in was folded into that clause too. (And the
    # mirror image on the new side.)
    pair_of_new = {j: i for i, j in pair_of_old.items()}
    proposals: list[tuple[list[int], list[int], str]] = []
    # Unpaired sub-points whose words mostly reappear in the target were folded in as well.
    for parent, kids in sorted(old_children.items()):
        j = _lead_in_target(parent, kids, pair_of_old, used_old, used_new, new_children)
        if j is not None:
            joined = [k for k in kids if pair_of_old.get(k) == j or (
                k not in pair_of_old and k not in used_old and (k, j) not in forbidden
                and scorer.containment(scorer.old_words[k], scorer.new_words[j], scorer.old_mass[k]) >= limit)]
            proposals.append(([parent, *joined], [j], "merge"))
    for parent, kids in sorted(new_children.items()):
        i = _lead_in_target(parent, kids, pair_of_new, used_new, used_old, old_children)
        if i is not None:
            joined = [k for k in kids if pair_of_new.get(k) == i or (
                k not in pair_of_new and k not in used_new and (i, k) not in forbidden
                and scorer.containment(scorer.new_words[k], scorer.old_words[i], scorer.new_mass[k]) >= limit)]
            proposals.append(([i], [parent, *joined], "split"))
    # A whole point (lead-in and sub-points) rewritten as one paragraph, none of it paired on
    # its own: the unit is judged as a whole against the lead-in's best unpaired candidate.
    if best_old is not None:
        for parent, kids in sorted(old_children.items()):
            if parent in pair_of_old or parent in used_old or any(k in pair_of_old or k in used_old for k in kids):
                continue
            cand = next((j for _, j in best_old.get(parent, []) if j not in paired_new and j not in used_new
                         and not new_children.get(j) and (parent, j) not in forbidden), None)
            if cand is None:
                continue
            joined = [k for k in kids if (k, cand) not in forbidden and
                      scorer.containment(scorer.old_words[k], scorer.new_words[cand], scorer.old_mass[k]) >= limit]
            if joined and _group_similarity(scorer, [parent, *joined], [cand]) >= params.threshold:
                proposals.append(([parent, *joined], [cand], "merge"))
        for parent, kids in sorted(new_children.items()):
            if parent in pair_of_new or parent in used_new or any(k in pair_of_new or k in used_new for k in kids):
                continue
            cand = next((i for _, i in best_new.get(parent, []) if i not in pair_of_old and i not in used_old
                         and not old_children.get(i) and (i, parent) not in forbidden), None)
            if cand is None:
                continue
            joined = [k for k in kids if (cand, k) not in forbidden and
                      scorer.containment(scorer.new_words[k], scorer.old_words[cand], scorer.new_mass[k]) >= limit]
            if joined and _group_similarity(scorer, [cand], [parent, *joined]) >= params.threshold:
                proposals.append(([cand], [parent, *joined], "split"))
    # Accept in an order that reads the same from either side (mirror symmetry).
    proposals.sort(key=lambda g: (-(len(g[0]) + len(g[1])), min(g[0]) + min(g[1]), max(g[0]) + max(g[1])))
    for olds, news, how in proposals:
        if used_old.isdisjoint(olds) and used_new.isdisjoint(news):
            out.append((olds, news, how))
            used_old.update(olds)
            used_new.update(news)
    return out


def _containers(old_c: list[Clause], new_c: list[Clause], partners: dict[int, list[int]],
                weak: dict[int, int]) -> list[tuple[int, int, float]]:
    """(old parent, new parent, share of sub-clauses agreeing) for parents whose paired
    sub-clauses (at any depth) mostly went under one parent on the other side, and back, where
    neither parent is paired, or only by a weak text match (``weak``) and at least three
    sub-clauses agree. Outer containers are preferred: more sub-clauses vote for them."""
    old_kids, new_kids = _children_index(old_c), _children_index(new_c)
    old_anc, new_anc = _ancestors(old_kids), _ancestors(new_kids)
    old_desc, new_desc = _descendants(old_kids), _descendants(new_kids)
    weak_new = set(weak.values())
    paired_old = {i for i, js in partners.items() if js}
    paired_new = {j for js in partners.values() for j in js}
    back: dict[int, list[int]] = defaultdict(list)
    for i, js in partners.items():
        for j in js:
            back[j].append(i)
    proposals = []
    for p, desc in old_desc.items():
        if p in paired_old and p not in weak:
            continue
        votes: dict[int, int] = defaultdict(int)
        paired_desc = [d for d in desc if partners.get(d)]
        for d in paired_desc:
            for q in {a for j in partners[d] for a in new_anc.get(j, ())}:
                votes[q] += 1
        if not votes:
            continue
        q, n = max(votes.items(), key=lambda kv: (kv[1], -new_c[kv[0]].depth, -kv[0]))
        if weak.get(p) == q:
            continue  # already paired with it
        displaces = p in paired_old or q in paired_new
        if displaces and (n < 3 or (q in paired_new and q not in weak_new)):
            continue
        q_paired = [d for d in new_desc.get(q, []) if back.get(d)]
        n_back = sum(1 for d in q_paired if any(p in old_anc.get(i, ()) for i in back[d]))
        if n * 2 >= len(paired_desc) and n_back * 2 >= len(q_paired):
            proposals.append((n + n_back, p, q, (n + n_back) / (len(paired_desc) + len(q_paired))))
    out = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, p, q, share in sorted(proposals, key=lambda t: (-t[0], t[1] + t[2], t[1])):
        if p not in used_old and q not in used_new:
            out.append((p, q, share))
            used_old.add(p)
            used_new.add(q)
    return out


def _ancestors(children: dict[int, list[int]]) -> dict[int, tuple[int, ...]]:
    parent = {k: p for p, kids in children.items() for k in kids}
    out: dict[int, tuple[int, ...]] = {}
    for k in parent:
        chain = []
        p = parent.get(k)
        while p is not None:
            chain.append(p)
            p = parent.get(p)
        out[k] = tuple(chain)
    return out


def _descendants(children: dict[int, list[int]]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for p in children:
        stack, seen = list(children[p]), []
        while stack:
            k = stack.pop()
            seen.append(k)
            stack.extend(children.get(k, ()))
        out[p] = sorted(seen)
    return out


def _lead_in_target(parent: int, kids: list[int], pairs: dict[int, int], used_here: set[int],
                    used_there: set[int], children_there: dict[int, list[int]]) -> int | None:
    """The one clause on the other side that took all of an unpaired parent's paired
    sub-points, if it has no sub-points of its own."""
    if parent in pairs or parent in used_here or any(k in used_here for k in kids):
        return None
    targets = {pairs[k] for k in kids if k in pairs}
    if len(targets) != 1:
        return None
    (target,) = targets
    if target in used_there or children_there.get(target):
        return None
    # If the target is itself a sub-point under an unpaired lead-in, the two structures
    # match level for level: the lead-ins are added/dropped, nothing was folded.
    if any(target in kids_there and lead not in pairs.values() for lead, kids_there in children_there.items()):
        return None
    return target


def _children_index(clauses: list[Clause]) -> dict[int, list[int]]:
    position = {c.id: n for n, c in enumerate(clauses)}
    out: dict[int, list[int]] = defaultdict(list)
    for n, c in enumerate(clauses):
        if c.parent is not None and c.parent in position:
            out[position[c.parent]].append(n)
    return out


def _order_entries(raw, old_c: list[Clause], new_c: list[Clause]) -> list[Entry]:
    """Entries in document order of the new version, each dropped clause right after the
    entry holding the old clause before it; moved flags from the longest in-order run."""
    paired = [r for r in raw if r[0] and r[1]]
    keyed = sorted(paired, key=lambda r: (min(r[0]), min(r[1])))
    lis = set(_lis_pairs([(min(r[0]), min(r[1])) for r in keyed]))
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
