"""Path commands in the byte layout Qt's QDataStream gives a QPainterPath, made without Qt.

The validated bundle (bodymap.domain.bundle) carries the outlines of the first screen's two
views (about 280 paths, 2,600 curves) in this layout beside their commands, so that the
window reads each one into a QPainterPath with a single ``QDataStream >>`` instead of a
Python call per curve (bodymap.report.paths): 3 ms instead of 7.5 for the first screen on
the team's machine. ``remember`` takes them from the bundle, ``ready`` hands them out.

The layout is the one Qt documents under "Serializing Qt Data Types" for QPainterPath, big-
endian: the number of elements (qint32); each element's type (qint32: move to, line to,
curve to, curve data) and its x and y (double); the index of the current subpath's first
element (qint32); the fill rule (qint32). An empty path is the count 0 alone.

What Qt writes is the path its QPainterPath built from the calls ``painter_path_from_
commands`` makes (moveTo, lineTo, cubicTo, quadTo, closeSubpath), and QPainterPath does not
keep every call as it comes. Its rules, followed here:

* a path starts as a move to (0, 0), and a move straight after a move takes its place;
* a line to the point the path is at adds nothing; nor does a curve whose three points are
  all that point;
* a quadratic curve is kept as the cubic curve it equals;
* closing a subpath that does not end where it began adds a line back to its start, or
  moves its end onto the start when the two differ only by rounding; the next line or
  curve first adds a move to the point the path is at;
* points are compared as Qt compares them: equal within a relative 1e-12 (absolute, next
  to zero);
* a point with a coordinate that is not finite, or not below 1e128, is skipped.

tests/gui/test_path_stream.py holds these bytes to the ones the installed Qt writes, for
every path of the atlas and for random and edge-case paths.
"""

from __future__ import annotations

import math
import struct
from array import array
from collections.abc import Iterable, Sequence

from bodymap.domain.geometry import CLOSE, CUBIC, LINE, MOVE, QUAD

#: QPainterPath::ElementType
MOVE_TO, LINE_TO, CURVE_TO, CURVE_DATA = 0, 1, 2, 3
#: Qt::OddEvenFill, the fill rule of every path bodymap draws
ODD_EVEN_FILL = 0

_ELEMENT = struct.Struct(">idd")
_INT = struct.Struct(">i")

#: the ready layouts, by path text: the run of bytes they are in, where theirs begins and
#: where it ends
_READY: dict[str, tuple[bytes, int, int]] = {}


def _equal(a: float, b: float) -> bool:
    """Qt's fuzzy comparison of two coordinates (QtPrivate::fuzzyCompare)."""
    if a == 0.0 or b == 0.0:
        return abs(a - b) <= 1e-12
    return abs(a - b) * 1e12 <= min(abs(a), abs(b))


def _valid(*coordinates: float) -> bool:
    return all(math.isfinite(c) and abs(c) < 1e128 for c in coordinates)


