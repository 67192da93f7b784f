"""What to draw for a body chart, in plain Python: figures, pain, pattern, X marks, legend.

One description serves the interactive map, presentation mode, the handout and the
PNG/SVG exports, so what is printed is what the screen shows. Coordinates are scene units:
each figure keeps its own SVG coordinates, offset along x by ``Figure.x``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from bodymap.domain.atlas import Atlas, AtlasView, MuscleShape
from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.records import record
from bodymap.domain.regions import View
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from bodymap.scene.layouts import Crop, Layout

if TYPE_CHECKING:
    # (the muscles' classes come with the muscles, after the first paint: knowledge_base)
    from bodymap.domain.knowledge import TriggerPoint

GAP = 60.0          # scene units between figures (a head is about 100)
LABEL_SIZE = 16.0   # orientation labels
TITLE_SIZE = 20.0   # the view's name under each figure
MARGIN = 20.0

# which body side the viewer's left and right hand edges of each view show
# (English; shown through translate("Scene", ...))
EDGE_LABELS: dict[View, tuple[str, str]] = {
    View.FRONT: (QT_TRANSLATE_NOOP("Scene", "Right"), QT_TRANSLATE_NOOP("Scene", "Left")),
    View.BACK: (QT_TRANSLATE_NOOP("Scene", "Left"), QT_TRANSLATE_NOOP("Scene", "Right")),
    View.SOLES: (QT_TRANSLATE_NOOP("Scene", "Left"), QT_TRANSLATE_NOOP("Scene", "Right")),
    View.LEFT: (QT_TRANSLATE_NOOP("Scene", "Front"), QT_TRANSLATE_NOOP("Scene", "Back")),
    View.RIGHT: (QT_TRANSLATE_NOOP("Scene", "Back"), QT_TRANSLATE_NOOP("Scene", "Front")),
}

# The view names under each figure: the same English words as View.label (the domain, which
# lupdate does not read), marked here so that the map can show them translated.
VIEW_TITLES: dict[View, str] = {
    View.FRONT: QT_TRANSLATE_NOOP("Scene", "Front"),
    View.BACK: QT_TRANSLATE_NOOP("Scene", "Back"),
    View.LEFT: QT_TRANSLATE_NOOP("Scene", "Left side"),
    View.RIGHT: QT_TRANSLATE_NOOP("Scene", "Right side"),
    View.SOLES: QT_TRANSLATE_NOOP("Scene", "Soles"),
}

# How each pain quality is named on screen (Quality.label's words, marked for translation).
QUALITY_WORDS: dict[Quality, str] = {
    Quality.ACHE: QT_TRANSLATE_NOOP("Scene", "aching"),
    Quality.BURN: QT_TRANSLATE_NOOP("Scene", "burning"),
    Quality.PINS: QT_TRANSLATE_NOOP("Scene", "pins and needles"),
    Quality.NUMB: QT_TRANSLATE_NOOP("Scene", "numbness"),
}


def quality_word(quality: Quality, translate: Translate = untranslated) -> str:
    """'burning' (or its translation): a pain quality as the screen names it."""
    return translate("Scene", QUALITY_WORDS[quality])


class Anchor(StrEnum):
    START = "start"
    MIDDLE = "middle"
    END = "end"


@record
class Label:
    """Text at a point of a figure (x is where the anchor sits, y the top of the text)."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    anchor: Anchor = Anchor.START


@record
class Figure:
    """One view of the body (or a close-up of part of it), placed at ``x`` in the scene.

    Content keeps its SVG coordinates; ``crop`` (x0, y0, x1, y1) is the part shown, drawn
    ``scale`` times as large: a point (px, py) lands at ``to_scene(px, py)``.
    """

    view: View
    x: float
    shape: AtlasView
    labels: tuple[Label, ...]
    crop: Crop | None = None
    scale: float = 1.0

    @property
    def box(self) -> Crop:
        return self.crop or (0.0, 0.0, self.shape.width, self.shape.height)

    @property
    def width(self) -> float:
        x0, _, x1, _ = self.box
        return (x1 - x0) * self.scale

    @property
    def height(self) -> float:
        _, y0, _, y1 = self.box
        return (y1 - y0) * self.scale

    def to_scene(self, px: float, py: float) -> tuple[float, float]:
        x0, y0, _, _ = self.box
        return self.x + (px - x0) * self.scale, (py - y0) * self.scale

    def shows(self, box: tuple[float, float, float, float]) -> bool:
        """Whether a bounding box (x0, y0, x1, y1, SVG units) overlaps what this figure shows."""
        x0, y0, x1, y1 = self.box
        return box[0] <= x1 and box[2] >= x0 and box[1] <= y1 and box[3] >= y0


