"""The outline of the standing figure shared by the front and back views.

Only the half with x >= 200 (the viewer's right) is described; the views mirror it.
Unit: 1 head height (H) = 100; top of the head at y = 25, soles at y = 775.
Heights follow the proportions table in docs/atlas-format.md (eye 0.5 H, chin 1.0 H,
clavicles 1.35 H,
shoulders 1.5 H, nipples 2.0 H, costal margin 2.6 H, navel/elbow 3.0 H, wrist/trochanter
3.75 H, crotch 3.95 H, fingertips 4.5 H, mid-thigh 4.75 H, knee 5.3-5.5 H, calf 6.0 H,
ankle 7.1 H). Named points are shared by the chains that meet there.
"""

from __future__ import annotations

from tools.atlas.planar import View

# A chain: named points (keys of P or a Drawer's own names) or literal coordinates.
ChainSpec = list[str | tuple[float, float]]

P: dict[str, tuple[float, float]] = {
    # head
    "crown": (200, 25),
    "skull_arc_upper": (221, 29),
    "skull_arc_side": (233, 42),
    "skull_above_ear": (237, 57),
    "ear_top": (236.5, 67),
    "ear_middle": (235.5, 80),
    "ear_lobe": (234, 100),
    "jaw_angle": (228, 114),
    "jaw_neck_junction": (222, 119.5),
    "under_chin": (211, 124.5),
    "chin": (200, 126),
    # neck and shoulder
    "neck_side_upper": (224, 132),
    "neck_base_side": (228.5, 145),
    "trapezius_ridge_inner": (243, 152),
    "trapezius_ridge_outer": (262, 158.5),
    "acromion": (281, 164.5),
    "deltoid_cap_upper": (294, 170),
    "deltoid_cap_lateral": (302.5, 182),
    "shoulder_widest": (306, 199),
    # arm, lateral edge
    "arm_lateral_y230": (307, 228),
    "arm_lateral_y260": (307.5, 258),
    "arm_lateral_y285": (309, 285),
    "arm_lateral_y312": (311.5, 312),
    "arm_lateral_y326": (314.5, 326),
    "arm_lateral_y340": (318.5, 340),
    "arm_lateral_y365": (323.5, 365),
    "forearm_lateral_at_wrist": (327, 391),
    "wrist_lateral": (327.5, 401),
    "thumb_root_lateral": (328.5, 405),
    # thumb and hand
    "thumb_web": (339, 430.5),
    "index_finger_outer": (339.5, 442),
    "cleft_middle_index": (331, 445.5),
    "cleft_ring_middle": (321, 446.5),
    "cleft_little_ring": (311, 445.5),
    "little_finger_outer": (303, 442),
    "hand_medial": (302.5, 432),
    "wrist_medial": (305, 401),
    # arm, medial edge
    "forearm_medial_at_wrist": (303, 391),
    "arm_medial_y365": (293.5, 365),
    "arm_medial_y340": (287, 340),
    "arm_medial_y326": (283, 326),
    "arm_medial_y312": (279, 312),
    "arm_medial_y280": (273.5, 280),
    "arm_medial_y250": (270, 250),
    "arm_medial_y224": (268, 224),
    "armpit": (265, 213),
    # trunk side and outer leg
    "trunk_side_y235": (267.5, 235),
    "trunk_side_y260": (265, 260),
    "trunk_side_y287": (260, 287),
    "trunk_side_y310": (256.5, 310),
    "trunk_side_y334": (258.5, 334),
    "trunk_side_y356": (266, 356),
    "trunk_side_y378": (272.5, 378),
    "trunk_side_y400": (275, 400),
    "thigh_outer_y425": (274, 425),
    "thigh_outer_y450": (271.5, 450),
    "thigh_outer_y475": (268, 475),
    "mid_thigh_outer": (264, 500),
    "thigh_outer_y525": (259.5, 525),
    "knee_top_outer": (256, 548),
    "knee_outer": (254.5, 562),
    "knee_joint_outer": (254, 576),
    "knee_below_outer": (255, 592),
    "calf_widest_outer": (258, 622),
    "leg_outer_y650": (256.5, 650),
    "leg_outer_y680": (252, 680),
    "ankle_above_outer": (248.5, 707),
    "ankle_outer": (248, 728),
    "foot_outer": (250.5, 745),
    "foot_outer_lower": (255, 754),
    "little_toe_outer": (258, 763),
    "little_toe_tip": (258.5, 770),
    "sole_outer": (255.5, 775),
    # sole line and inner leg
    "sole_middle": (245, 776.5),
    "big_toe_base_sole": (232.5, 776.5),
    "sole_inner": (222.5, 775),
    "big_toe_inner": (220.5, 766),
    "foot_inner": (222, 742),
    "ankle_inner": (225.5, 726),
    "ankle_above_inner": (224.5, 702),
    "leg_inner_y680": (221, 680),
    "leg_inner_y650": (217.5, 650),
    "calf_widest_inner": (215.5, 622),
    "knee_below_inner": (218.5, 592),
    "knee_joint_inner": (217, 576),
    "knee_inner": (216, 562),
    "knee_top_inner": (216.5, 548),
    "mid_thigh_inner": (209, 500),
    "thigh_inner_y470": (206, 470),
    "thigh_inner_y440": (203.5, 440),
    "crotch": (200, 420),
}

