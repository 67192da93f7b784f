"""data/nerves.yaml and data/prevalence.yaml: loaded, mirrored, cross-checked, and every mistake
reported with the file, the field and the value (through `bodymap validate` too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodymap.cli import main
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import Quality
from bodymap.domain.errors import DataError
from bodymap.domain.nerves import load_nerves
from bodymap.domain.prevalence import load_prevalence
from bodymap.domain.regions import Side, mirror_region_id
from tests.data_edits import copy_data, edit_once


def test_shipped_entrapments_are_sided_mirrored_and_name_real_muscles(dataset: Dataset) -> None:
    nerves = {e.id: e for e in dataset.nerves}
    assert len(nerves) >= 12 and len(nerves) % 2 == 0
    sciatic = nerves["sciatic_piriformis.left"]
    twin = nerves["sciatic_piriformis.right"]
    assert sciatic.muscle == "piriformis" and sciatic.side is Side.LEFT
    assert twin.essential == {mirror_region_id(r) for r in sciatic.essential}
    assert Quality.PINS in sciatic.qualities
    for e in nerves.values():
        assert e.muscle in dataset.knowledge.muscles
        assert e.sources
        assert e.essential <= set(dataset.regions) and e.site in dataset.regions


def test_shipped_prevalence_cites_a_study_for_every_figure(dataset: Dataset) -> None:
    ev = dataset.prevalence
    assert ev.active and ev.skipped == ()
    for key, share in ev.active.items():
        muscle, _, point = key.partition(".")
        assert muscle in dataset.knowledge.muscles and point
        assert 0.0 <= share <= 1.0
        assert ev.studies[key] and all("doi" in c or "Eur J Pain" in c for c in ev.studies[key])


def test_nerve_file_mistakes_name_file_field_and_value(tmp_path: Path, data_dir: Path,
                                                      dataset: Dataset) -> None:
    folder = copy_data(data_dir, tmp_path)
    path = folder / "nerves.yaml"
    edit_once(path, "muscle: piriformis", "muscle: piriformus")
    edit_once(path, "site: buttock", "site: butock")
    edit_once(path, "qualities: [pins, numb, burn]", "qualities: [pins, tickle]")
    with pytest.raises(DataError) as info:
        load_nerves(path, dataset.regions, dataset.knowledge)
    text = str(info.value)
    assert "nerves.yaml: entrapments[0].qualities[1]" in text and "tickle" in text
    # the cross-checks run once the file's shape is right
    edit_once(path, "qualities: [pins, tickle]", "qualities: [pins]")
    with pytest.raises(DataError) as info:
        load_nerves(path, dataset.regions, dataset.knowledge)
    text = str(info.value)
    assert "entrapments[0].muscle: unknown muscle" in text and "Did you mean piriformis" in text
    assert "entrapments[0].site: unknown area" in text and "'butock'" in text


def test_prevalence_file_mistakes_name_file_field_and_value(tmp_path: Path, data_dir: Path,
                                                           dataset: Dataset) -> None:
    folder = copy_data(data_dir, tmp_path)
    path = folder / "prevalence.yaml"
    edit_once(path, "trigger_points: [quadratus_lumborum]", "trigger_points: [quadratus_lumborom]")
    edit_once(path, "study: cerezo_tellez_2016", "study: cerezo_2016")
    edit_once(path, "trigger_points: [trapezius.tp1]", "trigger_points: [trapezius.tp9]")
    with pytest.raises(DataError) as info:
        load_prevalence(path, dataset.knowledge)
    text = str(info.value)
    assert "entries[0].trigger_points[0]: unknown muscle" in text
    assert "Did you mean quadratus_lumborum" in text
    assert "study: unknown study" in text and "'cerezo_2016'" in text
    assert "unknown trigger point of trapezius" in text and "'trapezius.tp9'" in text
    edit_once(path, "active: [0.30, 0.55]", "active: [0.55, 0.30]")
    with pytest.raises(DataError) as info:
        load_prevalence(path, dataset.knowledge)
    assert "entries[0].active" in str(info.value) and "low <= high" in str(info.value)


def test_validate_reports_evidence_problems(tmp_path: Path, data_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = copy_data(data_dir, tmp_path)
    edit_once(folder / "nerves.yaml", "muscle: supinator", "muscle: supinater")
    edit_once(folder / "prevalence.yaml", "active: [0.34, 0.45]", "active: [0.34, 4.5]")
    code = main(["validate", "--data", str(folder)])
    err = capsys.readouterr().err
    assert code == 1
    assert "nerves.yaml: entrapments[3].muscle: unknown muscle" in err
    assert "prevalence.yaml: entries[1].active[1]" in err and "4.5" in err


def test_validate_counts_the_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "nerve entrapments" in out and "prevalence" in out


def test_data_folder_without_evidence_files_still_loads(tmp_path: Path, data_dir: Path,
                                                      assets_dir: Path) -> None:
    from bodymap.domain.dataset import load_dataset

    folder = copy_data(data_dir, tmp_path)
    (folder / "nerves.yaml").unlink()
    (folder / "prevalence.yaml").unlink()
    ds = load_dataset(folder, assets_dir)
    assert ds.nerves == () and ds.prevalence.active == {}
    assert ds.referral_model().rank({"left.low_back": 5}).hypotheses


def test_a_data_folder_with_fewer_muscles_skips_their_evidence(tmp_path: Path, data_dir: Path,
                                                              assets_dir: Path) -> None:
    """Any subset of the shipped muscles is valid data; a misspelt muscle is still caught."""
    from bodymap.domain.dataset import load_dataset

    folder = copy_data(data_dir, tmp_path)
    for path in (folder / "muscles").glob("*.yaml"):
        if path.stem not in ("piriformis", "gluteus_medius", "gluteus_minimus"):
            path.unlink()
    ds = load_dataset(folder, assets_dir)
    assert {e.key for e in ds.nerves} == {"sciatic_piriformis"}
    assert "quadratus_lumborum" in ds.prevalence.skipped
    assert set(ds.prevalence.active) == {"gluteus_medius.tp1", "gluteus_medius.tp2",
                                         "gluteus_medius.tp3", "piriformis.lateral",
                                         "piriformis.medial"}
    edit_once(folder / "prevalence.yaml", "trigger_points: [piriformis]",
          "trigger_points: [piriformus]")
    with pytest.raises(DataError, match="Did you mean piriformis"):
        load_dataset(folder, assets_dir)