@record
class Marker:
    """An X on a trigger point, in its figure's coordinates."""

    view: View
    x: float
    y: float
    point: str


@record
class MuscleMark:
    """A muscle drawn in place on one figure: its outline, and whether it lies deep."""

    view: View
    shape: MuscleShape

    @property
    def deep(self) -> bool:
        return self.shape.deep


@record
class QualityMark:
    """The symbol of a pain quality (burning, pins and needles, numbness) on a region."""

    view: View
    x: float
    y: float
    region: str
    quality: Quality


class LegendKey(StrEnum):
    PAIN = "pain"
    ESSENTIAL = "essential"
    SPILLOVER = "spillover"
    MARKER = "marker"
    QUALITY = "quality"
    MUSCLE = "muscle"
    DEEP_MUSCLE = "deep_muscle"


@record
class LegendEntry:
    key: LegendKey
    text: str


@record
class FigureLayout:
    """Where each figure of a layout sits; depends on the atlas and the layout only."""

    layout: Layout
    figures: tuple[Figure, ...]
    bounds: tuple[float, float, float, float]  # x, y, width, height with a margin

    def figure(self, view: View) -> Figure | None:
        for f in self.figures:
            if f.view is view:
                return f
        return None


@record
class Scene:
    layout: Layout
    figures: FigureLayout
    drawing: PainDrawing
    essential: frozenset[str]          # regions of the main zone to draw (empty when hidden)
    spillover: frozenset[str]          # regions of the spillover zone to draw
    markers: tuple[Marker, ...]
    legend: tuple[LegendEntry, ...]
    qualities: tuple[QualityMark, ...] = ()
    title: str = ""
    muscles: tuple[MuscleMark, ...] = ()

    def muscles_in(self, view: View) -> tuple[MuscleMark, ...]:
        return tuple(m for m in self.muscles if m.view is view)

    def qualities_in(self, view: View) -> tuple[QualityMark, ...]:
        return tuple(q for q in self.qualities if q.view is view)

    def markers_in(self, view: View) -> tuple[Marker, ...]:
        return tuple(m for m in self.markers if m.view is view)


DETAIL_GAP = 12.0     # close-ups sit closer together: every unit of width costs scale
DETAIL_MARGIN = 6.0


def layout_figures(atlas: Atlas, layout: Layout,
                   translate: Translate = untranslated) -> FigureLayout:
    """Place the figures (or close-ups) of a layout side by side, with their labels (in the
    language of ``translate``)."""
    figures: list[Figure] = []
    gap, margin = (DETAIL_GAP, DETAIL_MARGIN) if layout.is_detail else (GAP, MARGIN)
    x = 0.0
    for panel in layout.panels:
        shape = atlas.views.get(panel.view)
        if shape is None:
            continue
        if panel.crop is None:
            figure = Figure(panel.view, x, shape, _labels(panel.view, shape.width,
                                                          shape.height, translate))
        else:
            x0, _, x1, y1 = panel.crop
            text = translate("Layout", panel.title) if panel.title else \
                translate("Scene", VIEW_TITLES[panel.view])
            # small enough to fit under its panel when a chart is painted to scale
            size = min(TITLE_SIZE * 0.22, (x1 - x0) / (0.62 * max(1, len(text))))
            caption = Label(text, (x0 + x1) / 2, y1, size, bold=True,
                            anchor=Anchor.MIDDLE)
            figure = Figure(panel.view, x, shape, (caption,), panel.crop, panel.scale)
        figures.append(figure)
        x += figure.width + gap
    width = max(0.0, x - gap)
    height = max((f.height for f in figures), default=0.0)
    # the titles hang just below each figure
    bottom = height + (TITLE_SIZE * 0.5 if layout.is_detail else TITLE_SIZE * 1.6)
    return FigureLayout(layout, tuple(figures),
                        (-margin, -margin, width + 2 * margin, bottom + 2 * margin))


