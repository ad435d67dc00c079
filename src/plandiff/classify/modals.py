"""The commitment's verb and its qualifiers: modals, hedges, conditions, scope words."""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter

from plandiff.classify.cues import _Cue
from plandiff.classify.evidence import BEST_EFFORTS, PERMISSION
from plandiff.classify.lexical import (
    _antonyms,
    _form_after,
    _inflects,
    _phrase_ends,
    _same_word,
    _sentence_start,
    _spells,
    _stem,
    _word_synonyms,
)
from plandiff.classify.numbers import _permission_word, _value_of
from plandiff.classify.words import _phrase_text, _set_off, _span
from plandiff.lexicon import Lexicon
from plandiff.text import passive_follows, words_value

# where a condition's words end: its comma (or semicolon, colon), or the stop that ends its
# sentence ("4.5%" and "p.m." hold no stop)
_CONDITION_END = re.compile(r"[,;:]|\.(?=\s|$)")


def _same_words_after(first: list[str], i: int, second: list[str], j: int, fractions: dict | None = None) -> bool:
    """Do the two words after a bound agree ("300 metres" / "300 metres"), a figure by its
    value ("40%" / "forty per cent", "2 metres" / "two metres"), or a share in words by its
    per cent before the same "of" ("half of" / "50% of"; lexicon: fractions)?"""
    a, b = first[i:i + 2], second[j:j + 2]
    if a == b:
        return True
    if not a or not b:
        return False
    va, vb = _value_of(a[0].replace(",", "")), _value_of(b[0].replace(",", ""))
    if fractions and a[1:] == b[1:] == ["of"]:
        va = 100 * fractions[a[0]] if a[0] in fractions else va
        vb = 100 * fractions[b[0]] if b[0] in fractions else vb
        return va is not None and vb is not None and abs(va - vb) < 0.01
    return va is not None and va == vb


def _adverb_of(phrase: tuple[str, ...], other_keys: list[str], lex: Lexicon) -> bool:
    """A one-word qualifier whose adjective or adverb stands on the other side ("in strict
    confidence" / "strictly confidential", "full" / "fully"): the same qualifier."""
    if len(phrase) != 1:
        return False
    w = phrase[0]
    if (w.endswith("ly") and len(w) > 4 and w[:-2] in other_keys) or (w + "ly") in other_keys:
        return True
    # (an adverb of a participle, whose verb stands there: "knowingly" / "which the member knows")
    return w.endswith("ingly") and len(w) > 7 and any(_stem(o) == _stem(w[:-5]) for o in other_keys
                                                      if len(o) > 3 and o not in lex.light_words and o not in lex.auxiliary_modals)


