"""What the window prepares in idle time for the next click (gui/ahead.py): the zones and
cards of the candidates below the one shown. What it prepares must be what the click would
have made itself, in the language, palette and layout of the moment the click comes."""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsPathItem
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.ahead import CANDIDATES_AHEAD, upcoming
from bodymap.gui.main_window import MainWindow
from bodymap.gui.panel.card import CardView
from bodymap.gui.theme import card_colours
from bodymap.gui.translations import install_translators
from bodymap.report import chart
from bodymap.session.view_model import CandidateRow, Card
from tests.gui.helpers import click_region, dark_palette, fresh_card_text

#: three low-back and buttock regions: a drawing with a dozen candidates of several points
DRAWN = ("left.low_back", "left.upper_buttock", "left.sacrum")


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators("en")


def _draw(qtbot: QtBot, window: MainWindow) -> None:
    front_or_back = window.session.atlas.views
    for rid in DRAWN:
        view = View.BACK if rid in front_or_back[View.BACK].regions else View.FRONT
        click_region(qtbot, window, view, rid)
    assert set(DRAWN) <= set(window.session.drawing)
    assert len(window.session.view_model.candidates) > CANDIDATES_AHEAD


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    """Let the window reach its idle time and finish what it prepares there."""
    qtbot.waitUntil(lambda: window.body_map.ahead.pending == 0
                    and window.panel.card.ahead.pending == 0, timeout=5000)


def _zone_keys(window: MainWindow, row: CandidateRow) -> list[tuple[int, frozenset[str]]]:
    """The zones the map asks chart.zone_path for when it draws ``row``'s pattern."""
    essential = frozenset().union(*(tp.essential for tp in row.points))
    spillover = frozenset().union(*(tp.spillover for tp in row.points)) - essential
    keys = []
    for view in window.body_map.views_shown():
        shape = window.session.atlas.views[view]
        for regions in (spillover, essential):
            wanted = frozenset(r for r in regions if r in shape.regions)
            if wanted:
                keys.append((id(shape), wanted))
    return keys


def _click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    explore = window.panel.explore
    index = explore.model.index(row)
    explore.list.scrollTo(index)
    qtbot.mouseClick(explore.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=explore.list.visualRect(index).center())
    assert window.session.view_model.selected == row


