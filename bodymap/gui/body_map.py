"""The interactive body map: one QGraphicsPathItem per region, so clicks follow outlines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QPinchGesture,
    QWidget,
)
from typing_extensions import override

from bodymap.domain.atlas import Atlas
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import TriggerPoint
from bodymap.domain.regions import RegionCatalogue, View
from bodymap.gui import palette
from bodymap.gui.drawing_state import DrawingState
from bodymap.scene.layouts import Layout
from bodymap.gui.paths import painter_path, painter_path_from_d

GAP = 60.0          # scene units between figures
LABEL_SIZE = 16.0   # orientation labels, in scene units (a head is 100)
TITLE_SIZE = 20.0


# which body side the viewer's left and right hand edges of each view show
_EDGE_LABELS: dict[View, tuple[str, str]] = {
    View.FRONT: ("Right", "Left"),
    View.BACK: ("Left", "Right"),
    View.SOLES: ("Left", "Right"),
    View.LEFT: ("Front", "Back"),
    View.RIGHT: ("Back", "Front"),
}


class RegionItem(QGraphicsPathItem):
    """One region in one view. Its shape() is the outline, so hit-testing is exact."""

    def __init__(self, rid: str, label: str, view: View, path: QPainterPath,
                 parent: QGraphicsItem) -> None:
        super().__init__(path, parent)
        self.rid = rid
        self.label = label
        self.view = view
        self.intensity: int | None = None
        self.hovered = False
        self.focused = False
        self.setToolTip(label)
        self.setZValue(1)
        self._restyle()

    @override
    def shape(self) -> QPainterPath:
        """The outline itself: the default adds the pen's stroke, so a click just outside
        the border would land on this region instead of nothing or its neighbour."""
        return self.path()

    def set_state(self, intensity: int | None = None, hovered: bool | None = None,
                  focused: bool | None = None) -> None:
        self.intensity = intensity
        if hovered is not None:
            self.hovered = hovered
        if focused is not None:
            self.focused = focused
        self._restyle()

    def _restyle(self) -> None:
        if self.intensity is not None:
            self.setBrush(palette.pain_brush(self.intensity))
        else:
            self.setBrush(QBrush(palette.SKIN_HOVER if self.hovered else palette.SKIN))
        if self.focused:
            self.setPen(palette.cosmetic(palette.FOCUS, 2.0, Qt.PenStyle.DashLine))
            self.setZValue(3)
        elif self.hovered:
            self.setPen(palette.cosmetic(palette.FOCUS, 1.4))
            self.setZValue(2)
        else:
            self.setPen(palette.cosmetic(palette.BORDER, 0.7))
            self.setZValue(1)


class _ViewGroup(QGraphicsRectItem):
    """The figure of one view, placed in the scene at an offset."""

    def __init__(self, view: View, width: float, height: float) -> None:
        super().__init__(QRectF(0, 0, width, height))
        self.view = view
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.regions: dict[str, RegionItem] = {}
        self.overlays: list[QGraphicsItem] = []


class BodyMapView(QGraphicsView):
    """Shows one or two figures; click toggles, drag paints, wheel sets intensity.

    Intents go to the DrawingState; the view redraws when the drawing changes.
    """

    region_hovered = Signal(object)  # region id or None
    first_painted = Signal()

    def __init__(self, atlas: Atlas, regions: RegionCatalogue, state: DrawingState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._atlas = atlas
        self._regions = regions
        self._state = state
        self._scene = QGraphicsScene(self)  # owned by the view: see STYLE.md habit 7
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.white))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName("Body map")
        self.setAccessibleDescription(
            "Click or press Space to mark a painful region; arrow keys move between regions; "
            "plus and minus change the pain intensity."
        )
        self._groups: list[_ViewGroup] = []
        self._layout = Layout.FRONT_BACK
        self._hovered: str | None = None
        self._focused: RegionItem | None = None
        self._stroke: tuple[bool, set[str]] | None = None  # (adding, regions touched)
        self._stroke_moved = False
        self._pan_from: QPoint | None = None
        self._auto_fit = True
        self._pattern: tuple[TriggerPoint, ...] = ()
        self._painted_once = False
        self.show_essential = True
        self.show_spillover = True
        self.show_markers = True
        state.drawing_changed.connect(self._on_drawing_changed)
        self.set_layout(Layout.FRONT_BACK)

    # ------------------------------------------------------------------ building
    @property
    def current_layout(self) -> Layout:
        return self._layout

    def set_layout(self, layout: Layout) -> None:
        self._layout = layout
        self._scene.clear()
        self._groups = []
        self._items_by_rid: dict[str, list[RegionItem]] = {}
        self._shown = PainDrawing()  # what the items currently show
        self._hovered = None
        self._focused = None
        x = 0.0
        for view in layout.views:
            av = self._atlas.views.get(view)
            if av is None:
                continue
            group = _ViewGroup(view, av.width, av.height)
            group.setPos(x, 0)
            self._scene.addItem(group)
            if av.silhouette:
                sil = QGraphicsPathItem(painter_path_from_d(av.silhouette), group)
                sil.setPen(palette.cosmetic(palette.OUTLINE, 1.3))
                sil.setBrush(QBrush(palette.SKIN))
                sil.setZValue(0)
            for rid, shape in av.regions.items():
                item = RegionItem(rid, self._regions[rid].label, view,
                                  painter_path(shape.subpaths), group)
                group.regions[rid] = item
                self._items_by_rid.setdefault(rid, []).append(item)
            for d in av.details:
                det = QGraphicsPathItem(painter_path_from_d(d), group)
                det.setPen(palette.cosmetic(palette.DETAIL, 0.8))
                det.setZValue(4)
                det.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._add_labels(group, av.width, av.height)
            self._groups.append(group)
            x += av.width + GAP
        self._scene.setSceneRect(self._scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._on_drawing_changed(self._state.drawing)
        self._draw_pattern()
        self._auto_fit = True
        self.fit()

    def _add_labels(self, group: _ViewGroup, width: float, height: float) -> None:
        # labels are scene items, so a short view (the soles) that is zoomed up to fit gets
        # proportionally smaller text: it reads at the same size as on the standing figures
        scale = max(0.5, min(1.0, height / 800.0))
        font = QFont()
        font.setPointSizeF(LABEL_SIZE * scale)
        left_text, right_text = _EDGE_LABELS[group.view]
        y = min(height * 0.18, 140.0)
        for text, at_left in ((left_text, True), (right_text, False)):
            item = QGraphicsSimpleTextItem(text, group)
            item.setFont(font)
            item.setBrush(QBrush(palette.LABEL))
            w = item.boundingRect().width()
            item.setPos(4 if at_left else width - w - 4, y)
            item.setZValue(5)
        title_font = QFont()
        title_font.setPointSizeF(TITLE_SIZE * scale)
        title_font.setBold(True)
        title = QGraphicsSimpleTextItem(group.view.label, group)
        title.setFont(title_font)
        title.setBrush(QBrush(palette.LABEL))
        title.setPos((width - title.boundingRect().width()) / 2, height - 2)
        title.setZValue(5)

    # ------------------------------------------------------------------ queries (tests use)
    def views_shown(self) -> tuple[View, ...]:
        return tuple(g.view for g in self._groups)

    def region_item(self, view: View, rid: str) -> RegionItem | None:
        for g in self._groups:
            if g.view is view:
                return g.regions.get(rid)
        return None

    def region_items(self) -> Iterable[RegionItem]:
        for g in self._groups:
            yield from g.regions.values()

    def scene_point(self, view: View, x: float, y: float) -> QPointF:
        """Scene position of a point given in a view's SVG coordinates."""
        for g in self._groups:
            if g.view is view:
                return g.mapToScene(QPointF(x, y))
        raise KeyError(f"view {view.value} is not shown")

    def viewport_point(self, view: View, x: float, y: float) -> QPoint:
        return self.mapFromScene(self.scene_point(view, x, y))

    def region_at(self, pos: QPoint) -> RegionItem | None:
        """The region under a viewport position (outline-exact), or None."""
        for item in self.items(pos):
            if isinstance(item, RegionItem):
                return item
        return None

    def overlay_items(self) -> list[QGraphicsItem]:
        return [o for g in self._groups for o in g.overlays]

    # ------------------------------------------------------------------ drawing state
    def _on_drawing_changed(self, drawing: PainDrawing) -> None:
        shown = self._shown
        changed = {r for r in shown.keys() | drawing.keys() if shown.get(r) != drawing.get(r)}
        for rid in changed:
            for item in self._items_by_rid.get(rid, ()):
                item.set_state(drawing.get(rid))
        self._shown = drawing
        if self._focused is not None:
            self._announce(self._focused)

    # ------------------------------------------------------------------ pattern overlay
    def show_pattern(self, points: Sequence[TriggerPoint]) -> None:
        """Draw these trigger points (X) and their zones (essential solid, spillover hatched)."""
        self._pattern = tuple(points)
        self._draw_pattern()

    def set_overlay_options(self, essential: bool, spillover: bool, markers: bool) -> None:
        self.show_essential, self.show_spillover, self.show_markers = \
            essential, spillover, markers
        self._draw_pattern()

    def _draw_pattern(self) -> None:
        for g in self._groups:
            for o in g.overlays:
                self._scene.removeItem(o)
            g.overlays = []
        if not self._pattern:
            return
        essential = frozenset().union(*(tp.essential for tp in self._pattern))
        spillover = frozenset().union(*(tp.spillover for tp in self._pattern)) - essential
        for g in self._groups:
            layers = []
            if self.show_spillover:
                layers.append((spillover, palette.spillover_brush(), 6))
            if self.show_essential:
                layers.append((essential, palette.essential_brush(), 6))
            for rids, brush, z in layers:
                for rid in rids:
                    item = g.regions.get(rid)
                    if item is None:
                        continue
                    over = QGraphicsPathItem(item.path(), g)
                    over.setBrush(brush)
                    over.setPen(palette.cosmetic(palette.ESSENTIAL, 0.8))
                    over.setZValue(z)
                    over.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                    g.overlays.append(over)
            if self.show_markers:
                for tp in self._pattern:
                    pos = self._atlas.marker_positions(tp.region, tp.markers).get(g.view)
                    if pos is not None:
                        g.overlays.extend(self._marker(g, pos))

    def _marker(self, group: _ViewGroup, pos: tuple[float, float]) -> list[QGraphicsItem]:
        s = 6.0
        path = QPainterPath()
        path.moveTo(pos[0] - s, pos[1] - s)
        path.lineTo(pos[0] + s, pos[1] + s)
        path.moveTo(pos[0] - s, pos[1] + s)
        path.lineTo(pos[0] + s, pos[1] - s)
        items: list[QGraphicsItem] = []
        for color, width, z in ((Qt.GlobalColor.white, 5.5, 7), (palette.MARKER, 2.6, 8)):
            it = QGraphicsPathItem(path, group)
            pen = palette.cosmetic(palette.MARKER, width)
            pen.setColor(color)
            it.setPen(pen)
            it.setZValue(z)
            it.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            it.setData(0, "marker")
            items.append(it)
        return items

    # ------------------------------------------------------------------ zoom and fit
    def fit(self) -> None:
        if self._groups:
            self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_to_pattern(self, min_fraction: float = 0.3) -> None:
        """Frame the drawn pattern (zones and X marks) with some body around it for context.

        A pattern on one figure is framed on that figure; one spread over both (front and
        back) shows both whole figures, since a frame across the gap between them would cut
        each in half.
        """
        groups = [g for g in self._groups if g.overlays]
        if len(groups) != 1:
            self._auto_fit = True
            self.fit()
            return
        items = groups[0].overlays
        rect = items[0].sceneBoundingRect()
        for it in items[1:]:
            rect = rect.united(it.sceneBoundingRect())
        figure = groups[0].sceneBoundingRect()
        min_h = figure.height() * min_fraction
        if rect.height() < min_h:
            rect.adjust(0, -(min_h - rect.height()) / 2, 0, (min_h - rect.height()) / 2)
        min_w = min_h * 0.6
        if rect.width() < min_w:
            rect.adjust(-(min_w - rect.width()) / 2, 0, (min_w - rect.width()) / 2, 0)
        rect = rect.adjusted(-15, -15, 15, 15).intersected(self._scene.sceneRect())
        self._auto_fit = False
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(0.2 / current, min(factor, 12.0 / current))
        self._auto_fit = False
        self.scale(factor, factor)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self.first_painted.emit)

    @override
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom(pinch.scaleFactor())
                event.accept()
                return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------------ mouse
    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.region_at(pos)
            if item is not None:
                adding = item.rid not in self._state.drawing
                self._stroke = (adding, {item.rid})
                self._stroke_moved = False
                self._set_focus_item(item)
                self._state.undo_stack.beginMacro("Mark regions" if adding else "Unmark regions")
                self._state.paint([item.rid], adding)
                event.accept()
                return
            self._pan_from = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = pos
            event.accept()
            return
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self._auto_fit = False
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        item = self.region_at(pos)
        self._set_hovered(item)
        if self._stroke is not None and item is not None:
            adding, touched = self._stroke
            if item.rid not in touched:
                touched.add(item.rid)
                self._stroke_moved = True
                self._state.paint([item.rid], adding)
        event.accept()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._stroke is not None and event.button() == Qt.MouseButton.LeftButton:
            self._stroke = None
            self._state.undo_stack.endMacro()
            event.accept()
            return
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click a region: set its pain intensity (or clear it) from a small menu."""
        item = self.region_at(event.pos())
        if item is None:
            super().contextMenuEvent(event)
            return
        menu = self.intensity_menu(item.rid)
        menu.exec(event.globalPos())
        event.accept()

    def intensity_menu(self, rid: str) -> QMenu:
        menu = QMenu(self)
        menu.setTitle(self._regions[rid].label)
        current = self._state.drawing.get(rid)
        header = menu.addAction(self._regions[rid].label)
        header.setEnabled(False)
        menu.addSeparator()
        for level in range(10, 0, -1):
            act = menu.addAction(f"Pain {level}/10")
            act.setCheckable(True)
            act.setChecked(current == level)
            act.triggered.connect(lambda _=False, v=level: self._state.set_intensity(rid, v))
        menu.addSeparator()
        clear = menu.addAction("Not painful")
        clear.setEnabled(current is not None)
        clear.triggered.connect(lambda: self._state.paint([rid], add=False))
        return menu

    @override
    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps == 0:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 ** steps)
            event.accept()
            return
        item = self.region_at(event.position().toPoint())
        if item is not None and item.rid in self._state.drawing:
            self._state.adjust(item.rid, 1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def _set_hovered(self, item: RegionItem | None) -> None:
        rid = item.rid if item is not None else None
        if rid == self._hovered:
            return
        if self._hovered is not None:
            for it in self._items_by_rid.get(self._hovered, ()):
                it.set_state(it.intensity, hovered=False)
        if rid is not None:
            for it in self._items_by_rid.get(rid, ()):
                it.set_state(it.intensity, hovered=True)
        self._hovered = rid
        self.region_hovered.emit(rid)

    # ------------------------------------------------------------------ keyboard
    def _ordered(self) -> list[RegionItem]:
        def key(it: RegionItem) -> tuple[int, float, float]:
            c = it.path().boundingRect().center()
            return (self.views_shown().index(it.view), round(c.y() / 25), c.x())

        return sorted(self.region_items(), key=key)

    def _set_focus_item(self, item: RegionItem | None) -> None:
        if self._focused is not None and self._focused is not item:
            self._focused.set_state(self._focused.intensity, focused=False)
        self._focused = item
        if item is not None:
            item.set_state(item.intensity, focused=True)
            self.ensureVisible(item.sceneBoundingRect(), 20, 20)
            self._announce(item)
            self.region_hovered.emit(item.rid)

    def _announce(self, item: RegionItem) -> None:
        level = self._state.drawing.get(item.rid)
        status = f"painful, {level} of 10" if level is not None else "not marked"
        self.setAccessibleName(f"{item.label}, {status}")
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.NameChanged)
        )

    def focused_region(self) -> str | None:
        return self._focused.rid if self._focused is not None else None

    def _move_focus(self, dx: int, dy: int) -> None:
        items = self._ordered()
        if not items:
            return
        if self._focused is None or self._focused not in items:
            self._set_focus_item(items[0])
            return
        cur = self._focused.sceneBoundingRect().center()
        best: tuple[float, RegionItem] | None = None
        for it in items:
            if it is self._focused:
                continue
            c = it.sceneBoundingRect().center()
            vx, vy = c.x() - cur.x(), c.y() - cur.y()
            along = vx * dx + vy * dy
            if along <= 1.0:
                continue
            across = abs(vx * dy - vy * dx)
            cost = along + 2.5 * across
            if best is None or cost < best[0]:
                best = (cost, it)
        if best is not None:
            self._set_focus_item(best[1])

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in moves:
            self._move_focus(*moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._focused is None:
                self._move_focus(0, 0)
            if self._focused is not None:
                self._state.toggle(self._focused.rid)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and self._focused is not None:
            self._state.adjust(self._focused.rid, 1)
        elif key == Qt.Key.Key_Minus and self._focused is not None:
            self._state.adjust(self._focused.rid, -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk the regions in reading order instead of leaving the map."""
        items = self._ordered()
        if not items:
            return super().focusNextPrevChild(next)
        if self._focused in items:
            i = items.index(self._focused) + (1 if next else -1)
            if not 0 <= i < len(items):
                self._set_focus_item(None)
                return super().focusNextPrevChild(next)
        else:
            i = 0 if next else len(items) - 1
        self._set_focus_item(items[i])
        return True
