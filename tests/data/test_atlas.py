"""Geometry checks on the committed atlas SVGs of both figures (assets/*.svg for the male figure,
assets/female/*.svg for the female one) and data/adjacency.yaml, which serves both."""

from __future__ import annotations

import itertools
import json
import math
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
import yaml
from defusedxml import ElementTree

from bodymap.domain import geometry as g
from bodymap.domain.atlas import load_atlas
from bodymap.domain.errors import DataError
from bodymap.domain.regions import View, load_regions
from tools.atlas import female, generate

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ("front", "back", "left", "right", "soles")
#: Each figure's folder of views.
FIGURES = {"male": ROOT / "assets", "female": ROOT / "assets" / "female"}
FIGURE_NAMES = sorted(FIGURES)
FIGURE_VIEWS = [(f, v) for f in FIGURE_NAMES for v in VIEWS]
SVG = "{http://www.w3.org/2000/svg}"
Rings = tuple[tuple[g.Point, ...], ...]


@cache
def region_ids() -> frozenset[str]:
    data = yaml.safe_load((ROOT / "data/regions.yaml").read_text(encoding="utf-8"))
    areas = [a for group in data["areas"].values() for a in group]
    return frozenset(f"{side}.{a}" for side in ("left", "right") for a in areas)


@cache
def view(name: str, figure: str = "male") -> tuple[dict[str, Rings], Rings, list[str]]:
    root = ElementTree.parse(FIGURES[figure] / f"{name}.svg").getroot()
    assert root is not None
    regions: dict[str, Rings] = {}
    ids: list[str] = []
    for el in root.iter(f"{SVG}path"):
        if el.get("class") == "region":
            rid, d = el.get("id", ""), el.get("d", "")
            ids.append(rid)
            regions[rid] = g.flatten(g.parse_path(d), 0.1)
    sil = next(e for e in root.iter(f"{SVG}path") if e.get("id") == "silhouette")
    return regions, g.flatten(g.parse_path(sil.get("d", "")), 0.1), ids


@pytest.mark.parametrize("figure", FIGURE_NAMES)
def test_every_region_appears_and_no_unknown_ids(figure: str) -> None:
    seen: set[str] = set()
    for name in VIEWS:
        _, _, ids = view(name, figure)
        assert len(ids) == len(set(ids)), f"{name}: duplicate ids"
        unknown = set(ids) - region_ids()
        assert not unknown, f"{name}: unknown ids {sorted(unknown)}"
        seen |= set(ids)
    assert region_ids() - seen == set()
    assert len(region_ids()) == 222


@pytest.mark.slow
@pytest.mark.parametrize(("figure", "name"), FIGURE_VIEWS)
def test_regions_tile_the_silhouette(figure: str, name: str) -> None:
    regions, sil, _ = view(name, figure)
    areas = {k: g.area(r) for k, r in regions.items()}
    assert sum(areas.values()) == pytest.approx(g.area(sil), rel=0.01)
    boxes = {k: g.bounds(r) for k, r in regions.items()}
    for a, b in itertools.combinations(sorted(regions), 2):
        ba, bb = boxes[a], boxes[b]
        if ba[2] <= bb[0] or bb[2] <= ba[0] or ba[3] <= bb[1] or bb[3] <= ba[1]:
            continue
        # overlap estimate: sample points of the smaller region on a grid
        small, big = (a, b) if areas[a] <= areas[b] else (b, a)
        x0, y0, x1, y1 = boxes[small]
        step = max((x1 - x0) / 25, (y1 - y0) / 25, 0.3)
        inside = both = 0
        y = y0 + step / 2
        while y < y1:
            x = x0 + step / 2
            while x < x1:
                if g.contains(regions[small], (x, y)):
                    inside += 1
                    if g.contains(regions[big], (x, y)):
                        both += 1
                x += step
            y += step
        assert both <= 0.01 * max(inside, 1) + 1, f"{name}: {a} overlaps {b}"


def _near_boundary(rings: Rings, p: g.Point, tol: float) -> bool:
    return any(
        g.segment_distance(p, r[i], r[(i + 1) % len(r)]) <= tol
        for r in rings
        for i in range(len(r))
    )


@pytest.mark.slow
@pytest.mark.parametrize(("figure", "name"), FIGURE_VIEWS)
def test_grid_points_lie_in_exactly_one_region(figure: str, name: str) -> None:
    regions, sil, _ = view(name, figure)
    boxes = {k: g.bounds(r) for k, r in regions.items()}
    x0, y0, x1, y1 = g.bounds(sil)
    step = 3.1
    y = y0 + 0.37
    while y < y1:
        x = x0 + 0.41
        while x < x1:
            p = (x, y)
            if g.contains(sil, p):
                hits = [
                    k for k, r in regions.items()
                    if boxes[k][0] <= x <= boxes[k][2] and boxes[k][1] <= y <= boxes[k][3]
                    and g.contains(r, p)
                ]
                if len(hits) != 1:
                    cand = [regions[k] for k in regions] + [sil]
                    assert any(_near_boundary(r, p, 0.6) for r in cand), f"{name}: {p} in {hits}"
            x += step
        y += step


