"""Touch and pen, through Qt's touch events: tap marks, drag paints, pinch zooms, two
fingers pan, touch-and-hold opens the region menu (therapists often work on a tablet)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow

from .helpers import region_pos


def _device() -> QPointingDevice:
    return QTest.createTouchDevice()


def test_tap_marks_and_a_drag_paints_in_one_step(qtbot: QtBot, window: MainWindow) -> None:
    dev, vp = _device(), window.body_map.viewport()
    pos = region_pos(window, View.BACK, "left.low_back")
    QTest.touchEvent(vp, dev).press(0, pos, vp).commit()
    QTest.touchEvent(vp, dev).release(0, pos, vp).commit()
    assert dict(window.session.drawing) == {"left.low_back": 5}
    a = region_pos(window, View.BACK, "left.buttock")
    b = region_pos(window, View.BACK, "left.upper_buttock")
    QTest.touchEvent(vp, dev).press(0, a, vp).commit()
    QTest.touchEvent(vp, dev).move(0, b, vp).commit()
    QTest.touchEvent(vp, dev).release(0, b, vp).commit()
    assert set(window.session.drawing) == {"left.low_back", "left.buttock",
                                           "left.upper_buttock"}
    window.session.undo()
    assert set(window.session.drawing) == {"left.low_back"}, "the drag was one step"


def test_pinch_zooms_and_two_fingers_pan(qtbot: QtBot, window: MainWindow) -> None:
    dev, vp = _device(), window.body_map.viewport()
    centre = vp.rect().center()
    before = window.body_map.scale_factor()
    a, b = centre - QPoint(40, 0), centre + QPoint(40, 0)
    QTest.touchEvent(vp, dev).press(0, a, vp).press(1, b, vp).commit()
    for step in range(1, 9):
        d = QPoint(10 * step, 0)
        QTest.touchEvent(vp, dev).move(0, a - d, vp).move(1, b + d, vp).commit()
        QApplication.processEvents()
    zoomed = window.body_map.scale_factor()
    assert zoomed > before * 1.3
    h = window.body_map.horizontalScrollBar().value()
    last_a, last_b = a - QPoint(80, 0), b + QPoint(80, 0)
    for step in range(1, 6):
        d = QPoint(15 * step, 0)
        QTest.touchEvent(vp, dev).move(0, last_a + d, vp).move(1, last_b + d, vp).commit()
        QApplication.processEvents()
    QTest.touchEvent(vp, dev).release(0, last_a, vp).release(1, last_b, vp).commit()
    assert window.body_map.horizontalScrollBar().value() < h, "the body followed the fingers"
    assert dict(window.session.drawing) == {}, "two fingers never paint"


def test_touch_and_hold_opens_the_region_menu_without_toggling(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    dev, vp = _device(), window.body_map.viewport()
    pos = region_pos(window, View.BACK, "left.buttock")
    with qtbot.waitSignal(window.body_map.region_menu_shown, timeout=5000) as shown:
        QTest.touchEvent(vp, dev).press(0, pos, vp).commit()
        qtbot.wait(1200)
    QTest.touchEvent(vp, dev).release(0, pos, vp).commit()
    menu = shown.args[0]
    assert isinstance(menu, QMenu)
    assert dict(window.session.drawing) == {}, "holding did not mark the region"
    next(a for a in menu.actions() if a.text() == "Pain 7/10").trigger()
    assert dict(window.session.drawing) == {"left.buttock": 7}
    menu.close()
