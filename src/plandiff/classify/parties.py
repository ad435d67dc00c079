"""Who carries the obligation: names and party words replaced, dropped or added."""

from __future__ import annotations

from plandiff.classify.cues import _Cue
from plandiff.classify.evidence import PERMISSION, Evidence
from plandiff.classify.lexical import (
    _abbreviates,
    _roman_numeral,
    _same_word,
    _sentence_start,
    _stem,
    _word_synonyms,
)
from plandiff.classify.numbers import FREQUENCY_COUNTS
from plandiff.classify.words import _span
from plandiff.text import (
    Token,
    passive_follows,
)

_BE_ONLY = frozenset({"be"})  # after a modal, "be" is the only form of it


# the endings of a noun that names an act ("extradition", "withdrawal", "acceptance"; not
# "-ment": "Parliament", "Government" name parties)
_ACTION_NOUN_ENDINGS = ("ion", "ions", "al", "als", "ance", "ence", "ing")


# the endings that make a country's name its adjective ("Ukrainian", "Chinese", "Polish", "Israeli")
_DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "i")


def _demonym_of(name: str, adjective: str) -> bool:
    """Could ``adjective`` be the adjective of the one-word name ``name`` ("ukraine" /
    "ukrainian")? Another form of the same word with such an ending; the caller also asks
    that a noun follow it, as after an adjective ("Ukrainian territory")."""
    return " " not in name and " " not in adjective and len(adjective) > len(name) - 1 and \
        adjective != name and adjective.endswith(_DEMONYM_ENDINGS) and _same_word(name, adjective)


