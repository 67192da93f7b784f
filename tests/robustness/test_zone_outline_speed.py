"""The merged outline of many painted regions is quick to build and keeps its shape.

The monkey test found it: with a pattern shown, every change of the drawing rebuilds the pain
outline (``zone_path``), and uniting the merged outline with its rounding rim took about
0.3 s of CPU for 10 scattered regions, 0.8 s for 20 and 2 s for 40, per figure, on every
click. Each region is now grown by the rim once, and the grown regions are united.
"""

from __future__ import annotations

import random
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.report import chart


def merged_then_rounded(dataset: Dataset, view: View, rids: list[str]) -> QPainterPath:
    """The shape as it was defined before: unite the regions, then add the rim."""
    shape = dataset.atlas.views[view]
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for rid in sorted(rids):
        path = path.united(chart.region_path(shape, rid))
    return chart.grown(path)


def coverage(path: QPainterPath, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(0)
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255))
    painter.drawPath(path)
    painter.end()
    return image


def scattered(dataset: Dataset, view: View, n: int, seed: int) -> list[str]:
    return random.Random(seed).sample(sorted(dataset.atlas.views[view].regions), n)


def test_the_outline_of_scattered_regions_keeps_its_shape(qapp: object,
                                                          dataset: Dataset) -> None:
    for view, n, seed in ((View.FRONT, 12, 1), (View.BACK, 25, 2), (View.LEFT, 8, 3)):
        rids = scattered(dataset, view, n, seed)
        chart._ZONE_CACHE.clear()
        new = coverage(chart.zone_path(dataset.atlas.views[view], rids), 420, 820)
        old = coverage(merged_then_rounded(dataset, view, rids), 420, 820)
        inside = differ = 0
        for y in range(0, 820, 2):
            for x in range(0, 420, 2):
                a, b = new.pixelColor(x, y).value(), old.pixelColor(x, y).value()
                inside += b > 127
                differ += abs(a - b) > 127
        assert inside > 1000, (view, "the zone covers almost nothing: a wrong test")
        # only antialiased edge pixels may differ
        assert differ <= inside * 0.002, (view.value, n, differ, inside)


def test_the_outline_of_forty_regions_takes_a_fraction_of_a_second(qapp: object,
                                                                   dataset: Dataset) -> None:
    shape = dataset.atlas.views[View.FRONT]
    chart.zone_path(shape, scattered(dataset, View.FRONT, 40, 9))  # the per-region rims
    chart._ZONE_CACHE.clear()
    started = time.process_time()
    for seed in (4, 5, 6):
        chart.zone_path(shape, scattered(dataset, View.FRONT, 40, seed))
    per_outline = (time.process_time() - started) / 3
    # CPU time, not wall time, so other work on the machine does not count; before: ~2 s
    assert per_outline < 0.4, f"{per_outline:.2f} s of CPU per outline of 40 regions"
