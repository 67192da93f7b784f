"""Client records as immutable values: a client, a visit, and a visit still being written.

Plain frozen dataclasses that check their own fields when made, so that opening the store
after the window's first paint imports no pydantic (about 100 ms). An export file is still
checked by a pydantic schema (bodymap.store.schemas), whose report names every bad field;
these checks guard what the program itself builds and what the database gives back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import field
from typing import Any, Literal, Self

from bodymap.domain.drawing import MAX_INTENSITY, MIN_INTENSITY, PainDrawing, Quality
from bodymap.domain.figures import Figure
from bodymap.domain.records import record

MIN_PAIN = 0
MAX_PAIN = 10
MAX_NAME_LENGTH = 200
MAX_IDENT_LENGTH = 200

#: A person's name: one line of printable text (no control characters, which would also
#: confuse SQLite's text functions).
NAME_PATTERN = re.compile(r"^[^\x00-\x1f\x7f]*$")


class RecordValueError(ValueError):
    """A client or visit field holds a value it cannot have; the message names the field
    (``drawing.left.low_back``), the value and the allowed range."""

    def __init__(self, field_name: str, message: str, value: object) -> None:
        super().__init__(f"{field_name}: {message} (got {value!r})")
        self.field = field_name
        self.value = value


def _strict_int(name: str, value: object, low: int, high: int | None = None) -> int:
    # bool is an int in Python, but True is not a pain score
    if type(value) is not int:
        raise RecordValueError(name, "must be a whole number", value)
    if value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise RecordValueError(name, f"must be {bounds}", value)
    return value


def _optional_score(name: str, value: object) -> int | None:
    return None if value is None else _strict_int(name, value, MIN_PAIN, MAX_PAIN)


def _text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise RecordValueError(name, "must be text", value)
    return value


def _ident(name: str, value: object) -> str:
    text = _text(name, value)
    if not 1 <= len(text) <= MAX_IDENT_LENGTH:
        raise RecordValueError(name, f"must be 1 to {MAX_IDENT_LENGTH} characters", value)
    return text


def check_name(value: object, field_name: str = "name") -> str:
    """The name without surrounding spaces, if it is one line of 1-200 printable characters."""
    text = _text(field_name, value).strip()
    if not 1 <= len(text) <= MAX_NAME_LENGTH:
        raise RecordValueError(field_name, f"must be 1 to {MAX_NAME_LENGTH} characters", value)
    if not NAME_PATTERN.match(text):
        raise RecordValueError(field_name, "must be one line without control characters",
                               value)
    return text


def _aware(name: str, value: object) -> dt.datetime:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise RecordValueError(name, "must be an ISO 8601 date and time", value) from None
    if not isinstance(value, dt.datetime):
        raise RecordValueError(name, "must be a date and time", value)
    if value.utcoffset() is None:
        raise RecordValueError(name, "must carry its time zone", value)
    return value


def _figure(name: str, value: object) -> Figure | None:
    if value is None or isinstance(value, Figure):
        return value
    try:
        return Figure(str(value))
    except ValueError:
        raise RecordValueError(name, f"must be one of {', '.join(f.value for f in Figure)}",
                               value) from None


def _json_time(value: dt.datetime) -> str:
    # as pydantic wrote it before (exports and stored revisions compare equal): UTC as "Z"
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _unknown_keys(cls: type[Any], data: Mapping[str, object]) -> None:
    known = {f.name for f in dataclasses.fields(cls)}
    extra = sorted(set(data) - known)
    if extra:
        raise RecordValueError(extra[0], f"is not a field of {cls.__name__} (extra field); "
                               f"known: {', '.join(sorted(known))}", data[extra[0]])


@record(slots=True)
class Client:
    """A person whose visits are recorded. ``created`` is timezone-aware (UTC when we make it).
    ``figure``: the body figure their drawings are shown on; None until one is chosen."""

    id: int
    name: str
    created: dt.datetime
    contact: str = ""
    notes: str = ""
    figure: Figure | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        _strict_int("id", self.id, 1)
        set_(self, "name", check_name(self.name))
        _text("contact", self.contact)
        _text("notes", self.notes)
        _aware("created", self.created)
        set_(self, "figure", _figure("figure", self.figure))

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Self:
        """From a dict such as ``as_dict`` gives (its JSON form too); unknown keys refused."""
        _unknown_keys(cls, data)
        values = dict(data)
        if "created" in values:
            values["created"] = _aware("created", values["created"])
        return cls(**values)  # type: ignore[arg-type]

    def as_dict(self, mode: Literal["python", "json"] = "python") -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        if mode == "json":
            out["created"] = _json_time(self.created)
            out["figure"] = None if self.figure is None else self.figure.value
        return out


def _drawing(value: object) -> dict[str, int]:
    # accepts a PainDrawing (a Mapping) as well as a dict; kept sorted so that two drafts
    # with the same content compare and serialise identically
    if not isinstance(value, Mapping):
        raise RecordValueError("drawing", "must map region ids to intensities", value)
    return {_ident("drawing", rid): _strict_int(f"drawing.{rid}", level, MIN_INTENSITY,
                                                 MAX_INTENSITY)
            for rid, level in sorted(value.items())}


def _qualities(value: object) -> dict[str, Quality]:
    if not isinstance(value, Mapping):
        raise RecordValueError("qualities", "must map region ids to qualities", value)
    out: dict[str, Quality] = {}
    for rid, quality in sorted(value.items()):
        try:
            feel = Quality(quality)
        except ValueError:
            raise RecordValueError(f"qualities.{rid}",
                                   f"must be one of {', '.join(q.value for q in Quality)}",
                                   quality) from None
        # aching is the default: storing it too would make equal visits compare unequal
        if feel is not Quality.ACHE:
            out[_ident("qualities", rid)] = feel
    return out


def repeated_point(points: Iterable[str]) -> str | None:
    """Why a visit's treated points are refused when one is listed twice, else None (the
    rule of VisitDraft and of the export file's schema, bodymap.store.schemas)."""
    seen: set[str] = set()
    for point in points:
        if point in seen:
            return f"trigger point {point!r} is listed twice"
        seen.add(point)
    return None


