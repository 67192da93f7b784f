"""What the window gets ready before a press: once the pointer has rested on a region, the
session ranks the drawing a press there would make (Session.foresee), and the window builds
the card that press would show in idle time. The press shows what it would have shown
without."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bodymap.domain.drawing import PainDrawing
from bodymap.domain.regions import View
from bodymap.gui.ahead import upcoming
from bodymap.gui.body_map import FORESEE_MS
from bodymap.gui.main_window import MainWindow
from bodymap.session.session import Session
from bodymap.session.view_model import Card
from tests.gui.helpers import (
    colours,
    dark_palette,
    fresh_card_text,
    on_screen,
    region_pos,
    rest_on,
)

DRAWING = PainDrawing({"left.low_back": 6, "left.upper_buttock": 4, "left.sacrum": 3})


def _model_ready(qtbot: QtBot, window: MainWindow) -> None:
    window.session.open_drawing(DRAWING)
    qtbot.waitUntil(lambda: not window.session.building_in_background, timeout=10000)


def _press_bringing_a_new_card(window: MainWindow) -> tuple[View, str]:
    """A front region whose press brings a new card (the card follows its muscle while the
    muscle stays a candidate, so mostly the muscle's other points: another side, or both):
    found with a session of its own, as the window's would rank it."""
    probe = Session(window.session.dataset)
    for rid in window.session.atlas.views[View.FRONT].regions:
        probe.open_drawing(DRAWING)
        before = probe.view_model.card
        probe.toggle(rid)
        after = probe.view_model.card
        if before is not None and after is not None and \
                (after.muscle, after.points) != (before.muscle, before.points):
            return View.FRONT, rid
    raise AssertionError("no front region brings a new card to this drawing")


def test_a_press_where_the_pointer_rested_shows_the_card_prepared_for_it(
        qtbot: QtBot, window: MainWindow) -> None:
    _model_ready(qtbot, window)
    shown = window.session.view_model.card
    viewport = window.body_map.viewport()
    view, rid = _press_bringing_a_new_card(window)
    pos = region_pos(window, view, rid)
    rest_on(qtbot, viewport, pos)
    assert window.session.view_model.hovered == rid
    qtbot.waitUntil(lambda: window.session.view_model.foreseen is not None,
                    timeout=FORESEE_MS + 2000)
    vm = window.session.view_model
    row = vm.foreseen
    assert row is not None and shown is not None
    assert (row.muscle, row.points) != (shown.muscle, shown.points)
    assert upcoming(vm)[0] is row  # prepared first, before the rows below the one shown
    # the list's rows are measured for it at once, the card built in idle time
    delegate = window.panel.explore.delegate
    assert all(delegate.measured(r.explanation) for r in vm.foreseen_rows)
    card = window.panel.card
    qtbot.waitUntil(lambda: card.is_kept(Card(row.muscle, row.points, None)), timeout=5000)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    vm = window.session.view_model
    assert rid in vm.drawing
    assert vm.candidates[vm.selected] is row  # the ranking made before the press
    assert vm.card is not None and vm.card.muscle == row.muscle
    assert card.toPlainText() == fresh_card_text(window)
    # each row as tall as its explanation measured anew at the list's width
    listed = window.panel.explore.list
    width = listed.viewport().width() - 2 * delegate.PAD
    for i, r in enumerate(vm.candidates):
        text = listed.fontMetrics().boundingRect(QRect(0, 0, width, 2000),
                                                 int(Qt.TextFlag.TextWordWrap), r.explanation)
        assert listed.visualRect(window.panel.explore.model.index(i)).height() == \
            38 + text.height() + 2 * delegate.PAD + 2


def test_the_pointer_resting_on_a_marked_region_foresees_its_unmarking(
        qtbot: QtBot, window: MainWindow) -> None:
    _model_ready(qtbot, window)
    viewport = window.body_map.viewport()
    pos = region_pos(window, View.BACK, "left.sacrum")
    rest_on(qtbot, viewport, pos)
    qtbot.waitUntil(lambda: window.session.view_model.foreseen is not None, timeout=5000)
    row = window.session.view_model.foreseen
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    vm = window.session.view_model
    assert "left.sacrum" not in vm.drawing
    assert vm.candidates[vm.selected] is row
    # still resting there: the next press (marking it again) is foreseen in turn
    qtbot.waitUntil(lambda: window.session.view_model.foreseen is not None, timeout=5000)


def _list_drawn_directly(window: MainWindow) -> QImage:
    """The list's viewport drawn into an image: each row drawn by the delegate itself, not
    copied from a picture (those are for the viewport only)."""
    viewport = window.panel.explore.list.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_RGB32)
    viewport.render(image)
    return image


