"""Front view: the figure facing the viewer; its left side is on the viewer's right (x > 200).

Authored for x >= 200 with `left.` labels; planar.expand_mirror adds the right side.
"""

from __future__ import annotations

from tools.atlas import body
from tools.atlas.planar import View


def _face(d: body.Drawer) -> None:
    """Forehead, temple, brows, eyes, nose, cheeks, mouth and jaw."""
    c = d.chain
    c(
        "skull_arc_side", (228, 52), "brow_top", "brow_bottom", "eye_outer_corner", "ear_middle"
    )  # temple border
    c((200, 57), (212, 56), (220, 57.5), "brow_top")  # forehead / eyebrow
    c((200, 65.5), "nose_root", (216, 65.5), "brow_bottom")  # eyebrow / eye
    c(
        "nose_root",
        (205.5, 74),
        "nose_bridge_side",
        "nose_wing",
        "nostril_base",
        "nose_base_midline",
    )  # nose
    c("nose_bridge_side", (215, 84), (223, 83), "eye_outer_corner")  # eye / cheek
    c("nose_wing", "upper_jaw_outer", (227, 102.5), "ear_lobe")  # cheek / jaw
    c(
        "upper_lip_midline",
        (207, 106),
        (212.5, 107.8),
        "mouth_corner",
        (212, 113.5),
        (206, 115.5),
        "lower_lip_midline",
    )  # lips
    c("mouth_corner", (218, 105.5), "upper_jaw_outer")  # upper jaw / lower jaw
    c("mouth_corner", (215, 117.5), "under_chin")  # chin / lower jaw
    c(
        (200, 25),
        (200, 57),
        (200, 65.5),
        "nose_base_midline",
        "upper_lip_midline",
        "lower_lip_midline",
        "chin",
        "jugular_notch",
    )  # facial midline


def _neck_shoulders_and_trunk(d: body.Drawer) -> None:
    """Neck, clavicles, chest, abdomen, hips and groin."""
    c = d.chain
    c("under_chin", (212, 136), "throat_side", "clavicle_medial_top")  # throat border
    c("clavicle_medial_top", "jugular_notch")
    c("throat_side", (218, 148), "neck_base_side")  # side of neck / supraclavicular
    c(
        "neck_base_side", (239, 159), "clavicle_mid_top", (269, 166), "acromion"
    )  # top of shoulder / clavicle
    c("clavicle_medial_top", (222, 157), (240, 161.8), "clavicle_mid_top")  # clavicle upper
    c(
        "clavicle_medial_bottom", (225, 163.5), (245, 166.5), "deltopectoral_top", "acromion"
    )  # clavicle lower
    c(
        "clavicle_medial_top",
        "clavicle_medial_bottom",
        "sternum_edge_upper",
        "sternum_edge_mid",
        "sternum_edge_lower",
        "xiphoid",
    )  # sternum border
    c(
        "jugular_notch",
        (200, 200),
        "xiphoid",
        (200, 300),
        (200, 345),
        "pubis_top_midline",
        "pubis_bottom_midline",
        "crotch",
    )  # trunk midline
    c("deltopectoral_top", (263, 182), "armpit_front_top")  # deltopectoral groove
    c(
        "deltoid_cap_upper", (293, 190), (292.5, 208), "deltoid_tuberosity"
    )  # front / side of shoulder
    c("armpit_front_top", "armpit_lateral", "armpit", "armpit_medial", "armpit_front_top")  # armpit
    c(
        "armpit_lateral",
        "deltoid_lower_inner",
        (286, 219.5),
        "deltoid_tuberosity",
        "deltoid_lower_outer",
        "arm_lateral_y230",
    )  # deltoid lower border
    c("sternum_edge_upper", (230, 190.5), (250, 192.5), "armpit_front_top")  # upper chest / chest
    c(
        "armpit_medial",
        (255.5, 228),
        "chest_side_lower",
        (254.5, 268),
        "flank_top",
        "trunk_side_y287",
    )  # side of chest
    c("chest_side_lower", (240, 252), (222, 253), "sternum_edge_lower")  # chest / lower chest
    c("xiphoid", (212, 268), (228, 276.5), "rectus_costal_corner", "flank_top")  # costal margin
    c(
        "rectus_costal_corner", "rectus_edge_upper", "rectus_edge_mid", "rectus_edge_lower"
    )  # rectus border
    c((200, 300), (222, 301), "rectus_edge_upper")
    c((200, 345), (222, 344.5), "rectus_edge_lower")
    c("trunk_side_y334", (254, 337), "asis", "rectus_edge_lower")  # iliac crest
    c("asis", "hip_front_top", (265, 385), "hip_side_bottom", "thigh_outer_y425")  # hip side
    c("asis", (240, 355), (226, 373), "pubic_tubercle")  # inguinal line
    c("hip_front_top", (244, 380), (229, 394.5), "groin_inner", "genitals_top_side")  # thigh crease
    c("pubis_top_midline", (209, 380), "pubic_tubercle", "genitals_top_side")  # pubic
    c("pubis_bottom_midline", (207, 399.5), "genitals_top_side")  # genitals top
    c("genitals_top_side", (209.5, 410), (205, 417.5), "crotch")  # genitals / inner thigh


