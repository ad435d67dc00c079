"""A bordered grid of wrapped text cells: the part of ``rich.table.Table`` the side-by-side view
uses, laid out directly.

The terminal view drew its side-by-side columns with a rich Table (expanding, heavy header, a
rule between rows). A Table measures every cell to size its columns, renders each one through
padding and line-cropping wrappers, then reshapes the lines it got: about 20 ms for a comparison
of 50 clauses, a fifth of the command's run. Here the column widths are known in advance (fixed
status and id columns, two text columns sharing the rest equally), so each cell is wrapped once
with :meth:`rich.text.Text.wrap` and the lines are joined with the box characters. The output is
the same, character for character, as the Table it replaces (``tests/golden``): the same widths
(rich's ratio distribution), padding (one cell each side, none at the outer edges), wrapping,
justification, header alignment (bottom) and box (``HEAVY_HEAD``, ASCII where the terminal
cannot show it).
"""

from __future__ import annotations

from math import ceil
from typing import NamedTuple

from rich.segment import Segment
from rich.text import Text


class Column(NamedTuple):
    header: str
    width: int | None = None  # cells of content; None: a text column sharing the free width
    justify: str = "left"
    no_wrap: bool = False
    overflow: str = "fold"


def ratio_distribute(total: int, ratios: list[int], minimums: list[int] | None = None) -> list[int]:
    """``total`` split by ``ratios`` with per-slot minimums (rich's rule, so widths agree)."""
    if minimums:
        ratios = [ratio if minimum else 0 for ratio, minimum in zip(ratios, minimums)]
    total_ratio = sum(ratios)
    remaining = total
    out = []
    for ratio, minimum in zip(ratios, minimums or [0] * len(ratios)):
        share = max(minimum, ceil(ratio * remaining / total_ratio)) if total_ratio > 0 else remaining
        out.append(share)
        total_ratio -= ratio
        remaining -= share
    return out


class Grid:
    """Rows of cells (a Text, or a list of Texts shown one below the other) under a header row,
    as wide as the console; every column but the flexible ones has a fixed width."""

    def __init__(self, columns: list[Column], header_style: str = "bold") -> None:
        self.columns = columns
        self.header_style = header_style
        self.rows: list[list[Text | list[Text]]] = []

    def add_row(self, *cells: Text | list[Text]) -> None:
        self.rows.append(list(cells))

    def _padding(self, index: int) -> tuple[int, int]:
        """(left, right) padding of a column: one cell each side, none at the outer edges."""
        return (0 if index == 0 else 1), (0 if index == len(self.columns) - 1 else 1)

    def widths(self, max_width: int) -> list[int] | None:
        """Each column's width with its padding; None when the fixed columns leave no room."""
        n = len(self.columns)
        inner = max_width - (n + 1)  # the outer edges and one divider between columns
        pads = [sum(self._padding(i)) for i in range(n)]
        fixed = [0 if c.width is None else c.width + pads[i] for i, c in enumerate(self.columns)]
        flexible = [i for i, c in enumerate(self.columns) if c.width is None]
        shares = ratio_distribute(inner - sum(fixed), [1] * len(flexible), [1 + pads[i] for i in flexible])
        widths = list(fixed)
        for i, share in zip(flexible, shares):
            widths[i] = share
        if sum(widths) > inner:
            return None
        if sum(widths) < inner:
            widths = [w + extra for w, extra in zip(widths, ratio_distribute(inner - sum(widths), widths))]
        return widths

    def __rich_console__(self, console, options):
        from rich.box import HEAVY_HEAD

        widths = self.widths(options.max_width)
        if widths is None:  # narrower than the fixed columns: the caller stacks instead
            raise ValueError(f"a grid of these columns needs more than {options.max_width} cells")
        box = HEAVY_HEAD.substitute(options, safe=console.safe_box)
        line = Segment.line()
        yield Segment(box.get_top(widths))
        yield line
        header = [Text(c.header) for c in self.columns]
        yield from self._row(console, header, widths, (box.head_left, box.head_vertical, box.head_right),
                             bottom=True, style=console.get_style(self.header_style))
        yield Segment(box.get_row(widths, "head", edge=True))
        yield line
        for n, cells in enumerate(self.rows):
            if n:
                yield Segment(box.get_row(widths, "row", edge=True))
                yield line
            edges = (box.foot_left, box.foot_vertical, box.foot_right) if n == len(self.rows) - 1 else (
                box.mid_left, box.mid_vertical, box.mid_right)
            yield from self._row(console, cells, widths, edges)
        yield Segment(box.get_bottom(widths))
        yield line

    def _row(self, console, cells, widths, edges, *, bottom: bool = False, style=None):
        """One row's lines: each cell wrapped to its width, shorter cells filled with blank lines
        (at the top for the header row, which is aligned to the bottom, as rich does)."""
        left_edge, divider, right_edge = (Segment(c) for c in edges)
        blocks = []
        for index, (cell, width, column) in enumerate(zip(cells, widths, self.columns)):
            pad_left, pad_right = self._padding(index)
            inner = width - pad_left - pad_right
            lines: list[Text] = []
            for text in cell if isinstance(cell, list) else [cell]:
                lines.extend(text.wrap(console, inner, justify=column.justify, overflow=column.overflow,
                                       no_wrap=column.no_wrap))
            blocks.append((lines, inner, pad_left, pad_right))
        height = max(len(lines) for lines, *_ in blocks)
        rendered = []
        for (lines, inner, pad_left, pad_right), width in zip(blocks, widths):
            left = [Segment(" " * pad_left, style)] if pad_left else []
            right = [Segment(" " * pad_right, style)] if pad_right else []
            cell = [[*left, *_segments(console, t, style), *right] for t in lines]
            blank = [[Segment(" " * width, style)]] * (height - len(lines))
            rendered.append(blank + cell if bottom else cell + blank)
        last = len(rendered) - 1
        for row in range(height):
            yield left_edge
            for index, cell in enumerate(rendered):
                yield from cell[row]
                if index != last:
                    yield divider
            yield right_edge
            yield Segment.line()

def _segments(console, line: Text, style) -> list[Segment]:
    """A wrapped line's segments, its own style under its spans' and the row's under both (how a
    Table applies them when it joins a cell's lines)."""
    segments = line.render(console, end="")
    if line.style:
        segments = Segment.apply_style(segments, console.get_style(line.style))
    if style:
        segments = Segment.apply_style(segments, style)
    return list(segments)
