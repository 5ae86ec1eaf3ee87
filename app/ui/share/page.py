"""The summary page drawn on any paged device: a PDF file (``QPdfWriter``) or a printer
(``QPrinter``). :func:`paint_summary` is the one drawing; :func:`write_pdf` and printing
(:mod:`.window`) only choose the device.

Why QPainter and not a ``QTextDocument``: the page must stay one page whenever it fits and
break only between rows when it does not, repeat a table's header on the next page, give the
signatures whatever room is left at the bottom, and put the small print at the foot of every
page. A text document flows and breaks where it likes. Here every block is measured first
(:class:`_Text` wraps with ``QTextLayout``, at word boundaries and inside a word only when one
word is wider than its column, so a long name wraps and is never cut), the blocks are placed on
pages (:func:`_paginate`), and only then drawn, each page knowing how many there are.

Sizes are in millimetres and points, converted with the device's resolution, so a printer at
300 dpi and the PDF writer at 600 dpi draw the same page. The page is A4 portrait
(:func:`prepare_device`); a printer set to another paper size gets the same blocks on its page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from app.io.atomic import atomic_write_bytes
from app.ui.share.content import Summary

#: The page: A4 portrait, with margins every printer can print within (millimetres).
PAGE_SIZE = QPageSize.PageSizeId.A4
MARGINS_MM = QMarginsF(14.0, 9.0, 14.0, 7.0)
#: The PDF's resolution (dots per inch): fine enough for hairlines and small print.
PDF_DPI = 600

#: Type sizes in points: the title, a section's heading, the text and tables, the notes, the
#: small print.
TITLE_PT = 13.5
HEADING_PT = 9.5
BODY_PT = 8.0
SMALL_PT = 7.0
TINY_PT = 6.0

#: The type: Arial where there is one (every Windows), else a font with its metrics (Liberation
#: Sans on Linux), so that the page breaks alike on every system; the interface's own font
#: (Segoe UI on Windows) has much taller lines.
FAMILIES = ("Arial", "Liberation Sans", "Helvetica", "DejaVu Sans")

INK = QColor("#000000")
MUTED = QColor("#555555")
RULE = QColor("#BBBBBB")
SHADE = QColor("#EEEEEE")
NOTICE = QColor("#B00020")
BAR = QColor("#0072B2")
TRACK = QColor("#E4E4E4")

#: Millimetres: between sections, around a cell's text (sideways, above and below), between
#: two columns.
SECTION_GAP_MM = 2.0
CELL_PAD_MM = 1.0
ROW_PAD_MM = 0.25
GUTTER_MM = 6.0
#: The weights table (millimetres): the bars' column, each weight set's column, the criteria.
BAR_COLUMN_MM = 44.0
MIN_BAR_COLUMN_MM = 30.0
SET_COLUMN_MM = (12.0, 20.0)
MIN_NAME_COLUMN_MM = 40.0
#: The agreements table: who and by when; the focus communities: their region (millimetres).
RESPONSIBLE_MM = 46.0
DATE_MM = 22.0
REGION_MM = 24.0
#: Two lists (screened out, focus communities) stand side by side when neither is longer than
#: this share of the page; longer, they follow each other across the whole width.
SIDE_BY_SIDE_SHARE = 0.3
#: A row of signatures (two people side by side): its height and the fingerprint's box.
SIGNATURE_ROW_MM = 15.5
FINGERPRINT_MM = 13.0
#: Rows of signatures: at least this many (else they go onto a new page), at most this many.
MIN_SIGNATURE_ROWS = 2
MAX_SIGNATURE_ROWS = 5


@cache
def family() -> str:
    """The first of :data:`FAMILIES` this system has (else the interface's font)."""
    return next((f for f in FAMILIES if QFontDatabase.hasFamily(f)), QFont().family())


def prepare_device(device: QPagedPaintDevice) -> None:
    """A4 portrait with the page's margins (a printer before its dialog, the PDF writer)."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZE),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def pdf_bytes(summary: Summary) -> tuple[bytes, int]:
    """The summary as a PDF file's bytes, and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(summary.document_title)
    writer.setCreator("Priorizar")
    prepare_device(writer)
    pages = paint_summary(writer, summary)  # the PDF is complete when its painter ends
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages


def write_pdf(summary: Summary, path: str | Path) -> int:
    """Write the summary to ``path`` as a PDF, atomically; returns its number of pages."""
    data, pages = pdf_bytes(summary)
    atomic_write_bytes(path, data)
    return pages


def paint_summary(device: QPagedPaintDevice, summary: Summary) -> int:
    """Draw the summary on ``device``, page after page; returns the number of pages."""
    page = _Page(device)
    page.footer_height = _footer(page, summary, 1, 1).height
    pages = _paginate(
        _blocks(page, summary),
        page.body_height,
        _signatures(page, summary),
        _running_head(page, summary),
    )
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the summary cannot be drawn on this device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for y, block in placed:
                block.draw(painter, 0.0, y)
            footer = _footer(page, summary, number, len(pages))
            footer.draw(painter, 0.0, page.height - footer.height)
    finally:
        painter.end()
    return len(pages)


# -- measuring ----------------------------------------------------------------------------------


class _Page:
    """The device's drawable area and its units: millimetres, and fonts at its resolution."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        self.footer_height = 0.0

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / 25.4

    @staticmethod
    def font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(family())
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def text(
        self,
        text: str,
        font: QFont,
        width: float,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        color: QColor = INK,
    ) -> _Text:
        return _Text(text, font, self.device, max(1.0, width), align, color)

    def advance(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    def column(self, header: str, texts: Iterable[str], font: QFont) -> float:
        """A column as wide as its widest text in ``font`` and its header (in the headers'
        bold small type), with the cells' padding."""
        widest = max((self.advance(text, font) for text in texts), default=0.0)
        header_font = self.font(SMALL_PT, bold=True)
        return max(widest, self.advance(header, header_font)) + 2 * self.mm(CELL_PAD_MM)

    def widest_word(self, text: str, font: QFont) -> float:
        return max((self.advance(word, font) for word in text.split()), default=0.0)

    @property
    def body_height(self) -> float:
        """The room above the small print."""
        return self.height - self.footer_height - self.mm(SECTION_GAP_MM)


class _Text:
    """A text wrapped to a width (at word boundaries; inside a word only where one word is wider
    than the column): its height and its first line's, and drawing it."""

    def __init__(
        self,
        text: str,
        font: QFont,
        device: QPagedPaintDevice,
        width: float,
        align: Qt.AlignmentFlag,
        color: QColor,
    ) -> None:
        self.color = color
        self.layout = QTextLayout(text, font, device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.layout.beginLayout()
        height = first = ascent = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, height))
            height += line.height()
            if not first:
                first, ascent = line.height(), line.ascent()
        self.layout.endLayout()
        self.height = height if text else 0.0
        #: the first line's height, and its ascent (from its top to its baseline)
        self.first_line, self.ascent = first, ascent

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.color)
        self.layout.draw(painter, QPointF(x, y))


