"""The zone outlines are kept by atlas view: a view made after another was freed (tests and
scripts load several datasets; `--data` loads another) never gets the freed view's zones,
though Python may give it the freed view's id."""

from __future__ import annotations

import dataclasses
import gc

from bodymap.domain.atlas import AtlasView, RegionShape
from bodymap.domain.regions import View
from bodymap.report.chart import zone_path


def _square_view(x: float) -> AtlasView:
    """A view of one square region 10 units wide, its left side at ``x``."""
    d = f"M{x} 10 L{x + 10} 10 L{x + 10} 20 L{x} 20 Z"
    return AtlasView(view=View.FRONT, width=400.0, height=800.0,
                     regions={"left.temple": RegionShape(id="left.temple", d=d)})


def test_a_view_made_after_another_is_freed_gets_its_own_zones() -> None:
    for step in range(20):
        first = _square_view(0.0)
        left = zone_path(first, ["left.temple"]).boundingRect().left()
        assert left < 0.0  # the square, grown by the zone's rounding rim
        del first
        gc.collect()
        moved = dataclasses.replace(_square_view(0.0), regions=_square_view(200.0).regions)
        # the same region id, somewhere else: its zone is where it now is
        assert zone_path(moved, ["left.temple"]).boundingRect().left() > 190.0, step
        del moved
        gc.collect()
