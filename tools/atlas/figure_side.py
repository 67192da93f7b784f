"""Left side view: the body's left side faces the viewer, so its front points to the
viewer's LEFT (small x). The left arm hangs at the side and hides part of the trunk and
thigh; regions behind it are cut by its outline. right.svg is generated as the mirror.
"""

from __future__ import annotations

from tools.atlas import body
from tools.atlas.planar import View

P: dict[str, tuple[float, float]] = {
    # silhouette, counter-clockwise from the top of the head
    "crown": (150, 25),
    "skull_front_upper": (128, 29),
    "hairline_front": (116, 40),
    "forehead": (111, 53),
    "brow_ridge": (110, 64),
    "nose_root": (112, 71),
    "nose_tip": (102.5, 90),
    "subnasale": (108, 98),
    "upper_lip": (107, 104),
    "mouth": (110, 109),
    "lower_lip": (108, 114),
    "chin": (110, 123),
    "under_chin": (118, 128),
    "throat_upper": (124, 133),
    "throat": (126, 146),
    "neck_front_base": (127.5, 160),
    "chest_upper": (112, 185),
    "chest_front": (104.5, 215),
    "chest_lower": (107, 250),
    "abdomen_upper": (110.5, 285),
    "abdomen_mid": (109, 320),
    "abdomen_lower": (110.5, 355),
    "groin_front": (118, 395),
    "thigh_front_y430": (120.5, 430),
    "thigh_front_y470": (122.5, 470),
    "thigh_front_y500": (126, 500),
    "thigh_front_y525": (130.5, 525),
    "knee_front_top": (135.5, 548),
    "kneecap_front": (137.5, 565),
    "knee_front_bottom": (139, 585),
    "shin_y600": (139.5, 600),
    "shin_y630": (140, 630),
    "shin_y670": (142.5, 670),
    "shin_y705": (145.5, 705),
    "ankle_front": (146, 725),
    "instep": (131.5, 740),
    "foot_top_mid": (105, 754),
    "toes_top": (82, 762),
    "toe_tip": (70, 768.5),
    "toe_tip_under": (72.5, 776),
    "sole_front": (104, 777),
    "sole_mid": (130, 777),
    "sole_heel": (160, 777),
    "heel_low": (178.5, 771.5),
    "heel_back": (182, 752),
    "achilles_low": (172, 728),
    "achilles_high": (172, 705),
    "calf_low": (184, 670),
    "calf_widest": (192, 625),
    "calf_upper": (187, 600),
    "knee_back": (180.5, 575),
    "knee_back_top": (182, 548),
    "thigh_back_y500": (188, 500),
    "thigh_back_y462": (194, 462),
    "gluteal_fold": (199, 435),
    "buttock_most_posterior": (209, 400),
    "buttock_top": (201, 365),
    "low_back_y330": (193, 330),
    "low_back_y300": (195, 300),
    "back_y260": (203, 260),
    "back_y215": (205, 215),
    "back_y182": (198, 182),
    "back_of_neck_base": (190, 166),
    "c7_bump": (182, 152),
    "nape": (178, 133),
    "occiput_low": (184, 114),
    "occiput_y100": (196, 100),
    "occiput_y78": (200, 78),
    "occiput_y55": (197, 55),
    "skull_back_upper": (186, 36),
    "skull_top_back": (170, 27.5),
    # arm
    "shoulder_top": (160, 164),
    "arm_back_y170": (177, 170),
    "arm_back_y190": (185, 190),
    "arm_back_y215": (184, 215),
    "arm_back_y260": (179.5, 260),
    "arm_back_y310": (179, 312),
    "arm_back_y342": (172, 342),
    "arm_back_y370": (165, 370),
    "arm_back_y392": (160, 392),
    "arm_back_y405": (159.5, 405),
    "hand_back_y425": (162.5, 425),
    "hand_back_y447": (164, 447),
    "hand_back_y464": (162, 464),
    "fingertip": (156, 478),
    "finger_front": (147.5, 470),
    "thumb_web": (143.5, 453),
    "thumb_base_front": (139, 451),
    "thumb_tip": (133, 445.5),
    "thumb_back": (132, 437),
    "thumb_root": (135, 428),
    "arm_front_y416": (137.5, 416),
    "arm_front_y403": (140, 403),
    "arm_front_y392": (139, 392),
    "arm_front_y370": (136, 370),
    "arm_front_y340": (137, 340),
    "arm_front_y310": (143, 310),
    "arm_front_y290": (143, 290),
    "arm_front_y260": (141, 260),
    "arm_front_y215": (137, 215),
    "arm_front_y192": (137, 192),
    "arm_front_y172": (144, 172),
}

