"""Name the machine the figures were measured on."""

from __future__ import annotations

import os
import platform
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _dist(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def describe() -> list[tuple[str, str]]:
    # Qt's own version and platform plugin are reported by the GUI child processes: run.py
    # stays Qt-free so that the model and load figures are not measured next to a live Qt.
    return [
        ("cpu", f"{_cpu_model()}, {os.cpu_count()} logical cores"),
        ("python", f"{platform.python_implementation()} {platform.python_version()} "
                   f"({sys.executable})"),
        ("packages", f"PySide6-Essentials {_dist('PySide6-Essentials')}, "
                     f"pyqtgraph {_dist('pyqtgraph')}, pydantic {_dist('pydantic')}"),
        ("os", f"{platform.system()} {platform.release()} {platform.machine()}"),
        ("load average", load_average() + "  (1/5/15 min, at start; 2+ per core = shared)"),
    ]
