"""A scroll bar that repaints only when what it draws changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QWidget

from bodymap.gui.overriding import override

#: what a scroll bar's picture depends on, besides its size and palette (which repaint it
#: anyway): where the handle is drawn, in pixels, and the state the style draws it in
_Look = tuple[tuple[int, int, int, int], bool, bool, bool, int, int]


class SteadyScrollBar(QScrollBar):
    """QScrollBar repaints itself whenever its range changes, even when the handle stays on
    the same pixels. The muscle card's bar does on almost every click: a new headline
    changes the card's height by a line or two out of thousands of pixels, and the handle,
    already at its shortest, does not move. Repainting it (Fusion draws gradients) cost
    about 0.55 ms a click. This bar skips the repaint when the handle's rectangle and the
    drawn state are those of its last paint."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._drawn: _Look | None = None

    def _look(self) -> _Look:
        # named here, not at import: PySide6 builds QStyle's many enums (6 ms) when it is
        # first named, and the window's first paint has no bar to draw
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                             QStyle.SubControl.SC_ScrollBarSlider, self)
        return ((handle.x(), handle.y(), handle.width(), handle.height()),
                option.minimum == option.maximum,
                option.sliderPosition <= option.minimum,
                option.sliderPosition >= option.maximum,
                option.state.value, option.activeSubControls.value)

    @override
    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if self._drawn is not None and self.isVisible() and self._look() == self._drawn:
            return  # the same picture: nothing to repaint
        super().sliderChange(change)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self._drawn = self._look()
        super().paintEvent(event)
