"""One muscle lookup: the window's search and the command line's --muscle agree.

Exact names and aliases win, then prefixes, then misspellings (issues 14 and 16).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.cli import main
from bodymap.domain.dataset import Dataset
from bodymap.domain.search import (
    MuscleNotFoundError,
    rank_muscles,
    resolve_muscle,
    search_muscles,
)


def ids(query: str, dataset: Dataset) -> list[str]:
    return [m.id for m in search_muscles(query, dataset.knowledge)]


def test_a_misspelling_of_the_alias_traps_finds_trapezius_first(dataset: Dataset) -> None:
    # "strap" (in Gracilis' alias "inner thigh strap muscle") looks as much like "trapz" as
    # "traps" does to a plain string matcher; the shared start decides for Trapezius
    assert ids("trapz", dataset)[0] == "trapezius"


def test_scm_lists_sternocleidomastoid_and_not_semimembranosus(dataset: Dataset) -> None:
    found = ids("SCM", dataset)
    assert found[0] == "sternocleidomastoid"
    assert "semimembranosus" not in found  # "SM" is another abbreviation, not a typo of SCM


def test_pec_puts_pectoralis_major_before_pectineus(dataset: Dataset) -> None:
    found = ids("pec", dataset)
    assert found.index("pectoralis_major") < found.index("pectineus")
    assert found.index("pectoralis_minor") < found.index("pectineus")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("QL", "quadratus_lumborum"), ("ql", "quadratus_lumborum"), ("TFL", "tensor_fasciae_latae"),
     ("psoas", "iliopsoas"), ("fibularis", "peroneus_longus"), ("glut med", "gluteus_medius"),
     ("levator scap", "levator_scapulae"), ("trapezuis", "trapezius")],
)
def test_an_exact_alias_or_clear_spelling_comes_first(dataset: Dataset, query: str,
                                                      expected: str) -> None:
    assert ids(query, dataset)[0] == expected


def test_every_tier_outranks_the_next(dataset: Dataset) -> None:
    hits = rank_muscles("glut", dataset.knowledge)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    exact = rank_muscles("Gluteus medius", dataset.knowledge)
    assert exact[0].exact and exact[0].muscle.id == "gluteus_medius"
    assert not any(h.exact for h in exact[1:])


@pytest.mark.parametrize(
    ("name", "expected"),
    [("QL", "quadratus_lumborum"), ("SCM", "sternocleidomastoid"),
     ("quadratus_lumborum", "quadratus_lumborum"), ("Quadratus Lumborum", "quadratus_lumborum"),
     ("sternomastoid", "sternocleidomastoid"), ("tib ant", "tibialis_anterior")],
)
def test_resolve_accepts_ids_names_and_aliases(dataset: Dataset, name: str,
                                               expected: str) -> None:
    assert resolve_muscle(name, dataset.knowledge).id == expected


def test_resolve_never_guesses_a_misspelling(dataset: Dataset) -> None:
    with pytest.raises(MuscleNotFoundError, match=r"Did you mean trapezius \(Trapezius\)") as exc:
        resolve_muscle("trapz", dataset.knowledge)
    assert exc.value.suggestions[0].id == "trapezius"


def test_resolve_refuses_an_alias_shared_by_several_muscles(dataset: Dataset) -> None:
    with pytest.raises(MuscleNotFoundError, match="more than one muscle") as exc:
        resolve_muscle("rotator cuff", dataset.knowledge)
    assert {m.id for m in exc.value.suggestions} == {
        "infraspinatus", "supraspinatus", "subscapularis", "teres_minor"}


def test_handout_takes_aliases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["handout", str(out), "--muscle", "QL", "--muscle", "SCM"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_screenshot_takes_an_alias(tmp_path: Path) -> None:
    out = tmp_path / "scm.png"
    assert main(["screenshot", str(out), "--muscle", "SCM", "--size", "600x400"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("command", ["screenshot", "handout"])
def test_a_miss_exits_2_and_names_the_nearest(tmp_path: Path, command: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / ("x.png" if command == "screenshot" else "x.pdf")
    assert main([command, str(out), "--muscle", "trapz"]) == 2
    err = capsys.readouterr().err
    assert "unknown muscle 'trapz'" in err and "Did you mean trapezius" in err
    assert not out.exists()
