"""Errors that name the file, the field and the bad value, and say what to do."""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.domain.records import record

if TYPE_CHECKING:
    from pydantic import ValidationError

# a bad value is quoted briefly: never walk (or print) a huge structure in full
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict = 2, 6, 4
_SHORT.maxstring = _SHORT.maxother = 70


@record
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


#: Problems listed in full. A broken file can hold a hundred thousand faults; listing (and
#: finding spelling suggestions for) all of them froze the program for minutes, and nobody
#: reads past the first screenful: the rest are counted, and found again after the fix.
MAX_LISTED_PROBLEMS = 50


class DataError(Exception):
    """A data file (YAML, SVG) could not be used. ``problems`` lists the first
    MAX_LISTED_PROBLEMS found; ``unlisted`` counts the others."""

    def __init__(self, problems: Iterable[Problem], unlisted: int = 0) -> None:
        found = list(problems)
        self.problems: tuple[Problem, ...] = tuple(found[:MAX_LISTED_PROBLEMS])
        self.unlisted = unlisted + len(found) - len(self.problems)
        super().__init__(self._summary())

    @property
    def total(self) -> int:
        return len(self.problems) + self.unlisted

    def _summary(self) -> str:
        lines = [str(p) for p in self.problems]
        if not lines:
            return "invalid data"
        if self.unlisted:
            lines.append(unlisted_line(self.unlisted))
        head = f"{self.total} problem(s) in the bodymap data:" if self.total > 1 else ""
        return "\n".join([head, *lines]) if head else lines[0]


def unlisted_line(count: int) -> str:
    return (f"... and {count} more problem(s) not listed: fix the ones above, then check "
            "again")


class ProblemList:
    """Collects problems, the first ``limit`` in full; after that it only counts them, so a
    file with 100,000 faults costs no more than one with 50. A problem may be passed as a
    function that builds it, so costly wording (spelling suggestions) is only done for the
    problems that are shown."""

    def __init__(self, limit: int = MAX_LISTED_PROBLEMS) -> None:
        self.listed: list[Problem] = []
        self.unlisted = 0
        self._limit = limit

    def add(self, problem: Problem | Callable[[], Problem]) -> None:
        if len(self.listed) < self._limit:
            self.listed.append(problem if isinstance(problem, Problem) else problem())
        else:
            self.unlisted += 1

    def extend(self, error: DataError) -> None:
        for problem in error.problems:
            self.add(problem)
        self.unlisted += error.unlisted

    def __len__(self) -> int:
        return len(self.listed) + self.unlisted

    def raise_if_any(self) -> None:
        if self.listed or self.unlisted:
            raise DataError(self.listed, self.unlisted)


def suggest(name: str, choices: Iterable[str], limit: int = 3) -> str:
    """' Did you mean a, b?' for the nearest valid names, or ''."""
    import difflib

    close = difflib.get_close_matches(name, list(choices), n=limit, cutoff=0.6)
    return f" Did you mean {', '.join(close)}?" if close else ""


def is_typo(name: str, choices: Iterable[str], cutoff: float = 0.85) -> bool:
    """Whether ``name`` is so close to one of ``choices`` that it is most likely a misspelling
    of it (e.g. 'supinater' for 'supinator'; 'gluteus_minimus' is not one of 'gluteus_medius')."""
    import difflib

    return bool(difflib.get_close_matches(name, list(choices), n=1, cutoff=cutoff))


def problems_from_validation(path: Path, exc: ValidationError) -> list[Problem]:
    """Turn pydantic's errors into Problems with a dotted field path and the bad value."""
    out: list[Problem] = []
    for err in exc.errors():
        loc = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in err["loc"])
        loc = loc.replace(".[", "[")
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown field (misspelt?); remove it or fix its name"
        elif err["type"] == "missing":
            msg = "required field is missing"
        value = err.get("input")
        out.append(Problem(path, loc, msg, None if err["type"] == "missing" else value))
    return out
