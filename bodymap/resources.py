"""Find the shipped data/ and assets/ folders, installed or in a source checkout.

A wheel carries them inside the package (``bodymap/_data``, ``bodymap/_assets``); an
editable install or a plain checkout reads the top-level ``data/`` and ``assets/``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _find(packaged: str, checkout: str) -> Path:
    inside = Path(str(files("bodymap").joinpath(packaged)))
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / checkout


def data_dir() -> Path:
    """The folder holding regions.yaml, adjacency.yaml, model.yaml and muscles/."""
    return _find("_data", "data")


def assets_dir() -> Path:
    """The folder holding the SVG body views."""
    return _find("_assets", "assets")
