#!/usr/bin/env python3
"""Synthetic benchmark generator for plandiff's clause aligner, with gold truth.

Why
---
Real negotiated texts (peace plans, treaties) come with no gold alignment, so
there is no way to *score* an aligner on them.  This module fabricates a
realistic "old" version of a plan, applies known, logged edits to it to get a
"new" version, and records which clauses correspond (the gold).  An aligner
(plandiff, or the difflib baseline in ``baseline_difflib.py``) can then be
scored with precision / recall / F1.

How to run
----------
    python benchmarks/synth.py 1000 --seed 0 --out /tmp/synth1k
        -> /tmp/synth1k/old.yaml, new.yaml (plandiff plan format), gold.json
    python benchmarks/synth.py 1000 --seed 0 --out DIR --rate paraphrase=0.3 --rate move=0
    python benchmarks/synth.py 1000 --out DIR --baseline     # also score difflib
    python benchmarks/baseline_difflib.py DIR                  # score difflib on DIR

From Python::

    from synth import generate, score
    old_plan, new_plan, gold = generate(1000, seed=0)

Everything is deterministic given ``seed``: all randomness comes from
``random.Random`` instances derived from it (never the global ``random``
module, never set/dict hash order).  Pure stdlib plus PyYAML (only for writing
files).

How the text is made
--------------------
Clauses are expanded from a hand-written grammar of treaty-like operative
text: subjects (the Parties, fictional states, real international
organisations, commissions), modal verbs of graded strength (shall / must /
will / undertake to > should / is expected to / agree to > may / could /
is encouraged to / will endeavour to), actions grouped by topic (ceasefire,
security, prisoners, humanitarian, sanctions, economy, governance, territory,
monitoring, justice, implementation), objects, numbers (troop caps, deadlines
in days / hours / months, distances, amounts, percentages) and qualifiers
(hedges, "in accordance with ...", "under the supervision of ...").  About a
quarter of the clauses are compound (two sentences, or two parts joined by
"; "), which is where splits happen.  Each clause gets a ``topics`` tag from
the project's controlled vocabulary in plans/topics.yaml (see TOPIC_TAGS), so
the files also validate beside that file.

Each clause uses two random streams: a *structural* one (template, action,
qualifiers) and a *variable* one (which party, state, region, number).  A
"family" clause (``family_rate``, default 6 %) reuses the structural stream
of an earlier clause and re-rolls one or two variable draws, giving the
near-duplicates real documents have ("Arvania shall withdraw 5,000 troops..."
/ "Belmora shall withdraw 7,500 troops...").  Exact duplicate texts are
avoided so that the gold is unambiguous.

Optionally (``real_pool=DIR`` / ``--real-pool DIR``) a fraction of the
clauses (``real_fraction``, default 0.1) is taken from real treaty sentences
in the Markdown files of DIR, e.g. /work/shared/datasets/paris-agreement-drafts
(Markdown and bracketed options stripped).  This is off by default so that the
output does not depend on which files a machine has.

Edits (``rates``)
-----------------
Every rate is "number of gold entries of that kind, divided by n" (n = number
of old clauses); the counts are round(rate * n), drawn without replacement, so
rates are respected exactly unless too few clauses qualify (split needs a
compound clause, number needs a number).

============  =======  ========================================================
kind          default  what happens
============  =======  ========================================================
paraphrase    0.15     synonym swaps, fronted/trailing adverbial moved, "It is
                       agreed that ...", "also" inserted ... (2-3 operations,
                       stays recognisable)
soften        0.05     modal weakened (shall -> should / may ...), hedge added
                       ("where feasible"), cap raised, deadline extended,
                       minimum lowered
harden        0.05     the reverse; or hedge removed, "without delay" added
number        0.05     a number changed (amount, count, period, year)
split         0.02     one old clause -> two consecutive new clauses, cut at a
                       sentence boundary or at "; "
merge         0.02     two adjacent old clauses -> one new clause
move          0.03     clause moved to a distant position (>= ~5 % of the
                       document away).  Independent of the other kinds: a moved
                       clause may also be paraphrased/softened/...; then
                       ``kind`` is that edit and the entry has ``"moved": true``.
                       A clause that is only moved has kind "move" (and
                       ``moved: true`` as well).
add           0.03     new unrelated clauses inserted (runs of 1-3)
drop          0.03     clause deleted
============  =======  ========================================================

Unedited clauses are byte-identical in both versions (kind "identical").
Ids: old ids are "1", "2", ... with an occasional "12a" (an earlier draft's
insertion).  New ids are renumbered the way drafts are: sequential, so every
id after an insertion or deletion shifts, except that some inserted clauses
(adds, the second half of a split) get a letter suffix ("12a", "12b") and do
not shift what follows.  The aligner must not rely on ids.

Gold format
-----------
A list of dicts ``{"old": [old ids], "new": [new ids], "kind": K}`` (plus
``"moved": true`` and a human-readable ``"note"`` on edited entries), with K in
identical | paraphrase | soften | harden | number | split | merge | move | add |
drop.  Every clause of both versions appears in exactly one entry; add entries
have ``old == []``, drop entries ``new == []``.

Metric (``score``)
------------------
Scored over *links*.  A gold entry old=[o...], new=[n...] implies the links
{(o, n) for every o, n}; a split o -> [a, b] gives (o, a), (o, b); a merge
[a, b] -> m gives (a, m), (b, m).  A drop of o gives the link (o, None) and an
add of n the link (None, n), so that correctly reporting an addition/deletion
counts as a hit and wrongly pairing an added clause with something counts as
a miss.  Predictions are a list of (old_ids, new_ids) tuples expanded the same
way (((o,), ()) is a drop, ((), (n,)) an add).  Then

    precision = |pred & gold| / |pred|     (0 if nothing is predicted)
    recall    = |pred & gold| / |gold|
    F1        = harmonic mean

``score`` also reports recall per gold kind (e.g. how many split links were
found) and, for the links of moved clauses, under "moved".  Clauses a
predictor does not mention at all are not assumed to be add/drop; use
``complete_prediction`` to add those implicit links first if that is the
convention of the predictor.

Reference numbers (seed 0, default rates, one CPU core, Python 3.11)
--------------------------------------------------------------------
generate(): 10,000 clauses 0.5 s, 50,000 clauses 3 s (writing the YAML with
the C dumper adds ~0.6 s / ~5 s).  difflib baseline: F1 0.84 at 1,000
clauses (0.2 s), F1 0.85 at 10,000 (2.1 s); it finds all identical clauses,
~95 % of soften/harden/number links, ~77 % of paraphrases, ~20 % of split /
merge links and no moved clause.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path
from random import Random

__all__ = [
    "DEFAULT_RATES",
    "KINDS",
    "TOPICS",
    "generate",
    "score",
    "gold_links",
    "gold_as_prediction",
    "complete_prediction",
    "load_real_pool",
    "write_benchmark",
]

KINDS = ("identical", "paraphrase", "soften", "harden", "number", "split",
         "merge", "move", "add", "drop")

DEFAULT_RATES = {
    "paraphrase": 0.15,
    "soften": 0.05,
    "harden": 0.05,
    "number": 0.05,
    "split": 0.02,
    "merge": 0.02,
    "move": 0.03,
    "add": 0.03,
    "drop": 0.03,
}

# Internal topic -> tag written to ``topics:``.  The tags are taken from the
# project's controlled vocabulary (plans/topics.yaml), so generated plans also
# validate next to that file.
TOPIC_TAGS = {
    "ceasefire": "implementation", "security": "military-limits",
    "prisoners": "prisoners", "humanitarian": "humanitarian",
    "sanctions": "sanctions", "economy": "economy", "governance": "elections",
    "territory": "territory", "monitoring": "monitoring", "justice": "other",
    "implementation": "implementation",
}
TOPICS = tuple(dict.fromkeys(TOPIC_TAGS.values()))

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------
# Grammar: nonterminal -> list of alternatives.  "{X}" references expand
# recursively.  Alternatives ending in "#p" / "#s" set the grammatical number
# of the current subject (used by {M}, {MN} and {POSS}).  Nonterminals listed
# in VARIABLE draw from the clause's *variable* stream (who / where / how
# many), all others from its *structural* stream.

G: dict[str, list[str]] = {
    "SUBJ": [
        "the Parties#p", "the Parties#p", "the Parties#p", "each Party#s",
        "each Party#s", "both Parties#p", "the signatories#p",
        "each signatory#s", "all parties to the conflict#p", "the sides#p",
        "the belligerent parties#p", "the Government of {STATE}#s",
        "the Government of {STATE}#s", "{STATE}#s", "{STATE}#s",
        "the authorities of {STATE}#p", "the armed forces of {STATE}#p",
        "the de facto authorities in {REGION}#p", "{STATE} and {STATE2}#p",
        "the guarantor States#p", "the Transitional Government#s",
        "the interim administration of {REGION}#s", "{ORG}#s",
        "the Joint Commission#s", "the Monitoring Mission#s",
        "the Ceasefire Commission#s", "the Co-Chairs#p", "the mediators#p",
        "the host State#s", "the Special Envoy#s",
        "the competent authorities of each Party#p",
        "the Ministry of Defence of {STATE}#s",
        "the national police of {STATE}#s",
        "all armed groups operating in {REGION}#p", "the Contact Group#s",
        "the donor countries#p", "the Federal Council of {STATE}#s",
        "the regional authorities of {REGION}#p",
    ],
    "DONOR": [
        "the donor countries#p", "{ORG}#s", "the European Union#s",
        "the World Bank#s", "the international financial institutions#p",
        "the guarantor States#p", "the Government of {STATE}#s",
        "{STATE} and {STATE2}#p", "the Reconstruction Trust Fund#s",
    ],
    "STATE": [
        "Arvania", "Belmora", "Calderra", "Dravonia", "Estmark", "Feronia",
        "Galvoria", "Hestria", "Iskaria", "Jorvania", "Kestria", "Lorendia",
        "Marvosia", "Norlund", "Ostravia", "Pellaria", "Quarnia", "Rovania",
        "Selvania", "Tarvosia", "Ulmeria", "Valdoria", "Westmark", "Zembla",
    ],
    "ORG": [
        "the United Nations", "the Organization for Security and Co-operation in Europe",
        "the African Union", "the European Union",
        "the International Committee of the Red Cross",
        "the International Atomic Energy Agency", "the World Bank",
        "the International Monetary Fund",
        "the Office of the United Nations High Commissioner for Refugees",
        "the World Food Programme", "the League of Arab States",
        "the Organization of American States",
        "the Secretary-General of the United Nations",
        "the United Nations Development Programme", "a neutral third party",
        "the World Health Organization", "the Council of Europe",
        "the International Organization for Migration",
    ],
    "CITY": [
        "Aldmere", "Brevik", "Corvath", "Dunmore", "Elsinor", "Fallowby",
        "Granholm", "Halvard", "Irongate", "Kelmsford", "Lindau", "Morvane",
        "Northwick", "Orlen", "Portavel", "Ravensholm", "Sarnow", "Tellmar",
        "Varenne", "Wexcombe", "Yarrow", "Zelkov",
    ],
    "RIVER": ["Vesna", "Orsk", "Talvar", "Mirna", "Kolda", "Sarel", "Ilmen",
              "Brava"],
    "REGION": [
        "the northern provinces", "the eastern districts", "{CITY} province",
        "the {RIVER} valley", "the buffer zone", "the coastal strip",
        "the demilitarised zone", "the border areas", "the capital district",
        "the southern highlands", "the {CITY} corridor",
        "the disputed territories", "the {CITY} archipelago",
        "the city of {CITY}", "the {CITY} enclave", "the western region",
        "the {RIVER} basin", "the mining districts of {CITY}",
        "the former exclusion zone", "the {CITY} salient",
    ],
    "SEA": ["the Strait of {CITY}", "the {CITY} Sea", "the Gulf of {CITY}",
            "the {RIVER} estuary", "the {RIVER} river"],
    "RESOURCE": [
        "the offshore oil fields", "the {RIVER} hydroelectric complex",
        "natural gas deposits in {REGION}", "mining concessions in {REGION}",
        "transit fees on the {CITY} pipeline", "the port of {CITY}",
        "the {CITY} copper mines", "fishing licences in {SEA}",
    ],
    "SECTOR": ["energy", "banking", "aviation", "shipping", "agricultural",
               "telecommunications", "mining", "defence", "insurance",
               "steel"],
    "GROUP": [
        "refugees", "internally displaced persons", "national minorities",
        "journalists", "women and girls", "children affected by armed conflict",
        "former combatants", "persons with disabilities", "indigenous peoples",
        "religious communities", "detainees and their families",
        "civil society organisations", "returnees", "humanitarian workers",
    ],
    "RIGHT": [
        "the right to return", "freedom of movement",
        "the right to education in their mother tongue",
        "equal access to public services", "the right to property",
        "the right to participate in public affairs", "freedom of religion",
        "the right to a fair trial", "access to justice",
        "the right to vote", "freedom of association",
    ],
    "BODY": [
        "a Joint Military Commission", "a Ceasefire Monitoring Committee",
        "a Truth and Reconciliation Commission",
        "an Independent Electoral Commission",
        "a Border Demarcation Commission", "a Joint Economic Council",
        "a Humanitarian Coordination Cell", "a Trust Fund for Reconstruction",
        "an Arbitration Tribunal", "a Joint Verification Mechanism",
        "a Standing Consultative Commission", "a Mixed Police Force",
        "a Sanctions Review Panel", "a Commission on Missing Persons",
        "a Property Claims Commission", "a Joint Water Authority",
        "a Constitutional Review Committee", "a Ministerial Steering Group",
    ],
    "BODY_REF": [
        "the Joint Commission", "the Monitoring Mission",
        "the Ceasefire Monitoring Committee", "the Contact Group",
        "the Security Council", "the Joint Military Commission",
        "the Steering Committee", "the Co-Chairs", "the Special Envoy",
    ],
    "INSTR": [
        "international law", "the Charter of the United Nations",
        "the Geneva Conventions of 1949", "Security Council resolution {RES}",
        "the relevant provisions of the Constitution",
        "the {CITY} Protocol", "the principles of the Helsinki Final Act",
        "the Vienna Convention on the Law of Treaties",
        "the Memorandum of Understanding of {YEAR}",
        "Annex {ANNEX} to this Agreement",
        "the procedures agreed by the Joint Commission",
        "the timetable set out in Annex {ANNEX}",
        "international human rights standards",
        "the {CITY} Declaration of {YEAR}",
    ],
    "TREATY": ["{CITY} Treaty of {YEAR}", "Protocol of {YEAR}",
               "maps attached as Annex {ANNEX}", "{CITY} Accords"],
    "PRINCIPLE": [
        "the sovereignty of the Parties",
        "the rights and obligations of the Parties under international law",
        "the final status of {REGION}", "existing bilateral agreements",
        "the mandate of {ORG}", "the principle of non-refoulement",
        "the outcome of the negotiations on {REGION}",
        "the position of either Party on the border question",
    ],
    "CONSIDERATION": [
        "the security situation on the ground",
        "the recommendations of {BODY_REF}", "the needs of vulnerable groups",
        "national circumstances", "the views of the local population",
        "the availability of funding", "the seasonal migration of herders",
        "the findings of the needs assessment",
    ],
    "LANG": ["English", "French", "Russian", "Arabic", "Spanish", "Chinese"],
    "ORD": ["first", "second", "third", "final"],
    "ANNEX": ["I", "II", "III", "IV", "V", "VI", "VII"],
    # --- time expressions -------------------------------------------------
    "TAIL": [
        " within {N_DAYS} days of the signing of this Agreement",
        " within {N_DAYS} days of the entry into force of this Agreement",
        " no later than {N_DAYS} days after the ceasefire takes effect",
        " by the end of the {ORD} phase of implementation",
        " within {N_HOURS} hours of the announcement of the ceasefire",
        " within {N_MONTHS} months",
        " before the start of the electoral campaign",
        " prior to the deployment of the Monitoring Mission",
        " during the transitional period",
        " for a period of {N_YEARS} years",
        " not later than {N_DAYS} days after the exchange of instruments of ratification",
        " immediately upon signature",
        " on a rolling basis",
        " in {N_SMALL} stages",
        " by 31 December {YEAR}",
    ],
    "FRONT": [
        "Within {N_DAYS} days of the signing of this Agreement",
        "Upon the entry into force of this Agreement",
        "Following the completion of the disengagement of forces",
        "Pending the establishment of {BODY}",
        "Without prejudice to {PRINCIPLE}",
        "In accordance with {INSTR}",
        "For the purposes of this Article",
        "Subject to the provisions of Article {N_ART}",
        "Throughout the transitional period",
        "In the event of a violation of the ceasefire",
        "Once the verification mechanism is operational",
        "No later than {N_MONTHS} months after the elections",
        "During the first phase of implementation",
        "With a view to building mutual confidence",
        "Until the final status of {REGION} is determined",
        "At the request of either Party",
    ],
    "QUAL": [
        ", in accordance with {INSTR}", ", under the supervision of {ORG}",
        ", in close coordination with {ORG}", ", with the assistance of {ORG}",
        ", without prejudice to {PRINCIPLE}",
        ", taking into account {CONSIDERATION}",
        ", in a manner consistent with international humanitarian law",
        ", on the basis of reciprocity", ", in good faith",
        ", subject to verification by {ORG}",
        ", in line with the timetable set out in Annex {ANNEX}",
        ", with due regard to the safety of the civilian population",
        ", on a non-discriminatory basis", ", at no cost to the beneficiaries",
        ", as appropriate", ", where feasible", ", to the extent possible",
        ", in consultation with {BODY_REF}",
    ],
    "QOPT": ["", "", "", "", "{QUAL}", "{QUAL}", "{QUAL}{QUAL}"],
    "TOPT": ["", "", "{TAIL}", "{TAIL}"],
    # --- actions by topic ---------------------------------------------------
    "ACT_ceasefire": [
        "cease all hostilities along the line of contact",
        "observe a comprehensive and immediate ceasefire in {REGION}",
        "refrain from any offensive military operations",
        "halt all aerial and artillery bombardment of populated areas",
        "suspend all troop movements towards {REGION}",
        "withdraw all heavy weapons to a distance of at least {N_KM} kilometres from the line of contact",
        "pull back artillery systems of a calibre over {N_MM} millimetres from the front line",
        "refrain from laying new mines or other explosive devices",
        "clear all mines and unexploded ordnance in {REGION} within {N_MONTHS} months",
        "establish a security zone of no less than {N_KM} kilometres on each side of the line of contact",
        "notify {ORG} of all planned military exercises at least {N_DAYS} days in advance",
        "confine {POSS} forces to barracks in {REGION}",
        "open direct communication lines between field commanders",
        "exchange maps of minefields through {ORG}",
        "ground all military aircraft within {N_KM} kilometres of {REGION}",
    ],
    "ACT_security": [
        "reduce {POSS} armed forces to no more than {N_TROOPS} personnel",
        "withdraw all foreign troops and mercenaries from {REGION}",
        "disband all irregular armed formations operating in {REGION}",
        "hand over all heavy weaponry to {ORG} for storage under international supervision",
        "dismantle all fortifications and checkpoints erected since {YEAR}",
        "limit the number of combat aircraft stationed in {REGION} to {N_SMALL} squadrons",
        "refrain from deploying offensive missile systems within {N_KM} kilometres of the border",
        "integrate former combatants into the national security forces",
        "conduct a census of all weapons held by armed groups",
        "establish joint patrols with {STATE2} along the administrative boundary",
        "cap {POSS} defence expenditure at {N_PCT} per cent of gross domestic product",
        "ensure that no more than {N_TROOPS} troops are stationed in {REGION} at any time",
        "place all nuclear facilities under the safeguards of the International Atomic Energy Agency",
        "cease the production and stockpiling of anti-personnel mines",
        "decommission {N_SMALL} naval vessels based at {CITY}",
        "vet all members of the police for involvement in abuses",
    ],
    "ACT_prisoners": [
        "release all prisoners of war and civilian detainees",
        "exchange all detained persons on an all-for-all basis",
        "provide {ORG} with complete lists of detainees within {N_DAYS} days",
        "grant the International Committee of the Red Cross unrestricted access to all places of detention",
        "account for all missing persons",
        "return the remains of the deceased to their families",
        "release all political prisoners held since {YEAR}",
        "refrain from transferring detainees outside {REGION}",
        "guarantee humane treatment of all persons deprived of their liberty",
        "allow detainees to communicate with their families at least once every {N_DAYS} days",
        "close all unofficial places of detention",
    ],
    "ACT_humanitarian": [
        "guarantee safe and unimpeded humanitarian access to {REGION}",
        "facilitate the safe, voluntary and dignified return of refugees and internally displaced persons",
        "open at least {N_SMALL} humanitarian corridors for the evacuation of civilians",
        "restore water, electricity and gas supplies to {REGION}",
        "allow the delivery of food and medical supplies without inspection delays exceeding {N_HOURS} hours",
        "protect hospitals, schools and places of worship from attack",
        "restore the property rights of displaced persons",
        "ensure the free movement of civilians across the line of contact",
        "support the rehabilitation of critical civilian infrastructure in {REGION}",
        "grant humanitarian personnel multiple-entry visas valid for {N_MONTHS} months",
        "facilitate family reunification across the administrative boundary",
        "provide shelter for no fewer than {N_PEOPLE} displaced persons before the winter",
        "exempt relief consignments from customs duties and inspection fees",
    ],
    "ACT_sanctions": [
        "lift the sanctions imposed on {STATE} in {N_SMALL} phases",
        "suspend restrictive measures on the {SECTOR} sector of {STATE}",
        "unfreeze the assets of the Central Bank of {STATE}",
        "review the sanctions regime every {N_MONTHS} months",
        "reinstate the suspended sanctions automatically in the event of a material breach",
        "remove {N_SMALL} individuals from the list of designated persons",
        "refrain from imposing new unilateral economic measures",
        "ease export controls on dual-use goods destined for {STATE}",
        "restore the access of banks of {STATE} to international payment systems",
        "lift the ban on flights operated by carriers registered in {STATE}",
        "permit the release of up to {AMOUNT} from frozen accounts for humanitarian purchases",
    ],
    "ACT_economy": [
        "provide {AMOUNT} in reconstruction assistance to {REGION}",
        "establish a joint fund of {AMOUNT} for the economic recovery of {REGION}",
        "restore the transit of goods and energy through {REGION}",
        "share revenues from {RESOURCE} on an equitable basis",
        "reopen all border crossings for commercial traffic",
        "guarantee the freedom of navigation in {SEA}",
        "restructure the external debt of {STATE} over {N_YEARS} years",
        "reduce customs tariffs on agricultural products by {N_PCT} per cent",
        "resume the supply of natural gas at volumes of at least {N_BCM} billion cubic metres per year",
        "create a special economic zone in {REGION}",
        "compensate the owners of property destroyed during the conflict",
        "rebuild the railway line between {CITY} and {CITY}",
        "pay pensions and social benefits to residents of {REGION}",
    ],
    "ACT_governance": [
        "hold free and fair elections within {N_MONTHS} months",
        "adopt a constitutional amendment on decentralisation",
        "grant a special status to {REGION}",
        "enact an amnesty law covering acts committed during the conflict",
        "guarantee the use of minority languages in public administration",
        "establish local self-government bodies in {REGION}",
        "reform the judiciary with the assistance of {ORG}",
        "reserve at least {N_PCT} per cent of seats in the national assembly for representatives of {REGION}",
        "form a government of national unity",
        "protect freedom of expression and peaceful assembly",
        "adopt legislation prohibiting discrimination on any ground",
        "lift the state of emergency in {REGION}",
        "restore the functioning of local courts in {REGION}",
    ],
    "ACT_territory": [
        "respect the sovereignty and territorial integrity of {STATE}",
        "demarcate the border with {STATE2} in accordance with the {TREATY}",
        "administer {REGION} jointly for a transitional period of {N_YEARS} years",
        "refrain from any change to the status of {REGION} by force",
        "transfer control of {REGION} to {ORG}",
        "recognise the line of contact as a temporary administrative boundary",
        "hold a referendum on the status of {REGION}",
        "withdraw from all territory occupied after {YEAR}",
        "lease the {CITY} naval base to {STATE2} for {N_YEARS} years",
    ],
    "ACT_monitoring": [
        "grant the monitors full and unrestricted access throughout {REGION}",
        "report on the implementation of this Agreement every {N_MONTHS} months",
        "notify {ORG} of any violation within {N_HOURS} hours",
        "deploy no fewer than {N_MONITORS} observers along the line of contact",
        "share satellite imagery with the Monitoring Mission",
        "investigate alleged violations and publish {POSS} findings",
        "install surveillance cameras at all crossing points",
        "establish a hotline for the reporting of incidents",
        "submit a consolidated report to the Security Council",
        "allow unannounced inspections of storage sites",
    ],
    "ACT_justice": [
        "establish a truth and reconciliation commission",
        "cooperate fully with international investigations into war crimes",
        "prosecute those responsible for serious violations of international humanitarian law",
        "compensate the victims of the conflict",
        "preserve all evidence of alleged atrocities",
        "surrender persons indicted for war crimes",
        "open the archives of the security services to {BODY_REF}",
    ],
    "ACT_implementation": [
        "meet at least every {N_MONTHS} months to review the implementation of this Agreement",
        "designate a focal point for each provision of this Agreement",
        "adopt the necessary legislation to give effect to this Agreement",
        "inform {ORG} of the measures taken to implement this Agreement",
        "settle any dispute arising from this Agreement through negotiation",
        "refer unresolved disputes to {BODY_REF}",
        "bear the costs of {POSS} participation in the Joint Commission",
    ],
    "NEG_ACT": [
        "deploy additional forces to {REGION}",
        "carry out reprisals against civilians",
        "recruit or use children in armed forces or groups",
        "obstruct the work of the monitors",
        "transfer weapons to armed groups in {REGION}",
        "confiscate the property of returnees",
        "use the territory of {STATE2} for hostile purposes",
        "impose collective punishment on the population of {REGION}",
        "conduct military flights over {REGION}",
        "prosecute persons solely for their participation in the conflict",
    ],
    # --- topic templates (without final period) --------------------------
    "T_ceasefire": [
        "{SUBJ} {M} {ACT_ceasefire}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_ceasefire}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_ceasefire}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_ceasefire}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_ceasefire}{TOPT}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_ceasefire}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_ceasefire}{QOPT}",
        "A ceasefire {MI} take effect at {N_CLOCK} hours local time on the day following the signing of this Agreement{QOPT}",
        "Any violation of the ceasefire {MI} be reported to {BODY_REF} within {N_HOURS} hours{QOPT}",
        "The line of contact {MI} be as marked on the maps attached as Annex {ANNEX}{QOPT}",
    ],
    "T_security": [
        "{SUBJ} {M} {ACT_security}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_security}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_security}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_security}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_security}{TOPT}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_security}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_security}{QOPT}",
        "The total strength of the armed forces of {STATE} {MI} not exceed {N_TROOPS} personnel{QOPT}",
        "All heavy weapons withdrawn under this Article {MI} be stored at sites designated by {BODY_REF}{QOPT}",
        "Foreign forces {MI} be withdrawn from {REGION}{TAIL}{QOPT}",
    ],
    "T_prisoners": [
        "{SUBJ} {M} {ACT_prisoners}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_prisoners}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_prisoners}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_prisoners}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_prisoners}{TOPT}{QOPT}",
        "All persons detained in connection with the conflict {MI} be released{TAIL}{QOPT}",
        "The exchange of prisoners {MI} take place at {CITY} under the auspices of {ORG}{QOPT}",
    ],
    "T_humanitarian": [
        "{SUBJ} {M} {ACT_humanitarian}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_humanitarian}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_humanitarian}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_humanitarian}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_humanitarian}{TOPT}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_humanitarian}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_humanitarian}{QOPT}",
        "{SUBJ} {M} guarantee {GROUP} {RIGHT}{QOPT}",
        "Humanitarian convoys {MI} be allowed to pass through checkpoints within {N_HOURS} hours of notification{QOPT}",
    ],
    "T_sanctions": [
        "{SUBJ} {M} {ACT_sanctions}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_sanctions}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_sanctions}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_sanctions}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_sanctions}{TOPT}{QOPT}",
        "Sanctions imposed on {STATE} {MI} be lifted in {N_SMALL} phases{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_sanctions}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_sanctions}{QOPT}",
    ],
    "T_economy": [
        "{SUBJ} {M} {ACT_economy}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_economy}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_economy}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_economy}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_economy}{TOPT}{QOPT}",
        "{DONOR} {M} provide {AMOUNT} in {AID} to {REGION} over {N_YEARS} years{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_economy}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_economy}{QOPT}",
    ],
    "T_governance": [
        "{SUBJ} {M} {ACT_governance}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_governance}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_governance}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_governance}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_governance}{TOPT}{QOPT}",
        "{SUBJ} {M} guarantee {GROUP} {RIGHT}{QOPT}",
        "Elections to the regional assembly of {REGION} {MI} be held{TAIL}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_governance}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_governance}{QOPT}",
    ],
    "T_territory": [
        "{SUBJ} {M} {ACT_territory}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_territory}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_territory}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_territory}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_territory}{TOPT}{QOPT}",
        "The administrative boundary between {STATE} and {STATE2} {MI} be delimited by {BODY}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_territory}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_territory}{QOPT}",
    ],
    "T_monitoring": [
        "{SUBJ} {M} {ACT_monitoring}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_monitoring}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_monitoring}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_monitoring}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_monitoring}{TOPT}{QOPT}",
        "{BODY} {MI} be established{BODY_COMP} to {PURPOSE}{QOPT}",
        "The Monitoring Mission {MI} consist of no more than {N_MONITORS} unarmed observers{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_monitoring}{QOPT}",
        "{FRONT}, {SUBJ} {M} {ACT_monitoring}{QOPT}",
    ],
    "T_justice": [
        "{SUBJ} {M} {ACT_justice}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_justice}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_justice}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_justice}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_justice}{TOPT}{QOPT}",
        "The amnesty {MI} not extend to war crimes, crimes against humanity or genocide{QOPT}",
        "{BODY} {MI} be established{BODY_COMP} to {PURPOSE}{QOPT}",
    ],
    "T_implementation": [
        "{SUBJ} {M} {ACT_implementation}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_implementation}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_implementation}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_implementation}{TOPT}{QOPT}",
        "{SUBJ} {M} {ACT_implementation}{TOPT}{QOPT}",
        "This Agreement {MI} enter into force {ENTRY}",
        "Any dispute concerning the interpretation or application of this Agreement {MI} be settled {DISPUTE}",
        "This Agreement may be amended by written agreement of the Parties{QOPT}",
        "The annexes to this Agreement form an integral part thereof",
        "This Agreement is done in {N_SMALL} originals in the {LANG} and {LANG2} languages, all texts being equally authentic",
        "Nothing in this Agreement shall be construed as {CONSTRUE}",
        "{BODY} {MI} be established{BODY_COMP} to {PURPOSE}{QOPT}",
        "The Parties {M} convene a review conference {N_YEARS} years after the entry into force of this Agreement{QOPT}",
    ],
    "NEG": [
        "{SUBJ} {MN} {NEG_ACT}{QOPT}",
        "{FRONT}, {SUBJ} {MN} {NEG_ACT}",
    ],
    "BODY_COMP": [
        "", "", ", composed of {N_MEMBERS} members appointed by the Parties and {ORG},",
        ", chaired by a representative of {ORG},",
        " within {N_DAYS} days of the signing of this Agreement",
        ", with its seat in {CITY},",
    ],
    "PURPOSE": [
        "oversee the implementation of the provisions of this Agreement",
        "verify the withdrawal of forces and heavy weapons",
        "resolve disputes arising under this Agreement",
        "coordinate the delivery of humanitarian assistance",
        "investigate the fate of missing persons",
        "adjudicate claims for the restitution of property",
        "prepare and conduct the elections in {REGION}",
        "manage the shared water resources of the {RIVER} basin",
        "review the sanctions regime and recommend adjustments",
        "demarcate the border on the ground",
    ],
    "ENTRY": [
        "on the date of its signature",
        "{N_DAYS} days after the deposit of the last instrument of ratification",
        "upon its approval by the parliaments of both Parties",
        "on the first day of the month following its signature",
    ],
    "DISPUTE": [
        "by negotiation between the Parties",
        "by the Joint Commission within {N_DAYS} days",
        "by binding arbitration under the rules of the Permanent Court of Arbitration",
        "through the good offices of {ORG}",
    ],
    "CONSTRUE": [
        "a recognition of any claim to sovereignty over {REGION}",
        "affecting the rights and obligations of the Parties under the Charter of the United Nations",
        "prejudicing the final status of {REGION}",
        "limiting the right of individuals to seek asylum",
        "requiring either Party to act contrary to its Constitution",
    ],
    "AID": ["grants", "concessional loans", "budget support",
            "technical assistance", "humanitarian aid",
            "reconstruction assistance"],
    # --- second parts of compound clauses (start lower case) -------------
    "SECOND": [
        "to that end, {SUBJ} {M} {ACT_ANY}{QOPT}",
        "in particular, {SUBJ} {M} {ACT_ANY}{QOPT}",
        "{SUBJ} {M} also {ACT_ANY}{QOPT}",
        "this obligation {MI} apply {APPLY}",
        "such measures {MI} be notified to {BODY_REF}{TAIL}",
        "thereafter, {SUBJ} {M} {ACT_ANY}{QOPT}",
        "the costs {MI} be borne by {COSTS}",
        "{BODY_REF} {MI} verify compliance{TAIL}",
        "{SUBJ} {MN} {NEG_ACT}",
        "any deviation {MI} require the prior consent of {BODY_REF}",
    ],
    "APPLY": [
        "equally to all armed groups under the control of the Parties",
        "for the duration of the transitional period",
        "without prejudice to the right of self-defence",
        "mutatis mutandis to {REGION}",
        "until {BODY_REF} certifies completion",
    ],
    "COSTS": ["the Parties in equal shares", "{ORG}", "the donor countries",
              "the Reconstruction Trust Fund", "the Government of {STATE}"],
    "ACT_ANY": ["{ACT_ceasefire}", "{ACT_security}", "{ACT_prisoners}",
                "{ACT_humanitarian}", "{ACT_sanctions}", "{ACT_economy}",
                "{ACT_governance}", "{ACT_territory}", "{ACT_monitoring}",
                "{ACT_justice}", "{ACT_implementation}"],
}

# {STATE2} is another state; {RES}, {YEAR} ... are numeric slots (see NUMS).
G["STATE2"] = G["STATE"]
G["LANG2"] = G["LANG"]
VARIABLE = {"SUBJ", "DONOR", "STATE", "STATE2", "ORG", "CITY", "RIVER",
            "REGION", "LANG", "LANG2", "ANNEX", "COSTS"}

NUMS: dict[str, list] = {
    "N_DAYS": [7, 10, 14, 15, 21, 30, 30, 45, 60, 60, 90, 120, 180],
    "N_HOURS": [12, 24, 24, 48, 72],
    "N_MONTHS": [3, 6, 6, 9, 12, 12, 18, 24, 36],
    "N_YEARS": [2, 3, 5, 5, 10, 15, 20, 25],
    "N_KM": [5, 10, 15, 20, 25, 30, 50, 100],
    "N_MM": [100, 122, 152, 203],
    "N_PCT": [2, 5, 10, 15, 20, 25, 30, 40],
    "N_SMALL": [2, 3, 4, 5, 6, 8],
    "N_MEMBERS": [3, 5, 7, 9, 11, 12, 15],
    "N_MONITORS": [100, 150, 200, 250, 300, 400, 500, 800, 1000, 1500],
    "N_PEOPLE": [5000, 10000, 20000, 25000, 50000, 100000],
    "N_BCM": [5, 10, 15, 20, 25, 30, 40],
    "N_ART": list(range(1, 41)),
    "N_CLOCK": ["0000", "0600", "1200", "1800"],
    "YEAR": list(range(1991, 2024)),
    "RES": list(range(1244, 2760, 7)),
}
NUMS["N_TROOPS"] = list(range(1000, 60001, 500))
AMOUNTS_M = [20, 25, 50, 75, 100, 150, 200, 250, 300, 400, 500, 750]
AMOUNTS_B = ["1", "1.2", "1.5", "2", "2.5", "3", "4", "5", "10"]

# Modal verbs: (singular form, plural form).
MODALS = {
    "strong": [("shall", "shall"), ("shall", "shall"), ("shall", "shall"),
               ("shall", "shall"), ("must", "must"), ("will", "will"),
               ("undertakes to", "undertake to")],
    "medium": [("should", "should"), ("is expected to", "are expected to"),
               ("agrees to", "agree to")],
    "weak": [("may", "may"), ("is encouraged to", "are encouraged to"),
             ("will endeavour to", "will endeavour to"),
             ("will seek to", "will seek to"), ("could", "could")],
}
MODAL_STRENGTH_W = ["strong"] * 12 + ["medium"] * 5 + ["weak"] * 3
INVARIANT = {"strong": ["shall", "must", "will"], "medium": ["should"],
             "weak": ["may", "could", "will endeavour to", "will seek to"]}
MODAL_RANK = {}
for _s, _forms in MODALS.items():
    for _sg, _pl in _forms:
        MODAL_RANK[_sg] = _s
        MODAL_RANK[_pl] = _s
MODAL_RE = re.compile(
    r"\b(will endeavour to|will seek to|(?:is|are) expected to|"
    r"(?:is|are) encouraged to|undertakes? to|agrees? to|shall|must|will|"
    r"should|may|could)\b( not\b)?")

TOPIC_WEIGHTS = (["ceasefire"] * 10 + ["security"] * 12 + ["prisoners"] * 6
                 + ["humanitarian"] * 10 + ["sanctions"] * 7 + ["economy"] * 9
                 + ["governance"] * 9 + ["territory"] * 6 + ["monitoring"] * 8
                 + ["justice"] * 5 + ["implementation"] * 7 + ["NEG"] * 6)

# ---------------------------------------------------------------------------
# Edit vocabulary
# ---------------------------------------------------------------------------
HEDGES_MID = ["where feasible", "to the extent possible", "as appropriate",
              "as far as practicable", "where circumstances permit",
              "in principle", "subject to available resources",
              "in so far as possible", "when conditions allow"]
HEDGES_END = ["subject to the availability of funding",
              "subject to national legislation", "subject to parliamentary approval",
              "subject to the security situation", "on a voluntary basis",
              "taking into account national circumstances",
              "unless otherwise agreed by the Parties",
              "to the extent consistent with domestic law",
              "where feasible", "as appropriate", "to the extent possible"]
HEDGE_RE = re.compile(
    r", (?:" + "|".join(re.escape(h) for h in sorted(set(HEDGES_MID + HEDGES_END),
                                                     key=len, reverse=True))
    + r")(?=[,.;])")
INTENSIFIERS_MID = ["immediately", "fully", "unconditionally", "promptly"]
INTENSIFIERS_END = ["without delay", "in full and without delay",
                    "without exception", "at all times", "without any conditions"]

# Paraphrase synonym groups (all members substitutable in context).
SYNONYMS = [
    ["ensure", "guarantee"], ["ensure that", "make certain that"],
    ["immediately", "without delay", "forthwith"],
    ["in accordance with", "consistent with", "in line with", "pursuant to"],
    ["withdraw", "pull back"], ["establish", "set up", "create"],
    ["facilitate", "assist with"], ["refrain from", "abstain from"],
    ["cease", "stop", "halt"], ["provide", "supply"],
    ["all necessary measures", "all appropriate steps"],
    ["assistance", "aid"], ["submit", "present"],
    ["notify", "inform"], ["commence", "begin"],
    ["this Agreement", "the present Agreement"],
    ["the signing of", "the signature of"],
    ["unimpeded", "unhindered"], ["safe", "secure"],
    ["comprehensive", "complete"], ["persons", "individuals"],
    ["restore", "re-establish"], ["protect", "safeguard"],
    ["in close coordination with", "in cooperation with", "together with"],
    ["with the assistance of", "with the support of", "assisted by"],
    ["under the supervision of", "under the oversight of", "monitored by"],
    ["taking into account", "bearing in mind", "having regard to"],
    ["in good faith", "faithfully"], ["the line of contact", "the contact line"],
    ["no later than", "not later than"], ["at least", "no less than"],
    ["the conflict", "the hostilities"],
    ["heavy weapons", "heavy weaponry"], ["hold", "organise"],
    ["grant", "accord"], ["adopt", "pass"], ["reopen", "open again"],
    ["investigate", "look into"],
    ["demarcate", "mark out"], ["the Parties", "the signatories"],
    ["respect", "uphold"], ["compensate", "indemnify"],
    ["lift", "remove"], ["civilians", "the civilian population"],
    ["international humanitarian law", "the law of armed conflict"],
    ["on a rolling basis", "progressively"], ["reduce", "cut"],
    ["prior to", "before"], ["following", "after"], ["designate", "appoint"],
    ["the implementation of", "the execution of"],
    ["in the event of", "in case of"], ["for the purposes of", "for purposes of"],
    ["the entry into force of", "the coming into force of"],
]
_SYN_INDEX: dict[str, int] = {}
for _gi, _grp in enumerate(SYNONYMS):
    for _w in _grp:
        _SYN_INDEX.setdefault(_w.lower(), _gi)
SYN_RE = re.compile(r"\b(" + "|".join(
    re.escape(w) for w in sorted(_SYN_INDEX, key=len, reverse=True)) + r")\b",
    re.IGNORECASE)

REORDER_PAIRS = [
    ("water, electricity and gas", "gas, water and electricity"),
    ("the sovereignty and territorial integrity", "the territorial integrity and sovereignty"),
    ("refugees and internally displaced persons", "internally displaced persons and refugees"),
    ("hospitals, schools and places of worship", "schools, hospitals and places of worship"),
    ("food and medical supplies", "medical supplies and food"),
    ("prisoners of war and civilian detainees", "civilian detainees and prisoners of war"),
    ("free and fair", "fair and free"),
    ("goods and energy", "energy and goods"),
    ("mines and unexploded ordnance", "unexploded ordnance and mines"),
    ("foreign troops and mercenaries", "mercenaries and foreign troops"),
    ("fortifications and checkpoints", "checkpoints and fortifications"),
    ("pensions and social benefits", "social benefits and pensions"),
    ("aerial and artillery bombardment", "artillery and aerial bombardment"),
    ("the production and stockpiling", "the stockpiling and production"),
    ("war crimes, crimes against humanity or genocide", "genocide, war crimes or crimes against humanity"),
]
REORDER_MAP = {}
for _a, _b in REORDER_PAIRS:
    REORDER_MAP[_a] = _b
    REORDER_MAP[_b] = _a
REORDER_RE = re.compile("|".join(re.escape(k) for k in
                                 sorted(REORDER_MAP, key=len, reverse=True)))

FRONT_RE = re.compile(
    r"^((?:Within|Upon|Following|Pending|Without prejudice to|In accordance with|"
    r"Subject to|Throughout|In the event of|Once|For the purposes of|During|"
    r"No later than|Not later than|With a view to|Until|At the request of)\b[^,;]*), "
    r"(.+)\.$")
TRAIL_RE = re.compile(
    r"^(.+?), ((?:in accordance with|under the supervision of|in close coordination with|"
    r"with the assistance of|without prejudice to|taking into account|"
    r"in line with|on the basis of|in consultation with|subject to verification by)"
    r"[^,;]*)\.$")
PREFIXES = ["It is agreed that ", "It is understood that ",
            "The Parties agree that ", "It is further agreed that "]
CONNECTORS = ["In addition, ", "Furthermore, ", "Moreover, ", "Likewise, "]
LOWERABLE = {"The", "Each", "All", "Both", "Any", "No", "This", "Such", "A",
             "An", "Within", "Upon", "Following", "Pending", "Without", "In",
             "For", "Subject", "Throughout", "Once", "During", "Until",
             "Humanitarian", "Sanctions", "Elections", "Foreign", "Nothing",
             "Thereafter", "To", "At", "With", "Not", "It", "Any", "Moreover",
             "Furthermore", "Likewise"}

_PROPER = (set(G["STATE"]) | set(G["CITY"]) | set(G["RIVER"]) | set(G["LANG"])
           | {"Parties", "Party", "Conference", "Article", "Articles", "Annex",
              "Agreement", "Convention", "Protocol", "Council", "Commission",
              "Government", "Secretary-General", "State", "States"})

NUM_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
CAP_RE = re.compile(r"\b(no more than|not more than|not exceed|not to exceed|"
                    r"a maximum of|up to|exceeding|at) $")
MIN_RE = re.compile(r"\b(at least|no less than|not less than|no fewer than|"
                    r"a minimum of) $")
DEADLINE_RE = re.compile(r"\b(within|no later than|not later than|every|"
                         r"at least once every) $")
DEADLINE_UNIT_RE = re.compile(r"^ (days|hours|months)\b")
NONNUMBER_CTX = re.compile(r"\b(resolution|Article|Articles|Annex|decision|decisions|"
                           r"paragraph|paragraphs) $")


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _lowerfirst(s: str) -> str:
    """Lower-case the first letter unless the first word looks like a name."""
    first = s.split(" ", 1)[0]
    if first in LOWERABLE or (first[:1].isupper() and first[1:].islower()
                              and first not in _PROPER):
        return s[:1].lower() + s[1:]
    return s


def _fmt_int(v: int) -> str:
    return f"{v:,}" if v >= 1000 else str(v)


def _parse_num(s: str) -> float:
    return float(s.replace(",", ""))


def _fmt_like(v: float, orig: str) -> str:
    if "." in orig and "," not in orig:
        if abs(v - round(v)) < 1e-9:
            return str(int(round(v)))
        return f"{v:.1f}"
    v = int(round(v))
    if "," in orig or v >= 1000:
        return f"{v:,}"
    return str(v)


def _nice(v: float) -> float:
    """Round to a 'negotiable' number: 2 significant digits, 5s preferred."""
    if v <= 0:
        return 1
    if v < 10:
        return max(1, round(v))
    mag = 10 ** (len(str(int(v))) - 2)
    return round(v / (mag * 5)) * mag * 5 or mag * 5


class _Stream:
    """Sequence of uniform draws; selected draw indices can be re-rolled.

    Every draw consumes exactly one ``random()`` value, so draw i is the same
    whatever alternatives it picks from; re-rolling draw i changes only what
    depends on it (that is how family members stay near-duplicates).
    """

    __slots__ = ("base", "alt", "reroll", "i")

    def __init__(self, seed: int, reroll=(), alt_seed: int = 0):
        self.base = Random(seed)
        self.alt = Random(alt_seed) if reroll else None
        self.reroll = reroll
        self.i = 0

    def pick(self, seq):
        u = self.base.random()
        if self.reroll and self.i in self.reroll:
            u = self.alt.random()
        self.i += 1
        return seq[int(u * len(seq))]


_SLOT_RE = re.compile(r"\{(\w+)\}")


class _Expander:
    def __init__(self, s_struct: _Stream, s_var: _Stream):
        self.s = s_struct
        self.v = s_var
        self.pl: bool | None = None

    def expand(self, template: str) -> str:
        return _SLOT_RE.sub(self._slot, template)

    def _slot(self, m: re.Match) -> str:
        name = m.group(1)
        if name in NUMS:
            val = self.v.pick(NUMS[name])
            if isinstance(val, int) and name not in ("YEAR", "RES"):
                return _fmt_int(val)
            return str(val)
        if name == "AMOUNT":
            if self.v.pick((0, 1, 1)):
                return f"{self.v.pick(('USD', 'EUR'))} {self.v.pick(AMOUNTS_M)} million"
            return f"{self.v.pick(('USD', 'EUR'))} {self.v.pick(AMOUNTS_B)} billion"
        if name == "M":
            forms = MODALS[self.s.pick(MODAL_STRENGTH_W)]
            sg, pl = self.s.pick(forms)
            if self.pl is None:  # no known subject number: invariant forms only
                return self.s.pick(INVARIANT["strong"])
            return pl if self.pl else sg
        if name == "MI":
            return self.s.pick(("shall", "shall", "shall", "shall", "will",
                                "must", "should", "should", "may"))
        if name == "MN":
            return self.s.pick(("shall not", "shall not", "shall not",
                                "must not", "will not", "should not"))
        if name == "POSS":
            return "their" if self.pl else "its"
        alts = G[name]
        alt = (self.v if name in VARIABLE else self.s).pick(alts)
        if alt.endswith("#p") or alt.endswith("#s"):
            pl = alt[-1] == "p"
            text = self.expand(alt[:-2])
            self.pl = pl
            return text
        return self.expand(alt)


def _make_clause(struct_seed: int, var_seed: int, reroll=(), alt_seed=0):
    """Expand one clause. Returns (text, topic, plural-or-None)."""
    s = _Stream(struct_seed)
    v = _Stream(var_seed, reroll, alt_seed)
    ex = _Expander(s, v)
    topic = s.pick(TOPIC_WEIGHTS)
    tmpl = s.pick(G["NEG"] if topic == "NEG" else G["T_" + topic])
    if topic == "NEG":
        topic = s.pick(("ceasefire", "security", "humanitarian", "governance"))
    first = ex.expand(tmpl)
    pl = ex.pl
    shape = s.pick((0,) * 14 + (1,) * 3 + (2,) * 2)  # 0 simple, 1 "; ", 2 two sentences
    length_extra = s.pick((0,) * 9 + (1,))
    if shape == 0:
        text = _cap(first) + "."
        if length_extra and "{QOPT}" in tmpl:  # occasionally a long, qualifier-laden clause
            text = _cap(first) + ex.expand("{QUAL}{QUAL}{QUAL}") + "."
    else:
        ex.pl = None
        second = ex.expand(s.pick(G["SECOND"]))
        if shape == 1:
            text = _cap(first) + "; " + second + "."
        else:
            text = _cap(first) + ". " + _cap(second) + "."
        if length_extra:
            ex.pl = None
            third = ex.expand(s.pick(G["SECOND"]))
            text = text[:-1] + "; " + third + "."
    if len(text.split()) < 8 and "{QOPT}" in tmpl:
        text = text[:-1] + ex.expand("{QUAL}") + "."
    return text, topic, pl


# ---------------------------------------------------------------------------
# Real sentences (optional)
# ---------------------------------------------------------------------------
_LIST_ITEM = re.compile(r"^(?:\d+(?:\.\d+)*(?:bis|ter|quater)?\.?|[-*+]|\(?[a-z]\)|\(?[ivx]+\)|[a-z]\.)\s+")


def load_real_pool(directory: str | os.PathLike) -> list[str]:
    """Clean sentences from the Markdown files of ``directory`` (sorted, deduplicated).

    Strips front matter, headings, link definitions, kramdown markers,
    emphasis and list numbering; drops anything with bracketed options,
    tables or URLs; keeps paragraphs of 8-80 words (longer ones are split
    into sentences).
    """
    out: list[str] = []
    seen: set[str] = set()
    d = Path(directory)
    for f in sorted(d.glob("*.md")):
        if f.name.lower() == "readme.md":
            continue
        text = f.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            if end != -1:
                text = text[end + 4:]
        # one unit per paragraph or list item (nested items are separate lines)
        units: list[list[str]] = []
        cur: list[str] = []
        for line in text.splitlines():
            st = line.strip()
            if not st or _LIST_ITEM.match(st):
                if cur:
                    units.append(cur)
                cur = []
            if not st or st.startswith("#") or st.startswith("{:") or st == "* TOC" \
                    or re.match(r"^\[[^\]]+\]:", st):
                continue
            cur.append(st)
        if cur:
            units.append(cur)
        for lines in units:
            p = " ".join(lines)
            m = re.match(r"^\*([^*]+)(?:\*|$)", p)
            if m and len(m.group(1)) > 60:
                continue                                      # italic editorial note
            p = re.sub(r"\[\^\w+\]", "", p)                  # footnotes
            p = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", p)   # [t](url)
            p = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", p)  # [t][ref]
            p = re.sub(r"^\*\*[^*]{1,60}\*\*:?\s*", "", p)      # bold lead-in heading
            p = p.replace("**", "").replace("*", "")
            for _ in range(3):                                # "1.", "3.3bis", "Option 2:"
                p = _LIST_ITEM.sub("", p.strip())
                p = re.sub(r"^Option\s*\w+\s*:\s*", "", p)
            p = re.sub(r";\s*\d+\.?$", ";", p)                 # "...; 4." nested-list debris
            p = re.sub(r"\s+", " ", p).strip()
            if not p or any(c in p for c in "[]|<>#") or "http" in p:
                continue
            pieces = [p] if len(p.split()) <= 80 else re.split(r"(?<=[.;])\s+(?=[A-Z])", p)
            for s in pieces:
                s = s.strip()
                if s.endswith((",", ";", ":")):
                    s = s[:-1] + "."
                if not s.endswith(".") or not s[:1].isalpha():
                    continue
                n = len(s.split())
                if 8 <= n <= 80 and s not in seen:
                    seen.add(s)
                    out.append(_cap(s))
    return out


# ---------------------------------------------------------------------------
# Edits
# ---------------------------------------------------------------------------
def _swap_modal(text: str, pl: bool | None, up: bool, rng: Random):
    """Move the first modal verb one or two steps weaker (up=False) or stronger."""
    m = MODAL_RE.search(text)
    if not m:
        return None
    word, neg = m.group(1), bool(m.group(2))
    rank = MODAL_RANK.get(word)
    if rank is None:
        return None
    order = ["weak", "medium", "strong"]
    r = order.index(rank)
    if neg:
        if up and rank != "strong":
            target = ["shall", "must"]
        elif not up and rank == "strong":
            target = ["should"]
        else:
            return None
        new = rng.choice(target)
        return text[:m.start(1)] + new + text[m.end(1):], f"modal {word} not -> {new} not"
    cand_ranks = order[r + 1:] if up else order[:r]
    if not cand_ranks:
        return None
    # prefer the adjacent rank
    tr = cand_ranks[0] if up else cand_ranks[-1]
    if len(cand_ranks) > 1 and rng.random() < 0.3:
        tr = cand_ranks[-1] if up else cand_ranks[0]
    if word.startswith(("is ", "are ")) or word.endswith(("s to",)) or word in ("undertake to", "agree to"):
        known_pl = word.startswith("are ") or word in ("undertake to", "agree to")
    else:
        known_pl = pl
    if known_pl is None:
        forms = INVARIANT[tr]
    else:
        forms = [p if known_pl else s for s, p in MODALS[tr]]
    forms = [f for f in forms if f != word]
    new = rng.choice(forms)
    return text[:m.start(1)] + new + text[m.end(1):], f"modal {word} -> {new}"


def _num_sites(text: str):
    """Yield (match, kind) for numbers; kind in cap|min|deadline|neutral|skip."""
    for m in NUM_RE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 10]
        if NONNUMBER_CTX.search(before) or (
                len(m.group(1)) == 4 and after.startswith(" hours")):
            kind = "skip"  # resolution / article numbers, clock times
        elif CAP_RE.search(before):
            kind = "cap"
        elif MIN_RE.search(before):
            kind = "min"
        elif DEADLINE_RE.search(before) and DEADLINE_UNIT_RE.match(after):
            kind = "deadline"
        elif re.match(r"^\d{4}$", m.group(1)) and 1900 < int(m.group(1)) < 2100:
            kind = "year"
        else:
            kind = "neutral"
        yield m, kind


def _change_number(text: str, m: re.Match, factor: float) -> tuple[str, str]:
    orig = m.group(1)
    v = _parse_num(orig)
    if v >= 10:
        new = _nice(v * factor)
        if new == v:
            new = _nice(v * (factor * 1.6 if factor > 1 else factor * 0.6))
    else:
        new = max(1, round(v * factor, 1 if "." in orig else 0))
    if new == v:
        new = v + 1 if factor > 1 or v < 2 else v - 1
    s = _fmt_like(new, orig)
    return text[:m.start(1)] + s + text[m.end(1):], f"{orig} -> {s}"


def _directional_number(text: str, soften: bool, rng: Random):
    sites = [(m, k) for m, k in _num_sites(text) if k in ("cap", "min", "deadline")]
    if not sites:
        return None
    m, k = rng.choice(sites)
    raise_ = (k in ("cap", "deadline")) == soften
    factor = rng.uniform(1.4, 3.0) if raise_ else rng.uniform(0.3, 0.7)
    new, note = _change_number(text, m, factor)
    return new, f"{k} {note}"


def _add_hedge(text: str, rng: Random):
    m = MODAL_RE.search(text)
    if m and " " not in m.group(0).strip() and rng.random() < 0.5:
        h = rng.choice(HEDGES_MID)
        end = m.end()
        return text[:end] + f", {h}," + text[end:], f"hedge added: {h}"
    h = rng.choice(HEDGES_END)
    if h in text:
        return None
    # attach at the end of the first sentence/part
    cut = _first_part_end(text)
    return text[:cut] + f", {h}" + text[cut:], f"hedge added: {h}"


def _first_part_end(text: str) -> int:
    for sep in ("; ", ". "):
        i = text.find(sep)
        if i != -1:
            return i
    return len(text) - 1


def _remove_hedge(text: str, rng: Random):
    ms = list(HEDGE_RE.finditer(text))
    if not ms:
        return None
    m = rng.choice(ms)
    end = m.end()
    # "shall, where feasible, withdraw": take the comma after the hedge too
    if text[end:end + 1] == "," and re.search(r"\b(?:shall|must|will|should|may|could|to)$",
                                               text[:m.start()]):
        end += 1
    new = text[:m.start()] + text[end:]
    return new, f"hedge removed:{m.group(0)[1:]}"


def _add_intensifier(text: str, rng: Random):
    m = MODAL_RE.search(text)
    if m and not m.group(2) and rng.random() < 0.5:
        w = rng.choice(INTENSIFIERS_MID)
        return text[:m.end()] + f" {w}" + text[m.end():], f"intensifier added: {w}"
    w = rng.choice(INTENSIFIERS_END)
    if w in text:
        return None
    cut = _first_part_end(text)
    return text[:cut] + f", {w}" + text[cut:], f"intensifier added: {w}"


def _soften(text: str, pl, rng: Random):
    ops = [lambda: _swap_modal(text, pl, False, rng),
           lambda: _swap_modal(text, pl, False, rng),
           lambda: _add_hedge(text, rng),
           lambda: _directional_number(text, True, rng),
           lambda: _directional_number(text, True, rng)]
    rng.shuffle(ops)
    for op in ops:
        r = op()
        if r and r[0] != text:
            return r
    return text[:-1] + ", where feasible.", "hedge added: where feasible"


def _harden(text: str, pl, rng: Random):
    ops = [lambda: _swap_modal(text, pl, True, rng),
           lambda: _swap_modal(text, pl, True, rng),
           lambda: _remove_hedge(text, rng),
           lambda: _remove_hedge(text, rng),
           lambda: _add_intensifier(text, rng),
           lambda: _directional_number(text, False, rng),
           lambda: _directional_number(text, False, rng)]
    rng.shuffle(ops)
    for op in ops:
        r = op()
        if r and r[0] != text:
            return r
    return text[:-1] + ", without exception.", "intensifier added: without exception"


def _neutral_sites(text: str):
    return [m for m, k in _num_sites(text) if k in ("neutral", "year")]


def _number_edit(text: str, rng: Random):
    sites = _neutral_sites(text) or [m for m, k in _num_sites(text) if k != "skip"]
    if not sites:
        return None
    m = rng.choice(sites)
    orig = m.group(1)
    v = _parse_num(orig)
    if re.fullmatch(r"\d{4}", orig) and 1900 < v < 2100:
        new = int(v) + rng.choice((-3, -2, -1, 1, 2, 3))
        s = str(new)
        return text[:m.start(1)] + s + text[m.end(1):], f"number {orig} -> {s}"
    factor = rng.choice((rng.uniform(0.4, 0.8), rng.uniform(1.25, 2.5)))
    new, note = _change_number(text, m, factor)
    return new, "number " + note


def _paraphrase(text: str, rng: Random):
    notes = []
    t = text
    ops = ["syn", "syn", "syn", "reorder", "reword"]
    rng.shuffle(ops)
    n_ops = rng.choice((2, 2, 3))
    done = 0
    touched: set[int] = set()   # synonyms already swapped in: never swap back
    for op in ops:
        if done >= n_ops:
            break
        if op == "syn":
            ms = [m for m in SYN_RE.finditer(t) if _SYN_INDEX[m.group(1).lower()] not in touched]
            if not ms:
                continue
            m = rng.choice(ms)
            w = m.group(1)
            touched.add(_SYN_INDEX[w.lower()])
            grp = SYNONYMS[_SYN_INDEX[w.lower()]]
            alts = [x for x in grp if x.lower() != w.lower()]
            r = rng.choice(alts)
            if w[0].isupper():
                r = _cap(r)
            t = t[:m.start(1)] + r + t[m.end(1):]
            notes.append(f"{w} -> {r}")
            done += 1
        elif op == "reorder":
            single = ". " not in t and ";" not in t
            m = FRONT_RE.match(t) if single else None
            if m:
                rest = _cap(m.group(2))
                t = rest + (", " if "," in rest else " ") + m.group(1)[0].lower() + m.group(1)[1:] + "."
                notes.append("fronted phrase moved to end")
                done += 1
                continue
            m = TRAIL_RE.match(t) if single else None
            if m and "," not in m.group(1):
                t = _cap(m.group(2)) + ", " + _lowerfirst(m.group(1)) + "."
                notes.append("trailing phrase fronted")
                done += 1
                continue
            m = REORDER_RE.search(t)
            if m:
                t = t[:m.start()] + REORDER_MAP[m.group(0)] + t[m.end():]
                notes.append("list reordered")
                done += 1
        else:  # reword
            mm = MODAL_RE.search(t)
            choice = rng.random()
            if mm and not mm.group(2) and choice < 0.4 and " also " not in t:
                adv = rng.choice(("also", "likewise", "further"))
                t = t[:mm.end()] + f" {adv}" + t[mm.end():]
                notes.append(f"'{adv}' inserted")
            elif choice < 0.75 and t.split(" ", 1)[0] in LOWERABLE | {"Each", "The"} \
                    and not t.startswith(tuple(PREFIXES)):
                p = rng.choice(PREFIXES if "Parties" not in t[:40] else PREFIXES[:2])
                t = p + _lowerfirst(t)
                notes.append(f"prefix '{p.strip()}'")
            else:
                c = rng.choice(CONNECTORS)
                t = c + _lowerfirst(t)
                notes.append(f"connector '{c.strip()}'")
            done += 1
    if t == text:
        c = rng.choice(CONNECTORS)
        t = c + _lowerfirst(text)
        notes.append(f"connector '{c.strip()}'")
    return t, "; ".join(notes)


def _split_points(text: str) -> list[tuple[int, str]]:
    pts = [(m.start(), ". ") for m in re.finditer(r"\. (?=[A-Z])", text)]
    pts += [(m.start(), "; ") for m in re.finditer(r"; ", text)]
    return sorted(pts)


def _split(text: str):
    pts = _split_points(text)
    if not pts:
        return None
    mid = len(text) / 2
    pos, sep = min(pts, key=lambda p: abs(p[0] - mid))
    a = text[:pos] + "."
    b = _cap(text[pos + 2:])
    return a, b, f"split at '{sep.strip()}'"


def _merge(a: str, b: str, rng: Random):
    if rng.random() < 0.5 or not a.endswith("."):
        return a + " " + b, "merged (two sentences)"
    return a[:-1] + "; " + _lowerfirst(b), "merged with ';'"


# ---------------------------------------------------------------------------
# Ids
# ---------------------------------------------------------------------------
def _suffix(k: int) -> str:
    s = ""
    while True:
        s = chr(ord("a") + k % 26) + s
        k = k // 26 - 1
        if k < 0:
            return s


class _Numberer:
    """Sequential ids with optional letter-suffixed insertions ("12a")."""

    def __init__(self):
        self.k = 0
        self.sub = -1

    def next(self, suffixed: bool) -> str:
        if suffixed and self.k > 0:
            self.sub += 1
            return f"{self.k}{_suffix(self.sub)}"
        self.k += 1
        self.sub = -1
        return str(self.k)


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------
def _base_clauses(n: int, rng: Random, family_rate: float,
                  real: list[str], real_fraction: float):
    """Return list of (text, topic-or-None, plural-or-None)."""
    out = []
    seen: set[str] = set()
    seeds: list[tuple[int, int]] = []
    real = list(real)
    rng.shuffle(real)
    for _ in range(n):
        if real and rng.random() < real_fraction:
            t = real.pop()
            if t not in seen:
                seen.add(t)
                out.append((t, None, None))
                continue
        for attempt in range(20):
            if seeds and rng.random() < family_rate and attempt < 10:
                ss, vs = seeds[rng.randrange(len(seeds))]
                k = rng.choice((1, 1, 2))
                reroll = frozenset(rng.sample(range(6), k))
                text, topic, pl = _make_clause(ss, vs, reroll, rng.getrandbits(32))
                entry_seeds = None
            else:
                ss, vs = rng.getrandbits(48), rng.getrandbits(48)
                text, topic, pl = _make_clause(ss, vs)
                entry_seeds = (ss, vs)
            if text not in seen:
                break
        seen.add(text)
        if entry_seeds is not None:
            seeds.append(entry_seeds)
        out.append((text, topic, pl))
    return out


def _fresh_clause(rng: Random, seen: set[str]):
    for _ in range(50):
        text, topic, pl = _make_clause(rng.getrandbits(48), rng.getrandbits(48))
        if text not in seen:
            seen.add(text)
            return text, topic, pl
    return text, topic, pl


def _check_rates(rates: dict | None) -> dict:
    r = dict(DEFAULT_RATES)
    if rates:
        unknown = set(rates) - set(DEFAULT_RATES)
        if unknown:
            raise ValueError(f"unknown rate(s) {sorted(unknown)}; known: {sorted(DEFAULT_RATES)}")
        for k, v in rates.items():
            if not (0 <= float(v) <= 1):
                raise ValueError(f"rate {k}={v} outside [0, 1]")
            r[k] = float(v)
    used = (r["paraphrase"] + r["soften"] + r["harden"] + r["number"]
            + r["split"] + 2 * r["merge"] + r["drop"])
    if used > 1:
        raise ValueError("paraphrase+soften+harden+number+split+2*merge+drop "
                         f"= {used:.3f} > 1: not enough clauses for these rates")
    if r["move"] > 1:
        raise ValueError("move rate > 1")
    return r


def generate(n: int, seed: int = 0, rates: dict | None = None, *,
             family_rate: float = 0.06, suffix_rate: float = 0.35,
             old_suffix_rate: float = 0.02, topics: bool = True,
             real_pool: str | os.PathLike | list[str] | None = None,
             real_fraction: float = 0.1) -> tuple[dict, dict, list[dict]]:
    """Generate (old_plan, new_plan, gold) for ``n`` old clauses.

    rates: overrides for DEFAULT_RATES (see module docstring; fraction of n).
    family_rate: share of old clauses that are near-duplicates of an earlier one.
    suffix_rate: share of inserted new clauses numbered "12a" instead of shifting.
    old_suffix_rate: share of old clauses with a suffixed id.
    topics: attach a ``topics`` list (tags from TOPICS, the project vocabulary).
    real_pool: directory of Markdown treaty texts (or a list of sentences) to
        mix in; real_fraction is the share of old clauses drawn from it.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    r = _check_rates(rates)
    rng = Random(seed)
    rng_text = Random(rng.getrandbits(64))   # clause generation
    rng_edit = Random(rng.getrandbits(64))   # edit choice and application
    rng_ids = Random(rng.getrandbits(64))    # numbering

    if real_pool is None:
        real: list[str] = []
    elif isinstance(real_pool, (list, tuple)):
        real = list(real_pool)
    else:
        real = load_real_pool(real_pool)

    base = _base_clauses(n, rng_text, family_rate, real, real_fraction)
    seen = {t for t, _, _ in base}

    # ---- old ids
    num = _Numberer()
    old_ids = [num.next(rng_ids.random() < old_suffix_rate) for _ in range(n)]

    # ---- choose edits
    kind = ["identical"] * n
    merge_first = set()

    def count(k):
        return int(round(r[k] * n))

    free = list(range(n))
    rng_edit.shuffle(free)
    # merges: adjacent free pairs
    want = count("merge")
    tries = 0
    while len(merge_first) < want and tries < 50 * (want + 1) and n >= 2:
        tries += 1
        i = rng_edit.randrange(n - 1)
        if kind[i] == "identical" and kind[i + 1] == "identical":
            kind[i] = kind[i + 1] = "merge"
            merge_first.add(i)

    def assign(k, eligible):
        want = count(k)
        got = sum(1 for x in kind if x == k)
        for i in free:
            if got >= want:
                break
            if kind[i] == "identical" and eligible(i):
                kind[i] = k
                got += 1

    def splittable(i):  # halves must not repeat an existing text (ambiguous gold)
        if not _split_points(base[i][0]):
            return False
        a, b, _ = _split(base[i][0])
        if a in seen or b in seen or a == b:
            return False
        seen.update((a, b))
        return True

    assign("split", splittable)
    assign("number", lambda i: bool(_neutral_sites(base[i][0])))
    if sum(1 for k in kind if k == "number") < count("number"):
        assign("number", lambda i: any(k != "skip" for _, k in _num_sites(base[i][0])))
    for k in ("soften", "harden", "drop", "paraphrase"):
        assign(k, lambda i: True)

    movable = [i for i in free if kind[i] in ("identical", "paraphrase", "soften",
                                               "harden", "number")]
    moved = set(rng_edit.sample(movable, min(count("move"), len(movable))))

    # ---- build new items: [key, text, topic, gold_index, inserted?]
    gold: list[dict] = []
    items: list[list] = []
    pos = 0
    i = 0
    while i < n:
        text, topic, pl = base[i]
        k = kind[i]
        if k == "merge" and i in merge_first:
            t2, topic2, _ = base[i + 1]
            mt, note = _merge(text, t2, rng_edit)
            seen.add(mt)
            gold.append({"old": [old_ids[i], old_ids[i + 1]], "new": [], "kind": "merge", "note": note})
            tp = [x for x in dict.fromkeys((topic, topic2)) if x]
            items.append([pos, mt, tp, len(gold) - 1, False])
            pos += 1
            i += 2
            continue
        if k == "drop":
            gold.append({"old": [old_ids[i]], "new": [], "kind": "drop"})
            i += 1
            continue
        tp = [topic] if topic else []
        if k == "split":
            a, b, note = _split(text)
            gold.append({"old": [old_ids[i]], "new": [], "kind": "split", "note": note})
            items.append([pos, a, tp, len(gold) - 1, False])
            items.append([pos + 0.001, b, tp, len(gold) - 1, True])
            pos += 1
            i += 1
            continue
        note = None
        if k != "identical":
            orig = text
            for _ in range(8):  # an edit must not recreate another clause's text
                if k == "paraphrase":
                    text, note = _paraphrase(orig, rng_edit)
                elif k == "soften":
                    text, note = _soften(orig, pl, rng_edit)
                elif k == "harden":
                    text, note = _harden(orig, pl, rng_edit)
                elif k == "number":
                    res = _number_edit(orig, rng_edit)
                    if res is None:  # cannot happen given eligibility, be safe
                        k = "paraphrase"
                        text, note = _paraphrase(orig, rng_edit)
                    else:
                        text, note = res
                if text not in seen:
                    break
            seen.add(text)
        entry = {"old": [old_ids[i]], "new": [], "kind": k}
        if i in moved:
            entry["moved"] = True
            if k == "identical":
                entry["kind"] = "move"
        if note:
            entry["note"] = note
        gold.append(entry)
        items.append([pos, text, tp, len(gold) - 1, False])
        pos += 1
        i += 1

    total = pos
    # ---- moves: re-key to a distant position
    dmin = max(3, total // 20)
    for it in items:
        if gold[it[3]].get("moved"):
            orig = it[0]
            for _ in range(100):
                t = rng_edit.randrange(max(total, 1))
                if abs(t - orig) >= dmin:
                    break
            it[0] = t + 0.05 + 0.4 * rng_edit.random()
    # ---- adds: runs of 1-3 fresh clauses at random positions
    n_add = count("add")
    while n_add > 0:
        run = min(n_add, rng_edit.choice((1, 1, 1, 2, 3)))
        t = rng_edit.randrange(total + 1) - 0.9  # just before item t
        for j in range(run):
            text, topic, _ = _fresh_clause(rng_text, seen)
            gold.append({"old": [], "new": [], "kind": "add"})
            items.append([t + 0.1 * j + 0.01 * rng_edit.random(), text,
                          [topic] if topic else [], len(gold) - 1, True])
        n_add -= run

    order = sorted(range(len(items)), key=lambda x: (items[x][0], x))
    num = _Numberer()
    new_clauses = []
    for x in order:
        key, text, tp, gi, inserted = items[x]
        cid = num.next(inserted and rng_ids.random() < suffix_rate)
        gold[gi]["new"].append(cid)
        c = {"id": cid, "text": text}
        if topics and tp:
            c["topics"] = list(dict.fromkeys(TOPIC_TAGS[x] for x in tp))
        new_clauses.append(c)

    old_clauses = []
    for cid, (text, topic, _) in zip(old_ids, base):
        c = {"id": cid, "text": text}
        if topics and topic:
            c["topics"] = [TOPIC_TAGS[topic]]
        old_clauses.append(c)

    # key order in gold entries: old, new, kind, [moved], [note]
    gold = [{"old": g["old"], "new": g["new"], "kind": g["kind"],
             **({"moved": True} if g.get("moved") else {}),
             **({"note": g["note"]} if g.get("note") else {})} for g in gold]
    old_plan = {"id": "synth-old",
                "title": f"Synthetic plan, {n} clauses (old)",
                "clauses": old_clauses}
    new_plan = {"id": "synth-new",
                "title": f"Synthetic plan, {len(new_clauses)} clauses (new)",
                "clauses": new_clauses}
    return old_plan, new_plan, gold


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------
def _links(old, new):
    old, new = tuple(old), tuple(new)
    if old and new:
        return {(o, m) for o in old for m in new}
    if old:
        return {(o, None) for o in old}
    return {(None, m) for m in new}


def gold_links(gold: list[dict]) -> set:
    out = set()
    for g in gold:
        out |= _links(g["old"], g["new"])
    return out


def gold_as_prediction(gold: list[dict]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The perfect prediction, in ``score``'s predicted format."""
    return [(tuple(g["old"]), tuple(g["new"])) for g in gold]


def complete_prediction(predicted, old_ids, new_ids):
    """Add (o,)->() / ()->(n,) for every id the prediction never mentions."""
    pred = list(predicted)
    seen_o = {o for p in pred for o in p[0]}
    seen_n = {m for p in pred for m in p[1]}
    pred += [((o,), ()) for o in old_ids if o not in seen_o]
    pred += [((), (m,)) for m in new_ids if m not in seen_n]
    return pred


def score(gold: list[dict], predicted) -> dict:
    """Link precision / recall / F1 of ``predicted`` against ``gold``.

    predicted: iterable of (old_ids, new_ids) tuples; see module docstring.
    Returns precision, recall, f1, tp, fp, fn, gold_links, pred_links and
    ``by_kind`` = {kind: {"links": n, "found": k, "recall": k/n}} (plus a
    "moved" pseudo-kind for the links of moved clauses).
    """
    g = gold_links(gold)
    p = set()
    for old, new in predicted:
        p |= _links(old, new)
    tp = len(g & p)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else (1.0 if not p else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    by_kind: dict[str, dict] = {}
    for e in gold:
        ls = _links(e["old"], e["new"])
        hit = len(ls & p)
        for k in (e["kind"], "moved") if e.get("moved") else (e["kind"],):
            d = by_kind.setdefault(k, {"links": 0, "found": 0})
            d["links"] += len(ls)
            d["found"] += hit
    for d in by_kind.values():
        d["recall"] = d["found"] / d["links"] if d["links"] else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp,
            "fp": len(p) - tp, "fn": len(g) - tp, "gold_links": len(g),
            "pred_links": len(p),
            "by_kind": dict(sorted(by_kind.items()))}


# ---------------------------------------------------------------------------
# Files / CLI
# ---------------------------------------------------------------------------
def _dump_yaml(obj, path: Path):
    import yaml
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(obj, f, Dumper=dumper, allow_unicode=True, sort_keys=False,
                  width=1 << 16, default_flow_style=False)


def write_benchmark(out_dir, old_plan, new_plan, gold) -> None:
    d = Path(out_dir)
    d.mkdir(parents=True, exist_ok=True)
    _dump_yaml(old_plan, d / "old.yaml")
    _dump_yaml(new_plan, d / "new.yaml")
    with open(d / "gold.json", "w", encoding="utf-8") as f:  # one entry per line
        f.write("[\n" + ",\n".join(json.dumps(g, ensure_ascii=False) for g in gold) + "\n]\n")


def _parse_rate(s: str):
    if "=" not in s:
        raise argparse.ArgumentTypeError("expected KIND=RATE, e.g. paraphrase=0.2")
    k, v = s.split("=", 1)
    return k.strip(), float(v)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of clauses in the old version")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--rate", type=_parse_rate, action="append", default=[],
                    metavar="KIND=RATE", help=f"override a rate; kinds: {', '.join(DEFAULT_RATES)}")
    ap.add_argument("--family-rate", type=float, default=0.06)
    ap.add_argument("--real-pool", metavar="DIR",
                    help="mix in sentences from the Markdown files in DIR "
                         "(e.g. /work/shared/datasets/paris-agreement-drafts)")
    ap.add_argument("--real-fraction", type=float, default=0.1)
    ap.add_argument("--no-topics", action="store_true")
    ap.add_argument("--baseline", action="store_true",
                    help="also run and score the difflib baseline")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    old, new, gold = generate(a.n, a.seed, dict(a.rate) or None,
                              family_rate=a.family_rate, topics=not a.no_topics,
                              real_pool=a.real_pool, real_fraction=a.real_fraction)
    t1 = time.perf_counter()
    write_benchmark(a.out, old, new, gold)
    t2 = time.perf_counter()
    counts: dict[str, int] = {}
    for g in gold:
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
    counts["(moved)"] = sum(1 for g in gold if g.get("moved"))
    print(f"{a.out}: old {len(old['clauses'])} clauses, new {len(new['clauses'])} clauses; "
          f"generate {t1 - t0:.2f}s, write {t2 - t1:.2f}s", file=sys.stderr)
    print("gold: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())), file=sys.stderr)
    if a.baseline:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from baseline_difflib import predict
        t3 = time.perf_counter()
        pred = predict(old, new)
        t4 = time.perf_counter()
        s = score(gold, pred)
        print(f"difflib baseline: P={s['precision']:.3f} R={s['recall']:.3f} "
              f"F1={s['f1']:.3f} ({t4 - t3:.2f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
