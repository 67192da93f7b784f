"""Left side view: the body's left side faces the viewer, so its front points to the
viewer's LEFT (small x). The left arm hangs at the side and hides part of the trunk and
thigh; regions behind it are cut by its outline. right.svg is generated as the mirror.
"""

from __future__ import annotations

from tools.atlas import body
from tools.atlas.planar import View

P: dict[str, tuple[float, float]] = {
    # silhouette, counter-clockwise from the top of the head
    "s_top": (150, 25), "s_f1": (128, 29), "s_f2": (116, 40), "s_fh": (111, 53), "s_br": (110, 64),
    "s_nb": (112, 71), "s_nt": (102.5, 90), "s_ns": (108, 98), "s_ul": (107, 104),
    "s_mo": (110, 109), "s_ll": (108, 114), "s_ch": (110, 123), "s_uc": (118, 128),
    "s_nk": (124, 133), "s_th": (126, 146), "s_no": (127.5, 160), "s_c1": (112, 185),
    "s_c2": (104.5, 215), "s_c3": (107, 250), "s_a1": (110.5, 285), "s_a2": (109, 320),
    "s_a3": (110.5, 355), "s_gr": (118, 395), "s_t1": (120.5, 430), "s_t2": (122.5, 470),
    "s_t3": (126, 500), "s_t4": (130.5, 525), "s_k1": (135.5, 548), "s_k2": (137.5, 565),
    "s_k3": (139, 585), "s_s1": (139.5, 600), "s_s2": (140, 630), "s_s3": (142.5, 670),
    "s_s4": (145.5, 705), "s_af": (146, 725), "s_f1x": (131.5, 740), "s_f2x": (105, 754),
    "s_f3x": (82, 762), "s_tt": (70, 768.5), "s_tb": (72.5, 776), "s_so0": (104, 777),
    "s_so1": (130, 777), "s_so2": (160, 777), "s_hl": (178.5, 771.5), "s_hb": (182, 752),
    "s_ac1": (172, 728), "s_ac2": (172, 705), "s_cl": (184, 670), "s_cw": (192, 625),
    "s_cu": (187, 600), "s_kb": (180.5, 575), "s_kb2": (182, 548), "s_tb1": (188, 500),
    "s_tb2": (194, 462), "s_gf": (199, 435), "s_bu1": (209, 400), "s_bu2": (201, 365),
    "s_lb1": (193, 330), "s_lb2": (195, 300), "s_bk1": (203, 260), "s_bk2": (205, 215),
    "s_bk3": (198, 182), "s_bk0": (190, 166), "s_c7": (182, 152), "s_nb1": (178, 133),
    "s_oc1": (184, 114), "s_oc2": (196, 100), "s_oc3": (200, 78), "s_oc4": (197, 55),
    "s_oc5": (186, 36), "s_oc6": (170, 27.5),
    # arm
    "a_top": (160, 164), "a_b1": (177, 170), "a_b2": (185, 190), "a_b215": (184, 215),
    "a_b260": (179.5, 260), "a_b310": (179, 312), "a_b342": (172, 342), "a_b370": (165, 370),
    "a_b392": (160, 392), "a_b405": (159.5, 405), "a_h1": (162.5, 425), "a_h450": (164, 447),
    "a_h2": (162, 464), "a_tip": (156, 478), "a_h3": (147.5, 470), "a_web": (143.5, 453),
    "a_th1": (139, 451), "a_tht": (133, 445.5), "a_th2": (132, 437), "a_thb": (135, 428),
    "a_f416": (137.5, 416), "a_f403": (140, 403), "a_f392": (139, 392), "a_f370": (136, 370),
    "a_f340": (137, 340), "a_f310": (143, 310), "a_f290": (143, 290), "a_f260": (141, 260),
    "a_f215": (137, 215), "a_f1": (137, 192), "a_f2": (144, 172),
}

SILHOUETTE = ["s_top", "s_f1", "s_f2", "s_fh", "s_br", "s_nb", "s_nt", "s_ns", "s_ul", "s_mo",
              "s_ll", "s_ch", "s_uc", "s_nk", "s_th", "s_no", "s_c1", "s_c2", "s_c3", "s_a1",
              "s_a2", "s_a3", "s_gr", "s_t1", "s_t2", "s_t3", "s_t4", "s_k1", "s_k2", "s_k3",
              "s_s1", "s_s2", "s_s3", "s_s4", "s_af", "s_f1x", "s_f2x", "s_f3x", "s_tt"]
