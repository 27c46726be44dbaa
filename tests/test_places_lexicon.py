"""Consistency checks for the place lexicon data/lexicons/places.tsv."""

import csv
from collections import Counter
from pathlib import Path

import pytest

PLACES = Path(__file__).resolve().parent.parent / "data" / "lexicons" / "places.tsv"
HEADER = ["name", "full", "level", "parent", "aliases", "bare_ok"]
LEVELS = {"province", "prefecture", "county", "country", "region"}
JIANGSU_PREFECTURES = [
    "南京",
    "无锡",
    "徐州",
    "常州",
    "苏州",
    "南通",
    "连云港",
    "淮安",
    "盐城",
    "扬州",
    "镇江",
    "泰州",
    "宿迁",
]


def _read_raw():
    with PLACES.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def raw():
    return _read_raw()


@pytest.fixture(scope="module")
def rows(raw):
    return [dict(zip(HEADER, fields, strict=True)) for fields in raw[1:]]


def test_header(raw):
    assert raw[0] == HEADER


def test_every_row_has_six_fields(raw):
    bad = [(i + 1, fields) for i, fields in enumerate(raw) if len(fields) != 6]
    assert not bad


def test_no_empty_names_or_fulls(rows):
    assert all(r["name"] and r["full"] for r in rows)


def test_levels_valid(rows):
    assert {r["level"] for r in rows} <= LEVELS


def test_bare_ok_is_flag(rows):
    assert {r["bare_ok"] for r in rows} <= {"0", "1"}


def test_one_char_names_never_bare(rows):
    assert not [r["name"] for r in rows if len(r["name"]) < 2 and r["bare_ok"] == "1"]


def is_province(rows, name: str) -> bool:
    return any(r["level"] == "province" for r in rows if r["name"] == name)  # 河北 the province, 河北 of 天津


def test_parents_exist(rows):
    names = {r["name"] for r in rows}
    for r in rows:
        if r["level"] in ("province", "country"):  # provinces hang under no row
            assert r["parent"] == "", r
        elif r["level"] == "region":  # 长三角 spans provinces; 苏南 lies in one
            assert r["parent"] == "" or is_province(rows, r["parent"]), r
        else:
            assert r["parent"] in names, r


def test_parent_levels(rows):
    level_of = {}
    for r in rows:
        level_of.setdefault(r["name"], set()).add(r["level"])
    for r in rows:
        if r["level"] == "prefecture":
            assert "province" in level_of[r["parent"]], r
        elif r["level"] == "county":
            assert level_of[r["parent"]] & {"province", "prefecture"}, r


def test_parent_resolves_to_one_row(rows):
    holders = Counter(r["name"] for r in rows if r["level"] in ("province", "prefecture"))
    for r in rows:
        if r["level"] not in ("province", "country", "region"):
            assert holders[r["parent"]] == 1, r


def test_one_country_with_no_name_to_match_inside_words(rows):
    countries = [r for r in rows if r["level"] == "country"]
    # 中国 alone is never matched (中国银行, 中国(南京)软件谷); 中国大陆, as Taiwan and Hong Kong write it, is
    assert [(r["name"], r["bare_ok"], r["aliases"]) for r in countries] == [("中国", "0", "中国大陆|中國大陸")]


def test_exactly_34_provinces(rows):
    provinces = [r["name"] for r in rows if r["level"] == "province"]
    assert len(provinces) == 34
    for name in (
        "北京",
        "天津",
        "上海",
        "重庆",
        "内蒙古",
        "广西",
        "西藏",
        "宁夏",
        "新疆",
        "香港",
        "澳门",
        "台湾",
        "江苏",
    ):
        assert name in provinces
    assert "全国" not in {r["name"] for r in rows}


def test_prefecture_count(rows):
    assert sum(r["level"] == "prefecture" for r in rows) >= 330


def test_jiangsu_prefectures_have_children(rows):
    prefectures = {r["name"] for r in rows if r["level"] == "prefecture" and r["parent"] == "江苏"}
    assert prefectures == set(JIANGSU_PREFECTURES)
    children = Counter(r["parent"] for r in rows if r["level"] == "county")
    for pref in JIANGSU_PREFECTURES:
        assert children[pref] >= 3, pref


def test_changzhou_children_exact(rows):
    kids = {r["name"] for r in rows if r["level"] == "county" and r["parent"] == "常州"}
    assert kids == {"天宁", "钟楼", "新北", "武进", "金坛", "溧阳"}


@pytest.mark.parametrize(
    ("name", "parent", "full"),
    [
        ("吴江", "苏州", "吴江区"),
        ("海门", "南通", "海门区"),
        ("清江浦", "淮安", "清江浦区"),
        ("金坛", "常州", "金坛区"),
        ("丹徒", "镇江", "丹徒区"),
        ("江都", "扬州", "江都区"),
        ("姜堰", "泰州", "姜堰区"),
        ("句容", "镇江", "句容市"),
    ],
)
def test_2023_jiangsu_divisions(rows, name, parent, full):
    assert any(r["name"] == name and r["parent"] == parent and r["full"] == full for r in rows)


def test_no_duplicate_name_parent(rows):
    dups = [k for k, n in Counter((r["name"], r["parent"]) for r in rows).items() if n > 1]
    assert not dups


def test_shared_short_names_not_bare(rows):
    by_name = {}
    for r in rows:
        by_name.setdefault(r["name"], []).append(r)
    for name in ("通州", "鼓楼", "朝阳", "普陀"):
        assert len(by_name[name]) >= 2, name
        assert all(r["bare_ok"] == "0" for r in by_name[name]), name


def test_aliases_well_formed(rows):
    for r in rows:
        if not r["aliases"]:
            continue
        parts = r["aliases"].split("|")
        assert all(len(p) >= 2 for p in parts), r
        assert len(parts) == len(set(parts)), r
        assert r["name"] not in parts, r


def test_traditional_aliases(rows):
    aliases = {a for r in rows for a in r["aliases"].split("|") if a}
    for form in ("溧陽", "鎮江", "蘇州", "江蘇", "江蘇省", "溧陽市", "無錫", "廣東"):
        assert form in aliases, form


def test_examples(rows):
    index = {(r["name"], r["parent"]): r for r in rows}
    assert index[("常州", "江苏")]["full"] == "常州市"
    assert index[("常州", "江苏")]["bare_ok"] == "1"
    assert index[("江苏", "")]["full"] == "江苏省"
    assert index[("内蒙古", "")]["full"] == "内蒙古自治区"
    assert index[("广西", "")]["full"] == "广西壮族自治区"
    assert index[("延边", "吉林")]["full"] == "延边朝鲜族自治州"
    assert index[("中山", "广东")]["bare_ok"] == "1"
    assert index[("新北", "常州")]["bare_ok"] == "0"
    assert index[("武进", "常州")]["bare_ok"] == "1"
