"""Time expressions of a text, resolved against the publication date.

Period format: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY/YYYY` (a span of years), `YYYY-Qn`,
`YYYY-Q1..Q3` (cumulative quarters), `YYYY-H1`/`YYYY-H2`, `YYYY-01..11` (cumulative months).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from .numerals import NumeralError, parse_numeral
from .textspans import SECTION_NUMBER

_CN = "零〇一二两三四五六七八九十"
_YEAR_DIGITS = rf"(?:19|20)\d\d|[二][〇零○][{_CN}]{{2}}"  # 2024, 二〇二四, 二零二四
_YEAR = rf"(?P<year>{_YEAR_DIGITS})"
# 第三季度, and as Hong Kong and Taiwan write them: 第三季, 首季, 首三季
_QUARTERS = r"第?[一二三四1-4]季度?|(?:前|首)[三两二32]季度?|首季度?"
# holidays of a fixed month; 中秋国庆 together fall in October (or from the last days of September)
_HOLIDAY_MONTHS = {"中秋国庆": 10, "国庆中秋": 10, "国庆": 10, "五一": 5, "劳动节": 5, "元旦": 1, "清明": 4}
_HOLIDAY_PERIOD = re.compile("“?(?:" + "|".join(_HOLIDAY_MONTHS) + ")")
_HOLIDAY_REACH = 3000  # how far after a holiday a bare 假期 still means it  # 前3季: Taiwan's first three quarters
_PART = (
    rf"(?P<part>{_QUARTERS}|上半年|下半年|全年|"
    rf"(?P<m1>[1-9]|1[0-2]|[{_CN}]{{1,2}})\s?(?:-|—|–|~|至|到)\s?(?P<m2>[1-9]|1[0-2]|[{_CN}]{{1,2}})月(?:份)?|"
    rf"(?P<mon>1[0-2]|0?[1-9]|[{_CN}]{{1,2}})月(?:份)?(?:(?P<day>0?[1-9]|[12]\d|3[01])日)?)"  # 2025年03月02日
)
TIME_EXPR = re.compile(
    # every alternative starts with one of these: the lookahead lets the scan skip other characters fast
    rf"(?=[0-9{_CN}今本当去上前明次截目至现“过近最第全年首民])"
    rf"(?:(?P<iso>(?:19|20)\d\d)-(?P<isom>[01]\d)-(?P<isod>[0-3]\d)"
    rf"|(?P<yspan>{_YEAR_DIGITS})\s?(?:-|—|–|~|至|到)\s?(?P<yspan2>{_YEAR_DIGITS})年"
    # 2023/24年度, and as Hong Kong writes it, 二零二四至二五课税年度
    rf"|(?P<fy>{_YEAR_DIGITS})\s?(?:-|—|–|/|至)\s?(?P<fy2>\d\d|[〇零○一二三四五六七八九]{{2}})\s?(?:财政|课税)?年度"
    # 【2025目标】: a copy's heading writes its year bare
    rf"|{_YEAR}(?:年(?!代)|(?<=【(?:19|20)\d\d)(?=[\u4e00-\u9fff])){_PART}?(?P<since>以来)?"
    rf"|(?P<rel>今年|本年|当年|去年|上年|上一年|前年|明年|次年)(?:{_PART.replace('?P<', '?P<r')})?(?P<relsince>以来)?"
    rf"|(?P<now>截至目前|截止目前|截至|截止|目前|至今|当前|现已)"
    rf"|“?(?P<plan>十[二三四五]五)”?(?:期间|时期|以来)?"
    rf"|(?P<recent>过去|近|最近|前)(?P<n>[{_CN}\d]{{1,2}})(?:个)?年(?P<recent_tail>来|以来|中|间)?"
    rf"|(?P<nyears>[{_CN}\d]{{1,2}})年(?:来|以来)(?!最|新高|新低|首)"  # 为24年来最低: a record, not a span
    rf"|前(?P<firstn>1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])个月"
    rf"|(?<![\d年月份至到\-—–~])(?P<spart>{_QUARTERS}|上半年|下半年|全年|年末|年底|"
    rf"(?P<sm1>[1-9]|1[0-2]|[{_CN}]{{1,2}})\s?(?:-|—|–|~|至|到)\s?(?P<sm2>[1-9]|1[0-2]|[{_CN}]{{1,2}})月(?:份)?)"
    rf"|(?<![\d年十])(?P<lone_mon>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月"
    rf"(?:份|当月|(?P<lone_day>[1-9]|[12]\d|3[01])日|中旬|上旬|下旬|底|末|初"
    # 4月CPI年增2.03%, 4月失业率3.33%: a month opening its clause, what it reports follows
    rf"|(?<=[，,。；;：:\n\s（(]\d月)(?=[\u4e00-\u9fffA-Za-z])|(?<=[，,。；;：:\n\s（(]1[0-2]月)(?=[\u4e00-\u9fffA-Za-z]))"
    # 民国114年, and in a Taiwan document 114年度, 113年上半年: years of the era (see find_time_exprs)
    rf"|(?:(?P<era>民国)(?P<eran>\d{{1,3}}|[{_CN}]{{1,4}})|(?<![\d.满有近逾达])(?<!成立|连续|历经|超过|长达)(?P<eray>[5-9]\d|1[0-4]\d))年(?!代|来|以来)度?{_PART.replace('?P<', '?P<e')}?)"
)
# 国庆中秋假期, “五一”假期: a holiday that falls in one month every year (not 春节, 端午 or 中秋 alone); 假期期间，过夜
# 游客…: the holiday named before. A pattern of its own: their first characters (国, 中, 节) are too common to
# be tried at every place the time pattern is
_HOLIDAY_EXPR = re.compile(
    r"(?=[“国中五劳元清假节黄])"
    rf"(?:“?(?P<holiday>{'|'.join(sorted(_HOLIDAY_MONTHS, key=len, reverse=True))})”?(?=[^，,。；;\n]{{0,8}}?(?:节|假|黄金周|期间))"
    r"|(?P<holiday_again>假期(?:期间|内|中|(?=[，,]))|(?<=[。！？\n\u3000])假期|节日期间|黄金周期间))"
)
_LAST_YEARS = re.compile(r"(?:去年|上年|上一年|前年)$")
_NO_GROUPS = dict.fromkeys(TIME_EXPR.groupindex)
_QUARTERS_OF_MONTHS = {3: "Q1", 6: "H1", 9: "Q1..Q3"}  # months from January that end a quarter
_ERA_BASE = 1911  # 民国1年 is 1912
_PLAN_SPANS = {"十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
_RELATIVE = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1, "次年": 1}


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    period: str | None
    explicit_year: bool  # written as an absolute year (2021年), so it may carry to later paragraphs
    local: bool  # 由2020年的38.4%: applies only to the number it introduces
    span_years: tuple[int, int] | None = None
    is_now: bool = False
    base: bool = False  # 是2019年的2.5倍: the time compared with, the period of no number
    # 其中9月当月 ("clause": until the next semicolon), 分季度看，一季度… ("sentence"): a part named inside a
    # whole, for its own clauses or sentence; 回看2023年 ("paragraph"): a look back; 国庆假期 ("holiday"): the
    # rest of its paragraph, not the paragraphs after it. None goes on after them.
    subset: str | None = None
    # 比2018年的22.12万亿元增加, 与2020年…相比: the year a change is measured from
    compared: bool = False


def _num(text: str) -> int | None:
    try:
        return int(parse_numeral(text))
    except (NumeralError, ValueError):
        return None


def _year(text: str) -> int | None:
    digits = _digits(text)
    return int(digits) if len(digits) == 4 else None


def _digits(text: str) -> str:
    """二零二四 → 2024, digit by digit, as years are written."""
    if text.isdigit():
        return text
    return "".join(str("〇一二三四五六七八九".find(c)) if c in "〇一二三四五六七八九" else ("0" if c in "零○" else "")
                   for c in text)


# 四季度，我们将开展…: what is to come in the part of the year, not last year's
_PLANNED_AFTER = re.compile(r"将|计划|预计|力争|争取|目标|要|拟")
_PART_END_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12, "Q1..Q3": 9, "Q1..Q2": 6}


def _ends_after(period: str, doc_date: str | None) -> bool:
    """Whether a part of a year ends after the publication month (so it cannot have been reported yet)."""
    if not doc_date or len(doc_date) < 7:
        return False
    part = period[5:]
    end = _PART_END_MONTH.get(part) or (int(part[-2:]) if part[-2:].isdigit() else None)
    return end is not None and end > int(doc_date[5:7])


def _with_part(year: int, groups: dict[str, Any], prefix: str = "") -> str:
    part = groups.get(prefix + "part")
    if not part:
        return str(year)
    if "季" in part:
        if part.startswith(("前三", "首三", "前3", "首3")):
            return f"{year}-Q1..Q3"
        if part.startswith(("前两", "首两", "前二", "首二", "前2", "首2")):
            return f"{year}-Q1..Q2"
        if part.startswith("首季"):
            return f"{year}-Q1"
        q = _num(part.strip("第季度"))
        return f"{year}-Q{q}" if q else str(year)
    if part == "上半年":
        return f"{year}-H1"
    if part == "下半年":
        return f"{year}-H2"
    if part == "全年":
        return str(year)
    m1, m2 = groups.get(prefix + "m1"), groups.get(prefix + "m2")
    if m1 and m2:
        a, b = _num(m1), _num(m2)
        if a == 1 and b == 12:
            return str(year)  # 1—12月 is the whole year
        if a == 1 and b in _QUARTERS_OF_MONTHS:
            return f"{year}-{_QUARTERS_OF_MONTHS[b]}"  # 1—6月 is the first half, 1—9月 the first three quarters
        if a and b and 1 <= a < b <= 12:
            return f"{year}-{a:02d}..{b:02d}"
        return str(year)
    mon = groups.get(prefix + "mon")
    month = _num(mon) if mon else None
    if month and 1 <= month <= 12:
        day = groups.get(prefix + "day")
        return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"
    return str(year)


def _same_sentence(text: str, start: int, end: int) -> bool:
    return _SENTENCE_END.search(text, start, end) is None


_SENTENCE_END = re.compile(r"[。！？!?\n]")
_YEAR_OF_PLAN = re.compile(r"”?(?:规划)?的?(?:收官|开局|起步|攻坚|关键|决胜|承上启下|谋篇布局|最后一|第[一二三四五])年?之?年"
                           # 以“十四五”规划为引领: the plan as a guide, no span of the figures after it
                           r"|”?规划(?:纲要)?为(?:引领|统领|指引|指导|牵引)")
# 一、2024年全年经济运行情况, （二）2025年一季度: a numbered section heading that names its year
_NUMBERED_HEADING = re.compile(r"[ \t\u3000]*" + SECTION_NUMBER + r"[^\n。；;]{0,30}(?:\n|$)")
_STOCK_DATE = re.compile(r"(?:截至|截止)\d{4}年[末底]")
_LEVEL_OF = re.compile(r"(?:同期)?(?:水平)?的")
# 记者（21世纪经济报道）： on a line of its own: a reporter's question asks about the conference's period, not
# about the year the answer before it looked back to
_SPEAKER_TURN = re.compile(r"\n[^\n。，,；;]{0,24}记者[^\n。，,；;]{0,24}[：:][ \t]*\n")
_RECORD_SINCE = re.compile(r"[^，,。；;\n\d]{0,10}以来(?:的)?(?:最|首次|新高|新低|同期最)")
# 回看一年前，2023年…; 经第五次全国经济普查修订，2023年全市…: last year's figure restated, no year that goes on
_LOOKING_BACK = re.compile(r"(?:回看|回顾|回望|反观|对比|对照|修订|修正|核实)(?:一下|后)?(?:一年前|去年)?[，,]?$")
# 与2010年第六次全国人口普查的1644860人相比: the year of the figure compared with
# 完成全年目标任务的102.2%, 完成全年目标有基础: the plan's year (but 全年目标5.5%左右 is the target's own)
_WHOLE_YEARS_PLAN = re.compile(r"的?(?:预期|发展)?(?:目标|计划|任务)+(?:的|[，,。；;]|有|打下|奠定)")
_BASE_OF = re.compile(r"[^，,。；;\d]{0,12}?的\s*(?:近|约|超|逾|超过|不到|不足)?[\d〇零一二两三四五六七八九十]")
# 与2010年第六次全国人口普查相比: the census named between the year and 相比
_COMPARED = re.compile(r"(?:第[一二三四五六七八九十]次全国(?:人口|经济)普查(?:数据)?)?(?:同期)?(?:基本)?(?:持平|相比|相当|比较|对比)")
# 其中9月当月增长8.2%；社会消费品零售总额…: the month is a part of the 1—9月 before it, for its own clause;
# 分季度看，一季度增长5.3%，二季度增长5.9%。分产业看…: the quarters break the half year down
# 分季度看, 分月份看, 从季度看, 逐季来看: a sentence that breaks a period down by its parts
BY_PARTS_OF_PERIOD = r"(?:分季度|分季|分月份?|分月度|从季度|从月度|逐季|逐月)(?:来)?看"
_SUBSET_BEFORE = re.compile(rf"(?:其中|{BY_PARTS_OF_PERIOD}|从环比看)[^。；;！？!?\n]{{0,20}}$")


_LEAD_LINE = 40  # characters of a heading or lead line whose year the part-years under it take


def find_time_exprs(text: str, doc_date: str | None, report_year: int | None = None,
                    era_base: int | None = None) -> list[TimeExpr]:
    """Every time expression of the text, resolved (period None when it cannot be).

    A part of a year written without one (12月当月, 1-11月, 上半年) is in the year named just before,
    else in `report_year` (the year a bulletin's title names), else in the publication year.
    `era_base` is the year before an era's first (1911 for 民国): a document from a place that counts
    years so writes 114年度 for 2025. 民国114年 is read so in any document."""
    doc_year = int(doc_date[:4]) if doc_date else None
    out: list[TimeExpr] = []
    last_year: tuple[int, int] | None = None  # (position, year) of the last expression that named a year
    bases: set[int] = set()
    comparisons: set[int] = set()
    flashbacks: set[int] = set()  # 回看2023年，…: a look back that the paragraphs after it do not go on with

    def anchored(pos: int) -> bool:
        """Whether a part of a year at pos is of the year named just before."""
        return bool(last_year) and pos - last_year[0] < 200 and not _SPEAKER_TURN.search(text, last_year[0], pos)

    def across_paragraphs(pos: int) -> bool:
        """Whether the year named just before stands in an earlier paragraph that is no heading or lead line."""
        newline = text.find("\n", last_year[0], pos) if last_year else -1
        if newline < 0:
            return False
        line_start = text.rfind("\n", 0, last_year[0]) + 1
        return newline - line_start > _LEAD_LINE or "。" in text[line_start:newline]

    # 上半年经济成长5.6% in a dispatch's title, then a look back to 2024年, then 上半年大陆国内生产总值…: a part
    # of a year the text first gave without a year keeps that year, unless its own paragraph names another
    first_parts: dict[tuple[str, str | None, str | None], int] = {}

    def part_year(pos: int) -> int | None:
        if anchored(pos):
            return last_year[1]
        return heading_year or report_year or doc_year
    heading_year: int | None = None  # 一、2024年全年经济运行情况: the year of the section a part is in
    matches: Iterable[re.Match[str]] = TIME_EXPR.finditer(text)
    holidays = list(_HOLIDAY_EXPR.finditer(text)) if "假" in text or "节" in text or "期间" in text or "黄金周" in text \
        else []
    if holidays:  # few documents name one: the others keep the single scan
        matches = sorted([*matches, *holidays], key=lambda m: m.start())
    holidays_named: list[TimeExpr] = []  # the holidays named so far, for a later 假期 to mean
    for m in matches:
        g = m.groupdict() if m.re is TIME_EXPR else _NO_GROUPS | m.groupdict()
        if out and out[-1].period and re.match(r"\d{4}", out[-1].period) and not out[-1].span_years \
                and not out[-1].local and not re.fullmatch(r"\d{4}-\d\d-\d\d", out[-1].period) \
                and out[-1].start not in flashbacks \
                and not _STOCK_DATE.match(text, max(0, out[-1].start - 2), out[-1].end + 1):
            # not a dateline, not a look back, not the date a stock is counted at (截至2024年末，常住人口…)
            last_year = (out[-1].end, int(out[-1].period[:4]))
            if _NUMBERED_HEADING.match(text, text.rfind("\n", 0, out[-1].start) + 1):  # 二、2025年一季度… too
                heading_year = last_year[1]
        before = text[max(0, m.start() - 2):m.start()]
        # 比上年增长, 较去年同期: the year compared with, not the period of the number
        # 恢复至2019年水平的86.3%, 由上年同期的2.58
        of_next = text[m.end():m.end() + 1] == "的" or bool(_LEVEL_OF.match(text, m.end()))
        # 与2023年持平, 与2020年的10020.39亿元相比: the year compared with
        # (主要指标增速好于去年: the year compared with, too)
        local = bool(re.search(r"(?:比|较|相比|同比|比较|高于|低于|好于|快于|慢于|优于|超过|不及)$", before)) or bool(
            before.endswith(("与", "和", "同", "跟")) and (_BASE_OF.match(text, m.end()) or _COMPARED.match(text, m.end())))
        if local:
            comparisons.add(m.start())
        # 由2020年的38.4%: the year of that number only; 是2019年的2.5倍: the base it is compared with
        base = of_next and bool(re.search(r"(?:是|相当于|恢复至|恢复到)$", text[max(0, m.start() - 3):m.start()]))
        # 由2020年的7816.4亿元增加到2024年的10776.3亿元: each year is its own figure's
        # (已接近去年全年的12.6万辆: the year of the figure it is measured against)
        # (从上半年的情况看，生产总值增长5.6%: a view from the period, whose figures follow; no base figure)
        local = local or base or (of_next and bool(re.search(r"(?:由|从|到|至|接近|超过|超出)$", before))
                                  and bool(_BASE_OF.match(text, m.end())))
        if base:
            bases.add(m.start())
        if g.get("year") and _RECORD_SINCE.match(text, m.end()):
            local = True  # 为1988年有监测记录以来最好水平: where a record starts, no period of the text
        if g.get("spart") == "全年" and _WHOLE_YEARS_PLAN.match(text, m.end()):
            local = True  # the plan's year, not the period of the figures after it
        if _LOOKING_BACK.search(text, max(0, m.start() - 8), m.start()):
            flashbacks.add(m.start())
        if g["iso"]:
            out.append(TimeExpr(m.start(), m.end(), f"{g['iso']}-{g['isom']}-{g['isod']}", False, local))
        elif g["fy"]:  # 2023至24年度, 2023/24年度: a fiscal year across two calendar years
            a = _year(g["fy"]) or 0
            b = a // 100 * 100 + int(_digits(g["fy2"]) or 0)
            out.append(TimeExpr(m.start(), m.end(), f"{a}/{b}" if b == a + 1 else str(a), False, local, None))
        elif g["yspan"]:
            a, b = _year(g["yspan"]) or 0, _year(g["yspan2"]) or 0
            out.append(TimeExpr(m.start(), m.end(), f"{a}/{b}" if a < b else str(a), False, local, (a, b)))
        elif g.get("rel"):
            if doc_year is None:
                out.append(TimeExpr(m.start(), m.end(), None, False, local))
                continue
            year = doc_year + _RELATIVE[g["rel"]]
            if g["rel"] in ("当年", "次年") and last_year and _same_sentence(text, last_year[0], m.start()):
                # 2023年，项目获批，当年完成投资18.6亿元: the year just named; 次年 the one after it
                year = last_year[1] + (1 if g["rel"] == "次年" else 0)
            elif g["rel"] == "当年" and (heading_year or report_year):
                # 当年收支结余 in a report on the 2024 budget; 当年新增8420家 under 一、2024年工作回顾
                year = heading_year or report_year or year
            # 去年国庆假期: the year of the holiday it names, for that sentence only
            of_holiday = "holiday" if holidays and _HOLIDAY_PERIOD.match(text, m.end()) else None
            out.append(TimeExpr(m.start(), m.end(), _with_part(year, g, "r"), False, local, subset=of_holiday))
        elif g.get("holiday"):
            month = _HOLIDAY_MONTHS[g["holiday"]]
            if last_year and last_year[0] == m.start():
                year: int | None = last_year[1]  # 2025年国庆中秋假期
            elif doc_date and len(doc_date) >= 7:
                year = int(doc_date[:4]) - (int(doc_date[5:7]) < month)  # the last one, not one to come
            else:
                year = doc_year
            # the holiday's figures are of its sentence: the paragraph after it goes on with the year's
            out.append(TimeExpr(m.start(), m.end(), f"{year}-{month:02d}" if year else None, False, local,
                                subset="holiday"))
            if year:
                holidays_named.append(out[-1])
        elif g.get("holiday_again"):
            named = holidays_named[-1] if holidays_named else None
            if named is None or m.start() - named.end > 2:  # (国庆假期: the holiday just named)
                # not 去年国庆假期: a look back at the last one, which the text compares with
                named = next((t for t in reversed(holidays_named)
                              if not _LAST_YEARS.search(text, max(0, t.start - 3), t.start)), named)
            if named is not None and m.start() - named.end < _HOLIDAY_REACH:
                out.append(TimeExpr(m.start(), m.end(), named.period, False, local, subset="holiday"))
        elif g["now"]:
            out.append(TimeExpr(m.start(), m.end(), doc_date, False, local, is_now=True))
        elif g["plan"]:
            a, b = _PLAN_SPANS[g["plan"]]
            last_full = doc_year - 1 if doc_year else report_year
            if m.group().endswith("以来") and last_full and a <= last_full < b:
                b = last_full  # “十四五”以来 in a 2025 report: 2021 to the last full year
            # 今年是“十四五”规划收官之年: which year of the plan this one is, no span of the figures after it
            which_year = bool(_YEAR_OF_PLAN.match(text, m.end()))
            out.append(TimeExpr(m.start(), m.end(), f"{a}/{b}", False, local or which_year, (a, b)))
        elif g["recent"] or g["nyears"]:
            n = _num(g["n"] or g["nyears"])
            if not n or doc_year is None or n > 30:
                continue
            a, b = doc_year - n, doc_year - 1
            if a == b:  # 过去一年: the last year, not a span
                out.append(TimeExpr(m.start(), m.end(), str(a), False, local))
            else:
                out.append(TimeExpr(m.start(), m.end(), f"{a}/{b}", False, local, (a, b)))
        elif g["firstn"]:
            n = _num(g["firstn"]) or 0
            year = part_year(m.start())
            if year is None or not 2 <= n <= 12:
                continue
            period = str(year) if n == 12 else f"{year}-{_QUARTERS_OF_MONTHS.get(n, f'01..{n:02d}')}"
            out.append(TimeExpr(m.start(), m.end(), period, False, local))
        elif g["spart"]:
            # 前三季度, 上半年, 1-11月 without a year: the year just named, else the publication year
            parts = {"part": "全年" if g["spart"] in ("年末", "年底") else g["spart"], "m1": g["sm1"], "m2": g["sm2"]}
            key = (parts["part"], parts["m1"], parts["m2"])
            if anchored(m.start()):
                year = last_year[1]
                if key in first_parts and across_paragraphs(m.start()):
                    year = first_parts[key]
            elif g["spart"] in ("全年", "年末", "年底") or part_year(m.start()) is None:
                continue
            else:
                year = part_year(m.start())
                if heading_year is None:  # the publication's or the report's year, not a section's
                    first_parts.setdefault(key, year)
            whole_year = parts["part"] == "全年"
            if not whole_year and year == doc_year and not (last_year and m.start() - last_year[0] < 200) \
                    and _ends_after(_with_part(year, parts), doc_date) \
                    and not _PLANNED_AFTER.search(text, m.end(), min(len(text), m.end() + 24)):
                year -= 1  # 一季度增长6.0% in a January release: last year's quarter, none to come
            out.append(TimeExpr(m.start(), m.end(), _with_part(year, parts), whole_year, local))
        elif g["eray"] or g["era"]:
            base = _ERA_BASE if g["era"] else era_base
            number = _num(g["eran"] or g["eray"])
            if base is None or not number:
                continue  # 100年: no year of an era outside a document that counts years so
            year = base + number
            period = _with_part(year, g, "e")
            out.append(TimeExpr(m.start(), m.end(), period, not g.get("epart") or g.get("epart") == "全年", local))
        elif g["lone_mon"]:
            day = g["lone_day"]
            # 1月26日 dates the report; 12月当月 is a month of the year the sentence names, else of the
            # year reported on
            if day:
                year = doc_year
            elif last_year and _same_sentence(text, last_year[0], m.start()):
                year = last_year[1]
            else:
                year = report_year or doc_year
            month = _num(g["lone_mon"]) or 0
            if not day and year is not None and doc_date and year == doc_year and len(doc_date) >= 7 \
                    and month > int(doc_date[5:7]) and not last_year:
                year -= 1  # 12月份…上涨0.1% in a release of February: last December, no month to come
            if year is None or not 1 <= month <= 12:
                continue
            period = f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"
            out.append(TimeExpr(m.start(), m.end(), period, False, local))
        else:
            year = _year(g["year"] or "")
            if year is None:
                continue
            if g["since"] and doc_year and doc_year > year + 1:
                out.append(TimeExpr(m.start(), m.end(), f"{year}/{doc_year}", True, local, (year, doc_year)))
                continue
            period = _with_part(year, g)
            # 截至2020年11月1日零时: the date a count is taken at goes on like a year
            explicit = not g.get("part") or g.get("part") == "全年" or before.endswith(("截至", "截止"))
            out.append(TimeExpr(m.start(), m.end(), period, explicit, local))
    return [_marked(text, t, t.start in bases, t.start in flashbacks, t.start in comparisons) for t in out]


def _marked(text: str, t: TimeExpr, base: bool, flashback: bool, compared: bool) -> TimeExpr:
    found = _SUBSET_BEFORE.search(text, max(0, t.start - 24), t.start)
    subset = None if found is None else "clause" if found.group().startswith("其中") else "sentence"
    subset = subset or ("paragraph" if flashback else None) or t.subset
    return replace(t, base=base, subset=subset, compared=compared) if base or subset or compared else t


_PERIOD = re.compile(r"(\d{4})(?:/(\d{4}))?(?:-(.*))?$")


@functools.lru_cache(maxsize=8192)  # sorting findings asks for the same few periods again and again
def period_key(period: str | None) -> tuple[int, int, int, int] | None:
    """(first month, last month) in months since year 0 and a granularity rank, for ordering."""
    if not period:
        return None
    m = _PERIOD.match(period)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2):
        return (year * 12, int(m.group(2)) * 12 + 11, 0, 0)
    rest = m.group(3)
    if not rest:
        return (year * 12, year * 12 + 11, 1, 0)
    base = year * 12
    if rest.startswith("Q"):
        qs = [int(x) for x in re.findall(r"\d", rest)]
        return (base + (qs[0] - 1) * 3, base + qs[-1] * 3 - 1, 2, 0)
    if rest.startswith("H"):
        h = int(rest[1])
        return (base + (h - 1) * 6, base + h * 6 - 1, 2, 0)
    months = re.match(r"(\d\d)(?:\.\.(\d\d))?(?:-(\d\d))?$", rest)
    if not months:
        return (base, base + 11, 1, 0)
    first = int(months.group(1))
    last = int(months.group(2) or months.group(1))
    day = int(months.group(3) or 0)
    if months.group(2):
        return (base, base + last - 1, 2, 0)
    return (base + first - 1, base + last - 1, 3 if not day else 4, day)
