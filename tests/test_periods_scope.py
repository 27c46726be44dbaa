"""Part-year periods, scope words and growth basis, with real sentences."""

from __future__ import annotations

import pytest

from factcheck.api import checker
from factcheck.lexicon import load_lexicon
from factcheck.periods import find_time_exprs, period_key
from factcheck.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.create()


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        ("2021年一季度，全市地区生产总值增长12.3%", None, "2021-Q1"),
        ("2021年第一季度，全市地区生产总值增长12.3%", None, "2021-Q1"),
        ("2021年前三季度，全市地区生产总值6520.3亿元", None, "2021-Q1..Q3"),
        ("今年上半年，全市社会消费品零售总额1500亿元", "2024-07-20", "2024-H1"),
        ("去年下半年，全市进出口总额1600亿元", "2024-03-01", "2023-H2"),
        ("1-11月，全市规上工业增加值增长8.1%", "2024-12-15", "2024-01..11"),
        ("1—11月，全市规上工业增加值增长8.1%", "2024-12-15", "2024-01..11"),
        ("1至11月，全市规上工业增加值增长8.1%", "2024-12-15", "2024-01..11"),
        ("11月份，全市社会消费品零售总额增长5.2%", "2024-12-15", "2024-11"),
        ("2023年全年，全市地区生产总值10116.4亿元", None, "2023"),
        ("“十四五”期间，全市每年将安排100亿元政策性资金", "2022-02-21", "2021/2025"),
        ("五年来，全市地区生产总值年均增长5.8%", "2022-02-21", "2017/2021"),
    ],
)
def test_periods_of_real_sentences(extractor: Extractor, text: str, date: str | None, period: str) -> None:
    claims = extractor.text("t.txt", "常州" + text, date).claims
    assert [c.period for c in claims] == [period]


def test_periods_order_part_year_before_full_year() -> None:
    keys = sorted(["2021", "2021-Q1..Q3", "2021-H1", "2020"], key=lambda p: period_key(p))
    assert keys == ["2020", "2021", "2021-H1", "2021-Q1..Q3"] or keys[0] == "2020"
    assert period_key("2021-Q1..Q3")[:2] == (2021 * 12, 2021 * 12 + 8)
    assert period_key("2021-01..11")[:2] == (2021 * 12, 2021 * 12 + 10)


def test_periods_local_baseline_year_does_not_leak() -> None:
    text = "去年，比重由2020年的38.4%下降至35.9%，全年单位GDP能耗下降3.2%。"
    exprs = find_time_exprs(text, "2022-03-31")
    assert [(text[e.start:e.end], e.period, e.local) for e in exprs] == [
        ("去年", "2021", False), ("2020年", "2020", True), ("全年", "2021", False)]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("2021年常州规模以上工业增加值增长13.6%", ("规上",)),
        ("2021年常州限额以上单位消费品零售额增长15%", ("限上",)),
        ("2021年末常州常住人口536.6万人", ("常住",)),
        ("2021年常州城镇居民人均可支配收入增长8.5%", ("城镇",)),
        ("2021年常州全体居民人均可支配收入增长9.2%", ("全体居民",)),
        ("2021年常州地方一般公共预算收入688.1亿元", ("地方",)),
        ("2021年常州本外币存款余额增长12%", ("本外币",)),
        ("2021年常州一般贸易进出口增长20%", ("一般贸易",)),
        ("2021年常州新增上市企业10家", ("新增",)),
        ("2021年常州累计上市企业81家", ("累计",)),
    ],
)
def test_scope_words_are_recorded(extractor: Extractor, text: str, scope: tuple[str, ...]) -> None:
    (claim,) = extractor.text("t.txt", text).claims
    assert claim.scope == scope


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("2021年常州地区生产总值8807.6亿元，按可比价格计算，增长9.1%", "real"),
        ("2021年常州地区生产总值按不变价格计算增长9.1%", "real"),
        ("2021年常州地区生产总值名义增长12.8%", "nominal"),
        ("五年来，常州地区生产总值年均增长5.8%", "average"),
    ],
)
def test_basis_of_growth_rates(extractor: Extractor, text: str, basis: str) -> None:
    rates = [c for c in extractor.text("t.txt", text, "2022-02-21").claims if c.measure == "change"]
    assert [(c.basis, c.metric) for c in rates] == [(basis, "gdp")]


def test_work_report_targets_and_review(extractor: Extractor) -> None:
    text = ("2024年苏州市政府工作报告\n一、2023年工作回顾\n过去一年，全市地区生产总值达2.47万亿元，增长4.6%；"
            "新增高新技术企业2000家，总数超1.6万家。\n二、2024年主要目标\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率控制在5%以内。\n"
            "重点做好以下工作：\n一是扩大有效投资。完成固定资产投资6500亿元。\n")
    got = [(c.text, c.metric, c.measure, c.period, c.kind) for c in extractor.text("r.txt", text, "2024-01-15").claims]
    assert got == [
        ("2.47万亿元", "gdp", "level", "2023", "actual"),
        ("4.6%", "gdp", "change", "2023", "actual"),
        ("2000家", "high_tech_enterprises", "level", "2023", "actual"),
        ("超1.6万家", "high_tech_enterprises", "level", "2023", "actual"),
        ("5%左右", "gdp", "change", "2024", "target"),
        ("5%以内", "surveyed_unemployment", "share", "2024", "target"),
        ("6500亿元", "fixed_asset_investment", "level", "2024", "target"),
    ]


def test_list_items_share_the_first_items_measure(extractor: Extractor) -> None:
    claims = extractor.text("t.txt", "2023年常州城乡居民人均可支配收入分别增长4.6%和6.2%。").claims
    assert [(c.value, c.measure, c.metric, c.scope) for c in claims] == [
        (4.6, "change", "disposable_income", ("城镇",)), (6.2, "change", "disposable_income", ("农村",))]


def test_raw_news_page(extractor: Extractor) -> None:
    page = (
        '<html><head><title>前三季度经济运行</title><script>var cfg={"id":12345};</script></head><body>\n'
        '<div class="info">发布时间：2024-10-28 09:30 来源：常州日报 浏览次数：1234次</div>\n'
        "<p>今年前三季度，全市实现地区生产总值7986.2亿元，按可比价格计算，同比增长6.2%。</p>\n"
        "<p>其中，社会消费品零售总额2251.3亿元，增长4.5%。</p>\n"
        "<p>1-9月，全市进出口总额2138.4亿元；其中出口1496.6亿元。</p>\n"
        '<div class="footer">苏ICP备05000001号-1 电话：0519-85682000</div></body></html>\n'
    )
    doc, _ = extractor.document("news.html", page.encode("utf-8"))
    assert doc.meta.date == "2024-10-28" and doc.meta.source == "常州日报"
    got = [(c.line, c.text, c.metric, c.measure, c.period, c.basis) for c in doc.claims]
    assert got == [
        (3, "7986.2亿元", "gdp", "level", "2024-Q1..Q3", None),
        (3, "6.2%", "gdp", "change", "2024-Q1..Q3", "real"),
        (4, "2251.3亿元", "retail_sales", "level", "2024-Q1..Q3", None),
        (4, "4.5%", "retail_sales", "change", "2024-Q1..Q3", None),
        (5, "2138.4亿元", "trade_total", "level", "2024-Q1..Q3", None),
        (5, "1496.6亿元", "exports", "level", "2024-Q1..Q3", None),
    ]


def test_table_rows_take_unit_and_growth_column(extractor: Extractor) -> None:
    text = ("长兴县2024年国民经济和社会发展统计公报\n表1  2024年主要经济指标\n指标\t单位\t绝对值\t比上年增长(%)\n"
            "规模以上工业增加值\t亿元\t386.5\t7.9\n外贸进出口总额\t亿元\t402.6\t-2.3\n")
    got = [(c.line, c.text, c.value, c.unit, c.metric, c.measure, c.period)
           for c in extractor.text("t.txt", text).claims]
    assert got == [
        (4, "386.5", pytest.approx(3.865e10), "CNY", "industrial_value_added", "level", "2024"),
        (4, "7.9", 7.9, "%", "industrial_value_added", "change", "2024"),
        (5, "402.6", pytest.approx(4.026e10), "CNY", "trade_total", "level", "2024"),
        (5, "-2.3", -2.3, "%", "trade_total", "change", "2024"),
    ]


