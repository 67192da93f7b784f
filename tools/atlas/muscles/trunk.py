"""Trunk muscles (left side; the right side is mirrored). See docs/atlas-format.md.

Attachments checked against: quadratus lumborum — posterior part of the iliac crest and the
iliolumbar ligament, to the lower border of the 12th rib and the tips of the transverse processes
of L1-L4; it is the deepest muscle of the posterior abdominal wall, in front of the erector spinae
(gpnotebook "quadratus lumborum (anatomy)"; DocCheck Flexikon "Quadratus lumborum muscle";
Travell & Simons vol. 2 ch. 4 as cited in data/muscles/quadratus_lumborum.yaml).
"""

from __future__ import annotations

from tools.atlas.muscles.shape import Form, MuscleOutline

_QL = "gpnotebook: quadratus lumborum (anatomy); DocCheck Flexikon: Quadratus lumborum muscle"

#: The muscle groups (``group:`` in data/muscles/*.yaml) this module draws.
GROUPS: tuple[str, ...] = ("trunk",)

#: Outlines still to draw: muscle -> the views where its trigger points are marked but it has no
#: outline yet. Cross a view off when you draw it; tests/data/test_muscle_layer.py fails until
#: this list is exactly the true state of the layer.
NOT_YET_DRAWN: dict[str, tuple[str, ...]] = {
    "abdominal_obliques": ("front", "left"),
    "diaphragm": ("front", "left"),
    "iliocostalis_lumborum": ("back",),
    "iliocostalis_thoracis": ("back",),
    "intercostals": ("back", "front", "left"),
    "longissimus_thoracis": ("back",),
    "multifidi": ("back",),
    "pyramidalis": ("front",),
    "rectus_abdominis": ("front", "left"),
    "serratus_posterior_inferior": ("back", "left"),
}

OUTLINES: tuple[MuscleOutline, ...] = (
    MuscleOutline(
        # Deep: seen through the erector spinae, between the 12th rib and the iliac crest,
        # its medial edge on the tips of the lumbar transverse processes.
        "quadratus_lumborum", "back", Form.QUADRILATERAL, deep=True,
        origin=("l4_transverse", (178, 334), "iliac_crest_posterior", "iliac_crest_top",
                (142, 331)),
        insertion=("rib12_medial", (170, 291.5), "rib12_tip", (146, 294)),
        side_a=((185, 310),), side_b=((143.5, 312),),
        fibres=0, source=_QL,
    ),
    MuscleOutline(
        "quadratus_lumborum", "left", Form.QUADRILATERAL, deep=True,
        origin=("iliac_crest_posterior", (181, 341)),
        insertion=("rib12_medial", "rib12_tip"),
        side_a=((192.5, 310),), fibres=0, source=_QL,
    ),
)
