"""Errors from the client-records store. Each names the file and says what to do next.

The window shows these messages in the user's language: each is an English template marked
for translation (context "Store") with its values kept apart, so ``message(translate)`` can
word it again; ``str()`` stays English (the command line and the tests read it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from bodymap.domain.errors import Problem
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated


class Phrase(str):
    """An English phrase marked for translation (context "Store") and used as a value of a
    store message, e.g. the action that failed ("saving the visit"): it is translated with
    the message. Other values (numbers, file names, the system's own error text) are not."""

    __slots__ = ()


def fill(template: str, values: Mapping[str, object] | None,
         translate: Translate = untranslated) -> str:
    """``template`` in the language of ``translate``, its placeholders filled with
    ``values`` (Phrases translated too). ``values=None`` marks a text without placeholders
    (it may hold braces of its own: a name, a system message), which is not formatted."""
    text = translate("Store", template)
    if values is None:
        return text
    return text.format(**{key: translate("Store", value) if isinstance(value, Phrase)
                          else value for key, value in values.items()})


class StoreError(Exception):
    """The database (or an export/import file) could not be used. ``path`` names the file.

    ``message`` is the reason, an English template marked with QT_TRANSLATE_NOOP("Store",
    ...) when ``values`` fills its placeholders (``values=None``: a finished text).
    ``details`` are lines shown under it as they are (an import file's problems), and
    ``more`` how many further ones were not listed."""

    def __init__(self, path: Path, message: str,
                 values: Mapping[str, object] | None = None,
                 details: Iterable[str] = (), more: int = 0) -> None:
        self.path = path
        self.template = message
        self.values = dict(values) if values is not None else None
        self.details = tuple(details)
        self.more = more
        self.reason = self.reason_in(untranslated)
        super().__init__(f"{path}: {self.reason}")

    def reason_in(self, translate: Translate) -> str:
        """What went wrong and what to do, in the language of ``translate``."""
        lines = [fill(self.template, self.values, translate), *self.details]
        if self.more:
            #: the end of a list of problems found in an import file
            lines.append(translate("Store", "... and {n} more").format(n=self.more))
        return "\n".join(lines)

    def message(self, translate: Translate = untranslated) -> str:
        """The whole message (the file, then the reason) in the language of ``translate``;
        ``str(error)`` is ``message()`` in English."""
        return f"{self.path}: {self.reason_in(translate)}"

    def report(self) -> dict[str, object]:
        """The error as JSON data, for the import's child process to send to the window,
        which rebuilds it with :meth:`from_report` to show it in the user's language."""
        values = None if self.values is None else {
            key: [isinstance(value, Phrase), str(value)] for key, value in self.values.items()}
        return {"path": str(self.path), "template": self.template, "values": values,
                "details": list(self.details), "more": self.more}

    @classmethod
    def from_report(cls, report: Mapping[str, object]) -> StoreError:
        """The error a :meth:`report` describes; ValueError for anything else."""
        path, template, values = report.get("path"), report.get("template"), \
            report.get("values")
        details, more = report.get("details", []), report.get("more", 0)
        if not (isinstance(path, str) and isinstance(template, str)
                and (values is None or isinstance(values, dict))
                and isinstance(details, list) and isinstance(more, int)):
            raise ValueError(f"not a store error report: {report!r}")
        filled: dict[str, object] | None = None
        if isinstance(values, dict):
            filled = {}
            for key, pair in values.items():
                if not (isinstance(pair, list) and len(pair) == 2
                        and isinstance(pair[1], str)):
                    raise ValueError(f"not a store error report value: {key}={pair!r}")
                filled[str(key)] = Phrase(pair[1]) if pair[0] else pair[1]
        return cls(Path(path), template, filled, [str(d) for d in details], more)


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


# how many of an import file's problems the message lists
LISTED_PROBLEMS = 20


class ImportRefusedError(StoreError):
    """An import file failed validation; nothing was imported. ``problems`` lists every fault.

    The heading is translated; the problems themselves (field paths, the checker's own
    words) stay as the validation wrote them."""

    def __init__(self, path: Path, problems: Iterable[Problem], unlisted: int = 0) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        # problems found beyond those listed (collection stops listing after a few dozen)
        self.unlisted = unlisted
        total = len(self.problems) + unlisted
        shown = [str(p) for p in self.problems[:LISTED_PROBLEMS]]
        super().__init__(path, QT_TRANSLATE_NOOP(
            "Store", "not imported, nothing was changed: {total} problem(s) in the file"),
            {"total": total}, shown, total - len(shown))
