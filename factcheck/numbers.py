"""Find the numbers of a normalised text: value, unit, scale and how exact they are.

Runs on the analysis text (simplified script, ASCII digits). Produces `Mention`s with
spans in that text; deciding what a number is about is the claims stage's job.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from .lexicon import Lexicon, Unit
from .numerals import BIG_UNITS, DIGITS, NumeralError, parse_numeral
from .periods import find_time_exprs
from .textspans import WRITTEN_YEAR, unit_heading

_CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_CN_SMALL = "十百千拾佰仟"
_CN_BIG = "万亿萬億兆"
_RUN = re.compile(rf"[0-9{_CN_DIGITS}{_CN_SMALL}{_CN_BIG}][0-9.,点{_CN_DIGITS}{_CN_SMALL}{_CN_BIG}]*")
_SCALE = re.compile(r"万亿|千万|百万|万|亿|千|百")
_ENGLISH_SCALES = {"trillion": Decimal(10) ** 12, "billion": Decimal(10) ** 9, "million": Decimal(10) ** 6}
_ENGLISH_SCALE = re.compile(r" ?(trillion|billion|million)\b", re.I)
# The lookbehind starts a fraction only where a numeral run starts: scanning from every position
# inside a long run would make the search quadratic.
_FRACTION = re.compile(
    rf"(?<![0-9{_CN_DIGITS}十百千万拾佰仟萬])"
    rf"(百万|千万|[{_CN_DIGITS}十百千万拾佰仟萬]{{1,8}}|\d{{1,8}})分之([0-9.,点{_CN_DIGITS}{_CN_SMALL}{_CN_BIG}]+|百)"
)
_REGION = r"全国|全省|全市|全球|世界|全国同类城市|同类城市|苏南|苏北|苏中|长三角|全区|全县|省内|国内"
_RANK = re.compile(
    # every alternative starts with one of these: the lookahead lets the scan skip other characters fast
    r"(?=[排居位名列第全世同苏长省国进跻挺迈稳并保跃])"
    rf"(?:(?:排名|排在|排|居|位居|位列|名列|列)(?:{_REGION})?第([0-9{_CN_DIGITS}十]+)(?:位|名)?"
    rf"|第([0-9{_CN_DIGITS}十]+)(?:位|名)"
    rf"|(?:{_REGION})第([0-9{_CN_DIGITS}十]+)(?![个届次轮批期场季条张项部章节])"
    # 居全省首位, 稳居西北首位, 跃居全国首位, 继续保持全市首位: the first, among the group the words name
    rf"|(?:居|位居|列|稳居|跃居|保持)(?:{_REGION}|[\u4e00-\u9fff]{{0,8}}?)(首位)"
    # 进入全国城市前15位: a rank at most 15 (常住人口前三名： heads a list)
    rf"|(?:进入|跻身|挺进|迈入|位居|位列|稳居)[\u4e00-\u9fff]{{0,6}}?前([0-9{_CN_DIGITS}十]+)(?:位|名)"
    # 位居各省区第一, 总量居各区县第一, 并列十强省份第一: a rank among a group the words name
    rf"|(?:位居|位列|稳居|名列|并列|保持|居(?![民住家然委室多]))[\u4e00-\u9fff]{{1,8}}?第([0-9{_CN_DIGITS}十]+)"
    rf"(?![0-9{_CN_DIGITS}十个届次轮批期场季条张项部章节方梯阵档线])(?:位|名)?)"  # 第一方阵, 第一梯队: tiers
)
# 前进3位, 上升2个位次: a rank that moved (up is better: a smaller number)
_RANK_MOVE = re.compile(rf"(前进|上升|提升|跃升|提高|后退|下降|下滑)了?([0-9{_CN_DIGITS}十]+)个?(?:位次|位)")
_RANK_FALLS = ("后退", "下降", "下滑")
_ORDINAL = re.compile(rf"第([0-9{_CN_DIGITS}十百]+)(个|届|次|轮|批|期|场)(?!度)")
_MEETING = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:代表大会|人大|政协|全会|会议|委员会)")
_FIRST = re.compile(rf"第[0-9{_CN_DIGITS}十百千]+")
# literal first, lookbehind after it: the engine jumps between candidates (see normalise._STRAY_SPACE)
# 9.2:37.0:53.8 after 结构 or 比例 (full-width colons became ASCII in normalisation)
_STRUCTURE = re.compile(r"(?<![\d.:])(\d{1,2}(?:\.\d+)?):(\d{1,2}(?:\.\d+)?)(?::(\d{1,2}(?:\.\d+)?))?(?![\d:])")
_STRUCTURE_WORD = re.compile(r"结构|比例|构成")
_NO_VALUE = re.compile(r"[-—–/…\s]+|[-—–]*\s*[（(]?(?:无|暂无|空|略)[）)]?")  # a cell with no figure: —, …, 无
_AGE_GROUP = re.compile(r"(?:及|和)?(?:以上|以下)?的?(?:老年|老人|人口|人群|居民|儿童|青少年|少年|妇女|群体|人员|男性|女性|"
                        r"劳动|失能|高龄|退休|城乡居民|农村|城镇|户籍)")
_STRUCTURE_CHANGED_TO = re.compile(r"(?:调整|优化|变化|转变|演变|改变|变)?(?:为|到|至)")
_HALF_TENTH = re.compile(r"半成(?<![0-9一二三四五六七八九十两]半成)")
_HALF = re.compile(r"一半(?<![0-9一二三四五六七八九十两]一半)")
_DOUBLING = re.compile(r"翻了?(一|两|二|三)?番")
_RANGE_SEP = re.compile(r"\s?(?:-|—|–|~|～|至|到)\s?")
# a currency written before the figure: 人民币500亿元, US$5亿; 新台币15亿元 and 港币100亿元 are not yuan
_CURRENCY_PREFIX = {"人民币": "CNY", "RMB": "CNY", "￥": "CNY", "¥": "CNY", "$": "USD", "US$": "USD", "€": "EUR",
                    "新台币": "TWD", "台币": "TWD", "港币": "HKD", "港元": "HKD", "澳门币": "MOP", "澳门元": "MOP"}
_PREFIX_RE = re.compile("(" + "|".join(map(re.escape, sorted(_CURRENCY_PREFIX, key=len, reverse=True))) + r")[ \t]*\Z")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_IDENT_BEFORE = re.compile(r"[A-Za-z0-9_#@/]$")
_METRIC_ACRONYM = re.compile(r"(?<![A-Za-z])(?:GDP|CPI|PPI|PMI|GNP|GNI)$")
# what may stand right after a numeral that is a quantity, besides a unit: 多/余/来, 半, a range, a space
_AFTER_NUMERAL = frozenset("多余来半-—–~～至到 、和及与")
_LIST_SEP = re.compile(r"\s?(?:、|和|及|与)\s?")
_MONEY_CONTEXT = re.compile(
    r"生产总值|GDP|产值|营收|收入|投资|总额|规模|销售|利润|资金|消费|融资|贷款|存款|税|预算|零售|进出口|出口|进口|"
    r"增加值|资产|市值|交易额|成交额|补贴|经费|支出|营业额|经济总量|社零|外贸|贸易|外资|总量|成绩单|花费"
)
_PEOPLE_CONTEXT = re.compile(r"人口|人数|就业人员|从业人员")
_OTHER_COUNT_CONTEXT = re.compile(r"游客|旅客|客流|人次|吞吐量|发电量|用电量|产量")  # 接待游客1.2亿: not money
# | area_total_km2 = 13283 <ref…>: an infobox field holding a bare number
_WIKI_FIELD = re.compile(r"^[ \t]*\|[ \t]*([A-Za-z_0-9]{3,40})[ \t]*=[ \t]*(\d[\d,]*(?:\.\d+)?)[ \t]*(?=<ref|$)", re.M)
_CENSUS_BLOCK = re.compile(r"\{\{[ \t]*Historical populations[^\n]*\n(?:[^\n]*\n){0,40}?[ \t]*\}\}", re.I)
_CENSUS_ROW = re.compile(r"^[ \t]*\|[ \t]*((?:19|20)\d\d)[ \t]*\|[ \t]*(\d[\d,]*)[ \t]*$", re.M)
_LIST_OF_MONEY = 1500  # how far above a bare 亿 words about money make it money, when nothing counted is nearer
_MONEY_REACH = 120  # 一 经济总量⏎福州…1.42万亿 泉州也有1.31万亿: a copy's section about money
_PER_HEAD_MONEY = re.compile(r"人均(?:GDP|地区生产总值|生产总值|可支配收入|收入|消费支出)?")  # 人均7.3万
_LISTED = re.compile(r"(?:^|\n)[^\n\d]{1,8}[：: \t\u3000]*$")  # 西安：1316.3万, 武汉 1382.9万
_LISTED_REACH = 80
# 年主营业务收入2000万元及以上的工业法人单位: the bound that defines a class of units counts nothing
_BOUND_CLASS = re.compile(r"的[\u4e00-\u9fff、]{0,8}?(?:法人单位|单位|企业|项目|批发业|零售业|住宿业|餐饮业)")
_DEFINING_BOUND = re.compile(r"(?:及以上|以上)" + _BOUND_CLASS.pattern)
_LISTED_LINE = re.compile(r"(?:【[^】\n\d]{1,12}】)?[^\n\d]{1,8}[：: \t\u3000]*[\d.]+万")  # (【冷知识】襄阳常住人口526.1万)
_PAGE_CHROME = re.compile(r"(?:浏览|阅读|点击|访问|评论|点赞|收藏|转发|分享)过?(?:次数|量|数)?\s*[:：]?\s*$")
# 1.2万次分享, 12,345次浏览: a page counter written after its number
_CHROME_AFTER = re.compile(r"[ \t\u3000]*(?:次|人)?(?:分享|浏览|阅读|点赞|评论|转发|收藏)")
_QUOTE_PAIRS = (("“", "”"), ("「", "」"), ('"', '"'), ("《", "》"))
_PERCENT_DENOM = {"百": 100, "千": 1000, "万": 10000, "百万": 10**6, "千万": 10**7, "十": 10}


@dataclass(frozen=True, slots=True)
class Mention:
    """A number as written: span in the analysis text, canonical value and unit."""

    start: int
    end: int
    value: Decimal
    unit: str
    unit_class: str
    qualifier: str = "exact"
    precision: Decimal = Decimal(0)
    lower: Decimal | None = None
    upper: Decimal | None = None
    form: str = "arabic"  # arabic, chinese, fraction, rank, ordinal, doubling
    num_start: int = 0  # where the numeral itself starts (after prefix words)
    num_end: int = 0
    hint: str | None = None  # a table column that says what the number is: "change" or "share"
    label: str | None = None  # a table row's label: what the number measures
    when: str | None = None  # a table column's year (指标 | 2025年 | 2030年): the number's period
    planned: bool | None = None  # a table column of budgets or plans (预算数), or of outcomes (执行数)
    column: str | None = None  # a table column's header, without its unit (GDP(亿元) → GDP)
    parent: str | None = None  # an indented row's parent row label (居民人均可支配收入 above 　城镇居民)


def _precision(literal: str, scale: Decimal, factor: Decimal) -> Decimal:
    """Half a unit of the last written significant digit, in canonical units."""
    digits = literal.replace(",", "")
    if "." in digits:
        places = len(digits.split(".", 1)[1])
        step = Decimal(1).scaleb(-places)
    else:
        stripped = digits.rstrip("0")
        step = Decimal(1).scaleb(len(digits) - len(stripped)) if stripped else Decimal(1)
    return step * scale * factor / 2


def _longest_first(words: list[tuple[str, str]]) -> re.Pattern[str]:
    """A pattern matching the longest of the words at a position (an alternation tries them in order)."""
    ordered = sorted({w for w, _ in words}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered)) or "(?!)")


class NumberFinder:
    """Finds mentions with the units and qualifier words of a lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.units = sorted(lexicon.units, key=lambda u: -len(u.surface))
        self._unit_heads = frozenset(u.surface[0] for u in self.units)
        self.units_by_surface = {u.surface: u for u in self.units}
        self._units_by_head: dict[str, list[Unit]] = {}
        for u in self.units:  # longest first within each head character
            self._units_by_head.setdefault(u.surface[0], []).append(u)
        q = lexicon.qualifiers
        self.prefix = sorted(((w, k) for k, ws in q["prefix"].items() for w in ws), key=lambda p: -len(p[0]))
        self.suffix = sorted(((w, k) for k, ws in q["suffix"].items() for w in ws), key=lambda p: -len(p[0]))
        self.inner = sorted(((w, k) for k, ws in q["inner"].items() for w in ws), key=lambda p: -len(p[0]))
        # the longest prefix word that ends right before the number
        self._prefix_re = re.compile("(?:" + "|".join(re.escape(w) for w, _ in self.prefix) + r")\Z")
        self._prefix_kind, self._suffix_kind, self._inner_kind = dict(self.prefix), dict(self.suffix), dict(self.inner)
        self._suffix_re = _longest_first(self.suffix)
        self._structures: dict[str, list[str]] = lexicon.words.get("structure") or {}
        # 相关阅读, 参考文献: the headlines listed under these are other pages', not this one's claims
        # and 精选留言（112）: the readers' comments under it are no claims of the page
        headings = (lexicon.words.get("link_lists") or []) + (lexicon.words.get("comments") or [])
        self._links_re = re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, headings)) +
                                    r")[ \t]*(?:[（(]\d+[)）])?[ \t:：]*$", re.M) if headings else re.compile("(?!)")
        self._advert_re = re.compile("|".join(map(re.escape, lexicon.words.get("advert") or [])) or "(?!)")
        self._inner_re = _longest_first(self.inner)
        self._field_units: dict[str, str] = {k.lower(): v for k, v in (lexicon.words.get("infobox_units") or {}).items()}
        # 6万亿台阶: a unit's character opening a word, no unit
        self._unit_word_tails: dict[str, str] = {k: "".join(v) for k, v in (lexicon.words.get("unit_word_tails") or {}).items()}

    # -- public ---------------------------------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        taken: list[tuple[int, int]] = []
        found: list[Mention] = []
        for m in self._special(text):
            if m.form in ("fraction", "chinese"):  # 超过百分之零点九: qualifier words apply here too
                m = self._qualify(text, m)
            found.append(m)
            taken.append((m.num_start, m.end))
        for s in _FIRST.finditer(text):  # 第一张答卷: an ordinal word, never a count
            taken.append(s.span())
        for m in self._table_cells(text):
            found.append(m)
            taken.append((m.num_start, m.num_end))
        if "{{" in text:
            for m in self._wiki_fields(text):
                found.append(m)
                taken.append((m.num_start, m.num_end))
        taken.sort()
        raw = [m for m in self._generic(text) if not _overlaps(m, taken)]
        found.extend(self._resolve_ranges(text, raw))
        if "_info" in text:
            found = [_named_by_blank_field(text, m) for m in found]
        found.sort(key=lambda m: m.start)
        links = [h.end() for h in self._links_re.finditer(text)]
        return [m for m in found if not _in_short_quote(text, m.num_start, m.num_end) and not self._in_advert(text, m)
                and not (links and _under_links_heading(text, m.start, links)) and not _defining_bound(text, m)]

    # -- special forms ----------------------------------------------------------------------------
    def _special(self, text: str) -> Iterator[Mention]:
        for m in _FRACTION.finditer(text) if "分之" in text else ():  # the scan is slow; most texts have none
            denom_text, num_text = m.group(1), m.group(2).rstrip(".,点")
            while len(num_text) > 1 and num_text[-1] in "百千十" and text.startswith("分", m.start(2) + len(num_text)):
                num_text = num_text[:-1]
            try:
                denom = Decimal(_PERCENT_DENOM[denom_text]) if denom_text in _PERCENT_DENOM else parse_numeral(denom_text)
                num = Decimal(100) if num_text == "百" else parse_numeral(num_text)
            except (NumeralError, KeyError):
                continue
            if denom == 0:
                continue
            end = m.start(2) + len(num_text)
            value = num / denom * 100
            precision = _precision(num_text, Decimal(1), Decimal(100) / denom) if num_text[0].isdigit() else Decimal(0)
            yield Mention(m.start(), end, value, "%", "percent", precision=precision, form="fraction",
                          num_start=m.start(), num_end=end)
        yield from self._structure(text)
        for m in _RANK.finditer(text):
            grp = next(i for i in (1, 2, 3, 4, 5, 6) if m.group(i))
            raw = m.group(grp)
            value = Decimal(1) if raw == "首位" else _safe_parse(raw)
            if value is None or value <= 0 or value > 1000:
                continue
            bound = {"qualifier": "at_most", "upper": value} if grp == 5 else {}
            yield Mention(m.start(grp) - (0 if raw == "首位" else 1), m.end(), value, "rank", "rank",
                          form="rank", num_start=m.start(grp), num_end=m.end(grp), **bound)
        for m in _RANK_MOVE.finditer(text) if "位" in text else ():
            value = _safe_parse(m.group(2))
            if value is None or value <= 0 or value > 1000:
                continue
            signed = -value if m.group(1) in _RANK_FALLS else value
            yield Mention(m.start(2), m.end(), signed, "rank", "rank", form="rank", num_start=m.start(2),
                          num_end=m.end(2), hint="change")
        for m in _ORDINAL.finditer(text):
            value = _safe_parse(m.group(1))
            if value is None or value <= 0 or _MEETING.match(text, m.end()):
                continue  # 第十四届人民代表大会第三次会议: the name of a meeting, not a figure
            yield Mention(m.start(), m.end(), value, "ordinal", "ordinal", form="ordinal",
                          num_start=m.start(1), num_end=m.end(1))
        for m in _HALF_TENTH.finditer(text):
            yield Mention(m.start(), m.end(), Decimal(5), "%", "percent", form="chinese", num_start=m.start(),
                          num_end=m.end())
        for m in _HALF.finditer(text):
            yield Mention(m.start(), m.end(), Decimal(50), "%", "percent", form="chinese", num_start=m.start(),
                          num_end=m.end())
        for m in _DOUBLING.finditer(text):
            times = {"两": 2, "二": 2, "三": 3}.get(m.group(1) or "", 1)
            value = Decimal(2**times - 1) * 100
            yield Mention(m.start(), m.end(), value, "%", "percent", form="doubling", num_start=m.start(), num_end=m.end())

    def _structure(self, text: str) -> Iterator[Mention]:
        """三次产业结构为9.2:37.0:53.8: each part is a share (of the parts the lexicon names for 三次产业)."""
        if ":" not in text:
            return
        last_end, last_before = -1, ""
        for m in _STRUCTURE.finditer(text):
            before = text[max(0, m.start() - 16):m.start()]
            if last_end >= 0 and _STRUCTURE_CHANGED_TO.fullmatch(text, last_end, m.start()):
                before = last_before  # 由上年的10.9:43.6:45.5调整为10.7:43.3:46.0: the same structure, later
            parts = [g for g in m.groups() if g]
            if not _STRUCTURE_WORD.search(before) or abs(sum(map(Decimal, parts)) - 100) > Decimal("0.5"):
                continue  # 9:30, 1:2 and 比例为1:1 are no shares of a whole
            last_end, last_before = m.end(), before
            labels = next((names for whole, names in self._structures.items() if whole in before), [])
            for i, part in enumerate(parts):
                start, end = m.start(i + 1), m.end(i + 1)
                yield Mention(start, end, Decimal(part), "%", "percent", precision=_precision(part, Decimal(1), Decimal(1)),
                              form="structure", num_start=start, num_end=end, hint="share",
                              label=labels[i] if i < len(labels) else None)

    # -- tables ---------------------------------------------------------------------------------
    def _table_cells(self, text: str) -> Iterator[Mention]:
        """Rows of a table (cells split by tabs; HTML cells become tabs): 规模以上工业增加值 | 亿元 | 386.5 | 7.9.

        A bare number in a cell takes the row's unit (a unit cell, or （亿元） in the label); a column whose
        header says 增长 or % holds growth rates, one that says 比重 holds shares."""
        headers: list[str] = []
        parent_unit: tuple[Unit, Decimal] | None = None  # 地区生产总值(亿元) above its indented 第一产业
        table_unit: tuple[Unit, Decimal] | None = None  # 单位：亿元 above the table
        parent_label: str | None = None
        caption_year: str | None = None
        header_above = False  # the row above was a header row: a second one parts its groups (1-6月 → 累计, 增长)
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            # a Markdown table row (| a | b |), or one written without the outer bars (a | b | c)
            # or one with no spaces around its bars (区县|面积|人口, ｜ made ASCII)
            piped = line.count("|") >= 3 and (line.lstrip().startswith("|") or line.count(" | ") >= 2
                                              or " " not in line.strip())
            # a wiki table's header row: ! 名称 !! 面积（平方千米） !! 常住人口（万人）
            wiki_header = not piped and "!!" in line and line.lstrip().startswith("!")
            if not piped and not wiki_header and _WIKI_TABLE_MARKUP.match(line):
                continue  # {| class="wikitable", |- between rows, |} : the table goes on
            spaced = "\t" not in line and not piped and not wiki_header and spaced_row(line)
            if "\t" not in line and not piped and not wiki_header and not spaced:
                header_above = header_above and not line.strip()
                headers = [] if line.strip() else headers
                parent_unit = None if line.strip() else parent_unit
                declared = _DECLARED_UNIT.search(line)
                table_unit = self._unit_expression(declared.group(1)) if declared else \
                    (None if line.strip() else table_unit)
                if line.strip():  # 2024年宝鸡市主要经济指标（分季度累计）: the year of columns 一季度, 上半年…
                    years = WRITTEN_YEAR.findall(line)
                    caption_year = years[-1] if years else None
                continue
            # a wiki table's row (| [[岳阳楼区|岳阳楼]] || 400.5): its cells part at ||, a link's bar is no cell's end
            separator = "!" if wiki_header else ("||" if "||" in line else "|") if piped else "  " if spaced else "\t"
            cells = _cells(line, start, separator)
            if len(cells) < 2:
                continue
            numeric = [(i, c) for i, c in enumerate(cells) if _TABLE_CELL.fullmatch(c[0])]
            if not numeric:
                if all(_NO_VALUE.fullmatch(c) for c, _ in cells[1:]):
                    header_above = False  # 1月 | — | —: a row with no figures yet, no header
                    continue
                if not all(re.fullmatch(r"[-:—\s]+", c) for c, _ in cells):  # |---|---| rules no header
                    row = [c[0] for c in cells]
                    headers = _merged_headers(headers, row) if header_above else row
                    header_above = True
                continue
            header_above = False
            label = _WIKI_LINK.sub(r"\1", cells[0][0])
            row_unit = self._row_unit(cells, label) or (table_unit if not headers or not _unit_in(headers) else None)
            indented = _indented(line, separator)
            if row_unit is None and indented:
                row_unit = parent_unit  # an indented row is a part of the row above: its unit too
            elif row_unit is not None and not indented:
                parent_unit = row_unit
            if not indented:
                parent_label = label
            # headers over the figures only (地区生产总值 | 增速 over the rows 拉萨市 | 912.36 | 6.8): the label has none
            shift = 1 if headers and len(headers) == len(cells) - 1 else 0
            for order, (i, (cell, at)) in enumerate(numeric):
                header = headers[i - shift] if 0 <= i - shift < len(headers) else ""
                mention = self._cell_mention(cell, at, header, row_unit, order, label, caption_year)
                if mention is not None:
                    yield replace(mention, parent=parent_label) if indented and parent_label else mention

    def _row_unit(self, cells: list[tuple[str, int]], label: str) -> tuple[Unit, Decimal] | None:
        inline = re.search(r"[（(]([^）)]{1,8})[）)]", label)
        for candidate in [c for c, _ in cells[1:] if not _TABLE_NUMBER.fullmatch(c)] + ([inline.group(1)] if inline else []):
            parsed = self._unit_expression(candidate)
            if parsed is not None:
                return parsed
        return None

    def _wiki_fields(self, text: str) -> Iterator[Mention]:
        """A wiki infobox's bare figures whose field names their unit (| area_total_km2 = 13283, | population_total
        = 4616000), and a census series ({{Historical populations ⏎|1953|2476315): people in the year given."""
        for field in _WIKI_FIELD.finditer(text):
            unit = self._unit_expression(self._field_units.get(field.group(1).lower(), ""))
            literal = field.group(2)
            value = _safe_parse(literal.replace(",", ""))
            if unit is None or value is None:
                continue
            canonical = value * unit[1] * unit[0].factor
            yield Mention(field.start(2), field.end(2), canonical, unit[0].unit, unit[0].cls,
                          precision=_precision(literal.replace(",", ""), unit[1], unit[0].factor),
                          num_start=field.start(2), num_end=field.end(2), label=field.group(1))
        for block in _CENSUS_BLOCK.finditer(text):
            for row in _CENSUS_ROW.finditer(text, block.start(), block.end()):
                value = _safe_parse(row.group(2).replace(",", ""))
                if value is None:
                    continue
                yield Mention(row.start(2), row.end(2), value, "人", "count", num_start=row.start(2),
                              num_end=row.end(2), label="人口", when=row.group(1))

    def _unit_expression(self, text: str) -> tuple[Unit, Decimal] | None:
        """亿元 -> (元, 1e8); 万人 -> (人, 1e4); % -> (%, 1)."""
        m = re.fullmatch(r"(万亿|亿|万|千|百)?(.+)", text.strip())
        if not m:
            return None
        unit, end = self._unit_at(m.group(2), 0)
        if unit is None or end != len(m.group(2)):
            return None
        return unit, (parse_numeral(m.group(1)) if m.group(1) else Decimal(1))

    def _cell_mention(self, cell: str, at: int, header: str, row_unit: tuple[Unit, Decimal] | None, order: int,
                      label: str, caption_year: str | None = None) -> Mention | None:
        written = _TABLE_CELL.fullmatch(cell)
        suffix = written.group(2) if written else None
        number = written.group(1) if written else cell  # 10000以上, 81左右: the qualifier after the number
        percent = number.endswith("%")
        value = Decimal(number.rstrip("%").replace(",", "").replace("+", ""))
        hint = None
        if re.search(r"增长|增速|增幅|比上年|同比|±", header) or (not header and order == 1 and row_unit):
            unit, scale, hint = self.units_by_surface["%"], Decimal(1), "change"
        elif re.search(r"比重|占比", header):
            unit, scale, hint = self.units_by_surface["%"], Decimal(1), "share"
        elif "%" in header or percent:
            unit, scale = self.units_by_surface["%"], Decimal(1)
        elif row_unit is not None:
            unit, scale = row_unit
        else:
            header_unit = re.search(r"[（(]([^）)]{1,16})[）)]", header)
            # 常住人口（万人，2024年末）: the unit is one part of the bracket
            parsed = next((p for part in _PART_SEP.split(header_unit.group(1))
                           if (p := self._unit_expression(part))), None) if header_unit else None
            if parsed is None and _PEOPLE_COLUMN.search(header) and "." not in number:
                parsed = self.units_by_surface["人"], Decimal(1)  # 人口（2020年） | 985,317: a head count
            if parsed is None:
                return None
            unit, scale = parsed
        digits = number.lstrip("+-").rstrip("%")
        canonical = value * scale * unit.factor
        qualifier = self._suffix_kind.get(suffix, "exact") if suffix else "exact"
        lower = canonical if qualifier in ("at_least", "more_than") else None
        upper = canonical if qualifier in ("at_most", "less_than") else None
        column = re.sub(r"[（(][^）)]*[）)]", "", header).strip()
        when = _column_period(column) or _label_year(label) or _label_part(label, caption_year, column) or \
            _bracket_period(header, caption_year) or (
            _column_period(f"{caption_year}年{column}") if caption_year and column else None) or _part_of_a_year(header)
        planned = True if _PLANNED_COLUMN.fullmatch(column) else False if _DONE_COLUMN.fullmatch(column) else None
        yearly = _YEAR_PLAN_COLUMN.fullmatch(column) if when is None else None
        if yearly:  # 2024年计划 | 2024年完成 | 2025年目标: a plan report's columns of one year's aim and outcome
            when, planned = yearly.group(1), _PLANNED_COLUMN.fullmatch(yearly.group(2)) is not None
        return Mention(at, at + len(cell), canonical, unit.unit, unit.cls, qualifier,
                       precision=_precision(digits, scale, unit.factor), lower=lower, upper=upper, num_start=at,
                       num_end=at + len(number), hint=hint, label=label, when=when, planned=planned,
                       column=column or None)

    # -- ordinary numbers -------------------------------------------------------------------------
    def _generic(self, text: str) -> Iterator[Mention]:
        declares = "单位" in text  # 单位：亿元 above a list: its bare numbers have a unit
        for run in _RUN.finditer(text):
            start, literal = run.start(), run.group()
            literal = _trim_run(literal)
            # 281.3万千瓦, 百分之七十百分位: a trailing 千/百 that begins a unit or 分 is not the numeral's
            while len(literal) > 1 and literal[-1] in "千百十兆" and (
                    text.startswith("分", start + len(literal)) or
                    any(text.startswith(u.surface, start + len(literal) - 1) for u in self._units_by_head.get(literal[-1], ()))):
                literal = literal[:-1]
            if not literal:
                continue
            end = start + len(literal)
            if _IDENT_BEFORE.search(text[max(0, start - 1):start]) and not _currency_before(text, start) \
                    and not _METRIC_ACRONYM.search(text, max(0, start - 3), start):
                continue  # LY9, PM2.5, TOP10, P111: part of a name (but GDP3950.2亿元 is a value)
            if not self._may_be_quantity(text, start, end, literal) and not (
                    declares and literal[0].isascii() and text[end:end + 1] not in _DATE_PARTS
                    and self._declared_unit(text, start)):
                continue  # 2021年, 11月26日: most numbers in a text are dates, skip them cheaply
            mention = self._read_number(text, start, end, literal)
            if mention is not None:
                yield mention

    def _may_be_quantity(self, text: str, start: int, end: int, literal: str) -> bool:
        """Whether what follows the numeral can make it a quantity: a unit, a qualifier, a range, a currency."""
        nxt = text[end:end + 1]
        if nxt in self._unit_heads or nxt in _AFTER_NUMERAL or not nxt or literal.endswith(("亿", "万")):
            return True
        if _currency_before(text, start):
            return True
        return literal[0].isascii() and len(literal) <= 8 and _ratio_before(text, start, end)

    def _read_number(self, text: str, start: int, end: int, literal: str) -> Mention | None:
        if len(literal) > 40 or sum(c.isdigit() for c in literal) > 20:
            return None  # 20240511402489393759 or 万万万…: an identifier or noise, not a quantity
        chinese = not any(c.isdigit() and c.isascii() for c in literal)
        if chinese and all(c in "百千佰仟" + _CN_BIG for c in literal) and not self._prefix_word(text, start):
            return None  # 千家万户, 百亿项目, 万亿之城: a bare scale word is not a quantity
        vague = _vague_pair(literal)
        try:
            value = parse_numeral(vague[0] if vague else literal)
        except NumeralError:
            return None
        pos = end
        qualifier = "exact"
        found = self._inner_re.match(text, pos)
        inner = found.group() if found else None
        scale = Decimal(1)
        if inner:
            qualifier = self._inner_kind[inner]
            pos += len(inner)
            sc = _SCALE.match(text, pos)
            if sc:
                scale = parse_numeral(sc.group())
                pos = sc.end()
        english = _ENGLISH_SCALE.match(text, pos) if not chinese else None
        if english:  # CN¥ 108.63 billion (an English infobox): the scale written as a word
            scale *= _ENGLISH_SCALES[english.group(1).lower()]
            pos = english.end()
        unit, pos = self._unit_at(text, pos)
        if unit is None and text.startswith(" ", pos):  # 942.43 km²: a Latin unit after a space
            spaced, after = self._unit_at(text, pos + 1)
            if spaced is not None and spaced.surface[0].isascii() and spaced.surface[0].isalpha():
                unit, pos = spaced, after
        prefix_unit = _currency_before(text, start)
        number_start = start
        if prefix_unit:
            prefix_len = len(_PREFIX_RE.search(text, max(0, start - 8), start).group(0))
        if unit is None and prefix_unit:
            unit = _unit_for_code(prefix_unit)
            number_start = start - prefix_len
        elif prefix_unit and unit is not None and unit.cls == "money":
            number_start = start - prefix_len
            if unit.unit == "CNY" and _CURRENCY_PREFIX[prefix_unit] != "CNY":  # 新台币15亿元: the 元 is the prefix's
                unit = replace(unit, unit=_CURRENCY_PREFIX[prefix_unit])
        literal_scale = _written_scale(literal)
        value *= scale
        if unit is None:
            # GDP超9000亿: 亿 with no unit after it is money when the words before are about money
            # 常住人口1298.1万: people; GDP超9000亿, or 苏州是24653.4亿 a few lines after 26727亿元: money.
            # The unit after a bare 万 or 亿 was left out.
            unit_left_out = self._unit_left_out(text, start, literal, chinese, inner and text[pos - 1:pos])
            if unit_left_out is not None:
                return Mention(number_start, pos, value, *unit_left_out, qualifier,
                               _precision(_digits_part(literal), literal_scale * scale, Decimal(1)),
                               form="arabic", num_start=start, num_end=end)
            declared = None if chinese or literal[-1] in "万亿" else self._declared_unit(text, start)
            if declared is not None:  # 前十省份（单位：亿元）⏎广东　141633.81（+3.5%）: a list under its unit
                unit_, factor = declared
                canonical = value * factor * unit_.factor
                return Mention(number_start, end, canonical, unit_.unit, unit_.cls, qualifier,
                               _precision(_digits_part(literal), factor, unit_.factor), num_start=start, num_end=end)
            return Mention(number_start, end if not inner else pos, value, "", "none", qualifier,
                           _precision(_digits_part(literal), literal_scale * scale, Decimal(1)),
                           form="chinese" if chinese else "arabic", num_start=start, num_end=end)
        if unit.surface == "度" and "电" not in text[max(0, start - 15):pos + 15]:
            return None  # 30度: a temperature or an angle
        if unit.surface in ("岁", "周岁") and _AGE_GROUP.match(text, pos):
            return None  # 65岁以上老年人, 65岁及以上人口占10.3%: an age that names a group, not a figure
        if unit.surface == "成" and not _percent_cheng(text, pos) and \
                not _SHARE_BEFORE.search(text, max(0, start - 3), start):
            return None  # 一成不变, 建成 (but 超过三成来自外贸: a share)
        if _ASCII_LETTER.match(text[pos:pos + 1]) and unit.surface.isascii():
            return None  # 5G, 10mg: not the unit it looked like
        if unit.surface[0].isascii() and _ASCII_LETTER.match(text[pos:pos + 1] or " "):
            return None
        if text.startswith("半", pos) and unit.cls not in ("count",):
            value += Decimal("0.5")
            pos += 1
        canonical = value * unit.factor
        precision = _precision(_digits_part(literal), literal_scale * scale, unit.factor)
        if chinese:  # 两万: the last written digit is the 万
            precision = _precision(_plain_digits(value), Decimal(1), unit.factor)
        lower = upper = None
        if vague:
            upper = parse_numeral(vague[1]) * scale * unit.factor
            lower, qualifier = canonical, "approx"
        return Mention(number_start, pos, canonical, unit.unit, unit.cls, qualifier, precision, lower, upper,
                       "chinese" if chinese else "arabic", start, end)

    @staticmethod
    def _unit_left_out(text: str, start: int, literal: str, chinese: bool, inner_scale: str | None
                       ) -> tuple[str, str] | None:
        """(unit, class) of a number ending in a bare 万 or 亿 whose words say what it counts."""
        scale = literal[-1] if literal[-1] in "万亿" else inner_scale or ""
        if scale not in ("万", "亿") or (chinese and scale != "亿"):
            return None  # 一年涨了将近一千亿: money too; but 两万 in words is rhetoric
        # 【二、常住人口】⏎西安：1316.3万⏎郑州：1308.3万: a line of a place and its figure reads its heading
        newline = text.rfind("\n", max(0, start - 40), start)  # (人口数量        548.9万: a label set apart)
        reach = _LISTED_REACH if _LISTED.search(text, newline if newline >= 0 else max(0, start - 12), start) else 0
        if not reach:  # 武汉 1382.9万 比上年增加5.5万: a later figure of a line of a place and its figure
            line_start = text.rfind("\n", max(0, start - 40), start) + 1
            if (line_start or start < 40) and _LISTED_LINE.match(text, line_start, start):
                reach = start - line_start + _LISTED_REACH
        people = _last_end(_PEOPLE_CONTEXT, text, max(0, start - 10 - reach), start)
        if scale == "亿":
            people = max(people, _last_end(_OTHER_COUNT_CONTEXT, text, max(0, start - 10), start))
        money_reach = _MONEY_REACH if scale == "亿" else 40
        money = _last_end(_MONEY_CONTEXT if scale == "亿" else _PER_HEAD_MONEY, text, max(0, start - money_reach - reach),
                          start)
        if people > money:  # the nearer words decide: 人口… then 【三、人均GDP】⏎西安：10.15万
            return ("人", "count") if _PEOPLE_CONTEXT.match(text, people - 4, people) or \
                _last_end(_PEOPLE_CONTEXT, text, max(0, start - 10 - reach), start) == people else None
        if money >= 0 or (scale == "亿" and "亿元" in text[max(0, start - 300):start]):
            return "CNY", "money"  # 人均GDP：10.15万, 社零总额 5178.9亿
        if scale == "亿" and people < 0 and _MONEY_CONTEXT.search(text, max(0, start - _LIST_OF_MONEY), start):
            return "CNY", "money"  # GDP过万亿的…⏎第9名 常州 10813.6亿: a long list under words about money
        return None

    def _declared_unit(self, text: str, start: int) -> tuple[Unit, Decimal] | None:
        """The unit a 单位：亿元 heading declares for the short lines of a list below it."""
        heading = unit_heading(text, start)
        declared = _DECLARED_UNIT.search(heading) if heading else None
        return self._unit_expression(declared.group(1)) if declared else None

    def _in_advert(self, text: str, m: Mention) -> bool:
        line = _short_line(text, m.start, m.end, _ADVERT_LINE)
        return line is not None and _advert_line(line, self._advert_re)

    def _unit_at(self, text: str, pos: int) -> tuple[Unit | None, int]:
        for u in self._units_by_head.get(text[pos:pos + 1], ()):
            if text.startswith(u.surface, pos):
                after = text[pos + len(u.surface):pos + len(u.surface) + 1]
                if after and after in self._unit_word_tails.get(u.surface, ""):
                    return None, pos
                return u, pos + len(u.surface)
        return None, pos

    def _prefix_word(self, text: str, start: int) -> str | None:
        m = self._prefix_re.search(text, max(0, start - 6), start)
        if m and m.group() == "近" and text[m.start() - 1:m.start()] == "最":
            return None  # 最近三座城市: recently, no approximation
        return m.group() if m else None

    # -- ranges, qualifiers and filters -----------------------------------------------------------
    def _resolve_ranges(self, text: str, raw: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        while i < len(raw):
            a = raw[i]
            b = raw[i + 1] if i + 1 < len(raw) else None
            if b is not None and b.unit and _RANGE_SEP.fullmatch(text[a.end:b.start]) and not a.value < 0:
                a_full = a if a.unit else _inherit_unit(a, b, text)
                if a_full is not None and a_full.unit == b.unit and a_full.value <= b.value:
                    low, high = a_full.value, b.value
                    out.append(self._qualify(text, replace(a_full, qualifier="at_least", lower=low, upper=high)))
                    out.append(self._qualify(text, replace(b, qualifier="at_most", lower=low, upper=high)))
                    i += 2
                    continue
            if a.unit:
                out.append(self._qualify(text, a))
            elif (shared := self._list_unit(text, raw, i)) is not None:
                out.append(self._qualify(text, shared))  # 分别为31、28、30微克/立方米: the list's unit
            elif _ratio_context(text, a):
                out.append(self._qualify(text, replace(a, unit_class="ratio")))
            i += 1
        return [m for m in out if self._keep(text, m)]

    @staticmethod
    def _list_unit(text: str, raw: list[Mention], i: int) -> Mention | None:
        """A bare number in a list takes the unit written once after the list's last number."""
        j = i
        while j + 1 < len(raw) and _LIST_SEP.fullmatch(text[raw[j].end:raw[j + 1].start]):
            j += 1
            if raw[j].unit:
                return _inherit_unit(raw[i], raw[j], text)
        return None

    def _qualify(self, text: str, m: Mention) -> Mention:
        """Apply sign, prefix and suffix qualifier words; set bounds on the value as written."""
        value, start, end, qualifier = m.value, m.start, m.end, m.qualifier
        before = text[max(0, start - 1):start]
        prev = text[max(0, start - 2):start - 1]
        # a minus sign, unless the dash joins a range (8%-10%, 3-5个, 1000元—3000元)
        if before == "负" or (before and before in "-−" and not re.search(r"[0-9A-Za-z%％]", prev or "")
                              and not (prev and prev in self._unit_heads)):
            value, start = -value, start - 1
            if m.lower is not None or m.upper is not None:  # the bounds of the signed value turn over too
                m = replace(m, lower=-m.upper if m.upper is not None else None,
                            upper=-m.lower if m.lower is not None else None)
        if m.lower is None and m.form != "rank":
            look = start - 1 if text[start - 1:start] == "了" else start
            word = self._prefix_word(text, look)
            if word:
                qualifier = self._prefix_kind[word]
                start = look - len(word)  # the text as written includes 突破, 超, 约
            found = self._suffix_re.match(text, end)
            suffix = found.group() if found else None
            if suffix and not (suffix in ("多", "余") and qualifier != "exact"):
                qualifier = self._suffix_kind[suffix]
                end += len(suffix)
        lower, upper = m.lower, m.upper
        if m.lower is None:
            if qualifier in ("at_least", "more_than"):
                lower = value
            elif qualifier in ("at_most", "less_than"):
                upper = value
        return replace(m, value=value, start=start, end=end, qualifier=qualifier, lower=lower, upper=upper)

    def _keep(self, text: str, m: Mention) -> bool:
        if m.unit == "月" and text[max(0, m.start - 2):m.start].endswith(("前", "近", "过去")):
            return False  # 前11个月: a period, not a count of months
        if _PAGE_CHROME.search(text[max(0, m.start - 8):m.start]) or _CHROME_AFTER.match(text, m.end) or \
                (m.unit == "次" and _CHROME_AFTER.match(text, m.end - 1)):
            return False  # 浏览次数：1234次, 阅读 1.2万, 1.2万次分享: the page's counters, not the story's
        if m.form == "chinese" and m.unit_class == "count" and m.lower is None:
            # 一个, 两个转向, 四张答卷: small counts in words are rhetoric, not statistics
            return m.value >= 10 or self._prefix_word(text, m.num_start) is not None
        return True


def _under_links_heading(text: str, start: int, links: list[int]) -> bool:
    """Whether the number sits in the list of short lines right under a 相关阅读 heading."""
    k = bisect_left(links, start) - 1
    if k < 0:
        return False
    line = _short_line(text, start, start, _ADVERT_LINE)
    if line is None:
        return False
    between = text[links[k]:text.rfind("\n", links[k], start) + 1]
    return all(len(ln) <= _ADVERT_LINE for ln in between.split("\n"))


def _defining_bound(text: str, m: Mention) -> bool:
    """年主营业务收入2000万元及以上的工业法人单位: a bound that defines a class of units (its 以上 may be read
    into the figure already)."""
    if text.endswith("以上", m.start, m.end):
        return _BOUND_CLASS.match(text, m.end) is not None
    return _DEFINING_BOUND.match(text, m.end) is not None


def _short_line(text: str, start: int, end: int, limit: int) -> str | None:
    """The line holding text[start:end] when it is at most `limit` characters long, else None. The searches
    are bounded: a figure on a 50 MB line must not scan the line."""
    reach = max(0, end - limit - 1)
    line_start = text.rfind("\n", reach, start) + 1
    if line_start == 0 and reach > 0:
        return None
    line_end = text.find("\n", end, line_start + limit + 1)
    if line_end < 0:
        line_end = len(text) if len(text) <= line_start + limit else -1
    return text[line_start:line_end] if line_end >= 0 else None


def _advert_line(line: str, advert: re.Pattern[str]) -> bool:
    return len(line) <= _ADVERT_LINE and not _PROSE_MARK.search(line) and (
        advert.search(line) is not None or _MASTHEAD.search(line) is not None)


_ADVERT_LINE = 60
_DATE_PARTS = frozenset("年月日号时")  # what follows a date's numbers
_PROSE_MARK = re.compile(r"[，。；,;]")
_MASTHEAD = re.compile(r"今日\d+版|总第\d+期|第\d+版")


# | blank_name_sec1 = 地区生产总值 ⏎ | blank_info_sec1 = 3312.57亿元: an infobox's own field, named on the line above
_BLANK_INFO = re.compile(r"[ \t]*\|[ \t]*blank(\d*)_info(_sec\d+)?[ \t]*=")


def _named_by_blank_field(text: str, m: Mention) -> Mention:
    line_start = text.rfind("\n", 0, m.start) + 1
    info = _BLANK_INFO.match(text, line_start, m.start)
    if info is None or m.label is not None:
        return m
    name = re.search(rf"\|[ \t]*blank{info.group(1)}_name{re.escape(info.group(2) or '')}[ \t]*=[ \t]*([^\n|]+)",
                     text[max(0, line_start - 300):line_start])
    return replace(m, label=name.group(1).strip()) if name else m


def _plain_digits(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


_RATIO_WORD = re.compile(r"(率|比|系数|指数|密度|容积率|倍差)(?:从|由)?(?:(?:上年|去年|上一年)(?:同期|末)?的)?[0-9.]*"
                         r"(?:提升|提高|上升|下降|降低|缩小|扩大|调整|优化)?(?:了)?(?:至|到|为|达到|达|是)?$")


# 城乡居民收入比为2.92，比上年缩小0.12: the change of a ratio named just before
_RATIO_CHANGE = re.compile(r"(?:率|比|系数|指数|倍差)(?:为|是|达)?[0-9.]*[，,]?(?:比上年末?|较上年末?|同比)"
                           r"(?:缩小|扩大|提升|提高|上升|下降|降低|增加|减少)了?$")


def _ratio_context(text: str, m: Mention) -> bool:
    """容积率从1.1提升至2.16: a number with no unit is a claim only when a ratio is named before it."""
    literal = text[m.num_start:m.num_end]
    if not re.fullmatch(r"\d{1,3}(?:\.\d+)?", literal):
        return False
    return _ratio_before(text, m.num_start, m.num_end)


# what follows a month or a year: 增速比11月加快, 比1-11月提高 compare with a time, not a ratio
_TIME_AFTER = re.compile(r"(?:\s?[-—–~至到]\s?\d{1,4})?\s?[年月日号季]")


def _ratio_before(text: str, start: int, end: int | None = None) -> bool:
    if end is not None and _TIME_AFTER.match(text, end):
        return False
    before = text[max(0, start - 16):start]
    return bool(_RATIO_WORD.search(before) or _RATIO_CHANGE.search(before))


_TABLE_NUMBER = re.compile(r"(?:[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?)%?")
_TABLE_CELL = re.compile(rf"({_TABLE_NUMBER.pattern})(以上|以下|左右|以内|多)?")
def _column_period(column: str) -> str | None:
    """The period a column header is made of (2030年, 2024年一季度), if it is nothing else."""
    year = _COLUMN_YEAR.fullmatch(column)
    if year:
        return year.group(1)
    if not _COLUMN_TIME.fullmatch(column):
        return None
    found = find_time_exprs(column, None)
    return found[0].period if len(found) == 1 and found[0].end == len(column) else None


def _label_year(label: str) -> str | None:
    """A row labelled by its year (年份 | 地区生产总值（亿元）⏎2020 | 4001.55): the row's figures are of that year."""
    year = _COLUMN_YEAR.fullmatch(label)
    return year.group(1) if year else None


_MONTH_LABEL = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,2})月份?")


