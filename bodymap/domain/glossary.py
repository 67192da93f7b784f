"""Plain phrases for the anatomical words in the muscle cards (data/glossary.yaml).

A card says "iliac crest"; a lay reader needs "the top rim of the hip bone". The glossary maps
each term to a plain phrase, and :class:`Explainer` puts that phrase in brackets after the
first use of each term in one card, so the app's card and the printed handout read the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from bodymap.domain.errors import DataError, Problem
from bodymap.domain.yamlfile import read_model

#: a word: where a term's match may start
_WORD = re.compile(r"\b\w+")

#: texts whose term uses are kept (the knowledge base's texts, the odd headline)
USES_KEPT = 20_000


class Glossary:
    """Term -> plain phrase, matched whole-word and ignoring case."""

    def __init__(self, entries: dict[str, str] | None = None) -> None:
        self.entries: dict[str, str] = dict(entries or {})
        self._by_key = {term.casefold(): plain for term, plain in self.entries.items()}
        # Where the terms occur in each text seen so far. Searching a card's texts with the
        # one pattern of every term took most of the time of building a card (about 1.7 ms of
        # 2.6); the texts come from the knowledge base, so each is searched once.
        self._found: dict[str, tuple[_Use, ...]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """Matches any term (group 1 is the term as written in the text); None if empty.
        Compiled when first used (the first card): 1.5 ms the start need not spend."""
        # Longest first, so "lateral epicondyle" wins over "epicondyle" at the same place.
        alternatives = sorted(self.entries, key=len, reverse=True)
        if not alternatives:
            return None
        body = "|".join(re.escape(t) for t in alternatives)
        # a plural "s"/"es" still counts as the term ("transverse processes")
        return re.compile(rf"\b({body})(?:e?s)?\b", re.IGNORECASE)

    def compile(self) -> None:
        """Compile the pattern now, e.g. on a worker thread before the first card needs it
        (``cached_property`` computes it once, under its lock)."""
        _ = self.pattern

    def plain(self, term: str) -> str | None:
        return self._by_key.get(term.casefold())

    def terms_in(self, text: str) -> set[str]:
        """The glossary terms (as written in the glossary) that occur in ``text``."""
        pattern = self.pattern
        if pattern is None:
            return set()
        names = {t.casefold(): t for t in self.entries}
        return {names[m.group(1).casefold()] for m in pattern.finditer(text)}

    def searched(self, text: str) -> bool:
        """Whether the uses of ``text`` are kept (``uses`` will not search it again)."""
        return text in self._found

    def uses(self, text: str) -> tuple[_Use, ...]:
        """The terms' uses in ``text``, in order (kept per text)."""
        found = self._found.get(text)
        if found is None:
            pattern = self.pattern
            if pattern is None:
                return ()
            found = tuple(_Use(m.group(1).casefold(), m.end(),
                               _already_explained(text, m.start(), m.end()))
                          for m in self._matches(pattern, text))
            if len(self._found) >= USES_KEPT:
                self._found.clear()
            self._found[text] = found
        return found

    def _matches(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` finds, found faster: the pattern is tried only
        where a word starts that some term starts with (or that word less a plural "s" or
        "es"), not at every character. Every term starts with a letter or digit (checked,
        else finditer), so a match can only start where a word does, and it ends where one
        ends: the same matches, in a quarter of the time (over the knowledge base's 5,660
        texts: 49 ms against 180)."""
        firsts = self._first_words
        if firsts is None:
            yield from pattern.finditer(text)
            return
        end = 0
        for word in _WORD.finditer(text):
            start = word.start()
            if start < end:
                continue
            key = word.group(0).casefold()
            if key in firsts or key[:-1] in firsts or key[:-2] in firsts:
                match = pattern.match(text, start)
                if match is not None:
                    end = match.end()
                    yield match

    @cached_property
    def _first_words(self) -> frozenset[str] | None:
        """The first word of every term, casefolded; None when a term does not start with a
        letter or digit (``_matches`` then searches every character)."""
        firsts = [_WORD.match(term) for term in self.entries]
        if not all(firsts):
            return None
        return frozenset(m.group(0).casefold() for m in firsts if m is not None)

    def explainer(self) -> Explainer:
        """A fresh explainer for one card: each term is explained once, at its first use."""
        return Explainer(self)


class Explainer:
    """Adds plain phrases to the texts of one card, in the order they are shown."""

    def __init__(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self.explained: set[str] = set()

    def __call__(self, text: str) -> str:
        out: list[str] = []
        last = 0
        for use in self._glossary.uses(text):
            if use.key in self.explained:
                continue
            self.explained.add(use.key)
            if use.explained_here:
                # "the tailbone (coccyx)" or "coccyx (tailbone)": the card says it already
                continue
            plain = self._glossary.plain(use.key) or ""
            out.append(text[last:use.end])
            out.append(f" ({plain})")
            last = use.end
        out.append(text[last:])
        return "".join(out)


class _Use(NamedTuple):
    """One use of a glossary term in a text."""

    key: str               # the term, casefolded
    end: int               # where the term (with any plural ending) ends in the text
    explained_here: bool   # the text explains it itself, in brackets


def _already_explained(text: str, start: int, end: int) -> bool:
    """The term sits inside brackets, or brackets follow it straight away."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    inside = before.endswith("(") or (text.rfind("(", 0, start) > text.rfind(")", 0, start))
    return inside or after.startswith("(")


def load_glossary(path: Path) -> Glossary:
    """Read data/glossary.yaml; DataError names the file, the entry and what is wrong."""
    from bodymap.domain.schemas import GlossaryFile

    gf = read_model(path, GlossaryFile)
    problems = [
        Problem(path, f"terms[{i}].term", "a term must be letters, digits, spaces, hyphens or "
                "apostrophes (it is matched as whole words)", e.term)
        for i, e in enumerate(gf.terms) if not re.fullmatch(r"[\w' -]+", e.term)
    ]
    problems += [
        Problem(path, f"terms[{i}].plain", "write the plain phrase without brackets: the app "
                "already shows it in brackets after the term", e.plain)
        for i, e in enumerate(gf.terms) if "(" in e.plain or ")" in e.plain
    ]
    if problems:
        raise DataError(problems)
    return Glossary({e.term: e.plain for e in gf.terms})