@pytest.mark.slow
@pytest.mark.parametrize("figure", FIGURE_NAMES)
def test_laterality(figure: str) -> None:
    for name, left_side_x_positive in (("front", True), ("back", False), ("soles", False)):
        regions, _, _ = view(name, figure)
        for rid, rings in regions.items():
            x, _ = g.interior_point(rings)
            if rid.startswith("left.") == left_side_x_positive:
                assert x > 200, f"{name}: {rid} at x={x}"
            else:
                assert x < 200, f"{name}: {rid} at x={x}"
    assert all(r.startswith("left.") for r in view("left", figure)[0])
    assert all(r.startswith("right.") for r in view("right", figure)[0])


def _mirror(rings: Rings, axis: float) -> Rings:
    return tuple(tuple((2 * axis - x, y) for x, y in r) for r in rings)


@pytest.mark.parametrize("figure", FIGURE_NAMES)
@pytest.mark.parametrize("name", ["front", "back", "soles"])
def test_symmetry(figure: str, name: str) -> None:
    regions, _, _ = view(name, figure)
    for rid, rings in regions.items():
        if not rid.startswith("left."):
            continue
        other = regions["right." + rid[5:]]
        m = _mirror(rings, 200)
        assert g.area(m) == pytest.approx(g.area(other), rel=1e-3)
        assert g.bounds(m)[0] == pytest.approx(g.bounds(other)[0], abs=0.05)
        assert g.bounds(m)[1:] == pytest.approx(g.bounds(other)[1:], abs=0.05)


@pytest.mark.parametrize("figure", FIGURE_NAMES)
def test_right_is_mirror_of_left(figure: str) -> None:
    left, _, _ = view("left", figure)
    right, _, _ = view("right", figure)
    assert {k[5:] for k in left} == {k[6:] for k in right}
    for rid, rings in left.items():
        other = right["right." + rid[5:]]
        m = _mirror(rings, 150)
        assert g.area(m) == pytest.approx(g.area(other), rel=1e-3)
        assert g.bounds(m)[0] == pytest.approx(g.bounds(other)[0], abs=0.05)


@pytest.mark.slow
@pytest.mark.parametrize(("figure", "name"), FIGURE_VIEWS)
def test_regions_are_clickable(figure: str, name: str) -> None:
    regions, _, _ = view(name, figure)
    for rid, rings in regions.items():
        assert g.area(rings) >= 40, f"{name}: {rid} area {g.area(rings):.1f}"
        assert g.inscribed_radius(rings) >= 2.5, f"{name}: {rid} radius too small"


#: Silhouette widths in the front view, in head heights (H = 100 units), as tabled in
#: docs/atlas-format.md ("Proportions" for the male figure, "Female figure" for the female):
#: across the deltoids (widest, 1.85-2.15 H), the narrowest waist between 2.65 and 3.05 H, the
#: hips at the greater trochanters (widest between 3.55 and 3.9 H), the neck at 1.15 H.
WIDTHS = {
    "male": {"shoulders": 2.13, "waist": 1.13, "hips": 1.50, "neck": 0.52},
    "female": {"shoulders": 1.92, "waist": 1.02, "hips": 1.62, "neck": 0.49},
}


def _crossings(rings: Rings, y: float) -> list[float]:
    """Where the horizontal line at height y crosses the outline, left to right."""
    xs = []
    for r in rings:
        for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1], strict=True):
            if (y0 <= y < y1) or (y1 <= y < y0):
                xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def _width_around(rings: Rings, y: float, x: float) -> float:
    """The width at height y of the piece of the outline that holds x (the trunk, x = 200)."""
    xs = _crossings(rings, y)
    return min(v for v in xs if v > x) - max(v for v in xs if v < x)


def _widths(figure: str) -> dict[str, float]:
    _, sil, _ = view("front", figure)
    return {
        "shoulders": max(_crossings(sil, y)[-1] - _crossings(sil, y)[0]
                         for y in range(185, 215)) / 100,
        "waist": min(_width_around(sil, y, 200) for y in range(290, 330)) / 100,
        "hips": min(max(_width_around(sil, y, 200) for y in range(380, 415)), 1e9) / 100,
        "neck": _width_around(sil, 140, 200) / 100,
    }


