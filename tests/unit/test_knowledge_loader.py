"""Every kind of bad muscle file gives an error naming the file, the field and the value."""

from __future__ import annotations

import shutil
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest
import yaml

from bodymap.domain.dataset import Dataset
from bodymap.domain.errors import DataError
from bodymap.domain.knowledge import load_knowledge, load_muscle
from bodymap.domain.regions import RegionCatalogue, Side


@pytest.fixture
def muscle_dir(tmp_path: Path, data_dir: Path) -> Path:
    folder = tmp_path / "muscles"
    folder.mkdir()
    for name in ("gluteus_medius", "quadratus_lumborum"):
        shutil.copy(data_dir / "muscles" / f"{name}.yaml", folder)
    return folder


def _edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")


def _problems(folder: Path, regions: RegionCatalogue) -> str:
    with pytest.raises(DataError) as info:
        load_knowledge(folder, regions)
    return str(info.value)


def test_seed_muscles_load_with_both_sides(muscle_dir: Path, regions: RegionCatalogue) -> None:
    kb = load_knowledge(muscle_dir, regions)
    gmed = kb.muscle("gluteus_medius")
    left = gmed.points_on(Side.LEFT)
    right = gmed.points_on(Side.RIGHT)
    assert len(left) == len(right) >= 3
    for lt, rt in zip(left, right, strict=True):
        assert lt.region.startswith("left.") and rt.region.startswith("right.")
        assert {r.replace("left.", "right.", 1) if r.startswith("left.")
                else r.replace("right.", "left.", 1) for r in lt.essential} == rt.essential


def test_malformed_yaml_names_file_and_line(muscle_dir: Path, regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    path.write_text("id: gluteus_medius\nname: [unclosed\n", encoding="utf-8")
    msg = _problems(muscle_dir, regions)
    assert "gluteus_medius.yaml" in msg and "line" in msg and "malformed YAML" in msg


def test_unknown_field_is_named(muscle_dir: Path, regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    _edit(path, lambda raw: raw["trigger_points"][0].update(essentail=["sacrum"]))
    msg = _problems(muscle_dir, regions)
    assert "gluteus_medius.yaml: trigger_points[0].essentail: unknown field" in msg


def test_wrong_type_is_named_with_value(muscle_dir: Path, regions: RegionCatalogue) -> None:
    path = muscle_dir / "quadratus_lumborum.yaml"
    _edit(path, lambda raw: raw["trigger_points"][0].update(prevalence="often"))
    msg = _problems(muscle_dir, regions)
    assert "quadratus_lumborum.yaml: trigger_points[0].prevalence" in msg
    assert "'often'" in msg


def test_dangling_area_is_named_with_suggestion(muscle_dir: Path,
                                                regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    _edit(path, lambda raw: raw["trigger_points"][1].update(essential=["butock"]))
    msg = _problems(muscle_dir, regions)
    assert "trigger_points[1].essential[0]: unknown area" in msg
    assert "'butock'" in msg and "buttock" in msg


def test_empty_essential_zone_is_refused(muscle_dir: Path, regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    _edit(path, lambda raw: raw["trigger_points"][0].update(essential=[]))
    assert "trigger_points[0].essential" in _problems(muscle_dir, regions)


def test_id_must_match_file_name(muscle_dir: Path, regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    _edit(path, lambda raw: raw.update(id="gluteus_med"))
    assert "id: must equal the file name 'gluteus_medius'" in _problems(muscle_dir, regions)


def test_non_utf8_file(muscle_dir: Path, regions: RegionCatalogue) -> None:
    (muscle_dir / "gluteus_medius.yaml").write_bytes(b"id: gluteus_medius\nname: \xff\xfe\n")
    assert "not UTF-8" in _problems(muscle_dir, regions)


def test_huge_file_is_refused_without_parsing(muscle_dir: Path,
                                              regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    path.write_text("# padding\n" * 300_000, encoding="utf-8")
    assert "more than the" in _problems(muscle_dir, regions)


def test_top_level_must_be_a_mapping(muscle_dir: Path, regions: RegionCatalogue) -> None:
    (muscle_dir / "gluteus_medius.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    assert "expected a mapping" in _problems(muscle_dir, regions)


def test_every_broken_file_is_reported_at_once(muscle_dir: Path,
                                               regions: RegionCatalogue) -> None:
    _edit(muscle_dir / "gluteus_medius.yaml", lambda raw: raw.update(group="hips"))
    _edit(muscle_dir / "quadratus_lumborum.yaml", lambda raw: raw.pop("sources"))
    msg = _problems(muscle_dir, regions)
    assert "gluteus_medius.yaml: group" in msg
    assert "quadratus_lumborum.yaml: sources: required field is missing" in msg


def test_area_in_both_zones_is_refused(muscle_dir: Path, regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    _edit(path, lambda raw: raw["trigger_points"][0].update(spillover=["sacrum"]))
    assert "already in essential" in _problems(muscle_dir, regions)


def test_stretch_needs_steps_or_reason(muscle_dir: Path, regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    _edit(path, lambda raw: raw.update(stretch={"name": "x"}))
    assert "stretch" in _problems(muscle_dir, regions)


def test_single_file_loads(data_dir: Path, regions: RegionCatalogue) -> None:
    m = load_muscle(data_dir / "muscles" / "quadratus_lumborum.yaml", regions)
    assert m.name.lower().startswith("quadratus")
    assert "QL" in m.aliases


def test_unverified_notes_are_optional_and_checked(muscle_dir: Path,
                                                   regions: RegionCatalogue) -> None:
    path = muscle_dir / "gluteus_medius.yaml"
    _edit(path, lambda raw: raw.pop("unverified", None))
    assert load_knowledge(muscle_dir, regions).muscle("gluteus_medius").unverified == ()
    _edit(path, lambda raw: raw.update(unverified=["The chapter number was not confirmed."]))
    gmed = load_knowledge(muscle_dir, regions).muscle("gluteus_medius")
    assert gmed.unverified == ("The chapter number was not confirmed.",)
    _edit(path, lambda raw: raw.update(unverified=["  "]))
    text = _problems(muscle_dir, regions)
    assert "gluteus_medius.yaml" in text and "unverified" in text


def test_trigger_points_are_hashable_values(dataset: Dataset) -> None:
    points = list(dataset.knowledge.trigger_points.values())
    assert len(set(points)) == len(points)
    tp = points[0]
    assert {tp: 1}[replace(tp)] == 1
    with pytest.raises(FrozenInstanceError):
        tp.id = "other"  # type: ignore[misc]
