"""Translated place names (data/i18n/<lang>/regions.yaml, nerves.yaml): the shipped Spanish is
complete and current, a broken file is refused naming file, field and value, what a file
leaves out stays English, and an out-of-date file falls back to English and is reported."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bodymap.cli import main
from bodymap.domain.bundle import decode, encode
from bodymap.domain.dataset import Dataset
from bodymap.domain.errors import DataError
from bodymap.domain.place_names import (
    language_of,
    localize,
    source_hash_of_nerves,
    source_hash_of_regions,
)
from bodymap.domain.regions import Side
from bodymap.i18n import untranslated
from bodymap.i18n.catalogue import catalogue_translate
from tests.data_edits import edit_once, load_copy


def test_the_shipped_spanish_names_every_place_and_is_current(dataset: Dataset) -> None:
    names = dataset.place_names["es"]
    assert names.stale == ()
    assert set(names.areas) == set(dataset.regions.areas)
    assert set(names.groups) == set(dataset.regions.groups)
    assert set(names.nerves) == {e.key for e in dataset.nerves}
    es = localize(dataset, "es")
    assert es.language == "es" and list(es.regions) == list(dataset.regions)
    for rid, region in es.regions.items():
        english = dataset.regions[rid]
        assert (region.side, region.area, region.group) == \
            (english.side, english.area, english.group)
        assert region.label != english.label and region.place, rid
    # the two sides differ, and the place is said without a side
    left, right = es.regions["left.buttock"], es.regions["right.buttock"]
    assert (left.label, right.label, left.place) == \
        ("Glúteo izquierdo", "Glúteo derecho", "glúteo")
    assert es.regions["left.low_back"].place_name == "zona lumbar"
    assert es.regions.groups["back_trunk"] == "Espalda y glúteos"
    sciatic = [e for e in es.nerves if e.key == "sciatic_piriformis"]
    assert {e.nerve for e in sciatic} == {"nervio ciático"} and len(sciatic) == 2
    # the English dataset is untouched, and localizing twice changes nothing
    assert dataset.regions["left.low_back"].label == "Left low back"
    assert dataset.regions["left.low_back"].place is None
    assert localize(es, "es") is es
    assert localize(dataset, "en") is dataset


def test_a_translate_says_which_language_it_speaks() -> None:
    assert language_of(untranslated) == "en"
    assert language_of(catalogue_translate("es")) == "es"


def test_an_unknown_area_is_refused_naming_file_field_and_value(data_copy: Path) -> None:
    path = data_copy / "i18n" / "es" / "regions.yaml"
    edit_once(path, "\n  low_back:\n", "\n  low_bak:\n")
    with pytest.raises(DataError) as refused:
        load_copy(data_copy)
    text = str(refused.value)
    assert f"{path}: areas.low_bak: not an area of data/regions.yaml" in text
    assert "Did you mean low_back" in text and "(got 'low_bak')" in text


def test_a_misspelt_field_and_a_missing_place_are_refused(data_copy: Path) -> None:
    path = data_copy / "i18n" / "es" / "regions.yaml"
    edit_once(path, "    place: sien\n", "")
    edit_once(path, "    place: nuca\n", "    lugar: nuca\n")
    nerves = data_copy / "i18n" / "es" / "nerves.yaml"
    edit_once(nerves, "  median_pronator_teres:", "  median_pronator:")
    with pytest.raises(DataError) as refused:
        load_copy(data_copy)
    text = str(refused.value)
    assert f"{path}: areas.temple.place: required field is missing" in text
    assert f"{path}: areas.back_of_neck.lugar: unknown field" in text
    assert f"{nerves}: nerves.median_pronator: not an entrapment id of data/nerves.yaml" \
        in text


def test_a_file_refused_at_the_command_line(data_copy: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "i18n" / "es" / "regions.yaml"
    edit_once(path, "groups:\n", "groups:\n  hed: Cabeza\n")
    assert main(["validate", "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: groups.hed: not a group of data/regions.yaml" in err


def test_what_a_file_leaves_out_stays_english(data_copy: Path) -> None:
    path = data_copy / "i18n" / "es" / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    # drop the buttock entry (five lines) and the group labels
    text = re.sub(r"\n  buttock:\n(    .*\n){4}", "\n", text)
    text = re.sub(r"groups:\n(  .*\n)+", "", text)
    path.write_text(text, encoding="utf-8")
    (data_copy / "i18n" / "es" / "nerves.yaml").unlink()
    es = localize(load_copy(data_copy), "es")
    assert es.regions["left.buttock"].label == "Left buttock"
    assert es.regions["left.buttock"].place is None
    assert es.regions["left.low_back"].label == "Zona lumbar izquierda"
    assert es.regions.groups["back_trunk"] == "Back and buttocks"
    assert {e.nerve for e in es.nerves if e.key == "sciatic_piriformis"} == {"sciatic nerve"}


def test_an_out_of_date_file_falls_back_to_english_and_validate_says_so(
        data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_once(data_copy / "regions.yaml", "    low_back: low back\n", "    low_back: lower back\n")
    english = load_copy(data_copy)
    es = localize(english, "es")
    path = "i18n/es/regions.yaml"
    assert [s.file for s in english.place_names["es"].stale] == [path]
    # every region label of the stale file is English, the nerves (still current) Spanish
    assert es.regions["left.low_back"].label == "Left lower back"
    assert es.regions["right.buttock"].label == "Right buttock"
    assert {e.nerve for e in es.nerves if e.key == "sciatic_piriformis"} == {"nervio ciático"}
    assert main(["validate", "--data", str(data_copy)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("OK: ")
    current = source_hash_of_regions(english.regions)
    assert f"warning: {path}: source_hash: out of date" in captured.err
    assert f"set source_hash to {current!r}" in captured.err
    # the translator checks the words and records the new hash: Spanish again
    target = data_copy / "i18n" / "es" / "regions.yaml"
    target.write_text(re.sub(r"source_hash: \w+", f"source_hash: {current}",
                             target.read_text(encoding="utf-8")), encoding="utf-8")
    again = load_copy(data_copy)
    assert again.place_names["es"].stale == ()
    assert localize(again, "es").regions["left.low_back"].label == "Zona lumbar izquierda"


def test_the_hashes_follow_the_english_words_only(dataset: Dataset) -> None:
    regions_hash = source_hash_of_regions(dataset.regions)
    assert re.fullmatch(r"[0-9a-f]{16}", regions_hash)
    nerves = {e.key: e.nerve for e in dataset.nerves}
    assert source_hash_of_nerves(nerves) != regions_hash
    left = [r for r in dataset.regions.values() if r.side is Side.LEFT]
    assert len(left) == len(dataset.regions.areas)


def test_the_bundle_carries_the_translations(dataset: Dataset) -> None:
    again = decode(encode(dataset, "key"), "key")
    assert again.place_names == dataset.place_names
    assert localize(again, "es").regions["left.temple"].label == "Sien izquierda"


def test_the_shipped_spanish_names_every_complaint_and_keeps_the_english_words(
        dataset: Dataset) -> None:
    names = dataset.place_names["es"]
    english = dataset.search_terms
    assert set(names.complaints) == {t.phrase for t in english.terms}
    es = localize(dataset, "es").search_terms
    rows = {t.phrase: t for t in es.terms}
    tennis = rows["codo de tenista"]
    original = next(t for t in english.terms if t.phrase == "tennis elbow")
    # the same places, muscles and red flags; the English words still find it
    assert (tennis.areas, tennis.muscles, tennis.red_flags) == \
        (original.areas, original.muscles, original.red_flags)
    assert {"epicondilitis", *original.names} <= set(tennis.synonyms)
    assert not any(t.phrase == "tennis elbow" for t in es.terms)
    assert len(es.terms) == len(english.terms) + len(names.areas)


def test_spanish_complaints_are_searched_in_both_languages(
        capsys: pytest.CaptureFixture[str]) -> None:
    for query in ("codo de tenista", "tennis elbow", "epicondilitis"):
        assert main(["--lang", "es", "muscles", "--search", query]) == 0
        first = capsys.readouterr().out.splitlines()[0]
        assert "codo de tenista" in first and "elbow_outer" in first, query
    assert main(["--lang", "es", "muscles", "--search", "ciatica"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[1] == "ciática"
    # in English the row is named as before
    assert main(["muscles", "--search", "tennis elbow"]) == 0
    assert "tennis elbow" in capsys.readouterr().out.splitlines()[0]


def test_a_complaint_file_is_checked_like_the_others(data_copy: Path) -> None:
    path = data_copy / "i18n" / "es" / "search_terms.yaml"
    edit_once(path, "\n  tennis elbow:\n", "\n  tenis elbow:\n")
    edit_once(path, "[dolor de dientes, dolor dental,", "[dolor de dientes, dolor de muelas,")
    edit_once(path, "[hombro dolorido, hombro doloroso, omalgia]",
          "[hombro dolorido, hombro doloroso, omalgia, neck pain]")
    with pytest.raises(DataError) as refused:
        load_copy(data_copy)
    text = str(refused.value)
    assert f"{path}: terms.tenis elbow: not a phrase of data/search_terms.yaml" in text
    assert "Did you mean tennis elbow" in text
    assert (f"{path}: terms.toothache.synonyms[1]: already used by terms.toothache.phrase"
            in text)
    assert (f"{path}: terms.shoulder pain.synonyms[3]: is a word of the English entry "
            "'neck pain'") in text


def test_an_out_of_date_complaint_file_falls_back_to_english(data_copy: Path) -> None:
    edit_once(data_copy / "search_terms.yaml", "synonyms: [shin splints, sore shin]",
          "synonyms: [shin splints, sore shin, shin ache]")
    english = load_copy(data_copy)
    assert [s.file for s in english.place_names["es"].stale] == ["i18n/es/search_terms.yaml"]
    assert english.place_names["es"].complaints == {}
    phrases = {t.phrase for t in localize(english, "es").search_terms.terms}
    assert "tennis elbow" in phrases and "codo de tenista" not in phrases
    # the other translations of the language are still in use
    assert localize(english, "es").regions["left.low_back"].label == "Zona lumbar izquierda"


def test_migraine_brings_its_caution_in_both_languages(
        dataset: Dataset, capsys: pytest.CaptureFixture[str]) -> None:
    """The caution of data/search_terms.yaml goes with the complaint's row: in the search
    results, in Spanish from data/i18n/es/search_terms.yaml, and on the command line."""
    from bodymap.domain.search import search

    english = search("migraine", dataset.knowledge, dataset.search_terms).places[0]
    assert english.phrase == "migraine" and "set off a migraine attack" in english.caution
    assert english.red_flags == ("sudden_headache", "neck_artery", "giant_cell_arteritis")
    es = localize(dataset, "es")
    for query in ("migraña", "jaqueca", "migraine"):
        spanish = search(query, es.knowledge, es.search_terms).places[0]
        assert spanish.phrase == "migraña" and "crisis de migraña" in spanish.caution, query
        assert spanish.red_flags == english.red_flags
    assert main(["muscles", "--search", "migraine"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[1] == "migraine" and "set off a migraine attack" in lines[1]
    assert "sudden_headache, neck_artery, giant_cell_arteritis" in lines[2]
    assert main(["muscles", "--search", "sciatica", "--json"]) == 0
    sciatica = json.loads(capsys.readouterr().out)["places"][0]
    assert sciatica["caution"] == "" and "saddle_numbness" in sciatica["red_flags"]


def test_a_caution_is_translated_only_where_the_english_has_one(data_copy: Path) -> None:
    path = data_copy / "i18n" / "es" / "search_terms.yaml"
    edit_once(path, "    phrase: ciática\n", "    phrase: ciática\n    caution: No presiones.\n")
    with pytest.raises(DataError) as refused:
        load_copy(data_copy)
    assert (f"{path}: terms.sciatica.caution: the English entry has no caution to "
            "translate; leave it out") in str(refused.value)


def test_a_changed_english_caution_sets_the_translation_aside(data_copy: Path) -> None:
    """The caution is part of what a complaint translation is made from: when the English
    one changes, the Spanish file is out of date (English until it is checked), and a
    Spanish entry without a caution shows the English one."""
    edit_once(data_copy / "search_terms.yaml", "press lightly and briefly",
              "press very lightly and briefly")
    changed = load_copy(data_copy)
    assert [s.file for s in changed.place_names["es"].stale] == ["i18n/es/search_terms.yaml"]
    rows = {t.phrase: t for t in localize(changed, "es").search_terms.terms}
    assert "very lightly" in rows["migraine"].caution
    # back to the shipped English, but the Spanish entry's caution left out
    edit_once(data_copy / "search_terms.yaml", "press very lightly and briefly",
              "press lightly and briefly")
    path = data_copy / "i18n" / "es" / "search_terms.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    caution: >-\n      Presionar")
    end = text.index("  sciatica:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    kept = load_copy(data_copy)
    assert kept.place_names["es"].stale == ()
    rows = {t.phrase: t for t in localize(kept, "es").search_terms.terms}
    assert "set off a migraine attack" in rows["migraña"].caution
