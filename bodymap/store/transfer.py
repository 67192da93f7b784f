"""Move one client's records in and out: JSON (complete, re-importable) and CSV (for a
spreadsheet: one row per visit and painful region).

An export holds no database ids, so export -> import elsewhere -> export gives the same
JSON. An import is checked completely before anything is written, then written in one
transaction: a bad file changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Collection
from functools import partial
from pathlib import Path
from typing import Annotated, Final, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    StrictStr,
    ValidationError,
)

from bodymap.domain.drawing import Quality
from bodymap.domain.errors import Problem, ProblemList, problems_from_validation, suggest
from bodymap.domain.figures import Figure
from bodymap.domain.files import FileTooLargeError, NotRegularFileError, read_regular_file
from bodymap.domain.jsonfile import find_duplicate_key
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.store.database import Store
from bodymap.store.errors import ImportRefusedError, StoreError
from bodymap.store.models import Client, Name, VisitDraft, VisitRecord
from bodymap.store.names import check_client_name

FORMAT: Final = "bodymap-client"
# 2 added ``qualities`` to each visit, 3 each visit's earlier versions (``revisions``),
# 4 the client's body figure (``client.figure``); older files (without them) still import.
FORMAT_VERSION: Final = 4
# Far above any real client's history; a bigger file is the wrong file.
MAX_IMPORT_BYTES = 50_000_000
CSV_COLUMNS = ("client", "visit", "visit_date", "region", "intensity", "quality",
               "pain_before", "pain_after", "treated", "notes")
# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
    visits: tuple[VisitRecord, ...]


def export_client_json(store: Store, client_id: int) -> dict[str, object]:
    """The client and their visits as JSON-ready data (no database ids)."""
    client = store.client(client_id)
    export = ClientExport(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        client=ClientRecord(name=client.name, contact=client.contact, notes=client.notes,
                            created=client.created, figure=client.figure),
        visits=tuple(store.records(client_id)),
    )
    return export.model_dump(mode="json")


def write_client_json(store: Store, client_id: int, path: str | os.PathLike[str]) -> None:
    data = export_client_json(store, client_id)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    _write_private(Path(path), text.encode("utf-8"))


def write_client_csv(store: Store, client_id: int, path: str | os.PathLike[str]) -> None:
    """One row per visit and painful region (one row with an empty region for a visit
    without any), with how the region feels (ache, burn, pins, numb). UTF-8 with a
    byte-order mark, which spreadsheets need to show accents.
    """
    client = store.client(client_id)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for number, visit in enumerate(store.visits(client_id), start=1):
        regions: list[tuple[str, int | None]] = list(visit.drawing.items()) or [("", None)]
        for region, level in regions:
            feel = visit.qualities.get(region, Quality.ACHE).value if region else ""
            writer.writerow([
                _cell(client.name), number, visit.date.isoformat(), region,
                "" if level is None else level, feel,
                "" if visit.pain_before is None else visit.pain_before,
                "" if visit.pain_after is None else visit.pain_after,
                _cell(";".join(visit.treated)), _cell(visit.notes),
            ])
    _write_private(Path(path), out.getvalue().encode("utf-8-sig"))


def import_client_json(store: Store, path: str | os.PathLike[str],
                       known_regions: Collection[str], known_points: Collection[str]) -> Client:
    """Add the client in the export file at ``path`` as a new client, with all their visits.

    Region and trigger-point ids must be among ``known_regions`` / ``known_points``.
    Raises ImportRefusedError listing every problem (file, field, value); then nothing changed.
    """
    source = Path(path)
    export = read_client_json(source, known_regions, known_points)
    return store.import_client(
        export.client.name, contact=export.client.contact, notes=export.client.notes,
        created=export.client.created, visits=export.visits, figure=export.client.figure,
    )


def read_client_json(path: Path, known_regions: Collection[str],
                     known_points: Collection[str]) -> ClientExport:
    """Read and check an export file completely. Raises ImportRefusedError or StoreError."""
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)
    except NotRegularFileError as exc:
        raise ImportRefusedError(path, [Problem(
            path, "", "is not a regular file (a pipe, device or folder?); choose the .json "
            "file bodymap exported")]) from exc
    except FileTooLargeError as exc:
        raise ImportRefusedError(path, [Problem(
            path, "", f"file is more than the {MAX_IMPORT_BYTES} bytes a client export can "
            "be; is it the right file?")]) from exc
    except OSError as exc:
        raise StoreError(path, QT_TRANSLATE_NOOP("Store", "cannot read the file: {error}"),
                         {"error": exc.strerror}) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefusedError(path, [Problem(
            path, "", f"not UTF-8 text (bad byte at offset {exc.start}); is it a bodymap "
            "client export (.json)?")]) from exc
    repeated = find_duplicate_key(text)
    if repeated is not None:
        raise ImportRefusedError(path, [Problem(
            path, f"line {repeated.line}", f"key {repeated.key!r} is given twice in one object "
            f"(first on line {repeated.first_line}); keep one of them")])
    try:
        export = ClientExport.model_validate_json(text)
    except ValidationError as exc:
        raise ImportRefusedError(path, problems_from_validation(path, exc)) from exc
    problems = _unknown_ids(path, export, frozenset(known_regions), frozenset(known_points))
    if problems:
        raise ImportRefusedError(path, problems.listed, unlisted=problems.unlisted)
    return export


def _unknown_ids(path: Path, export: ClientExport, regions: frozenset[str],
                 points: frozenset[str]) -> ProblemList:
    # Suggestions cost ~0.6 ms each: only the listed problems get one (40,000 unknown ids
    # once took 23 s here, on the GUI thread).
    problems = ProblemList()
    for i, record in enumerate(export.visits):
        versions: list[tuple[str, VisitDraft]] = [(f"visits[{i}]", record)]
        versions += [(f"visits[{i}].revisions[{k}].visit", rev.visit)
                     for k, rev in enumerate(record.revisions)]
        for field, visit in versions:
            for region in visit.drawing:
                if region not in regions:
                    problems.add(partial(_unknown, path, f"{field}.drawing", "region id",
                                         region, regions))
            for j, point in enumerate(visit.treated):
                if point not in points:
                    problems.add(partial(_unknown, path, f"{field}.treated[{j}]",
                                         "trigger point id", point, points))
    return problems


def _unknown(path: Path, field: str, what: str, value: str,
             choices: frozenset[str]) -> Problem:
    return Problem(path, field, f"unknown {what}.{suggest(value, choices)}", value)


def _cell(text: str) -> str:
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _write_private(path: Path, data: bytes) -> None:
    """Write owner-only (client records are private), atomically: a crash leaves the old
    file or the new one, never half of it.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)  # a stale one from a crash: never reuse its mode
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(path, QT_TRANSLATE_NOOP(
            "Store", "cannot write the export: {error}. Choose another folder, or free some "
                     "disk space."), {"error": exc.strerror}) from exc


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
