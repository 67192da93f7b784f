"""Draw a scene (bodymap.scene) with Qt: the one painter behind the map, exports and handout.

The interactive map builds its items from the same paths and styles (``region_path``,
``zone_path``, ``marker_path``), so a chart on screen and on paper are drawn alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from bodymap.domain.atlas import AtlasView
from bodymap.domain.drawing import Quality
from bodymap.domain.quality_symbols import Pattern, quality_symbol
from bodymap.report import palette
from bodymap.report.paths import painter_path, painter_path_from_d
from bodymap.scene.scene import Anchor, Figure, Label, Scene

MARKER_HALF = 6.0

_ZONE_CACHE: dict[tuple[int, frozenset[str]], QPainterPath] = {}


def region_path(shape: AtlasView, rid: str) -> QPainterPath:
    return painter_path(shape.regions[rid].subpaths)


def zone_path(shape: AtlasView, rids: Iterable[str]) -> QPainterPath:
    """The regions merged into one continuous shape: no region borders inside a zone."""
    wanted = frozenset(r for r in rids if r in shape.regions)
    key = (id(shape), wanted)
    cached = _ZONE_CACHE.get(key)
    if cached is not None:
        return QPainterPath(cached)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for rid in sorted(wanted):
        path = path.united(region_path(shape, rid))
    path = path.simplified()
    if len(_ZONE_CACHE) > 512:
        _ZONE_CACHE.clear()
    _ZONE_CACHE[key] = path
    return QPainterPath(path)


def marker_path(x: float, y: float, half: float = MARKER_HALF) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(x - half, y - half)
    path.lineTo(x + half, y + half)
    path.moveTo(x - half, y + half)
    path.lineTo(x + half, y - half)
    return path


def marker_pens() -> tuple[QPen, QPen]:
    """A white halo under a dark X, so the mark reads on skin, pain and zone alike."""
    halo = palette.cosmetic(QColor(Qt.GlobalColor.white), 5.5)
    ink = palette.cosmetic(palette.MARKER, 2.6)
    return halo, ink


def label_font(label: Label) -> QFont:
    font = QFont()
    font.setPointSizeF(label.size)
    font.setBold(label.bold)
    return font


def label_origin(label: Label, font: QFont) -> QPointF:
    """Top-left corner of the label's text box, from its anchor."""
    width = QFontMetricsF(font).horizontalAdvance(label.text)
    x = label.x
    if label.anchor is Anchor.END:
        x -= width
    elif label.anchor is Anchor.MIDDLE:
        x -= width / 2
    return QPointF(x, label.y)


def paint_scene(painter: QPainter, scene: Scene, target: QRectF) -> None:
    """Paint the whole scene into ``target`` (aspect ratio kept, centred)."""
    bx, by, bw, bh = scene.figures.bounds
    if bw <= 0 or bh <= 0:
        return
    scale = min(target.width() / bw, target.height() / bh)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.x() + (target.width() - bw * scale) / 2,
                      target.y() + (target.height() - bh * scale) / 2)
    painter.scale(scale, scale)
    painter.translate(-bx, -by)
    for figure in scene.figures.figures:
        painter.save()
        painter.translate(figure.x, 0)
        _paint_figure(painter, scene, figure)
        painter.restore()
    painter.restore()


def _paint_figure(painter: QPainter, scene: Scene, figure: Figure) -> None:
    shape = figure.shape
    if shape.silhouette:
        painter.setPen(palette.cosmetic(palette.OUTLINE, 1.3))
        painter.setBrush(QBrush(palette.SKIN))
        painter.drawPath(painter_path_from_d(shape.silhouette))
    drawing = scene.drawing
    for rid in shape.regions:
        level = drawing.get(rid)
        painter.setPen(palette.cosmetic(palette.BORDER, 0.7))
        painter.setBrush(palette.pain_brush(level) if level is not None
                         else QBrush(palette.SKIN))
        painter.drawPath(region_path(shape, rid))
    for d in shape.details:
        painter.setPen(palette.cosmetic(palette.DETAIL, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(painter_path_from_d(d))
    if scene.spillover:
        path = zone_path(shape, scene.spillover)
        painter.setPen(palette.cosmetic(palette.ESSENTIAL, 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(palette.spillover_brush())
        painter.drawPath(path)
    if scene.essential:
        path = zone_path(shape, scene.essential)
        painter.setPen(palette.cosmetic(palette.ESSENTIAL, 1.4))
        painter.setBrush(palette.zone_brush())
        painter.drawPath(path)
    pained = [r for r in drawing if r in shape.regions]
    if pained and (scene.essential or scene.spillover):
        painter.setPen(palette.pain_outline_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(zone_path(shape, pained))
    q_halo, q_ink = quality_pens()
    for q in scene.qualities_in(figure.view):
        path = quality_path(q.quality, q.x, q.y)
        for pen in (q_halo, q_ink):
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
    halo, ink = marker_pens()
    for m in scene.markers_in(figure.view):
        path = marker_path(m.x, m.y)
        for pen in (halo, ink):
            painter.setPen(pen)
            painter.drawPath(path)
    painter.setPen(QPen(palette.LABEL))
    for label in figure.labels:
        font = label_font(label)
        painter.setFont(font)
        origin = label_origin(label, font)
        ascent = QFontMetricsF(font).ascent()
        painter.drawText(QPointF(origin.x(), origin.y() + ascent), label.text)


def quality_path(quality: Quality, x: float, y: float, size: float = 7.0) -> QPainterPath:
    """The symbol of a pain quality (bodymap.domain.quality_symbols), centred on (x, y): drawn
    as lines, so no font is needed."""
    path = QPainterPath()
    pattern = quality_symbol(quality).pattern
    if pattern is Pattern.WAVES:
        path.moveTo(x - size, y)
        path.cubicTo(x - size / 2, y - size, x - size / 2, y + size, x, y)
        path.cubicTo(x + size / 2, y - size, x + size / 2, y + size, x + size, y)
    elif pattern is Pattern.DOTS:
        for dx in (-size * 0.8, 0.0, size * 0.8):
            path.addEllipse(QPointF(x + dx, y), size * 0.22, size * 0.22)
    elif pattern is Pattern.LINES:
        for dy in (-size * 0.3, size * 0.3):
            path.moveTo(x - size, y + dy)
            path.lineTo(x + size, y + dy)
    return path


def quality_pens() -> tuple[QPen, QPen]:
    halo = palette.cosmetic(QColor(Qt.GlobalColor.white), 4.5)
    ink = palette.cosmetic(palette.QUALITY, 2.0)
    return halo, ink
