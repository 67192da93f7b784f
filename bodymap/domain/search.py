"""One muscle lookup for the window and the command line: names, aliases and misspellings.

A query is compared with every muscle's name, id and aliases, and each comparison falls in
one of a few tiers, best first:

1. exact: the whole name or alias ("SCM", "QL", "Trapezius"), or its plural ("pec" ~ "pecs");
2. whole word: the query is a whole word of a name ("pec" in "pec major");
3. prefix: a name starts with the query ("pect" -> Pectoralis, Pectineus);
4. word prefix: a word starts with the query, or every query word starts a word ("glut med");
5. substring;
6. fuzzy: a misspelling ("trapezuis"), scored by similarity with a bonus for a shared start.

A better tier always wins over a worse one, so an abbreviation typed exactly is never
outranked by a name that merely looks alike. Places and complaints are also compared on the
query's words without those that only say it hurts ("pain in my hip" as "hip"), and a place
all of whose words the query names among others ("eye" in "headache behind the eye") ranks
just above the substring tier: see FILLER_WORDS. Fuzzy matching is skipped for words shorter
than four letters: "SCM" and "SM" look 80 % alike to a string matcher, but are unrelated
abbreviations. (difflib is enough for ~100 names; rapidfuzz would add a compiled dependency
for no gain in ranking.)
"""

from __future__ import annotations

from dataclasses import replace

from bodymap.domain.drawing import DEFAULT_INTENSITY, PainDrawing
from bodymap.domain.knowledge import KnowledgeBase, Muscle, Prevalence
from bodymap.domain.records import record
from bodymap.domain.regions import RegionId, Side
from bodymap.domain.search_terms import SearchTerm, SearchTerms, normalise_words
from bodymap.i18n import Translate, untranslated

# tier scores: each tier's floor is above the best score of the tier below it
EXACT, WHOLE_WORD, PREFIX, WORD_PREFIX, ALL_WORDS_PREFIX, SUBSTRING = (
    1.0, 0.95, 0.92, 0.86, 0.84, 0.8)
FUZZY_WEIGHT = 0.75  # a fuzzy match scores at most 0.75: below every exact-ish tier
MIN_FUZZY_LENGTH = 4  # shorter strings are abbreviations; likeness between them means nothing
DEFAULT_CUTOFF = 0.55


def _norm(text: str) -> str:
    # one normal form for muscle names, areas and complaints: "golfer's" == "golfers"
    return normalise_words(text)


#: the most a shared start can add to a ratio r: 0.1 per letter over four letters
_MAX_START_BONUS = 0.4


def _similarity(a: str, b: str, floor: float = 0.0) -> float:
    """difflib's ratio raised by a shared start (Winkler's idea: typos rarely hit the first
    letters), so "trapz" is nearer "traps" than "strap".

    Below ``floor`` the exact value does not matter (it is cut off anyway) and 0 is
    returned as soon as difflib's cheap upper bounds show the ratio cannot reach it: that
    skips most of the work, which runs for every name at every key press.
    """
    # similarity = r + bonus * (1 - r) grows with r; the r that reaches `floor` at the
    # largest bonus is the least ratio worth computing
    least = (floor - _MAX_START_BONUS) / (1.0 - _MAX_START_BONUS)
    # the lengths alone bound the ratio (difflib's real_quick_ratio), before any matcher
    if least > 0 and 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < least:
        return 0.0
    import difflib  # first needed at the first search, not at start-up

    matcher = difflib.SequenceMatcher(None, a, b)
    if least > 0 and matcher.quick_ratio() < least:
        return 0.0
    ratio = matcher.ratio()
    shared = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        shared += 1
    return ratio + 0.1 * shared * (1.0 - ratio)


def _score(query: str, name: str, floor: float = 0.0) -> float:
    """The tier score of ``name`` for ``query``; a fuzzy score under ``floor`` may be 0."""
    if not name:
        return 0.0
    if query == name or (len(query) >= 3 and name == query + "s"):
        return EXACT
    words = name.split()
    qwords = query.split()
    if query in words or (len(qwords) > 1 and _contains_run(words, qwords)):
        return WHOLE_WORD
    if name.startswith(query):
        return PREFIX
    if any(w.startswith(query) for w in words):
        return WORD_PREFIX
    if len(qwords) > 1 and all(any(w.startswith(q) for w in words) for q in qwords):
        return ALL_WORDS_PREFIX
    if query in name:
        return SUBSTRING
    if len(query) < MIN_FUZZY_LENGTH:
        return 0.0
    candidates = [name, *(w for w in words if len(w) >= MIN_FUZZY_LENGTH)]
    return FUZZY_WEIGHT * max(_similarity(query, c, floor / FUZZY_WEIGHT) for c in candidates)


