"""Property: any mix of Chinese text, numbers, units, punctuation and markup goes through the whole
pipeline without raising, and every claim cites a real line of the original that holds its text."""

from __future__ import annotations

import html
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.normalise import looks_like_html, normalise
from factcheck.pipeline import Extractor

_EXTRACTOR = Extractor.create()

NUMBER = st.from_regex(r"[0-9]{1,6}(\.[0-9]{1,3})?", fullmatch=True)
UNIT = st.sampled_from(["元", "亿元", "万", "%", "个", "家", "吨", "亩", "千瓦", "万元", "个百分点", "倍"])
PIECES = st.one_of(
    st.tuples(st.sampled_from(["", "增长", "约", "超过", "下降"]), NUMBER, UNIT).map("".join),  # a likely claim
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=4),
    st.sampled_from(["常州", "江苏省", "地区生产总值", "增长", "下降", "同比", "超过", "约", "以上", "年", "月",
                     "2021年", "第一", "百分之", "十四五", "规上", "分别", "和"]),
    NUMBER,
    st.sampled_from(list("零一二三四五六七八九十百千万亿两半")),
    UNIT,
    st.sampled_from(list("，。；：、！？,.;:()（）-—～~ \t") + ["\n", "\r\n", "\n\n", "“", "”", "《", "》"]),
    st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<br>", "&amp;", "&#49;", "&nbsp;", "<!--", "-->", "<script>",
                     "</script>", "**", "---", "现(xiàn)", "&", "<", ">", "０１２", "９，９９９"]),
)
DOCUMENTS = st.lists(PIECES, max_size=60).map("".join)


def _check(name: str, text: str, raw: bytes) -> None:
    doc, _bad = _EXTRACTOR.document(name, raw)
    lines = text.split("\n")
    html_like = looks_like_html(text, name[name.rfind("."):])
    for c in doc.claims:
        assert 1 <= c.line <= len(lines), (c.line, len(lines))
        quoted = c.text.strip()
        line = lines[c.line - 1].replace("\r", "")
        if quoted and quoted not in line:
            # an HTML document (by name or by its tags): text is the number as read, without the inline
            # markup it may span (<b>8807.6</b>亿元), so its characters appear in order in the line
            assert html_like, (quoted, line)
            rest = iter(html.unescape(line))
            assert all(ch in rest for ch in quoted if not ch.isspace()), (quoted, line)
        assert isinstance(c.value, float | int) and math.isfinite(c.value), c
        if c.lower is not None:
            assert math.isfinite(c.lower) and c.lower <= c.value, c
        if c.upper is not None:
            assert math.isfinite(c.upper) and c.value <= c.upper, c


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_property_plain_text_claims_cite_their_line(text: str) -> None:
    _check("doc.txt", text, text.encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS)
def test_property_html_claims_cite_their_line(text: str) -> None:
    _check("doc.html", text, text.encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS, st.sampled_from(["", ".html", ".md"]))
def test_property_normalised_text_maps_back_to_the_original(text: str, suffix: str) -> None:
    norm = normalise(text, suffix)
    assert len(norm.text) == len(norm.display)
    last = -1
    for i, ch in enumerate(norm.display):
        at = norm.original_offset(i)
        assert 0 <= at <= len(text)
        assert at >= last  # the map never goes backwards
        last = at
        if ch == text[at:at + 1]:
            continue  # copied character
        # otherwise it stands for a removed or decoded piece that starts there (a tag, an entity, a line break)
        assert text[at] in "<&\n-" or ch == "\n", (i, ch, text[at:at + 10])


def test_property_found_case_chinese_numeral_run_bounds() -> None:
    _check("doc.txt", "二一0元", "二一0元".encode())


def test_property_found_case_negative_vague_range() -> None:
    _check("doc.txt", "---四五0元", "---四五0元".encode())
