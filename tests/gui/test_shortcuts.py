"""The window's keys: written-out ones from the start, the platform's standard ones (undo,
redo, zoom, quit) and presentation mode's from right after the first paint (gui/actions.py:
naming QKeySequence would make PySide's class before the first screen needs it)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow

from .helpers import click_region


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)


def test_written_out_keys_are_set_when_the_window_is_made(qtbot: QtBot, dataset: Dataset,
                                                          settings: QSettings) -> None:
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    actions = window.actions_
    assert _keys(actions.handout) == "Ctrl+P"
    assert _keys(actions.present) == "F11"
    assert _keys(actions.next_pane) == "F6"
    assert _keys(actions.previous_pane) == "Shift+F6"
    assert _keys(actions.layouts[next(iter(actions.layouts))]) == "Ctrl+1"
    # not yet painted: the standard ones wait for it
    assert _keys(actions.undo) == ""


def test_standard_keys_come_right_after_the_first_paint(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    actions = window.actions_
    expected = {actions.undo: QKeySequence.StandardKey.Undo,
                actions.redo: QKeySequence.StandardKey.Redo,
                actions.zoom_in: QKeySequence.StandardKey.ZoomIn,
                actions.zoom_out: QKeySequence.StandardKey.ZoomOut,
                actions.quit: QKeySequence.StandardKey.Quit}
    qtbot.waitUntil(lambda: all(a.shortcut() == QKeySequence(k) for a, k in expected.items()),
                    timeout=2000)
    # (Quit has no standard key on some platforms, this test's among them)
    assert all(not a.shortcut().isEmpty() for a in expected if a is not actions.quit)
    keys = [a.shortcuts() for a in window.presentation._keys]
    assert [[k.toString() for k in each] for each in keys] == [
        ["Right", "Down", "PgDown"], ["Left", "Up", "PgUp"], ["Esc"]]


def test_the_undo_and_redo_keys_undo_and_redo_a_click(window: MainWindow,
                                                       qtbot: QtBot) -> None:
    actions = window.actions_
    qtbot.waitUntil(lambda: not actions.redo.shortcut().isEmpty(), timeout=2000)
    click_region(qtbot, window, View.FRONT, "left.temple")
    assert "left.temple" in window.session.view_model.drawing
    QTest.keySequence(window.body_map, actions.undo.shortcut())  # Ctrl+Z
    assert "left.temple" not in window.session.view_model.drawing
    QTest.keySequence(window.body_map, actions.redo.shortcut())  # the platform's redo key
    assert "left.temple" in window.session.view_model.drawing


def test_presentation_keys_work_even_before_the_first_paint_is_over(
        qtbot: QtBot, dataset: Dataset, settings: QSettings) -> None:
    """Presentation mode gives its keys when it starts, should the paint not have come."""
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    window.presentation.set_on(True)
    assert [a.shortcut().toString() for a in window.presentation._keys] == [
        "Right", "Left", "Esc"]
    window.presentation.set_on(False)
