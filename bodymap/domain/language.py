"""Which language a ``Translate`` speaks (the code its catalogue gives itself).

Apart from bodymap.domain.place_names, which re-exports both names, so that a start in the
source language (English), which translates no place name, need not import that module."""

from __future__ import annotations

from bodymap.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, Translate

# The catalogue of each language translates this to its own code ("es"), so that code which
# only holds a Translate (the session, the handout) knows which place names to use.
#: not a text to show: write the code of this catalogue's language (es, de, fr...)
LANGUAGE_CODE = QT_TRANSLATE_NOOP("Language", "en")


def language_of(translate: Translate) -> str:
    """The language a Translate speaks, as its catalogue names itself ('en' without one)."""
    return translate("Language", LANGUAGE_CODE).strip() or SOURCE_LANGUAGE
