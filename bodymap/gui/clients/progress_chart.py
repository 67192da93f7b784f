"""Pain before/after and the number of painful regions, visit by visit, over the dates.

Importing this module imports pyqtgraph: only the clients dock does, when it first opens.
The date axis is labelled with day and month at the visits' own dates (a free-running date
axis showed bare day numbers); with no visits a sentence replaces the empty axes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from bodymap.gui.clients.common import month_text
from bodymap.gui.overriding import override
from bodymap.gui.plotting import pg, static_plot
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.store import Visit

#: at most this many date labels fit under the chart in the dock's narrow column
MAX_DATE_TICKS = 5
#: visits on one day are spread over it by this fraction of a day, so each stays visible
SAME_DAY_STEP = 0.2
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Clients", "No visits yet. Once visits are saved, this chart shows pain before and after "
    "each treatment and the number of painful regions, by date.")


def date_label(day: dt.date, with_year: bool) -> str:
    if with_year:
        return QCoreApplication.translate("Clients", "{day} {month} {year}").format(
            day=day.day, month=month_text(day), year=f"{day:%y}")
    return QCoreApplication.translate("Clients", "{day} {month}").format(
        day=day.day, month=month_text(day))


def date_ticks(days: Sequence[dt.date], most: int = MAX_DATE_TICKS) -> list[tuple[float, str]]:
    """Tick positions (day ordinals) and labels for the visits' distinct dates, thinned
    evenly to ``most`` (always keeping the first and last); the year is shown when the
    dates span more than one."""
    distinct = sorted(set(days))
    if len(distinct) > most:
        step = (len(distinct) - 1) / (most - 1)
        distinct = [distinct[round(i * step)] for i in range(most)]
    with_year = len({d.year for d in days}) > 1
    return [(float(d.toordinal()), date_label(d, with_year)) for d in distinct]


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background="w")
        plot = static_plot(self.plot_widget)
        plot.showGrid(x=False, y=True, alpha=0.2)
        plot.setYRange(0, 10.5, padding=0)
        plot.setLabel("left", QCoreApplication.translate("Clients", "pain 0-10 / regions"))
        self.legend = plot.addLegend(offset=(-6, 4), labelTextColor="#343a40")
        self.before = plot.plot([], [], pen=pg.mkPen("#c92a2a", width=2), symbol="o",
                                symbolSize=7, symbolBrush="#c92a2a",
                                name=QCoreApplication.translate("Clients", "pain before"))
        self.after = plot.plot([], [], pen=pg.mkPen("#2f9e44", width=2), symbol="s",
                               symbolSize=7, symbolBrush="#2f9e44",
                               name=QCoreApplication.translate("Clients", "pain after"))
        self.regions = plot.plot([], [], pen=pg.mkPen("#1c7ed6", width=1.5,
                                                      style=Qt.PenStyle.DashLine),
                                 symbol="t", symbolSize=7, symbolBrush="#1c7ed6",
                                 name=QCoreApplication.translate("Clients", "painful regions"))
        self.empty = QLabel(QCoreApplication.translate("Clients", EMPTY_TEXT))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:palette(placeholder-text);")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.plot_widget)
        self._ticks: list[tuple[float, str]] = []
        self.setMinimumHeight(170)
        self.setMaximumHeight(300)

    def set_visits(self, visits: Sequence[Visit]) -> None:
        """Chart these visits (oldest first); no visits shows the empty-state sentence."""
        self._stack.setCurrentWidget(self.plot_widget if visits else self.empty)
        xs: list[float] = []
        seen: dict[dt.date, int] = {}
        for v in visits:
            xs.append(v.date.toordinal() + SAME_DAY_STEP * seen.get(v.date, 0))
            seen[v.date] = seen.get(v.date, 0) + 1
        before = [(x, v.pain_before) for x, v in zip(xs, visits, strict=True)
                  if v.pain_before is not None]
        after = [(x, v.pain_after) for x, v in zip(xs, visits, strict=True)
                 if v.pain_after is not None]
        self.before.setData([p[0] for p in before], [p[1] for p in before])
        self.after.setData([p[0] for p in after], [p[1] for p in after])
        self.regions.setData(xs, [len(v.drawing) for v in visits])
        plot = self.plot_widget.getPlotItem()
        top = max([10.0, *(float(len(v.drawing)) for v in visits)])
        plot.setYRange(0, top + 0.5, padding=0)
        self._ticks = date_ticks([v.date for v in visits])
        plot.getAxis("bottom").setTicks([self._ticks, []])
        if xs:
            # room for half a date label beyond the first and last visit
            pad = max(1.0, (xs[-1] - xs[0]) * 0.15)
            plot.setXRange(xs[0] - pad, xs[-1] + pad, padding=0)

    @override
    def sizeHint(self) -> QSize:
        # pyqtgraph asks for 600 px, which made the dock take half the window
        return QSize(340, 210)

    @property
    def showing_empty_state(self) -> bool:
        return self._stack.currentWidget() is self.empty

    def date_labels(self) -> list[str]:
        """The labels under the date axis (for tests and accessibility)."""
        return [label for _, label in self._ticks]

    def series(self) -> dict[str, list[float]]:
        """The plotted y values (for tests and accessibility)."""
        out: dict[str, list[float]] = {}
        for name, curve in (("before", self.before), ("after", self.after),
                            ("regions", self.regions)):
            _, ys = curve.getData()
            out[name] = [] if ys is None else [float(y) for y in ys]
        return out
