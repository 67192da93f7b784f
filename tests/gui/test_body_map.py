"""The body map, driven through real mouse and key events on its viewport."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QMenu
from pytestqt.qtbot import QtBot

from bodymap.domain import geometry
from bodymap.domain.drawing import Quality
from bodymap.domain.regions import View
from bodymap.gui.main_window import DEFAULT_SIZE, MainWindow
from bodymap.gui.map_items import ScreenLabel
from bodymap.gui.region_menu import region_menu
from bodymap.scene.layouts import Layout

from .helpers import click, click_region, point_pos, region_pos, rest_on


def test_click_toggles_the_region_under_the_pointer(qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    assert dict(window.session.drawing) == {"left.low_back": 5}
    item = window.body_map.region_item(View.BACK, "left.low_back")
    assert item is not None and item.brush().color().alpha() == 60 + 85
    click_region(qtbot, window, View.BACK, "left.low_back")
    assert dict(window.session.drawing) == {}


def _ring(p: tuple[float, float], r: float) -> list[tuple[float, float]]:
    return [(p[0] + r * dx, p[1] + r * dy)
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (0.7, 0.7), (-0.7, 0.7),
                           (0.7, -0.7), (-0.7, -0.7))]


def _concave_probe(window: MainWindow, view: View) -> tuple[str, tuple[float, float],
                                                            tuple[float, float]]:
    """The most concave region of a view, a point just inside its edge, and a point just
    outside it but inside its bounding box (where a bounding-box hit test would be wrong).
    Both keep 1 unit (3 px at the test's zoom) clear of the border, 2.5 units apart at most."""
    av = window.session.dataset.atlas.views[view]
    ranked = sorted(
        av.regions.items(),
        key=lambda kv: geometry.area(kv[1].rings)
        / max((kv[1].bounds[2] - kv[1].bounds[0]) * (kv[1].bounds[3] - kv[1].bounds[1]), 1e-9),
    )
    for rid, shape in ranked[:10]:
        x0, y0, x1, y1 = shape.bounds
        steps = 50
        for i in range(1, steps):
            for j in range(1, steps):
                p = (x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * j / steps)
                if any(shape.contains(q) for q in [p, *_ring(p, 1.0)]):
                    continue
                for q in _ring(p, 2.5):
                    if all(shape.contains(r) for r in [q, *_ring(q, 1.0)]):
                        return rid, q, p
    raise AssertionError("no concave region with a clear near-edge probe")


def test_click_near_the_edge_of_a_concave_region(qtbot: QtBot, window: MainWindow) -> None:
    rid, inside, outside = _concave_probe(window, View.FRONT)
    window.body_map.zoom(3.0)
    window.body_map.centerOn(window.body_map.scene_point(View.FRONT, *inside))
    QApplication.processEvents()
    click(qtbot, window, point_pos(window, View.FRONT, *inside))
    assert rid in window.session.drawing
    window.session.clear()
    click(qtbot, window, point_pos(window, View.FRONT, *outside))
    assert rid not in window.session.drawing
    hit = window.session.dataset.atlas.views[View.FRONT].region_at(outside)
    assert set(window.session.drawing) == ({hit} if hit else set())


def test_drag_paints_several_regions_in_one_undo_step(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    vp = window.body_map.viewport()
    path = ["left.low_back", "left.upper_buttock", "left.buttock", "left.lower_buttock"]
    start = region_pos(window, View.BACK, path[0])
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for rid in path[1:]:
        a = region_pos(window, View.BACK, rid)
        qtbot.mouseMove(vp, a)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=region_pos(window, View.BACK,
                                                                    path[-1]))
    assert set(path) <= set(window.session.drawing)
    window.actions_.undo.trigger()
    assert dict(window.session.drawing) == {}
    window.actions_.redo.trigger()
    assert set(path) <= set(window.session.drawing)


def test_mirror_marks_both_sides(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.mirror.setChecked(True)
    click_region(qtbot, window, View.FRONT, "right.thigh_front_upper")
    assert set(window.session.drawing) == {"right.thigh_front_upper", "left.thigh_front_upper"}


def test_wheel_over_a_marked_region_sets_intensity(qtbot: QtBot, window: MainWindow) -> None:
    pos = region_pos(window, View.BACK, "left.buttock")
    click(qtbot, window, pos)
    vp = window.body_map.viewport()
    for _ in range(3):
        event = QWheelEvent(QPointF(pos), QPointF(vp.mapToGlobal(pos)), QPoint(0, 0),
                            QPoint(0, 120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(vp, event)
    assert window.session.drawing["left.buttock"] == 8
    item = window.body_map.region_item(View.BACK, "left.buttock")
    assert item is not None and item.brush().color().alpha() > 160


def test_keyboard_moves_marks_and_sets_intensity(qtbot: QtBot, window: MainWindow) -> None:
    window.body_map.setFocus()
    qtbot.keyClick(window.body_map, Qt.Key.Key_Down)
    first = window.session.view_model.focused
    assert first is not None
    qtbot.keyClick(window.body_map, Qt.Key.Key_Down)
    second = window.session.view_model.focused
    assert second is not None and second != first
    qtbot.keyClick(window.body_map, Qt.Key.Key_Space)
    assert second in window.session.drawing
    qtbot.keyClick(window.body_map, Qt.Key.Key_Plus)
    qtbot.keyClick(window.body_map, Qt.Key.Key_Plus)
    assert window.session.drawing[second] == 7
    qtbot.keyClick(window.body_map, Qt.Key.Key_Minus)
    assert window.session.drawing[second] == 6
    label = window.session.dataset.regions[second].label
    assert window.body_map.accessibleName().startswith(label)
    assert "6 of 10" in window.body_map.accessibleName()


def test_the_map_is_one_tab_stop(qtbot: QtBot, window: MainWindow) -> None:
    """Arrows move inside the map; Tab leaves it for the panel (not 232 stops later)."""
    window.body_map.setFocus()
    qtbot.keyClick(window.body_map, Qt.Key.Key_Right)
    assert window.session.view_model.focused is not None
    qtbot.keyClick(window.body_map, Qt.Key.Key_Tab)
    assert not window.body_map.hasFocus()


def test_hover_shows_label_in_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    rest_on(qtbot, window.body_map.viewport(), region_pos(window, View.FRONT, "left.temple"))
    assert window.hover_label.text() == "Left temple — click to mark"
    item = window.body_map.region_item(View.FRONT, "left.temple")
    assert item is not None and item.toolTip() == "Left temple"
    assert item.pen().widthF() > 1.0, "the hovered region is outlined"


def test_status_bar_follows_clicks_wheel_and_keys(qtbot: QtBot, window: MainWindow) -> None:
    """It used to keep saying "click to mark" after a click, and the old level after the
    wheel or +."""
    pos = region_pos(window, View.BACK, "left.buttock")
    rest_on(qtbot, window.body_map.viewport(), pos)
    click(qtbot, window, pos)
    assert window.hover_label.text() == \
        "Left buttock — pain 5/10 (scroll or +/− to change)"
    vp = window.body_map.viewport()
    event = QWheelEvent(QPointF(pos), QPointF(vp.mapToGlobal(pos)), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, event)
    assert "pain 6/10" in window.hover_label.text()
    qtbot.keyClick(window.body_map, Qt.Key.Key_Plus)
    assert "pain 7/10" in window.hover_label.text()
    assert window.count_label.text() == "1 painful region"


def test_layouts_show_their_views(window: MainWindow) -> None:
    window.set_layout(Layout.SIDES)
    assert set(window.body_map.views_shown()) == {View.LEFT, View.RIGHT}
    window.set_layout(Layout.SOLES)
    assert window.body_map.views_shown() == (View.SOLES,)
    window.set_layout(Layout.FRONT_BACK)
    assert window.body_map.views_shown() == (View.FRONT, View.BACK)


def test_a_new_layout_shows_the_marks_already_made(qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.FRONT, "left.side_of_shoulder")
    window.set_layout(Layout.SIDES)  # new region items, styled from the drawing
    marked = window.body_map.region_item(View.LEFT, "left.side_of_shoulder")
    unmarked = window.body_map.region_item(View.LEFT, "left.top_of_shoulder")
    assert marked is not None and unmarked is not None
    assert marked.shown_intensity == window.session.drawing["left.side_of_shoulder"]
    assert unmarked.shown_intensity is None
    assert marked.brush().color() != unmarked.brush().color()
    window.set_layout(Layout.FRONT_BACK)
    again = window.body_map.region_item(View.FRONT, "left.side_of_shoulder")
    assert again is not None and again.shown_intensity == marked.shown_intensity


def test_orientation_labels_follow_anatomical_convention(window: MainWindow) -> None:
    """In the front view the body's right is on the viewer's left."""
    bm = window.body_map
    mid_front = bm.scene_point(View.FRONT, 200, 0).x()
    mid_back = bm.scene_point(View.BACK, 200, 0).x()
    labels = {}
    for item in bm.scene().items():
        if isinstance(item, ScreenLabel) and item.text() in ("Left", "Right"):
            x = item.sceneBoundingRect().center().x()
            view = View.FRONT if abs(x - mid_front) < abs(x - mid_back) else View.BACK
            mid = mid_front if view is View.FRONT else mid_back
            labels[(view, item.text())] = x < mid
    assert labels[(View.FRONT, "Right")] is True and labels[(View.FRONT, "Left")] is False
    assert labels[(View.BACK, "Left")] is True and labels[(View.BACK, "Right")] is False
    # and the region geometry agrees with the labels
    assert region_pos(window, View.FRONT, "right.chest").x() < \
        window.body_map.mapFromScene(QPointF(mid_front, 0)).x()


def test_zoom_keeps_regions_clickable(qtbot: QtBot, window: MainWindow) -> None:
    window.body_map.zoom(4.0)
    window.body_map.centerOn(window.body_map.scene_point(View.FRONT, 200, 60))
    QApplication.processEvents()
    click_region(qtbot, window, View.FRONT, "left.eye")
    assert "left.eye" in window.session.drawing


def test_window_state_is_remembered(qtbot: QtBot, window: MainWindow, settings: QSettings) -> None:
    window.set_layout(Layout.SOLES)
    window.resize(711, 533)  # inside the offscreen screen, so no clamping
    window.close()
    again = MainWindow(window.session.dataset, settings)
    qtbot.addWidget(again)
    assert again.session.view_model.layout is Layout.SOLES
    assert again.body_map.views_shown() == (View.SOLES,)
    assert (again.size().width(), again.size().height()) == (711, 533)


def test_region_menu_sets_intensity_quality_and_clears(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    menu = region_menu(window.session, "left.hip_side", window.body_map)
    levels = [a for a in menu.actions() if a.text().startswith("Pain ")]
    assert len(levels) == 10
    next(a for a in levels if a.text() == "Pain 3/10").trigger()
    assert window.session.drawing["left.hip_side"] == 3
    menu.deleteLater()
    menu = region_menu(window.session, "left.hip_side", window.body_map)
    assert next(a for a in menu.actions() if a.text() == "Pain 3/10").isChecked()
    feels = next(a for a in menu.actions() if a.text() == "Feels like").menu()
    assert isinstance(feels, QMenu)
    next(a for a in feels.actions() if a.text() == "Burning").trigger()
    assert window.session.drawing.quality("left.hip_side") is Quality.BURN
    next(a for a in menu.actions() if a.text() == "Not painful").trigger()
    assert "left.hip_side" not in window.session.drawing
    menu.deleteLater()


def test_quality_keys_draw_their_symbol(qtbot: QtBot, window: MainWindow) -> None:
    window.body_map.setFocus()
    qtbot.keyClick(window.body_map, Qt.Key.Key_Down)
    rid = window.session.view_model.focused
    assert rid is not None
    qtbot.keyClick(window.body_map, Qt.Key.Key_N)
    assert window.session.drawing.quality(rid) is Quality.NUMB
    symbols = [o for o in window.body_map.overlay_items() if o.data(0) == "quality:numb"]
    assert symbols, "numbness is drawn on the map"
    qtbot.keyClick(window.body_map, Qt.Key.Key_A)
    assert window.session.drawing.quality(rid) is Quality.ACHE
    assert not [o for o in window.body_map.overlay_items()
                if str(o.data(0)).startswith("quality:")]


def test_interrupted_press_does_not_break_undo(qtbot: QtBot, window: MainWindow) -> None:
    """A press without its release (a second press, a right-click mid-drag, the window
    hidden) used to leave the stroke's undo macro open for the rest of the session."""
    vp = window.body_map.viewport()
    a = region_pos(window, View.BACK, "left.low_back")
    b = region_pos(window, View.BACK, "left.buttock")
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=b)  # the release never came
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)
    assert set(window.session.drawing) == {"left.low_back", "left.buttock"}
    window.actions_.undo.trigger()
    assert set(window.session.drawing) == {"left.low_back"}
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=b)
    window.body_map.hide()
    window.body_map.show()
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert dict(window.session.drawing) == {}
    assert window.actions_.redo.isEnabled()


def test_ctrl_wheel_zooms_about_the_pointer(qtbot: QtBot, window: MainWindow) -> None:
    vp = window.body_map.viewport()
    pos = region_pos(window, View.FRONT, "left.temple")
    before = window.body_map.mapToScene(pos)
    event = QWheelEvent(QPointF(pos), QPointF(vp.mapToGlobal(pos)), QPoint(0, 0),
                        QPoint(0, 360), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(vp, event)
    assert window.body_map.scale_factor() > 1.2
    after = window.body_map.mapToScene(pos)
    assert abs(after.x() - before.x()) < 3 and abs(after.y() - before.y()) < 3


def test_f6_cycles_map_list_and_card(qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    window.body_map.setFocus()
    qtbot.keyClick(window.body_map, Qt.Key.Key_F6)
    assert window.panel.explore.list.hasFocus()
    qtbot.keyClick(window.panel.explore.list, Qt.Key.Key_F6)
    assert window.panel.card.hasFocus()
    qtbot.keyClick(window.panel.card, Qt.Key.Key_F6)
    assert window.body_map.hasFocus()
    qtbot.keyClick(window.body_map, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.panel.card.hasFocus()


def test_zoom_buttons_are_on_the_toolbar(window: MainWindow) -> None:
    bar = window.actions_.toolbar.actions()
    for act in (window.actions_.zoom_in, window.actions_.zoom_out, window.actions_.fit,
                window.actions_.zoom_pattern):
        assert act in bar
    before = window.body_map.scale_factor()
    window.actions_.zoom_in.trigger()
    assert window.body_map.scale_factor() > before


DETAIL_GROUPS = {
    Layout.HEAD: {"head_face", "neck"},
    Layout.HANDS: {"fingers"},
    Layout.FEET: {"foot"},
}


@pytest.mark.parametrize("layout", list(DETAIL_GROUPS))
def test_close_ups_make_small_regions_big_enough_to_hit(qtbot: QtBot, window: MainWindow,
                                                        layout: Layout) -> None:
    """At the default window size every head, finger and foot region shown whole in its
    close-up is at least 24 px tall (at the whole-figure views most are about 10 px)."""
    window.resize(*DEFAULT_SIZE)
    window.session.set_layout(layout)
    QApplication.processEvents()
    scale = window.body_map.scale_factor()
    regions = window.session.dataset.regions
    measured = 0
    for item in window.body_map.region_items():
        r = item.path().boundingRect()
        coords = (r.left(), r.top(), r.right(), r.bottom())
        figure = next(f for f in window.exports.current_scene().figures.figures
                      if f.view is item.view and f.shows(coords))
        x0, y0, x1, y1 = figure.box
        if regions[item.rid].group not in DETAIL_GROUPS[layout] or not (
                r.left() >= x0 and r.right() <= x1 and r.top() >= y0 and r.bottom() <= y1):
            continue
        measured += 1
        height_px = r.height() * figure.scale * scale
        assert height_px >= 24, (item.rid, item.view.value, round(height_px, 1))
    assert measured >= 8


def test_a_click_in_a_close_up_marks_the_region(qtbot: QtBot, window: MainWindow) -> None:
    window.session.set_layout(Layout.HANDS)
    QApplication.processEvents()
    assert window.body_map.views_shown() == (View.FRONT, View.FRONT, View.BACK, View.BACK)
    click_region(qtbot, window, View.FRONT, "left.index_palmar")
    assert dict(window.session.drawing) == {"left.index_palmar": 5}
    window.session.set_layout(Layout.HEAD)
    QApplication.processEvents()
    click_region(qtbot, window, View.LEFT, "left.temple")
    assert "left.temple" in window.session.drawing
    labels = {i.text() for i in window.body_map.scene().items()
              if isinstance(i, ScreenLabel)}
    assert "Left side of head" in labels


def test_a_splitter_saved_elsewhere_never_leaves_the_map_a_sliver(
        qtbot: QtBot, window: MainWindow, settings: QSettings) -> None:
    window.splitter.setSizes([80, 1300])
    window.close()
    again = MainWindow(window.session.dataset, settings)
    qtbot.addWidget(again)
    again.resize(1280, 720)
    again.show()
    qtbot.waitExposed(again)
    sizes = again.splitter.sizes()
    assert sizes[0] >= 0.45 * sum(sizes) - 2


@pytest.mark.parametrize("layout", [Layout.HEAD, Layout.HANDS, Layout.FEET])
def test_close_up_captions_stay_under_their_own_part_in_a_narrow_map(
        qtbot: QtBot, window: MainWindow, layout: Layout) -> None:
    """Captions keep one size on screen, but the parts they name shrink with the map (a
    1280x720 window with the Clients dock open): 'Back of head' ran off the edge and the
    captions touched. Each must fit in the map and leave its neighbours clear."""
    window.resize(900, 640)
    qtbot.keyClick(window, Qt.Key.Key_4 if layout is Layout.HEAD else
                   Qt.Key.Key_5 if layout is Layout.HANDS else Qt.Key.Key_6,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.session.view_model.layout is layout
    view = window.body_map
    qtbot.wait(20)
    captions = [item for item in view.scene().items()
                if isinstance(item, ScreenLabel) and item.data(0) == "label"]
    assert len(captions) == len(layout.panels)
    on_screen = [item.deviceTransform(view.viewportTransform()).mapRect(item.text_rect())
                 for item in captions]
    port = QRectF(view.viewport().rect())
    for item, rect in zip(captions, on_screen, strict=True):
        assert port.contains(rect), (item.text(), rect, port)
    for (a, ra), (b, rb) in itertools.combinations(zip(captions, on_screen, strict=True), 2):
        assert not ra.intersects(rb), (a.text(), b.text())


def test_the_room_given_to_the_candidate_list_is_remembered(
        qtbot: QtBot, window: MainWindow, settings: QSettings) -> None:
    """Dragging the handle between the panel's pages and the card gives the candidate list
    more room; the next start keeps it there (it was forgotten at every start)."""
    window.resize(760, 740)  # inside the offscreen screen, so the next start is as large
    window.show()
    qtbot.waitExposed(window)
    split = window.panel.splitter
    handle = split.handle(1)
    before = window.panel.tabs.height()
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    for step in range(1, 7):  # as a hand drags: a few moves, 10 px each
        qtbot.mouseMove(handle, middle + QPoint(0, 10 * step))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, 60))
    dragged = split.sizes()
    assert window.panel.tabs.height() > before + 40
    window.close()
    again = MainWindow(window.session.dataset, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.panel.splitter.sizes() == dragged


def _look(item: QGraphicsPathItem) -> tuple[object, ...]:
    pen, brush = item.pen(), item.brush()
    return (brush.color().name(QColor.NameFormat.HexArgb), brush.style(),
            pen.color().name(QColor.NameFormat.HexArgb), pen.widthF(), pen.style(),
            pen.isCosmetic(), item.zValue())


def test_a_region_left_alone_again_looks_untouched(qtbot: QtBot, window: MainWindow) -> None:
    """Unmarked, unhovered regions share one brush and pen (made once for the 232 of them):
    a region marked and unmarked, or hovered and left, must look exactly like one never
    touched, and the shared look must not follow a marked region's."""
    untouched = window.body_map.region_item(View.FRONT, "right.temple")
    temple = window.body_map.region_item(View.FRONT, "left.temple")
    assert untouched is not None and temple is not None
    plain = _look(untouched)
    assert _look(temple) == plain
    pos = region_pos(window, View.FRONT, "left.temple")
    rest_on(qtbot, window.body_map.viewport(), pos)
    assert _look(temple) != plain, "hovered: outlined"
    click(qtbot, window, pos)
    assert _look(temple) != plain, "marked: filled"
    assert _look(untouched) == plain
    click(qtbot, window, pos)  # unmarked again, still hovered and focused
    assert window.session.drawing.get("left.temple") is None
    assert _look(temple) != plain
    # the focus and the pointer move on to another region, which is marked
    buttock = region_pos(window, View.BACK, "left.buttock")
    qtbot.mouseMove(window.body_map.viewport(), buttock)
    click(qtbot, window, buttock)
    assert window.session.view_model.focused == "left.buttock"
    assert window.session.view_model.hovered == "left.buttock"
    assert _look(temple) == plain
    assert _look(untouched) == plain
