"""The whole window in Spanish: every text a user reads in the main window, its menus and
actions, the map's labels, presentation mode, the region menu, the dialogs and the handout is
translated.

Each check builds the same screen twice, in English and in Spanish, collects its visible
texts with ``visible_texts`` and asks ``untranslated_texts`` which Spanish texts are still the
English ones. Exempt, and listed in ``data_texts``: what comes from the data files (muscle and
region names, red-flag questions and advice), which the knowledge base keeps in English for
now (docs/knowledge-format.md), the language names (each written in itself) and "bodymap".
The Muscles tab and the clients dock are checked with what the user puts there (a search, a
client with visits in a real database): what they typed (a client's name, notes) and what the
data names (muscles, trigger points, places) stays as it is in both languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import Quality
from bodymap.domain.regions import Side
from bodymap.gui.client_panel import ClientDialog, ClientPanel, CompareDialog, VisitDialog
from bodymap.gui.clients.common import plain_tooltip, unbroken_scores
from bodymap.gui.handout_dialog import HandoutDialog
from bodymap.gui.main_window import MainWindow
from bodymap.gui.map_items import ScreenLabel
from bodymap.gui.region_menu import region_menu
from bodymap.gui.translations import (
    add_language_menu,
    install_translators,
    untranslated_texts,
    visible_texts,
)
from bodymap.i18n import LANGUAGE_NAMES
from bodymap.report.handout import handout_html
from bodymap.scene.layouts import Layout
from bodymap.store import Store, VisitDraft

PAINFUL = {"left.low_back": 7, "left.buttock": 5, "right.low_back": 4}


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the application's language; English again after the test."""
    def switch(language: str) -> None:
        install_translators(language)

    yield switch
    install_translators("en")


@pytest.fixture
def data_texts(dataset: Dataset) -> set[str]:
    """Texts that come from the knowledge base (English by design) or are names."""
    texts = {"bodymap", *LANGUAGE_NAMES.values()}
    texts |= {m.name for m in dataset.knowledge.muscles.values()}
    texts |= {r.label for r in dataset.regions.values()}
    texts |= {f.question for f in dataset.safety.checklist}
    return texts


def _window(qtbot: QtBot, dataset: Dataset, tmp_path: Path, language: str) -> MainWindow:
    """A main window with client records (so the clients actions exist), a drawing, the
    best candidate selected and a pain quality set: as much text on screen as possible."""
    settings = QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat)
    store = Store.open(tmp_path / f"{language}.sqlite3")
    window = MainWindow(dataset, settings, store)
    qtbot.addWidget(window)
    window.destroyed.connect(store.close)
    add_language_menu(window, settings, language)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    session = window.session
    for rid, level in PAINFUL.items():
        session.toggle(rid)
        session.set_intensity(rid, level)
    session.set_quality("left.buttock", Quality.BURN)
    session.hover("left.buttock")
    QApplication.processEvents()
    return window


def _english_and_spanish(qtbot: QtBot, dataset: Dataset, tmp_path: Path,
                         in_language: Callable[[str], None],
                         look: Callable[[MainWindow], list[str]]) -> tuple[list[str], list[str]]:
    """What ``look`` reads from the window built in English, then in Spanish."""
    in_language("en")
    english = look(_window(qtbot, dataset, tmp_path, "en"))
    in_language("es")
    spanish = look(_window(qtbot, dataset, tmp_path, "es"))
    return english, spanish


def _texts(widget: QWidget) -> list[str]:
    return [t for _, t in visible_texts(widget)]


def _left_in_english(english: list[str], spanish: list[str], allowed: set[str]) -> list[str]:
    """Texts of a non-widget list (map labels, menu actions) still in English."""
    return sorted({t for t in spanish
                   if t in set(english) and t not in allowed and any(c.isalpha() for c in t)})


def test_main_window_menus_and_actions_are_all_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None], data_texts: set[str]) -> None:
    in_language("en")
    english = _window(qtbot, dataset, tmp_path, "en")
    source = _texts(english)
    in_language("es")
    spanish = _window(qtbot, dataset, tmp_path, "es")
    assert untranslated_texts(spanish, source, data_texts) == []
    texts = _texts(spanish)
    # spot checks that the walk saw what it should (menus, toolbar, status bar, panel)
    for expected in ("&Archivo", "Ay&uda", "&Hoja para el cliente (PDF)…", "Delante y detrás",
                     "Explorar", "Signos de alarma", "Zona principal", "3 regiones dolorosas",
                     "bodymap: mapa corporal de puntos gatillo"):
        assert expected in texts, expected
    assert len(texts) > 60


