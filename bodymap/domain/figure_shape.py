"""A figure described as a smooth deformation of the base (male) figure, view by view.

The female figure (assets/female/) is not drawn point by point: every region border, muscle
outline, landmark and trigger-point X of the base figure is moved by one pure function,
``FigureShape.warp(view, point)``. Its parameters are data (assets/female/shape.json, written by
``python -m tools.atlas`` from the table in tools/atlas/female.py, documented in
docs/atlas-format.md, "Female figure").

Why a deformation keeps the atlas valid: in every view the map leaves y alone and moves x by
a function that, at each height, is strictly increasing in x (checked by ``fold_free``). So
it is a homeomorphism of the plane: regions that tiled the figure still tile it, shared
borders move together, nothing crosses, and who borders whom is unchanged. In the front and
back views the map is odd about the midline, so mirror symmetry is kept; the right view is
the mirror image of the left one, warped with the mirrored map.

Front and back (x measured from the midline, u = |x - 200|), per height:
    u' = u + (trunk_scale - 1) * R(u) + D * S(u) + (arm_scale - 1) * (u - seam) * S(u)
where S is a smoothstep rising from 0 to 1 across ``seam +- seam_width`` (the gap between
trunk and hanging arm), R(u) = the integral of (1 - S) (so R = u on the trunk and R = seam
beyond it) and D = arm_shift - (trunk_scale - 1) * seam. The trunk is scaled about the
midline; the arm beyond the seam is moved sideways by ``arm_shift`` as a whole and slimmed
by ``arm_scale``. Parameters are interpolated over y by monotone cubic (PCHIP) splines, so
the outline stays smooth and never overshoots the table.

Side views (left view; the front of the body points to small x): a front profile pushes the
points in front of ``surface`` forwards by ``push`` (the breast), fading to nothing ``depth``
units behind the surface; a back profile does the same backwards (the buttock), and a
negative push pulls the surface in (the lumbar curve). Soles: both feet narrowed about the
midline by one factor.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

from bodymap.domain.geometry import Point
from bodymap.domain.records import record
from bodymap.domain.regions import View
from bodymap.domain.yamlfile import read_model

#: The file in a figure folder (next to its SVG views) that describes its deformation.
SHAPE_FILE = "shape.json"
#: The base figure's midline in the front, back and soles views, and the side views' width.
MIDLINE = 200.0
SIDE_WIDTH = 300.0


# The classes below are what a start reads (from the validated bundle too): plain frozen
# dataclasses, so that drawing the female figure imports no pydantic. Their schema (value
# ranges, knot order) is ``FigureShapeSpec`` in bodymap/domain/schemas.py, checked by
# ``parse_figure_shape`` and ``load_figure_shape``.
@record(kw_only=True)
class BandKnot:
    """Front/back widths at one height ``y``."""

    y: float
    trunk_scale: float
    seam: float
    seam_width: float
    arm_shift: float = 0.0
    arm_scale: float = 1.0


@record(kw_only=True)
class ProfileKnot:
    """One height of a side-view profile: the base surface x, how far it moves, how deep."""

    y: float
    surface: float
    push: float
    depth: float


def sorted_by_y(ys: Sequence[float], what: str) -> None:
    """Raise ValueError unless the knots' heights ``ys`` strictly increase (the schema's
    check)."""
    if len(ys) < 2 or any(b <= a for a, b in itertools.pairwise(ys)):
        raise ValueError(f"{what}: needs two or more knots with strictly increasing y, got {ys}")


@record(kw_only=True)
class FrontBack:
    knots: tuple[BandKnot, ...]


@record(kw_only=True)
class Side:
    front: tuple[ProfileKnot, ...]
    back: tuple[ProfileKnot, ...]


@record(kw_only=True)
class Soles:
    scale: float


@record(kw_only=True)
class FigureShape:
    """How one figure differs from the base figure (see the module docstring)."""

    figure: str
    front_back: FrontBack
    side: Side
    soles: Soles
    # (the interpolation tables below are cached_property values: worked out on first use,
    # kept in the instance's __dict__, never compared or bundled)

    @cached_property
    def _band(self) -> _Curves:
        ks = self.front_back.knots
        return _Curves([k.y for k in ks], {
            "trunk_scale": [k.trunk_scale for k in ks], "seam": [k.seam for k in ks],
            "seam_width": [k.seam_width for k in ks], "arm_shift": [k.arm_shift for k in ks],
            "arm_scale": [k.arm_scale for k in ks]})

    @cached_property
    def _front(self) -> _Curves:
        return _profile_curves(self.side.front)

    @cached_property
    def _back(self) -> _Curves:
        return _profile_curves(self.side.back)

    def warp(self, view: View, p: Point) -> Point:
        """Where the base figure's point ``p`` (in ``view``'s coordinates) lies on this figure."""
        return (self.row(view, p[1])(p[0]), p[1])

    def row(self, view: View, y: float) -> Callable[[float], float]:
        """The map along the horizontal line at height ``y`` of ``view``: base x -> x here."""
        if view in (View.FRONT, View.BACK):
            band = self._band_row(y)

            def front_back(x: float) -> float:
                u = x - MIDLINE
                w = band(abs(u))
                return MIDLINE + (w if u >= 0 else -w)

            return front_back
        if view is View.LEFT:
            return self._side_row(y)
        if view is View.RIGHT:
            side = self._side_row(y)
            return lambda x: SIDE_WIDTH - side(SIDE_WIDTH - x)
        scale = self.soles.scale
        return lambda x: MIDLINE + (x - MIDLINE) * scale

    def _band_row(self, y: float) -> Callable[[float], float]:
        v = self._band.at(y)
        k, s, w, arm_scale = v["trunk_scale"], v["seam"], v["seam_width"], v["arm_scale"]
        d = v["arm_shift"] - (k - 1.0) * s

        def band(u: float) -> float:
            st = _smoothstep((u - (s - w)) / (2 * w))
            r = _ramp_integral(u, s, w)
            return u + (k - 1.0) * r + d * st + (arm_scale - 1.0) * (u - s) * st

        return band

    def _side_row(self, y: float) -> Callable[[float], float]:
        f = self._front.at(y)
        b = self._back.at(y)

        def side(x: float) -> float:
            out = x
            if f["push"]:
                # in front of the surface: moved by the whole push; behind it, less and less
                out -= f["push"] * (1.0 - _smoothstep((x - f["surface"]) / f["depth"]))
            if b["push"]:
                t = (x - (b["surface"] - b["depth"])) / b["depth"]
                out += b["push"] * _smoothstep(t)
            return out

        return side

    def fold_free(self, view: View, y: float, x0: float, x1: float, step: float = 0.5,
                  min_slope: float = 0.2) -> str:
        """'' when the map is increasing (slope >= min_slope) along x at height y, else why."""
        along = self.row(view, y)
        prev: float | None = None
        x = x0
        while x <= x1:
            nx = along(x)
            if prev is not None and (nx - prev) < min_slope * step:
                return (f"{view.value} view: the map folds at ({x:.2f}, {y:.2f}) (slope "
                        f"{(nx - prev) / step:.3f}); widen the seam or reduce the shift there")
            prev = nx
            x += step
        return ""


def _profile_curves(knots: Sequence[ProfileKnot]) -> _Curves:
    return _Curves([k.y for k in knots], {
        "surface": [k.surface for k in knots], "push": [k.push for k in knots],
        "depth": [k.depth for k in knots]})


def _smoothstep(t: float) -> float:
    if t <= 0.0:
        return 0.0
    if t >= 1.0:
        return 1.0
    return t * t * (3.0 - 2.0 * t)


def _ramp_integral(u: float, seam: float, half: float) -> float:
    """The integral from 0 to u of (1 - S): u on the trunk, ``seam`` far beyond it."""
    a = seam - half
    if u <= a:
        return u
    width = 2.0 * half
    t = min((u - a) / width, 1.0)
    # integral of 1 - (3t^2 - 2t^3) over [0, t], times the width
    inside = width * (t - t ** 3 + t ** 4 / 2.0)
    return a + inside


class _Curves:
    """Several quantities tabulated at the same heights, read with monotone cubic (PCHIP)
    interpolation; constant beyond the first and last heights."""

    def __init__(self, ys: list[float], values: dict[str, list[float]]):
        self.ys = ys
        self.values = values
        self.slopes = {name: _pchip_slopes(ys, vs) for name, vs in values.items()}

    def at(self, y: float) -> dict[str, float]:
        ys = self.ys
        if y <= ys[0]:
            return {n: vs[0] for n, vs in self.values.items()}
        if y >= ys[-1]:
            return {n: vs[-1] for n, vs in self.values.items()}
        i = bisect.bisect_right(ys, y) - 1
        h = ys[i + 1] - ys[i]
        t = (y - ys[i]) / h
        h00 = (1 + 2 * t) * (1 - t) ** 2
        h10 = t * (1 - t) ** 2
        h01 = t * t * (3 - 2 * t)
        h11 = t * t * (t - 1)
        out: dict[str, float] = {}
        for n, vs in self.values.items():
            ms = self.slopes[n]
            out[n] = h00 * vs[i] + h10 * h * ms[i] + h01 * vs[i + 1] + h11 * h * ms[i + 1]
        return out


def _pchip_slopes(xs: list[float], ys: list[float]) -> list[float]:
    """Fritsch-Carlson slopes: the curve through the knots never overshoots them."""
    n = len(xs)
    deltas = [(ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]) for i in range(n - 1)]
    # flat at the first and last knot: the curve joins the constant beyond them smoothly
    m = [0.0] * n
    for i in range(1, n - 1):
        a, b = deltas[i - 1], deltas[i]
        if a * b > 0:
            w1 = 2 * (xs[i + 1] - xs[i]) + (xs[i] - xs[i - 1])
            w2 = (xs[i + 1] - xs[i]) + 2 * (xs[i] - xs[i - 1])
            m[i] = (w1 + w2) / (w1 / a + w2 / b)
    return m


def parse_figure_shape(data: Mapping[str, Any]) -> FigureShape:
    """Check ``data`` (shape.json's content) against its schema and build the FigureShape;
    pydantic's ValidationError says which field is wrong."""
    from bodymap.domain.schemas import FigureShapeSpec, convert

    return convert(FigureShapeSpec.model_validate(data), FigureShape)


def load_figure_shape(path: Path) -> FigureShape:
    """Read a figure folder's shape.json; DataError names the file, field and value."""
    from bodymap.domain.schemas import FigureShapeSpec, convert

    return convert(read_model(path, FigureShapeSpec), FigureShape)
