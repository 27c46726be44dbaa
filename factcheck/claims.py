"""Build claims from the numbers of a document: what, who, when, and whether actual or target."""

from __future__ import annotations

import hashlib
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from .lexicon import Lexicon
from .metrics import MetricMatcher
from .model import Claim, DocumentMeta
from .normalise import NormalisedText
from .numbers import Mention, NumberFinder, spaced_row
from .periods import BY_PARTS_OF_PERIOD, TimeExpr, find_time_exprs
from .places import NameSet, PlaceHit, PlaceMatcher
from .textspans import (
    HAN,
    LABEL_AFTER,
    SECTION_NUMBER,
    TARGET_NOUN,
    WRITTEN_YEAR,
    Span,
    bounds,
    clause_starts,
    sentence_starts,
    starts_of,
)
from .trie import trie_regex

_LIST_GLUE = re.compile(r"^\s*(?:、|，|,|和|及|与|以及|及其)\s*(?:[\u4e00-\u9fff]{1,6}的)?\s*$")
_ADMIN_UNITS = re.compile(r"(?:市辖区|县级市|区|县|街道|镇|乡|旗)")  # after 5个: administrative units
_GOVERNS = re.compile(r"(?:市|省|县|区)?(?:辖|下辖|管辖|共辖)(?!地级市|县级市|市)")  # 株洲市辖…, not 江苏省辖地级市
_SEAT_AFTER = re.compile(r"(?:人民)?政府驻地|驻地|所在地")  # 天元区是株洲市政府驻地
_CITIES_COUNTED = re.compile(r"城市(?:数量|数目|数)?$")
_COUNTED_PLACES = re.compile(r"^(?:[\u4e00-\u9fff“”]{0,6}?)(?:城市|之城|省份|省区市|地级市|国家|县市区)")
# 我市/全市/本市 name the document's place; 我省/本省 its province (全省 is mostly a comparison: 全省第一)
_ENUM_GLUE = re.compile(r"\s*(?:、|和|及|与)\s*")
_LARGEST = Decimal("1e20")  # in canonical units; beyond any real figure (world GDP is about 1e14 USD)
_BREAKDOWN = r"(?:分[\u4e00-\u9fff]{1,4}|从[\u4e00-\u9fff]{1,6})来?看"  # 分产业看, 从季度看: parts of what went before
# 从全年看，…全年增长5%左右的预期目标: the year of the figures just given
_CONTINUATION = re.compile(r"\s*(?:其中|此外|另外|同时|(?:从|就)?全年(?:来)?看|" + _BREAKDOWN +
                           r"|(?:同比|比上年)?(?:增长|增速|增幅|下降)[:：]"
                           r"|(?:城镇|农村|城市|乡村)(?:居民)?(?:这块|这边|方面)?[:：\s])")  # 地区生产总值：8120.6亿元⏎增长：5.9%; 农村居民:福州32581元
# the words of a target that say nothing of what is aimed at: 定的目标是, 都把目标定在, 省里的目标
_TARGET_ONLY = re.compile(r"(?:目标|预期|定了|定的|定在|定为|定|订在|订为|提出|设定的?|年初|将|(?:年初)?确定的?|为?完成|我们|今年|都|把|也|省里|市里|"
                          r"(?:自治区|省|市|县|区)?政府|官方|大陆|全国|全省|全市|的|经济(?:增长|成长)?|[一二三四五六七八九十两几\d]+个城市)*")
_OF_GROWTH_AFTER = re.compile(r"的(?:经济)?(?:增速|增幅|涨幅|增长率|增长速度|成长率)")
# a place, or 全省/全市, then its growth and nothing else: 全省增长, 苏北增速达到, 刚才提到前三季度苏北增速
_PLACE_GROWS = re.compile(r"[^，。；]{0,12}?(?:全省|全市|全区|[\u4e00-\u9fff]{2,4}?)(?:经济)?(?:增速|增幅|增长)(?:达到|为)?")
_RANGE_BEFORE = re.compile(r"[-—–~～至到]\s*$")  # 10%-15%: the end of a range, not a target of its own
_TARGET_END = re.compile(r"[，。；;,！!？?\s]|$|的" + TARGET_NOUN)  # not 84%以上政务服务事项: a part of them
_OF_TARGET = re.compile("的" + TARGET_NOUN)
# 增长6.5%，高于年初确定的6%左右的目标: a rate measured against its target
_BEATS_TARGET = re.compile(r"(?:高于|低于|超过|超出|快于|慢于|好于|跑赢|完成|实现|达到)了?[^，。；;\d%]{0,10}$")
_BY_QUARTER = re.compile(r"\s*" + BY_PARTS_OF_PERIOD)
_BY_PARTS = re.compile(r"\s*" + _BREAKDOWN)
_BRACKET_OPEN = re.compile(r"[ \t]?[（(]")
_BRACKET_REST = re.compile(r"[^（()）\d\n]{0,12}[）)]")
_NUMBERED_SECTION = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")
_SHARE_CUE = re.compile(r"占|比重|比例|份额|之比|贡献|的$|达产|完成|水平|结构|渗透率|覆盖率|率")
_STOCK_REACHED = re.compile(r"(?:数量|总量|总数|规模|保有量|存量)(?:达到|达|突破|超过|增至|为)|(?:数量|总量|总数)$")
_SUMMED = re.compile(r"累计|共计|合计|总计|新增|新建|新培育|引进")
# 高于全国5.0%的增幅, 跑赢了全省的4.0%: the figure of the nation, province or city a place is compared with
# (高于全省（2.1%）2.2个百分点: the bracket holds the province's figure)
_FIGURE_COMPARED_WITH = re.compile(r"(?:跑赢|跑输|高于|低于|快于|慢于|好于|超过|超出|不及|相当于)了?全([国省市])(?:同期)?(?:平均)?"
                                   r"(?:水平)?(的|[（(])?$")
# 其中义乌快递业务量123.17亿件: a part of the total just given, not a district's story
_PART_OPENING = re.compile(r"其中[，,]?$")
_WHOLE_OF = re.compile(r"占(?:[\u4e00-\u9fff]{2,3}?)?全([国省市])()$")  # 占(安徽)全省168.2万辆的八成
_POINT_LEAD = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]是[^。！？\n\d]{1,24}。")  # 一是工业生产加快。
_OWN_MEASURE = re.compile(r"增加值|产值|产量|收入|利润")  # 装备制造业增加值增长9.7%: a measure of its own
# a breakdown by kind of firm: not by industry or branch (三次产业, 食品工业 are measures of their own) nor by place
_BY_KIND = re.compile(r"\s*分(?:经济类型|所有制|企业类型|登记注册类型|控股类型|轻重工业)看")
# 江苏省辖地级市 (not 兰州市辖5个区, where the city is the subject that has them)
_DESCRIPTOR = re.compile(r"(?:省|市|自治区)?(?:辖(?![0-9一二三四五六七八九十两])|所辖|下辖的|省会|首府|的省会|代管)")
_WITHIN = re.compile(r"(?:省|市|自治区)?(?:内|境内|[^，,。；;]{0,12}?中(?:居|排|位))")  # 在广东省21个地级以上市中居第3位
# a list item that is a bare place name, the last one followed by what they all are (三个区, 两县, 等市)
_PLACES_SAID = re.compile(r"(?:[一二两三四五六七八九十\d]{1,3}个?|等)?(?:区|县|市|镇|街道)")
_HAS_FIGURE = re.compile(r"\d(?:\.\d+)?(?:多|余)?\s?(?:%|亿|万|元|个百分点)")  # 460多亿 too
# …增长52.6%，其中合肥新能源汽车产量34.2万辆: 其中 opens a part with a subject of its own
_SEMICOLON = re.compile(r"[；;\n]|分[\u4e00-\u9fff]{1,4}看|[，,]其中|仅次于|次于")  # 居第3位，仅次于深圳: no subject
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_GOAL_AFTER = re.compile(r"(?:的[\u4e00-\u9fff]{0,4})?目标")
_RENMINBI = re.compile(r"人民币|RMB|￥|¥")
_PARTNER = re.compile(r"(?:对|与)([^，,。；;、：:\s]{1,10}?)(?:的)?(?:进出口|出口|进口|贸易|双边贸易)")
_NEXT_YEARS = ("明年", "次年", "后年")
_BELOW = re.compile(r"低于|慢于|落后于|少于|不及|低出|比[^，,。；;\d]{0,8}?低|下修|下调")  # 比全国低1.2个百分点
_TIME_LIST_GLUE = re.compile(r"[、和及与,，]")
# 酒泉目标7%左右; not 高于全年目标0.4个百分点: the gap to a target is no target
_GOAL_BEFORE = re.compile(r"(?:(?:高于|低于|超过|超出|实现|完成|快于|慢于|好于|比)[^，,。；;]{0,4})?目标(?:值)?(?:为|是|：|:)?\s*$")
_TARGETS_HEADING = re.compile(r"(?:【[^】]{0,12}目标】|(?:" + SECTION_NUMBER + r"|#{1,4} )[^\n？?：:]{0,12}目标)")
_NEW_OF_STOCK = re.compile(r"(?:新增|新建|新培育|新认定|新引进|净增)[^，,。；;、\d]{0,18}$")
_TOTAL_AFTER = re.compile(r"(?:以上)?[，,、；;]?[^，,。；;\d]{0,8}?(?:总数|总量|累计|总计|共计)(?:达到|达|为|增至|突破|超过)?约?\d")
# 【一、GDP总量】, 一 经济总量, ## 人口, == 经济 ==: a copy's or a wiki's section heading, no paragraph of its own text (a bulletin's
# 一、综合 is not passed over: its sections start afresh)
_SECTION_HEADING_LINE = re.compile(r"[ \t\u3000]*(?:【[^】\n]{1,16}】(?:[（(][^）)\n]{1,12}[）)])?|[一二三四五六七八九十]{1,3}[ \u3000][^\n\d]{1,16}|"
                                   r"#{1,4} [^\n\d]{1,16}|(={2,4}) ?[^\n\d=]{1,16}? ?\1)[ \t\u3000]*$")  # == 经济 ==
_INLINE_HEADING = re.compile(r"[ \t\u3000]*【[^】\n\d]{1,16}】[ \t\u3000]*[^\s\d]")
_DEADLINE_BEFORE = re.compile(r"(?:到|至|力争|争取|目标)$")
_DATELINE = re.compile(r"[（(](?:[^（()）\n]{0,20}?记者|新华社|中新社|中央社)[^（()）\n]{0,24}?[0-9一二三四五六七八九十]{1,3}日?(?:电|讯)[）)]")
_CHANGE_STATED = re.compile(r"(?:比上年|同比|比上年末)(?:增长|下降|上涨|增加|减少)")  # a sentence, no heading
# 增速 昆明4.5%, CPI涨幅 上海0.2%, 居民消费价格涨幅：上海0.2%: a line of rates under what grew
_GROWTH_LINE = re.compile(r"[ \t\u3000]*[^\d\s，。；%:：]{0,8}?(?:增速|增幅|涨幅|增长率)(?:方面|对比|比较|前三|前五|前十|垫底|"
                          r"最快|最慢|排名)?[ \t\u3000:：]")  # 增速前三：金华6.2% 合肥6.1%
_NUMBERED_LINE = re.compile(r"[#【（(]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]")  # a section's heading
_PARAGRAPHS_WITHOUT_TIME = 12  # how far back a period is looked for across paragraphs that name no time
# 人口自然增长率-1.19‰ is births less deaths per thousand people: a rate of the population, not its change
_GROWTH_RATE = re.compile(r"增速|增幅|(?<!自然)增长率|增长速度|增长幅度|涨幅|成长率|通胀率|增长目标|增长预期目标|年增率")  # 通胀率: a price rise
_FIGURE_BETWEEN = re.compile(r"\d[\d,]*(?:\.\d+)?(?![\d.,年月日号])")  # a figure, not a date
_GROWTH_LABEL = re.compile(r"增长[（(]?%?[）)]?$")  # a table row 地区生产总值增长 | % | 5.6: its rate of growth
_PART = r"-(?:Q\d(?:\.\.Q\d)?|H[12]|01\.\.\d\d)"  # a quarter, a half, months from January
_PART_PERIOD = re.compile(r"\d{4}(-[\dQH][\d.QH]*)")  # 2025-10, 2025-Q1..Q3, 2025-01..09: a part of a year
_PART_OF_YEAR = re.compile(rf"\d{{4}}{_PART}")
_YEAR_OR_PART = re.compile(rf"\d{{4}}(?:{_PART})?")
_BY_YEAR = re.compile(r"(?<!截)(?:到|至)(?:19|20)\d\d年(?:底|末)?(?!的)")  # 截至2023年末 is a date reached
# a plan's figures are targets: 三年行动方案, 发展规划, 实施意见 (not the 政府工作报告, which reviews as well)
_PLAN_TITLE = re.compile(r"行动方案|实施方案|行动计划|工作方案|发展规划|专项规划|工作要点|实施意见|指导意见|规划纲要|五年规划|"
                         r"行動方案|實施方案|行動計劃|發展規劃|專項規劃|工作要點|實施意見|指導意見|規劃綱要|五年規劃|"
                         r"\d{4}\s*[-—–至]\s*\d{4}年")
_PROVINCE_OWN = re.compile(r"(?<![占比超于])(全省|我省|本省)")  # 占全省比重: a denominator, not the subject
# 全州: an autonomous prefecture's own word (延边州), as a city's is 全市
# 省里定的目标, 市里提出: the speaker's province or city, when nothing that could be a place's name comes before
# (江苏省里下河地区 is a region)
_SPOKEN_OWN = r"(?:(?<![\u4e00-\u9fff])|(?<=[年是在说从由]))(?={}里)"
_OWN_PLACE = re.compile(r"(?<![占比超于])(?:(?:我|全|本|" + _SPOKEN_OWN.format("市") + r")(市|州)|(?:我|本|"
                        + _SPOKEN_OWN.format("省") + r")(省))(?![场民长委])")
