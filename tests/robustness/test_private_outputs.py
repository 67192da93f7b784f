"""Files that show client data (issue 18, point 10): handout PDFs, screenshots and map
images are created owner-only (0600) whatever the umask, and under exactly the name asked
for, even one that is not valid UTF-8. Real processes, real files.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.report.map_image import write_scene
from bodymap.scene.layouts import Layout
from bodymap.scene.scene import build_scene

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
NOT_UTF8 = b"caf\xe9"  # "café" as Latin-1: not a valid UTF-8 name


def run_bodymap(*args: bytes | str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "bodymap", *args], cwd=REPO, env=ENV,
                          capture_output=True, timeout=120, preexec_fn=lambda: os.umask(0))


def mode(path: Path | bytes) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("command", ["handout", "screenshot"])
def test_cli_outputs_are_owner_only_even_under_umask_000(tmp_path: Path, command: str) -> None:
    if command == "handout":
        out = tmp_path / "ana.pdf"
        done = run_bodymap("handout", "--muscle", "piriformis", "--client", "Ana", str(out))
    else:
        out = tmp_path / "ana.png"
        done = run_bodymap("screenshot", str(out), "--select", "left.buttock",
                           "--size", "800x600")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary left behind


@pytest.mark.parametrize(("command", "suffix"), [("handout", b".pdf"),
                                                  ("screenshot", b".png")])
def test_a_name_that_is_not_utf8_is_written_under_that_exact_name(
        tmp_path: Path, command: str, suffix: bytes) -> None:
    out = os.fsencode(tmp_path) + b"/" + NOT_UTF8 + suffix
    if command == "handout":
        done = run_bodymap("handout", "--muscle", "piriformis", out)
    else:
        done = run_bodymap("screenshot", out, "--size", "800x600")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert os.listdir(os.fsencode(tmp_path)) == [NOT_UTF8 + suffix]
    assert mode(out) == 0o600
    # the message names the file that was written, its odd byte escaped
    assert b"caf\\xe9" + suffix in done.stdout


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_map_images_are_owner_only(tmp_path: Path, dataset: Dataset, qapp: object,
                                   suffix: str) -> None:
    out = tmp_path / f"map{suffix}"
    scene = build_scene(dataset.atlas, Layout.FRONT_BACK, PainDrawing({"left.buttock": 6}))
    old = os.umask(0)
    try:
        write_scene(out, scene, "Pain drawing")
    finally:
        os.umask(old)
    assert mode(out) == 0o600
    assert out.stat().st_size > 1000
