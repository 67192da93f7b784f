"""Muscles: search by name or alias, or browse by body area; picking one shows it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QTreeView, QVBoxLayout, QWidget

from bodymap.domain.knowledge import Muscle
from bodymap.domain.regions import Side
from bodymap.domain.search import search_muscles
from bodymap.session.session import Session
from bodymap.session.view_model import ViewModel

ROLE_MUSCLE = Qt.ItemDataRole.UserRole + 1


class BrowsePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search a muscle: name or alias, e.g. QL, psoas")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search muscles")
        self.search_box.textChanged.connect(self._on_search)
        self.search_box.returnPressed.connect(self._on_search_enter)
        self.side_choice = QComboBox()
        self.side_choice.addItem("Left side", Side.LEFT)
        self.side_choice.addItem("Right side", Side.RIGHT)
        self.side_choice.setAccessibleName("Which side to show")
        self.side_choice.currentIndexChanged.connect(self._on_side_changed)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Muscles by body area")
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.side_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self._fill(None)

    def refresh(self, vm: ViewModel) -> None:
        index = self.side_choice.findData(vm.browse_side)
        if index != self.side_choice.currentIndex():
            self.side_choice.blockSignals(True)
            self.side_choice.setCurrentIndex(index)
            self.side_choice.blockSignals(False)
        shown = vm.card.muscle if vm.card is not None else None
        current = self.tree.currentIndex()
        if shown is not None and current.data(ROLE_MUSCLE) != shown:
            found = self._find(shown)
            if found is not None:
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(found)
                self.tree.scrollTo(found)
                self.tree.selectionModel().blockSignals(False)

    def _find(self, mid: str) -> QModelIndex | None:
        hits = self.model.match(self.model.index(0, 0), ROLE_MUSCLE, mid, 1,
                                Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return hits[0] if hits else None

    def _item(self, m: Muscle, with_aliases: bool) -> QStandardItem:
        text = m.name + (f"  ({', '.join(m.aliases)})" if with_aliases and m.aliases else "")
        item = QStandardItem(text)
        item.setData(m.id, ROLE_MUSCLE)
        return item

    def _fill(self, matches: list[Muscle] | None) -> None:
        self.tree.selectionModel().blockSignals(True)
        self.model.clear()
        root = self.model.invisibleRootItem()
        if matches is None:
            for group, muscles in self._session.dataset.knowledge.by_group().items():
                if not muscles:
                    continue
                parent = QStandardItem(group.label)
                parent.setSelectable(False)
                for m in muscles:
                    parent.appendRow(self._item(m, False))
                root.appendRow(parent)
        else:
            for m in matches:
                root.appendRow(self._item(m, True))
        self.tree.selectionModel().blockSignals(False)

    def _on_search(self, text: str) -> None:
        if not text.strip():
            self._fill(None)
            return
        self._fill(search_muscles(text, self._session.dataset.knowledge))

    def _on_search_enter(self) -> None:
        first = self.model.index(0, 0)
        if first.isValid() and first.data(ROLE_MUSCLE):
            self.tree.setCurrentIndex(first)

    def results(self) -> list[str]:
        """The muscle ids listed at the top level (the search results), in order."""
        out: list[str] = []
        for row in range(self.model.rowCount()):
            mid = self.model.index(row, 0).data(ROLE_MUSCLE)
            if mid:
                out.append(str(mid))
        return out

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        mid = current.data(ROLE_MUSCLE)
        if mid:
            self._session.select_muscle(str(mid), self._side())

    def _side(self) -> Side:
        side = self.side_choice.currentData()
        return side if isinstance(side, Side) else Side.LEFT

    def _on_side_changed(self) -> None:
        self._session.set_browse_side(self._side())
