"""The commitment lexicon: phrases, their category and strength, loaded from data files.

No phrase list lives in Python: the default is the packaged ``data/lexicon.yaml`` and a user's
``--lexicon FILE`` extends it (lists are merged, thresholds replaced; a ``remove:`` mapping of
category → phrases takes entries out, and ``replace: true`` starts from an empty lexicon).
Phrases are stored as tuples of normalised words so matching works on tokens, not strings.
"""

from __future__ import annotations

from typing import NamedTuple
from functools import lru_cache
from pathlib import Path

from plandiff.errors import PlandiffError
from plandiff.text import phrase_words

Phrase = tuple[str, ...]
LIST_KEYS = ("negations", "hedges", "approximators", "condition_words", "strengtheners", "wideners", "narrowers",
             "caps", "floors", "penalties", "deadline_words", "parties", "reference_words", "not_names",
             "not_cues", "determiners", "noun_markers", "relative_words", "inverted_conditions",
             "conjunctions", "date_deadlines", "light_words", "party_nouns", "negative_polarity",
             "evaluative_words", "trigger_words", "condition_synonyms", "negative_subjects",
             "enabling_openers", "enabling_verbs", "period_modifiers", "exception_words", "consequence_openers",
             "choice_words", "later_words", "earlier_words", "case_openers", "permitting_verbs", "price_nouns", "notice_nouns", "notice_verbs",
             "exceed_verbs", "quantifiers", "negative_prefixes", "period_anchors", "business_day_modifiers",
             "example_markers", "postfix_floors", "postfix_caps", "only_words", "only_conditions",
             "bound_nouns", "clause_qualifiers", "scope_suffixes",
             "predictive_modals", "duty_list_conjunctions", "ban_list_conjunctions", "copulas",
             "lead_deadlines", "lead_words", "alternative_conjunctions", "subject_triggers",
             "duration_words", "negative_verbs", "qualifier_negators", "threshold_words", "benefit_verbs", "participles", "unlimited_words", "whole_words",
             "circumstance_openers", "negative_meaning", "addressed_pronouns", "prohibition_modals",
             "majority_words", "right_words", "former_words", "next_day_words", "prompt_words",
             "auxiliary_modals", "exception_openers", "reduction_verbs", "interval_words", "until_words",
             "cancelling_words", "relief_words", "vague_measures", "that_clause_verbs", "deduction_words",
             "lower_threshold_words", "ongoing_verbs", "gradual_words",
             "saving_subjects", "hindering_verbs", "lookback_words", "discretion_closers",
             "anaphoric_determiners", "indefinite_articles", "possibility_modals",
             "aim_nouns", "benefit_participles", "antonyms", "pro_forms",
             "relation_words", "application_verbs", "exemption_nouns", "expiry_verbs", "event_nouns",
             "possessive_pronouns", "remission_verbs", "scale_words", "discretion_words",
             "definition_verbs", "grant_nouns", "turn_verbs", "term_verbs", "exhortation_words", "personal_pronouns", "restricting_openers", "moment_words",
             "restriction_prepositions", "classing_verbs", "proviso_openers", "widening_modifiers",
             "circumstance_triggers")


