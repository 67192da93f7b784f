"""Presentation mode: the window turned toward a client.

Everything private (the client list, visit notes, the side panel) and all chrome is hidden;
the pattern and the pain are framed large with the muscle's name at a fixed readable size;
arrow keys step through candidates; Esc restores the layout exactly as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bodymap.gui.overriding import override
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import presentation_layout
from bodymap.session.view_model import ViewModel

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from bodymap.gui.main_window import MainWindow


class PresentationTitle(QWidget):
    """The muscle's name and the point in words, above the figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.title = QLabel()
        self.detail = QLabel()
        for label in (self.title, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        # the large type is set when the title is first shown (presentation mode), not
        # when the window is built: a QFont would have PySide make its class (1.6 ms) before
        # the first paint, which shows no title
        if not self._sized:
            self._sized = True
            for label, size, bold in ((self.title, 28, True), (self.detail, 16, False)):
                font = label.font()
                font.setPointSize(size)
                font.setBold(bold)
                label.setFont(font)
        super().showEvent(event)

    def refresh(self, vm: ViewModel) -> None:
        self.title.setText(vm.presentation_title)
        self.detail.setText(vm.presentation_detail)
        self.detail.setVisible(bool(vm.presentation_detail))


#: the keys of presentation mode: step to the next or previous candidate, leave
PRESENTATION_KEYS: dict[str, tuple[Qt.Key, ...]] = {
    "next": (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown),
    "previous": (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp),
    "leave": (Qt.Key.Key_Escape,),
}


class Presentation:
    def __init__(self, window: MainWindow) -> None:
        self._w = window
        self.title = PresentationTitle()
        self.title.hide()
        self._saved_state: QByteArray | None = None
        self._saved_layout: Layout | None = None
        self._was_maximized = False
        self._was_full = False
        # the keys that step through candidates and leave, active only while presenting
        self._keys: list[QAction] = []
        for step in (1, -1):  # next, previous
            act = QAction(window)
            act.triggered.connect(lambda _=False, d=step: window.session.step(d))
            self._keys.append(act)
        leave = QAction(window)
        leave.triggered.connect(lambda: self.set_on(False))
        self._keys.append(leave)
        for act in self._keys:
            act.setEnabled(False)
            window.addAction(act)
        self._keys_set = False

    def set_shortcuts(self) -> None:
        """Give the presentation's actions their keys; once. Called right after the
        window's first paint, and by ``set_on`` should that not have come: PySide makes its
        QKeySequence class (0.7 ms) when Python first names it, and the first screen has no
        use for these keys."""
        if self._keys_set:
            return
        self._keys_set = True
        from PySide6.QtGui import QKeySequence

        for act, name in zip(self._keys, ("next", "previous", "leave"), strict=True):
            act.setShortcuts([QKeySequence(k) for k in PRESENTATION_KEYS[name]])

    @property
    def on(self) -> bool:
        return self._w.session.view_model.presenting

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        w = self._w
        if on:
            self.set_shortcuts()
            # saveState covers every dock and toolbar, so leaving restores them as they were
            self._saved_state = w.saveState()
            self._saved_layout = w.session.view_model.layout
            self._was_maximized, self._was_full = w.isMaximized(), w.isFullScreen()
            for dock in w.docks():
                dock.hide()
        w.panel.setVisible(not on)
        w.menuBar().setVisible(not on)
        w.statusBar().setVisible(not on)
        for bar in w.toolbars():
            bar.setVisible(not on)
        for act in self._keys:
            act.setEnabled(on)
        self.title.setVisible(on)
        w.session.set_presenting(on)
        if on:
            w.showFullScreen()
        else:
            if self._saved_state is not None:
                w.restoreState(self._saved_state)
            if self._saved_layout is not None:
                w.session.set_layout(self._saved_layout)
                self._saved_layout = None
            if self._was_full:
                w.showFullScreen()
            elif self._was_maximized:
                w.showMaximized()
            else:
                w.showNormal()
        policy = (Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on
                  else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        w.body_map.setHorizontalScrollBarPolicy(policy)
        w.body_map.setVerticalScrollBarPolicy(policy)
        self.frame()

    def frame(self) -> None:
        if self.on:
            self._choose_layout(self._w.session.view_model)
            self._w.body_map.zoom_to_pattern(everything=True)
        else:
            self._w.body_map.fit()

    def _choose_layout(self, vm: ViewModel) -> None:
        """The layout showing the most of the client's pain and the pattern (a close-up of
        the head, hands or feet when they lie there; the layout the therapist had when it
        shows as much as any other pair of figures)."""
        pattern: set[str] = set()
        if vm.pattern is not None:
            pattern = set(vm.pattern.essential | vm.pattern.spillover) | \
                {tp.region for tp in vm.pattern.points}
        wanted = presentation_layout(self._w.session.atlas, vm.drawing, pattern,
                                     self._saved_layout or vm.layout)
        if wanted is not vm.layout:
            self._w.session.set_layout(wanted)

    def refresh(self, vm: ViewModel, pattern_changed: bool) -> None:
        self.title.refresh(vm)
        if vm.presenting and pattern_changed:
            self._choose_layout(vm)
            self._w.body_map.zoom_to_pattern(everything=True)
