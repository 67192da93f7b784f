"""The client-records store: clients, visits, schema upgrades, privacy, export and import."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap.domain.drawing import PainDrawing
from bodymap.store import (
    DB_ENV,
    Client,
    CorruptDatabase,
    ImportRefusedError,
    NotFoundError,
    Store,
    StoreError,
    Visit,
    VisitDraft,
    default_db_path,
    export_client_json,
    import_client_json,
    new_database_beside,
    write_client_csv,
    write_client_json,
)
from bodymap.store.database import backup_path
from bodymap.store.models import RecordValueError
from bodymap.store.schema import APPLICATION_ID, LATEST_VERSION
from bodymap.store.transfer import FORMAT_VERSION

REPO = Path(__file__).resolve().parents[2]
REGIONS = frozenset({"left.low_back", "right.low_back", "left.buttock", "right.buttock",
                     "left.calf", "right.temple"})
POINTS = frozenset({"quadratus_lumborum.tp1.left", "quadratus_lumborum.tp2.right",
                    "gluteus_medius.tp1.left", "soleus.tp1.left"})
DAY = dt.date(2026, 3, 14)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "records.sqlite3") as opened:
        yield opened


def draft(day: dt.date = DAY, **changes: Any) -> VisitDraft:
    base: dict[str, object] = {
        "date": day,
        "drawing": {"left.low_back": 7, "left.buttock": 3},
        "pain_before": 6,
        "pain_after": 2,
        "treated": ("quadratus_lumborum.tp1.left",),
        "notes": "worse after gardening",
    }
    return VisitDraft.from_mapping({**base, **changes})


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Look at the file with plain sqlite3, bypassing the Store."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# -- clients and visits ----------------------------------------------------------------------


def test_clients_are_added_updated_listed_by_name_and_deleted(store: Store) -> None:
    zoe = store.add_client("  Zoë Adler ", contact="0171 555", notes="left-handed")
    assert zoe.name == "Zoë Adler"
    assert zoe.created.tzinfo is not None
    bob = store.add_client("bob")
    ann = store.add_client("ann")
    ann2 = store.add_client("Ann")  # same name but for case: the older one comes first
    assert [c.id for c in store.clients()] == [ann.id, ann2.id, bob.id, zoe.id]

    changed = store.update_client(zoe.id, contact="zoe@example.org")
    assert changed == dataclasses.replace(zoe, contact="zoe@example.org")
    assert store.client(zoe.id) == changed

    store.delete_client(bob.id)
    assert bob.id not in [c.id for c in store.clients()]
    with pytest.raises(NotFoundError, match=f"no client with id {bob.id}"):
        store.client(bob.id)


def test_a_client_needs_a_name(store: Store) -> None:
    for bad in ("   ", "", "Ann\x00", "Ann\nBob", "x" * 201):
        with pytest.raises(ValueError, match="needs a name"):
            store.add_client(bad)
    client = store.add_client("Ann")
    with pytest.raises(ValueError, match="needs a name"):
        store.update_client(client.id, name="")
    assert store.client(client.id).name == "Ann"


def test_visits_are_kept_oldest_first_and_updated_as_a_whole(store: Store) -> None:
    client = store.add_client("Ann")
    late = store.add_visit(client.id, draft(DAY))
    early = store.add_visit(client.id, draft(DAY - dt.timedelta(days=7), pain_after=None))
    same_day = store.add_visit(client.id, draft(DAY, drawing=PainDrawing({"right.temple": 4})))
    assert [v.id for v in store.visits(client.id)] == [early.id, late.id, same_day.id]
    assert store.visit(late.id) == late
    assert late.draft() == draft(DAY)
    assert same_day.drawing == {"right.temple": 4}

    new = draft(DAY, drawing={"left.calf": 10}, treated=("soleus.tp1.left",
                                                         "gluteus_medius.tp1.left"),
                pain_before=None, notes="")
    updated = store.update_visit(late.id, new)
    assert updated == Visit(id=late.id, client_id=client.id, **new.as_dict())
    assert store.visit(late.id).treated == ("soleus.tp1.left", "gluteus_medius.tp1.left")

    store.delete_visit(early.id)
    assert [v.id for v in store.visits(client.id)] == [late.id, same_day.id]
    with pytest.raises(NotFoundError):
        store.visit(early.id)
    with pytest.raises(NotFoundError):
        store.delete_visit(early.id)
    with pytest.raises(NotFoundError):
        store.update_visit(early.id, new)


def test_deleting_a_client_deletes_their_visits(store: Store) -> None:
    keep, gone = store.add_client("Keep"), store.add_client("Gone")
    kept = store.add_visit(keep.id, draft())
    lost = [store.add_visit(gone.id, draft()).id for _ in range(3)]
    store.delete_client(gone.id)
    for vid in lost:
        with pytest.raises(NotFoundError):
            store.visit(vid)
    assert store.visits(keep.id) == [kept]
    assert raw(store.path, "SELECT count(*) FROM visit_regions")[0][0] == len(kept.drawing)
    with pytest.raises(NotFoundError):
        store.add_visit(gone.id, draft())


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"drawing": {"left.low_back": 11}}, "left.low_back"),
        ({"drawing": {"left.low_back": 0}}, "left.low_back"),
        ({"drawing": {"left.low_back": True}}, "left.low_back"),
        ({"pain_before": 11}, "pain_before"),
        ({"pain_after": -1}, "pain_after"),
        ({"pain_after": 2.5}, "pain_after"),
        ({"date": dt.datetime(2026, 1, 1, 9, 30)}, "date"),
        ({"treated": ("soleus.tp1.left", "soleus.tp1.left")}, "treated"),
        ({"mood": "fine"}, "mood"),
    ],
)
def test_a_visit_draft_refuses_bad_values(change: dict[str, Any], field: str) -> None:
    with pytest.raises(RecordValueError, match=re.escape(field)):
        draft(**change)
    # an export file's schema keeps the same limits, and its report names the same field
    from pydantic import ValidationError

    from bodymap.store.schemas import VisitDraftSchema

    base = draft().as_dict()
    with pytest.raises(ValidationError, match=re.escape(field)):
        VisitDraftSchema.model_validate({**base, **change})


_STORE_WITHOUT_PYDANTIC = """
import dataclasses, datetime as dt, sys
from pathlib import Path
from bodymap.store import Store, VisitDraft, write_client_json
with Store.open(Path(sys.argv[1]) / "c.sqlite3") as store:
    client = store.add_client("Ann")
    visit = store.add_visit(client.id, VisitDraft(date=dt.date(2026, 3, 1),
                                                  drawing={"left.low_back": 5}))
    store.update_visit(visit.id, dataclasses.replace(visit.draft(), pain_after=2))
    assert len(store.visit_history(visit.id)) == 1
    write_client_json(store, client.id, Path(sys.argv[1]) / "ann.json")
