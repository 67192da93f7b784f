"""`bodymap query` shows hypotheses (issue 12): JSON shape, qualities, and plain text."""

from __future__ import annotations

import json

import pytest

from bodymap.cli import main

SCIATIC = ("left.buttock,left.thigh_back_upper,left.thigh_back_lower,left.calf_upper,"
           "left.calf_lower,left.heel_pad")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_query_json_lists_hypotheses_with_each_points_part(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--regions",
                       "left.low_back=7,left.iliac_crest=5,left.sacroiliac=6,left.hip_side=5,"
                       "left.lower_buttock=4", "--top", "5", "--json")
    assert code == 0
    result = json.loads(out)
    hyps = result["hypotheses"]
    assert 1 <= len(hyps) <= 5
    top = hyps[0]
    assert set(top) == {"id", "kind", "title", "muscle", "muscle_name", "sides", "nerve",
                        "score", "coverage", "specificity", "trigger_points", "explanation"}
    assert top["id"] == "muscle:quadratus_lumborum:left" and top["kind"] == "muscle"
    assert top["title"] == "Quadratus lumborum (left)" and top["nerve"] is None
    assert len(top["trigger_points"]) >= 2
    assert set(top["trigger_points"][0]["explains"]) == {"essential", "spillover", "local",
                                                         "adjacent"}
    assert set(top["explanation"]) == {"essential", "spillover", "local", "adjacent",
                                       "unexplained", "missing"}
    scores = [h["score"] for h in hyps]
    assert scores == sorted(scores, reverse=True)
    assert result["candidates"] and "combinations" in result   # the older keys stay


def test_query_quality_brings_up_the_nerve(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--regions", SCIATIC, "--quality", "left.calf_lower=pins",
                       "--quality", "left.heel_pad=numb", "--top", "3", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["qualities"] == {"left.calf_lower": "pins", "left.heel_pad": "numb"}
    nerve = next(h for h in result["hypotheses"] if h["kind"] == "nerve")
    assert nerve["nerve"]["id"] == "sciatic_piriformis.left"
    assert nerve["title"] == "May be the sciatic nerve squeezed by piriformis (left)"


def test_query_text_names_hypotheses_and_points(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--regions", "left.temple,left.back_of_neck")
    assert code == 0
    first = out.splitlines()[0]
    assert "Trapezius (left)" in first
    assert "explains your left temple" in out
    code, out, _ = run(capsys, "query", "--regions", "left.low_back,right.low_back", "--top", "3")
    assert ", both sides" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--quality", "left.low_back"], "ID=Q"),
        (["--quality", "left.low_back=tingly"], "one of ache, burn, pins, numb"),
        (["--quality", "left.buttock=pins"], "not in --regions"),
    ],
)
def test_query_quality_mistakes_are_usage_errors(capsys: pytest.CaptureFixture[str],
                                                 argv: list[str], needle: str) -> None:
    code, _, err = run(capsys, "query", "--regions", "left.low_back", *argv)
    assert code == 2 and needle in err
