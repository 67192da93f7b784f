"""The explorer panel: ranking after real clicks, patterns on the map, search, red flags."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.panel.browse import ROLE_MUSCLE
from bodymap.gui.panel.candidates import ROLE_POINT
from bodymap.scene.scene import MARKER_SPACING, LegendKey

from .helpers import click_region, open_muscles_tab


def _candidate_muscles(window: MainWindow, n: int) -> list[str]:
    return [c.muscle for c in window.session.view_model.candidates[:n]]


def _markers(window: MainWindow) -> list[object]:
    return [o for o in window.body_map.overlay_items() if o.data(0) == "marker"]


def _click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    view = window.panel.explore.list
    rect = view.visualRect(window.panel.explore.model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center() + QPoint(0, 0))


def test_low_back_and_buttock_suggest_ql_and_gluteals(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    click_region(qtbot, window, View.BACK, "left.buttock")
    top = _candidate_muscles(window, 6)
    assert "quadratus_lumborum" in top
    assert {"gluteus_medius", "gluteus_minimus", "gluteus_maximus"} & set(top)
    model = window.panel.explore.model
    assert model.rowCount() == len(window.session.view_model.candidates) >= 6
    assert "Explains your left" in str(model.index(0).data(Qt.ItemDataRole.ToolTipRole))


def test_the_top_candidate_is_shown_as_soon_as_the_drawing_changes(
        qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    vm = window.session.view_model
    assert vm.selected == 0 and vm.pattern is not None
    assert window.panel.explore.list.currentIndex().row() == 0
    assert vm.pattern.muscle_name in window.panel.card.toPlainText()
    assert _markers(window), "the top candidate's X is drawn without a second click"


def test_a_new_drawing_replaces_the_old_pattern_and_card(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    """After the drawing changed, the old pattern, card and focus used to stay on screen."""
    click_region(qtbot, window, View.FRONT, "left.temple")
    _click_row(qtbot, window, 1)
    temple_muscle = window.session.view_model.pattern
    assert temple_muscle is not None
    click_region(qtbot, window, View.FRONT, "left.temple")  # unmark: nothing drawn
    vm = window.session.view_model
    assert vm.pattern is None and vm.card is None
    assert window.body_map.overlay_items() == []
    assert "Where does it hurt?" in window.panel.card.toPlainText()
    click_region(qtbot, window, View.BACK, "left.calf_upper")
    vm = window.session.view_model
    assert vm.pattern is not None and vm.pattern.muscle != temple_muscle.muscle
    assert vm.pattern.muscle_name in window.panel.card.toPlainText()
    shown = {m.point for m in window.exports.current_scene().markers}
    assert shown == {tp.id for tp in vm.pattern.points}


def test_selecting_a_candidate_draws_its_pattern(qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    _click_row(qtbot, window, 1)
    vm = window.session.view_model
    assert vm.selected == 1
    cand = vm.candidates[1]
    overlays = window.body_map.overlay_items()
    assert _markers(window), "the trigger point X is drawn"
    zones = [o for o in overlays if o.data(0) == "essential"]
    assert zones, "the main zone is drawn as one merged shape per figure"
    assert len(zones) <= 2
    assert cand.muscle_name in window.panel.card.toPlainText()
    assert "How to release it" in window.panel.card.toPlainText()
    # toggles hide and show layers
    window.panel.show_spillover.setChecked(False)
    window.panel.show_markers.setChecked(False)
    assert not _markers(window)
    assert not [o for o in window.body_map.overlay_items() if o.data(0) == "spillover"]
    window.panel.show_markers.setChecked(True)
    assert _markers(window)


def test_pain_stays_visible_under_a_pattern(qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    outline = [o for o in window.body_map.overlay_items(View.BACK) if o.data(0) == "pain"]
    assert len(outline) == 1
    pen = outline[0].pen()  # type: ignore[attr-defined]
    assert pen.color() == QColor("#d9480f") and pen.widthF() >= 2
    assert outline[0].zValue() > max(o.zValue() for o in window.body_map.overlay_items(View.BACK)
                                     if o.data(0) in ("essential", "spillover"))


def test_search_psoas_shows_iliopsoas(qtbot: QtBot, window: MainWindow) -> None:
    open_muscles_tab(qtbot, window)
    qtbot.keyClicks(window.panel.browse.search_box, "psoas")
    assert window.panel.browse.results()[0] == "iliopsoas"
    qtbot.keyClick(window.panel.browse.search_box, Qt.Key.Key_Return)
    vm = window.session.view_model
    assert vm.card is not None and vm.card.muscle == "iliopsoas"
    assert _markers(window)
    assert "Iliopsoas" in window.panel.card.toPlainText()


def test_search_ql_alias(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.panel.browse.search_box, "QL")
    assert window.panel.browse.results()[0] == "quadratus_lumborum"


def test_red_flag_tick_shows_advice_until_unticked(qtbot: QtBot, window: MainWindow) -> None:
    assert window.panel.alert_banner.isHidden()
    window.panel.tabs.setCurrentWidget(window.panel.safety)
    box = window.panel.safety.boxes["saddle_numbness"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert window.panel.alert_banner.isVisible()
    assert "emergency" in window.panel.alert_banner.text().lower()
    # no way to dismiss it but to untick the cause
    assert "close" not in window.panel.alert_banner.text().lower()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert window.panel.alert_banner.isHidden()


def test_red_flag_drawing_pattern_shows_advice(qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.FRONT, "left.chest")
    click_region(qtbot, window, View.FRONT, "left.upper_arm_inner")
    assert window.panel.alert_banner.isVisible()
    assert "heart" in window.panel.alert_banner.text().lower()


def test_disclaimer_is_always_visible(window: MainWindow) -> None:
    assert window.panel.disclaimer.isVisible()
    assert "not a diagnosis" in window.panel.disclaimer.text()


def test_combination_is_offered_when_no_single_muscle_covers(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    for view, rid in ((View.BACK, "left.low_back"), (View.FRONT, "left.thigh_outer_lower"),
                      (View.BACK, "left.heel_back")):
        click_region(qtbot, window, view, rid)
    assert window.panel.explore.combination.isVisible()
    assert "Together" in window.panel.explore.combination.text()


def test_no_combination_when_the_first_candidate_explains_everything(
        qtbot: QtBot, window: MainWindow) -> None:
    """Low back on both sides and the left buttock: "gluteus medius, both sides" explains all
    three, so a pair of other muscles is not offered as what "no single muscle" explains."""
    for view, rid in ((View.BACK, "left.low_back"), (View.BACK, "right.low_back"),
                      (View.BACK, "left.buttock")):
        click_region(qtbot, window, view, rid)
    vm = window.session.view_model
    top = window.session.ranking.hypotheses[0]
    assert top.coverage == 1.0
    assert vm.combination is None
    assert not window.panel.explore.combination.isVisible()


def test_a_muscle_chart_draws_the_muscle_its_marks_and_a_legend(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    """Quadratus lumborum: a deep muscle (dashed, see-through) beside the spine, X marks on
    it, its zones merged, and the client's marked low back still outlined."""
    click_region(qtbot, window, View.BACK, "left.low_back")
    open_muscles_tab(qtbot, window)
    qtbot.keyClicks(window.panel.browse.search_box, "QL")
    qtbot.keyClick(window.panel.browse.search_box, Qt.Key.Key_Return)
    back = window.body_map.overlay_items(View.BACK)
    deep = [o for o in back if o.data(0) == "deep_muscle"]
    assert len(deep) == 1
    shape = window.session.dataset.atlas.views[View.BACK].muscle(
        "quadratus_lumborum", window.session.view_model.browse_side)
    assert shape is not None
    pen = deep[0].pen()  # type: ignore[attr-defined]
    assert pen.style() == Qt.PenStyle.DashLine
    assert deep[0].brush().color().alpha() < 200  # type: ignore[attr-defined]
    assert [o for o in back if o.data(0) == "pain"], "the client's pain stays outlined"
    assert len([o for o in back if o.data(0) == "essential"]) == 1
    legend = {e.key for e in window.exports.current_scene().legend}
    assert {LegendKey.PAIN, LegendKey.ESSENTIAL, LegendKey.MARKER,
            LegendKey.DEEP_MUSCLE} <= legend
    window.panel.show_muscle.setChecked(False)
    assert not [o for o in window.body_map.overlay_items(View.BACK)
                if o.data(0) in ("muscle", "deep_muscle")]


