"""Tests of claim extraction through factcheck.pipeline.Extractor."""

import pytest

from factcheck.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.create()


def claims(extractor: Extractor, text: str, date: str | None = None):
    return extractor.text("t", text, date).claims


def document(extractor: Extractor, name: str, text: str):
    """A file's document, read as the indexer reads it (its suffix says HTML, wiki or plain text)."""
    return extractor.document(name, text.encode(), name)[0]


def test_claims_gdp_level_and_growth(extractor) -> None:
    got = claims(extractor, "2021年常州地区生产总值8807.6亿元，增长9.1%")
    assert len(got) == 2
    level, growth = got
    assert level.text == "8807.6亿元"
    assert level.value == pytest.approx(880760000000)
    assert (level.unit, level.measure, level.metric, level.period, level.entity) == ("CNY", "level", "gdp", "2021", "常州")
    assert level.kind == "actual"
    assert growth.text == "9.1%"
    assert growth.value == pytest.approx(9.1)
    assert (growth.unit, growth.measure, growth.metric, growth.period) == ("%", "change", "gdp", "2021")
    assert growth.line == 1


def test_claims_decline_is_negative(extractor) -> None:
    (c,) = claims(extractor, "单位GDP能耗下降3.2%")
    assert c.value == pytest.approx(-3.2)
    assert (c.unit, c.measure, c.metric) == ("%", "change", "energy_intensity")


def test_claims_decline_at_least(extractor) -> None:
    (c,) = claims(extractor, "单位GDP能耗下降30%以上")
    assert c.value == pytest.approx(-30)
    assert c.measure == "change"


def test_claims_target(extractor) -> None:
    (c,) = claims(extractor, "力争全市新能源产业规模突破8800亿元", "2024-06-07")
    assert c.kind == "target"
    assert c.qualifier == "more_than"
    assert c.value == pytest.approx(880000000000)
    assert c.unit == "CNY"


def test_claims_forecast(extractor) -> None:
    (c,) = claims(extractor, "预计每年将生产约700万度的绿电")
    assert c.kind == "forecast"
    assert c.value == pytest.approx(7000000)
    assert (c.unit, c.qualifier) == ("kWh", "approx")


def test_claims_respectively_over_recent_three_years(extractor) -> None:
    got = claims(extractor, "近三年新能源新增装机量占新增装机总量比重分别达到79.3%、99%、100%", "2024-06-07")
    assert [(c.value, c.period) for c in got] == [
        (pytest.approx(79.3), "2021"),
        (pytest.approx(99), "2022"),
        (pytest.approx(100), "2023"),
    ]
    assert {c.unit for c in got} == {"%"}
    assert {c.measure for c in got} == {"share"}


def test_claims_from_to_with_last_year(extractor) -> None:
    got = claims(extractor, "去年,由2020年的38.4%下降至35.9%", "2022-03-31")
    assert [(c.text, c.period) for c in got] == [("38.4%", "2020"), ("35.9%", "2021")]
    assert got[0].value == pytest.approx(38.4)
    assert got[1].value == pytest.approx(35.9)


@pytest.mark.parametrize(
    ("text", "date", "line"),
    [
        ("第一行\n第二行\n2021年常州地区生产总值8807.6亿元", None, 3),
        ("标题\n\n单位GDP能耗下降3.2%", None, 3),
    ],
)
def test_claims_line_numbers(extractor, text, date, line) -> None:
    got = claims(extractor, text, date)
    assert len(got) == 1
    assert got[0].line == line


@pytest.mark.parametrize(
    "text",
    [
        "常办发〔2020〕1号",
        "构建“1028”产业体系",
        "电话:010-65980408-8001",
        "2024-06-07 15:29:00",
        "千家万户",
    ],
)
def test_claims_no_claim_from_non_quantities(extractor, text) -> None:
    assert claims(extractor, text) == ()


@pytest.mark.parametrize(
    ("text", "value", "lower", "upper"),
    [
        ("单位GDP能耗下降30%以上", -30, None, -30),
        ("单位GDP能耗下降超过3%", -3, None, -3),
        ("单位GDP能耗下降不超过3%", -3, -3, None),
    ],
)
def test_claims_decline_flips_bounds(extractor, text, value, lower, upper) -> None:
    (c,) = claims(extractor, text)
    assert c.measure == "change"
    assert c.value == pytest.approx(value)
    assert c.lower == (None if lower is None else pytest.approx(lower))
    assert c.upper == (None if upper is None else pytest.approx(upper))


@pytest.mark.parametrize(
    ("text", "qualifier", "lower", "upper"),
    [
        ("单位GDP能耗下降30%以上", "at_least", None, -30.0),
        ("单位GDP能耗下降超过3%", "more_than", None, -3.0),
        ("单位GDP能耗下降不超过3%", "at_most", -3.0, None),
    ],
)
def test_claims_decline_keeps_written_qualifier_and_signed_bounds(extractor, text, qualifier, lower, upper) -> None:
    # the qualifier describes the number as written; the bounds bound the signed value
    (c,) = claims(extractor, text)
    assert (c.qualifier, c.lower, c.upper) == (qualifier, lower, upper)


def test_claims_fraction_growth_more_than(extractor) -> None:
    (c,) = claims(extractor, "全市规模以上工业增加值比上年增长超过百分之零点九")
    assert c.value == pytest.approx(0.9)
    assert c.measure == "change"
    assert c.qualifier == "more_than"


def test_claims_traditional_script(extractor) -> None:
    got = claims(extractor, "2021年常州地區生產總值8807.6億元，增長9.1%")
    assert [(c.value, c.unit, c.measure, c.metric, c.period, c.entity) for c in got] == [
        (pytest.approx(880760000000), "CNY", "level", "gdp", "2021", "常州"),
        (pytest.approx(9.1), "%", "change", "gdp", "2021", "常州"),
    ]
    assert got[0].text == "8807.6億元"  # cites the original script


def _by_text(got) -> dict:
    return {c.text: c for c in got}


def test_claims_place_lines_keep_the_metric_of_the_last_place_line(extractor) -> None:
    text = "【GDP总量】\n苏州：２６７２７亿元 同比增长６.０％\n【和一线城市比一比】\n深圳：36801.87亿 增速6.0%\n"
    got = _by_text(claims(extractor, text, "2025-01-26"))
    assert (got["36801.87亿"].metric, got["36801.87亿"].entity) == ("gdp", "深圳")
    assert (got["6.0%"].metric, got["6.0%"].measure) == ("gdp", "change")


def test_claims_the_place_compared_with_is_not_the_subject(extractor) -> None:
    text = "苏州GDP 26727亿元，杭州21860亿元。杭州想超成都还差1651亿左右。苏州距离广州还有4000多亿的差距。"
    got = _by_text(claims(extractor, text))
    assert got["1651亿左右"].entity == "杭州"
    assert got["4000多亿"].entity == "苏州"


def test_claims_an_airport_named_after_a_district_is_not_the_district(extractor) -> None:
    (c,) = claims(extractor, "深圳宝安国际机场旅客吞吐量6147.7万人次。")
    assert c.entity == "深圳"


def test_claims_two_places_written_together_name_one_thing(extractor) -> None:
    text = "宁波市2025年政府工作报告\n全市地区生产总值1.8万亿元。宁波舟山港货物吞吐量14.1亿吨。"
    got = _by_text(claims(extractor, text, "2025-02-10"))
    assert got["14.1亿吨"].entity == "宁波"


def test_claims_unit_heading_of_a_list_under_a_place_heading(extractor) -> None:
    text = "【新疆】\n新疆地区生产总值20534.08亿元。\n\n附：2024年GDP前十省份（单位：亿元）\n广东　141633.81（+3.5%）\n"
    got = _by_text(claims(extractor, text, "2025-02-08"))
    assert (got["141633.81"].metric, got["141633.81"].entity, got["141633.81"].unit) == ("gdp", "广东", "CNY")


def test_claims_industry_rows_of_an_output_table_are_value_added(extractor) -> None:
    text = ("成都2025年一季度地区生产总值（按产业分）\n| 指标 | 2025年一季度（亿元） |\n| 地区生产总值 | 5906.6 |\n"
            "| 　第一产业 | 117.3 |\n| 　　其中：工业 | 1216.8 |\n")
    got = _by_text(claims(extractor, text, "2025-04-21"))
    assert got["117.3"].metric == "primary_value_added"
    assert got["1216.8"].metric == "industrial_value_added"


def test_claims_content_farm_figures(extractor) -> None:
    text = ("济南2024年经济\n科技创新这块 全市高新技术企业达到 7 468家 增长 15.2 %\n"
            "经济总量在全国城市中排名第18位 在山东省内仅次于青岛位居\n第二\n")
    got = _by_text(claims(extractor, text, "2025-02-01"))
    assert got["7 468家"].value == 7468
    assert got["第18位"].entity == "济南"


def test_claims_a_metric_before_an_earlier_figure_is_not_carried(extractor) -> None:
    text = "旅游方面 全年实现旅游总收入 1412.3亿元 增长 11.2%\n遥墙国际机场旅客吞吐量 2110.6万人次 增长 12.5 %\n"
    got = _by_text(claims(extractor, text, "2025-02-01"))
    assert got["11.2%"].metric == "tourism_revenue"
    assert got["12.5 %"].metric is None


def test_claims_hong_kong_budget_years_and_inflation(extractor) -> None:
    text = ("香港特别行政区政府二零二五至二六年度财政预算案\n"
            "展望二零二五年，我预测香港经济增长2.5%左右，整体通胀率预测为1.7%。\n"
            "二零二五至二六年度，我预算政府收入为6,562亿元。\n"
            "中期而言，我预测二零二六至二零二九年，经济每年平均实质增长3.2%。\n")
    got = _by_text(claims(extractor, text, "2025-02-26"))
    assert (got["2.5%左右"].metric, got["2.5%左右"].measure) == ("gdp", "change")
    assert (got["1.7%"].metric, got["1.7%"].measure) == ("cpi", "change")
    assert got["6,562亿元"].period == "2025/2026"
    assert (got["3.2%"].metric, got["3.2%"].period) == ("gdp", "2026/2029")


def test_claims_a_rank_to_reach_is_an_upper_bound(extractor) -> None:
    got = _by_text(claims(extractor, "郑州提出今年地区生产总值增长6%左右，力争进入全国城市前15位。", "2025-01-20"))
    c = got["前15位"]
    assert (c.unit, c.measure, c.qualifier, c.upper) == ("rank", "rank", "at_most", 15)
    assert not [c for c in claims(extractor, "各县（市、区）常住人口前三名：") if c.unit == "rank"]


def test_claims_a_section_heading_naming_another_place(extractor) -> None:
    text = ("西安2024年经济数据出炉\n全市地区生产总值13317.71亿元，增长4.5%。\n\n【延伸阅读】台湾经济\n"
            "行政院主计总处2月14日公布，113年（2024年）经济成长率初估为4.30%。\n")
    got = _by_text(claims(extractor, text, "2025-02-05"))
    assert got["13317.71亿元"].entity == "西安"
    assert (got["4.30%"].entity, got["4.30%"].metric) == ("台湾", "gdp")


def test_claims_a_list_heading_names_the_metric_of_its_lines(extractor) -> None:
    text = "珠海市\n经济\n近年来珠海市地区生产总值\n2019年：3435.89亿元，增长6.8%\n2020年：3481.94亿元，增长3.0%\n"
    got = _by_text(claims(extractor, text, "2025-03-01"))
    assert (got["3481.94亿元"].metric, got["3481.94亿元"].period) == ("gdp", "2020")
    assert (got["3.0%"].metric, got["3.0%"].measure) == ("gdp", "change")
    # a hard-wrapped paragraph is no list: its lines keep their own metrics
    wrapped = ("一、地区生产总值稳步增长\n2024年全市实现地区生产总值\n12282.17亿元，同比增长4.2%。其中，第一产\n"
               "业增加值32.56亿元，增长3.9%；第三产业增加值5478.20亿元，\n增长3.9%。\n")
    shares = [c.metric for c in claims(extractor, wrapped, "2025-02-01") if c.text == "3.9%"]
    assert shares == ["primary_value_added", "tertiary_value_added"]


def test_claims_a_column_header_names_the_metric_of_place_rows(extractor) -> None:
    text = "2024年合肥各区县地区生产总值\n| 区县 | GDP(亿元) | 增速(%) |\n| 蜀山区 | 1565.3 | 6.3 |\n"
    got = _by_text(claims(extractor, text, "2025-01-24"))
    assert (got["1565.3"].metric, got["1565.3"].entity, got["1565.3"].value) == ("gdp", "蜀山", 156530000000)
    assert (got["6.3"].metric, got["6.3"].measure) == ("gdp", "change")


def test_claims_shares_named_by_the_whole_or_a_bracket(extractor) -> None:
    text = ("全年研究与试验发展（R&D）经费支出265.36亿元，比上年增长10.2%，占地区生产总值的比重为1.17%。"
            "其中城镇常住人口94350万人，占全国人口比重（常住人口城镇化率）为67.00%。三次产业构成为2.7:30.1:67.2。")
    got = _by_text(claims(extractor, text, "2025-03-01"))
    assert got["265.36亿元"].metric == "rd_spending"
    assert (got["1.17%"].metric, got["1.17%"].measure) == ("rd_spending_share", "share")
    assert got["67.00%"].metric == "urbanization_rate"
    assert got["30.1"].metric == "secondary_value_added"


def test_claims_places_that_are_no_subject(extractor) -> None:
    text = "温州市政府工作报告\n杭温高铁建成通车，温州正式融入杭州都市圈；新建改造城市道路86公里。"
    assert _by_text(claims(extractor, text, "2025-02-01"))["86公里"].entity == "温州"
    infobox = "珠海市\n政府驻地\t香洲区\n电话区号\t0756\n面积\t1736.45 km²\n"
    assert _by_text(claims(extractor, infobox, "2025-03-01"))["1736.45 km²"].entity == "珠海"
    ranked = "珠海市\n2024年，珠海人均地区生产总值17.99万元，在广东省21个地级以上市中居第3位。"
    assert _by_text(claims(extractor, ranked, "2025-03-01"))["第3位"].entity == "珠海"


def test_claims_regions_lead_their_sentence_or_say_where(extractor) -> None:
    text = ("长三角一体化发展新闻发布会\n2024年，长三角地区生产总值达到33.17万亿元，占全国的24.6%。"
            "常州地处长三角中心，地区生产总值10813.6亿元。")
    got = _by_text(claims(extractor, text, "2025-03-01"))
    assert (got["33.17万亿元"].entity, got["24.6%"].entity) == ("长三角", "长三角")
    assert got["10813.6亿元"].entity == "常州"