def _legs(d: body.Drawer) -> None:
    """Thigh, knee, shin, ankle and the top of the foot."""
    c = d.chain
    c("groin_inner", (220.5, 430), (220.5, 465), "thigh_inner_mid")
    c("hip_side_bottom", (265, 440), (260, 470), "thigh_outer_mid")
    c(
        "mid_thigh_inner", "thigh_inner_mid", (240, 502.5), "thigh_outer_mid", "mid_thigh_outer"
    )  # mid-thigh
    c("thigh_inner_mid", (222.5, 525), "knee_top_inner_front")
    c("thigh_outer_mid", (251.5, 525), "thigh_outer_above_knee")
    c(
        "knee_top_inner",
        "knee_top_inner_front",
        (236, 540.5),
        "thigh_outer_above_knee",
        "knee_top_outer",
    )  # top of knee
    c("knee_top_inner_front", (224.5, 570), "knee_below_inner_front")
    c("thigh_outer_above_knee", (246.5, 570), "knee_below_outer_front")
    c(
        "knee_below_inner",
        "knee_below_inner_front",
        (236, 600),
        "knee_below_outer_front",
        "knee_below_outer",
    )  # below knee
    c("knee_below_inner_front", (226.5, 640), (229.5, 680), "ankle_front_inner")
    c("knee_below_outer_front", (245, 640), (242.5, 680), "ankle_front_outer")
    c(
        "ankle_above_inner",
        "ankle_front_inner",
        (236, 710.5),
        "ankle_front_outer",
        "ankle_above_outer",
    )  # ankle top
    c("foot_inner", "foot_top_inner", (236, 737.5), "foot_top_outer", "foot_outer")  # ankle / foot
    c("ankle_front_inner", (230.5, 725), "foot_top_inner")
    c("ankle_front_outer", (242, 725), "foot_top_outer")
    c(
        "big_toe_inner", (226, 759.5), "big_toe_base_top", (245, 760.5), "little_toe_outer"
    )  # toe line
    c("big_toe_base_top", (232.5, 768), "big_toe_base_sole")


def _arm(d: body.Drawer) -> None:
    """Upper arm, elbow, forearm, wrist, palm and fingers."""
    c = d.chain
    c("deltoid_lower_inner", (279.5, 240), (282, 270), (286, 295), "elbow_medial_top")
    c("deltoid_lower_outer", (299.5, 250), (301.5, 280), (304, 300), "elbow_lateral_top")
    c(
        "arm_medial_y312", "elbow_medial_top", (296.5, 314), "elbow_lateral_top", "arm_lateral_y312"
    )  # elbow top
    c(
        "arm_medial_y340",
        "elbow_medial_bottom",
        (302.5, 342),
        "elbow_lateral_bottom",
        "arm_lateral_y340",
    )  # elbow bottom
    c("elbow_medial_top", (290.5, 327), "elbow_medial_bottom")
    c("elbow_lateral_top", (307.5, 327), "elbow_lateral_bottom")
    c("forearm_medial_at_wrist", (315, 392.5), "forearm_lateral_at_wrist")  # wrist top
    c(
        "wrist_medial", "wrist_crease_hypothenar", "wrist_crease_thenar", "wrist_lateral"
    )  # wrist crease
    c("wrist_crease_hypothenar", (313.5, 418), (310, 428.5), "hand_medial")  # hypothenar
    c("thumb_web", (330, 425), (323, 413), "wrist_crease_thenar")  # thenar crease
    c("thumb_root_lateral", (332, 417), "thumb_web")  # thumb base
    c(*body.KNUCKLES)