def _nothing(painter: QPainter, x: float, y: float) -> None:
    return None


@dataclass
class _Block:
    """A piece of the page that is never split: a heading, a paragraph, a row of a table.

    ``keep_with_next``: starts a new page rather than end one (a heading, a table's header).
    ``header``: drawn again above this block when it starts a new page (its table's header).
    ``space``: room between sections, dropped at the top of a page."""

    height: float
    draw: Callable[[QPainter, float, float], None] = field(default=_nothing)
    keep_with_next: bool = False
    header: _Block | None = None
    space: bool = False


def _paginate(
    blocks: Sequence[_Block],
    body: float,
    signatures: Callable[[float], list[_Block]],
    running_head: _Block,
) -> list[list[tuple[float, _Block]]]:
    """Place ``blocks`` from the top of each page down; a block that does not fit (with the
    blocks it is kept with) starts a new page, which begins with ``running_head``. Then the
    signatures take the room left on the last page (``signatures(room)``), or a new page when
    too little is left (they give none)."""
    pages: list[list[tuple[float, _Block]]] = [[]]
    top = y = 0.0

    def new_page() -> None:
        nonlocal top, y
        pages.append([(0.0, running_head)])
        top = y = running_head.height

    for index, block in enumerate(blocks):
        if block.space and y == top:
            continue
        need, following = block.height, index
        while blocks[following].keep_with_next and following + 1 < len(blocks):
            following += 1
            need += blocks[following].height
        if y > top and y + need > body:
            new_page()
            if block.space:
                continue
            if block.header is not None:
                pages[-1].append((y, block.header))
                y += block.header.height
        pages[-1].append((y, block))
        y += block.height
    closing = signatures(body - y)
    if not closing:
        new_page()
        closing = signatures(body - y)
    for block in closing:
        pages[-1].append((y, block))
        y += block.height
    return pages


