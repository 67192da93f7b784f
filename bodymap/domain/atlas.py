"""The body atlas: which regions each SVG view shows, their outlines, and who borders whom.

SVGs are parsed with defusedxml (no DTDs, entities or external references), so a hostile or
broken file is refused with a message instead of expanding or fetching anything.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import field, replace
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.domain import geometry
from bodymap.domain.errors import DataError, Problem, ProblemList
from bodymap.domain.files import FileTooLargeError, NotRegularFileError, read_regular_file
from bodymap.domain.geometry import Point, Subpath
from bodymap.domain.records import record
from bodymap.domain.regions import RegionCatalogue, Side, View
from bodymap.domain.yamlfile import read_model

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    # the female figure's deformation: imported when her folder is loaded or her part of a
    # bundle decoded (bundle.py names the class), not by a start that shows the male figure
    from bodymap.domain.figure_shape import FigureShape

_SVG = "{http://www.w3.org/2000/svg}"
#: Our views are well under 1 MB; refuse anything far larger before parsing it.
MAX_SVG_BYTES = 5_000_000


@record
class RegionShape:
    """One region's outline in one view."""

    id: str
    d: str

    @cached_property
    def subpaths(self) -> tuple[Subpath, ...]:
        return geometry.parse_path(self.d)

    @cached_property
    def rings(self) -> tuple[tuple[Point, ...], ...]:
        return geometry.flatten_commands(geometry.path_commands(self.d))

    @cached_property
    def bounds(self) -> tuple[float, float, float, float]:
        return geometry.bounds(self.rings)

    @cached_property
    def centre(self) -> Point:
        """A point well inside the outline (where labels and default markers go).

        Half a unit of precision is plenty for placing an X; finer costs up to 90 ms for a
        long thin region.
        """
        return geometry.interior_point(self.rings, precision=0.5)

    def contains(self, p: Point) -> bool:
        x0, y0, x1, y1 = self.bounds
        if not (x0 <= p[0] <= x1 and y0 <= p[1] <= y1):
            return False
        return geometry.contains(self.rings, p)


@record
class MuscleShape:
    """One muscle's outline on one body side in one view (assets/muscles/<view>.svg).

    ``d`` is the closed outline; ``fibres`` are open paths showing the fibre direction (none for
    deep muscles, which the app draws see-through with a dashed outline).
    """

    muscle: str
    side: Side
    d: str
    deep: bool
    form: str
    fibres: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return muscle_element_id(self.muscle, self.side)

    @cached_property
    def rings(self) -> tuple[tuple[Point, ...], ...]:
        return geometry.flatten_commands(geometry.path_commands(self.d))

    @cached_property
    def bounds(self) -> tuple[float, float, float, float]:
        return geometry.bounds(self.rings)

    def contains(self, p: Point) -> bool:
        x0, y0, x1, y1 = self.bounds
        if not (x0 <= p[0] <= x1 and y0 <= p[1] <= y1):
            return False
        return geometry.contains(self.rings, p)


def muscle_element_id(muscle: str, side: Side) -> str:
    """The SVG id of a muscle outline: ``muscle.<muscle_id>.<left|right>``."""
    return f"muscle.{muscle}.{side.value}"


@record
class AtlasView:
    view: View
    width: float
    height: float
    regions: Mapping[str, RegionShape]
    details: tuple[str, ...] = ()
    silhouette: str | None = None
    #: The muscle layer of this view, keyed by element id (``muscle.<id>.<side>``).
    muscles: Mapping[str, MuscleShape] = field(default_factory=dict)

    def muscle(self, muscle: str, side: Side) -> MuscleShape | None:
        """The outline of ``muscle`` on ``side`` in this view, or None where it is not drawn."""
        return self.muscles.get(muscle_element_id(muscle, side))

    def region_at(self, p: Point) -> str | None:
        for rid, shape in self.regions.items():
            if shape.contains(p):
                return rid
        return None


@record
class Atlas:
    views: Mapping[View, AtlasView]
    adjacency: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: How this figure differs from the base (male) figure, from the folder's shape.json;
    #: None for the base figure itself. Marker positions in data/muscles are given on the
    #: base figure and moved onto this one with it.
    shape: FigureShape | None = None

    def views_of(self, rid: str) -> tuple[View, ...]:
        return tuple(v for v, av in self.views.items() if rid in av.regions)

    @property
    def widths(self) -> dict[View, float]:
        return {v: av.width for v, av in self.views.items()}

    def muscle_views(self, muscle: str, side: Side = Side.LEFT) -> tuple[View, ...]:
        """The views in which ``muscle`` has an outline on ``side``."""
        return tuple(v for v, av in self.views.items() if av.muscle(muscle, side) is not None)

    def on_figure(self, view: View, p: Point) -> Point:
        """A point given on the base figure (a marker in data/muscles), on this figure."""
        return p if self.shape is None else self.shape.warp(view, p)

    def marker_positions(self, region: str, explicit: Mapping[View, Point]) -> dict[View, Point]:
        """Where a trigger point's X goes in every view showing its region.

        ``explicit`` positions are on the base figure and are moved onto this one; without
        one the X goes to the region's own centre on this figure."""
        out: dict[View, Point] = {}
        for view in self.views_of(region):
            given = explicit.get(view)
            out[view] = (self.on_figure(view, given) if given
                         else self.views[view].regions[region].centre)
        return out


