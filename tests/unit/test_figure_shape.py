"""The figure deformation (bodymap/domain/figure_shape.py): what keeps a moved atlas valid is
that it keeps heights, mirror symmetry and the order of points along every horizontal line."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from bodymap.domain.figure_shape import FigureShape, parse_figure_shape
from bodymap.domain.regions import View
from tools.atlas.female import SHAPE, shape_data


def _shape(**changes: Any) -> FigureShape:
    data = shape_data()
    for key, value in changes.items():
        data[key] = value
    return parse_figure_shape(data)


def _identity() -> FigureShape:
    knot = {"trunk_scale": 1.0, "seam": 80.0, "seam_width": 10.0, "arm_shift": 0.0}
    flat = [{"y": 0.0, "surface": 100.0, "push": 0.0, "depth": 10.0},
            {"y": 800.0, "surface": 100.0, "push": 0.0, "depth": 10.0}]
    return _shape(front_back={"knots": [{"y": 0.0, **knot}, {"y": 800.0, **knot}]},
                  side={"front": flat, "back": flat}, soles={"scale": 1.0})


@pytest.mark.parametrize("view", list(View))
def test_a_shape_that_changes_nothing_moves_nothing(view: View) -> None:
    shape = _identity()
    for p in ((200.0, 25.0), (281.0, 164.5), (104.5, 215.0), (150.0, 400.0), (230.0, 200.0)):
        assert shape.warp(view, p) == pytest.approx(p, abs=1e-9)


@pytest.mark.parametrize("y", [60.0, 164.5, 200.0, 310.0, 400.0, 450.0, 622.0])
def test_front_and_back_stay_mirror_symmetric_and_keep_heights(y: float) -> None:
    for view in (View.FRONT, View.BACK):
        for u in (0.0, 10.0, 56.5, 75.0, 106.0, 130.0):
            right = SHAPE.warp(view, (200.0 + u, y))
            left = SHAPE.warp(view, (200.0 - u, y))
            assert right[1] == y
            assert right[0] - 200.0 == pytest.approx(200.0 - left[0], abs=1e-9)


def test_the_right_view_is_the_mirror_of_the_left_one() -> None:
    for p in ((104.5, 215.0), (105.5, 233.0), (209.0, 400.0), (193.0, 330.0), (150.0, 100.0)):
        left = SHAPE.warp(View.LEFT, p)
        right = SHAPE.warp(View.RIGHT, (300.0 - p[0], p[1]))
        assert right == pytest.approx((300.0 - left[0], left[1]), abs=1e-9)


def test_the_shipped_shape_narrows_the_shoulders_and_widens_the_hips() -> None:
    shoulder = SHAPE.warp(View.FRONT, (306.0, 199.0))[0] - 200.0
    hip = SHAPE.warp(View.FRONT, (275.0, 400.0))[0] - 200.0
    assert shoulder == pytest.approx(96.0, abs=1.0)  # 1.92 H across (male 2.12 H)
    assert hip == pytest.approx(81.0, abs=0.5)  # 1.62 H across (male 1.5 H)
    assert SHAPE.warp(View.FRONT, (236.5, 100.0)) == (236.5, 100.0)  # the face is not moved


def test_a_folding_shape_is_reported_with_its_place() -> None:
    data = shape_data()
    data["front_back"]["knots"][8]["arm_shift"] = -40.0  # the arm pushed through the waist
    folding = parse_figure_shape(data)
    why = folding.fold_free(View.FRONT, 310.0, 0.0, 400.0)
    assert "front view: the map folds at" in why and "310.00" in why
    assert SHAPE.fold_free(View.FRONT, 310.0, 0.0, 400.0) == ""


def test_knots_out_of_order_are_refused() -> None:
    data = shape_data()
    knots = data["front_back"]["knots"]
    knots[2], knots[3] = knots[3], knots[2]
    with pytest.raises(ValidationError, match="strictly increasing y"):
        parse_figure_shape(data)
