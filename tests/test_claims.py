"""Tests of claim extraction through factcheck.pipeline.Extractor."""

import pytest

from factcheck.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.create()


def claims(extractor: Extractor, text: str, date: str | None = None):
    return extractor.text("t", text, date).claims


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
