"""Unit tests for bodymap.domain.geometry (pure Python path geometry)."""

from __future__ import annotations

import math

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.geometry import (
    CUBIC,
    LINE,
    MOVE,
    Cubic,
    Line,
    PathSyntaxError,
    Quad,
    Subpath,
    _parse_path_text,
    area,
    bounds,
    commands_of,
    contains,
    flatten,
    inscribed_radius,
    interior_point,
    parse_path,
    path_commands,
    ring_area,
    shared_border_length,
    subpaths_of,
)

SQUARE = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
# an L shape: concave, its centroid region is still inside but the pole is in a leg
L_SHAPE = ((0.0, 0.0), (30.0, 0.0), (30.0, 10.0), (10.0, 10.0), (10.0, 30.0), (0.0, 30.0))


def test_parse_absolute_and_relative_are_equal() -> None:
    a = parse_path("M10 10 L20 10 L20 20 Z")
    b = parse_path("m10,10 l10,0 0,10 z")
    assert a == b
    assert a[0] == Subpath((10.0, 10.0), (Line((20.0, 10.0)), Line((20.0, 20.0))), True)


def test_parse_h_v_and_compact_numbers() -> None:
    (sp,) = parse_path("M0 0H10V5h-2.5v.5-1e1")
    ends = [s.end for s in sp.segments]
    assert ends == [(10.0, 0.0), (10.0, 5.0), (7.5, 5.0), (7.5, 5.5), (7.5, -4.5)]


def test_parse_smooth_curves_reflect_controls() -> None:
    (sp,) = parse_path("M0 0 C0 10 10 10 10 0 S20 -10 20 0 Q25 10 30 0 T40 0")
    assert sp.segments[1] == Cubic((10.0, -10.0), (20.0, -10.0), (20.0, 0.0))
    assert sp.segments[2] == Quad((25.0, 10.0), (30.0, 0.0))
    assert sp.segments[3] == Quad((35.0, -10.0), (40.0, 0.0))


def test_parse_moveto_repeats_are_lines_and_subpaths_split() -> None:
    sps = parse_path("M0 0 10 0 10 10 Z m5 5 l1 0 0 1 z")
    assert len(sps) == 2
    assert sps[0].closed and sps[1].closed
    assert sps[1].start == (5.0, 5.0)  # relative to the closed subpath's start


def test_arcs_rejected() -> None:
    with pytest.raises(PathSyntaxError, match="arcs are not supported"):
        parse_path("M0 0 A5 5 0 0 1 10 0")


@pytest.mark.parametrize("bad", ["10 10 L 5 5", "M0 0 L5", "M0 0 L 5 # 3", "M0 0 C1 2 3 4 5 Z"])
def test_syntax_errors_name_position(bad: str) -> None:
    with pytest.raises(PathSyntaxError, match="position"):
        parse_path(bad)


def test_flatten_curve_is_close_to_circle() -> None:
    k = 0.5522847498 * 10
    d = (
        f"M10 0 C10 {k} {k} 10 0 10 C{-k} 10 -10 {k} -10 0 "
        f"C-10 {-k} {-k} -10 0 -10 C{k} -10 10 {-k} 10 0 Z"
    )
    (ring,) = flatten(parse_path(d), tolerance=0.05)
    assert all(abs(math.hypot(x, y) - 10) < 0.1 for x, y in ring)
    assert area([ring]) == pytest.approx(math.pi * 100, rel=0.01)


def test_area_contains_bounds_square() -> None:
    assert ring_area(SQUARE) == 100
    assert ring_area(SQUARE[::-1]) == 100
    assert contains([SQUARE], (5, 5)) and not contains([SQUARE], (15, 5))
    assert bounds([SQUARE]) == (0, 0, 10, 10)


def test_hole_even_odd() -> None:
    outer = ((0.0, 0.0), (20.0, 0.0), (20.0, 20.0), (0.0, 20.0))
    hole = ((5.0, 5.0), (15.0, 5.0), (15.0, 15.0), (5.0, 15.0))
    rings = [outer, hole]
    assert area(rings) == pytest.approx(300)
    assert not contains(rings, (10, 10))
    assert contains(rings, (2, 2))
    p = interior_point(rings)
    assert contains(rings, p)
    # best circle sits in a corner of the frame, touching both walls and the hole corner
    assert inscribed_radius(rings) == pytest.approx(5 * 2**0.5 / (1 + 2**0.5), abs=0.1)


def test_interior_point_of_concave_shape() -> None:
    p = interior_point([L_SHAPE])
    assert contains([L_SHAPE], p)
    # the widest circle sits at the bend, touching both outer walls and the reflex corner
    expected = 10 * math.sqrt(2) / (1 + math.sqrt(2))
    assert inscribed_radius([L_SHAPE]) == pytest.approx(expected, abs=0.1)
    assert interior_point([L_SHAPE]) == p  # deterministic


def test_shared_border_length() -> None:
    left = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
    right = ((10.0, 2.0), (20.0, 2.0), (20.0, 8.0), (10.0, 8.0))
    # 6 units of shared edge, plus up to tol at each end where b's corners are near
    assert 6.0 <= shared_border_length([left], [right]) <= 7.05
    far = ((30.0, 0.0), (40.0, 0.0), (40.0, 10.0))
    assert shared_border_length([left], [far]) == 0.0


def test_the_command_form_gives_back_every_shipped_outline(dataset: Dataset) -> None:
    """The flat commands the bundle stores for the atlas's paths are the same subpaths as
    the path text parsed."""
    texts = {shape.d for view in dataset.atlas.views.values()
             for shape in view.regions.values()}
    texts |= {d for view in dataset.atlas.views.values() for shape in view.muscles.values()
              for d in (shape.d, *shape.fibres)}
    texts |= {d for view in dataset.atlas.views.values()
              for d in (view.silhouette, *view.details) if d is not None}
    assert len(texts) > 300
    for d in texts:
        parsed = _parse_path_text(d)
        assert subpaths_of(commands_of(parsed)) == parsed
        assert parse_path(d) == parsed and list(path_commands(d)) == list(commands_of(parsed))


@pytest.mark.parametrize("commands", [
    [LINE, 1.0, 2.0],              # draws before a move
    [MOVE, 1.0],                   # a move without its y
    [MOVE, 0.0, 0.0, 9.0, 1.0],    # no such opcode
    [MOVE, 0.0, 0.0, CUBIC, 1.0, 1.0, 2.0, 2.0, 3.0],  # a cubic one number short
])
def test_a_malformed_command_stream_is_refused(commands: list[float]) -> None:
    with pytest.raises(ValueError, match="path commands"):
        subpaths_of(commands)
