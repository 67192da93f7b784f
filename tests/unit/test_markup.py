"""bodymap.report.markup.escape writes what html.escape writes (it stands in for it so that
the window's start does not load html.entities)."""

from __future__ import annotations

import html

import pytest

from bodymap.report.markup import escape

SAMPLES = [
    "",
    "plain words",
    "<b>bold</b> & 'quoted' \"twice\"",
    "&amp; already escaped stays escaped once more",
    "5 < 6 > 4",
    "Músculo cuadrado lumbar — «zona»",
    "<script>alert('x')</script>",
    "a'b\"c&d<e>f" * 3,
]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("quote", [True, False])
def test_escape_writes_what_html_escape_writes(text: str, quote: bool) -> None:
    assert escape(text, quote=quote) == html.escape(text, quote=quote)


def test_quote_marks_are_escaped_by_default() -> None:
    assert escape("it's \"here\"") == "it&#x27;s &quot;here&quot;"