def test_red_flags_tab_is_spanish_except_the_questions_from_the_data(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None], data_texts: set[str]) -> None:
    def look(window: MainWindow) -> list[str]:
        window.panel.tabs.setCurrentWidget(window.panel.safety)
        window.panel.safety.boxes[dataset.safety.checklist[0].id].setChecked(True)
        QApplication.processEvents()
        return _texts(window)

    english, spanish = _english_and_spanish(qtbot, dataset, tmp_path, in_language, look)
    left = [t for t in spanish if t in english and t not in data_texts
            and any(c.isalpha() for c in t)]
    # the alert banner's heading is ours; its title and advice are data (a rich-text label)
    assert [t for t in left if "⚠" not in t] == []
    assert any("Busca ayuda ya" in t or "Consulta a un profesional" in t for t in spanish)


def test_presentation_mode_is_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None], data_texts: set[str]) -> None:
    def look(window: MainWindow) -> list[str]:
        window.session.clear_selection()
        window.presentation.set_on(True)
        QApplication.processEvents()
        texts = _texts(window)
        window.presentation.set_on(False)
        return texts

    english, spanish = _english_and_spanish(qtbot, dataset, tmp_path, in_language, look)
    assert _left_in_english(english, spanish, data_texts) == []
    assert "Ningún músculo seleccionado" in spanish
    assert "Elige un candidato o usa las flechas" in spanish


@pytest.mark.parametrize("layout", [Layout.FRONT_BACK, Layout.SIDES, Layout.HEAD, Layout.FEET])
def test_map_labels_are_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None], data_texts: set[str], layout: Layout) -> None:
    def look(window: MainWindow) -> list[str]:
        window.session.set_layout(layout)
        QApplication.processEvents()
        return [item.text() for item in window.body_map.scene().items()
                if isinstance(item, ScreenLabel)]

    english, spanish = _english_and_spanish(qtbot, dataset, tmp_path, in_language, look)
    assert spanish, "the map shows labels"
    assert _left_in_english(english, spanish, data_texts) == []


def test_region_menu_is_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None], data_texts: set[str]) -> None:
    def look(window: MainWindow) -> list[str]:
        menu = region_menu(window.session, "left.buttock", window)
        texts = [menu.title()]
        for action in menu.actions():
            texts.append(action.text())
            sub = action.menu()
            if isinstance(sub, QMenu):
                texts += [a.text() for a in sub.actions()]
        menu.deleteLater()
        return [t for t in texts if t]

    english, spanish = _english_and_spanish(qtbot, dataset, tmp_path, in_language, look)
    assert _left_in_english(english, spanish, data_texts) == []
    assert {"Dolor 7/10", "Se siente como", "Ardor", "Sin dolor"} <= set(spanish)


def test_handout_dialog_is_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None], data_texts: set[str]) -> None:
    muscles = sorted(dataset.knowledge.muscles.values(), key=lambda m: m.id)[:3]

    def look(window: MainWindow) -> list[str]:
        dialog = HandoutDialog(muscles, [muscles[0].id], "", "", window)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [*_texts(dialog), dialog.notes.placeholderText()]
        dialog.close()
        return texts

    english, spanish = _english_and_spanish(qtbot, dataset, tmp_path, in_language, look)
    assert _left_in_english(english, spanish, data_texts) == []
    # the Save and Cancel buttons come from Qt's own Spanish catalogue
    assert "Hoja para el cliente" in spanish and "Guardar" in spanish


def test_about_box_is_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None], data_texts: set[str]) -> None:
    def look(window: MainWindow) -> list[str]:
        seen: list[str] = []

        def read_and_close() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            seen.extend([box.windowTitle(), *box.text().split("\n\n")[1:]])
            box.accept()

        QTimer.singleShot(100, read_and_close)
        window.show_about()
        return seen

    english, spanish = _english_and_spanish(qtbot, dataset, tmp_path, in_language, look)
    assert len(spanish) == 3
    assert _left_in_english(english, spanish, data_texts) == []
    assert spanish[0] == "Acerca de bodymap"
    assert spanish[2].startswith("bodymap ofrece información de salud")


def test_handout_follows_the_language(dataset: Dataset,
                                      in_language: Callable[[str], None]) -> None:
    """The handout's own words are Spanish; the muscle's texts from the data stay English."""
    ql = dataset.knowledge.muscle("quadratus_lumborum")
    drawing = {"left.low_back": 6, "left.calf": 4}
    points = list(ql.points_on(Side.LEFT))
    date = dt.date(2026, 11, 2)
    in_language("en")
    english = handout_html(dataset, [ql], points, drawing, "Ana", "Stretch daily", date)
    in_language("es")
    spanish = handout_html(dataset, [ql], points, drawing, "Ana", "Stretch daily", date)
    ours = ("Your trigger-point self-care plan", "Where you marked pain",
            "When to stop and see a doctor", "How to release it", "02 November 2026",
            "Notes from your therapist", "Main pain zone (solid rose)")
    assert all(text in english for text in ours)
    assert [text for text in ours if text in spanish] == []
    for text in ("Tu plan de autocuidado de puntos gatillo", "02 de noviembre de 2026",
                 "Cuándo parar y acudir al médico", "Cómo liberarlo"):
        assert text in spanish, text
    assert escape(ql.release.find) in spanish  # the knowledge base stays English