HEAD: ChainSpec = ["crown", "skull_arc_upper", "skull_arc_side", "skull_above_ear", "ear_top"]
EAR: ChainSpec = ["ear_top", (241, 64.5), (244.5, 71), (244, 84), (240.5, 95), "ear_lobe"]
EAR_INNER: ChainSpec = ["ear_top", "ear_middle", "ear_lobe"]
JAW: ChainSpec = ["ear_lobe", (232.5, 108), "jaw_angle", "jaw_neck_junction", "under_chin", "chin"]
NECK_ARM: ChainSpec = [
    "jaw_neck_junction",
    "neck_side_upper",
    "neck_base_side",
    "trapezius_ridge_inner",
    "trapezius_ridge_outer",
    "acromion",
    "deltoid_cap_upper",
    "deltoid_cap_lateral",
    "shoulder_widest",
    "arm_lateral_y230",
    "arm_lateral_y260",
    "arm_lateral_y285",
    "arm_lateral_y312",
    "arm_lateral_y326",
    "arm_lateral_y340",
    "arm_lateral_y365",
    "forearm_lateral_at_wrist",
    "wrist_lateral",
    "thumb_root_lateral",
]
THUMB: ChainSpec = [
    "thumb_root_lateral",
    (336, 410.5),
    (343.5, 419.5),
    (349, 430),
    (352.5, 441),
    (352.5, 448.5),
    (348.5, 451.5),
    (345, 446),
    (342.5, 437.5),
    "thumb_web",
]
PALM_LATERAL: ChainSpec = ["thumb_web", (339.8, 436), "index_finger_outer"]
FINGERS: list[ChainSpec] = [
    [
        "little_finger_outer",
        (301.5, 452),
        (302, 461),
        (305, 467),
        (308.5, 464),
        (309.5, 455),
        "cleft_little_ring",
    ],
    [
        "cleft_little_ring",
        (312.5, 457),
        (313, 469),
        (316.5, 476),
        (320, 471.5),
        (320.5, 459),
        "cleft_ring_middle",
    ],
    [
        "cleft_ring_middle",
        (322.5, 459),
        (323, 472.5),
        (326.5, 479.5),
        (330, 474),
        (330.5, 460),
        "cleft_middle_index",
    ],
    [
        "cleft_middle_index",
        (332.5, 457),
        (333.5, 468.5),
        (337, 474),
        (340.5, 469),
        (341, 456),
        "index_finger_outer",
    ],
]
KNUCKLES: ChainSpec = [
    "little_finger_outer",
    "cleft_little_ring",
    "cleft_ring_middle",
    "cleft_middle_index",
    "index_finger_outer",
]
ARM_MEDIAL: ChainSpec = [
    "little_finger_outer",
    "hand_medial",
    (303, 415),
    "wrist_medial",
    "forearm_medial_at_wrist",
    "arm_medial_y365",
    "arm_medial_y340",
    "arm_medial_y326",
    "arm_medial_y312",
    "arm_medial_y280",
    "arm_medial_y250",
    "arm_medial_y224",
    "armpit",
]
TRUNK_LEG: ChainSpec = [
    "armpit",
    "trunk_side_y235",
    "trunk_side_y260",
    "trunk_side_y287",
    "trunk_side_y310",
    "trunk_side_y334",
    "trunk_side_y356",
    "trunk_side_y378",
    "trunk_side_y400",
    "thigh_outer_y425",
    "thigh_outer_y450",
    "thigh_outer_y475",
    "mid_thigh_outer",
    "thigh_outer_y525",
    "knee_top_outer",
    "knee_outer",
    "knee_joint_outer",
    "knee_below_outer",
    "calf_widest_outer",
    "leg_outer_y650",
    "leg_outer_y680",
    "ankle_above_outer",
    "ankle_outer",
    "foot_outer",
    "foot_outer_lower",
    "little_toe_outer",
    "little_toe_tip",
    "sole_outer",
]
SOLE: ChainSpec = ["sole_outer", "sole_middle", "big_toe_base_sole", "sole_inner"]
INNER_LEG: ChainSpec = [
    "sole_inner",
    "big_toe_inner",
    "foot_inner",
    "ankle_inner",
    "ankle_above_inner",
    "leg_inner_y680",
    "leg_inner_y650",
    "calf_widest_inner",
    "knee_below_inner",
    "knee_joint_inner",
    "knee_inner",
    "knee_top_inner",
    "mid_thigh_inner",
    "thigh_inner_y470",
    "thigh_inner_y440",
    "crotch",
]

OUTLINE: list[ChainSpec] = [
    HEAD,
    EAR,
    EAR_INNER,
    JAW,
    NECK_ARM,
    THUMB,
    PALM_LATERAL,
    *FINGERS,
    ARM_MEDIAL,
    TRUNK_LEG,
    SOLE,
    INNER_LEG,
]


class Drawer:
    """Authoring helper: chains and labels through named points or literal coordinates."""

    def __init__(self, view: View, points: dict[str, tuple[float, float]]):
        self.view = view
        self.p = points

    def pt(self, x: str | tuple[float, float]) -> tuple[float, float]:
        return self.p[x] if isinstance(x, str) else x

    def name(self, **pts: tuple[float, float]) -> None:
        for k, v in pts.items():
            if k in self.p and self.p[k] != v:
                raise ValueError(f"point {k} redefined")
            self.p[k] = v

    def chain(self, *pts: str | tuple[float, float]) -> None:
        self.view.chain(*(self.pt(x) for x in pts))

    def chains(self, chains: list[ChainSpec]) -> None:
        for c in chains:
            self.chain(*c)

    def label(self, region: str, at: str | tuple[float, float]) -> None:
        self.view.label(region, self.pt(at))

    def detail(self, *pts: str | tuple[float, float], closed: bool = False) -> None:
        self.view.detail(*(self.pt(x) for x in pts), closed=closed)
