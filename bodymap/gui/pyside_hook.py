"""Spare PySide6's import hook the reading of bodymap's own source files.

Importing PySide6 replaces Python's ``__import__`` so that a module may switch on PySide's
optional features (``from __feature__ import snake_case, true_property``). To learn which
modules might, the hook reads the source of every module the first time an import
statement names it after PySide6 (``inspect.getsource``) and looks for the word "PySide6":
0.1-0.2 ms a module, 7 ms of the window's start over bodymap's modules (paired starts,
issue 15). bodymap uses none of those features. Its modules are entered in the hook's
table as PySide enters a module that uses PySide without features (0), and the hook passes
them by.

The same hook read the standard library's modules too, each time a module of ours named
one after PySide6 was imported (``typing``, ``dataclasses``, ``logging``, ``re``... 22
before the first paint, 0.9 MB of text whose lines then stay in ``linecache``: 4 ms read
alone, 1.9 ms and 1.2 MiB at first paint in paired starts). No
standard module mentions PySide6, so PySide would enter each as not using it (-1); they
are entered so beforehand: the top-level names in ``sys.stdlib_module_names`` and the
standard submodules already imported. Other packages' modules are read as before.

The table belongs to PySide's support code, not its documented API (PySide 6.11). Should
a release move it, nothing is entered and the hook reads our sources as it did: slower,
never wrong. tests/desktop/test_start_path.py checks that it still takes effect.
"""

from __future__ import annotations

import os
import sys

from bodymap.resources import package_dir

#: PySide's entry for a module that uses PySide with no optional feature switched on
NO_FEATURES = 0
#: PySide's entry for a module whose source does not mention PySide6 (it is not switched)
NOT_PYSIDE = -1


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


def standard_module_names() -> list[str]:
    """The standard library's top-level modules and its submodules imported so far."""
    top = sys.stdlib_module_names
    return [*top, *(name for name in list(sys.modules)
                    if "." in name and name.partition(".")[0] in top)]


def feature_table() -> dict[str, int] | None:
    """PySide's table of modules and their features, or None where it is not found."""
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]  # (no stub)
    except ImportError:
        return None
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def spare_source_reads(table: dict[str, int] | None = None) -> int:
    """Enter bodymap's modules and the standard library's in PySide's feature table
    (``table``: PySide's by default) unless already there; how many were entered."""
    if table is None:
        table = feature_table()
        if table is None:
            return 0
    entered = 0
    for names, entry in ((bodymap_module_names(), NO_FEATURES),
                         (standard_module_names(), NOT_PYSIDE)):
        for name in names:
            if name not in table:
                table[name] = entry
                entered += 1
    return entered
