"""``compare(old, new)``: the library entry point — align, then classify every entry.

Partial versions (``partial: true``: a draft known only from reporting) change what an
unpaired clause means. A clause of the full version that matches nothing in the partial one
was not necessarily dropped — nobody reported on it — so it is ``unreported``, unless the
partial plan lists it under ``removed:`` with a source, and then it is ``dropped`` with that
source as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plandiff.align import AlignOptions, Alignment, Entry, align
from plandiff.classify import Evidence, classify_texts
from plandiff.lexicon import Lexicon, load_lexicon
from plandiff.model import Clause, Plan
from plandiff.result import Change, Diff


@dataclass(frozen=True, slots=True)
class CompareOptions:
    align: AlignOptions = field(default_factory=AlignOptions)
    lexicon: str | None = None  # path of a lexicon file extending the default
    # Processes (this one included) for very large comparisons. One by default: spawned
    # helpers re-import the caller's main module, which a script without an
    # ``if __name__ == "__main__"`` guard does not survive. The CLI, whose entry point is
    # guarded, uses every core.
    workers: int = 1


def compare(old: Plan, new: Plan, *, options: CompareOptions | None = None) -> Diff:
    """Every clause of both plans, aligned and classified, in document order."""
    options = options or CompareOptions()
    lexicon = load_lexicon(options.lexicon)
    helpers = _start_helpers(options, len(old.flat()) + len(new.flat()))
    try:
        alignment = align(old, new, options.align)
        changes = classify_alignment(alignment, lexicon, lexicon_path=options.lexicon, helpers=helpers)
    finally:
        if helpers is not None:
            helpers[0].terminate()
    return Diff(old, new, tuple(changes), _options_dict(options, alignment))


# Large comparisons share classification between this process and spawned helper processes.
# A spawned process spends about 0.3 s importing before it can classify anything, so helpers
# are started before alignment, when the sizes of the plans say there will be much to
# classify, and warm up while this process aligns. They are used when at least PARALLEL_PAIRS
# changed pairs need classifying (fewer are quicker to do here than to ship to a helper).
PARALLEL_CLAUSES = 8000
PARALLEL_PAIRS = 1000


def _start_helpers(options: CompareOptions, clauses: int):
    if options.workers <= 1 or clauses < PARALLEL_CLAUSES:
        return None
    import multiprocessing

    try:
        # Spawned, not forked: rapidfuzz keeps a thread pool, and forking a threaded process
        # can deadlock.
        count = options.workers - 1
        pool = multiprocessing.get_context("spawn").Pool(count, initializer=_warm_up, initargs=(options.lexicon,))
        return pool, count
    except (OSError, RuntimeError, ValueError):
        return None  # no processes to be had: classify here instead


def _warm_up(lexicon_path: str | None) -> None:
    """Runs in each helper as it starts: imports and the lexicon, before any work arrives."""
    classify_texts("warm up", "warm up now", load_lexicon(lexicon_path))


def classify_alignment(alignment: Alignment, lexicon: Lexicon, *, lexicon_path: str | None = None,
                       helpers: tuple | None = None) -> list[Change]:
    old, new = alignment.old, alignment.new
    id_map = {e.old[0].id: e.new[0].id for e in alignment.entries if e.relation == "one-to-one"}
    id_map.update({_short(k): _short(v) for k, v in list(id_map.items())})
    work = [e for e in alignment.entries if e.old and e.new and e.match.matched_by != "identical"]
    verdicts = {}
    if helpers is not None and len(work) >= PARALLEL_PAIRS:
        verdicts = _verdicts_shared(work, id_map, lexicon, lexicon_path, helpers)
    out = []
    for entry in alignment.entries:
        if entry.old and entry.new:
            out.append(_classify_pair(entry, lexicon, id_map, verdicts.get(id(entry))))
        elif entry.old:
            out.append(_unpaired(entry, own=old, other=new, side="old"))
        else:
            out.append(_unpaired(entry, own=new, other=old, side="new"))
    return out


def _short(clause_id: str) -> str:
    return clause_id.rsplit(".", 1)[-1]


def _texts(entry: Entry) -> tuple[str, str]:
    return " ".join(c.text for c in entry.old), " ".join(c.text for c in entry.new)


def _verdicts_shared(entries: list[Entry], id_map: dict[str, str], lexicon: Lexicon,
                     lexicon_path: str | None, helpers: tuple) -> dict:
    """Classify many pairs here and in the helper processes at once: each helper gets an equal
    share as plain text and returns verdicts; this process does the first share itself.
    Order and results are the same as in one process."""
    pool, count = helpers
    texts = [_texts(e) for e in entries]
    shares = count + 1
    size = -(-len(texts) // shares)
    chunks = [texts[k:k + size] for k in range(0, len(texts), size)]
    try:
        pending = pool.starmap_async(_classify_chunk, [(c, id_map, lexicon_path) for c in chunks[1:]])
    except (OSError, RuntimeError, ValueError):
        return {}
    mine = [classify_texts(old, new, lexicon, id_map=id_map) for old, new in chunks[0]]
    try:
        theirs = pending.get()
    except (OSError, RuntimeError, EOFError):
        return {}  # a helper died: the pairs it had are classified here after all
    verdicts = mine + [v for chunk in theirs for v in chunk]
    return {id(e): v for e, v in zip(entries, verdicts)}


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
