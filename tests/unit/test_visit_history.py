"""An edited visit keeps its earlier versions: in the database, across an upgrade from a
database written before history existed, and through export and import."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from bodymap.store import (
    CorruptDatabase,
    ImportRefusedError,
    NotFoundError,
    Store,
    VisitDraft,
    export_client_json,
    import_client_json,
    write_client_json,
)
from bodymap.store.database import backup_path
from bodymap.store.schema import LATEST_VERSION, MIGRATIONS

REGIONS = frozenset({"left.low_back", "left.buttock", "right.temple"})
POINTS = frozenset({"quadratus_lumborum.tp1.left", "gluteus_medius.tp1.left",
                    "trapezius.tp1.right"})
DAY = dt.date(2026, 11, 3)


def first_draft() -> VisitDraft:
    return VisitDraft(date=DAY, drawing={"left.low_back": 7}, pain_before=7, pain_after=4,
                      treated=("quadratus_lumborum.tp1.left",), notes="QL released")


def corrected() -> VisitDraft:
    return dataclasses.replace(
        first_draft(), treated=("quadratus_lumborum.tp1.left", "gluteus_medius.tp1.left"),
        notes="QL and glute med released", pain_after=3)


def test_an_edit_keeps_the_version_it_replaced(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        client = store.add_client("Ana")
        visit = store.add_visit(client.id, first_draft())
        assert store.visit_history(visit.id) == []
        before = dt.datetime.now(dt.UTC)
        store.update_visit(visit.id, corrected())
        store.update_visit(visit.id, dataclasses.replace(corrected(), pain_after=2))
        history = store.visit_history(visit.id)
        assert [h.visit for h in history] == [first_draft(), corrected()]
        assert before <= history[0].replaced_at <= history[1].replaced_at
        assert store.visit(visit.id).pain_after == 2
        assert store.edit_counts(client.id) == {visit.id: 2}


def test_saving_an_unchanged_visit_keeps_no_copy(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        client = store.add_client("Ana")
        visit = store.add_visit(client.id, first_draft())
        store.update_visit(visit.id, first_draft())
        assert store.visit_history(visit.id) == []
        assert store.edit_counts(client.id) == {}


def test_deleting_a_visit_deletes_its_history(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    with Store.open(path) as store:
        client = store.add_client("Ana")
        visit = store.add_visit(client.id, first_draft())
        store.update_visit(visit.id, corrected())
        store.delete_visit(visit.id)
        with pytest.raises(NotFoundError):
            store.visit_history(visit.id)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM visit_revisions").fetchone() == (0,)
    finally:
        conn.close()


def test_a_database_from_before_history_is_upgraded_and_edits_keep_history(
        tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    try:  # exactly what bodymap with schema version 3 wrote
        for step in MIGRATIONS:
            if step.version <= 3:
                for statement in step.statements:
                    conn.execute(statement)
        conn.execute("PRAGMA user_version = 3")
        conn.execute("INSERT INTO clients VALUES (1, 'Old', '', '', '2026-01-01T09:00:00+00:00')")
        conn.execute("INSERT INTO visits VALUES (1, 1, '2026-01-02', 6, 2, 'first')")
        conn.execute("INSERT INTO visit_regions VALUES (1, 'left.low_back', 6, 'burn')")
    finally:
        conn.close()
    with Store.open(path) as store:
        [visit] = store.visits(1)
        assert store.visit_history(visit.id) == []
        store.update_visit(visit.id, dataclasses.replace(visit.draft(), notes="corrected"))
        [earlier] = store.visit_history(visit.id)
        assert earlier.visit.notes == "first"
    kept = backup_path(path, 3)
    check = sqlite3.connect(path)
    old = sqlite3.connect(kept)
    try:
        assert check.execute("PRAGMA user_version").fetchone() == (LATEST_VERSION,)
        assert old.execute("PRAGMA user_version").fetchone() == (3,)
    finally:
        check.close()
        old.close()


def test_export_carries_the_history_and_import_restores_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.sqlite3") as one, Store.open(tmp_path / "b.sqlite3") as two:
        client = one.add_client("Ana")
        visit = one.add_visit(client.id, first_draft())
        one.update_visit(visit.id, corrected())
        out = tmp_path / "ana.json"
        write_client_json(one, client.id, out)
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["format_version"] >= 3  # the version that brought the revisions
        [record] = data["visits"]
        assert record["notes"] == "QL and glute med released"
        assert [r["visit"]["notes"] for r in record["revisions"]] == ["QL released"]
        copy = import_client_json(two, out, REGIONS, POINTS)
        [imported] = two.visits(copy.id)
        assert imported.draft() == corrected()
        assert [h.visit for h in two.visit_history(imported.id)] == [first_draft()]
        assert export_client_json(two, copy.id) == export_client_json(one, client.id)


def test_an_unknown_point_in_an_earlier_version_is_named(tmp_path: Path) -> None:
    export = {"format": "bodymap-client", "format_version": 3,
              "client": {"name": "Ana", "created": "2026-01-01T09:00:00Z"},
              "visits": [{"date": "2026-01-05", "drawing": {"left.low_back": 4},
                          "revisions": [{"replaced_at": "2026-01-06T10:00:00Z",
                                         "visit": {"date": "2026-01-05",
                                                   "treated": ["trapezius.tp9.left"]}}]}]}
    source = tmp_path / "a.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    with Store.open(tmp_path / "r.sqlite3") as store:
        field = r"visits\[0\]\.revisions\[0\]\.visit\.treated\[0\]"
        with pytest.raises(ImportRefusedError, match=field):
            import_client_json(store, source, REGIONS, POINTS)
        assert store.clients() == []


def test_a_damaged_earlier_version_is_reported_not_crashed_on(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    with Store.open(path) as store:
        client = store.add_client("Ana")
        visit = store.add_visit(client.id, first_draft())
        store.update_visit(visit.id, corrected())
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE visit_revisions SET record = '{\"date\": 5}'")
    finally:
        conn.close()
    with Store.open(path) as store:
        with pytest.raises(CorruptDatabase, match=f"earlier version of visit {visit.id}"):
            store.visit_history(visit.id)
        assert store.visit(visit.id).draft() == corrected()  # the visit itself still reads