# 2024年全国国内生产总值…, 2024年全省地区生产总值…: the nation, or the province, when a clause opens with it
# (after the time it is about); 以全省4%的面积 and 全省唯一 do not
# a year of the era (113年全國…) opens a clause in a Taiwan document as 2024年 does elsewhere
# a lead word before the time (主计总处：, 最新消息 2025年…, the space dropped as a copy's stray one)
_OPENING_TIME = r"(?:[\u4e00-\u9fff]{1,6}(?:[:：\s]|(?=(?:19|20)\d\d年)))?(?:(?:(?:19|20)\d\d|1[01]\d)年|今年|去年|上半年|前三季度|一季度|全年|再看|来看|反观|至于|[，,\s])*"
# (全省同期地区生产总值增长2.1%: the province's, in the same period)
_NATIONAL_OWN = re.compile(_OPENING_TIME + r"(全国|我国)(?![第前首排百唯]|同(?!期)|平均水平)")
_PROVINCE_OPENING = re.compile(_OPENING_TIME + r"全省(?![第前首平排百唯]|同(?!期))")
# 上述5省市合计进出口27.61万亿元, 这三个城市共计: a sum over the places named before is about none of them
_PLACES_TOGETHER = re.compile(r"(?:(?:上述|以上|前述|上列|这|此)(?:[0-9一二三四五六七八九十两]+[个座]?(?:省|市)|[0-9一二三四五六七八九十两]*[个座]?"
                              r"(?:省市|省份|省区市|省区|城市|地市|市州|区县|县市区?|县区|地区|国家|经济体))"
                              r"|[两三四五六七八九十]+[个座]?(?:城市|省份|城|市|省|地)[^，,。；;\d]{0,8}?"
                              r"(?:加起来|合计|共计|总共|一共|总和))")  # 三座城市加起来, 三市GDP合计
_THRESHOLD = re.compile(r"(?:以上|以下|及以上)?的(?:[\u4e00-\u9fff]{0,4})(?:城市|企业|公司|项目|地区|国家|省份|省区市|县区|家庭|个人|人员|单位|园区|学生|人群)")