SILHOUETTE = [
    "crown",
    "skull_front_upper",
    "hairline_front",
    "forehead",
    "brow_ridge",
    "nose_root",
    "nose_tip",
    "subnasale",
    "upper_lip",
    "mouth",
    "lower_lip",
    "chin",
    "under_chin",
    "throat_upper",
    "throat",
    "neck_front_base",
    "chest_upper",
    "chest_front",
    "chest_lower",
    "abdomen_upper",
    "abdomen_mid",
    "abdomen_lower",
    "groin_front",
    "thigh_front_y430",
    "thigh_front_y470",
    "thigh_front_y500",
    "thigh_front_y525",
    "knee_front_top",
    "kneecap_front",
    "knee_front_bottom",
    "shin_y600",
    "shin_y630",
    "shin_y670",
    "shin_y705",
    "ankle_front",
    "instep",
    "foot_top_mid",
    "toes_top",
    "toe_tip",
]
SILHOUETTE_2 = [
    "toe_tip",
    "toe_tip_under",
    "sole_front",
    "sole_mid",
    "sole_heel",
    "heel_low",
    "heel_back",
    "achilles_low",
    "achilles_high",
    "calf_low",
    "calf_widest",
    "calf_upper",
    "knee_back",
    "knee_back_top",
    "thigh_back_y500",
    "thigh_back_y462",
    "gluteal_fold",
    "buttock_most_posterior",
    "buttock_top",
    "low_back_y330",
    "low_back_y300",
    "back_y260",
    "back_y215",
    "back_y182",
    "back_of_neck_base",
    "c7_bump",
    "nape",
    "occiput_low",
    "occiput_y100",
    "occiput_y78",
    "occiput_y55",
    "skull_back_upper",
    "skull_top_back",
    "crown",
]
ARM = [
    "thumb_root",
    "arm_front_y416",
    "arm_front_y403",
    "arm_front_y392",
    "arm_front_y370",
    "arm_front_y340",
    "arm_front_y310",
    "arm_front_y290",
    "arm_front_y260",
    "arm_front_y215",
    "arm_front_y192",
    "arm_front_y172",
    "shoulder_top",
    "arm_back_y170",
    "arm_back_y190",
    "arm_back_y215",
    "arm_back_y260",
    "arm_back_y310",
    "arm_back_y342",
    "arm_back_y370",
    "arm_back_y392",
    "arm_back_y405",
    "hand_back_y425",
    "hand_back_y447",
    "hand_back_y464",
    "fingertip",
    "finger_front",
    "thumb_web",
]
THUMB = ["thumb_web", "thumb_base_front", "thumb_tip", "thumb_back", "thumb_root"]


def _outline(d: body.Drawer) -> None:
    """The silhouette, the hanging arm and the thumb."""
    c = d.chain
    c(*SILHOUETTE)
    c(*SILHOUETTE_2)
    c(*ARM)
    c(*THUMB)


def _head(d: body.Drawer) -> None:
    """Vertex, forehead, temple, ear, mastoid, jaw and face."""
    c = d.chain
    c(
        "hairline_front", "vertex_front", (150, 34), "vertex_mid", "vertex_back", "skull_back_upper"
    )  # vertex
    c("vertex_front", (128, 52), "temple_front")  # forehead / temple
    c("brow_ridge", "nose_bridge", "temple_front")  # brow line
    c("subnasale", (115, 90), (117.5, 75), "nose_bridge")  # nose
    c(
        "ear_top",
        "ear_top_back",
        "ear_back",
        "ear_back_low",
        "ear_lobe_back",
        "ear_lobe",
        "tragus",
        "ear_front",
        "ear_top",
    )  # ear
    c("vertex_mid", (158.5, 50), "ear_top")  # temple / side of head
    c("vertex_back", (184, 55), (179, 66), "ear_back")  # side of head / occiput
    c("temple_front", (138, 72), "temple_bottom", "ear_front")  # temple / cheek
    c("temple_bottom", (146.5, 86), "jaw_joint", "tragus")  # TMJ
    c("ear_back_low", "occiput_ear_level", "occiput_y100")  # occiput / base of skull
    c("occiput_ear_level", (179.5, 100), "mastoid", (170, 108), "ear_lobe_back")  # mastoid
    c("occiput_low", "mastoid")
    c(
        "under_chin", "chin_jaw", "jaw_angle_front", "jaw_angle", (158.5, 110.5), "ear_lobe"
    )  # jaw line
    c("jaw_joint", (146, 110), "jaw_angle_front")  # angle of jaw
    c("jaw_joint", (132, 102), "subnasale")  # cheek / jaw
    c("mouth", (120, 115), "chin_jaw")  # chin


