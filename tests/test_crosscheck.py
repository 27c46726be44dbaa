"""Every verdict, on small synthetic documents read by the real extractor."""

from __future__ import annotations

import pytest

from factcheck.api import checker
from factcheck.lexicon import load_lexicon
from factcheck.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.create()


def findings(extractor: Extractor, *docs: tuple[str, str, str | None], metric: str | None = None):
    claims = []
    for name, text, date in docs:
        claims.extend(extractor.text(name, text, date).claims)
    if metric:
        claims = [c for c in claims if c.metric == metric]
    return checker(load_lexicon()).findings(claims, include_single=True)


def verdicts(found) -> list[str]:
    return [f.verdict for f in found]


def test_crosscheck_rounding_agrees(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州地区生产总值8807.6亿元。", None),
                     ("b.txt", "2021年常州地区生产总值8800亿元。", None), metric="gdp")
    assert verdicts(found) == ["agree"]


def test_crosscheck_lower_bound_agrees_with_value_above_it(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州地区生产总值突破8500亿元。", None),
                     ("b.txt", "2021年常州地区生产总值8807.6亿元。", None), metric="gdp")
    assert verdicts(found) == ["agree"]


def test_crosscheck_disjoint_values_conflict_with_both_citations(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州地区生产总值8807.6亿元。", None),
                     ("b.txt", "2021年常州地区生产总值8907.6亿元。", None), metric="gdp")
    assert verdicts(found) == ["conflict"]
    assert "a.txt:1" in found[0].reason and "b.txt:1" in found[0].reason


def test_crosscheck_different_years_are_a_timeline(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2023年常州新能源产业产值达7680亿元。", None),
                     ("b.txt", "2024年常州新能源产业规模突破8500亿元。", None), metric="new_energy_output")
    assert verdicts(found) == ["timeline"]
    assert "+10.7% or more" in found[0].reason


def test_crosscheck_target_against_outcome(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2024年常州力争新能源产业规模突破8800亿元。", "2024-06-07"),
                     ("b.txt", "2024年常州新能源产业规模达9000亿元。", "2025-01-20"), metric="new_energy_output")
    tva = [f for f in found if f.verdict == "target_vs_actual"]
    assert len(tva) == 1 and tva[0].outcome == "met"
    missed = findings(extractor, ("a.txt", "2024年常州力争新能源产业规模突破8800亿元。", "2024-06-07"),
                      ("b.txt", "2024年常州新能源产业规模达8000亿元。", "2025-01-20"), metric="new_energy_output")
    assert [f.outcome for f in missed if f.verdict == "target_vs_actual"] == ["missed"]


def test_crosscheck_decline_target_met_by_a_larger_fall(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州力争单位GDP能耗下降3%以上。", "2021-02-01"),
                     ("b.txt", "2021年常州单位GDP能耗下降3.5%。", "2022-02-01"), metric="energy_intensity")
    assert [f.outcome for f in found if f.verdict == "target_vs_actual"] == ["met"]


def test_crosscheck_cumulative_total_going_down_conflicts(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "截至2022年底，常州累计建成人才公寓5万套。", None),
                     ("b.txt", "截至2023年底，常州累计建成人才公寓4万套。", None), metric="talent_apartments")
    assert verdicts(found) == ["conflict"]
    assert "cumulative" in found[0].reason


def test_crosscheck_estimate_and_final_figure_is_a_revision(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "预计2021年常州地区生产总值8700亿元。", None),
                     ("b.txt", "2021年常州地区生产总值8807.6亿元。", None), metric="gdp")
    assert verdicts(found) == ["revision"]


def test_crosscheck_reprint_is_one_source(extractor: Extractor) -> None:
    text = "2021年常州地区生产总值8807.6亿元。"
    found = findings(extractor, ("a.txt", text, None), ("b.txt", text, None), metric="gdp")
    assert verdicts(found) == ["agree"]
    assert "one source" in found[0].reason


