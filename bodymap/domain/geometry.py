"""Plane geometry for the body atlas: SVG path parsing, flattening and measures.

Pure Python on purpose: the domain must load without Qt, numpy or shapely, so the
knowledge-base checks and the command line can reason about regions cheaply.
Coordinates follow SVG (y grows downwards); areas are therefore reported unsigned.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections.abc import Iterator, Sequence
from functools import cache

from bodymap.domain.records import record

__all__ = [
    "Cubic",
    "Line",
    "PathSyntaxError",
    "Point",
    "Quad",
    "Segment",
    "Subpath",
    "area",
    "bounds",
    "contains",
    "flatten",
    "flatten_cubic",
    "inscribed_radius",
    "interior_point",
    "parse_path",
    "path_commands",
    "ring_area",
    "segment_distance",
    "segments_cross",
    "shared_border_length",
    "signed_area",
]

Point = tuple[float, float]


@record
class Line:
    end: Point


@record
class Quad:
    control: Point
    end: Point


@record
class Cubic:
    c1: Point
    c2: Point
    end: Point


Segment = Line | Quad | Cubic


@record
class Subpath:
    start: Point
    segments: tuple[Segment, ...]
    closed: bool


class PathSyntaxError(ValueError):
    """Malformed or unsupported SVG path data; the message names the token and its position."""


# --------------------------------------------------------------------------- parsing

class _Syntax:
    """The regular expressions that read path text, compiled when path text is first read:
    a start from the validated bundle reads none (they took 1.7 ms of its imports)."""

    def __init__(self) -> None:
        self.token = re.compile(
            r"(?P<cmd>[MmLlHhVvCcSsQqTtZzAa])"
            r"|(?P<num>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"
            r"|(?P<sep>[\s,]+)"
        )
        # (_quick_commands')
        self.command_letter = re.compile(r"([MmLlHhVvCcSsQqTtZz])")
        #: a character that is none of the commands', separators' and plain numbers'
        #: (``float`` alone would read "inf", "nan" and "1_0")
        self.not_plain = re.compile(r"[^MmLlHhVvCcSsQqTtZz0-9.eE+\-, \t\n\r]")
        number = r"-?[0-9]++(?:\.[0-9]++)?+"
        gap = r"[ \t\n\r,]"
        #: what tools/atlas writes, and nearly all the atlas is: subpaths of absolute
        #: cubics, each moved to and maybe closed (every part of it possessive: a text that
        #: is not this is given up in one pass)
        self.absolute_cubics = re.compile(
            rf"(?:{gap}*+M{gap}*+{number}{gap}++{number}"
            rf"(?:{gap}*+C{gap}*+{number}(?:{gap}++{number}){{5}})*+"
            rf"{gap}*+Z?+)++{gap}*+")
        self.move_cubic_close = re.compile(r"[MCZ]")


_syntax = cache(_Syntax)

_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}


def _tokenize(d: str) -> Iterator[tuple[str, str, int]]:
    token = _syntax().token
    pos = 0
    while pos < len(d):
        m = token.match(d, pos)
        if m is None:
            raise PathSyntaxError(f"unexpected character {d[pos]!r} at position {pos}")
        kind = m.lastgroup
        assert kind is not None
        if kind != "sep":
            yield kind, m.group(), pos
        pos = m.end()


# ------------------------------------------------------------------- ready-to-draw commands
# Parsing the atlas's path text is most of what drawing the body costs at start (about 300
# paths, 20,000 tokens). A path's commands are kept as one flat array of floats: an opcode,
# then its points, absolute. The validated bundle (bodymap.domain.bundle) stores them for
# every path of the atlas and hands them over with ``remember_commands``, so a start from it
# parses no SVG path text; the Qt side (bodymap.report.paths) draws them as they are.
MOVE, LINE, QUAD, CUBIC, CLOSE = 0.0, 1.0, 2.0, 3.0, 4.0
#: numbers after each opcode
COMMAND_SIZE = {MOVE: 2, LINE: 2, QUAD: 4, CUBIC: 6, CLOSE: 0}
_COMMANDS: dict[str, array[float]] = {}


def commands_of(subpaths: Sequence[Subpath]) -> array[float]:
    """The flat command form of parsed subpaths."""
    out: list[float] = []
    for sp in subpaths:
        out += (MOVE, *sp.start)
        for seg in sp.segments:
            if isinstance(seg, Line):
                out += (LINE, *seg.end)
            elif isinstance(seg, Cubic):
                out += (CUBIC, *seg.c1, *seg.c2, *seg.end)
            else:
                out += (QUAD, *seg.control, *seg.end)
        if sp.closed:
            out.append(CLOSE)
    return array("d", out)


def subpaths_of(commands: Sequence[float]) -> tuple[Subpath, ...]:
    """Subpaths from their flat command form; ValueError for a malformed command stream."""
    subpaths: list[Subpath] = []
    start: Point | None = None
    segments: list[Segment] = []
    i, n = 0, len(commands)
    while i < n:
        op = commands[i]
        size = COMMAND_SIZE.get(op)
        if size is None or i + size >= n + (size == 0):
            raise ValueError(f"malformed path commands at {i}")
        c = commands[i + 1:i + 1 + size]
        if op == MOVE:
            if start is not None:
                subpaths.append(Subpath(start, tuple(segments), False))
            start, segments = (c[0], c[1]), []
        elif start is None:
            raise ValueError(f"path commands at {i} draw before a move")
        elif op == LINE:
            segments.append(Line((c[0], c[1])))
        elif op == CUBIC:
            segments.append(Cubic((c[0], c[1]), (c[2], c[3]), (c[4], c[5])))
        elif op == QUAD:
            segments.append(Quad((c[0], c[1]), (c[2], c[3])))
        else:
            subpaths.append(Subpath(start, tuple(segments), True))
            start, segments = None, []
        i += 1 + size
    if start is not None:
        subpaths.append(Subpath(start, tuple(segments), False))
    return tuple(subpaths)


def remember_commands(d: str, commands: array[float]) -> None:
    """Take the command form of the path text ``d`` as already parsed (from the bundle)."""
    _COMMANDS[d] = commands


def path_commands(d: str) -> array[float]:
    """The flat commands of the SVG path text ``d``, parsed once (PathSyntaxError)."""
    commands = _COMMANDS.get(d)
    if commands is None:
        # kept: the bundle written after a full load stores them without parsing again
        quick = _quick_commands(d)
        commands = _COMMANDS[d] = array("d", quick) if quick is not None else \
            commands_of(_parse_path_text(d))
    return commands


def parse_path(d: str) -> tuple[Subpath, ...]:
    """Parse SVG path data into absolute subpaths (arcs are rejected)."""
    return subpaths_of(path_commands(d))


# The atlas's path text is parsed in full only when the validated bundle is rebuilt (the
# first start after a data change, ``bodymap validate``): some 2,600 paths and 126,000
# numbers, which the token-by-token parser below took half a second over on the team's
# machine. ``_quick_commands`` reads the text a command at a time, its numbers split at
# spaces and commas and read by ``float``. That is the whole syntax of the atlas's files
# (written by tools/atlas), not all of SVG's: numbers written without a separator between
# them ("1-2", "1.5.5"), or anything wrong, make it give up, and the token parser, the one
# definition of the syntax, reads the text or names the problem and its position. For
# every text both read they give the same commands (tests/unit/test_geometry.py).
def _quick_commands(d: str) -> list[float] | None:
    """The flat commands of ``d``; None where ``_parse_path_text`` must read it."""
    syntax = _syntax()
    if syntax.absolute_cubics.fullmatch(d):
        # all the numbers at once, then each command takes its own (+ 0.0: as the token
        # parser adds the origin, which makes -0 a 0)
        numbers = [float(n) + 0.0 for n in d.replace("M", " ").replace("C", " ")
                   .replace("Z", " ").replace(",", " ").split()]
        out: list[float] = []
        k = 0
        for letter in syntax.move_cubic_close.findall(d):
            if letter == "C":
                out.append(CUBIC)
                out += numbers[k:k + 6]
                k += 6
            elif letter == "M":
                out.append(MOVE)
                out += numbers[k:k + 2]
                k += 2
            else:
                out.append(CLOSE)
        return out
    if syntax.not_plain.search(d):
        return None
    parts = syntax.command_letter.split(d)
    if parts[0].strip(" \t\n\r,"):
        return None  # a number before the first command
    out = []
    start: Point | None = None
    cx = cy = 0.0  # the current point
    # the last curve's second control point, for S (cubic) and T (quadratic), else None
    cubic: Point | None = None
    quad: Point | None = None
    for k in range(1, len(parts), 2):
        cmd = parts[k]
        try:
            # (+ 0.0: as the token parser adds the origin, which makes -0 a 0)
            v = [float(n) + 0.0 for n in parts[k + 1].replace(",", " ").split()]
        except ValueError:  # numbers without a separator between them, or a stray "e"
            return None
        upper = cmd.upper()
        if upper == "Z":
            if v or start is None:
                return None
            out.append(CLOSE)
            cx, cy = start
            start, cubic, quad = None, None, None
            continue
        arity = _ARITY[upper]
        if not v or len(v) % arity:
            return None
        rel = cmd.islower()
        if upper == "M":
            ox, oy = (cx, cy) if rel else (0.0, 0.0)
            cx, cy = v[0] + ox, v[1] + oy
            out += (MOVE, cx, cy)
            start, cubic, quad = (cx, cy), None, None
            upper, v = "L", v[2:]  # implicit repeats of a moveto are linetos
        elif start is None:
            start = (cx, cy)  # a command after Z without M: a new subpath from there
            out += (MOVE, cx, cy)
        for i in range(0, len(v), arity):
            ox, oy = (cx, cy) if rel else (0.0, 0.0)
            if upper == "L":
                cx, cy = v[i] + ox, v[i + 1] + oy
                out += (LINE, cx, cy)
                cubic = quad = None
            elif upper == "H":
                cx = v[i] + ox
                out += (LINE, cx, cy)
                cubic = quad = None
            elif upper == "V":
                cy = v[i] + oy
                out += (LINE, cx, cy)
                cubic = quad = None
            elif upper in "CS":
                if upper == "C":
                    c1 = (v[i] + ox, v[i + 1] + oy)
                    i += 2
                else:
                    c1 = _reflect(cubic, (cx, cy))
                c2 = (v[i] + ox, v[i + 1] + oy)
                cx, cy = v[i + 2] + ox, v[i + 3] + oy
                out += (CUBIC, *c1, *c2, cx, cy)
                cubic, quad = c2, None
            else:  # Q, T
                if upper == "Q":
                    c = (v[i] + ox, v[i + 1] + oy)
                    i += 2
                else:
                    c = _reflect(quad, (cx, cy))
                cx, cy = v[i] + ox, v[i + 1] + oy
                out += (QUAD, *c, cx, cy)
                quad, cubic = c, None
    return out


def _parse_path_text(d: str) -> tuple[Subpath, ...]:
    tokens = list(_tokenize(d))
    subpaths: list[Subpath] = []
    segments: list[Segment] = []
    start: Point | None = None
    current: Point = (0.0, 0.0)
    last_cubic_ctrl: Point | None = None
    last_quad_ctrl: Point | None = None
    i = 0
    cmd: str | None = None
    cmd_pos = 0

    def finish(closed: bool) -> None:
        nonlocal segments, start
        if start is not None:
            subpaths.append(Subpath(start, tuple(segments), closed))
        segments = []
        start = None

    while i < len(tokens):
        kind, text, pos = tokens[i]
        if kind == "cmd":
            if text in "Aa":
                raise PathSyntaxError(
                    f"arcs are not supported: command {text!r} at position {pos}"
                )
            cmd, cmd_pos = text, pos
            i += 1
            if cmd in "Zz":
                if start is None:
                    raise PathSyntaxError(f"{cmd!r} without a current subpath at position {pos}")
                current = start
                finish(closed=True)
                # A command after Z without M starts a new subpath at the same point.
                last_cubic_ctrl = last_quad_ctrl = None
                continue
        elif cmd is None:
            raise PathSyntaxError(
                f"path must start with a command, found {text!r} at position {pos}"
            )
        elif cmd in "Zz":
            raise PathSyntaxError(f"unexpected number {text!r} after {cmd!r} at position {pos}")
        assert cmd is not None
        upper = cmd.upper()
        n = _ARITY[upper]
        args: list[float] = []
        for k in range(n):
            if i + k >= len(tokens):
                raise PathSyntaxError(
                    f"command {cmd!r} at position {cmd_pos} expects {n} numbers, path ended"
                )
            kkind, ktext, kpos = tokens[i + k]
            if kkind != "num":
                raise PathSyntaxError(
                    f"command {cmd!r} at position {cmd_pos} expects a number, found {ktext!r} "
                    f"at position {kpos}"
                )
            args.append(float(ktext))
        i += n
        rel = cmd.islower()
        origin = current if rel else (0.0, 0.0)
        pts = [(args[k] + origin[0], args[k + 1] + origin[1]) for k in range(0, n - 1, 2)]

        if upper == "M":
            finish(closed=False)
            current = pts[0]
            start = current
            cmd = "l" if rel else "L"  # implicit repeats of a moveto are linetos
            last_cubic_ctrl = last_quad_ctrl = None
            continue
        if start is None:
            start = current
        if upper == "L":
            current = pts[0]
            segments.append(Line(current))
            last_cubic_ctrl = last_quad_ctrl = None
        elif upper == "H":
            current = (args[0] + origin[0], current[1])
            segments.append(Line(current))
            last_cubic_ctrl = last_quad_ctrl = None
        elif upper == "V":
            current = (current[0], args[0] + (current[1] if rel else 0.0))
            segments.append(Line(current))
            last_cubic_ctrl = last_quad_ctrl = None
        elif upper == "C":
            c1, c2, end = pts[0], pts[1], pts[2]
            segments.append(Cubic(c1, c2, end))
            current, last_cubic_ctrl, last_quad_ctrl = end, c2, None
        elif upper == "S":
            c1 = _reflect(last_cubic_ctrl, current)
            c2, end = pts[0], pts[1]
            segments.append(Cubic(c1, c2, end))
            current, last_cubic_ctrl, last_quad_ctrl = end, c2, None
        elif upper == "Q":
            c, end = pts[0], pts[1]
            segments.append(Quad(c, end))
            current, last_quad_ctrl, last_cubic_ctrl = end, c, None
        elif upper == "T":
            c = _reflect(last_quad_ctrl, current)
            end = pts[0]
            segments.append(Quad(c, end))
            current, last_quad_ctrl, last_cubic_ctrl = end, c, None
    finish(closed=False)
    return tuple(subpaths)


def _reflect(ctrl: Point | None, about: Point) -> Point:
    if ctrl is None:
        return about
    return (2 * about[0] - ctrl[0], 2 * about[1] - ctrl[1])


# --------------------------------------------------------------------------- flattening


#: Recursion limit of the flattener whatever the tolerance asks for: 2**16 pieces per curve.
MAX_DEPTH = 16
#: Points one path may flatten to. The shipped regions need at most a few hundred; a path
#: needing more is damaged or hostile (8 KB of extreme curves once took over 20 s).
MAX_FLAT_POINTS = 100_000


def _depth_for(p0: Point, p1: Point, p2: Point, p3: Point, tol: float) -> int:
    """How deep halving must go for every piece to lie within ``tol`` of the curve.

    Wang's formula: ``n = sqrt(3 * 2 * M / (8 * tol))`` equal pieces suffice, M being the
    largest second difference of the control points; halving reaches n pieces at depth
    ceil(log2 n). A curve with non-finite control points is not subdivided at all (the
    atlas refuses its coordinates afterwards).
    """
    m = max(math.hypot(p0[0] - 2 * p1[0] + p2[0], p0[1] - 2 * p1[1] + p2[1]),
            math.hypot(p1[0] - 2 * p2[0] + p3[0], p1[1] - 2 * p2[1] + p3[1]))
    if not math.isfinite(m):
        return 0
    pieces = math.sqrt(0.75 * m / tol)
    if pieces <= 1.0:
        return 0
    return min(MAX_DEPTH, math.ceil(math.log2(pieces)))


def _flatten_cubic(
    p0: Point, p1: Point, p2: Point, p3: Point, tol: float, out: list[Point], depth: int = 0,
    max_depth: int = MAX_DEPTH,
) -> None:
    flat = depth >= max_depth
    if not flat:
        # whether both inner control points lie within ``tol`` of the chord p0-p3 (of
        # the line through it; of p0 when p3 is p0): a rebuilt bundle asks it of some
        # 15,000 curves
        dx, dy = p3[0] - p0[0], p3[1] - p0[1]
        norm = math.hypot(dx, dy)
        if norm == 0.0:
            far = max(math.hypot(p1[0] - p0[0], p1[1] - p0[1]),
                      math.hypot(p2[0] - p0[0], p2[1] - p0[1]))
        else:
            far = max(abs((p1[0] - p0[0]) * dy - (p1[1] - p0[1]) * dx) / norm,
                      abs((p2[0] - p0[0]) * dy - (p2[1] - p0[1]) * dx) / norm)
        flat = far <= tol
    if flat:
        out.append(p3)
        if len(out) > MAX_FLAT_POINTS:
            raise PathSyntaxError(
                f"path too detailed: more than {MAX_FLAT_POINTS} points at a tolerance of "
                f"{tol:g} (are its coordinates far outside the drawing?)")
        return
    m01 = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2)
    m12 = ((p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2)
    m23 = ((p2[0] + p3[0]) / 2, (p2[1] + p3[1]) / 2)
    a = ((m01[0] + m12[0]) / 2, (m01[1] + m12[1]) / 2)
    b = ((m12[0] + m23[0]) / 2, (m12[1] + m23[1]) / 2)
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    _flatten_cubic(p0, m01, a, mid, tol, out, depth + 1, max_depth)
    _flatten_cubic(mid, b, m23, p3, tol, out, depth + 1, max_depth)


def _flatten_curve(p0: Point, p1: Point, p2: Point, p3: Point, tol: float,
                   out: list[Point]) -> None:
    _flatten_cubic(p0, p1, p2, p3, tol, out, 0, _depth_for(p0, p1, p2, p3, tol))


def flatten_cubic(p0: Point, p1: Point, p2: Point, p3: Point, tolerance: float) -> list[Point]:
    """Points approximating one cubic Bézier within ``tolerance``, excluding its start.

    The atlas generator (tools/atlas) flattens its splines with this too, so the faces it
    builds and the regions the app hit-tests come from one implementation.
    """
    out: list[Point] = []
    _flatten_cubic(p0, p1, p2, p3, tolerance, out)
    return out


def flatten(subpaths: Sequence[Subpath], tolerance: float = 0.25) -> tuple[tuple[Point, ...], ...]:
    """Approximate each subpath by a polygon (one implicitly closed ring per subpath).

    Raises PathSyntaxError when a subpath would need more than MAX_FLAT_POINTS points.
    """
    return flatten_commands(commands_of(subpaths), tolerance)


def flatten_commands(commands: Sequence[float], tolerance: float = 0.25
                     ) -> tuple[tuple[Point, ...], ...]:
    """``flatten`` of the subpaths in their flat command form (``path_commands``), without
    making them: the same rings. ValueError for a stream that draws before a move."""
    if tolerance <= 0:
        raise ValueError("tolerance must be positive")
    rings: list[tuple[Point, ...]] = []
    pts: list[Point] = []
    drawing = False  # a subpath is open (pts holds its points)
    cur: Point = (0.0, 0.0)
    i, n = 0, len(commands)
    while i < n:
        op = commands[i]
        if op == MOVE:
            if drawing:
                rings.append(_ring(pts))
            cur = (commands[i + 1], commands[i + 2])
            pts, drawing = [cur], True
            i += 3
            continue
        if not drawing:
            raise ValueError(f"path commands at {i} draw before a move")
        if op == CUBIC:
            end = (commands[i + 5], commands[i + 6])
            _flatten_curve(cur, (commands[i + 1], commands[i + 2]),
                           (commands[i + 3], commands[i + 4]), end, tolerance, pts)
            cur = end
            i += 7
        elif op == LINE:
            cur = (commands[i + 1], commands[i + 2])
            pts.append(cur)
            i += 3
        elif op == QUAD:
            control, end = (commands[i + 1], commands[i + 2]), (commands[i + 3], commands[i + 4])
            # Exact degree elevation keeps one flattening routine.
            c1 = (
                cur[0] + 2 / 3 * (control[0] - cur[0]),
                cur[1] + 2 / 3 * (control[1] - cur[1]),
            )
            c2 = (
                end[0] + 2 / 3 * (control[0] - end[0]),
                end[1] + 2 / 3 * (control[1] - end[1]),
            )
            _flatten_curve(cur, c1, c2, end, tolerance, pts)
            cur = end
            i += 5
        else:  # CLOSE
            rings.append(_ring(pts))
            drawing = False
            i += 1
    if drawing:
        rings.append(_ring(pts))
    return tuple(rings)


def _ring(pts: list[Point]) -> tuple[Point, ...]:
    if len(pts) > 1 and pts[-1] == pts[0]:
        pts.pop()
    return tuple(pts)


# --------------------------------------------------------------------------- measures


def _edges(ring: Sequence[Point]) -> Iterator[tuple[Point, Point]]:
    """Each point of ``ring`` with the next, the last with the first."""
    if not ring:
        return iter(())
    return zip(ring, (*ring[1:], ring[0]), strict=True)


def contains(rings: Sequence[Sequence[Point]], p: Point) -> bool:
    """Even-odd point-in-polygon test over all rings."""
    x, y = p
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in _edges(ring):
            if (y1 > y) != (y2 > y):
                xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                if x < xi:
                    inside = not inside
    return inside


def _signed_area(ring: Sequence[Point]) -> float:
    s = 0.0
    for (x1, y1), (x2, y2) in _edges(ring):
        s += x1 * y2 - x2 * y1
    return s / 2


def signed_area(ring: Sequence[Point]) -> float:
    """Shoelace area of one ring; its sign tells the winding (positive: clockwise on screen)."""
    return _signed_area(ring)


def ring_area(ring: Sequence[Point]) -> float:
    """Unsigned area enclosed by one ring."""
    return abs(_signed_area(ring))


def area(rings: Sequence[Sequence[Point]]) -> float:
    """Even-odd area: rings nested an odd number of times inside others count as holes."""
    total = 0.0
    for k, ring in enumerate(rings):
        if not ring:
            continue
        depth = sum(
            1 for j, other in enumerate(rings) if j != k and other and contains([other], ring[0])
        )
        total += -ring_area(ring) if depth % 2 else ring_area(ring)
    return total


def bounds(rings: Sequence[Sequence[Point]]) -> tuple[float, float, float, float]:
    """Axis-aligned bounds (min_x, min_y, max_x, max_y) of all rings."""
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    if not xs:
        raise ValueError("no points")
    return min(xs), min(ys), max(xs), max(ys)


def segment_distance(p: Point, a: Point, b: Point) -> float:
    """Distance from ``p`` to the closed segment ``a``-``b``."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0.0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ll))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    """True when the open segments a-b and c-d cross at one interior point (touching is not)."""

    def orient(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    o1, o2 = orient(a, b, c), orient(a, b, d)
    o3, o4 = orient(c, d, a), orient(c, d, b)
    return (o1 * o2 < 0) and (o3 * o4 < 0)


def _boundary_distance(rings: Sequence[Sequence[Point]], p: Point) -> float:
    return min((segment_distance(p, a, b) for r in rings for a, b in _edges(r)), default=math.inf)


_Edge = tuple[float, float, float, float, float, float]


def _edge_list(rings: Sequence[Sequence[Point]]) -> list[_Edge]:
    """Every edge of ``rings`` as (x1, y1, y2, dx, dy, dx² + dy²), in ring order."""
    return [(x1, y1, y2, x2 - x1, y2 - y1, (x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1))
            for r in rings for (x1, y1), (x2, y2) in _edges(r)]


def _signed_distance_to(edges: list[_Edge], x: float, y: float) -> float:
    """The distance from (x, y) to the nearest edge of ``_edge_list`` (``segment_distance``),
    negative outside the rings (even-odd, as ``contains``): the same numbers as those two
    give, in one pass (``interior_point`` asks it thousands of times of a region)."""
    best = math.inf
    first = True
    inside = False
    hypot = math.hypot
    for x1, y1, y2, dx, dy, ll in edges:
        # segment_distance, written out (its max(0, min(1, t)) as two tests)
        if ll == 0.0:
            t = 0.0
        else:
            t = ((x - x1) * dx + (y - y1) * dy) / ll
            if not t < 1.0:
                t = 1.0
            elif not t > 0.0:
                t = 0.0
        d = hypot(x - x1 - t * dx, y - y1 - t * dy)
        if first or d < best:  # (as min() keeps the first of equal or unordered values)
            best, first = d, False
        # contains, written out
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * dx / dy:
            inside = not inside
    return best if inside else -best


def interior_point(rings: Sequence[Sequence[Point]], precision: float = 0.05) -> Point:
    """Approximate pole of inaccessibility (polylabel).

    The inside point farthest from the boundary.
    """
    min_x, min_y, max_x, max_y = bounds(rings)
    w, h = max_x - min_x, max_y - min_y
    cell = min(w, h)
    if cell == 0.0:
        return (min_x, min_y)
    half = cell / 2
    heap: list[tuple[float, int, float, float, float, float]] = []
    counter = 0
    edges = _edge_list(rings)

    def push(cx: float, cy: float, hh: float) -> None:
        nonlocal counter
        d = _signed_distance_to(edges, cx, cy)
        upper = d + hh * math.sqrt(2)
        heapq.heappush(heap, (-upper, counter, cx, cy, hh, d))
        counter += 1

    x = min_x
    while x < max_x:
        y = min_y
        while y < max_y:
            push(x + half, y + half, half)
            y += cell
        x += cell
    # Seed with the area centroid of the first ring: it wins for convex blobs.
    best_x, best_y = _centroid(rings)
    best_d = _signed_distance_to(edges, best_x, best_y)
    while heap:
        neg_upper, _, cx, cy, hh, d = heapq.heappop(heap)
        if d > best_d:
            best_x, best_y, best_d = cx, cy, d
        if -neg_upper - best_d <= precision:
            continue
        q = hh / 2
        push(cx - q, cy - q, q)
        push(cx + q, cy - q, q)
        push(cx - q, cy + q, q)
        push(cx + q, cy + q, q)
    return (best_x, best_y)


def _centroid(rings: Sequence[Sequence[Point]]) -> Point:
    sx = sy = sa = 0.0
    for ring in rings:
        for (x1, y1), (x2, y2) in _edges(ring):
            f = x1 * y2 - x2 * y1
            sx += (x1 + x2) * f
            sy += (y1 + y2) * f
            sa += f
    if sa == 0.0:
        return rings[0][0]
    return (sx / (3 * sa), sy / (3 * sa))


def inscribed_radius(rings: Sequence[Sequence[Point]]) -> float:
    """Distance from :func:`interior_point` to the nearest boundary."""
    return _boundary_distance(rings, interior_point(rings))


def shared_border_length(
    a_rings: Sequence[Sequence[Point]], b_rings: Sequence[Sequence[Point]], tol: float = 0.5
) -> float:
    """Length of a's boundary lying within ``tol`` of b's boundary."""
    cell = max(tol * 4, 4.0)
    grid: dict[tuple[int, int], list[tuple[Point, Point]]] = {}
    for ring in b_rings:
        for a, b in _edges(ring):
            x0 = math.floor((min(a[0], b[0]) - tol) / cell)
            x1 = math.floor((max(a[0], b[0]) + tol) / cell)
            y0 = math.floor((min(a[1], b[1]) - tol) / cell)
            y1 = math.floor((max(a[1], b[1]) + tol) / cell)
            for gx in range(x0, x1 + 1):
                for gy in range(y0, y1 + 1):
                    grid.setdefault((gx, gy), []).append((a, b))
    if not grid:
        return 0.0
    step = max(tol / 2, 0.05)
    total = 0.0
    for ring in a_rings:
        for a, b in _edges(ring):
            length = math.hypot(b[0] - a[0], b[1] - a[1])
            if length == 0.0:
                continue
            n = max(1, math.ceil(length / step))
            piece = length / n
            for k in range(n):
                t = (k + 0.5) / n
                p = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
                near = grid.get((math.floor(p[0] / cell), math.floor(p[1] / cell)), [])
                if any(segment_distance(p, s, e) <= tol for s, e in near):
                    total += piece
    return total
