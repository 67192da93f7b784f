"""The muscle layer: one module per body part, each exporting ``OUTLINES``.

Four people can draw in parallel because each body part has its own file:
head_neck.py, shoulder_arm.py, trunk.py, hip_thigh.py, leg_foot.py. ``all_outlines()``
gathers them; ``tools.atlas.muscles.layer`` turns them into assets/muscles/<view>.svg.
"""

from __future__ import annotations

from tools.atlas.muscles import head_neck, hip_thigh, leg_foot, shoulder_arm, trunk
from tools.atlas.muscles.shape import MuscleOutline

PARTS = (head_neck, shoulder_arm, trunk, hip_thigh, leg_foot)


def all_outlines() -> tuple[MuscleOutline, ...]:
    """Every authored outline, in drawing order: deep muscles first so superficial ones cover."""
    outlines = [o for part in PARTS for o in part.OUTLINES]
    return tuple(sorted(outlines, key=lambda o: (not o.deep, o.muscle, o.view)))