class ModalRules:
    """Rules of :class:`plandiff.classify.pair._Pair`, one concern per module:
    the commitment's verb and its qualifiers: modals, hedges, conditions, scope words."""

    def swapped_qualifiers(self) -> set[int]:
        """Qualifiers of one category replaced by another of the same category in the same
        edit ("temporarily" → "for the time being", "where appropriate" → "where possible"):
        a synonym, not a qualifier added and another removed. Ids of the cues to ignore."""
        out: set[int] = set()
        # (only the categories with a cue on some side: the others find nothing below)
        present = {c.category for c in self.old_cues} | {c.category for c in self.new_cues}
        categories = [c for c in ("hedge", "strengthener", "narrower", "widener") if c in present]
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag != "replace":
                continue
            for category in categories:
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
        for category in categories:
            old_set = {c.phrase for c in self.old_cues if c.category == category}
            new_set = {c.phrase for c in self.new_cues if c.category == category}
            gone = [c for c in self.old_cues if c.category == category and id(c) not in out
                    and not self.kept_old(c) and c.phrase not in new_set]
            came = [c for c in self.new_cues if c.category == category and id(c) not in out
                    and not self.kept_new(c) and c.phrase not in old_set]
            # (not a discretion for an exception: "shall, where practicable, label" → "shall
            # label …, except for fresh fruit" frees the duty in another way)
            if len(gone) == len(came) == 1 and \
                    self.negated(self.a_keys, gone[0]) == self.negated(self.b_keys, came[0]) and \
                    (gone[0].phrase in self.lex.exception_openers) == (came[0].phrase in self.lex.exception_openers):
                out.update((id(gone[0]), id(came[0])))
        # A whole told in another way: "repay the Loan in full" / "repay all amounts outstanding
        # under the Loan" (a strengthener and a scope word, each holding a word of the whole;
        # lexicon: whole_words): one gone and one come, the commitment the same.
        whole = self.lex.whole_words

        def totals(cues, kept):
            return [c for c in cues if c.category in ("strengthener", "widener") and id(c) not in out
                    and not kept(c) and not whole.isdisjoint(c.phrase)]
        gone, came = totals(self.old_cues, self.kept_old), totals(self.new_cues, self.kept_new)
        if len(gone) == len(came) == 1 and gone[0].category != came[0].category and \
                self.negated(self.a_keys, gone[0]) == self.negated(self.b_keys, came[0]):
            out.update((id(gone[0]), id(came[0])))
        out |= self._hedge_as_condition(out)
        return out

    def _hedge_as_condition(self, out: set[int]) -> set[int]:
        """A hedge that opens a condition on one side ("in the event that only one tender is
        received") and a condition word on the other that governs the same words ("if only one
        tender is received"), anywhere in the clause: the condition reworded and moved. Ids of
        the hedges to ignore."""
        found: set[int] = set()
        sides = ((self.old_cues, self.kept_old, self.a_keys, self.a, self.old_text,
                  self.b_keys, self.b, self.new_text, self.back),
                 (self.new_cues, self.kept_new, self.b_keys, self.b, self.new_text,
                  self.a_keys, self.a, self.old_text, self.fwd))
        for cues, kept, keys, tokens, text, other_keys, other_tokens, other_text, other_kept in sides:
            for c in cues:
                if c.category != "hedge" or id(c) in out or kept(c) or c.phrase not in self.lex.clause_qualifiers:
                    continue
                mine = self.governed_words(keys, tokens, text, c.end)
                if len(mine) < 2:
                    continue
                for k, w in enumerate(other_keys):
                    # (or "Should" opening the sentence: "Should the Contractor fail to …")
                    inverted = w in self.lex.inverted_conditions and other_tokens[k].text[:1].isupper() and \
                        _sentence_start(other_text, other_tokens[k])
                    if (w not in self.lex.condition_words and not inverted) or k in other_kept:
                        continue
                    theirs = {_stem(x) for x in self.governed_words(other_keys, other_tokens, other_text, k + 1)}
                    if inverted:
                        # (an inverted condition runs past its asides: "Should the Board fail, at two
                        # meetings held one after the other, to decide a Reserved Matter, …")
                        theirs |= {_stem(x) for x in other_keys[k + 1:k + 16] if x.isalpha()}
                    share = sum(_stem(x) in theirs for x in mine) / len(mine)
                    # (both open the sentence: "In the event that the Board is unable to decide,"
                    # / "Should the Board fail to decide,": one condition, its subject kept)
                    if share >= 0.75 or (c.start == 0 and k == 0 and share > 0):
                        found.add(id(c))
                        break
        return found

    def efforts_changed(self) -> set[int]:
        """One efforts standard replaced by another ("reasonable efforts" → "best efforts"):
        raised or lowered by its rank on the lexicon's efforts ladder, rather than one hedge
        dropped and another added. Ids of the two cues, which the qualifier rules then skip."""
        ladder = self.lex.efforts_ladder
        gone = [c for c in self.old_cues if c.phrase in ladder and not self.kept_old(c)]
        came = [c for c in self.new_cues if c.phrase in ladder and not self.kept_new(c)]
        if len(gone) != 1 or len(came) != 1:
            return set()
        r, a = gone[0], came[0]
        rank_r, rank_a = ladder[r.phrase], ladder[a.phrase]
        if rank_r != rank_a:
            effect = "hardened" if rank_a > rank_r else "softened"
            old, new = _phrase_text(self.old_text, self.a, r), _phrase_text(self.new_text, self.b, a)
            self.add("hedge", effect, r, a,
                     f"{effect}: efforts standard {'raised' if rank_a > rank_r else 'lowered'}, '{old}' → '{new}'")
        return {id(r), id(a)}

    def _negated_bound(self, keys: list[str], modal: _Cue, other_keys: list[str], other_cues: list[_Cue]) -> bool:
        """Does the negation of a duty's modal belong to a bound right after it ("shall not be
        less than twenty per cent"), the other side binding to the same figure with a bound of
        its own ("shall amount to at least 20%")? The bound is a comparative of the lexicon's
        caps and floors ("less than" of "not less than") or a word of "more than"; the figure
        follows it within two words."""
        comparatives = {p[1:] for p in self.lex.caps | self.lex.floors if len(p) > 2 and p[0] in ("not", "no")} | \
            set(self.lex.threshold_words)
        p = modal.end + 1 if modal.end < len(keys) and keys[modal.end] == "not" else None
        if p is None:
            return False
        if keys[p:p + 1] == ["be"]:
            p += 1
        comp = next((c for c in comparatives if tuple(keys[p:p + len(c)]) == c), None)
        if comp is None:
            return False
        figures = [w for w in keys[p + len(comp):p + len(comp) + 3] if w[:1].isdigit() or words_value(w) is not None]
        if not figures:
            return False
        value = words_value(figures[0]) if not figures[0][:1].isdigit() else figures[0]
        bounded = {k for c in other_cues if c.category in ("cap", "floor") for k in range(c.end, c.end + 3)}
        return any((w == figures[0] or str(words_value(w) if not w[:1].isdigit() else w) == str(value)) and k in bounded
                   for k, w in enumerate(other_keys) if w[:1].isdigit() or words_value(w) is not None)

    def _after_negative_verb(self, keys: list[str], k: int) -> bool:
        """Does a verb that negates its complement end right before word ``k`` ("fails to
        complete"; lexicon: negative_verbs)?"""
        return any(len(p) <= k and tuple(keys[k - len(p):k]) == p for p in self.lex.negative_verbs)

    def _exception_word_from(self, keys: list[str], start: int, end: int | None = None) -> bool:
        """Does an exception word (lexicon: exception_words, exception_openers) open at or after
        word ``start`` ("shall not assign … without the Licensor's consent"), and before word
        ``end`` when one is given?"""
        words = self.lex.exception_words | self.lex.exception_openers
        return any(tuple(keys[p:p + len(w)]) == w for p in range(start, len(keys) if end is None else end)
                   for w in words if keys[p] == w[0])

    def _excess_banned_as_cap(self, ban_side: str, ban: _Cue | None = None) -> bool:
        """Is a ban on exceeding a figure ("shall not keep more than two dogs", "shall not be
        flown at a height exceeding 120 metres") the other side's permission capped at the same
        figure ("may keep a maximum of two dogs", "the maximum height at which … may be flown is
        120 metres")? The ban's figure follows a word of "more than" (lexicon: threshold_words)
        or a cap; the permitting side holds a cap (lexicon: caps) and the same figure. Given the
        ``ban``'s modal, its figure stands in the ban's own clause, after it and before any other
        modal ("may be issued for up to 60 days and may not be renewed" bans no excess)."""
        ban_keys, perm_keys, perm_cues = (self.a_keys, self.b_keys, self.new_cues) if ban_side == "old" else \
            (self.b_keys, self.a_keys, self.old_cues)
        ban_cues = self.old_cues if ban_side == "old" else self.new_cues
        if ban is not None:
            stop = next((c.start for c in ban_cues if c.category == "modal" and c.start > ban.start), len(ban_keys))
            if not any((w[:1].isdigit() or words_value(w) is not None) for w in ban_keys[ban.end:stop]):
                return False
        caps = [c for c in perm_cues if c.category == "cap"]
        if not caps:
            return False
        # the permitting side's figure stands under its cap ("may keep a maximum of two dogs"),
        # or is its one figure beside a cap noun ("The maximum height at which … may be flown is
        # 120 metres"); "may keep two dogs and a maximum of three cats" caps the cats only
        # (not the "one" of "at any one time")
        numbers = [p for p, w in enumerate(perm_keys) if (w[:1].isdigit() or words_value(w) is not None)
                   and not (w == "one" and p and perm_keys[p - 1] in self.lex.quantifiers)]
        # (by value: "longer than seventy-two hours" / "no more than 72 hours")
        figures = {_value_of(perm_keys[p]) for p in numbers
                   if any(c.end <= p <= c.end + 2 for c in caps) or
                   (len(numbers) == 1 and any(not self.lex.bound_nouns.isdisjoint(c.phrase) for c in caps))} - {None}
        for k, w in enumerate(ban_keys):
            if _value_of(w) not in figures:
                continue
            if self._threshold_start(ban_keys, k) is not None or any(
                    c.category == "cap" and k - 2 <= c.end <= k for c in ban_cues):
                return True
        # (or the same amount in another unit: "for more than 72 consecutive hours" / "for a
        # period of up to three consecutive days", each figure read with its unit)
        perm_tokens, perm_text = (self.b, self.new_text) if ban_side == "old" else (self.a, self.old_text)
        ban_tokens, ban_text = (self.a, self.old_text) if ban_side == "old" else (self.b, self.new_text)
        capped = {n[0] for n in self._numbers(perm_text, perm_tokens) if n[4] == "cap"}
        return bool(capped) and any(n[0] in capped and (n[4] == "cap" or self._threshold_start(ban_keys, n[5]) is not None)
                                    for n in self._numbers(ban_text, ban_tokens))

    def _ban_told_as_permission(self) -> bool:
        """Is one side's commitment a ban and the other's a permission restricted to a case
        ("shall not be excluded unless …" / "Only where … may … be excluded"): one rule?"""
        def ban(keys, cues):
            return any(c.category == "modal" and self.negated(keys, c) and self.prohibits(keys, c) for c in cues)

        def restricted(keys, cues):
            return any(c.category == "modal" and self.restricted_permission(keys, c) is not None for c in cues)
        return (ban(self.a_keys, self.old_cues) and restricted(self.b_keys, self.new_cues)) or \
            (ban(self.b_keys, self.new_cues) and restricted(self.a_keys, self.old_cues))

    def _limit_told_as_capped_permission(self, plain: list[str], keys: list[str], cues: list[_Cue], cue: _Cue) -> bool:
        """Does the plain side state a limit ("The maximum period of registration is 48 months";
        lexicon: bound_nouns, its subject's head) that the other side tells as a permission capped
        right after its verb ("may remain registered for no more than four years")? One limit."""
        head = next((w for w in plain[:3] if w not in self.lex.determiners), None)
        return head is not None and head in self.lex.bound_nouns and cue.strength <= PERMISSION and any(
            c.category == "cap" and cue.end <= c.start <= cue.end + 5 for c in cues)

    def _restricted_rule(self, keys: list[str], cue: _Cue) -> bool:
        """Is the permission restricted ("may be modified only with the consent of …")? It
        states the rule a plain statement states ("requires the consent of"), no weaker
        commitment. (A cap is no such sign: "reimburses costs up to EUR 500" → "may reimburse
        costs up to EUR 500" gives the payer discretion.)"""
        return cue.strength <= PERMISSION and self.restricted_permission(keys, cue) is not None

    def restricted_permission(self, keys: list[str], cue: _Cue) -> int | None:
        """A permission restricted to a condition ("may grant sublicences only with the
        Licensor's consent", "may enter only if authorised") forbids everything else: it is a
        prohibition with an exception. The index of the word that opens the condition after
        the restricting word (lexicon: only_words, only_conditions), or None."""
        if not self.permits(cue) or self.negated(keys, cue) or not self.lex.only_words or \
                not self.lex.exhortation_words.isdisjoint(cue.phrase):
            return None  # (nor an exhortation: "are encouraged to use only approved equipment")
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        # The restriction may close a long object ("may create or permit to subsist a Security
        # Interest over its assets or revenues only if …"): it is looked for up to the
        # punctuation that ends the permission's clause, within only_reach words.
        reach = int(self.lex.thresholds.get("only_reach", 8))
        for k in range(cue.end, min(len(keys) - 1, cue.end + reach)):
            gap = text[tokens[k - 1].end:tokens[k].start] if k > cue.end else ""
            if any(ch in gap for ch in ",;:.") and not (gap.strip() == "," and self._list_goes_on(keys, tokens, text, k)):
                break  # (the clause ends; an "only" may still open it, below)
            if keys[k] in self.lex.only_words and keys[k + 1] in self.lex.only_conditions:
                return k + 1
            # (or restricts the object, past the verb: "may use only eligible units" is "shall not
            # use any units other than eligible units")
            # (past a determiner: "may use only those macros that the Organiser has approved")
            nxt = k + 2 if k + 2 < len(keys) and keys[k + 1] in ("those", "such", "the", "these") else k + 1
            if keys[k] in self.lex.only_words and k > cue.end and keys[nxt].isalpha() and \
                    keys[nxt] not in self.lex.light_words and keys[nxt] not in self.lex.copulas:
                return nxt
        # ... or opens the clause before it ("Only players registered with the Association may
        # play", "Only where the board has heard the member may a member be expelled"), a subject
        # as long as one opened by "No" may be (thresholds: negative_subject_reach), its list's
        # commas too ("Only animals free of sickness, injury and lameness may be used")
        subject_reach = int(self.lex.thresholds.get("negative_subject_reach", 16))
        for k in range(cue.start - 1, max(-1, cue.start - subject_reach - 1), -1):
            gap = text[tokens[k].end:tokens[k + 1].start]
            if any(ch in gap for ch in ",;:.") and not (gap.strip() == "," and self._list_goes_on(keys, tokens, text, k + 1)):
                return None
            if keys[k] in self.lex.only_words and (k == 0 or any(ch in text[tokens[k - 1].end:tokens[k].start] for ch in ",;:.")):
                return k + 1
        return None

    @staticmethod
    def _list_goes_on(keys: list[str], tokens, text: str, k: int) -> bool:
        """Does the comma before word ``k`` part the items of a list ("a shed, greenhouse or
        polytunnel") rather than close a clause? Its list word (or, and, nor) comes within three
        words, with no other punctuation before it."""
        for j in range(k, min(len(keys), k + 3)):
            if j > k and any(ch in text[tokens[j - 1].end:tokens[j].start] for ch in ",;:.()"):
                return False
            if keys[j] in ("or", "and", "nor"):
                return j > k
        return False

    def in_condition(self, keys: list[str], cue: _Cue) -> bool:
        """Is this modal word the verb of a condition ("whenever the Rector so requests", "if
        either Party requests")? A trigger word opens its stretch of text a few words before
        it, with no other modal between."""
        tokens, text, cues = (self.a, self.old_text, self.old_cues) if keys is self.a_keys else (self.b, self.new_text, self.new_cues)
        modal_words = {k for c in cues if c.category == "modal" and c is not cue for k in range(c.start, c.end)}
        # (a dozen words or so: "Where new information emerges suggesting that the product may harm";
        # but "Only where the governing body has reviewed the decision may a pupil be excluded"
        # puts the commitment's own modal after its condition, inverted)
        for p in range(cue.start - 1, max(-1, cue.start - 15), -1):
            if p in modal_words or any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:.()"):
                if cue.start - p <= 5:
                    # (the commitment's own modal, a few words into its clause; unless that
                    # clause is an exception: "…, unless the parties agree to extend it")
                    firsts = _qualifier_firsts(self.lex)
                    return p not in modal_words and any(keys[x] in firsts for x in range(p + 1, cue.start)) \
                        and self.in_clause_qualifier(keys, cue)
                break  # (no trigger that near: the clause qualifiers are read as before)
            if keys[p] in self.lex.trigger_words:
                if p and keys[p - 1] in self.lex.only_words:
                    return False
                # (that far back, only where the condition closes with a comma before the
                # commitment's own modal: "When the Committee meets in its regular annual session
                # the Secretariat shall report" is the commitment)
                return cue.start - p <= 5 or any(
                    c.category == "modal" and c.start > cue.end and "," in text[tokens[cue.end - 1].end:tokens[c.start].start]
                    for c in cues)
        return self.in_clause_qualifier(keys, cue)

    def in_clause_qualifier(self, keys: list[str], cue: _Cue) -> bool:
        """Is this modal word the verb of an exception or proviso that opens a clause of its own
        ("Except as the Joint Commission may otherwise agree, the forces shall …", "unless the
        Parties may agree otherwise"; lexicon: clause_qualifiers)? Such a clause owns what stands
        in it up to the punctuation that closes it, so its verb is the exception's, not a wrapper
        around the commitment. The qualifier opens the stretch of text the modal stands in, with
        no other modal between."""
        return self.clause_qualifier_before(keys, cue) is not None

    def clause_qualifier_before(self, keys: list[str], cue: _Cue) -> int | None:
        """The word index of the clause qualifier (lexicon: clause_qualifiers) that opens the
        stretch of text the cue stands in, with no modal between, or None."""
        if not self.lex.clause_qualifiers:
            return None
        tokens, text, cues = (self.a, self.old_text, self.old_cues) if keys is self.a_keys else (self.b, self.new_text, self.new_cues)
        modal_at = {k: c for c in cues if c.category == "modal" and c is not cue for k in range(c.start, c.end)}
        longest = max(len(q) for q in self.lex.clause_qualifiers)
        for p in range(cue.start - 1, -1, -1):
            if p in modal_at:
                # the verb of the qualifier itself ("except where the research could not
                # otherwise be conducted and participants are fully debriefed") stands in it too
                return self.clause_qualifier_before(keys, modal_at[p])
            if any(tuple(keys[p:p + n]) in self.lex.clause_qualifiers for n in range(1, longest + 1)
                   if p + n <= cue.start):
                return p
            if any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:.()"):
                return None
        return None

    def inside_gone_qualifier(self, keys: list[str], cue: _Cue, side: str) -> bool:
        """Is the cue a word of an exception or proviso that came or went whole ("except gifts
        from members of their immediate family" dropped)? It details that qualifier, which
        gives the direction; it qualifies no commitment of its own."""
        if self.lex.clause_qualifiers and _qualifier_firsts(self.lex).isdisjoint(keys[:cue.start]):
            return False  # no clause qualifier before the cue at all
        p = self.clause_qualifier_before(keys, cue)
        return p is not None and p not in (self.back if side == "new" else self.fwd)

    def exception_reworded(self, cue: _Cue, side: str) -> bool:
        """A hedge that came or went under a prohibition where the other side, also a
        prohibition, opens the same exception with an exception word ("shall not assign
        without the prior written consent of the Licensor" / "shall not assign unless the
        Licensor has given its prior written consent"): the condition was reworded. The words
        each governs (up to the next comma) must mostly be the same."""
        if not self.lex.exception_words:
            return False
        this = (self.b_keys, self.b, self.new_cues, self.new_text) if side == "new" else (self.a_keys, self.a, self.old_cues, self.old_text)
        other = (self.a_keys, self.a, self.old_cues, self.old_text) if side == "new" else (self.b_keys, self.b, self.new_cues, self.new_text)
        kept_other = self.fwd if side == "new" else self.back
        if not all(any(c.category == "modal" and self.negated(keys, c) and self.prohibits(keys, c) for c in cues)
                   for keys, _, cues, _ in (this,)):
            return False
        restricted = [self.restricted_permission(other[0], c) for c in other[2] if c.category == "modal"]
        restricted = [k for k in restricted if k is not None]
        if not restricted and (any(c.category == "modal" and not self.negated(other[0], c) for c in other[2]) or
                               not any(c.category == "modal" for c in other[2])):
            # (or a plain statement: "Only a player who holds a valid licence is eligible")
            # "No operator shall place food on the market unless it is safe" / "Operators shall
            # place only safe food on the market": a duty restricted by "only" is the ban with
            # its exception, the exception's words now after the restricting word
            restricted = [k for k, w in enumerate(other[0]) if w in self.lex.only_words and k not in kept_other]
            if not restricted:
                return False
        elif not restricted and not any(c.category == "modal" and self.negated(other[0], c) and self.prohibits(other[0], c)
                                        for c in other[2]):
            return False
        mine = self.governed_words(this[0], this[1], this[3], cue.end)
        if not mine:
            return False
        keys = other[0]
        for k in restricted:
            # "may grant sublicences only with the Licensor's consent": the exception after "only"
            theirs = self.governed_words(keys, other[1], other[3], k + 1)
            if theirs and sum(_stem(w) in {_stem(x) for x in theirs} for w in mine) / len(mine) >= 0.5:
                return True
        for k in range(len(keys)):
            for p in self.lex.exception_words:
                if tuple(keys[k:k + len(p)]) != p or k in kept_other:
                    continue
                theirs = self.governed_words(keys, other[1], other[3], k + len(p))
                if theirs and sum(_stem(w) in {_stem(x) for x in theirs} for w in mine) / len(mine) >= 0.5:
                    return True
        return False

    def exceptions_to_bans(self) -> None:
        """An exception opened by an exception word ("without the Landlord's written consent")
        added to a prohibition that both sides keep lets the forbidden act happen in some cases
        (softened); one dropped forbids it in all of them (hardened). Not where the other side
        opens the same exception in other words or the exception moved (its words are there)."""
        words = self.lex.exception_words
        if not words:
            return
        firsts = {p[0] for p in words}
        sides = ((self.b_keys, self.b, self.new_cues, self.new_text, self.back, self.a_keys, self.old_cues, "softened", "new"),
                 (self.a_keys, self.a, self.old_cues, self.old_text, self.fwd, self.b_keys, self.new_cues, "hardened", "old"))
        only = self.lex.only_words
        for keys, tokens, cues, text, kept, other_keys, other_cues, effect, side in sides:
            if firsts.isdisjoint(keys) and only.isdisjoint(keys):
                continue
            if not any(c.category == "modal" and self.negated(other_keys, c) and self.prohibits(other_keys, c)
                       for c in other_cues):
                continue
            if any(c.category == "hedge" for c in other_cues):
                continue  # the other side's own exception or condition: compared by the qualifier rules
            bans = [c for c in cues if c.category == "modal" and self.negated(keys, c) and self.prohibits(keys, c)]
            if not bans:
                self._ban_turned_restricted_permission(keys, tokens, cues, text, kept, other_keys, effect, side)
                continue
            covered = {k for c in cues for k in range(c.start, c.end)}
            other_stems = {_stem(w.removesuffix("'s")) for w in other_keys}  # ("the Landlord's consent")
            for k in range(len(keys)):
                if keys[k] not in firsts or k in kept or k in covered or not any(b.end <= k for b in bans):
                    continue
                p = next((p for p in words if tuple(keys[k:k + len(p)]) == p), None)
                if p is None:
                    continue
                governed = self.governed_words(keys, tokens, text, k + len(p))
                # (a light word the word diff happened to pair elsewhere says nothing: "… during the
                # Term without first consulting the Sponsor")
                if not governed or any(j in kept and keys[j] not in self.lex.light_words
                                       for j in range(k + len(p), min(len(keys), k + len(p) + 3))) or \
                        sum(_stem(w) in other_stems for w in governed) / len(governed) > 0.5:
                    continue
                end = min(len(tokens), k + len(p) + 5)
                span = (tokens[k].start, tokens[end - 1].end)
                phrase = text[span[0]:span[1]]
                verb = "added to" if side == "new" else "removed from"
                msg = f"{effect}: exception {verb} a prohibition ('{phrase} …')"
                if side == "new":
                    self.add("hedge", effect, None, None, msg, new=phrase, new_span=span)
                else:
                    self.add("hedge", effect, None, None, msg, old=phrase, old_span=span)
                break

    def permission_beside_ban(self) -> None:
        """A permission of the very act a kept ban forbids, added after it ("may not sublicense
        …, but nothing in this Agreement shall prevent the Licensee from sublicensing to an
        Affiliate"; "… but may keep one cat"), lets the act happen in some cases: an exception
        to the ban (softened). One dropped forbids the act in all of them (hardened)."""
        sides = ((self.b_keys, self.new_cues, self.kept_new, self.a_keys, self.old_cues, "softened", "new"),
                 (self.a_keys, self.old_cues, self.kept_old, self.b_keys, self.new_cues, "hardened", "old"))
        banned = self.lex.prohibition_modals
        for keys, cues, kept, other_keys, other_cues, effect, side in sides:
            hinders = self.hinders(keys)
            # (cheap first: a permission, a ban that can be lifted, or a saving clause at all)
            if not any(c.category == "modal" and (c.strength <= PERMISSION or c.phrase in banned or hinders)
                       and not kept(c) for c in cues):
                continue
            perms = [c for c in cues if c.category == "modal" and not kept(c) and not self.negated(keys, c)
                     and (self.permits(c) or self.lifted_ban(keys, c))]
            if not perms:
                continue
            ban_cues = [c for c in cues if c.category == "modal" and self.negated(keys, c) and self.prohibits(keys, c)]
            other_bans = [self.governed_verb(other_keys, c) for c in other_cues
                          if c.category == "modal" and self.negated(other_keys, c) and self.prohibits(other_keys, c)]
            other_perms = [self._permitted_act(other_keys, c) for c in other_cues if c.category == "modal"
                           and not self.negated(other_keys, c) and (self.permits(c) or self.lifted_ban(other_keys, c))]
            for perm in perms:
                act = self._permitted_act(keys, perm)
                if act is None or any(v and _same_word(act, v) for v in other_perms):
                    continue
                bans = [c for c in ban_cues if c.start < perm.start and _same_word(act, self.governed_verb(keys, c) or "")]
                if bans and any(v and _same_word(act, v) for v in other_bans) and \
                        self._same_object(keys, bans[0], perm, act):
                    verb = "added to" if side == "new" else "removed from"
                    shown = _phrase_text(self.new_text if side == "new" else self.old_text,
                                         self.b if side == "new" else self.a, perm)
                    self.add("hedge", effect, None if side == "new" else perm, perm if side == "new" else None,
                             f"{effect}: exception {verb} a prohibition (a permission of the act it forbids: '{shown} … {act}')")
                    break

    def _same_object(self, keys: list[str], ban: _Cue, perm: _Cue, act: str) -> bool:
        """Does the permission name no object of its own, or one the ban names ("may not
        sublicense any of its rights …, but nothing shall prevent … sublicensing its rights to an
        Affiliate"; "may not park on the verge, but may park there on Sundays")? A permission of
        the act on another object ("may not photograph the exhibits" / "may photograph the
        garden") is no exception to the ban."""
        at = next((k for k in range(perm.end, min(len(keys), perm.end + 12)) if _same_word(keys[k], act)), None)
        if at is None:
            return True
        light = self.lex.light_words
        mine = []
        for w in keys[at + 1:at + 4]:
            if w in self.lex.circumstance_openers:
                break  # ("park there on Sundays": when and where, no object)
            if w.isalpha() and w not in light and w not in self.lex.pro_forms:
                mine.append(w)
        theirs = {_stem(w) for w in keys[ban.end:perm.start] if w.isalpha() and w not in light}
        return not mine or any(_stem(w) in theirs for w in mine)

    def _permitted_act(self, keys: list[str], cue: _Cue) -> str | None:
        """The act a permission allows: the verb after the modal, or after the "from" of a saving
        clause ("shall prevent the Licensee from sublicensing")."""
        if not self.saving_permission(keys, cue):
            return self.governed_verb(keys, cue)
        start = keys.index("from", cue.end) + 1
        return next((w for w in keys[start:start + 3] if w.isalpha() and w not in self.lex.light_words), None)

    def _ban_turned_restricted_permission(self, keys, tokens, cues, text, kept, other_keys, effect, side) -> None:
        """A prohibition with no exception ("Member States may not derogate") whose other side
        permits the act only in some case ("may derogate only in exceptional circumstances"):
        a permission restricted to a condition is a prohibition with that exception, so the
        exception came (softened) or went (hardened). Its words must be new to the other side,
        and the prohibition must have no exception of its own ("shall not acquire … without the
        Commission's approval" is "may acquire … only if the Commission approves")."""
        if self._exception_word_from(other_keys, 0) or self._bound_turned_round():
            return  # (or the permission's bound is the ban's turned round: "shall not perform within
            # 20 metres" / "may perform only more than 20 metres from": one rule)
        other_stems = {_stem(w) for w in other_keys}
        for c in cues:
            if c.category != "modal":
                continue
            k = self.restricted_permission(keys, c)
            if k is None or k in kept:
                continue
            governed = self.governed_words(keys, tokens, text, k + 1)
            if not governed or sum(_stem(w) in other_stems for w in governed) / len(governed) > 0.5:
                continue
            end = min(len(tokens), k + 6)
            span = (tokens[k - 1].start, tokens[end - 1].end)
            phrase = text[span[0]:span[1]]
            msg = f"{effect}: a prohibition became a permission only in some cases ('{phrase} …')" if side == "new" \
                else f"{effect}: a permission only in some cases ('{phrase} …') became a prohibition"
            if side == "new":
                self.add("hedge", effect, None, None, msg, new=phrase, new_span=span)
            else:
                self.add("hedge", effect, None, None, msg, old=phrase, old_span=span)
            return

    def permission_restricted(self) -> None:
        """A permission both sides keep that only one side restricts to a condition ("may share
        the data with its contractors" → "… only with the Provider's prior written approval",
        "may process the data where consent was given" → "… only where …"): every other case
        became forbidden (hardened), or the reverse (softened); lexicon only_words,
        only_conditions. One such permission is read."""
        only = self.lex.only_words
        if not only or (only.isdisjoint(self.a_keys) and only.isdisjoint(self.b_keys)):
            return
        for r in self.old_cues:
            if r.category != "modal" or r.start not in self.fwd:
                continue
            a = self.covering(self.new_cues, self.fwd[r.start], "modal")
            if a is None or a.phrase != r.phrase:
                continue
            old_at = self.restricted_permission(self.a_keys, r)
            new_at = self.restricted_permission(self.b_keys, a)
            if (old_at is None) == (new_at is None):
                continue
            if self.negated(self.a_keys, r) or self.negated(self.b_keys, a):
                continue  # "No staff member may … without consent" / "… may … only if …": the same rule
            if new_at is not None:
                tokens, text, k = self.b, self.new_text, new_at - 1
                span = (tokens[k].start, tokens[min(len(tokens) - 1, k + 4)].end)
                self.add("hedge", "hardened", None, None,
                         f"hardened: permission restricted ('{text[span[0]:span[1]]} …'): every other case forbidden",
                         new=text[span[0]:span[1]], new_span=span)
            else:
                tokens, text, k = self.a, self.old_text, old_at - 1
                span = (tokens[k].start, tokens[min(len(tokens) - 1, k + 4)].end)
                self.add("hedge", "softened", None, None,
                         f"softened: permission no longer restricted ('{text[span[0]:span[1]]} …')",
                         old=text[span[0]:span[1]], old_span=span)
            return

    def _opens_exception(self, cue: _Cue) -> bool:
        """Does the qualifier open an exception ("save where", "except if", "unless"; lexicon:
        exception_openers, exception_words), which a condition in its place turns round?"""
        return any(cue.phrase[:len(e)] == e for e in self.lex.exception_openers | self.lex.exception_words)

    def _condition_restated(self, cue: _Cue, side: str) -> bool:
        """A proviso that opens a clause ("…, provided that the loan was covered by credit life
        insurance"; lexicon: clause_qualifiers) whose words stand on the other side in a clause
        opened by a word of condition ("Where a loan covered by credit life insurance is
        outstanding, …"; lexicon: condition_words, condition_synonyms): the condition restated.
        Most of its content words (at least two) must stand there."""
        if cue.phrase not in self.lex.clause_qualifiers or self._opens_exception(cue):
            return False  # (an exception, "Save where …", turned into a condition turns the case round)
        keys, tokens, text = (self.b_keys, self.b, self.new_text) if side == "new" else (self.a_keys, self.a, self.old_text)
        other, other_tokens, other_text = (self.a_keys, self.a, self.old_text) if side == "new" else \
            (self.b_keys, self.b, self.new_text)
        governed = self.governed_words(keys, tokens, text, cue.end)
        mine = [w for w in governed if w not in self.lex.light_words]
        if len(mine) < 2:
            return False
        # (or a one-word proviso of its own, "Provided the fee is paid, …"; no exception's word)
        openers = self.lex.condition_words | self.lex.condition_synonyms | {
            q[0] for q in self.lex.clause_qualifiers if len(q) == 1 and (q[0],) not in self.lex.exception_openers}
        conditioned: set[str] = set()
        opened = negated_there = False
        for k, w in enumerate(other):
            starts = not k or any(ch in other_text[other_tokens[k - 1].end:other_tokens[k].start] for ch in ",;:.")
            if starts:
                opened = False
            if w in openers and starts:
                opened = True  # (a word of condition that opens its clause: not "including where")
            elif opened:
                conditioned.add(_stem(w))
                negated_there = negated_there or (w,) in self.lex.negations
        # (and the same polarity: "provided that the vehicle was locked" / "Where the vehicle was
        # not locked" turns the case round)
        mine_negated = any((w,) in self.lex.negations for w in governed)
        return sum(_stem(w) in conditioned for w in mine) * 2 > len(mine) and mine_negated == negated_there

    def _owner_named_in(self, phrase: tuple[str, ...], other: list[str]) -> bool:
        """Does the other side hold the qualifier with its possessive pronoun told as the owner's
        name ("at its discretion" / "at the Market Operator's discretion"; lexicon:
        possessive_pronouns): the words before and after the pronoun, and between them a
        short name in the possessive?"""
        at = next((k for k, w in enumerate(phrase) if w in self.lex.possessive_pronouns), None)
        if at is None or at == 0 or at == len(phrase) - 1:
            return False
        head, tail = list(phrase[:at]), list(phrase[at + 1:])
        mine = set(self.b_keys if other is self.a_keys else self.a_keys)
        for k in range(len(other) - len(head)):
            if other[k:k + len(head)] != head:
                continue
            for n in range(1, 5):
                q = k + len(head) + n
                name = [w.removesuffix("'s") for w in other[k + len(head):q] if w not in self.lex.determiners]
                # (the owner this side points back to: "The Market Operator may, at its discretion";
                # "at the Minister's discretion" moves the discretion elsewhere)
                if other[q - 1].endswith("'s") and other[q:q + len(tail)] == tail and name and all(w in mine for w in name):
                    return True
        return False

    def _negation_in_relative(self, cue: _Cue, side: str) -> bool:
        """Does the qualifier stand in a relative clause with its own "not" ("any dog that is not
        fully vaccinated"; lexicon: relative_words)? That "not" says which things the rule
        covers, and may move into "only" on the other side."""
        keys = self.a_keys if side == "old" else self.b_keys
        return any(keys[p] in self.lex.relative_words or keys[p] == "that" for p in range(max(0, cue.start - 4), cue.start))

    def _ban_negation_moved(self, cue: _Cue, side: str) -> bool:
        """Is the qualifier negated on this side only by a "no" that opens the subject of a ban
        ("no part of the booth may be sublet"), where the other side bans the same act with a
        "not" on its modal ("shall not sublet any part of the booth")? The negation is the
        ban's, moved into the subject: the qualifier was not turned round."""
        keys, cues, other_keys, other_cues = (self.a_keys, self.old_cues, self.b_keys, self.new_cues) if side == "old" \
            else (self.b_keys, self.new_cues, self.a_keys, self.old_cues)
        modal = next((c for c in cues if c.category == "modal" and c.start >= cue.end), None)
        if modal is None or not self.no_subject(keys, modal) or not self.prohibits(keys, modal) or \
                cue.start < 1 or keys[cue.start - 1] not in self.lex.negative_subjects:
            return False
        return any(c.category == "modal" and self.negated(other_keys, c) and self.prohibits(other_keys, c)
                   for c in other_cues)

    def _charge_restated(self, cue: _Cue, side: str) -> bool:
        """A price that a hedge makes the condition of what is offered ("Pets are welcome,
        subject to a charge of £15 per night"; lexicon: price_nouns) stated on the other side
        as a charge that applies ("A charge of £15 per night applies to pets"): the price noun
        and its figure stand there too. The same terms, told as a fact, not a condition gone."""
        keys, tokens, text = (self.b_keys, self.b, self.new_text) if side == "new" else (self.a_keys, self.a, self.old_text)
        other = self.a_keys if side == "new" else self.b_keys
        # (the price noun and its figure, either way round: "a charge of £15", "a £5 cover charge")
        end = next((p for p in range(cue.end + 1, min(len(keys), cue.end + 8))
                    if any(ch in text[tokens[p - 1].end:tokens[p].start] for ch in ",;:.")), min(len(keys), cue.end + 8))
        governed = keys[cue.end:end]
        price = next((w for w in governed if w in self.lex.price_nouns), None)
        figures = [w for w in governed if w[:1].isdigit()]
        return price is not None and bool(figures) and price in other and all(f in other for f in figures)

    def _told_as_consequence(self, cue: _Cue, side: str) -> bool:
        """An "unless" whose condition the other side makes a duty, saying what follows if it is
        not met ("time-barred unless brought within nine months" / "must be brought within nine
        months, failing which it shall be time-barred"; lexicon: consequence_openers): the
        condition's words stand on the other side, and no consequence opener on this one."""
        if cue.phrase != ("unless",) or not self.lex.consequence_openers:
            return False
        keys, tokens, text = (self.b_keys, self.b, self.new_text) if side == "new" else (self.a_keys, self.a, self.old_text)
        other = self.a_keys if side == "new" else self.b_keys
        theirs = _phrase_ends(other, self.lex.consequence_openers)
        if not theirs or _phrase_ends(keys, self.lex.consequence_openers):
            return False
        mine = self.governed_words(keys, tokens, text, cue.end)
        # (and the consequence the same: what stood before "unless" stands after the opener,
        # "time-barred unless brought …" / "…, failing which it shall be time-barred")
        modal_words = {k for c in (self.new_cues if side == "new" else self.old_cues) if c.category == "modal"
                       for k in range(c.start, c.end)}
        before = [w for k, w in enumerate(keys[:cue.start]) if k not in modal_words and w.replace("-", "").isalpha()
                  and w not in self.lex.light_words and w not in self.lex.copulas and (w,) not in self.lex.negations]
        told = not before or any(w in other[theirs[0]:] for w in before[-3:])
        return told and bool(mine) and sum(w in other for w in mine) * 2 > len(mine)

    def governed_words(self, keys: list[str], tokens, text: str, start: int) -> list[str]:
        """The content words of the eight after ``start``, up to the next comma or stop."""
        out = []
        for k in range(start, min(len(keys), start + 8)):
            if k > start and any(ch in text[tokens[k - 1].end:tokens[k].start] for ch in ",;:."):
                break
            word = keys[k].removesuffix("'s")  # "the Landlord's consent": the Landlord
            if word not in self.lex_stop and word not in self.lex.light_words and word.isalpha():
                out.append(word)
        return out

    def restricts_set(self, keys: list[str], cue: _Cue) -> bool:
        """A one-word strengthener between a word quantifying over a whole set and its noun
        ("all permanent employees", "every full member") says which members the set holds:
        a restriction of scope, not a firmer commitment."""
        return cue.category == "strengthener" and cue.end - cue.start == 1 and cue.start > 0 \
            and keys[cue.start - 1] in self.lex.quantifiers and cue.end < len(keys) \
            and keys[cue.end] not in self.lex_stop and keys[cue.end] not in self.lex.light_words

    def intensifies_negation(self, cue: _Cue) -> bool:
        """A strengthener built on a negative-polarity word ("under any circumstances",
        "whatsoever") reinforces the negation next to it instead of being negated by it: "shall
        not under any circumstances" forbids more than "shall not", while "not fully" is less
        than "fully"."""
        return cue.category == "strengthener" and any(w in self.lex.negative_polarity for w in cue.phrase)

    def _owed_to_holder(self, keys: list[str], duty: _Cue, right: _Cue) -> bool:
        """Is ``duty`` a binding duty told of the one it benefits, in the passive ("Employees
        shall be paid at twice the rate", "shall be granted leave"; lexicon: benefit_participles),
        and ``right`` a right (lexicon: right_words, "is entitled to")? The two state one right
        from either end."""
        if duty.strength < 6 or self.lex.right_words.isdisjoint(right.phrase):
            return False
        after = keys[duty.end:duty.end + 3]
        return bool(after) and after[0] == "be" and any(w in self.lex.benefit_participles for w in after[1:])

    def _verbs_differ(self, r: _Cue, a: _Cue) -> bool:
        """Do two duties whose negation flipped govern verbs of opposite meaning, listed as such
        (lexicon: antonyms: "shall not leave" / "must stay", "shall not refuse" / "must grant")?
        Then the flip is the antonym told the other way round, no opposite commitment. Any other
        change of verb ("shall not reduce" / "shall increase") is read as it stands."""
        old, new = self._act_verbs(r, a)
        return old is not None and new is not None and _antonyms(old, new, self.lex)

    def _bound_turned_round(self) -> bool:
        """Is a bound on one side the other's complement, before the same words (lexicon:
        complement_bounds: "shall not be located within 300 metres" / "shall be located at
        least 300 metres away", "shall not be issued before the fee is paid" / "shall be issued
        only after the fee is paid")? With the negation flipped, the rule is told the other way
        round, as with an antonym."""
        for one, other in self.lex.complement_bounds:
            for first, second in ((self.a_keys, self.b_keys), (self.b_keys, self.a_keys)):
                ends = _phrase_ends(first, (one,))
                if not ends:
                    continue
                # (not where this side holds the complement too: "no more than" holds "more than")
                if _phrase_ends(first, (other,)):
                    continue
                # (each bound in the clause of its side's first modal: "shall not remove the
                # fixtures and shall give notice within 30 days" holds its bound in another duty)
                lower = one in self.lex.lower_threshold_words

                def own(keys: list[str], k: int, lower: bool = lower) -> bool:
                    cues = self.old_cues if keys is self.a_keys else self.new_cues
                    modals = [c for c in cues if c.category == "modal" and c.start < k]
                    return len(modals) <= 1 and (not lower or (bool(modals) and "be" in keys[modals[0].end:modals[0].end + 3]))
                if any(_same_words_after(first, i, second, j, self.lex.fractions) and own(first, i) and own(second, j)
                       for i in ends for j in _phrase_ends(second, (other,))):
                    return True
        return False

    def _split_text(self, side: str, cue: _Cue) -> str | None:
        """The words of a modal with its "not" set inside it, as the text has them ("is not
        required to"), or None for any other modal."""
        keys, tokens, text = (self.a_keys, self.a, self.old_text) if side == "old" else (self.b_keys, self.b, self.new_text)
        if cue.start < 2 or keys[cue.start - 1] != "not" or cue.phrase[0] != keys[cue.start - 2] or \
                cue.phrase[0] == keys[cue.start]:
            return None
        return text[tokens[cue.start - 2].start:tokens[cue.end - 1].end]

    def _no_duty(self, cue: _Cue, keys: list[str] | None = None) -> bool:
        """Is the modal a duty stated as what the party is ("is required to", "are obliged to";
        lexicon: relief_words), or a modal that states it ("shall not be obliged to accept", given
        the side's ``keys``)? Negated it lifts the duty ("is not required to report": no duty),
        no ban."""
        if cue.strength <= PERMISSION:
            return False
        if not self.lex.relief_words.isdisjoint(cue.phrase):
            return True
        if keys is None:
            return False
        after = [w for w in keys[cue.end:cue.end + 4] if (w,) not in self.lex.negations]
        return after[:1] == ["be"] and len(after) >= 3 and after[1] in self.lex.relief_words and after[2] == "to"

    def _same_act(self, r: _Cue, a: _Cue) -> bool:
        """Do the two modals govern one verb, in any form?"""
        old, new = self._act_verbs(r, a)
        return old is None or new is None or _same_word(old, new)

    def _retold_flip(self, neg_r: bool, r: _Cue, a: _Cue) -> bool:
        """Is a flipped negation the same rule retold around another verb: below
        content_min_ratio of the wording kept, the two acts different verbs, and a sign of it
        (see _flip_told_otherwise)? Read alike wherever the flip is found, so both directions
        agree."""
        return self.ratio < self.lex.thresholds.get("content_min_ratio", 0.65) and self._other_act(r, a) and \
            self._flip_told_otherwise(neg_r, r, a)

    def _flip_told_otherwise(self, neg_r: bool, r: _Cue, a: _Cue) -> bool:
        """Is there a sign that a flipped negation in a retold sentence tells the same rule the
        other way round: a subject opened by "no" ("No customs duties shall apply"), a word of
        negative meaning on either side ("exempt", "unless", "without", "until"; lexicon:
        negative_meaning), a bound ("shall never fall below 4.5%"), or a negation of "never" or
        "no" ("At no time may")? With none ("shall disclose the data upon request" /
        "the data shall not be shared"), the flip is read as the opposite commitment."""
        keys, cue, cues = (self.a_keys, r, self.old_cues) if neg_r else (self.b_keys, a, self.new_cues)
        if self.no_subject(keys, cue):
            return True
        if any(c.category in ("cap", "floor") for c in self.old_cues + self.new_cues):
            return True
        if any(c.category == "negation" and not {"never", "no"}.isdisjoint(c.phrase) for c in cues):
            return True  # ("At no time may", "must never fall below")
        if not self.lex.negative_meaning.isdisjoint(self.a_keys + self.b_keys):
            return True
        # (or a word and its negative-prefixed form across the sides: "keep the gate locked" /
        # "may not be left unlocked")
        old, new = set(self.a_keys), set(self.b_keys)
        return any(w.startswith(p) and w[len(p):] in other
                   for this, other in ((old, new), (new, old)) for w in this for p in self.lex.negative_prefixes)

    def _other_act(self, r: _Cue, a: _Cue) -> bool:
        """Do the two modals govern verbs known to be different? Not where either is an
        irregular participle (lexicon: participles), whose other forms the letters do not show
        ("shall sell" / "shall not be sold")."""
        old, new = self._act_verbs(r, a)
        return old is not None and new is not None and not _same_word(old, new) and _stem(old) != _stem(new) and \
            old not in self.lex.participles and new not in self.lex.participles

    def _act_verbs(self, r: _Cue, a: _Cue) -> tuple[str | None, str | None]:
        """The verbs of the acts an old and a new modal govern (see _act_verb)."""
        return self._act_verb(self.a_keys, self.old_cues, r), self._act_verb(self.b_keys, self.new_cues, a)

    def _act_verb(self, keys: list[str], cues: list[_Cue], modal: _Cue) -> str | None:
        """The verb of the act a modal governs, past any negation or qualifier ("shall refrain
        permanently from using", "shall under no circumstances obstruct", "shall not fail to
        report"), or None."""
        covered = {k for c in cues if c.category in ("negation", "strengthener", "hedge") for k in range(c.start, c.end)}
        k = modal.end
        while k < min(len(keys), modal.end + 8):
            neg = next((p for p in self.lex.negative_verbs if tuple(keys[k:k + len(p)]) == p), None)
            if neg is not None:
                k += len(neg)
                continue
            w = keys[k]
            # (past an auxiliary or article only: "remain" and "make" are the act's verbs here)
            if k not in covered and w.isalpha() and w not in self.lex.copulas and w not in self.lex.auxiliary_modals \
                    and w not in self.lex.noun_markers and w not in ("to", "from"):
                return w
            k += 1
        return None

    def _aside(self, cue: _Cue, new_side: bool) -> bool:
        """Is the cue set off by commas on both sides ("shall not, directly or indirectly,
        solicit")? A strengthener there says how far the ban reaches, not negated by it."""
        tokens, text = (self.b, self.new_text) if new_side else (self.a, self.old_text)
        return _set_off(tokens, text, cue.start, cue.end)

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
        # "will consider lifting") is a change of that modal, not an unchanged "will". Only the
        # first word pairs it: a kept "to" of "agrees to" may be the "to" of another sentence's
        # "is expected to", and the word diff finds that only in one direction.
        def pair_changed(r: _Cue | None, a: _Cue | None) -> None:
            if r is None or a is None or r.phrase == a.phrase or id(r) in used_old or id(a) in used_new:
                return
            if not self.split_modal(r, a):
                pairs.append((r, a))
            # a modal split by a qualifier ("will gradually seek to" / "will seek to") is used
            # up by that reading: its other half pairs with nothing else
            used_old.add(id(r))
            used_new.add(id(a))

        for r in self.old_cues:
            if r.category == "modal" and r.start in self.fwd:
                pair_changed(r, self.covering(self.new_cues, self.fwd[r.start], "modal"))
        # ... and read from the new side the same way, so that the two directions mirror ("will
        # seek to" → "seek to": the old phrase's first word is gone, the new one's is kept)
        for a in self.new_cues:
            if a.category == "modal" and a.start in self.back:
                pair_changed(self.covering(self.old_cues, self.back[a.start], "modal"), a)
        # A modal whose phrase and verb occur as often on both sides merely moved with its
        # sentence (the word diff aligns moved text differently in each direction).
        old_sig = Counter(self.signature(self.a_keys, c) for c in self.old_cues if c.category == "modal")
        new_sig = Counter(self.signature(self.b_keys, c) for c in self.new_cues if c.category == "modal")
        removed = [c for c in self.old_cues if c.category == "modal" and not self.kept_old(c) and id(c) not in used_old
                   and old_sig[self.signature(self.a_keys, c)] > new_sig[self.signature(self.a_keys, c)]]
        added = [c for c in self.new_cues if c.category == "modal" and not self.kept_new(c) and id(c) not in used_new
                 and new_sig[self.signature(self.b_keys, c)] > old_sig[self.signature(self.b_keys, c)]]
        # a modal inside a relative clause beside the commitment's own ("A landlord who intends
        # to end a tenancy must first give notice"): the relative clause's verb, no commitment
        for cues_side, keys_side, lst in ((self.old_cues, self.a_keys, removed), (self.new_cues, self.b_keys, added)):
            if not lst or (self.lex.relative_words.isdisjoint(keys_side) and "such" not in keys_side):
                continue  # (cheap first: most clauses hold no relative clause)
            own = [c for c in cues_side if c.category == "modal" and not self.in_relative_clause(keys_side, c)]
            if own and len(own) < sum(1 for c in cues_side if c.category == "modal"):
                lst[:] = [c for c in lst if not self.in_relative_clause(keys_side, c)]
        # a removed and an added modal that govern the same verb pair first ("It is expected
        # that Russia will not invade" / "Russia shall not invade": "will" with "shall", the
        # wrapper left over), the rest in order
        if len(removed) != len(added) and removed and added:
            fewer, more, fewer_keys, more_keys = (added, removed, self.b_keys, self.a_keys) if len(added) < len(removed) \
                else (removed, added, self.a_keys, self.b_keys)
            by_verb: list = []
            for c in fewer:
                verb = self.governed_verb(fewer_keys, c)
                by_verb.append(next((m for m in more if m not in by_verb and verb is not None
                                     and self.governed_verb(more_keys, m) == verb), None))
            left = [m for m in more if m not in by_verb]
            # only where what is left over is a phrase that wraps what follows ("It is expected
            # that"): a modal with a verb of its own ("shall not constitute a ground on which …
            # may dismiss") is paired in order
            if all(m is not None for m in by_verb) and all(len(m.phrase) > 1 and m.phrase[-1] in self.lex.light_words
                                                            for m in left):
                more = by_verb + left
                removed, added = (more, added) if more_keys is self.a_keys else (removed, more)
        pairs.extend(zip(removed, added))
        for r, a in pairs:
            if self.in_relative_clause(self.a_keys, r) and self.in_relative_clause(self.b_keys, a):
                continue  # "…, which will allow" → "…, which could allow": a consequence, not the commitment
            if self.in_condition(self.a_keys, r) != self.in_condition(self.b_keys, a):
                continue  # "whenever the Rector so requests" → "shall also meet": a condition's verb, not the commitment
            if self.correlative(r, a):
                continue  # "A tenant is entitled to notice from the landlord" / "The landlord must give the tenant notice"
            neg_r = self.negated(self.a_keys, r)
            neg_a = self.negated(self.b_keys, a)
            if not neg_r and not neg_a and self._permission_told_as_duty(r, a):
                # (the duty's verb, "must obtain consent before enrolling", is how the permission's
                # condition is told, "may enrol only with consent": no content of its own)
                self._restated_verbs = (self._restated_verbs[0] | self._duty_verb_at(self.a_keys, r),
                                        self._restated_verbs[1] | self._duty_verb_at(self.b_keys, a))
                continue  # "shall have a right to" / "may"; "must … before" / "may … only after"
            old, new = _phrase_text(self.old_text, self.a, r), _phrase_text(self.new_text, self.b, a)
            if neg_r != neg_a:
                # A prohibition turned into a permission ("shall not sell" → "may sell") lifts
                # the restriction (softened), and the reverse imposes one (hardened); a duty
                # turned into its opposite ("will" → "will not") is another commitment.
                if (neg_r and self.prohibits(self.a_keys, r) and self.restricted_permission(self.b_keys, a) is not None) or \
                        (neg_a and self.prohibits(self.b_keys, a) and self.restricted_permission(self.a_keys, r) is not None):
                    # "shall not grant … unless it has consent" / "may grant … only with consent":
                    # one rule, where the ban has its exception; with none, the permission's
                    # restriction is an exception added (see exceptions_to_bans) if the ban's words
                    # all stand in the permission, and another rule if not ("Shops shall not
                    # open on Sundays" / "Shops may open only on weekdays")
                    ban_keys, perm_keys, ban = (self.a_keys, self.b_keys, r) if neg_r else (self.b_keys, self.a_keys, a)
                    if self._exception_word_from(ban_keys, ban.end):
                        continue
                    perm = {_stem(w) for w in perm_keys}
                    bound_words = {w for p in self.lex.caps | self.lex.floors | self.lex.threshold_words for w in p}
                    # (in any form, or a listed synonym: "shall not be retained for longer than is
                    # necessary" / "may be kept only for as long as is necessary")
                    perm_groups = set().union(*(_word_synonyms(o, self.lex) for o in perm_keys))
                    if all(_stem(w) in perm or any(_same_word(w, o) for o in perm_keys)
                           or not _word_synonyms(w, self.lex).isdisjoint(perm_groups)
                           for w in ban_keys[ban.end:] if w.isalpha() and w not in self.lex.light_words
                           and (w,) not in self.lex.negations and w not in bound_words):
                        continue
                    if any(w[:1].isdigit() and w in perm_keys for w in ban_keys[ban.end:]):
                        continue  # the same figure bounds both: "not … under the age of 18" / "only … aged 18 or over"
                    self.add("negation", "modified", r, a, "a prohibition turned into a permission restricted to another case"
                             if neg_r else "a permission restricted to one case turned into a prohibition of another")
                    continue
                if (neg_r and self.prohibits(self.a_keys, r) and self.permits(a) and self._excess_banned_as_cap("old", r)) or \
                        (neg_a and self.prohibits(self.b_keys, a) and self.permits(r) and self._excess_banned_as_cap("new", a)):
                    continue  # "shall not keep more than two dogs" / "may keep a maximum of two dogs"
                if (neg_r and not self.permits(r) and not self.permits(a) and self._negated_bound(self.a_keys, r, self.b_keys, self.new_cues)) or \
                        (neg_a and not self.permits(a) and not self.permits(r) and self._negated_bound(self.b_keys, a, self.a_keys, self.old_cues)):
                    continue  # "shall not be less than 20 per cent" / "shall amount to at least 20%"
                # ("is prohibited" forbids in itself: shown as it stands, with no "not"; "is not
                # prohibited" lifts the ban, a permission)
                lifted_r, lifted_a = self.lifted_ban(self.a_keys, r), self.lifted_ban(self.b_keys, a)
                shown_r = self._split_text("old", r) or (f"{old} not" if neg_r and r.phrase not in self.lex.prohibition_modals
                                                         else self._ban_text("old", r))
                shown_a = self._split_text("new", a) or (f"{new} not" if neg_a and a.phrase not in self.lex.prohibition_modals
                                                         else self._ban_text("new", a))
                if ((neg_r and self._no_duty(r, self.a_keys) and not self.no_subject(self.a_keys, r) and self.permits(a)) or
                        (neg_a and self._no_duty(a, self.b_keys) and not self.no_subject(self.b_keys, a) and self.permits(r))) \
                        and self._no_duty_turned(r, a):
                    # "is not obliged to accept" / "may refuse" (lexicon: antonyms): the choice is the
                    # party's either way ("not obliged to answer" / "may answer" permits the act
                    # where the other side only lifted the duty)
                    pass
                elif neg_r and self.prohibits(self.a_keys, r) and (self.permits(a) or lifted_a):
                    self.add("negation", "softened", r, a, f"softened: '{shown_r}' → '{shown_a}' (a prohibition became a permission)")
                elif neg_a and self.prohibits(self.b_keys, a) and (self.permits(r) or lifted_r):
                    self.add("negation", "hardened", r, a, f"hardened: '{shown_r}' → '{shown_a}' (a permission became a prohibition)")
                elif (neg_r and self._no_duty(r) and self._exception_word_from(self.a_keys, r.end)) or \
                        (neg_a and self._no_duty(a) and self._exception_word_from(self.b_keys, a.end)):
                    pass  # "is not obliged to repair unless requested" is "shall repair only if requested"
                elif (neg_r and self._no_duty(r)) or (neg_a and self._no_duty(a)):
                    # "is not required to supply" → "shall supply": no duty became one (and back)
                    effect = "hardened" if neg_r else "softened"
                    turned = "no duty became a duty or ban" if neg_r else "a duty or ban became no duty"
                    self.add("negation", effect, r, a, f"{effect}: '{shown_r}' → '{shown_a}' ({turned})")
                elif self._verbs_differ(r, a) or self._bound_turned_round():
                    pass  # "shall not leave" / "must stay": an antonym told the other way round
                elif self._retold_flip(neg_r, r, a):
                    # a sentence retold around another verb ("shall be exempt from all customs
                    # duties" / "No customs duties shall apply to"): the flip is how it is now
                    # told, not the opposite commitment; what else changed is read as it stands
                    pass
                elif neg_a and not neg_r and r.strength < a.strength and not self._same_act(r, a):
                    # "shall endeavour to limit the release" → "shall not release": a weaker
                    # duty turned into a ban of another verb, compared as strengths
                    self.add("modal", "hardened", r, a, f"hardened: '{shown_r}' → '{shown_a}' "
                             f"({self.lex.strength_name(r.strength)} → prohibition)")
                elif neg_r and not neg_a and a.strength < r.strength and not self._same_act(r, a):
                    self.add("modal", "softened", r, a, f"softened: '{shown_r}' → '{shown_a}' "
                             f"(prohibition → {self.lex.strength_name(a.strength)})")
                else:
                    self.add("negation", "modified", r, a,
                             f"negation flipped: '{shown_r}' → '{shown_a}' (the opposite commitment)")
                continue
            r_strength, a_strength = r.strength, a.strength
            # a ban lifted ("are not prohibited from") permits, as "may" does
            r_strength = PERMISSION if self.lifted_ban(self.a_keys, r) else r_strength
            a_strength = PERMISSION if self.lifted_ban(self.b_keys, a) else a_strength
            if neg_r and neg_a:
                # "shall not", "must not", "may not", "No Party may": each forbids outright
                r_strength, a_strength = self.prohibition_strength(self.a_keys, r), self.prohibition_strength(self.b_keys, a)
            elif not (neg_r or neg_a) and (self._owed_to_holder(self.a_keys, r, a) or self._owed_to_holder(self.b_keys, a, r)):
                continue  # "shall be paid at twice the rate" / "is entitled to pay at double the rate": one right
            if a_strength < r_strength:
                self.add("modal", "softened", r, a,
                         f"softened: '{old}' → '{new}' ({self.lex.strength_name(r.strength)} → {self.lex.strength_name(a.strength)})")
            elif a_strength > r_strength:
                self.add("modal", "hardened", r, a,
                         f"hardened: '{old}' → '{new}' ({self.lex.strength_name(r.strength)} → {self.lex.strength_name(a.strength)})")
        # A weaker wrapper around a kept commitment ("It is expected that Russia will …")
        # that disappears or appears changes the strength of the whole clause.
        # (a commitment still there, kept word for word or paired with its counterpart: "It is
        # expected that Russia will not invade" / "Russia shall not invade")
        paired_old, paired_new = {id(r) for r, _ in pairs}, {id(a) for _, a in pairs}
        old_still = [c for c in self.old_cues if c.category == "modal" and (self.kept_old(c) or id(c) in paired_old)]
        new_still = [c for c in self.new_cues if c.category == "modal" and (self.kept_new(c) or id(c) in paired_new)]
        old_kept, new_kept = [c.strength for c in old_still], [c.strength for c in new_still]
        old_kept_starts, new_kept_starts = [c.start for c in old_still], [c.start for c in new_still]
        # A modal that is the verb of an exception or proviso ("Except as the Commission may
        # otherwise agree, …") wraps nothing: it belongs to the qualifier's own clause.
        for r in removed[len(added):]:
            if self.in_clause_qualifier(self.a_keys, r) or self.verb_in_other_form(r, self.a_keys, self.b_keys, phrases=True):
                continue
            if new_kept and r.strength < max(new_kept) and any(s > r.start for s in old_kept_starts):
                old = _phrase_text(self.old_text, self.a, r)
                self.add("modal", "hardened", r, None, f"hardened: '{old}' removed around a kept commitment", weak=True)
        for a in added[len(removed):]:
            if self.in_clause_qualifier(self.b_keys, a) or self.verb_in_other_form(a, self.b_keys, self.a_keys, phrases=True):
                continue
            if old_kept and a.strength < max(old_kept) and any(s > a.start for s in new_kept_starts):
                new = _phrase_text(self.new_text, self.b, a)
                self.add("modal", "softened", None, a, f"softened: '{new}' added around a kept commitment", weak=True)
        # A new item with a permission of its own ("shall host at least 15 researchers and may
        # charge them a fee"), or one dropped: the clause gives a freedom it did not give (or
        # takes one away) beside whatever else changed, so no one direction. Whose freedom it
        # is cannot be told reliably, so it counts as a change of substance, both ways alike.
        for side, extra, keys in (("old", removed[len(added):], self.a_keys), ("new", added[len(removed):], self.b_keys)):
            cues = self.old_cues if side == "old" else self.new_cues
            for c in extra:
                q = self.clause_qualifier_before(keys, c)
                if q is not None and c.start - q <= 8 and self.covering(cues, q, "hedge") is not None:
                    continue  # "or such longer period as the Authority may allow": the hedge's own verb
                if self.duty_in_conjunct(c, side) is c:
                    # "shall be destroyed … and shall under no circumstances be retained": a duty
                    # of the same party's added beside the kept one asks more (or, dropped, less)
                    text = _phrase_text(self.old_text if side == "old" else self.new_text, self.a if side == "old" else self.b, c)
                    effect = "softened" if side == "old" else "hardened"

                    self.add("modal", effect, c if side == "old" else None, c if side == "new" else None,
                             f"{effect}: a duty of its own {'dropped' if side == 'old' else 'added'} beside the kept one ('{text}')")
                    continue
                kept = self.fwd if side == "old" else self.back
                opens = c.start > 0 and (keys[c.start - 1],) in self.lex.conjunctions and c.start - 1 not in kept
                if c.strength <= PERMISSION and not self.negated(keys, c) and (opens or self.in_new_conjunct(c, side)):
                    text = _phrase_text(self.old_text if side == "old" else self.new_text, self.a if side == "old" else self.b, c)
                    where = "dropped" if side == "old" else "added"
                    if opens and self._shares_subject_with_duty(keys, c):
                        # "shall issue … and may charge a fee": the party bound gains (or loses)
                        # a freedom beside its own duty
                        effect = "softened" if side == "new" else "hardened"
                        self.add("modal", effect, c if side == "old" else None, c if side == "new" else None,
                                 f"{effect}: the party bound {'gains' if side == 'new' else 'loses'} a permission "
                                 f"of its own beside its duty ('{text}')")
                        continue
                    self.add("modal", "modified", c if side == "old" else None, c if side == "new" else None,
                             f"item with a permission of its own {where} ('{text}'): a freedom given or taken, no one direction")
        # A plain statement turned into a best effort ("to hold the increase below 1.5 °C" →
        # "to pursue efforts to limit it to 1.5 °C"), or the reverse.
        # (a bound that holds its own modal, "shall not exceed", makes no plain statement)
        def holds_modal(cues: list[_Cue]) -> bool:
            return any(c.category == "modal" or (c.category == "cap" and c.phrase[0] in self.lex.auxiliary_modals)
                       for c in cues)
        old_modal, new_modal = holds_modal(self.old_cues), holds_modal(self.new_cues)
        # (a right told as what is given is the same right: "is entitled to a deferred pension"
        # / "a deferred pension is payable to"; lexicon: right_words)
        if not old_modal and len(added) > len(removed):
            for a in added[len(removed):]:
                # a negated permission ("No timber may be harvested") is a prohibition, no best effort
                # (nor a permission the other side states with its adjective: "The permitted
                # hours are …" / "may be performed between …")
                if a.strength <= BEST_EFFORTS and not self.negated(self.b_keys, a) and \
                        self.lex.right_words.isdisjoint(a.phrase) and \
                        not (a.strength == PERMISSION and _permission_word(self.a_keys, self.lex)) and \
                        not self.verb_in_other_form(a, self.b_keys, self.a_keys) and \
                        not self._restricted_rule(self.b_keys, a) and \
                        not self._limit_told_as_capped_permission(self.a_keys, self.b_keys, self.new_cues, a):
                    new = _phrase_text(self.new_text, self.b, a)
                    self.add("modal", "softened", None, a, f"softened: '{new}' added to a plain statement", weak=True)
        if not new_modal and len(removed) > len(added):
            for r in removed[len(added):]:
                if r.strength <= BEST_EFFORTS and not self.negated(self.a_keys, r) and \
                        self.lex.right_words.isdisjoint(r.phrase) and \
                        not (r.strength == PERMISSION and _permission_word(self.b_keys, self.lex)) and \
                        not self.verb_in_other_form(r, self.a_keys, self.b_keys) and \
                        not self._restricted_rule(self.a_keys, r) and \
                        not self._limit_told_as_capped_permission(self.b_keys, self.a_keys, self.old_cues, r):
                    old = _phrase_text(self.old_text, self.a, r)
                    self.add("modal", "hardened", r, None, f"hardened: '{old}' removed: a plain statement now", weak=True)
        # A negation that appears or disappears next to a kept modal.
        for r in self.old_cues:
            if r.category != "modal" or not self.kept_old(r):
                continue
            # (by its last word too: "is prohibited" / "is not prohibited", whose modal cue
            # stands on "prohibited" alone)
            match = self.covering(self.new_cues, self.fwd[r.start], "modal") or \
                self.covering(self.new_cues, self.fwd[r.end - 1], "modal")
            if match is None:
                continue
            neg_r, neg_a = self.negated(self.a_keys, r), self.negated(self.b_keys, match)
            if neg_r != neg_a and self.negates_qualifier(self.a_keys if neg_r else self.b_keys,
                                                         self.old_cues if neg_r else self.new_cues,
                                                         r if neg_r else match):
                continue  # "shall not be subject to": the negation belongs to the qualifier
            if neg_r != neg_a and ((neg_r and self.restricted_permission(self.b_keys, match) is not None) or
                                   (neg_a and self.restricted_permission(self.a_keys, r) is not None)):
                continue  # "may not … without consent" / "may … only with consent": the same rule
            if neg_r != neg_a and r.strength <= PERMISSION and \
                    ((neg_r and self._excess_banned_as_cap("old", r)) or (neg_a and self._excess_banned_as_cap("new", match))):
                continue  # "No member may hold more than one office" / "A member may hold at most one"
            if neg_r != neg_a and r.strength > PERMISSION and (
                    (neg_r and self._negated_bound(self.a_keys, r, self.b_keys, self.new_cues)) or
                    (neg_a and self._negated_bound(self.b_keys, match, self.a_keys, self.old_cues))):
                continue  # "shall not be less than 20 per cent" / "shall be at least 20%": one minimum
            saving_r, saving_a = self.saving_permission(self.a_keys, r), self.saving_permission(self.b_keys, match)
            if saving_r != saving_a and not (neg_r or neg_a) and \
                    None not in (self.hindering_verb(self.a_keys, r), self.hindering_verb(self.b_keys, match)):
                # "Nothing in this Agreement shall prevent a Party from acting" / "This Agreement
                # shall prevent a Party from acting": the act permitted, then barred
                effect = "hardened" if saving_r else "softened"
                turned = "a permission became a prohibition" if saving_r else "a prohibition became a permission"
                self.add("negation", effect, r, match, f"{effect}: the hindrance no longer denied ({turned})"
                         if saving_r else f"{effect}: the hindrance now denied ({turned})")
                continue
            if neg_r != neg_a:
                old = _phrase_text(self.old_text, self.a, r)
                if r.strength <= PERMISSION or r.phrase in self.lex.prohibition_modals or self._no_duty(r):
                    # "may not" → "may": a prohibition became a permission (softened), and back;
                    # so does "is prohibited" → "is not prohibited"; "is not required to" → "is
                    # required to" is no duty made one (hardened)
                    # (the "not" gone lifts a ban, or sets a duty where there was none)
                    effect = ("hardened" if neg_r else "softened") if self._no_duty(r) else \
                        ("softened" if neg_r else "hardened")
                    split_r, split_a = self._split_text("old", r), self._split_text("new", match)
                    if r.phrase in self.lex.prohibition_modals:
                        shown_r, shown_a = self._ban_text("old", r), self._ban_text("new", match)
                    elif split_r or split_a:
                        shown_r = split_r or _phrase_text(self.old_text, self.a, r)
                        shown_a = split_a or _phrase_text(self.new_text, self.b, match)
                    else:
                        shown_r, shown_a = (f"{old} not", old) if neg_r else (old, f"{old} not")
                    self.add("negation", effect, r, match, f"{effect}: '{shown_r}' → '{shown_a}'")
                elif not self._verbs_differ(r, match) and not self._bound_turned_round() and \
                        not self._retold_flip(neg_r, r, match) and not any(
                        e.kind == "modal" and e.old_span == _span(self.a, r.start, r.end) for e in self.evidence):
                    # (not where the modal was compared with its counterpart already: "shall not
                    # emit" / "shall endeavour to limit")
                    self.add("negation", "modified", r, match,
                             f"negation {'removed' if neg_r else 'added'} around '{old}' (the opposite commitment)")
        self.participation()
        if any(e.kind == "negation" and e.effect == "modified" for e in self.evidence) and (
                self.polarity_kept() or self.polarity_parity_kept()):
            # each prohibition still stands, only restructured: the flips are the word diff
            # pairing one commitment with another
            self.evidence = [e for e in self.evidence if not (e.kind == "negation" and e.effect == "modified")]

    def negation_adjacent(self, keys: list[str], cue: _Cue) -> bool:
        """Is the negation of this modal on the modal itself ("may not", "Neither Party may",
        "No Party may") rather than further on ("urges the Parties not to")?"""
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        # (past a passive "be" too: "may be neither opened nor seized" is "may not be opened or seized")
        return any(c.category == "negation" and (c.start == cue.end or cue.start - 2 <= c.start < cue.start
                                                 or (c.start == cue.end + 1 and keys[cue.end] == "be" and keys[c.start] == "neither"))
                   for c in cues) or self.no_subject(keys, cue) or \
            any(self.negating_strengthener(keys, c, cue) for c in cues)

    def negating_strengthener(self, keys: list[str], c: _Cue, modal: _Cue) -> bool:
        """A strengthener with a negation inside it right at the modal ("At no time may a
        club", "shall in no event"), or opening the modal's sentence ("At no time during a race
        meeting may spectators enter"): the modal's negation, as "not" is."""
        return c.category == "strengthener" and any((w,) in self.lex.negations for w in c.phrase) and \
            (c.end == modal.start or c.start == modal.end or self._inverted_before(keys, c, modal))

    def prohibition_strength(self, keys: list[str], cue: _Cue) -> int:
        """The strength of a negated modal: a negated permission ("may not", "No Party may")
        forbids as firmly as a negated duty ("shall not", "must not")."""
        if cue.strength <= PERMISSION and self.negation_adjacent(keys, cue):
            return max(self.lex.modals.values())
        return cue.strength

    def prohibits(self, keys: list[str], cue: _Cue) -> bool:
        """A negated modal that forbids: a negated duty or expectation ("shall not", "should
        not"), or a permission negated on the modal itself ("may not")."""
        return self.prohibition_strength(keys, cue) > BEST_EFFORTS

    def _ban_text(self, side: str, cue: _Cue) -> str:
        """A modal that forbids in itself as the text shows it, with the "not" that lifts it
        ("is not prohibited", whose cue stands on "prohibited" alone)."""
        keys, tokens, text = (self.a_keys, self.a, self.old_text) if side == "old" else (self.b_keys, self.b, self.new_text)
        if self.lifted_ban(keys, cue) and cue.start >= 2 and keys[cue.start - 1] == "not":
            return text[tokens[cue.start - 2].start:tokens[cue.end - 1].end]
        return _phrase_text(text, tokens, cue)

    def lifted_ban(self, keys: list[str], cue: _Cue) -> bool:
        """A modal that forbids in itself, negated ("are not prohibited from using"): the ban
        lifted, which permits; so does a saving clause ("Nothing in this Agreement shall prevent
        the Licensee from sublicensing")."""
        return (cue.phrase in self.lex.prohibition_modals and not self.negated(keys, cue)) or \
            self.saving_permission(keys, cue)

    def _permission_told_as_duty(self, r: _Cue, a: _Cue) -> bool:
        """Does a binding modal on one side state the rule a permission states on the other, so
        that the two compare as one strength, read both ways round: a right the subject "shall
        have" ("shall have a period of 14 days to withdraw" / "may withdraw within 14 days"), a
        duty to do one thing before another ("must give notice before entering" / "may enter
        only after giving notice"), or a duty done only one way ("shall be carried out only by
        female staff" / "Only female staff may carry out")?"""
        for duty_keys, duty, perm_keys, perm in ((self.a_keys, r, self.b_keys, a), (self.b_keys, a, self.a_keys, r)):
            if (self.grants_by_having(duty_keys, duty) and self.permits(perm)) or \
                    self._precondition_restated(duty_keys, duty, perm_keys, perm) or \
                    self._means_restated(duty_keys, duty, perm_keys, perm) or \
                    self._duty_as_permission_condition(duty_keys, duty, perm_keys, perm) or \
                    self._only_duty_as_permission(duty_keys, duty, perm_keys, perm):
                return True
        return False

    def _precondition_restated(self, duty_keys: list[str], duty: _Cue, perm_keys: list[str], perm: _Cue) -> bool:
        """A duty to do one thing before another ("shall give notice before entering") told as a
        permission of the other only after the first ("may enter only after giving notice"; lexicon:
        lead_words, only_words, only_conditions): one rule from either end, no change of
        strength. Each verb stands, in some form, in the other side's precondition."""
        if duty.strength < self.binding or not self.permits(perm) or self.lex.only_words.isdisjoint(perm_keys):
            return False
        act_at, allowed = self.governed_at(duty_keys, duty), self.governed_verb(perm_keys, perm)
        if act_at is None or allowed is None:
            return False
        act = duty_keys[act_at]
        only_after = {(o, c) for o in self.lex.only_words for c in self.lex.only_conditions}
        if not _form_after(duty_keys, self.lex.lead_words, allowed):
            return False
        # (the precondition may name its own subject first: "only after the customer has paid")
        if _form_after(perm_keys, only_after, act, reach=5):
            return True
        # ... or what the duty obtains, with no verb: "must obtain the written consent of a parent
        # before enrolling" / "may enrol only with the written consent of a parent"
        obj = next((w for w in duty_keys[act_at + 1:act_at + 5] if w.isalpha() and w not in self.lex.light_words
                    and w not in self.lex.determiners), None)
        return obj is not None and _form_after(perm_keys, only_after, obj, reach=4)

    def _kept_share(self, words: list[str], outside: Counter, other_count: Counter, other_groups: set,
                    other_values: set) -> float:
        """The share of a condition's words the other side still has (see qualifiers): more often
        there than elsewhere on this side, or a listed synonym, or the same figure in words."""
        return sum(other_count[_stem(w)] > outside[_stem(w)] or
                   (not other_count[_stem(w)] and not _word_synonyms(w, self.lex).isdisjoint(other_groups))
                   or (not other_count[_stem(w)] and not outside[_stem(w)] and _value_of(w) in other_values)
                   for w in words) / len(words)

    def _duty_as_permission_condition(self, duty_keys: list[str], duty: _Cue, perm_keys: list[str], perm: _Cue) -> bool:
        """A duty told as the only condition of a permission ("Children under 12 must be
        accompanied" / "A child under twelve may travel only if accompanied"): what the duty asks
        is what the permission is restricted to, and nothing else is allowed. The duty's verb
        stands, in some form, in the restriction."""
        if duty.strength < self.binding or self.lex.only_words.isdisjoint(perm_keys) or self.negated(duty_keys, duty) \
                or (duty_keys[duty.end:duty.end + 1] != ["be"] and duty_keys[duty.end:duty.end + 2] != ["have", "been"]):
            return False  # (a state asked of the subject, "must be accompanied", "must have been grown"; not "must insure")
        at = self.restricted_permission(perm_keys, perm)
        verb = self.governed_verb(duty_keys, duty)
        # (the restriction may be a clause of its own: "may sell only produce that they have grown")
        if at is not None and verb is not None and \
                any(_inflects(w, verb) or _inflects(verb, w) for w in perm_keys[at:at + 7]):
            return True
        # ... or the agent the duty names ("shall be carried out by an F-gas certified engineer"
        # / "may be handled only by an F-gas certified engineer"): no one else may act
        agents = [perm_keys[q + 2:q + 6] for q in range(len(perm_keys) - 2)
                  if perm_keys[q] in self.lex.only_words and perm_keys[q + 1] == "by"]
        return any(duty_keys[q + 1:q + 5] == agent for q in range(duty.end, len(duty_keys) - 1)
                   if duty_keys[q] == "by" for agent in agents if len(agent) >= 2)

    def _means_restated(self, duty_keys: list[str], duty: _Cue, perm_keys: list[str], perm: _Cue) -> bool:
        """A duty to do one thing as the way to another ("To cancel, a Member must give notice")
        told as a permission of the other by way of the first ("A Member may cancel by giving
        notice"): one rule from either end, no change of strength. The purpose opens the duty's
        clause before its modal; the means follows the permission's verb."""
        if duty.strength < self.binding or not self.permits(perm):
            return False
        act, allowed = self.governed_verb(duty_keys, duty), self.governed_verb(perm_keys, perm)
        if act is None or allowed is None:
            return False
        return _form_after(duty_keys[:duty.start], {("to",), ("in", "order", "to")}, allowed, 1) and \
            _form_after(perm_keys[perm.end:], {("by",)}, act, 1)

    def _only_duty_as_permission(self, duty_keys: list[str], duty: _Cue, perm_keys: list[str], perm: _Cue) -> bool:
        """A duty done only in one way ("shall be carried out only by female staff") told as a
        permission restricted to that way ("Only female staff may carry out searches"; see
        restricted_permission): both forbid every other way, one rule."""
        if duty.strength < self.binding or self.restricted_permission(perm_keys, perm) is None:
            return False
        reach = int(self.lex.thresholds.get("only_reach", 8))
        return any(w in self.lex.only_words for w in duty_keys[duty.end:duty.end + reach])

    def grants_by_having(self, keys: list[str], cue: _Cue) -> bool:
        """Is the binding modal one that grants what its subject shall *have*: a right, access,
        a period to act ("shall have unimpeded access to", "shall have the sole and exclusive
        right to", "shall have a period of 14 days to withdraw"; lexicon: grant_nouns)? It
        states a right, as "may" or "is entitled to" do, no duty of the subject."""
        # (the noun itself, before a light word: "shall have access to"; not a describing word,
        # "shall have access controls in place")
        return cue.strength >= self.binding and keys[cue.end:cue.end + 1] in (["have"], ["has"]) and \
            any(w in self.lex.grant_nouns and (q + 1 >= len(keys) or keys[q + 1] in self.lex.light_words)
                for q, w in enumerate(keys[cue.end + 1:cue.end + 6], cue.end + 1))

    @staticmethod
    def permits(cue: _Cue) -> bool:
        """A modal of permission ("may", "is entitled to"), not negated (checked by the caller)."""
        return 1 < cue.strength <= PERMISSION

    def _opens_a_bound(self, keys: list[str], cue: _Cue) -> bool:
        """Does the qualifier's "no" make a bound with the words after it ("in no event later
        than" is "no later than"; lexicon: deadline_words, caps, floors)?"""
        if "no" not in cue.phrase:
            return False
        after = tuple(keys[cue.end:cue.end + 2])
        return any(("no",) + after[:n] in bounds for n in (1, 2)
                   for bounds in (self.lex.deadline_words, self.lex.caps, self.lex.floors))

    def _no_duty_turned(self, r: _Cue, a: _Cue) -> bool:
        """Do a duty lifted and a permission govern verbs of opposite meaning ("shall not be
        obliged to accept" / "may refuse"; lexicon: antonyms)? The verb of the lifted duty is
        the one after its "to"."""
        def act(keys: list[str], cue: _Cue) -> str | None:
            at = next((k for k in range(cue.end - 1, min(len(keys), cue.end + 5)) if keys[k] == "to"), None)
            start = at + 1 if at is not None else cue.end
            return next((w for w in keys[start:start + 3] if w.isalpha() and w not in self.lex.light_words), None)
        old, new = act(self.a_keys, r), act(self.b_keys, a)
        return old is not None and new is not None and _antonyms(old, new, self.lex)

    def _duty_verb_at(self, keys: list[str], modal: _Cue) -> frozenset[int]:
        """The index of the verb a binding modal governs, as a set (empty for a permission)."""
        at = self.governed_at(keys, modal) if modal.strength >= self.binding else None
        return frozenset() if at is None else frozenset((at,))

    def governed_verb(self, keys: list[str], modal: _Cue) -> str | None:
        """The first content word after a modal ("shall not charge", "shall be charged"): the
        verb it governs, skipping negations, auxiliaries and other light words."""
        at = self.governed_at(keys, modal)
        return None if at is None else keys[at]

    def governed_at(self, keys: list[str], modal: _Cue) -> int | None:
        """Where the verb the modal governs stands (see governed_verb), or None."""
        neg = self.lex.negations
        for k in range(modal.end, min(len(keys), modal.end + 4)):
            w = keys[k]
            if (w,) not in neg and w not in self.lex.light_words and w.isalpha():
                return k
        return None

    def polarity_kept(self) -> bool:
        """Do the negated commitments stand on both sides, only paired across by the word diff
        ("Agencies shall not charge workers any fee, and all fees shall be borne by the
        employer" → "No fee shall be charged to workers; the employer shall bear every fee")?
        As many negated modals on each side, each governing the same verb as one on the other."""
        def verbs(keys, cues):
            return [self.governed_verb(keys, c) for c in cues if c.category == "modal" and self.negated(keys, c)]
        old, new = verbs(self.a_keys, self.old_cues), verbs(self.b_keys, self.new_cues)
        if not old or len(old) != len(new) or None in old or None in new:
            return False
        return all(any(_same_word(v, w) for w in new) for v in old) and \
            all(any(_same_word(w, v) for v in old) for w in new)

    def verb_in_other_form(self, cue: _Cue, keys: list[str], other_keys: list[str], *, phrases: bool = False) -> bool:
        """The word that carries a modal phrase stands on the other side outside any modal, in
        some form: "The Employer recognises the Union" / "the Union is recognised by the
        Employer" turned the sentence passive; "the vessel's expected time of arrival" /
        "before a vessel is expected to arrive" says the same in another construction. The
        word was kept, no commitment came or went. A phrase of several words is read so only
        with ``phrases`` (a wrapper around a kept commitment): "pursue efforts to" added to a
        plain statement is a best effort even where "global efforts" stood."""
        if cue.end - cue.start > 1 and not phrases:
            return False
        word = _carrying_word(keys, cue)
        if word is None:
            return False  # "may", "must", "will": no word of its own to find
        other_cues = self.new_cues if keys is self.a_keys else self.old_cues
        in_modals = {k for c in other_cues if c.category == "modal" for k in range(c.start, c.end)}
        return any(k not in in_modals and _same_word(word, o) for k, o in enumerate(other_keys))

    @staticmethod
    def _inside_acronym(cue: _Cue, tokens, other_tokens) -> bool:
        """Are the cue's words, with the word after them, an acronym of the other side spelled
        out ("nationally determined contribution" / "NDC")?"""
        acronyms = [t.text for t in other_tokens if len(t.text.rstrip("s")) >= 3 and t.text.rstrip("s").isupper()
                    and t.text.isalpha()]
        if not acronyms:
            return False
        words = [t.text for t in tokens[cue.start:cue.end + 2]]
        return any(_spells(a.rstrip("s").lower(), [w.lower() for w in words[:n]])
                   for a in acronyms for n in range(2, len(words) + 1))

    def _hedge_word_elsewhere(self, cue: _Cue, keys: list[str], other_keys: list[str], other_cues) -> bool:
        """The word that carries a hedge of several words ("at the request of": "request")
        stands on the other side in some form inside a condition, outside any hedge ("if the
        flag State so requests"): the same qualifier in another construction."""
        word = _carrying_word(keys, cue) if cue.end - cue.start > 1 else None
        if word is None:
            return False
        in_hedges = {k for c in other_cues if c.category == "hedge" for k in range(c.start, c.end)}
        tokens, text = (self.a, self.old_text) if other_keys is self.a_keys else (self.b, self.new_text)

        def in_condition(k: int) -> bool:
            # a condition word opens the stretch of text (up to punctuation) the word stands in
            # ("if the flag State so requests", "when the Shipper so requests")
            for p in range(k - 1, -1, -1):
                if other_keys[p] in self.lex.condition_words:
                    return True
                if other_keys[p] in self.lex.condition_synonyms:
                    # (not a condition denied: "this obligation is not limited to cases where …")
                    return not any((w,) in self.lex.negations for w in other_keys[max(0, p - 5):p])
                if any(ch in text[tokens[p].end:tokens[p + 1].start] for ch in ",;:."):
                    return False
            return False
        return any(k not in in_hedges and _same_word(word, o) and in_condition(k) for k, o in enumerate(other_keys))

    def granted_by_duty(self, cue: _Cue) -> bool:
        """Is the modal a right given by a binding phrase ("shall be allowed to", "shall be
        permitted to"): what another must let its holder do?"""
        return cue.strength <= BEST_EFFORTS and len(cue.phrase) > 2 and \
            self.lex.modals.get(cue.phrase[:1], 0) >= self.binding and cue.phrase[1] in self.lex.copulas

    def correlative(self, r: _Cue, a: _Cue) -> bool:
        """A right on one side and the other party's duty to honour it on the other ("A tenant
        is entitled to receive notice from the landlord" / "The landlord must give the tenant
        notice"): one relation told from each end, no change of strength. The right is a modal
        with a word of lexicon: right_words, the duty a binding one, neither negated; the two
        subjects (the word before each modal) differ, and each stands on the other side."""
        rights = self.lex.right_words
        # (or one given by a binding phrase: "Convoys shall be permitted to pass" / "Checkpoints
        # must let convoys through")
        r_right = not rights.isdisjoint(r.phrase) or self.granted_by_duty(r)
        a_right = not rights.isdisjoint(a.phrase) or self.granted_by_duty(a)
        if r_right == a_right or not r.start or not a.start:
            return False
        duty = a if r_right else r
        if duty.strength <= BEST_EFFORTS or self.negated(self.a_keys, r) or self.negated(self.b_keys, a):
            return False
        old_subject, new_subject = self.a_keys[r.start - 1], self.b_keys[a.start - 1]
        if old_subject != new_subject and old_subject in self.b_keys and new_subject in self.a_keys:
            return True
        # ... or a duty to let the holder act ("The employer shall permit the employee to be
        # accompanied" / "the employee shall be allowed to bring a companion"; lexicon:
        # permitting_verbs): the right's holder is the object of the verb of permitting
        duty_keys, holder = (self.b_keys, old_subject) if r_right else (self.a_keys, new_subject)
        verb = self.governed_verb(duty_keys, duty)
        if verb in self.lex.permitting_verbs and holder in duty_keys[duty.end:duty.end + 6]:
            return True
        # ... or told of the one who receives, both passive: "Employees shall be paid at twice
        # their rate" / "An employee is entitled to be paid double his rate"
        right_keys, right = (self.a_keys, r) if r_right else (self.b_keys, a)
        duty_keys = self.b_keys if r_right else self.a_keys
        return right_keys[right.end:right.end + 1] == ["be"] and duty_keys[duty.end:duty.end + 1] == ["be"] and \
            _stem(old_subject) == _stem(new_subject)

    def duty_in_conjunct(self, cue: _Cue, side: str) -> _Cue | None:
        """The binding modal of an inserted (``side`` "new") or deleted run that opens with a
        conjunction and holds ``cue``, where a binding modal of the same sentence stands before
        the run ("… shall be destroyed on termination and shall under no circumstances be
        retained"): a second duty of the same party. None where there is none."""
        keys, tokens, text, cues = (self.b_keys, self.b, self.new_text, self.new_cues) if side == "new" else \
            (self.a_keys, self.a, self.old_text, self.old_cues)
        for tag, i1, i2, j1, j2 in self.opcodes:
            lo, hi = (j1, j2) if side == "new" else (i1, i2)
            if tag == "equal" or not lo <= cue.start < hi:
                continue
            if tag not in ("insert", "delete"):
                return None  # (a run replaced is a rewrite, read by other rules)
            conj = next((p for p in self.lex.duty_list_conjunctions if tuple(keys[lo:lo + len(p)]) == p), None)
            if conj is None:
                return None
            # the modal right after the conjunction: no subject of its own ("and shall …", not
            # "and risk of loss shall …")
            own = next((c for c in cues if c.category == "modal" and c.start == lo + len(conj)
                        and c.strength > BEST_EFFORTS), None)
            if own is None or "be" in keys[own.end:own.end + 3]:
                return None  # ("and shall be paid for the extra work": a benefit, not a duty)
            # and what it asks new to the other side: most of its words stand nowhere there
            other = set(self.a_keys if side == "new" else self.b_keys)
            other_stems = {_stem(o) for o in other}
            words = [w for w in keys[own.end:hi] if w.isalpha() and w not in self.lex.light_words and w not in self.lex_stop]
            if not words or sum(w in other or _stem(w) in other_stems for w in words) * 3 > len(words):
                return None
            before = any(c.category == "modal" and c.end <= lo and c.strength > BEST_EFFORTS and
                         not any(ch in text[tokens[c.end - 1].end:tokens[lo].start] for ch in ".;:") for c in cues)
            return own if before else None
        return None

    def _shares_subject_with_duty(self, keys: list[str], cue: _Cue) -> bool:
        """Is a permission opened by a conjunction ("… and may charge") the second verb of a
        binding duty in the same sentence ("Host States shall issue … and may charge"): no
        subject of its own, so the duty's party holds it?"""
        if passive_follows(keys[cue.end:cue.end + 6], self.lex.participles):
            return False  # "and may be enhanced": what someone else may do to the party
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        for c in cues:
            if c.category == "modal" and c.end <= cue.start and c.strength > BEST_EFFORTS and \
                    not self.negated(keys, c) and \
                    not any(ch in text[tokens[c.end - 1].end:tokens[cue.start].start] for ch in ".;:"):
                return True
        return False

    def polarity_parity_kept(self) -> bool:
        """Is a negation that seems to flip at the modal only moved within a rewritten sentence?
        A clause turned from the negative to the positive carries its "not" elsewhere: into an
        exception ("No participant may be enrolled unless consent has been obtained" / "Consent
        must be obtained before a participant is enrolled"), a verb ("shall not refuse" / "shall
        grant") or a relative clause. The negations of each side and its words of negative
        meaning (lexicon: negative_meaning) are counted, and the two counts are as odd or even as
        each other: two negations cancel, so the commitment is still the same one. Where the
        counts are equal, a negation may only have gone into the verb the modal governs ("shall
        be rejected" / "shall not be considered"): traded for an exception ("shall sublicense
        unless instructed") or a time limit ("shall publish the report until 2030") it flips.
        With more than one modal on both sides a negation may have moved from one commitment to
        another ("the buyer shall not resell …, and the seller shall deliver"): no reading."""
        if sum(1 for c in self.old_cues if c.category == "modal") > 1 and \
                sum(1 for c in self.new_cues if c.category == "modal") > 1:
            return False
        longest, reach = _polarity_reach(self.lex)
        meaning = self.lex.negative_meaning

        def count(keys: list[str]) -> tuple[int, list[tuple[int, str]]]:
            # every negation, also one inside a qualifier ("under no circumstances") or split by
            # one ("refrain permanently from", a cue on its first word)
            cues = self.old_cues if keys is self.a_keys else self.new_cues
            negations = sum(1 for k in range(len(keys))
                            if any(tuple(keys[k:k + n]) in self.lex.negations for n in range(1, longest + 1))) + \
                sum(1 for c in cues if c.category == "negation" and len(c.phrase) > c.end - c.start)
            words = [(k, " ".join(keys[k:k + n])) for k in range(len(keys)) for n in range(1, min(reach, len(keys) - k) + 1)
                     if " ".join(keys[k:k + n]) in meaning]
            return negations, words
        (old_neg, old_words), (new_neg, new_words) = count(self.a_keys), count(self.b_keys)
        old_all, new_all = old_neg + len(old_words), new_neg + len(new_words)
        if old_all % 2 != new_all % 2:
            return False
        if old_all != new_all or old_neg == new_neg:
            return True
        # equal counts, the negation traded: only into the verb a modal of that side governs
        keys, cues, words = (self.a_keys, self.old_cues, old_words) if old_neg < new_neg else \
            (self.b_keys, self.new_cues, new_words)
        verbs = {self.governed_verb(keys, c) for c in cues if c.category == "modal"}
        return any(w in verbs for _, w in words)

    @staticmethod
    def other_form(cue: _Cue, keys: list[str], other_keys: list[str]) -> bool:
        """A one-word scope word whose inflected form stands on the other side was no scope
        word but a verb ("all cabin crew complete their training" / "every member of the crew
        completes it"): the word is still there, in another form."""
        if cue.category not in ("widener", "narrower") or cue.end - cue.start != 1:
            return False
        word = keys[cue.start]
        # (or its noun: "once the review is complete" / "upon completion of the review")
        return any(o != word and ((o.startswith(word) and o[len(word):] in ("s", "d", "es", "ed", "ing")) or
                                  (word.endswith("e") and o == word[:-1] + "ion" and other_keys.count(o) > keys.count(o)))
                   for o in other_keys)

    def synonym_stands(self, cue: _Cue, keys: list[str], other_keys: list[str]) -> bool:
        """A one-word qualifier with a listed synonym that the other side has more of ("each
        shipment" / "every shipment", "the full price" / "the entire price"): the qualifier was
        reworded, whatever category each word has, not one dropped and another added."""
        if cue.end - cue.start != 1:
            # a phrase of a synonym group beside another phrase of it ("at any time" / "at all times")
            groups = self.lex.synonyms.get(cue.phrase)
            if not groups:
                return False
            for phrase in _group_phrases(self.lex):
                if phrase != cue.phrase and not groups.isdisjoint(self.lex.synonyms[phrase]) and \
                        _count_phrase(other_keys, phrase) > _count_phrase(keys, phrase):
                    return True
            # (or a one-word member of it: "a refund in full" / "a full refund")
            return any(not groups.isdisjoint(self.lex.synonyms.get((o,), ())) and
                       other_keys.count(o) > keys.count(o) - cue.phrase.count(o)
                       for o in set(other_keys) if (o,) in self.lex.synonyms)
        word = keys[cue.start]
        groups = _word_synonyms(word, self.lex)
        if not groups:
            return False
        if any(o != word and not groups.isdisjoint(_word_synonyms(o, self.lex)) and other_keys.count(o) > keys.count(o)
               for o in set(other_keys)):
            return True
        # (or a phrase of its group: "binding on the parties" / "the parties shall be bound by")
        return any(not groups.isdisjoint(self.lex.synonyms[phrase]) and
                   _count_phrase(other_keys, phrase) > _count_phrase(keys, phrase) for phrase in _group_phrases(self.lex))

    def quantifier_swapped(self, cue: _Cue, keys: list[str], other_keys: list[str]) -> bool:
        """A scope word that quantifies over a whole set ("all") where the other side has
        another such word in its place ("each text being equally authentic" / "all texts being
        equally authentic"): the set is the same, only the quantifier was reworded."""
        if cue.end - cue.start > 1:
            # a phrase built on a quantifier where the other side has it bare ("operations of any
            # kind" / "any operations")
            inside = [w for w in keys[cue.start:cue.end] if w in self.lex.quantifiers]
            if inside and any((w,) in self.lex.negations or w in self.lex.negative_subjects
                              for w in keys[max(0, cue.start - 6):cue.start]):
                return True  # ("gives no warranty of any kind": emphasis of the negation, no wider scope)
            return len(inside) == 1 and other_keys.count(inside[0]) > keys.count(inside[0]) - 1
        if keys[cue.start] not in self.lex.quantifiers:
            return False
        word = keys[cue.start]
        count = self._set_words
        if cue.start == 0 and count(keys, other_keys, word) < keys.count(word):
            return True  # "Every applicant" / "An applicant": a rule for any applicant (see _set_words)
        if count(other_keys, keys, word) >= count(keys, other_keys, word):
            return False
        if any(o != word and count(other_keys, keys, o) > count(keys, other_keys, o) for o in self.lex.quantifiers):
            return True
        # (a negative one over the same noun: "exempt from all customs duties" / "No customs
        # duties shall apply")
        noun = keys[cue.end] if cue.end < len(keys) else None
        return noun is not None and any(
            w in self.lex.negative_subjects and q + 1 < len(other_keys) and _stem(other_keys[q + 1]) == _stem(noun)
            for q, w in enumerate(other_keys))

    @staticmethod
    def _set_words(keys: list[str], other_keys: list[str], word: str) -> int:
        """How often a whole-set word quantifies over a set in this text, not counting one that
        opens the sentence over the noun the other side opens with in the plural ("Each employee
        is entitled" / "Employees shall be entitled"): a rule for employees is a rule for each
        employee (see on_parties), so that word is the plural's own reading, and another whole-set
        word elsewhere ("every leave year" / "each leave year") is weighed without it."""
        n = keys.count(word)
        if n and keys[0] == word and len(keys) > 1 and other_keys and other_keys[0] != keys[1] \
                and _stem(other_keys[0]) == _stem(keys[1]):
            n -= 1
        elif n and keys[0] == word and len(keys) > 1 and len(other_keys) > 2 and other_keys[1] == keys[1] and \
                (other_keys[0] == "the" or (other_keys[0] in ("a", "an") and other_keys[2] in ("who", "whose", "that"))):
            # "Each engaging club" / "The engaging club", "Every person who …" / "A person who …":
            # one rule for any of them, told of one ("A member of the Board shall attend" may
            # ask one member only)
            n -= 1
        return n

    def wide_compound(self, cue: _Cue, keys: list[str], other_keys: list[str]) -> bool:
        """A widener on a noun ("their whole economy", "the entire world") where the other side
        has that noun's compound of a scope suffix ("economy-wide", "worldwide"; lexicon:
        scope_suffixes) and this side has not: the same whole, written another way."""
        if not self.lex.scope_suffixes or cue.end - cue.start != 1:
            return False
        for noun in keys[cue.end:cue.end + 2]:
            for suffix in self.lex.scope_suffixes:
                forms = (f"{noun}-{suffix}", f"{noun}{suffix}")
                if any(f in other_keys for f in forms) and not any(f in keys for f in forms):
                    return True
        return False

    def negated_paraphrase(self, cue: _Cue, keys: list[str], other_keys: list[str]) -> bool:
        """A one-word qualifier with a negative prefix whose base stands negated on the other
        side ("unconditional" / "not subject to any condition", "irrevocably" / "without
        revocation"): the same qualifier, spelled as a negation."""
        if cue.end - cue.start != 1 or not self.lex.negative_prefixes:
            return False
        word = keys[cue.start]
        negators = {p[0] for p in self.lex.negations if len(p) == 1} | \
            {p[0] for p in self.lex.exception_words if len(p) == 1}
        for prefix in self.lex.negative_prefixes:
            base = word[len(prefix):]
            if not word.startswith(prefix) or len(base) < 5:
                continue
            for k, o in enumerate(other_keys):
                stem = _stem(o)
                if len(stem) >= 5 and o not in keys and (base.startswith(stem) or stem.startswith(base[:6])) and \
                        any(w in negators for w in other_keys[max(0, k - 5):k]):
                    return True
        return False

    def qualifies_prohibition(self, keys: list[str], cue: _Cue) -> bool:
        """A hedge right after the negation of a modal ("may not normally leave", "shall not
        generally disclose") qualifies the prohibition, not the negation: the "not" is the
        modal's ("may not" is a ban) and the hedge stands between the ban and its verb, where a
        hedge on a duty stands ("shall normally stay"). A negation that governs the hedge's own
        words ("shall not be subject to") has a verb between them and is left alone."""
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        # (an adverb after a passive "be" stands there too: "shall not be unreasonably withheld")
        adverb = cue.end - cue.start == 1 and keys[cue.start].endswith("ly") and cue.start > 0 and keys[cue.start - 1] == "be"
        # (or after the verb the negation governs: "shall not be refused unreasonably", "shall not
        # refuse applications unreasonably"; see the negation window in pair._negation_at)
        trailing = cue.end - cue.start == 1 and keys[cue.start].endswith("ly")
        # (or after the "do" of a plain statement: "We do not generally sell your data"; or
        # between the modal and its "not": "shall in principle not grant")
        if any(m.category == "modal" and m.end == cue.start for m in cues) and \
                any(n.category == "negation" and n.start == cue.end for n in cues):
            return True
        if adverb and keys[max(0, cue.start - 3):cue.start] == ["not", "to", "be"]:
            return True  # "such consent not to be unreasonably withheld": the ban of an infinitive
        return any(n.category == "negation" and (n.end == cue.start or (adverb and n.end == cue.start - 1)
                                                 or (trailing and cue.start - 3 <= n.end <= cue.start - 2)) and
                   (any(m.category == "modal" and m.end == n.start for m in cues) or
                    (n.start > 0 and keys[n.start - 1] in ("do", "does"))) for n in cues)

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
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        if cue.category == "widener" and any(c.category == "modal" and c.end == cue.start and c.phrase[-1] in self.lex.auxiliary_modals
                                             for c in cues):
            return True  # "… must all be set out": a quantifier floated off the subject, no scope of its own
        if keys[cue.end] in self.lex.time_units or keys[cue.end] in self.lex.frequencies:
            return True  # "every year", "all day": how often or how long (see frequencies)
        if self._every_n(keys, cue.start) is not None:
            return True  # "every two years": how often
        if cue.category != "widener":
            return False
        other = self.b_keys if keys is self.a_keys else self.a_keys
        noun = _stem(keys[cue.end])
        if cue.start == 0:
            # ... unless a modifier now restricts the bare noun ("All employees must" →
            # "Employees with access to production systems must", "All public buildings shall"
            # → "Public buildings owned by central government shall": only some of them): the
            # other side's subject, up to its modal, holds words of substance this side lacks
            other_cues = self.new_cues if keys is self.a_keys else self.old_cues
            other_first = min((c.start for c in other_cues if c.category == "modal"), default=0)
            mine = {_stem(w) for w in keys}
            restricted = any(w.isalpha() and w not in self.lex.light_words and _stem(w) not in mine and len(w) > 2
                             for w in other[1:other_first])
            return bool(other) and _stem(other[0]) == noun and not restricted
        # ... or standing later in the subject ("At the crossing point, every person who crosses
        # the border must" / "Persons crossing the border shall"): before the first modal on
        # both sides, the noun with no quantifier of its own on the other
        cues, other_cues = (self.old_cues, self.new_cues) if keys is self.a_keys else (self.new_cues, self.old_cues)
        first = min((c.start for c in cues if c.category == "modal"), default=-1)
        other_first = min((c.start for c in other_cues if c.category == "modal"), default=-1)
        word = keys[cue.end]
        if cue.category == "widener" and keys[cue.start] in self.lex.quantifiers and any(
                other[k] == word and other[k - 1] in self.lex.indefinite_articles for k in range(1, len(other))):
            return True  # "shall grant a deferment request that …" / "every deferment request that …": generic
        if first >= 0 and cue.end > first and other_first > 0 and not any(_stem(keys[k]) == noun for k in range(first)) \
                and any((_stem(other[k]) == noun or _number_forms(other[k], word)) and
                        (k == 0 or other[k - 1] not in self.lex.quantifiers) for k in range(other_first)):
            # the other side's bare subject told here as the object ("Pesticide containers shall
            # bear the name" / "The name shall appear on every pesticide container"): generic
            return True
        if not cue.end < first or other_first < 0:
            return False
        return any((_stem(other[k]) == noun or _number_forms(other[k], word)) and other[k] != word and
                   (k == 0 or other[k - 1] not in self.lex.quantifiers) for k in range(other_first))

    def _qualifiers_came_or_went(self, category: str, kind: str, label: str, effect: str,
                                 other_set: set, swapped: set[int], *, came: bool) -> None:
        """Evidence for the qualifiers of one category that came (on the new side; ``came``) or
        went (on the old side): one reading for both, so that the two sides mirror."""
        cues, kept = (self.new_cues, self.kept_new) if came else (self.old_cues, self.kept_old)
        keys, other_keys = (self.b_keys, self.a_keys) if came else (self.a_keys, self.b_keys)
        text_of, tokens = (self.new_text, self.b) if came else (self.old_text, self.a)
        side = "new" if came else "old"
        words = ("added", "added to", "added with a new item: it qualifies the addition", " under a negation") if came \
            else ("removed", "removed from", "removed with a dropped item: it qualified that item", " from under a negation")
        flip = {"softened": "hardened", "hardened": "softened"}

        def add(kind_: str, effect_: str, cue: _Cue, message: str) -> None:
            old_cue, new_cue = (None, cue) if came else (cue, None)
            self.add(kind_, effect_, old_cue, new_cue, message)

        other_cues = self.old_cues if came else self.new_cues
        for c in cues:
            if c.category != category or kept(c) or c.phrase in other_set or id(c) in swapped:
                continue  # the same phrase on both sides (merely moved) is no change
            if any(o.category == category and _shortened(o.phrase, c.phrase) for o in other_cues):
                continue  # "to the extent that" / "to the extent": the same qualifier, shorter
            if category == "hedge" and self._hedge_word_elsewhere(c, keys, other_keys, other_cues):
                continue  # "at the request of the flag State" / "if the flag State so requests"
            if self._owner_named_in(c.phrase, other_keys):
                continue  # "at its discretion" / "at the Market Operator's discretion": one qualifier
            if category == "strengthener" and self._opens_a_bound(keys, c):
                continue  # "In no event later than 5 days": "no later than", a deadline
            if self._inside_acronym(c, tokens, self.a if came else self.b):
                continue  # "nationally determined contribution" / "NDC": a name spelled out
            # (a hedge in a definition, "… means the national authorities, as appropriate",
            # says what the term covers, not how firmly anyone is bound)
            if (category == "hedge" and (self.descriptive(keys, c) or self.exception_reworded(c, side)
                                         or self._defines(keys, tokens, text_of, c)
                                         or self._told_as_consequence(c, side)
                                         or self._condition_restated(c, side)
                                         or self._charge_restated(c, side))) \
                    or self.on_parties(keys, c) \
                    or self.other_form(c, keys, other_keys) or self.synonym_stands(c, keys, other_keys) \
                    or _adverb_of(c.phrase, other_keys, self.lex) \
                    or (category == "strengthener" and (self._polarity_pair(c, came) or self._hedge_denied_instead(c, came))) \
                    or self.negated_paraphrase(c, keys, other_keys) \
                    or (category == "narrower" and self._any_part(keys, c)) \
                    or (category == "widener" and (self._every_case(keys, c) or self._floating_all(keys, c))) \
                    or (category == "hedge" and self._introduces_bound(keys, c)) \
                    or (category == "widener" and (self.quantifier_swapped(c, keys, other_keys)
                                                   or self.wide_compound(c, keys, other_keys))) \
                    or self.inside_gone_qualifier(keys, c, side) or self.verb_after_to(keys, c):
                continue
            text = _phrase_text(text_of, tokens, c)
            if self.restricts_set(keys, c):
                if came:
                    add("scope", "softened", c, f"softened: scope narrowed, '{text}' added to a whole set")
                else:
                    add("scope", "hardened", c, f"hardened: scope widened, '{text}' dropped from a whole set")
                continue
            if category in ("narrower", "widener", "hedge") and c.end - c.start == 1 and c.start > 1 and \
                    (keys[c.start - 1],) in self.lex.conjunctions and keys[c.start - 2] not in self.lex.light_words and \
                    c.start - 1 not in (self.fwd if side == "old" else self.back):
                # a describing word of an item joined on ("blind and partially sighted persons",
                # "Members and temporary visitors shall register",
                # "any total or partial refusal"): the item is what came or went, read by the
                # list-item rules, not a limit on the whole
                continue
            if self.attributive(keys, c) and c.phrase not in self.lex.gradual_words:
                # (not a phase-in: "a phased withdrawal" is withdrawing gradually)
                add(kind, "modified", c, f"{label} '{text}' {words[1]} a noun: what is described changed")
                continue
            if self.in_new_conjunct(c, side):
                if category == "hedge" and self.negated(keys, c) and not self.qualifies_prohibition(keys, c):
                    continue  # "…, and this duty is not conditional on funding": a hedge denied, no item's
                # A firmer word inside an item that widens a duty or ban ("shall not hold, and
                # shall ensure that no member of the auditor's immediate family holds, …")
                # points the way the item does (read as added, on the side it stands): the
                # item decides, and the word adds nothing against it.
                if category == "strengthener" and (item := (self if came else self.mirrored()).list_item_direction()) \
                        is not None and item.effect == "hardened":
                    continue
                if self.duty_in_conjunct(c, side) is not None:
                    continue  # the conjunct's own duty decides (see modals)
                add(kind, "modified", c, f"{label} '{text}' {words[2]}")
                continue
            negated = self.negated(keys, c)
            if negated and category == "hedge" and self.qualifies_prohibition(keys, c):
                other_modals = [o for o in (self.old_cues if came else self.new_cues) if o.category == "modal"]
                if other_modals and not any(self.negated(other_keys, o) for o in other_modals):
                    # a ban that is new (or gone) whole: "may withhold at its discretion" →
                    # "shall not unreasonably withhold"; the hedge is the new ban's own
                    continue
                negated = False  # "shall not normally leave": the ban itself is hedged
            elif negated and category == "hedge":
                continue  # "not subject to X": softer or harder depends on X; no verdict
            elif category == "strengthener" and any(tuple(keys[c.end:c.end + len(p)]) == p for p in self.lex.exception_openers):
                continue  # "prohibited at all times except between 7:00 and 19:00": the exception bounds it
            elif category == "hedge" and c.phrase in self.lex.exception_openers and self._ban_new_whole(keys, c, came):
                # "the court shall be satisfied before making an order" → "the court shall not
                # make an order unless it is satisfied": a ban new (or gone) whole, whose
                # exception is what the other side requires; the ban is compared as a modal
                continue
            negated = negated and not self.intensifies_negation(c) and not self.prohibited_object(keys, c) \
                and not (category == "strengthener" and self._aside(c, came))
            effect_here = flip[effect] if negated else effect
            add(kind, effect_here, c, f"{effect_here}: {label} '{text}' {words[0]}" + (words[3] if negated else ""))

    def _ban_new_whole(self, keys: list[str], c: _Cue, came: bool) -> bool:
        """Does a ban before the exception word ``c`` stand where the other side forbids nothing
        (it has a modal, none of them negated)?"""
        cues, other_cues = (self.new_cues, self.old_cues) if came else (self.old_cues, self.new_cues)
        other_keys = self.a_keys if came else self.b_keys
        other_modals = [o for o in other_cues if o.category == "modal"]
        return bool(other_modals) and not any(self.negated(other_keys, o) for o in other_modals) and \
            any(m.category == "modal" and m.end <= c.start and self.negated(keys, m) and self.prohibits(keys, m)
                for m in cues)

    def _hedge_denied_instead(self, c: _Cue, came: bool) -> bool:
        """A cancelling strengthener ("regardless of weather conditions"; lexicon:
        cancelling_words) on one side and a negated hedge over the same words on the other
        ("this deadline is not subject to weather conditions"): one denial, told two ways."""
        if c.phrase not in self.lex.cancelling_words:
            return False
        keys, other_keys, other_cues = (self.b_keys, self.a_keys, self.old_cues) if came else \
            (self.a_keys, self.b_keys, self.new_cues)
        words = {_stem(w) for w in keys[c.end:c.end + 4] if w.isalpha() and w not in self.lex.light_words}
        return any(o.category == "hedge" and self.negated(other_keys, o) and
                   not words.isdisjoint(_stem(w) for w in other_keys[o.end:o.end + 4])
                   for o in other_cues)

    def _polarity_pair(self, c: _Cue, came: bool) -> bool:
        """A negating strengthener on one side ("In no event shall", "at no time") and a
        negative-polarity one under a negation on the other ("shall not, under any
        circumstances,"): the same absolute prohibition, so neither came nor went."""
        other = self.old_cues if came else self.new_cues

        def negating(cue: _Cue) -> bool:
            return cue.category == "strengthener" and any((w,) in self.lex.negations for w in cue.phrase)

        def polar(cue: _Cue) -> bool:
            return cue.category == "strengthener" and "any" in cue.phrase

        keys, other_keys = (self.b_keys, self.a_keys) if came else (self.a_keys, self.b_keys)
        if negating(c):
            if any(polar(o) and self.negated(other_keys, o) for o in other):
                return True
            # (or its "any" form, or a listed synonym of it, under a negated modal on the other
            # side: "shall not be alone with a child at any time" / "At no time are coaches
            # permitted", "and in any event within 7 days" / "in no case later than seven days")
            anyway = tuple("any" if w == "no" else w for w in c.phrase)
            groups = self.lex.synonyms.get(anyway, frozenset())
            forms = {anyway} | {p for p, g in self.lex.synonyms.items() if not g.isdisjoint(groups)}
            found = any(_count_phrase(other_keys, p) for p in forms)
            # (under a negated modal there, or bounding its time limit or its cap: "Not more than
            # two units shall be grazed at any time" / "At no time shall the units exceed two")
            return found and any((o.category == "modal" and self.negated(other_keys, o)) or o.category in ("deadline", "cap")
                                 for o in other)
        return polar(c) and self.negated(keys, c) and any(negating(o) for o in other)

    def participation(self) -> None:
        """The say the commitment gives another party, replaced by a say of another rank
        (lexicon: participation_ladder): "shall consult the Author on the design" → "shall
        obtain the Author's written approval of the design" asks more (hardened), the reverse
        less (softened). Only with a duty or ban on both sides and a rung named on both; the
        highest rung named on each side is compared (a word inside a modal cue is none)."""
        ladder = self.lex.participation_ladder
        words = _ladder_words(ladder)
        if not words or words.isdisjoint(self.a_keys) or words.isdisjoint(self.b_keys):
            return
        strong = self.binding

        def top(keys, cues):
            if not any(c.category == "modal" and c.strength >= strong for c in cues):
                return None
            cue_words = {k for c in cues if c.category == "modal" for k in range(c.start, c.end)}
            found = [(ladder[(w,)], k) for k, w in enumerate(keys) if (w,) in ladder and k not in cue_words]
            return max(found, key=lambda x: (x[0], -x[1])) if found else None

        old, new = top(self.a_keys, self.old_cues), top(self.b_keys, self.new_cues)
        if old is None or new is None or old[0] == new[0]:
            return
        # (a rung whose word stands on the other side in another form names the same say:
        # "within 28 days of their approval" / "28 days after they are approved")
        higher, keys, other = (old, self.a_keys, self.b_keys) if old[0] > new[0] else (new, self.b_keys, self.a_keys)
        rung = keys[higher[1]]
        if any(o != rung and len(os.path.commonprefix([o, rung])) >= 6 for o in other):
            return
        effect = "hardened" if new[0] > old[0] else "softened"
        old_span, new_span = _span(self.a, old[1], old[1] + 1), _span(self.b, new[1], new[1] + 1)
        o, n = self.old_text[old_span[0]:old_span[1]], self.new_text[new_span[0]:new_span[1]]
        self.add("modal", effect, None, None, f"{effect}: '{o}' → '{n}' (the say given to another party "
                 f"{'raised' if effect == 'hardened' else 'lowered'})", old=o, new=n, old_span=old_span, new_span=new_span)

    def set_restricted(self) -> None:
        """One content word set between a word quantifying over a whole set and its kept noun
        ("shall not disconnect any household" → "any vulnerable household", "all stations" →
        "all rural stations"; lexicon: quantifiers) says which members the set holds: the
        commitment reaches fewer (softened), and the word dropped, more (hardened), as a
        strengthener there does (restricts_set). Only under a duty or a ban (lexicon:
        list_item_min_strength), only a word that is no cue, light word, determiner or figure
        (a hyphenated word is one: "all pre-recorded programmes"),
        and only with the quantifier and the noun (no cue: "each Agency shall" → "each shall"
        drops the noun itself) kept side by side on the other side."""
        strong = self.binding
        quantifiers = self.lex.quantifiers
        for keys, cues, kept, other, effect in ((self.b_keys, self.new_cues, self.back, self.a_keys, "softened"),
                                               (self.a_keys, self.old_cues, self.fwd, self.b_keys, "hardened")):
            # cheap first: a run of the word diff that the other side lacks, right after a quantifier
            spots = [lo for tag, i1, i2, j1, j2 in self.opcodes if tag != "equal"
                     for lo in ((j1,) if effect == "softened" else (i1,))
                     if 0 < lo < len(keys) - 1 and keys[lo - 1] in quantifiers and lo not in kept]
            if not spots or not any(c.category == "modal" and c.strength >= strong for c in cues):
                continue
            cue_words = {k for c in cues for k in range(c.start, c.end)}
            for k in spots:
                word = keys[k]
                if k in cue_words or \
                        k - 1 not in kept or k + 1 not in kept or kept[k + 1] != kept[k - 1] + 1 or \
                        not word.replace("-", "").isalpha() or word in self.lex.light_words or \
                        word in self.lex.determiners or \
                        word in self.lex_stop or word in other or keys[k + 1] in self.lex.light_words or \
                        keys[k + 1] in self.lex_stop or k + 1 in cue_words:
                    continue
                if "-" in word and all(any(_stem(part) == _stem(o) for o in other) for part in word.split("-") if part):
                    continue  # "all third-party claims" / "all claims by third parties": the modifier moved
                groups = _word_synonyms(word, self.lex)
                if groups and any(not groups.isdisjoint(_word_synonyms(o, self.lex)) for o in other if o.isalpha()):
                    continue  # "any known repair" / "any repair of which they are aware": told again
                if word in self.lex.widening_modifiers:
                    continue  # "any potential breach" reaches more, not fewer
                came = effect == "softened"
                tokens, text = (self.b, self.new_text) if came else (self.a, self.old_text)
                if any(ch in text[tokens[k].end:tokens[k + 1].start] for ch in ",;:"):
                    continue  # "all wetlands, forest reserves and …": an item of a list, no word describing the noun
                span = _span(tokens, k, k + 1)
                shown = text[span[0]:span[1]]
                message = f"softened: scope narrowed, '{shown}' added to a whole set" if came else \
                    f"hardened: scope widened, '{shown}' dropped from a whole set"
                if came:
                    self.add("scope", effect, None, None, message, new=shown, new_span=span)
                else:
                    self.add("scope", effect, None, None, message, old=shown, old_span=span)

    def _floating_all(self, keys: list[str], c: _Cue) -> bool:
        """Is the scope word an "all" floated after its subject's verb ("labour, thread and
        buttons are all included")? It sums up the subject, naming no wider set."""
        return c.phrase == ("all",) and c.start > 0 and (keys[c.start - 1] in self.lex.copulas or
                                                         keys[c.start - 1] in self.lex.auxiliary_modals)

    def _introduces_bound(self, keys: list[str], c: _Cue) -> bool:
        """Does the qualifier open a bound ("subject to a maximum of £250")? The bound is read as
        a figure (a cap restated: "up to £250"), not as a condition."""
        cues = self.new_cues if keys is self.b_keys else self.old_cues
        other = self.a_keys if keys is self.b_keys else self.b_keys
        return c.phrase[-1] in ("to", "of") and any(
            b.category in ("cap", "floor") and c.end <= b.start <= c.end + 1 and not self.lex.bound_nouns.isdisjoint(b.phrase)
            # (the same figure on the other side: a bound restated, not a condition added)
            and any(w[:1].isdigit() and w in other for w in keys[b.end:b.end + 3])
            for b in cues)

    def _every_case(self, keys: list[str], c: _Cue) -> bool:
        """Does the scope word quantify the cases a condition opens ("in every case where a
        vehicle fails the test", "in all cases in which")? That is the condition itself, as
        "where a vehicle fails" says it: no wider scope."""
        if not c.start or keys[c.start - 1] != "in":
            return False  # (not "shall curtail all turbines whenever …": the turbines are the object)
        after = keys[c.end + 1:c.end + 3]
        openers = self.lex.trigger_words | self.lex.condition_words | self.lex.condition_synonyms
        other = self.a_keys if keys is self.b_keys else self.b_keys
        # (and the other side names no such cases: "in the first case where" is one case only)
        return bool(after) and (after[0] in openers or after[:2] == ["in", "which"]) and \
            c.end < len(keys) and keys[c.end] not in other

    def _any_part(self, keys: list[str], c: _Cue) -> bool:
        """Is the narrowing part ("part of", "portion of") one a quantifier makes whole ("in any
        part of the premises") or one that "form" joins a thing to ("members of their families
        forming part of their households")? It names no smaller share of what the clause covers
        ("shall finance part of the project" does)."""
        return c.phrase[-1] == "of" and c.start > 0 and (
            keys[c.start - 1] in self.lex.quantifiers or _stem(keys[c.start - 1]) == "form")

    def _defines(self, keys: list[str], tokens, text: str, c: _Cue) -> bool:
        """Does the qualifier stand in a definition on both sides ("'competent authorities'
        means …"; see _in_definition), with no modal on either?"""
        if any(x.category == "modal" for x in self.old_cues) or any(x.category == "modal" for x in self.new_cues):
            return False
        other_keys = self.a_keys if keys is self.b_keys else self.b_keys
        return self._in_definition(keys, tokens, text, c.start) and any(
            other_keys[p:p + len(d)] == list(d) for d in self.lex.definition_verbs for p, w in enumerate(other_keys) if w == d[0])

    def qualifiers(self) -> None:
        effects = {
            "hedge": ("softened", "hardened", "qualifier"),
            "strengthener": ("hardened", "softened", "strengthener"),
            "narrower": ("softened", "hardened", "scope limit"),
            "widener": ("hardened", "softened", "scope word"),
        }
        swapped = self.swapped_qualifiers() | self.efforts_changed()
        present = {c.category for c in self.old_cues} | {c.category for c in self.new_cues}
        for category, (on_add, on_remove, label) in effects.items():
            if category not in present:
                continue  # no cue of it on either side: nothing came, went or turned negated
            kind = {"narrower": "scope", "widener": "scope"}.get(category, category)
            old_set = {c.phrase for c in self.old_cues if c.category == category}
            new_set = {c.phrase for c in self.new_cues if c.category == category}
            self._qualifiers_came_or_went(category, kind, label, on_add, old_set, swapped, came=True)
            self._qualifiers_came_or_went(category, kind, label, on_remove, new_set, swapped, came=False)
            # The same qualifier on both sides, but negated on one: "not subject to" → "subject to".
            # The n-th occurrence of a phrase faces the n-th on the other side (not always the
            # first: "shall withdraw all …. will not withdraw all …").
            seen: Counter = Counter()
            claimed: set[int] = set()  # a synonym on the new side faces one old cue at most
            for r in self.old_cues:
                if r.category != category:
                    continue
                nth = seen[r.phrase]
                seen[r.phrase] += 1
                a = next(itertools.islice((c for c in self.new_cues if c.category == category and c.phrase == r.phrase),
                                          nth, None), None)
                if a is None and nth == 0 and category == "hedge" and r.phrase in self.lex.synonyms:
                    # a synonym in its place, where the phrase itself is gone ("subject to
                    # available funding" → "shall not be conditional on the availability of funding")
                    group = self.lex.synonyms[r.phrase]
                    a = next((c for c in self.new_cues if c.category == category and c.phrase != r.phrase
                              and id(c) not in claimed
                              and not group.isdisjoint(self.lex.synonyms.get(c.phrase, ()))
                              and not any(o.phrase == c.phrase for o in self.old_cues)
                              and not any(o.phrase == r.phrase for o in self.new_cues)), None)
                    if a is not None:
                        claimed.add(id(a))
                if a is None:
                    continue
                # (a verb that negates what follows it counts as the "not": "fails to complete" /
                # "does not complete"; lexicon: negative_verbs)
                neg_r = self.negated(self.a_keys, r) or self._after_negative_verb(self.a_keys, r.start)
                neg_a = self.negated(self.b_keys, a) or self._after_negative_verb(self.b_keys, a.start)
                if neg_r == neg_a or self._ban_told_as_permission():
                    continue  # (a ban told as a restricted permission takes its words' negation along)
                if self._ban_negation_moved(r if neg_r else a, "old" if neg_r else "new"):
                    continue  # "shall not sublet any part of" / "no part of … may be sublet": one ban
                if category == "strengthener" and self._negation_in_relative(r if neg_r else a, "old" if neg_r else "new") \
                        and self.polarity_parity_kept():
                    continue  # "will not accept any dog that is not fully vaccinated" / "only dogs that are fully …"
                effect = on_add if neg_r else on_remove  # negation gone: the qualifier now applies
                text = _phrase_text(self.new_text, self.b, a)
                self.add(kind, effect, r, a, f"{effect}: {label} '{text}' {'no longer negated' if neg_r else 'now negated'}")
        self.set_restricted()
        # "if …" conditions: a new condition softens, a dropped one hardens — unless the words it
        # governed are still there (a rephrased condition, "if X requests" → "at X's request").
        cond = self.lex.condition_words
        # "only if the officer suspects" → "only where the officer suspects": a condition word
        # replaced in its own place by another word that opens a condition is the condition
        # reworded, not one dropped and another added (the words it governs are compared apart)
        openers = cond | self.lex.condition_synonyms
        swapped: tuple[set[int], set[int]] = (set(), set())
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag != "replace":
                continue
            # (or a hedge that opens a condition in its place: "In the event that the premises
            # are found …" / "If the premises do not meet …")
            # (not one of exception, "Save where …" / "Where …", which turns the case round)
            old_opens = self.a_keys[i1] in openers or any(c.category == "hedge" and c.start == i1
                                                          and not self._opens_exception(c) for c in self.old_cues)
            new_opens = self.b_keys[j1] in openers or any(c.category == "hedge" and c.start == j1
                                                          and not self._opens_exception(c) for c in self.new_cues)
            if old_opens and new_opens:
                swapped[0].add(i1)
                swapped[1].add(j1)
        for keys, tokens, kept, other_keys, text, effect, side, other_cues in (
            (self.b_keys, self.b, self.back, self.a_keys, self.new_text, "softened", "new", self.old_cues),
            (self.a_keys, self.a, self.fwd, self.b_keys, self.old_text, "hardened", "old", self.new_cues),
        ):
            # (the other side's words and stems made only where a condition word could open:
            # most clauses have none)
            if cond.isdisjoint(keys) and self.lex.inverted_conditions.isdisjoint(keys) and \
                    self.lex.condition_synonyms.isdisjoint(keys):
                continue
            # a word the condition governs is still there only if the other side has it more
            # often than the rest of this side does ("shall disclose its risks if those risks
            # are material" / "shall disclose its risks": the object, not the condition, is kept)
            # (the words a strengthener governs on the other side say the condition no longer
            # matters: "if so requested by the Employer" / "whether or not the Employer has
            # requested one")
            other_tokens, other_text = (self.a, self.old_text) if side == "new" else (self.b, self.new_text)
            cancelled = set()
            for c in other_cues:
                if c.category == "strengthener" and c.phrase in self.lex.cancelling_words:
                    for p in range(c.end, len(other_keys)):
                        if p > c.end and any(ch in other_text[other_tokens[p - 1].end:other_tokens[p].start] for ch in ",;:."):
                            break
                        cancelled.add(p)
            other_list = other_keys
            other_kept = self.fwd if side == "new" else self.back
            other_count = Counter(_stem(w) for p, w in enumerate(other_keys) if p not in cancelled)
            # (the doer named for the act: "Holders of a season ticket" / "If you hold a season
            # ticket"; "users" / "if you use")
            other_count.update(_stem(w).removesuffix("er") for p, w in enumerate(other_keys)
                               if p not in cancelled and len(w) > 5 and _stem(w).endswith("er"))
            other_keys = {w for p, w in enumerate(other_keys) if p not in cancelled}
            for k, key in enumerate(keys):
                inverted = key in self.lex.inverted_conditions and tokens[k].text[:1].isupper() \
                    and _sentence_start(text, tokens[k])
                # (and a clause opened by "Where" or "When" ahead of the commitment, "Where the
                # Minister so directs, the Corporation shall publish", where the other side has
                # no qualifier at all and none of the clause's words: a relative clause or a
                # time limit says such things in other words)
                # (or one set off by a comma at the end: "…, where the Funder so requests.")
                opener = key in self.lex.condition_synonyms and (
                    (k == 0 and "," in text and tokens[k].text[:1].isupper()) or
                    (k > 0 and "," in text[tokens[k - 1].end:tokens[k].start] and
                     not any(ch in text[tokens[k].end:] for ch in ",;:"))) and \
                    not any(c.start == k for c in (self.new_cues if side == "new" else self.old_cues)) and \
                    not any(c.category in ("hedge", "condition") and c.start not in other_kept for c in other_cues) and \
                    not any(w in cond and p not in other_kept for p, w in enumerate(other_list)) and \
                    not any(w in other_keys for w, t in zip(keys[k + 1:k + 7], tokens[k + 1:k + 7])
                            if w not in self.lex.light_words and w.isalpha()
                            and (k > 0 or t.start < text.find(",")))
                inverted = inverted or opener
                if (key not in cond and not inverted) or k in kept or key in other_keys:
                    continue
                if k in swapped[side == "new"]:
                    continue
                if k and keys[k - 1] in self.lex.only_words and any(
                        c.category == "modal" and self.restricted_permission(keys, c) == k
                        for c in (self.new_cues if side == "new" else self.old_cues)):
                    continue  # "may acquire … only if approved": the permission's restriction (see permission_restricted)
                # (the condition ends at its comma, or where its sentence does: "if conditions
                # allow. Europe will withdraw …" holds no second sentence)
                # (past an aside right after the condition word: "if, in the opinion of the
                # Conservator, the Object is too fragile")
                first = k + 1
                if text[tokens[k].end:].lstrip().startswith(",") and "," in text[tokens[k].end + 1:]:
                    aside_end = text.index(",", text.index(",", tokens[k].end) + 1)
                    first = next((p for p in range(k + 1, len(tokens)) if tokens[p].start > aside_end), k + 1)
                stop = _CONDITION_END.search(text, tokens[first].start if first < len(tokens) else len(text))
                limit = stop.start() if stop else len(text)
                # (its first words; as far as its end, up to a dozen, where those leave the
                # condition mostly unmatched: "If a Party fails to pay its contribution within 60
                # days" / "where that Party has not paid its contribution within sixty days")
                governed = [w for w, t in zip(keys[first:first + 6], tokens[first:first + 6])
                            if w not in self.lex_stop and t.start < limit]
                lend = next((p for p in range(first, min(len(tokens), first + 12)) if tokens[p].start >= limit),
                            min(len(tokens), first + 12))
                longer = [w for w in keys[first:lend] if w not in self.lex_stop]
                # in any form: "A player who receives a second caution" / "If a player is
                # cautioned for the second time" restates who the rule is about
                content = [w for w in governed if w not in self.lex.light_words] or governed
                # a name is the condition's party, not what it asks: "If requested by the
                # Authority, the licensee shall submit" / "shall submit … to the Authority" keeps
                # the Authority but drops the request (names count where nothing else stands)
                # (a name that acts in the condition: after "by", or a party word; a defined term,
                # "If a Force Majeure Event occurs", is what the condition is about)
                this_cues = self.new_cues if side == "new" else self.old_cues
                named = {keys[p] for p in range(k + 1, min(len(keys), k + 7)) if tokens[p].text[:1].isupper() and (
                    "by" in keys[max(k + 1, p - 2):p] or any(c.category == "party" and c.start <= p < c.end for c in this_cues))}
                content = [w for w in content if w not in named] or content
                # (or a listed synonym: "if the Customer asks in writing" / "a written request")
                other_groups = set().union(*(_word_synonyms(o, self.lex) for o in other_keys)) if content else set()
                outside = Counter(_stem(w) for p, w in enumerate(keys) if not k <= p < first + 6)
                # (a synonym counts where the word itself is not on the other side: where it is,
                # how often decides, "the tenant" of "if the tenant so requests" / "give the tenant")
                # (or the same figure in words, "60" / "sixty", where this side has it nowhere else)
                other_values = {_value_of(o) for o in other_keys} - {None} if content else set()

                theirs = (other_count, other_groups, other_values)
                if content and self._kept_share(content, outside, *theirs) >= 0.5:
                    continue
                long_content = [w for w in longer if w not in self.lex.light_words and w not in named]
                if len(long_content) > len(content) and self._kept_share(
                        long_content, Counter(_stem(w) for p, w in enumerate(keys) if not k <= p < lend), *theirs) >= 0.6:
                    continue
                end = min(len(tokens), k + 6)
                while end - 1 > k and tokens[end - 1].start >= limit:
                    end -= 1  # the condition ends at its comma
                span = (tokens[k].start, tokens[end - 1].end)
                phrase = text[span[0]:span[1]]
                verb = "added" if side == "new" else "removed"
                said = effect
                if k and (keys[k - 1],) in self.lex.alternative_conjunctions:
                    # "on paper or, if the consumer agrees, on another medium": the condition
                    # governs one alternative way to comply, so adding it leaves fewer ways
                    said = "hardened" if effect == "softened" else "softened"
                    verb += " to an alternative"
                if side == "new":
                    self.add("condition", said, None, None, f"{said}: condition {verb} ('{phrase} …')", new=phrase, new_span=span)
                else:
                    self.add("condition", said, None, None, f"{said}: condition {verb} ('{phrase} …')", old=phrase, old_span=span)