def _contains_run(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i:i + n] == run for i in range(len(words) - n + 1))


@record
class MuscleMatch:
    """One search hit: the muscle, how well it matched (0-1) and which of its names did."""

    muscle: Muscle
    score: float
    matched: str
    #: set when the muscle is listed because of a place or complaint the query named
    #: ("temple headache"), not because of its own name
    place: str | None = None

    @property
    def exact(self) -> bool:
        return self.score >= EXACT


def rank_muscles(query: str, knowledge: KnowledgeBase, limit: int = 20,
                 cutoff: float = DEFAULT_CUTOFF) -> list[MuscleMatch]:
    """Muscles matching ``query`` with their scores, best first (ties by name).

    An empty query lists all muscles by name, each with score 0.
    """
    q = _norm(query)
    muscles = sorted(knowledge.muscles.values(), key=lambda m: m.name.lower())
    if not q:
        return [MuscleMatch(m, 0.0, m.name) for m in muscles[:limit]]
    scored: list[MuscleMatch] = []
    for m in muscles:
        best = max(((_score(q, _norm(n), cutoff), n) for n in (m.name, m.id, *m.aliases)),
                   key=lambda t: t[0])
        if best[0] >= cutoff:
            scored.append(MuscleMatch(m, best[0], best[1]))
    # sorted() is stable, so equal scores keep the alphabetical order of `muscles`
    scored.sort(key=lambda hit: -hit.score)
    return scored[:limit]


def search_muscles(query: str, knowledge: KnowledgeBase, limit: int = 20,
                   cutoff: float = DEFAULT_CUTOFF) -> list[Muscle]:
    """Muscles best matching ``query``, best first; all muscles by name for an empty query."""
    return [hit.muscle for hit in rank_muscles(query, knowledge, limit, cutoff)]


class MuscleNotFoundError(LookupError):
    """No muscle (or more than one) answers to a name; the message says what to type."""

    def __init__(self, query: str, message: str, suggestions: tuple[Muscle, ...]) -> None:
        super().__init__(message)
        self.query = query
        self.suggestions = suggestions


def resolve_muscle(query: str, knowledge: KnowledgeBase) -> Muscle:
    """The one muscle whose id, name or alias is ``query`` (any case, spaces or underscores).

    Only an exact answer resolves: a script must not silently get the nearest muscle. On a
    miss, or an alias shared by several muscles ("rotator cuff"), raises MuscleNotFoundError whose
    message names the nearest muscles by id.
    """
    if query in knowledge.muscles:
        return knowledge.muscles[query]
    hits = rank_muscles(query, knowledge, limit=len(knowledge.muscles))
    exact = [h.muscle for h in hits if h.exact]
    if len(exact) == 1:
        return exact[0]
    if exact:
        listed = ", ".join(f"{m.id} ({m.name})" for m in exact)
        raise MuscleNotFoundError(query, f"{query!r} names more than one muscle: {listed}. "
                             "Give one of these ids.", tuple(exact))
    near = tuple(h.muscle for h in hits[:3])
    hint = (" Did you mean " + ", ".join(f"{m.id} ({m.name})" for m in near) + "?"
            if near else "")
    raise MuscleNotFoundError(query, f"unknown muscle {query!r}.{hint}", near)


# ---------------------------------------------------------------------- places and complaints
# A place or complaint can be behind a query as well as a muscle name: "temple" is an area,
# "headache" and "tennis elbow" are complaints (data/search_terms.yaml). Both are scored
# with the same tiers as muscle names, so "sciatic" finds "sciatica" as a prefix.

#: muscles a source names for a place score just under the place itself, and muscles that
#: merely refer pain there a little lower, so an exact muscle name still outranks both
NAMED_FOR_PLACE, REFERS_TO_PLACE = 0.99, 0.9

