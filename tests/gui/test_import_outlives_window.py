"""A client import outlives the window that started it (File → Import, then the window is
closed and deleted before the import's child process is done).

The import's worker used to be a QRunnable that emitted a signal of a QObject it owned; when
the `bodymap` command ended during an import, PySide deleted that object first and the
worker's emit raised "Signal source has been deleted" (tests/desktop/test_quit_during_import
runs the command). The worker now calls nothing of Qt, and the window's thread asks for the
outcome from a timer that dies with the widget; every call the worker makes into PySide is
noted here, as tests/gui/test_store_after_first_paint.py does for the start's workers.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.gui.main_window import MainWindow
from bodymap.store import Store


def write_export(path: Path, regions: list[str], visits: int) -> None:
    """A client export as `bodymap` writes it, with ``visits`` visits."""
    path.write_text(json.dumps({
        "format": "bodymap-client", "format_version": 1,
        "client": {"name": "Imported late", "created": "2026-01-01T00:00:00+00:00"},
        "visits": [{"date": f"2026-{1 + v % 12:02d}-{1 + v % 28:02d}",
                    "drawing": {regions[(v + k) % len(regions)]: 1 + k for k in range(5)},
                    "notes": f"visit {v}"} for v in range(visits)]}), encoding="utf-8")


def import_action(window: MainWindow) -> QAction:
    """File → Import client visits, found as a user finds it."""
    [action] = [a for a in window.actions_.menu_file.actions()
                if a.text() == "&Import client visits (JSON)…"]
    return action


def test_an_import_ends_safely_after_its_window_is_gone_and_its_worker_calls_no_qt(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "visits.json"
    write_export(source, sorted(dataset.regions), 200)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    into_qt: list[str] = []
    importers: set[str] = set()

    def note(frame: FrameType, event: str, arg: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            return
        if event == "call" and frame.f_code.co_name == "import_in_child":
            importers.add(threading.current_thread().name)
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = getattr(type(owner), "__module__", "") or ""
            if module.startswith(("PySide6", "shiboken6")):
                into_qt.append(f"{threading.current_thread().name}: {arg!r}")

    # not given to qtbot, which would close it at the end: this test deletes it
    window = MainWindow(dataset, settings, store)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    threading.setprofile(note)  # (for threads started from now on)
    try:
        import_action(window).trigger()
        panel = window.client_panel
        assert panel is not None and panel.importing
        # the window goes while the import's child still runs (it takes a Python start)
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del window, panel
        for worker in [t for t in threading.enumerate() if t.name.startswith("bodymap-import")]:
            worker.join(timeout=60)
    finally:
        threading.setprofile(None)
    qtbot.wait(100)  # a poll left running would come now (an exception fails the test)
    assert importers, "the import's child was not waited for on a Python worker thread"
    assert into_qt == []
    # the import the user started is in the records all the same
    assert [c.name for c in store.clients()] == ["Imported late"]
