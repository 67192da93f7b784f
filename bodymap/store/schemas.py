"""The pydantic schemas of a client export file (bodymap.store.transfer reads it with them).

Only an import checks a file this way: pydantic's report names every bad field with its
value. The records the program works with are the plain dataclasses of
bodymap.store.models (opening the store imports no pydantic); the two keep the same limits,
and tests/unit/test_store.py checks both refuse the same bad values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
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

from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, Quality
from bodymap.domain.figures import Figure
from bodymap.store.models import (
    MAX_IDENT_LENGTH,
    MAX_NAME_LENGTH,
    MAX_PAIN,
    MIN_PAIN,
    NAME_PATTERN,
    repeated_point,
    stray_qualities,
)
from bodymap.store.names import check_client_name

#: A person's name: one line of printable text (no control characters, which would also
#: confuse SQLite's text functions).
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                        max_length=MAX_NAME_LENGTH, pattern=NAME_PATTERN.pattern)]
Intensity = Annotated[StrictInt, Field(ge=MIN_INTENSITY, le=MAX_INTENSITY)]
PainScore = Annotated[StrictInt, Field(ge=MIN_PAIN, le=MAX_PAIN)]
Ident = Annotated[StrictStr, StringConstraints(min_length=1, max_length=MAX_IDENT_LENGTH)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class VisitDraftSchema(_Frozen):
    """One visit as an export file holds it: the limits of models.VisitDraft, checked by
    pydantic so that an import's report names each bad field."""

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
    def _qualities_only_for_painful_regions(self) -> VisitDraftSchema:
        problem = stray_qualities(self.drawing, self.qualities)
        if problem is not None:
            raise ValueError(problem)
        return self

    @field_validator("treated")
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        problem = repeated_point(value)
        if problem is not None:
            raise ValueError(problem)
        return value


class VisitRevisionSchema(_Frozen):
    """An earlier version of a visit, kept when an edit replaced it at ``replaced_at``."""

    replaced_at: AwareDatetime
    visit: VisitDraftSchema


class VisitRecordSchema(VisitDraftSchema):
    """A visit as exported and imported: what it says now, and its earlier versions
    (oldest first), so an amended record keeps its history when it moves."""

    revisions: tuple[VisitRevisionSchema, ...] = ()


class ClientRecord(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # the store refuses such a name too; checking here names the field in the import report
    name: Annotated[Name, AfterValidator(check_client_name)]
    contact: StrictStr = ""
    notes: StrictStr = ""
    created: AwareDatetime
    #: the body figure the client's drawings are shown on; null: not chosen
    figure: Figure | None = None


class ClientExport(BaseModel):
    """The JSON export file: one client and all their visits, oldest first."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["bodymap-client"]
    format_version: Literal[1, 2, 3, 4]
    client: ClientRecord
    visits: tuple[VisitRecordSchema, ...]