#: words that only say it hurts, or join the others ("pain in my hip", "my knee hurts",
#: "dolor de rodilla"), as normalise_words leaves them. Places are also matched on the words
#: left without them: "eye pain" compared whole looked most like "heel pain", and "pain in
#: the hip" like "temple headache"; on "eye" and "hip" they are the eye and the hip. Words
#: that say where ("back", "outer", "behind", "side") are never among them. (Muscle names
#: are not: "knee" in "knee pain" would find the popliteus by its alias before the muscles
#: that refer pain to the knee.)
FILLER_WORDS = frozenset({
    "pain", "pains", "painful", "ache", "aches", "aching", "achy", "sore", "soreness",
    "hurt", "hurts", "hurting", "i", "my", "it", "is", "a", "an", "the", "in", "on", "at",
    "of", "to", "and", "left", "right",
    "dolor", "dolores", "duele", "duelen", "me", "mi", "mis", "el", "la", "los", "las", "de",
    "del", "en", "un", "una", "y", "izquierdo", "izquierda", "derecho", "derecha",
})
#: a match on the words left scores a hair under the same match on the whole query, so a
#: complaint typed in full ("stiff neck") stays ahead of one that shares its place word
CONTENT_WEIGHT = 0.99
#: a place all of whose words the query names among others ("eye" and "headache" in
#: "headache behind the eye"): under every tier on the whole query but the substring one,
#: and above it, so that look-alikes are not tried; a place of more words a hair higher
COVERED, COVERED_MAX = 0.81, 0.83
#: the most places one query lists; more would push the muscles off the screen
MAX_PLACES = 6
#: two places whose scores are this close matched the query equally well (the tiers are
#: 0.02 or more apart; ties within a tier differ by 1e-4 steps)
SAME_MATCH = 0.015
_PREVALENCE_ORDER = {p: i for i, p in enumerate(Prevalence)}


def content_words(normalised: str) -> str:
    """``normalised`` (normalise_words) without the FILLER_WORDS."""
    return " ".join(w for w in normalised.split() if w not in FILLER_WORDS)


@record
class PlaceMatch:
    """A place on the body, or a complaint felt there, that a query names."""

    #: what the row says: the area label ("temple") or the complaint ("tennis elbow")
    phrase: str
    #: bare area names to mark (data/regions.yaml), on one side or both
    areas: tuple[str, ...]
    score: float
    #: which of its names matched ("lateral epicondylitis" for tennis elbow)
    matched: str
    #: the muscles a source names first for it, most likely first
    named_muscles: tuple[str, ...] = ()
    #: red-flag checklist ids to read first
    red_flags: tuple[str, ...] = ()
    #: what to know before pressing for this complaint ("" for none)
    caution: str = ""

    def regions(self, side: Side | None) -> tuple[RegionId, ...]:
        """The region ids to mark: one side, or both when ``side`` is None."""
        sides = (side,) if side is not None else tuple(Side)
        return tuple(RegionId.of(s, area) for s in sides for area in self.areas)

    def label(self, side: Side | None, translate: Translate = untranslated) -> str:
        """'left temple', 'right tennis elbow', 'temple (both sides)'; the phrase is data
        (English), the words around it go through ``translate`` (context "Search")."""
        if side is None:
            template = translate("Search", "{place} (both sides)")
        elif side is Side.LEFT:
            template = translate("Search", "left {place}")
        else:
            template = translate("Search", "right {place}")
        return template.format(place=self.phrase)


@record
class SearchResults:
    """Places and muscles for one query, each list best first; never silent about a miss."""

    query: str
    places: tuple[PlaceMatch, ...]
    muscles: tuple[MuscleMatch, ...]
    #: names near a query that matched nothing ("did you mean ..."), best first
    suggestions: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.places or self.muscles)

    @property
    def places_first(self) -> bool:
        """The query reads as a place or complaint at least as well as a muscle name."""
        if not self.places:
            return False
        return not self.muscles or self.places[0].score >= self.muscles[0].score

    def message(self, translate: Translate = untranslated) -> str | None:
        """What to say when nothing matched; None when something did. The sentence goes
        through ``translate`` (context "Search"); the suggested names are data."""
        if self.found:
            return None
        query = repr(self.query.strip())
        if self.suggestions:
            return suggestion_template(translate).format(
                query=query, names=", ".join(self.suggestions))
        return translate(
            "Search", "No match for {query}. Try a muscle (trapezius, QL), a place on the "
            "body (temple, heel) or a complaint (headache, tennis elbow).").format(query=query)


