"""Work done ahead, in the window's idle time: what the next click will likely need.

A click that brings a new muscle card pays for the new pattern's zones (QPainterPath unions)
and the card's HTML. Many such clicks show a candidate the list already offered, one of the
next rows below the one shown: a click on one of those rows always, a click on the map that
makes one of them the best about a third of the time (in the bench's clicks). Those are
prepared here between events, on the window's own thread: not on a worker, because
``QPainterPath.united`` holds Python's GIL, and a worker uniting paths kept the window's
thread waiting (169 ms in one measurement).

The work starts once nothing new was shown for ``QUIET_MS`` and runs in slices from a
zero-interval timer. A slice stops after ``SLICE_SECONDS`` (plus the one step under way,
at most 1.2 ms, see below), and the event loop handles
whatever came in meanwhile (a click, a key, a repaint) before the next slice, so input waits
at most one slice. What is prepared goes into the caches the click reads anyway, each
bounded (``chart._ZONE_CACHE``, the card's ``CARD_CACHE_SIZE``), so memory does not grow
with it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QObject, QTimer

from bodymap.session.view_model import CandidateRow, ViewModel

#: how long one slice of work may run before the event loop gets its turn; the step under
#: way when it runs out finishes (a zone's union of up to ``ZONE_REGIONS_AHEAD`` regions
#: took at most 1.2 ms, a card's build 0.6 ms at the 99th percentile), so a slice stays
#: under 2 ms
SLICE_SECONDS = 0.0005

#: zones of more regions than this are left to the click: their union is one step, and a
#: step that long (1.4-2.4 ms from 12 regions up) would hold the window for it
ZONE_REGIONS_AHEAD = 11

#: how long the window must have had nothing new to show before the work starts (ms)
QUIET_MS = 15

#: how many candidates below the one shown are prepared: in the bench's clicks the next best
#: three held a third of the new cards; preparing all twelve rows caught no more of them
CANDIDATES_AHEAD = 3


class AheadQueue(QObject):
    """Jobs (iterators whose every step is a small piece of work) run one after another in
    idle time. A new view model makes the queued jobs stale: ``replace`` drops them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: deque[Iterator[None]] = deque()
        #: work for every later click, not the next one: run after ``_jobs``, kept by replace
        self._background: deque[Iterator[None]] = deque()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._slice)

    @property
    def pending(self) -> int:
        """How many jobs for the next click are left (the one under way included)."""
        return len(self._jobs)

    @property
    def background_pending(self) -> int:
        """How many background jobs (``add_background``) are left."""
        return len(self._background)

    def replace(self, jobs: Iterable[Iterator[None]]) -> None:
        """Drop the jobs not yet done and queue ``jobs`` (run in order); background jobs
        stay, behind them."""
        self._jobs.clear()
        self._jobs.extend(jobs)
        if self._jobs or self._background:
            # the first slice after a pause, not at once: a timer started now would run it in
            # the same pass of the event loop as the repaint the click asked for (measured:
            # the click's repaint came 1 ms later); after it, one slice per pass
            self._timer.start(QUIET_MS)
        else:
            self._timer.stop()

    def add_background(self, job: Iterator[None]) -> None:
        """Queue ``job`` behind every other: it runs in the same idle time, in the same
        slices, once the jobs for the next click are done, and no ``replace`` drops it."""
        self._background.append(job)
        if not self._timer.isActive():
            self._timer.start(QUIET_MS)

    def postpone(self) -> None:
        """Something new is being shown: the work waits until ``QUIET_MS`` after it."""
        if self._jobs or self._background:
            self._timer.start(QUIET_MS)

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        self._timer.setInterval(0)
        while self._jobs or self._background:
            jobs = self._jobs or self._background
            job = jobs[0]
            try:
                next(job)
            except StopIteration:
                jobs.popleft()
            except BaseException:
                # a failing job is not tried again on every slice; the error is the
                # application's to report, as it would be on the click that needs the result
                jobs.popleft()
                raise
            if time.perf_counter() >= deadline:
                return
        self._timer.stop()


def upcoming(vm: ViewModel) -> tuple[CandidateRow, ...]:
    """The candidates a next click most likely shows: the one a press on the hovered region
    would show (``vm.foreseen``), then the best rows other than the one selected, at most
    ``CANDIDATES_AHEAD`` of those; each card (muscle and points) once, and not the one
    shown."""
    below = tuple(row for i, row in enumerate(vm.candidates)
                  if i != vm.selected)[:CANDIDATES_AHEAD]
    rows = (vm.foreseen, *below) if vm.foreseen is not None else below
    shown = vm.candidates[vm.selected] if 0 <= vm.selected < len(vm.candidates) else None
    seen = {(shown.muscle, shown.points)} if shown is not None else set()
    out: list[CandidateRow] = []
    for row in rows:
        if (row.muscle, row.points) not in seen:
            seen.add((row.muscle, row.points))
            out.append(row)
    return tuple(out)
