"""The log file: written for every command, rotated, mirrored with --verbose, and free of
personal data (client names, notes)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap import logs
from bodymap.cli import main

REPO = Path(__file__).resolve().parents[2]
CLIENT = "Zebediah Quux-Marlowe"
NOTES = "ulcer history, lives alone"


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("BODYMAP_LOG_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _restore_logging() -> object:
    yield
    for handler in list(logs.log.handlers):
        logs.log.removeHandler(handler)
        handler.close()


def test_default_folder_is_the_user_log_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("BODYMAP_LOG_DIR", raising=False)
    assert logs.log_dir() == Path(platformdirs.user_log_dir("bodymap"))
    assert logs.log_file().name == "bodymap.log"


def test_a_handout_for_a_named_client_logs_no_name_and_no_notes(
        log_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    env = {**os.environ, "BODYMAP_LOG_DIR": str(log_folder)}
    run = subprocess.run([sys.executable, "-m", "bodymap", "handout", str(out), "--muscle", "QL",
                          "--select", "left.low_back=7", "--client", CLIENT, "--notes", NOTES],
                         capture_output=True, text=True, env=env, cwd=REPO, timeout=180,
                         check=False)
    assert run.returncode == 0, run.stderr
    text = (log_folder / "bodymap.log").read_text(encoding="utf-8")
    assert "starting: handout" in text and "handout written" in text
    assert "exit status 0" in text
    for private in (CLIENT, "Zebediah", "Quux", NOTES, "ulcer"):
        assert private not in text
    assert run.stderr == ""  # without --verbose the terminal stays quiet


def test_verbose_mirrors_the_log_on_stderr(log_folder: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--verbose", "validate"]) == 0
    err = capsys.readouterr().err
    assert "starting: validate" in err and "exit status 0" in err
    assert "starting: validate" in (log_folder / "bodymap.log").read_text(encoding="utf-8")


def test_errors_are_logged_without_the_arguments(log_folder: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["handout", "x.pdf", "--muscle", "nosuchmuscle", "--client", CLIENT]) == 2
    text = (log_folder / "bodymap.log").read_text(encoding="utf-8")
    assert "exit status 2" in text
    assert CLIENT not in text and "nosuchmuscle" not in text


def test_the_log_rotates(log_folder: Path) -> None:
    path = logs.setup_logging()
    assert path == log_folder / "bodymap.log"
    record = "x" * 1000
    for i in range(2 * logs.MAX_BYTES // len(record)):
        logs.log.info("%d %s", i, record)
    assert (log_folder / "bodymap.log.1").is_file()
    assert path.stat().st_size <= logs.MAX_BYTES
    assert not (log_folder / f"bodymap.log.{logs.BACKUP_COUNT + 1}").exists()
    # many rotations later: exactly the newest backups are kept, each under the limit, and
    # the records run on without a gap from the oldest kept file to the current one
    for i in range(2 * logs.MAX_BYTES // len(record), 6 * logs.MAX_BYTES // len(record)):
        logs.log.info("%d %s", i, record)
    files = [log_folder / f"bodymap.log.{n}" for n in range(logs.BACKUP_COUNT, 0, -1)]
    files.append(path)
    assert all(f.is_file() and 0 < f.stat().st_size <= logs.MAX_BYTES for f in files)
    assert not (log_folder / f"bodymap.log.{logs.BACKUP_COUNT + 1}").exists()
    numbers = [int(line.split(": ", 1)[1].split()[0]) for f in files
               for line in f.read_text(encoding="utf-8").splitlines() if " x" in line]
    assert numbers == list(range(numbers[0], 6 * logs.MAX_BYTES // len(record)))


def test_an_unwritable_log_folder_does_not_stop_bodymap(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BODYMAP_LOG_DIR", str(blocker / "logs"))
    assert main(["validate"]) == 0
    err = capsys.readouterr().err
    assert "cannot write the log file" in err and "terminal only" in err


def test_home_is_shortened_in_logged_paths() -> None:
    assert logs.short_path(Path.home() / "clinic" / "records.sqlite3") == \
        os.path.join("~", "clinic", "records.sqlite3")
    assert logs.short_path("/srv/clinic.sqlite3") == "/srv/clinic.sqlite3"


def test_setup_twice_keeps_one_file_handler(log_folder: Path) -> None:
    logs.setup_logging()
    logs.setup_logging(verbose=True)
    files = [h for h in logs.log.handlers if isinstance(h, logging.FileHandler)]
    assert len(files) == 1
