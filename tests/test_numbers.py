"""Tests of factcheck.numbers.NumberFinder on real sentences."""

from decimal import Decimal

import opencc
import pytest

from factcheck.lexicon import load_lexicon
from factcheck.normalise import normalise
from factcheck.numbers import Mention, NumberFinder

D = Decimal


@pytest.fixture(scope="module")
def finder() -> NumberFinder:
    return NumberFinder(load_lexicon())


@pytest.fixture(scope="module")
def t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def find(finder: NumberFinder, sentence: str, converter=None) -> tuple[str, list[Mention]]:
    text = normalise(sentence, "", converter).text
    return text, finder.find(text)


def only(finder: NumberFinder, sentence: str, converter=None) -> tuple[str, Mention]:
    text, mentions = find(finder, sentence, converter)
    assert len(mentions) == 1, [(text[m.start : m.end], m.value, m.unit) for m in mentions]
    return text, mentions[0]


# sentence, value, unit, qualifier, matched text (the span includes qualifier words: 约, 近, 不超过)
SINGLE = [
    ("500多亿元", D("50000000000"), "CNY", "more_than", "500多亿元"),
    ("二百三十余万人", D("2300000"), "人", "more_than", "二百三十余万人"),
    ("20万人次以上", D("200000"), "人次", "at_least", "20万人次以上"),
    ("20个百分点", D("20"), "pp", "exact", "20个百分点"),
    ("十分之一", D("10"), "%", "exact", "十分之一"),
    ("一千瓦", D("1"), "kW", "exact", "一千瓦"),
    ("4亿余元", D("400000000"), "CNY", "more_than", "4亿余元"),
    ("100多家", D("100"), "家", "more_than", "100多家"),
    ("10余处", D("10"), "处", "more_than", "10余处"),
    ("三成", D("30"), "%", "exact", "三成"),
    ("近20倍", D("20"), "倍", "less_than", "近20倍"),
    ("4.5万亩", D("30000000"), "m2", "exact", "4.5万亩"),
    ("26.72公顷", D("267200"), "m2", "exact", "26.72公顷"),
    ("281.3万千瓦", D("2813000"), "kW", "exact", "281.3万千瓦"),
    ("161GWh", D("161000000"), "kWh", "exact", "161GWh"),
    ("6.16兆瓦", D("6160"), "kW", "exact", "6.16兆瓦"),
    ("约700万度的“绿电”", D("7000000"), "kWh", "approx", "约700万度"),
    ("30.7亿美元", D("3070000000"), "USD", "exact", "30.7亿美元"),
    ("4000万欧元", D("40000000"), "EUR", "exact", "4000万欧元"),
    ("不超过2万元", D("20000"), "CNY", "at_most", "不超过2万元"),
    # the number stage keeps the magnitude; the sign of 下降 is the claims stage's job
    ("下降30%以上", D("30"), "%", "at_least", "30%以上"),
    ("第六位", D("6"), "rank", "exact", "第六位"),
    ("第十二个", D("12"), "ordinal", "exact", "第十二个"),
    ("翻番", D("100"), "%", "exact", "翻番"),
    ("１．０７５３美元", D("1.0753"), "USD", "exact", "1.0753美元"),
    ("负3.9%", D("-3.9"), "%", "exact", "负3.9%"),
    ("百分之９，９９９", D("9999"), "%", "exact", "百分之9,999"),
    ("2万多人", D("20000"), "人", "more_than", "2万多人"),
    ("超过0.9%", D("0.9"), "%", "more_than", "超过0.9%"),
    ("全市共有1,100万人", D("11000000"), "人", "exact", "1,100万人"),
]


@pytest.mark.parametrize(("sentence", "value", "unit", "qualifier", "matched"), SINGLE)
def test_numbers_single_mention(finder, sentence, value, unit, qualifier, matched) -> None:
    text, m = only(finder, sentence)
    assert m.value == value
    assert m.unit == unit
    assert m.qualifier == qualifier
    assert text[m.start : m.end] == matched


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("约700万度", []),  # 度 without 电 nearby is a temperature or an angle
        ("30度", []),
        ("约700万度电", [("约700万度", D(7000000), "kWh", "approx")]),
        ("700万千瓦时", [("700万千瓦时", D(7000000), "kWh", "exact")]),
    ],
)
def test_numbers_du_needs_electricity_context(finder, sentence, expected) -> None:
    text, mentions = find(finder, sentence)
    assert [(text[m.start : m.end], m.value, m.unit, m.qualifier) for m in mentions] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("为65岁以上老年人免费体检", []),  # an age that names a group
        ("65岁及以上人口占10.3%", [("10.3%", D("10.3"), "%")]),
        ("0-14岁人口占比15.2%", [("15.2%", D("15.2"), "%")]),
        ("人均预期寿命达到79.5岁。", [("79.5岁", D("79.5"), "岁")]),  # an age that is the figure
    ],
)
def test_numbers_an_age_naming_a_group_is_no_figure(finder, sentence, expected) -> None:
    text, mentions = find(finder, sentence)
    assert [(text[m.start : m.end], m.value, m.unit) for m in mentions] == expected


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("| GDP = CN¥ 108.63 billion (2024)", D("108630000000"), "CNY"),  # an English infobox's scale word
        ("| GDP = US$ 1.2 trillion", D("1200000000000"), "USD"),
    ],
)
def test_numbers_english_scale_words(finder, sentence, value, unit) -> None:
    text, mentions = find(finder, sentence)
    assert [(m.value, m.unit) for m in mentions] == [(value, unit)]


