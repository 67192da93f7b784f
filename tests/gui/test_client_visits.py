"""Visits a therapist can rely on (issue 14, item 4), through the real window, real clicks and
keys, and a real SQLite file: any trigger point recorded, a visit edited with its history
kept, a list that shows and sorts, Compare that says what changed, a dated chart."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from bodymap.domain.drawing import PainDrawing
from bodymap.domain.regions import View
from bodymap.gui.clients.common import unbroken_scores
from bodymap.gui.clients.compare import CompareDialog
from bodymap.gui.clients.panel import ClientPanel
from bodymap.gui.clients.visit_dialog import VisitDialog
from bodymap.gui.clients.visit_list import VisitOrder
from bodymap.gui.main_window import MainWindow
from bodymap.store import Store, VisitDraft

from .helpers import click_region

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def panel(clinic: MainWindow) -> ClientPanel:
    assert clinic.actions_.clients is not None
    clinic.actions_.clients.trigger()  # the toolbar button opens the dock
    found = clinic.client_panel
    assert found is not None
    return found


def when_modal(qtbot: QtBot, act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the next modal dialog once it is open; returns a list that holds the
    failure, if any (an assert inside a timer callback would be swallowed)."""
    failures: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QDialog), dialog
            act(dialog)
        except AssertionError as exc:
            failures.append(str(exc) or repr(exc))
            if isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def press_button(qtbot: QtBot, dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick_with_space(qtbot: QtBot, view: QTreeWidget, item: QTreeWidgetItem | None) -> None:
    assert item is not None
    view.setCurrentItem(item)
    view.scrollToItem(item)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)


def list_item_point(item: QListWidgetItem | None) -> str:
    assert item is not None
    return str(item.data(Qt.ItemDataRole.UserRole))


def test_any_trigger_point_can_be_recorded_not_only_the_offered(
        qtbot: QtBot, clinic: MainWindow, panel: ClientPanel, store: Store) -> None:
    panel.create_client("Ana")
    click_region(qtbot, clinic, View.BACK, "left.low_back")
    offered = [tp.id for tp in clinic.session.offered_points()]
    assert offered and "trapezius.tp1.right" not in offered

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        picker = dialog.picker
        # the drawing's suggestions come first, unticked
        assert [list_item_point(picker.chosen.item(i)) for i in range(len(offered))] == offered
        assert picker.treated() == ()
        picker.chosen.setCurrentRow(0)
        picker.chosen.setFocus()
        qtbot.keyClick(picker.chosen, Qt.Key.Key_Space)  # tick the first suggestion
        qtbot.keyClicks(picker.search, "upper trap")
        assert picker.catalogue.topLevelItemCount() >= 1
        tick_with_space(qtbot, picker.catalogue, picker.leaf("trapezius.tp1.right"))
        qtbot.keyClicks(dialog.notes, "Worked both")
        press_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    failures = when_modal(qtbot, record)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert failures == []
    [visit] = store.visits(panel.current_client_id() or 0)
    assert visit.treated == (offered[0], "trapezius.tp1.right")
    assert visit.drawing == dict(clinic.session.drawing)  # read from the session on saving
    assert visit.notes == "Worked both"


def test_a_saved_visit_is_edited_and_its_earlier_version_kept(
        qtbot: QtBot, clinic: MainWindow, panel: ClientPanel, store: Store) -> None:
    panel.create_client("Ana")
    saved = panel.save_visit(VisitDraft(
        date=dt.date(2026, 11, 3), drawing={"left.temple": 6}, pain_before=7, pain_after=4,
        treated=("trapezius.tp1.left", "trapezius.tp2.left"), notes="upper trap"))
    assert saved is not None
    click_region(qtbot, clinic, View.BACK, "left.low_back")  # the map now shows another drawing

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        assert dialog.picker.treated() == ("trapezius.tp1.left", "trapezius.tp2.left")
        assert "edited" not in dialog.history.text()
        row = next(i for i in range(dialog.treated.count())
                   if list_item_point(dialog.treated.item(i)) == "trapezius.tp2.left")
        dialog.treated.setCurrentRow(row)
        dialog.treated.setFocus()
        qtbot.keyClick(dialog.treated, Qt.Key.Key_Space)  # it was not TP2 after all
        dialog.notes.setFocus()
        qtbot.keyClick(dialog.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.notes, ", TP1 only")
        press_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    panel.visit_list.setCurrentRow(0)
    failures = when_modal(qtbot, correct)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert failures == []
    now = store.visit(saved.id)
    assert now.treated == ("trapezius.tp1.left",)
    assert now.notes == "upper trap, TP1 only"
    assert now.drawing == {"left.temple": 6}  # its own drawing, not the map's
    [earlier] = store.visit_history(saved.id)
    assert earlier.visit == saved.draft()
    item = panel.visit_list.item(0)
    assert item is not None and "edited 1 time" in item.text()

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        assert "Edited 1 time" in dialog.history.text()
        assert "upper trap" in dialog.history.text()
        dialog.replace_drawing.setChecked(True)  # this time, take the map's drawing
        press_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    panel.visit_list.setCurrentRow(0)
    failures = when_modal(qtbot, look)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert store.visit(saved.id).drawing == dict(clinic.session.drawing)
    assert len(store.visit_history(saved.id)) == 2


