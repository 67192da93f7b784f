"""Errors from the client-records store. Each names the file and says what to do next."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bodymap.domain.errors import Problem


class StoreError(Exception):
    """The database (or an export/import file) could not be used. ``path`` names the file."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.reason = message
        super().__init__(f"{path}: {message}")


class CorruptDatabase(StoreError):  # noqa: N818 (the name the GUI and CLI use)
    """The file is not a bodymap database we can use: damaged, not SQLite, another program's
    database, or written by a newer bodymap. The file is left exactly as it was; the app can
    offer to start a new database beside it (:func:`new_database_beside`).
    """


class DatabaseReplacedError(CorruptDatabase):
    """The database file was replaced (renamed over), emptied or overwritten by another
    program (a folder-sync or backup tool) while bodymap used it, or while the journal of
    the old file still lay beside it. bodymap writes nothing to it then: mixing the two
    would lose records."""


class NotFoundError(StoreError, LookupError):
    """No client or visit with that id (deleted meanwhile, perhaps by another window)."""


class ImportRefusedError(StoreError):
    """An import file failed validation; nothing was imported. ``problems`` lists every fault."""

    def __init__(self, path: Path, problems: Iterable[Problem], unlisted: int = 0) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        #: problems found beyond those listed (collection stops listing after a few dozen)
        self.unlisted = unlisted
        total = len(self.problems) + unlisted
        shown = [str(p) for p in self.problems[:20]]
        if total > len(shown):
            shown.append(f"... and {total - len(shown)} more")
        head = (f"not imported, nothing was changed: {total} problem(s) "
                "in the file")
        super().__init__(path, "\n".join([head, *shown]))
