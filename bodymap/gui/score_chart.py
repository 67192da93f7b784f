"""Horizontal score bars of the best candidates (pyqtgraph)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QWidget

from bodymap.gui.plotting import pg, static_plot

BAR = QColor("#e8590c")
BAR_SELECTED = QColor("#c2255c")


class ScoreChart(pg.PlotWidget):  # type: ignore[misc]
    """One bar per candidate, best at the top; clicking a bar selects that candidate."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, rows: int = 8) -> None:
        super().__init__(parent=parent, background="w")
        self._rows = rows
        self._labels: list[str] = []
        plot = static_plot(self)
        plot.showGrid(x=True, y=False, alpha=0.15)
        plot.setXRange(0, 1, padding=0)
        plot.getAxis("bottom").setTicks([[(v / 4, f"{v / 4:.2f}") for v in range(5)]])
        left = plot.getAxis("left")
        left.setWidth(170)
        left.setStyle(hideOverlappingLabels=False, autoReduceTextSpace=False)
        for name in ("left", "bottom"):
            plot.getAxis(name).setPen(pg.mkPen("#adb5bd"))
        self._bars = pg.BarGraphItem(x0=[], y=[], height=0.66, width=[], brushes=[],
                                     pen=pg.mkPen(None))
        plot.addItem(self._bars)
        self.scene().sigMouseClicked.connect(self._on_clicked)
        self.setMinimumHeight(120)
        self.setMaximumHeight(40 + 24 * rows)

    def set_scores(self, labels: list[str], scores: list[float], selected: int = -1) -> None:
        labels, scores = labels[: self._rows], scores[: self._rows]
        self._labels = labels
        n = len(scores)
        ys = list(range(n))
        brushes = [pg.mkBrush(BAR_SELECTED if i == selected else BAR) for i in range(n)]
        self._bars.setOpts(x0=[0] * n, y=ys, width=scores, brushes=brushes)
        plot = self.getPlotItem()
        plot.getAxis("left").setTicks([[(i, _short(t)) for i, t in enumerate(labels)]])
        plot.setYRange(-0.6, max(self._rows, 1) - 0.4, padding=0)
        plot.invertY(True)

    def bar_count(self) -> int:
        return len(self._labels)

    def scene_pos_of_bar(self, index: int) -> QPointF:
        """Scene position of the middle of a bar (for tests that click bars)."""
        vb = self.getPlotItem().getViewBox()
        return vb.mapViewToScene(QPointF(0.02, float(index)))  # type: ignore[no-any-return]

    def _on_clicked(self, event: QGraphicsSceneMouseEvent) -> None:
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        y = vb.mapSceneToView(event.scenePos()).y()
        index = round(y)
        if 0 <= index < len(self._labels):
            self.bar_clicked.emit(index)


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
