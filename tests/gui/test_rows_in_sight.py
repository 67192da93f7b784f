"""On a small screen the candidate list keeps two whole rows and the top of a third in sight,
with the red-flag line shown under it; the card below gives up the room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.regions import View
from bodymap.gui.panel.explore import ROWS_IN_SIGHT
from bodymap.gui.panel.row_size import typical_row_height

from .helpers import click_region, dark_palette, open_window


@pytest.mark.parametrize("size", [(1280, 720), (1024, 700)])
def test_two_candidates_stay_in_sight_in_a_small_window(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, size: tuple[int, int]) -> None:
    window = open_window(qtbot, dataset, settings)
    window.resize(*size)
    qtbot.wait(10)
    for rid in ("left.low_back", "left.upper_buttock", "left.sacrum"):
        click_region(qtbot, window, View.BACK, rid)
    explore = window.panel.explore
    qtbot.waitUntil(lambda: explore.red_flag_hint.isVisible()
                    and explore.model.rowCount() >= 3)
    qtbot.wait(10)  # the splitter gives the page the room its lines asked for
    shown = explore.list.viewport().rect()
    for row in (0, 1):
        assert shown.contains(explore.list.visualRect(explore.model.index(row))), \
            f"row {row} is cut off in a {size[0]} x {size[1]} window"
    third = explore.list.visualRect(explore.model.index(2))
    assert third.top() < shown.bottom(), "nothing says the list goes on"
    assert window.panel.card.height() > 120, "the card was squeezed out"


def test_the_room_follows_the_font(qtbot: QtBot, dataset: Dataset,
                                   settings: QSettings) -> None:
    window = open_window(qtbot, dataset, settings)
    explore = window.panel.explore
    before = explore.list.minimumHeight()
    font = explore.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    explore.setFont(font)
    after = explore.list.minimumHeight()
    row = typical_row_height(explore.list.fontMetrics())
    assert after > before and after >= ROWS_IN_SIGHT * row
    assert explore.hint.minimumHeight() == after  # the empty page keeps the same room
    window.setPalette(dark_palette())  # (a palette change leaves it be)
    assert explore.list.minimumHeight() == after


SADDLE = ("left.coccyx", "left.thigh_back_upper", "right.thigh_back_upper")
#: the saddle, both legs below the knee, and the flank into the groin: three alerts
THREE_ALERTS = ("left.coccyx", "left.low_back", "left.calf_upper", "right.calf_upper",
                "left.lateral_back", "left.groin")


@pytest.mark.parametrize("size", [(1280, 720), (1024, 700)])
@pytest.mark.parametrize("marks", [SADDLE, THREE_ALERTS], ids=["one alert", "three alerts"])
def test_safety_advice_is_whole_and_squeezes_nothing_into_the_list(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, size: tuple[int, int],
        marks: tuple[str, ...]) -> None:
    """Advice in the panel's narrow column took 156 px for one alert at 1280 x 720 and over
    300 for three. Laid out at full height it squeezed the pages under their minimum (the
    combination line was drawn over the candidate list, the card kept 70 px) and the end
    of three alerts' advice was cut off. The disclaimer now gives way to it, and advice
    taller than the room the pages, legend and card leave scrolls."""
    window = open_window(qtbot, dataset, settings)
    window.resize(*size)
    qtbot.wait(10)
    for rid in marks:
        view = View.FRONT if rid == "left.groin" else View.BACK
        click_region(qtbot, window, view, rid)
    panel = window.panel
    banner, explore = panel.alert_banner, panel.explore
    qtbot.waitUntil(banner.isVisible)
    qtbot.wait(10)
    assert "saddle" in banner.text().lower()
    assert window.size().toTuple() == size, "the panel needed more than the window has"
    assert not panel.disclaimer.isVisible()
    assert explore.height() >= explore.minimumSizeHint().height()
    if explore.notes.isVisible():
        assert explore.list.geometry().bottom() < explore.notes.geometry().top(), \
            "the notes are drawn over the list"
    viewport = banner.parentWidget()  # (the scroll area's viewport)
    assert viewport is not None
    area = viewport.parentWidget()
    assert isinstance(area, QScrollArea)
    bar = area.verticalScrollBar()
    # every word of the advice can be read: in sight, or scrolled to
    assert banner.height() <= area.viewport().height() + bar.maximum()
    assert banner.height() == banner.heightForWidth(banner.width())
    assert panel.card.height() >= 60, "the card was squeezed out"
    window.session.clear()
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert panel.disclaimer.isVisible()


def test_the_advice_makes_room_again_when_lines_appear_under_the_list(
        qtbot: QtBot, dataset: Dataset, settings: QSettings) -> None:
    """Advice shown first (ticked red flags, nothing drawn), then a drawing whose
    candidates bring the combination line under the list: the room the advice was given
    shrinks with it, instead of the line being drawn over the list."""
    window = open_window(qtbot, dataset, settings)
    window.resize(1280, 720)
    qtbot.wait(10)
    # four ticked flags: more advice than the room left, so it is given that room and scrolls
    window.session.set_red_flags(["fever", "weight_loss", "cancer_history", "night_pain"])
    panel = window.panel
    qtbot.waitUntil(panel.alert_banner.isVisible)
    explore = panel.explore
    shown = panel.alert_banner.text()
    # a drawing with no pattern of its own (the same advice) that no one muscle explains
    window.session.open_drawing(PainDrawing({"left.occiput": 5}))
    window.session.open_drawing(PainDrawing({"left.occiput": 5, "left.low_back": 5}))
    qtbot.waitUntil(explore.combination.isVisible)
    assert panel.alert_banner.text() == shown
    qtbot.wait(10)
    # (a window whose contents need more than it has grows past the screen offscreen)
    assert window.height() == 720, "the panel needed more height than the window has"
    assert explore.height() >= explore.minimumSizeHint().height()
    assert explore.list.geometry().bottom() < explore.notes.geometry().top()
