"""The store under faults: kill -9 mid-save, damaged and foreign files, read-only places,
a full disk, and several processes writing at once. Nothing committed may be lost, and a
file we cannot use is never changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bodymap.store import (
    CorruptDatabase,
    Store,
    StoreError,
    VisitDraft,
    export_client_json,
    import_client_json,
    new_database_beside,
)
from tests.unit.store_writer import POINTS, REGIONS, visit_for

# real processes killed mid-write: the slow lane
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("store_writer.py")
ENV = {**os.environ, "PYTHONPATH": str(REPO)}
KILLS = 6


def writer(path: Path, tag: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(path), tag, str(count)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=ENV,
    )


def committed_lines(text: str) -> list[str]:
    # only whole lines count: a line cut short by the kill was never fully reported
    return text.split("\n")[:-1]


def integrity(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(path: Path, visits: int = 20) -> dict[str, object]:
    """A database with one client and some visits; returns that client's export."""
    with Store.open(path) as store:
        client = store.add_client("Ann")
        for n in range(visits):
            store.add_visit(client.id, visit_for("fill", n))
        return export_client_json(store, client.id)


def only_export(path: Path) -> dict[str, object]:
    with Store.open(path) as store:
        [client] = store.clients()
        return export_client_json(store, client.id)


# -- kill -9 in the middle of saving -----------------------------------------------------------


def test_kill_9_while_saving_loses_no_committed_visit(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    rng = random.Random(20261125)
    reported: dict[int, tuple[str, int]] = {}
    clients: dict[int, str] = {}
    for k in range(KILLS):
        tag = f"run{k}"
        proc = writer(path, tag, 0)
        try:
            assert proc.stdout is not None
            target = rng.randint(1, 300)
            out: list[str] = []
            for line in proc.stdout:
                out.append(line.rstrip("\n"))
                if len(out) > target:
                    break
            proc.send_signal(signal.SIGKILL)  # mid-save: it writes without pause
            rest, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        assert proc.returncode == -signal.SIGKILL, err
        for line in out + committed_lines(rest):
            first, second = line.split()
            if first == "client":
                clients[int(second)] = tag
            else:
                reported[int(first)] = (tag, int(second))

    assert len(reported) > KILLS
    assert integrity(path) == [("ok",)]
    with Store.open(path) as store:
        for visit_id, (tag, n) in reported.items():
            assert store.visit(visit_id).draft() == visit_for(tag, n), (visit_id, tag, n)
        # and whatever else was saved (committed just before the kill, not yet reported)
        # is whole, never a torn record
        for client in store.clients():
            tag = client.name.removeprefix("writer ")
            for visit in store.visits(client.id):
                n = int(visit.notes.split()[2])
                assert visit.draft() == visit_for(tag, n)
        assert set(clients) <= {c.id for c in store.clients()}


def uncommitted_frames(wal: Path) -> int:
    """Frames (whole or torn) after the last commit in a WAL file: a save cut off mid-write.

    Format: https://www.sqlite.org/fileformat.html#the_write_ahead_log
    """
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) < 32:
        return 0
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    frames: list[bool] = []  # is it a commit frame?
    offset = 32
    while offset + 24 <= len(data) and data[offset + 8: offset + 16] == salts:
        frames.append(struct.unpack(">I", data[offset + 4: offset + 8])[0] != 0)
        offset += 24 + page_size
    last_commit = max((i for i, commit in enumerate(frames) if commit), default=-1)
    return len(frames) - 1 - last_commit


