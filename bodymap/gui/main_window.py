"""The main window: body map on the left, side panel on the right, clients in a dock.

It owns the session and wires widgets to it; every state change reaches the screen through
the session's view model.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodymap import __version__
from bodymap.domain.dataset import Dataset
from bodymap.domain.figures import Figure
from bodymap.gui.actions import WindowActions
from bodymap.gui.body_map import BodyMapView
from bodymap.gui.overriding import override
from bodymap.gui.presentation import Presentation
from bodymap.gui.side_panel import SidePanel
from bodymap.report.card_parts import DISCLAIMER
from bodymap.scene.layouts import Layout
from bodymap.session.session import Session
from bodymap.session.view_model import ViewModel

if TYPE_CHECKING:
    # types only: the store (sqlite3 and its records) is opened after the first
    # paint (gui/app.py), so this module must not import it
    from bodymap.gui.clients.panel import ClientPanel
    from bodymap.gui.exports import Exports
    from bodymap.store import Client, Store

#: QSettings key of the figure shown when no client (or a client without one) is open
FIGURE_SETTING = "map/figure"
DEFAULT_SIZE = (1400, 900)
#: the first window takes at most this share of the screen's free area
SCREEN_SHARE = 0.92
MIN_MAP_SHARE, DEFAULT_MAP_SHARE = 0.45, 0.6
#: the first run's division of the window between the map and the side panel (which keeps
#: its minimum width), and of the panel between its pages (above) and the legend and card;
#: set as proportions, so that no page's size hint decides them (the Muscles page is built
#: after the first paint: side_panel._MusclesTab). They are what the pages' size hints gave
#: before: at 1400 x 900 a 393 px panel, 315 px of pages over a 433 px card
FIRST_RUN_PANEL_SHARE, FIRST_RUN_PAGES_SHARE = 0.2815, 0.421


class _LabelSlot(QWidget):
    """Holds one of the status bar's labels and gives it all of its own room.

    A label asks its parent for a new layout whenever its text changes, and both labels
    change with most clicks (the region under the pointer, the count): with the status bar
    as their parent, that laid out the status bar and then the main window every time.
    Here the request reaches the slot, which has no layout to redo, and the slot's size
    does not follow the text: the left one (``widest=False``) takes what room the bar has
    (a long text is cut at its edge instead of widening the window); the count's
    (``widest=True``) is as wide as the widest text it has held (``fit``), so it asks for
    a new layout only when a count needs more room ("10 painful regions" after "9")."""

    def __init__(self, label: QLabel, *, widest: bool) -> None:
        super().__init__()
        self._label = label
        self._widest = widest
        self._width = 0
        label.setParent(self)
        # (the left one's size hint stays 0 wide: with the stretch the status bar gives it,
        # it takes the room there is and no more, as an Ignored size policy would, without
        # PySide making its QSizePolicy class, 0.6 ms, before the first paint)
        if widest:
            self.fit()

    def fit(self) -> None:
        """Widen the slot if the label's text needs more room than it has had."""
        if self._widest and self._label.sizeHint().width() > self._width:
            self._width = self._label.sizeHint().width()
            self.updateGeometry()

    @override
    def sizeHint(self) -> QSize:
        height = max(self._label.sizeHint().height(), self._label.fontMetrics().height())
        return QSize(self._width, height)

    @override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._label.setGeometry(self.rect())


def _shares(share: float, *, map_first: bool) -> list[int]:
    """Two splitter sizes in the proportion ``1 - share : share`` (``map_first``) or
    ``share : 1 - share``, in ten-thousandths."""
    part = round(share * 10_000)
    return [10_000 - part, part] if map_first else [part, 10_000 - part]


