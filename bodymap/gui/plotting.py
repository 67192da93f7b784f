"""pyqtgraph, bound to PySide6. Import ``pg`` from here, never pyqtgraph directly.

pyqtgraph picks its Qt binding when first imported; setting the binding here, before that
import, keeps it from trying PyQt first. ``pg.mkQApp()`` is never called (it restyles the
whole application).
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
import PySide6  # noqa: F401  (the binding must be loaded before pyqtgraph)

__all__ = ["pg", "static_plot"]


def static_plot(widget: pg.PlotWidget) -> pg.PlotItem:
    """Make a chart that only shows: no context menu, no mouse pan or zoom, no auto-range
    button, dark axis text. Returns its plot item."""
    widget.setMenuEnabled(False)
    widget.setMouseEnabled(x=False, y=False)
    widget.hideButtons()
    plot = widget.getPlotItem()
    for name in ("left", "bottom"):
        plot.getAxis(name).setTextPen(pg.mkPen("#343a40"))
    return plot