def _running_head(page: _Page, summary: Summary) -> _Block:
    """The top of every page after the first: whose record it is, so a loose page is known."""
    text = page.text(
        f"{summary.title} · {summary.kicker}",
        page.font(SMALL_PT, bold=True),
        page.width,
        color=MUTED,
    )
    below = page.mm(1.0)

    def draw(painter: QPainter, x: float, y: float) -> None:
        text.draw(painter, x, y)
        painter.setPen(QPen(RULE, page.mm(0.15)))
        painter.drawLine(
            QPointF(x, y + text.height + below / 2),
            QPointF(x + page.width, y + text.height + below / 2),
        )

    return _Block(text.height + below + page.mm(SECTION_GAP_MM), draw)


# -- blocks that any section uses ----------------------------------------------------------------


def _space(page: _Page) -> _Block:
    return _Block(page.mm(SECTION_GAP_MM), space=True)


def _paragraph(
    page: _Page,
    text: str,
    font: QFont,
    width: float,
    *,
    color: QColor = INK,
    keep_with_next: bool = False,
    after: float = 0.0,
    indent: float = 0.0,
) -> _Block:
    laid = page.text(text, font, width - indent, color=color)
    return _Block(
        laid.height + after,
        lambda painter, x, y: laid.draw(painter, x + indent, y),
        keep_with_next=keep_with_next,
    )


def _heading(page: _Page, text: str, width: float, *, aside: str = "") -> _Block:
    """A section's title over a rule; ``aside`` says more in small print beside the title (or
    under it, when there is no room beside it)."""
    font = page.font(HEADING_PT, bold=True)
    title = page.text(text, font, width)
    gap = page.mm(3.0)
    beside = width - page.advance(text, font) - gap
    note = page.text(aside, page.font(SMALL_PT), beside, color=MUTED)
    if note.height > title.first_line:
        note = page.text(aside, page.font(SMALL_PT), width, color=MUTED)
        note_at = QPointF(0.0, title.height)
        height = title.height + note.height
    else:
        note_at = QPointF(width - beside, title.first_line - note.first_line)
        height = title.height
    below = page.mm(0.4)

    def draw(painter: QPainter, x: float, y: float) -> None:
        title.draw(painter, x, y)
        note.draw(painter, x + note_at.x(), y + note_at.y())
        painter.setPen(QPen(INK, page.mm(0.25)))
        line = y + height + below
        painter.drawLine(QPointF(x, line), QPointF(x + width, line))

    return _Block(height + below + page.mm(0.9), draw, keep_with_next=True)


@dataclass(frozen=True)
class _Cell:
    """A table cell's text, wrapped to its column."""

    text: str
    font: QFont
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


_Extra = Callable[[QPainter, float, float], None]


def _row(
    page: _Page,
    cells: Sequence[_Cell | None],
    widths: Sequence[float],
    *,
    lefts: Sequence[float] | None = None,
    shaded: bool = False,
    keep_with_next: bool = False,
    extra: _Extra | None = None,
) -> _Block:
    """One row of a table: each cell wrapped to its column, the row as high as its tallest cell,
    a hairline below. ``lefts``: where each column starts (default: side by side).
    ``extra(painter, x, baseline)`` draws more once the cells are drawn (a bar on the first
    line's baseline)."""
    pad, row_pad = page.mm(CELL_PAD_MM), page.mm(ROW_PAD_MM)
    if lefts is None:
        lefts = [sum(widths[:i]) for i in range(len(widths))]
    laid = [
        None if cell is None else page.text(cell.text, cell.font, width - 2 * pad, align=cell.align)
        for cell, width in zip(cells, widths, strict=True)
    ]
    # the cells' first lines share a baseline, whatever their type sizes
    baseline = max((t.ascent for t in laid if t is not None), default=0.0)
    height = 2 * row_pad + max(
        (baseline - t.ascent + t.height for t in laid if t is not None), default=0.0
    )
    start, end = lefts[0], lefts[-1] + widths[-1]

    def draw(painter: QPainter, x: float, y: float) -> None:
        if shaded:
            painter.fillRect(QRectF(x + start, y, end - start, height), SHADE)
        for text, left in zip(laid, lefts, strict=True):
            if text is not None:
                text.draw(painter, x + left + pad, y + row_pad + baseline - text.ascent)
        if extra is not None:
            extra(painter, x, y + row_pad + baseline)
        painter.setPen(QPen(RULE, page.mm(0.15)))
        painter.drawLine(QPointF(x + start, y + height), QPointF(x + end, y + height))

    return _Block(height, draw, keep_with_next=keep_with_next)


