"""Muscles: search by muscle, body place or complaint, or browse by body area.

Picking a muscle shows its pattern. Picking a place ("Mark: left temple") marks it on the
body as one undoable step and asks the side panel to switch to Explore, where the muscles
that explain it are ranked. A query that matches nothing says so and offers near names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.knowledge import Muscle
from bodymap.domain.regions import Side
from bodymap.gui.overriding import override
from bodymap.gui.theme import LinkLine
from bodymap.report.markup import escape
from bodymap.session.session import Session
from bodymap.session.view_model import ViewModel

if TYPE_CHECKING:
    # the search (its matching and its three result types) is imported when the user first
    # types or picks a result: the window's start does not need it
    from bodymap.domain.search import MuscleMatch, PlaceMatch, SearchResults

ROLE_MUSCLE = Qt.ItemDataRole.UserRole + 1
#: a place row: its index in the current results' places
ROLE_PLACE = Qt.ItemDataRole.UserRole + 2
#: a place row's side: "left", "right", or "" for both sides
ROLE_SIDE = Qt.ItemDataRole.UserRole + 3


class BrowsePage(QWidget):
    #: a place was marked from the search: the side panel shows Explore
    place_marked = Signal()
    #: the link of a complaint's note: the side panel shows the red-flag questions
    red_flags_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._found: SearchResults | None = None
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search a muscle, a place or a complaint: QL, temple, headache"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search muscles, places and complaints"))
        self.search_box.textChanged.connect(self._on_search)
        self.search_box.returnPressed.connect(self._on_search_enter)
        self.side_choice = QComboBox()
        self.side_choice.addItem(self.tr("Left side"), Side.LEFT)
        self.side_choice.addItem(self.tr("Right side"), Side.RIGHT)
        self.side_choice.setAccessibleName(self.tr("Which side to show"))
        self.side_choice.currentIndexChanged.connect(self._on_side_changed)
        self.message = LinkLine()
        # never squeezed below its wrapped text's height: a complaint's caution and its
        # red-flag link are read in full, and the list below (or the card, as the panel's
        # splitter gives way) takes less room instead (the Spanish note was cut off at
        # 1280 x 720, its link hidden)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.setAccessibleName(self.tr("Search result message"))
        self.message.linkActivated.connect(self._on_link)
        self.message.hide()
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Muscles by body area"))
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        # a place is marked on a deliberate choice (click or Enter), never on merely
        # moving through the list with the arrow keys: each mark is an undo step
        self.tree.clicked.connect(self._on_chosen)
        self.tree.activated.connect(self._on_chosen)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.side_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        # the muscle list is built when the page is first shown: the first screen shows the
        # Explore page, and a start from the validated bundle decodes the muscles only after
        # the window's first paint
        self._filled = False
        self._vm: ViewModel | None = None

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if not self._filled:
            self._fill_groups()
            if self._vm is not None:
                self.refresh(self._vm)
        super().showEvent(event)

    def refresh(self, vm: ViewModel) -> None:
        self._vm = vm
        index = self.side_choice.findData(vm.browse_side)
        if index != self.side_choice.currentIndex():
            self.side_choice.blockSignals(True)
            self.side_choice.setCurrentIndex(index)
            self.side_choice.blockSignals(False)
        if not self._filled:
            return  # nothing listed yet, so nothing to highlight
        shown = vm.card.muscle if vm.card is not None else None
        current = self.tree.currentIndex()
        if current.data(ROLE_MUSCLE) != shown:
            found = self._find(shown) if shown is not None else None
            selection = self.tree.selectionModel()
            selection.blockSignals(True)
            if found is not None:
                self.tree.setCurrentIndex(found)
                self.tree.scrollTo(found)
            else:
                # the card shows a muscle this (filtered) list lacks, or none: a row left
                # highlighted would name a muscle that is not on the map
                selection.clear()
            selection.blockSignals(False)
            self.tree.viewport().update()

    def _find(self, mid: str) -> QModelIndex | None:
        hits = self.model.match(self.model.index(0, 0), ROLE_MUSCLE, mid, 1,
                                Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return hits[0] if hits else None

    # ------------------------------------------------------------------ filling the list
    def _item(self, m: Muscle, with_aliases: bool, because: str | None = None) -> QStandardItem:
        text = m.name + (f"  ({', '.join(m.aliases)})" if with_aliases and m.aliases else "")
        item = QStandardItem(text)
        item.setData(m.id, ROLE_MUSCLE)
        if because:
            item.setToolTip(self.tr("Its trigger points can cause pain felt as: {place}")
                            .format(place=because))
        return item

    def _place_item(self, index: int, place: PlaceMatch, side: Side | None) -> QStandardItem:
        item = QStandardItem(self.tr("Mark: {place}").format(
            place=place.label(side, QCoreApplication.translate)))
        item.setData(index, ROLE_PLACE)
        item.setData(side.value if side is not None else "", ROLE_SIDE)
        tip = self.tr("Marks it on the body and shows the muscles that can explain it")
        # (a complaint's caution goes with its row too: the note above the list names only
        # the first complaint found)
        item.setToolTip(f"{tip}\n\n{place.caution}" if place.caution else tip)
        return item

    def _heading(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setSelectable(False)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        return item

    def _fill_groups(self) -> None:
        self._begin_fill()
        root = self.model.invisibleRootItem()
        for group, muscles in self._session.dataset.knowledge.by_group().items():
            if not muscles:
                continue
            parent = QStandardItem(QCoreApplication.translate("Knowledge", group.label))
            parent.setSelectable(False)
            for m in muscles:
                parent.appendRow(self._item(m, False))
            root.appendRow(parent)
        self._end_fill()

    def _fill_results(self, found: SearchResults) -> None:
        """Places as one "both sides" row with a row per side under it; muscles as rows.
        Places lead when the query reads as a place or complaint ("temple")."""
        self._begin_fill()
        root = self.model.invisibleRootItem()
        place_rows: list[QStandardItem] = []
        for i, place in enumerate(found.places):
            both = self._place_item(i, place, None)
            for side in Side:
                both.appendRow(self._place_item(i, place, side))
            place_rows.append(both)
        muscle_rows = [self._muscle_row(hit) for hit in found.muscles]
        if found.places_first:
            first, heading, second = place_rows, self.tr("Muscles"), muscle_rows
        else:
            first, heading, second = muscle_rows, self.tr("Places"), place_rows
        for row in first:
            root.appendRow(row)
        if first and second:
            root.appendRow(self._heading(heading))
        for row in second:
            root.appendRow(row)
        self._end_fill()
        if place_rows:
            # the first place's sides are shown; later places open on demand
            self.tree.expand(self.model.indexFromItem(place_rows[0]))

    def _muscle_row(self, hit: MuscleMatch) -> QStandardItem:
        return self._item(hit.muscle, True, hit.place)

    def _begin_fill(self) -> None:
        self._filled = True
        self.tree.selectionModel().blockSignals(True)
        self.model.clear()

    def _end_fill(self) -> None:
        self.tree.selectionModel().blockSignals(False)

    # ------------------------------------------------------------------ search
    def _on_search(self, text: str) -> None:
        if not text.strip():
            self._found = None
            self.message.hide()
            self._fill_groups()
            return
        from bodymap.domain.search import search

        ds = self._session.dataset
        self._found = search(text, ds.knowledge, ds.search_terms)
        self._fill_results(self._found)
        self._show_message(self._found)

    def _show_message(self, found: SearchResults) -> None:
        message = found.message(QCoreApplication.translate)
        if message is None:
            note = self._complaint_note(found)
            self.message.set_words(note)
            self.message.setVisible(bool(note))
            return
        if found.suggestions:
            from bodymap.domain.search import suggestion_template

            links = ", ".join(f"<a href='{escape(s, quote=True)}'>{escape(s)}</a>"
                              for s in found.suggestions)
            html = escape(suggestion_template(QCoreApplication.translate), quote=False).format(
                query=escape(repr(found.query.strip()), quote=False), names=links)
        else:
            html = escape(message, quote=False)
        self.message.set_words(html)
        self.message.show()

    def _complaint_note(self, found: SearchResults) -> str:
        """What the place or complaint the search leads with says before anyone presses for
        it: its caution (data/search_terms.yaml), and a link to the red-flag questions it
        names; "" for none (or when muscles lead the results)."""
        if not found.places_first or not found.places:
            return ""
        place = found.places[0]
        parts = [escape(place.caution, quote=False)] if place.caution else []
        if place.red_flags:
            #: after a complaint or place found by the search ("migraine", "sciatica",
            #: "temple") that data/search_terms.yaml gives red-flag questions; the link opens
            #: the Red flags tab
            parts.append(self.tr("Before treating this yourself, <a href='#red-flags'>answer "
                                 "the red-flag questions</a>."))
        return " ".join(parts)

    def _on_link(self, href: str) -> None:
        if href == "#red-flags":
            self.red_flags_requested.emit()
        else:  # a suggestion for a search that found nothing
            self.search_box.setText(href)

    def _on_search_enter(self) -> None:
        """Enter takes the first result: marks a place, or shows a muscle."""
        first = self.model.index(0, 0)
        if not first.isValid():
            return
        if first.data(ROLE_PLACE) is not None:
            self._on_chosen(first)
            return
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ROLE_MUSCLE):
                self.tree.setCurrentIndex(index)
                return

    def results(self) -> list[str]:
        """The muscle ids listed at the top level (the search results), in order."""
        out: list[str] = []
        for row in range(self.model.rowCount()):
            mid = self.model.index(row, 0).data(ROLE_MUSCLE)
            if mid:
                out.append(str(mid))
        return out

    def place_rows(self) -> list[str]:
        """The texts of the place rows at the top level ("Mark: temple (both sides)")."""
        return [str(self.model.index(row, 0).data())
                for row in range(self.model.rowCount())
                if self.model.index(row, 0).data(ROLE_PLACE) is not None]

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        mid = current.data(ROLE_MUSCLE)
        if mid:
            self._session.select_muscle(str(mid), self._side())

    def _on_chosen(self, index: QModelIndex) -> None:
        place_index = index.data(ROLE_PLACE)
        if place_index is None or self._found is None:
            return
        place = self._found.places[int(place_index)]
        side_value = str(index.data(ROLE_SIDE) or "")
        side = Side(side_value) if side_value else None
        from bodymap.domain.search import mark_place

        marked = mark_place(self._session.drawing, place, side)
        if marked != self._session.drawing:
            self._session.open_drawing(marked, self.tr("Search: {place}").format(
                place=place.label(side, QCoreApplication.translate)))
        self.place_marked.emit()

    def _side(self) -> Side:
        side = self.side_choice.currentData()
        return side if isinstance(side, Side) else Side.LEFT

    def _on_side_changed(self) -> None:
        self._session.set_browse_side(self._side())
