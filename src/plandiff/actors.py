"""Who a clause binds: the named parties in its grammatical subject.

Negotiated texts are full of mirrored commitments that share most of their words — "Russia will
withdraw its forces from …" and "Ukrainian forces will withdraw from …" — and a clause rewritten
between versions usually keeps the party it binds. When word overlap alone is weak, the party
tells such clauses apart, so the scorer takes a little off a pair whose subjects name different
parties (``bonus.actors`` in ``data/align.yaml``). A pair where either subject names no party
("It", "A working group", "the line where …") is left alone: nothing is known, nothing is taken.

The subject is the stretch before the first verb of commitment (``actor_verbs``), after the last
comma that comes before that verb, so a fronted condition or connective ("After signing,",
"If Ukraine invades Russia, it will …", "Furthermore,") is not read as the subject. A name is a
capitalised word that the documents also capitalise in mid-sentence (so a clause's first word
counts only when it is a proper noun elsewhere), reduced to its first five letters so that a
demonym meets its country ("Ukrainian"/"Ukraine", "Russian Federation"/"Russia"); a run of
capitalised words also stands for its initials ("United States" is "US", "European Union" is
"EU").
"""

from __future__ import annotations

import re
from functools import lru_cache

from plandiff.text import passive_follows

_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_KEY_LENGTH = 5
_SENTENCE_END = re.compile(r"(?<=[.;]) ")
# "Article 14", "Annex II": a reference to the text, not a party.
_REFERENCE = re.compile(r"\b[A-Z]\w*\s+(?:\d+|[IVXLC]+)\b")
_JOINERS = frozenset({"and", "or", "the"})
_DETERMINERS = frozenset({"the", "a", "an", "each", "every", "all", "both", "any", "no", "its", "their", "such"})
#: Subjects longer than this are not a party's name but a description; nothing is read from them.
MAX_SUBJECT_WORDS = 8
_NOTHING: frozenset[str] = frozenset()


def _key(word: str) -> str:
    return word.strip("'’.-").casefold()[:_KEY_LENGTH]


@lru_cache(maxsize=8)
def _verb_pattern(verbs: frozenset[str]) -> re.Pattern:
    """The first of the verbs inside the text (after a space: the subject comes before it)."""
    alternatives = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(rf" (?:{alternatives})\b")


def _subject_segments(head: str) -> tuple[list[str], bool]:
    """The comma-separated stretches before the verb that make up the subject, and whether
    they start the clause: the last stretch, and before it any that are all names ("The United
    States, NATO and …") — anything else before a comma ("After signing,", "If Ukraine invades
    Russia,") is not the subject."""
    segments = head.split(",")
    if len(segments) > 2 and not segments[-1].strip():
        # "Parties, when using cooperative approaches, shall": an aside between subject and verb
        segments = segments[:-2]
    k = len(segments) - 1
    while k > 0:
        words = _WORD.findall(segments[k - 1])
        if not words or not all(w[0].isupper() or w in _JOINERS for w in words):
            break
        k -= 1
    return segments[k:], k == 0


class ActorReader:
    """Reads the parties named in the subjects of a pair of documents' clauses.

    Which words are names comes from the documents' own usage: a word they capitalise
    somewhere after a space, not only at a clause's start. A word counts by its first five
    letters, so that "Ukrainian" opening a clause is known from "… with Ukraine" elsewhere.
    Subjects repeat ("The Parties shall", "Ukraine will"), so each is read once."""

    def __init__(self, texts: list[str], verbs: frozenset[str], stopwords: frozenset[str] = _NOTHING,
                 participles: frozenset[str] = _NOTHING) -> None:
        self._joined = "\n".join(texts)
        self._verb = _verb_pattern(verbs)
        self._stopwords = stopwords
        self._participles = participles
        self._known: dict[str, bool] = {}
        self._subjects: dict[str, frozenset[str]] = {}

    def is_proper_noun(self, word: str) -> bool:
        prefix = word.strip("'’.-")[:_KEY_LENGTH]
        hit = self._known.get(prefix)
        if hit is None:
            hit = self._known[prefix] = (" " + prefix) in self._joined
        return hit

    def clause(self, text: str) -> frozenset[str]:
        """Keys of the parties the clause's sentences name as their subjects: a clause of two
        sentences binds both parties, and either half of it, split off, keeps one of them."""
        if ". " not in text and "; " not in text:
            return self.sentence(text)
        keys: frozenset[str] = _NOTHING
        for sentence in _SENTENCE_END.split(text):
            keys |= self.sentence(sentence)
        return keys

    def sentence(self, text: str) -> frozenset[str]:
        """Keys of the parties named in one sentence's subject; empty when it names none, when
        the subject cannot be found, or when the verb is passive ("Kherson and Zaporizhzhia
        will be frozen": the subject is what is acted on, not who acts)."""
        m = self._verb.search(text)
        if m is None:
            return _NOTHING
        head = text[:m.start()]
        if head == head.lower():
            return _NOTHING
        following = text[m.start() + 1:m.end() + 60].casefold().split(None, 5)[:5]
        if passive_follows(following, self._participles):
            return _NOTHING
        keys = self._subjects.get(head)
        if keys is None:
            keys = self._subjects[head] = self._names(head)
        return keys

    def _names(self, head: str) -> frozenset[str]:
        """The names in the subject that ends ``head``. A capitalised word inside the clause
        is a name; the clause's first word is capitalised anyway, so it is one only when the
        documents use it as a name elsewhere, or when it is an acronym."""
        segments, at_start = _subject_segments(_REFERENCE.sub(" ", head))
        split = [_WORD.findall(segment) for segment in segments]
        opening = next((words[0] for words in split if words), "")
        if sum(map(len, split)) > MAX_SUBJECT_WORDS or not (opening[:1].isupper() or opening in _DETERMINERS):
            # "…, serving the Agreement shall": the stretch after the comma is not a subject
            return _NOTHING
        keys: set[str] = set()
        stopwords = self._stopwords
        for n, words in enumerate(split):
            run: list[str] = []  # consecutive names, which also stand for their initials
            for k, w in enumerate([*words, ""]):
                if w and w[0].isupper() and w.casefold() not in stopwords and (
                        not (at_start and n == k == 0) or self.is_proper_noun(w) or (w.isupper() and len(w) > 1)):
                    keys.add(_key(w))
                    run.append(w)
                    continue
                if len(run) > 1:
                    keys.add("".join(r[0] for r in run).casefold())
                run = []
        return frozenset(keys)
