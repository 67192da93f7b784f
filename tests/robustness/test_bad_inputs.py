"""Every loader refuses broken data with a DataError naming the file (and field or line).

Each case copies the shipped data/ and assets/ into tmp_path and breaks one thing. The
loader must raise DataError quickly, never expand entities or leak file contents, and
`bodymap validate --data DIR` must exit 1 with the same message and no traceback.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bodymap import cli, resources
from bodymap.domain.atlas import load_atlas
from bodymap.domain.dataset import load_dataset
from bodymap.domain.errors import DataError
from bodymap.domain.regions import RegionCatalogue, load_regions

#: A few muscles keep each full load fast; any subset of the shipped muscles is valid data.
KEEP_MUSCLES = ("gluteus_medius", "piriformis", "quadratus_lumborum")
MUSCLE = "data/muscles/piriformis.yaml"
QUICK = 3.0  # seconds: a refusal is immediate; anything slower is parsing what it should not
PASSWD_MARKERS = ("root:x:", "/bin/bash", "/usr/sbin/nologin")


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    shutil.copytree(resources.data_dir(), tmp_path / "data",
                    ignore=shutil.ignore_patterns("*.yaml~"))
    shutil.copytree(resources.assets_dir(), tmp_path / "assets")
    for path in (tmp_path / "data" / "muscles").glob("*.yaml"):
        if path.stem not in KEEP_MUSCLES:
            path.unlink()
    return tmp_path


def _text(root: Path, rel: str) -> str:
    return (root / rel).read_text(encoding="utf-8")


def _write(root: Path, rel: str, text: str) -> None:
    (root / rel).write_text(text, encoding="utf-8")


def _replace(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        text = _text(root, rel)
        assert old in text, f"test setup: {old!r} not in {rel}"
        _write(root, rel, text.replace(old, new, 1))
    return change


def _append(rel: str, extra: str) -> Callable[[Path], None]:
    return lambda root: _write(root, rel, _text(root, rel) + extra)


def _content(rel: str, data: bytes) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        (root / rel).write_bytes(data)
    return change


def _deep_nesting(root: Path) -> None:
    # 1 MB, under the size limit: a parser that recurses per level overflows the stack
    _write(root, "data/model.yaml", "credit: " + "[" * 200_000 + "]" * 200_000 + "\n")


def _alias_bomb(levels: int) -> bytes:
    """YAML's billion laughs: 10**levels strings from a few hundred bytes of aliases."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, levels)]
    return ("\n".join(lines) + "\n").encode()


def _duplicate_trigger_point(root: Path) -> None:
    import copy

    import yaml

    raw = yaml.safe_load(_text(root, MUSCLE))
    # a deep copy: a shared sub-object would be dumped as a YAML alias, refused on its own
    raw["trigger_points"].append(copy.deepcopy(raw["trigger_points"][0]))
    _write(root, MUSCLE, yaml.safe_dump(raw, sort_keys=False, allow_unicode=True))


