"""Word-level helpers: dates, stems, synonyms, acronyms, number words."""

from __future__ import annotations

import functools
import re
from collections import Counter

from plandiff.lexicon import Lexicon
from plandiff.text import (
    Token,
    normalize,
    ordinal_value,
    words_value,
)

_YEARLESS = 10_000  # a date's value in days is below this when it names no year ("1 May")
_DATE_PATTERNS: dict[int, re.Pattern] = {}


def _date_pattern(lex: Lexicon) -> re.Pattern:
    pattern = _DATE_PATTERNS.get(id(lex))
    if pattern is None:
        month = "|".join(sorted(map(re.escape, lex.months), key=len, reverse=True)) or "(?!x)x"
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        year = r"(?:1[89]|2\d)\d\d"
        # ("the first day of March", "the 15th day of June": the day told as an ordinal of the month)
        ordinal = r"(?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|" \
            r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|" \
            r"twentieth|thirtieth"
        pattern = _DATE_PATTERNS[id(lex)] = re.compile(
            rf"\b(?:(?P<d1>{day})\s+(?:of\s+)?(?P<m1>{month})\.?(?:,?\s+(?P<y1>{year}))?"
            rf"|(?P<m2>{month})\.?\s+(?P<d2>{day})(?:,?\s+(?P<y2>{year}))?"
            rf"|(?P<d4>{ordinal}|{day}|last)\s+day\s+of\s+(?P<m4>{month})\.?(?:,?\s+(?P<y4>{year}))?"
            rf"|(?P<m3>{month})\.?,?\s+(?P<y3>{year}))\b(?!\s*(?:%|per\s*cent))")
    return pattern


_MONTH_HINTS: dict[int, tuple[Lexicon, tuple[str, ...], re.Pattern]] = {}


def _month_hints(lex: Lexicon) -> tuple[str, ...]:
    """The month names no other month name lies inside ("Jan", not "January" too): a text
    holds some month name only if it holds one of these."""
    return _month_hint_entry(lex)[1]


def _month_hint_entry(lex: Lexicon) -> tuple[Lexicon, tuple[str, ...], re.Pattern]:
    entry = _MONTH_HINTS.get(id(lex))
    if entry is None or entry[0] is not lex:
        names = set(lex.months)
        hints = tuple(sorted(n for n in names if not any(o != n and o in n for o in names)))
        # the hints as one pattern of literals: one scan of the text instead of one per hint
        entry = _MONTH_HINTS[id(lex)] = (lex, hints, re.compile("|".join(map(re.escape, hints))))
    return entry


def _number_word(word: str) -> bool:
    return word.isalpha() and bool(words_value(word))


@functools.lru_cache(maxsize=65536)  # asked of every word of both sides whenever a number changed
def _lone_number(key: str) -> int | None:
    """The value of a number word standing as one word, alone or opening a compound
    ("twelve", "fifty-metre"), else None."""
    if _number_word(key):
        return words_value(key)
    head = key.partition("-")[0]
    return words_value(head) if head != key and _number_word(head) else None