def _labels(view: View, width: float, height: float,
            translate: Translate) -> tuple[Label, ...]:
    # a short view (the soles) is zoomed up to fit, so its labels are drawn smaller to read
    # at the same size as on the standing figures
    scale = max(0.5, min(1.0, height / 800.0))
    left_text, right_text = EDGE_LABELS[view]
    y = min(height * 0.18, 140.0)
    size = LABEL_SIZE * scale
    return (
        Label(translate("Scene", left_text), 4, y, size, anchor=Anchor.START),
        Label(translate("Scene", right_text), width - 4, y, size, anchor=Anchor.END),
        Label(translate("Scene", VIEW_TITLES[view]), width / 2, height - 2,
              TITLE_SIZE * scale, bold=True, anchor=Anchor.MIDDLE),
    )


def build_scene(atlas: Atlas, layout: Layout | FigureLayout, drawing: PainDrawing,
                points: Sequence[TriggerPoint] = (), *, essential: bool = True,
                spillover: bool = True, markers: bool = True, muscle: bool = True,
                title: str = "", translate: Translate = untranslated) -> Scene:
    """The scene for a drawing and the pattern of ``points``: the muscles they lie in (on
    their side), their zones and X marks. ``translate`` gives the labels and the legend in
    the user's language (a FigureLayout passed in keeps the labels it was made with)."""
    figures = layout if isinstance(layout, FigureLayout) else \
        layout_figures(atlas, layout, translate)
    ess, spill = zone_regions(points)
    marks: list[Marker] = []
    if markers:
        for tp in points:
            for view, (x, y) in atlas.marker_positions(tp.region, tp.markers).items():
                if figures.figure(view) is not None:
                    marks.append(Marker(view, x, y, tp.id))
    shown_ess = ess if essential else frozenset()
    shown_spill = spill if spillover else frozenset()
    muscles = muscle_marks(figures, points) if muscle else ()
    legend = legend_for(drawing, shown_ess, shown_spill, bool(marks), translate)
    if muscles:
        legend += muscle_legend(muscles, translate)
    return Scene(figures.layout, figures, drawing, shown_ess, shown_spill,
                 spread(tuple(marks)), legend, quality_marks(figures, drawing), title, muscles)


def zone_regions(points: Sequence[TriggerPoint]) -> tuple[frozenset[str], frozenset[str]]:
    """The regions of the main zone of ``points`` together, and of their spillover zone (a
    region in both is drawn in the main zone only)."""
    essential = frozenset().union(*(tp.essential for tp in points))
    return essential, frozenset().union(*(tp.spillover for tp in points)) - essential


def muscle_marks(figures: FigureLayout,
                 points: Sequence[TriggerPoint]) -> tuple[MuscleMark, ...]:
    """The outline of each muscle of the pattern, on its side, in every figure that has one."""
    wanted = dict.fromkeys((tp.muscle, tp.side) for tp in points)
    out: list[MuscleMark] = []
    for view in dict.fromkeys(f.view for f in figures.figures):
        figure = figures.figure(view)
        assert figure is not None
        for muscle, side in wanted:
            shape = figure.shape.muscle(muscle, side)
            if shape is not None:
                out.append(MuscleMark(view, shape))
    # deep muscles first, so a superficial one is drawn over them
    return tuple(sorted(out, key=lambda m: not m.deep))


def muscle_legend(muscles: Iterable[MuscleMark],
                  translate: Translate = untranslated) -> tuple[LegendEntry, ...]:
    out: list[LegendEntry] = []
    kinds = {m.deep for m in muscles}
    if False in kinds:
        out.append(LegendEntry(LegendKey.MUSCLE,
                               translate("Scene", "The muscle (red, with its fibres)")))
    if True in kinds:
        out.append(LegendEntry(LegendKey.DEEP_MUSCLE, translate(
            "Scene", "A deep muscle, seen through what covers it (dashed)")))
    return tuple(out)


