"""A fast reader for the plain YAML that plan files are written in.

Why it exists: PyYAML builds a Python object per parse event, even with libyaml underneath, and
spends about 3 s composing a 50,000-clause plan (12 MB); the scale targets give the whole
comparison less than that. Plan files use a small, regular part of YAML: block mappings and
sequences, plain and quoted scalars, flow lists of scalars, literal/folded block scalars and
comments. This module reads exactly that part, line by line, straight into the
:mod:`plandiff.yamltree` tree (with positions), roughly ten times faster.

Its contract is narrow on purpose: for any input it either returns the tree PyYAML would have
produced, or ``None`` ("not sure"), and the caller falls back to PyYAML, which then also reports
syntax errors. It never raises for bad input. Anchors, aliases, tags, flow mappings, complex
keys, directives and anything unusual are "not sure". The property tests in
``tests/test_fastyaml.py`` check the equivalence on generated documents.
"""

from __future__ import annotations

import re

from plandiff.yamltree import STR, Map, Node, Scalar, Seq

# A plain key at the start of a line: a name, or a decimal integer (the lexicon's strength
# levels), which yamltree.to_python turns back into an int as PyYAML would. Public: the catalogue
# uses it to find a header's top-level entries.
KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_.\-]*|0|[1-9][0-9]*)[ \t]*:(?:[ \t]+|$)")
_FLOW_PLAIN = re.compile(r"[^,\]\[{}#\"']*")
_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@`")
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85",
    "_": "\xa0", "L": "\u2028", "P": "\u2029",
}
_HEX = {"x": 2, "u": 4, "U": 8}


class _Unsure(Exception):
    """Raised inside the reader when the input leaves the supported subset."""


# YAML 1.1 implicit types of plain scalars (yaml.org/type: bool, int, float, null, timestamp,
# merge, value), resolved here so that reading a plan never imports PyYAML: the import alone
# costs about 8 ms of start-up. Only scalars whose first character could begin a typed value are
# looked at; tests/test_fastyaml.py checks this against PyYAML's resolver.
_TYPED_START = frozenset("yYnNtTfFoO0123456789-+.~<=!&*")
_BOOLS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF".split())
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_PATTERNS: list | None = None


def _patterns() -> list:
    global _PATTERNS
    if _PATTERNS is None:
        import re

        _PATTERNS = [
            ("tag:yaml.org,2002:float", re.compile(
                r"[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")),
            ("tag:yaml.org,2002:int", re.compile(
                r"[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                r"|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+")),
            ("tag:yaml.org,2002:merge", re.compile(r"<<")),
            ("tag:yaml.org,2002:timestamp", re.compile(
                r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
                r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
                r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?")),
            ("tag:yaml.org,2002:value", re.compile(r"=")),
            ("tag:yaml.org,2002:yaml", re.compile(r"[!&*]")),
        ]
    return _PATTERNS


def resolve(value: str) -> str:
    """The tag PyYAML's safe loader gives the plain scalar ``value``."""
    if value and value[0] not in _TYPED_START:
        return STR
    if value in _BOOLS:
        return "tag:yaml.org,2002:bool"
    if value in _NULLS:
        return "tag:yaml.org,2002:null"
    for tag, pattern in _patterns():
        if pattern.fullmatch(value):
            return tag
    return STR


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        # Indentation and content of every line, computed once: the reader looks at each
        # line several times (is it blank? deeper? a key?) and this is its hot path.
        contents = [line.lstrip(" ") for line in self.lines]
        self.contents = contents
        self.indents = [len(a) - len(b) for a, b in zip(self.lines, contents)]
        self.pos = 0
        self.resolve = resolve

    # -- line helpers ------------------------------------------------------------------------
    def current(self) -> tuple[int, str] | None:
        """The next significant line (indent, content), skipping blank and comment lines."""
        contents = self.contents
        pos = self.pos
        n = len(contents)
        while pos < n:
            content = contents[pos]
            if content and content[0] != "#":
                if content[0] == "\t":
                    raise _Unsure
                self.pos = pos
                return self.indents[pos], content
            pos += 1
        self.pos = pos
        return None

    def set_line(self, indent: int, content: str) -> None:
        self.lines[self.pos] = " " * indent + content
        self.contents[self.pos] = content
        self.indents[self.pos] = indent

    # -- blocks --------------------------------------------------------------------------------
    def block(self, indent: int, content: str) -> Node:
        if content == "-" or content.startswith("- "):
            return self.sequence(indent)
        if KEY.match(content):
            return self.mapping(indent)
        raise _Unsure

    def mapping(self, indent: int) -> Map:
        node = Map([], self.pos + 1, indent + 1)
        while True:
            cur = self.current()
            if cur is None or cur[0] < indent:
                return node
            ind, content = cur
            if ind > indent:
                raise _Unsure
            m = KEY.match(content)
            if not m:
                if content == "-" or content.startswith("- "):
                    return node  # a sequence at the parent's level ends this mapping
                raise _Unsure
            key = m.group(1)
            line_no = self.pos + 1
            rest = content[m.end():]
            value = self.value_after_indicator(indent, rest, line_no, ind + m.end(), allow_same_indent_seq=True)
            node.items.append((key, line_no, ind + 1, value))

    def sequence(self, indent: int) -> Seq:
        node = Seq([], self.pos + 1, indent + 1)
        while True:
            cur = self.current()
            if cur is None or cur[0] < indent:
                return node
            ind, content = cur
            if ind > indent or not (content == "-" or content.startswith("- ")):
                if ind == indent and KEY.match(content):
                    return node  # the enclosing mapping's next key
                raise _Unsure
            line_no = self.pos + 1
            rest = content[1:]
            stripped = rest.lstrip(" ")
            col = ind + 1 + (len(rest) - len(stripped))
            if stripped and not stripped.startswith("#") and (
                KEY.match(stripped) or stripped == "-" or stripped.startswith("- ")
            ):
                # "- key: value" opens a block node whose indentation is the item's column.
                self.set_line(col, stripped)
                node.items.append(self.block(col, stripped))
            else:
                node.items.append(self.value_after_indicator(indent, rest, line_no, ind + 1))

    def value_after_indicator(
        self, indent: int, rest: str, line_no: int, start: int, allow_same_indent_seq: bool = False
    ) -> Node:
        """The value following ``key:`` or ``-`` on line ``line_no`` (1-based); ``rest`` is
        the line after the indicator and ``start`` its 0-based column."""
        col = start + 1
        stripped = rest.strip(" ")
        if not stripped or stripped.startswith("#"):
            self.pos += 1
            cur = self.current()
            if cur is not None and (
                cur[0] > indent
                or (allow_same_indent_seq and cur[0] == indent
                    and (cur[1] == "-" or cur[1].startswith("- ")))
            ):
                return self.block(cur[0], cur[1])
            return Scalar("", "tag:yaml.org,2002:null", line_no, col)
        lead = len(rest) - len(rest.lstrip(" "))
        col = col + lead
        text = rest.lstrip(" ")
        first = text[0]
        if first == '"':
            return Scalar(self.double_quoted(text, indent), STR, line_no, col)
        if first == "'":
            return Scalar(self.single_quoted(text, indent), STR, line_no, col)
        if first == "[":
            return self.flow_list(text, line_no, col, indent)
        if first in "|>":
            return Scalar(self.block_scalar(text, indent), STR, line_no, col)
        value = self.plain(text, indent)
        return Scalar(value, self.resolve(value), line_no, col)

    # -- scalars --------------------------------------------------------------------------------
    def continuation(self, indent: int) -> list[str]:
        """Following lines more indented than ``indent`` (for multi-line scalars); blank lines
        inside are kept as '' so folding can turn them into newlines."""
        contents = self.contents
        indents = self.indents
        out: list[str] = []
        p = self.pos + 1
        n = len(contents)
        while p < n:
            content = contents[p]
            if not content:
                out.append("")
                p += 1
                continue
            if indents[p] <= indent:
                break
            if content[0] == "\t":
                raise _Unsure
            out.append(content.rstrip(" "))
            p += 1
        while out and out[-1] == "":
            out.pop()
        self.pos += len(out) + 1
        return out

    def plain(self, text: str, indent: int) -> str:
        if text[0] in _PLAIN_BAD_START and not (text[0] in "-?:" and len(text) > 1 and text[1] != " "):
            raise _Unsure
        first = self._plain_line(text)
        parts = [first]
        extra = self.continuation(indent)
        if extra:
            if any(" #" in line for line in (text, *extra[:-1])):
                raise _Unsure  # a comment ends a plain scalar: a line after it is an error
            for piece in extra:
                if piece.startswith("#"):
                    raise _Unsure  # a comment line inside a scalar: leave it to PyYAML
                parts.append(self._plain_line(piece) if piece else "")
        return _fold(parts)

    @staticmethod
    def _plain_line(text: str) -> str:
        cut = text.find(" #")
        if cut >= 0:
            text = text[:cut]
        text = text.rstrip(" \t")
        if ": " in text or text.endswith(":") or "\t" in text or "\r" in text:
            raise _Unsure
        return text

    def _quoted_lines(self, text: str, indent: int, quote: str) -> tuple[list[str], str]:
        """Split a quoted scalar into its raw lines and what follows its closing quote."""
        body = text[1:]
        lines = [body]
        end = _closing(body, quote)
        p = self.pos
        while end < 0:
            p += 1
            if p >= len(self.lines):
                raise _Unsure
            nxt = self.lines[p]
            content = nxt.lstrip(" ")
            if content and len(nxt) - len(content) <= indent:
                raise _Unsure
            lines.append(content)
            end = _closing(content, quote)
        tail = lines[-1][end + 1:].strip(" ")
        if tail and not tail.startswith("#"):
            raise _Unsure
        lines[-1] = lines[-1][:end]
        self.pos = p + 1
        return lines, tail

    def single_quoted(self, text: str, indent: int) -> str:
        lines, _ = self._quoted_lines(text, indent, "'")
        if len(lines) > 1 and (lines[-1].strip(" ") == "" or lines[0].strip(" ") == ""):
            raise _Unsure  # a quote alone at a line's end or start: folding rules are subtle
        if len(lines) > 1:
            lines = [lines[0].rstrip(" ")] + [x.strip(" ") for x in lines[1:-1]] + [lines[-1].lstrip(" ")]
        return _fold(lines).replace("''", "'")

    def double_quoted(self, text: str, indent: int) -> str:
        lines, _ = self._quoted_lines(text, indent, '"')
        if len(lines) > 1 and lines[-1].strip(" ") == "":
            raise _Unsure  # closing quote alone on a line: rare, folding rules are subtle
        out: list[str] = []
        pending = 0  # empty lines seen since the last piece of text
        escaped_break = False
        last = len(lines) - 1
        for k, raw in enumerate(lines):
            piece = raw if k == 0 else raw.lstrip(" ")
            if k < last and _ends_with_escape(piece):
                if k > 0 and not escaped_break:
                    out.append("\n" * pending if pending else " ")
                pending = 0
                out.append(_unescape(piece[:-1]))
                escaped_break = True
                continue
            if k < last:
                piece = piece.rstrip(" ")
                if piece == "" and k > 0:
                    pending += 1
                    continue
            if k > 0 and not escaped_break:
                out.append("\n" * pending if pending else " ")
            pending = 0
            escaped_break = False
            out.append(_unescape(piece))
        return "".join(out)

    def block_scalar(self, text: str, indent: int) -> str:
        header = text.split(" #", 1)[0].rstrip(" ")
        if header not in {"|", "|-", ">", ">-"}:
            raise _Unsure
        lines: list[str] = []
        p = self.pos + 1
        block_indent = None
        while p < len(self.lines):
            line = self.lines[p]
            content = line.lstrip(" ")
            if not content:
                lines.append("")
                p += 1
                continue
            ind = len(line) - len(content)
            if ind <= indent:
                break
            if block_indent is None:
                block_indent = ind
            if ind < block_indent or content[0] == "\t":
                raise _Unsure
            if header[0] == ">" and ind > block_indent:
                raise _Unsure  # more-indented lines in folded scalars have special rules
            lines.append(line[block_indent:])
            p += 1
        if p == len(self.lines) and self.lines[-1] != "":
            raise _Unsure  # no final line break: chomping rules differ at end of input
        self.pos = p
        while lines and lines[-1] == "":
            lines.pop()
        if not lines:
            return ""
        if header[0] == "|":
            value = "\n".join(lines)
        else:
            value = _fold(lines)
        return value if header.endswith("-") else value + "\n"

    def flow_list(self, text: str, line_no: int, col: int, indent: int) -> Seq:
        """``[a, "b", c]``; it may go on over following lines (more indented than the key)
        when each line ends right after a comma, so that no item itself spans lines."""
        items: list[Node] = []
        i = 1
        n = len(text)
        first_line, first_col = line_no, col
        extra_lines = 0
        while True:
            while i < n and text[i] == " ":
                i += 1
            if i >= n:
                if not items or text.rstrip(" ")[-1:] != ",":
                    raise _Unsure  # an item or the opening bracket runs on: leave it to PyYAML
                p = self.pos + extra_lines + 1
                if p >= len(self.contents) or not self.contents[p] or self.indents[p] <= indent:
                    raise _Unsure
                text = self.contents[p]
                if text[0] in "\t#":
                    raise _Unsure
                extra_lines += 1
                line_no += 1
                col = self.indents[p] + 1
                i, n = 0, len(text)
                continue
            ch = text[i]
            if ch == "]" and not items:
                i += 1
                break
            start = i
            if ch in "\"'":
                end = _closing(text[i + 1:], ch)
                if end < 0:
                    raise _Unsure
                raw = text[i + 1: i + 1 + end]
                value = _unescape(raw) if ch == '"' else raw.replace("''", "'")
                items.append(Scalar(value, STR, line_no, col + start))
                i = i + 2 + end
            else:
                j = _FLOW_PLAIN.match(text, i).end()  # up to the next , or ] (or a character we refuse)
                if j < n and text[j] not in ",]":
                    raise _Unsure  # a bracket, brace, quote or '#' inside a plain item
                raw = text[i:j]
                if ": " in raw:
                    raise _Unsure
                value = raw.strip(" ")
                if not value or value[0] in _PLAIN_BAD_START:
                    raise _Unsure
                items.append(Scalar(value, self.resolve(value), line_no, col + start))
                i = j
            while i < n and text[i] == " ":
                i += 1
            if i < n and text[i] == ",":
                i += 1
                continue
            if i < n and text[i] == "]":
                i += 1
                break
            raise _Unsure
        tail = text[i:].strip(" ")
        if tail and not tail.startswith("#"):
            raise _Unsure
        self.pos += 1 + extra_lines
        return Seq(items, first_line, first_col)


def _closing(s: str, quote: str) -> int:
    """Index of the closing quote in ``s`` (which starts after the opening one), or -1."""
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if quote == '"' and c == "\\":
            i += 2
            continue
        if c == quote:
            if quote == "'" and i + 1 < n and s[i + 1] == "'":
                i += 2
                continue
            return i
        i += 1
    return -1


def _ends_with_escape(s: str) -> bool:
    count = len(s) - len(s.rstrip("\\"))
    return count % 2 == 1


def _unescape(s: str) -> str:
    if "\\" not in s:
        return s
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise _Unsure
        e = s[i + 1]
        if e in _ESCAPES:
            out.append(_ESCAPES[e])
            i += 2
        elif e in _HEX:
            width = _HEX[e]
            digits = s[i + 2: i + 2 + width]
            if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise _Unsure
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            raise _Unsure
    return "".join(out)


def _fold(lines: list[str]) -> str:
    """YAML line folding: single line breaks become spaces, each blank line a newline."""
    if len(lines) == 1:
        return lines[0]
    if "" not in lines:
        return " ".join(lines)
    out: list[str] = []
    pending_blank = 0
    for piece in lines:
        if piece == "":
            pending_blank += 1
            continue
        if out:
            out.append("\n" * pending_blank if pending_blank else " ")
        pending_blank = 0
        out.append(piece)
    return "".join(out)


# The characters YAML forbids (the complement of its printable set, 09 0A 0D 20-7E 85 A0-D7FF
# E000-FFFD 10000-10FFFF), written as such: the negated class of the big printable ranges takes
# about 5 ms to compile, this one a few microseconds.
_NON_PRINTABLE = re.compile("[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]")


def read(text: str) -> Node | None:
    """The document's tree, or None when the text is outside the subset read here."""
    if "\r" in text or "\t" in text and _tab_indent(text):
        return None
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        return None  # YAML also breaks lines at NEL, LS and PS (and folds them in quoted scalars)
    if _NON_PRINTABLE.search(text):
        return None  # PyYAML refuses these characters, with a position: let it
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    # Document markers and directives are rare in plan files; let PyYAML handle them.
    if any(line.startswith(("---", "...", "%")) for line in lines):
        return None
    try:
        reader = _Reader(text)
        cur = reader.current()
        if cur is None:
            return None
        indent, content = cur
        if indent != 0:
            return None
        root = reader.block(0, content)
        if reader.current() is not None:
            return None
        return root
    except (_Unsure, RecursionError):
        return None


def _tab_indent(text: str) -> bool:
    return re.search(r"^ *\t", text, re.MULTILINE) is not None