class ClaimBuilder:
    """Turns a normalised document into claims; holds the compiled lexicon, no document state."""

    def __init__(self, lexicon: Lexicon, places: PlaceMatcher | None = None) -> None:
        self.numbers = NumberFinder(lexicon)
        self.metrics = MetricMatcher(lexicon)
        self.places = places or PlaceMatcher(lexicon)
        w = lexicon.words
        self.up = sorted(w["measure"]["up"], key=len, reverse=True)
        self.down = sorted(w["measure"]["down"], key=len, reverse=True)
        self.target_words = w["kind"]["target"]
        self.target_clause_words = w["kind"]["target_clause"]
        self.reached_words = w["kind"]["reached"]
        self.count_change = w["measure"]["count_change"]
        self.forecast_words = w["kind"]["forecast"]
        self._forecast_re = trie_regex(self.forecast_words)
        self._target_re = trie_regex(self.target_words)
        self.plan_words = w["kind"]["plan_section"]
        self.plan_review_words = w["kind"].get("plan_review") or []
        self.done_words = w["kind"]["done"]
        # "does any of these words occur in this stretch": one scan of an alternation each
        self._target_clause_re = _any_word(self.target_clause_words)
        self._done_re = _any_word(self.done_words)
        self._done_or_reached_re = _any_word([*self.done_words, *self.reached_words])
        self.cumulative_words = w["period"]["cumulative"]
        self.scope_words = w["scope"]
        self.basis_words = w["basis"]
        self._scope_of = {word: name for dim in self.scope_words.values() for name, words in dim["values"].items()
                          for word in words}
        self._scope_re = self.metrics.scope_words  # the same words: one pattern
        self._scope_dim = {name: dim for dim, spec in self.scope_words.items() for name in spec["values"]}
        self._local_currency: dict[str, str] = w.get("local_currency") or {}
        self._era_base: dict[str, int] = w.get("era_base") or {}
        self._nation_of: dict[str, str] = w.get("nation_of") or {}
        self._growth_target_metric: str | None = w.get("growth_target_metric")
        labels = sorted(w.get("infobox_labels") or [], key=len, reverse=True)
        # 面　积: a label's characters may stand apart
        self._infobox_label = re.compile("(?:" + "|".join("[ \u3000]?".join(map(re.escape, label)) for label in labels)
                                         + r")[ \u3000：:]") if labels else None
        agencies: dict[str, list[str]] = w.get("national_agencies") or {}
        self._agency_nation = {name: nation for nation, names in agencies.items() for name in names}
        self._agency_opening = re.compile(r"[\s.·•\-—]*据?(" + "|".join(
            map(re.escape, sorted(self._agency_nation, key=len, reverse=True))) + ")(?![分门])") if agencies else None
        self._structures: dict[str, list[str]] = w.get("structure") or {}
        self._basis_of = {word: name for name, words in self.basis_words.items() for word in words}
        self._basis_find = trie_regex(self._basis_of)
        self.basis_order = list(self.basis_words)
        verbs = sorted({*self.up, *self.down}, key=len, reverse=True)
        self._change_re = re.compile(
            r"(" + "|".join(map(re.escape, verbs)) + r")[:：]?\s?(?:最快|最高|较快)?(?:了|达|达到|为)?(?:超过|超|近|约|逾|突破)?$"
        )

    # ------------------------------------------------------------------------------------------
    def build(self, doc: str, norm: NormalisedText, meta: DocumentMeta,
              place_hits: list[PlaceHit] | None = None) -> list[Claim]:
        text = norm.text
        mentions = self.numbers.find(text)
        if not mentions:
            return []
        sentences = sentence_starts(text)
        clauses = clause_starts(text, sentences)
        paragraphs = starts_of(text, re.compile(r"\n"))
        province = self.places.province_of(meta.place) if meta.place else None
        era_base = self._era_base.get(province) if province else None
        voice: str | None = None  # whose 我国 it is, when not the nation of the document's place
        if era_base is None and self._era_base:  # 中央社 on the mainland's GDP, citing 主计总处 for 114年: Taiwan's years
            voice = next((n for n in self.places.agency_nations(text) if n in self._era_base), None)
            era_base = self._era_base[voice] if voice else None
        title_year = _title_year(meta.title, era_base) or _title_year(_head(text), era_base)
        times = find_time_exprs(text, meta.date, int(title_year) if title_year else None, era_base)
        main_year = _main_year([t for t in times if not self._planned_year(text, t, sentences)])
        lead_year = _lead_year(text, times) if main_year else None
        if lead_year and lead_year > main_year and not (meta.date and lead_year > meta.date[:4]):
            # 2024年辽宁各市经济数据基本出齐了: a lead that opens with its year says what the copy is about,
            # though the earlier years it looks back to (2023年是1462.7亿) outnumber it
            main_year = lead_year
        time_starts = [t.start for t in times]
        place_hits = place_hits if place_hits is not None else self.places.find(text)
        datelines = [d.span() for d in _DATELINE.finditer(text)] if "电" in text or "讯" in text else []
        if datelines:  # （中央社记者苏思云台北28日电）: where the reporter filed from, no subject
            place_hits = [h for h in place_hits if not any(a <= h.start < b for a, b in datelines)]
        hit_starts = [h.start for h in place_hits]
        lists = self._lists(text, mentions, sentences)
        roles = _from_to_roles(text, mentions)
        subject_places = self._subject_places(lists, meta.place)
        currency = self._local_currency.get(province) if province else None
        nation = (self._nation_of.get(province) if province else None) or self.places.country
        we = (self._nation_of.get(voice) or voice) if voice else nation  # 財政部統計，113年我國出口: Taiwan's
        surfaces = sorted({text[h.start:h.end] for h in place_hits} | {b for _, b in subject_places.values() if b},
                          key=len, reverse=True)
        place_names = NameSet(surfaces) if surfaces else None
        plan_paragraphs = self._plan_paragraphs(text, paragraphs, times)
        sections = _section_periods(text, paragraphs, times)
        fallback: dict[str, str | None] = {}
        claims: list[Claim] = []
        claim_places: list[tuple[int, str]] = []  # each claim's sentence start and unit class
        base_figures: list[tuple[int, bool]] = []  # 与2020年的10020.39亿元相比: claims named by what follows
        previous: dict[int, tuple[str | None, str]] = {}  # sentence start -> last metric of that sentence
        previous_measure: dict[int, str | None] = {}  # sentence start -> the measure of its last figure
        previous_in_paragraph: dict[int, tuple[str | None, str]] = {}  # 其中，一季度增长4.0%: the metric goes on
        last_metric: tuple[str | None, str] | None = None
        place_list_metric: tuple[str, str] | None = None  # the metric of the last list of places
        # unit class -> metric of the last 苏州：26727亿元, and its figure
        place_line_metric: dict[str, tuple[str, str, Decimal]] = {}
        lead_metric: dict[str, tuple[str, str]] = {}  # unit class -> the document's first metric in it
        titled = self.metrics.nearest_alias(meta.title) if meta.title else None
        if titled and self.metrics.metric_units.get(titled):  # 2024长三角城市GDP排名出炉: the list's amounts
            lead_metric[self.metrics.metric_units[titled]] = (titled, titled)
        first_in_paragraph: dict[int, tuple[str | None, str]] = {}
        seen_ids: dict[str, int] = {}
        also: set[str] = set()  # figures said to be the same as another (也是5.0%)
        first_measures: dict[int, tuple[str | None, bool]] = {}  # 分别增长4.6%和6.2%: items share the first's
        range_measures: dict[int, tuple[str | None, bool]] = {}
        sentence_claims: dict[int, list[tuple[str | None, str]]] = {}  # figures of a sentence outside lists
        current_list: dict[int, list[tuple[str | None, str]]] = {}
        last_list: dict[int, list[tuple[str | None, str]]] = {}  # the last whole 分别 list of a sentence
        for idx, m in enumerate(mentions):
            if not m.value.is_finite() or abs(m.value) > _LARGEST:
                continue  # 100,000 万 in a row is no quantity anyone states
            sent = bounds(sentences, m.num_start, len(text))
            clause = bounds(clauses, m.num_start, len(text))
            para = bounds(paragraphs, m.num_start, len(text))
            measure, value, lower, upper = self._measure(text, m, clause)
            if measure == "change" and roles.get(idx) == "to" and text.startswith("为", m.start - 1) \
                    and m.unit != "pp" and m.value > 0:
                # 收入比由上年的1.77缩小为1.74: the level it went to, not a fall
                measure, value, lower, upper = "level", m.value, m.lower, m.upper
            info = lists.get(idx)
            prior = mentions[idx - 1] if idx else None
            if prior is not None and m.lower is not None and m.qualifier == "at_most" and \
                    (prior.lower, prior.upper) == (m.lower, m.upper) and idx - 1 in range_measures:
                measure, value, lower, upper = self._like_first(m, range_measures[idx - 1])  # 增长7%至9%
            elif info is not None and info[0] > 0 and idx - info[0] in first_measures:
                measure, value, lower, upper = self._like_first(m, first_measures[idx - info[0]])
            elif info is not None and info[0] == 0:
                first_measures[idx] = (measure, value < 0)
            if m.qualifier == "at_least" and m.upper is not None:
                range_measures[idx] = (measure, value < 0)
            # the phrase starts after the previous number of the clause: 零售总额4502.7亿元增长8.3%
            phrase_start = clause.start
            if idx and mentions[idx - 1].end > clause.start and mentions[idx - 1].end <= m.start \
                    and mentions[idx - 1].unit != "ordinal":  # 第六次全国人口普查的1644860人: a name, no figure
                phrase_start = mentions[idx - 1].end
            carried = previous.get(sent.start) or previous_in_paragraph.get(para.start)
            if _BY_QUARTER.match(text, sent.start) and first_in_paragraph and sent.start not in previous:
                # 地区生产总值…增长4.2%。其中，第三产业…增长4.8%。分季度看，一季度增长4.1%: the lead figure's
                # quarters, of this paragraph or, when it opens one, of the paragraph before
                lead_at = para.start if para.start in first_in_paragraph else next(
                    (at for at in reversed(first_in_paragraph) if not _BY_PARTS.match(text, at)),
                    next(reversed(first_in_paragraph)))  # not 分产业看，第一产业…: a breakdown of its own
                carried = first_in_paragraph[lead_at]
            carried_here = previous.get(sent.start)
            earlier_in_sentence = carried_here[0] if carried_here else ""  # "": no figure before it in the sentence
            earlier_measure = previous_measure.get(sent.start)
            if carried_here is None and carried is not None and clause.start > sent.start and \
                    self.metrics.nearest_alias(text[sent.start:clause.start]) not in (None, carried[0]):
                carried = None  # 两市常住人口继续增加，分别增加7.9万人: the sentence names its own metric
            if carried is None and last_metric is not None and _CONTINUATION.match(text, para.start):
                carried = last_metric  # 分季度看，一季度增长4.0%: the paragraph goes on with the last one's metric
            paired = None
            if info is not None and not info[2] and \
                    self._names_nothing(text, clause.start, mentions[idx - info[0]].start):
                # 分别达到A和B，分别增长x和y / 接待游客…，旅游总收入…，分别增长x和y: item k is about the k-th
                # figure of the list before, or of the figures before
                earlier = last_list.get(sent.start, [])
                if len(earlier) != info[1]:
                    earlier = sentence_claims.get(sent.start, [])[-info[1]:]
                if len(earlier) == info[1]:
                    paired = earlier[info[0]]
            if paired is not None and paired[0] is None:
                metric, metric_text = paired
            elif roles.get(idx) == "to" and carried_here is not None:
                metric, metric_text = carried_here  # 收入比由1.87缩小至1.79: the same thing, later
            else:
                # a metric named before an earlier figure of the sentence was that figure's (旅游总收入1412.3亿元
                # 增长11.2% 遥墙国际机场旅客吞吐量2110.6万人次 增长12.5%: the sentence lost its 。)
                unsaid = Span(prior.end, sent.end) if prior is not None and sent.start < prior.end <= m.start else sent
                metric, metric_text = self.metrics.resolve(text, m, Span(phrase_start, clause.end), unsaid, para,
                                                           paired or carried, info, place_names)
            if metric is None and idx in subject_places and place_list_metric is not None and info is not None \
                    and len(self.metrics.clean_phrase(text[clause.start:mentions[idx - info[0]].start], place_names)) <= 4:
                # 小店、迎泽三个区GDP分别为…⏎万柏林区和尖草坪区分别实现698.4亿元和512.7亿元: the places go on
                metric, metric_text = place_list_metric
            if metric is not None and idx in subject_places:
                place_list_metric = (metric, metric_text)
            if _is_place_line(text, m, place_hits, hit_starts):
                # 【GDP总量】⏎苏州：26727亿元 …【和一线城市比一比】⏎深圳：36801.87亿: lines of places go on
                if metric is None:  # the heading's metric, the last such line's, else the document's lead one
                    section, heading_words = self.metrics.section_metric(text, m.start)
                    if section is None and m.unit == "%" and self.metrics.growth_section(text, m.start):
                        # 【二、增速】⏎银川5.6% 兰州5.6%: the growth of the document's lead amount
                        section = lead_metric.get("money", (None, ""))[0]
                        measure = "change" if section else measure
                    # 【五、城镇居民收入】⏎合肥65874元: the heading's words, which say its scope too
                    metric, metric_text = (section, heading_words or metric_text) if section else \
                        _alike_figure(place_line_metric.get(m.unit_class), m.value) or \
                        lead_metric.get(m.unit_class, (None, metric_text))
                else:
                    place_line_metric[m.unit_class] = (metric, metric_text, m.value)
            if metric is None and m.unit == "%" and measure == "change" and self.metrics.growth_section(text, m.start):
                metric, metric_text = lead_metric.get("money", (None, metric_text))  # 【二、增速】⏎苏北整体增长6.1%
            if metric is not None:
                lead_metric.setdefault(m.unit_class, (metric, metric_text))  # 长沙2024年GDP…
            part = self._structure_part(text, sent, info)
            if part is not None:  # 三次产业增加值占地区生产总值的比重分别为2.9%、46.7%和50.4%
                metric, metric_text = self.metrics.match(part), part
            if metric is not None and m.unit_class not in (self.metrics.metric_units.get(metric) or m.unit_class,
                                                           "percent", "rank", "ratio"):
                metric = None  # 出口企业1200家 is not exports: a money metric is not counted in 家
            if metric is None and measure == "change" and m.unit == "%" and last_metric is not None and \
                    _BY_KIND.search(text, sent.start, m.start) and last_metric[0] is not None and \
                    not _OWN_MEASURE.search(metric_text.replace("企业增加值", "")):  # (国有控股企业增加值: the part's)
                # 规上工业增加值增长8.7%。分经济类型看，股份制企业增长8.9%: the growth of a part of the same
                metric, metric_text = last_metric
            if measure == "level" and metric is not None and m.unit == "%":
                measure = "share"
            if measure == "share" and m.hint is None and m.label is None and metric in self.metrics.flows \
                    and m.form != "structure" and not _SHARE_CUE.search(text, sent.start, m.num_start) \
                    and (not text.startswith("的", m.end) or _OF_TARGET.match(text, m.end)):
                # 全国约十分之一的经济总量: a part; 全年5%左右的目标: the growth aimed at
                measure = "change"  # 全年5.5%左右的预期目标, 外贸 合肥12.2%: a rate of an amount with no part named
            if measure == "share" and previous_measure.get(sent.start) == "change" and info is None \
                    and (metric, metric_text) == carried_here and not self.metrics.clean_phrase(
                        text[phrase_start:m.start], place_names):
                measure = "change"  # 增长6%以上，力争达到6.5%: the same growth, a higher mark
            base_at = m.start
            while m.form == "structure" and base_at > sent.start and text[base_at - 1] in "0123456789.:":
                base_at -= 1  # 由上年的10.9:43.6:45.5: every part of the structure is of the base
            base_figure = _BASE_FIGURE.search(text, max(sent.start, base_at - 24), base_at)
            if (metric is not None or not _OF_PLAN.search(text, max(sent.start, m.start - 10), m.start)) \
                    and not (base_figure and metric is None
                             and not self.metrics.clean_phrase(text[phrase_start:m.start], place_names)):
                # 收入640.2亿元，为预算的101.5%，增长4.1%: the share of the plan is of no metric, and the
                # growth after it is the revenue's; 比上年末的4180万人增加20万人: a base that names nothing
                # before it is the figure before it again, not what comes after it
                previous[sent.start] = (metric, metric_text)
            previous_measure[sent.start] = measure
            if info is None:
                sentence_claims.setdefault(sent.start, []).append((metric, metric_text))
            else:
                items = current_list.setdefault(sent.start, [])
                if info[0] == 0:
                    items.clear()
                items.append((metric, metric_text))
                if info[0] == info[1] - 1:
                    last_list[sent.start] = list(items)
            if metric is not None:
                previous_in_paragraph[para.start] = (metric, metric_text)
                first_in_paragraph.setdefault(para.start, (metric, metric_text))
                last_metric = (metric, metric_text)
            entity = self._entity(text, m, sent, para, place_hits, hit_starts, meta, metric_text, paragraphs, nation,
                                  we)
            if idx in subject_places:
                entity = subject_places[idx][0]  # 南京、苏州、无锡…分别: each figure belongs to its own place
            last = idx
            while last + 1 < len(mentions) and _ENUM_GLUE.fullmatch(text[mentions[last].end:mentions[last + 1].start]):
                last += 1
            if last != idx and _THRESHOLD.match(text, mentions[last].end):
                entity = None  # 超1000亿元、500亿元、100亿元的企业: every item of the list is a threshold
            entity = self._among_cities(text, m, entity, place_hits, hit_starts)
            # 成都高新区: the city's figure within its zone, a scope of the city that is never its total
            entity, zone = self.places.split_zone(entity)
            period = self._period(text, m, sent, para, paragraphs, times, time_starts, lists.get(idx), meta)
            if period is None and para.start in plan_paragraphs:
                period = plan_paragraphs[para.start]
            if measure == "change" and period and _DATED.fullmatch(period):
                if not _OWN_BASE.search(text, clause.start, m.start):  # 同比下降3.1% has its own base
                    period = _since_base(times, time_starts, sent, m, int(period[:4])) or period
            if period and _YEAR_SPAN.fullmatch(period):
                # “十四五”以来，…由2020年的22156.69亿元增加到2024年的28649.44亿元，年均增长4.7%: the years the
                # sentence names for either end make the span, not the plan's
                period = _named_span(text, times, time_starts, sent, period) or period
            if idx in roles and period and _YEAR_SPAN.fullmatch(period) and measure != "change":
                # 2020—2024年，…由1485.6亿元增加到2236.8亿元: the levels at either end of the span
                period = period[:4] if roles[idx] == "from" else period[5:]
            elif period and _YEAR_SPAN.fullmatch(period) and measure == "level" and m.unit_class != "percent" \
                    and _STOCK_REACHED.search(text, clause.start, m.start) \
                    and not _SUMMED.search(text, clause.start, m.start):
                period = period[5:]  # “十四五”以来，…规模以上工业企业数量突破2.5万户: a stock where the span ends
            kind = self._kind(text, m, sent, clause, para, plan_paragraphs, period, meta.date, meta.title)
            if kind == "target" and metric is None and m.unit == "%" and carried_here and carried_here[0] \
                    and earlier_measure == "change" and _OF_TARGET.match(text, m.end) \
                    and _BEATS_TARGET.search(text, max(phrase_start, m.start - 12), m.start):
                # 增长6.5%，高于年初确定的6%左右的目标: the rate's own target
                metric, metric_text = carried_here
                measure = "change"
            elif kind == "target" and metric is None and measure in ("share", "change") and m.unit == "%" \
                    and _TARGET_END.match(text, m.end) and not _RANGE_BEFORE.search(text, max(0, m.start - 2), m.start) \
                    and (_OF_TARGET.match(text, m.end) or not _SHARE_CUE.search(text, sent.start, m.num_start)) \
                    and _TARGET_ONLY.fullmatch(
                        self.metrics.clean_phrase(text[phrase_start:m.start], place_names)) \
                    and (earlier_in_sentence in ("", self._growth_target_metric) or "目标" in text[phrase_start:m.start]
                         or _OF_TARGET.match(text, m.end)):
                # 唐山定的目标是6%左右: the economy's growth (not 突破6.2万亿元，增长59.9%: an amount not named)
                metric, measure = self._growth_target_metric, "change"
                previous[sent.start] = (metric, metric_text)
            elif metric is None and measure == "change" and m.unit == "%" and earlier_in_sentence == "" \
                    and _PLACE_GROWS.fullmatch(text, clause.start, m.start) and not self.metrics.clean_phrase(
                        text[clause.start:m.start], place_names).strip("增速幅长"):
                # 从前三季度情况看，全省增长5.5%, 刚才提到前三季度苏北增速达到6.0%: a place's growth with nothing
                # named is its economy's
                metric = self._growth_target_metric
                previous[sent.start] = (metric, metric_text)
            left = text[clause.start:m.start]
            if currency and m.unit == "CNY" and not _RENMINBI.search(text, max(0, m.start - 4), m.end) and (
                    entity is None or self.places.province_of(entity) == province):
                # 1,486.2億元 in a Taiwan budget: 新台币; but a Macao paper's 江苏137008億元 is yuan
                m = replace(m, unit=currency)
            claim = self._claim(doc, norm, meta, m, value, lower, upper, measure, metric, metric_text, entity,
                                period, kind, left, sent, lists.get(idx), seen_ids, zone)
            claims.append(claim)
            if _ALSO_BEFORE.search(text, max(0, m.start - 6), m.start):
                also.add(claim.id)
            if base_figure:
                base_figures.append((len(claims) - 1, base_figure.group("rel") is not None))
            claim_places.append((sent.start, m.unit_class))
            if claim.period is None and m.unit != "ordinal":
                fallback[claim.id] = _section_period(sections, para.start) or title_year or main_year
        _name_base_figures(claims, base_figures, claim_places)
        claims = _restated_metrics(claims)
        # weakest evidence last: a restated figure's own period first, then the section's or the title's year
        claims = [c if c.period or not fallback.get(c.id) else replace(c, period=fallback[c.id])
                  for c in _restated_periods(claims, also)]
        _date_bases_of_last_year(claims, base_figures, claim_places)
        return claims

    def _planned_year(self, text: str, t: TimeExpr, sentences: list[int]) -> bool:
        """Whether a year is one planned or foreseen (【2025年目标】, 有望在2025年突破…), not one reported on."""
        if text.startswith(_PLAN_NOUNS, t.end):
            return True
        sent = bounds(sentences, t.start, len(text))
        return bool(self._target_re.search(text, sent.start, sent.end) or
                    self._forecast_re.search(text, sent.start, sent.end))

    def _structure_part(self, text: str, sent: Span, info: tuple[int, int, str] | None) -> str | None:
        """The k-th part of a structure (三次产业) that a list of as many shares goes through, in order."""
        if info is None:
            return None
        k, n, _ = info
        for whole, parts in self._structures.items():
            if len(parts) == n and whole in text[sent.start:sent.end]:
                return parts[k]
        return None

    # -- measure --------------------------------------------------------------------------------
    def _measure(self, text: str, m: Mention, clause: Span) -> tuple[str | None, Decimal, Decimal | None, Decimal | None]:
        value, lower, upper = m.value, m.lower, m.upper
        if m.hint is not None:
            return m.hint, value, lower, upper  # a table column said what it holds
        if m.unit == "rank":
            return "rank", value, lower, upper
        if m.unit == "ordinal":
            return None, value, lower, upper
        start = clause.start
        if start and text[start - 1] in "：:":  # 增长：5.9%: the label before the colon says what it is
            start = max(text.rfind("\n", max(0, start - 12), start) + 1, start - 12)
        # a line break inside a clause is a hard-wrapped line (比上年增⏎长8.2%): read across it
        before = text[max(start, m.start - 12):m.start].replace("\n", "")[-10:]
        verb = self._change_re.search(before)
        is_change = m.form == "doubling" or m.unit == "pp"
        sign = 1
        if verb and (m.unit_class != "count" or verb.group(1) in self.count_change):
            is_change = True
            sign = -1 if verb.group(1) in self.down else 1
        elif m.unit == "pp":
            prior = text[max(clause.start, m.start - 20):m.start]
            if any(d in prior for d in self.down) or _BELOW.search(prior):
                sign = -1  # 低于全国1.8个百分点: that far under the other
        if is_change and _DECLINE_SIZE.search(text, clause.start, m.start):
            sign = -sign  # 降幅收窄1.2个百分点: the decline got smaller, so the rate went up
        if not is_change and m.unit_class == "count" and _NEW_OF_STOCK.search(text, max(clause.start, m.start - 24), m.start) \
                and _TOTAL_AFTER.match(text, m.end):
            is_change = True  # 新增高新技术企业3500家、总数达到3.5万家: the increase of a stock whose total follows
        if not is_change and m.unit == "%" and text[m.num_start - 1:m.num_start] == "+":
            is_change = True  # 141633.81（+3.5%）: a signed rate is a change
        if not is_change and m.unit == "%" and value < 0 and text.find("自然增长率", clause.start, m.start) < 0:
            is_change = True  # 房地产开发投资-12.6%: a share is never negative (a natural growth rate may be)
        if not is_change and m.unit == "%" and (_GROWTH_RATE.search((m.label or "") + text[clause.start:m.start])
                                                 or (m.label and _GROWTH_LABEL.search(m.label))):
            is_change = True  # 增速回升至3%, a table row "GDP实际增速 | 5.2%": the number is a growth rate
        if not is_change and m.unit == "%" and _OF_GROWTH_AFTER.match(text, m.end):
            is_change = True  # 西藏以6.3%的增速领跑全国: the number is a growth rate
        if not is_change and m.unit == "%" and _GROWTH_LINE.match(text, text.rfind("\n", max(0, m.start - 60), m.start) + 1):
            is_change = True  # 增速 昆明4.5% 南宁4.4%: a line of a copy under its growth label
        if not is_change and m.unit == "%" and not HAN.search(text, clause.start, m.start):
            after = LABEL_AFTER.match(text, m.end)  # ▶ 11.2%　全市数字经济核心产业增加值增速
            is_change = bool(after and _GROWTH_RATE.search(after.group(1)))
        if not is_change:
            return ("share" if m.unit == "%" else "level"), value, lower, upper
        if sign < 0 and value > 0:
            value = -value
            lower, upper = (-upper if upper is not None else None), (-lower if lower is not None else None)
        return "change", value, lower, upper

    @staticmethod
    def _like_first(m: Mention, first: tuple[str | None, bool]) -> tuple[str | None, Decimal, Decimal | None, Decimal | None]:
        measure, negative = first
        value, lower, upper = m.value, m.lower, m.upper
        if measure == "level" and m.unit == "%":
            measure = "share"
        if negative and value > 0:
            value = -value
            lower, upper = (-upper if upper is not None else None), (-lower if lower is not None else None)
        return measure, value, lower, upper

    # -- entity ---------------------------------------------------------------------------------
    def _entity(self, text: str, m: Mention, sent: Span, para: Span, hits: list[PlaceHit],
                hit_starts: list[int], meta: DocumentMeta, metric_text: str, paragraphs: list[int],
                nation: str | None = None, we: str | None = None) -> str | None:
        if m.unit == "ordinal":
            return None
        if _THRESHOLD.match(text, m.end):
            return None  # 超万亿元的城市, 超1000亿元的企业: a threshold that defines a class, about no one
        if m.unit_class == "count" and _ADMIN_UNITS.match(text, m.end):
            # 株洲市辖荷塘区、芦淞区…5个区，…共有19个街道: the units of the place that governs them
            k = bisect_right(hit_starts, m.start)
            for hit in _backwards(hits, k):
                if hit.start < sent.start:
                    break
                if _GOVERNS.match(text, hit.end):
                    return hit.name
        if m.unit_class == "count" and (
            _COUNTED_PLACES.match(text[m.end:m.end + 10]) or _CITIES_COUNTED.search(metric_text)
        ):
            # 26个万亿之城, 超万亿元的城市有24个: a count of places is about no one place (城市停车位6800个 is
            # the city's)
            return None
        compared = _FIGURE_COMPARED_WITH.search(text, max(0, m.start - 8), m.start)
        if compared is None and m.unit_class != "percent" and text.startswith("的", m.end):
            compared = _WHOLE_OF.search(text, max(0, m.start - 7), m.start)  # 占全省137008亿的23.6%: the whole's
        # the 的 marks the figure as theirs (全国5.0%的增幅); 高于全国0.5个百分点 is the place's own gap
        if compared and (compared.group(2) or text.startswith("的", m.end)):
            if compared.group(1) == "国" and self.places.country:
                return self.places.country
            if compared.group(1) != "国" and meta.place:
                home = self._home(text, hits, hit_starts, para, paragraphs, meta.place)
                return self.places.province_of(home) if compared.group(1) == "省" else home
        k = bisect_right(hit_starts, m.start)
        clause_start = max(sent.start, max(text.rfind(ch, sent.start, m.start) for ch in "，,；;：:") + 1)
        if self.places.country and "国内生产总值" in metric_text and not (k and hits[k - 1].start >= clause_start):
            return self.places.country  # 国内生产总值 is the nation's; a region's is 地区生产总值
        if self.places.country and text.find("大陆", sent.start, m.start) >= 0 and \
                _MAINLAND.search(text, max(sent.start, hits[k - 1].end if k else 0), m.start):
            return self.places.country  # 大陆全年货物贸易进出口总值43.85兆元人民币, in a Taiwan document
        for opening in (clause_start, sent.start):  # the clause's subject, else the sentence's
            if k and hits[k - 1].start >= opening:
                break
            own_nation = _NATIONAL_OWN.match(text, opening, m.end) if nation else None
            if own_nation:  # 全国, 我国: in a Taiwan document, 全國平均失業率 is Taiwan's
                return (we or nation) if own_nation.group(1) == "我国" else nation
            if meta.place and _PROVINCE_OPENING.match(text, opening, m.end):
                prior = hits[k - 1] if k and hits[k - 1].start >= sent.start else None
                if prior is not None and prior.level == "province" and prior.name != meta.place \
                        and not self._is_denominator(text, prior, m):
                    return prior.name  # 吉林省政府工作報告提出，2025年全省… in a document about 辽宁: 吉林's
                # ■吉林：… then 全省…: 吉林's
                return self.places.province_of(self._home(text, hits, hit_starts, para, paragraphs, meta.place))
        # 財政部統計，113年我國出口總值4750.7億美元，年增9.9%: a clause of the sentence opens with the nation,
        # and no place is named after it
        opened_by = self._nation_opens_a_clause(text, hits, k, sent, m) if nation and m.unit != "rank" else None
        if opened_by:
            return (we or nation) if opened_by == "我国" else nation
        agency_nation = self._agency_speaks(text, hits, k, sent, m) if nation else None
        if agency_nation:
            return (we or nation) if agency_nation == "own" else agency_nation
        if meta.place and self.places.is_city(meta.place) and not (k and hits[k - 1].start >= sent.start) \
                and _OWN_COUNTY.search(text, sent.start, m.start):
            speaker = self._speakers_county(hits, hit_starts, para, paragraphs, meta.place)
            if speaker:  # 下面请柯城区方晓东副区长介绍…⏎方晓东：…全区实现生产总值236.8亿元
                return speaker
        own = _OWN_PLACE.search(text, clause_start, m.start)
        province_doc = meta.place is not None and self.places.level_rank(meta.place) == 2
        if own is None and province_doc:
            own = _PROVINCE_OWN.search(text, clause_start, m.start)
        if own and m.unit == "rank" and own.end() >= m.start - 4:
            own = None  # 继续保持全省第一: where it ranks, not whose rank
        if own and (own.group(1) or province_doc) and meta.place and not (k and hits[k - 1].start >= clause_start):
            # 重庆市统计局公布，2024年全市实现…: 全市 is the city the sentence opened with, in a document
            # about another; else the document's place (全市下辖5个区), whatever lesser place came before
            prior = hits[k - 1] if k and hits[k - 1].start >= sent.start and hits[k - 1].name != meta.place \
                and not self._is_denominator(text, hits[k - 1], m) else None
            if prior is not None:
                says_city = own.re is _OWN_PLACE and own.group(1)
                if says_city and self.places.is_city(prior.name) and \
                        (self.places.is_city(meta.place) or self.places.level_rank(meta.place) == 2):
                    return prior.name  # 瀋陽方面，2024年全市… in a document about 辽宁: 沈阳's
                if not says_city and prior.level == "province":
                    return prior.name  # 吉林省政府工作報告提出，2025年全省… in a document about 辽宁: 吉林's
            return self._home(text, hits, hit_starts, para, paragraphs, meta.place,
                              says_city=bool(own.re is _OWN_PLACE and own.group(1)))
        if _PLACES_TOGETHER.search(text, max(sent.start, hits[k - 1].end if k else 0), m.start):
            before = hits[k - 1] if k and hits[k - 1].start >= sent.start else None
            # 苏锡常三市合计: the region they make up; 武汉、宜昌、襄阳三市合计: none of them
            return before.name if before is not None and before.level == "region" else None
        for hit in _backwards(hits, k):
            if hit.start < sent.start:
                break
            if hit.level == "region" and not _region_is_subject(text, hits, hit_starts, hit, sent):
                continue
            if text[hit.start - 1:hit.start] == "是" and (text.startswith("的", hit.end) or _SEAT_AFTER.match(
                    text, hit.end)) and _earlier_hit_in(hits, hit_starts, hit, sent):
                # 蚌山区是蚌埠市的中心城区之一，…地区生产总值386.9亿元, 天元区是株洲市政府驻地，面积327平方千米:
                # the district's, not the city's
                continue
            if not self._is_denominator(text, hit, m) and not (hit.start < clause_start and _in_enumeration(text, hit)):
                return _pair_name(hits, hit_starts, hit, meta.place)
        # a place after the number, in the same part of the sentence (a place after a semicolon begins
        # another subject: …入住率达到81.3%；其中三亚市…)
        # or the end of the line, in a text that lost its 。, or a breakdown (…其中⏎分区县看 历下区…)
        semicolon = _SEMICOLON.search(text, m.end, sent.end)
        ahead_end = semicolon.start() if semicolon else sent.end
        own_after = _OWN_PLACE.search(text, m.end, ahead_end) if meta.place else None
        for hit in itertools.islice(hits, k, None):
            if hit.start >= ahead_end or (own_after and own_after.start() < hit.start):
                break
            if _FIGURE_BETWEEN.search(text, m.end, hit.start):
                break  # 森林覆盖率79.39%，…比率99.2%，长汀县水土流失率…: the place of a later figure
            if hit.level != "region" and not self._is_denominator(text, hit, m):
                return _pair_name(hits, hit_starts, hit, meta.place)
        if own_after and not own_after.group(2):
            return meta.place  # ▶ 1.16万家　全市国家级高新技术企业数量: a data box's label follows its figure
        own = _OWN_PLACE.search(text, sent.start, m.start)
        if own and meta.place:
            if own.group(2) and self.places.level_rank(meta.place) < 2:
                return self.places.province_of(meta.place)
            return self._home(text, hits, hit_starts, para, paragraphs, meta.place, says_city=bool(own.group(1)))
        if province_doc and _PROVINCE_OWN.search(text, sent.start, m.start):
            # 全省纳入监测的58家景区…，同比增长11.5%: a province's own document
            return self._home(text, hits, hit_starts, para, paragraphs, meta.place)
        # 襄阳达到5997.6亿元。全省常住人口城镇化率…。粮食总产量557.7亿斤: the document's own place, said since
        own_since: re.Match[str] | None | bool = False  # searched when a place before the sentence is met
        for hit in _backwards(hits, k):
            if hit.start < para.start:
                break
            if own_since is False and hit.start < sent.start:
                own_since = (_PROVINCE_OWN if province_doc else _OWN_PLACE).search(
                    text, max(para.start, sent.start - 200), sent.start)
            if own_since and hit.start < own_since.start() and meta.place:
                return self._home(text, hits, hit_starts, para, paragraphs, meta.place)
            if hit.level != "region" and not self._is_denominator(text, hit, m) and not _in_enumeration(text, hit) \
                    and (hit.name == meta.place or _states_figures(text, hit, m.start)):
                return _pair_name(hits, hit_starts, hit, meta.place)
        if _PART_LINE.match(text, para.start) and para.start:
            # 泉州：2681.74亿⏎其中出口1813.52亿: the part of the figure on the line before, of its place
            above = text.rfind("\n", 0, para.start - 1) + 1
            for hit in hits[bisect_left(hit_starts, above):bisect_left(hit_starts, para.start)]:
                if hit.level != "region" and not self._is_denominator(text, hit, m):
                    return _pair_name(hits, hit_starts, hit, meta.place)  # the subject the line opens with
        heading = self._section_place(text, hits, hit_starts, para, paragraphs, meta.place)
        if heading:
            return heading
        local = self._nearby_subplace(text, hits, k, para, paragraphs, meta.place)
        if local:
            return local
        if not text[para.start:m.start].strip() and not text[m.end:para.end].strip():
            # 【三、消费】⏎兰州⏎1712.6亿⏎银川⏎1021.5亿: a figure alone on its line, under a line that is a place
            above = text.rfind("\n", 0, max(0, para.start - 1))
            line = text[above + 1:para.start].strip()
            j = bisect_left(hit_starts, above + 1)
            if line and j < len(hits) and hits[j].start < para.start and text[hits[j].start:hits[j].end] == line:
                return hits[j].name
        # a heading's figure is about the place the text under it names; a short line holding several
        # figures is a run of data that lost its punctuation, not a heading
        if self._is_heading(text, para) and len(_HAS_FIGURE.findall(text, para.start, para.end)) <= 1:
            nxt = text[para.end:para.end + 400]
            for hit in self.places.find(nxt):
                line_start = nxt.rfind("\n", 0, hit.start) + 1
                if not _BREAKDOWN_OR_ADDRESS.search(nxt, line_start, hit.start):  # 地址：河西区友谊路35号
                    return hit.name
        return meta.place

    def _section_place(self, text: str, hits: list[PlaceHit], hit_starts: list[int], para: Span,
                       paragraphs: list[int], doc_place: str | None) -> str | None:
        """【延伸阅读】台湾经济 above the paragraph: the place a section heading names, other than the document's."""
        p = bisect_right(paragraphs, para.start) - 1
        for q in range(p - 1, max(0, p - _SECTION_LINES) - 1, -1):
            start = paragraphs[q]
            end = paragraphs[q + 1] - 1
            line = text[start:end].strip()
            if not line:
                continue
            numbered = _NUMBERED_HEADING.match(line)  # 一、重庆：经济总量稳居全国城市第4位
            # 徐州市副市长：⏎谢谢。前三季度，全市…: a speaker's answer is about the speaker's place
            numbered = numbered or _SPEAKER_LINE.fullmatch(line)
            if not numbered and (len(line) > _SECTION_HEADING or _NOT_A_HEADING.search(WRITTEN_YEAR.sub("", line))
                                 or self._is_infobox_field(line)):
                continue  # (【數據速覽】吉林2024年主要經濟指標 is a heading: its year is no figure; 地理位置　安徽省东部 is not)
            k = bisect_left(hit_starts, start)
            if q < _TITLE_LINES or k >= len(hits) or hits[k].start >= end or hits[k].name == doc_place \
                    or _DESCRIPTOR.match(text, hits[k].end):
                # the nearest heading names no other place, or is the title or its subtitle, or says where the
                # subject lies (湖南省辖地级市)
                return None
            return hits[k].name
        return None

    def _home(self, text: str, hits: list[PlaceHit], hit_starts: list[int], para: Span, paragraphs: list[int],
              doc_place: str | None, says_city: bool = False) -> str | None:
        """全市, 全省: the document's place, or the place of its kind a section heading names (一、重庆：… in a
        document about 成都 and 重庆; 重庆 is a city of a province's rank). 全市 under a city's heading in a
        province's document (徐州市副市长：…全市) is that city."""
        section = self._section_place(text, hits, hit_starts, para, paragraphs, doc_place) if doc_place else None
        if section is None and says_city and doc_place and self.places.level_rank(doc_place) == 2:
            # 台州经济运行延续回升向好态势。全市实现… at a province's press conference: the city just named
            # (or named in the question this answer follows: 请问林金荣副市长，台州上半年…⏎【林金荣】⏎…全市…)
            p = bisect_right(paragraphs, para.start) - 1
            floor = paragraphs[max(0, p - _ANSWER_LINES)]
            for h in _backwards(hits, bisect_left(hit_starts, para.end)):
                if h.start < floor:
                    break
                if h.level == "prefecture" and self.places.province_of(h.name) == doc_place:
                    section = h.name
                    break
                if h.name == doc_place and h.start < para.start:
                    break  # the province's own figures came between
        if section:
            doc_rank, section_rank = self.places.level_rank(doc_place), self.places.level_rank(section)
            # a city's document: another city (重庆 too); a province's: another province
            if (section_rank == 2 == doc_rank) or (self.places.is_city(section) and (
                    self.places.is_city(doc_place) or says_city)):
                return section
        return doc_place

    def _speakers_county(self, hits: list[PlaceHit], hit_starts: list[int], para: Span, paragraphs: list[int],
                         city: str) -> str | None:
        """The district or county of the city named in the last lines (a press conference's next speaker's)."""
        p = bisect_right(paragraphs, para.start) - 1
        floor = paragraphs[max(0, p - _ANSWER_LINES)]
        for h in _backwards(hits, bisect_left(hit_starts, para.end)):
            if h.start < floor or h.name == city:
                break  # (the city's own figures came between)
            if h.level == "county" and self.places.parent_of(h.name) == city:
                return h.name
        return None

    def _nearby_subplace(self, text: str, hits: list[PlaceHit], k: int, para: Span, paragraphs: list[int],
                         doc_place: str | None) -> str | None:
        """武进 named in the last paragraphs of a 常州 document: the local story's place."""
        if doc_place is None:
            return None
        p = bisect_right(paragraphs, para.start) - 1
        floor = paragraphs[max(0, p - 6)]
        # 全市 said since then (the title names 小店区, the lead says 全市…): the city is the subject again
        said = [own.end() for own in _OWN_PLACE.finditer(text, floor, para.start)]
        if said:
            floor = said[-1]
        for q in range(p, max(0, p - 6) - 1, -1):  # ## 经济, （五）坚持城乡融合…: a section starts another story
            if (q < p and (_SECTION_HEADING_LINE.match(text, paragraphs[q], paragraphs[q + 1])
                           or _LIST_HEADING_LINE.match(text, paragraphs[q]))) or \
                    _NUMBERED_SECTION.match(text, paragraphs[q]):
                floor = max(floor, paragraphs[q])
                break
        for hit in _backwards(hits, k):
            if hit.start < floor:
                break
            if hit.level == "county" and self.places.parent_of(hit.name) == doc_place and not _in_enumeration(text, hit) \
                    and not _in_table_row(text, hit) and not _PART_OPENING.search(text, max(0, hit.start - 4), hit.start) \
                    and not _BREAKDOWN_OR_ADDRESS.search(text, text.rfind("\n", max(0, hit.start - 40), hit.start) + 1,
                                                         hit.start):
                # 晋源区…286.3亿元；小店区…1386.2亿元: a round of districts on one line, no district's story
                return None if self._other_district_on_line(text, hits, hit) else hit.name
        return None

    def _other_district_on_line(self, text: str, hits: list[PlaceHit], hit: PlaceHit) -> bool:
        line_start = text.rfind("\n", 0, hit.start) + 1
        line_end = text.find("\n", hit.end)
        line_end = len(text) if line_end < 0 else line_end
        parent = self.places.parent_of(hit.name)
        on_line = hits[bisect_left(hits, line_start, key=_start_of):bisect_left(hits, line_end, key=_start_of)]
        return any(other.name != hit.name and other.level == "county" and self.places.parent_of(other.name) == parent
                   for other in on_line)

    @staticmethod
    def _is_denominator(text: str, hit: PlaceHit, m: Mention) -> bool:
        if _DESCRIPTOR.match(text, hit.end):
            return True  # 江苏省辖地级市, 浙江省省会: describes the subject, is not it
        before = text[max(0, hit.start - 2):hit.start]
        if before.endswith("在") and _WITHIN.match(text, hit.end):
            return True  # 在山东省内仅次于青岛: where the figure ranks, not whose it is
        # 居金华各县第1位; 厦门与福州的差距: the second of a pair is what the first is compared with
        if before.endswith(("占", "占全", "比", "较", "超", "超过", "高于", "低于", "于", "对", "居", "列", "与", "同", "距离", "离", "距", "不到", "不足", "相当于",
                            "追", "赶", "来自")):  # 来自香港的资金约4.1亿美元: where it comes from
            return True
        if _TRADE_PARTNER_BEFORE.search(text, max(0, hit.start - 10), hit.start) and _TRADE_AFTER.match(text, hit.end):
            return True  # 对中国大陆及香港出口1506.9亿美元: where the goods go, not who exports
        between = text[hit.end:m.start]
        return bool(re.fullmatch(r"(?:的|省|市|区|县)?的?", between)) and before.endswith(("、", "占"))

    def _agency_speaks(self, text: str, hits: list[PlaceHit], k: int, sent: Span, m: Mention) -> str | None:
        """主计总处：113年经济成长4.59%: the nation of the agency the sentence opens with ("own": the document's),
        when it names no place (全省, 本市 included) before the figure."""
        if self._agency_opening is None or (k and hits[k - 1].start >= sent.start
                                            and not self._is_denominator(text, hits[k - 1], m)):
            return None  # (经济部统计，113年核准对中国大陆投资321件: the mainland is where the money went)
        agency = self._agency_opening.match(text, sent.start)
        if agency is None:  # 另外，经济部统计 / 台商布局方面，据经济部投资审议司统计: after a short lead clause
            lead = _CLAUSE_SEP.search(text, sent.start, min(m.start, sent.start + _AGENCY_LEAD))
            agency = self._agency_opening.match(text, lead.end()) if lead else None
        if agency is None or agency.end() > m.start:
            return None
        if _OWN_PLACE.search(text, agency.end(), m.start) or _PROVINCE_OWN.search(text, agency.end(), m.start):
            return None
        return self._agency_nation[agency.group(1)]

    def _nation_opens_a_clause(self, text: str, hits: list[PlaceHit], k: int, sent: Span, m: Mention) -> str | None:
        """我国 or 全国, when a clause of the sentence before the figure opens with it (after its time) and no
        place that could be the subject is named after it."""
        if text.find("国", sent.start, m.start) < 0:
            return None  # most sentences name no nation: no need to look at their clauses
        for sep in _CLAUSE_SEP.finditer(text, sent.start, m.start):
            opening = _NATIONAL_OWN.match(text, sep.end(), m.end)
            if opening:
                for hit in _backwards(hits, k):
                    if hit.start < sep.end():
                        break
                    if not self._is_denominator(text, hit, m):
                        return None
                return opening.group(1)
        return None

    def _among_cities(self, text: str, m: Mention, entity: str | None, hits: list[PlaceHit],
                      hit_starts: list[int]) -> str | None:
        """长春：7632.3亿⏎哈尔滨：5990.6亿⏎吉林：1772.6亿: a bare 吉林 among cities is the city of that name,
        not the province."""
        city = self.places.namesake_city(entity)
        if city is None:
            return entity
        line_start = text.rfind("\n", 0, m.start) + 1
        k = bisect_right(hit_starts, m.start)
        if not k or hits[k - 1].start < line_start or hits[k - 1].name != entity \
                or text.startswith(("省", "全省"), hits[k - 1].end):
            return entity
        lo = line_start
        if _is_place_line(text, m, hits, hit_starts):  # 吉林：1772.6亿, under the lines of the list above
            for _ in range(_CITY_LIST_LINES):
                lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
        line_end = text.find("\n", m.end)
        near = hits[bisect_left(hit_starts, lo):bisect_left(hit_starts, line_end if line_end >= 0 else len(text))]
        cities = {h.name for h in near if h.level == "prefecture" and h.name != city}
        return city if len(cities) >= 2 else entity  # (or 大连5.4% 沈阳5.6% … 吉林4.6% on one line)

    def _is_heading(self, text: str, para: Span) -> bool:
        line = text[para.start:para.end].strip()
        # a table row (面积⇥461 km²), an infobox field (面积：931平方千米, 人口　　　383.2万人, 下辖地区　2个) or an item of a
        # list (2023年：3158.29亿) is no heading
        return 0 < len(line) <= 40 and not re.search(r"[。！？!?；;]$", line) and "\t" not in line and "|" not in line \
            and not _FIELD.match(line.lstrip(_BULLETS)) and not _CHANGE_STATED.search(line) \
            and not _LABEL_GAP.search(line) and not _LIST_ITEM.match(line) and not self._is_infobox_field(line)

    def _is_infobox_field(self, line: str) -> bool:
        """地理位置　安徽省东部, 面　积　13523 km² (the wide spaces made one): an encyclopedia infobox's label and value."""
        return self._infobox_label is not None and self._infobox_label.match(line) is not None

    # -- period ---------------------------------------------------------------------------------
    def _period(self, text: str, m: Mention, sent: Span, para: Span, paragraphs: list[int],
                times: list[TimeExpr], time_starts: list[int], list_info: tuple[int, int, str] | None,
                meta: DocumentMeta) -> str | None:
        if m.when is not None and m.when.startswith("?"):
            # 指标 | 1-6月 | 1-9月 under no year: the part the column names, of the year the text gives the table
            found = self._period_of(text, replace(m, when=None), sent, para, paragraphs, times, time_starts,
                                    list_info, meta)
            return f"{found[:4]}{m.when[1:]}" if found and found[:4].isdigit() else None
        return self._period_of(text, m, sent, para, paragraphs, times, time_starts, list_info, meta)

    def _period_of(self, text: str, m: Mention, sent: Span, para: Span, paragraphs: list[int],
                   times: list[TimeExpr], time_starts: list[int], list_info: tuple[int, int, str] | None,
                   meta: DocumentMeta) -> str | None:
        if m.unit == "ordinal" and meta.date is None:
            return None
        if m.when is not None:  # 指标 | 2025年 | 2030年: the column says
            if m.label is not None and m.when.isdigit():
                # 2025年国庆中秋假期主要指标 over 2025年 | 2024年: the same part of each column's year
                above = _PART_PERIOD.fullmatch(self._table_title_period(text, paragraphs, para, times, time_starts)
                                               or "")
                if above:
                    return m.when + above.group(1)
            return m.when
        after = _BRACKET_OPEN.match(text, m.end)
        if after:  # 人口 = 498.93万人（2024年末常住人口）, 5103.6亿元（2024年）: the bracket after it says when
            j = bisect_left(time_starts, after.end())
            if j < len(times) and times[j].start == after.end() and times[j].period and not times[j].is_now \
                    and _BRACKET_REST.match(text, times[j].end):  # not （2023年为4600亿元）: another figure's
                return times[j].period
        k = bisect_right(time_starts, m.num_start)
        first = bisect_left(time_starts, sent.start)  # bisect, not a scan: long documents have many
        in_sentence = [t for t in times[first:k] if t.end <= m.num_start + 1]
        if list_info is not None and len(in_sentence) >= list_info[1] >= 2:
            # 一季度、上半年、前三季度…分别增长6.0%、5.8%、5.7%: the k-th period of the listed ones
            listed = in_sentence[-list_info[1]:]
            if all(_TIME_LIST_GLUE.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(listed)) \
                    and all(t.period and not t.local for t in listed):
                return listed[list_info[0]].period
        for t in reversed(in_sentence):
            if t.base or (t.local and not _OF_THAT_YEAR.fullmatch(text, t.end, m.start)):
                continue  # 由2020年的38.4%下降至35.9%: the 2020 belongs to 38.4% only; 是2019年的2.5倍: a base
            if t.subset == "clause" and _CLAUSE_GROUP_END.search(text, t.end, m.start):
                continue  # 其中9月当月增长8.2%；社会消费品零售总额…: the part held for its own clauses
            if t.span_years and list_info is not None and list_info[1] == t.span_years[1] - t.span_years[0] + 1:
                return str(t.span_years[0] + list_info[0])
            return t.period
        # earlier in the paragraph: a year written out, or a part of a year (1-9月，…。…产量达到101.2万辆)
        # (假期全市接待过夜游客…。全市星级饭店平均入住率达到86.3%: the holiday's, through its paragraph)
        before_para = [t for t in times[bisect_left(time_starts, para.start):first]
                       if not t.local and t.period and (t.subset == "holiday" or t.subset in (None, "paragraph") and (
                           t.explicit_year or (_PART_OF_YEAR.fullmatch(t.period) and not t.is_now
                                               and t.span_years is None)))]
        if before_para:
            return before_para[-1].period
        if m.label is not None:  # a table row: the period of its header row or of the text above the table
            # (2025年国庆中秋假期…主要指标 over 指标 | 2025年 | 2024年 | 同比增长: the title's, not the last column's)
            table_period = self._table_title_period(text, paragraphs, para, times, time_starts) or \
                self._table_period(text, paragraphs, para, times, time_starts)
            if table_period:
                return table_period
        # a year the text has just set: the previous paragraphs, if they name an absolute year, or
        # any period when this paragraph says it goes on with the last (其中, 此外)
        # The two paragraphs before; paragraphs of figures that name no time (分产业看…) are passed over,
        # so the lead's 今年上半年 goes on through a bulletin's run of figures.
        continues = bool(_CONTINUATION.match(text, para.start))
        p = bisect_right(paragraphs, para.start) - 1
        looked = passed = 0
        # 【冷知识】襄阳常住人口526.1万: a paragraph that opens a section of its own, as a heading above it does
        crossed = _INLINE_HEADING.match(text, para.start) is not None
        while p > 0 and looked < 2 and passed < _PARAGRAPHS_WITHOUT_TIME:
            p -= 1
            start = paragraphs[p]
            end = paragraphs[p + 1] if p + 1 < len(paragraphs) else len(text)
            if not text[start:end].strip():
                continue
            named = [t for t in times[bisect_left(time_starts, start):bisect_left(time_starts, end)]
                     if not t.local and not t.subset and t.period]
            if _BY_QUARTER.match(text, start):
                named = []  # 分季度看，一季度…，二季度…: parts of the period before, which goes on past them
            if not named and _HAS_FIGURE.search(text, start, end):
                passed += 1
                continue
            if not named and not looked and _SECTION_HEADING_LINE.match(text, start, end):
                crossed = True  # 一 经济总量 right above: the section goes on with the year its text set before
                continue
            if crossed:  # but not a deadline set before it (到2027年…⏎二、支持政策)
                named = [t for t in named if not _DEADLINE_BEFORE.search(text, max(0, t.start - 2), t.start)]
                if named and _HAS_FIGURE.search(text, start, end):
                    break  # 上海2023年GDP是47218.66亿⏎【三、常住人口】: a look back of the section before
            if not _HAS_FIGURE.search(text, start, end) and not text[start:end].rstrip().endswith(("：", ":")):
                # 明年谁在前面还真不好说: a guess about next year, no figure of it, sets no period
                named = [t for t in named if not text.startswith(_NEXT_YEARS, t.start)]
            looked += 1
            # a year or part of a year they name goes on; a day (a dateline: 2025年1月20日) does not
            # (but the day a count is taken at, 截至2020年11月1日零时, gives its year)
            explicit = [t for t in named if (not _DAY.fullmatch(t.period) or t.explicit_year)
                        and (t.explicit_year or ((continues or _YEAR_OR_PART.fullmatch(t.period))
                                                 and not t.is_now and t.span_years is None))]
            if explicit:
                # the time a paragraph opens with is its topic (1-10月份，…；其中10月份…): that goes on
                # (一是工业生产加快。上半年…。6月份…: the point's first sentence says it; 上半年 goes on)
                lead = _POINT_LEAD.match(text, start)
                topic_at = lead.end() if lead else start
                opening = [t for t in explicit if not text[topic_at:t.start].strip() and _YEAR_OR_PART.fullmatch(t.period)]
                period = (opening[0] if opening else explicit[-1]).period
                return period[:4] if _DAY.fullmatch(period) else period
        return None

    @staticmethod
    def _table_period(text: str, paragraphs: list[int], para: Span, times: list[TimeExpr],
                      time_starts: list[int]) -> str | None:
        p = bisect_right(paragraphs, para.start) - 1
        while p >= 0:
            start = paragraphs[p]
            end = paragraphs[p + 1] if p + 1 < len(paragraphs) else len(text)
            found = [t for t in times[bisect_left(time_starts, start):bisect_left(time_starts, end)]
                     if not t.local and t.period and not t.is_now]
            if found:
                return found[-1].period
            line = text[start:end].strip()
            if line and "\t" not in line and not line.startswith("|"):
                return None  # above the table and nothing said
            p -= 1
        return None

    @staticmethod
    def _table_title_period(text: str, paragraphs: list[int], para: Span, times: list[TimeExpr],
                            time_starts: list[int]) -> str | None:
        """The period of a title line just above a table's header of several periods, if it names one."""
        header_seen = False
        p = bisect_right(paragraphs, para.start) - 1
        while p >= 0:
            start = paragraphs[p]
            end = paragraphs[p + 1] if p + 1 < len(paragraphs) else len(text)
            line = text[start:end].strip()
            p -= 1
            if not line:
                continue
            found = [t.period for t in times[bisect_left(time_starts, start):bisect_left(time_starts, end)]
                     if not t.local and t.period and not t.is_now]
            if header_seen:
                return found[-1] if found and "\t" not in line else None
            if "\t" not in line:
                return None
            header_seen = len(set(found)) >= 2
        return None

    # -- kind -----------------------------------------------------------------------------------
    def _kind(self, text: str, m: Mention, sent: Span, clause: Span, para: Span,
              plan: dict[int, str | None], period: str | None, doc_date: str | None, meta_title: str | None) -> str:
        if m.planned is not None:
            return "target" if m.planned else "actual"  # 项目 | 预算数 | 执行数: the column says
        before = text[sent.start:m.start]
        # 根据即将提请…审议的报告，主要预期目标是：…: the nearer word decides
        forecast_at = self._holding_at(before, self._forecast_re)
        target_at = self._holding_at(before, self._target_re) if forecast_at >= 0 else None
        if target_at is not None and forecast_at > target_at:
            # 预计全年…5218.6亿元 in January: an early estimate of a year that is over, not a forecast
            # (but 即将突破100家 looks ahead, whatever the period)
            estimate = before.startswith(("预计", "预估"), forecast_at)
            return "actual" if estimate and _tense(period, doc_date) == "past" else "forecast"
        goal = _GOAL_BEFORE.search(text, max(sent.start, m.start - 12), m.start)
        if _GOAL_AFTER.match(text, m.end) or (goal and goal.group().startswith("目标")):
            return "target"  # 完成增长6.5%左右的目标, 下达的下降2.8%的年度目标; 酒泉目标7%左右
        tense = _tense(period, doc_date)
        if tense == "past":
            return "actual"
        if tense == "future":
            return "target"
        if self._target_clause_re.search(text, clause.start, m.start):
            return "target"
        if (target_at if target_at is not None else self._holding_at(before, self._target_re)) >= 0:
            return "target"
        if _BY_YEAR.search(before) and not self._done_re.search(before):
            return "target"  # 到2026年，…增长8%: what is to be reached by then
        plan_document = bool(meta_title and _PLAN_TITLE.search(meta_title))
        if (para.start in plan or plan_document) and not self._done_re.search(text, clause.start, m.start):
            return "target"
        return "actual"

    def _holding_at(self, before: str, words: re.Pattern[str]) -> int:
        """Where the last trigger word before the number stands that still holds (-1: none); a word holds
        unless a later clause reports what was done (达, 已)."""
        starts = [w.start() for w in words.finditer(before)]
        for at in reversed(starts):
            later = _CLAUSE_SEP.split(before[at:])[1:]  # clauses after the trigger's own
            if not any(self._done_or_reached_re.search(c) for c in later):
                return at
        return -1

    def _plan_paragraphs(self, text: str, paragraphs: list[int], times: list[TimeExpr]) -> dict[int, str | None]:
        """Paragraphs listed after one that opens a plan (下一步…, 重点做好…工作:), with the plan's period."""
        plan: dict[int, str | None] = {}
        active, period = False, None
        by_heading, listed = False, 0  # a list under a heading of targets ends at a blank line after it
        for i, start in enumerate(paragraphs):
            end = paragraphs[i + 1] if i + 1 < len(paragraphs) else len(text)
            line = text[start:end].strip()
            if not line:
                active = active and not (by_heading and listed)
                continue
            if active:
                if len(line) <= 12 and not re.search(r"[。；;，,]", line) and not _HAS_FIGURE.search(line):
                    active = False  # a speaker's name or a heading ends the list (温州：GDP增长6%左右 does not)
                else:
                    plan[start] = period
                    listed += 1
                    continue
            opens_list = line.endswith((":", "：")) or (len(line) <= 20 and not re.search(r"[。；;]", line))
            # a plan's words, or a section heading of targets (【六 2025年目标】, 三、今年目标)
            if opens_list and (any(w in line for w in self.plan_words) or _TARGETS_HEADING.fullmatch(line)) \
                    and not any(w in line for w in self.plan_review_words):
                active = True
                by_heading, listed = not any(w in line for w in self.plan_words), 0
                # the plan's period: named in its opening paragraph, else in the heading just before
                context = paragraphs[max(0, i - 3)]
                own = [t.period for t in times if context <= t.start < end and t.period and not t.local
                       and t.span_years is None and not t.is_now]
                period = own[-1] if own else None
        return plan

    # -- lists ----------------------------------------------------------------------------------
    def _lists(self, text: str, mentions: list[Mention], sentences: list[int]) -> dict[int, tuple[int, int, str]]:
        """分别 lists: mention index -> (position in list, list length, its own subject or '')."""
        out: dict[int, tuple[int, int, str]] = {}
        i = 0
        while i < len(mentions):
            j = i
            while j + 1 < len(mentions) and _LIST_GLUE.match(text[mentions[j].end:mentions[j + 1].start]) and \
                    mentions[j + 1].unit == mentions[i].unit:
                j += 1
            if j > i:
                sent = bounds(sentences, mentions[i].start, len(text))
                before = text[sent.start:mentions[i].start]
                if "分别" in before:
                    # 南京、苏州、无锡…分别为A、B和C，分别增长x、y和z: both lists follow the first enumeration
                    subjects = self._subjects(before[: before.rfind("分别")], j - i + 1) or \
                        self._subjects(before[: before.find("分别")], j - i + 1) or \
                        self._place_enumeration(before, j - i + 1)
                    if not subjects and _PLACES_COUNTED.search(before):
                        # 郑州、洛阳、开封三市…。三市社会消费品零售总额分别为: the places named in the paragraph
                        look_from = max(0, text.rfind("\n", 0, sent.start) + 1 - _PLACES_LOOK_BACK)
                        subjects = self._place_enumeration(text[look_from:sent.start], j - i + 1, last=True) \
                            or self._places_in_turn(text[look_from:sent.start], j - i + 1)
                    for pos, idx in enumerate(range(i, j + 1)):
                        out[idx] = (pos, j - i + 1, subjects[pos] if subjects else "")
                i = j + 1
            else:
                i += 1
        return out

    def _names_nothing(self, text: str, start: int, end: int) -> bool:
        """Whether the words before a list name no metric (分别增长…), so its figures pair with earlier ones."""
        phrase = self.metrics.clean_phrase(text[start:end])
        return len(phrase) <= 4 and self.metrics.match(phrase) is None

    def _places_in_turn(self, before: str, count: int) -> list[str] | None:
        """上海…53926.7亿元；江苏…；浙江…；安徽…。上述四地…分别为: as many places as the list has items, named
        in turn before it (and no others)."""
        names = list(dict.fromkeys(h.name for h in self.places.find(before) if h.level != "region"))
        return names if len(names) == count else None

    def _place_enumeration(self, before: str, count: int, last: bool = False) -> list[str] | None:
        """南京、苏州、无锡相继公布…，三市…分别为: places listed earlier in the sentence, in order (the
        first such list, or the last one)."""
        hits = self.places.find(before)
        starts = range(len(hits) - count + 1)
        for k in reversed(starts) if last else starts:
            run = hits[k:k + count]
            if all(re.fullmatch(r"(?:市|省|区|县)?(?:、|和|及|与)", before[a.end:b.start]) for a, b in itertools.pairwise(run)):
                return [h.name for h in run]
        return None

    def _subject_places(self, lists: dict[int, tuple[int, int, str]], doc_place: str | None
                        ) -> dict[int, tuple[str, str | None]]:
        """The place each list item names, and the bare name it is written as when that alone would be
        too ambiguous to read as a place: a district of the document's city, or an item of a list that
        says what its items are (思明、湖里、集美三个区分别…, 杏花岭三个区GDP分别…)."""
        out: dict[int, tuple[str, str | None]] = {}
        for first, (pos, count, _) in lists.items():
            if pos != 0 or not all(lists.get(first + k, (0, 0, ""))[0] == k for k in range(count)):
                continue
            subjects = [lists[first + k][2].strip() for k in range(count)]
            bare = [self._bare_place(s) for s in subjects]
            said_places = any(b is not None and _PLACES_SAID.match(s, len(b)) for s, b in zip(subjects, bare, strict=True))
            for k, subject in enumerate(subjects):
                hits = self.places.find(subject) if subject else []
                if hits:
                    out[first + k] = (hits[-1].name, None)
                    continue
                name = self.places.canonical(bare[k]) if bare[k] else None
                if name and (said_places or (doc_place and self.places.parent_of(name) == doc_place)):
                    out[first + k] = (name, bare[k])
        return out

    def _bare_place(self, subject: str) -> str | None:
        """A place name the subject starts with, written bare (小店, 杏花岭), the longest first."""
        for n in (3, 2):
            if len(subject) >= n and self.places.canonical(subject[:n]) == subject[:n]:
                return subject[:n]
        return None

    def _subjects(self, before: str, count: int) -> list[str] | None:
        clause = re.split(r"[，,；;：:…]", before)[-1].strip()  # 分区来看……小店、迎泽…
        parts = [p for p in re.split(r"、|和|及|与", clause) if p]
        if len(parts) == 1 and count == 2 and "城乡" in clause:  # 城乡居民…分别: urban, then rural
            return [clause.replace("城乡", "城镇"), clause.replace("城乡", "农村")]
        if len(parts) != count:
            return None
        # 城镇和农村常住居民人均可支配收入: the words after the last item's own belong to every item, when
        # with them an item names a scope (城镇 + 常住居民… = 城镇常住居民)
        last = parts[-1]
        if all(len(p) == 2 for p in parts[:-1]) and len(last) > 4 and \
                all(self._scope_re.match(p + last[2:]) for p in parts[:-1]):
            return [p + last[2:] for p in parts[:-1]] + [last]
        return parts

    def _scope(self, left: str, metric_text: str, list_info: tuple[int, int, str] | None,
               sentence_before: str = "") -> tuple[str, ...]:
        """Scope words, one per dimension: a list item's own subject first (城镇和农村…分别: 城镇, then 农村),
        then the words before the number (the nearest of a dimension), then those of a phrase carried
        over from an earlier figure (城镇居民…收入46289元，增长5.3%) for the dimensions still open."""
        found: list[str] = []
        dims: set[str | None] = set()

        def add(names: list[str]) -> None:
            for name in names:
                dim = self._scope_dim.get(name)
                if name not in found and dim not in dims:
                    found.append(name)
                    dims.add(dim)

        if list_info is not None and list_info[2]:
            add([self._scope_of[w] for w in self._scope_re.findall(list_info[2])])
        in_left = [self._scope_of[w] for w in self._scope_re.findall(left)]
        nearest = {self._scope_dim.get(name): name for name in in_left}  # the last of each dimension
        add([name for name in dict.fromkeys(in_left) if nearest[self._scope_dim.get(name)] == name])
        if metric_text and metric_text not in left:
            add([self._scope_of[w] for w in self._scope_re.findall(metric_text)])
        carried = bool(metric_text) and metric_text not in left
        partner = _PARTNER.search(left) or (_PARTNER.search(sentence_before) if carried else None)
        if partner:  # 对俄罗斯进出口142.7亿元，增长10.1%: the trade with one partner, a part of the total
            found.append(f"partner:{partner.group(1)}")
        return tuple(found)

    # -- the record -------------------------------------------------------------------------------
    def _claim(self, doc: str, norm: NormalisedText, meta: DocumentMeta, m: Mention, value: Decimal,
               lower: Decimal | None, upper: Decimal | None, measure: str | None, metric: str | None,
               metric_text: str, entity: str | None, period: str | None, kind: str, left: str, sent: Span,
               list_info: tuple[int, int, str] | None, seen_ids: dict[str, int], zone: str | None = None) -> Claim:
        line = norm.line_of(m.num_start)
        line_start = norm.line_starts[line - 1]
        o_start = norm.original_offset(m.start)
        o_end = norm.original_offset(m.end - 1) + 1
        written = norm.original[o_start:o_end]
        if "\n" in written and o_start >= line_start and written.index("\n") > 0:
            # a figure broken over two lines (增长5.⏎2%): cite what its first line holds
            written = written[:written.index("\n")].rstrip("\r")
        if "<" in written and "\n" not in written and o_start >= line_start \
                and len(written) <= (m.end - m.start) * 3 + 40:
            # markup inside the figure (<span>0.4</span>个百分点): cite the piece of the line that holds the
            # numeral, so the text is found, as written, on the line cited
            at = norm.original_offset(m.num_start)
            piece_start = max(norm.original.rfind(">", o_start, at) + 1, o_start)
            piece_end = norm.original.find("<", at, o_end)
            written = norm.original[piece_start:piece_end if piece_end >= 0 else o_end]
            col = piece_start - line_start
        elif "\n" in written or "<" in written or len(written) > (m.end - m.start) * 3 + 10 or o_start < line_start:
            written = norm.display[m.start:m.end]
            col = max(0, norm.original_offset(m.num_start) - line_start)
        else:
            col = o_start - line_start
        quote = _quote(norm.display, sent, m)
        key = f"{doc}\x00{line}\x00{col}\x00{written}"
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        seen_ids[digest] = seen_ids.get(digest, 0) + 1
        if seen_ids[digest] > 1:
            digest = hashlib.sha1(f"{key}\x00{seen_ids[digest]}".encode()).hexdigest()[:16]
        scope = self._scope(left, metric_text, list_info, norm.text[sent.start:m.start])
        if zone and zone not in scope:
            scope += (zone,)
        if m.unit == "rank":
            scope += _rank_scope(norm.text, m, left)
        basis = None
        if measure == "change":
            found = self._basis_find.findall(norm.text, sent.start, m.start)
            # 同比上涨0.4%，环比下降0.2%: against the period before only in its own clause
            if any(self._basis_of[f] == "sequential" for f in self._basis_find.findall(left)):
                basis = "sequential"
            else:
                basis = next((b for b in self.basis_order if b != "sequential"
                              and any(self._basis_of[f] == b for f in found)), None)
        cumulative = any(w in norm.text[sent.start:m.start] for w in self.cumulative_words)
        group = f"{doc}:{sent.start}" if list_info is not None else None
        return Claim(
            id=digest, doc=doc, doc_date=meta.date, line=line, quote=quote, text=written.strip(),
            value=float(value), unit=m.unit, lower=_f(lower), upper=_f(upper), qualifier=m.qualifier,
            entity=entity, metric=metric, metric_text=metric_text, measure=measure, period=period, kind=kind,
            scope=scope, basis=basis, span=(col, col + len(written)), group=group, sentence=sent.start,
            cumulative=cumulative,
            precision=float(m.precision),
        )


