"""Numbers with what governs them: caps, floors, deadlines, periods, frequencies, dates."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from itertools import pairwise

from plandiff.classify.cues import _Cue
from plandiff.classify.evidence import _YEAR, BEST_EFFORTS, PERMISSION, Evidence
from plandiff.classify.lexical import (
    _YEARLESS,
    _dates_in,
    _form_after,
    _inflects,
    _lone_number,
    _number_word,
    _roman_numeral,
    _stem,
    _times_in,
    _unit_letter,
)
from plandiff.classify.words import _span
from plandiff.text import (
    NUMBER_WORD_SET,
    NUMBER_WORDS,
    ORDINAL_WORD_SET,
    Token,
    numbers_in,
    ordinal_value,
    past_participle,
    words_value,
)

# "four and a half", "three and a half": a spelled number with a half after it
# "time and a half" (overtime pay): one and a half times the rate (see _times_as_percent)
_TIME_AND_A_HALF = re.compile(r"\btime[\s-]+and[\s-]+a[\s-]+half\b", re.IGNORECASE)


def _time_and_a_half(text: str) -> list:
    """"time and a half" (overtime pay) as the multiple it is: 1.5 times the rate."""
    return [(1.5, m.start(), m.end(), m.group()) for m in _TIME_AND_A_HALF.finditer(text)]


_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+(?:a|one)[\s-]+half\b", re.IGNORECASE)
# A count before a share in words ("one tenth of", "two thirds of"); the shares are the
# lexicon's fractions.
_SHARE_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine)"
_SUBDIVISION = re.compile(r"(\w+)\($")  # "5(" right before the "2" of "Article 5(2)"
_ORDINAL_FIGURE = re.compile(r"\d+(?:st|nd|rd|th)")  # "15th": an ordinal written as a figure
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
# The counts of a frequency ("twice yearly" is every half year)
FREQUENCY_COUNTS = {"once": 1, "twice": 2, "thrice": 3}
_FREQUENCY_WORDS = frozenset(FREQUENCY_COUNTS)
# (the words a count of times is followed by when it counts a frequency: "twice a day")
FREQUENCY_FOLLOWERS = frozenset({"a", "an", "each", "every", "per", "in"})

# the endings of a noun that names an event ("completion", "commencement", "closure",
# "approval"): after a deadline word such a noun is a time
_EVENT_NOUN_ENDINGS = ("tion", "ment", "ure", "val")

# A currency written before an amount: a symbol ("US$", "€", "£") or an ISO code ("EUR 5")
_CURRENCY = re.compile(r"(?:\b[A-Z]{1,3})?[^\w\s.,;:()\[\]'\"-]\s*$|\b[A-Z]{3}\s+$")


def _currency_before(text: str, start: int, symbols: dict[str, str]) -> str:
    """The currency written right before the amount starting at ``start``, as an ISO code where
    its symbol names one (lexicon: currency_symbols: "US$" and "USD" are one currency), or ""."""
    m = _CURRENCY.search(text, max(0, start - 6), start)
    if m is None:
        return ""
    mark = m.group().strip()
    if not mark.isalpha() and mark not in symbols:
        return ""  # a sign that is no currency ("+", "~")
    return symbols.get(mark, mark)


_LAST_WORDS: dict[int, tuple[frozenset, frozenset[str]]] = {}


def _after_age_of(keys: list[str], k: int) -> bool:
    """Does "the age of" stand right before the figure at word ``k`` ("users under the age of
    13"): a threshold word is then read past it?"""
    return keys[k - 3:k] == ["the", "age", "of"]


def _measure_factor(keys: list[str], tokens: list[Token], text: str, u: int, units: dict) -> float | None:
    """The factor that brings a figure to the base unit of the unit word at ``u`` after it
    (lexicon: measure_units; "950 mm" is 0.95 m), or None where there is no such unit or the
    figure is a rate ("5 mg per kg", "25 mg/L", "3 g kg"): a rate's two units convert together,
    so its figure stays as written. One reading for figures and for numbers in words, so "twenty
    kilometres" and "20 km" meet as the same value."""
    if not (0 <= u < len(keys)) or keys[u] not in units:
        return None
    rate = keys[u + 1:u + 2] == ["per"] or (u + 1 < len(keys) and keys[u + 1] in units) \
        or text[tokens[u].end:tokens[u].end + 1] == "/"
    return None if rate else units[keys[u]][1]


def _free_number_words(keys: list[str], tokens: list[Token], text: str, nums: list, units: dict) -> Counter:
    """The values of a side's lone number words ("twelve", "fifty-metre") that no figure read on
    that side holds (one pass over the words and the figures' spans, both in order), in the base
    unit of a measure after it (see :func:`_measure_factor`)."""
    spans = sorted(n[1] for n in nums)
    out: Counter = Counter()
    i = 0
    for k, (key, t) in enumerate(zip(keys, tokens)):
        # (an ordinal in words is its figure too: "its eightieth session" / "its 80th session";
        # not a lone "second", a unit of time)
        ordinal = ordinal_value(key) if key in ORDINAL_WORD_SET and key != "second" else None
        if ordinal is None and key.partition("-")[0] not in NUMBER_WORD_SET:
            continue  # (no number word: most words, told at once)
        while i < len(spans) and spans[i][1] <= t.start:
            i += 1
        if not (i < len(spans) and spans[i][0] <= t.start):
            value = float(ordinal) if ordinal is not None else _lone_number(key)
            factor = _measure_factor(keys, tokens, text, k + 1, units) if ordinal is None else None
            if factor is not None and value is not None:
                value = round(value * factor, 9)
            out[value] += 1
    return out


def _last_words(phrases: frozenset) -> frozenset[str]:
    """The last words of a set of phrases, made once per set."""
    entry = _LAST_WORDS.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        entry = _LAST_WORDS[id(phrases)] = (phrases, frozenset(p[-1] for p in phrases))
    return entry[1]


def _date_range(text: str, lex) -> tuple[float, float, float, str] | None:
    """(length in days, start, end, shown) of the one "from <date> to/until <date>" (or "between
    <date> and <date>") period in a
    text, or None.
    Dates without a year count within one year (a span over New Year wraps round)."""
    dates = _dates_in(text, lex)
    found = []
    for (start, s0, e0, _), (end, s1, e1, _) in pairwise(dates):
        before = text[max(0, s0 - 9):s0].lower().split()
        between = text[e0:s1].strip().lower()
        if (before[-1:] == ["from"] and between in ("to", "until", "till", "through", "-", "–")) or \
                (before[-1:] == ["between"] and between == "and"):  # "between 1 January and 31 March"
            length = end - start
            if length < 0 and start < _YEARLESS and end < _YEARLESS:
                length += 372  # "from 1 November to 31 March"
            found.append((length, start, end, text[s0:e1]))
    return found[0] if len(found) == 1 else None


def _earliest_point(keys: list[str], k: int) -> bool:
    """Does "not before" or "no earlier than" stand before the point at word ``k`` (within the
    few words of its phrase: "not before the end of the fifth contract year")?"""
    for p in range(max(0, k - 6), k):
        if keys[p:p + 2] == ["not", "before"] or keys[p:p + 3] == ["no", "earlier", "than"]:
            return all(w.isalpha() or w[:1].isdigit() for w in keys[p:k])
    return False


def _percent_after(text: str, end: int) -> bool:
    """Is the figure ending at ``end`` a percentage ("40%", "40 per cent", "40 percent")?"""
    return text[end:end + 9].lstrip().lower().startswith(("%", "per cent", "percent"))


def _ratio_one(text: str, n: tuple[float, int, int, str]) -> bool:
    """The "1" of a ratio written "3.5:1": the ratio is the first figure ("3.5 times")."""
    return n[0] == 1 and n[1] >= 2 and text[n[1] - 1] == ":" and text[n[1] - 2].isdigit()


def _odds(plain: list[tuple[float, int, int, str]], text: str) -> list[tuple[float, int, int, str]]:
    """Odds written "1 in 10,000" as one figure, the share they are in per cent (0.01, as a
    percentage is read): a risk "shall not exceed 1 in 10,000" → "1 in 100,000" is a cap
    lowered, not a number that grew, and "4 in 5" is "80 per cent"."""
    if " in " not in text or len(plain) < 2:
        return plain
    out: list[tuple[float, int, int, str]] = []
    for n in plain:
        prev = out[-1] if out else None
        after = text[n[2]:n[2] + 7].lstrip().lower()
        if prev is not None and text[prev[2]:n[1]] == " in " and 0 < prev[0] < n[0] and prev[0] == int(prev[0]) \
                and not after.startswith("year"):  # ("a 1 in 100 year flood": a return period)
            out[-1] = (round(100 * prev[0] / n[0], 9), prev[1], n[2], text[prev[1]:n[2]])
        else:
            out.append(n)
    return out


_FRACTION_PATTERNS: dict[tuple[int, frozenset[str]], re.Pattern] = {}


def fraction_pattern(fractions: dict[str, float], majorities: frozenset[str] = frozenset()) -> re.Pattern:
    """Shares in words followed by "of": a count and a fraction word of the lexicon ("one
    tenth of", "two-thirds of"), or "half" alone ("half of": other fractions need a count, as
    "each quarter of the year" is a period); with ``majorities`` (lexicon: majority_words), a
    qualified majority too ("a two-thirds majority")."""
    found = _FRACTION_PATTERNS.get((id(fractions), majorities))
    if found is None:
        words = "|".join(sorted(map(re.escape, fractions), key=len, reverse=True))
        after = "".join(rf"|\s+{re.escape(w)}\b" for w in sorted(majorities))
        found = _FRACTION_PATTERNS[(id(fractions), majorities)] = re.compile(
            rf"\b(?:(?:(?P<count>{_SHARE_COUNT})[\s-]+)?(?P<half>half)|(?P<count2>{_SHARE_COUNT})[\s-]+(?P<den>{words}))"
            rf"(?=\s+of\b|(?<=half)\s+the\b{after})", re.IGNORECASE)  # ("half the board": no "of")
    return found


def _fractions(text: str, keys: list[str], fractions: dict[str, float],
               majorities: frozenset[str] = frozenset()) -> list[tuple[float, int, int, str]]:
    """Shares written in words ("one tenth of", "a quarter of", "half of"), as percentages in
    (value, start, end, raw) like :func:`numbers_in`: "one fifth of the population" is "20% of
    the population"."""
    if not fractions or (fractions.keys().isdisjoint(keys) and
                         ("-" not in text or fractions.keys().isdisjoint(k.rpartition("-")[2] for k in keys if "-" in k))):
        return []  # ("two-thirds" is one word)
    out = []
    for m in fraction_pattern(fractions, majorities).finditer(text):
        count = (m.group("count") or m.group("count2") or "one").lower()
        share = fractions.get((m.group("den") or m.group("half")).lower(), 0.5)
        value = 1 if count in ("a", "an") else words_value(count)
        if value:
            out.append((round(100 * value * share, 2), m.start(), m.end(), m.group()))
    return out


_OF_A_UNIT = re.compile(r"\s+of\s+an?\s+(\w+)", re.IGNORECASE)
_HALF_OF = re.compile(r"\bhalf an? (thousand|million|billion)\b", re.IGNORECASE)
_MULTIPLIER_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _half_of_multiplier(text: str) -> list[tuple[float, int, int, str]]:
    """"half a million" as the figure it is (500,000), like :func:`numbers_in`."""
    if "half" not in text.lower():
        return []
    return [(0.5 * _MULTIPLIER_VALUES[m.group(1).lower()], m.start(), m.end(), m.group()) for m in _HALF_OF.finditer(text)]


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_before(value: float) -> set[float]:
    """The value of the day before a date valued as in :func:`_dates_in` (31 a month, 372 a
    year): the last day of the month before where the date is a first (28 February too, in
    a year not told)."""
    year, rest = divmod(int(value), 372)
    month, day = divmod(rest - 1, 31)
    day += 1  # (months 1-12, days 1-31)
    if day > 1 or value != int(value):
        return {value - 1}
    month, year = (month - 1, year) if month > 1 else (12, year - 1)
    if year < 0:
        return set()
    last = {_MONTH_DAYS[month - 1]} | ({28} if month == 2 else set())
    return {float(372 * year + 31 * month + d) for d in last}


def _drop_matched(removed: list, added: list, same) -> tuple[list, list]:
    """Drop each removed figure with the first added one ``same`` pairs it with (one figure
    written two ways): what is left of both lists."""
    gone: set[int] = set()
    came: set[int] = set()
    for r in removed:
        for a in added:
            if id(a) not in came and same(r, a):
                gone.add(id(r))
                came.add(id(a))
                break
    if not gone:
        return removed, added
    return [n for n in removed if id(n) not in gone], [n for n in added if id(n) not in came]


_PERMISSION_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}


def _permission_word(words: list[str], lex) -> bool:
    """Is one of the words the participle of a permission phrase of the lexicon ("permitted"
    of "is permitted to", "allowed" of "are allowed to")?"""
    entry = _PERMISSION_WORDS.get(id(lex.modals))
    if entry is None or entry[0] is not lex.modals:
        found = frozenset(p[-2] for p, strength in lex.modals.items()
                          if len(p) >= 2 and p[-1] == "to" and 1 < strength <= PERMISSION and p[-2].endswith("ed"))
        entry = _PERMISSION_WORDS[id(lex.modals)] = (lex.modals, found)
    return not entry[1].isdisjoint(words)


def _value_of(word: str) -> float | None:
    """The value of a figure written in digits or in words ("72", "10.4", "seventy-two"), or None."""
    if word.isdigit():
        return float(word)
    if word[:1].isdigit():
        try:
            return float(word)
        except ValueError:
            return None
    return words_value(word) if word[:1].isalpha() else None


