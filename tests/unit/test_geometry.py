"""Unit tests for bodymap.domain.geometry (pure Python path geometry)."""

from __future__ import annotations

import math
import random

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
    _boundary_distance,
    _edge_list,
    _parse_path_text,
    _quick_commands,
    _signed_distance_to,
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


def _token_parser_commands(d: str) -> list[float] | None:
    try:
        return list(commands_of(_parse_path_text(d)))
    except PathSyntaxError:
        return None


def test_the_quick_reading_gives_the_token_parsers_commands_for_every_shipped_path(
        dataset: Dataset) -> None:
    """A rebuilt bundle reads the atlas's path text with ``_quick_commands``: it must not
    give up on the atlas's own syntax, nor read it differently."""
    texts: set[str] = set()
    for atlas in (dataset.atlas, dataset.female_atlas):
        for view in atlas.views.values() if atlas is not None else ():
            texts |= {shape.d for shape in view.regions.values()}
            texts |= {shape.d for shape in view.muscles.values()}
    assert len(texts) > 1000
    for d in texts:
        assert _quick_commands(d) == _token_parser_commands(d), d[:60]


@pytest.mark.parametrize("d", [
    "M0 0 L10 0 L10 10 Z", "m1,1 l2,0 0,2 z m5 5 h1 v1 H0 V0 z", "M0 0 10 0 10 10",
    "M0 0 C0 10 10 10 10 0 S20 -10 20 0 Q25 10 30 0 T40 0", "M0 0 Z L5 5",
    "M-0 -0 L0 -0", "M1e2 .5E-1 L+3. -4", "  ,M 1 2,3 4 ",
    # the atlas's own form (absolute cubics), read all at once
    "M1 2C3 4 5 6 7 8 Z M-0 -0 C1,2,3,4,5,6 C 1 1 1 1 1 1", "M1 2 Z", "M1 2 M3 4 Z",
    "M1.5 2 C3 4 5 6 7 8 L9 9 Z",
])
def test_the_quick_reading_of_valid_text_is_the_token_parsers(d: str) -> None:
    assert _quick_commands(d) == _token_parser_commands(d) is not None


@pytest.mark.parametrize("d", [
    "10 10 L 5 5", "M0 0 L5", "M0 0 L 5 # 3", "M0 0 C1 2 3 4 5 Z", "M0 0 A5 5 0 0 1 10 0",
    "M1-2L3.5.5", "M inf 0", "M nan 1", "M1_0 2", "M 1 e 2", "M0 0 L1 2 3", "Z",
    "M0 0 Z 1", "M0 0 Z Z", "M\f0 0", "M\u0663 1", "M1 2 C3 4 5 6 7",
    "M1 2 C3 4 5 6 7 8 9", "Z M1 2",
])
def test_the_quick_reading_leaves_the_rest_to_the_token_parser(d: str) -> None:
    """Packed numbers (valid SVG the atlas does not write), stray characters and every
    error: the quick reading gives up, so the token parser reads it or names the problem."""
    assert _quick_commands(d) is None
    if _token_parser_commands(d) is not None:  # (valid: read by the token parser)
        assert list(path_commands(d)) == _token_parser_commands(d)


def test_random_path_text_is_read_as_the_token_parser_reads_it_or_left_to_it() -> None:
    rng = random.Random(1515)
    good = ["0", "12", "-3.5", ".5", "1e2", "-0", "5.", "+7", "2E-1"]
    bad = ["e", "-", "1.5.5", "x", ""]
    arity = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0, "A": 7}
    quick_read = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 6)):
            command = rng.choice("MmLlHhVvCcSsQqTtZzA")
            count = arity[command.upper()] * rng.choice([1, 1, 2]) + rng.choice([0] * 9 + [1])
            parts.append(command)
            for _ in range(count):
                parts.append(rng.choice([" ", ",", " , ", ""]) +
                             rng.choice(good * 12 + bad))
        d = rng.choice(["", "M0 0 "]) + rng.choice(["", " "]).join(parts)
        quick = _quick_commands(d)
        if quick is not None:
            quick_read += 1
            assert quick == _token_parser_commands(d), d
    assert quick_read > 300  # (the comparison is not empty)


def test_the_interior_points_distance_is_the_plain_one() -> None:
    """``interior_point`` measures with ``_signed_distance_to``: the same numbers as the
    distance to the boundary (``_boundary_distance``), negative outside (``contains``),
    holes and all."""
    rng = random.Random(7)
    hole = ((10.0, 10.0), (20.0, 10.0), (20.0, 20.0), (10.0, 20.0))
    for shape in ([L_SHAPE], [SQUARE], [((0.0, 0.0), (30.0, 0.0), (30.0, 30.0)), hole]):
        edges = _edge_list(shape)
        for _ in range(400):
            x, y = rng.uniform(-5, 35), rng.uniform(-5, 35)
            plain = _boundary_distance(shape, (x, y))
            assert _signed_distance_to(edges, x, y) == \
                (plain if contains(shape, (x, y)) else -plain)
