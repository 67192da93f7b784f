"""The client handout: their drawing, the chosen patterns, self-care in plain words (PDF).

Its own words go through Qt's translation (context "Handout"), so the handout comes out in
the language of the window (or of `bodymap --lang`); the knowledge base's texts and the
domain's sentences built from region names stay English.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.figures import Figure
from bodymap.domain.knowledge import Muscle, TriggerPoint
from bodymap.domain.quality_symbols import qualities_in_words
from bodymap.domain.regions import RegionCatalogue, Side
from bodymap.domain.wording import region_list
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.report.card_html import DISCLAIMER, SelfCare, self_care
from bodymap.report.chart import legend_icon
from bodymap.report.map_image import render_scene_image
from bodymap.report.output import qt_buffer, shown_path, write_private_bytes
from bodymap.scene.scene import LegendEntry, LegendKey, best_layout, build_scene, focus_rect
from bodymap.session.session import Session

translate = QCoreApplication.translate

# month names for the handout's date, translated (strftime's %B follows the C locale)
_MONTHS = (
    QT_TRANSLATE_NOOP("Handout", "January"), QT_TRANSLATE_NOOP("Handout", "February"),
    QT_TRANSLATE_NOOP("Handout", "March"), QT_TRANSLATE_NOOP("Handout", "April"),
    QT_TRANSLATE_NOOP("Handout", "May"), QT_TRANSLATE_NOOP("Handout", "June"),
    QT_TRANSLATE_NOOP("Handout", "July"), QT_TRANSLATE_NOOP("Handout", "August"),
    QT_TRANSLATE_NOOP("Handout", "September"), QT_TRANSLATE_NOOP("Handout", "October"),
    QT_TRANSLATE_NOOP("Handout", "November"), QT_TRANSLATE_NOOP("Handout", "December"),
)


def handout_date(date: dt.date) -> str:
    """'02 November 2026', or its translation ('02 de noviembre de 2026')."""
    return translate("Handout", "{day} {month} {year}").format(
        day=f"{date.day:02d}", month=translate("Handout", _MONTHS[date.month - 1]),
        year=date.year)


_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #212529; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; }
h2 { font-size: 13pt; margin: 10pt 0 2pt 0; color: #a61e4d; }
h3 { font-size: 10pt; margin: 5pt 0 1pt 0; }
p { margin: 1pt 0 3pt 0; }
ol, ul { margin-top: 0; margin-bottom: 2pt; -qt-list-indent: 1; }
li { margin: 0; }
.meta { color: #495057; }
.legend { color: #495057; font-size: 9pt; }
.warn { color: #a61e4d; }
.small { color: #6c757d; font-size: 8pt; }
.box { background: #fff4e6; }
"""


