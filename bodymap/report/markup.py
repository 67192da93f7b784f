"""Text made safe to put into Qt's rich text (the card, the panel's lists and notes).

``escape`` does what ``html.escape`` does. The ``html`` package is not imported for it
because its ``__init__`` also loads ``html.entities`` (a table of 2,200 named characters,
for ``unescape``, which bodymap never calls): 1.3 ms of every window's start."""

from __future__ import annotations


def escape(text: str, quote: bool = True) -> str:
    """``text`` with ``&``, ``<`` and ``>`` (and, when ``quote``, both quote marks) written
    as character references, exactly as ``html.escape`` writes them."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text
