"""What the window's first screen takes from the muscle card's module (card_html): the
disclaimer, the card's colours, and the marks the card view finds in a card's HTML.

Apart from card_html, which re-exports them, so that the start imports none of the card's
writing (card_html is imported with the first card, or in idle time before it)."""

from __future__ import annotations

from bodymap.domain.records import record
from bodymap.i18n import QT_TRANSLATE_NOOP

# (English; show it through translate("Card", DISCLAIMER))
DISCLAIMER = QT_TRANSLATE_NOOP(
    "Card",
    "bodymap gives health information, not a diagnosis. Trigger-point patterns are a guide "
    "to what may be causing pain, not proof. See a doctor or qualified therapist for pain "
    "that is severe, getting worse, unexplained, or comes with any red-flag symptom."
)

#: the anchor of the self-care part of a card, for the "How to self-treat" jump
SELF_CARE_ANCHOR = "self-care"
#: how a card begins each trigger point's paragraph (the card view sets a long card in two
#: steps, and its first step may end after the first of these)
TRIGGER_POINT_BLOCK = "<div class='tp'>"


@record
class CardColours:
    """The card's text colours, chosen together with the background they sit on."""

    text: str
    heading: str
    muted: str      # aliases, sources
    warn: str       # precautions, the main pain zone's name
    background: str
    link: str = "#1c5fb8"
