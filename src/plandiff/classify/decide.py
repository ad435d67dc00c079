"""The verdict: which evidence decides, and how (see the package docstring)."""

from __future__ import annotations

from plandiff.classify.evidence import BEST_EFFORTS, WEAK_KINDS, Evidence, Verdict, spans_overlap
from plandiff.classify.pair import _Pair
from plandiff.classify.words import word_diff
from plandiff.lexicon import Lexicon
from plandiff.text import (
    normalize,
)


def _item_against(pair: _Pair, old_text: str, new_text: str, lex: Lexicon, id_map, direction: str) -> Evidence | None:
    """An item added to a list in a clause that softened, or dropped from one that hardened
    (read both ways, like the content rule, so the verdict mirrors). Not an item that holds
    the words of the direction itself ("… and may charge a fee": the permission is the item)."""
    found = _item_against_uncut(pair, direction)
    directional = [e for e in pair.evidence if e.effect == direction]
    if found is not None and any(spans_overlap(found.old_span, e.old_span) or spans_overlap(found.new_span, e.new_span)
                                 for e in directional):
        return None
    if found is not None and _qualifier_words(pair, found, directional):
        return None
    return found


def _qualifier_words(pair: _Pair, item: Evidence, directional: list[Evidence]) -> bool:
    """Are the item's words a qualifier's own: opened by a word of condition or deduction
    ("where cost-effective", "less administrative costs"; lexicon: condition_words,
    condition_synonyms, deduction_words), or standing in the clause a qualifier that points the
    clause's way opens ("subject to its constitutional obligations regarding searches and
    seizures")? Then they are that qualifier's detail, no item against it."""
    lex = pair.lex
    words = (item.new or item.old or "").lower().split()
    if words and (words[0] in lex.condition_words or words[0] in lex.condition_synonyms
                  or any(d[0] == words[0] for d in lex.deduction_words)):
        return True
    added = item.new_span is not None
    span, text = (item.new_span, pair.new_text) if added else (item.old_span, pair.old_text)
    for e in directional:
        if e.kind not in WEAK_KINDS:
            continue
        q = e.new_span if added else e.old_span
        # (not past a qualifier set off by commas, "shall, as far as possible, exempt officers and
        # members of their families": the aside closed before the item)
        aside = q is not None and text[:q[0]].rstrip().endswith(",") and text[q[1]:].lstrip().startswith(",")
        # (nor past the commitment's own modal: "Where practicable, officials shall not
        # communicate with club officials or players", the item is the ban's)
        tokens, cues = (pair.b, pair.new_cues) if added else (pair.a, pair.old_cues)
        past_modal = q is not None and span is not None and e.kind in ("hedge", "condition") and any(
            c.category == "modal" and q[1] <= tokens[c.start].start and tokens[c.end - 1].end <= span[0] for c in cues)
        if q is not None and span is not None and q[0] <= span[0] and not aside and not past_modal and \
                not any(ch in text[q[0]:span[0]] for ch in ";."):
            return True
    return False


def _item_against_uncut(pair: _Pair, direction: str) -> Evidence | None:
    want = "item added:" if direction == "softened" else "item removed:"
    change = pair.content_change()
    if change is not None and change.message.startswith(want):
        return change
    if change is not None and _alternative(pair, change, direction):
        return change
    if not pair.unmatched:
        return None  # no content word without a counterpart: none the other way round either
    change = pair.mirrored().content_change()
    mirrored = "item removed:" if want == "item added:" else "item added:"
    if change is not None and change.message.startswith(mirrored):
        return Evidence("content", "modified", change.new, change.old, change.message.replace(mirrored, want, 1),
                        change.new_span, change.old_span)
    return None


