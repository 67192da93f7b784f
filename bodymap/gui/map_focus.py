"""Keyboard focus on the map: regions in reading order, and the nearest one in a direction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bodymap.domain.regions import View
from bodymap.gui.map_items import RegionItem

ROW_HEIGHT = 25.0       # scene units: regions whose centres differ less read as one row
ACROSS_PENALTY = 2.5    # sideways distance costs this much more than distance ahead


def reading_order(items: Iterable[RegionItem], views: Sequence[View]) -> list[RegionItem]:
    """Figure by figure, then top to bottom in rows, then left to right."""
    def key(it: RegionItem) -> tuple[int, float, float]:
        c = it.path().boundingRect().center()
        return (views.index(it.view), round(c.y() / ROW_HEIGHT), c.x())

    return sorted(items, key=key)


def next_region(items: Sequence[RegionItem], current: RegionItem | None,
                dx: int, dy: int) -> RegionItem | None:
    """The region an arrow key moves to: ahead in (dx, dy), preferring straight lines."""
    if not items:
        return None
    if current is None or current not in items:
        return items[0]
    cur = current.sceneBoundingRect().center()
    best: tuple[float, RegionItem] | None = None
    for it in items:
        if it is current:
            continue
        c = it.sceneBoundingRect().center()
        vx, vy = c.x() - cur.x(), c.y() - cur.y()
        along = vx * dx + vy * dy
        if along <= 1.0:
            continue
        cost = along + ACROSS_PENALTY * abs(vx * dy - vy * dx)
        if best is None or cost < best[0]:
            best = (cost, it)
    return best[1] if best is not None else current
