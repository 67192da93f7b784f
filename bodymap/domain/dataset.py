"""Load everything the app and the CLI need, in one place, from data/ and assets/."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from bodymap.domain.atlas import Atlas, load_atlas
from bodymap.domain.errors import DataError, Problem, ProblemList
from bodymap.domain.figures import Figure, FigureNotInstalledError, figure_folder
from bodymap.domain.knowledge_base import KnowledgeBase
from bodymap.domain.records import record
from bodymap.domain.regions import RegionCatalogue, load_regions

if TYPE_CHECKING:
    # the referral model (and its hypotheses) is imported by the worker that builds it once
    # the window has painted: a start from the bundle reads neither it nor its parameters.
    # Nor the modules of the other fields the bundle leaves for later (DEFERRED_FIELDS):
    # decoding them imports them (2.5 ms of the start when they were imported here)
    from bodymap.domain.glossary import Glossary
    from bodymap.domain.nerves import Entrapment
    from bodymap.domain.place_names import PlaceNames
    from bodymap.domain.prevalence import PrevalenceEvidence
    from bodymap.domain.referral import ModelParameters, ReferralModel
    from bodymap.domain.safety import SafetyRules
    from bodymap.domain.search_terms import SearchTerms

_V = TypeVar("_V")


class Deferred(Generic[_V]):
    """A Dataset field's value not yet built: ``load`` builds it. The validated bundle
    (bodymap.domain.bundle) leaves for later what the first screen does not show: the female
    figure, decoded when that figure is first drawn (about 18 ms and 1 MiB a start that
    shows the male figure is spared), and the model's parameters, the red-flag rules, the
    glossary, the nerves, the prevalence evidence and the search terms, decoded with the
    muscles once the window has painted (or when first read)."""

    __slots__ = ("load",)

    def __init__(self, load: Callable[[], _V]) -> None:
        self.load = load


#: the female figure's deferred Atlas (None: the bundle's data has no female figure)
DeferredAtlas = Deferred[Atlas | None]


class _DeferrableField(Generic[_V]):
    """A Dataset field that may be given its value or a Deferred one; reading it always gives
    the value (building a deferred one once, then keeping it), so a deferred field looks
    exactly like a loaded one. ``default``: the field's default, unless ``required``."""

    def __init__(self, default: object = None, *, required: bool = False) -> None:
        self._default, self._required = default, required

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = f"_{name}_value"

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _V: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _V: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> _V:
        if obj is None:
            # what dataclasses asks for the field's default: none for a required field
            if self._required:
                raise AttributeError(self._slot)
            return self._default  # type: ignore[return-value]
        state: dict[str, Any] = obj.__dict__
        value = state[self._slot]
        if isinstance(value, Deferred):
            value = value.load()
            state[self._slot] = value
        return value  # type: ignore[no-any-return]

    def __set__(self, obj: object, value: _V | Deferred[_V]) -> None:
        # the Dataset is frozen: only its __init__ (object.__setattr__) gets here
        obj.__dict__[self._slot] = value

    def present(self, obj: object) -> bool:
        """Whether ``obj`` has a value here (not None), without building a deferred one."""
        return obj.__dict__[self._slot] is not None

    def deferred(self, obj: object) -> bool:
        """Whether ``obj``'s value here is still to be built."""
        return isinstance(obj.__dict__[self._slot], Deferred)


#: the descriptor of Dataset.female_atlas, to ask whether it is there without building it
_FEMALE_FIELD: _DeferrableField[Atlas | None] = _DeferrableField(None)

#: the fields the validated bundle leaves for later (see Deferred); none has a default
DEFERRED_FIELDS: tuple[str, ...] = ("parameters", "safety", "glossary", "nerves", "prevalence",
                                    "search_terms")


def is_deferred(dataset: Dataset, name: str) -> bool:
    """Whether ``dataset``'s field ``name`` (one of DEFERRED_FIELDS, or female_atlas) is
    still to be built, without building it."""
    descriptor = vars(Dataset).get(name)
    return isinstance(descriptor, _DeferrableField) and descriptor.deferred(dataset)


