"""A candidate row's height, worked out without the rows' delegate: the Explore page keeps
room for rows before it has any, and the delegate's module (panel/candidates.py) makes
PySide's item-model and delegate classes (1.6 ms), which an empty list has no use for."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics

#: the padding around a row's texts, in pixels
PAD = 6
#: the title and trigger-point lines above the explanation, in pixels
TITLE_AND_POINT = 38


def row_height(explanation_height: int) -> int:
    """A row's height around an explanation this tall: the padding, the title and point
    lines and a 2 px gap."""
    return TITLE_AND_POINT + explanation_height + 2 * PAD + 2


def typical_row_height(metrics: QFontMetrics) -> int:
    """The height of a row whose explanation wraps to two lines, as most do in a panel of
    the first run's width."""
    return row_height(2 * metrics.lineSpacing())