def test_html_table_cells_are_a_row(extractor: Extractor) -> None:
    page = ("<p>2024年前三季度济南经济运行情况如下：</p>\n<table>\n<tr><td>指标</td><td>1-9月</td><td>同比增长(%)</td></tr>\n"
            "<tr><td>社会消费品零售总额（亿元）</td><td>3851.2</td><td>5.1</td></tr>\n</table>\n")
    doc, _ = extractor.document("j.html", page.encode())
    assert [(c.line, c.value, c.unit, c.metric, c.measure, c.period) for c in doc.claims] == [
        (4, pytest.approx(3.8512e11), "CNY", "retail_sales", "level", "2024-Q1..Q3"),
        (4, 5.1, "%", "retail_sales", "change", "2024-Q1..Q3"),
    ]


def test_range_ends_keep_sign_and_measure(extractor: Extractor) -> None:
    claims = extractor.text("t.txt", "到2026年，全市规上工业增加值年均增长8%-10%。", "2024-03-01").claims
    assert [(c.value, c.measure, c.qualifier, c.kind, c.metric) for c in claims] == [
        (8.0, "change", "at_least", "target", "industrial_value_added"),
        (10.0, "change", "at_most", "target", "industrial_value_added"),
    ]


def test_bare_county_name_inside_a_word_is_no_place(extractor: Extractor) -> None:
    (claim,) = extractor.text("t.txt", "五年来累计新增城镇就业610万人。", "2025-01-14").claims
    assert claim.entity is None and claim.metric == "urban_new_jobs"


def test_markdown_pipe_table(extractor: Extractor) -> None:
    text = ("2024年上半年成都经济数据\n| 指标 | 绝对值 | 增速 |\n|---|---|---|\n"
            "| 社会消费品零售总额（亿元） | 10001.6 | 10.0% |\n| 进出口总额（亿元） | 7489.8 | -5.5% |\n")
    got = [(c.line, c.value, c.unit, c.metric, c.measure, c.period) for c in extractor.text("t.md", text).claims]
    assert got == [
        (4, pytest.approx(1.0001600e12), "CNY", "retail_sales", "level", "2024-H1"),
        (4, 10.0, "%", "retail_sales", "change", "2024-H1"),
        (5, pytest.approx(7.489800e11), "CNY", "trade_total", "level", "2024-H1"),
        (5, -5.5, "%", "trade_total", "change", "2024-H1"),
    ]


def test_lists_of_places_and_of_figures(extractor: Extractor) -> None:
    cities = extractor.text("t.txt", "2023年，南京、苏州、无锡地区生产总值分别为17421.40亿元、24653.4亿元和15456.19亿元，"
                                     "分别增长4.6%、4.6%和6.0%。").claims
    assert [c.entity for c in cities] == ["南京", "苏州", "无锡", "南京", "苏州", "无锡"]
    figures = extractor.text("t.txt", "2023年全市接待游客2860万人次，实现旅游总收入312亿元，分别增长18.5%和21.3%。").claims
    assert [(c.metric, c.measure) for c in figures][2:] == [("tourist_visits", "change"), ("tourism_revenue", "change")]
    shared = extractor.text("t.txt", "2023年常熟、太仓PM2.5年均浓度分别为31、28微克/立方米。").claims
    assert [(c.value, c.unit) for c in shared] == [(31.0, "ug/m3"), (28.0, "ug/m3")]


def test_urban_and_rural_lists_and_paired_lists(extractor: Extractor) -> None:
    claims = extractor.text("t.txt", "2023年城乡居民人均可支配收入分别达到78214元和48903元，分别增长4.9%和6.8%。").claims
    assert [(c.metric, c.measure, c.scope) for c in claims] == [
        ("disposable_income", "level", ("城镇",)), ("disposable_income", "level", ("农村",)),
        ("disposable_income", "change", ("城镇",)), ("disposable_income", "change", ("农村",))]


def test_places_enumerated_before_the_list(extractor: Extractor) -> None:
    claims = extractor.text("t.txt", "近日，南京、苏州、无锡相继公布2023年经济数据，三市地区生产总值分别为17421.40亿元、"
                                     "24653.4亿元和15456.19亿元。").claims
    assert [(c.entity, c.metric) for c in claims] == [("南京", "gdp"), ("苏州", "gdp"), ("无锡", "gdp")]


def test_bare_district_names_in_a_list_of_districts(extractor: Extractor) -> None:
    text = ("前三季度厦门全市地区生产总值增长5.3%。\n分区看，思明、湖里、集美三个区分别增长4.2%、5.1%和6.3%，"
            "海沧区增长7.0%，同安、翔安两区分别增长5.6%和8.1%。")
    claims = extractor.text("t.txt", text, "2024-10-25").claims
    assert [(c.value, c.entity, c.metric, c.period) for c in claims[1:]] == [
        (4.2, "思明", "gdp", "2024-Q1..Q3"), (5.1, "湖里", "gdp", "2024-Q1..Q3"), (6.3, "集美", "gdp", "2024-Q1..Q3"),
        (7.0, "海沧", "gdp", "2024-Q1..Q3"), (5.6, "同安", "gdp", "2024-Q1..Q3"), (8.1, "翔安", "gdp", "2024-Q1..Q3")]


def test_a_bare_word_in_a_list_is_no_place_without_a_reason(extractor: Extractor) -> None:
    # 和平 is a district of 天津, but a list of words that are not said to be districts names no place
    claims = extractor.text("t.txt", "2023年常州和平、发展两项指数分别为85和90。").claims
    assert all(c.entity != "和平" for c in claims)


def test_hong_kong_quarters_and_terms(extractor: Extractor) -> None:
    text = "政府統計處公佈，今年首三季香港本地生產總值按年實質增長2.6%，其中第三季增長1.8%。首三季零售業總銷貨價值臨時估計為2,870億港元。"
    claims = extractor.text("t.txt", text, "2024-11-15").claims
    assert [(c.text, c.metric, c.period, c.kind) for c in claims] == [
        ("2.6%", "gdp", "2024-Q1..Q3", "actual"), ("1.8%", "gdp", "2024-Q3", "actual"),
        ("2,870億港元", "retail_sales", "2024-Q1..Q3", "actual")]


def test_a_part_of_the_year_named_earlier_in_the_paragraph(extractor: Extractor) -> None:
    text = "今年前三季度，全市地区生产总值增长5.9%。\n1-9月，全市规模以上工业增加值增长11.8%。新能源汽车产量达到101.2万辆。"
    claims = extractor.text("t.txt", text, "2024-10-25").claims
    assert [(c.text, c.period) for c in claims] == [("5.9%", "2024-Q1..Q3"), ("11.8%", "2024-Q1..Q3"),
                                                    ("101.2万辆", "2024-Q1..Q3")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全年出生人口45.6万人，出生率为11.80‰。", [("45.6万人", 456000.0, "人", "level"), ("11.80‰", 1.18, "%", "share")]),
        ("年产葡萄酒近1.4亿瓶，起降航班逾27萬架次。", [("近1.4亿瓶", 140000000.0, "瓶", "level"),
                                                   ("逾27萬架次", 270000.0, "架次", "level")]),
        ("下一步，我们将推动民间投资增速回升至3%。", [("3%", 3.0, "%", "change")]),
    ],
)
def test_units_and_growth_rates_written_as_levels(extractor: Extractor, sentence: str, expected: list) -> None:
    got = [(c.text, c.value, c.unit, c.measure) for c in extractor.text("t.txt", sentence, "2024-12-01").claims]
    assert got == expected


def test_plans_said_with_we_will_and_the_goal_after_the_number(extractor: Extractor) -> None:
    text = "四季度，我们将开展促消费活动200场以上，发放消费券5000万元。长沙今年完成全年增长6.5%左右的目标还是有希望的。"
    assert [c.kind for c in extractor.text("t.txt", text, "2024-10-20").claims] == ["target"] * 3


def test_a_mountain_slope_is_no_province(extractor: Extractor) -> None:
    (claim,) = extractor.text("t.txt", "2024年宁夏贺兰山东麓葡萄酒出口额约1.2亿元。").claims
    assert claim.entity == "宁夏"


def test_the_leads_period_goes_on_through_paragraphs_of_figures(extractor: Extractor) -> None:
    text = ("长沙市统计局日前发布数据，今年上半年长沙实现地区生产总值7277.39亿元，同比增长4.6%。\n"
            "分产业看，第一产业增加值187.65亿元，增长3.3%。\n第二产业增加值2712.4亿元，增长5.2%。\n\n"
            "工业方面，规模以上工业增加值同比增长6.5%。")
    claims = extractor.text("t.txt", text, "2024-07-30").claims
    assert {c.period for c in claims} == {"2024-H1"}


