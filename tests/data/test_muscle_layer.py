"""Geometry of the muscle layer (assets/muscles/<view>.svg, and assets/female/muscles/<view>.svg
for the female figure) against the figure and the markers, on both figures.

For every muscle with an outline: it lies inside its view's silhouette and on its own side of
the midline, left and right mirror each other, every X of its trigger points sits inside it, and
it overlaps the region holding each trigger point. The coverage tests keep each body part's
NOT_YET_DRAWN list (tools/atlas/muscles/<part>.py) honest: they fail when an outline is drawn
without crossing it off there.
"""

from __future__ import annotations

import dataclasses
import itertools
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from bodymap.domain import geometry as g
from bodymap.domain.atlas import AtlasView, MuscleShape, load_atlas
from bodymap.domain.dataset import Dataset, load_dataset
from bodymap.domain.errors import DataError
from bodymap.domain.knowledge import MuscleGroup
from bodymap.domain.regions import RegionCatalogue, Side, View
from tools.atlas.muscles import PARTS

ROOT = Path(__file__).resolve().parents[2]
#: How far (view units) an outline may stray over the silhouette or the midline: the width of
#: the figure's own outline stroke.
TOLERANCE = 1.5
MIDLINE = {View.FRONT: 200.0, View.BACK: 200.0}
#: The body's left lies at x > 200 in the front view and at x < 200 in the back view.
LEFT_IS_RIGHT_OF_MIDLINE = {View.FRONT: True, View.BACK: False}

Drawn = tuple[str, View, Side]


def _drawn(ds: Dataset) -> list[Drawn]:
    return sorted((shape.muscle, view, shape.side)
                  for view, av in ds.atlas.views.items() for shape in av.muscles.values())


#: Each figure's folder of views and muscle layers.
FIGURES = {"male": ROOT / "assets", "female": ROOT / "assets" / "female"}


@pytest.fixture(scope="module")
def male_ds() -> Dataset:
    return load_dataset(ROOT / "data", ROOT / "assets")


@pytest.fixture(scope="module", params=sorted(FIGURES))
def ds(request: pytest.FixtureRequest, male_ds: Dataset) -> Dataset:
    """The shipped knowledge base on each figure. The markers in data/muscles are given on the
    male figure; the female atlas moves them onto hers (Atlas.marker_positions)."""
    if request.param == "male":
        return male_ds
    atlas = load_atlas(FIGURES[request.param], ROOT / "data", male_ds.regions)
    assert atlas.shape is not None and atlas.shape.figure == request.param
    return dataclasses.replace(male_ds, atlas=atlas)


def _shape(ds: Dataset, muscle: str, view: View, side: Side) -> MuscleShape:
    shape = ds.atlas.views[view].muscle(muscle, side)
    assert shape is not None
    return shape


def _silhouette(av: AtlasView) -> tuple[tuple[g.Point, ...], ...]:
    assert av.silhouette is not None
    return g.flatten(g.parse_path(av.silhouette))


def _distance_to(rings: tuple[tuple[g.Point, ...], ...], p: g.Point) -> float:
    return min(g.segment_distance(p, r[i], r[(i + 1) % len(r)])
               for r in rings for i in range(len(r)))


def test_the_worked_examples_are_drawn(ds: Dataset) -> None:
    drawn = {(m, v) for m, v, s in _drawn(ds) if s is Side.LEFT}
    for muscle, views in {
        "quadratus_lumborum": (View.BACK, View.LEFT),
        "trapezius": (View.FRONT, View.BACK, View.LEFT),
        "gluteus_medius": (View.FRONT, View.BACK, View.LEFT),
        "gluteus_minimus": (View.FRONT, View.BACK, View.LEFT),
        "piriformis": (View.BACK, View.LEFT),
        "infraspinatus": (View.BACK, View.LEFT),
        "sternocleidomastoid": (View.FRONT, View.BACK, View.LEFT),
        "temporalis": (View.FRONT, View.BACK, View.LEFT),
        "levator_scapulae": (View.FRONT, View.BACK, View.LEFT),
    }.items():
        for view in views:
            assert (muscle, view) in drawn, f"{muscle} has no outline in the {view} view"
    deep = {m for m, v, s in _drawn(ds) if _shape(ds, m, v, s).deep}
    assert {"quadratus_lumborum", "gluteus_minimus", "piriformis"} <= deep
    assert "trapezius" not in deep


def test_outlines_lie_inside_the_silhouette(ds: Dataset) -> None:
    problems = []
    for muscle, view, side in _drawn(ds):
        av = ds.atlas.views[view]
        sil = _silhouette(av)
        for ring in _shape(ds, muscle, view, side).rings:
            for p in ring[::3]:
                if not g.contains(sil, p) and _distance_to(sil, p) > TOLERANCE:
                    problems.append(f"{muscle}.{side} in {view}: {p} outside the figure")
                    break
    assert problems == []


