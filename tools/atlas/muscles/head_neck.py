"""Head and neck muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: sternocleidomastoid — manubrium and medial third of the clavicle to
the mastoid process and lateral half of the superior nuchal line (teachmeanatomy.info,
"Sternocleidomastoid"; Stedman's entry via medilexicon.com). Temporalis — temporal fossa and
temporal lines to the coronoid process, passing deep to the zygomatic arch (Gray's Anatomy 20th
ed., 1918, via imaios.com "Temporalis"; anatomyzone.com "Temporalis Muscle"). Levator scapulae —
transverse processes of C1-C4 to the medial border of the scapula between the superior angle and
the root of the spine; upper third under the sternocleidomastoid, lower third under the
trapezius (wheelessonline.com "Levator Scapula"; imaios.com "Levator scapulae"). Trapezius —
external occipital protuberance, medial third of the superior nuchal line, nuchal ligament and
spinous processes C7-T12, to the lateral third of the clavicle, the acromion and the spine of the
scapula; the lower fibres end on a tubercle at the root of the spine (Gray's Anatomy 20th ed.,
1918, Trapezius; anatomy.app "Superficial muscles of the back").
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline, offset

_SCM = "teachmeanatomy.info: Sternocleidomastoid; Stedman's Medical Dictionary (medilexicon.com)"
_TEMPORALIS = "Gray's Anatomy 20th ed. (1918), Temporalis; anatomyzone.com: Temporalis Muscle"
_TRAPEZIUS = ("Gray's Anatomy 20th ed. (1918), Trapezius; "
              "anatomy.app: Superficial muscles of the back")
_LEVATOR = "Gray's Anatomy 20th ed. (1918), Levator scapulae; wheelessonline.com: Levator Scapula"

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("head_face", "neck")

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {
    "buccinator": ("front", "left"),
    "cervical_multifidi": ("back", "left"),
    "digastric": ("front", "left"),
    "frontalis": ("front", "left"),
    "lateral_pterygoid": ("front", "left"),
    "masseter": ("front", "left"),
    "medial_pterygoid": ("left",),
    "occipitalis": ("back", "left"),
    "omohyoid": ("front",),
    "orbicularis_oculi": ("front",),
    "platysma": ("back", "front", "left"),
    "scalenes": ("back", "front", "left"),
    "semispinalis_capitis": ("back", "left"),
    "splenius_capitis": ("back", "left"),
    "splenius_cervicis": ("back", "left"),
    "suboccipitals": ("back", "left"),
    "zygomaticus_major": ("front", "left"),
}

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
    # --- sternocleidomastoid: a strap from the sternum and clavicle up and back to the mastoid.
    MuscleOutline(
        "sternocleidomastoid", "front", Form.STRAP,
        origin=("jugular_notch", "clavicle_medial_third"),
        # Seen from the front the upper end disappears behind the angle of the jaw.
        insertion=((216.5, 119), "mastoid"),
        side_b=((223.3, 137),), fibres=2, source=_SCM,
    ),
    MuscleOutline(
        "sternocleidomastoid", "left", Form.STRAP,
        origin=((131, 159), "clavicle_medial_third", (144, 161.5)),
        insertion=((164, 101.5), "mastoid", (178, 104)),
        belly=3, fibres=3, source=_SCM,
    ),
    MuscleOutline(
        # From behind only the edge of the muscle shows, lateral to the trapezius at the side
        # of the neck, running up to the mastoid.
        "sternocleidomastoid", "back", Form.STRAP,
        origin=((174, 151), (182, 150)),
        insertion=((171, 106), offset("mastoid", 7, 3)),
        side_a=((177.5, 134), (179, 121)), side_b=((184.5, 135),), fibres=2, source=_SCM,
    ),
    # --- temporalis: a fan from the temporal lines converging under the zygomatic arch.
    MuscleOutline(
        "temporalis", "left", Form.FAN,
        origin=("temporal_line_front", (128.5, 47), "temporal_line_top", (164, 39), (176, 49),
                "temporal_line_back"),
        insertion=((136, 89), "coronoid_process", (146, 89)),
        side_a=((127, 76),), side_b=((160, 58), (155.5, 66), (150, 80)),
        fibres=4, source=_TEMPORALIS,
    ),
    MuscleOutline(
        "temporalis", "front", Form.FAN,
        origin=("temporal_line_front", "temporal_line_top", (235, 48), "temporal_line_back"),
        insertion=((229.5, 81), "coronoid_process", (234, 81)),
        side_a=((227, 64),), side_b=((235.8, 66),), fibres=2, source=_TEMPORALIS,
    ),
    MuscleOutline(
        "temporalis", "back", Form.FAN,
        origin=((174.5, 47), "temporal_line_top", "temporal_line_back"),
        insertion=((168, 70), "coronoid_process"),
        side_a=((171.5, 60),), side_b=((164.5, 58),), fibres=1, source=_TEMPORALIS,
    ),
    # --- levator scapulae: a strap from the upper cervical transverse processes down and back
    # to the top of the shoulder blade's medial border.
    MuscleOutline(
        "levator_scapulae", "left", Form.STRAP,
        origin=("c1_transverse", "c4_transverse"),
        insertion=("scapula_superior_angle", (195.5, 182)),
        fibres=2, source=_LEVATOR,
    ),
    MuscleOutline(
        # Behind the trapezius in the back view: drawn as deep.
        "levator_scapulae", "back", Form.STRAP, deep=True,
        origin=("c1_transverse", "c4_transverse"),
        insertion=((160, 182), "scapular_spine_root"),
        side_a=((174, 140),), fibres=0, source=_LEVATOR,
    ),
    MuscleOutline(
        # From the front it lies deep at the side of the neck, behind the sternocleidomastoid.
        "levator_scapulae", "front", Form.STRAP, deep=True,
        origin=((219, 121), (222, 121)),
        insertion=((221.5, 150), (226.5, 146.5)),
        fibres=0, source=_LEVATOR,
    ),
)