def _table(
    page: _Page,
    headers: Sequence[_Cell | None],
    rows: Sequence[Sequence[_Cell | None]],
    widths: Sequence[float],
    *,
    lefts: Sequence[float] | None = None,
    extras: Sequence[_Extra | None] = (),
) -> list[_Block]:
    """A table's header (repeated on a new page) and its rows."""
    header = _row(page, headers, widths, lefts=lefts, shaded=True, keep_with_next=True)
    blocks = [header]
    for index, cells in enumerate(rows):
        extra = extras[index] if index < len(extras) else None
        block = _row(page, cells, widths, lefts=lefts, extra=extra)
        block.header = header
        blocks.append(block)
    return blocks


def _side_by_side(page: _Page, left: list[_Block], right: list[_Block]) -> _Block:
    """Two columns of blocks as one block (each column placed top down)."""
    gutter = page.mm(GUTTER_MM)
    offset = (page.width + gutter) / 2

    def draw(painter: QPainter, x: float, y: float) -> None:
        for column, blocks in ((0.0, left), (offset, right)):
            top = y
            for block in blocks:
                block.draw(painter, x + column, top)
                top += block.height

    height = max(sum(b.height for b in left), sum(b.height for b in right))
    return _Block(height, draw)


# -- the sections, top to bottom -----------------------------------------------------------------


def _blocks(page: _Page, summary: Summary) -> list[_Block]:
    """Every block of the page but the signatures and the small print, top to bottom."""
    blocks = _head(page, summary)
    blocks += _weights(page, summary)
    blocks += _rankings(page, summary)
    blocks += _outcome(page, summary)
    blocks += _agreements(page, summary)
    return blocks


def _head(page: _Page, summary: Summary) -> list[_Block]:
    width = page.width
    blocks = [
        _paragraph(page, summary.title, page.font(TITLE_PT, bold=True), width),
        _paragraph(
            page,
            " · ".join(text for text in (summary.kicker, summary.subtitle) if text),
            page.font(BODY_PT, bold=True),
            width,
            color=MUTED,
            after=page.mm(1.0),
        ),
    ]
    if summary.notice:
        blocks.append(
            _paragraph(
                page,
                summary.notice,
                page.font(SMALL_PT, bold=True),
                width,
                color=NOTICE,
                after=page.mm(1.0),
            )
        )
    label_font, text_font = page.font(BODY_PT, bold=True), page.font(BODY_PT)
    label_width = max((page.advance(f.label, label_font) for f in summary.facts), default=0.0)
    label_width += page.mm(2.0)
    for fact in summary.facts:
        label = page.text(fact.label, label_font, label_width)
        text = page.text(fact.text, text_font, width - label_width)

        def draw(
            painter: QPainter, x: float, y: float, label: _Text = label, text: _Text = text
        ) -> None:
            label.draw(painter, x, y)
            text.draw(painter, x + label_width, y)

        blocks.append(_Block(max(label.height, text.height) + page.mm(0.25), draw))
    blocks.append(_space(page))
    return blocks


