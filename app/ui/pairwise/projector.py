"""The comparisons on the projector: one question at a time, large, for the whole room.

In a workshop the group answers the pairwise comparisons of its criteria aloud; the facilitator
records the answers while the room watches. This window shows one question full screen: the two
criteria on either side of Saaty's scale (9 … 1 … 9, the side says which criterion matters more),
the answer in words, how many are answered, whether the answers agree with each other (in plain
words, :mod:`app.ui.pairwise.advice`) and the weights the answers give so far, as bars.

The keys, for a facilitator on a single mirrored screen:

- Left and Right move along the scale; Enter (or Space) records the answer there and shows the
  next suggested question (the most useful to ask next, :func:`app.models.ahp.suggest_next`;
  once every pair is answered, the next pair in order, to look again);
- a click on the scale records that answer and goes on in the same way;
- Page Down skips to the next question without answering, Page Up goes back to the question
  shown before; Delete (or Backspace) removes the answer of the question shown;
- Ctrl+Z and Ctrl+Y undo and redo; Esc (or F9, the key that opened it) closes the window.

Every answer is the same undoable edit as in the Comparisons tab
(:func:`app.models.edits.set_judgement`), so the tab, the weights and the rankings follow at once.
The window compares the criteria of the group the workshop looks at; the combined set has no
answers of its own, and the window then says to choose a group.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.judgements import group_priorities
from app.models.pairwise import Pair, PairwisePriorities
from app.models.workshop import COMBINED, Workshop
from app.ui.i18n import current_language
from app.ui.pairwise.advice import (
    consistency_text,
    contradiction_lines,
    judgement_words,
    status_text,
)
from app.ui.pairwise.pairwise_editor import POSITIONS, position_of
from app.ui.results.presentation import show_full_screen
from app.ui.results.weight_bars import WeightBar, WeightBars
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession

#: The scale's middle position: equal importance.
EQUAL = POSITIONS.index(1.0)
#: Contradicting answers named on the projector (the Comparisons tab names three).
SHOWN_CONTRADICTIONS = 1
#: Type sizes as fractions of the window's height, and their smallest pixel sizes.
#: (A laptop at 150 % lays out 910 x 512: the smallest sizes are those that fit there.)
TITLE_SHARE, TITLE_MIN_PX = 0.036, 18
NAME_SHARE, NAME_MIN_PX = 0.058, 22
SCALE_SHARE, SCALE_MIN_PX = 0.034, 15
WORDS_SHARE, WORDS_MIN_PX = 0.042, 18
ADVICE_SHARE, ADVICE_MIN_PX = 0.026, 14
#: Share of the width each criterion's name takes beside the scale.
NAME_WIDTH_SHARE = 0.2

_STYLE = """
QWidget#ComparisonProjector { background: #ffffff; }
QLabel { color: #000000; }
QPushButton {
    background: #ffffff; color: #000000; border: 2px solid #555555; border-radius: 6px;
}
QPushButton:checked { background: #1f4e79; color: #ffffff; border-color: #1f4e79; }
QPushButton:focus { outline: none; }
"""


def _font(base: QFont, pixels: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def _label(*, wrap: bool = True, align: Qt.AlignmentFlag | None = None) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # criterion names are typed by users
    label.setWordWrap(wrap)
    if align is not None:
        label.setAlignment(align)
    return label


class _ElidedLabel(QLabel):
    """One line shortened with "…" to the label's width (whole in its tooltip); the text never
    widens the window."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.elide()

    def full_text(self) -> str:
        return self._full

    def elide(self) -> None:
        """Shorten the text anew (after a change of width or of font)."""
        metrics = QFontMetrics(self.font())
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.elide()


class ComparisonProjector(Retranslating, QWidget):
    """One pairwise question at a time, full screen (see the module doc); ``closed`` when closed.

    Public (for the main window and tests): ``pair`` (the indices of the two criteria asked, in
    the weighted criteria's order, or None), ``pending`` (the scale position Left and Right have
    reached, an index of :data:`~app.ui.pairwise.pairwise_editor.POSITIONS`), ``result`` (the
    group's :class:`PairwisePriorities`), the labels ``title_label``, ``progress_label``,
    ``question_label``, ``first_label``, ``second_label``, ``answer_label``, ``hint_label``,
    ``status_label``, ``consistency_label``, ``contradiction_label``, the scale's buttons
    ``scale_buttons`` (left to right) and ``weights`` (the bars of the weights the answers give).
    """

    closed = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ComparisonProjector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        self.setPalette(palette)
        self._session = session
        self.result: PairwisePriorities | None = None
        self.pair: Pair | None = None
        self.pending = EQUAL
        self._history: list[Pair] = []
        self._group = ""
        self._items: tuple[str, ...] = ()
        self._labels: tuple[str, ...] = ()

        self.title_label = _ElidedLabel()
        self.progress_label = _label(wrap=False, align=Qt.AlignmentFlag.AlignRight)
        self.question_label = _label(align=Qt.AlignmentFlag.AlignCenter)
        self.first_label = _label(align=Qt.AlignmentFlag.AlignCenter)
        self.second_label = _label(align=Qt.AlignmentFlag.AlignCenter)
        self.answer_label = _label(align=Qt.AlignmentFlag.AlignCenter)
        self.hint_label = _label(align=Qt.AlignmentFlag.AlignCenter)
        self.status_label = _label(align=Qt.AlignmentFlag.AlignCenter)
        self.consistency_label = _label(align=Qt.AlignmentFlag.AlignCenter)
        self.contradiction_label = _label(align=Qt.AlignmentFlag.AlignCenter)
        self.weights = WeightBars()
        self.weights.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.scale_group = QButtonGroup(self)
        self.scale_group.setExclusive(True)
        self.scale_buttons: list[QPushButton] = []
        scale = QHBoxLayout()
        for index, value in enumerate(POSITIONS):
            k = round(value if value >= 1 else 1 / value)
            button = QPushButton(str(k))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window takes the keys
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.scale_group.addButton(button, index)
            self.scale_buttons.append(button)
            scale.addWidget(button)
        self.scale_group.idClicked.connect(self._on_clicked)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.progress_label)
        self._ask = QHBoxLayout()
        self._ask.addWidget(self.first_label)
        self._ask.addLayout(scale, 1)
        self._ask.addWidget(self.second_label)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addStretch(1)
        self._layout.addWidget(self.question_label)
        self._layout.addLayout(self._ask)
        self._layout.addWidget(self.answer_label)
        self._layout.addWidget(self.hint_label)
        self._layout.addStretch(1)
        for label in (self.status_label, self.consistency_label, self.contradiction_label):
            self._layout.addWidget(label)
        # the weights across the width: in two columns where the space is wide and low
        self._layout.addWidget(self.weights, 4)

        self.close_action = QAction(self)
        self.close_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape), QKeySequence("F9")])
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)

        session.changed.connect(lambda _changes: self.refresh())
        self.retranslate()

    # -- content ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the group's answers as they are now: a new group or new criteria start again at
        the first suggested question; otherwise the question shown stays."""
        workshop = self._session.workshop
        lang = current_language()
        criteria = workshop.weighted_criteria
        items = tuple(c.id for c in criteria)
        group = workshop.active_group
        if group == COMBINED or len(items) < 2:
            self.result = None
            self.pair = None
        else:
            self.result = group_priorities(workshop, workshop.group(group))
            if (group, items) != (self._group, self._items) or self.pair is None:
                self._history.clear()
                self.pair = self._next_pair(None)
                self.pending = self._answer_position(self.pair)
        self._group, self._items = group, items
        self._labels = tuple(c.label(lang) for c in criteria)
        self._show(workshop)

    def _answer_position(self, pair: Pair | None) -> int:
        """The scale position of ``pair``'s answer; equal when it has none."""
        value = None if pair is None or self.result is None else self.result.pairs.get(pair)
        return EQUAL if value is None else position_of(value) - 1

    def _next_pair(self, after: Pair | None) -> Pair | None:
        """The question to show after ``after``: the first suggested question that is not
        ``after``; once every pair is answered, the pair after it in order (to look again)."""
        result = self.result
        if result is None or result.total == 0:
            return None
        suggestions = [pair for pair in result.suggestions if pair != after]
        if suggestions:
            return suggestions[0]
        n = len(result.items)
        order = [(i, j) for i in range(n) for j in range(i + 1, n)]
        if after is None or after not in order:
            return order[0]
        return order[(order.index(after) + 1) % len(order)]

    def _show(self, workshop: Workshop) -> None:
        title = workshop.metadata.title.strip()
        result, pair = self.result, self.pair
        if workshop.active_group == COMBINED:
            group_text = self.tr("Comparisons")
        else:
            group_text = self.tr("Comparisons of {group}").format(
                group=workshop.group(workshop.active_group).name
            )
        # the group first: a long workshop title is what gets shortened
        self.title_label.set_full_text(f"{group_text} · {title}" if title else group_text)
        asking = result is not None and pair is not None
        for widget in (self.first_label, self.second_label, self.answer_label, self.hint_label):
            widget.setVisible(asking)
        for button in self.scale_buttons:
            button.setVisible(asking)
        if result is None or pair is None:
            self.progress_label.setText("")
            self.question_label.setText(
                self.tr(
                    "Choose a group to answer its comparisons: the combined weights have no "
                    "answers of their own."
                )
                if workshop.active_group == COMBINED
                else self.tr("There is nothing to compare: at least two criteria with weights.")
            )
            for label in (self.status_label, self.consistency_label, self.contradiction_label):
                label.setText("")
            self.weights.set_bars([], None, "", "")
            return
        first, second = self._labels[pair[0]], self._labels[pair[1]]
        self.progress_label.setText(
            self.tr("{answered} of {total} answered").format(
                answered=result.answered, total=result.total
            )
        )
        self.question_label.setText(
            self.tr("Which matters more for choosing the communities, and how much more?")
        )
        self.first_label.setText(first)
        self.second_label.setText(second)
        self._fit_names()
        for index, value in enumerate(POSITIONS):
            self.scale_buttons[index].setToolTip(judgement_words(first, second, value))
        button = self.scale_buttons[self.pending]
        button.setChecked(True)
        value = POSITIONS[self.pending]
        words = judgement_words(first, second, value)
        answered = result.pairs.get(pair)
        if answered is not None and position_of(answered) - 1 == self.pending:
            self.answer_label.setText(self.tr("Answered: {answer}").format(answer=words))
        elif answered is not None:
            self.answer_label.setText(
                self.tr("{answer}   (answered: {before}; Enter changes it)").format(
                    answer=words, before=judgement_words(first, second, answered)
                )
            )
        else:
            self.answer_label.setText(
                self.tr("{answer}   (not answered yet; Enter records it)").format(answer=words)
            )
        self.hint_label.setText(
            self.tr(
                "← → move on the scale · Enter answer · Page Down skip · Page Up back · "
                "Delete remove the answer · Ctrl+Z undo · Esc close"
            )
        )
        self.status_label.setText(status_text(result))
        self.consistency_label.setText(consistency_text(result))
        self.contradiction_label.setText(
            "\n".join(contradiction_lines(result, self._labels, SHOWN_CONTRADICTIONS))
        )
        bars = []
        if result.priorities is not None:
            bars = [
                WeightBar(item, label, 100.0 * float(share))
                for item, label, share in zip(
                    result.items, self._labels, result.priorities, strict=True
                )
            ]
        self.weights.set_bars(
            bars,
            None,
            self.tr("Weights these answers give") if bars else "",
            "" if bars else self.tr("The weights show once the answers link every criterion."),
        )
        self._keep_room_for_weights()

    def question_texts(self) -> tuple[str, str, str]:
        """The criterion on the left, the one on the right and the answer line, as shown."""
        return self.first_label.text(), self.second_label.text(), self.answer_label.text()

    # -- answering --------------------------------------------------------------------------------
    def answer(self, position: int) -> bool:
        """Record the scale's ``position`` for the question shown and go on to the next one;
        returns False when there is no question or the answer was refused."""
        workshop = self._session.workshop
        pair = self.pair
        if pair is None or self.result is None:
            return False
        first, second = self._items[pair[0]], self._items[pair[1]]
        self.pending = position
        edit = edits.set_judgement(workshop.active_group, first, second, POSITIONS[position])
        if not self._session.apply(edit):
            return False
        self.go_next()
        return True

    def remove_answer(self) -> bool:
        """Remove the answer of the question shown ("not asked yet")."""
        pair = self.pair
        if pair is None or self.result is None or pair not in self.result.pairs:
            return False
        first, second = self._items[pair[0]], self._items[pair[1]]
        workshop = self._session.workshop
        return self._session.apply(edits.set_judgement(workshop.active_group, first, second, None))

    def go_next(self) -> None:
        """Show the next question (the first suggested one, see :meth:`_next_pair`)."""
        following = self._next_pair(self.pair)
        if following is None:
            return
        if self.pair is not None and following != self.pair:
            self._history.append(self.pair)
        self._go_to(following)

    def go_back(self) -> None:
        """Show the question shown before this one."""
        if self._history:
            self._go_to(self._history.pop())

    def _go_to(self, pair: Pair) -> None:
        self.pair = pair
        self.pending = self._answer_position(pair)
        self._show(self._session.workshop)

    def _on_clicked(self, position: int) -> None:
        if not self.answer(position):
            self._show(self._session.workshop)  # refused: show the answer as it is

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self._session.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            key == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self._session.redo()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.pair is not None:
            step = -1 if key == Qt.Key.Key_Left else 1
            self.pending = min(max(self.pending + step, 0), len(POSITIONS) - 1)
            self._show(self._session.workshop)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.answer(self.pending)
        elif key == Qt.Key.Key_PageDown:
            self.go_next()
        elif key == Qt.Key.Key_PageUp:
            self.go_back()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_answer()
        else:
            super().keyPressEvent(event)

    # -- size, showing and closing ----------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_type()

    def _fit_type(self) -> None:
        """Type sizes from the window's height: a room reads it from the back."""
        height, base = max(1, self.height()), self.font()
        margin = max(12, round(min(self.width(), height) * 0.025))
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(margin // 2)

        def px(share: float, least: int) -> float:
            return max(least, height * share)

        self.title_label.setFont(_font(base, px(TITLE_SHARE, TITLE_MIN_PX), bold=True))
        self.title_label.elide()
        self.progress_label.setFont(_font(base, px(TITLE_SHARE, TITLE_MIN_PX)))
        self.question_label.setFont(_font(base, px(WORDS_SHARE, WORDS_MIN_PX)))
        self._fit_names()
        self._keep_room_for_weights()
        scale_px = px(SCALE_SHARE, SCALE_MIN_PX)
        for button in self.scale_buttons:
            button.setFont(_font(base, scale_px, bold=True))
            button.setMinimumHeight(round(scale_px * 2.2))
        self.answer_label.setFont(_font(base, px(WORDS_SHARE, WORDS_MIN_PX), bold=True))
        advice = _font(base, px(ADVICE_SHARE, ADVICE_MIN_PX))
        for label in (
            self.hint_label,
            self.status_label,
            self.consistency_label,
            self.contradiction_label,
        ):
            label.setFont(advice)

    def _keep_room_for_weights(self) -> None:
        """The layout keeps the height every weight's bar needs at its smallest type."""
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        self.weights.setMinimumHeight(self.weights.least_height(width))

    def _fit_names(self) -> None:
        """The criteria's names as large as their share of the width lets their longest word
        be (a name wraps between words, never inside one), down to a third of their size."""
        height, width = max(1, self.height()), round(self.width() * NAME_WIDTH_SHARE)
        largest = max(NAME_MIN_PX, height * NAME_SHARE)
        font = _font(self.font(), largest, bold=True)
        words = f"{self.first_label.text()} {self.second_label.text()}".split()
        widest = max((QFontMetrics(font).horizontalAdvance(w) for w in words), default=0)
        if widest > width:
            font = _font(self.font(), max(largest / 3, largest * width / widest), bold=True)
        for label in (self.first_label, self.second_label):
            label.setFont(font)
            label.setFixedWidth(width)

    def show_on_best_screen(self, main_screen: QScreen | None = None) -> QScreen:
        """Show full screen on the projector (see :func:`~.presentation.show_full_screen`)."""
        self.refresh()
        return show_full_screen(self, main_screen)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Priorizar: comparisons"))
        self.close_action.setText(self.tr("Close the comparisons"))
        self.refresh()


__all__ = ["ComparisonProjector"]
