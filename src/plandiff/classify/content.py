"""Substance without a cue: content words replaced, list items, commitments turned descriptions."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import pairwise

from plandiff.classify.cues import _Cue
from plandiff.classify.evidence import BEST_EFFORTS, Evidence, spans_overlap
from plandiff.classify.lexical import (
    _abbreviates,
    _antonyms,
    _label,
    _same_word,
    _sentence_start,
    _shorten,
    _stem,
    _word_synonyms,
)
from plandiff.classify.numbers import FREQUENCY_COUNTS, FREQUENCY_FOLLOWERS
from plandiff.classify.words import _equal_map, _phrase_text, _span, symmetric_opcodes
from plandiff.lexicon import Lexicon
from plandiff.text import (
    is_figure,
    past_participle,
    words_value,
)

# Per lexicon, what _content_words asks of every word: the lengths (4, 3 or 2, longest first)
# of the synonym phrases a word opens, and, per single word, whether it is a content word and
# its (stem, synonym groups). The lexicon is kept in the entry so that a new one at the same
# address is not mistaken for it.
_CONTENT_TABLES: dict[int, tuple[Lexicon, dict[str, tuple[int, ...]], dict[str, tuple]]] = {}
_WORD_INFO_MAX = 200_000


def _content_tables(lex: Lexicon) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple]]:
    entry = _CONTENT_TABLES.get(id(lex))
    if entry is None or entry[0] is not lex:
        lengths: dict[str, set[int]] = {}
        for phrase, groups in lex.synonyms.items():
            if groups and len(phrase) in (2, 3, 4):
                lengths.setdefault(phrase[0], set()).add(len(phrase))
        entry = _CONTENT_TABLES[id(lex)] = (lex, {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}, {})
    return entry[1], entry[2]


_MONTH_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}


def _month_words(lex: Lexicon) -> frozenset[str]:
    """The lexicon's month names, lower-cased as the word keys are (made once per lexicon)."""
    entry = _MONTH_WORDS.get(id(lex.months))
    if entry is None or entry[0] is not lex.months:
        entry = _MONTH_WORDS[id(lex.months)] = (lex.months, frozenset(m.lower() for m in lex.months))
    return entry[1]


def _in_date(word: str, keys: list[str], k: int, lex: Lexicon) -> bool:
    """A month name with a day number beside it ("1 February", "February 1"): part of a date,
    which the number rules read."""
    # (the figure beside it first: most words have none)
    return ((k > 0 and keys[k - 1].isdigit()) or (k + 1 < len(keys) and keys[k + 1].isdigit())) \
        and word in _month_words(lex)


_ROMAN_LETTERS = frozenset("ivx")  # "iii", "xii": an item's label, no word of English


_MARKERS_BY_WORD: dict[int, tuple[frozenset, dict[str, list]]] = {}


def _markers_by_word(lex: Lexicon) -> dict[str, list]:
    """The lexicon's example markers by their longest word, the rarest in a text ("example" of
    "for example", not "for"), each with that word's place in it (made once per lexicon)."""
    entry = _MARKERS_BY_WORD.get(id(lex))
    if entry is None or entry[0] is not lex.example_markers:
        table: dict[str, list] = {}
        for p in lex.example_markers:
            at = max(range(len(p)), key=lambda i: len(p[i]))
            table.setdefault(p[at], []).append((p, at))
        entry = _MARKERS_BY_WORD[id(lex)] = (lex.example_markers, table)
    return entry[1]


def _word_info(word: str, lex: Lexicon) -> tuple[bool, tuple[str, frozenset[int]]]:
    """Is a single word a content word (not light, not a time unit, fraction or number
    word, not a list label such as "(iii)", not a pronoun by which plain language addresses the
    parties, three letters or more), and its (stem, synonym groups)."""
    # (a name of letters and figures is a content word too: "PM2.5", "CO2")
    content = (word.isalpha() or _letters_and_figures(word)) and len(word) > 2 and not _ROMAN_LETTERS.issuperset(word) \
        and word not in lex.light_words \
        and word not in lex.addressed_pronouns \
        and word not in lex.time_units and word not in lex.measure_units and word not in lex.fractions \
        and words_value(word) is None
    return content, (_stem(word), _word_synonyms(word, lex))


def _letters_and_figures(word: str) -> bool:
    """A name written with letters and figures, opening with a letter ("pm2.5", "co2")."""
    return word[:1].isalpha() and any(ch.isdigit() for ch in word) and word.replace(".", "").isalnum()


def _sentences(tokens, text: str) -> list[tuple[int, int]]:
    """The sentences of a text as word-index ranges: one ends where a full stop, question or
    exclamation mark stands between two words and the next opens with a capital. A period
    after an abbreviation ("U.S.", "No. 5", a single initial) ends none."""
    out, lo = [], 0
    for k in range(len(tokens) - 1):
        # (the capital first: most words open with none, and then the gap needs no reading)
        if not tokens[k + 1].text[:1].isupper():
            continue
        gap = text[tokens[k].end:tokens[k + 1].start]
        if not any(ch in gap for ch in ".!?"):
            continue
        word = tokens[k].text
        if "." in word or (len(word) == 1 and word.isalpha()):
            continue
        out.append((lo, k + 1))
        lo = k + 1
    if tokens:
        out.append((lo, len(tokens)))
    return out


class _Stems(set):
    """A side's stems and words. :func:`_same_word` pairs a word of four letters or more only
    with itself or one sharing its first four letters, so :meth:`has_form` looks only at those
    (a range of the sorted words, sorted on the first ask) instead of at every word."""

    _sorted: list[str] | None = None

    def has_form(self, word: str, past: int = 0) -> bool:
        """``any(_same_word(word, w) for w in self)``; with ``past``, both words compared after
        their first ``past`` letters (a shared prefix such as "re" is no evidence)."""
        if len(word) < 4:
            return word in self  # a word of three letters or fewer is only the same as itself
        ordered = self._sorted
        if ordered is None:
            ordered = self._sorted = sorted(self)
        prefix = word[:4]
        for k in range(bisect_left(ordered, prefix), len(ordered)):
            other = ordered[k]
            if not other.startswith(prefix):
                return False
            if _same_word(word[past:], other[past:]):
                return True
        return False


def _untraced(info: dict[int, tuple[str, frozenset[int]]], keys: list[str], other_stems: _Stems,
               other_groups: set[int], k: int) -> bool:
    """A content word (index ``k`` of ``keys``, ``info`` its side's content words) with no trace
    on the other side: no same word or stem, no other form of it, no listed synonym."""
    stem, groups = info[k]
    if stem in other_stems or (groups and not groups.isdisjoint(other_groups)):
        return False
    word = keys[k]
    if "-" in word:
        # "end-user" is traced by "end user" or "enduser", "sub-contract" by "subcontract"
        parts = [w for w in word.split("-") if len(w) > 2]
        return not other_stems.has_form(word.replace("-", "")) and not (
            parts and all(_stem(w) in other_stems or other_stems.has_form(w) for w in parts))
    if len(word) <= 5 and ((word.endswith("s") and word[:-1] in other_stems) or word + "s" in other_stems):
        return False  # "pets" / "pet": a short word in the other number (longer ones are stemmed)
    if len(word) <= 6 and ((word.endswith("er") and word[:-2] in other_stems) or word + "er" in other_stems):
        return False  # "old" / "older": a short adjective and its comparative
    if not word.startswith("re"):
        return not other_stems.has_form(word)
    # "confirm" / "reconfirm"; and "responsible" / "responsibility" are forms of one word, read
    # past the "re" ("repainted" / "repaired" share only it)
    return not other_stems.has_form(word[2:]) and not other_stems.has_form(word, past=2)


class _WordIndex:
    """A side's words counted, and its alphabetic words by their first four letters (the
    letters :func:`_same_word` needs alike): what :func:`_echo_only` asks, made once per pair."""

    def __init__(self, keys: list[str]) -> None:
        self.count = Counter(keys)
        self.by_prefix: dict[str, set[str]] = {}
        for w in self.count:
            if w.isalpha():
                self.by_prefix.setdefault(w[:4], set()).add(w)


def _echo_only(word: str, this: _WordIndex, other: _WordIndex) -> bool:
    """Is every form of ``word`` (standing once here, where it was replaced) on the other side
    matched by a form this side keeps elsewhere? "The processor shall keep a record of
    processing" / "The controller shall keep a record of processing": "processing" answers
    "processing", not "processor", which is gone."""
    forms = [w for w in other.by_prefix.get(word[:4], ()) if _same_word(word, w)] if len(word) >= 4 else \
        ([word] if word in other.count else [])
    if not forms:
        return False
    return all(other.count[w] <= this.count[w] - (w == word) for w in forms)


# "once", "twice" before a period ("twice a day", "once in each 24-hour period") count a
# frequency, which the frequency rule compares; elsewhere ("may resit once") they are words
_FREQUENCY_COUNTS = frozenset(FREQUENCY_COUNTS)


def _with_hyphenated(info: dict, keys: list[str], lex: Lexicon) -> dict:
    """``info`` (content words by index) with the hyphenated words of ``keys`` added, each
    with the synonym groups of its words read as a phrase ("dwelling-house")."""
    extra = {k: (_stem(w), lex.synonyms.get(tuple(w.split("-")), frozenset())) for k, w in enumerate(keys)
             if "-" in w and k not in info and w.replace("-", "").isalpha() and len(w) > 2}
    return {**info, **extra} if extra else info


