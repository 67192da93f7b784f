"""The Explore page updates its candidate rows in place and keeps a fixed place for the lines
under the list: what it shows after real clicks must be what a list filled anew shows."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.panel.candidates import ROLE_DETAIL, ROLE_POINT, ROLE_SCORE
from bodymap.gui.panel.explore import ExplorePage

from .helpers import click_region

#: left low back, then thigh and heel: the ranking changes on each click, and the third click
#: brings the "no single muscle" combination line (tests/gui/test_explorer.py)
CLICKS = ((View.BACK, "left.low_back"), (View.FRONT, "left.thigh_outer_lower"),
          (View.BACK, "left.heel_back"))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _assert_rows_match_the_view_model(window: MainWindow) -> None:
    """Every row reads as the session's candidate at that place, and sits where a list laid
    out anew puts it (no stale height of the text that stood there before the click)."""
    explore = window.panel.explore
    vm = window.session.view_model
    model, view = explore.model, explore.list
    assert model.rowCount() == len(vm.candidates)
    for i, row in enumerate(vm.candidates):
        index = model.index(i)
        assert index.data() == row.title
        assert index.data(ROLE_DETAIL) == row.explanation
        assert index.data(ROLE_POINT) == row.point_text
        assert index.data(ROLE_SCORE) == row.score
    shown = [view.visualRect(model.index(i)) for i in range(model.rowCount())]
    view.doItemsLayout()
    assert shown == [view.visualRect(model.index(i)) for i in range(model.rowCount())]
    for above, below in itertools.pairwise(shown):
        assert below.top() == above.bottom() + 1, "rows overlap or leave a gap"


def test_rows_follow_each_click_and_keep_the_current_row(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    explore = window.panel.explore
    for view, rid in CLICKS:
        click_region(qtbot, window, view, rid)
        _settle()
        _assert_rows_match_the_view_model(window)
        vm = window.session.view_model
        assert explore.list.currentIndex().row() == vm.selected
        assert explore.list.selectionModel().isRowSelected(vm.selected, QModelIndex())
    # a row picked by the user stays picked when the next click keeps its muscle listed
    explore.list.setFocus()
    qtbot.keyClick(explore.list, Qt.Key.Key_Down)
    picked = window.session.view_model.candidates[1]
    assert window.session.view_model.selected == 1
    click_region(qtbot, window, View.BACK, "left.buttock")
    _settle()
    _assert_rows_match_the_view_model(window)
    vm = window.session.view_model
    kept = next((i for i, r in enumerate(vm.candidates) if r.key == picked.key), None)
    if kept is None:
        kept = next(i for i, r in enumerate(vm.candidates) if r.muscle == picked.muscle)
    assert vm.selected == kept == explore.list.currentIndex().row()
    assert explore.list.visualRect(explore.model.index(kept)).intersects(
        explore.list.viewport().rect()), "the chosen row is scrolled into sight"


def test_keyboard_moves_through_updated_rows_and_the_card_follows(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    explore = window.panel.explore
    for view, rid in CLICKS[:2]:
        click_region(qtbot, window, view, rid)
    explore.list.setFocus()
    shown = []
    for _ in range(3):
        qtbot.keyClick(explore.list, Qt.Key.Key_Down)
        vm = window.session.view_model
        assert explore.list.currentIndex().row() == vm.selected
        assert vm.card is not None
        shown.append(window.panel.card.toPlainText())
        assert vm.candidates[vm.selected].muscle_name.split(",")[0] in shown[-1]
    qtbot.keyClick(explore.list, Qt.Key.Key_Home)
    assert window.session.view_model.selected == 0
    assert len(set(shown)) > 1, "moving down the list shows other cards"


def test_rows_going_and_coming_back(qtbot: QtBot, window: MainWindow) -> None:
    """Rows removed (the drawing emptied) and inserted again (a new drawing)."""
    explore = window.panel.explore
    click_region(qtbot, window, *CLICKS[0])
    assert explore.model.rowCount() > 0
    click_region(qtbot, window, *CLICKS[0])  # unmarked: nothing to explain
    _settle()
    assert explore.model.rowCount() == 0
    assert explore.hint.isVisible() and not explore.list.isVisible()
    assert not explore.notes.isVisible(), "no lines under an empty list, and no room kept"
    click_region(qtbot, window, View.FRONT, "left.temple")
    _settle()
    assert explore.list.isVisible() and not explore.hint.isVisible()
    _assert_rows_match_the_view_model(window)
    assert explore.list.currentIndex().row() == window.session.view_model.selected == 0


def _lines_fit_under_the_list(explore: ExplorePage) -> None:
    notes = explore.notes
    assert notes.geometry().top() >= explore.list.geometry().bottom()
    assert notes.geometry().bottom() <= explore.rect().bottom()
    y = 0
    for line in (explore.combination, explore.red_flag_hint):
        if line.isHidden():
            continue
        assert line.geometry().top() >= y, "lines overlap"
        assert line.height() >= line.heightForWidth(line.width()), "a line is clipped"
        assert line.geometry().bottom() < notes.height()
        y = line.geometry().bottom() + 1


def test_the_list_keeps_its_height_when_the_lines_under_it_come_and_go(
        qtbot: QtBot, window: MainWindow) -> None:
    """Low back alone: one muscle explains it; with the outer thigh no single one does, and
    the combination line shows under the list; the thigh unmarked, it goes again."""
    explore = window.panel.explore
    thigh = (View.FRONT, "left.thigh_outer_lower")
    click_region(qtbot, window, View.BACK, "left.low_back")
    click_region(qtbot, window, *thigh)
    _settle()
    assert explore.combination.isVisible() and explore.red_flag_hint.isVisible()
    _lines_fit_under_the_list(explore)
    height = explore.list.height()
    for shown in (False, True, False):
        click_region(qtbot, window, *thigh)
        _settle()
        assert explore.combination.isVisible() is shown
        assert ("Together" in explore.combination.text()) or not shown
        assert explore.red_flag_hint.isVisible()
        assert explore.list.height() == height, "the list must not jump"
        _lines_fit_under_the_list(explore)


def test_the_lines_wrap_anew_when_the_panel_narrows(qtbot: QtBot, window: MainWindow) -> None:
    """The room kept for the lines is measured again at the new width (not kept from the
    wider panel, where it may have held a line no longer shown)."""
    explore = window.panel.explore
    for view, rid in CLICKS:
        click_region(qtbot, window, view, rid)
    _settle()
    width = explore.notes.width()
    window.resize(900, 900)
    _settle()
    assert explore.notes.width() < width
    _lines_fit_under_the_list(explore)
    assert explore.notes.height() == explore.notes.needed(explore.notes.width()) > 0


def test_row_heights_follow_the_lists_font(qtbot: QtBot, window: MainWindow) -> None:
    """The kept row heights are for one font: a larger one measures every row anew, each as
    tall as its explanation wrapped in that font needs."""
    explore = window.panel.explore
    for figure, rid in CLICKS[:2]:
        click_region(qtbot, window, figure, rid)
    _settle()
    rows, model = explore.list, explore.model
    before = [rows.visualRect(model.index(i)).height() for i in range(model.rowCount())]
    font = rows.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    rows.setFont(font)
    _settle()
    rows.doItemsLayout()
    width = rows.viewport().width() - 2 * explore.delegate.PAD
    metrics = QFontMetrics(rows.font())
    after = [rows.visualRect(model.index(i)).height() for i in range(model.rowCount())]
    for i, height in enumerate(after):
        text = metrics.boundingRect(QRect(0, 0, width, 2000), int(Qt.TextFlag.TextWordWrap),
                                    model.index(i).data(ROLE_DETAIL))
        assert height == 38 + text.height() + 2 * explore.delegate.PAD + 2
    assert sum(after) > sum(before)
