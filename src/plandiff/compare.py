"""``compare(old, new)``: the library entry point — align, then classify every entry.

Partial versions (``partial: true``: a draft known only from reporting) change what an
unpaired clause means. A clause of the full version that matches nothing in the partial one
was not necessarily dropped — nobody reported on it — so it is ``unreported``, unless the
partial plan lists it under ``removed:`` with a source, and then it is ``dropped`` with that
source as evidence.
"""

from __future__ import annotations

from typing import NamedTuple

from plandiff.align import Alignment, AlignOptions, Entry, align
from plandiff.alternatives import option_readings, option_roots, settle
from plandiff.classify import Evidence, Verdict, classify_texts
from plandiff.helpers import PARALLEL_CLAUSES, PARALLEL_PAIRS, Helpers, start_helpers
from plandiff.lexicon import Lexicon, load_lexicon
from plandiff.model import Clause, Plan
from plandiff.result import Change, Diff


class CompareOptions(NamedTuple):
    align: AlignOptions = AlignOptions()
    lexicon: str | None = None  # path of a lexicon file extending the default
    # Processes (this one included) for very large comparisons; see plandiff.helpers for why
    # the library default is one and the CLI uses every core.
    workers: int = 1


def compare(old: Plan, new: Plan, *, options: CompareOptions | None = None, helpers: Helpers | None = None) -> Diff:
    """Every clause of both plans, aligned and classified, in document order.

    ``helpers``: warm helper processes the caller already started (the CLI starts them before
    reading big files); otherwise they are started here when ``options.workers`` allows and the
    plans are big (see :mod:`plandiff.helpers`)."""
    options = options or CompareOptions()
    lexicon = load_lexicon(options.lexicon)
    own = None
    if helpers is None and len(old.flat()) + len(new.flat()) >= PARALLEL_CLAUSES:
        helpers = own = start_helpers(options.workers, options.lexicon)
        if helpers is not None:
            helpers.warm_up()
    early: EarlyVerdicts | None = None

    def provisional(matched: list[tuple[int, int]]) -> None:
        # the helpers begin on the pairs found so far while alignment finishes here
        nonlocal early
        if len(matched) >= PARALLEL_PAIRS:
            early = EarlyVerdicts(old, new, matched, helpers, options.lexicon)

    try:
        alignment = align(old, new, options.align, provisional=provisional if helpers is not None else None)
        changes = classify_alignment(alignment, lexicon, lexicon_path=options.lexicon, helpers=helpers, early=early)
    finally:
        if own is not None:
            own.close()
    return Diff(old, new, tuple(changes), _options_dict(options, alignment))


def classify_alignment(alignment: Alignment, lexicon: Lexicon, *, lexicon_path: str | None = None,
                       helpers: Helpers | None = None, early: EarlyVerdicts | None = None) -> list[Change]:
    """A Change for every entry. ``early``: classification the helpers began on the provisional
    pairs while alignment went on; its verdicts are used where they still hold."""
    old, new = alignment.old, alignment.new
    id_map = _id_map((e.old[0].id, e.new[0].id) for e in alignment.entries if e.relation == "one-to-one")
    # per version: the same clause id may sit inside an option in one and not in the other
    roots = (option_roots(old.flat()), option_roots(new.flat()))
    work = [e for e in alignment.entries if e.old and e.new and e.match.matched_by != "identical"]
    verdicts = {}
    if any(roots):
        for entry in work:
            if (found := _read_against_options(entry, roots, lexicon, id_map)) is not None:
                verdicts[id(entry)] = found
        work = [e for e in work if id(e) not in verdicts]
    if early is not None:
        verdicts.update(early.take(work, id_map))
        # pairs a helper is still on are collected after the share below, not classified twice
        work = [e for e in work if id(e) not in verdicts and id(e) not in early.coming]
    if helpers is not None and len(work) >= PARALLEL_PAIRS:
        shared = helpers.share([_texts(e) for e in work], _classify_chunk, id_map, lexicon_path)
        verdicts.update({id(e): v for e, v in zip(work, shared)})
    if early is not None:
        verdicts.update(early.finish(id_map))  # the rest of those are classified below
    out = []
    for entry in alignment.entries:
        if entry.old and entry.new:
            out.append(_classify_pair(entry, lexicon, id_map, verdicts.get(id(entry))))
        elif entry.old:
            out.append(_unpaired(entry, own=old, other=new, side="old"))
        else:
            out.append(_unpaired(entry, own=new, other=old, side="new"))
    return out


