"""A scroll area's viewport made in Python, so that PySide6 never has to work out its class.

PySide6 wraps a QWidget that C++ created (QAbstractScrollArea's own viewport) by finding its
most derived class, which loads the Python classes of some seventy widget types: the first
``viewport()`` call in a process took about 10 ms, on the start path (the body map grabs its
gestures there) or at the first click (the candidate list measures its rows by it). A
viewport made here is known to PySide6 already.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give ``area`` a plain QWidget viewport made in Python (what Qt would make) and
    return it."""
    viewport = QWidget()
    area.setViewport(viewport)
    return viewport