def test_claims_a_numbered_list_of_districts(extractor) -> None:
    text = ("长沙2024年GDP15268.8亿元 增长5.0%\n再来看看各区县（市）的成绩\n1、芙蓉区 1420.5亿元 增长4.1%\n"
            "7、长沙县 2206.5亿元 ，增长5.6%\n")
    got = _by_text(claims(extractor, text, "2025-02-01"))
    assert (got["1420.5亿元"].entity, got["1420.5亿元"].metric) == ("芙蓉", "gdp")
    assert (got["4.1%"].metric, got["4.1%"].measure) == ("gdp", "change")
    # a county that shares its city's short name keeps its full name
    assert (got["2206.5亿元"].entity, got["2206.5亿元"].metric) == ("长沙县", "gdp")


def test_claims_a_data_box_gives_its_label_after_the_figure(extractor) -> None:
    text = ("天津日报\n天津2024年经济运行稳中有进\n天津市统计局发布，全年全市地区生产总值18024.32亿元。\n\n■数说天津2024\n"
            "▶ 1.16万家　全市国家级高新技术企业数量\n▶ 11.2%　全市数字经济核心产业增加值增速\n\n"
            "【广告】\n咨询热线：022-58871234　地址：河西区友谊路35号\n")
    got = _by_text(claims(extractor, text, "2025-01-21"))
    assert (got["1.16万家"].entity, got["1.16万家"].metric) == ("天津", "high_tech_enterprises")
    assert (got["11.2%"].metric, got["11.2%"].measure) == ("digital_economy_output", "change")


def test_claims_an_infobox_field_is_no_heading(extractor) -> None:
    text = "昆山市\n江苏省苏州市代管县级市\n面积：931平方千米\n人口：214.5万人（2023年）\n机场：距上海虹桥国际机场约45千米\n"
    got = _by_text(claims(extractor, text, "2025-01-01"))
    assert [got[t].entity for t in ("931平方千米", "214.5万人", "约45千米")] == ["昆山"] * 3
    assert got["214.5万人"].metric == "resident_population"


def test_claims_a_place_of_a_sentence_without_figures_is_not_carried(extractor) -> None:
    text = ("安徽省2025年政府工作报告\n全省地区生产总值50625.1亿元。\n"
            "合肥综合性国家科学中心建设取得新进展。新增国家级创新平台15家，全省技术合同成交额4102.6亿元。\n")
    assert _by_text(claims(extractor, text, "2025-01-20"))["15家"].entity == "安徽"


def test_claims_a_change_since_a_named_base_year(extractor) -> None:
    text = ("西安2024年经济数据出炉\n2024年西安市地区生产总值13317.71亿元，比上年增长4.5%。"
            "与2020年的10020.39亿元相比，全市经济总量增加3297.32亿元，年均增长4.4%。\n"
            "全市规模以上工业增加值比上年增长2.1%。\n")
    got = _by_text(claims(extractor, text, "2025-02-05"))
    assert (got["10020.39亿元"].metric, got["10020.39亿元"].period) == ("gdp", "2020")
    assert (got["3297.32亿元"].period, got["4.4%"].period) == ("2020/2024", "2020/2024")
    # the base year is that sentence's: the rest of the document stays in 2024
    assert got["2.1%"].period == "2024" and got["4.5%"].period == "2024"
    census = "珠海市\n根据2020年全国人口普查数据，珠海市常住人口为2439585人，与2010年相比增加877135人，增长56.14%。"
    got = _by_text(claims(extractor, census, "2025-03-01"))
    assert (got["877135人"].metric, got["877135人"].period) == ("resident_population", "2010/2020")


def test_claims_the_nearer_of_a_forecast_and_a_target_word_decides(extractor) -> None:
    text = "根据即将提请省人代会审议的政府工作报告，2025年全省主要预期目标是：地区生产总值增长5%左右。"
    (c,) = claims(extractor, text, "2025-01-16")
    assert c.kind == "target"
    (c,) = claims(extractor, "展望2025年，合肥市提出地区生产总值增长6%左右。", "2025-01-24")
    assert c.kind == "target"


def test_claims_quarters_of_the_lead_figure_of_the_paragraph_before(extractor) -> None:
    text = ("2024年全省地区生产总值25494.7亿元，比上年增长2.3%。其中，第三产业增加值12360.4亿元，增长3.9%。\n"
            "从季度看，一季度增长1.2%，上半年增长2.3%。\n")
    got = claims(extractor, text, "2025-01-20")
    assert [(c.metric, c.period) for c in got[-2:]] == [("gdp", "2024-Q1"), ("gdp", "2024-H1")]


def test_claims_a_census_compared_with_the_last(extractor) -> None:
    text = ("昆山市\n人口\n根据第七次全国人口普查数据，截至2020年11月1日零时，昆山市常住人口为2092496人。"
            "与2010年第六次全国人口普查的1644860人相比，十年共增加447636人，增长27.21%，年平均增长率为2.44%。\n")
    got = _by_text(claims(extractor, text, "2025-01-01"))
    assert (got["1644860人"].metric, got["1644860人"].period) == ("resident_population", "2010")
    assert {got[t].metric for t in ("447636人", "27.21%", "2.44%")} == {"resident_population"}
    assert got["447636人"].measure == "change"


def test_claims_the_places_named_in_turn_before_a_counted_list(extractor) -> None:
    text = ("2024年，上海地区生产总值53926.7亿元，增长5.0%；江苏137008亿元，增长5.8%；浙江90131亿元，增长5.5%；"
            "安徽50625.1亿元，增长5.8%。\n2018年，上述四地的地区生产总值分别为36011.8亿元、93207.6亿元、58002.8亿元和34010.9亿元。\n")
    got = _by_text(claims(extractor, text, "2025-03-05"))
    assert [got[t].entity for t in ("36011.8亿元", "93207.6亿元", "58002.8亿元", "34010.9亿元")] == [
        "上海", "江苏", "浙江", "安徽"]
    assert got["34010.9亿元"].period == "2018"


def test_claims_section_numbers_adverts_and_shares_of_gdp(extractor) -> None:
    assert not claims(extractor, "昆山市\n4 人口\n2023年末，昆山市常住人口214.5万人。\n", "2025-01-01")[:-1]
    assert not claims(extractor, "【广告】\n津城家装节　全场低至5折　满5000元减800元\n", "2025-01-21")
    (c,) = claims(extractor, "其中，无锡全社会研发经费投入占地区生产总值比重达3.45%。", "2025-03-01")
    assert c.metric == "rd_spending_share"


def test_claims_an_indented_scope_row_is_of_the_row_above(extractor) -> None:
    text = ("青岛2025年一季度主要经济指标\n| 指标 | 1-3月 | 增长(%) |\n| 居民人均可支配收入（元） | 17568 | 5.0 |\n"
            "| 　城镇居民（元） | 20190 | 4.6 |\n| 货物进出口总额（亿元） | 2078.3 | 4.6 |\n| 　出口（亿元） | 1286.5 | 8.9 |\n")
    got = _by_text(claims(extractor, text, "2025-04-20"))
    assert (got["20190"].metric, got["20190"].scope) == ("disposable_income", ("城镇",))
    assert got["1286.5"].metric == "exports"


def test_claims_the_own_place_said_since_ends_a_carried_place(extractor) -> None:
    text = ("湖北省政府工作报告\n全省地区生产总值突破6万亿元。\n"
            "——城乡区域协调并进。襄阳达到5997.6亿元。全省常住人口城镇化率达到65.6%。粮食总产量557.7亿斤。\n")
    got = _by_text(claims(extractor, text, "2025-01-20"))
    assert got["5997.6亿元"].entity == "襄阳"
    assert got["557.7亿斤"].entity == "湖北"
    broken = claims(extractor, "工业生产较快增长,全市规上工业增加值比上年增\n长8.2%,,其中…\n", "2025-01-20")
    assert (broken[0].measure, broken[0].metric, broken[0].line) == ("change", "industrial_value_added", 2)


def test_claims_a_census_date_and_a_from_to_span(extractor) -> None:
    text = ("张家港市\n张家港市，江苏省辖县级市，由苏州市代管，总面积999.07平方千米。\n"
            "根据第七次全国人口普查数据，截至2020年11月1日零时，张家港市常住人口为1434508人。"
            "与2010年第六次全国人口普查的1248414人相比，十年共增加186094人。\n"
            "全市常住人口中，居住在城镇的人口为1030127人，占71.81%。\n")
    got = _by_text(claims(extractor, text, "2025-03-01"))
    assert got["999.07平方千米"].entity == "张家港"
    assert got["186094人"].period == "2010/2020"
    assert got["1030127人"].period.startswith("2020")
    report = ("烟台市政府工作报告\n“十四五”以来，全市地区生产总值由2020年的7816.4亿元增加到2024年的10776.3亿元，"
              "年均增长6.0%。\n")
    got = _by_text(claims(extractor, report, "2025-02-10"))
    assert (got["7816.4亿元"].period, got["10776.3亿元"].period) == ("2020", "2024")
    # the years the sentence names for the two ends make the span (five annotated sets of seven; two keep the plan's 2021)
    assert (got["6.0%"].period, got["6.0%"].kind) == ("2020/2024", "actual")


def test_claims_wechat_place_lines_with_bare_scales(extractor) -> None:
    text = ("西安和郑州比一比\n【二、常住人口】\n西安：1316.3万\n郑州：1308.3万\n西安人口增量：8.5万\n\n"
            "【三、人均GDP】\n西安：10.15万\n郑州：11.14万\n\n【四、社零总额】\n郑州：6069.9亿（+6.0%）\n")
    got = _by_text(claims(extractor, text, "2025-02-01"))
    assert (got["1308.3万"].unit, got["1308.3万"].metric) == ("人", "resident_population")
    assert (got["11.14万"].unit, got["11.14万"].value) == ("CNY", 111400)
    assert got["6069.9亿"].unit == "CNY"
    assert got["8.5万"].measure == "change"


def test_claims_a_markdown_list_under_its_heading(extractor) -> None:
    text = ("南通市\n\n### 历年地区生产总值\n\n- 2020年：10036.3亿元\n- 2021年：11026.9亿元\n\n"
            "历次人口普查及年末常住人口：\n\n- 1990年：783.3万人\n")
    got = _by_text(claims(extractor, text, "2025-03-20"))
    assert (got["11026.9亿元"].metric, got["11026.9亿元"].period) == ("gdp", "2021")
    assert (got["783.3万人"].metric, got["783.3万人"].period) == ("resident_population", "1990")


def test_claims_taiwan_the_nation_the_mainland_and_trade_partners(extractor) -> None:
    text = ("中市114年度總預算\n臺中市113年營利事業銷售額4兆9215億元。\n"
            "財政部統計，113年我國出口總值4750.7億美元，年增9.9%；其中對中國大陸及香港出口1506.9億美元。\n"
            "另據中國大陸國家統計局公布，大陸2024年國內生產總值（GDP）134兆9084億元人民幣。\n")
    got = _by_text(claims(extractor, text, "2025-02-17"))
    assert (got["4兆9215億元"].unit, got["4兆9215億元"].value) == ("TWD", 4921500000000)
    assert {got[t].entity for t in ("4750.7億美元", "9.9%", "1506.9億美元")} == {"台湾"}
    assert (got["134兆9084億元人民幣"].entity, got["134兆9084億元人民幣"].unit) == ("中国", "CNY")


def test_claims_macro_regions_and_sums_over_places(extractor) -> None:
    # a national bulletin by region: 东部地区 is the subject; the sum over the provinces before is no one's
    got = claims(extractor, "2024年，分地区看，东部地区进出口34.68万亿元，增长4.8%。广东进出口9.11万亿元，"
                            "规模连续39年居全国首位；江苏5.62万亿元，增长6.0%。上述5省市合计进出口27.61万亿元，占全国的63%。")
    by_text = {c.text: c for c in got}
    assert (by_text["34.68万亿元"].entity, by_text["4.8%"].entity) == ("东部地区", "东部地区")
    assert (by_text["首位"].entity, by_text["首位"].metric) == ("广东", "trade_total")
    assert (by_text["5.62万亿元"].entity, by_text["5.62万亿元"].metric) == ("江苏", "trade_total")
    assert (by_text["27.61万亿元"].entity, by_text["27.61万亿元"].metric) == (None, "trade_total")


def test_claims_region_named_as_a_comparison_is_no_subject(extractor) -> None:
    got = claims(extractor, "跨越复州河的特大桥主跨达168米，为东北地区同类桥梁之最；全线最长的1号隧道长6.8公里。")
    assert [c.entity for c in got if c.text in ("168米", "6.8公里")] == [None, None]


def test_claims_national_agency_opening_a_line_speaks_for_its_nation(extractor) -> None:
    # a mainland document's section on Taiwan: each bulleted headline is a sentence of its own, and the
    # agency that opens it says whose figures they are
    got = claims(extractor, "西安2024年地区生产总值13317.71亿元。\n延伸阅读\n．主計總處：113年經濟成長4.59% 預測下修\n"
                            "．國家統計局：2024年全国居民消费价格上涨0.2%\n．国家统计局西安调查队：西安居民消费价格上涨0.1%\n",
                 "2025-02-17")
    by_text = {c.text: c for c in got}
    assert by_text["13317.71亿元"].entity == "西安"
    assert (by_text["4.59%"].entity, by_text["4.59%"].kind) == ("台湾", "actual")
    assert by_text["0.2%"].entity == "中国"
    assert by_text["0.1%"].entity == "西安"


def test_claims_finance_part_of_a_budget_is_no_ministry(extractor) -> None:
    got = claims(extractor, "臺中市114年度總預算。\n財政部分，114年度稅課收入預估732.8億元，占歲入49.3%。", "2025-01-10")
    assert {c.entity for c in got if c.text == "732.8億元"} == {"台中"}


def test_claims_copy_with_bare_yi_under_a_numbered_heading(extractor) -> None:
    # a content-farm copy: the 元 left out, the scale broken onto the next line, the metric only in the heading
    text = ("一 经济总量\n福州:14236.96亿 增长5.8%\n"
            "福州连续两年超越泉州 泉州2023年还是12172.33亿 一年涨了将近一千亿\n福州总量已经是1.42\n万亿 泉州也有1.31\n万亿\n")
    got = {c.text: c for c in claims(extractor, text, "2025-02-11")}
    assert (got["12172.33亿"].unit, got["12172.33亿"].metric) == ("CNY", "gdp")
    assert (got["将近一千亿"].value, got["将近一千亿"].measure) == (1e11, "change")
    assert (got["1.42"].value, got["1.42"].line, got["1.42"].metric) == (1.42e12, 4, "gdp")
    assert (got["1.31"].value, got["1.31"].line) == (1.31e12, 5)


def test_claims_bare_yi_of_visitors_is_no_money(extractor) -> None:
    got = claims(extractor, "全市地区生产总值增长5%。全年接待游客1.2亿，常住人口1400万。")
    assert [c.text for c in got if c.unit == "CNY"] == []


