"""The red-flag texts in other languages, read from ``data/i18n/<lang>/red_flags.yaml``.

The rules themselves (which symptoms and drawings raise which alert, how urgent it is, what
it cites) are the English file's, ``data/red_flags.yaml``; a translation holds only the words
a reader sees: each checklist item's ``question`` and ``advice``, each drawing pattern's
``title`` and ``advice``, each gate's ``title``, ``questions`` and ``advice``. It is keyed by
the English ids and checked against them, as the place names are (``place_names``): an id the
English file does not have, or a gate with another number of questions than the English, is
an error naming the file, the field and the value. A rule the file leaves out is shown in
English, whole (never half one language, half the other). ``source_hash`` records which
English texts the file was made from (``source_hash_of_red_flags``); once the English changes,
the whole file is set aside and shown in English until a translator has checked it, since a
sentence translated from the old advice may now give the wrong advice.

``RedFlagTexts.apply(rules)`` gives the rules with these words; everything that decides an
alert (ids, urgency, regions, sides, pain qualities, muscles, sources) is left as it is.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from bodymap.domain.errors import Problem, ProblemList, suggest
from bodymap.domain.records import record
from bodymap.domain.yamlfile import read_model

if TYPE_CHECKING:
    from bodymap.domain.safety import SafetyRules

@record
class RuleText:
    """One rule's words in another language: a checklist item's question (``title``) and
    advice, a pattern's title and advice, or a gate's title, questions and advice."""

    title: str
    advice: str
    questions: tuple[str, ...] = ()


@record
class RedFlagTexts:
    """One language's red-flag texts, by rule id (ids are unique across the three sections
    of data/red_flags.yaml)."""

    rules: dict[str, RuleText] = field(default_factory=dict)

    def apply(self, english: SafetyRules) -> SafetyRules:
        """``english`` with these words wherever a rule is translated; the rest as it is."""
        def text(rule_id: str) -> RuleText | None:
            return self.rules.get(rule_id)

        checklist = tuple(
            flag if (t := text(flag.id)) is None
            else replace(flag, question=t.title, advice=t.advice)
            for flag in english.checklist)
        patterns = tuple(
            pattern if (t := text(pattern.id)) is None
            else replace(pattern, title=t.title, advice=t.advice)
            for pattern in english.patterns)
        gates = tuple(
            gate if (t := text(gate.id)) is None
            else replace(gate, title=t.title, questions=t.questions, advice=t.advice)
            for gate in english.gates)
        return replace(english, checklist=checklist, patterns=patterns, gates=gates)

    def missing(self, english: SafetyRules) -> tuple[str, ...]:
        """The ids of the rules this language leaves in English, in the English file's
        order (``bodymap validate`` lists them)."""
        every = (*english.checklist_ids, *(p.id for p in english.patterns),
                 *(g.id for g in english.gates))
        return tuple(rule_id for rule_id in every if rule_id not in self.rules)


def english_texts(rules: SafetyRules) -> dict[str, dict[str, object]]:
    """What a translation is made from: every text a reader sees, by section and id."""
    return {
        "checklist": {f.id: [f.question, f.advice] for f in rules.checklist},
        "patterns": {p.id: [p.title, p.advice] for p in rules.patterns},
        "gates": {g.id: [g.title, list(g.questions), g.advice] for g in rules.gates},
    }


def source_hash_of_red_flags(rules: SafetyRules) -> str:
    """The ``source_hash`` a red-flag translation of these English rules records."""
    from bodymap.domain.place_names import digest

    return digest(english_texts(rules))


def read_red_flag_texts(path: Path, english: SafetyRules,
                      problems: ProblemList) -> tuple[RedFlagTexts | None, str]:
    """The texts of ``path`` checked against ``english``, and the file's ``source_hash``.
    Every problem (an unknown id, a gate's question count) is added to ``problems`` and
    gives None; the caller compares the hash with ``source_hash_of_red_flags``."""
    from bodymap.domain.schemas import SafetyTranslationFile

    spec = read_model(path, SafetyTranslationFile)
    count = len(problems)
    gates = {g.id: g for g in english.gates}
    sections: tuple[tuple[str, Collection[str], tuple[str, ...]], ...] = (
        ("checklist", spec.checklist.keys(), english.checklist_ids),
        ("patterns", spec.patterns.keys(), tuple(p.id for p in english.patterns)),
        ("gates", spec.gates.keys(), tuple(gates)))
    for section, translated, known in sections:
        for rule_id in translated:
            if rule_id not in known:
                problems.add(Problem(path, f"{section}.{rule_id}",
                                     f"not a {section} id of data/red_flags.yaml."
                                     + suggest(rule_id, known), rule_id))
    for gate_id, gate in spec.gates.items():
        english_gate = gates.get(gate_id)
        if english_gate is not None and len(gate.questions) != len(english_gate.questions):
            problems.add(Problem(
                path, f"gates.{gate_id}.questions",
                f"has {len(gate.questions)} questions where data/red_flags.yaml has "
                f"{len(english_gate.questions)}: translate each English question, in its "
                "order", len(gate.questions)))
    if len(problems) > count:
        return None, spec.source_hash
    rules: dict[str, RuleText] = {}
    for rule_id, item in spec.checklist.items():
        rules[rule_id] = RuleText(item.question, item.advice)
    for rule_id, pattern in spec.patterns.items():
        rules[rule_id] = RuleText(pattern.title, pattern.advice)
    for rule_id, gate in spec.gates.items():
        rules[rule_id] = RuleText(gate.title, gate.advice, tuple(gate.questions))
    return RedFlagTexts(rules), spec.source_hash
