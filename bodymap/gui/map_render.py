"""Keeps the map's graphics items in step with the view model, touching only what changed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from bodymap.domain.atlas import Atlas
from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.ahead import ZONE_REGIONS_AHEAD, AheadQueue, upcoming
from bodymap.gui.map_items import (
    FigureItem,
    RegionItem,
    build_figures,
    build_overlay,
    cache_items,
    label_items,
)
from bodymap.report.chart import grow_regions_ahead, zone_path_ahead
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import (
    FigureLayout,
    Scene,
    build_scene,
    interest_rect,
    layout_figures,
    zone_regions,
)
from bodymap.session.view_model import CandidateRow, Overlays, ViewModel


class MapRenderer:
    """Owns the figures and overlay items of one QGraphicsScene."""

    def __init__(self, scene: QGraphicsScene, dataset: Dataset) -> None:
        self._scene = scene
        self._ds = dataset
        self.figures: list[FigureItem] = []
        self._layout: FigureLayout | None = None
        self._atlas: Atlas = dataset.atlas
        self._items_by_rid: dict[str, list[RegionItem]] = {}
        self._rendered: ViewModel | None = None
        self._overlaid: Scene | None = None   # what the overlay was last drawn from
        #: items keep their rendering as pixmaps (map_items.cache_items): from just after
        #: the view's first paint, which is quicker without
        self.caching = False
        #: the zones of the next candidates, united in idle time (gui/ahead.py)
        self.ahead = AheadQueue(scene)
        self._ahead_for: tuple[object, ...] | None = None

    def refresh(self, vm: ViewModel) -> bool:
        """Update the items; True when the figures were rebuilt (a new layout or body
        figure)."""
        old = self._rendered
        rebuilt = old is None or vm.layout is not old.layout or vm.figure is not old.figure
        if rebuilt:
            self._atlas = self._ds.atlas_for(vm.figure)
            self._build(vm.layout)
            old = None
        self._restyle(old, vm)
        if old is None or (vm.pattern, vm.overlays, vm.drawing) != \
                (old.pattern, old.overlays, old.drawing):
            self._draw_overlay(vm)
        self._rendered = vm
        self._prepare_ahead(vm)
        return rebuilt

    def _prepare_ahead(self, vm: ViewModel) -> None:
        """Queue the zones of the candidates a next click most likely draws (a new set of
        candidates, overlays or figures drops what was queued for the last)."""
        rows = upcoming(vm)
        wanted = (tuple((r.muscle, r.points) for r in rows), vm.overlays, vm.layout,
                  vm.figure)
        if wanted != self._ahead_for:
            self._ahead_for = wanted
            self.ahead.replace([self._zones_ahead(rows, vm.overlays)])
        else:
            self.ahead.postpone()

    def _zones_ahead(self, rows: tuple[CandidateRow, ...],
                     overlays: Overlays) -> Iterator[None]:
        """The zones ``_draw_overlay`` would ask for, row after row, as build_scene and
        build_overlay choose them: in small steps (chart.zone_path_ahead)."""
        for row in rows:
            essential, spillover = zone_regions(row.points)
            for group in list(self.figures):
                shape = group.figure.shape
                if overlays.spillover and spillover & shape.regions.keys():
                    yield from zone_path_ahead(shape, spillover, ZONE_REGIONS_AHEAD)
                if overlays.essential and essential & shape.regions.keys():
                    yield from zone_path_ahead(shape, essential, ZONE_REGIONS_AHEAD)

    def start_caching(self) -> None:
        """Just after the view's first paint: items keep pixmaps from now on, and the
        regions of the figures shown are grown for zones in idle time."""
        if not self.caching:
            self.caching = True
            cache_items(self.figures)
            label_items(self.figures, self._ds.regions)
            self._grow_regions_ahead()

    def _grow_regions_ahead(self) -> None:
        """Queue, behind the next click's work, every region of the figures shown grown and
        thinned as zones and pain outlines use it (chart.grow_regions_ahead): 0.3-0.9 ms a
        region the first time, which a click drawing a new zone would otherwise pay, up to a
        dozen regions at once."""
        shapes = {id(group.figure.shape): group.figure.shape for group in self.figures}
        for shape in shapes.values():  # (a close-up shows part of a view another shows)
            self.ahead.add_background(grow_regions_ahead(shape))

    def _build(self, layout: Layout) -> None:
        self._scene.clear()
        # the figure labels ("Right", "Front"...) in the user's language
        self._layout = layout_figures(self._atlas, layout, QCoreApplication.translate)
        # (before the first paint without pixmaps or tooltips: start_caching adds them)
        self.figures = build_figures(self._scene, self._layout,
                                     self._ds.regions if self.caching else None,
                                     cache=self.caching)
        if self.caching:  # new figures after the first paint (another layout or body)
            self._grow_regions_ahead()
        self._items_by_rid = {}
        for group in self.figures:
            for rid, item in group.regions.items():
                self._items_by_rid.setdefault(rid, []).append(item)

    def _restyle(self, old: ViewModel | None, vm: ViewModel) -> None:
        if old is None:
            # new items are built unmarked, not hovered, not focused (RegionItem): only
            # those the view model says otherwise of need styling (232 calls were 0.8 ms)
            changed: Iterable[str] = {*vm.drawing, *(r for r in (vm.hovered, vm.focused) if r)}
        else:
            d0, d1 = old.drawing, vm.drawing
            changed = {r for r in d0.keys() | d1.keys() if d0.get(r) != d1.get(r)}
            changed |= {r for r in (old.hovered, old.focused, vm.hovered, vm.focused) if r}
        for rid in changed:
            for item in self._items_by_rid.get(rid, ()):
                item.style(vm.drawing.get(rid), rid == vm.hovered, rid == vm.focused)

    def _draw_overlay(self, vm: ViewModel) -> None:
        assert self._layout is not None
        points = vm.pattern.points if vm.pattern is not None else ()
        o = vm.overlays
        scene = build_scene(self._atlas, self._layout, vm.drawing, points,
                            essential=o.essential, spillover=o.spillover, markers=o.markers,
                            muscle=o.muscle, translate=QCoreApplication.translate)
        self._overlaid = scene
        for group in self.figures:
            # items whose zone, outline, muscle or mark is unchanged stay where they are:
            # only what changed is drawn again
            shown = dict(zip(group.overlay_keys, group.overlays, strict=True))
            group.overlays = build_overlay(group, scene, reuse=shown, cache=self.caching)
            for item in shown.values():
                self._scene.removeItem(item)

    def fit_labels(self, zoom: float) -> None:
        """Shrink the close-ups' captions that would not fit under their part at ``zoom``."""
        for group in self.figures:
            for label in group.labels:
                label.fit(zoom)

    def pattern_frame(self, min_fraction: float = 0.3) -> QRectF | None:
        """Scene rectangle framing the overlay (zones, X marks, pain outline) with body around
        it for context, on the figure that holds most of it, so a frame never cuts across the
        gap between figures. None when nothing is overlaid."""
        groups = [g for g in self.figures if g.overlays]
        if not groups:
            return None

        def extent(g: FigureItem) -> float:
            return sum(o.sceneBoundingRect().width() * o.sceneBoundingRect().height()
                       for o in g.overlays)

        best = max(groups, key=extent)
        rect = best.overlays[0].sceneBoundingRect()
        for it in best.overlays[1:]:
            rect = rect.united(it.sceneBoundingRect())
        figure = best.sceneBoundingRect()
        min_h = figure.height() * min_fraction
        if rect.height() < min_h:
            rect.adjust(0, -(min_h - rect.height()) / 2, 0, (min_h - rect.height()) / 2)
        min_w = min_h * 0.6
        if rect.width() < min_w:
            rect.adjust(-(min_w - rect.width()) / 2, 0, (min_w - rect.width()) / 2, 0)
        return rect.adjusted(-15, -15, 15, 15).intersected(figure.adjusted(-10, -10, 10, 40))

    def interest_frame(self) -> QRectF | None:
        """Scene rectangle framing all of the pain and the pattern on every figure that shows
        any of them (presentation mode; see scene.interest_rect). None when nothing is
        drawn."""
        if self._overlaid is None:
            return None
        rect = interest_rect(self._overlaid)
        return None if rect is None else QRectF(*rect)

    # ------------------------------------------------------------------ queries
    def views_shown(self) -> tuple[View, ...]:
        return tuple(g.view for g in self.figures)

    def region_item(self, view: View, rid: str) -> RegionItem | None:
        for g in self.figures:
            if g.view is view and rid in g.regions:
                return g.regions[rid]
        return None

    def region_items(self) -> list[RegionItem]:
        return [item for g in self.figures for item in g.regions.values()]

    def first_item(self, rid: str) -> RegionItem | None:
        items = self._items_by_rid.get(rid, [])
        return items[0] if items else None

    def overlay_items(self, view: View | None = None) -> list[QGraphicsItem]:
        return [o for g in self.figures if view in (None, g.view) for o in g.overlays]

    def scene_point(self, view: View, x: float, y: float) -> QPointF:
        """Where a point of a view's SVG lands: in the first figure of that view showing it."""
        for g in self.figures:
            if g.view is view and g.figure.shows((x, y, x, y)):
                return g.mapToScene(QPointF(x, y))
        raise KeyError(f"view {view.value} is not shown at ({x}, {y})")
