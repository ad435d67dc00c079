"""Lexicon cues (modals, qualifiers, bounds, party words …) found in a text's words."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from plandiff.classify.evidence import BEST_EFFORTS, PERMISSION
from plandiff.classify.lexical import _sentence_start
from plandiff.lexicon import Lexicon, Phrase
from plandiff.text import (
    NUMBER_WORD_SET,
    Token,
    is_figure,
    past_participle,
)

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
    for category, phrases in (("cap", lex.caps), ("floor", lex.floors), ("cap", lex.postfix_caps),
                              ("floor", lex.postfix_floors)):
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
        # A modal phrase with a noun after a determiner ("shall have the right to", "has the
        # option to") keeps its strength with one modifier before the noun ("shall have the
        # exclusive right to", "has the sole option to"): phrase → strength, by first word the
        # lengths with the modifier, and where the modifier stands
        gapped: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for phrase, (category, _) in table.items():
            if category != "modal":
                continue
            for m in range(1, len(phrase) - 1):
                if phrase[m] in lex.noun_markers:
                    gapped[phrase[0]].append((len(phrase) + 1, m + 1))
        cached = _TABLES[id(lex)] = (table, {w: sorted(ls, reverse=True) for w, ls in lengths.items()},
                                     {w: sorted(set(g), reverse=True) for w, g in gapped.items()})
    table, lengths_by_first, gapped_by_first = cached
    cues = []
    i = 0
    n = len(keys)
    # Only words that open some phrase can start a cue: visit those (most words open none)
    # in order, skipping any that a cue found before already covers.
    for pos in [p for p, key in enumerate(keys) if key in lengths_by_first]:
        if pos < i:
            continue
        i = pos
        split = _split_by_not(keys, i, table, lex) if i + 2 < n and keys[i + 1] == "not" else None
        if split is not None:
            # "are not prohibited from": the prohibition lifted; "is not required to report": a
            # negated duty (a non-duty). Each read as the modal with its "not" before the second
            # word (see negated)
            cues.append(_Cue("negation", ("not",), i + 1, i + 2, table[("not",)][1]))
            cues.append(split)
            i = split.end
            continue
        gap = _gapped_modal(keys, i, table, gapped_by_first, lex)
        if gap is not None:
            cues.append(gap)
            i = gap.end
            continue
        for length in lengths_by_first[keys[i]]:
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


def _split_by_not(keys: list[str], i: int, table: dict, lex: Lexicon) -> _Cue | None:
    """The modal phrase starting at word ``i`` with a "not" after its first word, as a modal cue
    over its words after the "not", or None: a prohibition stated of the act ("are not
    prohibited from"; lexicon: prohibition_modals), or a copula's phrase ending in "to" ("is not
    required to", "are not obliged to"). Not in a relative clause ("States that are not
    prohibited from acquiring arms", "persons who are not required to register"), which says
    what is covered."""
    if i + 2 >= len(keys) or keys[i + 1] != "not" or (i and (keys[i - 1] == "that" or keys[i - 1] in lex.relative_words)):
        return None
    if (keys[i], keys[i + 2]) in lex.prohibition_modals:
        return _Cue("modal", (keys[i], keys[i + 2]), i + 2, i + 3, table[(keys[i], keys[i + 2])][1])
    # ... or a permission stated of the act, in a participle ("Smoking is not permitted": banned;
    # not "is not optional", whose "not" makes a duty)
    hit = table.get((keys[i], keys[i + 2]))
    # (not in a condition or a relative clause: "Where processing is not permitted under
    # Article 6", "Goods whose import is not permitted")
    opener = lex.condition_words | lex.condition_synonyms | lex.relative_words | {p[0] for p in lex.exception_openers if len(p) == 1}
    if hit and hit[0] == "modal" and keys[i + 2].endswith("ed") and (i + 3 >= len(keys) or keys[i + 3] != "to") \
            and opener.isdisjoint(keys[max(0, i - 4):i]):
        return _Cue("modal", (keys[i], keys[i + 2]), i + 2, i + 3, hit[1])
    if i + 3 >= len(keys) or keys[i] not in lex.copulas:
        return None
    for length in (3, 2):
        phrase = (keys[i], *keys[i + 2:i + 2 + length])
        hit = table.get(phrase)
        if hit and hit[0] == "modal" and phrase[-1] == "to":
            return _Cue("modal", phrase, i + 2, i + 2 + length, hit[1])
    return None


def _gapped_modal(keys: list[str], i: int, table: dict, gapped_by_first: dict, lex: Lexicon) -> _Cue | None:
    """The modal phrase starting at word ``i`` with one modifier after its determiner
    ("shall have the exclusive right to"), or None."""
    for length, m in gapped_by_first.get(keys[i], ()):
        if i + length > len(keys):
            continue
        word = keys[i + m]
        if not word.replace("-", "").isalpha() or word in lex.light_words or (word,) in lex.negations:
            continue
        hit = table.get(tuple(keys[i:i + m]) + tuple(keys[i + m + 1:i + length]))
        if hit and hit[0] == "modal":
            return _Cue("modal", tuple(keys[i:i + length]), i, i + length, hit[1])
    return None


# Endings of an adjective between a determiner and a one-word modal that is then a noun
# ("a written request", "any reasonable request", "a formal request")
_ADJECTIVE_ENDINGS = ("ed", "en", "able", "ible", "al", "ful", "ive", "ous", "ic", "ent", "ant", "ary")
# ... and of a noun that makes a compound with it ("a valid deletion request")
_NOUN_ENDINGS = ("ion", "ment")


def _exhorts(tokens: list[Token], c: _Cue, text: str, lex: Lexicon) -> bool:
    """Does the one-word exhortation at ``c`` ask someone to act ("Requests the Commission to
    report", "Encourages Parties, where appropriate, to cooperate", "asks that")? A "to" or
    "that" follows in its sentence before any other modal; else the verb tells of a request
    made in a condition ("after the Lessor asks in writing, the Lessee must …")."""
    for k in range(c.end, min(len(tokens), c.end + 12)):
        if any(ch in text[tokens[k - 1].end:tokens[k].start] for ch in ".;:"):
            return False
        key = tokens[k].key
        if key in ("to", "that"):
            return True
        if key in lex.auxiliary_modals:
            return False
    return c.end >= len(tokens)  # (a heading's last word, "The Council requests": left as it was)


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
        if c.category == "hedge" and c.phrase[0] == "apart" and c.start and \
                past_participle(tokens[c.start - 1].key, lex.participles):
            continue  # "shall be kept apart from food": where things are kept, no exception
        if c.category in ("hedge", "strengthener", "widener", "narrower", "negation") and _in_name(tokens, c, text):
            continue  # "the Permanent Court of Arbitration", "Full Council", "a key marked Do Not Copy": a name
        if c.category == "modal" and c.end - c.start == 1 and c.strength <= 3 and tokens[c.start].key.isalpha() \
                and tokens[c.start].key not in lex.auxiliary_modals and c.start and (
                    tokens[c.start - 1].key in lex.determiners or tokens[c.start - 1].key.endswith(("'s", "s'")) or
                    (c.start > 1 and tokens[c.start - 2].key in lex.determiners and
                     tokens[c.start - 1].key.endswith(_ADJECTIVE_ENDINGS) and tokens[c.start - 1].text.islower()) or
                    # ("a valid deletion request": a noun of a noun, after its determiner; "a valid
                    # request": after an article that counts one, whatever the word between)
                    (c.start > 1 and tokens[c.start - 1].key.endswith(_NOUN_ENDINGS) and tokens[c.start - 1].text.islower()
                     and any(tokens[p].key in lex.determiners for p in range(max(0, c.start - 4), c.start - 1))) or
                    (c.start > 1 and tokens[c.start - 2].key in lex.indefinite_articles and tokens[c.start - 1].text.islower())):
            # "any request", "a written request", "any reasonable request", "the customer's
            # request": a noun, no exhortation ("The parties encourage", "All members urge", "the
            # Secretary-General requests": a subject, and the word its verb)
            continue
        if c.category == "modal" and c.end - c.start == 1 and c.start and tokens[c.start - 1].key == "to" and \
                tokens[c.start].key not in lex.auxiliary_modals:
            continue  # "to recognise", "to note": an infinitive another verb governs, no commitment of its own
        if c.category == "modal" and c.end - c.start == 1 and c.strength == 3 and \
                tokens[c.start].key.endswith("s") and not tokens[c.start].key.startswith("request") and \
                tokens[c.start].key not in lex.auxiliary_modals and not _exhorts(tokens, c, text, lex):
            # "within two weeks after the Lessor asks in writing, the Lessee must": a finite verb
            # of asking that exhorts no one ("so requests" is a request condition, read below;
            # "are permitted" is no verb of asking)
            continue
        if c.category == "modal" and c.end - c.start == 1 and c.strength == BEST_EFFORTS and \
                tokens[c.start].key not in lex.auxiliary_modals:
            # "endeavour" alone is a best effort only after a modal ("shall endeavour, if …, to",
            # which _find_cues joins into one cue); else it is the noun ("This endeavour shall")
            continue
        if c.category == "widener" and c.end + 1 < len(tokens) and \
                (tokens[c.end].key[:1].isdigit() or tokens[c.end].key.partition("-")[0] in NUMBER_WORD_SET) and \
                is_figure(tokens[c.end].key) and tokens[c.end + 1].key not in lex.time_units:
            continue  # "one nurse for every four patients": a rate, no scope ("every 12 months" is a frequency)
        if c.category == "modal" and c.phrase in (("is", "to"), ("are", "to")) and lex.aim_nouns and \
                any(t.key in lex.aim_nouns for t in tokens[max(0, c.start - 6):c.start]):
            # "The purpose of this Agreement is to enhance": what is aimed at, an expectation
            # (thresholds: aim_strength), no directive
            c = c._replace(strength=int(lex.thresholds.get("aim_strength", 5)))
        if c.category == "deadline" and c.end + 1 < len(tokens) and \
                (tokens[c.end].key in lex.lookback_words or tokens[c.end + 1].key in lex.lookback_words):
            continue  # "convicted within the past three years": a look back, which bounds what counts
        if c.category == "modal" and c.end - c.start == 1 and tokens[c.start].text[:1].isupper():
            if not _sentence_start(text, tokens[c.start]):
                continue  # "1 May 2025"
            if tokens[c.start].key in lex.inverted_conditions:
                continue  # "Should the ceasefire be violated, …": a condition (see qualifiers)
        out.append(c)
    present = {t.key for t in tokens}  # one set for the "any such word here?" tests
    if "that" in present or not lex.relative_words.isdisjoint(present):
        out = _relative_clause_modals(out, tokens, lex)
    if not _closer_lasts(lex).isdisjoint(present):  # (an enabling verb or a discretion closer's last word)
        out = sorted(out + _enabling_conditions(out, tokens, text, lex), key=lambda c: c.start)
    if lex.exceed_verbs and not lex.exceed_verbs.isdisjoint(present):
        out = sorted(out + _negated_exceeding(out, tokens, text, lex), key=lambda c: c.start)
    lasts = _hedge_lasts(lex)
    if not lasts.isdisjoint(present):
        out = sorted(out + _split_hedges(out, [t.key for t in tokens], lex), key=lambda c: c.start)
    if "request" in present:
        out = _request_conditions(out, tokens, text, lex)
    if "from" in present:
        out = sorted(out + _split_negations(out, [t.key for t in tokens], lex), key=lambda c: c.start)
    return out


def _relative_clause_modals(cues: list[_Cue], tokens: list[Token], lex: Lexicon) -> list[_Cue]:
    """Drop a modal of possibility (lexicon: possibility_modals) right after a relative word
    ("any information that would facilitate compliance", "any defect that could endanger
    passengers"): the relative clause describes what the commitment is about, where another
    modal carries the commitment itself ("a communication that may include" permits)."""
    modals = [c for c in cues if c.category == "modal"]
    if len(modals) < 2:
        return cues
    inside = {id(c) for c in modals if c.start and c.end - c.start == 1 and
              tokens[c.start].key in lex.possibility_modals and
              (tokens[c.start - 1].key in lex.relative_words or tokens[c.start - 1].key == "that")}
    if not inside or len(inside) == len(modals):
        return cues
    return [c for c in cues if id(c) not in inside]


def _split_negations(cues: list[_Cue], keys: list[str], lex: Lexicon) -> list[_Cue]:
    """A negation of the lexicon with qualifiers set inside it ("refrain permanently and under
    all circumstances from", "shall abstain, in any event, from"): the negation still, as a cue
    on its first word. Only strengtheners and hedges (with "and" / "or" joining them) may stand
    between its words."""
    inside = {k for c in cues if c.category in ("strengthener", "hedge") for k in range(c.start, c.end)}
    taken = {k for c in cues for k in range(c.start, c.end)}
    heads = {p[0]: p for p in lex.negations if len(p) == 2}
    out = []
    for k, key in enumerate(keys):
        phrase = heads.get(key)
        if phrase is None or k in taken:
            continue
        j = k + 1
        while j < len(keys) and (j in inside or (keys[j] in ("and", "or") and j + 1 in inside)):
            j += 1
        if j > k + 1 and j < len(keys) and keys[j] == phrase[1]:
            out.append(_Cue("negation", phrase, k, k + 1))
    return out


def _request_conditions(cues: list[_Cue], tokens: list[Token], text: str, lex: Lexicon) -> list[_Cue]:
    """A request condition of the lexicon's hedges ("upon request", "at its request") with the
    one who asks named inside it ("upon the Licensee's written request", "on a Member's
    reasonable request"): the same hedge, as one cue over its words. The opener is the first
    word of a listed hedge that ends in "request" ("upon", "on", "at"); one to four words stand between, with no
    punctuation (a possessive's apostrophe aside), cue or number among them, each a determiner,
    a possessive or an adjective ("On receipt of a tenant's request" is a time, no condition). The "request" is
    then the noun it is, not an exhortation. Returns the cues with these in place."""
    # (not "who so request": its first word names who asks, opening no such phrase)
    openers = {p[0] for p in lex.hedges if len(p) > 1 and p[-1] == "request" and "so" not in p}
    lone = {c.start: c for c in cues if c.category == "modal" and c.end - c.start == 1}  # "request" read as a verb
    taken = {k for c in cues for k in range(c.start, c.end)}
    keys = [t.key for t in tokens]
    found, dropped = [], set()
    for k, key in enumerate(keys):
        if key != "request" or (k in taken and k not in lone):
            continue
        for j in range(k - 2, max(-1, k - 6), -1):
            if j in taken or any(ch in text[tokens[j].end:tokens[j + 1].start] for ch in _CLOSERS) or \
                    not _asker_word(keys[j + 1], lex):
                break
            between = keys[j + 1:k]
            # (a request described by a determiner and an adjective but no one who asks, "on the
            # previous request", is an object, no condition; "upon a request" is one)
            described = any(w in lex.determiners for w in between) and \
                any(w not in lex.determiners and w not in _POSSESSIVES for w in between)
            if keys[j] in openers and (not described or any(_possessive(w) for w in between)):
                phrase = (keys[j], "request")
                found.append(_Cue("hedge", phrase if phrase in lex.hedges else tuple(keys[j:k + 1]), j, k + 1))
                taken.update(range(j, k + 1))
                if k in lone:
                    dropped.add(id(lone[k]))
                break
    if not found:
        return cues
    return sorted([c for c in cues if id(c) not in dropped] + found, key=lambda c: c.start)


def _in_name(tokens: list[Token], cue: _Cue, text: str) -> bool:
    """Is the cue a word of a proper name: capitalised inside a sentence, with a capitalised
    word next to it ("the Permanent Court of Arbitration", "the Interim Secretariat")? A word
    capitalised only because it opens the sentence is no name."""
    first = tokens[cue.start]
    if not first.text[:1].isupper() or first.text.isupper() or _sentence_start(text, first):
        return False
    neighbours = [tokens[k] for k in (cue.start - 1, cue.end) if 0 <= k < len(tokens)]
    return any(t.text[:1].isupper() and not _sentence_start(text, t) for t in neighbours)


_HEDGE_LASTS: dict[int, tuple[frozenset, frozenset[str]]] = {}


def _hedge_lasts(lex: Lexicon) -> frozenset[str]:
    """The last words of the lexicon's hedges of two words or more ("feasible" of "where
    feasible"), remembered per lexicon."""
    entry = _HEDGE_LASTS.get(id(lex))
    if entry is None or entry[0] is not lex.hedges:
        entry = _HEDGE_LASTS[id(lex)] = (lex.hedges, frozenset(p[-1] for p in lex.hedges if len(p) > 1))
    return entry[1]


_CLOSER_LASTS: dict[int, tuple] = {}


def _closer_lasts(lex: Lexicon) -> frozenset[str]:
    """The words that close an enabling or discretion part ("permits", "appropriate", "fit";
    lexicon: enabling_verbs, discretion_closers), per lexicon."""
    entry = _CLOSER_LASTS.get(id(lex))
    if entry is None or entry[0] is not lex.discretion_closers:
        entry = _CLOSER_LASTS[id(lex)] = (lex.discretion_closers, frozenset(p[-1] for p in lex.discretion_closers) |
                                          lex.enabling_verbs)
    return entry[1]


def _split_hedges(cues: list[_Cue], keys: list[str], lex: Lexicon) -> list[_Cue]:
    """A hedge of the lexicon with adverbs set before its last word ("where technically and
    financially feasible", "if economically possible"): the same hedge, as one cue over all its
    words. Adverbs are words in -ly, joined by "and" / "or"; at least one must stand there."""
    taken = {k for c in cues for k in range(c.start, c.end)}
    lasts = _hedge_lasts(lex)
    out = []
    for k, key in enumerate(keys):
        if key not in lasts or k in taken:
            continue
        j = k
        while j > 0 and (keys[j - 1].endswith("ly") and len(keys[j - 1]) > 4 and keys[j - 1].isalpha()
                         or (keys[j - 1] in ("and", "or") and j < k)):
            j -= 1
        while j < k and keys[j] in ("and", "or"):
            j += 1
        if j == k:
            continue
        for length in range(lex.max_phrase_len - 1, 0, -1):
            head = tuple(keys[max(0, j - length):j])
            if len(head) == length and head + (key,) in lex.hedges and taken.isdisjoint(range(j - length, k + 1)):
                out.append(_Cue("hedge", head + (key,), j - length, k + 1))
                taken.update(range(j - length, k + 1))
                break
    return out


_CLOSERS = ",;:.)"
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your", "my", "own"})


def _possessive(key: str) -> bool:
    """Does the word name whose something is ("its", "the Licensee's")?"""
    return key in _POSSESSIVES or key.endswith(("'s", "s'"))


def _asker_word(key: str, lex: Lexicon) -> bool:
    """May the word stand in a request condition before "request" ("the", "Licensee's",
    "written")?"""
    return key in lex.determiners or _possessive(key) or (key.isalpha() and key.endswith(_ADJECTIVE_ENDINGS))


def _enabling_conditions(cues: list[_Cue], tokens: list[Token], text: str, lex: Lexicon) -> list[_Cue]:
    """A clause part that makes the commitment depend on means or circumstances ("where
    staffing allows", "to the extent that their fiscal situation permits"): an opener of the
    lexicon's enabling_openers, one to five words, then one of its enabling_verbs closing the
    part (punctuation or the end after it, no punctuation inside). A hedge, under one phrase
    whatever its words, so "where staffing allows" / "as resources permit" is no change.
    Likewise a part closed by a judgement of the one who decides ("where the court considers
    it appropriate", "as the Minister thinks fit"; lexicon: discretion_closers): the hedge
    "where appropriate", with its judge named."""
    keys = [t.key for t in tokens]
    taken = {k for c in cues for k in range(c.start, c.end)}
    closers = _closer_lasts(lex)  # (an enabling verb takes the branch before)
    out = []
    for v, key in enumerate(keys):
        if v in taken:
            continue
        if key in lex.enabling_verbs:
            first, phrase = v, ("where", "means", "permit")
        elif key in closers:
            closing = next((p for p in lex.discretion_closers if p[-1] == key and tuple(keys[v - len(p) + 1:v + 1]) == p), None)
            if closing is None or any(c.category == "modal" and c.strength <= PERMISSION and c.start < v for c in cues):
                continue  # ("The Board may, as it sees fit, appoint": a permission's discretion already)
            first, phrase = v - len(closing) + 1, ("where", "appropriate")
        else:
            continue
        after = text[tokens[v].end:].lstrip()
        if after and after[0] not in _CLOSERS:
            continue  # "if the licence permits export": the verb has an object
        for length in range(1, 5):
            found = None
            for start in range(max(0, first - 5 - length + 1), first - length):
                if tuple(keys[start:start + length]) in lex.enabling_openers and 1 <= first - start - length <= 5:
                    found = start
                    break
            if found is not None and not any(ch in _CLOSERS for ch in text[tokens[found].start:tokens[v].start]) \
                    and not taken.intersection(range(found, v + 1)):
                out.append(_Cue("hedge", phrase, found, v + 1))
                taken.update(range(found, v + 1))
                break
    return out


def _negated_exceeding(cues: list[_Cue], tokens: list[Token], text: str, lex: Lexicon) -> list[_Cue]:
    """A verb of exceeding (lexicon: exceed_verbs) that is negated sets a cap, as "shall not
    exceed" does: a negation in the two words before it ("is not exceeded more than 35 times",
    "not be exceeded"), or a subject opened by a negative word ("no primary class exceeds 28
    pupils", with only words between). Not negated ("where the value exceeds EUR 1 million")
    it is a threshold, and no cue."""
    keys = [t.key for t in tokens]
    taken = {k for c in cues for k in range(c.start, c.end)}
    negations = [c for c in cues if c.category == "negation"]
    # (a strengthener set between counts as no word: "shall not at any time exceed")
    inside = {x for c in cues if c.category == "strengthener" for x in range(c.start, c.end)}
    out = []
    for k, key in enumerate(keys):
        if key not in lex.exceed_verbs or k in taken:
            continue
        # (or an adverbial of "any" between: "shall not at any time exceed", "not in any event exceed")
        # (opened by a light word, "in any event": in "shall not erect any building exceeding 8
        # metres" the "not" is the verb's, and "exceeding" opens a modifier of what is forbidden)
        near = any(c.start < k and (sum(1 for x in range(c.end, k) if x not in inside) <= 1 or
                                    (k - c.end <= 3 and any(keys[x] in lex.quantifiers for x in range(c.end, k))
                                     and (keys[c.end] in lex.light_words or c.end in inside)))
                   for c in negations)
        subject = False
        for s in range(k - 1, max(-1, k - 16), -1):  # (as far back as a negated subject reaches)
            if any(ch in text[tokens[s].end:tokens[s + 1].start] for ch in ",;:.()"):
                break
            if keys[s] in lex.negative_subjects:
                subject = True
                break
        if near or subject:
            out.append(_Cue("cap", (key,), k, k + 1))
    return out