#: X marks closer than this (scene units; a head is 100) are spread apart so none hides another
MARKER_SPACING = 13.0


def spread(marks: tuple[Marker, ...], spacing: float = MARKER_SPACING) -> tuple[Marker, ...]:
    """Move X marks of one view that would overlap onto a small circle around their centre,
    in a stable order, so each stays visible near where it belongs."""
    out: list[Marker] = []
    by_view: dict[View, list[Marker]] = {}
    for m in marks:
        by_view.setdefault(m.view, []).append(m)
    for view, group in by_view.items():
        clusters: list[list[Marker]] = []
        for m in group:
            for cluster in clusters:
                if any((m.x - c.x) ** 2 + (m.y - c.y) ** 2 < spacing ** 2 for c in cluster):
                    cluster.append(m)
                    break
            else:
                clusters.append([m])
        for cluster in clusters:
            if len(cluster) == 1:
                out.append(cluster[0])
                continue
            cx = sum(m.x for m in cluster) / len(cluster)
            cy = sum(m.y for m in cluster) / len(cluster)
            # the smallest circle that keeps neighbours `spacing` apart
            radius = spacing / (2 * math.sin(math.pi / len(cluster)))
            for i, m in enumerate(sorted(cluster, key=lambda k: k.point)):
                angle = -math.pi / 2 + 2 * math.pi * i / len(cluster)
                out.append(Marker(view, cx + radius * math.cos(angle),
                                  cy + radius * math.sin(angle), m.point))
    return tuple(out)


def quality_marks(figures: FigureLayout, drawing: PainDrawing) -> tuple[QualityMark, ...]:
    """A symbol at the centre of each region whose pain is not plain aching."""
    out: dict[tuple[View, str], QualityMark] = {}
    for rid, quality in drawing.qualities.items():
        for figure in figures.figures:
            shape = figure.shape.regions.get(rid)
            if shape is not None and (figure.view, rid) not in out:
                x, y = shape.centre
                out[figure.view, rid] = QualityMark(figure.view, x, y, rid, quality)
    return tuple(out.values())


def legend_for(drawing: PainDrawing, essential: Iterable[str], spillover: Iterable[str],
               markers: bool, translate: Translate = untranslated) -> tuple[LegendEntry, ...]:
    """Only what is drawn is explained."""
    out: list[LegendEntry] = []
    if drawing:
        out.append(LegendEntry(LegendKey.PAIN, translate(
            "Scene", "Your pain: orange outline, stronger shading = stronger pain")))
    if any(True for _ in essential):
        out.append(LegendEntry(LegendKey.ESSENTIAL,
                               translate("Scene", "Main pain zone (solid rose)")))
    if any(True for _ in spillover):
        out.append(LegendEntry(LegendKey.SPILLOVER,
                               translate("Scene", "Spillover zone (hatched)")))
    if markers:
        out.append(LegendEntry(LegendKey.MARKER, translate("Scene", "X: the trigger point")))
    qualities = sorted({q for q in drawing.qualities.values()}, key=list(Quality).index)
    if qualities:
        # (the symbols' module is read when a drawing first has a quality: not at start)
        from bodymap.domain.quality_symbols import quality_legend

        out.append(LegendEntry(LegendKey.QUALITY, "; ".join(
            _quality_legend_line(s.quality, s.glyph, translate)
            for s in quality_legend(qualities))))
    return tuple(out)


def best_layout(atlas: Atlas, drawing: PainDrawing,
                points: Sequence[TriggerPoint]) -> Layout:
    """Front and back, or just the one of them that shows everything (drawn larger)."""
    marked = set(drawing).union(*(tp.zone | {tp.region} for tp in points))
    front = atlas.views[View.FRONT].regions
    back = atlas.views[View.BACK].regions
    if marked and marked <= back.keys() and not marked & front.keys():
        return Layout.BACK
    if marked and marked <= front.keys() and not marked & back.keys():
        return Layout.FRONT
    return Layout.FRONT_BACK


