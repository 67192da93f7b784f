"""The explorer panel: ranking after real clicks, patterns on the map, search, red flags."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow

from .helpers import click_region


def _candidate_muscles(window: MainWindow, n: int) -> list[str]:
    return [c.muscle for c in window.panel.candidates()[:n]]


def test_low_back_and_buttock_suggest_ql_and_gluteals(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    with qtbot.waitSignal(window.ranking_updated):
        click_region(qtbot, window, View.BACK, "left.buttock")
    top = _candidate_muscles(window, 6)
    assert "quadratus_lumborum" in top
    assert {"gluteus_medius", "gluteus_minimus", "gluteus_maximus"} & set(top)
    text = window.panel.candidate_list.item(0).text()
    assert "Explains your left" in text
    assert window.panel.chart.bar_count() >= 6


def test_selecting_a_candidate_draws_its_pattern(qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    assert window.body_map.overlay_items() == []
    window.panel.candidate_list.setCurrentRow(0)
    cand = window.panel.candidates()[0]
    overlays = window.body_map.overlay_items()
    markers = [o for o in overlays if o.data(0) == "marker"]
    zones = [o for o in overlays if o.data(0) != "marker"]
    assert markers, "the trigger point X is drawn"
    assert len(zones) >= len(cand.trigger_point.essential)
    assert cand.muscle.replace("_", " ").split()[0] in \
        window.panel.card.toPlainText().lower()
    assert "How to release it" in window.panel.card.toPlainText()
    # toggles hide and show layers
    window.panel.show_spillover.setChecked(False)
    window.panel.show_markers.setChecked(False)
    assert not [o for o in window.body_map.overlay_items() if o.data(0) == "marker"]
    window.panel.show_markers.setChecked(True)
    assert [o for o in window.body_map.overlay_items() if o.data(0) == "marker"]


def test_clicking_a_score_bar_selects_the_candidate(qtbot: QtBot, window: MainWindow) -> None:
    click_region(qtbot, window, View.FRONT, "left.temple")
    chart = window.panel.chart
    pos = chart.mapFromScene(chart.scene_pos_of_bar(1))
    with qtbot.waitSignal(window.panel.pattern_requested):
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.panel.candidate_list.currentRow() == 1


def test_search_psoas_shows_iliopsoas(qtbot: QtBot, window: MainWindow) -> None:
    window.panel.tabs.setCurrentIndex(1)
    qtbot.keyClicks(window.panel.search_box, "psoas")
    assert window.panel.search_results()[0] == "iliopsoas"
    with qtbot.waitSignal(window.panel.pattern_requested):
        qtbot.keyClick(window.panel.search_box, Qt.Key.Key_Return)
    assert window.panel.shown_muscle() == "iliopsoas"
    assert [o for o in window.body_map.overlay_items() if o.data(0) == "marker"]
    assert "Iliopsoas" in window.panel.card.toPlainText()


def test_search_ql_alias(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.panel.search_box, "QL")
    assert window.panel.search_results()[0] == "quadratus_lumborum"


def test_red_flag_tick_shows_advice_until_unticked(qtbot: QtBot, window: MainWindow) -> None:
    assert window.panel.alert_banner.isHidden()
    window.panel.tabs.setCurrentIndex(2)
    box = window.panel.red_flag_boxes["saddle_numbness"]
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
    assert window.panel.alert_banner.isHidden()
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
    assert window.panel.combination_label.isVisible()
    assert "Together" in window.panel.combination_label.text()
