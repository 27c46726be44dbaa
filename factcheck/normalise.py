"""Turn a decoded document into analysis text, keeping a map back to the original.

Markup, entities, markdown emphasis, front matter and pinyin glosses are removed; full-width
characters become ASCII and traditional script becomes simplified. Every character of the result
maps to an offset in the original text, so that a claim cites the original line.
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

import yaml

_FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_HTML_HINT = re.compile(r"</?(?:p|div|br|span|font|a|img|table|html|body|head|strong|b|li|td|h[1-6]|section|article|script|style)\b[^<>]*>", re.I)
_BLOCK_TAGS = frozenset("p div br li tr td th h1 h2 h3 h4 h5 h6 table section article header footer ul ol title blockquote dd dt hr".split())
_MARKUP = re.compile(
    r"(?P<hidden><(?P<hname>script|style|noscript|template)\b[^>]*>.*?(?:</(?P=hname)\s*>|\Z))"
    r"|(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<tag></?(?P<tname>[a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>|<![^<>]*>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8}\d{0,2});)",
    re.S | re.I,
)
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
# A page's summary for search engines and shares is published text: <meta name="description" content="…">,
# og:title, og:description, and a JSON-LD block's headline and description
_SUMMARY_META = re.compile(r"""\b(?:name|property)\s*=\s*["']?(?:description|og:title|og:description|twitter:title|"""
                           r"""twitter:description)["'\s>]""", re.I)
_META_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_JSON_LD = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.I)
_JSON_LD_FIELD = re.compile(r'"(?:headline|alternativeHeadline|description)"\s*:\s*"((?:[^"\\\n]|\\.)*)"')
_EMPHASIS = re.compile(r"\*\*|__")
# a wiki page's footnote (<ref name="tjgb">…统计公报，2025年3月。</ref>): a source's title and date, no text of the page
_WIKI_REF = re.compile(r"<ref\b[^<>\n]*/>|<ref\b[^<>\n]*>[^\n]*?</ref>")
# Content-farm copies put stray spaces inside figures (增长 7.8 %, 15456.19 亿元): a single space
# between Chinese and a digit, or between a digit and Chinese or %, is dropped (not after 亿, 万 or 元, which end
# a figure: 合肥：3867.6亿 12.2% is two).
# Patterns here start with a literal character, lookbehinds after it: the regex engine then jumps
# from one candidate character to the next instead of trying every position (5 times faster).
_STRAY_SPACE = re.compile(
    r" (?:(?<=[\u4e00-\u9fff] )(?<![万亿兆元] )(?=[0-9０-９])|(?<=[0-9０-９] )(?=[\u4e00-\u9fff%％])"
    # but not after a section's number (4 人口): a heading of a few words after a number that opens a line
    r"(?!(?<=\n\d )[\u4e00-\u9fff]{1,10}\n)(?!(?<=\n\d\d )[\u4e00-\u9fff]{1,10}\n)"
    # a space used as a thousands separator inside a figure with a unit: 9 125.6亿元, 7 468家
    r"|(?:(?<=[^0-9.,]\d )|(?<=[^0-9.,]\d\d )|(?<=[^0-9.,]\d\d\d ))"
    r"(?=\d{3,4}(?:\.\d+)?[万亿元%％]|\d{3}[家个人户项件台辆套名所座吨]))"
)
# A line break inside a figure (增长5.⏎2%, 回落0.8个百⏎分点, 7555.94⏎亿元), as hard-wrapped and damaged copies
# have them, is dropped; a break between whole numbers (a list, a table) is not, nor a short line's.
# 15268.83⏎亿 too; not 元 alone: 元旦, 元素 start lines
_FIGURE_TAILS = ("个百分点", "百分点", "万亿元", "万亿", "亿元", "万元", "亿", "万", "%", "％")


_CHANGE_VERBS = ("增长", "下降", "提高", "增加", "减少", "上涨", "回落", "降低", "达到")  # two characters each