class _Path:
    """The elements a QPainterPath would hold after the same calls."""

    def __init__(self) -> None:
        self.elements: list[list[float]] = [[MOVE_TO, 0.0, 0.0]]
        self.start = 0  # the current subpath's first element
        self._move_due = False  # after a close: the next line or curve starts a subpath

    def _at(self, x: float, y: float) -> bool:
        last = self.elements[-1]
        return _equal(last[1], x) and _equal(last[2], y)

    def _maybe_move(self) -> None:
        if self._move_due:
            last = self.elements[-1]
            self.elements.append([MOVE_TO, last[1], last[2]])
            self._move_due = False

    def move_to(self, x: float, y: float) -> None:
        if not _valid(x, y):
            return
        self._move_due = False
        last = self.elements[-1]
        if last[0] == MOVE_TO:
            last[1], last[2] = x, y
        else:
            self.elements.append([MOVE_TO, x, y])
        self.start = len(self.elements) - 1

    def line_to(self, x: float, y: float) -> None:
        if not _valid(x, y):
            return
        self._maybe_move()
        if self._at(x, y):
            return
        self.elements.append([LINE_TO, x, y])

    def cubic_to(self, x1: float, y1: float, x2: float, y2: float, x: float,
                 y: float) -> None:
        if not _valid(x1, y1, x2, y2, x, y):
            return
        if self._at(x1, y1) and _equal(x1, x2) and _equal(y1, y2) and _equal(x2, x) and \
                _equal(y2, y):
            return
        self._maybe_move()
        self.elements += ([CURVE_TO, x1, y1], [CURVE_DATA, x2, y2], [CURVE_DATA, x, y])

    def quad_to(self, cx: float, cy: float, x: float, y: float) -> None:
        if not _valid(cx, cy, x, y):
            return
        last = self.elements[-1]
        px, py = last[1], last[2]
        if _equal(px, cx) and _equal(py, cy) and _equal(cx, x) and _equal(cy, y):
            return
        self.cubic_to((px + 2 * cx) / 3, (py + 2 * cy) / 3, (x + 2 * cx) / 3,
                      (y + 2 * cy) / 3, x, y)

    def close(self) -> None:
        if self.empty():
            return
        self._move_due = True
        first, last = self.elements[self.start], self.elements[-1]
        if first[1] != last[1] or first[2] != last[2]:
            if _equal(first[1], last[1]) and _equal(first[2], last[2]):
                last[1], last[2] = first[1], first[2]
            else:
                self.elements.append([LINE_TO, first[1], first[2]])

    def empty(self) -> bool:
        return len(self.elements) == 1 and self.elements[0][0] == MOVE_TO

    def stream(self) -> bytes:
        if self.empty():
            return _INT.pack(0)
        pack = _ELEMENT.pack
        return b"".join([_INT.pack(len(self.elements)),
                         *(pack(int(kind), x, y) for kind, x, y in self.elements),
                         _INT.pack(self.start), _INT.pack(ODD_EVEN_FILL)])


def stream_bytes(commands: Sequence[float]) -> bytes:
    """The bytes QDataStream writes for the QPainterPath ``painter_path_from_commands``
    makes of these commands (bodymap.domain.geometry's flat form: checked there)."""
    path = _Path()
    i, n = 0, len(commands)
    while i < n:
        op = commands[i]
        if op == CUBIC:
            path.cubic_to(*commands[i + 1:i + 7])
            i += 7
        elif op == MOVE:
            path.move_to(commands[i + 1], commands[i + 2])
            i += 3
        elif op == LINE:
            path.line_to(commands[i + 1], commands[i + 2])
            i += 3
        elif op == CLOSE:
            path.close()
            i += 1
        elif op == QUAD:
            path.quad_to(*commands[i + 1:i + 5])
            i += 5
        else:
            raise ValueError(f"unknown path command {op!r} at {i}")
    return path.stream()


def stream_run(commands: Iterable[array[float]]) -> tuple[bytes, list[int]]:
    """The layouts of several paths one after another, and where each one ends."""
    parts: list[bytes] = []
    ends: list[int] = []
    size = 0
    for one in commands:
        part = stream_bytes(one)
        parts.append(part)
        size += len(part)
        ends.append(size)
    return b"".join(parts), ends


def layout_size(run: bytes, at: int) -> int:
    """How many bytes the layout that begins at ``at`` in ``run`` takes, by its element
    count (ValueError if the run ends first)."""
    if at + _INT.size > len(run):
        raise ValueError("a path layout's element count is cut off")
    (count,) = _INT.unpack_from(run, at)
    if count < 0:
        raise ValueError(f"a path layout has a negative element count ({count})")
    return _INT.size if count == 0 else \
        _INT.size + count * _ELEMENT.size + 2 * _INT.size


def remember(d: str, run: bytes, at: int, end: int) -> None:
    """Take the layout of the path text ``d``: ``run[at:end]`` (from the bundle, which
    checked that it is whole: ``layout_size``)."""
    _READY[d] = (run, at, end)


def ready(d: str) -> tuple[bytes, int, int] | None:
    """The run of bytes the layout of the path text ``d`` is in, and where it begins and
    ends, if the bundle gave it."""
    return _READY.get(d)
