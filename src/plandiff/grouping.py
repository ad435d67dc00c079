"""Entries that join several clauses: splits, merges, folded sub-points, containers.

After one-to-one pairing, some clauses are explained better by several on the other side:
adjacent parts that together cover a clause clearly better than any single one (split/merge);
sub-points folded into their parent's paragraph, or a lead-in folded with them; and headings
or lead-ins that match nothing by text but whose sub-clauses went under one clause on the other
side (containers follow their contents). Every rule is written for both directions and accepts
its proposals in an order that reads the same from either side, so swapping the versions
mirrors the result.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from plandiff.model import Clause

if TYPE_CHECKING:
    from plandiff.align import AlignParams

from plandiff.scoring import Scorer


def splits_and_merges(scorer: Scorer, old_left, new_left, pair_of_old, pair_of_new, by_old, by_new,
                       threshold: float, params: AlignParams, forbidden,
                       taken: list[tuple[list[int], list[int], str]]) -> list[tuple[list[int], list[int], str]]:
    """Groups where several adjacent clauses on one side together explain one clause on the
    other clearly better than its best single partner (clauses in ``taken`` groups excluded)."""
    groups: list[tuple[list[int], list[int], str]] = []
    used_old: set[int] = {i for g in taken for i in g[0]}
    used_new: set[int] = {j for g in taken for j in g[1]}
    new_left_set = set(new_left)
    old_left_set = set(old_left)

    def pair_score(i: int, j: int) -> float:
        return next((sc for sc, jj in by_old.get(i, ()) if jj == j), 0.0)

    def try_side(one: int, *, split: bool) -> None:
        if split:
            partner = pair_of_old.get(one)
            cands = by_old.get(one, [])
            left, used, pairs_there = new_left_set, used_new, pair_of_new
            one_words = scorer.old_words[one]
            part_words, part_mass = scorer.new_words, scorer.new_mass
        else:
            partner = pair_of_new.get(one)
            cands = by_new.get(one, [])
            left, used, pairs_there = old_left_set, used_old, pair_of_old
            one_words = scorer.new_words[one]
            part_words, part_mass = scorer.old_words, scorer.old_mass

        def free(x: int) -> bool:
            if x not in left or x in used:
                return False
            if x not in pairs_there or x == partner:
                return True
            # A part paired elsewhere may still join: one-to-one pairing could not see the group,
            # and a part's look-alike often takes it. But not from a partner that is its best
            # match and that has no better match itself (a summary clause must not break up
            # pairs that are each other's first choice).
            other = pairs_there[x]
            if split:
                i, j = other, x
            else:
                i, j = x, other
            here = pair_score(i, j)
            mutual = by_old[i][0][0] <= here + 1e-9 and by_new[j][0][0] <= here + 1e-9
            return not mutual

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
            single = max((group_similarity(scorer, [one], [x]) for x in run), default=0.0)
            joined = group_similarity(scorer, [one], run)
        else:
            single = max((group_similarity(scorer, [x], [one]) for x in run), default=0.0)
            joined = group_similarity(scorer, run, [one])
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


def folded_children(scorer: Scorer, old_c: list[Clause], new_c: list[Clause], pair_of_old: dict[int, int],
                     groups: list, params: AlignParams, forbidden, best_old=None,
                     best_new=None) -> list[tuple[list[int], list[int], str]]:
    """Sub-points folded into their parent's paragraph (or a paragraph broken into sub-points).

    When a paired parent's sub-points found no partner and its counterpart has no sub-points
    of its own, the sub-points whose words mostly reappear in the counterpart were folded into
    it: one merge entry (parent + those sub-points → counterpart), or the mirror split."""
    used_old = {i for g in groups for i in g[0]}
    used_new = {j for g in groups for j in g[1]}
    paired_new = set(pair_of_old.values())
    old_children = children_index(old_c)
    new_children = children_index(new_c)
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
            cand = _whole_point_target(scorer, parent, kids, "old", pair_of_old, used_old, best_old,
                                       paired_new, used_new, new_children, forbidden, limit, params.threshold)
            if cand is not None:
                proposals.append(([parent, *cand[1]], [cand[0]], "merge"))
        for parent, kids in sorted(new_children.items()):
            cand = _whole_point_target(scorer, parent, kids, "new", pair_of_new, used_new, best_new,
                                       set(pair_of_old), used_old, old_children, forbidden, limit, params.threshold)
            if cand is not None:
                proposals.append(([cand[0]], [parent, *cand[1]], "split"))
    # Accept in an order that reads the same from either side (mirror symmetry).
    proposals.sort(key=lambda g: (-(len(g[0]) + len(g[1])), min(g[0]) + min(g[1]), max(g[0]) + max(g[1])))
    for olds, news, how in proposals:
        if used_old.isdisjoint(olds) and used_new.isdisjoint(news):
            out.append((olds, news, how))
            used_old.update(olds)
            used_new.update(news)
    return out


def containers(old_c: list[Clause], new_c: list[Clause], partners: dict[int, list[int]],
                weak: dict[int, int]) -> list[tuple[int, int, float]]:
    """(old parent, new parent, share of sub-clauses agreeing) for parents whose paired
    sub-clauses (at any depth) mostly went under one parent on the other side, and back, where
    neither parent is paired, or only by a weak text match (``weak``) and at least three
    sub-clauses agree. Outer containers are preferred: more sub-clauses vote for them."""
    old_kids, new_kids = children_index(old_c), children_index(new_c)
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


def _whole_point_target(scorer: Scorer, parent: int, kids: list[int], side: str, pairs_here: dict[int, int],
                        used_here: set[int], best_here: dict, paired_there: set[int], used_there: set[int],
                        children_there: dict[int, list[int]], forbidden, limit: float,
                        threshold: float) -> tuple[int, list[int]] | None:
    """(target, sub-points that go with the lead-in) when a whole unpaired point matches one
    unpaired clause on the other side; ``side`` says which version the point is in."""
    if parent in pairs_here or parent in used_here or any(k in pairs_here or k in used_here for k in kids):
        return None

    def pair(here: int, there: int) -> tuple[int, int]:
        return (here, there) if side == "old" else (there, here)

    cand = next((t for _, t in best_here.get(parent, []) if t not in paired_there and t not in used_there
                 and not children_there.get(t) and pair(parent, t) not in forbidden), None)
    if cand is None:
        return None
    words_here, mass_here, words_there = (
        (scorer.old_words, scorer.old_mass, scorer.new_words) if side == "old"
        else (scorer.new_words, scorer.new_mass, scorer.old_words))
    joined = [k for k in kids if pair(k, cand) not in forbidden
              and scorer.containment(words_here[k], words_there[cand], mass_here[k]) >= limit]
    if not joined:
        return None
    olds, news = ([parent, *joined], [cand]) if side == "old" else ([cand], [parent, *joined])
    if group_similarity(scorer, olds, news) < threshold:
        return None
    return cand, joined


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


def rewritten_points(old_c: list[Clause], new_c: list[Clause], groups: list, slots: tuple,
                     similarity, margin: float, forbidden) -> list:
    """``groups`` with whole points rewritten as one clause folded together: a point (a parent
    with two or more sub-points) left unpaired, one of whose sub-points — and none of the
    others — went, on its own, to a clause in the point's own slot that has no sub-points of
    its own. The lead-in and the unpaired sub-points join that entry ("Territorial
    arrangements will be as follows: a) … d)" rewritten as one paragraph, where one sub-point
    kept enough words to be paired in place).

    Only when the whole point explains the clause about as well as the one sub-point does
    (joined similarity at most ``margin`` below it, the margin a split or merge must gain):
    when the clause is a near copy of that sub-point, the others add words it lacks, the
    joined similarity falls, and they stay dropped — the sub-point survived, the rest did not.
    ``slots`` maps an old and a new index to its slot between in-order pairs (see align)."""
    groups = list(groups)
    for side, clauses, other in ((0, old_c, new_c), (1, new_c, old_c)):
        kids_of = children_index(clauses)
        other_kids = children_index(other)
        owner = {k: g for g, group in enumerate(groups) for k in group[side]}
        for parent, kids in sorted(kids_of.items()):
            held = [k for k in kids if k in owner]
            if parent in owner or len(kids) < 2 or len(held) != 1:
                continue
            g = owner[held[0]]
            group = groups[g]
            if len(group[side]) != 1 or len(group[1 - side]) != 1:
                continue
            target = group[1 - side][0]
            if other_kids.get(target) or slots[side](parent) != slots[1 - side](target):
                continue
            free = [k for k in kids if k not in owner and not kids_of.get(k)]
            mine = sorted([parent, held[0], *free])
            if any(((k, target) if side == 0 else (target, k)) in forbidden for k in mine):
                continue
            joined = (mine, [target]) if side == 0 else ([target], mine)
            if similarity(*joined) < similarity(*group[:2]) - margin:
                continue
            groups[g] = (*joined, "merge" if side == 0 else "split", similarity(*joined),
                         {"sub_points": float(len(kids))}, group[5])
            owner.update(dict.fromkeys(mine, g))
    return groups


def children_index(clauses: list[Clause]) -> dict[int, list[int]]:
    position = {c.id: n for n, c in enumerate(clauses)}
    out: dict[int, list[int]] = defaultdict(list)
    for n, c in enumerate(clauses):
        if c.parent is not None and c.parent in position:
            out[position[c.parent]].append(n)
    return out


def group_similarity(scorer: Scorer, olds: list[int], news: list[int]) -> float:
    a = " ".join(scorer.old_norm[i] for i in olds)
    b = " ".join(scorer.new_norm[j] for j in news)
    aw = frozenset().union(*(scorer.old_words[i] for i in olds))
    bw = frozenset().union(*(scorer.new_words[j] for j in news))
    return round(scorer.text_similarity(a, aw, b, bw), 4)