class MainWindow(QMainWindow):
    def __init__(self, dataset: Dataset, settings: QSettings, store: Store | None = None,
                 parent: QWidget | None = None, *, store_later: bool = False) -> None:
        """``store_later``: the client records are opened after the first paint and handed
        over with ``attach_store``; the Clients dock and actions exist from the start."""
        super().__init__(parent)
        # the view model's texts (status bar, titles, undo steps) in the user's language
        self.session = Session(dataset, QCoreApplication.translate)
        self.store = store
        self._settings = settings
        self.session.set_figure(self.default_figure())
        self._rendered: ViewModel | None = None

        self.body_map = BodyMapView(self.session)
        self.panel = SidePanel(self.session)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.body_map)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.presentation = Presentation(self)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.presentation.title)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.hover_label = QLabel()
        self.statusBar().addWidget(_LabelSlot(self.hover_label, widest=False), 1)
        self.count_label = QLabel()
        self._count_slot = _LabelSlot(self.count_label, widest=True)
        self.statusBar().addPermanentWidget(self._count_slot)

        self._client_panel: ClientPanel | None = None  # built when first needed
        #: opens the client records at once while they are still being prepared after the
        #: first paint (gui.app.open_window sets it; None once they are open, or not coming)
        self.open_records_now: Callable[[], None] | None = None
        self.client_dock: QDockWidget | None = None
        if store is not None or store_later:
            self.client_dock = QDockWidget(self.tr("Clients"), self)
            self.client_dock.setObjectName("clientDock")
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.client_dock)
            self.client_dock.hide()
            self.client_dock.visibilityChanged.connect(self._on_client_dock_visible)

        self.actions_ = WindowActions(self)
        self.session.subscribe(self.refresh)
        self.refresh(self.session.view_model)
        self._restore()
        from bodymap.gui.app import after_first_paint  # (gui.app imports this module)

        # the keys the first screen has no use for (actions.py, presentation.py)
        after_first_paint(self, self._set_later_shortcuts)

    def _set_later_shortcuts(self) -> None:
        self.actions_.set_standard_shortcuts()
        self.presentation.set_shortcuts()

    # ------------------------------------------------------------------ rendering
    @cached_property
    def exports(self) -> Exports:
        """File → Client handout and Export map, made when first used: its module (the file
        dialog, datetime) is not needed before the first paint."""
        from bodymap.gui.exports import Exports
        return Exports(self)

    def refresh(self, vm: ViewModel) -> None:
        old = self._rendered
        self._rendered = vm
        self.setWindowTitle(vm.title)
        self.hover_label.setText(vm.status)
        self.count_label.setText(vm.count)
        self._count_slot.fit()
        self.actions_.refresh(vm)
        pattern_changed = old is None or old.pattern != vm.pattern
        self.presentation.refresh(vm, pattern_changed)

    def set_layout(self, layout: Layout) -> None:
        self.session.set_layout(layout)

    def panes(self) -> list[QWidget]:
        """What F6 cycles through: the map, the current page's list, the card."""
        inner = self.panel.current_list()
        return [w for w in (self.body_map, inner, self.panel.card)
                if w is not None and w.isVisible()]

    def cycle_focus(self, step: int = 1) -> None:
        panes = self.panes()
        if not panes:
            return
        focus = QApplication.focusWidget()
        current = next((i for i, w in enumerate(panes)
                        if focus is not None and (w is focus or w.isAncestorOf(focus))), -1)
        panes[(current + step) % len(panes)].setFocus(Qt.FocusReason.OtherFocusReason)

    def docks(self) -> list[QDockWidget]:
        return self.findChildren(QDockWidget)

    def toolbars(self) -> list[QToolBar]:
        return self.findChildren(QToolBar)

    # ------------------------------------------------------------------ clients
    @property
    def client_panel(self) -> ClientPanel | None:
        """The clients dock's panel (None without a store); built on first use, because its
        progress chart needs pyqtgraph, which the window should not wait for at start. Asked
        for before the records opened after the first paint are ready (``open_records_now``),
        it opens them first."""
        if self.store is None and self.open_records_now is not None:
            self.open_records_now()
        if self._client_panel is None and self.store is not None and \
                self.client_dock is not None:
            from bodymap.gui.clients.panel import ClientPanel

            # the panel reads the drawing from the session and opens visits through it
            panel = ClientPanel(self.session, self.store)
            panel.client_changed.connect(self._on_client_changed)
            self.client_dock.setWidget(panel)
            self._client_panel = panel
        return self._client_panel

    def attach_store(self, store: Store | None) -> None:
        """The client records opened after the first paint (``store_later``). None when they
        could not be opened: the Clients dock and its actions go, as if started without."""
        self.store = store
        if store is not None or self.client_dock is None:
            return
        self.actions_.drop_clients()
        self.removeDockWidget(self.client_dock)
        self.client_dock.deleteLater()
        self.client_dock = None

    def show_clients(self) -> ClientPanel | None:
        """The Clients dock shown, and its panel; None when the client records cannot be
        opened (the dock and its actions are gone then)."""
        panel = self.client_panel
        if panel is None or self.client_dock is None:
            return None
        self.client_dock.show()
        return panel

    def require_clients(self) -> ClientPanel:
        """``show_clients`` where the records are known to be open (a window given a store)."""
        panel = self.show_clients()
        assert panel is not None
        return panel

    def _on_client_dock_visible(self, visible: bool) -> None:
        if visible and self._client_panel is None and self.client_dock is not None:
            _ = self.client_panel
            # a narrow column: the body map keeps most of the window
            self.resizeDocks([self.client_dock], [380], Qt.Orientation.Horizontal)

    def _on_client_changed(self, client: Client | None) -> None:
        self.exports.client_name = client.name if client is not None else ""
        self.session.set_client(client.name if client is not None else None)
        # the client's own figure; one not installed here (a record from another
        # computer) is kept in the records and the default is shown instead
        own = client.figure if client is not None else None
        self.session.set_figure(own if own is not None and own in self.session.dataset.figures
                                else self.default_figure())

    # ------------------------------------------------------------------ body figure
    def default_figure(self) -> Figure:
        """The figure chosen last with no client open (QSettings), if installed; else male."""
        saved = self._settings.value(FIGURE_SETTING)
        if isinstance(saved, str) and saved in {f.value for f in Figure}:
            figure = Figure(saved)
            if figure in self.session.dataset.figures:
                return figure
        return Figure.MALE

    def choose_figure(self, figure: Figure) -> None:
        """View → Figure: draw on ``figure``, and remember it for the open client (in the
        records) or, with no client open, as the default (in the settings)."""
        self.session.set_figure(figure)
        panel = self._client_panel
        if panel is not None and panel.current_client_id() is not None:
            panel.save_figure(figure)
        else:
            self._settings.setValue(FIGURE_SETTING, figure.value)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # made when shown: not on the start path

        text = self.tr("bodymap {version}\n\nExplore myofascial trigger points and their "
                       "referral patterns.\n\n{disclaimer}").format(
            version=__version__, disclaimer=QCoreApplication.translate("Card", DISCLAIMER))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About bodymap"), text,
                          parent=self)
        box.exec()
        box.deleteLater()

    # ------------------------------------------------------------------ window state
    def _available(self) -> QRect | None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        area = self._available()
        if not restored:
            w, h = DEFAULT_SIZE
            if area is not None:
                w = min(w, int(area.width() * SCREEN_SHARE))
                h = min(h, int(area.height() * SCREEN_SHARE))
            self.resize(w, h)
        elif area is not None and not area.contains(self.frameGeometry()):
            # saved on a larger screen: shrink and move it onto this one
            self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
            self.move(max(area.left(), min(self.x(), area.right() - self.width())),
                      max(area.top(), min(self.y(), area.bottom() - self.height())))
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        split = self._settings.value("window/splitter")
        if not (isinstance(split, QByteArray) and self.splitter.restoreState(split)):
            # (Qt spreads proportions over the real width when the window is first laid out)
            self.splitter.setSizes(_shares(FIRST_RUN_PANEL_SHARE, map_first=True))
        panel_split = self._settings.value("window/panel_splitter")
        if not (isinstance(panel_split, QByteArray)
                and self.panel.splitter.restoreState(panel_split)):
            # the share of the panel's height the user gave the candidate list, if any
            self.panel.splitter.setSizes(_shares(FIRST_RUN_PAGES_SHARE, map_first=False))
        self._keep_map_usable()
        layout = self._settings.value("map/layout")
        if isinstance(layout, str) and layout in {lay.value for lay in Layout}:
            self.session.set_layout(Layout(layout))

    def _keep_map_usable(self) -> None:
        """A splitter saved on a wider screen can leave the map a sliver: give it back at
        least half of the width (the panel keeps its minimum)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total > 0 and sizes[0] < total * MIN_MAP_SHARE:
            map_width = int(total * DEFAULT_MAP_SHARE)
            self.splitter.setSizes([map_width, total - map_width])

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.view_model.presenting:
            self.presentation.set_on(False)
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue("window/panel_splitter", self.panel.splitter.saveState())
        self._settings.setValue("map/layout", self.session.view_model.layout.value)
        self._settings.sync()
        self.session.unsubscribe(self.refresh)
        super().closeEvent(event)
