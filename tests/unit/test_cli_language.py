"""The command line's own words follow --lang; without it they are English whatever the
user's settings, and JSON (for scripts) is the same in every language."""

from __future__ import annotations

import json

import pytest

from bodymap.cli import main

DRAWING = ["--regions", "left.low_back,left.buttock,right.low_back,left.calf_upper:numb"]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


def test_query_speaks_spanish_with_lang_es(capsys: pytest.CaptureFixture[str]) -> None:
    english = _run(["query", *DRAWING], capsys)
    spanish = _run(["--lang", "es", "query", *DRAWING], capsys)
    assert "Explains your left" in english and "explains your" in english
    assert "Explica el dolor de tu" in spanish
    assert "(izquierdo): explica el dolor de tu" in spanish
    for word in ("Explains", "explains", "your", "both sides", "would also refer"):
        assert word not in spanish, word
    # the same candidates in the same order: only the words differ
    assert [line.split()[:2] for line in english.splitlines() if line[:3].strip().isdigit()] \
        == [line.split()[:2] for line in spanish.splitlines() if line[:3].strip().isdigit()]


def test_points_and_combinations_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    spanish = _run(["--lang", "es", "query", "--points", "--regions",
                    "left.temple,left.calf_upper"], capsys)
    assert "(izquierdo)" in spanish and "(left)" not in spanish
    together = [line for line in spanish.splitlines() if line.startswith("Juntos: ")]
    english = _run(["query", "--points", "--regions", "left.temple,left.calf_upper"], capsys)
    assert len(together) == len([line for line in english.splitlines()
                                 if line.startswith("Together: ")])


def test_the_listings_and_validate_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert "punto(s) gatillo" in _run(["--lang", "es", "muscles"], capsys)
    flags = _run(["--lang", "es", "red-flags"], capsys)
    for heading in ("Lista de síntomas", "Reglas del dibujo:",
                    "Preguntas antes del autotratamiento:", "Referencias:", "fuente: "):
        assert heading in flags, heading
    assert "source: " not in flags
    assert _run(["--lang", "es", "validate"], capsys).startswith("OK: ")
    assert " regiones en " in _run(["--lang", "es", "validate"], capsys)
    found = _run(["--lang", "es", "muscles", "--search", "temple"], capsys)
    assert found.startswith("lugar   ") and "marcar: " in found and "(para sien)" in found
    missed = _run(["--lang", "es", "muscles", "--search", "xyzq"], capsys)
    assert missed.startswith("Nada coincide con 'xyzq'")


def test_json_is_the_same_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    english = json.loads(_run(["query", *DRAWING, "--json"], capsys))
    spanish = json.loads(_run(["--lang", "es", "query", *DRAWING, "--json"], capsys))
    assert spanish == english
    assert english["hypotheses"][0]["title"].endswith(("both sides", "(left)", "(right)"))


def test_query_names_the_places_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    spanish = _run(["--lang", "es", "query", "--regions", "left.low_back,left.buttock"],
                   capsys)
    assert "Explica el dolor de tu glúteo y zona lumbar (lado izquierdo)" in spanish
    for english_place in ("low back", "buttock", "iliac crest", "sacrum"):
        assert english_place not in spanish, english_place
    english = _run(["query", "--regions", "left.low_back,left.buttock"], capsys)
    assert "Explains your left buttock and low back" in english


def test_nerve_titles_quote_the_spanish_nerve_name(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["query", "--top", "12", "--regions",
            "left.buttock,left.thigh_back_upper,left.calf_upper,left.calf_lower",
            "--quality", "left.calf_upper=pins"]
    spanish = _run(["--lang", "es", *argv], capsys)
    assert "Posible compresión nerviosa por piriformis (izquierdo): nervio ciático" in spanish
    assert "sciatic nerve" not in spanish
    assert "May be the sciatic nerve squeezed by piriformis (left)" in _run(argv, capsys)


def test_regions_and_place_search_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    listing = _run(["--lang", "es", "regions"], capsys).splitlines()
    assert any(line.split()[0] == "left.low_back" and "Zona lumbar izquierda" in line
               for line in listing)
    assert any(line.split()[0] == "right.buttock" and "Glúteo derecho" in line
               for line in listing)
    # Spanish place names are searched, with or without accents; English ones still work
    for query in ("pantorrilla", "talon", "glúteo"):
        found = _run(["--lang", "es", "muscles", "--search", query], capsys)
        assert found.startswith("lugar   "), query
    found = _run(["--lang", "es", "muscles", "--search", "low back"], capsys)
    assert found.startswith("lugar   zona lumbar ")
    # the JSON stays English for scripts
    rows = json.loads(_run(["--lang", "es", "regions", "--json"], capsys))
    assert {r["id"]: r["label"] for r in rows}["left.low_back"] == "Left low back"
