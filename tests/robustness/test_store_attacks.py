"""Attacks on the records file (issue 18, points 1, 6, 7, 8 and 10): a crash while the
pre-upgrade copy is written, a copy renamed over the open database, a file emptied or
overwritten behind bodymap's back, a second window behind a long write, special files, and
names built to spoof. Real files, real SQLite, real processes where a process matters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bodymap.store import (
    CorruptDatabase,
    DatabaseReplacedError,
    ImportRefusedError,
    Store,
    StoreError,
    VisitDraft,
    import_client_json,
    write_client_json,
)
from bodymap.store.database import backup_path
from bodymap.store.schema import LATEST_VERSION

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}
REGIONS = {"left.low_back", "right.low_back"}
POINTS = {"quadratus_lumborum.tp1.left"}

SCHEMA_V1 = (
    "PRAGMA application_id = 1651335536",
    """CREATE TABLE clients (id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        contact TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL)""",
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
)


def version1_file(path: Path, visits: int, note_bytes: int = 100) -> None:
    """A database as the first bodymap release wrote it, with ``visits`` visits."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in SCHEMA_V1:
            conn.execute(statement)
        conn.execute("BEGIN")
        conn.execute("INSERT INTO clients VALUES (1, 'Old Client', '', '', "
                     "'2025-05-01T10:00:00+00:00')")
        conn.executemany("INSERT INTO visits VALUES (?, 1, '2025-05-02', 5, 3, ?)",
                         [(i, f"{i} " + "n" * note_bytes) for i in range(1, visits + 1)])
        conn.execute("COMMIT")
        conn.execute("PRAGMA user_version = 1")
    finally:
        conn.close()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def visit(n: int = 0) -> VisitDraft:
    return VisitDraft(date=dt.date(2026, 3, 1) + dt.timedelta(days=n),
                      drawing={"left.low_back": 6}, notes=f"visit {n}")


def other_copy(path: Path, clients: int) -> None:
    """Another bodymap database (a synced copy from another computer), fully written."""
    with Store.open(path) as store:
        for i in range(clients):
            client = store.add_client(f"Synced {i}")
            store.add_visit(client.id, visit(i))
    for side in ("-wal", "-shm", "-id"):
        Path(f"{path}{side}").unlink(missing_ok=True)


# -- 1. the copy kept before an upgrade --------------------------------------------------------


@pytest.mark.parametrize("left_by_crash", ["empty", "cut short"])
def test_an_unfinished_pre_upgrade_copy_is_never_trusted(tmp_path: Path,
                                                         left_by_crash: str) -> None:
    path = tmp_path / "records.sqlite3"
    version1_file(path, visits=300)
    kept = backup_path(path, 1)
    # what a kill -9 in the middle of copying left behind
    kept.write_bytes(b"" if left_by_crash == "empty" else path.read_bytes()[:4096])

    with Store.open(path) as store:
        assert len(store.visits(1)) == 300
    assert query(path, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert query(kept, "PRAGMA user_version") == [(1,)]
    assert query(kept, "SELECT count(*) FROM visits") == [(300,)]
    assert query(kept, "PRAGMA quick_check") == [("ok",)]


def test_kill_9_while_the_pre_upgrade_copy_is_written_never_leaves_a_false_copy(
        tmp_path: Path) -> None:
    """The issue's attack: kill the opening process while it copies a large v1 file, then
    start again. Every time, the database must end upgraded with a complete copy."""
    original = tmp_path / "original.sqlite3"
    version1_file(original, visits=4000, note_bytes=4000)  # about 17 MB
    for attempt in range(3):
        path = tmp_path / f"records{attempt}.sqlite3"
        path.write_bytes(original.read_bytes())
        proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; from bodymap.store import Store; "
             "Store.open(sys.argv[1]).close()", str(path)],
            cwd=REPO, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        # kill as soon as the copy (under any name) has started to appear
        while time.monotonic() < deadline and proc.poll() is None:
            if any("before-upgrade" in p.name for p in tmp_path.iterdir()):
                break
            time.sleep(0.001)
        proc.kill()
        proc.wait()
        with Store.open(path) as store:
            assert len(store.visits(1)) == 4000
        kept = backup_path(path, 1)
        assert query(kept, "SELECT count(*) FROM visits") == [(4000,)], attempt
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# -- 7. the database file's identity -------------------------------------------------------------