def _broken_figure() -> re.Pattern[str]:
    alternatives = []
    for br in ("\n", "\r\n"):
        cases = [rf"(?<=[^\n]{{6}}[0-9]\.{br})(?=[0-9])",  # a decimal point, then the break
                 # a change and its rate (规上工业增加值增长⏎9.1%)
                 "(?<=" + "|".join(v + br for v in _CHANGE_VERBS) + r")(?=[0-9.]+ ?(?:%|％|个百分点))"]
        # the verb itself broken (比上年增⏎长8.2%)
        cases.extend(f"(?<={v[0]}{br})(?={v[1]}[0-9])" for v in _CHANGE_VERBS)
        for tail in _FIGURE_TAILS:  # a number's unit word, broken anywhere
            cases.extend(rf"(?<=[0-9]{tail[:k]}{br})(?={tail[k:]})" for k in range(len(tail)))
        alternatives.append(br + "(?:" + "|".join(cases) + ")")
    return re.compile("|".join(alternatives))


_BROKEN_FIGURE = _broken_figure()
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_GLOSS = re.compile(rf"[(（](?<=[\u3400-\u9fff][(（])[a-z{_TONE}]{{1,7}}[)）]")
_GLOSS_WITH_TONE = re.compile(rf"[(（][a-z]*[{_TONE}][a-z{_TONE}]*[)）]")
# Full-width ASCII becomes ASCII, except the Chinese comma, which separates clauses; it is a
# thousands separator only between full-width digits (９，９９９).
# (∶, the ratio sign, as structures are typeset: 10.2∶43.5∶46.3)
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if c != 0xFF0C} | {0x3000: 0x20, 0x2212: 0x2D, 0xFE6A: 0x25,
                                                                         0x2236: 0x3A}
_WIDE_THOUSANDS = re.compile(
    r"，(?:(?<=[０-９]，)(?=[０-９]{3}(?![０-９]))"
    # 4，502.7亿元: a Chinese comma between ASCII digits, when a decimal point or a unit follows the group
    r"|(?<=[0-9]，)(?=[0-9]{3}(?:\.[0-9]|[万亿元%％])))"
)
# runs of characters that _WIDTH changes: translating only them is faster than translating the text
_WIDE_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in _WIDTH) + "]+")


@dataclass
class OffsetMap:
    """Maps an index of the normalised text to an index of the original text."""

    norm_starts: list[int] = field(default_factory=list)
    orig_starts: list[int] = field(default_factory=list)
    copied: list[bool] = field(default_factory=list)

    def add(self, norm_start: int, orig_start: int, copied: bool) -> None:
        self.norm_starts.append(norm_start)
        self.orig_starts.append(orig_start)
        self.copied.append(copied)

    def to_original(self, index: int) -> int:
        k = bisect_right(self.norm_starts, index) - 1
        if k < 0:
            return 0
        if self.copied[k]:
            return self.orig_starts[k] + (index - self.norm_starts[k])
        return self.orig_starts[k]


@dataclass(frozen=True)
class NormalisedText:
    original: str  # the decoded document
    display: str  # markup and glosses removed, the document's own script
    text: str  # what analysis reads: simplified script, ASCII digits; same length as display
    offsets: OffsetMap
    line_starts: tuple[int, ...]  # offsets in `original` where each line starts
    front_matter: dict[str, Any]
    is_html: bool
    is_traditional: bool

    def original_offset(self, index: int) -> int:
        return self.offsets.to_original(index)

    def line_of(self, index: int) -> int:
        """The 1-based line of the original file holding this character of the normalised text."""
        return bisect_right(self.line_starts, self.original_offset(index))

    def original_line(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.original)
        return self.original[start:end].rstrip("\r")


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.map = OffsetMap()

    def copy(self, source: str, start: int, end: int) -> None:
        if end > start:
            self.map.add(self.length, start, True)
            self.parts.append(source[start:end])
            self.length += end - start

    def emit(self, replacement: str, orig_start: int) -> None:
        if replacement:
            self.map.add(self.length, orig_start, False)
            self.parts.append(replacement)
            self.length += len(replacement)

    def text(self) -> str:
        return "".join(self.parts)


_FRONT_TITLE = re.compile(r"^title:[ \t]*['\"]?(.*?)['\"]?[ \t]*$", re.MULTILINE)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: several times faster


