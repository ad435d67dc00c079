"""Each classification signal, with a case that fires it and one that must not."""

from __future__ import annotations

import pytest

from plandiff.classify import classify_texts, word_diff
from plandiff.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def status(lex, old: str, new: str) -> str:
    return classify_texts(old, new, lex).status


def kinds(lex, old: str, new: str) -> set[str]:
    return {e.kind for e in classify_texts(old, new, lex).evidence}


@pytest.mark.parametrize(("old", "new", "expected"), [
    # modal ladder
    ("Russia will withdraw its forces.", "Russia is expected to withdraw its forces.", "softened"),
    ("Parties should strengthen cooperation.", "Parties shall strengthen cooperation.", "hardened"),
    ("Foreign troops shall not be stationed there.", "Foreign troops should not be stationed there.", "softened"),
    ("The United States will lift the sanctions.", "The United States will consider lifting the sanctions.", "softened"),
    # qualifiers and conditions
    ("NATO agrees not to station troops in Ukraine.", "NATO agrees not to station troops in Ukraine in peacetime.", "softened"),
    ("The Fund will finance schools.", "If funding permits, the Fund will finance schools.", "softened"),
    ("Developed countries shall act without any conditions.", "Developed countries shall act.", "softened"),
    ("The findings shall be subject to review by the Parties.", "The findings shall not be subject to review by the Parties.", "hardened"),
    # numbers with their governing words
    ("The army will be limited to 600,000 personnel.", "The army will be capped at 800,000 personnel.", "softened"),
    ("The army will be limited to 800,000 personnel.", "The army will be limited to 600,000 personnel.", "hardened"),
    ("Each Party shall deploy at least 100 observers.", "Each Party shall deploy at least 150 observers.", "hardened"),
    ("The liability of the Supplier shall not exceed EUR 1 million.", "The liability of the Supplier shall not exceed EUR 5 million.", "hardened"),
    ("The mission will have 100 observers.", "The mission will have 150 observers.", "modified"),
    # deadlines
    ("Elections will be held within 100 days.", "Elections will be held within 200 days.", "softened"),
    ("Elections will be held within 100 days.", "Elections will be held.", "softened"),
    ("Elections will be held.", "Elections will be held within 100 days.", "hardened"),
    # negation, permission, parties
    ("The Parties may not deploy heavy weapons.", "The Parties may deploy heavy weapons.", "softened"),
    ("Ukraine will not seek membership of NATO.", "Ukraine will seek membership of NATO.", "modified"),
    ("European fighter jets will be based in Poland.", "NATO fighter jets will be based in Poland.", "modified"),
    # conflicting signals
    ("The cap is 600,000 personnel in peacetime.", "The cap is 800,000 personnel at all times.", "modified"),
])
def test_signal_fires(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the same cue on both sides is no change
    ("Parties shall cooperate, as appropriate, on education.", "Parties shall cooperate, as appropriate, on matters of education.", "reworded"),
    # a number written differently is the same number
    ("The army will be limited to 600,000 personnel.", "The army will be limited to 600 thousand personnel.", "unchanged"),
    ("The army will be limited to six hundred thousand personnel.", "The army will be limited to 600,000 personnel.", "unchanged"),
    # a per cent sign and the word are one unit (the sign must not vanish as punctuation)
    ("Tariffs shall not exceed 30% of the value.", "Tariffs shall not exceed 30 per cent of the value.", "unchanged"),
    ("Tariffs shall not exceed 30 percent of the value.", "Tariffs shall not exceed 30 per cent of the value.", "unchanged"),
    ("TARIFFS SHALL NOT EXCEED 30 PERCENT OF THE VALUE.", "Tariffs shall not exceed 30% of the value.", "unchanged"),
    # a modal moved with its sentence is not a new modal
    ("Russia is expected to withdraw. The United States shall pay.", "The United States shall pay. Russia is expected to withdraw.", "reworded"),
    # a synonym is rewording
    ("Ukraine will receive reliable security guarantees.", "Ukraine will receive robust security guarantees.", "reworded"),
    # an acronym spelled out is the same party
    ("Ukraine agrees to remain a non-nuclear state under the NPT.",
     "Ukraine agrees to remain a non-nuclear state under the Treaty on the Non-Proliferation of Nuclear Weapons.", "reworded"),
    # a possessive is the same party
    ("Ukraine will hold elections.", "Ukraine's government will hold elections.", "reworded"),
    # a reference renumbered is consequential
    ("The funds referred to in point 14 shall be used for reconstruction.",
     "The funds referred to in point 9 shall be used for reconstruction.", "reworded"),
    # a verb after a modal is not a second modal
    ("Russia shall recognise the border.", "Russia shall recognise the border of Ukraine.", "reworded"),
])
def test_signal_does_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_evidence_spans_point_at_the_phrases(lex):
    old = "The Armed Forces of Ukraine will be limited to 600,000 personnel."
    new = "The Armed Forces of Ukraine will be capped at 800,000 personnel in peacetime."
    verdict = classify_texts(old, new, lex)
    assert verdict.status == "softened"
    for e in verdict.evidence:
        if e.new_span:
            assert new[e.new_span[0]:e.new_span[1]] == e.new
        if e.old_span:
            assert old[e.old_span[0]:e.old_span[1]] == e.old
    assert {"cap", "hedge"} <= {e.kind for e in verdict.evidence}


def test_reference_following_the_alignment_map(lex):
    old, new = "As set out in point 14, funds will be used.", "As set out in point 9, funds will be used."
    assert classify_texts(old, new, lex, id_map={"14": "9"}).status == "reworded"
    assert classify_texts(old, new, lex, id_map={"14": "12"}).status == "modified"


def test_word_diff_ops_cover_both_texts():
    old, new = "Russia will withdraw within 30 days.", "Russia should withdraw within 60 days, if possible."
    ops, _, _, _ = word_diff(old, new)
    assert [op.op for op in ops][0] == "equal"
    assert any(op.op == "replace" and op.old_text == "will" and op.new_text == "should" for op in ops)
    inserted = " ".join(op.new_text for op in ops if op.op in ("insert", "replace"))
    assert "if possible" in inserted


def test_user_lexicon_extends_and_removes(tmp_path):
    extra = tmp_path / "lex.yaml"
    extra.write_text('modals:\n  5: ["is invited to"]\nremove:\n  hedges: ["in peacetime"]\n')
    custom = load_lexicon(extra)
    assert classify_texts("Ukraine will join.", "Ukraine is invited to join.", custom).status == "softened"
    assert classify_texts("NATO will station troops.", "NATO will station troops in peacetime.", custom).status != "softened"


# --- precision: evidence must be strong enough to give a direction ---------------------------

def test_rewritten_clause_qualifier_alone_gives_no_direction(lex):
    # most of the wording replaced; only a strengthener came with the new text
    old = "Russia, Ukraine and Europe will hold talks on a new security arrangement."
    new = "This is a full settlement between the two states, monitored by observers."
    verdict = classify_texts(old, new, lex)
    assert verdict.status == "modified"
    assert any(e.kind == "strengthener" for e in verdict.evidence)  # still shown as evidence


@pytest.mark.parametrize(("old", "new"), [
    ("Notwithstanding any other term of this policy, the insurer shall not cancel cover during a claim.",
     "Whatever else this policy says, the insurer must not end the cover while a claim is open."),
])
def test_rewritten_clause_keeping_its_content_words_is_reworded_despite_a_qualifier_cue(lex, old, new):
    # the qualifier word went with the paraphrase; the content words all found their match,
    # so the clause is read like one with no signal, and the cue is shown without a direction
    for a, b in ((old, new), (new, old)):
        verdict = classify_texts(a, b, lex)
        assert verdict.similarity < 0.5
        assert verdict.status == "reworded"
        hedges = [e for e in verdict.evidence if e.kind == "hedge"]
        assert hedges and all(e.effect == "neutral" and "no direction on its own" in e.message for e in hedges)


def test_rewritten_clause_keeps_direction_of_a_replaced_modal(lex):
    old = "Russia shall withdraw its forces from the region."
    new = "Russia should leave."
    assert classify_texts(old, new, lex).similarity < 0.5
    assert status(lex, old, new) == "softened"


def test_kept_clause_qualifier_still_gives_direction(lex):
    assert status(lex, "The Parties will exchange data.", "The Parties will fully exchange data.") == "hardened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an approximator hedges a number, and is a plain preposition elsewhere
    ("The force will number 5,000 troops.", "The force will number about 5,000 troops.", "softened"),
    ("The Parties will exchange information on the situation.",
     "The Parties will exchange information about the situation.", "reworded"),
    # fixed expressions hide the cue words inside them
    ("The Fund will finance roads under the recovery programme.",
     "The Fund will finance roads as part of the recovery programme.", "reworded"),
    ("Russia will withdraw from the region.", "Russia will withdraw from part of the region.", "softened"),
    ("The Parties shall take the measures that are necessary.",
     "The Parties shall take such measures as may be necessary.", "reworded"),
    ("The Parties shall take the measures.", "The Parties may take the measures.", "softened"),
    # a capitalised modal inside a sentence is a month or a name (no softening: the date
    # moved, with no deadline word, so the change has no direction)
    ("The talks will begin on 1 June 2025.", "The talks will begin on 1 May 2025.", "modified"),
    # a qualifier replaced by another of its kind is a synonym
    ("Where appropriate, the Parties will share data.", "Where possible, the Parties will share data.", "reworded"),
    ("Sanctions will be lifted in stages.", "Sanctions will be lifted step by step.", "reworded"),
    ("The Parties will share data.", "Where possible, the Parties will share data.", "softened"),
    # the negation word of a bound is not a negation of the modal
    ("The Parties shall report no later than 30 days after signature.",
     "The Parties shall report within 30 days after signature.", "reworded"),
    ("The Parties shall report within 30 days.", "The Parties shall not report within 30 days.", "modified"),
])
def test_cue_in_context(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_qualifier_on_a_noun_is_no_direction(lex):
    # "the temporary administration" says what the administration is, not how firmly it acts
    verdict = classify_texts("The temporary administration will hold elections.", "The administration will hold elections.", lex)
    assert verdict.status == "modified"
    assert [e.effect for e in verdict.evidence if e.kind == "hedge"] == ["modified"]
    # the same word qualifying the commitment gives a direction
    assert status(lex, "The administration will govern temporarily.", "The administration will govern.") == "hardened"
    # a noun phrase of its own ("its best efforts") is not a word on a noun
    assert status(lex, "The Parties shall use their best efforts.", "The Parties shall use their reasonable efforts.") == "softened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an effort verb after an auxiliary sets the strength of the pair
    ("The Parties shall resolve disputes through negotiation.",
     "The Parties shall seek to resolve disputes through negotiation.", "softened"),
    ("The Parties should endeavour to resolve disputes.", "The Parties should resolve disputes.", "hardened"),
    ("Russia shall recognise the border.", "Russia shall recognise the border of Ukraine.", "reworded"),
    # a modal in a relative clause describes a consequence, not the commitment
    ("Russia will withdraw its forces, which will allow refugees to return.",
     "Russia will withdraw its forces, which could allow refugees to return.", "reworded"),
    ("Russia will withdraw its forces and will allow refugees to return.",
     "Russia will withdraw its forces and could allow refugees to return.", "softened"),
    # "refrain from" negates as "not" does
    ("Russia shall not interfere in the elections.", "Russia shall refrain from interfering in the elections.", "reworded"),
    ("Russia shall interfere in the elections.", "Russia shall refrain from interfering in the elections.", "modified"),
    # a one-word modal after an article or possessive is a noun
    ("Ukraine will receive a guarantee from the United States.",
     "Ukraine may receive support from the United States.", "softened"),
    ("The Parties respect the will of the people.", "The Parties may respect the wishes of the people.", "softened"),
])
def test_modal_in_context(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_noun_is_not_paired_as_a_modal(lex):
    old, new = "The guarantee will be provided by the United States.", "Support may be provided by the United States."
    verdict = classify_texts(old, new, lex)
    assert verdict.status == "softened"
    assert [(e.old, e.new) for e in verdict.evidence if e.kind == "modal"] == [("will", "may")]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # ability and rights are permissions, whatever auxiliary carries them
    ("The Parties shall have the right to withdraw.", "The Parties may withdraw.", "reworded"),
    ("Ukraine will be able to join the Union.", "Ukraine can join the Union.", "reworded"),
    ("Ukraine will be able to join the Union.", "Ukraine will join the Union.", "hardened"),
    ("The Parties shall withdraw.", "The Parties may withdraw.", "softened"),
    # a sentence-initial "Should" opens a condition
    ("If the ceasefire is violated, sanctions will be reimposed.",
     "Should the ceasefire be violated, sanctions will be reimposed.", "reworded"),
    ("Sanctions will be reimposed.", "Should the ceasefire be violated, sanctions will be reimposed.", "softened"),
    # a period written in words is the same deadline (a lone number word is its figure:
    # the texts normalise alike, as "600 thousand" and "600,000" do)
    ("Forces will withdraw within 30 days.", "Forces will withdraw within thirty days.", "unchanged"),
    ("Forces will withdraw within 30 days.", "Forces will withdraw within a month.", "reworded"),
    ("Forces will withdraw within 30 days.", "Forces will withdraw within two months.", "softened"),
    ("The Parties will meet once a year.", "The Parties will meet annually.", "reworded"),
    # a qualifier inside a new item qualifies the item, not the old commitment
    ("The Parties shall consult each other regularly.",
     "The Parties shall consult each other regularly and, where necessary, hold joint exercises.", "modified"),
    ("The Parties shall consult each other regularly.",
     "The Parties shall, where necessary, consult each other regularly.", "softened"),
    # a strengthener on the object strengthens the commitment
    ("Russia will carry out a full withdrawal.", "Russia will carry out a withdrawal.", "softened"),
])
def test_commitment_context(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("The Parties note the importance of demining.", "The Parties commit to demining.", "hardened"),
    ("The Council requests the Parties to report.", "The Council decides that the Parties shall report.", "hardened"),
    ("The Parties shall report on request.", "The Parties shall report at the request of a Party.", "reworded"),
])
def test_diplomatic_register(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_condition_rephrased_as_hedge_is_a_synonym(lex):
    assert status(lex, "The Council will meet if either Party so requests.",
                  "The Council will meet at the request of either Party.") == "reworded"
    assert status(lex, "The Council will meet.", "The Council will meet at the request of either Party.") == "softened"


def test_rewritten_clause_direction_needs_a_second_signal(lex):
    # binding wording gone and a condition came: two independent signals agree
    old = "Russia agrees to withdraw its forces from the occupied regions before the elections."
    new = "Any withdrawal depends on a decision of the security council."
    verdict = classify_texts(old, new, lex)
    assert verdict.similarity < 0.5
    assert verdict.status == "softened"
    assert any("describes rather than commits" in e.message for e in verdict.evidence)
    # binding wording on both sides: the condition alone gives no direction
    new_binding = "Any withdrawal will depend on a decision of the security council."
    assert status(lex, old, new_binding) == "modified"
    # a description turned into a commitment backs a strengthener that came with it
    assert status(lex, "Ukraine declares itself a neutral state.",
                  "Ukraine will maintain permanent neutrality under international guarantees.") == "hardened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a date after a deadline word is a deadline: later softens, earlier hardens
    ("Elections will be held by 1 May 2026.", "Elections will be held by 1 June 2026.", "softened"),
    ("The forces shall withdraw before 15 April 2025.", "The forces shall withdraw before 15 March 2025.", "hardened"),
    ("Elections will be held no later than 30 September.", "Elections will be held no later than 31 July.", "hardened"),
    ("Elections will be held by May 2026.", "Elections will be held by June 2026.", "softened"),
    # a date with no deadline word moved: a change with no direction
    ("The ceasefire enters into force on 1 May.", "The ceasefire enters into force on 1 June.", "modified"),
    ("Sanctions will remain in place until 1 May 2026.", "Sanctions will remain in place until 1 June 2026.", "modified"),
    # a date without a year does not compare with one that has a year
    ("Elections will be held by 1 May.", "Elections will be held by 1 June 2026.", "modified"),
    # the same date written differently is the same date
    ("Elections will be held by 1 May 2026.", "Elections will be held by May 1, 2026.", "reworded"),
    # "may" in lower case stays a modal
    ("The Parties may meet on 1 May 2026.", "The Parties shall meet on 1 May 2026.", "hardened"),
])
def test_calendar_dates(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_date_evidence_names_both_dates(lex):
    verdict = classify_texts("Elections will be held by 1 May 2026.", "Elections will be held by 1 June 2026.", lex)
    (ev,) = [e for e in verdict.evidence if e.kind == "deadline"]
    assert (ev.old, ev.new) == ("1 May 2026", "1 June 2026")


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the same party in another form: generic party nouns do not tell parties apart
    ("Developed countries shall provide financial resources.",
     "Developed country Parties shall provide financial resources.", "reworded"),
    ("Both sides will respect the ceasefire.", "The two parties will respect the ceasefire.", "reworded"),
    ("The parties will exchange prisoners.", "The sides will exchange prisoners.", "reworded"),
    # … but the other words of a party's name do
    ("Developed country Parties shall report.", "Developing country Parties shall report.", "modified"),
    # a capitalised sentence opener replaced by another is no party
    ("Periodic reports will be submitted to the Council.", "Regular reports will be submitted to the Council.", "reworded"),
    # … unless the word facing it is a name by itself
    ("European fighter jets will be based in Poland.", "NATO fighter jets will be based in Poland.", "modified"),
    # the bound party dropped and nobody in its place (a passive with no agent)
    ("Developed country Parties shall provide support to developing country Parties.",
     "Support shall be provided to developing country Parties.", "modified"),
    ("Russia shall provide support to Ukraine.", "Russia shall provide assistance to Ukraine.", "reworded"),
    # … and the mirror image: a party now bound where nobody was (found by the mirror property)
    ("Support shall be provided to developing country Parties.",
     "Developed country Parties shall provide support to developing country Parties.", "modified"),
    ("Ukraine shall withdraw its forces within 30 days.",
     "Russia shall withdraw its forces within 30 days. Ukraine shall withdraw its forces within 30 days.", "modified"),
])
def test_party_identity(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the head of a phrase replaced by a word that is no synonym: what the clause is about changed
    ("Russia will withdraw troops from the zone.", "Russia will withdraw heavy weapons from the zone.", "modified"),
    ("The Parties shall begin talks on trade.", "The Parties shall begin talks on energy.", "modified"),
    ("The commission will meet in the capital.", "The commission will meet in the border region.", "modified"),
    # an item added to or dropped from a list
    ("The commission will review energy, transport and water.",
     "The commission will review energy, transport, water and health.", "modified"),
    ("Russia will withdraw its troops and artillery.", "Russia will withdraw its troops.", "modified"),
    ("The Parties will restore rail, road and air links.", "The Parties will restore rail, sea, road and air links.", "modified"),
    # a parenthetical between commas is no list item
    ("The Council shall decide on the arrangements.", "The Council shall, at its next meeting, decide on the arrangements.", "reworded"),
    # synonyms (lexicon), word forms, light words, moved words and acronyms keep the meaning
    ("The Parties shall begin talks on trade.", "The Parties shall commence negotiations on trade.", "reworded"),
    ("The parties shall establish a joint commission.", "The parties shall set up a joint commission.", "reworded"),
    ("Regular reports will be submitted to the Council.", "Regular reports will be presented to the Council.", "reworded"),
    ("The Parties will cooperate on security.", "The Parties will cooperate on security matters.", "reworded"),
    ("The parties shall establish a joint commission.", "A joint commission shall be established by the parties.", "reworded"),
    ("Ukraine agrees to remain a non-nuclear state under the Treaty on the Non-Proliferation of Nuclear Weapons.",
     "Ukraine agrees to remain a non-nuclear state under the NPT.", "reworded"),
    # a word of quality swapped for another (lexicon evaluative_words) keeps the meaning
    ("Ukraine will receive firm security guarantees.", "Ukraine will receive clear security guarantees.", "reworded"),
])
def test_content_change(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_content_change_evidence(lex):
    verdict = classify_texts("Russia will withdraw troops from the zone.", "Russia will withdraw heavy weapons from the zone.", lex)
    (ev,) = [e for e in verdict.evidence if e.kind == "content"]
    assert (ev.old, ev.new) == ("troops", "heavy weapons")


def test_content_change_gives_no_direction_over_a_signal(lex):
    # a modal signal still decides: the content rule only replaces the 'reworded' fallback
    assert status(lex, "Russia will withdraw troops from the zone.", "Russia should withdraw troops from the area.") == "softened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a qualifier between the modal and a negating verb does not hide the negation
    ("The parties should, in principle, refrain from offensive operations.",
     "The parties shall refrain from offensive operations.", "hardened"),
    ("The parties shall, in principle, refrain from offensive operations.",
     "The parties shall conduct offensive operations.", "modified"),
    # a qualifier of a noun gives no direction, but does not outweigh a modal that moved one way
    ("Prisoners may be exchanged on a voluntary basis.", "All prisoners shall be exchanged.", "hardened"),
    # … while two primary signals pointing opposite ways still give modified
    ("Elections may be held within 60 days.", "Elections shall be held within 90 days.", "modified"),
])
def test_single_direction_evidence(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a negative-polarity strengthener reinforces the prohibition it stands in
    ("Arms shall not be exported to the region.", "Arms shall not in any circumstances be exported to the region.", "hardened"),
    ("Arms shall not whatsoever be exported to the region.", "Arms shall not be exported to the region.", "softened"),
    # a degree strengthener under a negation is itself negated ("not fully": less)
    ("The plan shall not be implemented.", "The plan shall not be fully implemented.", "softened"),
    # and without a negation it strengthens as usual
    ("Prisoners shall be released.", "Prisoners shall under any circumstances be released.", "hardened"),
])
def test_negative_polarity_strengthener(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a period is compared in days whatever its unit, and whether written in figures or words
    ("The report shall be sent within 24 hours of the incident.", "The report shall be sent within one day of the incident.", "reworded"),
    ("The report shall be sent within 48 hours of the incident.", "The report shall be sent within 72 hours of the incident.", "softened"),
    ("The report shall be sent within 3 days of the incident.", "The report shall be sent within 36 hours of the incident.", "hardened"),
    ("Elections shall be held 90 days after the signature.", "Elections shall be held ninety days after the signature.", "unchanged"),
    ("Elections shall be held 100 days after the signature.", "Elections shall be held one hundred days after signature.", "reworded"),
    # a period that is not a deadline still changes when its length does
    ("The mandate shall last 100 days.", "The mandate shall last 100 weeks.", "modified"),
    ("The mandate shall last two hundred days.", "The mandate shall last 100 days.", "modified"),
])
def test_periods_in_any_unit(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_lone_number_word_is_no_number(lex):
    verdict = classify_texts("One of the Parties shall chair the commission.",
                             "One of the Parties shall preside over the commission.", lex)
    assert not any(e.kind == "number" for e in verdict.evidence)


def test_lexicon_words_that_yaml_reads_as_booleans(lex, tmp_path):
    # "no", "on" must survive YAML 1.1 loading as the words they are
    assert ("no",) in lex.negations and "on" in lex.light_words and "No" in lex.not_names
    bad = tmp_path / "lex.yaml"
    bad.write_text("negations: [no]\n")
    from plandiff.errors import PlandiffError
    with pytest.raises(PlandiffError, match="boolean"):
        load_lexicon(bad)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("The Employer shall, so far as is reasonably practicable, provide protective equipment.",
     "The Employer shall provide protective equipment.", "hardened"),
    ("The Agency shall inspect the sites.", "The Agency shall, where practicable, inspect the sites.", "softened"),
    # the same qualifier on both sides is no change
    ("Where practicable, the Agency shall inspect the sites.", "The Agency shall inspect the sites where practicable.", "reworded"),
    # "abstain from" negates as "refrain from" does
    ("The Parties shall refrain from hostile acts.", "The Parties shall abstain from hostile acts.", "reworded"),
    ("The Parties shall abstain from hostile acts.", "The Parties shall engage in hostile acts.", "modified"),
])
def test_drafting_hedges_and_negations(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_age_in_years_is_the_age(lex):
    assert status(lex, "Persons under the age of 16 shall not be recruited.",
                  "Persons under 16 years of age shall not be recruited.") == "reworded"
    assert status(lex, "Persons under the age of 16 shall not be recruited.",
                  "Persons under 18 years of age shall not be recruited.") != "reworded"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # common drafting synonyms
    ("Neither Party shall impede the passage of humanitarian convoys.", "Neither Party shall obstruct the passage of humanitarian convoys.", "reworded"),
    ("The Fund shall provide financial resources for adaptation.", "The Fund shall provide funding for adaptation.", "reworded"),
    ("The Parties shall refrain from attacks on hospitals.", "The Parties shall refrain from strikes on hospitals.", "reworded"),
    # a word outside the group is still a content change
    ("The Bank shall provide funding for adaptation.", "The Bank shall provide training for adaptation.", "modified"),
])
def test_drafting_synonyms(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a qualifier set inside a modal phrase leaves the modal as it was
    ("Refugees shall be allowed to return home.", "Refugees shall, where possible, be allowed to return home.", "softened"),
    ("Refugees shall, where possible, be allowed to return home.", "Refugees shall be allowed to return home.", "hardened"),
    ("Observers shall be permitted to visit the sites.", "Observers shall, without delay, be permitted to visit the sites.", "hardened"),
    # a modal phrase that really lost its words is still a modal change
    ("Refugees shall be allowed to return home.", "Refugees shall return home.", "hardened"),
    ("Refugees shall be allowed to return home.", "Refugees shall, where possible, return home.", "modified"),
])
def test_qualifier_inside_a_modal_phrase(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the word that says which party is a change of who is bound
    ("The host State shall bear the costs of the mission.", "The contributing States shall bear the costs of the mission.", "modified"),
    ("The importing Party shall notify the measure.", "The exporting Party shall notify the measure.", "modified"),
    # a scope word on the parties names the same parties
    ("Parties shall report every two years.", "All Parties shall report every two years.", "reworded"),
    ("All Parties should report every two years.", "Parties shall report every two years.", "hardened"),
])
def test_party_modifiers_and_scope_on_parties(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a scope word against the single direction of the other signals: no one direction
    ("The Parties shall clear mines from the northern fields by 2027.", "The Parties shall clear mines from all fields.", "modified"),
    ("The Parties shall clear mines from all fields.", "The Parties shall clear mines from the northern fields by 2027.", "modified"),
    # a scope word that agrees (or is absent) leaves the direction
    ("The Parties shall clear mines from the fields by 2027.", "The Parties shall clear mines from all fields by 2026.", "hardened"),
    ("The Parties shall clear mines from the fields by 2027.", "The Parties shall clear mines from the fields.", "softened"),
])
def test_scope_against_the_direction(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the one edit of a clause kept word for word replaces a word that says which thing:
    # modified even where the word only describes its noun
    ("The Commission shall hold regional consultations every year.",
     "The Commission shall hold national consultations every year.", "modified"),
    ("Members shall ban imports of frozen fish from the region.",
     "Members shall ban imports of processed timber from the region.", "modified"),
    # ... but not a swap of two words of quality, or of synonyms
    ("The mission shall provide effective support to the courts.",
     "The mission shall provide robust support to the courts.", "reworded"),
    # a replaced subject right before its modal heads its phrase
    ("The auditor shall keep the records for five years.", "The treasurer shall keep the records for five years.", "modified"),
    # a restructured sentence: the swapped words are the paraphrase itself
    ("The agency must make certain that all applicants are informed of their rights.",
     "All applicants must be told about their rights by the agency.", "reworded"),
    ("Each State shall take steps so that refugee children obtain access to schooling.",
     "Each State shall act so that refugee children are admitted to schools.", "reworded"),
    # ... while an item dropped from a list still counts there
    ("The Ministry shall publish each year the budget, the audit report and the procurement plan.",
     "Each year the Ministry shall publish the budget and the audit report.", "modified"),
    # "make sure" / "make certain" are "ensure", not a scope limit ("certain areas")
    ("The agency shall ensure that applicants are informed.", "The agency shall make certain that applicants are informed.",
     "reworded"),
])
def test_content_change_strength_of_evidence(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # one hedge gone and one of the same kind come elsewhere: the hedge moved and was reworded
    ("Where possible, each State should publish its data.", "Each State should, as far as practicable, publish its data.",
     "reworded"),
    # ... while a hedge dropped with no other in its place still hardens
    ("Where possible, each State should publish its data.", "Each State should publish its data.", "hardened"),
])
def test_qualifier_moved_and_reworded(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a scope word after a verb of prohibition names what is forbidden: all of it, as before
    ("The parties should refrain from shelling near schools.", "The parties shall refrain from all shelling near schools.",
     "hardened"),
    ("Vessels shall not discharge oil in the zone.", "Vessels shall not discharge any oil in the zone.", "reworded"),
    # "not" right before the scope word still negates it
    ("All members shall vote.", "Not all members shall vote.", "softened"),
    # ... while a "not" after its noun negates the verb, on both sides here
    ("The Council calls upon all States to refrain from supplying arms.",
     "The Council calls upon all States not to supply arms.", "reworded"),
    # a universal word on a subject named in the plural on the other side: the same rule
    ("Aircraft operators shall file a flight plan.", "Every aircraft operator shall file a flight plan.", "reworded"),
    ("Vessels over 50 metres shall carry a pilot.", "Every vessel over 50 metres shall carry a pilot.", "reworded"),
    # ... while on an object it widens the commitment
    ("The authority shall inspect vessels in port.", "The authority shall inspect every vessel in port.", "hardened"),
])
def test_scope_words_on_generic_nouns_and_under_prohibition(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a hyphenated number word is a number: the same period
    ("The operator shall report the incident within 48 hours.",
     "The operator shall, in any case, report the incident within forty-eight hours.", "reworded"),
    ("The operator shall report the incident within 48 hours.", "The operator shall report the incident within seventy-two hours.",
     "softened"),
    # a deadline word governs the number right after it, not a later one (a base year)
    ("Emissions shall be cut by 30 percent by 2035 relative to 2010 levels.",
     "Emissions shall be cut by 30 percent by 2035 relative to 2015 levels.", "modified"),
    ("Emissions shall be cut by 30 percent by 2035 relative to 2010 levels.",
     "Emissions shall be cut by 30 percent by 2040 relative to 2010 levels.", "softened"),
])
def test_number_words_and_the_number_a_bound_governs(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a minimum in the condition that triggers the obligation: lower means it applies more often
    ("The employer shall consult the works council if at least 50 workers are affected.",
     "The employer shall consult the works council if at least 20 workers are affected.", "hardened"),
    ("Municipalities shall provide signs in the language upon the request of at least 10 residents.",
     "Municipalities shall provide signs in the language upon the request of at least 40 residents.", "softened"),
    # a minimum that is what the obligation asks keeps its direction
    ("The employer shall grant at least 20 days of leave.", "The employer shall grant at least 25 days of leave.", "hardened"),
    # ... also after a condition that a comma closes
    ("If the budget allows, the employer shall grant at least 20 days of leave.",
     "If the budget allows, the employer shall grant at least 25 days of leave.", "hardened"),
])
def test_bound_in_a_trigger_condition(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # how often: a shorter interval in a binding clause asks for more
    ("The operator shall test the alarms at least once a year.", "The operator shall test the alarms at least once a quarter.",
     "hardened"),
    ("The board shall meet monthly.", "The board shall meet quarterly.", "softened"),
    ("The board shall meet twice a year.", "The board shall meet every month.", "hardened"),
    ("The Mission shall report to the Council on a weekly basis.",
     "The Mission shall report to the Council on a monthly basis.", "softened"),
    # the same frequency in other words
    ("The Mission shall report to the Council weekly.", "The Mission shall report to the Council on a weekly basis.",
     "reworded"),
    ("The board shall meet every year.", "The board shall meet annually.", "reworded"),
    ("The board shall meet once a year.", "The board shall meet yearly.", "reworded"),
    # a frequency in a permission or under a negation has no clear direction
    ("The licence may be renewed once a year.", "The licence may be renewed once a month.", "modified"),
    # a rate ("per year") is no frequency
    ("The fund shall receive USD 5 million per year.", "The fund shall receive USD 5 million annually.", "reworded"),
])
def test_frequencies(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an item added to what the clause asks while its strength fell: both ways at once
    ("The authority shall inspect ports and airports.", "The authority should inspect ports, airports and border crossings.",
     "modified"),
    # ... an item dropped while it fell points the same way
    ("The authority shall inspect ports, airports and border crossings.", "The authority should inspect ports and airports.",
     "softened"),
    # ... and with no direction elsewhere an item added to what a binding duty covers asks
    # more (round 13: test_list_item_under_a_duty_gives_direction); under a predictive "will"
    # it stays modified
    ("The authority shall inspect ports and airports.", "The authority shall inspect ports, airports and border crossings.",
     "hardened"),
    ("The authority will inspect ports and airports.", "The authority will inspect ports, airports and border crossings.",
     "modified"),
])
def test_list_item_against_the_direction(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


def test_mirrored_pair_reads_the_same_words(lex):
    from plandiff.classify.pair import _Pair
    pair = _Pair("The authority shall inspect ports.", "The agency shall inspect all ports.", lex, None)
    back = _Pair("The agency shall inspect all ports.", "The authority shall inspect ports.", lex, None)
    m = pair.mirrored()
    assert (m.a_keys, m.b_keys, m.opcodes, m.ratio) == (back.a_keys, back.b_keys, back.opcodes, back.ratio)
    assert m.old_cues == back.old_cues and m.new_cues == back.new_cues


def test_repeated_qualifier_faces_its_own_occurrence(lex):
    # the second "all" (negated on both sides) is not compared with the first (not negated)
    old = "Russia shall withdraw all troops from the zone. Russia will not withdraw all troops from the city."
    new = "Russia shall withdraw all troops from the area. Russia will not withdraw all troops from the city."
    forward, backward = status(lex, old, new), status(lex, new, old)
    assert forward == backward and forward not in ("softened", "hardened")


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a lone scope word in a restructured sentence is part of the paraphrase: no direction
    ("The operator must report to the regulator on any serious incident within five days of learning of it.",
     "The operator shall tell the regulator about every serious incident not later than 5 days after it learns of the incident.",
     "no direction"),
    # ... in a mostly kept sentence it still decides
    ("The authority shall inspect ports.", "The authority shall inspect all ports.", "hardened"),
    # ... and two weak cues that agree decide in a restructured one too
    ("The Ministry will seek to answer complaints within 30 days of receipt.",
     "The Ministry is obliged to decide on every complaint within 30 days of receiving it.", "hardened"),
])
def test_lone_weak_cue_needs_a_kept_sentence(lex, old, new, expected):
    if expected == "no direction":
        assert status(lex, old, new) not in ("softened", "hardened")
        assert status(lex, new, old) not in ("softened", "hardened")
        return
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("The Parties commit themselves to adopting a levy by 2026.", "The Parties intend to adopt a levy by 2026.", "softened"),
    ("The Agency will seek to decide claims within 90 days.", "The Agency commits itself to deciding claims within 90 days.",
     "hardened"),
])
def test_reflexive_commitment_is_binding(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an age is not a deadline: the population changed, nothing was loosened
    ("The holder shall study patients over 75 years of age.", "The holder shall study pregnant women.", "modified"),
    ("The holder shall study patients within 75 years of age.", "The holder shall study patients within 80 years of age.",
     "modified"),
    # ... a real period after the same word still is one
    ("The holder shall report within 15 days.", "The holder shall report.", "softened"),
])
def test_age_is_no_deadline(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "every two years" is an interval: once a year is more often, not a period or scope removed
    ("The authority shall inspect sites at least once every two years.", "The authority shall inspect sites at least once a year.",
     "hardened"),
    ("The authority shall inspect sites every 6 months.", "The authority shall inspect sites every two years.", "softened"),
    ("The authority shall inspect sites every three months.", "The authority shall inspect sites once every 3 months.", "reworded"),
    # ... a period after "every" with no number stays the unit's own frequency
    ("The authority shall inspect sites every month.", "The authority shall inspect sites every year.", "softened"),
])
def test_every_n_units_is_a_frequency(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


def test_frequency_evidence_holds_only_the_frequency(lex):
    # the word before "every" is the object, not a count: a changed object beside a changed
    # frequency is a second change (no one direction), and the evidence names only the interval
    old = "Each Member shall audit the register for vessels every four years."
    new = "Each Member shall audit the register for aircraft every three years."
    for a, b in ((old, new), (new, old)):
        assert status(lex, a, b) == "modified"
    verdict = classify_texts(old.replace("aircraft", "vessels"), new.replace("aircraft", "vessels"), lex)
    assert verdict.status == "hardened"
    (freq,) = [e for e in verdict.evidence if e.kind == "deadline"]
    assert (freq.old, freq.new) == ("every four years", "every three years")
    # a count before the interval belongs to it
    verdict = classify_texts("The Board shall meet twice a year.", "The Board shall meet three times a year.", lex)
    assert verdict.status == "hardened" and verdict.evidence[0].new == "three times a year"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a hedge reworded as a time limit or condition opened by another word is no hedge removed
    ("Pending the approval of the plan by the Inspectorate, the holder shall fence off the pits.",
     "Until the Inspectorate has approved the plan, the holder shall fence off the pits.", "no direction"),
    # ... with nothing in its place it still softens
    ("The holder shall fence off the pits.", "Pending the approval of the plan, the holder shall fence off the pits.",
     "softened"),
])
def test_hedge_reworded_as_a_condition(lex, old, new, expected):
    if expected == "no direction":
        assert status(lex, old, new) not in ("softened", "hardened")
        assert status(lex, new, old) not in ("softened", "hardened")
        return
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a letter after a space is a unit symbol: 14 m is 14 metres, the same floor
    ("The Authority shall keep a minimum depth of 14 metres.", "The Authority shall keep a depth of not less than 14 m.",
     "reworded"),
    # ... written against the number it is still a scale
    ("The Fund shall hold at least EUR 14m.", "The Fund shall hold at least EUR 20 million.", "hardened"),
    # a number word after a bound is the bound's number
    ("Each university agrees to admit up to twenty students.", "Each university agrees to admit up to a maximum of 20 students.",
     "reworded"),
    ("Each university shall admit at least ten students.", "Each university shall admit at least twelve students.", "hardened"),
])
def test_numbers_read_with_their_units_and_bounds(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # one number word swapped for another is a quantity changed, even with no bound or unit ...
    ("The holder shall replant two hectares for each hectare felled, within three years.",
     "The holder shall replant three hectares for each hectare felled, within five years.", "modified"),
    ("The holder shall plant two trees.", "The holder shall plant three trees.", "modified"),
    # ... a lone number word elsewhere is still a word ("one of the Parties")
    ("One of the Parties shall report within 30 days.", "One of the Parties shall report within 60 days.", "softened"),
])
def test_number_word_swapped(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a new item with a permission of its own beside a raised minimum: no one direction
    ("Each university shall host at least 10 researchers free of charge.",
     "Each university shall host at least 15 researchers and may charge them a fee.", "modified"),
    # ... a binding item added beside it agrees with the direction
    ("Each university shall host at least 10 researchers.",
     "Each university shall host at least 15 researchers and shall report on them.", "hardened"),
    # ... and a permission that was already there changes nothing
    ("Each university shall host at least 10 researchers and may charge them a fee.",
     "Each university shall host at least 15 researchers and may charge them a fee.", "hardened"),
])
def test_permission_item_added(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a lone qualifier beside a content word replaced: the clause says something else too
    ("The authority shall inspect ports.", "Where appropriate, the authority shall inspect airports.", "modified"),
    # ... alone it still decides
    ("The authority shall inspect ports.", "Where appropriate, the authority shall inspect ports.", "softened"),
    # ... and an item added beside it that points the same way is left to the qualifier
    ("The authority shall inspect ports.", "The authority shall inspect all ports and airports.", "hardened"),
    # ... while one that points the other way makes two changes in opposite directions (the
    # blind sets label a ban widened while an exception came as modified)
    ("The authority shall fully inspect ports.", "The authority shall inspect ports and airports.", "modified"),
])
def test_lone_qualifier_beside_other_content(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a number in digits on one side and as a lone number word on the other is the same number
    ("Ships shall not discharge waste within 12 nautical miles of the coast.",
     "Ships shall not discharge waste within twelve nautical miles of the coast.", "unchanged"),
    ("The operator shall cut emissions by 40% by 2030.", "The operator shall cut emissions by forty per cent by 2030.", "unchanged"),
    # ... and with other words reworded beside it, the number rule still reads them as one
    ("Ships shall not discharge waste within 12 nautical miles of the coast.",
     "Ships must not discharge waste within twelve nautical miles of the coast.", "reworded"),
    ("The operator shall cut emissions by 40% by 2030.", "The operator shall reduce emissions by forty per cent by 2030.", "reworded"),
    # ... but another value is still a number changed (here the zone a ban covers, narrowed)
    ("Ships shall not discharge waste within 12 nautical miles of the coast.",
     "Ships shall not discharge waste within ten nautical miles of the coast.", "softened"),
    ("The committee shall have 12 members.", "The committee shall have ten members.", "modified"),
    # ... and a number word already there does not stand in for a number dropped
    ("Two inspectors shall visit the 3 sites.", "Two inspectors shall visit the sites.", "modified"),
])
def test_number_digits_and_words(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a subject opened by "no" or "nothing" negates its modal as "shall not" does
    ("No Contracting State shall expel a refugee to the frontiers of territories.",
     "A Contracting State shall not, in any manner, expel a refugee to the frontiers of territories.", "reworded"),
    ("Nothing in this Agreement shall prevent either Party from taking measures.",
     "This Agreement shall not prevent either Party from taking measures.", "reworded"),
    # (a saving clause permits the act; without its "Nothing" the Agreement bars it)
    ("Nothing in this Agreement shall prevent either Party from taking measures.",
     "This Agreement shall prevent either Party from taking measures.", "hardened"),
    # ... a subject that lists several things, commas and all
    ("No tanks, artillery or combat aircraft shall be stationed within the Zone.",
     "Combat aircraft, artillery and tanks shall not be stationed within the Zone.", "reworded"),
    ("No person, other than the owner, may enter the site.", "A person other than the owner may not enter the site.",
     "reworded"),
    # ... as does a prohibition stated as what the act is
    ("It shall be unlawful for any person to park a motor vehicle on a public sidewalk.",
     "No person shall park a motor vehicle on any public sidewalk.", "reworded"),
    ("It shall be an offence for any person to sell alcohol to a minor.", "No person shall sell alcohol to a minor.",
     "reworded"),
    ("It shall be unlawful for any person to park a motor vehicle on a public sidewalk.",
     "Any person may park a motor vehicle on a public sidewalk.", "softened"),
    # ... which still differs from the plain duty
    ("No Contracting State shall expel a refugee.", "A Contracting State shall expel a refugee.", "modified"),
    ("No tanks, artillery or combat aircraft shall be stationed within the Zone.",
     "Tanks, artillery or combat aircraft shall be stationed within the Zone.", "modified"),
    # ... and a "no" inside the subject negates nothing
    ("States with no sea coast shall report on fisheries.", "States with no sea coast shall not report on fisheries.", "modified"),
])
def test_negative_subject(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a scope word whose inflected form stands on the other side was a verb there
    ("Airlines shall ensure that all cabin crew complete safety training every year.",
     "Airlines shall ensure that every member of the cabin crew completes safety training every year.", "reworded"),
    # ... a scope word dropped with no other form of it left still narrows the duty
    ("The operator shall publish the complete inventory.", "The operator shall publish the inventory.", "softened"),
])
def test_scope_word_in_another_form(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a list reordered: the "added" item's words mostly stand on the other side (the parts of
    # a hyphenated word too: "pre-mining" holds "mining")
    ("Upon closure, the holder shall rehabilitate the mine site and restore the land to its pre-mining condition.",
     ("The holder shall restore the land to the condition it was in before mining began and rehabilitate the mine site "
     "once the mine closes."), "reworded"),
    # ... an item that is new is still an item added (under a binding duty it asks more,
    # round 13; under a predictive "will" it stays modified)
    ("The holder shall rehabilitate the mine site.", "The holder shall rehabilitate the mine site and restore the river banks.",
     "hardened"),
    ("The fund shall finance schools and hospitals.", "The fund shall finance schools, hospitals and clinics.", "hardened"),
    ("The fund will finance schools and hospitals.", "The fund will finance schools, hospitals and clinics.", "modified"),
])
def test_list_item_moved(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # general drafting synonyms, in any inflection ("fixed" finds "fix")
    ("The quota for cod shall be set at 500 tonnes.", "The quota for cod shall be fixed at 500 tonnes.", "reworded"),
    ("The agent shall not accept gifts in exchange for favours.", "The agent shall not accept gifts in return for favours.",
     "reworded"),
    ("The controller shall notify the authority and in any event within 3 days.",
     "The controller shall notify the authority and in any case within 3 days.", "reworded"),
    # ... another word in their place is still a change
    ("The quota for cod shall be set at 500 tonnes.", "The quota for hake shall be set at 500 tonnes.", "modified"),
    ("The agent shall not accept gifts in exchange for favours.", "The agent shall not accept gifts in exchange for votes.",
     "modified"),
])
def test_drafting_synonyms_inflected(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a word plus another word is a compound, not another form of the first
    ("The insurer shall bear the cost of the examination.", "The policyholder shall bear the cost of the examination.",
     "modified"),
    # ... while derived forms still match ("development", "establishing", "statistical")
    ("The agency shall develop the plan for all stations.",
     "The agency shall ensure the development of the plan for all stations.", "reworded"),
    ("The agency shall support the establishment of statistics offices.",
     "The agency shall support establishing statistical offices.", "reworded"),
])
def test_compound_is_no_word_form(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a negated permission is a prohibition, not a best effort: stated plainly it is as strict
    ("No timber may be harvested within 50 metres of the river.",
     "The harvesting of timber within 50 metres of the river is prohibited.", "reworded"),
    # ... a permission not negated still reads as one, so the plain duty is harder
    ("The operator may report on emissions every year.", "The operator reports on emissions every year.", "hardened"),
    # a number word opening a compound ("twelve-mile") is that number
    ("Vessels shall stay 12 miles from the coast.", "Vessels shall stay at a twelve-mile distance from the coast.",
     "reworded"),
    ("Vessels shall stay 12 miles from the coast.", "Vessels shall stay at a ten-mile distance from the coast.",
     "modified"),
])
def test_negated_permission_and_number_compounds(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "three and a half" is 3.5, as a figure on the other side
    ("The Employer shall raise all salary scales by 3.5 per cent.",
     "The Employer shall raise all salary scales by three and a half per cent.", "reworded"),
    ("Drivers shall rest for 4.5 hours.", "Drivers shall rest for four and a half hours.", "reworded"),
    # ... and a different figure is still another number
    ("The Employer shall raise all salary scales by 3 per cent.",
     "The Employer shall raise all salary scales by three and a half per cent.", "modified"),
])
def test_spelled_number_and_a_half(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a number dropped with the qualifier it belonged to is the qualifier's detail
    ("The Supplier shall, subject to thirty days' notice, give the Customer access to its premises.",
     "The Supplier shall give the Customer access to its premises.", "hardened"),
    ("The Supplier shall give the Customer access to its premises.",
     "The Supplier shall, unless notified within 30 days, give the Customer access to its premises.", "softened"),
    # ... but one after a comma in the same new text is a change of its own
    ("The Supplier shall give the Customer access to its premises.",
     "The Supplier shall give the Customer access to its premises, subject to notice, for 30 days.", "modified"),
    # ... and a number changed beside a kept qualifier is still a number changed
    ("The Supplier shall, subject to 30 days' notice, give access.",
     "The Supplier shall, subject to 10 days' notice, give access.", "modified"),
])
def test_number_inside_a_qualifier(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "located" / "situated": the same drafting word
    ("Data shall be stored on servers located within the national territory.",
     "Data shall be stored on servers situated within the national territory.", "reworded"),
    # ... another word in its place is still content replaced
    ("Data shall be stored on servers located within the national territory.",
     "Data shall be stored on servers operated within the national territory.", "modified"),
])
def test_located_situated(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a clause part making the duty depend on means or circumstances is a hedge
    ("Every school shall offer one foreign language.",
     "Every school shall, where staffing allows, offer one foreign language.", "softened"),
    ("The Parties shall eliminate all customs duties by 2027.",
     "The Parties shall eliminate all customs duties by 2027, to the extent that their fiscal situation permits.",
     "softened"),
    # ... reworded as another such part it is no change
    ("Every school shall, where staffing allows, offer one foreign language.",
     "Every school shall, as resources permit, offer one foreign language.", "reworded"),
])
def test_enabling_condition_is_a_hedge(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


def test_enabling_verb_with_an_object_is_no_hedge(lex):
    # "where the licence permits export": the verb has an object, so no means-dependent hedge
    old = "The holder shall notify the authority of shipments."
    new = "The holder shall notify the authority of shipments where the licence permits export of the goods."
    assert "hedge" not in kinds(lex, old, new)
    assert "hedge" not in kinds(lex, new, old)


def _party_evidence(lex, old: str, new: str) -> list[str]:
    return [e.message for e in classify_texts(old, new, lex).evidence if e.kind == "party"]


@pytest.mark.parametrize(("old", "new"), [
    # a roman numeral after a reference word labels the reference: no party named "I"
    ("Parties included in Annex I shall report annually.", "Parties included in Annex II shall report annually."),
    ("The goods listed in Schedule III shall be exempt.", "The goods listed shall be exempt."),
    ("The measures in Part IV shall apply to all vessels.", "The measures shall apply to all vessels."),
    ("States listed in Annexes I and II shall report.", "States listed in Annexes I and III shall report."),
])
def test_roman_numeral_in_a_reference_is_no_party(lex, old, new):
    assert _party_evidence(lex, old, new) == []
    assert _party_evidence(lex, new, old) == []


def test_roman_numeral_as_a_name_is_still_a_party(lex):
    # with no reference word before it, a capitalised word is read as a name as before
    old, new = "Council I shall report annually.", "Council II shall report annually."
    assert _party_evidence(lex, old, new)
    assert status(lex, old, new) == "modified"


PARIS_3_3_OPTION_1 = ("In accordance with Article 4, paragraph 2, of the Convention, developed country Parties and other "
                      "Parties included in Annex I shall undertake quantified economy-wide absolute emission reduction and "
                      "limitation commitments/targets, which are comparable, measurable, reportable and verifiable, cover "
                      "all greenhouse gases and are implemented domestically without any conditions.")
PARIS_4_4 = ("Developed country Parties should continue taking the lead by undertaking economy-wide absolute emission "
             "reduction targets.")


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a citation that went does not block the direction of a clear change of the duty
    (PARIS_3_3_OPTION_1, PARIS_4_4, "softened"),
    ("In accordance with Article 4, the Parties shall report annually.", "The Parties may report annually.", "softened"),
    ("The Parties should report annually.", "In accordance with Article 4, the Parties shall report annually.", "hardened"),
])
def test_reference_added_or_removed_yields_to_a_direction(lex, old, new, expected):
    verdict = classify_texts(old, new, lex)
    assert verdict.status == expected
    assert any(e.kind == "reference" for e in verdict.evidence)


@pytest.mark.parametrize(("old", "new"), [
    # ... with no other signal a citation that came or went is still a change
    ("In accordance with Article 4, the Parties shall report annually.", "The Parties shall report annually."),
    ("The Parties shall report annually.", "The Parties shall report annually in accordance with Article 4."),
    # ... and it does not let a lone qualifier decide either
    ("The Parties shall report annually.", "In accordance with Article 4, the Parties shall report annually, where possible."),
])
def test_reference_added_or_removed_alone_is_modified(lex, old, new):
    assert status(lex, old, new) == "modified"
    assert status(lex, new, old) == "modified"


def test_roman_numeral_reference_removed_is_a_reference_removed(lex):
    # as "Schedule 3" dropped is: the label of a reference, weak, no direction, modified alone
    old, new = "The goods listed in Schedule III shall be exempt.", "The goods listed shall be exempt."
    verdict = classify_texts(old, new, lex)
    assert verdict.status == "modified"
    assert [e.old for e in verdict.evidence if e.kind == "reference"] == ["III"]
    assert status(lex, old, "The goods listed in Schedule III may be exempt.") == "softened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a one-word qualifier replaced by a listed synonym of another category is reworded
    ("Exporters shall obtain a certificate before each shipment leaves the country.",
     "Before every shipment leaves the country, exporters shall obtain a certificate.", "reworded"),
    ("Tour operators shall refund the full price of a cancelled package.",
     "Tour operators shall refund the entire price of a cancelled package.", "reworded"),
    ("Hotels must display the total price in every advertisement.",
     "In each advertisement, hotels should display the full price.", "softened"),
    # ... with no synonym on the other side the qualifier still counts
    ("Exporters shall obtain a certificate before the shipment leaves the country.",
     "Before every shipment leaves the country, exporters shall obtain a certificate.", "hardened"),
    ("Tour operators shall refund the price of a cancelled package.",
     "Tour operators shall refund the full price of a cancelled package.", "hardened"),
])
def test_qualifier_replaced_by_a_synonym(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "10 working days" is a period of days: a deadline removed or lengthened
    ("The State shall execute requests within 10 working days of receipt.", "The State shall execute requests.", "softened"),
    ("The State shall execute requests within 10 working days of receipt.",
     "The State shall execute requests within 15 working days of receipt.", "softened"),
    ("The State shall execute requests within 10 working days of receipt.",
     "The State shall execute requests within ten working days of receipt.", "unchanged"),
    ("The State shall reply within five business days.", "The State shall reply.", "softened"),
    # ... counted differently on the two sides the periods do not compare: no direction
    ("The State shall execute requests within 14 days of receipt.",
     "The State shall execute requests within 10 working days of receipt.", "modified"),
])
def test_period_in_working_days(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a number that went inside a qualifier replaced as a whole is the qualifier's detail
    ("The State shall grant inspectors access to any site, subject to 48 hours' prior notification.",
     "The State shall grant inspectors access to any site at any time and without conditions.", "hardened"),
    ("Customs duties shall be eliminated immediately upon entry into force.",
     "Customs duties shall be eliminated progressively over ten years following entry into force.", "softened"),
    # ... a number replaced by another beside a kept qualifier is still compared
    ("The State shall grant inspectors access to any site, subject to 48 hours' prior notification.",
     "The State shall grant inspectors access to any site, subject to 12 hours' prior notification.", "modified"),
])
def test_number_inside_a_replaced_qualifier(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "under no circumstances" negates the modal and strengthens it: "not" in its place softens
    ("The Parties shall under no circumstances obstruct the monitors.", "The Parties shall not obstruct the monitors.",
     "softened"),
    ("At no time shall the Parties obstruct the monitors.", "The Parties shall not obstruct the monitors.", "softened"),
    ("The Parties shall under no circumstances obstruct the monitors.",
     "The Parties shall not under any circumstances obstruct the monitors.", "reworded"),
    # ... and it is still a negation: without one on the other side the commitment is the opposite
    ("The Parties shall obstruct the monitors.", "The Parties shall under no circumstances obstruct the monitors.",
     "modified"),
])
def test_strengthener_with_a_negation_inside(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a hedge with adverbs set inside it is that hedge
    ("The manager shall equip all lines by 2030, and shall publish a report.",
     "The manager shall equip all lines by 2030, where technically and financially feasible, and shall publish a report.",
     "softened"),
    ("The manager shall, where feasible, equip all lines.", "The manager shall, where technically feasible, equip all lines.",
     "reworded"),
    # ... an adverb before an adjective that opens no hedge is a word like any other
    ("The manager shall equip all lines with technically feasible systems.",
     "The manager shall equip all lines with financially feasible systems.", "modified"),
])
def test_hedge_with_adverbs_inside(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a currency code against a figure is no party
    ("The Bank will make available to the Partner Central Bank a standing swap line of up to USD 5 billion.",
     "A standing swap facility of up to five billion US dollars will be made available by the Bank to the Partner Central Bank.",
     "reworded"),
    # ... and another currency is still another amount
    ("The Bank will provide a swap line of up to USD 5 billion.", "The Bank will provide a swap line of up to EUR 5 billion.",
     "modified"),
])
def test_currency_code_is_no_party(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected
    assert not [e for e in classify_texts(old, new, lex).evidence if e.kind == "party"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a period or share written out in words is the same number
    ("Operators shall refund 50% of the fare.", "Operators shall refund half of the fare.", "reworded"),
    ("Operators shall refund 25 per cent of the fare.", "Operators shall refund one quarter of the fare.", "reworded"),
    ("Operators shall reply within 60 minutes.", "Operators shall reply within an hour.", "reworded"),
    ("Trains more than 60 minutes late shall be reported.", "Trains over an hour late shall be reported.", "reworded"),
    # ... another value is still another number: a smaller share of what a duty gives back
    ("Operators shall refund 50% of the fare.", "Operators shall refund a third of the fare.", "softened"),
    ("Operators shall reply within 30 minutes.", "Operators shall reply within an hour.", "softened"),
])
def test_period_or_share_in_words(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # each prohibition still stands, the sentence restructured: no negation flipped
    (("Recruitment agencies shall not charge migrant workers any fee or related cost for their recruitment, "
      "and all such fees and costs shall be borne by the prospective employer."),
     ("No recruitment fee or related cost shall be charged to migrant workers by recruitment agencies; "
      "the prospective employer shall bear every such fee and cost."), "reworded"),
    # ... the prohibition moved to another verb is the opposite commitment
    ("The buyer shall not resell the goods, and the seller shall deliver them.",
     "The buyer shall resell the goods, and the seller shall not deliver them.", "modified"),
])
def test_negations_paired_across_a_restructured_sentence(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # every form of prohibition forbids as firmly: no change of strength between them
    ("Neither Party shall adopt any duty on the export of goods.", "No Party may adopt any duty on the export of goods.", "reworded"),
    ("The Operator must not discharge ballast water in port.", "The Operator may not discharge ballast water in port.", "reworded"),
    # a prohibition lifted into a permission, and a permission turned into a prohibition
    ("Vendors shall not sell alcohol in any municipal park.", "Vendors may sell alcohol in any municipal park.", "softened"),
    ("The Consultant may engage subcontractors.", "The Consultant shall not engage subcontractors.", "hardened"),
])
def test_prohibition_forms_and_permission(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a duty reversed is the opposite commitment, not a strength
    ("Ukraine will not seek membership of NATO.", "Ukraine will seek membership of NATO.", "modified"),
    ("The Operator shall not discharge ballast water.", "The Operator shall discharge ballast water.", "modified"),
    # a negated recommendation is weaker than a prohibition; an exhortation negated further on
    # ("urges … not to") is no prohibition
    ("Foreign troops may not be stationed there.", "Foreign troops should not be stationed there.", "softened"),
    ("The Parties shall not deploy troops there.", "The Council urges the Parties not to deploy troops there.", "softened"),
])
def test_prohibition_forms_negative(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new"), [
    # under a prohibition "without X" and "unless X" (or "except with X") are one exception
    ("The Licensee shall not assign this Agreement without the prior written consent of the Licensor.",
     "The Licensee shall not assign this Agreement unless the Licensor has given its prior written consent."),
    ("The Tenant shall not keep any animal on the Premises without the written consent of the Landlord.",
     "The Tenant shall not keep any animal on the Premises except with the written consent of the Landlord."),
])
def test_exception_reworded_under_a_prohibition(lex, old, new):
    assert status(lex, old, new) == "reworded"
    assert status(lex, new, old) == "reworded"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an exception with no counterpart still softens the prohibition
    ("The Licensee shall not assign this Agreement.",
     "The Licensee shall not assign this Agreement unless the Licensor has given its prior written consent.", "softened"),
    # "without" in a duty is no exception ("pay without consent" is not "pay unless consent")
    ("The Buyer shall pay the price without the prior written consent of the Seller.",
     "The Buyer shall pay the price unless the Seller has given its prior written consent.", "softened"),
])
def test_exception_reworded_negative(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a unit symbol is its unit: "48 h" is the same period as "48 hours", in any floor wording
    ("The specimen shall be conditioned for at least 48 h prior to testing.",
     "Prior to testing, the specimen shall be conditioned for a minimum of 48 hours.", "reworded"),
    # and a different one when the number or unit differs
    ("The specimen shall be conditioned for at least 48 h prior to testing.",
     "The specimen shall be conditioned for at least 24 hours prior to testing.", "softened"),
    ("The specimen shall be conditioned for at least 48 h prior to testing.",
     "The specimen shall be conditioned for at least 48 days prior to testing.", "hardened"),
])
def test_unit_symbol_is_its_unit(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a negated verb of exceeding sets a cap, as "shall not exceed" does
    ("The School Board shall ensure that no primary class exceeds 28 pupils.",
     "The School Board shall ensure that no primary class exceeds 30 pupils.", "softened"),
    ("Member States shall ensure that the limit value is not exceeded more than 35 times in a calendar year.",
     "Member States shall ensure that the limit value is not exceeded more than 18 times in a calendar year.", "hardened"),
    # not negated it is a threshold in the condition that says when the duty applies: a higher
    # one leaves fewer contracts to divide
    ("Contracting authorities shall divide contracts into lots where the estimated value exceeds EUR 1 million.",
     "Contracting authorities shall divide contracts into lots where the estimated value exceeds EUR 2 million.", "softened"),
])
def test_negated_exceeding_is_a_cap(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_qualifier_word_inside_a_name_is_no_cue(lex):
    old = "Each Party shall appoint one arbitrator, and the two arbitrators so appointed shall appoint the presiding arbitrator."
    new = ("Each Party shall appoint one arbitrator, and the presiding arbitrator shall be appointed by the "
           "Secretary-General of the Permanent Court of Arbitration.")
    verdict = classify_texts(old, new, lex)
    assert "strengthener" not in {e.kind for e in verdict.evidence}  # "Permanent" names the Court
    # the passive's agent carries the obligation now: who acts changed
    assert verdict.status == "modified" and "party" in {e.kind for e in verdict.evidence}


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a qualifier in lower case, or capitalised only as the sentence's first word, still counts
    ("The Parties shall agree a permanent ceasefire.", "The Parties shall agree a ceasefire.", "softened"),
    ("Full compensation shall be paid to the victims.", "Compensation shall be paid to the victims.", "softened"),
])
def test_qualifier_in_lower_case_or_opening_still_counts(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_by_phrase_of_no_passive_commitment_names_no_party(lex):
    # "operated by UNICEF" describes the schools: UNICEF carries no obligation
    verdict = classify_texts("The Fund shall finance schools.", "The Fund shall finance schools operated by UNICEF.", lex)
    assert "party" not in {e.kind for e in verdict.evidence}


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a strengthener between a whole-set word and its noun says which members: scope narrowed
    ("The Company shall train all employees working at its sites.",
     "The Company shall train all permanent employees working at its sites.", "softened"),
    ("The Company shall train all permanent employees working at its sites.",
     "The Company shall train all employees working at its sites.", "hardened"),
    # after a plain determiner it makes the thing firmer: "a permanent ceasefire"
    ("The Parties shall agree a ceasefire.", "The Parties shall agree a permanent ceasefire.", "hardened"),
])
def test_strengthener_in_a_quantified_set_narrows_scope(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a bound that moved and, apart from it, what the clause is about replaced: no one direction
    ("The Licensee may use the Software on up to five devices for personal, non-commercial purposes.",
     "The Licensee may use the Software on up to ten devices for internal business purposes only.", "modified"),
    # a replacement in the words that carry the direction is that change itself
    ("The Parties shall complete the exchange of prisoners by 15 March 2026.",
     "The Parties shall complete the exchange of prisoners by 30 April 2026.", "softened"),
    # an acronym spelled out from inside a compound ("GHG" / "greenhouse gases") is no replacement
    ("Parties are encouraged to conserve sinks of GHG as referred to in the Convention.",
     "Parties should take action to conserve sinks of greenhouse gases as referred to in the Convention.", "hardened"),
])
def test_content_replaced_beside_a_direction(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a reference inside a qualifier that came with it is the qualifier's detail
    ("The Bank shall release the guarantee unconditionally within ten business days of the Certificate.",
     "The Bank shall release the guarantee within ten business days of the Certificate, subject to the conditions set out in Schedule 3.",
     "softened"),
    # a reference that came on its own is a change of substance, no direction
    ("The Bank shall release the guarantee within ten business days of the Certificate.",
     "The Bank shall release the guarantee within ten business days of the Certificate and Schedule 3.", "modified"),
])
def test_reference_inside_a_qualifier(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a reference that came into the commitment's words beside a frequency or deadline that
    # moved changed what the clause covers as well: no one direction
    ("Member States shall report to the Commission every two years on the implementation of this Directive.",
     "Member States shall report to the Commission every year on the implementation of Articles 4 to 7 of this Directive.",
     "modified"),
    # a citation set off by commas yields to the deadline, as it yields to a modal
    ("In accordance with Article 4, the Parties shall report within 30 days.", "The Parties shall report within 60 days.",
     "softened"),
    ("The Parties shall report within 30 days, in accordance with Article 4.", "The Parties shall report within 60 days.",
     "softened"),
])
def test_reference_beside_a_bound_that_moved(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a best-efforts qualifier in its contract forms, and the "undue" form of "without delay"
    ("The Distributor shall use reasonable endeavours to achieve the Minimum Sales Target.",
     "The Distributor shall achieve the Minimum Sales Target.", "hardened"),
    ("The Processor shall notify the Controller without undue delay after becoming aware of a breach.",
     "The Processor shall notify the Controller after becoming aware of a breach.", "softened"),
    # one form for another is rewording
    ("The Distributor shall use reasonable endeavours to achieve the Minimum Sales Target.",
     "The Distributor shall use all reasonable efforts to achieve the Minimum Sales Target.", "reworded"),
])
def test_endeavours_and_undue_delay(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "a maximum of" is a cap as "no more than" is: the same number under either is no change
    ("Each tenderer may submit no more than two variant bids.", "Each tenderer may submit a maximum of two variant bids.",
     "reworded"),
    ("Each tenderer may submit no more than two variant bids.", "Each tenderer may submit a maximum of three variant bids.",
     "softened"),
])
def test_a_maximum_of_is_a_cap(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_negation_stays_in_its_stretch_of_text(lex):
    # a negation after a comma negates the next verb, not the qualifier before the comma
    result = classify_texts("The Guarantee is irrevocable and shall remain in force until the Loan is repaid.",
                            "The Guarantee is irrevocable, is not assignable and shall remain in force until the Loan is repaid.",
                            lex)
    assert result.status not in ("softened", "hardened")
    assert not any("negated" in e.message for e in result.evidence)
    # right before the qualifier it still negates it
    assert status(lex, "The Supplier shall be fully liable for the loss.",
                  "The Supplier shall not be fully liable for the loss.") == "softened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a qualifier with a negative prefix and its base negated on the other side are one qualifier
    ("This Guarantee is unconditional and shall remain in full force until the Loan is repaid.",
     "This Guarantee is not subject to any condition and shall remain in full force until the Loan is repaid.", "reworded"),
    ("The Parties shall release the detainees unconditionally.",
     "The Parties shall release the detainees without any condition.", "reworded"),
    # the prefixed qualifier dropped with no negated base beside it is still a strengthener dropped
    ("This Guarantee is unconditional and shall remain in full force until the Loan is repaid.",
     "This Guarantee shall remain in full force until the Loan is repaid.", "softened"),
])
def test_negative_prefix_paraphrase(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_reworded_down_to_two_fifths_of_the_wording(lex):
    # a passive restructuring with no signal keeps little of the word order (40% here) and is
    # still rewording (reworded_min_similarity 0.4, checked on all studied splits)
    verdict = classify_texts(
        "The operator shall bear the cost of maintaining the locomotives throughout the term of the lease, including overhauls.",
        "Throughout the lease period, the costs of locomotive maintenance, overhauls included, shall be borne by the operator.",
        lex)
    assert verdict.status == "reworded" and verdict.similarity < 0.5
    # below it, with no signal, something substantive was replaced
    assert status(lex, "The operator shall bear the cost of maintaining the locomotives.",
                  "Locomotives are serviced by the national railway company each winter.") == "modified"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # one word quantifying over the whole set for another is the same set
    ("Done in a single original in the English and French languages, each text being equally authentic.",
     "Done in a single original in the French and English languages, all texts being equally authentic.", "reworded"),
    # a whole-set word where the other side had none still widens
    ("The inspectors shall have access to the facilities listed in Annex 2.",
     "The inspectors shall have access to all facilities listed in Annex 2.", "hardened"),
])
def test_quantifier_for_quantifier(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_condition_restating_the_subject(lex):
    # a condition that restates, in another word form, whom the rule was about is no condition added
    verdict = classify_texts(
        "A driver who receives a second warning in the same season shall miss the next race.",
        "If a driver is warned for the second time in the same season, the driver shall miss the next race.", lex)
    assert verdict.status == "reworded" and "condition" not in {e.kind for e in verdict.evidence}
    # one about something new still softens
    assert status(lex, "A member who misses three consecutive meetings shall lose the right to vote.",
                  "If the Board so decides, a member who misses three consecutive meetings shall lose the right to vote.") \
        == "softened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an ordinal period counted from an event is that many days
    ("The Contractor shall submit the design within 30 days after the Commencement Date.",
     "The Contractor shall submit the design no later than the thirtieth day following the Commencement Date.", "reworded"),
    ("The Contractor shall submit the design within 30 days after the Commencement Date.",
     "The Contractor shall submit the design no later than the twentieth day following the Commencement Date.", "hardened"),
])
def test_ordinal_day_deadline(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_ordinal_day_of_a_month_is_no_period(lex):
    # an ordinal day that counts nothing from an event names a day, not a period of 14 days
    verdict = classify_texts("The Contractor shall submit the design within 14 days after the Commencement Date.",
                             "The Contractor shall submit the design no later than the fourteenth day of March.", lex)
    assert verdict.status != "reworded"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the same number of days, counted in business days on one side only
    ("The seller shall replace defective goods within 10 calendar days of notification.",
     "The seller shall replace defective goods within 10 working days of notification.", "softened"),
    ("The Bank shall reply to each complaint within fifteen business days of receiving it.",
     "The Bank shall reply to each complaint within fifteen days of receiving it.", "hardened"),
    # two names for business days, or every day on both sides, are no change
    ("The Bank shall reply to each complaint within fifteen business days of receiving it.",
     "The Bank shall reply to each complaint within fifteen working days of receiving it.", "reworded"),
    ("The seller shall replace defective goods within 10 calendar days of notification.",
     "The seller shall replace defective goods within 10 days of notification.", "reworded"),
])
def test_business_days_against_every_day(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the verb of a condition ("whenever the Chair so requests") is no commitment to compare
    # with the clause's own modal; a connective adverb carries no content
    ("The Committee shall meet twice a year, and additionally whenever the Chair so requests.",
     "The Committee shall meet twice a year and shall also meet whenever requested by the Chair.", "reworded"),
    # the commitment's own modal still compares
    ("The Committee may meet whenever the Chair so requests.", "The Committee shall meet whenever the Chair so requests.",
     "hardened"),
    ("The Committee should meet twice a year.", "The Committee shall meet twice a year.", "hardened"),
])
def test_modal_in_a_condition(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the same numbers, each now with other words
    ("Bids shall be scored with price weighted at 70% and quality at 30%.",
     "Bids shall be scored with price weighted at 30% and quality at 70%.", "modified"),
    # the same numbers moved along with their words
    ("Bids shall be scored with price weighted at 70% and quality at 30%.",
     "Bids shall be scored with quality weighted at 30% and price at 70%.", "reworded"),
])
def test_numbers_swapped_between_their_words(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # best efforts is a best-efforts standard (OBLIGATION.md): on a plain duty it softens
    ("The Supplier shall deliver the Goods by 1 June.", "The Supplier shall use its best endeavours to deliver the Goods by 1 June.",
     "softened"),
    ("The Supplier shall use its best efforts to deliver the Goods by 1 June.", "The Supplier shall deliver the Goods by 1 June.",
     "hardened"),
    # against another standard it is the highest
    ("The Supplier shall use its best endeavours to deliver the Goods by 1 June.",
     "The Supplier shall use reasonable endeavours to deliver the Goods by 1 June.", "softened"),
    ("The Supplier shall use commercially reasonable efforts to deliver the Goods by 1 June.",
     "The Supplier shall use all reasonable efforts to deliver the Goods by 1 June.", "hardened"),
    # forms of one standard are rewording
    ("The Supplier shall use its best efforts to deliver the Goods by 1 June.",
     "The Supplier shall use its best endeavours to deliver the Goods by 1 June.", "reworded"),
])
def test_efforts_ladder(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a phrase of new content set off at the end says more than before
    ("The Assembly shall meet in regular session once a year.",
     "The Assembly shall meet in regular session once a year, alternately in Vienna and Lisbon.", "modified"),
    # a hedge set off at the end is the hedge
    ("The Assembly shall meet in regular session once a year.",
     "The Assembly shall meet in regular session once a year, where appropriate.", "softened"),
    # examples of what the clause already covers are no new content
    ("The Parties shall extend the arms control treaties in force.",
     "The Parties shall extend the arms control treaties in force, including the Open Skies Treaty.", "reworded"),
    # words that only moved to the end are no new content
    ("In Vienna, the Assembly shall meet in regular session once a year.",
     "The Assembly shall meet in regular session once a year, in Vienna.", "reworded"),
])
def test_phrase_added_at_the_end(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "without exception" is a strengthener, "to the extent that" a limiting qualifier
    ("The Company shall, without exception, obtain two valuations before selling any property.",
     "The Company shall obtain two valuations before selling any property.", "softened"),
    ("The Authority shall publish the reports.",
     "The Authority shall, to the extent that this does not prejudice an ongoing investigation, publish the reports.",
     "softened"),
    # "excluding" is "other than": one for the other is rewording
    ('"Working Day" means a day other than a Saturday or Sunday on which banks in Paris are open.',
     '"Working Day" means a day (excluding Saturdays and Sundays) on which banks in Paris are open.', "reworded"),
    # kept on both sides they are no change
    ("The Company shall, without exception, obtain two valuations before selling any property.",
     "Without exception, the Company shall obtain two valuations before it sells any property.", "reworded"),
])
def test_exception_and_extent_qualifiers(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a bound written after its number is the same bound
    ("Employees with at least five years of service are entitled to 25 days of leave.",
     "Employees with five or more years of service are entitled to 25 days of leave.", "reworded"),
    ("Applicants must have at least 18 months of experience.", "Applicants must have 24 months of experience or more.",
     "hardened"),
    ("Each shipment shall contain 50 units or fewer.", "Each shipment shall contain 80 units or fewer.", "softened"),
    # a number after such a bound is not governed by it
    ("The Fund shall finance grants of EUR 5000 or more in 10 regions.",
     "The Fund shall finance grants of EUR 5000 or more in 12 regions.", "modified"),
])
def test_bound_after_its_number(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a permission restricted to a condition is the prohibition with that exception
    ("Visitors shall not enter the laboratory unless they are accompanied by a member of staff.",
     "Visitors may enter the laboratory only if accompanied by a member of staff.", "reworded"),
    ("The Licensee shall not grant sublicences without the prior written consent of the Licensor.",
     "The Licensee may grant sublicences only with the Licensor's prior written consent.", "reworded"),
    # where the prohibition had no such exception, the permission still gives room
    ("Visitors shall not enter the laboratory.", "Visitors may enter the laboratory only if accompanied by a member of staff.",
     "softened"),
    ("Visitors shall not enter the laboratory.", "Visitors may enter the laboratory.", "softened"),
])
def test_permission_only_with_a_condition(lex, old, new, expected):
    assert status(lex, old, new) == expected


def test_modal_split_by_a_qualifier_mirrors(lex):
    # "will gradually seek to" is "will seek to" with a hedge set inside: both directions read
    # only the hedge (the other half of the split modal paired with "will seek to" before)
    a = "The United States will seek to withdraw its forces within 30 days."
    b = "The United States will gradually seek to withdraw its forces within 30 days."
    assert status(lex, a, b) == "softened"
    assert status(lex, b, a) == "hardened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a time of day written another way is the same time
    ("Deliveries are prohibited between 23:00 and 06:00.", "No deliveries may be made between 11 p.m. and 6 a.m.", "reworded"),
    ("The truce shall begin at 12:00 noon local time.", "The truce shall begin at noon, local time.", "reworded"),
    ("The office shall open at 9.30 am.", "The office shall open at 09:30.", "reworded"),
    # another time is a change (no direction)
    ("Deliveries are prohibited between 23:00 and 06:00.", "No deliveries may be made between 10 p.m. and 6 a.m.", "modified"),
])
def test_times_of_day(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # plain-language drafting equivalences are rewording ...
    ("The Supplier shall notify the Buyer before it alters the specification.",
     "The Supplier shall notify the Buyer before it modifies the specification.", "reworded"),
    ("The Contractor shall utilise local labour where it is available.",
     "The Contractor shall use local labour where it is available.", "reworded"),
    # ... while the object replaced is not
    ("The Supplier shall notify the Buyer before it alters the specification.",
     "The Supplier shall notify the Buyer before it alters the price.", "modified"),
])
def test_plain_language_equivalents(lex, old, new, expected):
    assert status(lex, old, new) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a figure in brackets repeating the number in words is one number: only the raise counts
    ("The committee shall convene at least three (3) times a year.",
     "The committee shall convene at least five times a year.", "hardened"),
    # ... and the same number written another way: equal after normalisation
    ("Notice shall be given no later than ten (10) days before the hearing.",
     "Notice shall be given no later than ten days before the hearing.", "unchanged"),
    ("Notice shall be given no later than ten (10) days before the hearing.",
     "Notice shall be given no later than 11 days before the hearing.", "softened"),
])
def test_bracketed_figure_echoing_a_number(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


def test_bracketed_figure_of_another_value_is_a_number(lex):
    # "three (4)" is no echo: the 4 that went is a number of its own
    verdict = classify_texts("The committee shall convene at least three (4) times a year.",
                             "The committee shall convene at least three times a year.", lex)
    assert any(e.old == "4" for e in verdict.evidence)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a bound noun governs the figure its noun phrase closes with
    ("Each bidder shall hold a minimum paid-up share capital of USD 500,000.",
     "Each bidder shall hold a minimum paid-up share capital of USD 750,000.", "modified"),
    ("Each applicant must show a minimum total professional experience of 8 years.",
     "Each applicant must show a minimum total professional experience of 5 years.", "softened"),
    ("Vessels shall have a maximum overall length of 24 metres.",
     "Vessels shall have a maximum overall length of 30 metres.", "softened"),
    # not across a verb or a modal: "minimum" is no bound of the figure there
    ("The minimum wage shall be reviewed by a board of 7 members.",
     "The minimum wage shall be reviewed by a board of 9 members.", "modified"),
])
def test_bound_noun_governs_its_figure(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a duty of a fixed figure that became a duty of at most that figure leaves room below it
    ("The Contractor shall pay liquidated damages of 500 euros for each day of delay.",
     "The Contractor shall pay liquidated damages of up to 500 euros for each day of delay.", "softened"),
    ("An official found guilty of misconduct may be demoted by up to three grades.",
     "An official found guilty of misconduct shall be demoted by three grades.", "hardened"),
    # the figure kept while other words before it changed is no cap made fixed
    ("Operators shall ensure that emissions do not exceed 25 tonnes a year.",
     "Operators shall ensure that emissions stay at roughly 25 tonnes a year.", "softened"),
])
def test_cap_becomes_a_fixed_figure(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


def test_cap_made_fixed_only_in_a_duty(lex):
    # a permission of a fixed figure is no duty to reach it: not read as a cap made fixed
    verdict = classify_texts("Each club may register up to five foreign players.",
                             "Each club may register five foreign players.", lex)
    assert not any("fixed figure" in e.message for e in verdict.evidence)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a duty, recommendation or option stated of its object is a modal
    ("Registration is mandatory for all exhibitors.", "Registration is recommended for all exhibitors.", "softened"),
    ("Wearing a helmet is optional on the lower slopes.", "Wearing a helmet is compulsory on the lower slopes.", "hardened"),
    # an expectation of one's own conduct is below a firm "will"
    ("The Bank will phase out the programme by June.", "The Bank expects to phase out the programme by June.", "softened"),
    # "a right" and "the right" are one entitlement
    ("Each member has the right to vote at general meetings.", "Each member has a right to vote at general meetings.",
     "reworded"),
])
def test_deontic_predicates_and_expectations(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


def test_deontic_adjective_on_a_noun_is_no_modal(lex):
    # "a compulsory purchase order" describes the order: no modal came or went
    old, new = "The council shall issue a compulsory purchase order.", "The council shall issue a purchase order."
    assert "modal" not in kinds(lex, old, new)
    assert status(lex, old, new) not in ("softened", "hardened")


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a date inside the clause an exception opens is the exception's detail, not a deadline
    ("The Licensee shall cease all use of the Mark.",
     "The Licensee shall cease all use of the Mark, unless the goods were manufactured before 1 January 2025 and are sold by 30 June 2025.",
     "softened"),
    # a run that opens with a conjunction and is the proviso itself ("and provided that ...")
    ("Each Party shall, on request and provided that its budget allows, host the annual meeting.",
     "Each Party shall, on request, host the annual meeting.", "hardened"),
    # a date after an adverbial hedge, far from it, is still a deadline of the duty
    ("The Operator shall decommission the plant.",
     "The Operator shall gradually decommission the plant and all of its auxiliary units by 31 December 2030.",
     "modified"),
    # a conjunct with a new item of its own after the proviso is still a new item
    ("Each Party shall host the annual meeting.",
     "Each Party shall host the annual meeting and, provided that its budget allows, fund the secretariat.",
     "modified"),
])
def test_clause_qualifier_owns_its_clause(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a permission restricted to a purpose or a duration forbids the rest: a prohibition reworded
    ("The Licensee shall not use the Data except for research.", "The Licensee may use the Data only for research.",
     "reworded"),
    ("Samples shall not be stored for longer than is needed.", "Samples may be stored only for as long as is needed.",
     "reworded"),
    # with no restricting word the permission lifts the prohibition
    ("The Licensee shall not use the Data.", "The Licensee may use the Data for research.", "softened"),
])
def test_permission_restricted_to_a_purpose_or_duration(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a "-wide" compound already covers the whole of its noun
    ("The Ministry shall run a nationwide vaccination campaign.",
     "The Ministry shall run a vaccination campaign across the whole nation.", "reworded"),
    ("Each Member State shall set sector-wide efficiency targets.",
     "Each Member State shall set efficiency targets for its entire sector.", "reworded"),
    # a widener on a noun with no such compound on the other side widens the scope
    ("The Ministry shall run a vaccination campaign in the capital region.",
     "The Ministry shall run a vaccination campaign in the whole region.", "hardened"),
])
def test_wide_compound_is_the_whole(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a modal inside an exception's own clause is the exception's verb, not a wrapper of the duty
    ("Tenants shall keep the common areas clean unless otherwise agreed by the landlord.",
     "Except as the landlord may otherwise agree, tenants shall keep the common areas clean.", "reworded"),
    ("The Supplier shall deliver the goods to the port unless the Buyer otherwise directs.",
     "Unless the Buyer may otherwise direct, the Supplier shall deliver the goods to the port.", "reworded"),
    # a weaker wrapper around the kept duty still softens
    ("It is agreed that the contractor shall finish the works by June.",
     "It may be agreed that the contractor shall finish the works by June.", "softened"),
    # punctuation closes the exception's clause: the wrapper after it is the duty's
    ("The Parties shall withdraw their forces.",
     "Except where the Commission decides otherwise, it is expected that the Parties shall withdraw their forces.",
     "softened"),
])
def test_modal_of_an_exception_clause_wraps_nothing(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the restriction closes a long permitted act: a prohibition with its exception, reworded
    (("The Tenant shall not sublet or otherwise part with possession of any part of the premises unless the Landlord "
     "has consented in writing."),
     ("The Tenant may sublet or otherwise part with possession of any part of the premises only if the Landlord "
     "has consented in writing."), "reworded"),
    (("The Operator shall not discharge treated or untreated process water into the river or its tributaries except "
     "with a permit."),
     ("The Operator may discharge treated or untreated process water into the river or its tributaries only with a "
     "permit."), "reworded"),
    # no restriction, or 'only' beyond the permission's clause: the prohibition is lifted
    ("The Tenant shall not sublet or otherwise part with possession of any part of the premises.",
     "The Tenant may sublet or otherwise part with possession of any part of the premises to a family member.",
     "softened"),
    ("The Tenant shall not sublet or otherwise part with possession of any part of the premises.",
     ("The Tenant may sublet or otherwise part with possession of any part of the premises; only the garage is "
     "excluded."), "softened"),
])
def test_restriction_closing_a_long_permission(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a rule for members is a rule for each member: the sentence-opening whole-set word is the
    # plural's own reading, so the other whole-set word was only reworded ("each" / "every")
    ("Members shall pay a subscription in respect of each membership year.",
     "Each member shall pay a subscription for every membership year.", "reworded"),
    ("Applicants shall enclose a copy of each certificate.",
     "Each applicant shall enclose a copy of every certificate.", "reworded"),
    # a whole-set word on another noun that the other side did not quantify still widens
    ("Members shall attend the general meetings.", "Each member shall attend all general meetings.", "hardened"),
    ("Inspectors shall visit the sites once a year.", "Every inspector shall visit all sites once a year.", "hardened"),
])
def test_plural_subject_is_its_whole_set(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # plain-language rewrites (US Federal Plain Language Guidelines, "Use simple words and
    # phrases"): the plain word keeps what the clause says
    ("The Agency shall act in accordance with the Statute.", "The Agency shall act pursuant to the Statute.", "reworded"),
    ("The Agency shall issue a permit in lieu of a licence.", "The Agency shall issue a permit instead of a licence.",
     "reworded"),
    ("The inspector shall ascertain the cause of the fire.", "The inspector shall find out the cause of the fire.",
     "reworded"),
    ("The applicant must reside in the municipality.", "The applicant must live in the municipality.", "reworded"),
    ("The carrier shall notify the shipper of any delay.", "The carrier shall tell the shipper of any delay.", "reworded"),
    ("The museum shall promulgate the rules for visitors.", "The museum shall publish the rules for visitors.", "reworded"),
    ("The warehouse shall be sited adjacent to the harbour.", "The warehouse shall be sited next to the harbour.",
     "reworded"),
    ("The lease shall expire on the tenth anniversary.", "The lease shall end on the tenth anniversary.", "reworded"),
    ("The operator shall discontinue the night service.", "The operator shall stop the night service.", "reworded"),
    ("The council shall expend the grant on libraries.", "The council shall spend the grant on libraries.", "reworded"),
    ("The conditions set forth in Schedule 4 apply.", "The conditions set out in Schedule 4 apply.", "reworded"),
    ("All members, with the exception of observers, may vote.", "All members, except for observers, may vote.",
     "reworded"),
    # ... a word outside those groups in their place is still a change of substance
    ("The Agency shall act in accordance with the Statute.", "The Agency shall act in breach of the Statute.", "modified"),
    ("The Agency shall issue a permit in lieu of a licence.", "The Agency shall issue a permit in addition to a licence.",
     "modified"),
    ("The inspector shall ascertain the cause of the fire.", "The inspector shall publish the cause of the fire.",
     "modified"),
    ("The applicant must reside in the municipality.", "The applicant must vote in the municipality.", "modified"),
    ("The operator shall discontinue the night service.", "The operator shall conclude the night service.", "modified"),
    ("The council shall expend the grant on libraries.", "The council shall allocate the grant to libraries.", "modified"),
    ("The lease shall expire on the tenth anniversary.", "The lease shall be renewed on the tenth anniversary.",
     "modified"),
    # remuneration is not listed with "pay", which is mostly the verb
    ("The employer shall pay the remuneration monthly.", "The employer shall pay the bonus monthly.", "modified"),
    # an exception phrase added is a qualifier like "except"
    ("All members may vote.", "All members, with the exception of observers, may vote.", "softened"),
    # statute wording
    ("Nothing in this Agreement shall be construed as prejudicing the final status of the territory.",
     "This Agreement shall not be interpreted so as to prejudice the final status of the territory.", "reworded"),
])
def test_plain_language_synonyms(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an item added to what a duty covers asks more; dropped, less (subject or object list)
    ("The Landlord shall repair the roof and the gutters.",
     "The Landlord shall repair the roof, the gutters and the boiler.", "hardened"),
    ("Directors, managers and auditors shall declare their shareholdings.",
     "Directors and auditors shall declare their shareholdings.", "softened"),
    ("The applicant must submit a birth certificate, a passport photograph and a utility bill.",
     "The applicant must submit a birth certificate and a utility bill.", "softened"),
    # under a prohibition "or" lists more forbidden acts too
    ("The Tenant shall not keep dogs on the premises.",
     "The Tenant shall not keep dogs or cats on the premises.", "hardened"),
    # ... a run of items added after a comma, however long the addition
    ("Candidates shall not bring mobile phones into the examination hall.",
     ("Candidates shall not bring mobile phones, smart watches or any other electronic device capable of storing "
      "information into the examination hall."), "hardened"),
])
def test_list_item_under_a_duty_gives_direction(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # ("or" on the duty's own verb, another way to comply, is test_alternative_way_to_comply)
    # a predictive "will" describes a plan: the list grew, no clear duty
    ("The reconstruction fund will finance roads, bridges and ports.",
     "The reconstruction fund will finance roads, bridges, ports and airports.", "modified"),
    # an item inside an exception or a condition is the qualifier's, not the duty's
    ("The Contractor shall not subcontract the Works without the consent of the Engineer and the Employer.",
     "The Contractor shall not subcontract the Works without the consent of the Engineer.", "modified"),
    ("If the buyer and the insurer agree, the Seller shall replace the goods.",
     "If the buyer agrees, the Seller shall replace the goods.", "modified"),
    # a permission: more permitted acts is no more duty
    ("Visitors may photograph the gardens and the courtyard.",
     "Visitors may photograph the gardens, the courtyard and the chapel.", "modified"),
    # a phrase of circumstance added after a comma is no item, whatever "and" it holds
    ("The Council shall meet in ordinary session at least twice a year.",
     "The Council shall meet in ordinary session at least twice a year, alternately in Geneva and Nairobi.", "modified"),
])
def test_list_item_without_a_duty_gives_no_direction(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


def test_list_item_before_the_modal_must_be_a_subject(lex):
    # before the modal, a predicate of its own ("is not renewable") is no subject the duty binds
    old = "The Licence is transferable and shall expire at the end of the Term."
    new = "The Licence is transferable, is not renewable and shall expire at the end of the Term."
    assert status(lex, old, new) not in ("softened", "hardened")
    assert status(lex, new, old) not in ("softened", "hardened")


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a lead time before an event: longer means acting earlier (hardened)
    ("The Operator shall notify the Regulator no later than 48 hours before the test begins.",
     "The Operator shall notify the Regulator no later than five days before the test begins.", "hardened"),
    ("Tenants shall give notice not later than two months prior to the end of the lease.",
     "Tenants shall give notice not later than one month prior to the end of the lease.", "softened"),
    # a deadline after an event, or a window before one, keeps its own direction
    ("The Operator shall notify the Regulator no later than 48 hours after the incident.",
     "The Operator shall notify the Regulator no later than five days after the incident.", "softened"),
    ("Passengers shall show a test taken within 48 hours before boarding.",
     "Passengers shall show a test taken within 24 hours before boarding.", "hardened"),
])
def test_lead_time_before_an_event(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an alternative added to what a duty asks, beside a change that hardened it: both ways
    ("Applicants shall submit a bank statement issued within 90 days before the application.",
     ("Applicants shall submit a bank statement issued within 30 days before the application or a letter from an "
     "employer."), "modified"),
    # an item joined by "and" beside a window shortened points the same way
    ("Applicants shall submit a bank statement issued within 90 days before the application.",
     ("Applicants shall submit a bank statement issued within 30 days before the application and a letter from an "
     "employer."), "hardened"),
    # under a prohibition "or" is no other way to comply (the alternative rule stays out): one
    # more thing forbidden, over a wider window, forbids more
    ("Vendors shall not sell alcohol within 2 hours before the match.",
     "Vendors shall not sell alcohol or tobacco within 4 hours before the match.", "hardened"),
    # ... and with the window narrowed, the two point both ways
    ("Vendors shall not sell alcohol within 4 hours before the match.",
     "Vendors shall not sell alcohol or tobacco within 2 hours before the match.", "modified"),
])
def test_alternative_against_a_direction(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "try to" is the plain-English "endeavour to": the same rung of best efforts
    ("The Authority shall endeavour to answer every request within a month.",
     "The Authority shall try to answer every request within a month.", "reworded"),
    ("The Supplier will endeavour to deliver the spare parts before the winter.",
     "The Supplier will try to deliver the spare parts before the winter.", "reworded"),
    ("The Museum endeavours to keep the archive open to researchers.",
     "The Museum tries to keep the archive open to researchers.", "reworded"),
    ("The Operator will endeavour to restore the service.", "The Operator will attempt to restore the service.",
     "reworded"),
    # and, like it, below a binding duty
    ("The Authority shall answer every request within a month.",
     "The Authority shall try to answer every request within a month.", "softened"),
    ("The Supplier must deliver the spare parts before the winter.",
     "The Supplier will try to deliver the spare parts before the winter.", "softened"),
])
def test_try_to_is_best_efforts(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new"), [
    # "attempt" as a noun is no best-efforts cue: the duty is unchanged
    ("Any attempt to evade the levy shall be reported to the Board.",
     "Any attempt to evade the levy must be reported to the Board."),
    ("The Board shall investigate every attempt to bribe an official.",
     "The Board shall investigate each attempt to bribe an official."),
])
def test_attempt_as_a_noun_is_no_best_efforts(lex, old, new):
    assert status(lex, old, new) == "reworded"
    assert status(lex, new, old) == "reworded"


@pytest.mark.parametrize(("old", "new"), [
    # a sentence with a commitment of its own and nothing of the kept text in it
    ("The Ministry will publish the tender rules.",
     ("Both agencies commit to training programmes that promote fair procurement. The Ministry will publish the "
     "tender rules.")),
    ("The Tenant shall keep the garden tidy.",
     "The Tenant shall keep the garden tidy. Rubbish bins should be stored behind the shed."),
    # its subject may be one the kept text names
    ("The Commission will review the quota each year.",
     ("The Commission will review the quota each year. The Commission shall also fund coastal monitoring "
     "stations.")),
    # one of its words may echo the kept text ("data" here)
    ("The Agency shall publish air quality data every month.",
     ("The Agency shall publish air quality data every month. It shall also install roadside sensors before "
     "reporting data.")),
])
def test_sentence_with_a_commitment_added_is_modified(lex, old, new):
    verdict = classify_texts(old, new, lex)
    assert verdict.status == "modified"
    [e] = [e for e in verdict.evidence if e.message.startswith("sentence added:")]
    assert e.kind == "content" and e.old is None and new[e.new_span[0]:e.new_span[1]] == e.new
    back = classify_texts(new, old, lex)
    assert back.status == "modified"
    [e] = [e for e in back.evidence if e.message.startswith("sentence removed:")]
    assert e.new is None and new[e.old_span[0]:e.old_span[1]] == e.old


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a sentence split off the old one keeps its words: rewording
    ("The Parties shall exchange data on emissions and on forests.",
     "The Parties shall exchange data on emissions. They shall also exchange data on forests.", "reworded"),
    # a sentence restating half of the kept text with a few new words is no new commitment
    ("The Operator shall inspect the pipeline valves every month and record any leak.",
     ("The Operator shall inspect the pipeline valves every month. Any leak found at the valves shall be "
     "recorded by the Operator in the pipeline log."), "reworded"),
    # a sentence with no commitment of its own (a description), or only a permission
    ("The Ministry will publish the tender rules.",
     "The Ministry will publish the tender rules. The rules were drafted in Brussels last year.", "reworded"),
    ("The Tenant shall keep the garden tidy.",
     "The Tenant shall keep the garden tidy. The Tenant may leave bicycles behind the shed.", "reworded"),
    # never cancels a direction: the clause's own duty softened
    ("The Tenant shall keep the garden tidy.",
     "The Tenant should keep the garden tidy. The Landlord shall repaint the wooden facade.", "softened"),
])
def test_sentence_added_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a hedge between a ban ("may not", "shall not") and its verb hedges the ban itself
    ("Candidates may not normally leave the hall during the first hour.",
     "Candidates may not leave the hall during the first hour.", "hardened"),
    ("Staff must not disclose salary data to third parties.",
     "Staff must not generally disclose salary data to third parties.", "softened"),
])
def test_hedge_on_a_prohibition(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}.get(expected, expected)
    assert status(lex, new, old) == mirror


@pytest.mark.parametrize(("old", "new"), [
    # no modal: the "not" negates a description
    ("The deposit is not normally refundable.", "The deposit is not refundable."),
    # a verb between the negation and the hedge: the negation governs the hedge's words
    ("The Bank shall not be subject to instructions from the Government.",
     "The Bank shall not take instructions from the Government."),
])
def test_hedge_under_a_negation_not_on_a_ban(lex, old, new):
    assert status(lex, old, new) not in ("softened", "hardened")
    assert status(lex, new, old) not in ("softened", "hardened")


@pytest.mark.parametrize(("old", "new"), [
    # the party that stands in the plural on the other side is still there ("Depositary" /
    # "the Depositaries")
    ("Each Depositary shall keep the register, and no fee shall be charged to the Depositaries.",
     "No fee shall be charged to the Depositaries; each shall keep the register."),
    # the expletive "There" of "There shall be no ..." names no party
    ("Each Depositary shall keep the register, and no fee shall be charged to the Depositaries.",
     "There shall be no fee charged to the Depositaries; each shall keep the register."),
])
def test_party_in_another_number_or_expletive_subject(lex, old, new):
    assert status(lex, old, new) == "reworded"
    assert status(lex, new, old) == "reworded"


def test_party_dropped_still_reads_modified(lex):
    # no form of the party on the other side: who is bound changed
    old, new = "The Depositary shall keep the register of members.", "The register of members shall be kept."
    assert status(lex, old, new) == "modified" and "party" in kinds(lex, old, new)
    assert status(lex, new, old) == "modified" and "party" in kinds(lex, new, old)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # little of the wording kept, but the content words stand on the other side in other forms:
    # a paraphrase (reworded)
    ("No timber may be harvested within 50 metres of a watercourse.",
     "Harvesting of timber in the 50-metre strip beside watercourses is prohibited.", "reworded"),
    # little kept and most content words new: something else (modified)
    ("The Council shall review the fisheries quota.",
     "The Council shall publish an annual register of coastal lifeboat stations and their crews.", "modified"),
])
def test_low_similarity_is_modified_only_when_the_content_is_new(lex, old, new, expected):
    verdict = classify_texts(old, new, lex)
    assert verdict.status == expected
    assert verdict.similarity < lex.thresholds["reworded_min_similarity"]  # the case this rule reads
    assert status(lex, new, old) == expected


@pytest.mark.parametrize(("old", "new"), [
    # a lone number word that is only ever a number is its figure ("twelve" / "12")
    ("The Contractor shall plant twelve trees along the northern fence.",
     "the contractor shall plant 12 trees along the northern fence"),
    ("EACH MEMBER SHALL PAY A FEE OF THIRTY EUROS.", "Each member shall pay a fee of 30 euros."),
    # a lone "one" facing a "1" in the very same place is the number
    ("Each winner shall receive one additional ticket.", "Each winner shall receive 1 additional ticket."),
    ("A quorum is one or more members.", "A quorum is 1 or more members."),
])
def test_lone_number_word_is_its_figure(lex, old, new):
    assert status(lex, old, new) == "unchanged"
    assert status(lex, new, old) == "unchanged"


@pytest.mark.parametrize(("old", "new"), [
    # another number is still a change
    ("The Contractor shall plant twelve trees along the northern fence.",
     "The Contractor shall plant 13 trees along the northern fence."),
    # "one" is also a pronoun: it stays a word, the same as a "1" only in the very same place
    ("Either Party may terminate if one of the Parties is dissolved.",
     "Either Party may terminate if 2 of the Parties are dissolved."),
    ("Either Party may terminate if one of the Parties is dissolved.",
     "Either Party may terminate if 1 Party is dissolved."),
])
def test_lone_number_word_must_not_fire(lex, old, new):
    assert status(lex, old, new) != "unchanged"
    assert status(lex, new, old) != "unchanged"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a cap on the subject's own liability (a penalty word heading the subject, however long
    # its modifiers): a lower cap lightens what the party owes
    ("The total liability of the Seller under or in connection with this Agreement shall not exceed EUR 2,000,000.",
     "The total liability of the Seller under or in connection with this Agreement shall not exceed EUR 1,000,000.",
     "softened"),
    (("The aggregate amount of compensation payable by the Operator to all claimants in any one year shall be "
     "limited to 400,000 dollars."),
     ("The aggregate amount of compensation payable by the Operator to all claimants in any one year shall be "
     "limited to 600,000 dollars."), "hardened"),
])
def test_cap_on_a_liability_in_the_subject(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # no penalty word in the subject: a lower cap on what the party may do is harder
    ("The total volume of water drawn by each farm from the river in any one season shall not exceed 2,000 cubic metres.",
     "The total volume of water drawn by each farm from the river in any one season shall not exceed 1,000 cubic metres.",
     "hardened"),
    # a penalty word in another sentence is not the subject
    (("Penalties are set out in the Schedule to these Rules. The total volume of water drawn by each farm from "
     "the river in any one season shall not exceed 2,000 cubic metres."),
     ("Penalties are set out in the Schedule to these Rules. The total volume of water drawn by each farm from "
     "the river in any one season shall not exceed 1,000 cubic metres."), "hardened"),
])
def test_cap_on_a_liability_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a bound in a restrictive modifier of the subject says which things are bound: raising
    # it leaves fewer bound (softened), lowering it more (hardened)
    ("Undertakings that employ at least 250 persons shall publish an annual sustainability report.",
     "Undertakings that employ at least 500 persons shall publish an annual sustainability report.", "softened"),
    ("Vessels with a length of at least 24 metres shall carry a satellite tracking device.",
     "Vessels with a length of at least 15 metres shall carry a satellite tracking device.", "hardened"),
])
def test_bound_in_the_subject_is_a_threshold(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # after the modal, "with" opens the object: the bound is how much the duty asks
    ("The Contractor shall comply with at least 3 of the safety criteria in the Annex.",
     "The Contractor shall comply with at least 5 of the safety criteria in the Annex.", "hardened"),
    # a bound that opens the subject is the quantity itself
    ("Not more than 50 tonnes of cod shall be landed by each vessel in a season.",
     "Not more than 40 tonnes of cod shall be landed by each vessel in a season.", "hardened"),
])
def test_bound_in_the_subject_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # how long a duty or a prohibition lasts: longer binds for longer
    ("The Bank shall keep the transaction logs for 2 years.", "The Bank shall keep the transaction logs for 6 years.",
     "hardened"),
    ("The Seller shall not solicit the Company's employees for a period of 24 months after Completion.",
     "The Seller shall not solicit the Company's employees for a period of 12 months after Completion.", "softened"),
])
def test_period_a_commitment_lasts(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a permission lasting longer: no direction
    ("Holders of a visitor visa may remain for 90 days.", "Holders of a visitor visa may remain for 180 days.", "modified"),
    # a deadline word makes it a deadline (longer = softened, as before)
    ("The Agency shall reply within a period of 14 days.", "The Agency shall reply within a period of 30 days.",
     "softened"),
    # a term of office is the length of a mandate
    ("The Director shall be appointed for a term of four years.",
     "The Director shall be appointed for a term of six years.", "modified"),
])
def test_period_a_commitment_lasts_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    mirror = {"softened": "hardened", "hardened": "softened"}
    assert status(lex, new, old) == mirror.get(expected, expected)


def test_lexicon_phrases_are_keyed_like_the_words_of_a_text(lex):
    """Texts compare with lone number words as figures ("two" = "2"), but the classifier's
    tokens keep words as words, so the lexicon's phrases must too: "two" is a light word."""
    from plandiff.text import normalize, phrase_words

    assert normalize("the two parties") == normalize("the 2 parties")
    assert phrase_words("the two parties") == ("the", "two", "parties")
    assert "two" in lex.light_words and "2" not in lex.light_words


MIRROR = {"softened": "hardened", "hardened": "softened"}


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a negation cancelled by a verb negating its complement is the duty itself
    ("The trustee shall not fail to notify the beneficiaries of any change of address.",
     "The trustee must notify the beneficiaries of any change of address.", "reworded"),
    ("A director shall not omit to record each meeting in the register.",
     "A director shall record each meeting in the register.", "reworded"),
])
def test_double_negative_is_the_duty(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a single negation of the duty is still the opposite commitment
    ("The trustee shall not notify the beneficiaries of any change of address.",
     "The trustee must notify the beneficiaries of any change of address.", "modified"),
    # the negative verb without a negation before it does not make a duty of a ban
    ("The operator shall not fail to report an incident.",
     "The operator shall not report an incident.", "modified"),
])
def test_double_negative_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


def test_avoid_away_from_the_modal_is_no_negation(lex):
    # "to avoid" further on is the purpose of the duty, not its negation
    old = "The operator shall inspect the dam monthly to avoid any risk of collapse."
    new = "The operator may inspect the dam monthly to avoid any risk of collapse."
    assert status(lex, old, new) == "softened"
    assert status(lex, new, old) == "hardened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a qualifier negated by "without" conditions nothing: rewording
    ("Products shall be exported without being subject to any licence requirement.",
     "Products shall be exported free of any licence requirement.", "reworded"),
])
def test_qualifier_after_without_is_negated(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "subject to" not negated still conditions the duty
    ("Products shall be exported subject to a licence requirement.",
     "Products shall be exported.", "hardened"),
    # "without" set off by punctuation negates nothing after it
    ("The Agency shall act without delay, subject to the approval of the Board.",
     "The Agency shall act without delay.", "hardened"),
])
def test_qualifier_after_without_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new"), [
    # a bound in a relative clause on the duty's object says which things it covers: no direction
    ("The employer shall pay an annual bonus to employees who have served at least five years.",
     "The employer shall pay an annual bonus to employees who have served at least three years."),
    ("The Agency shall recruit inspectors who have ten years of experience or more.",
     "The Agency shall recruit inspectors."),
])
def test_bound_in_a_relative_clause_on_the_object(lex, old, new):
    assert status(lex, old, new) == "modified"
    assert status(lex, new, old) == "modified"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the bound of the duty itself
    ("The employer shall pay an annual bonus of at least EUR 500 to each employee.",
     "The employer shall pay an annual bonus of at least EUR 300 to each employee.", "softened"),
    # a relative clause of the subject, before the modal: a threshold (fewer bound when raised)
    ("Undertakings which employ at least 250 persons shall publish a sustainability report.",
     "Undertakings which employ at least 500 persons shall publish a sustainability report.", "softened"),
])
def test_bound_in_a_relative_clause_on_the_object_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a qualifier word inside an exception that went whole details that exception only
    ("Ministers shall disclose every outside interest, except interests held permanently in a blind trust.",
     "Ministers shall disclose every outside interest.", "hardened"),
    ("The Operator shall restore the site within 12 months.",
     "The Operator shall restore the site within 12 months, unless the permit is permanently revoked.", "softened"),
])
def test_qualifier_inside_a_gone_exception(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a strengthener outside the exception, with the exception kept, still counts
    ("The Operator shall permanently close the mine, except in an emergency.",
     "The Operator shall close the mine, except in an emergency.", "softened"),
])
def test_qualifier_inside_a_gone_exception_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


def test_plural_acronym_abbreviates_its_name(lex):
    # "NGOs" spells out as "non-governmental organisations": the same party
    old = "NGOs shall submit an annual activity report to the Registrar."
    new = "Non-Governmental Organisations shall submit an annual activity report to the Registrar."
    assert status(lex, old, new) == "reworded"
    assert status(lex, new, old) == "reworded"


def test_plural_acronym_must_not_fire(lex):
    # a plural acronym of other words is another party
    old = "NGOs shall submit an annual activity report to the Registrar."
    new = "Municipal Councils shall submit an annual activity report to the Registrar."
    assert status(lex, old, new) == "modified"
    assert status(lex, new, old) == "modified"


def test_ordinal_point_in_a_period_is_a_number(lex):
    # the day a thing falls on moved: a number changed, with no direction
    old = "The Council shall meet on the first day of each quarter."
    new = "The Council shall meet on the tenth day of each quarter."
    assert status(lex, old, new) == "modified"
    assert status(lex, new, old) == "modified"
    assert "number" in kinds(lex, old, new)


def test_ordinal_figure_point_is_no_period(lex):
    # "the 14th day of March" is a day, not the 14 days of a deadline
    old = "The Contractor shall submit the design within 14 days after the Commencement Date."
    new = "The Contractor shall submit the design by the 14th day of March."
    assert status(lex, old, new) != "reworded"
    assert status(lex, new, old) != "reworded"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a knowledge qualifier limits the duty or ban to what its bearer knows of
    ("The Seller shall disclose every defect of the goods.",
     "The Seller shall disclose every defect of the goods to the best of its knowledge.", "softened"),
    ("The Contractor shall not employ any person under the age of 16.",
     "The Contractor shall not knowingly employ any person under the age of 16.", "softened"),
    ("An officer shall report any breach of the code by a colleague.",
     "An officer shall report any breach of the code by a colleague of which the officer has actual knowledge.",
     "softened"),
])
def test_knowledge_qualifier(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "to the extent" + what the commitment is measured against: it holds only as far as that allows
    ("The Agency shall publish all inspection reports.",
     "The Agency shall publish all inspection reports to the extent consistent with the protection of personal data.",
     "softened"),
])
def test_to_the_extent_measured_against(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "to the extent of" is a measure, no qualifier
    ("The Insurer shall indemnify the Insured for the loss.",
     "The Insurer shall indemnify the Insured to the extent of the loss.", "reworded"),
    # the same qualifier moved
    ("Member States shall apply these rules to the extent compatible with their constitutional order.",
     "To the extent compatible with their constitutional order, Member States shall apply these rules.", "reworded"),
])
def test_to_the_extent_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a word set between a quantifier and its noun narrows what a ban or duty reaches
    ("The landlord shall not evict any tenant during the winter months.",
     "The landlord shall not evict any elderly tenant during the winter months.", "softened"),
    ("The Authority shall inspect all bridges every year.",
     "The Authority shall inspect all rural bridges every year.", "softened"),
])
def test_word_restricting_a_whole_set(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]
    assert "scope" in kinds(lex, old, new)


@pytest.mark.parametrize(("old", "new"), [
    # under a permission: no direction read from it
    ("The Authority may inspect any bridge.", "The Authority may inspect any rural bridge."),
    # a determiner there is no restriction of the set
    ("The landlord shall not evict any tenant during the winter months.",
     "The landlord shall not evict any such tenant during the winter months."),
    # the noun itself dropped ("each Agency shall" -> "each shall")
    ("Each Agency shall bear its own costs.", "Each shall bear its own costs."),
])
def test_word_restricting_a_whole_set_must_not_fire(lex, old, new):
    assert "scope" not in kinds(lex, old, new)
    assert "scope" not in kinds(lex, new, old)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the say a duty gives another party: consent above consultation above information
    ("The Operator shall consult the municipality on the location of the depot.",
     "The Operator shall obtain the consent of the municipality to the location of the depot.", "hardened"),
    ("The Ministry shall consult the Ombudsman before amending the rules.",
     "The Ministry shall inform the Ombudsman before amending the rules.", "softened"),
    # under a ban, a consent exception weakened to consultation lets more through
    ("The Tenant shall not alter the premises without the Landlord's consent.",
     "The Tenant shall not alter the premises without consulting the Landlord.", "softened"),
])
def test_participation_ladder(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the same rung in another form is rewording
    ("The Operator shall notify the municipality of any spill.",
     "The Operator shall inform the municipality of any spill.", "reworded"),
    # the highest rung kept: a lower one dropped beside it is no lowering of the say
    ("The Operator shall inform the residents and obtain the consent of the municipality.",
     "The Operator shall obtain the consent of the municipality.", "softened"),
])
def test_participation_ladder_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR.get(expected, expected)
    assert not any("say given" in e.message for e in classify_texts(old, new, lex).evidence)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a firmer word inside an item that widens a ban points the item's way: the item decides
    ("A judge shall not hold shares in a party to the proceedings.",
     ("A judge shall not hold, and shall ensure that no member of the judge's immediate household holds, "
     "shares in a party to the proceedings."), "hardened"),
])
def test_strengthener_inside_a_widening_item(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a hedge inside the new item still points against it: no one direction
    ("The Parties shall exchange information on border incidents.",
     "The Parties shall exchange information on border incidents and, where necessary, hold joint patrols.",
     "modified"),
])
def test_strengthener_inside_a_widening_item_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


@pytest.mark.parametrize(("old", "new"), [
    # one period restated in another calendar unit: the unit lengths are averages
    ("The Contractor shall repair the fence within 24 months of the notice.",
     "The Contractor shall repair the fence within two years of the notice."),
    ("Records shall be kept for 36 months.", "Records shall be kept for three years."),
])
def test_same_calendar_period_in_another_unit(lex, old, new):
    assert status(lex, old, new) == "reworded"
    assert status(lex, new, old) == "reworded"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a real change of the period, in another unit, still has its direction
    ("The Contractor shall repair the fence within 12 months of the notice.",
     "The Contractor shall repair the fence within two years of the notice.", "softened"),
    ("The Contractor shall repair the fence within 28 days of the notice.",
     "The Contractor shall repair the fence within one month of the notice.", "softened"),
])
def test_same_calendar_period_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new"), [
    # a condition word replaced in its place by another that opens a condition: reworded
    ("The Board may suspend a member if the member has failed to pay the annual fee.",
     "The Board may suspend a member when that member has not paid the yearly fee."),
    ("The Warden may close the path only if the inspector has serious grounds to fear a rockfall.",
     "The Warden may close the path only where the inspector seriously fears a rockfall."),
])
def test_condition_word_swapped_for_another_opener(lex, old, new):
    assert status(lex, old, new) == "reworded"
    assert status(lex, new, old) == "reworded"
    assert "condition" not in kinds(lex, old, new) | kinds(lex, new, old)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a condition added beside the kept text is still a condition added
    ("The Board shall suspend a member.",
     "The Board shall suspend a member if the member has failed to pay the annual fee.", "softened"),
])
def test_condition_word_swapped_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new"), [
    # "save" the verb is no exception: the pair reads as it does with another verb
    ("Households shall save energy.", "Households shall save energy, where this is cheap."),
    ("The Operator shall save the records that the auditor requests.", "The Operator shall save the records."),
])
def test_save_where_must_not_fire(lex, old, new):
    for a, b in ((old, new), (new, old)):
        assert status(lex, a, b) == status(lex, a.replace("save", "store"), b.replace("save", "store"))
        assert not any("save" in e.message for e in classify_texts(a, b, lex).evidence)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "am" before a word of no modal phrase is no modal
    ("I am responsible for the keys.", "I am responsible for the keys and the alarm code.", "modified"),
])
def test_first_person_copula_modals_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR.get(expected, expected)
    assert "modal" not in kinds(lex, old, new) | kinds(lex, new, old)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "the 1st of the month" names the same point as "the first day of each month"
    ("The Member shall pay the fee monthly on the first day of each month.",
     "The fee is payable by the Member monthly, on the 1st of the month.", "reworded"),
    ("The Member shall pay the fee monthly on the first day of each month.",
     "The Member shall pay the fee monthly on the 15th of each month.", "modified"),
])
def test_ordinal_figure_of_the_period(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an ordinal figure not followed by "of" + a period is no point in a period
    ("The Club shall award a prize to the 1st of the finishers.",
     "The Club shall award a prize to the 1st and 2nd of the finishers.", "modified"),
])
def test_ordinal_figure_of_the_period_must_not_fire(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected
    assert not any("ordinal" in str(e.old) + str(e.new) for e in classify_texts(old, new, lex).evidence)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an exception added to a kept prohibition lets the act happen in some cases
    ("No bicycles may be stored in the hallway.",
     "No bicycles may be stored in the hallway without the written consent of the Landlord.", "softened"),
    ("Visitors shall not enter the laboratory.", "Visitors shall not enter the laboratory without a valid permit.",
     "softened"),
])
def test_exception_added_to_a_prohibition(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR[expected]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # the same exception in other words, a strengthener, or no prohibition: no exception evidence
    ("The Licensee shall not assign this Agreement unless the Licensor has consented in writing.",
     "The Licensee shall not assign this Agreement without the written consent of the Licensor.", "reworded"),
    ("The Operator shall not discharge effluent into the river.",
     "The Operator shall not discharge effluent into the river without exception.", "hardened"),
    ("The Supplier shall deliver the goods.", "The Supplier shall deliver the goods without a delivery fee.", None),
])
def test_exception_added_to_a_prohibition_must_not_fire(lex, old, new, expected):
    for a, b in ((old, new), (new, old)):
        assert not any("exception added" in e.message or "exception removed" in e.message
                       for e in classify_texts(a, b, lex).evidence)
    if expected:
        assert status(lex, old, new) == expected
        assert status(lex, new, old) == MIRROR.get(expected, expected)


def test_a_quarter_of_the_year_is_no_share(lex):
    result = classify_texts("The board shall report in the last quarter of the year.",
                            "The board shall report at the end of the year.", lex)
    assert not any(e.kind in ("number", "floor", "cap") for e in result.evidence)


def test_the_same_frequency_counted_in_months(lex):
    # "every three months" is 90 days, "quarterly" 91: the same frequency
    assert status(lex, "The holder shall sample the boreholes every three months.",
                  "The holder shall sample the boreholes on a quarterly basis.") == "reworded"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a strengthener with a negation at the modal ("At no time may") forbids as "may not" does:
    # no weaker modal, only the firmer wording
    ("A club shall not register more than 25 players.", "At no time may a club register more than 25 players.",
     "hardened"),
    ("The Operator may discharge effluent into the river.",
     "At no time may the Operator discharge effluent into the river.", "hardened"),
])
def test_a_negating_strengthener_at_the_modal(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR.get(expected, expected)
    assert not any(e.kind == "modal" and e.effect == "softened" for e in classify_texts(old, new, lex).evidence)


@pytest.mark.parametrize(("old", "new", "expected"), [
    # "all" of a set turned into a minimum share of it asks less; the reverse, more
    ("Students must attend all scheduled laboratory sessions.",
     "Students must attend at least 80% of scheduled laboratory sessions.", "softened"),
    ("The Company shall not issue new Shares without the consent of all Shareholders.",
     "The Company shall not issue new Shares without the consent of Shareholders holding at least 75% of the Shares.",
     "softened"),
    # ... while a minimum share added where no "all" stood asks more
    ("Students must attend scheduled laboratory sessions.",
     "Students must attend at least 80% of scheduled laboratory sessions.", "hardened"),
])
def test_a_share_instead_of_all(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR.get(expected, expected)
    if "all" in old.split():
        assert any("became" in e.message for e in classify_texts(old, new, lex).evidence)


def test_a_strengthener_set_off_by_commas_after_a_negation_stays_negated(lex):
    old = "Each State Party undertakes never under any circumstances to develop, produce or acquire landmines."
    new = "Each State Party undertakes never, under any circumstances, to develop, acquire or produce landmines."
    assert status(lex, old, new) == "reworded"
    assert status(lex, new, old) == "reworded"


@pytest.mark.parametrize(("old", "new"), [
    # the party before the commitment's modal changed, though both are named on both sides
    ("The Processor shall maintain a record of all processing activities carried out on behalf of the Controller.",
     "The Controller shall maintain a record of all processing activities carried out by the Processor on its behalf."),
    ("Investor A shall be entitled to appoint two directors to the Board.",
     "Investor B shall be entitled to appoint two directors to the Board."),
    ("The Seller shall deliver the goods to the Buyer.", "The Buyer shall collect the goods from the Seller."),
])
def test_the_party_that_carries_the_obligation_changed(lex, old, new):
    for a, b in ((old, new), (new, old)):
        result = classify_texts(a, b, lex)
        assert result.status == "modified"
        assert any("now carries the obligation" in e.message for e in result.evidence)


@pytest.mark.parametrize(("old", "new"), [
    # a passive verb: what stands before the modal is acted on
    ("The Recipient shall delete all Shared Data within 90 days.", "Within 90 days, all Shared Data must be erased by the Recipient."),
    ("The Landlord's consent to an assignment shall not be unreasonably withheld.",
     "The Landlord shall not unreasonably withhold its consent to an assignment."),
    # the modal of an exception is not the commitment's
    ("The Supplier shall deliver the goods to the port unless the Buyer otherwise directs.",
     "Unless the Buyer may otherwise direct, the Supplier shall deliver the goods to the port."),
    # the same party named another way
    ("The Armed Forces of Ukraine shall withdraw to the line.", "The Ukrainian Armed Forces shall withdraw to the line."),
    ("NGOs shall submit an annual activity report.", "Non-Governmental Organisations shall submit an annual activity report."),
    ("Neither Party shall adopt any duty on exports.", "No Party may adopt any duty on exports."),
    # several commitments, reordered, each keeping its party
    ("Russia is expected to withdraw. The United States shall pay.", "The United States shall pay. Russia is expected to withdraw."),
    # a name that closes a longer subject is no subject of its own
    ("The CMA shall adopt the rules.",
     "The Conference of the Parties serving as the meeting of the Parties to the Paris Agreement shall adopt the rules."),
])
def test_the_party_that_carries_the_obligation_must_not_fire(lex, old, new):
    for a, b in ((old, new), (new, old)):
        assert not any("now carries the obligation" in e.message for e in classify_texts(a, b, lex).evidence)


def test_a_qualifier_opening_a_sentence_is_no_party(lex):
    old = "Residents must not keep pets in university accommodation, with the exception of assistance animals."
    new = "Apart from assistance animals, pets are not permitted in university accommodation."
    assert not any("Apart" in e.message for e in classify_texts(old, new, lex).evidence)


def test_a_modal_whose_first_word_went_mirrors_one_whose_first_word_came(lex):
    # (found by the mirror property test) "will seek to" → "seek to" reads as the reverse of
    # "seek to" → "will seek to", whichever side keeps the phrase's first word
    old, new = "Russia will seek to withdraw sanctions within 30 days.", "seek to withdraw sanctions within 30 days."
    assert status(lex, old, new) == MIRROR[status(lex, new, old)]


@pytest.mark.parametrize(("old", "new"), [
    # a negation carried into an exception, a verb of negative meaning or "only": the same duty
    ("No member may vote at the general meeting unless the member has paid the annual fee.",
     "Members must pay the annual fee before they vote at the general meeting."),
    ("The Landlord shall not refuse consent to a sublease where the subtenant has provided two references.",
     "Where the subtenant has provided two references, the Landlord shall grant consent to a sublease."),
    ("No licence shall be issued to an applicant who does not hold liability insurance.",
     "A licence shall be issued only to applicants who hold liability insurance."),
    ("No operator shall sell tickets to the public unless they are numbered.",
     "Operators shall sell only numbered tickets to the public."),
    ("The carrier shall ensure that no passenger is permitted to board without a valid ticket.",
     "The carrier shall not permit any passenger to board without a valid ticket."),
])
def test_negation_moved_within_a_rewritten_sentence(lex, old, new):
    assert status(lex, old, new) == "reworded"
    assert status(lex, new, old) == "reworded"


@pytest.mark.parametrize(("old", "new"), [
    # the negation gone with nothing to carry it
    ("The Contractor shall not employ subcontractors.", "The Contractor shall employ subcontractors."),
    ("The Employer shall not refuse sick leave.", "The Employer shall refuse sick leave."),
    # a negation traded for an exception is a flip, not a move
    ("The Licensee shall not sublicense the software.",
     "The Licensee shall sublicense the software unless instructed otherwise."),
])
def test_negation_flip_not_excused_by_counting(lex, old, new):
    assert status(lex, old, new) == "modified"
    assert status(lex, new, old) == "modified"


def test_negation_traded_for_a_verb_of_negative_meaning_is_no_flip(lex):
    # the "not" went into "rejected"; whether "considered" is its opposite takes a resource
    # of meaning the content rule has not, so only the negation reading is checked
    old, new = "Bids received after the deadline shall be rejected.", "Bids received after the deadline shall not be considered."
    for a, b in ((old, new), (new, old)):
        assert not [e for e in classify_texts(a, b, lex).evidence if e.kind == "negation"]
    # ... where a "not" traded for an exception is one
    old, new = "The Licensee shall not sublicense the software.", "The Licensee shall sublicense the software unless told otherwise."
    assert [e for e in classify_texts(old, new, lex).evidence if e.kind == "negation"]


def test_request_after_an_adjective_is_a_noun(lex):
    # "any reasonable request" names a thing asked; "the Secretary-General requests" is the
    # exhortation it also spells
    from plandiff.classify.pair import _Pair
    pair = _Pair("The employer shall not refuse any reasonable request for leave.",
                 "The Secretary-General requests the Board to report.", lex, None)
    assert [c.phrase for c in pair.old_cues if c.category == "modal"] == [("shall",)]
    assert ("requests",) in [c.phrase for c in pair.new_cues if c.category == "modal"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # an ordinal in words is its figure: the same text
    ("The Assembly shall review it at its seventy-ninth session.", "The Assembly shall review it at its 79th session.",
     "unchanged"),
    ("The report is due on the twenty-first day of each month.", "The report is due on the 21st day of each month.",
     "unchanged"),
    # ... and another ordinal is another number
    ("The Assembly shall review it at its seventy-ninth session.", "The Assembly shall review it at its eightieth session.",
     "modified"),
])
def test_ordinal_words_are_figures(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


def test_ordinal_words_in_canonical_numbers():
    from plandiff.text import canonical_numbers
    assert canonical_numbers("the seventy-ninth, twenty-second, eleventh and fortieth sessions") == \
        "the 79th, 22nd, 11th and 40th sessions"
    # a lone "second" is also a unit of time, and the classifier's own keys keep words as words
    assert canonical_numbers("within one second") == "within 1 second"
    assert canonical_numbers("the seventy-ninth session", lone_words=False) == "the seventy-ninth session"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # drafting equivalences: "resolved" / "settled", "notwithstanding" / "despite", "interior" / "inside"
    ("The Licensee shall keep the interior of the kiosk clean.", "The Licensee must keep the inside of the kiosk clean.",
     "reworded"),
    ("Any dispute not resolved by negotiation within 60 days shall be referred to arbitration.",
     "Any dispute not settled by negotiation within 60 days shall be referred to arbitration.", "reworded"),
    ("You may not copy the Software, except as the law expressly permits notwithstanding this restriction.",
     "Except where the law expressly permits it despite this restriction, you must not copy the Software.", "reworded"),
])
def test_drafting_equivalences(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


def test_number_words_join_with_and_only_after_a_multiplier():
    from plandiff.text import canonical_numbers
    assert canonical_numbers("one hundred and five days, two thousand and twenty") == "105 days, 2020"
    assert canonical_numbers("at one and one-half times the rate") == "at one and one-half times the rate"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a marker of examples is no content word: the examples reordered under another marker
    ("The Parties shall cease all attacks, including shelling and drone strikes, from 1 May.",
     "From 1 May, the Parties shall cease all attacks, among them drone strikes and shelling.", "reworded"),
])
def test_example_marker_is_no_content(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == expected


def test_ban_lifted_in_a_relative_clause_gives_no_direction(lex):
    # (review) which States are covered changed, not the strength of the commitment; the reading
    # of the relative clause is left to the content rules, and no direction comes of it
    old = "Exports to States that are prohibited from acquiring arms shall be licensed."
    new = "Exports to States that are not prohibited from acquiring arms shall be licensed."
    assert status(lex, old, new) not in ("softened", "hardened")
    assert status(lex, new, old) not in ("softened", "hardened")


def test_synonym_hedge_faces_one_cue_only(lex):
    # a denied synonym cannot be claimed by a second old hedge: the verdict mirrors
    old = "The State shall fund the programme, subject to approval by the Board."
    new = "The State shall fund the programme, conditional on approval by the Board, and shall not be contingent on reports."
    assert status(lex, old, new) == status(lex, new, old) == "modified"


def test_a_figure_measured_from_something_is_no_value_of_the_subjects_bound(lex):
    # "maximum security prison" names a kind of prison; the distance bounds nothing
    old = "The maximum security prison shall be 5 km from the town."
    new = "The maximum security prison shall be 8 km from the town."
    assert status(lex, old, new) == "modified"
    assert status(lex, new, old) == "modified"


def test_or_item_in_a_relative_clause_is_no_other_way_to_comply(lex):
    # "or" inside the relative clause widens what the duty covers: it must not read weaker
    result = classify_texts("The Insurer shall cover losses that flooding causes.",
                            "The Insurer shall cover losses that flooding or storms cause.", lex)
    assert result.status != "softened"


def test_the_not_of_whether_or_not_negates_no_modal(lex):
    # "whether or not asked" → "if asked": a condition added, no ban turned into a duty
    result = classify_texts("The Tenant shall, whether or not asked by the Landlord, insure the building.",
                            "The Tenant shall, if asked by the Landlord, insure the building.", lex)
    assert result.status == "softened"
    assert not any(e.kind == "negation" for e in result.evidence)


@pytest.mark.parametrize("old, new, expected", [
    # a rule's field with no modal: an item added widens it ...
    ("This Code applies to vessels engaged in fishing and towing.",
     "This Code applies to vessels engaged in fishing, towing, dredging and salvage.", "hardened"),
    # ... and an exemption's field widened yields in more cases: no direction from the item
    ("The exemption applies to vessels engaged in fishing and towing.",
     "The exemption applies to vessels engaged in fishing, towing, dredging and salvage.", "modified"),
])
def test_item_in_the_field_a_rule_applies_to(lex, old, new, expected):
    result = classify_texts(old, new, lex)
    assert result.status == expected
    if expected == "hardened":
        assert any("what the rule covers" in e.message for e in result.evidence)


def test_event_time_after_a_ban_is_no_deadline(lex):
    # after a ban the phrase limits when the ban applies: no deadline added, nothing harder
    result = classify_texts("Visitors shall not enter the ward.",
                            "Visitors shall not enter the ward before the morning round is finished.", lex)
    assert result.status != "hardened"
    assert not any(e.kind == "deadline" for e in result.evidence)


@pytest.mark.parametrize("old, new, wrong", [
    ("The Seller shall indemnify the Buyer against third-party claims.",
     "The Seller shall indemnify the Buyer or its affiliates against third-party claims.", "softened"),
    ("The Authority shall waive fines of EUR 500 imposed on first offenders.",
     "The Authority shall waive fines of EUR 5,000 imposed on first offenders.", "hardened"),
    ("This Article applies from 1 January 2026. Cars and lorries are exempt from the charge.",
     "This Article applies from 1 January 2026. Cars are exempt from the charge.", "softened"),
])
def test_review_findings_not_read_that_way(lex, old, new, wrong):
    assert classify_texts(old, new, lex).status != wrong


def test_the_text_itself_is_no_party(lex):
    result = classify_texts("This paragraph shall apply to all vessels.", "This provision shall apply to all vessels.", lex)
    assert not any(e.kind == "party" for e in result.evidence)


def test_acronym_in_brackets_is_no_subject_modifier(lex):
    result = classify_texts("The Subsidiary Body for Implementation shall meet twice a year.",
                            "The Subsidiary Body for Implementation (SBI) shall meet twice a year.", lex)
    assert not any(e.kind == "scope" for e in result.evidence)


@pytest.mark.parametrize("old, new", [
    # the short-subject swap and the retold negation read alike both ways
    ("The employer shall bear the cost of the worker's return flight.",
     "The worker shall bear the cost of the worker's return flight."),
    ("Each ward shall have at least one registered nurse on duty for every four patients.",
     "The ratio of registered nurses on duty to patients on each ward shall be no lower than one to four."),
])
def test_session_rules_mirror(lex, old, new):
    mirror = {"softened": "hardened", "hardened": "softened"}
    forward, backward = classify_texts(old, new, lex).status, classify_texts(new, old, lex).status
    assert mirror.get(forward, forward) == backward


@pytest.mark.parametrize("old, new", [
    # a function word that opens the sentence, or a currency's name, is no party
    ("We will close your ticket within 10 days after you reply.",
     "Once you have replied, your ticket will be closed by us no later than ten days afterwards."),
    ("The Operator shall hold insurance of at least USD 5 million.",
     "The Operator must hold insurance of at least five million US dollars."),
])
def test_openers_and_currency_names_are_no_parties(lex, old, new):
    assert not any(e.kind == "party" for e in classify_texts(old, new, lex).evidence)

# The sixth session's rules, each topic a list of (old, new, expected status) read old → new:
# one table, one test, an id per case ("topic-n") to find a failure by.
SIXTH_SESSION_CASES = {
    "item_in_a_retold_sentence": [
        # a sentence told anew at about its length: the "item" the diff finds is an old one said again
        ("Staff must lock the cabinet upon arriving and upon departing the archive.",
         "Staff are required to lock the cabinet both when they arrive at the archive and when they depart from it.",
         "reworded"),
        # ... unless it names something the other text does not
        ("Mosul and Raqqa will be demilitarised along the ceasefire line, which will mean joint patrols along the ceasefire line.",
         ("In Idlib, Hama, Raqqa and Mosul provinces, the position of forces on the signing date is treated as the ceasefire "
          "line for joint patrols."), "modified"),
    ],
    "negation_flipped_in_a_retold_sentence": [
        # a duty retold as a ban on its opposite, around another verb: the same commitment
        ("Guards shall keep the gate locked between midnight and dawn.",
         "Between midnight and dawn, the gate may not be left unlocked by guards.", "reworded"),
        # the same verb, its negation flipped, the sentence kept: the opposite commitment
        ("The Operator shall publish the annual report.", "The Operator shall not publish the annual report.", "modified"),
    ],
    "bounds_read_through_names_and_measuring_clauses": [
        # a bound heading the subject still governs past a figure that is part of a name
        ("The maximum speed for Zone 3 vessels shall be 8 knots.", "The maximum speed for Zone 3 vessels shall be 6 knots.",
         "hardened"),
        # ... and past a figure the other side keeps in the subject, or a word like "in" that
        # bounds nothing there
        ("The minimum fee payable by members aged 65 and over shall be £40.",
         "The minimum fee payable by members aged 65 and over shall be £50.", "hardened"),
        ("The maximum height for sheds built in the rear garden shall be 3 metres.",
         "The maximum height for sheds built in the rear garden shall be 2 metres.", "hardened"),
        # a relative clause that measures the object itself ("the value of which") keeps its bound
        ("The Buyer shall post collateral the value of which is at least 120% of the loan.",
         "The Buyer shall post collateral the value of which is at least 110% of the loan.", "softened"),
        # ... where one that says which object is meant sets no bound of the duty
        ("The Buyer shall insure goods which weigh at least 10 tonnes.",
         "The Buyer shall insure goods which weigh at least 12 tonnes.", "modified"),
    ],
    "thresholds_of_exceeding_and_their_measures": [
        # a verb of exceeding, not negated, opens a threshold of what the duty covers
        ("Where the contract value exceeds EUR 100,000, the Buyer shall publish a notice.",
         "Where the contract value exceeds EUR 150,000, the Buyer shall publish a notice.", "softened"),
        # ... negated by the subject, it bounds what is banned
        ("The Operator shall ensure that no shift exceeds 10 hours.", "The Operator shall ensure that no shift exceeds 12 hours.",
         "softened"),
        # a bound in money in place of one in persons is another measure
        ("This Chapter applies to firms that employ more than 500 persons.",
         "This Chapter applies to firms whose annual turnover exceeds EUR 50 million.", "modified"),
        # ... but the currency's name after the amount is the same money
        ("Bids shall not exceed a price of EUR 3,000 per tonne.", "Bids shall not exceed a price of four thousand euro per tonne.",
         "softened"),
    ],
    "passive_subject_is_no_party": [
        # the subject of a passive commitment is what is acted on: no party dropped
        ("Deliveries shall be made in the order in which orders are received.",
         "Orders shall be delivered in the order in which they are received.", "reworded"),
        # an active subject dropped for another still is one
        ("The Seller shall deliver the goods within 10 days.", "The Carrier shall deliver the goods within 10 days.", "modified"),
    ],
    "or_item_in_what_the_duty_covers": [
        # in a participle phrase that says which things the duty covers, an "or" item is one more
        # case covered ...
        ("The Carrier shall compensate passengers for luggage damaged by water or fire.",
         "The Carrier shall compensate passengers for luggage damaged by water, fire or theft.", "hardened"),
        # ... on the duty's own object, another way to comply
        ("The Carrier shall deliver the luggage to the hotel.", "The Carrier shall deliver the luggage to the hotel or the airport.",
         "softened"),
    ],
    "penalty_amounts": [
        # the amount of a penalty a binding clause sets, with no bound word: higher is harsher
        ("A late filer shall pay a surcharge penalty of EUR 200.", "A late filer shall pay a surcharge penalty of EUR 350.",
         "hardened"),
        ("The Operator shall incur damages of 8 per cent of the shortfall.",
         "The Operator shall incur damages of 4 per cent of the shortfall.", "softened"),
        # a coverage cap beside a penalty is read as coverage: fewer cases covered is softer
        ("Passengers shall be entitled to compensation of EUR 400 for all delays of 5 hours or less.",
         "Passengers shall be entitled to compensation of EUR 400 for all delays of 3 hours or less.", "softened"),
    ],
    "duty_from_discretion_outweighs_its_exception": [
        # a duty set where there was only discretion: the exception on it qualifies the new duty
        ("The Council may publish the audit report.", "The Council shall publish the audit report unless it is classified.",
         "hardened"),
        ("The Council shall publish the audit report unless it is classified.", "The Council may publish the audit report.",
         "softened"),
        # from an expectation the leap is too short to outweigh the exception: both ways
        ("The Council should publish the audit report.", "The Council shall publish the audit report unless it is classified.",
         "modified"),
    ],
    "short_subject_replaced_binds_another_party": [
        # a short subject replaced before the same act: another party bound, capitalised or not
        ("The importer shall bear the cost of testing the goods.", "The exporter shall bear the cost of testing the goods.",
         "modified"),
        ("The hospital shall pay for the patient's transport home.",
         "The patient shall pay for the patient's transport home.", "modified"),
        # ... but not a synonym of it
        ("The lessee shall insure the premises.", "The tenant shall insure the premises.", "reworded"),
        # a condition's words kept only as often as the rest of the clause has them: still a condition
        ("The landlord must give the tenant the certificate.",
         "The landlord must, if the tenant so requests, give the tenant the certificate.", "softened"),
    ],
    "quantified_phrase_named_anew": [
        # "all" dropped and the noun phrase it quantified now names a part of them: narrowed
        ("All consignments of fresh produce shall be inspected at the border post.",
         "Consignments of fresh berries and mushrooms shall be inspected at the border post.", "softened"),
        # ... and the mirror: widened to all of a larger set
        ("Consignments of fresh berries and mushrooms shall be inspected at the border post.",
         "All consignments of fresh produce shall be inspected at the border post.", "hardened"),
    ],
    "event_deadline": [
        # a time limit set by an event, no figure, added to a binding duty: a deadline added
        ("The tenant shall return the keys to the agent.",
         "The tenant shall return the keys to the agent before the final inspection takes place.", "hardened"),
        ("The tenant shall return the keys to the agent no later than the end of the tenancy.",
         "The tenant shall return the keys to the agent.", "softened"),
    ],
    "participle_modifier_reach": [
        # a participle after a quantified noun with its adjective opens a modifier of which are
        # covered: a lead time raised (harder) and the threshold raised (fewer covered) point both ways
        ("The Employer shall consult the Union at least 30 days before any collective dismissal affecting 20 or more staff.",
         "The Employer shall consult the Union at least 45 days before any collective dismissal affecting 50 or more staff.",
         "modified"),
        # ... but a bound after the participle's phrase has ended is the duty's own
        ("The Operator shall notify the Shipper of any planned outage affecting capacity at least seven days in advance.",
         "The Operator shall notify the Shipper of any planned outage affecting capacity at least thirty days in advance.",
         "hardened"),
    ],
    "period_units_and_split_rights": [
        # a minimum period restated in another unit is the same minimum
        ("Records shall be kept for not less than two years.", "Records must be kept for a minimum of 24 months.", "reworded"),
    ],
    "restricted_permission_is_no_weaker_statement": [
        # a permission restricted or bounded states the rule the plain statement stated
        ("Any modification to a protected clause requires the consent of members holding not less than 75% of the votes.",
         "A protected clause may be modified only with the consent of members holding at least three-quarters of the votes.",
         "reworded"),
        # ... but a cap on what may be paid gives the payer discretion
        ("The Agency reimburses travel costs up to EUR 500.", "The Agency may reimburse travel costs up to EUR 500.",
         "softened"),
    ],
    "several_frequencies_paired_in_order": [
        # several frequencies on each side are paired in order: both less often is softer ...
        ("Pumps shall be serviced weekly and overhauled annually.",
         "Pumps shall be serviced monthly and overhauled every two years.", "softened"),
        # ... and one more often, one less often, both ways
        ("The Board shall report monthly to the Council and annually to the Assembly.",
         "The Board shall report annually to the Council and monthly to the Assembly.", "modified"),
    ],
    "exemption_end_date": [
        # the date an exemption ends: later lets it run longer, earlier restores the rule sooner
        ("The exemption for small farms shall expire on 30 June 2028.", "The exemption for small farms shall expire on 30 June 2030.",
         "softened"),
        ("The exemption for small farms shall expire on 30 June 2028.", "The exemption for small farms shall expire on 30 June 2026.",
         "hardened"),
        # ... where no exemption ends, a date moved has no direction
        ("The lease shall expire on 30 June 2028.", "The lease shall expire on 30 June 2030.", "modified"),
    ],
    "negating_strengthener_said_with_any": [
        # "at no time" is the "at any time" of a negated modal said the other way
        ("Pupils shall not leave the school grounds at any time during lessons.",
         "At no time during lessons are pupils permitted to leave the school grounds.", "reworded"),
        # ... and "in no case later than" the "in any event within" of a time limit
        ("The operator shall report the incident promptly and in any event within 3 days.",
         "The incident must be reported by the operator promptly and in no case later than three days.", "reworded"),
    ],
    "review_findings": [
        # review of the session's rules: each of these once read the wrong way
        ("The annual budget shall be approved.", "The annual budget shall be approved by the board of directors.", "reworded"),
        ("The witness shall appear.", "The witness shall appear before the tribunal of first instance.", "reworded"),
        ("The operator shall ensure that the noise level at the boundary never exceeds 55 dB.",
         "The operator shall ensure that the noise level at the boundary never exceeds 60 dB.", "softened"),
        ("Total fees shall not exceed USD 500,000 per year.", "Total fees shall not exceed 750,000 per year.", "softened"),
        ("Fees shall not exceed 5,000 euro.", "Fees shall not exceed 7,000 EUR.", "softened"),
        ("The Authority may order an inspection.", "The Authority shall order an inspection if it so decides.", "modified"),
        ("The equipment shall be tested monthly and inspected annually.",
         "The equipment shall be inspected annually and tested monthly.", "reworded"),
        ("Without prejudice to the exemptions in Article 3, this Agreement shall expire on 31 December 2030.",
         "Without prejudice to the exemptions in Article 3, this Agreement shall expire on 31 December 2035.", "modified"),
    ],
    "subject_modifier": [
        # a describing word set before the noun of the subject binds only some of them
        ("Delivery vehicles shall not park on the pavement.", "Heavy delivery vehicles shall not park on the pavement.",
         "softened"),
        ("Heavy delivery vehicles shall not park on the pavement.", "Delivery vehicles shall not park on the pavement.",
         "hardened"),
        # ... and one set right after a quantifier after the modal
        ("The Licensee shall obtain consent before altering any part of the building.",
         "The Licensee shall obtain consent before altering any structural part of the building.", "softened"),
    ],
    "items_under_a_negated_permission": [
        # a negated permission is a ban: an item dropped from what it covers softens it ...
        ("Visitors may not bring food, drink or umbrellas into the gallery.",
         "Visitors may not bring food or drink into the gallery.", "softened"),
        # ... and a case dropped from its exception hardens it
        ("Members may not disclose the minutes, except to their advisers or to a regulator.",
         "Members may not disclose the minutes, except to a regulator.", "hardened"),
    ],
    "minimum_turned_maximum": [
        # the same figure, a minimum turned into a maximum under a duty: room below it now
        ("The Fund shall finance no fewer than 200 scholarships each year.", "The Fund shall finance up to 200 scholarships each year.",
         "softened"),
        ("The Fund shall finance up to 200 scholarships each year.", "The Fund shall finance no fewer than 200 scholarships each year.",
         "hardened"),
    ],
    "mid_list_item_and_tolerance": [
        # an item between commas of a list that a conjunction closes a few words on
        ("The Insurer shall pay for damage caused by storm, hail, lightning or subsidence.",
         "The Insurer shall pay for damage caused by storm, lightning or subsidence.", "softened"),
        # a margin of tolerance is a cap on the error allowed
        ("Scales shall be accurate within a tolerance of 2 per cent.", "Scales shall be accurate within a tolerance of 1 per cent.",
         "hardened"),
    ],
    "alternative_beside_a_shorter_deadline_points_both_ways": [
        # another way to comply (softer) beside a deadline shortened (harder); the "request" after
        # the item is no modal of the duty the item is an alternative in
        ("The Borrower shall repay the loan within 60 days of the Lender's written request.",
         "The Borrower shall repay or refinance the loan within 30 days of the Lender's written request.", "modified"),
    ],
    "participle_after_a_quantified_noun_sets_coverage": [
        # "each member holding at least 10% of the votes": which members are covered, not a minimum
        # the duty asks; a threshold added there narrows the duty
        ('The Board shall send the minutes to each member.',
         'The Board shall send the minutes to each member holding at least 10% of the votes.', "softened"),
    ],
    "verb_traced_only_through_a_synonym_its_own_side_keeps": [
        # "finance" answers "fund" only through their synonym group, which "fund" holds on both
        # sides: the verb was replaced
        ('The Ministry shall finance the regional health fund.',
         'The Ministry shall audit the regional health fund.', "modified"),
    ],
    "ban_with_exception_restated_with_only": [
        # "No one shall … unless X" is "Only one who X …" said as a plain statement: the same rule
        ('No student shall be eligible to graduate unless he or she passes the final examination.',
         'Only a student who passes the final examination is eligible to graduate.', "reworded"),
    ],
    "negated_exceeding_past_an_adverbial_of_any": [
        # "shall not at any time exceed" is "shall not exceed": a cap, raised
        ('Borrowings shall not at any time exceed EUR 20 million.',
         'Borrowings shall not at any time exceed EUR 30 million.', "softened"),
    ],
    "ban_window_named_as_hours": [
        # "between the hours of …": the window the ban now applies in
        ('No person shall play amplified music on the beach.',
         'No person shall play amplified music on the beach between the hours of 10 p.m. and 8 a.m.', "softened"),
    ],
    "phase_in_word_before_a_noun_is_still_a_phase_in": [
        # "a phased reduction" is reducing gradually, no new thing described
        ('The Parties shall reduce their stockpiles immediately after ratification.',
         'The Parties shall begin a phased reduction of their stockpiles after ratification.', "softened"),
    ],
    "negation_flipped_with_no_sign_of_the_same_rule_stays_opposite": [
        # retold around another verb, but no word or bound that tells the same rule the other way
        ('The operator shall disclose the data to third parties upon request.',
         'Upon request, the data shall not be shared with third parties by the operator.', "modified"),
    ],
    "bound_written_after_in_what_a_duty_is_for": [
        # "for plants with a capacity of 10 MW or more": which plants are covered; lower, more of them
        ('The Agency shall publish data for plants with a capacity of 10 MW or more.',
         'The Agency shall publish data for plants with a capacity of 5 MW or more.', "hardened"),
    ],
    "day_after_on_is_no_deadline_of_a_means_by": [
        # "by bank transfer on the 15th day": a day of payment moved, no deadline added
        ('Fees shall be paid by direct debit on the last working day of each month.',
         'Fees shall be paid by direct debit on the 10th day of each month.', "modified"),
    ],
}


@pytest.mark.parametrize(("old", "new", "expected"), [
    pytest.param(old, new, expected, id=f"{topic}-{n}")
    for topic, cases in SIXTH_SESSION_CASES.items() for n, (old, new, expected) in enumerate(cases)
])
def test_sixth_session_rules(lex, old, new, expected):
    assert classify_texts(old, new, lex).status == expected


# Cases read both ways: old → new gives the status, new → old its mirror (softened ↔ hardened,
# the rest unchanged). Each topic a list of (old, new, expected status); one test, an id per
# case ("topic-n") to find a failure by.
MIRRORED_CASES = {
    "avoid_negates_like_refrain": [
        # a verb of keeping clear of the act negates it: a ban turned into advice is softer
        ("Visitors shall not feed the wild animals in the reserve.",
         "Visitors should avoid feeding the wild animals in the reserve.", "softened"),
        ("Members should avoid disclosing confidential deliberations.",
         "Members should not disclose confidential deliberations.", "reworded"),
    ],
    "ordinal_point_in_a_period_must_not_fire": [
        # the same point written as a figure
        ("The Council shall meet on the first day of each quarter.",
         "The Council shall meet on the 1st day of each quarter.", "unchanged"),
        # an ordinal period counted from an event stays a deadline
        ("The Buyer shall pay no later than the fourteenth day following delivery.",
         "The Buyer shall pay no later than the thirtieth day following delivery.", "softened"),
    ],
    "knowledge_qualifier_must_not_fire": [
        # the same qualifier moved is rewording
        ("To the best of its knowledge, the Seller shall disclose every defect of the goods.",
         "The Seller shall disclose every defect of the goods to the best of its knowledge.", "reworded"),
        # knowledge as the thing shared is no qualifier: the item added decides
        ("The Parties shall share scientific knowledge on fish stocks.",
         "The Parties shall share scientific knowledge on fish stocks and marine mammals.", "hardened"),
    ],
    "save_where_is_an_exception": [
        # "save" before a clause opener is "except": an exception like "unless"
        ("Consignments of cut flowers from infested areas shall not be imported unless accompanied by an official certificate.",
         ("The import of cut-flower consignments from infested areas is prohibited, save where an official certificate "
         "accompanies them."), "reworded"),
        ("The Operator shall keep the gates locked.", "The Operator shall keep the gates locked, save where a warden is present.",
         "softened"),
    ],
    "modal_phrase_with_a_modifier_before_its_noun": [
        # a right with a modifier before its noun is still a right (a permission), not a duty
        ("The Club shall have the exclusive right to sell tickets for every match.",
         "Only the Club is entitled to sell tickets for every match.", "reworded"),
        ("The Club shall have the exclusive right to sell tickets for every match.",
         "The Club shall sell tickets for every match.", "hardened"),
        ("The Tenant has the sole option to renew the lease.", "The Tenant may renew the lease.", "reworded"),
    ],
    "modal_phrase_with_a_modifier_must_not_fire": [
        # "shall have the … <not the phrase's noun>" is no right: the modal stays binding
        ("The Club shall have the stadium repainted.", "The Club may have the stadium repainted.", "softened"),
        ("The Club shall have the stadium repainted.", "The Club shall have the stadium repaired.", "modified"),
    ],
    "first_person_copula_modals": [
        # first-person forms of the copula phrases keep their rung ("I am free to" is a permission)
        ("I understand that I am free to leave the study at any time, and that leaving will not affect my treatment.",
         "I understand that I can leave the study whenever I wish, and that my treatment will be no worse if I do.",
         "reworded"),
        ("I am required to attend every session.", "I am free to attend every session.", "softened"),
    ],
    "shares_in_words": [
        # a share written in words is the percentage written as a figure
        ("Each room shall have a window with a glazed area of not less than one tenth of the floor area.",
         "Each room must have a window whose glazed area is at least 10% of the floor area.", "reworded"),
        ("Decisions require the votes of at least one half of the members.",
         "Decisions require the votes of at least 50 per cent of the members.", "reworded"),
        # ... and compares as a number
        ("Decisions require the votes of at least half of the members.",
         "Decisions require the votes of at least two thirds of the members.", "hardened"),
        # (a share a duty of paying owes: more is more owed)
        ("The Tenant shall pay a quarter of the costs.", "The Tenant shall pay 30% of the costs.", "hardened"),
        ("The Tenant may pay a quarter of the costs.", "The Tenant may pay 30% of the costs.", "modified"),
    ],
    "thresholds_of_coverage": [
        # a figure after a word of "more than", in what says which things a commitment covers, is
        # the threshold of that coverage: raising it leaves fewer things bound
        ("Contracts with an estimated value exceeding EUR 50,000 shall be awarded by open tender.",
         "Contracts with an estimated value exceeding EUR 200,000 shall be awarded by open tender.", "softened"),
        ("Contracts worth over EUR 50,000 shall be awarded by open tender.",
         "Contracts worth over EUR 200,000 shall be awarded by open tender.", "softened"),
        ("If more than 50 workers are affected, the employer shall consult the union.",
         "If more than 20 workers are affected, the employer shall consult the union.", "hardened"),
        # ... in a quantified object of a duty or a ban as well
        ("Officials must declare any gift from a bidder with a value above EUR 100.",
         "Officials must declare any gift from a bidder with a value above EUR 25.", "hardened"),
        ("Officials shall not accept any gift worth more than EUR 100.",
         "Officials shall not accept any gift worth more than EUR 25.", "hardened"),
        ("Officials must declare any gift with a value of at least EUR 100.",
         "Officials must declare any gift with a value of at least EUR 25.", "hardened"),
        # ... but not where the figure is what is asked, nor against another measure
        ("The Operator shall plant more than 500 trees.", "The Operator shall plant more than 700 trees.", "modified"),
        ("The Company shall repay the loan with a premium above EUR 100.",
         "The Company shall repay the loan with a premium above EUR 25.", "modified"),
        ("This Part applies to undertakings that employ more than 250 persons.",
         "This Part applies to undertakings whose annual net turnover exceeds EUR 40 million.", "modified"),
    ],
    "only_put_before_a_permissions_condition": [
        # "only" put before a kept condition of a permission: every other case is now forbidden
        ("The Controller may process the data where the data subject has given consent.",
         "The Controller may process the data only where the data subject has given consent.", "hardened"),
        ("Staff may enter the vault if they are accompanied.", "Staff may enter the vault only if they are accompanied.",
         "hardened"),
        # ... not under a duty, which the condition already limited
        ("The Controller shall process the data if the data subject has given consent.",
         "The Controller shall process the data only if the data subject has given consent.", "reworded"),
    ],
    "a_cap_on_what_is_owed": [
        # a cap on what a duty gives bounds what is owed: raising it asks more
        ("We will pay reasonable alternative accommodation costs for up to 6 months.",
         "We will pay reasonable alternative accommodation costs for up to 12 months.", "hardened"),
        ("The Insurer shall reimburse up to EUR 500 per claim.", "The Insurer shall reimburse up to EUR 1,000 per claim.",
         "hardened"),
        # ... not a cap on what a party may do or have, nor on what a permission gives
        ("Each Party may deploy up to 500 troops.", "Each Party may deploy up to 1,000 troops.", "softened"),
        ("The Employer may pay up to EUR 500.", "The Employer may pay up to EUR 1,000.", "softened"),
    ],
    "bounds_over_a_noun_phrase": [
        # a negated verb of exceeding governs the figure that closes its noun phrase
        ("Discharges shall not exceed a total suspended solids concentration of 30 mg/l.",
         "Discharges shall not exceed a total suspended solids concentration of 45 mg/l.", "softened"),
        # a bound noun's phrase may close with "equal to"; a cap added on damages a duty pays softens
        ("The Contractor shall pay the Employer liquidated damages of GBP 10,000 for each day of delay.",
         ("The Contractor shall pay the Employer liquidated damages of GBP 10,000 for each day of delay, up to a "
          "maximum aggregate amount equal to 10% of the Contract Price."), "softened"),
        # ... but a figure far from its verb and outside its noun phrase stays plain
        ("The noise level shall not exceed the limit set in Annex 3 of 55 decibels.",
         "The noise level shall not exceed the limit set in Annex 3 of 65 decibels.", "modified"),
    ],
    "ratios": [
        # a ratio written "3.5:1" is the figure 3.5 ("3.5 times"); its "1" is no number of its own
        ("The Borrower shall ensure that the ratio of Net Debt to EBITDA does not exceed 3.5:1 on any Test Date.",
         "The Borrower shall procure that, on each Test Date, Net Debt is no greater than 3.5 times EBITDA.", "reworded"),
        ("The ratio of Net Debt to EBITDA shall not exceed 3.5:1.", "The ratio of Net Debt to EBITDA shall not exceed 4:1.",
         "softened"),
    ],
    "round_19": [
        # round 19: two shares compare as one measure, whatever words stand around them
        ("Flag States shall ensure 100% observer coverage on purse-seine vessels.",
         "Flag States shall ensure observer coverage of at least 50% on purse-seine vessels.", "softened"),
        # a threshold in the subject of a governed clause ("ensure that agglomerations of more than")
        (("Member States shall ensure that agglomerations of more than 2 000 population equivalent are provided with "
          "collecting systems."),
         ("Member States shall ensure that agglomerations of more than 10 000 population equivalent are provided with "
          "collecting systems."), "softened"),
        # ... but "of not less than" is the quantity asked, not which things are covered
        ("The Borrower shall maintain cash reserves of not less than USD 2,000,000.",
         "The Borrower shall maintain cash reserves of not less than USD 5,000,000.", "hardened"),
        # what a prohibition forbids beyond a figure it allows up to it: a cap
        ("No one shall be held in detention without charge for more than 72 hours.",
         "No one shall be held in detention without charge for more than 48 hours.", "hardened"),
        ("The Operator shall plant more than 500 trees.", "The Operator shall plant more than 700 trees.", "modified"),
        # a binding period that became unlimited binds for longer
        ("The confidentiality obligations shall survive for two years after termination.",
         "The confidentiality obligations shall survive termination indefinitely.", "hardened"),
        ("The Licensee may use the Software for two years.", "The Licensee may use the Software indefinitely.", "modified"),
        # after "any", an "or" list under a duty names each case it covers
        ("The school shall notify parents of any absence, late arrival, disciplinary action or injury.",
         "The school shall notify parents of any absence or injury.", "softened"),
        # (an "or" on the duty's verb is no case covered but another way to comply: weaker)
        ("The Recipient shall destroy any copy within a month.", "The Recipient shall destroy or archive any copy within a month.",
         "softened"),
        # (also after the verb's adverb or its object, "or" is another way to comply; after a
        # quantifier, a relative clause or a figure it names one more case or measure)
        ("The Lessee shall promptly repair the roof.", "The Lessee shall promptly repair or replace the roof.", "softened"),
        ("Each member shall vote in person.", "Each member shall vote in person or, with the chair's leave, by post.",
         "softened"),
        # a multiple is the percentage a hundred times it; a rate's period is no deadline
        ("Overtime shall be paid at one and a half times the basic hourly wage.",
         "Overtime shall be paid at 150 per cent of the basic hourly wage.", "reworded"),
        ("All hours worked in excess of 38 hours in any week shall be paid at 2 times the basic rate.",
         "Every hour worked beyond 38 hours in a week shall be paid at 200% of the basic rate.", "reworded"),
        # the adjective and its adverb are one qualifier
        ("The Contractor shall fully comply with the plan.", "The Contractor shall comply with the plan in full.", "reworded"),
        ("The Contractor shall comply with the plan.", "The Contractor shall strictly comply with the plan.", "hardened"),
        # a right reserved is a permission
        ("We reserve the right to suspend your account if you breach these Terms.",
         "If you breach these Terms, we may suspend your account.", "reworded"),
        # a notice is the lowest say another party is given
        ("The Contractor shall not subcontract the Works without the prior written consent of the Authority.",
         "The Contractor shall not subcontract the Works without giving prior written notice to the Authority.", "softened"),
    ],
    "round_20": [
        # round 20: a word of "more than" before a figure outranks a deadline word further back
        ("The Franchisor shall not increase the Continuing Fee by more than 3% in any Contract Year.",
         "The Franchisor shall not increase the Continuing Fee by more than 5% in any Contract Year.", "softened"),
        # a hyphenated word is an item, and a word narrowing a whole set
        ("The Concessionaire shall not assign or sub-contract any of its rights.",
         "The Concessionaire shall not assign any of its rights.", "softened"),
        ("Licensees shall provide subtitles for all programmes broadcast before midnight.",
         "Licensees shall provide subtitles for all pre-recorded programmes broadcast before midnight.", "softened"),
        # advice is a recommendation; a covenant binds
        ("All persons entering enclosed public premises must wear a face covering.",
         "All persons entering enclosed public premises are strongly advised to wear a face covering.", "softened"),
        ("The Grantee covenants to acknowledge the support of the Foundation in all publications.",
         "In every publication, the Grantee shall acknowledge the Foundation's support.", "reworded"),
        # "full" is all of it: a minimum share that became the full value rose
        ("The Association shall insure the common elements for not less than 80% of their replacement value.",
         "The Association shall insure the common elements for their full replacement value.", "hardened"),
        # a figure joined by "and" to a bounded one shares its bound
        ("The Licensee shall maintain insurance with a limit of not less than USD 5 million per occurrence.",
         ("The Licensee shall maintain insurance with a limit of not less than USD 5 million per occurrence and USD 20 "
          "million in the aggregate."), "hardened"),
        ("The Licensee shall maintain insurance of not less than USD 5 million.",
         "The Licensee shall maintain insurance of not less than USD 5 million and pay a fee of USD 20,000.", "modified"),
        # deadlines counted differently compare where their spans cannot overlap
        ("The operator shall submit the report within 72 hours of the occurrence.",
         "The operator shall submit the report within five working days of the occurrence.", "softened"),
        ("The operator shall submit the report within 7 days.", "The operator shall submit the report within five working days.",
         "modified"),
    ],
    "round_21": [
        # round 21: an exception whose words the word diff paired elsewhere is still added
        ("The Rights Holder shall not enter into any sponsorship arrangement with a Competitor of the Sponsor during the Term.",
         ("The Rights Holder shall not enter into any sponsorship arrangement with a Competitor of the Sponsor during the "
          "Term without first consulting the Sponsor."), "softened"),
        # "at or below" is a cap
        ("Chilled foods must be kept at or below 8 °C.", "Chilled foods must be kept at or below 5 °C.", "hardened"),
        # the same amount in another currency
        ("The Sponsor shall pay the Rights Holder a fee of US$250,000.", "The Sponsor shall pay the Rights Holder a fee of €250,000.",
         "modified"),
        ("The Sponsor shall pay a fee of USD 250,000.", "The Sponsor shall pay a fee of US$250,000.", "reworded"),
        # a word of "more than" opens a modifier of a quantified object; a coverage threshold removed widens it
        ("Clubs shall disclose to the League any payment exceeding £50,000 made to an intermediary.",
         "Clubs shall disclose to the League every payment made to an intermediary, regardless of its amount.", "hardened"),
        ("The Operator shall plant more than 500 trees.", "The Operator shall plant trees.", "modified"),
        # a frequency counted "in each 24-hour period"
        ("Every patient must be reviewed by a consultant at least twice in each 24-hour period.",
         "Every patient must be reviewed by a consultant at least once in each 24-hour period.", "softened"),
        ("A student may resit a failed module once.", "A student may resit a failed module twice.", "modified"),
        # an "or" case in the condition that triggers a duty or ban; not an "and" one
        (("A State Party shall not authorise any transfer of arms if it knows that the arms would be used in genocide, "
          "crimes against humanity or war crimes."),
         ("A State Party shall not authorise any transfer of arms if it knows that the arms would be used in genocide or "
          "crimes against humanity."), "softened"),
        ("The Operator shall notify the Authority if a fire or a flood occurs.",
         "The Operator shall notify the Authority if a fire, a flood or an earthquake occurs.", "hardened"),
        ("The Operator shall notify the Authority if the pump and the valve fail.",
         "The Operator shall notify the Authority if the pump fails.", "modified"),
    ],
    "round_22": [
        # round 22: a negating strengthener and its negative-polarity twin under a negation
        ("In no event shall the Agency be liable for any indirect or consequential loss.",
         "The Agency shall not, under any circumstances, be liable for any consequential or indirect loss.", "reworded"),
        # a word of "more than" of several words opens its modifier ("seeking to raise more than")
        ("The Platform will verify the identity of every project creator before a campaign goes live.",
         ("The Platform will verify the identity of each project creator seeking to raise more than £10,000 before a "
          "campaign goes live."), "softened"),
        # ... but not after a bound of its own ("is not exceeded more than 35 times")
        ("Member States shall ensure that the limit value is not exceeded more than 35 times in a calendar year.",
         "Member States shall ensure that the limit value is not exceeded more than 18 times in a calendar year.", "hardened"),
        # an item after the commitment's modal belongs to it, whatever modal its own clause holds
        (("Admission authorities must not give any priority on the basis of any practical or financial support parents "
          "may give to the school."),
         ("Admission authorities must not give any priority on the basis of any financial support parents may give to "
          "the school."), "softened"),
        # the share a duty of giving owes
        ("The Agency shall indemnify the Bank for 95 per cent of any loss.",
         "The Agency shall indemnify the Bank for 85 per cent of any loss.", "softened"),
        ("The Employer may reimburse 80% of the costs.", "The Employer may reimburse 60% of the costs.", "modified"),
        # "twice yearly" is every half year
        ("The Publisher shall account to the Author twice yearly.", "The Publisher shall account to the Author once a year.",
         "softened"),
        # a permission newly restricted to a condition
        ("The Recipient may share Derived Data with its contractors for the Specified Purpose.",
         ("The Recipient may share Derived Data with its contractors for the Specified Purpose only with the Provider's "
          "prior written approval."), "hardened"),
        # a resolution's operative verbs are no party names
        ("Encourages Member States to freeze the assets of individuals designated by the Committee.",
         "Decides that Member States shall freeze the assets of individuals designated by the Committee.", "hardened"),
        # a time in four figures with "hours"
        ("Laytime shall commence at 0800 hours on the next working day.",
         "Laytime shall commence at 08:00 on the next working day.", "reworded"),
        ("The Employer shall grant 1500 hours of leave.", "The Employer shall grant 1600 hours of leave.", "modified"),
    ],
    "round_23": [
        # round 23: "no longer than" is a cap
        ("Data obtained through the cameras may be retained for up to two years.",
         "Data obtained through the cameras may be retained for no longer than 90 days and shall then be deleted.",
         "hardened"),
        # figures left unpaired pair by currency before order
        ("The Company shall use commercially reasonable efforts to obtain insurance in the amount of USD 1,000,000.",
         "The Company shall, within 90 days after the Closing, obtain insurance in an amount of not less than USD 2,000,000.",
         "hardened"),
        # a cap on the period of a deadline, in a relative clause, is that deadline
        ("The Party shall comply with the rulings within a reasonable period of time.",
         "The Party shall comply with the rulings within a reasonable period of time, which shall not exceed 15 months.",
         "hardened"),
        # "Nothing herein shall": a subject opened by a negative word right before the modal
        ("Nothing herein shall be construed as creating a partnership.",
         "This Agreement shall not be interpreted as creating a partnership.", "reworded"),
    ],
    "round_24": [
        # round 24: a prohibition with an exception and a permission restricted to that case are one rule
        ("No staff member may transport a child in a private vehicle without the written consent of a parent.",
         "A staff member may transport a child in a private vehicle only if a parent has given written consent.",
         "reworded"),
        ("The Tenant may not sell the goods.", "The Tenant may sell the goods.", "softened"),
        # "half the board" is a share without "of"
        ("At least half the board must comprise independent directors.",
         "At least one third of the board must comprise independent directors.", "softened"),
        # measures and steps are efforts; "save in" opens an exception
        ("The host State shall guarantee the safety of observers.",
         "The host State shall take reasonable measures to ensure the safety of observers.", "softened"),
        ("At least 70 per cent of the filming shall take place in the territories of the Parties.",
         ("Save in exceptional circumstances approved by both Parties, at least 70 per cent of the filming shall take "
          "place in the territories of the Parties."), "softened"),
    ],
    "date_ranges": [
        # a "from … to …" period of a binding commitment: longer binds for longer
        ("Fishing for cod shall be prohibited from 1 February to 30 April inclusive.",
         "Fishing for cod shall be prohibited from 1 January to 30 April inclusive.", "hardened"),
        ("The closed season shall run from 1 November to 31 March.",
         "The closed season shall run from 1 December to 31 March.", "softened"),
        # ... not a window moved as a whole, nor under a permission
        ("Fishing shall be prohibited from 1 February to 30 April.", "Fishing shall be prohibited from 1 March to 31 May.",
         "modified"),
        ("The office may open from 1 May to 30 June.", "The office may open from 1 April to 30 June.", "modified"),
    ],
    "round_25": [
        # plain language that speaks to the party names it as the role noun did ...
        ("Tenants are prohibited from subletting the flat.", "You may not sublet the flat.", "reworded"),
        # ... but "we" turned "you" is another party
        ("We may cancel the booking at any time.", "You may cancel the booking at any time.", "modified"),
        # "US" in capitals is the United States, no pronoun
        ("Both sides shall agree the modalities.", "The US shall agree the modalities.", "modified"),
        # "at once" is "immediately"
        ("The carrier shall immediately refund the fare.", "The carrier must refund the fare at once.", "reworded"),
        # "of EUR 15,000 or more" in the subject says which transactions are covered: a lower
        # threshold covers more of them
        ("Cash payments of EUR 15,000 or more shall be reported to the authority.",
         "Cash payments of EUR 10,000 or more shall be reported to the authority.", "hardened"),
        # ... where the same bound after the modal is what the duty asks
        ("The Supplier shall hold reserves of EUR 2 million or more.",
         "The Supplier shall hold reserves of EUR 1 million or more.", "softened"),
        # "(iii)" labels an item and says nothing
        ("The manager shall ensure that (a) the log is signed and (b) copies are kept for two years.",
         "The manager shall ensure that: (i) the log is signed; and (ii) a copy is kept for two years.", "reworded"),
        # a verb of commitment kept in its passive form
        ("The Company recognises the Association as the sole negotiating body for its drivers.",
         "For its drivers, the Association is recognised by the Company as the sole negotiating body.", "reworded"),
        # an item whose words mostly stand elsewhere moved with a restructured sentence
        ("The pardon shall not apply to persons convicted of treason, espionage or sabotage.",
         "Persons convicted of sabotage, espionage or treason are excluded from the pardon.", "reworded"),
    ],
    "round_26": [
        # a prohibition stated of the act is read as "shall not"
        ("Smoking is prohibited in the hall.", "Smoking is discouraged in the hall.", "softened"),
        ("No person shall smoke in the hall.", "Smoking in the hall is prohibited.", "reworded"),
        ("Smoking is prohibited in the hall.", "Smoking is permitted in the hall.", "softened"),
        # the whole told as "in full" or as "all"
        ("The Borrower shall repay the Advance in full on the Repayment Date.",
         "On the Repayment Date the Borrower shall repay all sums outstanding under the Advance.", "reworded"),
        # ... but "in all material respects" tolerates what it calls immaterial
        ("The Supplier shall perform the Services in full compliance with the Specification.",
         "The Supplier shall perform the Services in compliance in all material respects with the Specification.",
         "softened"),
        # a period word governs the figure right after it, not one further on
        ("Each game shall consist of three periods of 20 minutes.",
         "Each game shall consist of two periods of 30 minutes.", "modified"),
        ("The Recipient shall return the documents within thirty (30) days.",
         "The Recipient shall return the documents within ten (10) days.", "hardened"),
        # the zone a prohibition covers: a wider one forbids more
        ("No building shall be erected within 100 metres of the shoreline.",
         "No building shall be erected within 50 metres of the shoreline.", "softened"),
        # the exception's words compared with the possessive read off ("the Lender's consent")
        ("The Borrower shall not assign this Agreement without the Lender's prior written consent.",
         "The Borrower shall not assign this Agreement unless the Lender has first consented in writing.", "reworded"),
    ],
    "round_27": [
        # a qualifier and its shorter form
        ("You may not copy the Data, except to the extent that the law permits it.",
         "Except where and only to the extent permitted by law, you must not copy the Data.", "reworded"),
        ("The panel shall be composed of three judges.", "The panel shall be made up of three judges.", "reworded"),
        # "until" is "not before": the negation moved
        ("No vaccine shall be released until the batch has been tested.",
         "Each batch must be tested before any vaccine from it is released.", "reworded"),
        # a strengthener before "refrain from" strengthens the ban
        ("The Parties shall refrain from hostile acts.", "The Parties shall permanently refrain from hostile acts.",
         "hardened"),
        # the window a ban covers, in time; an exception's window is the exception's
        ("Drivers shall not drink alcohol within 8 hours before driving.",
         "Drivers shall not drink alcohol within 10 hours before driving.", "hardened"),
        ("No claim shall be brought unless notified within 30 days of the loss.",
         "No claim shall be brought unless notified within 60 days of the loss.", "softened"),
        # a subdivision written out
        ("Operators shall meet the requirements set out in Article 7(3).",
         "Operators shall meet the requirements laid down in the third paragraph of Article 7.", "reworded"),
        # "responsible" is read as a word, not as "re" + "sponsible"
        ("The Master shall be responsible for the safety of the ship.",
         "Responsibility for the safety of the ship shall rest with the Master.", "reworded"),
        # a time of day that a deadline word governs
        ("The Employee must report any absence.", "The Employee must report any absence by 9 a.m. on the first day.",
         "hardened"),
        ("The Employee must report any absence by 10 a.m.", "The Employee must report any absence by 11 a.m.", "softened"),
        ("The office opens at 9 a.m.", "The office opens at 10 a.m.", "modified"),
    ],
    "round_28": [
        # an exception opened by "save that" owns the negation in its clause
        ("Members shall declare any gift, save that no declaration is needed for gifts of flowers.",
         "Members shall declare any gift.", "hardened"),
        # "unreasonably" under a ban leaves reasonable refusals allowed; on a ban that is new, it is the ban's own
        ("The Lessor shall not withhold its approval of any assignment.",
         "The Lessor shall not unreasonably withhold its approval of any assignment.", "softened"),
        ("The Lessor's approval of any assignment shall not be withheld.",
         "The Lessor's approval of any assignment shall not be unreasonably withheld.", "softened"),
        ("The Lessor may withhold its approval of any assignment in its sole discretion.",
         "The Lessor shall not unreasonably withhold its approval of any assignment.", "hardened"),
        # synonyms of drafting: "specified"/"stated", "twice"/"on two occasions", "in its entirety"/"all"
        ("The Buyer shall pay the price stated in the Order.", "The Buyer shall pay the price specified in the Order.",
         "reworded"),
        ("No member may serve as chair more than twice.", "A member may not serve as chair on more than two occasions.",
         "reworded"),
        # a period counted out in statute form
        (("The Minister must lay a report before Parliament before the end of the period of six months beginning with "
          "the day on which this Act is passed."), "The Minister must lay a report before Parliament.", "softened"),
        # a month's name is no modal: the meeting moved
        ("The annual meeting shall be held in May at such place as the Board may decide.",
         "The annual meeting shall be held in October at such place as the Board may decide.", "modified"),
        # a majority is more than half
        ("A resolution shall pass with the votes of a majority of the members present.",
         "A resolution shall pass with the votes of more than half of the members present.", "reworded"),
        # the party bound gains a freedom beside its duty; one with a subject of its own is no one's in particular
        ("The Operator shall collect the waste every week.",
         "The Operator shall collect the waste every week and may charge a collection fee.", "softened"),
        ("The Operator shall collect the waste every week.",
         "The Operator shall collect the waste every week and residents may request extra collections.", "modified"),
    ],
    "round_29": [
        # "you" names the party addressed, as "Users" did; "any portion of" is "any part of"
        ("Users shall not attempt to gain access to any portion of the Service.",
         "You must not try to get access to any part of the Service.", "reworded"),
        # a party word in another number is the same party
        ("Bicycles shall not be left within five metres of the entrance.",
         "Leaving a bicycle less than five metres from the entrance is prohibited.", "reworded"),
        # ... but "developed" and "developing" stay apart
        ("Developed country Parties shall report.", "Developing country Parties shall report.", "modified"),
        # a wrapper whose word stands on the other side outside any modal ("expected time of arrival")
        ("The master shall give at least 24 hours' notice of the ship's expected time of arrival.",
         "Not less than 24 hours before the ship is expected to arrive, the master shall give notice of it.", "reworded"),
        # a hedge whose word stands in the other side's condition
        ("If a vessel is in distress and its flag State so requests, the coastal State shall send a tug.",
         "The coastal State shall send a tug at the request of the flag State where a vessel is in distress.",
         "reworded"),
        # "every person" later in the subject is "Persons"
        ("Persons entering the site shall wear a helmet at the gate.",
         "At the gate, every person who enters the site must wear a helmet.", "reworded"),
        # a word of "more than" right after the subject's noun says which things are covered
        ("Vessels exceeding 150 metres in length shall engage a pilot.",
         "Vessels exceeding 100 metres in length shall engage a pilot.", "hardened"),
        ("Not more than 50 tonnes shall be landed.", "Not more than 40 tonnes shall be landed.", "hardened"),
        # a threshold of what a bare permission covers points no one way; of a right, it does
        ("Gains from the sale of land may be taxed in the other State.",
         ("Gains from the sale of shares deriving more than 50 per cent of their value from land may be taxed in the "
          "other State."), "modified"),
        ("All employees shall be entitled to ten days of carer's leave.",
         "Employees who have completed at least two years of service shall be entitled to ten days of carer's leave.",
         "softened"),
    ],
    "round_30": [
        # an ordinal replaced in its place: another point
        ("The election shall be held on the first Sunday in June.", "The election shall be held on the third Sunday in June.",
         "modified"),
        # ... after a deadline word, a later deadline; under a ban, a longer ban
        ("The Contractor shall complete the works by the end of the second year.",
         "The Contractor shall complete the works by the end of the fourth year.", "softened"),
        ("No Director shall sell any Shares before the first anniversary of the Listing.",
         "No Director shall sell any Shares before the third anniversary of the Listing.", "hardened"),
        # a hedge that opens a condition, and a condition word elsewhere over the same words
        ("The board may, in the event that the chair is absent, appoint a deputy.",
         "If the chair is absent, the board may appoint a deputy.", "reworded"),
    ],
    "round_31": [
        # "normally" under a cap written "shall not exceed"
        ("Night shifts shall not exceed 8 hours.", "Night shifts shall not normally exceed 8 hours.", "softened"),
        # "Neither side" names the parties "Both sides" named
        ("Both sides shall refrain from any shelling.", "Neither side shall carry out any shelling.", "reworded"),
        # the act named as a noun is no party; an agent noun still is
        ("The requested State shall not surrender a person who has been pardoned.",
         "Surrender shall be refused where the person has been pardoned.", "reworded"),
        ("The competent authority shall carry out sampling of imported goods.",
         "Importers shall carry out sampling of imported goods.", "modified"),
        # a date deadline written as a day of the month, dropped or added
        ("The Company shall pay the fee no later than the tenth day of the following month.",
         "The Company shall pay the fee after the end of the month.", "softened"),
        # a right told as the other party's duty
        ("A member is entitled to receive the accounts from the treasurer before the meeting.",
         "The treasurer must give each member the accounts before the meeting.", "reworded"),
        # synonyms
        ("The boundary shall follow the lines connecting the points in Annex I.",
         "The boundary shall follow the lines joining the points in Annex I.", "reworded"),
    ],
    "round_32": [
        # "exempt" holds a "not"; so does "with the exception of"
        ("Schools run by the Trust shall be exempt from the levy.", "The levy shall not be charged on Trust-run schools.",
         "reworded"),
        ("Goods in transit shall be exempt from duties, with the exception of charges for services rendered.",
         "No duties shall be levied on goods in transit, other than charges for services rendered.", "reworded"),
        # "should be permitted to" is a permission's weaker form, not a stronger modal
        ("Displaced persons shall be permitted to return.", "Displaced persons should be permitted to return.",
         "reworded"),
        # "together with" adds to what a duty owes
        ("The Insurer shall pay the claim within 30 days.",
         "The Insurer shall pay the claim within 30 days, together with interest at the statutory rate.", "hardened"),
        # "straight away" is "immediately"
        ("The Bank shall immediately refund the payment.", "The Bank must refund the payment straight away.", "reworded"),
        # "any acquisition of 10% or more": which acquisitions the duty covers
        ("Investors shall notify any acquisition of 10% or more of the shares.",
         "Investors shall notify any acquisition of 25% or more of the shares.", "softened"),
        # the point a lead time counts back from is no deadline of its own
        ("Staff must apply at least two weeks before the first day of the leave.",
         "Staff must apply at least two weeks before the leave starts.", "modified"),
    ],
    "round_33": [
        # "one month's rent" is a period of one month
        ("A landlord may not require a deposit exceeding two months' rent.",
         "A landlord may not require a deposit exceeding one month's rent.", "hardened"),
        # a short word in the other number
        ("Tenants may keep no more than three cats.", "Tenants may keep no more than one cat.", "hardened"),
        # a wrapper of expectation dropped around a commitment paired by its verb
        ("It is expected that the Parties will not deploy troops in the zone.",
         "The Parties shall not deploy troops in the zone.", "hardened"),
        # a condition's words found through a listed synonym ("asks" / "request")
        ("Within 30 days after receiving a written request from the Customer, the Provider shall return the Data.",
         "If the Customer asks in writing, the Provider must return the Data no later than 30 days after receiving the request.",
         "reworded"),
        # a country and its adjective; an acronym spelled out in a hedge
        ("The Alliance agrees not to station troops in Ukraine.",
         "The Alliance commits to refraining from stationing troops on Ukrainian territory.", "reworded"),
        ("Each Party's nationally determined contribution shall be recorded in the registry.",
         "Each Party's NDC shall be recorded in the registry.", "reworded"),
        # a new reference with the former one noted beside it
        ("Subject to Clause 7.2, the Borrower may incur Debt.",
         "Subject to Clause 8.2 (formerly Clause 7.2), the Borrower may incur Debt.", "reworded"),
        # a time of day on the next day is later
        ("Bars shall close no later than 23:00.", "Bars shall close no later than 01:00 the following morning.", "softened"),
        # a figure bounded after it, with words between ("24 metres in length or more")
        ("Vessels of 24 metres in length or more shall carry a tracking device.",
         "Vessels of 12 metres in length or more shall carry a tracking device.", "hardened"),
    ],
    "round_33_pairing": [
        # a noun is no exhortation ("a written request"), a verb still is ("The Parties note")
        ("After receiving a written request from the Buyer, the Seller shall return the goods.",
         "If the Buyer asks in writing, the Seller must return the goods.", "reworded"),
        ("The Parties note the importance of the Fund.", "The Parties commit to the Fund.", "hardened"),
        # a relative clause's modal is not paired past the main one that governs another verb
        ("The Employer shall not dismiss any employee for trade union membership.",
         "Trade union membership shall not constitute a ground on which the Employer may dismiss any employee.",
         "reworded"),
    ],
    "round_34": [
        # "exclusively" restricts as "only" does
        ("The Distributor shall purchase the Products exclusively from the Supplier.",
         "The Distributor shall not purchase the Products from any person other than the Supplier.", "reworded"),
        # a tolerance is a ceiling on the deviation allowed
        ("The Contractor shall keep the temperature at 20 °C, plus or minus 2 °C.",
         "The Contractor shall keep the temperature at 20 °C, plus or minus 4 °C.", "softened"),
        # "between <date> and <date>" is a period, read only where the period alone changed
        ("No person shall hunt deer between 1 March and 31 July.", "No person shall hunt deer between 1 April and 31 July.",
         "softened"),
        ("No person shall hunt deer between 1 March and 30 April, except under licence.",
         "No person shall hunt deer between 1 March and 31 May, except under licence or for culling by rangers.",
         "modified"),
        # the condition of a right: a higher threshold is harder to meet
        ("A member shall be entitled to a pension only if the member has served for at least 10 years.",
         "A member shall be entitled to a pension only if the member has served for at least 15 years.", "hardened"),
    ],
    "round_35": [
        # "with a minimum of" names the quantity asked, not which things are covered
        ("Employers shall provide each worker with a minimum of 25 days of paid leave.",
         "Employers shall provide each worker with a minimum of 20 days of paid leave.", "softened"),
        # a promptness word replaced by a deadline is left to the deadline
        ("The Processor shall notify the Controller of any breach without undue delay.",
         "The Processor shall notify the Controller of any breach within 24 hours of becoming aware of it.", "hardened"),
        # the whole and each part said either way; "always" is "at all times"
        ("The tenant may not sublet the dwelling or any part of it without consent.",
         "The tenant may not sublet all or part of the dwelling without consent.", "reworded"),
        ("Dogs shall at all times be kept on a lead.", "Dogs must always be kept on a lead.", "reworded"),
    ],
    "review_of_rounds_25_to_35": [
        # a negation traded for a time limit, a "nothing", or a pronoun subject is a real flip
        ("The Agent shall not remove the goods.", "The Agent shall remove the goods until the Client objects.", "modified"),
        ("The Agent shall not publish the report.", "The Agent shall publish nothing but the report.", "modified"),
        ("No one shall leave the room.", "Each person shall leave the room.", "modified"),
        # a lower-case subject before an exhortation keeps it a verb
        ("The parties encourage all States to ratify the Convention.",
         "The parties shall ensure that all States ratify the Convention.", "hardened"),
        # an item that opens with a new verb adds a duty, however many of its words stand elsewhere
        ("The Authority shall clean the river banks.", "The Authority shall clean the river banks and monitor river banks.",
         "modified"),
        # a pronoun on one side does not hide a swap between two named parties
        ("The Seller shall pay the Buyer.", "The Buyer shall pay the Seller for us.", "modified"),
        # a demonym ending without a noun after it, and a party named with "-ment"
        ("The fee shall be paid to the Library.", "The fee shall be paid to the Librarian.", "modified"),
        ("Parliament shall approve the budget.", "The budget shall be approved by the parliamentary committee.", "modified"),
        # a time of day ending a ban; midnight ends the day
        ("Work shall not begin before 08:00.", "Work shall not begin before 07:00.", "softened"),
        ("Bids must arrive by midnight.", "Bids must arrive by 23:00.", "hardened"),
        # a long deadline is no longer prompt
        ("The Processor shall notify the Controller of a breach immediately.",
         "The Processor shall notify the Controller of a breach within 30 days.", "softened"),
        # "the majority shareholder" is no share of a body
        ("More than 50 per cent of the directors shall be independent.",
         "More than 50 per cent of the directors shall be appointed by the majority shareholder.", "modified"),
        # a former number the old text never cited
        ("Subject to Clause 5.1, the Borrower may incur Debt.",
         "Subject to Clause 8.2 (formerly Clause 7.2), the Borrower may incur Debt.", "modified"),
        # an ordinal reference stands for the subdivision of its own article only
        ("Operators shall meet Article 2 and Article 7.", "Operators shall meet the second paragraph of Article 7.",
         "modified"),
        # a two-letter acronym does not hide a hedge
        ("The Licensee shall register the IP in its own name.",
         "The Licensee shall, in principle, register the IP in its own name.", "softened"),
    ],
    "round_36": [
        # a condition whose words repeat the clause's object is still a condition dropped
        ("The operator shall publish its emissions data if that data is relevant to the permit.",
         "The operator shall publish its emissions data.", "hardened"),
        # ... but a condition reworded in place is none
        ("The operator shall publish its data if the regulator asks.",
         "The operator shall publish its data if asked by the regulator.", "reworded"),
        # a condition on one of two ways to comply leaves fewer ways
        ("The bank shall send the statement by post or by e-mail.",
         "The bank shall send the statement by post or, if the client consents, by e-mail.", "hardened"),
        # one party swapped for another, beside another form of the old party's word
        ("The planner shall keep minutes of planning meetings.", "The secretary shall keep minutes of planning meetings.",
         "modified"),
        # ... while a word that echoes one kept elsewhere is no swap
        ("Goods shall not be shipped abroad except where the owner has given written consent.",
         "Goods shall not be shipped abroad unless the owner has consented to the shipment in writing.", "reworded"),
    ],
    "round_37": [
        # "we" and "by us" name one party in two cases
        ("We will refund the deposit within 14 days.", "The deposit will be refunded by us within 14 days.", "reworded"),
        ("We will refund the deposit within 14 days.", "You will refund the deposit within 14 days.", "modified"),
        # "Neither … nor …" opens a subject that negates its verb, however long it is
        ("Neither the logo of the association nor the names of its officers may be used in advertising without consent.",
         "Without consent, you must not use the association's logo or the names of its officers in advertising.",
         "reworded"),
        # a minimum or a time limit opening the clause is no negated subject
        ("At least 30 per cent of board seats shall be held by women.",
         "No fewer than 30 per cent of board seats shall be held by women.", "reworded"),
        ("The agency shall answer within ten days after each request.",
         "No later than ten days after each request, the agency shall answer.", "reworded"),
        # a word that reads as an exhortation after a possessive is a noun
        ("On receipt of a tenant's request, the landlord shall repair the boiler within a week.",
         "Within a week of receiving the tenant's request, the landlord must repair the boiler.", "reworded"),
        # a period restated in another unit, only one of them governed by a duration word
        ("For a period of one year after the sale, the Seller shall not solicit customers.",
         "During the twelve months after the sale, the Seller shall not solicit customers.", "reworded"),
        # exceptions and hedges opened by "save for", "as a rule"
        ("Save for emergency repairs, no work shall be carried out at night.",
         "No work shall be carried out at night.", "hardened"),
        ("Staff shall not, in any case, work more than ten hours a day.",
         "Staff shall not, as a rule, work more than ten hours a day.", "softened"),
        # a ban turned into a permission restricted to some case lets the act happen in that case
        ("Members may not sell their allotments.", "Members may sell their allotments only with the council's approval.",
         "softened"),
        # a case dropped from (added to) the exception of a ban or a duty
        ("No vehicle shall enter the square except for deliveries or for emergency services.",
         "No vehicle shall enter the square except for emergency services.", "hardened"),
        ("Meetings shall be held in public, except where personal data is discussed.",
         "Meetings shall be held in public, except where personal data is discussed or where the chair so decides.",
         "softened"),
    ],
    "round_38": [
        # a condition dropped while its party's name moved into the clause
        ("If asked by the Regulator, the carrier shall publish its timetable.",
         "The carrier shall publish its timetable and send it to the Regulator.", "hardened"),
        # one long run replaced, every other word kept, is no restructured sentence
        ("The committee shall decide by a three-quarters majority of the members present and voting.",
         "The committee shall decide by drawing lots.", "modified"),
        # a qualified majority names its share
        ("Amendments require a two-thirds majority of the Assembly.",
         "Amendments require a three-quarters majority of the Assembly.", "modified"),
        # "…, each lasting no more than" bounds each one, it does not say which are covered
        ("Officers may hold interviews, each lasting no more than four hours.",
         "Officers may hold interviews, each lasting no more than two hours.", "hardened"),
    ],
    "round_39": [
        # a permanent duty given a term
        ("The Operator shall permanently close the mine shaft.",
         "The Operator shall close the mine shaft for a period of ten years.", "softened"),
        # "every" is the whole: a minimum share below it lowers it
        ("Inspectors shall check every consignment.", "Inspectors shall check at least 10% of consignments.", "softened"),
        # the size of a cut a commitment asks
        ("Each State shall reduce its methane emissions by 30 per cent.",
         "Each State shall reduce its methane emissions by 45 per cent.", "hardened"),
        ("Each State shall reduce its methane emissions by 2030.",
         "Each State shall reduce its methane emissions by 2035.", "softened"),
        # the subject and the party after the verb traded places; a passive keeps the party
        ("The Mayor shall appoint the auditor after consulting the council.",
         "The council shall appoint the auditor after consulting the Mayor.", "modified"),
        ("The Mayor shall appoint the auditor.", "The auditor shall be appointed by the Mayor.", "reworded"),
        ("Drivers must not use the buses for private trips.", "The buses may not be used by drivers for private trips.",
         "reworded"),
        # a time limit that may be extended
        ("The applicant shall reply within 30 days.",
         "The applicant shall reply within 30 days or such longer period as the registrar may allow.", "softened"),
    ],
    "round_40": [
        # "on account of" and "because of" are one drafting phrase
        ("No permit shall be refused on account of the applicant's nationality.",
         "No permit shall be refused because of the applicant's nationality.", "reworded"),
        # an "or" item in a subject opened by "any" widens what the duty covers
        ("Any vehicle in private use must display a permit.", "Any vehicle in private or commercial use must display a permit.",
         "hardened"),
        # a cap that came with a new permission bounds that freedom
        ("The hearing shall not be postponed.", "The hearing may be postponed by up to two weeks.", "softened"),
        # "All X" → "X with …": only some of them
        ("All visitors must sign the register.", "Visitors with a contractor badge must sign the register.", "softened"),
        ("All visitors must sign the register.", "Visitors must sign the register.", "reworded"),
        # a maximum turned into a minimum at least as high
        ("An offender may be banned for up to six months.", "An offender shall be banned for at least one year.", "hardened"),
        ("An offender may be banned for up to two years.", "An offender shall be banned for at least one year.", "modified"),
    ],
    "round_41": [
        # a clause opened by "Where … so directs," is a condition, where the other side has none
        ("Where the Council so decides, the Mayor shall publish the minutes.", "The Mayor shall publish the minutes.",
         "hardened"),
        ("Where a ship is registered in a Member State, the owner shall notify the registry.",
         "Where a ship is registered in a Member State, the owner shall inform the registry.", "reworded"),
        # "beyond forty in a week" is a rate, not a deadline
        ("Hours worked in excess of 38 per week shall be paid at double time.",
         "Any hours worked beyond thirty-eight in a week shall be paid at double time.", "reworded"),
        # "not exceeding" caps, as "shall not exceed" does; a penalty that came with its cap
        ("A person who breaches this section is liable to a fine not exceeding £1,000.",
         ("A person who breaches this section is liable to a fine not exceeding £1,000 or to imprisonment for a term "
          "not exceeding three months."), "hardened"),
        # an interval between repeated acts is how often
        ("Each lift shall be examined at intervals not exceeding twelve months.",
         "Each lift shall be examined at intervals not exceeding six months.", "hardened"),
        ("Every lift must be examined at intervals not exceeding six months.",
         "Each lift must be examined at least once every 6 months.", "reworded"),
    ],
    "round_42": [
        # "one" after a word that counts is the number
        ("At least one first-aider shall be on site, twenty-four hours a day.",
         "At least 1 first-aider shall be on site 24 hours a day.", "unchanged"),
        # a subject opened by "No" negates a verb of exceeding however long the subject
        ("No single bet placed on a Category C gaming machine shall exceed £1.",
         "No single bet placed on a Category C gaming machine shall exceed £3.", "softened"),
        # a second duty of the same party, with words of its own, added or dropped
        ("Test samples shall be permanently destroyed after analysis and shall under no circumstances be sold to third parties.",
         "Test samples shall be destroyed after analysis.", "softened"),
        # ... not a second subject's duty, nor a rewrite of the first
        ("Title shall pass on delivery, and risk shall pass to the Buyer at the same time.",
         "Both title and risk shall pass to the Buyer on delivery.", "reworded"),
    ],
    "round_43": [
        # a permission restricted to a condition is the ban with its exception, whichever word opens it
        ("Members shall not sublet their plots without the committee's prior approval.",
         "Members may sublet their plots only if the committee has approved it in advance.", "reworded"),
        ("Antibiotics may be sold only on prescription.", "No antibiotic may be sold without a prescription.", "reworded"),
        # a period written into one word
        ("The Chair shall be elected for a term of three years.", "The Chair shall be elected for a 3-year term.",
         "reworded"),
        ("The Council shall review the measures every twelve months.",
         "The Council shall review the measures at twelve-month intervals.", "reworded"),
        # a window in the condition that triggers the commitment catches more cases when longer
        ("A driver who commits three offences within a two-year period shall lose the licence.",
         "A driver who commits three offences within a three-year period shall lose the licence.", "hardened"),
        # the day a ban ends
        ("Until 1 January 2027, vessels shall not fish in the zone.", "Vessels shall not fish in the zone.", "hardened"),
        ("Until 1 January 2027, vessels shall not fish in the zone.",
         "Until 1 January 2029, vessels shall not fish in the zone.", "hardened"),
    ],
    "round_44": [
        # a number word and its noun changed together
        ("Each ordinary share shall carry one vote.", "Each ordinary share shall carry three votes.", "modified"),
        # two parties or places traded roles in a kept frame
        ("The Council shall nominate the judges after consulting the Assembly.",
         "The Assembly shall nominate the judges after consulting the Council.", "modified"),
        ("The secretariat shall sit in Lyon and the archive in Porto.",
         "The secretariat shall sit in Porto and the archive in Lyon.", "modified"),
        # ... not items of one list reordered
        ("Members shall report emissions of methane, nitrous oxide and carbon dioxide.",
         "Members shall report emissions of carbon dioxide, nitrous oxide and methane.", "reworded"),
        # a letter naming one of several parties
        ("The arbitrator shall be chosen by Investor A.", "The arbitrator shall be chosen by Investor B.", "modified"),
    ],
    "round_45": [
        # a condition that no longer matters
        ("If so instructed by the Owner, the Builder shall submit weekly site photographs.",
         "The Builder shall submit weekly site photographs, whether or not the Owner has instructed it to.", "hardened"),
        ("The bank shall encrypt all backups.", "The bank shall encrypt all backups, irrespective of the cost.", "hardened"),
        # ... but a strengthener of promptness does not cancel a condition moved beside it
        ("The Agent may, by notice, declare the loans due immediately if a default occurs.",
         "If a default occurs, the Agent may, by notice, declare the loans due immediately.", "reworded"),
    ],
    "round_46": [
        # "shall endeavour, <aside>, to" is a best effort
        ("The authority shall endeavour, where the complaint appears justified, to settle the case.",
         "The authority shall settle the case where the complaint appears justified.", "hardened"),
        # a ban on exceeding a figure is the permission capped at it
        ("Tenants shall not keep more than three cats.", "Tenants may keep a maximum of three cats.", "reworded"),
        ("No person may hold the office more than twice.", "A person may not hold the office on more than two occasions.",
         "reworded"),
        # a figure that says which things a ban covers: lower bans more
        ("Dealers shall not accept cash payments of EUR 5,000 or more.",
         "Dealers shall not accept cash payments of EUR 2,000 or more.", "hardened"),
    ],
    "round_47": [
        # "full" and "complete" are one word of drafting
        ("The Board shall publish the full report of the panel.", "The Board shall publish the complete report of the panel.",
         "reworded"),
        # a hedge dropped while the scope narrowed, the rest kept: both ways
        ("Each State shall, where appropriate, screen all investments for security risks.",
         "Each State shall screen foreign investments for security risks.", "modified"),
    ],
    "round_48": [
        # "All X" turned "X" restricted by words of its own: only some of them
        ("All trucks shall carry a fire extinguisher.", "Trucks carrying hazardous loads shall carry a fire extinguisher.",
         "softened"),
        ("All teachers must hold a first-aid certificate.",
         "Teachers employed by public schools must hold a first-aid certificate.", "softened"),
        # ... not where the subject says the same in other forms
        ("All members shall pay the annual fee.", "Members shall pay the annual fee.", "reworded"),
    ],
    "round_49": [
        # two parties that traded duties, however the word diff pairs the words
        ("The tenant shall pay for heating, and the landlord shall pay for water.",
         "The landlord shall pay for heating, and the tenant shall pay for water.", "modified"),
        # the same count written bare and with its unit
        ("Staff who work more than 40 per week shall be paid overtime.",
         "Staff who work more than forty hours in a week shall be paid overtime.", "reworded"),
        # an interval named as the subject
        ("Boilers shall be serviced at intervals not exceeding twelve months.",
         "The interval between two services of a boiler shall be no longer than twelve months.", "reworded"),
        # a later time limit offered as an alternative
        ("The buyer shall pay on delivery.", "The buyer shall pay on delivery or within 30 days thereafter.", "softened"),
        # a condition set off at the end of the sentence
        ("The tenant shall repaint the walls at the end of the lease, where the landlord so requests.",
         "The tenant shall repaint the walls at the end of the lease.", "hardened"),
    ],
    "review_of_rounds_36_to_49": [
        # a clause before the subject is no list: its "no" does not negate the commitment's modal
        ("If, after consultation, no agreement on the costs is reached, the Chair shall decide.",
         "If, after consultation, no agreement on the costs is reached, the Chair may decide.", "softened"),
        ("No person, other than the owner, may enter the site.", "A person other than the owner may not enter the site.",
         "reworded"),
        # a ban on exceeding a figure is a capped permission only where the figure stands under the cap
        ("Tenants shall not keep more than two dogs.", "Tenants may keep more than two dogs, up to a maximum of five.",
         "softened"),
        # the day a relief ends gives no stronger commitment
        ("The Buyer shall not be required to pay until 1 June 2025.",
         "The Buyer shall not be required to pay until 1 July 2025.", "modified"),
        # items of one list reordered, a preposition repeated before each
        ("The report shall be published in English and in French.",
         "The report shall be published in French and in English.", "reworded"),
        ("The fee shall be paid by the Buyer to the Seller.", "The fee shall be paid by the Seller to the Buyer.",
         "modified"),
        # a defined term is what a condition is about, not a party
        ("If a Force Majeure Event occurs, the Supplier shall notify the Customer.",
         "The Supplier shall notify the Customer of any Force Majeure Event.", "reworded"),
        # another verb's deadline is not the size of a cut; a multiplier is not a count
        ("The Operator shall reduce output and notify the regulator by 5 p.m.",
         "The Operator shall reduce output and notify the regulator by 6 p.m.", "softened"),
        # "in general meeting" is a body meeting
        ("The shareholders shall appoint the auditor.", "The shareholders shall appoint the auditor in general meeting.",
         "reworded"),
        # a ban turned into a permission restricted to another case
        ("Shops shall not open on Sundays.", "Shops may open only on weekdays.", "modified"),
        # a longest gap turned into a shortest one
        ("Lifts shall be inspected at intervals not exceeding 7 days.",
         "Lifts shall be inspected at intervals of at least 7 days.", "modified"),
        # the noun "endeavour"
        ("This endeavour shall be funded by the Board.", "This project shall be funded by the Board.", "modified"),
        # an inverted condition opening the sentence restates a hedge that opened it
        ("In the event that the Board is unable to reach a decision, either party may refer the matter to mediation.",
         "Should the Board fail to decide, the matter may be referred to mediation by either party.", "reworded"),
    ],
    "round_50": [
        # the two parties to one relation are not forms of one word
        ("The lessor shall insure the building.", "The lessee shall insure the building.", "modified"),
        ("The employer shall keep time records.", "Employers shall keep time records.", "reworded"),
        # a request condition set on who receives
        ("The Trustee shall send the annual report to each beneficiary.",
         "The Trustee shall send the annual report to any beneficiary who so requests.", "softened"),
        # a quantifier floated off the subject
        ("The contract must set out the price, the term and the notice period.",
         "The price, the term and the notice period must all be set out in the contract.", "reworded"),
        # the window a ban applies in
        ("Fishing is not permitted in the bay between 1 March and 31 May.", "Fishing is not permitted in the bay.",
         "hardened"),
        # a relative clause's verb beside the commitment's own
        ("Before ending a lease, the landlord must give the tenant written notice.",
         "A landlord who intends to end a lease must first give the tenant written notice.", "reworded"),
    ],
    "round_51": [
        # a permission restricted by "only while" is the ban with its exception
        ("A pilot shall not fly unless medically certified.", "A pilot may fly only while medically certified.",
         "reworded"),
        # an act named as a gerund is no party
        ("Camping is prohibited within 100 metres of the lake, except in an emergency.",
         "Except in an emergency, no one may camp within 100 metres of the lake.", "reworded"),
        # a right of one party is the other's duty, not a swap of who is bound
        ("The Club shall reimburse the Player for travel costs.",
         "The Player is entitled to reimbursement by the Club of travel costs.", "reworded"),
        # "at any time" and "at all times" say one thing
        ("The reserve shall be at least EUR 10,000 at any time.",
         "At all times the reserve shall be at least EUR 10,000.", "reworded"),
        # a restrictive clause after a quantified noun
        ("The bank shall report any transaction to the unit.",
         "The bank shall report any transaction that exceeds its usual pattern to the unit.", "softened"),
    ],
    "round_52": [
        # an article does not open an acronym's spelled-out name
        ("The first-line drug shall be an ACE inhibitor.", "The first-line drug shall be a calcium-channel blocker.",
         "modified"),
        # "ordinarily" hedges as "normally" does
        ("Drivers shall check the bus at the end of every route.",
         "Drivers shall ordinarily check the bus at the end of every route.", "softened"),
        # "and" turned "or", and the reverse
        ("The Agent shall send the notice to both the Buyer and the Bank.",
         "The Agent shall send the notice to the Buyer or the Bank.", "softened"),
        ("The insurer shall pay if the vessel is lost or damaged.", "The insurer shall pay if the vessel is lost and damaged.",
         "softened"),
        ("A Party may suspend the treaty only where the breach is material and persistent.",
         "A Party may suspend the treaty only where the breach is material or persistent.", "softened"),
    ],
    "round_53": [
        # a scope word whose noun stands on the other side
        ("The Board shall publish the results upon completion of the audit.",
         "Once the audit is complete, the results shall be published by the Board.", "reworded"),
        # a fixed period turned into a matter of judgement
        ("The landlord shall give the tenant 14 days' notice of any inspection.",
         "The landlord shall give the tenant reasonable notice of any inspection.", "softened"),
        # (under a ban the cap itself went: softened as before)
        ("No one shall be detained for more than 48 hours.", "No one shall be detained for more than a reasonable time.",
         "softened"),
    ],
    "review_of_rounds_50_to_53": [
        # "and" / "or" read only in a plain stretch: not in an exception, an aside or a relative clause
        ("The Company shall not sell the land unless the Council and the Minister consent.",
         "The Company shall not sell the land unless the Council or the Minister consent.", "reworded"),
        ("The Seller shall, if requested, deliver the manual and the software.",
         "The Seller shall, if requested, deliver the manual or the software.", "reworded"),
        ("The Carrier shall not be liable for loss or damage.", "The Carrier shall not be liable for loss and damage.",
         "reworded"),
        # a window only of a ban, never of a relief or of another sentence
        ("The Insurer shall not be liable for losses occurring between 1 June and 30 June.",
         "The Insurer shall not be liable for losses.", "modified"),
        ("No person shall enter the site without a permit. The office is open between 9 a.m. and 5 p.m.",
         "No person shall enter the site without a permit. The office is open.", "modified"),
        # what is told is no restriction of who is told
        ("The Agent shall notify each Lender.", "The Agent shall notify each Lender that the Borrower has defaulted.",
         "modified"),
        # a quantifier after a verb of commitment keeps its scope
        ("The Authority guarantees all deposits of the bank.",
         "The Authority guarantees the deposits of the bank that are insured.", "softened"),
        # a noun on both sides does not excuse its adjective
        ("Upon completion of the works, the Contractor shall deliver a complete set of drawings.",
         "Upon completion of the works, the Contractor shall deliver a set of drawings.", "softened"),
        # a judgement word before another noun is no vague measure
        ("The Supplier shall publish the notice 30 days before the meeting.",
         "The Supplier shall publish the notice in an appropriate newspaper before the meeting.", "modified"),
        # "the" before an acronym's would-be letters
        ("The first-line drug shall be a TCA.", "The first-line drug shall be the calcium-channel blocker.", "modified"),
        # "ordinarily resident" is a test of residence, no hedge
        ("Tax shall be paid in the State in which the taxpayer is resident.",
         "Tax shall be paid in the State in which the taxpayer is ordinarily resident.", "reworded"),
    ],
    "round_54": [
        # a negation that belongs to the bound after the modal
        ("The deposit shall not be less than EUR 500.", "The deposit shall be at least EUR 500.", "reworded"),
        ("The deposit shall not be less than EUR 500.", "The deposit shall be less than EUR 500.", "modified"),
        # a passive duty and the right to receive it, told of one subject
        ("Interns shall be paid a monthly stipend.", "An intern is entitled to be paid a monthly stipend.", "reworded"),
        # "upon its request" as an aside
        ("The Operator shall send the Regulator a copy of every audit.",
         "The Operator shall send the Regulator, upon its request, a copy of every audit.", "softened"),
    ],
    "round_55": [
        # a fortnight is fourteen days
        ("The Board shall answer within fourteen days.", "The Board shall answer within a fortnight.", "reworded"),
        # a period echoed in brackets keeps its governing word
        ("The Supplier shall guarantee the goods for 90 days from delivery.",
         "The Supplier shall guarantee the goods for twelve (12) months from delivery.", "hardened"),
        # the amount a duty of giving owes; a deductible stands in a qualifier
        ("The Airline shall pay compensation of EUR 250 to each passenger.",
         "The Airline shall pay compensation of EUR 400 to each passenger.", "hardened"),
        ("The Insurer shall cover theft up to EUR 10,000, subject to a deductible of EUR 250.",
         "The Insurer shall cover theft up to EUR 20,000, subject to a deductible of EUR 1,000.", "modified"),
        # a restrictive clause under a ban, its quantifier dropped beside it
        ("Staff may not accept any gifts.", "Staff may not accept gifts that exceed a modest value.", "softened"),
    ],
    "round_56": [
        # a ban's threshold dropped: the ban covers them all
        ("Agencies shall not charge workers fees exceeding one week's wages.", "Agencies shall not charge workers any fees.",
         "hardened"),
        ("The Bank shall not charge any fee for early repayment.",
         "The Bank shall not charge a fee exceeding 1% of the balance for early repayment.", "softened"),
    ],
    "round_57": [
        # the whole turned into a capped share
        ("The Fund will meet the full cost of relocation.", "The Fund will meet up to half the cost of relocation.",
         "softened"),
    ],
    "deduction_from_what_is_paid": [
        # an amount taken off what a duty of giving pays: more taken off, less paid
        ("The insurer will pay each valid claim in full, less an excess of £100.",
         "The insurer will pay each valid claim in full, less an excess of £250.", "softened"),
        ("The Seller shall refund the price minus a handling fee of 5 per cent.",
         "The Seller shall refund the price minus a handling fee of 3 per cent.", "hardened"),
        # ... a deduction that came or went
        ("We will refund the subscription fee if you cancel within 14 days.",
         "We will refund the subscription fee, less a 10% administration charge, if you cancel within 14 days.", "softened"),
        # ... "less than" takes nothing off, and a figure after "less" with no duty of giving has no
        # direction
        ("The depot shall be less than 100 metres from the station.",
         "The depot shall be less than 200 metres from the station.", "modified"),
        ("The fund deducts a fee, less a rebate of EUR 10.", "The fund deducts a fee, less a rebate of EUR 20.", "modified"),
    ],
    "threshold_written_after_a_time_after_by": [
        # "by 15 minutes or more" is by how much, a threshold on who holds the right: a higher one
        # leaves fewer holders
        ("Passengers whose train arrives late by 20 minutes or more shall be entitled to a refund of half the fare.",
         "Passengers whose train arrives late by 45 minutes or more shall be entitled to a refund of half the fare.",
         "softened"),
        # ... a condition set after the right, on what its holder must do, is harder to meet
        ("A carrier shall be entitled to keep its slots only if it has operated them for at least 70% of the season.",
         "A carrier shall be entitled to keep its slots only if it has operated them for at least 80% of the season.",
         "hardened"),
        # ... and "within 30 days or less" stays a time limit
        ("The Agency shall decide within 30 days or less.", "The Agency shall decide within 60 days or less.", "softened"),
    ],
    "hedge_denied_in_other_words": [
        # a hedge dropped and a synonym of it denied in a new conjunct: the duty no longer depends on it
        ("The Ministry shall, subject to available funding, repair the levee each spring.",
         "The Ministry shall repair the levee each spring, and this duty shall not be conditional on the availability of funding.",
         "hardened"),
        # ... the same hedge denied through a passive "be made"
        ("The Council shall provide school meals free of charge, subject to available resources.",
         ("The Council shall provide school meals free of charge, and this obligation shall not be made subject to the "
          "availability of resources."), "hardened"),
        # ... a synonym kept un-negated is the hedge reworded
        ("The Ministry shall, subject to available funding, repair the levee each spring.",
         "The Ministry shall repair the levee each spring, conditional on the availability of funding.", "reworded"),
    ],
    "fall_below_holds_a_negation": [
        # "fall below" holds a "not": a minimum kept at all times is one never to be fallen below
        ("Each insurer shall maintain at all times a solvency ratio of at least 100 per cent.",
         "At no time may the solvency ratio of an insurer fall below 100%.", "reworded"),
        # ... while the ban on falling below a lower figure is a minimum lowered
        ("Each insurer shall maintain at all times a solvency ratio of at least 100 per cent.",
         "At no time may the solvency ratio of an insurer fall below 80%.", "softened"),
    ],
    "request_condition_naming_who_asks": [
        # a request condition with the one who asks named inside it
        ("The Operator shall provide the Regulator with copies of all incident logs.",
         "The Operator shall provide the Regulator, upon the Regulator's written request, with copies of all incident logs.",
         "softened"),
        # ... is the same condition as the lexicon's own phrases
        ("Minutes shall be circulated to members upon request.",
         "Minutes shall be circulated to members at a member's reasonable request.", "reworded"),
        # ... while "on receipt of a tenant's request" is a time, no condition
        ("On receipt of a tenant's request, the landlord shall repair the boiler within a week.",
         "Within a week of receiving the tenant's request, the landlord must repair the boiler.", "reworded"),
    ],
    "negation_split_by_qualifiers": [
        # a negation with absolutes set inside it ("refrain permanently … from") is still the ban,
        # and the absolutes are the ban's own
        ("The States undertake to refrain permanently and in all circumstances from nuclear testing.",
         "The States undertake to refrain from nuclear testing.", "softened"),
        ("Each Party shall abstain from hostile acts.", "Each Party shall abstain, at all times, from hostile acts.", "hardened"),
        # ... and "from" with no qualifier between is the plain phrase, as before
        ("Each Party shall abstain from hostile acts.", "Each Party shall refrain from hostile acts.", "reworded"),
    ],
    "qualifiers_of_exceptions_and_provisos": [
        # a qualifier word inside an exception that went whole details the exception, even where the
        # exception has a verb of its own ("could")
        (("Covert observation of students in university classrooms and libraries is prohibited, except where the study "
          "could not otherwise be done and subjects are fully informed afterwards."),
         "Covert observation of students in university classrooms and libraries is prohibited.", "hardened"),
        # British drafting's "provided always that" is the proviso "provided that"
        ("The Tenant may sublet the flat, provided that the Landlord consents.",
         "The Tenant may sublet the flat, provided always that the Landlord consents.", "reworded"),
        ("The Carrier shall run the service daily.",
         "The Carrier shall run the service daily; provided always that it may suspend it to the extent necessary in a storm.",
         "softened"),
    ],
    "prohibition_lifted_by_not": [
        # a ban lifted ("are not prohibited from") is a permission
        ("Visitors are not prohibited from taking photographs in the gallery.",
         "Visitors shall not take photographs in the gallery.", "hardened"),
        ("Fishing is prohibited in the harbour.", "Fishing is not prohibited in the harbour.", "softened"),
        ("Visitors are not prohibited from taking photographs in the gallery.",
         "Visitors may take photographs in the gallery.", "reworded"),
    ],
    "multiples_and_halves": [
        # a multiple of an amount is its percentage; "time and a half" is one and a half times
        ("Night work shall be paid at one and one-half times the basic rate.",
         "Night work shall be paid at 150% of the basic rate.", "reworded"),
        ("Night work shall be paid at time and a half.", "Night work shall be paid at one and a half times the basic rate.",
         "reworded"),
        ("Night work shall be paid at one and one-half times the basic rate.",
         "Night work shall be paid at 125% of the basic rate.", "modified"),
        # "and" joins number words only after a multiplier: "one and one-half" is no "one and one"
        ("The grace period is one hundred and five days.", "The grace period is 105 days.", "unchanged"),
    ],
    "period_running_on_after_another": [
        # a period that runs on after the one the clause names: the ban lasts longer
        ("The Seller shall not solicit any customer of the Business during the Term.",
         "The Seller shall not solicit any customer of the Business during the Term and for 18 months thereafter.",
         "hardened"),
        # ... a period with nothing to run on from is no extension
        ("The Seller shall not solicit any customer of the Business.",
         "The Seller shall not solicit any customer of the Business for 18 months.", "modified"),
    ],
    "threshold_with_the_quantifier_on_the_other_side": [
        # a threshold that came with the quantifier gone ("all X" → "X exceeding …"): fewer are covered
        ("The company must report all donations in its annual accounts.",
         "The company must report donations exceeding EUR 5,000 in its annual accounts.", "softened"),
        # ... and with no quantifier on either side, a threshold right after the plural it
        # bounds still says which donations are covered: fewer at a higher one
        ("The company must report donations exceeding EUR 5,000 in its annual accounts.",
         "The company must report donations exceeding EUR 8,000 in its annual accounts.", "softened"),
    ],
    "time_windows_of_bans_and_duties": [
        # the window a ban applies in, on both sides: wider bans more
        ("Deliveries shall not be made between 11 p.m. and 6 a.m.", "Deliveries shall not be made between 9 p.m. and 7 a.m.",
         "hardened"),
        # ... moved both ways: no one direction
        ("Deliveries shall not be made between 11 p.m. and 6 a.m.", "Deliveries shall not be made between 10 p.m. and 5 a.m.",
         "modified"),
        # ... a duty that now applies only in a window applies less
        ("The operator shall keep the gate staffed at all times.", "The operator shall keep the gate staffed between 08:00 and 20:00.",
         "softened"),
        # ... windows of different things are not compared
        ("The bridge shall be open to cyclists 24 hours a day and to lorries from 07:00 to 19:00.",
         "The bridge shall be open to cyclists from 05:00 to 23:00 and to lorries 24 hours a day.", "modified"),
    ],
    "minimum_owed_for_every_so_many": [
        # a minimum owed for every so many: for more of them, less is owed
        ("Each nursery shall employ at least one qualified carer for every three infants.",
         "Each nursery shall employ at least one qualified carer for every five infants.", "softened"),
        # ... with no minimum, the figure after "for every" has no direction
        ("The fund shall plant one tree for every three visitors.", "The fund shall plant one tree for every five visitors.",
         "modified"),
    ],
    "thresholds_from_above": [
        # a threshold from above of who is covered: a lower one covers fewer
        ("Riders under 18 must wear a helmet.", "Riders under 16 must wear a helmet.", "softened"),
        # ... under a ban on what it covers, a higher one bans more
        ("Crabs measuring less than 12 cm across the shell shall not be landed.",
         "Crabs measuring less than 14 cm across the shell shall not be landed.", "hardened"),
        # ... and "not less than" is a minimum, as before
        ("The Tenant shall give not less than 30 days' notice.", "The Tenant shall give not less than 60 days' notice.",
         "hardened"),
        # a number word on one side and the same figure after a threshold word on the other
        ("Vehicles shall not be parked within ten metres of a junction.",
         "Parking a vehicle less than ten metres from a junction is prohibited.", "reworded"),
    ],
    "modal_of_a_long_condition": [
        # the verb of a long condition is no commitment of its own
        ("The holder shall notify the agency without delay of any new evidence that the product is harmful.",
         ("Where new evidence comes to light suggesting that the product may be harmful, the agency must be notified by "
          "the holder without delay."), "reworded"),
        # ... while "Only where …" puts the commitment's own modal after its condition
        ("Only where the board has heard the member may a member be expelled.",
         "Only where the board has heard the member shall a member be expelled.", "hardened"),
    ],
    "exhortations_told_of_those_exhorted": [
        # an exhortation told of those exhorted is one still
        ("Member States shall inspect all cargo bound for the region.",
         "Member States are called upon to inspect all cargo bound for the region.", "softened"),
        ("Workers shall be free to join a trade union.", "Workers may join a trade union.", "reworded"),
        # ... and the one exhorted carries the commitment in either form
        ("The Director-General is requested to report to the Conference at its next session.",
         "The Conference requests the Director-General to report to it at its next session.", "reworded"),
    ],
    "share_a_duty_of_providing_owes": [
        # the share a duty of providing owes: more is owed
        ("The operator shall provide broadband coverage to 90% of households by 2028.",
         "The operator shall provide broadband coverage to 95% of households by 2028.", "hardened"),
        ("The Ministry shall supply laptops to 60 per cent of pupils.", "The Ministry shall supply laptops to 40 per cent of pupils.",
         "softened"),
    ],
    "review_of_the_fourth_session": [
        # (review) "less than" after a verb of giving is a bound, no deduction
        ("The Insurer shall reimburse claims of less than £500 within 10 days.",
         "The Insurer shall reimburse claims of less than £1,000 within 10 days.", "hardened"),
        # (review) a multiple is no money: "2 times" is not "EUR 200"
        ("The fine shall not exceed EUR 200 or 2 times the tax evaded.",
         "The fine shall not exceed EUR 300 or 2 times the tax evaded.", "hardened"),
        # (review) "for every" counts what a binding minimum of its own sentence is owed for
        ("Each operator shall keep at least 2 guards. Operators may admit one visitor for every 4 staff.",
         "Each operator shall keep at least 2 guards. Operators may admit one visitor for every 3 staff.", "modified"),
        # (review) a window to do a one-off act in is no window a duty binds in
        ("The Contractor shall deliver the goods between 9 a.m. and 5 p.m.",
         "The Contractor shall deliver the goods between 8 a.m. and 6 p.m.", "modified"),
        # (review) a request described, with no one who asks, is an object
        ("The Licensor shall act on the previous request.", "The Licensor shall act on the latest request.", "modified"),
        # (review) a long condition with no comma does not swallow the commitment's modal
        ("When the Committee meets in its regular annual session the Secretariat shall report.",
         "When the Committee meets in its regular annual session, the Secretariat may report.", "softened"),
        # (review) a negation split by a qualifier counts when negations are weighed two by two
        ("Members shall refrain permanently from using force.", "Members shall use force.", "modified"),
        # (review) the party exhorted, named after the exhortation, is no party added
        ("Member States are called upon to inspect vessels.", "The Council calls upon Member States to inspect vessels.",
         "reworded"),
    ],
    "age_of_n_years": [
        # "the age of 18 years" is an age, as "18 years of age" is
        ("A 'minor' means a person who has not attained the age of eighteen years.",
         "A person under 18 years of age is a 'minor'.", "reworded"),
    ],
    "only_opening_a_permission": [
        # a ban with its exception told as a permission restricted by an "only" that opens the clause
        ("No vessel shall be allowed to berth unless it has been inspected by the harbour master.",
         "Only vessels inspected by the harbour master may berth.", "reworded"),
        ("A tenant shall not be permanently evicted unless a court has ordered it.",
         "Only where a court has ordered it may a tenant be permanently evicted.", "reworded"),
        # ... while a plain permission in its place lifts the ban
        ("No vessel shall be allowed to berth unless it has been inspected by the harbour master.",
         "Vessels may berth.", "softened"),
    ],
    "phase_in_brings_its_period": [
        # a phase-in brings its period or end date along: the phase-in decides
        ("The Council shall raise the grant to €900 per student with effect from 1 September 2025.",
         "The Council shall raise the grant to €900 per student in stages, the last taking effect by 1 September 2027.",
         "softened"),
        ("Each Party shall eliminate its duties on cars on the entry into force of this Agreement.",
         ("Each Party shall progressively eliminate its duties on cars over eight years from the entry into force of this "
          "Agreement."), "softened"),
        # ... but a deadline set where the other side set no time at all is a deadline still
        ("The Operator shall close the mine.", "The Operator shall gradually close the mine by 31 December 2031.", "modified"),
    ],
    "saving_clause_and_permission_beside_a_ban": [
        # a saving clause ("Nothing in … shall prevent X from") permits the act
        ("Nothing in this Lease shall prevent the Tenant from subletting a room.",
         "The Tenant shall not sublet any room.", "hardened"),
        ("No Member shall be prevented from inspecting the register.", "A Member may inspect the register.", "reworded"),
        ("Nothing in this Agreement shall be construed as preventing a broadcaster from airing the debate.",
         "No broadcaster shall be prevented from airing the debate.", "reworded"),
        ("Nothing in this Agreement shall be construed as preventing a broadcaster from airing the debate.",
         "This Agreement shall be construed as preventing a broadcaster from airing the debate.", "hardened"),
        # ... but a party that must not hinder another is bound itself
        ("No Party shall prevent observers from entering the zone.",
         "A Party shall not prevent observers from entering the zone.", "reworded"),
        # a permission of the banned act added beside the ban is an exception to it
        ("Members may not bring guests to the pool.",
         ("Members may not bring guests to the pool, but nothing in these rules shall prevent a member from bringing guests "
          "on family days."), "softened"),
        ("Residents shall not park on the verge.", "Residents shall not park on the verge, but may park there on Sundays.",
         "softened"),
        # ... not a permission of another act, or of the act on another object
        ("Residents shall not park on the verge.", "Residents shall not park on the verge, but may plant flowers there.",
         "reworded"),
        ("Visitors may not photograph the exhibits.", "Visitors may not photograph the exhibits, but may photograph the garden.",
         "reworded"),
    ],
    "bound_heading_the_subject": [
        # a bound that heads the subject governs the figure the clause states
        ("The minimum monthly stipend payable to each fellow shall be €1,800.",
         "The minimum monthly stipend payable to each fellow shall be €2,100.", "hardened"),
        ("The maximum annual rent increase is 4%.", "The maximum annual rent increase is 6%.", "softened"),
        # ... not a figure of another clause after a stop
        ("The minimum stipend is set by the Board. Each fellow shall be paid on day 5.",
         "The minimum stipend is set by the Board. Each fellow shall be paid on day 9.", "modified"),
    ],
    "exceptions_of_new_bans": [
        # an exception of a ban that is new whole is what the other side required
        ("The registrar shall check the applicant's identity before issuing a licence.",
         "The registrar shall not issue a licence unless the applicant's identity has been checked.", "reworded"),
        ("Bidders are encouraged to include a safety plan with their tender.",
         "No tender shall be accepted unless it includes a safety plan.", "hardened"),
        # ... while under a ban both sides keep it is an exception added
        ("The registrar shall not issue a licence.", "The registrar shall not issue a licence unless the fee is paid.",
         "softened"),
        # a strengthener cut short by an exception strengthens nothing
        ("Deliveries shall be permitted only between 08:00 and 18:00.",
         "Deliveries are prohibited at all times except between 08:00 and 18:00.", "reworded"),
        # an older form of a permission
        ("The Charterers shall have liberty to sublet the vessel.", "The Charterers may sublet the vessel.", "reworded"),
    ],
    "edits_apart_by_an_article": [
        # edits kept apart by an article are one change: the object replaced
        ("The parties shall hold a plebiscite on the future of the province within a year.",
         "The parties shall hold elections for a provincial council within a year.", "modified"),
        # ... while the same thing said in another order stays reworded
        ("The parties shall hold a plebiscite on the future of the province within a year.",
         "The parties shall hold a plebiscite on the province's future within a year.", "reworded"),
    ],
    "periods_windows_and_look_backs": [
        # a frequency counted in hours changes as one in years does
        ("The on-call engineer shall inspect the pumps every 6 hours.",
         "The on-call engineer shall inspect the pumps every twelve hours.", "softened"),
        ("The on-call engineer shall inspect the pumps every 6 hours.",
         "The on-call engineer shall inspect the pumps every six hours.", "unchanged"),
        # several period modifiers before the unit leave the figure a period
        ("The Owners shall discharge the cargo within four weather working days.",
         "The Owners shall discharge the cargo within six weather working days.", "softened"),
        # a date span in brackets is the window a ban applies in
        ("Burning garden waste is prohibited.",
         "Burning garden waste is prohibited during the nesting season (1 March to 31 July).", "softened"),
        # a duty to keep something so, given a window of hours, binds only then
        ("Horses must be kept off the beach.", "Horses must be kept off the beach between 10 a.m. and 5 p.m.", "softened"),
        # a look back bounds which past events count: no deadline, and no one direction
        ("Directors disqualified within the past two years shall not be appointed.",
         "Directors disqualified within the past four years shall not be appointed.", "modified"),
        ("The Supplier shall deliver within two weeks.", "The Supplier shall deliver within four weeks.", "softened"),
    ],
    "qualifiers_told_other_ways": [
        # a discretion for an exception is no qualifier reworded
        ("Retailers shall, where practicable, display prices per kilogram.",
         "Retailers shall display prices per kilogram, except for loose bakery items.", "modified"),
        # ... while one discretion for another is
        ("Retailers shall, where practicable, display prices per kilogram.",
         "Retailers shall display prices per kilogram, where feasible.", "reworded"),
        # a hedge denied beside a new item is no qualifier of that item
        ("The Agency shall, where funding permits, audit each grantee.",
         "The Agency shall audit each grantee, and this duty is not conditional on the availability of funding.", "hardened"),
        # a cancelling strengthener and a denied hedge over the same words are one denial
        ("The Builder must finish the roof by 1 May regardless of supply delays.",
         "The Builder must finish the roof by 1 May, and this deadline is not subject to supply delays.", "reworded"),
        # a passive of keeping clear negates as "avoid" does
        ("Night shifts longer than ten hours should be avoided.", "Night shifts longer than ten hours should not be worked.",
         "reworded"),
        ("Night shifts longer than ten hours should be avoided.", "Night shifts longer than ten hours shall not be worked.",
         "hardened"),
        # a hedge inside a plain "do not" qualifies the ban
        ("We do not usually share your address with advertisers.", "We do not share your address with advertisers.",
         "hardened"),
        # a discretion with its judge named is the hedge "where appropriate"
        ("The panel shall interview each candidate.",
         "The panel shall, where the chair considers it necessary, interview each candidate.", "softened"),
        ("The panel shall, where appropriate, interview each candidate.",
         "The panel shall, where the chair considers it appropriate, interview each candidate.", "reworded"),
    ],
    "subject_pointing_back": [
        # a subject pointing back in a clause joined on names nothing new
        ("The Carrier shall deliver the parcel within 48 hours regardless of the weather.",
         "The Carrier shall deliver the parcel within 48 hours, and this deadline is not subject to the weather.",
         "reworded"),
        # ... while a subject that opens the clause is read as any other
        ("This endowment shall be invested by the Trustees.", "This building shall be insured by the Trustees.", "modified"),
    ],
    "thresholds_intermediaries_and_objects_beside_figures": [
        # a threshold on the bare plural a duty is for says which things are covered
        ("The agency shall audit grants for projects with a budget above EUR 200,000.",
         "The agency shall audit grants for projects with a budget above EUR 50,000.", "hardened"),
        # ... not the length a duty is for
        ("Footage shall be kept for no longer than 30 days.", "Footage shall be kept for no longer than 60 days.", "softened"),
        # a rule that reaches through intermediaries too
        ("Members shall not solicit clients of the firm.",
         "Members shall not, directly or indirectly, solicit clients of the firm.", "hardened"),
        ("The direct or indirect transfer of shares to a competitor is prohibited.",
         "It is prohibited to transfer shares, directly or indirectly, to a competitor.", "reworded"),
        # an object replaced beside a figure the number rules read: both ways
        ("The landlord shall repaint all bedrooms within ten days of the end of each tenancy.",
         "The landlord shall repaint all kitchens within five days of the end of each tenancy.", "modified"),
    ],
    "negations_told_with_other_verbs": [
        # a negation flipped with its verb told the other way round is the same duty
        ("Staff shall not leave the ward during a shift.", "Staff must stay on the ward during a shift.",
         "reworded"),
        # ... while the same verb negated is the opposite commitment
        ("The Seller shall refund the deposit.", "The Seller shall not refund the deposit.", "modified"),
        # ... and a weaker duty that became a ban of another verb is compared by strength
        ("Operators shall endeavour to limit noise at night.", "Operators shall not emit noise at night.", "hardened"),
        # a whole set under "no" is the set "all" named
        ("Students are exempt from all library fees.", "No library fees shall apply to students.", "reworded"),
        # "every" before a figure states a rate, no scope
        ("Each stadium shall provide one steward for every fifty spectators.",
         "Each stadium shall provide stewards at a ratio of no fewer than one to fifty spectators.", "reworded"),
    ],
    "figures_frequencies_and_nouns_read_in_context": [
        # an ordinal in words is the figure it names
        ("The Assembly shall review the plan at its 81st session.",
         "The Assembly shall review the plan at its eighty-first session.", "unchanged"),
        ("The Board shall meet at its 81st session and report on the plan.",
         "The Board shall report on the plan and meet at its eighty-first session.", "reworded"),
        # without a pause is more often than any interval
        ("The operator shall sample the effluent twice a month.", "The operator shall sample the effluent continuously.",
         "hardened"),
        ("The operator shall sample the effluent continuously.", "The operator shall sample the effluent constantly.",
         "reworded"),
        # a phase-out is done gradually; ceasing at once is not
        ("Members shall phase out single-use plastics.", "Members shall eliminate single-use plastics.", "hardened"),
        ("Hospitals shall phase out mercury thermometers by 2030.",
         "Hospitals shall withdraw mercury thermometers with immediate effect.", "hardened"),
        # a request condition told in its own words
        ("The clinic shall give each patient a copy of the test results.",
         "The clinic shall give a copy of the test results to any patient who requests one.", "softened"),
        # a share and an amount are two measures
        ("The tenant shall pay a service charge of 5% of the rent.",
         "The tenant shall pay a service charge of £40 per month.", "modified"),
        # a threshold past "the age of"
        ("The school shall not publish photographs of pupils under the age of 12.",
         "The school shall not publish photographs of any pupil.", "hardened"),
        ("The school shall not publish photographs of pupils under the age of 12.",
         "The school shall not publish photographs of pupils under the age of 16.", "hardened"),
        # a request named as a noun after an article that counts one, or after another noun
        ("The bank will close the account within 10 days of receiving a valid request.",
         "Within 10 days of receiving a valid request, the bank will close the account.", "reworded"),
        ("The registry will correct the entry within 5 days of a rectification request.",
         "The registry will correct the entry no later than five days after receiving a rectification request.",
         "reworded"),
        # a modal of possibility inside a relative clause describes, and commits to nothing
        ("Operators shall report, without delay, any defect that could endanger passengers.",
         "Any defect that could endanger passengers must be reported forthwith by operators.", "reworded"),
    ],
    "windows_and_figures_that_narrow_a_set": [
        # a closed season that holds the old one at both ends binds for longer
        ("The lake shall be closed to anglers from 1 March to 31 May.",
         "The lake shall be closed to anglers from 1 February to 30 June.", "hardened"),
        # ... one that moved binds at another time
        ("The lake shall be closed to anglers from 1 March to 31 May.",
         "The lake shall be closed to anglers from 1 April to 30 June.", "modified"),
        # a figure that came in a modifier of the set "all" left says which part is still covered
        ("The council shall insulate all social housing units.",
         "The council shall insulate social housing units built before 1990.", "softened"),
        ("The council shall insulate all social housing units.",
         "The council shall insulate all social housing units by 1990.", "hardened"),
    ],
    "rights_told_as_what_is_given": [
        # a right told as what is given is the same right
        ("A member who retires early is entitled to a reduced pension.",
         "A reduced pension is payable to any member who retires early.", "reworded"),
        # ... while a permission dropped for a plain statement binds
        ("Members may attend the annual meeting.", "Members attend the annual meeting.", "hardened"),
    ],
    "threshold_in_place_of_another_criterion": [
        # a threshold in place of another criterion is a change of substance
        ("Residents aged over 70 shall receive a free bus pass.",
         "Residents with a registered mobility impairment shall receive a free bus pass.", "modified"),
        # ... while one dropped alone widens what is covered
        ("Residents aged over 70 shall receive a free bus pass.", "Residents shall receive a free bus pass.", "hardened"),
        # ... and one dropped as the set is widened widens it too
        ("The clerk need not record hearings lasting fewer than ten minutes.",
         "The clerk shall record every hearing, regardless of its length.", "hardened"),
    ],
    "figures_paired_by_their_context": [
        # figures of one role pair by the words before them, not only in order
        ("The Contractor shall deliver the final design by 1 March 2026.",
         "The Contractor shall deliver a draft design by 1 January 2026 and the final design by 1 May 2026.", "modified"),
        ("The Contractor shall deliver the final design by 1 March 2026.",
         "The Contractor shall deliver the final design by 1 May 2026.", "softened"),
    ],
    "items_added_together": [
        # several items added to what a duty covers, each of its own, all one way
        ("The ceasefire shall apply to all ground forces operating in the north.",
         "The ceasefire shall apply to all ground, air and naval forces operating in the north and its coastal waters.",
         "hardened"),
        # ... while items added beside a replaced one have no one direction
        ("The ceasefire shall apply to all ground forces operating in the north.",
         "The ceasefire shall apply to all air and naval forces operating in the south and its coastal waters.",
         "modified"),
    ],
    "ban_told_as_restricted_permission_in_synonyms": [
        # a ban told as a permission restricted to the same case, in synonyms
        ("Camera footage shall not be retained for longer than is necessary for the investigation.",
         "Camera footage may be kept only for as long as the investigation requires.", "reworded"),
        # ... while a permission restricted to another case is another rule
        ("Camera footage shall not be retained for longer than is necessary for the investigation.",
         "Camera footage may be kept only for as long as the insurer requires.", "modified"),
    ],
    "low_similarity_retellings": [
        # a clause retold in plain language, a word or two swapped, keeps its meaning
        ("Visitors are required to disinfect their hands upon entering and upon leaving the ward.",
         "All visitors must clean their hands with disinfectant when they enter and when they leave the ward.", "reworded"),
        # ... while one that says something else is modified
        ("Visitors are required to disinfect their hands upon entering the ward.",
         "Every visitor must wear a gown and gloves while they remain inside the isolation unit.", "modified"),
    ],
    "is_to_as_a_directive": [
        # "is to" directs, as "shall" does
        ("Each trainee shall receive a copy of the safety manual.", "Each trainee is to receive a copy of the safety manual.",
         "reworded"),
        ("Each trainee shall receive a copy of the safety manual.", "Each trainee should receive a copy of the safety manual.",
         "softened"),
        # ... after a noun of aim it says what is aimed at
        ("The purpose of this Protocol is to protect wetlands.", "This Protocol shall protect wetlands.", "hardened"),
    ],
    "duty_told_of_its_holder": [
        # a duty told of the one it benefits and a right state one right
        ("Night workers shall be paid a supplement of 25 per cent.",
         "Night workers are entitled to a supplement of 25 per cent.", "reworded"),
        # ... while a duty told of the one bound is no right of another
        ("Night workers shall pay a supplement of 25 per cent.",
         "Night workers are entitled to pay a supplement of 25 per cent.", "softened"),
    ],
    "quantifiers_on_generic_nouns": [
        # a quantifier on a noun the other side names in the other number, or after "a", is the same set
        ("Horses must be kept off the beach in summer.", "In summer, every horse shall be kept off the beach.", "reworded"),
        ("The bank shall not fail to process a transfer request that meets the rules.",
         "The bank shall process every transfer request that meets the rules.", "reworded"),
        # ... while one on a set the other side narrowed widens it
        ("The bank shall process transfer requests that meet the rules.",
         "The bank shall process all requests that meet the rules.", "hardened"),
        # "throughout" is "for the whole of"
        ("The Operator shall keep the gates staffed throughout the season.",
         "For the whole of the season, the Operator shall keep the gates staffed.", "reworded"),
        ("The Operator shall keep the gates staffed throughout the season.",
         "The Operator shall keep the gates staffed in the season.", "softened"),
    ],
    "alternative_way_to_comply": [
        # another verb offered beside the duty's own is another way to comply
        ("The Recipient shall destroy the records within a month.",
         "The Recipient shall destroy or archive the records within a month.", "softened"),
        ("The Processor shall delete the personal data at the end of the contract.",
         "The Processor shall delete or anonymise the personal data at the end of the contract.", "softened"),
        # ... while one more act under "and" asks more
        ("The Processor shall delete the personal data at the end of the contract.",
         "The Processor shall delete and certify the destruction of the personal data at the end of the contract.", "hardened"),
    ],
    "negation_flips_with_other_verbs_that_are_no_antonyms": [
        # a negation flipped with another verb that is no antonym is the opposite commitment
        ("The Council shall not reduce the grant.", "The Council shall increase the grant.", "modified"),
        ("Employers must not dismiss pregnant workers.", "Employers must promote pregnant workers.", "modified"),
        # ... as is the same verb in another form
        ("The Council shall sell the land.", "The land shall not be sold by the Council.", "modified"),
        ("The Buyer shall pay all import duties.", "No import duties shall be paid by the Buyer.", "modified"),
    ],
    "review_of_the_fifth_session": [
        # a one-off act given a window that grew at both ends has more time, no longer duty
        ("The Contractor shall carry out the works between 1 June and 30 September.",
         "The Contractor shall carry out the works between 1 May and 31 October.", "modified"),
        # a discretion on a permission adds nothing; a judge's other word for it is no hedge dropped
        ("The Board may, as it sees fit, appoint advisers.", "The Board may appoint advisers.", "reworded"),
        ("Where the court considers it appropriate, it shall appoint an expert.",
         "Where the court considers it reasonable, it shall appoint an expert.", "reworded"),
        # "continuously" is more often than every minute
        ("Operators shall monitor the flue gas continuously.", "Operators shall monitor the flue gas every minute.",
         "softened"),
        # conditions on who qualifies, added together, are no items of what the duty covers
        ("Bidders that are certified and registered in the Union shall be shortlisted.",
         "Bidders that are certified and insured and registered in the Union and solvent shall be shortlisted.", "modified"),
        # the instrument named in a saving clause is no party
        ("Nothing in this Chapter shall preclude a Party from adopting measures to protect health.",
         "A Party may adopt measures to protect health.", "reworded"),
    ],
    "review_of_the_fifth_session_windows": [
        # a permission restricted to a window is the ban with that window as its exception
        ("Deliveries are permitted only between 08:00 and 18:00.",
         "Deliveries are prohibited at all times except between 08:00 and 18:00.", "reworded"),
        # weather working days count only some days, as working days do: three calendar days is less time
        ("The Charterers shall load the cargo within three weather working days.",
         "The Charterers shall load the cargo within three days.", "hardened"),
    ],
    "drafting_equivalents": [
        # drafting equivalents of treaty, contract and statute language
        ("Each Party shall accord to investors of the other Party fair and equitable treatment.",
         "Each Party shall grant investors of the other Party fair and equitable treatment.", "reworded"),
        ("Any dispute shall be referred to arbitration.", "Any dispute shall be submitted to arbitration.", "reworded"),
        ("A person who fails to register commits an offence.", "A person who fails to register is guilty of an offence.",
         "reworded"),
        ("Late claims shall be deemed withdrawn.", "Late claims shall be treated as withdrawn.", "reworded"),
        # ... while another act is still another act
        ("Any dispute shall be referred to arbitration.", "Any dispute shall be settled by negotiation.", "modified"),
    ],
    "modal_phrases_split_by_not": [
        # a duty stated as what the party is, with its "not" inside it, is no duty
        ("The auditor is not required to report suspected fraud.", "The auditor is required to report suspected fraud.",
         "hardened"),
        ("The Supplier is not obliged to supply spare parts.", "The Supplier shall supply spare parts.", "hardened"),
        # ... and with an exception it is a duty in that case
        ("The Tenant shall repair the fence only if requested by the Landlord.",
         "The Tenant is not obliged to repair the fence unless the Landlord requests it.", "reworded"),
        # a permission with its "not" inside it forbids
        ("The Tenant must not keep any animal at the Property without the Landlord's written consent.",
         ("Without first obtaining the Landlord's written consent, the Tenant is not permitted to keep any animal at the "
          "Property."), "reworded"),
    ],
    "request_conditions_means_and_discretion": [
        # request conditions in their own words, means at hand, a discretion given
        ("The clinic shall send each patient a copy of the results.",
         "The clinic shall, if so requested by the patient, send a copy of the results.", "softened"),
        ("The club will refund the deposit within 14 days.", "The club will refund the deposit within 14 days if you ask us to.",
         "softened"),
        ("Each State shall ensure free legal aid for detainees.",
         "Each State shall, within the limits of available resources, ensure free legal aid for detainees.", "softened"),
        ("The Panel is required to refer the matter to the Board.", "The Panel has discretion to refer the matter to the Board.",
         "softened"),
        ("The Parties commit to working towards a ceasefire by June.", "The Parties shall agree a ceasefire by June.",
         "hardened"),
        # a hedge set between the modal and its "not" hedges the ban
        ("Members shall not hold office for more than two terms.",
         "Members shall in principle not hold office for more than two terms.", "softened"),
    ],
    "knowledge_and_like_circumstances": [
        # a knowledge qualifier on a warranty, and treatment owed only in like circumstances
        ("The Buyer warrants that it holds all necessary licences.",
         "The Buyer warrants that, so far as the Buyer is aware, it holds all necessary licences.", "softened"),
        ("Each Party shall accord to service suppliers of the other Party the treatment it accords to its own.",
         ("Each Party shall accord to service suppliers of the other Party, in like circumstances, the treatment it accords "
          "to its own."), "softened"),
    ],
    "limits_on_lasting_and_paying": [
        # a limit set on what lasted for life
        ("An official found guilty of fraud shall be barred from office for life.",
         "An official found guilty of fraud shall be barred from office for a period of up to five years.", "softened"),
        # seconds are a unit of time
        ("Each speaker may speak for no more than two minutes.", "Each speaker may speak for no more than 120 seconds.",
         "reworded"),
        # a cap on what a duty of matching pays
        ("The Employer shall match donations up to a maximum of £500 a year.",
         "The Employer shall match donations up to a maximum of £300 a year.", "softened"),
    ],
    "reasonableness_and_mental_elements": [
        # a reasonableness hedge in its other forms
        ("The Owners shall, so far as is reasonably possible, clean the holds before loading.",
         "The Owners shall clean the holds before loading.", "hardened"),
        # a mental element a ban asks for
        ("Members shall not knowingly mislead the Committee.", "Members shall not mislead the Committee.", "hardened"),
    ],
    "times_on_bans_and_consideration": [
        # a time of day added to a ban bounds when it applies
        ("No person shall use a lawnmower on Sundays.", "No person shall use a lawnmower on Sundays before 11:00 a.m.",
         "softened"),
        # ... while one added to a duty is its deadline
        ("The caretaker shall lock the gates on Sundays.", "The caretaker shall lock the gates on Sundays by 6 p.m.",
         "hardened"),
        # consideration given is a best effort
        ("The Board shall give consideration to appointing a deputy.", "The Board shall appoint a deputy.", "hardened"),
    ],
    "frequencies_with_period_modifiers": [
        # a period modifier between "every" and the unit, after a count
        ("The committee shall meet at least once every calendar month.",
         "The committee shall meet at least once every calendar quarter.", "softened"),
        # ... while meetings counted elsewhere are no frequency of "every calendar year"
        ("The committee shall meet at least four times each calendar year.",
         "No fewer than 4 meetings of the committee shall be held in every calendar year.", "reworded"),
    ],
    # seventh session
    "words_swapped_beside_a_moved_deadline": [
        # who supervises changed as the deadline shortened: no one direction
        ("Elections shall be held within 12 months, supervised by the African Union.",
         "Elections shall be held within 6 months, supervised by a national electoral commission.", "modified"),
        ("Ballots shall be counted within 24 hours under the supervision of party agents.",
         "Ballots shall be counted within 12 hours in the presence of foreign diplomats.", "modified"),
        # ... but a deadline moved in a clause otherwise kept still points one way
        ("The supplier shall deliver the goods within 30 days of the order.",
         "The supplier shall deliver the goods within 20 days of the order.", "hardened"),
        # ... and an acronym spelled out is the same name
        ("Applications shall be decided within 90 days by the EIB.",
         "Applications shall be decided within 60 days by the European Investment Bank.", "hardened"),
    ],
    "power_conferred_is_a_permission": [
        ("The Board shall be empowered to appoint advisers.", "The Board may appoint advisers.", "reworded"),
        ("The Minister is authorised to issue guidance.", "The Minister shall issue guidance.", "hardened"),
    ],
    "window_in_a_participle_modifier_of_the_subject": [
        # a longer look-back window catches more vessels
        ("A vessel inspected twice within a period of 12 months shall pay a surcharge.",
         "A vessel inspected twice within a period of 18 months shall pay a surcharge.", "hardened"),
    ],
    "bound_in_a_definition": [
        # what the term covers changed; the clauses that use it say which way that binds
        ("In this Act, 'large employer' means an employer with more than 250 employees.",
         "In this Act, 'large employer' means an employer with more than 500 employees.", "modified"),
        # "by means of" defines nothing
        ("Each operator shall, by means of a sensor, keep emissions to no more than 50 mg.",
         "Each operator shall, by means of a sensor, keep emissions to no more than 40 mg.", "hardened"),
    ],
    "condition_after_a_modifier_past_the_modal": [
        # a lower holding threshold in the "if" condition lets the cap cover more companies
        (("Tax on the dividends shall not exceed 15 per cent if the owner is a company which holds at least 20 per "
          "cent of the capital."),
         ("Tax on the dividends shall not exceed 15 per cent if the owner is a company which holds at least 10 per "
          "cent of the capital."), "hardened"),
    ],
    "hedge_with_its_degree_named": [
        ("Each State shall share its flood forecasts with the basin commission.",
         "Each State shall, to the greatest extent practicable, share its flood forecasts with the basin commission.",
         "softened"),
        ("The operator shall, as far as feasible, reuse treated water.", "The operator shall reuse treated water.",
         "hardened"),
    ],
    "list_items_reordered_trade_no_roles": [
        ("The notice shall state the name of the debtor, the amount owed and the date of default.",
         "The notice shall state the date of default, the amount owed and the name of the debtor.", "reworded"),
        # ... while parties that traded duties did
        ("The Lessor shall insure the building and the Lessee shall insure the contents.",
         "The Lessee shall insure the building and the Lessor shall insure the contents.", "modified"),
    ],
    "item_that_is_a_synonym_of_a_kept_word": [
        # "essential" stands beside "key" on the new side: one more kind of supplier, while the
        # deadline lengthened
        ("Key suppliers shall report outages within 24 hours.",
         "Key and essential suppliers shall report outages within 48 hours.", "modified"),
    ],
    "window_things_are_counted_in": [
        # "in any twelve-month period" is no time limit: one swapped for "the calendar year" has no direction
        ("A seasonal worker may stay for periods not exceeding 90 days in any twelve-month period.",
         "A seasonal worker may stay for periods not exceeding 90 days in the calendar year concerned.", "modified"),
        # ... while "in any event within 12 hours" sets one
        ("The carrier shall notify the regulator of any collision without delay.",
         "The carrier shall notify the regulator of any collision without delay and in any event within 12 hours.",
         "hardened"),
    ],
    "asks_is_a_request": [
        ("Requests the Executive Director to present a progress report to the Board at its next session.",
         "Asks the Executive Director to report on progress to the Board at its next session.", "reworded"),
        # ... but someone who asks for a thing is no request made of a party
        ("Any carrier that asks for a slot shall be given one within ten days.",
         "Any carrier that asks for a slot shall be given one within five days.", "hardened"),
    ],
    "what_a_verb_of_giving_gives_after_with": [
        # "provide each worker with" names the quantity given, not which workers are covered
        ("The employer shall provide each worker with not less than 20 days of paid leave.",
         "The employer shall provide each worker with not less than 15 days of paid leave.", "softened"),
        # ... while "every vessel with a tonnage of" says which vessels the duty covers
        ("The authority shall inspect every vessel with a tonnage of more than 500 tonnes.",
         "The authority shall inspect every vessel with a tonnage of more than 300 tonnes.", "hardened"),
    ],
    "list_tail_added_beside_a_moved_deadline": [
        # ", scams and fake reviews": items added as the deadline lengthened, both ways
        ("We will remove reported spam within 24 hours of a valid notice.",
         "We will remove reported spam, scams and fake reviews within 72 hours of a valid notice.", "modified"),
        # ... while "he or she" names the one subject
        ("Members who have paid the annual fee may vote at the general meeting.",
         "Once a member has paid the annual fee, he or she may vote at the general meeting.", "reworded"),
    ],
    "shall_have_a_right_is_a_right": [
        ("Guests shall have a period of 10 days to cancel the booking without charge.",
         "Guests may cancel the booking without charge within 10 days.", "reworded"),
        ("Auditors shall have access to all records of the fund.", "Auditors are entitled to see all records of the fund.",
         "reworded"),
        # ... while "shall have its accounts audited" is a duty
        ("The operator shall have its accounts audited every year.", "The operator may have its accounts audited every year.",
         "softened"),
    ],
    "duty_before_told_as_permission_only_after": [
        ("The carrier must inspect the cargo before loading it onto the vessel.",
         "The carrier may load the cargo onto the vessel only after inspecting it.", "reworded"),
        ("The bank shall verify the customer's identity before opening an account.",
         "The bank may open an account only once it has verified the customer's identity.", "reworded"),
        # ... while a plain permission of the same act is weaker
        ("The carrier must inspect the cargo before loading it onto the vessel.",
         "The carrier may inspect the cargo before loading it onto the vessel.", "softened"),
    ],
    "override_of_other_provisions_is_a_strengthener": [
        # the duty no longer prevails over the rest of the Act
        ("Notwithstanding any other provision of this Act, the Minister shall publish the report within 30 days.",
         "The Minister shall publish the report within 30 days.", "softened"),
        ("Notwithstanding any provision to the contrary, the Bank shall keep the records for ten years.",
         "The Bank shall keep the records for ten years, regardless of any other provision.", "reworded"),
    ],
    "words_appended_to_an_exception_narrow_it": [
        # a purpose set after the exception's words: it yields in fewer cases
        ("Hearings shall be held in public unless the tribunal directs otherwise.",
         ("Hearings shall be held in public unless the tribunal directs otherwise to protect a child or a vulnerable "
          "witness."), "hardened"),
        # ... while a case joined by "or" widens it
        ("Hearings shall be held in public unless the tribunal directs otherwise.",
         "Hearings shall be held in public unless the tribunal directs otherwise or the parties agree.", "softened"),
    ],
    "threshold_after_a_bare_plural_object": [
        # which pupils the duty serves: a higher age limit covers more of them
        ("Schools shall provide free meals to pupils under the age of 7.",
         "Schools shall provide free meals to pupils under the age of 11.", "hardened"),
        ("Each Party shall prohibit the sale of tobacco products to persons under the age of 18 years.",
         "Each Party shall prohibit the sale of tobacco products to persons under the age of 21 years.", "hardened"),
    ],
    "infinitive_is_no_modal_of_its_own": [
        # (found by a local property-test run) "to recognise" opening a fragment is the verb an
        # expectation governs, not an acknowledgement of its own
        ("The Board of Peace is expected to recognise sanctions within 30 days.",
         "to recognise sanctions within 30 days. The Board of Peace is expected", "reworded"),
    ],
    "negative_subject_and_antonym_verb": [
        # "No State shall permit" is "Each State shall prohibit": the "no" stands in the subject
        ("No State shall permit the export of firearms to buyers under the age of 21 years.",
         "Each State shall prohibit the export of firearms to buyers under 21 years of age.", "reworded"),
        # ... while the verb turned to its antonym alone is another rule
        ("Every landlord shall permit smoking in the common parts of the building.",
         "Every landlord shall prohibit smoking in the common parts of the building.", "modified"),
    ],
    "handed_in_synonyms": [
        ("Appeals shall be lodged with the registry within 30 days of the decision.",
         "Appeals shall be filed with the registry within 30 days of the decision.", "reworded"),
        ("The annual return shall be submitted to the tax office by 31 May.",
         "The annual return must be filed with the tax office by 31 May.", "reworded"),
    ],
    "half_a_unit_and_a_right_given_by_a_duty": [
        # "half an hour" is thirty minutes
        ("Each driver shall take a break of thirty minutes after four hours of driving.",
         "Each driver shall take a break of half an hour after four hours of driving.", "reworded"),
        # ... and "shall be permitted to cross" is what the roadblocks "must let" them do
        (("Ambulances shall be permitted to cross roadblocks without delay. Searches of any ambulance shall not "
          "exceed thirty minutes."),
         ("Roadblocks must let ambulances through without delay, and no ambulance may be searched for more than "
          "half an hour."), "reworded"),
    ],
    "not_prevented_is_permitted": [
        # "shall not be prevented from" permits the act, as "may" does
        ("Journalists shall not be prevented from attending the count.", "Journalists may attend the count.", "reworded"),
    ],
    "hyphenated_modifier_moved_after_its_noun": [
        ("The Insurer shall defend all third-party claims against the Insured.",
         "The Insurer shall defend all claims made by third parties against the Insured.", "reworded"),
        # ... while one dropped widens the set
        ("The Insurer shall defend all third-party claims against the Insured.",
         "The Insurer shall defend all claims against the Insured.", "hardened"),
    ],
    "due_after_the_event_it_had_to_precede": [
        # "before starting" → "within 6 months after starting": the act may now come later
        ("The operator shall post a closure bond before starting extraction.",
         "The operator shall post a closure bond within 6 months after starting extraction.", "softened"),
    ],
    "coordinated_describing_word_and_alternative_act": [
        # "natural or legal person": more persons the duty covers
        ("The registrar shall record the name of each natural person who applies.",
         "The registrar shall record the name of each natural or legal person who applies.", "hardened"),
        # ... "return or destroy": another way to comply
        ("The Recipient shall promptly return all copies of the documents.",
         "The Recipient shall promptly return or destroy all copies of the documents.", "softened"),
    ],
    "turns_taken_and_costs_borne": [
        # how often the presidency changes hands asks no more of anyone
        ("The presidency of the Council shall rotate among the Member States every six months.",
         "The presidency of the Council shall rotate among the Member States every twelve months.", "modified"),
        # ... while meetings held less often are less asked
        ("The Council shall meet every six months.", "The Council shall meet every twelve months.", "softened"),
        # costs borne up to a higher cap: more owed
        ("The Contractor shall bear the costs of the survey up to EUR 10,000.",
         "The Contractor shall bear the costs of the survey up to EUR 20,000.", "hardened"),
    ],
    "runs_swapped_between_phrases_and_periods_over_years": [
        # two recipients that traded places across "with a copy to": roles traded, no list reordered
        ("The auditor shall send its findings to the Board, with a copy to the Minister.",
         "The auditor shall send its findings to the Minister, with a copy to the Board.", "modified"),
        # "over the three years preceding": a period, no threshold of which sales count
        ("Turnover shall be measured on the basis of sales in the year preceding the application.",
         "Turnover shall be measured on the basis of average sales over the three years preceding the application.",
         "modified"),
    ],
    "condition_a_permission_is_restricted_to": [
        # a looser condition on a permitted claim allows it more often
        ("A food may be labelled low in salt only where it contains no more than 0.3 g of salt per 100 g.",
         "A food may be labelled low in salt only where it contains no more than 0.5 g of salt per 100 g.", "softened"),
    ],
    "field_a_rule_applies_to": [
        # "shall apply to companies that employ at least N": a lower threshold covers more of them
        ("This Act shall apply to companies that employ at least 500 workers in the country.",
         "This Act shall apply to companies that employ at least 250 workers in the country.", "hardened"),
        # ... while a verb of giving sets the share given
        ("The Fund shall cover at least 80 per cent of the eligible costs.",
         "The Fund shall cover at least 60 per cent of the eligible costs.", "softened"),
    ],
    "threshold_on_a_named_measure_of_the_object": [
        # "a floor area above 500 m2" (no lower bound named "floor"): fewer buildings covered
        ("A fire safety plan shall be prepared for any building offered for rent.",
         "A fire safety plan shall be prepared for any building with a floor area above 500 m2 offered for rent.",
         "softened"),
        # ... and a ban on fewer plants
        ("No subsidy shall be paid for heat produced from coal.",
         "No subsidy shall be paid for heat produced from coal in plants with a capacity above 20 MW.", "softened"),
    ],
    "reviewed_narrowings_of_this_sessions_rules": [
        # (each a misfire an independent review found in a first version of a rule)
        # a verb of giving names what it gives after "with a": the quantity asked
        ("The Employer shall provide trainees with a monthly stipend above EUR 800.",
         "The Employer shall provide trainees with a monthly stipend above EUR 1,000.", "hardened"),
        # the field of a rule ends at a comma, and "apply to X a tariff" names no field
        ("This Act applies to employers, who shall pay each employee at least EUR 12 per hour.",
         "This Act applies to employers, who shall pay each employee at least EUR 15 per hour.", "hardened"),
        ("Each Party shall apply to imports of steel a tariff of no more than 5%.",
         "Each Party shall apply to imports of steel a tariff of no more than 10%.", "softened"),
        # "refers to" in a relative clause defines nothing
        ("For each claim that refers to a defect, the Insurer shall pay up to EUR 500.",
         "For each claim that refers to a defect, the Insurer shall pay up to EUR 1,000.", "hardened"),
        # "access controls" is no access granted
        ("The Supplier shall have access controls in place at all sites.",
         "The Supplier may have access controls in place at all sites.", "softened"),
        # a turn verb in another clause leaves a report's frequency its direction
        ("The chairmanship shall rotate annually, and the Secretariat shall report to the members every six months.",
         "The chairmanship shall rotate annually, and the Secretariat shall report to the members every twelve months.",
         "softened"),
        # runs traded across "by": roles traded, no list reordered
        ("Payments shall be made by the Seller, and refunds by the Buyer.",
         "Payments shall be made by the Buyer, and refunds by the Seller.", "modified"),
    ],
    "a_power_held_is_a_permission": [
        ("The tribunal may award interest on any sum due.", "The tribunal has power to award interest on any sum due.",
         "reworded"),
        ("The tribunal has power to award interest on any sum due.", "The tribunal shall award interest on any sum due.",
         "hardened"),
    ],
    "a_figure_belongs_to_the_nearest_modal": [
        # "shall not trade …, and shall report … within 10 days": the report's time limit, lengthened
        ("Members shall not trade the shares for 6 months after listing and shall report any sale within 10 days.",
         "Members shall not trade the shares for 6 months after listing and shall report any sale within 20 days.",
         "softened"),
        # ... while the zone a ban covers, widened, forbids more
        ("Vessels shall not discharge oily water within 12 nautical miles of land.",
         "Vessels shall not discharge oily water within 20 nautical miles of land.", "hardened"),
    ],
    "scope_word_inside_an_item_joined_on": [
        # "blind and partially sighted passengers": one more kind of passenger, no limit on the duty
        ("The operator shall provide free transport to blind passengers.",
         "The operator shall provide free transport to blind and partially sighted passengers.", "hardened"),
        # ... while "partially" on the duty itself limits it
        ("The operator shall provide free transport to blind passengers.",
         "The operator shall partially provide free transport to blind passengers.", "softened"),
    ],
    "duty_done_only_one_way_as_restricted_permission": [
        # both forbid every other way: one rule
        ("Tree felling in the park shall be carried out only by licensed contractors.",
         "Only licensed contractors may carry out tree felling in the park.", "reworded"),
        # ... while a duty turned into a plain permission is softer
        ("Tree felling in the park shall be carried out by licensed contractors.",
         "Licensed contractors may carry out tree felling in the park.", "softened"),
    ],
    "threshold_that_went_with_its_item": [
        # the item and its condition left the list together: fewer things offered
        ("Guests shall be offered breakfast, parking where a stay lasts two or more nights, and a city map.",
         "Guests shall be offered breakfast and a city map.", "softened"),
        # ... while a condition dropped from a kept item leaves it owed in more cases
        ("Guests shall be offered parking where a stay lasts two or more nights.", "Guests shall be offered parking.",
         "hardened"),
    ],
    "hyphenated_word_replaced": [
        # a hyphenated word swapped for another word is a replaced object
        ("The permit shall be suspended if the end-user breaches its terms.",
         "The permit shall be suspended if the importer breaches its terms.", "modified"),
        # ... while the same word written apart is the same word
        ("The permit shall be suspended if the end-user breaches its terms.",
         "The permit shall be suspended if the end user breaches its terms.", "unchanged"),
        ("The permit shall be suspended if the end-user breaches its terms.",
         "The permit shall be suspended if the enduser breaches the terms of the permit.", "reworded"),
    ],
    "frequency_written_as_an_adjective": [
        # "semi-annual" is twice a year: a quarterly report is asked more often
        ("The Borrower shall deliver each set of semi-annual accounts to the Agent.",
         "The Borrower shall deliver each set of quarterly accounts to the Agent.", "hardened"),
        # ... and "a monthly salary" names a kind of pay, not how often
        ("The Employer shall pay the Employee an annual salary of EUR 40,000.",
         "The Employer shall pay the Employee a monthly salary of EUR 40,000.", "modified"),
    ],
    "bound_of_what_a_permission_covers": [
        # more may be flown: the permission widened
        ("Drones with a mass of up to 2 kg may be flown in the park.",
         "Drones with a mass of up to 5 kg may be flown in the park.", "softened"),
        # ... while a duty that covers more drones asks more
        ("Drones with a mass of up to 2 kg shall be registered with the Authority.",
         "Drones with a mass of up to 5 kg shall be registered with the Authority.", "hardened"),
    ],
    "manner_adverb_after_a_negated_verb": [
        # "shall not be refused unreasonably" is "shall not unreasonably refuse"
        ("The Council shall not unreasonably refuse an application for a parking permit.",
         "An application for a parking permit shall not be refused unreasonably by the Council.", "reworded"),
        # ... and one added after the verb of a ban narrows the ban, as before the verb
        ("The Council shall not refuse applications.", "The Council shall not refuse applications unreasonably.",
         "softened"),
    ],
    "request_condition_told_with_when": [
        ("The Club shall show its register to any inspector upon request.",
         "When requested by any inspector, the Club shall show its register to that inspector.", "reworded"),
        ("The Club shall show its register to any inspector upon request.",
         "The Club shall show its register to any inspector.", "hardened"),
    ],
    "unless_told_as_failing_which": [
        ("Any complaint shall be disregarded unless lodged within 14 days of the event.",
         "Any complaint must be lodged within 14 days of the event, failing which it shall be disregarded.",
         "reworded"),
        ("Any complaint shall be disregarded unless lodged within 14 days of the event.",
         "Any complaint shall be disregarded.", "hardened"),
    ],
    "threshold_in_a_relative_clause_of_a_quantified_object": [
        # which customers are covered: a lower threshold covers more of them
        ("The bank shall verify the identity of any customer whose deposits total $5,000 or more.",
         "The bank shall verify the identity of any customer whose deposits total $3,000 or more.", "hardened"),
        # ... while with no word quantifying them the clause names whom the duty is for, no bound of it
        ("The Employer shall give a bonus to staff who have served five years or more.",
         "The Employer shall give a bonus to staff who have served three years or more.", "modified"),
    ],
    "figure_in_an_aside_of_an_added_exception": [
        # the age is the exception's own detail
        ("The guardian shall not sell the ward's house.",
         "The guardian shall not sell the ward's house unless the ward, having reached the age of 18, agrees.",
         "softened"),
        # ... while a figure after the exception, in a clause of its own, is another change
        ("The guardian shall not sell the ward's house.",
         "The guardian shall not sell the ward's house unless the ward agrees, and shall report within 10 days.",
         "modified"),
    ],
    "odds_written_one_in_n": [
        # a risk capped at 1 in 100,000 is capped lower than one at 1 in 10,000
        ("The risk of a casualty shall not exceed 1 in 10,000.", "The risk of a casualty shall not exceed 1 in 100,000.",
         "hardened"),
        # ... and the same odds written out are the same
        ("The risk of a casualty shall not exceed 1 in 10,000.", "The risk of a casualty shall not exceed 1 in 10000.",
         "unchanged"),
    ],
    "pick_between_two_days_swapped": [
        # a payment owed until the later of two days is owed for longer
        ("The Tenant shall pay the service charge until the lease ends or the flat is sold, whichever is earlier.",
         "The Tenant shall pay the service charge until the lease ends or the flat is sold, whichever is later.",
         "hardened"),
        # ... while a deadline set at the later of two days leaves longer to act
        ("The Tenant shall vacate the flat by 1 May or within 30 days of notice, whichever is earlier.",
         "The Tenant shall vacate the flat by 1 May or within 30 days of notice, whichever is later.", "softened"),
    ],
    "generic_subject_told_with_each": [
        # "The club" and "Each club": one rule for any club, so "every" for "each" is no wider scope
        ("The host club shall register each transfer before the deadline.",
         "Each host club must register every transfer before the deadline.", "reworded"),
        # ... while "every" put before the object with nothing like it before is wider
        ("The host club shall register transfers before the deadline.",
         "The host club shall register every transfer before the deadline.", "hardened"),
    ],
    "threshold_opened_by_a_participle_of_exceeding": [
        # only taller buildings are now banned
        ("No building shall be erected within the park.",
         "No building exceeding 10 metres in height shall be erected within the park.", "softened"),
        # ... while the same verb after the modal bounds what the duty allows
        ("The height of a building shall not exceed 10 metres.", "The height of a building shall not exceed 8 metres.",
         "hardened"),
    ],
    "share_of_the_bounded_whole": [
        # "not less than its value" → "not less than 80% of its value": the minimum fell to 80%
        ("The tenant shall insure the contents for not less than their replacement value.",
         "The tenant shall insure the contents for not less than 80% of their replacement value.", "softened"),
        # ... and a cap on a share of what it capped is lower
        ("The fee shall not exceed the cost of the service.", "The fee shall not exceed 90% of the cost of the service.",
         "hardened"),
    ],
    "money_is_no_bare_count_of_a_period": [
        # "£8" is no count of the "eight hours": the allowance rose, the qualifying shift grew longer
        ("The employer shall pay £8 for any shift of more than six hours.",
         "The employer shall pay £10 for any shift of more than eight hours.", "modified"),
        # ... while the qualifying shift alone grew longer: fewer shifts are paid for
        ("The employer shall pay £8 for any shift of more than six hours.",
         "The employer shall pay £8 for any shift of more than eight hours.", "softened"),
    ],
    "bound_that_holds_its_own_modal": [
        # "shall not exceed" binds: a "may" after "no more than" is no plain statement softened
        ("The amount supplied in an emergency shall not exceed 5 days' treatment.",
         "Where a supply is made in an emergency, no more than five days' treatment may be supplied.", "reworded"),
        ("The amount supplied in an emergency is 5 days' treatment.",
         "The amount supplied in an emergency may be 5 days' treatment.", "softened"),
    ],
    "hedge_that_opens_a_condition_told_with_if": [
        ("In the event that the site is found unsafe, the inspector shall close it.",
         "If the site is unsafe, the inspector must close it.", "reworded"),
        ("The inspector shall close the site.", "If the site is unsafe, the inspector must close the site.", "softened"),
    ],
    "permission_only_by_a_named_hand": [
        # "may be done only by a vet" is the ban "shall not be done unless a vet does it"
        ("No person shall trim the hooves of a horse unless the work is done by a farrier.",
         "The hooves of a horse may be trimmed only by a farrier.", "reworded"),
        ("No person shall trim the hooves of a horse unless the work is done by a farrier.",
         "The hooves of a horse may be trimmed by a farrier.", "softened"),
    ],
    "describing_word_before_the_object_of_a_ban": [
        # more donations are banned without the word
        ("The party shall not accept cash donations from foreign donors.",
         "The party shall not accept donations from foreign donors.", "hardened"),
        # ... while under a duty to give, the word says what is given, no set covered
        ("The party shall publish annual accounts on its website.", "The party shall publish accounts on its website.",
         "reworded"),
    ],
    "participle_restricting_a_quantified_noun": [
        ("All staff shall complete safeguarding training each year.",
         "All staff working with children shall complete safeguarding training each year.", "softened"),
        # ... while one after the object, with the quantifier on the subject before the modal,
        # restricts no whole set
        ("All staff shall complete training.", "All staff shall complete training covering first aid.", "reworded"),
    ],
    "margin_over_what_a_bound_bounds": [
        ("Fare rises shall not exceed inflation plus 3 per cent.", "Fare rises shall not exceed inflation plus 2 per cent.",
         "hardened"),
        ("Fare rises shall not exceed inflation minus 1 per cent.", "Fare rises shall not exceed inflation minus 2 per cent.",
         "hardened"),
        # ... and a figure below zero is below zero, however written
        ("Frozen food shall be kept at a temperature not exceeding minus 18 degrees Celsius.",
         "Frozen food shall be kept at a temperature not exceeding minus 20 degrees Celsius.", "hardened"),
        ("Frozen food shall be kept at a temperature not exceeding minus 18 degrees Celsius.",
         "Frozen food shall be kept at a temperature not exceeding -18 degrees Celsius.", "reworded"),
    ],
    "name_of_letters_and_figures_replaced": [
        ("The plan shall set a target for PM2.5 levels near schools.",
         "The plan shall set a target for NO2 levels near schools.", "modified"),
        ("The plan shall set a target for PM2.5 levels near schools.",
         "The plan shall set a target for levels of PM2.5 near schools.", "reworded"),
    ],
    "permission_of_the_act_negated": [
        ("Dogs are not permitted on the beach.", "Dogs are permitted on the beach.", "softened"),
        ("Dogs are not permitted on the beach.", "Dogs are prohibited on the beach.", "reworded"),
    ],
    "generic_subject_told_with_every": [
        ("A person who holds a licence shall pass a medical examination.",
         "Every person who holds a licence shall pass a medical examination.", "reworded"),
        # ... while "A member of the Board shall attend" may ask one member only
        ("An applicant for a licence shall pass a medical examination.",
         "Every applicant for a licence shall pass a medical examination.", "hardened"),
    ],
    "pronoun_that_follows_the_object": [
        # "its" → "their" follows the new plural: the one replaced object is the change
        ("The Licensee shall submit all packaging to the Licensor before its first use.",
         "The Licensee shall submit all advertising materials to the Licensor before their first use.", "modified"),
        ("The Licensee shall submit all packages to the Licensor before its first use.",
         "The Licensee shall submit all packages to the Licensor before their first use.", "reworded"),
    ],
    "threshold_of_a_plural_verb_of_exceeding": [
        ("Candidates shall report every donor whose gifts in total exceed £500.",
         "Candidates shall report every donor whose gifts in total exceed £750.", "softened"),
        # ... while after a modal the verb is the bound of the duty itself
        ("No single holding shall at any time exceed 10% of the fund.",
         "No single holding shall at any time exceed 5% of the fund.", "hardened"),
    ],
    "scope_phrase_after_the_noun": [
        ("Parties shall report gifts from foreign sources of any kind.",
         "Parties shall report gifts from foreign sources.", "softened"),
        # ... and "any" before the noun is the same scope
        ("The Parties shall refrain from any military operations in the zone.",
         "Military operations of any kind shall not be conducted by the Parties in the zone.", "reworded"),
    ],
    "units_of_measure_compared_in_one_unit": [
        ("The rail shall be not less than 950 mm high.", "The rail shall be at least 0.95 m high.", "reworded"),
        ("Drones with a mass of more than 2 kg shall be registered.",
         "Drones with a mass of 250 g or more shall be registered.", "hardened"),
        ("No drone shall be flown within 1 km of an airport.",
         "No drone shall be flown within 2,500 metres of an airport.", "hardened"),
    ],
    "or_item_among_the_cases_a_duty_covers": [
        # "arising from A or from B": one more case covered
        ("The Supplier shall indemnify the Buyer against claims arising from its breach of contract.",
         "The Supplier shall indemnify the Buyer against claims arising from its breach of contract or from its negligence.",
         "hardened"),
        # ... while "or" after the verb offers another way to comply
        ("The visitor shall show a passport.", "The visitor shall show a passport or an identity card.", "softened"),
        # ... and a firmer word before the list opens no exception
        ("The manager shall notify the Council without delay of the death, injury or absence of a resident.",
         "The manager shall notify the Council without delay of the death or injury of a resident.", "softened"),
    ],
    "item_read_over_a_diff_anchored_on_words": [
        ("The following are prohibited in the harbour: swimming, diving and water-skiing.",
         "The following are prohibited in the harbour: swimming, diving, water-skiing and kite-surfing.", "hardened"),
        ("No Member shall engage in wash trades or prearranged trades on the Exchange.",
         "No Member shall engage in wash trades, prearranged trades or accommodation trades on the Exchange.",
         "hardened"),
    ],
    "reference_word_as_a_verb": [
        # the verb "schedule" after a hedge is no reference the hedge describes
        ("The Producer shall schedule the rehearsals on weekdays.",
         "The Producer shall, as far as possible, schedule the rehearsals on weekdays.", "softened"),
        ("The Producer shall pay the fee.", "The Producer shall pay the fee, subject to this Article.", "reworded"),
    ],
    "restriction_in_a_restated_permission_is_no_item": [
        ("A learner shall not drive on a motorway except when accompanied by an instructor in a dual-control car.",
         "A learner may drive on a motorway only when accompanied by an instructor and only in a dual-control car.",
         "reworded"),
        ("A learner shall not drive on a motorway except when accompanied by an instructor.",
         "A learner may drive on a motorway when accompanied by an instructor.", "softened"),
    ],
    "ban_with_other_than_told_as_only": [
        ("Ashes shall not be scattered elsewhere than in the memorial garden.",
         "Ashes may be scattered only in the memorial garden.", "reworded"),
        ("The Processor shall not use the data for any purpose other than payroll.",
         "The Processor may use the data for payroll.", "softened"),
    ],
    "first_and_last_of_a_series_swapped": [
        ("Meters shall be read on the last working day of each month.",
         "Meters shall be read on the first working day of each month.", "modified"),
        ("Meters shall be read on the last working day of each month.",
         "Meters shall be read on the last working day in every month.", "reworded"),
    ],
    "day_told_as_an_ordinal_of_its_month": [
        ("The accounts shall be filed no later than 1 March in each year.",
         "The accounts shall be filed by the first day of March in each year.", "reworded"),
        ("The accounts shall be filed no later than 1 March in each year.",
         "The accounts shall be filed no later than the first day of April in each year.", "softened"),
    ],
    "short_participle_restricting_a_quantified_subject": [
        ("Every licensed distiller shall install approved meters.",
         "Every licensed distiller producing spirits shall install approved meters.", "softened"),
        ("Every licensed distiller shall install approved meters.",
         "Every licensed distiller shall install approved meters measuring spirits.", "reworded"),
    ],
    "count_of_times_in_every_period": [
        ("The authority shall inspect each zoo at least twice in every calendar year.",
         "The authority shall inspect each zoo at least once in every calendar year.", "softened"),
        ("The authority shall inspect each zoo at least twice in every calendar year.",
         "The authority shall inspect each zoo at least twice in each calendar year.", "reworded"),
    ],
    "age_told_in_months": [
        # "less than eight months old" protects fewer animals than "less than one year old"
        ("A bitch shall not be mated if she is less than one year old.",
         "A bitch shall not be mated if she is less than eight months old.", "softened"),
        ("A bitch shall not be mated if she is less than one year old.",
         "A bitch shall not be mated if she is less than twelve months old.", "reworded"),
    ],
    "item_opened_by_together_with_moved": [
        ("Each bidder is required to submit a tax certificate with its bid.",
         "Each bidder shall submit, together with its bid, a tax certificate.", "reworded"),
        # ... while one that came with new words is more asked
        ("Each bidder shall submit a tax certificate.", "Each bidder shall submit a tax certificate, together with its bid.",
         "hardened"),
    ],
    "proviso_restated_as_an_opening_condition": [
        ("The balance shall be written off on the borrower's death, provided that the loan was insured.",
         "Where the loan was insured, the balance shall be written off on the borrower's death.", "reworded"),
        # ... not where the other side brings the case in ("including where")
        ("The insurer shall pay for flood damage, except where the house lies in a flood zone.",
         "The insurer shall pay for flood damage, including where the house lies in a flood zone.", "hardened"),
    ],
    "permission_restricted_to_its_object": [
        ("Operators may use only approved credits to meet their obligations.",
         "Operators shall not use any credits other than approved credits to meet their obligations.", "reworded"),
        ("Operators may use approved credits to meet their obligations.",
         "Operators may use only approved credits to meet their obligations.", "hardened"),
    ],
    "cap_on_what_is_deducted": [
        # a higher cap on the fee taken off the refund: less is refunded
        ("The agent shall refund the deposit, less a fee not exceeding £50, within 14 days.",
         "The agent shall refund the deposit, less a fee not exceeding £100, within 14 days.", "softened"),
        # ... while a higher cap on a fine is a heavier penalty
        ("The agent shall be liable to a fine not exceeding £50.", "The agent shall be liable to a fine not exceeding £100.",
         "hardened"),
    ],
    "a_vote_held_is_a_right": [
        ("Every member shall have one vote at a general meeting.",
         "At a general meeting each member is entitled to one vote.", "reworded"),
        ("Every member shall have one vote at a general meeting.",
         "Every member may have one vote at a general meeting.", "reworded"),
    ],
    "duty_to_let_another_act": [
        ("The landlord shall permit the tenant to sublet a room.", "The tenant shall be allowed to sublet a room.",
         "reworded"),
        # ... while a duty to do the act itself is more than a permission to do it
        ("The landlord shall repair the roof.", "The landlord shall be allowed to repair the roof.", "softened"),
    ],
    "value_that_stands_twice_on_one_side": [
        ("Ballast water shall be exchanged at least 200 nautical miles from land in water at least 200 metres deep.",
         "Ballast water shall be exchanged at least 50 nautical miles from land in water at least 200 metres deep.",
         "softened"),
        ("The tenant shall give not less than thirty (30) days' notice.", "The tenant shall give at least 30 days' notice.",
         "reworded"),
    ],
    "item_beside_a_qualifier_that_softened": [
        # a wider ban with an exception added points both ways
        ("The sale of puppies under 8 weeks of age is prohibited.",
         "The sale of puppies or kittens under 8 weeks of age is prohibited, except by the person who bred them.",
         "modified"),
        # ... while the qualifier's own words are no item against it
        ("The undertaker shall, regardless of cost, replace all lead pipes by 2030.",
         "The undertaker shall, where cost-effective, replace all lead pipes by 2030.", "softened"),
    ],
    "scope_word_told_of_the_thing": [
        ("All milk supplied shall be semi-skimmed and pasteurised.", "All milk supplied shall be whole and pasteurised.",
         "modified"),
        ("Milk shall be supplied to primary schools.", "Milk shall be supplied to all primary schools.", "hardened"),
    ],
    "list_item_named_with_a_reference_word": [
        # "parts" here is a thing, not "Part 3"
        ("Sellers shall not list firearms or ammunition on the storefront.",
         "Sellers shall not list firearms, firearm parts or ammunition on the storefront.", "hardened"),
        ("Sellers shall not list the items in Part 2 or Part 3.", "Sellers shall not list the items in Part 2.", "modified"),
    ],
    "first_item_of_a_list_dropped": [
        ("The Club shall not take sponsorship from a gambling, tobacco or payday lending company.",
         "The Club shall not take sponsorship from a tobacco or payday lending company.", "softened"),
        # ... while a lone describing word right after the ban's verb is no list
        ("The Club shall not accept gambling sponsorship.", "The Club shall not accept sponsorship.", "hardened"),
    ],
    "bound_written_after_with_and": [
        ("The owner of a ship of 2,000 tonnes and above shall hold insurance.",
         "The owner of a ship of 2,000 tonnes or more shall hold insurance.", "reworded"),
        # ... not "and under all circumstances", no bound
        ("The Parties shall refrain permanently and under all circumstances from the use of force.",
         "The Parties shall refrain from the use of force.", "softened"),
    ],
    "unit_of_measure_is_no_content_word": [
        ("The exclusivity shall extend to a radius of 1.5 kilometres around the stadium.",
         "The exclusivity shall extend to a radius of 1,500 metres around the stadium.", "reworded"),
        ("The exclusivity shall extend to a radius of 1.5 kilometres around the stadium.",
         "The exclusivity shall extend to a radius of 2,000 metres around the stadium.", "modified"),
    ],
    "scope_word_that_is_a_verb": [
        ("The Seller shall not ask Buyers to complete sales outside the Marketplace.",
         "The Seller shall not ask Buyers to conclude sales outside the Marketplace.", "reworded"),
        ("The Seller shall provide training to employees.", "The Seller shall provide training to all employees.",
         "hardened"),
    ],
    "proviso_told_on_condition_that": [
        ("Copying does not infringe copyright, provided that the copy bears an acknowledgement.",
         "Copying does not infringe copyright, on condition that the copy bears an acknowledgement.", "reworded"),
        ("Copying does not infringe copyright.",
         "Copying does not infringe copyright, on condition that the copy bears an acknowledgement.", "softened"),
    ],
    "qualifier_under_a_subject_opened_by_no": [
        ("No member of the Mission shall be subject to arrest by the Host State.",
         "Members of the Mission shall not be subject to arrest by the Host State.", "reworded"),
        # ... while a qualifier right after the modal qualifies the ban itself
        ("Neither Party shall deploy heavy weapons in the zone.",
         "Neither Party shall, in principle, deploy heavy weapons in the zone.", "softened"),
    ],
    "condition_with_an_aside_after_its_word": [
        ("The Museum may refuse a loan if, in the opinion of the Conservator, the object is too fragile to travel.",
         "Where the Conservator considers the object too fragile to travel, the Museum may refuse a loan.", "reworded"),
        ("The Museum may refuse a loan if, in the opinion of the Conservator, the object is too fragile to travel.",
         "The Museum may refuse a loan.", "hardened"),
    ],
    "cap_on_the_price_of_what_is_given": [
        # a lower cap on the charge the library may ask: more is asked of the library
        ("The Library shall supply loans at a charge not exceeding £5 per item.",
         "The Library shall supply loans at a charge not exceeding £3 per item.", "hardened"),
        # ... while a cap on what is given, lowered, gives less
        ("The Fund shall reimburse costs up to £500 per claim.", "The Fund shall reimburse costs up to £300 per claim.",
         "softened"),
    ],
    "item_of_the_subject_of_a_ban_and_a_duty": [
        ("Bags shall not be taken into the Reading Room and must be left in the lockers.",
         "Bags and coats shall not be taken into the Reading Room and must be left in the lockers.", "hardened"),
        # ... and an item after the ban's modal is the ban's alone
        ("Readers shall not take bags into the Reading Room and must leave keys at the desk.",
         "Readers shall not take bags or umbrellas into the Reading Room and must leave keys at the desk.", "hardened"),
    ],
    "threshold_after_an_aside_closed": [
        # the aside after the modal closes before "any exercise involving …": which exercises
        ("Each State shall notify, at least 42 days in advance, any exercise involving 9,000 or more troops.",
         "Each State shall notify, at least 42 days in advance, any exercise involving 13,000 or more troops.",
         "softened"),
        # ... while an apposition after a comma bounds each one
        ("The Board shall hold three sessions, each lasting no more than 4 hours.",
         "The Board shall hold three sessions, each lasting no more than 6 hours.", "softened"),
    ],
    "first_verb_of_a_ban_dropped": [
        ("States shall not test, deploy or use any weapon in outer space.",
         "States shall not deploy or use any weapon in outer space.", "softened"),
        ("States shall not test any weapon in outer space.", "States shall not deploy any weapon in outer space.",
         "modified"),
    ],
    "request_told_in_a_when_clause": [
        ("Upon request of the Shipper, the Carrier shall issue a receipt for the goods.",
         "The Carrier shall issue a receipt for the goods when the Shipper so requests.", "reworded"),
        # ... not a condition denied
        ("The Processor shall, where reasonably practicable, encrypt the data.",
         "The Processor shall encrypt the data, and this duty is not limited to cases where encryption is practicable.",
         "hardened"),
    ],
    "age_told_as_older_than": [
        ("A taxi shall be no more than eight years old when first licensed.",
         "A taxi must not be older than eight years when first licensed.", "reworded"),
        ("A taxi shall be no more than eight years old when first licensed.",
         "A taxi must not be older than ten years when first licensed.", "softened"),
    ],
    "list_comma_inside_a_restricted_permission": [
        # (the comma of "a kiosk, stall or van" parts a list; the "only if" still restricts)
        ("No trader shall place a kiosk, stall or van on the square unless the Council has granted a licence.",
         "A trader may place a kiosk, stall or van on the square only if the Council has granted a licence.",
         "reworded"),
        ("No trader shall place a kiosk, stall or van on the square.",
         "A trader may place a kiosk, stall or van on the square only if the Council has granted a licence.",
         "softened"),
    ],
    "negative_subject_after_a_conjunction": [
        ("Glass bottles are prohibited in the stadium; flags may be displayed only in the family stand.",
         "Flags may be displayed only in the family stand, and no glass bottles are permitted in the stadium.",
         "reworded"),
    ],
    "count_of_times_as_a_multiplier": [
        ("The insurer shall pay a sum of up to twice the annual premium.",
         "The insurer shall pay a sum of up to two times the annual premium.", "reworded"),
        ("The insurer shall pay a sum of up to twice the annual premium.",
         "The insurer shall pay a sum of up to three times the annual premium.", "hardened"),
    ],
    "count_of_a_frequency_restated": [
        ("Each resident shall be offered a hot meal at least twice daily.",
         "Each resident shall be offered a hot meal no fewer than two times each day.", "reworded"),
        ("The pump shall be checked twice daily.", "The pump shall be checked three times daily.", "hardened"),
    ],
    "top_of_a_range_is_a_cap": [
        ("The water in the pool shall be kept between 26 and 28 degrees Celsius.",
         "The water in the pool shall be kept at not less than 26°C and not more than 28°C.", "reworded"),
    ],
    "cap_on_a_deduction": [
        ("The agency shall remit each fee to the artist, less a commission for its services not exceeding 15 per cent.",
         "The agency shall remit each fee to the artist, less a commission for its services not exceeding 20 per cent.",
         "softened"),
    ],
    "item_of_what_a_possessive_describes": [
        ("The tenant shall deliver to the landlord the keys in her possession or custody.",
         "The tenant shall deliver to the landlord the keys in her possession.", "softened"),
    ],
    "modal_of_an_exception_after_the_duty": [
        (("The removal of the equipment from the site shall be completed no later than the tenth day after "
          "signature, and no extension of this period shall be allowed."),
         ("The removal of the equipment from the site shall be completed no later than the tenth day after "
          "signature, unless the parties agree to extend this period."), "softened"),
    ],
    "neither_after_a_passive_be": [
        ("Diplomatic bags shall not be opened, detained or searched by customs officers.",
         "Diplomatic bags may be neither opened, detained nor searched by customs officers.", "reworded"),
    ],
    "time_limit_set_by_a_date_instead_of_an_event": [
        ("The renewal fee shall be paid on or before the anniversary of the date of registration.",
         "The renewal fee shall be paid on or before 30 June in each year.", "modified"),
    ],
    "qualifier_in_a_definition": [
        ("'Responsible officer' means the manager of the branch concerned, as appropriate.",
         "'Responsible officer' means the manager of the branch concerned.", "reworded"),
    ],
    "figures_paired_by_their_units": [
        ("Each kennel shall have a floor area of at least 4 square metres and a height of at least 2 metres.",
         "Each kennel shall have a floor area of at least 2 square metres and a height of at least 4 metres.",
         "modified"),
        ("Street lamps shall have a colour temperature not exceeding 4000 K and an output not exceeding 3,000 lumens.",
         "Street lamps shall have a colour temperature not exceeding 3000 K and an output not exceeding 4,000 lumens.",
         "modified"),
    ],
    "ratio_told_the_other_way_round": [
        ("Each nursery shall employ at least one qualified carer for every four infants.",
         "Each nursery shall ensure that there are no more than four infants for each qualified carer.", "reworded"),
    ],
    "item_past_a_qualifier_set_off_by_commas": [
        ("The host State shall exempt the delegates from customs inspection.",
         "The host State shall, where possible, exempt the delegates and their advisers from customs inspection.",
         "modified"),
    ],
    "part_that_a_quantifier_makes_whole": [
        ("Open flames are prohibited in any part of the laboratory.",
         "Open flames are permitted in designated areas of the laboratory.", "softened"),
        ("The Fund shall finance the project.", "The Fund shall finance part of the project.", "softened"),
    ],
    "strengthener_between_a_ban_and_its_qualifier": [
        ("The records of the Commission shall not under any circumstances be subject to seizure or inspection.",
         "The records of the Commission shall not be subject to seizure or inspection.", "softened"),
    ],
    "distance_that_says_what_a_duty_covers": [
        ("Noise surveys shall be carried out at every inhabited dwelling within 200 metres of the quarry.",
         "Noise surveys shall be carried out at every inhabited dwelling within 300 metres of the quarry.", "hardened"),
    ],
    "one_word_proviso_restated": [
        ("Each tenant may keep up to two cats, provided that each cat is registered with the office.",
         "Provided each cat is registered with the office, a tenant may keep a maximum of two cats.", "reworded"),
    ],
    "adverb_of_a_participle_told_as_its_verb": [
        ("A broker shall not knowingly accept any deposit that derives from crime.",
         "A broker must not accept any deposit which the broker knows to derive from crime.", "reworded"),
        ("A broker shall not knowingly accept any deposit that derives from crime.",
         "A broker must not accept any deposit that derives from crime.", "hardened"),
    ],
    "means_told_as_a_purpose": [
        ("A tenant may end the lease by giving not less than two months' written notice to the landlord.",
         "To end the lease, a tenant must give the landlord written notice of at least two months.", "reworded"),
    ],
    "negated_infinitive_of_a_manner_adverb": [
        (("The Licensee shall not sublicense the software without the consent of the Licensor, such consent "
          "not to be unreasonably refused."),
         ("The Licensee shall not sublicense the software unless the Licensor has consented, which the Licensor "
          "shall not unreasonably refuse."), "reworded"),
        (("The Licensee shall not sublicense the software without the consent of the Licensor, such consent "
          "not to be unreasonably refused."),
         "The Licensee shall not sublicense the software without the consent of the Licensor.", "hardened"),
    ],
    "at_no_time_told_as_any_time_under_a_cap": [
        ("Not more than forty visitors shall be admitted to the gallery at any time.",
         "At no time shall the number of visitors admitted to the gallery exceed forty.", "reworded"),
    ],
    "share_is_no_bare_count_of_a_period": [
        ("The Club may raise the annual fee by no more than 4% in any year, giving members at least 2 months' notice.",
         "The Club may raise the annual fee by no more than 2% in any year, giving members at least 1 month's notice.",
         "modified"),
    ],
    "bound_added_to_a_kept_condition": [
        ("A resident shall be entitled to a permit if they have lived in the zone for at least two years.",
         ("A resident shall be entitled to a permit if they have lived in the zone for at least one year and "
          "own a vehicle of at least 3 years of age."), "modified"),
        ("The operator shall inspect a pipeline if it was laid at least 20 years ago.",
         ("The operator shall inspect a pipeline if it was laid at least 10 years ago and carries at least 5 bar "
          "of pressure."), "modified"),
    ],
    "negative_subject_of_another_modal": [
        ("No visitor shall enter the enclosure unless the gate can be locked behind them.",
         "A visitor may enter the enclosure only if the gate can be locked behind them.", "reworded"),
    ],
    "time_of_day_inside_a_restricted_permission": [
        ("No generator shall be run on the site after 22:00 unless the council has consented.",
         "A generator may be run on the site after 22:00 only if the council has consented.", "reworded"),
    ],
    "time_of_day_past_midnight": [
        ("Bars in the festival area shall close no later than 23:30.",
         "Bars in the festival area shall close no later than 01:00.", "softened"),
        ("Reports shall be filed by 18:00.", "Reports shall be filed by 09:00.", "hardened"),
    ],
    "date_before_told_as_the_day_before": [
        ("Members shall pay the subscription before 1 March in each year.",
         "Members shall pay the subscription no later than 28 February in each year.", "reworded"),
        ("Members shall pay the subscription before 1 March in each year.",
         "Members shall pay the subscription no later than 20 February in each year.", "hardened"),
        ("Trainees shall complete the course no later than 30 June 2027.",
         "Trainees shall complete the course before 1 July 2027.", "reworded"),
    ],
    "bound_of_what_a_ban_forbids": [
        ("No trader shall accept cash payments of EUR 5,000 or more.", "No trader shall accept cash payments.",
         "hardened"),
        ("No person shall sell fireworks in packs of fewer than 10 items.", "No person shall sell fireworks.",
         "hardened"),
    ],
    "condition_restated_with_its_figure_in_words": [
        (("If a member fails to pay the levy within 30 days of the invoice date, the Board may suspend that "
          "member's voting rights."),
         ("The Board may suspend a member's voting rights where that member has not paid the levy within thirty "
          "days of the invoice date."), "reworded"),
    ],
    "odds_as_a_share": [
        ("At least 90 per cent of the samples shall meet the standard.",
         "At least 9 in 10 samples shall meet the standard.", "reworded"),
        ("At least 90 per cent of the samples shall meet the standard.",
         "At least 3 in 4 samples shall meet the standard.", "softened"),
    ],
    "participle_opens_no_modifier_before_a_noun": [
        ("A maximum noise limit of 55 dB shall apply at the boundary while the works are under way.",
         "A maximum noise limit of 65 dB shall apply at the boundary while the works are under way.", "softened"),
    ],
    "word_of_more_than_before_a_bound_noun_measure": [
        ("Boats with a maximum length exceeding 12 metres are prohibited from mooring at the jetty.",
         "Boats with a maximum length exceeding 15 metres are prohibited from mooring at the jetty.", "softened"),
    ],
    "override_told_with_despite": [
        ("Notwithstanding anything to the contrary, the Chair shall be entitled to attend but shall not vote.",
         "Despite anything else in these rules, the Chair may attend but may not vote.", "reworded"),
    ],
    "every_case_of_a_condition": [
        ("Where a vessel fails the inspection, the surveyor shall issue a detention notice.",
         "The surveyor shall issue a detention notice in every case where a vessel fails the inspection.",
         "reworded"),
    ],
    "negative_subject_after_a_clause_with_its_own_modal": [
        ("Stewards shall wear the issued tabard and no other insignia may be worn.",
         "Stewards shall wear the issued tabard and shall not wear any other insignia.", "reworded"),
    ],
    "item_of_the_commitment_past_an_opening_qualifier": [
        ("Staff shall not discuss the case with journalists.",
         "Where practicable, staff shall not discuss the case with journalists or bloggers.", "modified"),
    ],
    "condition_verb_a_dozen_words_on": [
        (("Where leaves accumulate upon the surface of the footpath so as to create a risk of a fall, "
          "the occupier shall clear them."),
         ("If leaves build up on the surface of the footpath outside the premises and could cause a fall, "
          "the occupier must clear them."), "reworded"),
    ],
    "qualifying_word_of_an_item_joined_on": [
        ("Members shall sign the visitors' book before entering the range.",
         "Members and temporary guests shall sign the visitors' book before entering the range.", "hardened"),
    ],
    "periods_paired_by_their_units": [
        ("The tenant must object within 28 days of the notice, and the landlord shall reply within 6 weeks.",
         "The tenant must object within 60 days of the notice, and the landlord shall reply within 4 weeks.",
         "modified"),
    ],
    "half_a_million": [
        ("The largest grant payable on any one application is £500,000.",
         "No more than half a million pounds may be granted on any one application.", "reworded"),
    ],
    "strengthener_after_a_passive_been": [
        ("The seller may withhold delivery if the price is not paid in full by the due date.",
         "Where the price has not been paid in full by the due date, the seller is entitled to withhold delivery.",
         "reworded"),
    ],
    "binding_told_as_bound_by": [
        ("The expert's determination shall be binding on the parties until a court decides otherwise.",
         "Until a court decides otherwise, the parties shall be bound by the expert's determination.", "reworded"),
    ],
    "period_of_notice_given": [
        ("The landlord shall give the tenant 14 days' notice of any inspection.",
         "The landlord shall give the tenant 28 days' notice of any inspection.", "hardened"),
        ("The Club may change the fees by giving members one month's notice.",
         "The Club may change the fees by giving members 30 days' notice.", "reworded"),
    ],
    "ban_on_more_than_told_as_a_capped_permission": [
        ("No member may sit on more than two committees at the same time.",
         "A member may sit on at most two committees at any one time.", "reworded"),
        ("The keeper shall not keep more than six hens at any one time.",
         "The maximum number of hens that the keeper may keep at any one time is 6.", "reworded"),
        ("Boats may not stay at the visitor mooring for more than 48 consecutive hours.",
         "Boats may stay at the visitor mooring for a period of up to two consecutive days.", "reworded"),
    ],
    "override_told_as_whatever_else": [
        ("Notwithstanding anything to the contrary, the Tenant shall at its own cost repair any damage to the floor.",
         "Whatever else this lease says, the Tenant must at its own expense repair any damage to the floor.",
         "reworded"),
    ],
    "count_bound_told_strictly_and_inclusively": [
        ("'Frequent user' means a member who visits the centre more than once within the same week.",
         "A member who visits the centre two or more times in the same week is a 'frequent user'.", "reworded"),
    ],
    "negative_subject_with_marks_inside_words": [
        ("The operator shall not schedule any flight of a category QC/8 or higher at night.",
         "No flight of a category QC/8 or higher may be scheduled by the operator at night.", "reworded"),
    ],
    "save_while_as_an_exception": [
        ("The gate shall be kept locked at all times except when a vehicle is passing through it.",
         "Save while a vehicle is passing through, the gate must at all times remain locked.", "reworded"),
    ],
    "ban_for_longer_than_told_as_a_capped_permission": [
        ("A trader shall not remain at any one stall for longer than half an hour.",
         "A trader may stay at a single stall for a maximum of 30 minutes.", "reworded"),
    ],
    "qualifier_that_opens_a_cap": [
        ("The Fund shall reimburse travel costs of up to £80 per visit.",
         "The Fund shall reimburse travel costs for each visit, subject to a maximum of £80.", "reworded"),
    ],
    "all_floated_after_its_verb": [
        ("The hire charge covers fuel, insurance and cleaning.",
         "Fuel, insurance and cleaning are all included in the hire charge.", "reworded"),
    ],
    "exceeding_in_a_modifier_of_what_a_ban_forbids": [
        ("The owner shall not build any shed exceeding 3 metres in height.",
         "The owner shall not build any shed exceeding 2.5 metres in height.", "hardened"),
        ("Noise from the site shall not in any event exceed 55 dB.",
         "Noise from the site shall not in any event exceed 60 dB.", "softened"),
    ],
    "rung_of_a_say_in_another_form": [
        ("The Council shall publish the plan within 14 days of its approval.",
         "The Council shall publish the plan no later than 14 days after it is approved.", "reworded"),
    ],
    "cap_on_a_count_that_opens_the_clause": [
        ("The organiser shall ensure that no more than 500 people are admitted to the hall.",
         "The organiser shall ensure that no more than 400 people are admitted to the hall.", "hardened"),
    ],
    "strengthener_told_as_its_one_word_synonym": [
        ("Members may return unused tickets within 7 days for a full refund.",
         "Unused tickets may be returned by members within one week for a refund in full.", "reworded"),
    ],
    "duty_told_as_the_condition_of_a_permission": [
        ("Children under 10 must be accompanied by an adult in the pool.",
         "A child under ten may use the pool only if accompanied by an adult.", "reworded"),
    ],
    "time_on_the_day_following": [
        ("Stallholders must clear their pitches by 21:00 on the last day of the fair.",
         "Stallholders must clear their pitches by 10:00 on the day following the last day of the fair.", "softened"),
    ],
    "penalty_the_clause_denies": [
        ("The Client may cancel up to 15% of the bookings without penalty.",
         "The Client may cancel up to 5% of the bookings without penalty.", "hardened"),
    ],
    "override_clause_with_a_modal_of_its_own": [
        ("Notwithstanding anything to the contrary, the Referee shall have final authority on whether play resumes.",
         "Whatever else these Rules may say, the Referee has the final say on whether play resumes.", "reworded"),
    ],
    "so_that_opens_no_modifier": [
        ("The Operator shall manage each reservoir so that at least 20 per cent of its capacity remains free.",
         "The Operator shall manage each reservoir so that at least 30 per cent of its capacity remains free.",
         "hardened"),
    ],
    "count_between_a_frequency": [
        ("Harnesses shall be inspected at least once every 100 climbs.",
         "Harnesses shall be inspected at least once every 50 climbs.", "hardened"),
    ],
    "period_and_measure_are_different_tests": [
        ("Riders must be at least 12 years old to use the track.",
         "Riders must be at least 1.4 metres tall to use the track.", "modified"),
    ],
    "end_of_a_ban_on_a_date": [
        ("Visitors must not enter the meadow before 1 July.", "Visitors must not enter the meadow before 15 June.",
         "softened"),
    ],
    "period_added_from_an_event": [
        ("All boats shall return to the harbour no later than sunset.",
         "All boats shall return to the harbour no later than one hour after sunset.", "softened"),
    ],
    "ban_told_as_the_complement_bound": [
        ("No kiosk shall be placed within 50 metres of a hospital entrance.",
         "Every kiosk shall be placed at least 50 metres from a hospital entrance.", "reworded"),
        ("No refund shall be paid before the goods are returned.",
         "A refund shall be paid only after the goods are returned.", "reworded"),
        # ... while the same bound with the negation gone is the opposite rule
        ("No kiosk shall be placed within 50 metres of a hospital entrance.",
         "Every kiosk shall be placed within 50 metres of a hospital entrance.", "modified"),
    ],
    # The misfires a review of the ninth session's rules found, each the rule's boundary.
    "time_of_day_pinned_to_a_date": [
        # a date after the time pins it to that day: no wrap across midnight
        ("Entries must be received by 23:59 on the closing date.",
         "Entries must be received by 00:01 on the closing date.", "hardened"),
        # "following" a comma away opens another phrase, no next day
        ("The gates shall close by 23:30.", "The gates shall close by 23:00, following a safety check.",
         "hardened"),
    ],
    "until_an_event_later_binds_longer": [
        ("Anglers shall wear life jackets until sunset.",
         "Anglers shall wear life jackets until one hour after sunset.", "hardened"),
    ],
    "bound_added_to_a_permission_condition": [
        ("A Member may vote at the meeting if they have been a member for at least 2 years.",
         ("A Member may vote at the meeting if they have been a member for at least 2 years "
          "and have attended at least 3 meetings."), "hardened"),
    ],
    "notice_given_or_waited_for": [
        # notice "to" another party, or on which a permission is used, is notice the holder gives
        ("The Operator may increase the booking fee by no more than 5% in any year, on 30 days' notice to Members.",
         "The Operator may increase the booking fee by no more than 8% in any year, on 60 days' notice to Members.",
         "modified"),
        ("The Insurer may cancel the Policy on 15 days' notice.",
         "The Insurer may cancel the Policy on 30 days' notice.", "hardened"),
        # a duty "on 24 hours' notice" waits for notice given to the party bound: no minimum
        ("The Tenant shall vacate the flat on 24 hours' notice.",
         "The Tenant shall vacate the flat on 48 hours' notice.", "modified"),
    ],
    "figures_paired_by_unit_in_order": [
        # the units moved between the figures: each figure keeps its place (56 days → 60 days)
        (("The tenant shall object within 14 days of the notice, and the landlord shall reply within 8 weeks "
          "of the objection."),
         ("The tenant shall object within 2 weeks of the notice, and the landlord shall reply within 60 days "
          "of the objection."), "softened"),
        # every value on both sides, each in another unit: restated
        ("The tenant shall object within 14 days, and the landlord shall reply within 8 weeks.",
         "The tenant shall object within 2 weeks, and the landlord shall reply within 56 days.", "reworded"),
        # a reference number and a period side by side (the values are of two kinds)
        ("Any appeal against a decision under Rule 12 (Discipline) shall be lodged within 14 days.",
         "Any appeal against a decision under Rule 14 (Discipline) shall be lodged within 14 days.", "reworded"),
        ("The Board established under clause 3 shall consist of 7 members.",
         "The Board established under clause 3 shall consist of 9 members.", "modified"),
    ],
    "strict_and_inclusive_bound_of_a_count_not_an_amount": [
        ("An employer with more than 10 employees shall appoint a safety officer.",
         "An employer with 11 or more employees shall appoint a safety officer.", "reworded"),
        # an amount is no count: 1,000.50 euros is more than 1,000 and less than 1,001
        ("The Bank shall report any cash deposit of more than 1,000 euros.",
         "The Bank shall report any cash deposit of 1,001 euros or more.", "softened"),
    ],
    "one_word_alignment_both_ways": [
        # difflib alone paired "shall" with "may" one way and "may" with "may" the other: the
        # verdict was softened one way and modified the other
        ("Ukraine shall withdraw the ceasefire within 30 days. Russia may withdraw its forces within 30 days.",
         "Ukraine may withdraw the armed forces within 30 days.", "modified"),
    ],
    "modal_of_a_such_as_clause_is_another_party's": [
        ("Each party shall provide such assistance as the other party may reasonably request.",
         "Where the other party reasonably so requests, each party shall assist it.", "reworded"),
        ("The Tenant shall pay such sums as the Tribunal may award.",
         "The Tenant shall pay the sums that the Tribunal awards.", "reworded"),
    ],
    "bounds_agreeing_only_when_one_is_read_from_the_other_side": [
        # a cap on what is paid raised (more owed) beside a deadline shortened: read plainly, a
        # cap raised and a deadline shortened point both ways
        ("The Agency shall reimburse childcare costs of up to £40 per week within 14 days of a claim.",
         "The Agency shall reimburse childcare costs of up to £60 per week within 7 days of a claim.", "modified"),
        # a penalty's cap raised is harsher to every reader
        ("A person who breaches this section is liable to a fine not exceeding £5,000.",
         ("A person who breaches this section is liable to a fine not exceeding £20,000 or to imprisonment "
          "for a term not exceeding three months."), "hardened"),
        # so is a threshold that makes the duty apply more often
        ("Operators with more than 50 employees shall publish at least 2 reports a year.",
         "Operators with more than 20 employees shall publish at least 4 reports a year.", "hardened"),
    ],
    "up_to_in_the_object_of_a_duty_is_how_far_it_reaches": [
        # more items collected is more owed
        ("The Council shall collect up to 4 bulky items per household each month.",
         "The Council shall collect up to 6 bulky items per household each month.", "hardened"),
        # fewer revisions owed, delivered sooner: both ways
        ("The Editor shall carry out up to three rounds of revisions within 60 days of delivery.",
         "The Editor shall carry out up to two rounds of revisions within 30 days of delivery.", "modified"),
        # a bound word before it still makes a limit on the party
        ("Emissions of dust from the site shall be limited to up to a maximum of 50 mg per cubic metre.",
         "Emissions of dust from the site shall be limited to up to a maximum of 35 mg per cubic metre.", "hardened"),
        # and a minimum turned into such a reach still leaves room below it
        ("The Scheme shall resettle no fewer than 5,000 refugees each year.",
         "The Scheme shall resettle up to 5,000 refugees each year.", "softened"),
    ],
    "window_of_hours_moved": [
        # a ban's hours narrowed forbid less of the day
        ("Generators shall not be operated on any pitch between 22:00 and 07:00.",
         "Generators shall not be operated on any pitch between 23:00 and 07:00.", "softened"),
        # a permission's hours widened allow more of it
        ("Deliveries may be made between 08:00 and 18:00.", "Deliveries may be made between 08:00 and 20:00.",
         "softened"),
        # "only between": the hours the act is allowed, whatever the modal
        ("Building works shall be carried out only between 8 a.m. and 6 p.m. on weekdays.",
         "Building works shall be carried out only between 8 a.m. and 5 p.m. on weekdays.", "hardened"),
        # a duty's hours narrowed ask less
        ("The library shall be open from 09:00 to 17:00 on weekdays.",
         "The library shall be open from 10:00 to 17:00 on weekdays.", "softened"),
    ],
    "bounds_of_two_parties": [
        # stricter for the Hirer (a higher deposit) and for the Company (a faster refund)
        ("The Hirer shall pay a deposit of £250, which the Company shall refund within 14 days of the end of the hire.",
         "The Hirer shall pay a deposit of £400, which the Company shall refund within 7 days of the end of the hire.",
         "modified"),
        ("The Cleaner's liability for a lost garment shall not exceed £500, and any claim must be made within 30 days.",
         "The Cleaner's liability for a lost garment shall not exceed £750, and any claim must be made within 14 days.",
         "modified"),
        # two duties of one party, joined on: stricter both times
        ("The Supplier shall deliver the goods within 30 days and shall pay a penalty of at least £100 a day.",
         "The Supplier shall deliver the goods within 20 days and shall pay a penalty of at least £150 a day.",
         "hardened"),
    ],
    "complement_bound_with_the_figure_in_words": [
        ("Whisky shall not be bottled at an alcoholic strength of less than 40% by volume.",
         "Whisky shall be bottled at an alcoholic strength of at least forty per cent by volume.", "reworded"),
        ("The stall shall be positioned at least 2 metres from any shop entrance.",
         "The stall must not be positioned closer than two metres to any shop entrance.", "reworded"),
    ],
    "negation_inside_a_quoted_label_is_a_name": [
        ("The Locksmith shall not duplicate a key marked 'Do Not Copy' unless the Customer produces proof of ownership.",
         "The Locksmith shall not duplicate a key marked 'Do Not Copy'.", "hardened"),
    ],
    "period_of_something_other_than_the_duty": [
        # how long a right granted lasts, or the span a duty is spread over: no direction
        ("A right of burial in a new grave shall be granted for a period of 50 years.",
         "A right of burial in a new grave shall be granted for a period of 75 years.", "modified"),
        ("Each Party shall reduce its support by 20 per cent over a period of six years.",
         "Each Party shall reduce its support by 20 per cent over a period of ten years.", "modified"),
        # how long the duty lasts
        ("The Operator shall retain all records for a period of 3 years.",
         "The Operator shall retain all records for a period of 5 years.", "hardened"),
    ],
    "duty_naming_its_agent_told_as_a_permission_only_by_it": [
        ("Any handling of refrigerant shall be carried out by an F-gas certified engineer.",
         "Refrigerant may be handled only by an F-gas certified engineer.", "reworded"),
    ],
    "exception_told_another_way": [
        ("The Lessee shall keep the Vessel in good repair and condition, fair wear and tear excepted.",
         "Except for fair wear and tear, the Lessee must maintain the Vessel in good condition and repair.", "reworded"),
    ],
    "negative_verb_negates_like_not": [
        (("If the Contractor fails to complete the Works by the Completion Date, the Employer shall be entitled to "
          "call upon the Bond."),
         "If the Contractor does not complete the Works by the Completion Date, the Employer may call on the Bond.",
         "reworded"),
    ],
    "no_person_other_than_is_only": [
        ("No person other than a registered pharmacist may sell or supply any prescription medicine.",
         "Only registered pharmacists may sell, or supply, prescription medicines.", "reworded"),
    ],
    "eligibility_is_a_right": [
        ("The assembly shall elect the chair for a term of two years, and the chair may be re-elected once.",
         "The chair shall be elected by the assembly for a two-year term and shall be eligible for re-election once.",
         "reworded"),
        # a right's threshold lowered (easier to meet) beside a condition added (harder): both ways
        ("A person shall be eligible for the award if they have served at least 20 years.",
         "A person shall be eligible for the award if they have served at least 10 years and live in the district.",
         "modified"),
    ],
    "bare_subject_told_as_every_object": [
        ("Seed packets shall bear the variety name and the lot number.",
         "The lot number and the variety name shall appear on every seed packet.", "reworded"),
    ],
    "promptness_synonyms": [
        ("The tenant shall promptly inform the landlord of any change in the household.",
         "The tenant shall without delay notify the landlord of any change in the household.", "reworded"),
    ],
    "by_of_manner_is_no_deadline": [
        ("The loan rate shall be reset each year by reference to 3-month SONIA.",
         "The loan rate shall be reset each year by reference to 6-month SONIA.", "modified"),
    ],
    "term_of_an_office_passed_round": [
        ("The board shall be chaired alternately by each member state for a period of two years.",
         "The board shall be chaired alternately by each member state for a period of three years.", "modified"),
    ],
    "only_past_a_determiner": [
        ("No entrant may use equipment that has not been inspected by the Organiser.",
         "Entrants may use only such equipment as the Organiser has inspected.", "reworded"),
    ],
    "threshold_of_an_event_a_right_is_owed_for": [
        # the grantor owes less often: softened (an event, not what the holder does)
        ("Passengers shall be entitled to compensation where arrival is delayed by at least one hour.",
         "Passengers shall be entitled to compensation where arrival is delayed by at least two hours.", "softened"),
    ],
    "length_of_an_event_or_term": [
        ("The Festival shall run for 72 consecutive hours, starting at noon on Friday.",
         "The Festival shall run for 48 consecutive hours, starting at noon on Friday.", "modified"),
    ],
    "less_than_as_the_measure_of_a_duty": [
        ("Treated effluent shall contain less than 250 units per litre.",
         "Treated effluent shall contain less than 100 units per litre.", "hardened"),
    ],
    "exhortation_with_only_is_no_restricted_permission": [
        ("Installers are encouraged to use only certified ladders when working at height.",
         "Installers must use only certified ladders when working at height.", "hardened"),
    ],
    "at_any_one_time_under_a_ban_is_at_no_time": [
        ("A keeper shall not hold more than three owls at any one time.",
         "At no time may a keeper hold more than 3 owls.", "reworded"),
    ],
    "override_told_another_way": [
        ("Notwithstanding anything to the contrary in these Rules, no Member shall be entitled to more than one vote.",
         "Whatever any other provision of these Rules says, a Member may cast no more than one vote.", "reworded"),
    ],
    "earliest_point_of_a_permission_moved_later": [
        ("The Member may withdraw on three months' notice, but not before the end of the second year.",
         "The Member may withdraw on three months' notice, but not before the end of the fourth year.", "hardened"),
    ],
    "restrictive_clause_beside_a_modal_change": [
        # binding now, for fewer guides: both ways
        ("Instructors should hold a first-aid certificate.",
         "Instructors who lead night dives shall hold a first-aid certificate.", "modified"),
        ("Members should attend training sessions with partner clubs.",
         "Members shall attend training sessions with partner clubs that share their home ground.", "modified"),
    ],
    "larger_than_is_a_threshold": [
        # a ban on containers larger than 20 litres, lowered to 5: more containers banned
        ("Dealers shall not sell pesticides in containers larger than 20 litres to unlicensed users.",
         "Dealers shall not sell pesticides in containers larger than 5 litres to unlicensed users.", "hardened"),
    ],
    "only_from_restricts_a_permission": [
        ("A dealer shall not purchase a used catalytic converter except from a registered business.",
         "A dealer may purchase a used catalytic converter only from a registered business.", "reworded"),
    ],
    "window_for_an_act_not_done": [
        # less time before the failure: the penalty applies sooner
        ("A trader who fails to file the return within 30 days shall be liable to a penalty of £100.",
         "A trader who fails to file the return within 14 days shall be liable to a penalty of £100.", "hardened"),
        # ... beside a lighter penalty: both ways
        ("A trader who fails to file the return within 30 days shall be liable to a penalty not exceeding £1,000.",
         "A trader who fails to file the return within 14 days shall be liable to a penalty not exceeding £500.",
         "modified"),
    ],
    "aged_is_an_age": [
        ("Riders must be aged 16 years or over at the start of the event.",
         "Riders must be at least 16 years old at the start of the event.", "reworded"),
    ],
    "verb_of_asking_in_a_condition_exhorts_no_one": [
        ("The Tenant shall return the keys within seven days of a written request by the Landlord.",
         "Within one week after the Landlord asks in writing, the Tenant must return the keys.", "reworded"),
    ],
    "availability_hedge": [
        ("Interpreters shall be provided at all hearings.",
         "Interpreters shall be provided, where available, at all hearings.", "softened"),
    ],
    "past_participle_restricts_a_quantified_object": [
        ("The Supplier shall not sell any Product to any distributor.",
         "The Supplier shall not sell any Product to any distributor established outside the Territory.", "softened"),
    ],
    "every_case_against_one_case": [
        ("The Operator shall curtail the turbines in every case where bats are present.",
         "The Operator shall curtail the turbines in the first case where bats are present.", "softened"),
    ],
    "reference_words_of_bylaws_and_subclauses": [
        ("A member expelled under Bylaw 9.2 may appeal to the Council.",
         "A member expelled under Bylaw 11.2 may appeal to the Council.", "reworded"),
        ("The fee in subclause 4.1 shall be paid annually.", "The fee in subclause 5.1 shall be paid annually.",
         "reworded"),
    ],
    "period_after_the_moment_of_an_event": [
        # due at the event, now within a period after it: a limit set, but later; no one direction
        ("The Buyer shall pay the balance on completion of the works.",
         "The Buyer shall pay the balance within 14 days after completion of the works.", "modified"),
        # a condition that sets the act off ("upon request") takes a deadline added
        ("The Club shall produce its accounts upon request.",
         "The Club shall produce its accounts within 10 days of a request.", "hardened"),
        # the promptness word decides ("immediately upon discovering" → "within seven days")
        ("The Hirer shall report any damage immediately upon discovering it.",
         "The Hirer shall report any damage within seven days of discovering it.", "softened"),
    ],
    "negation_opening_the_sentence_of_its_modal": [
        ("Dogs are prohibited from entering the playground at any time during opening hours.",
         "At no time during opening hours may dogs enter the playground.", "reworded"),
        ("Dogs may enter the playground.", "At no time during opening hours may dogs enter the playground.",
         "hardened"),
    ],
    "only_before_a_long_subject": [
        ("No vehicle that is unregistered, uninsured or unroadworthy may be entered in a rally.",
         "Only vehicles that are registered, insured and roadworthy may be entered in a rally.", "reworded"),
    ],
    "precondition_named_with_its_own_subject": [
        ("Guests shall pay the deposit before collecting any key.",
         "A key may be collected only after the guest has paid the deposit.", "reworded"),
    ],
    "describing_word_after_the_article_of_a_banned_object": [
        ("No person shall drive a vehicle whose permit has expired.",
         "No person shall drive a commercial vehicle whose permit has expired.", "softened"),
        # (the article alone turned: nothing narrowed)
        ("No person shall ride a horse on the footpath.", "No person shall ride an horse on the footpath.", "reworded"),
    ],
    "phrase_of_origin_after_a_participle": [
        ("The Dealer shall record each vehicle bought from a private seller.",
         "The Dealer shall record each vehicle bought.", "hardened"),
        # (an agent named after "by" restricts nothing)
        ("The Dealer shall record each vehicle bought by the Dealer.", "The Dealer shall record each vehicle bought.",
         "reworded"),
    ],
    "no_duty_told_as_a_permission": [
        # "is not obliged to accept" / "may refuse": the choice is the party's either way
        ("The Landlord shall not be obliged to accept rent paid in cash.", "The Landlord may refuse rent paid in cash.",
         "reworded"),
        # (a protection told with "No …": the cap it holds still reads, see the weekly-hours pairs)
        ("No driver shall be required to drive more than 9 hours in any day.",
         "No driver shall be required to drive more than 10 hours in any day.", "softened"),
    ],
    "charge_a_hedge_made_a_condition": [
        ("Bicycles may be taken on the ferry, subject to a fee of £5 per crossing.",
         "A fee of £5 per crossing applies to bicycles, which may be taken on the ferry.", "reworded"),
    ],
    "bound_in_a_class": [
        ("A vessel longer than 24 metres shall be classified as a large vessel.",
         "A vessel longer than 20 metres shall be classified as a large vessel.", "modified"),
    ],
    "share_of_an_hour_is_a_period": [
        ("Visitors must arrive at least 15 minutes before the tour.",
         "Visitors must arrive at least a quarter of an hour before the tour.", "reworded"),
        ("Visitors must arrive at least 30 minutes before the tour.",
         "Visitors must arrive at least three quarters of an hour before the tour.", "hardened"),
        # (a share of a body is still a share)
        ("A quarter of the members may call a meeting.", "25% of the members may call a meeting.", "reworded"),
    ],
    "irregular_form_of_one_verb": [
        ("The Hotel is not liable for valuables left in the rooms.",
         "The Hotel is not liable for valuables that guests leave in the rooms.", "reworded"),
    ],
    "period_after_an_ordinal_of_a_rate": [
        ("Hours worked in excess of 40 in any week shall be paid at one and a half times the basic rate.",
         "Every hour worked beyond the fortieth in a week shall attract pay at 150% of the basic rate.", "reworded"),
    ],
    "request_told_of_those_asked": [
        ("Visitors must sign the register on arrival.", "Visitors are asked to sign the register on arrival.",
         "softened"),
    ],
    "describing_word_past_a_kept_one_after_a_quantifier": [
        ("The clinic shall test each adult blood donor for anaemia.",
         "The clinic shall test each adult donor for anaemia.", "hardened"),
    ],
    "second_permission_banned_beside_a_capped_one": [
        # the cap belongs to the first permission; the second one became a ban
        ("A guest pass may be issued for up to 30 days and may be extended once.",
         "A guest pass may be issued for up to 30 days and may not be extended.", "hardened"),
        ("A guest pass may be issued for up to 30 days and may be extended once.",
         "A guest pass may be issued for up to 45 days and may not be extended.", "modified"),
    ],
    "item_added_to_a_circumstance_of_a_duty": [
        ("The Carrier shall insure the instruments while in transit.",
         "The Carrier shall insure the instruments while in transit or in storage.", "hardened"),
        # (an exception after the circumstance is the ban's: a case dropped from it)
        ("A rider shall not dismount while racing unless injured or to help another rider.",
         "A rider shall not dismount while racing unless injured.", "hardened"),
    ],
    "ban_told_as_a_permission_past_its_bound": [
        ("Vendors shall not trade within 50 metres of a school gate.",
         "Vendors may trade only at pitches more than 50 metres from a school gate.", "reworded"),
    ],
    "gerund_opening_a_ban_names_no_one": [
        ("Fishing is prohibited within 100 metres of the outlet of any dam in the Park.",
         "In the Park, rods may be used only at a distance of not less than 100 metres from the outlet of any dam.",
         "reworded"),
    ],
    "forms_of_a_verb_share_its_synonyms": [
        ("The clinic shall keep a record of each treatment provided.",
         "The clinic shall keep a record of each treatment given.", "reworded"),
    ],
    "ban_told_in_the_passive_names_no_other_party": [
        ("Members shall not remove books from the reading room unless the librarian consents.",
         "Books may be removed from the reading room only if the librarian consents.", "reworded"),
        # (a duty told in the passive no longer says who must act)
        ("Developed country Parties shall provide support to developing country Parties.",
         "Support shall be provided to developing country Parties.", "modified"),
    ],
    "minimum_owed_for_every_so_many_without_for": [
        ("At least one marshal shall accompany every twelve riders on the trail.",
         "At least one marshal shall accompany every fifteen riders on the trail.", "softened"),
        # (a frequency is read as one)
        ("Each climber must be checked at least once every 30 minutes.",
         "Each climber must be checked at least once every 20 minutes.", "hardened"),
    ],
    "ban_negation_moved_into_the_subject": [
        ("The Tenant shall not sublet any part of the flat without the Landlord's written consent.",
         "Without the Landlord's written consent, no part of the flat may be sublet by the Tenant.", "reworded"),
    ],
    "describing_word_told_again_in_other_words": [
        ("The Seller shall disclose any known defect of the vehicle.",
         "The Seller shall disclose any defect of the vehicle of which the Seller is aware.", "reworded"),
    ],
    "charge_before_its_noun_made_a_condition": [
        ("A booking fee of £3 per ticket applies to all online orders.",
         "Every online order is subject to a £3 per ticket booking fee.", "reworded"),
    ],
    "share_in_words_against_per_cent_in_a_bound_turned_round": [
        ("The deposit shall not be less than half of the price.", "The deposit shall be at least 50% of the price.",
         "reworded"),
    ],
    "notice_a_duty_waits_for": [
        ("The Tenant shall allow the Landlord access to the flat on reasonable notice.",
         "The Tenant shall allow the Landlord access to the flat.", "hardened"),
    ],
    "last_day_of_a_month_is_a_date": [
        ("Returns must reach the Registrar before 1 July.", "Returns must reach the Registrar by the last day of June.",
         "reworded"),
        ("Returns must reach the Registrar by 30 June.", "Returns must reach the Registrar by the last day of July.",
         "softened"),
    ],
    "share_of_an_hour_against_an_hour": [
        ("Drivers must check in at least half an hour before departure.",
         "Drivers must check in at least one hour before departure.", "hardened"),
    ],
    "window_of_a_permission_condition": [
        ("The Club may charge a fee where a member cancels within 3 days of the lesson.",
         "The Club may charge a fee where a member cancels within 5 days of the lesson.", "softened"),
        ("The Buyer may reject a batch if its moisture exceeds 14%.",
         "The Buyer may reject a batch if its moisture exceeds 12%.", "softened"),
    ],
    "precondition_named_by_what_it_obtains": [
        ("A pupil under 16 may join only with the written consent of a parent.",
         "A pupil under 16 must obtain the written consent of a parent before joining.", "reworded"),
    ],
    "state_asked_told_as_the_only_permission": [
        ("Fish sold at the quay must have been caught by the seller.",
         "Sellers may sell only fish that they have themselves caught at the quay.", "reworded"),
    ],
    "double_negative_told_as_only": [
        ("The kennel will not board any dog that is not fully vaccinated.",
         "The kennel will board only dogs that are fully vaccinated.", "reworded"),
    ],
    "hour_named_again_before_its_clock_word": [
        ("Entries close at noon on Friday.", "Entries close at 12 noon on Friday.", "reworded"),
        ("Entries close at noon on Friday.", "Entries close at 11 noon on Friday.", "modified"),
    ],
    "payer_named_where_the_other_side_states_no_commitment": [
        ("The balance of the hire fee is payable no later than 30 days before the hire date.",
         "Hirers must pay the balance of the hire fee at least 30 days before the hire date.", "reworded"),
    ],
    "permission_told_by_its_adjective": [
        ("Music may be played in the garden between 10 a.m. and 10 p.m.",
         "The permitted hours for music in the garden are from 10 a.m. until 10 p.m.", "reworded"),
    ],
    "subdivision_in_brackets_for_one_after_a_point": [
        ("The Operator shall keep the records listed in section 7.2 for five years.",
         "The Operator shall keep the records listed in section 7(2) for five years.", "reworded"),
    ],
    "owner_of_what_a_duty_names_swapped": [
        ("The Tenant shall insure the contents of the Tenant's storeroom.",
         "The Tenant shall insure the contents of the Landlord's storeroom.", "modified"),
        # (a synonym of the same party)
        ("The Tenant shall insure the contents of the Tenant's storeroom.",
         "The Tenant shall insure the contents of the Lessee's storeroom.", "reworded"),
    ],
    "floor_phrase_holding_a_cap_word": [
        ("Stalls must remain at least 50 metres from any school gate.",
         "Stalls must remain at least 30 metres from any school gate.", "softened"),
    ],
    "qualifier_with_its_owner_named": [
        ("The Trust may, at its discretion, close any path that is unsafe.",
         "Any unsafe path may be closed at the Trust's discretion.", "reworded"),
    ],
    "item_joined_to_what_a_condition_asks": [
        # a clause of its own joined by "and" may ask one more thing of the case, or name one
        # more case: no direction
        ("Lights shall be switched on while a vessel is in the lock.",
         "Lights shall be switched on while a vessel is in the lock and the gates are open.", "modified"),
    ],
    "period_as_a_duration_and_as_a_time_limit": [
        ("This Lease shall continue for a period of 36 months from the Start Date.",
         "This Lease shall remain in force for three years from the Start Date.", "reworded"),
    ],
    "zone_a_ban_covers": [
        ("The Contractor shall ensure that no blasting takes place within 100 metres of a dwelling.",
         "The Contractor shall ensure that no blasting takes place within 300 metres of a dwelling.", "hardened"),
        # (a zone that a duty covers, no ban: no direction)
        ("The Contractor shall monitor vibration within 100 metres of a dwelling.",
         "The Contractor shall monitor vibration within 300 metres of a dwelling.", "modified"),
    ],
}


@pytest.mark.parametrize(("old", "new", "expected"), [
    # misfires an independent review found in first versions of the 2026-11-25 rules, each now
    # read as a careful lawyer would
    ("Children under 12 may be admitted only if accompanied by an adult.",
     "Children under 14 may be admitted only if accompanied by an adult.", "hardened"),
    ("The Bank shall refund any fee up to £500.", "The Bank shall refund any fee up to £1,000.", "hardened"),
    ("The Seller shall pay a fine of not less than the value of the goods.",
     "The Seller shall pay a fine of not less than 50% of the value of the goods.", "softened"),
    ("All employees shall undergo annual safety training.",
     "All employees including part-time staff shall undergo annual safety training.", "reworded"),
    ("The Seller gives no warranty of any kind.", "The Seller gives no warranty.", "reworded"),
    ("Residues shall not exceed 5 mg per kg.", "Residues shall not exceed 5 g per tonne.", "reworded"),
    ("The School shall not admit children under 5 years of age.",
     "The School shall admit children at least 5 years of age.", "modified"),
    ("No consent shall be withheld.", "No consent shall be unreasonably withheld.", "softened"),
    ("A member of the Board shall attend each inspection.", "Every member of the Board shall attend each inspection.",
     "hardened"),
    ("Each Party may request a review no more than twice in every calendar year.",
     "Each Party may request a review no more than once in every calendar year.", "hardened"),
    ("The tenant shall comply with the lease and the regulations.", "The tenant shall comply with the lease.",
     "softened"),
    ("The withdrawal shall be complete.", "The withdrawal shall be partial.", "softened"),
])
def test_reviewed_misfires_of_the_2026_11_25_rules(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR.get(expected, expected)


@pytest.mark.parametrize(("old", "new"), [
    # (misfires an independent review found in first versions of this session's rules: each
    # now reads no direction, where a wrong one was read)
    ("The Operator shall keep noise levels under 60 decibels.", "The Operator shall keep noise levels under 50 decibels."),
    ("The Landlord shall supply flats with a floor area above 50 m2.",
     "The Landlord shall supply flats with a floor area above 40 m2."),
    ("The Supplier shall deliver the goods by 1 May except in cases of force majeure.",
     "The Supplier shall deliver the goods by 1 May except in cases of force majeure including strikes."),
    ("The Supplier shall deliver the goods by 1 May except in an emergency.",
     "The Supplier shall deliver the goods by 1 May except in an emergency as determined by the Operator."),
    # (and from the review of the 2026-11-25 rules)
    ("Goods whose import is not permitted shall be seized.", "Goods whose import is permitted shall be seized."),
])
def test_reviewed_misfires_read_no_wrong_direction(lex, old, new):
    assert status(lex, old, new) not in ("softened", "hardened")
    assert status(lex, new, old) not in ("softened", "hardened")


@pytest.mark.parametrize(("old", "new", "wrong"), [
    # misfires an independent review found in first versions of the eleventh session's rules
    # (2026-11-25): each now reads no wrong direction
    # a zone in the ban's exception is where the act is allowed
    ("No person shall fish except within 100 metres of the jetty.",
     "No person shall fish except within 200 metres of the jetty.", "hardened"),
    # an "and" item of a circumstance joins what the rule covers
    ("Staff shall wear eye protection while operating lathes.",
     "Staff shall wear eye protection while operating lathes and grinders.", "softened"),
    # a "while" of contrast opens another duty, no condition
    ("The Landlord shall maintain the structure, while the Tenant shall maintain the interior.",
     "The Landlord shall maintain the structure, while the Tenant shall maintain the interior and the garden.",
     "softened"),
    # a describing word that reaches more things narrows nothing
    ("The Officer shall report any breach of this Code.", "The Officer shall report any potential breach of this Code.",
     "softened"),
    # "In no event later than": a deadline, no negation of the duty and no strengthener
    ("The Supplier shall notify the Buyer no later than 5 days after dispatch.",
     "In no event later than 5 days after dispatch, the Supplier shall notify the Buyer.", "hardened"),
    # a window for what was not done, under a permission, is no widened permission
    ("The Club may cancel a booking if it is not paid within 7 days.",
     "The Club may cancel a booking if it is not paid within 14 days.", "softened"),
    # an exclusion of liability grown is no duty widened
    ("The Carrier shall not be liable for any goods damaged in transit by sea.",
     "The Carrier shall not be liable for any goods damaged in transit.", "hardened"),
    # a distance after "other than" bounds where the act is allowed, not the zone of the ban
    ("No vessel shall anchor other than within 2 nautical miles of the harbour.",
     "No vessel shall anchor other than within 5 nautical miles of the harbour.", "hardened"),
])
def test_reviewed_misfires_of_the_eleventh_session_rules(lex, old, new, wrong):
    assert status(lex, old, new) != wrong
    assert status(lex, new, old) != MIRROR[wrong]


def test_trigger_word_before_a_relative_one_opens_no_condition(lex):
    # "upon which it bases every award and order": no condition, so the item dropped is no
    # thing a condition no longer asks (which would read hardened)
    old = "The tribunal shall give the reasons upon which it bases every award and order."
    new = "The tribunal shall give the reasons upon which it bases every award."
    assert status(lex, old, new) != "hardened"
    assert status(lex, new, old) != "softened"


def test_first_list_item_after_a_quantifier_is_no_describing_word(lex):
    # "all estuaries, lagoons and …": "estuaries" dropped is an item of the list (fewer places
    # banned), not a word that narrowed "all lagoons"; whatever else is read, never hardened
    old = "Fishing is prohibited in all estuaries, lagoons and marine reserves of the coast."
    new = "Fishing is prohibited in all lagoons and marine reserves of the coast."
    assert status(lex, old, new) != "hardened"
    assert status(lex, new, old) != "softened"


@pytest.mark.parametrize(("old", "new", "expected"), [
    pytest.param(old, new, expected, id=f"{topic}-{n}")
    for topic, cases in MIRRORED_CASES.items() for n, (old, new, expected) in enumerate(cases)
])
def test_mirrored_cases(lex, old, new, expected):
    assert status(lex, old, new) == expected
    assert status(lex, new, old) == MIRROR.get(expected, expected)


def test_names_standing_side_by_side_are_shown_as_one(lex):
    # "United" and "States" are found one by one; the reader knows one name
    verdict = classify_texts("Crimea will be recognised as Russian, including by the United States.",
                             "Ukraine commits not to recover its territory by military means.", lex)
    party = next(e for e in verdict.evidence if e.kind == "party")
    assert party.old == "Crimea, Russian, United States"
    assert party.new == "Ukraine"


def test_apart_from_after_a_participle_is_where_things_are_kept(lex):
    # "kept apart from food" says where, no exception to the duty
    verdict = classify_texts("Fertilisers shall be stored separately from food and out of the reach of children.",
                             "Fertilisers shall be kept apart from food and out of the reach of children.", lex)
    assert not any(e.kind == "hedge" for e in verdict.evidence)
    assert verdict.status != "softened"
