"""Finding a client among many by typing a few letters of the name, through the real dock,
real keys and a real SQLite file: the clients whose names hold the letters are offered,
choosing one chooses that client (its visits show), a whole name and Enter choose it too,
and text that names no client never adds one and gives way to the chosen client's name."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from bodymap.gui.clients.panel import ClientPanel
from bodymap.gui.main_window import MainWindow
from bodymap.store import Store, VisitDraft

NAMES = ("Anna Smith", "Bob Jones", "Carla Smithson", "Dan Brown", "Eve Adams")


def _panel(qtbot: QtBot, clinic: MainWindow, store: Store) -> ClientPanel:
    for name in NAMES:
        client = store.add_client(name)
        if name == "Carla Smithson":
            store.add_visit(client.id, VisitDraft(dt.date(2026, 11, 2), {"left.low_back": 6}))
    assert clinic.actions_.clients is not None
    clinic.actions_.clients.trigger()  # the toolbar button opens the dock
    panel = clinic.client_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.client_box.count() == len(NAMES) + 1)
    return panel


def _field(panel: ClientPanel) -> QLineEdit:
    field = panel.client_box.lineEdit()
    assert field is not None
    return field


def _offered(panel: ClientPanel) -> list[str]:
    finder = panel.client_box.completer()
    assert finder is not None
    model = finder.completionModel()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_a_few_letters_offer_the_clients_whose_names_hold_them(
        qtbot: QtBot, clinic: MainWindow, store: Store) -> None:
    panel = _panel(qtbot, clinic, store)
    field = _field(panel)
    # no client chosen: an empty field with its hint, not the "choose" item's text
    assert panel.current_client_id() is None and field.text() == ""
    assert field.placeholderText()
    field.setFocus()
    qtbot.keyClicks(field, "SMI")
    finder = panel.client_box.completer()
    assert finder is not None
    popup = finder.popup()
    assert isinstance(popup, QAbstractItemView)
    qtbot.waitUntil(popup.isVisible)
    assert _offered(panel) == ["Anna Smith", "Carla Smithson"]
    # the second one, with the arrow keys and Enter, as a user picks it
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.current_client_id() is not None)
    client = panel.current_client()
    assert client is not None and client.name == "Carla Smithson"
    assert field.text() == "Carla Smithson"
    assert panel.visit_list.count() == 1 and panel.save_button.isEnabled()


def test_a_whole_name_and_enter_choose_that_client(
        qtbot: QtBot, clinic: MainWindow, store: Store) -> None:
    panel = _panel(qtbot, clinic, store)
    field = _field(panel)
    field.setFocus()
    qtbot.keyClicks(field, "dan brown")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.current_client_id() is not None)
    client = panel.current_client()
    assert client is not None and client.name == "Dan Brown"
    assert field.text() == "Dan Brown"


def test_text_that_names_no_client_adds_none_and_gives_way(
        qtbot: QtBot, clinic: MainWindow, store: Store) -> None:
    panel = _panel(qtbot, clinic, store)
    box = panel.client_box
    box.setCurrentIndex(box.findData(store.clients()[1].id))
    chosen = panel.current_client()
    assert chosen is not None
    field = _field(panel)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Zoe Nobody")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # the field is left
    qtbot.waitUntil(lambda: field.text() == chosen.name)
    assert panel.current_client_id() == chosen.id
    assert {c.name for c in store.clients()} == set(NAMES)
    assert box.count() == len(NAMES) + 1
    # back to no client, from the list: the field empties and the buttons go grey
    box.setCurrentIndex(0)
    assert field.text() == "" and panel.current_client_id() is None
    assert not panel.save_button.isEnabled()