def test_numbers_a_structure_typeset_with_the_ratio_sign(finder) -> None:
    text, mentions = find(finder, "三次产业结构调整为10.2∶43.5∶46.3。")
    assert [(text[m.start : m.end], m.value, m.unit, m.hint) for m in mentions] == [
        ("10.2", D("10.2"), "%", "share"), ("43.5", D("43.5"), "%", "share"), ("46.3", D("46.3"), "%", "share")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "lower", "upper"),
    [
        ("500多亿元", D("50000000000"), "CNY", D("50000000000"), None),
        ("不超过2万元", D("20000"), "CNY", None, D("20000")),
        ("近20倍", D("20"), "倍", None, D("20")),
        ("20万人次以上", D("200000"), "人次", D("200000"), None),
    ],
)
def test_numbers_open_bounds(finder, sentence, value, unit, lower, upper) -> None:
    _, m = only(finder, sentence)
    assert (m.value, m.unit, m.lower, m.upper) == (value, unit, lower, upper)


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("第六位", "rank"),
        ("第十二个", "ordinal"),
        ("翻番", "doubling"),
        ("十分之一", "fraction"),
        ("二百三十余万人", "chinese"),
        ("30.7亿美元", "arabic"),
    ],
)
def test_numbers_form(finder, sentence, form) -> None:
    _, m = only(finder, sentence)
    assert m.form == form


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("三分之一", D(1) / D(3) * 100),
        ("十分之一", D(10)),
        ("百分之零点九", D("0.9")),
    ],
)
def test_numbers_fraction_percent(finder, sentence, value) -> None:
    _, m = only(finder, sentence)
    assert m.unit == "%"
    assert m.unit_class == "percent"
    assert m.value == value


def test_numbers_one_third_is_33_333_percent(finder) -> None:
    _, m = only(finder, "三分之一")
    assert float(m.value) == pytest.approx(33.3333333333, rel=1e-9)
    assert str(m.value).startswith("33.333333")


@pytest.mark.parametrize("sentence", ["超过了百分之零点九", "超过百分之零点九", "增长超过了百分之零点九"])
def test_numbers_fraction_qualifier_more_than(finder, sentence) -> None:
    _, m = only(finder, sentence)
    assert (m.value, m.unit, m.qualifier) == (D("0.9"), "%", "more_than")


def test_numbers_fraction_value_without_qualifier_word(finder) -> None:
    # the span of a mention includes its qualifier words, as for 近20倍
    text, m = only(finder, "超过了百分之零点九")
    assert (m.value, m.unit) == (D("0.9"), "%")
    assert text[m.start : m.end] == "超过了百分之零点九"


@pytest.mark.parametrize("sentence", ["两三个", "两三个月", "有两三个企业"])
def test_numbers_vague_pair_is_not_concatenated(finder, sentence) -> None:
    _, mentions = find(finder, sentence)
    assert all(m.value != 23 for m in mentions)
    assert len(mentions) <= 1
    if mentions:
        m = mentions[0]
        assert m.value == 2
        assert m.upper == 3
        assert m.lower == 2


@pytest.mark.parametrize("sentence", ["2万多", "约2万多", "2万多。"])
def test_numbers_bare_wan_duo_does_not_crash(finder, sentence) -> None:
    _, mentions = find(finder, sentence)
    assert len(mentions) <= 1
    for m in mentions:
        assert m.value == 20000
        assert m.qualifier == "more_than"


# sentence, [(matched, value, unit, qualifier, lower, upper)]
RANGES = [
    (
        "1000元—3000元",
        [("1000元", D(1000), "CNY", "at_least", D(1000), D(3000)), ("3000元", D(3000), "CNY", "at_most", D(1000), D(3000))],
    ),
    ("3至6层", [("3", D(3), "层", "at_least", D(3), D(6)), ("6层", D(6), "层", "at_most", D(3), D(6))]),
    ("5-20%", [("5", D(5), "%", "at_least", D(5), D(20)), ("20%", D(20), "%", "at_most", D(5), D(20))]),
]


