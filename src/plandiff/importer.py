"""Turn plain text or Markdown into a :class:`~plandiff.model.Plan`, clause by clause.

``import_text(text, path=...)`` is what ``plandiff import`` and ``load_plan`` (for ``.md`` and
``.txt`` files) call. It is a pure function: text in, Plan out, :class:`PlandiffError` for text
with no recognisable points. The user-facing description of the id scheme and of the brackets
policy is ``docs/import.md``; this docstring is the implementer's version.

**What is a clause.** One line is read at a time and classified:

* numbered points — ``1.``, ``1)``, ``(1)``, ``3bis.``, dotted ``3.3``/``3.3bis``, roman ``I.``,
  ``II)``, ``(iv)``, letters ``a.``, ``a)``, ``(a)``, ``A.``, ``Point 1:``/``Paragraph 1:``;
* bullets ``-``, ``*``, ``+``, ``•`` …;
* options ``**Option 1:**`` / ``Option 2:`` / ``**Option (a)**`` (negotiating drafts);
* headings: Markdown ``#`` headings (and setext underlines), keyword lines ``Article 3``,
  ``Section 2``, ``Chapter IV``, ``Part II``, ``Annex I``, and *soft* headings: an ALL-CAPS line or
  a bold-only Markdown paragraph (``**Response measures**``) standing on its own.

**Nesting.** Open points form a stack. A marker of the *style* of an open point (same kind and
punctuation: ``1.`` ≠ ``1)`` ≠ ``(1)``) and indented less than that point's content closes
everything above it and becomes its sibling ("returning to an outer kind closes it"); any other
marker opens a sub-level of the innermost open point. So ``1.``/``a)``/``2.`` nests without any
indentation, and Markdown's indented ``1.`` under ``1.`` nests by indentation. Headings close
all open points; numbered headings (``## Article 3``, ``## 2. Security``, ``Section 4``) become
clauses that contain the points after them; ``#`` levels nest as in Markdown, keyword lines by
the same stack rule as points.

**Text.** Lines that follow a point without a blank line continue it (joined with a space). A
paragraph after a blank line belongs, in Markdown, to the innermost open point it is indented
under (the Markdown rule; options take same-indent paragraphs), in plain text to the innermost
open point. Text that reaches a clause *before* its first sub-clause is that clause's text
(a numbered heading with body text keeps its title in the note); an unnumbered
paragraph *after* sub-clauses becomes its own clause ``<parent>.pN`` so no text is lost, and a
list that restarts its numbering right after such a paragraph nests under it. Text before the
first point is the plan's preamble clause ``pre`` (unless it is an italic provenance paragraph,
the title line, or under three words: those go to the plan's ``notes``).

**Unnumbered headings** are not clauses: the first one before any clause is the title (or a
plan note when front matter or ``--title`` gives one); the others go to the ``note`` of the next
clause ("Heading: …"). Making them containers would put every point under an invented id that changes whenever
an editor adds, drops or renames a section, so the same point would differ between versions for
a reason that is not in its text; as notes, ids stay the document's own numbers and the aligner
compares the points themselves. ``Preamble`` and a bare ``Annex``/``Appendix`` are exceptions:
they become the clauses ``pre``/``annex``/``app`` (their content is not part of the points).

**Ids.** Source numbers as written, joined to the parent's full id with ``.``
(:func:`plandiff.model.full_clause_id`): ``3``, ``3.a``, ``3.a.ii``, ``art3.1.2``,
``art3.3.opt1``, ``art3.3.opt2.3.3bis``. Keyword headings get a prefix: ``art``, ``sec``,
``ch``, ``part``, ``annex``, ``app``, ``sched`` (``Article 2 bis`` → ``art2bis``); options
``opt`` + their number; the preamble ``pre``; bullets their ordinal among their parent's bullets
(``1``, ``2`` … so a bulleted version and a numbered version of a plan share ids); unnumbered
paragraphs ``p1``, ``p2`` …. Duplicates get ``-2``, ``-3`` … in document order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePath

from plandiff.errors import PlandiffError
from plandiff.model import Clause, Plan, Source, full_clause_id

BRACKET_POLICIES = ("keep", "first", "strip")

EXPECTED_FORMS = (
    "expected numbered points such as '1.', '1)', '(1)', '3bis.', '2.1', 'a)', '(a)', 'I.', "
    "'Point 1:', '- bullet', '**Option 1:**', or headings such as 'Article 3', 'Section 2', "
    "'## Article 3', '# 1. Title'"
)

# --------------------------------------------------------------------------------------------
# Patterns

_SUFFIX_WORDS = "bis|ter|quater|quat|quinquies|sexies|septies|octies|novies|decies"
_SUFFIX = f"(?:{_SUFFIX_WORDS})"
_FN = r"(?:\[\^[^\]\s]+\])*"
_FOOT_REF = re.compile(r"\[\^([^\]\s]+)\]")
_FOOT_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_LINK_DEF = re.compile(
    r"""^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*<?((?:https?://|mailto:|/|\.{1,2}/|#|www\.)\S*?)>?"""
    r"""(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$""",
    re.I,
)
_ATX = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-{3,})[ \t]*$")
_HRULE = re.compile(r"^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_IAL = re.compile(r"^\{:[^}]*\}$|^\{#[^}]*\}$")
_TOC = re.compile(r"^[*+-][ \t]+TOC$")
_HTML_COMMENT = re.compile(r"^<!--.*-->$")
_HEADING_IAL = re.compile(r"[ \t]*\{[:#][^}]*\}[ \t]*$")

_OPTION = re.compile(
    r"^(?P<open>\*{1,2}|_{1,2})?[ \t]*(?:Option|OPTION)[ \t]+\(?(?P<num>\d+[a-z]?|[IVXLC]+|[A-Za-z])\)?"
    r"(?P<fn>" + _FN + r")[ \t]*(?P<c1>[:.)])?[ \t]*(?P<close>\*{1,2}|_{1,2})?[ \t]*:?[ \t]*(?P<rest>.*)$"
)
_KEYWORDS = {
    "article": "art", "art.": "art", "section": "sec", "sec.": "sec", "§": "sec", "chapter": "ch",
    "part": "part", "annex": "annex", "appendix": "app", "schedule": "sched",
    "point": "", "paragraph": "", "para.": "", "clause": "", "item": "",
}
_KEYWORD = re.compile(
    r"^\[?(?P<kw>(?i:Article|Art\.|Section|Sec\.|§|Chapter|Part|Annex|Appendix|Schedule|Point|Paragraph"
    r"|Para\.|Clause|Item))[ \t]+(?P<num>\d+(?:\.\d+)*|[IVXLC]+|[A-Z])(?P<suf>[ \t]?(?i:" + _SUFFIX_WORDS
    + r")|[a-z])?(?!\w)\]?(?P<fn>" + _FN + r")(?P<sep>[ \t]*[:.)\u2013\u2014-](?:[ \t]+|$)|[ \t]+|$)(?P<rest>.*)$"
)
_DOTTED = re.compile(
    r"^(?P<num>\d{1,3}(?:\.\d{1,3})+)(?P<suf>" + _SUFFIX + r"|alt|[a-z])?(?P<fn>" + _FN
    + r")(?P<punct>[.):]?)[ \t]+(?P<rest>[\[(\"'\u201c*_{A-Z].*)$"
)
_DECIMAL = re.compile(
    r"^(?P<open>\()?(?P<num>\d{1,3})(?P<suf>" + _SUFFIX + r"|[a-z])?(?P<close>[.)])(?P<fn>" + _FN
    + r")(?:[ \t]+(?P<rest>.*))?$"
)
_DECIMAL_SUFFIX_ONLY = re.compile(
    r"^(?P<num>\d{1,3})\.?(?P<suf>" + _SUFFIX + r")\.?(?P<fn>" + _FN + r")[ \t]+(?P<rest>\S.*)$"
)
_LETTER = re.compile(
    r"^(?P<open>\()?(?P<tok>[ivxlcdm]{1,6}|[IVXLCDM]{1,6}|[a-z]|[A-Z])(?P<close>[.)])(?P<fn>" + _FN
    + r")(?:[ \t]+(?P<rest>.*))?$"
)
_BULLET = re.compile(r"^(?P<char>[-*+\u2022\u2023\u25e6\u25aa\u25cf\u2013\u2043])[ \t]+(?P<rest>.*)$")
_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_BOLD_ONLY = re.compile(r"^(\*\*|__)(?P<inner>[^*_].*?)(\1)[ \t]*:?$")
_SPECIAL_HEADINGS = {"preamble": "pre", "annex": "annex", "annexes": "annex", "appendix": "app"}
_PLAN_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


# --------------------------------------------------------------------------------------------
# The document tree while parsing


@dataclass(eq=False)
class _Node:
    kind: str  # root | heading | point | option | para | pre
    style: str  # marker style: what makes two markers siblings
    own: str  # id as numbered in the source (before de-duplication)
    indent: int = -1
    content: int = 0  # column where the point's text starts
    line: int = 0
    level: int = 0  # heading level: 1-6 Markdown, 50 keyword line
    value: int | None = None  # ordinal of the marker (1 for "1.", "a", "i")
    label: str = ""  # marker or heading as written (text of last resort)
    titled: bool = False  # heading carries a title besides its number
    parts: list[str] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parent: _Node | None = None
    paras: int = 0
    bullets: int = 0
    lead: _Node | None = None  # latest unnumbered-paragraph child (a restarted list nests under it)
    seq: int = 0


@dataclass(frozen=True, slots=True)
class _Marker:
    kind: str  # point | option | keyword
    style: str
    own: str
    value: int | None
    rest: str
    label: str
    width: int  # characters before the text


class _Parser:
    def __init__(self, lines: list[str], consumed: set[int], first: int, markdown: bool) -> None:
        self.lines = lines
        self.consumed = consumed
        self.first = first
        self.markdown = markdown
        self.root = _Node("root", "root", "", indent=-1, content=0)
        self.stack: list[_Node] = [self.root]
        self.seq = 0
        self.pending: list[str] = []  # unnumbered headings waiting for the next clause
        self.lead = _Node("pre", "pre", "pre")  # text before the first clause
        self.prov: list[str] = []  # provenance paragraphs and headings before the first clause
        self.title_candidates: list[str] = []
        self.started = False  # a clause exists
        self.para: _Node | _Holder | None = None  # where a continuation line goes

    # -- helpers --------------------------------------------------------------------------------
    def _new(self, kind: str, style: str, own: str, **kw) -> _Node:
        self.seq += 1
        node = _Node(kind, style, own, seq=self.seq, **kw)
        return node

    def _attach(self, node: _Node, parent: _Node) -> None:
        if not self.started:
            self.started = True
            if self.lead.parts:
                self._flush_lead()
        if self.pending:
            node.notes.extend(f"Heading: {h}" for h in self.pending)
            self.pending = []
        node.parent = parent
        parent.children.append(node)

    def _flush_lead(self) -> None:
        text = " ".join(self.lead.parts)
        if len(_clean(text, {})[0].split()) >= 3:
            self.lead.parent = self.root
            self.root.children.insert(0, self.lead)
        else:
            self.prov.append(text)
        self.lead = _Node("pre", "pre", "pre")

    def _pop_points(self) -> None:
        while self.stack[-1].kind in ("point", "option", "para"):
            self.stack.pop()

    def _heading_note(self, text: str) -> None:
        if self.started or self.lead.parts or self.title_candidates:
            self.pending.append(text)  # goes to the next clause
        else:
            self.title_candidates.append(text)  # the document's title, or else a plan note

    # -- main loop ------------------------------------------------------------------------------
    def run(self) -> None:
        blank = True
        n = len(self.lines)
        i = self.first
        while i < n:
            if i in self.consumed:
                blank, self.para = True, None
                i += 1
                continue
            line = self.lines[i].expandtabs(4).rstrip()
            s = line.lstrip()
            indent = len(line) - len(s)
            if not s or _IAL.match(s) or _TOC.match(s) or _HTML_COMMENT.match(s):
                blank, self.para = True, None
                i += 1
                continue
            nxt = self.lines[i + 1].expandtabs(4).strip() if i + 1 < n and i + 1 not in self.consumed else ""
            if _HRULE.match(s):
                blank, self.para = True, None
                i += 1
                continue
            m = _ATX.match(s) if indent < 4 else None
            if m:
                self._md_heading(len(m.group(1)), m.group(2) or "", i)
                blank, self.para = True, None
                i += 1
                continue
            if blank and nxt and _SETEXT.match(self.lines[i + 1].expandtabs(4)) and not self._marker(s, True):
                self._md_heading(1 if nxt.startswith("=") else 2, s, i)
                blank, self.para = True, None
                i += 2
                continue
            if self._line(s, indent, i, blank, nxt):
                blank = False
            i += 1

    def _line(self, s: str, indent: int, i: int, blank: bool, nxt: str) -> bool:
        in_para = not blank and self.para is not None
        mk = self._marker(s, not in_para)
        if mk is not None:
            if mk.kind == "keyword":
                self._keyword(mk, indent, i)
            else:
                self._point(mk, indent, i)
            return True
        if not in_para:
            if self._soft_heading(s, i, nxt):
                self.para = None
                return False
        if in_para:
            self.para.parts[-1] = f"{self.para.parts[-1]} {s}" if self.para.parts else s
            return True
        self._paragraph(s, indent, i, nxt)
        return True

    # -- markers -----------------------------------------------------------------------------
    def _marker(self, s: str, fresh: bool) -> _Marker | None:
        """The marker this line starts with, if any; ``fresh`` = it starts a paragraph (else only
        markers that continue an open list, or start a new one, count)."""
        m = _OPTION.match(s)
        if m and ((m.group("open") and m.group("close")) or m.group("c1")):
            num = m.group("num")
            return _Marker("option", "option", f"opt{num}", None, m.group("fn") + m.group("rest"),
                           f"Option {num}", 2)  # options are siblings only at (about) the same indent
        m = _KEYWORD.match(s)
        if m:
            mk = self._keyword_marker(m, fresh)
            if mk is not None:
                return mk
        m = _DOTTED.match(s)
        if m:
            num = m.group("num")
            style = f"dot{num.count('.')}"
            value = int(num.rsplit(".", 1)[1])
            if fresh or self._expected(style, value, m.group("suf")):
                own = num + (m.group("suf") or "")
                return _Marker("point", style, own, value, m.group("fn") + m.group("rest"), own,
                               len(s) - len(m.group("rest")))
        m = _DECIMAL.match(s)
        if m and (m.group("open") is None or m.group("close") == ")"):
            form = "(1)" if m.group("open") else "1" + m.group("close")
            style = f"dec{form}"
            value = int(m.group("num"))
            rest = m.group("rest") or ""
            if fresh or self._expected(style, value, m.group("suf")):
                own = m.group("num") + (m.group("suf") or "")
                return _Marker("point", style, own, value, m.group("fn") + rest,
                               s[: len(s) - len(rest)].strip(), len(s) - len(rest))
        m = _DECIMAL_SUFFIX_ONLY.match(s)
        if m and (fresh or self._expected("dec1.", int(m.group("num")), m.group("suf"))):
            own = m.group("num") + m.group("suf")
            return _Marker("point", "dec1.", own, int(m.group("num")), m.group("fn") + m.group("rest"),
                           own, len(s) - len(m.group("rest")))
        m = _LETTER.match(s)
        if m and (m.group("open") is None or m.group("close") == ")"):
            tok = m.group("tok")
            rest = m.group("rest") or ""
            if len(tok) > 1 and not _ROMAN.match(tok.lower()):
                pass
            elif rest or m.group("close") == ")" or m.group("open"):
                form = "(a)" if m.group("open") else "a" + m.group("close")
                case = "upper" if tok.isupper() else "lower"
                kind, value = self._letter_kind(tok, case, form)
                style = f"{kind}-{case}{form}"
                if fresh or self._expected(style, value, None):
                    return _Marker("point", style, tok, value, m.group("fn") + rest,
                                   s[: len(s) - len(rest)].strip(), len(s) - len(rest))
        m = _BULLET.match(s)
        if m and (fresh or m.group("char") in "-*+\u2022"):
            return _Marker("point", f"bullet{m.group('char')}", "", None, m.group("rest"),
                           m.group("char"), len(s) - len(m.group("rest")))
        return None

    def _keyword_marker(self, m: re.Match, fresh: bool) -> _Marker | None:
        rest = m.group("rest")
        sep = m.group("sep")
        if rest and not sep.strip():
            # "Article 4 of the Convention", "Article 4, paragraph 2": prose, not a heading
            if not (rest[0].isupper() or rest[0] in "([*_\"'\u201c{"):
                return None
        if rest and rest[0] in ",;":
            return None
        words = len(rest.split())
        if not fresh and (words > 8 or rest.rstrip().endswith((",", ";"))):
            return None
        kw = m.group("kw").lower()
        prefix = _KEYWORDS[kw]
        num = m.group("num")
        suf = (m.group("suf") or "").replace(" ", "").replace("\t", "")
        own = f"{prefix}{num}{suf}"
        label_end = len(m.group(0)) - len(rest)
        if prefix == "":
            if not sep.strip() and rest:
                return None  # "Point 1:" needs its colon (or stands alone)
            return _Marker("point", f"kw:{kw}", f"{num}{suf}", _int_value(num), m.group("fn") + rest,
                           m.group(0)[:label_end].strip(), label_end)
        return _Marker("keyword", f"kw:{prefix}", own, None, m.group("fn") + rest,
                       m.group(0)[:label_end].strip(), label_end)

    def _letter_kind(self, tok: str, case: str, form: str) -> tuple[str, int]:
        low = tok.lower()
        roman_ok = bool(_ROMAN.match(low))
        alpha_value = ord(low) - 96 if len(low) == 1 else None
        if not roman_ok:
            return "alpha", alpha_value or 0
        rv = _roman_value(low)
        if alpha_value is None:
            return "roman", rv
        for node in reversed(self.stack):
            if node.style == f"roman-{case}{form}" and node.value is not None and node.value + 1 == rv:
                return "roman", rv
            if node.style == f"alpha-{case}{form}" and node.value is not None and node.value + 1 == alpha_value:
                return "alpha", alpha_value
        if low == "i":
            return "roman", 1
        return "alpha", alpha_value

    def _expected(self, style: str, value: int | None, suffix: str | None) -> bool:
        """A marker in the middle of a paragraph counts only if it fits a list: it starts one
        (value 1) or follows an open point of its style (value + 1, or a 'bis' of it)."""
        if value is None:
            return True
        if value == 1 and not suffix:
            return True
        for node in reversed(self.stack):
            if node.style == style and node.value is not None:
                if self.markdown and style in ("dec1.", "dec1)"):
                    return True  # a Markdown list item, whatever its number
                return value in (node.value, node.value + 1)
        return False

    # -- structure -----------------------------------------------------------------------------
    def _point(self, mk: _Marker, indent: int, i: int) -> None:
        stack = self.stack
        while stack[-1].kind in ("point", "option", "para") and stack[-1].indent > indent:
            stack.pop()
        top = stack[-1]
        if top.kind in ("point", "option", "para"):
            for k in range(len(stack) - 1, 0, -1):
                f = stack[k]
                if f.kind not in ("point", "option", "para"):
                    break
                if f.style == mk.style:
                    # a sibling unless indented under f's text, or a list restarting at 1 deeper in
                    if indent < f.content and not (mk.value == 1 and indent > f.indent):
                        del stack[k:]
                    break
        parent = stack[-1]
        own = mk.own
        if mk.style.startswith("bullet"):
            parent.bullets += 1
            own = str(parent.bullets)
        if parent.lead is not None and any(c.own == own for c in parent.children if c.seq < parent.lead.seq):
            # numbering restarts after an unnumbered lead-in paragraph: the list belongs to it
            lead = parent.lead
            parent.lead = None
            lead.indent = indent
            lead.content = indent + 1
            stack.append(lead)
            parent = lead
            if mk.style.startswith("bullet"):
                lead.bullets += 1
                own = str(lead.bullets)
        node = self._new(mk.kind, mk.style, own, indent=indent, content=indent + mk.width, line=i + 1,
                         value=mk.value, label=mk.label)
        rest = mk.rest.strip()
        if mk.kind == "point":
            sub = _OPTION.match(rest)
            if sub and ((sub.group("open") and sub.group("close")) or sub.group("c1")):
                # "2. **Option 1:** text": the point holds the option
                self._attach(node, parent)
                stack.append(node)
                num = sub.group("num")
                opt = self._new("option", "option", f"opt{num}", indent=indent + mk.width,
                                content=indent + mk.width + 2, line=i + 1, label=f"Option {num}")
                opt.parts.append(sub.group("fn") + sub.group("rest"))
                self._attach(opt, node)
                stack.append(opt)
                self.para = opt
                return
        node.parts.append(rest)
        self._attach(node, parent)
        stack.append(node)
        self.para = node

    def _keyword(self, mk: _Marker, indent: int, i: int) -> None:
        self._pop_points()
        stack = self.stack
        while stack[-1].style == "kw:pre":
            stack.pop()  # a preamble holds no articles
        for k in range(len(stack) - 1, 0, -1):
            f = stack[k]
            if f.style == mk.style:
                del stack[k:]
                break
            if f.level < 50:
                break
        rest = mk.rest.strip()
        title = _FOOT_REF.sub("", rest).strip()
        sentence = len(title.split()) > 10 or title.endswith((".", ";"))
        node = self._new("heading", mk.style, mk.own, indent=indent, content=indent, line=i + 1, level=50,
                         label=mk.label if sentence or not rest else f"{mk.label} {rest}",
                         titled=bool(title) and not sentence)
        self._attach(node, stack[-1])
        stack.append(node)
        if sentence:
            node.parts.append(rest)
            self.para = node
        else:
            self.para = None

    def _md_heading(self, level: int, raw: str, i: int) -> None:
        raw = _HEADING_IAL.sub("", raw).strip()
        stack = self.stack
        self._pop_points()
        while stack[-1].kind == "heading" and stack[-1].level >= level:
            stack.pop()
        self.para = None
        if not raw:
            return
        mk = self._marker(raw, True)
        plain = _clean(raw, {})[0]
        special = _SPECIAL_HEADINGS.get(plain.lower().rstrip(":. "))
        if mk is None and special is None:
            self._heading_note(plain)
            return
        if mk is None:
            own, style, label, titled = special, f"kw:{special}", raw, False
        elif mk.kind == "keyword":
            own, style, label = mk.own, mk.style, raw
            titled = bool(_FOOT_REF.sub("", mk.rest).strip())
            if titled:
                # "Article 3 (mitigation)": the title is what the article is about; its number is
                # already the clause id, and left in the text it would pair article 4 with
                # article 4 across a renumbering. The heading as written goes to the note.
                title = _clean(_FOOT_REF.sub("", mk.rest), {})[0].strip(" ()*_:.-")
                if title:
                    label = f"{title}\x00{raw}"
        else:
            own, style, label, titled = mk.own, mk.style, mk.rest or raw, False
            if mk.style.startswith("bullet"):
                self._heading_note(plain)
                return
        node = self._new("heading", style, own, indent=-1, content=0, line=i + 1, level=level,
                         label=label, titled=titled, value=mk.value if mk else None)
        self._attach(node, stack[-1])
        stack.append(node)

    def _soft_heading(self, s: str, i: int, nxt: str) -> bool:
        """An ALL-CAPS line, or a bold-only Markdown paragraph: a section title, not a clause."""
        m = _BOLD_ONLY.match(s)
        if m and not nxt:
            text = _clean(m.group("inner"), {})[0]
        elif _is_caps_heading(s) or _clean(s, {})[0].lower().rstrip(":. ") in _SPECIAL_HEADINGS:
            text = _clean(s, {})[0]
        else:
            return False
        special = _SPECIAL_HEADINGS.get(text.lower().rstrip(":. "))
        top = self.stack[-1]
        if special is None and top.kind == "heading" and top.level == 50 and not top.children \
                and not top.parts and not top.titled and top.line and i + 1 - top.line <= 3:
            top.label = f"{top.label} {s.strip()}"  # "ARTICLE 1" / "GENERAL PROVISIONS"
            top.titled = True
            return True
        self._pop_points()
        if special is not None:
            stack = self.stack
            for k in range(len(stack) - 1, 0, -1):
                if stack[k].style == f"kw:{special}":
                    del stack[k:]
                    break
            node = self._new("heading", f"kw:{special}", special, indent=-1, content=0, line=i + 1,
                             level=50, label=s.strip())
            self._attach(node, self.stack[-1])
            self.stack.append(node)
            return True
        self._heading_note(text)
        return True

    def _paragraph(self, s: str, indent: int, i: int, nxt: str) -> None:
        if not self.started:
            if s[0] in "*_" and len(s) > 1 and s[1] not in "*_ \t":
                self.prov.append(s)  # the italic provenance note of the Paris drafts
                self.para = _Holder(self.prov)
                return
            if not self.lead.parts and not self.title_candidates and not nxt and _title_like(s):
                self.title_candidates.append(_clean(s, {})[0])
                self.para = None
                return
            if not self.lead.parts:
                self.lead.line = i + 1
            self.lead.parts.append(s)
            self.para = self.lead
            return
        stack = self.stack
        if self.markdown:
            while True:
                f = stack[-1]
                if f.kind == "point" and indent > f.indent:
                    break
                if f.kind == "option" and indent >= f.indent:
                    break
                if f.kind in ("heading", "root"):
                    break
                stack.pop()
        else:
            while stack[-1].kind == "para":
                stack.pop()
        target = stack[-1]
        if not target.children or (not self.markdown and target.kind in ("point", "option")):
            target.parts.append(s)
            self.para = target
            return
        target.paras += 1
        node = self._new("para", "para", f"p{target.paras}", indent=indent, content=indent + 1, line=i + 1)
        node.parts.append(s)
        self._attach(node, target)
        target.lead = node
        self.para = node


class _Holder:
    """Collects continuation lines of a provenance paragraph into the plan notes."""

    def __init__(self, sink: list[str]) -> None:
        self.parts = sink


# --------------------------------------------------------------------------------------------
# Small helpers


def _int_value(num: str) -> int | None:
    if num.isdigit():
        return int(num)
    if _ROMAN.match(num.lower()):
        return _roman_value(num.lower())
    if len(num) == 1 and num.isalpha():
        return ord(num.lower()) - 96
    return None


def _roman_value(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def _is_caps_heading(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 3 or any(c.islower() for c in letters):
        return False
    return len(s.split()) <= 12 and not s.rstrip().endswith((",", ";"))


def _title_like(s: str) -> bool:
    return len(s.split()) <= 15 and not s.rstrip().endswith((".", ",", ";", ":")) and s[0] not in "[("


_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~ ])")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_INLINE_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:https?://|/|#|mailto:|\.{1,2}/|www\.)[^)\s]*(?:[ \t]+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[([^\[\]]*)\]")
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_SUPER = re.compile(r"\^([^\s^]+)\^")
_STARS = re.compile(r"(?<!\s)\*+|\*+(?!\s)")
_UNDERS = re.compile(r"(?<!\w)_+(?=\S)|(?<=\S)_+(?!\w)")
_SPACES = re.compile(r"\s+")