def _label_part(label: str, caption_year: str | None, column: str = "") -> str | None:
    """A row labelled by a part of a year (月份 | 接待游客（万人次）⏎1月 | 312.6): of the caption's year, else of the
    year the text gives the table ("?-01"); in a column of sums since January (累计), the months up to it."""
    part = label.strip()
    if not part or len(part) > 8 or _COLUMN_YEAR.fullmatch(part):
        return None
    month = _MONTH_LABEL.fullmatch(part)
    if month and "累计" in column and month.group(1) not in ("1", "一"):
        part = f"1-{month.group(1)}月"
    probe = _column_period(f"2000年{part}")
    if not probe or not probe.startswith("2000-"):
        return None
    return f"{caption_year}{probe[4:]}" if caption_year else "?" + probe[4:]


def _bracket_period(header: str, caption_year: str | None = None) -> str | None:
    """The year in a header's bracket beside its unit: 常住人口（2020年，万人）; or the part of the caption's year
    a group header names (累计（1-6月）under 2025年浦东新区主要经济指标)."""
    for inner in _BRACKETED.findall(header):
        for part in _PART_SEP.split(inner):
            year = _COLUMN_YEAR.fullmatch(part.strip())
            if year:
                return year.group(1)
            when = _column_period(f"{caption_year}年{part.strip()}") if caption_year and part.strip() else None
            if when:
                return when
    return None


