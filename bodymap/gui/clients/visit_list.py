"""The client's visits as a list: each row says the date, the pain scores, the painful
regions, the points treated and the notes, and the list sorts by date or pain."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem

from bodymap.domain.knowledge import KnowledgeBase
from bodymap.gui.clients.common import (
    ROLE_ID,
    counted,
    day_text,
    plain_tooltip,
    point_label,
    score_text,
    unbroken_scores,
)
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.store import Visit

NOTES_SHOWN = 240  # characters of notes in a row; the tooltip holds them all


class VisitOrder(Enum):
    """The sort choices; each value is the English name, shown translated (context
    "Clients")."""

    NEWEST = QT_TRANSLATE_NOOP("Clients", "Newest first")
    OLDEST = QT_TRANSLATE_NOOP("Clients", "Oldest first")
    PAIN_BEFORE = QT_TRANSLATE_NOOP("Clients", "Pain before, highest first")
    PAIN_AFTER = QT_TRANSLATE_NOOP("Clients", "Pain after, highest first")
    RELIEF = QT_TRANSLATE_NOOP("Clients", "Most relief first (before − after)")


def sort_visits(visits: Sequence[Visit], order: VisitOrder) -> list[Visit]:
    """The visits in ``order``; a visit without the score sorted by goes last, and ties
    go newest first."""
    newest = sorted(visits, key=lambda v: (v.date, v.id), reverse=True)
    if order is VisitOrder.NEWEST:
        return newest
    if order is VisitOrder.OLDEST:
        return newest[::-1]

    def score(v: Visit) -> int | None:
        if order is VisitOrder.PAIN_BEFORE:
            return v.pain_before
        if order is VisitOrder.PAIN_AFTER:
            return v.pain_after
        if v.pain_before is None or v.pain_after is None:
            return None
        return v.pain_before - v.pain_after

    # stable sort: within equal scores the newest-first order stays
    return sorted(newest, key=lambda v: (score(v) is None, -(score(v) or 0)))


def visit_text(visit: Visit, knowledge: KnowledgeBase, edits: int = 0) -> str:
    regions = counted(len(visit.drawing), QCoreApplication.translate("Clients", "{n} region"),
                      QCoreApplication.translate("Clients", "{n} regions"))
    head = unbroken_scores(QCoreApplication.translate(
        "Clients", "{day} · pain {before} → {after} · {regions}").format(
            day=day_text(visit.date), before=score_text(visit.pain_before),
            after=score_text(visit.pain_after), regions=regions))
    if edits:
        head += counted(edits, QCoreApplication.translate("Clients", " · edited {n} time"),
                        QCoreApplication.translate("Clients", " · edited {n} times"))
    lines = [head]
    if visit.treated:
        lines.append(QCoreApplication.translate("Clients", "Treated: {points}").format(
            points="; ".join(point_label(knowledge, p) for p in visit.treated)))
    notes = " ".join(visit.notes.split())
    if notes:
        shown = notes if len(notes) <= NOTES_SHOWN else notes[:NOTES_SHOWN].rstrip() + "…"
        lines.append(QCoreApplication.translate("Clients", "Notes: {notes}").format(
            notes=shown))
    return "\n".join(lines)


class VisitList(QListWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("Clients", "Visits"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap as the dock resizes
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        # rows differ in height, so each is measured: a client with thousands of visits
        # (imported) is laid out in batches between events instead of freezing the window
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # several lines per visit: a rule and some air between visits tell them apart
        # (a style sheet for items replaces the native selection look: say it again, or
        # a selected row became pale text on pale grey once the list lost focus)
        self.setStyleSheet(
            "QListWidget::item { padding: 4px 2px; border-bottom: 1px solid palette(mid); }"
            "QListWidget::item:selected { background: palette(highlight); "
            "color: palette(highlighted-text); }")

    def show_visits(self, visits: Sequence[Visit], knowledge: KnowledgeBase,
                    edits: Mapping[int, int], order: VisitOrder) -> None:
        """Fill the list, keeping the selected visits selected."""
        selected = set(self.selected_ids())
        self.setUpdatesEnabled(False)  # one layout for the whole list, not one per row
        try:
            self.clear()
            for v in sort_visits(visits, order):
                item = QListWidgetItem(visit_text(v, knowledge, edits.get(v.id, 0)))
                item.setData(ROLE_ID, v.id)
                item.setToolTip(plain_tooltip(v.notes))
                self.addItem(item)
                if v.id in selected:  # (each call updates the selection: only where needed)
                    item.setSelected(True)
        finally:
            self.setUpdatesEnabled(True)

    def selected_ids(self) -> list[int]:
        return [int(i.data(ROLE_ID)) for i in self.selectedItems()]

    def shown_ids(self) -> list[int]:
        """The visits' ids in the order shown."""
        out: list[int] = []
        for i in range(self.count()):
            item = self.item(i)
            if item is not None:
                out.append(int(item.data(ROLE_ID)))
        return out
