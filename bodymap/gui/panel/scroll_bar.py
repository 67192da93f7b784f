"""A scroll bar that repaints only when what it draws changes, and keeps what it drew."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QWidget

from bodymap.gui.overriding import override

#: what a scroll bar's picture depends on, besides its size and palette (which repaint it
#: anyway): where the handle is drawn, in pixels, and the state the style draws it in
_Look = tuple[tuple[int, int, int, int], bool, bool, bool, int, int]
#: a kept picture's key: the look, the size, the palette, the pixel ratio, the style
_PictureKey = tuple[_Look, int, int, int, float, str]

#: pictures kept per bar: a new card's length changes the handle's, and a few dozen lengths
#: and places cover most cards (a card's bar: 14 x 275 pixels, 15 kB each)
PICTURES_KEPT = 32


class SteadyScrollBar(QScrollBar):
    """QScrollBar repaints itself whenever its range changes, even when the handle stays on
    the same pixels. The muscle card's bar does on almost every click: a new headline
    changes the card's height by a line or two out of thousands of pixels, and the handle,
    already at its shortest, does not move. This bar skips the repaint when the handle's
    rectangle and the drawn state are those of its last paint.

    When it does repaint, Fusion's gradients cost about 0.45 ms for the card's bar (0.23 for
    the list's), on every click that brings a new card. The bar's picture depends only on
    its look, size, palette and style, and the same few handle lengths and places come back:
    pictures are kept by those (while the pointer is away from the bar: hovered or pressed
    parts are drawn by QScrollBar itself, from state it does not expose)."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._drawn: _Look | None = None
        self._pictures: OrderedDict[_PictureKey, QPixmap] = OrderedDict()

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
        look = self._look()
        self._drawn = look
        if self.underMouse() or self.isSliderDown() or \
                QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            super().paintEvent(event)  # hover and press highlights: QScrollBar's own state
            return
        ratio = self.devicePixelRatioF()
        key = (look, self.width(), self.height(), self.palette().cacheKey(), ratio,
               self.style().name())
        picture = self._pictures.get(key)
        if picture is None:
            picture = self._picture(ratio)
            self._pictures[key] = picture
            if len(self._pictures) > PICTURES_KEPT:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        painter.end()

    def _picture(self, ratio: float) -> QPixmap:
        """The bar as QScrollBar.paintEvent draws it with nothing hovered or pressed."""
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        picture = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All
        painter = QPainter(picture)
        self.style().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter,
                                        self)
        painter.end()
        return picture
