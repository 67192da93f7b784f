"""The glossary: loading with clear errors, and plain phrases at each term's first use."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.domain.errors import DataError
from bodymap.domain.glossary import Glossary, load_glossary


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_first_use_gets_the_plain_phrase_once_per_card() -> None:
    g = Glossary({"iliac crest": "the top rim of the hip bone", "sacrum": "the base bone"})
    explain = g.explainer()
    assert explain("Press above the iliac crest.") == \
        "Press above the iliac crest (the top rim of the hip bone)."
    # the same card again: already explained, so left alone
    assert explain("Move along the Iliac Crest and the sacrum.") == \
        "Move along the Iliac Crest and the sacrum (the base bone)."
    # a new card explains again
    assert g.explainer()("iliac crests hurt") == "iliac crests (the top rim of the hip bone) hurt"


def test_longer_term_wins_and_words_are_whole() -> None:
    g = Glossary({"epicondyle": "a knob", "lateral epicondyle": "the outer elbow knob",
                  "ulna": "the forearm bone on the little-finger side"})
    explain = g.explainer()
    assert explain("the lateral epicondyle, not the ulnar side") == \
        "the lateral epicondyle (the outer elbow knob), not the ulnar side"


def test_terms_the_card_already_explains_are_not_repeated() -> None:
    g = Glossary({"greater trochanter": "the bony point of the hip"})
    text = "the bony point of the hip (greater trochanter)"
    assert g.explainer()(text) == text


def test_a_text_seen_before_is_explained_as_the_first_time() -> None:
    """Where the terms occur is kept per text; what gets explained still depends on what the
    card explained before it."""
    g = Glossary({"sacrum": "the base bone", "coccyx": "the tailbone"})
    text = "The sacrum, then the coccyx (tailbone), then the sacrum again."
    once = "The sacrum (the base bone), then the coccyx (tailbone), then the sacrum again."
    for _ in range(3):
        explain = g.explainer()
        assert explain(text) == once
        assert explain(text) == text, "second use in one card: nothing added"
    other = g.explainer()
    assert other("The sacrum hurts.") == "The sacrum (the base bone) hurts."
    assert other(text) == text


def test_load_reads_terms(tmp_path: Path) -> None:
    g = load_glossary(_write(tmp_path, "terms:\n  - {term: coccyx, plain: the tailbone}\n"))
    assert g.plain("Coccyx") == "the tailbone"
    assert len(g) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("terms:\n  - {term: coccyx, plain: tailbone, extra: 1}\n", "terms[0].extra"),
    ("terms:\n  - {term: coccyx, plain: tail}\n  - {term: Coccyx, plain: tail}\n",
     "listed twice"),
    ("terms:\n  - {term: coccyx, plain: \"the tailbone (end)\"}\n", "terms[0].plain"),
    ("terms:\n  - {term: \"c[o]ccyx\", plain: the tailbone}\n", "terms[0].term"),
    ("terms: []\n", "terms"),
])
def test_bad_glossary_names_file_and_field(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(DataError) as info:
        load_glossary(path)
    assert "glossary.yaml" in str(info.value)
    assert expected in str(info.value)
