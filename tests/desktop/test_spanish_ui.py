"""The whole window in Spanish: every text a user reads in the main window, its menus and
actions, the map's labels, presentation mode, the region menu, the dialogs and the handout is
translated.

Each check builds the same screen twice, in English and in Spanish, collects its visible
texts with ``visible_texts`` and asks ``untranslated_texts`` which Spanish texts are still the
English ones. Exempt, and listed in ``data_texts``: what comes from the data files (muscle and
region names, red-flag questions and advice), which the knowledge base keeps in English for
now (docs/knowledge-format.md), the language names (each written in itself) and "bodymap".
The Muscles tab (bodymap/gui/panel/browse.py) and the clients dock (bodymap/gui/client_panel.py)
are being rewritten elsewhere and are not part of these checks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsSimpleTextItem,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import Quality
from bodymap.domain.regions import Side
from bodymap.gui.handout_dialog import HandoutDialog
from bodymap.gui.main_window import MainWindow
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
from bodymap.store import Store

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
                if isinstance(item, QGraphicsSimpleTextItem)]

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
            "Notes from your therapist", "Main pain zone (solid red)")
    assert all(text in english for text in ours)
    assert [text for text in ours if text in spanish] == []
    for text in ("Tu plan de autocuidado de puntos gatillo", "02 de noviembre de 2026",
                 "Cuándo parar y acudir al médico", "Cómo liberarlo"):
        assert text in spanish, text
    assert escape(ql.release.find) in spanish  # the knowledge base stays English
