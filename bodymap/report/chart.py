"""Draw a scene (bodymap.scene) with Qt: the one painter behind the map, exports and handout.

The interactive map builds its items from the same paths and styles (``region_path``,
``zone_path``, ``marker_path``), so a chart on screen and on paper are drawn alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPolygonF,
)

from bodymap.domain.atlas import AtlasView, MuscleShape
from bodymap.domain.drawing import Quality
from bodymap.report import palette
from bodymap.report.paths import painter_path_from_d
from bodymap.scene.scene import Anchor, Figure, Label, LegendKey, Scene

if TYPE_CHECKING:
    # the painter's fonts are made where charts are painted: PySide makes its QFont class,
    # with its enums (1.6 ms), when Python first names it, and the map's first screen
    # needs none (gui/map_items.ScreenLabel)
    from PySide6.QtGui import QFont

MARKER_HALF = 6.0
ZONE_ROUNDING = 3.0  # scene units of rounding rim around a merged zone

_ZONE_CACHE: dict[tuple[int, frozenset[str]], QPainterPath] = {}
_ROUNDED_CACHE: dict[tuple[int, str], QPainterPath] = {}
_WOUND_CACHE: dict[tuple[int, str], QPainterPath | None] = {}
#: the atlas views whose ids key the caches above (and the map's outline meetings), held so
#: that no other view gets one of those ids while an entry keyed by it is kept: an id is
#: unique only among living objects, and a view made after another was freed often got the
#: freed one's id, and with it the freed view's zones (tests load many datasets)
_KEYED_VIEWS: dict[int, AtlasView] = {}
_KEYED_VIEWS_KEPT = 16


def view_key(shape: AtlasView) -> int:
    """The key of ``shape`` in the caches of its outlines; the view is held from now on
    (the first 16 views are; a 17th empties the caches and starts again)."""
    key = id(shape)
    if _KEYED_VIEWS.get(key) is not shape:
        if len(_KEYED_VIEWS) >= _KEYED_VIEWS_KEPT:
            _ZONE_CACHE.clear()
            _ROUNDED_CACHE.clear()
            _WOUND_CACHE.clear()
            for cache in _KEYED_ELSEWHERE:
                cache.clear()
            _KEYED_VIEWS.clear()
        _KEYED_VIEWS[key] = shape
    return key


#: other modules' caches keyed by ``view_key`` (emptied with these)
_KEYED_ELSEWHERE: list[dict[Any, Any]] = []


def keyed_by_view(cache: dict[Any, Any]) -> dict[Any, Any]:
    """Register ``cache``, whose keys hold ``view_key``s, to be emptied when they are."""
    _KEYED_ELSEWHERE.append(cache)
    return cache


def region_path(shape: AtlasView, rid: str) -> QPainterPath:
    # from the path's ready commands (the bundle's), not by parsing its text
    return painter_path_from_d(shape.regions[rid].d)


def grown(path: QPainterPath) -> QPainterPath:
    """``path`` grown by half the zones' rim: itself united with a round-joined stroke of its
    outline ``ZONE_ROUNDING`` wide, simplified."""
    stroker = QPainterPathStroker()
    stroker.setWidth(ZONE_ROUNDING)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return path.united(stroker.createStroke(path)).simplified()


def _rounded_region(shape: AtlasView, rid: str) -> QPainterPath:
    """The region grown by half the rim: itself united with a thin round-joined stroke of
    its outline, thinned (``_thinned``). Fixed for an atlas, so computed once per region
    (on a click, when the window's idle time has not done it already: the map's
    ``grow_regions_ahead``)."""
    key = (view_key(shape), rid)
    cached = _ROUNDED_CACHE.get(key)
    if cached is None:
        cached = _thinned(grown(region_path(shape, rid)))
        if len(_ROUNDED_CACHE) > 4096:
            _ROUNDED_CACHE.clear()
        _ROUNDED_CACHE[key] = cached
    return cached


#: how far (scene units) a grown region's outline may move when its vertices are thinned
#: (``_thinned``): 0.05 px on the map fitted to a 1400 x 900 window (0.94 px a unit), 0.6 px
#: at the map's closest zoom (12 px a unit); the handout and exports draw the same zones
ZONE_THINNING = 0.05


def _thinned(path: QPainterPath, tolerance: float = ZONE_THINNING) -> QPainterPath:
    """``path`` (closed polygons, as ``simplified()`` leaves them) with the vertices left out
    that lie within ``tolerance`` of the outline without them (Douglas-Peucker, each ring
    split at the vertex farthest from its first).

    Uniting a region with its rim flattens every curve into a vertex per scene unit or so,
    whatever its bend: 140-odd vertices a grown region, 52,000 over the atlas. Thinned, it
    keeps 3.8 times fewer, and so do the zones and pain outlines united from it: their
    unions, and their strokes on a click's repaint, cost that much less (a new pattern's
    repaint of the map 1.17 -> 0.92 ms, measured)."""
    out = QPainterPath()
    out.setFillRule(path.fillRule())
    for ring in path.toSubpathPolygons():
        points = ring.toList()
        if len(points) < 4:
            out.addPolygon(ring)
            continue
        xs = [p.x() for p in points]
        ys = [p.y() for p in points]
        x0, y0 = xs[0], ys[0]
        far = max(range(len(xs)), key=lambda i: (xs[i] - x0) ** 2 + (ys[i] - y0) ** 2)
        kept = _kept_vertices(xs[:far + 1], ys[:far + 1], tolerance)[:-1] + \
            _kept_vertices(xs[far:], ys[far:], tolerance)
        out.addPolygon(QPolygonF([p for p, keep in zip(points, kept, strict=True) if keep]))
        out.closeSubpath()
    return out


def _kept_vertices(xs: list[float], ys: list[float], tolerance: float) -> list[bool]:
    """Douglas-Peucker on an open polyline: which vertices to keep so that every vertex left
    out lies within ``tolerance`` of the segment that replaces it (both ends kept)."""
    n = len(xs)
    kept = [False] * n
    kept[0] = kept[-1] = True
    spans = [(0, n - 1)]
    limit = tolerance * tolerance
    while spans:
        a, b = spans.pop()
        if b - a < 2:
            continue
        ax, ay = xs[a], ys[a]
        dx, dy = xs[b] - ax, ys[b] - ay
        length2 = dx * dx + dy * dy
        worst, at = -1.0, -1
        for i in range(a + 1, b):
            ex, ey = xs[i] - ax, ys[i] - ay
            # squared distance to the segment between the span's ends
            along = (ex * dx + ey * dy) / length2 if length2 > 0.0 else 0.0
            if along <= 0.0:
                d2 = ex * ex + ey * ey
            elif along >= 1.0:
                fx, fy = ex - dx, ey - dy
                d2 = fx * fx + fy * fy
            else:
                cross = ex * dy - ey * dx
                d2 = cross * cross / length2
            if d2 > worst:
                worst, at = d2, i
        if worst > limit:
            kept[at] = True
            spans.append((a, at))
            spans.append((at, b))
    return kept


def grow_regions_ahead(shape: AtlasView) -> Iterator[None]:
    """Every region of ``shape`` grown, thinned and oriented as zones use it, one region per
    step (0.3-0.9 ms; nothing for those done already): what a region's first zone or pain
    outline would otherwise pay on a click, done in the window's idle time."""
    for rid in list(shape.regions):
        if (view_key(shape), rid) not in _WOUND_CACHE:
            _wound_region(shape, rid)  # (grows it first)
            yield


