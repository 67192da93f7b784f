"""The client handout: their drawing, the chosen patterns, self-care in plain words (PDF)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing
from bodymap.domain.knowledge import Muscle, TriggerPoint
from bodymap.domain.quality_symbols import qualities_in_words
from bodymap.domain.regions import RegionCatalogue
from bodymap.domain.wording import region_list
from bodymap.report.card_html import DISCLAIMER, self_care_html
from bodymap.report.map_image import render_scene_image
from bodymap.scene.scene import best_layout, build_scene
from bodymap.session.session import Session

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
        feel = qualities_in_words(_as_pain_drawing(drawing), regions)
        if feel:
            parts.append(f"<p>How it feels: {escape(' '.join(feel))}</p>")
    alerts = dataset.safety.alerts(_as_pain_drawing(drawing), ())
    if alerts:
        # a drawing that matches a red-flag pattern: say so before any self-care
        parts.append("<h2>See a clinician before treating this yourself</h2>")
        parts.extend(f"<p class='warn'><b>{escape(a.title)}.</b> {escape(a.advice)}</p>"
                     for a in alerts)
    parts.append(f"<p align='center'><img src='bodymap://map' height='{map_height}'></p>")
    parts.append("<p class='legend' align='center'>Orange: your pain (darker = stronger). "
                 "Red: where this muscle's trigger points usually send pain. Hatched: where "
                 "the pain sometimes spreads. X: the trigger point itself.</p>")
    for muscle in muscles:
        parts.append(_muscle_section(muscle, [p for p in points if p.muscle == muscle.id],
                                     regions, dataset))
    if notes.strip():
        parts.append("<h2>Notes from your therapist</h2>")
        parts.extend(f"<p>{escape(line)}</p>" for line in notes.strip().splitlines())
    parts.append("<h2>When to stop and see a doctor</h2>")
    parts.append("<p class='warn'>Stop self-treatment and get medical help if you notice "
                 "numbness between the legs, new bladder or bowel problems, fever, weight loss "
                 "you cannot explain, chest pain with breathlessness or chest pain that comes "
                 "on with effort, pain after a fall or accident, numbness or weakness that is "
                 "getting worse, a swollen, warm or red calf, or dizziness, double vision or "
                 "trouble speaking or swallowing with a new neck pain.</p>")
    parts.append(f"<p class='small'>{escape(DISCLAIMER)}</p>")
    sources = sorted({s for m in muscles for s in m.sources})
    if sources:
        parts.append("<p class='small'>Facts from: " + escape("; ".join(sources)) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _as_pain_drawing(drawing: Mapping[str, int]) -> PainDrawing:
    """The drawing with its pain qualities (a plain mapping has none: all aching)."""
    return drawing if isinstance(drawing, PainDrawing) else PainDrawing(drawing)


def _muscle_section(muscle: Muscle, points: Sequence[TriggerPoint],
                    regions: RegionCatalogue, dataset: Dataset) -> str:
    x = dataset.glossary.explainer()  # plain phrase at each term's first use
    out = [f"<h2>{escape(muscle.name)}</h2>", f"<p>{escape(x(muscle.summary))}</p>"]
    for tp in points:
        zone = region_list(sorted(tp.essential), regions, own=False)
        out.append(f"<p><b>{escape(tp.name)}</b> ({tp.side.value} side): {escape(x(tp.location))} "
                   f"It sends pain mainly to the {escape(zone)}.</p>")
    out.append(self_care_html(muscle, x, dataset.safety.gates_for(muscle.id)))
    return "".join(out)


def write_handout(path: Path, dataset: Dataset, muscle_ids: Sequence[str],
                  drawing: Mapping[str, int], client: str = "", notes: str = "",
                  points: Sequence[TriggerPoint] | None = None,
                  date: dt.date | None = None) -> None:
    """Write the handout PDF. ``points``: the trigger points to show, as the screen shows them
    (``Session.points_for``); by default those a session with this drawing would show.

    Raises OSError (with the path) when the file cannot be written: checked before Qt
    tries, since Qt's PDF writer only prints a warning and writes nothing.
    """
    with open(path, "wb"):
        pass
    muscles = [dataset.knowledge.muscle(m) for m in muscle_ids]
    pain = drawing if isinstance(drawing, PainDrawing) else PainDrawing(drawing)
    if points is None:
        session = Session(dataset)
        session.open_drawing(pain)
        points = [tp for m in muscles for tp in session.points_for(m.id)]
    scene = build_scene(dataset.atlas, best_layout(dataset.atlas, pain, points), pain, points)
    # a moderate pixel height keeps the X marks and borders bold enough on paper
    image = render_scene_image(scene, height=1000)
    doc = QTextDocument()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("bodymap://map"), image)
    doc.setHtml(handout_html(dataset, muscles, points, drawing, client, notes, date))
    writer = QPdfWriter(str(path))
    writer.setTitle("bodymap self-care handout")
    writer.setCreator("bodymap")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
    doc.print_(writer)
    del writer  # flushes the file
    if not path.exists() or path.stat().st_size < 1000:
        raise OSError(f"could not write {path}")