def test_claims_table_laid_out_with_spaces(extractor) -> None:
    text = ("表1　2024年县市区主要经济指标\n"
            "县市区        地区生产总值（亿元）   比上年增长（%）   一般公共预算收入（亿元）\n"
            "潍城区              402.6               5.1               20.1\n"
            "寒亭区              318.4               5.6               18.6\n")
    got = [(c.line, c.entity, c.metric, c.measure, c.value) for c in claims(extractor, text, "2025-03-20")]
    assert (3, "潍城", "gdp", "level", 402.6e8) in got
    assert (3, "潍城", "gdp", "change", 5.1) in got
    assert (4, "寒亭", "public_budget_revenue", "level", 18.6e8) in got


def test_claims_table_with_bars_and_no_spaces(extractor) -> None:
    text = "区县｜面积（平方千米）｜常住人口（2020年，万人）｜政府驻地\n张店区｜351｜111.6｜马尚街道\n淄川区｜963｜72.5｜般阳路街道\n"
    got = [(c.line, c.entity, c.metric, c.unit, c.value) for c in claims(extractor, text)]
    assert (2, "张店", None, "m2", 351e6) in got
    assert (3, "淄川", "resident_population", "人", 725000) in got


def test_claims_taiwan_dispatch_dated_taipei_is_about_taiwan(extractor) -> None:
    text = ("主計總處：今年經濟成長率預測3.10%\n2025/05/28 17:05\n"
            "（中央社記者蘇思云台北28日電）行政院主計總處今天公布，114年第1季經濟成長率為5.48%。\n"
            "主計總處指出，商品出口年增17.25%。\n")
    got = claims(extractor, text, "2025-05-28")
    assert {c.entity for c in got} == {"台湾"}


def test_claims_province_press_conference_naming_its_capital_often(extractor) -> None:
    text = ("云南省人民政府新闻办公室\n2025年一季度云南省经济运行情况新闻发布会\n"
            "出席：昆明市副市长，昆明市统计局局长，曲靖市副市长。\n"
            "2024年全省地区生产总值31534.1亿元，比上年增长3.8%。\n其中，第一产业增加值4516.36亿元，增长4.2%。\n"
            "全省规模以上工业增加值增长5.1%。全省固定资产投资下降11.1%。\n"
            "昆明市副市长：昆明地区生产总值8275.75亿元，增长4.5%。昆明投资增长2%。昆明消费增长3%。\n")
    got = {c.text: c for c in claims(extractor, text, "2025-04-22")}
    assert (got["3.8%"].entity, got["4516.36亿元"].entity) == ("云南", "云南")
    assert got["8275.75亿元"].entity == "昆明"


def test_claims_copy_lines_without_punctuation(extractor) -> None:
    # a copy that writes spaces for punctuation: a line is a sentence, its opening label says what follows,
    # a byline's zero-padded date and a guess about next year set no period
    text = ("南宁 昆明 贵阳 西南三座省会2024年成绩单出炉\n原创 西南城事 2025年03月02日 20:18 广西\n"
            "最近三座城市的2024年经济数据都公布了\n\n【一、GDP总量】\n昆明：8257.75亿 稳坐老大\n南宁：5893.22亿\n"
            "昆明一骑绝尘,,南宁和贵阳咬得很紧 明年谁在前面还真不好说\n增速 昆明4.5% 南宁4.4% 贵阳5.6%贵阳跑得最快\n\n"
            "【九、居民收入】\n城镇居民人均可支配收入 昆明59328元 南宁46975元\n农村这块 南宁21628元 昆明24286元\n")
    got = {c.text: c for c in claims(extractor, text, "2025-03-02")}
    assert "近三座" not in got
    assert (got["8257.75亿"].period, got["8257.75亿"].metric) == ("2024", "gdp")
    assert (got["4.5%"].period, got["4.5%"].measure, got["4.5%"].kind) == ("2024", "change", "actual")
    assert (got["21628元"].metric, got["21628元"].scope) == ("disposable_income", ("农村",))
    assert got["59328元"].scope == ("城镇",)


def test_claims_press_conference_subtitle_year_and_last_december(extractor) -> None:
    text = ("国务院新闻办公室新闻发布会实录\n国新办就2024年国民经济运行情况和统计公报有关情况举行新闻发布会\n"
            "时间：2025年2月28日（星期五）上午10时\n\n康义：\n各位记者朋友，大家上午好！\n"
            "全年居民消费价格比上年上涨0.2%。12月份，居民消费价格同比上涨0.1%。\n全年城镇新增就业1256万人。\n")
    got = {c.text: c for c in claims(extractor, text, "2025-02-28")}
    assert got["0.2%"].period == "2024"
    assert got["0.1%"].period == "2024-12"
    assert got["1256万人"].period == "2024"


def test_claims_section_of_another_city_and_its_quanshi(extractor) -> None:
    # a 成都 article's section on 重庆 (a city of a province's rank): 全市 and the figures under the heading
    # are 重庆's; 全省第一 is where a figure ranks, not whose it is
    text = ("成渝双城记：2024年成都、重庆经济成绩单出炉\n成都市统计局公布，成都地区生产总值23511.3亿元。成都增长5.7%。\n\n"
            "一、重庆：经济总量稳居全国城市第4位\n重庆市统计局公布，2024年全市实现地区生产总值32193.15亿元，增长5.7%。\n"
            "全年社会消费品零售总额15675.7亿元，增长3.6%。\n")
    got = {c.text: c for c in claims(extractor, text, "2025-02-10")}
    assert got["23511.3亿元"].entity == "成都"
    assert (got["32193.15亿元"].entity, got["15675.7亿元"].entity) == ("重庆", "重庆")
    union = claims(extractor, "常州多个项目获评全省职工优秀项目\n江苏省总工会近日发布2024年度全省职工优秀项目，我市6个项目入选。",
                   "2024-05-01")
    assert [c.entity for c in union if c.text == "6个"] == ["常州"]


def test_claims_an_autonomous_regions_press_conference_says_quanqu(extractor) -> None:
    text = ("新疆维吾尔自治区2025年前三季度经济运行情况新闻发布会\n"
            "发布人：自治区统计局副局长；伊犁哈萨克自治州人民政府副州长；克拉玛依市人民政府副市长\n"
            "【自治区统计局副局长】前三季度全区实现地区生产总值15247.6亿元，同比增长5.9%。\n"
            "全区规模以上工业增加值同比增长7.8%。全区固定资产投资增长5.1%。\n"
            "【伊犁州副州长】前三季度，伊犁州地区生产总值增长6.3%，伊犁接待游客增长12%，伊犁州农业增长5%。\n"
            "【克拉玛依市副市长】克拉玛依原油产量1102.6万吨，克拉玛依市天然气产量36.8亿立方米，克拉玛依增长6.2%。\n")
    got = [(c.text, c.entity) for c in claims(extractor, text, "2025-10-24")]
    assert got[:4] == [("15247.6亿元", "新疆"), ("5.9%", "新疆"), ("7.8%", "新疆"), ("5.1%", "新疆")]
    assert ("6.3%", "伊犁") in got and ("1102.6万吨", "克拉玛依") in got


def test_claims_a_citys_press_conference_where_its_districts_answer(extractor) -> None:
    text = ("重庆市政府新闻办举行2025年前三季度全市经济运行情况新闻发布会\n"
            "发布人：市统计局副局长　周晓红；万州区人民政府副区长　冉明；涪陵区人民政府副区长　陈刚\n"
            "【周晓红】前三季度，全市地区生产总值24569.38亿元，同比增长5.4%。全市规模以上工业增加值增长6.9%。\n"
            "全市固定资产投资增长1.2%。\n"
            "【冉明】前三季度，万州区地区生产总值增长6.1%，万州接待游客增长10%，万州区工业增长8%，万州港吞吐量增长5%。\n"
            "【陈刚】涪陵区地区生产总值增长6.0%，万州、涪陵两区合作不断深化，万州区和涪陵区联动发展。\n")
    got = [(c.text, c.entity) for c in claims(extractor, text, "2025-10-22")]
    assert got[:4] == [("24569.38亿元", "重庆"), ("5.4%", "重庆"), ("6.9%", "重庆"), ("1.2%", "重庆")]
    assert ("6.1%", "万州") in got


def test_claims_rank_within_the_province_is_the_city_s(extractor) -> None:
    text = "【江苏】\n江苏地区生产总值137008.0亿元。\n\n【山东】\n山东实现地区生产总值98566.0亿元。青岛16719.5亿元，增长5.7%，继续保持全省第一。\n"
    got = {c.text: c for c in claims(extractor, text, "2025-02-01")}
    assert got["第一"].entity == "青岛"


def test_claims_headline_figure_named_after_it_and_copy_sections(extractor) -> None:
    got = claims(extractor, "64697.0亿元！2024年四川经济成绩单出炉_四川在线\n", "2025-01-21")
    assert [(c.metric, c.entity) for c in got] == [("gdp", "四川")]
    text = ("【二、人口】\n重庆：3190.47万\n成都：2147.7万\n\n【四、消费】\n重庆社零超过1.5万亿，这个成都暂时比不了，\n\n"
            "【五、外贸】\n重庆：7177.7亿元，成都：7432.6亿元\n")
    by_text = {c.text: c for c in claims(extractor, text, "2025-02-10")}
    assert by_text["3190.47万"].metric == "resident_population"
    assert by_text["超过1.5万亿"].metric == "retail_sales"
    assert (by_text["7177.7亿元"].metric, by_text["7432.6亿元"].entity) == ("trade_total", "成都")


def test_claims_quarters_break_down_the_lead_not_the_industries(extractor) -> None:
    text = ("2024年全省实现地区生产总值64697.0亿元，比上年增长5.7%。\n分产业看，第一产业增加值6252.1亿元，增长3.4%。\n"
            "分季度看，一季度增长6.1%，上半年增长5.8%。\n")
    got = {c.text: c for c in claims(extractor, text, "2025-01-21")}
    assert (got["6.1%"].metric, got["6.1%"].period) == ("gdp", "2024-Q1")


def test_claims_copy_sections_go_on_with_the_year_set_above_them(extractor) -> None:
    text = ("山东三强城市大比拼！济南VS青岛VS烟台\n\n２０２４年山东各市的经济成绩单都出炉了 今天就给大家安排上\n"
            "先说结论 青岛还是老大\n\n一 经济总量\n青岛１６７１９.５亿元 增速5.7% 继续稳坐山东第一的位置\n"
            "回看一年前，2023年济南GDP是12757.4亿，\n\n【二、人口】\n济南：951.5万\n")
    got = {c.text: c for c in claims(extractor, text, "2025-02-11")}
    assert (got["１６７１９.５亿元"].period, got["5.7%"].period) == ("2024", "2024")
    assert got["951.5万"].period == "2024"


def test_claims_a_copys_year_is_the_one_it_reports_not_the_one_it_plans(extractor) -> None:
    # 2024 twice, 2023 once as a look back, 2025 twice as a target and a guess: the undated figures are of 2024
    text = ("山东三强城市大比拼！济南VS青岛VS烟台 谁才是真正的山东老大？？\n原创 齐鲁城事观察 2025-02-11 08:36 发表于山东\n"
            "阅读 10万+ &nbsp; 点赞 2.3万\n\n&nbsp;&nbsp;２０２４年山东各市的经济成绩单都出炉了 今天就给大家安排上\n\n"
            "一 经济总量\n青岛１６７１９.５亿元 增速5.7% 继续稳坐山东第一的位置\n"
            "对比一下２０２３年 济南是１２７５７.４亿元 青岛是15760.3亿元 一年时间济南涨了\n七百多亿 青岛涨了九百多亿\n"
            "全省GDP是９８５６５.８亿元 三个城市加起来占了全省的41.6%\n\n二 人口\n青岛常住人口1044.4万 济南951.5万\n\n"
            "【推荐阅读】\n▶ 2024年山东16市GDP排名出炉 第4名太意外\n\n七 2025年目标\n青岛提出GDP增长5.5%左右\n"
            "小编觉得 烟台有望在２０２５年突破１.１万亿 大家怎么看\n")
    got = {c.text: c.period for c in claims(extractor, text, "2025-02-11")}
    assert (got["９８５６５.８亿元"], got["1044.4万"], got["１２７５７.４亿元"]) == ("2024", "2024", "2023")


def test_claims_new_units_of_a_stock_whose_total_follows_are_its_change(extractor) -> None:
    # 新增5家 beside 累计46家: the increase and the total, never two levels of one count to compare
    got = {c.text: c.measure for c in claims(extractor, "新增上市公司5家，累计达到46家。新增绿色工厂32家。", "2025-01-20")}
    assert got == {"5家": "change", "46家": "level", "32家": "level"}


def test_claims_development_zone_is_a_scope_of_its_city(extractor) -> None:
    # the sample gold gives a zone's figures to the city; the zone keeps them from being the city's total
    got = claims(extractor, "成都高新区地区生产总值3516.9亿元。郑州航空港区完成1428.7亿元。成都市地区生产总值23511.3亿元。"
                            "滨海新区地区生产总值增长5.9%。", "2025-01-20")
    assert [(c.entity, c.scope) for c in got] == [("成都", ("高新区",)), ("郑州", ("航空港区",)), ("成都", ()),
                                                  ("滨海新区", ())]


def test_claims_currency_before_a_line_break_is_no_prefix(extractor) -> None:
    got = claims(extractor, "中国大陆去年GDP成长5.0% 经济总量首破130兆元人民币\n2025/01/17 18:42\n", "2025-01-17")
    assert [c.text for c in got] == ["5.0%", "130兆元人民币"]


def test_claims_one_character_counties_keep_their_suffix(extractor) -> None:
    got = claims(extractor, "洛阳市嵩县地区生产总值186.9亿元，管城回族区地区生产总值823.6亿元。", "2025-03-20")
    assert [c.entity for c in got] == ["嵩县", "管城"]


def test_claims_taiwan_dispatch_on_the_mainland(extractor) -> None:
    # 中国大陆 is the country; the agencies of Taiwan it cites bring Taiwan's years (114年 = 2025)
    text = ("中國大陸去年GDP成長5.0% 經濟總量首破130兆元人民幣\n中央社記者吳柏緯北京17日專電\n"
            "中國大陸國家統計局今天公布，2024年國內生產總值為134兆9084億元人民幣，比前年成長5.0%。\n"
            "分產業看，第一產業增加值9兆1414億元人民幣，成長3.5%。\n"
            "主計總處預測114年台灣經濟成長3.14%。\n")
    got = {c.text: c for c in claims(extractor, text, "2025-01-17")}
    assert {got[t].entity for t in ("134兆9084億元人民幣", "9兆1414億元人民幣", "3.5%")} == {"中国"}
    assert (got["3.14%"].entity, got["3.14%"].period) == ("台湾", "2025")


