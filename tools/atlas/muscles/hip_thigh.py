"""Hip and thigh muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: gluteus medius — outer surface of the ilium between the iliac crest
and the anterior and posterior gluteal lines, to the lateral surface of the greater trochanter;
covered behind by gluteus maximus (Oxford Index "gluteus medius"; gpnotebook "gluteus medius
muscle (anatomy)"). Gluteus minimus — ilium between the anterior and inferior gluteal lines, to
the anterior surface of the greater trochanter, under gluteus medius (orthobullets.com "Gluteus
Minimus"). Piriformis — front of the sacrum beside the sacral foramina S1-S4 and the margin of the
greater sciatic notch, through the greater sciatic foramen to the top of the greater trochanter,
under gluteus maximus (orthobullets.com "Piriformis"; wheelessonline.com "Piriformis").
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline

_MEDIUS = "Oxford Index: gluteus medius; gpnotebook: gluteus medius muscle (anatomy)"
_MINIMUS = "orthobullets.com: Gluteus Minimus"
_PIRIFORMIS = "orthobullets.com: Piriformis; wheelessonline.com: Piriformis"

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("pelvis_hip", "thigh_knee")

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {
    "adductor_brevis": ("front",),
    "adductor_longus": ("front",),
    "adductor_magnus": ("front",),
    "biceps_femoris": ("back", "left"),
    "coccygeus": ("back",),
    "gluteus_maximus": ("back", "left"),
    "gracilis": ("front",),
    "iliopsoas": ("front", "left"),
    "levator_ani": ("back",),
    "obturator_internus": ("back",),
    "pectineus": ("front",),
    "popliteus": ("back", "left"),
    "rectus_femoris": ("front", "left"),
    "sartorius": ("front", "left"),
    "semimembranosus": ("back", "left"),
    "semitendinosus": ("back", "left"),
    "tensor_fasciae_latae": ("back", "front", "left"),
    "vastus_intermedius": ("front", "left"),
    "vastus_lateralis": ("back", "front", "left"),
    "vastus_medialis": ("front",),
}

OUTLINES: tuple[MuscleOutline, ...] = (
    # --- gluteus medius: a fan from under the iliac crest to the side of the greater trochanter.
    MuscleOutline(
        "gluteus_medius", "back", Form.FAN,
        origin=((180, 346), "iliac_crest_posterior", "iliac_crest_top", "iliac_tubercle",
                (136.5, 348)),
        insertion=((137, 393), "greater_trochanter", (127.5, 391)),
        side_a=((168, 372),), side_b=((131, 372),),
        fibres=3, source=_MEDIUS,
    ),
    MuscleOutline(
        "gluteus_medius", "front", Form.FAN,
        origin=((254, 338.5), (258.5, 336), "iliac_tubercle", (262.5, 348)),
        insertion=((267.5, 392), (272.5, 392.5)),
        fibres=2, source=_MEDIUS,
    ),
    MuscleOutline(
        "gluteus_medius", "left", Form.FAN,
        origin=((167, 364), "iliac_tubercle", (181, 363), (192, 365), (198, 369)),
        insertion=((169.5, 406), "greater_trochanter", (177, 405)),
        side_a=((165.5, 380),), side_b=((188, 390),),
        fibres=3, source=_MEDIUS,
    ),
    # --- gluteus minimus: a smaller fan under gluteus medius, to the front of the trochanter.
    MuscleOutline(
        "gluteus_minimus", "back", Form.FAN, deep=True,
        origin=((172, 356), (160, 344), (146, 341), (136.5, 352)),
        insertion=((134, 391), (129.5, 389)),
        side_a=((160, 378),), side_b=((130, 376),), fibres=0, source=_MINIMUS,
    ),
    MuscleOutline(
        "gluteus_minimus", "front", Form.FAN, deep=True,
        origin=((255, 345), (259, 341), (264.5, 352), (265, 356)),
        insertion=((266, 392), (270, 392)),
        fibres=0, source=_MINIMUS,
    ),
    MuscleOutline(
        "gluteus_minimus", "left", Form.FAN, deep=True,
        origin=((165.5, 371), (172, 367), (180, 367), (189, 372)),
        insertion=((168.5, 406), (173.5, 406)),
        side_a=((166, 388),), fibres=0, source=_MINIMUS,
    ),
    # --- piriformis: a pear-shaped band from the sacrum's edge to the top of the trochanter.
    MuscleOutline(
        "piriformis", "back", Form.FUSIFORM, deep=True,
        origin=("sacrum_edge_s2", (188, 370), "sacrum_edge_s4"),
        insertion=((134, 384), (136, 390.5)),
        # the lower border sags towards the sciatic notch before it reaches the trochanter
        side_b=((176, 389.5),), belly=2, fibres=0, source=_PIRIFORMIS,
    ),
    MuscleOutline(
        "piriformis", "left", Form.FUSIFORM, deep=True,
        origin=("sacrum_edge_s2", "sacrum_edge_s4"),
        insertion=((175, 396), (176, 404)),
        belly=1.5, fibres=0, source=_PIRIFORMIS,
    ),
)
