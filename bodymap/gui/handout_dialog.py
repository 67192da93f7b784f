"""Choose what goes into a client handout."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.knowledge import KnowledgeBase, Muscle
from bodymap.domain.search import rank_muscles
from bodymap.gui.clients.common import ROLE_ID, muscle_search_box, no_muscle_text
from bodymap.gui.overriding import override


class HandoutDialog(QDialog):
    """The client's name, the muscles (those on screen first, ticked as the screen shows them,
    then every other muscle of ``knowledge``, which a box above finds by name or
    abbreviation) and notes."""

    def __init__(self, muscles: Sequence[Muscle], checked: Sequence[str], client: str = "",
                 notes: str = "", parent: QWidget | None = None,
                 knowledge: KnowledgeBase | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Client handout"))
        self._kb = knowledge
        self.client = QLineEdit(client)
        self.client.setPlaceholderText(self.tr("Client name (optional)"))
        self.search = muscle_search_box(self.filter)
        self.muscles = QListWidget()
        self.muscles.setAccessibleName(self.tr("Muscles in the handout"))
        for m in muscles:
            self._add(m, m.id in checked)
        on_screen = {m.id for m in muscles}
        others = sorted((m for m in (knowledge.muscles.values() if knowledge else ())
                         if m.id not in on_screen), key=lambda m: m.name.lower())
        if others and muscles:
            # the muscles the screen offered, then the rest under a heading
            heading = QListWidgetItem(self.tr("Other muscles"))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # (drawn as text, not greyed)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.muscles.addItem(heading)
        for m in others:
            self._add(m, m.id in checked)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.no_match)
        column.addWidget(self.muscles, 1)
        self.search.setVisible(bool(others))  # (a list of every muscle only when it is long)
        self.notes = QPlainTextEdit(notes)
        self.notes.setPlaceholderText(self.tr("Your notes for the client: what you found, what "
                                              "to do at home, when to come back"))
        self.notes.setMaximumHeight(150)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Muscles"), chooser)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(buttons)
        self.resize(520, 560)

    def _add(self, muscle: Muscle, checked: bool) -> None:
        item = QListWidgetItem(muscle.name)
        item.setData(ROLE_ID, muscle.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.muscles.addItem(item)

    def filter(self, query: str) -> None:
        """Show the muscles matching ``query`` (by name, alias or misspelling, as the
        Muscles tab finds them) and every ticked one; all of them when it is empty."""
        wanted: set[str] | None = None
        if query.strip() and self._kb is not None:
            wanted = {hit.muscle.id for hit in rank_muscles(query, self._kb,
                                                            limit=len(self._kb.muscles))}
        shown = 0
        for i in range(self.muscles.count()):
            item = self.muscles.item(i)
            mid = item.data(ROLE_ID)
            if mid is None:  # the "Other muscles" heading: only over the whole list
                item.setHidden(wanted is not None)
                continue
            hide = wanted is not None and mid not in wanted and \
                item.checkState() != Qt.CheckState.Checked
            item.setHidden(hide)
            shown += not hide and mid in (wanted or ())
        self.no_match.setText(no_muscle_text(query))
        self.no_match.setVisible(wanted is not None and shown == 0)

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
        """The ticked muscles' ids, in list order."""
        out: list[str] = []
        for i in range(self.muscles.count()):
            item = self.muscles.item(i)
            if item is not None and item.data(ROLE_ID) is not None and \
                    item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(ROLE_ID)))
        return out
