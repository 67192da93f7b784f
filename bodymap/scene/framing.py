"""How to frame two drawings side by side so the eye lands on what changed (Compare)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bodymap.domain.atlas import Atlas
from bodymap.domain.drawing import MIN_INTENSITY, PainDrawing
from bodymap.domain.drawing_changes import DrawingChanges, compare_drawings
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import Rect, best_layout, build_scene, focus_rect, views_holding


@dataclass(frozen=True)
class ComparisonFrame:
    """The layout both drawings are drawn in, and the part of it to show (None: all)."""

    changes: DrawingChanges
    layout: Layout
    source: Rect | None


def frame_comparison(atlas: Atlas, first: Mapping[str, int],
                     second: Mapping[str, int]) -> ComparisonFrame:
    """One frame for both drawings: the layout that shows every painful region of either,
    closed in on the regions that changed (or, when nothing changed, on the pain) when they
    all lie on one figure of it; otherwise the whole figures."""
    changes = compare_drawings(first, second)
    painful = set(first) | set(second)
    layout = best_layout(atlas, PainDrawing(dict.fromkeys(painful, MIN_INTENSITY)), ())
    focus = changes.changed_regions or frozenset(painful)
    shown = views_holding(atlas, focus) & set(layout.views)
    if len(shown) != 1:
        return ComparisonFrame(changes, layout, None)
    scene = build_scene(atlas, layout, PainDrawing(dict.fromkeys(focus, MIN_INTENSITY)))
    return ComparisonFrame(changes, layout, focus_rect(scene))