# (case id, how to break the copy, file named in the message, field/line named, or None)
YAML_CASES: list[tuple[str, Callable[[Path], None], str, str | None]] = [
    ("regions-malformed", _replace("data/regions.yaml", "groups:", "groups: [\n"),
     "regions.yaml", "line "),
    ("model-malformed", _append("data/model.yaml", "\ncredit: {essential: 1\n"),
     "model.yaml", "line "),
    ("muscle-malformed", _replace(MUSCLE, "\nname:", "\nname: [unclosed"),
     "piriformis.yaml", "line "),
    ("adjacency-malformed", _append("data/adjacency.yaml", "- [left.achilles\n"),
     "adjacency.yaml", "line "),
    ("red-flags-malformed", _replace("data/red_flags.yaml", "\nchecklist:\n", "\nchecklist: {\n"),
     "red_flags.yaml", "line "),
    ("model-wrong-type", _replace("data/model.yaml", "coverage_power: 2.0",
                                  "coverage_power: high"),
     "model.yaml", "coverage_power"),
    ("muscle-wrong-type", _replace(MUSCLE, "\nname:", "\nname: [1, 2]\nold_name:"),
     "piriformis.yaml", "name"),
    ("regions-wrong-type", _replace("data/regions.yaml", "groups:", "groups: 7\nold_groups:"),
     "regions.yaml", "groups"),
    ("red-flags-wrong-urgency", _replace("data/red_flags.yaml", "    urgency: emergency",
                                         "    urgency: whenever"),
     "red_flags.yaml", "checklist[0].urgency"),
    ("model-unknown-field", _append("data/model.yaml", "\ncoverage_powr: 2\n"),
     "model.yaml", "coverage_powr"),
    ("muscle-unknown-field", _append(MUSCLE, "\ncolour: red\n"), "piriformis.yaml", "colour"),
    ("red-flags-unknown-field", _replace("data/red_flags.yaml", "    urgency: emergency",
                                         "    urgency: emergency\n    colour: red"),
     "red_flags.yaml", "checklist[0].colour"),
    ("regions-unknown-field", _append("data/regions.yaml", "\ncolours: {}\n"),
     "regions.yaml", "colours"),
    ("adjacency-unknown-field", _append("data/adjacency.yaml", "pair: [left.a, left.b]\n"),
     "adjacency.yaml", "pair"),
    ("muscle-dangling-area", _replace(MUSCLE, "essential: [", "essential: [no_such_area, "),
     "piriformis.yaml", "essential[0]"),
    ("adjacency-dangling-region", _replace("data/adjacency.yaml", "- [left.achilles,",
                                           "- [left.achiles,"),
     "adjacency.yaml", "pairs[0]"),
    ("red-flags-dangling-region", lambda root: _write(
        root, "data/red_flags.yaml",
        _text(root, "data/red_flags.yaml").replace("all_of:\n", "all_of:\n      - [left.no_such]\n",
                                                   1)),
     "red_flags.yaml", "all_of[0][0]"),
    ("muscle-id-not-file-name", _replace(MUSCLE, "id: piriformis", "id: piriform"),
     "piriformis.yaml", "id"),
    ("muscle-duplicate-trigger-point", lambda root: _duplicate_trigger_point(root),
     "piriformis.yaml", "trigger_points["),
    ("muscle-huge", _append(MUSCLE, "\n# " + "x" * 2_100_000 + "\n"),
     "piriformis.yaml", None),
    ("regions-not-utf8", _content("data/regions.yaml", b"groups:\n  head: T\xeate\n"),
     "regions.yaml", None),
    ("muscle-not-utf8", _content(MUSCLE, b"\xff\xfe\x00i\x00d\x00"), "piriformis.yaml", None),
    ("model-empty", _content("data/model.yaml", b""), "model.yaml", None),
    ("regions-empty", _content("data/regions.yaml", b""), "regions.yaml", None),
    ("muscle-empty", _content(MUSCLE, b""), "piriformis.yaml", None),
    ("adjacency-empty", _content("data/adjacency.yaml", b""), "adjacency.yaml", None),
    ("red-flags-bare-string", _content("data/red_flags.yaml", b"just some words\n"),
     "red_flags.yaml", None),
    ("model-bare-list", _content("data/model.yaml", b"- 1\n- 2\n"), "model.yaml", None),
    ("muscle-bare-list", _content(MUSCLE, b"- id: piriformis\n"), "piriformis.yaml", None),
    ("adjacency-bare-string", _content("data/adjacency.yaml", b"pairs\n"), "adjacency.yaml",
     None),
    ("model-negative", _replace("data/model.yaml", "intensity_floor: 0.5",
                                "intensity_floor: -0.5"),
     "model.yaml", "intensity_floor"),
    ("model-negative-power", _replace("data/model.yaml", "coverage_power: 2.0",
                                      "coverage_power: -1.0"),
     "model.yaml", "coverage_power"),
    ("model-python-tag", _content("data/model.yaml",
                                  b"!!python/object/apply:os.system ['echo pwned']\n"),
     "model.yaml", None),
    ("model-missing", lambda root: (root / "data/model.yaml").unlink(), "model.yaml", None),
    ("muscles-folder-missing", lambda root: shutil.rmtree(root / "data/muscles"),
     "muscles", None),
]