def test_a_heading_without_figures_stops_the_look_back(extractor: Extractor) -> None:
    text = "2022年，当年新增企业1200家。\n谈成绩\n该政策的出台是基于什么背景？\n地区生产总值达8807.6亿元。"
    claims = extractor.text("t.txt", text, "2022-02-21").claims
    assert claims[-1].text == "8807.6亿元" and claims[-1].period != "2022"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("2023年，西安地区生产总值首次突破1.2万亿元，在西北地区城市中居第1位。", "gdp"),
        ("2023年成都新登记经营主体48.6万户，总量突破400万户，位居副省级城市第2位。", "market_entities"),
        ("新竹县2023年常住人口约58.6万人，人口增长率居全台第1位。", None),  # a rank of something else
    ],
)
def test_a_rank_among_places_ranks_the_figure_before_it(extractor: Extractor, sentence: str, metric: str | None) -> None:
    rank = next(c for c in extractor.text("t.txt", sentence).claims if c.unit == "rank")
    assert rank.metric == metric


def test_a_bulletins_months_are_in_the_year_its_title_names(extractor: Extractor) -> None:
    text = ("2024年哈尔滨市国民经济主要指标\n发布日期：2025-01-24\n"
            "12月当月，全市规模以上工业增加值同比增长8.9%，增速比11月加快2.4个百分点。"
            "1-11月，全市规模以上工业增加值同比增长6.1%；全年增长6.3%，比1-11月提高0.2个百分点。")
    claims = extractor.document("h.txt", text.encode())[0].claims
    assert [(c.text, c.period) for c in claims] == [
        ("8.9%", "2024-12"), ("2.4个百分点", "2024-12"), ("6.1%", "2024-01..11"), ("6.3%", "2024"),
        ("0.2个百分点", "2024")]  # and no 11 or 1 from 比11月, 比1-11月


def test_items_of_a_list_share_the_words_after_the_last_items_own(extractor: Extractor) -> None:
    claims = extractor.text("t.txt", "2021年，城镇和农村常住居民人均可支配收入分别增长8.5%和10.6%。").claims
    assert [(c.metric, c.scope) for c in claims] == [("disposable_income", ("城镇",)), ("disposable_income", ("农村",))]


def test_a_province_and_a_district_of_the_same_name(extractor: Extractor) -> None:
    text = "海南省旅游和文化广电体育厅新闻发布\n据海口海关统计，春节假期全省12家离岛免税店销售金额约24.8亿元。"
    assert {c.entity for c in extractor.text("t.txt", text, "2025-02-05").claims} == {"海南"}


def test_a_place_after_a_semicolon_is_another_subject(extractor: Extractor) -> None:
    text = "2025年春节假期，全省旅游饭店平均入住率达到81.3%；其中三亚市酒店平均入住率为89.6%。"
    claims = extractor.document("t.txt", ("海南省旅游和文化广电体育厅新闻发布\n" + text).encode())[0].claims
    assert [(c.text, c.entity) for c in claims] == [("81.3%", "海南"), ("89.6%", "三亚")]


@pytest.mark.parametrize(("sentence", "unit"), [("旅客人均消费为2,471澳門元。", "MOP"), ("年产鲜切花超过12亿枝。", "枝"),
                                                ("车辆52.7万辆次。", "辆次"), ("全年营收120亿新台币。", "TWD")])
def test_more_currencies_and_measure_words(extractor: Extractor, sentence: str, unit: str) -> None:
    (claim,) = extractor.text("t.txt", sentence).claims
    assert claim.unit == unit


def test_markup_inside_a_figure_cites_the_numeral_as_written(extractor: Extractor) -> None:
    page = "<html><body>\n<p>同比增长<strong>5.6%</strong>，高于全省<span>0.4</span>个百分点，超过<b>100</b>亿元。</p>\n</body></html>"
    claims = extractor.document("x.html", page.encode())[0].claims
    line = page.split("\n")[1]
    assert [(c.text, c.unit) for c in claims] == [("5.6%", "%"), ("0.4", "pp"), ("100", "CNY")]
    assert all(line[c.span[0]:c.span[1]] == c.text for c in claims)


def test_trade_with_one_partner_is_not_the_total(extractor: Extractor) -> None:
    text = "2024年全市货物进出口总额368.9亿元，增长7.2%。对俄罗斯进出口142.7亿元，增长10.1%。"
    found = checker(load_lexicon()).findings(extractor.text("t.txt", text).claims)
    assert "conflict" not in [f.verdict for f in found]


def test_places_that_are_where_visitors_come_from_or_an_office(extractor: Extractor) -> None:
    text = ("澳門統計暨普查局公布\n2024年入境旅客總數達3,490.3萬人次。其中，內地旅客2,504.1萬人次；"
            "香港旅客762.8萬人次，按年增加4.6%。")
    claims = extractor.document("m.txt", text.encode())[0].claims
    assert {c.entity for c in claims} == {"澳门"}


def test_a_province_documents_own_figures_after_a_city_was_named(extractor: Extractor) -> None:
    text = ("海南省旅游和文化广电体育厅新闻发布\n其中三亚市酒店平均入住率为89.6%。"
            "全省纳入监测的58家A级旅游景区累计接待游客326.4万人次，同比增长11.5%。")
    claims = extractor.document("h.txt", text.encode())[0].claims
    assert [(c.text, c.entity) for c in claims] == [("89.6%", "三亚"), ("58家", "海南"), ("326.4万人次", "海南"),
                                                    ("11.5%", "海南")]


def test_a_list_sentence_running_over_lines_ending_in_semicolons(extractor: Extractor) -> None:
    text = "一般公共预算收入增长5%；\n城镇和农村常住居民人均可支配收入分别增长7%和9%；\n"
    claims = extractor.text("t.txt", text).claims
    assert [(c.metric, c.scope) for c in claims[1:]] == [("disposable_income", ("城镇",)),
                                                         ("disposable_income", ("农村",))]


def test_local_currency_of_taiwan_hong_kong_and_macao_documents(extractor: Extractor) -> None:
    text = "臺中市114年度總預算\n臺中市政府今日提出總預算1,486.2億元，較上年度增加87.3億元。另有人民币50亿元投资。"
    claims = extractor.document("t.txt", text.encode())[0].claims
    assert [(c.text, c.unit) for c in claims] == [("1,486.2億元", "TWD"), ("87.3億元", "TWD"), ("人民币50亿元", "CNY")]


def test_districts_named_bare_after_an_ellipsis_and_the_city_said_since(extractor: Extractor) -> None:
    text = ("太原2023年GDP出炉 小店区稳居第一\n据太原市统计局数据，2023年全市实现地区生产总值5573.74亿元。\n"
            "其中第一产业增加值102.35亿元，增长3.9%。\n"
            "分区来看……小店、迎泽、杏花岭三个区GDP分别为1289.6亿元、812.3亿元、735.8亿元。")
    claims = [c for c in extractor.document("t.txt", text.encode())[0].claims if c.unit != "rank"]
    assert [(c.text, c.entity) for c in claims] == [
        ("5573.74亿元", "太原"), ("102.35亿元", "太原"), ("3.9%", "太原"), ("1289.6亿元", "小店"), ("812.3亿元", "迎泽"),
        ("735.8亿元", "杏花岭")]


def test_a_paragraphs_opening_time_goes_on_and_a_base_year_stays_local(extractor: Extractor) -> None:
    text = ("1-10月份，全市规模以上工业增加值同比增长8.6%；其中10月份增长9.1%。\n分门类看，采矿业增加值增长5.2%。\n"
            "2024年旅客发送量是2019年的2.5倍。")
    claims = extractor.text("t.txt", text, "2024-11-20").claims
    assert [(c.text, c.period) for c in claims] == [("8.6%", "2024-01..10"), ("9.1%", "2024-10"),
                                                    ("5.2%", "2024-01..10"), ("2.5倍", "2024")]


def test_a_scope_named_alone_goes_on_with_the_metric(extractor: Extractor) -> None:
    text = "前三季度，柳州居民人均可支配收入33506元，增长5.1%，其中城镇居民44283元、农村居民19875元，分别增长4.2%和6.3%。"
    claims = extractor.text("t.txt", text, "2024-10-20").claims
    assert [(c.text, c.metric, c.scope) for c in claims[2:]] == [
        ("44283元", "disposable_income", ("城镇",)), ("19875元", "disposable_income", ("农村",)),
        ("4.2%", "disposable_income", ("城镇",)), ("6.3%", "disposable_income", ("农村",))]
    assert claims[3].metric_text == "农村居民人均可支配收入"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2023年甘肃地区生产总值增长6%以上，力争达到6.5%。", [("gdp", "change", "actual"), ("gdp", "change", "target")]),
        ("2023年常州GDP增长5%，占全国比重2.1%。", [("gdp", "change", "actual"), ("gdp", "share", "actual")]),
        ("2023年预期目标：居民消费价格涨幅控制在3%左右。", [("cpi", "change", "target")]),
    ],
)
def test_a_mark_for_the_same_growth_is_a_growth(extractor: Extractor, sentence: str, expected: list) -> None:
    got = [(c.metric, c.measure, c.kind) for c in extractor.text("t.txt", sentence, "2023-01-15").claims]
    assert got == expected


