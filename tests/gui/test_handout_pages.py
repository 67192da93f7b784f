"""The client handout keeps one page per muscle (issue 14, item 5), on A4 and US Letter.

The handouts are real PDF files written by the command line and by the window; the pages,
their paper size and the size of every text on them are read back from the file.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from bodymap.cli import main
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import Muscle, PrecautionKind
from bodymap.domain.regions import Side, View
from bodymap.gui.handout_dialog import HandoutDialog
from bodymap.gui.main_window import MainWindow
from bodymap.gui.translations import install_translators
from bodymap.report.card_html import Brevity, self_care
from bodymap.report.handout import (
    BODY_PT,
    WORDINGS,
    Paper,
    handout_images,
    muscle_page,
    paper_for,
    write_handout,
)
from bodymap.scene.scene import best_layout, build_scene

from .helpers import click_region

# the paper sizes in PDF points (1/72 inch)
PAPER_POINTS = {Paper.A4: (595, 842), Paper.LETTER: (612, 792)}
FOOTER_PT_MAX = 8.0  # the footer line ("Ana · 02 November 2026", "Page 2 of 4")


# ------------------------------------------------------------------ reading the PDF back
@dataclass(frozen=True)
class PdfPage:
    width: float
    height: float
    text_sizes: tuple[float, ...]  # each text run's font size, in points on paper


_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.DOTALL)
_TOKEN = re.compile(rb"<[0-9A-Fa-f]*>|\[|\]|/[^\s/\[\]<>()]+|\((?:\\.|[^\\)])*\)|[^\s\[\]<>/()]+")


def _find(pattern: bytes, text: bytes) -> bytes:
    found = re.search(pattern, text, re.DOTALL)
    assert found is not None, f"{pattern!r} not in the PDF"
    return found[1]


def pdf_pages(data: bytes) -> list[PdfPage]:
    """The pages of a PDF as Qt writes it, in order, with the size of each text run
    (the font size times the scale of the current transformation and text matrices)."""
    objects = {int(n): body for n, body in _OBJECT.findall(data)}
    roots = [body for body in objects.values() if re.search(rb"/Type\s*/Pages\b", body)]
    assert len(roots) == 1, "one page tree"
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", _find(rb"/Kids\s*\[(.*?)\]", roots[0]))]
    assert int(_find(rb"/Count\s+(\d+)", roots[0])) == len(kids), "the tree counts its pages"
    pages = []
    for kid in kids:
        page = objects[kid]
        assert re.search(rb"/Type\s*/Page\b", page)
        box = [float(v) for v in _find(rb"/MediaBox\s*\[([^\]]*)\]", page).split()]
        contents = objects[int(_find(rb"/Contents\s+(\d+) 0 R", page))]
        stream = _find(rb"stream\r?\n(.*)endstream", contents)
        pages.append(PdfPage(box[2] - box[0], box[3] - box[1],
                             _text_sizes(zlib.decompress(stream))))
    return pages


_Matrix = tuple[float, float, float, float]


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    a, b, c, d = m
    e, f, g, h = n
    return (a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)


def _scale(m: _Matrix) -> float:
    return float(abs(m[0] * m[3] - m[1] * m[2]) ** 0.5)


def _text_sizes(content: bytes) -> tuple[float, ...]:
    ctm: _Matrix = (1.0, 0.0, 0.0, 1.0)
    stack: list[_Matrix] = []
    text_matrix: _Matrix = (1.0, 0.0, 0.0, 1.0)
    font_size = 0.0
    counted = False
    operands: list[bytes] = []
    sizes: list[float] = []
    for token in _TOKEN.findall(content):
        if token == b"q":
            stack.append(ctm)
        elif token == b"Q":
            ctm = stack.pop()
        elif token == b"cm":
            a, b, c, d = (float(v) for v in operands[-6:-2])
            ctm = _times((a, b, c, d), ctm)
        elif token == b"Tm":
            a, b, c, d = (float(v) for v in operands[-6:-2])
            text_matrix = (a, b, c, d)
        elif token == b"BT":
            text_matrix = (1.0, 0.0, 0.0, 1.0)
            counted = False
        elif token == b"Tf":
            font_size = float(operands[-1])
        elif token in (b"Tj", b"TJ") and not counted:  # Qt shows a run glyph by glyph
            sizes.append(round(font_size * _scale(_times(text_matrix, ctm)), 2))
            counted = True
        if re.fullmatch(rb"[A-Za-z*'\"]+", token):
            operands = []
        else:
            operands.append(token)
    return tuple(sizes)


def runs_below(page: PdfPage, points: float) -> int:
    """How many text runs (BT ... ET: a line or a part of one) are smaller than ``points``."""
    return sum(1 for size in page.text_sizes if size < points)


def answer_next_modal(how: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog once it is open, as a user would."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), dialog
        how(dialog)

    QTimer.singleShot(0, act)


def footer_runs(page: PdfPage) -> int:
    return sum(1 for size in page.text_sizes if size <= FOOTER_PT_MAX)


# -------------------------------------------------------------------------- worst cases
def _care_length(dataset: Dataset, muscle: Muscle) -> int:
    care = self_care(muscle, dataset.glossary.explainer(), dataset.safety.gates_for(muscle.id))
    return len(re.sub("<[^>]+>", "", care.html()))


def worst_muscles(dataset: Dataset) -> list[str]:
    """The three muscles with the longest self-care text, and the one with the longest
    description of its left-side points (a handout of a muscle the drawing does not
    explain prints all of them): found in the data, so new muscles are covered."""
    muscles = list(dataset.knowledge.muscles.values())
    longest = sorted(muscles, key=lambda m: _care_length(dataset, m), reverse=True)[:3]
    points = max((m for m in muscles if m not in longest),
                 key=lambda m: sum(len(tp.location) for tp in m.points_on(Side.LEFT)))
    return [m.id for m in (*longest, points)]


def test_the_worst_cases_are_long(dataset: Dataset) -> None:
    """Guard the test below: its muscles overflowed a page before (each took 2 pages)."""
    worst = worst_muscles(dataset)
    assert "gastrocnemius" in worst and "iliopsoas" in worst
    assert all(_care_length(dataset, dataset.knowledge.muscle(m)) > 3000 for m in worst[:3])


@pytest.mark.parametrize("paper", list(Paper))
def test_cli_handout_of_the_worst_muscles_has_one_page_each(
        dataset: Dataset, tmp_path: Path, paper: Paper,
        capsys: pytest.CaptureFixture[str]) -> None:
    """1 + 4 pages: the client's page, then one per muscle, on both paper sizes, with every
    muscle page's text at body size (only the footer line is smaller)."""
    out = tmp_path / f"worst-{paper.value}.pdf"
    muscles = worst_muscles(dataset)
    argv = ["handout", str(out), "--paper", paper.value, "--client", "Ana Silva",
            "--notes", "Ball on the calf daily.\nCome back in two weeks.",
            "--select", "left.low_back=6,left.calf_upper=5"]
    for muscle in muscles:
        argv += ["--muscle", muscle]
    assert main(argv) == 0, capsys.readouterr().err
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == 1 + len(muscles)
    width, height = PAPER_POINTS[paper]
    assert all(round(p.width) == width and round(p.height) == height for p in pages)
    for page in pages[1:]:
        assert page.text_sizes, "the page has text"
        assert runs_below(page, BODY_PT - 0.2) == footer_runs(page) <= 2, page.text_sizes


