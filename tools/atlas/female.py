"""The female figure as data: how it differs from the base (male) figure, view by view.

``SHAPE`` below is written to assets/female/shape.json; ``bodymap.domain.figure_shape`` turns it
into the deformation that moves every border, detail, muscle outline and trigger-point X of the
base figure onto the female one (the module docstring there explains the map). The proportions
and their sources are tabled in docs/atlas-format.md, "Female figure". In short:

* Skeletal breadths, relative to stature, from the body-dimensions data set of Heinz, Peterson,
  Johnson and Kerk (2003, Journal of Statistics Education 11(2); 247 men, 260 women, means
  worked out here from the published data): biacromial 0.232 (men) / 0.221 (women) of stature,
  bitrochanteric 0.183 / 0.191. So the female shoulder skeleton is about 5 % narrower and the
  hip skeleton about 4 % wider than the male one at the same stature.
* The silhouette also carries soft tissue: less deltoid muscle over the shoulder, more
  gluteofemoral fat over the hips and upper thighs, a narrower waist. Artists' canons
  (7.5 heads tall; female shoulders about 1.75-2 heads across against 2-2.25 for men; hips at
  the trochanters about 1.6-1.75 heads against 1.5) put the silhouette widths further apart
  than the bones; we take values between the two, on the calm side of the canon.
* In profile, a more upright forehead, a smoother brow ridge and a smaller nose (sex
  differences of the skull used in forensic anthropology); nothing else of the head changes.
* Breast profile in the side view centred just below 2 H (the nipple line), projecting 12.5 units
  (0.125 H) beyond the base figure's chest; a slightly deeper lumbar curve and a fuller buttock.

Heights are not changed (stature 7.5 H, same landmark heights): the same framing, close-ups and
labels serve both figures.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from bodymap.domain.figure_shape import SHAPE_FILE, parse_figure_shape
from bodymap.domain.geometry import Point
from bodymap.domain.regions import View as DomainView
from tools.atlas.planar import (
    Chain,
    Edge,
    PlanarMap,
    Seg,
    View,
    check_crossings,
    flatten_seg,
    q,
    segs_d,
    spline,
)

#: Front and back widths per height. Columns: y, trunk_scale, seam, seam_width, arm_shift,
#: arm_scale (see bodymap/domain/figure_shape.py). ``seam`` lies in the gap between the trunk
#: and the hanging arm (u = distance from the midline); above the armpit it sits at the
#: acromion so that the deltoid, not the trapezius, takes the narrowing.
BANDS: list[tuple[float, float, float, float, float, float]] = [
    # y     trunk  seam  width  arm     arm_scale
    (25.0, 1.00, 80.0, 12.0, 0.0, 1.00),   # crown: the head is not changed
    (118.0, 1.00, 80.0, 12.0, 0.0, 1.00),  # jaw
    (135.0, 0.94, 80.0, 12.0, -4.8, 1.00),  # neck a little slimmer
    (160.0, 0.95, 80.0, 12.0, -8.5, 0.95),  # clavicles, top of the shoulder
    (200.0, 0.95, 80.0, 12.0, -9.0, 0.95),  # widest point of the shoulders (deltoids)
    (235.0, 0.93, 68.0, 7.0, -9.0, 0.95),  # chest at the armpits
    (260.0, 0.93, 68.0, 6.0, -8.5, 0.95),  # lower chest
    (287.0, 0.92, 67.0, 8.0, -7.5, 0.95),  # costal margin
    (310.0, 0.90, 68.0, 11.0, -6.5, 0.95),  # waist, the narrowest level (about 2.85 H)
    (334.0, 0.93, 71.0, 12.0, -5.0, 0.95),  # navel, iliac crests
    (356.0, 1.00, 79.0, 12.0, -3.5, 0.95),  # below the crests
    (378.0, 1.05, 85.0, 11.0, -2.0, 0.95),  # hips
    (400.0, 1.08, 90.0, 13.0, -1.0, 0.95),  # greater trochanters, the widest level
    (425.0, 1.08, 88.0, 12.0, 0.0, 0.95),  # crotch, upper thighs
    (450.0, 1.07, 87.0, 12.0, 0.0, 0.96),  # upper thighs, hands
    (480.0, 1.05, 87.0, 12.0, 0.0, 1.00),  # fingertips
    (525.0, 1.03, 87.0, 12.0, 0.0, 1.00),  # lower thighs
    (562.0, 1.00, 87.0, 12.0, 0.0, 1.00),  # knees
    (622.0, 0.98, 87.0, 12.0, 0.0, 1.00),  # calves
    (728.0, 0.96, 87.0, 12.0, 0.0, 1.00),  # ankles
    (775.0, 0.96, 87.0, 12.0, 0.0, 1.00),  # soles
]

#: Left view, front of the body (small x). Columns: y, base surface x, push forwards, depth.
FRONT_PROFILE: list[tuple[float, float, float, float]] = [
    # the face: a more upright forehead, a smoother brow and a smaller nose (the female skull's
    # forehead is more vertical and its brow ridges less developed), only at the skin
    (34.0, 120.0, 0.0, 6.0),
    (46.0, 113.0, 1.0, 6.0),     # upper forehead a little forward: more vertical
    (64.0, 110.0, -1.5, 6.0),    # brow ridge
    (73.0, 112.5, 0.0, 6.0),     # root of the nose
    (89.0, 103.0, -1.5, 6.0),    # tip of the nose
    (101.0, 108.0, 0.0, 6.0),
    # the breast
    (175.0, 118.0, 0.0, 20.0),
    (195.0, 109.0, 2.0, 22.0),   # upper chest: a gentle slope
    (215.0, 104.5, 8.0, 22.0),
    (233.0, 105.5, 12.5, 24.0),  # fullest just below the nipple line (2.0 H)
    (249.0, 106.8, 9.0, 22.0),   # the lower curve, fuller than the upper one
    (263.0, 108.2, 2.0, 20.0),   # turning in to the chest wall at the fold (about 6th rib)
    (276.0, 109.5, 0.0, 20.0),
]

#: Left view, back of the body (large x). Columns: y, base surface x, push backwards, depth.
BACK_PROFILE: list[tuple[float, float, float, float]] = [
    (300.0, 195.0, 0.0, 20.0),
    (330.0, 193.0, -2.5, 20.0),  # a slightly deeper lumbar curve
    (365.0, 201.0, 2.5, 22.0),
    (400.0, 209.0, 6.0, 24.0),   # the buttock's most posterior point, fuller
    (435.0, 199.0, 3.5, 22.0),   # gluteal fold
    (470.0, 193.0, 0.0, 20.0),
]

#: Soles: both feet a little narrower about the midline (unverified: follows the other limb
#: breadths; foot length is left as it is).
SOLES_SCALE = 0.97


def shape_data() -> dict[str, Any]:
    return {
        "figure": "female",
        "front_back": {"knots": [
            {"y": y, "trunk_scale": k, "seam": s, "seam_width": w, "arm_shift": a,
             "arm_scale": sc}
            for y, k, s, w, a, sc in BANDS]},
        "side": {
            "front": [{"y": y, "surface": x, "push": p, "depth": d}
                      for y, x, p, d in FRONT_PROFILE],
            "back": [{"y": y, "surface": x, "push": p, "depth": d}
                     for y, x, p, d in BACK_PROFILE],
        },
        "soles": {"scale": SOLES_SCALE},
    }


SHAPE = parse_figure_shape(shape_data())
__all__ = ["SHAPE", "SHAPE_FILE", "detail_d", "shape_json", "warp_map", "warp_point",
           "warp_polyline"]


def shape_json() -> str:
    return json.dumps(shape_data(), indent=1) + "\n"


def domain_view(name: str) -> DomainView:
    return DomainView(name)


def warp_point(view: str, p: tuple[float, float]) -> tuple[float, float]:
    """One point of the base figure's ``view`` on the female figure, on the output grid."""
    return q(SHAPE.warp(domain_view(view), p))


