"""The domain and the scripting CLI must run without Qt: prove it in a clean interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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


def test_importing_every_domain_module_loads_no_qt() -> None:
    body = (
        "import pkgutil, importlib, bodymap.domain as d\n"
        "for m in pkgutil.iter_modules(d.__path__):\n"
        "    importlib.import_module('bodymap.domain.' + m.name)\n"
    )
    assert _loaded_qt(body) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["regions", "--json"],
        ["muscles", "--json"],
        ["query", "--regions", "left.low_back", "--json"],
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