def test_window_handout_has_one_page_per_muscle(qtbot: QtBot, window: MainWindow,
                                                dataset: Dataset, tmp_path: Path) -> None:
    """File → Client handout's path, with the points the screen shows for each muscle."""
    click_region(qtbot, window, View.BACK, "left.low_back")
    click_region(qtbot, window, View.BACK, "left.calf_upper")
    worst = worst_muscles(dataset)
    for count in (1, 2, 3):
        out = tmp_path / f"window-{count}.pdf"
        assert window.exports.write_handout(out, worst[:count], client="Ana",
                                            notes="Stretch twice a day")
        pages = pdf_pages(out.read_bytes())
        assert len(pages) == 1 + count
        paper = paper_for(window.locale().system())
        assert (round(pages[0].width), round(pages[0].height)) == PAPER_POINTS[paper]


@pytest.mark.parametrize("paper", list(Paper))
def test_worst_pages_fit_without_shrinking(dataset: Dataset, tmp_path: Path,
                                           paper: Paper) -> None:
    """Shortened by structure and a smaller chart, never printed smaller than life."""
    worst = worst_muscles(dataset)
    summary = write_handout(tmp_path / "h.pdf", dataset, worst, PainDrawing(), paper=paper)
    assert summary.pages == 1 + len(worst)
    assert [fit.muscle for fit in summary.fits] == worst
    for fit in summary.fits:
        assert fit.scale == 1.0, fit
        assert fit.chart_mm >= 40, fit
    # the longest of them really had to be shortened (so the shortening is exercised)
    assert summary.fits[0].shortened


