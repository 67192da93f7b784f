"""Wrong command lines get one clear line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bodymap import cli

LB = "left.low_back"


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse's own errors
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def _prepare(tmp: Path) -> None:
    (tmp / "a_file.txt").write_text("x", encoding="utf-8")
    (tmp / "folder.png").mkdir()


def _cases(tmp: Path) -> list[tuple[list[str], int, str]]:
    """(argv, exit status, text the message must contain); files from _prepare."""
    afile, folder_png = tmp / "a_file.txt", tmp / "folder.png"
    ok_png, ok_pdf = str(tmp / "ok.png"), str(tmp / "ok.pdf")
    return [
        (["--frobnicate", "regions"], 2, "unrecognized arguments: --frobnicate"),
        (["frobnicate"], 2, "invalid choice"),
        (["regions", "--jsn"], 2, "unrecognized arguments"),
        (["--data"], 2, "expected one argument"),
        (["--data", str(tmp / "nowhere"), "regions"], 2, "data folder not found"),
        (["validate", "--data", str(afile)], 2, "data folder not found"),
        (["query"], 2, "--regions"),
        (["query", "--regions", "left.low_bak"], 2, "Did you mean left.low_back"),
        (["query", "--regions", "low_back"], 2, "unknown region 'low_back'"),
        (["query", "--regions", ","], 2, "no regions given"),
        (["query", "--regions", f"{LB}=11"], 2, "must be 1-10"),
        (["query", "--regions", f"{LB}=lots"], 2, "whole number"),
        (["query", "--regions", LB, "--intensity", LB], 2, "ID=N"),
        (["query", "--regions", LB, "--intensity", "left.nowhere=3"], 2, "unknown region"),
        (["query", "--regions", LB, "--top", "many"], 2, "invalid int value: 'many'"),
        (["query", "--regions", LB, "--top", "0"], 2, "--top must be at least 1"),
        (["query", "--regions", LB, "--top", "-3"], 2, "--top"),
        (["screenshot"], 2, "OUT.png"),
        (["screenshot", str(tmp / "missing_dir" / "x.png")], 2, "does not exist"),
        (["screenshot", str(afile / "x.png")], 2, "does not exist"),
        (["screenshot", str(folder_png)], 2, "it is a folder"),
        (["screenshot", str(tmp / "x.jpg")], 2, ".png"),
        (["screenshot", ok_png, "--size", "huge"], 2, "WIDTHxHEIGHT"),
        (["screenshot", ok_png, "--size", "10x10"], 2, "between 200 and 8000"),
        (["screenshot", ok_png, "--select", "left.nowhere"], 2, "unknown region"),
        (["screenshot", ok_png, "--muscle", "piriformes"], 2, "Did you mean piriformis"),
        (["screenshot", ok_png, "--view", "top"], 2, "front-back"),
        (["handout", ok_pdf], 2, "--muscle"),
        (["handout", str(tmp / "missing_dir" / "x.pdf"), "--muscle", "piriformis"], 2,
         "does not exist"),
        (["handout", str(tmp / "x.txt"), "--muscle", "piriformis"], 2, ".pdf"),
        (["handout", ok_pdf, "--muscle", "piriformes"], 2, "Did you mean piriformis"),
        (["handout", ok_pdf, "--muscle", "piriformis", "--select", "x.y"], 2,
         "unknown region"),
    ]


CASE_IDS = [" ".join(argv) for argv, _, _ in _cases(Path("TMP"))]


@pytest.mark.parametrize("index", range(len(CASE_IDS)), ids=CASE_IDS)
def test_bad_command_line_is_a_clear_usage_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], index: int) -> None:
    _prepare(tmp_path)
    argv, status, expected = _cases(tmp_path)[index]
    code, out, err = _run(capsys, argv)
    assert code == status, f"bodymap {' '.join(argv)} exited {code}: {err}"
    assert expected in err, f"bodymap {' '.join(argv)}: {err!r}"
    assert "Traceback" not in err + out
    assert not (tmp_path / "ok.png").exists() and not (tmp_path / "ok.pdf").exists()


@pytest.mark.parametrize("out", ["/proc/bodymap.png", "/proc/bodymap.pdf"])
def test_output_that_cannot_be_written_is_reported(
        capsys: pytest.CaptureFixture[str], out: str) -> None:
    """A folder that refuses the file even to root (procfs): message names the path."""
    argv = ["screenshot", out] if out.endswith(".png") else ["handout", out, "--muscle",
                                                             "piriformis"]
    code, _, err = _run(capsys, argv)
    assert code != 0
    assert out in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ["--frobnicate"],
    ["query", "--regions", "left.low_bak"],
    ["query", "--regions", LB, "--top", "many"],
    ["screenshot", "/nonexistent_dir/x.png"],
    ["screenshot", "bodymap_robustness_never_written.png", "--view", "top"],
])
@pytest.mark.slow
def test_real_process_prints_no_traceback(argv: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "bodymap", *argv], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("bodymap")
    assert proc.stdout == ""
