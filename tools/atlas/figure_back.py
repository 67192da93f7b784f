"""Back view: the figure seen from behind; its left side is on the viewer's left (x < 200).

Authored for x >= 200 (the body's right) with `right.` labels; the mirror adds the left side.
"""

from __future__ import annotations

from tools.atlas import body
from tools.atlas.planar import View


def _head_and_neck(d: body.Drawer) -> None:
    """Midline, vertex, occiput, mastoid, neck and upper trapezius."""
    c = d.chain
    c(
        "crown",
        (200, 47),
        (200, 98),
        "chin",
        (200, 152),
        (200, 185),
        (200, 266),
        (200, 288),
        "sacrum_top_midline",
        "coccyx_tip",
        (200, 404),
        "crotch",
    )  # midline
    c((200, 47), (213, 46.5), "vertex_side", "skull_arc_side")  # vertex
    c("vertex_side", (224, 58), (227, 71), "ear_middle")  # side of head
    c("ear_middle", "mastoid_upper", "mastoid_lower", "jaw_neck_junction")  # mastoid
    c((200, 98), (213, 97.5), "mastoid_upper")  # occiput / base of skull
    c("under_chin", (214, 135), (217, 146), "neck_base")
    c("neck_base_side", "neck_base")
    c((200, 152), (210, 152.6), "neck_base")
    c("neck_base", (235, 165), (258, 171), "acromion")  # upper trapezius


def _back_and_hips(d: body.Drawer) -> None:
    """Shoulder blade, ribs, low back, iliac crest, sacrum and buttocks."""
    c = d.chain
    c((200, 185), (216, 184.6), "scapula_superior_angle")
    c("scapula_superior_angle", (252, 178), (268, 172), "acromion")  # scapular superior border
    c(
        "acromion",
        (278, 185),
        (274.5, 198),
        "posterior_axillary_fold",
        (261.5, 224),
        "scapula_lateral_border_mid",
        "scapula_lateral_border_low",
        "scapula_inferior_angle",
    )  # lateral border
    c(
        "scapula_superior_angle", (230, 205), (232, 230), (236, 252), "scapula_inferior_angle"
    )  # medial border
    c((200, 266), (220, 266.5), "scapula_inferior_angle")
    c("posterior_axillary_fold", "armpit")  # posterior axillary fold
    c(
        "scapula_lateral_border_low",
        (249.5, 272),
        "rib12_lateral",
        (246, 318),
        "iliac_crest_lateral_back",
    )  # lateral back: from low on the shoulder blade's lateral border (from its middle, it
    # left the mid back a spike between two nearly parallel lines)
    c((200, 288), (224, 291), "rib12_lateral")  # lowest ribs
    c("psis", (228, 333), "iliac_crest_lateral_back", "trunk_side_y334")  # iliac crest, top
    c("sacrum_top_midline", "psis")
    c("psis", "iliac_crest_posterior", (250, 343), "trunk_side_y356")  # iliac crest, lower
    c(
        "psis",
        "sacrum_edge_upper",
        "sacroiliac_lower_end",
        "upper_buttock_inner",
        "coccyx_side",
        "lower_buttock_inner",
        "perineum_upper",
        "perineum_lower",
        "crotch",
    )  # sacrum, coccyx, perineum
    c("coccyx_tip", "coccyx_side")
    c("perineum_upper", (200, 404))
    c("iliac_crest_posterior", (231, 356), (224, 362.5), "sacroiliac_lower_end")  # sacroiliac
    c("trunk_side_y356", "hip_side_top_back", "hip_side_bottom", "thigh_outer_y425")  # hip side
    # the upper buttock meets the sacrum along its edge below the sacroiliac joint, not at a
    # point between two nearly parallel lines (a thin tongue that showed as a spur in the
    # smoothed pain outlines of presentation mode)
    c("upper_buttock_inner", (230, 374.5), (250, 378), "hip_side_top_back")  # upper buttock
    c("lower_buttock_inner", (225, 404.5), (250, 408), "hip_side_bottom")  # lower buttock
    c(
        "perineum_lower", (218, 428), (240, 436.5), "gluteal_fold_outer", "thigh_outer_y425"
    )  # gluteal fold


