"""The client records are opened after the window's first paint (issue 15): the first screen
shows nothing from them, and sqlite3 with the store's records would delay it."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from bodymap import collector
from bodymap.domain.dataset import Dataset
from bodymap.gui.app import _RecordsOpener, open_window, run
from bodymap.gui.desktop import ICON_SIZES
from bodymap.gui.main_window import MainWindow
from bodymap.store import Store


def _texts(window: MainWindow) -> set[str]:
    return {a.text() for a in window.actions_.toolbar.actions()} | \
        {a.text() for a in window.actions_.menu_file.actions()}


def test_a_store_attached_later_gives_the_clients_dock(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, tmp_path: Path) -> None:
    window = MainWindow(dataset, settings, store_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.store is None and window.client_dock is not None
    assert "&Clients" in _texts(window)
    store = Store.open(tmp_path / "later.sqlite3")
    try:
        window.attach_store(store)
        assert window.store is store
        window.require_clients()  # the panel is built on the store handed over
        assert window.client_panel is not None and window.client_dock.isVisible()
    finally:
        window.close()
        store.close()


def test_a_store_that_cannot_be_opened_takes_the_clients_actions_away(
        qtbot: QtBot, dataset: Dataset, settings: QSettings) -> None:
    window = MainWindow(dataset, settings, store_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach_store(None)
    assert window.store is None and window.client_dock is None
    assert window.actions_.clients is None
    texts = _texts(window)
    assert not {"&Clients", "E&xport client visits (JSON or CSV)…",
                "&Import client visits (JSON)…"} & texts
    assert "&Quit" in texts and "Client &handout (PDF)…" in texts


def test_run_opens_the_store_only_after_the_first_paint(
        qapp: QApplication, dataset: Dataset, settings: QSettings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    db = tmp_path / "clinic.sqlite3"
    seen: dict[str, object] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if isinstance(watched, MainWindow) and event.type() == QEvent.Type.Paint \
                    and "at_paint" not in seen:
                seen["at_paint"] = (watched.store, db.exists())
            return False

    def look_and_close() -> None:
        windows = [w for w in qapp.topLevelWidgets()
                   if isinstance(w, QMainWindow) and w.isVisible()]
        assert len(windows) == 1 and isinstance(windows[0], MainWindow)
        if windows[0].store is None and "waited" not in seen:
            # this timer may run before the first paint: the window is built after it
            # started; give the event loop one more turn
            seen["waited"] = True
            QTimer.singleShot(500, look_and_close)
            return
        seen["later"] = windows[0].store is not None
        seen["icon"] = {s.width() for s in windows[0].windowIcon().availableSizes()}
        # the model the worker built after the paint is the one the first ranking uses
        drawing = {"left.low_back": 6, "left.buttock": 4}
        seen["ranking"] = windows[0].session.prepare().rank(drawing) == \
            dataset.referral_model().rank(drawing)
        windows[0].close()
        qapp.exit(0)

    watch = FirstPaint()
    qapp.installEventFilter(watch)
    qapp.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(500, look_and_close)
    try:
        assert run(dataset, db, settings=settings) == 0
    finally:
        qapp.removeEventFilter(watch)
        qapp.setQuitOnLastWindowClosed(True)
        QApplication.processEvents()
    # painted before the database file was even created; opened soon after
    assert seen["at_paint"] == (None, False)
    assert seen["later"] is True and db.exists()
    # the window icon too comes after the first paint
    assert set(ICON_SIZES) <= seen["icon"]  # type: ignore[operator]
    assert seen["ranking"] is True


def test_clients_asked_for_before_the_records_are_ready_open_them_then(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, tmp_path: Path) -> None:
    """After the first paint the store's modules load on a worker and the file is opened
    when they have; Clients chosen in between opens the records at once, and only once."""
    window = MainWindow(dataset, settings, store_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    db = tmp_path / "early.sqlite3"
    _RecordsOpener(window, db)  # what open_window starts after the first paint
    assert window.store is None and window.open_records_now is not None
    panel = window.require_clients()  # Ctrl+L before the worker is done
    store = window.store
    assert store is not None and panel.store is store and db.exists()
    assert window.open_records_now is None
    qtbot.wait(50)  # the worker is done and seen to be: nothing is opened twice
    assert window.store is store
    window.close()
    store.close()


def test_the_workers_started_after_the_first_paint_call_nothing_of_qt(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, tmp_path: Path) -> None:
    """The records' import and the model's build run on threads Qt did not start; a signal
    the records' worker emitted when done crashed PySide in about one start in twenty.
    Every call a worker makes into PySide is noted here: there must be none."""
    into_qt: list[str] = []

    def note(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call" and threading.current_thread() is not threading.main_thread():
            owner = getattr(arg, "__self__", None)
            module = getattr(type(owner), "__module__", "") or ""
            if module.startswith(("PySide6", "shiboken6")):
                into_qt.append(f"{threading.current_thread().name}: {arg!r}")

    window = MainWindow(dataset, settings, store_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    threading.setprofile(note)  # (for threads started from now on)
    try:
        window.session.prepare_in_background()  # as open_window does after the paint
        _RecordsOpener(window, tmp_path / "clinic.sqlite3")
        qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
        window.session.prepare()  # waits for the model's worker
    finally:
        threading.setprofile(None)
    assert into_qt == []
    assert window.store is not None
    window.close()
    window.store.close()


def test_no_garbage_collection_runs_on_the_start_s_workers(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, tmp_path: Path) -> None:
    """The collector, held while the window starts (as the `bodymap` command holds it),
    comes back once the model's and the records' workers are done: a collection on one of
    them would free what the window's thread made, Qt objects' wrappers among it."""
    threads: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    collector.hold()
    gc.callbacks.append(note)
    try:
        window = open_window(dataset, tmp_path / "clinic.sqlite3", settings=settings)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        # the records open, the model built, the collector back on
        qtbot.waitUntil(lambda: window.store is not None and not collector.held()
                        and not window.session.building_in_background, timeout=10_000)
        garbage: list[list[object]] = [[i] for i in range(10_000)]  # (enough to collect)
        for cell in garbage:
            cell.append(cell)  # cycles
        del garbage
        assert threads, "the collector never ran"
    finally:
        gc.callbacks.remove(note)
        collector.release()
    assert set(threads) == {threading.main_thread().name}
    window.close()
    assert window.store is not None
    window.store.close()