def _alternative(pair: _Pair, change: Evidence, direction: str) -> bool:
    """An alternative ("or a valid certificate of vaccination"; lexicon:
    alternative_conjunctions) added to what a binding duty asks offers another way to comply
    (softer), dropped it leaves fewer (harder): against a direction the other way."""
    added = change.message.startswith("item added:")
    if added != (direction == "hardened") or not (change.message.startswith(("item added:", "item removed:"))):
        return False
    item = (change.new if added else change.old) or ""
    words = item.lower().split()
    if not any(tuple(words[:len(p)]) == p for p in pair.lex.alternative_conjunctions):
        return False
    keys, cues, tokens = (pair.b_keys, pair.new_cues, pair.b) if added else (pair.a_keys, pair.old_cues, pair.a)
    span = change.new_span if added else change.old_span
    # (the modals before the item: what it is an alternative in; a modal-like word after it
    # is another's, "within 10 days of the written request")
    modals = [c for c in cues if c.category == "modal" and (span is None or tokens[c.start].start < span[0])]
    # (not a describing word joined in a quantified noun phrase: "shall disclose any financial
    # or personal interest" names more interests covered, no other way to comply)
    lo = next((k for k, t in enumerate(tokens) if span is not None and t.start >= span[0]), None)
    text = pair.new_text if added else pair.old_text
    if lo is not None and any(keys[p] in pair.lex.quantifiers for p in range(max(0, lo - 3), lo)) and \
            not any(ch in text[tokens[max(0, lo - 3)].start:span[0]] for ch in ",;:"):
        return False
    return bool(modals) and all(c.strength >= pair.binding
                                and not pair.negated(keys, c) for c in modals)


def _list_item(pair: _Pair) -> Evidence | None:
    """An item added to or dropped from what a duty or prohibition covers (read both ways,
    like the content rule, so the verdict mirrors)."""
    if not any(c.category == "modal" and pair.binds_or_bans(keys, c)
               for keys, cues in ((pair.a_keys, pair.old_cues), (pair.b_keys, pair.new_cues)) for c in cues) and \
            pair.lex.application_verbs.isdisjoint(pair.a_keys) and pair.lex.application_verbs.isdisjoint(pair.b_keys):
        return None  # no duty on either side, nor a rule's field: nothing to read (and no diff to redo)
    found = pair.list_item_direction()
    if found is not None:
        return found
    if not pair.unmatched:
        return None  # no content word without a counterpart: no item the other way round either
    back = pair.mirrored().list_item_direction()
    if back is None:
        return None
    flip = {"softened": "hardened", "hardened": "softened"}
    message = back.message.replace(back.effect, flip[back.effect], 1).replace(
        "added to", "dropped from") if back.effect == "hardened" else \
        back.message.replace(back.effect, flip[back.effect], 1).replace("dropped from", "added to")
    return Evidence("content", flip[back.effect], back.new, back.old, message, back.new_span, back.old_span)


def _phase_in_cue(e: Evidence, lex: Lexicon) -> bool:
    """Is the evidence a hedge of a phase-in that came or went (lexicon: gradual_words)?"""
    if e.kind != "hedge" or e.effect not in ("softened", "hardened"):
        return False
    return tuple(((e.new if e.effect == "softened" else e.old) or "").lower().split()) in lex.gradual_words


def _phase_in(pair: _Pair, lex: Lexicon) -> None:
    """A phase-in that came ("progressively", "in stages"; lexicon: gradual_words) brings its
    period or end date along ("in stages, to be completed by 1 July 2027", "progressively over
    ten years"): a figure or deadline that came or changed with it is the phase-in's, shown but
    no signal of its own; the phase-in decides. Read the other way round when one went."""
    phase = next((e for e in pair.evidence if _phase_in_cue(e, lex)), None)
    if phase is None:
        return
    came = phase.effect == "softened"
    against = {"hardened", "modified"} if came else {"softened", "modified"}
    # (a deadline set where the other side set no time at all is a deadline still: "shall
    # decommission the plant" → "shall gradually decommission it by 2030" moved both ways)
    other_timed = bool(pair._numbers(pair.old_text, pair.a) if came else pair._numbers(pair.new_text, pair.b))

    def the_phases(e: Evidence) -> bool:
        if e.kind not in ("deadline", "number") or e.effect not in against:
            return False
        mine, theirs = (e.new, e.old) if came else (e.old, e.new)
        if mine is None:
            return False  # on the side the phase-in is not: no period of it
        # (a figure that came (or went) with the phase-in alone; one changed is its period)
        return theirs is not None or other_timed or e.kind == "number"
    pair.evidence = [e._replace(effect="neutral", message=f"{e.message} (the period of the phase-in)")
                     if the_phases(e) else e for e in pair.evidence]


