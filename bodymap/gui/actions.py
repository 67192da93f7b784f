"""The window's menus and toolbar: each action sends one intent to the session."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QToolBar

from bodymap.domain.figures import Figure
from bodymap.scene.layouts import Layout
from bodymap.session.view_model import ViewModel

if TYPE_CHECKING:
    from bodymap.gui.clients.panel import ClientPanel
    from bodymap.gui.main_window import MainWindow



MAIN_LAYOUTS = (Layout.FRONT_BACK, Layout.SIDES, Layout.SOLES, Layout.HEAD, Layout.HANDS,
                Layout.FEET)


class Standard(str):
    """The name of one of Qt's standard key bindings: ``Standard("Undo")`` stands for
    QKeySequence.StandardKey.Undo where an action's keys are given (see
    ``WindowActions.set_standard_shortcuts``)."""


class WindowActions(QObject):
    """Builds the actions once and keeps their enabled/checked state in step with the view
    model (``refresh``). A QObject (owned by the window) for ``self.tr``: its texts are in
    the "WindowActions" context.

    Keys written out ("Ctrl+P", "F11") are set when an action is made, through its
    ``shortcut`` property: Qt turns the text into a key sequence itself. The standard ones
    (undo, redo, zoom, quit: the platform's own keys) need PySide's QKeySequence class, and
    PySide makes a class, with all its enums, when Python first names it (0.7 ms): they are
    set right after the window's first paint (``set_standard_shortcuts``, which
    MainWindow calls then), when nothing could have been undone or zoomed yet."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._standard: list[tuple[QAction, Standard]] = []
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        window.addToolBar(self.toolbar)
        bar = window.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_edit = bar.addMenu(self.tr("&Edit"))
        self.menu_view = bar.addMenu(self.tr("&View"))
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.menu_help.setObjectName("menuHelp")  # found by name in any language
        self._file_menu(window)
        self._edit_menu(window)
        self._view_menu(window)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo, self.redo, self.clear, self.mirror])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.zoom_in, self.zoom_out, self.fit, self.zoom_pattern])
        self.next_pane = self._act(self.tr("Next pane"), window.cycle_focus, "F6")
        self.previous_pane = self._act(self.tr("Previous pane"), lambda: window.cycle_focus(-1),
                                       "Shift+F6")
        window.addActions([self.next_pane, self.previous_pane])
        self.open_logs = self._act(self.tr("Open &log folder"), _open_log_folder)
        self.open_logs.setToolTip(self.tr("The log file to attach to a bug report (it holds "
                                          "no names or notes)"))
        self.menu_help.addAction(self.open_logs)
        self.menu_help.addAction(self._act(self.tr("&About bodymap"), window.show_about))

    def _file_menu(self, window: MainWindow) -> None:
        # through lambdas: window.exports is made when first used (MainWindow.exports)
        self.handout = self._act(self.tr("Client &handout (PDF)…"),
                                 lambda: window.exports.ask_handout(), "Ctrl+P")
        self.export = self._act(self.tr("Export map as &image (PNG or SVG)…"),
                                lambda: window.exports.ask_export_image(), "Ctrl+E")
        self.menu_file.addActions([self.handout, self.export])
        self.menu_file.addSeparator()
        self.clients: QAction | None = None
        self._client_items: list[QAction] = []  # what drop_clients takes away
        if window.client_dock is not None:
            self.clients = window.client_dock.toggleViewAction()
            self.clients.setText(self.tr("&Clients"))
            self.clients.setProperty("shortcut", "Ctrl+L")  # (see the class)
            self.clients.setToolTip(self.tr("Client records: visits, progress, compare"))
            self._client_items = [
                self.clients, self.toolbar.addSeparator(),
                self._act(self.tr("E&xport client visits (JSON or CSV)…"),
                          lambda: _on_clients(window, lambda panel: panel.ask_export())),
                self._act(self.tr("&Import client visits (JSON)…"),
                          lambda: _on_clients(window, lambda panel: panel.ask_import()))]
            self.toolbar.insertAction(self._client_items[1], self.clients)
            self.menu_file.addActions(self._client_items[2:])
            self._client_items.append(self.menu_file.addSeparator())
        self.quit = self._act(self.tr("&Quit"), window.close, Standard("Quit"))
        self.menu_file.addAction(self.quit)

    def drop_clients(self) -> None:
        """The client records could not be opened after the first paint: take away the
        Clients button and the client menu entries, as for a window started without them."""
        for action in self._client_items:
            self.toolbar.removeAction(action)
            self.menu_file.removeAction(action)
        self._client_items = []
        self.clients = None

    def _edit_menu(self, window: MainWindow) -> None:
        s = window.session
        self.undo = self._act(self.tr("&Undo"), s.undo, Standard("Undo"))
        self.redo = self._act(self.tr("&Redo"), s.redo, Standard("Redo"))
        #: the buttons' tips asked for before the first paint, given with the standard keys
        #: just after it (``set_standard_shortcuts``; None from then on): asking the toolbar
        #: for a button would have PySide make QToolButton's type before the first paint
        self._tips_later: dict[QAction, str] | None = {}
        self.clear = self._act(self.tr("&Clear drawing"), s.clear, "Ctrl+Shift+Backspace")
        self.mirror = self._act(self.tr("Mark &both sides"), None, "Ctrl+B")
        self.mirror.setCheckable(True)
        self.mirror.setToolTip(self.tr("Each region you mark is marked on the other side too"))
        self.mirror.toggled.connect(s.set_mirror)
        self.menu_edit.addActions([self.undo, self.redo, self.clear, self.mirror])

    def _view_menu(self, window: MainWindow) -> None:
        s = window.session
        self.layouts: dict[Layout, QAction] = {}
        group = QActionGroup(window)
        for i, layout in enumerate(MAIN_LAYOUTS):
            act = self._act(QCoreApplication.translate("Layout", layout.label),
                            partial(s.set_layout, layout), f"Ctrl+{i + 1}")
            act.setCheckable(True)
            group.addAction(act)
            self.menu_view.addAction(act)
            self.toolbar.addAction(act)
            self.layouts[layout] = act
        self.menu_view.addSeparator()
        self._figure_menu(window)
        self.menu_view.addSeparator()
        view = window.body_map
        self.zoom_in = self._act(self.tr("Zoom &in"), lambda: view.zoom(1.25),
                                 Standard("ZoomIn"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++, or Ctrl+wheel over the body)"))
        self.zoom_out = self._act(self.tr("Zoom &out"), lambda: view.zoom(0.8),
                                  Standard("ZoomOut"))
        self.fit = self._act(self.tr("&Fit to window"), view.fit, "Ctrl+0")
        self.zoom_pattern = self._act(self.tr("Zoom to &pattern"), view.zoom_to_pattern, "Ctrl+9")
        self.zoom_pattern.setToolTip(self.tr("Frame the shown pattern and the pain (Ctrl+9)"))
        self.menu_view.addActions([self.zoom_in, self.zoom_out, self.fit, self.zoom_pattern])
        self.menu_view.addSeparator()
        self.present = self._act(self.tr("&Presentation mode"), None, "F11")
        self.present.setCheckable(True)
        self.present.setToolTip(self.tr("Full screen for the client: the pattern large, "
                                        "private panels hidden; arrow keys step through "
                                        "candidates; Esc leaves"))
        self.present.toggled.connect(window.presentation.set_on)
        self.menu_view.addAction(self.present)

    def _figure_menu(self, window: MainWindow) -> None:
        """View → Figure → Male / Female: the body the map, exports and handout are drawn
        on. With a client open the choice is saved for that client, else as the default."""
        self.menu_figure = self.menu_view.addMenu(self.tr("Fi&gure"))
        self.menu_figure.setObjectName("menuFigure")  # found by name in any language
        names = {Figure.MALE: self.tr("&Male"), Figure.FEMALE: self.tr("&Female")}
        group = QActionGroup(window)
        group.setExclusive(True)
        self.figures: dict[Figure, QAction] = {}
        installed = window.session.dataset.figures
        for figure in Figure:
            act = self._act(names[figure], partial(window.choose_figure, figure))
            act.setCheckable(True)
            act.setObjectName(f"figure-{figure.value}")
            if figure not in installed:
                act.setEnabled(False)
                act.setToolTip(self.tr("The drawings of this figure are not installed"))
            group.addAction(act)
            self.menu_figure.addAction(act)
            self.figures[figure] = act

    def _act(self, text: str, slot: Callable[[], object] | None,
             keys: str | None = None) -> QAction:
        """An action of the window; ``keys``: its shortcut, written out ("Ctrl+Shift+B") or
        a ``Standard`` binding's name."""
        act = QAction(text, self._w)
        if isinstance(keys, Standard):
            self._standard.append((act, keys))
        elif keys is not None:
            act.setProperty("shortcut", keys)
        if slot is not None:
            act.triggered.connect(lambda _=False, run=slot: run())
        return act

    def set_standard_shortcuts(self) -> None:
        """Give the actions their standard keys (see the class); once."""
        if not self._standard:
            return
        from PySide6.QtGui import QKeySequence

        for act, name in self._standard:
            act.setShortcut(QKeySequence(QKeySequence.StandardKey[name]))
        self._standard = []
        # after the keys: a changed action gives its button the action's own tip again
        pending, self._tips_later = self._tips_later, None
        for action, tip in (pending or {}).items():
            self._tip(action, tip)

    def refresh(self, vm: ViewModel) -> None:
        self.undo.setEnabled(vm.can_undo)
        self.redo.setEnabled(vm.can_redo)
        self._tip(self.undo, self.tr("Undo {step}").format(step=vm.undo_text)
                  if vm.can_undo else self.tr("Nothing to undo"))
        self._tip(self.redo, self.tr("Redo {step}").format(step=vm.redo_text)
                  if vm.can_redo else self.tr("Nothing to redo"))
        self.clear.setEnabled(bool(vm.drawing))
        if self.mirror.isChecked() != vm.mirror:
            self.mirror.blockSignals(True)
            self.mirror.setChecked(vm.mirror)
            self.mirror.blockSignals(False)
        act = self.layouts.get(vm.layout)
        if act is not None and not act.isChecked():
            act.setChecked(True)
        shown = self.figures[vm.figure]
        if not shown.isChecked():
            shown.setChecked(True)
        if self.present.isChecked() != vm.presenting:
            self.present.blockSignals(True)
            self.present.setChecked(vm.presenting)
            self.present.blockSignals(False)

    def _tip(self, action: QAction, tip: str) -> None:
        """The tooltip of ``action``'s toolbar button. Set on the action, a new tip (the
        undo step changes with most clicks) made the button take the whole action again,
        icon included, which lays the toolbar and the window out and repaints the button;
        on the button itself it changes nothing else. (Menus show no tooltips.)"""
        if self._tips_later is not None:
            self._tips_later[action] = tip
            return
        button = self.toolbar.widgetForAction(action)
        if button is not None and button.toolTip() != tip:
            button.setToolTip(tip)


def _on_clients(window: MainWindow, act: Callable[[ClientPanel], None]) -> None:
    """Show the Clients dock and ``act`` on its panel; nothing when the client records
    cannot be opened (the dock and these actions go then)."""
    panel = window.show_clients()
    if panel is not None:
        act(panel)


def _open_log_folder() -> None:
    # imported here: gui.desktop (QDesktopServices, QUrl, QIcon, QImage) is not needed
    # before the first paint, and this is the only action that uses it
    from bodymap.gui.desktop import open_log_folder
    open_log_folder()
