"""The menu entry, the AppStream metadata and the icon: valid, consistent and installable."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtGui import QImage

from bodymap.gui.desktop import ICON_SIZES, app_icon, icon_png, icon_svg, render_icon

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.bodymap.Bodymap"
DESKTOP = REPO / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = REPO / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    out = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and "error" not in out.stdout, out.stdout + out.stderr


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian package appstream)")
    out = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


def test_menu_entry_starts_the_gui_script_with_our_icon() -> None:
    entry = desktop_entry()
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert entry["Exec"] in scripts["gui-scripts"]
    assert entry["Icon"] == APP_ID
    root = ElementTree.parse(METAINFO).getroot()
    assert root is not None
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == scripts["license"]
    releases = [r.get("version") for r in root.iter("release")]
    assert scripts["version"] in releases


def test_committed_pngs_are_renderings_of_the_svg(qapp: object) -> None:
    for size in ICON_SIZES:
        committed = QImage(str(icon_png(size)))
        assert committed.width() == committed.height() == size, icon_png(size)
        fresh = render_icon(icon_svg(), size).convertToFormat(committed.format())
        assert fresh == committed, f"{icon_png(size).name} is stale: run `make icons`"


def test_small_icon_keeps_the_red_mark(qapp: object) -> None:
    """At 16 px the X must still read as red on the figure, or the icon says nothing."""
    image = QImage(str(icon_png(16)))
    reds = sum(1 for x in range(16) for y in range(16)
               if (c := image.pixelColor(x, y)).red() > 170 and c.green() < 110
               and c.blue() < 110 and c.alpha() > 200)
    assert reds >= 6


def test_window_icon_has_every_size(qapp: object) -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert set(ICON_SIZES) <= sizes


def test_make_install_desktop_installs_for_the_user(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = subprocess.run(["make", "-s", "install-desktop", f"XDG_DATA_HOME={tmp_path}"],
                         cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert (tmp_path / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (tmp_path / "metainfo" / METAINFO.name).is_file()
    assert (tmp_path / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        assert (tmp_path / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    out = subprocess.run(["make", "-s", "uninstall-desktop", f"XDG_DATA_HOME={tmp_path}"],
                         cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert not list(tmp_path.rglob(f"{APP_ID}*"))
