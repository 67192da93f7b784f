"""Record a visit, or correct a saved one: date, pain before/after, points treated, notes.

A new visit saves the drawing on the map. A saved visit keeps its own drawing unless the
therapist ticks "replace"; the store keeps the version an edit replaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import KnowledgeBase
from bodymap.gui.clients.common import (
    NO_SCORE,
    counted,
    day_text,
    painful_regions_text,
    score_text,
    unbroken_scores,
)
from bodymap.gui.clients.point_picker import TreatedPointsPicker
from bodymap.store import Visit, VisitDraft, VisitRevision

DIALOG_SIZE = (560, 660)  # fits a 1280x720 screen with the window's title bar


class VisitDialog(QDialog):
    def __init__(self, knowledge: KnowledgeBase, drawing: PainDrawing, offered: Sequence[str],
                 parent: QWidget | None = None, visit: Visit | None = None,
                 history: Sequence[VisitRevision] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Clients", "Edit visit") if visit
                            else QCoreApplication.translate("Clients", "Save visit"))
        self._map_drawing = drawing
        self._visit = visit
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        # month names come from QLocale, which the language choice sets
        self.date.setDisplayFormat("d MMM yyyy")
        self.pain_before = _score_box(
            QCoreApplication.translate("Clients", "Pain before the treatment, 0-10"))
        self.pain_after = _score_box(
            QCoreApplication.translate("Clients", "Pain after the treatment, 0-10"))
        self.picker = TreatedPointsPicker(knowledge, offered,
                                          visit.treated if visit is not None else ())
        #: the ticked rows are what is saved (the picker's list)
        self.treated = self.picker.chosen
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(QCoreApplication.translate("Clients",
            "What you found and did; advice given"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        self.replace_drawing = QCheckBox()
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)  # notes are quoted as typed
        self.history.setWordWrap(True)
        if visit is not None:
            self._fill(visit, history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)
        self.resize(*DIALOG_SIZE)

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        scores = QHBoxLayout()
        for text, widget in ((QCoreApplication.translate("Clients", "Date"), self.date),
                             (QCoreApplication.translate("Clients", "Pain before"),
                              self.pain_before),
                             #: the second of "Pain before [ ] after [ ]"
                             (QCoreApplication.translate("Clients", "after"), self.pain_after)):
            label = QLabel(text)
            label.setBuddy(widget)
            scores.addWidget(label)
            scores.addWidget(widget)
        scores.addStretch(1)
        form = QFormLayout()
        # labels above their fields: the points' names ("Multifidi and rotatores
        # (thoracolumbar) — Upper lumbar points (L1-L2), left") need the dialog's whole width
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(QCoreApplication.translate("Clients", "Trigger points treated"), self.picker)
        form.addRow(QCoreApplication.translate("Clients", "Notes"), self.notes)
        column = QVBoxLayout(self)
        column.addWidget(self._drawing_line())
        if self._visit is not None:
            column.addWidget(self.replace_drawing)
            if self.history.text():
                column.addWidget(self.history)
        else:
            self.replace_drawing.hide()
        column.addLayout(scores)
        column.addLayout(form, 1)
        column.addWidget(buttons)

    def _drawing_line(self) -> QLabel:
        n = len(self._map_drawing)
        if self._visit is None:
            text = QCoreApplication.translate(
                "Clients", "The drawing on the map ({regions}) is saved with the visit.").format(
                    regions=painful_regions_text(n))
        else:
            text = QCoreApplication.translate(
                "Clients", "Visit of {day}, with its drawing of {regions}.").format(
                    day=day_text(self._visit.date),
                    regions=painful_regions_text(len(self._visit.drawing)))
            self.replace_drawing.setText(counted(
                n, QCoreApplication.translate(
                    "Clients", "Replace its drawing with the one on the map now ({n} region)"),
                QCoreApplication.translate(
                    "Clients", "Replace its drawing with the one on the map now ({n} regions)")))
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _fill(self, visit: Visit, history: Sequence[VisitRevision]) -> None:
        self.date.setDate(QDate(visit.date.year, visit.date.month, visit.date.day))
        self.pain_before.setValue(NO_SCORE if visit.pain_before is None else visit.pain_before)
        self.pain_after.setValue(NO_SCORE if visit.pain_after is None else visit.pain_after)
        self.notes.setPlainText(visit.notes)
        if history:
            lines = [counted(len(history),
                             QCoreApplication.translate(
                                 "Clients", "Edited {n} time; earlier versions are kept:"),
                             QCoreApplication.translate(
                                 "Clients", "Edited {n} times; earlier versions are kept:"))]
            for rev in history[-3:]:
                old = rev.visit
                replaced = rev.replaced_at.astimezone()
                when = f"{day_text(replaced.date())} {replaced:%H:%M}"
                notes = old.notes.replace("\n", " ")
                points = counted(len(old.treated),
                                 QCoreApplication.translate("Clients", "{n} point treated"),
                                 QCoreApplication.translate("Clients", "{n} points treated"))
                line = unbroken_scores(QCoreApplication.translate(
                    "Clients", "• until {when}: pain {before} → {after}, {points}").format(
                        when=when, before=score_text(old.pain_before),
                        after=score_text(old.pain_after), points=points))
                if notes:
                    line += QCoreApplication.translate("Clients", ", notes: {notes}").format(
                        notes=notes[:90])
                lines.append(line)
            self.history.setText("\n".join(lines))

    def draft(self) -> VisitDraft:
        """What the dialog says now, as a visit to save."""
        def score(box: QSpinBox) -> int | None:
            return None if box.value() == NO_SCORE else box.value()

        if self._visit is not None and not self.replace_drawing.isChecked():
            drawing = self._visit.pain_drawing()
        else:
            drawing = self._map_drawing
        q = self.date.date()
        return VisitDraft(date=dt.date(q.year(), q.month(), q.day()), drawing=drawing.as_dict(),
                          qualities=dict(drawing.qualities), pain_before=score(self.pain_before),
                          pain_after=score(self.pain_after), treated=self.picker.treated(),
                          notes=self.notes.toPlainText())


def _score_box(description: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NO_SCORE, 10)
    box.setSpecialValueText(QCoreApplication.translate("Clients", "not recorded"))
    box.setValue(NO_SCORE)
    box.setAccessibleName(description)
    return box
