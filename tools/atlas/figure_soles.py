"""Soles view: both feet from below, as if the person lay face down with the soles toward
the viewer. The left foot is on the viewer's left, big toes on the inner side, heels at the
bottom. Drawn at 1.8x the scale of the standing figure so the sole regions are easy to hit.
Authored for the body's right foot (x > 200); the mirror adds the left foot.
"""

from __future__ import annotations

from tools.atlas import body
from tools.atlas.planar import View

P: dict[str, tuple[float, float]] = {
    "bt_in": (221, 72), "bt_out": (243.5, 66), "b2": (259.5, 63), "b3": (273, 64.5),
    "b4": (284, 67), "lt": (293.5, 73), "bm": (228.5, 105), "bl": (294.5, 105),
    "hm": (240.5, 168), "hl": (289, 168),
}


def build() -> View:
    view = View("soles", 400, 240, mirror_axis=200)
    d = body.Drawer(view, dict(P))
    c = d.chain
    c("lt", (295.5, 88), "bl", (292, 130), "hl", (289.5, 192), (281, 212), (263, 220.5),
      (247, 215), (240, 196), "hm", (240, 146), (233, 122), "bm", (223.5, 88), "bt_in")
    c("bt_in", (217, 50), (219.5, 31), (229, 21.5), (239.5, 24), (243, 40), "bt_out")  # big toe
    c("bt_out", (246.5, 48), (250.5, 38), (257, 38), (260.5, 48), "b2")
    c("b2", (262, 49), (266.5, 42), (272.5, 43.5), (274.5, 53), "b3")
    c("b3", (276, 56), (280, 50), (285, 51.5), (286.5, 59), "b4")
    c("b4", (288.5, 63), (292, 59.5), (296, 62.5), (296, 68), "lt")
    for a, b in [("bt_in", "bt_out"), ("bt_out", "b2"), ("b2", "b3"), ("b3", "b4"), ("b4", "lt")]:
        c(a, b)  # toe bases
    c("bm", (262, 111), "bl")  # ball / arch
    c("hm", (265, 173), "hl")  # arch / heel
    for area, at in [
        ("big_toe_underside", (231, 42)), ("toes_underside", (253, 50)),
        ("toes_underside", (270, 54)), ("toes_underside", (281, 59)), ("toes_underside", (291, 65)),
        ("ball_of_foot", (260, 88)), ("arch", (265, 140)), ("heel_pad", (265, 195)),
    ]:
        d.label(f"right.{area}", at)
    dt = d.detail
    dt((232, 67), (226, 60), (230, 56), (236, 58))  # big toe pad crease
    dt((247, 118), (258, 122), (270, 120))  # arch hint
    return view
