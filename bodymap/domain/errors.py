"""Errors that name the file, the field and the bad value, and say what to do."""

from __future__ import annotations

import reprlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# a bad value is quoted briefly: never walk (or print) a huge structure in full
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict = 2, 6, 4
_SHORT.maxstring = _SHORT.maxother = 70


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one data file."""

    file: Path
    field: str
    message: str
    value: object = None

    def __str__(self) -> str:
        where = f"{self.file}"
        if self.field:
            where += f": {self.field}"
        text = f"{where}: {self.message}"
        if self.value is not None:
            text += f" (got {_SHORT.repr(self.value)})"
        return text


class DataError(Exception):
    """A data file (YAML, SVG) could not be used. Holds every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self._summary())

    def _summary(self) -> str:
        lines = [str(p) for p in self.problems]
        if not lines:
            return "invalid data"
        head = f"{len(lines)} problem(s) in the bodymap data:" if len(lines) > 1 else ""
        return "\n".join([head, *lines]) if head else lines[0]


def suggest(name: str, choices: Iterable[str], limit: int = 3) -> str:
    """' Did you mean a, b?' for the nearest valid names, or ''."""
    import difflib

    close = difflib.get_close_matches(name, list(choices), n=limit, cutoff=0.6)
    return f" Did you mean {', '.join(close)}?" if close else ""
