"""The CLI contract: JSON shapes others rely on, and clear errors without tracebacks."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bodymap import cli
from bodymap.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_regions_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "regions", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 222
    assert set(rows[0]) == {"id", "label", "side", "area", "group", "views"}
    temple = next(r for r in rows if r["id"] == "left.temple")
    assert temple["label"] == "Left temple" and temple["side"] == "left"
    assert all(r["views"] for r in rows)


def test_muscles_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "muscles", "--json")
    assert code == 0
    rows = json.loads(out)
    ql = next(r for r in rows if r["id"] == "quadratus_lumborum")
    assert set(ql) == {"id", "name", "aliases", "group", "outline", "trigger_points"}
    assert "QL" in ql["aliases"]
    tp = ql["trigger_points"][0]
    assert set(tp) == {"id", "region", "essential", "spillover", "markers"}


def test_query_json_ranks_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--regions", "left.low_back,left.buttock",
                       "--intensity", "left.low_back=8", "--top", "5", "--json")
    assert code == 0
    result = json.loads(out)
    cands = result["candidates"]
    assert 1 <= len(cands) <= 5
    assert {"muscle", "muscle_name", "trigger_point", "score", "essential",
            "spillover"} <= set(cands[0])
    scores = [c["score"] for c in cands]
    assert scores == sorted(scores, reverse=True)
    assert result["drawing"] == {"left.buttock": 5, "left.low_back": 8}
    assert "explanation" in cands[0] and "combinations" in result


def test_query_text_output_explains(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "query", "--regions", "left.low_back")
    assert code == 0
    assert "Explains your left low back" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["query", "--regions", "left.lowback"], "Did you mean left.low_back"),
        (["query", "--regions", "left.low_back", "--intensity", "left.low_back=11"], "1-10"),
        (["query", "--regions", "left.low_back", "--intensity", "left.low_back"], "ID=N"),
        (["query", "--regions", "left.low_back", "--top", "0"], "--top"),
        (["query", "--regions", ","], "no regions"),
        (["screenshot", "out.txt"], ".png"),
        (["screenshot", "/nonexistent/dir/out.png"], "does not exist"),
        (["screenshot", "x.png", "--size", "big"], "WIDTHxHEIGHT"),
        (["screenshot", "x.png", "--muscle", "trapezuis"], "Did you mean trapezius"),
    ],
)
def test_bad_arguments_exit_2_with_a_hint(capsys: pytest.CaptureFixture[str],
                                          argv: list[str], needle: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert needle in err
    assert "Traceback" not in err


def test_unknown_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_validate_passes_on_shipped_data(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate")
    assert code == 0
    assert out.startswith("OK: 222 regions in 5 views")


def test_validate_names_file_and_field_of_malformed_yaml(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "data"
    shutil.copytree(data_dir, bad)
    path = bad / "muscles" / "gluteus_medius.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("prevalence: very_common",
                                                              "prevalence: [very_common"),
                    encoding="utf-8")
    (bad / "muscles" / "piriformis.yaml").write_text(
        (bad / "muscles" / "piriformis.yaml").read_text(encoding="utf-8")
        .replace("\nname:", "\nnmae:"), encoding="utf-8")
    code, _, err = run(capsys, "validate", "--data", str(bad))
    assert code == 1
    assert "gluteus_medius.yaml: line" in err and "malformed YAML" in err
    assert "piriformis.yaml: nmae: unknown field" in err
    assert "piriformis.yaml: name: required field is missing" in err
    assert "2 problem" in err or "3 problem" in err


def test_missing_data_folder_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", "--data", "/nonexistent")
    assert code == 2 and "data folder not found" in err


@pytest.mark.slow
def test_python_dash_m_runs_the_same_cli() -> None:
    out = subprocess.run([sys.executable, "-m", "bodymap", "query", "--regions",
                          "left.temple", "--json", "--top", "3"],
                         capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(out.stdout)["candidates"]


@pytest.mark.slow
def test_installed_entry_point_reports_bad_region_without_traceback() -> None:
    exe = Path(sys.executable).parent / "bodymap"
    assert exe.exists(), "`make test` installs the package; the entry point must be there"
    out = subprocess.run([str(exe), "query", "--regions", "left.templ"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert "left.temple" in out.stderr and "Traceback" not in out.stderr


def test_window_without_a_display_explains_what_to_do(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys)
    assert code == 1
    assert "no display found" in err and "xvfb-run" in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [
    [], ["--db", "clinic.sqlite3"], ["--lang", "es", "-v"], ["--data", "d", "--db=x"],
    ["--db", "regions"], ["regions", "--json"], ["--bogus"], ["--db"], ["--lang"],
    ["-v", "query", "--regions", "left.temple"], ["--verb"], ["--d", "x"], ["--db="],
    ["--lang=es", "--db", "a", "--db", "b"], ["-vv"], ["--verbose=1"], ["--db", "-x"],
    ["--lang", "-1"], ["--version"], ["-h"], ["stray"], ["--db", "x", "--", "y"],
])
def test_the_window_command_line_reads_as_the_full_parser_reads_it(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Options for the window alone are read without building the seven commands' parser
    (5 ms of every start); the result, or the error and its message, is the full one's."""
    def outcome(parse: Callable[[], argparse.Namespace]) -> tuple[object, str]:
        try:
            result: object = vars(parse())
        except SystemExit as exc:
            result = ("exit", exc.code)
        return result, capsys.readouterr().err

    assert outcome(lambda: cli._parse(argv)) == \
        outcome(lambda: cli._build_parser().parse_args(argv))
