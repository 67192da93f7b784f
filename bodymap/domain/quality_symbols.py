"""How each pain quality is drawn on the map and named in words (pure; no Qt).

Clinicians' pain drawings mark each kind of sensation with its own pattern, so a drawing
printed in one colour still tells aching from numbness. Aching, the default, is the plain
fill; the others add a pattern over it. The patterns here follow the spirit of the classic
paper pain drawing (Ransford, Cairns & Mooney, Spine 1976), whose exact symbol set we could
not check: treat the choice as ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.records import record
from bodymap.domain.regions import Region
from bodymap.domain.wording import region_list
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated


class Pattern(StrEnum):
    """What to draw over a region's fill. The GUI maps each to a brush or a path."""

    NONE = "none"          # plain fill
    WAVES = "waves"        # a wavy line (not crosses: an X on the map is a trigger point)
    DOTS = "dots"          # small circles
    LINES = "lines"        # horizontal double lines


@record
class QualitySymbol:
    quality: Quality
    pattern: Pattern
    glyph: str       # one character for text legends, tooltips and screen readers
    legend: str      # the legend line, e.g. "× × ×  burning"
    shortcut: str    # the key that sets this quality on the focused region


_SYMBOLS = {
    Quality.ACHE: QualitySymbol(Quality.ACHE, Pattern.NONE, "", "plain colour: aching", "A"),
    Quality.BURN: QualitySymbol(Quality.BURN, Pattern.WAVES, "≈", "≈ ≈ ≈  burning", "B"),
    Quality.PINS: QualitySymbol(Quality.PINS, Pattern.DOTS, "○",
                                "○ ○ ○  pins and needles", "P"),
    Quality.NUMB: QualitySymbol(Quality.NUMB, Pattern.LINES, "=", "= = =  numbness", "N"),
}


def quality_symbol(quality: Quality | str) -> QualitySymbol:
    """The symbol for a quality (``"numb"`` works as well as ``Quality.NUMB``)."""
    return _SYMBOLS[Quality(quality)]


def quality_legend(used: Iterable[Quality] | None = None) -> tuple[QualitySymbol, ...]:
    """Legend entries in a fixed order: every quality, or only those in ``used``."""
    wanted = set(Quality) if used is None else {Quality(q) for q in used}
    return tuple(s for q, s in _SYMBOLS.items() if q in wanted)


# One whole sentence per quality (context "Qualities"); {regions} is a list of the user's
# regions with their side, e.g. "your left calf and foot".
_IN_WORDS = {
    #: how the marked regions feel: "Burning in your left calf."
    Quality.BURN: QT_TRANSLATE_NOOP("Qualities", "Burning in {regions}."),
    #: how the marked regions feel (tingling): "Pins and needles in your left hand."
    Quality.PINS: QT_TRANSLATE_NOOP("Qualities", "Pins and needles in {regions}."),
    #: how the marked regions feel: "Numbness in your left calf and foot."
    Quality.NUMB: QT_TRANSLATE_NOOP("Qualities", "Numbness in {regions}."),
}


def qualities_in_words(drawing: PainDrawing, regions: Mapping[str, Region],
                       translate: Translate = untranslated) -> tuple[str, ...]:
    """One sentence per unusual quality, e.g. "Numbness in your left calf and foot."

    Aching is not listed: it is what every marked region means unless said otherwise.
    """
    lines: list[str] = []
    for quality, template in _IN_WORDS.items():
        where = region_list([rid for rid in drawing if drawing.quality(rid) is quality],
                            regions, translate=translate)
        if where:
            lines.append(translate("Qualities", template).format(regions=where))
    return tuple(lines)