def split_front_matter(original: str) -> tuple[dict[str, Any], int]:
    """The YAML front matter as a dict and where the body starts; ({}, 0) when there is none."""
    m = _FRONT_MATTER.match(original)
    if not m:
        return {}, 0
    try:
        data = yaml.load(m.group(1), Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        data = None
    return (data if isinstance(data, dict) else {}), m.end()


def looks_like_html(text: str, suffix: str = "") -> bool:
    if suffix.lower() in (".html", ".htm", ".xhtml"):
        return True
    return _at_least(_HTML_HINT, text, 2)


def _at_least(pattern: re.Pattern[str], text: str, count: int) -> bool:
    """Whether the pattern occurs `count` times in the first 200,000 characters (stops as soon as it does)."""
    found = 0
    for _ in pattern.finditer(text[:200_000]):
        found += 1
        if found >= count:
            return True
    return False


def _strip(original: str, body_start: int, is_html: bool, glosses: bool) -> _Builder:
    """One pass over the original: copy text, drop markup, decode entities, drop glosses."""
    parts = [_EMPHASIS.pattern, _STRAY_SPACE.pattern, f"(?P<broken>{_BROKEN_FIGURE.pattern})", _WIKI_REF.pattern]
    if glosses:
        parts.append(_GLOSS.pattern)
    extra = re.compile("|".join(f"(?:{p})" for p in parts))
    out = _Builder()

    def copy_plain(start: int, end: int) -> None:
        pos = start
        for m in extra.finditer(original, start, end):
            if m.group("broken") is not None and _in_table_row(original, m.start()):
                continue  # 文昌市  418.57  22.18⏎万宁市  392.81: rows of a table, not a figure broken in two
            out.copy(original, pos, m.start())
            pos = m.end()
        out.copy(original, pos, end)

    if body_start:
        # the front matter is data, not text, but its title is the headline (title: "合肥GDP达13507.7亿元"):
        # its figures are claims, cited on the title's line
        title = _FRONT_TITLE.search(original, 0, body_start)
        if title:
            out.emit("\n" * original.count("\n", 0, title.start(1)), 0)
            copy_plain(title.start(1), title.end(1))
            out.emit("\n" * original.count("\n", title.end(1), body_start), title.end(1))
        else:
            out.emit("\n" * original.count("\n", 0, body_start), 0)

    if not is_html:
        copy_plain(body_start, len(original))
        return out
    pos = body_start
    in_row = False  # inside <tr>…</tr>: the line breaks between cells are layout, the row stays one line
    cell: tuple[int, int] | None = None  # (where the open cell's content starts, how many columns it spans)
    for m in _MARKUP.finditer(original, body_start):
        if not (in_row and original[pos:m.start()].isspace()):
            copy_plain(pos, m.start())
        tag = (m.group("tname") or "").lower()
        if tag == "tr":
            in_row = not m.group("tag").startswith("</")
        summaries = _summary_spans(original, m) if tag == "meta" or m.group("hname") else ()
        if summaries:
            at = m.start()
            for start, end in summaries:
                out.emit("\n" * original.count("\n", at, start) or "\n", at)
                copy_plain(start, end)
                at = end
            out.emit("\n" * original.count("\n", at, m.end()) or "\n", at)
        elif m.group("entity"):
            out.emit(html.unescape(m.group("entity")), m.start())
        elif m.group("tag") and (m.group("tname") or "").lower() in ("td", "th"):
            closing = m.group("tag").startswith("</")
            out.emit("\t" + (_spanned(original, cell) if closing and cell else ""), m.start())
            span = _COLSPAN.search(m.group("tag")) if not closing else None
            cell = (m.end(), int(span.group(1))) if span and 1 < int(span.group(1)) <= _MAX_SPAN else None
        elif m.group("tag") and (m.group("tname") or "").lower() in _BLOCK_TAGS:
            out.emit("\n", m.start())
        else:  # keep line structure: hidden blocks and comments may span lines
            newlines = original.count("\n", m.start(), m.end())
            if newlines:
                out.emit("\n" * newlines, m.start())
        pos = m.end()
    copy_plain(pos, len(original))
    return out


# <th colspan="2">2024年</th> over 绝对值 | 增速: a period heads every column it spans
_PERIOD_HEADER = re.compile(r"(?:19|20)\d\d年?(?:[1-9一二三四]季度|上半年|前三季度|1?\d-1?\d月|1?\d月|末|底)?")
_COLSPAN = re.compile(r"""colspan\s*=\s*["']?(\d+)""", re.I)
_MAX_SPAN = 12
_TAGS = re.compile(r"<[^<>]*>")


def _spanned(original: str, cell: tuple[int, int]) -> str:
    """The columns after the first that a header cell spans (<th colspan="2">社会消费品零售总额</th>), each a copy
    of its words, so that the header row lines up with the rows below; a cell with a figure spans empty ones."""
    start, span = cell
    close = original.find("</t", start)
    words = " ".join(_TAGS.sub(" ", original[start:close]).split()) if close >= 0 else ""
    if not words or (any(ch.isdigit() for ch in words) and not _PERIOD_HEADER.fullmatch(words)) or "\t" in words:
        return "\t\t" * (span - 1)
    return ("\t" + words + "\t") * (span - 1)


def _in_table_row(original: str, line_end: int) -> bool:
    """Whether the line ending here is a table row: cells parted by tabs, bars or runs of spaces."""
    line = original[original.rfind("\n", 0, line_end) + 1:line_end]
    return "\t" in line or "|" in line or "｜" in line or "   " in line.strip()


def _summary_spans(original: str, m: re.Match[str]) -> list[tuple[int, int]]:
    """Where the published summary text inside a <meta> tag or a JSON-LD script is."""
    if m.group("hname"):
        opening = original[m.start():original.find(">", m.start(), m.end()) + 1]
        if not _JSON_LD.search(opening):
            return []
        return [f.span(1) for f in _JSON_LD_FIELD.finditer(original, m.start(), m.end()) if f.end(1) > f.start(1)]
    if not _SUMMARY_META.search(original, m.start(), m.end()):
        return []
    content = _META_CONTENT.search(original, m.start(), m.end())
    if content is None:
        return []
    group = 1 if content.group(1) is not None else 2
    return [content.span(group)] if content.end(group) > content.start(group) else []


def _has_glosses(original: str) -> bool:
    return _at_least(_GLOSS_WITH_TONE, original, 3)


def to_simplified(display: str, converter: Any) -> tuple[str, bool]:
    """Simplified script of the same length (so offsets stay valid), and whether it changed much."""
    converted = converter.convert(display)
    if len(converted) != len(display):
        converted = "".join(c if len(c) == 1 else ch for ch, c in ((ch, converter.convert(ch)) for ch in display))
    if converted == display:
        return converted, False
    han = len(_NOT_HAN.sub("", display)) or 1
    return converted, _changed_characters(display, converted) / han > 0.01


_UINT32 = next(code for code in "IL" if array(code).itemsize == 4)


def _changed_characters(a: str, b: str) -> int:
    """How many characters differ between two strings of the same length.

    XOR of the two texts as integers, then a count of the zero code points: C loops throughout, where
    comparing character by character in Python took three times as long as the conversion itself."""
    a32, b32 = a.encode("utf-32-le"), b.encode("utf-32-le")
    xor = (int.from_bytes(a32, "little") ^ int.from_bytes(b32, "little")).to_bytes(len(a32), "little")
    points = array(_UINT32)
    points.frombytes(xor)
    return len(points) - points.count(0)


def _narrow(m: re.Match[str]) -> str:
    return m.group().translate(_WIDTH)


def normalise(original: str, suffix: str = "", converter: Any = None) -> NormalisedText:
    """The analysis view of a document; `converter` is an OpenCC t2s converter (or None)."""
    front, body_start = split_front_matter(original)
    is_html = looks_like_html(original[body_start:], suffix)
    built = _strip(original, body_start, is_html, _has_glosses(original))
    display = built.text()
    text = _WIDE_RUN.sub(_narrow, _WIDE_THOUSANDS.sub(",", display))
    traditional = False
    if converter is not None:
        simplified, traditional = to_simplified(text, converter)
        if traditional:
            text = simplified
    line_starts = [0]
    find = original.find
    pos = find("\n")
    while pos >= 0:
        line_starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return NormalisedText(original, display, text, built.map, tuple(line_starts), front, is_html, traditional)
