"""The muscle of a pattern is drawn from painter paths kept per atlas shape
(map_items._muscle_paths): the map must still draw the muscle of the figure and side shown."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QGraphicsPathItem
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.figures import Figure
from bodymap.domain.regions import Side, View
from bodymap.gui.main_window import MainWindow
from bodymap.report.chart import muscle_paths
from tests.gui.helpers import open_window


def _drawn_muscles(window: MainWindow) -> list[QGraphicsPathItem]:
    return [item for item in window.body_map.overlay_items(View.BACK)
            if isinstance(item, QGraphicsPathItem)
            and item.data(0) in ("muscle", "deep_muscle")]


def test_the_muscle_drawn_follows_the_side_and_the_figure(qtbot: QtBot, two_figures: Dataset,
                                                          settings: QSettings) -> None:
    window = open_window(qtbot, two_figures, settings)
    session = window.session
    left, right = (two_figures.atlas.views[View.BACK].muscle("quadratus_lumborum", side)
                   for side in (Side.LEFT, Side.RIGHT))
    assert left is not None and right is not None
    assert muscle_paths(left)[0] != muscle_paths(right)[0]  # the test tells them apart
    # (the test's stand-in female figure has the male's muscles, as other objects)
    for figure in (Figure.MALE, Figure.FEMALE, Figure.MALE):
        session.set_figure(figure)
        for side in (Side.LEFT, Side.RIGHT, Side.LEFT):
            session.select_muscle("quadratus_lumborum", side)
            shape = session.atlas.views[View.BACK].muscle("quadratus_lumborum", side)
            assert shape is not None
            drawn = _drawn_muscles(window)
            assert [item.path() for item in drawn] == [muscle_paths(shape)[0]], \
                (figure, side)
