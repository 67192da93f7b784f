"""A long new card is set in two steps (CardView._show_html): its first part for the
click's repaint, the whole card right after that paint, with the same pixels at the top.
Whatever reads the card reads the whole of it."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.gui.main_window import MainWindow
from tests.gui.helpers import fresh_card_text, grey


def test_a_long_new_card_shows_its_first_part_then_the_same_pixels_whole(
        qtbot: QtBot, window: MainWindow) -> None:
    card = window.panel.card
    for muscle in ("trapezius", "gluteus_medius", "soleus"):
        window.session.select_muscle(muscle)
        assert card.completing  # the first part only, until the window has painted it
        first = grey(card.viewport().grab().toImage())
        qtbot.waitUntil(lambda: not card.completing, timeout=2000)
        whole = grey(card.viewport().grab().toImage())
        assert first.shape == whole.shape
        assert np.array_equal(first, whole), f"{muscle}: the top of the card changed"
        assert card.toPlainText() == fresh_card_text(window)


def test_what_reads_the_card_reads_the_whole_of_it(qtbot: QtBot, window: MainWindow) -> None:
    card = window.panel.card
    window.session.select_muscle("trapezius")
    assert card.completing
    assert card.toPlainText() == fresh_card_text(window)  # no event loop in between
    assert not card.completing
    window.session.select_muscle("soleus")
    assert "Sources" in card.toHtml()
    window.session.select_muscle("gluteus_medius")
    assert "Sources" in card.document().toPlainText()


def test_a_card_out_of_sight_is_set_whole_at_once(qtbot: QtBot, window: MainWindow) -> None:
    """With the panel hidden (as presentation mode hides it) no paint would come to set the
    rest after: the card is set whole."""
    window.panel.setVisible(False)
    QApplication.processEvents()
    window.session.select_muscle("trapezius")
    assert not window.panel.card.completing
    window.panel.setVisible(True)
    assert window.panel.card.toPlainText() == fresh_card_text(window)
