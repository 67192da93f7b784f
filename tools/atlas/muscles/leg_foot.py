"""Leg and foot muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Nothing drawn yet: NOT_YET_DRAWN below lists what to draw.
"""

from __future__ import annotations

from tools.atlas.muscles.shape import MuscleOutline

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("leg", "foot")

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {
    "abductor_digiti_minimi_foot": ("soles",),
    "abductor_hallucis": ("soles",),
    "adductor_hallucis": ("soles",),
    "extensor_digitorum_brevis": ("front", "left"),
    "extensor_digitorum_longus": ("front", "left"),
    "extensor_hallucis_brevis": ("front", "left"),
    "extensor_hallucis_longus": ("front", "left"),
    "flexor_digitorum_brevis": ("soles",),
    "flexor_digitorum_longus": ("front",),
    "flexor_hallucis_brevis": ("soles",),
    "flexor_hallucis_longus": ("back", "left"),
    "gastrocnemius": ("back", "left"),
    "interossei_foot": ("front", "left", "soles"),
    "peroneus_brevis": ("front", "left"),
    "peroneus_longus": ("front", "left"),
    "peroneus_tertius": ("front", "left"),
    "plantaris": ("back", "left"),
    "quadratus_plantae": ("soles",),
    "soleus": ("back", "left"),
    "tibialis_anterior": ("front", "left"),
    "tibialis_posterior": ("back", "left"),
}

OUTLINES: tuple[MuscleOutline, ...] = ()
