"""Alignment accuracy and speed: plandiff against difflib, on synthetic edits and real gold.

Run (from the repository root, with the package installed)::

    python benchmarks/align_bench.py                      # N = 30, 1,000, 10,000, 50,000
    python benchmarks/align_bench.py --sizes 30 1000 --seeds 1 2 3
    python benchmarks/align_bench.py --no-cli             # skip the end-to-end CLI runs

For each N it generates an old/new pair with known edits (benchmarks/synth.py: paraphrase,
soften, harden, number change, split, merge, move, add, drop, renumber) and reports link
precision/recall/F1, wall time and peak memory for ``plandiff.align`` in-process, for difflib's
ndiff pairing (the standard-library peer; skipped above 10,000 clauses where it takes minutes),
and for the whole CLI (``plandiff compare old.yaml new.yaml --format json``: load, align,
classify, JSON out) in a subprocess. Then it scores the real gold alignments in
``../shared/gold/`` against the bundled plans. Results go to stdout as Markdown, ready for
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import synth  # noqa: E402
from baseline_difflib import difflib_pairs, pairs_to_predicted  # noqa: E402

from plandiff.align import AlignParams, align  # noqa: E402
from plandiff.loading import load_plan, plan_from_data  # noqa: E402

SHARED = Path(os.environ.get("PLANDIFF_SHARED", ROOT.parent / "shared"))


def predicted_links(alignment) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.old_ids, e.new_ids) for e in alignment.entries]


def run_plandiff(old, new, params: AlignParams | None = None, *, measure_memory: bool = False):
    gc.collect()
    if measure_memory:
        tracemalloc.start()
    start = time.perf_counter()
    from plandiff.align import AlignOptions

    alignment = align(old, new, AlignOptions(params=params))
    elapsed = time.perf_counter() - start
    peak = None
    if measure_memory:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return alignment, elapsed, peak


def synthetic_case(n: int, seed: int):
    old_data, new_data, gold = synth.generate(n, seed=seed)
    return plan_from_data(old_data), plan_from_data(new_data), gold, old_data, new_data


def score_synthetic(n: int, seed: int, params: AlignParams | None = None) -> dict:
    old, new, gold, *_ = synthetic_case(n, seed)
    alignment, _, _ = run_plandiff(old, new, params)
    return synth.score(gold, predicted_links(alignment))


def _gold_ids(raw) -> list[str]:
    """Gold ids as written; a malformed entry like '20 (20a)' names both 20 and 20a."""
    out = []
    for item in raw:
        for part in str(item).replace("(", " ").replace(")", " ").split():
            out.append(part)
    return out


def score_gold(params: AlignParams | None = None, plans_dir: Path = ROOT / "plans") -> list[dict]:
    """Link P/R/F1 against each gold file. The gold files list only the rows a source states,
    so a predicted link counts only when its old clause is listed there (or, for an added
    clause, its new clause): a sub-point the gold does not mention is neither right nor wrong."""
    results = []
    for path in sorted((SHARED / "gold").glob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        old = load_plan(str(plans_dir / f"{data['old']}.yaml"))
        new = load_plan(str(plans_dir / f"{data['new']}.yaml"))
        gold: set = set()
        for pair in data["pairs"]:
            olds, news = _gold_ids(pair["old"]), _gold_ids(pair["new"])
            if not olds:
                gold |= {(None, n) for n in news}
            elif not news:
                gold |= {(o, None) for o in olds}
            else:
                gold |= {(o, n) for o in olds for n in news}
        start = time.perf_counter()
        alignment, _, _ = run_plandiff(old, new, params)
        elapsed = time.perf_counter() - start
        gold_old = {o for o, _ in gold if o}
        gold_new = {n for _, n in gold if n}
        pred = set()
        for e in alignment.entries:
            if not e.old:
                pred |= {(None, n) for n in e.new_ids}
            elif not e.new:
                pred |= {(o, None) for o in e.old_ids}
            else:
                pred |= {(o, n) for o in e.old_ids for n in e.new_ids}
        pred = {(o, n) for o, n in pred if (o in gold_old) or (o is None and n in gold_new)}
        tp = len(pred & gold)
        p = tp / len(pred) if pred else 0.0
        r = tp / len(gold) if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        # difflib on the same pair
        dl = difflib_pairs([c.text for c in old.flat()], [c.text for c in new.flat()])
        dpred = set()
        oc, nc = old.flat(), new.flat()
        for i, j in dl:
            dpred.add((oc[i].id if i is not None else None, nc[j].id if j is not None else None))
        dpred = {(o, n) for o, n in dpred if (o in gold_old) or (o is None and n in gold_new)}
        dtp = len(dpred & gold)
        dp = dtp / len(dpred) if dpred else 0.0
        dr = dtp / len(gold) if gold else 0.0
        df1 = 2 * dp * dr / (dp + dr) if dp + dr else 0.0
        results.append({"pair": f"{data['old']}→{data['new']}", "precision": p, "recall": r, "f1": f1,
                        "ms": elapsed * 1000, "difflib_f1": df1,
                        "missed": sorted(gold - pred, key=str), "wrong": sorted(pred - gold, key=str)})
    return results


def cli_run(old_data: dict, new_data: dict) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of the real console script, end to end."""
    with tempfile.TemporaryDirectory() as tmp:
        old_path, new_path = Path(tmp, "old.yaml"), Path(tmp, "new.yaml")
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        for data, path in ((old_data, old_path), (new_data, new_path)):
            path.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100))
        exe = Path(sys.executable).with_name("plandiff")
        cmd = [str(exe) if exe.exists() else "plandiff", "compare", str(old_path), str(new_path), "--format", "json"]
        code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
                f"p=subprocess.run({cmd!r},stdout=subprocess.DEVNULL);"
                "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        if out[2] not in ("0", "1"):
            raise RuntimeError(f"plandiff exited {out[2]}")
        return float(out[0]), int(out[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description="plandiff alignment benchmark")
    parser.add_argument("--sizes", type=int, nargs="+", default=[30, 1000, 10000, 50000])
    parser.add_argument("--seeds", type=int, nargs="+", default=[101])
    parser.add_argument("--no-cli", action="store_true")
    parser.add_argument("--difflib-max", type=int, default=10000)
    args = parser.parse_args()

    print("## Synthetic edits (link precision / recall / F1)\n")
    print("| N | seed | plandiff P | R | F1 | align s | align peak MiB | CLI end-to-end s | CLI peak RSS MiB | difflib F1 | difflib s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        for seed in args.seeds:
            old, new, gold, old_data, new_data = synthetic_case(n, seed)
            alignment, secs, peak = run_plandiff(old, new, measure_memory=n <= 10000)
            s = synth.score(gold, predicted_links(alignment))
            cli = ("—", "—") if args.no_cli else tuple(f"{x:.2f}" if i == 0 else f"{x:.0f}"
                                                         for i, x in enumerate(cli_run(old_data, new_data)))
            if n <= args.difflib_max:
                t = time.perf_counter()
                pairs = difflib_pairs([c["text"] for c in old_data["clauses"]], [c["text"] for c in new_data["clauses"]])
                dsecs = time.perf_counter() - t
                ds = synth.score(gold, pairs_to_predicted(pairs, [c["id"] for c in old_data["clauses"]],
                                                          [c["id"] for c in new_data["clauses"]]))
                dl = (f"{ds['f1']:.3f}", f"{dsecs:.2f}")
            else:
                dl = ("(skipped)", "—")
            mem = f"{peak / 2**20:.0f}" if peak else "—"
            print(f"| {n:,} | {seed} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {secs:.3f} | {mem} | "
                  f"{cli[0]} | {cli[1]} | {dl[0]} | {dl[1]} |", flush=True)
    print("\n## Real gold alignments (../shared/gold)\n")
    print("| pair | plandiff P | R | F1 | align ms | difflib F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in score_gold():
        print(f"| {r['pair']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['ms']:.1f} | {r['difflib_f1']:.3f} |")
    print()
    for r in score_gold():
        if r["missed"] or r["wrong"]:
            print(f"- {r['pair']}: missed {r['missed']}; wrong {r['wrong']}")
    print(f"\n(python {sys.version.split()[0]}, {os.cpu_count()} cores, maxrss self {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB)")


if __name__ == "__main__":
    main()