def _part_of_a_year(header: str) -> str | None:
    """A column of a part of a year with no year written (1-6月, 上半年, 累计（1-9月）): "?-H1", "?-Q1..Q3", whose
    year the text around the table gives."""
    column = re.sub(r"[（(][^）)]*[）)]", "", header).strip()
    for part in [column, *(p.strip() for inner in _BRACKETED.findall(header) for p in _PART_SEP.split(inner))]:
        if not part or part == "全年":
            continue
        when = _column_period(f"2000年{part}")
        if when and when.startswith("2000-"):
            return "?" + when[4:]
    return None


_UNIT_BRACKET = re.compile(r"[（(][^（()）]{1,8}[)）]")


def _is_time_header(header: str) -> bool:
    return bool(_COLUMN_YEAR.fullmatch(header) or _column_period(header) or _part_of_a_year(header))


def _merged_headers(groups: list[str], subs: list[str]) -> list[str]:
    """Two header rows: 指标 | 1-6月 | 1-9月 over 累计 | 同比增长（%） | 累计 | 同比增长（%）, each group spanning as
    many columns → 指标 | 累计（1-6月） | 同比增长（%）（1-6月） | …; any other second row replaces the first.
    A first row whose groups were written once per column they span (an HTML table's colspan) lines up with the
    second column by column, and the columns the first row's cells span down (月份, rowspan) stand in both."""
    if len(subs) == len(groups) and all(_UNIT_BRACKET.fullmatch(sub) for sub in subs):
        return [group + sub for group, sub in zip(groups, subs, strict=True)]  # 地区生产总值 over （亿元）
    spanned = any(a == b for a, b in itertools.pairwise(groups))
    if spanned and 0 < len(groups) - len(subs) <= 2:
        subs = groups[:len(groups) - len(subs)] + subs
    if spanned and len(subs) == len(groups):
        # a group of a time (1-6月 over 累计 | 同比增长) brackets it after the column's words; a group of what is
        # measured (社会消费品零售总额 over 累计（亿元） | 累计增长（%）) leads them
        return [sub if sub == group else f"{sub}（{group}）" if _is_time_header(group) else f"{group}{sub}"
                for group, sub in zip(groups, subs, strict=True)]
    spans = len(groups) - 1
    if spans < 2 or len(subs) <= spans or len(subs) % spans:
        return subs
    width = len(subs) // spans
    return [groups[0]] + [f"{sub}（{group}）" for g, group in enumerate(groups[1:])
                          for sub in subs[g * width:(g + 1) * width]]