def _id_map(pairs) -> dict[str, str]:
    """Old clause id → new clause id of the one-to-one pairs, also by last id segment, for
    cross-references that only followed a renumbering."""
    id_map = dict(pairs)
    id_map.update({_short(k): _short(v) for k, v in list(id_map.items())})
    return id_map


def _short(clause_id: str) -> str:
    return clause_id.rsplit(".", 1)[-1]


def _texts(entry: Entry) -> tuple[str, str]:
    return " ".join(c.text for c in entry.old), " ".join(c.text for c in entry.new)


def _read_against_options(entry: Entry, roots: tuple[dict[str, str], dict[str, str]], lexicon: Lexicon,
                          id_map: dict[str, str]):
    """The verdict of an entry that holds two or more options of a draft's option block, read
    against each option (see :mod:`plandiff.alternatives`); None for any other entry."""
    for side, clauses, others, side_roots in (("old", entry.old, entry.new, roots[0]),
                                              ("new", entry.new, entry.old, roots[1])):
        readings = option_readings(clauses, side_roots)
        if not readings:
            continue
        texts = [c.text for c in clauses]
        other = " ".join(c.text for c in others)
        verdicts = []
        for _, positions in readings:
            reading = " ".join(texts[p] for p in positions)
            old_text, new_text = (reading, other) if side == "old" else (other, reading)
            verdicts.append(classify_texts(old_text, new_text, lexicon, id_map=id_map))
        status, evidence = settle(readings, verdicts, texts, side)
        return Verdict(status, evidence, (), entry.similarity)
    return None


def _classify_chunk(texts: list[tuple[str, str]], id_map: dict[str, str], lexicon_path: str | None):
    lexicon = load_lexicon(lexicon_path)
    return [classify_texts(old, new, lexicon, id_map=id_map) for old, new in texts]


def _classify_pair(entry: Entry, lexicon: Lexicon, id_map: dict[str, str], verdict=None) -> Change:
    if entry.match.matched_by == "identical":
        # Equal after normalisation: no word diff or cue search needed (most pairs at scale).
        return Change("unchanged", entry.relation, entry.moved, entry.old, entry.new, 1.0, (), (), entry.match)
    if verdict is None:
        old_text, new_text = _texts(entry)
        verdict = classify_texts(old_text, new_text, lexicon, id_map=id_map)
    words = verdict.words if entry.relation == "one-to-one" else ()
    status, evidence = verdict.status, verdict.evidence
    if entry.match.matched_by == "structure" and status == "modified" and all(e.kind == "content" for e in evidence):
        # A heading paired through its sub-clauses ("mitigation" → "Article 4"): what it holds
        # is judged clause by clause; the label itself changed wording, not substance.
        status = "reworded"
        evidence = (Evidence("structure", "neutral", None, None,
                             "paired through its sub-clauses; their changes are listed one by one"),)
    return Change(status, entry.relation, entry.moved, entry.old, entry.new,
                  entry.similarity if entry.match.matched_by != "identical" else 1.0,
                  evidence, words, entry.match)


def _removed_by(partial: Plan, clause: Clause):
    """The ``removed:`` entry of a partial plan that covers this clause (or an ancestor)."""
    for removal in partial.removed:
        if clause.id == removal.id or clause.id.startswith(removal.id + ".") or (
            clause.parent is not None and (clause.parent == removal.id or clause.parent.startswith(removal.id + "."))
        ):
            return removal
    return None


