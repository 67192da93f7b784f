"""Run an import's child process from a worker thread and report back on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from bodymap.store.import_job import import_in_child


class ImportSignals(QObject):
    finished = Signal(int)  # the new client's id
    failed = Signal(str)    # why nothing was imported


class ImportJob(QRunnable):
    """Wait on a worker thread for the import's child process (see
    bodymap.store.import_job: a thread alone still froze the window), then report."""

    def __init__(self, database: Path, source: Path, regions: frozenset[str],
                 points: frozenset[str]) -> None:
        super().__init__()
        self.signals = ImportSignals()
        self._database, self._source = database, source
        self._regions, self._points = regions, points

    def run(self) -> None:
        outcome = import_in_child(self._database, self._source, self._regions, self._points)
        if outcome.client_id is not None:
            self.signals.finished.emit(outcome.client_id)
        else:
            self.signals.failed.emit(outcome.message(QCoreApplication.translate))