def _weights(page: _Page, summary: Summary) -> list[_Block]:
    """The criteria: which way is better, the weights the rankings used as bars, and every weight
    set in a compact column each."""
    weights = summary.weights
    body, small = page.font(BODY_PT), page.font(SMALL_PT)
    bold_small, bold_tiny = page.font(SMALL_PT, bold=True), page.font(TINY_PT, bold=True)
    pad = page.mm(CELL_PAD_MM)
    right = Qt.AlignmentFlag.AlignRight
    better_width = page.column(weights.headers[1], (r.better for r in weights.rows), small)
    narrowest, widest = (page.mm(mm) for mm in SET_COLUMN_MM)
    set_widths = [
        min(widest, max(narrowest, page.widest_word(name, bold_tiny) + 2 * pad))
        for name in weights.sets
    ]
    bar_width = page.mm(BAR_COLUMN_MM)
    least_name = page.mm(MIN_NAME_COLUMN_MM)
    name_width = page.width - better_width - bar_width - sum(set_widths)
    if name_width < least_name:
        bar_width = max(page.mm(MIN_BAR_COLUMN_MM), bar_width - (least_name - name_width))
        name_width = page.width - better_width - bar_width - sum(set_widths)
    if name_width < least_name and set_widths:
        # many weight sets: their columns as narrow as their numbers, their names wrapped
        share = (page.width - better_width - bar_width - least_name) / len(set_widths)
        set_widths = [max(page.advance("100.0", small) + 2 * pad, share)] * len(set_widths)
        name_width = page.width - better_width - bar_width - sum(set_widths)
    widths = [name_width, better_width, bar_width, *set_widths]
    blocks = [
        _heading(page, weights.title, page.width, aside=weights.used),
    ]
    if set_widths:
        sets_left = name_width + better_width + bar_width
        caption = page.text(
            weights.sets_title,
            bold_tiny,
            sum(set_widths),
            align=Qt.AlignmentFlag.AlignHCenter,
            color=MUTED,
        )
        blocks.append(
            _Block(
                caption.height,
                lambda painter, x, y: caption.draw(painter, x + sets_left, y),
                keep_with_next=True,
            )
        )
    largest = max((r.share for r in weights.rows), default=0.0)
    share_width = page.advance("100.0 %", small) + 2 * pad
    track = bar_width - 2 * pad - share_width

    def bar(share: float, text: str) -> _Extra:
        label = page.text(text, small, share_width, align=right)

        def draw(painter: QPainter, x: float, baseline: float) -> None:
            left = x + name_width + better_width + pad
            top, thickness = baseline - 0.8 * ascent, 0.75 * ascent
            painter.fillRect(QRectF(left, top, track, thickness), TRACK)
            if largest > 0:
                painter.fillRect(QRectF(left, top, track * share / largest, thickness), BAR)
            label.draw(painter, left + track, baseline - label.ascent)

        return draw

    ascent = page.text("Ag", body, page.width).ascent
    blocks += _table(
        page,
        [
            _Cell(weights.headers[0], bold_small),
            _Cell(weights.headers[1], bold_small),
            _Cell(weights.headers[2], bold_small),
            *(_Cell(name, bold_tiny, right) for name in weights.sets),
        ],
        [
            [
                _Cell(row.criterion, body),
                _Cell(row.better, small),
                None,
                *(_Cell(value, small, right) for value in row.in_sets),
            ]
            for row in weights.rows
        ],
        widths,
        extras=[bar(row.share, row.share_text) for row in weights.rows],
    )
    if weights.gates:
        blocks.append(
            _paragraph(page, weights.gates, small, page.width, color=MUTED, after=page.mm(0.4))
        )
        blocks[-1].draw = _shifted(blocks[-1].draw, page.mm(0.4))
    blocks.append(_space(page))
    return blocks


def _shifted(
    draw: Callable[[QPainter, float, float], None], dy: float
) -> Callable[[QPainter, float, float], None]:
    return lambda painter, x, y: draw(painter, x, y + dy)


