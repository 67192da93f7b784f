"""Pain qualities in client records: saved with visits, upgraded into old files, exported
and imported (JSON), listed in CSV; old export files without qualities still import."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.store import (
    ImportRefusedError,
    Store,
    VisitDraft,
    export_client_json,
    import_client_json,
    write_client_csv,
    write_client_json,
)
from bodymap.store.database import backup_path
from bodymap.store.models import RecordValueError
from bodymap.store.schema import LATEST_VERSION
from bodymap.store.transfer import FORMAT_VERSION
from tests.unit.test_store import POINTS, REGIONS, SCHEMA_V1, raw

DAY = dt.date(2026, 3, 14)
NUMB_CALF = PainDrawing({"left.low_back": 7, "left.buttock": 3},
                        {"left.buttock": Quality.PINS})


def _visit(drawing: PainDrawing = NUMB_CALF, day: dt.date = DAY) -> VisitDraft:
    return VisitDraft(date=day, drawing=drawing.as_dict(), qualities=dict(drawing.qualities),
                      pain_before=6, pain_after=2)


def test_qualities_are_saved_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    with Store.open(path) as store:
        client = store.add_client("Ann")
        saved = store.add_visit(client.id, _visit())
    with Store.open(path) as store:
        [visit] = store.visits(client.id)
    assert visit == saved
    assert visit.qualities == {"left.buttock": Quality.PINS}
    assert visit.pain_drawing() == NUMB_CALF
    # on disk: one row per region, aching written out for the plain ones
    assert raw(path, "SELECT region, quality FROM visit_regions ORDER BY region") == [
        ("left.buttock", "pins"), ("left.low_back", "ache")]


def test_update_replaces_the_qualities(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        client = store.add_client("Ann")
        visit = store.add_visit(client.id, _visit())
        numb = NUMB_CALF.with_quality("left.low_back", Quality.NUMB) \
            .with_quality("left.buttock", Quality.ACHE)
        updated = store.update_visit(visit.id, _visit(numb))
        assert updated.qualities == {"left.low_back": Quality.NUMB}
        assert store.visit(visit.id).pain_drawing() == numb


def test_the_database_refuses_an_unknown_quality(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    with Store.open(path) as store:
        client = store.add_client("Ann")
        visit = store.add_visit(client.id, _visit())
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute("INSERT INTO visit_regions (visit_id, region, intensity, quality) "
                         "VALUES (?, 'left.calf_upper', 3, 'tingly')", (visit.id,))
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_database_gains_qualities_and_keeps_its_records(tmp_path: Path,
                                                                 version: int) -> None:
    path = tmp_path / f"v{version}.sqlite3"
    statements = [s for s in SCHEMA_V1 if not s.startswith("PRAGMA user_version")]
    if version == 2:
        statements.append("CREATE INDEX visits_by_client ON visits (client_id, date, id)")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in [*statements, f"PRAGMA user_version = {version}"]:
            conn.execute(statement)
    finally:
        conn.close()

    with Store.open(path) as store:
        [client] = store.clients()
        [old] = store.visits(client.id)
        assert old.drawing == {"left.low_back": 8}
        assert old.qualities == {}  # drawn before qualities existed: aching
        store.add_visit(client.id, _visit())
        assert store.visits(client.id)[-1].qualities == {"left.buttock": Quality.PINS}
    assert raw(path, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert raw(backup_path(path, version), "PRAGMA user_version") == [(version,)]


def test_json_round_trip_keeps_qualities(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.sqlite3") as one, Store.open(tmp_path / "b.sqlite3") as two:
        client = one.add_client("Zoë")
        one.add_visit(client.id, _visit())
        one.add_visit(client.id, _visit(PainDrawing({"right.low_back": 2}), DAY))
        write_client_json(one, client.id, tmp_path / "z.json")
        data = json.loads((tmp_path / "z.json").read_text(encoding="utf-8"))
        assert data["format_version"] == FORMAT_VERSION
        assert data["visits"][0]["qualities"] == {"left.buttock": "pins"}
        assert data["visits"][1]["qualities"] == {}
        copy = import_client_json(two, tmp_path / "z.json", REGIONS, POINTS)
        assert export_client_json(two, copy.id) == export_client_json(one, client.id)
        assert two.visits(copy.id)[0].pain_drawing() == NUMB_CALF


def _export(visits: list[dict[str, object]], version: int = 1) -> dict[str, object]:
    return {"format": "bodymap-client", "format_version": version,
            "client": {"name": "Imported", "created": "2026-01-01T09:00:00Z"},
            "visits": visits}


def test_an_old_export_without_qualities_still_imports(tmp_path: Path) -> None:
    old = _export([{"date": "2026-01-05", "drawing": {"left.low_back": 4}}])
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    with Store.open(tmp_path / "r.sqlite3") as store:
        client = import_client_json(store, tmp_path / "old.json", REGIONS, POINTS)
        [visit] = store.visits(client.id)
    assert visit.drawing == {"left.low_back": 4}
    assert visit.qualities == {}


@pytest.mark.parametrize(
    ("visit", "says"),
    [
        ({"date": "2026-01-05", "drawing": {"left.low_back": 4},
          "qualities": {"left.low_back": "tingly"}},
         r"visits\[0\]\.qualities\.left\.low_back.*'ache', 'burn', 'pins' or 'numb'"),
        ({"date": "2026-01-05", "drawing": {"left.low_back": 4},
          "qualities": {"left.buttock": "numb"}},
         r"visits\[0\].*not in the drawing: left\.buttock"),
    ],
)
def test_a_bad_quality_in_a_file_is_refused_with_its_field(tmp_path: Path,
                                                            visit: dict[str, object],
                                                            says: str) -> None:
    (tmp_path / "bad.json").write_text(json.dumps(_export([visit], 2)), encoding="utf-8")
    with Store.open(tmp_path / "r.sqlite3") as store:
        with pytest.raises(ImportRefusedError, match=says):
            import_client_json(store, tmp_path / "bad.json", REGIONS, POINTS)
        assert store.clients() == []


def test_a_draft_refuses_a_quality_for_an_unmarked_region() -> None:
    with pytest.raises(RecordValueError, match="not in the drawing"):
        VisitDraft(date=DAY, drawing={"left.low_back": 3},
                   qualities={"left.buttock": Quality.NUMB})
    # aching is the default and is not kept, so equal drawings give equal drafts
    assert VisitDraft(date=DAY, drawing={"left.low_back": 3},
                      qualities={"left.low_back": Quality.ACHE}) == \
        VisitDraft(date=DAY, drawing={"left.low_back": 3})


def test_csv_lists_the_quality_of_each_region(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        client = store.add_client("Ann")
        store.add_visit(client.id, _visit())
        store.add_visit(client.id, VisitDraft(date=DAY + dt.timedelta(days=1)))
        write_client_csv(store, client.id, tmp_path / "ann.csv")
    with (tmp_path / "ann.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["visit"], r["region"], r["intensity"], r["quality"]) for r in rows] == [
        ("1", "left.buttock", "3", "pins"),
        ("1", "left.low_back", "7", "ache"),
        ("2", "", "", ""),
    ]
