"""The clients dock's chooser of a client: a drop-down list that also finds a client by a few
letters of the name.

A therapist with hundreds of clients should not scroll a list of names: typed letters
anywhere in a name ("smi" finds "Anna Smith" and "Carla Smithson", whatever the case) offer
the clients whose names hold them, and choosing one (click, or arrow keys and Enter) chooses
that client as the list does. A whole name typed and confirmed with Enter chooses it too.
Typing never adds, renames or deletes a client: when the field is left with text that names
no client, it shows the chosen client's name again (or nothing, with its hint, when none is
chosen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class ClientPicker(QComboBox):
    """The items are the client names, each with its id as data; an item whose data is None
    stands for "no client" and shows as an empty field with a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        finder = QCompleter(self.model(), self)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(finder)
        field = self.lineEdit()
        assert field is not None
        field.setPlaceholderText(QCoreApplication.translate(
            "Clients", "Type a name, or choose a client"))
        field.editingFinished.connect(self.settle)
        self.currentIndexChanged.connect(self._show_current)

    def _show_current(self, index: int) -> None:
        if index >= 0 and self.itemData(index) is None:
            self.setEditText("")  # no client: the hint shows

    def settle(self) -> None:
        """Make the field agree with the chosen client: a whole name typed (any case)
        chooses that client; any other text gives way to the chosen client's name."""
        text = self.currentText().strip()
        if text:
            wanted = text.casefold()
            for i in range(self.count()):
                if self.itemData(i) is not None and self.itemText(i).casefold() == wanted:
                    if i != self.currentIndex():
                        self.setCurrentIndex(i)
                    break
        index = self.currentIndex()
        shown = "" if index < 0 or self.itemData(index) is None else self.itemText(index)
        if self.currentText() != shown:
            self.setEditText(shown)
