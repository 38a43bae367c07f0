"""Traditional to simplified: OpenCC plus the project's fixes, and the script column."""
from __future__ import annotations

from extract.clean.script import Simplify
from extract.record import PageRecord


def simplify(rules, text: str, title: str = "") -> PageRecord:
    return Simplify(rules).process(PageRecord(source_path="t", text=text, title=title))


def test_a_traditional_page_writes_the_particle_zhe_as_simplified_script_does(rules):
    rec = simplify(rules, "這標誌著全市經濟進入新階段，隨著項目推進，他著名的著作顯著影響著後人。",
                   title="標誌著新起點")
    assert rec.script == "traditional"
    assert rec.text == "这标志着全市经济进入新阶段，随着项目推进，他著名的著作显著影响着后人。"
    assert rec.title == "标志着新起点"
    assert len(rec.text) == len(rec.text_original)


def test_a_simplified_page_keeps_its_own_zhu(rules):
    text = "这一成果显著，他是著名学者，编著多部论著。"
    rec = simplify(rules, text)
    assert rec.script == "simplified" and rec.text == text


def test_the_variant_jian_of_saline_land_is_written_as_simplified_script_does(rules):
    # OpenCC keeps 堿 (a variant of 鹼): 盐碱 and 碱性 are the mainland forms
    rec = simplify(rules, "該縣建設鹽堿地綜合利用產業基地，改良堿性土壤三萬畝。")
    assert "盐碱地综合利用产业基地" in rec.text and "碱性土壤" in rec.text, rec.text
    assert len(rec.text) == len(rec.text_original)
