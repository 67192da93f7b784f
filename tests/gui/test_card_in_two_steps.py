"""A long new card is set in two steps (CardView._show_html): its first part for the
click's repaint, the whole card right after that paint, with the same pixels at the top.
Whatever reads the card reads the whole of it."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.gui.main_window import MainWindow
from tests.gui.helpers import fresh_card_text, grey


def test_every_card_shows_its_first_part_then_the_same_pixels_whole(
        qtbot: QtBot, window: MainWindow) -> None:
    card = window.panel.card
    muscles = list(window.session.dataset.knowledge.muscles)
    in_two_steps = 0
    for muscle in muscles:
        window.session.select_muscle(muscle)
        # the first part only, until the window has painted it; or, when the shortest
        # part fell short of the pane, the whole card at once
        in_two_steps += card.completing
        first = grey(card.viewport().grab().toImage())
        qtbot.waitUntil(lambda: not card.completing, timeout=2000)
        whole = grey(card.viewport().grab().toImage())
        assert first.shape == whole.shape
        assert np.array_equal(first, whole), f"{muscle}: the top of the card changed"
        assert card.toPlainText() == fresh_card_text(window)
    assert in_two_steps >= 0.9 * len(muscles)


def test_a_pane_taller_than_a_first_part_gets_a_longer_one_or_the_whole_card(
        qtbot: QtBot, window: MainWindow) -> None:
    """In a tall pane the shortest first part falls short: that card is set whole at once,
    the next from a longer part; a pane made short again starts from the shortest."""
    card = window.panel.card
    splitter = window.panel.splitter
    # a taller window (the candidates keep room for two rows and a bit, explore.ROWS_IN_SIGHT)
    window.resize(1400, 1000)
    QApplication.processEvents()
    sizes = splitter.sizes()
    # the handle between the candidates and the card dragged up: a card pane twice as tall
    above = splitter.widget(0)
    assert above is not None
    splitter.setSizes([above.minimumSizeHint().height(), sum(sizes)])
    QApplication.processEvents()
    tall = card.viewport().height()
    assert tall > 550  # (377 px before)
    longer = 0
    for muscle in ("soleus", "trapezius", "gluteus_medius", "piriformis", "soleus",
                   "trapezius"):
        window.session.select_muscle(muscle)
        if card.completing:  # a first part that fills this pane: set in two steps
            longer += 1
            first = grey(card.viewport().grab().toImage())
            qtbot.waitUntil(lambda: not card.completing, timeout=2000)
            assert np.array_equal(first, grey(card.viewport().grab().toImage())), muscle
        assert card.toPlainText() == fresh_card_text(window)
    assert 0 < longer < 6  # some fell short at first, later cards started from longer parts
    splitter.setSizes(sizes)
    QApplication.processEvents()
    assert card.viewport().height() < tall
    window.session.select_muscle("soleus")
    assert card.completing
    first = grey(card.viewport().grab().toImage())
    qtbot.waitUntil(lambda: not card.completing, timeout=2000)
    assert np.array_equal(first, grey(card.viewport().grab().toImage()))


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
