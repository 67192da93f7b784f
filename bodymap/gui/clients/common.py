"""Small helpers the clients dock's widgets share: item roles and how records read."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt

from bodymap.domain.knowledge import KnowledgeBase

ROLE_ID = Qt.ItemDataRole.UserRole
NO_SCORE = -1  # a pain spin box at this value means "not recorded"


def day_text(day: dt.date) -> str:
    """"3 Nov 2026": how a visit's date reads everywhere in the dock."""
    return f"{day.day} {day:%b %Y}"


def score_text(value: int | None) -> str:
    return "–" if value is None else str(value)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def point_label(knowledge: KnowledgeBase, point_id: str) -> str:
    """"Trapezius — Upper trapezius, front edge (TP1), left" for a known trigger point; the
    id itself for one the knowledge base no longer has (an old record stays readable)."""
    tp = knowledge.trigger_points.get(point_id)
    if tp is None:
        return point_id
    return f"{knowledge.muscles[tp.muscle].name} — {tp.name}, {tp.side.value}"


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed: Qt guesses whether a tooltip is markup, so
    the text is escaped inside a paragraph that is markup for certain."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