def _figure_narrows_set(pair: _Pair) -> None:
    """A whole-set word that went ("all public buildings" → "public buildings constructed after
    1 January 2030") with a figure that came in a modifier of the same noun: the figure says
    which part of the set is still covered, part of the narrowing, no number of its own (read
    the other way round when the word came and the figure went)."""
    scope = [e for e in pair.evidence if e.kind == "scope" and e.effect in ("softened", "hardened")
             and (e.old is None) != (e.new is None)]
    if len(scope) != 1:
        return
    went = scope[0].old is not None  # "all" removed: the figure came on the new side
    span = scope[0].old_span if went else scope[0].new_span
    keys, tokens = (pair.a_keys, pair.a) if went else (pair.b_keys, pair.b)
    other_keys, other_tokens, other_text = (pair.b_keys, pair.b, pair.new_text) if went else \
        (pair.a_keys, pair.a, pair.old_text)
    k = next((i for i, t in enumerate(tokens) if t.start >= span[1]), None)
    if k is None or k >= len(keys):
        return
    noun = keys[k] if keys[k] not in pair.lex.light_words else None
    starts = [i for i, w in enumerate(other_keys) if noun is not None and w == noun]

    def in_modifier(e: Evidence) -> bool:
        fig = e.new_span if went else e.old_span
        if fig is None or (e.old is None) == (e.new is None) or (e.new is None) == went:
            return False
        if e.kind == "deadline":
            # (a date after a participle describes the thing: "units built before 1990")
            k = next((i for i, t in enumerate(other_tokens) if t.start >= fig[0]), None)
            before = other_keys[k - 2] if k is not None and k >= 2 else ""
            if not (before.endswith("ed") or before in pair.lex.participles):
                return False
        elif e.kind != "number" or e.effect != "modified":
            return False
        for q in starts:
            # the figure after the noun, within its modifier: a dozen words, no punctuation
            end = other_tokens[min(len(other_tokens) - 1, q + 12)].end
            if other_tokens[q].end <= fig[0] < end and not any(
                    ch in other_text[other_tokens[q].end:fig[0]] for ch in ",;:."):
                return True
        return False
    pair.evidence = [e._replace(effect="neutral", message=e.message.removeprefix(f"{e.effect}: ") +
                                " (which part of the set is covered)")
                     if in_modifier(e) else e for e in pair.evidence]


def _in_commitment(pair: _Pair, e: Evidence) -> bool:
    """Does the evidence's text stand in the stretch of its sentence (between punctuation)
    that holds the commitment's modal, rather than in a citation set off by commas?"""
    old = e.old_span is not None
    span = e.old_span if old else e.new_span
    text, tokens, cues = (pair.old_text, pair.a, pair.old_cues) if old else (pair.new_text, pair.b, pair.new_cues)
    if span is None:
        return False
    start = max(text.rfind(ch, 0, span[0]) for ch in ",;:") + 1
    ends = [i for i in (text.find(ch, span[1]) for ch in ",;:") if i >= 0]
    end = min(ends) if ends else len(text)
    return any(c.category == "modal" and start <= tokens[c.start].start < end for c in cues)


def _duty_from_discretion(pair: _Pair, deciding: list[Evidence]) -> str | None:
    """The direction of a modal that leapt from discretion or best efforts (at most
    BEST_EFFORTS) to a binding duty (lexicon: list_item_min_strength), or back, where all that
    points the other way is a hedge or condition on the binding side; None otherwise."""
    modal = [e for e in deciding if e.kind == "modal" and not e.weak and e.effect in ("softened", "hardened")]
    if len({e.effect for e in modal}) != 1:
        return None
    direction = modal[0].effect
    against = [e for e in deciding if e.effect not in (direction, "neutral")]
    if not against or any(e.kind not in ("hedge", "condition") for e in against):
        return None
    # (not a qualifier that gives the discretion back: "shall order … if it so decides", "shall,
    # where it considers appropriate, order"; lexicon: discretion_words)
    said = " ".join((e.new or "") + " " + (e.old or "") + " " + e.message for e in against).lower().split()
    if not pair.lex.discretion_words.isdisjoint(w.strip(".,;:()'") for w in said):
        return None
    binding = pair.binding

    def strongest(keys, cues) -> int:
        return max((c.strength for c in cues if c.category == "modal" and not pair.negated(keys, c)), default=0)

    def granted(cues) -> bool:
        # a right given by a binding phrase ("shall be allowed to"): a duty of another, no discretion
        return any(c.category == "modal" and pair.granted_by_duty(c) for c in cues)
    old, new = strongest(pair.a_keys, pair.old_cues), strongest(pair.b_keys, pair.new_cues)
    weak, strong = (old, new) if direction == "hardened" else (new, old)
    if granted(pair.old_cues if direction == "hardened" else pair.new_cues):
        return None
    return direction if weak <= BEST_EFFORTS and strong >= binding else None


