"""The data files' schemas: pydantic models that check what data/*.yaml may say.

Only a validating load (``load_dataset``, ``bodymap validate``) imports this module. What the
rest of bodymap reads (Region, Muscle, TriggerPoint, RedFlagPattern, ModelParameters, ...) are
plain frozen dataclasses defined beside their logic in the domain modules; ``convert`` turns a
checked file model into them. So a start from the validated bundle (bodymap.domain.bundle)
never imports pydantic, which alone cost about as much as opening a bare Qt window.

A schema names its runtime class in ``RUNTIME`` and declares at least that class's fields
under the same names; ``convert`` copies them, converting nested schema models the same way.
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from bodymap.domain import figure_shape as shape
from bodymap.domain.drawing import Quality
from bodymap.domain.knowledge import (
    Attachments,
    MuscleGroup,
    Precaution,
    PrecautionKind,
    Prevalence,
    Release,
    ReleaseTool,
    Stretch,
)
from bodymap.domain.referral import (
    Credit,
    EvidencePrior,
    ModelParameters,
    MuscleParameters,
    NerveParameters,
)
from bodymap.domain.regions import View
from bodymap.domain.safety import Gate, RedFlag, RedFlagPattern, Sides, Urgency
from bodymap.domain.safety import QualityGroup as RuntimeQualityGroup

T = TypeVar("T")

AreaName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Terms = Annotated[tuple[Text, ...], Field(min_length=1)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    #: the plain class ``convert`` builds from this schema (None: a file-only schema)
    RUNTIME: ClassVar[type | None] = None


def convert(model: BaseModel, cls: type[T], **given: Any) -> T:
    """``cls`` (a dataclass) with its fields taken from the checked ``model``, nested schema
    models converted to their RUNTIME classes; ``given`` supplies or overrides fields."""
    assert dataclasses.is_dataclass(cls)
    values = {f.name: _runtime(getattr(model, f.name))
              for f in dataclasses.fields(cls) if f.name not in given}
    return cls(**values, **given)


def _runtime(value: Any) -> Any:
    if isinstance(value, _Frozen):
        runtime = type(value).RUNTIME
        if runtime is None:
            raise TypeError(f"{type(value).__name__} has no runtime class")
        return convert(value, runtime)
    if type(value) is tuple:
        return tuple(_runtime(v) for v in value)
    if type(value) is dict:
        return {k: _runtime(v) for k, v in value.items()}
    return value


# ------------------------------------------------------------------ regions.yaml, adjacency
class RegionsFile(_Frozen):
    groups: dict[AreaName, Annotated[str, Field(min_length=1)]]
    areas: dict[AreaName, dict[AreaName, Annotated[str, Field(min_length=1)]]]


class AdjacencyFile(_Frozen):
    pairs: list[tuple[str, str]]


# ------------------------------------------------------------------------- muscles/*.yaml
class AttachmentsSpec(_Frozen):
    RUNTIME = Attachments

    origin: Text
    insertion: Text


class ReleaseSpec(_Frozen):
    """How to release the muscle's trigger points at home."""

    RUNTIME = Release

    find: Text
    position: Text
    tools: Annotated[tuple[ReleaseTool, ...], Field(min_length=1)]
    steps: Annotated[tuple[Text, ...], Field(min_length=1)]
    pressure: Text
    duration: Text
    frequency: Text
    what_to_feel: Text


class StretchSpec(_Frozen):
    """A self-stretch, or the reason there is none."""

    RUNTIME = Stretch

    name: Text | None = None
    steps: tuple[Text, ...] = ()
    hold: Text | None = None
    repetitions: Text | None = None
    none_reason: Text | None = None

    @model_validator(mode="after")
    def _stretch_or_reason(self) -> StretchSpec:
        has_stretch = self.name is not None and bool(self.steps)
        if has_stretch == (self.none_reason is not None):
            raise ValueError(
                "give either a stretch (name and steps, with hold and repetitions) "
                "or none_reason, not both or neither"
            )
        if has_stretch and (self.hold is None or self.repetitions is None):
            raise ValueError("a stretch needs hold and repetitions")
        return self