#: How far (view units) a moved curve may stray from the true image of the base curve: the
#: output grid is 1/100 unit, a region border stroke 0.6.
TOLERANCE = 0.05


def _split(s: Seg) -> tuple[Seg, Seg]:
    """de Casteljau at t = 1/2: the same curve as two cubics."""
    a, b, c, d = s
    ab = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    bc = ((b[0] + c[0]) / 2, (b[1] + c[1]) / 2)
    cd = ((c[0] + d[0]) / 2, (c[1] + d[1]) / 2)
    abc = ((ab[0] + bc[0]) / 2, (ab[1] + bc[1]) / 2)
    bcd = ((bc[0] + cd[0]) / 2, (bc[1] + cd[1]) / 2)
    m = ((abc[0] + bcd[0]) / 2, (abc[1] + bcd[1]) / 2)
    return (a, ab, abc, m), (m, bcd, cd, d)


def _at(s: Seg, t: float) -> Point:
    u = 1 - t
    w = (u ** 3, 3 * u * u * t, 3 * u * t * t, t ** 3)
    return (sum(k * p[0] for k, p in zip(w, s, strict=True)),
            sum(k * p[1] for k, p in zip(w, s, strict=True)))


def _pieces(view: str, s: Seg, depth: int = 0) -> list[Seg]:
    """``s`` split (de Casteljau) until moving each piece's control points moves the curve:
    where the map is locally affine one piece is exact, where it bends pieces get shorter."""
    dv = domain_view(view)
    a, b, c, d = (SHAPE.warp(dv, p) for p in s)
    moved = (a, b, c, d)
    ok = all(math.dist(_at(moved, t), SHAPE.warp(dv, _at(s, t))) <= TOLERANCE
             for t in (0.25, 0.5, 0.75))
    if ok or depth >= 6:
        return [s]
    left, right = _split(s)
    return _pieces(view, left, depth + 1) + _pieces(view, right, depth + 1)


