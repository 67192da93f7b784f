"""Red flags: symptoms and pain drawings that mean "see a clinician", not "press here".

Three kinds of rule live in ``data/red_flags.yaml``:

* **checklist** items the user ticks ("numbness between the legs");
* drawing **patterns**: combinations of painful areas (and, optionally, how they feel) that
  can come from the heart, a nerve root, a kidney... rather than from a muscle;
* **gates**: "do not self-treat if..." questions shown *before* a technique that presses on
  the calf, the front of the neck, the abdomen or the groin.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from enum import StrEnum
from functools import cached_property, lru_cache, partial
from pathlib import Path

from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.errors import Problem, ProblemList, suggest
from bodymap.domain.records import record
from bodymap.domain.regions import RegionCatalogue, RegionId, Side
from bodymap.domain.yamlfile import read_model


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    URGENT = "urgent"
    SOON = "soon"

    @property
    def rank(self) -> int:
        return {"emergency": 0, "urgent": 1, "soon": 2}[self.value]


class Sides(StrEnum):
    """How a drawing pattern treats the two sides of the body.

    ``any``: each group may be met on either side (chest on the left, arm on the right).
    ``same``: every group must be met on one and the same side (a strip down one leg).
    ``one``: as ``same``, but on one side only; the same strip on both sides is left to a
    rule of its own (both legs point to the whole spinal canal rather than one nerve root).
    """

    ANY = "any"
    SAME = "same"
    ONE = "one"


# The rules of data/red_flags.yaml, checked by schemas.SafetyFile when the file is read.
@record(slots=True, kw_only=True)
class RedFlag:
    """A symptom the user ticks."""

    id: str
    question: str
    urgency: Urgency
    advice: str
    source: str = ""


@record(slots=True, kw_only=True)
class QualityGroup:
    """Areas that count only when they feel a certain way (e.g. numb or pins and needles)."""

    areas: tuple[str, ...]
    quality: tuple[Quality, ...]


Group = tuple[str, ...] | QualityGroup


def _terms(group: Group) -> tuple[str, ...]:
    return group.areas if isinstance(group, QualityGroup) else group


@record(slots=True, kw_only=True)
class RedFlagPattern:
    """A pain drawing that matches when at least one painful region meets every group.

    A term is an area name (``calf_upper``: either side, or the side in question for a
    ``same``/``one`` rule) or a region id (``left.armpit``: only that side).
    """

    id: str
    title: str
    all_of: tuple[Group, ...]
    advice: str
    urgency: Urgency = Urgency.URGENT
    sides: Sides = Sides.ANY
    source: str = ""

    def matches(self, painful: Iterable[str] | PainDrawing) -> bool:
        return bool(self.evidence(painful))

    def evidence(self, painful: Iterable[str] | PainDrawing) -> tuple[str, ...]:
        """The painful regions that make the pattern match (sorted), or () if it does not."""
        feel = _feel(painful)
        if self.sides is Sides.ANY:
            return self._met(feel, None)
        met = {side: self._met(feel, side) for side in Side}
        hits = [found for found in met.values() if found]
        if self.sides is Sides.ONE and len(hits) != 1:
            return ()
        return tuple(sorted({rid for found in hits for rid in found}))

    def _met(self, feel: dict[str, Quality], side: Side | None) -> tuple[str, ...]:
        """Regions meeting each group (on ``side`` for bare areas when given); () unless all do."""
        used: set[str] = set()
        for group in self.all_of:
            qualities = group.quality if isinstance(group, QualityGroup) else None
            found = {rid for rid, q in feel.items()
                     if (qualities is None or q in qualities)
                     and any(_term_covers(term, rid, side) for term in _terms(group))}
            if not found:
                return ()
            used |= found
        return tuple(sorted(used))


def _term_covers(term: str, rid: str, side: Side | None) -> bool:
    if "." in term:
        return term == rid
    area, rid_side = _area_and_side(rid)
    return area == term and (side is None or rid_side is side)


@lru_cache(maxsize=4096)
def _area_and_side(rid: str) -> tuple[str, Side]:
    """A region id's area and side, checked and split once per id: every click tests the
    drawing against the patterns again (about 180 term-against-region tests), and parsing
    the id each time (its pattern, the Side lookup) was a tenth of it (70.7 -> 63.8 us a
    drawing of 1-8 regions)."""
    parsed = RegionId(rid)
    return parsed.area, parsed.side


def _feel(painful: Iterable[str] | PainDrawing) -> dict[str, Quality]:
    """Painful region -> how it feels (aching unless the drawing says otherwise)."""
    if isinstance(painful, PainDrawing):
        return {rid: painful.quality(rid) for rid in painful}
    return dict.fromkeys(painful, Quality.ACHE)


@record(slots=True, kw_only=True)
class Gate:
    """Questions to answer before a technique that presses on a vulnerable place.

    ``muscles`` names the muscles whose self-release presses there; a "yes" to any
    question means: do not self-treat, follow ``advice``.
    """

    id: str
    title: str
    muscles: tuple[str, ...]
    questions: tuple[str, ...]
    advice: str
    source: str = ""


#: How a rule's ``source`` cites an entry of ``references``: ``[FIN20]``.
_TAG = re.compile(r"\[([A-Za-z0-9_]+)\]")


@record
class Alert:
    """One reason to see a clinician, shown until its cause goes away.

    ``because``: the ticked checklist id, or the painful regions that matched the pattern.
    """

    id: str
    title: str
    advice: str
    urgency: Urgency
    because: tuple[str, ...] = ()
    source: str = ""


@record
class SafetyRules:
    checklist: tuple[RedFlag, ...]
    patterns: tuple[RedFlagPattern, ...]
    gates: tuple[Gate, ...] = ()
    references: tuple[tuple[str, str], ...] = ()  # (tag, full citation), in file order

    def cite(self, source: str) -> tuple[str, ...]:
        """The full citations a ``source`` text refers to by tag, in order, each once."""
        table = dict(self.references)
        tags = dict.fromkeys(_TAG.findall(source))
        return tuple(table[t] for t in tags if t in table)

    def alerts(self, painful: Iterable[str] | PainDrawing,
               ticked: Iterable[str] = ()) -> tuple[Alert, ...]:
        """Every alert that applies, most urgent first.

        ``painful`` is a PainDrawing (its pain qualities then count) or plain region ids.
        """
        ticked = set(ticked)
        out = [Alert(f.id, f.question, f.advice, f.urgency, (f.id,), f.source)
               for f in self.checklist if f.id in ticked]
        drawing = painful if isinstance(painful, PainDrawing) else tuple(painful)
        for p in self.patterns:
            because = p.evidence(drawing)
            if because:
                out.append(Alert(p.id, p.title, p.advice, p.urgency, because, p.source))
        return tuple(sorted(out, key=lambda a: a.urgency.rank))

    @property
    def checklist_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.checklist)

    def watches(self, region: str) -> bool:
        """Whether some drawing rule looks at this region (or its area): a reason to suggest
        a look at the red flags, long before any rule matches."""
        watched = self._watched
        return region in watched or RegionId(region).area in watched

    @cached_property
    def _watched(self) -> frozenset[str]:
        return frozenset(t for p in self.patterns for g in p.all_of for t in _terms(g))

    def gates_for(self, muscle: str) -> tuple[Gate, ...]:
        """The "do not self-treat if..." questions to show before this muscle's technique."""
        return tuple(g for g in self.gates if muscle in g.muscles)