def test_close_x_marks_are_spread_so_none_hides_another(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    window.session.select_muscle("temporalis")
    for marks in (window.exports.current_scene().markers_in(v) for v in View):
        for a, b in itertools.combinations(marks, 2):
            assert (a.x - b.x) ** 2 + (a.y - b.y) ** 2 >= (MARKER_SPACING - 0.01) ** 2


def test_clicking_the_combination_draws_all_its_muscles(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    for view, rid in ((View.BACK, "left.low_back"), (View.FRONT, "left.thigh_outer_lower"),
                      (View.BACK, "left.heel_back")):
        click_region(qtbot, window, view, rid)
    combination = window.session.view_model.combination
    assert combination is not None
    label = window.panel.explore.combination
    label.linkActivated.emit("#together")  # what a click on the link sends
    vm = window.session.view_model
    assert vm.pattern is not None and set(vm.pattern.points) == set(combination.points)
    shown = {m.point for m in window.exports.current_scene().markers}
    assert shown == {tp.id for tp in combination.points}
    assert vm.card is not None and "together" in (vm.card.headline or "")


def test_a_gentle_red_flag_line_points_to_the_checklist(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.calf_upper")
    hint = window.panel.explore.red_flag_hint
    assert window.session.view_model.alerts == (), "a calf alone is ordinary"
    assert hint.isVisible(), "but the calf is an area the red flags look at"
    hint.linkActivated.emit("#red-flags")
    assert window.panel.tabs.currentWidget() is window.panel.safety


def test_the_card_jumps_to_self_care(qtbot: QtBot, window: MainWindow) -> None:
    window.session.select_muscle("piriformis")
    card = window.panel.card
    card.verticalScrollBar().setValue(0)
    assert "How to self-treat" in card.toPlainText()
    card.scrollToAnchor("self-care")
    assert card.verticalScrollBar().value() > 0


def test_a_both_sides_row_names_each_trigger_point_once(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    """The left and right points of one muscle share a name: a 'both sides' row lists it
    once ('Upper point'), not once per side ('Upper point, Upper point')."""
    for rid in ("left.back_of_neck", "right.back_of_neck", "left.occiput", "right.occiput"):
        click_region(qtbot, window, View.BACK, rid)
    model = window.panel.explore.model
    both = [i for i in range(model.rowCount())
            if len({tp.side for tp in window.session.view_model.candidates[i].points}) > 1]
    assert both, "a symmetrical drawing ranks some muscle on both sides"
    for i in both:
        row = window.session.view_model.candidates[i]
        text = str(model.index(i).data(ROLE_POINT))
        once = ", ".join(dict.fromkeys(tp.name for tp in row.points))
        assert text.endswith(f"({once})"), text


def test_every_text_gives_the_main_zone_the_colour_it_is_drawn_in(
        qtbot: QtBot, window: MainWindow) -> None:
    """The main zone is drawn rose and the muscle red: the exported and printed legend and
    the first card called the zone 'solid red', the colour of the muscle beside it."""
    welcome = window.panel.card.toPlainText()
    assert "main pain zone solid rose" in welcome and "red" not in welcome
    click_region(qtbot, window, View.BACK, "left.low_back")
    legend = {e.key: e.text for e in window.exports.current_scene().legend}
    assert legend[LegendKey.ESSENTIAL] == "Main pain zone (solid rose)"
    assert "solid rose" in window.panel.show_essential.toolTip()


def test_the_card_does_not_offer_self_treatment_against_the_safety_advice(
        qtbot: QtBot, window: MainWindow) -> None:
    """With 'Get help now' at the top, the card below still opened with 'How to self-treat'
    as if nothing were wrong: it now says first that the advice above comes before it."""
    click_region(qtbot, window, View.FRONT, "left.chest")
    card = window.panel.card
    assert "How to self-treat" in card.toPlainText()
    assert "advice at the top" not in card.toPlainText()
    window.panel.tabs.setCurrentWidget(window.panel.safety)
    box = window.panel.safety.boxes["chest_breathless"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert window.panel.alert_banner.isVisible()
    text = card.toPlainText()
    notice = "Get help now, as the advice at the top says"
    assert notice in text
    assert text.index(notice) < text.index("How to self-treat")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert window.panel.alert_banner.isHidden()
    assert "advice at the top" not in card.toPlainText()


def test_the_muscles_list_never_highlights_a_muscle_the_card_is_not_showing(
        qtbot: QtBot, window: MainWindow) -> None:
    """Search 'QL', pick it, then mark a temple: the card and map move to the temple's best
    candidate, and the Muscles list must not keep quadratus lumborum highlighted beside it."""
    browse = window.panel.browse
    window.panel.tabs.setCurrentWidget(browse)
    qtbot.keyClicks(browse.search_box, "QL")
    qtbot.keyClick(browse.search_box, Qt.Key.Key_Return)
    assert window.session.view_model.card is not None
    assert window.session.view_model.card.muscle == "quadratus_lumborum"
    click_region(qtbot, window, View.FRONT, "left.temple")
    card = window.session.view_model.card
    assert card is not None and card.muscle != "quadratus_lumborum"
    highlighted = {i.data(ROLE_MUSCLE) for i in browse.tree.selectionModel().selectedIndexes()}
    assert highlighted <= {card.muscle}, highlighted
