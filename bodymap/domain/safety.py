"""Red flags: symptoms and pain drawings that mean "see a clinician", not "press here"."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from bodymap.domain.errors import Problem, ProblemList, suggest
from bodymap.domain.regions import RegionCatalogue
from bodymap.domain.yamlfile import read_model

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    URGENT = "urgent"
    SOON = "soon"

    @property
    def rank(self) -> int:
        return {"emergency": 0, "urgent": 1, "soon": 2}[self.value]


class RedFlag(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Text
    question: Text
    urgency: Urgency
    advice: Text


class RedFlagPattern(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Text
    title: Text
    all_of: Annotated[tuple[Annotated[tuple[Text, ...], Field(min_length=1)], ...],
                      Field(min_length=1)]
    advice: Text

    def matches(self, painful: Iterable[str]) -> bool:
        painful = set(painful)
        areas = {r.partition(".")[2] for r in painful}
        return all(
            any((term in painful) if "." in term else (term in areas) for term in group)
            for group in self.all_of
        )


class _SafetyFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    checklist: Annotated[tuple[RedFlag, ...], Field(min_length=1)]
    patterns: tuple[RedFlagPattern, ...] = ()


@dataclass(frozen=True)
class Alert:
    """One reason to see a clinician, shown until its cause goes away."""

    id: str
    title: str
    advice: str
    urgency: Urgency


@dataclass(frozen=True)
class SafetyRules:
    checklist: tuple[RedFlag, ...]
    patterns: tuple[RedFlagPattern, ...]

    def alerts(self, painful: Iterable[str], ticked: Iterable[str]) -> tuple[Alert, ...]:
        """Every alert that applies, most urgent first."""
        ticked = set(ticked)
        out = [Alert(f.id, f.question, f.advice, f.urgency)
               for f in self.checklist if f.id in ticked]
        painful = tuple(painful)
        out += [Alert(p.id, p.title, p.advice, Urgency.URGENT)
                for p in self.patterns if p.matches(painful)]
        return tuple(sorted(out, key=lambda a: a.urgency.rank))


def _unknown_term(path: Path, field: str, term: str, regions: RegionCatalogue) -> Problem:
    return Problem(path, field,
                   f"unknown region or area.{suggest(term, [*regions, *regions.areas])}", term)


def load_safety(path: Path, regions: RegionCatalogue) -> SafetyRules:
    parsed = read_model(path, _SafetyFile)
    problems = ProblemList()
    ids: set[str] = set()
    for i, p in enumerate(parsed.patterns):
        for j, group in enumerate(p.all_of):
            for k, term in enumerate(group):
                ok = term in regions if "." in term else regions.has_area(term)
                if not ok:
                    problems.add(partial(_unknown_term, path, f"patterns[{i}].all_of[{j}][{k}]",
                                         term, regions))
    for fid in [f.id for f in parsed.checklist] + [p.id for p in parsed.patterns]:
        if fid in ids:
            problems.add(Problem(path, "id", "id used twice", fid))
        ids.add(fid)
    problems.raise_if_any()
    return SafetyRules(parsed.checklist, parsed.patterns)