def _unpaired(entry: Entry, *, own: Plan, other: Plan, side: str) -> Change:
    clause = entry.old[0] if side == "old" else entry.new[0]
    status = "dropped" if side == "old" else "added"
    evidence: tuple[Evidence, ...] = ()
    if other.partial:
        # ``removed:`` names clauses of the version the partial one revises; against any
        # other version those ids mean nothing.
        revises_own = other.based_on is not None and other.based_on in (own.id, *own.aliases)
        removal = _removed_by(other, clause) if revises_own else None
        if removal is None:
            status = "unreported"
            evidence = (Evidence("source", "neutral", None, None,
                                 f"not reported: {other.id} is known only in part"),)
        else:
            source = f" (source: {removal.source})" if removal.source else ""
            note = f": {removal.note}" if removal.note else ""
            evidence = (Evidence("source", "neutral", clause.id if side == "old" else None,
                                 clause.id if side == "new" else None,
                                 f"reported removed{note}{source}"),)
    return Change(status, "none", False, entry.old, entry.new, 0.0, evidence, (), entry.match)


def _options_dict(options: CompareOptions, alignment: Alignment) -> dict:
    a = options.align
    return {
        "threshold": alignment.threshold,
        "pins": [{"old": o, "new": n} for o, n in a.pins],
        "unpair": list(a.unpair),
        "forbid": [{"old": o, "new": n} for o, n in a.forbid],
        "lexicon": options.lexicon,
    }


class _NoIds:
    """An empty id map that remembers the ids looked up in it.

    A verdict depends on its two texts and on the ids its cross-references were looked up
    under, nothing else. Classification begun before the alignment is final has no final id
    map yet, so it is done with none; its verdict still holds if none of the ids it looked up
    is in the final map (most clauses cite nothing), and is redone otherwise. (Shipping a
    provisional map instead would copy tens of thousands of ids to a helper with every chunk.)"""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def get(self, key: str, default=None):
        self.seen.add(key)
        return default

    def __getitem__(self, key: str) -> str:
        self.seen.add(key)
        raise KeyError(key)

    def __contains__(self, key: str) -> bool:
        self.seen.add(key)
        return False


def _classify_without_ids(texts: list[tuple[str, str]], lexicon_path: str | None):
    """Verdicts with the ids each one looked up (see :class:`_NoIds`)."""
    lexicon = load_lexicon(lexicon_path)
    out = []
    for old, new in texts:
        lookups = _NoIds()
        out.append((classify_texts(old, new, lexicon, id_map=lookups), lookups.seen))
    return out


class EarlyVerdicts:
    """Classification of the provisional one-to-one pairs, begun in the helpers while the
    alignment's later stages run here (a helper is otherwise idle then: about a tenth of a
    10,000-clause comparison's pairs get classified in that time)."""

    def __init__(self, old: Plan, new: Plan, matched: list[tuple[int, int]], helpers: Helpers,
                 lexicon_path: str | None) -> None:
        old_c, new_c = old.flat(), new.flat()
        self.texts = [(old_c[i].text, new_c[j].text) for i, j in matched]
        self.work = helpers.start(self.texts, _classify_without_ids, lexicon_path)
        self.coming: dict[int, Entry] = {}  # by id(entry): entries whose pair a helper is still on

    def take(self, entries: list[Entry], id_map: dict[str, str]) -> dict[int, Verdict]:
        """Verdicts (by ``id(entry)``) for the entries whose texts were classified already and
        still hold under the final ``id_map``; the entries whose texts a helper is still on are
        kept in :attr:`coming`. Never waits."""
        results, running = self.work.take()
        done = {texts: got for texts, got in zip(self.texts, results) if got is not None}
        on_it = {self.texts[i] for i in running}
        out = {}
        for entry in entries:
            texts = _texts(entry)
            if texts in done:
                if _still_holds(done[texts], id_map):
                    out[id(entry)] = done[texts][0]
            elif texts in on_it:
                self.coming[id(entry)] = entry
        return out

    def finish(self, id_map: dict[str, str]) -> dict[int, Verdict]:
        """Verdicts for the :attr:`coming` entries, once their helpers are done (an entry whose
        verdict does not hold, or whose chunk failed, is left out: it is classified here)."""
        done = {self.texts[i]: got for i, got in self.work.finish().items()}
        out = {}
        for key, entry in self.coming.items():
            got = done.get(_texts(entry))
            if got is not None and _still_holds(got, id_map):
                out[key] = got[0]
        return out


def _still_holds(got: tuple[Verdict, set[str]], id_map: dict[str, str]) -> bool:
    """A verdict reached with no id map holds under ``id_map`` when none of the ids it looked
    up is in it (see :class:`_NoIds`)."""
    return not any(k in id_map for k in got[1])