def zone_path(shape: AtlasView, rids: Iterable[str]) -> QPainterPath:
    """The regions merged into one continuous shape: no region borders inside a zone.

    A thin round-joined rim merges hairline gaps between regions and rounds the corners, so
    a zone reads as one continuous shape. Growing each region by the rim and then uniting
    gives the same shape as growing the union (growth distributes over union), and costs
    far less: the stroke of a merged outline of 40 scattered regions took about 2 s to
    unite with it, which froze the map on every click while a pattern was shown."""
    wanted = frozenset(r for r in rids if r in shape.regions)
    key = (view_key(shape), wanted)
    cached = _ZONE_CACHE.get(key)
    if cached is None:
        for _step in _zone_steps(shape, wanted):
            pass
        cached = _ZONE_CACHE[key]
    return QPainterPath(cached)


def zone_path_ahead(shape: AtlasView, rids: Iterable[str],
                    max_regions: int | None = None) -> Iterator[None]:
    """``zone_path``'s work in steps, for the window's idle time: one step per region grown
    or oriented, then one for the union (its time grows with the zone: at most 0.3 ms up to
    3 regions, 1.2 ms up to 11, 2.4 ms for 22, measured). Once it has run out,
    ``zone_path`` of the same regions copies the kept result, the very path it would have
    computed. Nothing to do when that zone is kept already, or when it has more than
    ``max_regions`` regions (left to the click, whose union is one step too long)."""
    wanted = frozenset(r for r in rids if r in shape.regions)
    if max_regions is not None and len(wanted) > max_regions:
        return
    if (view_key(shape), wanted) not in _ZONE_CACHE:
        yield from _zone_steps(shape, wanted)


