"""Which clause pairs are worth scoring: anchors first, then candidates, without an N×M matrix.

Identical clauses (after normalisation) are anchored in document order. For the rest, small
problems score every leftover pair (row by row with ``process.extract`` when tiny, with
``process.cdist`` using all cores otherwise); large ones take the stretch between consecutive
anchors (revisions mostly edit in place) plus, from an inverted index of rare words, the
clauses sharing the most informative words (moves). Each clause keeps only its k best
candidates, from either side's point of view, so the cost grows close to linearly.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from plandiff.align import AlignParams

from plandiff.scoring import Scorer


def anchor_pairs(old_norm: list[str], new_norm: list[str], old_free: list[int], new_free: list[int]) -> list[tuple[int, int]]:
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
    in_order = lis_pairs(sorted(anchors))
    old_cuts = [i for i, _ in in_order]
    new_cuts = [j for _, j in in_order]
    blocks: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in old_left:
        blocks[bisect.bisect_left(old_cuts, i)][0].append(i)
    for j in new_left:
        blocks[bisect.bisect_left(new_cuts, j)][1].append(j)
    return [blocks[k] for k in sorted(blocks)]


def find_candidates(scorer: Scorer, old_left: list[int], new_left: list[int], anchors: list[tuple[int, int]],
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


def _score_block(scorer: Scorer, olds: list[int], news: list[int], cutoff: float,
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


def _index_candidates(scorer: Scorer, old_left: list[int], new_left: list[int], params: AlignParams,
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


def lis_pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