_GROUP_PHRASES: dict[int, tuple[dict, tuple]] = {}


def _group_phrases(lex) -> tuple:
    """The synonym phrases of more than one word (made once per lexicon)."""
    entry = _GROUP_PHRASES.get(id(lex.synonyms))
    if entry is None or entry[0] is not lex.synonyms:
        entry = _GROUP_PHRASES[id(lex.synonyms)] = (lex.synonyms, tuple(p for p, g in lex.synonyms.items() if g and len(p) > 1))
    return entry[1]


def _count_phrase(keys: list[str], phrase: tuple) -> int:
    return sum(1 for k in range(len(keys) - len(phrase) + 1) if keys[k] == phrase[0] and tuple(keys[k:k + len(phrase)]) == phrase)


def _number_forms(a: str, b: str) -> bool:
    """Are two words the singular and plural of one noun ("dog" / "dogs", "body" / "bodies")?"""
    short, long_ = sorted((a, b), key=len)
    return long_ in (short + "s", short + "es") or (short.endswith("y") and long_ == short[:-1] + "ies")


def _carrying_word(keys: list[str], cue: _Cue) -> str | None:
    """The word that carries a cue's meaning, its longest ("recognises", "request" of "at the
    request of"), or None where that word is too short to be found in other forms ("may")."""
    word = max(keys[cue.start:cue.end], key=len)
    return word if len(word) >= 5 else None


