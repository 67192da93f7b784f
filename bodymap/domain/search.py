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
outranked by a name that merely looks alike. Fuzzy matching is skipped for words shorter
than four letters: "SCM" and "SM" look 80 % alike to a string matcher, but are unrelated
abbreviations. (difflib is enough for ~100 names; rapidfuzz would add a compiled dependency
for no gain in ranking.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bodymap.domain.knowledge import KnowledgeBase, Muscle

_WORD = re.compile(r"[a-z0-9]+")

# tier scores: each tier's floor is above the best score of the tier below it
EXACT, WHOLE_WORD, PREFIX, WORD_PREFIX, ALL_WORDS_PREFIX, SUBSTRING = (
    1.0, 0.95, 0.92, 0.86, 0.84, 0.8)
FUZZY_WEIGHT = 0.75  # a fuzzy match scores at most 0.75: below every exact-ish tier
MIN_FUZZY_LENGTH = 4  # shorter strings are abbreviations; likeness between them means nothing
DEFAULT_CUTOFF = 0.55


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("_", " ")))


def _similarity(a: str, b: str) -> float:
    """difflib's ratio raised by a shared start (Winkler's idea: typos rarely hit the first
    letters), so "trapz" is nearer "traps" than "strap"."""
    import difflib  # first needed at the first search, not at start-up

    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    shared = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        shared += 1
    return ratio + 0.1 * shared * (1.0 - ratio)


def _score(query: str, name: str) -> float:
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
    return FUZZY_WEIGHT * max(_similarity(query, c) for c in candidates)


def _contains_run(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i:i + n] == run for i in range(len(words) - n + 1))


@dataclass(frozen=True)
class MuscleMatch:
    """One search hit: the muscle, how well it matched (0-1) and which of its names did."""

    muscle: Muscle
    score: float
    matched: str

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
        best = max(((_score(q, _norm(n)), n) for n in (m.name, m.id, *m.aliases)),
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
