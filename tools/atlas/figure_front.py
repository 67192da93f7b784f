"""Front view: the figure facing the viewer; its left side is on the viewer's right (x > 200).

Authored for x >= 200 with `left.` labels; planar.expand_mirror adds the right side.
"""

from __future__ import annotations

import body
from planar import View


def build() -> View:
    view = View("front", 400, 800, mirror_axis=200)
    d = body.Drawer(view, dict(body.P))
    d.chains(body.OUTLINE)
    d.name(
        # face
        brow_t=(226.5, 62), brow_b=(227.5, 72), eye_l=(231, 78),
        ns0=(204.5, 65.5), ns2=(206.5, 83), ns3=(210, 96), ns4=(207.5, 101.5), nb0=(200, 101.5),
        ujt=(219, 100.5), mc=(215, 110.5), mt0=(200, 106.5), mb0=(200, 116),
        # neck, collarbone, chest
        thr=(209.5, 149), cl0=(207, 157.5), st0=(200, 158.5), ts2=(255, 163.5),
        cll0=(209.5, 165), sb1=(210.5, 190), sb2=(210.5, 225), sb3=(208.5, 250), xi=(200, 263),
        dp0=(262, 169), axt=(263, 193), axl=(272, 204), axm=(254, 209),
        ui0=(280, 214.5), dm=(292, 222), uo0=(299, 225.5),
        chl=(256, 246), fl0=(252, 290), ab0=(242, 284), ab1=(244, 302), ab2=(245, 322),
        ab3=(244, 342), asis=(251, 339.5), gl0=(258, 360), hb3=(269.5, 410), pu1=(213, 388),
        gi=(219, 398.5), gt=(211, 400), pub0=(200, 378), pub1=(200, 398.5),
        # legs
        tib=(221, 500.5), tob=(255.5, 501), til=(223, 545), tol=(248.5, 543),
        kib=(224, 596), kob=(247, 597), ani=(231, 709), ano=(241, 709),
        afi=(229.5, 739), afo=(242.5, 739.5), bt=(232, 760),
        # arm
        ei0=(288.5, 313), eo0=(305, 312.5), ei1=(294, 341), eo1=(311, 341),
        wh=(312, 401.5), wt=(319, 401.8),
    )
    c = d.chain
    # --- face
    c("h2", (228, 52), "brow_t", "brow_b", "eye_l", "ear_mid")  # temple border
    c((200, 57), (212, 56), (220, 57.5), "brow_t")  # forehead / eyebrow
    c((200, 65.5), "ns0", (216, 65.5), "brow_b")  # eyebrow / eye
    c("ns0", (205.5, 74), "ns2", "ns3", "ns4", "nb0")  # nose
    c("ns2", (215, 84), (223, 83), "eye_l")  # eye / cheek
    c("ns3", "ujt", (227, 102.5), "ear_bot")  # cheek / jaw
    c("mt0", (207, 106), (212.5, 107.8), "mc", (212, 113.5), (206, 115.5), "mb0")  # lips
    c("mc", (218, 105.5), "ujt")  # upper jaw / lower jaw
    c("mc", (215, 117.5), "jt")  # chin / lower jaw
    c((200, 25), (200, 57), (200, 65.5), "nb0", "mt0", "mb0", "chin", "st0")  # facial midline
    # --- neck and shoulder girdle
    c("jt", (212, 136), "thr", "cl0")  # throat border
    c("cl0", "st0")
    c("thr", (218, 148), "n3")  # side of neck / supraclavicular
    c("n3", (239, 159), "ts2", (269, 166), "ac")  # top of shoulder / clavicle
    c("cl0", (222, 157), (240, 161.8), "ts2")  # clavicle upper
    c("cll0", (225, 163.5), (245, 166.5), "dp0", "ac")  # clavicle lower
    c("cl0", "cll0", "sb1", "sb2", "sb3", "xi")  # sternum border
    c("st0", (200, 200), "xi", (200, 300), (200, 345), "pub0", "pub1", "crotch")  # trunk midline
    c("dp0", (263, 182), "axt")  # deltopectoral groove
    c("sc1", (293, 190), (292.5, 208), "dm")  # front / side of shoulder
    c("axt", "axl", "armpit", "axm", "axt")  # armpit
    c("axl", "ui0", (286, 219.5), "dm", "uo0", "al230")  # deltoid lower border
    c("sb1", (230, 190.5), (250, 192.5), "axt")  # upper chest / chest
    c("axm", (255.5, 228), "chl", (254.5, 268), "fl0", "tr3")  # side of chest
    c("chl", (240, 252), (222, 253), "sb3")  # chest / lower chest
    c("xi", (212, 268), (228, 276.5), "ab0", "fl0")  # costal margin
    c("ab0", "ab1", "ab2", "ab3")  # rectus border
    c((200, 300), (222, 301), "ab1")
    c((200, 345), (222, 344.5), "ab3")
    c("tr5", (254, 337), "asis", "ab3")  # iliac crest
    c("asis", "gl0", (265, 385), "hb3", "th1")  # hip side
    c("asis", (240, 355), (226, 373), "pu1")  # inguinal line
    c("gl0", (244, 380), (229, 394.5), "gi", "gt")  # thigh crease
    c("pub0", (209, 380), "pu1", "gt")  # pubic
    c("pub1", (207, 399.5), "gt")  # genitals top
    c("gt", (209.5, 410), (205, 417.5), "crotch")  # genitals / inner thigh
    # --- thigh, knee, leg, foot
    c("gi", (220.5, 430), (220.5, 465), "tib")
    c("hb3", (265, 440), (260, 470), "tob")
    c("imt", "tib", (240, 502.5), "tob", "mt")  # mid-thigh
    c("tib", (222.5, 525), "til")
    c("tob", (251.5, 525), "tol")
    c("kit", "til", (236, 540.5), "tol", "kt")  # top of knee
    c("til", (224.5, 570), "kib")
    c("tol", (246.5, 570), "kob")
    c("kil", "kib", (236, 600), "kob", "kol")  # below knee
    c("kib", (226.5, 640), (229.5, 680), "ani")
    c("kob", (245, 640), (242.5, 680), "ano")
    c("ail", "ani", (236, 710.5), "ano", "aol")  # ankle top
    c("fi", "afi", (236, 737.5), "afo", "fo")  # ankle / foot
    c("ani", (230.5, 725), "afi")
    c("ano", (242, 725), "afo")
    c("ti", (226, 759.5), "bt", (245, 760.5), "to")  # toe line
    c("bt", (232.5, 768), "btb")
    # --- arm
    c("ui0", (279.5, 240), (282, 270), (286, 295), "ei0")
    c("uo0", (299.5, 250), (301.5, 280), (304, 300), "eo0")
    c("am312", "ei0", (296.5, 314), "eo0", "al312")  # elbow top
    c("am340", "ei1", (302.5, 342), "eo1", "al340")  # elbow bottom
    c("ei0", (290.5, 327), "ei1")
    c("eo0", (307.5, 327), "eo1")
    c("fwm", (315, 392.5), "fwl")  # wrist top
    c("wm", "wh", "wt", "wl")  # wrist crease
    c("wh", (313.5, 418), (310, 428.5), "hm")  # hypothenar
    c("t1", (330, 425), (323, 413), "wt")  # thenar crease
    c("t0", (332, 417), "t1")  # thumb base
    c(*body.KNUCKLES)

    for area, at in [
        ("forehead", (215, 42)), ("temple", (232, 62)), ("eyebrow", (214, 61)), ("eye", (217, 74)),
        ("nose", (204, 90)), ("cheek", (222, 92)), ("upper_jaw", (209, 104)), ("mouth", (207, 111)),
        ("lower_jaw", (225, 110)), ("chin", (207, 121)), ("ear", (240.5, 80)),
        ("throat", (205, 140)), ("side_of_neck", (218, 135)), ("supraclavicular", (226, 152)),
        ("top_of_shoulder", (250, 157)), ("collarbone", (230, 161)), ("sternum", (205, 210)),
        ("upper_chest", (235, 178)), ("front_of_shoulder", (278, 190)),
        ("side_of_shoulder", (300, 200)), ("armpit", (263, 204)), ("chest", (235, 225)),
        ("side_of_chest", (261, 250)), ("lower_chest", (228, 264)), ("upper_abdomen", (222, 288)),
        ("mid_abdomen", (222, 322)), ("flank", (251, 315)), ("lower_abdomen", (222, 360)),
        ("hip_side", (266, 380)), ("groin", (238, 378)), ("pubic", (205, 388)),
        ("genitals", (204, 408)), ("thigh_front_upper", (242, 450)),
        ("thigh_inner_upper", (212, 450)), ("thigh_outer_upper", (266, 450)),
        ("thigh_front_lower", (237, 520)), ("thigh_inner_lower", (216, 520)),
        ("thigh_outer_lower", (256, 520)), ("knee_front", (236, 570)), ("knee_inner", (220, 570)),
        ("knee_outer", (251, 570)), ("shin", (236, 650)), ("leg_inner", (222, 650)),
        ("leg_outer", (250, 650)), ("ankle_front", (236, 725)), ("ankle_inner", (227, 722)),
        ("ankle_outer", (245, 725)), ("top_of_foot", (240, 750)), ("big_toe_top", (226, 768)),
        ("toes_top", (245, 768)), ("upper_arm_inner", (275, 260)), ("upper_arm_front", (291, 260)),
        ("upper_arm_outer", (304, 260)), ("elbow_inner", (286, 327)), ("elbow_front", (299, 327)),
        ("elbow_outer", (311, 327)), ("forearm_front", (310, 365)), ("wrist_front", (316, 396)),
        ("hypothenar", (307, 418)), ("palm", (322, 430)), ("thenar", (326, 410)),
        ("thumb_palmar", (348, 440)), ("little_palmar", (305.5, 455)),
        ("ring_palmar", (316.5, 460)), ("middle_palmar", (326.5, 462)),
        ("index_palmar", (336.5, 460)),
    ]:
        d.label(f"left.{area}", at)

    # --- decorative details
    dt = d.detail
    dt((208, 75.5), (214, 72.2), (221, 72.5), (226, 75.5), (220.5, 78.3), (213.5, 78.6),
       closed=True)  # eye
    dt((217.5, 73), (219.7, 75.3), (217.5, 77.6), (215.3, 75.3), closed=True)  # iris
    dt((207, 62.5), (214, 59.5), (221, 60), (226, 63))  # brow
    dt((203.5, 94.5), (207.5, 96), (206.5, 99.5), (202.5, 100))  # nostril
    dt((200, 111), (207, 110.5), (214, 110.5))  # lips
    dt((239, 70), (242, 75), (241, 86), (238, 92))  # ear rim
    dt((233, 238), (236.5, 224.5), (240, 238))  # nipple
    dt((212, 245), (235, 249), (254, 240))  # pectoral
    dt((200, 321.5), (202.5, 323.5), (202.5, 327), (200, 329))  # navel
    dt((228, 552), (236, 548), (244, 552), (246, 565), (242, 579), (236, 582), (230, 579),
       (226, 565), closed=True)  # kneecap
    for x0, y0, x1, y1 in [(302.5, 453, 309.5, 454), (313, 458, 320.5, 458.5),
                           (323, 461, 330.5, 461), (333, 458, 341, 457), (302, 460, 309, 460.5),
                           (313, 467, 320.2, 467), (323.2, 469.5, 330.2, 469.5),
                           (333.5, 465.5, 340.5, 465), (344, 441.5, 350.5, 438.5)]:
        dt((x0, y0), (x1, y1))  # finger creases
    for x in (238.5, 244.5, 250.5):
        dt((x, 762.5), (x + 0.3, 774.5))  # toes
    return view
