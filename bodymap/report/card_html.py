"""The muscle card as HTML: shown in the side panel and printed in handouts.

The card's own words (headings, field names) go through ``translate`` (context "Card"; the
GUI passes Qt's); what comes from the knowledge base (names, steps, sources) stays English.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bodymap.domain.records import record
from bodymap.domain.regions import RegionCatalogue
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from bodymap.report.card_parts import DISCLAIMER as DISCLAIMER  # re-exported
from bodymap.report.card_parts import SELF_CARE_ANCHOR as SELF_CARE_ANCHOR  # re-exported
from bodymap.report.card_parts import TRIGGER_POINT_BLOCK, CardColours
from bodymap.report.markup import escape

if TYPE_CHECKING:
    # (the muscles' classes come with the muscles, after the first paint: knowledge_base)
    # read with the fields a start leaves for later (bodymap.domain.dataset.DEFERRED_FIELDS)
    from bodymap.domain.glossary import Glossary
    from bodymap.domain.knowledge import Muscle, TriggerPoint
    from bodymap.domain.safety import Gate


#: by the precaution kinds' values (knowledge.PrecautionKind: its module is imported with
#: the first card, not by the window's start, which imports this one for DISCLAIMER)
_PRECAUTION_TITLES = {
    "do_not_press": QT_TRANSLATE_NOOP("Card", "Do not press"),
    "condition": QT_TRANSLATE_NOOP("Card", "Not for self-treatment if"),
    "stop_if": QT_TRANSLATE_NOOP("Card", "Stop and seek advice if"),
}

_SIDES = {"left": QT_TRANSLATE_NOOP("Card", "left side"),
          "right": QT_TRANSLATE_NOOP("Card", "right side")}


#: for paper and light palettes; the GUI derives its own from the current palette
LIGHT = CardColours(text="#212529", heading="#343a40", muted="#5c636a", warn="#a61e4d",
                    background="#ffffff")


def card_style(colours: CardColours = LIGHT) -> str:
    c = colours
    return f"""
<style>
 body {{ color: {c.text}; }}
 h2 {{ margin: 0 0 2px 0; font-size: 17pt; color: {c.text}; }}
 h3 {{ margin: 12px 0 3px 0; font-size: 11.5pt; color: {c.heading}; }}
 p, li {{ font-size: 10.5pt; line-height: 135%; }}
 .aka {{ color: {c.muted}; }}
 .tp {{ margin: 4px 0 6px 0; }}
 .warn {{ color: {c.warn}; }}
 .src {{ color: {c.muted}; font-size: 9pt; }}
 .ess {{ color: {c.warn}; font-weight: 600; }}
 a {{ color: {c.link}; }}
