"""The domain's sentences in English (unchanged) and in Spanish, from the shipped catalogue.

The Spanish comes from ``bodymap/i18n/bodymap_es.qm`` read as the command line reads it
(QtCore only, no window); the Spanish sentences name the places of the dataset localized to
Spanish (data/i18n/es/), as the window and ``--lang es`` do; point names stay English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.explanation import Explanation
from bodymap.domain.hypotheses import PointRole
from bodymap.domain.place_names import localize
from bodymap.domain.quality_symbols import qualities_in_words
from bodymap.domain.regions import Side
from bodymap.domain.wording import describe, join_names, region_list
from bodymap.i18n import Translate
from bodymap.i18n.catalogue import catalogue_translate
from bodymap.store.errors import ImportRefusedError, StoreError
from bodymap.store.names import InvalidNameError, check_client_name


@pytest.fixture(scope="module")
def spanish() -> Translate:
    return catalogue_translate("es")


@pytest.fixture(scope="module")
def es_dataset(dataset: Dataset) -> Dataset:
    return localize(dataset, "es")


def _explanation(**regions: tuple[str, ...]) -> Explanation:
    empty: tuple[str, ...] = ()
    fields = dict.fromkeys(("essential", "spillover", "local", "adjacent", "unexplained",
                            "missing"), empty)
    return Explanation(**{**fields, **regions})


def test_lists_join_with_the_language_conjunction(spanish: Translate) -> None:
    assert join_names(["a"]) == "a"
    assert join_names(["a", "b", "c"]) == "a, b and c"
    assert join_names(["a", "b", "c"], spanish) == "a, b y c"
    assert join_names([], spanish) == ""


def test_region_lists_say_the_side_once_in_each_language(
        dataset: Dataset, es_dataset: Dataset, spanish: Translate) -> None:
    regions = dataset.regions
    one_side = ["left.low_back", "left.buttock"]
    assert region_list(one_side, regions) == "your left low back and buttock"
    es = es_dataset.regions
    assert region_list(one_side, es, translate=spanish) == \
        "tu zona lumbar y glúteo (lado izquierdo)"
    assert region_list(one_side, es, own=False, translate=spanish) == "zona lumbar y glúteo"
    both = ["left.buttock", "right.low_back"]
    assert region_list(both, regions) == "your left buttock and right low back"
    # each label keeps its own side, agreeing with its noun
    assert region_list(both, es, translate=spanish) == \
        "tu glúteo izquierdo y zona lumbar derecha"
    assert region_list(["no.such_region"], es, translate=spanish) == ""


def test_describe_is_one_sentence_in_either_language(
        dataset: Dataset, es_dataset: Dataset, spanish: Translate) -> None:
    full = _explanation(essential=("left.low_back",), spillover=("left.buttock",),
                        adjacent=("left.calf_upper",), missing=("left.sacrum",),
                        unexplained=("right.low_back",))
    assert describe(full, dataset.regions) == (
        "Explains your left low back and buttock; is close to your left upper calf; would "
        "also refer to the sacrum; does not explain your right low back.")
    assert describe(full, es_dataset.regions, spanish) == (
        "Explica el dolor de tu zona lumbar y glúteo (lado izquierdo); queda cerca de tu "
        "parte alta de la pantorrilla (lado izquierdo); también referiría dolor a estas "
        "zonas: sacro; no explica el dolor de tu zona lumbar (lado derecho).")
    near_only = _explanation(adjacent=("left.buttock",))
    assert describe(near_only, es_dataset.regions, spanish) == \
        "Queda cerca de tu glúteo (lado izquierdo)."
    assert describe(_explanation(), es_dataset.regions, spanish) == "No explica este dibujo."


def test_what_a_pattern_would_also_cover_names_its_side_unless_already_said(
        dataset: Dataset, es_dataset: Dataset, spanish: Translate) -> None:
    """A both-sides hypothesis says both sides first, so the one region it would also cover
    must carry its own side ("the right buttock", not "the buttock")."""
    both = _explanation(essential=("left.low_back", "right.low_back"),
                        missing=("right.buttock",))
    assert describe(both, dataset.regions) == (
        "Explains your left low back and right low back; would also refer to the right "
        "buttock.")
    assert "glúteo derecho" in describe(both, es_dataset.regions, spanish)
    # nothing explained yet: the side has not been said either
    assert describe(_explanation(missing=("left.sacrum",)), dataset.regions) == (
        "Does not explain this drawing; would also refer to the left sacrum.")
    # one side said, and the same side missing: said once, as before
    same = _explanation(essential=("left.low_back",), missing=("left.sacrum",))
    assert describe(same, dataset.regions) == (
        "Explains your left low back; would also refer to the sacrum.")


def test_point_lines_name_the_side_and_what_the_point_explains(
        dataset: Dataset, es_dataset: Dataset, spanish: Translate) -> None:
    from bodymap.domain.hypothesis_wording import point_line

    ql = dataset.knowledge.muscle("quadratus_lumborum")
    point = ql.points_on(Side.RIGHT)[0]
    explains = PointRole(point, _explanation(essential=("right.low_back",)))
    assert point_line(explains, dataset.regions) == \
        f"{point.name} (right): explains your right low back"
    assert point_line(explains, es_dataset.regions, spanish) == \
        f"{point.name} (derecho): explica el dolor de tu zona lumbar (lado derecho)"
    nothing = PointRole(point, _explanation(unexplained=("left.buttock",)))
    assert point_line(nothing, es_dataset.regions, spanish) == \
        f"{point.name} (derecho): no explica ninguna de las regiones dolorosas"


def test_qualities_in_words_in_spanish(es_dataset: Dataset, spanish: Translate) -> None:
    drawing = PainDrawing({"left.heel_pad": 4, "left.calf_lower": 6, "left.low_back": 3},
                          {"left.heel_pad": Quality.BURN, "left.calf_lower": Quality.NUMB})
    assert qualities_in_words(drawing, es_dataset.regions, spanish) == (
        "Ardor en tu planta del talón (lado izquierdo).",
        "Entumecimiento en tu parte baja de la pantorrilla (lado izquierdo).")


def test_a_refused_client_name_is_explained_in_spanish(spanish: Translate) -> None:
    with pytest.raises(InvalidNameError) as refused:
        check_client_name("Ana\u202eParker")
    assert str(refused.value).startswith("a client needs a name without text-direction")
    assert refused.value.message(spanish) == (
        "el nombre de un cliente no puede llevar controles de dirección del texto; este "
        "lleva U+202E RIGHT-TO-LEFT OVERRIDE en el carácter 4, que puede hacer que se "
        "muestre como otro nombre. Escribe el nombre en vez de pegarlo.")


def test_store_errors_keep_english_and_travel_as_data(tmp_path: Path,
                                                      spanish: Translate) -> None:
    """str() is the English the command line prints; message(translate) the window's; a
    report rebuilt in another process says the same."""
    from bodymap.store import Store

    folder = tmp_path / "records"
    folder.mkdir()
    with pytest.raises(StoreError) as failed:
        Store.open(folder)
    error = failed.value
    assert str(error) == f"{folder}: is a folder, not a database file. Choose a file name."
    assert error.message(spanish) == \
        f"{folder}: es una carpeta, no un archivo de base de datos. Elige un nombre de archivo."
    again = StoreError.from_report(error.report())
    assert str(again) == str(error) and again.message(spanish) == error.message(spanish)
    with pytest.raises(ValueError, match="not a store error report"):
        StoreError.from_report({"path": 3})


def test_an_import_refusal_translates_its_heading_and_keeps_the_problems(
        tmp_path: Path, spanish: Translate) -> None:
    from bodymap.domain.errors import Problem

    source = tmp_path / "export.json"
    problems = [Problem(source, f"visits[{i}].drawing", "unknown region id.", f"x{i}")
                for i in range(22)]
    refused = ImportRefusedError(source, problems, unlisted=3)
    lines = refused.message(spanish).split("\n")
    assert lines[0] == (f"{source}: no se ha importado, no se ha cambiado nada: 25 "
                        "problema(s) en el archivo")
    assert lines[1:21] == [str(p) for p in problems[:20]]
    assert lines[-1] == "... y 5 más"
    assert str(refused).split("\n")[-1] == "... and 5 more"
