"""The shipped glossary matches the shipped cards, and cards and handouts use it."""

from __future__ import annotations

from bodymap.domain.dataset import Dataset
from bodymap.report.card_html import muscle_card, self_care_html
from bodymap.report.handout import handout_html


def test_every_glossary_term_appears_in_some_card(dataset: Dataset) -> None:
    used: set[str] = set()
    for muscle in dataset.knowledge.muscles.values():
        used |= dataset.glossary.terms_in(muscle_card(muscle, dataset.regions))
    assert sorted(set(dataset.glossary.entries) - used) == []
    assert 60 <= len(dataset.glossary) <= 120


def test_a_card_with_iliac_crest_shows_its_plain_phrase(dataset: Dataset) -> None:
    ql = dataset.knowledge.muscle("quadratus_lumborum")
    plain = dataset.glossary.plain("iliac crest")
    assert plain == "the top rim of the hip bone"
    card = muscle_card(ql, dataset.regions, glossary=dataset.glossary)
    assert f"iliac crest ({plain})" in card
    assert card.count(f"({plain})") == 1
    # without a glossary the card is as before
    assert f"({plain})" not in muscle_card(ql, dataset.regions)


def test_self_care_and_handout_explain_terms(dataset: Dataset) -> None:
    piriformis = dataset.knowledge.muscle("piriformis")
    phrase = dataset.glossary.plain("sacrum")
    assert f"({phrase})" in self_care_html(piriformis, dataset.glossary.explainer())
    points = piriformis.points_on(piriformis.trigger_points[0].side)
    html = handout_html(dataset, [piriformis], points, {}, map_height=10)
    assert f"({phrase})" in html
