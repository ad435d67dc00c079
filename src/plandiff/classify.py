"""Say what happened to an aligned pair of clauses, and show the evidence.

The problem: two versions of a clause differ; was the commitment kept (``reworded``),
weakened (``softened``), strengthened (``hardened``), or changed in substance with no clear
direction (``modified``)? Readers must be able to check the verdict, so every verdict rests on
evidence items that name the old and new phrase and where they stand in each text.

The approach: a word-level diff (difflib's SequenceMatcher over normalised word tokens) finds
what changed; lexicon cues (:mod:`plandiff.lexicon`) found in the *changed* regions become
signals — a modal moving down the deontic ladder, a hedge added, a strengthener removed, a
cap raised, a deadline dropped or lengthened, a negation flipped, a party replaced, a
cross-reference renumbered. Cues inside unchanged text are ignored, so a hedge present in both
versions is not "added". Signals pointing one way decide the status; signals pointing both ways,
or substantive ones with no direction (party, plain number, negation flip), give ``modified``.
With no signal at all, how much content changed decides between ``reworded`` and ``modified``.

Rejected: counting hedges on each side (a macro-F1 of 0.37 on InSciOut, see
../shared/lexicons/README.md); an ML model (no labelled treaty data large enough, and no
evidence to show). Precision on softened/hardened matters more than recall: a false "softened"
misleads a reader, a missed one is still shown as modified or reworded with its word diff.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections import Counter, defaultdict
from typing import NamedTuple

from plandiff.lexicon import Lexicon, Phrase
from plandiff.text import NUMBER_WORD_SET, NUMBER_WORDS, Token, normalize, numbers_in, tokenize, words_value

_YEAR = re.compile(r"^(19|20)\d\d$")
BEST_EFFORTS = 4  # modal strength of "aims to", "will endeavour to", "pursue efforts to"
PERMISSION = 3  # modal strength at or below which a negation is a prohibition ("may not")
WEAK_KINDS = frozenset({"hedge", "condition", "strengthener", "scope"})
PRIMARY_KINDS = frozenset({"modal", "negation", "cap", "floor", "deadline", "party", "number", "reference"})


class Evidence(NamedTuple):
    """One checkable reason for a verdict."""

    kind: str  # modal | hedge | condition | strengthener | scope | negation | number | cap | floor | deadline | party | reference | source
    effect: str  # softened | hardened | modified | neutral
    old: str | None
    new: str | None
    message: str
    old_span: tuple[int, int] | None = None
    new_span: tuple[int, int] | None = None
    # Weak evidence (a qualifier, or a modal with no counterpart on the other side) gives a
    # direction only while most of the clause's wording survived; see classify_texts.
    weak: bool = False

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "effect": self.effect, "old": self.old, "new": self.new,
            "message": self.message,
            "old_span": list(self.old_span) if self.old_span else None,
            "new_span": list(self.new_span) if self.new_span else None,
        }


class WordOp(NamedTuple):
    """A word-level edit: ``op`` is equal, delete, insert or replace; spans index the texts."""

    op: str
    old_span: tuple[int, int] | None
    new_span: tuple[int, int] | None
    old_text: str
    new_text: str

    def to_dict(self) -> dict:
        return {"op": self.op, "old": self.old_text, "new": self.new_text,
                "old_span": list(self.old_span) if self.old_span else None,
                "new_span": list(self.new_span) if self.new_span else None}


class Verdict(NamedTuple):
    status: str
    evidence: tuple[Evidence, ...]
    words: tuple[WordOp, ...]
    similarity: float  # word-level similarity 0..1


# ---------------------------------------------------------------------------------------------
# Word diff


def _word_tokens(text: str) -> list[Token]:
    return [t for t in tokenize(text) if t.key[:1].isalnum() or t.key[:1] == "_" or len(t.key) > 1]


def word_diff(old_text: str, new_text: str) -> tuple[list[WordOp], list[tuple[str, int, int, int, int]], list[Token], list[Token]]:
    """Word-level operations between two texts (ignoring case, quote style, punctuation),
    and the raw opcodes over the word-token lists."""
    a = _word_tokens(old_text)
    b = _word_tokens(new_text)
    matcher = difflib.SequenceMatcher(None, [t.key for t in a], [t.key for t in b], autojunk=False)
    opcodes = matcher.get_opcodes()
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in opcodes:
        old_span = (a[i1].start, a[i2 - 1].end) if i2 > i1 else None
        new_span = (b[j1].start, b[j2 - 1].end) if j2 > j1 else None
        ops.append(WordOp(
            tag, old_span, new_span,
            old_text[old_span[0]:old_span[1]] if old_span else "",
            new_text[new_span[0]:new_span[1]] if new_span else "",
        ))
    return ops, opcodes, a, b


# ---------------------------------------------------------------------------------------------
# Cue finding


class _Cue(NamedTuple):
    category: str
    phrase: Phrase
    start: int  # word index
    end: int  # exclusive
    strength: int = 0


def _cue_table(lex: Lexicon) -> dict[Phrase, tuple[str, int]]:
    """phrase → (category, strength); earlier categories win when a phrase is in several."""
    table: dict[Phrase, tuple[str, int]] = {}
    for p in lex.not_cues:
        table.setdefault(p, ("none", 0))
    for category, phrases in (("cap", lex.caps), ("floor", lex.floors)):
        for p in phrases:
            table.setdefault(p, (category, 0))
    for p, s in lex.modals.items():
        table.setdefault(p, ("modal", s))
    for category, phrases in (("hedge", lex.hedges), ("strengthener", lex.strengtheners),
                              ("widener", lex.wideners), ("narrower", lex.narrowers), ("negation", lex.negations),
                              ("deadline", lex.deadline_words), ("party", lex.parties),
                              ("approximator", lex.approximators)):
        for p in phrases:
            table.setdefault(p, (category, 0))
    return table


_TABLES: dict[int, tuple[dict[Phrase, tuple[str, int]], dict[str, list[int]]]] = {}


def _find_cues(keys: list[str], lex: Lexicon) -> list[_Cue]:
    """Lexicon phrases in a word list, longest match first, left to right."""
    cached = _TABLES.get(id(lex))
    if cached is None:
        table = _cue_table(lex)
        lengths: dict[str, set[int]] = defaultdict(set)
        for phrase in table:
            lengths[phrase[0]].add(len(phrase))
        cached = _TABLES[id(lex)] = (table, {w: sorted(ls, reverse=True) for w, ls in lengths.items()})
    table, lengths_by_first = cached
    cues = []
    i = 0
    n = len(keys)
    while i < n:
        for length in lengths_by_first.get(keys[i], ()):
            if i + length > n:
                continue
            phrase = tuple(keys[i:i + length])
            hit = table.get(phrase)
            if hit:
                if hit[0] == "modal" and length == 1 and i and keys[i - 1] in lex.noun_markers:
                    i += 1  # "the will of", "a guarantee": a noun, not a modal
                    break
                if hit[0] == "modal" and cues and cues[-1].category == "modal" and cues[-1].end == i:
                    prev = cues[-1]
                    if BEST_EFFORTS <= hit[1] < prev.strength:
                        # "shall seek to", "should endeavour to": the effort verb sets the strength
                        cues[-1] = _Cue("modal", prev.phrase + phrase, prev.start, i + length, hit[1])
                        i += length
                        break
                    i += 1  # "shall recognise": the verb a modal governs, not a second modal
                    break
                cues.append(_Cue(hit[0], phrase, i, i + length, hit[1]))
                i += length
                break
        else:
            i += 1
    return [c for c in cues if c.category != "none"]


def _refine_cues(cues: list[_Cue], tokens: list[Token], text: str, lex: Lexicon) -> list[_Cue]:
    """Context the phrase tables cannot see: an approximator is a hedge only before a number
    ("about 500", not "information about"); a capitalised modal inside a sentence is a name or
    a month ("1 May 2025"), and a sentence-initial "Should" opens a condition, not a modal."""
    out = []
    for c in cues:
        if c.category == "approximator":
            if any(t.key[:1].isdigit() for t in tokens[c.end:c.end + 2]):
                out.append(_Cue("hedge", c.phrase, c.start, c.end, c.strength))
            continue
        if c.category == "modal" and c.end - c.start == 1 and tokens[c.start].text[:1].isupper():
            if not _sentence_start(text, tokens[c.start]):
                continue  # "1 May 2025"
            if tokens[c.start].key in lex.inverted_conditions:
                continue  # "Should the ceasefire be violated, …": a condition (see qualifiers)
        out.append(c)
    return out


def _ratio(opcodes, n_old: int, n_new: int) -> float:
    """SequenceMatcher.ratio() from opcodes already computed (2 × matches / total)."""
    if not n_old and not n_new:
        return 1.0
    matches = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal")
    return 2.0 * matches / (n_old + n_new)


def _equal_map(opcodes) -> dict[int, int]:
    out = {}
    for tag, i1, i2, j1, _ in opcodes:
        if tag == "equal":
            for k in range(i2 - i1):
                out[i1 + k] = j1 + k
    return out


def _span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    return (tokens[start].start, tokens[end - 1].end)


def _phrase_text(text: str, tokens: list[Token], cue: _Cue) -> str:
    s, e = _span(tokens, cue.start, cue.end)
    return text[s:e]


# ---------------------------------------------------------------------------------------------
# The classifier


class _Pair:
    def __init__(self, old_text: str, new_text: str, lex: Lexicon, id_map: dict[str, str] | None) -> None:
        self.old_text, self.new_text, self.lex = old_text, new_text, lex
        self.id_map = id_map or {}
        self.ops, self.opcodes, self.a, self.b = word_diff(old_text, new_text)
        self.ratio = _ratio(self.opcodes, len(self.a), len(self.b))
        self.a_keys = [t.key for t in self.a]
        self.b_keys = [t.key for t in self.b]
        self.fwd = _equal_map(self.opcodes)
        self.back = {j: i for i, j in self.fwd.items()}
        self.old_cues = _refine_cues(_find_cues([_norm_key(k) for k in self.a_keys], lex), self.a, old_text, lex)
        self.new_cues = _refine_cues(_find_cues([_norm_key(k) for k in self.b_keys], lex), self.b, new_text, lex)
        self.evidence: list[Evidence] = []
        self.unmatched = False  # content_change saw a content word with no counterpart
        self.content_words: tuple[dict, dict] | None = None  # old and new, once content_change read them
        self.lex_stop = {"the", "a", "an", "of", "to", "and", "or", "so", "its", "their", "it", "is", "are", "be"}

    def mirrored(self) -> _Pair:
        """The same pair read new → old, reusing this one's tokens and cues (only the word
        diff is redone: difflib aligns the two directions a little differently)."""
        m = object.__new__(_Pair)
        m.old_text, m.new_text, m.lex, m.id_map = self.new_text, self.old_text, self.lex, self.id_map
        m.a, m.b, m.a_keys, m.b_keys = self.b, self.a, self.b_keys, self.a_keys
        m.opcodes = difflib.SequenceMatcher(None, m.a_keys, m.b_keys, autojunk=False).get_opcodes()
        m.ops = []
        m.ratio = _ratio(m.opcodes, len(m.a), len(m.b))
        m.fwd = _equal_map(m.opcodes)
        m.back = {j: i for i, j in m.fwd.items()}
        m.old_cues, m.new_cues = self.new_cues, self.old_cues
        m.evidence, m.unmatched, m.lex_stop = [], False, self.lex_stop
        m.content_words = self.content_words[::-1] if self.content_words else None
        return m

    def kept_old(self, cue: _Cue) -> bool:
        return all(k in self.fwd for k in range(cue.start, cue.end))

    def kept_new(self, cue: _Cue) -> bool:
        return all(k in self.back for k in range(cue.start, cue.end))

    def add(self, kind, effect, old_cue: _Cue | None, new_cue: _Cue | None, message: str, old=None, new=None,
            old_span=None, new_span=None, weak: bool = False) -> None:
        if old_cue is not None:
            old_span = _span(self.a, old_cue.start, old_cue.end)
            old = self.old_text[old_span[0]:old_span[1]]
        if new_cue is not None:
            new_span = _span(self.b, new_cue.start, new_cue.end)
            new = self.new_text[new_span[0]:new_span[1]]
        self.evidence.append(Evidence(kind, effect, old, new, message, old_span, new_span,
                                      weak or kind in WEAK_KINDS))

    # -- signals ----------------------------------------------------------------------------
    def negated(self, keys: list[str], cue: _Cue) -> bool:
        # Negation cues, not words: the "no" of "no later than" and the "not" of "shall not
        # exceed" belong to a bound, the "not" of "not only" to a fixed expression; "refrain
        # from" negates as "not" does.
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        end = cue.end
        if cue.category == "modal":
            # "should, in principle, refrain from": a qualifier between the modal and its verb
            end = next((c.end for c in cues if c.start == end and c.category in ("hedge", "strengthener")), end)
        window = {*range(cue.start - 2, cue.start), *range(end, end + 2)}
        if any(c.category == "negation" and c.start in window for c in cues):
            return True
        return cue.category == "modal" and self.no_subject(keys, cue)

    def no_subject(self, keys: list[str], modal: _Cue) -> bool:
        """A modal whose subject opens with "no" or "nothing" (lexicon: negative_subjects; "No
        Contracting State shall expel") is negated as "A Contracting State shall not expel" is:
        the word opens the clause (or follows "that"), and only words lie between it and the
        modal."""
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        for k in range(max(0, modal.start - 5), modal.start - 2):
            if keys[k] not in self.lex.negative_subjects or not (k == 0 or keys[k - 1] == "that"
                                       or text[tokens[k - 1].end:tokens[k].start].strip()):
                continue
            if not any(text[tokens[j].end:tokens[j + 1].start].strip() for j in range(k, modal.start - 1)):
                return True
        return False

    def covering(self, cues: list[_Cue], index: int, category: str) -> _Cue | None:
        return next((c for c in cues if c.category == category and c.start <= index < c.end), None)

    def descriptive(self, keys: list[str], cue: _Cue) -> bool:
        """A hedge word that qualifies no commitment: "subject to this Article" (a cross-
        reference: what the Article covers) or inside a relative clause ("persons who
        temporarily left")."""
        after = keys[cue.end:cue.end + 2]
        if any(w in self.lex.reference_words for w in after):
            return True
        return any(w in self.lex.relative_words for w in keys[max(0, cue.start - 2):cue.start])

    def in_relative_clause(self, keys: list[str], cue: _Cue) -> bool:
        return any(w in self.lex.relative_words for w in keys[max(0, cue.start - 2):cue.start])

    def attributive(self, keys: list[str], cue: _Cue) -> bool:
        """A one-word hedge between a determiner and its noun describes the noun ("the
        temporary administration", "all pending cases"), not how firmly something is promised.
        Phrases ("its reasonable efforts") are noun phrases of their own and keep their meaning;
        a strengthener on the object ("a full withdrawal") does strengthen the commitment."""
        return cue.category == "hedge" and cue.end - cue.start == 1 \
            and cue.start > 0 and keys[cue.start - 1] in self.lex.determiners \
            and cue.end < len(keys) and keys[cue.end] not in self.lex_stop

    def in_new_conjunct(self, cue: _Cue, side: str) -> bool:
        """Is the cue inside an inserted (or deleted) run of words that opens with a
        conjunction and brings content of its own ("and, where necessary, hold joint
        exercises")? Then it qualifies that new item, not the commitment that was there."""
        keys = self.b_keys if side == "new" else self.a_keys
        for tag, i1, i2, j1, j2 in self.opcodes:
            lo, hi = (j1, j2) if side == "new" else (i1, i2)
            if tag == "equal" or not (lo <= cue.start < hi):
                continue
            opens = any(tuple(keys[lo:lo + len(p)]) == p for p in self.lex.conjunctions)
            own = [w for k, w in enumerate(keys[lo:hi], lo)
                   if not (cue.start <= k < cue.end) and w not in self.lex_stop]
            return opens and len(own) >= 2
        return False

    def swapped_qualifiers(self) -> set[int]:
        """Qualifiers of one category replaced by another of the same category in the same
        edit ("temporarily" → "for the time being", "where appropriate" → "where possible"):
        a synonym, not a qualifier added and another removed. Ids of the cues to ignore."""
        out: set[int] = set()
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag != "replace":
                continue
            for category in ("hedge", "strengthener", "narrower", "widener"):
                gone = [c for c in self.old_cues if c.category == category and c.start < i2 and c.end > i1]
                came = [c for c in self.new_cues if c.category == category and c.start < j2 and c.end > j1]
                for r, a in zip(gone, came):
                    out.update((id(r), id(a)))
                if category == "hedge" and bool(gone) != bool(came):
                    # "if either Party so requests" → "at the request of either Party": a
                    # condition word on the other side of the same edit is the hedge's synonym
                    other = self.a_keys[i1:i2] if came else self.b_keys[j1:j2]
                    # so is a word opening a condition or time limit in its place: both open
                    # the edit ("Pending the approval of" → "Until … has approved")
                    hedge = (came or gone)[0]
                    if any(w in self.lex.condition_words for w in other) or \
                            (other and other[0] in self.lex.condition_synonyms and hedge.start == (j1 if came else i1)):
                        out.update(id(c) for c in (came or gone)[:1])
        # One qualifier of a kind gone and one of the same kind come, in different places: the
        # qualifier moved and was reworded ("Where feasible, each Party should" → "Each Party
        # should, where practicable,"), not one dropped and another added.
        for category in ("hedge", "strengthener", "narrower", "widener"):
            old_set = {c.phrase for c in self.old_cues if c.category == category}
            new_set = {c.phrase for c in self.new_cues if c.category == category}
            gone = [c for c in self.old_cues if c.category == category and id(c) not in out
                    and not self.kept_old(c) and c.phrase not in new_set]
            came = [c for c in self.new_cues if c.category == category and id(c) not in out
                    and not self.kept_new(c) and c.phrase not in old_set]
            if len(gone) == len(came) == 1 and \
                    self.negated(self.a_keys, gone[0]) == self.negated(self.b_keys, came[0]):
                out.update((id(gone[0]), id(came[0])))
        return out

    def intensifies_negation(self, cue: _Cue) -> bool:
        """A strengthener built on a negative-polarity word ("under any circumstances",
        "whatsoever") reinforces the negation next to it instead of being negated by it: "shall
        not under any circumstances" forbids more than "shall not", while "not fully" is less
        than "fully"."""
        return cue.category == "strengthener" and any(w in self.lex.negative_polarity for w in cue.phrase)

    def negates_qualifier(self, keys: list[str], cues: list[_Cue], modal: _Cue) -> bool:
        """Is the negation next to this modal really negating a qualifier that follows it?"""
        neg = {" ".join(p) for p in self.lex.negations if len(p) == 1}
        for k in range(modal.end, min(len(keys), modal.end + 2)):
            if keys[k] in neg:
                return any(c.category in ("hedge", "strengthener") and k < c.start <= k + 3 for c in cues)
        return False

    def split_modal(self, r: _Cue, a: _Cue) -> bool:
        """Is one modal the other with a qualifier set inside it ("shall be allowed to" →
        "shall, as far as possible, be allowed to")? Then the modal is the same; only the
        qualifier is new (or gone)."""
        if len(r.phrase) == len(a.phrase):
            return False
        short, long_, keys, cues = (r, a, self.a_keys, self.old_cues) if len(r.phrase) < len(a.phrase) \
            else (a, r, self.b_keys, self.new_cues)
        if long_.phrase[:len(short.phrase)] != short.phrase:
            return False
        rest = long_.phrase[len(short.phrase):]
        inner = next((c for c in cues if c.start == short.end and c.category in ("hedge", "strengthener")), None)
        return inner is not None and tuple(keys[inner.end:inner.end + len(rest)]) == rest

    @staticmethod
    def signature(keys: list[str], cue: _Cue) -> tuple:
        return (cue.phrase, tuple(keys[cue.end:cue.end + 2]))

    def modals(self) -> None:
        pairs: list[tuple[_Cue, _Cue]] = []
        used_old: set[int] = set()
        used_new: set[int] = set()
        # A modal whose first word is kept but whose phrase grew or shrank ("will lift" →
        # "will consider lifting") is a change of that modal, not an unchanged "will".
        for r in self.old_cues:
            if r.category != "modal":
                continue
            for k in range(r.start, r.end):
                if k in self.fwd:
                    a = self.covering(self.new_cues, self.fwd[k], "modal")
                    if a is not None and a.phrase != r.phrase and id(a) not in used_new \
                            and not self.split_modal(r, a):
                        pairs.append((r, a))
                        used_old.add(id(r))
                        used_new.add(id(a))
                    break
        # A modal whose phrase and verb occur as often on both sides merely moved with its
        # sentence (the word diff aligns moved text differently in each direction).
        old_sig = Counter(self.signature(self.a_keys, c) for c in self.old_cues if c.category == "modal")
        new_sig = Counter(self.signature(self.b_keys, c) for c in self.new_cues if c.category == "modal")
        removed = [c for c in self.old_cues if c.category == "modal" and not self.kept_old(c) and id(c) not in used_old
                   and old_sig[self.signature(self.a_keys, c)] > new_sig[self.signature(self.a_keys, c)]]
        added = [c for c in self.new_cues if c.category == "modal" and not self.kept_new(c) and id(c) not in used_new
                 and new_sig[self.signature(self.b_keys, c)] > old_sig[self.signature(self.b_keys, c)]]
        pairs.extend(zip(removed, added))
        for r, a in pairs:
            if self.in_relative_clause(self.a_keys, r) and self.in_relative_clause(self.b_keys, a):
                continue  # "…, which will allow" → "…, which could allow": a consequence, not the commitment
            neg_r = self.negated(self.a_keys, r)
            neg_a = self.negated(self.b_keys, a)
            old, new = _phrase_text(self.old_text, self.a, r), _phrase_text(self.new_text, self.b, a)
            if neg_r != neg_a:
                self.add("negation", "modified", r, a,
                         f"negation flipped: '{old}{' not' if neg_r else ''}' → '{new}{' not' if neg_a else ''}' (the opposite commitment)")
            elif a.strength < r.strength:
                self.add("modal", "softened", r, a,
                         f"softened: '{old}' → '{new}' ({self.lex.strength_name(r.strength)} → {self.lex.strength_name(a.strength)})")
            elif a.strength > r.strength:
                self.add("modal", "hardened", r, a,
                         f"hardened: '{old}' → '{new}' ({self.lex.strength_name(r.strength)} → {self.lex.strength_name(a.strength)})")
        # A weaker wrapper around a kept commitment ("It is expected that Russia will …")
        # that disappears or appears changes the strength of the whole clause.
        old_kept = [c.strength for c in self.old_cues if c.category == "modal" and self.kept_old(c)]
        new_kept = [c.strength for c in self.new_cues if c.category == "modal" and self.kept_new(c)]
        old_kept_starts = [c.start for c in self.old_cues if c.category == "modal" and self.kept_old(c)]
        new_kept_starts = [c.start for c in self.new_cues if c.category == "modal" and self.kept_new(c)]
        for r in removed[len(added):]:
            if new_kept and r.strength < max(new_kept) and any(s > r.start for s in old_kept_starts):
                old = _phrase_text(self.old_text, self.a, r)
                self.add("modal", "hardened", r, None, f"hardened: '{old}' removed around a kept commitment", weak=True)
        for a in added[len(removed):]:
            if old_kept and a.strength < max(old_kept) and any(s > a.start for s in new_kept_starts):
                new = _phrase_text(self.new_text, self.b, a)
                self.add("modal", "softened", None, a, f"softened: '{new}' added around a kept commitment", weak=True)
        # A new item with a permission of its own ("shall host at least 15 researchers and may
        # charge them a fee"), or one dropped: the clause gives a freedom it did not give (or
        # takes one away) beside whatever else changed, so no one direction. Whose freedom it
        # is cannot be told reliably, so it counts as a change of substance, both ways alike.
        for side, extra, keys in (("old", removed[len(added):], self.a_keys), ("new", added[len(removed):], self.b_keys)):
            for c in extra:
                kept = self.fwd if side == "old" else self.back
                opens = c.start > 0 and (keys[c.start - 1],) in self.lex.conjunctions and c.start - 1 not in kept
                if c.strength <= PERMISSION and not self.negated(keys, c) and (opens or self.in_new_conjunct(c, side)):
                    text = _phrase_text(self.old_text if side == "old" else self.new_text, self.a if side == "old" else self.b, c)
                    where = "dropped" if side == "old" else "added"
                    self.add("modal", "modified", c if side == "old" else None, c if side == "new" else None,
                             f"item with a permission of its own {where} ('{text}'): a freedom given or taken, no one direction")
        # A plain statement turned into a best effort ("to hold the increase below 1.5 °C" →
        # "to pursue efforts to limit it to 1.5 °C"), or the reverse.
        old_modal = any(c.category == "modal" for c in self.old_cues)
        new_modal = any(c.category == "modal" for c in self.new_cues)
        if not old_modal and len(added) > len(removed):
            for a in added[len(removed):]:
                # a negated permission ("No timber may be harvested") is a prohibition, no best effort
                if a.strength <= BEST_EFFORTS and not self.negated(self.b_keys, a):
                    new = _phrase_text(self.new_text, self.b, a)
                    self.add("modal", "softened", None, a, f"softened: '{new}' added to a plain statement", weak=True)
        if not new_modal and len(removed) > len(added):
            for r in removed[len(added):]:
                if r.strength <= BEST_EFFORTS and not self.negated(self.a_keys, r):
                    old = _phrase_text(self.old_text, self.a, r)
                    self.add("modal", "hardened", r, None, f"hardened: '{old}' removed: a plain statement now", weak=True)
        # A negation that appears or disappears next to a kept modal.
        for r in self.old_cues:
            if r.category != "modal" or not self.kept_old(r):
                continue
            match = self.covering(self.new_cues, self.fwd[r.start], "modal")
            if match is None:
                continue
            neg_r, neg_a = self.negated(self.a_keys, r), self.negated(self.b_keys, match)
            if neg_r != neg_a and self.negates_qualifier(self.a_keys if neg_r else self.b_keys,
                                                         self.old_cues if neg_r else self.new_cues,
                                                         r if neg_r else match):
                continue  # "shall not be subject to": the negation belongs to the qualifier
            if neg_r != neg_a:
                old = _phrase_text(self.old_text, self.a, r)
                if r.strength <= PERMISSION:
                    # "may not" → "may": a prohibition became a permission (softened), and back.
                    effect = "softened" if neg_r else "hardened"
                    self.add("negation", effect, r, match,
                             f"{effect}: '{old} not' → '{old}'" if neg_r else f"{effect}: '{old}' → '{old} not'")
                else:
                    self.add("negation", "modified", r, match,
                             f"negation {'removed' if neg_r else 'added'} around '{old}' (the opposite commitment)")

    @staticmethod
    def other_form(cue: _Cue, keys: list[str], other_keys: list[str]) -> bool:
        """A one-word scope word whose inflected form stands on the other side was no scope
        word but a verb ("all cabin crew complete their training" / "every member of the crew
        completes it"): the word is still there, in another form."""
        if cue.category not in ("widener", "narrower") or cue.end - cue.start != 1:
            return False
        word = keys[cue.start]
        return any(o != word and o.startswith(word) and o[len(word):] in ("s", "d", "es", "ed", "ing")
                   for o in other_keys)

    def prohibited_object(self, keys: list[str], cue: _Cue) -> bool:
        """A scope word after a verb of prohibition ("refrain from all artillery fire", "shall
        not attack any") says what is forbidden: all of it, as the bare noun did. Only a "not"
        right before it negates the scope itself ("not all")."""
        if cue.category not in ("widener", "narrower"):
            return False
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        return not any(c.category == "negation" and c.end == cue.start and c.end - c.start == 1 for c in cues)

    def on_parties(self, keys: list[str], cue: _Cue) -> bool:
        """A scope word on the parties ("All Parties", "every State") names the same parties
        as the bare noun: it widens no commitment. So does one on a subject named in the plural
        on the other side ("Ships of 5,000 tonnes" → "Every ship of 5,000 tonnes"): a rule
        for ships is a rule for every ship."""
        if cue.category not in ("widener", "narrower") or cue.end >= len(keys):
            return False
        if keys[cue.end] in self.lex.party_nouns:
            return True
        if keys[cue.end] in self.lex.time_units or keys[cue.end] in self.lex.frequencies:
            return True  # "every year", "all day": how often or how long (see frequencies)
        if self._every_n(keys, cue.start) is not None:
            return True  # "every two years": how often
        if cue.category != "widener" or cue.start > 0:
            return False
        other = self.b_keys if keys is self.a_keys else self.a_keys
        noun = _stem(keys[cue.end])
        return bool(other) and _stem(other[0]) == noun

    def qualifiers(self) -> None:
        effects = {
            "hedge": ("softened", "hardened", "qualifier"),
            "strengthener": ("hardened", "softened", "strengthener"),
            "narrower": ("softened", "hardened", "scope limit"),
            "widener": ("hardened", "softened", "scope word"),
        }
        flip = {"softened": "hardened", "hardened": "softened"}
        swapped = self.swapped_qualifiers()
        for category, (on_add, on_remove, label) in effects.items():
            kind = {"narrower": "scope", "widener": "scope"}.get(category, category)
            old_set = {c.phrase for c in self.old_cues if c.category == category}
            new_set = {c.phrase for c in self.new_cues if c.category == category}
            for c in self.new_cues:
                if c.category != category or self.kept_new(c) or c.phrase in old_set or id(c) in swapped:
                    continue  # the same phrase on both sides (merely moved) is no change
                if (category == "hedge" and self.descriptive(self.b_keys, c)) or self.on_parties(self.b_keys, c) \
                        or self.other_form(c, self.b_keys, self.a_keys):
                    continue
                text = _phrase_text(self.new_text, self.b, c)
                if self.attributive(self.b_keys, c):
                    self.add(kind, "modified", None, c, f"{label} '{text}' added to a noun: what is described changed")
                    continue
                if self.in_new_conjunct(c, "new"):
                    self.add(kind, "modified", None, c, f"{label} '{text}' added with a new item: it qualifies the addition")
                    continue
                negated = self.negated(self.b_keys, c)
                if negated and category == "hedge":
                    continue  # "not subject to X": softer or harder depends on X; no verdict
                negated = negated and not self.intensifies_negation(c) and not self.prohibited_object(self.b_keys, c)
                effect = flip[on_add] if negated else on_add
                self.add(kind, effect, None, c, f"{effect}: {label} '{text}' added" + (" under a negation" if negated else ""))
            for c in self.old_cues:
                if c.category != category or self.kept_old(c) or c.phrase in new_set or id(c) in swapped:
                    continue
                if (category == "hedge" and self.descriptive(self.a_keys, c)) or self.on_parties(self.a_keys, c) \
                        or self.other_form(c, self.a_keys, self.b_keys):
                    continue
                text = _phrase_text(self.old_text, self.a, c)
                if self.attributive(self.a_keys, c):
                    self.add(kind, "modified", c, None, f"{label} '{text}' removed from a noun: what is described changed")
                    continue
                if self.in_new_conjunct(c, "old"):
                    self.add(kind, "modified", c, None, f"{label} '{text}' removed with a dropped item: it qualified that item")
                    continue
                negated = self.negated(self.a_keys, c)
                if negated and category == "hedge":
                    continue
                negated = negated and not self.intensifies_negation(c) and not self.prohibited_object(self.a_keys, c)
                effect = flip[on_remove] if negated else on_remove
                self.add(kind, effect, c, None, f"{effect}: {label} '{text}' removed" + (" from under a negation" if negated else ""))
            # The same qualifier on both sides, but negated on one: "not subject to" → "subject to".
            # The n-th occurrence of a phrase faces the n-th on the other side (not always the
            # first: "shall withdraw all …. will not withdraw all …").
            seen: Counter = Counter()
            for r in self.old_cues:
                if r.category != category:
                    continue
                nth = seen[r.phrase]
                seen[r.phrase] += 1
                a = next(itertools.islice((c for c in self.new_cues if c.category == category and c.phrase == r.phrase),
                                          nth, None), None)
                if a is None:
                    continue
                neg_r, neg_a = self.negated(self.a_keys, r), self.negated(self.b_keys, a)
                if neg_r == neg_a:
                    continue
                effect = on_add if neg_r else on_remove  # negation gone: the qualifier now applies
                text = _phrase_text(self.new_text, self.b, a)
                self.add(kind, effect, r, a, f"{effect}: {label} '{text}' {'no longer negated' if neg_r else 'now negated'}")
        # "if …" conditions: a new condition softens, a dropped one hardens — unless the words it
        # governed are still there (a rephrased condition, "if X requests" → "at X's request").
        cond = self.lex.condition_words
        for keys, tokens, kept, other_keys, text, effect, side in (
            (self.b_keys, self.b, self.back, set(self.a_keys), self.new_text, "softened", "new"),
            (self.a_keys, self.a, self.fwd, set(self.b_keys), self.old_text, "hardened", "old"),
        ):
            for k, key in enumerate(keys):
                inverted = key in self.lex.inverted_conditions and tokens[k].text[:1].isupper() \
                    and _sentence_start(text, tokens[k])
                if (key not in cond and not inverted) or k in kept or key in other_keys:
                    continue
                stop_at = text.find(",", tokens[k].end)
                limit = len(text) if stop_at < 0 else stop_at
                governed = [w for w, t in zip(keys[k + 1:k + 7], tokens[k + 1:k + 7])
                            if w not in self.lex_stop and t.start < limit]
                if governed and sum(w in other_keys for w in governed) / len(governed) >= 0.5:
                    continue
                end = min(len(tokens), k + 6)
                span = (tokens[k].start, tokens[end - 1].end)
                phrase = text[span[0]:span[1]]
                verb = "added" if side == "new" else "removed"
                if side == "new":
                    self.add("condition", effect, None, None, f"{effect}: condition {verb} ('{phrase} …')", new=phrase, new_span=span)
                else:
                    self.add("condition", effect, None, None, f"{effect}: condition {verb} ('{phrase} …')", old=phrase, old_span=span)

    def governing(self, keys: list[str], cues: list[_Cue], word_index: int) -> str | None:
        """What kind of bound the number at ``word_index`` is: cap, floor, deadline or None."""
        for c in cues:
            if c.end <= word_index and word_index - c.end <= 3 and c.category in ("cap", "floor", "deadline"):
                kind = c.category
        else:
            kind = None
        for c in reversed(cues):
            if c.end <= word_index and word_index - c.end <= 3 and c.category in ("cap", "floor", "deadline", "hedge"):
                if any(keys[x][:1].isdigit() for x in range(c.end, word_index)):
                    break  # the bound governs the number right after it: "by 2030 compared with 1990"
                if c.category == "hedge" and c.phrase == ("up", "to"):
                    return "cap"
                if c.category != "hedge":
                    return c.category
                break
        return kind

    def _in_reference_list(self, keys: list[str], tokens: list[Token], k: int) -> bool:
        """"Article 6", and each number of "Articles 6, 7 and 8" or "paragraphs 9 to 11"."""
        p = k - 1
        while p >= 0 and k - p <= 8:
            key = keys[p]
            if key in self.lex.reference_words:
                return True
            if not (key in ("and", "to", "or") or key[:1].isdigit()):
                return False
            p -= 1
        return False

    def in_trigger(self, keys: list[str], tokens: list[Token], text: str, k: int) -> bool:
        """Is the number at word ``k`` inside a condition that says when the obligation
        applies ("if more than 50 workers are affected", "upon the request of at least 30
        parents")? A trigger word before it in the same stretch of text (no comma, semicolon or
        modal in between)."""
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        modal_words = {x for c in cues if c.category == "modal" for x in range(c.start, c.end)}
        triggers = self.lex.trigger_words
        for p in range(k - 1, max(-1, k - 13), -1):
            if p in modal_words or any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:.()"):
                return False
            if keys[p] in triggers:
                return True
        return False

    def _frequencies(self, keys: list[str]) -> list[tuple[float, int]]:
        """How often the clause asks for something, as (interval in days, word index):
        "quarterly", "once a quarter", "twice a year" (half a year), "every month"."""
        freq, units = self.lex.frequencies, self.lex.time_units
        out = []
        for k, key in enumerate(keys):
            if key in freq and (k == 0 or keys[k - 1] not in ("a", "an", "every", "each")):
                if key.endswith("ly"):
                    out.append((freq[key], k))
                continue
            if key not in ("a", "an", "every", "each", "per") or k + 1 >= len(keys):
                continue
            every_n = self._every_n(keys, k)
            if every_n is not None:  # "(once) every two years": the interval is the period
                out.append((every_n, k))
                continue
            unit = keys[k + 1]
            days = freq.get(unit, units.get(unit))
            before = keys[k - 1] if k else ""
            if days is None or not unit.isalpha() or unit.endswith("s"):
                continue
            if before == "once":
                out.append((days, k))
            elif before == "twice":
                out.append((days / 2, k))
            elif before == "times" and k >= 2 and (words_value(keys[k - 2]) or keys[k - 2].isdigit()):
                out.append((days / float(words_value(keys[k - 2]) or keys[k - 2]), k))
            elif key == "every" and before not in ("once", "twice", "times"):
                out.append((days, k))
        return out

    def _every_n(self, keys: list[str], k: int) -> float | None:
        """The interval in days of "every two years", "every 3 months" starting at word ``k``."""
        if keys[k] != "every" or k + 2 >= len(keys) or keys[k + 2] not in self.lex.time_units:
            return None
        word = keys[k + 1]
        n = float(word) if word.isdigit() else words_value(word) if word.isalpha() else None
        return n * self.lex.time_units[keys[k + 2]] if n else None

    def frequencies(self) -> None:
        """One frequency on each side that differs: a shorter interval in a binding clause
        asks for more ("at least once a year" → "at least once a quarter": hardened); in a
        negated or non-binding clause the direction is unclear (modified)."""
        old, new = self._frequencies(self.a_keys), self._frequencies(self.b_keys)
        if len(old) != 1 or len(new) != 1 or abs(old[0][0] - new[0][0]) < 0.5:
            return
        (r, i), (a, j) = old[0], new[0]
        binding = all(any(c.category == "modal" and c.strength >= BEST_EFFORTS and not self.negated(keys, c) for c in cues)
                      and not any(c.category == "negation" for c in cues)
                      for keys, cues in ((self.a_keys, self.old_cues), (self.b_keys, self.new_cues)))
        old_txt = " ".join(t.text for t in self.a[max(0, i - 1):i + 2])
        new_txt = " ".join(t.text for t in self.b[max(0, j - 1):j + 2])
        span_o = _span(self.a, max(0, i - 1), min(len(self.a), i + 2))
        span_n = _span(self.b, max(0, j - 1), min(len(self.b), j + 2))
        if not binding:
            self.add_frequency("modified", f"frequency changed: '{old_txt}' → '{new_txt}'", old_txt, new_txt, span_o, span_n)
            return
        effect = "hardened" if a < r else "softened"
        more = "more" if a < r else "less"
        self.add_frequency(effect, f"{effect}: {more} often, '{old_txt}' → '{new_txt}'", old_txt, new_txt, span_o, span_n)

    def add_frequency(self, effect, message, old, new, old_span, new_span) -> None:
        self.evidence.append(Evidence("deadline", effect, old, new, message, old_span, new_span))

    def penalty_near(self, keys: list[str], k: int) -> bool:
        window = keys[max(0, k - 10):k + 4]  # "total liability under this Agreement shall not exceed 1"
        return any(w in self.lex.penalties for w in window)

    def numbers(self) -> None:
        old_nums = self._numbers(self.old_text, self.a)
        new_nums = self._numbers(self.new_text, self.b)
        old_vals = [n[0] for n in old_nums]
        new_vals = [n[0] for n in new_nums]
        # By value, not by word position: the word diff may align "100" of "$100 billion" with
        # "100" of "100 days", which are different numbers.
        # A value that still occurs on the other side was repeated, not changed.
        removed = [n for n in old_nums if n[0] not in new_vals]
        added = [n for n in new_nums if n[0] not in old_vals]
        # A number in digits on one side and as a lone number word on the other ("12 nautical
        # miles" / "twelve nautical miles", "40%" / "forty per cent"): the same number written
        # another way. A lone number word is otherwise a word ("one of the Parties"), so it
        # counts only where the other side lost the same value and this side gained the word.
        if removed or added:
            old_words = Counter(_lone_number(k) for k in self.a_keys)
            new_words = Counter(_lone_number(k) for k in self.b_keys)
            removed = [n for n in removed if not (n[4] != "reference" and new_words[n[0]] > old_words[n[0]])]
            added = [n for n in added if not (n[4] != "reference" and old_words[n[0]] > new_words[n[0]])]
        # References that follow renumbering
        refs_r = [n for n in removed if n[4] == "reference"]
        refs_a = [n for n in added if n[4] == "reference"]
        for r, a in zip(refs_r, refs_a):
            target = self.id_map.get(r[3])
            if target is not None and target != a[3]:
                self.evidence.append(Evidence("reference", "modified", r[3], a[3],
                                              f"reference changed: {r[3]} → {a[3]} (clause {r[3]} became {target})", r[1], a[1]))
            else:
                self.evidence.append(Evidence("reference", "neutral", r[3], a[3],
                                              f"reference renumbered: {r[3]} → {a[3]} (consequential)", r[1], a[1]))
        for n in refs_r[len(refs_a):]:
            self.evidence.append(Evidence("reference", "modified", n[3], None, f"reference removed: {n[3]}", n[1], None))
        for n in refs_a[len(refs_r):]:
            self.evidence.append(Evidence("reference", "modified", None, n[3], f"reference added: {n[3]}", None, n[1]))
        removed = [n for n in removed if n[4] != "reference"]
        added = [n for n in added if n[4] != "reference"]
        # Pair numbers of the same role first (a deadline with a deadline, a cap with a cap).
        paired_r: list = []
        paired_a: list = []
        for role in ("deadline", "cap", "floor", None):
            rr = [n for n in removed if n[4] == role and n not in paired_r]
            aa = [n for n in added if n[4] == role and n not in paired_a]
            for r, a in zip(rr, aa):
                paired_r.append(r)
                paired_a.append(a)
        removed_rest = [n for n in removed if n not in paired_r]
        added_rest = [n for n in added if n not in paired_a]
        for r, a in zip(removed_rest, added_rest):
            paired_r.append(r)
            paired_a.append(a)
        for r, a in zip(paired_r, paired_a):
            self._compare_numbers(r, a)
        removed = paired_r + [n for n in removed_rest if n not in paired_r]
        added = paired_a + [n for n in added_rest if n not in paired_a]
        for r in removed[len(added):]:
            if r[4] == "deadline":
                self.evidence.append(Evidence("deadline", "softened", r[3], None,
                                              f"softened: deadline '{r[3]}' removed", r[1], None))
            elif r[4] in ("cap", "floor"):
                effect = "hardened" if (r[4] == "cap" and r[6]) else "softened"
                what = "cap" if r[4] == "cap" else "minimum"
                self.evidence.append(Evidence(r[4], effect, r[3], None,
                                              f"{effect}: {what} of {r[3]} removed", r[1], None))
            else:
                self.evidence.append(Evidence("number", "modified", r[3], None,
                                              f"number removed: {r[3]}", r[1], None))
        for a in added[len(removed):]:
            if a[4] == "deadline":
                self.evidence.append(Evidence("deadline", "hardened", None, a[3],
                                              f"hardened: deadline '{a[3]}' added", None, a[1]))
            elif a[4] in ("cap", "floor"):
                effect = "softened" if (a[4] == "cap" and a[6]) else "hardened"
                what = "cap" if a[4] == "cap" else "minimum"
                self.evidence.append(Evidence(a[4], effect, None, a[3],
                                              f"{effect}: {what} of {a[3]} added", None, a[1]))
            else:
                self.evidence.append(Evidence("number", "modified", None, a[3],
                                              f"number added: {a[3]}", None, a[1]))

    def _numbers(self, text: str, tokens: list[Token]):
        """(value in comparable units, span, kind, shown text, role, word index, penalty)."""
        keys = [t.key for t in tokens]
        cues = self.old_cues if tokens is self.a else self.new_cues
        out = []
        starts = {t.start: k for k, t in enumerate(tokens)}
        dates = _dates_in(text, self.lex)
        plain = [_unit_letter(n) for n in numbers_in(text) if not any(d[1] <= n[1] < d[2] for d in dates)]
        for d_value, s, e, raw in dates:
            k = starts.get(s)
            if k is None:
                continue
            before = keys[max(0, k - 4):k]
            role = "deadline" if any(tuple(before[len(before) - len(p):]) == p for p in self.lex.date_deadlines
                                     if len(p) <= len(before)) else None
            out.append((d_value, (s, e), role, raw, role, k, False))
        spelled = self._spelled_numbers(text, keys, tokens)
        spelled_starts = {n[1] for n in spelled}
        periods = [n for n in self._spelled_periods(keys, tokens) if n[1] not in spelled_starts]
        for value, s, e, raw in sorted(plain + spelled + periods, key=lambda n: n[1]):
            k = starts.get(s)
            if k is None:
                k = next((idx for idx, t in enumerate(tokens) if t.start <= s < t.end), None)
                if k is None:
                    continue
            last = k  # the number's last word ("one hundred": "hundred")
            while last + 1 < len(tokens) and tokens[last + 1].start < e:
                last += 1
            role = self.governing(keys, cues, k)
            unit = keys[last + 1] if last + 1 < len(keys) else ""
            if last + 2 < len(keys) and unit in ("thousand", "million", "billion"):
                unit = keys[last + 2]
            shown = text[s:e]
            end = e
            if unit in self.lex.time_units and last + 1 < len(tokens):
                end = tokens[last + 1].end
                shown = text[s:end]
            prev = keys[k - 1] if k else ""
            if k and self._every_n(keys, k - 1) is not None:
                continue  # "every two years": how often (see frequencies), not a period or bound
            # an age ("over 75 years of age", "18 years old") is how old someone is, not a
            # period: no deadline, and the same number as "the age of 18"
            age = unit in self.lex.time_units and (tuple(keys[last + 2:last + 4]) == ("of", "age")
                                                   or keys[last + 2:last + 3] == ["old"])
            if age:
                if role == "deadline":
                    role = None
            elif self._in_reference_list(keys, tokens, k):
                role = "reference"
                shown = tokens[k].text
                value = tokens[k].key
            elif role == "deadline" or (unit in self.lex.time_units and prev in {" ".join(p) for p in self.lex.deadline_words}):
                if unit in self.lex.time_units:
                    value = value * self.lex.time_units[unit]
                    role = "deadline"
                elif _YEAR.match(tokens[k].key):
                    value = value * 365
                    role = "deadline"
                else:
                    role = None
            elif unit in self.lex.time_units:
                # a period: "24 hours" is "one day"
                value = value * self.lex.time_units[unit]
            out.append((value, (s, end), role, shown, role, k, self.penalty_near(keys, k)))
        return sorted(out, key=lambda n: n[1])

    def _spelled_numbers(self, text: str, keys: list[str], tokens: list[Token]) -> list[tuple[float, int, int, str]]:
        """Numbers written in words, as (value, start, end, raw) like :func:`numbers_in`: those
        of two or more words ("one hundred days") and a single number word before a time unit
        ("one day", "thirty days"); a lone "one" or "two" elsewhere is a word ("one of the
        Parties")."""
        if NUMBER_WORD_SET.isdisjoint(keys) and NUMBER_WORD_SET.isdisjoint(
                w.partition("-")[0] for w in keys if "-" in w):  # "seventy-two" is one word
            return []
        ends = {t.end: k for k, t in enumerate(tokens)}
        cues = self.old_cues if tokens is self.a else self.new_cues
        bounded = {c.end for c in cues if c.category in ("cap", "floor")}
        # one number word replaced by another ("replant two hectares" → "three hectares"):
        # a quantity that changed, whatever follows it
        side = 1 if tokens is self.a else 3
        for op in self.opcodes:
            if op[0] == "replace" and op[2] - op[1] == 1 and op[4] - op[3] == 1 and \
                    _number_word(self.a_keys[op[1]]) and _number_word(self.b_keys[op[3]]):
                bounded.add(op[side])
        out = []
        for m in NUMBER_WORDS.finditer(text):
            raw = m.group()
            value = words_value(raw)
            if not value:
                continue
            if " " not in raw and "-" not in raw:
                k = ends.get(m.end())
                if k is None:
                    continue
                # a bound's number ("up to twenty", "at least ten") is one too (and one
                # number word swapped for another)
                if (k + 1 >= len(keys) or keys[k + 1] not in self.lex.time_units) and k not in bounded:
                    continue
            out.append((float(value), m.start(), m.end(), raw))
        return out

    def _spelled_periods(self, keys: list[str], tokens: list[Token]) -> list[tuple[float, int, int, str]]:
        """Periods written in words after a deadline word ("within thirty days", "within a
        month"), as (value, start, end, raw) like :func:`numbers_in`, so that they compare with
        "within 30 days". Only after a deadline word: "once a year" is a frequency."""
        deadline = {" ".join(p) for p in self.lex.deadline_words if len(p) == 1}
        out = []
        for k in range(2, len(keys)):
            if keys[k] not in self.lex.time_units or keys[k - 2] not in deadline:
                continue
            word = keys[k - 1]
            value = 1 if word in ("a", "an") else (words_value(word) if word.isalpha() else None)
            if value:
                t = tokens[k - 1]
                out.append((float(value), t.start, t.end, t.text))
        return out

    def _compare_numbers(self, r, a) -> None:
        role = r[4] or a[4]
        old, new = r[3], a[3]
        if role == "deadline" and r[4] == a[4] == "deadline" and \
                (r[0] < _YEARLESS) == (a[0] < _YEARLESS):  # "1 May" and "1 June 2026" do not compare
            effect = "softened" if a[0] > r[0] else "hardened"
            verb = "lengthened" if a[0] > r[0] else "shortened"
            self.evidence.append(Evidence("deadline", effect, old, new, f"{effect}: deadline {verb}, {old} → {new}", r[1], a[1]))
            return
        if role in ("cap", "floor") and (r[4] in (role, None)) and (a[4] in (role, None)) and \
                isinstance(r[0], float) and isinstance(a[0], float):
            raised = a[0] > r[0]
            penalty = r[6] or a[6]
            if role == "cap":
                effect = "hardened" if (raised == penalty) else "softened"
                what = "cap on a penalty" if penalty else "cap"
            else:
                effect = "hardened" if raised else "softened"
                what = "minimum"
            if self.in_trigger(self.a_keys, self.a, self.old_text, r[5]) and \
                    self.in_trigger(self.b_keys, self.b, self.new_text, a[5]):
                # the bound sets when the obligation applies ("upon the request of at least 30
                # parents"): a lower threshold makes it apply more often
                effect = {"softened": "hardened", "hardened": "softened"}[effect]
                what = f"{what} in the condition that triggers the obligation,"
            self.evidence.append(Evidence(role, effect, old, new,
                                          f"{effect}: {what} {'raised' if raised else 'lowered'}, {old} → {new}", r[1], a[1]))
            return
        self.evidence.append(Evidence("number", "modified", old, new, f"number changed: {old} → {new}", r[1], a[1]))

    def names(self, tokens: list[Token], keys: list[str], cues: list[_Cue], kept: dict[int, int],
              text: str, facing: set[int]) -> dict[str, tuple[int, int, str]]:
        """Proper names and party words in the changed part of one text. ``facing``: indices
        of tokens replaced by a capitalised word on the other side ("European" → "NATO")."""
        found: dict[str, tuple[int, int, str]] = {}
        modal_starts = {c.start for c in cues if c.category == "modal"}
        mid_sentence_caps = {t.key for k, t in enumerate(tokens) if k and not _sentence_start(text, t) and t.text[:1].isupper()}
        for k, t in enumerate(tokens):
            if k in kept or not t.text[:1].isupper() or t.text in self.lex.not_names:
                continue
            if t.end < len(text) and text[t.end] == "$":
                continue  # a currency prefix (US$), not a party
            if _sentence_start(text, t) and not (
                t.key in mid_sentence_caps or k + 1 in modal_starts or k in facing
                or (len(t.text) > 1 and t.text.isupper())
                or (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())
            ):
                continue  # a capitalised sentence opener, not a name
            key = t.key.removesuffix("'s")  # "Ukraine's" is still Ukraine
            found.setdefault(key, (t.start, t.end, t.text.removesuffix("'s")))
        for c in cues:
            if c.category == "party" and not all(x in kept for x in range(c.start, c.end)):
                s, e = _span(tokens, c.start, c.end)
                found.setdefault(" ".join(c.phrase), (s, e, text[s:e]))
        return found

    def parties(self) -> None:
        """Who carries the obligation: a name or party word replaced by another."""
        # A capitalised sentence opener replaced by a capitalised word is a name when that word
        # is a name by itself ("European" → "NATO"), not when both are mere openers
        # ("Periodic" → "Regular").
        old_names = self.names(self.a, self.a_keys, self.old_cues, self.fwd, self.old_text, set())
        new_names = self.names(self.b, self.b_keys, self.new_cues, self.back, self.new_text, set())
        old_starts = {v[0] for v in old_names.values()}
        new_starts = {v[0] for v in new_names.values()}
        facing_old: set[int] = set()
        facing_new: set[int] = set()
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag == "replace" and self.a[i1].text[:1].isupper() and self.b[j1].text[:1].isupper():
                if any(self.b[j].start in new_starts for j in range(j1, j2)):
                    facing_old.add(i1)
                if any(self.a[i].start in old_starts for i in range(i1, i2)):
                    facing_new.add(j1)
        if facing_old:
            old_names = self.names(self.a, self.a_keys, self.old_cues, self.fwd, self.old_text, facing_old)
        if facing_new:
            new_names = self.names(self.b, self.b_keys, self.new_cues, self.back, self.new_text, facing_new)
        old_all, new_all = set(self.a_keys), set(self.b_keys)
        gone = {k: v for k, v in old_names.items() if not set(k.split()) <= new_all}
        came = {k: v for k, v in new_names.items() if not set(k.split()) <= old_all}
        # The same party in another form: "Developed countries" and "Developed country Parties",
        # "both sides" and "the parties". A party is what is left after the generic party nouns
        # ("Parties", "countries", "sides") and function words, compared by stem.
        gone_ids = {k: self.party_identity(k) for k in gone}
        came_ids = {k: self.party_identity(k) for k in came}
        same = set(gone_ids.values()) & set(came_ids.values())
        if same:
            gone = {k: v for k, v in gone.items() if gone_ids[k] not in same}
            came = {k: v for k, v in came.items() if came_ids[k] not in same}
        # An acronym spelled out (or the reverse) is the same party: "CMA" and "Conference of the
        # Parties serving as the meeting of the Parties to the Paris Agreement".
        old_changed = [t.text for k, t in enumerate(self.a) if k not in self.fwd]
        new_changed = [t.text for k, t in enumerate(self.b) if k not in self.back]
        if any(_abbreviates(v[2], new_changed) for v in gone.values()):
            gone = {k: v for k, v in gone.items() if not _abbreviates(v[2], new_changed)}
            came = {}
        if any(_abbreviates(v[2], old_changed) for v in came.values()):
            came = {k: v for k, v in came.items() if not _abbreviates(v[2], old_changed)}
            gone = {}
        if gone and came:
            old_txt = ", ".join(v[2] for v in gone.values())
            new_txt = ", ".join(v[2] for v in came.values())
            first_old = next(iter(gone.values()))
            first_new = next(iter(came.values()))
            self.evidence.append(Evidence("party", "modified", old_txt, new_txt,
                                          f"party changed: {old_txt} → {new_txt}", first_old[:2], first_new[:2]))
        elif (gone or came) and not (gone and came) \
                and not any(e.effect in ("softened", "hardened") for e in self.evidence):
            # The party that carries the obligation (right before its modal) is gone and no
            # other took its place ("X shall provide support" → "Support shall be provided"),
            # or, read the other way, a party now carries an obligation nobody carried before:
            # who is bound changed, with no clear direction.
            if gone:
                self._lone_party(gone, self.old_cues, self.a, self.b_keys, "old")
            else:
                self._lone_party(came, self.new_cues, self.b, self.a_keys, "new")

    def _lone_party(self, names: dict, cues: list[_Cue], tokens: list[Token], other_keys: list[str],
                    side: str) -> None:
        modal_starts = {c.start for c in cues if c.category == "modal"}
        ends = {t.end: k for k, t in enumerate(tokens)}
        for key, (s, e, shown) in names.items():
            k = ends.get(e)
            ident = self.party_identity(key)
            if k is not None and k + 1 in modal_starts and len(shown) > 1 and ident \
                    and ident.isdisjoint(w.removesuffix("'s") for w in other_keys):
                if side == "old":
                    self.evidence.append(Evidence("party", "modified", shown, None,
                                                  f"party dropped: {shown} no longer carries the obligation", (s, e), None))
                else:
                    self.evidence.append(Evidence("party", "modified", None, shown,
                                                  f"party added: {shown} now carries the obligation", None, (s, e)))
                break

    def _content_words(self, keys: list[str], cues: list[_Cue]) -> dict[int, tuple[str, frozenset[int]]]:
        """Content words of one side: word index → (stem, synonym groups). A word covered by a
        lexicon cue (modal, qualifier, bound, party word) is judged by its own rules, a light
        word carries no content; a synonym phrase ("set up") counts as one word."""
        lex = self.lex
        cue_words = {k for c in cues for k in range(c.start, c.end)}
        out: dict[int, tuple[str, frozenset[int]]] = {}
        k, n = 0, len(keys)
        while k < n:
            for length in (4, 3, 2):
                groups = lex.synonyms.get(tuple(keys[k:k + length])) if k + length <= n else None
                if groups:
                    break
            else:
                length, groups = 1, _word_synonyms(keys[k], lex)
            word = keys[k]
            if k not in cue_words and (length > 1 or (word.isalpha() and len(word) > 2 and word not in lex.light_words
                                                      and word not in lex.time_units and words_value(word) is None)):
                out[k] = (_stem(word), groups)
                for extra in range(k + 1, k + length):
                    out[extra] = (_stem(keys[extra]), groups)
            k += length
        return out

    def content_change(self) -> Evidence | None:
        """A change of substance that has no direction: a content word replaced by one that is
        no synonym or other form of it, where it heads its phrase ("withdraw troops from" →
        "withdraw heavy weapons from"; a modifier swap such as "reliable" → "robust" guarantees
        is left to the similarity), or an item added to or dropped from a list ("energy and
        water" → "energy, water and health"). A word that still occurs on the other side (in
        any form or as a listed synonym) merely moved."""
        if self.content_words is None:
            self.content_words = (self._content_words(self.a_keys, self.old_cues),
                                  self._content_words(self.b_keys, self.new_cues))
        old_c, new_c = self.content_words
        # the parts of a hyphenated word stand too ("pre-mining" holds "mining")
        old_stems = {st for st, _ in old_c.values()} | set(self.a_keys) | \
            {_stem(w) for k in self.a_keys if "-" in k for w in k.split("-")}
        new_stems = {st for st, _ in new_c.values()} | set(self.b_keys) | \
            {_stem(w) for k in self.b_keys if "-" in k for w in k.split("-")}
        old_groups = set().union(*(g for _, g in old_c.values())) if old_c else set()
        new_groups = set().union(*(g for _, g in new_c.values())) if new_c else set()

        def unmatched(info, keys, other_stems, other_groups, k):
            stem, groups = info[k]
            if stem in other_stems or (groups and not groups.isdisjoint(other_groups)):
                return False
            word = keys[k].removeprefix("re")  # "confirm" / "reconfirm"
            return not any(_same_word(word, other) for other in other_stems)

        old_cue_words = {k for c in self.old_cues for k in range(c.start, c.end)}
        new_cue_words = {k for c in self.new_cues for k in range(c.start, c.end)}

        def head(tokens, keys, text, k, cue_words) -> bool:
            if k + 1 >= len(keys):
                return True
            follow = text[tokens[k].end:tokens[k + 1].start].strip()
            # a word that names which party ("the host State" → "the contributing States"); a
            # word before a modal or other cue heads the subject ("The controller shall")
            return bool(follow) or keys[k + 1] in self.lex.light_words or keys[k + 1] in self.lex.party_nouns \
                or (k + 1) in cue_words

        def list_item(tokens, keys, text, lo, hi) -> bool:
            run = keys[lo:hi]
            conj = self.lex.conjunctions
            opens = any(tuple(run[:len(p)]) == p for p in conj)
            closes = any(tuple(run[len(run) - len(p):]) == p for p in conj)
            # between commas (or a comma and a conjunction): "energy, health, water"; a comma
            # alone opens a parenthetical as often as a list item
            after = text[tokens[hi - 1].end:].lstrip()
            comma = text[:tokens[lo].start].rstrip().endswith(",") and run[0] not in self.lex.light_words and (
                after.startswith(",") or (hi < len(keys) and (keys[hi],) in conj))
            after_conj = lo > 0 and (keys[lo - 1],) in conj  # "water and health"
            return opens or closes or comma or after_conj

        def moved(info, lo, hi, fresh) -> bool:
            # an item whose content words mostly stand on the other side was moved (a list
            # reordered: "rehabilitate the site and restore the land" → "restore the land …
            # and rehabilitate the site"), its few new words the paraphrase
            kept = sum(1 for k in range(lo, hi) if k in info) - len(fresh)
            return kept > 2 * len(fresh)

        # In a restructured sentence the swapped words are mostly the paraphrase itself: a
        # replacement counts there no more (an item added or dropped still does).
        restructured = self.ratio < self.lex.thresholds.get("content_min_ratio", 0.65)
        edits = [op for op in self.opcodes if op[0] != "equal"]
        single = len(edits) == 1 and self.ratio >= self.lex.thresholds.get("single_edit_min_ratio", 0.8)
        for tag, i1, i2, j1, j2 in edits:
            gone = [k for k in range(i1, i2) if k in old_c and unmatched(old_c, self.a_keys, new_stems, new_groups, k)]
            came = [k for k in range(j1, j2) if k in new_c and unmatched(new_c, self.b_keys, old_stems, old_groups, k)]
            self.unmatched = self.unmatched or bool(gone or came)
            old_span = _span(self.a, i1, i2) if i2 > i1 else None
            new_span = _span(self.b, j1, j2) if j2 > j1 else None
            old_txt = _shorten(self.old_text[old_span[0]:old_span[1]]) if old_span else ""
            new_txt = _shorten(self.new_text[new_span[0]:new_span[1]]) if new_span else ""
            if any(_abbreviates(self.a[k].text, [self.b[x].text for x in range(j1, j2)]) for k in gone) or \
                    any(_abbreviates(self.b[k].text, [self.a[x].text for x in range(i1, i2)]) for k in came):
                continue  # an acronym spelled out, or the reverse
            if gone and came:
                if restructured:
                    continue
                quality = self.lex.evaluative_words
                swap = single and not (all(self.a_keys[k] in quality for k in gone) or
                                       all(self.b_keys[k] in quality for k in came))
                if swap or head(self.a, self.a_keys, self.old_text, gone[-1], old_cue_words) or \
                        head(self.b, self.b_keys, self.new_text, came[-1], new_cue_words):
                    return Evidence("content", "modified", old_txt, new_txt,
                                    f"content replaced: '{old_txt}' → '{new_txt}' (no synonym or other form of it)",
                                    old_span, new_span)
                continue
            if came and j2 > j1 and list_item(self.b, self.b_keys, self.new_text, j1, j2) and \
                    not moved(new_c, j1, j2, came):
                return Evidence("content", "modified", None, new_txt, f"item added: '{new_txt}'", None, new_span)
            if gone and i2 > i1 and list_item(self.a, self.a_keys, self.old_text, i1, i2) and \
                    not moved(old_c, i1, i2, gone):
                return Evidence("content", "modified", old_txt, None, f"item removed: '{old_txt}'", old_span, None)
        return None

    def party_identity(self, name: str) -> frozenset[str]:
        # singular and plural only: "developed" and "developing" countries are different parties
        return frozenset(w[:-3] + "y" if w.endswith("ies") else w.removesuffix("s") for w in name.split()
                         if w not in self.lex.party_nouns and w not in self.lex.light_words)

    def commitment_shift(self) -> Evidence | None:
        """Binding wording (a modal of expectation strength or more) on one side and no modal
        at all on the other: the commitment became a description, or the reverse."""
        binding = BEST_EFFORTS + 1
        old = [c for c in self.old_cues if c.category == "modal"]
        new = [c for c in self.new_cues if c.category == "modal"]
        if not new and any(c.strength >= binding for c in old):
            c = max(old, key=lambda c: c.strength)
            text = _phrase_text(self.old_text, self.a, c)
            return Evidence("modal", "softened", text, None,
                            f"softened: commitment wording '{text}' gone; the clause now describes rather than commits",
                            _span(self.a, c.start, c.end), None, True)
        if not old and any(c.strength >= binding for c in new):
            c = max(new, key=lambda c: c.strength)
            text = _phrase_text(self.new_text, self.b, c)
            return Evidence("modal", "hardened", None, text,
                            f"hardened: commitment wording '{text}' added to what was a description",
                            None, _span(self.b, c.start, c.end), True)
        return None

    def kept_share(self) -> float:
        """The share of the shorter side's words the word diff kept in order."""
        kept = sum(i2 - i1 for tag, i1, i2, _, _ in self.opcodes if tag == "equal")
        return kept / max(1, min(len(self.a), len(self.b)))

    def similarity(self) -> float:
        """How much wording survived: the word diff's ratio, or, for reordered text (active ↔
        passive), the overlap of the content words, whichever is higher."""
        stop = self.lex_stop | {"shall", "will", "not", "by", "in", "on", "for", "with"}
        a = {k for k in self.a_keys if k not in stop}
        b = {k for k in self.b_keys if k not in stop}
        dice = 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0
        return max(self.ratio, dice)


_YEARLESS = 10_000  # a date's value in days is below this when it names no year ("1 May")
_DATE_PATTERNS: dict[int, re.Pattern] = {}


def _date_pattern(lex: Lexicon) -> re.Pattern:
    pattern = _DATE_PATTERNS.get(id(lex))
    if pattern is None:
        month = "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True)) or "(?!x)x"
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        year = r"(?:1[89]|2\d)\d\d"
        pattern = _DATE_PATTERNS[id(lex)] = re.compile(
            rf"\b(?:(?P<d1>{day})\s+(?:of\s+)?(?P<m1>{month})\.?(?:,?\s+(?P<y1>{year}))?"
            rf"|(?P<m2>{month})\.?\s+(?P<d2>{day})(?:,?\s+(?P<y2>{year}))?"
            rf"|(?P<m3>{month})\.?,?\s+(?P<y3>{year}))\b(?!\s*(?:%|per\s*cent))")
    return pattern


def _number_word(word: str) -> bool:
    return word.isalpha() and bool(words_value(word))


def _lone_number(key: str) -> int | None:
    """The value of a number word standing as one word, alone or opening a compound
    ("twelve", "fifty-metre"), else None."""
    if _number_word(key):
        return words_value(key)
    head = key.partition("-")[0]
    return words_value(head) if head != key and _number_word(head) else None


_SPACED_LETTER = re.compile(r"^(?P<num>.*\d)\s+[mkb]$", re.IGNORECASE)


def _unit_letter(n: tuple[float, int, int, str]) -> tuple[float, int, int, str]:
    """A single letter after a space is a unit symbol ("14 m" is 14 metres, "5 k" no scale),
    not a scale: a scale letter is written against the number ("$14m", "EUR 5bn")."""
    m = _SPACED_LETTER.match(n[3])
    if m is None:
        return n
    num = m.group("num")
    try:
        value = float(re.sub(r"[,\s\u00a0\u202f\u2009]", "", num))
    except ValueError:
        return n
    return (value, n[1], n[1] + len(num), num)


def _dates_in(text: str, lex: Lexicon) -> list[tuple[float, int, int, str]]:
    """Calendar dates in a text as (days, start, end, raw), like :func:`numbers_in`: "1 May
    2026", "May 1, 2026", "May 2026", "1 May". Days count from year 0 (a date without a year
    counts within its year only, below ``_YEARLESS``), so a later date has a larger value."""
    if not lex.months:
        return []
    out = []
    for m in _date_pattern(lex).finditer(text):
        month = lex.months[m.group("m1") or m.group("m2") or m.group("m3")]
        day_text = m.group("d1") or m.group("d2")
        day = int(re.match(r"\d+", day_text).group()) if day_text else 0
        year_text = m.group("y1") or m.group("y2") or m.group("y3")
        value = 31 * month + day + (372 * int(year_text) if year_text else 0)
        out.append((float(value), m.start(), m.end(), m.group()))
    return out


def _sentence_start(text: str, token: Token) -> bool:
    before = text[:token.start].rstrip()
    return not before or before[-1] in ".;:!?\n"


def _initials(names: list[str]) -> str:
    return "".join(part[:1].upper() for name in names for part in re.split(r"[-\s]", name) if part)


def _abbreviates(name: str, others: list[str]) -> bool:
    """"NPT" abbreviates "Treaty on the Non-Proliferation of Nuclear Weapons": its letters are
    all among the initials of a short run of words that begins with a capitalised word (word
    order varies: the T of NPT comes first in the spelled-out name)."""
    if not (name.isupper() and len(name) >= 2) or not others:
        return False
    need = Counter(name)
    width = 2 * len(name) + 6
    for start, word in enumerate(others):
        if word[:1].isupper() and word[:1] in need:
            window = Counter(_initials(others[start:start + width]))
            if all(window[ch] >= n for ch, n in need.items()):
                return True
    return False


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "e")


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A crude stem for comparing word forms ("countries"/"country", "confirmed"/"confirm",
    "exchanges"/"exchange"); words of four letters or fewer stay as they are."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[:-len(suffix)]
            if suffix in ("ies", "ied"):
                return stem + "y"
            if suffix in ("ed", "ing") and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
                stem = stem[:-1]  # "submitted" → "submit"
            return stem
    return word


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


_SYNONYM_CACHE: dict[int, tuple[dict, dict[str, frozenset[int]]]] = {}


def _word_synonyms(word: str, lex: Lexicon) -> frozenset[int]:
    """Synonym groups of a word in any of its forms ("submitted" finds "submit"), remembered
    per lexicon."""
    entry = _SYNONYM_CACHE.get(id(lex.synonyms))
    if entry is None or entry[0] is not lex.synonyms:
        entry = _SYNONYM_CACHE[id(lex.synonyms)] = (lex.synonyms, {})
    cache = entry[1]
    groups = cache.get(word)
    if groups is None:
        groups = cache[word] = _lookup_synonyms(word, lex)
    return groups


def _lookup_synonyms(word: str, lex: Lexicon) -> frozenset[int]:
    groups = lex.synonyms.get((word,))
    if groups:
        return groups
    stem = _stem(word)
    forms = [stem, stem + "e", stem + "s"]
    # short words keep their ending in _stem ("fixed", "cuts"): strip a plain inflection here
    forms += [word[:-len(s)] + e for s in ("ing", "ed", "es", "s") if word.endswith(s) and len(word) - len(s) >= 3
              for e in ("", "e")]
    for form in forms:
        groups = lex.synonyms.get((form,))
        if groups:
            return groups
    return frozenset()


def _same_word(a: str, b: str) -> bool:
    """Two forms of one word: a shared beginning that leaves at most three letters of the
    shorter one ("implement"/"implementation", "rehabilitate"/"rehabilitation",
    "decide"/"decision", "stationed"/"station")."""
    if a[:4] != b[:4] or len(a) < 4 or len(b) < 4:
        return a == b
    n = 4
    limit = min(len(a), len(b))
    while n < limit and a[n] == b[n]:
        n += 1
    if n == limit and _COMPOUND_TAIL.match(max(a, b, key=len)[n:]):
        return False  # a word plus another word: "policy" / "policyholder", "stake" / "stakeholder"
    return n >= limit - 3


# What follows a whole word to make a compound rather than a derived form: five letters or
# more, opening with a consonant, and no suffix ("-ments", "-ness", "-ship", "-fully" derive)
_COMPOUND_TAIL = re.compile(r"(?!ment|ness|ship|ful|less|hood|ly)[b-df-hj-np-tv-z][a-z]{4,}$")


def _norm_key(key: str) -> str:
    if key.isalpha():
        return key
    return normalize(key) or key


def _item_against(pair: _Pair, old_text: str, new_text: str, lex: Lexicon, id_map, direction: str) -> Evidence | None:
    """An item added to a list in a clause that softened, or dropped from one that hardened
    (read both ways, like the content rule, so the verdict mirrors)."""
    want = "item added:" if direction == "softened" else "item removed:"
    change = pair.content_change()
    if change is not None and change.message.startswith(want):
        return change
    if not pair.unmatched:
        return None  # no content word without a counterpart: none the other way round either
    change = pair.mirrored().content_change()
    mirrored = "item removed:" if want == "item added:" else "item added:"
    if change is not None and change.message.startswith(mirrored):
        return Evidence("content", "modified", change.new, change.old, change.message.replace(mirrored, want, 1),
                        change.new_span, change.old_span)
    return None


def classify_texts(old_text: str, new_text: str, lex: Lexicon, *, id_map: dict[str, str] | None = None) -> Verdict:
    """The status of ``old_text`` → ``new_text`` with its evidence and word diff."""
    pair = _Pair(old_text, new_text, lex, id_map)
    if normalize(old_text) == normalize(new_text):
        return Verdict("unchanged", (), tuple(pair.ops), 1.0)
    pair.modals()
    pair.qualifiers()
    pair.numbers()
    pair.frequencies()
    pair.parties()
    similarity = round(pair.similarity(), 4)
    # Primary signals (the commitment's verb, bounds, deadlines, negation, party) decide when
    # present; qualifier-level signals decide only when there is no primary one.
    signals = [e for e in pair.evidence if e.effect != "neutral"]
    rewritten = similarity < lex.thresholds.get("direction_min_similarity", 0.5)
    if any(e.kind != "scope" for e in signals):
        # A scope word ("all", "some") is weaker than the other signals and yields to them
        # when it agrees or says nothing new. When it points against the single direction of
        # a primary signal (a deadline, bound or modal compared with its counterpart) in a
        # clause whose wording mostly survived ("by the end of 2027" dropped while "the
        # agricultural land" became "all land"), the change has no one direction. Against
        # weak evidence only (a modal with no counterpart, a qualifier) it still yields.
        others = {e.effect for e in signals if e.kind != "scope"}
        strong = {e.effect for e in signals if e.kind != "scope" and not e.weak}
        against = {"softened": "hardened", "hardened": "softened"}
        if rewritten or not (len(others) == 1 and strong == others and any(
                e.kind == "scope" and e.effect == against.get(next(iter(others))) for e in signals)):
            signals = [e for e in signals if e.kind != "scope"]
    # A qualifier that describes a noun or a new item (weak, no direction) does not outweigh a
    # change of the commitment's own verb, bound or deadline that points one way.
    primary = {e.effect for e in signals if not e.weak and e.effect in ("softened", "hardened")}
    if len(primary) == 1 and not any(e.effect == "modified" and not e.weak for e in signals):
        signals = [e for e in signals if not (e.weak and e.effect == "modified")]
    deciding = signals
    # When most of the wording was replaced, the clause says something else: a qualifier word
    # that came or went with the new text (or a modal with no counterpart) no longer measures
    # the strength of the *same* commitment, so it cannot give a direction on its own. It
    # can when a second, independent signal agrees: the clause's binding wording vanished
    # (a commitment turned into a description: softened) or appeared (hardened).
    if rewritten and any(e.weak and e.effect in ("softened", "hardened") for e in deciding):
        backed = pair.commitment_shift()
        if backed is not None and backed.effect in {e.effect for e in deciding if e.weak}:
            pair.evidence.append(backed)
            deciding = deciding + [backed]
        else:
            deciding = [e for e in deciding if not (e.weak and e.effect in ("softened", "hardened"))]
        if not deciding:
            deciding = [Evidence("content", "modified", None, None,
                                 f"substance replaced (only {similarity:.0%} of the wording kept); "
                                 "the qualifier changes below give no direction on their own")]
            pair.evidence.insert(0, deciding[0])
    # Precision first: a single qualifier-level cue (one hedge, condition, strengthener or scope
    # word) is the whole case for a direction only in a clause whose sentence was kept (a
    # binding or best-efforts phrase that came or went is on the commitment itself and still
    # counts: "scale up efforts to limit" -> "pursue efforts to limit").
    # In a restructured sentence (neither the word diff's similarity nor the share of the
    # shorter side's words kept in order reaches content_min_ratio: text only added around a
    # kept sentence is no restructuring) such a
    # word is as likely part of the paraphrase ("any serious reaction" -> "every serious
    # reaction", "each region" -> "every region's population"): no direction, the clause is
    # read like one with no signal. A primary signal, or two weak cues that agree, still decide.
    directional = [e for e in deciding if e.effect in ("softened", "hardened")]
    if (len(directional) == 1 and directional[0].kind in WEAK_KINDS and len(deciding) == 1
            and max(similarity, pair.kept_share()) < lex.thresholds.get("content_min_ratio", 0.65)):
        deciding = []
    elif len(directional) == 1 and directional[0].kind in WEAK_KINDS and len(deciding) == 1:
        # In a kept sentence a lone qualifier-level cue decides only if nothing else of
        # substance changed: with a content word replaced or an item added or dropped beside
        # it ("Where appropriate, the authority shall inspect airports" for "... ports") the
        # clause says something else as well, so no one direction (read both ways, to mirror).
        # Only a replacement: an item added or dropped beside a qualifier is left to the
        # qualifier (28pt→eu point 13, "gradually" plus a new commitment, stays softened), as
        # the list-item rule applies only against a primary signal.
        change = pair.content_change()
        if change is None and pair.unmatched:
            back = pair.mirrored().content_change()
            if back is not None:
                flip = {"item added:": "item removed:", "item removed:": "item added:"}
                head = next((h for h in flip if back.message.startswith(h)), None)
                message = back.message.replace(head, flip[head], 1) if head else \
                    f"content replaced: '{back.new}' → '{back.old}' (no synonym or other form of it)"
                change = Evidence("content", "modified", back.new, back.old, message, back.new_span, back.old_span)
        if change is not None and change.old is not None and change.new is not None:
            deciding = deciding + [change]
            pair.evidence.append(change)
    effects = {e.effect for e in deciding}
    soft, hard, mod = "softened" in effects, "hardened" in effects, "modified" in effects
    if soft and hard:
        status = "modified"
    elif (soft or hard) and mod:
        status = "modified"
    elif (soft or hard) and any(not e.weak for e in deciding) and (against := _item_against(pair, old_text, new_text, lex, id_map,
                                                       "softened" if soft else "hardened")) is not None:
        # an item added to what the clause asks while its binding wording, bound or deadline
        # weakened (or one dropped while it strengthened): the change points both ways
        status = "modified"
        pair.evidence.append(against)
    elif soft:
        status = "softened"
    elif hard:
        status = "hardened"
    elif mod:
        status = "modified"
    elif similarity >= lex.thresholds.get("reworded_min_similarity", 0.5):
        change = pair.content_change()
        if change is None and pair.unmatched:
            # The word diff aligns old → new and new → old a little differently (which words
            # form one replaced run): read the change both ways so the verdict is the mirror.
            back = pair.mirrored().content_change()
            if back is not None:
                message = back.message.replace("item added:", "item removed:", 1) if back.new is not None and \
                    back.old is None else back.message.replace("item removed:", "item added:", 1)
                if back.old is not None and back.new is not None:
                    message = f"content replaced: '{back.new}' → '{back.old}' (no synonym or other form of it)"
                change = Evidence("content", "modified", back.new, back.old, message, back.new_span, back.old_span)
        if change is None:
            status = "reworded"
        else:
            status = "modified"
            pair.evidence.append(change)
    else:
        status = "modified"
        pair.evidence.append(Evidence("content", "modified", None, None,
                                      f"substance replaced (only {similarity:.0%} of the wording kept)"))
    unique = list(dict.fromkeys(pair.evidence))  # the same cue twice says nothing more
    return Verdict(status, tuple(unique), tuple(pair.ops), similarity)
