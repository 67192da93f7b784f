"""The `bodymap` command quit while a client import runs (File → Import, then File → Quit).

The import's worker used to emit a signal of a QObject when its child process was done; the
command's exit deleted that object first (PySide deletes what Python owns as the
application ends), and the emit raised "Signal source has been deleted" into the log as an
unexpected error in every such exit. Now the process waits for the import (one transaction
in a child process) and ends cleanly, with the client in the records.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.store import Store
from tests.gui.test_import_outlives_window import write_export

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

_CHILD = """
import sys
from bodymap.cli import main  # first, as the `bodymap` command: PySide6 comes with the GUI
from bodymap.gui.app import after_first_paint, application
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow

app = application()
source = sys.argv[2]
QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (source, ""))

def menu_item(window, text):
    return next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == text)

def import_then_quit():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
    if window.store is None and window.open_records_now is None:
        # the records' opener starts from the same first paint: after this callback
        QTimer.singleShot(10, import_then_quit)
        return
    menu_item(window, "&Import client visits (JSON)…").trigger()
    assert window.client_panel.importing
    print("importing", flush=True)
    menu_item(window, "&Quit").trigger()  # while the import's child still runs

def when_shown():
    window = next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)), None)
    if window is None:
        QTimer.singleShot(10, when_shown)
        return
    # the records are opened after the first paint (gui/app.py)
    after_first_paint(window, import_then_quit)

QTimer.singleShot(0, when_shown)
print("status", main(["--db", sys.argv[1]]), flush=True)
"""


def test_quitting_during_an_import_waits_for_it_and_ends_cleanly(
        tmp_path: Path, dataset: Dataset) -> None:
    source = tmp_path / "visits.json"
    write_export(source, sorted(dataset.regions), 2000)
    child = tmp_path / "child.py"
    child.write_text(_CHILD, encoding="utf-8")
    db, logs = tmp_path / "clinic.sqlite3", tmp_path / "log"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "BODYMAP_LOG_DIR": str(logs),
           "BODYMAP_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-X", "faulthandler", str(child), str(db),
                           str(source)], capture_output=True, text=True, timeout=180,
                          env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["importing", "status", "0"], done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    log = "".join(p.read_text(encoding="utf-8") for p in logs.glob("*.log"))
    assert "main window closed" in log
    assert "unexpected error" not in log, log
    with Store.open(db) as store:
        [client] = store.clients()
        assert client.name == "Imported late" and len(store.visits(client.id)) == 2000
