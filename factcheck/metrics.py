"""What a number measures: the phrase before (and after) it, matched against the metric lexicon."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from .lexicon import Lexicon, Metric
from .numbers import Mention
from .periods import TIME_EXPR
from .places import NameSet
from .textspans import (
    CLAUSE_END,
    HAN,
    LABEL_AFTER,
    SECTION_NUMBER,
    TARGET_NOUN,
    WRITTEN_YEAR,
    Span,
    list_heading,
    unit_heading,
)
from .trie import trie_regex

_BOARD = re.compile(r"(?:排行榜|排行|排名|榜单|榜)$")  # 【总量榜】: a copy's board of what it ranks
# the document's own place, and a count of places standing for the items of a list (三个区, 两县, 各区)
_GENERIC_PLACE = re.compile(r"全市|我市|本市|全省|我省|本省|全区|我区|全县|我县|全国"
                            r"|(?:[一二两三四五六七八九十]{1,3}个?|各)(?:区县|县区|县市|区|县|市)(?!域)")
_FILLER = re.compile(
    r"^(?:再看|来看|其中|同时|而且|而|并|且|此外|另外|全年|全市|我市|本市|全省|我省|全区|全县|共|累计|已经|已|目前|截至目前|"
    # 我预测经济增长2.5%左右 (a budget speech's forecast), 十年共增加447636人
    r"我们?(?:预测|预计|估计)|[一二两三四五六七八九十\d]{1,3}年(?:间|来)?|"
    # 粮食总产量506.8万吨，连续5年稳定在500万吨以上: how long, not what
    r"连续(?:[一二两三四五六七八九十\d]{1,3}|多)?年|"
    r"今年以来|今年|去年|当年|以来|年|月|日|期间|实现|完成|总计|合计|共计|力争|争取|确保|力求|预计|"
    # 蚌埠则为2117.3亿元, 四年间又增加了3462.0亿元, 再到2024年的…, 提出的经济增长预期目标
    # 三季度单季增长6.2%: one quarter or month on its own, a time and no part of what is measured
    r"则|又|再|却|提出的|提出|设定的|设定|确定的|单季度?|当季|单月|当月|请问|略|稍|整体|总体|同样|"
    # 漳州市政府今年设定的经济成长目标, 省政府今年的工作报告设定: who set it
    r"(?:市|省|区|县|州)?(?:人民)?政府|(?:的)?(?:政府)?工作报告|"
    # 市长在报告中将经济成长目标订在5%左右: who said it and where, not what is measured
    r"[^，。；]{0,10}?(?:报告|讲话|会上|会议上)中?(?:将|把|提出|指出|表示|明确))+"
)
_TRAILING = re.compile(
    r"(?:历年数据|历年变化|历年情况|历年|一览|这一块|这块|这边|方面|分别|达到了|达到|达|为|是|有|实现了|实现|突破了|突破|超过了|超过|超|逾|近|约为|约|接近|不到|不足|"
    r"已经|已|了|共|累计|提升至|提高至|提升到|提高到|增至|降至|下降至|下降到|增长到|上升至|上升到|恢复至|恢复到|至|到|由|从|"
    r"同比|比上年|较上年|的|以|在|将|共计|合计|总计|位居|位列|排名|排在|名列|排|居|稳定在|保持在|控制在|维持在|平均为|"
    r"首次|首度|再次|再度|一举|力争|争取|确保|力求|预测为|预计为|预测|预计|高于|低于|快于|慢于|每|[:：=＝]|同期|(?:增长|成长)?(?:预期)?目标|"
    r"稳居|跃居|继续保持|保持|"
    # 上海今年目标同样为5%左右: the same target as the figure before
    r"有望|可望|保持在|定在|定为|订在|订为|同样|同为|也|亦|提出|设定|只有|仅有|仅为|"
    r"(?:^|(?<=[口量数值额]))(?:多|少))+$"  # 宜昌人口比上年少了0.6万, 大连多了2.9万: a copy's change words
)
# a head noun that means "the total of what was just named": 新增高新技术企业2000家，总数超1.6万家
# 了 is never part of a name; ▶■● are a data box's bullets
_QUOTES_SPACES = re.compile(r"“|”|‘|’|\"|「|」|《|》|\s|^[-—–~～]+|了|[▶►▷■□●○◆◇★☆▲△•·※|]"
                            r"|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")  # a copy's emoji: 😢👍
_INNER_VERBS = ("实现", "完成")
_HEADLINE_TAIL = re.compile(r"(?:出炉|发布|公布|出来了|来了)?[！!？?_|｜\-—].*$|(?:出炉|发布|公布|出来了|来了)$")
_HEADING_NUMBER = re.compile(r"^[一二三四五六七八九十\d]{1,3}(?:[、.．]\s*|\s+)")
_GROWTH_HEADING = re.compile(r"(?:GDP|经济)?(?:增速|增幅|增长率|增长)(?:对比|比较|排名|排行|榜|排行榜)?")
_SPACE_OR_DIGIT = re.compile(r"[\s\d]")
_SECTION_REACH = 600  # characters back to a section heading
# 一 经济总量, 二、常住人口, （三）人均GDP: a numbered heading alone on its line
_NUMBERED_HEADING = re.compile(r"^[ \t\u3000]*" + SECTION_NUMBER + r"[ \t\u3000]*([^\d\s，,。；;：:]{2,12})[ \t\u3000]*$", re.M)
_OF_OUTPUT = re.compile(r"生产总值|增加值")
_OF_GDP = re.compile(r"(?:占|相当于)(?:全市|全省|全国|全区)?(?:地区生产总值|GDP|国内生产总值)的?(?:比重|比例)")
_SHARE_WORDS = ("比重", "比例", "之比")  # 占常住人口比重（常住人口城镇化率）: the bracket names the share
_NAMED_IN_BRACKETS = re.compile(r"[（(]([^（）()]{2,16})[）)]\s*(?:为|达到|达|是)?\s*$")
_UNIT_NOTE = re.compile(r"[（(]?单位[:：][^）)]*[）)]?")
_COMPARISON_BASE = re.compile(
    r"(?:与|和|同|跟)[^，,。；;]{0,16}?相比|"  # 与2010年相比增加877135人: the base, not the thing
    r"^(?:与|和|同|跟)[^，,。；;]{0,16}?的$|"  # 与2010年第六次全国人口普查的1644860人相比
    r"(?:比|较)(?:上年|去年|上年末|去年末|上年同期|去年同期|上月|上季度|年初)末?|同比|环比|年末|年底|年初|"
    r"(?:比|较)(?:[一二三四]季度|上半年|前三季度|[一二三四五六七八九十\d]{1,2}月)(?:末|底|份)?"  # 比二季度末下降
    r"|按年|按季|按月|同口径|可比口径")  # 按年下跌7.3%: Hong Kong's 同比
_LONE_BI = re.compile(r"^(?:比|较)(?=$|[^重例率])")  # 比 left by 比一季度 (比重, 比例 stay)
_YEARS_NUMBERS_BRACKETS = re.compile(r"(?:19|20)\d\d年(?:以来)?|(?<![A-Za-z0-9.])[0-9.%]+|[（(][^）)]*[）)]")
_EDGE_WORDS = re.compile(r"^(?:对|向|在|把|将|使|让|以|从|由|其中|同时|、|[（()）+:：])|分别|(?:和|及|与|、|[（()）+])$")
_QUOTES = re.compile(r"“|”|\"")
_NOUN_END = re.compile(r"[0-9、和及与，,（(|\t\U0001F000-\U0001FAFF\u2600-\u27BF]")  # | and ⇥ end a table cell; so does 😢
# what a rank is counted among, with nothing of its own measured: 在西北地区城市中, 副省级城市
_RANK_GROUP = re.compile(r"(?:在|于)?[\u4e00-\u9fff]{0,6}?(?:城市|地区|省份|省区市|省市|县市区?|区县)(?:中|之中|当中|里)?")
# 进出口9.11万亿元，规模连续39年居全国首位: the rank of the figure before it (the count of years is read apart)
_RANK_OF_BEFORE = re.compile(r"(?:人口规模|经济总量|规模|总量|总额|体量|产量)?(?:已?连续年|多年)?(?:" + _RANK_GROUP.pattern + ")?")
_MATCH_MEMO = 100_000  # phrases remembered per matcher; cleared when full, so memory stays bounded
# 晋源区增长最快达到7.3%: how it changed, nothing about what
_CHANGE_ONLY = re.compile(r"(?:增长|增速|增幅|下降|降幅|提高|上涨)(?:最快|最高|最大|最多|较快|居首)|增|减|成长|年增|年减")  # 年增9.9%
_TARGET_NOUN = re.compile(TARGET_NOUN)
_GENERIC_HEADS = frozenset({"总数", "总量", "总额", "总计", "累计", "规模", "合计", "其中"})


class MetricMatcher:
    """Finds the metric phrase of a number and its metric id; holds the compiled aliases, no document state."""

    def __init__(self, lexicon: Lexicon) -> None:
        w = lexicon.words
        verbs = sorted({*w["measure"]["up"], *w["measure"]["down"]}, key=len, reverse=True)
        self._verb_tail = re.compile("(?:" + "|".join(map(re.escape, verbs)) + r")(?:了)?$")
        basis = sorted({x for words in w["basis"].values() for x in words}, key=len, reverse=True)
        self._basis_re = re.compile("(?:" + "|".join(map(re.escape, basis)) + ")(?:计算)?")
        aliases = []
        for metric in lexicon.metrics:
            for alias in metric.aliases:
                aliases.append((alias, metric))
        aliases.sort(key=lambda a: -len(a[0]))
        self.aliases: list[tuple[str, Metric]] = aliases
        self._alias_re = trie_regex(a for a, _ in aliases)
        self._alias_chars = [(alias, metric, frozenset(alias)) for alias, metric in aliases if len(alias) >= 4]
        self._alias_map = dict(aliases)
        self._exact = {phrase: metric.id for metric in lexicon.metrics for phrase in metric.exact}
        self._long_aliases = [a for a, _, _ in self._alias_chars]
        self._ellipsis_aliases = [(alias, metric) for alias, metric in aliases if len(alias) >= 6]
        # metric phrases recur across a corpus (地区生产总值, 一般公共预算收入): match each once
        self._matched: dict[str, str | None] = {}
        self.metric_units = {metric.id: metric.unit_class for metric in lexicon.metrics}
        # amounts over a period (GDP, trade, revenue): a rate of one with no word of a part is its growth
        self.flows = frozenset(metric.id for metric in lexicon.metrics if metric.flow and metric.unit_class != "percent")
        self._share_of_gdp = {metric.id: metric.share_of_gdp for metric in lexicon.metrics if metric.share_of_gdp}
        self._stock = {metric.id: metric.stock for metric in lexicon.metrics if metric.stock}
        scope_words = [word for dim in w["scope"].values() for words in dim["values"].values() for word in words]
        self.scope_words = trie_regex(scope_words)  # 其中城镇居民44283元: a scope, and the metric goes on

    def resolve(self, text: str, m: Mention, clause: Span, sent: Span, para: Span,
                previous: tuple[str | None, str] | None, list_info: tuple[int, int, str] | None,
                place_names: NameSet | None) -> tuple[str | None, str]:
        left = text[clause.start:m.start]
        named = _NAMED_IN_BRACKETS.search(left)
        if named and self._named(named.group(1)) and (
                not self._named(left[:named.start()]) or left[:named.start()].endswith(_SHARE_WORDS)):
            # 占全国人口比重（常住人口城镇化率）为67.00%: the bracket names what the figure is
            return self._named(named.group(1)), named.group(1)
        if list_info is not None and list_info[2]:
            own = self.clean_phrase(list_info[2], place_names)
            left = list_info[2] if own else text[clause.start:m.start]  # 徐州、南通GDP分别增长: the shared GDP
        if m.label is not None:
            left = m.label  # a table row: its label says what every number of the row measures
        left = self.clean_phrase(left, place_names)
        if not left and m.label is None and clause.start and text[clause.start - 1] in "：: \u3000\t":
            # 农村居民:福州32581元 泉州33519元, 农村这块 南宁21628元: the label opening the line says what the
            # figures are
            line_start = text.rfind("\n", max(0, clause.start - 13), clause.start) + 1
            label = text[line_start:clause.start].rstrip("：: \u3000\t")
            if (line_start or clause.start <= 13) and label and not _SPACE_OR_DIGIT.search(label):
                left = self.clean_phrase(label, place_names)
                if left in ("城镇", "农村", "城市", "乡村"):
                    left += "居民"  # 农村这块: the rural residents of the figures before
        if not left and m.label is None and text.startswith(("！", "!"), m.end):
            # 64697.0亿元！2024年四川经济成绩单出炉: a headline that opens with its figure names it after
            line_end = text.find("\n", m.end, m.end + 40)
            rest = text[m.end + 1:line_end if line_end >= 0 else m.end + 40]
            rest = _HEADLINE_TAIL.sub("", rest)
            named = self.match(self.clean_phrase(rest, place_names))
            if named:
                return named, rest
        if m.label is not None and not left and m.column is not None:
            # 县市区 | 地区生产总值（亿元） | 一般公共预算收入（亿元）: rows of places, each column its own metric
            column = self.clean_phrase(m.column, place_names)
            metric = self.match(column)
            if metric is not None:
                return metric, column
        right = self._right_noun(text, m)
        if right.startswith(("相比", "相较", "比较")):
            right = ""  # 与2010年的1644860人相比: the end of the comparison, nothing counted
        phrase = left
        if not left and m.label is None and not HAN.search(text, clause.start, m.start):
            after = LABEL_AFTER.match(text, m.end)  # ▶ 1.16万家　全市国家级高新技术企业数量: the label follows
            if after:
                phrase = left = self.clean_phrase(after.group(1), place_names)
                right = ""
        if m.unit_class == "count" and right and not (left and self.match(left)):
            phrase = left + right  # 整治提升了5700家企业: what is counted follows the number
        elif m.unit_class in ("percent",) and right and text.startswith("的", m.end) and not _TARGET_NOUN.match(right):
            phrase = right if not left else left + right  # but 全年5%左右的目标: what kind of figure, not of what
        phrase = phrase.strip()
        # 总量排名, 占GDP比重, （折合17744美元）: the same thing as the number before
        if phrase and not self.scope_words.sub("", phrase) and previous is not None and previous[0] is not None:
            # 其中城镇居民44283元: 城镇居民人均可支配收入; then 农村居民19875元 replaces the 城镇居民
            base = self.scope_words.sub("", previous[1], count=1) if self.scope_words.match(previous[1]) \
                else previous[1]
            if previous[0] in self._stock and phrase.startswith(("总量", "总数", "累计")):
                return self._stock[previous[0]], phrase  # 新登记经营主体48.6万户，总量突破400万户: the stock
            return self._of_gdp(phrase, previous[0]), _joined(phrase, base)
        generic = phrase in _GENERIC_HEADS or phrase.startswith(("占", "总量", "总额", "总数", "增速", "增幅", "增长率", "年均增", "年平均增")) \
            or _CHANGE_ONLY.fullmatch(phrase) is not None \
            or "折算" in phrase \
            or "折合" in phrase
        if (not phrase or generic) and previous is not None and previous[0] is not None:
            if self._of_gdp(phrase, previous[0]) != previous[0]:
                return self._of_gdp(phrase, previous[0]), _joined(phrase, previous[1])
            return previous
        if not phrase and not left and m.label is None:  # a table row's label is its header
            phrase = self._row_header(text, clause.start, place_names)
        metric = self.match(phrase)
        if metric is not None:  # 研发经费投入占地区生产总值比重达3.45%: the intensity
            metric = self._of_gdp(phrase, metric, anywhere=True)
        if metric is None and m.label is not None and phrase and _OF_OUTPUT.search(text, max(0, m.start - 600), m.start):
            # 地区生产总值（按产业分）⏎第一产业 | 117.3: a table of output by industry gives each its value added
            metric = self._named(phrase + "增加值")
        if metric is None and m.parent is not None and phrase and not self.scope_words.sub("", phrase):
            # 居民人均可支配收入（元） | 17568⏎　城镇居民（元） | 20190: a scope of the row above
            parent = self.clean_phrase(m.parent, place_names)
            metric = self.match(parent)
            phrase = _joined(phrase, parent) if metric else phrase
        if metric is None and m.column is not None and not phrase:  # 区县 | GDP(亿元)⏎蜀山区 | 1565.3
            column = self.clean_phrase(m.column, place_names)
            metric = self.match(column)
            phrase = column if metric else phrase
        if metric is None and phrase and len(phrase) <= 6:
            metric = self._elliptical(phrase, text[max(para.start, m.start - 300):m.start])
        if metric is None and not left and (previous is None or previous[0] is None):
            metric = self.nearest_alias(text[sent.start:m.start])
        if metric is None and len(phrase) <= 4 and (previous is None or previous[0] is None):
            # 【GDP总量】⏎苏州：26727亿元; under 一 经济总量, only a figure whose words name nothing (总量已经是)
            metric, words = self.section_heading(text, m.start, numbered=len(phrase) <= 1 or phrase in _GENERIC_HEADS)
            phrase = words if metric and words else phrase  # 【五、城镇居民收入】: its words say the scope too
        if metric is None and m.unit_class == "rank" and previous is not None and previous[0] is not None \
                and _RANK_OF_BEFORE.fullmatch(phrase):
            return previous  # 突破1.2万亿元，在西北地区城市中居第1位: the rank of the figure before it
        return metric, phrase

    def _of_gdp(self, phrase: str, metric: str, anywhere: bool = False) -> str:
        """The intensity a metric's share of GDP is (研发经费…占地区生产总值的比重), else the metric: the share
        opens the phrase, or with `anywhere` stands in it."""
        of_gdp = _OF_GDP.search(phrase) if anywhere else _OF_GDP.match(phrase)
        return self._share_of_gdp.get(metric, metric) if of_gdp else metric

    def section_heading(self, text: str, start: int, numbered: bool = False) -> tuple[str | None, str]:
        """The metric a heading over the figures names, and the heading's words: a list's 单位 heading, a list's
        heading line, or a bracketed section heading (【GDP总量】, 【五、城镇居民收入】: its words carry the scope)."""
        # 附：2024年GDP前十省份（单位：亿元）⏎广东　141633.81: the heading of a list that declares its unit,
        # which stands nearer than any bracketed heading above the list
        heading = unit_heading(text, start)
        if heading:
            words = self.clean_phrase(_UNIT_NOTE.sub("", heading))
            return self.match(words), words
        heading = list_heading(text, start)  # 近年来珠海市地区生产总值⏎2019年：3435.89亿元
        words = self.clean_phrase(heading) if heading else ""
        metric = self.match(words) if heading else None
        if metric:
            return metric, words
        at = text.rfind("【", max(0, start - _SECTION_REACH), start)
        end = text.find("】", at, start) if at >= 0 else -1
        headings = list(_NUMBERED_HEADING.finditer(text, max(0, start - _SECTION_REACH, end), start)) if numbered else []
        if headings:  # the last numbered heading after any bracketed one
            words = self.clean_phrase(headings[-1].group(1))
            return self.match(words), words
        if end >= 0 and "\n" in text[end:start]:  # 【二、人口】: the heading's words after its number
            words = self.clean_phrase(_HEADING_NUMBER.sub("", text[at + 1:end]))
            # 【总量榜】, 【人口排行】: a copy's board of what it ranks
            return self.match(words) or self.match(_BOARD.sub("", words)), words
        return None, ""

    def growth_section(self, text: str, start: int) -> bool:
        """Whether the bracketed heading over a figure names growth only (【二、增速】)."""
        at = text.rfind("【", max(0, start - _SECTION_REACH), start)
        end = text.find("】", at, start) if at >= 0 else -1
        return end >= 0 and "\n" in text[end:start] and \
            _GROWTH_HEADING.fullmatch(_HEADING_NUMBER.sub("", text[at + 1:end])) is not None

    def section_metric(self, text: str, start: int) -> tuple[str | None, str]:
        """The metric the heading over a figure names (【五、外贸】⏎重庆：7177.7亿元), and the heading's words."""
        return self.section_heading(text, start, numbered=True)

    def _row_header(self, text: str, start: int, place_names: NameSet | None) -> str:
        """A table cell's header: the short line just before (GDP（2022年） | 23,958.3亿元)."""
        before = text[max(0, start - 40):start].rstrip("\n \t")
        line = before.rsplit("\n", 1)[-1].strip()
        if 0 < len(line) <= 16 and not re.search(r"\d{3,}|[。！？]", WRITTEN_YEAR.sub("", line)):
            return self.clean_phrase(line, place_names)
        return ""

    def clean_phrase(self, phrase: str, place_names: NameSet | None = None) -> str:
        phrase = _QUOTES_SPACES.sub("", phrase)
        # the comparison base (比上年, 比一季度), then time words (一季度, 11月份): when, not what is measured
        phrase = _COMPARISON_BASE.sub("", phrase)
        phrase = TIME_EXPR.sub("", phrase)
        phrase = _LONE_BI.sub("", phrase)
        phrase = _YEARS_NUMBERS_BRACKETS.sub("", phrase)
        phrase = _GENERIC_PLACE.sub("", phrase)
        if place_names is not None:
            phrase = place_names.remove(phrase)
        phrase = self._basis_re.sub("", phrase)  # 按可比价格计算, 名义: how it grew, not what
        phrase = _FILLER.sub("", phrase)
        previous = None
        while previous != phrase:
            previous = phrase
            phrase = _TRAILING.sub("", phrase)
            phrase = self._verb_tail.sub("", phrase)
            phrase = _EDGE_WORDS.sub("", phrase)
        return phrase[-24:]

    def _right_noun(self, text: str, m: Mention) -> str:
        # searched in place, not in a slice: the mark "space between Chinese words" looks behind the number
        stop = CLAUSE_END.search(text, m.end, m.end + 14)
        tail = text[m.end:stop.start() if stop else m.end + 14]
        if tail.startswith((")", "）")):
            return ""  # 比上年末（1779.01万人）增加…: the bracket closes, nothing is counted after it
        tail = _QUOTES.sub("", tail.removeprefix("的"))
        tail = _NOUN_END.split(tail, maxsplit=1)[0]
        return tail[:10]

    def match(self, phrase: str) -> str | None:
        if not phrase:
            return None
        if phrase in self._matched:
            return self._matched[phrase]
        metric = self._match(phrase)
        if len(self._matched) >= _MATCH_MEMO:
            self._matched.clear()
        self._matched[phrase] = metric
        return metric

    def _match(self, phrase: str) -> str | None:
        found = self._named(phrase)
        if found is None:
            for verb in _INNER_VERBS:  # 第一产业实现增加值: the verb between the subject and the noun
                if verb in phrase:
                    found = self._named(phrase.replace(verb, ""))
        if found is not None:
            return found
        if len(phrase) < 4:
            return None
        chars = frozenset(phrase)
        for alias, metric, needed in self._alias_chars:  # 盘活[存量]土地: the alias with a word inserted
            if needed <= chars and _subsequence_within(alias, phrase, slack=1):
                return metric.id
        match = process.extractOne(phrase, self._long_aliases, scorer=fuzz.ratio, score_cutoff=88)
        return self._alias_map[match[0]].id if match else None

    def _named(self, phrase: str) -> str | None:
        """The metric an exact phrase or the longest alias inside the phrase names."""
        if phrase in self._exact:
            return self._exact[phrase]
        best: tuple[int, str] | None = None
        for m in self._alias_re.finditer(phrase):
            alias = m.group()
            if best is None or len(alias) > best[0]:
                best = (len(alias), self._alias_map[alias].id)
        return best[1] if best else None

    def _elliptical(self, phrase: str, context: str) -> str | None:
        """产业规模 after 新能源之都 earlier in the paragraph: the alias split across the text."""
        if len(phrase) < 4:
            return None
        for alias, metric in self._ellipsis_aliases:
            if alias.endswith(phrase):
                head = alias[: len(alias) - len(phrase)]
                if len(head) >= 2 and head in context:
                    return metric.id
        return None

    def nearest_alias(self, before: str) -> str | None:
        """The metric of the last alias in the text (the sentence before a number)."""
        hits = list(self._alias_re.finditer(before))
        return self._alias_map[hits[-1].group()].id if hits else None


def _joined(head: str, phrase: str) -> str:
    """城镇居民 + 居民人均可支配收入 = 城镇居民人均可支配收入: the words they share written once."""
    for k in range(min(len(head), len(phrase)), 0, -1):
        if head.endswith(phrase[:k]):
            return head + phrase[k:]
    return head + phrase


def _subsequence_within(alias: str, phrase: str, slack: int) -> bool:
    """All characters of the alias in order inside the phrase, spread over at most len+slack chars."""
    first = phrase.find(alias[0])
    while first >= 0:
        pos, ok = first, True
        for ch in alias[1:]:
            pos = phrase.find(ch, pos + 1)
            if pos < 0 or pos - first >= len(alias) + slack:
                ok = False
                break
        if ok:
            return True
        first = phrase.find(alias[0], first + 1)
    return False
