"""Robustness fixtures: the GUI tests' real main window, settings and leak check, reused."""

from __future__ import annotations

from tests.gui.conftest import _no_leaked_windows, settings, window

__all__ = ["_no_leaked_windows", "settings", "window"]
