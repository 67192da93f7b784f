"""Leg and foot muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Not drawn yet: see the "not yet drawn" list in tests/data/test_muscle_layer.py.
"""

from __future__ import annotations

from tools.atlas.muscles.shape import MuscleOutline

OUTLINES: tuple[MuscleOutline, ...] = ()