def stray_qualities(drawing: Mapping[str, int], qualities: Mapping[str, Quality]) -> str | None:
    """Why a visit is refused when it gives a quality to a region it does not mark painful,
    else None (the rule of VisitDraft and of the export file's schema)."""
    stray = sorted(set(qualities) - set(drawing))
    if not stray:
        return None
    return (f"qualities given for regions not in the drawing: {', '.join(stray)}; mark them "
            "painful or remove their quality")


def _treated(value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (tuple, list)):
        raise RecordValueError("treated", "must be a list of trigger-point ids", value)
    for i, point in enumerate(value):
        _ident(f"treated[{i}]", point)
    problem = repeated_point(value)
    if problem is not None:
        raise RecordValueError("treated", problem, value)
    return tuple(value)


@record(slots=True)
class VisitDraft:
    """What the therapist records at one visit, before (or without) a database id.

    ``drawing`` maps region ids (``left.low_back``) to intensities 1-10 and is kept sorted by
    region id, so two drafts with the same content compare and serialise identically.
    ``qualities`` says how a region feels when it is not plain aching (``{"left.calf":
    "numb"}``); like PainDrawing it keeps only the non-default ones, sorted. From a
    PainDrawing ``d``: ``VisitDraft(drawing=d, qualities=dict(d.qualities), ...)``.
    ``treated`` lists trigger-point ids (``quadratus_lumborum.tp1.left``) in the order given.
    """

    date: dt.date
    drawing: dict[str, int] = field(default_factory=dict)
    qualities: dict[str, Quality] = field(default_factory=dict)
    pain_before: int | None = None
    pain_after: int | None = None
    treated: tuple[str, ...] = ()
    notes: str = ""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        # a datetime is a date too, but a visit has a day, not a moment
        if type(self.date) is not dt.date:
            raise RecordValueError("date", "must be a calendar date (not a date and time)",
                                   self.date)
        set_(self, "drawing", _drawing(self.drawing))
        set_(self, "qualities", _qualities(self.qualities))
        _optional_score("pain_before", self.pain_before)
        _optional_score("pain_after", self.pain_after)
        set_(self, "treated", _treated(self.treated))
        _text("notes", self.notes)
        problem = stray_qualities(self.drawing, self.qualities)
        if problem is not None:
            raise RecordValueError("qualities", problem,
                                   sorted(set(self.qualities) - set(self.drawing)))

    def pain_drawing(self) -> PainDrawing:
        """The drawing with its qualities, ready to put back on the map."""
        return PainDrawing(self.drawing, self.qualities)

    def draft(self) -> VisitDraft:
        """Only the draft's own fields (a Visit or VisitRecord without its extras)."""
        return VisitDraft(**{f.name: getattr(self, f.name)
                             for f in dataclasses.fields(VisitDraft)})

    @classmethod
    def _converted(cls, data: Mapping[str, object]) -> dict[str, object]:
        _unknown_keys(cls, data)
        values = dict(data)
        day = values.get("date")
        if isinstance(day, str):
            try:
                values["date"] = dt.date.fromisoformat(day)
            except ValueError:
                raise RecordValueError("date", "must be an ISO 8601 date (2026-03-01)",
                                       day) from None
        if isinstance(values.get("treated"), list):
            values["treated"] = tuple(values["treated"])  # type: ignore[arg-type]
        return values

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Self:
        """From a dict such as ``as_dict`` gives (its JSON form too); unknown keys refused."""
        return cls(**cls._converted(data))  # type: ignore[arg-type]

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise RecordValueError("visit", "must be a JSON object", data)
        return cls.from_mapping(data)

    def as_dict(self, mode: Literal["python", "json"] = "python") -> dict[str, Any]:
        """The fields in their declared order; ``json``: dates as ISO text, lists, strings."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        out["drawing"] = dict(self.drawing)
        out["qualities"] = dict(self.qualities)
        if mode == "json":
            out["date"] = self.date.isoformat()
            out["qualities"] = {rid: q.value for rid, q in self.qualities.items()}
            out["treated"] = list(self.treated)
        return out

    def to_json(self) -> str:
        """Compact JSON, as the database keeps an earlier version of a visit."""
        return json.dumps(self.draft().as_dict("json"), ensure_ascii=False,
                          separators=(",", ":"))


@record(slots=True)
class Visit(VisitDraft):
    """A saved visit: the draft's fields plus its id and its client's id."""

    # keyword-only: the draft's fields before them have defaults
    id: int = field(kw_only=True)
    client_id: int = field(kw_only=True)

    def __post_init__(self) -> None:
        # named: slots=True makes a new class, which a bare super()'s cell does not know
        super(Visit, self).__post_init__()  # noqa: UP008
        _strict_int("id", self.id, 1)
        _strict_int("client_id", self.client_id, 1)


@record(slots=True)
class VisitRevision:
    """An earlier version of a visit, kept when an edit replaced it at ``replaced_at``."""

    replaced_at: dt.datetime
    visit: VisitDraft

    def __post_init__(self) -> None:
        _aware("replaced_at", self.replaced_at)
        if not isinstance(self.visit, VisitDraft):
            raise RecordValueError("visit", "must be a VisitDraft", self.visit)
        if type(self.visit) is not VisitDraft:  # a Visit: only what the therapist wrote
            object.__setattr__(self, "visit", self.visit.draft())

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Self:
        _unknown_keys(cls, data)
        visit = data.get("visit")
        if not isinstance(visit, Mapping):
            raise RecordValueError("visit", "must be a visit (an object)", visit)
        return cls(replaced_at=_aware("replaced_at", data.get("replaced_at")),
                   visit=VisitDraft.from_mapping(visit))

    def as_dict(self, mode: Literal["python", "json"] = "python") -> dict[str, Any]:
        return {"replaced_at": _json_time(self.replaced_at) if mode == "json"
                else self.replaced_at, "visit": self.visit.as_dict(mode)}


@record(slots=True)
class VisitRecord(VisitDraft):
    """A visit as exported and imported: what it says now, and its earlier versions
    (oldest first), so an amended record keeps its history when it moves."""

    revisions: tuple[VisitRevision, ...] = ()

    def __post_init__(self) -> None:
        super(VisitRecord, self).__post_init__()  # noqa: UP008 (as in Visit)
        if not isinstance(self.revisions, tuple) or \
                any(not isinstance(r, VisitRevision) for r in self.revisions):
            raise RecordValueError("revisions", "must be a tuple of VisitRevision",
                                   self.revisions)

    def current(self) -> VisitDraft:
        return self.draft()

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Self:
        values = cls._converted(data)
        revisions = values.get("revisions", ())
        if not isinstance(revisions, (list, tuple)):
            raise RecordValueError("revisions", "must be a list", revisions)
        values["revisions"] = tuple(
            r if isinstance(r, VisitRevision) else VisitRevision.from_mapping(r)
            for r in revisions)
        return cls(**values)  # type: ignore[arg-type]

    def as_dict(self, mode: Literal["python", "json"] = "python") -> dict[str, Any]:
        out = VisitDraft.as_dict(self, mode)
        out["revisions"] = [r.as_dict(mode) for r in self.revisions] if mode == "json" \
            else self.revisions
        return out