def _names_the_quantified(pair: _Pair, cue: Evidence, change: Evidence) -> bool:
    """Is the replacement the noun phrase a scope word that came or went quantified ("All
    shipments of live specimens" → "Shipments of live primates and birds", "all research
    outputs" → "peer-reviewed journal articles")? Then it says which of them the clause now
    covers: the narrowing (or widening) itself, no second change. It starts within
    scope_phrase_reach words after the scope word, on the scope word's side, with no
    punctuation between, or takes the scope word with it."""
    if cue.kind != "scope":
        return False
    removed = cue.old_span is not None and cue.new_span is None
    scope_span, change_span = (cue.old_span, change.old_span) if removed else (cue.new_span, change.new_span)
    if scope_span is None or change_span is None:
        return False
    text = pair.old_text if removed else pair.new_text
    word = text[scope_span[0]:scope_span[1]].lower()
    if word not in pair.lex.quantifiers and word not in pair.lex.whole_words:
        return False  # (a quantifier of the whole: "all", "every"; not "remaining", "certain")
    # (what leads to the noun phrase is kept: "conditional on the release of all political
    # prisoners" → "on the holding of free elections" replaced the condition, not its scope)
    tokens, kept = (pair.a, pair.fwd) if removed else (pair.b, pair.back)
    at = next((k for k, t in enumerate(tokens) if t.start == scope_span[0]), None)
    if at is None or any(k not in kept for k in range(max(0, at - 2), at)):
        return False
    if change_span[0] == scope_span[0]:
        return True  # "all film equipment" → "camera and lighting equipment"
    between = text[scope_span[1]:change_span[0]]
    reach = int(pair.lex.thresholds.get("scope_phrase_reach", 4))
    return change_span[0] >= scope_span[1] and not any(ch in between for ch in ",;:.()") and \
        len(between.split()) <= reach


def _replaced_beside(pair: _Pair, deciding: list[Evidence]) -> Evidence | None:
    """A content word replaced in a kept sentence, away from the words that carry the
    direction ("on up to five devices for personal, non-commercial purposes" → "on up to ten
    devices for internal business purposes"): the clause says something else beside the
    changed bound, so no one direction. Only beside a bound or deadline (a figure that moved):
    a modal that moved often takes its object along, the same way ("will receive a guarantee"
    → "may receive support"). A replacement that overlaps the direction's own words ("by 15
    March" → "by 30 April") is that change itself. Where the word diff finds no such
    replacement, words swapped elsewhere still count (_swapped_beside)."""
    directional = [e for e in deciding if e.effect in ("softened", "hardened")]
    if any(e.kind not in ("cap", "floor", "deadline") for e in directional):
        return None
    if pair.ratio < pair.lex.thresholds.get("content_min_ratio", 0.65):
        return _swapped_beside(pair)
    change = pair.content_change()
    if change is not None and (change.old is None or change.new is None):
        change = None
    if change is None and pair.unmatched:
        back = pair.mirrored().content_change()
        if back is not None and back.old is not None and back.new is not None:
            change = Evidence("content", "modified", back.new, back.old,
                              f"content replaced: '{back.new}' → '{back.old}' (no synonym or other form of it)",
                              back.new_span, back.old_span)
    if change is None:
        return _swapped_beside(pair)
    if any(spans_overlap(change.old_span, e.old_span) or spans_overlap(change.new_span, e.new_span) for e in directional):
        return None
    return change