def test_that_year_and_a_month_of_the_year_the_sentence_names(extractor: Extractor) -> None:
    text = ("2023年，项目获得批复，当年完成投资18.6亿元；2024年，全线全面开工，截至11月底累计完成投资逾46亿元。"
            "预计到2030年，客流将由目前的近3万人次增长至6万人次以上。")
    claims = extractor.text("t.txt", text, "2024-12-18").claims
    assert [(c.text, c.period) for c in claims] == [("18.6亿元", "2023"), ("逾46亿元", "2024-11"),
                                                    ("近3万人次", "2024-12-18"), ("6万人次以上", "2030")]


def test_a_short_line_of_figures_is_no_heading_for_the_places_below(extractor: Extractor) -> None:
    text = ("江西上半年经济数据出炉\n上半年全省地区生产总值16452.3亿元 同比增长5.7％\n"
            "网上零售额增长12.3%  实物商品网上零售额占社零总额的比重为14.2%\n\n设区市方面 南昌GDP3950.2亿元 增长5.9％")
    claims = extractor.document("j.txt", text.encode())[0].claims
    assert [(c.text, c.entity) for c in claims if c.line == 3] == [("12.3%", "江西"), ("14.2%", "江西")]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [("2023年全市经济增长5.2%。", "gdp"), ("首三季經濟按年實質增長10.3%。", "gdp"), ("2024年民营经济增加值增长6.1%。", None)],
)
def test_the_economy_alone_is_gdp(extractor: Extractor, sentence: str, metric: str | None) -> None:
    (claim,) = extractor.text("t.txt", sentence, "2024-11-01").claims
    assert claim.metric == metric


def test_negative_percent_is_a_change(extractor: Extractor) -> None:
    (claim,) = extractor.text("t.txt", "1—5月，全市房地产开发投资-12.6%。", "2024-06-20").claims
    assert (claim.value, claim.measure, claim.metric, claim.period) == (-12.6, "change", "real_estate_investment",
                                                                          "2024-01..05")


def test_a_brief_of_label_value_lines(extractor: Extractor) -> None:
    text = ("潍坊市2024年1—12月主要经济指标简报\n潍坊市统计局　2025年1月20日\n地区生产总值：8120.6亿元\n　增长：5.9%\n"
            "第一产业增加值：731.4亿元\n　增长：3.8%\n")
    claims = extractor.document("w.txt", text.encode())[0].claims
    assert [(c.text, c.metric, c.measure, c.period) for c in claims] == [
        ("8120.6亿元", "gdp", "level", "2024"), ("5.9%", "gdp", "change", "2024"),
        ("731.4亿元", "primary_value_added", "level", "2024"), ("3.8%", "primary_value_added", "change", "2024")]


def test_full_width_figures_with_stray_spaces_and_a_ratio_that_narrows(extractor: Extractor) -> None:
    text = "截至２０２３年末，全市常住人口为 ８９７.０５ 万人 。城乡居民收入比由上年的 ２.４５ 缩小到 ２.３９ 。"
    got = [(c.text, c.value, c.unit) for c in extractor.text("t.txt", text, "2024-03-01").claims]
    assert got == [("８９７.０５ 万人", 8970500.0, "人"), ("２.４５", 2.45, ""), ("２.３９", 2.39, "")]


@pytest.mark.parametrize("sentence", ["2024年旅客发送量是2019年的2.5倍。", "2024年客流量相当于2019年的95%。",
                                      "2024年客流量恢复至2019年的95%。"])
def test_a_base_year_is_the_period_of_no_figure(extractor: Extractor, sentence: str) -> None:
    (claim,) = extractor.text("t.txt", sentence, "2024-12-01").claims
    assert claim.period == "2024"


def test_taiwan_documents_count_years_from_the_republic(extractor: Extractor) -> None:
    text = ("臺中市114年度總預算案送議會審議\n\n"
            "社會福利支出編列368.4億元，占總預算22.8%。\n\n"
            "113年上半年臺中市出口總額達233.6億美元，年增18.4%。\n"
            "截至113年8月底，臺中市債務未償餘額為1,296億元。\n")
    claims = extractor.text("taichung.txt", text, "2024-09-30").claims
    assert [(c.text, c.period) for c in claims] == [
        ("368.4億元", "2025"), ("22.8%", "2025"), ("233.6億美元", "2024-H1"), ("18.4%", "2024-H1"),
        ("1,296億元", "2024-08")]
    assert claims[0].kind == "target"  # 編列: a budget allocates, nothing has been spent yet


def test_years_of_the_republic_elsewhere_only_when_named() -> None:
    assert [t.period for t in find_time_exprs("民国38年，该厂产量100吨", None)] == ["1949"]
    assert find_time_exprs("建厂60年，该厂累计生产100万吨", "2024-01-01") == []  # a duration, no year
    assert [t.period for t in find_time_exprs("114年度預算", None, era_base=1911)] == ["2025"]
    assert find_time_exprs("本校成立60年，培养学生10万人", None, era_base=1911) == []  # a duration


@pytest.mark.parametrize(("sentence", "expected"), [
    ("明年臺中市經濟成長率預估可達3.5%以上。", [("gdp", "change", "forecast")]),
    ("114年度稅課收入預估732.8億元。", [("tax_revenue", "level", "forecast")]),
    ("晋源区地区生产总值增长最快达到7.3%。", [("gdp", "change", "actual")]),
])
def test_growth_said_as_the_fastest_and_taiwan_terms(extractor: Extractor, sentence: str, expected: list) -> None:
    claims = extractor.text("t.txt", sentence, "2024-09-30").claims
    assert [(c.metric, c.measure, c.kind) for c in claims] == expected


def test_a_provinces_report_that_names_its_capital_more_than_itself(extractor: Extractor) -> None:
    text = ("政府工作报告\n——在湖北省人民代表大会上\n\n"
            "过去一年，全省地区生产总值增长5.8%。武汉光谷建设加快，武汉新城起步。\n"
            "全省粮食产量557.7亿斤。武汉都市圈加快建设。\n"
            "全省规上工业增加值增长7.7%。\n")
    claims = extractor.document("report.txt", text.encode())[0].claims
    assert {c.entity for c in claims} == {"湖北"}


def test_a_national_release_is_about_the_country(extractor: Extractor) -> None:
    text = ("国务院新闻办公室新闻发布会\n\n"
            "上半年，全国规模以上工业增加值同比增长6.4%。\n"
            "全国社会消费品零售总额245458亿元，增长5.0%。\n"
            "我国货物进出口总额217876亿元。江苏、广东等经济大省发挥了挑大梁作用。\n"
            "全国城镇调查失业率平均值为5.2%。\n")
    claims = extractor.document("scio.txt", text.encode())[0].claims
    assert {c.entity for c in claims} == {"中国"}


def test_a_breakdown_item_and_an_adverts_address_name_no_subject(extractor: Extractor) -> None:
    text = ("绍兴市2024年国民经济和社会发展统计公报\n\n"
            "全年全市地区生产总值8368.3亿元。分区、县（市）看，诸暨市实现地区生产总值1812.3亿元，增长6.6%。\n\n"
            "全年新设经营主体10.6万户，增长6.5%。\n\n"
            "项目地址：绍兴市越城区解放路188号\n\n"
            "全年居民消费价格上涨0.4%。\n")
    claims = extractor.document("sx.txt", text.encode())[0].claims
    assert [(c.text, c.entity) for c in claims] == [
        ("8368.3亿元", "绍兴"), ("1812.3亿元", "诸暨"), ("6.6%", "诸暨"), ("10.6万户", "绍兴"), ("6.5%", "绍兴"),
        ("0.4%", "绍兴")]


def test_a_part_named_inside_a_whole_does_not_go_on(extractor: Extractor) -> None:
    text = ("1—9月，全市规模以上工业增加值同比增长7.8%，其中9月当月增长8.2%；社会消费品零售总额12086.43亿元，增长4.1%。\n"
            "上半年全市地区生产总值3887.56亿元，增长5.6%。分季度看，一季度增长5.3%，二季度增长5.9%。"
            "分产业看，第一产业增加值99.84亿元，增长3.7%。\n")
    claims = extractor.text("t.txt", text, "2025-10-20").claims
    assert [(c.text, c.period) for c in claims] == [
        ("7.8%", "2025-Q1..Q3"), ("8.2%", "2025-09"), ("12086.43亿元", "2025-Q1..Q3"), ("4.1%", "2025-Q1..Q3"),
        ("3887.56亿元", "2025-H1"), ("5.6%", "2025-H1"), ("5.3%", "2025-Q1"), ("5.9%", "2025-Q2"),
        ("99.84亿元", "2025-H1"), ("3.7%", "2025-H1")]


