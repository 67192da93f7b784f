"""How the red-flag rules read a drawing: sides, pain qualities, reasons, gates, sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.errors import DataError
from bodymap.domain.regions import RegionCatalogue
from bodymap.domain.safety import Urgency, check_gate_muscles, load_safety

STRIP = ["left.buttock", "left.thigh_back_upper", "left.calf_upper"]


def _ids(dataset: Dataset, painful: object, ticked: tuple[str, ...] = ()) -> list[str]:
    return [a.id for a in dataset.safety.alerts(painful, ticked)]  # type: ignore[arg-type]


def test_plain_region_ids_and_dicts_still_work_as_the_gui_passes_them(dataset: Dataset) -> None:
    assert "nerve_root_leg" in _ids(dataset, STRIP)
    assert "nerve_root_leg" in _ids(dataset, dict.fromkeys(STRIP, 4))
    assert "nerve_root_leg" in _ids(dataset, iter(STRIP))


def test_one_sided_rule_needs_the_whole_strip_on_one_side(dataset: Dataset) -> None:
    split = ["left.buttock", "left.thigh_back_upper", "right.calf_upper"]
    assert "nerve_root_leg" not in _ids(dataset, split)
    both = [*STRIP, *(r.replace("left.", "right.") for r in STRIP)]
    found = _ids(dataset, both)
    assert "nerve_root_leg" not in found  # on both sides it is the bilateral rule's case
    assert "both_legs_below_knee" in found


def test_numbness_counts_only_where_marked_numb(dataset: Dataset) -> None:
    aching = PainDrawing({"left.calf_lower": 5})
    assert _ids(dataset, aching) == []
    numb = aching.with_quality("left.calf_lower", Quality.NUMB)
    pins = aching.with_quality("left.calf_lower", Quality.PINS)
    burning = aching.with_quality("left.calf_lower", Quality.BURN)
    assert _ids(dataset, numb) == ["nerve_root_leg_numb"]
    assert _ids(dataset, pins) == ["nerve_root_leg_numb"]
    assert _ids(dataset, burning) == []
    # numbness above the knee or on the trunk is not a "strip below the knee"
    assert _ids(dataset, PainDrawing({"left.low_back": 5}, {"left.low_back": "numb"})) == []


def test_alert_names_the_regions_and_the_source(dataset: Dataset) -> None:
    drawing = PainDrawing({"left.chest": 6, "right.upper_arm_inner": 4, "left.calf_upper": 3})
    (heart,) = [a for a in dataset.safety.alerts(drawing, ()) if a.id == "heart"]
    assert heart.because == ("left.chest", "right.upper_arm_inner")
    assert "CG95" in heart.source
    (ticked,) = dataset.safety.alerts((), {"cancer_history"})
    assert ticked.because == ("cancer_history",)
    assert ticked.urgency is Urgency.URGENT


def test_every_shipped_rule_has_a_source_and_every_gate_a_known_muscle(dataset: Dataset) -> None:
    rules = dataset.safety
    sources = [(r.id, r.source) for r in rules.checklist] + \
        [(r.id, r.source) for r in rules.patterns] + [(r.id, r.source) for r in rules.gates]
    for rid, source in sources:
        assert source.strip(), rid
    assert check_gate_muscles(rules, dataset.knowledge.muscles, Path("red_flags.yaml")) == []
    covered = {m for g in rules.gates for m in g.muscles}
    assert {"gastrocnemius", "soleus", "sternocleidomastoid", "scalenes", "rectus_abdominis",
            "iliopsoas", "pectineus", "adductor_longus"} <= covered


def test_gates_for_a_muscle(dataset: Dataset) -> None:
    assert [g.id for g in dataset.safety.gates_for("soleus")] == ["calf"]
    assert [g.id for g in dataset.safety.gates_for("iliopsoas")] == ["abdomen", "femoral_triangle"]
    assert dataset.safety.gates_for("trapezius") == ()


def test_bad_quality_in_a_rule_names_the_field(tmp_path: Path, regions: RegionCatalogue) -> None:
    path = tmp_path / "red_flags.yaml"
    path.write_text(
        "checklist:\n  - {id: a, question: q, urgency: soon, advice: x}\n"
        "patterns:\n  - id: p\n    title: t\n    advice: x\n    all_of:\n"
        "      - {areas: [calf_upper], quality: [tingly]}\n", encoding="utf-8")
    with pytest.raises(DataError, match="tingly"):
        load_safety(path, regions)


def test_unknown_area_in_a_quality_group_is_named(tmp_path: Path,
                                                  regions: RegionCatalogue) -> None:
    path = tmp_path / "red_flags.yaml"
    path.write_text(
        "checklist:\n  - {id: a, question: q, urgency: soon, advice: x}\n"
        "patterns:\n  - id: p\n    title: t\n    advice: x\n    all_of:\n"
        "      - {areas: [calf_uper], quality: [numb]}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"all_of\[0\]\.areas\[0\].*calf_upper"):
        load_safety(path, regions)


def test_gate_with_unknown_muscle_is_named(tmp_path: Path, regions: RegionCatalogue) -> None:
    path = tmp_path / "red_flags.yaml"
    path.write_text(
        "checklist:\n  - {id: a, question: q, urgency: soon, advice: x}\n"
        "gates:\n  - {id: g, title: t, muscles: [solues], questions: [q?], advice: x}\n",
        encoding="utf-8")
    with pytest.raises(DataError, match=r"gates\[0\]\.muscles\[0\].*soleus"):
        load_safety(path, regions, muscles=["soleus", "gastrocnemius"])


def test_a_source_citing_an_unlisted_reference_is_named(tmp_path: Path,
                                                        regions: RegionCatalogue) -> None:
    path = tmp_path / "red_flags.yaml"
    path.write_text(
        "references: {FIN20: 'Finucane 2020'}\n"
        "checklist:\n  - {id: a, question: q, urgency: soon, advice: x, source: '[FIN02]'}\n",
        encoding="utf-8")
    with pytest.raises(DataError, match=r"checklist\[0\]\.source.*\[FIN02\].*FIN20"):
        load_safety(path, regions)


def test_cite_resolves_tags_once_in_order(dataset: Dataset) -> None:
    cited = dataset.safety.cite("[FIN20] cauda equina; [NG59]; again [FIN20]")
    assert len(cited) == 2
    assert cited[0].startswith("Finucane LM") and cited[1].startswith("NICE guideline NG59")
