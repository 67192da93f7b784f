from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.errors import DataError
from bodymap.domain.regions import RegionCatalogue
from bodymap.domain.safety import Urgency, load_safety
from bodymap.domain.search import search_muscles


def test_ticked_red_flag_raises_alert(dataset: Dataset) -> None:
    alerts = dataset.safety.alerts([], {"saddle_numbness"})
    assert [a.id for a in alerts] == ["saddle_numbness"]
    assert alerts[0].urgency is Urgency.EMERGENCY


def test_chest_and_left_arm_drawing_matches_heart_pattern(dataset: Dataset) -> None:
    alerts = dataset.safety.alerts(["left.chest", "left.upper_arm_inner"], set())
    assert "heart" in [a.id for a in alerts]
    assert dataset.safety.alerts(["left.chest"], set()) == ()


def test_saddle_pattern_needs_both_legs(dataset: Dataset) -> None:
    one = ["left.perineum", "left.thigh_back_upper"]
    assert "saddle" not in [a.id for a in dataset.safety.alerts(one, set())]
    both = [*one, "right.calf_upper"]
    assert "saddle" in [a.id for a in dataset.safety.alerts(both, set())]


def test_alerts_sorted_most_urgent_first(dataset: Dataset) -> None:
    alerts = dataset.safety.alerts(["left.chest", "left.upper_arm_inner"],
                                   {"weight_loss", "chest_breathless"})
    assert [a.urgency for a in alerts] == sorted((a.urgency for a in alerts),
                                                 key=lambda u: u.rank)
    assert alerts[0].id == "chest_breathless"


def test_bad_safety_file_names_the_term(tmp_path: Path, regions: RegionCatalogue) -> None:
    path = tmp_path / "red_flags.yaml"
    path.write_text(
        "checklist:\n  - {id: a, question: q, urgency: soon, advice: x}\n"
        "patterns:\n  - {id: p, title: t, advice: x, all_of: [[left.chestt]]}\n",
        encoding="utf-8")
    with pytest.raises(DataError, match=r"patterns\[0\]\.all_of\[0\]\[0\].*left\.chest"):
        load_safety(path, regions)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("QL", "quadratus_lumborum"), ("psoas", "iliopsoas"), ("fibularis", "peroneus_longus"),
     ("glut med", "gluteus_medius"), ("trapezuis", "trapezius"), ("SCM", "sternocleidomastoid"),
     ("infraspin", "infraspinatus")],
)
def test_fuzzy_search_finds_muscles_by_name_and_alias(dataset: Dataset, query: str,
                                                      expected: str) -> None:
    found = [m.id for m in search_muscles(query, dataset.knowledge)]
    assert expected in found[:3], found[:5]


def test_search_for_nonsense_finds_nothing(dataset: Dataset) -> None:
    assert search_muscles("xyzzyq", dataset.knowledge) == []