# ---------------------------------------------------------------------- the Muscles tab
def _rows(item: QStandardItem) -> Iterator[QStandardItem]:
    for row in range(item.rowCount()):
        child = item.child(row)
        if child is not None:
            yield child
            yield from _rows(child)


def _muscles_tab(window: MainWindow, query: str) -> list[str]:
    """The Muscles tab after typing ``query``: its widgets, every row of the list (places
    and their sides, headings, muscles, body-area groups) and the rows' tooltips."""
    window.panel.show_muscles()
    page = window.panel.browse
    page.search_box.setText(query)
    QApplication.processEvents()
    texts = _texts(window.panel)
    for item in _rows(page.model.invisibleRootItem()):
        texts += [t for t in (item.text(), item.toolTip()) if t]
    return texts


@pytest.fixture
def muscle_texts(dataset: Dataset, data_texts: set[str]) -> set[str]:
    """Data texts of the Muscles tab: muscle names with their aliases, the place phrases."""
    kb = dataset.knowledge
    return data_texts | {f"{m.name}  ({', '.join(m.aliases)})"
                         for m in kb.muscles.values() if m.aliases}


@pytest.mark.parametrize("query", ["", "temple", "tmx", "xyzq"])
def test_muscles_tab_is_spanish_for_a_place_a_miss_and_the_groups(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path, in_language: Callable[[str], None],
        muscle_texts: set[str], query: str) -> None:
    """'' lists the body-area groups, 'temple' a place first (with its sides), 'tmx' misses
    with suggestions and 'xyzq' misses without any."""
    english, spanish = _english_and_spanish(
        qtbot, dataset, tmp_path, in_language, lambda w: _muscles_tab(w, query))
    assert _left_in_english(english, spanish, muscle_texts) == []
    if query == "":
        assert {"Cabeza y cara", "Cintura escapular y pecho", "Pie"} <= set(spanish)
    if query == "temple":
        assert "Marcar: sien (ambos lados)" in spanish
        assert "Marcar: sien (lado izquierdo)" in spanish
        assert "Lo marca en el cuerpo y muestra los músculos que pueden explicarlo" in spanish
    if query == "tmx":
        assert any(t.startswith("Nada coincide con 'tmx'. ¿Quisiste decir <a href=")
                   for t in spanish)
    if query == "xyzq":
        assert any(t.startswith("Nada coincide con 'xyzq'. Prueba") for t in spanish)


def test_marking_a_place_from_the_search_names_the_undo_step_in_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None]) -> None:
    in_language("es")
    window = _window(qtbot, dataset, tmp_path, "es")
    page = window.panel.browse
    page.search_box.setText("temple")
    page.search_box.returnPressed.emit()  # Enter marks the first place (both sides)
    assert window.session.view_model.undo_text == "Búsqueda: sien (ambos lados)"


# ---------------------------------------------------------------------- the clients dock
CLIENT, NOTES = "Ana Pérez", "Upper trap tight; stretch daily"
TREATED = ("trapezius.tp1.left", "quadratus_lumborum.superficial_upper.left")


def _clinic(window: MainWindow) -> tuple[ClientPanel, Store]:
    """The dock opened with one client and three visits (one edited twice), as a therapist
    leaves it: the client chosen, two visits selected for Compare."""
    assert window.actions_.clients is not None
    window.actions_.clients.trigger()
    panel = window.client_panel
    assert panel is not None
    store = panel.store
    client = panel.create_client(CLIENT, "600 000 000", NOTES)
    assert client is not None
    first = store.add_visit(client.id, VisitDraft(
        date=dt.date(2026, 3, 2), drawing={"left.low_back": 7, "left.temple": 5},
        pain_before=7, pain_after=4, treated=TREATED, notes=NOTES))
    store.add_visit(client.id, VisitDraft(
        date=dt.date(2026, 3, 16), drawing={"left.low_back": 3, "left.calf": 2},
        pain_before=4, pain_after=2, treated=TREATED[:1]))
    store.add_visit(client.id, VisitDraft(date=dt.date(2026, 4, 1)))
    for after in (3, 2):  # two corrections: the visit keeps two earlier versions
        store.update_visit(first.id, VisitDraft(
            date=first.date, drawing=first.drawing, pain_before=7, pain_after=after,
            treated=TREATED, notes=NOTES))
    panel.reload_visits()
    for row in range(panel.visit_list.count()):  # the oldest two: Compare takes them
        item = panel.visit_list.item(row)
        assert item is not None
        item.setSelected(row > 0)
    QApplication.processEvents()
    return panel, store