_HEADING_END = re.compile(r"[。！？!?；;，,]\s*$")


_RANK_REGION = re.compile(r"(全国|全省|全市|全球|世界|苏南|苏北|苏中|长三角|同类城市|省内|国内|全区)[^第，,。；;]{0,8}$")


def _rank_scope(text: str, m: Mention, left: str) -> tuple[str, ...]:
    """Where a rank is counted and of what: 全省第四 of the growth rate is no rank of the level."""
    region = _RANK_REGION.search(text, max(0, m.start - 12), m.start)
    growth = re.search(r"增速|增幅|增长", left)
    return (f"rank:{region.group(1) if region else '?'}",) + (("rank:growth",) if growth else ())


_BRACKET_HEADING = re.compile(r"^[ \t\u3000]*【[^】\n]{1,16}】", re.M)


def _section_periods(text: str, paragraphs: list[int], times: list[TimeExpr]) -> list[tuple[int, str]]:
    """Headings that name a year (一、2023年工作回顾): (where the heading is, its period), in order."""
    out = []
    for t in times:
        if t.local or t.is_now or t.span_years or not t.period or not re.fullmatch(r"\d{4}", t.period):
            continue
        if re.search(r"(?:到|至|力争|争取|目标)$", text[max(0, t.start - 3):t.start]):
            continue  # 力争到2025年…: a target year, not the section's period
        k = bisect_right(paragraphs, t.start) - 1
        start = paragraphs[k]
        end = paragraphs[k + 1] if k + 1 < len(paragraphs) else len(text)
        line = text[start:end].strip()
        if not t.explicit_year and not _NUMBERED_LINE.match(line):
            continue  # 明年谁在前面还真不好说: a short line of talk, no heading
        if len(line) <= 30 and not _HEADING_END.search(line) and not re.search(r"\d+(?:\.\d+)?[万亿元%]", line) \
                and not line.startswith(("“", "\"", "「", "‘")):
            if not out or out[-1][0] != start:
                out.append((start, t.period))
    if out and "【" in text:
        # 【三、和2023年比】 … 【四、常住人口】: a copy's next bracketed heading ends the section of a year
        taken = {at for at, _ in out}
        ends = [(h.start(), "") for h in _BRACKET_HEADING.finditer(text) if h.start() not in taken]
        out = sorted(out + ends) if ends else out
    return out