class Lexicon(NamedTuple):
    modals: dict[Phrase, int]  # phrase → strength (higher is stronger)
    negations: frozenset[Phrase]
    hedges: frozenset[Phrase]
    approximators: frozenset[Phrase]  # hedges only when a number follows ("about 500")
    condition_words: frozenset[str]
    strengtheners: frozenset[Phrase]
    wideners: frozenset[Phrase]
    narrowers: frozenset[Phrase]
    caps: frozenset[Phrase]
    floors: frozenset[Phrase]
    penalties: frozenset[str]
    deadline_words: frozenset[Phrase]
    time_units: dict[str, float]  # unit → its length in days ("hours: 1/24")
    frequencies: dict[str, float]  # "annually", "quarter" (of "once a quarter") → the interval in days
    months: dict[str, int]  # month name or abbreviation (as written, capitalised) → 1..12
    date_deadlines: frozenset[Phrase]  # before a calendar date these make it a deadline ("by 1 May")
    light_words: frozenset[str]  # words that carry no content of their own (see classify.content_changes)
    party_nouns: frozenset[str]  # generic nouns for a party ("Parties", "sides", "countries")
    synonyms: dict[Phrase, frozenset[int]]  # phrase → its equivalence groups (words that keep the meaning)
    parties: frozenset[Phrase]
    reference_words: frozenset[str]
    not_names: frozenset[str]
    not_cues: frozenset[Phrase]  # fixed expressions that contain a cue word but are none
    determiners: frozenset[str]  # a qualifier right after one describes a noun, not the commitment
    noun_markers: frozenset[str]  # a one-word modal right after one is a noun ("the will")
    relative_words: frozenset[str]  # a modal right after one sits in a relative clause
    inverted_conditions: frozenset[str]  # sentence-initial "Should …": a condition, not a modal
    conjunctions: frozenset[Phrase]  # a qualifier in a conjunct they open qualifies that conjunct
    negative_polarity: frozenset[str]  # a strengthener with one of these intensifies a negation ("not under any circumstances")
    trigger_words: frozenset[str]  # a bound after one sets when the obligation applies ("if more than 50 …")
    evaluative_words: frozenset[str]  # words of praise or quality ("firm", "clear"): a swap of two is no change of substance
    thresholds: dict[str, float]
    max_phrase_len: int
    # words that open a condition or a time limit ("until", "upon", "when"): one on the other
    # side of the edit that removed a hedge ("Pending approval" -> "Until ... has approved") is
    # the hedge reworded
    condition_synonyms: frozenset[str] = frozenset()
    # words that open a restrictive modifier of the subject ("Contracts with a value of …"): a
    # bound after one, before any modal of its sentence, sets which things the commitment covers
    subject_triggers: frozenset[str] = frozenset()
    # words that open a subject and negate its verb ("No State shall" = "A State shall not")
    negative_subjects: frozenset[str] = frozenset()
    # a clause part opened by one of these and closed by one of those ("where staffing allows",
    # "to the extent that their budgets permit") makes the commitment depend on means: a hedge
    enabling_openers: frozenset[Phrase] = frozenset()
    enabling_verbs: frozenset[str] = frozenset()
    # a word between a number and its time unit that keeps it a period ("10 working days")
    period_modifiers: frozenset[str] = frozenset()
    # under a prohibition these open the exception a hedge ("unless", "except") opens: "shall not
    # assign without consent" is "shall not assign unless consent is given"
    exception_words: frozenset[Phrase] = frozenset()
    # these open what follows when a duty is not met ("…, failing which it shall be time-barred"):
    # an "unless" told from the other end
    consequence_openers: frozenset[Phrase] = frozenset()
    # "…, whichever is later": the word of a choice between two days, and the words that pick
    # the later or the earlier one
    choice_words: frozenset[str] = frozenset()
    # "arising from", "due to": they open the cases a duty covers, where "or" adds a case
    case_openers: frozenset[Phrase] = frozenset()
    # "shall permit the employee to …": a duty to let another act, the other's right told from the other end
    permitting_verbs: frozenset[str] = frozenset()
    # "at a charge not exceeding £5": a cap on a price the giver asks, not on what it gives
    price_nouns: frozenset[str] = frozenset()
    # "30 days' notice": a period before one is the least notice given, a minimum
    notice_nouns: frozenset[str] = frozenset()
    # "shall give … 30 days' notice": the bound party gives the notice (not "on 24 hours' notice")
    notice_verbs: frozenset[str] = frozenset()
    later_words: frozenset[str] = frozenset()
    earlier_words: frozenset[str] = frozenset()
    # a verb that negates its own complement ("fail to"): right after a negation the two cancel,
    # "shall not fail to disclose" is "shall disclose"
    negative_verbs: frozenset[Phrase] = frozenset()
    # a word that negates a qualifier right after it ("without being subject to customs duties"):
    # the qualifier conditions nothing there, as under "not"
    qualifier_negators: frozenset[str] = frozenset()
    # a verb of exceeding that is negated ("is not exceeded", "no class exceeds") sets a cap
    exceed_verbs: frozenset[str] = frozenset()
    # a one-word strengthener between one of these and its noun restricts the set ("all
    # permanent employees"): a scope narrowed, not a commitment made firmer
    quantifiers: frozenset[str] = frozenset()
    # a prefix that negates its word: "unconditional" is "not subject to any condition"
    negative_prefixes: tuple[str, ...] = ()
    # after "the fourteenth day" these count it from an event: a period of 14 days
    period_anchors: frozenset[str] = frozenset()
    # period modifiers that count only business days: "10 working days" is longer than "10 days"
    business_day_modifiers: frozenset[str] = frozenset()
    # a phrase opened by one of these gives examples of what the clause covers
    example_markers: frozenset[Phrase] = frozenset()
    # bounds written after their number ("five or more years", "30 days or less")
    postfix_floors: frozenset[Phrase] = frozenset()
    postfix_caps: frozenset[Phrase] = frozenset()
    # "may X only with Y": a permission restricted to a condition is a prohibition with an exception
    only_words: frozenset[str] = frozenset()
    only_conditions: frozenset[str] = frozenset()
    # "a minimum average annual turnover of EUR 2 million": a bound noun governs the number
    # after the "of" of its noun phrase
    bound_nouns: frozenset[str] = frozenset()
    # qualifiers that open a clause of their own ("unless the contract was concluded before
    # 5 March"): what stands in that clause is the qualifier's detail
    clause_qualifiers: frozenset[Phrase] = frozenset()
    # "economy-wide" is "the whole economy": a compound that says the widener itself
    scope_suffixes: frozenset[str] = frozenset()
    # binding modals that also read as a prediction ("the fund will finance …"): an item added
    # to what one governs is no clear change of duty
    predictive_modals: frozenset[Phrase] = frozenset()
    # conjunctions that join an item to what a duty / a prohibition asks (more owed, more banned)
    duty_list_conjunctions: frozenset[Phrase] = frozenset()
    ban_list_conjunctions: frozenset[Phrase] = frozenset()
    # verbs that make a run a predicate of its own ("is not assignable"), not a noun in a list
    copulas: frozenset[str] = frozenset()
    # "no later than 72 hours before the exercise": a lead time (longer = earlier = harder)
    lead_deadlines: frozenset[Phrase] = frozenset()
    lead_words: frozenset[Phrase] = frozenset()
    # "on delivery": an act due at the event itself, which a period counted after it delays
    moment_words: frozenset[Phrase] = frozenset()
    # "each specimen received from a non-resident": a phrase that keeps only some of them
    restriction_prepositions: frozenset[str] = frozenset()
    # "shall be classified as": a figure before it says what falls in a class, as a definition does
    classing_verbs: frozenset[Phrase] = frozenset()
    # "provided that": a condition the rule holds under, read as a trigger word is
    proviso_openers: frozenset[Phrase] = frozenset()
    # "potential", "suspected": a describing word that reaches more things, no narrowing
    widening_modifiers: frozenset[str] = frozenset()
    # "while": a trigger word whose "and" items join what the rule covers
    circumstance_triggers: frozenset[str] = frozenset()
    # words of "more than" ("exceeding", "above"): a figure after one, in a modifier that says
    # which things a commitment covers, is a threshold of that coverage
    threshold_words: frozenset[Phrase] = frozenset()
    # verbs of giving: a cap on what a duty gives bounds what is owed ("will pay … for up to 6 months")
    benefit_verbs: frozenset[str] = frozenset()
    # past participles not ending in -ed or -en ("withheld"): a passive verb
    participles: frozenset[str] = frozenset()
    # lasting without limit ("indefinitely"): a period that became one binds for longer
    unlimited_words: frozenset[Phrase] = frozenset()
    # the whole of something ("all", "full"): a minimum share in place of one lowered it
    whole_words: frozenset[str] = frozenset()
    # words opening a phrase of circumstance, no list item (", alternately in Geneva …")
    circumstance_openers: frozenset[str] = frozenset()
    # a word whose sense holds a "not" ("unless" is "if not", "refuse" is "not grant"): counted
    # with the negations to tell a negation moved within a rewritten sentence from one flipped
    negative_meaning: frozenset[str] = frozenset()
    # "you", "we": plain language that speaks to the parties names them as a role noun does
    addressed_pronouns: frozenset[str] = frozenset()
    # modals that forbid in themselves ("is prohibited"): read as negated, as "shall not" is
    prohibition_modals: frozenset[Phrase] = frozenset()
    # "majority": more than half of a body, however the other side writes that share
    majority_words: frozenset[str] = frozenset()
    # the words that make a permission a right ("is entitled to"): it binds the other party
    right_words: frozenset[str] = frozenset()
    # "(formerly Clause 7.2)" after a reference: the renumbering noted
    former_words: frozenset[str] = frozenset()
    # "01:00 the following morning": a time of the day after
    next_day_words: frozenset[str] = frozenset()
    # "without undue delay": a promptness that a deadline added replaces
    prompt_words: frozenset[str] = frozenset()
    # modal auxiliaries, never nouns ("the Party may"): a one-word modal after a determiner that
    # is none of these is a noun ("a written request")
    auxiliary_modals: frozenset[str] = frozenset()
    # currency symbol → ISO code ("US$" and "USD" are one currency)
    currency_symbols: dict[str, str] = {}  # noqa: RUF012 (a NamedTuple default, never mutated)
    # unit word → (measure, size in the measure's base unit): "mm" → ("length", 0.001)
    measure_units: dict[str, tuple[str, float]] = {}  # noqa: RUF012 (a NamedTuple default, never mutated)
    # an item opened by one of these under a duty is another way to comply
    alternative_conjunctions: frozenset[Phrase] = frozenset()
    exception_openers: frozenset[Phrase] = frozenset()
    reduction_verbs: frozenset[str] = frozenset()
    interval_words: frozenset[str] = frozenset()
    until_words: frozenset[str] = frozenset()
    cancelling_words: frozenset[Phrase] = frozenset()
    relief_words: frozenset[str] = frozenset()
    vague_measures: frozenset[str] = frozenset()
    that_clause_verbs: frozenset[str] = frozenset()
    # "less an excess of £100": an amount taken off what a duty of giving pays
    deduction_words: frozenset[Phrase] = frozenset()
    # "Members under 18", "fish measuring less than 24 cm": a threshold from above of which
    # things are covered
    lower_threshold_words: frozenset[Phrase] = frozenset()
    # "shall ensure", "shall keep": a duty that holds over time, whose time window is when it binds
    ongoing_verbs: frozenset[str] = frozenset()
    # "progressively", "in stages": a phase-in, whose period or end date is no deadline of its own
    gradual_words: frozenset[Phrase] = frozenset()
    saving_subjects: frozenset[Phrase] = frozenset()  # "Nothing in this Agreement": the instrument as subject
    hindering_verbs: frozenset[str] = frozenset()  # "prevent … from": negated by a saving subject, a permission
    lookback_words: frozenset[str] = frozenset()  # "within the past three years": no deadline
    discretion_closers: frozenset[Phrase] = frozenset()  # "where the court considers it appropriate"
    anaphoric_determiners: frozenset[str] = frozenset()  # "this deadline is …": a subject pointing back
    indefinite_articles: frozenset[str] = frozenset()  # "a valid request": the word after is a noun's
    possibility_modals: frozenset[str] = frozenset()  # "any defect that could endanger": describes
    aim_nouns: frozenset[str] = frozenset()  # "The purpose … is to enhance": no directive
    benefit_participles: frozenset[str] = frozenset()  # "shall be paid": a duty told of its holder
    antonyms: frozenset[Phrase] = frozenset()  # ("leave", "stay"): a negation flip told with the other word
    # ("within", "at least"): a negation flip told with the other bound ("shall not be located
    # within 300 metres" / "shall be located at least 300 metres away")
    complement_bounds: tuple[tuple[Phrase, Phrase], ...] = ()
    pro_forms: frozenset[str] = frozenset()  # "park there": a word that stands for what was named
    relation_words: frozenset[str] = frozenset()  # "5 km from the town": a figure measured from something
    application_verbs: frozenset[str] = frozenset()  # "This Directive applies to …": the field a rule covers
    exemption_nouns: frozenset[str] = frozenset()  # "The exemption applies to …": a field the rule yields in
    expiry_verbs: frozenset[str] = frozenset()  # "The derogation shall expire on …": when an exemption ends
    event_nouns: frozenset[str] = frozenset()  # "before the end of the shift": a point in time after a deadline word
    possessive_pronouns: frozenset[str] = frozenset()  # "or its affiliates": an item that names a party
    remission_verbs: frozenset[str] = frozenset()  # "shall waive fines of EUR 500": a penalty given up
    scale_words: frozenset[str] = frozenset()  # "5 million euro": the word of scale between amount and currency
    definition_verbs: frozenset[Phrase] = frozenset()  # "'small satellite' means a satellite …": a bound defines a term
    grant_nouns: frozenset[str] = frozenset()  # "shall have unimpeded access to": a right granted, no duty
    personal_pronouns: frozenset[str] = frozenset()  # "if it has operated them": a named party pointed back to
    exhortation_words: frozenset[str] = frozenset()  # "are encouraged to": asks, permits nothing
    term_verbs: frozenset[str] = frozenset()  # "shall run for 48 hours": how long a thing runs, no burden
    turn_verbs: frozenset[str] = frozenset()  # "shall rotate every eight months": how often turns are taken, no burden
    restricting_openers: frozenset[Phrase] = frozenset()  # "unless … otherwise to protect X": the exception narrowed
    discretion_words: frozenset[str] = frozenset()  # "if it so decides": a qualifier that leaves the choice
    # "retain the records for 5 years", "a standstill period of 10 days": how long a binding
    # commitment lasts (longer = harder)
    duration_words: frozenset[Phrase] = frozenset()
    # fraction word → its value ("quarter": 0.25): "one quarter of" is 25 per cent
    fractions: dict[str, float] = {}  # noqa: RUF012 (a NamedTuple default, never mutated)
    # efforts standard → its rank ("best efforts" above "reasonable efforts")
    efforts_ladder: dict[Phrase, int] = {}  # noqa: RUF012 (a NamedTuple default, never mutated)
    # a say given to another party → its rank ("consent" above "consult" above "inform")
    participation_ladder: dict[Phrase, int] = {}  # noqa: RUF012 (a NamedTuple default, never mutated)
    # a word for a time of day → minutes after midnight ("noon": 720)
    clock_words: dict[str, int] = {}  # noqa: RUF012 (a NamedTuple default, never mutated)

    def strength_name(self, strength: int) -> str:
        return {6: "binding", 5: "expectation", 4: "best efforts", 3: "exhortation or permission",
                2: "permission", 1: "acknowledgement"}.get(strength, f"strength {strength}")


