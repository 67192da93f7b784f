"""Robustness fixtures: the GUI tests' real main window, settings and leak check, reused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.conftest import _no_leaked_windows, clinic, settings, window

__all__ = ["_no_leaked_windows", "clinic", "settings", "window"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The robustness suite (attacks, volumes, subprocesses, kill -9, properties over
    thousands of edits, the monkey) is the slow lane: `make test` runs it, `make
    test-fast` does not."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents and \
                item.get_closest_marker("fast_lane") is None:
            item.add_marker(pytest.mark.slow)
