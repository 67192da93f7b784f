"""Forgiving muscle search: names, aliases and misspellings ("QL", "psoas", "fibularis")."""

from __future__ import annotations

import difflib
import re

from bodymap.domain.knowledge import KnowledgeBase, Muscle

_WORD = re.compile(r"[a-z0-9]+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("_", " ")))


def _score(query: str, name: str) -> float:
    if not name:
        return 0.0
    if query == name:
        return 1.0
    if name.startswith(query):
        return 0.92
    words = name.split()
    if any(w.startswith(query) for w in words):
        return 0.86
    if query in name:
        return 0.8
    # every query word matches the start of some word ("glut med" -> gluteus medius)
    qwords = query.split()
    if len(qwords) > 1 and all(any(w.startswith(q) for w in words) for q in qwords):
        return 0.84
    ratio = difflib.SequenceMatcher(None, query, name).ratio()
    best_word = max((difflib.SequenceMatcher(None, query, w).ratio() for w in words),
                    default=0.0)
    return 0.75 * max(ratio, best_word)


def search_muscles(query: str, knowledge: KnowledgeBase, limit: int = 20,
                   cutoff: float = 0.55) -> list[Muscle]:
    """Muscles best matching ``query``, best first; all muscles by name for an empty query."""
    q = _norm(query)
    muscles = sorted(knowledge.muscles.values(), key=lambda m: m.name.lower())
    if not q:
        return muscles[:limit]
    scored: list[tuple[float, str, Muscle]] = []
    for m in muscles:
        names = [m.name, m.id, *m.aliases]
        best = max(_score(q, _norm(n)) for n in names)
        if best >= cutoff:
            scored.append((-best, m.name.lower(), m))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [m for _, _, m in scored[:limit]]
