"""Outlines drawn from their ready commands (the bundle's) are the outlines the path text
describes: the same QPainterPath elements, in the same order."""

from __future__ import annotations

import random
from array import array

from PySide6.QtGui import QPainterPath

from bodymap.domain.dataset import Dataset
from bodymap.domain.geometry import (
    CLOSE,
    COMMAND_SIZE,
    CUBIC,
    LINE,
    MOVE,
    QUAD,
    _parse_path_text,
    subpaths_of,
)
from bodymap.report.paths import painter_path, painter_path_from_commands, painter_path_from_d


def _elements(path: QPainterPath) -> list[tuple[int, float, float]]:
    return [(int(e.type.value), e.x, e.y)
            for e in (path.elementAt(i) for i in range(path.elementCount()))]


def test_ready_commands_draw_the_same_paths_as_the_text(dataset: Dataset) -> None:
    texts = {shape.d for view in dataset.atlas.views.values()
             for shape in view.regions.values()}
    texts |= {d for view in dataset.atlas.views.values()
              for d in (view.silhouette, *view.details) if d is not None}
    for d in texts:
        ready, parsed = painter_path_from_d(d), painter_path(_parse_path_text(d))
        assert _elements(ready) == _elements(parsed)
        assert ready.fillRule() == parsed.fillRule()


def test_runs_of_curves_draw_as_each_curve_alone() -> None:
    """painter_path_from_commands hands a run of cubic curves to Qt in one go: random
    command streams (runs of one curve and of many, lines, quadratic curves, closes and moves
    between them) give the elements one call per segment gives."""
    rng = random.Random(20261130)
    for _ in range(2000):
        commands: list[float] = []
        for _subpath in range(rng.randint(1, 5)):
            commands += [MOVE, rng.uniform(-50, 50), rng.uniform(-50, 50)]
            for _ in range(rng.randint(0, 9)):
                op = rng.choice([CUBIC, CUBIC, CUBIC, LINE, QUAD])
                commands += [op, *(round(rng.uniform(-50, 50), 3)
                                   for _ in range(COMMAND_SIZE[op]))]
            if rng.random() < 0.7:
                commands.append(CLOSE)
        flat = array("d", commands)
        built, each = painter_path_from_commands(flat), painter_path(subpaths_of(flat))
        assert _elements(built) == _elements(each), commands
        assert built.fillRule() == each.fillRule()