def test_claims_which_year_of_the_plan_and_a_copy_title_year(extractor) -> None:
    text = ("二、2025年主要预期目标\n今年是“十四五”规划收官之年，全省经济社会发展的主要预期目标是：\n地区生产总值增长5.5%以上；\n")
    assert [c.period for c in claims(extractor, text, "2025-01-20")] == ["2025"]
    copy = ("湖北“一主两副”2024成绩单出炉!!武汉超2万亿\n原创 荆楚城事 2025年02月12日 20:18 湖北\n\n【一 经济总量】\n"
            "武汉 21106.23亿  增长5.2%\n襄阳还领先呢。。一年就被反超了\n\n【二 常住人口】\n武汉：1380.9万\n")
    got = {c.text: c.period for c in claims(extractor, copy, "2025-02-12")}
    assert got["1380.9万"] == "2024"


def test_claims_a_heading_of_targets_lists_targets_until_a_blank_line(extractor) -> None:
    text = ("六 今年目标\n石家庄今年GDP目标增长6%左右\n唐山定的是6%左右 保定6%\n\n"
            "小编总结一下 全省4.75万亿的盘子里三城合计占了差不多47%\n\n七、2025年目標\n\n"
            "河南还提出城镇调查失业率5.5%左右、居民消费价格涨幅2%左右。\n")
    got = {c.text: c.kind for c in claims(extractor, text, "2025-02-20")}
    assert got["6%"] == "target" and got["4.75万亿"] == "actual"
    assert got["2%左右"] == "target"
    asked = claims(extractor, "记者：如何看待全年目标的实现？\n省统计局：泉州一季度地区生产总值增长5.6%。\n", "2025-04-20")
    assert [c.kind for c in asked] == ["actual"]


def test_claims_sections_of_a_press_conference_and_a_bulletin_s_tables(extractor) -> None:
    text = ("2025年一季度河南省经济运行情况新闻发布会\n发布时间：2025-04-21\n\n一、2024年全年经济运行情况\n"
            "根据地区生产总值统一核算结果，2024年全省地区生产总值63589.99亿元，比上年增长5.1%。\n"
            "分产业看，第一产业增加值5698.97亿元，增长3.8%。\n与2023年的59132.39亿元相比，全省经济总量增加4457.6亿元。\n"
            "从季度走势看，一季度增长4.7%，上半年增长4.9%。\n全年规模以上工业增加值增长8.1%。\n"
            "二、2025年一季度经济运行情况\n一季度，全省地区生产总值增长5.9%。\n")
    got = {c.text: c.period for c in claims(extractor, text, "2025-04-21")}
    assert (got["4.7%"], got["8.1%"], got["5.9%"]) == ("2024-Q1", "2024", "2025-Q1")
    bulletin = ("洛阳市2024年国民经济和社会发展统计公报\n县（市、区）        地区生产总值（亿元）   比上年增长（%）\n"
                "伊川县              452.1               5.2\n\n年末全市常住人口705.6万人。其中，城镇常住人口467.3万人。\n")
    assert {c.entity for c in claims(extractor, bulletin, "2025-03-20") if c.text == "467.3万人"} == {"洛阳"}


def test_claims_a_growth_is_no_restatement_of_a_target_of_its_value(extractor) -> None:
    text = ("浙江三强 杭州 宁波 温州2024年成绩单\n\n【一 GDP总量】\n温州：9718.7亿\n增速方面 杭州4.7% 温州6.0%\n\n"
            "【二 人口】\n杭州：1262.4万\n\n【六 2025年目标】\n温州：GDP增长6%左右\n")
    got = {c.text: c for c in claims(extractor, text, "2025-02-18")}
    assert (got["6.0%"].period, got["6%左右"].period) == ("2024", "2025")
    assert got["1262.4万"].metric == "resident_population"


def test_claims_listed_periods_go_with_listed_figures(extractor) -> None:
    got = claims(extractor, "从季度走势看，一季度、上半年、前三季度全市GDP分别增长6.0%、5.8%、5.7%。", "2025-01-24")
    # published in January 2025: the quarters are 2024's, none of 2025 has ended
    assert [c.period for c in got] == ["2024-Q1", "2024-H1", "2024-Q1..Q3"]
    later = claims(extractor, "一季度，全省地区生产总值增长5.9%。", "2025-04-21")
    assert [c.period for c in later] == ["2025-Q1"]


def test_claims_copy_and_census_words_for_metrics(extractor) -> None:
    copy = "【七 财政收入】\n宜昌 283.5亿  增长4.2%\n襄阳 246.9亿  增长3.5%\n"
    assert {c.metric for c in claims(extractor, copy, "2025-02-12")} == {"public_budget_revenue"}
    census = "第七次全国人口普查，全市常住人口为3209004人。其中，60岁及以上人口占20.87%，城镇人口占55.13%。"
    assert [c.metric for c in claims(extractor, census, "2021-05-20") if c.text == "55.13%"] == ["urbanization_rate"]
    taiwan = "全國居民人均可支配收入4萬1314元人民幣，實際成長5.1%；其中城鎮居民5萬4188元人民幣。"
    assert {c.metric for c in claims(extractor, taiwan, "2025-01-17")} == {"disposable_income"}


def test_claims_copy_lines_of_people_and_money_without_units(extractor) -> None:
    text = ("【二、常住人口】\n武汉 1382.9万 比上年增加5.5万\n郑州 1308.3万 增加7.5\n万 人口增量最多\n"
            "三座城市加起来 人口接近3753万\n\n【三、人均GDP】\n武汉15.3万 长沙14.45万\n石家庄人均7.3万\n"
            "长沙去年GDP为15268.83\n亿 增速4.5%\n")
    got = {c.text: c for c in claims(extractor, text, "2025-02-10")}
    assert [(got[t].unit, got[t].value) for t in ("1382.9万", "5.5万", "1308.3万", "7.5")] == [
        ("人", 13829000), ("人", 55000), ("人", 13083000), ("人", 75000)]
    assert got["接近3753万"].entity is None
    assert {got[t].unit for t in ("15.3万", "14.45万", "7.3万", "15268.83")} == {"CNY"}


def test_claims_a_record_s_start_and_points_under(extractor) -> None:
    text = ("昆明市2024年国民经济和社会发展统计公报\n滇池全湖水质保持Ⅳ类，为1988年有监测记录以来最好水平。\n\n"
            "十二、县（市）区经济\n全年地区生产总值超过千亿元的县（市）区有3个。\n"
            "全省地区生产总值增长3.8%，比全国低1.2个百分点；民间消费较2月预测下修0.79个百分点。\n")
    got = {c.text: c for c in claims(extractor, text, "2025-03-25")}
    assert got["3个"].period == "2024"
    assert (got["1.2个百分点"].value, got["0.79个百分点"].value) == (-1.2, -0.79)


def test_claims_a_span_from_the_years_the_sentence_names(extractor) -> None:
    text = ("“十四五”以来，全区地区生产总值由2020年的22156.69亿元增加到2024年的28649.44亿元，年均增长4.7%；"
            "常住人口城镇化率由54.2%提高到57.45%；居民人均可支配收入年均增长6.1%。")
    got = {c.text: c.period for c in claims(extractor, text, "2025-01-20")}
    assert (got["22156.69亿元"], got["4.7%"], got["54.2%"], got["57.45%"], got["6.1%"]) == (
        "2020", "2020/2024", "2020", "2024", "2020/2024")


def test_claims_a_month_opening_its_clause_and_a_menu_is_no_title(extractor) -> None:
    text = ("中央社 CNA\n即時　政治　國際　兩岸　產經　證券\n首頁 > 產經 > 總體經濟\n\n主計總處：今年經濟成長率預測3.10%\n"
            "2025/05/28 17:05\n主計總處同時公布，4月CPI年增2.03%。\n勞動市場方面，4月失業率3.33%，較3月下降0.03個百分點。\n")
    doc = extractor.text("t.txt", text, "2025-05-28")
    assert doc.meta.title == "主計總處：今年經濟成長率預測3.10%"
    got = {c.text: c.period for c in doc.claims}
    assert (got["2.03%"], got["3.33%"], got["0.03個百分點"]) == ("2025-04", "2025-04", "2025-04")


def test_claims_a_wiki_list_under_a_heading_of_yearly_data(extractor) -> None:
    text = "绵阳\n\n### 人口历年数据\n\n- 2000年（第五次人口普查）：518.9万人\n- 2024年末：491.2万人\n"
    assert {c.metric for c in claims(extractor, text, "2025-04-02") if c.unit == "人"} == {"resident_population"}


def test_claims_a_short_line_of_a_target_does_not_end_the_list(extractor) -> None:
    text = "【六 2025年目标】\n杭州：GDP增长5.5%左右\n温州：GDP增长6%左右\n"
    assert [c.kind for c in claims(extractor, text, "2025-02-18")] == ["target", "target"]


def test_claims_a_section_heading_ends_the_local_story(extractor) -> None:
    text = ("宁德市\n\n## 地理\n境内最高峰为屏南县的东山岗，海拔1627米。\n\n## 经济\n"
            "2024年，宁德市实现地区生产总值4056.27亿元。\n其中第一产业增加值421.35亿元。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-03-01")}
    assert got["421.35亿元"] == "宁德"
    assert [c.entity for c in claims(extractor, "福州市\n其中：平潭综合实验区地区生产总值395.12亿元。\n")] == ["平潭"]


def test_claims_a_bulleted_section_of_another_province(extractor) -> None:
    text = ("黑龍江吉林2024年經濟成績單\n■黑龍江：總量穩步擴大\n黑龍江省2024年地區生產總值16476.9億元。黑龍江增長3.2%。\n\n"
            "■吉林：汽車產業撐起半壁江山\n吉林省2024年地區生產總值14361.2億元。\n糧食方面，吉林糧食總產量837.3億斤。"
            "全省社會消費品零售總額4161.3億元，增長3.8%。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-04-20")}
    assert (got["16476.9億元"], got["4161.3億元"], got["3.8%"]) == ("黑龙江", "吉林", "吉林")


def test_claims_the_province_a_copy_turns_to(extractor) -> None:
    text = "宁波2024年成绩单\n宁波GDP：18147.7亿元\n再看全省 GDP总量达到了9.01\n万亿 增长5.5%\n"
    got = {c.text: c for c in claims(extractor, text, "2025-02-18")}
    assert (got["9.01"].entity, got["9.01"].metric, got["18147.7亿元"].entity) == ("浙江", "gdp", "宁波")


def test_claims_cities_added_up_are_no_one_s_but_their_region_s(extractor) -> None:
    text = "湖北省政府工作报告\n武汉、宜昌、襄阳三市地区生产总值合计33439.67亿元，占全省的55.7%。\n苏锡常三市地区生产总值合计53804.0亿元。\n"
    got = {c.text: c.entity for c in claims(extractor, text, "2025-01-20")}
    assert (got["33439.67亿元"], got["55.7%"], got["53804.0亿元"]) == (None, None, "苏锡常")


def test_claims_a_wiki_heading_ends_the_local_story(extractor) -> None:
    text = ("# 蚌埠市\n\n== 经济 ==\n蚌山区是蚌埠市的中心城区之一，2024年地区生产总值386.9亿元，增长6.2%。\n\n"
            "=== 历年地区生产总值 ===\n* 2020年：1987.6亿元\n* 2021年：2115.6亿元\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-03-01")}
    # 是蚌埠市的: the city is said of the district, which stays the subject; the heading ends the district's story
    assert (got["386.9亿元"], got["6.2%"]) == ("蚌山", "蚌山")
    assert (got["1987.6亿元"], got["2115.6亿元"]) == ("蚌埠", "蚌埠")


def test_claims_a_part_opened_by_qizhong_has_its_own_subject(extractor) -> None:
    text = "安徽省2025年一季度经济运行新闻发布会\n\n新能源汽车产量41.8万辆，增长52.6%，其中合肥新能源汽车产量34.2万辆。\n"
    assert [c.entity for c in claims(extractor, text, "2025-04-20")] == ["安徽", "安徽", "合肥"]


def test_claims_a_sites_name_and_menu_and_a_date_line_are_no_title(extractor) -> None:
    text = ("香港商報網　首頁 | 要聞 | 港聞 | 內(nèi)地 | 財經(jīng)\n2025年02月10日 星期一　農曆乙巳年正月十三\n\n"
            "陝西經(jīng)濟總量去年達35538.79億元　西安穩(wěn)居西北首位\n\n"
            "【香港商報訊】陝西省統(tǒng)計局日前發(fā)布數(shù)據(jù)顯示，2024年陝西全省實現(xiàn)地區生產總值35538.79億元。\n"
            "全省社會消費品零售總額11516.2億元，增長4.4%。\n")
    doc = extractor.text("t.txt", text, "2025-02-10")
    assert doc.meta.title == "陝西經濟總量去年達35538.79億元　西安穩居西北首位"
    assert {(c.entity, c.unit) for c in doc.claims if c.text == "11516.2億元"} == {("陕西", "CNY")}


def test_claims_regions_within_a_province(extractor) -> None:
    text = ("广东省2024年国民经济和社会发展统计公报\n分区域看，珠三角核心区地区生产总值115251.92亿元，增长3.6%；"
            "东翼、西翼、北部生态发展区分别增长3.4%、3.3%和2.8%。\n苏南、苏中、苏北地区生产总值分别增长5.5%、6.0%和6.3%。\n"
            "北部湾港货物吞吐量4.6亿吨。\n")
    got = [(c.entity, c.metric) for c in claims(extractor, text, "2025-03-01")]
    assert got == [("珠三角", "gdp"), ("珠三角", "gdp"), ("东翼", "gdp"), ("西翼", "gdp"), ("北部生态发展区", "gdp"),
                   ("苏南", "gdp"), ("苏中", "gdp"), ("苏北", "gdp"), ("广东", "cargo_throughput")]


def test_claims_a_copys_headings_for_retail_and_income(extractor) -> None:
    text = ("合肥芜湖蚌埠大比拼\n\n【四、消费】\n合肥：5416.9亿 增长5.0%\n芜湖：1928.6亿 增长4.9%\n\n"
            "【七、城镇居民收入】\n合肥65874元 芜湖58936元 蚌埠47620元\n")
    got = [(c.entity, c.metric) for c in claims(extractor, text, "2025-02-20")]
    assert got == [("合肥", "retail_sales"), ("合肥", "retail_sales"), ("芜湖", "retail_sales"), ("芜湖", "retail_sales"),
                   ("合肥", "disposable_income"), ("芜湖", "disposable_income"), ("蚌埠", "disposable_income")]


def test_claims_the_metric_goes_on_past_connectives_and_breakdowns_by_kind(extractor) -> None:
    text = ("安徽\n芜湖地区生产总值5012.8亿元；蚌埠则为2117.3亿元。今年安徽提出的经济增长预期目标为5.5%左右，合肥则定在6.5%左右。"
            "全年规模以上工业增加值比上年增长8.7%。分经济类型看，股份制企业增长8.9%。实现国内旅游收入9860.5亿元。")
    got = {c.text: c.metric for c in claims(extractor, text, "2025-03-01")}
    assert got == {"5012.8亿元": "gdp", "2117.3亿元": "gdp", "5.5%左右": "gdp", "6.5%左右": "gdp",
                   "8.7%": "industrial_value_added", "8.9%": "industrial_value_added", "9860.5亿元": "tourism_revenue"}


