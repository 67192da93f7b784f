"""Red flags: a symptom checklist; ticking one raises advice to see a clinician."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bodymap.gui.overriding import override
from bodymap.session.session import Session
from bodymap.session.view_model import ViewModel


class _QuestionLabel(QLabel):
    """The question beside its box, wrapped to the panel's width; a click ticks the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
        super().mouseReleaseEvent(event)


class SafetyPage(QScrollArea):
    """The checklist, built when the page is first shown (or its boxes first asked for): the
    first screen shows the Explore page, and two dozen wrapped questions cost about 4 ms
    before the window could paint."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._boxes: dict[str, QCheckBox] | None = None
        self._vm: ViewModel | None = None

    @property
    def boxes(self) -> dict[str, QCheckBox]:
        """The checklist's boxes by red-flag id."""
        if self._boxes is None:
            self._boxes = self._build()
            if self._vm is not None:
                self.refresh(self._vm)
        return self._boxes

    @override
    def showEvent(self, event: QShowEvent) -> None:
        _ = self.boxes
        super().showEvent(event)

    def _build(self) -> dict[str, QCheckBox]:
        inner = QWidget()
        column = QVBoxLayout(inner)
        intro = QLabel(self.tr("Tick anything that applies. These symptoms need a clinician, "
                               "not self-treatment."))
        intro.setWordWrap(True)
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        column.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        boxes: dict[str, QCheckBox] = {}
        for row, flag in enumerate(self._session.dataset.safety.checklist):
            box = QCheckBox()
            box.setAccessibleName(flag.question)
            box.setToolTip(flag.question)
            box.toggled.connect(self._on_toggled)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_QuestionLabel(flag.question, box), row, 1)
            boxes[flag.id] = box
        column.addLayout(grid)
        column.addStretch(1)
        self.setWidget(inner)
        return boxes

    def refresh(self, vm: ViewModel) -> None:
        self._vm = vm
        if self._boxes is None:
            return  # built later, with the ticks of the view model then
        for fid, box in self._boxes.items():
            want = fid in vm.ticked
            if box.isChecked() != want:
                box.blockSignals(True)
                box.setChecked(want)
                box.blockSignals(False)

    def _on_toggled(self) -> None:
        self._session.set_red_flags(k for k, box in self.boxes.items() if box.isChecked())
