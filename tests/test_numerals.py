"""Tests of factcheck.numerals: parse_numeral and to_chinese."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.numerals import NumeralError, parse_numeral, to_chinese


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,100万", Decimal("11000000")),
        ("3万4000", Decimal("34000")),
        ("二十万亿", Decimal("20000000000000")),
        ("十万零一千", Decimal("101000")),
        ("47.264287亿", Decimal("4726428700")),
        ("一百零三", Decimal("103")),
        ("两万", Decimal("20000")),
        ("百亿", Decimal("10000000000")),
        ("1.7万亿", Decimal("1700000000000")),
        ("16.4亿", Decimal("1640000000")),
        ("拾万零五十六点叁叁", Decimal("100056.33")),
        ("十", Decimal("10")),
        ("十二", Decimal("12")),
        ("零点九", Decimal("0.9")),
        ("2813", Decimal("2813")),
    ],
)
def test_numerals_parse_table(text: str, expected: Decimal) -> None:
    value = parse_numeral(text)
    assert isinstance(value, Decimal)
    assert value == expected


def test_numerals_parse_16_4_yi_is_exact_decimal() -> None:
    # Decimal, not float: 16.4 * 1e8 in binary floating point would be 1639999999.9999998
    value = parse_numeral("16.4亿")
    assert value == Decimal(1640000000)
    assert value.to_integral_value() == value


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "零"),
        (10, "一十"),  # documented formal style (一万零一十)
        (103, "一百零三"),
        (1001, "一千零一"),
        (10010, "一万零一十"),
        (101000, "一十万一千"),
        (100010000, "一亿零一万"),
    ],
)
def test_numerals_to_chinese_table(n: int, expected: str) -> None:
    assert to_chinese(n) == expected


@pytest.mark.parametrize("text", ["", "abc", "元"])
def test_numerals_parse_rejects_non_numerals(text: str) -> None:
    with pytest.raises(NumeralError):
        parse_numeral(text)


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_numerals_round_trip_to_chinese(n: int) -> None:
    assert parse_numeral(to_chinese(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([0, 1, 10, 11, 100, 101, 1000, 1001, 10000, 10001, 100000, 10**8, 10**8 + 1, 10**12]))
def test_numerals_round_trip_edge_values(n: int) -> None:
    assert parse_numeral(to_chinese(n)) == n
