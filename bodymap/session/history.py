"""Undo/redo over immutable states, with grouped steps (a drag stroke is one step)."""

from __future__ import annotations

from typing import Generic, TypeVar

from bodymap.domain.records import record

T = TypeVar("T")

#: Each step holds two small immutable states; a day's work fits and memory stays bounded.
DEFAULT_LIMIT = 1000


@record
class _Step(Generic[T]):
    before: T
    after: T
    text: str


class History(Generic[T]):
    """A linear history of states. ``push`` records a step; ``undo``/``redo`` move along it.

    A group (``begin_group`` ... ``end_group``) folds every push in between into one step.
    Opening a group while one is open closes the first, and undo/redo close an open group
    first, so an interrupted stroke (a press without its release) can never leave the
    history stuck.
    """

    def __init__(self, initial: T, limit: int = DEFAULT_LIMIT) -> None:
        self._state = initial
        self._undo: list[_Step[T]] = []
        self._redo: list[_Step[T]] = []
        self._limit = limit
        self._group: str | None = None
        self._group_open_step = False

    @property
    def state(self) -> T:
        return self._state

    @property
    def grouping(self) -> bool:
        return self._group is not None

    def push(self, state: T, text: str) -> bool:
        """Record a change to ``state``. Returns False (and records nothing) if it is the same."""
        if state == self._state:
            return False
        if self._group is not None and self._group_open_step:
            top = self._undo[-1]
            self._undo[-1] = _Step(top.before, state, top.text)
        else:
            self._undo.append(_Step(self._state, state, self._group or text))
            self._group_open_step = self._group is not None
            if self._group is None:
                self._trim()
        self._redo.clear()
        self._state = state
        return True

    def begin_group(self, text: str) -> None:
        self.end_group()
        self._group = text
        self._group_open_step = False

    def end_group(self) -> None:
        if self._group is not None and self._group_open_step:
            top = self._undo[-1]
            if top.before == top.after:  # the stroke came back to where it started
                self._undo.pop()
        self._group = None
        self._group_open_step = False
        self._trim()

    def _trim(self) -> None:
        # only outside a group: a group that ends up empty must not cost an older step
        if len(self._undo) > self._limit:
            del self._undo[: len(self._undo) - self._limit]

    def undo(self) -> bool:
        self.end_group()
        if not self._undo:
            return False
        step = self._undo.pop()
        self._redo.append(step)
        self._state = step.before
        return True

    def redo(self) -> bool:
        self.end_group()
        if not self._redo:
            return False
        step = self._redo.pop()
        self._undo.append(step)
        self._state = step.after
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return self._undo[-1].text if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].text if self._redo else ""

    def __len__(self) -> int:
        return len(self._undo)