def _swapped_beside(pair: _Pair) -> Evidence | None:
    """Content words lost and others gained away from the changed bound or deadline (words
    with no trace on the other side, outside the diff runs that hold any evidence): "within 12
    months, supervised by the United Nations" → "within 6 months, supervised by a national
    electoral commission". The clause changed something else too, in words no cue reads, so
    the bound gives no one direction. Read where the word diff finds no head word replaced (a
    restructured sentence, or words lost in one run and gained in another). The subject, before
    the commitment's modal, is left to the party rules (an acronym spelled out is the same
    name as well)."""
    gone, came = pair.untraced_outside([e.old_span for e in pair.evidence if e.old_span],
                                       [e.new_span for e in pair.evidence if e.new_span])

    def after_modal(cues, words: list[int]) -> list[int]:
        start = min((c.start for c in cues if c.category == "modal"), default=0)
        return [k for k in words if k >= start]
    gone, came = after_modal(pair.old_cues, gone), after_modal(pair.new_cues, came)
    if not gone or not came:
        return None
    old, new = " ".join(pair.a[k].text for k in gone), " ".join(pair.b[k].text for k in came)
    return Evidence("content", "modified", old, new,
                    f"content replaced beside the change: '{old}' → '{new}' (no synonym or other form of it)",
                    (pair.a[gone[0]].start, pair.a[gone[-1]].end), (pair.b[came[0]].start, pair.b[came[-1]].end))


def _content_change_both_ways(pair: _Pair) -> Evidence | None:
    """A content word replaced, or a list item added or dropped, read old → new and then new →
    old: the word diff aligns the two directions a little differently (which words form one
    replaced run), and reading both keeps the verdict the mirror of the swapped pair's."""
    change = pair.content_change()
    if change is not None or not pair.unmatched:
        return change
    back = pair.mirrored().content_change()
    if back is None:
        return None
    message = back.message.replace("item added:", "item removed:", 1) if back.new is not None and \
        back.old is None else back.message.replace("item removed:", "item added:", 1)
    if back.old is not None and back.new is not None:
        message = f"content replaced: '{back.new}' → '{back.old}' (no synonym or other form of it)"
    return Evidence("content", "modified", back.new, back.old, message, back.new_span, back.old_span)


def _restriction_beside(pair: _Pair, direction: str) -> Evidence | None:
    """A restrictive clause put after (or taken from) a noun kept on both sides, beside the
    change that gave the direction ("Guides should hold a certificate" → "Guides who lead Class V
    trips shall hold a certificate": binding now, for fewer guides). A clause added narrows what
    the commitment covers (softened), one dropped widens it; against the direction, the pair
    points both ways. The clause opens with "that" or a relative word (lexicon: relative_words),
    right after the noun, with no comma (a comma sets off a describing clause), and runs three
    words or more; it is not the whole change."""
    changes = [op for op in pair.opcodes if op[0] != "equal"]
    openers = pair.lex.relative_words | {"that"}
    for tag, i1, i2, j1, j2 in changes:
        if tag == "replace":
            # (the clause and the changed modal in one stretch: "Guides should hold" → "Guides
            # who lead Class V trips shall hold")
            added = j1 < len(pair.b_keys) and pair.b_keys[j1] in openers
            cues = pair.new_cues if added else pair.old_cues
            lo, hi = (j1, j2) if added else (i1, i2)
            end = min((c.start for c in cues if c.category == "modal" and lo < c.start < hi), default=None)
            if end is None:
                continue
            hi = end
        elif tag in ("insert", "delete") and len(changes) > 1:
            added = tag == "insert"
            lo, hi = (j1, j2) if added else (i1, i2)
        else:
            continue
        keys, tokens, text = (pair.b_keys, pair.b, pair.new_text) if added else (pair.a_keys, pair.a, pair.old_text)
        side_cues = pair.new_cues if added else pair.old_cues
        if any(c.category == "modal" and lo <= c.start < hi for c in side_cues):
            continue  # (a clause that holds a modal of its own is a commitment, no restriction)
        if hi - lo < 3 or lo == 0 or keys[lo] not in openers or "," in text[tokens[lo - 1].end:tokens[lo].start]:
            continue
        noun = keys[lo - 1]
        if not noun.isalpha() or noun in pair.lex.light_words or keys[lo + 1] in pair.lex.determiners:
            continue  # ("shall ensure that the report …": a that-clause, no restriction)
        effect = "softened" if added else "hardened"
        if effect == direction:
            continue
        clause = text[tokens[lo].start:tokens[hi - 1].end]
        span = (tokens[lo].start, tokens[hi - 1].end)
        return Evidence("scope", effect, None if added else clause, clause if added else None,
                        f"{effect}: what the commitment covers {'narrowed to those' if added else 'no longer limited to those'} "
                        f"'{clause}'", None if added else span, span if added else None)
    return None