def _rankings(page: _Page, summary: Summary) -> list[_Block]:
    """Both rankings side by side, their first rows, and how many more each has."""
    body, small = page.font(BODY_PT), page.font(SMALL_PT)
    bold, bold_small = page.font(BODY_PT, bold=True), page.font(SMALL_PT, bold=True)
    pad, gutter = page.mm(CELL_PAD_MM), page.mm(GUTTER_MM)
    half = (page.width - gutter) / 2
    rankings = summary.rankings
    right, left_align = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
    rank_width = max(
        page.column(r.headers[0], ("=88", *(row.rank for row in r.rows)), bold) for r in rankings
    )
    score_width = max(
        page.column(r.headers[2], ("0.000", *(row.score for row in r.rows)), body) for r in rankings
    )
    name_width = half - rank_width - score_width
    widths = [rank_width, name_width, score_width] * 2
    lefts = [0.0, rank_width, rank_width + name_width]
    lefts += [half + gutter + left for left in lefts]

    titles = [page.text(r.title, bold, half) for r in rankings]
    stripe = page.mm(0.8)

    def draw_titles(painter: QPainter, x: float, y: float) -> None:
        for index, (ranking, title) in enumerate(zip(rankings, titles, strict=True)):
            left = x + index * (half + gutter)
            title.draw(painter, left, y)
            painter.fillRect(
                QRectF(left, y + title.height + page.mm(0.3), half, stripe), ranking.color
            )

    blocks = [
        _heading(page, summary.rankings_title, page.width, aside=summary.agreement),
        _Block(
            max(t.height for t in titles) + stripe + page.mm(0.6),
            draw_titles,
            keep_with_next=True,
        ),
    ]
    rows: list[list[_Cell | None]] = []
    for index in range(max(1, *(len(r.rows) for r in rankings))):
        cells: list[_Cell | None] = []
        for ranking in rankings:
            if index < len(ranking.rows):
                row = ranking.rows[index]
                cells += [
                    _Cell(row.rank, bold, right),
                    _Cell(row.name, body),
                    _Cell(row.score, body, right),
                ]
            elif index == 0:
                cells += [None, _Cell(ranking.empty, small), None]
            else:
                cells += [None, None, None]
        rows.append(cells)
    blocks += _table(
        page,
        [
            _Cell(text, bold_small, left_align if column == 1 else right)
            for ranking in rankings
            for column, text in enumerate(ranking.headers)
        ],
        rows,
        widths,
        lefts=lefts,
    )
    if any(r.more for r in rankings):
        italic = page.font(SMALL_PT, italic=True)
        texts = [page.text(r.more, italic, half - 2 * pad) for r in rankings]

        def draw_more(painter: QPainter, x: float, y: float) -> None:
            for index, text in enumerate(texts):
                text.draw(painter, x + index * (half + gutter) + rank_width + pad, y + page.mm(0.3))

        blocks.append(_Block(max(t.height for t in texts) + page.mm(0.6), draw_more))
    blocks.append(_space(page))
    return blocks


def _outcome(page: _Page, summary: Summary) -> list[_Block]:
    """The focus communities and the communities screened out: side by side when both are
    short, else one after the other."""
    gutter = page.mm(GUTTER_MM)
    half = (page.width - gutter) / 2
    choice, excluded = _choice(page, summary, half), _excluded(page, summary, half)
    if max(sum(b.height for b in choice), sum(b.height for b in excluded)) <= (
        SIDE_BY_SIDE_SHARE * page.body_height
    ):
        return [_side_by_side(page, choice, excluded), _space(page)]
    return [
        *_choice(page, summary, page.width),
        _space(page),
        *_excluded(page, summary, page.width),
        _space(page),
    ]


def _choice(page: _Page, summary: Summary, width: float) -> list[_Block]:
    choice = summary.choice
    body, small = page.font(BODY_PT), page.font(SMALL_PT)
    bold, bold_small = page.font(BODY_PT, bold=True), page.font(SMALL_PT, bold=True)
    blocks = [
        _heading(page, choice.title, width),
        _paragraph(
            page, choice.rule, small, width, keep_with_next=bool(choice.rows), after=page.mm(0.8)
        ),
    ]
    if choice.rows:
        right = Qt.AlignmentFlag.AlignRight
        rank_width = page.column(choice.headers[2], (r.rank for r in choice.rows), body)
        regions = (r.region for r in choice.rows)
        region_width = min(page.mm(REGION_MM), page.column(choice.headers[1], regions, body))
        blocks += _table(
            page,
            [
                _Cell(choice.headers[0], bold_small),
                _Cell(choice.headers[1], bold_small),
                _Cell(choice.headers[2], bold_small, right),
            ],
            [
                [
                    _Cell(f"{number}. {row.name}", bold),
                    _Cell(row.region, body),
                    _Cell(row.rank, body, right),
                ]
                for number, row in enumerate(choice.rows, start=1)
            ],
            [width - region_width - rank_width, region_width, rank_width],
        )
    if choice.remark:
        blocks.append(_paragraph(page, choice.remark, small, width, color=MUTED))
        blocks[-1].draw = _shifted(blocks[-1].draw, page.mm(0.5))
        blocks[-1].height += page.mm(0.5)
    return blocks


def _excluded(page: _Page, summary: Summary, width: float) -> list[_Block]:
    blocks = [_heading(page, summary.excluded_title, width)]
    small = page.font(SMALL_PT)
    bullet = "•"
    indent = page.advance(bullet + "  ", small)
    for line in summary.excluded:
        laid = page.text(line, small, width - indent)
        mark = page.text(bullet, small, indent)

        def draw(
            painter: QPainter, x: float, y: float, laid: _Text = laid, mark: _Text = mark
        ) -> None:
            mark.draw(painter, x, y)
            laid.draw(painter, x + indent, y)

        blocks.append(_Block(laid.height + page.mm(0.4), draw))
    return blocks