def test_kill_9_at_exact_disk_writes_loses_no_committed_visit(tmp_path: Path) -> None:
    """strace kills the writer as it enters its N-th pwrite(): inside a commit that is half
    in the journal, or inside a checkpoint copying the journal into the database.
    """
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("needs strace to kill at an exact write")
    path = tmp_path / "torn.sqlite3"
    reported: dict[int, tuple[str, int]] = {}
    torn = []
    for k, when in enumerate((120, 260, 333, 455, 530, 777)):
        tag = f"cut{k}"
        done = subprocess.run(
            [strace, "-f", "-qq", "-o", os.devnull, "-e", "trace=pwrite64",
             "-e", f"inject=pwrite64:signal=SIGKILL:when={when}",
             sys.executable, str(WRITER), str(path), tag, "0"],
            capture_output=True, text=True, timeout=60, cwd=REPO, env=ENV, check=False,
        )
        if done.returncode != -signal.SIGKILL and "strace:" in done.stderr:
            pytest.skip(f"strace cannot trace here: {done.stderr.strip()[:200]}")
        assert done.returncode == -signal.SIGKILL, done.stderr
        torn.append(uncommitted_frames(Path(f"{path}-wal")))
        for line in committed_lines(done.stdout):
            first, second = line.split()
            if first != "client":
                reported[int(first)] = (tag, int(second))
    # the kills did land inside saves, leaving half-written transactions behind
    assert any(torn), torn
    assert integrity(path) == [("ok",)]
    with Store.open(path) as store:
        for visit_id, (tag, n) in reported.items():
            assert store.visit(visit_id).draft() == visit_for(tag, n), (visit_id, tag, n)
        for client in store.clients():
            for visit in store.visits(client.id):
                assert visit.draft() == visit_for(client.name.removeprefix("writer "),
                                                  int(visit.notes.split()[2]))


# -- several processes on one file -------------------------------------------------------------


def test_three_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"  # created by whichever process comes first
    count = 120
    procs = {tag: writer(path, tag, count) for tag in ("a", "b", "c")}
    outputs = {}
    for tag, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs[tag] = committed_lines(out)
    assert integrity(path) == [("ok",)]
    with Store.open(path) as store:
        for tag, lines in outputs.items():
            assert len(lines) == count + 1
            client_id = int(lines[0].split()[1])
            assert [v.draft() for v in sorted(store.visits(client_id), key=lambda v: v.id)] == \
                [visit_for(tag, n) for n in range(count)]
            for line in lines[1:]:
                visit_id, n = map(int, line.split())
                assert store.visit(visit_id).notes.startswith(f"{tag} visit {n} ")


# -- files we must not touch -------------------------------------------------------------------


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def text_file(path: Path) -> None:
    path.write_text("Client list\nAnn: low back\n" * 50, encoding="utf-8")


def other_apps_database(path: Path, wal: bool = False) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, body TEXT)")
        conn.executemany("INSERT INTO contacts (name) VALUES (?)", [("x",), ("y",)])
    finally:
        conn.close()


def other_apps_wal_database(path: Path) -> None:
    other_apps_database(path, wal=True)


def newer_bodymap(path: Path) -> None:
    fill(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA user_version = 99")
    finally:
        conn.close()


def scribbled_bodymap(path: Path) -> None:
    fill(path, visits=60)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[3 * page + 100: 3 * page + 900] = random.Random(3).randbytes(800)
    path.write_bytes(bytes(data))


def truncated_bodymap(path: Path) -> None:
    fill(path, visits=60)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def header_only(path: Path) -> None:
    fill(path)
    path.write_bytes(path.read_bytes()[:60])


def bodymap_without_visits_table(path: Path) -> None:
    fill(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE visit_points")
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (random_bytes, "not an SQLite file"),
        (text_file, "not an SQLite file"),
        (other_apps_database, "another program"),
        (other_apps_wal_database, "another program"),
        (newer_bodymap, "newer version of bodymap"),
        (scribbled_bodymap, "damaged"),
        (truncated_bodymap, "damaged"),
        (header_only, "damaged"),
        (bodymap_without_visits_table, "missing tables: visit_points"),
    ],
)
def test_a_file_we_cannot_use_is_reported_and_left_untouched(
    tmp_path: Path, make: Callable[[Path], None], says: str
) -> None:
    path = tmp_path / "bodymap.sqlite3"
    make(path)
    before = digest(path)
    files = sorted(tmp_path.iterdir())
    with pytest.raises(CorruptDatabase) as caught:
        Store.open(path)
    message = str(caught.value)
    assert says in message
    assert str(path) in message
    assert "new database beside it" in message
    assert caught.value.path == path
    assert digest(path) == before
    assert sorted(tmp_path.iterdir()) == files  # not even a journal left beside it
    with pytest.raises(CorruptDatabase):  # and again: the first attempt changed nothing
        Store.open(path)
    assert digest(path) == before

    # what the app then offers: a fresh database beside the unusable one
    fresh = new_database_beside(path)
    assert fresh.parent == path.parent
    assert not fresh.exists()
    with Store.open(fresh) as store:
        store.add_client("Ann")
    assert digest(path) == before