_LEAD_REACH = 800  # characters from the top where a lead paragraph opens


def _lead_year(text: str, times: list[TimeExpr]) -> str | None:
    """The year a lead paragraph near the top opens with (2024年辽宁各市经济数据基本出齐了)."""
    for t in times:
        if t.start > _LEAD_REACH:
            break
        if t.explicit_year and t.period and t.period.isdigit() and not (t.local or t.base or t.span_years) \
                and (t.start == 0 or text[t.start - 1] == "\n") and not _HAS_FIGURE.search(text, t.end, t.end + 1):
            line_end = text.find("\n", t.start)
            if (line_end < 0 or line_end - t.start > 30) and not _SENTENCE_END.search(text, t.start, t.start + 30):
                return t.period
    return None


def _main_year(times: list[TimeExpr]) -> str | None:
    """The year a document is about, when most of the years it writes out name it (an interview on 2024
    that says 2024年 once per answer and then 去年末, 郑州…增长5.2%): the last resort for a figure's period."""
    years = Counter(t.period[:4] for t in times
                    if t.explicit_year and t.period and not (t.local or t.base or t.subset or t.span_years))
    if not years:
        return None
    year, count = years.most_common(1)[0]
    return year if count >= 2 and count * 2 > sum(years.values()) else None


def _start_of(hit: PlaceHit) -> int:
    return hit.start


