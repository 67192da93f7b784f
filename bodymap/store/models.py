"""Client records as immutable values: a client, a visit, and a visit still being written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StrictInt,
    StrictStr,
    StringConstraints,
    field_validator,
    model_validator,
)

from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, PainDrawing, Quality
from bodymap.domain.figures import Figure

MIN_PAIN = 0
MAX_PAIN = 10

#: A person's name: one line of printable text (no control characters, which would also
#: confuse SQLite's text functions).
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200,
                                        pattern=r"^[^\x00-\x1f\x7f]*$")]
Intensity = Annotated[StrictInt, Field(ge=MIN_INTENSITY, le=MAX_INTENSITY)]
PainScore = Annotated[StrictInt, Field(ge=MIN_PAIN, le=MAX_PAIN)]
RecordId = Annotated[StrictInt, Field(ge=1)]
Ident = Annotated[StrictStr, StringConstraints(min_length=1, max_length=200)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Client(_Frozen):
    """A person whose visits are recorded. ``created`` is timezone-aware (UTC when we make it).
    ``figure``: the body figure their drawings are shown on; None until one is chosen."""

    id: RecordId
    name: Name
    contact: StrictStr = ""
    notes: StrictStr = ""
    created: AwareDatetime
    figure: Figure | None = None


class VisitDraft(_Frozen):
    """What the therapist records at one visit, before (or without) a database id.

    ``drawing`` maps region ids (``left.low_back``) to intensities 1-10 and is kept sorted by
    region id, so two drafts with the same content compare and serialise identically.
    ``qualities`` says how a region feels when it is not plain aching (``{"left.calf":
    "numb"}``); like PainDrawing it keeps only the non-default ones, sorted. From a
    PainDrawing ``d``: ``VisitDraft(drawing=d, qualities=dict(d.qualities), ...)``.
    ``treated`` lists trigger-point ids (``quadratus_lumborum.tp1.left``) in the order given.
    """

    date: Annotated[dt.date, Strict()]
    drawing: dict[Ident, Intensity] = Field(default_factory=dict)
    qualities: dict[Ident, Quality] = Field(default_factory=dict)
    pain_before: PainScore | None = None
    pain_after: PainScore | None = None
    treated: tuple[Ident, ...] = ()
    notes: StrictStr = ""

    @field_validator("drawing", mode="before")
    @classmethod
    def _plain_sorted_dict(cls, value: object) -> object:
        # accepts a PainDrawing (a Mapping) as well as a dict
        if isinstance(value, Mapping):
            return dict(sorted(value.items()))
        return value

    @field_validator("qualities")
    @classmethod
    def _only_unusual_qualities_sorted(cls, value: dict[str, Quality]) -> dict[str, Quality]:
        # aching is the default: storing it too would make equal visits compare unequal
        return {rid: q for rid, q in sorted(value.items()) if q is not Quality.ACHE}

    @model_validator(mode="after")
    def _qualities_only_for_painful_regions(self) -> VisitDraft:
        stray = sorted(set(self.qualities) - set(self.drawing))
        if stray:
            raise ValueError(f"qualities given for regions not in the drawing: "
                             f"{', '.join(stray)}; mark them painful or remove their quality")
        return self

    def pain_drawing(self) -> PainDrawing:
        """The drawing with its qualities, ready to put back on the map."""
        return PainDrawing(self.drawing, self.qualities)

    @field_validator("treated")
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        seen: set[str] = set()
        for point in value:
            if point in seen:
                raise ValueError(f"trigger point {point!r} is listed twice")
            seen.add(point)
        return value


class Visit(VisitDraft):
    """A saved visit: the draft's fields plus its id and its client's id."""

    id: RecordId
    client_id: RecordId

    def draft(self) -> VisitDraft:
        return VisitDraft.model_validate(self.model_dump(exclude={"id", "client_id"}))


class VisitRevision(_Frozen):
    """An earlier version of a visit, kept when an edit replaced it at ``replaced_at``."""

    replaced_at: AwareDatetime
    visit: VisitDraft


class VisitRecord(VisitDraft):
    """A visit as exported and imported: what it says now, and its earlier versions
    (oldest first), so an amended record keeps its history when it moves."""

    revisions: tuple[VisitRevision, ...] = ()

    def current(self) -> VisitDraft:
        return VisitDraft.model_validate(self.model_dump(exclude={"revisions"}))
