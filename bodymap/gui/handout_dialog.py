"""Choose what goes into a client handout."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from bodymap.domain.knowledge import Muscle
from bodymap.gui.overriding import override


class HandoutDialog(QDialog):
    def __init__(self, muscles: Sequence[Muscle], checked: Sequence[str], client: str = "",
                 notes: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Client handout"))
        self.client = QLineEdit(client)
        self.client.setPlaceholderText(self.tr("Client name (optional)"))
        self.muscles = QListWidget()
        for m in muscles:
            item = QListWidgetItem(m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in checked
                               else Qt.CheckState.Unchecked)
            self.muscles.addItem(item)
        self.notes = QPlainTextEdit(notes)
        self.notes.setPlaceholderText(self.tr("Your notes for the client: what you found, what "
                                              "to do at home, when to come back"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Muscles"), self.muscles)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(buttons)
        self.resize(520, 560)

    @override
    def exec(self) -> int:
        """Run the dialog, then free it once control returns to the event loop.

        The window creates one per handout with itself as parent, so without this every
        dialog lived as long as the window. Deferred deletion (not WA_DeleteOnClose, which
        deletes inside exec) lets the caller still read the choices after exec returns,
        even across the file dialog it opens next: a nested event loop does not run
        deferred deletions posted before it started.
        """
        try:
            return super().exec()
        finally:
            self.deleteLater()

    def chosen(self) -> list[str]:
        out: list[str] = []
        for i in range(self.muscles.count()):
            item = self.muscles.item(i)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out
