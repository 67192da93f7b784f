"""A real window session started the way `bodymap` starts it: icon, language, log."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from bodymap import logs
from bodymap.domain.dataset import Dataset
from bodymap.gui.app import DESKTOP_FILE_NAME, run
from bodymap.gui.translations import install_translators, visible_texts
from bodymap.store import Store, VisitDraft

CLIENT = "Zebediah Quux-Marlowe"
NOTES = "ulcer history, lives alone"


def test_session_with_a_named_client_leaves_no_name_in_the_log(
        qapp: QApplication, dataset: Dataset, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BODYMAP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    logs.setup_logging()
    db = tmp_path / "clinic.sqlite3"
    store = Store.open(db)
    client = store.add_client(CLIENT, contact="zq@example.org", notes=NOTES)
    store.add_visit(client.id, VisitDraft(date=dt.date(2026, 11, 2),
                                          drawing={"left.low_back": 7}, pain_before=6,
                                          notes=NOTES))
    store.close()
    settings = QSettings(str(tmp_path / "bodymap.ini"), QSettings.Format.IniFormat)
    seen: dict[str, list[str]] = {}

    def look_and_close() -> None:
        windows = [w for w in qapp.topLevelWidgets()
                   if isinstance(w, QMainWindow) and w.isVisible()]
        assert len(windows) == 1
        if getattr(windows[0], "store", None) is None and "waited" not in seen:
            # the client records are opened after the first paint: look once they are
            seen["waited"] = []
            QTimer.singleShot(500, look_and_close)
            return
        seen["texts"] = [t for _, t in visible_texts(windows[0])]
        windows[0].close()
        qapp.exit(0)

    # run() returns when its event loop ends; closing the last window must not also post a
    # quit that would end the next test's event loops
    qapp.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(300, look_and_close)
    try:
        assert run(dataset, db, language="es", settings=settings) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
        QApplication.processEvents()
        install_translators("en")
        for handler in list(logs.log.handlers):
            logs.log.removeHandler(handler)
            handler.close()
    assert "Abrir la carpeta de &registro" in seen["texts"]
    assert "&Idioma" in seen["texts"]
    assert qapp.desktopFileName() in ("", DESKTOP_FILE_NAME)  # set when bodymap made the app
    text = (tmp_path / "logs" / "bodymap.log").read_text(encoding="utf-8")
    assert "client records opened" in text and "main window open" in text
    assert "user interface language: es" in text
    for private in (CLIENT, "Zebediah", "Quux", NOTES, "ulcer", "zq@example.org"):
        assert private not in text
