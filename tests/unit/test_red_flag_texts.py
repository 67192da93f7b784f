"""Translated red flags (data/i18n/<lang>/red_flags.yaml): the shipped Spanish says every
rule's words and is current, while everything that decides an alert stays the English file's;
a broken file is refused naming file, field and value; a rule a file leaves out stays English
whole and `bodymap validate` names it; an out-of-date file falls back to English and is
reported; the bundle and the command line carry the translation."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from bodymap.cli import main
from bodymap.domain.bundle import decode, encode
from bodymap.domain.dataset import Dataset
from bodymap.domain.drawing import PainDrawing, Quality
from bodymap.domain.errors import DataError
from bodymap.domain.place_names import localize
from bodymap.domain.red_flag_texts import source_hash_of_red_flags
from bodymap.report.handout import handout_html
from tests.data_edits import edit_once, load_copy


def _translation(data: Path) -> Path:
    return data / "i18n" / "es" / "red_flags.yaml"


def test_the_shipped_spanish_says_every_red_flag_and_is_current(dataset: Dataset) -> None:
    english = dataset.safety
    texts = dataset.place_names["es"].safety
    assert texts is not None and dataset.place_names["es"].stale == ()
    assert texts.missing(english) == ()
    es = localize(dataset, "es").safety
    for spanish, source in ((es.checklist, english.checklist), (es.patterns, english.patterns),
                            (es.gates, english.gates)):
        assert [r.id for r in spanish] == [r.id for r in source]
    for flag, en in zip(es.checklist, english.checklist, strict=True):
        assert (flag.urgency, flag.source) == (en.urgency, en.source)
        assert flag.question != en.question and flag.advice != en.advice, flag.id
    for pattern, en_pattern in zip(es.patterns, english.patterns, strict=True):
        assert (pattern.all_of, pattern.sides, pattern.urgency, pattern.source) == \
            (en_pattern.all_of, en_pattern.sides, en_pattern.urgency, en_pattern.source)
        assert pattern.title != en_pattern.title and pattern.advice != en_pattern.advice
    for gate, en_gate in zip(es.gates, english.gates, strict=True):
        assert (gate.muscles, gate.source) == (en_gate.muscles, en_gate.source)
        assert len(gate.questions) == len(en_gate.questions)
        assert gate.title != en_gate.title and gate.advice != en_gate.advice
        # a question is asked as a Spanish question
        assert all(q.startswith("¿") and q.endswith("?") for q in gate.questions), gate.id
    assert es.references == english.references
    # the English rules are untouched
    assert english.checklist[0].question.startswith("Numbness or tingling between the legs")


def test_the_same_drawing_and_ticks_raise_the_same_alerts_in_spanish(
        dataset: Dataset) -> None:
    english, es = dataset.safety, localize(dataset, "es").safety
    drawing = ("left.sternum", "left.upper_arm_inner", "left.calf_upper", "left.low_back")
    ticked = ("saddle_numbness", "fever")
    en_alerts, es_alerts = english.alerts(drawing, ticked), es.alerts(drawing, ticked)
    assert len(en_alerts) >= 3
    assert [(a.id, a.urgency, a.because) for a in es_alerts] == \
        [(a.id, a.urgency, a.because) for a in en_alerts]
    by_id = {a.id: a for a in es_alerts}
    assert by_id["saddle_numbness"].title == es.checklist[0].question
    assert "urgencias" in by_id["saddle_numbness"].advice
    assert by_id["heart"].title == next(p.title for p in es.patterns if p.id == "heart")
    assert es.gates_for("gastrocnemius")[0].title != english.gates_for("gastrocnemius")[0].title
    assert es.watches("left.sternum") and es.checklist_ids == english.checklist_ids


def test_an_unknown_id_and_a_missing_question_are_refused(data_copy: Path) -> None:
    path = _translation(data_copy)
    edit_once(path, "\n  saddle_numbness:\n", "\n  saddle_numb:\n")
    edit_once(path, "\n  kidney:\n", "\n  kidneys:\n")
    # the calf gate's last question dropped
    text = path.read_text(encoding="utf-8")
    calf = re.search(r"\n  calf:\n    title: .*\n    questions:\n((?:      - .*\n)+)", text)
    assert calf is not None
    last = calf.group(1).splitlines(keepends=True)[-1]
    path.write_text(text.replace(calf.group(1), calf.group(1).replace(last, "")),
                    encoding="utf-8")
    with pytest.raises(DataError) as refused:
        load_copy(data_copy)
    text = str(refused.value)
    assert f"{path}: checklist.saddle_numb: not a checklist id of data/red_flags.yaml" in text
    assert "Did you mean saddle_numbness" in text and "(got 'saddle_numb')" in text
    assert f"{path}: patterns.kidneys: not a patterns id of data/red_flags.yaml" in text
    assert f"{path}: gates.calf.questions: has 3 questions where data/red_flags.yaml has 4" \
        in text


def test_a_misspelt_field_is_refused_at_the_command_line(
        data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _translation(data_copy)
    text = path.read_text(encoding="utf-8")
    fever = re.search(r"\n  fever:\n    question: .*\n    advice:", text)
    assert fever is not None
    path.write_text(text.replace(fever.group(0), fever.group(0).replace("advice:", "consejo:")),
                    encoding="utf-8")
    assert main(["validate", "--data", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: checklist.fever.consejo: unknown field" in err
    assert f"{path}: checklist.fever.advice: required field is missing" in err


def test_a_rule_left_out_stays_english_whole_and_validate_names_it(
        data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _translation(data_copy)
    text = path.read_text(encoding="utf-8")
    # drop the fever item (its question and its folded advice)
    text, dropped = re.subn(r"\n  fever:\n    question: .*\n    advice: >-\n(?:      .*\n)+",
                            "\n", text)
    assert dropped == 1
    path.write_text(text, encoding="utf-8")
    english = load_copy(data_copy)
    es = localize(english, "es").safety
    fever = next(f for f in es.checklist if f.id == "fever")
    assert fever == next(f for f in english.safety.checklist if f.id == "fever")
    assert es.checklist[0].question != english.safety.checklist[0].question
    assert main(["validate", "--data", str(data_copy)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("OK: ")
    assert ("warning: i18n/es/red_flags.yaml: these red flags are shown in English in that "
            "language: fever") in captured.err


def test_an_out_of_date_file_falls_back_to_english_and_validate_says_so(
        data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the English advice changes: the Spanish one was made from the old words
    edit_once(data_copy / "red_flags.yaml", "      See a doctor today.\n    source: \"[FIN20] "
          "spinal infection\"", "      See a doctor today, or go to an emergency department "
          "if you feel very unwell.\n    source: \"[FIN20] spinal infection\"")
    english = load_copy(data_copy)
    path = "i18n/es/red_flags.yaml"
    assert [s.file for s in english.place_names["es"].stale] == [path]
    assert english.place_names["es"].safety is None
    es = localize(english, "es")
    assert es.safety.checklist == english.safety.checklist
    # the place names (their files still current) stay Spanish
    assert es.regions["left.low_back"].label == "Zona lumbar izquierda"
    assert main(["validate", "--data", str(data_copy)]) == 0
    captured = capsys.readouterr()
    current = source_hash_of_red_flags(english.safety)
    assert f"warning: {path}: source_hash: out of date" in captured.err
    assert f"set source_hash to {current!r}" in captured.err
    # the translator updates the advice and records the new hash: Spanish again
    target = _translation(data_copy)
    target.write_text(re.sub(r"source_hash: \w+", f"source_hash: {current}",
                             target.read_text(encoding="utf-8")), encoding="utf-8")
    again = load_copy(data_copy)
    assert again.place_names["es"].stale == ()
    assert localize(again, "es").safety.checklist[0].question != \
        again.safety.checklist[0].question


def test_the_hash_follows_the_words_a_reader_sees_only(dataset: Dataset) -> None:
    rules = dataset.safety
    current = source_hash_of_red_flags(rules)
    assert re.fullmatch(r"[0-9a-f]{16}", current)
    sources = replace(rules, checklist=tuple(replace(f, source="[NG59]")
                                             for f in rules.checklist))
    assert source_hash_of_red_flags(sources) == current
    first = rules.gates[0]
    asked = replace(first, questions=(*first.questions, "Another question?"))
    worded = replace(rules, gates=(asked, *rules.gates[1:]))
    assert source_hash_of_red_flags(worded) != current


def test_the_bundle_and_the_command_line_carry_the_translation(
        dataset: Dataset, capsys: pytest.CaptureFixture[str]) -> None:
    again = decode(encode(dataset, "key"), "key")
    assert again.place_names == dataset.place_names
    es = localize(dataset, "es").safety
    assert localize(again, "es").safety == es
    assert main(["--lang", "es", "red-flags"]) == 0
    out = capsys.readouterr().out
    assert es.checklist[0].question in out and es.patterns[0].title in out
    assert dataset.safety.checklist[0].question not in out
    # --json is for scripts: English whatever --lang says
    assert main(["--lang", "es", "red-flags", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [f["question"] for f in listed["checklist"]] == \
        [f.question for f in dataset.safety.checklist]


def test_the_handout_warns_and_asks_in_the_datasets_language(dataset: Dataset) -> None:
    es = localize(dataset, "es")
    soleus = es.knowledge.muscle("soleus")
    drawing = PainDrawing({"left.calf_lower": 6}, {"left.calf_lower": Quality.NUMB})
    points = [tp for tp in es.knowledge.trigger_points.values() if tp.muscle == soleus.id]
    page = html.unescape(handout_html(es, [soleus], points, drawing))
    numb = next(p for p in es.safety.patterns if p.id == "nerve_root_leg_numb")
    gate = es.safety.gates_for("soleus")[0]
    for text in (numb.title, gate.title, *gate.questions, gate.advice):
        assert text in page, text
    english_gate = dataset.safety.gates_for("soleus")[0]
    assert english_gate.title not in page and english_gate.questions[0] not in page