def _agreements(page: _Page, summary: Summary) -> list[_Block]:
    body, bold_small = page.font(BODY_PT), page.font(SMALL_PT, bold=True)
    blocks = [_heading(page, summary.agreements_title, page.width)]
    if not summary.agreements:
        blocks += [
            _paragraph(page, summary.no_agreements, body, page.width, color=MUTED),
            _space(page),
        ]
        return blocks
    widths = [
        page.width - page.mm(RESPONSIBLE_MM) - page.mm(DATE_MM),
        page.mm(RESPONSIBLE_MM),
        page.mm(DATE_MM),
    ]
    blocks += _table(
        page,
        [_Cell(text, bold_small) for text in summary.agreement_headers],
        [
            [_Cell(f"{number}. {a.action}", body), _Cell(a.responsible, body), _Cell(a.date, body)]
            for number, a in enumerate(summary.agreements, start=1)
        ],
        widths,
    )
    blocks.append(_space(page))
    return blocks


def _signatures(page: _Page, summary: Summary) -> Callable[[float], list[_Block]]:
    """The signatures for the room left on a page: their heading and as many rows of two people
    as fit (from :data:`MIN_SIGNATURE_ROWS` to :data:`MAX_SIGNATURE_ROWS`); none when fewer than
    the minimum fit."""
    signatures = summary.signatures
    heading = _heading(page, signatures.title, page.width, aside=signatures.hint)
    row_height = page.mm(SIGNATURE_ROW_MM)
    small, tiny = page.font(SMALL_PT), page.font(TINY_PT)
    gap = page.mm(GUTTER_MM)
    cell_width = (page.width - gap) / 2
    box = page.mm(FINGERPRINT_MM)
    labels = [
        page.text(t, small, cell_width, color=MUTED)
        for t in (signatures.name, signatures.signature)
    ]
    label_width = max(page.advance(t, small) for t in (signatures.name, signatures.signature))
    fingerprint = page.text(
        signatures.fingerprint, tiny, box, align=Qt.AlignmentFlag.AlignHCenter, color=MUTED
    )

    def draw_row(painter: QPainter, x: float, y: float) -> None:
        top = y + (row_height - box) / 2
        for column in range(2):
            left = x + column * (cell_width + gap)
            box_left = left + cell_width - box
            painter.setPen(QPen(MUTED, page.mm(0.2)))
            painter.drawRect(QRectF(box_left, top, box, box))
            fingerprint.draw(painter, box_left, top + box - fingerprint.height - page.mm(0.4))
            for label, level in zip(labels, (0.3, 1.0), strict=True):
                base = top + box * level
                label.draw(painter, left, base - label.ascent)
                painter.setPen(QPen(INK, page.mm(0.2)))
                painter.drawLine(
                    QPointF(left + label_width + page.mm(1.5), base),
                    QPointF(box_left - page.mm(3.0), base),
                )

    def fit(room: float) -> list[_Block]:
        rows = int((room - heading.height) // row_height)
        if rows < MIN_SIGNATURE_ROWS:
            return []
        count = min(rows, MAX_SIGNATURE_ROWS)
        return [heading, *(_Block(row_height, draw_row) for _ in range(count))]

    return fit


def _footer(page: _Page, summary: Summary, number: int, pages: int) -> _Block:
    """The small print at the foot of a page: the decision record, the program, the page."""
    tiny = page.font(TINY_PT)
    numbered = summary.page_of.format(page=number, pages=pages)
    record = page.text(summary.record, tiny, page.width, color=MUTED)
    program = page.text(summary.program, tiny, page.width / 2, color=MUTED)
    page_number = page.text(
        numbered, tiny, page.width / 2, align=Qt.AlignmentFlag.AlignRight, color=MUTED
    )
    above = page.mm(1.0)

    def draw(painter: QPainter, x: float, y: float) -> None:
        painter.setPen(QPen(RULE, page.mm(0.15)))
        painter.drawLine(QPointF(x, y), QPointF(x + page.width, y))
        record.draw(painter, x, y + above)
        program.draw(painter, x, y + above + record.height)
        page_number.draw(painter, x + page.width / 2, y + above + record.height)

    return _Block(above + record.height + max(program.height, page_number.height), draw)


__all__ = ["paint_summary", "pdf_bytes", "prepare_device", "write_pdf"]