_PEOPLE_COLUMN = re.compile(r"人口(?:数)?(?:[（(][^）)]*[）)])?$")
_PART_SEP = re.compile(r"[，,；;、]")  # the parts of a header's bracket: （万人，2020年）
_BRACKETED = re.compile(r"[（(]([^）)]{1,20})[）)]")
_COLUMN_YEAR = re.compile(r"((?:19|20)\d\d)年?(?:末|底)?")
_COLUMN_TIME = re.compile(r"(?:19|20)\d\d年[^，,。]{1,8}")
_PLANNED_COLUMN = re.compile(r"(?:年初)?(?:预算|计划|目标|调整预算)(?:数|值)?")
_DONE_COLUMN = re.compile(r"(?:执行|完成|实际|决算)(?:数|值)?")
_YEAR_PLAN_COLUMN = re.compile(r"((?:19|20)\d\d)年?度?\s*((?:年初)?(?:预算|计划|目标|调整预算)(?:数|值)?|"
                               r"(?:预计)?(?:执行|完成|实际|决算)(?:数|值)?)")
# 单位：亿元; 单位：亿元、% (the amounts' unit first, the rates' after it)
_DECLARED_UNIT = re.compile(r"单位\s*[:：]\s*([^\s，,。；;)）、/]{1,6})")