def test_a_copy_renamed_over_the_open_database_is_never_written_to(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    store = Store.open(path)
    local = store.add_client("Local")
    for n in range(31):
        store.add_visit(local.id, visit(n))
    synced = tmp_path / "synced.sqlite3"
    other_copy(synced, clients=5)
    os.replace(synced, path)  # what a folder-sync tool does
    before = digest(path)

    with pytest.raises(DatabaseReplacedError, match="renamed over") as refused:
        store.add_visit(local.id, visit(99))
    assert "sync" in str(refused.value)
    # nothing lost: what this window had saved is copied beside, the synced copy untouched
    [rescued] = tmp_path.glob("records.rescued-*.sqlite3")
    assert query(rescued, "SELECT count(*) FROM visits") == [(31,)]
    assert digest(path) == before
    store.close()
    assert query(path, "SELECT name FROM clients ORDER BY id") == [
        (f"Synced {i}",) for i in range(5)]


def test_the_old_journal_is_never_replayed_into_a_copy_renamed_over_the_database(
        tmp_path: Path) -> None:
    """Window 1 keeps the database (and its journal) open; a synced copy with 200 visits
    is renamed over it; window 2 opens the file. It must not see window 1's 31 visits
    mixed into the copy: it refuses, and the copy keeps its 200 visits."""
    path = tmp_path / "records.sqlite3"
    first = Store.open(path)
    local = first.add_client("Local")
    for n in range(31):
        first.add_visit(local.id, visit(n))
    synced = tmp_path / "synced.sqlite3"
    with Store.open(synced) as store:
        client = store.add_client("Synced")
        for n in range(200):
            store.add_visit(client.id, visit(n))
    for side in ("-wal", "-shm", "-id"):
        Path(f"{synced}{side}").unlink(missing_ok=True)
    os.replace(synced, path)

    with pytest.raises(DatabaseReplacedError, match="journal of the old file"):
        Store.open(path)
    first.close()
    assert query(path, "SELECT count(*) FROM visits") == [(200,)]
    assert query(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_database_emptied_while_open_refuses_saves_instead_of_losing_them(
        tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    store = Store.open(path)
    client = store.add_client("Ana")
    os.truncate(path, 0)
    with pytest.raises(DatabaseReplacedError, match="emptied"):
        store.add_visit(client.id, visit())
    store.close()


def test_a_database_overwritten_in_place_refuses_saves(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    store = Store.open(path)
    client = store.add_client("Ana")
    with path.open("r+b") as fh:  # same file, other content (not even SQLite)
        fh.write(b"this is a spreadsheet now\n" * 200)
    with pytest.raises(DatabaseReplacedError, match="overwritten"):
        store.add_visit(client.id, visit())
    store.close()


def test_a_used_database_truncated_to_nothing_is_not_taken_for_a_new_one(
        tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    with Store.open(path) as store:
        store.add_client("Ana")
    os.truncate(path, 0)
    with pytest.raises(CorruptDatabase, match=r"empty .0 bytes.*used this file before"):
        Store.open(path)
    assert path.stat().st_size == 0  # left exactly as found


def test_a_new_empty_file_still_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "touched.sqlite3"
    path.touch()  # made by the user, never used by bodymap
    with Store.open(path) as store:
        assert store.clients() == []


# -- 10. opening for reading does not queue for the write lock -----------------------------------


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO clients (name, created) VALUES ('Import', '2026-01-01T00:00:00+00:00')")
print("locked", flush=True)
time.sleep(60)
"""


def test_a_second_window_opens_while_another_process_holds_the_write_lock(
        tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    with Store.open(path) as store:
        store.add_client("Ana")
    importer = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(path)],
                                stdout=subprocess.PIPE, text=True)
    try:
        assert importer.stdout is not None
        assert importer.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with Store.open(path) as second:
            assert [c.name for c in second.clients()] == ["Ana"]
        assert time.monotonic() - started < 3.0
    finally:
        importer.kill()
        importer.wait()
        if importer.stdout is not None:
            importer.stdout.close()


# -- 6. names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "why"), [
    ("Ana\u202eevi", "text-direction"),         # right-to-left override
    ("An\u200ba", "invisible"),                 # zero-width space
    ("Ana\u2066", "text-direction"),            # left-to-right isolate
    ("\ufeffAna", "invisible"),                 # byte-order mark
    ("Ana\x1b[31m", "control character"),       # pasted terminal colour
    ("Ana\u2028Bob", "line separator"),
    ("x" * 201, "at most 200 characters"),
])
def test_spoofing_and_unprintable_names_are_refused_with_a_reason(
        tmp_path: Path, name: str, why: str) -> None:
    with Store.open(tmp_path / "records.sqlite3") as store:
        with pytest.raises(ValueError, match=why):
            store.add_client(name)
        ana = store.add_client("Ana")
        with pytest.raises(ValueError, match=why):
            store.update_client(ana.id, name=name)
        assert [c.name for c in store.clients()] == ["Ana"]


def test_names_in_other_scripts_are_welcome(tmp_path: Path) -> None:
    names = ["Zoë Ærøskøbing", "محمد العلي", "王小明", "Ólafur Þór", "Nguyễn Thị Ánh"]
    with Store.open(tmp_path / "records.sqlite3") as store:
        for name in names:
            store.add_client(name)
        assert sorted(c.name for c in store.clients()) == sorted(names)


def test_an_import_with_a_spoofing_name_is_refused_naming_the_field(tmp_path: Path) -> None:
    with Store.open(tmp_path / "records.sqlite3") as store:
        ana = store.add_client("Ana")
        out = tmp_path / "ana.json"
        write_client_json(store, ana.id, out)
        out.write_text(out.read_text(encoding="utf-8").replace('"Ana"', '"An\\u200ba"'),
                       encoding="utf-8")
        with pytest.raises(ImportRefusedError, match=r"client\.name.*invisible"):
            import_client_json(store, out, REGIONS, POINTS)
        assert len(store.clients()) == 1


# -- 8. special files ----------------------------------------------------------------------------


OPEN_DB = "import sys; from bodymap.store import Store; Store.open(sys.argv[1])"


def test_a_fifo_as_the_database_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "records.sqlite3"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-c", OPEN_DB, str(fifo)], cwd=REPO, env=ENV,
                          capture_output=True, text=True, timeout=20)
    assert done.returncode != 0
    assert "named pipe" in done.stderr and "not a database file" in done.stderr


def test_a_device_as_the_database_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "records.sqlite3"
    link.symlink_to("/dev/zero")
    with pytest.raises(StoreError, match="character device"):
        Store.open(link)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_special_file_as_an_import_is_refused(tmp_path: Path, kind: str) -> None:
    source = tmp_path / "client.json"
    if kind == "fifo":
        os.mkfifo(source)
    else:
        source.symlink_to("/dev/zero")
    script = ("import sys; from bodymap.store import Store, import_client_json, "
              "ImportRefusedError\n"
              "with Store.open(sys.argv[2]) as s:\n"
              "    try:\n"
              "        import_client_json(s, sys.argv[1], set(), set())\n"
              "    except ImportRefusedError as e:\n"
              "        print(e)\n")
    done = subprocess.run([sys.executable, "-c", script, str(source),
                           str(tmp_path / "r.sqlite3")], cwd=REPO, env=ENV,
                          capture_output=True, text=True, timeout=20,
                          preexec_fn=_limit_memory)
    assert done.returncode == 0, done.stderr[-500:]
    assert "not a regular file" in done.stdout


def _limit_memory() -> None:
    # on the unfixed code /dev/zero is read until memory runs out: keep that small
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
