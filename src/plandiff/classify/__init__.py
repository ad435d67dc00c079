"""Say what happened to an aligned pair of clauses, and show the evidence.

The problem: two versions of a clause differ; was the commitment kept (``reworded``),
weakened (``softened``), strengthened (``hardened``), or changed in substance with no clear
direction (``modified``)? Readers must be able to check the verdict, so every verdict rests on
evidence items that name the old and new phrase and where they stand in each text.

The approach: a word-level diff (difflib's SequenceMatcher over normalised word tokens) finds
what changed; lexicon cues (:mod:`plandiff.lexicon`) found in the *changed* regions become
signals — a modal moving down the deontic ladder, a hedge added, a strengthener removed, a
cap raised, a deadline dropped or lengthened, a negation flipped, a party replaced, a
cross-reference renumbered. Cues inside unchanged text are ignored, so a hedge present in both
versions is not "added". Signals pointing one way decide the status; signals pointing both ways,
or substantive ones with no direction (party, plain number, negation flip), give ``modified``.
With no signal at all, how much content changed decides between ``reworded`` and ``modified``.

Rejected: counting hedges on each side (a macro-F1 of 0.37 on InSciOut, see
../shared/lexicons/README.md); an ML model (no labelled treaty data large enough, and no
evidence to show). Precision on softened/hardened matters more than recall: a false "softened"
misleads a reader, a missed one is still shown as modified or reworded with its word diff.
"""

from plandiff.classify.decide import classify_texts
from plandiff.classify.evidence import Evidence, Verdict, WordOp
from plandiff.classify.words import word_diff

__all__ = ["Evidence", "Verdict", "WordOp", "classify_texts", "word_diff"]
