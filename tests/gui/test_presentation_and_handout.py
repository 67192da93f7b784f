"""Presentation mode, the handout PDF and map exports, driven like a therapist would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import defusedxml.ElementTree as SafeET
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from bodymap.cli import main
from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow
from bodymap.report.handout import handout_html, points_for

from .helpers import click_region


def test_f11_presents_the_pattern_and_arrows_step_candidates(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    click_region(qtbot, window, View.FRONT, "left.temple")
    window.panel.select_candidate(0)
    first = window.panel.candidates()[0]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.presenting
    assert not window.panel.isVisible() and not window.menuBar().isVisible()
    name = window._ds.knowledge.muscles[first.muscle].name
    assert name in window.presentation_title.text()
    assert window.body_map.transform().m11() > 1.5, "the pattern is framed large"
    window.body_map.setFocus()
    qtbot.keyClick(window.body_map, Qt.Key.Key_Right)
    second = window.panel.candidates()[1]
    assert window.panel.candidate_list.currentRow() == 1
    assert window._ds.knowledge.muscles[second.muscle].name in window.presentation_title.text()
    qtbot.keyClick(window.body_map, Qt.Key.Key_Left)
    assert window.panel.candidate_list.currentRow() == 0
    qtbot.keyClick(window.body_map, Qt.Key.Key_Escape)
    assert not window.presenting
    assert window.panel.isVisible()
    # outside presentation the arrows walk regions again
    qtbot.keyClick(window.body_map, Qt.Key.Key_Right)
    assert window.panel.candidate_list.currentRow() == 0


def test_presentation_without_drawing_steps_through_muscles(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    window.set_presentation(True)
    window.step_candidate(1)
    first = window.panel.shown_muscle()
    window.step_candidate(1)
    assert window.panel.shown_muscle() not in (None, first)
    window.set_presentation(False)


def test_handout_pdf_from_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    out = tmp_path / "handout.pdf"
    window.write_handout(out, ["quadratus_lumborum"], client="Alex", notes="Ball daily.")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 2


def test_handout_cli(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "h.pdf"
    assert main(["handout", str(out), "--muscle", "piriformis",
                 "--select", "left.buttock=7", "--notes", "Stretch twice a day"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_handout_cli_refuses_a_folder_as_output(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out.pdf"
    folder.mkdir()
    assert main(["handout", str(folder), "--muscle", "piriformis"]) == 2
    err = capsys.readouterr().err
    assert "it is a folder" in err and "Traceback" not in err


def test_export_map_png_and_svg(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    click_region(qtbot, window, View.BACK, "left.buttock")
    window.panel.select_candidate(0)
    png = tmp_path / "map.png"
    window.export_map(png)
    image = QImage(str(png))
    assert image.width() > 500 and image.height() > 500
    svg = tmp_path / "map.svg"
    window.export_map(svg)
    root = SafeET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 200, "the SVG holds the vector figure"


def test_handout_content_is_plain_self_care(dataset) -> None:  # type: ignore[no-untyped-def]
    """What the PDF prints: the release, the stretch, precautions, notes and disclaimer."""
    ql = dataset.knowledge.muscle("quadratus_lumborum")
    points = points_for(dataset, ql, {"left.low_back": 6})
    assert points and all(p.side.value == "left" for p in points)
    html = handout_html(dataset, [ql], points, {"left.low_back": 6}, client="Alex",
                        notes="Ball daily")
    for needle in ("Quadratus lumborum", "How to release it", ql.release.steps[0][:40],
                   "Precautions", "Notes from your therapist", "Ball daily", "Alex",
                   "not a diagnosis", "When to stop and see a doctor", "low back"):
        assert needle in html, needle


def test_headless_cli_screenshot_subprocess(tmp_path: Path) -> None:
    """The screenshot command works in a fresh process with no display at all."""
    out = tmp_path / "s.png"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "bodymap", "screenshot", str(out),
                           "--muscle", "soleus"], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert QImage(str(out)).width() == 1400
