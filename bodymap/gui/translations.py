"""The user interface language: which one, and the Qt translators that provide it.

The language is chosen, first match wins, by ``--lang``, by the saved setting (Help ->
Language), or by the system locale; English, the source language, is the fallback. Two
catalogues are loaded for it: Qt's own (the texts of standard buttons and dialogs, shipped
inside PySide6) and ours (``bodymap/i18n/bodymap_<lang>.qm``, compiled from
``translations/bodymap_<lang>.ts`` by ``make tr-release``).

A change of language takes effect at the next start: the window builds its texts once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from bodymap.domain.records import record
from bodymap.i18n import (
    SOURCE_LANGUAGE,
    UnknownLanguageError,
    available_languages,
    catalogue_dir,
    check_language,
    language_name,
    normalise,
)
from bodymap.logs import log

if TYPE_CHECKING:
    # made by PySide when first named: translators are made only for a language other
    # than English
    from PySide6.QtCore import QTranslator

__all__ = ["SOURCE_LANGUAGE", "UnknownLanguageError", "add_language_menu", "choose_language",
           "install_translators", "untranslated_texts", "visible_texts"]

SETTING_KEY = "ui/language"


def choose_language(requested: str | None, settings: QSettings | None,
                    system: str | None = None) -> str:
    """The language to use. ``requested`` (from ``--lang``) must be available, else
    UnknownLanguageError names the choices; a saved or system language that is not available
    falls back to English without complaint (the user did not ask for it here)."""
    if requested:
        return check_language(requested)
    available = available_languages()
    saved = settings.value(SETTING_KEY, "") if settings is not None else ""
    if isinstance(saved, str) and saved and normalise(saved) in available:
        return normalise(saved)
    system_code = normalise(system if system is not None else QLocale.system().name())
    return system_code if system_code in available else SOURCE_LANGUAGE


@record  # (a plain @dataclass compiled its methods at import: 0.4 ms of the start)
class InstalledTranslators:
    language: str
    translators: tuple[QTranslator, ...]


_installed: InstalledTranslators | None = None


def install_translators(language: str) -> InstalledTranslators:
    """Install Qt's and bodymap's catalogues for ``language`` on the running application,
    replacing any installed before. English installs none (the source texts are English)."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translators")
    if _installed is not None:
        for old in _installed.translators:
            QCoreApplication.removeTranslator(old)
    loaded: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        from PySide6.QtCore import QLibraryInfo, QTranslator  # (not for an English start)

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_dir), ("bodymap", str(catalogue_dir()))):
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", folder):
                QCoreApplication.installTranslator(translator)
                loaded.append(translator)
            else:
                log.warning("no %s translation for %s in %s", name, language, folder)
    QLocale.setDefault(QLocale(language))
    _installed = InstalledTranslators(language, tuple(loaded))
    log.info("user interface language: %s", language)
    return _installed


def add_language_menu(window: QMainWindow, settings: QSettings, current: str) -> QMenu:
    """A "Language" submenu at the end of the window's Help menu (its last menu, as desktops
    place it): one checkable entry per available language; choosing one saves it for the
    next start."""
    menu = QMenu(QCoreApplication.translate("Language", "&Language"), window)
    menu.setObjectName("menuLanguage")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code in available_languages():
        action = QAction(language_name(code), menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(_language_chooser(window, settings, code, current))
        group.addAction(action)
        menu.addAction(action)
    help_menu = _help_menu(window)
    if help_menu is None:
        window.menuBar().addMenu(menu)
    else:
        help_menu.addSeparator()
        help_menu.addMenu(menu)
    return menu


def _help_menu(window: QMainWindow) -> QMenu | None:
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    for menu in menus:
        assert isinstance(menu, QMenu)
        if menu.objectName() == "menuHelp" or menu.title().replace("&", "") == "Help":
            return menu
    last = menus[-1] if menus else None
    return last if isinstance(last, QMenu) else None


def _language_chooser(window: QWidget, settings: QSettings, code: str,
                      current: str) -> Callable[[], None]:
    def choose() -> None:
        settings.setValue(SETTING_KEY, code)
        settings.sync()
        log.info("language %s chosen for the next start", code)
        if code != current:
            from PySide6.QtWidgets import QMessageBox  # made when shown: not on the start path

            QMessageBox.information(
                window, QCoreApplication.translate("Language", "Language"),
                QCoreApplication.translate(
                    "Language", "bodymap will use {language} the next time it starts.")
                .format(language=language_name(code)))
    return choose


# ---------------------------------------------------------------- finding untranslated text
def _without_style(text: str) -> str:
    """A label's words without the style element put before some (theme.link_style)."""
    if text.startswith("<style>"):
        end = text.find("</style>")
        if end >= 0:
            return text[end + len("</style>"):]
    return text


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every user-visible text of a window, as (where, text): widget texts, titles,
    placeholders and tooltips, tab labels, combo-box items, menus and their actions
    (submenus too). Hidden widgets are skipped; menus are walked whether open or not."""
    from PySide6.QtWidgets import QGroupBox  # (the first screen has none)

    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append((where, text))

    def name(obj: QObject) -> str:
        return f"{type(obj).__name__}({obj.objectName()})" if obj.objectName() \
            else type(obj).__name__

    def walk_menu(menu: QMenu, path: str) -> None:
        add(f"{path} title", menu.title())
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk_menu(sub, f"{path} > {sub.title()}")
            else:
                add(f"{path} > action", action.text())
                if action.toolTip() != action.text().replace("&", ""):
                    add(f"{path} > tooltip", action.toolTip())

    add(f"{name(root)} window title", root.windowTitle())
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = name(widget)
        if isinstance(widget, QMenu):
            continue  # walked from the menu bar and actions below
        add(f"{where} tooltip", widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            add(where, _without_style(widget.text()))
        elif isinstance(widget, QGroupBox):
            add(where, widget.title())
        elif isinstance(widget, QLineEdit):
            add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{where} tab {i}", widget.tabText(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{where} item {i}", widget.itemText(i))
        if widget is not root and widget.isWindow():
            add(f"{where} window title", widget.windowTitle())
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and action.isVisible():
                walk_menu(menu, menu.title())
    for action in root.actions():
        if isinstance(action, QAction) and action.menu() is None:
            add(f"{name(root)} action", action.text())
    return found


def untranslated_texts(translated: QWidget, source_texts: Iterable[str],
                       allowed: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The visible texts of ``translated`` (a window built after installing a translation)
    that are still the English source: each appears in ``source_texts`` (collected from the
    same window built in English, e.g. with visible_texts) and is not in ``allowed`` (names
    that stay English: the knowledge base, language endonyms, "bodymap"). Texts without a
    letter (numbers, "…") are never reported."""
    sources = {_plain(t) for t in source_texts}
    keep = {_plain(t) for t in allowed}
    return [(where, text) for where, text in visible_texts(translated)
            if any(c.isalpha() for c in text)
            and _plain(text) in sources and _plain(text) not in keep]


def _plain(text: str) -> str:
    """Compare texts as the user reads them: without mnemonic ampersands or outer space."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
