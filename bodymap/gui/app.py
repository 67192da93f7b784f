"""Start the Qt application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bodymap.domain.dataset import Dataset
from bodymap.gui.main_window import MainWindow
from bodymap.store import CorruptDatabase, Store, StoreError, new_database_beside


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("bodymap")
    app.setApplicationName("bodymap")
    app.setApplicationDisplayName("bodymap")
    return app


def open_store(path: Path, parent: QWidget | None = None) -> Store | None:
    """Open the client records. A damaged or foreign file is never touched: the user may
    start a new database beside it, or go on without client records."""
    try:
        return Store.open(path)
    except CorruptDatabase as exc:
        beside = new_database_beside(path)
        box = QMessageBox(QMessageBox.Icon.Warning, "Client records cannot be opened",
                          f"{exc}\n\nThe file has not been changed.", parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the path may hold '<'
        new = box.addButton(f"Start a new database ({beside.name})",
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Continue without client records", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is new:
            try:
                return Store.open(beside)
            except StoreError as again:
                _warn(parent, "Client records", str(again))
        return None
    except StoreError as exc:
        _warn(parent, "Client records cannot be opened",
              f"{exc}\n\nbodymap will run without client records.")
        return None


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning shown as plain text: a folder named "<b>..." is shown as typed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def run(dataset: Dataset, db_path: Path) -> int:
    app = application()
    store = open_store(db_path)
    window = MainWindow(dataset, QSettings(), store)
    window.show()
    try:
        return app.exec()
    finally:
        if store is not None:
            store.close()
