"""The clients dock: pick or create a client, save, edit, reopen and compare visits, chart
progress, export and import. It holds no drawing of its own: it reads the Session's when
saving and asks the Session to open a visit's drawing.

Another window (or process) may change the same database at any time: every action that
touches the store reports a failure in a message, reads the records again and never keeps
showing a client or visit that no longer exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.figures import Figure
from bodymap.gui.clients.client_dialog import ClientDialog
from bodymap.gui.clients.client_picker import ClientPicker
from bodymap.gui.clients.common import counted, day_text
from bodymap.gui.clients.compare import CompareDialog
from bodymap.gui.clients.records import RecordsWidget
from bodymap.gui.clients.visit_dialog import VisitDialog
from bodymap.gui.clients.visit_list import VisitList, VisitOrder
from bodymap.gui.overriding import override
from bodymap.logs import short_path
from bodymap.session.session import Session
from bodymap.store import Client, Store, Visit, VisitDraft
from bodymap.store.names import InvalidNameError, check_client_name

if TYPE_CHECKING:
    from bodymap.gui.clients.progress_chart import ProgressChart


class _ChartSlot(QWidget):
    """Where the progress chart goes, as large as the chart will be, so that nothing moves
    when it arrives (ProgressChart: at least 170 px tall, 340 x 210 preferred)."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(170)

    @override
    def sizeHint(self) -> QSize:
        return QSize(340, 210)


