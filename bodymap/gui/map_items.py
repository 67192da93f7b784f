"""The map's graphics items, built from a scene description (bodymap.scene).

Static items (silhouettes, regions, details, labels) come from a FigureLayout; the overlay
(zones, pain outline, quality symbols, X marks) from a Scene. Paths and styles are the
chart painter's (bodymap.report.chart), so the map, the handout and exports look alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
)

from bodymap.domain.atlas import AtlasView, MuscleShape
from bodymap.domain.regions import RegionCatalogue, View
from bodymap.gui.overriding import override
from bodymap.report import palette
from bodymap.report.chart import (
    keyed_by_view,
    marker_path,
    marker_pens,
    muscle_paths,
    quality_path,
    quality_pens,
    region_path,
    view_key,
    zone_path,
)
from bodymap.report.markup import escape
from bodymap.report.paths import painter_path_from_d
from bodymap.scene.scene import DETAIL_GAP, Anchor, Figure, FigureLayout, Label, Scene

Z_SILHOUETTE, Z_REGION, Z_HOVER, Z_FOCUS, Z_DETAIL, Z_LABEL = 0, 1, 2, 3, 4, 5
Z_SPILLOVER, Z_ESSENTIAL, Z_MUSCLE, Z_PAIN_OUTLINE, Z_QUALITY, Z_MARKER = 6, 7, 8, 8.7, 9, 10


class RegionItem(QGraphicsPathItem):
    """One region in one view. Its shape() is the outline, so hit-testing is exact. Its
    tooltip is the region's label (``label_items``)."""

    def __init__(self, rid: str, view: View, path: QPainterPath,
                 parent: QGraphicsItem) -> None:
        super().__init__(path, parent)
        self.rid = rid
        self.view = view
        self.shown_intensity: int | None = None  # what the fill shows (tests compare it)
        self.style(None, hovered=False, focused=False)

    @override
    def shape(self) -> QPainterPath:
        """The outline itself: the default adds the pen's stroke, so a click just outside
        the border would land on this region instead of nothing or its neighbour."""
        return self.path()

    def style(self, intensity: int | None, hovered: bool, focused: bool) -> None:
        self.shown_intensity = intensity
        if intensity is None and not hovered and not focused:
            brush, pen = _unmarked_look()
            self.setBrush(brush)
            self.setPen(pen)
            self.setZValue(Z_REGION)
            return
        if intensity is not None:
            self.setBrush(palette.pain_brush(intensity))
        else:
            self.setBrush(palette.solid(palette.SKIN_HOVER if hovered else palette.SKIN))
        if focused:
            self.setPen(palette.cosmetic(palette.FOCUS, 2.0, Qt.PenStyle.DashLine))
            self.setZValue(Z_FOCUS)
        elif hovered:
            self.setPen(palette.cosmetic(palette.FOCUS, 1.4))
            self.setZValue(Z_HOVER)
        else:
            self.setPen(palette.cosmetic(palette.BORDER, 0.7))
            self.setZValue(Z_REGION)


@cache
def _unmarked_look() -> tuple[QBrush, QPen]:
    """The brush and pen of a region nobody marked, hovered or focused, made once: the
    window's 232 regions each making their own cost about 1 ms of its start (0.1 ms
    shared). Qt copies them into each item (implicitly shared), so sharing is safe."""
    return palette.solid(palette.SKIN), palette.cosmetic(palette.BORDER, 0.7)


#: how far the control points of a stroke's curves may lie from the path, in pen half-widths:
#: a round cap's or join's quarter circles reach sqrt(1 + 0.5523^2) = 1.142, and the curves
#: offset from a curved outline (the muscles') up to 1.23 in the atlas; with room to spare
_ROUND_REACH = 1.5


