"""Text stays readable in light and dark palettes: every colour the card uses passes WCAG AA."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from bodymap.domain.safety import Urgency
from bodymap.gui.main_window import MainWindow
from bodymap.gui.side_panel import ALERT_STYLE
from bodymap.gui.theme import AA, contrast

DARK = {QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535", QPalette.ColorRole.ButtonText: "#e8e8e8"}
LIGHT = {QPalette.ColorRole.Window: "#efefef", QPalette.ColorRole.WindowText: "#000000",
         QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.Text: "#000000"}
HIGH_CONTRAST = {QPalette.ColorRole.Window: "#000000", QPalette.ColorRole.WindowText: "#ffffff",
                 QPalette.ColorRole.Base: "#000000", QPalette.ColorRole.Text: "#ffff00"}


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    pal = QPalette()
    for role, value in colours.items():
        pal.setColor(role, QColor(value))
    return pal


@pytest.mark.parametrize("scheme", [DARK, LIGHT, HIGH_CONTRAST], ids=["dark", "light", "hc"])
def test_every_card_text_colour_passes_aa(qtbot: QtBot, window: MainWindow,
                                          scheme: dict[QPalette.ColorRole, str]) -> None:
    window.session.select_muscle("soleus")  # a card with gates, warnings and sources
    card = window.panel.card
    card.setPalette(_palette(scheme))
    html = card.toHtml()
    used = {c.lower() for c in re.findall(r"color:(#[0-9a-fA-F]{6})", html)}
    assert len(used) >= 3, "the card uses its text, muted and warning colours"
    base = QColor(scheme[QPalette.ColorRole.Base])
    for colour in used:
        assert contrast(QColor(colour), base) >= AA, (colour, base.name())
    assert "Check first" in card.toPlainText()


def test_the_alert_banner_colours_are_readable_pairs() -> None:
    for urgency in Urgency:
        style = ALERT_STYLE[urgency]
        bg = re.search(r"background:(#[0-9a-fA-F]{6})", style)
        fg = re.search(r"(?<!-)color:(#[0-9a-fA-F]{6}|white)", style)
        assert bg and fg
        assert contrast(QColor(fg.group(1)), QColor(bg.group(1))) >= AA, urgency
