"""The client handout: their drawing, the chosen patterns, self-care in plain words (PDF)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from bodymap.domain.dataset import Dataset
from bodymap.domain.knowledge import Muscle, TriggerPoint
from bodymap.domain.regions import RegionCatalogue, Side, View
from bodymap.domain.wording import region_list
from bodymap.gui.card_html import DISCLAIMER, self_care_html
from bodymap.gui.layouts import Layout
from bodymap.report.map_image import render_map_image
from bodymap.report.output import qt_buffer, shown_path, write_private_bytes

_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #212529; }
h1 { font-size: 19pt; margin: 0 0 2pt 0; }
h2 { font-size: 14pt; margin: 14pt 0 3pt 0; color: #a61e4d; }
h3 { font-size: 11pt; margin: 8pt 0 2pt 0; }
p { margin: 2pt 0 4pt 0; }
.meta { color: #495057; }
.legend { color: #495057; font-size: 9pt; }
.warn { color: #a61e4d; }
.small { color: #6c757d; font-size: 8pt; }
.box { background: #fff4e6; }
"""


def points_for(dataset: Dataset, muscle: Muscle, drawing: Mapping[str, int]) -> tuple[
        TriggerPoint, ...]:
    """The muscle's trigger points to show: for a drawing, those on the side it mostly
    involves that the model rates; without one, every point on the left side."""
    if drawing:
        ranking = dataset.referral_model().rank(drawing, with_combinations=False)
        mine = [c.trigger_point for c in ranking.candidates if c.muscle == muscle.id]
        if mine:
            side = mine[0].side
            return tuple(tp for tp in mine if tp.side is side)[:3]
    return muscle.points_on(Side.LEFT)


def handout_html(dataset: Dataset, muscles: Sequence[Muscle],
                 points: Sequence[TriggerPoint], drawing: Mapping[str, int],
                 client: str = "", notes: str = "", date: dt.date | None = None,
                 map_height: int = 500) -> str:
    regions = dataset.regions
    date = date or dt.date.today()
    title = "Your trigger-point self-care plan"
    parts = [f"<html><head><style>{_CSS}</style></head><body>", f"<h1>{escape(title)}</h1>"]
    meta = [f"{date:%d %B %Y}"]
    if client:
        meta.insert(0, escape(client))
    parts.append(f"<p class='meta'>{' · '.join(meta)}</p>")
    if drawing:
        where = region_list(drawing, regions, own=False)
        parts.append(f"<p>Where you marked pain: {escape(where)}.</p>")
    parts.append(f"<p align='center'><img src='bodymap://map' height='{map_height}'></p>")
    parts.append("<p class='legend' align='center'>Orange: your pain (darker = stronger). "
                 "Red: where this muscle's trigger points usually send pain. Hatched: where "
                 "the pain sometimes spreads. X: the trigger point itself.</p>")
    for muscle in muscles:
        parts.append(_muscle_section(muscle, [p for p in points if p.muscle == muscle.id],
                                     regions))
    if notes.strip():
        parts.append("<h2>Notes from your therapist</h2>")
        parts.extend(f"<p>{escape(line)}</p>" for line in notes.strip().splitlines())
    parts.append("<h2>When to stop and see a doctor</h2>")
    parts.append("<p class='warn'>Stop self-treatment and get medical help if you notice "
                 "numbness between the legs, new bladder or bowel problems, fever, weight loss "
                 "you cannot explain, chest pain with breathlessness, pain after a fall or "
                 "accident, or numbness or weakness that is getting worse.</p>")
    parts.append(f"<p class='small'>{escape(DISCLAIMER)}</p>")
    sources = sorted({s for m in muscles for s in m.sources})
    if sources:
        parts.append("<p class='small'>Facts from: " + escape("; ".join(sources)) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _muscle_section(muscle: Muscle, points: Sequence[TriggerPoint],
                    regions: RegionCatalogue) -> str:
    out = [f"<h2>{escape(muscle.name)}</h2>", f"<p>{escape(muscle.summary)}</p>"]
    for tp in points:
        zone = region_list(sorted(tp.essential), regions, own=False)
        out.append(f"<p><b>{escape(tp.name)}</b> ({tp.side.value} side): {escape(tp.location)} "
                   f"It sends pain mainly to the {escape(zone)}.</p>")
    out.append(self_care_html(muscle))
    return "".join(out)


def _layout_for(dataset: Dataset, drawing: Mapping[str, int],
                points: Sequence[TriggerPoint]) -> Layout:
    """Front and back, or just the one of them that shows everything, drawn larger."""
    marked = set(drawing).union(*(tp.zone | {tp.region} for tp in points))
    front = dataset.atlas.views[View.FRONT].regions
    back = dataset.atlas.views[View.BACK].regions
    if marked and marked <= back.keys() and not marked & front.keys():
        return Layout.BACK
    if marked and marked <= front.keys() and not marked & back.keys():
        return Layout.FRONT
    return Layout.FRONT_BACK


def write_handout(path: Path, dataset: Dataset, muscle_ids: Sequence[str],
                  drawing: Mapping[str, int], client: str = "", notes: str = "",
                  points: Sequence[TriggerPoint] | None = None,
                  date: dt.date | None = None) -> None:
    """Write the handout PDF. ``points`` default: see points_for().

    The file is created owner-only (it holds client data). Raises OSError (with the
    path) when it cannot be written: Qt's PDF writer only warns, so it writes into memory
    and Python writes the file.
    """
    _check_folder(path)
    muscles = [dataset.knowledge.muscle(m) for m in muscle_ids]
    if points is None:
        points = [tp for m in muscles for tp in points_for(dataset, m, drawing)]
    layout = _layout_for(dataset, drawing, points)
    # a moderate pixel height keeps the X marks and borders bold enough on paper
    image = render_map_image(dataset, drawing, points, layout, height=1000)
    doc = QTextDocument()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("bodymap://map"), image)
    doc.setHtml(handout_html(dataset, muscles, points, drawing, client, notes, date))
    with qt_buffer() as buffer:
        writer = QPdfWriter(buffer)
        writer.setTitle("bodymap self-care handout")
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
