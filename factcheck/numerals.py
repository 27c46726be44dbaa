"""Chinese and Arabic numerals to exact decimals, and integers back to Chinese.

`parse_numeral("二十万亿") == Decimal("20000000000000")`; `parse_numeral("3万4000") == 34000`.
Arithmetic is decimal throughout so that `16.4亿` is exactly 1640000000.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3,
    "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9, "幺": 1,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# 兆 is 10^12 as Taiwan writes money (4兆9215億元); 兆瓦 and 兆赫 are units, read before a numeral is
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
DECIMAL_POINTS = {"点", "點", "."}
ZERO = Decimal(0)

#: every character that may appear inside a numeral
NUMERAL_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS) | frozenset("0123456789.,点點")


class NumeralError(ValueError):
    """The string is not a numeral."""


def _tokens(text: str) -> list[tuple[str, Decimal]]:
    """Split a numeral into ('num', value) / ('small', unit) / ('big', unit) tokens."""
    out: list[tuple[str, Decimal]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isdigit() and ch.isascii():
            j = i
            while j < n and (text[j].isascii() and (text[j].isdigit() or text[j] in ",.")):
                j += 1
            literal = text[i:j].replace(",", "").rstrip(".")
            try:
                out.append(("num", Decimal(literal)))
            except InvalidOperation as exc:
                raise NumeralError(text) from exc
            i = j
        elif ch in DIGITS:
            j, digits = i, ""
            while j < n and text[j] in DIGITS:
                digits += str(DIGITS[text[j]])
                j += 1
            if j < n and text[j] in DECIMAL_POINTS and j + 1 < n and text[j + 1] in DIGITS:
                j += 1
                frac = ""
                while j < n and text[j] in DIGITS:
                    frac += str(DIGITS[text[j]])
                    j += 1
                digits += "." + frac
            out.append(("num", Decimal(digits)))
            i = j
        elif ch in SMALL_UNITS:
            out.append(("small", Decimal(SMALL_UNITS[ch])))
            i += 1
        elif ch in BIG_UNITS:
            out.append(("big", Decimal(BIG_UNITS[ch])))
            i += 1
        elif ch in DECIMAL_POINTS:
            # 点 after a unit: "十点五" -> the fraction belongs to the last unit
            j, frac = i + 1, ""
            while j < n and (text[j] in DIGITS or (text[j].isascii() and text[j].isdigit())):
                frac += str(DIGITS.get(text[j], text[j]))
                j += 1
            if not frac:
                raise NumeralError(text)
            out.append(("frac", Decimal("0." + frac)))
            i = j
        else:
            raise NumeralError(text)
    return out


def parse_numeral(text: str) -> Decimal:
    """The exact value of a numeral written with Arabic digits, Chinese digits and scale words."""
    if not text:
        raise NumeralError(text)
    trillions = ZERO  # everything already multiplied by 兆
    total = ZERO  # everything already multiplied by 亿
    wan = ZERO  # the 万 group of the current 亿 group
    section = ZERO  # below 万
    pending: Decimal | None = None  # a digit not yet given its unit
    seen_any = False
    for kind, val in _tokens(text):
        seen_any = True
        if kind == "num":
            pending = val if pending is None else pending * 10 + val
        elif kind == "frac":
            pending = (pending or ZERO) + val
        elif kind == "small":
            section += (pending if pending is not None else Decimal(1)) * val
            pending = None
        elif val == 10**12:  # 4兆9215億: 兆 closes a group of its own, the 億 after it counts anew
            head = total + wan + section + (pending or ZERO)
            trillions += (head if head else Decimal(1)) * val
            total, wan, section, pending = ZERO, ZERO, ZERO, None
        elif val == 10**4:
            head = section + (pending or ZERO)
            wan += (head if head else Decimal(1)) * val  # a bare 万 is one 万
            section, pending = ZERO, None
        else:  # 亿 multiplies everything before it: 二十万亿, 1.7万亿
            head = total + wan + section + (pending or ZERO)
            total = (head if head else Decimal(1)) * val
            wan, section, pending = ZERO, ZERO, None
    if not seen_any:
        raise NumeralError(text)
    return trillions + total + wan + section + (pending or ZERO)


_CN_DIGITS = "零一二三四五六七八九"


def _four(n: int) -> str:
    """0 < n < 10000 in Chinese, with inner zeros (一千零五)."""
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d:
            if zero:
                out += "零"
            out += _CN_DIGITS[d] + name
            zero = False
        elif out:
            zero = True
    return out


def to_chinese(n: int) -> str:
    """A non-negative integer written in Chinese numerals (一万零一十, 二十万亿)."""
    if n < 0:
        raise ValueError(n)
    if n == 0:
        return "零"
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        head = to_chinese(high) + "亿"
        if not low:
            return head
        return head + ("零" if low < 10**7 else "") + to_chinese(low)
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        head = _four(high) + "万"
        if not low:
            return head
        return head + ("零" if low < 1000 else "") + _four(low)
    return _four(n)