def test_outlines_stay_on_their_side_of_the_midline(ds: Dataset) -> None:
    for muscle, view, side in _drawn(ds):
        if view not in MIDLINE:
            continue
        on_plus_side = LEFT_IS_RIGHT_OF_MIDLINE[view] == (side is Side.LEFT)
        x0, _, x1, _ = _shape(ds, muscle, view, side).bounds
        if on_plus_side:
            assert x0 >= MIDLINE[view] - TOLERANCE, f"{muscle}.{side} in {view} crosses x=200"
        else:
            assert x1 <= MIDLINE[view] + TOLERANCE, f"{muscle}.{side} in {view} crosses x=200"


def test_left_and_right_mirror_each_other(ds: Dataset) -> None:
    pairs = 0
    for muscle, view, side in _drawn(ds):
        if side is not Side.LEFT:
            continue
        other_view = view.mirror
        axis = ds.atlas.views[view].width / 2
        left = _shape(ds, muscle, view, Side.LEFT)
        right = _shape(ds, muscle, other_view, Side.RIGHT)
        mirrored = tuple(tuple((2 * axis - x, y) for x, y in r) for r in left.rings)
        assert g.area(mirrored) == pytest.approx(g.area(right.rings), rel=1e-3)
        lx0, ly0, lx1, ly1 = g.bounds(mirrored)
        assert right.bounds == pytest.approx((lx0, ly0, lx1, ly1), abs=0.05)
        assert left.deep == right.deep and len(left.fibres) == len(right.fibres)
        pairs += 1
    assert pairs >= 24
    # and nothing is drawn on one side only
    rights = {(m, v.mirror) for m, v, s in _drawn(ds) if s is Side.RIGHT}
    lefts = {(m, v) for m, v, s in _drawn(ds) if s is Side.LEFT}
    assert rights == lefts


def test_every_marker_lies_inside_its_muscle(ds: Dataset) -> None:
    outside = []
    checked = 0
    for muscle, view, side in _drawn(ds):
        shape = _shape(ds, muscle, view, side)
        for tp in ds.knowledge.muscle(muscle).points_on(side):
            p = ds.atlas.marker_positions(tp.region, tp.markers).get(view)
            if p is None:
                continue
            checked += 1
            if not shape.contains(p):
                outside.append(f"{tp.id} in {view}: X at {p}")
    assert outside == []
    assert checked >= 100


def test_every_explicit_marker_lies_inside_its_region(ds: Dataset) -> None:
    """What the dataset loader checks on the male figure, on every figure: a marker moved
    onto the female figure still sits in its trigger point's region there."""
    outside = []
    checked = 0
    for muscle in ds.knowledge.muscles.values():
        for tp in muscle.trigger_points:
            for view in tp.markers:
                p = ds.atlas.marker_positions(tp.region, tp.markers)[view]
                checked += 1
                if not ds.atlas.views[view].regions[tp.region].contains(p):
                    outside.append(f"{tp.id} in {view}: X at {p} outside {tp.region}")
    assert outside == []
    assert checked >= 100


def _overlaps(shape: MuscleShape, region_rings: tuple[tuple[g.Point, ...], ...]) -> bool:
    x0, y0, x1, y1 = shape.bounds
    step = max((x1 - x0) / 30, (y1 - y0) / 30, 0.25)
    ys = [y0 + step * (k + 0.5) for k in range(int((y1 - y0) / step) + 1)]
    xs = [x0 + step * (k + 0.5) for k in range(int((x1 - x0) / step) + 1)]
    return any(shape.contains(p) and g.contains(region_rings, p)
               for p in itertools.product(xs, ys))


def test_outline_overlaps_the_region_of_each_trigger_point(ds: Dataset) -> None:
    missing = []
    for muscle, view, side in _drawn(ds):
        shape = _shape(ds, muscle, view, side)
        regions = ds.atlas.views[view].regions
        for tp in ds.knowledge.muscle(muscle).points_on(side):
            if tp.region in regions and not _overlaps(shape, regions[tp.region].rings):
                missing.append(f"{muscle}.{side} in {view} misses {tp.region}")
    assert missing == []


