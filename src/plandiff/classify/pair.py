"""One clause pair being classified: its word diff, cues and the evidence gathered so far."""

from __future__ import annotations

from plandiff.classify.content import ContentRules
from plandiff.classify.cues import _Cue, _find_cues, _refine_cues
from plandiff.classify.evidence import WEAK_KINDS, Evidence
from plandiff.classify.lexical import (
    _label,
    _norm_key,
)
from plandiff.classify.modals import ModalRules
from plandiff.classify.numbers import NumberRules
from plandiff.classify.parties import PartyRules
from plandiff.classify.words import (
    _equal_map,
    _ratio,
    _set_off,
    _span,
    _word_diff,
    symmetric_opcodes,
)
from plandiff.lexicon import Lexicon

# ---------------------------------------------------------------------------------------------
# The classifier


class _Pair(ModalRules, NumberRules, PartyRules, ContentRules):
    def __init__(self, old_text: str, new_text: str, lex: Lexicon, id_map: dict[str, str] | None) -> None:
        self.old_text, self.new_text, self.lex = old_text, new_text, lex
        # kept even when it is empty or falsy: compare._NoIds records the ids looked up in it
        self.id_map = id_map if id_map is not None else {}
        self.ops, self.opcodes, self.a, self.b, self.a_keys, self.b_keys = _word_diff(old_text, new_text)
        self.ratio = _ratio(self.opcodes, len(self.a), len(self.b))
        self.fwd = _equal_map(self.opcodes)
        self.back = {j: i for i, j in self.fwd.items()}
        # (_norm_key leaves a word of letters as it is: test that here, a call saved per word)
        self.old_cues = _refine_cues(_find_cues([k if k.isalpha() else _norm_key(k) for k in self.a_keys], lex),
                                     self.a, old_text, lex)
        self.new_cues = _refine_cues(_find_cues([k if k.isalpha() else _norm_key(k) for k in self.b_keys], lex),
                                     self.b, new_text, lex)
        self.evidence: list[Evidence] = []
        self.unmatched = False  # content_change saw a content word with no counterpart
        self.directed = False  # (a mirrored pair) the pair it mirrors has a signal that points one way
        self.content_words: tuple[dict, dict] | None = None  # old and new, once content_change read them
        self.lex_stop = {"the", "a", "an", "of", "to", "and", "or", "so", "its", "their", "it", "is", "are", "be"}
        # (saving_permission) does the side hold a verb of hindering at all? Most hold none
        self._hinders_old = not lex.hindering_verbs.isdisjoint(self.a_keys)
        self._hinders_new = not lex.hindering_verbs.isdisjoint(self.b_keys)
        # (old, new) indices of duty verbs that only restate a permission's condition (see modals)
        self._restated_verbs: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())

    def mirrored(self) -> _Pair:
        """The same pair read new → old, reusing this one's tokens and cues, over the second
        reading of the word diff (:func:`symmetric_opcodes`: difflib aligns the two orders a
        little differently, and the two readings of a pair use both; the mirror of a pair
        uses the same two)."""
        m = object.__new__(_Pair)
        m.old_text, m.new_text, m.lex, m.id_map = self.new_text, self.old_text, self.lex, self.id_map
        m.a, m.b, m.a_keys, m.b_keys = self.b, self.a, self.b_keys, self.a_keys
        # the reverse word diff is the same whenever it is asked for (several rules read the
        # pair both ways): made once per pair
        diff = self.__dict__.get("_reverse_diff")
        if diff is None:
            opcodes = symmetric_opcodes(m.a_keys, m.b_keys, second=True)
            fwd = _equal_map(opcodes)
            diff = self._reverse_diff = (opcodes, _ratio(opcodes, len(m.a), len(m.b)), fwd,
                                         {j: i for i, j in fwd.items()})
        m.opcodes, m.ratio, m.fwd, m.back = diff[0], diff[1], dict(diff[2]), dict(diff[3])
        m.ops = []
        m.old_cues, m.new_cues = self.new_cues, self.old_cues
        m.evidence, m.unmatched, m.lex_stop = [], False, self.lex_stop
        m._hinders_old, m._hinders_new = self._hinders_new, self._hinders_old
        m._restated_verbs = self._restated_verbs[::-1]
        m.directed = self.directed or any(e.effect in ("softened", "hardened") for e in self.evidence)
        m.content_words = self.content_words[::-1] if self.content_words else None
        traces = self.__dict__.get("_traces_made")
        if traces is not None:  # (ContentRules._traces) the same words, read the other way round
            m._traces_made = (traces[1], traces[0], traces[3], traces[2])
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
    @property
    def binding(self) -> float:
        """The strength of a binding duty (lexicon: list_item_min_strength), the rung several
        rules ask a commitment to reach."""
        return self.lex.thresholds.get("list_item_min_strength", 6)

    def binds_or_bans(self, keys: list[str], cue: _Cue) -> bool:
        """Does the modal bind as a duty (at least the binding rung) or forbid (a negated modal
        that prohibits, whatever its rung: "may not")?"""
        return cue.strength >= self.binding or (self.negated(keys, cue) and self.prohibits(keys, cue))

    def negated(self, keys: list[str], cue: _Cue) -> bool:
        """Is the cue negated? A modal that is a prohibition in itself ("Smoking is prohibited";
        lexicon: prohibition_modals) is, unless a negation cancels it ("is not prohibited")."""
        if cue.category == "modal" and self.hinders(keys) and self.saving_permission(keys, cue):
            return False
        found = self._negation_at(keys, cue)
        if cue.category == "modal" and cue.phrase in self.lex.prohibition_modals:
            return not found
        return found

    def saving_permission(self, keys: list[str], cue: _Cue) -> bool:
        """A modal of a saving clause ("Nothing in this Agreement shall prevent the Licensee from
        sublicensing"; lexicon: saving_subjects, hindering_verbs): the instrument stops no one
        from the act, which permits it. The subject opens the clause; the verb of hindering
        follows the modal ("shall be construed as preventing" too) and a "from" follows it. In
        the passive, any negated subject: "No Party shall be prevented from adopting"."""
        verb = self.hindering_verb(keys, cue)
        if verb is None:
            return False
        if keys[verb - 1] == "be":
            # the one who is not hindered as subject ("No Party shall be prevented from adopting")
            return self._negation_at(keys, cue)
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        reach = int(self.lex.thresholds.get("negative_subject_reach", 16))
        for k in range(max(0, cue.start - reach), cue.start):
            opens = k == 0 or keys[k - 1] in ("that", "but", "and") or \
                any(ch in text[tokens[k - 1].end:tokens[k].start] for ch in ",;:(")
            if opens and any(tuple(keys[k:k + len(p)]) == p for p in self.lex.saving_subjects) and \
                    not any(ch in text[tokens[k].end:tokens[cue.start].start] for ch in ";:."):
                return True
        return False

    def hinders(self, keys: list[str]) -> bool:
        """Does this side hold a verb of hindering at all (lexicon: hindering_verbs)?"""
        return self._hinders_new if keys is self.b_keys else self._hinders_old

    def hindering_verb(self, keys: list[str], cue: _Cue) -> int | None:
        """Where the verb of hindering a modal governs stands ("shall prevent … from", "shall be
        construed as preventing … from"; lexicon: hindering_verbs), or None."""
        if not self.hinders(keys) or self.lex.hindering_verbs.isdisjoint(keys[cue.end:cue.end + 4]):
            return None
        verb = next(k for k in range(cue.end, min(len(keys), cue.end + 4)) if keys[k] in self.lex.hindering_verbs)
        # (the modal's own "not" may stand between: "shall not be prevented from")
        if any(w not in self.lex.light_words and not w.endswith("ed") and (w,) not in self.lex.negations
               for w in keys[cue.end:verb]) or \
                "from" not in keys[verb + 1:verb + 12]:
            return None
        return verb

    def _negation_at(self, keys: list[str], cue: _Cue) -> bool:
        # Negation cues, not words: the "no" of "no later than" and the "not" of "shall not
        # exceed" belong to a bound, the "not" of "not only" to a fixed expression; "refrain
        # from" negates as "not" does.
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        end = cue.end
        if cue.category == "modal":
            # "should, in principle, refrain from": a qualifier between the modal and its verb
            end = next((c.end for c in cues if c.start == end and c.category in ("hedge", "strengthener")), end)
        window = {*range(cue.start - 2, cue.start), *range(end, end + 2)}
        if (cue.category == "strengthener" and any(c.category == "modal" and c.end <= cue.start for c in cues)) \
                or (cue.category == "hedge" and cue.phrase in self.lex.clause_qualifiers) \
                or cue.category in ("widener", "narrower"):
            # after a modal, a strengthener before a negation strengthens the ban ("shall
            # permanently refrain from"); only one after it is negated ("shall not fully"). An
            # exception that opens a clause owns the negation in it ("save that no disclosure is
            # required"). A scope word is negated by a "not" before it ("not all"); one after
            # its noun negates the verb ("calls upon all States not to supply")
            window = set(range(cue.start - 2, cue.start))
        if cue.category == "strengthener" and cue.start >= 3 and keys[cue.start - 2] in ("be", "been", "being"):
            window.add(cue.start - 3)  # "has not been paid in full", as "is not paid in full"
        if cue.category == "hedge" and cue.start >= 3 and keys[cue.start - 2] == "be" and keys[cue.start - 1] in ("made", "rendered"):
            window.add(cue.start - 3)  # "shall not be made subject to"
        if cue.category == "hedge" and cue.start >= 2 and keys[cue.start - 1] == "be":
            # "shall not under any circumstances be subject to": past a strengthener to its "not"
            inner = next((c for c in cues if c.category == "strengthener" and c.end == cue.start - 1), None)
            if inner is not None:
                window.update((inner.start - 2, inner.start - 1))
        if cue.category == "hedge" and cue.end - cue.start == 1 and keys[cue.start].endswith("ly") and \
                keys[max(0, cue.start - 2):cue.start] == ["to", "be"]:
            window.add(cue.start - 3)  # "such consent not to be unreasonably withheld"
        if cue.category == "hedge" and cue.end - cue.start == 1 and keys[cue.start].endswith("ly"):
            # an adverb of manner after the verb a negation governs: "shall not be withheld
            # unreasonably" is "shall not unreasonably withhold" (the modal's own "not", not the
            # "No" of a subject: "No consent shall be unreasonably withheld")
            window.update(p for p in range(cue.start - 4, cue.start - 2)
                          if any(c.category == "modal" and c.end == p for c in cues))
        if cue.category != "modal" and any(c.category in ("negation", "strengthener") and c.start in window for c in cues):
            # a qualifier's negation stands in its own stretch of text: in "is irrevocable, is
            # not subject to any condition" the "not" after the comma negates another verb
            tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
            # ... unless the qualifier is an aside set off by commas right after the negation
            # ("undertakes never, under any circumstances, to develop")
            aside = _set_off(tokens, text, cue.start, end)
            window = {k for k in window if 0 <= k < len(tokens) and (aside and k == cue.start - 1 or not any(
                ch in text[tokens[min(k, cue.start)].end:tokens[max(k, end - 1)].start] for ch in ",;:.()"))}
        # (a negation split by the qualifier, "refrain permanently from", forbids for good: the
        # qualifier inside it is the ban's, not negated)
        if any(c.category == "negation" and c.start in window and not self.double_negative(keys, c)
               and not (len(c.phrase) > c.end - c.start and c.start < cue.start) for c in cues):
            return True
        if cue.category != "modal" and not self.lex.qualifier_negators.isdisjoint(keys[max(0, cue.start - 2):cue.start]) \
                and self.negated_qualifier(keys, cue):
            return True
        # a strengthener with a negation inside it ("shall under no circumstances obstruct",
        # "at no time shall") negates the modal as "not" does; the "not" of one that cancels a
        # condition ("shall, whether or not requested, submit") negates nothing
        if any(c.category == "strengthener" and c.phrase not in self.lex.cancelling_words
               and any((w,) in self.lex.negations for w in c.phrase)
               and (c.start in window or c.start == cue.end or c.end == cue.start
                    or (cue.category == "modal" and self._inverted_before(keys, c, cue))) for c in cues):
            return True
        if cue.category == "hedge" and cue.start:
            # a qualifier right after its modal ("No member shall be subject to arrest") takes
            # the negation a subject opened by "No" gives the modal
            # (after "be", as the verb's complement; one right after the modal, "Neither Party
            # shall, in principle, deploy", qualifies the ban itself)
            # (not a manner adverb, "No consent shall be unreasonably withheld", which qualifies the ban)
            modal = next((c for c in cues if c.category == "modal" and c.end == cue.start - 1 and keys[c.end] == "be"
                          and not keys[cue.start].endswith("ly")), None)
            if modal is not None and self.no_subject(keys, modal):
                return True
        return cue.category == "modal" and self.no_subject(keys, cue)

    def _inverted_before(self, keys: list[str], opener: _Cue, modal: _Cue) -> bool:
        """Does ``opener`` open the sentence that ``modal`` is the first modal of, with words of
        its own between ("At no time during a race meeting may spectators enter": the inversion
        puts the negation first)? No stop or semicolon between."""
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        if opener.end > modal.start or (opener.start and not any(
                ch in text[tokens[opener.start - 1].end:tokens[opener.start].start] for ch in ".;:")):
            return False
        # (the modal the first after the opener: asked first, it bounds what is read below)
        if next((c for c in cues if c.category == "modal" and c.start >= opener.end), None) is not modal or \
                any(ch in text[tokens[opener.start].end:tokens[modal.start].start] for ch in ".;:"):
            return False
        # (nor a bound the opener's "no" makes: "In no event later than 5 days …, the Supplier
        # shall notify" is "no later than", a deadline)
        if self._opens_a_bound(keys, opener):
            return False
        # (nor one with an exception of its own before the modal, "Under no circumstances other
        # than an emergency may": read as the exception rules read it)
        return not self._exception_word_from(keys, opener.end, modal.start)

    def double_negative(self, keys: list[str], negation: _Cue) -> bool:
        """Is the negation followed by a verb that negates its own complement ("shall not fail
        to disclose"; lexicon: negative_verbs)? The two cancel: a duty, not a prohibition."""
        return self.negative_verb_at(keys, negation.end)

    def negative_verb_at(self, keys: list[str], k: int) -> bool:
        """Does a verb that negates its complement ("fail to", "omits to"; lexicon:
        negative_verbs) start at word ``k``?"""
        return any(tuple(keys[k:k + len(p)]) == p for p in self.lex.negative_verbs)

    def negated_qualifier(self, keys: list[str], cue: _Cue) -> bool:
        """A qualifier within two words after a word that negates it ("without being subject
        to customs duties"; lexicon: qualifier_negators), no punctuation between."""
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        for k in range(max(0, cue.start - 2), cue.start):
            if keys[k] in self.lex.qualifier_negators and not any(
                    ch in text[tokens[k].end:tokens[cue.start].start] for ch in ",;:.()"):
                return True
        return False

    def no_subject(self, keys: list[str], modal: _Cue) -> bool:
        """A modal whose subject opens with "no" or "nothing" (lexicon: negative_subjects; "No
        Contracting State shall expel") is negated as "A Contracting State shall not expel" is:
        the word opens the clause (or follows "that"), and only words lie between it and the
        modal — commas too, in a list ("No tanks, artillery or aircraft shall"), but no stop."""
        tokens, text = (self.a, self.old_text) if keys is self.a_keys else (self.b, self.new_text)
        reach = int(self.lex.thresholds.get("negative_subject_reach", 16))
        for k in range(max(0, modal.start - reach), modal.start):
            # (or a conjunction that opens a clause after a comma, or after a clause with a modal
            # of its own: "…, and no open fires are permitted", "shall wear the kit and no other
            # logos may be displayed")
            if keys[k] not in self.lex.negative_subjects or not (
                    k == 0 or keys[k - 1] == "that" or text[tokens[k - 1].end:tokens[k].start].strip()
                    or (k > 1 and keys[k - 1] in ("and", "but") and (
                        text[tokens[k - 2].end:tokens[k - 1].start].strip()
                        or any(c.category == "modal" and c.end < k - 1 for c in (
                            self.old_cues if keys is self.a_keys else self.new_cues))))):
                continue
            if any(p[0] == keys[k] and tuple(keys[k:k + len(p)]) == p
                   for bounds in (self.lex.deadline_words, self.lex.floors) for p in bounds):
                # "No later than 30 days after …, the Officer shall", "No fewer than 20 staff
                # shall": a time limit or a minimum, no negated subject ("No more than 15 months
                # may elapse" is one: more may not)
                continue
            # (a word's own marks are no stop: "QC/4", "fire-resistant", "owner's")
            if any(text[tokens[j].end:tokens[j + 1].start].strip(" ,/-'’") for j in range(k, modal.start - 1)):
                continue
            if any(c.category == "modal" and k < c.start < modal.start
                   for c in (self.old_cues if keys is self.a_keys else self.new_cues)):
                continue  # (the "No" is another modal's: "No person shall board unless the bar can be lowered")
            # a comma only in a list: a conjunction after the last one ("No tanks, artillery or
            # aircraft shall"), not a clause before the subject ("If, after consultation, no
            # agreement is reached, the Chair shall")
            last = max((j + 1 for j in range(k, modal.start) if "," in text[tokens[j].end:tokens[j + 1].start]),
                       default=None)
            # (or an aside closed right before the modal: "No person, other than the owner, may")
            if last is None or last == modal.start or any((w,) in self.lex.conjunctions or (w,) in self.lex.negations
                                                          for w in keys[last:modal.start]):
                return True
        return False

    def covering(self, cues: list[_Cue], index: int, category: str) -> _Cue | None:
        return next((c for c in cues if c.category == category and c.start <= index < c.end), None)

    def descriptive(self, keys: list[str], cue: _Cue) -> bool:
        """A hedge word that qualifies no commitment: "subject to this Article" (a cross-
        reference: what the Article covers) or inside a relative clause ("persons who
        temporarily left")."""
        after = keys[cue.end:cue.end + 3]
        # (a reference: "this Article", "Schedule 3", "paragraph (b)"; not the verb "schedule")
        if (after[1:2] and after[0] in self.lex.determiners and after[1] in self.lex.reference_words) or any(
                after[i] in self.lex.reference_words and (i + 1 >= len(after) or _label(after[i + 1]))
                for i in range(min(2, len(after)))):
            return True  # ("pending on Article 9": one word may stand between)
        return any(w in self.lex.relative_words for w in keys[max(0, cue.start - 2):cue.start])

    def in_relative_clause(self, keys: list[str], cue: _Cue) -> bool:
        """Is the cue the verb of a relative clause ("a landlord who intends to"), or of the
        "as" clause after "such" ("such assistance as the other party may request", "such
        sums as the Tribunal may award"): what another party does, not the commitment?"""
        if any(w in self.lex.relative_words for w in keys[max(0, cue.start - 2):cue.start]):
            return True
        for k in range(cue.start - 1, max(0, cue.start - 7), -1):
            if keys[k] == "as":
                return "such" in keys[max(0, k - 4):k]
        return False

    def verb_after_to(self, keys: list[str], cue: _Cue) -> bool:
        """A one-word scope word that is a verb after "to" ("to complete transactions"), not the
        scope of anything."""
        return cue.category == "widener" and cue.end - cue.start == 1 and cue.start > 0 and keys[cue.start - 1] == "to" \
            and keys[cue.start] not in self.lex.quantifiers and cue.end < len(keys) and keys[cue.end] not in self.lex.light_words

    def attributive(self, keys: list[str], cue: _Cue) -> bool:
        """A one-word hedge between a determiner and its noun describes the noun ("the
        temporary administration", "all pending cases"), not how firmly something is promised.
        Phrases ("its reasonable efforts") are noun phrases of their own and keep their meaning;
        a strengthener on the object ("a full withdrawal") does strengthen the commitment."""
        # A scope word told of the thing, after "be" ("milk shall be whole and pasteurised"),
        # unless the other side tells another there ("shall be complete" / "shall be partial"
        # compares the two).
        other_cues, other_keys = (self.new_cues, self.b_keys) if keys is self.a_keys else (self.old_cues, self.a_keys)
        if cue.category in ("widener", "narrower") and cue.end - cue.start == 1 and cue.start > 0 and \
                keys[cue.start - 1] in ("be", "is", "are") and (cue.end == len(keys) or (keys[cue.end],) in self.lex.conjunctions) \
                and not any(c.category in ("widener", "narrower") and c.start and other_keys[c.start - 1] in ("be", "is", "are")
                            for c in other_cues):
            return True
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
            opening = next((p for p in self.lex.conjunctions if tuple(keys[lo:lo + len(p)]) == p), None)
            opens = opening is not None
            if opens and cue.start == lo and cue.phrase in self.lex.clause_qualifiers:
                return False  # the run opens with the qualifier itself ("or such longer period as …")
            if opens and cue.start == lo + len(opening) and cue.phrase in self.lex.clause_qualifiers:
                # "and provided that its resources permit": the run is the qualifier's own
                # clause (no punctuation sets the qualifier off from a new item after it)
                tokens, text = (self.b, self.new_text) if side == "new" else (self.a, self.old_text)
                if not any(ch in text[tokens[lo].start:tokens[hi - 1].end] for ch in ",;:.()"):
                    return False
            own = [w for k, w in enumerate(keys[lo:hi], lo)
                   if not (cue.start <= k < cue.end) and w not in self.lex_stop]
            return opens and len(own) >= 2
        return False


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
