"""Python's cyclic garbage collector while the window starts: off until its first paint.

A start makes some 50,000 objects that live as long as the window (modules, classes, the
dataset, the widgets' wrappers) and almost no garbage. The collector would run about 70
times over them before the first paint, 11 ms of about 220, and free little: at the first
paint of a start without it, 250 objects were unreachable (70 KB, mostly the classes that
``@record(slots=True)`` replaced; about 750 objects, 200 KB, after a full validating load).
So the `bodymap` command holds the collector before its imports (``hold``), and the window
releases it once it has painted and the two workers it then starts (the referral model,
the client records' modules) are done (``release``; a collection runs on whichever thread
allocates when one is due, and on a worker it would free what the window's thread made):
what the start made is frozen first
(``gc.freeze``), so later collections, the ones a click may trigger included, do not walk
the dataset again; those few unreachable objects stay frozen with it (collecting them
first would cost the event loop 15 ms after the paint).

Only what ``hold`` turned off is turned back on: a caller that disabled the collector
itself keeps it disabled.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Turn the collector off until ``release`` (if it is on)."""
    global _held
    if gc.isenabled() and not _held:
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what exists now and turn the collector back on, if ``hold`` turned it off;
    otherwise do nothing. Safe to call more than once."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def held() -> bool:
    """Whether ``hold`` has the collector off."""
    return _held
