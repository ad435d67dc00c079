"""Optimal one-to-one assignment on a sparse bipartite graph of candidate pairs.

The aligner needs the set of clause pairs with the largest total similarity, each clause used at
most once, leaving clauses unpaired when nothing is good enough. Greedy "best pair first" is
not optimal (a clause grabbed early by a slightly better pair strands its true partner), and a
dense Hungarian on an N×M matrix is cubic and quadratic in memory. The graph is sparse: a
clause has a handful of plausible partners.

So this is the successive-shortest-path form of the Hungarian method (Dijkstra with
potentials) over the sparse edges. Each row also gets a private "stay unpaired" column of
weight 0, so every row is always matched, and a row's search stops at the latest when it
reaches that column: a search only explores pairs that could improve on leaving the row alone.
Maximising the sum of weights is minimising the sum of ``1 - weight``. Ties are broken by row
and column index, so results do not depend on hash seeds.
"""

from __future__ import annotations

import heapq


def max_weight_matching(edges: dict[int, list[tuple[int, float]]]) -> dict[int, int]:
    """Rows → columns maximising the total weight; rows absent from the result stay unpaired.

    ``edges[row]`` lists ``(column, weight)`` with weights in (0, 1]. Rows and columns are
    arbitrary integers (the two sides have separate namespaces).

    >>> max_weight_matching({0: [(0, 0.9), (1, 0.8)], 1: [(0, 0.85)]})
    {0: 1, 1: 0}
    """
    # Columns are ("c", col) for real columns and ("d", row) for a row's private dummy.
    u: dict[int, float] = {}
    v: dict[tuple[str, int], float] = {}
    col_match: dict[tuple[str, int], int] = {}
    row_match: dict[int, tuple[str, int]] = {}
    adjacency: dict[int, list[tuple[tuple[str, int], float]]] = {}
    for row in sorted(edges):
        adj = [(("c", c), 1.0 - w) for c, w in sorted(edges[row]) if w > 0]
        adj.append((("d", row), 1.0))
        adjacency[row] = adj
        u[row] = 0.0

    for root in sorted(adjacency):
        dist: dict[tuple[str, int], float] = {}
        prev: dict[tuple[str, int], int] = {}
        dist_row: dict[int, float] = {root: 0.0}
        done: set[tuple[str, int]] = set()
        heap: list[tuple[float, int, int, tuple[str, int]]] = []
        counter = 0

        def relax(row: int, base: float) -> None:
            nonlocal counter
            ur = u[row]
            for col, cost in adjacency[row]:
                if col in done:
                    continue
                nd = base + cost - ur - v.get(col, 0.0)
                if nd < dist.get(col, float("inf")) - 1e-12:
                    dist[col] = nd
                    prev[col] = row
                    counter += 1
                    heapq.heappush(heap, (nd, 0 if col[0] == "c" else 1, col[1], col))

        relax(root, 0.0)
        target = None
        while heap:
            d, _, _, col = heapq.heappop(heap)
            if col in done or d > dist[col] + 1e-12:
                continue
            done.add(col)
            owner = col_match.get(col)
            if owner is None:
                target = col
                break
            dist_row[owner] = d
            relax(owner, d)
        assert target is not None  # the root's dummy column is always reachable and free
        total = dist[target]
        for col in done:
            v[col] = v.get(col, 0.0) - (total - dist[col])
        for row, d in dist_row.items():
            u[row] += total - d
        # Augment along the path back to the root.
        col = target
        while True:
            row = prev[col]
            previous = row_match.get(row)
            row_match[row] = col
            col_match[col] = row
            if row == root:
                break
            col = previous
    return {row: col[1] for row, col in sorted(row_match.items()) if col[0] == "c"}
