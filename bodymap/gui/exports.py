"""File → Client handout and File → Export map: what the screen shows, written to a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from bodymap.report.handout import write_handout
from bodymap.report.map_image import write_scene
from bodymap.scene.scene import Scene, build_scene

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
        title = vm.pattern.muscle_name if vm.pattern is not None else "Pain drawing"
        return build_scene(self._w.session.dataset.atlas, vm.layout, vm.drawing, points,
                           essential=o.essential, spillover=o.spillover, markers=o.markers,
                            muscle=o.muscle,
                           title=title)

    def caption(self) -> str:
        """'Quadratus lumborum — left side · Ana Silva · 29 Nov 2026'."""
        vm = self._w.session.view_model
        what = f"{vm.pattern.muscle_name} — {vm.pattern.side.value} side" \
            if vm.pattern is not None else "Pain drawing"
        parts = [what]
        if self.client_name:
            parts.append(self.client_name)
        parts.append(f"{dt.date.today():%d %b %Y}")
        return " · ".join(parts)

    def ask_export_image(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._w, "Export map", self._default_name("png"),
                                              "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            self.export_image(Path(path))

    def export_image(self, path: Path) -> bool:
        try:
            write_scene(path, self.current_scene(), self.caption())
        except OSError as exc:
            QMessageBox.warning(self._w, "Export failed", f"Could not write {path}: {exc}")
            return False
        self._w.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def _default_name(self, suffix: str) -> str:
        who = "".join(c if c.isalnum() else "-" for c in self.client_name).strip("-").lower()
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
        if not offered:
            offered = sorted(kb.muscles.values(), key=lambda m: m.name.lower())
        dialog = HandoutDialog(offered, [shown] if shown else [], self.client_name, "", self._w)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
                return
            chosen, client, notes = dialog.chosen(), dialog.client.text(), \
                dialog.notes.toPlainText()
        finally:
            dialog.deleteLater()
        path, _ = QFileDialog.getSaveFileName(self._w, "Save handout",
                                              self._default_name("pdf"),
                                              "PDF document (*.pdf)")
        if path:
            self.write_handout(Path(path), chosen, client, notes)

    def write_handout(self, path: Path, muscles: list[str], client: str = "",
                      notes: str = "") -> bool:
        """The handout of these muscles, with the trigger points the screen shows for each."""
        session = self._w.session
        points = [tp for m in muscles for tp in session.points_for(m)]
        try:
            write_handout(path, session.dataset, muscles, session.drawing, client=client,
                          notes=notes, points=points)
        except OSError as exc:
            QMessageBox.warning(self._w, "Handout not saved", f"Could not write {path}: {exc}")
            return False
        self._w.statusBar().showMessage(f"Saved {path}", 5000)
        return True