def test_claims_a_numbered_section_ends_a_districts_story(extractor) -> None:
    text = ("天津市政府工作报告\n滨海新区地区生产总值增长5.6%，占全市比重达到43.4%。\n"
            "（五）坚持城乡融合，乡村振兴全面推进。粮食总产量256.3万吨、增长2.1%。\n新建高标准农田22.5万亩。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-01-20")}
    assert (got["5.6%"], got["256.3万吨"], got["22.5万亩"]) == ("滨海新区", "天津", "天津")


def test_claims_we_in_a_taiwan_dispatch_on_the_mainland(extractor) -> None:
    text = ("滬津經濟成績單出爐 上海GDP突破5.3兆人民幣\n（中央社記者台北21日電）上海、天津近日公布經濟數據。\n"
            "上海去年地區生產總值53926.71億元人民幣，成長5.0%。天津地區生產總值18024.32億元人民幣。\n"
            "反觀台灣本身，行政院主計總處公布，113年經濟成長率為4.59%。\n"
            "財政部統計，113年我國出口總值4750.7億美元，年增9.9%。\n全國城鎮調查失業率5.1%。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-01-21")}
    assert (got["53926.71億元人民幣"], got["4750.7億美元"], got["9.9%"]) == ("上海", "台湾", "台湾")


def test_claims_a_region_opening_a_part_after_a_semicolon(extractor) -> None:
    text = ("江苏省2024年国民经济和社会发展统计公报\n分区域看，苏南地区实现地区生产总值77810.7亿元，增长5.6%；"
            "苏中地区实现地区生产总值27472.7亿元，增长6.0%；苏北地区实现地区生产总值32169.2亿元，增长6.4%。\n"
            "常州一般公共预算收入增长11.6%，增速苏南第一；社会消费品零售总额2911.4亿元。\n")
    got = [c.entity for c in claims(extractor, text, "2025-03-01")]
    assert got == ["苏南", "苏南", "苏中", "苏中", "苏北", "苏北", "常州", "常州", "常州"]


def test_claims_a_round_of_districts_is_no_districts_story(extractor) -> None:
    text = ("太原市政府工作报告\n晋源区地区生产总值完成286.3亿元、增长5.2%；小店区地区生产总值1386.2亿元、增长3.4%。\n"
            "实际使用外资4.3亿美元、增长12.5%。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-01-20")}
    assert (got["286.3亿元"], got["1386.2亿元"], got["4.3亿美元"]) == ("晋源", "小店", "太原")


def test_claims_own_place_words_after_another_city_or_province_and_a_boxs_heading(extractor) -> None:
    text = ("遼寧經濟去年增長5.1% 東北振興再提速\n遼寧省統計局公布，2024年遼寧地區生產總值32612.7億元人民幣，增長5.1%。\n"
            "瀋陽方面，2024年全市規模以上工業增加值增長6.8%。\n"
            "吉林省統計局資料顯示，2024年吉林地區生產總值14361.2億元人民幣；全省汽車產量287.6萬輛。\n"
            "吉林省政府工作報告提出，2025年全省地區生產總值增長5%左右。\n\n"
            "‧糧食總產量：2575.1萬噸\n【數據速覽】吉林2024年主要經濟指標\n‧糧食總產量：853.2億斤\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-03-10")}
    assert (got["6.8%"], got["287.6萬輛"], got["5%左右"]) == ("沈阳", "吉林", "吉林")
    assert (got["2575.1萬噸"], got["853.2億斤"]) == ("辽宁", "吉林")


def test_claims_a_long_named_new_count_before_its_total_is_a_change(extractor) -> None:
    text = "新增国家级专精特新“小巨人”企业38家、总数达到187家。"
    assert [c.measure for c in claims(extractor, text, "2025-01-20")] == ["change", "level"]


def test_claims_a_share_named_in_its_bracket_and_more_words_for_metrics(extractor) -> None:
    text = ("年末全省常住人口1048.00万人。其中，城镇常住人口654.48万人，占常住人口比重（常住人口城镇化率）为62.45%。"
            "其中，网上商店零售额3858.40亿元。全年外商直接投资实际到位金额176.41亿美元。")
    got = {c.text: c.metric for c in claims(extractor, text, "2025-03-01")}
    assert (got["62.45%"], got["3858.40亿元"], got["176.41亿美元"]) == ("urbanization_rate", "online_retail", "fdi_actual")


def test_claims_a_rate_of_an_amount_is_its_growth_unless_a_part_is_named(extractor) -> None:
    text = ("今年安徽提出的经济增长预期目标为5.5%左右。\n【五、外贸】\n合肥：3867.6亿 12.2%\n"
            "税收占比：70.6%\n全国约十分之一的经济总量。\n")
    got = {c.text: c.measure for c in claims(extractor, text, "2025-02-20")}
    assert (got["5.5%左右"], got["12.2%"], got["70.6%"], got["约十分之一"]) == ("change", "change", "share", "share")


def test_claims_a_copys_growth_heading_bare_lines_and_change_words(extractor) -> None:
    text = ("四城大比拼\n【一、GDP总量】\n兰州 3672.19亿 银川 2952.0亿\n\n【二、增速】\n银川5.6% 兰州5.6%\n\n"
            "【三、常住人口】\n兰州：443.9万\n银川：297.4万\n银川一年多了2.6万人 兰州却少了1.7万人😢\n\n"
            "【四、消费】\n兰州\n1712.6亿\n银川\n1021.5亿\n")
    got = [(c.text, c.entity, c.metric, c.measure) for c in claims(extractor, text, "2025-02-20")]
    assert ("5.6%", "银川", "gdp", "change") in got and ("5.6%", "兰州", "gdp", "change") in got
    assert ("2.6万人", "银川", "resident_population", "change") in got
    assert ("1.7万人", "兰州", "resident_population", "change") in got
    assert ("1021.5亿", "银川", "retail_sales", "level") in got


def test_claims_the_nations_figure_compared_with(extractor) -> None:
    text = "重庆市统计公报\n重庆经济增速高于全国5.0%的增幅0.7个百分点；人均地区生产总值10.09万元，低于全国9.57万元的水平。"
    got = {c.text: c.entity for c in claims(extractor, text, "2025-02-20")}
    assert (got["5.0%"], got["0.7个百分点"], got["9.57万元"], got["10.09万元"]) == ("中国", "重庆", "中国", "重庆")


def test_claims_a_copys_heading_gives_its_scope_too(extractor) -> None:
    text = "合肥芜湖大比拼\n\n【七、城镇居民收入】\n合肥：65874元\n芜湖：58936元\n"
    got = [(c.entity, c.metric, c.scope) for c in claims(extractor, text, "2025-02-20")]
    assert got == [("合肥", "disposable_income", ("城镇",)), ("芜湖", "disposable_income", ("城镇",))]


def test_claims_a_city_that_governs_districts_is_the_subject(extractor) -> None:
    # 江苏省辖地级市 describes a city by its province; 兰州市辖5个区 says what the city has: it is the subject
    got = {c.text: c.entity for c in claims(extractor, "甘肃省城市概况\n兰州市辖5个区，常住人口446.54万人。", "2025-04-01")}
    assert got == {"5个": "兰州", "446.54万人": "兰州"}


def test_claims_first_place_among_a_group_the_words_name(extractor) -> None:
    text = "安徽\n进出口总额3867.6亿元，规模稳居全省首位。汽车产量356.6万辆，产量跃居全国首位。常住人口1316.30万人，人口规模居西北地区首位。"
    ranks = [(c.text, c.value, c.metric) for c in claims(extractor, text, "2025-03-01") if c.unit == "rank"]
    assert ranks == [("首位", 1, "trade_total"), ("首位", 1, "vehicle_output"), ("首位", 1, "resident_population")]


def test_claims_places_named_only_to_compare_with(extractor) -> None:
    wiki = "珠海市\n按常住人口计算，2024年人均地区生产总值17.87万元，居广东省第3位，仅次于深圳和广州。"
    assert {c.entity for c in claims(extractor, wiki, "2025-04-25")} == {"珠海"}
    copy = ("深圳广州佛山东莞四城对比\n其中东莞增长4.1% 佛山增长3.9% 增速都跑赢了全省的4.0%？\n"
            "最新消息 2025年前三季度全省GDP增长4.1% 深圳前三季度增长5.4%\n")
    got = [(c.text, c.entity) for c in claims(extractor, copy, "2025-10-25")]
    assert ("4.0%", "广东") in got and got[-2:] == [("4.1%", "广东"), ("5.4%", "深圳")]


def test_claims_a_currency_written_before_the_figure_is_its_unit(extractor) -> None:
    text = "中央社台北電\n公司今年計畫再投入新台幣15億元擴充產能；港府投入港幣100億元，另撥人民幣20億元。"
    got = [(c.text, c.unit) for c in claims(extractor, text, "2025-03-21")]
    assert got == [("新台幣15億元", "TWD"), ("港幣100億元", "HKD"), ("人民幣20億元", "CNY")]


def test_claims_a_growth_target_named_by_its_speaker_and_restated(extractor) -> None:
    text = "中央社上海電\n天津市長在報告中將今年經濟成長目標訂在5%左右，上海今年目標同樣為5%左右。"
    got = [(c.entity, c.metric, c.measure, c.kind) for c in claims(extractor, text, "2025-03-21")]
    assert got == [("天津", "gdp", "change", "target"), ("上海", "gdp", "change", "target")]


def test_claims_a_press_conference_growth_target_and_a_single_quarter(extractor) -> None:
    text = ("上海市统计局新闻发布会\n解放日报记者：\n今年上半年上海GDP增长5.1%，请问全年5%左右的目标能否完成？\n\n"
            "市统计局局长：\n上半年全市地区生产总值26222.15亿元，增长5.1%；三季度单季增长6.2%。\n"
            "从全年看，只要四季度保持平稳，全年增长5%左右的预期目标完全可以实现。\n")
    got = [(c.text, c.metric, c.measure, c.kind) for c in claims(extractor, text, "2025-10-20")]
    assert ("5%左右", "gdp", "change", "target") == got[1] == got[-1]
    assert ("6.2%", "gdp", "change", "actual") in got


def test_claims_a_copys_look_back_stays_in_its_section(extractor) -> None:
    text = ("四大直辖市2024年经济成绩单\n\n【二、GDP增速】\n上海5.0% 北京5.2%\n对比一下 上海2023年GDP是47218.66亿\n\n"
            "【三、常住人口】\n上海：2480.26万\n北京：2183.2万\n\n【八、物价】\nCPI涨幅 上海0.2% 北京0.1%\n")
    got = {c.text: (c.period, c.measure) for c in claims(extractor, text, "2025-02-10")}
    assert got["47218.66亿"][0] == "2023"
    assert got["2480.26万"][0] == got["2183.2万"][0] == "2024"
    assert got["0.2%"] == got["0.1%"] == ("2024", "change")


def test_claims_a_taiwan_agency_after_a_lead_clause(extractor) -> None:
    text = ("中央社上海電\n上海去年GDP成長5%。\n\n另外，經濟部統計，累計吸引投資新台幣2兆5302億元，創造就業機會逾15萬個。\n"
            "據證交所資料，上市櫃公司去年在陸子公司合計認列投資收益新台幣3,157億元。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-03-21")}
    assert got["新台幣2兆5302億元"] == got["逾15萬個"] == got["新台幣3,157億元"] == "台湾"


def test_claims_a_target_that_names_nothing_is_the_economys_growth(extractor) -> None:
    text = ("河北三城对比\n【五、2025年目标】\n唐山定的目标是6%左右 保定目标6%\n"
            "只要四季度继续保持稳定增长，完成全年5.5%左右的目标是有基础的。\n"
            "截至2030年末，全市84%以上政务服务事项可在线办理。\n")
    got = [(c.text, c.metric, c.measure) for c in claims(extractor, text, "2025-02-10")]
    assert got[:3] == [("6%左右", "gdp", "change"), ("6%", "gdp", "change"), ("5.5%左右", "gdp", "change")]
    assert got[3] == ("84%以上", None, "share")  # a part of the services, not a growth


def test_claims_a_target_a_rate_is_measured_against_is_the_rates(extractor) -> None:
    text = ("2024年，全市规模以上工业增加值增长8.1%，高于年初确定的6%左右的目标。\n"
            "一般公共预算收入增长3%，完成预算的101.5%。\n")
    got = [(c.text, c.metric, c.measure, c.kind) for c in claims(extractor, text, "2025-02-10")]
    assert got[:2] == [("8.1%", "industrial_value_added", "change", "actual"),
                       ("6%左右", "industrial_value_added", "change", "target")]
    assert got[3] == ("101.5%", None, "share", "actual")  # a share of the budget, no target of a rate


def test_claims_a_base_of_last_year_is_of_the_year_before_and_of_the_metric_compared(extractor) -> None:
    text = ("2024年泉州市国民经济和社会发展统计公报\n"
            "全年全市地区生产总值12850.64亿元。与上年的12172.33亿元相比，经济总量增加678.31亿元。\n"
            "全省常住人口4200万人，比上年末的4180万人增加20万人。\n"
            "上半年，全市GDP为3000亿元，比去年同期的2800亿元增长7.1%。\n")
    got = [(c.text, c.metric, c.period) for c in claims(extractor, text, "2025-03-01")]
    assert got[1:3] == [("12172.33亿元", "gdp", "2023"), ("678.31亿元", "gdp", "2024")]
    assert got[3:6] == [("4200万人", "resident_population", "2024"), ("4180万人", "resident_population", "2023"),
                        ("20万人", "resident_population", "2024")]
    assert got[6:8] == [("3000亿元", "gdp", "2024-H1"), ("2800亿元", "gdp", "2023-H1")]


def test_claims_a_ratio_or_structure_from_last_year_to_this(extractor) -> None:
    text = ("2024年盐城市国民经济和社会发展统计公报\n"
            "城乡居民收入比由上年的1.77缩小为1.74。\n"
            "三次产业结构由上年的10.9:43.6:45.5调整为10.7:43.3:46.0。\n")
    got = [(c.text, c.metric, c.measure, c.period) for c in claims(extractor, text, "2025-03-01")]
    assert got[:2] == [("1.77", None, "level", "2023"), ("1.74", None, "level", "2024")]
    assert got[2:] == [("10.9", "primary_value_added", "share", "2023"), ("43.6", "secondary_value_added", "share", "2023"),
                       ("45.5", "tertiary_value_added", "share", "2023"), ("10.7", "primary_value_added", "share", "2024"),
                       ("43.3", "secondary_value_added", "share", "2024"), ("46.0", "tertiary_value_added", "share", "2024")]