def test_a_narrower_decline_is_a_rise_and_a_year_compared_with_is_no_topic(extractor: Extractor) -> None:
    text = ("2024年全年訪澳旅客達3,490.6萬人次。旅客平均逗留時間與2023年持平。\n"
            "內地旅客2,487.5萬人次，按年上升31.5%。\n"
            "固定资产投资同比下降4.5%，降幅比上半年收窄1.2个百分点；房地产开发投资下降11.2%，降幅扩大1.3个百分点。\n")
    claims = extractor.text("t.txt", text, "2025-01-21").claims
    assert [(c.text, c.value, c.period) for c in claims] == [
        ("3,490.6萬人次", 34906000.0, "2024"), ("2,487.5萬人次", 24875000.0, "2024"), ("31.5%", 31.5, "2024"),
        ("4.5%", -4.5, "2024"), ("1.2个百分点", 1.2, "2024"), ("11.2%", -11.2, "2024"), ("1.3个百分点", -1.3, "2024")]


def test_levels_at_either_end_of_a_span_and_the_year_a_document_is_about(extractor: Extractor) -> None:
    text = ("2020—2024年，全市地区生产总值由1485.6亿元增加到2236.8亿元，年均增长7.6%；城乡居民收入比由1.87缩小至1.79。\n\n"
            "记者：投资情况怎么样？\n\n局长：2024年投资回升。2024年消费平稳。\n\n记者：还有呢？\n\n记者：就业呢？\n\n"
            "局长：郑州固定资产投资增长5.2%。\n")
    claims = extractor.text("t.txt", text, "2025-02-10").claims
    assert [(c.text, c.metric, c.period) for c in claims] == [
        ("1485.6亿元", "gdp", "2020"), ("2236.8亿元", "gdp", "2024"), ("7.6%", "gdp", "2020/2024"),
        ("1.87", None, "2020"), ("1.79", None, "2024"), ("5.2%", "fixed_asset_investment", "2024")]


@pytest.mark.parametrize(("sentence", "metric", "scope"), [
    ("按经营地分，城镇消费品零售额22780.63亿元。", "retail_sales", ("城镇",)),
    ("2024年第四季總體失業率為1.7%。", "surveyed_unemployment", ()),
    ("人均本地生產總值為58.9萬澳門元。", "per_capita_gdp", ()),
    ("新增省级专精特新中小企业97家。", "specialized_sme", ("新增",)),
    ("乡村消费品零售额4639.63亿元。", "retail_sales", ("农村",)),
    ("研发投入强度达到2.4%。", "rd_spending_share", ()),
])
def test_more_ways_to_name_a_metric(extractor: Extractor, sentence: str, metric: str, scope: tuple) -> None:
    claims = extractor.text("t.txt", sentence, "2025-01-21").claims
    assert [(c.metric, c.scope) for c in claims] == [(metric, scope)]


def test_a_month_of_history_is_no_publication_date(extractor: Extractor) -> None:
    text = ("余杭区\n浙江省杭州市下辖区\n"
            "2021年4月，国务院批复同意调整杭州市部分行政区划。\n"
            "2023年末，余杭区常住人口141.9万人。2024年，余杭区实现地区生产总值3318.6亿元，增长6.4%。\n"
            "2024年末，全区常住人口147.4万人。截至2023年末，全区辖7个街道。\n")
    doc = extractor.document("yuhang.txt", text.encode())[0]
    assert doc.meta.date is None
    assert {c.kind for c in doc.claims} == {"actual"}
    news = "2024年11月，常州举办新能源大会。2023年常州新能源产业产值7680亿元。\n"
    assert extractor.document("news.txt", news.encode())[0].meta.date == "2024-11"


def test_the_same_sentence_names_its_own_metric_over_the_last_ones(extractor: Extractor) -> None:
    text = ("去年末全省常住人口9785万人，常住人口城镇化率58.67%，比上年末提高0.59个百分点。"
            "郑州、洛阳两市常住人口继续增加，分别增加7.9万人和1.2万人。\n")
    claims = extractor.text("t.txt", text, "2025-02-10").claims
    assert [c.metric for c in claims[-2:]] == ["resident_population", "resident_population"]


def test_an_indented_table_row_takes_the_unit_of_the_row_above(extractor: Extractor) -> None:
    html = ("<p>2025年前三季度重庆主要指标</p><table><tr><th>指标</th><th>绝对值</th><th>比上年同期增长(%)</th></tr>"
            "<tr><td>地区生产总值(亿元)</td><td>24036.59</td><td>5.4</td></tr>"
            "<tr><td>　第一产业</td><td>1398.72</td><td>3.9</td></tr></table>")
    claims = extractor.document("cq.html", html.encode())[0].claims
    assert [(c.text, c.value, c.unit, c.measure) for c in claims] == [
        ("24036.59", 2403659000000.0, "CNY", "level"), ("5.4", 5.4, "%", "change"),
        ("1398.72", 139872000000.0, "CNY", "level"), ("3.9", 3.9, "%", "change")]


def test_a_wiki_page_updated_in_2025_reports_2024_as_done(extractor: Extractor) -> None:
    text = ("---\ntitle: 泉州市\nupdated: 2025-06-03\n---\n\n# 泉州市\n\n"
            "2021年7月25日，泉州列入世界遗产名录。\n\n| 项目 | 数值 |\n|---|---|\n"
            "| 地区生产总值（2024年） | 12976.06亿元 |\n| 常住人口（2024年末） | 892万人 |\n")
    doc = extractor.document("quanzhou.md", text.encode())[0]
    assert doc.meta.date == "2025-06-03"
    assert [(c.text, c.kind) for c in doc.claims] == [("12976.06亿元", "actual"), ("892万人", "actual")]
    body_only = text.replace("updated: 2025-06-03\n", "")
    assert extractor.document("quanzhou.md", body_only.encode())[0].meta.date is None  # 2021 is history


@pytest.mark.parametrize("sentence", ["今年全市地区生产总值预期增长5.5%左右。", "目标全年接待旅客3,800萬人次。",
                                      "郑州提出今年地区生产总值增长6%左右。"])
def test_more_ways_to_set_a_target(extractor: Extractor, sentence: str) -> None:
    assert [c.kind for c in extractor.text("t.txt", sentence, "2025-03-01").claims] == ["target"]


@pytest.mark.parametrize(("text", "expected"), [
    ("三次产业增加值占地区生产总值的比重分别为2.9%、46.7%和50.4%。",
     [("primary_value_added", "share"), ("secondary_value_added", "share"), ("tertiary_value_added", "share")]),
    ("第一产业实现增加值1398.72亿元，增长3.9%。", [("primary_value_added", "level"), ("primary_value_added", "change")]),
    ("經濟規模恢復至2019年的86.4%。", [("gdp", "share")]),
    ("年末全市常住人口442.54万人比上年末增加1.05万人 城镇化率84.8%",
     [("resident_population", "level"), ("resident_population", "change"), ("urbanization_rate", "share")]),
    ("税收收入192.6亿元 增长3.3%一般公共预算支出\n 728.9亿元增长2.6%",
     [("tax_revenue", "level"), ("tax_revenue", "change"), ("public_budget_expenditure", "level"),
      ("public_budget_expenditure", "change")]),
])
def test_metrics_of_structures_inner_verbs_and_damaged_copies(extractor: Extractor, text: str, expected: list) -> None:
    claims = extractor.text("t.txt", text, "2025-01-01").claims
    assert [(c.metric, c.measure) for c in claims] == expected


def test_a_list_of_three_cities_named_in_an_earlier_sentence(extractor: Extractor) -> None:
    text = ("2024年，郑州、洛阳、开封三市规上工业增加值分别增长9.4%、8.7%和7.6%。"
            "三市社会消费品零售总额分别为5946.1亿元、2317.6亿元和1184.3亿元。\n")
    claims = extractor.text("t.txt", text, "2025-02-10").claims
    assert [c.entity for c in claims] == ["郑州", "洛阳", "开封"] * 2


def test_a_list_of_places_goes_on_with_the_last_lists_metric(extractor: Extractor) -> None:
    text = ("分区来看，小店、迎泽、杏花岭三个区GDP分别为1289.6亿元、812.3亿元、735.8亿元。\n"
            "万柏林区和尖草坪区分别实现698.4亿元和512.7亿元，增速分别为4.2%和6.9%，晋源区增长最快达到7.3%。\n")
    claims = extractor.document("taiyuan.txt", ("太原市2023年经济运行\n" + text).encode())[0].claims
    assert {c.metric for c in claims} == {"gdp"}
    assert [c.entity for c in claims[3:]] == ["万柏林", "尖草坪", "万柏林", "尖草坪", "晋源"]


