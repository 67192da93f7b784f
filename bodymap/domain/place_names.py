"""Place names in other languages: region labels and the nerve names of the nerve hypotheses,
read from ``data/i18n/<lang>/regions.yaml`` and ``data/i18n/<lang>/nerves.yaml``; with them,
each language's red-flag texts (``data/i18n/<lang>/red_flags.yaml``: ``red_flag_texts``) and
its words for the complaints of the search (``data/i18n/<lang>/search_terms.yaml``: "codo de
tenista" for "tennis elbow").

The English data stays the only source of facts; a translation file holds words only, keyed
by the ids of the English file, and is checked against it: an unknown id is an error naming
the file, the field and the value. An area, group or nerve a file leaves out is shown in
English (field by field). Each file records in ``source_hash`` which English labels it was
made from (``source_hash_of_regions``/``source_hash_of_nerves``); when the English changes,
the whole file is set aside (shown in English) and ``bodymap validate`` says it is out of
date, since a label translated from the old English may now name the wrong place.

A translated area gives both forms the program needs: ``label`` with its side, one per side
since Spanish adjectives agree with the noun ("Zona lumbar izquierda", "Glúteo izquierdo"),
for lists and the status bar; and ``place`` without a side, for the sentences that name the
side once for a whole list ("tu zona lumbar y glúteo (lado izquierdo)").

``localize(dataset, language)`` gives the dataset whose regions, nerve entrapments, search
terms and red-flag texts speak that language; ids, sides, everything the ranking reads and
everything that decides a red flag are unchanged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bodymap.domain.errors import DataError, Problem, ProblemList, suggest
from bodymap.domain.language import LANGUAGE_CODE as LANGUAGE_CODE  # re-exported
from bodymap.domain.language import language_of as language_of  # re-exported
from bodymap.domain.records import record
from bodymap.domain.regions import Region, RegionCatalogue, Side
from bodymap.domain.yamlfile import read_model

if TYPE_CHECKING:
    # the nerves and search terms are among the fields a start leaves for later (their
    # modules too): they are translated when first read
    from bodymap.domain.dataset import Dataset
    from bodymap.domain.nerves import Entrapment
    from bodymap.domain.red_flag_texts import RedFlagTexts
    from bodymap.domain.safety import SafetyRules
    from bodymap.domain.search_terms import SearchTerms

LANGUAGE_FOLDER = re.compile(r"[a-z]{2,3}")
REGIONS_FILE = "regions.yaml"
NERVES_FILE = "nerves.yaml"
SAFETY_FILE = "red_flags.yaml"
COMPLAINTS_FILE = "search_terms.yaml"

def digest(content: object) -> str:
    """The ``source_hash`` of a translation made from ``content`` (JSON-like English texts)."""
    import hashlib  # a validating load's: OpenSSL need not load at every start

    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def source_hash_of_regions(regions: RegionCatalogue) -> str:
    """What a regions translation is made from: every group label and area label in English."""
    areas = {r.area: r.label for r in regions.values() if r.side is Side.LEFT}
    return digest({"groups": regions.groups, "areas": areas})


def source_hash_of_nerves(nerves: Mapping[str, str]) -> str:
    """What a nerves translation is made from: each entrapment's nerve name in English, by
    id (``english_nerve_names``)."""
    return digest(dict(nerves))


def source_hash_of_complaints(terms: SearchTerms) -> str:
    """What a complaints translation is made from: each search term's English phrase and
    synonyms, and its caution where it has one."""
    return digest({t.phrase: [*t.synonyms, {"caution": t.caution}] if t.caution
                   else list(t.synonyms) for t in terms.terms})


def english_nerve_names(data: Path) -> dict[str, str] | None:
    """Entrapment id -> nerve name, for every entrapment written in data/nerves.yaml (also
    those of muscles a smaller data folder lacks, which the loaded dataset leaves out). None
    without the file (it is optional: a translation of it then has nothing to name and is
    not read) or when it is broken (load_nerves reports that)."""
    path = data / "nerves.yaml"
    if not path.exists():
        return None
    try:
        from bodymap.domain.schemas import NerveFile

        spec = read_model(path, NerveFile)
    except DataError:
        return None
    return {e.id: e.nerve for e in spec.entrapments}


# --------------------------------------------------------------------------- loaded form
@record
class AreaNames:
    left: str
    right: str
    place: str


@record
class ComplaintNames:
    """A complaint's words in another language: the phrase a result row shows, and other
    words for it (the English ones still find it)."""

    phrase: str
    synonyms: tuple[str, ...] = ()
    #: the complaint's caution in this language ("": none given, the English one stays)
    caution: str = ""


@record
class StaleFile:
    """A translation file set aside because the English it was made from has changed."""

    #: the file, relative to the data folder ("i18n/es/regions.yaml")
    file: str
    recorded: str
    current: str

    def __str__(self) -> str:
        return (f"{self.file}: source_hash: out of date ({self.recorded!r}): the English it "
                f"translates has changed, so it is shown in English; check the translation "
                f"against the English file, then set source_hash to {self.current!r}")


@record
class PlaceNames:
    """One language's place names, and its red-flag texts (``safety``: None without a
    translation, or when it is out of date); what a file leaves out (or a stale file) stays
    English."""

    language: str
    groups: dict[str, str] = field(default_factory=dict)
    areas: dict[str, AreaNames] = field(default_factory=dict)
    #: entrapment key (data/nerves.yaml id) -> nerve name
    nerves: dict[str, str] = field(default_factory=dict)
    stale: tuple[StaleFile, ...] = ()
    safety: RedFlagTexts | None = None
    #: English phrase of data/search_terms.yaml -> its words in this language
    complaints: dict[str, ComplaintNames] = field(default_factory=dict)

    def regions(self, english: RegionCatalogue) -> RegionCatalogue:
        """The catalogue with these labels (same ids, sides, areas and groups, same order)."""
        out: list[Region] = []
        for region in english.values():
            names = self.areas.get(region.area)
            if names is None:
                out.append(region)
                continue
            label = names.left if region.side is Side.LEFT else names.right
            out.append(replace(region, label=label, place=names.place))
        groups = {g: self.groups.get(g, label) for g, label in english.groups.items()}
        return RegionCatalogue(groups, out)

    def entrapments(self, english: tuple[Entrapment, ...]) -> tuple[Entrapment, ...]:
        return tuple(replace(e, nerve=self.nerves[e.key])
                     if e.key in self.nerves else e for e in english)

    def search_terms(self, english: SearchTerms, regions: RegionCatalogue) -> SearchTerms:
        """The search terms plus one per translated area: its place name, with the English
        name as a synonym so that a row found in English is still named in this language;
        each translated complaint is named in this language, its English words kept as
        synonyms (same places, muscles and red flags)."""
        from bodymap.domain.search_terms import SearchTerm, SearchTerms

        extra: list[SearchTerm] = []
        for area, names in self.areas.items():
            region = regions.get(f"left.{area}")
            english_place = region.label.split(" ", 1)[1] if region is not None else area
            extra.append(SearchTerm(names.place, (english_place,), (area,)))
        complaints = []
        for term in english.terms:
            words = self.complaints.get(term.phrase)
            complaints.append(term if words is None else replace(
                term, phrase=words.phrase, synonyms=(*words.synonyms, *term.names),
                caution=words.caution or term.caution))
        return SearchTerms((*extra, *complaints))


def localize(dataset: Dataset, language: str) -> Dataset:
    """``dataset`` with its place names in ``language``: the region labels, the nerve names of
    the nerve hypotheses and extra search terms, and its red-flag texts. The same dataset when
    it already speaks that language or there is no translation for it (English)."""
    if dataset.language == language:
        return dataset
    names = dataset.place_names.get(language)
    if names is None:
        return dataset
    from bodymap.domain.dataset import Deferred

    # the nerves and search terms may still wait in the validated bundle (Deferred): they
    # are translated when first read, so that the first screen decodes neither
    english = dataset
    changes: dict[str, object] = {}
    texts = names.safety
    if texts is not None:
        # (the rules are among the fields a start leaves for later, like the nerves)
        changes["safety"] = Deferred(lambda: texts.apply(english.safety))
    return dataset.with_fields(
        regions=names.regions(dataset.regions),
        nerves=Deferred(lambda: names.entrapments(english.nerves)),
        search_terms=Deferred(lambda: names.search_terms(english.search_terms,
                                                         english.regions)),
        language=language, **changes)


# ------------------------------------------------------------------------------ loading
def load_place_names(data: Path, regions: RegionCatalogue,
                     safety: SafetyRules | None = None,
                     search_terms: SearchTerms | None = None) -> dict[str, PlaceNames]:
    """Every language under ``data/i18n/``, checked against the English regions, nerves, red
    flags and search terms (``safety``, ``search_terms``: None when the English file could
    not be read, whose own error is reported, or is not there; its translations are then
    not read). DataError names the file, field and value of every problem; an out-of-date
    file is not an error (it is recorded in ``stale`` and left out)."""
    folder = data / "i18n"
    if not folder.is_dir():
        return {}
    problems = ProblemList()
    # each file with the English it is checked against and its reader
    readers: tuple[tuple[str, Any, Callable[..., PlaceNames]], ...] = (
        (REGIONS_FILE, regions, _read_regions),
        (NERVES_FILE, english_nerve_names(data), _read_nerves),
        (SAFETY_FILE, safety, _read_safety),
        (COMPLAINTS_FILE, search_terms, _read_complaints),
    )
    found: dict[str, PlaceNames] = {}
    for lang_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        if not LANGUAGE_FOLDER.fullmatch(lang_dir.name):
            problems.add(Problem(lang_dir, "folder name", "not a language code: name the "
                                 "folder after a language, e.g. es", lang_dir.name))
            continue
        names = PlaceNames(lang_dir.name)
        # each file on its own, so that one refusal lists the problems of all of them
        for file, english, read in readers:
            if (lang_dir / file).exists() and english is not None:
                try:
                    names = read(lang_dir / file, data, english, names, problems)
                except DataError as exc:
                    problems.extend(exc)
        found[lang_dir.name] = names
    problems.raise_if_any()
    return found


def _stale(path: Path, data: Path, recorded: str, current: str) -> StaleFile | None:
    if recorded == current:
        return None
    return StaleFile(path.relative_to(data).as_posix(), recorded, current)


def _read_regions(path: Path, data: Path, regions: RegionCatalogue, names: PlaceNames,
                  problems: ProblemList) -> PlaceNames:
    from bodymap.domain.schemas import RegionsTranslationFile

    spec = read_model(path, RegionsTranslationFile)
    count = len(problems)
    for group in spec.groups:
        if group not in regions.groups:
            problems.add(Problem(path, f"groups.{group}", "not a group of data/regions.yaml."
                                 + suggest(group, regions.groups), group))
    for area in spec.areas:
        if not regions.has_area(area):
            problems.add(Problem(path, f"areas.{area}", "not an area of data/regions.yaml."
                                 + suggest(area, regions.areas), area))
    if len(problems) > count:
        return names
    stale = _stale(path, data, spec.source_hash, source_hash_of_regions(regions))
    if stale is not None:
        return replace(names, stale=(*names.stale, stale))
    areas = {area: AreaNames(t.label.left, t.label.right, t.place)
             for area, t in spec.areas.items()}
    return replace(names, groups=dict(spec.groups), areas=areas)


def _read_nerves(path: Path, data: Path, known: Mapping[str, str], names: PlaceNames,
                 problems: ProblemList) -> PlaceNames:
    from bodymap.domain.schemas import NervesTranslationFile

    spec = read_model(path, NervesTranslationFile)
    count = len(problems)
    for key in spec.nerves:
        if key not in known:
            problems.add(Problem(path, f"nerves.{key}", "not an entrapment id of "
                                 "data/nerves.yaml." + suggest(key, known), key))
    if len(problems) > count:
        return names
    stale = _stale(path, data, spec.source_hash, source_hash_of_nerves(known))
    if stale is not None:
        return replace(names, stale=(*names.stale, stale))
    return replace(names, nerves=dict(spec.nerves))


def _read_safety(path: Path, data: Path, english: SafetyRules, names: PlaceNames,
                 problems: ProblemList) -> PlaceNames:
    from bodymap.domain.red_flag_texts import read_red_flag_texts, source_hash_of_red_flags

    texts, recorded = read_red_flag_texts(path, english, problems)
    if texts is None:
        return names
    stale = _stale(path, data, recorded, source_hash_of_red_flags(english))
    if stale is not None:
        return replace(names, stale=(*names.stale, stale))
    return replace(names, safety=texts)


def _read_complaints(path: Path, data: Path, english: SearchTerms, names: PlaceNames,
                     problems: ProblemList) -> PlaceNames:
    from bodymap.domain.schemas import SearchTermsTranslationFile
    from bodymap.domain.search_terms import normalise_words

    spec = read_model(path, SearchTermsTranslationFile)
    count = len(problems)
    phrases = {t.phrase: t for t in english.terms}
    # a word must lead to one entry, as in the English file: no word twice here, and none
    # that is another entry's English word (the translated entry keeps its own English ones)
    english_words = {normalise_words(name): t.phrase for t in english.terms for name in t.names}
    seen: dict[str, str] = {}
    for phrase, words in spec.terms.items():
        if phrase not in phrases:
            problems.add(Problem(path, f"terms.{phrase}", "not a phrase of "
                                 "data/search_terms.yaml." + suggest(phrase, phrases), phrase))
            continue
        if words.caution and not phrases[phrase].caution:
            problems.add(Problem(path, f"terms.{phrase}.caution", "the English entry has no "
                                 "caution to translate; leave it out", words.caution))
        for j, word in enumerate((words.phrase, *words.synonyms)):
            where = f"terms.{phrase}." + ("phrase" if j == 0 else f"synonyms[{j - 1}]")
            key = normalise_words(word)
            owner = english_words.get(key)
            if not key:
                problems.add(Problem(path, where, "needs at least one letter or digit", word))
            elif key in seen:
                problems.add(Problem(path, where, f"already used by {seen[key]}: a word must "
                                     "lead to one entry; keep it once", word))
            elif owner is not None and owner != phrase:
                problems.add(Problem(path, where, f"is a word of the English entry {owner!r}: "
                                     "a word must lead to one entry", word))
            else:
                seen[key] = where
    if len(problems) > count:
        return names
    stale = _stale(path, data, spec.source_hash, source_hash_of_complaints(english))
    if stale is not None:
        return replace(names, stale=(*names.stale, stale))
    return replace(names, complaints={
        phrase: ComplaintNames(words.phrase, tuple(words.synonyms), words.caution or "")
        for phrase, words in spec.terms.items()})


def untranslated_red_flags(place_names: Mapping[str, PlaceNames],
                           english: SafetyRules) -> list[str]:
    """For ``bodymap validate``: each language with a current red-flag translation that
    leaves rules in English, and which."""
    out: list[str] = []
    for language, names in place_names.items():
        if names.safety is None:
            continue
        missing = names.safety.missing(english)
        if missing:
            out.append(f"i18n/{language}/{SAFETY_FILE}: these red flags are shown in English "
                       f"in that language: {', '.join(missing)}")
    return out


def stale_translations(place_names: Mapping[str, PlaceNames]) -> list[StaleFile]:
    """Every translation file set aside as out of date, for ``bodymap validate``."""
    return [s for names in place_names.values() for s in names.stale]