def _earlier_hit_in(hits: list[PlaceHit], hit_starts: list[int], hit: PlaceHit, sent: Span) -> bool:
    k = bisect_left(hit_starts, hit.start)
    return k > 0 and hits[k - 1].start >= sent.start


def _section_period(sections: list[tuple[int, str]], para_start: int) -> str | None:
    k = bisect_right(sections, (para_start, "\uffff")) - 1
    return sections[k][1] or None if k >= 0 else None


def _head(text: str) -> str:
    """The first short lines (a title and its subtitle: 国新办就2024年国民经济运行情况…举行新闻发布会)."""
    lines = [line.strip() for line in text[:400].split("\n")[:8] if line.strip()][:3]
    return "\n".join(line for line in lines if len(line) <= 60 and not _SENTENCE_END.search(line)
                     and not _HAS_FIGURE.search(line))


def _title_year(title: str | None, era_base: int | None = None) -> str | None:
    """The year a title names, when it names exactly one (2023年国民经济和社会发展统计公报; 114年度总预算
    in a document whose years count from `era_base`)."""
    # 2023年国民经济…公报; a copy's 2024成绩单 without its 年
    years = set(re.findall(r"((?:19|20)\d\d)(?:\s*年(?![\d]{1,2}月)|(?=成绩单|经济|GDP|全年))", title or ""))
    opening = _YEAR_OPENS_TITLE.match(title or "")
    if opening:  # 2024广东城市GDP排名出炉: a copy's title opened by its year without 年
        years.add(opening.group(1))
    if not years and era_base is not None and title:  # the era's years as the time reader takes them
        years = {t.period[:4] for t in find_time_exprs(title, None, None, era_base) if t.period and t.explicit_year}
    return years.pop() if len(years) == 1 else None