def _clean(raw: str, links: dict[str, str]) -> tuple[str, list[str]]:
    """Markdown markup out, words in: (plain text, footnote labels referenced)."""
    refs = _FOOT_REF.findall(raw)
    text = _FOOT_REF.sub("", raw) if refs else raw
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: f"\x00{ord(m.group(1))}\x01", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub("", text)
    if "](" in text:
        text = _INLINE_LINK.sub(r"\1", text)
    if "][" in text and links:
        def ref(m: re.Match) -> str:
            label = (m.group(2) or m.group(1)).lower()
            return m.group(1) if label in links else m.group(0)
        text = _REF_LINK.sub(ref, text)
    if "^" in text:
        text = _SUPER.sub(r"\1", text)
    if "*" in text:
        text = _STARS.sub("", text)
    if "_" in text:
        text = _UNDERS.sub("", text)
    if "\x00" in text:
        text = re.sub(r"\x00(\d+)\x01", lambda m: chr(int(m.group(1))), text)
    text = _SPACES.sub(" ", text).strip()
    return text, refs


def apply_brackets(text: str, policy: str) -> str:
    """Square-bracketed (not yet agreed) wording under a policy.

    >>> apply_brackets("Parties [shall][should] act [now]", "first")
    'Parties shall act now'
    >>> apply_brackets("Parties [shall][should] act", "strip")
    'Parties shallshould act'
    >>> apply_brackets("Parties [shall][should] act", "keep")
    'Parties [shall][should] act'
    """
    if policy == "keep" or ("[" not in text and "]" not in text):
        return text
    if policy == "strip":
        out = text.replace("[", "").replace("]", "")
    else:
        root: list = []
        stack = [root]
        for piece in re.split(r"([\[\]])", text):
            if piece == "[":
                group: list = []
                stack[-1].append(group)
                stack.append(group)
            elif piece == "]":
                if len(stack) > 1:
                    stack.pop()
            elif piece:
                stack[-1].append(piece)
        out = _render_first(root)
    return _SPACES.sub(" ", out).strip()


