"""The muscle card: what the selected muscle is, where it refers, how to release it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from bodymap.domain.safety import Alert, Urgency
from bodymap.gui.theme import card_colours
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.report.card_html import muscle_card
from bodymap.session.session import Session
from bodymap.session.view_model import Card

# (English; shown through translate("CardView", WELCOME_HTML))
WELCOME_HTML = QT_TRANSLATE_NOOP(
    "CardView",
    "<h3>Where does it hurt?</h3><p>Mark the painful areas on the body map: click a region, "
    "or drag across several. Scroll the mouse wheel over a marked region to set how strong "
    "the pain is (1-10); right-click it to say how it feels (burning, pins and needles, "
    "numbness).</p><p>The best-matching muscle is shown at once: its <b>main pain zone</b> "
    "solid rose, its <b>spillover zone</b> hatched, and each <b>X</b> marks a trigger point. "
    "Pick another candidate in the list to compare.</p>"
    "<p>Or open the <b>Muscles</b> tab to look up any muscle.</p>")


#: what the card says first while the safety banner above it shows advice (English; context
#: "CardView"): its self-treatment must not read as if that advice were not there
EMERGENCY_NOTICE = QT_TRANSLATE_NOOP(
    "CardView", "Get help now, as the advice at the top says: the self-treatment on this card "
                "is not for now.")
CLINICIAN_NOTICE = QT_TRANSLATE_NOOP(
    "CardView", "See a clinician first, as the advice at the top says, before trying the "
                "self-treatment on this card.")


class CardView(QTextBrowser):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._shown: Card | None = None
        self._notice = ""
        self.setOpenExternalLinks(False)  # internal anchors (the self-care jump) only
        self.setAccessibleName(self.tr("Muscle card"))
        self.setHtml(self.tr(WELCOME_HTML))

    def refresh(self, card: Card | None, alerts: tuple[Alert, ...] = ()) -> None:
        notice = "" if not alerts else self.tr(
            EMERGENCY_NOTICE if any(a.urgency is Urgency.EMERGENCY for a in alerts)
            else CLINICIAN_NOTICE)
        if card == self._shown and notice == self._notice:
            return
        self._shown = card
        self._notice = notice
        if card is None:
            self.setHtml(self.tr(WELCOME_HTML))
            return
        ds = self._session.dataset
        self.setHtml(muscle_card(ds.knowledge.muscles[card.muscle], ds.regions, card.points,
                                 card.headline, glossary=ds.glossary,
                                 gates=ds.safety.gates_for(card.muscle),
                                 colours=card_colours(self.palette()), jump=True,
                                 translate=QCoreApplication.translate, notice=notice))

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            card, self._shown = self._shown, None
            # re-render with the new palette's colours
            self.refresh(card, self._session.view_model.alerts)