_YEAR_OPENS_TITLE = re.compile(r"\s*((?:19|20)\d\d)(?=[\u4e00-\u9fff])(?![亿万千百元人个家项户吨米多余])")
_CLAUSE_GROUP_END = re.compile(r"[；;]")
_REGION_AS_LOCATION_BEFORE = re.compile(r"(?:地处|位于|融入|服务|辐射|对接|联动|面向|连接|链接|接轨|在|于|销往|远销|为|是|成为|居|列|领跑|领先|超过|高于|低于|增速|总量|排名)$")
# …增速苏南第一, 居东北地区之最: where something ranks, no subject
_REGION_AS_LOCATION_AFTER = re.compile(r"(?:地区|区域)?的?(?:中心|腹地|核心|一体化|南翼|北翼|几何中心|重要|城市群|市场"
                                       r"|第[一二三四五六七八九十\d]|首位|前列|之最|最[高快低])")
_BULLETS = "‧•·●▪■◆◇○-*＊ \t\u3000"
_FIELD = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}[：:]")
_SENTENCE_END = re.compile(r"[。！？!?]")
# 由2020年的38.4%, 与2010年第六次全国人口普查的1644860人: the figure a year written for it stands for
_OF_THAT_YEAR = re.compile(r"(?:[^，,。；;\d]{0,12}?的)?")
_PLAN_NOUNS = ("目标", "计划", "规划", "展望", "任务")
_DATED = re.compile(r"\d{4}(?:-\d\d){0,2}")  # a year, or a month or day of it
# (完成调整预算的96.7%, 完成年初预算的: the budget as revised, or as set at the start of the year)
_OF_PLAN = re.compile(r"(?:为|占|完成)(?:年度|全年)?(?:调整|调整后|年初)?(?:预算|计划|目标)(?:数)?的?$")
_OWN_BASE = re.compile(r"同比|环比|(?:比|较)(?:上年|去年|上年同期|去年同期)")
# 与2020年的10020.39亿元相比, 与2010年第六次全国人口普查的1644860人相比
_BASE_FIGURE = re.compile(r"(?:与|和|同|跟|比|较|由|从)(?:(?:19|20)\d\d年[^，,。；;\d]{0,12}?|(?P<rel>上年|去年|上一年)(?:末|底|同期)?)的$")
_CLAUSE_SEP = re.compile(r"[，,；;：:]")
_AGENCY_LEAD = 9  # 台商布局方面，: how long a lead clause before the agency a sentence opens with may be
_TRADE_PARTNER_BEFORE = re.compile(r"[对向](?:[^，,。；;]{0,8})$")
_TRADE_AFTER = re.compile(r"(?:地区)?(?:的)?(?:进出口|出口|进口|贸易)")
_MAINLAND = re.compile(r"(?<![对向与和及于占居比])(?:中国)?大陆(?![架性])")  # 对中国大陆出口: a partner
_PLACE_LINE_REACH = 16
_SECTION_LINES = 12  # lines back to a section heading
# 全区, 全县: a district's or county's own word, as 全市 is a city's (not 全区域, 县域)
_OWN_COUNTY = re.compile(r"(?<![占比超于])(?:全|我|本)(?:区|县)(?![域委内外级])")
_ANSWER_LINES = 6  # lines back to the city a question named, for the 全市 of the answer
_SECTION_HEADING = 20  # characters at most in a heading line
_TITLE_LINES = 3  # 呈贡区⏎云南省昆明市辖区: the first lines are a title and what it is, no section
_NUMBERED_HEADING = re.compile(r"(?:" + SECTION_NUMBER + r"|[■●▌◆▶]\s*)[^。；;！？!?\t|]{2,30}$")  # 一、重庆：…, ■吉林：…
# a transcript's speaker: 徐州市副市长：, 市统计局新闻发言人：
_SPEAKER_LINE = re.compile(r"[^。，,；;！？!?\d\t|：:]{0,20}(?:长|书记|主任|负责人|发言人|主持人|记者|专家|代表|委员)[：:]"
                           r"|[\u4e00-\u9fff]{2,4}[：:]|【[^】\d]{2,16}】")  # 赵国栋：, 【林金荣】: a turn with no place
# a sentence, a dateline, a data line, a table row, an infobox's label and value (地理位置　　湖南省东部)
_LABEL_GAP = re.compile(r"[ \u3000]{2}")
_NOT_A_HEADING = re.compile(r"[。，,；;！？!?：:\d\t|]|" + _LABEL_GAP.pattern)
# 深圳：36801.87亿, 1、芙蓉区 1420.5亿元: a line that gives a place (after a list number) and its figure
# (襄阳 2023年：5842.91亿 → 2024年：6061.17亿: a place's line of years)
# (🥇第1名：南昌 7833.5亿, 4⃣晋城：3.8%: a medal or a keycap, and the rank before it)
_PLACE_LINE = re.compile(r"[ \t\u3000]*(?:(?:[^\w\s]{1,3}|\d\ufe0f?\u20e3)[ \t\u3000]*)?(?:\d{1,2}[、.．)）]|[①-⑳]|第\d{1,3}[名位][：:]?)?"
                         r"[ \t\u3000]*([\u4e00-\u9fff]{2,10})"
                         r"(?:[ \t\u3000]*(?:19|20)\d\d年[是为]?)?[：:]?[ \t\u3000]*$")