def _directed_bounds(deciding: list[Evidence]) -> list[Evidence]:
    """The caps, minimums and deadlines among the deciding evidence that give a direction."""
    return [e for e in deciding if e.kind in ("cap", "floor", "deadline") and e.effect in ("softened", "hardened")]


def _bounds_read_both_ways(deciding: list[Evidence]) -> Evidence | None:
    """Two bounds that point one way only because one of them is read against the plain
    sense of its words ("pay compensation of no more than $30,000 within 30 days" → "$40,000
    within 14 days": more owed, and sooner, both asking more of the payer; read plainly, a cap
    raised and a deadline shortened). Which side a reader takes decides the direction, so none
    is clear: writers of the labelled sets called every such pair modified."""
    bounds = _directed_bounds(deciding)
    reread = [e for e in bounds if e.reread]
    plain = [e for e in bounds if not e.reread]
    if not reread or not plain:
        return None
    r, p = reread[0], plain[0]
    return Evidence("number", "modified", None, None,
                    f"read plainly, '{r.old or ''}' → '{r.new or ''}' points the other way from "
                    f"'{p.old or ''}' → '{p.new or ''}': no one direction")


def _bounds_of_two_parties(pair: _Pair, deciding: list[Evidence]) -> Evidence | None:
    """Two bounds that point one way, each in the duty of another party ("The Hirer shall
    pay a deposit of £400, which the Company shall refund within 7 days": a higher deposit asks
    more of the Hirer, a shorter refund period more of the Company). Stricter for both is
    better for neither: no one direction. The party is the word right before each bound's own
    modal (the nearest before it), on the side that holds the figure."""
    bounds = _directed_bounds(deciding)
    if len(bounds) < 2:
        return None

    def bearer(e: Evidence) -> str | None:
        side_new = e.new_span is not None
        tokens, keys, cues = (pair.b, pair.b_keys, pair.new_cues) if side_new else (pair.a, pair.a_keys, pair.old_cues)
        at = (e.new_span or e.old_span)[0]
        k = next((i for i, t in enumerate(tokens) if t.start >= at), len(tokens))
        # (a bound that holds its own modal counts as one: "shall not exceed £750")
        modal = max((c for c in cues if c.end <= k and (c.category == "modal" or (
            c.category == "cap" and c.phrase[0] in pair.lex.auxiliary_modals))), key=lambda c: c.end, default=None)
        if modal is None or modal.start == 0:
            return None
        word = keys[modal.start - 1]
        # (a duty of the same subject, joined on: "shall deliver … and shall carry out")
        if not word.isalpha() or word in pair.lex.light_words or (word,) in pair.lex.conjunctions or \
                word in pair.lex.personal_pronouns or word in pair.lex.possessive_pronouns:
            return None
        return word

    parties = {b for b in map(bearer, bounds)}
    if None in parties or len(parties) < 2:
        return None
    first, second = bounds[0], bounds[1]
    return Evidence("party", "modified", None, None,
                    f"'{first.old or first.new}' and '{second.old or second.new}' bind different parties: "
                    "stricter for one is not stricter for the other")


def _same_text(old: str, new: str) -> bool:
    """Are two normalized texts the same, or the same but for a lone "one" that the other side
    writes "1" in the very same place ("shall receive one additional point" / "1 additional
    point")? normalize keeps a lone "one" a word, as in "one of the Parties"; facing a "1" it
    is the number."""
    if old == new:
        return True
    if "1" not in old and "1" not in new:
        return False
    a, b = old.split(), new.split()
    return len(a) == len(b) and all(x == y or {x, y} == {"one", "1"} for x, y in zip(a, b))