# -- read-only places --------------------------------------------------------------------------


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable, even for root (who ignores permission bits)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True,
                                        check=False).returncode != 0:
        pytest.skip("running as root and cannot set the immutable attribute")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_a_read_only_database_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    saved = fill(path)
    before = digest(path)
    with read_only(path), pytest.raises(StoreError, match="read-only") as caught:
        Store.open(path)
    assert str(path) in str(caught.value)
    assert "--db" in str(caught.value)
    assert digest(path) == before
    assert only_export(path) == saved


def test_a_new_database_in_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "records.sqlite3"
    with read_only(folder), pytest.raises(StoreError, match="cannot create") as caught:
        Store.open(path)
    assert str(path) in str(caught.value)
    assert not path.exists()


def test_a_database_in_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "records.sqlite3"
    saved = fill(path)
    with read_only(folder), pytest.raises(StoreError, match=r"folder .* is read-only"):
        Store.open(path)
    assert only_export(path) == saved


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


# -- a full disk -------------------------------------------------------------------------------

BIG_NOTES = "the client talked a lot " * 20_000  # about 480 KB


def test_a_full_database_refuses_the_save_and_keeps_everything_before(tmp_path: Path) -> None:
    path = tmp_path / "full.sqlite3"
    saved = fill(path)
    with Store.open(path) as store:
        [client] = store.clients()
        conn = store._conn  # the one liberty: cap this connection's file size, as a full disk
        assert conn is not None
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 4}")
        with pytest.raises(StoreError, match="disk is full") as caught:
            store.add_visit(client.id, VisitDraft(date=dt.date(2026, 5, 1), notes=BIG_NOTES))
        assert str(path) in str(caught.value)
        assert export_client_json(store, client.id) == saved
        small = store.add_visit(client.id, VisitDraft(date=dt.date(2026, 5, 2)))
    assert integrity(path) == [("ok",)]
    with Store.open(path) as store:
        assert store.visit(small.id).date == dt.date(2026, 5, 2)
        store.delete_visit(small.id)
    assert only_export(path) == saved


def test_an_import_that_fills_the_disk_imports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "full.sqlite3"
    saved = fill(path)
    export = {
        "format": "bodymap-client", "format_version": 1,
        "client": {"name": "Big", "contact": "", "notes": "", "created": "2026-01-01T00:00:00Z"},
        "visits": [visit_for("big", n).as_dict("json") | {"notes": f"{n} {BIG_NOTES}"}
                   for n in range(10)],
    }
    source = tmp_path / "big.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    with Store.open(path) as store:
        conn = store._conn
        assert conn is not None
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 500}")  # room for some visits only
        with pytest.raises(StoreError, match="disk is full"):
            import_client_json(store, source, REGIONS, POINTS)
        assert [c.name for c in store.clients()] == ["Ann"]
    assert only_export(path) == saved


WRITE_LIMITED = """
import datetime as dt, resource, signal, sys
from bodymap.store import Store, StoreError, VisitDraft

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, resource.RLIM_INFINITY))
with Store.open(sys.argv[1]) as store:
    [client] = store.clients()
    try:
        store.add_visit(client.id, VisitDraft(date=dt.date(2026, 5, 1), notes="x" * 2_000_000))
    except StoreError as exc:
        print("refused:", exc)
    print("then saved", store.add_visit(client.id, VisitDraft(date=dt.date(2026, 5, 2))).id)
"""


def test_a_disk_that_refuses_writes_loses_nothing(tmp_path: Path) -> None:
    # The operating system itself refuses to write past 256 KiB (RLIMIT_FSIZE), as when a
    # disk fills up under SQLite.
    path = tmp_path / "limited.sqlite3"
    saved = fill(path, visits=8)
    assert path.stat().st_size < 200 * 1024
    done = subprocess.run([sys.executable, "-c", WRITE_LIMITED, str(path)], capture_output=True,
                          text=True, timeout=60, cwd=REPO, env=ENV, check=False)
    assert done.returncode == 0, done.stderr
    refused, then = done.stdout.strip().split("\n")
    assert refused.startswith(f"refused: {path}: saving the visit failed: ")
    assert "Nothing was changed" in refused
    assert integrity(path) == [("ok",)]
    with Store.open(path) as store:
        small = store.visit(int(then.split()[-1]))
        assert small.date == dt.date(2026, 5, 2)
        store.delete_visit(small.id)
    assert only_export(path) == saved
