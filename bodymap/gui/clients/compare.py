"""Two visits side by side: what changed in words, both drawings framed alike on the part
of the body that changed, and each visit's scores, treated points and notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing_changes import describe_changes
from bodymap.domain.figures import Figure
from bodymap.gui.clients.common import (
    day_text,
    painful_regions_text,
    plain_tooltip,
    point_label,
    score_text,
    unbroken_scores,
)
from bodymap.report.map_image import render_scene_image
from bodymap.scene.framing import frame_comparison
from bodymap.scene.scene import EDGE_LABELS, build_scene
from bodymap.store import Visit

IMAGE_HEIGHT = 380  # both images and the words fit a 1280x720 screen
NOTES_SHOWN = 400   # characters of notes under each image; all of them in its tooltip


class CompareDialog(QDialog):
    def __init__(self, dataset: Dataset, first: Visit, second: Visit,
                 parent: QWidget | None = None, figure: Figure = Figure.MALE) -> None:
        """``figure``: the body figure both drawings are drawn on (the client's)."""
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate(
            "Clients", "Compare visits: {first} and {second}").format(
                first=day_text(first.date), second=day_text(second.date)))
        self._ds = dataset
        atlas = dataset.atlas_for(figure)
        # a mark this body map lacks (a visit saved with other data, or by a bodymap that
        # named the region otherwise) is neither compared ("resolved" would be a claim about
        # an area nobody can see here) nor one these views leave out: it is said apart
        known = dataset.regions
        lacking = sorted({r for visit in (first, second) for r in visit.drawing} - known.keys())
        frame = frame_comparison(atlas, *({r: v for r, v in visit.drawing.items() if r in known}
                                          for visit in (first, second)))
        lines = describe_changes(frame.changes, self._region, QCoreApplication.translate)
        if frame.hidden:
            lines.append(QCoreApplication.translate(
                "Clients", "Not drawn in these views: {regions}.").format(
                    regions=", ".join(self._region(r) for r in sorted(frame.hidden))))
        if lacking:
            lines.append(QCoreApplication.translate(
                "Clients", "This body map does not have {ids}: the saved visits keep them, "
                "but they are not drawn.").format(ids=", ".join(lacking)))
        if frame.view is not None:
            left, _ = EDGE_LABELS[frame.view]
            # the view's name and the edge label are the map's own words (context "Scene")
            lines.append(QCoreApplication.translate(
                "Clients", "Both show the same close-up of the {view} view "
                "(on your left: {left}).").format(
                    view=QCoreApplication.translate("Scene", frame.view.label).lower(),
                    left=QCoreApplication.translate("Scene", left).lower()))
        self.summary = QLabel(unbroken_scores("\n".join(lines)))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        heading = QLabel(QCoreApplication.translate(
            "Clients", "From {first} to {second}: what changed in the painful areas").format(
                first=day_text(first.date), second=day_text(second.date)))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        grid = QGridLayout()
        self.images: list[QLabel] = []
        self.details: list[QLabel] = []
        for col, visit in enumerate((first, second)):
            # the figures' labels ("Front", "Left") in the user's language
            scene = build_scene(atlas, frame.layout, visit.pain_drawing(),
                                translate=QCoreApplication.translate)
            image = QLabel()
            image.setPixmap(QPixmap.fromImage(
                render_scene_image(scene, IMAGE_HEIGHT, source=frame.source)))
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setAccessibleName(QCoreApplication.translate(
                "Clients", "Drawing of {day}").format(day=day_text(visit.date)))
            details = self._details(visit)
            grid.addWidget(image, 0, col)
            grid.addWidget(details, 1, col, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(col, 1)
            self.images.append(image)
            self.details.append(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.summary)
        column.addLayout(grid, 1)
        column.addWidget(buttons)

    def _region(self, rid: str) -> str:
        region = self._ds.regions.get(rid)
        label = region.label if region is not None else rid
        return label[:1].lower() + label[1:]

    def _details(self, visit: Visit) -> QLabel:
        kb = self._ds.knowledge
        lines = [unbroken_scores(QCoreApplication.translate(
            "Clients", "{day}: {regions}, pain {before} → {after}").format(
                day=day_text(visit.date), regions=painful_regions_text(len(visit.drawing)),
                before=score_text(visit.pain_before), after=score_text(visit.pain_after)))]
        treated = [point_label(kb, p) for p in visit.treated]
        lines.append(QCoreApplication.translate("Clients", "Treated: {points}").format(
            points="; ".join(treated) if treated
            else QCoreApplication.translate("Clients", "nothing recorded")))
        notes = visit.notes.strip()
        if notes:
            shown = notes if len(notes) <= NOTES_SHOWN else notes[:NOTES_SHOWN].rstrip() + "…"
            lines.append(QCoreApplication.translate("Clients", "Notes: {notes}").format(
                notes=shown))
        label = QLabel("\n".join(lines))
        label.setTextFormat(Qt.TextFormat.PlainText)  # notes are shown as typed
        label.setWordWrap(True)
        label.setMaximumWidth(max(IMAGE_HEIGHT, 320))
        label.setToolTip(plain_tooltip(notes))
        return label
