"""The muscle layer: one module per body part, each exporting ``OUTLINES``.

Four people can draw in parallel because each body part has its own file:
head_neck.py, shoulder_arm.py, trunk.py, hip_thigh.py, leg_foot.py. ``all_outlines()``
gathers them in paint order (paint_order.py); ``tools.atlas.muscles.layer`` turns them into
assets/muscles/<view>.svg.
"""

from __future__ import annotations

from collections.abc import Iterable

from tools.atlas.muscles import head_neck, hip_thigh, leg_foot, shoulder_arm, trunk
from tools.atlas.muscles.paint_order import PAINT_RANK
from tools.atlas.muscles.shape import MuscleOutline, OutlineError

PARTS = (head_neck, shoulder_arm, trunk, hip_thigh, leg_foot)


def paint_sorted(outlines: Iterable[MuscleOutline]) -> tuple[MuscleOutline, ...]:
    """``outlines`` in drawing order: deep muscles first (alphabetically), then the superficial
    ones from the deepest lying to the most superficial (``PAINT_ORDER``), so what lies on top
    in the body covers what lies under it. Raises OutlineError for a superficial outline whose
    muscle has no place in the paint order."""
    outlines = tuple(outlines)
    unplaced = sorted({o.muscle for o in outlines if not o.deep and o.muscle not in PAINT_RANK})
    if unplaced:
        raise OutlineError(
            f"superficial muscle(s) {', '.join(unplaced)} have no place in PAINT_ORDER "
            "(tools/atlas/muscles/paint_order.py): add each after the muscles it lies on and "
            "before those that cover it")
    return tuple(sorted(outlines, key=lambda o: (
        not o.deep, -1 if o.deep else PAINT_RANK[o.muscle], o.muscle, o.view)))


def all_outlines() -> tuple[MuscleOutline, ...]:
    """Every authored outline, in drawing order (see ``paint_sorted``)."""
    return paint_sorted(o for part in PARTS for o in part.OUTLINES)
