"""What the click path keeps between clicks must never show something stale: the muscle card's
HTML (kept per card, notice, colours and language) and the map's items (kept as pixmaps)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.domain.drawing import PainDrawing
from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.theme import card_colours
from bodymap.gui.translations import install_translators
from bodymap.report import palette
from bodymap.report.card_html import muscle_card
from tests.gui.helpers import click_region, region_pos


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators("en")


def _fresh_card_text(window: MainWindow) -> str:
    """The plain text of the shown card built anew, without any cache."""
    card = window.session.view_model.card
    assert card is not None
    ds = window.session.dataset
    html = muscle_card(ds.knowledge.muscles[card.muscle], ds.regions, card.points,
                       card.headline, glossary=ds.glossary,
                       gates=ds.safety.gates_for(card.muscle),
                       colours=card_colours(window.panel.card.palette()), jump=True,
                       translate=QCoreApplication.translate)
    probe = type(window.panel.card)(window.session)
    try:
        probe.setHtml(html)
        return probe.toPlainText()
    finally:
        probe.deleteLater()


def test_the_card_follows_the_selection_back_and_forth(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    card = window.panel.card
    window.session.select_muscle("soleus")
    soleus = card.toPlainText()
    window.session.select_muscle("trapezius")
    trapezius = card.toPlainText()
    assert "Soleus" in soleus and "Soleus" not in trapezius.splitlines()[0]
    window.session.select_muscle("soleus")  # served from the cache
    assert card.toPlainText() == soleus == _fresh_card_text(window)


def test_the_card_follows_the_drawing_and_comes_back(qtbot: QtBot,
                                                    window: MainWindow) -> None:
    """Each drawing's best candidate, with its points and headline, is its own card."""
    card = window.panel.card
    window.session.open_drawing(PainDrawing.of(["left.temple"]))
    temple = card.toPlainText()
    assert temple == _fresh_card_text(window)
    window.session.open_drawing(PainDrawing.of(["left.calf_upper", "left.calf_lower"]))
    assert card.toPlainText() != temple
    assert card.toPlainText() == _fresh_card_text(window)
    window.session.undo()  # back to the temple: its card comes from the cache
    assert card.toPlainText() == temple == _fresh_card_text(window)


def test_a_palette_change_recolours_a_cached_card(qtbot: QtBot, window: MainWindow) -> None:
    card = window.panel.card
    window.session.select_muscle("soleus")
    window.session.select_muscle("trapezius")
    light_html = card.toHtml()
    dark = QPalette()
    for role, value in ((QPalette.ColorRole.Base, "#1e1e1e"),
                        (QPalette.ColorRole.Text, "#e8e8e8"),
                        (QPalette.ColorRole.Window, "#2b2b2b"),
                        (QPalette.ColorRole.WindowText, "#e8e8e8")):
        dark.setColor(role, QColor(value))
    card.setPalette(dark)
    assert card.toHtml() != light_html
    window.session.select_muscle("soleus")  # was cached in the light colours
    text_colour = card_colours(card.palette()).text
    assert text_colour.lower() in card.toHtml().lower()
    assert card.toPlainText() == _fresh_card_text(window)


def test_a_language_change_rewrites_a_cached_card(qtbot: QtBot, window: MainWindow,
                                                  english_after: None) -> None:
    card = window.panel.card
    window.session.select_muscle("soleus")
    english = card.toPlainText()
    assert "How to release it" in english
    install_translators("es")  # Qt posts LanguageChange to every widget
    QApplication.processEvents()
    spanish = card.toPlainText()
    assert "How to release it" not in spanish
    assert spanish == _fresh_card_text(window)
    install_translators("en")
    QApplication.processEvents()
    assert card.toPlainText() == english


def _pixel(window: MainWindow, rid: str) -> QColor:
    window.body_map.viewport().repaint()
    image = window.body_map.viewport().grab().toImage()
    pos = region_pos(window, View.FRONT, rid)
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(pos.x() * ratio), round(pos.y() * ratio))


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                    (a.blue(), b.blue())))


def test_a_clicked_region_is_repainted_at_once(qtbot: QtBot, window: MainWindow) -> None:
    """The regions are drawn from pixmaps kept between paints: a click must still show the
    new fill, and the second click the skin again."""
    rid = "left.shoulder_front" if window.body_map.region_item(
        View.FRONT, "left.shoulder_front") is not None else \
        next(iter(window.session.atlas.views[View.FRONT].regions))
    before = _pixel(window, rid)
    assert not _near(before, palette.PAIN, 60)
    click_region(qtbot, window, View.FRONT, rid)
    assert rid in window.session.drawing
    marked = _pixel(window, rid)
    assert marked != before
    assert marked.red() > marked.blue() + 60, f"{marked.name()} is not a pain fill"
    click_region(qtbot, window, View.FRONT, rid)
    assert rid not in window.session.drawing
    # the pattern overlay is gone too, so the region shows its own skin fill again
    assert _near(_pixel(window, rid), before, 8)