def test_a_look_back_does_not_go_on_and_a_plans_years_so_far(extractor: Extractor) -> None:
    text = ("深圳2024年经济成绩单出炉\n\n"
            "初步核算，2024年深圳地区生产总值36801.87亿元，比上年增长5.8%。\n\n"
            "回看2023年，深圳地区生产总值为34606.40亿元、增长6.0%。\n\n"
            "分产业看，第一产业增加值26.68亿元，增长4.9%。\n\n"
            "“十四五”以来，全市地区生产总值年均增长6.0%。当年收支结余142.17亿元。\n")
    claims = extractor.document("sz.txt", text.encode())[0].claims
    assert [(c.text, c.period) for c in claims] == [
        ("36801.87亿元", "2024"), ("5.8%", "2024"), ("34606.40亿元", "2023"), ("6.0%", "2023"),
        ("26.68亿元", "2024"), ("4.9%", "2024"), ("6.0%", "2021/2024"), ("142.17亿元", "2024")]


def test_a_plans_table_with_year_columns_and_qualified_cells(extractor: Extractor) -> None:
    text = ("专栏1　宁波市“十五五”主要指标\n指标 | 2025年 | 2030年 | 属性\n"
            "地区生产总值（亿元） | 19200 | 25000 | 预期性\n高新技术企业数（家） | 6500 | 10000以上 | 预期性\n")
    claims = extractor.text("t.txt", text, "2026-01-20").claims
    assert [(c.text, c.value, c.qualifier, c.period, c.kind) for c in claims] == [
        ("19200", 1.92e12, "exact", "2025", "actual"), ("25000", 2.5e12, "exact", "2030", "target"),
        ("6500", 6500.0, "exact", "2025", "actual"), ("10000以上", 10000.0, "at_least", "2030", "target")]


def test_units_declared_above_a_table_or_a_list(extractor: Extractor) -> None:
    table = ("附表1：2024年全区一般公共预算收支执行情况\n单位：亿元\n项目\t预算数\t执行数\t比上年增长%\n"
             "一般公共预算收入\t1816.30\t1823.56\t1.2\n")
    claims = extractor.text("t.txt", table, "2025-01-20").claims
    assert [(c.value, c.unit, c.measure) for c in claims] == [
        (181630000000.0, "CNY", "level"), (182356000000.0, "CNY", "level"), (1.2, "%", "change")]
    listing = "附：2024年GDP前十省份（单位：亿元）\n广东　141633.81（+3.5%）\n江苏　137008.0（+5.8%）\n"
    claims = extractor.text("t.txt", listing, "2025-01-20").claims
    assert [(c.value, c.unit, c.entity, c.measure) for c in claims] == [
        (14163381000000.0, "CNY", "广东", "level"), (3.5, "%", "广东", "change"),
        (13700800000000.0, "CNY", "江苏", "level"), (5.8, "%", "江苏", "change")]


def test_an_html_row_written_over_several_lines_is_one_row(extractor: Extractor) -> None:
    html = ("<p>2025年一季度成都主要指标</p>\n<table>\n<tr>\n<th>指标</th>\n<th>比上年同期增长（%）</th>\n</tr>\n"
            "<tr>\n<td>地区生产总值</td>\n<td>5.3</td>\n</tr>\n</table>\n")
    claims = extractor.document("cd.html", html.encode())[0].claims
    assert [(c.value, c.unit, c.line, c.metric, c.measure) for c in claims] == [(5.3, "%", 9, "gdp", "change")]


def test_bare_scale_words_in_a_copy_that_dropped_the_unit(extractor: Extractor) -> None:
    text = "苏州：26727亿元 同比增长6.0%\n两座城市的差距从2023年的4594亿扩大到了4867亿\n苏州常住人口1298.1万\n"
    claims = extractor.text("t.txt", text, "2025-02-01").claims
    assert [(c.text, c.unit) for c in claims] == [
        ("26727亿元", "CNY"), ("6.0%", "%"), ("4594亿", "CNY"), ("4867亿", "CNY"), ("1298.1万", "人")]


def test_the_nation_the_province_and_an_entrys_own_place(extractor: Extractor) -> None:
    text = ("2024年各省份GDP出炉\n\n2024年全国国内生产总值1349084亿元，比上年增长5.0%。"
            "江苏全年地区生产总值137008.0亿元，增长5.8%，以全省4%的面积贡献了8%的总量。\n")
    claims = extractor.document("gdp.txt", text.encode())[0].claims
    assert [(c.text, c.entity) for c in claims[:4]] == [
        ("1349084亿元", "中国"), ("5.0%", "中国"), ("137008.0亿元", "江苏"), ("5.8%", "江苏")]
    interview = ("厦门经济访谈\n\n市长：2024年厦门地区生产总值8589.01亿元。\n\n"
                 "市长：2024年全省地区生产总值57761.02亿元，增长5.5%。厦门与福州的差距扩大到了5648.44亿元。\n")
    claims = extractor.document("xm.txt", interview.encode())[0].claims
    assert [c.entity for c in claims] == ["厦门", "福建", "福建", "厦门"]
    entry = "呈贡区\n云南省昆明市辖区\n\n面积\t461 km²\n人口\t68.9万人（2023年常住人口）\n"
    claims = extractor.document("cg.txt", entry.encode())[0].claims
    assert [c.entity for c in claims] == ["呈贡", "呈贡"]


def test_section_headings_quarters_of_the_lead_figure_and_bracketed_figures(extractor: Extractor) -> None:
    brief = "【GDP总量】\n苏州：26727亿元 同比增长6.0%\n杭州：21860亿元 同比增长4.7%\n"
    assert {c.metric for c in extractor.text("t.txt", brief, "2025-02-08").claims} == {"gdp"}
    lead = ("上半年，全省实现地区生产总值68725.40亿元，同比增长4.2%。其中，第三产业增加值40255.75亿元，增长4.8%。"
            "分季度看，一季度增长4.1%，二季度增长4.3%。\n")
    claims = extractor.text("t.txt", lead, "2025-07-20").claims
    assert [c.metric for c in claims[-2:]] == ["gdp", "gdp"]
    bracket = "年末全市常住人口1798.95万人，比上年末（1779.01万人）增加19.94万人。"
    assert {c.metric for c in extractor.text("t.txt", bracket, "2025-02-01").claims} == {"resident_population"}


def test_a_plans_own_date_and_budget_and_report_targets(extractor: Extractor) -> None:
    plan = ("宁波市国民经济和社会发展第十五个五年规划纲要（摘要）\n\n（2026年1月14日宁波市第十六届人民代表大会第五次会议批准）\n\n"
            "“十五五”期间，全市计划安排重大项目1200个以上。到2030年，地区生产总值达到25000亿元。\n")
    doc = extractor.document("nb.txt", plan.encode())[0]
    assert doc.meta.date == "2026-01-14"
    assert {c.kind for c in doc.claims} == {"target"}
    budget = "全区一般公共预算收入安排1,860.00亿元，比2024年执行数增长2.0%。"
    assert {c.kind for c in extractor.text("t.txt", budget, "2025-01-20").claims} == {"target"}
    said = "今年全市地区生产总值预期增长5.5%左右，规上工业增加值增长6%，固定资产投资增长5%。"
    assert {c.kind for c in extractor.text("t.txt", said, "2025-02-01").claims} == {"target"}


def test_the_nations_gdp_and_a_budget_tables_planned_column(extractor: Extractor) -> None:
    text = "广东2024年经济运行情况\n\n2024年广东实现地区生产总值141633.81亿元。\n国家统计局：2024年国内生产总值1349084亿元。\n"
    claims = extractor.document("gd.txt", text.encode())[0].claims
    assert [c.entity for c in claims] == ["广东", "中国"]
    table = ("单位：亿元\n项目\t预算数\t执行数\t为预算%\n一般公共预算收入\t1816.30\t1823.56\t100.4\n")
    claims = extractor.text("t.txt", "广西2024年预算执行情况\n" + table, "2025-01-20").claims
    assert [(c.value, c.kind) for c in claims] == [(181630000000.0, "target"), (182356000000.0, "actual"),
                                                    (100.4, "actual")]


