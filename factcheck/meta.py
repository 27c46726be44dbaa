"""Document metadata: title, publication date, source and the place it is mainly about."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections import Counter
from typing import Any

from .model import DocumentMeta
from .normalise import NormalisedText
from .places import PlaceHit, PlaceMatcher
from .textspans import HAN

_DATE_TIME = re.compile(r"((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(?:\d{1,2}:\d\d(?::\d\d)?)?")
_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s\d]{2,30})")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
# a line that dates the document itself: bracketed or dashed under a title, or saying it was passed or issued
_DATELINE = re.compile(r"^\s*(?:[（(]|——|—)|批准|通过|会议上|印发|发布|日期")
_FULL_DATE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?")
# 全省, 我市, 全国 opening a clause: the document's own place as a subject (占全省, 比全国 and 入选全国首批
# compare with it, 全国第一 ranks in it)
_OWN_WORDS = re.compile(r"[全我本](省|市|国|区)(?![场民长委内外第首百前])")
# 全省 opens a clause, or follows its time (2024年全省, 全年全省, 一季度全省)
_CLAUSE_OPENERS = frozenset("，,。；;：: \t\n\r年月度")
# 即時　政治　國際　兩岸　產經: a site's menu of short words, no headline
_MENU = re.compile(r"[\u4e00-\u9fff]{1,4}(?:[ \t\u3000|｜/·]+[\u4e00-\u9fff]{1,4}){2,}"
                   # 香港商報網　首頁 | 要聞 | 港聞 | 內地: a site's name, then its menu between bars
                   r"|[^\n|｜]{1,12}(?:[ \t\u3000]*[|｜][ \t\u3000]*[\u4e00-\u9fff]{1,4}){3,}[ \t\u3000]*")
_NOT_TITLE = re.compile(r"\.(?:jpe?g|png|gif|webp)\s*$|^[\s\d\W]*$|您的位置|当前位置|首[页頁]\s*>|>\s*正文"
                        r"|^\s*\d{4}年\d{1,2}月\d{1,2}日\s*星期", re.I)  # 2025年02月10日 星期一: a page's date


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        if day:
            return dt.date(year, month, day).isoformat()
        dt.date(year, month, 1)
        return f"{year}-{month:02d}"
    except ValueError:
        return None


def _date_from_value(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    m = _DATE_TIME.search(value)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed else None


def publication_date(norm: NormalisedText) -> str | None:
    """Front matter's latest date (an encyclopedia page written in 2021 and `updated:` in 2025 speaks of
    2025), else a dated line near the top, else the latest date the text names."""
    dates = [found for key in ("date", "published", "pubdate", "publish_date", "time", "updated", "modified",
                               "lastmod")
             if key in norm.front_matter and (found := _date_from_value(norm.front_matter[key]))]
    if dates:
        return max(dates)
    head = norm.text[:3000]
    for line in head.split("\n")[:100]:  # a page's head may leave many lines before its date line
        m = _DATE_TIME.search(line)
        if m and (re.search(r"\d{1,2}:\d\d", line) or "来源" in line or "发布" in line or "时间" in line):
            found = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if found:
                return found
    for line in [ln for ln in head.split("\n")[:12] if ln.strip()][:5]:
        m = _FULL_DATE.search(line)
        if m and m.group(3) and _DATELINE.search(line):  # （2026年1月14日…会议批准）under the title
            found = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if found:
                return found
    dates = []
    for m in _FULL_DATE.finditer(norm.text):
        found = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
        if found:
            dates.append(found)
    if not dates:
        return None
    latest = max(dates)
    # a date in the body (2021年4月撤销…, 2021年7月25日列入名录) is as often history: an encyclopedia page
    # that goes on to report 2023 and 2024 was not written in 2021, and taking it so would make those
    # years look like plans
    later = Counter(int(y) for y in _YEAR.findall(norm.text) if int(y) > int(latest[:4]))
    if any(n >= 2 for n in later.values()):
        return None
    return latest




_INFOBOX_NAME = re.compile(r"^\{\{[^\n]*(?:\n\|[^\n]*)*?\n\|\s*(?:name|名称|中文名|中文名称)\s*=\s*([^\n|{}<]+)", re.M)


def title_of(norm: NormalisedText) -> str | None:
    for key in ("title", "headline"):
        value = norm.front_matter.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    m = re.search(r"<title[^>]*>(.*?)</title>", norm.original[:20000], re.S | re.I)
    if m and m.group(1).strip():
        return re.sub(r"\s+", " ", m.group(1)).strip()
    # a wiki page saved from its edit page names itself in its infobox (| name = 三亚市), not in a title line
    m = _INFOBOX_NAME.search(norm.display[:5000])
    if m and HAN.search(m.group(1)):
        return m.group(1).strip()
    for line in norm.display.split("\n")[:60]:
        line = line.strip()
        if line.startswith(("|", "{{", "}}", "!")):
            continue  # a field of an infobox or a row of a wiki table
        han = len(HAN.findall(line))
        if han >= 6 and len(line) <= 80 and not _NOT_TITLE.search(line) and not line.endswith(("。", ".")) \
                and "\t" not in line and not _MENU.fullmatch(line):  # a table row or a menu is no title
            return line
    return None


def source_of(norm: NormalisedText) -> str | None:
    for key in ("source", "author", "publisher"):
        value = norm.front_matter.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    m = _SOURCE.search(norm.text[:3000])
    return m.group(1) if m else None


def _first_line(text: str) -> str:
    return next((line for line in text.split("\n", 12)[:12] if line.strip()), "")


_CHROME_WORD = re.compile(r"天气|地址[:：]|广告[:：]|版权所有|备案号|Copyright|©")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def main_place(norm: NormalisedText, places: PlaceMatcher, title: str | None,
               hits: list[PlaceHit] | None = None) -> str | None:
    """The place named most often (the title counts thrice); prefecture level and below first."""
    heading = _first_line(norm.display).strip(" #*")
    named = places.canonical(heading) if 0 < len(heading) <= 10 else None
    if named is not None and not places.is_region(named):
        return named  # 呈贡区 as an encyclopedia entry's first line: the page is about it
    # a region (融入长三角) is where a place lies, seldom what a document reports on: it counts for nothing
    counts: Counter[str] = Counter()
    # a page's chrome (澳门天气, 地址：澳门新马路, 广告：…) names where the site is, not what the article is about
    text = norm.text
    chrome = [(text.rfind("\n", 0, m.start()) + 1, _line_end(text, m.end())) for m in _CHROME_WORD.finditer(text)]
    for hit in hits if hits is not None else places.find(norm.text):
        if hit.level not in ("region", "country") and not any(a <= hit.start < b for a, b in chrome):
            counts[hit.name] += 1  # (对中国大陆出口: the country, named in the text, is a partner)
    in_title = [hit for hit in places.find(title) if hit.level != "region"] if title else []
    if in_title:
        if all(hit.level == "country" for hit in in_title):
            return in_title[0].name  # 中國大陸去年GDP成長5.0%: a dispatch on the country
        for hit in in_title:
            counts[hit.name] += 3
    counts.update(places.agency_nations(text))  # 行政院主计总处今天公布: a Taiwan dispatch dated 台北
    own = Counter(m.group(1) for m in _OWN_WORDS.finditer(text) if not m.start() or text[m.start() - 1] in _CLAUSE_OPENERS)
    if places.country and own["国"] > max(counts.values(), default=0) and own["国"] > own["省"] + own["市"]:
        return places.country  # a national release: 全国…, 我国…, the provinces named as examples
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], places.level_rank(kv[0])))
    best, best_count = ranked[0]
    if own["省"] >= 3 and own["省"] > own["市"] and places.level_rank(best) < 2:
        # 全省 said more than 全市: a province's report that names its capital more than itself
        provinces = [name for name, _ in ranked if places.level_rank(name) == 2]
        return provinces[0] if provinces else places.province_of(best)
    parent = places.parent_of(best)
    if own["市"] >= 3 and own["市"] > own["区"] and places.is_district(best) and parent and \
            places.is_city(parent) and parent in {hit.name for hit in in_title}:
        return parent  # 全市 said again and again at 重庆's press conference where 万州 and 涪陵 answer: 重庆's
    region = places.province_of(best)
    if own["区"] >= 3 and own["区"] > own["市"] + own["省"] and places.level_rank(best) == 1 \
            and places.is_autonomous_region(region) and counts[region]:
        return region  # 全区 said more than 全市 in a report that names 新疆 and 伊犁: the region's report
    # a province named as often as its own city is the city's context, not its subject (a city named
    # as often as one of its districts stays the subject: 太原 and 小店区 in a report on 太原)
    if places.level_rank(best) == 2 and not (own["省"] >= 3 and own["省"] > own["市"]):
        for name, count in ranked[1:3]:
            if places.parent_of(name) == best and count >= best_count * 0.8:
                return name
    return best


def document_meta(norm: NormalisedText, places: PlaceMatcher, hits: list[PlaceHit] | None = None) -> DocumentMeta:
    title = title_of(norm)
    return DocumentMeta(title, publication_date(norm), main_place(norm, places, title, hits), source_of(norm))