def _labels(d: body.Drawer) -> None:
    """One label point inside each region of the body's left side."""
    for area, at in [
        ("forehead", (215, 42)),
        ("temple", (232, 62)),
        ("eyebrow", (214, 61)),
        ("eye", (217, 74)),
        ("nose", (204, 90)),
        ("cheek", (222, 92)),
        ("upper_jaw", (209, 104)),
        ("mouth", (207, 111)),
        ("lower_jaw", (225, 110)),
        ("chin", (207, 121)),
        ("ear", (240.5, 80)),
        ("throat", (205, 140)),
        ("side_of_neck", (218, 135)),
        ("supraclavicular", (226, 152)),
        ("top_of_shoulder", (250, 157)),
        ("collarbone", (230, 161)),
        ("sternum", (205, 210)),
        ("upper_chest", (235, 178)),
        ("front_of_shoulder", (278, 190)),
        ("side_of_shoulder", (300, 200)),
        ("armpit", (263, 204)),
        ("chest", (235, 225)),
        ("side_of_chest", (261, 250)),
        ("lower_chest", (228, 264)),
        ("upper_abdomen", (222, 288)),
        ("mid_abdomen", (222, 322)),
        ("flank", (251, 315)),
        ("lower_abdomen", (222, 360)),
        ("hip_side", (266, 380)),
        ("groin", (238, 378)),
        ("pubic", (205, 388)),
        ("genitals", (204, 408)),
        ("thigh_front_upper", (242, 450)),
        ("thigh_inner_upper", (212, 450)),
        ("thigh_outer_upper", (266, 450)),
        ("thigh_front_lower", (237, 520)),
        ("thigh_inner_lower", (216, 520)),
        ("thigh_outer_lower", (256, 520)),
        ("knee_front", (236, 570)),
        ("knee_inner", (220, 570)),
        ("knee_outer", (251, 570)),
        ("shin", (236, 650)),
        ("leg_inner", (222, 650)),
        ("leg_outer", (250, 650)),
        ("ankle_front", (236, 725)),
        ("ankle_inner", (227, 722)),
        ("ankle_outer", (245, 725)),
        ("top_of_foot", (240, 750)),
        ("big_toe_top", (226, 768)),
        ("toes_top", (245, 768)),
        ("upper_arm_inner", (275, 260)),
        ("upper_arm_front", (291, 260)),
        ("upper_arm_outer", (304, 260)),
        ("elbow_inner", (286, 327)),
        ("elbow_front", (299, 327)),
        ("elbow_outer", (311, 327)),
        ("forearm_front", (310, 365)),
        ("wrist_front", (316, 396)),
        ("hypothenar", (307, 418)),
        ("palm", (322, 430)),
        ("thenar", (326, 410)),
        ("thumb_palmar", (348, 440)),
        ("little_palmar", (305.5, 455)),
        ("ring_palmar", (316.5, 460)),
        ("middle_palmar", (326.5, 462)),
        ("index_palmar", (336.5, 460)),
    ]:
        d.label(f"left.{area}", at)


def _details(d: body.Drawer, figure: str) -> None:
    """Lines that are drawn but never hit-tested."""
    dt = d.detail
    dt(
        (208, 75.5),
        (214, 72.2),
        (221, 72.5),
        (226, 75.5),
        (220.5, 78.3),
        (213.5, 78.6),
        closed=True,
    )  # eye
    dt((217.5, 73), (219.7, 75.3), (217.5, 77.6), (215.3, 75.3), closed=True)  # iris
    dt((207, 62.5), (214, 59.5), (221, 60), (226, 63))  # brow
    dt((203.5, 94.5), (207.5, 96), (206.5, 99.5), (202.5, 100))  # nostril
    dt((200, 111), (207, 110.5), (214, 110.5))  # lips
    dt((239, 70), (242, 75), (241, 86), (238, 92))  # ear rim
    if figure == "female":
        _female_chest(d)
    else:
        dt((233, 238), (236.5, 224.5), (240, 238))  # nipple
        dt((212, 245), (235, 249), (254, 240))  # pectoral
    dt((200, 321.5), (202.5, 323.5), (202.5, 327), (200, 329))  # navel
    dt(
        (228, 552),
        (236, 548),
        (244, 552),
        (246, 565),
        (242, 579),
        (236, 582),
        (230, 579),
        (226, 565),
        closed=True,
    )  # kneecap
    for x0, y0, x1, y1 in [
        (302.5, 453, 309.5, 454),
        (313, 458, 320.5, 458.5),
        (323, 461, 330.5, 461),
        (333, 458, 341, 457),
        (302, 460, 309, 460.5),
        (313, 467, 320.2, 467),
        (323.2, 469.5, 330.2, 469.5),
        (333.5, 465.5, 340.5, 465),
        (344, 441.5, 350.5, 438.5),
    ]:
        dt((x0, y0), (x1, y1))  # finger creases
    for x in (238.5, 244.5, 250.5):
        dt((x, 762.5), (x + 0.3, 774.5))  # toes


