"""A tiny planar-map builder for the atlas views.

A view is described as smooth *chains* (polylines through points, turned into cubic
Bézier curves) and *labels* (a region id at a point). Chains are split wherever they
meet, the resulting edges are assembled into faces (a doubly connected edge list), and
each face takes the label lying inside it. Every edge is shared by the faces on its two
sides and written out once per side in opposite directions, so the regions of one view
tile the figure with no gaps and no overlaps by construction.

Symmetric views are authored for the half with x >= midline only; chains and labels
are mirrored and the labels take the other body side.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bodymap.domain import geometry

Pt = geometry.Point
# A cubic segment: start, control 1, control 2, end.
Seg = tuple[Pt, Pt, Pt, Pt]

VOID = "__void__"


def q(p: Pt) -> Pt:
    """Snap a coordinate to the output grid (1/100 unit) so shared points are identical."""
    return (round(p[0] + 0.0, 2) + 0.0, round(p[1] + 0.0, 2) + 0.0)


def spline(points: Sequence[Pt], closed: bool = False) -> list[Seg]:
    """Chord-length-parameterised Catmull-Rom spline through points, as cubic segments."""
    pts = [q(p) for p in points]
    if closed and pts[0] == pts[-1]:
        pts = pts[:-1]
    n = len(pts)
    if n < 2:
        raise ValueError(f"chain needs two points: {points}")

    def d(i: int, j: int) -> float:
        a, b = pts[i % n], pts[j % n]
        return math.hypot(b[0] - a[0], b[1] - a[1]) or 1e-9

    def tangent(i: int) -> Pt:
        # unit-speed tangent estimate at point i
        if closed or 0 < i < n - 1:
            a, b = pts[(i - 1) % n], pts[(i + 1) % n]
            s = d(i - 1, i) + d(i, i + 1)
            return ((b[0] - a[0]) / s, (b[1] - a[1]) / s)
        if i == 0:
            a, b = pts[0], pts[1]
            s = d(0, 1)
        else:
            a, b = pts[n - 2], pts[n - 1]
            s = d(n - 2, n - 1)
        return ((b[0] - a[0]) / s, (b[1] - a[1]) / s)

    segs: list[Seg] = []
    count = n if closed else n - 1
    for i in range(count):
        a, b = pts[i], pts[(i + 1) % n]
        chord = d(i, i + 1)
        ta, tb = tangent(i), tangent(i + 1)
        if n == 2:
            ta = tb = ((b[0] - a[0]) / chord, (b[1] - a[1]) / chord)
        c1 = (a[0] + ta[0] * chord / 3, a[1] + ta[1] * chord / 3)
        c2 = (b[0] - tb[0] * chord / 3, b[1] - tb[1] * chord / 3)
        segs.append((a, q(c1), q(c2), b))
    return segs


def flatten_seg(s: Seg, tol: float = 0.1) -> list[Pt]:
    """Points after the start of one cubic (excluding the start)."""
    return geometry.flatten_cubic(*s, tol)


def reverse(segs: Sequence[Seg]) -> list[Seg]:
    return [(s[3], s[2], s[1], s[0]) for s in reversed(segs)]


def mirror_pt(p: Pt, axis: float) -> Pt:
    return q((2 * axis - p[0], p[1]))


@dataclass
class Chain:
    points: list[Pt]
    closed: bool = False


@dataclass
class Edge:
    segs: list[Seg]
    poly: list[Pt]  # flattened, from start to end

    @property
    def u(self) -> Pt:
        return self.segs[0][0]

    @property
    def v(self) -> Pt:
        return self.segs[-1][3]

    @property
    def length(self) -> float:
        return sum(math.dist(a, b) for a, b in itertools.pairwise(self.poly))


@dataclass
class Face:
    halfedges: list[tuple[int, bool]]  # (edge index, forward?)
    poly: list[Pt]
    signed_area: float
    label: str | None = None


@dataclass
class View:
    name: str
    width: float
    height: float
    mirror_axis: float | None = None
    chains: list[Chain] = field(default_factory=list)
    labels: list[tuple[str, Pt]] = field(default_factory=list)
    details: list[Chain] = field(default_factory=list)

    # ---- authoring
    def chain(self, *points: Pt) -> None:
        self.chains.append(Chain([q(p) for p in points]))

    def loop(self, *points: Pt) -> None:
        pts = [q(p) for p in points]
        self.chains.append(Chain([*pts, pts[0]], closed=True))

    def label(self, region: str, p: Pt) -> None:
        self.labels.append((region, q(p)))

    def void(self, p: Pt) -> None:
        self.labels.append((VOID, q(p)))

    def detail(self, *points: Pt, closed: bool = False) -> None:
        pts = [q(p) for p in points]
        self.details.append(Chain(pts + ([pts[0]] if closed else []), closed=closed))


def _mirror_label(region: str) -> str:
    if region.startswith("left."):
        return "right." + region[5:]
    if region.startswith("right."):
        return "left." + region[6:]
    return region


def expand_mirror(view: View) -> View:
    """Return the full view: authored half plus its mirror image."""
    if view.mirror_axis is None:
        return view
    ax = view.mirror_axis
    out = View(view.name, view.width, view.height, None)
    for c in view.chains:
        out.chains.append(c)
        if all(abs(p[0] - ax) < 1e-9 for p in c.points):
            continue  # lies on the midline: shared, not duplicated
        out.chains.append(Chain([mirror_pt(p, ax) for p in c.points], c.closed))
    for region, p in view.labels:
        out.labels.append((region, p))
        out.labels.append((_mirror_label(region), mirror_pt(p, ax)))
    for c in view.details:
        out.details.append(c)
        if all(abs(p[0] - ax) < 1e-9 for p in c.points):
            continue
        out.details.append(Chain([mirror_pt(p, ax) for p in c.points], c.closed))
    return out


def mirror_view(view: View, name: str) -> View:
    """Mirror a whole (already expanded) view about its vertical centre line, swapping sides."""
    ax = view.width / 2
    out = View(name, view.width, view.height, None)
    out.chains = [Chain([mirror_pt(p, ax) for p in c.points], c.closed) for c in view.chains]
    out.labels = [(_mirror_label(r), mirror_pt(p, ax)) for r, p in view.labels]
    out.details = [Chain([mirror_pt(p, ax) for p in c.points], c.closed) for c in view.details]
    return out


# --------------------------------------------------------------------------- the map


class MapError(ValueError):
    pass


@dataclass
class PlanarMap:
    edges: list[Edge]
    faces: list[Face]
    # for each edge: (face index on the forward side, face index on the reverse side)
    edge_faces: list[tuple[int, int]]


def build(view: View) -> PlanarMap:
    chains = view.chains
    # 1. vertices: chain ends, and any point shared by two chains (or repeated in one)
    count: dict[Pt, int] = defaultdict(int)
    for c in chains:
        for p in set(c.points[:-1] if c.closed else c.points):
            count[p] += 1
    vertices: set[Pt] = set()
    for c in chains:
        if not c.closed:
            vertices.add(c.points[0])
            vertices.add(c.points[-1])
    vertices |= {p for p, k in count.items() if k > 1}

    # 2. edges: each chain's spline cut at vertices
    edges: list[Edge] = []
    seen: set[tuple[Pt, ...]] = set()
    for c in chains:
        segs = spline(c.points, closed=c.closed)
        cuts = [i for i, s in enumerate(segs) if s[0] in vertices]
        if c.closed:
            if not cuts:
                cuts = [0]
            segs = segs[cuts[0]:] + segs[: cuts[0]]
            cuts = [i - cuts[0] for i in cuts]
        else:
            if 0 not in cuts:
                cuts = [0, *cuts]
        for lo, hi in itertools.pairwise([*cuts, len(segs)]):
            piece = segs[lo:hi]
            if not piece:
                continue
            key = tuple(p for s in piece for p in s)
            rkey = tuple(p for s in reverse(piece) for p in s)
            if key in seen or rkey in seen:
                continue
            seen.add(key)
            flat = [piece[0][0]]
            for s in piece:
                flat.extend(flatten_seg(s))
            edges.append(Edge(list(piece), flat))

    check_crossings(view.name, edges)

    # 3. rotation system
    out: dict[Pt, list[tuple[float, int, bool]]] = defaultdict(list)
    for i, e in enumerate(edges):
        for fwd in (True, False):
            walk = e.poly if fwd else e.poly[::-1]
            o = walk[0]
            total = 0.0
            probe = walk[-1]
            for p0, p1 in itertools.pairwise(walk):
                total += math.dist(p0, p1)
                if total >= 1.0:
                    probe = p1
                    break
            ang = math.atan2(probe[1] - o[1], probe[0] - o[0])
            out[o].append((ang, i, fwd))
    for lst in out.values():
        lst.sort()

    def nxt(i: int, fwd: bool) -> tuple[int, bool]:
        e = edges[i]
        v = e.v if fwd else e.u
        lst = out[v]
        k = next(k for k, (_, j, f) in enumerate(lst) if j == i and f == (not fwd))
        _, j, f = lst[(k - 1) % len(lst)]
        return j, f

    # 4. faces
    visited: set[tuple[int, bool]] = set()
    faces: list[Face] = []
    edge_faces = [[-1, -1] for _ in edges]
    for i in range(len(edges)):
        for fwd in (True, False):
            if (i, fwd) in visited:
                continue
            cyc: list[tuple[int, bool]] = []
            h = (i, fwd)
            while h not in visited:
                visited.add(h)
                cyc.append(h)
                h = nxt(*h)
            poly: list[Pt] = []
            for j, f in cyc:
                pl = edges[j].poly if f else edges[j].poly[::-1]
                poly.extend(pl[:-1])
            fi = len(faces)
            for j, f in cyc:
                edge_faces[j][0 if f else 1] = fi
            faces.append(Face(cyc, poly, geometry.signed_area(poly)))
    big = max(faces, key=lambda f: abs(f.signed_area))
    inner_sign = -math.copysign(1.0, big.signed_area)

    # 5. labels
    for region, p in view.labels:
        hits = [
            face for face in faces
            if math.copysign(1.0, face.signed_area) == inner_sign
            and geometry.contains([face.poly], p)
        ]
        if not hits:
            raise MapError(f"{view.name}: label {region} at {p} lies in no face")
        # innermost face containing the point
        target = min(hits, key=lambda face: abs(face.signed_area))
        if target.label is not None and target.label != region:
            raise MapError(f"{view.name}: face holds both {target.label} and {region} (at {p})")
        target.label = region
    for face in faces:
        if math.copysign(1.0, face.signed_area) != inner_sign:
            face.label = VOID
        elif face.label is None:
            x0 = min(p[0] for p in face.poly)
            y0 = min(p[1] for p in face.poly)
            x1 = max(p[0] for p in face.poly)
            y1 = max(p[1] for p in face.poly)
            raise MapError(
                f"{view.name}: unlabelled face, bbox ({x0:.1f},{y0:.1f})-({x1:.1f},{y1:.1f}), "
                f"area {abs(face.signed_area):.1f}"
            )
    return PlanarMap(edges, faces, [(a, b) for a, b in edge_faces])


def check_crossings(name: str, edges: list[Edge]) -> None:
    cell = 6.0
    grid: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for i, e in enumerate(edges):
        for k, (a, b) in enumerate(itertools.pairwise(e.poly)):
            for gx in range(int(min(a[0], b[0]) // cell), int(max(a[0], b[0]) // cell) + 1):
                for gy in range(int(min(a[1], b[1]) // cell), int(max(a[1], b[1]) // cell) + 1):
                    grid[(gx, gy)].append((i, k))
    problems: set[tuple[int, int]] = set()
    for items in grid.values():
        for x in range(len(items)):
            for y in range(x + 1, len(items)):
                (i, k), (j, m) = items[x], items[y]
                if i == j and abs(k - m) <= 1:
                    continue
                a, b = edges[i].poly[k], edges[i].poly[k + 1]
                c, d = edges[j].poly[m], edges[j].poly[m + 1]
                if {a, b} & {c, d}:
                    continue
                if geometry.segments_cross(a, b, c, d):
                    problems.add((min(i, j), max(i, j)))
    if problems:
        msgs = []
        for i, j in sorted(problems)[:8]:
            msgs.append(f"edge {edges[i].u}->{edges[i].v} crosses {edges[j].u}->{edges[j].v}")
        raise MapError(f"{name}: crossing edges:\n  " + "\n  ".join(msgs))


# --------------------------------------------------------------------------- outputs


def region_loops(pm: PlanarMap, accept: Iterable[str]) -> list[list[Seg]]:
    """Boundary loops of the union of faces whose label is in ``accept``."""
    acc = set(accept)
    inside = [f.label in acc for f in pm.faces]
    faces_of_he: dict[tuple[int, bool], int] = {}
    for i, (ff, fr) in enumerate(pm.edge_faces):
        faces_of_he[(i, True)] = ff
        faces_of_he[(i, False)] = fr
    # next pointers along faces
    nxt: dict[tuple[int, bool], tuple[int, bool]] = {}
    for f in pm.faces:
        cyc = f.halfedges
        for k, h in enumerate(cyc):
            nxt[h] = cyc[(k + 1) % len(cyc)]

    def is_boundary(h: tuple[int, bool]) -> bool:
        return inside[faces_of_he[h]] and not inside[faces_of_he[(h[0], not h[1])]]

    loops: list[list[Seg]] = []
    used: set[tuple[int, bool]] = set()
    order = sorted(
        (h for h in faces_of_he if is_boundary(h)),
        key=lambda h: (pm.edges[h[0]].u if h[1] else pm.edges[h[0]].v, h),
    )
    for h0 in order:
        if h0 in used:
            continue
        loop: list[Seg] = []
        h = h0
        while h not in used:
            used.add(h)
            e = pm.edges[h[0]]
            loop.extend(e.segs if h[1] else reverse(e.segs))
            n = nxt[h]
            guard = 0
            while not is_boundary(n):
                n = nxt[(n[0], not n[1])]
                guard += 1
                if guard > 10000:
                    raise MapError("boundary walk did not terminate")
            h = n
        loops.append(_rotate_canonical(loop))
    loops.sort(key=lambda lp: lp[0][0])
    return loops


def _rotate_canonical(loop: list[Seg]) -> list[Seg]:
    k = min(range(len(loop)), key=lambda i: (loop[i][0][1], loop[i][0][0]))
    return loop[k:] + loop[:k]


def fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def path_d(loops: Sequence[Sequence[Seg]]) -> str:
    parts: list[str] = []
    for loop in loops:
        s0 = loop[0][0]
        parts.append(f"M{fmt(s0[0])} {fmt(s0[1])}")
        for _, c1, c2, e in loop:
            parts.append(
                f"C{fmt(c1[0])} {fmt(c1[1])} {fmt(c2[0])} {fmt(c2[1])} {fmt(e[0])} {fmt(e[1])}"
            )
        parts.append("Z")
    return " ".join(parts)


def open_path_d(chain: Chain) -> str:
    return segs_d(spline(chain.points, closed=chain.closed), chain.closed)


def segs_d(segs: Sequence[Seg], closed: bool = False) -> str:
    """Path data for a run of cubics (a decorative line; closed when ``closed``)."""
    s0 = segs[0][0]
    parts = [f"M{fmt(s0[0])} {fmt(s0[1])}"]
    for _, c1, c2, e in segs:
        parts.append(
            f"C{fmt(c1[0])} {fmt(c1[1])} {fmt(c2[0])} {fmt(c2[1])} {fmt(e[0])} {fmt(e[1])}"
        )
    if closed:
        parts.append("Z")
    return " ".join(parts)


def adjacency(pm: PlanarMap, min_length: float = 2.0) -> set[tuple[str, str]]:
    total: dict[tuple[str, str], float] = defaultdict(float)
    for e, (a, b) in zip(pm.edges, pm.edge_faces, strict=True):
        la, lb = pm.faces[a].label, pm.faces[b].label
        if la is None or lb is None or VOID in (la, lb) or la == lb:
            continue
        key = (min(la, lb), max(la, lb))
        total[key] += e.length
    return {k for k, v in total.items() if v >= min_length}
