"""Plain-language sentences about a candidate, for the side panel, the CLI and handouts.

Every sentence is a whole template with named placeholders, passed through ``translate``
(context "Wording"; the GUI passes Qt's, the default keeps the English), so that a language
with another word order fills the same places. Region names are the catalogue's: English, or
the translated labels and places of a localized dataset (domain/place_names.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bodymap.domain.explanation import Explanation
from bodymap.domain.regions import Region, Side
from bodymap.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

# Regions that all lie on one side are named once with that side: "your left low back and
# buttock". The side stays in the template, since languages put it in different places.
_OWN_ON_SIDE = {
    #: {places} is a list of body regions (the places of data/i18n/<lang>/regions.yaml,
    #: without their side), all on the user's left: "your left low back, buttock and hip"
    Side.LEFT: QT_TRANSLATE_NOOP("Wording", "your left {places}"),
    #: {places}: body regions, all on the user's right
    Side.RIGHT: QT_TRANSLATE_NOOP("Wording", "your right {places}"),
}


def join_names(names: Sequence[str], translate: Translate = untranslated) -> str:
    """'a', 'a and b', 'a, b and c': a list in running text, in the user's language."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    head = names[0]
    for name in names[1:-1]:
        #: the middle of a list in running text: "low back, buttock"
        head = translate("Wording", "{list}, {item}").format(list=head, item=name)
    #: the end of a list in running text: "low back, buttock and hip"
    return translate("Wording", "{list} and {last}").format(list=head, last=names[-1])


def region_list(ids: Iterable[str], regions: Mapping[str, Region], own: bool = True,
                translate: Translate = untranslated, sided: bool = False) -> str:
    """'your left low back, buttock and hip' (the side is said once when all share it).
    With ``own=False`` a plain list for a sentence that names the side itself, or needs
    none: 'low back, buttock and hip' (all on one side) or 'left buttock and right low
    back'. ``sided``: name each region with its side even when all share it (for a
    sentence whose side was not said before). Ids not in ``regions`` are skipped; no known
    region gives ''."""
    items = [regions[r] for r in ids if r in regions]
    if not items:
        return ""
    sides = {r.side for r in items}
    one_side = len(sides) == 1 and not sided
    names: list[str] = []
    for r in items:
        # the place without its side ("low back", "zona lumbar") when the template says
        # the side; otherwise the whole label in running text ("left low back")
        text = r.place_name if one_side else r.label[0].lower() + r.label[1:]
        if text not in names:
            names.append(text)
    places = join_names(names, translate)
    if not own:
        return places
    if one_side:
        return translate("Wording", _OWN_ON_SIDE[items[0].side]).format(places=places)
    #: {places}: body regions on both sides, each named with its side: "left buttock and
    #: right low back"
    return translate("Wording", "your {places}").format(places=places)


def describe(explanation: Explanation, regions: Mapping[str, Region],
             translate: Translate = untranslated) -> str:
    """One or two sentences: what the pattern explains, and what else it would cover.

    The clauses are whole templates; they are joined with '; ' and end with '.'."""
    clauses: list[str] = []
    main = [*explanation.essential, *explanation.spillover, *explanation.local]
    if main:
        #: {regions}: the painful regions this pattern accounts for ("your left low back
        #: and buttock"); the first clause of a sentence
        clauses.append(translate("Wording", "Explains {regions}").format(
            regions=region_list(main, regions, translate=translate)))
    if explanation.adjacent:
        near = region_list(explanation.adjacent, regions, translate=translate)
        if main:
            #: a later clause: the pattern's zone lies next to these painful regions
            clauses.append(translate("Wording", "is close to {regions}").format(regions=near))
        else:
            #: the first clause: the pattern's zone lies next to these painful regions
            clauses.append(translate("Wording", "Close to {regions}").format(regions=near))
    if not clauses:
        clauses.append(translate("Wording", "Does not explain this drawing"))
    if explanation.missing:
        # the side is left out only when the sentence has already said it: the regions named
        # so far and those missing all lie on one and the same side
        said = {regions[r].side for r in [*main, *explanation.adjacent] if r in regions}
        missing_sides = {regions[r].side for r in explanation.missing if r in regions}
        #: a later clause: regions the pattern usually covers that the user did not mark
        #: ("iliac crest and sacrum", on the side already named)
        clauses.append(translate("Wording", "would also refer to the {regions}").format(
            regions=region_list(explanation.missing, regions, own=False,
                                translate=translate,
                                sided=not (len(said) == 1 and said == missing_sides))))
    unexplained = region_list(explanation.unexplained, regions, translate=translate)
    if unexplained:
        #: a later clause: painful regions this pattern does not account for
        clauses.append(translate("Wording", "does not explain {regions}").format(
            regions=unexplained))
    return "; ".join(clauses) + "."
