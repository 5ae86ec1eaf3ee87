"""Colours and sizes shared by the views.

The palette is Okabe & Ito's colour-blind-safe set (Okabe, M. & Ito, K. 2008, "Color Universal
Design"), so TOPSIS and AHP, gains and losses stay distinguishable for every participant.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

TOPSIS_COLOR = QColor("#0072B2")  # blue
AHP_COLOR = QColor("#E69F00")  # orange
UP_COLOR = QColor("#009E73")  # bluish green: moved up against the baseline
DOWN_COLOR = QColor("#D55E00")  # vermillion: moved down
MISSING_COLOR = QColor("#F0E442")  # yellow: a missing cell
EXCLUDED_COLOR = QColor("#999999")

#: The workshop window's type scale. Each text of its first view is in one of two sizes, regular
#: or bold: every further size or weight is one more font to match and rasterise, about 1 ms of
#: the start-up each (seven fonts cut to four saved 3 ms). The weights, the notes and the lists:
TEXT_POINT_SIZE = 12.0
#: The rankings: their rows, headers and titles, and the methods' agreement.
TABLE_POINT_SIZE = 14.0

#: Presentation mode: community names at least this many pixels high at 1920 x 1080.
PRESENTATION_NAME_PX = 32


def ensure_min_point_size(widget: QWidget, points: float) -> None:
    """Enlarge ``widget``'s font to at least ``points`` (legible from the back of a room)."""
    font = widget.font()
    if font.pointSizeF() < points:
        font.setPointSizeF(points)
        widget.setFont(font)


def enlarged(font: QFont, points: float, *, bold: bool = False) -> QFont:
    """A copy of ``font`` at least ``points`` large, bold or not."""
    font = QFont(font)
    font.setPointSizeF(max(font.pointSizeF(), points))
    font.setBold(bold)
    return font
