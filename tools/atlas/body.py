"""The outline of the standing figure shared by the front and back views.

Only the half with x >= 200 (the viewer's right) is described; the views mirror it.
Unit: 1 head height (H) = 100; top of the head at y = 25, soles at y = 775.
Heights follow /work/shared/FIGURE.md (eye 0.5 H, chin 1.0 H, clavicles 1.35 H,
shoulders 1.5 H, nipples 2.0 H, costal margin 2.6 H, navel/elbow 3.0 H, wrist/trochanter
3.75 H, crotch 3.95 H, fingertips 4.5 H, mid-thigh 4.75 H, knee 5.3-5.5 H, calf 6.0 H,
ankle 7.1 H). Named points are shared by the chains that meet there.
"""

from __future__ import annotations

from planar import View

# A chain: named points (keys of P or a Drawer's own names) or literal coordinates.
ChainSpec = list[str | tuple[float, float]]

P: dict[str, tuple[float, float]] = {
    # head
    "top": (200, 25), "h1": (221, 29), "h2": (233, 42), "h3": (237, 57),
    "ear_top": (236.5, 67), "ear_mid": (235.5, 80), "ear_bot": (234, 100),
    "jaw_angle": (228, 114), "n1": (222, 119.5), "jt": (211, 124.5), "chin": (200, 126),
    # neck and shoulder
    "n2": (224, 132), "n3": (228.5, 145), "tp1": (243, 152), "tp2": (262, 158.5),
    "ac": (281, 164.5), "sc1": (294, 170), "sc2": (302.5, 182), "sh": (306, 199),
    # arm, lateral edge
    "al230": (307, 228), "al260": (307.5, 258), "al285": (309, 285), "al312": (311.5, 312),
    "al326": (314.5, 326), "al340": (318.5, 340), "al365": (323.5, 365), "fwl": (327, 391),
    "wl": (327.5, 401), "t0": (328.5, 405),
    # thumb and hand
    "t1": (339, 430.5), "k4": (339.5, 442), "k3": (331, 445.5), "k2": (321, 446.5),
    "k1": (311, 445.5), "k0": (303, 442), "hm": (302.5, 432), "wm": (305, 401),
    # arm, medial edge
    "fwm": (303, 391), "am365": (293.5, 365), "am340": (287, 340), "am326": (283, 326),
    "am312": (279, 312), "am280": (273.5, 280), "am250": (270, 250), "am224": (268, 224),
    "armpit": (265, 213),
    # trunk side and outer leg
    "tr1": (267.5, 235), "tr2": (265, 260), "tr3": (260, 287), "tr4": (256.5, 310),
    "tr5": (258.5, 334), "tr6": (266, 356), "tr7": (272.5, 378), "tr8": (275, 400),
    "th1": (274, 425), "th2": (271.5, 450), "th3": (268, 475), "mt": (264, 500),
    "th5": (259.5, 525), "kt": (256, 548), "ko": (254.5, 562), "kj": (254, 576),
    "kol": (255, 592), "cwo": (258, 622), "lo650": (256.5, 650), "lo680": (252, 680),
    "aol": (248.5, 707), "ao": (248, 728), "fo": (250.5, 745), "fo2": (255, 754),
    "to": (258, 763), "to2": (258.5, 770), "so": (255.5, 775),
    # sole line and inner leg
    "s1": (245, 776.5), "btb": (232.5, 776.5), "si": (222.5, 775),
    "ti": (220.5, 766), "fi": (222, 742), "ai": (225.5, 726), "ail": (224.5, 702),
    "li680": (221, 680), "li650": (217.5, 650), "cwi": (215.5, 622), "kil": (218.5, 592),
    "kij": (217, 576), "ki": (216, 562), "kit": (216.5, 548), "imt": (209, 500),
    "ti470": (206, 470), "ti440": (203.5, 440), "crotch": (200, 420),
}

HEAD: ChainSpec = ["top", "h1", "h2", "h3", "ear_top"]
EAR: ChainSpec = ["ear_top", (241, 64.5), (244.5, 71), (244, 84), (240.5, 95), "ear_bot"]
EAR_INNER: ChainSpec = ["ear_top", "ear_mid", "ear_bot"]
JAW: ChainSpec = ["ear_bot", (232.5, 108), "jaw_angle", "n1", "jt", "chin"]
NECK_ARM: ChainSpec = ["n1", "n2", "n3", "tp1", "tp2", "ac", "sc1", "sc2", "sh", "al230", "al260",
                      "al285", "al312", "al326", "al340", "al365", "fwl", "wl", "t0"]
THUMB: ChainSpec = ["t0", (336, 410.5), (343.5, 419.5), (349, 430), (352.5, 441), (352.5, 448.5),
                   (348.5, 451.5), (345, 446), (342.5, 437.5), "t1"]
PALM_LATERAL: ChainSpec = ["t1", (339.8, 436), "k4"]
FINGERS: list[ChainSpec] = [
    ["k0", (301.5, 452), (302, 461), (305, 467), (308.5, 464), (309.5, 455), "k1"],
    ["k1", (312.5, 457), (313, 469), (316.5, 476), (320, 471.5), (320.5, 459), "k2"],
    ["k2", (322.5, 459), (323, 472.5), (326.5, 479.5), (330, 474), (330.5, 460), "k3"],
    ["k3", (332.5, 457), (333.5, 468.5), (337, 474), (340.5, 469), (341, 456), "k4"],
]
KNUCKLES: ChainSpec = ["k0", "k1", "k2", "k3", "k4"]
ARM_MEDIAL: ChainSpec = ["k0", "hm", (303, 415), "wm", "fwm", "am365", "am340", "am326", "am312",
                        "am280", "am250", "am224", "armpit"]
TRUNK_LEG: ChainSpec = [
    "armpit", "tr1", "tr2", "tr3", "tr4", "tr5", "tr6", "tr7", "tr8", "th1", "th2", "th3", "mt",
    "th5", "kt", "ko", "kj", "kol", "cwo", "lo650", "lo680", "aol", "ao", "fo", "fo2", "to", "to2",
    "so",
]
SOLE: ChainSpec = ["so", "s1", "btb", "si"]
INNER_LEG: ChainSpec = [
    "si", "ti", "fi", "ai", "ail", "li680", "li650", "cwi", "kil", "kij", "ki", "kit", "imt",
    "ti470", "ti440", "crotch",
]

OUTLINE: list[ChainSpec] = [HEAD, EAR, EAR_INNER, JAW, NECK_ARM, THUMB, PALM_LATERAL, *FINGERS,
                            ARM_MEDIAL, TRUNK_LEG, SOLE, INNER_LEG]


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
