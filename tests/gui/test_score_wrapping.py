"""A change of pain score ("7 → 4", "– → 3") wraps as one figure in the clients' texts.

The compare dialog, the visit list and the visit dialog's history wrap their lines to the
room they have. A no-break space on each side of the arrow is not enough: Unicode's line
breaking allows a break after a dash, and a missing score is written "–", so "pain – → –"
broke into "pain –" and "→ –" (seen in the compare dialog's details at its usual width)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from bodymap.gui.clients.common import score_text, unbroken_scores


def _lines(text: str, font: QFont, width: float) -> list[str]:
    """The lines Qt wraps ``text`` into at ``width`` pixels, as a QLabel with word wrap does."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize(("before", "after"), [(None, None), (7, 4), (None, 3), (10, None)])
def test_a_change_of_score_is_never_broken_at_its_arrow(
        qapp: QApplication, before: int | None, after: int | None) -> None:
    figure = f"{score_text(before)} → {score_text(after)}"
    text = unbroken_scores(f"1 Nov 2026: 3 painful regions, pain {figure}, 2 points treated")
    joined = unbroken_scores(figure)
    font = qapp.font()
    widths = range(20, 420, 3)
    for width in widths:
        lines = _lines(text, font, width)
        assert "".join(lines) == text
        assert any(joined in line for line in lines), (width, lines)
