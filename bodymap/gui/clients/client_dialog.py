"""Create a client: name (checked as the store will check it), contact, notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from bodymap.store import Client
from bodymap.store.names import InvalidNameError, check_client_name


class ClientDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, client: Client | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Clients", "Client") if client
                            else QCoreApplication.translate("Clients", "New client"))
        self.name = QLineEdit(client.name if client else "")
        self.contact = QLineEdit(client.contact if client else "")
        self.notes = QPlainTextEdit(client.notes if client else "")
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#c92a2a;")
        self.problem.hide()
        self.name.textEdited.connect(lambda _: self.problem.hide())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("Clients", "Name"), self.name)
        form.addRow("", self.problem)
        form.addRow(QCoreApplication.translate("Clients", "Contact"), self.contact)
        form.addRow(QCoreApplication.translate("Clients", "Notes"), self.notes)
        form.addRow(buttons)

    def _accept(self) -> None:
        """Accept only a name the store will take; otherwise say why, beside the field."""
        try:
            check_client_name(self.name.text())
        except InvalidNameError as exc:
            self.name.setPlaceholderText(QCoreApplication.translate("Clients", "A name is needed"))
            why = exc.message(QCoreApplication.translate)
            self.problem.setText(why[:1].upper() + why[1:])
            self.problem.show()
            self.name.setFocus()
            return
        self.accept()