print(sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "pydantic_core")))
"""


def test_the_store_works_without_importing_pydantic(tmp_path: Path) -> None:
    """The window opens the records after its first paint: pydantic would cost ~100 ms
    there, so only an import (checking a file) loads it."""
    done = subprocess.run([sys.executable, "-c", _STORE_WITHOUT_PYDANTIC, str(tmp_path)],
                          capture_output=True, text=True, timeout=60, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert json.loads((tmp_path / "ann.json").read_text(encoding="utf-8"))["client"]["name"] \
        == "Ann"


def test_records_are_frozen(store: Store) -> None:
    client = store.add_client("Ann")
    with pytest.raises(dataclasses.FrozenInstanceError, match="name"):
        client.name = "Bob"  # type: ignore[misc]
    with pytest.raises(TypeError, match="age"):
        Client(id=1, name="x", contact="", notes="", created=client.created, age=3)  # type: ignore[call-arg]
    with pytest.raises(RecordValueError, match="extra field"):
        Client.from_mapping({"id": 1, "name": "x", "created": client.created, "age": 3})


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "a.sqlite3")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.clients()


# -- where the database lives ------------------------------------------------------------------


def test_default_path_honours_bodymap_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "mine.sqlite3"))
    assert default_db_path() == tmp_path / "mine.sqlite3"
    monkeypatch.delenv(DB_ENV)
    assert default_db_path() == Path(platformdirs.user_data_dir("bodymap")) / "bodymap.sqlite3"


def test_new_database_beside_picks_a_fresh_name(tmp_path: Path) -> None:
    broken = tmp_path / "bodymap.sqlite3"
    first = new_database_beside(broken, today=dt.date(2026, 11, 25))
    assert first == tmp_path / "bodymap-2026-11-25.sqlite3"
    first.write_bytes(b"")
    second = new_database_beside(broken, today=dt.date(2026, 11, 25))
    assert second == tmp_path / "bodymap-2026-11-25-2.sqlite3"
    Path(f"{second}-wal").write_bytes(b"")  # a leftover journal counts as taken
    assert new_database_beside(broken, today=dt.date(2026, 11, 25)).name == \
        "bodymap-2026-11-25-3.sqlite3"


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with Store.open(path) as store:
        store.add_client("Ann")
    with Store.open(path) as store:
        assert [c.name for c in store.clients()] == ["Ann"]


# -- schema versions ---------------------------------------------------------------------------

# The schema exactly as the first bodymap release wrote it (version 1). Frozen here on
# purpose: editing the migration in the package must not change what this test upgrades.
SCHEMA_V1 = [
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE clients (id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0), contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)""",
    """CREATE TABLE visits (id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (date(date) = date),
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        notes TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE visit_regions (
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        region TEXT NOT NULL, intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),
        PRIMARY KEY (visit_id, region)) WITHOUT ROWID""",
    """CREATE TABLE visit_points (
        visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        position INTEGER NOT NULL, point TEXT NOT NULL,
        PRIMARY KEY (visit_id, position), UNIQUE (visit_id, point)) WITHOUT ROWID""",
    "INSERT INTO clients VALUES (1, 'Old Client', 'tel', '', '2025-05-01T10:00:00+00:00')",
    "INSERT INTO visits VALUES (1, 1, '2025-05-02', 8, 3, 'first visit')",
    "INSERT INTO visit_regions VALUES (1, 'left.low_back', 8)",
    "INSERT INTO visit_points VALUES (1, 0, 'quadratus_lumborum.tp1.left')",
    "PRAGMA user_version = 1",
]


