"""Classifier quality on the labelled pairs in tests/data/classify/ (dev and holdout).

Run: ``python benchmarks/classify_bench.py [--split dev|holdout|holdout2|...|all] [--show-errors]``

Prints precision, recall and F1 per status, macro-F1, and the confusion matrix. Splits are
the YAML files in tests/data/classify/, found by name. ``dev`` is the split tuned on. Every
``holdoutN`` was written blind (by a hand that saw no code and no other set), read once for its
first figures, and from ``holdout3`` on studied in a later round, except the sets of a
session's last reading (holdout283–290 in the ninth). ``holdout2`` is only ever read for
aggregate figures (its errors are never looked at). benchmarks/RESULTS.md says which round
studied which set.
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


DATA = ROOT / "tests" / "data" / "classify"


def split_names() -> list[str]:
    """Every labelled split in tests/data/classify, in the order they were written."""
    def order(name: str) -> tuple[int, int]:
        digits = name.removeprefix("holdout")
        return (0, 0) if name == "dev" else (1, int(digits) if digits else 1)

    return sorted((p.stem for p in DATA.glob("*.yaml")), key=order)


def load_cases(split: str) -> list[dict]:
    names = split_names() if split == "all" else [split]
    cases = []
    for name in names:
        cases += yaml.safe_load((DATA / f"{name}.yaml").read_text())["cases"]
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
    parser.add_argument("--split", default="all", choices=[*split_names(), "all"])
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
