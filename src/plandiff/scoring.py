"""How alike two clauses are: the combined score the aligner pairs by.

A weighted mean of three text measures on normalised text — rapidfuzz's token-set ratio (shared
words, order ignored, damped when one text is much shorter), its character-level ratio, and an
idf-weighted Dice of content words (rare words such as "Zaporizhzhia" or "amnesty" say more than
"will") — plus small bonuses for shared numbers, shared topic tags, the same depth and similar
position. Weights come from ``data/align.yaml``. Per-clause features are computed once, and for
the leftover clauses only (identical clauses are paired before any scoring).
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING

from plandiff.model import Clause
from plandiff.text import normalize, numbers_in

if TYPE_CHECKING:
    from plandiff.align import AlignParams


class Scorer:
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
        self.old_labels: set[int] = set()
        self.new_labels: set[int] = set()
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
        self.old_actors = [empty] * len(old)
        self.new_actors = [empty] * len(new)

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
        old_words, new_words = self.old_words, self.new_words
        df = Counter(chain.from_iterable(old_words[i] for i in old_left))
        df.update(chain.from_iterable(new_words[j] for j in new_left))
        n_docs = len(old_left) + len(new_left) or 1
        self.df = df
        self.idf = idf = {w: math.log(1 + n_docs / c) for w, c in df.items()}
        weight = idf.__getitem__
        for i in old_left:
            self.old_mass[i] = sum(map(weight, old_words[i]))
        for j in new_left:
            self.new_mass[j] = sum(map(weight, new_words[j]))
        is_label = self._is_label
        self.old_labels = {i for i in old_left if is_label(self.old_words[i])}
        self.new_labels = {j for j in new_left if is_label(self.new_words[j])}
        if self.p.actor_mismatch and self.p.actor_verbs:
            self._prepare_actors(old_left, new_left)

    def _prepare_actors(self, old_left: list[int], new_left: list[int]) -> None:
        """The parties each leftover clause's subject names (see ``plandiff.actors``)."""
        from plandiff.actors import ActorReader

        old_texts = [self.old[i].text for i in old_left]
        new_texts = [self.new[j].text for j in new_left]
        # Which words are names is learnt from every clause, identical ones too.
        every_text = [c.text for c in self.old] + [c.text for c in self.new]
        reader = ActorReader(every_text, self.p.actor_verbs, self.p.stopwords, self.p.participles)
        for i, text in zip(old_left, old_texts):
            self.old_actors[i] = reader.clause(text)
        for j, text in zip(new_left, new_texts):
            self.new_actors[j] = reader.clause(text)

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
        aa, ab = self.old_actors[i], self.new_actors[j]
        if aa and ab and aa.isdisjoint(ab):
            parts["other_party"] = 1.0
            total -= p.actor_mismatch
        # A label with hardly a word of content ("7.", "Article 7") says nothing about which
        # clause it is: such pairs are left to identity and structure.
        if i in self.old_labels or j in self.new_labels:
            total *= 0.6
            parts["label_only"] = 1.0
        total = max(0.0, min(1.0, total))
        return total, parts

    @staticmethod
    def _is_label(words: frozenset[str]) -> bool:
        """Fewer than two words of content, figures aside ("7.", "Article 7"); stops at the
        second, as a clause of any length has two."""
        seen = 0
        for w in words:
            if not w.replace(".", "").isdigit():
                seen += 1
                if seen == 2:
                    return False
        return True

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
