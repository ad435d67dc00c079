"""The word-level diff a verdict is read from, and measures over its opcodes."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from plandiff.classify.evidence import WordOp
from plandiff.text import (
    Token,
    tokenize,
)

if TYPE_CHECKING:
    from plandiff.classify.cues import _Cue

# ---------------------------------------------------------------------------------------------
# Word diff


def _word_tokens(text: str) -> list[Token]:
    """Word tokens: a key that is a letter, digit or "_", or longer than one character."""
    return tokenize(text, words_only=True)


def word_diff(old_text: str, new_text: str) -> tuple[list[WordOp], list[tuple[str, int, int, int, int]], list[Token], list[Token]]:
    """Word-level operations between two texts (ignoring case, quote style, punctuation),
    and the raw opcodes over the word-token lists."""
    return _word_diff(old_text, new_text)[:4]


def _word_diff(old_text: str, new_text: str):
    """:func:`word_diff` and the two key lists it compared (the classifier's pair keeps them)."""
    a = _word_tokens(old_text)
    b = _word_tokens(new_text)
    a_keys = [t.key for t in a]
    b_keys = [t.key for t in b]
    opcodes = symmetric_opcodes(a_keys, b_keys)
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in opcodes:
        old_span = (a[i1].start, a[i2 - 1].end) if i2 > i1 else None
        new_span = (b[j1].start, b[j2 - 1].end) if j2 > j1 else None
        ops.append(WordOp(
            tag, old_span, new_span,
            old_text[old_span[0]:old_span[1]] if old_span else "",
            new_text[new_span[0]:new_span[1]] if new_span else "",
        ))
    return ops, opcodes, a, b, a_keys, b_keys



_INVERSE_TAG = {"equal": "equal", "replace": "replace", "insert": "delete", "delete": "insert"}


def symmetric_opcodes(a_keys: list[str], b_keys: list[str], isjunk=None, *,
                      second: bool = False) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes from ``a_keys`` to ``b_keys``, the same alignment whichever side is
    old. SequenceMatcher breaks ties by side (of two equal runs it keeps the one that comes
    first in its first sequence), so "A → B" and "B → A" could pair a modal with different
    counterparts, and a change read one way would not mirror the other. The pair is matched
    in one fixed order (the shorter key list first, then the smaller) and the opcodes turned
    round when that order is B, A. ``second`` gives the other order's alignment, the second
    reading some rules take of a pair (where the two tie-breaks differ, a rule may find its
    reading in either)."""
    swap = (len(b_keys), b_keys) < (len(a_keys), a_keys)
    if swap != second:
        ops = difflib.SequenceMatcher(isjunk, b_keys, a_keys, autojunk=False).get_opcodes()
        return [(_INVERSE_TAG[tag], j1, j2, i1, i2) for tag, i1, i2, j1, j2 in ops]
    return difflib.SequenceMatcher(isjunk, a_keys, b_keys, autojunk=False).get_opcodes()


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


def _set_off(tokens, text: str, start: int, end: int) -> bool:
    """Do commas stand right before word ``start`` and right after word ``end - 1`` (an aside:
    "shall not, directly or indirectly, solicit")?"""
    return 0 < start and end < len(tokens) and \
        text[tokens[start - 1].end:tokens[start].start].strip() == "," and \
        text[tokens[end - 1].end:tokens[end].start].strip() == ","
