"""Spare PySide6's import hook the reading of bodymap's own source files.

Importing PySide6 replaces Python's ``__import__`` so that a module may switch on PySide's
optional features (``from __feature__ import snake_case, true_property``). To learn which
modules might, the hook reads the source of every module the first time an import
statement names it after PySide6 (``inspect.getsource``) and looks for the word "PySide6":
0.1-0.2 ms a module, 7 ms of the window's start over bodymap's modules (paired starts,
issue 15). bodymap uses none of those features. Its modules are entered in the hook's
table as PySide enters a module that uses PySide without features (0), and the hook passes
them by; other packages' modules are read as before.

The table belongs to PySide's support code, not its documented API (PySide 6.11). Should
a release move it, nothing is entered and the hook reads our sources as it did: slower,
never wrong. tests/desktop/test_start_path.py checks that it still takes effect.
"""

from __future__ import annotations

import os

from bodymap.resources import package_dir

#: PySide's entry for a module that uses PySide with no optional feature switched on
NO_FEATURES = 0


def bodymap_module_names() -> list[str]:
    """The dotted names of bodymap's modules and packages, from its folders."""
    root = str(package_dir())
    parent = os.path.dirname(root)
    names: list[str] = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if not d.startswith(("_", "."))]
        dotted = os.path.relpath(folder, parent).replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                names.append(dotted if file == "__init__.py" else f"{dotted}.{file[:-3]}")
    return names


def feature_table() -> dict[str, int] | None:
    """PySide's table of modules and their features, or None where it is not found."""
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]  # (no stub)
    except ImportError:
        return None
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def spare_source_reads(table: dict[str, int] | None = None) -> int:
    """Enter bodymap's modules in PySide's feature table (``table``: PySide's by default)
    unless already there; how many were entered."""
    if table is None:
        table = feature_table()
        if table is None:
            return 0
    entered = 0
    for name in bodymap_module_names():
        if name not in table:
            table[name] = NO_FEATURES
            entered += 1
    return entered