def _phrase(text: str) -> Phrase:
    return phrase_words(str(text))


def _ranks(groups: list) -> dict[Phrase, int]:
    """Ranks of phrases listed one rank a line, highest first."""
    return {_phrase(p): len(groups) - i for i, group in enumerate(groups) for p in group}


def _synonym_groups(groups: list, verb_forms: list = ()) -> dict[Phrase, frozenset[int]]:
    """Each phrase's synonym groups. The forms of one verb (``verb_forms``: "give", "given",
    "gave") share every group any of them is in, and one of their own: "given" is a synonym of
    "provided" as "give" is of "provide"."""
    out: dict[Phrase, set[int]] = {}
    for n, group in enumerate(groups):
        for p in group:
            out.setdefault(_phrase(p), set()).add(n)
    for n, forms in enumerate(verb_forms, start=len(groups)):
        phrases = [_phrase(f) for f in forms]
        shared = set().union(*(out.get(f, set()) for f in phrases)) | {n}
        for f in phrases:
            out[f] = set(shared)
    return {p: frozenset(ns) for p, ns in out.items()}


def _with_possessives(units: dict[str, float]) -> dict[str, float]:
    """Time units with the possessive of each word unit ("one month's rent", "two weeks'" is
    read already), which the word keys keep whole."""
    return {**units, **{f"{k}'s": v for k, v in units.items() if k.isalpha() and len(k) > 2}}


