"""The wheel: data, assets, icons and translations inside; the licence and both entry points
in its metadata; and an installed bodymap that runs outside the checkout."""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

# builds and unpacks a wheel: the slow lane
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                          "-w", str(dist), str(REPO)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    return next(dist.glob("bodymap-*.whl"))


def dist_info(names: list[str]) -> str:
    return next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))


def test_wheel_ships_data_and_assets_and_runs_outside_the_checkout(wheel: Path,
                                                                    tmp_path: Path) -> None:
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


def test_wheel_metadata_has_the_licence_and_both_entry_points(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    info = dist_info(names)
    metadata = archive.read(f"{info}/METADATA").decode()
    assert "License-Expression: GPL-3.0-or-later" in metadata
    assert "License-File: LICENSE" in metadata
    licence = archive.read(f"{info}/licenses/LICENSE").decode()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    assert licence == (REPO / "LICENSE").read_text(encoding="utf-8")
    entry_points = configparser.ConfigParser()
    entry_points.read_string(archive.read(f"{info}/entry_points.txt").decode())
    assert dict(entry_points["console_scripts"]) == {"bodymap": "bodymap.cli:main"}
    assert dict(entry_points["gui_scripts"]) == {"bodymap-gui": "bodymap.cli:gui_main"}


def test_wheel_ships_the_icons_and_the_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "bodymap/icons/bodymap.svg" in names
    assert {f"bodymap/icons/bodymap-{s}.png" for s in (16, 32, 48, 256)} <= names
    assert "bodymap/i18n/bodymap_es.qm" in names


def test_installed_console_script_runs(wheel: Path, tmp_path: Path) -> None:
    """`pip install` puts a `bodymap` command on PATH that prints its version and help."""
    prefix = tmp_path / "prefix"
    # --ignore-installed: without it pip first uninstalls the bodymap of the running
    # environment (the editable install `make test` made), breaking every later test
    out = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                          "--no-index", "--ignore-installed", "--prefix", str(prefix),
                          str(wheel)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    scripts = Path(sysconfig.get_path("scripts", vars={"base": str(prefix)}))
    purelib = Path(sysconfig.get_path("purelib", vars={"base": str(prefix)}))
    assert (scripts / "bodymap").is_file() and (scripts / "bodymap-gui").is_file()
    # the installed copy, not the checkout, must answer
    env = {**os.environ, "PYTHONPATH": str(purelib), "PATH": f"{scripts}{os.pathsep}"
           f"{os.environ.get('PATH', '')}"}
    version = subprocess.run(["bodymap", "--version"], capture_output=True, text=True,
                             env=env, cwd=tmp_path, timeout=60, check=False)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == "bodymap 0.1.0"
    where = subprocess.run(["bodymap", "validate"], capture_output=True, text=True, env=env,
                           cwd=tmp_path, timeout=120, check=False)
    assert where.returncode == 0, where.stderr
    assert "OK: 222 regions" in where.stdout


# Run by the unpacked wheel: the shipped data as the `bodymap` command loads it, then what
# that needed (pydantic, the YAML and XML parsers mean a full validating load).
_LOAD_PROBE = """
import json, sys
import bodymap.resources as r
from bodymap.domain.bundle import load_dataset_cached, shipped_bundle
shipped = shipped_bundle(r.data_dir(), r.assets_dir())
dataset = load_dataset_cached(r.data_dir(), r.assets_dir())
print(json.dumps({"shipped": str(shipped), "muscles": len(dataset.knowledge.muscles),
                  "full_load": sorted(m for m in ("pydantic", "yaml", "defusedxml")
                                      if m in sys.modules),
                  "openssl": "_hashlib" in sys.modules}))
"""


def _load_unpacked(site: Path, tmp_path: Path, cache: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(site), "BODYMAP_CACHE_DIR": str(cache)}
    run = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    result: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def test_wheel_starts_from_its_own_validated_bundle(wheel: Path, tmp_path: Path) -> None:
    """The build hook validated the data and put the bundle in the wheel: the installed
    bodymap reads it (no pydantic, no YAML) and never touches the user's cache folder."""
    assert "bodymap/_bundle/dataset.bundle" in zipfile.ZipFile(wheel).namelist()
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    cache = tmp_path / "cache"
    result = _load_unpacked(site, tmp_path, cache)
    assert result["shipped"] == str(site / "bodymap" / "_bundle" / "dataset.bundle")
    assert result["muscles"] == 113
    assert result["full_load"] == []
    # the installed files are checked against the bundle's key at every start: by zlib
    # checksums, not by hashlib (OpenSSL, 3.5 MiB)
    assert result["openssl"] is False
    assert not cache.exists(), "an installed bodymap wrote a bundle to the user cache"

    # data changed after installing: the shipped bundle no longer matches and is not
    # trusted; the data is validated (and still no user-cache bundle is written or read)
    regions = site / "bodymap" / "_data" / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    result = _load_unpacked(site, tmp_path, cache)
    assert result["muscles"] == 113
    full_load = result["full_load"]
    assert isinstance(full_load, list) and {"pydantic", "yaml"} <= set(full_load)
    assert not cache.exists()
