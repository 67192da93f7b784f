"""Text colours from the current palette (light, dark or high contrast), checked for contrast.

WCAG 2 defines contrast from relative luminance; AA asks 4.5:1 for body text. Colours that
carry meaning (the rose of warnings) are tried first and pulled towards the palette's text
colour until they pass.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from bodymap.gui.overriding import override
from bodymap.report.card_parts import CardColours

AA = 4.5


def luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a share ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def readable(wanted: QColor, text: QColor, background: QColor) -> QColor:
    """``wanted`` if it reads on ``background``, else the nearest mix towards ``text`` that does."""
    for step in range(11):
        candidate = mix(wanted, text, step / 10)
        if contrast(candidate, background) >= AA:
            return candidate
    return text


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.3


def link_style(palette: QPalette) -> str:
    """A style element to put before a label's rich text: its links in the palette's link
    colour, made readable on the window colour (``LinkLine``). The card's links are made
    readable the same way (``card_colours``)."""
    link = readable(palette.color(QPalette.ColorRole.Link),
                    palette.color(QPalette.ColorRole.WindowText),
                    palette.color(QPalette.ColorRole.Window))
    return f"<style>a {{ color: {link.name()}; }}</style>"


class LinkLine(QLabel):
    """A wrapped line of rich text with links drawn readable in the label's palette.

    A label draws links in the colour the application's palette had when its text was set,
    not in its own palette's: a text set before a dark palette arrived, or in one that
    leaves Qt's default #0000ff (1.6:1 on a dark grey window), keeps unreadable links. So
    the words are set after a style element (``link_style``), made again when the label's
    palette changes (its window's or the application's)."""

    def __init__(self, words: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._style = link_style(self.palette())
        self._words = ""
        self.set_words(words)

    def shown(self, words: str) -> str:
        """The text the label holds for ``words`` (the style element before them)."""
        return self._style + words

    def set_words(self, words: str) -> None:
        self._words = words
        self.setText(self.shown(words))

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            style = link_style(self.palette())
            if style != self._style:
                self._style = style
                self.setText(self.shown(self._words))


def card_colours(palette: QPalette) -> CardColours:
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    warn = QColor("#ff8fab") if is_dark(palette) else QColor("#a61e4d")
    return CardColours(
        text=text.name(),
        heading=text.name(),
        muted=readable(mix(text, base, 0.35), text, base).name(),
        warn=readable(warn, text, base).name(),
        background=base.name(),
        link=readable(palette.color(QPalette.ColorRole.Link), text, base).name(),
    )
