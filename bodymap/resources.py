"""Find the shipped data/ and assets/ folders, installed or in a source checkout.

A wheel carries them inside the package (``bodymap/_data``, ``bodymap/_assets``); an
editable install or a plain checkout reads the top-level ``data/`` and ``assets/``.
"""

from __future__ import annotations

import os
from pathlib import Path

#: the environment variable naming the client records database (re-exported by bodymap.store)
DB_ENV = "BODYMAP_DB"
DB_NAME = "bodymap.sqlite3"


#: the installed package's folder. bodymap is installed as plain files (a wheel unpacked, or
#: an editable checkout), never run from a zip, so its folder is where this module lives;
#: importlib.resources would find the same folder and cost 3.5 ms of every start
_PACKAGE = Path(__file__).resolve().parent


def package_dir() -> Path:
    """The folder of the bodymap package (its icons, its translations)."""
    return _PACKAGE


def _find(packaged: str, checkout: str) -> Path:
    inside = _PACKAGE / packaged
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / checkout


def data_dir() -> Path:
    """The folder holding regions.yaml, adjacency.yaml, model.yaml and muscles/."""
    return _find("_data", "data")


def assets_dir() -> Path:
    """The folder holding the SVG body views."""
    return _find("_assets", "assets")


def default_db_path() -> Path:
    """``$BODYMAP_DB`` if set, else ``bodymap.sqlite3`` in the user's data directory.

    Here rather than in bodymap.store (which re-exports it), so that the window's start can
    name the database without importing the store, which it opens after the first paint."""
    override = os.environ.get(DB_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from bodymap.userdirs import user_dir

    return Path(user_dir("data")) / DB_NAME
