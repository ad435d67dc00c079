"""Checks on the bundled plan files in plans/ (plain YAML; no plandiff import).

The facts asserted here are the ones the research digests mark as verified; recollection-level
details are deliberately not tested.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PLANS_DIR = ROOT / "plans"
GOLD_DIR = Path(os.environ.get("PLANDIFF_GOLD_DIR", ROOT.parent / "shared" / "gold"))

PLAN_KEYS = {
    "id", "title", "date", "origin", "status", "language", "based_on", "aliases",
    "partial", "removed", "sources", "notes", "clauses",
}
CLAUSE_KEYS = {"id", "text", "topics", "note", "clauses"}
STATUSES = {"draft", "leaked", "proposed", "agreed", "reported", "published"}

# id -> (top-level clauses, total clauses including nested)
EXPECTED_COUNTS = {
    "28pt": (28, 52),
    "eu": (26, 29),
    "19pt": (2, 2),
    "20pt": (20, 26),
    "istanbul-2022": (10, 10),
    "istanbul-2022-draft": (12, 12),
    "ru-memo-2025": (16, 26),
    "ua-memo-2025": (7, 7),
    "formula-2022": (10, 10),
    "china-2023": (12, 12),
    "eu24": (11, 11),
}


def _load(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _plan_files() -> list[Path]:
    return sorted(p for p in PLANS_DIR.glob("*.yaml") if p.name != "topics.yaml")


def _walk(clauses, parent=None):
    for c in clauses:
        yield parent, c
        yield from _walk(c.get("clauses", []), c)


def _flat(plan) -> dict:
    return {c["id"]: c for _, c in _walk(plan["clauses"])}


def _children(plan, cid) -> list[str]:
    return [c["id"] for c in _flat(plan)[cid].get("clauses", [])]


@pytest.fixture(scope="module")
def plans() -> dict:
    return {p.stem: _load(p) for p in _plan_files()}


@pytest.fixture(scope="module")
def topics() -> set:
    return set(_load(PLANS_DIR / "topics.yaml")["topics"])


def _text(plans, pid, cid) -> str:
    return _flat(plans[pid])[cid]["text"]


# --- every plan -----------------------------------------------------------------------------

def test_expected_plan_set(plans):
    assert set(plans) == set(EXPECTED_COUNTS)


@pytest.mark.parametrize("pid", sorted(EXPECTED_COUNTS))
def test_clause_counts(plans, pid):
    plan = plans[pid]
    top, total = EXPECTED_COUNTS[pid]
    assert len(plan["clauses"]) == top
    assert sum(1 for _ in _walk(plan["clauses"])) == total


@pytest.mark.parametrize("path", _plan_files(), ids=lambda p: p.stem)
def test_plan_structure(path, topics):
    plan = _load(path)
    assert set(plan) <= PLAN_KEYS, set(plan) - PLAN_KEYS
    assert plan["id"] == path.stem
    assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*", plan["id"])
    assert plan["title"].strip()
    assert isinstance(plan["date"], dt.date)
    assert plan["status"] in STATUSES
    assert plan["sources"] and all(s["url"].startswith("http") for s in plan["sources"])
    if "removed" in plan:
        assert plan.get("partial") is True
    seen = set()
    for _, c in _walk(plan["clauses"]):
        assert set(c) <= CLAUSE_KEYS, (c["id"], set(c) - CLAUSE_KEYS)
        assert isinstance(c["id"], str), c["id"]
        assert c["id"] not in seen, f"duplicate clause id {c['id']}"
        seen.add(c["id"])
        assert isinstance(c["text"], str) and c["text"].strip()
        assert c.get("topics"), f"{c['id']} has no topics"
        assert set(c["topics"]) <= topics, (c["id"], set(c["topics"]) - topics)
        # caveats belong in `note`, not in the clause text
        assert not re.search(r"digest|recollection|unverified|\[sic\]", c["text"], re.I), c["id"]


def test_sub_clause_ids_carry_parent_id(plans):
    # plandiff joins a child's id to its parent's unless the child already starts with it;
    # our ids must survive unchanged (10a, not 10.10a).
    for pid, plan in plans.items():
        for parent, c in _walk(plan["clauses"]):
            if parent is not None:
                assert c["id"].startswith(parent["id"]), (pid, parent["id"], c["id"])


def test_aliases_and_lineage(plans):
    names = list(plans)
    for plan in plans.values():
        names += plan.get("aliases", [])
    assert len(names) == len(set(names)), "alias clashes with an id or another alias"
    assert plans["eu"]["aliases"] == ["e3"]
    assert plans["istanbul-2022"]["aliases"] == ["istanbul22"]
    assert plans["istanbul-2022-draft"]["aliases"] == ["istanbul22-draft"]
    assert plans["ru-memo-2025"]["aliases"] == ["ru-memo25"]
    assert plans["ua-memo-2025"]["aliases"] == ["ua-memo25"]
    assert plans["formula-2022"]["aliases"] == ["formula22"]
    assert plans["china-2023"]["aliases"] == ["china23"]
    for pid, plan in plans.items():
        if "based_on" in plan:
            assert plan["based_on"] in plans, pid
    assert plans["eu"]["based_on"] == "28pt"
    assert plans["19pt"]["based_on"] == "28pt"


def test_partial_flags(plans):
    partial = {pid for pid, p in plans.items() if p.get("partial")}
    assert partial == {"19pt", "ua-memo-2025", "eu24"}


# --- 28pt ------------------------------------------------------------------------------------

def test_28pt_sub_points(plans):
    p = plans["28pt"]
    assert [c["id"] for c in p["clauses"]] == [str(i) for i in range(1, 29)]
    assert _children(p, "10") == ["10a", "10b", "10c", "10d"]
    assert _children(p, "12") == ["12a", "12b", "12c", "12d", "12e", "12f"]
    assert _children(p, "13") == ["13a", "13b", "13c"]
    assert _children(p, "20") == ["20a", "20b", "20c"]
    assert _children(p, "21") == ["21a", "21b", "21c", "21d"]
    assert _children(p, "24") == ["24a", "24b", "24c", "24d"]


def test_28pt_key_facts(plans):
    t = lambda cid: _text(plans, "28pt", cid)  # noqa: E731
    assert plans["28pt"]["date"] == dt.date(2025, 11, 20)
    assert "600,000" in t("6") and "peacetime" not in t("6")
    assert t("3").startswith("It is expected that")
    assert "Europe" in t("2")
    assert "mediated by the United States" in t("4")
    assert "constitution" in t("7") and "statutes" in t("7")
    assert "Moscow" in t("10d") and "without cause" in t("10d")
    assert "US$100 billion" in t("14") and "50%" in t("14")
    assert "START I" in t("17")
    assert "50:50" in t("19")
    assert "Crimea" in t("21a") and "de facto" in t("21a")
    assert "in 100 days" in t("25")
    assert "amnesty" in t("26")
    assert "Peace Council" in t("27") and "Trump" in t("27")


# --- eu (E3) ---------------------------------------------------------------------------------

def test_eu_numbering_keeps_us_numbers_with_gaps(plans):
    ids = [c["id"] for c in plans["eu"]["clauses"]]
    assert ids == [str(i) for i in range(1, 29) if i not in (3, 26)]
    assert _children(plans["eu"], "10") == ["10a", "10b", "10c"]


def test_eu_key_facts(plans):
    t = lambda cid: _text(plans, "eu", cid)  # noqa: E731
    assert "800,000" in t("6") and "in peacetime" in t("6")
    assert "NATO" in t("2") and "Europe" not in t("2")
    assert "United States" not in t("4") and "After a peace agreement is signed" in t("4")
    assert "robust" in t("5")
    assert "consensus" in t("7")
    assert all(q in t("8") for q in ("permanently", "under its command", "in peacetime"))
    assert "NATO fighter jets" in t("9")
    assert "Article 5" in t("10")
    assert "remain frozen until Russia compensates" in t("14")
    assert "remain a non-nuclear" in t("18")
    assert "Line of Contact" in t("21")
    assert "as soon as possible after the signing" in t("25")


# --- 19pt (Geneva, partial) ------------------------------------------------------------------

def test_19pt_is_partial_with_reported_removals(plans):
    p = plans["19pt"]
    assert p["partial"] is True
    removed = {r["id"]: r for r in p["removed"]}
    assert set(removed) == {"7", "14", "26"}
    us_ids = set(_flat(plans["28pt"]))
    for rid, r in removed.items():
        assert rid in us_ids
        assert r["source"].startswith("http") and r["note"].strip()


def test_19pt_reported_changes(plans):
    p = plans["19pt"]
    flat = _flat(p)
    assert set(flat) == {"r6", "r21"}
    # every clause names the US point it reports a change to
    assert "US point 6" in flat["r6"]["note"]
    assert "US point 21" in flat["r21"]["note"]
    # army: no fixed 600,000 cap any more
    assert "600,000" not in flat["r6"]["text"] and "fixed" in flat["r6"]["text"]
    # territory: deferred to the leaders
    assert "Presidents" in flat["r21"]["text"]
    # removed points really are gone
    assert not any("amnesty" in c["text"].lower() for c in flat.values())


# --- 20pt ------------------------------------------------------------------------------------

def test_20pt_structure(plans):
    p = plans["20pt"]
    assert [c["id"] for c in p["clauses"]] == [str(i) for i in range(1, 21)]
    assert _children(p, "5") == ["5a", "5b", "5c"]
    assert _children(p, "14") == ["14a", "14b", "14c"]


def test_20pt_key_facts(plans):
    t = lambda cid: _text(plans, "20pt", cid)  # noqa: E731
    assert "800,000" in t("4") and "in peacetime" in t("4")
    assert "strong" in t("3")
    assert "Article 5" in t("5") and "NATO" in t("5")
    assert "without provocation" in t("5b")
    assert "Bilateral" in t("5c")
    assert "clearly defined date" in t("7")
    assert "US$800 billion" in t("9")
    assert "free-trade agreement" in t("10")
    assert "de facto" in t("14a")
    assert all(o in t("14c") for o in ("Dnipropetrovsk", "Mykolaiv", "Sumy", "Kharkiv"))
    assert "Kinburn Spit" in t("16")
    assert "political prisoners" in t("17")
    assert "as soon as possible after the signing" in t("18")
    assert "Peace Council" in t("19")
    assert not any("amnesty" in c["text"].lower() for _, c in _walk(plans["20pt"]["clauses"]))


def test_elections_wording_shared_by_eu_and_20pt(plans):
    # the same commitment in both versions is phrased identically (gold: E3 25 -> 20pt 18 same)
    assert _text(plans, "eu", "25") == _text(plans, "20pt", "18")


# --- other versions --------------------------------------------------------------------------

def test_istanbul_2022(plans):
    p = plans["istanbul-2022"]
    assert [c["id"] for c in p["clauses"]] == [f"M{i}" for i in range(1, 11)]
    assert p["date"] == dt.date(2022, 3, 29)
    assert "three days" in _text(plans, "istanbul-2022", "M4")
    assert "Article 51" in _text(plans, "istanbul-2022", "M4")
    assert "15 years" in _text(plans, "istanbul-2022", "M8")
    assert "Crimea" in _text(plans, "istanbul-2022", "M2")


def test_istanbul_2022_draft(plans):
    p = plans["istanbul-2022-draft"]
    assert [c["id"] for c in p["clauses"]] == [f"D{i}" for i in range(1, 13)]
    assert "permanent neutrality" in _text(plans, "istanbul-2022-draft", "D1")
    d2 = _text(plans, "istanbul-2022-draft", "D2")
    assert all(g in d2 for g in ("United Kingdom", "China", "Russia", "United States", "France"))


def test_ru_memo_2025(plans):
    flat = _flat(plans["ru-memo-2025"])
    assert {f"R{i}" for i in range(1, 14)} <= set(flat)
    assert _children(plans["ru-memo-2025"], "C") == [f"C{i}" for i in range(1, 11)]
    assert "within 100 days" in flat["C10"]["text"]
    assert "official language" in flat["R7"]["text"]


def test_ua_memo_2025(plans):
    assert [c["id"] for c in plans["ua-memo-2025"]["clauses"]] == [f"U{i}" for i in range(1, 8)]
    assert "no limits" in _text(plans, "ua-memo-2025", "U5")


def test_formula_2022_and_china_2023(plans):
    assert "Zaporizhzhia" in _text(plans, "formula-2022", "1")
    assert "all for all" in _text(plans, "formula-2022", "4")
    assert "special tribunal" in _text(plans, "formula-2022", "7")
    assert plans["china-2023"]["date"] == dt.date(2023, 2, 24)
    assert "Black Sea Grain Initiative" in _text(plans, "china-2023", "9")
    assert "UN Security Council" in _text(plans, "china-2023", "10")


def test_eu24_only_points_1_to_11(plans):
    p = plans["eu24"]
    assert [c["id"] for c in p["clauses"]] == [str(i) for i in range(1, 12)]
    assert "not be forced into neutrality" in _text(plans, "eu24", "9")
    assert "legally binding" in _text(plans, "eu24", "10")
    assert "no restrictions" in _text(plans, "eu24", "11").lower()


# --- gold alignments -------------------------------------------------------------------------

def _gold_files() -> list[Path]:
    if not GOLD_DIR.is_dir():
        return []
    return sorted(GOLD_DIR.glob("*.yaml"))


def _gold_ids(entry) -> list[str]:
    # One gold row writes "20 (20a)" (point 20, element 20a): check every id token in it.
    return re.findall(r"[0-9A-Za-z]+", str(entry))


@pytest.mark.skipif(not _gold_files(), reason=f"no gold files in {GOLD_DIR}")
@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_gold_ids_exist(plans, gold_path):
    gold = _load(gold_path)
    by_name = {}
    for pid, plan in plans.items():
        by_name[pid] = pid
        for a in plan.get("aliases", []):
            by_name[a] = pid
    old, new = by_name[gold["old"]], by_name[gold["new"]]
    old_ids, new_ids = set(_flat(plans[old])), set(_flat(plans[new]))
    missing = []
    for pair in gold["pairs"]:
        for entry in pair["old"]:
            missing += [(old, i) for i in _gold_ids(entry) if i not in old_ids]
        for entry in pair["new"]:
            missing += [(new, i) for i in _gold_ids(entry) if i not in new_ids]
    assert not missing, missing
