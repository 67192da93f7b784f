"""bodymap.gui.pyside_hook: bodymap's modules entered in PySide's feature table, so that its
import hook does not read their sources (tests/desktop/test_start_path.py checks the
effect in a real start)."""

from __future__ import annotations

import sys
from pathlib import Path

from bodymap.gui.pyside_hook import (
    NO_FEATURES,
    NOT_PYSIDE,
    bodymap_module_names,
    spare_source_reads,
    standard_module_names,
)

PACKAGE = Path(__file__).resolve().parents[2] / "bodymap"


def test_every_module_of_the_package_is_named() -> None:
    on_disk = set()
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if any(part.startswith(("_", ".")) for part in parts[:-1]):
            continue  # (no such folders today; the walk skips them)
        on_disk.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    names = bodymap_module_names()
    assert len(names) == len(set(names))
    assert set(names) == on_disk
    assert {"bodymap", "bodymap.gui", "bodymap.gui.pyside_hook",
            "bodymap.domain.records", "bodymap.gui.panel.card"} <= set(names)


def test_entries_are_added_without_changing_those_there() -> None:
    table = {"bodymap.cli": 0x80, "enum": -1}  # a module that chose a feature keeps it
    entered = spare_source_reads(table)
    assert entered == len(bodymap_module_names()) + len(set(standard_module_names())) - 2
    assert table["bodymap.cli"] == 0x80 and table["enum"] == -1
    assert table["bodymap.domain.records"] == NO_FEATURES
    assert spare_source_reads(table) == 0  # a second call finds them all there


def test_the_standard_library_is_entered_as_pyside_would_enter_it() -> None:
    """PySide enters a module whose source does not mention PySide6 as -1: so are the
    standard library's, its top-level modules and the submodules imported so far."""
    import collections.abc  # noqa: F401 (a submodule surely imported)

    table: dict[str, int] = {}
    spare_source_reads(table)
    for name in ("typing", "dataclasses", "logging", "sqlite3", "json", "collections.abc"):
        assert table[name] == NOT_PYSIDE, name
    standard = set(standard_module_names())
    assert all(name.partition(".")[0] in sys.stdlib_module_names for name in standard)
    assert not {name for name in table if name.startswith(("PySide6", "shiboken6", "yaml",
                                                           "pydantic"))}
