"""Named anatomical landmarks of the figure, for the body's LEFT side, in each view's coordinates.

Muscle outlines (tools/atlas/muscles/) are anchored to these names, so a muscle reads as
"from the mastoid to the sternum" rather than as bare numbers. Coordinates are SVG user units
of the view (1 head height = 100, y down). Front view: the body's left is at x > 200; back view:
at x < 200; left view: the body's left side faces the viewer, front of the body at small x. The
right side is never authored: it is the mirror image (front/back about x = 200, the right view is
the left view mirrored about x = 150). Positions come from the figure's own outline points where
the figure has one (tools/atlas/body.py, figure_*.py) and otherwise from the proportions in
docs/atlas-format.md. The legend there lists every name below; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.domain.geometry import Point
from tools.atlas import body


@dataclass(frozen=True)
class Landmark:
    meaning: str
    at: dict[str, Point]


def _back(name: str) -> Point:
    """The back view is authored for the body's right (x >= 200): mirror to the left side."""
    x, y = body.P[name]
    return (400 - x, y)


def _front(name: str) -> Point:
    return body.P[name]


LANDMARKS: dict[str, Landmark] = {
    # ---- head
    "temporal_line_front": Landmark(
        "front end of the superior temporal line, above the outer end of the eyebrow",
        {"front": (228.5, 50), "left": (124.5, 64)},
    ),
    "temporal_line_top": Landmark(
        "highest point of the temporal line arc on the side of the skull",
        {"front": (232.5, 43.5), "left": (146, 38.5), "back": (170.5, 44.5)},
    ),
    "temporal_line_back": Landmark(
        "back end of the temporal line, above and behind the ear",
        {"front": (236, 54), "left": (176, 60), "back": (166, 47)},
    ),
    "coronoid_process": Landmark(
        "coronoid process of the mandible, under the zygomatic arch in front of the jaw joint",
        {"front": (230.5, 81), "left": (139, 90), "back": (167, 70)},
    ),
    "jaw_joint": Landmark(
        "temporomandibular joint, just in front of the ear",
        {"left": (149.5, 97)},
    ),
    "mastoid": Landmark(
        "tip of the mastoid process, the bony bump behind the ear lobe",
        {"front": (222.5, 118), "back": (174, 103), "left": (172, 106)},
    ),
    "inion": Landmark(
        "external occipital protuberance, the bump at the back of the skull on the midline",
        {"back": (199.5, 95), "left": (196, 100)},
    ),
    "nuchal_line_medial": Landmark(
        "medial third of the superior nuchal line of the occiput",
        {"back": (187, 96.5), "left": (187, 110)},
    ),
    # ---- neck
    "c1_transverse": Landmark(
        "transverse process of the atlas (C1), below and in front of the mastoid",
        {"front": (219.5, 121), "back": (180, 110), "left": (166, 110)},
    ),
    "c4_transverse": Landmark(
        "transverse process of C4, midway down the side of the neck",
        {"back": (186, 128), "left": (158, 141)},
    ),
    "c7_spinous": Landmark(
        "spinous process of C7, the prominent bump at the base of the neck",
        {"back": (199.5, 152), "left": (182.5, 152)},
    ),
    # ---- shoulder girdle
    "jugular_notch": Landmark(
        "top of the sternum (manubrium) between the clavicles",
        {"front": (203, 157)},
    ),
    "sternoclavicular_joint": Landmark(
        "medial end of the clavicle where it meets the sternum",
        {"front": (211, 158)},
    ),
    "clavicle_medial_third": Landmark(
        "end of the medial third of the clavicle (clavicular head of the sternocleidomastoid)",
        {"front": (220, 159.5), "left": (137, 161)},
    ),
    "clavicle_lateral_third": Landmark(
        "start of the lateral third of the clavicle, where the upper trapezius inserts",
        {"front": (262, 164.5), "left": (157, 162)},
    ),
    "acromion": Landmark(
        "acromion, the flat bony tip of the shoulder",
        {"front": _front("acromion"), "back": _back("acromion"), "left": (163, 164)},
    ),
    "scapular_spine_root": Landmark(
        "root of the spine of the scapula on its medial border (level of T3)",
        {"back": (166, 199)},
    ),
    "scapular_spine_mid": Landmark(
        "middle of the spine of the scapula",
        {"back": (148, 193)},
    ),
    "scapula_superior_angle": Landmark(
        "superior angle of the scapula (level of T2)",
        {"back": (169, 184), "left": (190, 170)},
    ),
    "scapula_inferior_angle": Landmark(
        "inferior angle of the scapula (level of T7)",
        {"back": (158, 266), "left": (203, 242)},
    ),
    "greater_tubercle": Landmark(
        "greater tubercle of the humerus, back of the shoulder below the acromion",
        {"back": (124, 198), "left": (184, 196)},
    ),
    # ---- trunk
    "t3_spinous": Landmark("spinous process of T3, level with the scapular spine",
                           {"back": (199.5, 200)}),
    "t12_spinous": Landmark("spinous process of T12, level with the lowest rib",
                            {"back": (199.5, 288), "left": (197, 288)}),
    "rib12_medial": Landmark("12th rib beside the spine (medial half, where QL inserts)",
                             {"back": (186, 289.5), "left": (194, 286)}),
    "rib12_tip": Landmark("free tip of the 12th rib, in the back of the waist",
                          {"back": (155, 295), "left": (183, 289)}),
    "l4_transverse": Landmark("tip of the transverse process of L4, beside the spine",
                              {"back": (184, 329)}),
    "iliac_crest_top": Landmark("highest point of the iliac crest (level of L4)",
                                {"back": (152, 327.5), "front": (256, 337), "left": (181, 341)}),
    "iliac_crest_posterior": Landmark(
        "posterior part of the iliac crest, a hand's width from the spine",
        {"back": (172, 333), "left": (192.5, 336)},
    ),
    "iliac_tubercle": Landmark("tubercle of the iliac crest, its widest point on the side",
                               {"back": (143, 337), "front": (259, 336), "left": (168, 362)}),
    "asis": Landmark("anterior superior iliac spine, the bony point at the front of the hip",
                     {"front": (251, 339.5)}),
    "psis": Landmark("posterior superior iliac spine, the dimple over the sacroiliac joint (S2)",
                     {"back": (400 - 217, 344), "left": (200, 364)}),
    "sacrum_edge_s2": Landmark("lateral edge of the sacrum at S2", {"back": (186, 361),
                                                                   "left": (204, 377)}),
    "sacrum_edge_s4": Landmark("lateral edge of the sacrum at S4", {"back": (190, 378),
                                                                   "left": (205.5, 392)}),
    # ---- hip
    "greater_trochanter": Landmark(
        "top of the greater trochanter of the femur, the bony point on the side of the hip",
        {"back": (132, 392), "front": (270, 392), "left": (173, 402)},
    ),
    # ---- leg and foot (tools/atlas/muscles/leg_foot.py)
    "femoral_condyle_lateral": Landmark(
        "back of the lateral femoral condyle, above the knee crease (gastrocnemius lateral head)",
        {"back": (151, 566), "left": (175, 556)},
    ),
    "femoral_condyle_medial": Landmark(
        "back of the medial femoral condyle, above the knee crease (gastrocnemius medial head)",
        {"back": (177, 566)},
    ),
    "fibular_head": Landmark(
        "head of the fibula, the bony knob on the outer side just below the knee",
        {"front": (253.5, 594), "back": (146.5, 594), "left": (167, 593)},
    ),
    "lateral_tibial_condyle": Landmark(
        "front of the lateral condyle of the tibia, beside and above the tibial tuberosity",
        {"front": (245, 589), "left": (146, 589)},
    ),
    "lateral_malleolus": Landmark(
        "lateral malleolus, the outer ankle bone (lower tip of the fibula)",
        {"front": (246.5, 731), "back": (153.5, 731), "left": (160, 731)},
    ),
    "medial_malleolus": Landmark(
        "medial malleolus, the inner ankle bone (lower end of the tibia)",
        {"front": (226.5, 724), "back": (173.5, 724)},
    ),
    "calcaneal_tuberosity": Landmark(
        "back of the heel bone, where the Achilles tendon inserts",
        {"back": (164, 758), "left": (178.5, 747)},
    ),
    "fifth_metatarsal_base": Landmark(
        "tuberosity at the base of the fifth metatarsal, the bump halfway along the outer foot",
        {"front": (252, 749), "left": (134, 768)},
    ),
    # ---- shoulder and arm (tools/atlas/muscles/shoulder_arm.py)
    "coracoid_process": Landmark(
        "coracoid process of the scapula, under the outer clavicle at the front of the shoulder",
        {"front": (264, 180), "left": (146, 178)},
    ),
    "deltoid_tuberosity": Landmark(
        "deltoid tuberosity, on the outer side of the humerus halfway down the upper arm",
        {"front": (304, 248), "back": (96, 248), "left": (160, 250)},
    ),
    "medial_epicondyle": Landmark(
        "medial epicondyle of the humerus, the bony point on the inner side of the elbow",
        {"front": (285, 323), "back": (115, 323)},
    ),
    "lateral_epicondyle": Landmark(
        "lateral epicondyle of the humerus, the bony point on the outer side of the elbow",
        {"front": (313, 323), "back": (87, 323), "left": (164, 326)},
    ),
    "olecranon": Landmark(
        "olecranon, the point of the elbow at the top of the ulna",
        {"back": (100, 333), "left": (174, 332)},
    ),
    "radial_styloid": Landmark(
        "styloid process of the radius, the bony point on the thumb side of the wrist",
        {"front": (325, 396), "back": (75, 396), "left": (146, 397)},
    ),
    "ulnar_styloid": Landmark(
        "styloid process of the ulna, the bony point on the little-finger side of the wrist",
        {"back": (93, 395)},
    ),
    "pisiform": Landmark(
        "pisiform bone, at the heel of the hand on the little-finger side of the wrist crease",
        {"front": (308, 404)},
    ),
    # ---- hip and thigh (tools/atlas/muscles/hip_thigh.py)
    "aiis": Landmark(
        "anterior inferior iliac spine, below the ASIS (straight head of rectus femoris)",
        {"front": (248, 355), "left": (131, 369)},
    ),
    "pubic_tubercle": Landmark("pubic tubercle, the end of the pubic crest beside the groin",
                               {"front": (213, 388)}),
    "pubic_body": Landmark("body of the pubis beside the symphysis, below the pubic crest",
                           {"front": (206, 393)}),
    "ischial_spine": Landmark("ischial spine, deep in the buttock level with the coccyx",
                              {"back": (179, 400)}),
    "ischial_tuberosity": Landmark("ischial tuberosity, the sitting bone above the gluteal fold",
                                   {"back": (176, 424), "left": (191, 430)}),
    "lesser_trochanter": Landmark(
        "lesser trochanter of the femur, below the neck on its inner side",
        {"front": (247, 414)},
    ),
    "patella_top": Landmark("base (upper edge) of the kneecap, where the quadriceps tendon ends",
                            {"front": (236, 548), "left": (138, 549)}),
    "adductor_tubercle": Landmark("adductor tubercle, the top of the inner femoral condyle",
                                  {"front": (221, 553)}),
    "pes_anserinus": Landmark(
        "pes anserinus on the inner upper tibia (sartorius, gracilis, semitendinosus)",
        {"front": (225, 604)},
    ),
    "lateral_femoral_condyle": Landmark("outer condyle of the femur at the knee joint line",
                                        {"back": (150, 571), "left": (166, 572)}),
}
