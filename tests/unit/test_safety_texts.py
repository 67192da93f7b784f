"""Safety in the words people read: gates before the technique in the card and handout,
pain qualities in words, red-flag advice in the handout, and the map symbols per quality."""

from __future__ import annotations

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.knowledge import PrecautionKind, TriggerPoint
from bodymap.domain.quality_symbols import (
    Pattern,
    qualities_in_words,
    quality_legend,
    quality_symbol,
)
from bodymap.report.card_html import card_words, muscle_card, self_care_html
from bodymap.report.handout import handout_html
from bodymap.session.session import Session

TECHNIQUE = "How to release it"


def _before(html: str, first: str, then: str) -> bool:
    return first in html and then in html and html.index(first) < html.index(then)


def test_every_gated_muscle_asks_its_questions_before_the_technique(dataset: Dataset) -> None:
    for gate in dataset.safety.gates:
        for mid in gate.muscles:
            muscle = dataset.knowledge.muscle(mid)
            html = self_care_html(muscle, gates=dataset.safety.gates_for(mid))
            assert _before(html, gate.title, TECHNIQUE), mid
            assert _before(html, gate.questions[0][:30], TECHNIQUE), mid


def test_the_app_card_shows_the_calf_gate_first(dataset: Dataset) -> None:
    soleus = dataset.knowledge.muscle("soleus")
    card = muscle_card(soleus, dataset.regions, gates=dataset.safety.gates_for("soleus"))
    assert _before(card, "Before pressing on the calf", TECHNIQUE)
    assert _before(card, "swollen, warm, red", TECHNIQUE)
    # the muscle's own "not for self-treatment if" conditions come first too
    condition = next(p.text for p in soleus.precautions if p.kind.value == "condition")
    assert _before(card, condition[:40], TECHNIQUE)


def test_a_muscle_without_a_gate_has_no_gate_text(dataset: Dataset) -> None:
    trapezius = dataset.knowledge.muscle("trapezius")
    html = self_care_html(trapezius, gates=dataset.safety.gates_for("trapezius"))
    assert "Before pressing" not in html
    assert "Precautions" in html
    # the card is still built the old way, without gates, as the side panel calls it today
    assert TECHNIQUE in muscle_card(trapezius, dataset.regions)



def test_every_kind_of_precaution_is_headed_by_its_own_title(dataset: Dataset) -> None:
    # the titles are keyed by the kinds' values (card_html imports no muscle class at start)
    words = card_words()
    titles = {kind: words[kind.value] for kind in PrecautionKind}
    assert len(set(titles.values())) == len(PrecautionKind)
    for muscle in dataset.knowledge.muscles.values():
        html = self_care_html(muscle)
        for precaution in muscle.precautions:
            assert f"<b>{titles[precaution.kind]}:</b>" in html, (muscle.id, precaution.kind)


def test_handout_lists_qualities_in_words_and_the_red_flag_first(dataset: Dataset) -> None:
    soleus = dataset.knowledge.muscle("soleus")
    drawing = PainDrawing({"left.calf_lower": 6, "left.heel_pad": 4},
                          {"left.calf_lower": Quality.NUMB, "left.heel_pad": Quality.BURN})
    html = handout_html(dataset, [soleus], _points(dataset, soleus.id, drawing), drawing)
    assert "How it feels: Burning in your left heel (sole). Numbness in your left lower calf." \
        in html
    assert _before(html, "See a clinician before treating this yourself", "Soleus</h2>")
    assert "Numbness or pins and needles below the knee" in html
    assert _before(html, "Before pressing on the calf", TECHNIQUE)


def test_handout_for_an_ordinary_drawing_has_no_alert(dataset: Dataset) -> None:
    ql = dataset.knowledge.muscle("quadratus_lumborum")
    drawing = PainDrawing({"left.low_back": 6, "left.buttock": 3})
    html = handout_html(dataset, [ql], _points(dataset, ql.id, drawing), drawing)
    assert "See a clinician before" not in html
    assert "How it feels" not in html  # all aching: nothing to say


def test_each_quality_has_its_own_symbol_and_key() -> None:
    symbols = [quality_symbol(q) for q in Quality]
    assert len({s.pattern for s in symbols}) == len(Quality)
    assert len({s.glyph for s in symbols}) == len(Quality)
    assert len({s.shortcut for s in symbols}) == len(Quality)
    assert quality_symbol("ache").pattern is Pattern.NONE
    assert quality_symbol(Quality.NUMB) == quality_symbol("numb")
    assert "numbness" in quality_symbol("numb").legend
    with pytest.raises(ValueError, match="tingly"):
        quality_symbol("tingly")


def test_legend_lists_all_or_only_the_used_qualities_in_a_fixed_order() -> None:
    assert [s.quality for s in quality_legend()] == list(Quality)
    used = quality_legend([Quality.NUMB, Quality.BURN])
    assert [s.quality for s in used] == [Quality.BURN, Quality.NUMB]


def test_qualities_in_words_skips_aching(dataset: Dataset) -> None:
    drawing = PainDrawing({"left.calf_upper": 3, "right.calf_upper": 3, "left.low_back": 5},
                          {"left.calf_upper": "pins", "right.calf_upper": "pins"})
    assert qualities_in_words(drawing, dataset.regions) == (
        "Pins and needles in your left upper calf and right upper calf.",)
    assert qualities_in_words(PainDrawing({"left.low_back": 5}), dataset.regions) == ()


def _points(dataset: Dataset, muscle: str, drawing: PainDrawing) -> tuple[TriggerPoint, ...]:
    """The points a window with this drawing would show (and print) for the muscle."""
    session = Session(dataset)
    session.open_drawing(drawing)
    return session.points_for(muscle)
