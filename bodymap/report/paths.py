"""Domain path geometry -> QPainterPath."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QDataStream, QPointF
from PySide6.QtGui import QPainterPath

from bodymap.domain.geometry import (
    CLOSE,
    CUBIC,
    LINE,
    MOVE,
    Cubic,
    Line,
    Quad,
    Subpath,
    path_commands,
)
from bodymap.domain.path_stream import ready


def painter_path(subpaths: Sequence[Subpath]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(path.fillRule().OddEvenFill)
    for sp in subpaths:
        path.moveTo(QPointF(*sp.start))
        for seg in sp.segments:
            if isinstance(seg, Line):
                path.lineTo(QPointF(*seg.end))
            elif isinstance(seg, Cubic):
                path.cubicTo(QPointF(*seg.c1), QPointF(*seg.c2), QPointF(*seg.end))
            elif isinstance(seg, Quad):
                path.quadTo(QPointF(*seg.control), QPointF(*seg.end))
        if sp.closed:
            path.closeSubpath()
    return path


def painter_path_from_commands(commands: Sequence[float]) -> QPainterPath:
    """A QPainterPath from the flat command form (bodymap.domain.geometry.path_commands)."""
    path = QPainterPath()
    path.setFillRule(path.fillRule().OddEvenFill)
    i, n = 0, len(commands)
    while i < n:
        op = commands[i]
        if op == LINE:
            path.lineTo(commands[i + 1], commands[i + 2])
            i += 3
        elif op == CUBIC:
            path.cubicTo(*commands[i + 1:i + 7])
            i += 7
        elif op == MOVE:
            path.moveTo(commands[i + 1], commands[i + 2])
            i += 3
        elif op == CLOSE:
            path.closeSubpath()
            i += 1
        else:
            path.quadTo(*commands[i + 1:i + 5])
            i += 5
    return path


class _Run:
    """A stream on one run of QPainterPath layouts the bundle gave (path_stream), and where
    it stands: the first screen asks for its paths mostly in the order the run holds them
    (267 of 304), and a read from where the last one ended needs no skip. (The stream is
    moved with skipRawData, or made anew to go back: its device() would make PySide create
    the types of QBuffer and QIODevice, 0.7 ms of the start.)"""

    __slots__ = ("data", "next", "run", "stream")

    def __init__(self, run: bytes) -> None:
        self.run = run  # (held: the run's id keys this stream)
        self.data = QByteArray(run)
        self.stream = QDataStream(self.data)
        self.next = 0

    def read(self, at: int, end: int) -> QPainterPath:
        if at != self.next:
            if at < self.next:
                self.stream = QDataStream(self.data)
                self.next = 0
            self.stream.skipRawData(at - self.next)
        path = QPainterPath()
        # (the bundle checked that the layout is as long as its element count says, so the
        # read stays within it and leaves the stream at its end)
        self.stream >> path
        self.next = end
        return path


#: the streams on the runs of layouts, by the run's id
_RUNS: dict[int, _Run] = {}


def painter_path_from_d(d: str) -> QPainterPath:
    """The path text ``d`` as a QPainterPath; from the validated bundle's ready layout or
    commands when the dataset came from it, so that drawing the body parses no SVG at
    start."""
    layout = ready(d)
    if layout is None:
        return painter_path_from_commands(path_commands(d))
    run, at, end = layout
    stream = _RUNS.get(id(run))
    if stream is None:
        stream = _RUNS[id(run)] = _Run(run)
    return stream.read(at, end)
