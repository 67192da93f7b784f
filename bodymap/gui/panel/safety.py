"""Red flags: a symptom checklist; ticking one raises advice to see a clinician."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from bodymap.session.session import Session
from bodymap.session.view_model import ViewModel


class SafetyPage(QScrollArea):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel("Tick anything that applies. These symptoms need a clinician, "
                       "not self-treatment.")
        intro.setWordWrap(True)
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for flag in session.dataset.safety.checklist:
            box = QCheckBox(flag.question)
            box.setToolTip(flag.question)  # QCheckBox text does not wrap
            box.toggled.connect(self._on_toggled)
            self.boxes[flag.id] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(inner)

    def refresh(self, vm: ViewModel) -> None:
        for fid, box in self.boxes.items():
            want = fid in vm.ticked
            if box.isChecked() != want:
                box.blockSignals(True)
                box.setChecked(want)
                box.blockSignals(False)

    def _on_toggled(self) -> None:
        self._session.set_red_flags(k for k, box in self.boxes.items() if box.isChecked())
