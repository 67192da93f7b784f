"""Choose the trigger points treated at a visit: any point of any muscle, on either side.

The ``chosen`` list is what will be saved (its ticked rows): the points the current drawing
suggests come first, unticked, then every point picked. Below it, a search box filters a
tree of muscle -> trigger point -> side; ticking a side there adds that point to the list
(ticked), unticking it unticks it. The list holds the fact; the tree only mirrors it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.knowledge import KnowledgeBase, Muscle, TriggerPoint
from bodymap.domain.regions import Side
from bodymap.domain.search import rank_muscles
from bodymap.gui.clients.common import ROLE_ID, muscle_search_box, no_muscle_text, point_label

#: With this few muscles found, their points are shown unfolded.
UNFOLD_AT_MOST = 3


class TreatedPointsPicker(QWidget):
    def __init__(self, knowledge: KnowledgeBase, offered: Sequence[str],
                 treated: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kb = knowledge
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(
            QCoreApplication.translate("Clients", "Trigger points treated"))
        self.chosen.itemChanged.connect(self._on_chosen_changed)
        # a long name ("Multifidi and rotatores (thoracolumbar) — Upper lumbar points
        # (L1-L2), izquierdo") wraps rather than hiding its side past the right edge
        self.chosen.setWordWrap(True)
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.setResizeMode(QListView.ResizeMode.Adjust)
        self.search = muscle_search_box(self.filter)
        self.catalogue = QTreeWidget()
        self.catalogue.setHeaderHidden(True)
        self.catalogue.setAccessibleName(QCoreApplication.translate("Clients",
            "All muscles and their trigger points"))
        self.catalogue.itemChanged.connect(self._on_catalogue_changed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.chosen, 2)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(self.catalogue, 3)
        # a visit's recorded points first (ticked, in their order), then the suggestions
        for point in treated:
            self._add(point, ticked=True)
        for point in offered:
            self._add(point, ticked=False)
        if treated:
            hint = QCoreApplication.translate(
                "Clients", "The points recorded are ticked and listed first, then those the "
                "drawing suggests; find any other muscle below.")
        elif offered:
            hint = QCoreApplication.translate(
                "Clients", "Tick the points treated. Those the drawing suggests are listed "
                "first; find any other muscle below.")
        else:
            hint = QCoreApplication.translate(
                "Clients", "No points are suggested (there is no drawing): find the muscle "
                "below and tick the points treated.")
        self.hint.setText(hint)
        self.filter("")

    # ------------------------------------------------------------------ the chosen list
    def treated(self) -> tuple[str, ...]:
        """The ticked points' ids, in list order."""
        return tuple(str(item.data(ROLE_ID)) for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_treated(self, point: str, ticked: bool) -> None:
        """Tick (adding it to the list if needed) or untick a point."""
        item = self._find(point)
        if item is None:
            if ticked:
                self._add(point, ticked=True)
            return
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _items(self) -> Iterable[QListWidgetItem]:
        for i in range(self.chosen.count()):
            item = self.chosen.item(i)
            if item is not None:
                yield item

    def _find(self, point: str) -> QListWidgetItem | None:
        return next((i for i in self._items() if i.data(ROLE_ID) == point), None)

    def _add(self, point: str, ticked: bool) -> None:
        existing = self._find(point)
        if existing is not None:
            if ticked:
                existing.setCheckState(Qt.CheckState.Checked)
            return
        item = QListWidgetItem(point_label(self._kb, point))
        item.setData(ROLE_ID, point)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.chosen.addItem(item)
        if ticked:
            self.chosen.scrollToItem(item)

    def _on_chosen_changed(self, item: QListWidgetItem) -> None:
        self._mirror(str(item.data(ROLE_ID)), item.checkState())

    # ------------------------------------------------------------------ the catalogue
    def filter(self, query: str) -> None:
        """Show the muscles matching ``query`` (all of them, by name, when it is empty)."""
        kb = self._kb
        hits = rank_muscles(query, kb, limit=len(kb.muscles))
        self.catalogue.blockSignals(True)
        try:
            self.catalogue.clear()
            for hit in hits:
                node = self._muscle_node(hit.muscle)
                self.catalogue.addTopLevelItem(node)
                for j in range(node.childCount()):  # (expanding works once in the tree)
                    child = node.child(j)
                    if child is not None:
                        child.setExpanded(True)
            if query.strip() and len(hits) <= UNFOLD_AT_MOST:
                self.catalogue.expandAll()
        finally:
            self.catalogue.blockSignals(False)
        self.no_match.setVisible(not hits)
        self.no_match.setText(no_muscle_text(query))

    def _muscle_node(self, muscle: Muscle) -> QTreeWidgetItem:
        node = QTreeWidgetItem([muscle.name])
        node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        ticked = set(self.treated())
        by_key: dict[str, list[TriggerPoint]] = {}
        for tp in muscle.trigger_points:  # each point once per side, in the file's order
            by_key.setdefault(tp.key, []).append(tp)
        for sides in by_key.values():
            point_node = QTreeWidgetItem([sides[0].name])
            point_node.setFlags(point_node.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            for tp in sorted(sides, key=lambda t: list(Side).index(t.side)):
                leaf = QTreeWidgetItem([QCoreApplication.translate("Clients", "left side")
                                        if tp.side is Side.LEFT else
                                        QCoreApplication.translate("Clients", "right side")])
                leaf.setData(0, ROLE_ID, tp.id)
                leaf.setFlags(leaf.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                leaf.setCheckState(0, Qt.CheckState.Checked if tp.id in ticked
                                   else Qt.CheckState.Unchecked)
                point_node.addChild(leaf)
            node.addChild(point_node)
        return node

    def _leaves(self) -> Iterable[QTreeWidgetItem]:
        for i in range(self.catalogue.topLevelItemCount()):
            muscle = self.catalogue.topLevelItem(i)
            for j in range(muscle.childCount() if muscle is not None else 0):
                point = muscle.child(j) if muscle is not None else None
                for k in range(point.childCount() if point is not None else 0):
                    leaf = point.child(k) if point is not None else None
                    if leaf is not None:
                        yield leaf

    def leaf(self, point: str) -> QTreeWidgetItem | None:
        """The catalogue's row for a point, if its muscle is shown."""
        return next((lf for lf in self._leaves() if lf.data(0, ROLE_ID) == point), None)

    def _on_catalogue_changed(self, leaf: QTreeWidgetItem, column: int) -> None:
        point = leaf.data(column, ROLE_ID)
        if isinstance(point, str):
            self.set_treated(point, leaf.checkState(column) == Qt.CheckState.Checked)

    def _mirror(self, point: str, state: Qt.CheckState) -> None:
        leaf = self.leaf(point)
        if leaf is not None and leaf.checkState(0) != state:
            self.catalogue.blockSignals(True)
            leaf.setCheckState(0, state)
            self.catalogue.blockSignals(False)
