"""Targets: every numeric figure with indicator, value, unit, qualifier, change, kind, period, region."""
from __future__ import annotations

from typing import Any

from ..rulebook import Rules
from .context import PageContext


def extract_targets(ctx: PageContext, rules: Rules) -> list[dict[str, Any]]:
    return []