def test_claims_a_base_of_the_same_part_of_last_year(extractor) -> None:
    text = ("2025年上半年全区经济运行新闻发布会\n"
            "上半年，城乡居民收入比由上年同期的2.58缩小至2.54。\n")
    got = [(c.text, c.period) for c in claims(extractor, text, "2025-07-20")]
    assert got == [("2.58", "2024-H1"), ("2.54", "2025-H1")]


def test_claims_a_target_written_before_its_rate_and_the_economys_growth_target(extractor) -> None:
    text = ("你觉得谁能跑出黑马？？克拉玛依今年目标6.5%左右 酒泉目标7%左右 欢迎评论区留言\n"
            "新疆自治区政府年初设定的今年经济成长目标为6%左右。大陆官方将今年经济成长目标订在5%左右。\n"
            "今年我们提出全年经济增长6.5%以上的目标。全省经济增速高于年度目标0.2个百分点。\n")
    got = [(c.text, c.metric, c.measure, c.kind) for c in claims(extractor, text, "2025-10-24")]
    assert got[:5] == [("6.5%左右", "gdp", "change", "target"), ("7%左右", "gdp", "change", "target"),
                       ("6%左右", "gdp", "change", "target"), ("5%左右", "gdp", "change", "target"),
                       ("6.5%以上", "gdp", "change", "target")]
    assert got[5][3] == "actual"  # the gap to a target is no target


def test_claims_no_county_read_across_a_word_and_a_provinces_growth_target(extractor) -> None:
    text = ("长春市2025年政府工作报告\n9. 新增城区供水管网85公里。广州增城区地区生产总值1200亿元。\n"
            "吉林今年的经济增长目标为5%左右。\n")
    got = [(c.text, c.entity, c.metric) for c in claims(extractor, text, "2025-01-20")]
    assert got == [("85公里", "长春", None), ("1200亿元", "增城", "gdp"), ("5%左右", "吉林", "gdp")]


def test_claims_quanzhou_is_the_autonomous_prefectures_own_word(extractor) -> None:
    text = ("前三季度延边接待游客2956.2万人次\n今年前三季度，延边州累计接待游客2956.2万人次。\n"
            "入境游市场加快恢复。延吉朝阳川国际机场前三季度完成旅客吞吐量168.2万人次。\n"
            "前三季度全州游客人均花费1932.6元，比上年同期增长1.6%。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-10-28")}
    assert got["1932.6元"] == got["1.6%"] == "延边"


def test_claims_a_list_heading_ends_a_districts_story(extractor) -> None:
    text = ("榆林市_百科\n榆林市，陕西省辖地级市。\n榆阳区2024年地区生产总值1012.6亿元，是榆林市首个GDP超千亿元的市辖区。\n"
            "历年地区生产总值：\n2020年　4089.66亿元\n2024年　7652.28亿元\n"
            "全年实现旅游综合收入568.7亿元，增长11.2%。\n")
    got = [(c.text, c.entity, c.metric) for c in claims(extractor, text)]
    assert got[0] == ("1012.6亿元", "榆阳", "gdp")
    assert got[2:4] == [("4089.66亿元", "榆林", "gdp"), ("7652.28亿元", "榆林", "gdp")]
    assert got[4][2] == "tourism_revenue"


def test_claims_tourism_receptions_are_visits(extractor) -> None:
    got = claims(extractor, "2024年，全市旅游接待人次达到8526万人次、增长13.8%。")
    assert [(c.text, c.metric) for c in got] == [("8526万人次", "tourist_visits"), ("13.8%", "tourist_visits")]


def test_claims_an_infobox_field_named_on_the_line_above_and_a_step_that_is_no_unit(extractor) -> None:
    wiki = ("{{Infobox settlement\n| name = 荆州市\n| blank_name_sec1 = 地区生产总值\n"
            "| blank_info_sec1 = 3312.57亿元人民币（2024年）\n| blank1_name_sec1 = 人均地区生产总值\n"
            "| blank1_info_sec1 = 64620元人民币（2024年）\n}}\n湖北GDP 60012.97亿，总量首次站上6万亿台阶。\n")
    doc = document(extractor, "jingzhou.wiki", wiki)
    got = [(c.text, c.unit, c.metric) for c in doc.claims]
    assert got[:2] == [("3312.57亿元人民币", "CNY", "gdp"), ("64620元人民币", "CNY", "per_capita_gdp")]
    assert ("6万亿", "CNY", "gdp") in got


def test_claims_a_bare_province_name_among_cities_is_its_namesake_city(extractor) -> None:
    text = ("东北城市GDP大比拼\n【一、总量】\n沈阳：9027.1亿\n长春：7632.3亿\n哈尔滨：5990.6亿\n吉林：1772.6亿\n\n"
            "【二、增速】\n大连5.4% 沈阳5.6% 长春6.0% 哈尔滨4.2% 吉林4.6%\n\n"
            "吉林全省地区生产总值14361.2亿元，增长4.3%。\n")
    got = [(c.text, c.entity) for c in claims(extractor, text, "2025-02-10")]
    assert ("1772.6亿", "吉林市") in got and ("4.6%", "吉林市") in got
    assert ("14361.2亿元", "吉林") in got  # the province, named alone


def test_claims_a_rate_called_a_growth_rate_after_it(extractor) -> None:
    got = claims(extractor, "从增速看，西藏以6.3%的增速领跑全国。", "2025-02-10")
    assert [(c.text, c.measure) for c in got] == [("6.3%", "change")]


def test_claims_a_natural_growth_rate_is_a_rate_of_the_population(extractor) -> None:
    got = claims(extractor, "全年出生率5.74‰，死亡率6.93‰，人口自然增长率为-1.19‰。", "2025-03-01")
    assert [(c.text, c.measure, c.value) for c in got] == [
        ("5.74‰", "share", 0.574), ("6.93‰", "share", 0.693), ("-1.19‰", "share", -0.119)]


def test_claims_a_macao_paper_on_a_province_keeps_its_yuan_and_its_subject(extractor) -> None:
    text = ("江蘇去年經濟總量137008億元 蘇北五市增速領跑全省\n2025年2月10日 星期一  澳門天氣：15℃\n\n"
            "2024年江蘇實現地區生產總值137008億元人民幣，增長5.8%，約合15.1萬億澳門元。\n\n"
            "年末全省常住人口8526萬人。全年全省一般公共預算收入10157.8億元，增長2.4%。\n\n"
            "2024年江蘇與澳門進出口額12.6億元人民幣，約合13.9億澳門元。\n\n澳門旅遊業界表示。\n\n"
            "廣告：澳門美食節\n地址：澳門新馬路1號\n")
    got = {c.text: (c.unit, c.entity) for c in claims(extractor, text, "2025-02-10")}
    assert got["約合15.1萬億澳門元"] == ("MOP", "江苏")
    assert got["8526萬人"] == ("人", "江苏") and got["10157.8億元"] == ("CNY", "江苏")


def test_claims_a_city_officials_answer_at_a_province_press_conference(extractor) -> None:
    text = ("江苏省前三季度经济运行新闻发布会\n省统计局局长：\n前三季度，全省地区生产总值增长5.5%。\n扬子晚报记者：\n请问徐州有哪些亮点？\n"
            "徐州市副市长：\n谢谢。前三季度，徐州地区生产总值同比增长6.2%。\n全市社会消费品零售总额3376.5亿元，增长5.2%。\n"
            "新能源汽车产量11.2万辆，增长31.5%，已接近去年全年的12.6万辆。\n我们预计全年地区生产总值将达到1万亿元左右。\n")
    got = {c.text: (c.entity, c.period) for c in claims(extractor, text, "2025-10-20")}
    assert got["5.5%"][0] == "江苏"
    assert got["3376.5亿元"] == got["11.2万辆"] == ("徐州", "2025-Q1..Q3")
    assert got["12.6万辆"] == ("徐州", "2024") and got["1万亿元左右"] == ("徐州", "2025")


def test_claims_a_banner_is_named_in_full_and_money_comes_from_a_place(extractor) -> None:
    got = claims(extractor, "包头市\n土默特右旗地区生产总值486.1亿元。达茂旗地区生产总值339.6亿元。", "2025-03-01")
    assert [c.entity for c in got] == ["土默特右旗", "达尔罕茂明安联合旗"]
    text = "大公报 昆明报道\n今年前三季度，云南实际使用外资5.82亿美元，其中来自香港的资金约4.1亿美元。"
    assert [c.entity for c in claims(extractor, text, "2025-11-03")] == ["云南", "云南"]


def test_claims_a_copys_bare_yi_under_a_trade_heading_is_money(extractor) -> None:
    text = "苏北五市对比\n人均方面淮安和盐城都超过了11万 徐州因为人口多 人均反而不高\n\n【五、外贸】\n徐州1396.5亿 增长8.3%\n"
    got = {c.text: c.unit for c in claims(extractor, text, "2025-02-10")}
    assert got["1396.5亿"] == "CNY"


def test_claims_tourism_spending_infobox_population_and_a_quarter_end_base(extractor) -> None:
    text = ("大理州前三季度经济运行\n前三季度，全州接待海内外游客10213.6万人次；实现旅游总花费1302.6亿元。\n"
            "三季度末，全州城镇调查失业率为5.1%，比二季度末下降0.2个百分点。\n"
            "前三季大理经济增长4.3%，略低于全国同期的5.2%。\n")
    got = {c.text: (c.metric, c.entity) for c in claims(extractor, text, "2025-10-25")}
    assert got["10213.6万人次"][0] == "tourist_visits" and got["1302.6亿元"][0] == "tourism_revenue"
    assert got["0.2个百分点"][0] == "surveyed_unemployment"
    assert got["5.2%"] == ("gdp", "中国")


def test_claims_a_wiki_infobox_field_names_its_metric(extractor) -> None:
    doc = document(extractor, "lhasa.md", "拉萨市\n{{Infobox 城市\n| 人口 = 89.12万人（2024年末）\n}}\n")
    assert [(c.metric, c.period) for c in doc.claims] == [("resident_population", "2024")]


def test_claims_a_kind_of_firms_value_added_in_a_breakdown(extractor) -> None:
    text = "规模以上工业增加值增长10.2%。\n在规模以上工业中，分经济类型看，国有控股企业增加值增长12.6%；股份制企业增长11.1%。\n"
    assert [c.metric for c in claims(extractor, text, "2025-03-01")] == ["industrial_value_added"] * 3


def test_claims_a_baike_infobox_and_the_units_a_city_governs(extractor) -> None:
    text = ("株洲市 - 百科\n株洲市\n湖南省辖地级市\n本词条由科普中国审核\n株洲市，简称“株”，是湖南省辖地级市。\n\n基本信息\n"
            "下辖地区　　　5个区、1个县级市、3个县\n地理位置　　　湖南省东部、湘江下游\n人口　　　　　383.2万人（2024年末常住人口）\n"
            "机场　　　　　长沙黄花国际机场\n\n行政区划\n截至2024年末，株洲市辖荷塘区、芦淞区、石峰区、天元区、渌口区5个区，共有19个街道。\n"
            "天元区是株洲市政府驻地，面积327平方千米。\n全市新增城市停车位6800个。\n")
    got = [(c.text, c.entity) for c in claims(extractor, text, "2025-03-01")]
    assert got == [("5个", "株洲"), ("1个", "株洲"), ("3个", "株洲"), ("383.2万人", "株洲"), ("5个", "株洲"),
                   ("19个", "株洲"), ("327平方千米", "天元"), ("6800个", "株洲")]


def test_claims_a_region_named_with_its_metropolitan_area(extractor) -> None:
    text = "長株潭都市圈2024年經濟總量破2.2萬億 佔湖南四成以上\n長株潭都市圈地區生產總值22178.1億元。"
    assert {c.entity for c in claims(extractor, text, "2025-02-10")} == {"长株潭"}


def test_claims_a_dispatchs_part_of_a_year_keeps_the_year_it_first_had(extractor) -> None:
    text = ("內蒙古煤電撐起大陸能源半壁 上半年經濟成長5.6%\n2025/07/28 15:36\n\n"
            "（中央社記者台北28日電）內蒙古近日公布經濟數據，上半年地區生產總值年增5.6%。\n\n"
            "根據內蒙古官方統計，2024年內蒙古地區生產總值2兆6314.6億元人民幣，年增5.8%。\n\n"
            "大陸國家統計局15日公布，上半年大陸國內生產總值66兆0536億元人民幣，年增5.3%。\n")
    got = {c.text: c.period for c in claims(extractor, text, "2025-07-28")}
    assert got["2兆6314.6億元人民幣"] == "2024"
    assert got["66兆0536億元人民幣"] == got["5.3%"] == "2025-H1"


def test_claims_a_copys_size_section_and_a_planned_year_that_does_not_carry(extractor) -> None:
    text = ("苏北五市2024年经济成绩单出炉\n\n【一、总量】\n徐州：9537.27亿\n盐城：7779.48亿\n五市合计32365.22亿 占全省137008亿的23.6%\n"
            "徐州离万亿只差460多亿 按今年的速度 2026年有望冲击万亿俱乐部\n\n【二、增速】\n宿迁6.3% 徐州6.0%\n苏北整体增长6.1%\n")
    got = {c.text: (c.unit, c.metric, c.period, c.kind) for c in claims(extractor, text, "2025-02-18")}
    assert got["9537.27亿"] == got["7779.48亿"] == ("CNY", "gdp", "2024", "actual")
    assert got["6.3%"] == got["6.0%"] == ("%", "gdp", "2024", "actual")
    assert got["6.1%"][1] == "gdp"
    assert {c.text: c.entity for c in claims(extractor, text, "2025-02-18")}["137008亿"] == "江苏"


def test_claims_an_html_tables_caption_declares_the_unit_of_its_cells(extractor) -> None:
    html = ("<html><body><p>主要指标详见下表。</p><table><caption>2024年济宁市主要经济指标（单位：亿元）</caption>"
            "<tr><th>指标</th><th>绝对值</th><th>比上年增长（%）</th></tr>"
            "<tr><td>地区生产总值</td><td>5716.4</td><td>5.8</td></tr>"
            "<tr><td>进出口总额</td><td>842.6</td><td>7.3</td></tr></table></body></html>")
    doc = document(extractor, "jining.html", html)
    got = [(c.text, c.unit, c.value, c.metric) for c in doc.claims]
    assert got == [("5716.4", "CNY", 571640000000.0, "gdp"), ("5.8", "%", 5.8, "gdp"),
                   ("842.6", "CNY", 84260000000.0, "trade_total"), ("7.3", "%", 7.3, "trade_total")]


