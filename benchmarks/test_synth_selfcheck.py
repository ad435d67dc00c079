"""Self-check of the synthetic benchmark generator (benchmarks/synth.py).

Run:  python -m pytest benchmarks/test_synth_selfcheck.py     (a few seconds)
"""
import collections
import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from baseline_difflib import difflib_pairs, pairs_to_predicted, predict  # noqa: E402

N = 2000
PARIS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "paris-agreement-drafts"


@pytest.fixture(scope="module")
def bench():
    return synth.generate(N, seed=11)


def _texts(plan):
    return {c["id"]: c["text"] for c in plan["clauses"]}


def test_deterministic():
    a = synth.generate(300, seed=7)
    b = synth.generate(300, seed=7)
    c = synth.generate(300, seed=8)
    assert a == b
    assert a[0]["clauses"] != c[0]["clauses"]


def test_plan_format(bench):
    old, new, _ = bench
    for plan, tag in ((old, "old"), (new, "new")):
        assert re.fullmatch(r"[a-z0-9._-]+", plan["id"])
        assert tag in plan["title"]
        ids = [c["id"] for c in plan["clauses"]]
        assert all(isinstance(i, str) and i for i in ids)
        assert len(ids) == len(set(ids)), "ids must be unique"
        for c in plan["clauses"]:
            assert isinstance(c["text"], str) and "\n" not in c["text"]
            assert set(c.get("topics", [])) <= set(synth.TOPICS)
    assert len(old["clauses"]) == N
    assert any(re.fullmatch(r"\d+[a-z]", c["id"]) for c in new["clauses"]), "expected some '12a' ids"
    lengths = [len(c["text"].split()) for c in old["clauses"]]
    assert min(lengths) >= 8
    assert 15 <= sorted(lengths)[len(lengths) // 2] <= 40


def test_gold_covers_every_clause_once(bench):
    old, new, gold = bench
    old_seen = collections.Counter(o for g in gold for o in g["old"])
    new_seen = collections.Counter(n for g in gold for n in g["new"])
    assert set(old_seen) == {c["id"] for c in old["clauses"]}
    assert set(new_seen) == {c["id"] for c in new["clauses"]}
    assert max(old_seen.values()) == 1 and max(new_seen.values()) == 1
    old_pos = {c["id"]: i for i, c in enumerate(old["clauses"])}
    new_pos = {c["id"]: i for i, c in enumerate(new["clauses"])}
    ot, nt = _texts(old), _texts(new)
    for g in gold:
        k = g["kind"]
        assert k in synth.KINDS
        if k == "add":
            assert not g["old"] and len(g["new"]) == 1
        elif k == "drop":
            assert len(g["old"]) == 1 and not g["new"]
        elif k == "split":
            assert len(g["old"]) == 1 and len(g["new"]) == 2
            a, b = (new_pos[x] for x in g["new"])
            assert b == a + 1, "split halves must be consecutive"
        elif k == "merge":
            assert len(g["old"]) == 2 and len(g["new"]) == 1
            a, b = (old_pos[x] for x in g["old"])
            assert b == a + 1, "merged clauses must be adjacent"
        else:
            assert len(g["old"]) == 1 and len(g["new"]) == 1
            same = ot[g["old"][0]] == nt[g["new"][0]]
            assert same == (k in ("identical", "move")), g
        if k == "move":
            assert g.get("moved") is True
        if g.get("moved"):
            assert abs(old_pos[g["old"][0]] - new_pos[g["new"][0]]) >= 3


def test_rates_roughly_respected(bench):
    _, _, gold = bench
    counts = collections.Counter(g["kind"] for g in gold)
    moved = sum(1 for g in gold if g.get("moved"))
    for k, rate in synth.DEFAULT_RATES.items():
        got = (moved if k == "move" else counts[k]) / N
        assert abs(got - rate) <= max(0.005, 0.2 * rate), (k, got, rate)
    assert counts["identical"] / N > 0.4


def test_custom_rates_and_validation():
    _, _, gold = synth.generate(500, seed=1, rates={"paraphrase": 0.4, "move": 0, "add": 0.1})
    counts = collections.Counter(g["kind"] for g in gold)
    assert counts["paraphrase"] == 200 and counts["add"] == 50
    assert not any(g.get("moved") for g in gold)
    with pytest.raises(ValueError):
        synth.generate(10, rates={"typo": 0.1})
    with pytest.raises(ValueError):
        synth.generate(10, rates={"paraphrase": 0.9, "drop": 0.5})


def test_text_diversity_with_near_duplicate_families(bench):
    old, _, _ = bench
    toks = [set(c["text"].lower().split()) for c in old["clauses"][:600]]
    rng = random.Random(0)
    jac = []
    for _ in range(1000):
        a, b = rng.sample(toks, 2)
        jac.append(len(a & b) / len(a | b))
    jac.sort()
    assert jac[len(jac) // 2] < 0.25, "random clauses should be dissimilar"
    near = sum(1 for i, a in enumerate(toks) for b in toks[i + 1:]
               if len(a & b) / len(a | b) > 0.7)
    assert near >= 5, "expected some near-duplicate families"


def test_score_perfect_and_empty(bench):
    old, new, gold = bench
    perfect = synth.score(gold, synth.gold_as_prediction(gold))
    assert perfect["f1"] == 1.0 and perfect["precision"] == 1.0 and perfect["recall"] == 1.0
    assert synth.score(gold, [])["f1"] == 0.0
    # "everything added/dropped" is a poor prediction
    nothing = synth.complete_prediction([], [c["id"] for c in old["clauses"]],
                                        [c["id"] for c in new["clauses"]])
    s = synth.score(gold, nothing)
    assert s["f1"] < 0.1 and s["by_kind"]["add"]["recall"] == 1.0


def test_score_links():
    gold = [{"old": ["1"], "new": ["1", "2"], "kind": "split"},
            {"old": ["2"], "new": [], "kind": "drop"},
            {"old": [], "new": ["3"], "kind": "add"}]
    s = synth.score(gold, [(("1",), ("1",)), (("2",), ("3",))])
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 3)
    assert s["precision"] == 0.5 and s["recall"] == 0.25
    assert s["by_kind"]["split"]["recall"] == 0.5


def test_difflib_pairs_small():
    old = ["alpha beta gamma delta", "the parties shall withdraw all forces", "zzz"]
    new = ["alpha beta gamma delta", "the parties should withdraw all forces", "new clause entirely"]
    pairs = difflib_pairs(old, new)
    assert (0, 0) in pairs and (1, 1) in pairs
    assert (2, None) in pairs and (None, 2) in pairs
    assert pairs_to_predicted(pairs, ["a", "b", "c"], ["x", "y", "z"])[0] == (("a",), ("x",))


def test_difflib_baseline_gets_identical_right():
    old, new, gold = synth.generate(1000, seed=3)
    pairs = difflib_pairs([c["text"] for c in old["clauses"]], [c["text"] for c in new["clauses"]])
    assert sorted(i for i, _ in pairs if i is not None) == list(range(len(old["clauses"])))
    assert sorted(j for _, j in pairs if j is not None) == list(range(len(new["clauses"])))
    s = synth.score(gold, predict(old, new))
    assert s["by_kind"]["identical"]["recall"] >= 0.99
    assert s["by_kind"]["move"]["recall"] == 0.0  # a move is a drop + an add for ndiff
    assert 0.5 < s["f1"] < 1.0


def test_write_and_cli(tmp_path):
    import yaml
    assert synth.main(["40", "--seed", "2", "--out", str(tmp_path)]) == 0
    old = yaml.safe_load((tmp_path / "old.yaml").read_text(encoding="utf-8"))
    new = yaml.safe_load((tmp_path / "new.yaml").read_text(encoding="utf-8"))
    import json
    gold = json.loads((tmp_path / "gold.json").read_text(encoding="utf-8"))
    assert (old, new, gold) == synth.generate(40, seed=2)


def test_topics_in_project_vocabulary():
    import yaml
    vocab = Path(__file__).resolve().parent.parent / "plans" / "topics.yaml"
    if not vocab.is_file():
        pytest.skip("plans/topics.yaml not present")
    tags = set(yaml.safe_load(vocab.read_text(encoding="utf-8"))["topics"])
    assert set(synth.TOPICS) <= tags


@pytest.mark.skipif(not PARIS.is_dir(), reason="Paris Agreement drafts not available")
def test_real_pool():
    pool = synth.load_real_pool(PARIS)
    assert len(pool) > 100
    assert not any("[" in s or "*" in s or s.startswith("#") for s in pool)
    old, new, gold = synth.generate(300, seed=5, real_pool=pool, real_fraction=0.3)
    real = sum(1 for c in old["clauses"] if c["text"] in set(pool))
    assert 50 < real < 150
    assert synth.score(gold, synth.gold_as_prediction(gold))["f1"] == 1.0