_PLACES_LOOK_BACK = 300  # characters before the paragraph where 三市 may find its places
_PLACES_COUNTED = re.compile(r"[两二三四五六七八九十]个?(?:市|城市|地市|地|区|县|省)")
_YEAR_SPAN = re.compile(r"\d{4}/\d{4}")
_FROM = re.compile(r"(?:由|从)(?:[^，,。；;]{1,8}的)?第?$")  # 由1.87, 由上年的2.45, 由第10位
_TO = re.compile(r"(?:(?:增加|提高|上升|增长|扩大|缩小|下降|减少|提升|跃升|攀升|降低|回落|跃居|增|降|升)?(?:到|至)"
                 r"|(?:提高|上升|扩大|缩小|下降|降低|提升|调整|优化|变化|转变)为)(?:[^，,。；;]{1,8}的)?第?")
_DECLINE_SIZE = re.compile(r"降幅|跌幅|下降幅度|下滑幅度|降速")
# 分区县看，诸暨市…: one item of a breakdown; 项目地址：扬州市广陵区…: an advert's address. Neither makes the
# district the subject of the paragraphs after it.
_BREAKDOWN_OR_ADDRESS = re.compile(r"分(?:区|县|地区|市|板块)[^。\n]{0,12}看|地址|热线|电话|联系|驻地|治所|首府|行政中心")  # 政府驻地：洛龙区: where the seat is


def _alike_figure(line_metric: tuple[str, str, Decimal] | None, value: Decimal) -> tuple[str, str] | None:
    """The metric of the last place's line, when this figure is of its size: 【三、人均GDP】⏎襄阳：11.52万 does not
    name what 【四、历年对比】⏎襄阳 2023年：5842.91亿 is (places' figures of one thing differ less than 100 times)."""
    if line_metric is None:
        return None
    metric, metric_text, figure = line_metric
    low, high = sorted((abs(figure), abs(value)))
    return (metric, metric_text) if low and high < low * 100 else None


def _is_place_line(text: str, m: Mention, hits: list[PlaceHit], hit_starts: list[int]) -> bool:
    """A line that gives a place and then its figure (深圳：36801.87亿), nothing in between."""
    reach = max(0, m.start - _PLACE_LINE_REACH)  # bounded: a 50 MB line must not be searched per figure
    line_start = text.rfind("\n", reach, m.start) + 1
    if line_start == 0 and reach > 0:
        return False
    shape = _PLACE_LINE.match(text, line_start, m.start)
    if shape is None:
        return False
    k = bisect_left(hit_starts, shape.start(1))
    return k < len(hits) and hits[k].start == shape.start(1) and shape.end(1) - hits[k].end <= 1


def _from_to_roles(text: str, mentions: list[Mention]) -> dict[int, str]:
    """由1485.6亿元增加到2236.8亿元: the index of each pair's first ("from") and second ("to") figure."""
    roles: dict[int, str] = {}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if _FROM.search(text, max(0, a.start - 12), a.start) and _TO.fullmatch(text, a.end, b.start):
            roles[i], roles[i + 1] = "from", "to"
    return roles


def _backwards(items: list[PlaceHit], stop: int) -> Iterator[PlaceHit]:
    """items[stop-1], items[stop-2], … without copying the list."""
    for i in range(stop - 1, -1, -1):
        yield items[i]


def _pair_name(hits: list[PlaceHit], hit_starts: list[int], hit: PlaceHit, doc_place: str | None) -> str:
    """宁波舟山港: two places of one level written together name one thing, the document's place's when it
    is one of them, else the first's (江苏常州 is a city and its province: the city, as found)."""
    i = bisect_left(hit_starts, hit.start)
    pair = None
    if i and hits[i - 1].end == hit.start:
        pair = (hits[i - 1], hit)
    elif i + 1 < len(hits) and hits[i + 1].start == hit.end:
        pair = (hit, hits[i + 1])
    if pair is None or pair[0].level != pair[1].level:
        return hit.name
    return doc_place if doc_place in (pair[0].name, pair[1].name) else pair[0].name


def _region_is_subject(text: str, hits: list[PlaceHit], hit_starts: list[int], hit: PlaceHit, sent: Span) -> bool:
    """长三角地区生产总值达到33.17万亿元: a region is a figure's subject only when it leads its sentence and is
    not where something lies (常州地处长三角中心, 融入长三角一体化)."""
    i = bisect_left(hit_starts, hit.start)
    # a region right after a semicolon begins another subject: 苏南地区实现…；苏中地区实现地区生产总值27472.7亿元
    semicolon = max(text.rfind(mark, sent.start, hit.start) for mark in "；;") + 1
    start = semicolon if semicolon > sent.start and not text[semicolon:hit.start].strip() else sent.start
    if i and hits[i - 1].start >= start or _OWN_PLACE.search(text, start, hit.start):
        return False  # a place, or 全市, named before it is the sentence's subject
    return not _REGION_AS_LOCATION_BEFORE.search(text, max(sent.start, hit.start - 4), hit.start) \
        and not _REGION_AS_LOCATION_AFTER.match(text, hit.end)


def _states_figures(text: str, hit: PlaceHit, before: int) -> bool:
    """合肥综合性国家科学中心建设取得新进展。新增国家级创新平台15家: a place of an earlier sentence goes on as
    the subject only when its own sentence stated figures about it."""
    end = _SENTENCE_END.search(text, hit.end, before)
    if end is None:
        return True
    reach = max(0, hit.start - 200)
    start = max(text.rfind(mark, reach, hit.start) for mark in "。！？!?") + 1
    return _HAS_FIGURE.search(text, max(start, reach), end.start()) is not None


def _name_base_figures(claims: list[Claim], base_figures: list[tuple[int, bool]],
                       claim_places: list[tuple[int, str]]) -> None:
    """与2020年的10020.39亿元相比，全市经济总量增加3297.32亿元: the base figure is of the metric that the
    figure compared with it names, the next one of the sentence in the same unit, or else the one before it
    (常住人口4200万人，比上年末的4180万人增加20万人)."""
    for i, _ in base_figures:
        compared = _compared_with_base(claims, base_figures, claim_places, i, named=True)
        if compared is not None and claims[i].metric is None:
            claims[i] = replace(claims[i], metric=compared.metric)


def _date_bases_of_last_year(claims: list[Claim], base_figures: list[tuple[int, bool]],
                             claim_places: list[tuple[int, str]]) -> None:
    """与上年的12172.33亿元相比, 由上年同期的2.58缩小至2.52: the base is of the year before the figure compared
    with it (of the same part of that year)."""
    for i, last_year in base_figures:
        compared = _compared_with_base(claims, base_figures, claim_places, i, named=False) if last_year else None
        year = re.match(r"(\d{4})(-.+)?$", compared.period or "") if compared else None
        if year:
            claims[i] = replace(claims[i], period=f"{int(year.group(1)) - 1}{year.group(2) or ''}")


def _compared_with_base(claims: list[Claim], base_figures: list[tuple[int, bool]],
                        claim_places: list[tuple[int, str]], i: int, named: bool) -> Claim | None:
    """The figure of the sentence in the base's unit that it is compared with: the next one, or else the one
    before that names its metric (with `named`, only one that names its metric)."""
    bases = {k for k, _ in base_figures}
    lo, hi = i, i + 1  # the claims of the sentence are next to each other
    while lo and claim_places[lo - 1][0] == claim_places[i][0]:
        lo -= 1
    while hi < len(claims) and claim_places[hi][0] == claim_places[i][0]:
        hi += 1
    same = [j for j in range(lo, hi) if j not in bases and claim_places[j] == claim_places[i]]
    found = [j for j in same if j > i][:1] or [j for j in same if j < i and claims[j].metric is not None][-1:]
    if found and named and claims[found[0]].metric is None:
        return None  # 由1996年的85.4%下降至25.1%: the figure it went to names nothing either
    return claims[found[0]] if found else None


def _named_span(text: str, times: list[TimeExpr], time_starts: list[int], sent: Span, span: str) -> str | None:
    """由2020年的…增加到2024年的…: the span between the years a sentence names for the two ends of a change; 四年来，
    …由2020年的6870.9亿元增加到9718.9亿元 (2021/2024): from the base year named to the span's end."""
    start = end = None
    for t in times[bisect_left(time_starts, sent.start):bisect_left(time_starts, sent.end)]:
        if not (t.local and t.period and t.period.isdigit()):
            continue
        before = text[max(0, t.start - 1):t.start]
        if before in ("由", "从") and start is None:
            start = int(t.period)
        elif before in ("到", "至") and start is not None:
            end = int(t.period)
    if start is not None and end is None and int(span[:4]) == start + 1:
        end = int(span[5:])
    return f"{start}/{end}" if start is not None and end is not None and start < end else None


def _since_base(times: list[TimeExpr], time_starts: list[int], sent: Span, m: Mention, year: int) -> str | None:
    """比2018年的22.12万亿元增加11.05万亿元 in 2024: a change since a year named as its base, two or more
    years back, spans from it ("2018/2024"); 比上年, 比2023年 are the year's own change."""
    for i in range(bisect_left(time_starts, m.start) - 1, -1, -1):
        t = times[i]
        if t.start < sent.start:
            return None
        if t.compared and t.period and t.period.isdigit():
            return f"{t.period}/{year}" if year - int(t.period) >= 2 else None
    return None


_FIELD_LINE = re.compile(r"\s*\|[^=\n]{1,30}=|[^\s]{2,8}[ \u3000]{2}")


def _in_table_row(text: str, hit: PlaceHit) -> bool:
    """政府驻地⇥香洲区: a place in a table cell is data, not the subject of the text after it."""
    reach = max(0, hit.start - 80)
    line_start = text.rfind("\n", reach, hit.start) + 1 or reach
    line_end = text.find("\n", hit.end, hit.end + 80)
    line = text[line_start:line_end if line_end >= 0 else hit.end + 80]
    # | 政府驻地 | 崇川区 |, a table laid out with spaces (伊川县        452.1        5.2), an infobox's field
    # (| seat = [[吉阳区]], 政府驻地　　　天元区)
    return "\t" in line or line.count("|") >= 2 or spaced_row(line) or _FIELD_LINE.match(line) is not None


def _in_enumeration(text: str, hit: PlaceHit) -> bool:
    """常州高新区、武进高新区等: a place in a list is not the paragraph's subject."""
    before = text[max(0, hit.start - 2):hit.start]
    # 1、芙蓉区: a list's number, not a list of places
    return "、" in text[hit.end:hit.end + 5] or ("、" in before and not before[0].isdigit())


_CITY_LIST_LINES = 3  # lines above a figure where the other cities of its list are looked for
_LIST_HEADING_LINE = re.compile(r"[^\n。；;，,：:]{2,20}[：:][ \t]*\n")  # 历年地区生产总值：⏎2020年　4089.66亿元
_LIST_ITEM = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d\d年|[\u4e00-\u9fff]{2,6})[：:]")  # 2023年：, 泉州：
_PART_LINE = re.compile(r"[ \t\u3000]*其中")
_LIST_RANK_AT = 2  # columns into its line where a rank opens a list's line (第10名, ①…)
_CONVERTED = re.compile(r"[约約]合|折合")  # 7935.76亿元人民币约合8610亿港元: the same figure in another currency


def _restated_metrics(claims: list[Claim]) -> list[Claim]:
    """A figure with no metric that the document gave before with one (以去年平均汇率计算，7935.76亿元人民币约合
    8610亿港元, after 海南地区生产总值7935.76亿元人民币) is that metric's, and so is its conversion."""
    known: dict[tuple, tuple[str, str]] = {}
    out: list[Claim] = []
    for c in claims:
        # a distinctive figure: 7935.76 (of any place the sentence seems to name), 2086 of the same place, not 5
        digits = sum(ch.isdigit() for ch in c.text)
        keys = [(c.unit, c.value, c.entity)] + ([(c.unit, c.value)] if digits >= 5 else [])
        found = next((known[k] for k in keys if k in known), None)
        if c.metric is None and c.measure == "level" and found:
            c = replace(c, metric=found[0], metric_text=found[1])
        elif c.metric is None and c.measure == "level" and _CONVERTED.match(c.text) and out and \
                out[-1].sentence == c.sentence and out[-1].metric and out[-1].measure == "level":
            c = replace(c, metric=out[-1].metric, metric_text=out[-1].metric_text)
        if c.metric and c.measure == "level" and digits >= 4:
            for k in keys:
                known.setdefault(k, (c.metric, c.metric_text))
        out.append(c)
    # 第10名 温州 9718.6亿: a rank that opens a line of a list ranks the amount after it
    for i, c in enumerate(out[:-1]):
        after = out[i + 1]
        if c.unit == "rank" and c.metric is None and c.span[0] <= _LIST_RANK_AT and after.line == c.line \
                and after.metric and after.measure == "level":
            out[i] = replace(c, metric=after.metric, metric_text=after.metric_text)
    return out


_ALSO_BEFORE = re.compile(r"(?:也是|也为|也达|同样是|同样为|同为|亦为)\s*$")


def _restated_periods(claims: list[Claim], also: set[str]) -> list[Claim]:
    """A figure the document states again without its period (a headline, a quote) has the same period; not
    one said to be the same as it (上海2023年增速也是5.0%: the same value in another year: `also`)."""
    # the same thing said again: of the same place and kind (温州6.0% is no restatement of 温州's 6%左右 target)
    known: dict[tuple, str] = {}
    for c in claims:
        if c.period and (c.metric or c.metric_text) and c.id not in also:
            known.setdefault((c.metric or c.metric_text, c.unit, c.value, c.measure, c.entity, c.kind), c.period)
    out = []
    for c in claims:
        key = (c.metric or c.metric_text, c.unit, c.value, c.measure, c.entity, c.kind)
        period = known.get(key) if not c.period else None
        out.append(replace(c, period=period) if period else c)
    return out


def _tense(period: str | None, doc_date: str | None) -> str | None:
    """past when the period ended before the publication year, future when it starts after it."""
    if not period or not doc_date or period.startswith("@"):
        return None
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", period)]
    doc_year = int(doc_date[:4])
    if years and max(years) < doc_year:
        return "past"
    if years and (min(years) > doc_year or (len(years) == 2 and "/" in period and max(years) > doc_year)):
        return "future"
    return None


def _f(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


_SPACES = re.compile(r"\s+")


def _any_word(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")


def _quote(display: str, sent: Span, m: Mention, width: int = 160) -> str:
    start, end = sent.start, sent.end
    if end - start > width:
        start = max(start, m.start - width // 2)
        end = min(end, start + width)
    return _SPACES.sub(" ", display[start:end]).strip()
