"""Move one client's records in and out: JSON (complete, re-importable) and CSV (for a
spreadsheet: one row per visit and painful region).

An export holds no database ids, so export -> import elsewhere -> export gives the same
JSON. An import is checked completely before anything is written, then written in one
transaction: a bad file changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Collection
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Final

from bodymap.domain.drawing import Quality
from bodymap.domain.errors import Problem, ProblemList, problems_from_validation, suggest
from bodymap.domain.figures import Figure
from bodymap.domain.files import FileTooLargeError, NotRegularFileError, read_regular_file
from bodymap.domain.jsonfile import find_duplicate_key
from bodymap.domain.records import record
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.store.database import Store
from bodymap.store.errors import ImportRefusedError, StoreError
from bodymap.store.models import Client, VisitRecord

if TYPE_CHECKING:
    from bodymap.store.schemas import ClientExport, VisitDraftSchema

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


@record(slots=True)
class ClientFile:
    """A checked export file: the client's fields (no id: the importing store gives one)
    and their visits, oldest first, each with its earlier versions."""

    name: str
    contact: str
    notes: str
    created: dt.datetime
    figure: Figure | None
    visits: tuple[VisitRecord, ...]


def export_client_json(store: Store, client_id: int) -> dict[str, object]:
    """The client and their visits as JSON-ready data (no database ids)."""
    client = store.client(client_id).as_dict("json")
    # the keys in the order of the file's schema (bodymap.store.schemas.ClientExport)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "client": {key: client[key] for key in ("name", "contact", "notes", "created",
                                                 "figure")},
        "visits": [visit.as_dict("json") for visit in store.records(client_id)],
    }


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
        export.name, contact=export.contact, notes=export.notes,
        created=export.created, visits=export.visits, figure=export.figure,
    )


def read_client_json(path: Path, known_regions: Collection[str],
                     known_points: Collection[str]) -> ClientFile:
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
    # pydantic only here: its report names every bad field of the file
    from pydantic import ValidationError

    from bodymap.store.schemas import ClientExport

    try:
        export = ClientExport.model_validate_json(text)
    except ValidationError as exc:
        raise ImportRefusedError(path, problems_from_validation(path, exc)) from exc
    problems = _unknown_ids(path, export, frozenset(known_regions), frozenset(known_points))
    if problems:
        raise ImportRefusedError(path, problems.listed, unlisted=problems.unlisted)
    client = export.client
    return ClientFile(name=client.name, contact=client.contact, notes=client.notes,
                      created=client.created, figure=client.figure,
                      visits=tuple(VisitRecord.from_mapping(visit.model_dump())
                                   for visit in export.visits))


def _unknown_ids(path: Path, export: ClientExport, regions: frozenset[str],
                 points: frozenset[str]) -> ProblemList:
    # Suggestions cost ~0.6 ms each: only the listed problems get one (40,000 unknown ids
    # once took 23 s here, on the GUI thread).
    problems = ProblemList()
    for i, exported in enumerate(export.visits):
        versions: list[tuple[str, VisitDraftSchema]] = [(f"visits[{i}]", exported)]
        versions += [(f"visits[{i}].revisions[{k}].visit", rev.visit)
                     for k, rev in enumerate(exported.revisions)]
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