def test_a_lists_heading_and_a_columns_quarter(extractor: Extractor) -> None:
    listing = "附：2024年GDP前十省份（单位：亿元）\n广东　141633.81（+3.5%）\n"
    claims = extractor.text("t.txt", listing, "2025-01-20").claims
    assert [(c.metric, c.measure) for c in claims] == [("gdp", "level"), ("gdp", "change")]
    html = ("<table><tr><th>指标</th><th>2025年一季度（亿元）</th><th>2024年一季度（亿元）</th></tr>"
            "<tr><td>地区生产总值</td><td>5906.6</td><td>5710.0</td></tr></table>")
    claims = extractor.document("cd.html", html.encode())[0].claims
    assert [(c.value, c.period) for c in claims] == [(590660000000.0, "2025-Q1"), (571000000000.0, "2024-Q1")]


def test_months_from_january_that_end_a_quarter_are_that_quarter(extractor: Extractor) -> None:
    text = "2025年1—6月，全市地区生产总值9030.67亿元。2025年1-11月，全市进出口总额增长5.1%。前9个月，出口增长6%。"
    assert [c.period for c in extractor.text("t.txt", text, "2025-12-20").claims] == [
        "2025-H1", "2025-01..11", "2025-Q1..Q3"]


def test_a_year_in_a_column_headers_bracket_beside_its_unit(extractor: Extractor) -> None:
    # every row of the column is of 2020, however far below the header it stands
    rows = "".join(f"{name}｜{area}｜{people}｜{seat}街道\n" for name, area, people, seat in [
        ("涧西区", 101, 75.0, "南昌路"), ("西工区", 83, 55.4, "王城路"), ("老城区", 57, 24.8, "西关"),
        ("瀍河回族区", 38, 26.2, "东关"), ("洛龙区", 492, 95.1, "开元路"), ("孟津区", 758, 56.9, "会盟"),
        ("偃师区", 668, 63.6, "商城"), ("新安县", 1001, 44.7, "城关"), ("栾川县", 2477, 33.9, "城关")])
    page = ("洛阳市\n维基百科，自由的百科全书\n\n== 历史沿革 ==\n1986年，洛阳被国务院公布为第二批国家历史文化名城。"
            "2000年，龙门石窟被列入《世界遗产名录》。\n2021年3月，国务院批复同意撤销孟津县、吉利区，设立洛阳市孟津区。\n\n"
            "== 行政区划 ==\n截至2024年末，洛阳市辖7个市辖区、7个县。\n"
            "区县｜面积（平方千米）｜常住人口（2020年，万人）｜政府驻地\n" + rows)
    claims = extractor.text("t.md", page, "2025-04-02").claims
    assert [c.period for c in claims if c.unit == "人"] == ["2020"] * 9


def test_a_wiki_tables_rows_take_their_columns_and_their_years(extractor: Extractor) -> None:
    page = ("=== 行政区划 ===\n{| class=\"wikitable sortable\"\n! 名称 !! 面积（平方千米） !! 常住人口（万人，2020年）\n|-\n"
            "| [[岳阳楼区]] || 400.5 || 113.26\n|-\n| [[岳阳县 (湖南)|岳阳县]] || 2809.1 || 58.31\n|}\n\n"
            "=== 历年地区生产总值 ===\n{| class=\"wikitable\"\n! 年份 !! 地区生产总值（亿元） !! 增速（%）\n|-\n"
            "| 2020 || 4001.55 || 3.9\n|-\n| 2021 || 4402.98 || 7.9\n|}\n")
    claims = extractor.text("yueyang.txt", "岳阳市\n" + page, "2025-04-01").claims
    people = [(c.entity, c.metric, c.period, c.value) for c in claims if c.unit == "人"]
    assert people == [("岳阳楼", "resident_population", "2020", 1132600), ("岳阳县", "resident_population", "2020", 583100)]
    gdp = [(c.metric, c.measure, c.period, c.value) for c in claims if c.metric == "gdp"]
    assert gdp == [("gdp", "level", "2020", 400155000000), ("gdp", "change", "2020", 3.9),
                   ("gdp", "level", "2021", 440298000000), ("gdp", "change", "2021", 7.9)]


def test_quarters_of_a_breakdown_and_a_points_lead_do_not_go_on(extractor: Extractor) -> None:
    text = ("陕西省2025年上半年经济运行情况新闻发布会\n上半年全省实现地区生产总值17256.51亿元，同比增长5.5%。\n"
            "分季度看，一季度增长5.0%，二季度增长5.9%；二季度地区生产总值环比增长1.3%。\n"
            "分产业看，第一产业增加值1013.68亿元，增长4.1%。\n"
            "一是工业生产加快。上半年规模以上工业增加值同比增长7.2%。6月份，规模以上工业增加值同比增长7.8%。\n"
            "分门类看，能源工业增加值增长6.1%。\n")
    got = {c.text: c.period for c in extractor.text("t.txt", text, "2025-07-20").claims}
    assert (got["1.3%"], got["1013.68亿元"], got["7.8%"], got["6.1%"]) == ("2025-Q2", "2025-H1", "2025-06", "2025-H1")


def test_columns_of_parts_of_a_year_take_the_captions_year(extractor: Extractor) -> None:
    html = ("<p>2024年宝鸡市主要经济指标（分季度累计）</p><table><tr><th>指标</th><th>一季度</th><th>上半年</th>"
            "<th>前三季度</th><th>全年</th></tr><tr><td>地区生产总值（亿元）</td><td>612.3</td><td>1318.9</td>"
            "<td>2046.5</td><td>2839.6</td></tr></table>")
    claims = extractor.document("bj.html", html.encode())[0].claims
    assert [c.period for c in claims] == ["2024-Q1", "2024-H1", "2024-Q1..Q3", "2024"]


def test_a_bracket_after_a_figure_dates_it_and_footnotes_and_a_reporters_turn(extractor: Extractor) -> None:
    page = ("岳阳市\n| 人口 = 498.93万人（2024年末常住人口）\n| 营业收入 = 5000亿元（2023年为4600亿元）\n"
            "全年规模以上工业增加值增长4.8%。<ref name=\"tj\">珠海市2024年统计公报，2025年3月。</ref>\n"
            "全年外贸进出口总额3069.1亿元。\n")
    got = {c.text: c.period for c in extractor.text("t.txt", page, "2025-04-20").claims}
    assert got["498.93万人"] == "2024" and got["5000亿元"] != "2023" and got["3069.1亿元"] != "2025"
    text = ("广东省2025年前三季度经济运行情况新闻发布会\n\n刘志强：\n2024年，全省地区生产总值增长3.5%。\n\n"
            "记者（21世纪经济报道）：\n前三季度外贸增长3.8%，如何看待外贸形势？\n")
    got = {c.text: c.period for c in extractor.text("t.txt", text, "2025-10-22").claims}
    assert got["3.8%"] == "2025-Q1..Q3"


def test_a_level_a_year_recovered_to_is_no_period_of_what_follows(extractor: Extractor) -> None:
    text = ("2024年澳门本地生产总值为4,037.2亿澳门元，实质增长8.8%，恢复至2019年水平的86.3%。\n"
            "全年访澳旅客3,490.4万人次，按年上升23.8%。\n")
    got = {c.text: c.period for c in extractor.text("t.txt", text, "2025-02-20").claims}
    assert got["3,490.4万人次"] == "2024"


def test_taiwans_first_three_quarters_and_a_stocks_date_that_does_not_go_on(extractor: Extractor) -> None:
    got = {c.text: c.period for c in extractor.text("t.txt", "湖南今年前3季GDP年增5.5%。", "2025-10-21").claims}
    assert got == {"5.5%": "2025-Q1..Q3"}
    text = ("长沙前三季度实现地区生产总值11652.8亿元。截至2024年末，长沙常住人口1061.18万人。"
            "岳阳前三季度地区生产总值3812.4亿元。")
    got = {c.text: c.period for c in extractor.text("t.txt", text, "2025-10-21").claims}
    assert (got["1061.18万人"], got["3812.4亿元"]) == ("2024", "2025-Q1..Q3")


def test_a_tables_two_header_rows_and_a_head_count_column(extractor: Extractor) -> None:
    html = ("<p>表：2025年浦东新区主要经济指标</p><table><tr><th rowspan=\"2\">指标</th><th colspan=\"2\">1-6月</th>"
            "<th colspan=\"2\">1-9月</th></tr>\n<tr><th>累计</th><th>同比增长（%）</th><th>累计</th><th>同比增长（%）</th></tr>\n"
            "<tr><td>地区生产总值（亿元）</td><td>8721.53</td><td>6.1</td><td>13415.20</td><td>5.9</td></tr></table>")
    claims = extractor.document("pd.html", html.encode())[0].claims
    assert [(c.value, c.unit, c.measure, c.period) for c in claims] == [
        (872153000000, "CNY", "level", "2025-H1"), (6.1, "%", "change", "2025-H1"),
        (1341520000000, "CNY", "level", "2025-Q1..Q3"), (5.9, "%", "change", "2025-Q1..Q3")]
    wiki = ("遵义市\n{| class=\"wikitable\"\n! 名称 !! 面积（平方千米） !! 人口（2020年）\n|-\n| [[红花岗区]] || 595 || 985,317\n"
            "|-\n| [[汇川区]] || 1515 || 854,519\n|}\n")
    people = [(c.value, c.period) for c in extractor.text("zy.txt", wiki, "2025-04-01").claims if c.unit == "人"]
    assert people == [(985317, "2020"), (854519, "2020")]


