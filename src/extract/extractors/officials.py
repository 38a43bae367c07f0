"""Officials: public office holders with their full titles, organisation and region."""
from __future__ import annotations

from typing import Any

from ..rulebook import Rules
from .context import PageContext


def extract_officials(ctx: PageContext, rules: Rules) -> list[dict[str, Any]]:
    return []
