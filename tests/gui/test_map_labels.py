"""The map's labels (gui/map_items.ScreenLabel) are rich-text items sized by their style, so
that the first screen makes no QFont: they must draw what a plain text item with that font
drew, where it drew it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from bodymap.gui.map_items import DOCUMENT_MARGIN, SCREEN_LABEL_PT, ScreenLabel
from bodymap.report import palette
from bodymap.scene.scene import Anchor, Label

SIZE = (240, 70)


def _render(item: QGraphicsItem) -> QImage:
    scene = QGraphicsScene(0, 0, *SIZE)
    scene.addItem(item)
    image = QImage(*SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, *SIZE), QRectF(0, 0, *SIZE))
    painter.end()
    return image


def test_the_document_margin_taken_off_is_qts() -> None:
    assert QTextDocument().documentMargin() == DOCUMENT_MARGIN


@pytest.mark.parametrize(("text", "bold"), [("Front", True), ("Right", False),
                                            ("Cara lateral izquierda <de> la cabeza", False)])
def test_a_label_draws_the_pixels_of_a_plain_text_item_with_its_font(
        qtbot: QtBot, text: str, bold: bool) -> None:
    font = QFont()
    font.setPointSizeF(SCREEN_LABEL_PT[bold])
    font.setBold(bold)
    plain = QGraphicsSimpleTextItem(text)
    plain.setFont(font)
    plain.setBrush(palette.LABEL)
    plain.setPos(10, 20)
    label = ScreenLabel(Label(text, 10, 20, 9.0, bold, Anchor.START))
    assert label.text() == text
    assert label.text_rect().width() == pytest.approx(
        QFontMetricsF(font).horizontalAdvance(text), abs=0.01)
    expected, drawn = _render(plain), _render(label)
    assert drawn == expected
    assert drawn != _render(QGraphicsSimpleTextItem())  # (not both empty)


def test_a_centred_label_is_centred_on_its_point(qtbot: QtBot) -> None:
    label = ScreenLabel(Label("Back", 120, 20, 9.0, True, Anchor.MIDDLE))
    scene = QGraphicsScene(0, 0, *SIZE)
    scene.addItem(label)
    box = label.sceneTransform().mapRect(label.text_rect())
    assert box.center().x() == pytest.approx(120, abs=0.01)
    assert box.top() == pytest.approx(20, abs=0.01)
