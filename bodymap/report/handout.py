"""The client handout (PDF): a page about the client, then exactly one page per muscle.

The first page holds the therapist's notes, any red flag the drawing matches, where it
hurts (the drawing), when to stop and see a doctor, the disclaimer and the sources. Each
chosen muscle then gets one page: its close-up chart (the muscle, the chosen points as X,
their zones and the client's pain) beside the technique, the "check first" questions before
it, then the stretch and the precautions. A page that would overflow is shortened by whole
parts (the "about the muscle" line, the later steps, "what you should feel") with a pointer
to the app, and its chart shrinks; the safety texts are always printed whole, and the
knowledge base's sentences are never cut. Body text stays at 9.5 pt on A4 and US Letter.

Its own words go through Qt's translation (context "Handout"), so the handout comes out in
the language of the window (or of `bodymap --lang`); the knowledge base's texts and the
domain's sentences built from region names stay English. It is printed, so its colours are
fixed print colours, whatever the window's palette.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPixmap,
    QTextDocument,
)

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.figures import Figure
from bodymap.domain.knowledge import Muscle, TriggerPoint
from bodymap.domain.quality_symbols import qualities_in_words
from bodymap.domain.records import record
from bodymap.domain.regions import RegionCatalogue, Side
from bodymap.domain.wording import region_list
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.report.card_html import DISCLAIMER, IN_FULL, Brevity, self_care
from bodymap.report.chart import legend_icon
from bodymap.report.map_image import render_scene_image
from bodymap.report.markup import escape
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


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    def page_size(self) -> QPageSize:
        return QPageSize(QPageSize.PageSizeId.A4 if self is Paper.A4
                         else QPageSize.PageSizeId.Letter)


# The territories whose paper is US Letter, from the Unicode CLDR's measurement data
# (UTS #35, part 6 "Supplemental", <paperSize type="US-Letter">); everywhere else uses A4.
_LETTER_TERRITORIES = frozenset({"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH",
                                 "PR", "SV", "US", "VE"})


def paper_for(locale: QLocale) -> Paper:
    """The paper people print on where ``locale`` is (its territory)."""
    code = QLocale.territoryToCode(locale.territory())
    return Paper.LETTER if code in _LETTER_TERRITORIES else Paper.A4


BODY_PT = 9.5  # the smallest size of anything a client must read (steps, warnings)
_DPI = 300
_MARGINS_MM = QMarginsF(12, 10, 12, 7)
_FOOTER_MM = 6.5  # room kept at the foot of every page for its footer line
_FOOTER_PT = 7.5
# the close-up chart's height: first the words are shortened with the chart between these
# (a comfortable size beside the steps), then, only if the shortest words still overflow,
# the chart goes smaller
_CHART_MM = (92.0, 84.0, 76.0, 70.0)
_SMALL_CHART_MM = (64.0, 58.0, 52.0, 46.0, 40.0)
_MAP_MM = (150.0, 135.0, 120.0, 105.0, 90.0, 75.0, 60.0)  # the drawing on the first page

# Qt sizes headings from the body's size whatever a style says (h1 2x, h2 1.5x, h3 1.2x:
# 19, 14.25 and 11.4 pt), so the styles below set only their colours and spacing.
_CSS = f"""
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {BODY_PT}pt; color: #212529; }}
h1, .name {{ margin: 0 0 2pt 0; color: #212529; }}
h2 {{ margin: 6pt 0 2pt 0; color: #a61e4d; }}
h3 {{ margin: 3pt 0 1pt 0; color: #343a40; }}
p {{ margin: 0.5pt 0 2pt 0; }}
td {{ font-size: {BODY_PT}pt; }}
.item {{ margin: 0 0 1pt 0; }}
.meta {{ color: #495057; }}
.legend {{ color: #495057; font-size: {BODY_PT}pt; }}
.warn {{ color: #a61e4d; }}
.more {{ color: #1c5fb8; }}
.small {{ color: #5c636a; font-size: 8pt; }}
"""

# the colours a document takes where no style sets one: print colours, never the window's
# palette (a dark palette would print white text on white paper)
_INK = QColor("#212529")


def _print_palette() -> QPalette:
    palette = QPalette(_INK, QColor("white"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(role, _INK)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1c5fb8"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#1c5fb8"))
    return palette


# ------------------------------------------------------------------------------ the words
def client_page_html(dataset: Dataset, muscles: Sequence[Muscle], drawing: Mapping[str, int],
                     client: str = "", notes: str = "", date: dt.date | None = None,
                     map_size: tuple[int, int] = (300, 430), *,
                     ticked: Iterable[str] = ()) -> str:
    """The first page: who and when, red flags, the therapist's notes, where it hurts (the
    drawing, ``bodymap://map``, ``map_size`` CSS pixels), when to stop, disclaimer, sources.
    ``ticked``: the red-flag questions the user ticked (their ids), warned about with the
    drawing's own alerts."""
    regions = dataset.regions
    pain = _as_pain_drawing(drawing)
    date = date or dt.date.today()
    parts = [f"<html><head><style>{_CSS}</style></head><body>",
             "<h1>" + escape(translate("Handout", "Your trigger-point self-care plan"))
             + "</h1>"]
    meta = [escape(handout_date(date))]
    if client:
        meta.insert(0, escape(client))
    parts.append(f"<p class='meta'>{' · '.join(meta)}</p>")
    alerts = dataset.safety.alerts(pain, ticked)
    if alerts:
        # a ticked red flag or a drawing that matches a red-flag pattern: say so before
        # anything else, so that the warning is on the first page however long the notes
        heading = translate("Handout", "See a clinician before treating this yourself")
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.extend(f"<p class='warn'><b>{escape(a.title)}.</b> {escape(a.advice)}</p>"
                     for a in alerts)
    if notes.strip():
        heading = translate("Handout", "Notes from your therapist")
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.extend(f"<p>{escape(line)}</p>" for line in notes.strip().splitlines())
    if pain:
        heading = translate("Handout", "Where you marked pain")
        parts.append(f"<h2>{escape(heading)}</h2>")
        marked = region_list(pain, regions, own=False, translate=translate)
        parts.append(f"<p>{escape(marked).capitalize()}.</p>")
        feel = qualities_in_words(pain, regions, translate)
        if feel:
            parts.append("<p>" + escape(translate("Handout", "How it feels: {qualities}")
                                        .format(qualities=" ".join(feel))) + "</p>")
        width, height = map_size
        parts.append(f"<p align='center'><img src='bodymap://map' width='{width}' "
                     f"height='{height}'></p>")
    if muscles:
        names = ", ".join(m.name for m in muscles)
        parts.append("<p>" + translate(
            "Handout", "This plan covers: <b>{muscles}</b>, one page each.")
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
    parts.append("<p class='meta'>" + escape(translate("Card", DISCLAIMER)) + "</p>")
    sources = sorted({s for m in muscles for s in m.sources})
    if sources:
        parts.append("<p class='small'>" + escape(translate("Handout", "Facts from: {sources}")
                                                  .format(sources="; ".join(sources))) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


@record
class Wording:
    """How much a muscle's page says: the "about the muscle" line, each point's description
    (the X on the chart shows where it is) and the technique's ``brevity``."""

    about: bool
    locations: bool
    brevity: Brevity


# from the fullest page to the leanest, each a little shorter by whole parts; the first
# that fits wins. "A few plain steps" even on the fullest: the app has the rest. The
# precautions and the "check first" questions are never shortened.
WORDINGS = (
    Wording(True, True, Brevity(release_steps=4, stretch_steps=3)),
    Wording(False, True, Brevity(release_steps=4, stretch_steps=3)),
    Wording(False, True, Brevity(release_steps=3, stretch_steps=3, what_to_feel=False)),
    Wording(False, True, Brevity(release_steps=3, stretch_steps=2, what_to_feel=False,
                                 position=False)),
    Wording(False, False, Brevity(release_steps=2, stretch_steps=2, what_to_feel=False,
                                  position=False)),
)
# what the single-document preview (``handout_html``) prints: everything
_EVERYTHING = Wording(True, True, IN_FULL)


@record
class MusclePage:
    """One muscle's page in parts: the heading (name, "about", the "check first" questions
    across the page), the ``blocks`` that flow down two columns in reading order (the chart
    with its legend, the points, the technique, the stretch, the precautions), and the
    closing pointer to the app when the words were shortened."""

    head: str
    blocks: tuple[str, ...]
    foot: str

    def html(self, split: int | None = None) -> str:
        """The page with ``blocks[:split]`` in the left column (default: half of them)."""
        split = len(self.blocks) // 2 if split is None else split
        left, right = "".join(self.blocks[:split]), "".join(self.blocks[split:])
        return (f"<html><head><style>{_CSS}</style></head><body>{self.head}"
                "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                f"<td width='{_COLUMN_PERCENT}%' valign='top'>{left}</td><td></td>"
                f"<td width='{_COLUMN_PERCENT}%' valign='top'>{right}</td></tr></table>"
                f"{self.foot}</body></html>")

    def column_html(self, blocks: slice) -> str:
        """Some blocks alone, to measure a column."""
        return (f"<html><head><style>{_CSS}</style></head><body>"
                f"{''.join(self.blocks[blocks])}</body></html>")


_COLUMN_PERCENT = 48  # each column's share of the text width; the rest is the gutter


def muscle_page(dataset: Dataset, muscle: Muscle, points: Sequence[TriggerPoint],
                legend: Sequence[LegendEntry], chart_size: tuple[int, int] = (220, 300),
                wording: Wording = WORDINGS[0], legend_beside: bool = False) -> MusclePage:
    """One muscle's page: its name, the "check first" questions, then in two columns the
    close-up chart (``bodymap://muscle/<id>``, ``chart_size`` CSS pixels) with its legend
    (below it, or ``legend_beside`` a narrow chart), the points, the technique, the stretch
    and the precautions."""
    x = dataset.glossary.explainer()  # plain phrase at each term's first use
    care = self_care(muscle, x, dataset.safety.gates_for(muscle.id), compact=True,
                     translate=translate, brevity=wording.brevity)
    head = [f"<h2 class='name'>{escape(muscle.name)}</h2>"]
    if wording.about:
        head.append(f"<p class='meta'>{escape(x(muscle.summary))}</p>")
    if care.check_first:
        # read before the technique: across the page, on a tinted box
        head.append("<table width='100%' cellspacing='0' cellpadding='4'><tr>"
                    f"<td bgcolor='#fff4e6'>{care.check_first}</td></tr></table>")
    blocks = [_chart_block(muscle, chart_size, legend, legend_beside)]
    if points:
        heading = escape(translate("Handout", "Your points (X on the chart)"))
        lines = [_point_line(tp, dataset.regions, x, wording.locations) for tp in points]
        blocks += [f"<h3>{heading}</h3>{lines[0]}", *lines[1:]]
    blocks += _blocks(care.release + care.stretch + care.precautions)
    foot = ""
    if care.left_out or not wording.about or not wording.locations:
        foot = "<p class='more'>" + escape(translate(
            "Handout", "Shortened to fit on one page. Every step, and more about this "
            "muscle, is in the bodymap app: look up {muscle} in its Muscles tab, or ask your "
            "therapist to show you.").format(muscle=muscle.name)) + "</p>"
    return MusclePage("".join(head), tuple(blocks), foot)


def muscle_page_html(dataset: Dataset, muscle: Muscle, points: Sequence[TriggerPoint],
                     legend: Sequence[LegendEntry], chart_size: tuple[int, int] = (220, 300),
                     wording: Wording = WORDINGS[0]) -> str:
    """``muscle_page`` as one HTML text, its blocks split evenly between the columns."""
    return muscle_page(dataset, muscle, points, legend, chart_size, wording).html()


# a paragraph or heading of the card's self-care HTML, which has no nesting beyond inline
_BLOCK = re.compile(r"<(h3|p)\b[^>]*>.*?</\1>", re.DOTALL)


def _blocks(html: str) -> list[str]:
    """The paragraphs of ``html``, each heading or "Do not press:" label kept with the
    paragraph after it, so a column never ends on a title."""
    out: list[str] = []
    pending = ""
    for match in _BLOCK.finditer(html):
        block = match.group(0)
        if block.startswith("<h3") or block.endswith(":</b></p>"):
            pending += block
            continue
        out.append(pending + block)
        pending = ""
    if pending:
        out.append(pending)
    return out


def _chart_block(muscle: Muscle, size: tuple[int, int], legend: Sequence[LegendEntry],
                 beside: bool) -> str:
    width, height = size
    image = f"<img src='bodymap://muscle/{muscle.id}' width='{width}' height='{height}'>"
    if beside:  # a tall, narrow chart leaves room for its legend to its right
        return ("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                f"<td valign='top'>{image}</td><td width='6'></td>"
                f"<td valign='bottom'>{legend_html(legend)}</td></tr></table>")
    return f"<p align='center'>{image}</p>{legend_html(legend)}"


def _point_line(tp: TriggerPoint, regions: RegionCatalogue, x: Callable[[str], str],
                location: bool = True) -> str:
    zone = region_list(sorted(tp.essential), regions, own=False, translate=translate)
    where = translate("Handout", "left side") if tp.side is Side.LEFT else \
        translate("Handout", "right side")
    sends = translate("Handout", "It sends pain mainly to the {regions}.").format(regions=zone)
    text = f"{x(tp.location)} {sends}" if location else sends
    return f"<p><b>{escape(tp.name)}</b> ({escape(where)}): {escape(text)}</p>"


def legend_html(entries: Sequence[LegendEntry]) -> str:
    """The chart's legend as text with the swatches (``bodymap://legend/<key>`` images)."""
    rows = "".join(f"<tr><td valign='top'><img src='bodymap://legend/{e.key.value}' "
                   f"width='14' height='14'></td><td class='legend'>{escape(e.text)}</td></tr>"
                   for e in entries)
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>" if rows else ""


def handout_html(dataset: Dataset, muscles: Sequence[Muscle],
                 points: Sequence[TriggerPoint], drawing: Mapping[str, int],
                 client: str = "", notes: str = "", date: dt.date | None = None,
                 map_height: int = 430, chart_height: int = 260,
                 figure: Figure = Figure.MALE, *, ticked: Iterable[str] = ()) -> str:
    """Every page of the handout in one HTML text, each muscle's page after a page break,
    with every step (the PDF shortens a page that does not fit: ``write_handout``). Images
    are ``bodymap://map`` (the drawing) and ``bodymap://muscle/<id>`` (each chart)."""
    pain = _as_pain_drawing(drawing)
    atlas = dataset.atlas_for(figure)
    pages = [_body(client_page_html(dataset, muscles, pain, client, notes, date,
                                    (round(map_height * 0.7), map_height), ticked=ticked))]
    for muscle in muscles:
        mine = [p for p in points if p.muscle == muscle.id]
        legend = build_scene(atlas, best_layout(atlas, pain, mine), pain,
                             mine, translate=translate).legend
        pages.append(_body(muscle_page_html(dataset, muscle, mine, legend,
                                            (round(chart_height * 0.7), chart_height),
                                            _EVERYTHING)))
    return (f"<html><head><style>{_CSS}</style></head><body>"
            + "<div style='page-break-before: always'></div>".join(pages) + "</body></html>")


def _body(page: str) -> str:
    return page[page.index("<body>") + len("<body>"):page.rindex("</body>")]


def _as_pain_drawing(drawing: Mapping[str, int]) -> PainDrawing:
    """The drawing with its pain qualities (a plain mapping has none: all aching)."""
    return drawing if isinstance(drawing, PainDrawing) else PainDrawing(drawing)


# ----------------------------------------------------------------------------- the pages
@record
class PageFit:
    """How one muscle's page was made to fit: the chart's height, the wording kept, and
    ``scale`` below 1 only when even the leanest page with the smallest chart overflowed
    (the page is then printed smaller rather than spilling onto a second page)."""

    muscle: str
    chart_mm: float
    wording: Wording
    shortened: bool
    scale: float = 1.0


@record
class _Page:
    """A laid-out document and which of its pages this sheet shows."""

    document: QTextDocument
    index: int = 0
    scale: float = 1.0


class _Typesetter:
    """Lays out HTML on the paper of ``device``, at its resolution, so what is measured is
    what is printed. Image and table sizes in HTML are CSS pixels, which Qt's layout scales
    from the screen's resolution to the device's."""

    def __init__(self, device: QPdfWriter, resources: Mapping[str, QImage | QPixmap]) -> None:
        self.device = device
        self.resources = resources
        rect = device.pageLayout().paintRectPixels(device.resolution())
        self.px_per_mm = device.resolution() / 25.4
        self.width = float(rect.width())
        self.height = rect.height() - _FOOTER_MM * self.px_per_mm
        self.css_px = self._css_pixel()

    def document(self, html: str, width: float | None = None) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(BODY_PT)
        doc.setDefaultFont(font)
        for name, image in self.resources.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        doc.setTextWidth(width or self.width)
        doc.setHtml(html)
        return doc

    def fits(self, doc: QTextDocument) -> bool:
        return doc.size().height() <= self.height

    def css(self, mm: float) -> int:
        """``mm`` on paper in the CSS pixels of an <img> or a table."""
        return max(1, round(mm * self.px_per_mm / self.css_px))

    def box(self, image: QImage, width_mm: float, height_mm: float) -> tuple[int, int]:
        """The CSS size of ``image`` shown as large as fits ``width_mm`` x ``height_mm``."""
        aspect = image.width() / max(1, image.height())
        height = min(height_mm, width_mm / aspect)
        return self.css(height * aspect), self.css(height)

    def _css_pixel(self) -> float:
        # measured rather than computed: Qt takes the screen's resolution, which varies
        probe = QTextDocument()
        probe.documentLayout().setPaintDevice(self.device)
        probe.setDocumentMargin(0)
        probe.addResource(QTextDocument.ResourceType.ImageResource, QUrl("probe"),
                          QImage(4, 4, QImage.Format.Format_RGB32))
        probe.setHtml("<img src='probe' width='1000' height='4'>")
        return probe.idealWidth() / 1000


@dataclass
class HandoutLayout:
    """The handout laid out on one paper size: paint it sheet by sheet."""

    paper: Paper
    sheets: list[_Page]
    fits: tuple[PageFit, ...]
    footer: str
    _typesetter: _Typesetter  # keeps the device the documents were laid out on alive

    @property
    def page_count(self) -> int:
        return len(self.sheets)

    def paint(self, painter: QPainter, index: int) -> None:
        """Sheet ``index`` in the device's paint rectangle (from its top-left corner)."""
        t = self._typesetter
        sheet = self.sheets[index]
        doc = sheet.document
        height = t.height / sheet.scale
        painter.save()
        painter.scale(sheet.scale, sheet.scale)
        painter.translate(0, -sheet.index * height)
        clip = QRectF(0, sheet.index * height, t.width / sheet.scale, height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = _print_palette()
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
        self._paint_footer(painter, index)

    def _paint_footer(self, painter: QPainter, index: int) -> None:
        """Who it is for and the page number: a loose page still says whose it is."""
        t = self._typesetter
        font = QFont("DejaVu Sans")
        font.setPointSizeF(_FOOTER_PT)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#5c636a"))
        top = t.height + 2.5 * t.px_per_mm
        painter.drawLine(QPointF(0, top), QPointF(t.width, top))
        text = QRectF(0, top + 0.8 * t.px_per_mm, t.width,
                      (_FOOTER_MM - 2.5 - 0.8) * t.px_per_mm)
        page = translate("Handout", "Page {page} of {pages}").format(
            page=index + 1, pages=self.page_count)
        painter.drawText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         self.footer)
        painter.drawText(text, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         page)
        painter.restore()


def lay_out_handout(device: QPdfWriter, dataset: Dataset, muscles: Sequence[Muscle],
                    points: Sequence[TriggerPoint], drawing: PainDrawing,
                    resources: Mapping[str, QImage | QPixmap], client: str = "",
                    notes: str = "", date: dt.date | None = None,
                    paper: Paper = Paper.A4, figure: Figure = Figure.MALE, *,
                    ticked: Iterable[str] = ()) -> HandoutLayout:
    """Lay the handout out on ``device``'s pages: the client's page (continued on more
    pages only if the therapist's notes alone outgrow it), then one page per muscle."""
    t = _Typesetter(device, resources)
    atlas = dataset.atlas_for(figure)
    date = date or dt.date.today()
    sheets = _client_sheets(t, dataset, muscles, drawing, client, notes, date, ticked)
    fits: list[PageFit] = []
    for muscle in muscles:
        mine = [p for p in points if p.muscle == muscle.id]
        legend = build_scene(atlas, best_layout(atlas, drawing, mine), drawing,
                             mine, translate=translate).legend
        chart = resources[f"bodymap://muscle/{muscle.id}"]
        image = chart.toImage() if isinstance(chart, QPixmap) else chart
        sheet, fit = _fit_muscle_page(t, dataset, muscle, mine, legend, image)
        sheets.append(sheet)
        fits.append(fit)
    footer = " · ".join([*([client] if client else []), handout_date(date)])
    return HandoutLayout(paper, sheets, tuple(fits), footer, t)


def _client_sheets(t: _Typesetter, dataset: Dataset, muscles: Sequence[Muscle],
                   drawing: PainDrawing, client: str, notes: str,
                   date: dt.date, ticked: Iterable[str] = ()) -> list[_Page]:
    """The first page with the largest drawing that fits; long notes flow onto more."""
    image = t.resources.get("bodymap://map")
    drawing_image = image.toImage() if isinstance(image, QPixmap) else image
    doc = None
    for map_mm in _MAP_MM:
        size = t.box(drawing_image, t.width / t.px_per_mm, map_mm) \
            if drawing_image is not None else (1, 1)
        doc = t.document(client_page_html(dataset, muscles, drawing, client, notes, date,
                                          size, ticked=ticked))
        if t.fits(doc):
            return [_Page(doc)]
    assert doc is not None
    doc.setPageSize(QSizeF(t.width, t.height))
    return [_Page(doc, i) for i in range(doc.pageCount())]


def _fit_muscle_page(t: _Typesetter, dataset: Dataset, muscle: Muscle,
                     points: Sequence[TriggerPoint], legend: Sequence[LegendEntry],
                     chart: QImage) -> tuple[_Page, PageFit]:
    """The fullest wording that fits the page with a comfortable chart (the largest chart
    it fits with); else the leanest wording with a smaller chart; else, as a last resort,
    the leanest page printed smaller."""
    column = t.width * _COLUMN_PERCENT / 100
    column_mm = column / t.px_per_mm

    def attempt(wording: Wording, chart_mm: float, scale: float = 1.0) -> QTextDocument:
        # a chart less than 55% of the column wide gets its legend beside it
        beside = chart_mm * chart.width() / max(1, chart.height()) < 0.55 * column_mm
        width_mm = column_mm * (0.55 if beside else 1.0)
        size = t.box(chart, width_mm, chart_mm)
        page = muscle_page(dataset, muscle, points, legend, size, wording, beside)
        split = _balance(t, page, column / scale)
        return t.document(page.html(split), t.width / scale)

    def fit(wording: Wording, chart_mm: float, scale: float = 1.0) -> PageFit:
        left_out = self_care(muscle, brevity=wording.brevity).left_out
        shortened = bool(left_out) or not wording.about or not wording.locations
        return PageFit(muscle.id, chart_mm, wording, shortened, scale)

    for wording in WORDINGS:
        # the smallest comfortable chart first: a wording that overflows with it is too long
        doc = attempt(wording, _CHART_MM[-1])
        if not t.fits(doc):
            continue
        for chart_mm in _CHART_MM[:-1]:
            larger = attempt(wording, chart_mm)
            if t.fits(larger):
                return _Page(larger), fit(wording, chart_mm)
        return _Page(doc), fit(wording, _CHART_MM[-1])
    leanest = WORDINGS[-1]
    for chart_mm in _SMALL_CHART_MM:
        doc = attempt(leanest, chart_mm)
        if t.fits(doc):
            return _Page(doc), fit(leanest, chart_mm)
    # Nothing fits at full size: print the page smaller (laid out wider, then scaled to the
    # paper's width) rather than letting it spill and push every later muscle off its page.
    smallest = _SMALL_CHART_MM[-1]
    scale = 1.0
    for _ in range(12):
        scale *= min(0.98, (t.height / (doc.size().height() * scale)) ** 0.5)
        doc = attempt(leanest, smallest, scale)
        if doc.size().height() * scale <= t.height:
            break
    return _Page(doc, 0, scale), fit(leanest, smallest, scale)


def _balance(t: _Typesetter, page: MusclePage, column: float) -> int:
    """How many blocks go into the left column so that the taller column is as short as it
    can be (the left grows and the right shrinks with each block moved: a binary search)."""
    def heights(split: int) -> tuple[float, float]:
        left = t.document(page.column_html(slice(None, split)), column).size().height()
        right = t.document(page.column_html(slice(split, None)), column).size().height()
        return left, right

    low, high = 1, len(page.blocks)
    while low < high:  # the first split whose left column is at least as tall as the right
        middle = (low + high) // 2
        left, right = heights(middle)
        if left >= right:
            high = middle
        else:
            low = middle + 1
    if low > 1 and max(heights(low - 1)) < max(heights(low)):
        return low - 1
    return low


def _chart_images(dataset: Dataset, muscles: Sequence[Muscle], points: Sequence[TriggerPoint],
                  pain: PainDrawing, figure: Figure = Figure.MALE
                  ) -> dict[str, QImage | QPixmap]:
    """The drawing, each muscle's close-up chart and the legend's swatches, by their URL,
    drawn on ``figure``."""
    atlas = dataset.atlas_for(figure)
    images: dict[str, QImage | QPixmap] = {}
    if pain:
        drawing_scene = build_scene(atlas, best_layout(atlas, pain, ()), pain,
                                    translate=translate)
        # a moderate pixel height keeps the X marks and borders bold enough on paper
        images["bodymap://map"] = render_scene_image(drawing_scene, height=900)
    for muscle in muscles:
        mine = [tp for tp in points if tp.muscle == muscle.id]
        scene = build_scene(atlas, best_layout(atlas, pain, mine), pain, mine,
                            translate=translate)
        images[f"bodymap://muscle/{muscle.id}"] = render_scene_image(
            scene, height=900, source=focus_rect(scene))
    for key in LegendKey:
        images[f"bodymap://legend/{key.value}"] = legend_icon(key, 48).pixmap(48)
    return images


def _pdf_writer(buffer: QIODevice, paper: Paper) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setTitle(translate("Handout", "bodymap self-care handout"))
    writer.setCreator("bodymap")
    writer.setResolution(_DPI)
    writer.setPageLayout(QPageLayout(paper.page_size(), QPageLayout.Orientation.Portrait,
                                     _MARGINS_MM, QPageLayout.Unit.Millimeter))
    return writer


@record
class HandoutSummary:
    """What ``write_handout`` wrote: the page count and how each muscle's page was fitted."""

    pages: int
    paper: Paper
    fits: tuple[PageFit, ...]


def write_handout(path: Path, dataset: Dataset, muscle_ids: Sequence[str],
                  drawing: Mapping[str, int], client: str = "", notes: str = "",
                  points: Sequence[TriggerPoint] | None = None,
                  date: dt.date | None = None, paper: Paper | None = None,
                  figure: Figure = Figure.MALE, *,
                  ticked: Iterable[str] = ()) -> HandoutSummary:
    """Write the handout PDF. ``points``: the trigger points to show, as the screen shows them
    (``Session.points_for``); by default those a session with this drawing would show.
    ``paper``: A4 or US Letter; by default the one used where the system's locale is.
    ``figure``: the body figure its charts are drawn on (the client's).
    ``ticked``: the red-flag questions ticked (ids of the safety checklist): with the
    drawing's own red-flag patterns they put "See a clinician before treating this
    yourself" at the top of the first page.

    The file is created owner-only (it holds client data). Raises OSError (with the
    path) when it cannot be written: Qt's PDF writer only warns, so it writes into memory
    and Python writes the file.
    """
    _check_folder(path)
    muscles, points, pain = _chosen(dataset, muscle_ids, drawing, points)
    paper = paper or paper_for(QLocale.system())
    resources = _chart_images(dataset, muscles, points, pain, figure)
    with qt_buffer() as buffer:
        writer = _pdf_writer(buffer, paper)
        layout = lay_out_handout(writer, dataset, muscles, points, pain, resources, client,
                                 notes, date, paper, figure, ticked=ticked)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"could not write {shown_path(path)}: the PDF writer did not start")
        for index in range(layout.page_count):
            if index:
                writer.newPage()
            layout.paint(painter, index)
        painter.end()
        summary = HandoutSummary(layout.page_count, paper, layout.fits)
        del layout, writer  # the writer flushes the document into the buffer
        pdf = bytes(buffer.data().data())
    if len(pdf) < 1000:
        raise OSError(f"could not write {shown_path(path)}: the PDF came out empty")
    write_private_bytes(path, pdf)
    return summary


def handout_images(dataset: Dataset, muscle_ids: Sequence[str], drawing: Mapping[str, int],
                   client: str = "", notes: str = "",
                   points: Sequence[TriggerPoint] | None = None, date: dt.date | None = None,
                   paper: Paper = Paper.A4, dpi: int = 100,
                   figure: Figure = Figure.MALE, *,
                   ticked: Iterable[str] = ()) -> list[QImage]:
    """Every page of the handout as an image, ``dpi`` dots per inch: laid out exactly as
    ``write_handout`` lays out the PDF, and painted the same way (for previews and tests)."""
    muscles, points, pain = _chosen(dataset, muscle_ids, drawing, points)
    resources = _chart_images(dataset, muscles, points, pain, figure)
    images: list[QImage] = []
    with qt_buffer() as buffer:
        writer = _pdf_writer(buffer, paper)
        layout = lay_out_handout(writer, dataset, muscles, points, pain, resources, client,
                                 notes, date, paper, figure, ticked=ticked)
        full = writer.pageLayout().fullRectPixels(_DPI)
        paint = writer.pageLayout().paintRectPixels(_DPI)
        zoom = dpi / _DPI
        for index in range(layout.page_count):
            image = QImage(round(full.width() * zoom), round(full.height() * zoom),
                           QImage.Format.Format_RGB32)
            # fonts are sized for the layout's resolution: the image claims the same one
            image.setDotsPerMeterX(round(_DPI / 0.0254))
            image.setDotsPerMeterY(round(_DPI / 0.0254))
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(zoom, zoom)
            painter.translate(QPointF(paint.topLeft()))
            layout.paint(painter, index)
            painter.end()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
        del layout, writer
    return images


def _chosen(dataset: Dataset, muscle_ids: Sequence[str], drawing: Mapping[str, int],
            points: Sequence[TriggerPoint] | None
            ) -> tuple[list[Muscle], list[TriggerPoint], PainDrawing]:
    """The muscles, their points (by default those a session with this drawing shows; a
    muscle without any gets its left-side points) and the drawing with its qualities."""
    muscles = [dataset.knowledge.muscle(m) for m in muscle_ids]
    pain = _as_pain_drawing(drawing)
    if points is None:
        session = Session(dataset)
        session.open_drawing(pain)
        points = [tp for m in muscles for tp in session.points_for(m.id)]
    chosen: list[TriggerPoint] = []
    for muscle in muscles:
        chosen.extend([tp for tp in points if tp.muscle == muscle.id]
                      or muscle.points_on(Side.LEFT))
    return muscles, chosen, pain


def _check_folder(path: Path) -> None:
    """Fail before the costly rendering when the file cannot be written at all."""
    folder = path.parent
    if path.is_dir():
        raise OSError(f"could not write {shown_path(path)}: it is a folder")
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise OSError(f"could not write {shown_path(path)}: the folder does not exist or "
                      "cannot be written")
