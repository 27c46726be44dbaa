"""Recognise place names of the place lexicon in simplified text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import ahocorasick_rs

from .lexicon import Lexicon

# a region (长三角, 京津冀) spans provinces: it ranks with the country, and holds no places of its own
_LEVEL_RANK = {"county": 0, "prefecture": 1, "province": 2, "region": 3, "country": 3}
# A place name followed by one of these names an organisation (江苏时代, 常州日报), not the place.
_ORG_TAIL = (
    "时代|银行|农商|日报|晚报|商报|电视台|广电|大学|学院|中学|小学|医院|集团|公司|股份|控股|电力|移动|联通|电信|"
    "行活动|高速|机场|国际机场|地铁|交通|发布|新闻|卫视|人民广播|证券|保险|航空|港务|文旅集团|城投|国投|路|大道|街|站|"
    "麓|坡|"  # 贺兰山东麓, 大青山南坡: the foot or slope of a mountain, not 山东 or 山南
    "海关|旅客|游客|访客|"  # 海口海关: an office; 香港旅客 in a Macao report: where visitors come from
    "都市圈|经济圈|城市群|"  # 融入杭州都市圈: a region named after its centre
    "元(?![\u4e00-\u9fff])|币"  # 约合13.9亿澳门元: a currency named after a place (but 常熟元素)
)
# 北部湾港, 滇中引水, 川南城际铁路: a port, a canal or a line named after a region, not the region
_REGION_FACILITY = re.compile("港|引水|新区|城际|环线|铁路|国际|大学|学院")


# a bare county name stands after punctuation, a space, a number or a word that leads to a place
_WORDS_ACROSS = frozenset({"新增", "新建"})  # words whose second character may open a county's full name
_WORD_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![在于的和与及是到至从赴往向对省市区县州、年月日据])")


@dataclass(frozen=True, slots=True)
class PlaceHit:
    start: int
    end: int
    name: str
    level: str


class PlaceMatcher:
    """Finds places by full name, alias, or bare short name where that is unambiguous."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._org = re.compile(_ORG_TAIL)

    @functools.cached_property
    def _names(self) -> tuple[dict[str, tuple[str, str]], dict[str, str], dict[str, str]]:
        """Surface form -> (name, level); name -> level; name -> parent. Built on first use."""
        surface: dict[str, tuple[str, str]] = {}
        levels: dict[str, str] = {}
        parents: dict[str, str] = {}
        ambiguous: set[str] = set()
        # 长沙县 beside 长沙市, 淮安区 in 淮安市: a county that shares its short name with a larger place
        # is known by its full name, so that its figures are never taken for the larger place's
        larger = {p.name for p in self._lexicon.places if p.level != "county"}
        for p in self._lexicon.places:
            # and a banner (旗) is known by its full name: 土默特右 alone names nothing
            name = p.full if p.level == "county" and (p.name in larger or p.full.endswith("旗")) else p.name
            # a name of several places (海南: the province and a district of 乌海) is the largest of them
            if name not in levels or _LEVEL_RANK[p.level] > _LEVEL_RANK[levels[name]]:
                levels[name] = p.level
                parents[name] = p.parent
            forms = [p.full, *p.aliases] + ([name] if p.bare_ok and len(name) >= 2 else [])
            for form in forms:
                if len(form) < 2:
                    continue
                if form in surface and surface[form][0] != name:
                    ambiguous.add(form)
                surface.setdefault(form, (name, p.level))
        for form in ambiguous:
            surface.pop(form, None)
        return surface, levels, parents

    @property
    def _surface(self) -> dict[str, tuple[str, str]]:
        return self._names[0]

    @property
    def _levels(self) -> dict[str, str]:
        return self._names[1]

    @property
    def _parents(self) -> dict[str, str]:
        return self._names[2]

    @functools.cached_property
    def _forms(self) -> list[str]:
        return list(self._surface)

    @functools.cached_property
    def _automaton(self) -> ahocorasick_rs.AhoCorasick | None:
        # thousands of names: an Aho-Corasick automaton (Rust) finds them in one pass, leftmost-longest.
        # Built on first use: queries only need canonical(), and start faster without it.
        if not self._forms:
            return None
        return ahocorasick_rs.AhoCorasick(self._forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def find(self, text: str) -> list[PlaceHit]:
        """Places named in the text, leftmost-longest and not overlapping."""
        automaton = self._automaton
        if automaton is None:
            return []
        hits = []
        forms, surface = self._forms, self._surface
        for index, start, end in automaton.find_matches_as_indexes(text):
            form = forms[index]
            name, level = surface[form]
            zone = self._zone_after(text, end) if level in ("prefecture", "province") else None
            if zone is not None:  # 成都高新区, 郑州航空港区: the zone, not the city
                hits.append(PlaceHit(start, end + len(zone[0]), name + zone[1], "county"))
                continue
            org = self._org.match(text, end)
            if org and level == "region" and org.group() in ("都市圈", "经济圈", "城市群"):
                org = None  # 长株潭都市圈: the region itself, not one named after its centre
            if org or (level == "region" and _REGION_FACILITY.match(text, end)):
                continue
            if form == name and level == "county" and start and _WORD_BEFORE.match(text, start - 1):
                continue  # 新增城镇: a bare county name inside a word (增城), not the place
            if level == "county" and start and text[start - 1:start + 1] in _WORDS_ACROSS:
                continue  # 新增城区供水管网: 增城区 read across the word 新增
            hits.append(PlaceHit(start, end, name, level))
        return hits

    def split_zone(self, name: str | None) -> tuple[str | None, str | None]:
        """(city, zone) of a development zone's name (成都高新区 -> 成都, 高新区); (name, None) otherwise."""
        if name is None or name in self._levels:
            return name, None
        for short in self._zone_shorts:
            if name.endswith(short) and name[: -len(short)] in self._levels:
                return name[: -len(short)], short
        return name, None

    @functools.cached_property
    def _zones(self) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        zones: dict[str, str] = self._lexicon.words.get("zones") or {}
        if not zones:
            return None, {}
        return re.compile("|".join(map(re.escape, sorted(zones, key=len, reverse=True)))), zones

    @functools.cached_property
    def _zone_shorts(self) -> frozenset[str]:
        return frozenset(self._zones[1].values())

    def _zone_after(self, text: str, end: int) -> tuple[str, str] | None:
        """(written, short) of a development zone named right after a city (成都高新区, 郑州航空港区)."""
        pattern, zones = self._zones
        m = pattern.match(text, end) if pattern else None
        return (m.group(), zones[m.group()]) if m else None

    def is_region(self, name: str) -> bool:
        return self._levels.get(name) == "region"

    @functools.cached_property
    def _cities(self) -> frozenset[str]:
        """Places that are cities, whatever their rank (重庆市 ranks with the provinces)."""
        return frozenset(p.name for p in self._lexicon.places if p.level == "prefecture" or
                         (p.level == "province" and p.full.endswith("市")))

    def is_city(self, name: str) -> bool:
        return name in self._cities

    @functools.cached_property
    def _autonomous_regions(self) -> frozenset[str]:
        """Provinces that are autonomous regions (新疆维吾尔自治区): their own reports say 全区, not 全省."""
        return frozenset(p.name for p in self._lexicon.places if p.level == "province" and p.full.endswith("自治区"))

    def is_autonomous_region(self, name: str) -> bool:
        return name in self._autonomous_regions

    @functools.cached_property
    def _districts(self) -> frozenset[str]:
        """A city's districts (万州区): not counties, nor county-level cities, which say 全市 of themselves."""
        return frozenset(p.name for p in self._lexicon.places if p.level == "county" and p.full.endswith("区"))

    def is_district(self, name: str) -> bool:
        return name in self._districts

    @functools.cached_property
    def _namesake_cities(self) -> dict[str, str]:
        """A province's city of its own name (吉林 -> 吉林市)."""
        return {p.parent: p.name for p in self._lexicon.places
                if p.level == "prefecture" and p.parent and p.name == p.parent + "市"}

    def namesake_city(self, name: str | None) -> str | None:
        return self._namesake_cities.get(name) if name else None

    def level_rank(self, name: str) -> int:
        return _LEVEL_RANK.get(self._levels.get(name, "county"), 0)

    def parent_of(self, name: str) -> str | None:
        return self._parents.get(name) or None

    def province_of(self, name: str) -> str:
        """The province a place lies in (the place itself when it is one, or has no parent)."""
        seen = 0
        while self.level_rank(name) < 2 and self.parent_of(name) and seen < 3:
            name, seen = self.parent_of(name) or name, seen + 1
        return name

    @functools.cached_property
    def _agencies(self) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """Agencies of a nation other than the country (主计总处 is Taiwan's): a document citing them is
        about that nation."""
        agencies = self._lexicon.words.get("national_agencies") or {}
        nation_of = {name: nation for nation, names in agencies.items() if nation in self._levels
                     and nation != self.country for name in names}
        if not nation_of:
            return None, {}
        return re.compile("|".join(map(re.escape, sorted(nation_of, key=len, reverse=True)))), nation_of

    def agency_nations(self, text: str) -> list[str]:
        """The nation of each such agency named in the text."""
        pattern, nation_of = self._agencies
        return [nation_of[m.group()] for m in pattern.finditer(text)] if pattern else []

    @functools.cached_property
    def country(self) -> str | None:
        """The nation's name: what 全国 and 我国 refer to."""
        return next((name for name, level in self._levels.items() if level == "country"), None)

    def canonical(self, text: str) -> str | None:
        """The canonical short name for a user's spelling (常州市, 常州, 溧陽)."""
        text = text.strip()
        if text in self._surface:
            return self._surface[text][0]
        if text in self._levels:
            return text
        return None


class NameSet:
    """A document's own place spellings, removed from metric phrases (常州地区生产总值 → 地区生产总值).

    Leftmost-longest, like a regular-expression alternation sorted longest first, but an automaton
    of a few names builds in microseconds where compiling that alternation per document took longer
    than reading the document."""

    def __init__(self, names: list[str]) -> None:
        self._automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def remove(self, text: str) -> str:
        pieces, pos = [], 0
        for _, start, end in self._automaton.find_matches_as_indexes(text):
            pieces.append(text[pos:start])
            pos = end
        if not pos:
            return text
        pieces.append(text[pos:])
        return "".join(pieces)