class PrecautionSpec(_Frozen):
    RUNTIME = Precaution

    kind: PrecautionKind
    text: Text


class TriggerPointSpec(_Frozen):
    """A trigger point as written in a muscle file (left side, bare area names)."""

    id: Ident
    name: Text
    location: Text
    region: AreaName
    essential: Annotated[tuple[AreaName, ...], Field(min_length=1)]
    spillover: tuple[AreaName, ...] = ()
    essential_opposite: tuple[AreaName, ...] = ()
    spillover_opposite: tuple[AreaName, ...] = ()
    prevalence: Prevalence
    prevalence_note: Text | None = None
    markers: dict[View, tuple[float, float]] = Field(default_factory=dict)


class MuscleFile(_Frozen):
    """A muscle file; ``load_muscle`` builds the sided trigger points and the Muscle."""

    id: Ident
    name: Text
    aliases: tuple[Text, ...] = ()
    group: MuscleGroup
    summary: Text
    attachments: AttachmentsSpec
    action: Text
    innervation: Text
    symptoms: tuple[Text, ...] = ()
    activating_factors: tuple[Text, ...] = ()
    perpetuating_factors: tuple[Text, ...] = ()
    release: ReleaseSpec
    stretch: StretchSpec
    precautions: Annotated[tuple[PrecautionSpec, ...], Field(min_length=1)]
    sources: Annotated[tuple[Text, ...], Field(min_length=1)]
    #: what the content review could not confirm in the sources (a chapter number, a detail
    #: of a pattern), one plain sentence each; empty when everything was checked
    unverified: tuple[Text, ...] = ()
    trigger_points: Annotated[tuple[TriggerPointSpec, ...], Field(min_length=1)]


# ------------------------------------------------------------------------------ model.yaml
class _Numbers(_Frozen):
    # allow_inf_nan=False: NaN passes every ge/le test, and would print as invalid JSON
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False,
                              defer_build=True)


class CreditSpec(_Numbers):
    RUNTIME = Credit

    essential: float = Field(gt=0, le=1)
    spillover: float = Field(gt=0, le=1)
    local: float = Field(ge=0, le=1)
    local_with_referral: float = Field(ge=0, le=1)
    adjacent: float = Field(ge=0, le=1)


class EvidencePriorSpec(_Numbers):
    """Prior from a study's share of people with active trigger points (data/prevalence.yaml)."""

    RUNTIME = EvidencePrior

    floor: float = Field(gt=0, le=1)
    ceiling: float = Field(gt=0, le=1)
    saturation: float = Field(gt=0, le=1)


class MuscleParametersSpec(_Numbers):
    RUNTIME = MuscleParameters

    extra_point_penalty: float = Field(gt=0, le=1)
    both_sides_penalty: float = Field(gt=0, le=1)
    max_points: int = Field(ge=1, le=10)
    pool: int = Field(ge=1, le=100_000)


class NerveParametersSpec(_Numbers):
    RUNTIME = NerveParameters

    prior: float = Field(gt=0, le=1)
    prior_neural: float = Field(gt=0, le=1)
    burn_weight: float = Field(ge=0, le=1)


class ModelFile(_Numbers):
    RUNTIME = ModelParameters

    credit: CreditSpec
    intensity_floor: float = Field(ge=0, le=1)
    spillover_in_pattern: float = Field(ge=0, le=1)
    # powers above 10 would crush every score to ~0; the shipped values are 1 and 0.4
    coverage_power: float = Field(gt=0, le=10)
    specificity_power: float = Field(ge=0, le=10)
    # a prior is a belief in (0, 1]: scores stay within 0..1 only if it is
    prevalence_prior: dict[Prevalence, Annotated[float, Field(gt=0, le=1)]]
    combination_penalty: float = Field(gt=0, le=1)
    combination_pool: int = Field(ge=2, le=200)
    combination_per_region: int = Field(ge=1, le=50)
    evidence_prior: EvidencePriorSpec
    muscle: MuscleParametersSpec
    nerve: NerveParametersSpec


