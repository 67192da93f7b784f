"""The map's overlay items (zones, pain outline, muscles, X marks) are drawn from pixmaps kept
between paints, and the pain outline is one item per group of marks that merge: after real
clicks the map must look as a map drawn from scratch does, and as one outline would."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot

from bodymap.domain.dataset import Dataset
from bodymap.domain.regions import View
from bodymap.gui.body_map import BodyMapView
from bodymap.gui.main_window import MainWindow
from bodymap.gui.map_items import RegionItem, pain_groups
from bodymap.report import palette
from bodymap.report.chart import zone_path
from bodymap.session.session import Session
from tests.gui.helpers import click_region, grey


def _shown(view: BodyMapView) -> np.ndarray:
    view.viewport().repaint()
    return grey(view.viewport().grab().toImage())


def test_after_clicks_the_map_reads_as_one_drawn_from_scratch(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    clicks = ((View.BACK, "left.low_back"), (View.BACK, "left.buttock"),
              (View.FRONT, "left.thigh_outer_lower"), (View.BACK, "left.buttock"),
              (View.BACK, "left.calf_upper"))
    for view, rid in clicks:
        click_region(qtbot, window, view, rid)
        QApplication.processEvents()  # painted from the pixmaps after each click
    assert window.body_map.overlay_items(), "a pattern is drawn"
    fresh = BodyMapView(window.session)
    qtbot.addWidget(fresh)
    fresh.resize(window.body_map.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    # its items keep pixmaps from just after its first paint, as the window's do
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    qtbot.waitUntil(lambda: {it.cacheMode() for it in fresh.overlay_items()} == {cached})
    try:
        assert fresh.transform() == window.body_map.transform()
        kept, new = _shown(window.body_map), _shown(fresh)
        assert kept.shape == new.shape
        differ = np.abs(kept - new) > 24
        # antialiased edges may land a shade apart; a stale zone or outline would differ
        # over whole strokes and areas
        assert differ.mean() < 0.0001, f"{differ.sum()} pixels differ"
    finally:
        window.session.unsubscribe(fresh.refresh)


def _stroked(paths: list[QPainterPath], box: QRectF) -> np.ndarray:
    image = QImage(int(box.width()) * 2, int(box.height()) * 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2, 2)
    painter.translate(-box.topLeft())
    painter.setPen(palette.pain_outline_pen())
    for path in paths:
        painter.drawPath(path)
    painter.end()
    return grey(image)


@pytest.mark.parametrize("marks", [
    ("left.low_back", "right.low_back"),                           # neighbours: one shape
    ("left.temple", "left.calf_upper", "right.heel_back"),          # far apart: three
    ("left.low_back", "left.buttock", "left.calf_upper", "left.calf_lower", "left.temple"),
])
def test_pain_outline_in_groups_reads_as_one_outline(qtbot: QtBot, window: MainWindow,
                                                     marks: tuple[str, ...]) -> None:
    """The pain outline is drawn as one item per group of marks that merge; stroked
    together they must draw what the outline of all the marks draws."""
    shape = window.session.atlas.views[View.BACK]
    pained = tuple(r for r in marks if r in shape.regions)
    groups = pain_groups(shape, pained)
    assert sorted(r for g in groups for r in g) == sorted(pained)
    whole = zone_path(shape, pained)
    box = whole.boundingRect().adjusted(-5, -5, 5, 5)
    one, parts = _stroked([whole], box), _stroked([zone_path(shape, g) for g in groups], box)
    assert (np.abs(one - parts) > 40).mean() < 0.0005
    if len(marks) == 2:
        assert len(groups) == 1, "neighbouring marks make one shape"
    if marks[0] == "left.temple":
        assert len(groups) == len(pained) >= 2, "marks apart: one outline each"


def test_a_click_leaves_the_other_marks_outlines_alone(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    for view, rid in ((View.BACK, "left.low_back"), (View.BACK, "left.calf_upper")):
        click_region(qtbot, window, view, rid)
    outlines = {id(o) for o in window.body_map.overlay_items(View.BACK) if o.data(0) == "pain"}
    assert len(outlines) == 2, "low back and calf are apart: two outlines"
    click_region(qtbot, window, View.BACK, "left.heel_back")
    after = [o for o in window.body_map.overlay_items(View.BACK) if o.data(0) == "pain"]
    assert len(after) == 3
    assert len({id(o) for o in after} & outlines) == 2, "the untouched outlines are kept"


def test_the_first_paint_draws_directly_and_then_items_keep_pixmaps(
        qtbot: QtBot, dataset: Dataset) -> None:
    """Filling a pixmap per item at the window's first paint cost about 6 ms and 4 MiB
    before anything showed: the items are drawn directly then, and cached from just after
    it, overlays built later too."""
    session = Session(dataset)
    view = BodyMapView(session)
    qtbot.addWidget(view)
    view.resize(500, 700)
    items = [it for it in view.scene().items() if isinstance(it, RegionItem)]
    assert items and {it.cacheMode() for it in items} == {QGraphicsItem.CacheMode.NoCache}
    view.show()
    qtbot.waitExposed(view)
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    qtbot.waitUntil(lambda: {it.cacheMode() for it in items} == {cached})
    session.toggle("left.low_back")
    assert view.overlay_items()
    assert {it.cacheMode() for it in view.overlay_items()} == {cached}
    session.unsubscribe(view.refresh)
