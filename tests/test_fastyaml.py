"""The fast YAML reader must agree with PyYAML on everything it accepts (else return None)."""

from __future__ import annotations

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plandiff import fastyaml
from plandiff.yamltree import to_python


def pyyaml_value(x):
    """PyYAML's constructed value in the shape to_python gives (dates and floats as text)."""
    if isinstance(x, dict):
        return {k: pyyaml_value(v) for k, v in x.items()}
    if isinstance(x, list):
        return [pyyaml_value(v) for v in x]
    if x is None or isinstance(x, (bool, int)):
        return x
    return str(x)


def agree(text: str) -> bool:
    tree = fastyaml.read(text)
    if tree is None:
        return True  # "not sure" is always allowed; PyYAML takes over
    return to_python(tree) == pyyaml_value(yaml.safe_load(text))


words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(list(" :#'\"-[]{},&*!|>\\")),
    max_size=60,
)
scalar = words | st.integers() | st.booleans() | st.none()
clause = st.fixed_dictionaries(
    {"id": st.text(alphabet="0123456789abc.", min_size=1, max_size=5), "text": words},
    optional={"topics": st.lists(st.sampled_from(["nato", "territory", "x y"]), max_size=3), "note": scalar},
)
doc = st.fixed_dictionaries(
    {"id": st.text(alphabet="abc123-", min_size=1, max_size=8), "title": words,
     "clauses": st.lists(st.one_of(clause, st.fixed_dictionaries({"id": st.just("9"), "text": words,
                                                                    "clauses": st.lists(clause, max_size=3)})),
                         max_size=6)},
    optional={"notes": words, "partial": st.booleans(), "date": st.dates().map(str)},
)


@settings(max_examples=5000, deadline=None)
@given(doc, st.sampled_from([20, 80, 10000]), st.sampled_from([None, '"', "'"]), st.booleans())
# YAML breaks lines at U+2028 too (and folds them in quoted scalars); found by hypothesis.
@example({"id": "1", "title": "", "clauses": [{"id": "0", "text": ""}, {"id": "0", "text": "\u2028"}]}, 20, None, False)
def test_agrees_with_pyyaml_on_dumped_documents(data, width, style, flow):
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=width,
                          default_style=style, default_flow_style=flow and None)
    assert agree(text), text


@settings(max_examples=500, deadline=None)
@example("- a  #\n  a")  # a comment ends a plain scalar; PyYAML refuses the line after it
@given(st.lists(st.sampled_from(list("ab: -#'\"[],\n|>&*!\\") + ["  ", "\n  ", "- ", "k: ", "\n- "]),
                max_size=40).map("".join))
def test_never_disagrees_on_arbitrary_text(text):
    try:
        yaml.safe_load(text)
    except yaml.YAMLError:
        # PyYAML refuses it: the fast reader must not claim a tree for it... unless it is
        # one PyYAML would also accept; the safe contract is to return None.
        assert fastyaml.read(text) is None, repr(text)
        return
    assert agree(text), repr(text)


def test_hand_written_layouts():
    samples = [
        "id: x\ntitle: 'It''s'\nclauses:\n- id: '1'\n  text: \"a \\\"b\\\"\\n c\"\n  topics: [a, 'b c']\n",
        "a:\n  b: 1\n  c:\n    - x\n    - y: 2\n      z: [1, 2]\nd: >\n  folded\n  text\n\n  para\ne: |-\n  lit\n  two\n",
        "k: long plain\n  continued here\n\n  and a para\nk2: \"dq line one\n  line two\\\n  joined\"\n",
        "- - a\n  - b\n- c\n",
        "x: 1 # comment\ny: ~\nz: null\nw: 2025-01-02\nv: yes\n",
    ]
    for text in samples:
        assert fastyaml.read(text) is not None, text
        assert agree(text), text


def test_positions_are_one_based_and_point_at_values():
    tree = fastyaml.read("id: demo\nclauses:\n  - id: 7\n    text: hello\n")
    assert (tree.items[0][1], tree.items[0][2]) == (1, 1)
    value = tree.items[0][3]
    assert (value.line, value.column) == (1, 5)
    item = tree.get("clauses").items[0]
    text = item.get("text")
    assert (text.line, text.column) == (4, 11)


_TYPED = "0123456789-+.:_eExXbBo TtZ~yYnNaAlLuU<=!&*"
_KNOWN = ["", "~", "null", "NULL", "yes", "No", "on", "OFF", "True", "0b101", "0x1F", "017", "08",
          "1_000", "1:20", "1:20.5", "1.", ".5", "1e3", "1.0e+3", ".inf", "-.Inf", ".NaN",
          "2025-11-20", "2025-1-2 10:00:00", "2025-11-20T10:00:00.5 +02:00", "<<", "=", "!", "2a", "3bis"]


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(_KNOWN) | st.text(alphabet=_TYPED, max_size=14))
def test_scalar_types_agree_with_pyyaml(value):
    # The reader types plain scalars itself (so that reading a plan never imports PyYAML);
    # every value must get the tag PyYAML's safe loader would give it.
    resolver = yaml.resolver.Resolver()
    expected = resolver.resolve(yaml.ScalarNode, value, (True, False))
    assert fastyaml.resolve(value) == expected, value


def test_every_packaged_file_is_read_fast_and_the_same():
    """The bundled plans and data files (lexicon, alignment settings, catalogue) must stay within
    the fast reader's subset: a file that leaves it (a comment inside a flow list, say) quietly
    costs every run the PyYAML import until the disk cache has it."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "src" / "plandiff" / "data").glob("*.yaml")) + sorted((root / "plans").glob("*.yaml"))
    assert len(files) > 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        tree = fastyaml.read(text)
        assert tree is not None, f"{path.name} is outside the fast reader's subset"
        assert to_python(tree) == pyyaml_value(yaml.safe_load(text)), path.name