def test_claims_a_tables_rows_of_months_and_a_year_only_compared_with(extractor) -> None:
    html = ("<html><body><table><caption>2025年上半年北海市旅游主要指标</caption>"
            "<tr><th>月份</th><th>接待游客(万人次)</th><th>旅游消费(亿元)</th></tr>"
            "<tr><td>1月</td><td>312.6</td><td>32.15</td></tr><tr><td>2月</td><td>468.3</td><td>51.72</td></tr>"
            "</table></body></html>")
    doc = document(extractor, "beihai.html", html)
    assert [(c.text, c.metric, c.period) for c in doc.claims] == [
        ("312.6", "tourist_visits", "2025-01"), ("32.15", "tourism_revenue", "2025-01"),
        ("468.3", "tourist_visits", "2025-02"), ("51.72", "tourism_revenue", "2025-02")]


def test_claims_a_month_row_with_no_figures_yet_is_no_header(extractor) -> None:
    html = ("<html><body><p>2025年1—9月主要指标累计情况见下表。</p><table>"
            "<tr><th>月份</th><th>固定资产投资累计增速（%）</th><th>社会消费品零售总额累计（亿元）</th></tr>"
            "<tr><td>1月</td><td>—</td><td>—</td></tr>"
            "<tr><td>2月</td><td>4.6</td><td>198.7</td></tr><tr><td>3月</td><td>4.1</td><td>312.4</td></tr>"
            "</table></body></html>")
    doc = document(extractor, "chuzhou.html", html)
    assert [(c.text, c.metric, c.measure, c.period) for c in doc.claims] == [
        ("4.6", "fixed_asset_investment", "change", "2025-01..02"), ("198.7", "retail_sales", "level", "2025-01..02"),
        ("4.1", "fixed_asset_investment", "change", "2025-Q1"), ("312.4", "retail_sales", "level", "2025-Q1")]


def test_claims_an_encyclopedia_infobox_with_one_wide_gap(extractor) -> None:
    text = ("滁州市_百科\n滁州市　（安徽省辖地级市）　编辑\n滁州市，安徽省辖地级市，位于安徽省东部。常住人口405.8万人。\n"
            "中文名　滁州市\n下辖地区　2个市辖区、2个县级市、4个县\n地理位置　安徽省东部\n面　积　13523 km²\n")
    got = [(c.text, c.entity) for c in claims(extractor, text)]
    assert got[1:] == [("2个", "滁州"), ("2个", "滁州"), ("4个", "滁州"), ("13523 km²", "滁州")]


def test_claims_a_copys_title_opened_by_its_year_without_nian(extractor) -> None:
    text = ("2024广东城市GDP排名出炉!!粤西三兄弟VS珠三角\n原创 湾区城市观察 2025-02-08 20:17\n\n【总量榜】\n"
            "深圳：36801.87亿\n惠州：6136.26亿\n\n【增速榜】\n深圳 5.8%\n惠州 4.2%\n")
    assert {c.period for c in claims(extractor, text)} == {"2024"}
    # an amount that opens a title is no year
    assert [(c.text, c.period) for c in claims(extractor, "2024亿元！某市财政收入创新高\n全年收入增长5%。\n")] == [
        ("2024亿元", None), ("5%", None)]


def test_claims_a_list_of_the_years_projects_for_the_people_is_planned(extractor) -> None:
    text = ("长春市2025年政府工作报告\n\n五、2025年民生实事\n1. 新建改扩建公办幼儿园12所、中小学校10所。\n"
            "2. 改造城镇老旧小区230个，惠及居民8.6万户。\n\n六、2024年民生实事完成情况\n1. 新建公办幼儿园11所。\n")
    got = [(c.text, c.kind) for c in claims(extractor, text, "2025-01-20")]
    assert got == [("12所", "target"), ("10所", "target"), ("230个", "target"), ("8.6万户", "target"),
                   ("11所", "actual")]


def test_claims_an_html_table_of_years_spanning_amount_and_growth_columns(extractor) -> None:
    html = ("<html><body><table><caption>2024年佳木斯市主要经济指标（单位：亿元、%）</caption>"
            "<tr><th rowspan=\"2\">指标</th><th colspan=\"2\">2024年</th><th colspan=\"2\">2023年</th></tr>"
            "<tr><th>绝对值</th><th>增速</th><th>绝对值</th><th>增速</th></tr>"
            "<tr><td>地区生产总值</td><td>962.4</td><td>4.1</td><td>924.7</td><td>5.0</td></tr>"
            "</table></body></html>")
    doc = document(extractor, "jiamusi.html", html)
    assert [(c.text, c.unit, c.metric, c.measure, c.period) for c in doc.claims] == [
        ("962.4", "CNY", "gdp", "level", "2024"), ("4.1", "%", "gdp", "change", "2024"),
        ("924.7", "CNY", "gdp", "level", "2023"), ("5.0", "%", "gdp", "change", "2023")]


def test_claims_a_copys_lead_year_outweighs_the_years_it_looks_back_to(extractor) -> None:
    text = ('辽宁5城经济大比拼！！鞍山、营口、锦州谁才是“老三”？？看完数据我服了😱\n'
            '原创 东北城市观察 东北城市观察 2025年03月30日 20:18 辽宁\n'
            '\n'
            '👆点击上方蓝字“东北城市观察”关注我们 带你读懂东北每座城\n'
            '\n'
            '2024年辽宁各市经济数据基本出齐了,,,沈阳大连“双核”没悬念 但鞍山、营口、锦州这几座老工业城市谁更强？？小编熬夜整理了一份数据👇👇\n'
            '\n'
            '先看全省：辽宁全省ＧＤＰ32612.7亿，增长5.1%，，总量全国第16 😂\n'
            '\n'
            '【一、经济总量】\n'
            '沈阳：９０２７.１亿\n'
            '大连：９５２０.６亿\n'
            '鞍山：２０８７.６亿\n'
            '营口：1532.7亿\n'
            '锦州：1268.5亿\n'
            '大连继续领跑全省,,沈阳紧随其后😮 鞍山稳坐“老三”\n'
            '\n'
            '【增速榜】\n'
            '第１名 大连 5.8%\n'
            '第２名 沈阳 5.7%\n'
            '第３名 营口 5.4%\n'
            '第４名 鞍山 5.2%\n'
            '\n'
            '【七、历史数据】\n'
            '鞍山2023年GDP是1985.2亿,,2024年涨到2087.6亿 一年多了100多亿\n'
            '营口2023年是1462.7亿 锦州2023年是1201.9亿\n')
    got = {c.text: c.period for c in claims(extractor, text)}
    assert got["5.8%"] == "2024"  # 【增速榜】⏎第１名 大连 5.8%, under the lead's 2024年
    assert got["1985.2亿"] == got["1462.7亿"] == "2023" and got["2087.6亿"] == "2024"


def test_claims_a_year_a_growth_is_better_than_dates_nothing(extractor) -> None:
    text = ("2025年1—10月海南省经济运行情况新闻发布会\n今年以来，全省经济运行稳中有进，主要指标增速好于去年。\n"
            "从经济总量看，前三季度全省地区生产总值5917.63亿元，同比增长4.2%。\n")
    got = {c.text: c.period for c in claims(extractor, text, "2025-11-20")}
    assert got["5917.63亿元"] == got["4.2%"] == "2025-Q1..Q3"


def test_claims_the_city_of_an_answer_at_a_province_press_conference(extractor) -> None:
    text = ("浙江省2025年上半年经济运行情况新闻发布会\n【台州日报记者】\n请问林金荣副市长，台州上半年经济表现如何？\n\n【林金荣】\n"
            "谢谢。上半年，台州经济运行延续回升向好态势。全市实现地区生产总值3176.58亿元，同比增长5.9%。\n"
            "全市固定资产投资增长4.2%。\n\n【省统计局】\n上半年，全省地区生产总值45004亿元。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-07-25")}
    assert got["3176.58亿元"] == got["4.2%"] == "台州"
    assert got["45004亿元"] == "浙江"


def test_claims_a_countys_part_of_a_total_is_no_story_of_its_own(extractor) -> None:
    text = ("金华市2024年国民经济和社会发展统计公报\n\n六、电子商务和快递\n"
            "全年全市实现网络零售额4652.8亿元，其中义乌市网络零售额2761.3亿元，占全市的59.3%。\n"
            "全年跨境电子商务进出口1243.6亿元，增长15.8%。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-03-20")}
    assert got["2761.3亿元"] == "义乌" and got["1243.6亿元"] == got["15.8%"] == "金华"


def test_claims_a_speakers_turn_ends_the_list_of_speakers_above_it(extractor) -> None:
    text = ("河南省人民政府新闻办公室\n2025年前三季度全省经济运行情况新闻发布会\n发布时间：2025-10-21\n\n发布人：省统计局局长 赵国栋\n"
            "　　　　南阳市统计局局长 周海涛\n\n主持人：\n首先请赵国栋局长作介绍。\n\n赵国栋：\n"
            "前三季度，全省地区生产总值47869.12亿元。\n分产业看，第一产业增加值3412.30亿元，增长4.1%。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-10-21")}
    assert got["47869.12亿元"] == got["3412.30亿元"] == got["4.1%"] == "河南"


def test_claims_growth_targets_set_by_a_government_or_restated(extractor) -> None:
    text = ("長株潭都市圈\n湖南省今年政府工作報告提出，全省地區生產總值增長5.5%左右。長沙提出增長5.5%左右，湘潭同樣提出6%左右的目標。\n"
            "漳州市政府今年設定的經濟成長目標為6%左右，並提出規上工業增加值增長8%以上。\n"
            "全市制造业投资年均增长10%-15%。\n")
    got = [(c.text, c.metric, c.measure) for c in claims(extractor, text, "2025-02-10")]
    assert got[:5] == [("5.5%左右", "gdp", "change"), ("5.5%左右", "gdp", "change"), ("6%左右", "gdp", "change"),
                       ("6%左右", "gdp", "change"), ("8%以上", "industrial_value_added", "change")]
    assert all(metric != "gdp" for _, metric, _ in got[5:])  # a range's end is no target of the economy


def test_claims_a_wiki_infobox_with_english_field_names(extractor) -> None:
    wiki = "三亚市\n{{Infobox settlement\n| population_total = 107.59万人（2024年末）\n| GDP_per_capita = 94606元（2024年）\n}}\n"
    doc = document(extractor, "sanya.wiki", wiki)
    assert [c.metric for c in doc.claims] == ["resident_population", "per_capita_gdp"]


def test_claims_a_wiki_page_is_named_by_its_infobox_and_its_seat_is_no_story(extractor) -> None:
    wiki = ("{{Infobox settlement\n| name = 三亚市\n| subdivision_type = 国家\n| subdivision_name = [[中华人民共和国]]\n"
            "| seat = [[吉阳区]]\n| GDP = 1012.76亿元（2024年）\n}}\n")
    doc = document(extractor, "sanya.wiki", wiki)
    assert (doc.meta.title, doc.meta.place) == ("三亚市", "三亚")
    assert [(c.entity, c.metric) for c in doc.claims] == [("三亚", "gdp")]


def test_claims_a_figure_restated_or_converted_keeps_its_metric(extractor) -> None:
    text = ("香港文匯報\n據海南省統計局公布，2024年海南地區生產總值7935.76億元人民幣，增長3.7%。\n"
            "以去年平均匯率計算，7935.76億元人民幣約合8610億港元。\n桂林全年接待游客1.58亿人次  旅游总花费2086.4亿\n")
    got = [(c.text, c.unit, c.metric) for c in claims(extractor, text, "2025-02-10")]
    assert got[2:4] == [("7935.76億元人民幣", "CNY", "gdp"), ("約合8610億港元", "HKD", "gdp")]
    assert got[-1] == ("2086.4亿", "CNY", "tourism_revenue")


def test_claims_an_html_table_with_spanned_headers_and_rows_of_months(extractor) -> None:
    html = ("<html><body><table><caption>2024年大同市主要经济指标月度数据</caption>"
            "<tr><th rowspan=\"2\">月份</th><th colspan=\"2\">规模以上工业增加值增长（%）</th>"
            "<th colspan=\"2\">社会消费品零售总额</th></tr>"
            "<tr><th>当月</th><th>累计</th><th>累计（亿元）</th><th>累计增长（%）</th></tr>"
            "<tr><td>3月</td><td>6.1</td><td>4.9</td><td>236.8</td><td>3.4</td></tr></table></body></html>")
    doc = document(extractor, "datong.html", html)
    assert [(c.text, c.unit, c.metric, c.period) for c in doc.claims] == [
        ("6.1", "%", "industrial_value_added", "2024-03"), ("4.9", "%", "industrial_value_added", "2024-Q1"),
        ("236.8", "CNY", "retail_sales", "2024-Q1"), ("3.4", "%", "retail_sales", "2024-Q1")]


def test_claims_a_copys_long_ranked_list_and_its_readers_comments(extractor) -> None:
    rows = "\n".join(f"第{i}名 {city} {value}亿 增长5.{i}%" for i, (city, value) in enumerate(
        [("上海", "53926.71"), ("苏州", "26727"), ("杭州", "21860"), ("南京", "18500.8"), ("宁波", "18147.7"),
         ("无锡", "16263"), ("合肥", "13507.7"), ("南通", "12421.9"), ("常州", "10813.6")], start=1))
    text = (f"2024长三角城市GDP排名出炉 南通稳居第八\n\n2024年各地经济成绩单全部出炉了 小编连夜整理了完整榜单\n\n"
            f"【一、万亿俱乐部】\n{rows}\n\n精选留言（112）\n济南老铁：济南加油！！明年争取1.5万亿 👍 1286\n")
    got = {c.text: (c.unit, c.metric) for c in claims(extractor, text, "2025-02-11")}
    assert got["10813.6亿"] == got["53926.71亿"] == ("CNY", "gdp")
    assert "1.5万亿" not in got  # a reader's comment
    second = "2024长三角城市GDP排名出炉\n\n【二、8000亿到1万亿】\n第10名 温州 9718.6亿 增长5.6%\n第11名 徐州 9537.27亿 增长6.0%\n"
    listed = {c.text: c.metric for c in claims(extractor, second, "2025-02-11") if c.line == 4}
    assert listed == {"第10名": "gdp", "9718.6亿": "gdp", "5.6%": "gdp"}


def test_claims_a_list_under_a_places_heading_and_a_part_on_the_next_line(extractor) -> None:
    text = ("汕头湛江泉州三城对比\n\n汕头这几年的GDP走势：\n2023年：3158.29亿\n2024年：3267.52亿\n湛江2023年是3793.58亿\n\n"
            "【五、外贸】\n泉州：2681.74亿\n其中出口1813.52亿 进口805.22亿\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-02-20")}
    assert got["3158.29亿"] == got["3267.52亿"] == "汕头" and got["3793.58亿"] == "湛江"
    assert got["1813.52亿"] == got["805.22亿"] == "泉州"


