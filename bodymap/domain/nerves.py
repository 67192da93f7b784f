"""Nerve-entrapment hypotheses (data/nerves.yaml): a nerve a tight muscle can squeeze, and the
areas where the person then feels it.

Written once for the body's left side with bare area names, like the muscle files; loading
builds the left instance as written and its mirror image on the right.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.domain.drawing import Quality
from bodymap.domain.errors import DataError, Problem, is_typo, suggest
from bodymap.domain.knowledge import KnowledgeBase
from bodymap.domain.records import record
from bodymap.domain.regions import RegionCatalogue, Side, region_id
from bodymap.domain.yamlfile import read_model

if TYPE_CHECKING:
    from bodymap.domain.schemas import EntrapmentSpec


@record(slots=True, kw_only=True)
class Entrapment:
    """One sided entrapment, e.g. ``sciatic_piriformis.left``."""

    id: str
    key: str
    nerve: str
    muscle: str
    side: Side
    site: str
    essential: frozenset[str]
    spillover: frozenset[str]
    qualities: tuple[Quality, ...]
    summary: str
    unverified: str | None = None
    sources: tuple[str, ...]

    @property
    def zone(self) -> frozenset[str]:
        return self.essential | self.spillover


def _sided(spec: EntrapmentSpec, side: Side) -> Entrapment:
    return Entrapment(
        id=f"{spec.id}.{side.value}", key=spec.id, nerve=spec.nerve, muscle=spec.muscle,
        side=side, site=region_id(side, spec.site),
        essential=frozenset(region_id(side, a) for a in spec.essential),
        spillover=frozenset(region_id(side, a) for a in spec.spillover),
        qualities=spec.qualities, summary=spec.summary, unverified=spec.unverified,
        sources=spec.sources,
    )


def load_nerves(path: Path, regions: RegionCatalogue,
                knowledge: KnowledgeBase) -> tuple[Entrapment, ...]:
    """Read and cross-check data/nerves.yaml; DataError lists every problem in it."""
    from bodymap.domain.schemas import NerveFile

    nf = read_model(path, NerveFile)
    problems: list[Problem] = []
    seen: set[str] = set()
    absent: set[str] = set()
    for i, spec in enumerate(nf.entrapments):
        where = f"entrapments[{i}]"
        if spec.id in seen:
            problems.append(Problem(path, f"{where}.id", "entrapment id used twice", spec.id))
        seen.add(spec.id)
        if spec.muscle not in knowledge.muscles:
            # any subset of the shipped muscles is valid data: an entrapment of a muscle the
            # folder lacks is left out, unless the name is a misspelling of one it has
            if is_typo(spec.muscle, knowledge.muscles):
                problems.append(Problem(path, f"{where}.muscle",
                                        "unknown muscle; use an id from data/muscles."
                                        f"{suggest(spec.muscle, knowledge.muscles)}",
                                        spec.muscle))
            absent.add(spec.id)
        fields: dict[str, tuple[str, ...]] = {
            "site": (spec.site,), "essential": spec.essential, "spillover": spec.spillover,
        }
        for name, areas in fields.items():
            for j, area in enumerate(areas):
                if not regions.has_area(area):
                    field = f"{where}.{name}" + ("" if name == "site" else f"[{j}]")
                    problems.append(Problem(path, field,
                                            "unknown area; use a name from data/regions.yaml."
                                            f"{suggest(area, regions.areas)}", area))
            if name != "site" and len(set(areas)) != len(areas):
                problems.append(Problem(path, f"{where}.{name}", "an area is listed twice",
                                        list(areas)))
        both = set(spec.essential) & set(spec.spillover)
        if both:
            problems.append(Problem(path, f"{where}.spillover",
                                    "area(s) already in essential; an area is either essential "
                                    "or spillover", sorted(both)))
    if problems:
        raise DataError(problems)
    return tuple(_sided(spec, side) for spec in nf.entrapments for side in Side
                 if spec.id not in absent)
