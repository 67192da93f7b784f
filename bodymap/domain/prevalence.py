"""Evidence-based priors: how often studies found a trigger point active (data/prevalence.yaml).

Each entry names muscles (all their trigger points) or single ``muscle.point`` keys, the study
and the share of people with active trigger points there. Any subset of the shipped muscles is
valid data, so an entry naming a muscle the data folder lacks is skipped, unless the name is
a near miss of one it has (a misspelling), which is an error. The referral model turns the figure
into a prior (data/model.yaml, ``evidence_prior``); points without an entry keep the prior of
their textbook prevalence level.
"""

from __future__ import annotations

from pathlib import Path

from bodymap.domain.errors import DataError, Problem, is_typo, suggest
from bodymap.domain.knowledge import KnowledgeBase
from bodymap.domain.records import record
from bodymap.domain.yamlfile import read_model


@record
class PrevalenceEvidence:
    """Trigger-point key (``muscle.point``, side-less) -> share found active, and its studies."""

    active: dict[str, float]
    studies: dict[str, tuple[str, ...]]     # point key -> citations behind its figure
    skipped: tuple[str, ...] = ()           # entries for muscles this data folder lacks

    @staticmethod
    def empty() -> PrevalenceEvidence:
        return PrevalenceEvidence({}, {})


def load_prevalence(path: Path, knowledge: KnowledgeBase) -> PrevalenceEvidence:
    """Read and cross-check data/prevalence.yaml; DataError lists every problem."""
    from bodymap.domain.schemas import PrevalenceFile

    pf = read_model(path, PrevalenceFile)
    problems: list[Problem] = []
    keys_of: dict[str, list[str]] = {}
    for m in knowledge.muscles.values():
        keys_of[m.id] = sorted({f"{m.id}.{tp.key}" for tp in m.trigger_points})
    every_key = {k for ks in keys_of.values() for k in ks}
    active: dict[str, float] = {}
    studies: dict[str, list[str]] = {}
    skipped: list[str] = []
    for i, entry in enumerate(pf.entries):
        where = f"entries[{i}]"
        if entry.study not in pf.studies:
            problems.append(Problem(path, f"{where}.study",
                                    f"unknown study; add it under `studies`."
                                    f"{suggest(entry.study, pf.studies)}", entry.study))
            continue
        for j, ref in enumerate(entry.trigger_points):
            muscle = ref.partition(".")[0]
            if muscle not in keys_of:
                if is_typo(muscle, keys_of):
                    problems.append(Problem(path, f"{where}.trigger_points[{j}]",
                                            "unknown muscle (use a muscle id or muscle.point "
                                            f"from data/muscles).{suggest(muscle, keys_of)}",
                                            ref))
                else:
                    skipped.append(ref)   # a data folder with fewer muscles: not an error
                continue
            targets = keys_of[muscle] if "." not in ref else [ref] if ref in every_key else []
            if not targets:
                problems.append(Problem(path, f"{where}.trigger_points[{j}]",
                                        f"unknown trigger point of {muscle} (use muscle.point "
                                        f"from data/muscles).{suggest(ref, keys_of[muscle])}",
                                        ref))
                continue
            for key in targets:
                if entry.midpoint >= active.get(key, -1.0):
                    active[key] = entry.midpoint
                studies.setdefault(key, []).append(pf.studies[entry.study].citation)
    if problems:
        raise DataError(problems)
    return PrevalenceEvidence(active, {k: tuple(v) for k, v in studies.items()},
                              tuple(skipped))
