"""Head and neck muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: sternocleidomastoid — manubrium and medial third of the clavicle to
the mastoid process and lateral half of the superior nuchal line (teachmeanatomy.info,
"Sternocleidomastoid"; Stedman's entry via medilexicon.com). Temporalis — temporal fossa and
temporal lines to the coronoid process, passing deep to the zygomatic arch (Gray's Anatomy 20th
ed., 1918, via imaios.com "Temporalis"; anatomyzone.com "Temporalis Muscle"). Levator scapulae —
transverse processes of C1-C4 to the medial border of the scapula between the superior angle and
the root of the spine; upper third under the sternocleidomastoid, lower third under the
trapezius (wheelessonline.com "Levator Scapula"; imaios.com "Levator scapulae").
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline, offset

_SCM = "teachmeanatomy.info: Sternocleidomastoid; Stedman's Medical Dictionary (medilexicon.com)"
_TEMPORALIS = "Gray's Anatomy 20th ed. (1918), Temporalis; anatomyzone.com: Temporalis Muscle"
_LEVATOR = "Gray's Anatomy 20th ed. (1918), Levator scapulae; wheelessonline.com: Levator Scapula"

OUTLINES: tuple[MuscleOutline, ...] = (
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