def _unit_in(headers: list[str]) -> bool:
    """Whether the header row names units itself (绝对值(亿元), 比上年增长(%))."""
    # (not 绝对值（2024年）: a bracket of the period a group of columns is of; not 增长(%) alone: the rates'
    # columns beside 绝对值 leave the table's 单位：亿元 to it)
    return any(re.search(r"[（(](?!(?:19|20)\d\d年)(?!%[）)])[^）)]{1,8}[）)]", h) for h in headers[1:])


def _indented(line: str, separator: str) -> bool:
    """Whether a row's first cell starts with a space (a full-width one, as tables indent sub-items)."""
    if separator == "  ":
        return line[:1] in (" ", "\u3000")
    first = next((raw for raw in line.split(separator) if raw.strip()), "")
    if separator == "|":
        first = first.removeprefix(" ")  # | 居民… |: the bars' padding is no indent
    return first[:1].isspace()


# a table laid out with spaces: cells apart by two spaces or more, or by full-width ones
_SPACED_CELL = re.compile(r"[^ \u3000]+(?: [^ \u3000]+)*")
_SPACED_GAP = re.compile(r" {2,}|\u3000+")


def spaced_row(line: str) -> bool:
    """县市区        地区生产总值（亿元）   比上年增长（%）: a row of at least three short cells set apart by
    runs of spaces (a header, or a label and its figures); prose keeps single spaces."""
    if "  " not in line and "\u3000" not in line:
        return False  # most lines: no gap at all, no need to look further
    body = line.strip(" \u3000")
    if len(_SPACED_GAP.findall(body)) < 2:
        return False
    cells = _SPACED_CELL.findall(body)
    return len(cells) >= 3 and all(len(c) <= 24 and not c.endswith(("。", "，", "；")) for c in cells)


