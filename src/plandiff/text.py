"""Normalising and tokenising clause text, shared by alignment, classification and rendering.

Two versions of a clause must compare equal when they differ only in ways no reader cares
about: Unicode forms, letter case, curly versus straight quotes and dashes, spacing,
punctuation, and how a number is written ("600,000", "600 000", "600 thousand" and "600k" are
one number). :func:`normalize` maps text to that canonical form; :func:`tokenize` keeps
character spans so that renderers can highlight the original text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
})

_SCALES = {
    "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
}
# A number: digits grouped by commas or (thin/no-break) spaces in threes, or plain digits with
# an optional decimal part; optionally followed by a scale word. Groups need exactly three
# digits so that "in 2025 100 observers" is not read as one number.
NUMBER = re.compile(
    r"(?<![\w.])(?P<num>\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009](?=\d{3}\b))\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b)?",
    re.IGNORECASE,
)
# Words for comparison: hyphens separate ("50-50" and "50:50", "non-aggression" and "non
# aggression" compare equal); apostrophes and decimal points do not.
_WORD = re.compile(r"\w+(?:['.]\w+)*", re.UNICODE)
# (a time of day is one token, "23:00": its colon ends no clause)
_TOKEN = re.compile(r"\w+(?:['\-.,]\w+|(?<=\d):\d\d\b)*|[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
_PERCENT = re.compile(r"\s*%|\bper\s*cent(?:um)?\b")  # on case-folded text


def fold(text: str) -> str:
    """NFKC, straight quotes and dashes, single spaces — but case and punctuation kept."""
    if not text.isascii():  # ASCII is already in NFKC and has no curly quotes: skip the work
        text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    return _SPACE.sub(" ", text).strip()


def number_value(match: re.Match) -> float:
    raw = re.sub(r"[,\s\u00a0\u202f\u2009]", "", match.group("num"))
    value = float(raw)
    scale = match.group("scale")
    if scale:
        value *= _SCALES[scale.lower()]
    return value


def format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


_UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *_MULTIPLIERS])
# ("and" joins only after a multiplier: "one hundred and five", but "one and one-half" is no
# "one and one")
_AFTER_MULTIPLIER = "|".join(f"(?<={w})" for w in _MULTIPLIERS)
NUMBER_WORDS = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:(?:(?:{_AFTER_MULTIPLIER})[\s-]+and)?[\s-]+(?:{_NUMBER_WORD}))*\b", re.IGNORECASE
)


_NUMBER_WORD_SET = frozenset([*_UNITS, *_TENS, *_MULTIPLIERS])
NUMBER_WORD_SET = _NUMBER_WORD_SET  # the words a spelled number is made of ("one" … "billion")
_ALPHA = re.compile(r"[a-z]+")
_WORD_SPLIT = re.compile(r"[\s-]+")
_DIGIT = re.compile(r"\d")


def is_figure(word: str) -> bool:
    """A figure in digits or a number word ("4", "four", "seventy-two")."""
    return word[:1].isdigit() or (word[:1].isalpha() and words_value(word) is not None)


def words_value(phrase: str) -> int | None:
    """The value of a number written in words ("six hundred thousand" → 600000), or None
    when a word is not a number word."""
    phrase = phrase.lower()
    if phrase not in _NUMBER_WORD_SET and phrase != "and" and " " not in phrase and "-" not in phrase:
        return None  # one word, and no number word: the common case, decided at once
    total, current = 0, 0
    for word in _WORD_SPLIT.split(phrase):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _MULTIPLIERS:
            total += max(current, 1) * _MULTIPLIERS[word]
            current = 0
        else:
            return None
    return total + current


_ORDINAL_IRREGULAR = {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
                      "ninth": "nine", "twelfth": "twelve"}


def ordinal_value(word: str) -> int | None:
    """The number an ordinal stands for ("fourteenth" → 14, "twenty-first" → 21, "30th" →
    30), or None."""
    word = word.lower()
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return int(word[:-2])
    *head, last = word.split("-")
    if last in _ORDINAL_IRREGULAR:
        last = _ORDINAL_IRREGULAR[last]
    elif last.endswith("ieth"):
        last = last[:-4] + "y"
    elif last.endswith("th"):
        last = last[:-2]
    else:
        return None
    return words_value("-".join([*head, last])) or None


# A lone number word that is only ever a number ("fifteen kilometres", "FOUR TIMES") is written
# as its figure, so that "15 kilometres" and "fifteen kilometres" compare equal. "one" stays a
# word: it is also a pronoun ("one of the parties", "no one"), and so do the multipliers alone
# ("a hundred", "thousands").
_LONE_NUMBER_WORDS = frozenset(w for w in [*_UNITS, *_TENS] if w != "one")


def _number_words(m: re.Match, lone_words: bool = True) -> str:
    phrase = m.group()
    # A single word is rewritten only when it is always a number (above); numbers of two or
    # more words, or with a multiplier, always.
    if " " not in phrase.strip() and "-" not in phrase:
        word = phrase.strip().lower()
        if lone_words and word in _LONE_NUMBER_WORDS:
            return str(_UNITS.get(word, _TENS.get(word)))
        return phrase
    value = words_value(phrase)
    return phrase if value is None else str(value)


def _number_phrase(m: re.Match) -> str:
    return _number_words(m, lone_words=False)


# Where "one" can only be the number: after a word that counts or bounds ("at least one
# nurse", "more than one", "within one month") or before a unit of time ("one year").
_ONE_AS_NUMBER = re.compile(
    r"\b(least|most|than|only|exactly|within|every)(\s+)one\b|\bone(?=\s+(?:day|week|month|year|hour|minute)s?\b)",
    re.IGNORECASE)


def _one_as_number(m: re.Match) -> str:
    return f"{m.group(1)}{m.group(2)}1" if m.group(1) else "1"


# An ordinal in words is its figure ("the seventy-ninth session" is "the 79th session"); not
# a lone "second", which is also a unit of time.
_ORDINAL_UNIT_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                       "eighteenth", "nineteenth"]
_ORDINAL_TEN_WORDS = [f"{w[:-1]}ieth" for w in _TENS]
_ORDINAL_WORD_SET = frozenset(_ORDINAL_UNIT_WORDS + _ORDINAL_TEN_WORDS)
ORDINAL_WORDS = re.compile(
    rf"\b(?:(?:{'|'.join(_TENS)})-(?:{'|'.join(_ORDINAL_UNIT_WORDS[:9])})|{'|'.join(_ORDINAL_TEN_WORDS)}|"
    rf"{'|'.join(w for w in _ORDINAL_UNIT_WORDS if w != 'second')})\b", re.IGNORECASE)


# Every ordinal in words up to 99 ("first", "eightieth", "eighty-first"): one lookup tells a
# word that is one from the many that merely end as one ("must", "and").
ORDINAL_WORD_SET = frozenset(_ORDINAL_UNIT_WORDS + _ORDINAL_TEN_WORDS +
                             [f"{t}-{u}" for t in _TENS for u in _ORDINAL_UNIT_WORDS[:9]])


def _ordinal_figure(m: re.Match) -> str:
    n = ordinal_value(m.group())
    if n is None:
        return m.group()
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def canonical_numbers(text: str, *, lone_words: bool = True) -> str:
    """Rewrite every number in one canonical form ("600 thousand", "six hundred thousand"
    → "600000", "seventy-ninth" → "79th"). ``lone_words=False`` keeps a lone number word a
    word ("two") and an ordinal in words, as the classifier's tokens do (see
    :func:`phrase_words`)."""
    words = _ALPHA.findall(text.lower())
    if lone_words and not _ORDINAL_WORD_SET.isdisjoint(words):
        text = ORDINAL_WORDS.sub(_ordinal_figure, text)
        words = _ALPHA.findall(text.lower())
    if not _NUMBER_WORD_SET.isdisjoint(words):
        text = NUMBER_WORDS.sub(_number_words if lone_words else _number_phrase, text)
        if lone_words and "one" in text.lower():
            text = _ONE_AS_NUMBER.sub(_one_as_number, text)
    if _DIGIT.search(text) is None:
        return text
    return NUMBER.sub(lambda m: format_number(number_value(m)), text)


# A number repeated in brackets after itself, as drafting writes it ("ten (10) days" once the
# words are a figure): one number.
_ECHOED = re.compile(r"\b(\d+(?:\.\d+)?)\s*\(\s*\1\s*\)")


def _comparison_words(text: str, lone_words: bool) -> str:
    folded = canonical_numbers(fold(text), lone_words=lone_words).casefold()
    if "(" in folded:
        folded = _ECHOED.sub(r"\1", folded)
    if "%" in folded or "cent" in folded:
        # the sign is punctuation, which would vanish, and the word is spelt two ways
        folded = _PERCENT.sub(" per cent", folded)
    return " ".join(_WORD.findall(folded))


def phrase_words(text: str) -> tuple[str, ...]:
    """The words of a lexicon phrase, keyed as the classifier keys the words of a text
    (:func:`tokenize`): like :func:`normalize`, but a lone number word stays a word ("the two
    parties"), since the tokenizer rewrites only figures."""
    return tuple(_comparison_words(text, lone_words=False).split())


# normalize() is asked for the same texts again and again (anchoring, scoring, classifying); its
# results are kept here, and a helper process that read a plan hands its results over with it
# (remember_normalized), so that the main process does not redo them.
_NORMALIZED: dict[str, str] = {}
_NORMALIZED_MAX = 250_000


def normalize(text: str) -> str:
    """The canonical comparison form: folded, case-folded, numbers unified, punctuation gone.

    >>> normalize("The cap is “600,000”—in peacetime.")
    'the cap is 600000 in peacetime'
    >>> normalize("a cap of 600k") == normalize("A cap of 600 thousand")
    True
    >>> normalize("30%") == normalize("30 per cent") == normalize("30 Percent")
    True
    >>> normalize("within ten (10) days") == normalize("within 10 days")
    True
    """
    found = _NORMALIZED.get(text)
    if found is None:
        found = _comparison_words(text, lone_words=True)
        if len(_NORMALIZED) >= _NORMALIZED_MAX:
            _NORMALIZED.clear()
        _NORMALIZED[text] = found
    return found


def remember_normalized(texts: list[str], normalized: list[str]) -> None:
    """Results of normalize() computed elsewhere (in a helper process), for the same texts."""
    if len(_NORMALIZED) + len(texts) > _NORMALIZED_MAX:
        _NORMALIZED.clear()
    _NORMALIZED.update(zip(texts, normalized))


def words(text: str) -> list[str]:
    """Normalised words of a text (what alignment compares)."""
    return normalize(text).split()


class Token(NamedTuple):
    """A word or punctuation mark of the original text, with its span and comparison key.
    (A named tuple: tokens are made by the hundred thousand, and tuples are cheapest.)"""

    text: str
    start: int
    end: int
    key: str


# The comparison keys of tokens that need more than lower-casing (figures, non-ASCII words):
# the same few ("1", "2025", "30") recur in every clause, so each is worked out once.
_TOKEN_KEYS: dict[str, str] = {}
_TOKEN_KEYS_MAX = 100_000
_tuple_new = tuple.__new__  # Token(...) through its Python-level __new__ costs a call per token


def tokenize(text: str, *, words_only: bool = False) -> list[Token]:
    """Tokens of the *original* text (spans index into it) with normalised keys, so a word
    diff can ignore case and quote style but still highlight the exact characters.

    ``words_only``: leave out the tokens whose key is a single character that is neither a
    letter, a digit nor "_" (punctuation), as the classifier's word diff does, without
    making them first."""
    out = []
    append = out.append
    # An ASCII text is lower-cased once and its keys sliced out (the same as lower-casing
    # each piece); other texts lower-case piece by piece.
    lowered = text.lower() if text.isascii() else None
    known = _TOKEN_KEYS
    # Every character that is not whitespace belongs to a token (a word character starts the
    # first alternative of _TOKEN, any other the second), so only whitespace lies between two
    # tokens and each piece of findall() starts where text.find() first sees it after the
    # previous one: cheaper than a match object per token.
    find = text.find
    end = 0
    for piece in _TOKEN.findall(text):
        start = find(piece, end)
        end = start + len(piece)
        if piece[0].isdigit() or (lowered is None and not piece.isascii()):
            key = known.get(piece)
            if key is None:
                if len(known) >= _TOKEN_KEYS_MAX:
                    known.clear()
                key = known[piece] = canonical_numbers(fold(piece)).casefold()
        elif lowered is not None:
            key = lowered[start:end]
        else:
            key = piece.lower()
        if words_only and len(key) < 2 and not (key[:1].isalnum() or key[:1] == "_"):
            continue
        append(_tuple_new(Token, (piece, start, end, key)))
    return out


def numbers_in(text: str) -> list[tuple[float, int, int, str]]:
    """(value, start, end, raw) for each number in the original text."""
    if _DIGIT.search(text) is None:
        return []  # every number has a digit (the translation below adds none)
    folded = text.translate(_TRANSLATE)  # same length: spans stay valid
    return [(number_value(m), m.start(), m.end(), m.group()) for m in NUMBER.finditer(folded)]


_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})


def passive_follows(words: list[str], participles: frozenset[str], be_words: frozenset[str] = _BE) -> bool:
    """Do ``words`` (lower-cased, from a verb or a modal on) open a passive: a form of "be"
    among the first three, followed, past any "-ly" adverb, by a past participle ("will be
    frozen", "shall not be unreasonably withheld")? Participles ending in -ed or -en are known;
    ``participles`` names the others. A passive's subject is what is acted on, not who acts:
    the aligner (plandiff.actors) and the classifier's party rule both read no party from it."""
    for k, w in enumerate(words[:3]):
        if w in be_words:
            rest = [x.strip(",.;:") for x in words[k + 1:]]
            nxt = next((x for x in rest if not x.endswith("ly")), "")  # "be fully reconstructed"
            return past_participle(nxt, participles)
    return False


def past_participle(word: str, participles: frozenset[str]) -> bool:
    """Is the (lower-cased) word a past participle: one in -ed or -en, or one of
    ``participles`` (the irregular ones, "withheld", "sold")?"""
    return word.endswith(("ed", "en")) or word in participles
