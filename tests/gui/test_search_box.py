"""The Muscles page's search box, driven with real key presses and mouse clicks: a place or
complaint is marked on the body in one undoable step and Explore ranks it; a miss says so."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from bodymap.gui.main_window import MainWindow
from bodymap.gui.panel.browse import ROLE_PLACE, ROLE_SIDE, BrowsePage

from .helpers import open_muscles_tab


def _type(qtbot: QtBot, window: MainWindow, text: str) -> BrowsePage:
    page = open_muscles_tab(qtbot, window)
    page.search_box.setFocus()
    qtbot.keyClicks(page.search_box, text)
    return page


def _place_row(page: BrowsePage, phrase_side: str) -> QModelIndex:
    """The row "Mark: <phrase_side>", top level or under its place."""
    model = page.model
    for row in range(model.rowCount()):
        top = model.index(row, 0)
        for index in [top, *(model.index(r, 0, top) for r in range(model.rowCount(top)))]:
            if index.data() == f"Mark: {phrase_side}":
                return index
    raise AssertionError(f"no row 'Mark: {phrase_side}'")


def test_temple_and_enter_marks_both_temples_and_shows_explore(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    page = _type(qtbot, window, "temple")
    assert page.place_rows()[0] == "Mark: temple (both sides)"
    assert page.model.index(0, 0).data(ROLE_PLACE) is not None  # places come first
    assert {"trapezius", "temporalis"} <= set(page.results()[:3])
    # (the temple headache's red-flag questions: a new temple headache after fifty can be
    # an artery's inflammation)
    assert page.message.isVisible() and "red-flag questions" in page.message.text()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    session = window.session
    assert set(session.drawing) == {"left.temple", "right.temple"}
    assert window.panel.tabs.currentWidget() is window.panel.explore
    assert session.view_model.candidates, "Explore ranks the marked temples"
    # one undo step takes the whole mark away
    session.undo()
    assert not session.drawing


def test_clicking_one_side_of_tennis_elbow_marks_that_side_only(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    window.session.toggle("left.low_back")  # an earlier mark stays
    page = _type(qtbot, window, "tennis elbow")
    row = _place_row(page, "right tennis elbow")
    assert row.data(ROLE_SIDE) == "right"
    page.tree.scrollTo(row)
    rect = page.tree.visualRect(row)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    drawing = window.session.drawing
    assert set(drawing) == {"left.low_back", "right.elbow_outer", "right.forearm_back"}
    assert window.panel.tabs.currentWidget() is window.panel.explore
    window.session.undo()
    assert set(window.session.drawing) == {"left.low_back"}


def test_moving_onto_a_place_with_the_arrow_keys_marks_nothing(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    page = _type(qtbot, window, "sciatica")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert not window.session.drawing
    assert window.panel.tabs.currentWidget() is window.panel.muscles


def test_a_muscle_name_still_shows_the_muscle_on_enter(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    page = _type(qtbot, window, "pec")
    assert page.results()[:3] == ["pectoralis_major", "pectoralis_minor", "pectineus"]
    assert not page.place_rows()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    card = window.session.view_model.card
    assert card is not None and card.muscle == "pectoralis_major"
    assert not window.session.drawing


def test_no_match_says_so_and_offers_near_names(qtbot: QtBot, window: MainWindow) -> None:
    page = _type(qtbot, window, "tmx")
    assert page.model.rowCount() == 0
    assert page.message.isVisible()
    assert "No match for 'tmx'" in page.message.text()
    assert "TMJ" in page.message.text()
    for _ in range(3):
        qtbot.keyClick(page.search_box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.search_box, "xyzq")
    assert page.message.isVisible() and "Try a muscle" in page.message.text()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # nothing to take: nothing happens
    assert not window.session.drawing
    page.search_box.clear()
    assert page.message.isHidden() and page.model.rowCount() > 0  # back to browsing


def test_migraine_is_found_with_its_caution_and_its_red_flag_questions(
        qtbot: QtBot, window: MainWindow) -> None:
    """Pressing on trigger points can set off a migraine attack: the search says so before
    anything is marked, and points to the red-flag questions (sudden severe headache)."""
    page = _type(qtbot, window, "migraine")
    assert page.place_rows()[0] == "Mark: migraine (both sides)"
    assert {"trapezius", "sternocleidomastoid", "temporalis", "suboccipitals"} <= \
        set(page.results()[:4])
    text = page.message.text()
    assert page.message.isVisible()
    assert "can set off a migraine attack" in text and "red-flag questions" in text
    assert "can set off a migraine attack" in str(page.model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole))
    page.message.linkActivated.emit("#red-flags")  # the link, as a click on it sends it
    assert window.panel.tabs.currentWidget() is window.panel.safety
    assert not window.session.drawing  # nothing marked by reading the note


def test_a_muscle_search_and_a_place_without_cautions_say_nothing_more(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _type(qtbot, window, "QL")
    assert page.results()[0] == "quadratus_lumborum" and page.message.isHidden()
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "heel")
    assert page.place_rows() and page.message.isHidden()


def test_a_complaints_note_is_never_cut_off(qtbot: QtBot, window: MainWindow) -> None:
    """The caution and the red-flag link are read in full in a small window: the list (or
    the card, as the panel's splitter gives way) takes less room instead."""
    window.resize(1000, 600)
    page = _type(qtbot, window, "migraine")
    qtbot.waitUntil(page.message.isVisible)
    page.message.set_words(page.message.text() + " One more sentence, long enough to take "
                           "two more lines of the note in a panel this narrow.")
    qtbot.wait(50)  # (the layout's pass)
    message = page.message
    assert message.height() >= message.heightForWidth(message.width()) > 0
