"""File → Client handout and File → Export map: what the screen shows, written to a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from bodymap.gui.messages import warn
from bodymap.scene.scene import Scene, build_scene
from bodymap.session.derive import sides_text

if TYPE_CHECKING:
    from bodymap.gui.main_window import MainWindow


class Exports:
    def __init__(self, window: MainWindow) -> None:
        self._w = window
        self.client_name = ""

    def current_scene(self) -> Scene:
        """The map as shown: the same layout, drawing, pattern and overlay toggles."""
        vm = self._w.session.view_model
        points = vm.pattern.points if vm.pattern is not None else ()
        o = vm.overlays
        title = vm.pattern.muscle_name if vm.pattern is not None else \
            QCoreApplication.translate("Exports", "Pain drawing")
        return build_scene(self._w.session.atlas, vm.layout, vm.drawing, points,
                           essential=o.essential, spillover=o.spillover, markers=o.markers,
                           muscle=o.muscle, title=title,
                           translate=QCoreApplication.translate)

    def caption(self) -> str:
        """'Quadratus lumborum — left side · Ana Silva · 29 Nov 2026'."""
        vm = self._w.session.view_model
        translate = QCoreApplication.translate
        what = translate("Exports", "{muscle} — {side}").format(
            muscle=vm.pattern.muscle_name,
            side=sides_text(vm.pattern.points, translate)) \
            if vm.pattern is not None else translate("Exports", "Pain drawing")
        parts = [what]
        if self.client_name:
            parts.append(self.client_name)
        parts.append(f"{dt.date.today():%d %b %Y}")
        return " · ".join(parts)

    def ask_export_image(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._w, QCoreApplication.translate("Exports", "Export map"),
            self._default_name("png"),
            QCoreApplication.translate("Exports", "PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.export_image(Path(path))

    def export_image(self, path: Path) -> bool:
        # imported when first used: the window's start does not need the writers
        from bodymap.report.map_image import write_scene

        try:
            write_scene(path, self.current_scene(), self.caption())
        except OSError as exc:
            return self._failed(QCoreApplication.translate("Exports", "Export failed"), path, exc)
        return self._saved(path)

    def _saved(self, path: Path) -> bool:
        self._w.statusBar().showMessage(
            QCoreApplication.translate("Exports", "Saved {path}").format(path=path), 5000)
        return True

    def _failed(self, title: str, path: Path, exc: OSError) -> bool:
        warn(self._w, title, QCoreApplication.translate(
            "Exports", "Could not write {path}: {error}").format(path=path, error=exc))
        return False

    def _default_name(self, suffix: str, client: str | None = None) -> str:
        """'bodymap-ana-silva-2026-11-29.pdf': the client (default: the one picked in the
        Clients dock) and the date, so the next client's file does not overwrite it."""
        name = self.client_name if client is None else client
        who = "".join(c if c.isalnum() else "-" for c in name).strip("-").lower()
        stem = f"bodymap-{who}-{dt.date.today():%Y-%m-%d}" if who else \
            f"bodymap-{dt.date.today():%Y-%m-%d}"
        return f"{stem}.{suffix}"

    def ask_handout(self) -> None:
        from bodymap.gui.handout_dialog import HandoutDialog

        session = self._w.session
        kb = session.dataset.knowledge
        vm = session.view_model
        offered = [kb.muscles[r.muscle] for r in vm.candidates]
        shown = vm.card.muscle if vm.card is not None else None
        if shown and all(m.id != shown for m in offered):
            offered.insert(0, kb.muscles[shown])
        # the muscles on screen first; every other one below them, found by the box above
        dialog = HandoutDialog(offered, [shown] if shown else [], self.client_name, "", self._w,
                               knowledge=kb)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
                return
            chosen, client, notes = dialog.chosen(), dialog.client.text(), \
                dialog.notes.toPlainText()
        finally:
            dialog.deleteLater()
        path, _ = QFileDialog.getSaveFileName(
            self._w, QCoreApplication.translate("Exports", "Save handout"),
            self._default_name("pdf", client),  # the name as typed in the dialog
            QCoreApplication.translate("Exports", "PDF document (*.pdf)"))
        if path:
            self.write_handout(Path(path), chosen, client, notes)

    def write_handout(self, path: Path, muscles: list[str], client: str = "",
                      notes: str = "") -> bool:
        """The handout of these muscles, with the trigger points the screen shows for each,
        drawn on the figure the screen shows (the client's), and the red flags ticked in the
        Red flags tab warned about first."""
        from bodymap.report.handout import write_handout  # when first used, not at start

        session = self._w.session
        points = [tp for m in muscles for tp in session.points_for(m)]
        try:
            write_handout(path, session.dataset, muscles, session.drawing, client=client,
                          notes=notes, points=points, figure=session.figure,
                          ticked=session.view_model.ticked)
        except OSError as exc:
            return self._failed(QCoreApplication.translate("Exports", "Handout not saved"),
                                path, exc)
        return self._saved(path)