def warp_segs(view: str, segs: Sequence[Seg]) -> list[Seg]:
    """A chain of cubics of the base figure, on the female figure: each is split into short
    pieces and their points moved. Shared end points move identically, so borders that met
    still meet."""
    out: list[Seg] = []
    for s in segs:
        for a, b, c, d in _pieces(view, s):
            out.append((warp_point(view, a), warp_point(view, b), warp_point(view, c),
                        warp_point(view, d)))
    return out


def warp_map(view: View, pm: PlanarMap) -> PlanarMap:
    """The base figure's planar map of ``view`` on the female figure: the same faces, labels
    and edges (so the same regions and neighbours), each edge's curve moved. Refuses a
    result whose edges cross (the map is fold-free, so only a too-coarse curve could)."""
    edges: list[Edge] = []
    for e in pm.edges:
        segs = warp_segs(view.name, e.segs)
        poly = [segs[0][0]]
        for s in segs:
            poly.extend(flatten_seg(s))
        edges.append(Edge(segs, poly))
    check_crossings(f"female {view.name}", edges)
    return PlanarMap(edges, pm.faces, pm.edge_faces)


def detail_d(view: str, chain: Chain) -> str:
    """A decorative line of the base figure, moved onto the female figure, as path data."""
    segs = warp_segs(view, spline(chain.points, closed=chain.closed))
    return segs_d(segs, chain.closed)


def warp_polyline(view: str, points: Sequence[Point]) -> tuple[Point, ...]:
    """A muscle border (points a spline passes through) on the female figure: sampled along
    its own spline wherever the map bends, then moved, so the spline through the moved points
    follows the moved curve (a bulge between two far-apart points is not lost)."""
    if len(points) < 2:
        return tuple(warp_point(view, p) for p in points)
    out: list[Point] = [warp_point(view, points[0])]
    for s in spline(points):
        for piece in _pieces(view, s):
            out.append(warp_point(view, piece[3]))
    return tuple(out)


def fold_problems(views: tuple[str, ...] = ("front", "back", "left", "right", "soles"),
                  step_y: float = 4.0) -> list[str]:
    """Heights at which the map is not strictly increasing in x (it must be nowhere)."""
    problems: list[str] = []
    for name in views:
        v = domain_view(name)
        width = 300.0 if v in (DomainView.LEFT, DomainView.RIGHT) else 400.0
        height = 240.0 if v is DomainView.SOLES else 800.0
        y = 0.0
        while y <= height:
            why = SHAPE.fold_free(v, y, 0.0, width)
            if why:
                problems.append(why)
                break
            y += step_y
    return problems
