"""Work a start leaves for after the window's first paint (gui.app.LaterWork): the new
bundle after a data change is written then, or as the window closes if that comes first,
and never before the first screen is shown."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from bodymap import resources
from bodymap.domain.bundle import load_dataset_cached
from bodymap.domain.dataset import Dataset
from bodymap.gui.app import LATER_WORK_MS, LaterWork, run
from bodymap.gui.main_window import MainWindow


def _run_until(qapp: QApplication, close_after_paint_ms: int, dataset: Dataset,
               later: list[Callable[[], None]], db: Path, settings: QSettings,
               closed: list[QMainWindow] | None = None) -> list[int]:
    """``run()`` the window with ``later``'s work (each piece counted as it is done) and
    close it ``close_after_paint_ms`` after its first paint (timed from the paint, not the
    start: on a loaded machine the first paint can come late); how many pieces had been
    done at its first paint, when it was closed, and by the time ``run()`` returned.
    ``closed``: gets the window, kept alive after ``run()``."""
    done: list[str] = []
    counts: list[int] = []

    def counted(piece: Callable[[], None]) -> Callable[[], None]:
        def do() -> None:
            done.append("done")
            piece()
        return do

    def close() -> None:
        counts.append(len(done))
        for window in qapp.topLevelWidgets():
            if isinstance(window, QMainWindow) and window.isVisible():
                window.close()
                if closed is not None:
                    closed.append(window)
        qapp.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if isinstance(watched, MainWindow) and event.type() == QEvent.Type.Paint \
                    and not counts:
                counts.append(len(done))
                QTimer.singleShot(close_after_paint_ms, close)
            return False

    watch = FirstPaint()
    qapp.installEventFilter(watch)
    qapp.setQuitOnLastWindowClosed(False)
    never_painted = QTimer()
    never_painted.setSingleShot(True)
    never_painted.timeout.connect(close)  # (the counts then show it)
    never_painted.start(30_000)
    try:
        assert run(dataset, db, settings=settings, later=[counted(p) for p in later]) == 0
    finally:
        never_painted.stop()
        qapp.removeEventFilter(watch)
        qapp.setQuitOnLastWindowClosed(True)
        QApplication.processEvents()
    return [*counts, len(done)]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    return tmp_path / "cache"


def _bundles(cache: Path) -> list[Path]:
    return sorted(cache.glob("dataset-*.bundle")) if cache.exists() else []


def test_after_a_data_change_the_bundle_is_written_after_the_first_paint(
        qapp: QApplication, settings: QSettings, tmp_path: Path, fresh_cache: Path) -> None:
    later: list[Callable[[], None]] = []
    dataset = load_dataset_cached(resources.data_dir(), resources.assets_dir(), fresh_cache,
                                  write_later=later.append)
    assert len(later) == 1 and _bundles(fresh_cache) == []
    # still open a while after LATER_WORK_MS: written then, not at the close
    done = _run_until(qapp, LATER_WORK_MS + 600, dataset, later,
                      tmp_path / "clients.sqlite3", settings)
    assert done == [0, 1, 1]
    assert len(_bundles(fresh_cache)) == 1
    # the next start reads it: no full load, so nothing handed over
    again: list[Callable[[], None]] = []
    load_dataset_cached(resources.data_dir(), resources.assets_dir(), fresh_cache,
                        write_later=again.append)
    assert again == []


def test_a_window_closed_before_then_writes_it_as_it_closes(
        qapp: QApplication, qtbot: QtBot, settings: QSettings, tmp_path: Path,
        fresh_cache: Path) -> None:
    later: list[Callable[[], None]] = []
    dataset = load_dataset_cached(resources.data_dir(), resources.assets_dir(), fresh_cache,
                                  write_later=later.append)
    kept: list[QMainWindow] = []
    done = _run_until(qapp, 0, dataset, later, tmp_path / "clients.sqlite3", settings, kept)
    assert done == [0, 0, 1]
    assert len(_bundles(fresh_cache)) == 1
    # the timer set for it at the first paint still runs on the window, which lives on: it
    # finds nothing left to do (it once called into an object freed by then, and crashed)
    gc.collect()
    qtbot.wait(LATER_WORK_MS + 300)
    assert kept and len(_bundles(fresh_cache)) == 1


def test_later_work_is_done_once_and_a_failure_is_logged_not_raised(
        caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    def fails() -> None:
        calls.append("fails")
        raise OSError("disk gone")

    work = LaterWork([fails, lambda: calls.append("next")])
    assert work.pending == 2
    with caplog.at_level(logging.ERROR, logger="bodymap"):
        work.do()
    work.do()
    assert calls == ["fails", "next"] and work.pending == 0
    assert "work left for after the first paint failed" in caplog.text
