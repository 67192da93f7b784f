"""A press where the pointer last moved takes the region found by that move; whatever moved
the map under a still pointer (a zoom, another layout) makes it look again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.scene.layouts import Layout
from tests.gui.helpers import region_pos, rest_on


def _press(qtbot: QtBot, window: MainWindow, pos: object) -> None:
    qtbot.mouseClick(window.body_map.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_a_press_where_the_pointer_rests_marks_the_region_under_it(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.body_map
    pos = region_pos(window, View.BACK, "left.buttock")
    rest_on(qtbot, view.viewport(), pos)
    assert window.session.view_model.hovered == "left.buttock"
    _press(qtbot, window, pos)
    assert set(window.session.drawing) == {"left.buttock"}


def test_a_zoom_under_a_still_pointer_is_looked_at_again(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.body_map
    pos = region_pos(window, View.BACK, "left.buttock")
    rest_on(qtbot, view.viewport(), pos)
    view.zoom(4.0)  # (keyboard or toolbar: the pointer has not moved)
    under = view.region_at(pos)
    assert under is None or under.rid != "left.buttock"  # the zoom moved it away
    assert view._region_under(pos) is under
    _press(qtbot, window, pos)
    expected = {under.rid} if under is not None else set()
    assert set(window.session.drawing) == expected


def test_new_items_under_a_still_pointer_are_looked_at_again(
        qtbot: QtBot, window: MainWindow) -> None:
    """Another layout and back: the map is framed as before, but its items are new ones
    (the region the move found was deleted with the old)."""
    view = window.body_map
    pos = region_pos(window, View.BACK, "left.buttock")
    rest_on(qtbot, view.viewport(), pos)
    moved_over = view.region_at(pos)
    window.set_layout(Layout.SOLES)
    window.set_layout(Layout.FRONT_BACK)
    under = view.region_at(pos)
    assert under is not None and under is not moved_over and under.rid == "left.buttock"
    assert view._region_under(pos) is under
    _press(qtbot, window, pos)
    assert set(window.session.drawing) == {"left.buttock"}
