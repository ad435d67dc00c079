#!/usr/bin/env python3
"""difflib baseline for the synthetic clause-alignment benchmark (see synth.py).

What a careful person gets with the standard library alone: put one clause per
line and run ``difflib.ndiff``.  Unchanged lines ("  ") pair with each other.
Inside a replace block ndiff's ``Differ._fancy_replace`` pairs the most
similar "- "/"+ " lines (similarity ratio > 0.75) and marks such a pair with
"? " hint lines; we read that pairing straight off ndiff's output: a "- " line
followed (after its optional "? " line) by a "+ " line, with at least one
"? " line around the two, is a fuzzy pair.  Every other "- " line is a drop,
every other "+ " line an add.

Limitations, by construction: no split/merge (1:1 only), moved clauses come
out as drop + add, and a reworded clause is paired only if it sits in the same
replace block as its original and stays above ndiff's 0.75 cutoff.

Run:  python benchmarks/baseline_difflib.py DIR   (DIR from synth.py --out)
"""
from __future__ import annotations

import difflib
import json
import sys
import time
from pathlib import Path

__all__ = ["difflib_pairs", "pairs_to_predicted", "predict"]


def difflib_pairs(old_texts: list[str], new_texts: list[str]) -> list[tuple[int | None, int | None]]:
    """Pair clause indices the way ``difflib.ndiff`` does.

    Returns (i, j) for paired clauses, (i, None) for deleted old clause i and
    (None, j) for added new clause j; every index of both lists appears exactly
    once, in diff order.
    """
    for t in (*old_texts, *new_texts):
        if "\n" in t or "\r" in t:
            raise ValueError("clause texts must be single lines")
    out: list[tuple[int | None, int | None]] = []
    lines = list(difflib.ndiff(old_texts, new_texts))
    i = j = 0
    k = 0
    n = len(lines)
    while k < n:
        tag = lines[k][:2]
        if tag == "  ":
            out.append((i, j))
            i += 1
            j += 1
            k += 1
        elif tag == "- ":
            # fuzzy pair: "- a", ["? .."], "+ b", ["? .."], with >= 1 "? " line
            q = k + 1
            hint_a = q < n and lines[q].startswith("? ")
            if hint_a:
                q += 1
            if q < n and lines[q].startswith("+ "):
                hint_b = q + 1 < n and lines[q + 1].startswith("? ")
                if hint_a or hint_b:
                    out.append((i, j))
                    i += 1
                    j += 1
                    k = q + 1 + (1 if hint_b else 0)
                    continue
            out.append((i, None))
            i += 1
            k += 1
        elif tag == "+ ":
            out.append((None, j))
            j += 1
            k += 1
        else:  # stray "? " line (cannot happen after the branches above)
            k += 1
    assert i == len(old_texts) and j == len(new_texts), (i, j)
    return out


def pairs_to_predicted(pairs, old_ids, new_ids) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Index pairs -> ``synth.score``'s predicted format ((old ids), (new ids))."""
    return [(() if a is None else (old_ids[a],), () if b is None else (new_ids[b],))
            for a, b in pairs]


def predict(old_plan: dict, new_plan: dict):
    """Run the baseline on two plan dicts; returns the predicted-links list."""
    oc, nc = old_plan["clauses"], new_plan["clauses"]
    pairs = difflib_pairs([c["text"] for c in oc], [c["text"] for c in nc])
    return pairs_to_predicted(pairs, [c["id"] for c in oc], [c["id"] for c in nc])


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python benchmarks/baseline_difflib.py DIR  (with old.yaml, new.yaml, gold.json)",
              file=sys.stderr)
        return 2
    import yaml
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synth import score
    d = Path(argv[0])
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    old = yaml.load((d / "old.yaml").read_text(encoding="utf-8"), Loader=loader)
    new = yaml.load((d / "new.yaml").read_text(encoding="utf-8"), Loader=loader)
    gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    pred = predict(old, new)
    t1 = time.perf_counter()
    s = score(gold, pred)
    print(f"difflib baseline on {d}: P={s['precision']:.3f} R={s['recall']:.3f} "
          f"F1={s['f1']:.3f}  ({t1 - t0:.2f}s, {len(old['clauses'])} -> {len(new['clauses'])} clauses)")
    for k, v in s["by_kind"].items():
        print(f"  {k:<11} recall {v['recall']:.3f}  ({v['found']}/{v['links']} links)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