def test_the_next_candidates_zones_are_united_in_idle_time(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    """After a click, and only once the window is idle, the next rows' zones are kept; each
    is the very path zone_path computes on a click, and clicking the row draws it."""
    chart._ZONE_CACHE.clear()
    _draw(qtbot, window)
    rows = upcoming(window.session.view_model)
    wanted = [k for row in rows for k in _zone_keys(window, row)]
    assert wanted
    _idle(qtbot, window)
    assert all(k in chart._ZONE_CACHE for k in wanted)
    for key in wanted:
        ahead = QPainterPath(chart._ZONE_CACHE.pop(key))
        shape = next(window.session.atlas.views[v] for v in window.body_map.views_shown()
                     if id(window.session.atlas.views[v]) == key[0])
        assert chart.zone_path(shape, key[1]) == ahead  # computed again, on the spot
    second = window.session.view_model.candidates.index(rows[0])
    _click_row(qtbot, window, second)
    drawn = [item for item in window.body_map.overlay_items()
             if isinstance(item, QGraphicsPathItem) and item.data(0) == "essential"]
    assert drawn
    essential = {k for k in _zone_keys(window, rows[0])}
    for item in drawn:
        assert any(item.path() == chart._ZONE_CACHE[k] for k in essential)


def test_a_new_click_drops_the_work_queued_for_the_last(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    _draw(qtbot, window)
    first = upcoming(window.session.view_model)
    window.session.toggle("right.calf_upper")  # before the window was idle
    then = upcoming(window.session.view_model)
    assert then != first
    chart._ZONE_CACHE.clear()
    _idle(qtbot, window)
    assert all(k in chart._ZONE_CACHE for row in then for k in _zone_keys(window, row))


def _cards_prepared(qtbot: QtBot, window: MainWindow
                    ) -> tuple[CardView, tuple[CandidateRow, ...]]:
    """A drawing, then the window left idle: the card and the rows whose cards were built."""
    _draw(qtbot, window)
    rows = upcoming(window.session.view_model)
    _idle(qtbot, window)
    return window.panel.card, rows


def test_the_next_candidates_cards_are_built_in_idle_time(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    card, rows = _cards_prepared(qtbot, window)
    assert all(card.is_kept(Card(r.muscle, r.points, None)) for r in rows)
    _click_row(qtbot, window, window.session.view_model.candidates.index(rows[1]))
    assert card.toPlainText() == fresh_card_text(window)


def test_a_card_built_ahead_follows_a_palette_change(qtbot: QtBot,
                                                     window: MainWindow) -> None:
    card, rows = _cards_prepared(qtbot, window)
    light = card_colours(card.palette())
    card.setPalette(dark_palette())
    assert card_colours(card.palette()) != light
    assert not card.is_kept(Card(rows[0].muscle, rows[0].points, None))
    _click_row(qtbot, window, window.session.view_model.candidates.index(rows[0]))
    assert card_colours(card.palette()).text.lower() in card.toHtml().lower()
    assert card.toPlainText() == fresh_card_text(window)


def test_a_card_built_ahead_follows_a_language_change(qtbot: QtBot, window: MainWindow,
                                                      english_after: None) -> None:
    card, rows = _cards_prepared(qtbot, window)  # built in English
    install_translators("es")
    QApplication.processEvents()
    _click_row(qtbot, window, window.session.view_model.candidates.index(rows[0]))
    spanish = card.toPlainText()
    assert "How to release it" not in spanish
    assert spanish == fresh_card_text(window)


def _drawn(path: QPainterPath, box: QRectF) -> np.ndarray:
    """``path`` drawn as a main zone is (pen and fill), at twice the screen's scale: the
    image's bytes, one row of ARGB values per line."""
    pen = QPen(QColor("#a61e4d"))
    pen.setCosmetic(True)
    pen.setWidthF(1.4)
    pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
    image = QImage(round(box.width() * 2) + 2, round(box.height() * 2) + 2,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2, 2)
    painter.translate(-box.x(), -box.y())
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(230, 80, 100, 150)))
    painter.drawPath(path)
    painter.end()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(),
                                                              image.bytesPerLine())
    return rows[:, :image.width() * 4].astype(np.int16).reshape(image.height(), -1, 4)


def test_a_zone_is_the_union_of_its_grown_regions(dataset: Dataset,
                                                 qapp: QApplication) -> None:
    """zone_path adds the grown regions into one winding-rule path and simplifies it once;
    drawn, it is the union of the grown regions taken one by one (the way it was made
    before): the same fill, pixels differing only along the outline, by little."""
    rng = random.Random(5)
    points = [tp for m in dataset.knowledge.muscles.values() for tp in m.trigger_points]
    zones = []
    for shape in dataset.atlas.views.values():
        for tp in rng.sample(points, 15):
            wanted = frozenset(r for r in tp.essential | tp.spillover if r in shape.regions)
            if len(wanted) > 1:
                zones.append((shape, wanted))
    assert len(zones) > 20
    for shape, wanted in zones:
        one_by_one = QPainterPath()
        one_by_one.setFillRule(Qt.FillRule.WindingFill)
        for rid in sorted(wanted):
            one_by_one = one_by_one.united(chart._rounded_region(shape, rid))
        box = one_by_one.boundingRect().adjusted(-3, -3, 3, 3)
        zone = chart.zone_path(shape, wanted)
        assert zone.boundingRect().adjusted(-0.01, -0.01, 0.01, 0.01).contains(
            one_by_one.boundingRect())
        diff = np.abs(_drawn(zone, box) - _drawn(one_by_one, box)).max(axis=2)
        assert diff.max() <= 60, f"{sorted(wanted)} differs by {diff.max()} levels"
        assert (diff > 0).sum() <= 30, f"{sorted(wanted)}: {(diff > 0).sum()} pixels differ"
