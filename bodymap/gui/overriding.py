"""``@override`` (PEP 698; in ``typing`` from Python 3.12) without importing
typing_extensions at start.

typing_extensions' decorator only sets ``__override__`` on the method, and importing that
module cost every start 2-5 ms before the window could show. mypy reads the real decorator
from here; ruff treats this module as ``typing`` (``typing-modules`` in pyproject.toml); at run
time the decorator returns the method unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typing_extensions import override as override
else:
    _Method = TypeVar("_Method")

    def override(method: _Method) -> _Method:
        return method
