"""Soles view: both feet from below, as if the person lay face down with the soles toward
the viewer. The left foot is on the viewer's left, big toes on the inner side, heels at the
bottom. Drawn at 1.8x the scale of the standing figure so the sole regions are easy to hit.
Authored for the body's right foot (x > 200); the mirror adds the left foot.
"""

from __future__ import annotations

from tools.atlas import body
from tools.atlas.planar import View

P: dict[str, tuple[float, float]] = {
    "big_toe_inner_base": (221, 72),
    "big_toe_outer_base": (243.5, 66),
    "toe2_base_outer": (259.5, 63),
    "toe3_base_outer": (273, 64.5),
    "toe4_base_outer": (284, 67),
    "little_toe_base_outer": (293.5, 73),
    "ball_inner": (228.5, 105),
    "ball_outer": (294.5, 105),
    "heel_front_inner": (240.5, 168),
    "heel_front_outer": (289, 168),
}


def build() -> View:
    view = View("soles", 400, 240, mirror_axis=200)
    d = body.Drawer(view, dict(P))
    c = d.chain
    c(
        "little_toe_base_outer",
        (295.5, 88),
        "ball_outer",
        (292, 130),
        "heel_front_outer",
        (289.5, 192),
        (281, 212),
        (263, 220.5),
        (247, 215),
        (240, 196),
        "heel_front_inner",
        (240, 146),
        (233, 122),
        "ball_inner",
        (223.5, 88),
        "big_toe_inner_base",
    )
    c(
        "big_toe_inner_base",
        (217, 50),
        (219.5, 31),
        (229, 21.5),
        (239.5, 24),
        (243, 40),
        "big_toe_outer_base",
    )  # big toe
    c("big_toe_outer_base", (246.5, 48), (250.5, 38), (257, 38), (260.5, 48), "toe2_base_outer")
    c("toe2_base_outer", (262, 49), (266.5, 42), (272.5, 43.5), (274.5, 53), "toe3_base_outer")
    c("toe3_base_outer", (276, 56), (280, 50), (285, 51.5), (286.5, 59), "toe4_base_outer")
    c("toe4_base_outer", (288.5, 63), (292, 59.5), (296, 62.5), (296, 68), "little_toe_base_outer")
    for a, b in [
        ("big_toe_inner_base", "big_toe_outer_base"),
        ("big_toe_outer_base", "toe2_base_outer"),
        ("toe2_base_outer", "toe3_base_outer"),
        ("toe3_base_outer", "toe4_base_outer"),
        ("toe4_base_outer", "little_toe_base_outer"),
    ]:
        c(a, b)  # toe bases
    c("ball_inner", (262, 111), "ball_outer")  # ball / arch
    c("heel_front_inner", (265, 173), "heel_front_outer")  # arch / heel
    for area, at in [
        ("big_toe_underside", (231, 42)),
        ("toes_underside", (253, 50)),
        ("toes_underside", (270, 54)),
        ("toes_underside", (281, 59)),
        ("toes_underside", (291, 65)),
        ("ball_of_foot", (260, 88)),
        ("arch", (265, 140)),
        ("heel_pad", (265, 195)),
    ]:
        d.label(f"right.{area}", at)
    dt = d.detail
    dt((232, 67), (226, 60), (230, 56), (236, 58))  # big toe pad crease
    dt((247, 118), (258, 122), (270, 120))  # arch hint
    return view