def test_an_old_version_file_is_upgraded_and_keeps_its_records(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in SCHEMA_V1:
            conn.execute(statement)
    finally:
        conn.close()

    with Store.open(path) as store:
        [client] = store.clients()
        assert (client.name, client.contact) == ("Old Client", "tel")
        assert client.created == dt.datetime(2025, 5, 1, 10, tzinfo=dt.UTC)
        assert store.visits(client.id) == [Visit(
            id=1, client_id=1, date=dt.date(2025, 5, 2), drawing={"left.low_back": 8},
            pain_before=8, pain_after=3, treated=("quadratus_lumborum.tp1.left",),
            notes="first visit")]
        store.add_visit(client.id, draft())
    assert raw(path, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert raw(path, "SELECT name FROM sqlite_schema WHERE name = 'visits_by_client'")
    assert raw(path, "PRAGMA journal_mode") == [("wal",)]
    # the version-1 file is kept, as it was, beside the upgraded one
    kept = backup_path(path, 1)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert raw(kept, "PRAGMA user_version") == [(1,)]
    assert raw(kept, "SELECT count(*) FROM visits") == [(1,)]


# -- privacy -----------------------------------------------------------------------------------


def test_files_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a typical, permissive user umask
    try:
        path = tmp_path / "new" / "folder" / "records.sqlite3"
        with Store.open(path) as store:
            client = store.add_client("Ann")
            store.add_visit(client.id, draft())
            for name in ("records.sqlite3", "records.sqlite3-wal", "records.sqlite3-shm"):
                assert stat.S_IMODE((path.parent / name).stat().st_mode) == 0o600, name
            write_client_json(store, client.id, tmp_path / "ann.json")
            write_client_csv(store, client.id, tmp_path / "ann.csv")
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        for name in ("ann.json", "ann.csv"):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    finally:
        os.umask(old)


NO_NETWORK = """
import sys

def refuse(event, args):
    if event.startswith(("socket.", "http.", "urllib.", "ftplib.", "smtplib.")):
        raise RuntimeError(f"network use: {event} {args!r}")

sys.addaudithook(refuse)

import datetime as dt
from pathlib import Path
from bodymap.store import (Store, VisitDraft, import_client_json, write_client_csv,
                           write_client_json)

folder = Path(sys.argv[1])
with Store.open(folder / "a.sqlite3") as store:
    client = store.add_client("Ann")
    store.add_visit(client.id, VisitDraft(date=dt.date(2026, 1, 2), drawing={"left.calf": 4}))
    write_client_json(store, client.id, folder / "ann.json")
    write_client_csv(store, client.id, folder / "ann.csv")
with Store.open(folder / "b.sqlite3") as other:
    import_client_json(other, folder / "ann.json", {"left.calf"}, set())
    print(len(other.visits(other.clients()[0].id)))

import socket
try:
    socket.create_connection(("127.0.0.1", 9))
except RuntimeError:
    print("a socket would have been noticed")
"""


def test_the_store_never_touches_the_network(tmp_path: Path) -> None:
    # An audit hook sees every socket the interpreter opens, from any library (in a child
    # process: audit hooks cannot be removed again).
    done = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, str(tmp_path)], capture_output=True, text=True,
        timeout=60, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["1", "a socket would have been noticed"]


# -- two windows on one file -------------------------------------------------------------------


def test_two_stores_on_one_file_see_each_others_saves(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    with Store.open(path) as one, Store.open(path) as two:
        client = one.add_client("Ann")
        for i in range(20):
            (one if i % 2 else two).add_visit(client.id, draft(notes=f"visit {i}"))
        assert one.visits(client.id) == two.visits(client.id)
        assert sorted(v.notes for v in one.visits(client.id)) == \
            sorted(f"visit {i}" for i in range(20))
        two.delete_client(client.id)
        assert one.clients() == []
    assert raw(path, "PRAGMA integrity_check") == [("ok",)]


# -- export and import -------------------------------------------------------------------------


def filled(store: Store) -> Client:
    client = store.add_client("Zoë Adler", contact="+44 171 555 0100", notes="=1+1 is a note")
    store.add_visit(client.id, draft(DAY))
    store.add_visit(client.id, draft(DAY - dt.timedelta(days=30), drawing={}, treated=(),
                                     pain_before=None, pain_after=None, notes=""))
    store.add_visit(client.id, draft(DAY, drawing={"right.temple": 9},
                                     notes='said "much better", then; left\nnew line'))
    return client


def test_json_export_import_export_is_identical(tmp_path: Path, store: Store) -> None:
    store.add_client("someone else, to shift the ids")
    client = filled(store)
    write_client_json(store, client.id, tmp_path / "zoe.json")
    with Store.open(tmp_path / "fresh.sqlite3") as fresh:
        fresh.add_client("Already here")
        fresh.add_client("And another")
        imported = import_client_json(fresh, tmp_path / "zoe.json", REGIONS, POINTS)
        assert imported.id != client.id
        assert dataclasses.replace(imported, id=client.id) == client
        assert export_client_json(fresh, imported.id) == export_client_json(store, client.id)
        assert [v.draft() for v in fresh.visits(imported.id)] == \
            [v.draft() for v in store.visits(client.id)]
        write_client_json(fresh, imported.id, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "zoe.json").read_bytes()
    data = json.loads((tmp_path / "zoe.json").read_text(encoding="utf-8"))
    assert data["format"] == "bodymap-client"
    assert "id" not in data["client"]


drafts = st.builds(
    VisitDraft,
    date=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    drawing=st.dictionaries(st.sampled_from(sorted(REGIONS)), st.integers(1, 10)),
    pain_before=st.none() | st.integers(0, 10),
    pain_after=st.none() | st.integers(0, 10),
    treated=st.lists(st.sampled_from(sorted(POINTS)), unique=True).map(tuple),
    notes=st.text(max_size=40),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits=st.lists(drafts, max_size=5),
       name=st.text(st.characters(exclude_categories=["Cc", "Cs", "Cf", "Zl", "Zp"]),
                    min_size=1, max_size=20)
       .filter(lambda s: s.strip() != ""))
def test_any_records_survive_the_json_round_trip(visits: list[VisitDraft], name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        with Store.open(base / "a.sqlite3") as one, Store.open(base / "b.sqlite3") as two:
            client = one.add_client(name, notes=name)
            for v in visits:
                one.add_visit(client.id, v)
            write_client_json(one, client.id, base / "c.json")
            copy = import_client_json(two, base / "c.json", REGIONS, POINTS)
            assert export_client_json(two, copy.id) == export_client_json(one, client.id)
            assert sorted((v.draft() for v in two.visits(copy.id)), key=repr) == \
                sorted(visits, key=repr)


def test_csv_has_one_row_per_visit_and_region(tmp_path: Path, store: Store) -> None:
    client = filled(store)
    write_client_csv(store, client.id, tmp_path / "zoe.csv")
    with (tmp_path / "zoe.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["visit"], r["visit_date"], r["region"], r["intensity"]) for r in rows] == [
        ("1", "2026-02-12", "", ""),
        ("2", "2026-03-14", "left.buttock", "3"),
        ("2", "2026-03-14", "left.low_back", "7"),
        ("3", "2026-03-14", "right.temple", "9"),
    ]
    assert {r["client"] for r in rows} == {"Zoë Adler"}
    assert rows[1]["pain_before"] == "6"
    assert rows[1]["pain_after"] == "2"
    assert rows[0]["pain_before"] == ""
    assert rows[1]["treated"] == "quadratus_lumborum.tp1.left"
    assert rows[3]["notes"] == 'said "much better", then; left\nnew line'


def test_csv_cells_cannot_become_spreadsheet_formulas(tmp_path: Path, store: Store) -> None:
    client = store.add_client("=HYPERLINK(\"http://x\")")
    store.add_visit(client.id, draft(notes="@SUM(A1)"))
    write_client_csv(store, client.id, tmp_path / "x.csv")
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as fh:
        [row] = list(csv.DictReader(fh))[:1]
    assert row["client"].startswith("'=")
    assert row["notes"] == "'@SUM(A1)"


def good_visit(**changes: object) -> dict[str, object]:
    return {"date": "2026-01-05", "drawing": {"left.low_back": 4}, "pain_before": 5,
            "pain_after": 3, "treated": ["quadratus_lumborum.tp1.left"], "notes": "", **changes}


def export_with(middle: dict[str, object]) -> dict[str, object]:
    return {"format": "bodymap-client", "format_version": 1,
            "client": {"name": "Imported", "contact": "", "notes": "",
                       "created": "2026-01-01T09:00:00Z"},
            "visits": [good_visit(), middle, good_visit(date="2026-02-01")]}


@pytest.mark.parametrize(
    ("middle", "field", "value"),
    [
        (good_visit(drawing={"left.low_bak": 4}), "visits[1].drawing", "left.low_bak"),
        (good_visit(drawing={"left.low_back": 11}), "visits[1].drawing.left.low_back", "11"),
        (good_visit(drawing={"left.low_back": "4"}), "visits[1].drawing.left.low_back", "'4'"),
        (good_visit(pain_after=12), "visits[1].pain_after", "12"),
        (good_visit(date="2026-02-30"), "visits[1].date", "2026-02-30"),
        (good_visit(date="05/01/2026"), "visits[1].date", "05/01/2026"),
        (good_visit(treated=["quadratus_lumborum.tp9.left"]), "visits[1].treated[0]",
         "quadratus_lumborum.tp9.left"),
        (good_visit(intensity=3), "visits[1].intensity", "3"),
        ({"date": "2026-01-05"} | {"drawing": {}, "id": 7}, "visits[1].id", "7"),
    ],
)
def test_a_bad_record_in_the_middle_imports_nothing(
    tmp_path: Path, store: Store, middle: dict[str, object], field: str, value: str
) -> None:
    existing = filled(store)
    before = export_client_json(store, existing.id)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(export_with(middle)), encoding="utf-8")
    with pytest.raises(ImportRefusedError) as caught:
        import_client_json(store, path, REGIONS, POINTS)
    message = str(caught.value)
    assert str(path) in message
    assert field in message
    assert value in message
    assert "nothing was changed" in message
    assert [c.id for c in store.clients()] == [existing.id]
    assert export_client_json(store, existing.id) == before


def test_unknown_ids_come_with_a_suggestion(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "typo.json"
    path.write_text(json.dumps(export_with(good_visit(drawing={"left.low_bak": 4}))),
                    encoding="utf-8")
    with pytest.raises(ImportRefusedError, match=r"Did you mean left\.low_back\b"):
        import_client_json(store, path, REGIONS, POINTS)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "Invalid JSON"),
        (b"{not json", "Invalid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "something-else", "format_version": 1}', "format"),
        (json.dumps(export_with(good_visit()) | {"format_version": FORMAT_VERSION + 1}).encode(),
         "format_version"),
        (json.dumps({k: v for k, v in export_with(good_visit()).items() if k != "client"})
         .encode(), "client: required field is missing"),
    ],
)
def test_files_that_are_not_client_exports_are_refused(
    tmp_path: Path, store: Store, content: bytes, says: str
) -> None:
    path = tmp_path / "wrong.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefusedError, match=says) as caught:
        import_client_json(store, path, REGIONS, POINTS)
    assert str(path) in str(caught.value)
    assert store.clients() == []


def test_a_missing_import_file_is_a_store_error(tmp_path: Path, store: Store) -> None:
    with pytest.raises(StoreError, match="cannot read the file") as caught:
        import_client_json(store, tmp_path / "nowhere.json", REGIONS, POINTS)
    assert caught.value.path == tmp_path / "nowhere.json"


def test_the_store_does_not_import_qt() -> None:
    code = ("import sys, bodymap.store; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', "
            "'pyqtgraph')]; print(bad)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=REPO, check=True)
    assert done.stdout.strip() == "[]"


def test_opening_a_corrupt_file_is_a_corrupt_database_error(tmp_path: Path) -> None:
    # (the full set of damaged and foreign files is in test_store_faults.py)
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(CorruptDatabase):
        Store.open(path)