@pytest.mark.parametrize(("sentence", "expected"), RANGES)
def test_numbers_ranges(finder, sentence, expected) -> None:
    text, mentions = find(finder, sentence)
    got = [(text[m.start : m.end], m.value, m.unit, m.qualifier, m.lower, m.upper) for m in mentions]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "常办发〔2020〕1号",
        "“1028”产业体系",
        "“1457”治理体系",
        "“3060”目标",
        "PM2.5",
        "5G基站",
        "LY9项目",
        "2024-06-07 15:29:00",
        "2021年",
        "11月26日",
        "我的电话号是541-754-3010.",
        "电话:010-65980408-8001",
        "13775584488_副本.jpg",
        "千家万户",
        "一成不变",
        "四张答卷",
    ],
)
def test_numbers_not_a_quantity(finder, sentence) -> None:
    text, mentions = find(finder, sentence)
    assert [(text[m.start : m.end], m.value, m.unit) for m in mentions] == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "qualifier", "matched"),
    [
        ("營業收入1,100萬元", D("11000000"), "CNY", "exact", "1,100万元"),
        ("總投資約３０．７億美元", D("3070000000"), "USD", "approx", "约30.7亿美元"),
        ("帶動就業二百三十餘萬人", D("2300000"), "人", "more_than", "二百三十余万人"),
    ],
)
def test_numbers_traditional_input(finder, t2s, sentence, value, unit, qualifier, matched) -> None:
    text, m = only(finder, sentence, t2s)
    assert (m.value, m.unit, m.qualifier) == (value, unit, qualifier)
    assert text[m.start : m.end] == matched


def test_numbers_spans_are_ordered_and_within_text(finder) -> None:
    sentence = "2021年全市实现地区生产总值8807.6亿元，增长9.1%，新增就业20万人次以上。"
    text, mentions = find(finder, sentence)
    got = [(text[m.start : m.end], m.value, m.unit) for m in mentions]
    assert got == [("8807.6亿元", D("880760000000"), "CNY"), ("9.1%", D("9.1"), "%"), ("20万人次以上", D(200000), "人次")]
    for m in mentions:
        assert m.start <= m.num_start < m.num_end <= m.end


def test_the_change_of_a_ratio_named_before_it(finder: NumberFinder) -> None:
    text = "城乡居民收入比为2.92，比上年缩小0.12。"
    assert [(text[m.start:m.end], m.unit) for m in finder.find(text)] == [("2.92", ""), ("0.12", "")]


def test_a_metric_acronym_before_a_figure_is_no_identifier(finder: NumberFinder) -> None:
    text = "南昌GDP3950.2亿元，PM2.5浓度下降，LY9号线开通。"
    assert [text[m.start:m.end] for m in finder.find(text)] == ["3950.2亿元"]


def test_a_structure_of_three_industries_is_three_shares() -> None:
    from factcheck.pipeline import Extractor

    claims = Extractor.create().text("t.txt", "三次产业结构为9.2:37.0:53.8，城乡收入倍差1.92。会议于9:30开始。").claims
    assert [(c.text, c.unit, c.metric, c.measure) for c in claims] == [
        ("9.2", "%", "primary_value_added", "share"), ("37.0", "%", "secondary_value_added", "share"),
        ("53.8", "%", "tertiary_value_added", "share"), ("1.92", "", None, "level")]


def test_latin_units_after_a_space_and_measure_words_of_trains_and_copies(finder) -> None:
    found = finder.find("面积 942.43 km²，开行中欧班列2150列，发放15万份，芯片41.6亿块")
    assert [(m.value, m.unit) for m in found] == [
        (Decimal("942430000.00"), "m2"), (Decimal("2150"), "列"), (Decimal("150000"), "份"),
        (Decimal("4160000000.0"), "块")]


def test_adverts_mastheads_and_meeting_names_hold_no_claims(finder) -> None:
    text = ("今日12版　总第24187期\n"
            "建面约98—143㎡三至四房　均价每平米1.2万元起\n"
            "扬州博爱口腔　种植牙限时特惠　单颗3980元起　预约电话：0514-85556666\n"
            "——2025年1月14日在湖北省第十四届人民代表大会第三次会议上\n"
            "全年接待游客1.07亿人次，首付比例下调后，新房成交面积增长12%。\n")
    assert [m.value for m in finder.find(text)] == [Decimal("107000000.00"), Decimal("12")]