def _singular(word: str) -> str:
    """A word in the singular, crudely: "vehicles" → "vehicle" (only the number: "developed"
    and "developing" countries stay apart)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _shown_names(found, text: str) -> str:
    """The names as a reader knows them: words found one by one but standing side by side in
    the text ("United", "States") shown as one name ("United States")."""
    runs: list[list[int]] = []
    for s, e, _ in sorted(found):
        if runs and not text[runs[-1][1]:s].strip():
            runs[-1][1] = max(runs[-1][1], e)
        else:
            runs.append([s, e])
    return ", ".join(dict.fromkeys(text[s:e] for s, e in runs))


def _letter(shown: str) -> frozenset[str]:
    return frozenset({shown}) if len(shown) == 1 and shown.isupper() else frozenset()



def _gerund(word: str) -> bool:
    """A capitalised act opening its sentence ("Camping", "Fishing"): a word in -ing, lower
    case after its capital, long enough not to be a short name ("King")."""
    return word.endswith("ing") and len(word) > 5 and word[1:].islower()


class PartyRules:
    """Rules of :class:`plandiff.classify.pair._Pair`, one concern per module:
    who carries the obligation: names and party words replaced, dropped or added."""

    def names(self, tokens: list[Token], keys: list[str], cues: list[_Cue], kept: dict[int, int],
              text: str, facing: set[int]) -> dict[str, tuple[int, int, str]]:
        """Proper names and party words in the changed part of one text. ``facing``: indices
        of tokens replaced by a capitalised word on the other side ("European" → "NATO")."""
        found: dict[str, tuple[int, int, str]] = {}
        modal_starts = {c.start for c in cues if c.category == "modal"}
        # a qualifier that opens a sentence ("Apart from …", "Unless …") is no name
        qualifier_starts = {c.start for c in cues if c.category in ("hedge", "strengthener", "condition")}
        # a modal's own words ("Encourages", "Decides" opening a resolution's paragraph) are no name
        qualifier_starts |= {k for c in cues if c.category == "modal" for k in range(c.start, c.end)}
        mid_sentence_caps = None  # made when a capitalised sentence opener first needs it
        for k, t in enumerate(tokens):
            if k in kept or not t.text[:1].isupper() or t.text in self.lex.not_names or k in qualifier_starts:
                continue
            if t.end < len(text) and text[t.end] == "$":
                continue  # a currency prefix (US$), not a party
            if t.start and text[t.start - 1] == "°":
                continue  # a scale after a degree sign ("6°C"), not a party
            if len(t.text) == 3 and t.text.isupper() and t.text.isalpha() and (
                    (k + 1 < len(tokens) and tokens[k + 1].key[:1].isdigit()) or (k and tokens[k - 1].key[:1].isdigit())):
                continue  # a currency code against a figure ("USD 5 billion", "300 EUR"), not a party
            if _roman_numeral(t.text) and self._in_reference_list(keys, tokens, k):
                continue  # "Annex I", "Part IV", "Schedules II and III": a reference's label, not a party
            if k + 1 < len(tokens) and self.lex.currency_symbols.get(tokens[k + 1].key, "").isupper():
                continue  # "ten million US dollars": the currency's name, not a party
            opens = _sentence_start(text, t)
            if opens and (t.key in self.lex.light_words or t.key in self.lex.circumstance_openers or
                          t.key in self.lex.trigger_words or t.key in self.lex.wideners or t.key in FREQUENCY_COUNTS):
                continue  # "Once your account …", "Throughout the Concession Period, …": no name
            if opens:
                if mid_sentence_caps is None:
                    # capitalised first (cheap), then not opening a sentence
                    mid_sentence_caps = {u.key for j, u in enumerate(tokens)
                                         if j and u.text[:1].isupper() and not _sentence_start(text, u)}
                # (a gerund before the modal names an act, no one bound: "Camping is prohibited")
                gerund = _gerund(t.text)
                if not (t.key in mid_sentence_caps or ((k + 1 in modal_starts or k in facing) and not gerund)
                        or (len(t.text) > 1 and t.text.isupper())
                        or (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())):
                    continue  # a capitalised sentence opener, not a name
            key = t.key.removesuffix("'s")  # "Ukraine's" is still Ukraine
            found.setdefault(key, (t.start, t.end, t.text.removesuffix("'s")))
        for c in cues:
            if c.category == "party" and not all(x in kept for x in range(c.start, c.end)):
                s, e = _span(tokens, c.start, c.end)
                found.setdefault(" ".join(c.phrase), (s, e, text[s:e]))
        return found

    def _owner_swapped(self) -> bool:
        """A name in the possessive replaced in place by another ("mark each hive with the
        Beekeeper's registration number" → "with the Grower's block number"), as the clause's one
        change: what the commitment names now belongs to another party, a thing replaced
        (modified). Both capitalised, neither opening its sentence, no listed synonyms ("the
        Tenant's" / "the Lessee's"). Evidence added; True when it was."""
        edits = [op for op in self.opcodes if op[0] != "equal"]
        if len(edits) != 1:
            return False  # (the clause's one change: not a sentence rewritten around it)
        for tag, i1, i2, j1, j2 in edits:
            if tag != "replace" or i2 - i1 > 4 or j2 - j1 > 4:
                continue  # (a short run replaced in place)
            olds = [k for k in range(i1, i2) if self.a[k].text.endswith("'s") and self.a[k].text[:1].isupper()
                    and not _sentence_start(self.old_text, self.a[k])]
            news = [k for k in range(j1, j2) if self.b[k].text.endswith("'s") and self.b[k].text[:1].isupper()
                    and not _sentence_start(self.new_text, self.b[k])]
            if len(olds) != 1 or len(news) != 1 or olds[0] - i1 != news[0] - j1:
                continue
            a, b = self.a_keys[olds[0]].removesuffix("'s"), self.b_keys[news[0]].removesuffix("'s")
            if _same_word(a, b) or not _word_synonyms(a, self.lex).isdisjoint(_word_synonyms(b, self.lex)) or \
                    self.party_identity(a) == self.party_identity(b):
                continue
            shown_a, shown_b = self.a[olds[0]].text, self.b[news[0]].text
            self.evidence.append(Evidence("party", "modified", shown_a, shown_b,
                                          f"owner changed: {shown_a} → {shown_b}",
                                          _span(self.a, olds[0], olds[0] + 1), _span(self.b, news[0], news[0] + 1)))
            return True
        return False

    def parties(self) -> None:
        """Who carries the obligation: a name or party word replaced by another."""
        if self._owner_swapped():
            return
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
        addressed = self._addressed_side()
        if self._bearer_swapped(addressed is not None):
            return
        heads = self._subject_heads()
        if heads is not None and (self._roles_swapped(*heads) or self._short_subject_swapped(*heads)):
            return
        # (a name still on the other side in another number is no party gone: "Vehicles shall
        # not be parked" / "Parking a vehicle … is prohibited")
        # (the parts of a hyphenated word too: "Church-owned buildings" / "owned by the Church";
        # the word forms made only where a name is not found as it stands: mostly it is)
        old_all, new_all = set(self.a_keys), set(self.b_keys)
        gone = {k: v for k, v in old_names.items() if not set(k.split()) <= new_all}
        came = {k: v for k, v in new_names.items() if not set(k.split()) <= old_all}
        if gone or came:
            old_all |= {_singular(w) for k in self.a_keys for w in k.split("-")}
            new_all |= {_singular(w) for k in self.b_keys for w in k.split("-")}
            gone = {k: v for k, v in gone.items() if not all(_singular(w) in new_all for w in k.replace("-", " ").split())
                    and not self._verb_made_noun(k, v, self.old_text, self.b)}
            came = {k: v for k, v in came.items() if not all(_singular(w) in old_all for w in k.replace("-", " ").split())
                    and not self._verb_made_noun(k, v, self.new_text, self.a)}
        # The same party in another form: "Developed countries" and "Developed country Parties",
        # "both sides" and "the parties". A party is what is left after the generic party nouns
        # ("Parties", "countries", "sides") and function words, compared by stem.
        # (a lone capital letter is a label, "Investor A" / "Investor B", not the article "a")
        gone_ids = {k: self.party_identity(k) or _letter(v[2]) for k, v in gone.items()}
        came_ids = {k: self.party_identity(k) or _letter(v[2]) for k, v in came.items()}
        same = set(gone_ids.values()) & set(came_ids.values())
        if same:
            gone = {k: v for k, v in gone.items() if gone_ids[k] not in same}
            came = {k: v for k, v in came.items() if came_ids[k] not in same}
        # A country and its adjective ("in Ukraine" / "on Ukrainian territory") name one party.
        if gone and came:
            related = {(g, c) for g in gone for c in came
                       if (_demonym_of(g, c) and self._attributive(came[c], self.new_text)) or
                       (_demonym_of(c, g) and self._attributive(gone[g], self.old_text))}
            gone = {k: v for k, v in gone.items() if k not in {g for g, _ in related}}
            came = {k: v for k, v in came.items() if k not in {c for _, c in related}}
        # An acronym spelled out (or the reverse) is the same party: "CMA" and "Conference of the
        # Parties serving as the meeting of the Parties to the Paris Agreement".
        # (the changed words made only where a party came or went: mostly none did)
        old_changed = [t.text for k, t in enumerate(self.a) if k not in self.fwd] if came else []
        new_changed = [t.text for k, t in enumerate(self.b) if k not in self.back] if gone else []
        # (the first part of a hyphenated word too: "US-led efforts" / "led by the United States")
        if any(_abbreviates(v[2].split("-")[0], new_changed) for v in gone.values()):
            gone = {k: v for k, v in gone.items() if not _abbreviates(v[2].split("-")[0], new_changed)}
            came = {}
        if any(_abbreviates(v[2].split("-")[0], old_changed) for v in came.values()):
            came = {k: v for k, v in came.items() if not _abbreviates(v[2].split("-")[0], old_changed)}
            gone = {}
        if (gone or came) and addressed is not None:
            # the pronoun names the party the other side named ("Subscribers" / "You"); any
            # other name that came or went is still read
            pronouns = self.lex.addressed_pronouns
            if all(k in pronouns for k in (came if addressed == "new" else gone)):
                return  # the names that came on that side (if any) are pronouns only
            gone = {k: v for k, v in gone.items() if k not in pronouns}
            came = {k: v for k, v in came.items() if k not in pronouns}
        if gone and came:
            old_txt = _shown_names(gone.values(), self.old_text)
            new_txt = _shown_names(came.values(), self.new_text)
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

    def _attributive(self, found: tuple[int, int, str], text: str) -> bool:
        """Does a lower-case word that is no light word follow the name, as a noun after an
        adjective does ("Ukrainian territory"; not "paid to the Librarian.")?"""
        after = text[found[1]:found[1] + 30].split()
        word = after[0].strip(".,;:") if after else ""
        return word.isalpha() and word.islower() and word not in self.lex.light_words

    @staticmethod
    def _verb_made_noun(key: str, found: tuple[int, int, str], text: str, other: list[Token]) -> bool:
        """A word that opens its sentence and is another form of a word the other side writes
        in lower case ("Extradition shall be refused" / "shall not extradite"): the act named as
        a noun, no party."""
        if " " in key or not key.endswith(_ACTION_NOUN_ENDINGS) or \
                not _sentence_start(text, Token(found[2], found[0], found[1], key)):
            return False  # (an agent noun, "Importers" / "imported", still names a party)
        return any(t.text[:1].islower() and t.key != key and _same_word(key, t.key) for t in other)

    def _addressed_side(self) -> str | None:
        """The side ("old" or "new") that speaks to (or as) the parties in the first or second
        person where the other names them ("Subscribers are prohibited from reselling" / "You
        may not resell", "The Council will remove applicants" / "We will take you off"): a
        plain-language rewrite names the same parties (lexicon: addressed_pronouns). None where
        both sides or neither use such a pronoun: "we" turned "you" is a change of who is bound."""
        pronouns = self.lex.addressed_pronouns

        def uses(tokens: list[Token], keys: list[str]) -> bool:
            # (cheap first: most clauses hold no pronoun) "US" in capitals is the United States
            return not pronouns.isdisjoint(keys) and any(t.key in pronouns and t.text != "US" for t in tokens)
        old, new = uses(self.a, self.a_keys), uses(self.b, self.b_keys)
        return None if old == new else ("new" if new else "old")

    def _bearer_swapped(self, addressed: bool = False) -> bool:
        """The party right before the modal changed to another party ("The Processor shall
        maintain a record … on behalf of the Controller" → "The Controller shall maintain a
        record … by the Processor"): the obligation moved, though the clause may name both
        parties on both sides. Only an active modal: before a passive one ("Shared Data must be
        erased by the Recipient") stands what is acted on. Evidence added; True when it was."""
        # (cheap first: the capitalised words right before a modal, the only possible bearers,
        # are mostly the same on both sides)
        def before_modals(tokens, keys, cues):
            return {keys[c.start - 1] for c in cues if c.category == "modal" and c.start
                    and tokens[c.start - 1].text[:1].isupper()}
        old_words = before_modals(self.a, self.a_keys, self.old_cues)
        new_words = before_modals(self.b, self.b_keys, self.new_cues)
        if not old_words or not new_words or old_words == new_words:
            return False
        if self._grants_right(self.old_cues) != self._grants_right(self.new_cues):
            return False  # "The Club shall reimburse the Player" / "The Player is entitled to reimbursement by the Club"
        old = self._bearer(self.a, self.a_keys, self.old_cues)
        new = self._bearer(self.b, self.b_keys, self.new_cues) if old is not None else None
        if old is None or new is None:
            return False
        (old_ids, old_letter, old_span), (new_ids, new_letter, new_span) = old, new
        if old_letter and new_letter:
            swapped = old_letter != new_letter  # "Investor A" → "Investor B"
        else:
            swapped = old_ids.isdisjoint(new_ids)  # "Armed Forces of Ukraine" / "Ukrainian Armed Forces"
        old_txt = self.old_text[old_span[0]:old_span[1]]
        new_txt = self.new_text[new_span[0]:new_span[1]]
        if not swapped or _abbreviates(old_txt, [t.text for t in self.b]) or \
                _abbreviates(new_txt, [t.text for t in self.a]):
            return False  # the same party, or "NGOs" spelled out
        if addressed and (old_txt.lower() in self.lex.addressed_pronouns or new_txt.lower() in self.lex.addressed_pronouns):
            return False  # "Subscribers are prohibited" / "You may not": the party addressed
        if self._exhorted(self.b, self.b_keys, self.new_text, self.new_cues, old_txt) or \
                self._exhorted(self.a, self.a_keys, self.old_text, self.old_cues, new_txt):
            return False  # "The Secretary-General is requested to" / "The Assembly requests the Secretary-General to"
        self.evidence.append(Evidence("party", "modified", old_txt, new_txt,
                                      f"party changed: {old_txt} → {new_txt} now carries the obligation",
                                      old_span, new_span))
        return True

    def _exhorted(self, tokens: list[Token], keys: list[str], text: str, cues: list[_Cue], name: str) -> bool:
        """Does the name stand right after an exhortation of this side ("requests the
        Secretary-General to", "calls upon all States to"): the one exhorted, who carries the
        commitment as the subject of the passive form does ("The Secretary-General is requested
        to")?"""
        modal = self._commitment_modal(keys, cues)
        if modal is None or modal.strength > PERMISSION or modal.end >= len(tokens):
            return False
        after = text[tokens[modal.end].start:].lower()
        name = name.lower()
        return any(after.startswith(f"{lead}{name}") and not after[len(lead) + len(name):][:1].isalnum()
                   for lead in ("", "the ", "all "))

    def _exhorts_other(self, tokens: list[Token], keys: list[str], modal: _Cue, other_keys: list[str]) -> bool:
        """Is the modal an exhortation of someone named right after it ("calls upon Member
        States to") whom the other side names too: the one exhorted carries the commitment, not
        the one who exhorts?"""
        if modal.strength > PERMISSION or modal.end >= len(tokens):
            return False
        k = modal.end + (1 if keys[modal.end] in ("the", "all") else 0)
        return k < len(tokens) and tokens[k].text[:1].isupper() and keys[k] in other_keys

    def _subject_heads(self) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
        """The subject heads of the two sides' one active commitment (see _subject_head), where
        they differ, or None: what the roles-swapped and short-subject rules both read."""
        # (cheap first: the words right before the modals are mostly the same on both sides)
        before_old = {self.a_keys[c.start - 1] for c in self.old_cues if c.category == "modal" and c.start}
        before_new = {self.b_keys[c.start - 1] for c in self.new_cues if c.category == "modal" and c.start}
        if not before_old or not before_new or before_old == before_new:
            return None
        old = self._subject_head(self.a, self.a_keys, self.old_cues)
        new = self._subject_head(self.b, self.b_keys, self.new_cues) if old is not None else None
        if old is None or new is None or _same_word(old[0], new[0]):
            return None
        return old, new

    def _roles_swapped(self, old: tuple[str, int, int], new: tuple[str, int, int]) -> bool:
        """The subject of the one active commitment and a word after its modal traded places
        ("The Minister shall appoint … after consulting the committee" → "The committee shall
        appoint … after consulting the Minister"): the same words, another party bound. Both
        modals active (a passive turns the object into the subject and keeps the party), the
        same verb after both, and each subject's head, a content word, standing after the
        other side's modal (``old``, ``new``: the subject heads, see _subject_heads). Evidence
        added; True when it was."""
        # the same act on both sides ("shall appoint" / "shall appoint"): a converse verb
        # ("shall give notice" / "shall receive notice") names the same party from the other end
        if not self._same_act_after(old[1], new[1]):
            return False
        if not (any(_same_word(old[0], w) for w in self.b_keys[new[1]:]) and
                any(_same_word(new[0], w) for w in self.a_keys[old[1]:])):
            return False
        if not _word_synonyms(old[0], self.lex).isdisjoint(_word_synonyms(new[0], self.lex)):
            return False
        old_span = _span(self.a, old[2], old[2] + 1)
        new_span = _span(self.b, new[2], new[2] + 1)
        old_txt, new_txt = self.old_text[old_span[0]:old_span[1]], self.new_text[new_span[0]:new_span[1]]
        self.evidence.append(Evidence("party", "modified", old_txt, new_txt,
                                      f"party changed: {old_txt} → {new_txt} now carries the obligation (roles swapped)",
                                      old_span, new_span))
        return True

    def _short_subject_swapped(self, old: tuple[str, int, int], new: tuple[str, int, int]) -> bool:
        """A short subject that opens the clause, before its one active commitment, replaced by
        another with the same act after the modal ("The shipowner shall bear the cost" → "The
        flag State shall bear the cost", "The controller shall inform" → "The processor shall
        inform"): another party bound, capitalised or not. Neither head may stand in the other
        side's subject, and the two are no synonyms or forms of one word (``old``, ``new``: the
        subject heads, see _subject_heads). Evidence added; True when it was."""
        limit = int(self.lex.thresholds.get("short_subject_words", 3))
        if old[2] >= limit or new[2] >= limit:
            return False  # (a long subject's last word before the modal need not be its head)
        if old[0] in self.lex.reference_words or new[0] in self.lex.reference_words or \
                any(w in self.lex.anaphoric_determiners for w in self.a_keys[:old[2]] + self.b_keys[:new[2]]):
            return False  # "This paragraph shall apply" → "This provision …": the text itself, no party
        # (by identity, as parties are: "Developed countries" / "Developed country Parties" is one)
        old_id = frozenset().union(*(self.party_identity(w.removesuffix("'s")) for w in self.a_keys[:old[2] + 1]))
        new_id = frozenset().union(*(self.party_identity(w.removesuffix("'s")) for w in self.b_keys[:new[2] + 1]))
        if not old_id or not new_id or not old_id.isdisjoint(new_id):
            return False
        if not self._same_act_after(old[1], new[1]):
            return False
        # (neither head in the other's subject, read alike both ways: "The employer shall bear
        # the cost of the worker's airfare" → "The worker shall bear …" names the worker later on
        # both sides, as object; "Ukraine will" → "Ukraine's government will" keeps the party)
        if any(w.removesuffix("'s") == old[0] for w in self.b_keys[:new[2] + 1]) or \
                any(w.removesuffix("'s") == new[0] for w in self.a_keys[:old[2] + 1]) or \
                not _word_synonyms(old[0], self.lex).isdisjoint(_word_synonyms(new[0], self.lex)):
            return False
        if _abbreviates(self.a[old[2]].text, [t.text for t in self.b[:new[2] + 1]]) or \
                _abbreviates(self.b[new[2]].text, [t.text for t in self.a[:old[2] + 1]]):
            return False  # "NGOs" spelled out
        old_span = _span(self.a, 0, old[2] + 1)
        new_span = _span(self.b, 0, new[2] + 1)
        old_txt, new_txt = self.old_text[old_span[0]:old_span[1]], self.new_text[new_span[0]:new_span[1]]
        self.evidence.append(Evidence("party", "modified", old_txt, new_txt,
                                      f"party changed: {old_txt} → {new_txt} now carries the obligation",
                                      old_span, new_span))
        return True

    def _same_act_after(self, old_end: int, new_end: int) -> bool:
        """Is the first word of substance after each side's modal (ending at these indices)
        the same verb, by stem?"""
        verb_old = next((w for w in self.a_keys[old_end:] if w not in self.lex.light_words), None)
        verb_new = next((w for w in self.b_keys[new_end:] if w not in self.lex.light_words), None)
        return verb_old is not None and verb_new is not None and _stem(verb_old) == _stem(verb_new)

    def _subject_head(self, tokens: list[Token], keys: list[str], cues: list[_Cue]) -> tuple[str, int, int] | None:
        """(head word, index after the modal, head index) of the subject of a clause's one
        active commitment: the content word right before its modal, or None."""
        modal = self._commitment_modal(keys, cues)
        if modal is None:
            return None
        if modal.phrase[-1] == "be" or "be" in keys[modal.end:modal.end + 3]:
            # "shall be repaid by", "are to be published by", "may not be used by": passive
            # (or a copula)
            return None
        head = keys[modal.start - 1].removesuffix("'s")
        if not head.isalpha() or len(head) < 3 or head in self.lex.light_words or head in self.lex.addressed_pronouns \
                or any(c.category != "party" and c.start <= modal.start - 1 < c.end for c in cues):
            return None
        return head, modal.end, modal.start - 1

    def _text_of(self, keys: list[str]) -> str:
        return self.old_text if keys is self.a_keys else self.new_text

    def _commitment_modal(self, keys: list[str], cues: list[_Cue]) -> _Cue | None:
        """The clause's one commitment modal, not one inside a condition or exception ("Unless
        the Buyer may otherwise direct, the Supplier shall deliver"), and not opening the text;
        None where there are several (each may keep its party when reordered) or none."""
        modals = [c for c in cues if c.category == "modal"]
        if len(modals) > 1:
            modals = [c for c in modals if not self.in_condition(keys, c) and not self.in_clause_qualifier(keys, c)]
        return modals[0] if len(modals) == 1 and modals[0].start else None

    def _bearer(self, tokens: list[Token], keys: list[str], cues: list[_Cue]):
        """(identity, letter, span) of the name right before the commitment's active modal:
        the run of capitalised words (with "of", "the" inside) that ends there, its party
        identity, and a closing capital letter that labels it ("Investor A"), if any."""
        if not any(c.category == "modal" and c.start and tokens[c.start - 1].text[:1].isupper() for c in cues):
            return None  # (cheap first: no name right before any modal)
        modal = self._commitment_modal(keys, cues)
        if modal is None:
            return None
        # passive ("shall not be unreasonably withheld"), but not "shall be entitled to", "shall
        # be required to": a modal phrase of its own
        if self._passive_subject(keys, cues, modal):
            return None
        last = modal.start - 1
        t = tokens[last]
        if not t.text[:1].isupper() or (last and keys[last - 1] in self.lex.reference_words) or \
                (_roman_numeral(t.text) and self._in_reference_list(keys, tokens, last)):
            return None  # a common noun, or "Parties included in Annex I shall": a reference's label
        first = last
        while first > 0 and (tokens[first - 1].text[:1].isupper() or
                             (keys[first - 1] in ("of", "the") and first > 1 and tokens[first - 2].text[:1].isupper())):
            first -= 1
        if first > 0 and not any(ch in self._text_of(keys)[tokens[first - 1].end:tokens[first].start] for ch in ".;:"):
            return None  # the name must be the whole subject, opening its sentence ("The CMA shall")
        run = keys[first:last + 1]
        if first == last and _gerund(t.text):
            return None  # "Fishing is prohibited": an act named, no one bound by name
        letter = t.text if _letter(t.text) and first < last else ""
        lex = self.lex
        ids = frozenset(w for k in run if k not in lex.determiners and (k,) not in lex.negations
                        and k not in lex.quantifiers and k not in lex.negative_subjects
                        for w in self.party_identity(k.removesuffix("'s")))
        if not ids and not letter:
            return None
        return ids, letter, (tokens[first].start, t.end)

    def _lone_party(self, names: dict, cues: list[_Cue], tokens: list[Token], other_keys: list[str],
                    side: str) -> None:
        keys = self.a_keys if tokens is self.a else self.b_keys
        modal_starts = {c.start: c for c in cues if c.category == "modal"}
        ends = {t.end: k for k, t in enumerate(tokens)}
        other = None  # the other side's words, singular or plural alike ("Agency" / "the Agencies")
        for key, (s, e, shown) in names.items():
            k = ends.get(e)
            ident = self.party_identity(key)
            # (not the verb of an exception's own clause: "or such longer period as the
            # Authority may allow" binds no Authority)
            before_modal = k is not None and k + 1 in modal_starts and not self.in_clause_qualifier(keys, modal_starts[k + 1])
            if before_modal and " " not in shown and _sentence_start(self._text_of(keys), tokens[k]) and \
                    self._passive_subject(keys, cues, modal_starts[k + 1]):
                # "Payment shall be made within 30 days": a common noun capitalised where its
                # sentence opens, what is acted on, no one bound ("the Kinburn Spit will be
                # demilitarised" names a place the commitment now covers)
                continue
            if k is not None and (before_modal or self.passive_agent(tokens, cues, k)) and len(shown) > 1 and ident:
                if other is None:
                    other = {w.removesuffix("'s") for w in other_keys}
                    other |= {u for w in other for u in self.party_identity(w)}
                if not ident.isdisjoint(other):
                    continue
                if key in self.lex.addressed_pronouns and any(
                        not _word_synonyms(key, self.lex).isdisjoint(_word_synonyms(w, self.lex)) for w in other_keys
                        if w in self.lex.addressed_pronouns):
                    continue  # "We will delete" / "will be deleted by us": one party, another case
                if before_modal and self._exhorts_other(tokens, keys, modal_starts[k + 1], other_keys):
                    continue  # "The Council calls upon Member States to" / "Member States are called upon to"
                if before_modal and self._forbids(keys, modal_starts[k + 1]) and self._agentless_passive(other_keys):
                    continue  # "Hirers shall not take canoes" / "Canoes shall not be taken": a ban on anyone
                other_cues = self.new_cues if side == "old" else self.old_cues
                if before_modal and not any(c.category in ("modal", "party") for c in other_cues):
                    continue  # "The balance is due 14 days before" / "Students must pay the balance": a payer named
                    # where the other side states no commitment and names no one
                if side == "old":
                    self.evidence.append(Evidence("party", "modified", shown, None,
                                                  f"party dropped: {shown} no longer carries the obligation", (s, e), None))
                else:
                    self.evidence.append(Evidence("party", "modified", None, shown,
                                                  f"party added: {shown} now carries the obligation", None, (s, e)))
                break

    def _forbids(self, keys: list[str], modal: _Cue) -> bool:
        """Does the modal forbid: a ban ("shall not take") or a permission restricted to a case
        ("may take … only if"), which forbids every other?"""
        return (self.negated(keys, modal) and self.prohibits(keys, modal)) or \
            self.restricted_permission(keys, modal) is not None

    def _agentless_passive(self, keys: list[str]) -> bool:
        """Is the side's one commitment a ban (or restricted permission) told in the passive with
        no agent ("Canoes may be taken beyond the weir only if …", no "by" after it)? Then it
        forbids the act to anyone, the party the other side names among them. (A duty told so,
        "Support shall be provided", no longer says who must act.)"""
        cues = self.old_cues if keys is self.a_keys else self.new_cues
        modal = self._commitment_modal(keys, cues)
        return modal is not None and self._passive_subject(keys, cues, modal) and "by" not in keys[modal.end:] and \
            self._forbids(keys, modal)

    def _passive_subject(self, keys: list[str], cues: list[_Cue], modal: _Cue) -> bool:
        """Is the modal a passive one ("shall be made", "must be paid"), whose subject is what
        the commitment acts on? Not a modal phrase chained to it ("shall be required to")."""
        chained = any(c.category == "modal" and modal.end <= c.start <= modal.end + 1 for c in cues)
        return not chained and passive_follows(keys[modal.end:modal.end + 6], self.lex.participles, _BE_ONLY)

    @staticmethod
    def passive_agent(tokens: list[Token], cues: list[_Cue], k: int) -> bool:
        """Is the name ending at word ``k`` the agent of a passive commitment ("the presiding
        arbitrator shall be appointed by the Secretary-General of the Court")? "by", the
        name's phrase right after it (no punctuation), and a modal, "be" and a participle
        before "by": the party that carries the obligation ("schools operated by UNICEF" is
        no commitment of UNICEF's)."""
        modal_ends = {c.end for c in cues if c.category == "modal"}
        for b in range(k - 1, max(-1, k - 8), -1):
            if tokens[b].key == "by":
                verb = b - 1
                return verb >= 2 and tokens[verb].key.endswith(("ed", "en")) and tokens[verb - 1].key == "be" \
                    and verb - 1 in modal_ends
            if not tokens[b].text[:1].isalpha():
                return False
        return False

    def party_identity(self, name: str) -> frozenset[str]:
        # singular and plural only: "developed" and "developing" countries are different parties
        return frozenset(w[:-3] + "y" if w.endswith("ies") else w.removesuffix("s") for w in name.split()
                         if w not in self.lex.party_nouns and w not in self.lex.light_words)
