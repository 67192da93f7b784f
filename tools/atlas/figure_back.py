"""Back view: the figure seen from behind; its left side is on the viewer's left (x < 200).

Authored for x >= 200 (the body's right) with `right.` labels; the mirror adds the left side.
"""

from __future__ import annotations

import body
from planar import View


def build() -> View:
    view = View("back", 400, 800, mirror_axis=200)
    d = body.Drawer(view, dict(body.P))
    d.chains(body.OUTLINE)
    d.name(
        sv=(224, 44.5), mb1=(226, 90), mb2=(224, 104), bn=(219, 153),
        sup=(231, 184), dl=(266.5, 207), lb0=(258, 240), ia=(242, 266), lb2=(245, 295),
        lb4=(248, 327.5), sa0=(200, 342), sa1=(217, 344), sa2=(214.5, 358), si_end=(211.5, 370),
        cx1=(208.5, 380), cx0=(200, 386), cb=(207, 394), pe0=(204.5, 403), pe1=(207.5, 411),
        si0=(232, 341), hsb=(265.5, 380), hb3=(269.5, 410), fo0=(262, 434),
        tob=(255.5, 501), tol=(248.5, 543), ach_i=(230.5, 702), ach_o=(242, 703.5),
        hb_i=(231.5, 742), hb_o=(241, 742.5),
        ui0=(280, 214.5), dm=(292, 222), uo0=(299, 225.5),
        ei0=(288.5, 313), eo0=(305, 312.5), ei1=(294, 341), eo1=(311, 341),
    )
    c = d.chain
    # head and neck
    c("top", (200, 47), (200, 98), "chin", (200, 152), (200, 185), (200, 266), (200, 288),
      "sa0", "cx0", (200, 404), "crotch")  # midline
    c((200, 47), (213, 46.5), "sv", "h2")  # vertex
    c("sv", (224, 58), (227, 71), "ear_mid")  # side of head
    c("ear_mid", "mb1", "mb2", "n1")  # mastoid
    c((200, 98), (213, 97.5), "mb1")  # occiput / base of skull
    c("jt", (214, 135), (217, 146), "bn")
    c("n3", "bn")
    c((200, 152), (210, 152.6), "bn")
    c("bn", (235, 165), (258, 171), "ac")  # upper trapezius
    # shoulder blade and back
    c((200, 185), (216, 184.6), "sup")
    c("sup", (252, 178), (268, 172), "ac")  # scapular superior border
    c("ac", (278, 185), (274.5, 198), "dl", (261.5, 224), "lb0", (251, 255), "ia")  # lateral border
    c("sup", (230, 205), (232, 230), (236, 252), "ia")  # medial border
    c((200, 266), (220, 266.5), "ia")
    c("dl", "armpit")  # posterior axillary fold
    c("lb0", (249, 266), "lb2", (246, 318), "lb4")  # lateral back
    c((200, 288), (224, 291), "lb2")  # lowest ribs
    c("sa1", (228, 333), "lb4", "tr5")  # iliac crest, top
    c("sa0", "sa1")
    c("sa1", "si0", (250, 343), "tr6")  # iliac crest, lower
    c("sa1", "sa2", "si_end", "cx1", "cb", "pe0", "pe1", "crotch")  # sacrum, coccyx, perineum
    c("cx0", "cx1")
    c("pe0", (200, 404))
    c("si0", (231, 356), (225, 367.5), "si_end")  # sacroiliac
    c("tr6", "hsb", "hb3", "th1")  # hip side
    c("si_end", (230, 374.5), (250, 378), "hsb")  # upper buttock
    c("cb", (225, 404.5), (250, 408), "hb3")  # lower buttock
    c("pe1", (218, 428), (240, 436.5), "fo0", "th1")  # gluteal fold
    # leg
    c("fo0", (262, 470), "tob")
    c("imt", (235, 502.5), "tob", "mt")  # mid-thigh
    c("tob", (251.5, 525), "tol")
    c("kit", (236, 543), "tol", "kt")  # above knee
    c("kil", (236, 598), "kol")  # below knee
    c("cwi", (236, 628), "cwo")  # widest calf
    c("ail", "ach_i", (236, 701), "ach_o", "aol")  # calf / ankle
    c("ach_i", (231, 722), "hb_i")
    c("ach_o", (241.5, 722), "hb_o")
    c("fi", "hb_i", (236, 743.5), "hb_o", "fo")  # heel
    # arm
    c("dl", "ui0", (286, 219.5), "dm", "uo0", "al230")  # deltoid lower border
    c("ui0", (279.5, 240), (282, 270), (286, 295), "ei0")
    c("uo0", (299.5, 250), (301.5, 280), (304, 300), "eo0")
    c("am312", "ei0", (296.5, 314), "eo0", "al312")
    c("am340", "ei1", (302.5, 342), "eo1", "al340")
    c("ei0", (290.5, 327), "ei1")
    c("eo0", (307.5, 327), "eo1")
    c("fwm", (315, 392.5), "fwl")
    c("wm", (316, 402), "wl")
    c("t0", (332, 417), "t1")
    c(*body.KNUCKLES)

    for area, at in [
        ("vertex", (212, 36)), ("side_of_head", (230, 56)), ("occiput", (212, 72)),
        ("mastoid", (229, 100)), ("ear", (240.5, 80)), ("suboccipital", (210, 112)),
        ("back_of_neck", (207, 140)), ("side_of_neck", (222, 140)), ("top_of_shoulder", (245, 162)),
        ("upper_back", (215, 172)), ("shoulder_blade", (252, 215)),
        ("between_shoulder_blades", (215, 225)), ("back_of_shoulder", (288, 195)),
        ("mid_back", (222, 278)), ("lateral_back", (256, 285)), ("low_back", (222, 315)),
        ("iliac_crest", (240, 336)), ("sacrum", (206, 360)), ("sacroiliac", (222, 355)),
        ("coccyx", (203.5, 393)), ("perineum", (203, 410)), ("upper_buttock", (240, 362)),
        ("buttock", (238, 392)), ("lower_buttock", (238, 420)), ("hip_side", (268, 390)),
        ("thigh_back_upper", (232, 465)), ("thigh_outer_upper", (266, 465)),
        ("thigh_back_lower", (232, 525)), ("thigh_outer_lower", (255, 525)),
        ("knee_back", (236, 572)), ("calf_upper", (236, 612)), ("calf_lower", (236, 660)),
        ("achilles", (236, 722)), ("ankle_inner", (227.5, 722)), ("ankle_outer", (245, 722)),
        ("heel_back", (238, 758)), ("upper_arm_inner", (275, 260)), ("upper_arm_back", (291, 260)),
        ("upper_arm_outer", (304, 260)), ("elbow_inner", (286, 327)), ("elbow_back", (299, 327)),
        ("elbow_outer", (311, 327)), ("forearm_back", (310, 365)), ("wrist_back", (316, 396)),
        ("back_of_hand", (320, 422)), ("thumb_dorsal", (345, 438)),
        ("little_dorsal", (305.5, 455)), ("ring_dorsal", (316.5, 460)),
        ("middle_dorsal", (326.5, 462)), ("index_dorsal", (336.5, 460)),
    ]:
        d.label(f"right.{area}", at)

    dt = d.detail
    dt((239, 70), (242, 75), (241, 86), (238, 92))  # ear rim
    dt((234, 199), (252, 193), (274, 188))  # spine of scapula
    dt((226, 575), (236, 577), (246, 575))  # knee crease
    dt((294, 330), (298.5, 334), (303, 330))  # olecranon
    for (x, y) in [(305.3, 464), (316.6, 472.5), (326.6, 476), (337, 470.5), (349.5, 447.5)]:
        dt((x - 2, y - 1), (x, y - 3.5), (x + 2, y - 1), (x, y + 0.8), closed=True)  # nails
    for x, y in [(306, 441), (316, 443.5), (326, 443.5), (335.5, 441)]:
        dt((x - 2, y - 1.5), (x, y - 2.5), (x + 2, y - 1.5))  # knuckles
    return view
