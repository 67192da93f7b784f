"""Start the Qt application."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bodymap.domain.dataset import Dataset
from bodymap.gui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("bodymap")
    app.setApplicationName("bodymap")
    app.setApplicationDisplayName("bodymap")
    return app


def run(dataset: Dataset) -> int:
    app = application()
    window = MainWindow(dataset, QSettings())
    window.show()
    return app.exec()
