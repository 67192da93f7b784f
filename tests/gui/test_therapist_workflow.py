"""A therapist's session end to end, on the real window with a real SQLite file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.app import open_store
from bodymap.gui.client_panel import VisitDialog
from bodymap.gui.main_window import MainWindow
from bodymap.store import Store, VisitDraft, export_client_json

from .helpers import click_region


def _fill_visit_dialog(before: int, after: int, notes: str) -> None:
    """Answer the modal visit dialog as a user would, once it is open."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VisitDialog)
        dialog.pain_before.setValue(before)
        dialog.pain_after.setValue(after)
        dialog.notes.setPlainText(notes)
        first = dialog.treated.item(0)
        if first is not None:
            first.setCheckState(first.checkState().Checked)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_client_visits_reopen_export_reimport(qtbot: QtBot, clinic: MainWindow,
                                              tmp_path: Path, dataset: Dataset) -> None:
    panel = clinic.client_panel
    assert panel is not None and clinic.client_dock is not None
    assert clinic.actions_.clients is not None
    clinic.actions_.clients.trigger()
    assert clinic.client_dock.isVisible()
    client = panel.create_client("Ana Silva", "ana@example.org", "runner")
    assert client is not None and panel.current_client_id() == client.id
    assert "Ana Silva" in clinic.windowTitle()

    # first visit: low back and buttock, saved through the real dialog
    click_region(qtbot, clinic, View.BACK, "left.low_back")
    click_region(qtbot, clinic, View.BACK, "left.buttock")
    first_drawing = dict(clinic.session.drawing)
    _fill_visit_dialog(7, 4, "QL and glute med released")
    panel.save_button.click()
    # second visit a week later: only the buttock
    clinic.session.clear()
    click_region(qtbot, clinic, View.BACK, "left.buttock")
    panel.save_visit(VisitDraft(date=dt.date.today() + dt.timedelta(days=7),
                                drawing=clinic.session.drawing.as_dict(), pain_before=4,
                                pain_after=2))
    visits = panel.visits()
    assert [len(v.drawing) for v in visits] == [2, 1]
    assert visits[0].pain_before == 7 and visits[0].notes == "QL and glute med released"
    assert visits[0].treated, "the ticked trigger point was recorded"
    assert panel.chart.series()["before"] == [7.0, 4.0]
    assert panel.chart.series()["regions"] == [2.0, 1.0]

    # reopen the first visit's drawing on the map
    panel.visit_list.clearSelection()
    panel.visit_list.item(1).setSelected(True)  # newest first: item 1 is the first visit
    panel.open_button.click()
    assert dict(clinic.session.drawing) == first_drawing
    item = clinic.body_map.region_item(View.BACK, "left.low_back")
    assert item is not None and item.shown_intensity == 5

    # handout PDF and JSON export
    pdf = tmp_path / "ana.pdf"
    assert clinic.exports.write_handout(pdf, ["quadratus_lumborum"], client="Ana Silva",
                                        notes="daily")
    assert pdf.read_bytes().startswith(b"%PDF")
    exported = tmp_path / "ana.json"
    assert panel.export_json(exported)
    assert panel.export_csv(tmp_path / "ana.csv")
    rows = (tmp_path / "ana.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 3  # header + one row per visit and region

    # re-import into a fresh database: identical records
    with Store.open(tmp_path / "fresh.sqlite3") as fresh:
        fresh_window = MainWindow(dataset, QSettings(str(tmp_path / "f.ini"),
                                                     QSettings.Format.IniFormat), fresh)
        qtbot.addWidget(fresh_window)
        assert fresh_window.client_panel is not None
        imported = fresh_window.client_panel.import_json(exported)
        assert imported is not None
        again = export_client_json(fresh, imported.id)
        original = json.loads(exported.read_text(encoding="utf-8"))
        assert again == original
        fresh_window.close()


def test_compare_two_visits(qtbot: QtBot, clinic: MainWindow) -> None:
    panel = clinic.client_panel
    assert panel is not None
    panel.create_client("Ben")
    for day, regions in ((1, {"left.temple": 6}), (8, {"left.temple": 3, "left.eye": 2})):
        panel.save_visit(VisitDraft(date=dt.date(2026, 11, day), drawing=regions))
    panel.visit_list.selectAll()
    opened: list[QDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    panel.compare_button.click()
    assert opened and len(opened[0].images) == 2  # type: ignore[attr-defined]


def test_corrupt_database_is_reported_and_left_alone(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bodymap.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    before = bad.read_bytes()

    def choose_new() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert str(bad) in box.text() and "not been changed" in box.text()
        box.buttons()[0].click()  # "Start a new database ..."

    QTimer.singleShot(0, choose_new)
    store = open_store(bad)
    assert store is not None
    try:
        assert store.path != bad and store.path.parent == bad.parent
        assert bad.read_bytes() == before
    finally:
        store.close()