# a wiki table's own lines: its opening with attributes, the rule between rows, its caption, its end
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")  # [[岳阳楼区]], [[岳阳县 (湖南)|岳阳县]]
_WIKI_TABLE_MARKUP = re.compile(r"[ \t]*(?:\{\||\|-|\|\+|\|\})")


def _cells(line: str, start: int, separator: str = "\t") -> list[tuple[str, int]]:
    """The non-empty cells of a table row, stripped, with their offsets in the text."""
    if separator == "  ":
        return [(c.group(), start + c.start()) for c in _SPACED_CELL.finditer(line)]
    out, pos = [], start
    for raw in line.split(separator):
        stripped = raw.strip().lstrip("|").strip() if separator == "||" else raw.strip()  # | 2020 || 4001.55
        if stripped:
            out.append((stripped, pos + raw.index(stripped)))
        pos += len(raw) + len(separator)
    return out


def _safe_parse(raw: str) -> Decimal | None:
    try:
        return parse_numeral(raw)
    except NumeralError:
        return None


def _last_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where the last match of the pattern in text[start:end] ends; -1 when there is none."""
    found = -1
    for m in pattern.finditer(text, start, end):
        found = m.end()
    return found


def _trim_run(literal: str) -> str:
    literal = literal.rstrip(".,点")
    # a comma is a thousands separator only before exactly three digits
    for i, ch in enumerate(literal):
        if ch == ",":
            group = re.match(r",\d{3}(?!\d)", literal[i:])
            if not group or not literal[i - 1:i].isdigit():
                return literal[:i].rstrip(".,点")
    return literal


_DIGITS_PART = re.compile(r"[\d.,]+")
_WRITTEN_SCALE = re.compile(r"[\d.,]+([万亿萬億兆千百]+)$")
_DIGIT_PAIR = re.compile(rf"([{_CN_DIGITS}])([{_CN_DIGITS}])")


def _digits_part(literal: str) -> str:
    """The Arabic digits of a literal such as `8807.6亿` (scale words removed)."""
    m = _DIGITS_PART.match(literal)
    return m.group() if m else "1"


def _written_scale(literal: str) -> Decimal:
    """The scale written after Arabic digits: `8807.6亿` -> 1e8, `1.7万亿` -> 1e12."""
    m = _WRITTEN_SCALE.match(literal)
    if not m:
        return Decimal(1)
    scale = Decimal(1)
    for ch in m.group(1):
        scale *= BIG_UNITS.get(ch, {"千": 1000, "百": 100}.get(ch, 1))
    return Decimal(scale)


def _vague_pair(literal: str) -> tuple[str, str] | None:
    """两三个, 三四十万: two neighbouring digits give a range, not 23."""
    m = _DIGIT_PAIR.search(literal)
    if not m or "零" in m.group() or "〇" in m.group():
        return None
    if DIGITS[m.group(2)] != DIGITS[m.group(1)] + 1:
        return None  # only neighbours (两三, 七八) make a vague range
    if re.fullmatch(rf"[{_CN_DIGITS}]+", literal) and len(literal) >= 3:
        return None  # 二〇二四 style digit strings
    return literal[: m.start()] + m.group(1) + literal[m.end():], literal[: m.start()] + m.group(2) + literal[m.end():]


_SHARE_BEFORE = re.compile(r"(?:占|超过|超|近|约|逾|达|不到|不足|接近|将近|约占)$")


def _percent_cheng(text: str, pos: int) -> bool:
    nxt = text[pos:pos + 1]
    return not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in "的以左多半上"


def _currency_before(text: str, start: int) -> str | None:
    m = _PREFIX_RE.search(text[max(0, start - 6):start])
    return m.group(1) if m else None


def _unit_for_code(prefix: str) -> Unit:
    return Unit(prefix, _CURRENCY_PREFIX[prefix], Decimal(1), "money")


def _inherit_unit(a: Mention, b: Mention, text: str) -> Mention | None:
    """`10~20亿元`, `5-20%`: the first number of a range takes the second's scale and unit."""
    b_literal = text[b.num_start:b.num_end]
    b_number = _safe_parse(b_literal)
    if not b_number:
        return None
    factor = abs(b.value) / b_number  # the unit's factor and any scale written after the digits
    a_literal = text[a.num_start:a.num_end]
    own_scale = any(c in a_literal for c in "万亿萬億千百")
    scale = Decimal(1) if own_scale else _written_scale(b_literal)
    return replace(a, value=a.value * scale * factor, unit=b.unit, unit_class=b.unit_class,
                   precision=a.precision * scale * factor)


def _overlaps(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether the mention overlaps a span; `spans` is sorted by start."""
    k = bisect_left(spans, (m.num_end, -1))
    for s, e in spans[max(0, k - 8):k]:  # spans are short: only the last few starts can reach it
        if m.num_start < e and s < m.num_end:
            return True
    return False


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """“1028”产业体系, “1公里充电服务圈”: a number inside a short quoted name is part of the name."""
    for left, right in _QUOTE_PAIRS:
        lq = text.rfind(left, max(0, start - 12), start)
        if lq < 0:
            continue
        rq = text.find(right, end, end + 12)
        if rq >= 0 and rq - lq <= 14 and "\n" not in text[lq:rq] and right not in text[lq + 1:start]:
            if left == "《":
                return True
            return rq - lq <= 12
    return False
