"""The main window: body map on the left, side panel on the right."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

if TYPE_CHECKING:
    from bodymap.gui.client_panel import ClientPanel

from bodymap import __version__
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import TriggerPoint
from bodymap.domain.referral import Ranking
from bodymap.gui.body_map import BodyMapView
from bodymap.gui.card_html import DISCLAIMER
from bodymap.gui.desktop import open_log_folder
from bodymap.gui.drawing_state import DrawingState
from bodymap.gui.layouts import Layout
from bodymap.gui.side_panel import SidePanel
from bodymap.store import Client, Store


class MainWindow(QMainWindow):
    ranking_updated = Signal(object)  # Ranking, after the panel shows it

    def __init__(self, dataset: Dataset, settings: QSettings, store: Store | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ds = dataset
        self.store = store
        self._settings = settings
        self._model = dataset.referral_model()
        self._ticked: frozenset[str] = frozenset()
        self._was_maximized = False
        self.handout_client = ""
        self.handout_notes = ""
        self.last_update_ms = 0.0
        self.setWindowTitle("bodymap — trigger-point body map")

        self.state = DrawingState(self)
        self.body_map = BodyMapView(dataset.atlas, dataset.regions, self.state)
        self.panel = SidePanel(dataset)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.body_map)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.presentation_title = QLabel()
        self.presentation_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.presentation_title.setWordWrap(True)
        self.presentation_title.setStyleSheet(
            "QLabel { font-size: 30pt; font-weight: 600; color: #212529; background: white;"
            " padding: 12px; }")
        self.presentation_title.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.presentation_title)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._shown_points: tuple[TriggerPoint, ...] = ()

        self.hover_label = QLabel()
        self.statusBar().addWidget(self.hover_label, 1)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        self._client_panel: ClientPanel | None = None  # built when first needed
        self._offered: list[TriggerPoint] = []
        self.client_dock: QDockWidget | None = None
        if store is not None:
            self.client_dock = QDockWidget("Clients", self)
            self.client_dock.setObjectName("clientDock")
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.client_dock)
            self.client_dock.hide()
            self.client_dock.visibilityChanged.connect(self._on_client_dock_visible)

        self._build_actions()
        self.state.drawing_changed.connect(self._on_drawing_changed)
        self.body_map.first_painted.connect(self._warm_up)
        self.body_map.region_hovered.connect(self._on_region_hovered)
        self.panel.pattern_requested.connect(self._on_pattern_requested)
        self.panel.red_flags_changed.connect(self._on_red_flags_changed)
        self.panel.overlay_options_changed.connect(self.body_map.set_overlay_options)
        self._on_drawing_changed(self.state.drawing)
        self._restore()

    # ------------------------------------------------------------------ actions
    def _build_actions(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        menu_file = self.menuBar().addMenu("&File")
        menu_edit = self.menuBar().addMenu("&Edit")
        menu_view = self.menuBar().addMenu("&View")
        menu_help = self.menuBar().addMenu("&Help")

        self.act_handout = QAction("Client &handout (PDF)…", self)
        self.act_handout.setShortcut(QKeySequence("Ctrl+P"))
        self.act_handout.triggered.connect(self._on_handout)
        self.act_export = QAction("Export map as &image (PNG or SVG)…", self)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self._on_export_image)
        menu_file.addAction(self.act_handout)
        menu_file.addAction(self.act_export)
        menu_file.addSeparator()
        if self.client_dock is not None:
            self.act_clients = self.client_dock.toggleViewAction()
            self.act_clients.setText("&Clients")
            self.act_clients.setShortcut(QKeySequence("Ctrl+L"))
            self.act_clients.setToolTip("Client records: visits, progress, compare")
            bar.addAction(self.act_clients)
            bar.addSeparator()
            act = QAction("E&xport client visits (JSON or CSV)…", self)
            act.triggered.connect(lambda: self._require_clients().ask_export())
            menu_file.addAction(act)
            act = QAction("&Import client visits (JSON)…", self)
            act.triggered.connect(lambda: self._require_clients().ask_import())
            menu_file.addAction(act)
            menu_file.addSeparator()
        act_quit = QAction("&Quit", self)
        act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        act_quit.triggered.connect(self.close)
        menu_file.addAction(act_quit)

        stack = self.state.undo_stack
        self.act_undo = self._history_action("Undo", QKeySequence.StandardKey.Undo, stack.undo,
                                             stack.canUndoChanged, stack.undoTextChanged)
        self.act_redo = self._history_action("Redo", QKeySequence.StandardKey.Redo, stack.redo,
                                             stack.canRedoChanged, stack.redoTextChanged)
        self.act_clear = QAction("&Clear drawing", self)
        self.act_clear.setShortcut(QKeySequence("Ctrl+Shift+Backspace"))
        self.act_clear.triggered.connect(self.state.clear)
        self.act_mirror = QAction("Mark &both sides", self)
        self.act_mirror.setCheckable(True)
        self.act_mirror.setShortcut(QKeySequence("Ctrl+B"))
        self.act_mirror.setToolTip("Each region you mark is marked on the other side too")
        self.act_mirror.toggled.connect(self._on_mirror_toggled)
        for a in (self.act_undo, self.act_redo, self.act_clear, self.act_mirror):
            menu_edit.addAction(a)

        self.layout_actions: dict[Layout, QAction] = {}
        group = QActionGroup(self)
        for i, layout in enumerate((Layout.FRONT_BACK, Layout.SIDES, Layout.SOLES)):
            act = QAction(layout.label, self)
            act.setCheckable(True)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, lay=layout: self.set_layout(lay))
            group.addAction(act)
            menu_view.addAction(act)
            bar.addAction(act)
            self.layout_actions[layout] = act
        self.layout_actions[Layout.FRONT_BACK].setChecked(True)
        menu_view.addSeparator()
        zoom_in = QAction("Zoom &in", self)
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        zoom_in.triggered.connect(lambda: self.body_map.zoom(1.25))
        zoom_out = QAction("Zoom &out", self)
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_out.triggered.connect(lambda: self.body_map.zoom(0.8))
        fit = QAction("&Fit to window", self)
        fit.setShortcut(QKeySequence("Ctrl+0"))
        fit.triggered.connect(self._on_fit)
        for a in (zoom_in, zoom_out, fit):
            menu_view.addAction(a)
        menu_view.addSeparator()
        self.act_present = QAction("&Presentation mode", self)
        self.act_present.setCheckable(True)
        self.act_present.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.act_present.setToolTip("Full screen, large figure, arrow keys step through "
                                    "candidates; Esc leaves")
        self.act_present.toggled.connect(self.set_presentation)
        menu_view.addAction(self.act_present)
        # active only while presenting, so the arrows move between regions otherwise
        self._present_keys: list[QAction] = []
        for keys, step in (((Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown), 1),
                           ((Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp), -1)):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(lambda _=False, d=step: self.step_candidate(d))
            act.setEnabled(False)
            self.addAction(act)
            self._present_keys.append(act)
        leave = QAction(self)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.triggered.connect(lambda: self.act_present.setChecked(False))
        leave.setEnabled(False)
        self.addAction(leave)
        self._present_keys.append(leave)
        bar.addSeparator()
        for a in (self.act_undo, self.act_redo, self.act_clear, self.act_mirror, fit):
            bar.addAction(a)

        about = QAction("&About bodymap", self)
        about.triggered.connect(self._on_about)
        menu_help.addAction(about)
        act_log_folder = QAction(self.tr("Open &log folder"), self)
        act_log_folder.triggered.connect(open_log_folder)
        menu_help.addAction(act_log_folder)

    def _history_action(self, verb: str, keys: QKeySequence.StandardKey,
                        run: Callable[[], None], can: SignalInstance,
                        text: SignalInstance) -> QAction:
        """Undo or Redo with a fixed label (the toolbar stays steady) and the step it would
        undo in its tooltip."""
        act = QAction(f"&{verb}", self)
        act.setShortcut(keys)
        act.triggered.connect(run)
        act.setEnabled(False)
        can.connect(act.setEnabled)
        text.connect(lambda t: act.setToolTip(f"{verb} {t}"))
        return act

    def set_layout(self, layout: Layout) -> None:
        self.body_map.set_layout(layout)
        act = self.layout_actions.get(layout)
        if act is not None:
            act.setChecked(True)

    # ------------------------------------------------------------------ presentation
    def set_presentation(self, on: bool) -> None:
        """Full screen, side panel and chrome hidden, the pattern shown big with its name."""
        if self.act_present.isChecked() != on:
            self.act_present.setChecked(on)  # re-enters through toggled
            return
        self.panel.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        for bar in self.findChildren(QToolBar):
            bar.setVisible(not on)
        for act in self._present_keys:
            act.setEnabled(on)
        self._update_presentation_title()
        self.presentation_title.setVisible(on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self._was_maximized:
            self.showMaximized()
        else:
            self.showNormal()
        policy = (Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on
                  else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.body_map.setHorizontalScrollBarPolicy(policy)
        self.body_map.setVerticalScrollBarPolicy(policy)
        if on:
            self.body_map.zoom_to_pattern()
        else:
            self.body_map.fit()

    @property
    def presenting(self) -> bool:
        return self.act_present.isChecked()

    def step_candidate(self, delta: int) -> None:
        """Show the next (or previous) candidate; without a drawing, the next muscle."""
        cands = self.panel.candidates()
        if cands:
            row = self.panel.candidate_list.currentRow()
            row = 0 if row < 0 else (row + delta) % len(cands)
            self.panel.select_candidate(row)
            return
        names = sorted(self._ds.knowledge.muscles.values(), key=lambda m: m.name.lower())
        current = self.panel.shown_muscle()
        ids = [m.id for m in names]
        i = ids.index(current) if current in ids else (-1 if delta > 0 else 0)
        self.panel.show_muscle(ids[(i + delta) % len(ids)])

    def _update_presentation_title(self) -> None:
        pts = self._shown_points
        if not pts:
            self.presentation_title.setText("Mark the painful areas, or pick a muscle")
            return
        muscle = self._ds.knowledge.muscles[pts[0].muscle]
        side = pts[0].side.value
        detail = pts[0].name if len(pts) == 1 else f"{len(pts)} trigger points"
        self.presentation_title.setText(
            f"{muscle.name} <span style='font-size:18pt; font-weight:400; color:#495057'>"
            f"— {detail}, {side} side</span>")

    def _on_fit(self) -> None:
        self.body_map.fit()

    def _on_mirror_toggled(self, on: bool) -> None:
        self.state.mirror = on

    # ------------------------------------------------------------------ flow
    def _on_drawing_changed(self, drawing: PainDrawing) -> None:
        start = time.perf_counter()
        ranking: Ranking = self._model.rank(drawing)
        self.panel.set_ranking(ranking)
        self._update_alerts()
        self._offered = [c.trigger_point for c in ranking.by_muscle()[:12]]
        if self._client_panel is not None:
            self._client_panel.set_context(drawing, self._offered)
        n = len(drawing)
        self.count_label.setText(f"{n} painful region{'s' if n != 1 else ''}")
        self.last_update_ms = (time.perf_counter() - start) * 1000
        self.ranking_updated.emit(ranking)

    @property
    def client_panel(self) -> ClientPanel | None:
        """The clients dock's panel (None without a store); built on first use, because its
        progress chart needs pyqtgraph, which the window should not wait for at start."""
        if self._client_panel is None and self.store is not None and \
                self.client_dock is not None:
            from bodymap.gui.client_panel import ClientPanel

            panel = ClientPanel(self._ds, self.store)
            panel.drawing_open_requested.connect(lambda d: self.state.replace(d, "Open visit"))
            panel.client_changed.connect(self._on_client_changed)
            panel.set_context(self.state.drawing, self._offered)
            self.client_dock.setWidget(panel)
            self._client_panel = panel
        return self._client_panel

    def _require_clients(self) -> ClientPanel:
        # only reachable through actions that exist when there is a store (and so a dock)
        panel = self.client_panel
        assert panel is not None
        assert self.client_dock is not None
        self.client_dock.show()
        return panel

    def _on_client_dock_visible(self, visible: bool) -> None:
        if visible and self._client_panel is None and self.client_dock is not None:
            _ = self.client_panel
            # a narrow column: the body map keeps most of the window
            self.resizeDocks([self.client_dock], [380], Qt.Orientation.Horizontal)

    def _on_client_changed(self, client: Client | None) -> None:
        self.handout_client = client.name if client is not None else ""
        title = "bodymap — trigger-point body map"
        self.setWindowTitle(f"{title} — {client.name}" if client is not None else title)

    def _on_red_flags_changed(self, ticked: frozenset[str]) -> None:
        self._ticked = ticked
        self._update_alerts()

    def _update_alerts(self) -> None:
        self.panel.set_alerts(self._ds.safety.alerts(self.state.drawing, self._ticked))

    def _on_pattern_requested(self, points: tuple[TriggerPoint, ...]) -> None:
        self._shown_points = tuple(points)
        self.body_map.show_pattern(points)
        if self.presenting:
            self._update_presentation_title()
            self.body_map.zoom_to_pattern()

    def _on_region_hovered(self, rid: str | None) -> None:
        if rid is None:
            self.hover_label.setText("")
            return
        label = self._ds.regions[rid].label
        level = self.state.drawing.get(rid)
        extra = f" — pain {level}/10 (scroll to change)" if level else " — click to mark"
        self.hover_label.setText(label + extra)

    def _on_export_image(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export map", "bodymap.png",
                                              "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            self.export_map(Path(path))

    def export_map(self, path: Path) -> None:
        """The current drawing and pattern, whole figure, as PNG or SVG (by extension)."""
        from bodymap.report.map_image import write_map_png, write_map_svg

        write = write_map_svg if path.suffix.lower() == ".svg" else write_map_png
        try:
            write(path, self._ds, self.state.drawing, self._shown_points,
                  self.body_map.current_layout)
        except OSError as exc:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}: {exc}")
            return
        self.statusBar().showMessage(f"Saved {path}", 5000)

    def _on_handout(self) -> None:
        from bodymap.gui.handout_dialog import HandoutDialog

        kb = self._ds.knowledge
        offered = [kb.muscles[c.muscle] for c in self.panel.candidates()]
        shown = self.panel.shown_muscle()
        if shown and all(m.id != shown for m in offered):
            offered.insert(0, kb.muscles[shown])
        if not offered:
            offered = sorted(kb.muscles.values(), key=lambda m: m.name.lower())
        dialog = HandoutDialog(offered, [shown] if shown else [], self.handout_client,
                               self.handout_notes, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save handout", "handout.pdf",
                                              "PDF document (*.pdf)")
        if path:
            self.write_handout(Path(path), dialog.chosen(), dialog.client.text(),
                               dialog.notes.toPlainText())

    def write_handout(self, path: Path, muscles: list[str], client: str = "",
                      notes: str = "") -> None:
        from bodymap.report.handout import write_handout

        try:
            write_handout(path, self._ds, muscles, self.state.drawing, client=client,
                          notes=notes)
        except OSError as exc:
            QMessageBox.warning(self, "Handout not saved", f"Could not write {path}: {exc}")
            return
        self.statusBar().showMessage(f"Saved {path}", 5000)

    def _on_about(self) -> None:
        QMessageBox.about(self, "About bodymap",
                          f"<h3>bodymap {__version__}</h3><p>Explore myofascial trigger points "
                          f"and their referral patterns.</p><p>{DISCLAIMER}</p>")

    # ------------------------------------------------------------------ window state
    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        split = self._settings.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)
        layout = self._settings.value("map/layout")
        if isinstance(layout, str) and layout in {lay.value for lay in Layout}:
            self.set_layout(Layout(layout))

    def _warm_up(self) -> None:
        """Once the body is on screen, load pyqtgraph (the score bars) so the first click
        does not wait for it."""
        _ = self.panel.chart

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presenting:
            self.set_presentation(False)
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue("map/layout", self.body_map.current_layout.value)
        self._settings.sync()
        super().closeEvent(event)
