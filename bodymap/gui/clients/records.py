"""What the clients dock does with the store apart from showing it: run each store action
so a failure becomes a message (never a crash), and export or import a client's records.

ClientPanel builds on this; it supplies the chosen client and reading the records again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from bodymap.domain.dataset import Dataset
from bodymap.gui.clients.import_job import ImportJob
from bodymap.store import (
    Client,
    NotFoundError,
    Store,
    StoreError,
    import_client_json,
    write_client_csv,
    write_client_json,
)
from bodymap.store.names import InvalidNameError

T = TypeVar("T")

#: how often the window's thread looks whether an import's child is done (ms): the child
#: takes a quarter of a second at least (a Python start), the look a few microseconds
IMPORT_POLL_MS = 20


class RecordsWidget(QWidget):
    import_finished = Signal(object)  # Client | None, after start_import
    message_shown = Signal(str)       # the text of each message box (plain text)

    def __init__(self, dataset: Dataset, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ds = dataset
        self.store = store
        self._import_job: ImportJob | None = None
        # a child of this widget: it stops with it, so an import that ends after the
        # window closed calls nothing that is gone (gui/clients/import_job.py)
        self._import_poll = QTimer(self)
        self._import_poll.setInterval(IMPORT_POLL_MS)
        self._import_poll.timeout.connect(self._look_at_import)
        self._resyncing = False
        self.last_message: QMessageBox | None = None
        self.import_label = QLabel()
        self.import_label.setTextFormat(Qt.TextFormat.PlainText)
        self.import_label.hide()

    # what the panel supplies
    def current_client_id(self) -> int | None:
        raise NotImplementedError

    def current_client(self) -> Client | None:
        raise NotImplementedError

    def reload_clients(self, select: int | None = None) -> None:
        raise NotImplementedError

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
            why = exc.message(QCoreApplication.translate) \
                if isinstance(exc, InvalidNameError) else str(exc)
            self._message(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("Clients", "Client records"), why)
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
            self._message(QMessageBox.Icon.Information,
                          QCoreApplication.translate("Clients", "Import"),
                          QCoreApplication.translate(
                              "Clients", "An import is still running; wait for it to finish."))
            return False
        self._import_job = ImportJob(self.store.path, path, frozenset(self._ds.regions),
                                     frozenset(self._ds.knowledge.trigger_points))
        self.import_label.setText(QCoreApplication.translate(
            "Clients", "Importing {name}…").format(name=path.name))
        self.import_label.show()
        self._import_poll.start()
        return True

    def _look_at_import(self) -> None:
        """On the window's thread, from the poll: hand over the import's outcome once its
        worker is done."""
        job = self._import_job
        if job is None or not job.done():
            return
        self._end_import()
        try:
            outcome = job.outcome()
        except Exception:
            # the worker's own failure (not the import's refusal): the panel is not left
            # "importing" for ever; the error goes on to the application's handler
            self.import_finished.emit(None)
            raise
        if outcome.client_id is not None:
            self._on_import_done(outcome.client_id)
        else:
            self._on_import_failed(outcome.message(QCoreApplication.translate))

    def _on_import_done(self, client_id: int) -> None:
        _, client = self._attempt(lambda: self.store.client(client_id))
        if client is not None:
            self.reload_clients(select=client.id)
        self.import_finished.emit(client)

    def _on_import_failed(self, error: str) -> None:
        self._message(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Clients", "Client records"), error)
        self.import_finished.emit(None)

    def _end_import(self) -> None:
        self._import_poll.stop()
        self._import_job = None
        self.import_label.hide()

    def ask_export(self) -> None:
        ok, client = self._attempt(self.current_client)
        if not ok:
            return
        if client is None:
            self._message(QMessageBox.Icon.Information,
                          QCoreApplication.translate("Clients", "Export"),
                          QCoreApplication.translate("Clients", "Choose a client first."))
            return
        json_filter = QCoreApplication.translate("Clients",
                                                 "JSON, round-trips exactly (*.json)")
        csv_filter = QCoreApplication.translate("Clients", "CSV spreadsheet (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("Clients", "Export visits"), f"{client.name}.json",
            ";;".join((json_filter, csv_filter)))
        if path:
            (self.export_csv if path.lower().endswith(".csv") or chosen == csv_filter
             else self.export_json)(Path(path))

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("Clients", "Import visits"), "",
            QCoreApplication.translate("Clients", "bodymap JSON (*.json)"))
        if path:
            self.start_import(Path(path))

    # ------------------------------------------------------------------ store actions
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
            # the store's reason ("there is no visit with id 12") is English: the message
            # says the same in the user's language without it
            self._message(QMessageBox.Icon.Information,
                          QCoreApplication.translate("Clients", "Client records"),
                          QCoreApplication.translate(
                              "Clients", "That client or visit is not there any more: it was "
                              "deleted, perhaps in another window. The records were read "
                              "again."))
        else:
            self._message(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("Clients", "Client records"),
                          failure.message(QCoreApplication.translate))
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
