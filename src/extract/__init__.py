"""extract: clean text, targets, projects and officials from messy Chinese news and government pages.

    import extract
    result = extract.run("corpus/")          # a RunResult
    result["targets"].head()                  # pandas DataFrames
    extract.process_page(open("page.html", "rb").read())["documents"]
"""
from .api import RunResult, process_page, run
from .rulebook import RuleError, Rules, load_rules

__version__ = "0.1.0"
__all__ = ["run", "process_page", "load_rules", "Rules", "RuleError", "RunResult", "__version__"]
