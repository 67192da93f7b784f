"""Domain path geometry -> QPainterPath."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
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

_ODD_EVEN = Qt.FillRule.OddEvenFill


def painter_path(subpaths: Sequence[Subpath]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(_ODD_EVEN)
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
    """A QPainterPath from the flat command form (bodymap.domain.geometry.path_commands).

    The first screen builds some 300 paths of 2,600 cubic curves: a run of cubics (nearly
    every path is a move, cubics and a close) is handed to cubicTo by ``map`` over six
    strided slices of the array, not through a Python loop that slices each curve's numbers
    (the first screen's 279 outlines, in a fresh process on the team's slower host: 11.3 ms
    became 6.5)."""
    path = QPainterPath()
    path.setFillRule(_ODD_EVEN)
    i, n = 0, len(commands)
    while i < n:
        op = commands[i]
        if op == CUBIC:
            end = i + 7
            while end < n and commands[end] == CUBIC:
                end += 7
            if end == i + 7:
                path.cubicTo(*commands[i + 1:end])
            else:
                deque(map(path.cubicTo, commands[i + 1:end:7], commands[i + 2:end:7],
                          commands[i + 3:end:7], commands[i + 4:end:7],
                          commands[i + 5:end:7], commands[i + 6:end:7]), maxlen=0)
            i = end
        elif op == MOVE:
            path.moveTo(commands[i + 1], commands[i + 2])
            i += 3
        elif op == LINE:
            path.lineTo(commands[i + 1], commands[i + 2])
            i += 3
        elif op == CLOSE:
            path.closeSubpath()
            i += 1
        else:
            path.quadTo(*commands[i + 1:i + 5])
            i += 5
    return path


def painter_path_from_d(d: str) -> QPainterPath:
    """The path text ``d`` as a QPainterPath; from the validated bundle's ready commands when
    the dataset came from it, so that drawing the body parses no SVG at start."""
    return painter_path_from_commands(path_commands(d))
