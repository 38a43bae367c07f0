"""Rule files: loading, validation, and the ``Rules`` object stages read from."""
from .loader import RuleError, RuleRow, load_tsv
from .ruleset import Rules, load_rules, default_rules_dir

__all__ = ["RuleError", "RuleRow", "load_tsv", "Rules", "load_rules", "default_rules_dir"]