def _zone_steps(shape: AtlasView, wanted: frozenset[str]) -> Iterator[None]:
    """Unite the grown regions of ``wanted`` (one step per region prepared and per union)
    and keep the result in _ZONE_CACHE.

    Two or more regions that each grow into one piece are added into one path under the
    winding rule, all running the same way round, and simplified once: the filled area is
    their union, and simplified() gives its outline. Half the time of uniting them one by
    one (0.28 against 0.56 ms a zone over 200 zones), with the same shape: drawn at twice
    the screen's scale with the zone's pen and fill, pixels differ only along the outline
    (182 pixels in 31 of those zones, at most 36 of 255 levels). A region grown into more
    than one piece (a hole, a second part) would need each piece's direction to be right,
    so a zone holding one is united one region at a time, as before."""
    # (the caches are looked up again at each step: between the steps of idle-time work
    # another view may have emptied them, see view_key)
    ordered = sorted(wanted)
    if len(ordered) > 1:
        wound: list[QPainterPath | None] = []
        for rid in ordered:
            if (view_key(shape), rid) not in _ROUNDED_CACHE:
                _rounded_region(shape, rid)  # (up to 0.8 ms)
                yield
            if (view_key(shape), rid) not in _WOUND_CACHE:
                _wound_region(shape, rid)  # (up to 0.4 ms)
                yield
            wound.append(_wound_region(shape, rid))
        if all(w is not None for w in wound):
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for w in wound:
                assert w is not None
                path.addPath(w)
            _keep_zone(shape, wanted, path.simplified())
            return
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for rid in ordered:
        if (view_key(shape), rid) not in _ROUNDED_CACHE:
            _rounded_region(shape, rid)
            yield
        path = path.united(_rounded_region(shape, rid))
        yield
    # No simplified() at the end: united() already gives the outline without crossings or
    # inner borders (each grown region was simplified once). Simplifying it again took 40 %
    # of a new zone's time and changed no pixel of 150 zones drawn with their pen and fill.
    _keep_zone(shape, wanted, path)


def _keep_zone(shape: AtlasView, wanted: frozenset[str], path: QPainterPath) -> None:
    key = (view_key(shape), wanted)
    if len(_ZONE_CACHE) > 512:
        _ZONE_CACHE.clear()
    _ZONE_CACHE[key] = path


#: a piece of a grown region smaller than this (square scene units) is a sliver that
#: simplified() leaves behind, with no area to fill: its direction does not matter
_SLIVER_AREA = 0.01


