"""A window deleted right after its first paint: the work its paint queued for the event
loop's next turn must go with it.

The map's first paint queued "keep the items as pixmaps from now on" and the window's first
paint queued "open the records, start the model's worker" on zero-interval timers that
belonged to no object; a window deleted in between (a script or test that closes it at
once, a caller of `bodymap screenshot`'s code) had that work run on its deleted items:
"Internal C++ object (FigureItem) already deleted" in 5 of 5 tries. The timers now belong
to the view and to the window, and Qt drops them with it. (An exception in a Qt callback
fails a pytest-qt test.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.app import open_window
from bodymap.gui.main_window import MainWindow


def delete_now(window: MainWindow) -> None:
    """Close and delete ``window`` before the event loop turns again."""
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_window_deleted_right_after_the_maps_first_paint(
        qtbot: QtBot, dataset: Dataset, settings: QSettings) -> None:
    window = MainWindow(dataset, settings)
    window.resize(900, 600)
    # the map's first paint, at once (as `bodymap screenshot` grabs the window): its work
    # waits for the event loop's next turn
    window.grab()
    item = window.body_map.region_item(View.BACK, "left.low_back")
    assert item is not None
    # the items are kept as pixmaps from the next turn on: that is queued, not done yet
    assert item.cacheMode() is QGraphicsItem.CacheMode.NoCache
    delete_now(window)
    qtbot.wait(20)  # the queued work's turn: it must not come


def test_a_window_deleted_right_after_its_first_paint_in_open_window(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, tmp_path: Path) -> None:
    window = open_window(dataset, tmp_path / "clinic.sqlite3", settings=settings)
    window.grab()  # the window's first paint, at once: the records and model are queued
    assert window.open_records_now is None and window.store is None
    delete_now(window)
    qtbot.wait(50)  # their turn: nothing may start for the deleted window
    assert not (tmp_path / "clinic.sqlite3").exists()
