"""Tests that edit data files work on a copy of the shipped data folder: these make and edit
it (the ``data_copy`` fixture of tests/conftest.py gives one per test)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bodymap import resources
from bodymap.domain.dataset import Dataset, load_dataset


def copy_data(data_dir: Path, tmp_path: Path) -> Path:
    """A copy of ``data_dir`` as ``tmp_path``/data."""
    folder = tmp_path / "data"
    shutil.copytree(data_dir, folder)
    return folder


def edit_once(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in the file with ``new``; ``old`` must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_copy(data: Path) -> Dataset:
    """The dataset of an edited data folder, with the shipped assets."""
    return load_dataset(data, resources.assets_dir())
