"""The trigger-point knowledge base: muscles, trigger points, referral zones, self-care.

Muscle files (data/muscles/<id>.yaml) describe each trigger point once, for the body's left
side, with bare area names. Loading builds both sided instances: ``left`` as written, and its
mirror image on the ``right``. See docs/knowledge-format.md.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.domain.errors import DataError, Problem, ProblemList, suggest
from bodymap.domain.knowledge_base import KnowledgeBase as KnowledgeBase  # re-exported
from bodymap.domain.records import record
from bodymap.domain.regions import (
    RegionCatalogue,
    Side,
    View,
    region_id,
)
from bodymap.domain.yamlfile import read_model
from bodymap.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # the files' pydantic schemas: imported by a validating load only (see schemas.py)
    from bodymap.domain.schemas import MuscleFile, TriggerPointSpec

Point = tuple[float, float]


class MuscleGroup(StrEnum):
    HEAD_FACE = "head_face"
    NECK = "neck"
    SHOULDER_CHEST = "shoulder_chest"
    ARM_HAND = "arm_hand"
    TRUNK = "trunk"
    PELVIS_HIP = "pelvis_hip"
    THIGH_KNEE = "thigh_knee"
    LEG = "leg"
    FOOT = "foot"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


# marked for the window's Muscles tab, which shows them translated (context "Knowledge")
_GROUP_LABELS = {
    MuscleGroup.HEAD_FACE: QT_TRANSLATE_NOOP("Knowledge", "Head and face"),
    MuscleGroup.NECK: QT_TRANSLATE_NOOP("Knowledge", "Neck"),
    MuscleGroup.SHOULDER_CHEST: QT_TRANSLATE_NOOP("Knowledge", "Shoulder girdle and chest"),
    MuscleGroup.ARM_HAND: QT_TRANSLATE_NOOP("Knowledge", "Arm and hand"),
    MuscleGroup.TRUNK: QT_TRANSLATE_NOOP("Knowledge", "Trunk"),
    MuscleGroup.PELVIS_HIP: QT_TRANSLATE_NOOP("Knowledge", "Pelvis and hip"),
    MuscleGroup.THIGH_KNEE: QT_TRANSLATE_NOOP("Knowledge", "Thigh and knee"),
    MuscleGroup.LEG: QT_TRANSLATE_NOOP("Knowledge", "Lower leg"),
    MuscleGroup.FOOT: QT_TRANSLATE_NOOP("Knowledge", "Foot"),
}


class Prevalence(StrEnum):
    VERY_COMMON = "very_common"
    COMMON = "common"
    OCCASIONAL = "occasional"
    RARE = "rare"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """In English; the card shows it translated (context "Knowledge")."""
        return _PREVALENCE_LABELS[self]


# how often a trigger point is found, as the card says it beside the point's name
_PREVALENCE_LABELS = {
    Prevalence.VERY_COMMON: QT_TRANSLATE_NOOP("Knowledge", "very common"),
    Prevalence.COMMON: QT_TRANSLATE_NOOP("Knowledge", "common"),
    Prevalence.OCCASIONAL: QT_TRANSLATE_NOOP("Knowledge", "occasional"),
    Prevalence.RARE: QT_TRANSLATE_NOOP("Knowledge", "rare"),
    Prevalence.UNKNOWN: QT_TRANSLATE_NOOP("Knowledge", "unknown"),
}


class ReleaseTool(StrEnum):
    BALL_WALL = "ball_wall"
    BALL_FLOOR = "ball_floor"
    THUMB = "thumb"
    FINGERS = "fingers"
    PINCER = "pincer"
    ELBOW = "elbow"
    KNUCKLES = "knuckles"
    HAND = "hand"
    MASSAGE_TOOL = "massage_tool"

    @property
    def label(self) -> str:
        """In English; the card shows it translated (context "Knowledge")."""
        return _TOOL_LABELS[self]


# what to press a trigger point with, as the card's "Use:" line lists it
_TOOL_LABELS = {
    ReleaseTool.BALL_WALL: QT_TRANSLATE_NOOP("Knowledge", "ball against a wall"),
    ReleaseTool.BALL_FLOOR: QT_TRANSLATE_NOOP("Knowledge", "ball on the floor"),
    ReleaseTool.THUMB: QT_TRANSLATE_NOOP("Knowledge", "thumb"),
    ReleaseTool.FINGERS: QT_TRANSLATE_NOOP("Knowledge", "fingertips"),
    ReleaseTool.PINCER: QT_TRANSLATE_NOOP("Knowledge", "pincer grip"),
    ReleaseTool.ELBOW: QT_TRANSLATE_NOOP("Knowledge", "elbow"),
    ReleaseTool.KNUCKLES: QT_TRANSLATE_NOOP("Knowledge", "knuckles"),
    ReleaseTool.HAND: QT_TRANSLATE_NOOP("Knowledge", "hand"),
    ReleaseTool.MASSAGE_TOOL: QT_TRANSLATE_NOOP("Knowledge", "massage tool"),
}


class PrecautionKind(StrEnum):
    DO_NOT_PRESS = "do_not_press"
    CONDITION = "condition"
    STOP_IF = "stop_if"


@record(slots=True, kw_only=True)
class Attachments:
    origin: str
    insertion: str


@record(slots=True, kw_only=True)
class Release:
    """How to release the muscle's trigger points at home."""

    find: str
    position: str
    tools: tuple[ReleaseTool, ...]
    steps: tuple[str, ...]
    pressure: str
    duration: str
    frequency: str
    what_to_feel: str


