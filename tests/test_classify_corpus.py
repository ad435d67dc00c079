"""Every labelled pair in tests/data/classify, read both ways, yields a verdict a renderer can use.

The accuracy of those verdicts is measured in benchmarks/classify_bench.py, not here. This
test guards what must hold whatever the verdict: no exception, a known status and effect, and
evidence spans that lie inside the texts they point into. (A rule that compared a reference
number with a period once crashed on 34 of these pairs while every unit test passed.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from plandiff.classify import classify_texts
from plandiff.lexicon import load_lexicon

DATA = Path(__file__).parent / "data" / "classify"
STATUSES = {"unchanged", "reworded", "softened", "hardened", "modified"}
EFFECTS = {"softened", "hardened", "modified", "neutral"}


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def _inside(span, text: str) -> bool:
    return span is None or (0 <= span[0] < span[1] <= len(text))


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_labelled_pair_reads_both_ways(lex, path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    cases = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)["cases"]
    assert cases, f"{path.name} holds no pairs"
    problems = []
    for case in cases:
        for old, new in ((case["old"], case["new"]), (case["new"], case["old"])):
            verdict = classify_texts(old, new, lex)
            if verdict.status not in STATUSES:
                problems.append(f"{case['id']}: status {verdict.status!r}")
            for e in verdict.evidence:
                if e.effect not in EFFECTS or not _inside(e.old_span, old) or not _inside(e.new_span, new):
                    problems.append(f"{case['id']}: evidence {e.kind} {e.effect} {e.old_span} {e.new_span}")
    assert not problems, "\n".join(problems[:20])
