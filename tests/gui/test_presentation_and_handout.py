"""Presentation mode, the handout PDF and map exports, driven like a therapist would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import defusedxml.ElementTree as SafeET
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from bodymap.cli import main
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.regions import Side, View
from bodymap.gui.main_window import MainWindow
from bodymap.report.handout import handout_html
from bodymap.scene.layouts import Layout
from bodymap.session.session import Session
from bodymap.store import Store

from .helpers import click_region


def test_f11_presents_the_pattern_and_arrows_step_candidates(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    click_region(qtbot, window, View.FRONT, "left.temple")
    vm = window.session.view_model
    first, second = vm.candidates[0], vm.candidates[1]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.session.view_model.presenting
    assert not window.panel.isVisible() and not window.menuBar().isVisible()
    title = window.presentation.title
    assert title.title.text() == first.muscle_name
    # large type for the client (set when the title is first shown)
    assert title.title.font().pointSize() == 28 and title.title.font().bold()
    assert title.detail.font().pointSize() == 16 and not title.detail.font().bold()
    assert window.body_map.scale_factor() > 1.5, "the pattern is framed large"
    window.body_map.setFocus()
    qtbot.keyClick(window.body_map, Qt.Key.Key_Right)
    assert window.session.view_model.selected == 1
    assert title.title.text() == second.muscle_name
    qtbot.keyClick(window.body_map, Qt.Key.Key_Left)
    assert window.session.view_model.selected == 0
    qtbot.keyClick(window.body_map, Qt.Key.Key_Escape)
    assert not window.session.view_model.presenting
    assert window.panel.isVisible()
    # outside presentation the arrows walk regions again
    qtbot.keyClick(window.body_map, Qt.Key.Key_Right)
    assert window.session.view_model.selected == 0


def test_presentation_hides_the_clients_dock_and_restores_it(qtbot: QtBot, dataset: Dataset,
                                                             settings: QSettings,
                                                             tmp_path: Path) -> None:
    """The client list and visit notes are private: never on screen while presenting."""
    store = Store.open(tmp_path / "records.sqlite3")
    w = MainWindow(dataset, settings, store)
    qtbot.addWidget(w)
    w.show()
    assert w.client_dock is not None
    w.client_dock.show()
    assert w.client_dock.isVisible()
    w.presentation.set_on(True)
    assert not w.client_dock.isVisible()
    w.presentation.set_on(False)
    assert w.client_dock.isVisible()
    w.close()
    store.close()


def test_presentation_with_a_drawing_but_no_pattern_says_so(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    window.session.clear_selection()
    window.presentation.set_on(True)
    assert window.presentation.title.title.text() == "No muscle selected"
    window.presentation.set_on(False)


def test_presentation_without_drawing_steps_through_muscles(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    window.presentation.set_on(True)
    window.session.step(1)
    first = window.session.view_model.card
    window.session.step(1)
    second = window.session.view_model.card
    assert first is not None and second is not None and second.muscle != first.muscle
    assert window.presentation.title.title.text() == \
        window.session.dataset.knowledge.muscles[second.muscle].name
    window.presentation.set_on(False)


def test_handout_pdf_from_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    click_region(qtbot, window, View.BACK, "left.low_back")
    out = tmp_path / "handout.pdf"
    assert window.exports.write_handout(out, ["quadratus_lumborum"], client="Alex",
                                        notes="Ball daily.")
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
    png = tmp_path / "map.png"
    assert window.exports.export_image(png)
    image = QImage(str(png))
    assert image.width() > 500 and image.height() > 500
    svg = tmp_path / "map.svg"
    assert window.exports.export_image(svg)
    root = SafeET.parse(svg).getroot()
    assert root is not None and root.tag.endswith("svg")
    assert len(list(root.iter())) > 200, "the SVG holds the vector figure"
    text = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert window.exports.caption().split(" · ")[0] in text, "a caption names the muscle"
    assert "X: the trigger point" in text, "the legend says what the marks mean"


def test_handout_content_is_plain_self_care(dataset: Dataset) -> None:
    """What the PDF prints: the release, the stretch, precautions, notes and disclaimer."""
    ql = dataset.knowledge.muscle("quadratus_lumborum")
    session = Session(dataset)
    session.open_drawing(PainDrawing({"left.low_back": 6}))
    points = session.points_for(ql.id)
    assert points and all(p.side.value == "left" for p in points)
    html = handout_html(dataset, [ql], points, {"left.low_back": 6}, client="Alex",
                        notes="Ball daily")
    for needle in ("Quadratus lumborum", "How to release it", ql.release.steps[0][:40],
                   "Precautions", "Notes from your therapist", "Ball daily", "Alex",
                   "not a diagnosis", "When to stop and see a doctor", "low back"):
        assert needle in html, needle


@pytest.mark.slow
def test_headless_cli_screenshot_subprocess(tmp_path: Path) -> None:
    """The screenshot command works in a fresh process with no display at all."""
    out = tmp_path / "s.png"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "bodymap", "screenshot", str(out),
                           "--muscle", "soleus"], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert QImage(str(out)).width() == 1400


def test_the_handout_marks_the_points_the_screen_shows(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    """The handout used to re-rank on its own and could mark other trigger points."""
    click_region(qtbot, window, View.FRONT, "left.temple")
    click_region(qtbot, window, View.BACK, "left.back_of_neck")
    window.session.select_candidate(1)
    vm = window.session.view_model
    assert vm.pattern is not None
    printed = window.session.points_for(vm.pattern.muscle)
    assert printed == vm.pattern.points
    screen = {m.point for m in window.exports.current_scene().markers}
    assert screen == {tp.id for tp in printed}


def test_handout_has_a_client_page_then_a_close_up_page_per_muscle(
        dataset: Dataset) -> None:
    session = Session(dataset)
    session.open_drawing(PainDrawing({"left.low_back": 7, "left.buttock": 5}))
    muscles = [dataset.knowledge.muscle("quadratus_lumborum"),
               dataset.knowledge.muscle("gluteus_medius")]
    points = [tp for m in muscles for tp in session.points_for(m.id)]
    html = handout_html(dataset, muscles, points, session.drawing, client="Ana",
                        notes="Ball daily")
    first, *pages = html.split("page-break-before: always")
    assert len(pages) == 2
    assert "Notes from your therapist" in first and "Ball daily" in first
    assert "bodymap://map" in first and "bodymap://muscle/" not in first
    for muscle, page in zip(muscles, pages, strict=True):
        assert f"bodymap://muscle/{muscle.id}" in page and muscle.name in page
        assert "X: the trigger point" in page, "each chart has its legend"
    # only the points the screen shows are printed, not every point of the muscle
    ql_page = pages[0]
    shown = {tp.name for tp in points if tp.muscle == "quadratus_lumborum"}
    others = {tp.name for tp in muscles[0].points_on(Side.LEFT)} - shown
    assert all(f"<b>{name}</b>" in ql_page for name in shown)
    assert not any(f"<b>{name}</b>" in ql_page for name in others)


def test_presentation_frames_a_head_pattern_in_the_head_close_up(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    click_region(qtbot, window, View.FRONT, "left.temple")
    window.session.select_muscle("temporalis")
    def layout() -> Layout:
        return window.session.view_model.layout

    window.presentation.set_on(True)
    assert layout() is Layout.HEAD
    window.presentation.set_on(False)
    assert layout() is Layout.FRONT_BACK
    window.session.select_muscle("quadratus_lumborum")
    window.presentation.set_on(True)
    assert layout() is Layout.FRONT_BACK, "a back pattern stays on the whole figure"
    window.presentation.set_on(False)


def test_presentation_frames_the_pattern_in_the_middle_of_the_full_screen(
        qtbot: QtBot, window: MainWindow) -> None:
    """Going full screen and hiding the panel resize the map only after F11 returns (the
    layout and the window manager answer later): the pattern must be framed for the size the
    map ends up with, not the one it had, or it sits half off the edge of the screen."""
    click_region(qtbot, window, View.BACK, "left.low_back")
    click_region(qtbot, window, View.BACK, "left.buttock")
    qtbot.keyClick(window, Qt.Key.Key_F11)
    view = window.body_map
    before = view.viewport().size()
    qtbot.waitUntil(lambda: view.viewport().size() != before)
    qtbot.wait(20)
    frame = view.pattern_rect()
    assert frame is not None
    shown = view.mapFromScene(frame).boundingRect()
    port = view.viewport().rect()
    assert port.adjusted(-2, -2, 2, 2).contains(shown), "the whole pattern is on screen"
    # centred along the axis the frame does not fill
    assert abs(shown.center().x() - port.center().x()) <= port.width() * 0.02
    assert abs(shown.center().y() - port.center().y()) <= port.height() * 0.02
    window.presentation.set_on(False)


def test_leaving_presentation_shows_the_whole_body_again(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    """Esc fits the body while the window is still full screen; the window shrinks back
    afterwards, and the body must still fit then, not stay zoomed on the pattern."""
    click_region(qtbot, window, View.BACK, "left.low_back")
    qtbot.keyClick(window, Qt.Key.Key_F11)
    view = window.body_map
    qtbot.wait(20)
    full = view.viewport().size()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.session.view_model.presenting
    qtbot.waitUntil(lambda: view.viewport().size() != full)
    qtbot.wait(20)
    window.resize(1000, 640)
    qtbot.wait(20)
    shown = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown), \
        "the whole body is in view"


def _painful_regions_in_view(window: MainWindow) -> dict[str, bool]:
    """For each marked region: whether the part of it some figure draws lies wholly on
    screen (a close-up draws only what is inside its panel)."""
    view = window.body_map
    seen = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
    out = dict.fromkeys(window.session.view_model.drawing, False)
    for item in view.region_items():
        if item.rid in out:
            figure = item.parentItem()
            assert figure is not None
            drawn = item.sceneBoundingRect().intersected(figure.sceneBoundingRect())
            out[item.rid] |= not drawn.isEmpty() and seen.contains(drawn)
    return out


def test_presentation_keeps_a_headache_and_its_pattern_in_view(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    """A tension headache on both temples and the back of the neck: the trapezius story,
    then temporalis, are presented with every marked region on screen, with the pattern's
    X marks too, not only the back figure or one close-up."""
    for view, rid in ((View.FRONT, "left.temple"), (View.FRONT, "right.temple"),
                      (View.BACK, "left.back_of_neck"), (View.BACK, "right.back_of_neck")):
        click_region(qtbot, window, view, rid)
    titles = [row.title for row in window.session.view_model.candidates]
    trapezius, temporalis = titles.index("Trapezius, both sides"), \
        titles.index("Temporalis, both sides")
    assert trapezius < temporalis
    window.session.select_candidate(trapezius)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    body = window.body_map
    before = body.viewport().size()
    qtbot.waitUntil(lambda: body.viewport().size() != before)
    qtbot.wait(20)

    def check(muscle: str) -> None:
        shown = _painful_regions_in_view(window)
        assert all(shown.values()), (muscle, window.session.view_model.layout, shown)
        seen = body.mapToScene(body.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
        # the X marks each figure draws (a close-up clips those outside its panel)
        marks = [m.sceneBoundingRect().center() for m in body.overlay_items()
                 if m.data(0) == "marker" and m.parentItem() is not None
                 and m.parentItem().sceneBoundingRect().contains(m.sceneBoundingRect().center())]
        assert marks and all(seen.contains(m) for m in marks), muscle
        assert body.scale_factor() > 1.0, "framed larger than the whole layout"

    check("trapezius")
    body.setFocus()
    for _ in range(temporalis - trapezius):
        qtbot.keyClick(body, Qt.Key.Key_Right)
    assert window.presentation.title.title.text() == "Temporalis"
    assert window.session.view_model.layout is Layout.HEAD, "the head close-up shows it all"
    check("temporalis")
    qtbot.keyClick(body, Qt.Key.Key_Escape)