def _dock_texts(panel: ClientPanel) -> list[str]:
    plot = panel.chart.plot_widget.getPlotItem()
    texts = [*_texts(panel), plot.getAxis("left").labelText, *panel.chart.date_labels(),
             *(label.text for _, label in panel.chart.legend.items)]
    for row in range(panel.visit_list.count()):
        item = panel.visit_list.item(row)
        assert item is not None
        texts += item.text().split("\n")
    return texts


def _tree_texts(item: QTreeWidgetItem | None) -> Iterator[str]:
    if item is None:
        return
    yield item.text(0)
    for i in range(item.childCount()):
        yield from _tree_texts(item.child(i))


def _dialog_texts(qtbot: QtBot, dialog: QWidget) -> list[str]:
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = _texts(dialog)
    if isinstance(dialog, VisitDialog):
        texts += [*dialog.history.text().split("\n"), dialog.replace_drawing.text()]
        chosen = dialog.picker.chosen
        texts += [item.text() for i in range(chosen.count())
                  if (item := chosen.item(i)) is not None]
        dialog.picker.search.setText("trapezius")
        tree = dialog.picker.catalogue
        for i in range(tree.topLevelItemCount()):
            texts += list(_tree_texts(tree.topLevelItem(i)))
        dialog.picker.search.setText("zzzz")  # no muscle: the "no match" sentence
        texts.append(dialog.picker.no_match.text())
    dialog.close()
    return texts


def _clients_dock(qtbot: QtBot, window: MainWindow) -> list[str]:
    """The dock, the new- and edit-client dialogs, the save- and edit-visit dialogs and
    Compare, each with the texts only they show (list rows, history, the chart's words)."""
    panel, store = _clinic(window)
    texts = _dock_texts(panel)
    client = panel.current_client()
    visits = store.visits(client.id if client is not None else 0)
    edited = visits[0]
    first, second = panel.selected_visits()
    kb = window.session.dataset.knowledge
    offered = [tp.id for tp in window.session.offered_points()]
    dialogs: list[QWidget] = [
        ClientDialog(panel), ClientDialog(panel, client),
        VisitDialog(kb, window.session.drawing, offered, panel),
        VisitDialog(kb, window.session.drawing, offered, panel, visit=edited,
                    history=store.visit_history(edited.id)),
        CompareDialog(window.session.dataset, first, second, panel),
    ]
    for dialog in dialogs:
        texts += _dialog_texts(qtbot, dialog)
        if isinstance(dialog, CompareDialog):
            texts += [dialog.windowTitle(), *dialog.summary.text().split("\n")]
            texts += [t for label in dialog.details for t in label.text().split("\n")]
            texts += [image.accessibleName() for image in dialog.images]
        dialog.deleteLater()
    return texts


def test_clients_dock_and_its_dialogs_are_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path, in_language: Callable[[str], None],
        data_texts: set[str]) -> None:
    kb = dataset.knowledge
    # what the therapist typed, and the trigger points' own names (data)
    typed = {CLIENT, NOTES, plain_tooltip(NOTES), "600 000 000",
             *(tp.name for tp in kb.trigger_points.values())}
    english, spanish = _english_and_spanish(
        qtbot, dataset, tmp_path, in_language, lambda w: _clients_dock(qtbot, w))
    assert _left_in_english(english, spanish, data_texts | typed) == []
    for expected in ("Nuevo cliente…", "Guardar visita…", "Comparar", "Más recientes primero",
                     "Visitas, ordenadas por", "dolor antes", "2 mar", "Corregir visita",
                     "Corregida 2 veces; se guardan las versiones anteriores:",
                     "Puntos gatillo tratados", "lado izquierdo", "Nombre", "Contacto",
                     "Comparar visitas: 2 mar 2026 y 16 mar 2026"):
        assert expected in spanish, expected
    assert any(t.startswith(unbroken_scores("2 mar 2026 · dolor 7 → 2 · 2 regiones · "
                                            "corregida 2 veces")) for t in spanish)
    assert any(t.startswith("Desaparecido (1): ") for t in spanish)
    assert any(t.startswith("Del 2 mar 2026 al 16 mar 2026: qué cambió") for t in spanish)


def test_clients_chart_without_visits_says_so_in_spanish(
        qtbot: QtBot, dataset: Dataset, tmp_path: Path,
        in_language: Callable[[str], None]) -> None:
    in_language("es")
    window = _window(qtbot, dataset, tmp_path, "es")
    assert window.actions_.clients is not None
    window.actions_.clients.trigger()
    panel = window.client_panel
    assert panel is not None and panel.chart.showing_empty_state
    assert panel.chart.empty.text().startswith("Todavía no hay visitas.")
    assert panel.client_box.itemText(0) == "— elige un cliente —"
