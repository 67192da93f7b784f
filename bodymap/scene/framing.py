"""How to frame two drawings side by side so the eye lands on what changed (Compare)."""

from __future__ import annotations

from collections.abc import Mapping

from bodymap.domain.atlas import Atlas
from bodymap.domain.drawing import MIN_INTENSITY, PainDrawing
from bodymap.domain.drawing_changes import DrawingChanges, compare_drawings
from bodymap.domain.records import record
from bodymap.domain.regions import View
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import Rect, best_layout, build_scene, focus_rect

#: layouts tried after best_layout's choice, single figures (drawn larger) first
_FALLBACKS = (Layout.FRONT, Layout.BACK, Layout.LEFT, Layout.RIGHT, Layout.FRONT_BACK,
              Layout.SIDES, Layout.SOLES)


@record
class ComparisonFrame:
    """The layout both drawings are drawn in, the part of it to show (None: all of it),
    the figure that part lies on, and the painful regions no figure of the layout shows."""

    changes: DrawingChanges
    layout: Layout
    source: Rect | None
    view: View | None
    hidden: frozenset[str]


def _shown_in(atlas: Atlas, layout: Layout, regions: frozenset[str]) -> frozenset[str]:
    return frozenset(r for r in regions
                     if any(r in atlas.views[v].regions for v in layout.views))


def choose_layout(atlas: Atlas, changed: frozenset[str], painful: frozenset[str]) -> Layout:
    """The layout that shows the most changed regions, then the most painful ones; among
    equals, best_layout's choice (front and/or back), then a single figure."""
    first = best_layout(atlas, PainDrawing(dict.fromkeys(painful, MIN_INTENSITY)), ())
    order = (first, *(lay for lay in _FALLBACKS if lay is not first))
    return max(order, key=lambda lay: (len(_shown_in(atlas, lay, changed)),
                                       len(_shown_in(atlas, lay, painful)),
                                       -order.index(lay)))


def frame_comparison(atlas: Atlas, first: Mapping[str, int],
                     second: Mapping[str, int]) -> ComparisonFrame:
    """One frame for both drawings, closed in on the regions that changed (or, when
    nothing changed, on the pain) when they lie on one figure of the layout."""
    changes = compare_drawings(first, second)
    painful = frozenset(first) | frozenset(second)
    layout = choose_layout(atlas, changes.changed_regions, painful)
    hidden = painful - _shown_in(atlas, layout, painful)
    focus = _shown_in(atlas, layout, changes.changed_regions or painful)
    views = [v for v in layout.views if focus & atlas.views[v].regions.keys()]
    if len(views) != 1:
        return ComparisonFrame(changes, layout, None, None, hidden)
    scene = build_scene(atlas, layout, PainDrawing(dict.fromkeys(focus, MIN_INTENSITY)))
    return ComparisonFrame(changes, layout, focus_rect(scene), views[0], hidden)
