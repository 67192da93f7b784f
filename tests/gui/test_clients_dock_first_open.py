"""The Clients dock shows its list and buttons first; its progress chart, whose pyqtgraph
takes about 300 ms to import the first time, comes right after the dock has painted (the
dock's first opening took 460 ms before anything of it showed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from bodymap.gui.clients.progress_chart import ProgressChart
from bodymap.gui.main_window import MainWindow
from bodymap.store import VisitDraft


class _FirstPaint(QObject):
    """Notes, at the watched widget's first paint, whether a progress chart existed."""

    def __init__(self) -> None:
        super().__init__()
        self.chart_at_paint: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if event.type() == QEvent.Type.Paint and self.chart_at_paint is None:
            self.chart_at_paint = bool(watched.findChildren(ProgressChart))
        return False


def test_the_dock_paints_before_its_chart_is_made_and_the_chart_follows(
        qtbot: QtBot, clinic: MainWindow) -> None:
    clinic.show()
    qtbot.waitExposed(clinic)
    store = clinic.store
    assert store is not None
    ana = store.add_client("Ana")  # a client with visits before the dock first opens
    for day, pain in ((3, 7), (10, 4)):
        store.add_visit(ana.id, VisitDraft(date=dt.date(2026, 11, day),
                                            drawing={"left.low_back": pain}))
    assert clinic.client_dock is not None
    panel_widget = clinic.client_dock.widget()
    assert panel_widget is None  # the panel is made when the dock is first opened
    watch = _FirstPaint()
    clinic.actions_.clients.trigger()  # Clients (Ctrl+L), as the user opens the dock
    panel = clinic.client_dock.widget()
    assert panel is not None
    panel.installEventFilter(watch)
    qtbot.waitUntil(lambda: watch.chart_at_paint is not None)
    assert watch.chart_at_paint is False  # the list and buttons painted first...
    qtbot.waitUntil(lambda: bool(panel.findChildren(ProgressChart)))
    [chart] = panel.findChildren(ProgressChart)  # ... then the chart, in its place
    qtbot.waitUntil(chart.isVisible)
    assert not chart.plot_widget.isVisible()  # no client chosen: the empty-state sentence
    box = panel.client_box  # the client chosen, as from the drop-down
    box.setCurrentIndex(box.findData(ana.id))
    assert chart.plot_widget.isVisible()  # her two visits charted