# -------------------------------------------------------------------------- red_flags.yaml
class RedFlagSpec(_Frozen):
    """A symptom the user ticks."""

    RUNTIME = RedFlag

    id: Text
    question: Text
    urgency: Urgency
    advice: Text
    source: str = ""


class QualityGroup(_Frozen):
    """Areas that count only when they feel a certain way (e.g. numb or pins and needles).

    Named as the runtime class: pydantic puts the name of the union member that failed in
    an error's field path (``all_of[1].QualityGroup.areas``)."""

    RUNTIME = RuntimeQualityGroup

    areas: Terms
    quality: Annotated[tuple[Quality, ...], Field(min_length=1)]


class RedFlagPatternSpec(_Frozen):
    RUNTIME = RedFlagPattern

    id: Text
    title: Text
    all_of: Annotated[tuple[Terms | QualityGroup, ...], Field(min_length=1)]
    advice: Text
    urgency: Urgency = Urgency.URGENT
    sides: Sides = Sides.ANY
    source: str = ""


class GateSpec(_Frozen):
    RUNTIME = Gate

    id: Text
    title: Text
    muscles: Terms
    questions: Terms
    advice: Text
    source: str = ""


class SafetyFile(_Frozen):
    references: dict[Text, Text] = Field(default_factory=dict)
    checklist: Annotated[tuple[RedFlagSpec, ...], Field(min_length=1)]
    patterns: tuple[RedFlagPatternSpec, ...] = ()
    gates: tuple[GateSpec, ...] = ()


# ----------------------------------------------------------------------------- nerves.yaml
class EntrapmentSpec(_Frozen):
    """An entrapment as written in data/nerves.yaml (left side, bare area names)."""

    id: Ident
    nerve: Text
    muscle: Ident
    site: AreaName
    essential: Annotated[tuple[AreaName, ...], Field(min_length=1)]
    spillover: tuple[AreaName, ...] = ()
    qualities: tuple[Quality, ...] = ()
    summary: Text
    unverified: Text | None = None
    sources: Annotated[tuple[Text, ...], Field(min_length=1)]


class NerveFile(_Frozen):
    entrapments: tuple[EntrapmentSpec, ...] = ()


# ------------------------------------------------------------------------- prevalence.yaml
PointRef = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")]
Share = Annotated[float, Field(ge=0.0, le=1.0)]


class Study(_Frozen):
    citation: Text
    population: Text


class PrevalenceEntry(_Frozen):
    trigger_points: Annotated[tuple[PointRef, ...], Field(min_length=1)]
    study: Ident
    active: tuple[Share, Share]
    note: Text

    @field_validator("active")
    @classmethod
    def _low_before_high(cls, active: tuple[float, float]) -> tuple[float, float]:
        low, high = active
        if low > high:
            raise ValueError("active must be [low, high] with low <= high")
        return active

    @property
    def midpoint(self) -> float:
        return (self.active[0] + self.active[1]) / 2.0


class PrevalenceFile(_Frozen):
    studies: Annotated[dict[Ident, Study], Field(min_length=1)]
    entries: tuple[PrevalenceEntry, ...] = ()


# --------------------------------------------------------------------------- glossary.yaml
class GlossaryEntry(_Frozen):
    term: Text
    plain: Text


