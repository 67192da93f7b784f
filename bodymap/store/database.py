"""The Store: clients and visits in one SQLite file, one transaction per save.

Durability: WAL journal with ``synchronous=FULL``, so a committed visit survives a crash,
``kill -9`` or power loss, and an interrupted save leaves no trace. Several windows (or
processes) may share a file: writers take the lock up front (``BEGIN IMMEDIATE``) and wait
up to BUSY_TIMEOUT_S for each other. Privacy: files are created owner-only (0600), deleted
records are overwritten (``secure_delete``), and nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from bodymap.domain.drawing import Quality
from bodymap.domain.figures import Figure
from bodymap.domain.files import NotRegularFileError, kind_of
from bodymap.i18n import QT_TRANSLATE_NOOP

# DB_ENV (the environment variable that overrides the database location; the CLI's --db wins
# over it) and default_db_path live beside the shipped data's folders, so that the window can
# name the database without importing the store, which it opens after its first paint
from bodymap.resources import DB_ENV as DB_ENV
from bodymap.resources import DB_NAME as DB_NAME
from bodymap.resources import default_db_path as default_db_path
from bodymap.store.errors import (
    CorruptDatabase,
    DatabaseReplacedError,
    NotFoundError,
    Phrase,
    StoreError,
)
from bodymap.store.models import (
    Client,
    RecordValueError,
    Visit,
    VisitDraft,
    VisitRecord,
    VisitRevision,
    check_name,
)
from bodymap.store.names import InvalidNameError, check_client_name
from bodymap.store.schema import APPLICATION_ID, LATEST_VERSION, check_identity, migrate

BUSY_TIMEOUT_S = 10.0
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PRIVATE = 0o600
# Beside the database, the device and inode of the file its -wal journal belongs to: a
# sync tool that renames another copy over the database leaves the old journal behind, and
# SQLite would replay it into the new file (a synced copy with 200 visits came back with
# the local 31). Written by every successful open; read before trusting a journal.
IDENTITY_SUFFIX = "-id"
_SIDE_FILES = ("-wal", "-shm", "-journal", IDENTITY_SUFFIX)
_WAL_HEADER_BYTES = 32  # a -wal this short holds no frames: nothing in it to mix up
_REPLACED_ADVICE = Phrase(QT_TRANSLATE_NOOP(
    "Store",
    "A folder-sync tool (Dropbox, OneDrive, Syncthing...) or a restore may have done this: "
    "keep client records outside synced folders. Nothing was changed."))

# What the store was doing when it failed: the {action} of its messages ("saving the visit
# failed: ..."), translated with them.
_OPENING = Phrase(QT_TRANSLATE_NOOP("Store", "opening the database"))
_READING = Phrase(QT_TRANSLATE_NOOP("Store", "reading the database"))
_UPGRADING = Phrase(QT_TRANSLATE_NOOP("Store", "upgrading the database"))
_COPYING = Phrase(QT_TRANSLATE_NOOP("Store", "copying the database before upgrading it"))
_SAVING_CLIENT = Phrase(QT_TRANSLATE_NOOP("Store", "saving the client"))
_IMPORTING_CLIENT = Phrase(QT_TRANSLATE_NOOP("Store", "importing the client"))
_DELETING_CLIENT = Phrase(QT_TRANSLATE_NOOP("Store", "deleting the client"))
_SAVING_FIGURE = Phrase(QT_TRANSLATE_NOOP("Store", "saving the client's figure"))
_SAVING_VISIT = Phrase(QT_TRANSLATE_NOOP("Store", "saving the visit"))
_DELETING_VISIT = Phrase(QT_TRANSLATE_NOOP("Store", "deleting the visit"))

# SQLite primary result codes (sqlite3.h); extended codes carry them in the low byte.
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3, 5, 6, 8, 10, 11, 13, 14, 26,
)


def new_database_beside(path: str | os.PathLike[str], today: dt.date | None = None) -> Path:
    """A name for a fresh database in the same folder, e.g. ``bodymap-2026-11-25.sqlite3``,
    then ``bodymap-2026-11-25-2.sqlite3``... Nothing existing (nor its journal) is reused.
    """
    folder = Path(path).expanduser().absolute().parent
    stem = f"bodymap-{(today or dt.date.today()).isoformat()}"
    n = 1
    while True:
        candidate = folder / (f"{stem}.sqlite3" if n == 1 else f"{stem}-{n}.sqlite3")
        taken = [Path(f"{candidate}{s}") for s in ("", *_SIDE_FILES)]
        if not any(os.path.lexists(p) for p in taken):
            return candidate
        n += 1


@contextmanager
def _owner_only() -> Iterator[None]:
    # SQLite creates -wal/-shm lazily, on first use of the connection: keep the umask tight
    # for the whole open so they are never readable by others, whatever the user's umask.
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _error_for(path: Path, exc: sqlite3.Error, action: Phrase) -> StoreError:
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    # {action} is what failed ("saving the visit"), {error} SQLite's own English words
    values = {"action": action, "error": str(exc)}
    if code == _FULL:
        return StoreError(path, QT_TRANSLATE_NOOP(
            "Store",
            "{action} failed: the disk is full (or the database reached its size limit). "
            "Nothing was changed; everything saved before is safe. "
            "Free some disk space and try again."), values)
    if code in (_READONLY, _PERM, _CANTOPEN):
        return StoreError(path, QT_TRANSLATE_NOOP(
            "Store",
            "{action} failed: the database or its folder cannot be written ({error}). "
            "Check the permissions, or choose another file with --db PATH."), values)
    if code in (_BUSY, _LOCKED):
        return StoreError(path, QT_TRANSLATE_NOOP(
            "Store",
            "{action} failed: another program (perhaps a second bodymap window) kept the "
            "database busy for more than {seconds} s. Nothing was changed; try again."),
            {**values, "seconds": f"{BUSY_TIMEOUT_S:g}"})
    if code in (_CORRUPT, _NOTADB):
        return CorruptDatabase(path, QT_TRANSLATE_NOOP(
            "Store",
            "{action} failed: the database is damaged ({error}). Restore it from a backup, "
            "or start a new database beside it."), values)
    if code == _IOERR:
        return StoreError(path, QT_TRANSLATE_NOOP(
            "Store",
            "{action} failed: the disk reported an error ({error}). Nothing was changed; "
            "check the disk (is it full, or removed?) and try again."), values)
    return StoreError(path, QT_TRANSLATE_NOOP("Store", "{action} failed: {error}"), values)


def _prepare_file(path: Path) -> bytes:
    """Make sure ``path`` may be opened. Returns its first 100 bytes (none: a new file)."""
    if path.is_dir():
        raise StoreError(path, QT_TRANSLATE_NOOP(
            "Store", "is a folder, not a database file. Choose a file name."), {})
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _PRIVATE)
        except FileExistsError:
            pass  # another bodymap created it a moment ago: open that one
        except OSError as exc:
            raise StoreError(path, QT_TRANSLATE_NOOP(
                "Store",
                "cannot create the database: {error}. Is the folder read-only? "
                "Choose another file with --db PATH."), {"error": exc.strerror}) from exc
        else:
            os.close(fd)
    try:
        head = _read_head(path)
    except NotRegularFileError as exc:
        raise StoreError(path, QT_TRANSLATE_NOOP(
            "Store", "{problem} Choose a database file with --db PATH."),
            {"problem": str(exc)}) from exc
    except OSError as exc:
        raise StoreError(path, QT_TRANSLATE_NOOP(
            "Store", "cannot read the database: {error}. Check its permissions."),
            {"error": exc.strerror}) from exc
    if not head and (_journal_has_frames(path) or _recorded_identity(path) is not None):
        # bodymap writes the header on first use, so an empty file it has used before was
        # truncated by someone else: starting a new database in it would hide the loss
        raise DatabaseReplacedError(path, QT_TRANSLATE_NOOP(
            "Store",
            "is empty (0 bytes), but bodymap has used this file before: it was truncated or "
            "replaced by another program. Restore it from a backup (or the sync tool's "
            "history), or start a new database beside it. {advice}"),
            {"advice": _REPLACED_ADVICE})
    if head and not head.startswith(_SQLITE_MAGIC):
        raise CorruptDatabase(path, QT_TRANSLATE_NOOP(
            "Store",
            "is not a bodymap database (not an SQLite file at all). Choose another file "
            "(--db PATH), or start a new database beside it. The file was not changed."), {})
    if head and len(head) < 100:
        raise CorruptDatabase(path, QT_TRANSLATE_NOOP(
            "Store",
            "is a damaged database (cut short after its first bytes). Restore it from a "
            "backup, or start a new database beside it. The file was not changed."), {})
    if not os.access(path, os.W_OK):
        raise StoreError(path, QT_TRANSLATE_NOOP(
            "Store", "the database file is read-only. Make it writable, or choose another "
                     "file with --db PATH."), {})
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StoreError(path, QT_TRANSLATE_NOOP(
            "Store",
            "the folder {folder} is read-only, and bodymap must create its journal "
            "files beside the database. Make the folder writable, or choose another file "
            "with --db PATH."), {"folder": path.parent})
    return head


def _read_head(path: Path) -> bytes:
    """The first 100 bytes (the SQLite header) of a regular file, without blocking on a
    FIFO (``st_size`` is 0 for pipes and devices, so a size check would let them through)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(f"is {kind_of(mode)}, not a database file.")
        return os.read(fd, 100)
    finally:
        os.close(fd)


