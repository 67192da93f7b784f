"""bodymap.userdirs gives the folders platformdirs gives, without importing it at start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from bodymap import userdirs

KINDS = {"data": platformdirs.user_data_dir, "cache": platformdirs.user_cache_dir,
         "log": platformdirs.user_log_dir}
XDG = ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")

CASES: list[tuple[str, dict[str, str | None]]] = [
    ("nothing set", {}),
    ("absolute XDG folders", {"XDG_DATA_HOME": "/srv/d", "XDG_CACHE_HOME": "/srv/c/",
                              "XDG_STATE_HOME": "/srv/s"}),
    ("empty XDG values", {"XDG_DATA_HOME": "", "XDG_CACHE_HOME": "", "XDG_STATE_HOME": ""}),
    ("relative XDG values", {"XDG_DATA_HOME": "rel/d", "XDG_CACHE_HOME": "./c",
                             "XDG_STATE_HOME": "~/s"}),
    ("home with a trailing slash", {"HOME": "/home/ana/"}),
    ("home at the root", {"HOME": "/"}),
    ("relative home", {"HOME": "ana"}),
    ("no home", {"HOME": None}),
]


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG rules are worked out on Linux")
@pytest.mark.parametrize(("case", "env"), CASES, ids=[c for c, _ in CASES])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_folders_are_platformdirs_own(monkeypatch: pytest.MonkeyPatch, case: str,
                                          env: dict[str, str | None], kind: str) -> None:
    monkeypatch.setenv("HOME", "/home/ana")
    for name in XDG:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert userdirs.user_dir(kind) == KINDS[kind]("bodymap"), case


def test_a_start_does_not_import_platformdirs() -> None:
    """Where the rules are worked out here, the module that states them is not imported."""
    code = ("import sys; from bodymap import logs, resources; from bodymap.domain import bundle;"
            "logs.log_dir(); resources.default_db_path(); bundle.cache_dir();"
            "print('platformdirs' in sys.modules)")
    env = {"HOME": "/home/ana", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == ("False" if sys.platform == "linux" else "True")


@pytest.mark.parametrize("value", ["a folder", "", None])
def test_the_cache_folder_is_the_override_when_one_is_given(
        value: str | None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The dataset bundle and the system check's note both go to ``cache_dir()``:
    $BODYMAP_CACHE_DIR when set and not empty, else the user cache folder."""
    from bodymap import system_check
    from bodymap.domain import bundle

    if value == "a folder":
        value = str(tmp_path / "sandbox")
    if value is None:
        monkeypatch.delenv(userdirs.CACHE_ENV, raising=False)
    else:
        monkeypatch.setenv(userdirs.CACHE_ENV, value)
    expected = value or platformdirs.user_cache_dir("bodymap")
    assert userdirs.cache_dir() == expected
    assert bundle.cache_dir() == Path(expected)
    assert system_check._ok_stamp("window").parent == Path(expected)