def test_editing_a_visit_lists_its_treated_points_first_then_what_its_drawing_suggests(
        qtbot: QtBot, clinic: MainWindow, panel: ClientPanel) -> None:
    """The points recorded come first, ticked, and the suggestions after them are those of the
    visit's own drawing, not of the drawing on the map now (the one a new visit saves)."""
    panel.create_client("Ana")
    temple = PainDrawing({"left.temple": 6})
    saved = panel.save_visit(VisitDraft(date=dt.date(2026, 11, 3), drawing=temple.as_dict(),
                                        treated=("splenius_capitis.tp1.left",)))
    assert saved is not None
    click_region(qtbot, clinic, View.BACK, "left.low_back")  # the map now shows another drawing
    for_temple = [tp.id for tp in clinic.session.offered_points(temple)]
    for_map = [tp.id for tp in clinic.session.offered_points()]
    assert for_temple and "splenius_capitis.tp1.left" not in for_temple
    assert set(for_map) - set(for_temple)  # the two drawings suggest other points
    rows: list[tuple[str, bool]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        chosen = dialog.picker.chosen
        for i in range(chosen.count()):
            item = chosen.item(i)
            rows.append((list_item_point(item), item.checkState() == Qt.CheckState.Checked))
        press_button(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    panel.visit_list.setCurrentRow(0)
    failures = when_modal(qtbot, read)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert rows == [("splenius_capitis.tp1.left", True), *((p, False) for p in for_temple)]
    assert clinic.session.drawing == PainDrawing({"left.low_back": 5})  # not touched


def test_the_list_shows_treated_points_and_whole_notes_and_sorts(
        qtbot: QtBot, panel: ClientPanel) -> None:
    panel.create_client("Ana")
    long_note = "Released the upper trapezius with pressure; " * 4 + "advised heat."
    for day, before, after, notes in ((1, 8, 6, long_note), (8, 5, 1, ""), (15, None, 2, "x")):
        panel.save_visit(VisitDraft(date=dt.date(2026, 11, day), drawing={"left.temple": 3},
                                    pain_before=before, pain_after=after,
                                    treated=("trapezius.tp1.left",), notes=notes))
    ids = {v.date.day: v.id for v in panel.visits()}
    assert panel.visit_list.shown_ids() == [ids[15], ids[8], ids[1]]  # newest first
    oldest = panel.visit_list.item(2)
    assert oldest is not None
    assert "Treated: Trapezius — Upper trapezius, front edge (TP1), left" in oldest.text()
    assert long_note[:200] in oldest.text()

    def sort_by(order: VisitOrder) -> list[int]:
        panel.sort_box.setFocus()
        while panel.order is not order:
            qtbot.keyClick(panel.sort_box, Qt.Key.Key_Down)
        return panel.visit_list.shown_ids()

    assert sort_by(VisitOrder.OLDEST) == [ids[1], ids[8], ids[15]]
    assert sort_by(VisitOrder.PAIN_BEFORE) == [ids[1], ids[8], ids[15]]  # unscored last
    assert sort_by(VisitOrder.PAIN_AFTER) == [ids[1], ids[15], ids[8]]
    assert sort_by(VisitOrder.RELIEF) == [ids[8], ids[1], ids[15]]


def test_compare_frames_what_changed_and_says_it_in_words(
        qtbot: QtBot, panel: ClientPanel) -> None:
    panel.create_client("Ben")
    panel.save_visit(VisitDraft(date=dt.date(2026, 11, 1),
                                drawing={"left.temple": 6, "left.eye": 2},
                                treated=("trapezius.tp1.left",), notes="first session"))
    panel.save_visit(VisitDraft(date=dt.date(2026, 11, 8),
                                drawing={"left.temple": 3, "left.forehead": 2},
                                notes="temple easing"))
    panel.visit_list.selectAll()
    summaries: list[str] = []
    details: list[str] = []
    sizes: list[QSize] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, CompareDialog)
        summaries.append(dialog.summary.text())
        details.extend(d.text() for d in dialog.details)
        sizes.extend(im.pixmap().size() for im in dialog.images)
        press_button(qtbot, dialog, QDialogButtonBox.StandardButton.Close)

    failures = when_modal(qtbot, read)
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert failures == []
    [summary] = summaries
    assert "Resolved (1): left eye." in summary
    assert "New (1): left forehead." in summary
    assert unbroken_scores("Eased (1): left temple 6 → 3.") in summary  # one figure
    assert "close-up of the front view" in summary
    first, second = details
    assert "pain" in first and " → " not in first and "\u00a0→\u00a0" in first
    assert "Trapezius — Upper trapezius, front edge (TP1), left" in first
    assert "Notes: first session" in first and "Notes: temple easing" in second
    a, b = sizes
    assert a == b
    # a close-up of one figure: taller than wide (the front and back together are wider)
    assert a.height() > a.width()


def test_the_chart_has_dated_axes_and_an_empty_state(qtbot: QtBot, panel: ClientPanel) -> None:
    panel.create_client("Cleo")
    assert panel.chart.showing_empty_state
    assert panel.chart.empty.isVisible()
    assert "No visits yet" in panel.chart.empty.text()
    panel.save_visit(VisitDraft(date=dt.date(2026, 12, 28), drawing={"left.eye": 2},
                                pain_before=6))
    assert not panel.chart.showing_empty_state
    assert panel.chart.date_labels() == ["28 Dec"]
    panel.save_visit(VisitDraft(date=dt.date(2027, 1, 4), drawing={"left.eye": 1},
                                pain_before=3))
    assert panel.chart.date_labels() == ["28 Dec 26", "4 Jan 27"]  # two years: with the year
    assert panel.chart.series()["before"] == [6.0, 3.0]


def test_opening_a_visit_puts_its_drawing_on_the_map_through_the_session(
        qtbot: QtBot, clinic: MainWindow, panel: ClientPanel) -> None:
    panel.create_client("Dee")
    panel.save_visit(VisitDraft(date=dt.date(2026, 11, 1), drawing={"left.low_back": 6}))
    click_region(qtbot, clinic, View.BACK, "right.buttock")
    item = panel.visit_list.item(0)
    assert item is not None
    rect = panel.visit_list.visualItemRect(item)
    # a real double-click: press and release, then the second press
    qtbot.mouseClick(panel.visit_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.visit_list.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())
    assert dict(clinic.session.drawing) == {"left.low_back": 6}
    clinic.session.undo()  # one undo step brings the drawing before it back
    assert dict(clinic.session.drawing) == {"right.buttock": 5}


def test_a_visit_marking_areas_this_map_lacks_opens_the_rest_and_says_which(
        qtbot: QtBot, clinic: MainWindow, panel: ClientPanel) -> None:
    """A visit saved with other data (--data DIR, or a bodymap that named a region
    otherwise): its other marks are shown, the unknown ones are named in a message, not
    counted nor ranked, and the saved visit keeps them."""
    client = panel.create_client("Eve")
    assert client is not None and clinic.store is not None
    saved = clinic.store.add_visit(client.id, VisitDraft(
        date=dt.date(2026, 11, 2), drawing={"left.low_back": 6, "left.lumbar_old": 4}))
    panel.reload_visits()
    item = panel.visit_list.item(0)
    assert item is not None
    shown: list[str] = []
    panel.message_shown.connect(shown.append)
    rect = panel.visit_list.visualItemRect(item)
    qtbot.mouseClick(panel.visit_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.visit_list.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())
    assert dict(clinic.session.drawing) == {"left.low_back": 6}
    assert clinic.count_label.text() == "1 painful region"
    assert len(shown) == 1 and "left.lumbar_old" in shown[0] and "1 area" in shown[0]
    box = panel.last_message
    assert box is not None
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert ok is not None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    (kept,) = clinic.store.visits(client.id)
    assert kept.id == saved.id and dict(kept.pain_drawing()) == {
        "left.low_back": 6, "left.lumbar_old": 4}


def test_comparing_visits_that_mark_areas_this_map_lacks_names_them_as_such(
        qtbot: QtBot, clinic: MainWindow, panel: ClientPanel) -> None:
    """The compare dialog tells a mark this body map does not have (a visit saved with other
    data) from one it has but the views shown leave out (a sole, beside front and back)."""
    client = panel.create_client("Fay")
    assert client is not None and clinic.store is not None
    for day, drawing in ((1, {"left.low_back": 6, "left.lumbar_old": 4, "left.heel_pad": 3}),
                         (8, {"left.low_back": 3, "left.heel_pad": 3})):
        clinic.store.add_visit(client.id, VisitDraft(date=dt.date(2026, 11, day),
                                                     drawing=drawing))
    panel.reload_visits()
    panel.visit_list.selectAll()
    summaries: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, CompareDialog)
        summaries.append(dialog.summary.text())
        press_button(qtbot, dialog, QDialogButtonBox.StandardButton.Close)

    failures = when_modal(qtbot, read)
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert failures == []
    [summary] = summaries
    lines = summary.splitlines()
    [lacking] = [line for line in lines if "left.lumbar_old" in line and "body map" in line]
    assert "does not have" in lacking and "saved visits" in lacking
    # neither "not drawn in these views" nor compared: "resolved" would be a claim about an
    # area this map cannot show
    assert [line for line in lines if "lumbar_old" in line] == [lacking]
    assert any(line.startswith("Not drawn in these views") and "left heel (sole)" in line
               for line in lines)


