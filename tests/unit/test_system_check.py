"""The system-library check: asks the dynamic loader, names each missing library and the
Debian package that provides it, and never imports Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.system_check import (
    DEBIAN_PACKAGES,
    OFFSCREEN_PACKAGES,
    WINDOW_PACKAGES,
    MissingLibrary,
    describe_missing,
    library_from_import_error,
    missing_libraries,
    pyside_dir,
)

linux_with_ldd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="the check asks ldd, which only Linux has")


def plugin_needing(tmp_path: Path, absent: str) -> Path:
    """A fake PySide6 folder whose xcb plugin is a real shared library (a copy of Qt's own
    plugin) with one of its needed libraries renamed to ``absent``, which no system has."""
    pyside = pyside_dir()
    assert pyside is not None
    original = pyside / "Qt/plugins/platforms/libqxcb.so"
    data = original.read_bytes()
    needed = b"libxcb-shape.so.0"
    assert len(absent) == len(needed) and needed in data
    folder = tmp_path / "PySide6"
    target = folder / "Qt/plugins/platforms/libqxcb.so"
    target.parent.mkdir(parents=True)
    target.write_bytes(data.replace(needed + b"\0", absent.encode() + b"\0"))
    # the Qt libraries it links to, where its RPATH ($ORIGIN/../../lib) says they are
    (folder / "Qt/lib").symlink_to(pyside / "Qt/lib")
    return folder


@linux_with_ldd
def test_a_missing_library_is_found_through_the_real_loader(tmp_path: Path) -> None:
    folder = plugin_needing(tmp_path, "libnothere-x.so.0")
    missing = missing_libraries("window", folder)
    assert MissingLibrary("libnothere-x.so.0", None) in missing
    # the offscreen check does not load the xcb plugin, so it does not miss it
    assert MissingLibrary("libnothere-x.so.0", None) not in missing_libraries("offscreen",
                                                                                folder)


@linux_with_ldd
def test_the_installed_qt_reports_only_libraries_the_loader_cannot_load() -> None:
    import ctypes

    for lib in missing_libraries("window"):
        with pytest.raises(OSError, match="cannot open shared object file"):
            ctypes.CDLL(lib.soname)


def test_message_names_every_library_and_one_apt_get_line() -> None:
    missing = [MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),
               MissingLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
               MissingLibrary("libxcb-randr.so.0", "libxcb-randr0")]
    text = describe_missing(missing, "window")
    assert "libxcb-icccm.so.4 (package libxcb-icccm4)" in text
    assert "libxkbcommon-x11.so.0" in text and "libxcb-randr.so.0" in text
    assert text.endswith("sudo apt-get install libxcb-icccm4 libxcb-randr0 libxkbcommon-x11-0")


def test_message_for_a_library_without_a_known_package() -> None:
    text = describe_missing([MissingLibrary("libfoo.so.3", None)], "offscreen")
    assert "libfoo.so.3" in text and "apt-file search" in text and "apt-get" not in text


def test_import_error_for_egl_names_the_package() -> None:
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    text = library_from_import_error(exc)
    assert text is not None and "sudo apt-get install libegl1" in text
    assert library_from_import_error(ImportError("No module named 'PySide6'")) is None


def test_every_package_we_tell_users_to_install_is_one_we_map() -> None:
    known = set(DEBIAN_PACKAGES.values())
    assert set(OFFSCREEN_PACKAGES) <= known
    assert set(WINDOW_PACKAGES) <= known
    assert set(OFFSCREEN_PACKAGES) < set(WINDOW_PACKAGES)


@linux_with_ldd
def test_every_library_qt_links_is_mapped_to_a_package() -> None:
    """A new PySide6 that links a new system library must get its package named here."""
    pyside = pyside_dir()
    assert pyside is not None
    always_there = ("linux-vdso", "ld-linux", "libc.so", "libm.so", "libdl.so", "libpthread.so",
                    "librt.so")
    linked: set[str] = set()
    for rel in ("QtGui.abi3.so", "QtWidgets.abi3.so", "QtSvg.abi3.so", "QtPrintSupport.abi3.so",
                "Qt/plugins/platforms/libqxcb.so", "Qt/plugins/platforms/libqoffscreen.so"):
        out = subprocess.run(["ldd", str(pyside / rel)], capture_output=True, text=True,
                             timeout=30, check=True)
        for line in out.stdout.splitlines():
            words = line.split()
            # Qt's own libraries ship inside PySide6 and are never missing
            if words and str(pyside) not in line and not words[0].startswith(
                    ("libQt6", "libshiboken6", "libpyside6", *always_there)) \
                    and "/" not in words[0]:
                linked.add(words[0])
    assert linked, "ldd listed nothing"
    assert sorted(linked - set(DEBIAN_PACKAGES)) == []


def test_the_check_runs_without_qt() -> None:
    probe = ("import sys, bodymap.system_check as c; c.problem('window'); "
             "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=60, check=False)
    assert out.returncode == 0, out.stderr


@linux_with_ldd
def test_a_clean_check_is_remembered_until_the_loader_can_answer_otherwise(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ldd costs every start of the window 50-100 ms: a check that found nothing missing is
    noted, and asked again as soon as a checked binary (or the system's library cache)
    changes."""
    monkeypatch.setenv("BODYMAP_CACHE_DIR", str(tmp_path / "cache"))
    folder = plugin_needing(tmp_path, "libnothere-x.so.0")  # only the window needs it
    stamp = tmp_path / "cache" / "system-check-offscreen.ok"
    missing_libraries.cache_clear()
    assert missing_libraries("offscreen", folder) == []
    assert stamp.is_file()
    noted = stamp.read_text(encoding="ascii")
    missing_libraries.cache_clear()
    assert missing_libraries("offscreen", folder) == []
    assert stamp.read_text(encoding="ascii") == noted
    # the offscreen plugin appears, needing a library no system has: asked again, found
    broken = folder / "Qt/plugins/platforms/libqoffscreen.so"
    broken.write_bytes((folder / "Qt/plugins/platforms/libqxcb.so").read_bytes())
    missing_libraries.cache_clear()
    assert MissingLibrary("libnothere-x.so.0", None) in missing_libraries("offscreen", folder)
    missing_libraries.cache_clear()