def _wound_region(shape: AtlasView, rid: str) -> QPainterPath | None:
    """The grown region (``_rounded_region``) running the way round that gives a positive
    shoelace area (clockwise on screen, where y grows downwards), so that all of them run
    the same way in a winding-rule path; None when it grew into more than one piece."""
    key = (view_key(shape), rid)
    if key in _WOUND_CACHE:
        return _WOUND_CACHE[key]
    grown = _rounded_region(shape, rid)
    areas = [a for a in map(_signed_area, grown.toSubpathPolygons()) if abs(a) > _SLIVER_AREA]
    wound: QPainterPath | None = None
    if len(areas) == 1:
        wound = QPainterPath(grown) if areas[0] > 0 else grown.toReversed()
        wound.setFillRule(Qt.FillRule.WindingFill)
    if len(_WOUND_CACHE) > 4096:
        _WOUND_CACHE.clear()
    _WOUND_CACHE[key] = wound
    return wound


def _signed_area(polygon: QPolygonF) -> float:
    """The shoelace area: its sign says which way round the polygon runs."""
    points = polygon.toList()
    xs = [p.x() for p in points]
    ys = [p.y() for p in points]
    # (sums of products over the closed ring: half as long as indexing point by point)
    return (sum(map(float.__mul__, xs, ys[1:] + ys[:1]))
            - sum(map(float.__mul__, xs[1:] + xs[:1], ys))) / 2


def muscle_paths(shape: MuscleShape) -> tuple[QPainterPath, QPainterPath]:
    """The muscle's outline, and its fibre lines (empty for a deep muscle)."""
    fibres = QPainterPath()
    for d in shape.fibres:
        fibres.addPath(painter_path_from_d(d))
    return painter_path_from_d(shape.d), fibres


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
    from PySide6.QtGui import QFont

    font = QFont()
    font.setPointSizeF(label.size)
    font.setBold(label.bold)
    return font


def label_origin(label: Label, font: QFont) -> QPointF:
    """Top-left corner of the label's text box, from its anchor."""
    from PySide6.QtGui import QFontMetricsF

    width = QFontMetricsF(font).horizontalAdvance(label.text)
    x = label.x
    if label.anchor is Anchor.END:
        x -= width
    elif label.anchor is Anchor.MIDDLE:
        x -= width / 2
    return QPointF(x, label.y)


#: how tall (device pixels) the figures are on screen at a typical window size: pens are
#: cosmetic (widths in pixels), so a larger export widens them in proportion
SCREEN_FIGURE_HEIGHT = 620.0


class _Ink:
    """Pens widened for the output's size, so a printed chart is as bold as the screen's."""

    def __init__(self, painter: QPainter, factor: float) -> None:
        self._painter = painter
        self._factor = factor

    def pen(self, pen: QPen) -> None:
        if self._factor != 1.0:
            pen = QPen(pen)
            pen.setWidthF(pen.widthF() * self._factor)
        self._painter.setPen(pen)


def paint_scene(painter: QPainter, scene: Scene, target: QRectF,
                source: tuple[float, float, float, float] | None = None) -> None:
    """Paint the scene (or its ``source`` rectangle, in scene units) into ``target``, aspect
    ratio kept, centred."""
    bx, by, bw, bh = source or scene.figures.bounds
    if bw <= 0 or bh <= 0:
        return
    scale = min(target.width() / bw, target.height() / bh)
    ink = _Ink(painter, max(1.0, bh * scale / SCREEN_FIGURE_HEIGHT))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.x() + (target.width() - bw * scale) / 2,
                      target.y() + (target.height() - bh * scale) / 2)
    painter.scale(scale, scale)
    painter.translate(-bx, -by)
    if source is not None:
        painter.setClipRect(QRectF(bx, by, bw, bh))
    for figure in scene.figures.figures:
        painter.save()
        x0, y0, x1, y1 = figure.box
        painter.translate(figure.x - x0 * figure.scale, -y0 * figure.scale)
        painter.scale(figure.scale, figure.scale)
        if figure.crop is not None:
            painter.setClipRect(QRectF(x0, y0, x1 - x0, y1 - y0), Qt.ClipOperation.IntersectClip)
        _paint_figure(painter, ink, scene, figure, scale * figure.scale)
        painter.restore()
        _paint_labels(painter, figure)
    painter.restore()


#: device pixels of half an X and of a quality symbol at most: a close-up magnifies the
#: figure, not the marks (the screen does the same with fixed-size items)
MAX_MARKER_HALF_PX = 10.0
MAX_QUALITY_PX = 12.0


