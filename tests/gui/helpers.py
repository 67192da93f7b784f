"""Act on the map like a user: real mouse events on the view's viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow


def region_pos(window: MainWindow, view: View, rid: str) -> QPoint:
    """A viewport point inside the region as drawn: its visual centre, or, when a close-up
    shows only part of it, a point of the visible part."""
    shape = window.session.atlas.views[view].regions[rid]  # the figure shown
    x, y = shape.centre
    item = window.body_map.region_item(view, rid)
    if item is None:
        raise KeyError(f"{rid} is not drawn in the {view.value} view of this layout")
    pos = window.body_map.viewport_point(view, x, y) \
        if window.body_map.region_at(window.body_map.mapFromScene(item.mapToScene(x, y))) \
        is item else None
    if pos is not None:
        return pos
    # only part of the region is shown: probe a grid over it for a point that hits it
    rect = item.path().boundingRect()
    for i in range(1, 10):
        for j in range(1, 10):
            px, py = rect.left() + rect.width() * i / 10, rect.top() + rect.height() * j / 10
            candidate = window.body_map.mapFromScene(item.mapToScene(px, py))
            if window.body_map.region_at(candidate) is item:
                return candidate
    raise KeyError(f"no visible point of {rid} in the {view.value} view")


def point_pos(window: MainWindow, view: View, x: float, y: float) -> QPoint:
    return window.body_map.viewport_point(view, x, y)


def click(qtbot: QtBot, window: MainWindow, pos: QPoint,
          button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(window.body_map.viewport(), button, pos=pos)


def click_region(qtbot: QtBot, window: MainWindow, view: View, rid: str) -> None:
    click(qtbot, window, region_pos(window, view, rid))
