"""Our compiled catalogue as a plain ``Translate``, for the command line.

Only QtCore is loaded (no QApplication, no display, no GL libraries), and only when a
language other than English is asked for, so ``bodymap query`` in English stays Qt-free.
The Qt-free layers never import this module: they receive the function it returns.
"""

from __future__ import annotations

from bodymap.i18n import SOURCE_LANGUAGE, Translate, catalogue_dir, untranslated


def catalogue_translate(language: str) -> Translate:
    """The translations of ``language`` (an available code, see ``check_language``) from
    ``bodymap_<language>.qm``; a text the catalogue lacks stays English, as in the window.
    FileNotFoundError when the catalogue cannot be loaded."""
    if language == SOURCE_LANGUAGE:
        return untranslated
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    folder = catalogue_dir()
    if not translator.load(f"bodymap_{language}", str(folder)):
        raise FileNotFoundError(f"cannot load bodymap_{language}.qm from {folder}")

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    # the translator must live as long as the function: the closure keeps it
    return translate