def _unknown_term(path: Path, field: str, term: str, regions: RegionCatalogue) -> Problem:
    return Problem(path, field,
                   f"unknown region or area.{suggest(term, [*regions, *regions.areas])}", term)


def load_safety(path: Path, regions: RegionCatalogue,
                muscles: Collection[str] | None = None) -> SafetyRules:
    """Read and check the rules. ``muscles``: known muscle ids to check the gates against.

    The dataset loader passes None: any subset of the shipped muscles is valid data, so a
    gate naming a muscle that is not loaded simply never applies. A test checks that the
    shipped gates name only shipped muscles.
    """
    from bodymap.domain.schemas import SafetyFile, convert

    parsed = read_model(path, SafetyFile)
    checklist = tuple(convert(flag, RedFlag) for flag in parsed.checklist)
    patterns = tuple(convert(pattern, RedFlagPattern) for pattern in parsed.patterns)
    gates = tuple(convert(gate, Gate) for gate in parsed.gates)
    problems = ProblemList()
    for i, p in enumerate(patterns):
        for j, group in enumerate(p.all_of):
            inner = ".areas" if isinstance(group, QualityGroup) else ""
            for k, term in enumerate(_terms(group)):
                ok = term in regions if "." in term else regions.has_area(term)
                if not ok:
                    problems.add(partial(_unknown_term, path,
                                         f"patterns[{i}].all_of[{j}]{inner}[{k}]", term, regions))
    ids: set[str] = set()
    every = [f.id for f in checklist] + [p.id for p in patterns] + [g.id for g in gates]
    for fid in every:
        if fid in ids:
            problems.add(Problem(path, "id", "id used twice", fid))
        ids.add(fid)
    sections: tuple[tuple[str, tuple[RedFlag | RedFlagPattern | Gate, ...]], ...] = (
        ("checklist", checklist), ("patterns", patterns), ("gates", gates))
    for section, rules_in in sections:
        for i, rule in enumerate(rules_in):
            for tag in _TAG.findall(rule.source):
                if tag not in parsed.references:
                    problems.add(Problem(
                        path, f"{section}[{i}].source",
                        f"cites [{tag}], which is not under references."
                        f"{suggest(tag, parsed.references)}", rule.source))
    rules = SafetyRules(checklist, patterns, gates, tuple(parsed.references.items()))
    if muscles is not None:
        for problem in check_gate_muscles(rules, muscles, path):
            problems.add(problem)
    problems.raise_if_any()
    return rules


def check_gate_muscles(rules: SafetyRules, muscles: Collection[str],
                       path: Path) -> list[Problem]:
    """Every muscle a gate names exists in the knowledge base."""
    return [
        Problem(path, f"gates[{i}].muscles[{k}]",
                f"unknown muscle.{suggest(mid, muscles)}", mid)
        for i, gate in enumerate(rules.gates)
        for k, mid in enumerate(gate.muscles) if mid not in muscles
    ]
