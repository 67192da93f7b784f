"""The translation pipeline: catalogues compiled from their sources, the language chosen by
--lang, the setting or the system, Qt's and our catalogues loaded, and a helper that finds
every visible text left in English."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bodymap.cli import main
from bodymap.domain.dataset import Dataset
from bodymap.gui.main_window import MainWindow
from bodymap.gui.translations import (
    SETTING_KEY,
    add_language_menu,
    choose_language,
    install_translators,
    untranslated_texts,
    visible_texts,
)
from bodymap.i18n import UnknownLanguageError, available_languages, catalogue_dir

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "bodymap.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    install_translators("es")
    yield
    install_translators("en")


def ts_files() -> list[Path]:
    return sorted((REPO / "translations").glob("bodymap_*.ts"))


def test_every_shipped_catalogue_is_compiled_from_a_finished_source(tmp_path: Path) -> None:
    sources = ts_files()
    assert [p.stem for p in sources] == [p.stem for p in sorted(catalogue_dir().glob("*.qm"))]
    lrelease = shutil.which("pyside6-lrelease")
    for ts in sources:
        root = ElementTree.parse(ts).getroot()
        assert root is not None
        unfinished = [m.findtext("source") for m in root.iter("message")
                      if (t := m.find("translation")) is not None
                      and t.get("type") == "unfinished"]
        assert not unfinished, f"{ts.name}: untranslated: {unfinished}"
        if lrelease is None:
            continue
        fresh = tmp_path / f"{ts.stem}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True,
                       timeout=60)
        committed = catalogue_dir() / f"{ts.stem}.qm"
        assert fresh.read_bytes() == committed.read_bytes(), \
            f"{committed.name} is stale: run `make tr-release`"


def test_spanish_is_available() -> None:
    assert available_languages() == ["en", "es"]


def test_lang_option_wins_over_the_setting_and_the_system(settings: QSettings) -> None:
    settings.setValue(SETTING_KEY, "en")
    assert choose_language("es", settings, system="de_DE") == "es"
    assert choose_language("es_MX.UTF-8", settings, system="de_DE") == "es"


def test_setting_wins_over_the_system(settings: QSettings) -> None:
    settings.setValue(SETTING_KEY, "es")
    assert choose_language(None, settings, system="en_GB") == "es"


def test_system_language_is_the_default_and_english_the_fallback(settings: QSettings) -> None:
    assert choose_language(None, settings, system="es_AR") == "es"
    assert choose_language(None, settings, system="ja_JP") == "en"
    settings.setValue(SETTING_KEY, "xx")  # a setting from a build with more languages
    assert choose_language(None, settings, system="ja_JP") == "en"


def test_unknown_requested_language_is_refused_with_the_choices(settings: QSettings) -> None:
    with pytest.raises(UnknownLanguageError, match=r"'fr'.*en \(English\), es \(Español\)"):
        choose_language("fr", settings)


def test_cli_refuses_an_unknown_language_before_qt(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "klingon"]) == 2
    assert "available: en (English), es (Español)" in capsys.readouterr().err


def test_spanish_loads_qt_and_bodymap_catalogues(spanish: None) -> None:
    translate = QCoreApplication.translate
    assert translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own
    assert translate("WindowActions", "Open &log folder") == "Abrir la carpeta de &registro"
    assert translate("Startup", "Client records") == "Registros de clientes"


def test_english_uninstalls_the_translators(qapp: object) -> None:
    install_translators("es")
    install_translators("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def _toy_window(texts: dict[str, str]) -> QMainWindow:
    """A window whose texts are the given (already translated or not) strings."""
    window = QMainWindow()
    window.setWindowTitle(texts["title"])
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QLabel(texts["label"]))
    layout.addWidget(QPushButton(texts["button"]))
    hidden = QLabel(texts["hidden"])
    layout.addWidget(hidden)
    hidden.hide()
    window.setCentralWidget(body)
    menu = window.menuBar().addMenu(texts["menu"])
    menu.addAction(QAction(texts["action"], window))
    sub = menu.addMenu(texts["submenu"])
    sub.addAction(QAction(texts["subaction"], window))
    return window


def test_helper_reports_exactly_the_texts_left_in_english(qtbot: QtBot) -> None:
    english = {"title": "Body map", "label": "Where does it hurt?", "button": "&Save",
               "hidden": "Secret", "menu": "&File", "action": "&Quit", "submenu": "&Recent",
               "subaction": "Clear list"}
    half = {**english, "title": "Mapa corporal", "button": "&Guardar", "menu": "&Archivo",
            "subaction": "Vaciar la lista", "hidden": "Secret"}
    source = _toy_window(english)
    translated = _toy_window(half)
    qtbot.addWidget(source)
    qtbot.addWidget(translated)
    source.show()
    translated.show()
    found = untranslated_texts(translated, [t for _, t in visible_texts(source)],
                               allowed=["Quit"])
    assert sorted(t for _, t in found) == ["&Recent", "Where does it hurt?"]
    # hidden widgets are not visible text; menus are walked even when closed
    assert "Secret" not in [t for _, t in visible_texts(translated)]
    assert "Vaciar la lista" in [t for _, t in visible_texts(translated)]


def test_main_window_in_spanish_shows_our_translated_texts(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, spanish: None) -> None:
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    add_language_menu(window, settings, "es")
    window.show()
    qtbot.waitExposed(window)
    texts = [t for _, t in visible_texts(window)]
    assert "Abrir la carpeta de &registro" in texts
    assert "&Idioma" in texts and "Español" in texts and "English" in texts
    assert "Open &log folder" not in texts
    window.close()


def test_choosing_a_language_saves_it_for_the_next_start(
        qtbot: QtBot, dataset: Dataset, settings: QSettings, qapp: object) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Help")
    menu = add_language_menu(window, settings, "es")
    # the language already in use: saved without a "next time" message box
    spanish_action = next(a for a in menu.actions() if a.data() == "es")
    spanish_action.trigger()
    assert settings.value(SETTING_KEY) == "es"
    assert choose_language(None, settings, system="en_US") == "es"


def test_screenshot_in_spanish_and_a_wrong_language(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "es.png"
    try:
        assert main(["--lang", "es", "screenshot", str(out), "--size", "600x400"]) == 0
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        assert capsys.readouterr().out == f"escrito: {out}\n"
    finally:
        install_translators("en")
    assert out.read_bytes().startswith(b"\x89PNG")
    wrong = tmp_path / "xx.png"
    assert main(["--lang", "xx", "screenshot", str(wrong)]) == 2
    assert "no translation for language 'xx'" in capsys.readouterr().err
    assert not wrong.exists()