class GlossaryFile(_Frozen):
    terms: Annotated[tuple[GlossaryEntry, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _terms_unique(self) -> GlossaryFile:
        seen: set[str] = set()
        for entry in self.terms:
            key = entry.term.casefold()
            if key in seen:
                raise ValueError(f"term {entry.term!r} is listed twice; keep one entry")
            seen.add(key)
        return self


# ----------------------------------------------------------------------- search_terms.yaml
class SearchTermSpec(_Frozen):
    """One entry as written in the file."""

    phrase: Text
    synonyms: tuple[Text, ...] = ()
    areas: Annotated[tuple[AreaName, ...], Field(min_length=1)]
    muscles: tuple[Text, ...] = ()
    red_flags: tuple[Text, ...] = ()
    caution: Text | None = None
    sources: tuple[Text, ...] = ()
    reasoning: Text | None = None
    unverified: Text | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.phrase, *self.synonyms)

    @model_validator(mode="after")
    def _backed(self) -> SearchTermSpec:
        # a clinical association without a source or a stated reason would be a rumour
        if not self.sources and self.reasoning is None:
            raise ValueError("give `sources` (where the association comes from) or "
                             "`reasoning` (why the entry maps as it does)")
        if self.muscles and not self.sources:
            raise ValueError("`muscles` names the muscles an expert lists first: give the "
                             "`sources` that name them, or drop `muscles` (the muscles whose "
                             "trigger points refer to the areas are shown anyway)")
        return self


class SearchTermsFile(_Frozen):
    terms: Annotated[tuple[SearchTermSpec, ...], Field(min_length=1)]


# ------------------------------------------------------------------ assets/<figure>/shape.json
class BandKnotSpec(_Frozen):
    RUNTIME = shape.BandKnot
    y: float
    trunk_scale: float = Field(gt=0.5, lt=1.5)
    seam: float = Field(gt=0)
    seam_width: float = Field(gt=0)
    arm_shift: float = 0.0
    arm_scale: float = Field(default=1.0, gt=0.5, lt=1.5)


class ProfileKnotSpec(_Frozen):
    RUNTIME = shape.ProfileKnot
    y: float
    surface: float
    push: float
    depth: float = Field(gt=0)


class FrontBackSpec(_Frozen):
    RUNTIME = shape.FrontBack
    knots: tuple[BandKnotSpec, ...]

    @model_validator(mode="after")
    def _order(self) -> FrontBackSpec:
        shape.sorted_by_y([k.y for k in self.knots], "front_back.knots")
        return self


class SideSpec(_Frozen):
    RUNTIME = shape.Side
    front: tuple[ProfileKnotSpec, ...]
    back: tuple[ProfileKnotSpec, ...]

    @model_validator(mode="after")
    def _order(self) -> SideSpec:
        shape.sorted_by_y([k.y for k in self.front], "side.front")
        shape.sorted_by_y([k.y for k in self.back], "side.back")
        return self


class SolesSpec(_Frozen):
    RUNTIME = shape.Soles
    scale: float = Field(gt=0.5, lt=1.5)


class FigureShapeSpec(_Frozen):
    """assets/<figure>/shape.json: how a figure differs from the base (male) figure."""

    RUNTIME = shape.FigureShape
    figure: str
    front_back: FrontBackSpec
    side: SideSpec
    soles: SolesSpec


SourceHash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]


# ------------------------------- data/i18n/<lang>/{regions,nerves}.yaml (place_names.py)
class SidedLabel(_Frozen):
    """An area's label with its side, as lists and the status bar show it."""

    left: Text
    right: Text


class AreaTranslation(_Frozen):
    label: SidedLabel
    place: Text


class RegionsTranslationFile(_Frozen):
    source_hash: SourceHash
    groups: dict[str, Text] = {}
    areas: dict[str, AreaTranslation] = {}


class NervesTranslationFile(_Frozen):
    source_hash: SourceHash
    nerves: dict[str, Text] = {}


# ------------------------------------- data/i18n/<lang>/red_flags.yaml (red_flag_texts.py)
class ChecklistTranslation(_Frozen):
    question: Text
    advice: Text


class PatternTranslation(_Frozen):
    title: Text
    advice: Text


class GateTranslation(_Frozen):
    title: Text
    questions: Terms
    advice: Text


class SafetyTranslationFile(_Frozen):
    source_hash: SourceHash
    checklist: dict[str, ChecklistTranslation] = {}
    patterns: dict[str, PatternTranslation] = {}
    gates: dict[str, GateTranslation] = {}


# ------------------------------------- data/i18n/<lang>/search_terms.yaml (place_names.py)
class ComplaintTranslation(_Frozen):
    phrase: Text
    synonyms: tuple[Text, ...] = ()
    caution: Text | None = None


class SearchTermsTranslationFile(_Frozen):
    source_hash: SourceHash
    #: the English phrase of data/search_terms.yaml -> its words in this language
    terms: dict[str, ComplaintTranslation] = {}