class ContentRules:
    """Rules of :class:`plandiff.classify.pair._Pair`, one concern per module:
    substance without a cue: content words replaced, list items, commitments turned descriptions."""

    def _content_words(self, keys: list[str], cues: list[_Cue]) -> dict[int, tuple[str, frozenset[int]]]:
        """Content words of one side: word index → (stem, synonym groups). A word covered by a
        lexicon cue (modal, qualifier, bound, party word) is judged by its own rules, a light
        word carries no content; a synonym phrase ("set up") counts as one word."""
        lex = self.lex
        phrase_lengths, word_info = _content_tables(lex)
        cue_words = {k for c in cues for k in range(c.start, c.end)}
        cue_words |= self._restated_verbs[0 if keys is self.a_keys else 1]
        # (the words of a marker of examples, "including", "inter alia", "among them", mark; they
        # say nothing of their own)
        markers = _markers_by_word(lex)
        if not markers.keys().isdisjoint(keys):
            for k, w in enumerate(keys):
                for p, at in markers.get(w, ()):
                    if k >= at and tuple(keys[k - at:k - at + len(p)]) == p:
                        cue_words.update(range(k - at, k - at + len(p)))
        # words the number rules read instead: the count of a frequency ("twice a day") and a
        # month beside a day number ("1 February"); looked for only where such a word stands
        special = not _FREQUENCY_COUNTS.isdisjoint(keys) or not _month_words(lex).isdisjoint(keys)
        out: dict[int, tuple[str, frozenset[int]]] = {}
        k, n = 0, len(keys)
        while k < n:
            word = keys[k]
            for length in phrase_lengths.get(word, ()):
                groups = lex.synonyms.get(tuple(keys[k:k + length])) if k + length <= n else None
                if groups:
                    break
            else:
                length = 1
                info = word_info.get(word)
                if info is None:
                    if len(word_info) >= _WORD_INFO_MAX:
                        word_info.clear()
                    info = word_info[word] = _word_info(word, lex)
                if info[0] and k not in cue_words and not (special and (
                        (word in _FREQUENCY_COUNTS and k + 1 < n and keys[k + 1] in FREQUENCY_FOLLOWERS)
                        or _in_date(word, keys, k, lex))):
                    out[k] = info[1]
                k += 1
                continue
            if k not in cue_words:
                for extra in range(k, k + length):
                    out[extra] = (_stem(keys[extra]), groups)
            k += length
        return out

    def _point_swapped(self, edits: list) -> Evidence | None:
        """"the last Working Day of each month" → "the first Working Day": a word that picks the
        earliest or the latest of a series swapped for its opposite in place (lexicon:
        later_words, earlier_words), as a word of its own, not in a choice between two days
        (see numbers.chosen_day). Another point in time: modified. Both are light words, which
        the replacement rule below passes over."""
        later, earlier = self.lex.later_words, self.lex.earlier_words
        for tag, i1, i2, j1, j2 in edits:
            if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
                continue
            a, b = self.a_keys[i1], self.b_keys[j1]
            if not ((a in later and b in earlier) or (a in earlier and b in later)) or \
                    not self.lex.choice_words.isdisjoint(self.a_keys[max(0, i1 - 3):i1]):
                continue
            old_span, new_span = _span(self.a, i1, i2), _span(self.b, j1, j2)
            old_txt, new_txt = self.a[i1].text, self.b[j1].text
            return Evidence("content", "modified", old_txt, new_txt, f"point changed: '{old_txt}' → '{new_txt}'",
                            old_span, new_span)
        return None

    def _exception_told_as_only(self, i1: int, i2: int, j1: int, j2: int) -> bool:
        """Is one run a word of an exception to a ban (lexicon: exception_words: "other than",
        "elsewhere than") and the other a word of "only" (lexicon: only_words)? The ban with its
        exception told as a restricted permission: the modal rules read it."""
        def exception(keys: list[str], lo: int, hi: int) -> bool:
            cues = self.old_cues if keys is self.a_keys else self.new_cues
            return tuple(keys[lo:hi]) in self.lex.exception_words and \
                any(c.category == "modal" and c.end <= lo and self.negated(keys, c) for c in cues)
        def only(keys: list[str], lo: int, hi: int) -> bool:
            return any(w in self.lex.only_words for w in keys[lo:hi]) and \
                all(w in self.lex.only_words or w in self.lex.light_words for w in keys[lo:hi])
        return (exception(self.a_keys, i1, i2) and only(self.b_keys, j1, j2)) or \
            (only(self.a_keys, i1, i2) and exception(self.b_keys, j1, j2))

    def _negation_in_one(self, i1: int, i2: int, j1: int, j2: int) -> bool:
        """Does a commitment's negation stand in the replaced run of one side only, beside a
        listed antonym of a word on the other (a modal and its "not" in the run: "shall not
        leave" / "must stay on"; lexicon: antonyms)? Then the run is the antonym told the other
        way round ("armed only with pistols" / "carrying no firearms" holds no modal)."""
        def negated(cues, lo, hi) -> bool:
            return any(c.category == "negation" and lo <= c.start < hi for c in cues) and \
                any(c.category == "modal" and c.end <= hi and c.end >= lo for c in cues)

        def governed_negated(keys, cues, lo) -> bool | None:
            # the modal right before the run, negated or not ("No Party shall permit" /
            # "Each Party shall prohibit": the "no" stands in the subject)
            modal = next((c for c in reversed(cues) if c.category == "modal" and lo - 2 <= c.end <= lo), None)
            return None if modal is None else self.negated(keys, modal)
        if negated(self.old_cues, i1, i2) == negated(self.new_cues, j1, j2):
            old_neg = governed_negated(self.a_keys, self.old_cues, i1)
            new_neg = governed_negated(self.b_keys, self.new_cues, j1)
            if old_neg is None or new_neg is None or old_neg == new_neg:
                return False
        return any(_antonyms(x, y, self.lex) for x in self.a_keys[i1:i2] for y in self.b_keys[j1:j2]
                   if x.isalpha() and y.isalpha())

    def _anaphoric_subject(self, keys: list[str], k: int) -> bool:
        """Is word ``k`` the noun of a subject that points back, in a clause joined on ("…, and
        this deadline is not subject to weather"; lexicon: anaphoric_determiners)? It names
        what was said already: no new content, though it counts as a word of its item."""
        return 1 < k < len(keys) - 1 and keys[k - 1] in self.lex.anaphoric_determiners and \
            (keys[k - 2],) in self.lex.conjunctions and \
            (keys[k + 1] in self.lex.copulas or keys[k + 1] in self.lex.auxiliary_modals)

    def content_change(self) -> Evidence | None:
        """A change of substance that has no direction: a content word replaced by one that is
        no synonym or other form of it, where it heads its phrase ("withdraw troops from" →
        "withdraw heavy weapons from"; a modifier swap such as "reliable" → "robust" guarantees
        is left to the similarity), or an item added to or dropped from a list ("energy and
        water" → "energy, water and health"). A word that still occurs on the other side (in
        any form or as a listed synonym) merely moved."""
        # read once per pair while its evidence stands (the rules ask again)
        key = (len(self.evidence), self.directed)
        cached = self.__dict__.get("_content_change")
        if cached is not None and cached[0] == key:
            return cached[1]
        change = self._content_change_uncached()
        self._content_change = (key, change)
        return change

    def _criterion_replaced(self, effect: str) -> bool:
        """Did both sides lose and gain content words, at least three in all ("Patients aged
        over 65" → "Patients with a chronic respiratory condition")? A threshold that came or
        went beside them stands in place of another criterion, no mere limit added or dropped
        (unless a scope word or strengthener found before points the way the threshold does:
        "… of every exclusion, regardless of its length" widened the set)."""
        if any(e.effect == effect and e.kind in ("scope", "strengthener", "hedge") for e in self.evidence):
            return False
        gone, came = self._untraced_counts()
        return gone >= 1 and came >= 1 and gone + came >= 3

    def fresh_share(self) -> float:
        """The share of both sides' content words that have no trace on the other side (no
        same word, form or synonym): how much of what the clause talks about is new. The same
        read either way round, as it does not depend on the word diff."""
        gone, came = self._untraced_counts()
        old_c, new_c = self.content_words
        return (gone + came) / max(1, len(old_c) + len(new_c))

    def _untraced_counts(self) -> tuple[int, int]:
        """How many content words of each side (old, new) have no trace on the other side."""
        gone, came = self._untraced_words()
        return len(gone), len(came)

    def _untraced_words(self) -> tuple[list[int], list[int]]:
        """The content words of each side (old, new indexes) with no trace on the other side."""
        old_stems, new_stems, old_groups, new_groups = self._traces()
        old_c, new_c = self.content_words
        return ([k for k in old_c if _untraced(old_c, self.a_keys, new_stems, new_groups, k)],
                [k for k in new_c if _untraced(new_c, self.b_keys, old_stems, old_groups, k)])

    def untraced_outside(self, spans_old: list, spans_new: list) -> tuple[list[int], list[int]]:
        """The content words of each side (old, new indexes) with no trace on the other side
        that stand outside every changed run of the word diff touching the given character
        spans: what changed beside those words, not in their own rewording. The runs of the
        diff read both ways count (it groups a restructured sentence differently each way), so
        the answer is the same for the pair read new → old."""
        untraced_old, untraced_new = self._untraced_words()
        held_old, held_new = set(), set()
        back = self.mirrored()
        for opcodes, tokens_old, tokens_new, near_old, near_new, into_old, into_new in (
                (self.opcodes, self.a, self.b, spans_old, spans_new, held_old, held_new),
                (back.opcodes, self.b, self.a, spans_new, spans_old, held_new, held_old)):
            for tag, i1, i2, j1, j2 in opcodes:
                if tag == "equal":
                    continue
                run_old = (tokens_old[i1].start, tokens_old[i2 - 1].end) if i2 > i1 else None
                run_new = (tokens_new[j1].start, tokens_new[j2 - 1].end) if j2 > j1 else None
                if any(spans_overlap(run_old, s) for s in near_old) or any(spans_overlap(run_new, s) for s in near_new):
                    into_old.update(range(i1, i2))
                    into_new.update(range(j1, j2))
        # (an acronym spelled out on the other side, or the reverse, is the same name)
        old_words, new_words = [t.text for t in self.a], [t.text for t in self.b]
        gone = [k for k in untraced_old if k not in held_old and not _abbreviates(self.a[k].text, new_words)]
        came = [k for k in untraced_new if k not in held_new and not _abbreviates(self.b[k].text, old_words)]
        return gone, came

    def _traces(self) -> tuple[_Stems, _Stems, set[int], set[int]]:
        """What a content word of one side may find on the other: the stems and words of each
        side (the parts of a hyphenated word stand too: "pre-mining" holds "mining") and the
        synonym groups of its content words: (old stems, new stems, old groups, new groups)."""
        # the same for the pair whenever asked (several rules read it): made once per pair,
        # and the mirrored pair takes it swapped
        cached = self.__dict__.get("_traces_made")
        if cached is not None:
            return cached
        if self.content_words is None:
            self.content_words = (self._content_words(self.a_keys, self.old_cues),
                                  self._content_words(self.b_keys, self.new_cues))
        old_c, new_c = self.content_words
        old_stems = _Stems({st for st, _ in old_c.values()} | self._words_for_traces(self.a_keys, self.old_cues, old_c) |
                           {_stem(w) for k in self.a_keys if "-" in k for w in k.split("-")})
        new_stems = _Stems({st for st, _ in new_c.values()} | self._words_for_traces(self.b_keys, self.new_cues, new_c) |
                           {_stem(w) for k in self.b_keys if "-" in k for w in k.split("-")})
        old_groups = set().union(*(g for _, g in old_c.values())) if old_c else set()
        new_groups = set().union(*(g for _, g in new_c.values())) if new_c else set()
        self._traces_made = (old_stems, new_stems, old_groups, new_groups)
        return self._traces_made

    def _words_for_traces(self, keys: list[str], cues, info: dict) -> set[str]:
        """A side's words, as a content word of the other side may find them. A month's name
        that stands here only as a modal ("the Board may determine") is no trace of the month
        ("held in May" / "held in September")."""
        words = set(keys)
        months = _month_words(self.lex)
        if months.isdisjoint(words):
            return words
        modal_words = {k for c in cues if c.category == "modal" for k in range(c.start, c.end)}
        for w in months.intersection(words):
            if all(k in modal_words for k, x in enumerate(keys) if x == w):
                words.discard(w)
        return words

    def _swapped_runs(self) -> Evidence | None:
        """Two runs of words that traded places in an otherwise kept frame ("NASA shall provide
        the launch vehicle and ESA shall provide the module" → "ESA shall provide the launch
        vehicle and NASA …", "headquarters in Kyiv … offices in Dnipro" → "in Dnipro … in
        Kyiv"): the same words, another assignment. At least one of them holds a content word
        or a name. A voice change moves words too, but never as such an exchange."""
        a, b = self.a_keys, self.b_keys
        if len(a) != len(b) or a == b or sorted(a) != sorted(b):
            return None  # (a swap keeps every word: cheap first)
        longest = int(self.lex.thresholds.get("swap_max_run_words", 4))
        edits = [op for op in self.opcodes if op[0] == "replace" and op[2] - op[1] <= longest]
        glue = {p[0] for p in self.lex.conjunctions if len(p) == 1} | set(self.lex.determiners)

        def whole_item(i: int, j: int) -> bool:
            # a run that is a whole item of a list: opened by a comma, conjunction or article,
            # closed by a comma, conjunction or the sentence's end ("the cause of the incident,
            # the number of users affected and the duration" → "the duration …, … the cause")
            text, tokens = self.old_text, self.a
            opened = i > 0 and (a[i - 1] in glue or "," in text[tokens[i - 1].end:tokens[i].start])
            tail = text[tokens[j - 1].end:tokens[j].start] if j < len(a) else "."
            return opened and (any(ch in tail for ch in ",.;:") or (j < len(a) and (a[j],) in self.lex.conjunctions))
        # the word diff may pair the kept words otherwise ("The State shall bear the packing
        # costs and the Museum …"): read the changed middle directly too, old = P X Q Y R and
        # new = P Y Q X R
        lo = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
        hi = next((k for k in range(len(a)) if a[-1 - k] != b[-1 - k]), len(a))
        mid_a, mid_b = a[lo:len(a) - hi], b[lo:len(b) - hi]
        for x in range(1, longest + 1):
            for y in range(1, longest + 1):
                if x + y < len(mid_a) and mid_a[:x] == mid_b[-x:] and mid_a[-y:] == mid_b[:y] and mid_a[x:-y] == mid_b[y:-x]:
                    end = len(a) - hi
                    # (the second run opened by the list's conjunction, maybe through an article:
                    # "and the duration"; not "refunds by the Seller")
                    opener = end - y - 1 - (a[end - y - 1] in self.lex.determiners)
                    if whole_item(lo, lo + x) and whole_item(end - y, end) and \
                            any((w,) in self.lex.conjunctions for w in a[lo + x:end - y]) and \
                            (a[opener],) in self.lex.conjunctions:
                        # items of one list reordered, a conjunction between them: no roles traded
                        # (not "to the Commission, with a copy to the parties" → "to the parties, …")
                        return None
                    edits.append(("replace", lo, lo + x, lo, lo + y))
                    edits.append(("replace", end - y, end, end - x, end))
        if len(edits) < 2:
            return None
        modal_words = {k for c in self.old_cues if c.category == "modal" for k in range(c.start, c.end)}
        for x, (_, i1, i2, j1, j2) in enumerate(edits):
            for _, i3, i4, j3, j4 in edits[x + 1:]:
                # Noun phrases (four words at most) with a modal or a preposition between them:
                # items of one list reordered ("English, French and Spanish" → "Spanish, French
                # and English") trade no roles, nor do phrases moved about a sentence.
                # (the words before the first run, repeated before the second, are a list's
                # own: "in English and in French" / "in French and in English")
                before = set(self.a_keys[max(0, i1 - 2):i1])
                if self.a_keys[i1:i2] == self.b_keys[j3:j4] and self.a_keys[i3:i4] == self.b_keys[j1:j2] \
                        and any(w.isalpha() and w not in self.lex.light_words for w in self.a_keys[i1:i2] + self.a_keys[i3:i4]) \
                        and not any(c.start < i4 and c.end > i1 and c.category in ("hedge", "strengthener", "condition")
                                    for c in self.old_cues) \
                        and not any(c.start < j4 and c.end > j1 and c.category in ("hedge", "strengthener", "condition")
                                    for c in self.new_cues) \
                        and any(k in modal_words or (w in self.lex.light_words and w not in glue)
                                for k, w in enumerate(self.a_keys[i2:i3], i2)) \
                        and not all(w in glue or w in before for w in self.a_keys[i2:i3]):
                    first = self.old_text[self.a[i1].start:self.a[i2 - 1].end]
                    second = self.old_text[self.a[i3].start:self.a[i4 - 1].end]
                    return Evidence("content", "modified", f"{first} … {second}", f"{second} … {first}",
                                    f"'{first}' and '{second}' traded places", _span(self.a, i1, i4), _span(self.b, j1, j4))
        return None

    def _edit_regions(self, edits: list) -> int:
        """How many separate places the word diff changed: edits kept apart by one article or
        possessive on both sides are one place."""
        regions = 1
        for (_, _, i2, _, j2), (_, i1, _, j1, _) in pairwise(edits):
            between_old, between_new = self.a_keys[i2:i1], self.b_keys[j2:j1]
            if not (len(between_old) <= 1 and between_old == between_new
                    and all(w in self.lex.noun_markers for w in between_old)):
                regions += 1
        return regions

    def _content_change_uncached(self) -> Evidence | None:
        old_stems, new_stems, old_groups, new_groups = self._traces()
        old_c, new_c = self.content_words
        swapped = self._swapped_runs()
        if swapped is not None:
            return swapped

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
            # a list's tail added after a comma: "hate speech, harassment and violent content"
            tail = len(run) <= self.lex.thresholds.get("list_tail_max_words", 6) and \
                text[:tokens[lo].start].rstrip().endswith(",") and run[0] not in self.lex.light_words and \
                not any(ch in text[tokens[lo].end:tokens[hi - 1].start] for ch in ",;:.()") and \
                any((run[m],) in conj and run[m - 1] not in self.lex.light_words and run[m + 1] not in self.lex.light_words
                    for m in range(1, len(run) - 1))
            return opens or closes or comma or after_conj or tail

        def moved(info, lo, hi, fresh) -> bool:
            # an item whose content words mostly stand on the other side was moved (a list
            # reordered: "rehabilitate the site and restore the land" → "restore the land …
            # and rehabilitate the site"), its few new words the paraphrase
            # (at exactly twice, only where the item does not open with a new word: "… and
            # monitor river banks" adds a duty, "… or genocide are excluded from" restates one)
            # (the words of a conjunction that opens the item, "together with its bid", are no
            # content of the item)
            keys = self.b_keys if info is new_c else self.a_keys
            opener = max((len(p) for p in self.lex.conjunctions | self.lex.duty_list_conjunctions
                          if tuple(keys[lo:lo + len(p)]) == p), default=0)
            fresh = [k for k in fresh if k >= lo + opener]
            words = [k for k in range(lo + opener, hi) if k in info]
            kept = len(words) - len(fresh)
            return kept > 2 * len(fresh) or (kept == 2 * len(fresh) and bool(words) and words[0] not in fresh)

        def tail_phrase(tokens, text, lo, hi, fresh) -> bool:
            # a phrase of new content set off by a comma at the end of the sentence (", alternately
            # in Geneva and Nairobi"): what the clause says grew, however it is worded
            before = text[:tokens[lo].start].rstrip()
            after = text[tokens[hi - 1].end:].strip()
            # Only where nothing points one way and no cue word lies in it: a qualifier set off at
            # the end (", as far as possible without serious danger to their ship") is a hedge
            if len(fresh) < 2 or not text[:tokens[lo].start].rstrip().endswith(",") or \
                    text[tokens[hi - 1].end:].strip() not in ("", ".", ";"):
                return False
            qualifiers = ("hedge", "strengthener", "narrower", "widener", "modal", "negation")
            cues = self.new_cues if tokens is self.b else self.old_cues
            if self.directed or any(e.effect in ("softened", "hardened") for e in self.evidence) or \
                    any(c.category in qualifiers and lo <= c.start < hi for c in cues):
                return False
            keys = self.b_keys if tokens is self.b else self.a_keys
            if any(tuple(keys[lo:lo + len(p)]) == p for p in self.lex.example_markers):
                return False  # ", including START I": an example of what the clause already covers
            return len(fresh) >= 2 and len(fresh) == sum(1 for k in range(lo, hi) if k in (new_c if tokens is self.b else old_c)) \
                and before.endswith(",") and after in ("", ".", ";")

        # In a restructured sentence the swapped words are mostly the paraphrase itself: a
        # replacement counts there no more (an item added or dropped still does).
        edits = [op for op in self.opcodes if op[0] != "equal"]
        # (one run replaced, every other word kept in place, is no restructuring however long
        # the run: "by a two-thirds majority of members present and voting" → "by consensus")
        # (edits apart by no more than an article are one change: "a referendum on the status of
        # the region" → "elections for a regional assembly" diffs around the shared "a")
        restructured = self.ratio < self.lex.thresholds.get("content_min_ratio", 0.65) and \
            self._edit_regions(edits) > 1
        # (a figure replaced elsewhere is read by the number rules: "all persons … within sixty
        # days" → "all combatants … within thirty days" still has one edit of words)
        # (nor does a pronoun that follows the object's number: "before its first use" / "before
        # their first use")
        light = self.lex.light_words | self.lex.possessive_pronouns
        worded = edits if len(edits) < 2 else [op for op in edits if not (op[0] == "replace" and (all(
            is_figure(w) for w in self.a_keys[op[1]:op[2]] + self.b_keys[op[3]:op[4]]) or all(
            w in light for w in self.a_keys[op[1]:op[2]] + self.b_keys[op[3]:op[4]])))]
        single = len(worded) == 1 and self.ratio >= self.lex.thresholds.get("single_edit_min_ratio", 0.8)
        # (told anew at about the same length: a text cut to a third of itself was not retold)
        retold = restructured and self.ratio < self.lex.thresholds.get("item_min_ratio", 0.5) and \
            min(len(self.a), len(self.b)) >= self.lex.thresholds.get("retold_min_length_share", 0.6) * max(len(self.a), len(self.b))
        index: list = []  # (the words of both sides counted, made at the first word that needs them)

        def echo(word: str, side: int) -> bool:
            if not index:
                index.extend((_WordIndex(self.a_keys), _WordIndex(self.b_keys)))
            return _echo_only(word, index[side], index[1 - side])

        group_counts: list = []  # (synonym groups counted on each side, made at the first swap that needs them)

        def group_echo(k: int, side: int) -> bool:
            # a word traced only through a synonym group that a kept word of its own side holds
            # as often ("shall jointly finance the reconstruction fund" / "shall jointly
            # administer the reconstruction fund": "fund" answers "fund", not "finance")
            info, other_stems, keys = (old_c, new_stems, self.a_keys) if side == 0 else (new_c, old_stems, self.b_keys)
            stem, groups = info[k]
            if not groups or stem in other_stems or other_stems.has_form(keys[k]):
                return False
            if not group_counts:
                group_counts.extend(Counter(g for _, gs in c.values() for g in gs) for c in (old_c, new_c))
            this, other = group_counts[side], group_counts[1 - side]
            shared = [g for g in groups if other[g]]
            return bool(shared) and all(other[g] <= this[g] - 1 for g in shared)

        hyphenated = (_with_hyphenated(old_c, self.a_keys, self.lex), _with_hyphenated(new_c, self.b_keys, self.lex)) \
            if any("-" in k for k in self.a_keys + self.b_keys) else None
        picked = self._point_swapped(edits)
        if picked is not None:
            return picked
        for tag, i1, i2, j1, j2 in edits:
            # one word swapped for one: the old word's other form elsewhere in both texts is no
            # trace of it ("The processor shall … processing" / "The controller shall …")
            swap_one = tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1
            # (words only added or only dropped: one traced only through a synonym group that
            # its own side holds once more than the other is new all the same, "essential
            # entities" → "essential and important entities")
            one_sided = tag != "replace"
            gone = [k for k in range(i1, i2) if k in old_c and (_untraced(old_c, self.a_keys, new_stems, new_groups, k)
                                                                 or (swap_one and echo(self.a_keys[k], 0))
                                                                 or ((swap_one or one_sided) and group_echo(k, 0)))
                    and not self._anaphoric_subject(self.a_keys, k)]
            came = [k for k in range(j1, j2) if k in new_c and (_untraced(new_c, self.b_keys, old_stems, old_groups, k)
                                                                 or (swap_one and echo(self.b_keys[k], 1))
                                                                 or ((swap_one or one_sided) and group_echo(k, 1)))
                    and not self._anaphoric_subject(self.b_keys, k)]
            self.unmatched = self.unmatched or bool(gone or came)
            if swap_one and i1 and self.a_keys[i1 - 1] not in self.lex.reference_words and \
                    all(len(t.text) == 1 and t.text.isupper() for t in (self.a[i1], self.b[j1])):
                # "appointed by Party A" → "by Party B": a letter that names one of several
                old_txt, new_txt = self.a[i1].text, self.b[j1].text
                return Evidence("content", "modified", old_txt, new_txt, f"label changed: '{old_txt}' → '{new_txt}'",
                                _span(self.a, i1, i2), _span(self.b, j1, j2))
            old_span = _span(self.a, i1, i2) if i2 > i1 else None
            new_span = _span(self.b, j1, j2) if j2 > j1 else None
            old_txt = _shorten(self.old_text[old_span[0]:old_span[1]]) if old_span else ""
            new_txt = _shorten(self.new_text[new_span[0]:new_span[1]]) if new_span else ""
            if any(_abbreviates(self.a[k].text, [self.b[x].text for x in range(j1, j2)]) for k in gone) or \
                    any(_abbreviates(self.b[k].text, [self.a[x].text for x in range(i1, i2)]) for k in came):
                continue  # an acronym spelled out, or the reverse
            if tag == "replace" and not (gone and came) and hyphenated:
                # a hyphenated word replaced ("the end-user" → "the exporter", "home-country" →
                # "host-country") is a replacement; the rules for items added or dropped read
                # plain words only ("a gasoline-powered leaf blower" narrows a ban)
                h_gone = gone or [k for k in range(i1, i2) if k in hyphenated[0] and k not in old_c and
                                  _untraced(hyphenated[0], self.a_keys, new_stems, new_groups, k)]
                h_came = came or [k for k in range(j1, j2) if k in hyphenated[1] and k not in new_c and
                                  _untraced(hyphenated[1], self.b_keys, old_stems, old_groups, k)]
                if h_gone and h_came:
                    gone, came = h_gone, h_came
            if gone and came:
                if self._exception_told_as_only(i1, i2, j1, j2):
                    continue  # "shall not scatter elsewhere than in the Garden" / "may scatter only in the Garden"
                if restructured or self._negation_in_one(i1, i2, j1, j2):
                    continue  # ("shall not leave" → "must stay on": an antonym told with the negation, see modals)
                quality = self.lex.evaluative_words
                swap = single and not (all(self.a_keys[k] in quality for k in gone) or
                                       all(self.b_keys[k] in quality for k in came))
                if swap or head(self.a, self.a_keys, self.old_text, gone[-1], old_cue_words) or \
                        head(self.b, self.b_keys, self.new_text, came[-1], new_cue_words):
                    return Evidence("content", "modified", old_txt, new_txt,
                                    f"content replaced: '{old_txt}' → '{new_txt}' (no synonym or other form of it)",
                                    old_span, new_span)
                continue
            if retold and not any(self.a[k].text[:1].isupper() for k in gone if k) and \
                    not any(self.b[k].text[:1].isupper() for k in came if k):
                # no item added or dropped in a sentence told anew (see item_min_ratio), unless
                # it names something the other text does not ("Donetsk, Luhansk")
                continue
            if (gone and all(self.a_keys[k] in self.lex.only_words for k in gone)) or \
                    (came and all(self.b_keys[k] in self.lex.only_words for k in came)):
                continue  # "… and only in a vehicle with dual controls": a restriction restated, no item
            if tag != "replace" and any(c.category in ("hedge", "strengthener") and c.start == (i1 if tag == "delete" else j1)
                                        for c in (self.old_cues if tag == "delete" else self.new_cues)):
                continue  # ("shall, where requested by parents, provide": the qualifier's own words, read by its rules)
            if came and j2 > j1 and list_item(self.b, self.b_keys, self.new_text, j1, j2) and \
                    not moved(new_c, j1, j2, came):
                return Evidence("content", "modified", None, new_txt, f"item added: '{new_txt}'", None, new_span)
            if gone and i2 > i1 and list_item(self.a, self.a_keys, self.old_text, i1, i2) and \
                    not moved(old_c, i1, i2, gone):
                return Evidence("content", "modified", old_txt, None, f"item removed: '{old_txt}'", old_span, None)
            if tag == "insert" and tail_phrase(self.b, self.new_text, j1, j2, came):
                return Evidence("content", "modified", None, new_txt, f"item added: '{new_txt}'", None, new_span)
            if tag == "delete" and tail_phrase(self.a, self.old_text, i1, i2, gone):
                return Evidence("content", "modified", old_txt, None, f"item removed: '{old_txt}'", old_span, None)
        return None


    def sentence_change(self) -> Evidence | None:
        """A whole sentence added to (or dropped from) the clause that carries a commitment of its
        own (a modal or commitment cue of at least lexicon: sentence_min_strength, the
        expectation rung) and says something the other text does not: at least
        sentence_min_fresh of its content words, and sentence_min_fresh_share of those after its
        subject, have no trace on the other side (no same word, form or synonym). The rest of the clause may be kept
        word for word; what it commits to still grew (or shrank). Read on both sides, so the
        verdict mirrors. A sentence split in two ("shall do A and B" -> "shall do A. It shall
        also do B") keeps its words and is none."""
        lex = self.lex
        least = lex.thresholds.get("sentence_min_strength", 5)
        min_fresh = int(lex.thresholds.get("sentence_min_fresh", 2))
        min_share = lex.thresholds.get("sentence_min_fresh_share", 0.8)
        if not any(c.category == "modal" and c.strength >= least for c in self.old_cues + self.new_cues):
            return None  # no commitment on either side: nothing to read (and no table to build)
        old_stems, new_stems, old_groups, new_groups = self._traces()
        old_c, new_c = self.content_words
        sides = ((self.b, self.b_keys, self.new_text, self.new_cues, new_c, old_stems, old_groups, True),
                 (self.a, self.a_keys, self.old_text, self.old_cues, old_c, new_stems, new_groups, False))
        for tokens, keys, text, cues, info, other_stems, other_groups, added in sides:
            sentences = _sentences(tokens, text)
            if len(sentences) < 2:
                continue  # the clause is that one sentence: a rewrite, left to the similarity
            for lo, hi in sentences:
                modal = next((c for c in cues if c.category == "modal" and c.strength >= least
                              and lo <= c.start < hi), None)
                if modal is None:
                    continue
                words = [k for k in range(lo, hi) if k in info]
                fresh = [k for k in words if _untraced(info, keys, other_stems, other_groups, k)]
                # the words that name who (before the modal) may stand elsewhere ("Ukraine shall
                # also …"); of what it commits to, nearly all must be new (a word or two may echo
                # the rest of the clause: "tolerance of different cultures" beside "religious
                # tolerance")
                committed = [k for k in words if k >= modal.start]
                new_share = sum(1 for k in committed if k in fresh) / max(1, len(committed))
                if len(fresh) < min_fresh or new_share < min_share - 1e-9:
                    continue
                span = _span(tokens, lo, hi)
                quoted = _shorten(text[span[0]:span[1]])
                if added:
                    return Evidence("content", "modified", None, quoted,
                                    f"sentence added: '{quoted}' (a commitment of its own, not in the other text)",
                                    None, span)
                return Evidence("content", "modified", quoted, None,
                                f"sentence removed: '{quoted}' (a commitment of its own, not in the other text)",
                                span, None)
        return None

    def list_item_direction(self) -> Evidence | None:
        """An item added to (or dropped from) a list that a binding duty or a prohibition
        governs, as the clause's one change of substance in a kept sentence: more things owed
        or forbidden ("a commercial invoice, a packing list and a certificate of origin" →
        "…, a certificate of origin and a phytosanitary certificate") is hardened, fewer
        ("Members, officers and employees shall" → "Members and officers shall") softened.
        The item must be joined by a conjunction that adds to what the clause asks (lexicon:
        duty_list_conjunctions under a duty, ban_list_conjunctions under a prohibition: "or"
        under a duty offers another way to comply), name nothing that stands elsewhere in the
        clause (a list reordered), hold no figure or reference, and stand outside any
        condition or exception (an item added there narrows or widens the qualifier, which
        points the other way under a permission or an exception). The modal must be a duty's
        (lexicon: list_item_min_strength) and not one that also reads as a prediction
        (lexicon: predictive_modals: "the fund will finance housing and schools")."""
        lex = self.lex
        changes = [op for op in self.opcodes if op[0] != "equal"]
        pure = len(changes) == 1 and changes[0][0] in ("insert", "delete")  # every other word kept
        if self.ratio < lex.thresholds.get("content_min_ratio", 0.65) and not pure:
            return None
        self.content_change()  # fills content_words
        changes = self._item_changes(*self.content_words)
        found = changes[0] if changes is not None and len(changes) == 1 else None
        if found is None and any("-" in k for k in self.a_keys + self.b_keys):
            # a hyphenated word ("assign, transfer or sub-contract") can be an item of its own
            # where no other change of substance stands beside it
            found = self._hyphenated_item_change()
        if found is None and not changes:
            anchored = self._item_anchored_on_words()
            if anchored is not None:
                return anchored
        if found is None:
            return self._items_added_together(changes)
        return self._item_evidence(found)

    def _hyphenated_item_change(self):
        """The one item change with the hyphenated words counted as content words too ("assign,
        transfer or sub-contract"), or None."""
        return self._one_item_change(_with_hyphenated(self.content_words[0], self.a_keys, self.lex),
                                     _with_hyphenated(self.content_words[1], self.b_keys, self.lex))

    def _item_anchored_on_words(self) -> Evidence | None:
        """The list-item reading again over a word diff that anchors on words of substance,
        not on a conjunction: "diving and water-skiing" → "diving, water-skiing and
        kite-surfing" ties two alignments, and the diff keeps "and" where the item reading needs
        "water-skiing" kept (and "and kite-surfing" added)."""
        # (only where the diff kept a lone conjunction between two edits: the tie it resolves)
        if not any(tag == "equal" and i2 - i1 == 1 and (self.a_keys[i1],) in self.lex.conjunctions
                   for tag, i1, i2, _, _ in self.opcodes[1:-1]):
            return None
        light = self.lex.light_words
        opcodes = symmetric_opcodes(self.a_keys, self.b_keys, light.__contains__)
        if opcodes == self.opcodes:
            return None
        saved = self.opcodes, self.fwd, self.back
        fwd = _equal_map(opcodes)
        self.opcodes, self.fwd, self.back = opcodes, fwd, {j: i for i, j in fwd.items()}
        try:
            changes = self._item_changes(*self.content_words)
            found = changes[0] if changes is not None and len(changes) == 1 else None
            if found is None and not changes and any("-" in k for k in self.a_keys + self.b_keys):
                found = self._hyphenated_item_change()
            return self._item_evidence(found) if found is not None else None
        finally:
            self.opcodes, self.fwd, self.back = saved

    def _items_added_together(self, changes: list | None) -> Evidence | None:
        """Several items added (or dropped) in one direction, each an item of its own and no
        other change of substance ("crude oil originating in Syria" → "crude oil and petroleum
        products originating in or exported from Syria"): the first item's evidence, when every
        one of them points the same way."""
        if not changes or len(changes) < 2 or len({tag for tag, *_ in changes}) != 1:
            return None
        # (each after the commitment's modal, and none a condition on who qualifies: "certified
        # and insured and registered" lists what a bidder must be, "and registered in the Union"
        # narrows the vessels covered)
        keys, cues = (self.b_keys, self.new_cues) if changes[0][0] == "insert" else (self.a_keys, self.old_cues)
        modal = next((c for c in cues if c.category == "modal"), None)
        for tag, i1, i2, j1, j2 in changes:
            lo, hi = (j1, j2) if tag == "insert" else (i1, i2)
            words = [w for w in keys[lo:hi] if w.isalpha() and (w,) not in self.lex.conjunctions]
            if modal is None or lo < modal.end or not words or words[0].endswith("ed"):
                return None
        found = [self._item_evidence(c) for c in changes]
        if any(e is None for e in found) or len({e.effect for e in found}) != 1:
            return None
        return found[0]

    def _application_verb(self, keys: list, lo: int) -> _Cue | None:
        """The verb that says what field a rule with no modal covers ("This Directive applies
        to", lexicon: application_verbs), before the item at word ``lo`` and in its sentence,
        as a cue of a binding duty's strength; None where there is none or the subject holds one
        of exemption_nouns ("The exemption applies to": a wider exemption yields more)."""
        lex = self.lex
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        start = lo
        while start > 0 and not _sentence_start(text, tokens[start]):
            start -= 1  # (the item's own sentence only)
        k = next((k for k in range(lo - 1, start - 1, -1) if keys[k] in lex.application_verbs), None)
        if k is None or any(w in lex.exemption_nouns for w in keys[start:k]):
            return None
        return _Cue("modal", (keys[k],), k, k + 1, int(self.binding))

    def _plain_predicate(self, keys: list, lo: int, hi: int) -> bool:
        """Whether the words from a duty's modal up to an added "or" item are its plain verb and
        object, so that the item is another way to do what the duty asks. Not where a word in
        between sets a case the duty covers or a figure it owes: after "any" or "each" an "or"
        names one more case ("within 30 days of each major or minor release"), inside a
        condition or a relative clause it widens when the duty applies ("claims that the
        Software infringes a patent, or copyright"), after a figure it sets another measure
        ("increased by 3 per cent or by the rate of inflation, whichever is higher")."""
        lex = self.lex
        blocking = set(lex.trigger_words) | set(lex.condition_words)
        return not self._names_cases(keys, lo, hi) and \
            all(w not in blocking and not any(ch.isdigit() for ch in w) for w in keys[lo:hi])

    def _names_a_party(self, tokens, keys: list, lo: int, hi: int) -> bool:
        """Does the item name a party or one that benefits ("or its affiliates", "or the
        Trustee"): a capitalised name, a possessive pronoun or a party word? Then it widens whom
        the duty serves, no other way to comply."""
        lex = self.lex
        # (a capitalised name, not an acronym: "or a URL at which it can be obtained" names a thing)
        return any((tokens[k].text[:1].isupper() and not tokens[k].text.isupper()) or keys[k] in lex.possessive_pronouns
                   or keys[k] in lex.party_nouns for k in range(lo, hi))

    def _names_cases(self, keys: list, lo: int, hi: int) -> bool:
        """Whether the words from a duty's modal up to a list item say which things the duty
        covers: a quantifier ("any absence"), a relative clause ("claims that the Software
        infringes") or a participle after a noun ("damage caused by fire", "goods purchased
        online"; lexicon: participles, or a word in -ed). An "or" item there is one more case
        covered, not another way to comply. So is a noun the item joins after a possessive,
        past the duty's object ("the title deeds in his possession or control"): it says which
        of those things are meant."""
        lex = self.lex
        if hi - lo >= 4 and keys[hi - 2] in lex.possessive_pronouns and keys[hi - 1].isalpha() and \
                keys[hi - 1] not in lex.light_words and keys[hi - 3] in ("in", "under", "within"):
            return True  # (not "deliver the keys to her solicitor or agent": another way to comply)
        for k in range(lo, hi):
            w = keys[k]
            if w in lex.quantifiers or w in lex.relative_words or w == "that":
                return True
            if any(tuple(keys[k:k + len(p)]) == p for p in lex.case_openers if p[0] == w) or \
                    (w == "of" and not lex.that_clause_verbs.isdisjoint(keys[max(lo, k - 6):k])):
                return True  # "claims arising from …", "notify the Commission … of"
            if k > lo and (w in lex.participles or (w.endswith("ed") and len(w) > 4)) and \
                    keys[k - 1].isalpha() and keys[k - 1] not in lex.copulas and keys[k - 1] not in lex.light_words \
                    and keys[k - 1] not in lex.auxiliary_modals and not keys[k - 1].endswith("ly"):
                return True
        return False

    def _one_item_change(self, old_c: dict, new_c: dict):
        """The one insert or delete of content words among the pair's edits (list_item_direction),
        as an opcode, or None."""
        changes = self._item_changes(old_c, new_c)
        return changes[0] if changes is not None and len(changes) == 1 else None

    def _item_changes(self, old_c: dict, new_c: dict) -> list | None:
        """The inserts and deletes of content words among the pair's edits, as opcodes, or None
        where an edit replaced content or moved an item."""
        # the traces without the parts of hyphenated words: where a side has none, its traces
        # (made once per pair) are these
        old_stems, new_stems, old_groups, new_groups = self._traces()
        if any("-" in k for k in self.a_keys):
            old_stems = _Stems({st for st, _ in old_c.values()} | set(self.a_keys))
        if any("-" in k for k in self.b_keys):
            new_stems = _Stems({st for st, _ in new_c.values()} | set(self.b_keys))

        def fresh(info, keys, other_stems, other_groups, lo, hi):
            out, kept = [], 0
            for k in range(lo, hi):
                if k not in info:
                    continue
                stem, groups = info[k]
                if stem in other_stems or (groups and not groups.isdisjoint(other_groups)) or \
                        other_stems.has_form(keys[k]):
                    kept += 1
                else:
                    out.append(k)
            # most of its content words stand on the other side: the item moved
            return out if len(out) >= kept else None

        found = []
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag == "equal":
                continue
            gone = fresh(old_c, self.a_keys, new_stems, new_groups, i1, i2)
            came = fresh(new_c, self.b_keys, old_stems, old_groups, j1, j2)
            if gone is None or came is None:
                return None
            if not gone and not came:
                continue
            if tag not in ("insert", "delete"):
                return None  # a pure addition or removal, each
            found.append((tag, i1, i2, j1, j2))
        return found

    def _item_evidence(self, found) -> Evidence | None:
        lex = self.lex
        tag, i1, i2, j1, j2 = found
        added = tag == "insert"
        keys, tokens, text, cues, kept = (self.b_keys, self.b, self.new_text, self.new_cues, self.back) if added else \
            (self.a_keys, self.a, self.old_text, self.old_cues, self.fwd)
        lo, hi = (j1, j2) if added else (i1, i2)
        if any(any(ch.isdigit() for ch in keys[k]) or (keys[k] in lex.reference_words and (
                (k + 1 < len(keys) and _label(keys[k + 1])) or (k and keys[k - 1] in ("this", "that", "these", "those"))))
               for k in range(lo, hi)):
            return None  # (a figure or a reference, "Part 3"; not "firearm parts")
        modals = [c for c in cues if c.category == "modal" and not (lo <= c.start < hi)]
        if len(modals) > 1:
            modals = [c for c in modals if not self.in_condition(keys, c)]
        if len(modals) > 1 and modals[0].end <= lo:
            # an item after the commitment's modal belongs to it: a modal after the item is the
            # item's own clause's ("any practical or financial support parents may give")
            modals = [c for c in modals if c.start < lo]
        if len(modals) > 1:
            # a modal after a condition word that follows the first ("shall not authorise … if it
            # knows that the arms would be used"): the condition's own verb, not a commitment
            first = modals[0]
            modals = [first] + [c for c in modals[1:]
                                if not any(keys[p] in lex.trigger_words for p in range(first.end, c.start))]
        if not modals:
            # "This Directive applies to …": the field of a rule with no modal, read as a duty's
            applies = self._application_verb(keys, lo)
            modals = [applies] if applies is not None else []
        # (a negated permission is a ban, whatever its rung: "Sellers may not list weapons,
        # ammunition or weapon accessories")
        if not modals or any(not self.binds_or_bans(keys, c) or c.phrase in lex.predictive_modals for c in modals):
            return None
        banned = [self.negated(keys, c) for c in modals]
        if len(set(banned)) != 1 and hi <= min(c.start for c in modals):
            # (an item of the subject of a ban and a duty alike, "Bags, briefcases and coats
            # shall not be taken in and must be left in the lockers": more bound either way)
            banned = banned[:1]
        if len(set(banned)) != 1:
            return None
        # outside any exception, and any condition but one that says when the duty or ban
        # applies: none opens between the clause's start (or the modal, for an item after it)
        # and the item
        modal = modals[0]
        if hi <= modal.start and (any(keys[k] in lex.copulas for k in range(lo, hi)) or
                                  any(c.category == "negation" and lo <= c.start < hi for c in cues)):
            return None  # before the modal a predicate of its own ("is irrevocable, is not assignable and shall")
        start = modal.end if modal.end <= lo else 0
        openers = lex.clause_qualifiers | lex.exception_words | lex.exception_openers | {(w,) for w in lex.trigger_words} | \
            {(w,) for w in lex.condition_words} | {(w,) for w in lex.only_words}
        longest = max((len(p) for p in openers), default=1)
        trigger = exception = False
        trigger_at = start
        k = start
        while k < lo:
            opened = next((tuple(keys[k:k + n]) for n in range(longest, 0, -1) if tuple(keys[k:k + n]) in openers), None)
            firmer = next((c for c in cues if c.category == "strengthener" and c.start == k), None)
            if firmer is not None:
                k = firmer.end  # "without delay": a firmer duty, no exception
                continue
            if opened is None:
                k += 1
                continue
            # (a proviso opens its own clause, after a comma: "shall be provided for" is a verb;
            # a trigger word before a relative one, "upon which it bases", opens no condition)
            proviso = opened in lex.proviso_openers and k > 0 and "," in text[tokens[k - 1].end:tokens[k].start]
            # (nor one that opens a clause with a modal of its own: "…, while the Tenant shall …"
            # contrasts another duty)
            own_modal = any(c.category == "modal" and k < c.start < lo and self.binds_or_bans(keys, c) and
                            c.phrase[0] not in lex.predictive_modals for c in cues)
            if ((len(opened) == 1 and opened[0] in lex.trigger_words and
                 not (k + 1 < len(keys) and keys[k + 1] in lex.relative_words)) or proviso) and modal.end <= k \
                    and not own_modal:
                trigger = True  # a condition that says when the duty or ban applies (read below)
                trigger_at = k
            elif opened in lex.exception_openers and modal.end <= k and not exception:
                # an exception to the duty or ban (read below), still open where the item
                # stands: no punctuation closes it before ("except to its auditors, to any
                # competitor or journalist": the item is the ban's)
                if any(ch in text[tokens[k].end:tokens[lo].start] for ch in ",;:.()"):
                    return None
                exception = True
                exception_words = k + len(opened)  # (where the exception's own words begin)
                # (a condition before it, "while racing unless to give help", leaves the item
                # the exception's)
                trigger = False
            else:
                return None
            k += len(opened)
        run = tuple(keys[lo:hi])
        if exception:
            # one more (or one fewer) case in the exception ("except in cases of extreme
            # urgency or where only one supplier can perform"): the duty or ban yields in more
            # cases (softened) or fewer (hardened); the item must be a case joined by "or"
            if trigger:
                return None
            span = _span(tokens, lo, hi)
            item = _shorten(text[span[0]:span[1]])
            # words set right after the exception's kept words (no punctuation between) at the
            # end of the sentence, joined as no list item and opening a purpose or condition
            # (lexicon: restricting_openers; not "including strikes" nor "as determined by the
            # Operator"), narrow it ("unless the Court orders otherwise to protect the safety
            # of witnesses"): the duty or ban yields in fewer cases (hardened); dropped, in more
            listed = any(tuple(keys[k:k + len(p)]) == p for p in lex.conjunctions
                         for k in (lo - 1, lo, hi - 1, hi) if 0 <= k < len(keys)) or \
                text[tokens[lo - 1].end:tokens[lo].start].strip() != "" or \
                (hi < len(keys) and "," in text[tokens[hi - 1].end:tokens[hi].start])
            last = hi == len(keys) or any(ch in text[tokens[hi - 1].end:tokens[hi].start] for ch in ".;:")
            restricts = any(run[:len(p)] == p for p in lex.restricting_openers)
            if not listed and last and restricts and lo - 1 >= exception_words and lo - 1 in kept:
                if added:
                    return Evidence("content", "hardened", None, item,
                                    f"hardened: the exception narrowed by '{item}'", None, span)
                return Evidence("content", "softened", item, None, f"softened: '{item}' no longer narrows the exception",
                                span, None)
            if not any(tuple(keys[k:k + len(p)]) == p for p in lex.alternative_conjunctions
                       for k in range(max(0, lo - 1), min(len(keys), hi + 1))):
                return None
            if added:
                return Evidence("content", "softened", None, item,
                                f"softened: case '{item}' added to the exception", None, span)
            return Evidence("content", "hardened", item, None, f"hardened: case '{item}' dropped from the exception",
                            span, None)
        if trigger:
            # an "or" item in the condition that triggers a duty or ban ("shall not authorise a
            # transfer if … used in genocide, crimes against humanity or war crimes") is one
            # more case it applies in; an "and" item may be one more thing the case needs or one
            # more case ("while operating lathes and grinders"): no direction
            around = set(run) | {keys[lo - 1] if lo else "", keys[hi] if hi < len(keys) else ""}
            # (an item with a verb of its own, "and the chamber is being filled", is one more
            # thing the case needs: no direction, as below)
            if "and" in around and not ({"or", "nor"} & around) and keys[trigger_at] in lex.circumstance_triggers \
                    and lex.copulas.isdisjoint(run) and not any(c.category == "modal" and lo <= c.start < hi for c in cues):
                # (in a circumstance, "while operating lathes and grinders", the item joins what
                # the rule covers, read as any other item below)
                trigger = False
            elif "and" in around or not ({"or", "nor"} & around):
                return None
            else:
                allowed = frozenset({("or",), ("nor",)})
        if not trigger:
            allowed = lex.ban_list_conjunctions if banned[0] else lex.duty_list_conjunctions
            if not banned[0] and (modal.end <= lo and self._names_cases(keys, modal.end, lo)
                                  or hi <= modal.start and any(keys[p] in lex.quantifiers for p in range(lo))):
                # "shall notify parents of any absence, late arrival or injury", "Any copy in
                # source or binary form must", "shall indemnify for damage caused by fire,
                # lightning or flood": after "any", or in a modifier that says which things the
                # duty covers, an "or" list names each case the duty covers, as under a prohibition
                allowed = lex.ban_list_conjunctions
        # (not a describing word joined before a kept noun, away from the verb: "the natural or
        # legal person", "domestic or cross-border services" name more things the duty covers)
        describing = hi - lo == 2 and lo - 1 > modal.end and hi < len(keys) and hi in kept and \
            keys[hi].isalpha() and keys[hi] not in lex.light_words and keys[hi] not in lex.determiners and \
            keys[lo - 1] not in lex.light_words
        if not banned[0] and not trigger and modal.end < lo and not describing and \
                any(run[:len(p)] == p for p in lex.alternative_conjunctions) and \
                self._plain_predicate(keys, modal.end, lo) and not self._names_a_party(tokens, keys, lo, hi):
            # "shall return" → "shall return or destroy", "shall include a copy of this licence"
            # → "…, or a URL at which it can be obtained": another way to comply with the duty
            span = _span(tokens, lo, hi)
            item = _shorten(text[span[0]:span[1]])
            if added:
                return Evidence("content", "softened", None, item,
                                f"softened: '{item}' added, another way to comply with the duty", None, span)
            return Evidence("content", "hardened", item, None,
                            f"hardened: '{item}' dropped, one way fewer to comply with the duty", span, None)
        joined = any(run[:len(p)] == p or run[len(run) - len(p):] == p for p in allowed) or \
            any(lo >= len(p) and tuple(keys[lo - len(p):lo]) == p for p in allowed) or \
            (text[:tokens[lo].start].rstrip().endswith(",") and (  # "a, b and c": b
             any(tuple(keys[hi:hi + len(p)]) == p for p in allowed) or
             # "fire, flood, theft or escape of water": an item between commas of a list that an
             # allowed conjunction closes a few words on
             (text[tokens[hi - 1].end:].lstrip().startswith(",") and hi - lo <= 3 and
              any(tuple(keys[k:k + len(p)]) == p for p in allowed for k in range(hi, min(len(keys), hi + 4)))) or
             # "a" → "a, b or c": the added run holds the conjunction, and opens as an item
             # does (not "…, alternately in Geneva and Nairobi")
             (not run[0].endswith("ly") and run[0] not in lex.circumstance_openers and
              any(run[k:k + len(p)] == p for p in allowed for k in range(1, len(run) - len(p))))))
        # (or the first item of a list, closed by a comma with the list's conjunction a few words
        # on: "a gambling, tobacco or payday lending company")
        # (or "shall not test, deploy or use": the first of the verbs a ban lists)
        joined = joined or (hi - lo <= 2 and lo > 0 and (keys[lo - 1] in lex.determiners or any(
                                c.end == lo and c.category in ("modal", "negation") for c in cues)) and
                            text[tokens[hi - 1].end:].lstrip().startswith(",") and
                            any(tuple(keys[k:k + len(p)]) == p for p in allowed for k in range(hi, min(len(keys), hi + 4))))
        if not joined:
            return None
        span = _span(tokens, lo, hi)
        item = _shorten(text[span[0]:span[1]])
        what = "prohibition" if banned[0] else "rule" if modal.phrase[0] in lex.application_verbs else "duty"
        if trigger:
            what += " applies to (in its condition)"
            if added:
                return Evidence("content", "hardened", None, item, f"hardened: case '{item}' added to what the {what}",
                                None, span)
            return Evidence("content", "softened", item, None, f"softened: case '{item}' dropped from what the {what}",
                            span, None)
        if added:
            return Evidence("content", "hardened", None, item,
                            f"hardened: item '{item}' added to what the {what} covers", None, span)
        return Evidence("content", "softened", item, None,
                        f"softened: item '{item}' dropped from what the {what} covers", span, None)

    def subject_modifier(self) -> Evidence | None:
        """A describing word set before the noun of the subject of a binding duty or a ban, or
        right after a quantifier after its modal, as the clause's one change ("Construction
        work shall not be carried out on Sundays" → "Noisy construction work …", "before
        subcontracting any part of the Works" → "any substantial part"): the rule now covers
        only those of them (softened); the word dropped, all of them (hardened). One content
        word with no cue of its own, right before a word both sides keep (no comma between:
        "all wetlands, forest reserves and national parks" lists an item, no describing word)."""
        changes = [op for op in self.opcodes if op[0] != "equal"]
        if len(changes) == 1 and changes[0][0] == "replace":
            # (the article turned with the word: "operate an elevator" → "operate a passenger elevator")
            tag, i1, i2, j1, j2 = changes[0]
            articles = self.lex.indefinite_articles
            if i2 - i1 == 1 and j2 - j1 == 2 and self.a_keys[i1] in articles and self.b_keys[j1] in articles:
                changes = [("insert", i1 + 1, i1 + 1, j1 + 1, j2)]
            elif i2 - i1 == 2 and j2 - j1 == 1 and self.a_keys[i1] in articles and self.b_keys[j1] in articles:
                changes = [("delete", i1 + 1, i2, j1 + 1, j1 + 1)]
        if len(changes) != 1 or changes[0][0] not in ("insert", "delete"):
            return None
        tag, i1, i2, j1, j2 = changes[0]
        added = tag == "insert"
        keys, tokens, text, cues, kept = (self.b_keys, self.b, self.new_text, self.new_cues, self.back) if added else \
            (self.a_keys, self.a, self.old_text, self.old_cues, self.fwd)
        lo, hi = (j1, j2) if added else (i1, i2)
        modal = next((c for c in cues if c.category == "modal"), None)
        word = keys[lo]
        # (or right after a quantifier, anywhere: "before subcontracting any part of the Works" →
        # "any substantial part")
        # (or past one describing word both sides keep: "each living kidney donor")
        quantified = modal is not None and modal.end <= lo and lo > 0 and (
            keys[lo - 1] in self.lex.quantifiers or (
                lo > 1 and keys[lo - 2] in self.lex.quantifiers and keys[lo - 1].isalpha()
                and keys[lo - 1] not in self.lex.light_words and lo - 1 in kept))
        # (or before the object of a ban, right after its verb: "shall not accept cash donations"
        # bans fewer things than "shall not accept donations")
        of_ban = not quantified and modal is not None and self._object_of_ban(keys, modal, lo)
        quantified = quantified or of_ban
        if hi - lo != 1 or modal is None or (hi >= modal.start and not quantified) or hi not in kept or not word.isalpha() or \
                word in self.lex.widening_modifiers or \
                tokens[lo].text.isupper() or "(" in text[tokens[lo - 1].end if lo else 0:tokens[lo].start] or \
                any(ch in text[tokens[lo].end:tokens[hi].start] for ch in ",;:") or \
                word in self.lex.light_words or any(c.start <= lo < c.end for c in cues) or \
                not self.binds_or_bans(keys, modal):
            return None
        other = self.a_keys if added else self.b_keys
        groups = _word_synonyms(word, self.lex)
        if any(_stem(o) == _stem(word) or (groups and not groups.isdisjoint(_word_synonyms(o, self.lex)))
               for o in other if o.isalpha()):
            return None  # ("any known repair" / "any repair of which they are aware": the limit told again)
        span = _span(tokens, lo, hi)
        shown = text[span[0]:span[1]]
        where = "to what the ban covers" if of_ban else \
            f"after '{keys[lo - 1]}'" if quantified and hi >= modal.start else "to the subject"
        if added:
            return Evidence("scope", "softened", None, shown, f"softened: '{shown}' added {where}: only some are covered",
                            None, span)
        return Evidence("scope", "hardened", shown, None,
                        f"hardened: '{shown}' dropped {where.replace('to ', 'from ', 1)}: all are covered", span, None)

    def _object_of_ban(self, keys: list[str], modal: _Cue, lo: int) -> bool:
        """Does word ``lo`` open the object of a ban, right after the verb the negated modal
        governs ("shall not accept | cash donations")?"""
        if not (self.negated(keys, modal) and self.prohibits(keys, modal)):
            return False
        verb = next((k for k in range(modal.end, min(len(keys), modal.end + 4))
                     if (keys[k],) not in self.lex.negations and keys[k] not in self.lex.light_words), None)
        # (past an article: "shall operate an elevator" → "a passenger elevator")
        return verb is not None and keys[verb].isalpha() and \
            (lo == verb + 1 or (lo == verb + 2 and keys[verb + 1] in self.lex.indefinite_articles))

    def restricted_object(self) -> Evidence | None:
        """A restrictive clause put after a quantified noun of a binding clause, as its one
        change ("shall notify any personal data breach" → "any personal data breach that is likely
        to result in a risk …"): only some of them now (softened); one dropped, all of them
        (hardened). The clause opens with "that" or a relative word (lexicon: relative_words) and
        a quantifier (lexicon: quantifiers) stands within three words before the noun, on
        either side."""
        if not all(any(c.category == "modal" and self.binds_or_bans(k, c)
                       for c in cues) for cues, k in ((self.old_cues, self.a_keys), (self.new_cues, self.b_keys))):
            return None  # (a duty or a ban: "may not engage in any outside employment")
        changes = [op for op in self.opcodes if op[0] != "equal"]
        # (a quantifier dropped beside the clause, "any outside employment" → "outside employment
        # that competes with …", is part of the one change)
        if len(changes) == 2 and changes[0][0] in ("delete", "insert"):
            tag0, a1, a2, b1, b2 = changes[0]
            if all(w in self.lex.quantifiers for w in (self.a_keys[a1:a2] if tag0 == "delete" else self.b_keys[b1:b2])):
                changes = changes[1:]
        if len(changes) != 1 or changes[0][0] not in ("insert", "delete"):
            return None
        tag, i1, i2, j1, j2 = changes[0]
        added = tag == "insert"
        keys, tokens, text, lo, hi = (self.b_keys, self.b, self.new_text, j1, j2) if added else \
            (self.a_keys, self.a, self.old_text, i1, i2)
        # (or a participle that opens the same restriction: "All volunteers working with children")
        # (not a marker of examples, "including part-time staff", nor one told with a manner,
        # "acting individually or jointly")
        participle = keys[lo].endswith("ing") and len(keys[lo]) > 5 and keys[lo].isalpha() and \
            keys[lo] not in self.lex.light_words and not any(p[0] == keys[lo] for p in self.lex.example_markers) and \
            not (lo + 1 < len(keys) and keys[lo + 1].endswith("ly"))
        # (a past participle with a phrase of its own too: "any third party located outside the
        # Delivery Region")
        passive = not participle and len(keys[lo]) > 5 and keys[lo].isalpha() and hi - lo >= 3 and \
            past_participle(keys[lo], self.lex.participles) and keys[lo] not in self.lex.light_words and \
            not any(p[0] == keys[lo] for p in self.lex.example_markers) and not keys[lo + 1].endswith("ly")
        participle = participle or passive
        # (or a phrase of place or origin after a past participle that both sides keep: "each
        # specimen received from a non-resident"; lexicon: restriction_prepositions)
        participle = participle or (
            lo >= 2 and keys[lo] in self.lex.restriction_prepositions and keys[lo - 1] not in self.lex.light_words and
            self.lex.relief_words.isdisjoint(keys) and  # ("shall not be liable for any goods damaged in transit")
            past_participle(keys[lo - 1], self.lex.participles) and not any(w[:1].isdigit() for w in keys[lo:hi]) and
            text[tokens[hi - 1].end:].strip() in ("", ".", ";"))
        if lo < 2 or (keys[lo] != "that" and keys[lo] not in self.lex.relative_words and not participle) or \
                hi - lo < (2 if participle else 3):  # ("producing spirits")
            return None
        noun = keys[lo - 1]
        other = self.a_keys if added else self.b_keys
        # (the quantified noun may carry a phrase of its own: "any external alteration to their
        # property that is visible from the street")
        reach = int(self.lex.thresholds.get("restricted_object_reach", 8))
        cues, other_cues = (self.new_cues, self.old_cues) if added else (self.old_cues, self.new_cues)
        quantified = any(keys[p] in self.lex.quantifiers and not any(
            ch in text[tokens[p].end:tokens[lo].start] for ch in ",;:.()")
            and not any(c.category == "modal" and p < c.start < lo for c in cues)  # ("All staff shall complete training …")
            for p in range(max(0, lo - reach), lo - 1)) or \
            any(other[p] in self.lex.quantifiers and not any(c.category == "modal" and p < c.start < q for c in other_cues)
                for q, w in enumerate(other) if w == noun for p in range(max(0, q - 4), q))
        if not noun.isalpha() or noun in self.lex.light_words or "," in text[tokens[lo - 1].end:tokens[lo].start] or \
                not quantified:
            return None
        verbs = self.lex.that_clause_verbs
        verb_stems = {_stem(v) for v in verbs}
        span = _span(tokens, lo, hi)
        clause = _shorten(text[span[0]:span[1]])
        # (a "that" followed by a subject of its own, "that the Borrower has defaulted", "that
        # it complies"; a relative "that" is followed by its verb: "any breach that is likely …")
        told = lo + 1 < len(keys) and (keys[lo + 1] in self.lex.determiners or keys[lo + 1] in self.lex.addressed_pronouns
                                       or tokens[lo + 1].text[:1].isupper() or keys[lo + 1] in ("it", "they", "he", "she"))
        if keys[lo] == "that" and told and any(_stem(w) in verb_stems or w in verbs for w in keys[max(0, lo - 6):lo]):
            # "shall notify each Lender that the Borrower has defaulted": what is told, no restriction
            return Evidence("content", "modified", None if added else clause, clause if added else None,
                            f"what is told {'added' if added else 'removed'}: '{clause}'",
                            None if added else span, span if added else None)
        q = next((p for p in range(lo - 2, max(-1, lo - reach - 1), -1) if keys[p] in self.lex.quantifiers), None)
        if q is not None and lo - q > 2:
            noun = text[tokens[q + 1].start:tokens[lo - 1].end]  # "external alteration to their property"
        if added:
            return Evidence("scope", "softened", None, clause, f"softened: scope narrowed to the {noun} '{clause}'", None, span)
        return Evidence("scope", "hardened", clause, None, f"hardened: scope widened to every {noun}, not only those '{clause}'",
                        span, None)

    def conjunction_swapped(self) -> Evidence | None:
        """"and" turned "or" (or the reverse) as the clause's one change: what the clause asks
        or when it applies now joins its parts the other way. Under a duty, "to both the Engineer
        and the Employer" → "to the Engineer or the Employer" asks less (softened); in the
        condition that triggers a duty, "if insolvent or in default" → "if insolvent and in
        default" applies less often (softened); in the condition a permission is restricted to,
        "only where A, B and C" → "… or C" lets it be used more often (softened). The reverse of
        each hardens. Under a ban or a relief ("shall not be liable for loss or damage"), or in
        an exception, an aside or a relative clause, no reading. Only the words of lexicon:
        alternative_conjunctions and duty_list_conjunctions (and a "both" or "either" beside
        them) may change."""
        lex = self.lex
        ors = {p[0] for p in lex.alternative_conjunctions if len(p) == 1}
        ands = {p[0] for p in lex.duty_list_conjunctions if len(p) == 1}
        changed_old = [k for tag, i1, i2, _, _ in self.opcodes if tag != "equal" for k in range(i1, i2)]
        changed_new = [k for tag, _, _, j1, j2 in self.opcodes if tag != "equal" for k in range(j1, j2)]
        old_words = [self.a_keys[k] for k in changed_old]
        new_words = [self.b_keys[k] for k in changed_new]
        joined = ors | ands | {"both", "either"}
        if not old_words or not new_words or not set(old_words) <= joined or not set(new_words) <= joined:
            return None
        k = next((k for k in changed_old if self.a_keys[k] in ors | ands), None)
        if k is None or not any(w in ors | ands and (w in ors) != (self.a_keys[k] in ors) for w in new_words):
            return None
        to_and = self.a_keys[k] in ors  # "or" became "and"
        keys, tokens, text = self.a_keys, self.a, self.old_text
        before = [c for c in self.old_cues if c.category == "modal" and c.end <= k]
        modal = before[-1] if before else next((c for c in self.old_cues if c.category == "modal" and c.start > k), None)
        if modal is None:
            return None
        lo, hi = (modal.end, k) if modal.end <= k else (0, k)
        restricted = self.restricted_permission(keys, modal)
        restricted = restricted if restricted is not None and restricted < k else None
        # read only a plain stretch: no punctuation (an aside or a condition set off by commas;
        # the commas of a list inside a permission's restriction apart), no exception or
        # proviso, no relative clause or "that"-clause, no "only" on a duty between
        marks = ";:.()" if restricted is not None else ",;:.()"
        if any(ch in text[tokens[p].end:tokens[p + 1].start] for p in range(lo, hi) for ch in marks):
            return None
        stretch = keys[lo:hi]
        if any(w in lex.relative_words or w == "that" or (w in lex.only_words and restricted is None) for w in stretch) or \
                any(tuple(keys[p:p + len(q)]) == q for p in range(lo, hi)
                    for q in lex.clause_qualifiers | lex.exception_openers if keys[p] == q[0]):
            return None
        if self.negated(keys, modal):
            return None  # a ban or a relief ("shall not be liable for loss or damage"): no one reading
        openers = lex.condition_words | lex.condition_synonyms | lex.trigger_words
        in_condition = any(w in openers for w in stretch)
        if modal.end > k and not in_condition:
            return None  # before the modal only a condition that opens the sentence is read
        if restricted is not None:
            softer = not to_and  # "may derogate only where A and B" → "A or B": met more easily
        elif modal.strength >= self.binding:
            softer = to_and if in_condition else not to_and
        else:
            return None
        effect = "softened" if softer else "hardened"
        old_w, new_w = ("or", "and") if to_and else ("and", "or")
        where = "in the condition" if in_condition else "in what the clause covers"
        span_o, span_n = _span(self.a, k, k + 1), None
        return Evidence("scope", effect, old_w, new_w, f"{effect}: '{old_w}' became '{new_w}' {where}", span_o, span_n)

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