def _missing(ds: Dataset, groups: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Muscles of ``groups`` -> views where a trigger point is marked but no outline exists."""
    missing: dict[str, tuple[str, ...]] = {}
    for muscle in ds.knowledge.muscles.values():
        if muscle.group.value not in groups:
            continue
        views: set[View] = set()
        for tp in muscle.points_on(Side.LEFT):
            views |= set(ds.atlas.marker_positions(tp.region, tp.markers))
        lacking = sorted(v.value for v in views
                         if ds.atlas.views[v].muscle(muscle.id, Side.LEFT) is None)
        if lacking:
            missing[muscle.id] = tuple(lacking)
    return missing


@pytest.mark.parametrize("part", PARTS, ids=lambda part: part.__name__.rsplit(".", 1)[-1])
def test_coverage_matches_each_parts_not_yet_drawn_list(ds: Dataset, part: ModuleType) -> None:
    """Each body part's module keeps its own list, so people drawing different parts never
    edit the same file. The list is a report, not an excuse: it must be exactly true."""
    assert _missing(ds, part.GROUPS) == part.NOT_YET_DRAWN


def test_every_muscle_group_belongs_to_one_part_and_parts_draw_only_their_own(
        ds: Dataset) -> None:
    owners = [g for part in PARTS for g in part.GROUPS]
    assert sorted(owners) == sorted(group.value for group in MuscleGroup)
    for part in PARTS:
        for outline in part.OUTLINES:
            group = ds.knowledge.muscle(outline.muscle).group.value
            assert group in part.GROUPS, (
                f"{outline.muscle} (group {group}) is drawn in {part.__name__}; "
                "move it to the module whose GROUPS holds its group")


# --------------------------------------------------------------------------- loading errors


def _copy_assets(tmp_path: Path) -> Path:
    copy = tmp_path / "assets"
    shutil.copytree(ROOT / "assets", copy)
    return copy


def _write_layer(assets: Path, view: str, body: str) -> Path:
    path = assets / "muscles" / f"{view}.svg"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 800">'
                    f'<g id="muscles">{body}</g></svg>', encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "element", "message"), [
    ('<path id="muscle.trapezius" class="muscle" d="M0 0 L9 0 L9 9 Z"/>',
     "path id='muscle.trapezius'", "muscle.<muscle_id>.<left|right>"),
    ('<path id="muscle.trapezius.left" class="muscle" d="M0 0 L9 0 X"/>',
     "path id='muscle.trapezius.left' d", "X"),
    ('<path id="muscle.trapezius.left" class="muscle" d="M0 0 L9 0 L18 0 Z"/>',
     "path id='muscle.trapezius.left' d", "encloses no area"),
    ('<path id="muscle.trapezius.left" class="muscle" data-deep="yes" d="M0 0 L9 0 L9 9 Z"/>',
     "path id='muscle.trapezius.left' data-deep", "0 or 1"),
    ('<path id="muscle.trapezius.left" class="muscle" d="M0 0 L9 0 L9 9 Z"/>'
     '<path id="muscle.trapezius.left" class="muscle" d="M0 0 L9 0 L9 9 Z"/>',
     "path id='muscle.trapezius.left'", "drawn twice"),
    ('<path class="fibre" data-for="muscle.nobody.left" d="M0 0 L9 9"/>',
     "fibre data-for='muscle.nobody.left'", "no muscle outline"),
])
def test_a_broken_muscle_layer_names_file_element_and_value(
        tmp_path: Path, regions: RegionCatalogue, body: str, element: str, message: str) -> None:
    assets = _copy_assets(tmp_path)
    path = _write_layer(assets, "back", body)
    with pytest.raises(DataError) as err:
        load_atlas(assets, ROOT / "data", regions)
    text = str(err.value)
    assert str(path) in text and element in text and message in text


def test_the_side_views_refuse_the_other_side(tmp_path: Path, regions: RegionCatalogue) -> None:
    assets = _copy_assets(tmp_path)
    path = _write_layer(assets, "left", '<path id="muscle.temporalis.right" class="muscle" '
                                        'd="M0 0 L9 0 L9 9 Z"/>')
    with pytest.raises(DataError, match="shows only the left side") as err:
        load_atlas(assets, ROOT / "data", regions)
    assert str(path) in str(err.value)


def test_a_data_folder_with_fewer_muscles_still_loads_with_the_shipped_layer(
        tmp_path: Path) -> None:
    # `bodymap --data DIR` may hold a subset of the muscles; outlines of the others are unused
    # (the generator itself refuses outlines of muscles that data/muscles does not have).
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    for path in (data / "muscles").glob("*.yaml"):
        if path.stem != "quadratus_lumborum":
            path.unlink()
    ds = load_dataset(data, ROOT / "assets")
    assert list(ds.knowledge.muscles) == ["quadratus_lumborum"]
    assert ds.atlas.views[View.BACK].muscle("trapezius", Side.LEFT) is not None


def test_a_view_without_a_muscle_layer_shows_no_muscles(
        tmp_path: Path, regions: RegionCatalogue) -> None:
    assets = _copy_assets(tmp_path)
    (assets / "muscles" / "back.svg").unlink()
    atlas = load_atlas(assets, ROOT / "data", regions)
    assert atlas.views[View.BACK].muscles == {}
    assert atlas.views[View.FRONT].muscle("trapezius", Side.LEFT) is not None
    assert View.BACK not in atlas.muscle_views("trapezius")
