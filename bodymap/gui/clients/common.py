"""Small helpers the clients dock's widgets share: item roles and how records read.

Every text of the dock is translated in the context "Clients" (with
``QCoreApplication.translate``, since several classes share the texts and a base class's
``self.tr`` would look them up under its subclass's name)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from bodymap.domain.knowledge import KnowledgeBase
from bodymap.domain.regions import Side
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.report.markup import escape

ROLE_ID = Qt.ItemDataRole.UserRole
NO_SCORE = -1  # a pain spin box at this value means "not recorded"


#: month abbreviations as dates read in the dock ("3 Nov 2026")
MONTHS_SHORT = (
    QT_TRANSLATE_NOOP("Clients", "Jan"), QT_TRANSLATE_NOOP("Clients", "Feb"),
    QT_TRANSLATE_NOOP("Clients", "Mar"), QT_TRANSLATE_NOOP("Clients", "Apr"),
    QT_TRANSLATE_NOOP("Clients", "May"), QT_TRANSLATE_NOOP("Clients", "Jun"),
    QT_TRANSLATE_NOOP("Clients", "Jul"), QT_TRANSLATE_NOOP("Clients", "Aug"),
    QT_TRANSLATE_NOOP("Clients", "Sep"), QT_TRANSLATE_NOOP("Clients", "Oct"),
    QT_TRANSLATE_NOOP("Clients", "Nov"), QT_TRANSLATE_NOOP("Clients", "Dec"),
)


def month_text(day: dt.date) -> str:
    """The month's abbreviation in the user's language ("Nov", "nov")."""
    return QCoreApplication.translate("Clients", MONTHS_SHORT[day.month - 1])


def day_text(day: dt.date) -> str:
    """"3 Nov 2026": how a visit's date reads everywhere in the dock."""
    return QCoreApplication.translate("Clients", "{day} {month} {year}").format(
        day=day.day, month=month_text(day), year=day.year)


def score_text(value: int | None) -> str:
    return "–" if value is None else str(value)


def unbroken_scores(text: str) -> str:
    """A change of score ("7 → 4", "– → 3") is one figure: a wrapped line never breaks
    around its arrow. No-break spaces hold the arrow to the score after it; before it, a
    no-break space alone is not enough, as Unicode's line breaking allows a break after a
    dash (the missing score, "–") whatever follows, so a word joiner holds that side."""
    return text.replace(" → ", "\u2060\u00a0→\u00a0")


def muscle_search_box(find: Callable[[str], None]) -> QLineEdit:
    """The box that finds any muscle by name, alias or misspelling (the visit dialog's
    treated points, the handout's muscles); ``find`` is given its text as it changes."""
    box = QLineEdit()
    box.setPlaceholderText(QCoreApplication.translate(
        "Clients", "Find any muscle (name or abbreviation: QL, SCM…)"))
    box.setAccessibleName(QCoreApplication.translate("Clients", "Find a muscle"))
    box.setClearButtonEnabled(True)
    box.textChanged.connect(find)
    return box


def no_muscle_text(query: str) -> str:
    """What a muscle search box says when ``query`` finds no muscle."""
    return QCoreApplication.translate(
        "Clients", "No muscle matches “{query}”. Try part of its name, or an abbreviation "
        "such as QL or SCM.").format(query=query.strip())


def plural(n: int, word: str) -> str:
    """English only (kept for callers outside the dock); the dock uses :func:`counted`."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated templates with ``{n}``) filled with ``n``: the
    caller translates both forms, so each language words its own singular and plural."""
    return (one if n == 1 else many).format(n=n)


def painful_regions_text(n: int) -> str:
    return counted(n, QCoreApplication.translate("Clients", "{n} painful region"),
                   QCoreApplication.translate("Clients", "{n} painful regions"))


def point_label(knowledge: KnowledgeBase, point_id: str) -> str:
    """"Trapezius — Upper trapezius, front edge (TP1), left" for a known trigger point; the
    id itself for one the knowledge base no longer has (an old record stays readable)."""
    tp = knowledge.trigger_points.get(point_id)
    if tp is None:
        return point_id
    template = (QCoreApplication.translate("Clients", "{muscle} — {point}, left")
                if tp.side is Side.LEFT else
                QCoreApplication.translate("Clients", "{muscle} — {point}, right"))
    return template.format(muscle=knowledge.muscles[tp.muscle].name, point=tp.name)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed: Qt guesses whether a tooltip is markup, so
    the text is escaped inside a paragraph that is markup for certain."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"
