"""The database layout, versioned with ``PRAGMA user_version`` and upgraded step by step.

Every step runs inside the caller's write transaction, so an upgrade interrupted by a crash
leaves the file at its old version. Never edit a released step: add a new one at the end.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bodymap.domain.records import record
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.store.errors import CorruptDatabase

# ``PRAGMA application_id`` of every bodymap database: the bytes "bmap". It tells our files
# apart from other programs' SQLite databases without guessing from table names.
APPLICATION_ID = 0x626D6170


@record
class Migration:
    version: int
    purpose: str
    statements: tuple[str, ...]
    tables: frozenset[str] = frozenset()


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "clients and their visits",
        (
            f"PRAGMA application_id = {APPLICATION_ID}",
            """CREATE TABLE clients (
                id      INTEGER PRIMARY KEY,
                name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
                contact TEXT NOT NULL DEFAULT '',
                notes   TEXT NOT NULL DEFAULT '',
                created TEXT NOT NULL
            )""",
            """CREATE TABLE visits (
                id          INTEGER PRIMARY KEY,
                client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
                date        TEXT NOT NULL CHECK (date(date) = date),
                pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
                pain_after  INTEGER CHECK (pain_after BETWEEN 0 AND 10),
                notes       TEXT NOT NULL DEFAULT ''
            )""",
            """CREATE TABLE visit_regions (
                visit_id  INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
                region    TEXT NOT NULL,
                intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),
                PRIMARY KEY (visit_id, region)
            ) WITHOUT ROWID""",
            """CREATE TABLE visit_points (
                visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                point    TEXT NOT NULL,
                PRIMARY KEY (visit_id, position),
                UNIQUE (visit_id, point)
            ) WITHOUT ROWID""",
        ),
        frozenset({"clients", "visits", "visit_regions", "visit_points"}),
    ),
    Migration(
        2,
        "list a client's visits without scanning every visit",
        ("CREATE INDEX visits_by_client ON visits (client_id, date, id)",),
    ),
    Migration(
        3,
        "how each painful region feels (aching, burning, pins and needles, numbness)",
        # Existing rows were drawn before qualities existed: aching, the default.
        ("ALTER TABLE visit_regions ADD COLUMN quality TEXT NOT NULL DEFAULT 'ache' "
         "CHECK (quality IN ('ache', 'burn', 'pins', 'numb'))",),
    ),
    Migration(
        4,
        "earlier versions of edited visits (a visit is amended, never silently overwritten)",
        # Each row is one whole earlier version, as the JSON of a VisitDraft: a snapshot is
        # never changed afterwards, so one column holds it and later schema steps need not
        # touch it. `replaced_at` is when an edit replaced it (UTC, ISO 8601). No
        # json_valid() CHECK: with trusted_schema OFF SQLite refuses functions in the
        # schema; the store validates each record when it reads it instead.
        (
            """CREATE TABLE visit_revisions (
                id          INTEGER PRIMARY KEY,
                visit_id    INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
                replaced_at TEXT NOT NULL,
                record      TEXT NOT NULL
            )""",
            "CREATE INDEX visit_revisions_by_visit ON visit_revisions (visit_id, id)",
        ),
        frozenset({"visit_revisions"}),
    ),
    Migration(
        5,
        "the body figure (male or female) each client's drawings are shown on",
        # NULL: not chosen yet (every client saved before figures existed); the window then
        # shows its default figure until one is chosen for the client.
        ("ALTER TABLE clients ADD COLUMN figure TEXT "
         "CHECK (figure IS NULL OR figure IN ('male', 'female'))",),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def tables_of(version: int) -> frozenset[str]:
    """The tables a database at ``version`` must have."""
    found: set[str] = set()
    for step in MIGRATIONS:
        if step.version <= version:
            found |= step.tables
    return frozenset(found)


def check_identity(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of a database we may use (0: empty, ours to set up).

    Raises CorruptDatabase for another program's database, a newer bodymap's, or one of
    ours that lost tables. Only reads.
    """
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if app_id == APPLICATION_ID:
        if version > LATEST_VERSION:
            raise CorruptDatabase(path, QT_TRANSLATE_NOOP(
                "Store",
                "was written by a newer version of bodymap (database version {version}; "
                "this bodymap understands up to {latest}). Update bodymap to open "
                "it, or start a new database beside it. The file was not changed."),
                {"version": version, "latest": LATEST_VERSION})
        missing = tables_of(version) - tables
        if missing:
            raise CorruptDatabase(path, QT_TRANSLATE_NOOP(
                "Store",
                "is a damaged bodymap database (missing tables: {tables}). Restore it from a "
                "backup, or start a new database beside it. The file was not changed."),
                {"tables": ", ".join(sorted(missing))})
        return version
    if app_id == 0 and version == 0 and not tables:
        return 0
    listed = ", ".join(sorted(tables)[:8]) or "none"
    raise CorruptDatabase(path, QT_TRANSLATE_NOOP(
        "Store",
        "is an SQLite database of another program, not a bodymap database "
        "(application id {app_id}, version {version}, tables: {tables}). "
        "Choose another file (--db PATH), or start a new database beside it. "
        "The file was not changed."),
        {"app_id": f"{app_id:#x}", "version": version, "tables": listed})


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the database up to LATEST_VERSION. Call inside a write transaction.

    Returns the version found before upgrading.
    """
    found = check_identity(conn, path)
    for step in MIGRATIONS:
        if step.version > found:
            for statement in step.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step.version}")
    return found
