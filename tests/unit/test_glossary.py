"""The glossary: loading with clear errors, and plain phrases at each term's first use."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bodymap.domain.dataset import Dataset
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


def _every_text(value: object) -> list[str]:
    """Every string in a knowledge-base record, its tuples and nested records."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list | frozenset):
        return [t for item in value for t in _every_text(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in _every_text(getattr(value, f.name))]
    return []


def _by_search(g: Glossary, text: str) -> list[tuple[str, int]]:
    """The term uses a search of every character finds (the pattern's own finditer)."""
    assert g.pattern is not None
    return [(m.group(1).casefold(), m.end()) for m in g.pattern.finditer(text)]


def test_uses_are_what_a_search_of_every_character_finds(dataset: Dataset) -> None:
    """``uses`` tries the pattern only where a word starts that a term starts with: over
    every text of the knowledge base, and over made-up ones, it finds what finditer does."""
    g = dataset.glossary
    texts = list(dict.fromkeys(t for m in dataset.knowledge.muscles.values()
                               for t in _every_text(m)))
    assert len(texts) > 1000
    texts += ["Iliac crests, ILIAC CREST and iliac-crest; the sacrums'", "C7-T1 and T12s",
              "the iliac crest(iliac crest) near the iliac crestline", ""]
    found = 0
    for text in texts:
        expected = _by_search(g, text)
        assert [(u.key, u.end) for u in g.uses(text)] == expected, text
        found += len(expected)
    assert found > 500


def test_a_term_that_does_not_start_a_word_is_still_found() -> None:
    """A term beginning with an apostrophe or hyphen (the file allows them): searched at
    every character, as before."""
    g = Glossary({"'tween bones": "in between", "-itis": "inflammation", "rib": "a rib bone"})
    text = "pain 'tween bones, ribs and bursa-itis"
    assert [u.key for u in g.uses(text)] == ["rib", "-itis"]
    assert [(u.key, u.end) for u in g.uses(text)] == _by_search(g, text)
