"""GUI fixtures: a real main window with its settings in a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.gui.main_window import MainWindow
from bodymap.store import Store
from tests.gui.helpers import open_window


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "bodymap.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, dataset: Dataset, settings: QSettings) -> MainWindow:
    return open_window(qtbot, dataset, settings)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Where this test's client records live."""
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    """Client records in a real SQLite file of this test's own."""
    s = Store.open(db)
    yield s
    s.close()


@pytest.fixture
def clinic(qtbot: QtBot, dataset: Dataset, settings: QSettings, store: Store) -> MainWindow:
    """The main window with client records, as a therapist opens it."""
    return open_window(qtbot, dataset, settings, store)


@pytest.fixture(autouse=True)
def _no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """A test that leaves a top-level widget alive leaks it into every later test."""
    before = {id(w) for w in qapp.topLevelWidgets()}
    yield
    QApplication.processEvents()
    leaked = [w for w in qapp.topLevelWidgets()
              if id(w) not in before and w.isVisible() and not w.property("_closing")]
    assert not leaked, f"test left top-level widgets open: {leaked}"