def test_references_and_counters_after_the_number_hold_no_claims(finder) -> None:
    text = ("2024年广东地区生产总值141633.81亿元。\n1.2万次分享\n此页面已被浏览过12,345次。\n参考文献\n"
            "[1] 广东统计年鉴2024，第35页，2024年10月\n\n")
    assert [m.value for m in finder.find(text)] == [Decimal("14163381000000.00")]


def test_headlines_under_related_reading_are_claims(finder) -> None:
    # the site publishes them: 深圳2024年GDP增长5.8% is its claim as much as its article's
    text = "2024年广东地区生产总值141633.81亿元。\n相关阅读\n深圳2024年GDP增长5.8% 规上工业增加值增长10.2%\n"
    assert [m.value for m in finder.find(text)] == [Decimal("14163381000000.00"), Decimal("5.8"), Decimal("10.2")]


def test_ranks_among_a_named_group_and_tiers_that_are_no_rank() -> None:
    from factcheck.pipeline import Extractor

    ex = Extractor.create()
    ranks = [c.text for c in ex.text("t", "人均地区生产总值16.08万元，继续位居各省区第一。总量居各区县第一。", "2025-02-08").claims
             if c.unit == "rank"]
    assert ranks == ["第一", "第一"]
    assert not [c for c in ex.text("t", "全省营商环境评价中持续保持在第一方阵。", "2025-02-08").claims if c.unit == "rank"]
    (wrapped,) = ex.text("t", "全市规模以上工业增加值增长\n9.1%\n", "2025-02-08").claims
    assert (wrapped.measure, wrapped.line) == ("change", 2)


def test_a_rank_that_moved_is_a_change_of_rank() -> None:
    from factcheck.pipeline import Extractor

    ex = Extractor.create()
    text = "全市经济总量在全国城市中的位次由2020年的第33位上升到2024年的第30位，前进3位。排名后退2个位次。"
    moved = [(c.text, c.value, c.unit, c.measure) for c in ex.text("t", text, "2025-02-01").claims if c.measure == "change"]
    assert moved == [("3位", 3, "rank", "change"), ("2个位次", -2, "rank", "change")]


def test_a_share_in_tenths_before_other_words_and_a_counter_on_the_next_line() -> None:
    from factcheck.pipeline import Extractor

    ex = Extractor.create()
    got = [(c.text, c.value, c.qualifier) for c in
           ex.text("t", "西海岸新区经济总量继续领跑 占全市比重超过三成\n点赞2.1万\n", "2025-02-01").claims]
    assert got == [("超过三成", 30, "more_than")]
    assert not ex.text("t", "一成不变", "2025-02-01").claims


def test_a_bound_that_defines_a_class_of_units_is_no_figure(finder) -> None:
    # five annotated sets of seven list these as non-claims: they define a class, they count nothing
    text = ("[2] 规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。\n"
            "限额以上单位指年主营业务收入2000万元及以上的批发业企业、500万元及以上的零售业企业。\n"
            "全市新开工10亿元以上项目58个。营业收入超过100亿元的企业达到12家。\n")
    assert [m.value for m in finder.find(text)] == [Decimal("1000000000"), Decimal("58"), Decimal("10000000000"),
                                                      Decimal("12")]



def test_a_wiki_infobox_field_names_the_unit_of_its_bare_number_and_a_census_series(finder) -> None:
    text = ("{{Infobox settlement\n| area_total_km2 = 13283\n| population_total = 4616000<ref name=\"a\" />\n"
            "| postal_code = 644000\n}}\n{{Historical populations\n|1953|2476315\n|2020|4254149\n}}\n")
    got = [(m.value, m.unit, m.when) for m in finder.find(text)]
    assert got == [(D("13283000000"), "m2", None), (D("4616000"), "人", None), (D("2476315"), "人", "1953"),
                   (D("4254149"), "人", "2020")]


def test_a_baike_label_set_apart_by_spaces_says_what_a_bare_wan_counts(finder) -> None:
    text = "基本信息\n人口数量        548.9万（2024年末常住人口）\n"
    assert [(m.value, m.unit) for m in finder.find(text)] == [(D("5489000.0"), "人")]


def test_a_spaced_table_with_its_units_on_a_second_header_line(finder) -> None:
    text = ("十一、市（地）主要经济指标\n\n              地区生产总值      增速     年末常住人口\n"
            "              （亿元）          （%）    （万人）\n拉萨市        912.36            6.8      89.12\n")
    got = [(m.value, m.unit, m.column) for m in finder.find(text) if m.label == "拉萨市"]
    assert got == [(D("91236000000.00"), "CNY", "地区生产总值"), (D("6.8"), "%", "增速"), (D("891200.00"), "人", "年末常住人口")]
