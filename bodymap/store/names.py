"""What a client's name may hold, checked the same way in the store and in the dialog.

A name is shown in the client list, window titles, handouts and exports. Characters that
are invisible or reorder the text around them let two different records look identical
("Ana" and "A<zero-width space>na") or make a name display as something else (a right-to-
left override shows the letters after it in reverse order); control characters
break the list and confuse SQLite's text functions. They are refused, with a message that
names the character, rather than silently removed: the therapist should see what was
pasted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from bodymap.store.errors import Phrase, fill

__all__ = ["MAX_NAME_LENGTH", "InvalidNameError", "check_client_name"]

MAX_NAME_LENGTH = 200

# Categories refused anywhere in a name: Cc control characters (tab, newline, escape...),
# Cf format characters (zero-width space/joiners, bidi embeddings, overrides and isolates,
# soft hyphen, byte-order mark), Zl/Zp line and paragraph separators, Cs lone surrogates.
# Unassigned code points are allowed: Python's Unicode tables may simply be older than the
# keyboard that typed a new letter or emoji.
_REFUSED_CATEGORIES = {
    "Cc": Phrase(QT_TRANSLATE_NOOP("Store", "a control character")),
    "Cf": Phrase(QT_TRANSLATE_NOOP("Store", "an invisible formatting character")),
    "Zl": Phrase(QT_TRANSLATE_NOOP("Store", "a line separator")),
    "Zp": Phrase(QT_TRANSLATE_NOOP("Store", "a paragraph separator")),
    "Cs": Phrase(QT_TRANSLATE_NOOP("Store", "a lone surrogate")),
}
# Bidi controls are Cf too; named on their own because they are the spoofing risk.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")


class InvalidNameError(ValueError):
    """A client name that cannot be stored; the message says why, for the user.

    ``template`` is English, marked for translation (context "Store"), and ``values`` fill
    it; ``message(translate)`` says it in the user's language, ``str()`` in English."""

    def __init__(self, template: str, values: Mapping[str, object] | None = None) -> None:
        self.template = template
        self.values = dict(values) if values is not None else {}
        super().__init__(self.message())

    def message(self, translate: Translate = untranslated) -> str:
        return fill(self.template, self.values, translate)


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    code = f"U+{ord(ch):04X}"
    return f"{code} {name}" if name else code


def check_client_name(name: str) -> str:
    """The name with surrounding spaces removed, or InvalidNameError saying what to fix."""
    clean = name.strip()
    if not clean:
        raise InvalidNameError(QT_TRANSLATE_NOOP("Store", "a client needs a name"))
    if len(clean) > MAX_NAME_LENGTH:
        raise InvalidNameError(QT_TRANSLATE_NOOP(
            "Store", "a client needs a name of at most {limit} characters; this one has "
                     "{length}. Put the rest in the notes."),
            {"limit": MAX_NAME_LENGTH, "length": len(clean)})
    for position, ch in enumerate(clean, start=1):
        if ch in _BIDI_CONTROLS:
            raise InvalidNameError(QT_TRANSLATE_NOOP(
                "Store", "a client needs a name without text-direction controls; this one "
                         "holds {character} at character {position}, which can make it "
                         "display as another name. Retype the name instead of pasting it."),
                {"character": _describe(ch), "position": position})
        kind = _REFUSED_CATEGORIES.get(unicodedata.category(ch))
        if kind is not None:
            raise InvalidNameError(QT_TRANSLATE_NOOP(
                "Store", "a client needs a name of one line of visible characters; this one "
                         "holds {kind} ({character}) at character {position}. Retype the "
                         "name instead of pasting it."),
                {"kind": kind, "character": _describe(ch), "position": position})
    return clean
