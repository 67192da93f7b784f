"""What the third pass on the click path skips must never leave the screen stale or wrong:
the scroll bars that do not repaint when their handle stays put, the status bar and toolbar
that no longer lay the window out per click, the note lines' kept heights, and the zone and
pain outlines drawn with bevelled joins."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QScrollBar,
    QStyleOptionGraphicsItem,
)
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.map_items import OverlayItem
from bodymap.gui.panel.scroll_bar import SteadyScrollBar
from tests.gui.helpers import click_region, grey, on_screen


class _Events(QObject):
    """Counts the events of some types each watched widget receives."""

    def __init__(self, *types: QEvent.Type) -> None:
        super().__init__()
        self._types = types
        self.seen: list[tuple[QObject, QEvent.Type]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if event.type() in self._types:
            self.seen.append((watched, event.type()))
        return False

    def count(self, widget: QObject, kind: QEvent.Type) -> int:
        return sum(1 for w, t in self.seen if w is widget and t == kind)


def test_the_scroll_bars_show_their_handles_where_they_are_after_clicks(
        qtbot: QtBot, window: MainWindow) -> None:
    """Each click changes the card's length and the list's rows; a bar that skipped its
    repaint must show on screen what a fresh paint of it shows. (The bars become steady
    with the first candidates and card: the welcome screen's are QScrollBar's own.)"""
    clicks = ((View.BACK, "left.low_back"), (View.BACK, "left.buttock"),
              (View.FRONT, "left.thigh_outer_lower"), (View.BACK, "left.buttock"),
              (View.BACK, "left.calf_upper"), (View.FRONT, "right.temple"),
              (View.BACK, "left.low_back"))
    compared = 0
    for view, rid in clicks:
        click_region(qtbot, window, view, rid)
        bars = [window.panel.card.verticalScrollBar(),
                window.panel.explore.list.verticalScrollBar()]
        assert all(isinstance(b, SteadyScrollBar) for b in bars)
        # a new card is laid out lazily (what is in sight, the rest from Qt's 10 ms timer):
        # its bar's range changes once more when that run ends, and the repaint it asks
        # for is pending, not skipped, until the event loop delivers it. Finish the run (as
        # the time a user takes to look does) and deliver what it asked for; a bar that
        # skipped a repaint it needed is still stale then
        layout = window.panel.card.document().documentLayout()
        assert layout is not None
        layout.documentSize()
        for _ in range(3):
            QApplication.processEvents()
        for bar in bars:
            if not bar.isVisible():
                continue
            shown = on_screen(bar)
            bar.repaint()
            fresh = on_screen(bar)
            assert shown.shape == fresh.shape
            assert np.array_equal(shown, fresh), \
                f"the bar shows a stale handle after clicking {rid} (range {bar.maximum()})"
            compared += 1
    assert compared >= len(clicks), "the card's bar at least was shown and compared"


def test_a_range_change_repaints_the_bar_only_when_its_handle_moves(
        qtbot: QtBot, window: MainWindow) -> None:
    window.session.select_muscle("trapezius")  # a long card: the bar is shown
    bar = window.panel.card.verticalScrollBar()
    assert isinstance(bar, SteadyScrollBar)  # (since the first card)
    # the whole card in place and laid out (its rest is set after the first part's paint,
    # and laid out lazily), as by the time a user scrolls
    layout = window.panel.card.document().documentLayout()
    assert layout is not None
    layout.documentSize()
    for _ in range(3):
        QApplication.processEvents()
    assert bar.isVisible() and bar.maximum() > 10 * bar.pageStep()
    watch = _Events(QEvent.Type.Paint)
    bar.installEventFilter(watch)
    try:
        # a few pixels more or less of a long card: the shortest handle stays at the top
        bar.setRange(0, bar.maximum() + 3)
        QApplication.processEvents()
        assert watch.count(bar, QEvent.Type.Paint) == 0
        bar.setValue(bar.maximum() // 2)  # the handle moves: painted anew
        QApplication.processEvents()
        assert watch.count(bar, QEvent.Type.Paint) == 1
        bar.setRange(0, bar.pageStep())  # a short card: a long handle
        QApplication.processEvents()
        assert watch.count(bar, QEvent.Type.Paint) == 2
    finally:
        bar.removeEventFilter(watch)
    for _ in range(3):
        QApplication.processEvents()  # what the card's own relayout does with the range
    shown = on_screen(bar)
    bar.repaint()
    assert np.array_equal(shown, on_screen(bar))


def test_a_kept_bar_picture_is_the_one_qt_paints(qtbot: QtBot, window: MainWindow) -> None:
    """The bar draws pictures it keeps by look, size and palette: each must look as what
    QScrollBar itself paints for that state, in the light palette and a dark one."""
    window.session.select_muscle("trapezius")
    QApplication.processEvents()
    bar = window.panel.card.verticalScrollBar()
    assert isinstance(bar, SteadyScrollBar)

    qt_painted: list[int] = []

    def qt_own(event: QPaintEvent) -> None:
        qt_painted.append(1)
        QScrollBar.paintEvent(bar, event)

    light = window.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.Base, "#1e1e1e")):
        dark.setColor(role, QColor(colour))
    compared = 0
    try:
        for palette in (light, dark):
            window.setPalette(palette)
            for top in (400, 1500, 6000):
                for value in (0, top // 3, top):
                    bar.setRange(0, top)
                    bar.setValue(value)
                    for _ in range(2):  # drawn and kept, then drawn from what was kept
                        bar.repaint()
                    ours = on_screen(bar, colour=True)
                    bar.paintEvent = qt_own  # type: ignore[method-assign]
                    bar.repaint()
                    del bar.paintEvent
                    differ = np.abs(ours.astype(np.int16) - on_screen(bar, colour=True))
                    # drawn into a transparent picture first, a half-covered pixel may round
                    # a level or two apart (measured: at most 2 levels, on up to 5.5 % of
                    # the colour values, 2 levels on 3 of them)
                    assert differ.max() <= 2, f"range {top}, value {value}: {differ.max()}"
                    assert (differ > 0).mean() < 0.08, f"range {top}, value {value}"
                    compared += 1
    finally:
        window.setPalette(light)
    assert compared == 18 and len(qt_painted) >= 18 and len(bar._pictures) >= 9


def test_a_click_lays_out_neither_the_status_bar_nor_the_toolbar(
        qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    QApplication.processEvents()
    watch = _Events(QEvent.Type.LayoutRequest)
    status, toolbar = window.statusBar(), window.actions_.toolbar
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        click_region(qtbot, window, View.BACK, "left.calf_upper")
        for _ in range(3):
            QApplication.processEvents()
    finally:
        app.removeEventFilter(watch)
    assert window.count_label.text() == "2 painful regions"
    assert window.hover_label.text() == window.session.view_model.status
    assert watch.count(status, QEvent.Type.LayoutRequest) == 0
    assert watch.count(toolbar, QEvent.Type.LayoutRequest) == 0
    # and what they show is whole: the count fits its box, the undo step is the tip
    assert window.count_label.width() >= window.count_label.sizeHint().width()
    undo = toolbar.widgetForAction(window.actions_.undo)
    assert undo is not None and undo.toolTip() == "Undo Mark regions"
    window.session.undo()
    window.session.undo()
    assert undo.toolTip() == "Nothing to undo" and not undo.isEnabled()
    redo = toolbar.widgetForAction(window.actions_.redo)
    assert redo is not None and redo.toolTip() == "Redo Mark regions"


def test_after_the_first_paint_the_undo_and_redo_buttons_say_there_is_nothing_to_do(
        qtbot: QtBot, window: MainWindow) -> None:
    """The standard keys are given to the actions just after the first paint, and a changed
    action gives its button the action's own tip ("Undo") again: the first screen's tips
    are set after them (they read "Undo" and "Redo" until the first click did)."""
    toolbar = window.actions_.toolbar
    undo = toolbar.widgetForAction(window.actions_.undo)
    redo = toolbar.widgetForAction(window.actions_.redo)
    assert undo is not None and redo is not None
    qtbot.waitUntil(lambda: not window.actions_.undo.shortcut().isEmpty())
    assert (undo.toolTip(), redo.toolTip()) == ("Nothing to undo", "Nothing to redo")
    click_region(qtbot, window, View.BACK, "left.low_back")
    assert undo.toolTip().startswith("Undo ") and redo.toolTip() == "Nothing to redo"


def test_the_count_grows_its_box_when_it_needs_more_room(
        qtbot: QtBot, window: MainWindow) -> None:
    from bodymap.domain.drawing import PainDrawing

    shape = window.session.atlas.views[View.FRONT]
    window.session.open_drawing(PainDrawing.of(list(shape.regions)[:1]))
    narrow = window.count_label.width()
    window.session.open_drawing(PainDrawing.of(list(shape.regions)[:12]))
    QApplication.processEvents()
    assert window.count_label.text() == "12 painful regions"
    assert window.count_label.width() >= window.count_label.sizeHint().width() > narrow
    # the status text beside it keeps the rest of the bar, and is cut rather than widening
    # the window
    left = window.hover_label
    slot = left.parentWidget()
    assert slot is not None
    assert left.geometry() == slot.rect()
    count_slot = window.count_label.parentWidget()
    assert count_slot is not None and window.count_label.geometry() == count_slot.rect()
    assert slot.geometry().right() < count_slot.geometry().left()


def test_the_note_lines_keep_their_heights_right_as_texts_and_width_change(
        qtbot: QtBot, window: MainWindow) -> None:
    notes = window.panel.explore.notes
    # far apart on the body: no single muscle explains both, a pair is offered
    click_region(qtbot, window, View.FRONT, "right.temple")
    click_region(qtbot, window, View.BACK, "left.calf_upper")
    QApplication.processEvents()
    line = window.panel.explore.combination
    assert line.isVisible(), "a combination is offered for this drawing"
    assert line.height() == line.heightForWidth(notes.width())
    window.resize(window.width() - 300, window.height())  # narrower: the line rewraps
    for _ in range(3):
        QApplication.processEvents()
    assert line.height() == line.heightForWidth(notes.width())
    assert notes.height() >= line.height()


def _drawn(item: QGraphicsPathItem, pen: QPen, scale: float) -> np.ndarray:
    box = item.path().controlPointRect().adjusted(-4, -4, 4, 4)
    image = QImage(int(box.width() * scale) + 1, int(box.height() * scale) + 1,
                   QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-box.left(), -box.top())
    original = item.pen()
    item.setPen(pen)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    item.setPen(original)
    painter.end()
    return grey(image)


def test_bevelled_outlines_differ_from_round_ones_only_at_antialiased_edges(
        qtbot: QtBot, window: MainWindow) -> None:
    """Zones and pain outlines are drawn with bevelled joins (cheaper to stroke); at the
    fitted zoom and at 4x, a round-joined outline looks the same but for a few pixels at
    sharp corners, where the bevel cuts the corner a fraction of a pixel short."""
    for view, rid in ((View.BACK, "left.low_back"), (View.BACK, "left.buttock"),
                      (View.FRONT, "right.temple")):
        click_region(qtbot, window, view, rid)
    outlines = [it for it in window.body_map.overlay_items()
                if isinstance(it, QGraphicsPathItem)
                and it.data(0) in ("essential", "spillover", "pain")]
    assert {it.data(0) for it in outlines} >= {"essential", "pain"}
    for item in outlines:
        bevelled = item.pen()
        assert bevelled.joinStyle() == Qt.PenJoinStyle.BevelJoin
        rounded = QPen(bevelled)
        rounded.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for scale in (window.body_map.scale_factor(), 4.0):
            a, b = _drawn(item, bevelled, scale), _drawn(item, rounded, scale)
            differ = np.abs(a - b)
            ink = int((b < 250).sum())
            # measured: at most 26 pixels (of 550-50 000 inked) more than 8 levels apart,
            # at sharp corners, at most 77 levels
            assert differ.max() <= 96, f"{item.data(0)} at {scale:.2f}x: {differ.max()}"
            assert (differ > 8).sum() <= max(30, 0.02 * ink), \
                f"{item.data(0)} at {scale:.2f}x: {(differ > 8).sum()} of {ink} pixels differ"


def test_overlay_boxes_hold_what_qt_would_give(qtbot: QtBot, window: MainWindow) -> None:
    """Overlay items give a bounding box without stroking their path; it must hold the box
    Qt finds by stroking (or a cached item's pixmap would cut its stroke), for every kind
    of overlay item, and not be much larger."""
    for view, rid in ((View.BACK, "left.low_back"), (View.BACK, "left.buttock"),
                      (View.FRONT, "right.temple"), (View.BACK, "left.calf_upper")):
        click_region(qtbot, window, view, rid)
    kinds: set[str] = set()
    for muscle in ("trapezius", "soleus", "gluteus_medius", "infraspinatus", "multifidus"):
        if muscle not in window.session.dataset.knowledge.muscles:
            continue
        window.session.select_muscle(muscle)
        for item in window.body_map.overlay_items():
            assert isinstance(item, OverlayItem)
            qt_own = QGraphicsPathItem(item.path())
            qt_own.setPen(item.pen())
            ours, theirs = item.boundingRect(), qt_own.boundingRect()
            assert ours.contains(theirs), (item.data(0), ours, theirs)
            reach = item.pen().widthF()
            assert ours.adjusted(reach, reach, -reach, -reach).width() <= theirs.width()
            kinds.add(str(item.data(0)))
    assert kinds >= {"essential", "spillover", "pain", "muscle", "marker"}, kinds