Rect = tuple[float, float, float, float]  # x, y, width, height


def _union(rects: Iterable[tuple[float, float, float, float]]) -> tuple[float, float, float,
                                                                        float] | None:
    """Bounding box (x0, y0, x1, y1) of boxes given as (x0, y0, x1, y1)."""
    boxes = list(rects)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _grown(box: tuple[float, float, float, float], min_h: float
           ) -> tuple[float, float, float, float]:
    """``box`` (x0, y0, x1, y1) grown about its centre to at least ``min_h`` high, then to at
    least 0.62 of its height wide: a frame that is never a sliver, whatever it holds."""
    x0, y0, x1, y1 = box
    if y1 - y0 < min_h:
        grow = (min_h - (y1 - y0)) / 2
        y0, y1 = y0 - grow, y1 + grow
    min_w = (y1 - y0) * 0.62
    if x1 - x0 < min_w:
        grow = (min_w - (x1 - x0)) / 2
        x0, x1 = x0 - grow, x1 + grow
    return x0, y0, x1, y1


def focus_rect(scene: Scene, min_fraction: float = 0.32, pad: float = 14.0) -> Rect | None:
    """The part of the scene worth a close-up: the pattern, its muscle and the pain on the
    figure that holds most of them, with body around for context. None if nothing is drawn."""
    best: tuple[float, Figure, tuple[float, float, float, float]] | None = None
    for figure in scene.figures.figures:
        shape = figure.shape
        wanted = (scene.essential | scene.spillover | set(scene.drawing)) & shape.regions.keys()
        boxes = [shape.regions[r].bounds for r in wanted]
        boxes += [m.shape.bounds for m in scene.muscles_in(figure.view)]
        boxes += [(m.x, m.y, m.x, m.y) for m in scene.markers_in(figure.view)]
        boxes = [b for b in boxes if figure.shows(b)]
        box = _union(boxes)
        if box is None:
            continue
        weight = sum((b[2] - b[0]) * (b[3] - b[1]) for b in boxes) + len(boxes)
        if best is None or weight > best[0]:
            best = (weight, figure, box)
    if best is None:
        return None
    _, figure, (x0, y0, x1, y1) = best
    x0, y0, x1, y1 = _grown((x0 - pad, y0 - pad, x1 + pad, y1 + pad),
                            figure.height / figure.scale * min_fraction)
    bx0, by0, bx1, by1 = figure.box
    x0, y0 = max(x0, bx0 - MARGIN / 2), max(y0, by0 - MARGIN / 2)
    x1, y1 = min(x1, bx1 + MARGIN / 2), min(y1, by1 + MARGIN / 2)
    sx0, sy0 = figure.to_scene(x0, y0)
    sx1, sy1 = figure.to_scene(x1, y1)
    return (sx0, sy0, sx1 - sx0, sy1 - sy0)


def close_up_for(atlas: Atlas, regions: Iterable[str]) -> Layout | None:
    """The close-up (head, hands or feet) that shows every one of these regions whole, if
    any: presentation mode frames a small pattern there rather than on the whole figure."""
    wanted = set(regions)
    if not wanted:
        return None
    for layout in (Layout.HEAD, Layout.HANDS, Layout.FEET):
        figures = layout_figures(atlas, layout).figures
        if all(any(rid in f.shape.regions and _inside(f.shape.regions[rid].bounds, f.box)
                   for f in figures) for rid in wanted):
            return layout
    return None


#: the layouts presentation mode chooses from, those that draw the body largest first: the
#: close-ups, then one whole figure, then a pair of figures
_PRESENTATION_LAYOUTS = (Layout.HEAD, Layout.HANDS, Layout.FEET, Layout.FRONT, Layout.BACK,
                         Layout.LEFT, Layout.RIGHT, Layout.SOLES, Layout.FRONT_BACK,
                         Layout.SIDES)


