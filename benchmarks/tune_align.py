"""Choose the alignment weights and thresholds in src/plandiff/data/align.yaml by measurement.

Run: ``python benchmarks/tune_align.py [--n 1000]``, or, for one parameter at a time,
``python benchmarks/tune_align.py --sweep actor_mismatch=0,0.05,0.1,0.12,0.15 --seeds 1 2 3 4 5
--confirm-seeds 6 7 8 9 10`` (each value scored on both sets, side by side).

Tuning set: synthetic seeds 1 and 2 (N clauses each) and the real gold pair 28pt→eu.
Confirmation set, never tuned on: synthetic seeds 3 and 4, and the real gold pair 28pt→20pt.
Each configuration is scored by link F1 (benchmarks/synth.py's metric; for the gold pairs the
metric of align_bench.score_gold). The best configuration on the tuning set is printed with its
confirmation scores, next to the current defaults.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from align_bench import score_gold, synthetic_case  # noqa: E402
import synth  # noqa: E402

from plandiff.align import AlignOptions, align, load_params  # noqa: E402

GRID = {
    "threshold": [0.5, 0.55, 0.6, 0.65],
    "slot_threshold": [0.25, 0.35, 1.0],
    "w_idf": [0.5, 0.7],
    "pair_cost": [0.0, 1.0],
    "actor_mismatch": [0.0, 0.12],
}


def evaluate(params, cases, gold_pairs) -> dict:
    out = {}
    for name, (old, new, gold) in cases.items():
        alignment = align(old, new, AlignOptions(params=params))
        out[name] = synth.score(gold, [(e.old_ids, e.new_ids) for e in alignment.entries])["f1"]
    for r in score_gold(params):
        if r["pair"] in gold_pairs:
            out[r["pair"]] = r["f1"]
    return out


def sweep(spec: str, tune_cases, confirm_cases) -> None:
    """Score each value of one parameter on the tuning and the confirmation set."""
    key, _, values = spec.partition("=")
    base = load_params()
    print(f"| {key} | tuning mean | 28pt→eu | confirmation mean | 28pt→20pt |\n|---:|---:|---:|---:|---:|")
    for value in values.split(","):
        params = base._replace(**{key: type(getattr(base, key))(value)})
        tune = evaluate(params, tune_cases, {"28pt→eu"})
        confirm = evaluate(params, confirm_cases, {"28pt→20pt"})
        synthetic = [v for k, v in tune.items() if k.startswith("seed")]
        held = [v for k, v in confirm.items() if k.startswith("seed")]
        print(f"| {value} | {sum(synthetic) / len(synthetic):.4f} | {tune['28pt→eu']:.3f} | "
              f"{sum(held) / len(held):.4f} | {confirm['28pt→20pt']:.3f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2], help="synthetic seeds to tune on")
    parser.add_argument("--confirm-seeds", type=int, nargs="+", default=[3, 4], help="synthetic seeds to confirm on")
    parser.add_argument("--sweep", metavar="KEY=V1,V2,...", help="score these values of one parameter instead of the grid")
    args = parser.parse_args()
    tune_cases = {f"seed{s}": synthetic_case(args.n, s)[:3] for s in args.seeds}
    confirm_cases = {f"seed{s}": synthetic_case(args.n, s)[:3] for s in args.confirm_seeds}
    if args.sweep:
        sweep(args.sweep, tune_cases, confirm_cases)
        return
    base = load_params()
    results = []
    keys = list(GRID)
    for values in itertools.product(*(GRID[k] for k in keys)):
        params = base._replace(**dict(zip(keys, values)))
        scores = evaluate(params, tune_cases, {"28pt→eu"})
        mean = sum(scores.values()) / len(scores)
        results.append((mean, dict(zip(keys, values)), scores))
        print(f"{mean:.4f} {dict(zip(keys, values))} {scores}", flush=True)
    results.sort(key=lambda r: -r[0])
    best_mean, best, best_scores = results[0]
    print("\nbest on the tuning set:", best, f"mean F1 {best_mean:.4f}", best_scores)
    for label, params in (("best", base._replace(**best)), ("current defaults", base)):
        scores = evaluate(params, confirm_cases, {"28pt→20pt"})
        print(f"confirmation, {label}: mean F1 {sum(scores.values()) / len(scores):.4f} {scores}")


if __name__ == "__main__":
    main()