_POLARITY_REACH: dict[int, tuple[object, tuple[int, int]]] = {}


def _polarity_reach(lex) -> tuple[int, int]:
    """The longest negation and the longest word of negative meaning, in words (per lexicon)."""
    entry = _POLARITY_REACH.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _POLARITY_REACH[id(lex)] = (lex, (max((len(p) for p in lex.negations), default=1),
                                                  max((p.count(" ") + 1 for p in lex.negative_meaning), default=1)))
    return entry[1]


def _shortened(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is one phrase the other with words dropped from its end ("to the extent that" / "to
    the extent")?"""
    return a != b and (a[:len(b)] == b or b[:len(a)] == a)


_LADDER_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}
_QUALIFIER_FIRSTS: dict[int, tuple[frozenset, frozenset[str]]] = {}


def _ladder_words(ladder: dict) -> frozenset[str]:
    """The one-word rungs of a ladder, remembered per ladder."""
    entry = _LADDER_WORDS.get(id(ladder))
    if entry is None or entry[0] is not ladder:
        entry = _LADDER_WORDS[id(ladder)] = (ladder, frozenset(p[0] for p in ladder if len(p) == 1))
    return entry[1]


def _qualifier_firsts(lex) -> frozenset[str]:
    """The first words of the lexicon's clause qualifiers, remembered per lexicon."""
    entry = _QUALIFIER_FIRSTS.get(id(lex))
    if entry is None or entry[0] is not lex.clause_qualifiers:
        entry = _QUALIFIER_FIRSTS[id(lex)] = (lex.clause_qualifiers, frozenset(p[0] for p in lex.clause_qualifiers))
    return entry[1]