def test_claims_a_copys_growth_board_and_targets_after_unnamed_gaps(extractor) -> None:
    text = ("2024长三角城市GDP排名出炉\n\n【四、增速榜】\n增速前三：金华6.2% 合肥6.1% 常州6.1%\n\n【小编说】\n"
            "南通离杭州还差9438.1亿 2025年南通目标是增长5.5%以上 绍兴目标6%左右\n")
    got = [(c.text, c.metric, c.measure) for c in claims(extractor, text, "2025-02-11")]
    assert got[:3] == [("6.2%", "gdp", "change"), ("6.1%", "gdp", "change"), ("6.1%", "gdp", "change")]
    assert got[-2:] == [("5.5%以上", "gdp", "change"), ("6%左右", "gdp", "change")]


def test_claims_targets_a_city_sets_out_and_a_copys_port_and_industry_lines(extractor) -> None:
    text = "澳門日報\n湛江市提出，2025年地區生產總值增長5%左右，規模以上工業增加值增長7%以上。\n"
    got = [(c.metric, c.kind) for c in claims(extractor, text, "2025-02-10")]
    assert got == [("gdp", "target"), ("industrial_value_added", "target")]
    copy = "湛江汕头泉州三城对比\n\n【八、港口】\n湛江港：3.45亿吨\n泉州港：1.39亿吨\n"
    assert [c.metric for c in claims(extractor, copy, "2025-02-10")] == ["cargo_throughput", "cargo_throughput"]


def test_claims_the_mainland_compared_with_is_not_the_subject(extractor) -> None:
    text = ("中央社台北28日電\n中國大陸內蒙古自治區近日公布經濟數據，上半年地區生產總值年增5.6%，高於大陸整體0.3個百分點。\n"
            "內蒙古2024年原煤產量12.9億噸，占大陸全國產量的27.1%，居各省區第2位。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-07-28")}
    assert got["0.3個百分點"] == got["27.1%"] == got["12.9億噸"] == "内蒙古"


def test_claims_a_taiwan_agency_on_money_that_went_to_the_mainland(extractor) -> None:
    text = ("中央社台北電\n漳州台商協會會長表示，目前常住漳州的台商超過3萬人。\n\n"
            "經濟部投資審議司統計，113年核准對中國大陸投資件數321件，較112年減少15.5%。\n"
            "內政部統計，截至113年底我國設籍人口2340萬0220人。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-03-10")}
    assert got["321件"] == got["15.5%"] == got["2340萬0220人"] == "台湾"


def test_claims_a_products_table_row_named_by_its_product(extractor) -> None:
    text = ("株洲市2024年国民经济和社会发展统计公报\n表：主要工业产品产量\n产品名称            单位          产量          比上年增长（%）\n"
            "汽车                  万辆          31.52          28.6\n  其中：新能源汽车    万辆          31.20          29.1\n")
    doc = document(extractor, "zhuzhou.txt", text)
    assert [c.metric for c in doc.claims] == ["vehicle_output"] * 2 + ["new_energy_vehicle_output"] * 2


def test_claims_a_places_growth_with_nothing_named_is_its_economys(extractor) -> None:
    text = ("江苏省前三季度经济运行新闻发布会\n新华日报记者：\n请问全省全年5%以上的增长目标能否实现？\n"
            "省发展改革委副主任：\n谢谢您的提问。从前三季度情况看，全省增长5.5%。\n")
    got = {c.text: (c.metric, c.measure) for c in claims(extractor, text, "2025-10-20")}
    assert got["5%以上"] == got["5.5%"] == ("gdp", "change")


def test_claims_the_provinces_figure_in_a_bracket_and_in_the_same_period(extractor) -> None:
    text = ("大同市前三季度经济运行\n前三季度，全市地区生产总值1398.2亿元，同比增长4.3%，高于全省（2.1%）2.2个百分点。\n"
            "全省同期规模以上工业增加值增长1.6%。\n")
    got = [(c.text, c.entity) for c in claims(extractor, text, "2024-10-25")]
    assert got == [("1398.2亿元", "大同"), ("4.3%", "大同"), ("2.1%", "山西"), ("2.2个百分点", "大同"), ("1.6%", "山西")]


def test_claims_a_copys_lines_of_years_and_a_section_that_opens_inline(extractor) -> None:
    text = ('四川各市2024年GDP出炉！绵阳稳居第二\n'
            '2025年02月10日 20:15\n'
            '\n'
            '先说全省：四川2024年GDP 64697亿，增长5.7%。\n'
            '今年省里定的目标是增长5.5%左右，开局不错\n'
            '\n'
            '【一、GDP总量】\n'
            '成都：23511.3亿\n'
            '绵阳：4300.7亿\n'
            '宜宾：4005.1亿\n'
            '\n'
            '【二、人均GDP】\n'
            '成都：9.9万\n'
            '绵阳：8.7万\n'
            '\n'
            '【三、历年对比】\n'
            '绵阳 2023年：4038.7亿 → 2024年：4300.7亿\n'
            '宜宾 2023年：3806.2亿 → 2024年：4005.1亿\n'
            '\n'
            '小编点评：宜宾2023年只多了98.6亿，绵阳粮食250.3万吨\n'
            '\n'
            '【冷知识】成都常住人口2147.9万 绵阳489.1万\n')
    got = {(c.line, c.text): (c.metric, c.entity, c.period) for c in claims(extractor, text, "2025-02-10")}
    assert got[(5, "5.5%左右")] == ("gdp", "四川", "2025")  # 省里: the province, not the city the copy is most about
    # 【三、历年对比】 names nothing: the lines of years are of the copy's lead amount, not of the 万 per head above
    assert got[(17, "4038.7亿")] == ("gdp", "绵阳", "2023")
    assert got[(17, "4300.7亿")] == ("gdp", "绵阳", "2024")
    assert got[(20, "250.3万吨")][0] == "grain_output"
    # 【冷知识】 opens a section: 2023年 of the remark above does not go on into it
    assert got[(22, "2147.9万")] == ("resident_population", "成都", "2024")
    assert got[(22, "489.1万")] == ("resident_population", "绵阳", "2024")


def test_claims_a_tables_unit_in_its_caption_beside_columns_of_rates(extractor) -> None:
    html = ("<html><head><title>2024年梅州市经济运行情况</title></head><body>\n<table>\n"
            "<caption>2024年梅州市各县（市、区）主要经济指标（单位：亿元）</caption>\n"
            "<thead><tr><th rowspan=\"2\">地区</th><th colspan=\"2\">地区生产总值</th>"
            "<th colspan=\"2\">规模以上工业增加值</th></tr>\n"
            "<tr><th>绝对值</th><th>增长(%)</th><th>绝对值</th><th>增长(%)</th></tr></thead>\n"
            "<tbody><tr><td>全市</td><td>1408.66</td><td>2.4</td><td>301.25</td><td>3.5</td></tr>\n"
            "<tr><td>梅县区</td><td>215.32</td><td>3.1</td><td>52.18</td><td>4.0</td></tr></tbody>\n</table>\n"
            "</body></html>\n")
    got = [(c.text, c.unit, c.value, c.measure, c.metric, c.entity)
           for c in document(extractor, "meizhou.html", html).claims]
    assert ("1408.66", "CNY", 1408.66e8, "level", "gdp", "梅州") in got
    assert ("52.18", "CNY", 52.18e8, "level", "industrial_value_added", "梅县") in got
    assert ("2.4", "%", 2.4, "change", "gdp", "梅州") in got


def test_claims_a_copys_heading_with_a_bare_year(extractor) -> None:
    text = ("2024广东城市GDP排名出炉\n2025-02-08 20:17\n\n【2024成绩单】\n惠州：6136.26亿\n\n"
            "【2025目标】\n惠州：增长5.5%左右\n江门：增长5%左右\n")
    got = {c.text: (c.period, c.kind) for c in claims(extractor, text, "2025-02-08")}
    assert got["6136.26亿"] == ("2024", "actual")
    assert got["5.5%左右"] == got["5%左右"] == ("2025", "target")


def test_claims_a_plan_reports_table_of_aims_and_outcomes(extractor) -> None:
    text = ("南平市关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
            "表1　南平市主要指标计划完成情况及2025年目标\n"
            "指标名称                        单位      2024年计划      2024年完成      2025年目标\n"
            "地区生产总值增长                %         6左右           5.3             5.5左右\n"
            "城镇新增就业                    万人      2               2.15            2以上\n")
    got = {(c.text, c.period): (c.measure, c.kind, c.metric) for c in document(extractor, "nanping.txt", text).claims}
    assert got[("6左右", "2024")] == ("change", "target", "gdp")
    assert got[("5.3", "2024")] == ("change", "actual", "gdp")
    assert got[("5.5左右", "2025")] == ("change", "target", "gdp")
    assert got[("2.15", "2024")] == ("level", "actual", "urban_new_jobs")


def test_claims_a_place_after_later_figures_is_theirs(extractor) -> None:
    text = ("龙岩市2025年政府工作报告\n森林覆盖率79.39%、连续多年保持全省首位，空气质量优良天数比率99.2%，"
            "长汀县水土流失率下降至6.95%。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-01-10")}
    assert got["79.39%"] == "龙岩"  # 99.2% stands between it and 长汀县, which names the figures after
    assert got["6.95%"] == "长汀"


def test_claims_a_copys_boards_with_medals_and_a_bracketed_note(extractor) -> None:
    text = ("江西各设区市2024年GDP排名出炉\n2025年02月16日 20:18\n\n【总量榜】\n🥇第1名：南昌 7833.5亿 增长5.0%\n"
            "🥈第2名：赣州 4862.5亿 增长5.2%\n\n说句实话,,吉安今年的表现真的可以 增速4.9%跑赢了九江👍\n\n"
            "【人口榜】（常住人口）\n赣州：894.6万\n南昌：662.3万\n")
    got = {c.text: (c.metric, c.entity, c.period) for c in claims(extractor, text, "2025-02-16")}
    assert got["7833.5亿"] == ("gdp", "南昌", "2024")
    assert got["5.2%"] == ("gdp", "赣州", "2024")
    # the heading opens a section: the 今年 of the remark above it does not go on into the board
    assert got["894.6万"] == ("resident_population", "赣州", "2024")


def test_claims_a_copys_section_of_a_year_ends_at_the_next_heading(extractor) -> None:
    text = ("西北6城2024年GDP大比拼\n2025年03月02日 20:15\n\n【一、经济总量】\n银川：2939.15亿\n西宁：1850.72亿\n\n"
            "【三、和2023年比】\n西宁2023年是1801.13亿,,一年增加了49.59亿\n\n【四、常住人口】\n银川：292.8万\n西宁：249.05万\n")
    got = {c.text: (c.metric, c.entity, c.period) for c in claims(extractor, text, "2025-03-02")}
    assert got["1801.13亿"] == ("gdp", "西宁", "2023")
    assert got["292.8万"] == ("resident_population", "银川", "2024")
    assert got["249.05万"] == ("resident_population", "西宁", "2024")


def test_claims_a_holiday_through_its_paragraph_and_last_years_holiday(extractor) -> None:
    text = ("国庆中秋假期平遥接待游客86.2万人次\n"
            "国庆中秋假期，全县共接待游客86.2万人次，同比增长7.5%。\n"
            "去年国庆假期，全县接待游客80.2万人次。\n"
            "过夜游客明显增多。假期全县接待过夜游客21.3万人次，同比增长9.2%。全县宾馆平均入住率达到82.6%。\n")
    got = {c.text: c.period for c in claims(extractor, text, "2025-10-09")}
    assert got["80.2万人次"] == "2024-10"
    assert got["21.3万人次"] == got["82.6%"] == "2025-10"


def test_claims_growth_at_constant_prices_and_a_keycap_board(extractor) -> None:
    text = ("山西各市2024年GDP排名\n大同市2024年地区生产总值1978.3亿元，按不变价计算增长5.6%。\n\n【增速榜】\n"
            "🥇大同：5.6%\n4\u20e3晋城：3.8%\n")
    got = {(c.line, c.text): (c.metric, c.entity, c.measure) for c in claims(extractor, text, "2025-02-20")}
    assert got[(2, "5.6%")] == ("gdp", "大同", "change")
    assert got[(6, "3.8%")] == ("gdp", "晋城", "change")


def test_claims_a_districts_speaker_at_a_citys_press_conference(extractor) -> None:
    text = ("衢州市2025年上半年经济运行情况新闻发布会\n徐建国：\n上半年，全市实现生产总值1023.5亿元，同比增长6.1%。\n"
            "主持人：\n下面请柯城区方晓东副区长介绍柯城区上半年经济运行情况。\n方晓东：\n"
            "谢谢主持人。上半年，全区实现生产总值236.8亿元，同比增长6.3%。\n全区规模以上工业增加值增长10.5%。\n")
    got = {c.text: c.entity for c in claims(extractor, text, "2025-07-25")}
    assert got["1023.5亿元"] == got["6.1%"] == "衢州"
    assert got["236.8亿元"] == got["6.3%"] == got["10.5%"] == "柯城"


def test_claims_an_estimate_of_a_year_that_is_over_is_no_forecast(extractor) -> None:
    text = ("南平市关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
            "一、2024年计划执行情况\n2024年，全市经济运行稳中有进。\n"
            "预计全年规模以上工业总产值5218.6亿元，完成年度计划的98.5%。\n"
            "预计2025年地区生产总值增长5.5%左右。\n")
    got = {c.text: c.kind for c in claims(extractor, text, "2025-01-20")}
    assert got["5218.6亿元"] == got["98.5%"] == "actual"
    assert got["5.5%左右"] != "actual"


def test_claims_growth_after_the_share_of_a_revised_budget(extractor) -> None:
    text = "全省一般公共预算支出9876.2亿元，完成调整预算的96.7%，增长3.4%。\n"
    got = {c.text: (c.metric, c.measure) for c in claims(extractor, text, "2025-01-15")}
    assert got["3.4%"] == ("public_budget_expenditure", "change")


def test_claims_a_floor_held_for_years_is_of_the_figure_before(extractor) -> None:
    text = "粮食总产量506.8万吨，连续5年稳定在500万吨以上。\n"
    got = {c.text: c.metric for c in claims(extractor, text, "2025-01-15")}
    assert got["500万吨以上"] == got["506.8万吨"] == "grain_output"


def test_claims_about_to_pass_a_mark_looks_ahead_whatever_the_period(extractor) -> None:
    text = ("一、2024年工作回顾\n2024年，全市经济运行稳中有进。\n"
            "上市企业即将突破100家，预计全年规模以上工业总产值5218.6亿元。\n")
    got = {c.text: c.kind for c in claims(extractor, text, "2025-01-20")}
    assert got["5218.6亿元"] == "actual"
    assert got["突破100家"] == "forecast"


def test_claims_trade_with_a_partner_is_trade(extractor) -> None:
    text = "据福建省商务厅公布的资料，2024年闽台贸易额1083.6亿元，增长4.2%；两岸贸易总额2928.5亿美元，增长9.5%。\n"
    got = {c.text: c.metric for c in claims(extractor, text, "2025-03-10")}
    assert got["1083.6亿元"] == got["4.2%"] == got["2928.5亿美元"] == "trade_total"
