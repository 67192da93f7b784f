"""Domain path geometry -> QPainterPath."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from bodymap.domain.geometry import Cubic, Line, Quad, Subpath, parse_path


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


def painter_path_from_d(d: str) -> QPainterPath:
    return painter_path(parse_path(d))
