"""Grown regions thinned (chart._thinned) and grown ahead in idle time (the map's
grow_regions_ahead): zones keep their shape within ZONE_THINNING, and a window left alone
grows every region of the figures it shows, for whatever layout it shows, before a click
needs them."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsPathItem
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.gui.map_items import FigureItem
from bodymap.report import chart
from bodymap.scene.layouts import Layout

from .helpers import click_region


def _to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p.x() - a.x()) * dx
                                                    + (p.y() - a.y()) * dy) / length2))
    return math.hypot(p.x() - a.x() - t * dx, p.y() - a.y() - t * dy)


def test_every_thinned_region_lies_within_the_tolerance_of_the_grown_one(
        dataset: Dataset, qapp: QApplication) -> None:
    """Each ring keeps a subset of its vertices, in order, and every vertex left out lies
    within ZONE_THINNING of the segment that replaced it; 3 times fewer vertices or more."""
    before = after = 0
    for shape in dataset.atlas.views.values():
        for rid in shape.regions:
            full = chart.grown(chart.region_path(shape, rid))
            thin = chart._thinned(full)
            rings, thin_rings = full.toSubpathPolygons(), thin.toSubpathPolygons()
            assert len(rings) == len(thin_rings), rid
            for ring, thin_ring in zip(rings, thin_rings, strict=True):
                points, kept = ring.toList(), thin_ring.toList()
                before += len(points)
                after += len(kept)
                at = 0  # the kept vertex before the ones being checked
                for p in points[1:]:
                    if at + 1 < len(kept) and p == kept[at + 1]:
                        at += 1
                        continue
                    assert at + 1 < len(kept), f"{rid}: a vertex kept out of order"
                    gap = _to_segment(p, kept[at], kept[at + 1])
                    assert gap <= chart.ZONE_THINNING + 1e-9, f"{rid}: {gap:.3f} units off"
                assert at == len(kept) - 1, f"{rid}: not every kept vertex is the ring's"
    assert before >= 3 * after, (before, after)


def _clear_zone_caches() -> None:
    for cache in (chart._ZONE_CACHE, chart._ROUNDED_CACHE, chart._WOUND_CACHE):
        cache.clear()


def _grown(window: MainWindow) -> set[tuple[str, str]]:
    """(view, region) of every region of the figures shown that is grown and oriented."""
    out = set()
    for view in window.body_map.views_shown():
        shape = window.session.atlas.views[view]
        out |= {(view.value, rid) for rid in shape.regions
                if (chart.view_key(shape), rid) in chart._WOUND_CACHE}
    return out


def _all(window: MainWindow) -> set[tuple[str, str]]:
    return {(view.value, rid) for view in window.body_map.views_shown()
            for rid in window.session.atlas.views[view].regions}


def test_a_window_left_alone_grows_every_region_it_shows(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    _clear_zone_caches()
    window.body_map.ahead.add_background(iter(()))  # (starts the queue's pause anew)
    click_region(qtbot, window, View.BACK, "left.low_back")  # a click during the work
    qtbot.waitUntil(lambda: window.body_map.ahead.background_pending == 0, timeout=10_000)
    # the start's job was queued before the caches were emptied: the click's new view model
    # does not drop it, and what it skipped as done is grown by the click's own zones
    assert len(_grown(window)) > 0.5 * len(_all(window))
    _clear_zone_caches()
    window.session.clear()
    window.session.set_layout(Layout.SIDES)  # other figures: their regions are grown next
    qtbot.waitUntil(lambda: window.body_map.ahead.background_pending == 0, timeout=10_000)
    assert _grown(window) == _all(window)
    grown = len(chart._ROUNDED_CACHE)
    view = window.body_map.views_shown()[0]
    regions = window.session.atlas.views[view].regions
    rid = max(regions, key=lambda r: (regions[r].bounds[2] - regions[r].bounds[0])
              * (regions[r].bounds[3] - regions[r].bounds[1]))  # the largest
    click_region(qtbot, window, view, rid)  # a new pattern: its zones need no region grown
    assert window.body_map.overlay_items()
    assert len(chart._ROUNDED_CACHE) == grown


def test_zones_drawn_after_idle_time_are_the_zones_made_on_a_click(
        qtbot: QtBot, window: MainWindow) -> None:
    """Regions grown ahead give the very zones a click grows them for itself."""
    click_region(qtbot, window, View.BACK, "left.low_back")
    qtbot.waitUntil(lambda: window.body_map.ahead.background_pending == 0, timeout=10_000)
    zones = {}
    for item in window.body_map.overlay_items():
        figure = item.parentItem()
        if item.data(0) in ("essential", "spillover", "pain"):
            assert isinstance(item, QGraphicsPathItem) and isinstance(figure, FigureItem)
            zones[item.data(0), figure.view] = QPainterPath(item.path())
    assert zones
    _clear_zone_caches()
    for (kind, view), path in zones.items():
        shape = window.session.atlas.views[view]
        pattern = window.session.view_model.pattern
        assert pattern is not None
        essential = frozenset().union(*(tp.essential for tp in pattern.points))
        regions = {"essential": essential,
                   "spillover": frozenset().union(*(tp.spillover for tp in pattern.points))
                   - essential,
                   "pain": frozenset(window.session.drawing)}[kind]
        anew = chart.zone_path(shape, regions)
        assert anew == path, (kind, view)

