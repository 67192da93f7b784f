"""The texts the Qt-free layers mark for translation reach the catalogue, and translate well.

The domain, store, session and scene never import Qt: they mark texts with
``QT_TRANSLATE_NOOP(context, text)`` or pass literals to a ``translate`` argument. These tests
read the sources themselves (not the catalogue) to list every marked text, then check that
``pyside6-lupdate`` collects exactly those from the same files, and that each one is in
``translations/bodymap_es.ts`` with a finished Spanish translation that keeps its
``{placeholders}``.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

REPO = Path(__file__).resolve().parents[2]
QT_FREE = ("domain", "store", "session", "scene")
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def _sources() -> list[Path]:
    return sorted(p for layer in QT_FREE for p in (REPO / "bodymap" / layer).rglob("*.py"))


def _marked(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP or translate call with literal arguments."""
    found: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else \
            func.attr if isinstance(func, ast.Attribute) else ""
        context, text = node.args[:2]
        if name in ("QT_TRANSLATE_NOOP", "translate") \
                and isinstance(context, ast.Constant) and isinstance(context.value, str) \
                and isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.add((context.value, text.value))
    return found


def _catalogue(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, its type: None when finished)."""
    root = ElementTree.parse(ts).getroot()
    assert root is not None
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source") or "")] = (translation.text or "",
                                                             translation.get("type"))
    return out


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_the_qt_free_layers_mark_the_sentences_they_build() -> None:
    """The domain's sentences are marked where they are written (a guard against going back
    to f-strings): the explanation, the per-point lines, the qualities, the store's errors."""
    marked = {pair for path in _sources() for pair in _marked(path)}
    contexts = {context for context, _ in marked}
    assert {"Wording", "Hypothesis", "Qualities", "Store", "Knowledge", "Session",
            "Scene", "Layout", "Search", "Changes"} <= contexts
    assert ("Wording", "Explains {regions}") in marked
    assert ("Qualities", "Numbness in {regions}.") in marked
    assert ("Store", "a client needs a name") in marked


def test_every_marked_text_is_in_the_spanish_catalogue_finished_with_its_placeholders(
) -> None:
    catalogue = _catalogue(REPO / "translations" / "bodymap_es.ts")
    problems = []
    for path in _sources():
        for context, text in sorted(_marked(path)):
            entry = catalogue.get((context, text))
            where = f"{path.relative_to(REPO)}: [{context}] {text!r}"
            if entry is None:
                problems.append(f"{where} is not in bodymap_es.ts: run `make tr-update`")
            elif entry[1] is not None:
                problems.append(f"{where} is {entry[1]} in bodymap_es.ts")
            elif _placeholders(entry[0]) != _placeholders(text):
                problems.append(f"{where}: the translation {entry[0]!r} changes the "
                                "placeholders")
    assert problems == []


def test_no_translation_loses_or_invents_a_placeholder() -> None:
    """A translation that drops {regions} or renames it would raise KeyError (or say less)
    when the window fills it; every finished message of every catalogue keeps them."""
    for ts in sorted((REPO / "translations").glob("bodymap_*.ts")):
        wrong = [(context, source, text) for (context, source), (text, kind)
                 in _catalogue(ts).items()
                 if kind is None and _placeholders(text) != _placeholders(source)]
        assert wrong == [], ts.name


def _lupdate() -> str | None:
    beside_python = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_collects_the_marks_of_the_modules_without_qt(tmp_path: Path) -> None:
    """The seam works only if lupdate reads QT_TRANSLATE_NOOP and translate() in modules
    that never import Qt; it does, and finds exactly what the sources mark."""
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "probe.ts"
    sources = [str(p) for p in _sources()]
    subprocess.run([lupdate, "-silent", "-extensions", "py", *sources, "-ts", str(ts)],
                   check=True, timeout=120, capture_output=True)
    collected = set(_catalogue(ts))
    marked = {pair for path in _sources() for pair in _marked(path)}
    assert collected == marked