def _female_chest(d: body.Drawer) -> None:
    """The breast in the front view, in base-figure coordinates (tools/atlas/female.py moves
    them with the rest): the lower curve of the breast from the sternum round to the side of
    the chest, over the 4th-6th ribs (the breast lies on pectoralis major between the 2nd and
    6th ribs, its lower fold at about the 6th), and a small nipple mark near 2.0 H."""
    d.detail((211, 226), (213.5, 240), (222, 251), (236, 254.5), (249, 249), (255.5, 236))
    d.detail((234.5, 240), (237, 236.5), (239.5, 240))


def build(figure: str = "male") -> View:
    view = View("front", 400, 800, mirror_axis=200)
    d = body.Drawer(view, dict(body.P))
    d.chains(body.OUTLINE)
    d.name(
        # face
        brow_top=(226.5, 62),
        brow_bottom=(227.5, 72),
        eye_outer_corner=(231, 78),
        nose_root=(204.5, 65.5),
        nose_bridge_side=(206.5, 83),
        nose_wing=(210, 96),
        nostril_base=(207.5, 101.5),
        nose_base_midline=(200, 101.5),
        upper_jaw_outer=(219, 100.5),
        mouth_corner=(215, 110.5),
        upper_lip_midline=(200, 106.5),
        lower_lip_midline=(200, 116),
        # neck, collarbone, chest
        throat_side=(209.5, 149),
        clavicle_medial_top=(207, 157.5),
        jugular_notch=(200, 158.5),
        clavicle_mid_top=(255, 163.5),
        clavicle_medial_bottom=(209.5, 165),
        sternum_edge_upper=(210.5, 190),
        sternum_edge_mid=(210.5, 225),
        sternum_edge_lower=(208.5, 250),
        xiphoid=(200, 263),
        deltopectoral_top=(262, 169),
        armpit_front_top=(263, 193),
        armpit_lateral=(272, 204),
        armpit_medial=(254, 209),
        deltoid_lower_inner=(280, 214.5),
        deltoid_tuberosity=(292, 222),
        deltoid_lower_outer=(299, 225.5),
        chest_side_lower=(256, 246),
        flank_top=(252, 290),
        rectus_costal_corner=(242, 284),
        rectus_edge_upper=(244, 302),
        rectus_edge_mid=(245, 322),
        rectus_edge_lower=(244, 342),
        asis=(251, 339.5),
        hip_front_top=(258, 360),
        hip_side_bottom=(269.5, 410),
        pubic_tubercle=(213, 388),
        groin_inner=(219, 398.5),
        genitals_top_side=(211, 400),
        pubis_top_midline=(200, 378),
        pubis_bottom_midline=(200, 398.5),
        # legs
        thigh_inner_mid=(221, 500.5),
        thigh_outer_mid=(255.5, 501),
        knee_top_inner_front=(223, 545),
        thigh_outer_above_knee=(248.5, 543),
        knee_below_inner_front=(224, 596),
        knee_below_outer_front=(247, 597),
        ankle_front_inner=(231, 709),
        ankle_front_outer=(241, 709),
        foot_top_inner=(229.5, 739),
        foot_top_outer=(242.5, 739.5),
        big_toe_base_top=(232, 760),
        # arm
        elbow_medial_top=(288.5, 313),
        elbow_lateral_top=(305, 312.5),
        elbow_medial_bottom=(294, 341),
        elbow_lateral_bottom=(311, 341),
        wrist_crease_hypothenar=(312, 401.5),
        wrist_crease_thenar=(319, 401.8),
    )
    _face(d)
    _neck_shoulders_and_trunk(d)
    _legs(d)
    _arm(d)
    _labels(d)
    _details(d, figure)
    return view
