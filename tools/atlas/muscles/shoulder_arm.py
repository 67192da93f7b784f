"""Shoulder and arm muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: infraspinatus — medial part of the infraspinous fossa to the
middle facet of the greater tubercle of the humerus (Gray's Anatomy 20th ed., 1918, via
imaios.com; orthobullets.com "Infraspinatus").
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline

_INFRA = "Gray's Anatomy 20th ed. (1918), Infraspinatus; orthobullets.com: Infraspinatus"

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("shoulder_chest", "arm_hand")

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {
    "abductor_digiti_minimi_hand": ("front",),
    "adductor_pollicis": ("front",),
    "anconeus": ("back",),
    "biceps_brachii": ("front",),
    "brachialis": ("front",),
    "brachioradialis": ("front", "left"),
    "coracobrachialis": ("front",),
    "deltoid": ("back", "front", "left"),
    "extensor_carpi_radialis_brevis": ("back", "left"),
    "extensor_carpi_radialis_longus": ("back", "front", "left"),
    "extensor_carpi_ulnaris": ("back", "left"),
    "extensor_digitorum": ("back", "left"),
    "extensor_indicis": ("back", "left"),
    "flexor_carpi_radialis": ("front", "left"),
    "flexor_carpi_ulnaris": ("front", "left"),
    "flexor_digitorum_profundus": ("front", "left"),
    "flexor_digitorum_superficialis": ("front", "left"),
    "flexor_pollicis_longus": ("front", "left"),
    "interossei_hand": ("back", "front", "left"),
    "latissimus_dorsi": ("front",),
    "opponens_pollicis": ("front", "left"),
    "palmaris_longus": ("front", "left"),
    "pectoralis_major": ("front", "left"),
    "pectoralis_minor": ("front", "left"),
    "pronator_teres": ("front", "left"),
    "rhomboids": ("back",),
    "serratus_anterior": ("front",),
    "serratus_posterior_superior": ("back", "left"),
    "sternalis": ("front",),
    "subclavius": ("front",),
    "subscapularis": ("back", "front", "left"),
    "supinator": ("front", "left"),
    "supraspinatus": ("back", "front", "left"),
    "teres_major": ("back", "front", "left"),
    "teres_minor": ("back", "left"),
    "triceps_brachii": ("back", "front", "left"),
}

OUTLINES: tuple[MuscleOutline, ...] = (
    # --- infraspinatus: a thick fan filling the fossa below the scapular spine.
    MuscleOutline(
        "infraspinatus", "back", Form.FAN,
        origin=((167, 204), (169.5, 225), (164, 252), "scapula_inferior_angle"),
        insertion=("greater_tubercle", (128, 205)),
        side_a=((146, 198),), side_b=((143, 232),),
        fibres=3, source=_INFRA,
    ),
    MuscleOutline(
        "infraspinatus", "left", Form.FAN,
        origin=((199, 190), (204, 215), (203, 238)),
        insertion=("greater_tubercle", (186, 202)),
        side_a=((192, 190),), side_b=((191, 226),),
        fibres=2, source=_INFRA,
    ),
)