def test_crosscheck_single_source_only_with_all(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州地区生产总值8807.6亿元。", None), metric="gdp")
    assert verdicts(found) == ["single"]


def test_crosscheck_list_items_are_never_compared(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州钢铁、水泥、电力行业用能占比分别为49.7%、15.1%和11.9%。", None))
    assert "conflict" not in verdicts(found)


def test_crosscheck_different_named_scopes_are_not_compared(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州新增上市企业10家。", None),
                     ("b.txt", "2021年常州累计上市企业81家。", None), metric="listed_companies")
    assert "different_scope" in verdicts(found) and "conflict" not in verdicts(found)


@pytest.mark.parametrize(
    ("growth", "verdict", "reason"),
    [
        ("增长12.8%", "agree", "matches the levels"),  # the levels give +12.8%
        # real 9.1% against nominal +12.8%: an implied deflator of +3.4% is no contradiction
        ("按可比价格计算，增长9.1%", "agree", "price change of +3.4%"),
        ("增长30.5%", "conflict", "beyond any plausible deflator"),
        ("名义增长9.1%", "conflict", "contradicted by the levels"),  # a nominal rate is held to the levels
    ],
)
def test_crosscheck_growth_rate_against_levels(extractor: Extractor, growth: str, verdict: str, reason: str) -> None:
    found = findings(extractor, ("a.txt", "2020年常州地区生产总值7805.3亿元。", None),
                     ("b.txt", f"2021年常州地区生产总值8807.6亿元，{growth}。", None), metric="gdp")
    checks = [f for f in found if f.measure == "change" and len(f.claims) == 3]
    assert [f.verdict for f in checks] == [verdict]
    assert reason in checks[0].reason


def test_crosscheck_part_year_and_full_year_are_a_timeline(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年前三季度，常州地区生产总值6520.3亿元。", None),
                     ("b.txt", "2021年常州地区生产总值8807.6亿元。", None), metric="gdp")
    assert verdicts(found) == ["timeline"]
    assert [c.period for c in found[0].claims] == ["2021-Q1..Q3", "2021"]


def test_crosscheck_above_designated_size_is_not_all_industry(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州规上工业增加值增长13.6%。", None),
                     ("b.txt", "2021年常州工业增加值增长10.2%。", None), metric="industrial_value_added")
    assert "different_scope" in verdicts(found) and "conflict" not in verdicts(found)


def test_crosscheck_urban_and_rural_income_are_different_scopes(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州城镇居民人均可支配收入增长8.5%。", None),
                     ("b.txt", "2021年常州农村居民人均可支配收入增长10.1%。", None))
    assert "conflict" not in verdicts(found)


def test_crosscheck_ranks_in_different_tables_are_not_compared(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2021年常州市地区生产总值以8807.6亿元排名全国第二十五。", None),
                     ("b.txt", "2021年常州地区生产总值增长9.1%，增速全省第四。", None), metric="gdp")
    assert [f.verdict for f in found if f.measure == "rank"] == ["single", "single"]  # two tables, two singles
    same = findings(extractor, ("a.txt", "2021年常州地区生产总值增速全省第四。", None),
                    ("b.txt", "2021年常州地区生产总值增速全省第三。", None), metric="gdp")
    assert [f.verdict for f in same if f.measure == "rank"] == ["conflict"]


def test_crosscheck_urban_and_rural_growth_in_different_documents_are_not_a_conflict(extractor: Extractor) -> None:
    # the rates name no scope themselves: they carry that of the income they follow
    found = findings(extractor, ("a.txt", "2023年常州城镇居民人均可支配收入78214元，增长4.9%。", None),
                     ("b.txt", "2023年常州农村居民人均可支配收入48903元，增长6.8%。", None), metric="disposable_income")
    assert "conflict" not in verdicts(found) and "different_scope" in verdicts(found)


def test_crosscheck_an_average_growth_is_not_a_years_growth(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "过去五年，甘肃全省生产总值由2017年的7459.9亿元增加到2022年的11201.6亿元，年均增长5.8%。"
                                          "2022年，全省生产总值达到11201.6亿元，增长4.5%。", "2023-01-15"), metric="gdp")
    assert "conflict" not in verdicts(found)
    assert "timeline" in verdicts(found) and "agree" in verdicts(found)  # 2017 → 2022, and 11201.6 twice


def test_crosscheck_a_target_named_after_the_number(extractor: Extractor) -> None:
    claims = extractor.text("t.txt", "2024年单位GDP能耗下降3.1%，超额完成自治区下达的下降2.8%的年度目标。").claims
    assert [c.kind for c in claims] == ["actual", "target"]


def test_crosscheck_the_same_months_written_two_ways_are_one_period(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2025年前三季度，重庆地区生产总值24036.59亿元。", None),
                     ("b.txt", "2025年1—9月，重庆地区生产总值24036.59亿元。", None), metric="gdp")
    assert verdicts(found) == ["agree"]
    assert [c.period for c in found[0].claims] == ["2025-Q1..Q3", "2025-Q1..Q3"]


def test_crosscheck_a_figure_naming_no_residents_is_the_total(extractor: Extractor) -> None:
    found = findings(
        extractor,
        ("a.txt", "2024年河南居民人均可支配收入30714元。2024年河南城镇居民人均可支配收入40945元。"
                  "2024年河南城镇常住人口5741万人。2024年河南常住人口9785万人。", None),
        ("b.txt", "2024年河南城镇居民人均可支配收入40945元。2024年河南全体居民人均可支配收入30714元。", None))
    by_metric = {(f.metric, f.verdict) for f in found}
    assert ("disposable_income", "conflict") not in by_metric
    assert ("resident_population", "conflict") not in by_metric
    agreed = [sorted(c.value for c in f.claims) for f in found if f.verdict == "agree"]
    assert sorted(agreed) == [[30714.0, 30714.0], [40945.0, 40945.0]]


def test_crosscheck_a_figure_joins_the_part_that_counts_the_same_thing(extractor: Extractor) -> None:
    found = findings(
        extractor,
        ("a.txt", "2024年扬州全体居民人均可支配收入50231元;城镇居民人均可支配收入62318元。", None),
        ("b.txt", "2024年扬州城镇居民人均可支配收入62318元。", None), metric="disposable_income")
    assert [(f.verdict, sorted(c.doc for c in f.claims)) for f in found if f.verdict == "agree"] == [
        ("agree", ["a.txt", "b.txt"])]


def test_crosscheck_parts_of_trade_by_product_or_owner_are_no_conflict(extractor: Extractor) -> None:
    found = findings(extractor, ("a.txt", "2024年，我国出口25.45万亿元，增长7.1%。出口机电产品15.12万亿元，增长8.7%。"
                                          "民营企业出口15.87万亿元，增长9.4%。", None), metric="exports")
    assert "conflict" not in verdicts(found)


def test_crosscheck_rural_income_agrees_with_its_copy_whichever_comes_first(extractor: Extractor) -> None:
    # a.txt states the total and the rural figure in two sentences, b.txt in one: the rural figure of a.txt
    # must not be taken into the total's part before b.txt's rural figure is seen
    found = findings(extractor,
                     ("a.txt", "2024年陕西全体居民人均可支配收入33895元。农村居民人均可支配收入17816元。", None),
                     ("b.txt", "2024年陕西全体居民人均可支配收入33895元；农村居民人均可支配收入17816元。", None),
                     metric="disposable_income")
    agreeing = {c.value for f in found if f.verdict == "agree" for c in f.claims}
    assert agreeing == {33895, 17816}
    assert "conflict" not in verdicts(found)


def test_crosscheck_visitor_groups_are_parts_of_all_visitors(extractor: Extractor) -> None:
    # mainland and Hong Kong visitors are parts of the arrivals, not rival counts of them
    text = ("2024年入境旅客共3,490.3萬人次，按年增長23.7%。內地旅客有2,489.3萬人次，香港旅客有745.8萬人次。"
            "過夜旅客人均消費4,215澳門元。")
    found = findings(extractor, ("a.txt", "澳門統計暨普查局\n" + text, "2025-01-20"),
                     ("b.txt", "澳門統計暨普查局\n2024年入境旅客共3,490.3萬人次。", "2025-01-21"), metric="tourist_visits")
    assert "conflict" not in verdicts(found)
    assert any(f.verdict == "agree" and {c.value for c in f.claims} == {34903000} for f in found)


def test_crosscheck_nominal_and_quarter_on_quarter_growth_are_series_of_their_own(extractor: Extractor) -> None:
    text = ("按當時市價計算，2024年香港本地生產總值為31,745億港元，較2023年上升4.3%。"
            "2024年全年香港本地生產總值按年實質增長2.5%。第四季香港本地生產總值按年實質增長2.4%，按季實質上升0.8%。")
    found = findings(extractor, ("a.txt", text, "2025-02-26"), ("b.txt", "2024年香港本地生產總值實質增長2.5%。", "2025-02-27"),
                     metric="gdp")
    assert "conflict" not in verdicts(found)
    assert any(f.verdict == "agree" for f in found)


def test_crosscheck_values_one_document_gives_side_by_side_are_told_apart(extractor: Extractor) -> None:
    # the report gives the city's growth and, misread as the city's, its zone's: no conflict, the restatements agree
    report = ("b.txt", "宜宾市政府工作报告\n2024年全市地区生产总值增长6.6%。\n\n宜宾地区生产总值增长8.9%，高于全市2.3个百分点。", "2025-01-20")
    copies = [("c.txt", "2024年宜宾地区生产总值增长6.6%。", "2025-02-01"), ("d.txt", "宜宾去年GDP增长6.6%。", "2025-02-10")]
    found = findings(extractor, report, *copies, metric="gdp")
    got = [(f.verdict, sorted(c.text for c in f.claims)) for f in found if f.measure == "change" and f.unit == "%"]
    assert ("different_scope", ["6.6%", "6.6%", "6.6%", "8.9%"]) in got
    assert ("agree", ["6.6%", "6.6%", "6.6%"]) in got
    assert "conflict" not in [v for v, _ in got]


def test_crosscheck_a_copys_wrong_value_still_conflicts_beside_a_value_set_apart(extractor: Extractor) -> None:
    bulletin = ("a.txt", "2024年唐山地区生产总值9432.8亿元。", "2025-03-01")
    wiki = ("w.txt", "唐山市\n2024年，唐山市地区生产总值9432.8亿元。\n\n唐山地区生产总值1256.3亿元。", "2025-04-01")
    copy = ("c.txt", "唐山 2024年GDP 9342.8亿", "2025-02-01")
    found = findings(extractor, bulletin, wiki, copy, metric="gdp")
    conflicts = [sorted(c.text for c in f.claims) for f in found if f.verdict == "conflict"]
    assert conflicts == [["9342.8亿", "9432.8亿元", "9432.8亿元"]]


def test_crosscheck_a_slip_within_one_document_still_conflicts(extractor: Extractor) -> None:
    wiki = ("w.txt", "大同市\n地区生产总值：1921.9亿元（2024年）\n\n2024年，大同市地区生产总值1912.9亿元。", "2025-04-01")
    other = ("p.txt", "2024年大同地区生产总值1912.9亿元。", "2025-07-20")
    found = findings(extractor, wiki, other, metric="gdp")
    assert [sorted(c.text for c in f.claims) for f in found if f.verdict == "conflict"] == [
        ["1912.9亿元", "1912.9亿元", "1921.9亿元"]]


def test_crosscheck_two_rates_one_document_gives_are_no_slip(extractor: Extractor) -> None:
    report = ("x.txt", "西安市政府工作报告\n2024年末常住人口城镇化率80.32%。\n\n城镇化率79.2%。", "2025-01-20")
    copy = ("y.txt", "2024年西安常住人口城镇化率80.32%。", "2025-02-01")
    found = findings(extractor, report, copy, metric="urbanization_rate")
    assert "conflict" not in verdicts(found)


def test_crosscheck_a_figure_with_no_word_of_its_stock_joins_the_part_holding_its_value(extractor: Extractor) -> None:
    # 412万千瓦 in the copy says neither 新增 nor 总量: it is the total the report gives, not the addition
    found = findings(extractor,
                     ("a.txt", "2024年，克拉玛依全年新增新能源装机186万千瓦，新能源装机总量达到412万千瓦。", None),
                     ("b.txt", "2024年克拉玛依新能源装机412万千瓦。", None), metric="new_energy_capacity")
    assert "conflict" not in verdicts(found)
    assert any(f.verdict == "agree" and {c.doc for c in f.claims} == {"a.txt", "b.txt"} for f in found)