# An upper-case roman numeral ("I", "IV", "XII"): the label of an Annex, Part or Schedule.
_ROMAN = re.compile(r"^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def _roman_numeral(text: str) -> bool:
    return bool(_ROMAN.match(text))


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


_CLOCK = re.compile(r"(?<![\d.,:])(?:(?P<h>[01]?\d|2[0-4])[:h](?P<m>[0-5]\d)|(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?(?=\s*[ap]\.?\s?m\b))"
                    r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?(?![\d:])", re.IGNORECASE)


# ("at 0800 hours", "until 2200 hours": after a word of time, so "1500 hours of leave" stays a count)
_MILITARY = re.compile(r"\b(?:at|from|until|till|to|by|before|after|between|and)\s+"
                       r"(?P<time>(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s+hours)\b", re.IGNORECASE)
_CLOCK_HINT = re.compile(r"\d[:h]\d|\d\s*[apAP]\.?\s?[mM]\b")
_CLOCK_WORDS: dict[int, re.Pattern | None] = {}


def _clock_words_pattern(lex: Lexicon) -> re.Pattern | None:
    if id(lex) not in _CLOCK_WORDS:
        _CLOCK_WORDS[id(lex)] = re.compile(r"\b(?:" + "|".join(map(re.escape, lex.clock_words)) + r")\b",
                                           re.IGNORECASE) if lex.clock_words else None
    return _CLOCK_WORDS[id(lex)]


_CLOCK_WORD_HINTS: dict[int, tuple[Lexicon, tuple[str, ...] | None]] = {}


def _clock_word_hints(lex: Lexicon) -> tuple[str, ...] | None:
    """The lexicon's clock words lower-cased, when all are ASCII: in an ASCII text the
    case-blind pattern can find one only where the lower-cased text holds it (None: no such
    shortcut, search every text)."""
    entry = _CLOCK_WORD_HINTS.get(id(lex))
    if entry is None or entry[0] is not lex:
        words = tuple(w.lower() for w in lex.clock_words)
        entry = _CLOCK_WORD_HINTS[id(lex)] = (lex, words if all(w.isascii() for w in words) else None)
    return entry[1]


def _times_in(text: str, lex: Lexicon) -> list[tuple[str, int, int, str]]:
    """Times of day as (value, start, end, raw), the value "t" + minutes after midnight: "18:00",
    "6 p.m." and "6.00 pm" are the same time; a word for a time (lexicon: clock_words, "noon")
    is that time, and one right after a figure names it again ("12:00 noon")."""
    out: list[tuple[str, int, int, str]] = []
    words = _clock_words_pattern(lex)
    if words is not None and text.isascii() and (hints := _clock_word_hints(lex)) is not None:
        lowered = text.lower()
        if not any(w in lowered for w in hints):
            words = None  # no clock word here: skip the search
    for m in _CLOCK.finditer(text) if _CLOCK_HINT.search(text) else ():
        hour = int(m.group("h") or m.group("h12"))
        minute = int(m.group("m") or m.group("m12") or 0)
        ap = (m.group("ap") or "").lower()
        if ap:
            if hour > 12:
                continue
            hour = hour % 12 + (12 if ap == "p" else 0)
        out.append((f"t{hour * 60 + minute}", m.start(), m.end(), m.group()))
    if "hour" in text:
        # a time in four figures with "hours" ("at 0800 hours"): the 24-hour clock
        for m in _MILITARY.finditer(text):
            out.append((f"t{int(m.group('h')) * 60 + int(m.group('m'))}", m.start("time"), m.end("time"),
                        m.group("time")))
    if words is not None:
        for m in words.finditer(text):
            value = lex.clock_words.get(m.group().lower())
            if value is None:
                continue
            if any(text[e:m.start()].strip() == "" and v == f"t{value}" for v, _, e, _ in out):
                continue  # "12:00 noon"
            # (the hour as a bare figure before the word names it again: "12 noon", "12 midnight")
            hour = _BARE_HOUR.search(text, max(0, m.start() - 4), m.start())
            start = hour.start(1) if hour and int(hour.group(1)) in (value // 60, value // 60 % 12 or 12) else m.start()
            out.append((f"t{value}", start, m.end(), text[start:m.end()]))
    return sorted(out, key=lambda t: t[1])


_BARE_HOUR = re.compile(r"\b(\d{1,2})\s+$")

# The last day of each month ("the last day of February": the 28th, in a year not told)
_LAST_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _dates_in(text: str, lex: Lexicon) -> list[tuple[float, int, int, str]]:
    """Calendar dates in a text as (days, start, end, raw), like :func:`numbers_in`: "1 May
    2026", "May 1, 2026", "May 2026", "1 May". Days count from year 0 (a date without a year
    counts within its year only, below ``_YEARLESS``), so a later date has a larger value."""
    if not lex.months:
        return []
    # The pattern matches month names as written (case counts), so a text that holds none of
    # them has no date: a few substring tests instead of the pattern's search.
    if _month_hint_entry(lex)[2].search(text) is None:  # (none of _month_hints)
        return []
    out = []
    for m in _date_pattern(lex).finditer(text):
        month = lex.months[m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4")]
        day_text = m.group("d1") or m.group("d2") or m.group("d4")
        day = (int(re.match(r"\d+", day_text).group()) if day_text[0].isdigit() else
               _LAST_DAYS[month - 1] if day_text.lower() == "last" else ordinal_value(day_text) or 0) \
            if day_text else 0
        year_text = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
        value = 31 * month + day + (372 * int(year_text) if year_text else 0)
        out.append((float(value), m.start(), m.end(), m.group()))
    return out


def _label(word: str) -> bool:
    """A label that numbers a provision: a figure ("3", "6.7", "9(3)"), a roman numeral or a letter."""
    return word[:1].isdigit() or (len(word) <= 4 and set(word) <= set("ivxlc")) or (len(word) == 1 and word.isalpha())


def _sentence_start(text: str, token: Token) -> bool:
    """Does the token open a sentence (only whitespace between it and the text's start or
    a full stop, semicolon, colon, ! or ?)? Walks back over the whitespace rather than
    copying the text before the token (asked for nearly every capitalised word)."""
    i = token.start
    while i and text[i - 1].isspace():  # what str.rstrip() strips
        i -= 1
    return not i or text[i - 1] in ".;:!?\n"


def _initials(names: list[str]) -> str:
    return "".join(part[:1].upper() for name in names for part in re.split(r"[-\s]", name) if part)


def _abbreviates(name: str, others: list[str]) -> bool:
    """"NPT" abbreviates "Treaty on the Non-Proliferation of Nuclear Weapons": its letters are
    all among the initials of a short run of words that begins with a capitalised word (word
    order varies: the T of NPT comes first in the spelled-out name). A plural acronym ("NGOs",
    "FBOs") abbreviates the same run: its final lower-case "s" is the plural, not a letter."""
    if name.endswith("s") and len(name) >= 3 and name[:-1].isupper():
        name = name[:-1]
    if not (name.isupper() and len(name) >= 2) or not others:
        return False
    need = Counter(name)
    width = 2 * len(name) + 6
    for start, word in enumerate(others):
        if word[:1].isupper() and word[:1] in need:
            window = Counter(_initials(others[start:start + width]))
            if all(window[ch] >= n for ch, n in need.items()):
                return True
    # letters taken from inside a compound word as well: "GHG" is "greenhouse gases" (G of
    # green, H of house, G of gases); each word of the run gives its initial, in order
    # (the run opens with a word of its own, not an article: "an ACE inhibitor" is not spelled
    # by "a calcium-channel blocker")
    return len(name) >= 3 and any(_spells(name.lower(), [w.lower() for w in others[start:start + n]])
               for start in range(len(others)) for n in range(2, len(name) + 1)
               if start + n <= len(others) and others[start].lower() not in _ARTICLES)


_ARTICLES = frozenset({"a", "an", "the"})  # (grammar, not a list of the lexicon's)


def _spells(name: str, words: list[str]) -> bool:
    """Do the words spell the acronym in order, each word opening with its next letter and
    the letters between two initials taken from inside the word before?"""
    if not words:
        return not name
    if not name or not words[0] or words[0][0] != name[0]:
        return False
    word, rest = words[0], name[1:]
    pos = 1
    for cut in range(len(rest) + 1):
        if cut and (pos := word.find(rest[cut - 1], pos) + 1) == 0:
            return False
        if _spells(rest[cut:], words[1:]):
            return True
    return False


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "e")


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A crude stem for comparing word forms ("countries"/"country", "confirmed"/"confirm",
    "exchanges"/"exchange"); words of four letters or fewer stay as they are."""
    if len(word) <= 4 or not word.isalpha():
        return word
    if word.endswith(("ee", "ees")):
        return word.removesuffix("s")  # "employee", "licensees": the party acted for, kept apart from "employer"
    for suffix in _SUFFIXES:
        # ("copies" → "copy", "applied" → "apply": the y makes up the fourth letter)
        if word.endswith(suffix) and len(word) - len(suffix) >= (3 if suffix in ("ies", "ied") else 4):
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


def _inflects(word: str, verb: str) -> bool:
    """Is ``word`` the verb or one of its plain inflections ("giving" / "give", "enters" /
    "enter"), or another form of it (see _same_word)?"""
    if _same_word(word, verb):
        return True
    return word in (verb + "s", verb + "es", verb + "d", verb + "ed", verb + "ing") or \
        (verb.endswith("e") and word == verb[:-1] + "ing") or \
        (verb.endswith("ay") and len(verb) > 2 and word == verb[:-1] + "id")  # "pay" / "paid", "lay" / "laid"


def _phrase_ends(keys: list[str], phrases) -> list[int]:
    """Where each occurrence of one of ``phrases`` (word tuples) in ``keys`` ends, in order."""
    return [k + len(p) for k, w in enumerate(keys) for p in phrases if p[0] == w and tuple(keys[k:k + len(p)]) == p]


def _form_after(keys: list[str], openers, word: str, reach: int = 3) -> bool:
    """Does a form of ``word`` (see _inflects, either way round) stand within ``reach`` words
    after one of the ``openers`` (phrases as tuples: "before", "only after")?"""
    return any(tuple(keys[k:k + len(p)]) == p and
               any(_inflects(w, word) or _inflects(word, w) for w in keys[k + len(p):k + len(p) + reach])
               for p in openers for k in range(len(keys)))


def _antonyms(a: str, b: str, lex) -> bool:
    """Are two words, in any form, a pair of the lexicon's antonyms ("leaves" / "stay")?"""
    return any(len(p) == 2 and ((_same_word(a, p[0]) and _same_word(b, p[1])) or
                                (_same_word(a, p[1]) and _same_word(b, p[0]))) for p in lex.antonyms)


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
    if _other_party(a, b):
        return False  # the two ends of one relation: "employer" / "employee", "licensor" / "licensee"
    return n >= limit - 3


def _other_party(a: str, b: str) -> bool:
    """Are two words the two parties to one relation: the one who acts ("-or", "-er") and the
    one acted for ("-ee") on the same stem, either maybe plural?"""
    a, b = a.removesuffix("'s").removesuffix("s"), b.removesuffix("'s").removesuffix("s")
    if a.endswith("ee") == b.endswith("ee"):
        return False
    ee, other = (a, b) if a.endswith("ee") else (b, a)
    return other.endswith(("or", "er")) and ee[:-2] == other[:-2]


# What follows a whole word to make a compound rather than a derived form: five letters or
# more, opening with a consonant, and no suffix ("-ments", "-ness", "-ship", "-fully" derive)
_COMPOUND_TAIL = re.compile(r"(?!ment|ness|ship|ful|less|hood|ly)[b-df-hj-np-tv-z][a-z]{4,}$")


def _norm_key(key: str) -> str:
    if key.isalpha():
        return key
    return normalize(key) or key