def suggestion_template(translate: Translate = untranslated) -> str:
    """The "did you mean" sentence with ``{query}`` and ``{names}`` still to fill: the
    window fills ``{names}`` with links, the command line with plain names."""
    return translate("Search", "No match for {query}. Did you mean {names}?")


def search(query: str, knowledge: KnowledgeBase, terms: SearchTerms | None = None,
           limit: int = 20) -> SearchResults:
    """Muscles and places for what the user typed: a muscle name or alias, a body area or a
    complaint ("headache"). Places named by the query bring their muscles: first those a
    source names for the complaint, then those whose trigger points refer pain there.

    When anything matches well (a whole name, a word, a prefix or a substring), look-alike
    (fuzzy) hits are dropped: "headache" must not list a muscle for having "head" in an alias.
    An empty query lists every muscle by name, and no places.
    """
    q = _norm(query)
    if not q:
        return SearchResults(query, (), tuple(rank_muscles(query, knowledge, limit)))
    terms = terms or SearchTerms()
    # look-alikes only count when nothing matches better, so try without them first: the
    # fuzzy comparison is most of the cost of a key press
    places = _rank_places(q, knowledge, terms, SUBSTRING)
    by_name = rank_muscles(query, knowledge, len(knowledge.muscles), SUBSTRING)
    if not places and not by_name:
        places = _rank_places(q, knowledge, terms, DEFAULT_CUTOFF)
        by_name = rank_muscles(query, knowledge, len(knowledge.muscles))
    places = places[:MAX_PLACES]
    muscles: dict[str, MuscleMatch] = {h.muscle.id: h for h in by_name}
    best_name = by_name[0].score if by_name else 0.0
    # only places at least as good as the best muscle name bring their muscles: "pec" must
    # not list the chest's muscles ahead of the pectorals because "pec" looks like a place;
    # and a second place only when it matched as well as the first ("headache behind the
    # eye"), not when it merely shares a word ("upper back pain" brought the muscles of the
    # upper back of the thigh)
    bringing = [p for p in places if p.score >= best_name][:2]
    for place in [p for p in bringing if p.score >= bringing[0].score - SAME_MATCH]:
        for hit in _muscles_for(place, knowledge):
            known = muscles.get(hit.muscle.id)
            if known is None or known.score < hit.score:
                muscles[hit.muscle.id] = hit
    ranked = sorted(muscles.values(), key=lambda h: (-h.score, h.muscle.name.lower()))
    suggestions = () if places or ranked else _suggest(q, knowledge, terms)
    return SearchResults(query, tuple(places), tuple(ranked[:limit]), suggestions)


def mark_place(drawing: PainDrawing, place: PlaceMatch, side: Side | None) -> PainDrawing:
    """``drawing`` with the place's regions marked; regions already marked keep their
    intensity and quality (choosing "temple" must not reset a 9/10 temple to 5/10)."""
    out = drawing
    for rid in place.regions(side):
        if rid not in out:
            out = out.with_region(rid, DEFAULT_INTENSITY)
    return out


def _place_names(knowledge: KnowledgeBase) -> list[tuple[str, str]]:
    """(area, label without the side) for every area, in catalogue order."""
    out: dict[str, str] = {}
    for region in knowledge.regions.values():
        if region.side is Side.LEFT:
            out[region.area] = region.label.split(" ", 1)[1]
    return list(out.items())


def _rank_places(q: str, knowledge: KnowledgeBase, terms: SearchTerms,
                 cutoff: float) -> list[PlaceMatch]:
    query = _Query(q)
    found: list[PlaceMatch] = []
    for term in terms.terms:
        score, name = query.best(term.names, cutoff)
        if score >= cutoff:
            found.append(_term_place(term, score, name))
    for area, label in _place_names(knowledge):
        score, name = query.best((label, area), cutoff)
        if score >= cutoff:
            found.append(PlaceMatch(label, (area,), score, label))
    # at equal scores, the name that adds fewer words of its own to the query's comes first
    # ("shoulder": "shoulder pain" and "top of shoulder" before "pain between the shoulder
    # blades", whose "shoulder" is a blade's); then complaints before areas (stable)
    found.sort(key=lambda p: (-p.score, query.extra_words(p.matched)))
    # "temple" matches the area and the complaint "temple headache": one row marks both,
    # named as the better match, with the muscles and red flags the complaint brings
    merged: dict[frozenset[str], PlaceMatch] = {}
    for place in found:
        key = frozenset(place.areas)
        kept = merged.get(key)
        if kept is None:
            merged[key] = place
        else:
            merged[key] = replace(
                kept,
                named_muscles=tuple(dict.fromkeys(kept.named_muscles + place.named_muscles)),
                red_flags=tuple(dict.fromkeys(kept.red_flags + place.red_flags)),
                caution=kept.caution or place.caution)
    return list(merged.values())