def _neck_and_shoulder(d: body.Drawer) -> None:
    """Throat, side and back of the neck, clavicle."""
    c = d.chain
    c("chin_jaw", (134.5, 142), "clavicle_front")  # throat
    c("mastoid", (171, 130), "neck_back_end")  # side / back of neck
    c("neck_front_base", "clavicle_front", "arm_front_y172")  # clavicle
    c("clavicle_front", (154, 156), "neck_back_end", "c7_bump")
    c("arm_back_y170", (185.5, 167), "back_of_neck_base")


def _trunk(d: body.Drawer) -> None:
    """Chest, flank, back and hip behind the arm."""
    c = d.chain
    c("chest_lower", (122.5, 253), "arm_front_y260")
    c("abdomen_upper", (124.5, 288), "arm_front_y290")
    c("abdomen_lower", (120.5, 347), "arm_front_y340")
    c("groin_front", (126, 400), "arm_front_y403")
    c("arm_back_y260", (195, 259), "back_y260")
    c("arm_back_y342", (182.5, 335), "low_back_y330")
    c("arm_back_y370", "iliac_crest_back", "buttock_top")
    c("iliac_crest_back", (187, 400), "hip_side_back")
    c("hand_back_y447", (174.5, 444), "hip_side_back", "gluteal_fold")


def _leg(d: body.Drawer) -> None:
    """Thigh, knee, shin, calf, ankle and foot."""
    c = d.chain
    c(
        "fingertip",
        (156, 488),
        "leg_front_line_y500",
        (154, 525),
        "leg_front_line_y548",
        (155.5, 573),
        "leg_front_line_y595",
        (156.5, 640),
        (157, 680),
        "leg_front_line_y705",
        "foot_front_line",
    )
    c(
        "hip_side_back",
        (181, 470),
        "leg_back_line_y500",
        (173, 525),
        "leg_back_line_y548",
        (166, 573),
        "leg_back_line_y595",
        "leg_back_line_y625",
        (174.5, 670),
        "leg_back_line_y705",
        "foot_back_line",
    )
    c("thigh_front_y500", "leg_front_line_y500", "leg_back_line_y500", "thigh_back_y500")
    c("knee_front_top", "leg_front_line_y548", "leg_back_line_y548", "knee_back_top")
    c("shin_y600", "leg_front_line_y595", "leg_back_line_y595", "calf_upper")
    c("leg_back_line_y625", "calf_widest")
    c("shin_y705", "leg_front_line_y705", "leg_back_line_y705", "achilles_high")
    c("ankle_front", "foot_front_line", "foot_back_line", (166.5, 735), "achilles_low")
    c("foot_back_line", (160, 760), "sole_heel")
    c("foot_top_mid", (103, 767), "sole_front")


def _arm(d: body.Drawer) -> None:
    """Elbow, forearm, wrist and hand."""
    c = d.chain
    c("arm_front_y215", (159.5, 222), "arm_back_y215")
    c("arm_front_y310", (160, 314), "arm_back_y310")
    c("arm_front_y340", "forearm_split_y342", "arm_back_y342")
    c("forearm_split_y342", (146, 368), "forearm_split_y392")
    c("arm_front_y392", "forearm_split_y392", "arm_back_y392")
    c("arm_front_y403", "wrist_split", "arm_back_y405")
    c("forearm_split_y392", "wrist_split")
    c("thumb_root", (141, 440), "thumb_web")
    c("thumb_web", "hand_fold", "hand_back_y447")
    c("wrist_split", (151, 425), "hand_fold")