def _days(value) -> float:
    """A unit's length in days: a number or a fraction written "1/24"."""
    if isinstance(value, str) and "/" in value:
        num, den = value.split("/", 1)
        return float(num) / float(den)
    return float(value)


def _default_text() -> str:
    from plandiff.resources import package_text

    return package_text("data", "lexicon.yaml")


def _raw_default(text: str | None = None) -> dict:
    from plandiff.yamltree import load_data

    return load_data(_default_text() if text is None else text)


def _merge(base: dict, extra: dict, where: str) -> dict:
    if not isinstance(extra, dict):
        raise PlandiffError(f"{where}: a lexicon file must be a mapping of categories")
    if extra.get("replace"):
        base = {"modals": {}, "time_units": {}, "months": {}, "thresholds": dict(base.get("thresholds", {}))}
    out = {k: (dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v) for k, v in base.items()}
    known = set(LIST_KEYS) | {"modals", "time_units", "fractions", "months", "synonyms", "verb_forms", "thresholds",
                              "remove", "replace",
                              "clock_words", "currency_symbols", "complement_bounds", "measure_units",
                              "efforts_ladder", "participation_ladder"}
    for key, value in extra.items():
        if key not in known:
            raise PlandiffError(f"{where}: unknown lexicon category {key!r} (known: {', '.join(sorted(known))})")
        if key in ("replace", "remove"):
            continue
        if key == "modals":
            modals = {int(k): list(v) for k, v in out.get("modals", {}).items()}
            for strength, phrases in (value or {}).items():
                strength = int(strength)
                # a phrase moves to its new strength
                moved = {_phrase(p) for p in phrases}
                for s in modals:
                    modals[s] = [p for p in modals[s] if _phrase(p) not in moved]
                modals.setdefault(strength, []).extend(phrases)
            out["modals"] = modals
        elif key in ("time_units", "fractions", "months", "thresholds", "clock_words"):
            out.setdefault(key, {}).update(value or {})
        else:
            out[key] = list(out.get(key, [])) + list(value or [])
    for key, phrases in (extra.get("remove") or {}).items():
        drop = {_phrase(p) for p in phrases}
        if key in ("synonyms", "verb_forms", "complement_bounds"):
            out[key] = [g for g in out.get(key, []) if not drop & {_phrase(p) for p in g}]
        elif key == "modals":
            out["modals"] = {s: [p for p in v if _phrase(p) not in drop] for s, v in out["modals"].items()}
        elif key in out:
            out[key] = [p for p in out[key] if _phrase(p) not in drop]
    return out