class _FigureAtlases(Mapping[Figure, Atlas]):
    """Dataset.figures: which figures there are, known without building a deferred one;
    a figure's Atlas is built when it is looked up."""

    def __init__(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self._figures = [Figure.MALE] + \
            ([Figure.FEMALE] if _FEMALE_FIELD.present(dataset) else [])

    def __getitem__(self, figure: Figure) -> Atlas:
        if figure not in self._figures:
            raise KeyError(figure)
        return self._dataset.atlas_for(figure)

    def __contains__(self, figure: object) -> bool:
        # Mapping's own would look the Atlas up, building it
        return figure in self._figures

    def __iter__(self) -> Iterator[Figure]:
        return iter(self._figures)

    def __len__(self) -> int:
        return len(self._figures)


@record
class Dataset:
    regions: RegionCatalogue
    atlas: Atlas
    knowledge: KnowledgeBase
    # these six may be left for later by the validated bundle (Deferred): they read as
    # plain fields; they have no defaults (load_dataset gives an empty one of each optional
    # file's kind, e.g. Glossary() without data/glossary.yaml)
    parameters: _DeferrableField[ModelParameters] = _DeferrableField(required=True)
    safety: _DeferrableField[SafetyRules] = _DeferrableField(required=True)
    #: plain phrases for the cards' anatomical terms; empty when data/ has no glossary.yaml
    glossary: _DeferrableField[Glossary] = _DeferrableField(required=True)
    # nerve entrapments (data/nerves.yaml) and evidence-based priors (data/prevalence.yaml);
    # both optional files: a data folder without them ranks muscles on textbook priors only
    nerves: _DeferrableField[tuple[Entrapment, ...]] = _DeferrableField(required=True)
    prevalence: _DeferrableField[PrevalenceEvidence] = _DeferrableField(required=True)
    #: words for places and complaints ("headache", "tennis elbow") the search understands;
    #: empty when data/ has no search_terms.yaml (muscle names and area labels still work)
    search_terms: _DeferrableField[SearchTerms] = _DeferrableField(required=True)
    #: the female figure (assets/female/), None when that folder is not there. ``atlas`` is
    #: the male figure, as before; read a figure's geometry with ``atlas_for``. A Dataset
    #: read from a bundle builds it when it is first read (see DeferredAtlas)
    female_atlas: _DeferrableField[Atlas | None] = _FEMALE_FIELD
    #: place names in other languages (data/i18n/<lang>/), by language code; apply one with
    #: place_names.localize(dataset, language). (A Dataset read from a bundle reads them
    #: when first looked into: see bundle.START_VIEWS)
    place_names: Mapping[str, PlaceNames] = field(default_factory=dict)
    #: the language of the region labels and nerve names above ("en" as loaded)
    language: str = "en"

    @property
    def figures(self) -> Mapping[Figure, Atlas]:
        """Every figure this dataset can draw on: the male one always, the female one when
        its folder was there. Both have the same region ids and adjacency. Asking which
        figures there are builds none; looking one up builds it (``atlas_for``)."""
        return _FigureAtlases(self)

    def atlas_for(self, figure: Figure) -> Atlas:
        """The geometry of ``figure``; FigureNotInstalledError when it was not loaded."""
        if figure is Figure.MALE:
            return self.atlas
        if figure is Figure.FEMALE and self.female_atlas is not None:
            return self.female_atlas
        raise FigureNotInstalledError(figure)

    def with_fields(self, **changes: object) -> Dataset:
        """A copy with ``changes`` (values, or Deferred values), the other fields as they are:
        a field still to be built stays so (dataclasses.replace reads every field, which
        would decode the bundle's later part, muscles and all, to copy them)."""
        made = copy.copy(self)
        for name, value in changes.items():
            if name not in self.__dataclass_fields__:
                raise TypeError(f"Dataset has no field {name!r}")
            object.__setattr__(made, name, value)
        return made

    def referral_model(self) -> ReferralModel:
        from bodymap.domain.referral import ReferralModel

        return ReferralModel(self.knowledge, self.parameters, self.atlas.adjacency,
                             self.nerves, self.prevalence)


def load_dataset(data: Path, assets: Path) -> Dataset:
    """Everything in data/ and assets/, cross-checked. DataError lists every problem.

    The female figure is loaded and checked as well when ``assets/female/`` exists; without
    that folder the dataset has the male figure only."""
    from bodymap.domain.glossary import Glossary, load_glossary
    from bodymap.domain.knowledge import load_knowledge
    from bodymap.domain.nerves import load_nerves
    from bodymap.domain.place_names import load_place_names
    from bodymap.domain.prevalence import PrevalenceEvidence, load_prevalence
    from bodymap.domain.referral import load_parameters
    from bodymap.domain.safety import load_safety
    from bodymap.domain.search_terms import SearchTerms, load_search_terms

    regions = load_regions(data / "regions.yaml")
    problems = ProblemList()
    atlas: Atlas | None = None
    knowledge: KnowledgeBase | None = None
    parameters: ModelParameters | None = None
    safety: SafetyRules | None = None
    glossary = Glossary()
    if (data / "glossary.yaml").exists():
        try:
            glossary = load_glossary(data / "glossary.yaml")
        except DataError as exc:
            problems.extend(exc)
    try:
        parameters = load_parameters(data / "model.yaml")
    except DataError as exc:
        problems.extend(exc)
    try:
        safety = load_safety(data / "red_flags.yaml", regions)
    except DataError as exc:
        problems.extend(exc)
    try:
        atlas = load_atlas(assets, data, regions)
    except DataError as exc:
        problems.extend(exc)
    try:
        knowledge = load_knowledge(data / "muscles", regions,
                                   atlas.widths if atlas is not None else None)
    except DataError as exc:
        problems.extend(exc)
    if atlas is not None and knowledge is not None:
        for problem in check_markers(atlas, knowledge, data / "muscles"):
            problems.add(problem)
    female_atlas: Atlas | None = None
    female = figure_folder(assets, Figure.FEMALE)
    if female.is_dir():
        try:
            female_atlas = load_atlas(female, data, regions)
        except DataError as exc:
            problems.extend(exc)
        if female_atlas is not None and knowledge is not None:
            for problem in check_figure_markers(female_atlas, knowledge, data / "muscles",
                                                Figure.FEMALE):
                problems.add(problem)
    nerves: tuple[Entrapment, ...] = ()
    prevalence = PrevalenceEvidence.empty()
    if knowledge is not None:
        if (data / "nerves.yaml").exists():
            try:
                nerves = load_nerves(data / "nerves.yaml", regions, knowledge)
            except DataError as exc:
                problems.extend(exc)
        if (data / "prevalence.yaml").exists():
            try:
                prevalence = load_prevalence(data / "prevalence.yaml", knowledge)
            except DataError as exc:
                problems.extend(exc)
    search_terms = SearchTerms()
    if knowledge is not None and safety is not None and (data / "search_terms.yaml").exists():
        try:
            search_terms = load_search_terms(data / "search_terms.yaml", regions, knowledge,
                                             {flag.id for flag in safety.checklist})
        except DataError as exc:
            problems.extend(exc)
    place_names: dict[str, PlaceNames] = {}
    try:
        place_names = load_place_names(data, regions, safety,
                                       search_terms if search_terms.terms else None)
    except DataError as exc:
        problems.extend(exc)
    problems.raise_if_any()
    if atlas is None or knowledge is None or parameters is None or safety is None:
        raise DataError([])
    return Dataset(regions, atlas, knowledge, parameters, safety, glossary, nerves, prevalence,
                   search_terms, female_atlas, place_names)


def check_markers(atlas: Atlas, knowledge: KnowledgeBase, folder: Path) -> list[Problem]:
    """Every trigger point's region is drawn somewhere, and explicit markers sit inside it."""
    problems: list[Problem] = []
    for muscle in knowledge.muscles.values():
        path = folder / f"{muscle.id}.yaml"
        for tp in muscle.trigger_points:
            views = atlas.views_of(tp.region)
            field = f"trigger_points[{tp.key}]"
            if not views:
                problems.append(Problem(path, f"{field}.region",
                                        "region is not drawn in any view", tp.region))
            for view, point in tp.markers.items():
                shape = atlas.views.get(view)
                inside = shape is not None and tp.region in shape.regions and \
                    shape.regions[tp.region].contains(atlas.on_figure(view, point))
                if not inside:
                    problems.append(
                        Problem(path, f"{field}.markers.{view.value}",
                                f"marker of the {tp.side.value} instance is not inside "
                                f"{tp.region} in the {view.value} view", list(point))
                    )
    return problems



def check_figure_markers(atlas: Atlas, knowledge: KnowledgeBase, folder: Path,
                         figure: Figure) -> list[Problem]:
    """On a figure other than the one the muscle files' marker coordinates were written for
    (the male one), every X the atlas places (``marker_positions``) must still land inside
    its trigger point's region, and every region must be drawn somewhere."""
    problems: list[Problem] = []
    for muscle in knowledge.muscles.values():
        path = folder / f"{muscle.id}.yaml"
        for tp in muscle.trigger_points:
            field = f"trigger_points[{tp.key}]"
            if not atlas.views_of(tp.region):
                problems.append(Problem(path, f"{field}.region", f"region is not drawn in any "
                                        f"view of the {figure.value} figure", tp.region))
                continue
            for view, point in atlas.marker_positions(tp.region, tp.markers).items():
                if not atlas.views[view].regions[tp.region].contains(point):
                    problems.append(Problem(
                        path, f"{field}.markers.{view.value}",
                        f"on the {figure.value} figure the {tp.side.value} instance's X "
                        f"lands outside {tp.region} in the {view.value} view", list(point)))
    return problems
