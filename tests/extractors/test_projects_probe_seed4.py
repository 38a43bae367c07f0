"""Projects: classes met while probing seed-like pages (seed round 4): a signing list whose items
each carry their own amount clause (分别是：A项目，总投资3.1亿元；B项目，总投资2900万元；…) names one
project per ；-piece, whole (及 and 、 inside a piece do not split it). Sentences written for these tests."""
from __future__ import annotations

from .project_rows import names


def test_items_each_followed_by_their_amount_are_all_projects(rules):
    got = names("本次推介会上，青川县签约的4个项目分别是：青川县白龙湖康养度假区建设项目，总投资4.2亿元；"
                "青川县木鱼镇茶叶精深加工及冷链仓储项目，总投资1.5亿元；广元市青川竹编产业园项目，总投资8600万元；"
                "青川县乔庄镇光伏发电项目，总投资2亿元。", rules)
    assert "青川县白龙湖康养度假区建设项目" in got
    assert "青川县木鱼镇茶叶精深加工及冷链仓储项目" in got
    assert "广元市青川竹编产业园项目" in got
    assert "青川县乔庄镇光伏发电项目" in got


def test_a_piece_with_more_than_its_amount_ends_the_list(rules):
    got = names("这3个项目分别是：城北污水处理厂扩建工程，总投资2亿元，年底建成；城南水厂项目，总投资1亿元。", rules)
    assert "城南水厂项目" not in got


def test_a_lone_item_clause_before_a_total_is_still_split(rules):
    got = names("本次签约项目6个，分别是城东冷链物流园项目、城西新材料产业园项目，总投资12亿元。", rules)
    assert "城东冷链物流园项目" in got and "城西新材料产业园项目" in got
