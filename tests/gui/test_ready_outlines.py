"""Outlines drawn from their ready commands (the bundle's) are the outlines the path text
describes: the same QPainterPath elements, in the same order."""

from __future__ import annotations

from PySide6.QtGui import QPainterPath

from bodymap.domain.dataset import Dataset
from bodymap.domain.geometry import _parse_path_text
from bodymap.report.paths import painter_path, painter_path_from_d


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