def test_the_rows_a_press_shows_are_drawn_before_it_and_look_as_drawn_directly(
        qtbot: QtBot, window: MainWindow) -> None:
    """The list's rows are copied from pictures on screen, and the rows a press on the
    hovered region would show are drawn before the press: the press's repaint shows what
    drawing each row directly shows, in the light palette and a dark one."""
    _model_ready(qtbot, window)
    explore = window.panel.explore
    viewport = window.body_map.viewport()
    view, rid = _press_bringing_a_new_card(window)
    pos = region_pos(window, view, rid)
    compared = 0
    for palette in (None, dark_palette()):
        if palette is not None:
            explore.list.setPalette(palette)
            qtbot.wait(20)
        rest_on(qtbot, viewport, pos)
        qtbot.waitUntil(lambda: window.session.view_model.foreseen is not None,
                        timeout=FORESEE_MS + 2000)
        vm = window.session.view_model
        kept = dict(explore.delegate._rows)
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=pos)
        drawn_now: list[object] = []
        qtbot.wait(1)  # the press's repaint
        drawn_now = [k for k in explore.delegate._rows if k not in kept]
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)
        shown = window.session.view_model
        assert shown.candidates is vm.foreseen_rows
        # the rows in sight were drawn ahead: the repaint drew none anew
        assert drawn_now == []
        assert np.array_equal(on_screen(explore.list.viewport(), colour=True),
                              colours(_list_drawn_directly(window)))
        compared += 1
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)  # unmark it again
        qtbot.mouseMove(window.panel, window.panel.rect().center())
    assert compared == 2



#: the candidate the user picks, below the rows in sight (the list scrolls to it)
CHOSEN = 5


def _press_keeping_the_chosen_row_low(window: MainWindow) -> tuple[View, str]:
    """A region whose press keeps the chosen candidate's muscle chosen (it stays a
    candidate) and ranks it fifth or lower, below the rows the list's top shows: found with
    a session of its own, led as the window's is."""
    probe = Session(window.session.dataset)
    for view in (View.FRONT, View.BACK):
        for rid in window.session.atlas.views[view].regions:
            probe.open_drawing(DRAWING)
            probe.select_candidate(CHOSEN)
            before = probe.view_model.card
            probe.toggle(rid)
            vm = probe.view_model
            if before is not None and vm.card is not None and \
                    vm.card.muscle == before.muscle and vm.selected >= 4:
                return view, rid
    raise AssertionError("no region keeps the chosen candidate low in the list")


def test_the_rows_a_press_scrolls_into_sight_are_drawn_before_it(
        qtbot: QtBot, window: MainWindow) -> None:
    """The chosen candidate's muscle stays chosen while it stays a candidate, and the list
    scrolls to its row after a press: the rows then in sight are the ones drawn before the
    press (they were those of the list's top, and four presses in ten in the bench had a row
    drawn anew in their repaint)."""
    _model_ready(qtbot, window)
    window.session.select_candidate(CHOSEN)  # as a click on that row: the list scrolls to it
    explore = window.panel.explore
    viewport = window.body_map.viewport()
    view, rid = _press_keeping_the_chosen_row_low(window)
    pos = region_pos(window, view, rid)
    rest_on(qtbot, viewport, pos)
    qtbot.waitUntil(lambda: window.session.view_model.foreseen is not None,
                    timeout=FORESEE_MS + 2000)
    kept = dict(explore.delegate._rows)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(1)  # the press's repaint
    drawn_now = [k for k in explore.delegate._rows if k not in kept]
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)
    assert window.session.view_model.selected >= 4
    assert explore.list.verticalScrollBar().value() > 0, "the list was scrolled to the row"
    assert drawn_now == []
    assert np.array_equal(on_screen(explore.list.viewport(), colour=True),
                          colours(_list_drawn_directly(window)))

def test_the_combination_line_a_press_offers_is_measured_before_it(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A press that offers a pair of muscles together shows a new line under the list; its
    height (a rich text laid out at the list's width) is worked out while the pointer rests,
    so the press lays no text out for it, and the line is as tall as a fresh measure."""
    _model_ready(qtbot, window)
    probe = Session(window.session.dataset)
    offering = None
    for rid in window.session.atlas.views[View.BACK].regions:
        probe.open_drawing(DRAWING)
        probe.toggle(rid)
        if probe.view_model.combination is not None:
            offering = rid
            break
    assert offering is not None, "no back region's press offers a combination"
    explore = window.panel.explore
    viewport = window.body_map.viewport()
    pos = region_pos(window, View.BACK, offering)
    rest_on(qtbot, viewport, pos)
    qtbot.waitUntil(lambda: window.session.view_model.foreseen_combination is not None,
                    timeout=FORESEE_MS + 2000)
    laid_out: list[int] = []
    measure = QLabel.heightForWidth

    def counted(label: QLabel, width: int) -> int:
        laid_out.append(width)
        return measure(label, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counted)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(1)
    monkeypatch.undo()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)
    line = explore.combination
    assert window.session.view_model.combination is not None and line.isVisible()
    assert laid_out == []
    assert line.height() == line.heightForWidth(explore.notes.width())