def classify_texts(old_text: str, new_text: str, lex: Lexicon, *, id_map: dict[str, str] | None = None) -> Verdict:
    """The status of ``old_text`` → ``new_text`` with its evidence and word diff."""
    if _same_text(normalize(old_text), normalize(new_text)):
        # only the word diff is shown: no cues, numbers or parties to find
        return Verdict("unchanged", (), tuple(word_diff(old_text, new_text)[0]), 1.0)
    pair = _Pair(old_text, new_text, lex, id_map)
    pair.modals()
    pair.qualifiers()
    pair.exceptions_to_bans()
    pair.permission_beside_ban()
    pair.permission_restricted()
    pair.numbers()
    pair.event_deadline()
    pair.frequencies()
    pair.chosen_day()
    pair.numbers_in_qualifiers()
    pair.parties()
    _phase_in(pair, lex)
    _figure_narrows_set(pair)
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
        # weak evidence only (a modal with no counterpart, a qualifier) it still yields, unless
        # the clause was kept nearly word for word (thresholds: scope_against_weak_min_similarity):
        # "shall, where appropriate, require assessments for all projects" → "shall require
        # assessments for major infrastructure projects" dropped a hedge and narrowed the scope.
        others = {e.effect for e in signals if e.kind != "scope"}
        strong = {e.effect for e in signals if e.kind != "scope" and not e.weak}
        against = {"softened": "hardened", "hardened": "softened"}
        kept = similarity >= lex.thresholds.get("scope_against_weak_min_similarity", 0.7)
        if rewritten or not (len(others) == 1 and (strong == others or kept) and any(
                e.kind == "scope" and e.effect == against.get(next(iter(others))) for e in signals)):
            signals = [e for e in signals if e.kind != "scope"]
    # A qualifier that describes a noun or a new item (weak, no direction) does not outweigh a
    # change of the commitment's own verb, bound or deadline that points one way.
    primary = {e.effect for e in signals if not e.weak and e.effect in ("softened", "hardened")}
    if len(primary) == 1 and not any(e.effect == "modified" and not e.weak for e in signals):
        # A reference that came or went beside a bound or deadline that moved (and nothing
        # else pointing one way) changed what the clause covers: "report every two years on
        # this Directive" → "every year on Articles 4 to 7 of this Directive". Beside a modal it
        # is a citation reworded and yields, as qualifiers describing a noun do.
        # A citation set off by commas ("In accordance with Article 4, the Parties shall …")
        # stands outside the commitment's own words and yields as before.
        bound_only = all(e.kind in ("cap", "floor", "deadline") for e in signals if e.effect in ("softened", "hardened"))
        signals = [e for e in signals if not (e.weak and e.effect == "modified"
                                              and not (bound_only and e.kind == "reference" and _in_commitment(pair, e)))]
    deciding = signals
    # When most of the wording was replaced, a qualifier word that came or went with the new
    # text (or a modal with no counterpart) no longer measures the strength of the *same*
    # commitment, so it cannot give a direction on its own. It can when a second, independent
    # signal agrees: the clause's binding wording vanished (a commitment turned into a
    # description: softened) or appeared (hardened). Without one, the clause is read like one
    # with no signal: reworded if it keeps its content words, modified if most are new (the
    # last branch below). Calling every such clause modified was wrong nine times in ten on
    # the labelled sets: rewrites in plain language shed and gain hedges as they go.
    if rewritten and any(e.weak and e.effect in ("softened", "hardened") for e in deciding):
        backed = pair.commitment_shift()
        if backed is not None and backed.effect in {e.effect for e in deciding if e.weak}:
            pair.evidence.append(backed)
            deciding = deciding + [backed]
        else:
            deciding = [e for e in deciding if not (e.weak and e.effect in ("softened", "hardened"))]
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
        # (a replacement that holds a phase-in's own words, "with effect from" → "in stages
        # beginning on", is the phase-in worded in; lexicon: gradual_words)
        change = _content_change_both_ways(pair)
        cue = directional[0]
        if change is not None and change.old is not None and change.new is not None and \
                not (_phase_in_cue(cue, lex) and (spans_overlap(change.old_span, cue.old_span) or
                                                  spans_overlap(change.new_span, cue.new_span))) and \
                not _names_the_quantified(pair, cue, change):
            deciding = deciding + [change]
            pair.evidence.append(change)
    effects = {e.effect for e in deciding}
    soft, hard, mod = "softened" in effects, "hardened" in effects, "modified" in effects
    if soft and hard and (leap := _duty_from_discretion(pair, deciding)) is not None:
        # a duty set where there was only discretion or best efforts ("may order" → "shall
        # order …, unless it gives reasons"), or the reverse: a condition or exception on the
        # new duty qualifies it, and it is still more (or less) than what stood before
        status = leap
    elif soft and hard:
        status = "modified"
    elif (soft or hard) and (narrowed := _restriction_beside(pair, "softened" if soft else "hardened")) is not None:
        # the commitment strengthened (or weakened) while a restrictive clause narrowed (or
        # widened) whom or what it covers: both ways
        status = "modified"
        pair.evidence.append(narrowed)
    elif (soft or hard) and ((both := _bounds_read_both_ways(deciding)) is not None or
                             (both := _bounds_of_two_parties(pair, deciding)) is not None):
        # two bounds that agree only because one is read from the side of the party it binds
        status = "modified"
        pair.evidence.append(both)
    elif (soft or hard) and mod:
        status = "modified"
    elif (soft or hard) and (against := _item_against(pair, old_text, new_text, lex, id_map,
                                                      "softened" if soft else "hardened")) is not None:
        # an item added to what the clause asks while its binding wording, bound or deadline
        # weakened (or one dropped while it strengthened): the change points both ways
        status = "modified"
        pair.evidence.append(against)
    elif (soft or hard) and any(not e.weak for e in deciding) and (swap := _replaced_beside(pair, deciding)) is not None:
        # a content word replaced beside a bound or deadline that moved: both ways
        status = "modified"
        pair.evidence.append(swap)
    elif soft:
        status = "softened"
    elif hard:
        status = "hardened"
    elif mod:
        status = "modified"
    elif (item := _list_item(pair)) is not None:
        # an item added to or dropped from what a duty or prohibition covers, and nothing else
        status = item.effect
        pair.evidence.append(item)
    elif (swapped := pair.conjunction_swapped()) is not None:
        # "and" turned "or", and nothing else
        status = swapped.effect
        pair.evidence.append(swapped)
    elif (narrowed := pair.restricted_object()) is not None:
        # a restrictive clause put after (or taken from) a quantified noun, and nothing else
        status = narrowed.effect
        pair.evidence.append(narrowed)
    elif (narrowed := pair.subject_modifier()) is not None:
        # a describing word set before (or taken from) the noun of the subject, and nothing else
        status = narrowed.effect
        pair.evidence.append(narrowed)
    elif similarity >= lex.thresholds.get("reworded_min_similarity", 0.5):
        # a whole sentence with a commitment of its own added or dropped beside the kept text:
        # what the clause commits to grew or shrank (no direction: modified)
        change = _content_change_both_ways(pair) or pair.sentence_change()
        if change is None:
            status = "reworded"
        else:
            status = "modified"
            pair.evidence.append(change)
    else:
        # Little of the wording kept and no signal. Rewritten in other words, a clause still
        # keeps its content words or their forms ("No timber may be harvested within 50 metres"
        # / "Harvesting of timber is prohibited in the 50-metre strip"): reworded. It says
        # something else when most of its content words are new on one side or the other (a
        # share chosen by leave-one-split-out cross-validation on the labelled sets), or when
        # a content word was replaced or a commitment added.
        change = _content_change_both_ways(pair) or pair.sentence_change()
        share = pair.fresh_share()
        # (a word replaced counts only where a fair share of the content words are new at all:
        # a clause retold in plain language swaps a word or two the lexicon does not pair)
        replaced = change is not None and share >= lex.thresholds.get("lowsim_change_min_fresh_share", 0.45)
        if not replaced and share < lex.thresholds.get("lowsim_modified_min_fresh_share", 0.55):
            status = "reworded"
        elif share < lex.thresholds.get("lowsim_modified_min_fresh_share", 0.55):
            status = "modified"
            pair.evidence.insert(0, change)  # first: it is what decided
        else:
            status = "modified"
            # first: it is what decided, the qualifier cues after it gave no direction
            pair.evidence.insert(0, Evidence("content", "modified", None, None,
                                             f"substance replaced (only {similarity:.0%} of the wording kept, "
                                             f"{share:.0%} of the content words new)"))
    unique = list(dict.fromkeys(pair.evidence))  # the same cue twice says nothing more
    if status == "reworded":
        # a qualifier cue that gave no direction in a rewritten sentence is still shown, as
        # what a reader may check, but not as a direction the verdict contradicts
        unique = [e._replace(effect="neutral", message=f"{e.message} (no direction on its own: the sentence "
                                                        "was rewritten around it)")
                  if e.effect in ("softened", "hardened") else e for e in unique]
    return Verdict(status, tuple(unique), tuple(pair.ops), similarity)
