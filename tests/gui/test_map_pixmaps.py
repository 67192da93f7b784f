"""The map's overlay items (zones, pain outline, muscles, X marks) are drawn from pixmaps kept
between paints: after real clicks the map must look as a map drawn from scratch does."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bodymap.domain.regions import View
from bodymap.gui.body_map import BodyMapView
from bodymap.gui.main_window import MainWindow
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