def handout_html(dataset: Dataset, muscles: Sequence[Muscle],
                 points: Sequence[TriggerPoint], drawing: Mapping[str, int],
                 client: str = "", notes: str = "", date: dt.date | None = None,
                 map_height: int = 430, chart_height: int = 260,
                 figure: Figure = Figure.MALE) -> str:
    """The handout as HTML: a first page about the client (notes, drawing, when to stop),
    then one page per muscle with its close-up chart and self-care. Images are referenced
    as ``bodymap://map`` (the drawing) and ``bodymap://muscle/<id>`` (each chart)."""
    regions = dataset.regions
    atlas = dataset.atlas_for(figure)
    pain = _as_pain_drawing(drawing)
    date = date or dt.date.today()
    parts = [f"<html><head><style>{_CSS}</style></head><body>",
             "<h1>" + escape(translate("Handout", "Your trigger-point self-care plan"))
             + "</h1>"]
    meta = [escape(handout_date(date))]
    if client:
        meta.insert(0, escape(client))
    parts.append(f"<p class='meta'>{' · '.join(meta)}</p>")
    if notes.strip():
        heading = translate("Handout", "Notes from your therapist")
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.extend(f"<p>{escape(line)}</p>" for line in notes.strip().splitlines())
    alerts = dataset.safety.alerts(pain, ())
    if alerts:
        # a drawing that matches a red-flag pattern: say so before any self-care
        heading = translate("Handout", "See a clinician before treating this yourself")
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.extend(f"<p class='warn'><b>{escape(a.title)}.</b> {escape(a.advice)}</p>"
                     for a in alerts)
    if pain:
        heading = translate("Handout", "Where you marked pain")
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.append(f"<p>{escape(region_list(pain, regions, own=False)).capitalize()}.</p>")
        feel = qualities_in_words(pain, regions)
        if feel:
            parts.append("<p>" + escape(translate("Handout", "How it feels: {qualities}")
                                        .format(qualities=" ".join(feel))) + "</p>")
        parts.append(f"<p align='center'><img src='bodymap://map' height='{map_height}'></p>")
    if muscles:
        names = ", ".join(m.name for m in muscles)
        parts.append("<p>" + translate(
            "Handout", "This plan covers: <b>{muscles}</b>; each starts on a new page.")
            .format(muscles=escape(names)) + "</p>")
    heading = translate("Handout", "When to stop and see a doctor")
    parts.append(f"<h2>{escape(heading)}</h2>")
    parts.append("<p class='warn'>" + escape(translate(
        "Handout",
        "Stop self-treatment and get medical help if you notice numbness between the legs, "
        "new bladder or bowel problems, fever, weight loss you cannot explain, chest pain "
        "with breathlessness or chest pain that comes on with effort, pain after a fall or "
        "accident, numbness or weakness that is getting worse, a swollen, warm or red calf, "
        "or dizziness, double vision or trouble speaking or swallowing with a new neck "
        "pain.")) + "</p>")
    for muscle in muscles:
        parts.append("<div style='page-break-before: always'></div>")
        mine = [p for p in points if p.muscle == muscle.id]
        legend = build_scene(atlas, best_layout(atlas, pain, mine), pain,
                             mine, translate=translate).legend
        parts.append(_muscle_section(muscle, mine, regions, dataset, chart_height, legend))
    parts.append("<p class='small'>" + escape(translate("Card", DISCLAIMER)) + "</p>")
    sources = sorted({s for m in muscles for s in m.sources})
    if sources:
        parts.append("<p class='small'>" + escape(translate("Handout", "Facts from: {sources}")
                                                  .format(sources="; ".join(sources))) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _as_pain_drawing(drawing: Mapping[str, int]) -> PainDrawing:
    """The drawing with its pain qualities (a plain mapping has none: all aching)."""
    return drawing if isinstance(drawing, PainDrawing) else PainDrawing(drawing)


def _muscle_section(muscle: Muscle, points: Sequence[TriggerPoint],
                    regions: RegionCatalogue, dataset: Dataset, chart_height: int,
                    legend: Sequence[LegendEntry]) -> str:
    x = dataset.glossary.explainer()  # plain phrase at each term's first use
    beside = [f"<p>{escape(x(muscle.summary))}</p>"]
    for tp in points:
        zone = region_list(sorted(tp.essential), regions, own=False)
        where = translate("Handout", "left side") if tp.side is Side.LEFT else \
            translate("Handout", "right side")
        sends = translate("Handout", "It sends pain mainly to the {regions}.").format(
            regions=zone)
        beside.append(f"<p><b>{escape(tp.name)}</b> ({escape(where)}): "
                      f"{escape(x(tp.location))} {escape(sends)}</p>")
    beside.append(legend_html(legend))
    out = [f"<h2>{escape(muscle.name)}</h2>",
           "<table width='100%' cellspacing='0' cellpadding='4'><tr>"
           f"<td width='38%' valign='top' align='center'><img src='bodymap://muscle/{muscle.id}'"
           f" height='{chart_height}'></td><td valign='top'>{''.join(beside)}</td></tr></table>",
           _self_care_columns(self_care(muscle, x, dataset.safety.gates_for(muscle.id),
                                         compact=True, translate=translate))]
    return "".join(out)


def _self_care_columns(care: SelfCare) -> str:
    """Check first across the page (read before anything else), then the release beside the
    stretch and precautions, so a muscle fits on one page."""
    return (care.check_first
            + "<table width='100%' cellspacing='0' cellpadding='3'><tr>"
            f"<td width='56%' valign='top'>{care.release}</td>"
            f"<td valign='top'>{care.stretch}{care.precautions}</td></tr></table>")


def legend_html(entries: Sequence[LegendEntry]) -> str:
    """The chart's legend as text with the swatches (``bodymap://legend/<key>`` images)."""
    rows = "".join(f"<tr><td><img src='bodymap://legend/{e.key.value}' width='14' height='14'>"
                   f"</td><td class='legend'>{escape(e.text)}</td></tr>" for e in entries)
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>" if rows else ""


def write_handout(path: Path, dataset: Dataset, muscle_ids: Sequence[str],
                  drawing: Mapping[str, int], client: str = "", notes: str = "",
                  points: Sequence[TriggerPoint] | None = None,
                  date: dt.date | None = None, figure: Figure = Figure.MALE) -> None:
    """Write the handout PDF. ``points``: the trigger points to show, as the screen shows them
    (``Session.points_for``); by default those a session with this drawing would show.
    ``figure``: the body figure its charts are drawn on (the client's).

    The file is created owner-only (it holds client data). Raises OSError (with the
    path) when it cannot be written: Qt's PDF writer only warns, so it writes into memory
    and Python writes the file.
    """
    _check_folder(path)
    atlas = dataset.atlas_for(figure)
    muscles = [dataset.knowledge.muscle(m) for m in muscle_ids]
    pain = drawing if isinstance(drawing, PainDrawing) else PainDrawing(drawing)
    if points is None:
        session = Session(dataset)
        session.open_drawing(pain)
        points = [tp for m in muscles for tp in session.points_for(m.id)]
    doc = QTextDocument()
    drawing_scene = build_scene(atlas, best_layout(atlas, pain, ()), pain,
                                translate=translate)
    # a moderate pixel height keeps the X marks and borders bold enough on paper
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("bodymap://map"),
                    render_scene_image(drawing_scene, height=900))
    for muscle in muscles:
        mine = [tp for tp in points if tp.muscle == muscle.id] or \
            list(muscle.points_on(Side.LEFT))
        scene = build_scene(atlas, best_layout(atlas, pain, mine), pain, mine,
                            translate=translate)
        image = render_scene_image(scene, height=900, source=focus_rect(scene))
        doc.addResource(QTextDocument.ResourceType.ImageResource,
                        QUrl(f"bodymap://muscle/{muscle.id}"), image)
    for key in LegendKey:
        doc.addResource(QTextDocument.ResourceType.ImageResource,
                        QUrl(f"bodymap://legend/{key.value}"), legend_icon(key, 48).pixmap(48))
    doc.setHtml(handout_html(dataset, muscles, points, pain, client, notes, date,
                             figure=figure))
    with qt_buffer() as buffer:
        writer = QPdfWriter(buffer)
        writer.setTitle(translate("Handout", "bodymap self-care handout"))
        writer.setCreator("bodymap")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(16, 14, 16, 14),
                                         QPageLayout.Unit.Millimeter))
        doc.print_(writer)
        del writer  # flushes the document into the buffer
        pdf = bytes(buffer.data().data())
    if len(pdf) < 1000:
        raise OSError(f"could not write {shown_path(path)}: the PDF came out empty")
    write_private_bytes(path, pdf)


def _check_folder(path: Path) -> None:
    """Fail before the costly rendering when the file cannot be written at all."""
    folder = path.parent
    if path.is_dir():
        raise OSError(f"could not write {shown_path(path)}: it is a folder")
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise OSError(f"could not write {shown_path(path)}: the folder does not exist or "
                      "cannot be written")