@pytest.mark.parametrize("figure", FIGURE_NAMES)
def test_proportions(figure: str) -> None:
    for name in ("front", "back"):
        _, sil, _ = view(name, figure)
        _, top, _, bottom = g.bounds(sil)
        assert top == pytest.approx(25, abs=1.5)
        assert bottom == pytest.approx(775, abs=2.5)
    regions, _, _ = view("front", figure)
    chin_y = g.bounds(regions["left.chin"])[3]
    assert chin_y - 25 == pytest.approx(100, abs=5)
    assert _widths(figure) == pytest.approx(WIDTHS[figure], abs=0.02)


def test_the_female_figure_differs_where_it_should() -> None:
    """Narrower shoulders and waist, wider hips, a breast and a fuller buttock in profile;
    the same head, heights and feet length."""
    male, female = _widths("male"), _widths("female")
    assert female["shoulders"] < 0.92 * male["shoulders"]
    assert female["waist"] < 0.92 * male["waist"]
    assert female["hips"] > 1.06 * male["hips"]
    # the waist-to-hip breadth ratio: about 0.75 for the male figure, under 0.65 for hers
    assert male["waist"] / male["hips"] > 0.72
    assert female["waist"] / female["hips"] < 0.65
    (_, m_side, _), (_, f_side, _) = view("left", "male"), view("left", "female")
    chest = [(y, _crossings(m_side, y)[0], _crossings(f_side, y)[0]) for y in range(222, 246)]
    assert max(m - f for _, m, f in chest) > 7, "no breast in the side view"
    belly = [_crossings(m_side, y)[0] - _crossings(f_side, y)[0] for y in range(290, 330)]
    assert max(abs(d) for d in belly) < 0.1  # the abdomen is not pushed forward
    buttock = [_crossings(f_side, y)[-1] - _crossings(m_side, y)[-1] for y in range(390, 410)]
    assert min(buttock) > 4
    m_front, f_front = view("front", "male")[0], view("front", "female")[0]
    for rid in ("left.forehead", "left.temple", "left.chin", "left.eye"):
        assert g.bounds(f_front[rid]) == pytest.approx(g.bounds(m_front[rid]), abs=0.05)
    # in profile only the skin of the face moves: a smaller nose, the same ear and chin
    m_left, f_left = view("left", "male")[0], view("left", "female")[0]
    for rid in ("left.temple", "left.chin", "left.ear"):
        assert g.bounds(f_left[rid]) == pytest.approx(g.bounds(m_left[rid]), abs=0.05)
    assert g.bounds(f_left["left.nose"])[0] > g.bounds(m_left["left.nose"])[0] + 1
    for name in ("soles", "left"):
        m_bounds, f_bounds = g.bounds(view(name, "male")[1]), g.bounds(view(name, "female")[1])
        assert f_bounds[1::2] == pytest.approx(m_bounds[1::2], abs=0.05)  # same top and bottom


def test_the_female_deformation_never_folds() -> None:
    """At every height the map is strictly increasing across the view: this is what keeps
    the moved regions tiling the figure without overlaps (see figure_shape.py)."""
    assert female.fold_problems(step_y=5.0) == []


def test_generated_files_are_up_to_date() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "tools.atlas", "--check"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert r.returncode == 0, r.stderr


def test_adjacency() -> None:
    data = yaml.safe_load((ROOT / "data/adjacency.yaml").read_text(encoding="utf-8"))
    pairs = {tuple(p) for p in data["pairs"]}
    assert all(a < b for a, b in pairs)
    assert [list(p) for p in sorted(pairs)] == data["pairs"]
    assert all(a in region_ids() and b in region_ids() for a, b in pairs)
    assert ("left.low_back", "left.upper_buttock") in pairs or (
        "left.iliac_crest", "left.low_back") in pairs
    assert ("left.knee_front", "left.thigh_front_lower") in pairs
    assert ("left.knee_front", "left.shin") in pairs
    assert ("left.arch", "left.heel_pad") in pairs
    for a, b in pairs:  # mirrored pairs exist for every bilateral pair
        ma = ("right." + a[5:]) if a.startswith("left.") else ("left." + a[6:])
        mb = ("right." + b[5:]) if b.startswith("left.") else ("left." + b[6:])
        assert (min(ma, mb), max(ma, mb)) in pairs


@pytest.mark.parametrize("figure", FIGURE_NAMES)
def test_adjacency_matches_geometry(figure: str) -> None:
    regions, _, _ = view("front", figure)
    assert g.shared_border_length(regions["left.knee_front"], regions["left.shin"]) > 10
    assert g.shared_border_length(regions["left.knee_front"], regions["left.forehead"]) == 0