def _run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _assert_refused(message: str, file: str, field: str | None) -> None:
    assert file in message, f"message does not name {file}: {message}"
    if field is not None:
        assert field in message, f"message does not name {field!r}: {message}"
    assert "Traceback" not in message
    for marker in PASSWD_MARKERS:
        assert marker not in message, "file contents leaked into the message"


def test_the_copied_data_is_valid(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The baseline every case breaks one thing of: it loads and validates."""
    load_dataset(copy / "data", copy / "assets")
    code, out, _ = _run_cli(capsys, "validate", "--data", str(copy / "data"))
    assert code == 0 and out.startswith("OK:")


@pytest.mark.parametrize(("change", "file", "field"),
                         [pytest.param(c, f, fld, id=name) for name, c, f, fld in YAML_CASES])
def test_broken_data_file_is_refused_with_file_and_field(
        copy: Path, capsys: pytest.CaptureFixture[str], change: Callable[[Path], None],
        file: str, field: str | None) -> None:
    change(copy)
    start = time.perf_counter()
    with pytest.raises(DataError) as info:
        load_dataset(copy / "data", copy / "assets")
    assert time.perf_counter() - start < QUICK, "the loader took too long to refuse the file"
    _assert_refused(str(info.value), file, field)
    assert all(p.file.name in str(info.value) for p in info.value.problems)

    code, out, err = _run_cli(capsys, "validate", "--data", str(copy / "data"))
    assert code == 1, (code, out, err)
    _assert_refused(err, file, field)
    assert "problem(s) found in" in err


def test_alias_bomb_is_refused_quickly_through_the_real_command(copy: Path) -> None:
    """A 400-byte YAML file that expands to a billion strings must not hang `validate`."""
    (copy / MUSCLE).write_bytes(_alias_bomb(9))
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "bodymap", "validate", "--data", str(copy / "data")],
            capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail("`bodymap validate` was still expanding the YAML aliases after 10 s")
    assert proc.returncode == 1
    _assert_refused(proc.stderr, "piriformis.yaml", None)


def test_deeply_nested_yaml_is_refused_without_crashing(copy: Path) -> None:
    """1 MB of nested brackets: a DataError, not a RecursionError or a crashed interpreter.

    Run in a child process: today this kills the interpreter (SIGSEGV), which would take the
    whole test session down with it.
    """
    _deep_nesting(copy)
    proc = subprocess.run(
        [sys.executable, "-m", "bodymap", "validate", "--data", str(copy / "data")],
        capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, f"exit status {proc.returncode}: {proc.stderr[-500:]}"
    _assert_refused(proc.stderr, "model.yaml", None)


# ---------------------------------------------------------------- SVG assets

def _svg(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 800">{body}</svg>\n'
            ).encode()


def _with_region_d(root: Path, d: str) -> None:
    """Replace the d of the first region of the front view."""
    import re

    path = root / "assets/front.svg"
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(r'(class="region" d=")[^"]*"', lambda m: f'{m.group(1)}{d}"', text, count=1)
    assert n == 1, "test setup: no region path found"
    path.write_text(new, encoding="utf-8")


_ENTITY = _svg('<path id="left.temple" class="region" d="M0 0 L1 0 L1 1 Z"/><desc>&x;</desc>',
               '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n')
_LAUGHS = _svg("<desc>&lol9;</desc>", "<!DOCTYPE svg [\n" + '<!ENTITY lol "lol">\n' + "".join(
    f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">\n' for i in range(1, 10)
) + "]>\n")

SVG_CASES: list[tuple[str, Callable[[Path], None], str, str | None]] = [
    ("external-entity", _content("assets/front.svg", _ENTITY), "front.svg", "unsafe XML"),
    ("billion-laughs", _content("assets/back.svg", _LAUGHS), "back.svg", "unsafe XML"),
    ("not-xml", _content("assets/soles.svg", b"this is not <xml at all"), "soles.svg", "line 1"),
    ("truncated", lambda root: _content("assets/left.svg", (
        root / "assets/left.svg").read_bytes()[:3000])(root), "left.svg", "line "),
    ("empty", _content("assets/front.svg", b""), "front.svg", None),
    ("not-utf8", _content("assets/front.svg", _svg("<desc>caf\xe9</desc>").replace(
        "café".encode(), b"caf\xe9")), "front.svg", "line "),
    ("not-svg", _content("assets/front.svg", b"<html><body/></html>"), "front.svg",
     "not an SVG"),
    ("bad-viewbox", _content("assets/front.svg", _svg("").replace(b"0 0 400 800", b"big")),
     "front.svg", "viewBox"),
    ("unknown-region", _replace("assets/front.svg", 'id="left.ankle_front"',
                                'id="left.ankle_frnt"'),
     "front.svg", "left.ankle_frnt"),
    ("region-twice", lambda root: _write(root, "assets/front.svg", _text(
        root, "assets/front.svg").replace("</g>", '<path id="left.ankle_front" class="region" '
                                          'd="M0 0 L1 0 L1 1 Z"/></g>', 1)),
     "front.svg", "left.ankle_front"),
    ("arc-command", lambda root: _with_region_d(root, "M10 10 A 5 5 0 0 1 20 20 Z"),
     "front.svg", "arcs are not supported"),
    ("garbage-d", lambda root: _with_region_d(root, "M10 10 L 20 banana Z"),
     "front.svg", "left.ankle_front"),
    ("empty-d", lambda root: _with_region_d(root, ""), "front.svg", "left.ankle_front"),
    ("infinite-coordinates", lambda root: _with_region_d(root, "M0 0 L1e400 0 L0 10 Z"),
     "front.svg", "left.ankle_front"),
    ("huge", _append("assets/right.svg", "<!--" + "x" * 5_100_000 + "-->"), "right.svg", None),
    ("missing", lambda root: (root / "assets/soles.svg").unlink(), "soles.svg", "missing"),
]


@pytest.fixture(scope="module")
def shipped_regions() -> RegionCatalogue:
    return load_regions(resources.data_dir() / "regions.yaml")


@pytest.mark.parametrize(("change", "file", "field"),
                         [pytest.param(c, f, fld, id=name) for name, c, f, fld in SVG_CASES])
def test_broken_svg_is_refused_with_file_and_place(
        copy: Path, shipped_regions: RegionCatalogue, change: Callable[[Path], None],
        file: str, field: str | None) -> None:
    change(copy)
    start = time.perf_counter()
    with pytest.raises(DataError) as info:
        load_atlas(copy / "assets", copy / "data", shipped_regions)
    assert time.perf_counter() - start < QUICK
    _assert_refused(str(info.value), file, field)
    assert "lollol" not in str(info.value), "an entity was expanded"


@pytest.mark.parametrize("case", ["external-entity", "not-xml", "empty-d", "missing"])
def test_app_refuses_to_start_on_a_broken_asset(
        copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        case: str) -> None:
    """An installed copy with a broken SVG: the command exits 1 naming it, no traceback."""
    _, change, file, field = next(c for c in SVG_CASES if c[0] == case)
    change(copy)
    monkeypatch.setattr(resources, "assets_dir", lambda: copy / "assets")
    code, out, err = _run_cli(capsys, "--data", str(copy / "data"), "regions")
    assert code == 1, (code, out, err)
    assert out == ""
    _assert_refused(err, file, field)
    assert "could not be loaded" in err
