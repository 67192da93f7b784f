"""Colours and pens of the body chart, in one place so the map, exports and handouts agree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from bodymap.domain.drawing import MAX_INTENSITY

SKIN = QColor("#f6f1eb")
SKIN_HOVER = QColor("#e7eef8")
BORDER = QColor("#9a938b")
OUTLINE = QColor("#5c5650")
DETAIL = QColor("#b5ada4")
LABEL = QColor("#3b3733")
FOCUS = QColor("#1c7ed6")
PAIN = QColor("#f76707")
ESSENTIAL = QColor("#c2255c")
SPILLOVER = QColor("#c2255c")
MARKER = QColor("#212529")


def solid(color: QColor | Qt.GlobalColor) -> QBrush:
    """A plain brush of ``color``. Made with the brush style given: ``QBrush(color)`` alone
    lets PySide6 try its other one-argument constructors first, and the first such call in
    a process creates the Python types of QGradient (with its 180 presets) and QImage, 2 ms
    of the window's start that nothing else needs."""
    return QBrush(color, Qt.BrushStyle.SolidPattern)


def pain_brush(intensity: int) -> QBrush:
    """Colour strength follows intensity: 1/10 is a pale wash, 10/10 nearly opaque."""
    c = QColor(PAIN)
    c.setAlpha(60 + int(170 * intensity / MAX_INTENSITY))
    return solid(c)


def essential_brush() -> QBrush:
    c = QColor(ESSENTIAL)
    c.setAlpha(185)
    return solid(c)


def spillover_brush() -> QBrush:
    b = QBrush(SPILLOVER, Qt.BrushStyle.BDiagPattern)
    return b


_PENS: dict[tuple[int, float, Qt.PenStyle, Qt.PenJoinStyle], QPen] = {}


def cosmetic(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine,
             join: Qt.PenJoinStyle = Qt.PenJoinStyle.RoundJoin) -> QPen:
    """A pen whose width is in screen pixels at any zoom, so borders stay thin and sharp.

    Pens are shared: restyling hundreds of regions per click should not build new ones.
    """
    key = (color.rgba(), width, style, join)
    pen = _PENS.get(key)
    if pen is None:
        pen = QPen(color, width, style)
        pen.setCosmetic(True)
        pen.setJoinStyle(join)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        _PENS[key] = pen
    return QPen(pen)


PAIN_OUTLINE = QColor("#d9480f")


def pain_outline_pen(join: Qt.PenJoinStyle = Qt.PenJoinStyle.RoundJoin) -> QPen:
    """The client's pain stays readable under a pattern: an orange outline drawn on top."""
    return cosmetic(PAIN_OUTLINE, 2.2, join=join)


def zone_brush(alpha: int = 150) -> QBrush:
    """The main zone: translucent, so the client's pain shows through it."""
    c = QColor(ESSENTIAL)
    c.setAlpha(alpha)
    return solid(c)

QUALITY = QColor("#5f3dc4")


MUSCLE = QColor("#b3261e")        # a muscle red, darker and browner than the zone's rose
MUSCLE_FIBRE = QColor("#f1c9c4")


def muscle_brush(deep: bool) -> QBrush:
    """Superficial muscles nearly opaque; deep ones see-through, as if under the skin."""
    c = QColor(MUSCLE)
    c.setAlpha(125 if deep else 175)
    return solid(c)


def muscle_pen(deep: bool) -> QPen:
    return cosmetic(MUSCLE, 2.0 if deep else 1.2,
                    Qt.PenStyle.DashLine if deep else Qt.PenStyle.SolidLine)


def fibre_pen() -> QPen:
    return cosmetic(MUSCLE_FIBRE, 0.9)