def _render_first(items: list) -> str:
    out: list[str] = []
    previous_group = False
    for item in items:
        if isinstance(item, list):
            if not previous_group:
                out.append(_render_first(item))
            previous_group = True
        else:
            out.append(item)
            previous_group = False
    return "".join(out)


def slugify(name: str) -> str:
    """A plan id from a file name: lowercase letters, digits, '.', '_' and '-'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9._-]+", "-", folded)
    slug = re.sub(r"-{2,}", "-", slug).strip("-._")
    return slug or "imported"


# --------------------------------------------------------------------------------------------
# Pre-passes: front matter, footnotes, link definitions


def _front_matter(lines: list[str]) -> tuple[int, dict[str, str]]:
    if not lines or lines[0].strip() != "---":
        return 0, {}
    for end in range(1, min(len(lines), 300)):
        if lines[end].strip() in ("---", "..."):
            meta: dict[str, str] = {}
            for line in lines[1:end]:
                m = re.match(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$", line)
                if m and m.group(2):
                    value = m.group(2)
                    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                        value = value[1:-1]
                    meta[m.group(1).lower()] = value
            return end + 1, meta
    return 0, {}


def _definitions(lines: list[str], first: int) -> tuple[set[int], dict[str, list[str]], dict[str, str]]:
    """Footnote definitions (with their continuation lines) and link reference definitions:
    they are not clauses, so their lines are set aside before parsing."""
    consumed: set[int] = set()
    notes: dict[str, list[str]] = {}
    links: dict[str, str] = {}
    n = len(lines)
    i = first
    while i < n:
        line = lines[i]
        if "]:" not in line or not line.lstrip().startswith("["):
            i += 1
            continue
        m = _FOOT_DEF.match(line)
        if m:
            label = m.group(1)
            body = [m.group(2).strip()]
            consumed.add(i)
            j = i + 1
            while j < n:
                nxt = lines[j]
                if not nxt.strip():
                    k = j + 1
                    while k < n and not lines[k].strip():
                        k += 1
                    if k < n and lines[k][:1] in (" ", "\t") and not _FOOT_DEF.match(lines[k]):
                        consumed.update(range(j, k))
                        j = k
                        continue
                    break
                if _FOOT_DEF.match(nxt) or _LINK_DEF.match(nxt) or _ATX.match(nxt.strip()):
                    break
                body.append(nxt.strip())
                consumed.add(j)
                j += 1
            notes.setdefault(label, []).append(" ".join(b for b in body if b))
            i = j
            continue
        m = _LINK_DEF.match(line)
        if m:
            links.setdefault(m.group(1).strip().lower(), m.group(2))
            consumed.add(i)
        i += 1
    return consumed, notes, links


# --------------------------------------------------------------------------------------------
# Building the Plan


class _Builder:
    def __init__(self, links: dict[str, str], footnotes: dict[str, list[str]], brackets: str) -> None:
        self.links = links
        self.footnotes = footnotes
        self.brackets = brackets
        self.used_ids: set[str] = set()
        self.used_notes: set[str] = set()

    def clause(self, node: _Node, parent_full: str | None, depth: int) -> Clause | None:
        own = node.own or "1"
        full = full_clause_id(parent_full, own)
        local = own
        if parent_full and own.startswith(parent_full) and not _carries(parent_full, own):
            full = local = f"{parent_full}.{own}"
        if full in self.used_ids:
            k = 2
            while f"{full}-{k}" in self.used_ids:
                k += 1
            full, local = f"{full}-{k}", f"{local}-{k}"
            if full_clause_id(parent_full, local) != full:
                local = full
        self.used_ids.add(full)
        refs: list[str] = []
        notes = list(node.notes)
        body = " ".join(p for p in node.parts if p.strip())
        text, body_refs = _clean(body, self.links)
        refs += body_refs
        title, _, as_written = node.label.partition("\x00")
        label, label_refs = _clean(as_written or title, self.links)
        if node.kind == "heading":
            refs += label_refs
            if node.titled:
                notes.insert(0, f"Heading: {label}")
            if as_written and not text:
                text = title
        text = apply_brackets(text, self.brackets) if text else ""
        if not text and node.kind == "heading":
            text = apply_brackets(label, self.brackets)
        if not text:
            text = label or own
        for ref in dict.fromkeys(refs):
            if ref in self.footnotes:
                self.used_notes.add(ref)
                notes.append(f"Footnote {ref}: " + " ".join(_clean(t, self.links)[0] for t in self.footnotes[ref]))
        children = tuple(
            c for c in (self.clause(child, full, depth + 1) for child in node.children) if c is not None
        )
        return Clause(id=full, text=text, local_id=local, topics=(), note="\n".join(notes) or None,
                      children=children, parent=parent_full, depth=depth, line=node.line or None,
                      option=node.kind == "option")


def _carries(parent: str, own: str) -> bool:
    """``own`` already carries its parent's number (``10a`` under ``10``, ``3.3`` under ``3``),
    as opposed to merely starting with the same digit (``10`` under ``1``)."""
    if len(own) <= len(parent):
        return False
    nxt = own[len(parent)]
    return nxt == "." or (nxt.isalpha() and not parent[-1].isalpha())


def _count_points(node: _Node) -> int:
    """Clauses that come from numbering (not paragraphs, preambles or annex containers)."""
    return sum(
        (c.kind not in ("para", "pre") and c.style not in ("kw:pre", "kw:annex", "kw:app")) + _count_points(c)
        for c in node.children
    )


def import_text(
    text: str,
    *,
    path: str | None = None,
    plan_id: str | None = None,
    title: str | None = None,
    brackets: str = "keep",
) -> Plan:
    """The plan described by a plain-text or Markdown document (see the module docstring).

    ``path`` names the file in messages and gives the default id (its stem, slugified) and
    title; ``brackets`` is ``keep``, ``first`` or ``strip`` (see :func:`apply_brackets`).
    """
    shown = "<stdin>" if path == "-" else (path or "<text>")
    if brackets not in BRACKET_POLICIES:
        raise PlandiffError(f"unknown brackets policy {brackets!r}; use keep, first or strip")
    if plan_id is not None and not _PLAN_ID.match(plan_id):
        raise PlandiffError(f"plan id {plan_id!r} must be lowercase letters, digits, '.', '_' or '-' "
                            "(starting with a letter or digit)")
    if title is not None and not title.strip():
        raise PlandiffError("the plan title must not be empty")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first, meta = _front_matter(lines)
    consumed, footnotes, links = _definitions(lines, first)
    suffix = PurePath(path).suffix.lower() if path and path != "-" else ""
    markdown = suffix in (".md", ".markdown") or first > 0 or any(
        _ATX.match(line) and line.startswith("#") for line in lines[first:] if line[:1] == "#"
    )
    parser = _Parser(lines, consumed, first, markdown)
    parser.run()
    if not parser.started and parser.lead.parts:
        parser._flush_lead()
    if _count_points(parser.root) == 0:
        raise PlandiffError(f"{shown}: no numbered points found; {EXPECTED_FORMS}")

    builder = _Builder(links, footnotes, brackets)
    clauses = tuple(c for c in (builder.clause(n, None, 0) for n in parser.root.children) if c is not None)

    stem = PurePath(path).stem if path and path != "-" else ""
    found = meta.get("title") or (parser.title_candidates[0] if parser.title_candidates else "") or stem
    plan_title = title.strip() if title else (_clean(found, links)[0] or "Imported plan")
    notes = [_clean(p, links)[0] for p in parser.prov]
    if meta.get("title") or title:
        notes = [_clean(t, links)[0] for t in parser.title_candidates[:1]] + notes
    notes += [f"Heading: {h}" for h in parser.pending]
    for label, bodies in footnotes.items():
        if label not in builder.used_notes:
            notes.append(f"Footnote {label}: " + " ".join(_clean(b, links)[0] for b in bodies))
    date = meta.get("date")
    if date and not re.match(r"^\d{4}-\d{2}-\d{2}$", date):
        date = None
    sources = tuple(Source(url=u) for u in dict.fromkeys(links.values()) if u.startswith(("http://", "https://")))
    return Plan(
        id=plan_id or (slugify(stem) if stem else "imported"),
        title=plan_title,
        clauses=clauses,
        date=date,
        notes="\n\n".join(n for n in notes if n) or None,
        sources=sources,
        path=path if path and path != "-" else None,
    )