def _parse_svg(path: Path) -> ET.Element:
    # imported here: a start that reads the validated bundle parses no SVG
    import xml.etree.ElementTree as ET

    import defusedxml
    import defusedxml.ElementTree as SafeET

    try:
        raw = read_regular_file(path, MAX_SVG_BYTES)
    except NotRegularFileError as exc:
        raise DataError([Problem(path, "", "is not a regular file (a pipe, device or "
                                 "folder?); an SVG view must be an ordinary file")]) from exc
    except FileTooLargeError as exc:
        raise DataError([Problem(path, "", f"SVG is more than the {MAX_SVG_BYTES} bytes "
                                 "allowed")]) from exc
    except OSError as exc:
        raise DataError([Problem(path, "", f"cannot read the SVG: {exc.strerror}")]) from exc
    try:
        root = SafeET.fromstring(raw, forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        raise DataError([Problem(path, "", f"refused unsafe XML ({type(exc).__name__}): "
                                 "SVGs may not contain DTDs, entities or external references")]
                        ) from exc
    except ET.ParseError as exc:
        line, col = exc.position
        raise DataError([Problem(path, f"line {line}, column {col + 1}",
                                 f"broken SVG: {exc}")]) from exc
    if root is None:
        raise DataError([Problem(path, "", "empty SVG document")])
    return root


def _unknown_region(path: Path, field: str, regions: RegionCatalogue, rid: str) -> Problem:
    return Problem(path, field, regions.unknown_message(rid))


def _unusable(rings: tuple[tuple[Point, ...], ...]) -> str:
    """Why an outline cannot be a clickable region, or '' when it can."""
    if not any(len(r) >= 3 for r in rings):
        return "empty outline: a region needs at least one closed shape"
    # (a sum of numbers is finite only if they all are, so the sum, in C, answers for nearly
    # every outline; a finite sum that grows past a float's range is looked at one by one)
    if not math.isfinite(sum(sum(map(sum, r)) for r in rings)) and \
            not all(math.isfinite(c) for r in rings for p in r for c in p):
        return "coordinates out of range (not finite numbers)"
    if geometry.area(rings) <= 0.0:
        return "outline encloses no area"
    return ""


def load_view(path: Path, view: View, regions: RegionCatalogue) -> AtlasView:
    root = _parse_svg(path)
    problems = ProblemList()
    if root.tag not in (f"{_SVG}svg", "svg"):
        raise DataError([Problem(path, "", "not an SVG document", root.tag)])
    try:
        _, _, w, h = (float(v) for v in root.get("viewBox", "").replace(",", " ").split())
    except ValueError as exc:
        raise DataError([Problem(path, "viewBox", "needs four numbers",
                                 root.get("viewBox"))]) from exc
    shapes: dict[str, RegionShape] = {}
    details: list[str] = []
    silhouette: str | None = None
    for el in root.iter():
        if el.tag not in (f"{_SVG}path", "path"):
            continue
        d = el.get("d", "")
        rid = el.get("id")
        cls = el.get("class", "")
        if cls == "region":
            if rid is None or rid not in regions:
                problems.add(partial(_unknown_region, path, f"path id={rid!r}", regions,
                                     str(rid)))
                continue
            if rid in shapes:
                problems.add(Problem(path, f"path id={rid!r}", "region drawn twice"))
                continue
            if problems.unlisted:
                continue  # past the listing limit: checking more shapes only costs time
            try:
                shape = RegionShape(rid, d)
                why = _unusable(shape.rings)
            except geometry.PathSyntaxError as exc:
                why = str(exc)
            if why:
                problems.add(Problem(path, f"path id={rid!r} d", why))
                continue
            shapes[rid] = shape
        elif cls == "detail":
            details.append(d)
        elif rid == "silhouette":
            silhouette = d
    problems.raise_if_any()
    return AtlasView(view, w, h, shapes, tuple(details), silhouette)


_MUSCLE_ID = re.compile(r"^muscle\.([a-z0-9_]+)\.(left|right)$")


def load_muscle_layer(path: Path, view: View) -> dict[str, MuscleShape]:
    """The muscle outlines of one view; DataError names the file, element and value at fault.

    Which muscle ids exist is checked against the knowledge base by the dataset loader.
    """
    root = _parse_svg(path)
    if root.tag not in (f"{_SVG}svg", "svg"):
        raise DataError([Problem(path, "", "not an SVG document", root.tag)])
    problems: list[Problem] = []
    shapes: dict[str, MuscleShape] = {}
    fibres: dict[str, list[str]] = {}
    for el in root.iter():
        if el.tag not in (f"{_SVG}path", "path"):
            continue
        cls = el.get("class", "")
        if cls == "fibre":
            owner = el.get("data-for", "")
            fibres.setdefault(owner, []).append(el.get("d", ""))
            continue
        if cls != "muscle":
            continue
        eid = el.get("id") or ""
        where = f"path id={eid!r}"
        m = _MUSCLE_ID.match(eid)
        if m is None:
            problems.append(Problem(path, where, "a muscle path id must read "
                                    "muscle.<muscle_id>.<left|right>", eid))
            continue
        side = Side(m.group(2))
        mirror_only = {View.LEFT: Side.LEFT, View.RIGHT: Side.RIGHT}.get(view)
        if mirror_only is not None and side is not mirror_only:
            problems.append(Problem(path, where, f"the {view.value} view shows only the "
                                    f"{mirror_only.value} side", side.value))
            continue
        if eid in shapes:
            problems.append(Problem(path, where, "muscle outline drawn twice"))
            continue
        deep = el.get("data-deep", "0")
        if deep not in ("0", "1"):
            problems.append(Problem(path, f"{where} data-deep", "must be 0 or 1", deep))
            continue
        shape = MuscleShape(m.group(1), side, el.get("d", ""), deep == "1",
                            el.get("data-form", ""))
        try:
            why = _unusable(shape.rings)
        except geometry.PathSyntaxError as exc:
            why = str(exc)
        if why:
            problems.append(Problem(path, f"{where} d", why))
            continue
        shapes[eid] = shape
    for owner, ds in fibres.items():
        if owner not in shapes:
            problems.append(Problem(path, f"fibre data-for={owner!r}",
                                    "fibre lines belong to no muscle outline in this file"))
            continue
        for d in ds:
            try:
                geometry.path_commands(d)
            except geometry.PathSyntaxError as exc:
                problems.append(Problem(path, f"fibre data-for={owner!r} d", str(exc)))
        base = shapes[owner]
        shapes[owner] = MuscleShape(base.muscle, base.side, base.d, base.deep, base.form,
                                    tuple(ds))
    if problems:
        raise DataError(problems)
    return shapes


def load_adjacency(path: Path, regions: RegionCatalogue) -> dict[str, frozenset[str]]:
    from bodymap.domain.schemas import AdjacencyFile

    parsed = read_model(path, AdjacencyFile)
    out: dict[str, set[str]] = {}
    problems = ProblemList()
    for i, (a, b) in enumerate(parsed.pairs):
        for r in (a, b):
            if r not in regions:
                problems.add(partial(_unknown_region, path, f"pairs[{i}]", regions, r))
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    problems.raise_if_any()
    return {k: frozenset(v) for k, v in out.items()}


def load_atlas(assets: Path, data: Path, regions: RegionCatalogue) -> Atlas:
    """Load one figure: every view in the folder ``assets`` (with its muscle layer from
    ``assets/muscles`` when present), its shape.json when it has one (the female figure in
    assets/female does; the base figure in assets does not), and the adjacency table from
    ``data``, which serves every figure (the generator makes sure their regions border each
    other alike)."""
    views: dict[View, AtlasView] = {}
    problems = ProblemList()
    from bodymap.domain.figure_shape import SHAPE_FILE, load_figure_shape

    shape: FigureShape | None = None
    shape_path = assets / SHAPE_FILE
    if shape_path.exists():
        try:
            shape = load_figure_shape(shape_path)
        except DataError as exc:
            problems.extend(exc)
    for view in View:
        path = assets / f"{view.value}.svg"
        if not path.exists():
            problems.add(Problem(path, "", "view SVG is missing"))
            continue
        try:
            views[view] = load_view(path, view, regions)
        except DataError as exc:
            problems.extend(exc)
            continue
        # The muscle layer is optional per view: a view without one simply shows no muscles.
        layer = assets / "muscles" / f"{view.value}.svg"
        if layer.exists():
            try:
                views[view] = replace(views[view], muscles=load_muscle_layer(layer, view))
            except DataError as exc:
                problems.extend(exc)
    adjacency: dict[str, frozenset[str]] = {}
    adj_path = data / "adjacency.yaml"
    try:
        adjacency = load_adjacency(adj_path, regions)
    except DataError as exc:
        problems.extend(exc)
    problems.raise_if_any()
    return Atlas(views, adjacency, shape)
