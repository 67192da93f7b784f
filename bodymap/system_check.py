"""Which system libraries Qt still needs here, named with the Debian package to install.

Without them Qt does not fail politely: a missing libEGL makes ``import PySide6.QtGui`` raise
an ImportError deep inside the program, and a missing X library makes the xcb platform
plugin abort the whole process (exit 134) while blaming libxcb-cursor, whatever is missing.
So before Qt starts, this module asks the system's dynamic loader (``ldd``, which resolves
dependencies exactly as the loader will, including the Qt libraries shipped inside PySide6)
which libraries the Qt parts we are about to use cannot find.

It never imports Qt, so it works precisely when Qt cannot. ``python -m bodymap.system_check
window|offscreen`` prints the verdict and exits 1 when something is missing (`make run` and
`make test` call it).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Purpose = Literal["window", "offscreen"]

# soname -> Debian package (bookworm; checked with `dpkg -S` on Debian 12). Ubuntu uses the
# same names; Debian 13 renamed a few with a t64 suffix (libglib2.0-0t64), which apt
# resolves from the old name.
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libsystemd.so.0": "libsystemd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}

# What a user installs up front, by purpose (README's set-up section lists the same).
# Headless: QtGui and the offscreen platform plugin. A window: also the xcb plugin's libraries.
OFFSCREEN_PACKAGES = ("libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libx11-6",
                      "libglib2.0-0", "libdbus-1-3")
WINDOW_PACKAGES = (*OFFSCREEN_PACKAGES, "libx11-xcb1", "libxkbcommon-x11-0", "libxcb-cursor0",
                   "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
                   "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1",
                   "libxcb-xfixes0", "libxcb-xkb1")

# the Qt binaries each purpose loads, relative to the PySide6 package
_OFFSCREEN_BINARIES = ("QtCore.abi3.so", "QtGui.abi3.so", "QtWidgets.abi3.so",
                       "QtSvg.abi3.so", "QtPrintSupport.abi3.so",
                       "Qt/plugins/platforms/libqoffscreen.so")
_WINDOW_BINARIES = (*_OFFSCREEN_BINARIES, "Qt/plugins/platforms/libqxcb.so",
                    "Qt/lib/libQt6XcbQpa.so.6")

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


@dataclass(frozen=True)
class MissingLibrary:
    soname: str
    package: str | None  # None: not in our table

    def __str__(self) -> str:
        return f"{self.soname} (package {self.package})" if self.package else self.soname


def pyside_dir() -> Path | None:
    """The installed PySide6 package folder, found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def missing_libraries(purpose: Purpose, pyside: Path | None = None) -> list[MissingLibrary]:
    """The shared libraries the loader cannot find for ``purpose``, each once, sorted.

    Empty when nothing is missing, and also when the question cannot be asked here (not
    Linux, no ldd, PySide6 not installed): then Qt's own error is the best we have.
    """
    if not sys.platform.startswith("linux"):
        return []
    ldd = shutil.which("ldd")
    folder = pyside or pyside_dir()
    if ldd is None or folder is None:
        return []
    binaries = [folder / rel for rel in (_WINDOW_BINARIES if purpose == "window"
                                         else _OFFSCREEN_BINARIES)]
    # ldd on each binary takes 50-100 ms, on every start of the window: a check that found
    # nothing missing is remembered until the loader's view can have changed
    stamp, fingerprint = _ok_stamp(purpose), _loader_fingerprint(purpose, binaries)
    try:
        if stamp.read_text(encoding="utf-8", errors="surrogateescape") == fingerprint:
            return []
    except (OSError, ValueError):
        pass
    # imported only here: a start that finds a current note runs no ldd, and importing
    # subprocess (with the signal and locale modules) cost `bodymap screenshot` ~2.5 ms
    import subprocess

    missing: set[str] = set()
    for path in binaries:
        if not path.is_file():
            continue
        out = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=30,
                             check=False)
        missing.update(_NOT_FOUND.findall(out.stdout))
    if not missing:
        _write_quietly(stamp, fingerprint)
    return [MissingLibrary(s, DEBIAN_PACKAGES.get(s)) for s in sorted(missing)]
    # (cached: the answer cannot change while the process runs, and ldd takes a moment)


#: rewritten by ldconfig whenever packages add or remove shared libraries
LD_SO_CACHE = Path("/etc/ld.so.cache")


def _loader_fingerprint(purpose: Purpose, binaries: list[Path]) -> str:
    """What the loader's answer depends on: the binaries checked and the system's library
    cache (their sizes and change times), and the variables that steer the loader."""
    parts = [purpose, sys.version, os.environ.get("LD_LIBRARY_PATH", ""),
             os.environ.get("LD_PRELOAD", "")]
    for path in (LD_SO_CACHE, *binaries):
        try:
            st = path.stat()
            parts.append(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}")
        except OSError:
            parts.append(f"{path}\0missing")
    # kept as the text itself, not a hash of it: comparing a few lines is as quick, and
    # hashlib would load OpenSSL (about 3.5 MiB) into every start
    return "\n".join(parts)


def _ok_stamp(purpose: Purpose) -> Path:
    """Where a check that found nothing missing is noted ($BODYMAP_CACHE_DIR, else the user
    cache folder, as the dataset bundle)."""
    from bodymap.userdirs import cache_dir

    return Path(cache_dir()) / f"system-check-{purpose}.ok"


def _write_quietly(path: Path, text: str) -> None:
    """Best effort: without the note, the next start simply asks ldd again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8", errors="surrogateescape")
        os.replace(tmp, path)
    except OSError:
        pass


def describe_missing(missing: list[MissingLibrary], purpose: Purpose) -> str:
    """One paragraph a user can act on: what is missing and the apt-get line that fixes it."""
    what = "open the window" if purpose == "window" else "draw (even offscreen)"
    packages = sorted({m.package for m in missing if m.package})
    unknown = [m.soname for m in missing if not m.package]
    text = (f"Qt needs system libraries that are missing here to {what}: "
            f"{', '.join(str(m) for m in missing)}.")
    if packages:
        text += f" On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
    if unknown:
        text += (f" (for {', '.join(unknown)}, find the package with "
                 "`apt-file search NAME` or your distribution's package search)")
    return text


def problem(purpose: Purpose) -> str | None:
    """The message to show when Qt cannot start here for ``purpose``, or None."""
    missing = missing_libraries(purpose)
    return describe_missing(missing, purpose) if missing else None


def library_from_import_error(exc: ImportError) -> str | None:
    """The message for an ImportError that names a missing shared library, or None.

    A second line of defence: covers platforms and layouts the ldd check does not.
    """
    found = re.search(r"(lib[\w.+-]+\.so[\d.]*): cannot open shared object file", str(exc))
    if not found:
        return None
    soname = found.group(1)
    return describe_missing([MissingLibrary(soname, DEBIAN_PACKAGES.get(soname))], "offscreen")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    purpose: Purpose = "window" if args[:1] == ["window"] else "offscreen"
    if purpose == "window" and (os.environ.get("WAYLAND_DISPLAY")
                                or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb"):
        purpose = "offscreen"  # Qt will not load the xcb plugin
    message = problem(purpose)
    if message:
        print(f"bodymap: {message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
