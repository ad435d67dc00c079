"""Classifier quality on the labelled pairs in tests/data/classify/ (dev and holdout).

Run: ``python benchmarks/classify_bench.py [--split dev|holdout|holdout2|...|holdout11|all] [--show-errors]``

Prints precision, recall and F1 per status, macro-F1, and the confusion matrix. ``dev`` is the
split tuned on; ``holdout`` confirmed the first version of the rules and was then studied for
generic fixes, so ``holdout2`` (written afterwards by someone who saw neither the other sets nor
the code) confirmed the second round and ``holdout3`` (written blind by yet another hand after
that round, from no code and no other set) confirmed the third and was then studied, so
``holdout4``, ``holdout5`` and ``holdout6`` (each written blind after the round before) were
studied in rounds 4, 5 and 6, and ``holdout7`` (written blind after round 6, first run once)
was studied in round 7, and ``holdout8`` (written blind after round 7, first run once) was
studied in round 8, and ``holdout9`` (written blind after round 8, first run once) was studied
in round 9, and ``holdout10`` (written blind after round 9, first run once) was studied in
round 10. ``holdout2`` is run only for aggregate figures at the end of a round (its errors
are never looked at); ``holdout11`` (written blind after round 10, run once) is the untouched
one (see benchmarks/RESULTS.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from plandiff.classify import classify_texts  # noqa: E402
from plandiff.lexicon import load_lexicon  # noqa: E402

LABELS = ["unchanged", "reworded", "softened", "hardened", "modified"]


def load_cases(split: str) -> list[dict]:
    names = ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11"] if split == "all" else [split]
    cases = []
    for name in names:
        cases += yaml.safe_load((ROOT / "tests" / "data" / "classify" / f"{name}.yaml").read_text())["cases"]
    return cases


def evaluate(cases: list[dict], lexicon=None) -> dict:
    lex = lexicon or load_lexicon()
    pairs = []
    for case in cases:
        verdict = classify_texts(case["old"], case["new"], lex)
        pairs.append((case, case["expected"], verdict.status, verdict))
    report = {}
    f1s = []
    for label in LABELS:
        tp = sum(1 for _, e, p, _ in pairs if e == p == label)
        fp = sum(1 for _, e, p, _ in pairs if p == label and e != label)
        fn = sum(1 for _, e, p, _ in pairs if e == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
        f1s.append(f1)
    report["macro_f1"] = sum(f1s) / len(f1s)
    report["accuracy"] = sum(1 for _, e, p, _ in pairs if e == p) / len(pairs)
    report["confusion"] = Counter((e, p) for _, e, p, _ in pairs)
    report["pairs"] = pairs
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "all"])
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    report = evaluate(load_cases(args.split))
    print(f"split: {args.split}, {len(report['pairs'])} pairs")
    print(f"{'status':<11} {'prec':>6} {'recall':>6} {'f1':>6} {'n':>4}")
    for label in LABELS:
        r = report[label]
        print(f"{label:<11} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['support']:4d}")
    print(f"macro-F1 {report['macro_f1']:.3f}   accuracy {report['accuracy']:.3f}")
    print("confusion (expected → predicted):")
    for (e, p), n in sorted(report["confusion"].items()):
        if e != p:
            print(f"  {e:>10} → {p:<10} {n}")
    if args.show_errors:
        for case, e, p, verdict in report["pairs"]:
            if e != p:
                print(f"\n[{case['id']}] expected {e}, got {p}\n  old: {case['old']}\n  new: {case['new']}")
                for ev in verdict.evidence:
                    print(f"  - {ev.kind}/{ev.effect}: {ev.message}")


if __name__ == "__main__":
    main()