# The lists the loader reads as they stand: single words (a frozenset of str) and phrases (a
# frozenset of word tuples), by the type each Lexicon field declares. Fields built any other
# way are built by name in _build.
_BUILT_APART = frozenset({"not_names"})
_FIELD_TYPES = {k: getattr(t, "__forward_arg__", t) for k, t in Lexicon.__annotations__.items()}
_WORD_FIELDS = tuple(k for k in LIST_KEYS if k not in _BUILT_APART and _FIELD_TYPES.get(k) == "frozenset[str]")
_PHRASE_FIELDS = tuple(k for k in LIST_KEYS if k not in _BUILT_APART and _FIELD_TYPES.get(k) == "frozenset[Phrase]")


def _measure_units(entries: list) -> dict[str, tuple[str, float]]:
    """"millimetre millimetres mm: length 0.001" → each unit word with its measure and size."""
    out: dict[str, tuple[str, float]] = {}
    for entry in entries:
        words, _, size = str(entry).partition(":")
        measure, factor = size.split()
        for word in words.split():
            out[word.lower()] = (measure, float(factor))
    return out


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The default lexicon, extended by the YAML file at ``path`` if given."""
    return _load(str(path) if path else None)


@lru_cache(maxsize=8)
def _load(path: str | None) -> Lexicon:
    if path is None:
        return _load_default()
    from plandiff.loading import read_text
    from plandiff.yamltree import is_yaml_error, load_data

    try:
        extra = load_data(read_text(path)) or {}
    except Exception as exc:  # noqa: BLE001  (narrowed below)
        if not is_yaml_error(exc):
            raise
        raise PlandiffError(f"{path}: invalid YAML in lexicon ({exc})") from None
    return _build(_merge(_raw_default(), extra, path), path)


def _load_default() -> Lexicon:
    """The packaged lexicon, from the disk cache when its text is unchanged (see
    :mod:`plandiff.filecache`): parsing and normalising ~650 lines costs about 3.5 ms a run."""
    from plandiff import filecache

    text = _default_text()
    inputs = (filecache.digest(text),)
    fields = filecache.load("lexicon", "data/lexicon.yaml", inputs)
    if fields is not None:
        try:
            return Lexicon(*fields)
        except TypeError:
            pass
    lexicon = _build(_raw_default(text), None)
    filecache.store("lexicon", "data/lexicon.yaml", inputs, tuple(lexicon))
    return lexicon


def _build(raw: dict, path: str | None) -> Lexicon:
    try:
        modals: dict[Phrase, int] = {}
        for strength, phrases in (raw.get("modals") or {}).items():
            for p in phrases:
                modals[_phrase(p)] = int(strength)
        for key in LIST_KEYS:
            flags = [p for p in raw.get(key, []) or [] if isinstance(p, bool)]
            if flags:
                # YAML reads a bare no, on, yes or off as a boolean: the word would be lost
                raise PlandiffError(f"{path or 'data/lexicon.yaml'}: {key} holds a YAML boolean ({flags[0]}); "
                                    "quote words such as \"no\" and \"on\"")
        sets = {k: frozenset(_phrase(p) for p in raw.get(k, []) or []) for k in LIST_KEYS}
        # a word that cancels a condition strengthens in itself: listed once, read as both
        sets["strengtheners"] = sets["strengtheners"] | sets["cancelling_words"]
        phrases = [*modals, *(p for k in LIST_KEYS for p in sets[k])]

        def words(key: str) -> frozenset[str]:
            """A list looked up word by word (or as one joined string), not as a token phrase."""
            return frozenset(" ".join(p) for p in sets[key])

        return Lexicon(
            modals=modals,
            time_units=_with_possessives({" ".join(phrase_words(str(k))): _days(v)
                                          for k, v in (raw.get("time_units") or {}).items()}),
            # (a hyphenated word, "semi-annual", is one token as the classifier keys a text)
            frequencies={str(k).casefold() if "-" in str(k) else " ".join(phrase_words(str(k))): _days(v)
                         for k, v in (raw.get("frequencies") or {}).items()},
            months={str(k): int(v) for k, v in (raw.get("months") or {}).items()},
            synonyms=_synonym_groups(raw.get("synonyms") or [], raw.get("verb_forms") or []),
            complement_bounds=tuple((phrase_words(str(a)), phrase_words(str(b)))
                                    for a, b in (raw.get("complement_bounds") or [])),
            not_names=frozenset(str(w) for w in raw.get("not_names", []) or []),
            thresholds={k: float(v) for k, v in (raw.get("thresholds") or {}).items()},
            max_phrase_len=max((len(p) for p in phrases), default=1),
            currency_symbols=dict(str(p).split(None, 1) for p in raw.get("currency_symbols") or [] if len(str(p).split()) == 2),
            measure_units=_measure_units(raw.get("measure_units") or []),
            negative_prefixes=tuple(sorted({" ".join(p) for p in sets["negative_prefixes"]}, key=lambda w: (-len(w), w))),
            fractions={" ".join(phrase_words(str(k))): _days(v) for k, v in (raw.get("fractions") or {}).items()},
            efforts_ladder=_ranks(raw.get("efforts_ladder") or []),
            participation_ladder=_ranks(raw.get("participation_ladder") or []),
            clock_words={" ".join(phrase_words(str(k))): int(v) for k, v in (raw.get("clock_words") or {}).items()},
            # every other list: one of words, or of phrases, as its field says
            **{key: words(key) for key in _WORD_FIELDS},
            **{key: sets[key] for key in _PHRASE_FIELDS},
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise PlandiffError(f"{path or 'data/lexicon.yaml'}: malformed lexicon ({exc})") from None
