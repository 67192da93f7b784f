"""The CLI's safety contract: alerts in `query --json`, --symptom, pain qualities in region
arguments, and `bodymap red-flags`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bodymap.cli import main, parse_drawing, parse_pain_drawing
from bodymap.domain.drawing import Quality


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_query_json_has_alerts_with_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--regions",
                       "left.chest,right.upper_arm_inner,left.calf_upper=6:numb",
                       "--symptom", "cancer_history", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["drawing"]["left.calf_upper"] == 6
    assert data["qualities"] == {"left.calf_upper": "numb"}
    alerts = {a["id"]: a for a in data["alerts"]}
    assert set(next(iter(alerts.values()))) == {"id", "urgency", "title", "advice", "because"}
    assert alerts["heart"]["because"] == ["left.chest", "right.upper_arm_inner"]
    assert alerts["heart"]["urgency"] == "urgent"
    assert alerts["cancer_history"]["because"] == ["cancer_history"]
    assert alerts["nerve_root_leg_numb"]["because"] == ["left.calf_upper"]
    ranks = {"emergency": 0, "urgent": 1, "soon": 2}
    assert [ranks[a["urgency"]] for a in data["alerts"]] == \
        sorted(ranks[a["urgency"]] for a in data["alerts"])


def test_query_without_red_flags_has_an_empty_alert_list(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--regions", "left.low_back,left.buttock", "--json")
    assert code == 0
    assert json.loads(out)["alerts"] == []


def test_query_text_prints_alerts_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--regions", "left.sternum",
                       "--symptom", "chest_breathless,chest_exertion")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("!! EMERGENCY: Chest pain or tightness with breathlessness")
    assert any(line.startswith("!! URGENT: Pain in the centre of the chest") for line in lines)


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--symptom", "cancer"], "unknown symptom 'cancer'. Did you mean cancer_history?"),
        (["--symptom", "fever,", "--symptom", "feverr"], "unknown symptom 'feverr'"),
    ],
)
def test_unknown_symptom_exits_2_with_a_suggestion(capsys: pytest.CaptureFixture[str],
                                                   argv: list[str], says: str) -> None:
    code, out, err = run(capsys, "query", "--regions", "left.low_back", *argv)
    assert code == 2
    assert says in err
    assert "bodymap red-flags" in err
    assert out == ""


@pytest.mark.parametrize(
    ("regions", "says"),
    [
        ("left.calf_upper=6:numbb", "unknown pain quality 'numbb' for left.calf_upper. "
         "Did you mean numb?"),
        ("left.calf_upper:tingly", "(one of ache, burn, pins, numb)"),
        ("left.calf_upper=11:numb", "must be 1-10, got 11"),
        ("left.calff=6:numb", "unknown region 'left.calff'"),
    ],
)
def test_bad_quality_or_intensity_exits_2_naming_the_value(
        capsys: pytest.CaptureFixture[str], regions: str, says: str) -> None:
    code, _, err = run(capsys, "query", "--regions", regions)
    assert code == 2
    assert says in err
    assert "Traceback" not in err


def test_region_arguments_take_an_optional_intensity_and_quality() -> None:
    known = ["left.calf_upper", "left.heel_pad", "left.low_back"]
    drawing = parse_pain_drawing("left.calf_upper=6:numb,left.heel_pad:burn,left.low_back",
                                 ["left.low_back=8:pins"], known)
    assert drawing.as_dict() == {"left.calf_upper": 6, "left.heel_pad": 5, "left.low_back": 8}
    assert drawing.qualities == {"left.calf_upper": Quality.NUMB,
                                 "left.heel_pad": Quality.BURN,
                                 "left.low_back": Quality.PINS}
    # the intensity-only helper the screenshot command uses still returns plain numbers
    assert parse_drawing("left.calf_upper=6:numb", [], known) == {"left.calf_upper": 6}


def test_red_flags_json_lists_every_rule_with_urgency_and_source(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "red-flags", "--json")
    assert code == 0
    data = json.loads(out)
    assert {"references", "checklist", "patterns", "gates"} <= set(data)
    for section in ("checklist", "patterns", "gates"):
        for rule in data[section]:
            assert rule["source"], rule["id"]
            assert rule["cites"], rule["id"]
            assert all(c in data["references"].values() for c in rule["cites"])
    for section in ("checklist", "patterns"):
        for rule in data[section]:
            assert rule["urgency"] in {"emergency", "urgent", "soon"}
    ids = {r["id"] for r in data["checklist"]}
    assert {"cancer_history", "neck_artery", "giant_cell_arteritis", "chest_exertion",
            "aortic_aneurysm", "inflammatory_back_pain", "injected_drugs"} <= ids
    numb = next(p for p in data["patterns"] if p["id"] == "nerve_root_leg_numb")
    assert numb["all_of"][0]["quality"] == ["numb", "pins"]


def test_red_flags_text_lists_rules_and_references(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "red-flags")
    assert code == 0
    assert "saddle_numbness" in out and "emergency" in out
    assert "nerve_root_leg" in out
    assert "[FIN20] Finucane LM" in out


def test_handout_accepts_a_quality_in_select(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    # what the PDF says about qualities is checked on its HTML in test_safety_texts.py
    out_pdf = tmp_path / "h.pdf"
    code, _, err = run(capsys, "handout", "--muscle", "soleus",
                         "--select", "left.calf_lower=6:numb", str(out_pdf))
    assert code == 0, err
    assert out_pdf.stat().st_size > 1000
