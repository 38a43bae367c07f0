"""Rule files are validated on load; errors name the file and the line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract.rulebook import RuleError, load_rules, load_tsv

from ..conftest import ROOT


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_project_rules_load_and_ids_are_unique(rules):
    ids = rules.rule_ids()
    assert len(ids) == len(set(ids)) > 20
    assert rules.table("boilerplate") and rules.setting("meta.head_lines") == 40


def test_bad_regex_names_file_and_line(tmp_path):
    path = write(tmp_path, "spam.tsv", "# comment\nid\tpattern\nok.1\tfoo\nbad.2\t(unclosed\n")
    with pytest.raises(RuleError) as err:
        load_tsv(path, ("id", "pattern"))
    assert err.value.line == 4 and str(path) in str(err.value) and "regular expression" in str(err.value)


def test_duplicate_id_and_missing_column(tmp_path):
    path = write(tmp_path, "a.tsv", "id\tword\nx\t一\nx\t二\n")
    with pytest.raises(RuleError, match=r"a.tsv:3: id 'x' already used on line 2"):
        load_tsv(path)
    path = write(tmp_path, "b.tsv", "id\tword\ny\t\n")
    with pytest.raises(RuleError, match=r"b.tsv:2: .*'word' is empty"):
        load_tsv(path, ("id", "word"))


def test_closed_vocabulary_is_checked(tmp_path):
    path = write(tmp_path, "boilerplate.tsv", "id\taction\tpattern\nbp.x\tdelete\tfoo\n")
    with pytest.raises(RuleError, match="action='delete' is not one of"):
        load_tsv(path, ("id", "pattern", "action"), {"action": {"line", "span"}})


def test_a_rule_may_name_several_places_where_its_column_allows_it(tmp_path):
    from extract.rulebook.schema import SCHEMAS

    required, choices = SCHEMAS["html_lines"]
    path = write(tmp_path, "html_lines.tsv", "id\twhere\tpattern\nhl.a\thead,last\t^图集$\n")
    assert load_tsv(path, required, choices)[0]["where"] == "head,last"
    bad = write(tmp_path, "html_lines.tsv", "id\twhere\tpattern\nhl.a\thead,middle\t^图集$\n")
    with pytest.raises(RuleError, match=r"html_lines.tsv:2: .*where='head,middle' is not one of"):
        load_tsv(bad, required, choices)
    one = write(tmp_path, "boilerplate.tsv", "id\tpattern\taction\nbp.a\tx\tline,span\n")
    with pytest.raises(RuleError, match="action='line,span' is not one of"):
        load_tsv(one, *SCHEMAS["boilerplate"])


def test_a_broken_file_in_a_rules_folder_stops_loading(tmp_path):
    rules_dir = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules_dir)
    with (rules_dir / "boilerplate.tsv").open("a", encoding="utf-8") as fh:
        fh.write("bp.broken\tline\t[unclosed\n")
    with pytest.raises(RuleError) as err:
        load_rules(rules_dir)
    assert err.value.path.endswith("boilerplate.tsv")
    assert err.value.line == len((rules_dir / "boilerplate.tsv").read_text(encoding="utf-8").splitlines())


def test_same_length_check_for_t2s_phrases(tmp_path):
    rules_dir = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules_dir)
    with (rules_dir / "t2s_phrases.tsv").open("a", encoding="utf-8") as fh:
        fh.write("t2s.bad\t著\t着力\n")
    with pytest.raises(RuleError, match="same length"):
        load_rules(rules_dir)


def test_a_bad_pattern_in_settings_names_file_and_line(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    settings = folder / "settings.toml"
    lines = settings.read_text(encoding="utf-8").splitlines()
    at = next(i for i, t in enumerate(lines) if t.startswith("ordinal_token_re"))
    lines[at] = 'ordinal_token_re = "第[一二(届"'
    settings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(folder)
    assert f"settings.toml:{at + 1}" in str(err.value) and "ordinal_token_re" in str(err.value)
