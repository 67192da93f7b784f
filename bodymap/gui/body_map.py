"""The interactive body map: renders the session's view model and turns events into intents.

Click toggles, drag paints (one undo step), wheel or +/- sets intensity, right-click opens
the region menu, Ctrl+wheel or pinch zooms about the pointer, dragging empty space pans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.regions import View
from bodymap.gui.ahead import AheadQueue
from bodymap.gui.map_focus import next_region, reading_order
from bodymap.gui.map_items import RegionItem
from bodymap.gui.map_render import MapRenderer
from bodymap.gui.overriding import override
from bodymap.gui.region_menu import region_menu
from bodymap.gui.viewports import own_viewport
from bodymap.report import palette
from bodymap.session.session import Session
from bodymap.session.view_model import ViewModel

if TYPE_CHECKING:
    from PySide6.QtGui import QTransform

    from bodymap.gui.map_items import FigureItem

MIN_SCALE, MAX_SCALE = 0.2, 12.0

#: Keys that set how the focused region feels (the first letter of each quality).
_QUALITY_KEYS = {
    Qt.Key.Key_A: Quality.ACHE,
    Qt.Key.Key_B: Quality.BURN,
    Qt.Key.Key_P: Quality.PINS,
    Qt.Key.Key_N: Quality.NUMB,
}


#: how long the pointer rests on a region before the drawing a press there would make is
#: ranked (ms): a pointer sweeping across the map ranks nothing, and a user who aims at a
#: region rests on it for longer than this before pressing
FORESEE_MS = 25


class BodyMapView(QGraphicsView):
    """Shows the figures of the session's layout, its drawing and its selected pattern."""

    region_menu_shown = Signal(object)  # the QMenu a long press opened

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._scene = QGraphicsScene(self)  # owned by the view: a dropped scene is deleted
        # No BSP index: a click that brings a new pattern removes and adds a dozen items, and
        # keeping the tree in step cost more than it saves; a linear pass over the map's
        # ~300 items per repaint or hit test is a few microseconds
        self._scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(palette.solid(Qt.GlobalColor.white))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        viewport = own_viewport(self)
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        viewport.grabGesture(Qt.GestureType.TapAndHoldGesture)
        self.setAccessibleName(self.tr("Body map"))
        # a visible focus ring on the map itself (the focused region has its own)
        self.setStyleSheet("BodyMapView { border: 2px solid transparent; }"
                           "BodyMapView:focus { border: 2px solid palette(highlight); }")
        self.setAccessibleDescription(self.tr(
            "Click or press Space to mark a painful region; arrow keys move between regions; "
            "plus and minus change the pain intensity; A, B, P and N set how it feels (aching, "
            "burning, pins and needles, numbness)."
        ))
        self._render = MapRenderer(self._scene, session.dataset)
        # once the pointer has rested on a region for FORESEE_MS, the session ranks the
        # drawing a press there would make (Session.foresee)
        self._foresee_timer = QTimer(self)
        self._foresee_timer.setSingleShot(True)
        self._foresee_timer.setInterval(FORESEE_MS)
        self._foresee_timer.timeout.connect(self._foresee)
        self._foresee_for: tuple[str, PainDrawing] | None = None
        #: where the pointer last moved on the viewport, with the view's transform, the
        #: figures drawn then and the region found there (_region_under)
        self._under: tuple[QPoint, QTransform, list[FigureItem], RegionItem | None] | None = \
            None
        self._pan_from: QPoint | None = None
        self._touch_press = False
        self._auto_fit = True
        # the pattern was framed and nobody has zoomed or panned since: a resize (full
        # screen, the panel hidden, which arrive after the framing) frames it again
        self._frames_pattern = False
        # what it frames: the figure holding most of the pattern, or (presentation mode) all
        # of the pain and the pattern on every figure
        self._frames_everything = False
        session.subscribe(self.refresh)
        self.refresh(session.view_model)

    # ------------------------------------------------------------------ rendering
    def refresh(self, vm: ViewModel) -> None:
        if self._render.refresh(vm):
            self._auto_fit = True
            self._frames_pattern = False
            self.fit()
        self._announce(vm)
        if vm.hovered is not None and vm.foreseen is None and \
                (vm.hovered, vm.drawing) != self._foresee_for:
            # a region newly under the pointer, or the drawing changed under it
            self._foresee_for = (vm.hovered, vm.drawing)
            self._foresee_timer.start()

    def _foresee(self) -> None:
        rid = self._session.view_model.hovered
        if rid is not None:
            self._session.foresee(rid)

    def _announce(self, vm: ViewModel) -> None:
        rid = vm.focused
        if rid is None or rid not in self._session.dataset.regions:
            return
        label = self._session.dataset.regions[rid].label
        level = vm.drawing.get(rid)
        name = (self.tr("{region}, painful, {level} of 10").format(region=label, level=level)
                if level is not None else
                self.tr("{region}, not marked").format(region=label))
        if name != self.accessibleName():
            # imported when first used: making PySide's QAccessible type (hundreds of enum
            # members) cost 1.8 ms of the start, before any region had keyboard focus
            from PySide6.QtGui import QAccessible, QAccessibleEvent
            self.setAccessibleName(name)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.NameChanged))

    # ------------------------------------------------------------------ queries
    @property
    def ahead(self) -> AheadQueue:
        """The zones of the next candidates, united in idle time (gui/ahead.py)."""
        return self._render.ahead

    def views_shown(self) -> tuple[View, ...]:
        return self._render.views_shown()

    def region_item(self, view: View, rid: str) -> RegionItem | None:
        return self._render.region_item(view, rid)

    def region_items(self) -> list[RegionItem]:
        return self._render.region_items()

    def overlay_items(self, view: View | None = None) -> list[QGraphicsItem]:
        return self._render.overlay_items(view)

    def scene_point(self, view: View, x: float, y: float) -> QPointF:
        """Scene position of a point given in a view's SVG coordinates."""
        return self._render.scene_point(view, x, y)

    def viewport_point(self, view: View, x: float, y: float) -> QPoint:
        return self.mapFromScene(self.scene_point(view, x, y))

    def region_at(self, pos: QPoint) -> RegionItem | None:
        """The region under a viewport position (outline-exact), or None: the topmost region
        whose outline meets the pixel at ``pos``, as ``items(pos)`` finds it.

        ``items(pos)`` tests every item's exact shape, and the shape of a stroked path (the
        silhouette, each zone of the pattern) is its outline stroked anew on every call: half
        a millisecond per click. Here the items' bounding boxes pick the candidates and only
        regions (whose shape is their path) are tested exactly."""
        pixel = self.viewportTransform().inverted()[0].mapRect(
            QRectF(pos.x(), pos.y(), 1, 1))
        for item in self.items(pos.x(), pos.y(), 1, 1,
                               Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            # (items() has already left out what a close-up's frame clips away)
            if isinstance(item, RegionItem) and \
                    item.shape().intersects(item.mapRectFromScene(pixel)):
                return item
        return None

    def _region_under(self, pos: QPoint) -> RegionItem | None:
        """``region_at(pos)``, taken from the last pointer move when the press comes where
        the pointer last moved to, with the same view and items (0.2-0.3 ms of a press)."""
        under = self._under
        if under is not None and under[0] == pos and under[2] is self._render.figures and \
                under[1] == self.viewportTransform():
            return under[3]
        return self.region_at(pos)

    def scale_factor(self) -> float:
        return self.transform().m11()

    # ------------------------------------------------------------------ zoom and fit
    def fit(self) -> None:
        """Show the whole body, and keep showing it as the map is resized (leaving full
        screen resizes it after this call)."""
        self._auto_fit = True
        self._frames_pattern = False
        if self._render.figures:
            self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._render.fit_labels(self.scale_factor())

    def pattern_rect(self) -> QRectF | None:
        """The scene rectangle zoom_to_pattern frames (None: nothing overlaid)."""
        if self._frames_everything:
            return self._render.interest_frame()
        return self._render.pattern_frame()

    def zoom_to_pattern(self, everything: bool = False) -> None:
        """Frame the pattern and the pain on the figure that holds most of it; with
        ``everything``, all of the pain and the pattern on every figure shown."""
        self._frames_everything = everything
        rect = self.pattern_rect()
        if rect is None:
            self._auto_fit = True
            self._frames_pattern = False
            self.fit()
            return
        self._auto_fit = False
        self._frames_pattern = True
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._render.fit_labels(self.scale_factor())

    def zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom by ``factor``, keeping the scene point under ``anchor`` (viewport) in place."""
        current = self.scale_factor()
        factor = max(MIN_SCALE / current, min(factor, MAX_SCALE / current))
        self._auto_fit = False
        self._frames_pattern = False
        if anchor is None:
            anchor = self.viewport().rect().center()
        before = self.mapToScene(anchor)
        self.scale(factor, factor)
        self._render.fit_labels(self.scale_factor())
        after = self.mapToScene(anchor)
        delta = after - before
        self.translate(delta.x(), delta.y())
        # translate() does nothing while the scene fits: move the scroll bars instead
        moved = self.mapFromScene(before) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()
        elif self._frames_pattern:
            self.zoom_to_pattern(self._frames_everything)

    @override
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            # imported at the first gesture: PySide makes a class when a module names it,
            # and these two (0.5 ms) would otherwise be made before the first paint
            from PySide6.QtWidgets import QPinchGesture, QTapAndHoldGesture

            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                # two fingers: a stroke a first finger began is not a stroke any more
                self._session.end_stroke()
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom(pinch.scaleFactor(), centre)
                moved = pinch.centerPoint() - pinch.lastCenterPoint()
                if pinch.state() != Qt.GestureState.GestureStarted and not moved.isNull():
                    # two-finger pan: the body follows the fingers
                    self._auto_fit = False
                    self._frames_pattern = False
                    h, v = self.horizontalScrollBar(), self.verticalScrollBar()
                    h.setValue(h.value() - round(moved.x()))
                    v.setValue(v.value() - round(moved.y()))
                event.accept()
                return True
            hold = event.gesture(Qt.GestureType.TapAndHoldGesture)
            if isinstance(hold, QTapAndHoldGesture) and self._touch_press and \
                    hold.state() == Qt.GestureState.GestureFinished:
                self._long_press(self.viewport().mapFromGlobal(hold.position().toPoint()))
                event.accept()
                return True
        if event.type() == QEvent.Type.Paint and not self._render.caching:
            # the first paint draws the items directly; from the next one they keep pixmaps
            # (the timer is the view's: a view deleted before it fires takes it along)
            QTimer.singleShot(0, self, self._render.start_caching)
        return super().viewportEvent(event)

    # ------------------------------------------------------------------ mouse
    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        # touch-and-hold opens the region menu; a mouse held still must not
        device = event.pointingDevice()
        from PySide6.QtGui import QInputDevice  # at the first press, not at start (0.4 ms)
        self._touch_press = device is not None and \
            device.type() == QInputDevice.DeviceType.TouchScreen
        # a second press, or another button during a stroke, ends the stroke first
        self._session.end_stroke()
        if event.button() == Qt.MouseButton.LeftButton:
            item = self._region_under(pos)
            if item is not None:
                self._session.begin_stroke(item.rid)
                event.accept()
                return
            self._start_pan(pos)
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._start_pan(pos)
            event.accept()
            return
        super().mousePressEvent(event)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A quick second click (or tap) is a click too: it toggles again, wherever it lands
        (Qt would otherwise swallow it as a double-click)."""
        self.mousePressEvent(event)

    def _start_pan(self, pos: QPoint) -> None:
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self._auto_fit = False
            self._frames_pattern = False
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        item = self.region_at(pos)
        self._under = (pos, self.viewportTransform(), self._render.figures, item)
        rid = item.rid if item is not None else None
        if rid != self._session.view_model.hovered:
            self._session.hover(rid)
        if rid is not None and self._session.stroking:
            if event.buttons() & Qt.MouseButton.LeftButton:
                self._session.stroke_to(rid)
            else:  # the release went elsewhere (another window, a grab): close the stroke
                self._session.end_stroke()
        event.accept()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._session.stroking:
            self._session.end_stroke()
            event.accept()
            return
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    @override
    def hideEvent(self, event: QHideEvent) -> None:
        self._session.end_stroke()
        self._pan_from = None
        super().hideEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._session.end_stroke()
        super().focusOutEvent(event)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click a region: its intensity and how it feels, from a small menu."""
        self._session.end_stroke()
        item = self.region_at(event.pos())
        rid = item.rid if item is not None else self._session.view_model.focused
        if rid is None or (item is None and event.reason() ==
                           QContextMenuEvent.Reason.Mouse):
            super().contextMenuEvent(event)
            return
        menu = region_menu(self._session, rid, self)
        menu.exec(event.globalPos())
        menu.deleteLater()
        event.accept()

    def _long_press(self, pos: QPoint) -> None:
        """Touch and hold a region: its menu (intensity, how it feels), as a right-click
        would. The press that began the hold toggled the region; that step is taken back."""
        item = self.region_at(pos)
        if item is None:
            return
        if self._session.stroking:
            self._session.end_stroke()
            if self._session.view_model.undo_text in ("Mark regions", "Unmark regions"):
                self._session.undo()
        menu = region_menu(self._session, item.rid, self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.viewport().mapToGlobal(pos))
        self.region_menu_shown.emit(menu)

    @override
    def leaveEvent(self, event: QEvent) -> None:
        if self._session.view_model.hovered is not None:
            self._session.hover(None)
        super().leaveEvent(event)

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps == 0:
            return
        pos = event.position().toPoint()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 ** steps, pos)
            event.accept()
            return
        item = self.region_at(pos)
        if item is not None and item.rid in self._session.drawing:
            self._session.adjust(item.rid, 1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ keyboard
    def _ordered(self) -> list[RegionItem]:
        return reading_order(self.region_items(), self.views_shown())

    def _focus(self, item: RegionItem | None) -> None:
        self._session.focus(item.rid if item is not None else None)
        if item is not None:
            self.ensureVisible(item.sceneBoundingRect(), 20, 20)

    def focused_item(self) -> RegionItem | None:
        rid = self._session.view_model.focused
        return self._render.first_item(rid) if rid is not None else None

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        focused = self.focused_item()
        if key in moves:
            dx, dy = moves[Qt.Key(key)]
            self._focus(next_region(self._ordered(), focused, dx, dy))
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if focused is None:
                ordered = self._ordered()
                focused = ordered[0] if ordered else None
                self._focus(focused)
            if focused is not None:
                self._session.toggle(focused.rid)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and focused is not None:
            self._session.adjust(focused.rid, 1)
        elif key == Qt.Key.Key_Minus and focused is not None:
            self._session.adjust(focused.rid, -1)
        elif key in _QUALITY_KEYS and focused is not None and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._session.set_quality(focused.rid, _QUALITY_KEYS[Qt.Key(key)])
        elif key == Qt.Key.Key_Escape and focused is not None:
            self._focus(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
