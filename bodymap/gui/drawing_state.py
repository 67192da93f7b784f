"""The current pain drawing with undo/redo: the one piece of state the map and panel share."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bodymap.domain.drawing import DEFAULT_INTENSITY, PainDrawing
from bodymap.domain.regions import mirror_region_id


class _SetDrawing(QUndoCommand):
    def __init__(self, state: DrawingState, before: PainDrawing, after: PainDrawing,
                 text: str) -> None:
        super().__init__(text)
        self._state, self._before, self._after = state, before, after

    def redo(self) -> None:
        self._state._apply(self._after)

    def undo(self) -> None:
        self._state._apply(self._before)


class DrawingState(QObject):
    """Holds the PainDrawing; every edit is an undoable command.

    With ``mirror`` on, an edit to one side is made to the other side too ("both sides").
    """

    drawing_changed = Signal(object)  # PainDrawing

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drawing = PainDrawing()
        self.undo_stack = QUndoStack(self)
        # each step holds two small drawings; a day's work fits, memory stays bounded
        self.undo_stack.setUndoLimit(1000)
        self.mirror = False

    @property
    def drawing(self) -> PainDrawing:
        return self._drawing

    def _apply(self, drawing: PainDrawing) -> None:
        if drawing != self._drawing:
            self._drawing = drawing
            self.drawing_changed.emit(drawing)

    def _push(self, after: PainDrawing, text: str) -> None:
        if after != self._drawing:
            self.undo_stack.push(_SetDrawing(self, self._drawing, after, text))

    def _targets(self, rid: str) -> list[str]:
        return [rid, mirror_region_id(rid)] if self.mirror else [rid]

    def toggle(self, rid: str) -> None:
        d = self._drawing
        adding = rid not in d
        for r in self._targets(rid):
            d = d.with_region(r, self._drawing.get(rid, DEFAULT_INTENSITY)) if adding \
                else d.without(r)
        self._push(d, ("Mark " if adding else "Unmark ") + rid)

    def paint(self, rids: Iterable[str], add: bool) -> None:
        """One undo step for a whole drag stroke."""
        d = self._drawing
        for rid in rids:
            for r in self._targets(rid):
                d = d.with_region(r, d.get(r, DEFAULT_INTENSITY)) if add else d.without(r)
        self._push(d, "Paint regions" if add else "Erase regions")

    def adjust(self, rid: str, delta: int) -> None:
        d = self._drawing
        for r in self._targets(rid):
            d = d.adjusted(r, delta)
        self._push(d, f"Change intensity of {rid}")

    def set_intensity(self, rid: str, value: int) -> None:
        d = self._drawing
        for r in self._targets(rid):
            d = d.with_region(r, value)
        self._push(d, f"Set intensity of {rid}")

    def clear(self) -> None:
        self._push(PainDrawing(), "Clear drawing")

    def replace(self, drawing: PainDrawing, text: str = "Open drawing") -> None:
        self._push(drawing, text)