class ClientPanel(RecordsWidget):
    drawing_open_requested = Signal(object)  # PainDrawing, after the session opened it
    client_changed = Signal(object)          # Client | None

    def __init__(self, session: Session | Dataset, store: Store,
                 parent: QWidget | None = None) -> None:
        """``session``: the window's Session; a Dataset gives the panel a session of its
        own (a panel used without a window, as in scripts and tests)."""
        self.session = session if isinstance(session, Session) else Session(session)
        super().__init__(self.session.dataset, store, parent)
        self._build()
        self.reload_clients()

    def _build(self) -> None:
        self.client_box = ClientPicker()
        self.client_box.setAccessibleName(QCoreApplication.translate("Clients", "Client"))
        self.client_box.currentIndexChanged.connect(self._on_client_index)
        self.new_client_button = QPushButton(QCoreApplication.translate("Clients", "New client…"))
        self.new_client_button.clicked.connect(self._on_new_client)
        self.sort_box = QComboBox()
        self.sort_box.setAccessibleName(QCoreApplication.translate("Clients", "Sort visits"))
        for order in VisitOrder:
            # the orders' names are marked where VisitOrder is defined
            self.sort_box.addItem(QCoreApplication.translate("Clients", order.value), order)
        self.sort_box.currentIndexChanged.connect(lambda _: self.reload_visits())
        self.visit_list = VisitList()
        self.visit_list.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.save_button = QPushButton(QCoreApplication.translate("Clients", "Save visit…"))
        self.save_button.setToolTip(QCoreApplication.translate("Clients",
            "Save the drawing on the map as a visit of this client"))
        self.save_button.clicked.connect(self._on_save_visit)
        self.edit_button = QPushButton(QCoreApplication.translate("Clients", "Edit visit…"))
        self.edit_button.setToolTip(QCoreApplication.translate("Clients",
            "Correct the selected visit; its earlier version is kept"))
        self.edit_button.clicked.connect(self._on_edit_visit)
        self.open_button = QPushButton(QCoreApplication.translate("Clients", "Open drawing"))
        self.open_button.setToolTip(QCoreApplication.translate("Clients",
            "Put the selected visit's drawing on the map"))
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button = QPushButton(QCoreApplication.translate("Clients", "Compare"))
        self.compare_button.setToolTip(QCoreApplication.translate("Clients",
            "Select two visits to see what changed between them"))
        self.compare_button.clicked.connect(self._on_compare)
        self.delete_button = QPushButton(QCoreApplication.translate("Clients", "Delete"))
        self.delete_button.clicked.connect(self._on_delete_visit)
        # the chart is made after the dock has first painted (or when first asked for):
        # its pyqtgraph takes about 300 ms to import, which held the dock's first
        # appearance (460 ms in all); the list and buttons now show first
        self._chart: ProgressChart | None = None
        self._chart_visits: list[Visit] = []
        self._chart_slot = _ChartSlot()
        self._chart_coming = False
        # a folder name may contain "<b>" or "<img ...>": shown as typed, never as markup
        self.store_label = QLabel(QCoreApplication.translate("Clients", "Records: {path}").format(
            path=short_path(self.store.path)))
        self.store_label.setTextFormat(Qt.TextFormat.PlainText)
        self.store_label.setStyleSheet("color:palette(placeholder-text); font-size:8pt;")
        self.store_label.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.client_box, 1)
        top.addWidget(self.new_client_button)
        sort = QHBoxLayout()
        sort_label = QLabel(QCoreApplication.translate("Clients", "Visits, sorted by"))
        sort_label.setBuddy(self.sort_box)
        sort.addWidget(sort_label)
        sort.addWidget(self.sort_box, 1)
        buttons = QGridLayout()
        for i, b in enumerate((self.save_button, self.edit_button, self.open_button,
                               self.compare_button, self.delete_button)):
            buttons.addWidget(b, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(sort)
        layout.addWidget(self.visit_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._chart_slot)
        layout.addWidget(self.import_label)
        layout.addWidget(self.store_label)

    @property
    def chart(self) -> ProgressChart:
        """The progress chart, made now if it was not yet."""
        if self._chart is None:
            from bodymap.gui.clients.progress_chart import ProgressChart

            chart = ProgressChart()
            chart.set_visits(self._chart_visits)
            layout = self._chart_slot.layout()
            assert layout is not None
            layout.addWidget(chart)
            if self._chart_slot.isVisible():
                chart.show()  # (a child added to a shown widget is not shown with it)
            self._chart = chart
        return self._chart

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart is None and not self._chart_coming:
            from bodymap.gui.app import after_first_paint

            # once the panel has painted (its watcher and timer are the panel's: a panel
            # closed before then takes them along)
            self._chart_coming = True
            after_first_paint(self, self._make_chart)

    def _make_chart(self) -> None:
        _ = self.chart

    def _record_buttons(self) -> tuple[QPushButton, ...]:
        return (self.save_button, self.edit_button, self.open_button, self.compare_button,
                self.delete_button)

    # ------------------------------------------------------------------ clients
    def reload_clients(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_client_id()
        _, clients = self._attempt(self.store.clients)
        self.client_box.blockSignals(True)
        self.client_box.clear()
        self.client_box.addItem(QCoreApplication.translate("Clients", "— choose a client —"), None)
        for c in clients or []:
            self.client_box.addItem(c.name, c.id)
        index = self.client_box.findData(current) if current is not None else 0
        self.client_box.setCurrentIndex(max(index, 0))
        self.client_box.blockSignals(False)
        self.client_box.settle()  # (its signals were blocked: the field shows the choice)
        self._on_client_index()

    def current_client_id(self) -> int | None:
        data = self.client_box.currentData()
        return int(data) if isinstance(data, int) else None

    def current_client(self) -> Client | None:
        """The chosen client as stored now. Raises NotFoundError when it was deleted
        meanwhile (the panel's own actions handle that; see _attempt)."""
        cid = self.current_client_id()
        return self.store.client(cid) if cid is not None else None

    def create_client(self, name: str, contact: str = "", notes: str = "") -> Client | None:
        try:
            clean = check_client_name(name)
        except InvalidNameError as exc:
            self._message(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("Clients", "New client"),
                          exc.message(QCoreApplication.translate))
            return None
        _, client = self._attempt(lambda: self.store.add_client(clean, contact, notes))
        if client is not None:
            self.reload_clients(select=client.id)
        return client

    def _on_new_client(self) -> None:
        dialog = ClientDialog(self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.create_client(dialog.name.text(), dialog.contact.text(),
                                   dialog.notes.toPlainText())
        finally:
            dialog.deleteLater()  # parented to the panel: it would live as long as it

    def _on_client_index(self) -> None:
        has = self.current_client_id() is not None
        for b in self._record_buttons():
            b.setEnabled(has)
        self.reload_visits()
        _, client = self._attempt(self.current_client)
        self.client_changed.emit(client)

    # ------------------------------------------------------------------ visits
    def visits(self) -> list[Visit]:
        """The chosen client's visits, oldest first. Raises NotFoundError when the client
        was deleted."""
        cid = self.current_client_id()
        return self.store.visits(cid) if cid is not None else []

    def _edit_counts(self) -> dict[int, int]:
        cid = self.current_client_id()
        return self.store.edit_counts(cid) if cid is not None else {}

    @property
    def order(self) -> VisitOrder:
        data = self.sort_box.currentData()
        return data if isinstance(data, VisitOrder) else VisitOrder.NEWEST

    def reload_visits(self) -> None:
        ok, found = self._attempt(self.visits)
        visits = found or []
        edits = (self._attempt(self._edit_counts)[1] or {}) if ok and visits else {}
        self.visit_list.show_visits(visits, self._ds.knowledge, edits, self.order)
        self._chart_visits = list(visits)
        if self._chart is not None:
            self._chart.set_visits(visits)

    def save_visit(self, draft: VisitDraft) -> Visit | None:
        cid = self.current_client_id()
        if cid is None:
            return None
        ok, visit = self._attempt(lambda: self.store.add_visit(cid, draft))
        if ok:
            # the client's first visit fixes the figure it was drawn on, so the visit
            # reopens on the same body even after the window's default changes
            _, client = self._attempt(lambda: self.store.client(cid))
            if client is not None and client.figure is None:
                self.save_figure(self.session.figure)
            self.reload_visits()
        return visit

    def save_figure(self, figure: Figure) -> bool:
        """Record ``figure`` as the open client's (False when none is open or saving failed;
        a failure was shown in a message)."""
        cid = self.current_client_id()
        if cid is None:
            return False
        return self._attempt(lambda: self.store.set_client_figure(cid, figure))[0]

    def edit_visit(self, visit_id: int, draft: VisitDraft) -> Visit | None:
        """Replace what the visit records; the store keeps the version replaced."""
        ok, visit = self._attempt(lambda: self.store.update_visit(visit_id, draft))
        if ok:
            self.reload_visits()
        return visit

    def _offered_ids(self, drawing: PainDrawing | None = None) -> list[str]:
        """The points suggested for ``drawing``: the map's, or an edited visit's own."""
        return [tp.id for tp in self.session.offered_points(drawing)]

    def _on_save_visit(self) -> None:
        dialog = VisitDialog(self._ds.knowledge, self.session.drawing, self._offered_ids(),
                             self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.save_visit(dialog.draft())
        finally:
            dialog.deleteLater()

    def _on_edit_visit(self) -> None:
        chosen = self.selected_visits()
        if len(chosen) != 1:
            if self.current_client_id() is not None:
                self._message(QMessageBox.Icon.Information,
                              QCoreApplication.translate("Clients", "Edit visit"),
                              QCoreApplication.translate("Clients",
                                                         "Select one visit to edit it."))
            return
        visit = chosen[0]
        ok, history = self._attempt(lambda: self.store.visit_history(visit.id))
        if not ok:
            return
        dialog = VisitDialog(self._ds.knowledge, self.session.drawing,
                             self._offered_ids(visit.pain_drawing()), self, visit=visit,
                             history=history or [])
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.edit_visit(visit.id, dialog.draft())
        finally:
            dialog.deleteLater()

    def selected_visits(self) -> list[Visit]:
        """The selected visits as stored now, oldest first (visits deleted meanwhile are
        left out)."""
        ids = self.visit_list.selected_ids()
        if not ids:
            return []
        _, found = self._attempt(self.visits)
        by_id = {v.id: v for v in found or []}
        if any(i not in by_id for i in ids) and found is not None:
            self.reload_visits()  # some were deleted elsewhere: show what is really there
        return sorted((by_id[i] for i in ids if i in by_id), key=lambda v: (v.date, v.id))

    def open_selected(self) -> None:
        chosen = self.selected_visits()
        if chosen:
            visit = chosen[-1]
            drawing = visit.pain_drawing()
            left_out = self.session.open_drawing(drawing, QCoreApplication.translate(
                "Clients", "Open visit of {day}").format(day=day_text(visit.date)))
            self.drawing_open_requested.emit(drawing)
            if left_out:
                # saved with other data (--data DIR, or a bodymap that named a region
                # otherwise): the record keeps them, the map cannot show them
                self._message(QMessageBox.Icon.Information,
                              QCoreApplication.translate("Clients", "Open visit"),
                              QCoreApplication.translate(
                                  "Clients",
                                  "This visit marks {count} area(s) that this body map does "
                                  "not have: {ids}. They stay in the saved visit but are not "
                                  "shown, and the muscles are ranked without them. Open the "
                                  "visit with the data it was recorded with (--data) to see "
                                  "them.").format(count=len(left_out), ids=", ".join(left_out)))

    def _on_compare(self) -> None:
        chosen = self.selected_visits()
        if len(chosen) != 2:
            if self.current_client_id() is not None:
                self._message(QMessageBox.Icon.Information,
                              QCoreApplication.translate("Clients", "Compare visits"),
                              QCoreApplication.translate(
                                  "Clients",
                                  "Select exactly two visits (Ctrl+click) to compare them."))
            return
        dialog = CompareDialog(self._ds, chosen[0], chosen[1], self, self.session.figure)
        try:
            dialog.exec()
        finally:
            # each comparison holds two map images: free them
            dialog.deleteLater()

    def _on_delete_visit(self) -> None:
        chosen = self.selected_visits()
        if not chosen:
            return
        answer = QMessageBox.question(
            self, QCoreApplication.translate("Clients", "Delete visit"),
            counted(len(chosen),
                    QCoreApplication.translate(
                        "Clients", "Delete this visit and its earlier versions? "
                        "This cannot be undone."),
                    QCoreApplication.translate(
                        "Clients", "Delete {n} visits and their earlier versions? "
                        "This cannot be undone.")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            for v in chosen:
                if not self._delete_visit(v.id):
                    break  # the reason was shown once; the list was read again
            self.reload_visits()

    def _delete_visit(self, visit_id: int) -> bool:
        return self._attempt(lambda: self.store.delete_visit(visit_id))[0]
