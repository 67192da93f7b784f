"""Client records in the window: pick a client, save visits, reopen, compare, chart progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import TriggerPoint
from bodymap.gui.plotting import pg, static_plot
from bodymap.store import (
    Client,
    NotFoundError,
    Store,
    StoreError,
    Visit,
    VisitDraft,
    import_client_json,
    write_client_csv,
    write_client_json,
)
from bodymap.store.import_job import import_in_child
from bodymap.store.names import InvalidNameError, check_client_name

T = TypeVar("T")
ROLE_ID = Qt.ItemDataRole.UserRole
NO_SCORE = -1  # spin box value meaning "not recorded"


class ClientDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, client: Client | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Client" if client else "New client")
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
        form.addRow("Name", self.name)
        form.addRow("", self.problem)
        form.addRow("Contact", self.contact)
        form.addRow("Notes", self.notes)
        form.addRow(buttons)

    def _accept(self) -> None:
        """Accept only a name the store will take; otherwise say why, beside the field."""
        try:
            check_client_name(self.name.text())
        except InvalidNameError as exc:
            self.name.setPlaceholderText("A name is needed")
            self.problem.setText(str(exc)[:1].upper() + str(exc)[1:])
            self.problem.show()
            self.name.setFocus()
            return
        self.accept()


class VisitDialog(QDialog):
    """Date, pain before/after, what was treated, notes. The drawing comes from the map."""

    def __init__(self, drawing: PainDrawing, offered: Sequence[TriggerPoint],
                 labels: dict[str, str], parent: QWidget | None = None,
                 visit: Visit | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save visit")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.pain_before = self._score()
        self.pain_after = self._score()
        self.treated = QListWidget()
        for tp in offered:
            item = QListWidgetItem(labels.get(tp.id, tp.id))
            item.setData(ROLE_ID, tp.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.treated.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("What you found and did; advice given")
        if visit is not None:
            self.date.setDate(QDate(visit.date.year, visit.date.month, visit.date.day))
            self.pain_before.setValue(NO_SCORE if visit.pain_before is None
                                      else visit.pain_before)
            self.pain_after.setValue(NO_SCORE if visit.pain_after is None else visit.pain_after)
            self.notes.setPlainText(visit.notes)
            for i in range(self.treated.count()):
                item = self.treated.item(i)
                if item is not None and item.data(ROLE_ID) in visit.treated:
                    item.setCheckState(Qt.CheckState.Checked)
        n = len(drawing)
        summary = QLabel(f"The current drawing ({n} painful region{'s' if n != 1 else ''}) "
                         "is saved with the visit.")
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(summary)
        form.addRow("Date", self.date)
        form.addRow("Pain before (0-10)", self.pain_before)
        form.addRow("Pain after (0-10)", self.pain_after)
        form.addRow("Trigger points treated", self.treated)
        form.addRow("Notes", self.notes)
        form.addRow(buttons)
        self.resize(480, 560)

    @staticmethod
    def _score() -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_SCORE, 10)
        box.setSpecialValueText("not recorded")
        box.setValue(NO_SCORE)
        return box

    def draft(self, drawing: PainDrawing) -> VisitDraft:
        def score(box: QSpinBox) -> int | None:
            return None if box.value() == NO_SCORE else box.value()

        treated: list[str] = []
        for i in range(self.treated.count()):
            item = self.treated.item(i)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                treated.append(str(item.data(ROLE_ID)))
        q = self.date.date()
        return VisitDraft(date=dt.date(q.year(), q.month(), q.day()), drawing=drawing.as_dict(),
                          qualities=dict(drawing.qualities), pain_before=score(self.pain_before),
                          pain_after=score(self.pain_after),
                          treated=tuple(treated), notes=self.notes.toPlainText())


class ProgressChart(pg.PlotWidget):  # type: ignore[misc]
    """Pain before/after and the number of painful regions, visit by visit, over dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, background="w",
                         axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        plot = static_plot(self)
        plot.showGrid(x=False, y=True, alpha=0.2)
        plot.setYRange(0, 10.5, padding=0)
        plot.setLabel("left", "pain 0-10 / regions")
        self.legend = plot.addLegend(offset=(-6, 4), labelTextColor="#343a40")
        self.before = plot.plot([], [], pen=pg.mkPen("#c92a2a", width=2), symbol="o",
                                symbolSize=7, symbolBrush="#c92a2a", name="pain before")
        self.after = plot.plot([], [], pen=pg.mkPen("#2f9e44", width=2), symbol="s",
                               symbolSize=7, symbolBrush="#2f9e44", name="pain after")
        self.regions = plot.plot([], [], pen=pg.mkPen("#1c7ed6", width=1.5,
                                                      style=Qt.PenStyle.DashLine),
                                 symbol="t", symbolSize=7, symbolBrush="#1c7ed6",
                                 name="painful regions")
        self.setMinimumHeight(170)
        self.setMaximumHeight(300)

    def set_visits(self, visits: Sequence[Visit]) -> None:
        def stamp(v: Visit, i: int) -> float:
            # several visits on one day are spread over it so each stays visible
            return dt.datetime(v.date.year, v.date.month, v.date.day, 9).timestamp() + i * 3600

        xs = [stamp(v, i) for i, v in enumerate(visits)]
        before = [(x, v.pain_before) for x, v in zip(xs, visits, strict=True)
                  if v.pain_before is not None]
        after = [(x, v.pain_after) for x, v in zip(xs, visits, strict=True)
                 if v.pain_after is not None]
        self.before.setData([p[0] for p in before], [p[1] for p in before])
        self.after.setData([p[0] for p in after], [p[1] for p in after])
        self.regions.setData(xs, [len(v.drawing) for v in visits])
        top = max([10.0, *(float(len(v.drawing)) for v in visits)])
        self.getPlotItem().setYRange(0, top + 0.5, padding=0)
        if xs:
            pad = max(86400.0, (xs[-1] - xs[0]) * 0.06)
            self.getPlotItem().setXRange(xs[0] - pad, xs[-1] + pad, padding=0)

    def series(self) -> dict[str, list[float]]:
        """The plotted y values (for tests and accessibility)."""
        out: dict[str, list[float]] = {}
        for name, curve in (("before", self.before), ("after", self.after),
                            ("regions", self.regions)):
            _, ys = curve.getData()
            out[name] = [] if ys is None else [float(y) for y in ys]
        return out