def presentation_layout(atlas: Atlas, pain: Iterable[str], pattern: Iterable[str],
                        preferred: Layout) -> Layout:
    """The layout whose panels show the most of the pain and the pattern, for presentation
    mode: the client must see every painful region, so the pain counts first, then the
    pattern's regions (zones and the points' own regions). Among layouts showing as much,
    the one drawing the body largest wins (a close-up, then one figure), and of the pairs the
    therapist's own layout (``preferred``) before the other. A close-up shows a region only
    when the region lies wholly inside one of its panels."""
    painful = set(pain)
    wanted = painful | set(pattern)
    if not wanted:
        return preferred
    order = [layout for layout in _PRESENTATION_LAYOUTS if layout is not preferred]
    if len(preferred.panels) > 1 and not preferred.is_detail:
        first_pair = next(n for n, layout in enumerate(order)
                          if len(layout.panels) > 1 and not layout.is_detail)
        order.insert(first_pair, preferred)
    else:
        order.insert(_PRESENTATION_LAYOUTS.index(preferred), preferred)
    best: tuple[tuple[int, int, int], Layout] | None = None
    for rank, layout in enumerate(order):
        shown = {rid for rid in wanted
                 if any(_shows_whole(f, rid) for f in layout_figures(atlas, layout).figures)}
        key = (len(shown & painful), len(shown), -rank)
        if best is None or key > best[0]:
            best = (key, layout)
    assert best is not None
    return best[1]


def _shows_whole(figure: Figure, rid: str) -> bool:
    region = figure.shape.regions.get(rid)
    return region is not None and _inside(region.bounds, figure.box)


def interest_rect(scene: Scene, min_fraction: float = 0.3, pad: float = 14.0) -> Rect | None:
    """Presentation mode's frame: all of the pain and the pattern (zones, muscle outlines, X
    marks) on every figure that shows any of them, framed together, so a headache marked on
    the temples and the back of the neck keeps both in view. ``focus_rect`` instead keeps to
    the one figure holding most of it. At least ``min_fraction`` of the tallest figure high,
    with some body around for context; None if nothing is drawn."""
    boxes: list[tuple[float, float, float, float]] = []
    tallest = 0.0
    for figure in scene.figures.figures:
        tallest = max(tallest, figure.height)
        shape = figure.shape
        wanted = (scene.essential | scene.spillover | set(scene.drawing)) & shape.regions.keys()
        own = [shape.regions[r].bounds for r in wanted]
        own += [m.shape.bounds for m in scene.muscles_in(figure.view)]
        own += [(m.x, m.y, m.x, m.y) for m in scene.markers_in(figure.view)]
        bx0, by0, bx1, by1 = figure.box
        for x0, y0, x1, y1 in own:
            if not figure.shows((x0, y0, x1, y1)):
                continue
            # a close-up shows only its crop: the part of a region beyond it is not drawn
            reaches_foot = figure.crop is not None and y1 + pad >= by1
            x0, y0 = figure.to_scene(max(x0 - pad, bx0), max(y0 - pad, by0))
            x1, y1 = figure.to_scene(min(x1 + pad, bx1), min(y1 + pad, by1))
            if reaches_foot:
                # the close-up's caption hangs below its foot: keep it readable
                y1 += max((label.size for label in figure.labels), default=0.0) \
                    * figure.scale * 1.6
            boxes.append((x0, y0, x1, y1))
    box = _union(boxes)
    if box is None:
        return None
    x0, y0, x1, y1 = _grown(box, tallest * min_fraction)
    lx, ly, lw, lh = scene.figures.bounds
    x0, y0, x1, y1 = max(x0, lx), max(y0, ly), min(x1, lx + lw), min(y1, ly + lh)
    return (x0, y0, x1 - x0, y1 - y0)


def _inside(bounds: tuple[float, float, float, float], box: Crop) -> bool:
    return bounds[0] >= box[0] and bounds[1] >= box[1] and bounds[2] <= box[2] and \
        bounds[3] <= box[3]


def _quality_legend_line(quality: Quality, glyph: str, translate: Translate) -> str:
    """'≈ ≈ ≈  burning' (the domain's legend line, with the word translated)."""
    if not glyph:
        return translate("Scene", "plain colour: {quality}").format(
            quality=quality_word(quality, translate))
    return f"{glyph} {glyph} {glyph}  {quality_word(quality, translate)}"
