"""Importing plain text and Markdown into plans (``plandiff.importer`` and ``plandiff import``).

The id scheme and the brackets policy tested here are documented in docs/import.md. The Paris
Agreement tests read the four real 2015 drafts from PLANDIFF_PARIS_DIR (default: the shared
dataset next to the repository) and skip, saying where they looked, when it is absent.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from plandiff.errors import PlandiffError
from plandiff.importer import apply_brackets, import_text, slugify
from plandiff.loading import load_plan
from plandiff.model import plan_to_dict

DATA = Path(__file__).resolve().parent / "data" / "import"
PARIS_DIR = Path(os.environ.get(
    "PLANDIFF_PARIS_DIR",
    Path(__file__).resolve().parents[2] / "shared" / "datasets" / "paris-agreement-drafts",
))
PARIS_FILES = {
    "oct23": "2015-10-23_adp-draft.md",
    "dec04": "2015-12-04_adp-draft.md",
    "dec09": "2015-12-09_draft.md",
    "dec12": "2015-12-12_paris-agreement.md",
}


def imp(text: str, **kw):
    return import_text(textwrap.dedent(text).lstrip("\n"), **kw)


def ids(plan) -> list[str]:
    return [c.id for c in plan.flat()]


def texts(plan) -> dict[str, str]:
    return {c.id: c.text for c in plan.flat()}


def round_trip(plan, tmp_path: Path, name: str = "out.yaml"):
    """Dump as ``plandiff import`` does, then load it back through the normal plan loader."""
    out = tmp_path / name
    out.write_text(yaml.safe_dump(plan_to_dict(plan, for_yaml=True), sort_keys=False,
                                  allow_unicode=True, width=100), encoding="utf-8")
    return load_plan(str(out))


# ---------------------------------------------------------------------------------------------
# Marker forms


@pytest.mark.parametrize("first, second", [
    ("1.", "2."), ("1)", "2)"), ("(1)", "(2)"), ("Point 1:", "Point 2:"), ("Paragraph 1:", "Paragraph 2:"),
])
def test_decimal_forms_keep_their_numbers(first, second):
    plan = imp(f"""
        {first} The ceasefire starts at midnight.
        {second} Prisoners are exchanged.
    """)
    assert ids(plan) == ["1", "2"]
    assert texts(plan) == {"1": "The ceasefire starts at midnight.", "2": "Prisoners are exchanged."}


@pytest.mark.parametrize("a, b, expected", [
    ("a.", "b.", ["a", "b"]), ("a)", "b)", ["a", "b"]), ("(a)", "(b)", ["a", "b"]),
    ("A.", "B.", ["A", "B"]), ("I.", "II.", ["I", "II"]), ("II)", "III)", ["II", "III"]),
    ("(i)", "(ii)", ["i", "ii"]),
])
def test_letter_and_roman_forms(a, b, expected):
    plan = imp(f"""
        {a} First provision here.
        {b} Second provision here.
    """)
    assert ids(plan) == expected
    assert plan.flat()[1].text == "Second provision here."


def test_i_after_h_is_a_letter_and_after_nothing_a_roman_numeral():
    letters = "\n".join(f"{c}) item {c}" for c in "abcdefghij")
    plan = import_text(letters)
    assert ids(plan) == list("abcdefghij")
    plan = imp("""
        (i) first;
        (ii) second;
        (iii) third;
        (iv) fourth;
        (v) fifth.
    """)
    assert ids(plan) == ["i", "ii", "iii", "iv", "v"]


def test_article_and_section_lines_become_prefixed_containers():
    plan = imp("""
        Section 1 - Hostilities

        Article 1
        The Parties shall cease fire.

        Article 2: Prisoners
        1. All for all.
        2. Within 30 days.

        Section 2 - Monitoring

        Article 3
        1. By the OSCE.
    """)
    # a keyword of a kind not open yet opens a sub-level; an open kind closes what is inside it
    assert ids(plan) == ["sec1", "sec1.art1", "sec1.art2", "sec1.art2.1", "sec1.art2.2",
                         "sec2", "sec2.art3", "sec2.art3.1"]
    t = texts(plan)
    assert t["sec1"] == "Section 1 - Hostilities"
    assert t["sec1.art1"] == "The Parties shall cease fire."  # body text, not the bare heading
    assert t["sec1.art2"] == "Article 2: Prisoners"
    assert t["sec2.art3.1"] == "By the OSCE."


def test_prose_mentioning_an_article_is_not_a_heading():
    plan = imp("""
        1. As set out in
        Article 4, paragraph 2, of the Convention, Parties act.
        2. In line with
        Article 4 of the Convention.
    """)
    assert ids(plan) == ["1", "2"]
    assert texts(plan)["1"] == "As set out in Article 4, paragraph 2, of the Convention, Parties act."


def test_bullets_get_ordinal_ids_under_their_parent():
    plan = imp("""
        - Ceasefire.
        - Exchange of prisoners.
          • in stages;
        - Reconstruction fund.
    """)
    assert ids(plan) == ["1", "2", "2.1", "3"]  # another bullet character is another level
    plan = imp("""
        1. Guarantees:
           - by the United States;
           - by the European Union.
        2. Elections.
    """)
    assert ids(plan) == ["1", "1.1", "1.2", "2"]
    assert texts(plan)["1.2"] == "by the European Union."


# ---------------------------------------------------------------------------------------------
# Nesting, continuations, headings, duplicates


def test_nesting_by_marker_kind_without_indentation():
    plan = imp("""
        1. Forces withdraw:
        a) heavy weapons first;
        b) then all other units:
        (i) within 30 days;
        (ii) within 60 days.
        c) under monitoring.
        2. Elections are held.
    """)
    assert ids(plan) == ["1", "1.a", "1.b", "1.b.i", "1.b.ii", "1.c", "2"]
    by_id = {c.id: c for c in plan.flat()}
    assert by_id["1.b.ii"].parent == "1.b" and by_id["1.b.ii"].depth == 2
    assert by_id["2"].parent is None


def test_nesting_by_indentation_for_markdown_lists(tmp_path):
    plan = imp("""
        1. The purpose is:

            1. to hold the temperature increase;
            2. to adapt.

        2. Equity applies.
    """, path="x.md")
    assert ids(plan) == ["1", "1.1", "1.2", "2"]
    # "1" under "1" is written "1.1" in the file so that it loads back as the same id
    assert [c.local_id for c in plan.flat()] == ["1", "1.1", "2", "2"]
    again = round_trip(plan, tmp_path)
    assert ids(again) == ids(plan)


def test_continuation_lines_join_with_a_space():
    plan = imp("""
        1. A ceasefire takes effect
           at midnight
        on the day of signature.
        2. Next point.
    """)
    assert texts(plan)["1"] == "A ceasefire takes effect at midnight on the day of signature."


def test_wrapped_line_starting_with_a_number_is_not_a_point():
    plan = imp("""
        1. The agreement of
        2015. is confirmed.
        2. Next.
    """)
    assert ids(plan) == ["1", "2"]
    assert texts(plan)["1"] == "The agreement of 2015. is confirmed."


def test_unnumbered_headings_become_notes_not_clauses():
    plan = imp("""
        # Peace plan

        ## Security

        1. Ceasefire.
        2. Withdrawal.

        ## Economy

        3. Reconstruction.
    """, path="plan.md")
    assert plan.title == "Peace plan"
    assert ids(plan) == ["1", "2", "3"]  # ids do not depend on the section headings
    by_id = {c.id: c for c in plan.flat()}
    assert by_id["1"].note == "Heading: Security"
    assert by_id["3"].note == "Heading: Economy"
    assert by_id["2"].note is None


def test_numbered_and_keyword_markdown_headings_are_containers():
    plan = imp("""
        ## 1. Security
        1. Ceasefire.
        ## 2. Economy
        1. Fund.
        ## Article 3 *(final)*
        Enters into force on signature.
    """, path="p.md")
    assert ids(plan) == ["1", "1.1", "2", "2.1", "art3"]
    t = texts(plan)
    assert t["1"] == "Security" and t["1.1"] == "Ceasefire."
    assert t["art3"] == "Enters into force on signature."
    assert plan.clause("art3").note == "Heading: Article 3 (final)"


def test_all_caps_heading_closes_the_open_points():
    plan = imp("""
        1. One.
           a) one-a.

        FINAL PROVISIONS

        2. Two.
    """)
    assert ids(plan) == ["1", "1.a", "2"]
    assert plan.clause("2").note == "Heading: FINAL PROVISIONS"


def test_duplicate_ids_are_made_unique_in_document_order(tmp_path):
    plan = imp("""
        1. First.
        2. Second.

        1. First again.
        2. Second again.
        2. And again.
    """)
    assert ids(plan) == ["1", "2", "1-2", "2-2", "2-3"]
    assert ids(round_trip(plan, tmp_path)) == ids(plan)


def test_text_after_sub_clauses_becomes_its_own_clause_in_markdown():
    plan = imp("""
        ## Article 1

        Definitions:

        1. "Party" means a Party.

        Further definitions may follow.
    """, path="a.md")
    assert ids(plan) == ["art1", "art1.1", "art1.p1"]
    assert texts(plan)["art1"] == "Definitions:"
    assert texts(plan)["art1.p1"] == "Further definitions may follow."


def test_list_restarting_after_a_lead_in_paragraph_nests_under_it():
    plan = imp("""
        1. **Features**

            **Option 1:** Developed country Parties shall:

            1. be quantified;
            2. be unconditional.

            Developing country Parties should:

            1. be quantified where possible;
            2. maximize co-benefits.
    """, path="f.md")
    assert ids(plan) == ["1", "1.opt1", "1.opt1.1", "1.opt1.2", "1.opt1.p1", "1.opt1.p1.1", "1.opt1.p1.2"]
    assert texts(plan)["1.opt1.p1"] == "Developing country Parties should:"


def test_leading_text_becomes_a_preamble_clause_and_first_short_line_the_title():
    plan = imp("""
        Framework agreement

        The sides, seeking peace,
        agree as follows:

        1. Ceasefire.
    """, path="/tmp/My Plan (draft).txt")
    assert plan.title == "Framework agreement"
    assert plan.id == "my-plan-draft"
    assert ids(plan) == ["pre", "1"]
    assert texts(plan)["pre"] == "The sides, seeking peace, agree as follows:"


def test_no_points_is_a_clear_error_naming_the_file():
    with pytest.raises(PlandiffError) as info:
        import_text("Just some prose.\n\nAnd more prose, with no numbering.\n", path="notes.txt")
    message = str(info.value)
    assert message.startswith("notes.txt: no numbered points found")
    for form in ("'1.'", "'(a)'", "'I.'", "'Point 1:'", "'Article 3'", "'- bullet'"):
        assert form in message
    with pytest.raises(PlandiffError, match="<stdin>: no numbered points"):
        import_text("", path="-")


def test_bad_options_are_refused():
    with pytest.raises(PlandiffError, match="brackets policy"):
        import_text("1. x", brackets="all")
    with pytest.raises(PlandiffError, match="plan id 'Bad Id'"):
        import_text("1. x", plan_id="Bad Id")


def test_slugify():
    assert slugify("2015-12-09_draft") == "2015-12-09_draft"
    assert slugify("Plan de paix (Élysée) v2") == "plan-de-paix-elysee-v2"
    assert slugify("!!!") == "imported"


# ---------------------------------------------------------------------------------------------
# Markdown specifics: front matter, kramdown, provenance, footnotes, options, emphasis


def test_markdown_draft_fixture(tmp_path):
    path = DATA / "draft.md"
    plan = import_text(path.read_text("utf-8"), path=str(path))
    assert plan.id == "draft"
    assert plan.title == "Draft Accord (v2)"  # front matter wins over the first heading
    assert plan.date == "2024-05-01"
    assert [s.url for s in plan.sources] == ["https://example.org/accord-v2.pdf"]
    assert "annotated copy of the second draft, from the public record." in plan.notes
    assert ids(plan) == ["pre", "art1", "art1.1", "art1.1.1", "art1.1.2", "art1.2", "art2bis", "art2bis.1",
                         "art2bis.1.opt1", "art2bis.1.opt2", "art2bis.2", "art3"]
    t = texts(plan)
    assert t["pre"] == "The Parties to this Accord, Recognizing the need for cooperation, Have agreed as follows:"
    # a titled article heading's text is its title (the number is the id); the heading as
    # written is kept in the note
    assert t["art1"] == "purpose"
    assert next(c for c in plan.iter_clauses() if c.id == "art1").note.startswith("Heading: Article 1 (purpose)")
    assert t["art1.1"] == "The purpose of this Accord is to [strengthen][enhance] cooperation so as to:"
    assert t["art1.1.1"] == "Reduce tensions;" and t["art1.1.2"] == "Build trust."
    assert t["art2bis.1.opt2"] == "Each Party should report when it can."
    assert t["art3"] == "This Accord enters into force on signature."
    assert plan.clause("art1.1").note == "Footnote 1: Cooperation includes exchange of information."
    assert plan.clause("art1.1").line == 27
    for c in plan.flat():
        assert "[^" not in c.text and "*" not in c.text and "{:" not in c.text and "TOC" not in c.text
    again = round_trip(plan, tmp_path)
    assert [(c.id, c.text) for c in again.flat()] == [(c.id, c.text) for c in plan.flat()]


def test_point_holding_an_option_on_its_first_line():
    plan = imp("""
        2. **Option 1:** All Parties shall mobilize finance.

            **Option 2:** Developed country Parties shall mobilize finance.
    """, path="o.md")
    assert ids(plan) == ["2", "2.opt1", "2.opt2"]
    assert texts(plan)["2.opt2"] == "Developed country Parties shall mobilize finance."


def test_option_variants():
    plan = imp("""
        **Option I:** first.

        **Option 2**: second.

        **Option 3**

        Option (a): fourth.
    """, path="o.md")
    assert ids(plan) == ["optI", "opt2", "opt3", "opta"]
    assert texts(plan)["opt3"] == "Option 3"  # no text of its own: its label stands in


def test_plain_text_plan_fixture(tmp_path):
    path = DATA / "plain.txt"
    plan = import_text(path.read_text("utf-8"), path=str(path))
    assert plan.title == "FRAMEWORK FOR A CEASEFIRE"
    assert ids(plan) == ["pre", "I", "I.1", "I.2", "I.2.a", "I.2.b", "I.2.b.i", "I.2.b.ii", "I.2.c",
                         "II", "II.1", "II.2", "3", "3-2"]
    t = texts(plan)
    assert t["I"] == "SECURITY"
    assert t["I.1"] == "A ceasefire takes effect at midnight on the day of signature."
    assert plan.clause("3").note == "Heading: HUMANITARIAN MATTERS"
    assert [c.line for c in plan.flat()][:3] == [3, 6, 8]
    again = round_trip(plan, tmp_path)
    assert [(c.id, c.text) for c in again.flat()] == [(c.id, c.text) for c in plan.flat()]


def test_load_plan_imports_markdown_and_text_files(tmp_path):
    md = tmp_path / "v1.md"
    md.write_text("# Plan\n\n1. One.\n2. Two.\n", encoding="utf-8")
    plan = load_plan(str(md))
    assert plan.id == "v1" and ids(plan) == ["1", "2"] and plan.path == str(md)


# ---------------------------------------------------------------------------------------------
# Brackets policy


@pytest.mark.parametrize("policy, expected", [
    ("keep", "Parties [shall][should] act [promptly] to [reach [net zero][neutrality]]."),
    ("first", "Parties shall act promptly to reach net zero."),
    ("strip", "Parties shallshould act promptly to reach net zeroneutrality."),
])
def test_brackets_policies(policy, expected):
    text = "Parties [shall][should] act [promptly] to [reach [net zero][neutrality]]."
    assert apply_brackets(text, policy) == expected
    plan = import_text(f"1. {text}", brackets=policy)
    assert plan.flat()[0].text == expected


def test_brackets_first_treats_only_touching_groups_as_alternatives():
    assert apply_brackets("[new,] [additional] funds", "first") == "new, additional funds"
    assert apply_brackets("[a][b] [c][d]", "first") == "a c"
    # unbalanced brackets (a bracket spanning several clauses) lose the bracket, not the words
    assert apply_brackets("[Each Party shall:", "first") == "Each Party shall:"
    assert apply_brackets("report annually.]]", "first") == "report annually."


def test_brackets_policy_applies_to_heading_texts():
    plan = imp("""
        ## [Article 3bis] *(REDD-plus)*
        1. Forests.
    """, path="x.md", brackets="first")
    assert plan.clauses[0].id == "art3bis"
    assert plan.clauses[0].text == "REDD-plus"
    assert plan.clauses[0].note == "Heading: [Article 3bis] (REDD-plus)"


# ---------------------------------------------------------------------------------------------
# Round trip, schema and robustness


def test_output_validates_against_the_published_schema():
    jsonschema = pytest.importorskip("jsonschema")
    from importlib.resources import files

    schema = json.loads((files("plandiff") / "schemas" / "plan.schema.json").read_text("utf-8"))
    plan = import_text((DATA / "draft.md").read_text("utf-8"), path="draft.md")
    jsonschema.validate(plan_to_dict(plan, for_yaml=True), schema)


def test_property_any_text_imports_or_fails_cleanly(tmp_path_factory):
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    pieces = st.sampled_from([
        "1. ", "2. ", "1) ", "(1) ", "a) ", "(a) ", "i. ", "ii) ", "I. ", "- ", "* ", "Point 1: ",
        "Article 3", "## ", "**Option 1:** ", "ANNEX", "    ", "\n", "\n\n", "text", "Yes", "on",
        "[shall][should]", "]", "[", "*", "_", "[^1]", "[^1]: note", "---", "3.3 ", "3bis. ", "1.10",
    ])
    directory = tmp_path_factory.mktemp("prop")

    @hypothesis.settings(max_examples=150, deadline=None,
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(st.lists(pieces, max_size=30).map("".join),
                      st.sampled_from(["keep", "first", "strip"]), st.sampled_from(["f.md", "f.txt"]))
    def check(text, policy, name):
        try:
            plan = import_text(text, path=name, brackets=policy)
        except PlandiffError as exc:
            assert f"{name}: no numbered points" in str(exc)
            return
        assert len(set(ids(plan))) == len(ids(plan))
        again = round_trip(plan, directory)
        assert [(c.id, c.text) for c in again.flat()] == [(c.id, c.text) for c in plan.flat()]

    check()


# ---------------------------------------------------------------------------------------------
# The command


@pytest.fixture
def import_cli():
    import typer
    from typer.testing import CliRunner

    from plandiff.cli_import import register

    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        pass

    register(app)
    runner = CliRunner()
    return lambda *args, input=None: runner.invoke(app, list(args), input=input, catch_exceptions=False)


def test_cli_import_to_stdout_and_file(import_cli, tmp_path):
    result = import_cli("import", str(DATA / "draft.md"))
    assert result.exit_code == 0
    doc = yaml.safe_load(result.stdout)
    assert doc["id"] == "draft" and doc["clauses"][1]["id"] == "art1"
    out = tmp_path / "accord.yaml"
    result = import_cli("import", str(DATA / "draft.md"), "-o", str(out), "--id", "accord-v2",
                        "--title", "Accord v2", "--brackets", "first")
    assert result.exit_code == 0 and result.stdout == ""
    plan = load_plan(str(out))
    assert plan.id == "accord-v2" and plan.title == "Accord v2"
    assert plan.clause("art1.2").text == "Parties shall act promptly."


def test_cli_import_from_stdin_and_errors(import_cli):
    result = import_cli("import", "-", input="1. One.\n2. Two.\n")
    assert result.exit_code == 0
    doc = yaml.safe_load(result.stdout)
    assert doc["id"] == "imported" and [c["id"] for c in doc["clauses"]] == ["1", "2"]
    with pytest.raises(PlandiffError, match="no numbered points"):
        import_cli("import", "-", input="nothing numbered here\n")
    with pytest.raises(PlandiffError, match="no such file"):
        import_cli("import", "/nonexistent/plan.md")
    assert import_cli("import", "-", "--brackets", "all", input="1. x\n").exit_code == 2


def test_cli_module_does_not_import_yaml_or_the_importer_at_load_time():
    import subprocess
    import sys

    code = ("import sys, plandiff.cli_import; "
            "print('yaml' in sys.modules, 'plandiff.importer' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# ---------------------------------------------------------------------------------------------
# The Paris Agreement drafts (real negotiated text, four versions)


@pytest.fixture(scope="module")
def paris():
    if not all((PARIS_DIR / name).is_file() for name in PARIS_FILES.values()):
        pytest.skip(f"Paris corpus not found at {PARIS_DIR}; set PLANDIFF_PARIS_DIR")
    out = {}
    for key, name in PARIS_FILES.items():
        path = PARIS_DIR / name
        out[key] = (import_text(path.read_text("utf-8"), path=str(path)), path.read_text("utf-8"))
    return out


def test_paris_all_four_import_with_articles(paris):
    for key, (plan, _) in paris.items():
        top = [c.id for c in plan.clauses]
        assert top[0] == "pre", key
        assert {"art1", "art2", "art3", "art4", "art26"} <= set(top), key
        assert all(re.fullmatch(r"pre|art\d+(bis|ter)?", i) for i in top), (key, top)
        assert len(set(ids(plan))) == len(ids(plan))
    for key in ("oct23", "dec04", "dec09"):
        top = [c.id for c in paris[key][0].clauses]
        assert {"art2bis", "art3bis", "art3ter", "art8bis"} <= set(top), key
    dec12 = [c.id for c in paris["dec12"][0].clauses]
    assert dec12 == ["pre"] + [f"art{n}" for n in range(1, 30)]  # the final text has 29 articles


def test_paris_titles_and_metadata(paris):
    assert paris["dec12"][0].title == "Paris Agreement"
    assert paris["dec09"][0].title == "Draft Agreement 9 Dec 2015"
    assert paris["dec12"][0].id == "2015-12-12_paris-agreement"
    assert "published on 12 December 2015" in paris["dec12"][0].notes  # the provenance paragraph
    assert any("l09r01.pdf" in s.url for s in paris["dec12"][0].sources)
    pre = paris["dec12"][0].clause("pre").text
    assert pre.startswith("The Parties to this Agreement, Being Parties to the United Nations")
    assert pre.endswith("Have agreed as follows:")


def test_paris_known_answers(paris):
    dec09 = paris["dec09"][0]
    art3 = dec09.clause("art3")
    assert art3 is not None and art3.text == "mitigation" and "Article 3 (mitigation)" in art3.note
    assert dec09.clause("art3.3").text == "Differentiated efforts"
    opt1 = dec09.clause("art3.3.opt1")
    assert "shall undertake quantified economy-wide" in opt1.text
    assert "without any conditions" in opt1.text
    assert dec09.clause("art3.3.opt2") is not None
    final = paris["dec12"][0]
    assert "should continue taking the lead" in final.clause("art4.4").text
    assert final.clause("art4.4").text.startswith("Developed country Parties should")
    assert final.clause("art2.1.1").text.startswith("Holding the increase in the global average temperature")
    assert final.clause("art3").text.startswith("As nationally determined contributions")
    assert "below 1.5°C" in paris["dec09"][0].clause("art2.1.1.opt3").text
    assert paris["dec04"][0].clause("art3.3.optb.3bis").text == \
        "[Developed country Parties should continue to take the lead]."


def test_paris_footnotes_are_notes_not_clauses(paris):
    for key, (plan, _) in paris.items():
        for c in plan.flat():
            assert "[^" not in c.text, (key, c.id)
            assert not c.text.startswith("Footnote"), (key, c.id)
    oct23 = paris["oct23"][0]
    assert oct23.clause("art3.7").text == "Features"
    assert oct23.clause("art3.7").note.startswith("Footnote 5: One group of Parties")
    assert "Footnote 1: The version of 23 October 2015@23:30" in oct23.notes  # referenced before any clause


def test_paris_every_numbered_paragraph_of_the_source_is_a_clause(paris):
    marker = re.compile(r"^\s*\(?(\d+)(bis|ter)?[.)]\s")
    for key, (plan, source) in paris.items():
        by_line: dict = {}
        for c in plan.flat():
            by_line.setdefault(c.line, c)  # "2. **Option 1:** …" is two clauses on one line
        seen = 0
        for n, line in enumerate(source.split("\n"), 1):
            m = marker.match(line)
            if not m or line.lstrip().startswith("[^"):
                continue
            seen += 1
            clause = by_line.get(n)
            assert clause is not None, (key, n, line[:60])
            assert re.sub(r"-\d+$", "", clause.local_id).split(".")[-1] == m.group(1) + (m.group(2) or ""), \
                (key, n, clause.id)
        assert seen > 100, key


def test_paris_article_paragraph_numbers(paris):
    final = paris["dec12"][0]
    assert [c.id for c in final.clause("art4").children] == [f"art4.{n}" for n in range(1, 20)]
    assert [c.id for c in final.clause("art7").children] == [f"art7.{n}" for n in range(1, 15)]
    assert len(final.flat()) == 190


def test_paris_no_text_is_lost(paris):
    """Every word of the source (bar markup, numbering and footnote/link definitions) is in a
    clause text, a note or the plan notes."""
    for key, (plan, source) in paris.items():
        body = source.split("\n---\n", 1)[1]
        body = re.sub(r"(?m)^\[[^\]^]+\]:.*$|\[\^[^\]]+\]|\{:[^}]*\}|<[^>]+>", " ", body)
        for label in re.findall(r"(?m)^\[([^\]^]+)\]:", source):  # reference-link labels
            body = body.replace(f"][{label}]", "]")
        body = re.sub(r"(?m)^\s*\d+(\.\d+)*[a-z]*[.):]?\s", " ", body)  # paragraph numbers
        words = lambda s: re.findall(r"[a-z]{4,}", s.lower().replace("*", ""))  # noqa: E731
        out = " ".join([f"{c.text} {c.note or ''}" for c in plan.flat()] + [plan.notes or "", plan.title])
        have = {}
        for w in words(out):
            have[w] = have.get(w, 0) + 1
        missing = {}
        for w in words(body):
            have[w] = have.get(w, 0) - 1
            if have[w] < 0:
                missing[w] = missing.get(w, 0) + 1
        missing.pop("article", None)  # bare "Article N" headings replaced by their body text
        missing.pop("option", None)  # "Option N:" markers
        missing.pop("preamble", None)
        assert not missing, (key, missing)


@pytest.mark.parametrize("policy", ["keep", "first", "strip"])
def test_paris_round_trip_through_plandiff_validate(paris, tmp_path, policy, run_cli):
    for key, name in PARIS_FILES.items():
        plan = import_text((PARIS_DIR / name).read_text("utf-8"), path=name, brackets=policy)
        out = tmp_path / f"{key}.yaml"
        out.write_text(yaml.safe_dump(plan_to_dict(plan, for_yaml=True), sort_keys=False,
                                      allow_unicode=True, width=100), encoding="utf-8")
        result = run_cli("validate", str(out))
        assert result.exit_code == 0, result.stderr
        assert f"{len(plan.flat())} clauses" in result.stdout
        again = load_plan(str(out))
        assert [(c.id, c.text) for c in again.flat()] == [(c.id, c.text) for c in plan.flat()]
        if policy != "keep":
            assert not any("[" in c.text or "]" in c.text for c in plan.flat())


def test_paris_import_is_fast(paris):
    source = (PARIS_DIR / PARIS_FILES["oct23"]).read_text("utf-8")
    assert len(source.split()) > 15_000
    best = min(_timed(lambda: import_text(source, path="oct23.md")) for _ in range(3))
    assert best < 0.5, f"importing the 17,000-word draft took {best:.3f}s"


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