class NumberRules:
    """Rules of :class:`plandiff.classify.pair._Pair`, one concern per module:
    numbers with what governs them: caps, floors, deadlines, periods, frequencies, dates."""

    def governing(self, keys: list[str], cues: list[_Cue], word_index: int) -> str | None:
        """What kind of bound the number at ``word_index`` is: cap, floor, deadline or None."""
        if self.lex.reduction_verbs and word_index and keys[word_index - 1] == "by" and \
                self._reduction_by(keys, cues, word_index):
            return "floor"  # "shall reduce its support by 20 per cent": not a deadline's "by"
        if self.lex.postfix_caps or self.lex.postfix_floors:  # "five or more years": after the number only
            cues = [c for c in cues if c.phrase not in self.lex.postfix_caps and c.phrase not in self.lex.postfix_floors]
        for c in cues:
            if c.end <= word_index and word_index - c.end <= 3 and c.category in ("cap", "floor", "deadline"):
                kind = c.category
        else:
            kind = None
        for c in reversed(cues):
            if c.end <= word_index and word_index - c.end <= 3 and c.category in ("cap", "floor", "deadline", "hedge"):
                if any(keys[x][:1].isdigit() or (keys[x].isalpha() and words_value(keys[x]) not in (None, _value_of(keys[word_index])))
                       for x in range(c.end, word_index)):
                    # the bound governs the number right after it: "by 2030 compared with 1990",
                    # "in two halves of 40 minutes" (not "within thirty (30) days": one figure)
                    break
                if c.category == "hedge" and c.phrase == ("up", "to"):
                    return "cap"
                if c.category != "hedge":
                    return c.category
                break
        return self._bound_noun_of(keys, cues, word_index) or self._bound_subject_of(keys, cues, word_index) or kind

    def _bound_subject_of(self, keys: list[str], cues: list[_Cue], word_index: int) -> str | None:
        """A bound that heads the subject whose value the clause states: "The minimum hourly
        wage payable under this agreement shall be £10.40", "The maximum fine is $500" (lexicon:
        bound_nouns). The figure follows a copula ("is", or a modal's "be") and only words lie
        between the subject's bound and the verb: no figure, punctuation or other bound."""
        if not word_index or keys[word_index - 1] not in self.lex.copulas:
            return None
        # (a figure measured from something else is no value of the subject: "The maximum
        # security prison shall be 5 km from the town"; lexicon: relation_words)
        if any(w in self.lex.relation_words for w in keys[word_index + 1:word_index + 3]):
            return None
        verb = word_index - 1
        if keys[verb] == "be":
            modal = next((c for c in cues if c.category == "modal" and c.end == verb), None)
            if modal is None:
                return None
            verb = modal.start
        reach = 2 * int(self.lex.thresholds.get("bound_noun_reach", 6))
        for c in cues:
            if c.end > verb or verb - c.end > reach or c.category not in ("cap", "floor") or \
                    " ".join(c.phrase) not in self.lex.bound_nouns:
                continue
            if all(w.isalpha() or self._figure_of_the_subject(keys, x) for x, w in enumerate(keys[c.end:verb], c.end)) and \
                    not any(x.start < verb and x.end > c.start and x is not c and x.category in ("cap", "floor", "deadline")
                            and any(w[:1].isdigit() and not self._figure_of_the_subject(keys, p)
                                    for p, w in enumerate(keys[x.end:min(verb, x.end + 3)], x.end))
                            for x in cues):
                # (another bound between blocks only with a figure of its own that moved: the
                # "in" of "used in the Regulatory Area" bounds nothing, the "by" of "payable by
                # members aged 65" nothing that changed)
                tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
                if not any(ch in text[tokens[c.start].end:tokens[verb].start] for ch in ",;:.()"):
                    return c.category
        return None

    def _figure_of_the_subject(self, keys: list[str], k: int) -> bool:
        """Is the figure at word ``k`` part of a name ("Grade 1 workers", "Zone 3 vessels": a
        whole number right after a capitalised word), or one the other side keeps where it
        stands? Either leaves the bound heading the subject its value after the verb."""
        tokens, kept = (self.a, self.fwd) if keys is self.a_keys else (self.b, self.back)
        # (or any figure the other side keeps in place: "The minimum hourly wage payable to
        # workers aged 21 and over shall be £10.42", where only the wage moved)
        return (k > 1 and keys[k].isdigit() and tokens[k - 1].text[:1].isupper()) or k in kept

    def _reduction_by(self, keys: list[str], cues: list[_Cue], word_index: int) -> str | None:
        """The amount of a cut a commitment asks ("shall reduce its emissions by 20 per cent",
        lexicon: reduction_verbs): the figure after "by" is what is owed, a minimum ("floor").
        The verb follows a modal and stands within reduction_reach words before "by", with no
        figure between."""
        verbs = self.lex.reduction_verbs
        if not verbs or word_index < 2 or keys[word_index - 1] != "by":
            return None
        after = keys[word_index + 1] if word_index + 1 < len(keys) else ""
        if len(keys[word_index]) == 4 and keys[word_index].isdigit() and not (after.isalpha() and after not in self.lex.light_words):
            return None  # "shall reduce its emissions by 2030": a year, the deadline's ("by 1500 employees" is none)
        reach = int(self.lex.thresholds.get("reduction_reach", 8))
        for p in range(word_index - 2, max(-1, word_index - 2 - reach), -1):
            if keys[p][:1].isdigit() or (keys[p],) in self.lex.conjunctions:
                return None  # ("shall reduce output and notify the regulator by 5 p.m.": another verb's)
            if keys[p] in verbs:
                return "floor" if any(c.category == "modal" and c.end <= p for c in cues) else None
        return None

    def _bound_noun_of(self, keys: list[str], cues: list[_Cue], word_index: int) -> str | None:
        """A bound written as a noun governs the figure its noun phrase closes with: "a
        minimum average annual turnover of EUR 2 million", "the maximum total length of 12
        metres" (lexicon: bound_nouns). Only words lie between (no figure, punctuation or
        modal), at most bound_noun_reach of them, and "of" is one of the last two (a currency
        or unit may stand after it)."""
        nouns = self.lex.bound_nouns
        if not nouns:
            return None
        reach = int(self.lex.thresholds.get("bound_noun_reach", 6))
        for c in reversed(cues):
            if c.end > word_index:
                continue
            # (a negated verb of exceeding governs the same way: "shall not exceed a total
            # suspended solids concentration of 30 mg/l")
            exceeding = c.category == "cap" and c.phrase[-1] in self.lex.exceed_verbs
            if c.category not in ("cap", "floor") or (" ".join(c.phrase) not in nouns and not exceeding) \
                    or word_index - c.end > reach:
                return None
            between = keys[c.end:word_index]
            # ("of", or "equal to": "up to a maximum aggregate amount equal to 10% of the price")
            if ("of" in between[-2:] or between[-2:] == ["equal", "to"]) and all(w.isalpha() for w in between) and \
                    not any(x.category == "modal" and c.end <= x.start < word_index for x in cues):
                return c.category
            return None
        return None

    def _in_reference_list(self, keys: list[str], tokens: list[Token], k: int) -> bool:
        """"Article 6", and each number of "Articles 6, 7 and 8", "paragraphs 9 to 11" or
        "Annexes I and II" (a roman numeral is a label there)."""
        p = k - 1
        while p >= 0 and k - p <= 8:
            key = keys[p]
            if key in self.lex.reference_words:
                return True
            if not (key in ("and", "to", "or") or key[:1].isdigit() or _roman_numeral(tokens[p].text)):
                return False
            p -= 1
        return False

    def in_object_modifier(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> bool:
        """Is the number at word ``k`` in a relative clause (lexicon: relative_words) standing
        after the commitment's modal ("shall be given to children of staff who have been
        employed for two years or more")? Only words lie between the relative word and the
        number (no punctuation, no modal of the clause's own), and a modal stands before the
        relative word in the same sentence."""
        if self.lex.relative_words.isdisjoint(keys[max(0, k - 12):k]):
            return False
        modal_words = {x for c in cues if c.category == "modal" for x in range(c.start, c.end)}
        if not modal_words:
            return False
        for p in range(k - 1, max(-1, k - 13), -1):
            if p in modal_words or any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:.()"):
                return False
            if keys[p] in self.lex.relative_words:
                if p and keys[p - 1] == "of":
                    # "liquid assets the sum of which is at least equal to 100%": the clause
                    # measures what is owed itself, which the bound bounds
                    return False
                for q in range(p - 1, -1, -1):
                    if q in modal_words:
                        return True
                    if any(ch in text[tokens[q].end:tokens[q + 1].start] for ch in ".;:"):
                        return False
                return False
        return False

    def in_trigger(self, keys: list[str], tokens: list[Token], text: str, k: int) -> bool:
        """Is the number at word ``k`` inside a condition that says when the obligation
        applies ("if more than 50 workers are affected", "upon the request of at least 30
        parents")? A trigger word before it in the same stretch of text (no comma, semicolon or
        modal in between)."""
        return self._trigger_at(keys, tokens, text, k) is not None

    def _trigger_at(self, keys: list[str], tokens: list[Token], text: str, k: int) -> int | None:
        """The index of the word that opens the condition holding the number at word ``k``
        (see in_trigger), or None."""
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        modal_words = {x for c in cues if c.category == "modal" for x in range(c.start, c.end)}
        triggers = self.lex.trigger_words
        threshold_start = self._threshold_start(keys, k)
        after_modal: list[bool] = []  # (read once, at the first modifier word: see below)
        for p in range(k - 1, max(-1, k - 13), -1):
            if p in modal_words or any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:.()"):
                return None
            if keys[p] in triggers:
                return p
            # (a word of "more than" after the noun opens the modifier itself: "Vessels exceeding
            # 150 metres in length shall")
            # (a participle right after the subject's noun opens a reduced relative clause: "A
            # ship detained three times within a period of 36 months shall be refused access")
            if p > 0 and (keys[p] in self.lex.subject_triggers or (keys[p] == "of" and self._bound_written_after(keys, k))
                          or (past_participle(keys[p], self.lex.participles) and keys[p - 1].isalpha()
                              and keys[p - 1] not in self.lex.light_words and p + 1 < len(keys)
                              and (keys[p + 1] in self.lex.light_words or _value_of(keys[p + 1]) is not None
                                   or keys[p + 1] in FREQUENCY_COUNTS or keys[p + 1].endswith("ly")))
                          or (p == threshold_start and keys[p - 1] not in self.lex.light_words
                              and keys[p - 1].isalpha() and (keys[p - 1],) not in self.lex.negations
                              and not any(c.category in ("cap", "floor") and c.start <= p < c.end
                                          and c.phrase != (keys[p],) for c in cues))):
                # a restrictive modifier of the subject ("Contracts with a value of EUR
                # 140,000 or more shall"): only with no modal before the figure in its sentence
                # (a negated verb of exceeding, "shall not exceed", holds one). A modifier after
                # the modal may still stand in a condition opened further back ("shall not exceed
                # 5 per cent if the owner is a company which holds at least 25 per cent", "where
                # the delay exceeds four hours"): read on.
                if not after_modal:
                    after_modal.append(self._modal_before_in_sentence(cues, modal_words, tokens, text, k))
                if not after_modal[0]:
                    return p
        return None

    def _modal_before_in_sentence(self, cues: list[_Cue], modal_words: set[int], tokens: list[Token], text: str,
                                  k: int) -> bool:
        """Does a modal (or a negated verb of exceeding, "shall not exceed") stand before the
        figure at word ``k`` in its sentence?"""
        # (a finite verb of exceeding: "exceeding" after a noun opens a modifier, "No building
        # exceeding 12 metres in height shall", no verb of the clause)
        held = modal_words | {x for c in cues if c.category == "cap" and c.phrase[-1] in self.lex.exceed_verbs
                              and not c.phrase[-1].endswith("ing") and c.start < k for x in range(c.start, c.end)}
        for q in range(k - 1, -1, -1):
            if q in held:
                return True
            if q and any(ch in text[tokens[q - 1].end:tokens[q].start] for ch in ".;:"):
                return False  # the sentence starts at q
        return False

    def _before_turned_after(self, keys: list[str], k: int, other: list[str]) -> bool:
        """Is the period at word ``k`` counted after an event ("within 12 months after
        commencing mining") that the other side's act had to come before ("before commencing
        mining"; lexicon: period_anchors, lead_words)? The act may now follow the event: later."""
        anchor = next((p for p in range(k + 1, min(len(keys), k + 5)) if keys[p] in self.lex.period_anchors), None)
        if anchor is None:
            return False
        event = next((w for w in keys[anchor + 1:anchor + 4] if w.isalpha() and w not in self.lex.light_words), None)
        if event is None:
            return False
        return _form_after(other, self.lex.lead_words, event)

    def _moment_turned_period(self, keys: list[str], k: int, other: list[str]) -> bool:
        """Is the period at word ``k`` counted from an event ("within 30 days after delivery",
        "within 28 days of arrival"; lexicon: period_anchors, or "of") that the other side's
        act fell due on ("on delivery", "upon arrival"; lexicon: moment_words), with no such
        moment left on this side? A time limit is set (harder) where the act may now come that
        long after the event (later, softer): no one direction."""
        moments = self.lex.moment_words
        anchor = next((p for p in range(k + 1, min(len(keys), k + 5))
                       if keys[p] in self.lex.period_anchors or keys[p] == "of"), None)
        if anchor is None or not moments:
            return False
        event = next((w for w in keys[anchor + 1:anchor + 4] if w.isalpha() and w not in self.lex.light_words), None)
        if event is None:
            return False
        if _form_after(keys, moments, event, reach=2) or any(
                e.kind == "strengthener" and (e.old or e.new or "").lower() in self.lex.prompt_words for e in self.evidence):
            return False  # ("immediately upon discovering": the promptness word decides, see numbers)
        # (not a condition that sets off the act, "upon request": a qualifier the qualifier rules
        # read; a time limit set after it is one added, "within 7 days of a request")
        other_cues = self.old_cues if other is self.a_keys else self.new_cues
        hedged = {x for c in other_cues if c.category in ("hedge", "condition") for x in range(c.start, c.end)}
        return any(tuple(other[q:q + len(m)]) == m and q not in hedged and
                   any(_inflects(w, event) or _inflects(event, w) for w in other[q + len(m):q + len(m) + 2])
                   for m in moments for q in range(len(other)))

    def _counting_window(self, keys: list[str], k: int) -> bool:
        """Is the period at word ``k`` one that things are counted in, after a deadline word
        and a quantifier ("183 days in any twelve-month period"; lexicon: quantifiers)? No time
        limit to act within: one that came or went alone (a window swapped for "the fiscal
        year") has no direction; compared with another it is read as before."""
        for p in range(k - 1, max(-1, k - 4), -1):
            if keys[p] in self.lex.quantifiers:
                return p > 0 and any(tuple(keys[p - len(d):p]) == d for d in self.lex.deadline_words if len(d) <= p)
            if (keys[p],) in self.lex.deadline_words:
                return False  # "in any event within 48 hours": the time limit's own word is nearer
        return False

    def _went_with_its_item(self, k: int, side: str) -> bool:
        """Did the condition holding the figure at word ``k`` of ``side`` go (or come) together
        with what it conditions ("…, hotel accommodation where a stay of one or more nights
        becomes necessary, and transport …" dropped whole)? Its trigger word (lexicon:
        trigger_words) has no counterpart, nor have the words before it, back to a comma or
        conjunction that opens the item: an item left (or joined) the list, no threshold taken
        off (or set on) a kept duty."""
        keys, tokens, text, kept = (self.a_keys, self.a, self.old_text, self.fwd) if side == "old" else \
            (self.b_keys, self.b, self.new_text, self.back)
        at = self._trigger_at(keys, tokens, text, k)
        if at is None or keys[at] not in self.lex.trigger_words or at in kept:
            return False
        start = at
        while start > 0 and start - 1 not in kept:
            start -= 1
        opened = (keys[start],) in self.lex.conjunctions or \
            (start > 0 and "," in text[tokens[start - 1].end:tokens[start].start])
        return start < at and opened

    def _ordinal_swapped(self, old_nums: list, new_nums: list) -> None:
        """An ordinal word replaced by another in its place ("the first Thursday in May" →
        "the second Thursday"): another point, no direction. Only where the number rules read
        neither word as a figure (an ordinal before a time unit is a point of its own)."""
        def inside(tokens, nums, k: int) -> bool:
            # a word of a figure ("one third", "the 15th day"): read by the number rules
            return any(n[1][0] <= tokens[k].start < n[1][1] for n in nums)
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
                continue
            old, new = self.a_keys[i1], self.b_keys[j1]
            if not (old.endswith(_ORDINAL_ENDINGS) and new.endswith(_ORDINAL_ENDINGS)):
                continue  # (cheap first: every ordinal word ends so)
            if inside(self.a, old_nums, i1) or inside(self.b, new_nums, j1):
                continue
            r, a = ordinal_value(old), ordinal_value(new)
            if r is None or a is None or r == a:
                continue
            shown_r, shown_a = self.a[i1].text, self.b[j1].text
            spans = _span(self.a, i1, i2), _span(self.b, j1, j2)
            self.evidence.append(self._ordinal_moved(r, a, i1, j1, shown_r, shown_a, spans))

    def _ordinal_moved(self, r: int, a: int, i: int, j: int, shown_r: str, shown_a: str, spans) -> Evidence:
        """Evidence for an ordinal point that moved (words ``i`` and ``j``): after a deadline word
        on both sides ("by the end of the fifth Contract Year" → "seventh") a later deadline,
        or under a ban ("No Founder shall transfer … before the first anniversary") a longer
        ban; elsewhere another point, with no direction."""
        if not (self._after_deadline_word(self.a_keys, self.old_cues, i) and
                self._after_deadline_word(self.b_keys, self.new_cues, j)):
            return Evidence("number", "modified", shown_r, shown_a, f"number changed: {shown_r} → {shown_a}", *spans)
        later = a > r
        effect, banned = self._later_effect(later, i, j)
        if banned:
            what = "prohibition lasts longer" if later else "prohibition ends sooner"
        else:
            what = "deadline later" if later else "deadline earlier"
        return Evidence("deadline", effect, shown_r, shown_a, f"{effect}: {what}, {shown_r} → {shown_a}", *spans)

    def _later_effect(self, later: bool, i: int, j: int) -> tuple[str, bool]:
        """The direction of a point in time that moved (old word ``i``, new word ``j``): a later
        deadline softens; where a prohibition stands before it on both sides the point ends
        the ban, and a later one forbids for longer. (effect, whether a ban governs it)"""
        banned = self._forbids_before(self.a_keys, self.old_cues, i) and self._forbids_before(self.b_keys, self.new_cues, j)
        # (or an earliest point told as such on both sides: "may terminate …, but not before the
        # end of the fifth contract year", "no earlier than 1 May": a later one holds off longer)
        banned = banned or (_earliest_point(self.a_keys, i) and _earliest_point(self.b_keys, j))
        return ("hardened" if later == banned else "softened"), banned

    def _after_deadline_word(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Does a word of a date deadline (lexicon: date_deadlines) end within the four words
        before word ``k`` ("before the first anniversary", "by the end of the fifth year"), with
        no figure between? Not "in advance on the first day of each month": a day of payment."""
        for end in range(max(0, k - 4), k + 1):
            if any(w[:1].isdigit() for w in keys[end:k]):
                continue
            if not {"on", "at"}.isdisjoint(keys[end:k]):
                continue  # "paid by bank transfer on the 15th day": the point is the "on"'s, a day, no deadline
            for p in self.lex.date_deadlines:
                if len(p) <= end and tuple(keys[end - len(p):end]) == p:
                    # "two weeks before the first day of the absence": the point a lead time
                    # counts back from, not a deadline of its own
                    start = end - len(p)
                    return not (start and keys[start - 1] in self.lex.time_units)
        return False

    def _permitted_only_if(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Is the figure at word ``k`` in the condition a permission is restricted to: a
        permission (no binding or negated modal) with a word of "only" (lexicon: only_words)
        after it and before the figure ("may be made only where …", "may accept … only if")?"""
        modals = [c for c in cues if c.category == "modal"]
        if not modals or any(not self.permits(c) or self.negated(keys, c) for c in modals):
            return False
        first = min(c.end for c in modals)
        return any(keys[p] in self.lex.only_words for p in range(first, k))

    def _permission_triggered(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Is the figure at word ``k`` in the condition of a permission: every modal before it a
        permission, none negated, no right (lexicon: right_words, whose holder binds another)
        and no mere possibility ("may charge a fee where a Guest cancels within 7 days")?"""
        modals = [c for c in cues if c.category == "modal" and c.end <= k]
        # (not a window for what was not done, "if it is not notified within 7 days", nor one in
        # an exception, "except where …": both read the other way)
        if not modals or any(c.category == "negation" and modals[-1].end <= c.start < k for c in cues) or \
                self._exception_word_from(keys, modals[-1].end, k):
            return False
        return all(self.permits(c) and not self.negated(keys, c) and
                   self.lex.right_words.isdisjoint(c.phrase) and
                   c.phrase[0] not in self.lex.possibility_modals for c in modals)

    def _permission_of(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> bool:
        """Is the figure at word ``k`` in the subject of a permission: no modal before it in its
        sentence, and the first after it a permission, not negated and no right ("Aircraft of up
        to 4 kg may be flown")? After the modal the permission's object may be a power over
        others ("may impose a fine on any undertaking with a turnover exceeding …")."""
        modal = None
        for c in cues:
            if c.category != "modal":
                continue
            lo, hi = (c.end, k) if c.end <= k else (k, c.start)
            if any(ch in text[tokens[q].end:tokens[q + 1].start] for q in range(lo, min(hi, len(tokens) - 1))
                   for ch in ".;:"):
                continue  # another sentence
            if c.end <= k:
                return False
            modal = modal or c
        # (a modal of mere possibility, "from which a person could fall", permits nothing; a
        # clause opened by "No" is a ban however far its modal: "No trout measuring less than
        # 25 centimetres from … may be retained"; a permission restricted by "only" is a ban on
        # the rest: "Children under 12 may be admitted only if accompanied")
        return modal is not None and self.permits(modal) and not self.negated(keys, modal) and \
            self.lex.right_words.isdisjoint(modal.phrase) and modal.phrase[0] not in self.lex.possibility_modals and \
            keys[0] not in self.lex.negative_subjects and self.lex.only_words.isdisjoint(keys)

    def _bound_of_margin(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> str | None:
        """The role ("cap" or "floor") of the bound whose figure the margin at word ``k`` moves
        ("not exceed the rate of inflation plus 2 per cent"): the nearest bound before it in its
        stretch of text, no other figure between, within a dozen words; or None."""
        for p in range(k - 2, max(-1, k - 14), -1):
            if any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:.()") or keys[p][:1].isdigit():
                return None
            bound = next((c for c in cues if c.category in ("cap", "floor") and c.end == p + 1), None)
            if bound is not None:
                return bound.category
        return None

    def _price_asked(self, keys: list[str], k: int) -> bool:
        """Is the figure at word ``k`` the price asked for what is given: a price noun (lexicon:
        price_nouns) after "at" or "for" within the five words before it ("supply loans at a
        charge not exceeding £5"), not the thing given ("refund any fee up to £500")?"""
        window = keys[max(0, k - 5):k]
        return any(w in self.lex.price_nouns and ("at" in window[:i] or "for" in window[:i]) for i, w in enumerate(window))

    def _grants_right(self, cues: list[_Cue]) -> bool:
        """Is the clause's commitment a right (a modal with a word of lexicon: right_words)?"""
        return any(c.category == "modal" and not self.lex.right_words.isdisjoint(c.phrase) for c in cues)

    def _binds(self, keys: list[str], cues: list[_Cue]) -> bool:
        """Does the clause bind (a duty, an expectation or a ban), so that a threshold of what
        it covers has a direction? Under a permission alone ("may be taxed") covering more or
        fewer things points no one way; a right ("shall be entitled to", lexicon: right_words)
        binds the other party. A clause with no modal at all is read as binding."""
        modals = [c for c in cues if c.category == "modal"]
        return not modals or self._grants_right(cues) or any(c.strength > BEST_EFFORTS or self.negated(keys, c)
                                                             for c in modals)

    def _simple_majority(self, keys: list[str]) -> bool:
        """Does the text name a majority of a body ("a majority of the directors", "a majority
        proportion of their time")? Not a qualified one ("a two-thirds majority": its figure is
        compared as any other) and not "the majority shareholder" (no "of" right after it)."""
        for k, w in enumerate(keys):
            if w in self.lex.majority_words and "of" in keys[k + 1:k + 3] and \
                    not (k and (keys[k - 1][:1].isdigit() or "-" in keys[k - 1] or words_value(keys[k - 1]) is not None
                                or keys[k - 1] in self.lex.fractions)):
                return True
        return False

    def _more_than_half(self, n, keys: list[str]) -> bool:
        """Is the figure a half ("half", "50%") after a word of "more than" ("more than half of
        the directors")?"""
        return n[0] == 50.0 and n[4] is None and self._after_threshold_word(keys, n[5])

    def _clock(self, n, text: str) -> int:
        """Minutes after midnight of a deadline's time of day (midnight itself ends the day), a
        day later where the words after it say so ("01:00 the following morning"; lexicon:
        next_day_words)."""
        after = text[n[1][1]:n[1][1] + 40].lower().replace(",", " ,").split()[:5]
        minutes = int(n[0][1:]) or 1440  # "by midnight": the end of the day
        # (three words on, "01:00 the following morning", or "the day following" a little further,
        # "12:00 on the day following"; not "…, following the procedure")
        near = after[:3] if "," not in after[:3] else after[:after.index(",")]
        later_day = not self.lex.next_day_words.isdisjoint(near) or any(
            after[i] == "day" and after[i + 1] in self.lex.next_day_words for i in range(len(after) - 1))
        return minutes + (1440 if later_day else 0)

    @staticmethod
    def _later_clock(old: int, new: int, pinned: bool = False) -> bool:
        """Is the new time of day later? Across midnight, by less than six hours, the small
        hours follow the evening ("end no later than 23:00" → "00:30" is later, the reverse
        earlier), unless a date pins the time to one day (``pinned``: "by 23:59 on the closing
        date"); otherwise as the clock reads."""
        if old <= 1440 and new <= 1440 and new != old and not pinned:
            if new < old and (new - old) % 1440 <= 360:
                return True
            if new > old and (old - new) % 1440 <= 360:
                return False
        return new > old

    def _failure_before(self, keys: list[str], k: int) -> bool:
        """Does a verb of failing ("fails to", "does not") stand in the few words before the
        figure at word ``k``, after the condition opens ("who fails to submit the return within
        30 days")?"""
        return any(self.negative_verb_at(keys, p) or keys[p:p + 2] in (["does", "not"], ["do", "not"], ["did", "not"])
                   for p in range(max(0, k - 8), k))

    def _measure_of_the_duty(self, keys: list[str], cues: list[_Cue], start: int) -> bool:
        """Does the word of "less than" starting at word ``start`` follow right on a binding,
        unnegated modal and its verb ("shall contain less than 250 units"): what the duty's own
        measure must stay within? Not after "be", which tells where or what a thing is ("The
        depot shall be less than 100 metres from the station"), nor a word of "more than" ("shall
        plant more than 500 trees" describes, as elsewhere)."""
        modal = max((c for c in cues if c.category == "modal" and c.end <= start), key=lambda c: c.end, default=None)
        return modal is not None and modal.strength >= self.binding and not self.negated(keys, modal) and \
            0 < start - modal.end <= 2 and all(w.isalpha() and w not in self.lex.copulas and w != "be"
                                               for w in keys[modal.end:start])

    def _holder_acts(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> bool:
        """Is the condition holding the figure at word ``k`` one on what the right's holder
        does ("shall be entitled to the slots only if it has operated them for at least 70%",
        "if they have served at least 20 years"), not an event the grantor answers for ("where
        arrival is delayed by at least one hour", "where more than 20% of the services are
        cancelled")? The condition's subject is a pronoun or the holder's own noun."""
        t = self._trigger_at(keys, tokens, text, k)
        modal = next((c for c in cues if c.category == "modal"), None)
        if t is None or modal is None or modal.start == 0:
            return True  # (no condition word found: read as before)
        subject = next((w for w in keys[t + 1:t + 4] if w not in self.lex.determiners), "")
        holder = keys[modal.start - 1]
        return subject in self.lex.personal_pronouns or subject in self.lex.addressed_pronouns or \
            _stem(subject) == _stem(holder)

    def _period_of_something_else(self, keys: list[str], k: int) -> bool:
        """Is the period before word ``k`` how long something other than the duty lasts: a
        right granted ("shall be granted for a period of 50 years", lexicon:
        benefit_participles), the span a duty is spread over ("shall reduce support by 20 per
        cent over a period of six years"), or a turn in an office?"""
        start = k - 1
        while start > 0 and keys[start] in ("for", "a", "period", "of", "the", "an"):
            start -= 1
        before = keys[max(0, start - 1):start + 1]
        # (nor the term an office passes round for: "shall be chaired alternately by each
        # Party for a period of two years"; lexicon: turn_verbs)
        return any(w in self.lex.benefit_participles for w in before) or keys[start] == "over" or \
            not self.lex.turn_verbs.isdisjoint(keys[max(0, start - 8):start + 1]) or \
            keys[start] in self.lex.term_verbs  # ("The Hackathon shall run for 48 hours": lexicon: term_verbs)

    @staticmethod
    def _window_edge(keys: list[str], k: int) -> str | None:
        """Is the time of day at word ``k`` the start of a window ("between 22:00 and 07:00",
        "from 08:00 to 18:00") or its end? "start", "end" or None."""
        if k and keys[k - 1] in ("between", "from"):
            return "start"
        if k >= 3 and keys[k - 1] in ("and", "to", "until") and \
                any(keys[q] in ("between", "from") and keys[q + 1][:1].isdigit() for q in range(max(0, k - 5), k - 2)):
            return "end"
        return None

    def _window_moved(self, r, a) -> Evidence | None:
        """A window of time of day whose start or end moved ("shall not be operated between 22:00
        and 07:00" → "between 23:00 and 07:00"): narrower, a ban or a duty covers less of the
        day (softened), a permission allows less of it (hardened); wider, the reverse."""
        edge = self._window_edge(self.a_keys, r[5])
        if edge is None or edge != self._window_edge(self.b_keys, a[5]):
            return None
        # (the window's times are the clause's only change: something else changed beside,
        # "on weekdays" added, is read with the rules that weigh several changes)
        def window(keys: list[str], k: int) -> range:
            q = next((q for q in range(k, max(-1, k - 6), -1) if keys[q] in ("between", "from")), k)
            return range(q, q + 9)
        old_window, new_window = window(self.a_keys, r[5]), window(self.b_keys, a[5])
        if any(op[0] != "equal" and not (all(i in old_window for i in range(op[1], op[2])) and
                                         all(j in new_window for j in range(op[3], op[4])))
               for op in self.opcodes):
            return None
        def allows(keys: list[str], cues: list[_Cue], k: int) -> bool | None:
            # the window's own modal, the nearest before it: a permission, or any modal with
            # "only" before the window ("shall be carried out only between 8 a.m. and 6 p.m."),
            # says when the act is allowed; a duty or a ban, when it is owed or forbidden
            modal = max((c for c in cues if c.category == "modal" and c.end <= k), key=lambda c: c.end, default=None)
            if modal is None:
                return None
            start = next(q for q in range(k, -1, -1) if keys[q] in ("between", "from"))
            if "only" in keys[max(0, start - 3):start] or (self.permits(modal) and not self.negated(keys, modal)):
                return True
            if self.negated(keys, modal) or self._ongoing_verb(keys, modal):
                return False
            return None  # (a window to do a one-off act in: "shall deliver the goods between 9 a.m. and 5 p.m.")
        old_allows, new_allows = allows(self.a_keys, self.old_cues, r[5]), allows(self.b_keys, self.new_cues, a[5])
        if old_allows is None or old_allows != new_allows:
            return None
        later = self._later_clock(self._clock(r, self.old_text), self._clock(a, self.new_text))
        narrower = later if edge == "start" else not later
        effect = ("hardened" if narrower else "softened") if old_allows else ("softened" if narrower else "hardened")
        what = "permitted" if old_allows else "covered"
        return Evidence("deadline", effect, r[3], a[3],
                        f"{effect}: the hours {what} {'narrowed' if narrower else 'widened'}, "
                        f"{'start' if edge == 'start' else 'end'} {r[3]} → {a[3]}", r[1], a[1])

    def _dated(self, n, text: str) -> bool:
        """Does a date follow the time of day ("23:59 on the closing date", "23:00 on 5 May")?"""
        after = [w.strip(".,;:)") for w in text[n[1][1]:n[1][1] + 30].lower().split()[:4]]
        return "date" in after or any(w[:1].isdigit() or w.capitalize() in self.lex.months for w in after)

    def _noted_as_former(self, text: str, end: int, other: str) -> bool:
        """Does a bracket right after the reference ending at ``end`` open with a word of a
        former number ("(formerly Clause 7.2)", "(former Article 12)"; lexicon: former_words)
        and close with a number the other text cites?"""
        after = text[end:end + 40].lstrip()
        if not after.startswith("(") or ")" not in after:
            return False
        inside = after[1:after.index(")")]
        words = inside.replace("-", " ").split()
        if not words or words[0].lower() not in self.lex.former_words:
            return False
        # the former number must be one the other text cites ("Clause 5.1" → "Clause 8.2
        # (formerly Clause 7.2)" is no renumbering of 5.1)
        number = words[-1].rstrip(".,;")
        return any(ch.isdigit() for ch in number) and number in other

    def _ordinal_references(self, keys: list[str]) -> set[tuple[str, int]]:
        """The references written as an ordinal before a reference word and the unit they
        belong to ("the second paragraph of Article 5": ("5", 2); lexicon: reference_words)."""
        out = set()
        for k in range(len(keys) - 4):
            if keys[k + 1] in self.lex.reference_words and keys[k].endswith(_ORDINAL_ENDINGS) and keys[k][:1].isalpha() \
                    and keys[k + 2] == "of" and keys[k + 3] in self.lex.reference_words \
                    and (v := ordinal_value(keys[k])) is not None:
                out.add((keys[k + 4], v))
        return out

    @staticmethod
    def _subdivision(n, text: str) -> tuple[str, int] | None:
        """The unit and number of a reference written as a subdivision ("Article 5(2)": ("5", 2))."""
        m = _SUBDIVISION.search(text[max(0, n[1][0] - 12):n[1][0]])
        return (m.group(1).lower(), int(n[3])) if m and n[3].isdigit() else None

    def _exception_word_between(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Does a word of exception (lexicon: exception_words, exception_openers: "other than",
        "except") stand between the first modal and the figure at word ``k`` ("No vessel shall
        anchor other than within 2 nautical miles")? The figure then bounds where the act is
        allowed, not the zone of the ban."""
        first = min((c.end for c in cues if c.category == "modal"), default=k)
        return self._exception_word_from(keys, first, k)

    def _in_exception(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Does an exception or proviso (lexicon: clause_qualifiers) open between the first
        modal and the figure at word ``k`` ("shall not be liable unless notified within 30
        days")? The figure is then the exception's own."""
        first = min((c.end for c in cues if c.category == "modal"), default=k)
        longest = max((len(q) for q in self.lex.clause_qualifiers), default=1)
        return any(tuple(keys[p:p + n]) in self.lex.clause_qualifiers
                   for p in range(first, k) for n in range(1, longest + 1))

    def _bound_written_after(self, keys: list[str], k: int) -> bool:
        """Is the figure at word ``k`` bounded by words after it ("EUR 15,000 or more", "five
        years or longer", "24 metres in length or more"; lexicon: postfix_floors, postfix_caps)? Then an "of" before it opens a
        modifier of the subject as "with" does ("Cash transactions of EUR 15,000 or more shall
        be reported"): which transactions are covered."""
        postfix = self.lex.postfix_floors | self.lex.postfix_caps
        return any(tuple(keys[k + skip:k + skip + 2]) in postfix for skip in (1, 2, 3, 4))

    def _after_threshold_word(self, keys: list[str], k: int) -> bool:
        """A word of "more than" (lexicon: threshold_words) right before the figure at word
        ``k``, or before the currency or unit word that precedes it ("exceeding EUR 50,000")."""
        return self._threshold_start(keys, k) is not None

    def _threshold_start(self, keys: list[str], k: int) -> int | None:
        """Where the word of "more than" before the figure at word ``k`` starts, or None."""
        match = self._threshold_match(keys, k)
        return None if match is None else match[0]

    def _threshold_match(self, keys: list[str], k: int) -> tuple[int, bool] | None:
        """(start, from above) of the word of "more than" (lexicon: threshold_words) or of "less
        than" (lexicon: lower_threshold_words, from above) before the figure at word ``k``, or
        None."""
        # (past "the age of": "users under the age of 13")
        starts = (k, k - 1, k - 3) if k >= 4 and _after_age_of(keys, k) else (k, k - 1)
        for before in starts:
            if before == k - 1 and not keys[before].isalpha():
                break
            if before < 1 or (keys[before - 1] not in _last_words(self.lex.threshold_words)
                               and keys[before - 1] not in _last_words(self.lex.lower_threshold_words)):
                continue  # (cheap first: most figures follow no such word)
            for p in self.lex.threshold_words:
                if len(p) <= before and tuple(keys[before - len(p):before]) == p:
                    if p[-1] in self.lex.exceed_verbs and not p[-1].endswith("ing") and any(
                            w in self.lex.negative_subjects or (w,) in self.lex.negations or w in self.lex.auxiliary_modals
                            for w in keys[max(0, before - len(p) - 4):before - len(p)]):
                        # "no class exceeds 28 pupils", "the level never exceeds 55 dB", "No
                        # holding shall at any time exceed 10%": the bound of a ban, no threshold
                        return None
                    return before - len(p), False
            for p in self.lex.lower_threshold_words:
                # (not the "less than" of a minimum, "not less than", "no fewer than")
                if len(p) <= before and tuple(keys[before - len(p):before]) == p and \
                        (before == len(p) or keys[before - len(p) - 1] not in ("not", "no")):
                    return before - len(p), True
        return None

    def _measured_alike(self, r, a) -> bool:
        """Two figures in the same currency, or both periods of time."""
        cur_r = _currency_before(self.old_text, r[1][0], self.lex.currency_symbols)
        cur_a = _currency_before(self.new_text, a[1][0], self.lex.currency_symbols)
        if cur_r or cur_a:
            return cur_r == cur_a
        return self._same_measure(r, a)

    def _currency_agrees(self, r, a) -> bool:
        """Is neither figure money, or both in one currency? "more than 250 persons" → "EUR 40
        million" bounds another measure, with no direction, whatever bound word each has."""
        symbols = self.lex.currency_symbols

        def currency(n, text: str) -> str:
            # the sign before the amount, or its name or code after it ("five thousand euro",
            # "7,000 EUR")
            before = _currency_before(text, n[1][0], symbols)
            after = [w.strip(".,;:()") for w in text[n[1][1]:].split(None, 2)[:2]]
            after = after[1:] if after and after[0].lower() in self.lex.scale_words else after
            if before or not after:
                return before
            word = after[0]
            return word if len(word) == 3 and word.isalpha() and word.isupper() else symbols.get(word.lower(), "")
        old, new = currency(r, self.old_text), currency(a, self.new_text)
        # (a currency named on one side only: the same measure if the words about the figures
        # agree, "USD 500,000 per year" / "750,000 per year"; not "250 persons" / "EUR 40 million")
        return old == new or (not (old and new) and self._same_measure(r, a))

    def _same_measure(self, r, a) -> bool:
        """Do two figures, only one of them under a bound, count the same thing: the same word
        after them ("250 persons") or before them ("EUR 40")? "more than 250 persons" → "EUR 40
        million" is another measure, with no direction."""
        if self._percent(r, self.old_text) and self._percent(a, self.new_text):
            return True  # two shares: "100% observer coverage" / "coverage of at least 50%"
        i, j = r[5], a[5]
        ak, bk = self.a_keys, self.b_keys
        units = self.lex.measure_units
        after = i + 1 < len(ak) and j + 1 < len(bk) and (ak[i + 1] == bk[j + 1] or (
            ak[i + 1] in units and bk[j + 1] in units and units[ak[i + 1]][0] == units[bk[j + 1]][0]))
        before = i > 0 and j > 0 and ak[i - 1] == bk[j - 1] and ak[i - 1].isalpha() and len(ak[i - 1]) <= 4
        return after or before

    def _percent(self, n, text: str) -> bool:
        """Is the figure a share: a percentage, or a share in words ("one fifth")?"""
        if _percent_after(text, n[1][1]):
            return True
        # (a share in words is read before "of" or "the": "half the cost")
        m = fraction_pattern(self.lex.fractions).match(n[3] + " of")
        return m is not None and m.end() == len(n[3])

    def _unlimited(self, keys: list[str]) -> bool:
        """A word of lasting without limit ("indefinitely", "in perpetuity"; lexicon:
        unlimited_words)."""
        return any(tuple(keys[k:k + len(p)]) == p for p in self.lex.unlimited_words for k in range(len(keys))
                   if keys[k] == p[0])

    def _calendar_span(self, n, counted: set[str]) -> tuple[float, float]:
        """The calendar days a period may cover: its value, or, counted in business days,
        up to 7/5 of it plus a long weekend."""
        if counted & self.lex.business_day_modifiers:
            return n[0], n[0] * 1.4 + 3
        return n[0], n[0]

    @staticmethod
    def _coordinated(keys: list[str], tokens: list[Token], text: str, prev_last: int, k: int) -> bool:
        """Is the figure at word ``k`` joined by "and" to the bounded figure ending at word
        ``prev_last``, with only a few words between (its unit, "per occurrence") and no stop?"""
        between = keys[prev_last + 1:k]
        return "and" in between and len(between) <= 5 and not any(
            ch in text[tokens[prev_last].end:tokens[k].start] for ch in ".;:()") and \
            not any(w[:1].isdigit() for w in between)

    def _forbids_before(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Does a prohibition's modal stand before word ``k``: what it forbids beyond a figure
        ("for more than 72 hours") it allows up to it, as a cap does. The nearest modal before
        the figure is its own: "shall not lobby …, and shall notify … within 30 days" sets a
        time limit on the duty to notify."""
        last = max((c for c in cues if c.category == "modal" and c.end <= k), key=lambda c: c.end, default=None)
        return last is not None and self.negated(keys, last) and self.prohibits(keys, last)

    def _bounds_a_ban(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> bool:
        """Does the figure at word ``k`` bound what a prohibition before it forbids ("shall not
        accept cash payments of EUR 10,000 or more", "shall not sell wet wood in quantities of
        less than 2 cubic metres"), outside a condition or exception? Without it the ban
        forbids the act whatever the quantity. The bound is a word of "more than" or "less
        than" before the figure, or one written after it ("or more"), and the figure no list
        item's ("or a holding of 10% or more", "and within 1 kilometre": an item, more forbidden)."""
        other_keys = self.b_keys if keys is self.a_keys else self.a_keys
        if not self._forbids_before(keys, cues, k) or self.in_trigger(keys, tokens, text, k) or \
                self._in_exception(keys, cues, k) or not self.lex.vague_measures.isdisjoint(other_keys):
            return False  # (nor one the other side made a matter of judgement: "for more than a reasonable time")
        other_cues = self.new_cues if keys is self.a_keys else self.old_cues
        if not any(c.category == "modal" and self.negated(other_keys, c) and self.prohibits(other_keys, c) for c in other_cues):
            return False  # (the ban must stand on the other side too, only its limit gone or come)
        bounded = self._threshold_match(keys, k) is not None or any(
            tuple(keys[p:p + 2]) in self.lex.postfix_floors or tuple(keys[p:p + 2]) in self.lex.postfix_caps
            for p in range(k + 1, min(len(keys), k + 4)))
        return bounded and not any((w,) in self.lex.conjunctions for w in keys[max(0, k - 6):k])

    def _in_definition(self, keys: list[str], tokens: list[Token], text: str, k: int) -> bool:
        """Does the figure at word ``k`` stand after a verb of definition in its sentence
        ("… means a satellite with a wet mass of less than 500 kg"; lexicon: definition_verbs)?
        A one-word verb ("means") defines only before a determiner: "by means of" does not."""
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        for p in range(k - 1, -1, -1):
            if any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ".;:"):
                return False
            for phrase in self.lex.definition_verbs:
                if tuple(keys[p:p + len(phrase)]) == phrase and p + len(phrase) < k and \
                        (len(phrase) > 1 or keys[p + 1] in self.lex.determiners):
                    # (the clause's own verb: no modal of another verb stands in the sentence, as
                    # in "For each claim that refers to a defect, the Insurer shall pay up to")
                    return not any(c.category == "modal" and c.end != p for c in cues)
        # (or a verb of classing after the figure, which then names what falls in the class: "a
        # donor aged over 60 years shall be classified as an extended criteria donor";
        # lexicon: classing_verbs)
        for q in range(k + 1, len(keys)):
            if any(ch in text[tokens[q - 1].end:tokens[q].start] for ch in ".;:"):
                return False
            if any(tuple(keys[q:q + len(phrase)]) == phrase for phrase in self.lex.classing_verbs):
                return not any(c.category == "modal" and c.end not in (q, q - 1) for c in cues)
        return False

    def _sets_coverage(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> bool:
        """Does the bound at word ``k`` say which things the commitment covers rather than how
        much it asks: in a trigger, a modifier of the subject, or of a quantified object?"""
        return self.in_trigger(keys, tokens, text, k) or self._in_quantified_object(keys, tokens, text, cues, k) or \
            self._in_field_of_rule(keys, tokens, text, k)

    def _in_field_of_rule(self, keys: list[str], tokens: list[Token], text: str, k: int) -> bool:
        """Does the figure at word ``k`` stand in the field a rule applies to ("This Act shall
        apply to enterprises that employ at least 3,000 employees"; lexicon: application_verbs,
        not those that are also verbs of giving, "shall cover at least 80% of the costs")? It
        says which things the rule covers, as a trigger does."""
        if self.lex.application_verbs.isdisjoint(keys[:k]):
            return False  # (cheap first: most clauses hold no such verb)
        # (the figure in a modifier of what follows "to", "enterprises that employ at least",
        # "enterprises employing more than", not an object of its own: "shall apply to imports of steel a tariff of no more than 5%")
        giving = {_stem(v) for v in self.lex.benefit_verbs}
        for p in range(k - 1, -1, -1):
            if any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:."):
                return False
            if keys[p] in self.lex.application_verbs and _stem(keys[p]) not in giving and keys[p + 1:p + 2] == ["to"]:
                return any(w in self.lex.subject_triggers or (w.endswith("ing") and len(w) > 5) for w in keys[p + 2:k])
        return False

    def _in_quantified_object(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> bool:
        """Is the figure at word ``k`` in a restrictive modifier of a quantified object of the
        commitment ("must declare any gift with a value above EUR 100", "shall not accept any
        payment that exceeds …"), or of the subject of a clause the commitment governs ("shall
        ensure that agglomerations of more than 2 000 population equivalent are provided …")?
        After the modal, a modifier word (lexicon: subject_triggers) before the figure and a
        quantifier (lexicon: quantifiers) before that, all within one stretch of text. Like a
        trigger, the figure then says which things are covered."""
        first_modal = min((c.start for c in cues if c.category == "modal"), default=None)
        if first_modal is None or first_modal >= k:
            return False
        # "of" opens such a modifier, and "that" a governed clause, only before a word of "more
        # than" ("agglomerations of more than 2 000"): "reserves of not less than USD 2,000,000"
        # is the quantity asked, not which reserves are covered
        start = self._threshold_start(keys, k)
        if start is not None and any(c.category in ("cap", "floor") and start - 1 <= c.end <= start for c in cues):
            start = None  # "is not exceeded more than 35 times": the bound is the cap's, no threshold
        threshold = start is not None
        # ("any payment exceeding £50,000", "each creator seeking to raise more than £10,000": the
        # word of "more than" opens the modifier itself)
        opener = start
        for p in range(k - 1, max(first_modal, k - 12), -1):
            if any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:.()"):
                return False
            if opener is not None and p >= opener:
                continue
            if opener is None and any(c.category in ("cap", "floor") and c.start == p and c.end <= k
                                      and not self.lex.bound_nouns.isdisjoint(c.phrase) for c in cues):
                return False  # "provide each worker with a minimum of 25 days": the quantity asked
            if opener is None and ((keys[p] in self.lex.subject_triggers and not (keys[p] == "that" and p and keys[p - 1] == "so")) or
                                   ((threshold or self._bound_written_after(keys, k)) and keys[p] == "of") or
                                   (self._participle_after_quantified_noun(keys, p) and self._bound_right_after(keys, cues, p, k))):
                opener = p
            elif opener is not None and (keys[p] in self.lex.quantifiers or (
                    threshold and keys[p] == "that" and not (
                        # (not a count that opens the clause: "shall ensure that no more than 200
                        # spectators are admitted" caps the spectators themselves)
                        all(w in self.lex.light_words or (w,) in self.lex.negations for w in keys[p + 1:opener])
                        and k + 1 < len(keys) and keys[k + 1] not in self.lex.time_units
                        and not _percent_after(text, tokens[k].end)))
                                         or ((threshold or self._bound_written_after(keys, k)) and keys[p] == "for"
                                             and p + 2 < k and keys[p + 2] in self.lex.subject_triggers)):
                # (or a bare plural the duty is "for": "shall publish notices for contracts with a
                # value above EUR 500,000", which contracts are covered)
                # "any gift with a value above", "ensure that (all) agglomerations of more than";
                # not "…, each lasting no more than 24 hours" (an apposition bounding each one),
                # nor "shall provide each employee with not less than 25 days" (a verb of giving
                # names what it gives after "with": the quantity asked; lexicon: benefit_verbs)
                if p and keys[p] in self.lex.quantifiers and keys[opener] in self.lex.subject_triggers and \
                        self._benefit_cap(keys, cues, k):
                    return False
                # (a comma that closes an aside after the modal is no apposition: "shall notify,
                # at least 42 days in advance, any exercise involving 9,000 or more troops")
                aside_closed = text[tokens[first_modal].end:tokens[p].start].count(",") % 2 == 0
                return not (p and keys[p] in self.lex.quantifiers and "," in text[tokens[p - 1].end:tokens[p].start]
                            and not aside_closed)
        # (the quantifier may stand on the other side only, where the modifier came or went with
        # it: "all related-party transactions" → "related-party transactions exceeding $120,000")
        if opener is not None and opener > first_modal + 1 and self._quantified_elsewhere(keys, keys[opener - 1]):
            return True
        # (or a bare plural right before the word of "more than" or "under", itself right before
        # the figure: "shall prohibit the sale of tobacco to persons under the age of 18", which
        # persons the duty protects; not "sales over the three calendar years", a period)
        noun = keys[start - 1] if threshold and start > first_modal + 1 else ""
        if threshold and not noun.endswith("s"):
            # ... or a bare plural before a modifier word that leads to the measure bounded:
            # "installations with a rated thermal input above 50 MW"
            # (the modifier word and an article: a measure named, not a clause, "whose arrival is
            # delayed by more than three hours", which the rules above read)
            lead = next((p for p in range(start - 1, max(first_modal + 1, start - 6), -1)
                         if keys[p] in self.lex.subject_triggers and keys[p + 1] in self.lex.indefinite_articles), None)
            if lead is not None:
                if self._benefit_cap(keys, cues, k):
                    return False  # "provide trainees with a stipend above EUR 800": the quantity given
                noun = keys[lead - 1]
        # (a currency between: "transactions exceeding EUR 15,000")
        at = k - 1 if k > 1 and keys[k - 1].isalpha() and _currency_before(text, tokens[k].start, self.lex.currency_symbols) \
            else k
        right_before = _after_age_of(keys, k) or keys[at - 1] in _last_words(self.lex.threshold_words) or \
            keys[at - 1] in _last_words(self.lex.lower_threshold_words)
        # (not a level a verb of keeping holds, "keep noise levels under 60 decibels": the
        # quantity asked; lexicon: ongoing_verbs)
        return right_before and noun.isalpha() and noun.endswith("s") and not noun.endswith("ss") and \
            noun not in self.lex.light_words and self._modal_verb(keys, cues, k) not in self.lex.ongoing_verbs

    def _participle_after_quantified_noun(self, keys: list[str], p: int) -> bool:
        """Is the word at ``p`` a participle in -ing right after a quantified noun ("each
        Investor holding at least 5% of the shares", "any bank employing more than 250
        staff")? It opens a modifier that says which of them are covered."""
        # (an adjective may stand between: "any collective redundancy affecting 20 or more")
        return p >= 2 and keys[p].endswith("ing") and len(keys[p]) > 5 and keys[p - 1].isalpha() and \
            keys[p - 1] not in self.lex.light_words and \
            (keys[p - 2] in self.lex.quantifiers or (p >= 3 and keys[p - 3] in self.lex.quantifiers
                                                     and keys[p - 2].isalpha() and keys[p - 2] not in self.lex.light_words))

    def _bound_right_after(self, keys: list[str], cues: list[_Cue], p: int, k: int) -> bool:
        """Does the figure at word ``k`` follow the word at ``p`` with nothing between but a bound
        ("holding at least 5%", "affecting 20 or more")? Then the figure is in the phrase that
        word opens ("affecting capacity at least seven days in advance" has ended before it)."""
        bound = {x for c in cues if c.category in ("cap", "floor") for x in range(c.start, c.end)}
        start = self._threshold_start(keys, k)
        rest = [x for x in range(p + 1, k) if x not in bound and (start is None or x < start)]
        # (or its own object and a preposition before the bound: "parties fielding candidates in
        # at least one sixth of constituencies")
        return not rest or (len(rest) <= 3 and keys[rest[-1]] in self.lex.light_words)

    def _quantified_elsewhere(self, keys: list[str], noun: str) -> bool:
        """Does the other side put a quantifier (lexicon: quantifiers) within three words before
        the same noun (or its other number)?"""
        other = self.b_keys if keys is self.a_keys else self.a_keys
        if not noun.isalpha() or noun in self.lex.light_words:
            return False
        stem = _stem(noun)
        return any(_stem(w) == stem and any(other[p] in self.lex.quantifiers for p in range(max(0, q - 3), q))
                   for q, w in enumerate(other))

    def _frequencies(self, keys: list[str]) -> list[tuple[float, int]]:
        """How often the clause asks for something, as (interval in days, word index):
        "quarterly", "once a quarter", "twice a year" (half a year), "every month"."""
        freq, units = self.lex.frequencies, self.lex.time_units
        out = []
        for k, key in enumerate(keys):
            # "a monthly salary" names a kind of pay, not how often; "on a monthly basis" is a
            # frequency like "monthly"
            if key in freq and (k == 0 or keys[k - 1] not in ("a", "an", "every", "each")
                                or keys[k + 1:k + 2] == ["basis"]):
                if key.endswith(("ly", "al")):  # (not the noun "quarter")
                    # "twice yearly" is every half year, "three times daily" every third of a day
                    times = FREQUENCY_COUNTS.get(keys[k - 1], 1) if k else 1
                    if k >= 2 and keys[k - 1] == "times":
                        times = float(words_value(keys[k - 2]) or (keys[k - 2] if keys[k - 2].isdigit() else 1))
                    out.append((freq[key] / times, k))
                continue
            if key in self.lex.interval_words:
                interval = self._interval_after(keys, k)
                if interval is None and k and "-" in keys[k - 1]:
                    # "at six-month intervals"
                    count, _, unit = keys[k - 1].rpartition("-")
                    n = float(count) if count.isdigit() else words_value(count)
                    interval = n * units[unit] if n and unit in units else None
                if interval is not None:  # "at intervals not exceeding seven days"
                    out.append((interval, k))
                continue
            if key not in ("a", "an", "every", "each", "per") or k + 1 >= len(keys):
                continue
            every_n = self._every_n(keys, k)
            if every_n is not None:  # "(once) every two years": the interval is the period
                out.append((every_n, k))
                continue
            # ("once every calendar month": a period modifier may stand before the unit, after a
            # count; "four meetings in every calendar year" counts the meetings elsewhere)
            counted = k > 0 and (keys[k - 1] in ("once", "twice", "times") or
                                 (k > 1 and keys[k - 1] == "in" and keys[k - 2] in ("once", "twice", "times")
                                  # (not under a cap, "no more than twice in every year": the cap's figure)
                                  and not any(c.category == "cap" and c.end == k - 2 for c in
                                              (self.old_cues if keys is self.a_keys else self.new_cues))))
            unit = keys[k + 2] if counted and keys[k + 1] in self.lex.period_modifiers and k + 2 < len(keys) \
                else keys[k + 1]
            days = freq.get(unit, units.get(unit))
            if days is None and "-" in unit:
                # "in each 24-hour period": a count of a unit, written as one word
                count, _, unit_word = unit.partition("-")
                if count.isdigit() and unit_word in units:
                    days, unit = int(count) * units[unit_word], unit_word
            # ("twice in each day": "in" may stand between the count and the period)
            before = keys[k - 2] if k >= 2 and keys[k - 1] == "in" else keys[k - 1] if k else ""
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

    def _interval_after(self, keys: list[str], k: int) -> float | None:
        """The interval in days after an interval word at ``k`` (lexicon: interval_words):
        "at intervals of 7 days", "at intervals not exceeding seven days" (a figure and a time
        unit within the fifteen words after it: "the interval between two calibrations shall be no
        longer than six months"), or None. It is how often, as "every 7 days" is."""
        for p in range(k + 1, min(len(keys) - 1, k + 16)):
            word, unit = keys[p], keys[p + 1]
            n = float(word) if word.isdigit() else words_value(word) if word.replace("-", "").isalpha() else None
            if n and unit in self.lex.time_units:
                return n * self.lex.time_units[unit]
        return None

    def _interval_floor(self, keys: list[str], k: int) -> bool:
        """Is the interval word at ``k`` bounded from below ("at intervals of at least 7 days",
        lexicon: floors, between it and its figure)? Otherwise it is a longest gap, or exact."""
        if keys[k] not in self.lex.interval_words:
            return False
        end = min(len(keys), self._interval_end(keys, k))
        return any(tuple(keys[p:p + len(f)]) == f for p in range(k + 1, end) for f in self.lex.floors if keys[p] == f[0])

    def _in_interval(self, keys: list[str], k: int) -> bool:
        """Is the figure at word ``k`` the interval of an interval word before it?"""
        return any(keys[p] in self.lex.interval_words and self._interval_after(keys, p) is not None
                   for p in range(max(0, k - 15), k))

    def _holds_over_time(self) -> bool:
        """Is each side's commitment a ban or a duty that holds over time (lexicon:
        ongoing_verbs: "shall be closed to all fishing", "shall keep … staffed")?"""
        def ongoing(keys: list[str], cues: list[_Cue]) -> bool:
            modal = next((c for c in cues if c.category == "modal"), None)
            if modal is None:
                return False
            return (self.negated(keys, modal) and self.prohibits(keys, modal)) or self._ongoing_verb(keys, modal)
        return ongoing(self.a_keys, self.old_cues) and ongoing(self.b_keys, self.new_cues)

    def _ongoing_verb(self, keys: list[str], modal: _Cue) -> bool:
        """Is the first word of substance after the modal a verb of a duty that holds over time
        (lexicon: ongoing_verbs: "shall keep", "shall be closed")?"""
        return next((w for w in keys[modal.end:modal.end + 3] if w not in self.lex.light_words), None) \
            in self.lex.ongoing_verbs

    def _by_context(self, removed: list, added: list) -> list[tuple]:
        """Pairs of figures of one role, in order, unless the words before one figure name
        another's on the other side ("its final report by 30 September" pairs with "its final
        report by 31 January", not with the "interim report by 30 June" put before it)."""
        if len(removed) < 2 and len(added) < 2:
            return list(zip(removed, added))

        def before(keys: list[str], k: int) -> tuple:
            return tuple(keys[max(0, k - 3):k])
        # (the best-matched first, then in order: each figure once)
        scored = sorted(((-sum(w in before(self.a_keys, r[5]) for w in before(self.b_keys, a[5])), i + j, i, j)
                         for i, r in enumerate(removed) for j, a in enumerate(added)))
        used_r, used_a, pairs = set(), set(), []
        for _, _, i, j in scored:
            if i not in used_r and j not in used_a:
                used_r.add(i)
                used_a.add(j)
                pairs.append((i, j))
        return [(removed[i], added[j]) for i, j in sorted(pairs)]

    def _past_period_modifiers(self, keys: list[str], k: int) -> int:
        """The first word from ``k`` on that is no period modifier ("working", "weather
        working": lexicon: period_modifiers)."""
        while k < len(keys) and keys[k] in self.lex.period_modifiers:
            k += 1
        return k

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
        if len(old) == 1 and len(new) == 1 and self._interval_floor(self.a_keys, old[0][1]) != \
                self._interval_floor(self.b_keys, new[0][1]):
            # a longest gap turned into a shortest one ("at intervals not exceeding 7 days" /
            # "at intervals of at least 7 days"): another rule, no one direction
            i, j = old[0][1], new[0][1]
            old_txt = " ".join(t.text for t in self.a[i:self._interval_end(self.a_keys, i)])
            new_txt = " ".join(t.text for t in self.b[j:self._interval_end(self.b_keys, j)])
            self.add_frequency("modified", f"interval bound changed: '{old_txt}' → '{new_txt}'", old_txt, new_txt,
                               _span(self.a, i, self._interval_end(self.a_keys, i)),
                               _span(self.b, j, self._interval_end(self.b_keys, j)))
            return
        # (several on each side, as many, are paired in order: "tested monthly and a full test
        # carried out annually" → "quarterly … every three years")
        if len(old) != len(new) or not old:
            return
        pairs = list(zip(old, new))
        if len(old) > 1:
            # each by the word it follows, where that pairs them one to one ("tested monthly and
            # inspected annually" → "inspected annually and tested monthly": nothing changed;
            # "narrative reports quarterly and a financial report annually" → "… annually …
            # quarterly": swapped); else in order
            before_old = [self.a_keys[i - 1] if i else "" for _, i in old]
            before_new = [self.b_keys[j - 1] if j else "" for _, j in new]
            if len(set(before_old)) == len(old) and sorted(before_old) == sorted(before_new):
                pairs = [(o, new[before_new.index(w)]) for o, w in zip(old, before_old)]
        for (r, i), (a, j) in pairs:
            self._compare_frequency(r, i, a, j)

    def _turn_before(self, keys: list[str], tokens: list[Token], text: str, k: int) -> bool:
        """Does a verb of taking turns (lexicon: turn_verbs) govern the frequency at word ``k``:
        stand before it in its clause, no comma or conjunction between?"""
        if self.lex.turn_verbs.isdisjoint(keys):
            return False
        for p in range(k - 1, max(-1, k - 10), -1):
            if keys[p] in self.lex.turn_verbs:
                return True
            if (keys[p],) in self.lex.conjunctions or any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:."):
                return False
        return False

    def _compare_frequency(self, r: float, i: int, a: float, j: int) -> None:
        """One frequency of each side compared (see frequencies)."""
        # (within 5 %: "every three months" is "quarterly", 90 and 91 days; hours count as
        # much as years: "every 4 hours" → "every eight hours")
        if abs(r - a) < 0.05 * max(r, a):
            return
        # (a shortest gap changed, "at intervals of at least 7 days": whether that limits the act
        # or the party cannot be told, so no direction)
        floor_gap = self._interval_floor(self.a_keys, i)
        # (the "not" of a cap, "at intervals not exceeding", negates no commitment)
        binding = all(any(c.category == "modal" and c.strength >= BEST_EFFORTS and not self.negated(keys, c) for c in cues)
                      and not any(c.category == "negation" and not any(b.category == "cap" and b.start == c.end for b in cues)
                                  for c in cues)
                      for keys, cues in ((self.a_keys, self.old_cues), (self.b_keys, self.new_cues)))
        # (from the count: "twice in each 24-hour period", "three times a year"; to the unit
        # of an interval. The word before is shown only when it is the count: in "the quota
        # for beef every three years" it is the object, which may have changed on its own)
        i0, j0 = self._frequency_start(self.a_keys, i), self._frequency_start(self.b_keys, j)
        i1 = self._interval_end(self.a_keys, i)
        j1 = self._interval_end(self.b_keys, j)
        old_txt = " ".join(t.text for t in self.a[i0:i1])
        new_txt = " ".join(t.text for t in self.b[j0:j1])
        span_o = _span(self.a, i0, min(len(self.a), i1))
        span_n = _span(self.b, j0, min(len(self.b), j1))
        # (how often an office changes hands, "shall rotate among the members every eight months":
        # a turn taken more often asks no more of anyone; lexicon: turn_verbs)
        turns = self._turn_before(self.a_keys, self.a, self.old_text, i) and \
            self._turn_before(self.b_keys, self.b, self.new_text, j)
        if not binding or floor_gap or turns:
            self.add_frequency("modified", f"frequency changed: '{old_txt}' → '{new_txt}'", old_txt, new_txt, span_o, span_n)
            return
        effect = "hardened" if a < r else "softened"
        more = "more" if a < r else "less"
        self.add_frequency(effect, f"{effect}: {more} often, '{old_txt}' → '{new_txt}'", old_txt, new_txt, span_o, span_n)

    @staticmethod
    def _frequency_start(keys: list[str], k: int) -> int:
        """Where the words of the frequency at ``k`` start: at its count ("once", "twice",
        "three times") where one stands before it, else at ``k``."""
        before = k - 2 if k >= 2 and keys[k - 1] == "in" else k - 1
        if before >= 0 and (keys[before] in _FREQUENCY_WORDS or keys[before] == "times"):
            return before - 1 if keys[before] == "times" and before >= 1 else before
        return k

    def _interval_end(self, keys: list[str], k: int) -> int:
        """Where the words of the frequency at ``k`` end: after the time unit of an interval
        ("at intervals not exceeding five years"), else two words on ("every month")."""
        if keys[k] in self.lex.interval_words:
            return next((p + 1 for p in range(k + 1, min(len(keys), k + 16)) if keys[p] in self.lex.time_units), k + 2)
        if self._every_n(keys, k) is not None or (k + 2 < len(keys) and keys[k + 1] in self.lex.period_modifiers):
            return k + 3  # "every two years", "every calendar month"
        if keys[k] in self.lex.frequencies and (k + 1 >= len(keys) or keys[k + 1] not in self.lex.time_units):
            return k + 1  # one word ("monthly and a full test …"): what follows is no part of it
        return k + 2

    def chosen_day(self) -> None:
        """The pick of a choice between two days swapped ("until the Child attains 21 or
        completes full-time education, whichever is later" → "whichever is earlier"; lexicon:
        choice_words, later_words, earlier_words). After a word of "until" in a binding clause
        a later day binds for longer (hardened); after a deadline word in a duty, a later day
        leaves longer to act (softened). Elsewhere, or where the two sides differ in which
        word governs the choice, the content rules read it."""
        lex = self.lex
        if not lex.choice_words or lex.choice_words.isdisjoint(self.a_keys) or lex.choice_words.isdisjoint(self.b_keys):
            return
        old = self._day_picked(self.a_keys, self.a, self.old_text)
        new = self._day_picked(self.b_keys, self.b, self.new_text)
        if old is None or new is None or old[0] == new[0] or old[2] != new[2]:
            return
        later, governed = new[0], old[2]
        if governed == "until" and self._binding_firmly():
            effect = "hardened" if later else "softened"
            what = f"the commitment ends on the {'later' if later else 'earlier'} of two days"
        elif governed == "deadline" and self._binding_both():
            effect = "softened" if later else "hardened"
            what = f"the deadline is the {'later' if later else 'earlier'} of two days"
        else:
            return
        i, j = old[1], new[1]
        self.evidence.append(Evidence("deadline", effect, self.a[i].text, self.b[j].text, f"{effect}: {what}",
                                      _span(self.a, i, i + 1), _span(self.b, j, j + 1)))

    def _day_picked(self, keys: list[str], tokens: list[Token], text: str) -> tuple[bool, int, str | None] | None:
        """(later picked, the picking word's index, "until" or "deadline": the word that governs
        the choice in its sentence, or None) for the one choice of a side, or None."""
        at = [k for k, w in enumerate(keys) if w in self.lex.choice_words]
        if len(at) != 1:
            return None
        pick = next((p for p in range(at[0] + 1, min(len(keys), at[0] + 4))
                     if keys[p] in self.lex.later_words or keys[p] in self.lex.earlier_words), None)
        if pick is None:
            return None
        governed = None
        for p in range(at[0] - 1, -1, -1):
            if any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ".;:"):
                break
            if keys[p] in self.lex.until_words:
                governed = "until"
                break
            if any(tuple(keys[p:p + len(d)]) == d for d in self.lex.deadline_words if d[0] == keys[p]):
                governed = "deadline"
                break
        return keys[pick] in self.lex.later_words, pick, governed

    def add_frequency(self, effect, message, old, new, old_span, new_span) -> None:
        self.evidence.append(Evidence("deadline", effect, old, new, message, old_span, new_span))

    def _share_for_all(self, n, text: str, other_keys: list[str], keys: list[str]) -> bool:
        """A minimum share below the whole ("at least 80% of the sessions", "four fifths of")
        standing where the other side asked for all of them ("all scheduled sessions", "the
        consent of all Shareholders", "their full replacement value"): the other side's "all"
        was a share of 100 %, so the minimum lowered it (or, the other way round, raised it)."""
        return self._percent(n, text) and isinstance(n[0], float) and n[0] < 100 and \
            not self.lex.whole_words.isdisjoint(other_keys) and self.lex.whole_words.isdisjoint(keys)

    def _share_of_bounded_whole(self, n, text: str, other_keys: list[str], keys: list[str]) -> bool:
        """A share below the whole ("not less than 80% of its agreed value") where the other
        side set the same bound on the whole itself ("not less than its agreed value"), the
        same words after it: the bound now stops at that share of what it bounded (a minimum
        lowered, a cap lowered)."""
        if not (self._percent(n, text) and isinstance(n[0], float) and n[0] < 100):
            return False
        k = n[5]
        cues, other_cues = (self.old_cues, self.new_cues) if keys is self.a_keys else (self.new_cues, self.old_cues)
        bound = next((c for c in cues if c.category in ("cap", "floor") and c.end == k), None)
        if bound is None or keys[k + 1:k + 2] != ["of"]:
            return False
        whole = keys[k + 2:k + 5]
        return len(whole) == 3 and any(c.phrase == bound.phrase and other_keys[c.end:c.end + 3] == whole for c in other_cues)

    def _after_clause_qualifier(self, keys: list[str], k: int) -> bool:
        """Does a clause qualifier (lexicon: clause_qualifiers: "subject to a deductible of EUR
        250") open within the eight words before the figure at word ``k``?"""
        return any(tuple(keys[p:p + len(q)]) == q for p in range(max(0, k - 8), k)
                   for q in self.lex.clause_qualifiers if keys[p] == q[0])

    def _minimum_per(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> bool:
        """Does "for every" before the figure at word ``k`` count what a binding minimum is owed
        for ("shall have at least one nurse for every four patients")? The nearest bound before
        it in its sentence is a minimum, and the nearest modal before it binds."""
        stop = next((p for p in range(k - 1, 0, -1) if any(ch in text[tokens[p - 1].end:tokens[p].start] for ch in ".;")), 0)
        bound = next((c for c in reversed(cues) if c.category in ("cap", "floor") and stop <= c.start and c.end <= k - 2), None)
        modal = next((c for c in reversed(cues) if c.category == "modal" and stop <= c.start and c.end <= k), None)
        return bound is not None and bound.category == "floor" and modal is not None and \
            modal.strength >= self.binding and not self.negated(keys, modal)

    def _deducted(self, keys: list[str], k: int) -> bool:
        """Does a word of deduction (lexicon: deduction_words) stand within
        thresholds.deduction_reach words before the figure at word ``k`` ("less an excess of")?"""
        reach = int(self.lex.thresholds.get("deduction_reach", 5))
        # (not a bound: "claims of less than £500", "nothing less than 100 euros")
        return any(tuple(keys[p:p + len(d)]) == d and keys[p + len(d):p + len(d) + 1] != ["than"]
                   and not (p and keys[p - 1] in ("no", "not", "nothing"))
                   for p in range(max(0, k - reach), k) for d in self.lex.deduction_words if keys[p] == d[0])

    def _benefit_cap(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Does a binding, unnegated modal govern a verb of giving (lexicon: benefit_verbs)
        before the capped figure at word ``k``, in the same sentence? Or any verb of doing,
        with "up to" before the figure ("shall carry out up to two rounds of revisions", "shall
        clear fly-tipped waste of up to 2 cubic metres"): how far the duty reaches, and more of
        it is more owed (not a verb of keeping within or cutting back: "shall keep noise up to",
        "shall reduce … by up to"; lexicon: ongoing_verbs, reduction_verbs, hindering_verbs)."""
        verb = self._modal_verb(keys, cues, k)
        if verb is None:
            return False
        if verb in self.lex.benefit_verbs:
            return True
        start = k - 1 if k and not keys[k - 1].isalpha() else k  # (past a currency sign)
        up_to = next((c for c in cues if c.category in ("cap", "hedge") and c.phrase[:2] == ("up", "to")
                      and c.end <= start and start - c.end <= 3), None)
        # (and no other bound word before it: "shall be limited to up to a maximum of 50 mg")
        return up_to is not None and verb not in self.lex.ongoing_verbs and verb not in self.lex.reduction_verbs and \
            verb not in self.lex.hindering_verbs and not any(
                c.category == "cap" and c.phrase[:2] != ("up", "to") and c.end <= up_to.start for c in cues)

    def _modal_verb(self, keys: list[str], cues: list[_Cue], k: int) -> str | None:
        """The verb a binding, unnegated modal governs before the figure at word ``k``, in the
        same sentence ("shall provide", "shall keep"), or None."""
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        for c in reversed(cues):
            if c.category != "modal" or c.end > k:
                continue
            if c.strength <= BEST_EFFORTS or self.negated(keys, c) or \
                    any(ch in text[tokens[c.end - 1].end:tokens[k].start] for ch in ".;:"):
                return None
            return next((w for w in keys[c.end:c.end + 3] if w.isalpha() and (w,) not in self.lex.negations
                         and w not in self.lex.light_words), None)
        return None

    def _unbound_reading(self, r, a) -> tuple[str, str, str, str, str] | None:
        """Two figures with no bound word whose place still says which way is stronger: the
        date an exemption ends ("The derogation shall expire on 31 December 2030" → "2027": the
        rule back sooner) or the amount of a penalty ("liquidated damages of 5 per cent" → "of
        15 per cent": heavier). (evidence kind, the effect of a higher figure, what it is, the
        words for higher and lower), or None."""
        if not (isinstance(r[0], float) and isinstance(a[0], float)) or r[0] == a[0]:
            return None
        if self._exemption_ends(self.a_keys, r[5]) and self._exemption_ends(self.b_keys, a[5]):
            return "deadline", "softened", "the exemption ends", "later", "earlier"
        if self._penalty_amount(self.a_keys, self.old_cues, r[5]) and self._penalty_amount(self.b_keys, self.new_cues, a[5]):
            return "number", "hardened", "penalty", "raised", "lowered"
        return None

    def _exemption_ends(self, keys: list[str], k: int) -> bool:
        """Is the figure at word ``k`` the date an exemption ends ("The derogation … shall expire
        on 31 December 2030"; lexicon: expiry_verbs, exemption_nouns): a verb of ending right
        before its "on", "at" or "by", and an exemption noun in the words before that verb?"""
        if k < 2 or keys[k - 1] not in ("on", "at", "by") or keys[k - 2] not in self.lex.expiry_verbs:
            return False
        # (the noun heads the subject, among its first words: "The derogation permitting …
        # shall expire", not "Without prejudice to the exemptions in Article 3, this Agreement")
        return any(w in self.lex.exemption_nouns for w in keys[:3])

    def _penalty_amount(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Is the figure at word ``k`` the amount of a penalty a binding clause sets ("shall incur
        liquidated damages of 5 per cent of the shortfall", "is liable to a fine of EUR 500";
        lexicon: penalties), with no bound word of its own? A penalty word, then "of" right
        before the figure (or its currency), within three words, after a modal."""
        start = k - 1 if k and keys[k - 1].isalpha() and keys[k - 1] != "of" else k  # (past "EUR")
        if start < 1 or keys[start - 1] != "of":
            return False
        before = keys[max(0, start - 4):start - 1]
        modals = [c for c in cues if c.category == "modal" and c.end <= start]
        # (not a penalty given up or denied: "shall waive fines of EUR 500", "shall not be liable
        # for damages of EUR 500")
        clause = keys[modals[-1].end:start] if modals else []
        return not self.lex.penalties.isdisjoint(before) and bool(modals) and \
            not any(self.negated(keys, c) for c in modals) and \
            self.lex.relief_words.isdisjoint(clause) and self.lex.remission_verbs.isdisjoint(clause)

    def penalty_near(self, keys: list[str], k: int, cues: list[_Cue] = (), tokens: list[Token] = (),
                     text: str = "") -> bool:
        # (in the ten words before the figure and the three after: "total liability under this
        # Agreement shall not exceed 1"; not one the clause denies, "without penalty")
        if any(self._penalty_named(keys, q, k) for q in range(max(0, k - 10), min(len(keys), k + 4))):
            return True
        # ... or the subject of the commitment whose modal stands before the figure, however
        # long its modifiers ("The maximum aggregate liability of the Guarantor under this
        # Guarantee shall not exceed EUR 5,000,000"): what the bound limits is that subject.
        # The subject runs back from the modal to the start of its sentence or clause (a
        # full stop, semicolon or colon before it).
        # (a negated verb of exceeding, "shall not exceed", is the cap that holds the modal)
        modal = next((c for c in reversed(cues) if c.end <= k and (c.category == "modal" or (
            c.category == "cap" and c.phrase[-1] in self.lex.exceed_verbs))), None)
        if modal is None or not tokens:
            return False
        start = modal.start
        while start > 0 and not any(ch in text[tokens[start - 1].end:tokens[start].start] for ch in ".;:"):
            start -= 1
        return any(self._penalty_named(keys, q, modal.start) for q in range(start, modal.start))

    def _penalty_named(self, keys: list[str], q: int, limit: int) -> bool:
        """Is the word at ``q`` (before ``limit``) a penalty the figure may bound (lexicon:
        penalties)? Not one the clause denies ("may reduce the block by up to 20% without
        penalty")."""
        return q < limit + 4 and keys[q] in self.lex.penalties and not (q and keys[q - 1] in ("without", "no"))

    def event_deadline(self) -> None:
        """A time limit set by an event, with no figure, added at the end of a binding duty ("shall
        register the trial" → "… before the first participant is enrolled", "… not later than
        the completion of the adult studies"; lexicon: date_deadlines) is a deadline added:
        hardened; dropped, softened. The clause's one edit, the phrase running to the end of
        the sentence, the duty positive and binding (at least list_item_min_strength) and
        before it, with no deadline word elsewhere on the other side."""
        edits = [op for op in self.opcodes if op[0] != "equal"]
        if len(edits) != 1 or edits[0][0] not in ("insert", "delete"):
            return
        tag, i1, i2, j1, j2 = edits[0]
        added = tag == "insert"
        keys, tokens, text, cues, other_cues = (self.b_keys, self.b, self.new_text, self.new_cues, self.old_cues) if added \
            else (self.a_keys, self.a, self.old_text, self.old_cues, self.new_cues)
        lo, hi = (j1, j2) if added else (i1, i2)
        # (the longest: "before the end of", not "before", whatever the set's order)
        phrase = max((p for p in self.lex.date_deadlines if tuple(keys[lo:lo + len(p)]) == p), key=len, default=None)
        if phrase is None or hi - lo <= len(phrase) + 1 or text[tokens[hi - 1].end:].strip() not in ("", ".", ";") or \
                any(w[:1].isdigit() for w in keys[lo:hi]):
            return
        if phrase == ("by",) and lo and past_participle(keys[lo - 1], self.lex.participles):
            return  # "shall be approved by the board": the agent of a passive, no time
        if not self._names_a_time(keys[lo:hi]):  # (the deadline words too: "before the end of")
            return  # "shall appear before the tribunal", "deliver the goods by road": a place or means
        other_keys = self.a_keys if added else self.b_keys
        if any(c.category == "deadline" and (c.phrase in self.lex.date_deadlines or any(
                w[:1].isdigit() for w in other_keys[c.end:c.end + 3])) for c in other_cues):
            return  # (a time limit there already: moved or replaced, the number rules' to read; "in a
            # database" is none)
        binding = self.binding
        modals = [c for c in cues if c.category == "modal" and c.end <= lo]
        # (the commitment's modal is the first; a later one may be a noun's "plan to")
        if not modals or modals[0].strength < binding or any(self.negated(keys, c) or self.in_condition(keys, c)
                                                             for c in modals):
            return
        span = _span(tokens, lo, hi)
        shown = text[span[0]:span[1]]
        if added:
            self.evidence.append(Evidence("deadline", "hardened", None, shown, f"hardened: deadline '{shown}' added",
                                          None, span))
        else:
            self.evidence.append(Evidence("deadline", "softened", shown, None, f"softened: deadline '{shown}' removed",
                                          span, None))

    def _names_a_time(self, words: list[str]) -> bool:
        """Do the words after a deadline word name a time or an event: a clause of its own (a
        verb after its subject: "the first participant is enrolled", "it occurred"), an event
        told as a noun ("the completion of the studies"), or a point of a period ("the end of
        the shift", "the next regular payday"; lexicon: time_units, event_nouns)?"""
        lex = self.lex
        return any(w in lex.copulas or w in lex.time_units or w in lex.event_nouns or
                   w.endswith(_EVENT_NOUN_ENDINGS) or w.endswith("day") for w in words) or \
            any(w.endswith("ed") and k and words[k - 1] not in lex.light_words for k, w in enumerate(words))

    def numbers(self) -> None:
        """The figures of both sides compared (see _compare_figures), then a promptness word
        that a deadline replaced (lexicon: prompt_words). A short deadline ("without undue
        delay" → "within 24 hours of becoming aware", at most thresholds: prompt_max_days) says
        how prompt, and decides; a longer one ("immediately" → "within 30 days") is no longer
        prompt, and the word gone decides."""
        self._deadlines_moved: list = []  # the periods (in days) of deadlines that came or went
        self._compare_figures()
        prompt = self.lex.prompt_words
        if not prompt or not self._deadlines_moved:
            return
        came = any(e.kind == "deadline" and e.old is None and e.new is not None for e in self.evidence)
        went = any(e.kind == "deadline" and e.new is None and e.old is not None for e in self.evidence)

        def prompt_gone(e) -> bool:  # the promptness word on the side the deadline is not
            return e.kind == "strengthener" and ((came and e.new is None and (e.old or "").lower() in prompt) or
                                                 (went and e.old is None and (e.new or "").lower() in prompt))
        if not any(prompt_gone(e) for e in self.evidence):
            return
        short = self.lex.thresholds.get("prompt_max_days", 3)
        if all(isinstance(d, float) and d <= short for d in self._deadlines_moved):
            # as prompt or more: the deadline says how prompt
            self.evidence = [e for e in self.evidence if not prompt_gone(e)]
        else:
            # "immediately" → "within 30 days": no longer prompt, whatever the figure; the word decides
            self.evidence = [e for e in self.evidence if not (e.kind == "deadline" and (e.old is None) != (e.new is None))]

    def _ratio_unit(self, n, nums: list, other_nums: list, other_keys: list[str]) -> bool:
        """Is ``n`` the "one" of a ratio told the other way round on the other side ("at least
        one instructor for every eight participants" / "no more than eight participants for each
        instructor")? A minimum of one with a count per so many after it on its side, where the
        other side caps that count, for each one."""
        if n[0] != 1.0 or n[4] != "floor":
            return False
        keys = self.a_keys if other_keys is self.b_keys else self.b_keys

        def per_at(words: list[str], p: int) -> int | None:  # the word after "for every", "per"
            if words[p:p + 2] in (["for", "each"], ["for", "every"]):
                return p + 2
            return p + 1 if words[p] == "per" else None

        def value(word: str) -> float | None:
            return float(word) if word.isdigit() else (float(words_value(word)) if words_value(word) else None)

        counts = {value(keys[q]) for p in range(n[5] + 1, min(len(keys), n[5] + 6))
                  if (q := per_at(keys, p)) is not None and q < len(keys)}
        return any(m[4] == "cap" and m[0] in counts and any(
            per_at(other_keys, p) is not None for p in range(m[5] + 1, min(len(other_keys), m[5] + 5)))
            for m in other_nums)

    def _unit_after(self, nums: list, tokens: list[Token], keys: list[str]) -> list[str]:
        """The unit of each figure: the last word of its span where that is a unit of time or
        measure ("56 days", "2 kg"), else the word after it ("3000 K", "2,000 lumens"), or ""
        where none follows."""
        starts = [t.start for t in tokens]
        out = []
        for n in nums:
            last = n[3].lower().split()[-1:] if " " in n[3] else []
            if last and (last[0] in self.lex.time_units or last[0] in self.lex.measure_units):
                out.append(last[0])
                continue
            k = bisect.bisect_left(starts, n[1][1])
            out.append(keys[k] if k < len(keys) else "")
        return out

    def _paired_by_unit(self, old_nums: list, new_nums: list) -> tuple[list, list] | None:
        """(removed, added) with each figure facing the one of the same unit on the other side,
        where every figure has a unit of its own (a word, no light word) and both sides name the
        same units; else None."""
        old_units = self._unit_after(old_nums, self.a, self.a_keys)
        new_units = self._unit_after(new_nums, self.b, self.b_keys)
        # (in the same order: where the units moved between the figures, "14 days … 8 weeks" →
        # "2 weeks … 60 days", each figure keeps its place, not its unit)
        if len(set(old_units)) != len(old_units) or old_units != new_units or \
                any(not u.isalpha() or u in self.lex.light_words for u in old_units):
            return None
        if sorted(str(n[0]) for n in old_nums) == sorted(str(n[0]) for n in new_nums):
            return None  # (every value on both sides, each in another unit: restated, "14 days" / "2 weeks")
        new_by_unit = dict(zip(new_units, new_nums))
        pairs = [(o, new_by_unit[u]) for o, u in zip(old_nums, old_units) if o[0] != new_by_unit[u][0]]
        return [o for o, _ in pairs], [a for _, a in pairs]

    def _count_bound(self, n, keys: list[str], text: str) -> tuple[float, bool] | None:
        """(the least count allowed, from below) of a bounded count with no unit ("more than
        once" is at least 2, "two or more times" at least 2; "fewer than five" at most 4), or
        None for a figure that is no whole count or has a unit of measure, time or money
        (lexicon: currency_symbols, whose names are read after the figure)."""
        if not isinstance(n[0], float) or n[0] != int(n[0]) or _percent_after(text, n[1][1]) or \
                _currency_before(text, n[1][0], self.lex.currency_symbols) or \
                any(w in self.lex.time_units or w in self.lex.measure_units for w in n[3].lower().split()) or \
                keys[n[5] + 1:n[5] + 2] and keys[n[5] + 1] in self.lex.currency_symbols:
            return None  # (nor an amount named after its figure: "more than 1,000 euros")
        match = self._threshold_match(keys, n[5])
        if match is not None:
            return (n[0] - 1, False) if match[1] else (n[0] + 1, True)  # strict: one past the figure
        if n[4] in ("cap", "floor"):
            return n[0], n[4] == "floor"
        return None

    def _next_count(self, r, a) -> bool:
        """Are two bounded counts one bound told strictly and inclusively ("occurs more than
        once" / "appears two or more times", "fewer than five" / "no more than four")?"""
        if r[0] == a[0] or any(c.category == "modal" and self.negated(keys, c)
                               for keys, cues in ((self.a_keys, self.old_cues), (self.b_keys, self.new_cues)) for c in cues):
            return False  # (a negated modal turns the bound round: "shall not be required to … more than one")
        cr, ca = self._count_bound(r, self.a_keys, self.old_text), self._count_bound(a, self.b_keys, self.new_text)
        return cr is not None and cr == ca

    def _strictly_before(self, keys: list[str], k: int) -> bool:
        """Is the date at word ``k`` one the deadline must come before ("before 1 April"; not
        "on or before", which includes it)?"""
        return k >= 1 and keys[k - 1] == "before" and not (k >= 2 and keys[k - 2] == "or")

    def _day_before(self, r, a) -> bool:
        """Are two deadline dates one day told two ways: "before 1 April" and "no later than 31
        March" (a date the deadline must come before is the day before it, inclusive)?"""
        if not (r[4] == a[4] == "deadline" and isinstance(r[0], float) and isinstance(a[0], float)):
            return False
        r_strict, a_strict = self._strictly_before(self.a_keys, r[5]), self._strictly_before(self.b_keys, a[5])
        if r_strict == a_strict:
            return False
        strict, inclusive = (r[0], a[0]) if r_strict else (a[0], r[0])
        return inclusive in _days_before(strict)

    def _kinds_differ(self, r, a) -> bool:
        """Is one figure a period and the other a measure ("at least 10 years old" / "at least
        1.3 metres tall")? Such a bound is another test, not the same one moved."""
        def kind(n) -> str:
            words = n[3].lower().split()
            return "time" if any(w in self.lex.time_units for w in words) else \
                "measure" if any(w in self.lex.measure_units for w in words) else ""
        kinds = {kind(r), kind(a)}
        return kinds == {"time", "measure"}

    def _counts_frequency(self, keys: list[str], last: int) -> bool:
        """Is the figure ending at word ``last`` the count of a frequency ("3 times a year",
        "two times each day"; not "5 times in each year", whose count the frequency rule does
        not read)?"""
        return keys[last + 1:last + 2] == ["times"] and last + 2 < len(keys) and keys[last + 2] != "in" and \
            (keys[last + 2] in FREQUENCY_FOLLOWERS or keys[last + 2] in self.lex.frequencies)

    def _same_frequencies(self) -> bool:
        """Do both sides ask for the same frequencies ("at least twice daily" / "no fewer than
        two times each day")? Then the counts in them are that frequency restated, however
        each side writes its count, and a bound on one is the bound on the other."""
        old, new = self._frequencies(self.a_keys), self._frequencies(self.b_keys)
        return bool(old) and len(old) == len(new) and all(abs(r - a) < 0.05 * max(r, a) for (r, _), (a, _) in zip(old, new))

    def _compare_figures(self) -> None:
        old_nums = self._numbers(self.old_text, self.a)
        new_nums = self._numbers(self.new_text, self.b)
        self._old_nums, self._new_nums = old_nums, new_nums
        if ("times" in self.a_keys or "times" in self.b_keys) and self._same_frequencies():
            # (the counts of frequencies both sides ask alike are read by the frequency rule)
            old_nums = [n for n in old_nums if not self._counts_frequency(self.a_keys, n[5])]
            new_nums = [n for n in new_nums if not self._counts_frequency(self.b_keys, n[5])]
        old_vals = [n[0] for n in old_nums]
        new_vals = [n[0] for n in new_nums]
        # By value, not by word position: the word diff may align "100" of "$100 billion" with
        # "100" of "100 days", which are different numbers.
        # A value that still occurs on the other side was repeated, not changed.
        removed = [n for n in old_nums if n[0] not in new_vals]
        added = [n for n in new_nums if n[0] not in old_vals]
        if len(old_nums) == len(new_nums) >= 2 and not set(old_vals).isdisjoint(new_vals):
            # (each figure by its unit, where both sides name the same units once each: "3000 K
            # and 2,000 lumens" → "2700 K and 3,000 lumens" lowered one and raised the other)
            by_unit = self._paired_by_unit(old_nums, new_nums)
            if by_unit is not None:
                removed, added = by_unit
        else:
            by_unit = None
        if len(old_vals) != len(set(old_vals)) or len(new_vals) != len(set(new_vals)):
            # (a value that stands more often on one side: the occurrence whose word after it
            # the other side's do not share changed, "at least 200 nautical miles … and 200
            # metres in depth" → "at least 50 nautical miles … and 200 metres")
            removed, added = self._extra_occurrences(old_nums, new_nums, removed, added)
        if removed or added:
            removed = [n for n in removed if not self._ratio_unit(n, old_nums, new_nums, self.b_keys)]
            added = [n for n in added if not self._ratio_unit(n, new_nums, old_nums, self.a_keys)]
        self._counted_days(old_nums, new_nums)
        self._currency_changed(old_nums, new_nums)
        self._ordinal_swapped(old_nums, new_nums)
        if self._date_range_changed():
            return
        self._bound_turned(old_nums, new_nums)
        fixed = self._cap_to_figure(old_nums, new_nums)
        if fixed:
            removed = [n for n in removed if id(n) not in fixed]
            added = [n for n in added if id(n) not in fixed]
        # (read here, before the lone number words below are dropped, and again once the other
        # filters have left one figure each way: it pairs only one with one)
        if removed and added:
            removed, added = self._unit_written_once(removed, added)
            removed, added = _drop_matched(removed, added, self._day_before)
            removed, added = _drop_matched(removed, added, self._next_count)
        if ((len(removed) == 2 and not added) or (len(added) == 2 and not removed)) and \
                self._ban_window(removed or added, "old" if removed else "new"):
            return
        if len(removed) == 2 and len(added) == 2 and self._windows_compared(removed, added):
            return
        if not removed and not added:
            self._swapped_numbers(old_nums, new_nums)
        # A number in digits on one side and as a lone number word on the other ("12 nautical
        # miles" / "twelve nautical miles", "40%" / "forty per cent"): the same number written
        # another way. A lone number word is otherwise a word ("one of the Parties"), so it
        # counts only where the other side lost the same value and this side gained the word.
        if removed or added:
            # (only the words no figure of their side holds: "less than ten metres", read as a
            # figure, is the "within ten metres" the other side has as a word)
            old_words = _free_number_words(self.a_keys, self.a, self.old_text, old_nums, self.lex.measure_units)
            new_words = _free_number_words(self.b_keys, self.b, self.new_text, new_nums, self.lex.measure_units)
            removed = [n for n in removed if not (n[4] != "reference" and new_words[n[0]] > old_words[n[0]])]
            added = [n for n in added if not (n[4] != "reference" and old_words[n[0]] > new_words[n[0]])]
        # "more than half" (or "over 50 per cent") of a body is its majority: the same share
        # where the other side says "majority" (lexicon: majority_words) and this one does not
        if (removed or added) and self.lex.majority_words:
            old_maj, new_maj = self._simple_majority(self.a_keys), self._simple_majority(self.b_keys)
            if old_maj != new_maj:
                removed = [n for n in removed if not (new_maj and self._more_than_half(n, self.a_keys))]
                added = [n for n in added if not (old_maj and self._more_than_half(n, self.b_keys))]
        # A period or share written out in words ("an hour" for "60 minutes", "one quarter of"
        # for "25 per cent of"), likewise only where the other side lost that value.
        if removed or added:
            old_out, new_out = self._written_out(self.a_keys), self._written_out(self.b_keys)
            if old_out or new_out:
                removed = [n for n in removed if not (n[4] != "reference" and self._written_as(n, self.old_text, new_out, old_out))]
                added = [n for n in added if not (n[4] != "reference" and self._written_as(n, self.new_text, old_out, new_out))]
        # The same period counted in another calendar unit ("24 months" / "two years", "six
        # months" / "half a year"): the unit lengths in days are averages (a month is 30 days, a
        # year 365), so the two differ by a rounding, not by a change of the time allowed.
        # (not where each figure faces the one of its own unit: "within 56 days … within 12
        # weeks" → "within 90 days … within 8 weeks" moved both, whatever 56 days are in weeks)
        if removed and added and by_unit is None:
            removed, added = self._same_calendar_period(removed, added)
        if removed and added and by_unit is None:
            removed, added = self._times_as_percent(removed, added)
        if removed and added and by_unit is None:
            removed, added = self._unit_written_once(removed, added)
        if removed or added:
            removed, added = self._count_written_bare(removed, added, old_nums, new_nums)

        # References that follow renumbering
        refs_r = [n for n in removed if n[4] == "reference"]
        refs_a = [n for n in added if n[4] == "reference"]
        if (refs_r or refs_a) and self.lex.former_words:
            # a new number with the old one noted beside it ("Clause 8.2 (formerly Clause 7.2)"):
            # the renumbering itself
            for refs, text, other, evidence_side in ((refs_a, self.new_text, self.old_text, "new"),
                                                     (refs_r, self.old_text, self.new_text, "old")):
                for n in [n for n in refs if self._noted_as_former(text, n[1][1], other)]:
                    refs.remove(n)
                    self.evidence.append(Evidence("reference", "neutral", n[3] if evidence_side == "old" else None,
                                                  n[3] if evidence_side == "new" else None,
                                                  f"reference renumbered: {n[3]}, with the former number noted beside it",
                                                  n[1] if evidence_side == "old" else None,
                                                  n[1] if evidence_side == "new" else None))
        if refs_r and refs_a:
            # a subdivision in brackets for one after a point ("clause 12.3" / "clause 12(3)")
            for gone, came, came_text in ((refs_r, refs_a, self.new_text), (refs_a, refs_r, self.old_text)):
                for x, y in pairwise(sorted(came, key=lambda n: n[1][0])):
                    if came_text[x[1][1]:y[1][0]] == "(" and came_text[y[1][1]:y[1][1] + 1] == ")":
                        dotted = next((n for n in gone if n[3] == f"{x[3]}.{y[3]}"), None)
                        if dotted is not None and x in came and y in came:
                            gone.remove(dotted)
                            came.remove(x)
                            came.remove(y)
        if refs_r or refs_a:
            # a subdivision written out ("Article 5(2)" / "the second paragraph of Article 5")
            old_out, new_out = self._ordinal_references(self.a_keys), self._ordinal_references(self.b_keys)
            if old_out != new_out:
                refs_r = [n for n in refs_r if self._subdivision(n, self.old_text) not in new_out - old_out]
                refs_a = [n for n in refs_a if self._subdivision(n, self.new_text) not in old_out - new_out]
        for r, a in zip(refs_r, refs_a):
            target = self.id_map.get(r[3])
            if target is not None and target != a[3]:
                self.evidence.append(Evidence("reference", "modified", r[3], a[3],
                                              f"reference changed: {r[3]} → {a[3]} (clause {r[3]} became {target})", r[1], a[1]))
            else:
                self.evidence.append(Evidence("reference", "neutral", r[3], a[3],
                                              f"reference renumbered: {r[3]} → {a[3]} (consequential)", r[1], a[1]))
        # A citation that came or went ("In accordance with Article 4, paragraph 2, ..." dropped)
        # does not change the duty itself: weak evidence with no direction, which makes the pair
        # modified on its own but does not outweigh a modal, bound, deadline or negation that
        # points one way (see classify_texts).
        for n in refs_r[len(refs_a):]:
            self.evidence.append(Evidence("reference", "modified", n[3], None, f"reference removed: {n[3]}", n[1], None,
                                          weak=True))
        for n in refs_a[len(refs_r):]:
            self.evidence.append(Evidence("reference", "modified", None, n[3], f"reference added: {n[3]}", None, n[1],
                                          weak=True))
        removed = [n for n in removed if n[4] != "reference"]
        added = [n for n in added if n[4] != "reference"]
        # Pair numbers of the same role first (a deadline with a deadline, a cap with a cap).
        paired_r: list = []
        paired_a: list = []
        for role in ("deadline", "cap", "floor", None):
            rr = [n for n in removed if n[4] == role and n not in paired_r]
            aa = [n for n in added if n[4] == role and n not in paired_a]
            for r, a in (self._by_context(rr, aa) if rr and aa else ()):
                paired_r.append(r)
                paired_a.append(a)
        removed_rest = [n for n in removed if n not in paired_r]
        added_rest = [n for n in added if n not in paired_a]
        # the rest pair by measure first ("USD 1,000,000" with "USD 2,000,000", not with an
        # added "90 days"), then in order
        for r in list(removed_rest):
            a = next((a for a in added_rest if self._measured_alike(r, a)), None)
            if a is not None:
                paired_r.append(r)
                paired_a.append(a)
                removed_rest.remove(r)
                added_rest.remove(a)
        for r, a in zip(removed_rest, added_rest):
            paired_r.append(r)
            paired_a.append(a)
        for r, a in zip(paired_r, paired_a):
            self._compare_numbers(r, a)
        removed = paired_r + [n for n in removed_rest if n not in paired_r]
        added = paired_a + [n for n in added_rest if n not in paired_a]
        for r in removed[len(added):]:
            if (r[4] in ("deadline", "floor") or self._is_period(r)) and self._made_vague(r[5], "old"):
                self.evidence.append(Evidence("deadline" if r[4] == "deadline" else "number", "softened", r[3], None,
                                              f"softened: '{r[3]}' became a matter of judgement", r[1], None))
            elif r[4] == "until" and self._binding_firmly():
                self.evidence.append(Evidence("deadline", "hardened", r[3], None,
                                              f"hardened: the commitment no longer ends on {r[3]}", r[1], None))
            elif r[4] == "duration" and self._unlimited(self.b_keys) and not self._unlimited(self.a_keys) \
                    and self._binding_both():
                self.evidence.append(Evidence("deadline", "hardened", r[3], None,
                                              f"hardened: the commitment lasts without limit, not {r[3]}", r[1], None))
            elif r[4] == "deadline" and self._alternative_time(self.a_keys, r[5]):
                self.evidence.append(Evidence("deadline", "hardened", r[3], None,
                                              f"hardened: the alternative time limit '{r[3]}' removed", r[1], None))
            elif r[4] == "deadline" and isinstance(r[0], str) and str(r[0]).startswith("t") and \
                    self._forbids_before(self.a_keys, self.old_cues, r[5]):
                word = self.a_keys[r[5] - 1] if r[5] else ""
                self.evidence.append(Evidence("deadline", "hardened", r[3], None,
                                              f"hardened: the ban no longer applies only {word} {r[3]}", r[1], None))
            elif r[4] == "deadline" and self._before_turned_after(self.a_keys, r[5], self.b_keys):
                self.evidence.append(Evidence("deadline", "hardened", r[3], None,
                                              f"hardened: due before the event, no longer within {r[3]} after it",
                                              r[1], None))
            elif r[4] == "deadline" and self._moment_turned_period(self.a_keys, r[5], self.b_keys):
                # (read both ways: "within 30 days after delivery" was a time limit, now gone, and
                # "on delivery" asks the act at the event itself; labelled sets read it either way)
                self.evidence.append(Evidence("deadline", "modified", r[3], None,
                                              f"time limit changed: due at the event, no longer within {r[3]} of it",
                                              r[1], None))
            elif r[4] == "deadline" and self._counting_window(self.a_keys, r[5]):
                self.evidence.append(Evidence("number", "modified", r[3], None, f"number removed: {r[3]}", r[1], None))
            elif r[4] == "deadline" and (side_of := self._offset_from_event(self.a_keys, self.a, r, self.fwd)):
                effect = "hardened" if side_of == "after" else "softened"
                self.evidence.append(Evidence("deadline", effect, r[3], None,
                                              f"{effect}: the time limit no longer falls {r[3]} {side_of} the event", r[1], None))
            elif r[4] == "deadline" and not self._counts_time(r) and self._deadline_reanchored(self.a_keys, r[5]):
                self.evidence.append(Evidence("deadline", "modified", r[3], None,
                                              f"time limit '{r[3]}' now set by an event, not a date or period",
                                              r[1], None))
            elif r[4] == "deadline":
                self._deadlines_moved.append(r[0])
                self.evidence.append(Evidence("deadline", "softened", r[3], None,
                                              f"softened: deadline '{r[3]}' removed", r[1], None))
            elif r[4] in ("cap", "floor") and self._share_of_bounded_whole(r, self.old_text, self.b_keys, self.a_keys):
                effect = "hardened" if r[4] == "floor" or r[6] else "softened"
                what = "minimum" if r[4] == "floor" else "cap"
                self.evidence.append(Evidence(r[4], effect, r[3], None,
                                              f"{effect}: {what} raised from {r[3].rstrip('%')}% to the whole it bounds", r[1], None))
            elif r[4] == "floor" and self._share_for_all(r, self.old_text, self.b_keys, self.a_keys):
                self.evidence.append(Evidence("floor", "hardened", r[3], None,
                                              f"hardened: a minimum of {r[3]} became all of them", r[1], None))
            elif r[4] in ("cap", "floor") and self._sets_coverage(self.a_keys, self.a, self.old_text, self.old_cues, r[5]) \
                    and not self._binds(self.a_keys, self.old_cues):
                self.evidence.append(Evidence("number", "modified", r[3], None, f"number removed: {r[3]}", r[1], None))
            elif r[4] in ("cap", "floor") and self._sets_coverage(self.a_keys, self.a, self.old_text, self.old_cues, r[5]) \
                    and self._criterion_replaced("hardened"):
                self.evidence.append(Evidence("number", "modified", r[3], None,
                                              f"threshold of {r[3]} replaced by another criterion", r[1], None))
            elif r[4] in ("cap", "floor") and self._sets_coverage(self.a_keys, self.a, self.old_text, self.old_cues, r[5]) \
                    and not self._went_with_its_item(r[5], "old"):
                self.evidence.append(Evidence(r[4], "hardened", r[3], None,
                                              f"hardened: threshold of {r[3]} removed from what the commitment covers",
                                              r[1], None))
            elif r[4] == "cap" and not r[6] and self._share_for_all(r, self.old_text, self.b_keys, self.a_keys):
                self.evidence.append(Evidence("cap", "hardened", r[3], None,
                                              f"hardened: at most {r[3]} became all of it", r[1], None))
            elif r[4] == "cap" and self._ban_made_total(r[5], "old"):
                self.evidence.append(Evidence("cap", "hardened", r[3], None,
                                              f"hardened: the ban no longer stops at {r[3]}: it covers them all", r[1], None))
            elif r[4] == "cap" and r[6] and self._new_penalty(self.a_keys, r[5], self.b_keys):
                self.evidence.append(Evidence("cap", "softened", r[3], None,
                                              f"softened: a penalty of up to {r[3]} removed", r[1], None))
            elif r[4] == "cap" and not r[6] and self._freedom_flipped("hardened"):
                pass  # the cap bounded a freedom the other side withdraws (read the other way round)
            elif r[4] == "duration" and self._binding_firmly() and self._extends(self.a_keys, r[5]):
                self.evidence.append(Evidence("deadline", "softened", r[3], None,
                                              f"softened: the commitment no longer lasts {r[3]} longer", r[1], None))
            elif r[4] == "deduction":
                self.evidence.append(Evidence("number", "hardened", r[3], None,
                                              f"hardened: deduction of {r[3]} from what is paid removed", r[1], None))
            elif r[4] == "cap" and self._counts_time(r) and self._unlimited(self.b_keys) and not self._unlimited(self.a_keys):
                self.evidence.append(Evidence("deadline", "hardened", r[3], None,
                                              f"hardened: lasts without limit, no longer at most {r[3]}", r[1], None))
            elif r[4] in ("cap", "floor") and self._bounds_a_ban(self.a_keys, self.a, self.old_text, self.old_cues, r[5]):
                self.evidence.append(Evidence(r[4], "hardened", r[3], None,
                                              f"hardened: the prohibition is no longer limited by {r[3]}", r[1], None))
            elif r[4] in ("cap", "floor") and self._new_bound_in_trigger(self.a_keys, self.a, self.old_text, r):
                effect = "softened" if self._grants_right(self.old_cues) or self._permits_only(self.old_cues) else "hardened"
                self.evidence.append(Evidence(r[4], effect, r[3], None,
                                              f"{effect}: the condition that triggers the commitment no longer asks {r[3]}",
                                              r[1], None))
            elif r[4] in ("cap", "floor"):
                effect = "hardened" if (r[4] == "cap" and r[6]) else "softened"
                what = "cap" if r[4] == "cap" else "minimum"
                self.evidence.append(Evidence(r[4], effect, r[3], None,
                                              f"{effect}: {what} of {r[3]} removed", r[1], None))
            elif str(r[0]).startswith("ordinal ") and self._after_deadline_word(self.a_keys, self.old_cues, r[5]) \
                    and not self._forbids_before(self.a_keys, self.old_cues, r[5]):
                # "no later than the seventh day of the month following" dropped
                self.evidence.append(Evidence("deadline", "softened", r[3], None,
                                              f"softened: deadline '{r[3]}' removed", r[1], None))
            elif not self._part_of_deadline(r, removed, self.old_text):
                self.evidence.append(Evidence("number", "modified", r[3], None,
                                              f"number removed: {r[3]}", r[1], None))
        for a in added[len(removed):]:
            if (a[4] in ("deadline", "floor") or self._is_period(a)) and self._made_vague(a[5], "new"):
                self.evidence.append(Evidence("deadline" if a[4] == "deadline" else "number", "hardened", None, a[3],
                                              f"hardened: a matter of judgement became '{a[3]}'", None, a[1]))
            elif a[4] == "until" and self._binding_firmly():
                self.evidence.append(Evidence("deadline", "softened", None, a[3],
                                              f"softened: the commitment now ends on {a[3]}", None, a[1]))
            elif a[4] == "duration" and self._unlimited(self.a_keys) and not self._unlimited(self.b_keys) \
                    and self._binding_both():
                self.evidence.append(Evidence("deadline", "softened", None, a[3],
                                              f"softened: the commitment lasts {a[3]}, no longer without limit", None, a[1]))
            elif a[4] == "duration" and self._binding_firmly() and self._extends(self.b_keys, a[5]):
                self.evidence.append(Evidence("deadline", "hardened", None, a[3],
                                              f"hardened: the commitment now lasts {a[3]} longer", None, a[1]))
            elif a[4] == "deadline" and self._alternative_time(self.b_keys, a[5]):
                # "at the time of import or within 12 months thereafter": more time, as an option
                self.evidence.append(Evidence("deadline", "softened", None, a[3],
                                              f"softened: a later time limit '{a[3]}' added as an alternative", None, a[1]))
            elif a[4] == "deadline" and isinstance(a[0], str) and str(a[0]).startswith("t") and \
                    self._forbids_before(self.b_keys, self.new_cues, a[5]):
                # "No person shall operate a leaf blower on Sundays" → "… on Sundays before 10:00":
                # a time of day added to a ban bounds when it applies
                word = self.b_keys[a[5] - 1] if a[5] else ""
                self.evidence.append(Evidence("deadline", "softened", None, a[3],
                                              f"softened: the ban now applies only {word} {a[3]}", None, a[1]))
            elif a[4] == "deadline" and self._before_turned_after(self.b_keys, a[5], self.a_keys):
                self.evidence.append(Evidence("deadline", "softened", None, a[3],
                                              f"softened: due within {a[3]} after the event it had to come before",
                                              None, a[1]))
            elif a[4] == "deadline" and self._moment_turned_period(self.b_keys, a[5], self.a_keys):
                self.evidence.append(Evidence("deadline", "modified", None, a[3],
                                              f"time limit changed: due within {a[3]} of the event, no longer at it",
                                              None, a[1]))
            elif a[4] == "deadline" and self._counting_window(self.b_keys, a[5]):
                self.evidence.append(Evidence("number", "modified", None, a[3], f"number added: {a[3]}", None, a[1]))
            elif a[4] == "deadline" and (side_of := self._offset_from_event(self.b_keys, self.b, a, self.back)):
                # ("no later than sunset" → "no later than 30 minutes after sunset": later)
                effect = "softened" if side_of == "after" else "hardened"
                self.evidence.append(Evidence("deadline", effect, None, a[3],
                                              f"{effect}: the time limit now falls {a[3]} {side_of} the event", None, a[1]))
            elif a[4] == "deadline" and not self._counts_time(a) and self._deadline_reanchored(self.b_keys, a[5]):
                self.evidence.append(Evidence("deadline", "modified", None, a[3],
                                              f"time limit now '{a[3]}', no longer set by an event", None, a[1]))
            elif a[4] == "deadline":
                self._deadlines_moved.append(a[0])
                self.evidence.append(Evidence("deadline", "hardened", None, a[3],
                                              f"hardened: deadline '{a[3]}' added", None, a[1]))
            elif a[4] in ("cap", "floor") and self._share_of_bounded_whole(a, self.new_text, self.a_keys, self.b_keys):
                effect = "softened" if a[4] == "floor" or a[6] else "hardened"
                what = "minimum" if a[4] == "floor" else "cap"
                self.evidence.append(Evidence(a[4], effect, None, a[3],
                                              f"{effect}: {what} lowered to {a[3].rstrip('%')}% of what it bounded", None, a[1]))
            elif a[4] == "floor" and self._share_for_all(a, self.new_text, self.a_keys, self.b_keys):
                self.evidence.append(Evidence("floor", "softened", None, a[3],
                                              f"softened: all of them became a minimum of {a[3]}", None, a[1]))
            elif a[4] in ("cap", "floor") and self._sets_coverage(self.b_keys, self.b, self.new_text, self.new_cues, a[5]) \
                    and not self._binds(self.b_keys, self.new_cues):
                self.evidence.append(Evidence("number", "modified", None, a[3], f"number added: {a[3]}", None, a[1]))
            elif a[4] in ("cap", "floor") and self._sets_coverage(self.b_keys, self.b, self.new_text, self.new_cues, a[5]) \
                    and self._criterion_replaced("softened"):
                self.evidence.append(Evidence("number", "modified", None, a[3],
                                              f"threshold of {a[3]} in place of another criterion", None, a[1]))
            elif a[4] in ("cap", "floor") and self._sets_coverage(self.b_keys, self.b, self.new_text, self.new_cues, a[5]) \
                    and not self._went_with_its_item(a[5], "new"):
                self.evidence.append(Evidence(a[4], "softened", None, a[3],
                                              f"softened: threshold of {a[3]} added to what the commitment covers",
                                              None, a[1]))
            elif a[4] == "cap" and not a[6] and self._share_for_all(a, self.new_text, self.a_keys, self.b_keys):
                self.evidence.append(Evidence("cap", "softened", None, a[3],
                                              f"softened: all of it became at most {a[3]}", None, a[1]))
            elif a[4] == "cap" and self._ban_made_total(a[5], "new"):
                self.evidence.append(Evidence("cap", "softened", None, a[3],
                                              f"softened: the ban now stops at {a[3]}, no longer covering them all", None, a[1]))
            elif a[4] == "cap" and a[6] and self._new_penalty(self.b_keys, a[5], self.a_keys):
                self.evidence.append(Evidence("cap", "hardened", None, a[3],
                                              f"hardened: a penalty of up to {a[3]} added", None, a[1]))
            elif a[4] == "cap" and not a[6] and self._freedom_flipped("softened"):
                pass  # "shall not be extended" → "may be extended by up to nine months": the cap bounds the new freedom
            elif a[4] == "deduction":
                self.evidence.append(Evidence("number", "softened", None, a[3],
                                              f"softened: deduction of {a[3]} from what is paid added", None, a[1]))
            elif a[4] == "cap" and self._counts_time(a) and self._unlimited(self.a_keys) and not self._unlimited(self.b_keys):
                # "banned for life" → "banned for a period of up to ten years": a limit set on what lasted
                self.evidence.append(Evidence("deadline", "softened", None, a[3],
                                              f"softened: lasts at most {a[3]}, no longer without limit", None, a[1]))
            elif a[4] in ("cap", "floor") and self._bounds_a_ban(self.b_keys, self.b, self.new_text, self.new_cues, a[5]):
                # ("No person shall accept cash payments" → "… payments of EUR 10,000 or more",
                # "shall not be detained" → "… for more than 72 hours": what the ban forbids now
                # stops at the figure)
                self.evidence.append(Evidence(a[4], "softened", None, a[3],
                                              f"softened: the prohibition is now limited by {a[3]}", None, a[1]))
            elif a[4] in ("cap", "floor") and self._new_bound_in_trigger(self.b_keys, self.b, self.new_text, a):
                # ("if they died at least 20 years before" → "… and lived in the Borough for at
                # least five years": one more thing the condition asks, met in fewer cases; for a
                # right, "shall be entitled to … if", harder to meet, as a higher threshold is)
                effect = "hardened" if self._grants_right(self.new_cues) or self._permits_only(self.new_cues) else "softened"
                self.evidence.append(Evidence(a[4], effect, None, a[3],
                                              f"{effect}: the condition that triggers the commitment now also asks {a[3]}",
                                              None, a[1]))
            elif a[4] in ("cap", "floor"):
                effect = "softened" if (a[4] == "cap" and a[6]) else "hardened"
                what = "cap" if a[4] == "cap" else "minimum"
                self.evidence.append(Evidence(a[4], effect, None, a[3],
                                              f"{effect}: {what} of {a[3]} added", None, a[1]))
            elif str(a[0]).startswith("ordinal ") and self._after_deadline_word(self.b_keys, self.new_cues, a[5]) \
                    and not self._forbids_before(self.b_keys, self.new_cues, a[5]):
                self.evidence.append(Evidence("deadline", "hardened", None, a[3],
                                              f"hardened: deadline '{a[3]}' added", None, a[1]))
            elif not self._part_of_deadline(a, added, self.new_text):
                self.evidence.append(Evidence("number", "modified", None, a[3],
                                              f"number added: {a[3]}", None, a[1]))

    def _extra_occurrences(self, old_nums: list, new_nums: list, removed: list, added: list) -> tuple[list, list]:
        """``removed`` and ``added`` with the occurrences of a value that one side holds more
        often than the other, where the word after them is not after any of the other side's."""
        def after(keys: list[str], n) -> str:
            return keys[n[5] + 1] if n[5] + 1 < len(keys) else ""
        old_count, new_count = Counter(n[0] for n in old_nums), Counter(n[0] for n in new_nums)
        extra_old, extra_new = [], []
        for nums, keys, other, other_keys, count, other_count, extra in (
                (old_nums, self.a_keys, new_nums, self.b_keys, old_count, new_count, extra_old),
                (new_nums, self.b_keys, old_nums, self.a_keys, new_count, old_count, extra_new)):
            for value, n in count.items():
                if not other_count[value] or n <= other_count[value] or \
                        any(m[4] == "reference" for m in nums if m[0] == value):
                    continue  # (a reference cited again is the same provision: "under Article 10")
                theirs = {after(other_keys, o) for o in other if o[0] == value}
                mine = [m for m in nums if m[0] == value]
                # (not one number written twice, "thirty (30) days": its two figures stand together)
                if any(abs(m[5] - o[5]) <= 2 for m in mine for o in mine if o is not m):
                    continue
                extra.extend([m for m in mine if after(keys, m) not in theirs][:n - other_count[value]])
        return sorted(removed + extra_old, key=lambda n: n[5]), sorted(added + extra_new, key=lambda n: n[5])

    def _offset_from_event(self, keys: list[str], tokens: list[Token], n, mapping: dict) -> str | None:
        """"after" or "before" where a period came (or went) between a kept deadline word and a
        kept event ("no later than sunset" → "no later than 30 minutes after sunset"): the time
        limit moved that far from the event; else None."""
        if not self._counts_time(n):
            return None
        nxt = bisect.bisect_left([t.start for t in tokens], n[1][1])
        if nxt + 1 >= len(keys) or keys[nxt] not in ("after", "before") or nxt + 1 not in mapping:
            return None
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        word = next((c for c in reversed(cues) if c.category == "deadline" and c.end <= n[5] and n[5] - c.end <= 1), None)
        # (the other side names the event right after the same deadline word: "no later than
        # sunset"; not "within a reasonable time after", a time limit of another kind; nor
        # "until", when a duty ends, where later binds for longer)
        return keys[nxt] if word is not None and word.end - 1 in mapping and \
            self.lex.until_words.isdisjoint(keys[word.start:word.end]) and \
            mapping[nxt + 1] == mapping[word.end - 1] + 1 else None

    def _deadline_reanchored(self, keys: list[str], k: int) -> bool:
        """Does the deadline word of the figure at word ``k`` stand on the other side too, kept
        by the word diff, before no figure ("on or before the anniversary of the grant" / "on
        or before 1 April")? The time limit was there; what sets it changed, which is neither
        sooner nor later as far as the words tell. (Asked of dates, not periods: "within a
        reasonable time" → "within 24 hours" made a matter of judgement a firm limit.)"""
        cues, mapping, other_cues = (self.old_cues, self.fwd, self.new_cues) if keys is self.a_keys else \
            (self.new_cues, self.back, self.old_cues)
        word = next((c for c in reversed(cues) if c.category == "deadline" and c.end <= k and k - c.end <= 2), None)
        if word is None or word.end - 1 not in mapping:
            return False
        there = mapping[word.end - 1]
        other_keys = self.b_keys if keys is self.a_keys else self.a_keys
        return any(c.category == "deadline" and c.start <= there < c.end for c in other_cues) and \
            not any(w[:1].isdigit() or w in NUMBER_WORD_SET for w in other_keys[there + 1:there + 4])

    def _alternative_time(self, keys: list[str], k: int) -> bool:
        """Is the time limit at word ``k`` offered as an alternative ("at the time of import
        or within 12 months thereafter")? A word of alternative_conjunctions right before its
        deadline word."""
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        word = next((c for c in reversed(cues) if c.category == "deadline" and c.end <= k and k - c.end <= 2), None)
        # (not the "or" of one deadline phrase: "on or before 1 April")
        return word is not None and word.start > 0 and (keys[word.start - 1],) in self.lex.alternative_conjunctions \
            and not (word.start >= 2 and keys[word.start - 2] in ("on", "at", "by"))

    def _new_penalty(self, keys: list[str], k: int, other_keys: list[str]) -> bool:
        """Is the cap at word ``k`` the bound of a penalty the other side does not name ("a
        fine not exceeding £50,000 or imprisonment for a term not exceeding six months")? The
        penalty word nearest before it (lexicon: penalties) is absent there: a penalty added, not
        a cap put on one the clause already imposed."""
        word = next((keys[p] for p in range(k - 1, max(-1, k - 9), -1) if keys[p] in self.lex.penalties), None)
        return word is not None and word not in other_keys

    def _banned_from(self, keys: list[str], cues: list[_Cue], k: int) -> bool:
        """Is the figure at word ``k`` one a prohibition before it bans from a quantity on
        ("shall not accept payments of EUR 10,000 or more"): a bound written after it (lexicon:
        postfix_floors, a unit or currency word between allowed) under a negated modal?"""
        after = [tuple(keys[p:p + 2]) for p in (k + 1, k + 2)]
        return any(a in self.lex.postfix_floors for a in after) and self._forbids_before(keys, cues, k)

    def _freedom_flipped(self, effect: str) -> bool:
        """Did a prohibition become a permission ("softened") or the reverse ("hardened") in
        this pair? A cap that came with the permission ("may be extended by up to nine further
        months") bounds the freedom just given, and asks nothing more of anyone."""
        return any(e.kind == "negation" and e.effect == effect for e in self.evidence)

    @staticmethod
    def _part_of_deadline(n, gone_or_come: list, text: str) -> bool:
        """Is a point ("the first day") the day of a deadline that came or went with it ("by 10
        a.m. on the first day of absence"): right after it, a few words on, no stop between?"""
        if not str(n[0]).startswith("ordinal"):
            return False
        return any(d[4] == "deadline" and d[1][1] <= n[1][0] and len(text[d[1][1]:n[1][0]].split()) <= 4
                   and not any(ch in text[d[1][1]:n[1][0]] for ch in ",;:") for d in gone_or_come)

    def _times_as_percent(self, removed: list, added: list) -> tuple[list, list]:
        """A multiple and a percentage that are the same share ("one and a half times the
        basic wage" / "150 per cent of the basic rate"): the same number written another way."""
        def times(n, text):  # ("1.5 times the rate", "time and a half")
            return text[n[1][1]:n[1][1] + 8].lstrip().lower().startswith("times") or n[3].lower().startswith("time")
        for r in list(removed):
            for a in list(added):
                if not (isinstance(r[0], float) and isinstance(a[0], float)):
                    continue
                if (times(r, self.old_text) and self._percent(a, self.new_text) and abs(r[0] * 100 - a[0]) < 1e-6) or \
                        (times(a, self.new_text) and self._percent(r, self.old_text) and abs(a[0] * 100 - r[0]) < 1e-6):
                    removed.remove(r)
                    added.remove(a)
                    break
        return removed, added

    def _is_period(self, n) -> bool:
        """Is the figure a period ("30 days", "two weeks"), not a bare number?"""
        return n[4] in (None, "duration") and self._counts_time(n)

    def _counts_time(self, n) -> bool:
        """Is the figure counted in a unit of time ("ten years"), whatever bounds it?"""
        return any(w in self.lex.time_units for w in n[3].lower().replace("'", " ").split())

    def _ban_made_total(self, k: int, side: str) -> bool:
        """Is the capped figure at word ``k`` (on ``side``) the threshold of a ban whose other
        side bans the act outright ("shall not charge workers fees exceeding one month's wages"
        / "shall not charge workers any fees")? Both sides forbid, and the other has no bound
        left at all (not "for more than a reasonable time")."""
        keys, cues = (self.a_keys, self.old_cues) if side == "old" else (self.b_keys, self.new_cues)
        other_keys, other_cues = (self.b_keys, self.new_cues) if side == "old" else (self.a_keys, self.old_cues)
        if not self._forbids_before(keys, cues, k):
            return False
        if not any(c.category == "modal" and self.negated(other_keys, c) and self.prohibits(other_keys, c) for c in other_cues):
            return False
        return not (any(c.category in ("cap", "floor") for c in other_cues) or
                    any(self._threshold_start(other_keys, p) is not None for p in range(1, len(other_keys))))

    def _made_vague(self, k: int, side: str) -> bool:
        """Was the figure at word ``k`` (on ``side``) replaced by a word of judgement on the
        other side ("30 days' notice" / "reasonable notice"; lexicon: vague_measures), in a
        clause that binds to act (no negation)?"""
        vague = self.lex.vague_measures
        if not vague:
            return False
        other = self.b_keys if side == "old" else self.a_keys
        if vague.isdisjoint(other):
            return False
        cues = self.old_cues if side == "old" else self.new_cues
        keys = self.a_keys if side == "old" else self.b_keys
        if not any(c.category == "modal" and c.strength >= self.binding
                   and not self.negated(keys, c) for c in cues):
            return False
        # the word of judgement stands before the noun the figure measured ("14 days' notice" /
        # "reasonable notice"), not before any noun ("30 days before" / "an appropriate newspaper")
        noun = next((w for w in keys[k + 1:k + 4] if w.isalpha() and w not in self.lex.time_units
                     and w not in self.lex.light_words), None)
        if noun is None:
            return False
        for tag, i1, i2, j1, j2 in self.opcodes:
            lo, hi, olo, ohi = (i1, i2, j1, j2) if side == "old" else (j1, j2, i1, i2)
            if tag == "replace" and lo <= k < hi:
                return any(other[p] in vague and p + 1 < len(other) and _stem(other[p + 1]) == _stem(noun)
                           for p in range(olo, ohi))
        return False

    def _window_rule(self, pair: list, side: str) -> tuple[str, tuple[int, int], str] | None:
        """The rule whose window two figures are ("… shall not be carried out between 10 p.m.
        and 6 a.m."): ("ban" | "duty", span of the window, its opening word), or None. The first
        figure follows "between" or "from", the second "and" or "to" right after it; the nearest
        modal before the window, in its sentence, forbids (a ban) or binds to a duty that holds
        over time (lexicon: list_item_min_strength, ongoing_verbs); with no modal at all, a
        permission word is negated ("Dogs are not permitted on the beach between …", a ban)."""
        keys, cues, text, tokens = (self.a_keys, self.old_cues, self.old_text, self.a) if side == "old" else \
            (self.b_keys, self.new_cues, self.new_text, self.b)
        first, second = sorted(pair, key=lambda n: n[5])
        k, j = first[5], second[5]
        # (or a span in brackets after what names it: "during the dry season (1 June to 30 September)")
        bracketed = k >= 1 and text[tokens[k - 1].end:first[1][0]].strip() == "("
        # (or "between the hours of 11 p.m. and 7 a.m.")
        named = k >= 4 and keys[k - 4] in ("between", "from") and keys[k - 3] == "the" and keys[k - 1] == "of"
        if k < 1 or (keys[k - 1] not in ("between", "from") and not bracketed and not named) or \
                keys[j - 1] not in ("and", "to") or j - k > 4:
            return None
        if not self.lex.relief_words.isdisjoint(keys) or self._in_exception(keys, cues, k):
            return None  # ("shall not be liable for losses between …": a relief, not a ban)
        span = (first[1][0], second[1][1])
        modal = next((c for c in reversed(cues) if c.category == "modal" and c.end <= k), None)
        opener = "in" if bracketed else keys[k - 4] if named else keys[k - 1]
        if modal is not None:
            if any(ch in text[tokens[modal.end - 1].end:first[1][0]] for ch in ".;:"):
                return None
            if self.negated(keys, modal) and self.prohibits(keys, modal):
                return "ban", span, opener
            if not self.negated(keys, modal) and modal.strength >= self.binding \
                    and self._ongoing_verb(keys, modal):
                return "duty", span, opener
            return None
        if any(c.category == "modal" for c in cues) or not any(
                c.category == "negation" and c.end <= k and _permission_word(keys[c.end:c.end + 2], self.lex) for c in cues):
            return None
        return "ban", span, opener

    def _ban_window(self, pair: list, side: str) -> bool:
        """Two figures that came (or went) together as the window a prohibition or a duty
        applies in ("Street vending is not permitted in the Old Town between 10 p.m. and 6
        a.m." / "… at any time"): the rule applies only then (softened), or now always
        (hardened). Evidence added; True when it was."""
        rule = self._window_rule(pair, side)
        if rule is None:
            return False
        what, span, opener = rule
        text = self.old_text if side == "old" else self.new_text
        shown = text[span[0]:span[1]]
        if side == "old":
            self.evidence.append(Evidence("deadline", "hardened", shown, None,
                                          f"hardened: the {what} no longer applies only {opener} {shown}", span, None))
        else:
            self.evidence.append(Evidence("deadline", "softened", None, shown,
                                          f"softened: the {what} now applies only {opener} {shown}", None, span))
        return True

    def _windows_compared(self, removed: list, added: list) -> bool:
        """Two times of day that moved together as the window a ban or a duty applies in, on
        both sides ("shall not be carried out between 10 p.m. and 6 a.m." → "between 8 p.m. and 7
        a.m."): a window that holds the old one covers more (hardened), one held in it less
        (softened), one that moved both ways neither (modified). Evidence added; True when it was."""
        if not all(isinstance(n[0], str) and n[0].startswith("t") for n in removed + added):
            return False
        old_rule, new_rule = self._window_rule(removed, "old"), self._window_rule(added, "new")
        if old_rule is None or new_rule is None or old_rule[0] != new_rule[0]:
            return False
        # (the same window: the word before its opener is the same, not "to pedestrians from
        # 06:00" for "to freight vehicles from 08:00")
        k, j = min(n[5] for n in removed), min(n[5] for n in added)
        if k < 2 or j < 2 or self.a_keys[k - 2] != self.b_keys[j - 2]:
            return False

        def minutes(pair) -> set[int]:
            start, end = (int(n[0][1:]) for n in sorted(pair, key=lambda n: n[5]))
            end = end if end > start else end + 1440  # overnight: "10 p.m. to 6 a.m."
            return {m % 1440 for m in range(start, end)}
        old_min, new_min = minutes(removed), minutes(added)
        old_txt, new_txt = self.old_text[old_rule[1][0]:old_rule[1][1]], self.new_text[new_rule[1][0]:new_rule[1][1]]
        if old_min < new_min or new_min < old_min:
            effect = "hardened" if old_min < new_min else "softened"
            self.evidence.append(Evidence("deadline", effect, old_txt, new_txt,
                                          f"{effect}: the {old_rule[0]} applies {'longer' if effect == 'hardened' else 'for less time'}, "
                                          f"'{old_txt}' → '{new_txt}'", old_rule[1], new_rule[1]))
        else:
            self.evidence.append(Evidence("deadline", "modified", old_txt, new_txt,
                                          f"the {old_rule[0]}'s window moved: '{old_txt}' → '{new_txt}'", old_rule[1], new_rule[1]))
        return True

    def _count_written_bare(self, removed: list, added: list, old_nums: list, new_nums: list) -> tuple[list, list]:
        """Drop a period that came or went where the other side writes its count bare ("more
        than eight hours in a day" / "in excess of eight in a day", the bare eight standing on
        both sides): the same count, its unit named on one side only."""
        units = self.lex.time_units

        def count(n) -> float | None:
            words = n[3].lower().replace("-", " ").split()
            if len(words) != 2 or words[1] not in units or n[4] not in (None, "cap", "floor"):
                return None
            return float(words[0].replace(",", "")) if words[0].replace(",", "").isdigit() else words_value(words[0])

        def bare(nums, text: str) -> set:
            # (no amount of money, "£8 per day" is no count of the "eight hours" on the other
            # side, nor a share, "no more than 3%")
            return {n[0] for n in nums if isinstance(n[0], float) and not any(w in units for w in n[3].lower().split())
                    and not _currency_before(text, n[1][0], self.lex.currency_symbols) and not _percent_after(text, n[1][1])}
        old_bare, new_bare = bare(old_nums, self.old_text), bare(new_nums, self.new_text)
        return ([n for n in removed if count(n) is None or count(n) not in new_bare],
                [n for n in added if count(n) is None or count(n) not in old_bare])

    def _unit_written_once(self, removed: list, added: list) -> tuple[list, list]:
        """Drop a figure written bare on one side and with its time unit on the other ("in
        excess of 38 per week" / "beyond thirty-eight hours in a week"): the same count, its
        unit named once. Only one figure each way (two swapped, "three papers of two hours" /
        "two papers of three hours", are no such pair), bound alike or one bound only."""
        units = self.lex.time_units
        if len(removed) != 1 or len(added) != 1:
            return removed, added

        def count(n) -> float | None:
            words = n[3].lower().replace("-", " ").split()
            if not words or not isinstance(n[0], float):
                return None
            unit = next((w for w in words if w in units), None)
            number = " ".join(w for w in words if w not in units)
            value = float(number.replace(",", "")) if number.replace(",", "").replace(".", "", 1).isdigit() \
                else words_value(number)
            return (value, unit) if value is not None else None

        def same(r, a) -> bool:
            cr, ca = count(r), count(a)
            return cr is not None and ca is not None and (r[4] == a[4] or None in (r[4], a[4])) \
                and cr[0] == ca[0] and (cr[1] is None) != (ca[1] is None)

        return _drop_matched(removed, added, same)

    def _same_calendar_period(self, removed: list, added: list) -> tuple[list, list]:
        """Drop the pairs of a removed and an added period written in different time units whose
        lengths in days differ by less than the lexicon's ``calendar_period_tolerance`` (a share
        of the longer): one period restated in another unit."""
        tolerance = self.lex.thresholds.get("calendar_period_tolerance", 0.0)
        units = self.lex.time_units

        def unit_of(n) -> str | None:
            # (a minimum or maximum period too: "not less than two years" / "a minimum of 24 months")
            if n[4] not in ("deadline", "duration", "floor", "cap", None) or not isinstance(n[0], float):
                return None
            found = [w for w in n[3].lower().split() if w in units]
            return units[found[-1]] if found else None

        def same(r, a) -> bool:
            ur, ua = unit_of(r), unit_of(a)
            # (a period read as how long a thing lasts on one side and as a time limit on the
            # other, "for a period of 24 months" / "for two years", is one period)
            roles = {r[4], a[4]}
            # (but "for 12 months" is no "within one year": a time limit to act in)
            if ur is None or ua is None or ua == ur or (len(roles) > 1 and None not in roles and
                                                        roles != {"duration", "deadline"}) or max(r[0], a[0]) <= 0:
                return False
            return abs(r[0] - a[0]) / max(r[0], a[0]) < tolerance

        return _drop_matched(removed, added, same)

    def numbers_in_qualifiers(self) -> None:
        """A number (a deadline or bound too) that came or went inside a qualifier that came or went with it ("subject to
        thirty days' notice" dropped whole) is the qualifier's own detail, not a second change:
        the qualifier's evidence speaks for it. Only within one inserted, deleted or replaced run, after
        the qualifier's words, with no comma or stop between (a new sentence or list item is a
        change of its own). Read on each side alike, so it mirrors."""
        quals = [e for e in self.evidence if e.kind in ("hedge", "condition") and e.effect in ("softened", "hardened")]
        if not quals:
            return
        for i, e in enumerate(self.evidence):
            if e.kind not in ("number", "deadline", "cap", "floor", "reference") or e.effect == "neutral" \
                    or (e.old is None) == (e.new is None):
                continue
            gone = e.new is None
            span = e.old_span if gone else e.new_span
            text = self.old_text if gone else self.new_text
            # a deleted (inserted) run, or the old (new) words of a replaced one: the qualifier
            # went with its number either way ("subject to 48 hours' notice" → "at any time")
            runs = [o.old_span if gone else o.new_span for o in self.ops if o.op in ("replace", "delete" if gone else "insert")]
            run = next((r for r in runs if r and r[0] <= span[0] and span[1] <= r[1]), None)
            if run is None:
                continue
            for q in quals:
                qs = q.old_span if gone else q.new_span
                if qs is None or (q.new is None) != gone or not (run[0] <= qs[0] and qs[1] <= span[0]):
                    continue
                between = text[qs[1]:span[0]]
                # a reference closes the qualifier's own phrase wherever it stands in it ("subject
                # to the conditions set out in Schedule 3"); a number, within four words, or
                # anywhere in the clause a clause qualifier opens ("unless the contract was
                # concluded before 5 March 2024 and is executed by 5 June 2024")
                opens_clause = tuple((q.old if gone else q.new).lower().split()) in self.lex.clause_qualifiers
                # (an aside inside the clause, set off by commas that open before the number and
                # close after it in the same run: "unless the Child, having attained the age of
                # 12, consents")
                aside = opens_clause and between.count(",") == 1 and not any(c in between for c in ";.:") and \
                    "," in text[span[1]:run[1]] and not any(c in text[span[1]:text.index(",", span[1])] for c in ";.:")
                if (aside or not any(c in between for c in ",;.:")) and (e.kind == "reference" or opens_clause
                                                               or len(between.split()) <= 4):
                    self.evidence[i] = e._replace(effect="neutral", message=f"{e.message} (part of the qualifier "
                                                  f"'{q.old if gone else q.new}' {'removed' if gone else 'added'})")
                    break

    def _numbers(self, text: str, tokens: list[Token]):
        """(value in comparable units, span, kind, shown text, role, word index, penalty)."""
        keys = self.a_keys if tokens is self.a else self.b_keys  # [t.key for t in tokens], made once per pair
        cues = self.old_cues if tokens is self.a else self.new_cues
        out = []
        dates = _dates_in(text, self.lex)
        times = _times_in(text, self.lex)
        plain = _odds([_unit_letter(n) for n in numbers_in(text) if not any(d[1] <= n[1] < d[2] for d in dates + times)
                       and not _ratio_one(text, n)], text)
        # (not the share of a period, "a quarter of an hour": a period, see _spelled_periods)
        spelled = self._spelled_numbers(text, keys, tokens) + [
            n for n in _fractions(text, keys, self.lex.fractions, self.lex.majority_words)
            if not ((m := _OF_A_UNIT.match(text, n[2])) and m.group(1).lower() in self.lex.time_units)]
        # ("a ten-year period": a number word joined to its unit)
        if "-" in text:
            spelled += [(float(v), t.start, t.end, t.text) for t in tokens if "-" in t.key and t.key[:1].isalpha()
                        and t.key.rpartition("-")[2] in self.lex.time_units
                        and (v := words_value(t.key.rpartition("-")[0])) and not any(n[1] == t.start for n in spelled)]
        if "time" in keys:
            spelled += _time_and_a_half(text)
        spelled_starts = {n[1] for n in spelled}
        periods = [n for n in self._spelled_periods(keys, tokens) if n[1] not in spelled_starts]
        points = self._ordinal_points(keys, tokens, spelled_starts | {n[1] for n in periods} | {d[1] for d in dates}) \
            if not self.lex.time_units.keys().isdisjoint(keys) else []
        # (word index by start, made only for a side with a number of some kind: many have none)
        starts = {t.start: k for k, t in enumerate(tokens)} if dates or times or plain or spelled or periods \
            or points else {}
        for t_value, s, e, raw in times:
            k = starts.get(s)
            if k is None:
                k = next((idx for idx, t in enumerate(tokens) if t.start <= s < t.end), None)
            if k is not None:
                # a time of day moved: no direction; one that a deadline word governs ("by 10
                # a.m.") is a deadline, which may come or go
                role = "deadline" if self.governing(keys, cues, k) == "deadline" else None
                out.append((t_value, (s, e), role, raw, role, k, False))
        for d_value, s, e, raw in dates:
            k = starts.get(s)
            if k is None:
                continue
            # (past "the" of "the first day of March")
            before = keys[max(0, k - 5):k - 1] if k and keys[k - 1] == "the" else keys[max(0, k - 4):k]
            role = "deadline" if any(tuple(before[len(before) - len(p):]) == p for p in self.lex.date_deadlines
                                     if len(p) <= len(before)) else None
            if role is None and k and keys[k - 1] in self.lex.until_words:
                role = "until"  # "Until 31 March 2025, operators shall not carry …": when it ends
            out.append((d_value, (s, e), role, raw, role, k, False))
        point_starts = {n[1] for n in points}
        bound_before = None  # (role, last word) of the figure before, when a cap or minimum
        for value, s, e, raw in sorted(plain + spelled + periods + points, key=lambda n: n[1]):
            k = starts.get(s)
            if k is None:
                k = next((idx for idx, t in enumerate(tokens) if t.start <= s < t.end), None)
                if k is None:
                    continue
            last = k  # the number's last word ("one hundred": "hundred")
            while last + 1 < len(tokens) and tokens[last + 1].start < e:
                last += 1
            role = self.governing(keys, cues, k)
            noun_role = None
            if role in ("cap", "floor") and self._threshold_match(keys, k) is not None and \
                    not any(c.category in ("cap", "floor") and k - 2 <= c.end <= k
                            and self.lex.bound_nouns.isdisjoint(c.phrase) for c in cues):
                # (a word of "more than" right before the figure outranks a bound noun further
                # back, which names the measure: "Vehicles with a maximum gross weight exceeding
                # 3.5 tonnes are prohibited"; where it sets nothing, the noun's bound stands)
                noun_role, role = role, None
            if k > 1 and keys[k - 1] in ("plus", "minus") and keys[k - 2].isalpha() and \
                    keys[k - 2] not in self.lex.light_words and not any(c.end == k - 1 for c in cues):
                # a margin added to (or taken from) what a bound bounds ("shall not exceed the
                # rate of inflation plus 2 per cent"): the bound's own figure moves with it
                role = role or self._bound_of_margin(keys, tokens, text, cues, k)
            if k > 1 and keys[k - 1] == "minus" and keys[k - 2] != "or":
                # below zero, or taken off ("not exceeding minus 18 degrees", "inflation minus 1
                # per cent"); not a tolerance ("plus or minus 5%")
                value = -value
                s = tokens[k - 1].start  # (shown with its sign)
            elif s and text[s - 1] in "-\u2212" and (s == 1 or text[s - 2] in " ("):
                value = -value  # "-18°C" (not a range, "10-15", nor a dash set apart, "– 15")
                s -= 1
            # (a word of "more than" right before the figure outranks a deadline word further
            # back: "shall not increase the fee by more than 3%")
            if role in (None, "deadline") and (threshold := self._threshold_match(keys, k)) is not None:
                above = threshold[1]  # (from above, "under 18", the other way round)
                if self._sets_coverage(keys, tokens, text, cues, k):
                    role = "cap" if above else "floor"  # "Contracts with a value exceeding EUR 50,000 shall": which are covered
                elif self._forbids_before(keys, cues, k):
                    role = "floor" if above else "cap"  # "No one shall be held … for more than 72 hours": up to 72 is allowed
                elif above and keys[k][:1].isdigit() and self._measure_of_the_duty(keys, cues, threshold[0]):
                    role = "cap"  # "shall contain less than 250 units": the most allowed
            role = role or noun_role
            if role is None and self._counts_frequency(keys, last) and not text[:s].rstrip().endswith("("):
                # the count of a frequency ("3 times a year"), which the frequency rule reads (not
                # a figure in brackets after another number: "three (4) times" is two numbers)
                continue
            unit_at = self._past_period_modifiers(keys, last + 1)
            if unit_at > last + 1 and unit_at < len(keys) and keys[unit_at] in self.lex.time_units:
                last = unit_at - 1  # "10 working days", "five weather working days": the period is in days
            by_how_much = False
            if role in (None, "deadline"):
                # "five or more years", "30 days or less": a bound written after the number; in
                # the subject, a few words on ("Vessels of 24 metres in length or more shall"),
                # before any other figure. After a deadline word only a floor outranks it: "delayed
                # by 15 minutes or more" is by how much, never by when ("within 30 days or less"
                # stays a time limit)
                subject = not any(c.category == "modal" and c.end <= k for c in cues)
                for skip in (1, 2, 3, 4) if subject else (1, 2):
                    if last + skip < len(keys) and keys[last + skip][:1].isdigit():
                        break
                    after = tuple(keys[last + skip:last + skip + 2])
                    if role == "deadline" and after in self.lex.postfix_floors and \
                            keys[last + 1:last + 2] and keys[last + 1] in self.lex.time_units:
                        by_how_much, role = True, "floor"
                        break
                    if role is None and (after in self.lex.postfix_floors or after in self.lex.postfix_caps):
                        role = "floor" if after in self.lex.postfix_floors else "cap"
                        break
            if role in ("floor", "cap") and last + 3 < len(keys) and (
                    tuple(keys[last + 1:last + 3]) in self.lex.postfix_floors or
                    tuple(keys[last + 1:last + 3]) in self.lex.postfix_caps):
                last += 2  # the unit follows the bound: "five or more years"
            if role == "deadline" and last + 1 < len(keys) and keys[last + 1].isalpha() and \
                    keys[last + 1] not in self.lex.light_words and keys[last + 1] not in self.lex.fractions and \
                    self._forbids_before(keys, cues, k) and not self._in_exception(keys, cues, k) and \
                    not self._exception_word_between(keys, cues, k):
                # "shall not discharge … within 12 nautical miles of the nearest land", "shall not
                # consume alcohol within eight hours before duty": the zone or window the
                # prohibition covers, no time given to act; a wider one forbids more
                role = "floor"
                window = True
            elif role == "deadline" and keys[last + 1:last + 2] and keys[last + 1] in self.lex.measure_units and \
                    self._in_quantified_object(keys, tokens, text, cues, k):
                # "at every occupied building within 100 metres of the site": a distance that says
                # which things a duty covers, as a cap on them does (a wider one covers more)
                role = "cap"
                window = False
            else:
                window = False
            if role is None and k >= 2 and (keys[k - 2:k] == ["for", "every"] or (
                    keys[k - 1] in ("every", "per") and keys[k - 2] not in FREQUENCY_COUNTS and keys[k - 2] != "times")) \
                    and self._minimum_per(keys, tokens, text, cues, k):
                # "at least one nurse for every four patients" (or "shall accompany every six
                # visitors", "per six visitors"): more patients each, fewer nurses
                role = "per"
            elif role in ("floor", "cap") and k >= 2 and keys[k - 1] in ("every", "each") and \
                    (keys[k - 2] in FREQUENCY_COUNTS or keys[k - 2] == "times"):
                # "at least once every 50 jumps": the bound is the count's; the figure is how many
                # go by between, and more of them asks less, as "for every four patients" does
                role = "per" if role == "floor" else None
            if role is None and self._deducted(keys, k) and self._benefit_cap(keys, cues, k):
                role = "deduction"  # "shall pay each claim, less an excess of £100": taken off what is paid
            elif role == "cap" and self._benefit_cap(keys, cues, k):
                # ... the same with a cap on what is taken off ("shall refund the deposit, less a
                # fee not exceeding £50"): read from where the cap's words begin
                bound = next((c for c in cues if c.category == "cap" and c.end <= k and k - c.end <= 1), None)
                # (from its "not" too: "less a deduction for expenses not exceeding 10 per cent")
                if bound is not None and self._deducted(keys, bound.start - (bound.start > 0 and keys[bound.start - 1] == "not")):
                    role = "deduction"
            if role is None and _percent_after(text, e) and \
                    self._benefit_cap(keys, cues, k):
                role = "floor"  # the share a duty of giving owes ("shall indemnify the Bank for 95 per cent of any loss")
            if role is None and bound_before is not None and self._coordinated(keys, tokens, text, bound_before[1], k):
                role = bound_before[0]  # "not less than USD 10 million per occurrence and USD 20 million"
            if role in ("floor", "cap") and self.in_object_modifier(keys, tokens, text, cues, k) and \
                    not self._in_quantified_object(keys, tokens, text, cues, k):
                # "to staff who have served five years or more": which staff, no bound of the duty;
                # but a cap on the period of a deadline ("within a reasonable period of time,
                # which shall not exceed 15 months") is that deadline
                period = last + 1 < len(keys) and keys[last + 1] in self.lex.time_units
                role = "deadline" if role == "cap" and period and any(
                    c.category == "deadline" and c.end <= k for c in cues) else None
            bound_before = (role, last) if role in ("floor", "cap") else None
            u = last + 2 if last + 2 < len(keys) and keys[last + 1] in ("thousand", "million", "billion") else last + 1
            unit = keys[u] if u < len(keys) else ""
            shown = text[s:e]
            end = e
            factor = _measure_factor(keys, tokens, text, u, self.lex.measure_units)
            if factor is not None and isinstance(value, float):
                value = round(value * factor, 9)  # "950 mm" is "0.95 m"
                if u == last + 1:
                    end = tokens[last + 1].end
                    shown = text[s:end]  # (shown with its unit: "2 kg" → "250 g")
            joined = tokens[k].key.rpartition("-")[2] if "-" in tokens[k].key else ""
            joined = joined if joined in self.lex.time_units else ""
            if joined:
                # "a 5-year term", "a ten-year period": the unit is written into the word; in
                # "every 24-hour period" or "at six-month intervals" it says how often (see
                # frequencies)
                if (k and keys[k - 1] in ("every", "each")) or keys[k + 1:k + 2] and keys[k + 1] in self.lex.interval_words:
                    continue
                unit, shown, end = joined, tokens[k].text, tokens[k].end
            if unit in self.lex.time_units and last + 1 < len(tokens) and not joined:
                end = tokens[last + 1].end
                shown = text[s:end]
            # "the 1st of the month", "the 15th of each month": the same point as "the first day
            # of the month", with the unit after "of" and a determiner
            point_of = unit == "of" and last + 3 < len(keys) and keys[last + 2] in self.lex.determiners \
                and keys[last + 3] in self.lex.time_units and _ORDINAL_FIGURE.fullmatch(tokens[k].key)
            if s in point_starts or point_of or (unit in self.lex.time_units and _ORDINAL_FIGURE.fullmatch(tokens[k].key)
                                                 and not (role == "deadline" and keys[last + 2:last + 3] and
                                                          keys[last + 2] in self.lex.period_anchors)):
                # a point moved ("first day" / "1st day" / "15th day"): valued apart from
                # periods ("14 days" is no "fourteenth day"), with no direction
                out.append((f"ordinal {int(value)}", (s, end), None, shown, None, k, False))
                continue
            prev = keys[k - 1] if k else ""
            if k and self._every_n(keys, k - 1) is not None:
                continue  # "every two years": how often (see frequencies), not a period or bound
            if self.lex.interval_words and not self.lex.interval_words.isdisjoint(keys[max(0, k - 15):k]) \
                    and self._in_interval(keys, k):
                continue  # "at intervals not exceeding seven days": how often, as above
            # an age ("over 75 years of age", "18 years old") is how old someone is, not a
            # period: no deadline, and the same number as "the age of 18"
            age = unit in self.lex.time_units and (tuple(keys[last + 2:last + 4]) == ("of", "age")
                                                   or keys[last + 2:last + 3] == ["old"]
                                                   or keys[max(0, k - 2):k] in (["older", "than"], ["younger", "than"])
                                                   or keys[max(0, k - 2):k] == ["age", "of"]  # "the age of 18 years"
                                                   or keys[k - 1:k] == ["aged"])  # "aged 18 years or over"
            if age:
                if role == "deadline":
                    role = None
                year = self.lex.time_units.get("year")
                if year and unit in self.lex.time_units and self.lex.time_units[unit] != year:
                    # an age in years, whatever unit it is told in ("eight months old" is two
                    # thirds of a year; "the age of 18" counts years)
                    value = round(value * self.lex.time_units[unit] / year, 6)
            elif self._in_reference_list(keys, tokens, k):
                role = "reference"
                shown = tokens[k].text
                value = tokens[k].key
            elif role == "deadline" or (unit in self.lex.time_units and not by_how_much
                                        and prev in {" ".join(p) for p in self.lex.deadline_words}):
                if unit in self.lex.time_units:
                    value = round(value * self.lex.time_units[unit], 6)
                    role = "floor" if window else "deadline"
                elif _YEAR.match(tokens[k].key):
                    value = value * 365
                    role = "deadline"
                else:
                    role = None
            elif unit in self.lex.time_units:
                # a period: "24 hours" is "one day"
                value = round(value * self.lex.time_units[unit], 6)
                # (before the words of a figure echoed in brackets: "for twelve (12) months")
                kk = k - 1 if k and keys[k - 1].isalpha() and words_value(keys[k - 1]) == value / self.lex.time_units[unit] else k
                if role is None and any(tuple(keys[max(0, kk - len(p)):kk]) == p for p in self.lex.duration_words) and \
                        not self._period_of_something_else(keys, kk):
                    role = "duration"  # how long the commitment lasts ("retain for 5 years")
            if unit in self.lex.time_units and role in (None, "deadline", "duration") and not joined and \
                    keys[u + 1:u + 2] and keys[u + 1] in self.lex.notice_nouns and \
                    (not self.lex.notice_verbs.isdisjoint(keys[max(0, k - 5):k]) or keys[u + 2:u + 3] == ["to"]
                     or self._permits_only(cues)) and \
                    not any(c.category == "hedge" and c.end <= k <= c.end + 3 for c in cues) and \
                    not self.in_trigger(keys, tokens, text, k):
                # "by giving 30 days' notice": the least notice given (lexicon: notice_nouns,
                # notice_verbs), so is notice "to" another party or on which a permission is used
                # ("may cancel on 15 days' notice"); not one the commitment waits for ("shall,
                # subject to 30 days' notice, give access", "shall vacate on 24 hours' notice")
                role = "floor"
            if role is None and _currency_before(text, s, self.lex.currency_symbols) and self._benefit_cap(keys, cues, k) \
                    and not self._after_clause_qualifier(keys, k):
                # "shall pay compensation of EUR 250": the amount a duty of giving owes, the
                # least it asks (raised, more is owed)
                role = "floor"
            # (a cap on the price asked for what is given is no cap on what is owed: "shall supply
            # loans at a charge not exceeding £5"; lexicon: price_nouns)
            owed = self.penalty_near(keys, k, cues, tokens, text) or (
                role == "cap" and self._benefit_cap(keys, cues, k) and not self._price_asked(keys, k))
            out.append((value, (s, end), role, shown, role, k, owed))
        # a roman numeral labelling a reference ("Annex I", "Part IV") is a reference number too
        # (only after a reference word, so none on a side without one)
        if not self.lex.reference_words.isdisjoint(keys):
            out += [(t.key, (t.start, t.end), "reference", t.text, "reference", k, False) for k, t in enumerate(tokens)
                    if t.text[:1] in "IVXLCDM" and _roman_numeral(t.text) and self._in_reference_list(keys, tokens, k)]
        out.sort(key=lambda n: n[1])
        return self._without_echoes(text, out) if "(" in text else out

    @staticmethod
    def _without_echoes(text: str, nums: list) -> list:
        """A figure in brackets right after the same number in words ("four (4) times",
        "thirty (30) days"), or the words after the figure ("10 (ten) days"), is the drafter
        writing one number twice so it cannot be misread: one number, not two."""
        def plain(n) -> float | None:
            raw = n[3].split()[0] if n[3].split() else n[3]
            if raw.replace(",", "").replace(".", "", 1).isdigit():
                return float(raw.replace(",", ""))
            value = words_value(n[3]) or words_value(raw)
            return float(value) if value else None

        out = []
        for n in nums:
            if out and n[4] != "reference":
                p = out[-1]
                opened = text[p[1][0]:n[1][0]]
                gap = text[p[1][1]:n[1][0]] if p[1][1] <= n[1][0] else opened
                if gap.strip() in ("(", "") and gap.count("(") == 1 and text[n[1][1]:].lstrip().startswith(")") \
                        and plain(p) is not None and plain(p) == plain(n):
                    continue
            out.append(n)
        return out

    def _written_out(self, keys: list[str]) -> Counter:
        """Periods and shares written as words with no figure: "an hour" (in days, as a period
        is), "one quarter", "two thirds", "half" (as per cent, "p" + value)."""
        out: Counter = Counter()
        units, fractions = self.lex.time_units, self.lex.fractions
        for k, key in enumerate(keys):
            before = keys[k - 1] if k else ""
            if key in units and before in ("a", "an") and not (k >= 2 and (keys[k - 2] in fractions or keys[k - 2] == "of")):
                # (not the unit a share counts in: "half an hour", "a quarter of an hour")
                out[round(units[key], 6)] += 1
            elif key in fractions:
                count = 1 if before in ("a", "an", "one", "") or not _number_word(before) else words_value(before)
                out["p" + str(round(100 * count * fractions[key]))] += 1
        return out

    @staticmethod
    def _written_as(n, text: str, other: Counter, this: Counter) -> bool:
        """Does the other side write the number ``n`` of this side out in words (and this side
        not)? A share must be one here ("25 per cent", "40%") to match a fraction there."""
        if _percent_after(text, n[1][1]) and isinstance(n[0], float):
            key = "p" + str(round(n[0]))
            if abs(n[0] - round(n[0])) < 0.5 and other[key] > this[key]:
                return True
        key = round(n[0], 6) if isinstance(n[0], float) else None
        return key is not None and other[key] > this[key]

    def _spelled_numbers(self, text: str, keys: list[str], tokens: list[Token]) -> list[tuple[float, int, int, str]]:
        """Numbers written in words, as (value, start, end, raw) like :func:`numbers_in`: those
        of two or more words ("one hundred days") and a single number word before a time unit
        ("one day", "thirty days"); a lone "one" or "two" elsewhere is a word ("one of the
        Parties")."""
        if NUMBER_WORD_SET.isdisjoint(keys) and NUMBER_WORD_SET.isdisjoint(
                w.partition("-")[0] for w in keys if "-" in w):  # "seventy-two" is one word
            return self._bounded_counts(keys, tokens)
        ends = {t.end: k for k, t in enumerate(tokens)}
        cues = self.old_cues if tokens is self.a else self.new_cues
        bounded = {c.end for c in cues if c.category in ("cap", "floor")}
        postfix = self.lex.postfix_caps | self.lex.postfix_floors
        bounded |= {c.start - 1 for c in cues if c.phrase in postfix}  # "five or more"
        # ("between one and five days": the low end of a range is a number too)
        bounded |= {k for k in range(1, len(keys) - 1) if keys[k - 1] == "between" and keys[k + 1] == "and"}
        # one number word replaced by another ("replant two hectares" → "three hectares"):
        # a quantity that changed, whatever follows it
        side = 1 if tokens is self.a else 3
        # (the noun after it may change number with it: "one vote" → "two votes")
        for op in self.opcodes:
            if op[0] == "replace" and op[2] - op[1] == op[4] - op[3] and op[2] - op[1] <= 2 and \
                    _number_word(self.a_keys[op[1]]) and _number_word(self.b_keys[op[3]]) and \
                    all(_stem(x) == _stem(y) for x, y in zip(self.a_keys[op[1] + 1:op[2]], self.b_keys[op[3] + 1:op[4]])):
                bounded.add(op[side])
        out = []
        for m in NUMBER_WORDS.finditer(text):
            raw = m.group()
            value = words_value(raw)
            if not value or fraction_pattern(self.lex.fractions).match(text, m.start()):
                continue  # (a share, "one tenth of", is read by _fractions)
            half = _AND_A_HALF.match(text, m.end())
            if half is not None:
                # "four and a half hours" is 4.5 hours, "three and a half per cent" 3.5 per
                # cent: the same number as the figure, and a number whatever follows it
                out.append((value + 0.5, m.start(), half.end(), text[m.start():half.end()]))
                continue
            if " " not in raw and "-" not in raw:
                k = ends.get(m.end())
                if k is None:
                    continue
                # a bound's number ("up to twenty", "at least ten") is one too (and one
                # number word swapped for another)
                unit = self._past_period_modifiers(keys, k + 1)
                if (unit >= len(keys) or keys[unit] not in self.lex.time_units) and k not in bounded \
                        and self._threshold_start(keys, k) is None:  # ("more than two dogs")
                    continue
            out.append((float(value), m.start(), m.end(), raw))
        return out + self._bounded_counts(keys, tokens) + _half_of_multiplier(text)

    def _bounded_counts(self, keys: list[str], tokens: list[Token]) -> list[tuple[float, int, int, str]]:
        """"more than twice" is "more than two times": a count after a word of "more than" is
        bounded like a number, where the other side writes a number to compare it with."""
        if _FREQUENCY_WORDS.isdisjoint(keys):
            return []
        other = self.b_keys if keys is self.a_keys else self.a_keys
        if not any(w[:1].isdigit() or w in NUMBER_WORD_SET or w in _FREQUENCY_WORDS for w in other):
            return []
        # A count under a bound of its own is that many times; so is a multiplier ("up to twice
        # the salary") where the other side writes one in figures ("four times the salary"),
        # but not one the other side writes as a share ("more than twice the standard deposit"
        # is 200 per cent of it), nor the count of a frequency ("at least twice daily"), which
        # the frequency rule reads.
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        bounded = {c.end for c in cues if c.category in ("cap", "floor")}
        out = []
        for k, key in enumerate(keys):
            threshold = key in FREQUENCY_COUNTS and self._threshold_start(keys, k) is not None
            if not (threshold or (key in FREQUENCY_COUNTS and k in bounded)):
                continue
            after = keys[k + 1] if k + 1 < len(keys) else ""
            if not threshold and (after in FREQUENCY_FOLLOWERS or after in self.lex.frequencies):
                continue
            if not after or (after in self.lex.light_words and after not in self.lex.determiners) or \
                    (after in self.lex.determiners and "times" in other):
                out.append((float(FREQUENCY_COUNTS[key]), tokens[k].start, tokens[k].end, tokens[k].text))
        return out

    def _spelled_periods(self, keys: list[str], tokens: list[Token]) -> list[tuple[float, int, int, str]]:
        """Periods written in words after a deadline word ("within thirty days", "within a
        month"), as (value, start, end, raw) like :func:`numbers_in`, so that they compare with
        "within 30 days". Only after a deadline word: "once a year" is a frequency."""
        if self.lex.time_units.keys().isdisjoint(keys):
            return []  # both readings below stand on a time unit ("days", "month")
        deadline = {" ".join(p) for p in self.lex.deadline_words if len(p) == 1}
        out = []
        # (the time units' places first: most words are none, and both readings stand on one)
        units = [k for k, key in enumerate(keys) if key in self.lex.time_units]
        for k in units:
            if k >= 2 and keys[k - 1] in self.lex.indefinite_articles and keys[k - 2] in self.lex.fractions:
                # "half a year", "for half a day": the share of one unit
                t, t_end = tokens[k - 2], tokens[k - 1]
                out.append((float(self.lex.fractions[keys[k - 2]]), t.start, t_end.end, f"{t.text} {t_end.text}"))
                continue
            if k >= 4 and keys[k - 1] in self.lex.indefinite_articles and keys[k - 2] == "of" and \
                    keys[k - 3] in self.lex.fractions:
                # "a quarter of an hour", "three quarters of an hour": so many shares of one unit
                count = 1 if keys[k - 4] in self.lex.indefinite_articles else words_value(keys[k - 4])
                if count:
                    t, t_end = tokens[k - 4], tokens[k - 1]
                    out.append((float(count) * self.lex.fractions[keys[k - 3]], t.start, t_end.end,
                                " ".join(x.text for x in tokens[k - 4:k])))
                    continue
            if k < 2 or keys[k - 2] not in deadline:
                continue
            if k >= 3 and (keys[k - 3] in self.lex.time_units or keys[k - 3][:1].isdigit()
                           or (keys[k - 3].replace("-", "").isalpha() and (words_value(keys[k - 3]) is not None
                                                                          or ordinal_value(keys[k - 3])))):
                continue  # "38 hours in a week", "beyond forty (the fortieth) in a week": a rate's period, no deadline
            word = keys[k - 1]
            value = 1 if word in ("a", "an") else (words_value(word) if word.isalpha() else None)
            if value:
                t = tokens[k - 1]
                out.append((float(value), t.start, t.end, t.text))
        # "no later than the fourteenth day following the Effective Date" is "within 14 days
        # after" it: an ordinal period counted from an event, right after a deadline word
        cues = self.old_cues if tokens is self.a else self.new_cues
        for k in units:
            if not 2 <= k < len(keys) - 1 or keys[k + 1] not in self.lex.period_anchors or \
                    keys[k - 2] not in self.lex.determiners or \
                    not any(c.end == k - 2 and c.category == "deadline" for c in cues):
                continue
            value = ordinal_value(keys[k - 1])
            if value:
                t = tokens[k - 1]
                out.append((float(value), t.start, t.end, t.text))
        return out

    def _ordinal_points(self, keys: list[str], tokens: list[Token], taken: set[int]) -> list[tuple[float, int, int, str]]:
        """An ordinal written as a word right before a time unit names a point in a period ("on
        the first day of each month", "in the second year"), as "1st" / "15th" do: a figure, so
        "first day" → "fifteenth day" is a number changed, not a rewording. A point, not a
        length: no deadline, bound or duration (the ordinal periods counted from an event,
        already read by _spelled_periods and given in ``taken``, excepted)."""
        out = []
        for k in [k for k, key in enumerate(keys) if key in self.lex.time_units]:  # (a few places, not every word)
            if k < 1 or not keys[k - 1].endswith(_ORDINAL_ENDINGS) or not keys[k - 1][:1].isalpha():
                continue  # every ordinal word ends so ("first", "second", "third", "fifteenth")
            t = tokens[k - 1]
            value = ordinal_value(keys[k - 1])
            if value and t.start not in taken:
                out.append((float(value), t.start, t.end, t.text))
        return out

    def _bound_turned(self, old_nums, new_nums) -> None:
        """The same figure in the same place, a minimum on one side and a maximum on the other
        ("shall relocate no fewer than 30,000 applicants" → "up to 30,000"): under a binding
        duty on both sides, a minimum turned into a maximum leaves room below it (softened), the
        reverse asks at least that much (hardened). Not a bound that says which things are
        covered, whose direction the coverage rules read."""
        kinds = ("floor", "cap")
        for n in old_nums:
            if n[4] not in kinds or n[5] not in self.fwd:
                continue
            m = next((m for m in new_nums if m[5] == self.fwd[n[5]]), None)
            if m is None or m[4] not in kinds or m[4] == n[4] or m[0] != n[0]:
                continue
            # (not a penalty's bound; a cap on how far a duty reaches turns as any other does)
            if (n[6] and self.penalty_near(self.a_keys, n[5], self.old_cues, self.a, self.old_text)) or \
                    (m[6] and self.penalty_near(self.b_keys, m[5], self.new_cues, self.b, self.new_text)):
                continue
            if self._sets_coverage(self.a_keys, self.a, self.old_text, self.old_cues, n[5]) or \
                    self._sets_coverage(self.b_keys, self.b, self.new_text, self.new_cues, m[5]):
                continue
            if not all(any(c.category == "modal" and c.strength >= self.binding and not self.negated(keys, c)
                           and c.end <= k for c in cues)
                       for keys, cues, k in ((self.a_keys, self.old_cues, n[5]), (self.b_keys, self.new_cues, m[5]))):
                continue
            if n[4] == "floor":
                self.evidence.append(Evidence("floor", "softened", n[3], m[3],
                                              f"softened: the minimum of {n[3]} became a maximum", n[1], m[1]))
            else:
                self.evidence.append(Evidence("cap", "hardened", n[3], m[3],
                                              f"hardened: the maximum of {n[3]} became a minimum", n[1], m[1]))

    def _cap_to_figure(self, old_nums, new_nums) -> set[int]:
        """A ceiling that became the figure itself, or the reverse: the word diff keeps the
        figure while the cap's words ("up to", "not more than") went or came ("shall be
        suspended for up to four years" → "for four years"). A duty to do exactly N leaves no
        room below it, which a duty of at most N does: the fixed figure is the harder one.
        Only where nothing but the cap's words came or went before the figure, the side with the
        fixed figure binds (a duty, not negated) and the cap sets no trigger. Returns the ids of the numbers it read, which say nothing more."""
        read: set[int] = set()
        sides = ((old_nums, new_nums, self.fwd, self.a_keys, self.a, self.old_text, self.b_keys, self.new_cues, self.b, "hardened"),
                 (new_nums, old_nums, self.back, self.b_keys, self.b, self.new_text, self.a_keys, self.old_cues, self.a, "softened"))
        for nums, other, mapping, keys, tokens, text, other_keys, other_cues, other_tokens, effect in sides:
            for n in nums:
                if n[4] != "cap" or n[5] not in mapping or self.in_trigger(keys, tokens, text, n[5]):
                    continue
                j = mapping[n[5]]
                # only the cap's own words came or went: the word before the figure is kept,
                # and on this side the cap's words stand between it and the figure
                inverse = self.back if mapping is self.fwd else self.fwd
                p = inverse.get(j - 1) if j else None
                if p is None or tuple(keys[p + 1:n[5]]) not in self.lex.caps:
                    continue
                there = next((m for m in other if m[5] == j), None)
                if there is not None and there[4] not in (None, "duration"):
                    continue  # (a period the duty lasts is the figure itself: "for four years")
                if j >= 3 and other_keys[j - 1] in ("and", "to") and "between" in other_keys[max(0, j - 5):j - 2]:
                    continue  # (the top of a range is a cap too: "between 20 and 24 degrees")
                if not any(c.category == "modal" and c.strength > 5 and not self.negated(other_keys, c)
                           for c in other_cues):
                    continue
                if there is None and not (_lone_number(other_keys[j]) or other_keys[j][:1].isdigit()):
                    continue
                span = there[1] if there is not None else (other_tokens[j].start, other_tokens[j].end)
                shown = there[3] if there is not None else other_tokens[j].text
                old, new = (n, (span, shown)) if effect == "hardened" else ((span, shown), n)
                old_span, old_shown = (old[1], old[3]) if effect == "hardened" else old
                new_span, new_shown = new if effect == "hardened" else (new[1], new[3])
                message = (f"hardened: cap of {old_shown} became a fixed figure, {new_shown} (no room below it)"
                           if effect == "hardened" else
                           f"softened: the fixed figure {old_shown} became a cap, {new_shown} (room below it)")
                self.evidence.append(Evidence("cap", effect, old_shown, new_shown, message, old_span, new_span))
                read.add(id(n))
                if there is not None:
                    read.add(id(there))
        return read

    def _swapped_numbers(self, old_nums, new_nums) -> None:
        """The same numbers on both sides, but one replaced in place by another of them ("price
        weighted at 60% and quality at 40%" → "price … 40% and quality … 60%"): each number now
        belongs to other words, a change with no one direction."""
        old_at = {n[5]: n for n in old_nums if n[4] != "reference"}
        new_at = {n[5]: n for n in new_nums if n[4] != "reference"}
        if len(old_at) < 2 or sorted(map(str, (n[0] for n in old_at.values()))) != \
                sorted(map(str, (n[0] for n in new_at.values()))):
            return
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
                continue
            r = next((old_at[k] for k in range(i1, i2) if k in old_at), None)
            a = next((new_at[k] for k in range(j1, j2) if k in new_at), None)
            if r is not None and a is not None and r[0] != a[0]:
                self.evidence.append(Evidence("number", "modified", r[3], a[3],
                                              f"numbers swapped: {r[3]} → {a[3]} here, and the reverse elsewhere "
                                              "(each now belongs to other words)", r[1], a[1]))
                return

    def _date_range_changed(self) -> bool:
        """One period "from <date> to <date>" on each side of a binding commitment that covers
        a different span ("Fishing for cod shall be prohibited from 1 February to 30 April" →
        "from 1 January to 30 April"): a longer span binds for longer (hardened), a shorter one
        for less. Evidence added; True when it was (the dates are then read)."""
        spans = [_date_range(text, self.lex) for text in (self.old_text, self.new_text)]
        if spans[0] is None or spans[1] is None or not self._binding_both():
            return False
        (old_len, old_start, old_end, old_raw), (new_len, new_start, new_end, new_raw) = spans
        # (a window moved has no direction; one that holds the other, at one end or both, does:
        # "from 1 February to 31 March" → "from 1 January to 30 April")
        # (at both ends only for a ban or a duty that holds over time: a one-off act given a
        # longer window, "shall carry out the works between 1 May and 31 October", has more time)
        holds = old_start == new_start or old_end == new_end or (
            old_start <= old_end and new_start <= new_end and  # (no window over the new year)
            ((new_start <= old_start and old_end <= new_end) or (old_start <= new_start and new_end <= old_end))
            and self._holds_over_time())
        if old_len == new_len or not holds:
            return False
        # the period alone changed: every edit lies inside it (an exception widened beside it,
        # "… and subsistence fishing", points the other way)
        old_at, new_at = self.old_text.find(old_raw), self.new_text.find(new_raw)
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag == "equal":
                continue
            if (i2 > i1 and not (old_at <= self.a[i1].start and self.a[i2 - 1].end <= old_at + len(old_raw))) or \
                    (j2 > j1 and not (new_at <= self.b[j1].start and self.b[j2 - 1].end <= new_at + len(new_raw))):
                return False
        effect = "hardened" if new_len > old_len else "softened"
        verb = "longer" if new_len > old_len else "shorter"
        self.evidence.append(Evidence("deadline", effect, old_raw, new_raw,
                                      f"{effect}: the period the commitment covers is {verb}, {old_raw} → {new_raw}",
                                      None, None))
        return True

    def _currency_changed(self, old_nums, new_nums) -> None:
        """The same amount in another currency ("a fee of US$250,000" → "a fee of €250,000"):
        a change of substance with no direction."""
        for r in old_nums:
            cur_r = _currency_before(self.old_text, r[1][0], self.lex.currency_symbols)
            if not cur_r:
                continue
            for a in new_nums:
                if a[0] != r[0]:
                    continue
                cur_a = _currency_before(self.new_text, a[1][0], self.lex.currency_symbols)
                if cur_a and cur_a != cur_r:
                    self.evidence.append(Evidence("number", "modified", r[3], a[3],
                                                  f"currency changed: {cur_r} {r[3]} → {cur_a} {a[3]}", r[1], a[1]))
                    return

    def _counted_days(self, old_nums, new_nums) -> None:
        """The same deadline counted in business days on one side and in every day on the
        other ("within 10 calendar days" → "within 10 working days"): the period is longer
        where only business days count. Days counted the same way on both sides, or two kinds
        of business day, say nothing."""
        business = self.lex.business_day_modifiers
        if not business:
            return
        used: set[int] = set()
        for r in old_nums:
            if r[4] != "deadline":
                continue
            for a in new_nums:
                if a[4] != "deadline" or a[0] != r[0] or id(a) in used:
                    continue
                longer = [any(w in business for w in n[3].lower().split()) for n in (r, a)]
                used.add(id(a))
                if longer[0] != longer[1]:
                    effect = "softened" if longer[1] else "hardened"
                    verb = "lengthened" if longer[1] else "shortened"
                    self.evidence.append(Evidence("deadline", effect, r[3], a[3],
                                                  f"{effect}: deadline {verb} (only business days count on the "
                                                  f"{'new' if longer[1] else 'old'} side), {r[3]} → {a[3]}", r[1], a[1]))
                break

    def _extends(self, keys: list[str], k: int) -> bool:
        """Does the period at word ``k`` run on after another one the clause names ("during the
        Term and for two years thereafter", "while employed and for six months after that"):
        joined by "and" before it, "thereafter" or "after" just after its unit?"""
        after = keys[k + 1:k + 4]
        return "and" in keys[max(0, k - 5):k] and any(w in ("thereafter", "after", "afterwards") for w in after)

    def _permits_only(self, cues: list[_Cue]) -> bool:
        """Is every modal of the clause a permission ("may vote if …")? A condition on it is
        one more thing the holder must meet."""
        modals = [c for c in cues if c.category == "modal"]
        return bool(modals) and all(self.permits(c) for c in modals)

    def _new_bound_in_trigger(self, keys: list[str], tokens: list[Token], text: str, n) -> bool:
        """Is the bound that came (or went) one more thing a kept condition asks ("if they died
        at least 10 years before … and lived in the Borough for at least five years"), the other
        side's condition holding a bound of its own, under a modal on both sides?"""
        other_keys, other_tokens, other_text, other_nums = (self.b_keys, self.b, self.new_text, self._new_nums) \
            if keys is self.a_keys else (self.a_keys, self.a, self.old_text, self._old_nums)
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        if not (any(c.category == "modal" for c in self.old_cues) and any(c.category == "modal" for c in self.new_cues)):
            return False
        # (the condition may run on past its first bound: a trigger word before the figure, in
        # its sentence, with no modal between)
        opened = False
        for p in range(n[5] - 1, -1, -1):
            if any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ";:.") or \
                    any(c.category == "modal" and c.start <= p < c.end for c in cues):
                break
            if keys[p] in self.lex.trigger_words:
                opened = True
                break
        return opened and any(m[4] in ("cap", "floor") and self.in_trigger(other_keys, other_tokens, other_text, m[5])
                              for m in other_nums)

    def _binding_both(self) -> bool:
        """Does every modal of each side (and there is one) bind at least as a duty, negated
        or not (lexicon threshold list_item_min_strength)?"""
        strong = self.binding
        return all(any(c.category == "modal" for c in cues) and
                   all(c.strength >= strong for c in cues if c.category == "modal")
                   for cues in (self.old_cues, self.new_cues))

    def _binding_firmly(self) -> bool:
        """Binding on both sides (see _binding_both) by modals that do not also read as a
        prediction (lexicon: predictive_modals: "Sanctions will remain in place until …" may
        describe a plan), and binding to act rather than relieving from acting (lexicon:
        relief_words: "shall not be required to pay until 1 June" ends a relief, not a duty)."""
        relief = self.lex.relief_words
        return self._binding_both() and not any(c.category == "modal" and c.phrase in self.lex.predictive_modals
                                                for c in self.old_cues + self.new_cues) \
            and relief.isdisjoint(self.a_keys) and relief.isdisjoint(self.b_keys)

    def _lead_time(self, keys: list[str], k: int) -> bool:
        """Is the period at word ``k`` a lead time: due at the latest that long *before* an
        event ("no later than 72 hours before the exercise begins"; lexicon: lead_deadlines
        before the number, lead_words after its unit)? "within 48 hours before departure" is
        a window, not a lead time."""
        before = tuple(keys[max(0, k - 3):k])
        if not any(before[len(before) - len(p):] == p for p in self.lex.lead_deadlines if len(p) <= len(before)):
            return False
        j = k + 1
        while j < len(keys) and (words_value(keys[j]) is not None or keys[j] in self.lex.period_modifiers):
            j += 1  # "seventy two", "10 working"
        if j < len(keys) and keys[j] in self.lex.time_units:
            j += 1
        else:
            return False
        return any(tuple(keys[j:j + len(p)]) == p for p in self.lex.lead_words)

    def _compare_numbers(self, r, a) -> None:
        role = r[4] or a[4]
        old, new = r[3], a[3]
        unbound = self._unbound_reading(r, a) if role is None else None
        if unbound is not None:
            kind, higher_is, what, higher, lower = unbound
            raised = a[0] > r[0]
            effect = higher_is if raised else {"softened": "hardened", "hardened": "softened"}[higher_is]
            self.evidence.append(Evidence(kind, effect, old, new,
                                          f"{effect}: {what} {higher if raised else lower}, {old} → {new}", r[1], a[1]))
            return
        if isinstance(r[0], str) or isinstance(a[0], str):
            # a time of day ("t600") or a point ("ordinal 1"): only two times that a deadline
            # word governs compare ("by 10 a.m." → "by 11 a.m." is later), or two points after
            # one ("by the end of the second year"); else no direction
            if str(r[0]).startswith("ordinal ") and str(a[0]).startswith("ordinal "):
                self.evidence.append(self._ordinal_moved(int(r[0].split()[1]), int(a[0].split()[1]), r[5], a[5],
                                                         old, new, (r[1], a[1])))
                return
            window = self._window_moved(r, a) if str(r[0])[:1] == str(a[0])[:1] == "t" and r[0] != a[0] else None
            if window is not None:
                self.evidence.append(window)
                return
            if r[4] == a[4] == "deadline" and str(r[0])[:1] == str(a[0])[:1] == "t" and r[0] != a[0]:
                later = self._later_clock(self._clock(r, self.old_text), self._clock(a, self.new_text),
                                          self._dated(r, self.old_text) or self._dated(a, self.new_text))
                # ("shall not begin before 08:00" → "before 07:00": the ban ends sooner)
                effect, banned = self._later_effect(later, r[5], a[5])
                what = "end of the prohibition" if banned else "deadline"
                self.evidence.append(Evidence("deadline", effect, old, new,
                                              f"{effect}: {what} {'later' if later else 'earlier'}, {old} → {new}",
                                              r[1], a[1]))
            else:
                self.evidence.append(Evidence("number", "modified", old, new, f"number changed: {old} → {new}", r[1], a[1]))
            return
        if r[4] in ("cap", "floor") and a[4] in ("cap", "floor") and \
                self._percent(r, self.old_text) != self._percent(a, self.new_text) and \
                (_currency_before(self.old_text, r[1][0], self.lex.currency_symbols) or
                 _currency_before(self.new_text, a[1][0], self.lex.currency_symbols)):
            # a share against an amount ("a royalty of 6% of Gross Sales" → "of $1,500 per
            # week"): two measures, no direction
            self.evidence.append(Evidence("number", "modified", old, new, f"number changed: {old} → {new} "
                                          "(a share and an amount)", r[1], a[1]))
            return
        counted = [{w for w in n[3].lower().split() if w in self.lex.period_modifiers} for n in (r, a)]
        if role == "deadline" and r[4] == a[4] == "deadline" and counted[0] == counted[1] and \
                (r[0] < _YEARLESS) == (a[0] < _YEARLESS):  # "1 May" and "1 June 2026" do not compare
            # (nor "14 days" and "10 working days": counted differently, no direction)
            effect = "softened" if a[0] > r[0] else "hardened"
            verb = "lengthened" if a[0] > r[0] else "shortened"
            if not self._counts_time(r) and not self._counts_time(a) and \
                    self.a_keys[r[5] - 1:r[5]] == ["before"] and self.b_keys[a[5] - 1:a[5]] == ["before"] and \
                    not any(self._in_exception(keys, cues, n[5]) or self.in_trigger(keys, tokens, text, n[5])
                            for n, keys, cues, tokens, text in ((r, self.a_keys, self.old_cues, self.a, self.old_text),
                                                                (a, self.b_keys, self.new_cues, self.b, self.new_text))):
                # a date a ban holds until ("must not pick fruit before 1 August" → "before 15
                # July"): an earlier one ends the ban sooner
                effect, banned = self._later_effect(a[0] > r[0], r[5], a[5])
                if banned:
                    self.evidence.append(Evidence("deadline", effect, old, new,
                                                  f"{effect}: end of the prohibition {'later' if a[0] > r[0] else 'earlier'}, "
                                                  f"{old} → {new}", r[1], a[1]))
                    return
                effect = "softened" if a[0] > r[0] else "hardened"
            if self.in_trigger(self.a_keys, self.a, self.old_text, r[5]) and \
                    self.in_trigger(self.b_keys, self.b, self.new_text, a[5]):
                # a window in the condition that triggers the commitment ("An Athlete who has
                # three failures within a twelve-month period shall be deemed …"): a longer one
                # catches more cases; a window for an act the condition says was not done ("A
                # dealer who fails to submit the return within 30 days shall be liable"), fewer
                # (lexicon: negative_verbs)
                effect = "hardened" if a[0] > r[0] else "softened"
                what = "window of the triggering condition"
                if self._failure_before(self.a_keys, r[5]) and self._failure_before(self.b_keys, a[5]):
                    effect = "softened" if effect == "hardened" else "hardened"
                    what = "time allowed before a failure triggers the commitment"
                elif self._permission_triggered(self.a_keys, self.old_cues, r[5]) and \
                        self._permission_triggered(self.b_keys, self.new_cues, a[5]):
                    # ("may charge a fee where a Guest cancels within 7 days" → "14 days"): the
                    # permission holds in more cases, a freedom widened
                    effect = "softened" if effect == "hardened" else "hardened"
                    what = "window of the condition a permission holds in"
                self.evidence.append(Evidence("deadline", effect, old, new, f"{effect}: {what} {verb}, {old} → {new}",
                                              r[1], a[1]))
                return
            if self._lead_time(self.a_keys, r[5]) and self._lead_time(self.b_keys, a[5]):
                # "no later than 72 hours before the exercise" → "seven days before": a
                # longer lead time means acting earlier (the mirror of a deadline after an event)
                effect = "hardened" if a[0] > r[0] else "softened"
                verb = "lead time " + ("lengthened" if a[0] > r[0] else "shortened")
                self.evidence.append(Evidence("deadline", effect, old, new, f"{effect}: {verb}, {old} → {new}", r[1], a[1]))
                return
            self.evidence.append(Evidence("deadline", effect, old, new, f"{effect}: deadline {verb}, {old} → {new}", r[1], a[1]))
            return
        if role == "deadline" and r[4] == a[4] == "deadline" and counted[0] != counted[1] and \
                (r[0] < _YEARLESS) == (a[0] < _YEARLESS):
            # counted differently ("72 hours" / "five working days"): a direction only where
            # the spans cannot overlap, a business day being one to two calendar days
            (r_lo, r_hi), (a_lo, a_hi) = self._calendar_span(r, counted[0]), self._calendar_span(a, counted[1])
            if a_lo > r_hi or a_hi < r_lo:
                effect = "softened" if a_lo > r_hi else "hardened"
                verb = "lengthened" if a_lo > r_hi else "shortened"
                self.evidence.append(Evidence("deadline", effect, old, new, f"{effect}: deadline {verb}, {old} → {new}",
                                              r[1], a[1]))
                return
        if r[4] == a[4] == "until" and self._binding_firmly():
            # the day a duty or ban ends: later binds for longer
            effect = "hardened" if a[0] > r[0] else "softened"
            self.evidence.append(Evidence("deadline", effect, old, new,
                                          f"{effect}: the commitment ends {'later' if a[0] > r[0] else 'sooner'}, "
                                          f"{old} → {new}", r[1], a[1]))
            return
        if r[4] == a[4] == "duration" and counted[0] == counted[1] and self._binding_both():
            # how long a duty or prohibition lasts: longer binds for longer
            effect = "hardened" if a[0] > r[0] else "softened"
            verb = "lengthened" if a[0] > r[0] else "shortened"
            self.evidence.append(Evidence("deadline", effect, old, new,
                                          f"{effect}: period the commitment lasts {verb}, {old} → {new}", r[1], a[1]))
            return
        if r[4] == a[4] and r[4] in ("per", "deduction") and isinstance(r[0], float) and isinstance(a[0], float):
            # more taken off what a duty of giving pays, or a minimum owed for every so many
            # more: less is owed either way
            effect = "softened" if a[0] > r[0] else "hardened"
            message = f"the minimum is owed for every {new} instead of every {old}" if r[4] == "per" else \
                f"amount deducted from what is paid {'raised' if a[0] > r[0] else 'lowered'}, {old} → {new}"
            self.evidence.append(Evidence("floor" if r[4] == "per" else "number", effect, old, new,
                                          f"{effect}: {message}", r[1], a[1]))
            return
        if role in ("cap", "floor") and self._in_definition(self.a_keys, self.a, self.old_text, r[5]) and \
                self._in_definition(self.b_keys, self.b, self.new_text, a[5]):
            # a bound in the definition of a term ("'small satellite' means a satellite of less
            # than 500 kg"): what the term covers changed, and whether that binds more or less
            # depends on the clauses that use it
            self.evidence.append(Evidence("number", "modified", old, new,
                                          f"number changed in a definition: {old} → {new}", r[1], a[1]))
            return
        if role in ("cap", "floor") and (r[4] in (role, None)) and (a[4] in (role, None)) and \
                isinstance(r[0], float) and isinstance(a[0], float) and (r[4] == a[4] or self._same_measure(r, a)) and \
                self._currency_agrees(r, a) and not self._kinds_differ(r, a):
            raised = a[0] > r[0]
            penalty = r[6] or a[6]
            if role == "cap":
                effect = "hardened" if (raised == penalty) else "softened"
                what = "cap on what is owed" if penalty else "cap"
            else:
                effect = "hardened" if raised else "softened"
                what = "minimum"
            if self._sets_coverage(self.a_keys, self.a, self.old_text, self.old_cues, r[5]) and \
                    self._sets_coverage(self.b_keys, self.b, self.new_text, self.new_cues, a[5]) and \
                    not (self._grants_right(self.old_cues) and self._grants_right(self.new_cues)
                         and self.in_trigger(self.a_keys, self.a, self.old_text, r[5])
                         and any(c.category == "modal" and c.end <= r[5] for c in self.old_cues)
                         and self._holder_acts(self.a_keys, self.a, self.old_text, self.old_cues, r[5])):
                # (but a condition set after a right, on what its holder must do, "shall be
                # entitled to the slots only if it has operated them for at least 70% of the
                # time": a higher threshold is harder to meet. One in the subject says who holds
                # the right, "Passengers whose journey is delayed by 15 minutes or more shall be
                # entitled": a higher one leaves fewer holders, as for any duty)
                # the bound sets when the obligation applies ("upon the request of at least 30
                # parents"): a lower threshold makes it apply more often, a higher cap on what is
                # covered too; a penalty nearby is not what it bounds ("compensation of EUR 250
                # for all flights of 1,500 km or less": more flights covered is harsher)
                effect = ("hardened" if raised else "softened") if role == "cap" else ("softened" if raised else "hardened")
                what = "cap" if role == "cap" else what
                what = f"{what} in the condition that triggers the obligation," \
                    if self.in_trigger(self.a_keys, self.a, self.old_text, r[5]) else f"{what} of what the commitment covers,"
                if self._permitted_only_if(self.a_keys, self.old_cues, r[5]) and \
                        self._permitted_only_if(self.b_keys, self.new_cues, a[5]):
                    # the condition a permission is restricted to ("may be made only where at least
                    # 20% of the energy is protein"): met in more cases, the act is allowed more
                    # often (softened), the reverse of a condition that triggers a duty
                    effect = {"softened": "hardened", "hardened": "softened"}[effect]
                    what = f"{role if role == 'cap' else 'minimum'} in the condition the permission is restricted to,"
                elif self.in_trigger(self.a_keys, self.a, self.old_text, r[5]) and \
                        self._permission_triggered(self.a_keys, self.old_cues, r[5]) and \
                        self._permission_triggered(self.b_keys, self.new_cues, a[5]):
                    # ("may reject a load if its temperature exceeds 25°C" → "22°C"): the
                    # permission holds in more cases, a freedom widened
                    effect = {"softened": "hardened", "hardened": "softened"}[effect]
                    what = f"{role if role == 'cap' else 'minimum'} in the condition a permission holds in,"
                elif self._permission_of(self.a_keys, self.a, self.old_text, self.old_cues, r[5]) and \
                        self._permission_of(self.b_keys, self.b, self.new_text, self.new_cues, a[5]):
                    # what a permission covers ("Aircraft of up to 4 kg may be flown over
                    # persons"): covering more allows more, the reverse of a duty that covers more
                    effect = {"softened": "hardened", "hardened": "softened"}[effect]
                    what = f"{role if role == 'cap' else 'minimum'} of what is permitted,"
            elif role == "floor" and self._banned_from(self.a_keys, self.old_cues, r[5]) and \
                    self._banned_from(self.b_keys, self.new_cues, a[5]):
                # "shall not accept cash payments of EUR 10,000 or more": the figure says which
                # payments are banned, and a lower one bans more
                effect = {"softened": "hardened", "hardened": "softened"}[effect]
                what = f"{what} of what is forbidden,"
            # (read against its words: a cap on what a duty gives, or a bound on what a duty
            # covers; not a penalty, whose higher cap every reader sees as harsher)
            plain = ("softened" if raised else "hardened") if role == "cap" else ("hardened" if raised else "softened")
            reread = effect != plain and (what.endswith("of what the commitment covers,") or (
                what == "cap on what is owed" and not self.penalty_near(self.a_keys, r[5], self.old_cues, self.a, self.old_text)))
            self.evidence.append(Evidence(role, effect, old, new,
                                          f"{effect}: {what} {'raised' if raised else 'lowered'}, {old} → {new}", r[1], a[1],
                                          reread=reread))
            return
        if {r[4], a[4]} == {"cap", "floor"} and isinstance(r[0], float) and isinstance(a[0], float) and \
                (self._measured_alike(r, a) or all(n[3].lower().split()[-1] in self.lex.time_units for n in (r, a))) and \
                (a[0] >= r[0] if r[4] == "cap" else a[0] <= r[0]) and \
                not self._sets_coverage(self.a_keys, self.a, self.old_text, self.old_cues, r[5]) and \
                not self._sets_coverage(self.b_keys, self.b, self.new_text, self.new_cues, a[5]):
            # a maximum turned into a minimum at least as high ("may be suspended for up to two
            # years" → "for a minimum of four years"): the least now asked is the most asked
            # before, or more (hardened); a minimum turned into a maximum no higher, the reverse
            effect = "hardened" if r[4] == "cap" else "softened"
            what = f"maximum of {old} became a minimum of {new}" if r[4] == "cap" else f"minimum of {old} became a maximum of {new}"
            self.evidence.append(Evidence(a[4], effect, old, new, f"{effect}: {what}", r[1], a[1]))
            return
        if isinstance(r[0], float) and isinstance(a[0], float) and r[0] != a[0] and \
                self._banned_zone(self.a_keys, self.a, self.old_text, self.old_cues, r[5]) and \
                self._banned_zone(self.b_keys, self.b, self.new_text, self.new_cues, a[5]) and self._same_measure(r, a):
            # "no herbicide is applied within 50 metres of any apiary" → "within 200 metres": a
            # wider zone forbids more (hardened), a narrower one less
            effect = "hardened" if a[0] > r[0] else "softened"
            self.evidence.append(Evidence("number", effect, old, new,
                                          f"{effect}: the zone the ban covers {'widened' if a[0] > r[0] else 'narrowed'},"
                                          f" {old} → {new}", r[1], a[1]))
            return
        self.evidence.append(Evidence("number", "modified", old, new, f"number changed: {old} → {new}", r[1], a[1]))

    def _banned_zone(self, keys: list[str], tokens: list[Token], text: str, cues: list[_Cue], k: int) -> bool:
        """Is the figure at word ``k`` a distance right after "within" ("within 50 metres of any
        apiary"; lexicon: measure_units of length) in the sentence of a ban: its modal negated
        and forbidding, or a subject opened by "no" after it ("shall ensure that no herbicide is
        applied"; lexicon: negative_subjects)? The zone the ban covers."""
        unit = keys[k + 1] if k + 1 < len(keys) else ""
        if k < 1 or keys[k - 1] != "within" or self.lex.measure_units.get(unit, ("",))[0] != "length":
            return False
        modal = next((c for c in reversed(cues) if c.category == "modal" and c.end <= k), None)
        if modal is None or any(ch in text[tokens[modal.end - 1].end:tokens[k].start] for ch in ".;:"):
            return False
        # (not a zone in the ban's exception, "shall not fish except within 100 metres": there
        # the act is allowed; nor one after "unless" or "other than" on the way)
        if self._in_exception(keys, cues, k) or self._exception_word_between(keys, cues, k) or any(
                c.category in ("hedge", "condition") and modal.end <= c.start < k for c in cues):
            return False
        if self.negated(keys, modal) and self.prohibits(keys, modal):
            return True
        return not self.negated(keys, modal) and modal.strength >= self.binding and \
            any(keys[p] in self.lex.negative_subjects for p in range(modal.end, k))