def test_long_notes_flow_on_and_the_muscles_keep_their_pages(dataset: Dataset,
                                                             tmp_path: Path) -> None:
    """The therapist's words are never cut: notes longer than a page continue on the next,
    and each muscle still gets one page of its own after them."""
    notes = "\n".join(f"Week {week}: ball on the calf for a minute, then the wall stretch."
                      for week in range(1, 121))
    out = tmp_path / "long.pdf"
    summary = write_handout(out, dataset, ["soleus", "piriformis"], {"left.calf_upper": 5},
                            client="Ana", notes=notes, paper=Paper.A4)
    pages = pdf_pages(out.read_bytes())
    assert summary.pages == len(pages) > 1 + 2, "the notes took more than one page"
    assert [fit.scale for fit in summary.fits] == [1.0, 1.0]


@pytest.mark.slow
@pytest.mark.parametrize("paper", list(Paper))
def test_every_muscle_fits_its_page(dataset: Dataset, tmp_path: Path, paper: Paper) -> None:
    out = tmp_path / "h.pdf"
    for muscle in sorted(dataset.knowledge.muscles):
        summary = write_handout(out, dataset, [muscle], PainDrawing(), paper=paper)
        assert summary.pages == 2 and summary.fits[0].scale == 1.0, summary


# --------------------------------------------------------------- what a shortened page keeps
def test_brevity_keeps_whole_steps_and_every_safety_text(dataset: Dataset) -> None:
    gastrocnemius = dataset.knowledge.muscle("gastrocnemius")
    gates = dataset.safety.gates_for("gastrocnemius")
    full = self_care(gastrocnemius, gates=gates, compact=True)
    short = self_care(gastrocnemius, gates=gates, compact=True,
                      brevity=Brevity(release_steps=2, stretch_steps=1, what_to_feel=False,
                                      position=False))
    steps = gastrocnemius.release.steps
    assert all(f"{i}. {step}" in short.release.replace("&quot;", '"')
               for i, step in enumerate(steps[:2], 1))
    assert not any(step[:30] in short.release for step in steps[2:])
    assert gastrocnemius.stretch.steps[1][:30] not in short.stretch
    assert "What you should feel" not in short.release and "Position:" not in short.release
    assert short.left_out == len(steps) - 2 + len(gastrocnemius.stretch.steps) - 1 + 2
    assert full.left_out == 0
    # the questions before the technique and the precautions are never shortened
    assert short.check_first == full.check_first and short.precautions == full.precautions


def test_a_shortened_page_points_to_the_app_and_keeps_the_safety_items(
        dataset: Dataset) -> None:
    iliopsoas = dataset.knowledge.muscle("iliopsoas")
    points = list(iliopsoas.points_on(Side.LEFT))
    legend = build_scene(dataset.atlas, best_layout(dataset.atlas, PainDrawing(), points),
                         PainDrawing(), points).legend
    gates = dataset.safety.gates_for(iliopsoas.id)
    questions = sum(len(g.questions) for g in gates)
    conditions = sum(p.kind is PrecautionKind.CONDITION for p in iliopsoas.precautions)
    after = sum(p.kind is not PrecautionKind.CONDITION for p in iliopsoas.precautions)
    fullest, leanest = WORDINGS[0], WORDINGS[-1]
    for wording in (fullest, leanest):
        html = muscle_page(dataset, iliopsoas, points, legend, wording=wording).html()
        assert html.count("<p class='item'>•") == questions + conditions + after
        steps = len(re.findall(r"<p class='item'>\d+\. ", html))
        assert steps == min(len(iliopsoas.release.steps), wording.brevity.release_steps or 99) \
            + min(len(iliopsoas.stretch.steps), wording.brevity.stretch_steps or 99)
        # the questions come before the technique
        assert html.index("Check first") < html.index("How to release it")
    lean = muscle_page(dataset, iliopsoas, points, legend, wording=leanest).html()
    assert "Shortened to fit on one page" in lean and "look up Iliopsoas" in lean


