"""Geometry checks on the committed atlas SVGs (assets/*.svg) and data/adjacency.yaml."""

from __future__ import annotations

import itertools
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
import yaml
from defusedxml import ElementTree

from bodymap.domain import geometry as g

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ("front", "back", "left", "right", "soles")
SVG = "{http://www.w3.org/2000/svg}"
Rings = tuple[tuple[g.Point, ...], ...]


@cache
def region_ids() -> frozenset[str]:
    data = yaml.safe_load((ROOT / "data/regions.yaml").read_text(encoding="utf-8"))
    areas = [a for group in data["areas"].values() for a in group]
    return frozenset(f"{side}.{a}" for side in ("left", "right") for a in areas)


@cache
def view(name: str) -> tuple[dict[str, Rings], Rings, list[str]]:
    root = ElementTree.parse(ROOT / "assets" / f"{name}.svg").getroot()
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


def test_every_region_appears_and_no_unknown_ids() -> None:
    seen: set[str] = set()
    for name in VIEWS:
        _, _, ids = view(name)
        assert len(ids) == len(set(ids)), f"{name}: duplicate ids"
        unknown = set(ids) - region_ids()
        assert not unknown, f"{name}: unknown ids {sorted(unknown)}"
        seen |= set(ids)
    assert region_ids() - seen == set()
    assert len(region_ids()) == 222


@pytest.mark.slow
@pytest.mark.parametrize("name", VIEWS)
def test_regions_tile_the_silhouette(name: str) -> None:
    regions, sil, _ = view(name)
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
@pytest.mark.parametrize("name", VIEWS)
def test_grid_points_lie_in_exactly_one_region(name: str) -> None:
    regions, sil, _ = view(name)
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
def test_laterality() -> None:
    for name, left_side_x_positive in (("front", True), ("back", False), ("soles", False)):
        regions, _, _ = view(name)
        for rid, rings in regions.items():
            x, _ = g.interior_point(rings)
            if rid.startswith("left.") == left_side_x_positive:
                assert x > 200, f"{name}: {rid} at x={x}"
            else:
                assert x < 200, f"{name}: {rid} at x={x}"
    assert all(r.startswith("left.") for r in view("left")[0])
    assert all(r.startswith("right.") for r in view("right")[0])


def _mirror(rings: Rings, axis: float) -> Rings:
    return tuple(tuple((2 * axis - x, y) for x, y in r) for r in rings)


@pytest.mark.parametrize("name", ["front", "back", "soles"])
def test_symmetry(name: str) -> None:
    regions, _, _ = view(name)
    for rid, rings in regions.items():
        if not rid.startswith("left."):
            continue
        other = regions["right." + rid[5:]]
        m = _mirror(rings, 200)
        assert g.area(m) == pytest.approx(g.area(other), rel=1e-3)
        assert g.bounds(m)[0] == pytest.approx(g.bounds(other)[0], abs=0.05)
        assert g.bounds(m)[1:] == pytest.approx(g.bounds(other)[1:], abs=0.05)


def test_right_is_mirror_of_left() -> None:
    left, _, _ = view("left")
    right, _, _ = view("right")
    assert {k[5:] for k in left} == {k[6:] for k in right}
    for rid, rings in left.items():
        other = right["right." + rid[5:]]
        m = _mirror(rings, 150)
        assert g.area(m) == pytest.approx(g.area(other), rel=1e-3)
        assert g.bounds(m)[0] == pytest.approx(g.bounds(other)[0], abs=0.05)


@pytest.mark.slow
@pytest.mark.parametrize("name", VIEWS)
def test_regions_are_clickable(name: str) -> None:
    regions, _, _ = view(name)
    for rid, rings in regions.items():
        assert g.area(rings) >= 40, f"{name}: {rid} area {g.area(rings):.1f}"
        assert g.inscribed_radius(rings) >= 2.5, f"{name}: {rid} radius too small"


def test_proportions() -> None:
    for name in ("front", "back"):
        _, sil, _ = view(name)
        _, top, _, bottom = g.bounds(sil)
        assert top == pytest.approx(25, abs=1.5)
        assert bottom == pytest.approx(775, abs=2.5)
    regions, _, _ = view("front")
    chin_y = g.bounds(regions["left.chin"])[3]
    assert chin_y - 25 == pytest.approx(100, abs=5)


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


def test_adjacency_matches_geometry() -> None:
    regions, _, _ = view("front")
    assert g.shared_border_length(regions["left.knee_front"], regions["left.shin"]) > 10
    assert g.shared_border_length(regions["left.knee_front"], regions["left.forehead"]) == 0
