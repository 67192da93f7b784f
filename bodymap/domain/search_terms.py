"""Words for where it hurts or what people have (data/search_terms.yaml).

"Headache", "tennis elbow" and "sciatica" are not muscle names nor body-area labels, but they
are what people type. Each term maps such words to the areas to mark and, where a source
names them, the muscles to look at first. The file is optional: without it, search still
finds muscles by name and places by their area label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from pathlib import Path

from bodymap.domain.errors import Problem, ProblemList, is_typo, suggest
from bodymap.domain.knowledge import KnowledgeBase
from bodymap.domain.records import record
from bodymap.domain.regions import RegionCatalogue
from bodymap.domain.yamlfile import read_model

_WORD = re.compile(r"[a-z0-9]+")


def normalise_words(text: str) -> str:
    """Lower case, words only: "Golfer's elbow" and "golfers  elbow" compare equal, and so
    do "talón" and "talon" (accents dropped: translated place names are searched too, and
    people often type them without)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                     if not unicodedata.combining(c))
    return " ".join(_WORD.findall(folded.replace("'", "").replace("_", " ")))


@record
class SearchTerm:
    """A complaint as people name it, and where it is on the body (bare area names)."""

    phrase: str
    synonyms: tuple[str, ...]
    areas: tuple[str, ...]
    #: the muscles a source names first, most likely first (data/muscles ids)
    muscles: tuple[str, ...] = ()
    #: red-flag checklist ids to read first
    red_flags: tuple[str, ...] = ()
    #: what to know before pressing for this complaint, shown with it ("" for none)
    caution: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.phrase, *self.synonyms)


@record
class SearchTerms:
    terms: tuple[SearchTerm, ...] = ()

    def __len__(self) -> int:
        return len(self.terms)


def load_search_terms(path: Path, regions: RegionCatalogue, knowledge: KnowledgeBase,
                      red_flags: Collection[str]) -> SearchTerms:
    """Read data/search_terms.yaml, checking every area, muscle and red-flag id against the
    data they refer to. DataError names the file, the entry's field and the bad value."""
    from bodymap.domain.schemas import SearchTermsFile

    spec = read_model(path, SearchTermsFile)
    problems = ProblemList()
    seen: dict[str, str] = {}  # normalised name -> the field that first used it
    areas = list(regions.areas)
    for i, term in enumerate(spec.terms):
        where = f"terms[{i}]"
        for j, name in enumerate(term.names):
            field = f"{where}.phrase" if j == 0 else f"{where}.synonyms[{j - 1}]"
            key = normalise_words(name)
            if not key:
                problems.add(Problem(path, field, "needs at least one letter or digit", name))
            elif key in seen:
                problems.add(Problem(path, field, f"already used by {seen[key]}: a word must "
                                     "lead to one entry; keep it once", name))
            else:
                seen[key] = field
        for j, area in enumerate(term.areas):
            if not regions.has_area(area):
                problems.add(Problem(
                    path, f"{where}.areas[{j}]",
                    "not an area of data/regions.yaml." + suggest(area, areas), area))
        if len(set(term.areas)) != len(term.areas):
            problems.add(Problem(path, f"{where}.areas", "an area is listed twice",
                                 list(term.areas)))
        for j, muscle in enumerate(term.muscles):
            # any subset of the shipped muscles is valid data (`bodymap --data DIR`): a muscle
            # the folder lacks is left out of the term, unless the id is a misspelling of one
            # it has
            if muscle not in knowledge.muscles and is_typo(muscle, knowledge.muscles):
                problems.add(Problem(
                    path, f"{where}.muscles[{j}]", "not a muscle id of data/muscles."
                    + suggest(muscle, knowledge.muscles), muscle))
        if len(set(term.muscles)) != len(term.muscles):
            problems.add(Problem(path, f"{where}.muscles", "a muscle is listed twice",
                                 list(term.muscles)))
        for j, flag in enumerate(term.red_flags):
            if flag not in red_flags:
                problems.add(Problem(
                    path, f"{where}.red_flags[{j}]", "not a checklist id of "
                    "data/red_flags.yaml." + suggest(flag, red_flags), flag))
    problems.raise_if_any()
    return SearchTerms(tuple(
        SearchTerm(t.phrase, t.synonyms, t.areas,
                   tuple(m for m in t.muscles if m in knowledge.muscles), t.red_flags,
                   t.caution or "")
        for t in spec.terms))

