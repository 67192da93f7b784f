"""The printed handout warns about the red flags ticked in the window, as the card does.

The PDF is read back as text: Qt writes each glyph as a code of an embedded font, and the
font's ToUnicode map turns the codes back into characters (the spaces between words are
moves of the pen, not characters, so texts are compared without whitespace).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bodymap.cli import main
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.regions import View
from bodymap.gui.main_window import MainWindow

from .helpers import click_region

WARNING = "See a clinician before treating this yourself"

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.DOTALL)


def _stream(body: bytes) -> bytes:
    found = re.search(rb"stream\r?\n(.*)endstream", body, re.DOTALL)
    assert found is not None, "a stream object"
    raw = found[1]
    return zlib.decompress(raw) if b"/FlateDecode" in body[:found.start()] else raw


def _unicode_map(cmap: bytes) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries: glyph code -> text."""
    out: dict[int, str] = {}

    def text(hexes: bytes) -> str:
        return bytes.fromhex(hexes.decode()).decode("utf-16-be")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.DOTALL):
        for code, uni in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = text(uni)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.DOTALL):
        for lo, hi, rest in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            first, last = int(lo, 16), int(hi, 16)
            if rest.startswith(b"["):
                for code, uni in zip(range(first, last + 1), re.findall(rb"<([0-9A-Fa-f]+)>",
                                                                        rest), strict=False):
                    out[code] = text(uni)
            else:
                start = int(rest[1:-1], 16)
                for code in range(first, last + 1):
                    out[code] = chr(start + code - first)
    return out


def pdf_page_texts(data: bytes) -> list[str]:
    """The text of each page, in page order, without whitespace (ligatures spelled out)."""
    objects = {int(n): body for n, body in _OBJECT.findall(data)}
    tree = next(body for body in objects.values() if re.search(rb"/Type\s*/Pages\b", body))
    kids_list = re.search(rb"/Kids\s*\[(.*?)\]", tree, re.DOTALL)
    assert kids_list is not None
    texts = []
    for kid in re.findall(rb"(\d+) 0 R", kids_list[1]):
        page = objects[int(kid)]
        resources_ref = re.search(rb"/Resources\s+(\d+) 0 R", page)
        resources = objects[int(resources_ref[1])] if resources_ref else page
        font_dict = re.search(rb"/Font\s*<<(.*?)>>", resources, re.DOTALL)
        fonts: dict[bytes, dict[int, str]] = {}
        for name, ref in re.findall(rb"/(\w+)\s+(\d+) 0 R", font_dict[1] if font_dict else b""):
            to_unicode = re.search(rb"/ToUnicode\s+(\d+) 0 R", objects[int(ref)])
            if to_unicode:
                fonts[name] = _unicode_map(_stream(objects[int(to_unicode[1])]))
        contents = re.search(rb"/Contents\s+(\d+) 0 R", page)
        assert contents is not None
        content = _stream(objects[int(contents[1])])
        chars: list[str] = []
        codes: dict[int, str] = {}
        for token in re.findall(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj", content):
            font, glyphs = token
            if font:
                codes = fonts.get(font, {})
                continue
            for i in range(0, len(glyphs), 4):
                chars.append(codes.get(int(glyphs[i:i + 4], 16), "\ufffd"))
        texts.append(_squeeze("".join(chars)))
    return texts


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_the_handout_warns_first_about_the_red_flags_ticked_in_the_window(
        qtbot: QtBot, window: MainWindow, dataset: Dataset, tmp_path: Path) -> None:
    """Low back pain alone matches no red-flag pattern; the user then ticks fever and a past
    cancer in the Red flags tab. The handout's first page says to see a clinician and names
    both, ahead of the therapist's notes (so they stay on it however long the notes run);
    untick them and the next handout has no such block."""
    click_region(qtbot, window, View.BACK, "left.low_back")
    assert dataset.safety.alerts(PainDrawing.of(["left.low_back"]), ()) == (), \
        "the drawing alone raises no alert: the ticks must"
    window.panel.tabs.setCurrentWidget(window.panel.safety)
    flags = ("fever", "cancer_history")
    for flag in flags:
        qtbot.mouseClick(window.panel.safety.boxes[flag], Qt.MouseButton.LeftButton)
    assert window.session.view_model.ticked == frozenset(flags)
    questions = {f.id: f.question for f in dataset.safety.checklist}
    notes = "\n".join(f"Week {week}: ball on the low back for a minute, then the stretch."
                      for week in range(1, 121))

    ticked_pdf = tmp_path / "ticked.pdf"
    assert window.exports.write_handout(ticked_pdf, ["quadratus_lumborum"], client="Ana",
                                        notes=notes)
    pages = pdf_page_texts(ticked_pdf.read_bytes())
    assert len(pages) > 2, "the notes ran on past the first page"
    first = pages[0]
    assert _squeeze(WARNING) in first
    for flag in flags:
        assert _squeeze(questions[flag]) in first, flag
    assert first.index(_squeeze(WARNING)) < first.index(_squeeze("Notes from your therapist"))

    for flag in flags:
        qtbot.mouseClick(window.panel.safety.boxes[flag], Qt.MouseButton.LeftButton)
    assert window.session.view_model.ticked == frozenset()
    plain_pdf = tmp_path / "plain.pdf"
    assert window.exports.write_handout(plain_pdf, ["quadratus_lumborum"], client="Ana")
    plain = pdf_page_texts(plain_pdf.read_bytes())
    assert _squeeze("Where you marked pain") in plain[0], "the reader finds the page's words"
    assert not any(_squeeze(WARNING) in page for page in plain)


def test_the_command_line_handout_warns_about_the_symptoms_named(
        qapp: object, dataset: Dataset, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`bodymap handout --symptom` ticks checklist items as the Red flags tab does: the first
    page says to see a clinician and names them; a misspelt id is refused, naming it, and
    no file is written."""
    questions = {f.id: f.question for f in dataset.safety.checklist}
    out = tmp_path / "ticked.pdf"
    assert main(["handout", str(out), "--muscle", "QL", "--select", "left.low_back=6",
                 "--symptom", "fever", "--symptom", "cancer_history"]) == 0
    first = pdf_page_texts(out.read_bytes())[0]
    assert _squeeze(WARNING) in first
    for flag in ("fever", "cancer_history"):
        assert _squeeze(questions[flag]) in first, flag

    plain = tmp_path / "plain.pdf"
    assert main(["handout", str(plain), "--muscle", "QL", "--select", "left.low_back=6"]) == 0
    assert not any(_squeeze(WARNING) in page for page in pdf_page_texts(plain.read_bytes()))

    capsys.readouterr()
    wrong = tmp_path / "wrong.pdf"
    assert main(["handout", str(wrong), "--muscle", "QL", "--symptom", "fevr"]) == 2
    err = capsys.readouterr().err
    assert "unknown symptom 'fevr'" in err and "fever" in err and "Traceback" not in err
    assert not wrong.exists()
