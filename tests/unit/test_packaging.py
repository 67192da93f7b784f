"""The wheel carries data/ and assets/, and an installed bodymap finds them there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# builds and unpacks a wheel: the slow lane
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def test_wheel_ships_data_and_assets_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                          "-w", str(tmp_path / "dist"), str(REPO)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    wheel = next((tmp_path / "dist").glob("bodymap-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "bodymap/_data/regions.yaml" in names
    assert "bodymap/_data/muscles/quadratus_lumborum.yaml" in names
    assert "bodymap/_assets/muscles/back.svg" in names  # the muscle layer ships too
    assert {f"bodymap/_assets/{v}.svg" for v in ("front", "back", "left", "right", "soles")} \
        <= set(names)
    # unpacked elsewhere and first on the path, it must use its own copy of the data
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = ("import bodymap.resources as r, sys; "
             "print(r.data_dir()); print(r.assets_dir()); "
             "from bodymap.cli import main; sys.exit(main(['validate']))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    data_dir, assets_dir = run.stdout.splitlines()[:2]
    assert Path(data_dir) == site / "bodymap" / "_data"
    assert Path(assets_dir) == site / "bodymap" / "_assets"
    assert "OK: 222 regions" in run.stdout