def _legs(d: body.Drawer) -> None:
    """Back of the thigh, knee, calf, Achilles tendon and heel."""
    c = d.chain
    c("gluteal_fold_outer", (262, 470), "thigh_outer_mid")
    c("mid_thigh_inner", (235, 502.5), "thigh_outer_mid", "mid_thigh_outer")  # mid-thigh
    c("thigh_outer_mid", (251.5, 525), "thigh_outer_above_knee")
    c("knee_top_inner", (236, 543), "thigh_outer_above_knee", "knee_top_outer")  # above knee
    c("knee_below_inner", (236, 598), "knee_below_outer")  # below knee
    c("calf_widest_inner", (236, 628), "calf_widest_outer")  # widest calf
    c(
        "ankle_above_inner",
        "achilles_inner_top",
        (236, 701),
        "achilles_outer_top",
        "ankle_above_outer",
    )  # calf / ankle
    c("achilles_inner_top", (231, 722), "heel_inner")
    c("achilles_outer_top", (241.5, 722), "heel_outer")
    c("foot_inner", "heel_inner", (236, 743.5), "heel_outer", "foot_outer")  # heel


def _arm(d: body.Drawer) -> None:
    """Deltoid, upper arm, elbow, forearm and the back of the hand."""
    c = d.chain
    c(
        "posterior_axillary_fold",
        "deltoid_lower_inner",
        (286, 219.5),
        "deltoid_tuberosity",
        "deltoid_lower_outer",
        "arm_lateral_y230",
    )  # deltoid lower border
    c("deltoid_lower_inner", (279.5, 240), (282, 270), (286, 295), "elbow_medial_top")
    c("deltoid_lower_outer", (299.5, 250), (301.5, 280), (304, 300), "elbow_lateral_top")
    c("arm_medial_y312", "elbow_medial_top", (296.5, 314), "elbow_lateral_top", "arm_lateral_y312")
    c(
        "arm_medial_y340",
        "elbow_medial_bottom",
        (302.5, 342),
        "elbow_lateral_bottom",
        "arm_lateral_y340",
    )
    c("elbow_medial_top", (290.5, 327), "elbow_medial_bottom")
    c("elbow_lateral_top", (307.5, 327), "elbow_lateral_bottom")
    c("forearm_medial_at_wrist", (315, 392.5), "forearm_lateral_at_wrist")
    c("wrist_medial", (316, 402), "wrist_lateral")
    c("thumb_root_lateral", (332, 417), "thumb_web")
    c(*body.KNUCKLES)


def _labels(d: body.Drawer) -> None:
    """One label point inside each region of the body's right side."""
    for area, at in [
        ("vertex", (212, 36)),
        ("side_of_head", (230, 56)),
        ("occiput", (212, 72)),
        ("mastoid", (229, 100)),
        ("ear", (240.5, 80)),
        ("suboccipital", (210, 112)),
        ("back_of_neck", (207, 140)),
        ("side_of_neck", (222, 140)),
        ("top_of_shoulder", (245, 162)),
        ("upper_back", (215, 172)),
        ("shoulder_blade", (252, 215)),
        ("between_shoulder_blades", (215, 225)),
        ("back_of_shoulder", (288, 195)),
        ("mid_back", (222, 278)),
        ("lateral_back", (256, 285)),
        ("low_back", (222, 315)),
        ("iliac_crest", (240, 336)),
        ("sacrum", (206, 360)),
        ("sacroiliac", (222, 355)),
        ("coccyx", (203.5, 393)),
        ("perineum", (203, 410)),
        ("upper_buttock", (240, 362)),
        ("buttock", (238, 392)),
        ("lower_buttock", (238, 420)),
        ("hip_side", (268, 390)),
        ("thigh_back_upper", (232, 465)),
        ("thigh_outer_upper", (266, 465)),
        ("thigh_back_lower", (232, 525)),
        ("thigh_outer_lower", (255, 525)),
        ("knee_back", (236, 572)),
        ("calf_upper", (236, 612)),
        ("calf_lower", (236, 660)),
        ("achilles", (236, 722)),
        ("ankle_inner", (227.5, 722)),
        ("ankle_outer", (245, 722)),
        ("heel_back", (238, 758)),
        ("upper_arm_inner", (275, 260)),
        ("upper_arm_back", (291, 260)),
        ("upper_arm_outer", (304, 260)),
        ("elbow_inner", (286, 327)),
        ("elbow_back", (299, 327)),
        ("elbow_outer", (311, 327)),
        ("forearm_back", (310, 365)),
        ("wrist_back", (316, 396)),
        ("back_of_hand", (320, 422)),
        ("thumb_dorsal", (345, 438)),
        ("little_dorsal", (305.5, 455)),
        ("ring_dorsal", (316.5, 460)),
        ("middle_dorsal", (326.5, 462)),
        ("index_dorsal", (336.5, 460)),
    ]:
        d.label(f"right.{area}", at)