</style>
"""




def card_words(translate: Translate = untranslated) -> dict[str, str]:
    """The card's own headings and field names in the user's language, HTML-escaped, by key
    (the precaution kinds by their value). Each is written out here, so lupdate finds it."""
    words = {
        "check_first": translate("Card", "Check first: do not treat this yourself if..."),
        "how_to_release_it": translate("Card", "How to release it"),
        "stretch": translate("Card", "Stretch"),
        "precautions": translate("Card", "Precautions"),
        "how_to_self_treat": translate("Card", "How to self-treat"),
        "points_refer": translate("Card", "Trigger points and where they refer"),
        "main_pain_zone": translate("Card", "Main pain zone:"),
        "sometimes_also": translate("Card", "Sometimes also:"),
        "other_symptoms": translate("Card", "Other symptoms"),
        "about_the_muscle": translate("Card", "About the muscle"),
        "attachments": translate("Card", "Attachments:"),
        "action": translate("Card", "Action:"),
        "nerve": translate("Card", "Nerve:"),
        "factors": translate("Card", "What sets it off or keeps it going:"),
        "sources": translate("Card", "Sources"),
        "find_it": translate("Card", "Find it:"),
        "position": translate("Card", "Position:"),
        "use": translate("Card", "Use:"),
        "how_hard": translate("Card", "How hard:"),
        "how_long": translate("Card", "How long:"),
        "how_often": translate("Card", "How often:"),
        "what_you_should_feel": translate("Card", "What you should feel:"),
        "hold": translate("Card", "Hold:"),
        "repeat": translate("Card", "Repeat:"),
    }
    words.update({kind: translate("Card", title) for kind, title in _PRECAUTION_TITLES.items()})
    return {key: escape(text) for key, text in words.items()}


def _items(texts: Sequence[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li>{escape(t)}</li>" for t in texts)
    return f"<{tag}>{inner}</{tag}>"


def _unchanged(text: str) -> str:
    return text


def check_first_html(muscle: Muscle, gates: Sequence[Gate] = (),
                     explain: Callable[[str], str] | None = None,
                     translate: Translate = untranslated, compact: bool = False) -> str:
    """The "do not self-treat if..." questions, to read BEFORE the technique: the gates for
    the place the release presses on (calf, neck, belly, groin), then the muscle's own
    conditions. Empty when there are none. ``compact``: lists as paragraphs (paper)."""
    from bodymap.domain.knowledge import PrecautionKind

    x = explain or _unchanged
    listed = _compact if compact else _items
    conditions = [x(p.text) for p in muscle.precautions if p.kind is PrecautionKind.CONDITION]
    if not gates and not conditions:
        return ""
    w = card_words(translate)
    parts = [f"<h3 class='warn'>{w['check_first']}</h3>"]
    for gate in gates:
        parts.append(f"<p class='warn'><b>{escape(gate.title)}:</b></p>"
                     + listed(gate.questions) + "<p class='warn'>"
                     + escape(translate("Card", "If any answer is yes: {advice}")
                              .format(advice=gate.advice)) + "</p>")
    if conditions:
        parts.append(f"<p class='warn'><b>{w[PrecautionKind.CONDITION.value]}:</b></p>"
                     + listed(conditions))
    return "".join(parts)


@record
class Brevity:
    """How much of the self-care a printed page keeps. A handout shortens by whole parts
    (the later steps, the "what you should feel" line), never inside a sentence, and never
    the safety texts (check first, precautions). ``None``: every step."""

    release_steps: int | None = None
    stretch_steps: int | None = None
    what_to_feel: bool = True
    position: bool = True  # how to sit or lie: the first steps usually say it again


# everything, as the card shows it
IN_FULL = Brevity()


@record
class SelfCare:
    """The parts of the self-care text, in reading order: check first, release, stretch,
    precautions. The card shows them one after another; the handout sets them in columns.
    ``left_out``: how many steps or lines a shortened version left out (0 in full)."""

    check_first: str
    release: str
    stretch: str
    precautions: str
    left_out: int = 0

    def html(self) -> str:
        return (f"<a name='{SELF_CARE_ANCHOR}'></a>" + self.check_first + self.release
                + self.stretch + self.precautions)


def _compact(texts: Sequence[str], ordered: bool = False) -> str:
    """A list as short paragraphs (class "item"), one per entry: on paper it takes half the
    room of <ol>, and a page set in columns can break between entries."""
    return "".join(f"<p class='item'>{f'{i}.' if ordered else '•'} {escape(t)}</p>"
                   for i, t in enumerate(texts, 1))


def self_care(muscle: Muscle, explain: Callable[[str], str] | None = None,
              gates: Sequence[Gate] = (), compact: bool = False,
              translate: Translate = untranslated, brevity: Brevity = IN_FULL) -> SelfCare:
    """``compact``: lists as paragraphs (the handout fits a muscle on a page); ``brevity``:
    how much of the technique to keep (whole steps, in order)."""
    from bodymap.domain.knowledge import PrecautionKind

    x = explain or _unchanged
    w = card_words(translate)
    listed = _compact if compact else _items
    r = muscle.release
    release_steps = r.steps[:brevity.release_steps]
    left_out = len(r.steps) - len(release_steps)

    def field(name: str) -> str:
        return f"<b>{name}</b>"

    # the safety questions come first, so they meet the explainer's first use of a term
    check_first = check_first_html(muscle, gates, x, translate, compact=compact)
    feel = f"<br/>{field(w['what_you_should_feel'])} {escape(x(r.what_to_feel))}" \
        if brevity.what_to_feel else ""
    left_out += (not brevity.what_to_feel) + (not brevity.position)
    position = f"{field(w['position'])} {escape(x(r.position))}<br/>" \
        if brevity.position else ""
    release = "".join([
        f"<h3>{w['how_to_release_it']}</h3>",
        f"<p>{field(w['find_it'])} {escape(x(r.find))}</p>",
        f"<p>{position}"
        f"{field(w['use'])} "
        f"{escape(', '.join(translate('Knowledge', o.label) for o in r.tools))}</p>",
        listed([x(step) for step in release_steps], ordered=True),
        f"<p>{field(w['how_hard'])} {escape(r.pressure)}<br/>"
        f"{field(w['how_long'])} {escape(r.duration)}<br/>"
        f"{field(w['how_often'])} {escape(r.frequency)}{feel}</p>"])
    s = muscle.stretch
    if s.none_reason:
        stretch = f"<h3>{w['stretch']}</h3><p>{escape(x(s.none_reason))}</p>"
    else:
        stretch_steps = s.steps[:brevity.stretch_steps]
        left_out += len(s.steps) - len(stretch_steps)
        heading = translate("Card", "Stretch: {name}").format(name=s.name or "")
        stretch = (f"<h3>{escape(heading)}</h3>"
                   + listed([x(step) for step in stretch_steps], ordered=True)
                   + f"<p>{field(w['hold'])} {escape(s.hold or '')}<br/>"
                   f"{field(w['repeat'])} {escape(s.repetitions or '')}</p>")
    after = (PrecautionKind.DO_NOT_PRESS, PrecautionKind.STOP_IF)
    precautions: list[str] = []
    if any(p.kind in after for p in muscle.precautions):
        precautions.append(f"<h3 class='warn'>{w['precautions']}</h3>")
    for kind in after:
        texts = [x(p.text) for p in muscle.precautions if p.kind is kind]
        if texts:
            precautions.append(f"<p class='warn'>{field(w[kind.value] + ':')}</p>"
                               + listed(texts))
    return SelfCare(check_first, release, stretch, "".join(precautions), left_out)


def self_care_html(muscle: Muscle, explain: Callable[[str], str] | None = None,
                   gates: Sequence[Gate] = (), translate: Translate = untranslated) -> str:
    """How to release the muscle, the stretch and the precautions, in plain words: the part
    of the card a client takes home (the handout prints the same text).

    ``explain`` (a :meth:`Glossary.explainer`) adds the plain phrase after the first use of
    each term. ``gates``: the safety gates for this muscle
    (``dataset.safety.gates_for(muscle.id)``); they and the muscle's "not for self-treatment
    if" conditions come before the technique.
    """
    return self_care(muscle, explain, gates, translate=translate).html()


def muscle_card(muscle: Muscle, regions: RegionCatalogue,
                points: Sequence[TriggerPoint] = (), headline: str | None = None,
                full: bool = True, glossary: Glossary | None = None,
                gates: Sequence[Gate] = (), colours: CardColours = LIGHT,
                jump: bool = False, translate: Translate = untranslated,
                notice: str = "") -> str:
    """HTML for one muscle. ``points``: the trigger points to describe (default: left side).
    With a ``glossary``, each anatomical term gets its plain phrase at its first use;
    ``gates`` (``dataset.safety.gates_for(muscle.id)``) puts the card's safety questions
    before the technique; ``notice`` (plain text) is a warning shown before anything about
    self-treatment."""
    # (the wording module is read with the first card: the first screen shows none)
    from bodymap.domain.wording import region_list

    x: Callable[[str], str] = glossary.explainer() if glossary else _unchanged
    w = card_words(translate)
    pts = list(points) or [tp for tp in muscle.trigger_points if tp.side.value == "left"]
    parts = [card_style(colours), f"<h2>{escape(muscle.name)}</h2>"]
    if notice:
        # first, where even a short card pane shows it
        parts.append(f"<p class='warn'><b>{escape(notice)}</b></p>")
    if muscle.aliases:
        also = translate("Card", "Also called {aliases}").format(aliases=", ".join(muscle.aliases))
        parts.append(f"<p class='aka'>{escape(also)}</p>")
    if headline:
        parts.append(f"<p><b>{escape(headline)}</b></p>")
    if jump:
        parts.append(f"<p><a href='#{SELF_CARE_ANCHOR}'>"
                     f"{w['how_to_self_treat']} ↓</a></p>")
    parts.append(f"<p>{escape(x(muscle.summary))}</p>")
    parts.append(f"<h3>{w['points_refer']}</h3>")
    for tp in pts:
        ess = region_list(sorted(tp.essential, key=_order(regions)), regions, own=False,
                          translate=translate)
        spill = region_list(sorted(tp.spillover, key=_order(regions)), regions, own=False,
                            translate=translate)
        side = translate("Card", _SIDES[tp.side.value])
        text = (f"{TRIGGER_POINT_BLOCK}<b>{escape(tp.name)}</b> ({escape(side)}, "
                f"{escape(translate('Knowledge', tp.prevalence.label))}): "
                f"{escape(x(tp.location))}<br/>"
                f"<span class='ess'>{w['main_pain_zone']}</span> "
                f"{escape(ess)}.")
        if spill:
            text += f" <i>{w['sometimes_also']}</i> {escape(spill)}."
        if tp.prevalence_note:
            text += f" <span class='aka'>{escape(tp.prevalence_note)}</span>"
        parts.append(text + "</div>")
    if muscle.symptoms:
        parts.append(f"<h3>{w['other_symptoms']}</h3>"
                     + _items([x(s) for s in muscle.symptoms]))
    parts.append(self_care_html(muscle, x, gates, translate))
    if full:
        parts.append(f"<h3>{w['about_the_muscle']}</h3>")
        parts.append(f"<p><b>{w['attachments']}</b> "
                     f"{escape(x(muscle.attachments.origin))}; "
                     f"{escape(x(muscle.attachments.insertion))}<br/>"
                     f"<b>{w['action']}</b> {escape(x(muscle.action))}<br/>"
                     f"<b>{w['nerve']}</b> {escape(x(muscle.innervation))}</p>")
        if muscle.activating_factors or muscle.perpetuating_factors:
            parts.append(f"<p><b>{w['factors']}"
                         "</b></p>"
                         + _items([x(f) for f in (*muscle.activating_factors,
                                                  *muscle.perpetuating_factors)]))
        parts.append(f"<h3>{w['sources']}</h3>" + "".join(
            f"<p class='src'>{escape(s)}</p>" for s in muscle.sources))
    return "".join(parts)


def _order(regions: RegionCatalogue) -> Callable[[str], int]:
    index = {rid: i for i, rid in enumerate(regions)}
    return lambda rid: index.get(rid, 0)
