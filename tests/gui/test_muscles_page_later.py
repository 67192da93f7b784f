"""The Muscles page is built after the window's first paint (or when first shown), and the
first-run layout does not depend on it: the splitters start at set proportions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.gui.app import FIRST_CLICK_WARM_UP_MS, open_window
from bodymap.gui.main_window import MainWindow
from bodymap.gui.side_panel import MUSCLES

from .helpers import open_muscles_tab


def _window(qtbot: QtBot, dataset: Dataset, settings: QSettings,
            size: tuple[int, int]) -> MainWindow:
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


#: what the pages' size hints gave when the Muscles page was built with the window (its list
#: is the tallest page): the map and the panel, then the pages over the legend and card; at
#: 1024 x 700 the pages have the room the Explore page keeps for two and a bit candidate rows
#: (explore.ROWS_IN_SIGHT), 9 px more than the proportion gives
BEFORE = {(1400, 900): ([1003, 393], [315, 433]), (1280, 720): ([917, 359], [234, 321]),
          (1024, 700): ([680, 340], [234, 301])}


@pytest.mark.parametrize("size", sorted(BEFORE))
def test_the_first_run_layout_is_as_before_and_the_page_moves_nothing(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, size: tuple[int, int]) -> None:
    window = _window(qtbot, dataset, settings, size)
    assert window.panel.muscles.page is None, "the first screen built the Muscles page"
    main, pages = BEFORE[size]
    assert window.splitter.sizes() == main
    assert window.panel.splitter.sizes() == pages
    page = open_muscles_tab(qtbot, window)
    assert page.tree.model().rowCount() > 0  # its groups are filled as it shows
    qtbot.wait(10)
    assert window.splitter.sizes() == main
    assert window.panel.splitter.sizes() == pages


def test_the_page_is_made_while_the_window_waits_for_its_first_click(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, tmp_path: Path) -> None:
    window = open_window(dataset, tmp_path / "clinic.sqlite3", settings=settings)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.panel.muscles.page is None
    qtbot.waitUntil(lambda: window.panel.muscles.page is not None,
                    timeout=FIRST_CLICK_WARM_UP_MS + 3000)
    assert window.panel.tabs.currentIndex() != MUSCLES, "building it switched the tab"
    # it shows its groups when the user opens the tab, and follows the card meanwhile
    page = open_muscles_tab(qtbot, window)
    assert page is window.panel.muscles.page and page.tree.model().rowCount() > 0
    window.session.select_muscle("quadratus_lumborum")
    assert page.tree.currentIndex().data() == "Quadratus lumborum"



def test_the_candidate_rows_and_steady_bars_are_made_while_the_window_waits(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, tmp_path: Path) -> None:
    """The first screen's candidate list is empty and its card shows the welcome text: the
    list's model and delegate and the steady scroll bars (PySide types worth 2.5 ms) come
    after the first paint, in idle time, so that the first click finds them made."""
    from bodymap.gui.panel.scroll_bar import SteadyScrollBar

    window = open_window(dataset, tmp_path / "clinic.sqlite3", settings=settings)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    explore, card = window.panel.explore, window.panel.card
    assert explore._rows_view is None and explore.list.model() is None
    assert not isinstance(card.verticalScrollBar(), SteadyScrollBar)
    qtbot.waitUntil(lambda: explore._rows_view is not None,
                    timeout=FIRST_CLICK_WARM_UP_MS + 3000)
    assert explore.list.model() is explore.model
    assert explore.list.itemDelegate() is explore.delegate
    assert isinstance(explore.list.verticalScrollBar(), SteadyScrollBar)
    assert isinstance(card.verticalScrollBar(), SteadyScrollBar)
    window.session.toggle("left.low_back")
    assert explore.rows() > 0 and explore.list.isVisible()

def test_f6_reaches_the_muscles_list_once_its_tab_is_open(
        qtbot: QtBot, dataset: Dataset, settings: QSettings) -> None:
    window = _window(qtbot, dataset, settings, (1400, 900))
    window.activateWindow()  # keyboard focus goes to the active window only
    qtbot.waitUntil(window.isActiveWindow)
    page = open_muscles_tab(qtbot, window)
    window.body_map.setFocus()
    qtbot.keyClick(window.body_map, Qt.Key.Key_F6)
    assert page.tree.hasFocus()


def test_a_muscle_chosen_as_the_page_first_shows_is_scrolled_into_sight(
        qtbot: QtBot, dataset: Dataset, settings: QSettings) -> None:
    """The page takes its size as it is built: a muscle selected at once (as the screenshot
    command and a search do) is scrolled to for the tree's real height, not the 640 x 480
    of a widget not yet laid out (its row was left below the fold)."""
    window = _window(qtbot, dataset, settings, (1280, 720))
    window.panel.show_muscles()
    window.session.select_muscle("trapezius")
    qtbot.wait(20)
    tree = window.panel.browse.tree
    row = tree.visualRect(tree.currentIndex())
    assert tree.currentIndex().data() == "Trapezius"
    assert tree.viewport().rect().contains(row), (row, tree.viewport().rect())