def _journal_has_frames(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > _WAL_HEADER_BYTES
    except OSError:
        return False


def _file_identity(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _recorded_identity(path: Path) -> tuple[int, int] | None:
    try:
        dev, ino = Path(f"{path}{IDENTITY_SUFFIX}").read_text(encoding="ascii").split()
        return int(dev), int(ino)
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _record_identity(path: Path) -> None:
    """Note which file the journal now belongs to (atomically; owner-only by the umask)."""
    identity = _file_identity(path)
    if _recorded_identity(path) == identity:
        return
    target = Path(f"{path}{IDENTITY_SUFFIX}")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(f"{identity[0]} {identity[1]}\n", encoding="ascii")
        os.replace(tmp, target)
    except OSError:
        # without the note the check is weaker, never wrong: the database itself is fine
        with suppress(OSError):
            tmp.unlink()


def _check_journal_belongs(path: Path) -> None:
    """Refuse to open a file whose leftover journal was written for another file."""
    if not _journal_has_frames(path):
        return
    recorded = _recorded_identity(path)
    if recorded is not None and recorded != _file_identity(path):
        raise DatabaseReplacedError(path, QT_TRANSLATE_NOOP(
            "Store",
            "was replaced by another copy while the journal of the old file "
            "({name}-wal) still lay beside it; opening it would mix the two and lose "
            "records. Close every bodymap window. If the new file is the one to keep, move "
            "{name}-wal and {name}-shm into another folder, then start bodymap "
            "again. {advice}"), {"name": path.name, "advice": _REPLACED_ADVICE})


_DAMAGED = QT_TRANSLATE_NOOP(
    "Store",
    "is a damaged database ({error}). Restore it from a backup, or start a new database "
    "beside it. The file was not changed.")


def _inspect(path: Path, head: bytes) -> None:
    """Check an existing file through a read-only connection, which cannot change it."""
    options = "mode=ro"
    in_wal_mode = head[18] == 2  # file format byte: "read version" 2 means WAL
    if in_wal_mode and not any(Path(f"{path}{s}").exists() for s in ("-wal", "-shm")):
        # Nobody has it open, and all of it is in the file. Read it as a fixed file, or
        # SQLite would leave new -wal/-shm files beside a database we may refuse to touch.
        options += "&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise _error_for(path, exc, _OPENING) from exc
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise CorruptDatabase(path, _DAMAGED, {"error": "; ".join(problems)})
        check_identity(conn, path)
    except sqlite3.Error as exc:
        error = _error_for(path, exc, _OPENING)
        if isinstance(error, CorruptDatabase) or "not a database" in str(exc):
            raise CorruptDatabase(path, _DAMAGED, {"error": str(exc)}) from exc
        raise error from exc
    finally:
        conn.close()


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of a version-``version`` database is kept before it is upgraded."""
    return path.with_name(f"{path.stem}.before-upgrade-from-v{version}{path.suffix}")


def _backup_before_upgrade(conn: sqlite3.Connection, path: Path) -> None:
    """Keep a copy of an older database before its schema is upgraded.

    The upgrade itself is one transaction, so a failure leaves the file as it was; the copy
    is for the other case: a new bodymap that the user wants to go back from.
    """
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if not 0 < version < LATEST_VERSION:
        return
    target = backup_path(path, version)
    if _is_complete_copy(target, version):
        return
    # A crash while copying must never leave something that looks like a finished copy
    # (an empty one was once trusted and the upgrade went ahead without any): write under
    # a temporary name, flush it to disk, check it, and only then give it the real name.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _remove_stale_copies(target)
    try:
        copy = sqlite3.connect(tmp)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        _fsync_file(tmp)
        if not _is_complete_copy(tmp, version):
            raise StoreError(target, QT_TRANSLATE_NOOP(
                "Store", "the copy kept before upgrading the database did not read back "
                         "correctly; the database was not upgraded. Check the disk, then "
                         "start bodymap again."), {})
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    except sqlite3.Error as exc:
        raise _error_for(target, exc, _COPYING) from exc
    except OSError as exc:
        raise StoreError(target, QT_TRANSLATE_NOOP(
            "Store", "{action} failed: {error}. The database was not upgraded. Free some "
                     "disk space, then start bodymap again."),
            {"action": _COPYING, "error": exc.strerror}) from exc
    finally:
        with suppress(OSError):
            tmp.unlink()


def _remove_stale_copies(target: Path) -> None:
    """Delete unfinished copies left by processes that died while writing them (their
    names carry the writer's process id); a living writer's copy is left alone."""
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        pid = stale.name[len(target.name) + 2:-len(".tmp")]
        if pid.isdigit() and int(pid) != os.getpid() and _process_alive(int(pid)):
            continue
        with suppress(OSError):
            stale.unlink()


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def _is_complete_copy(path: Path, version: int) -> bool:
    """A whole, readable bodymap database at ``version``: an empty, cut-short or damaged
    file left by a crash is not a copy."""
    try:
        head = _read_head(path)
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        return False
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        return ([str(r[0]) for r in conn.execute("PRAGMA quick_check")] == ["ok"]
                and conn.execute("PRAGMA user_version").fetchone()[0] == version
                and conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # makes the rename itself durable; some systems cannot open a folder: best effort
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


#: the clients table's columns in the order _client_from reads them
_CLIENT_COLUMNS = "id, name, contact, notes, created, figure"


class _FileChangedError(Exception):
    """The database path no longer holds the file we opened (raised inside a write).
    ``what`` says what happened to it ("emptied or cut short"), for the message."""

    def __init__(self, what: str) -> None:
        self.what = Phrase(what)
        super().__init__(what)


class Store:
    """Client records in one SQLite file. Open with :meth:`open`; close when done."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = connection
        # which file we opened: checked before every write (renamed over, emptied...)
        self._identity = _file_identity(path)
        self._page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        self._rescued: Path | None = None

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Store:
        """Open (creating it owner-only, or upgrading its schema) the database at ``path``.

        Raises CorruptDatabase when the file is damaged, foreign or from a newer bodymap
        (the file is never changed then), StoreError when it cannot be created or written.
        """
        path = Path(path).expanduser().absolute()
        with _owner_only():
            head = _prepare_file(path)
            _check_journal_belongs(path)
            if head:
                _inspect(path, head)
            try:
                conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
            except sqlite3.Error as exc:
                raise _error_for(path, exc, _OPENING) from exc
            try:
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute("PRAGMA secure_delete = ON")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                store = cls(path, conn)
                (version,) = conn.execute("PRAGMA user_version").fetchone()
                if version != LATEST_VERSION or not head:
                    # Only an upgrade (or a new file) needs the write lock. Taking it on
                    # every open made a second window wait behind a long import, give up
                    # and say "upgrading failed" with no upgrade to do.
                    _backup_before_upgrade(conn, path)
                    with store._writing(_UPGRADING):
                        migrate(conn, path)
                else:
                    with store._reading():
                        check_identity(conn, path)
                _record_identity(path)
            except BaseException as exc:
                conn.close()
                if isinstance(exc, sqlite3.Error):
                    raise _error_for(path, exc, _OPENING) from exc
                raise
        return store

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        if self._conn is None:
            return
        try:
            self._check_same_file()
        except _FileChangedError:
            replaced = True
            self._rescue_copy()
        else:
            replaced = False
        conn, self._conn = self._conn, None
        conn.close()
        if replaced:
            self._retire_journal()

    def _retire_journal(self) -> None:
        """After the file was replaced, SQLite leaves this connection's journal beside the
        new file, and anything opening that file (even read-only) would replay it into the
        new content. Everything in it is in the rescue copy: move it out of the way, under a
        name that says what it is, never deleting it."""
        stamp = f"{dt.date.today().isoformat()}-{os.getpid()}"
        for side in ("-wal", "-shm"):
            journal = Path(f"{self._path}{side}")
            if journal.exists():
                retired = self._path.with_name(
                    f"{self._path.stem}.replaced-{stamp}{self._path.suffix}{side}")
                with suppress(OSError):
                    os.replace(journal, retired)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "open" if self._conn is not None else "closed"
        return f"<Store {self._path} ({state})>"

    # -- clients -------------------------------------------------------------------------

    def add_client(self, name: str, contact: str = "", notes: str = "") -> Client:
        clean = self._valid_name(name)
        created = dt.datetime.now(dt.UTC)
        with self._writing(_SAVING_CLIENT) as conn:
            cur = conn.execute(
                "INSERT INTO clients (name, contact, notes, created) VALUES (?, ?, ?, ?)",
                (clean, contact, notes, created.isoformat()),
            )
            assert cur.lastrowid is not None
            return self._client(conn, cur.lastrowid)

    def update_client(self, client_id: int, *, name: str | None = None,
                      contact: str | None = None, notes: str | None = None) -> Client:
        """Change the given fields; ``None`` leaves a field as it is."""
        clean = None if name is None else self._valid_name(name)
        with self._writing(_SAVING_CLIENT) as conn:
            old = self._client(conn, client_id)
            conn.execute(
                "UPDATE clients SET name = ?, contact = ?, notes = ? WHERE id = ?",
                (clean if clean is not None else old.name,
                 contact if contact is not None else old.contact,
                 notes if notes is not None else old.notes, client_id),
            )
            return self._client(conn, client_id)

    def set_client_figure(self, client_id: int, figure: Figure | None) -> Client:
        """The body figure the client's drawings are shown on (None: not chosen)."""
        value = None if figure is None else Figure(figure).value
        with self._writing(_SAVING_FIGURE) as conn:
            self._client(conn, client_id)
            conn.execute("UPDATE clients SET figure = ? WHERE id = ?", (value, client_id))
            return self._client(conn, client_id)

    def import_client(self, name: str, *, contact: str, notes: str, created: dt.datetime,
                      visits: Sequence[VisitDraft], figure: Figure | None = None) -> Client:
        """Add a client with all their visits in one transaction (used by import). A
        VisitRecord brings its earlier versions along."""
        clean = self._valid_name(name)
        with self._writing(_IMPORTING_CLIENT) as conn:
            cur = conn.execute(
                "INSERT INTO clients (name, contact, notes, created, figure) "
                "VALUES (?, ?, ?, ?, ?)",
                (clean, contact, notes, created.isoformat(),
                 None if figure is None else Figure(figure).value),
            )
            assert cur.lastrowid is not None
            client_id = cur.lastrowid
            for draft in visits:
                current = draft.current() if isinstance(draft, VisitRecord) else draft
                visit_id = self._insert_visit(conn, client_id, current)
                for revision in draft.revisions if isinstance(draft, VisitRecord) else ():
                    self._insert_revision(conn, visit_id, revision)
            return self._client(conn, client_id)

    def clients(self) -> list[Client]:
        """Every client, by name (ignoring case), then id."""
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {_CLIENT_COLUMNS} FROM clients")
            found = [self._client_from(row) for row in rows]
        return sorted(found, key=lambda c: (c.name.casefold(), c.id))

    def client(self, client_id: int) -> Client:
        with self._reading() as conn:
            return self._client(conn, client_id)

    def delete_client(self, client_id: int) -> None:
        """Delete the client and all their visits."""
        with self._writing(_DELETING_CLIENT) as conn:
            if conn.execute("DELETE FROM clients WHERE id = ?", (client_id,)).rowcount == 0:
                raise NotFoundError(self._path, QT_TRANSLATE_NOOP(
                    "Store", "there is no client with id {id}"), {"id": client_id})

    # -- visits --------------------------------------------------------------------------

    def add_visit(self, client_id: int, draft: VisitDraft) -> Visit:
        with self._writing(_SAVING_VISIT) as conn:
            self._client(conn, client_id)
            visit_id = self._insert_visit(conn, client_id, draft)
            return self._visits(conn, "v.id = ?", (visit_id,))[0]

    def update_visit(self, visit_id: int, draft: VisitDraft) -> Visit:
        """Replace everything recorded for the visit (it keeps its id and client). The
        version it replaces is kept (see :meth:`visit_history`); saving what is already
        there changes nothing and keeps no copy."""
        with self._writing(_SAVING_VISIT) as conn:
            found = self._visits(conn, "v.id = ?", (visit_id,))
            if not found:
                raise NotFoundError(self._path, QT_TRANSLATE_NOOP(
                    "Store", "there is no visit with id {id}"), {"id": visit_id})
            old = found[0].draft()
            if old == draft:
                return found[0]
            self._insert_revision(conn, visit_id, VisitRevision(
                replaced_at=dt.datetime.now(dt.UTC), visit=old))
            conn.execute(
                "UPDATE visits SET date = ?, pain_before = ?, pain_after = ?, notes = ? "
                "WHERE id = ?",
                (draft.date.isoformat(), draft.pain_before, draft.pain_after, draft.notes,
                 visit_id),
            )
            conn.execute("DELETE FROM visit_regions WHERE visit_id = ?", (visit_id,))
            conn.execute("DELETE FROM visit_points WHERE visit_id = ?", (visit_id,))
            self._write_details(conn, visit_id, draft)
            return self._visits(conn, "v.id = ?", (visit_id,))[0]

    def visits(self, client_id: int) -> list[Visit]:
        """The client's visits, oldest first (by date, then id)."""
        with self._reading() as conn:
            self._client(conn, client_id)
            return self._visits(conn, "v.client_id = ?", (client_id,))

    def visit(self, visit_id: int) -> Visit:
        with self._reading() as conn:
            found = self._visits(conn, "v.id = ?", (visit_id,))
        if not found:
            raise NotFoundError(self._path, QT_TRANSLATE_NOOP(
                    "Store", "there is no visit with id {id}"), {"id": visit_id})
        return found[0]

    def visit_history(self, visit_id: int) -> list[VisitRevision]:
        """The visit's earlier versions, oldest first (empty if it was never edited)."""
        with self._reading() as conn:
            if conn.execute("SELECT 1 FROM visits WHERE id = ?", (visit_id,)).fetchone() is None:
                raise NotFoundError(self._path, QT_TRANSLATE_NOOP(
                    "Store", "there is no visit with id {id}"), {"id": visit_id})
            return self._revisions(conn, visit_id)

    def edit_counts(self, client_id: int) -> dict[int, int]:
        """How many times each of the client's edited visits was changed (by visit id;
        visits never edited are left out)."""
        with self._reading() as conn:
            self._client(conn, client_id)
            rows = conn.execute(
                "SELECT r.visit_id, count(*) FROM visit_revisions AS r "
                "JOIN visits AS v ON v.id = r.visit_id WHERE v.client_id = ? "
                "GROUP BY r.visit_id", (client_id,))
            return {int(vid): int(n) for vid, n in rows}

    def records(self, client_id: int) -> list[VisitRecord]:
        """The client's visits, oldest first, each with its earlier versions (for export)."""
        with self._reading() as conn:
            self._client(conn, client_id)
            return [VisitRecord(**v.draft().as_dict(),
                                revisions=tuple(self._revisions(conn, v.id)))
                    for v in self._visits(conn, "v.client_id = ?", (client_id,))]

    def delete_visit(self, visit_id: int) -> None:
        with self._writing(_DELETING_VISIT) as conn:
            if conn.execute("DELETE FROM visits WHERE id = ?", (visit_id,)).rowcount == 0:
                raise NotFoundError(self._path, QT_TRANSLATE_NOOP(
                    "Store", "there is no visit with id {id}"), {"id": visit_id})

    # -- inside one transaction ----------------------------------------------------------

    @contextmanager
    def _writing(self, action: Phrase) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is saved, or none of it. Refused (nothing
        written) when the file on disk is no longer the one we opened."""
        try:
            with self._transaction("BEGIN IMMEDIATE", action) as conn:
                self._check_same_file()
                yield conn
        except _FileChangedError as changed:
            raise self._replaced(action, changed.what) from None

    def _check_same_file(self) -> None:
        """Raise _FileChangedError when another program replaced, emptied or overwrote the
        database since we opened it (the lock we hold does not stop other programs)."""
        try:
            identity = _file_identity(self._path)
            head = _read_head(self._path)
        except FileNotFoundError:
            raise _FileChangedError(QT_TRANSLATE_NOOP("Store", "deleted or moved away")) \
                from None
        except OSError:
            raise _FileChangedError(QT_TRANSLATE_NOOP(
                "Store", "replaced by something that is not a file")) from None
        if identity != self._identity:
            raise _FileChangedError(QT_TRANSLATE_NOOP(
                "Store", "replaced by another file (renamed over it)"))
        if len(head) < 100:
            raise _FileChangedError(QT_TRANSLATE_NOOP("Store", "emptied or cut short"))
        page_size = int.from_bytes(head[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        app_id = int.from_bytes(head[68:72], "big")
        if (not head.startswith(_SQLITE_MAGIC) or page_size != self._page_size
                or app_id not in (0, APPLICATION_ID)):
            raise _FileChangedError(QT_TRANSLATE_NOOP("Store", "overwritten with other content"))

    def _replaced(self, action: Phrase, what: Phrase) -> DatabaseReplacedError:
        rescue = self._rescue_copy()
        values = {"action": action, "what": what, "advice": _REPLACED_ADVICE}
        if rescue is None:
            return DatabaseReplacedError(self._path, QT_TRANSLATE_NOOP(
                "Store",
                "{action} failed: the database file was {what} by another program while "
                "bodymap had it open, so nothing was written to it. Close bodymap, decide "
                "which copy to keep, then open it again. {advice}"), values)
        return DatabaseReplacedError(self._path, QT_TRANSLATE_NOOP(
            "Store",
            "{action} failed: the database file was {what} by another program while "
            "bodymap had it open, so nothing was written to it. Everything this window "
            "could still read was copied to {rescue}, beside it. Close bodymap, decide "
            "which copy to keep, then open it again. {advice}"),
            {**values, "rescue": rescue.name})

    def _rescue_copy(self) -> Path | None:
        """Copy what this connection still sees (the file it opened plus its journal) to a
        new file beside, once, so the records saved in this window are not lost."""
        if self._rescued is not None or self._conn is None:
            return self._rescued
        target = self._path.with_name(
            f"{self._path.stem}.rescued-{dt.date.today().isoformat()}-{os.getpid()}"
            f"{self._path.suffix}")
        try:
            with _owner_only():
                copy = sqlite3.connect(target)
                try:
                    self._conn.backup(copy)
                finally:
                    copy.close()
        except (sqlite3.Error, OSError):
            with suppress(OSError):
                target.unlink()
            return None
        self._rescued = target
        return target

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction, so a multi-query read sees one consistent snapshot."""
        with self._transaction("BEGIN", _READING) as conn:
            yield conn

    @contextmanager
    def _transaction(self, begin: str, action: Phrase) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        if conn is None:
            raise StoreError(self._path, QT_TRANSLATE_NOOP(
                "Store", "{action} failed: the database was closed"), {"action": action})
        try:
            conn.execute(begin)
        except sqlite3.Error as exc:
            raise _error_for(self._path, exc, action) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _error_for(self._path, exc, action) from exc
            raise

    def _valid_name(self, name: str) -> str:
        """The name, stripped; InvalidNameError (a ValueError) says what is wrong with it."""
        clean = check_client_name(name)
        try:
            return check_name(clean)
        except RecordValueError as exc:  # the schema's own limits; check_client_name has them
            raise InvalidNameError(QT_TRANSLATE_NOOP(
                "Store", "not a usable client name: {name}"), {"name": repr(name)}) from exc

    @staticmethod
    def _client_from(row: tuple[Any, ...]) -> Client:
        return Client(id=row[0], name=row[1], contact=row[2], notes=row[3],
                      created=dt.datetime.fromisoformat(str(row[4])),
                      figure=None if row[5] is None else Figure(row[5]))

    def _client(self, conn: sqlite3.Connection, client_id: int) -> Client:
        row = conn.execute(f"SELECT {_CLIENT_COLUMNS} FROM clients WHERE id = ?",
                           (client_id,)).fetchone()
        if row is None:
            raise NotFoundError(self._path, QT_TRANSLATE_NOOP(
                    "Store", "there is no client with id {id}"), {"id": client_id})
        return self._client_from(row)

    @classmethod
    def _insert_visit(cls, conn: sqlite3.Connection, client_id: int, draft: VisitDraft) -> int:
        cur = conn.execute(
            "INSERT INTO visits (client_id, date, pain_before, pain_after, notes) "
            "VALUES (?, ?, ?, ?, ?)",
            (client_id, draft.date.isoformat(), draft.pain_before, draft.pain_after,
             draft.notes),
        )
        assert cur.lastrowid is not None
        cls._write_details(conn, cur.lastrowid, draft)
        return cur.lastrowid

    @staticmethod
    def _write_details(conn: sqlite3.Connection, visit_id: int, draft: VisitDraft) -> None:
        conn.executemany(
            "INSERT INTO visit_regions (visit_id, region, intensity, quality) "
            "VALUES (?, ?, ?, ?)",
            [(visit_id, region, level, draft.qualities.get(region, Quality.ACHE).value)
             for region, level in draft.drawing.items()],
        )
        conn.executemany(
            "INSERT INTO visit_points (visit_id, position, point) VALUES (?, ?, ?)",
            [(visit_id, i, point) for i, point in enumerate(draft.treated)],
        )

    @staticmethod
    def _insert_revision(conn: sqlite3.Connection, visit_id: int,
                         revision: VisitRevision) -> None:
        conn.execute(
            "INSERT INTO visit_revisions (visit_id, replaced_at, record) VALUES (?, ?, ?)",
            (visit_id, revision.replaced_at.isoformat(), revision.visit.to_json()),
        )

    def _revisions(self, conn: sqlite3.Connection, visit_id: int) -> list[VisitRevision]:
        out: list[VisitRevision] = []
        for replaced_at, record in conn.execute(
            "SELECT replaced_at, record FROM visit_revisions WHERE visit_id = ? ORDER BY id",
            (visit_id,),
        ):
            try:
                out.append(VisitRevision(replaced_at=dt.datetime.fromisoformat(replaced_at),
                                         visit=VisitDraft.from_json(record)))
            except ValueError as exc:
                raise CorruptDatabase(self._path, QT_TRANSLATE_NOOP(
                    "Store",
                    "an earlier version of visit {id} cannot be read ({error}). Restore the "
                    "database from a backup; the visit as it is now is unaffected."),
                    {"id": visit_id, "error": str(exc)}) from exc
        return out

    @staticmethod
    def _visits(conn: sqlite3.Connection, where: str, args: tuple[object, ...]) -> list[Visit]:
        rows = conn.execute(
            "SELECT v.id, v.client_id, v.date, v.pain_before, v.pain_after, v.notes "
            f"FROM visits AS v WHERE {where} ORDER BY v.date, v.id", args,
        ).fetchall()
        drawings: dict[int, dict[str, int]] = {int(r[0]): {} for r in rows}
        feels: dict[int, dict[str, Quality]] = {int(r[0]): {} for r in rows}
        treated: dict[int, list[str]] = {int(r[0]): [] for r in rows}
        subset = f"SELECT v.id FROM visits AS v WHERE {where}"
        for vid, region, level, quality in conn.execute(
            f"SELECT visit_id, region, intensity, quality FROM visit_regions "
            f"WHERE visit_id IN ({subset}) ORDER BY visit_id, region", args,
        ):
            drawings[vid][region] = level
            feels[vid][region] = Quality(quality)
        for vid, point in conn.execute(
            f"SELECT visit_id, point FROM visit_points "
            f"WHERE visit_id IN ({subset}) ORDER BY visit_id, position", args,
        ):
            treated[vid].append(point)
        return [
            Visit(id=vid, client_id=cid, date=dt.date.fromisoformat(day), drawing=drawings[vid],
                  qualities=feels[vid], pain_before=before, pain_after=after,
                  treated=tuple(treated[vid]), notes=notes)
            for vid, cid, day, before, after, notes in rows
        ]