@record(slots=True, kw_only=True)
class Stretch:
    """A self-stretch (name, steps, hold, repetitions), or the reason there is none."""

    name: str | None = None
    steps: tuple[str, ...] = ()
    hold: str | None = None
    repetitions: str | None = None
    none_reason: str | None = None


@record(slots=True, kw_only=True)
class Precaution:
    kind: PrecautionKind
    text: str


@record(slots=True, kw_only=True)
class TriggerPoint:
    """One sided trigger point, e.g. ``quadratus_lumborum.superficial_upper.left``."""

    id: str
    muscle: str
    key: str
    name: str
    side: Side
    location: str
    region: str
    essential: frozenset[str]
    spillover: frozenset[str]
    prevalence: Prevalence
    prevalence_note: str | None = None
    markers: dict[View, Point] = dataclasses.field(default_factory=dict)

    @property
    def zone(self) -> frozenset[str]:
        return self.essential | self.spillover

    def __hash__(self) -> int:
        # the id is unique and every other field follows from it; hashing the id also
        # spares the markers mapping, which is not hashable
        return hash(self.id)


@record(slots=True, kw_only=True)
class Muscle:
    """A muscle as its file (data/muscles/<id>.yaml, checked by schemas.MuscleFile)
    describes it, with its sided trigger points."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    group: MuscleGroup
    summary: str
    attachments: Attachments
    action: str
    innervation: str
    symptoms: tuple[str, ...] = ()
    activating_factors: tuple[str, ...] = ()
    perpetuating_factors: tuple[str, ...] = ()
    release: Release
    stretch: Stretch
    precautions: tuple[Precaution, ...]
    sources: tuple[str, ...]
    #: what the content review could not confirm in the sources (a chapter number, a detail
    #: of a pattern), one plain sentence each; empty when everything was checked
    unverified: tuple[str, ...] = ()
    trigger_points: tuple[TriggerPoint, ...]

    def points_on(self, side: Side) -> tuple[TriggerPoint, ...]:
        return tuple(tp for tp in self.trigger_points if tp.side is side)


def _sided(spec: TriggerPointSpec, muscle: str, side: Side,
           mirror_marker: Mapping[View, float]) -> TriggerPoint:
    same, other = side, side.other
    markers: dict[View, Point] = {}
    for view, (x, y) in spec.markers.items():
        if side is Side.LEFT:
            markers[view] = (x, y)
        else:
            width = mirror_marker.get(view)
            if width is not None:
                markers[view.mirror] = (width - x, y)
    return TriggerPoint(
        id=f"{muscle}.{spec.id}.{side.value}",
        muscle=muscle,
        key=spec.id,
        name=spec.name,
        side=side,
        location=spec.location,
        region=region_id(same, spec.region),
        essential=frozenset(
            [region_id(same, a) for a in spec.essential]
            + [region_id(other, a) for a in spec.essential_opposite]
        ),
        spillover=frozenset(
            [region_id(same, a) for a in spec.spillover]
            + [region_id(other, a) for a in spec.spillover_opposite]
        ),
        prevalence=spec.prevalence,
        prevalence_note=spec.prevalence_note,
        markers=markers,
    )


def _unknown_area(path: Path, field: str, area: str, regions: RegionCatalogue) -> Problem:
    return Problem(path, field, "unknown area; use a name from data/regions.yaml."
                   f"{suggest(area, regions.areas)}", area)


def check_muscle_file(path: Path, mf: MuscleFile, regions: RegionCatalogue) -> list[Problem]:
    """Cross-reference checks pydantic cannot do alone (the first MAX_LISTED_PROBLEMS)."""
    return _check_muscle_file(path, mf, regions).listed


def _check_muscle_file(path: Path, mf: MuscleFile, regions: RegionCatalogue) -> ProblemList:
    problems = ProblemList()
    if mf.id != path.stem:
        problems.add(Problem(path, "id", f"must equal the file name {path.stem!r}", mf.id))
    seen: set[str] = set()
    for i, tp in enumerate(mf.trigger_points):
        where = f"trigger_points[{i}]"
        if tp.id in seen:
            problems.add(Problem(path, f"{where}.id", "trigger point id used twice", tp.id))
        seen.add(tp.id)
        fields: dict[str, tuple[str, ...]] = {
            "region": (tp.region,),
            "essential": tp.essential,
            "spillover": tp.spillover,
            "essential_opposite": tp.essential_opposite,
            "spillover_opposite": tp.spillover_opposite,
        }
        for name, areas in fields.items():
            for j, area in enumerate(areas):
                if not regions.has_area(area):
                    field = f"{where}.{name}" + ("" if name == "region" else f"[{j}]")
                    problems.add(partial(_unknown_area, path, field, area, regions))
        for name, areas in fields.items():
            if name != "region" and len(set(areas)) != len(areas):
                problems.add(Problem(path, f"{where}.{name}", "an area is listed twice",
                                     list(areas)))
        for same_name, opp_name in (("essential", "spillover"),
                                    ("essential_opposite", "spillover_opposite")):
            both = set(fields[same_name]) & set(fields[opp_name])
            if both:
                problems.add(
                    Problem(path, f"{where}.{opp_name}",
                            f"area(s) already in {same_name}; an area is either essential "
                            "or spillover", sorted(both))
                )
    return problems


def load_muscle(path: Path, regions: RegionCatalogue,
                view_widths: Mapping[View, float] | None = None) -> Muscle:
    """Read and check one muscle file; raises DataError listing every problem in it."""
    from bodymap.domain.schemas import MuscleFile, convert

    mf = read_model(path, MuscleFile)
    _check_muscle_file(path, mf, regions).raise_if_any()
    widths = dict(view_widths or {})
    points = tuple(
        _sided(spec, mf.id, side, widths) for spec in mf.trigger_points for side in Side
    )
    return convert(mf, Muscle, trigger_points=points)


def load_knowledge(folder: Path, regions: RegionCatalogue,
                   view_widths: Mapping[View, float] | None = None) -> KnowledgeBase:
    """Load every ``*.yaml`` in ``folder``. Raises DataError with the problems of all files."""
    if not folder.is_dir():
        raise DataError([Problem(folder, "", "knowledge-base folder not found")])
    muscles: list[Muscle] = []
    problems = ProblemList()
    for path in sorted(folder.glob("*.yaml")):
        try:
            muscles.append(load_muscle(path, regions, view_widths))
        except DataError as exc:
            problems.extend(exc)
    problems.raise_if_any()
    if not muscles:
        raise DataError([Problem(folder, "", "no muscle files (*.yaml) found")])
    return KnowledgeBase(muscles, regions)
