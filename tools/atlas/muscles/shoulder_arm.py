"""Shoulder and arm muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: trapezius — external occipital protuberance, medial third of the
superior nuchal line, nuchal ligament and spinous processes C7-T12, to the lateral third of the
clavicle, the acromion and the spine of the scapula; the lower fibres end on a tubercle at the
root of the spine (Gray's Anatomy 20th ed., 1918, Trapezius; anatomy.app "Superficial muscles of
the back"). Infraspinatus — medial part of the infraspinous fossa to the middle facet of the
greater tubercle of the humerus (Gray's Anatomy 20th ed., 1918, via imaios.com; orthobullets.com
"Infraspinatus").
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline

_TRAPEZIUS = ("Gray's Anatomy 20th ed. (1918), Trapezius; "
              "anatomy.app: Superficial muscles of the back")
_INFRA = "Gray's Anatomy 20th ed. (1918), Infraspinatus; orthobullets.com: Infraspinatus"

OUTLINES: tuple[MuscleOutline, ...] = (
    # --- trapezius: the whole sheet in the back view, the upper part elsewhere.
    MuscleOutline(
        "trapezius", "back", Form.SHEET,
        origin=("nuchal_line_medial", "inion", "c7_spinous", "t3_spinous", "t12_spinous"),
        insertion=((150, 158), "acromion", (127, 186), "scapular_spine_mid", (161, 201)),
        # upper border: along the back of the neck, inside the side-of-neck strip
        side_a=((189, 124), (185, 146), (170, 155)),
        # lower border: the lower fibres climb from T12 over the inferior angle to the spine root
        side_b=((181, 276), (162, 252), (157, 225)),
        fibres=5, source=_TRAPEZIUS,
    ),
    MuscleOutline(
        # The upper fibres seen over the top of the shoulder, between the neck and the clavicle.
        "trapezius", "front", Form.SHEET,
        origin=((224.6, 135), (226, 147.5)),
        insertion=((279, 164.3), (271, 167.5)),
        # upper border: just inside the figure's outline from the neck to the acromion
        side_a=((227.5, 143), (232, 147.5), (243, 152.6), (262, 159)),
        side_b=((240, 158.8), (256, 163.5)),
        fibres=2, source=_TRAPEZIUS,
    ),
    MuscleOutline(
        "trapezius", "left", Form.SHEET,
        origin=((184.3, 114), (178.6, 133), "c7_spinous", (190.3, 166.5), (198, 183.5),
                (204.3, 215), (202.7, 260), "t12_spinous"),
        insertion=((156, 161.5), (178, 170.5), (185.5, 190), (184.5, 220), (186, 250)),
        side_a=((176, 135), (166, 152.5)),
        fibres=3, source=_TRAPEZIUS,
    ),
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
