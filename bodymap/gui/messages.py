"""Message boxes that show text as typed: paths and names may hold '<' or '&'."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A modal warning in plain text (a static QMessageBox.warning guesses rich text, so a
    folder named "<b>x" would be shown bold and without its name)."""
    from PySide6.QtWidgets import QMessageBox  # made when shown: not on the start path

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    box.deleteLater()