def _paint_figure(painter: QPainter, ink: _Ink, scene: Scene, figure: Figure,
                  px_per_unit: float) -> None:
    shape = figure.shape
    if shape.silhouette:
        ink.pen(palette.cosmetic(palette.OUTLINE, 1.3))
        painter.setBrush(palette.solid(palette.SKIN))
        painter.drawPath(painter_path_from_d(shape.silhouette))
    drawing = scene.drawing
    for rid in shape.regions:
        level = drawing.get(rid)
        ink.pen(palette.cosmetic(palette.BORDER, 0.7))
        painter.setBrush(palette.pain_brush(level) if level is not None
                         else palette.solid(palette.SKIN))
        painter.drawPath(region_path(shape, rid))
    for d in shape.details:
        ink.pen(palette.cosmetic(palette.DETAIL, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(painter_path_from_d(d))
    if scene.spillover:
        path = zone_path(shape, scene.spillover)
        ink.pen(palette.cosmetic(palette.ESSENTIAL, 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(palette.spillover_brush())
        painter.drawPath(path)
    if scene.essential:
        path = zone_path(shape, scene.essential)
        ink.pen(palette.cosmetic(palette.ESSENTIAL, 1.4))
        painter.setBrush(palette.zone_brush())
        painter.drawPath(path)
    for mm in scene.muscles_in(figure.view):
        body, fibres = muscle_paths(mm.shape)
        ink.pen(palette.muscle_pen(mm.deep))
        painter.setBrush(palette.muscle_brush(mm.deep))
        painter.drawPath(body)
        if not fibres.isEmpty():
            ink.pen(palette.fibre_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(fibres)
    pained = [r for r in drawing if r in shape.regions]
    if pained and (scene.essential or scene.spillover or scene.muscles_in(figure.view)):
        ink.pen(palette.pain_outline_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(zone_path(shape, pained))
    q_halo, q_ink = quality_pens()
    for q in scene.qualities_in(figure.view):
        path = quality_path(q.quality, q.x, q.y, min(7.0, MAX_QUALITY_PX / px_per_unit))
        for pen in (q_halo, q_ink):
            ink.pen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
    marker_halo, marker_ink = marker_pens()
    for m in scene.markers_in(figure.view):
        path = marker_path(m.x, m.y, min(MARKER_HALF, MAX_MARKER_HALF_PX / px_per_unit))
        for pen in (marker_halo, marker_ink):
            ink.pen(pen)
            painter.drawPath(path)


def _paint_labels(painter: QPainter, figure: Figure) -> None:
    """Labels in scene units (a close-up's caption below its frame, unclipped)."""
    from PySide6.QtGui import QFontMetricsF

    painter.setPen(QPen(palette.LABEL))  # text: not a stroke
    for label in figure.labels:
        font = label_font(label)
        painter.setFont(font)
        lx, ly = figure.to_scene(label.x, label.y)
        moved = Label(label.text, lx, ly, label.size, label.bold, label.anchor)
        origin = label_origin(moved, font)
        ascent = QFontMetricsF(font).ascent()
        painter.drawText(QPointF(origin.x(), origin.y() + ascent), label.text)


def quality_path(quality: Quality, x: float, y: float, size: float = 7.0) -> QPainterPath:
    """The symbol of a pain quality (bodymap.domain.quality_symbols), centred on (x, y): drawn
    as lines, so no font is needed."""
    # (the symbols' module is read when a quality is first drawn: not at start)
    from bodymap.domain.quality_symbols import Pattern, quality_symbol

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


def paint_legend_swatch(painter: QPainter, key: LegendKey, rect: QRectF) -> None:
    """The small sample of a legend entry, drawn as the chart draws the thing itself."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = rect.adjusted(1, 1, -1, -1)
    if key is LegendKey.PAIN:
        painter.setPen(palette.pain_outline_pen())
        painter.setBrush(palette.pain_brush(6))
        painter.drawRect(r)
    elif key is LegendKey.ESSENTIAL:
        painter.setPen(palette.cosmetic(palette.ESSENTIAL, 1.4))
        painter.setBrush(palette.zone_brush())
        painter.drawRoundedRect(r, 3, 3)
    elif key is LegendKey.SPILLOVER:
        painter.setPen(palette.cosmetic(palette.ESSENTIAL, 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(palette.spillover_brush())
        painter.drawRoundedRect(r, 3, 3)
    elif key in (LegendKey.MUSCLE, LegendKey.DEEP_MUSCLE):
        deep = key is LegendKey.DEEP_MUSCLE
        painter.setPen(palette.muscle_pen(deep))
        painter.setBrush(palette.muscle_brush(deep))
        painter.drawEllipse(r)
        if not deep:
            painter.setPen(palette.fibre_pen())
            painter.drawLine(QPointF(r.left() + r.width() * 0.3, r.bottom() - 2),
                             QPointF(r.right() - r.width() * 0.3, r.top() + 2))
    elif key is LegendKey.MARKER:
        c = r.center()
        path = marker_path(c.x(), c.y(), min(r.width(), r.height()) / 2 - 1)
        for pen in marker_pens():
            painter.setPen(pen)
            painter.drawPath(path)
    # LegendKey.QUALITY: its text carries each quality's own glyph; no single swatch fits
    painter.restore()


def legend_icon(key: LegendKey, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_legend_swatch(painter, key, QRectF(0, 0, size, size))
    painter.end()
    # (QIcon(pixmap) would make PySide create QIconEngine's type, another constructor's
    # argument, before the first paint: 0.4 ms)
    icon = QIcon()
    icon.addPixmap(pixmap)
    return icon


LEGEND_ROW = 26.0   # device pixels per legend row at a 1000 px tall image
CAPTION_ROW = 34.0


def legend_height(scene: Scene, height: float) -> float:
    """Room the legend needs below a chart ``height`` pixels tall."""
    k = height / 1000.0
    return (len(scene.legend) * LEGEND_ROW + 12) * k if scene.legend else 0.0


def caption_height(caption: str, height: float) -> float:
    return CAPTION_ROW * height / 1000.0 if caption else 0.0


def caption_font(row_height: float) -> QFont:
    from PySide6.QtGui import QFont

    font = QFont()
    font.setPixelSize(max(8, round(row_height * 0.6)))
    font.setBold(True)
    return font


def caption_width(caption: str, height: float) -> float:
    """Pixels the caption needs, with a margin, at a chart ``height`` pixels tall."""
    from PySide6.QtGui import QFontMetricsF

    font = caption_font(caption_height(caption, height))
    return QFontMetricsF(font).horizontalAdvance(caption) + 40 if caption else 0.0


def paint_caption(painter: QPainter, caption: str, rect: QRectF) -> None:
    """What the chart shows, for whom and when: one bold line above it."""
    painter.save()
    font = caption_font(rect.height())
    painter.setFont(font)
    painter.setPen(QPen(palette.LABEL))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), caption)
    painter.restore()


def paint_legend(painter: QPainter, scene: Scene, rect: QRectF) -> None:
    """One row per legend entry: the swatch drawn as the chart draws it, then its words."""
    from PySide6.QtGui import QFont, QFontMetricsF

    if not scene.legend:
        return
    painter.save()
    row = rect.height() / (len(scene.legend) + 0.5)
    font = QFont()
    font.setPixelSize(max(8, round(row * 0.55)))
    painter.setFont(font)
    widest = max(QFontMetricsF(font).horizontalAdvance(e.text) for e in scene.legend)
    swatch = row * 0.7
    left = rect.center().x() - (swatch + row * 0.4 + widest) / 2
    for i, entry in enumerate(scene.legend):
        top = rect.top() + row * (0.25 + i)
        paint_legend_swatch(painter, entry.key, QRectF(left, top + (row - swatch) / 2,
                                                       swatch, swatch))
        painter.setPen(QPen(palette.LABEL))
        painter.drawText(QRectF(left + swatch + row * 0.4, top, widest + 4, row),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         entry.text)
    painter.restore()
