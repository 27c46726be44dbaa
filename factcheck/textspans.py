"""Sentences and clauses of an analysis text, as start offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# clauses end at punctuation, and at spaces between Chinese words where punctuation was lost
CLAUSE_END = re.compile(r"[。！？!?；;\n，,：:]|(?<=[\u4e00-\u9fff%])\s+(?=[\u4e00-\u9fff])")
_CLAUSE_MARK = re.compile(r"[。！？!?；;，,：:]|(?<=[\u4e00-\u9fff%])[ \t\u3000]+(?=[\u4e00-\u9fff])")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def starts_of(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Start offsets of the pieces the pattern separates (sentence or clause starts)."""
    starts = [0]
    starts.extend(m.end() for m in pattern.finditer(text))
    return starts


_SENTENCE_MARK = re.compile(r"[。！？!?]|\n")
_WRAPPED_LINE = 25  # a hard-wrapped text breaks long lines mid-sentence; headings and names are short


def sentence_starts(text: str) -> list[int]:
    """Sentence starts: after 。！？, and after a line break unless the line was wrapped mid-sentence
    (it ends in a comma or colon, or it is a long line of prose running on into the next)."""
    starts = [0]
    line_start = 0
    for m in _SENTENCE_MARK.finditer(text):
        end = m.end()
        if m.group() == "\n":
            line = text[line_start:m.start()]
            line_start = end
            last = line.rstrip()[-1:]
            nxt = text[end:end + 3].lstrip(" ")[:2]  # 一般公共预算支出⏎ 728.9亿元: a copy's stray space
            if nxt[:1] == "." and not nxt[1:].isdigit():
                nxt = ""  # ．財政部：…: a list's bullet (a full-width point, made ASCII) opens the line
            nxt = nxt[:1]
            if last in ("，", "、", "：", ":", ",", "；", ";"):
                continue
            # a copy that writes spaces for its punctuation (咬得很紧 明年…) ends a sentence at each line,
            # unless a figure goes on on the next (比重达⏎58.6%)
            if len(line) >= _WRAPPED_LINE and "\t" not in line and "|" not in line and "   " not in line.strip() \
                    and (not _SPACE_AS_PUNCTUATION.search(line) or nxt.isdigit()) \
                    and _RUNS_ON.match(last or " ") and _RUNS_ON.match(nxt or " "):
                continue
        starts.append(end)
    return starts


def clause_starts(text: str, sentences: list[int]) -> list[int]:
    """Clause starts: punctuation (and spaces where it was lost) within sentences, which may span lines."""
    return sorted({*starts_of(text, _CLAUSE_MARK), *sentences})


_SPACE_AS_PUNCTUATION = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
_RUNS_ON = re.compile(r"[\u4e00-\u9fff0-9A-Za-z%.]")


def bounds(starts: list[int], pos: int, length: int) -> Span:
    k = bisect_right(starts, pos) - 1
    end = starts[k + 1] if k + 1 < len(starts) else length
    return Span(starts[k], end)


HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
# the number a section heading opens with: 一、 二. （三）, or as copies write it, 一 经济总量 (a space)
SECTION_NUMBER = r"(?:[一二三四五六七八九十]{1,3}(?:[、.．]|[ \t\u3000]+(?=\S))|[（(][一二三四五六七八九十]{1,3}[）)])"
# a year written out (2024年): the year a caption or heading names, and no figure of a heading line
WRITTEN_YEAR = re.compile(r"((?:19|20)\d\d)年")
# the noun a rate is aimed at: 目标, 预期目标, 增长目标 (全年5%左右的目标: what kind of figure, not of what)
TARGET_NOUN = r"(?:增长|发展|预期|奋斗|调控)*目标"
# ▶ 1.16万家　全市国家级高新技术企业数量: a data box's label after its figure, to the end of the line
LABEL_AFTER = re.compile(r"[ \t\u3000]+([^\d\n，,。；;：:]{2,24}?)[ \t\u3000]*(?=\n|$)")
_LIST_LINE = 40  # a line of a list (广东　141633.81（+3.5%）), not of prose
_LIST_REACH = 400  # characters above a list line where its heading may stand
# an item of a list ends with its figure (6.8%, 1013.2亿元), or with a note on it (322.3万人（第五次全国人口普查）)
_ITEM_END = re.compile(r"\d[^\d\s]{0,4}\s*(?:[（(][^（()）\n]{0,16}[）)])?\s*$")


def unit_heading(text: str, start: int) -> str | None:
    """The heading that declares a unit (附：GDP前十省份（单位：亿元）) over the short lines of a list, the
    position's line among them, with no blank line between; None when there is none."""
    line_start = _list_line_start(text, start)
    if line_start < 0:
        return None
    line_end = text.find("\n", start, line_start + _LIST_LINE + 1)
    if line_end < 0 and line_start + _LIST_LINE < len(text):
        return None
    window = text[max(0, line_start - _LIST_REACH):line_start]
    at = window.rfind("单位")
    if at < 0:
        return None
    heading_start = window.rfind("\n", 0, at) + 1
    lines = window[heading_start:].split("\n")
    if any(len(ln) > _LIST_LINE for ln in lines):
        return None
    # a table's rows may stand apart (an HTML table read row by row), a list's lines may not
    rows = [ln for ln in lines[1:] if ln.strip()]
    table = bool(rows) and all("\t" in ln or "|" in ln for ln in rows)
    if not table and any(not ln.strip() for ln in lines[1:-1]):
        return None
    return lines[0]


def list_heading(text: str, start: int) -> str | None:
    """The line without figures that heads the run of short lines holding the position (近年来珠海市地区生产总值
    ⏎2019年：3435.89亿元，增长6.8%⏎…), with no blank line between; None when there is none."""
    line_start = _list_line_start(text, start)
    if line_start <= 0:
        return None
    line_end = text.find("\n", start, line_start + _LIST_LINE + 1)
    if line_end < 0 or not _ITEM_END.search(text, line_start, line_end):
        return None
    lines = text[max(0, line_start - _LIST_REACH):line_start].split("\n")[:-1]
    gaps = 0
    for line in reversed(lines[1:]):  # the first piece may be cut
        if not line.strip():
            gaps += 1  # one blank line may part a Markdown heading from its list
            if gaps > 1:
                return None
            continue
        if len(line) > _LIST_LINE:
            return None
        if not any(ch.isdigit() for ch in line):
            return line.strip("#= ")  # ## 人口历年数据, === 历年常住人口 ===
        if gaps or not _ITEM_END.search(line):
            return None  # a hard-wrapped paragraph (…同比增长4.2%。其中，第一产⏎业增加值…), not a list
    return None


def _list_line_start(text: str, start: int) -> int:
    """Where the short line holding the position starts; -1 when the line is longer than a list's
    (the search is bounded: a 50 MB line must not be scanned per figure)."""
    reach = max(0, start - _LIST_LINE)
    line_start = text.rfind("\n", reach, start) + 1
    return -1 if line_start == 0 and reach > 0 else line_start