# ---------------------------------------------------------------------- print, not screen
def test_the_handout_prints_the_same_under_a_dark_palette(qapp: QApplication,
                                                          dataset: Dataset) -> None:
    """Printed colours are fixed: a dark window palette must not turn the text white."""
    def pages() -> list[bytes]:
        images = handout_images(dataset, ["piriformis"], {"left.buttock": 6}, client="Ana",
                                notes="Ball daily", date=dt.date(2026, 11, 2), dpi=40)
        return [bytes(image.constBits()) for image in images]

    light = pages()
    saved = qapp.palette()
    dark = QPalette(QColor("#1e1e1e"), QColor("#2b2b2b"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    qapp.setPalette(dark)
    try:
        shaded = pages()
    finally:
        qapp.setPalette(saved)
    assert len(light) == 2
    assert shaded == light


def test_handout_words_in_spanish(qapp: QApplication, dataset: Dataset) -> None:
    iliopsoas = dataset.knowledge.muscle("iliopsoas")
    points = list(iliopsoas.points_on(Side.LEFT))
    install_translators("es")
    try:
        html = muscle_page(dataset, iliopsoas, points, (), wording=WORDINGS[-1]).html()
    finally:
        install_translators("en")
    assert "Tus puntos (marcados con X en la figura)" in html
    assert "Resumido para que quepa en una página" in html
    assert "Shortened to fit" not in html and "Your points" not in html


# ---------------------------------------------------------------------------- file name
def test_the_save_dialog_offers_the_client_and_the_date(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The name typed in the handout dialog names the file: the next client's handout on
    the same day no longer overwrites it."""
    offered: list[str] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(tmp_path / offered[-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    click_region(qtbot, window, View.BACK, "left.low_back")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, HandoutDialog)
        dialog.client.setText("Ana Silva")
        first = dialog.muscles.item(0)
        assert first is not None
        first.setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    answer_next_modal(fill)
    window.exports.ask_handout()
    assert offered == [f"bodymap-ana-silva-{dt.date.today():%Y-%m-%d}.pdf"]
    assert (tmp_path / offered[0]).read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------------------- any muscle
def test_any_muscle_can_go_into_the_handout_not_only_those_on_screen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A therapist who also treated a muscle the drawing does not suggest finds it by name in
    the handout dialog; the handout then has a page for each ticked muscle."""
    saved: list[Path] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        saved.append(tmp_path / "plan.pdf")
        return str(saved[-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    click_region(qtbot, window, View.BACK, "left.low_back")
    on_screen = [r.muscle for r in window.session.view_model.candidates]
    assert "levator_scapulae" not in on_screen
    first: list[str] = []
    shown: list[str] = []
    chosen: list[str] = []
    checks: dict[str, bool] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, HandoutDialog)
        rows = [dialog.muscles.item(i) for i in range(dialog.muscles.count())]
        first.extend(r.data(Qt.ItemDataRole.UserRole) for r in rows[:len(on_screen)])
        qtbot.keyClicks(dialog.search, "levator scap")
        visible = [r for r in rows if not r.isHidden()]
        shown.extend(r.data(Qt.ItemDataRole.UserRole) for r in visible)
        levator = next(r for r in visible
                       if r.data(Qt.ItemDataRole.UserRole) == "levator_scapulae")
        levator.setCheckState(Qt.CheckState.Checked)
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, "zzzz")
        checks["no match"] = dialog.no_match.isVisible() and "zzzz" in dialog.no_match.text()
        # a ticked muscle stays in sight whatever the box says
        checks["ticked kept"] = not levator.isHidden()
        chosen.extend(dialog.chosen())
        dialog.accept()

    answer_next_modal(fill)
    window.exports.ask_handout()
    assert first == on_screen  # the screen's muscles first, in its order
    assert "levator_scapulae" in shown and len(shown) < 10
    assert checks == {"no match": True, "ticked kept": True}
    card = window.session.view_model.card
    assert card is not None
    assert chosen == [card.muscle, "levator_scapulae"]
    [path] = saved
    assert len(pdf_pages(path.read_bytes())) == 3  # the plan's first page, one per muscle
