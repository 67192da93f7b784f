"""Wait for an import's child process on a worker thread that calls nothing of Qt.

The worker used to be a QRunnable on Qt's thread pool that emitted a signal of a QObject it
owned when the child was done. When the window closed during an import, the `bodymap`
command's exit deleted that QObject (PySide deletes the objects Python owns as the
application ends) while the worker was still waiting, and its emit then raised "Signal
source has been deleted" in every such exit (6 of 6 tried), or, had the two met, would have
emitted from a half-deleted object. Now the worker only returns the outcome, and the
window's thread asks for it (``outcome``) from a timer that dies with the widget that
started the import, so nothing calls into an object that is gone.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from bodymap.store.import_job import ImportOutcome, import_in_child


class ImportJob:
    """One import, started at once: its child process is waited for on a worker thread.

    The worker thread is not a daemon: a program that ends during an import waits for the
    child (one transaction; it is never left half-written either way) before the
    interpreter is torn down, so that the thread never runs while Python or Qt goes away.
    """

    def __init__(self, database: Path, source: Path, regions: frozenset[str],
                 points: frozenset[str]) -> None:
        self.source = source
        worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bodymap-import")
        self._outcome: Future[ImportOutcome] = worker.submit(
            import_in_child, database, source, regions, points)
        worker.shutdown(wait=False)  # its one thread ends with this job

    def done(self) -> bool:
        return self._outcome.done()

    def outcome(self) -> ImportOutcome:
        """What the child reported (waiting for it if need be); an error the worker met is
        raised here, on the caller's thread."""
        return self._outcome.result()
