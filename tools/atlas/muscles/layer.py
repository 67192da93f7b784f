"""Render the muscle layer: assets/muscles/<view>.svg, one path per muscle and side.

Each muscle is a closed ``<path id="muscle.<muscle_id>.<side>" class="muscle" ...>``; its
fibre-direction lines follow as ``<path class="fibre" data-for="muscle.<id>.<side>">``. Deep
muscles carry ``data-deep="1"`` and are styled see-through with a dashed outline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bodymap.domain import geometry
from bodymap.domain.geometry import Point
from tools.atlas.muscles.shape import Built, MuscleOutline, OutlineError, build_outline
from tools.atlas.planar import Chain, fmt, open_path_d, q, spline

#: The full set of views and their mirror axes (x); "right" is the left view mirrored.
VIEW_SIZES: dict[str, tuple[float, float]] = {
    "front": (400, 800), "back": (400, 800), "left": (300, 800), "right": (300, 800),
    "soles": (400, 240),
}
MUSCLE_RED = "#b0413e"
SUPERFICIAL_STYLE = (f'fill="{MUSCLE_RED}" fill-opacity="0.55" stroke="#7a2522" '
                     'stroke-width="0.6" stroke-linejoin="round"')
DEEP_STYLE = (f'fill="{MUSCLE_RED}" fill-opacity="0.22" stroke="#7a2522" stroke-width="0.6" '
              'stroke-dasharray="2.5 1.5" stroke-linejoin="round"')
FIBRE_STYLE = 'fill="none" stroke="#f3d6cf" stroke-width="0.45" stroke-linecap="round"'


@dataclass(frozen=True)
class PlacedMuscle:
    """One muscle on one side in one view, ready to write."""

    muscle: str
    side: str
    view: str
    outline: MuscleOutline
    borders: tuple[tuple[Point, ...], ...]
    fibres: tuple[tuple[Point, ...], ...]

    @property
    def element_id(self) -> str:
        return f"muscle.{self.muscle}.{self.side}"


def _mirror(points: Sequence[Point], axis: float) -> tuple[Point, ...]:
    return tuple(q((2 * axis - x, y)) for x, y in points)


#: Moves a line of points (a border or fibre the spline passes through) of a view from the base
#: figure onto another figure.
Warp = Callable[[str, Sequence[Point]], tuple[Point, ...]]


def place(outlines: Iterable[MuscleOutline], known_muscles: frozenset[str] | None = None,
          warp: Warp | None = None) -> dict[str, list[PlacedMuscle]]:
    """Both sides of every outline, per view. Raises OutlineError naming the bad outline.

    With ``warp``, the left side's borders and fibres are moved onto another figure before
    the right side is mirrored from them (the warp keeps the mirror symmetry)."""
    out: dict[str, list[PlacedMuscle]] = {v: [] for v in VIEW_SIZES}
    seen: set[tuple[str, str]] = set()
    for o in outlines:
        if known_muscles is not None and o.muscle not in known_muscles:
            raise OutlineError(f"muscle {o.muscle!r}, view {o.view!r}: no such muscle in "
                               "data/muscles (the outline's muscle must be a file name there)")
        if (o.muscle, o.view) in seen:
            raise OutlineError(f"muscle {o.muscle!r}, view {o.view!r}: outlined twice")
        seen.add((o.muscle, o.view))
        built: Built = build_outline(o)
        borders = tuple(tuple(q(p) for p in b) for b in built.borders)
        fibres = tuple(tuple(q(p) for p in f) for f in built.fibres)
        if warp is not None:
            borders = tuple(warp(o.view, b) for b in borders)
            fibres = tuple(warp(o.view, f) for f in fibres)
        left = PlacedMuscle(o.muscle, "left", o.view, o, borders, fibres)
        _check_simple(left)
        out[o.view].append(left)
        right_view, axis = ("right", 150.0) if o.view == "left" else (o.view, 200.0)
        out[right_view].append(PlacedMuscle(
            o.muscle, "right", right_view, o, tuple(_mirror(b, axis) for b in borders),
            tuple(_mirror(f, axis) for f in fibres)))
    return out


def outline_d(pm: PlacedMuscle) -> str:
    """The closed outline: the four borders, each its own smooth spline, corner to corner."""
    segs = [seg for border in pm.borders if len(border) > 1 for seg in spline(border)]
    start = segs[0][0]
    parts = [f"M{fmt(start[0])} {fmt(start[1])}"]
    parts += [f"C{fmt(c1[0])} {fmt(c1[1])} {fmt(c2[0])} {fmt(c2[1])} {fmt(e[0])} {fmt(e[1])}"
              for _, c1, c2, e in segs]
    return " ".join([*parts, "Z"])


def _check_simple(pm: PlacedMuscle) -> None:
    """Refuse an outline whose smoothed border crosses itself (points too close or out of order)."""
    (ring,) = geometry.flatten(geometry.parse_path(outline_d(pm)))
    n = len(ring)
    for i in range(n):
        a, b = ring[i], ring[(i + 1) % n]
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue  # the closing edge touches the first one
            c, d = ring[j], ring[(j + 1) % n]
            if geometry.segments_cross(a, b, c, d):
                raise OutlineError(
                    f"muscle {pm.muscle!r}, view {pm.view!r}: the outline crosses itself near "
                    f"({a[0]:.1f}, {a[1]:.1f}); check the order of origin, side and insertion "
                    "points (origin[0] and insertion[0] must lie on the same side)")


def render(view: str, placed: Sequence[PlacedMuscle]) -> str:
    w, h = VIEW_SIZES[view]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- generated by python -m tools.atlas from tools/atlas/muscles — do not edit -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:g} {h:g}" '
        f'data-view="{view}" data-layer="muscles">',
        '  <g id="muscles">',
    ]
    for pm in placed:
        o = pm.outline
        style = DEEP_STYLE if o.deep else SUPERFICIAL_STYLE
        lines.append(
            f'    <path id="{pm.element_id}" class="muscle" data-muscle="{pm.muscle}" '
            f'data-side="{pm.side}" data-form="{o.form.value}" data-deep="{int(o.deep)}" '
            f'{style} d="{outline_d(pm)}"/>'
        )
        for fibre in pm.fibres:
            d = open_path_d(Chain(list(fibre)))
            lines.append(f'    <path class="fibre" data-for="{pm.element_id}" {FIBRE_STYLE} '
                         f'd="{d}"/>')
    lines.append("  </g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def outputs(root: Path, outlines: Iterable[MuscleOutline], figure_folder: Path | None = None,
            warp: Warp | None = None) -> dict[Path, str]:
    """The muscle layer files of one figure: ``assets/muscles`` for the base figure, or
    ``<figure_folder>/muscles`` with the outlines moved by ``warp``."""
    known = frozenset(p.stem for p in (root / "data" / "muscles").glob("*.yaml"))
    placed = place(outlines, known, warp)
    folder = (figure_folder if figure_folder is not None else root / "assets") / "muscles"
    return {folder / f"{view}.svg": render(view, placed[view]) for view in VIEW_SIZES}