def _details(d: body.Drawer) -> None:
    """Lines that are drawn but never hit-tested."""
    dt = d.detail
    dt((239, 70), (242, 75), (241, 86), (238, 92))  # ear rim
    dt((234, 199), (252, 193), (274, 188))  # spine of scapula
    dt((226, 575), (236, 577), (246, 575))  # knee crease
    dt((294, 330), (298.5, 334), (303, 330))  # olecranon
    for x, y in [(305.3, 464), (316.6, 472.5), (326.6, 476), (337, 470.5), (349.5, 447.5)]:
        dt((x - 2, y - 1), (x, y - 3.5), (x + 2, y - 1), (x, y + 0.8), closed=True)  # nails
    for x, y in [(306, 441), (316, 443.5), (326, 443.5), (335.5, 441)]:
        dt((x - 2, y - 1.5), (x, y - 2.5), (x + 2, y - 1.5))  # knuckles


def build() -> View:
    view = View("back", 400, 800, mirror_axis=200)
    d = body.Drawer(view, dict(body.P))
    d.chains(body.OUTLINE)
    d.name(
        vertex_side=(224, 44.5),
        mastoid_upper=(226, 90),
        mastoid_lower=(224, 104),
        neck_base=(219, 153),
        scapula_superior_angle=(231, 184),
        posterior_axillary_fold=(266.5, 207),
        scapula_lateral_border_mid=(258, 240),
        scapula_lateral_border_low=(251, 255),
        scapula_inferior_angle=(242, 266),
        rib12_lateral=(245, 295),
        iliac_crest_lateral_back=(248, 327.5),
        sacrum_top_midline=(200, 342),
        psis=(217, 344),
        sacrum_edge_upper=(214.5, 358),
        sacroiliac_lower_end=(213.3, 363),
        upper_buttock_inner=(211.5, 370),
        coccyx_side=(208.5, 380),
        coccyx_tip=(200, 386),
        lower_buttock_inner=(207, 394),
        perineum_upper=(204.5, 403),
        perineum_lower=(207.5, 411),
        iliac_crest_posterior=(232, 341),
        hip_side_top_back=(265.5, 380),
        hip_side_bottom=(269.5, 410),
        gluteal_fold_outer=(262, 434),
        thigh_outer_mid=(255.5, 501),
        thigh_outer_above_knee=(248.5, 543),
        achilles_inner_top=(230.5, 702),
        achilles_outer_top=(242, 703.5),
        heel_inner=(231.5, 742),
        heel_outer=(241, 742.5),
        deltoid_lower_inner=(280, 214.5),
        deltoid_tuberosity=(292, 222),
        deltoid_lower_outer=(299, 225.5),
        elbow_medial_top=(288.5, 313),
        elbow_lateral_top=(305, 312.5),
        elbow_medial_bottom=(294, 341),
        elbow_lateral_bottom=(311, 341),
    )
    _head_and_neck(d)
    _back_and_hips(d)
    _legs(d)
    _arm(d)
    _labels(d)
    _details(d)
    return view