def _labels(d: body.Drawer) -> None:
    """One label point inside each region of the body's left side."""
    for area, at in [
        ("vertex", (150, 29.5)),
        ("forehead", (118, 52)),
        ("temple", (142, 55)),
        ("side_of_head", (168, 50)),
        ("occiput", (188, 75)),
        ("ear", (164, 80)),
        ("mastoid", (174, 98)),
        ("suboccipital", (186, 102)),
        ("tmj", (151, 85)),
        ("jaw_angle", (152, 111)),
        ("cheek", (132, 87)),
        ("nose", (110, 84)),
        ("lower_jaw", (128, 112)),
        ("chin", (115, 121)),
        ("throat", (130.5, 145)),
        ("side_of_neck", (155.5, 135)),
        ("back_of_neck", (178.5, 142)),
        ("top_of_shoulder", (177.5, 160)),
        ("chest", (120.5, 215)),
        ("lower_chest", (123.5, 270)),
        ("flank", (122, 315)),
        ("lower_abdomen", (119.5, 375)),
        ("shoulder_blade", (196, 210)),
        ("lateral_back", (190.5, 295)),
        ("iliac_crest", (184, 352)),
        ("hip_side", (172.5, 410)),
        ("buttock", (196.5, 400)),
        ("thigh_front_upper", (137, 480)),
        ("thigh_outer_upper", (167, 475)),
        ("thigh_back_upper", (186, 466)),
        ("thigh_front_lower", (142, 525)),
        ("thigh_outer_lower", (163, 525)),
        ("thigh_back_lower", (181, 525)),
        ("knee_front", (145.5, 573)),
        ("knee_outer", (160.5, 573)),
        ("knee_back", (175.5, 573)),
        ("shin", (149, 650)),
        ("leg_outer", (164.5, 650)),
        ("calf_upper", (176, 612)),
        ("calf_lower", (180.5, 660)),
        ("ankle_front", (149.5, 718)),
        ("ankle_outer", (158.5, 720)),
        ("achilles", (167, 718)),
        ("heel_back", (172, 758)),
        ("top_of_foot", (135, 758)),
        ("toes_top", (90, 768)),
        ("side_of_shoulder", (161, 192)),
        ("upper_arm_outer", (161, 265)),
        ("elbow_outer", (158, 326)),
        ("forearm_front", (140.5, 370)),
        ("forearm_back", (156, 368)),
        ("wrist_front", (142, 398)),
        ("wrist_back", (153, 398)),
        ("thenar", (144, 425)),
        ("back_of_hand", (156.5, 430)),
        ("thumb_dorsal", (136.5, 441)),
        ("index_dorsal", (155, 462)),
    ]:
        d.label(f"left.{area}", at)


def _details(d: body.Drawer, figure: str) -> None:
    """Lines that are drawn but never hit-tested."""
    dt = d.detail
    if figure == "female":
        # the fold under the breast, in base-figure coordinates (tools/atlas/female.py pushes
        # the chest forward into the breast profile): from the front of the chest back
        # towards the arm, a little below the fullest point
        dt((108.5, 259), (114, 262), (121.5, 260.5), (127, 255.5))
    dt((116.5, 77), (121, 74.5), (126, 76), (121, 78.2), closed=True)  # eye
    dt((114, 68.5), (120, 66.5), (126, 68))  # brow
    dt((106.5, 96), (110.5, 96.5), (111, 93.5))  # nostril
    dt((108, 109.5), (113, 110), (116, 109))  # lips
    dt((160, 68), (166.5, 66.5), (168.5, 76), (165, 88), (161, 93))  # ear rim
    dt((136.5, 553), (134.5, 566), (137, 580))  # kneecap
    dt((151, 323), (154.5, 327), (160, 324))  # elbow crease
    dt((170, 318), (175, 326), (173, 334))  # olecranon
    dt((159, 452), (157.5, 462), (154.5, 472))  # index / middle finger


def build(figure: str = "male") -> View:
    view = View("left", 300, 800)
    d = body.Drawer(view, dict(P))
    d.name(
        vertex_front=(130, 37.5),
        vertex_mid=(162, 34.5),
        vertex_back=(178, 36.5),
        temple_front=(126, 66),
        nose_bridge=(118, 64.5),
        ear_top=(157, 63),
        ear_top_back=(166, 61),
        ear_back=(172, 70),
        ear_back_low=(171.5, 85),
        ear_lobe_back=(166.5, 97),
        ear_lobe=(159.5, 101.5),
        tragus=(155, 90),
        ear_front=(155.5, 74),
        temple_bottom=(146, 73.5),
        jaw_joint=(149.5, 97),
        occiput_ear_level=(180, 89.5),
        mastoid=(176, 111),
        chin_jaw=(128, 128.5),
        jaw_angle_front=(145, 125.5),
        jaw_angle=(155, 120),
        clavicle_front=(138, 161),
        neck_back_end=(172, 153.5),
        iliac_crest_back=(181, 367),
        hip_side_back=(184, 441),
        leg_front_line_y500=(155, 500),
        leg_back_line_y500=(177, 500),
        leg_front_line_y548=(155.5, 548),
        leg_back_line_y548=(169, 548),
        leg_front_line_y595=(154, 598),
        leg_back_line_y595=(165.5, 598),
        leg_back_line_y625=(174.5, 625),
        leg_front_line_y705=(155, 705.5),
        leg_back_line_y705=(164.5, 705),
        foot_front_line=(152, 736),
        foot_back_line=(161, 737.5),
        forearm_split_y342=(152, 342),
        forearm_split_y392=(144, 392),
        wrist_split=(147, 404.5),
        hand_fold=(154, 449),
    )
    _outline(d)
    _head(d)
    _neck_and_shoulder(d)
    _trunk(d)
    _leg(d)
    _arm(d)
    _labels(d)
    _details(d, figure)
    return view
