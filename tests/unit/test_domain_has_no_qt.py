"""The domain and the scripting CLI must run without Qt: prove it in a clean interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# each probe is a fresh interpreter: the slow lane
pytestmark = pytest.mark.slow

QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")

_PROBE = """
import json, sys, runpy
{body}
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {qt!r})))
"""


def _loaded_qt(body: str) -> list[str]:
    code = _PROBE.format(body=body, qt=set(QT_MODULES))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("package", ["domain", "session", "scene", "store"])
def test_importing_every_module_of_the_qt_free_layers_loads_no_qt(package: str) -> None:
    body = (
        f"import pkgutil, importlib, bodymap.{package} as d\n"
        "for m in pkgutil.iter_modules(d.__path__):\n"
        f"    importlib.import_module('bodymap.{package}.' + m.name)\n"
    )
    assert _loaded_qt(body) == []


def test_a_whole_session_flow_runs_without_qt() -> None:
    body = (
        "from bodymap import resources\n"
        "from bodymap.domain.dataset import load_dataset\n"
        "from bodymap.session.session import Session\n"
        "from bodymap.scene.scene import build_scene\n"
        "s = Session(load_dataset(resources.data_dir(), resources.assets_dir()))\n"
        "s.begin_stroke('left.low_back'); s.stroke_to('left.buttock'); s.end_stroke()\n"
        "vm = s.view_model\n"
        "assert vm.pattern is not None and vm.candidates\n"
        "build_scene(s.dataset.atlas, vm.layout, vm.drawing, vm.pattern.points)\n"
    )
    assert _loaded_qt(body) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["regions", "--json"],
        ["muscles", "--json"],
        ["query", "--regions", "left.low_back", "--json"],
        ["query", "--regions", "left.low_back,left.buttock"],  # English text: no catalogue
        ["red-flags"],
        ["validate"],
    ],
)
def test_scripting_subcommands_load_no_qt(argv: list[str]) -> None:
    body = (
        "import io, contextlib\n"
        "from bodymap.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main({argv!r})\n"
        "assert rc == 0, rc\n"
    )
    assert _loaded_qt(body) == []


def test_probe_would_notice_qt() -> None:
    """The probe itself works: importing the GUI does show up."""
    assert "PySide6" in _loaded_qt("import bodymap.gui.body_map")