@pytest.mark.parametrize("figure", FIGURE_NAMES)
def test_the_upper_buttock_meets_the_sacrum_along_an_edge(figure: str) -> None:
    """Below the sacroiliac joint the upper buttock borders the sacrum for a few units, not at
    a point between two nearly parallel lines: that thin tongue showed as a spur where the
    smoothed pain outlines of presentation mode traced it."""
    regions, _, _ = view("back", figure)
    for side in ("left", "right"):
        shared = g.shared_border_length(regions[f"{side}.upper_buttock"],
                                        regions[f"{side}.sacrum"])
        assert shared > 4, (side, shared)


#: the sharpest corner a region may have (degrees). The narrow ends that anatomy gives (the
#: supraclavicular fossa and the collarbone at the shoulder) are 5.4-8 degrees; the mid
#: back's spike between the shoulder blade and the lateral back was 1.3
SHARPEST_CORNER = 4.0


def _sharpest_corner(rings: Rings) -> float:
    sharpest = 180.0
    for ring in rings:
        points = list(ring[:-1] if ring[0] == ring[-1] else ring)
        for i, here in enumerate(points):
            before, after = points[i - 1], points[(i + 1) % len(points)]
            ax, ay = before[0] - here[0], before[1] - here[1]
            bx, by = after[0] - here[0], after[1] - here[1]
            lengths = math.hypot(ax, ay) * math.hypot(bx, by)
            if lengths > 1e-12:
                cosine = max(-1.0, min(1.0, (ax * bx + ay * by) / lengths))
                sharpest = min(sharpest, math.degrees(math.acos(cosine)))
    return sharpest


@pytest.mark.parametrize(("figure", "name"), FIGURE_VIEWS)
def test_no_region_ends_in_a_spike(figure: str, name: str) -> None:
    """A region squeezed to a spike between two nearly parallel lines is a drawing fault:
    nobody can click it there, and the smoothed outlines of presentation mode trace it."""
    regions, _, _ = view(name, figure)
    spikes = {rid: round(angle, 1) for rid, rings in regions.items()
              if (angle := _sharpest_corner(rings)) < SHARPEST_CORNER}
    assert spikes == {}


def test_the_female_figure_has_the_same_neighbours() -> None:
    """data/adjacency.yaml is one file for both figures: the pairs of regions that border each
    other on the female figure, from her own geometry, are exactly the pairs in it."""
    data = yaml.safe_load((ROOT / "data/adjacency.yaml").read_text(encoding="utf-8"))
    _, pairs = generate.figure_files(FIGURES["female"], generate.female_views(), warped=True)
    assert sorted(list(p) for p in pairs) == data["pairs"]


def test_a_broken_shape_file_is_refused_naming_the_file_and_field(tmp_path: Path) -> None:
    folder = tmp_path / "female"
    shutil.copytree(FIGURES["female"], folder)
    shape = json.loads((folder / "shape.json").read_text(encoding="utf-8"))
    shape["front_back"]["knots"][3]["trunk_scale"] = 3.0
    shape["soles"]["shoe_size"] = 38
    (folder / "shape.json").write_text(json.dumps(shape), encoding="utf-8")
    regions = load_regions(ROOT / "data" / "regions.yaml")
    with pytest.raises(DataError) as err:
        load_atlas(folder, ROOT / "data", regions)
    text = str(err.value)
    assert "shape.json" in text
    assert "front_back.knots[3].trunk_scale" in text and "3.0" in text
    assert "soles.shoe_size" in text


def test_the_female_atlas_moves_explicit_markers_and_keeps_heights() -> None:
    regions = load_regions(ROOT / "data" / "regions.yaml")
    male = load_atlas(FIGURES["male"], ROOT / "data", regions)
    her = load_atlas(FIGURES["female"], ROOT / "data", regions)
    assert male.shape is None and her.shape is not None
    assert her.adjacency == male.adjacency
    # a marker on the outer shoulder moves in; one on the hip moves out; heights are kept
    shoulder = her.marker_positions("left.side_of_shoulder", {View.FRONT: (290.0, 200.0)})
    assert shoulder[View.FRONT][0] < 285 and shoulder[View.FRONT][1] == 200.0
    assert her.on_figure(View.FRONT, (270.0, 400.0))[0] > 275
    assert male.on_figure(View.FRONT, (270.0, 400.0)) == (270.0, 400.0)
    # without an explicit marker the X goes to the centre of the region on her own figure
    centre = her.marker_positions("left.side_of_shoulder", {})[View.FRONT]
    assert her.views[View.FRONT].regions["left.side_of_shoulder"].contains(centre)
