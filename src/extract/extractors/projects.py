"""Projects: named investment and construction projects with list, status and amount."""
from __future__ import annotations

from typing import Any

from ..rulebook import Rules
from .context import PageContext


def extract_projects(ctx: PageContext, rules: Rules) -> list[dict[str, Any]]:
    return []
