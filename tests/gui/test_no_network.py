"""bodymap opens no network connection: the window, exports and records run with every
socket call refused by an audit hook in a fresh process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# a fresh interpreter with an audit hook: the slow lane
pytestmark = pytest.mark.slow

PROGRAM = r'''
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
attempts = []
def hook(event, args):
    if event.startswith("socket.") and event not in ("socket.__new__",):
        attempts.append(event)
        raise RuntimeError(f"network use: {event} {args!r}")
sys.addaudithook(hook)
from pathlib import Path
import datetime as dt
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bodymap import resources
from bodymap.domain.dataset import load_dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.gui.main_window import MainWindow
from bodymap.store import Store, VisitDraft
tmp = Path(sys.argv[1])
ds = load_dataset(resources.data_dir(), resources.assets_dir())
with Store.open(tmp / "db.sqlite3") as store:
    w = MainWindow(ds, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), store)
    w.show(); app.processEvents()
    w.session.open_drawing(PainDrawing({"left.low_back": 6}))
    panel = w.client_panel
    panel.create_client("Test")
    panel.save_visit(VisitDraft(date=dt.date(2026, 11, 25), drawing=w.session.drawing))
    assert w.exports.write_handout(tmp / "h.pdf", ["quadratus_lumborum"])
    assert w.exports.export_image(tmp / "m.svg")
    assert panel.export_json(tmp / "c.json")
    w.close(); app.processEvents()
try:
    import socket
    socket.create_connection(("127.0.0.1", 9), timeout=0.1)
except Exception:
    pass
print("attempts:", attempts)
'''


def test_app_flows_make_no_network_calls(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", PROGRAM, str(tmp_path)], capture_output=True,
                         text=True, timeout=180, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("attempts:"))
    # exactly the one look-up the probe itself tried at the end: the hook works, and
    # nothing in bodymap tried before it
    assert line == "attempts: ['socket.getaddrinfo']", line
    assert (tmp_path / "h.pdf").exists() and (tmp_path / "c.json").exists()