def test_rows_of_a_spaced_table_are_not_one_figure_broken_over_a_line(extractor: Extractor) -> None:
    table = ("市县        地区生产总值(亿元)    增速(%)    一般公共预算收入(亿元)\n"
             "文昌市      418.57                3.0        22.18\n万宁市      392.81                2.6        18.95\n")
    claims = extractor.text("hn.txt", table, "2025-03-01").claims
    assert [(c.entity, c.value) for c in claims if c.metric == "public_budget_revenue"] == [
        ("文昌", 2218000000), ("万宁", 1895000000)]


def test_a_census_compared_with_and_a_revised_year_do_not_go_on(extractor: Extractor) -> None:
    census = ("大同市\n根据第七次全国人口普查数据，截至2020年11月1日零时，大同市常住人口为3105591人，"
              "与2010年第六次全国人口普查相比，减少212466人。\n其中城镇人口2164813人，占69.71%。\n")
    got = {c.text: c.period for c in extractor.text("t.md", census, "2025-04-20").claims}
    assert (got["212466人"], got["2164813人"]) == ("2010/2020", "2020")
    revised = ("2024年北京经济运行情况\n2024年全市实现地区生产总值49843.1亿元。\n"
               "经第五次全国经济普查修订，2023年全市地区生产总值为47731.6亿元。\n数字经济核心产业增加值11796.2亿元。\n")
    got = {c.text: c.period for c in extractor.text("t.txt", revised, "2025-01-20").claims}
    assert (got["47731.6亿元"], got["11796.2亿元"]) == ("2023", "2024")


def test_a_plan_as_a_guide_the_base_year_named_and_a_stock_at_the_spans_end(extractor: Extractor) -> None:
    text = ("温州市2025年政府工作报告\n四年来，我们坚持以“十四五”规划为引领，全市地区生产总值由2020年的6870.9亿元增加到"
            "9718.9亿元，年均增长6.4%。\n“十四五”以来，累计新增高新技术企业1.34万家，规模以上工业企业数量突破2.5万户。\n")
    got = {c.text: c.period for c in extractor.text("t.txt", text, "2025-01-20").claims}
    assert (got["6870.9亿元"], got["9718.9亿元"], got["6.4%"]) == ("2020", "2024", "2020/2024")
    assert (got["1.34万家"], got["突破2.5万户"]) == ("2021/2024", "2024")


def test_columns_of_parts_of_a_year_with_no_caption_take_the_texts_year(extractor: Extractor) -> None:
    html = ("<p>2025年前三季度，全市社会消费品零售总额2203.8亿元，增长4.8%。</p><p>下阶段，全市将紧盯全年目标任务。</p>"
            "<table><tr><th rowspan='2'>指标</th>"
            "<th colspan='2'>1-6月</th><th colspan='2'>1-9月</th></tr>\n<tr><th>绝对值</th><th>增长%</th>"
            "<th>绝对值</th><th>增长%</th></tr>\n<tr><td>社会消费品零售总额（亿元）</td><td>1455.2</td><td>4.6</td>"
            "<td>2203.8</td><td>4.8</td></tr></table>")
    claims = extractor.document("tz.html", html.encode(), "tz.html")[0].claims
    assert [(c.text, c.period) for c in claims][2:] == [("1455.2", "2025-H1"), ("4.6", "2025-H1"),
                                                         ("2203.8", "2025-Q1..Q3"), ("4.8", "2025-Q1..Q3")]


@pytest.mark.parametrize(
    ("text", "date", "periods"),
    [
        # a holiday of a fixed month dates its sentence; a bare 假期期间 after it is the same holiday
        ("2025年国庆中秋“超级黄金周”假期，全市累计接待游客186.42万人次。\n假期期间，过夜游客达到62.35万人次。\n"
         "2024年全市接待游客4125.6万人次。", "2025-10-09", ["2025-10", "2025-10", "2024"]),
        ("2025年春节假期，全市接待游客1015.6万人次。", "2025-02-05", ["2025"]),  # a moving feast: its year only
        ("“五一”假期北海接待游客186.5万人次，同比增长12%。", "2025-05-06", ["2025-05", "2025-05"]),
        ("国庆期间，全市接待游客200万人次。", "2026-01-10", ["2025-10"]),  # reported after the year turned
    ],
)
def test_periods_holidays(extractor, text: str, date: str, periods: list[str]) -> None:
    got = [c.period for c in extractor.text("t", text, date).claims]
    assert got == periods


def test_periods_a_table_titled_with_a_part_of_its_years(extractor) -> None:
    text = ("假期张掖旅游\n\n\t2025年国庆中秋假期张掖市旅游主要指标\t\t\n\n"
            "\t指标\t\t2025年\t\t2024年\t\t同比增长(%)\t\n\n"
            "\t接待游客(万人次)\t\t186.42\t\t165.56\t\t12.6\t\n")
    got = [(c.text, c.period) for c in extractor.text("t.html", text, "2025-10-09").claims]
    assert got == [("186.42", "2025-10"), ("165.56", "2024-10"), ("12.6", "2025-10")]


def test_periods_a_table_whose_header_names_years_and_a_part(extractor) -> None:
    # the last column's part (前三季度) is that column's, not the other years'
    text = ("延边州主要旅游指标如下表。\n\n\t指标\t\t单位\t\t2023年\t\t2024年\t\t2025年前三季度\t\n\n"
            "\t旅游总收入\t\t亿元\t\t513.0\t\t623.8\t\t571.3\t\n")
    got = [(c.text, c.period) for c in extractor.text("t.html", text, "2025-10-20").claims]
    assert got == [("513.0", "2023"), ("623.8", "2024"), ("571.3", "2025-Q1..Q3")]


def test_scope_the_visitors_of_some_places_are_a_part(extractor) -> None:
    text = ("2025年国庆假期，全市接待游客186.42万人次。过夜游客62.35万人次。七彩丹霞景区接待游客27.6万人次。"
            "全市62个乡村旅游示范村共接待游客31.5万人次。\n")
    got = {c.text: c.scope for c in extractor.text("t", text, "2025-10-09").claims}
    assert "景区" not in got["186.42万人次"] and "过夜" not in got["186.42万人次"]
    assert "过夜" in got["62.35万人次"] and "景区" in got["27.6万人次"] and "乡村旅游" in got["31.5万人次"]


def test_periods_a_view_from_a_part_of_the_year_dates_what_follows(extractor) -> None:
    text = ("2025年上半年陕西经济运行新闻发布会\n"
            "省统计局副局长：年初省政府工作报告提出，2025年全省生产总值增长5.5%左右。\n"
            "从上半年的情况看，生产总值增长5.6%，均达到或快于年度预期目标。\n"
            "预计到2030年，沿线日均客流将由目前的近3万人次增长至6万人次以上。\n")
    got = {c.text: c.period for c in extractor.text("t", text, "2025-07-20").claims}
    assert got["5.6%"] == "2025-H1"
    assert got["6万人次以上"] == "2030"  # 由目前的近3万人次: the base's time, not the later figure's


def test_periods_the_whole_years_plan_dates_no_figure_after_it(extractor) -> None:
    text = ("2025年前三季度重庆经济运行新闻发布会\n前三季度，全市城镇新增就业61.3万人，完成全年目标任务的102.2%。"
            "全市居民人均可支配收入35187元，同比增长5.2%。\n湖南前3季GDP增5.5% 全年目标5.5%左右\n")
    got = {c.text: c.period for c in extractor.text("t", text, "2025-10-22").claims}
    assert got["35187元"] == got["5.2%"] == "2025-Q1..Q3"
    assert got["5.5%左右"] == "2025"  # the target's own year


def test_that_year_under_a_review_heading_is_the_headings_year() -> None:
    text = ("政府工作报告\n一、2024年工作回顾\n过去一年，全省经济运行稳中有进。\n（二）聚力科技创新。\n"
            "高新技术企业突破4.8万家、当年新增8420家。\n")
    found = {text[t.start:t.end]: t.period for t in find_time_exprs(text, "2025-01-14")}
    assert found["当年"] == "2024"