def _term_place(term: SearchTerm, score: float, matched: str) -> PlaceMatch:
    return PlaceMatch(term.phrase, term.areas, score, matched, term.muscles, term.red_flags,
                      term.caution)


class _Query:
    """A normalised query, compared with a place's names whole and on its words without the
    FILLER_WORDS (see CONTENT_WEIGHT and COVERED)."""

    def __init__(self, q: str) -> None:
        self.q = q
        content = content_words(q)
        #: the words left, when filler was taken out and something is left
        self.content = content if content and content != q else None
        self.words = frozenset(content.split())
        #: every word the query says, filler included (the words above are among them)
        self.said = frozenset(q.split())

    def score(self, name: str, cutoff: float) -> float:
        n = _norm(name)
        best = _score(self.q, n, cutoff)
        left = content_words(n)
        if not left:
            return best
        if self.content is not None and best < CONTENT_WEIGHT:
            best = max(best, CONTENT_WEIGHT * _score(self.content, left, cutoff))
        if best < COVERED_MAX and len(self.words) > 1:
            named = left.split()
            if self.words.issuperset(named):
                best = max(best, COVERED + 0.01 * min(len(named) - 1, 2))
        return best

    def extra_words(self, name: str) -> int:
        """How many words of ``name`` (filler aside) the query does not say."""
        return sum(1 for word in content_words(_norm(name)).split() if word not in self.said)

    def best(self, names: tuple[str, ...], cutoff: float) -> tuple[float, str]:
        return max(((self.score(n, cutoff), n) for n in names), key=lambda t: t[0])


def _muscles_for(place: PlaceMatch, knowledge: KnowledgeBase) -> list[MuscleMatch]:
    """The muscles a source names for the place, in its order, then those whose trigger
    points send their main pain there, commonest first."""
    out: list[MuscleMatch] = []
    named = [mid for mid in place.named_muscles if mid in knowledge.muscles]
    for i, mid in enumerate(named):
        # a hair lower for each: keeps the source's order within the tier
        out.append(MuscleMatch(knowledge.muscles[mid], place.score * NAMED_FOR_PLACE - i * 1e-4,
                               place.matched, place.phrase))
    regions = set(place.regions(Side.LEFT))
    referring: list[tuple[int, str, Muscle]] = []
    for muscle in knowledge.muscles.values():
        if muscle.id in named:
            continue
        hits = [tp for tp in muscle.points_on(Side.LEFT) if tp.essential & regions]
        if hits:
            commonest = min(_PREVALENCE_ORDER[tp.prevalence] for tp in hits)
            referring.append((commonest, muscle.name.lower(), muscle))
    for i, (_, _, muscle) in enumerate(sorted(referring, key=lambda t: t[:2])):
        out.append(MuscleMatch(muscle, place.score * REFERS_TO_PLACE - i * 1e-4,
                               place.matched, place.phrase))
    return out


def _suggest(q: str, knowledge: KnowledgeBase, terms: SearchTerms, limit: int = 3
             ) -> tuple[str, ...]:
    """Names near a query that matched nothing: muscles, areas and complaints alike."""
    names: dict[str, str] = {}
    for m in knowledge.muscles.values():
        for n in (m.name, *m.aliases):
            names.setdefault(_norm(n), n)
    for _, label in _place_names(knowledge):
        names.setdefault(_norm(label), label)
    for term in terms.terms:
        for n in term.names:
            names.setdefault(_norm(n), n)
    import difflib  # not on the start path: first needed when a search finds nothing

    # whole names first, then single words of them ("trapezuis muscle" -> trapezius)
    close = difflib.get_close_matches(q, list(names), n=limit, cutoff=0.6)
    if not close:
        words: dict[str, str] = {}
        for key, name in names.items():
            for w in key.split():
                if len(w) >= MIN_FUZZY_LENGTH:
                    words.setdefault(w, name)
        near = difflib.get_close_matches(q, list(words), n=limit, cutoff=0.6)
        return tuple(dict.fromkeys(words[w] for w in near))
    return tuple(names[c] for c in close)
