"""Who a clause binds: the parties named in its subject (plandiff.actors), and what the aligner
does with them. Texts are invented."""

from __future__ import annotations

import pytest

from plandiff.actors import ActorReader
from plandiff.align import AlignOptions, align, load_params
from plandiff.loading import plan_from_data
from plandiff.scoring import Scorer

PARAMS = load_params()
# Clauses that use the names inside a sentence, so that a clause opening with one is known.
CONTEXT = ["Trade with Ostravia and Quarnia will resume.", "Delegates of the Parties met.", "Talks between the United States and Ukraine went on."]


def actors(text: str, *context: str) -> set[str]:
    reader = ActorReader([*CONTEXT, *context, text], PARAMS.actor_verbs, PARAMS.stopwords, PARAMS.participles)
    return set(reader.clause(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ostravia will withdraw its forces from the eastern districts.", {"ostra"}),
    ("Ukrainian forces will withdraw from the valley.", {"ukrai"}),  # a demonym meets its country
    ("After signing, Quarnia will open the border.", {"quarn"}),  # a fronted phrase is skipped
    ("The United States, NATO and the European signatories will provide guarantees.", {"unite", "state", "us", "nato", "europ"}),
    ("Parties, when using cooperative approaches, shall ensure integrity.", {"parti"}),  # an aside
    ("Ostravia and Quarnia commit to resolve disputes peacefully.", {"ostra", "quarn"}),
    ("Ostravia will leave the valley; Quarnia will leave the plain.", {"ostra", "quarn"}),  # each sentence
])
def test_a_named_subject_is_read(text, expected):
    assert actors(text) == expected


@pytest.mark.parametrize("text", [
    "If Ostravia invades Quarnia, it will lose the guarantee.",  # the subject is "it"
    "Ostravia and Quarnia will be frozen along the line of contact.",  # passive: acted on
    "Ostravia will be fully reconstructed.",  # passive with an adverb
    "A joint commission will settle the future of the river crossings.",  # no name
    "Territorial arrangements will be as follows:",  # a capitalised first word used nowhere else
    "The stocktake referred to in Article 14 shall take into account the reports.",  # a reference
    "The Fund of the Union, and its entities, serving the Agreement shall aim to help.",  # not a subject
    "Support for Ostravia, including loans, is expected.",  # passive after an aside
])
def test_no_party_is_read_where_the_subject_names_none(text):
    assert actors(text) == set()


def test_a_clause_opening_word_is_a_name_only_if_the_documents_use_it_as_one():
    assert actors("Velnia will hold elections.") == set()
    assert actors("Velnia will hold elections.", "Elections in Velnia were held in May.") == {"velni"}
    assert actors("NATO agrees not to station troops there.") == {"nato"}  # an acronym is a name


def test_initials_meet_the_name_they_stand_for():
    assert actors("The United States will provide funding.") & actors("The US will provide funding.")


# --- in the aligner -------------------------------------------------------------------------

FILLER = [
    "Elections will be held within 100 days of the signing of the agreement.",
    "All prisoners of war will be exchanged on an all-for-all basis.",
    "Trade with Ostravia will resume at once.",
]


def _plan(pid, clauses):
    return plan_from_data({"id": pid, "title": pid, "clauses": [{"id": i, "text": t} for i, t in clauses]})


def _pairs(old, new, mismatch):
    params = load_params()._replace(actor_mismatch=mismatch)
    return {(e.old_ids, e.new_ids) for e in align(old, new, AlignOptions(params=params)).entries}


def test_a_rewritten_point_keeps_the_party_it_binds():
    # Old 9b shares more words with new 9b, but binds Quarnia; new 9b binds Ostravia, like old 9a.
    old = _plan("a", [("1", FILLER[0]), ("9", "Border arrangements will be as follows:"),
                      ("9a", "Ostravia will give up the other agreed districts it controls."),
                      ("9b", "The forces of Quarnia will withdraw from the part of the Velna districts that they hold."),
                      ("10", FILLER[1]), ("11", FILLER[2])])
    new = _plan("b", [("1", FILLER[0]), ("9", "Border arrangements will be as follows:"),
                      ("9a", "A joint commission will settle the future of the river crossings."),
                      ("9b", "Ostravia will withdraw its forces from the Merin and Tolsk districts that it holds."),
                      ("10", FILLER[1]), ("11", FILLER[2])])
    assert (("9b",), ("9b",)) in _pairs(old, new, 0.0)
    with_parties = _pairs(old, new, PARAMS.actor_mismatch)
    assert (("9a",), ("9b",)) in with_parties
    assert (("9b",), ()) in with_parties


def test_a_clause_whose_party_changed_is_still_paired():
    # Moved as well, so only the one-to-one stage (not pairing in place) can find it.
    text = "{} will withdraw all heavy artillery 30 kilometres from the line of contact within 14 days."
    old = _plan("a", [("1", FILLER[0]), ("2", text.format("Ostravia")), ("3", FILLER[1]), ("4", FILLER[2])])
    new = _plan("b", [("1", FILLER[0]), ("3", FILLER[1]), ("4", FILLER[2]),
                      ("5", text.format("The government of Quarnia"))])
    assert (("2",), ("5",)) in _pairs(old, new, PARAMS.actor_mismatch)
    assert (("2",), ("5",)) not in _pairs(old, new, 0.5)  # the penalty is what is at stake


def test_the_penalty_is_reported_and_only_where_both_subjects_name_a_party():
    old = _plan("a", [("1", "Ostravia will withdraw its forces from the valley."),
                      ("2", "A commission will withdraw its staff from the valley."), ("3", FILLER[2])])
    new = _plan("b", [("1", "The army of Quarnia will withdraw its forces from the valley."), ("2", FILLER[1])])
    scorer = Scorer(old.flat(), new.flat(), PARAMS)
    scorer.prepare([0, 1], [0])
    mismatched, parts = scorer.score(0, 0)
    assert parts.get("other_party") == 1.0
    unknown, parts = scorer.score(1, 0)
    assert "other_party" not in parts
    off = Scorer(old.flat(), new.flat(), PARAMS._replace(actor_mismatch=0.0))
    off.prepare([0, 1], [0])
    assert off.score(0, 0)[0] - mismatched == pytest.approx(PARAMS.actor_mismatch)
    assert off.score(1, 0)[0] == pytest.approx(unknown)