class CompareDialog(QDialog):
    """Two visits' drawings side by side."""

    def __init__(self, dataset: Dataset, first: Visit, second: Visit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from bodymap.report.map_image import render_map_image

        self.setWindowTitle("Compare visits")
        grid = QGridLayout(self)
        self.images: list[QLabel] = []
        for col, visit in enumerate((first, second)):
            image = render_map_image(dataset, visit.drawing, height=620)
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            title = QLabel(f"<b>{visit.date:%d %b %Y}</b> — {len(visit.drawing)} painful "
                           f"region{'s' if len(visit.drawing) != 1 else ''}, pain "
                           f"{_score(visit.pain_before)} → {_score(visit.pain_after)}")
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(title, 0, col)
            grid.addWidget(label, 1, col)
            self.images.append(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, 2, 0, 1, 2)


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


class _ImportSignals(QObject):
    finished = Signal(int)  # the new client's id
    failed = Signal(str)    # why nothing was imported


class _ImportJob(QRunnable):
    """Wait on a worker thread for the import's child process (see
    bodymap.store.import_job: a thread alone still froze the window), then report."""

    def __init__(self, database: Path, source: Path, regions: frozenset[str],
                 points: frozenset[str]) -> None:
        super().__init__()
        self.signals = _ImportSignals()
        self._database, self._source = database, source
        self._regions, self._points = regions, points

    def run(self) -> None:
        outcome = import_in_child(self._database, self._source, self._regions, self._points)
        if outcome.client_id is not None:
            self.signals.finished.emit(outcome.client_id)
        else:
            self.signals.failed.emit(outcome.error)


class ClientPanel(QWidget):
    """Pick or create a client, save the current drawing as a visit, review past visits.

    Another window (or process) may change the same database at any time: every action
    that touches the store reports a failure in a message, reads the records again and
    never keeps showing a client or visit that no longer exists.
    """

    drawing_open_requested = Signal(object)  # PainDrawing
    client_changed = Signal(object)          # Client | None
    import_finished = Signal(object)         # Client | None, after start_import
    message_shown = Signal(str)              # the text of each message box (plain text)

    def __init__(self, dataset: Dataset, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ds = dataset
        self.store = store
        self._offered: tuple[TriggerPoint, ...] = ()
        self._import_job: _ImportJob | None = None
        self._resyncing = False
        self.last_message: QMessageBox | None = None

        self.client_box = QComboBox()
        self.client_box.setAccessibleName("Client")
        self.client_box.currentIndexChanged.connect(self._on_client_index)
        self.new_client_button = QPushButton("New client…")
        self.new_client_button.clicked.connect(self._on_new_client)
        self.visit_list = QListWidget()
        self.visit_list.setAccessibleName("Visits")
        self.visit_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.visit_list.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.save_button = QPushButton("Save visit…")
        self.save_button.setToolTip("Save the drawing on the map as a visit of this client")
        self.save_button.clicked.connect(self._on_save_visit)
        self.open_button = QPushButton("Open drawing")
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button = QPushButton("Compare")
        self.compare_button.setToolTip("Select two visits to see their drawings side by side")
        self.compare_button.clicked.connect(self._on_compare)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self._on_delete_visit)
        self.chart = ProgressChart()
        self.import_label = QLabel()
        self.import_label.setTextFormat(Qt.TextFormat.PlainText)
        self.import_label.hide()
        # a folder name may contain "<b>" or "<img ...>": shown as typed, never as markup
        self.store_label = QLabel(f"Records: {store.path}")
        self.store_label.setTextFormat(Qt.TextFormat.PlainText)
        self.store_label.setStyleSheet("color:#6c757d; font-size:8pt;")
        self.store_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.client_box, 1)
        top.addWidget(self.new_client_button)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.open_button, self.compare_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.visit_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.chart)
        layout.addWidget(self.import_label)
        layout.addWidget(self.store_label)
        self.drawing = PainDrawing()
        self.reload_clients()

    # ------------------------------------------------------------------ clients
    def reload_clients(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_client_id()
        _, clients = self._attempt(self.store.clients)
        self.client_box.blockSignals(True)
        self.client_box.clear()
        self.client_box.addItem("— choose a client —", None)
        for c in clients or []:
            self.client_box.addItem(c.name, c.id)
        index = self.client_box.findData(current) if current is not None else 0
        self.client_box.setCurrentIndex(max(index, 0))
        self.client_box.blockSignals(False)
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
            self._message(QMessageBox.Icon.Warning, "New client", str(exc))
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
        for b in (self.save_button, self.open_button, self.compare_button, self.delete_button):
            b.setEnabled(has)
        self.reload_visits()
        _, client = self._attempt(self.current_client)
        self.client_changed.emit(client)

    # ------------------------------------------------------------------ visits
    def visits(self) -> list[Visit]:
        """The chosen client's visits. Raises NotFoundError when the client was deleted."""
        cid = self.current_client_id()
        return self.store.visits(cid) if cid is not None else []

    def reload_visits(self) -> None:
        _, found = self._attempt(self.visits)
        visits = found or []
        self.visit_list.clear()
        for v in reversed(visits):  # newest first
            n = len(v.drawing)
            text = (f"{v.date:%d %b %Y} — {n} region{'s' if n != 1 else ''}, pain "
                    f"{_score(v.pain_before)} → {_score(v.pain_after)}")
            if v.notes:
                text += f"\n{v.notes.splitlines()[0][:80]}"
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, v.id)
            self.visit_list.addItem(item)
        self.chart.set_visits(visits)

    def set_context(self, drawing: PainDrawing, offered: Sequence[TriggerPoint]) -> None:
        """The current drawing and the trigger points worth offering as 'treated'."""
        self.drawing = drawing
        self._offered = tuple(offered)

    def save_visit(self, draft: VisitDraft) -> Visit | None:
        cid = self.current_client_id()
        if cid is None:
            return None
        ok, visit = self._attempt(lambda: self.store.add_visit(cid, draft))
        if ok:
            self.reload_visits()
        return visit

    def _on_save_visit(self) -> None:
        kb = self._ds.knowledge
        labels = {tp.id: f"{kb.muscles[tp.muscle].name} — {tp.name} ({tp.side.value})"
                  for tp in self._offered}
        dialog = VisitDialog(self.drawing, self._offered, labels, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.save_visit(dialog.draft(self.drawing))
        finally:
            dialog.deleteLater()

    def selected_visits(self) -> list[Visit]:
        """The selected visits as stored now (visits deleted meanwhile are left out)."""
        ids = [int(i.data(ROLE_ID)) for i in self.visit_list.selectedItems()]
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
            self.drawing_open_requested.emit(chosen[-1].pain_drawing())

    def _on_compare(self) -> None:
        chosen = self.selected_visits()
        if len(chosen) != 2:
            self._message(QMessageBox.Icon.Information, "Compare visits",
                          "Select exactly two visits (Ctrl+click) to compare them.")
            return
        dialog = CompareDialog(self._ds, chosen[0], chosen[1], self)
        try:
            dialog.exec()
        finally:
            # each comparison holds two full-size map images (about 7 MB): free them
            dialog.deleteLater()

    def _on_delete_visit(self) -> None:
        chosen = self.selected_visits()
        if not chosen:
            return
        answer = QMessageBox.question(
            self, "Delete visit",
            f"Delete {len(chosen)} visit(s)? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            for v in chosen:
                if not self._delete_visit(v.id):
                    break  # the reason was shown once; the list was read again
            self.reload_visits()

    def _delete_visit(self, visit_id: int) -> bool:
        return self._attempt(lambda: self.store.delete_visit(visit_id))[0]

    # ------------------------------------------------------------------ export / import
    def export_json(self, path: Path) -> bool:
        cid = self.current_client_id()
        return cid is not None and self._attempt(
            lambda: write_client_json(self.store, cid, path))[0]

    def export_csv(self, path: Path) -> bool:
        cid = self.current_client_id()
        return cid is not None and self._attempt(
            lambda: write_client_csv(self.store, cid, path))[0]

    def import_json(self, path: Path) -> Client | None:
        """Import on the GUI thread and wait (scripts and tests); the window's own menu uses
        :meth:`start_import`, which keeps the window responsive."""
        known_points = set(self._ds.knowledge.trigger_points)
        try:
            _, client = self._attempt(lambda: import_client_json(
                self.store, path, set(self._ds.regions), known_points))
        except ValueError as exc:
            self._message(QMessageBox.Icon.Warning, "Client records", str(exc))
            return None
        if client is not None:
            self.reload_clients(select=client.id)
        return client

    @property
    def importing(self) -> bool:
        return self._import_job is not None

    def start_import(self, path: Path) -> bool:
        """Check and import ``path`` on a worker thread; ``import_finished`` is emitted with
        the new client (or None) when done. False when an import is already running."""
        if self._import_job is not None:
            self._message(QMessageBox.Icon.Information, "Import",
                          "An import is still running; wait for it to finish.")
            return False
        job = _ImportJob(self.store.path, path, frozenset(self._ds.regions),
                         frozenset(self._ds.knowledge.trigger_points))
        job.signals.finished.connect(self._on_import_done)
        job.signals.failed.connect(self._on_import_failed)
        self._import_job = job
        self.import_label.setText(f"Importing {path.name}…")
        self.import_label.show()
        QThreadPool.globalInstance().start(job)
        return True

    def _on_import_done(self, client_id: int) -> None:
        self._end_import()
        _, client = self._attempt(lambda: self.store.client(client_id))
        if client is not None:
            self.reload_clients(select=client.id)
        self.import_finished.emit(client)

    def _on_import_failed(self, error: str) -> None:
        self._end_import()
        self._message(QMessageBox.Icon.Warning, "Client records", error)
        self.import_finished.emit(None)

    def _end_import(self) -> None:
        self._import_job = None
        self.import_label.hide()

    def ask_export(self) -> None:
        ok, client = self._attempt(self.current_client)
        if not ok:
            return
        if client is None:
            self._message(QMessageBox.Icon.Information, "Export", "Choose a client first.")
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export visits", f"{client.name}.json",
            "JSON, round-trips exactly (*.json);;CSV spreadsheet (*.csv)")
        if path:
            (self.export_csv if path.lower().endswith(".csv") or "CSV" in chosen
             else self.export_json)(Path(path))

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import visits", "",
                                              "bodymap JSON (*.json)")
        if path:
            self.start_import(Path(path))

    def _attempt(self, action: Callable[[], T]) -> tuple[bool, T | None]:
        """Run a store action; a StoreError becomes a message, never a crash. After a
        failure the records are read again, so the panel never shows a client or visit
        that is gone (deleted in another window, say)."""
        try:
            return True, action()
        except StoreError as exc:
            if self._resyncing:
                return False, None  # already reported; the lists stay empty
            failure = exc
        if isinstance(failure, NotFoundError):
            self._message(QMessageBox.Icon.Information, "Client records",
                          f"{failure.reason} any more: it was deleted, perhaps in another "
                          "window. The records were read again.")
        else:
            self._message(QMessageBox.Icon.Warning, "Client records", str(failure))
        self._resync()
        return False, None

    def _resync(self) -> None:
        """Read clients and visits again after a failure; a failure while doing so is left
        at the message already shown (and empty lists)."""
        if self._resyncing:
            return
        self._resyncing = True
        try:
            self.reload_clients()
        finally:
            self._resyncing = False

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """Show ``text`` as plain text (a path or name may hold '<'), without waiting: the
        panel goes on to read the records again underneath. The box frees itself."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_message = box
        key = id(box)
        box.destroyed.connect(lambda *_: self._forget_message(key))
        box.show()
        self.message_shown.emit(text)

    def _forget_message(self, key: int) -> None:
        if id(self.last_message) == key:
            self.last_message = None