class OverlayItem(QGraphicsPathItem):
    """A path of the pattern overlay (zone, outline, muscle, mark): drawn as
    QGraphicsPathItem draws it, with a shape that is the box its stroke fits in.

    QGraphicsPathItem finds its bounding rectangle from its shape, the path stroked anew
    with the item's pen, joins and all: for a new pattern's zones and outlines (hundreds of
    vertices each) that stroke cost more than drawing them. The stroke reaches half the
    pen's width from the path; Qt's box of it is a little larger where the stroke has curves
    (their control points lie further out), so the box here is the path's grown by 1.5
    half-widths, and holds Qt's (tested for every kind of overlay item).
    Overlay items take no mouse buttons and have no tooltip, so nothing tests a point
    against their shape."""

    @override
    def shape(self) -> QPainterPath:
        pen = self.pen()
        reach = pen.widthF() * _ROUND_REACH / 2 if pen.style() != Qt.PenStyle.NoPen else 0.0
        box = QPainterPath()
        box.addRect(self.path().controlPointRect().adjusted(-reach, -reach, reach, reach))
        return box


class FigureItem(QGraphicsRectItem):
    """The figure of one view, placed in the scene at its offset."""

    def __init__(self, figure: Figure) -> None:
        x0, y0, x1, y1 = figure.box
        super().__init__(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.figure = figure
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setPos(figure.x - x0 * figure.scale, -y0 * figure.scale)
        self.setScale(figure.scale)
        if figure.crop is not None:
            # a close-up: its rectangle frames the part, and nothing outside it is drawn
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self.regions: dict[str, RegionItem] = {}
        self.overlays: list[QGraphicsItem] = []
        self.overlay_keys: list[OverlayKey] = []  # one per overlay item (build_overlay)
        self.labels: list[ScreenLabel] = []

    @property
    def view(self) -> View:
        return self.figure.view


def label_items(groups: Iterable[FigureItem], regions: RegionCatalogue) -> None:
    """Give every region item of ``groups`` its label as its tooltip. The window's first
    paint builds the map without them (MapRenderer.start_caching labels it right after):
    a validated bundle's catalogue is built when a region is first looked up (222 records,
    1.3 ms), and nothing on the first screen needs to."""
    for group in groups:
        for rid, item in group.regions.items():
            item.setToolTip(regions[rid].label)


def cache_items(groups: Iterable[FigureItem]) -> None:
    """Turn the pixmap cache (``_cached``) on for every item of ``groups`` built without it.

    The window's first paint draws the map without it: filling a pixmap per item first
    cost about 6 ms and 4 MiB before anything showed. The renderer turns it on right after
    that paint (MapRenderer.start_caching), so clicks get it."""
    for group in groups:
        for item in (*group.childItems(), *group.labels):
            _cached(item)


def _cached(item: QGraphicsItem, cache: bool = True) -> QGraphicsItem:
    """Keep the item's rendering as a pixmap in device pixels. A click repaints the area its
    pattern overlay covers, which used to redraw every antialiased outline beneath it (about
    half of the map's repaint); a cached item is copied instead and redrawn only when its own
    style or the zoom changes. Overlay items are cached too: most are kept from one click to
    the next (build_overlay), and drawing a pattern's zones anew cost more than all the rest
    of the map (the main zone's merged outline alone about 2.8 ms of a 5 ms full repaint,
    against 0.4 ms for the whole map copied from pixmaps)."""
    if cache:
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return item


#: the joins of the outlines of zones and pain, which are merged from rim-rounded regions
#: and have a vertex every scene unit or so (400-odd on a main zone). A round join adds an
#: arc at every one of them, when the item's bounding rectangle is first asked for (Qt
#: strokes the whole path for it) and again when it is drawn: about 0.75 ms of a click that
#: brings a new pattern. Between segments that turn by 40 degrees or less the bevel lies
#: within 0.05 px of the arc; the chart painter keeps round joins.
_OUTLINE_JOIN = Qt.PenJoinStyle.BevelJoin


def _passive(item: QGraphicsItem, z: float) -> QGraphicsItem:
    item.setZValue(z)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def build_figures(scene: QGraphicsScene, layout: FigureLayout,
                  regions: RegionCatalogue | None, *, cache: bool = True) -> list[FigureItem]:
    """Silhouettes, clickable regions, anatomical details and labels of every figure;
    ``cache``: with each item's pixmap cache on (see ``cache_items``); ``regions``: the
    catalogue the regions' tooltips come from (None: none yet, see ``label_items``)."""
    out: list[FigureItem] = []
    for figure in layout.figures:
        group = FigureItem(figure)
        shape = figure.shape
        if shape.silhouette:
            sil = QGraphicsPathItem(painter_path_from_d(shape.silhouette), group)
            sil.setPen(palette.cosmetic(palette.OUTLINE, 1.3))
            sil.setBrush(palette.solid(palette.SKIN))
            sil.setZValue(Z_SILHOUETTE)
            _cached(sil, cache)
        for rid, region_shape in shape.regions.items():
            if figure.crop is not None and not figure.shows(region_shape.bounds):
                continue  # outside the close-up: no item to draw or to hit
            group.regions[rid] = item = RegionItem(rid, figure.view, region_path(shape, rid),
                                                   group)
            if regions is not None:
                item.setToolTip(regions[rid].label)
            _cached(item, cache)
        for d in shape.details:
            det = QGraphicsPathItem(painter_path_from_d(d), group)
            det.setPen(palette.cosmetic(palette.DETAIL, 0.8))
            _cached(_passive(det, Z_DETAIL), cache)
        # into the scene once its items are made and styled: a pen set on an item already
        # in a scene has the scene prepare for a new shape (232 regions: 2 ms of the start)
        scene.addItem(group)
        # a close-up's caption may use its part's width and a little of the gaps beside it
        room = figure.width + DETAIL_GAP * 0.8 if figure.crop is not None else None
        for label in figure.labels:
            # placed in the scene, not in the (maybe clipping) figure: a close-up's caption
            # sits just below the part it frames
            out_label = ScreenLabel(label, room)
            group.labels.append(out_label)
            lx, ly = figure.to_scene(label.x, label.y)
            out_label.setPos(lx, ly)
            out_label.setData(0, "label")
            scene.addItem(out_label)
            _cached(_passive(out_label, Z_LABEL), cache)
        out.append(group)
    x, y, w, h = layout.bounds
    scene.setSceneRect(QRectF(x, y, w, h))
    return out


#: on screen, labels keep one readable size at any zoom (they would grow huge and be clipped
#: in a close-up); the chart painter scales them with the figure instead
SCREEN_LABEL_PT = {False: 11.0, True: 13.0}  # by bold (view titles are bold)


#: Qt's margin around a QGraphicsTextItem's text (QTextDocument.documentMargin, 4 by
#: default; tests/gui/test_map_labels.py checks it): a ScreenLabel's text is moved back by it
DOCUMENT_MARGIN = 4.0


class ScreenLabel(QGraphicsTextItem):
    """A label drawn at one size on screen whatever the zoom; one with ``room`` (scene
    units: a close-up's caption) shrinks when the zoom leaves it less than its width, so it
    never runs into the next caption or off the map.

    Its size and weight are given in its text's style, not by a QFont: PySide makes its
    QFont class, with all its enums (1.6 ms), when Python first names it, and nothing else
    on the first screen needs one. It draws the same pixels as a QGraphicsSimpleTextItem with
    that font (the text moved back by the document's margin)."""

    def __init__(self, label: Label, room: float | None = None) -> None:
        super().__init__()
        self._text = label.text
        weight = "bold" if label.bold else "normal"
        self.setHtml(f'<span style="font-size:{SCREEN_LABEL_PT[label.bold]}pt; '
                     f'font-weight:{weight}">{escape(label.text)}</span>')
        self.setDefaultTextColor(palette.LABEL)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(label.x, label.y)
        self._room = room
        self._width = self.boundingRect().width() - 2 * DOCUMENT_MARGIN
        self._shift = {Anchor.START: 0.0, Anchor.MIDDLE: -self._width / 2,
                       Anchor.END: -self._width}[label.anchor]
        self.fit(None)

    def text(self) -> str:
        """The label's words."""
        return self._text

    def text_rect(self) -> QRectF:
        """The box of the words, in item coordinates: the bounding rectangle but for the
        document's margin around them."""
        return self.boundingRect().adjusted(DOCUMENT_MARGIN, DOCUMENT_MARGIN,
                                            -DOCUMENT_MARGIN, -DOCUMENT_MARGIN)

    def fit(self, zoom: float | None) -> None:
        """Size the label for a view showing the scene ``zoom`` times (None: full size)."""
        k = 1.0
        if self._room is not None and zoom is not None and self._width > 0:
            k = min(1.0, self._room * zoom / self._width)
        transform = QTransform.fromTranslate((self._shift - DOCUMENT_MARGIN) * k,
                                             -DOCUMENT_MARGIN * k).scale(k, k)
        if transform != self.transform():
            self.setTransform(transform)



SCREEN_MARKER_HALF = 6.5  # pixels: each X is 13 px across on screen


#: what decides one overlay item's look: its kind and the inputs of its path, and a count that
#: tells apart items with the same inputs
OverlayKey = tuple[Hashable, ...]

#: added to each item's z value per item of its kind built before it, so items of one kind
#: (two muscles, the halos of two X marks) stack in the order they are built, as a fresh build
#: stacks them, whether they were kept from the last click or not (the kinds' own z values are
#: 0.1 apart)
_Z_ORDER_STEP = 1e-6


#: whether the pain outlines of two regions of one atlas view merge, by (view, region, region)
_MEET: dict[tuple[int, str, str], bool] = keyed_by_view({})
_MEET_KEPT = 50_000


def pain_groups(shape: AtlasView, pained: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The marked regions in groups whose outlines merge into one shape (sorted, each group
    sorted). One pain outline item per group: a click changes the outline of the group the
    toggled region belongs to, and the other groups' items are kept and not repainted (one
    outline around every marked region spanned the whole figure whenever the marks were
    apart, so each click repainted most of the figure). The groups' outlines together are
    the outline of all the marks: shapes that do not meet do not merge."""
    view = view_key(shape)
    grown = {r: zone_path(shape, (r,)) for r in pained}  # each region as the outline grows it
    boxes = {r: path.boundingRect() for r, path in grown.items()}
    leader = {r: r for r in pained}

    def find(r: str) -> str:
        while leader[r] != r:
            leader[r] = leader[leader[r]]
            r = leader[r]
        return r

    for i, a in enumerate(pained):
        for b in pained[i + 1:]:
            if not boxes[a].intersects(boxes[b]):
                continue
            key = (view, a, b) if a < b else (view, b, a)
            meet = _MEET.get(key)
            if meet is None:
                if len(_MEET) >= _MEET_KEPT:
                    _MEET.clear()
                meet = _MEET[key] = grown[a].intersects(grown[b])
            if meet:
                leader[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for r in pained:
        groups.setdefault(find(r), []).append(r)
    return sorted(tuple(sorted(g)) for g in groups.values())


#: a muscle's outline and fibres as painter paths, by the id of its atlas shape (alive as
#: long as the figures): building them from the shape's commands took 0.07 ms of every click
#: that shows a pattern, kept items included.
_MUSCLE_PATHS: dict[int, tuple[MuscleShape, QPainterPath, QPainterPath]] = {}
_MUSCLE_PATHS_KEPT = 4096


def _muscle_paths(shape: MuscleShape) -> tuple[QPainterPath, QPainterPath]:
    kept = _MUSCLE_PATHS.get(id(shape))
    if kept is None or kept[0] is not shape:  # (an id may be reused once a shape is gone)
        if len(_MUSCLE_PATHS) >= _MUSCLE_PATHS_KEPT:  # another dataset's (tests load many)
            _MUSCLE_PATHS.clear()
        kept = _MUSCLE_PATHS[id(shape)] = (shape, *muscle_paths(shape))
    return kept[1], kept[2]


def build_overlay(group: FigureItem, scene: Scene,
                  reuse: dict[OverlayKey, QGraphicsItem] | None = None, *,
                  cache: bool = True) -> list[QGraphicsItem]:
    """Zones (merged, no inner borders), the pain outline on top, quality symbols, X marks.

    ``reuse``: the items shown so far, by their key (``group.overlay_keys``). An item whose
    key comes again is kept (and taken out of ``reuse``), so it is neither rebuilt nor
    repainted: a click that changes the pain outline but not the pattern repaints only the
    outline. What is left in ``reuse`` is the caller's to remove. Sets
    ``group.overlay_keys``."""
    shape = group.figure.shape
    kept = reuse if reuse is not None else {}
    items: list[QGraphicsItem] = []
    keys: list[OverlayKey] = []
    seen: Counter[OverlayKey] = Counter()
    of_kind: Counter[Hashable] = Counter()

    def add(key: OverlayKey, z: float, make: Callable[[], QGraphicsItem]) -> None:
        full = (*key, seen[key])
        seen[key] += 1
        item = kept.pop(full, None)
        if item is None:
            item = _cached(make(), cache)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        z += _Z_ORDER_STEP * of_kind[key[0]]
        of_kind[key[0]] += 1
        if item.zValue() != z:
            item.setZValue(z)
        items.append(item)
        keys.append(full)

    def spill() -> QGraphicsItem:
        it = OverlayItem(zone_path(shape, scene.spillover), group)
        it.setBrush(palette.spillover_brush())
        it.setPen(palette.cosmetic(palette.ESSENTIAL, 1.0, Qt.PenStyle.DashLine, _OUTLINE_JOIN))
        it.setData(0, "spillover")
        return it

    def ess() -> QGraphicsItem:
        it = OverlayItem(zone_path(shape, scene.essential), group)
        it.setBrush(palette.zone_brush())
        it.setPen(palette.cosmetic(palette.ESSENTIAL, 1.4, join=_OUTLINE_JOIN))
        it.setData(0, "essential")
        return it

    if scene.spillover & shape.regions.keys():
        add(("spillover", scene.spillover), Z_SPILLOVER, spill)
    if scene.essential & shape.regions.keys():
        add(("essential", scene.essential), Z_ESSENTIAL, ess)
    pained = tuple(r for r in scene.drawing if r in shape.regions)
    if pained and (items or scene.muscles_in(group.view)):
        for part in pain_groups(shape, pained):
            def outline(part: tuple[str, ...] = part) -> QGraphicsItem:
                it = OverlayItem(zone_path(shape, part), group)
                it.setPen(palette.pain_outline_pen(_OUTLINE_JOIN))
                it.setBrush(Qt.BrushStyle.NoBrush)
                it.setData(0, "pain")
                return it
            add(("pain", part), Z_PAIN_OUTLINE, outline)
    for mm in scene.muscles_in(group.view):
        body_path, fibres = _muscle_paths(mm.shape)

        def body(path: QPainterPath = body_path, deep: bool = mm.deep) -> QGraphicsItem:
            it = OverlayItem(path, group)
            it.setBrush(palette.muscle_brush(deep))
            it.setPen(palette.muscle_pen(deep))
            it.setData(0, "deep_muscle" if deep else "muscle")
            return it
        # the shapes are the atlas's own objects, alive as long as the figures
        add(("muscle", id(mm.shape)), Z_MUSCLE + (0.0 if mm.deep else 0.2), body)
        if not fibres.isEmpty():
            def lines(path: QPainterPath = fibres) -> QGraphicsItem:
                it = OverlayItem(path, group)
                it.setPen(palette.fibre_pen())
                it.setData(0, "fibres")
                return it
            add(("fibres", id(mm.shape)), Z_MUSCLE + 0.3, lines)
    q_halo, q_ink = quality_pens()
    for q in scene.qualities_in(group.view):
        path = quality_path(q.quality, q.x, q.y)
        for pen, dz in ((q_halo, 0.0), (q_ink, 0.1)):
            def symbol(pen: QPen = pen, path: QPainterPath = path,
                       quality: str = q.quality.value) -> QGraphicsItem:
                it = OverlayItem(path, group)
                it.setPen(pen)
                it.setData(0, f"quality:{quality}")
                return it
            add(("quality", q.quality, q.x, q.y, dz), Z_QUALITY + dz, symbol)
    halo, ink = marker_pens()
    cross = marker_path(0.0, 0.0, SCREEN_MARKER_HALF)
    for m in scene.markers_in(group.view):
        if group.figure.crop is not None and not group.figure.shows((m.x, m.y, m.x, m.y)):
            continue
        for pen, dz in ((halo, 0.0), (ink, 0.1)):
            def mark(pen: QPen = pen, x: float = m.x, y: float = m.y) -> QGraphicsItem:
                it = OverlayItem(cross, group)
                it.setPos(x, y)
                # one size at any zoom: a close-up would otherwise blow the X up past its
                # muscle
                it.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                it.setPen(pen)
                it.setData(0, "marker")
                return it
            add(("marker", m.x, m.y, dz), Z_MARKER + dz, mark)
    group.overlay_keys = keys
    return items
