"""Shared fixtures. Qt runs offscreen unless the caller chose a platform."""

from __future__ import annotations

import os

if not os.environ.get("QT_QPA_PLATFORM"):
    # not setdefault: an empty value would survive it and make Qt abort
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
if not os.environ.get("BODYMAP_LOG_DIR"):
    # the commands the tests run write their log here, never into the user's log folder
    import tempfile

    os.environ["BODYMAP_LOG_DIR"] = tempfile.mkdtemp(prefix="bodymap-test-logs-")
if not os.environ.get("BODYMAP_CACHE_DIR"):
    # the same for the validated dataset bundles the commands keep between runs
    import tempfile

    os.environ["BODYMAP_CACHE_DIR"] = tempfile.mkdtemp(prefix="bodymap-test-cache-")

from pathlib import Path

import pytest

from bodymap import resources
from bodymap.domain.dataset import Dataset, load_dataset
from bodymap.domain.regions import RegionCatalogue, load_regions

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return resources.data_dir()


@pytest.fixture(scope="session")
def assets_dir() -> Path:
    return resources.assets_dir()


@pytest.fixture
def data_copy(tmp_path: Path, data_dir: Path) -> Path:
    """A copy of the shipped data folder for this test to edit (tests/data_edits.py)."""
    from tests.data_edits import copy_data

    return copy_data(data_dir, tmp_path)


@pytest.fixture(scope="session")
def regions(data_dir: Path) -> RegionCatalogue:
    return load_regions(data_dir / "regions.yaml")


@pytest.fixture(scope="session")
def dataset(data_dir: Path, assets_dir: Path) -> Dataset:
    return load_dataset(data_dir, assets_dir)


@pytest.fixture(scope="session")
def two_figures(data_dir: Path, assets_dir: Path,
                tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """The shipped data with a male and a (stand-in) female figure: see female_stand_in."""
    from tests.female_stand_in import make_two_figure_assets

    assets = make_two_figure_assets(assets_dir, tmp_path_factory.mktemp("figures") / "assets")
    return load_dataset(data_dir, assets)
