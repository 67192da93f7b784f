"""Act on the map like a user: real mouse events on the view's viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow


def region_pos(window: MainWindow, view: View, rid: str) -> QPoint:
    shape = window.session.dataset.atlas.views[view].regions[rid]
    x, y = shape.centre
    return window.body_map.viewport_point(view, x, y)


def point_pos(window: MainWindow, view: View, x: float, y: float) -> QPoint:
    return window.body_map.viewport_point(view, x, y)


def click(qtbot: QtBot, window: MainWindow, pos: QPoint,
          button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(window.body_map.viewport(), button, pos=pos)


def click_region(qtbot: QtBot, window: MainWindow, view: View, rid: str) -> None:
    click(qtbot, window, region_pos(window, view, rid))