SILHOUETTE_2 = ["s_tt", "s_tb", "s_so0", "s_so1", "s_so2", "s_hl", "s_hb", "s_ac1", "s_ac2",
                "s_cl", "s_cw", "s_cu", "s_kb", "s_kb2", "s_tb1", "s_tb2", "s_gf", "s_bu1",
                "s_bu2", "s_lb1", "s_lb2", "s_bk1", "s_bk2", "s_bk3", "s_bk0", "s_c7", "s_nb1",
                "s_oc1", "s_oc2", "s_oc3", "s_oc4", "s_oc5", "s_oc6", "s_top"]
ARM = ["a_thb", "a_f416", "a_f403", "a_f392", "a_f370", "a_f340", "a_f310", "a_f290", "a_f260",
       "a_f215", "a_f1", "a_f2", "a_top", "a_b1", "a_b2", "a_b215", "a_b260", "a_b310", "a_b342",
       "a_b370", "a_b392", "a_b405", "a_h1", "a_h450", "a_h2", "a_tip", "a_h3", "a_web"]
THUMB = ["a_web", "a_th1", "a_tht", "a_th2", "a_thb"]


def build() -> View:
    view = View("left", 300, 800)
    d = body.Drawer(view, dict(P))
    d.name(
        vt=(130, 37.5), vs=(162, 34.5), vo=(178, 36.5), fb=(126, 66), nb1=(118, 64.5),
        e_top=(157, 63), e_t2=(166, 61), e_bk=(172, 70), e_b2=(171.5, 85), e_lb=(166.5, 97),
        e_bot=(159.5, 101.5), e_fr=(155, 90), e_f1=(155.5, 74), tb1=(146, 73.5), tj=(149.5, 97),
        ol1=(180, 89.5), ms1=(176, 111), cj=(128, 128.5), ja1=(145, 125.5), ja=(155, 120),
        n_b1=(138, 161), nb_end=(172, 153.5), ic_b=(181, 367), hs_b=(184, 441),
        fl500=(155, 500), bl500=(177, 500), fl548=(155.5, 548), bl548=(169, 548),
        fl595=(154, 598), bl595=(165.5, 598), bl625=(174.5, 625), fl705=(155, 705.5),
        bl705=(164.5, 705), fl_f=(152, 736), bl_f=(161, 737.5), fs0=(152, 342), fs1=(144, 392),
        fs2=(147, 404.5), hf=(154, 449),
    )
    c = d.chain
    c(*SILHOUETTE)
    c(*SILHOUETTE_2)
    c(*ARM)
    c(*THUMB)
    # head
    c("s_f2", "vt", (150, 34), "vs", "vo", "s_oc5")  # vertex
    c("vt", (128, 52), "fb")  # forehead / temple
    c("s_br", "nb1", "fb")  # brow line
    c("s_ns", (115, 90), (117.5, 75), "nb1")  # nose
    c("e_top", "e_t2", "e_bk", "e_b2", "e_lb", "e_bot", "e_fr", "e_f1", "e_top")  # ear
    c("vs", (158.5, 50), "e_top")  # temple / side of head
    c("vo", (184, 55), (179, 66), "e_bk")  # side of head / occiput
    c("fb", (138, 72), "tb1", "e_f1")  # temple / cheek
    c("tb1", (146.5, 86), "tj", "e_fr")  # TMJ
    c("e_b2", "ol1", "s_oc2")  # occiput / base of skull
    c("ol1", (179.5, 100), "ms1", (170, 108), "e_lb")  # mastoid
    c("s_oc1", "ms1")
    c("s_uc", "cj", "ja1", "ja", (158.5, 110.5), "e_bot")  # jaw line
    c("tj", (146, 110), "ja1")  # angle of jaw
    c("tj", (132, 102), "s_ns")  # cheek / jaw
    c("s_mo", (120, 115), "cj")  # chin
    # neck and shoulder
    c("cj", (134.5, 142), "n_b1")  # throat
    c("ms1", (171, 130), "nb_end")  # side / back of neck
    c("s_no", "n_b1", "a_f2")  # clavicle
    c("n_b1", (154, 156), "nb_end", "s_c7")
    c("a_b1", (185.5, 167), "s_bk0")
    # trunk
    c("s_c3", (122.5, 253), "a_f260")
    c("s_a1", (124.5, 288), "a_f290")
    c("s_a3", (120.5, 347), "a_f340")
    c("s_gr", (126, 400), "a_f403")
    c("a_b260", (195, 259), "s_bk1")
    c("a_b342", (182.5, 335), "s_lb1")
    c("a_b370", "ic_b", "s_bu2")
    c("ic_b", (187, 400), "hs_b")
    c("a_h450", (174.5, 444), "hs_b", "s_gf")
    # leg
    c("a_tip", (156, 488), "fl500", (154, 525), "fl548", (155.5, 573), "fl595", (156.5, 640),
      (157, 680), "fl705", "fl_f")
    c("hs_b", (181, 470), "bl500", (173, 525), "bl548", (166, 573), "bl595", "bl625",
      (174.5, 670), "bl705", "bl_f")
    c("s_t3", "fl500", "bl500", "s_tb1")
    c("s_k1", "fl548", "bl548", "s_kb2")
    c("s_s1", "fl595", "bl595", "s_cu")
    c("bl625", "s_cw")
    c("s_s4", "fl705", "bl705", "s_ac2")
    c("s_af", "fl_f", "bl_f", (166.5, 735), "s_ac1")
    c("bl_f", (160, 760), "s_so2")
    c("s_f2x", (103, 767), "s_so0")
    # arm
    c("a_f215", (159.5, 222), "a_b215")
    c("a_f310", (160, 314), "a_b310")
    c("a_f340", "fs0", "a_b342")
    c("fs0", (146, 368), "fs1")
    c("a_f392", "fs1", "a_b392")
    c("a_f403", "fs2", "a_b405")
    c("fs1", "fs2")
    c("a_thb", (141, 440), "a_web")
    c("a_web", "hf", "a_h450")
    c("fs2", (151, 425), "hf")

    for area, at in [
        ("vertex", (150, 29.5)), ("forehead", (118, 52)), ("temple", (142, 55)),
        ("side_of_head", (168, 50)), ("occiput", (188, 75)), ("ear", (164, 80)),
        ("mastoid", (174, 98)), ("suboccipital", (186, 102)), ("tmj", (151, 85)),
        ("jaw_angle", (152, 111)), ("cheek", (132, 87)), ("nose", (110, 84)),
        ("lower_jaw", (128, 112)), ("chin", (115, 121)), ("throat", (130.5, 145)),
        ("side_of_neck", (155.5, 135)), ("back_of_neck", (178.5, 142)),
        ("top_of_shoulder", (177.5, 160)),
        ("chest", (120.5, 215)), ("lower_chest", (123.5, 270)), ("flank", (122, 315)),
        ("lower_abdomen", (119.5, 375)), ("shoulder_blade", (196, 210)),
        ("lateral_back", (190.5, 295)),
        ("iliac_crest", (184, 352)), ("hip_side", (172.5, 410)), ("buttock", (196.5, 400)),
        ("thigh_front_upper", (137, 480)), ("thigh_outer_upper", (167, 475)),
        ("thigh_back_upper", (186, 466)), ("thigh_front_lower", (142, 525)),
        ("thigh_outer_lower", (163, 525)), ("thigh_back_lower", (181, 525)),
        ("knee_front", (145.5, 573)), ("knee_outer", (160.5, 573)), ("knee_back", (175.5, 573)),
        ("shin", (149, 650)), ("leg_outer", (164.5, 650)), ("calf_upper", (176, 612)),
        ("calf_lower", (180.5, 660)), ("ankle_front", (149.5, 718)), ("ankle_outer", (158.5, 720)),
        ("achilles", (167, 718)), ("heel_back", (172, 758)), ("top_of_foot", (135, 758)),
        ("toes_top", (90, 768)), ("side_of_shoulder", (161, 192)),
        ("upper_arm_outer", (161, 265)), ("elbow_outer", (158, 326)),
        ("forearm_front", (140.5, 370)), ("forearm_back", (156, 368)), ("wrist_front", (142, 398)),
        ("wrist_back", (153, 398)), ("thenar", (144, 425)), ("back_of_hand", (156.5, 430)),
        ("thumb_dorsal", (136.5, 441)), ("index_dorsal", (155, 462)),
    ]:
        d.label(f"left.{area}", at)

    dt = d.detail
    dt((116.5, 77), (121, 74.5), (126, 76), (121, 78.2), closed=True)  # eye
    dt((114, 68.5), (120, 66.5), (126, 68))  # brow
    dt((106.5, 96), (110.5, 96.5), (111, 93.5))  # nostril
    dt((108, 109.5), (113, 110), (116, 109))  # lips
    dt((160, 68), (166.5, 66.5), (168.5, 76), (165, 88), (161, 93))  # ear rim
    dt((136.5, 553), (134.5, 566), (137, 580))  # kneecap
    dt((151, 323), (154.5, 327), (160, 324))  # elbow crease
    dt((170, 318), (175, 326), (173, 334))  # olecranon
    dt((159, 452), (157.5, 462), (154.5, 472))  # index / middle finger
    return view