@pytest.mark.slow
def test_pyqtgraph_loads_only_once_the_clients_dock_has_painted(tmp_path: Path) -> None:
    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bodymap.domain.dataset import load_dataset
from bodymap.gui.main_window import MainWindow
from bodymap.store import Store
store = Store.open({str(tmp_path / 'db.sqlite3')!r})
w = MainWindow(load_dataset(Path('data'), Path('assets')),
               QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat), store)
w.show()
import time
before = 'pyqtgraph' in sys.modules
w.actions_.clients.trigger()
opened = 'pyqtgraph' in sys.modules  # the dock shows its list and buttons first...
deadline = time.monotonic() + 30
while 'pyqtgraph' not in sys.modules and time.monotonic() < deadline:
    app.processEvents()  # ... and its chart once it has painted
print(before, opened, 'pyqtgraph' in sys.modules)
w.close(); store.close()
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=False,
                          env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
                               "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "True"]


def test_the_suggested_points_are_readable_without_scrolling_sideways(
        qtbot: QtBot, clinic: MainWindow, panel: ClientPanel) -> None:
    """Low back and buttock pain suggests 'Multifidi and rotatores (thoracolumbar) — Upper
    lumbar points (L1-L2), left': beside its label the list was too narrow and cut it, the
    side last of all. Every name is now shown whole, wrapped when the dialog is narrow."""
    panel.create_client("Ana")
    for rid in ("left.low_back", "right.low_back", "left.buttock"):
        click_region(qtbot, clinic, View.BACK, rid)

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        for width in (560, 420):
            dialog.resize(width, dialog.height())
            QApplication.processEvents()
            chosen = dialog.picker.chosen
            room = chosen.viewport().width()
            line = chosen.fontMetrics().height()
            assert chosen.count() > 0
            wrapped = 0
            for item in (chosen.item(i) for i in range(chosen.count())):
                assert item is not None
                rect = chosen.visualItemRect(item)
                assert rect.left() >= 0 and rect.right() <= room, (item.text(), rect, room)
                if chosen.fontMetrics().horizontalAdvance(item.text()) > room - 30:
                    wrapped += 1
                    assert rect.height() >= 2 * line, (item.text(), rect, room)
            assert width == 560 or wrapped, "the narrow dialog wraps some name"
        dialog.reject()

    failures = when_modal(qtbot, look)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert failures == []
