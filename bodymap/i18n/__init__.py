"""The user-interface languages bodymap ships, and the translation hooks of the layers that
never import Qt (``Translate``, ``untranslated``, ``QT_TRANSLATE_NOOP``).

The folder holds the compiled Qt catalogues ``bodymap_<lang>.qm`` (built from
``translations/bodymap_<lang>.ts`` by ``make tr-release``); the command line checks
``--lang`` against them before Qt starts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bodymap.resources import package_dir

SOURCE_LANGUAGE = "en"
# Each language is named in itself, so a user who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "de": "Deutsch", "fr": "Français"}


#: Looks up the translation of ``text`` in ``context`` (the GUI passes
#: ``QCoreApplication.translate``). The Qt-free layers (scene, session, report texts) take one
#: so that they can speak the user's language without importing Qt.
Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    """The Translate of the source language: every text as written (English)."""
    del context
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark a literal for translation where it is defined (a table, a constant) and return it
    unchanged; it is translated where it is shown, with ``translate(context, text)``.
    ``pyside6-lupdate`` collects every call of this name into the catalogue."""
    del context
    return text


class UnknownLanguageError(ValueError):
    """A language was asked for that bodymap has no translation for."""


def catalogue_dir() -> Path:
    """This package's own folder (the .qm files sit beside this module, installed or not)."""
    return package_dir() / "i18n"


def available_languages() -> list[str]:
    """English plus every language with a compiled catalogue, by code."""
    shipped = sorted(p.stem.removeprefix("bodymap_")
                     for p in catalogue_dir().glob("bodymap_*.qm"))
    return [SOURCE_LANGUAGE, *(code for code in shipped if code != SOURCE_LANGUAGE)]


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def normalise(code: str) -> str:
    """'es_ES.UTF-8', 'es-MX' or 'ES' -> 'es'."""
    return code.split(".")[0].replace("-", "_").split("_")[0].lower()


def check_language(requested: str) -> str:
    """The code of an available language, or UnknownLanguageError naming the choices."""
    code = normalise(requested)
    available = available_languages()
    if code not in available:
        raise UnknownLanguageError(
            f"no translation for language {requested!r}; available: "
            + ", ".join(f"{c} ({language_name(c)})" for c in available))
    return code
