"""Tests of factcheck.normalise: markup, entities, glosses, offsets, front matter."""

import datetime

import opencc
import pytest

from factcheck.normalise import normalise


@pytest.mark.parametrize(
    ("source", "suffix", "contains", "absent"),
    [
        ("<p>增长<b>9.1%</b></p>", ".html", "增长9.1%", ["<", ">", "b>"]),
        ("<p>共&#49;&#48;个</p>", ".html", "共10个", ["&#", ";"]),
        ("<p>共&#x31;&#x30;个&nbsp;企业</p>", ".html", "共10个\xa0企业", ["&"]),
        ("<p>前</p><script>var x=123;</script><style>p{width:456px}</style><div>后</div>", ".html", "前", ["123", "456", "var", "width"]),
        ("<div>正文</div><p>一</p><br><!-- 注释 789 --><span>增长5%</span>", "", "增长5%", ["789", "注释", "<span>"]),
    ],
)
def test_normalise_html_markup(source, suffix, contains, absent) -> None:
    n = normalise(source, suffix, None)
    assert n.is_html
    assert contains in n.text
    for bit in absent:
        assert bit not in n.text
    assert len(n.text) == len(n.display)


def test_normalise_script_and_style_vanish_with_multiline_bodies() -> None:
    source = "<html><body><p>甲</p>\n<script>\nvar x=123;\n</script>\n<style>\np{width:456px}\n</style>\n<div>乙</div></body></html>"
    n = normalise(source, "", None)
    assert n.is_html
    assert "123" not in n.text and "456" not in n.text
    assert n.text.replace("\n", "") == "甲乙"
    assert n.line_of(n.text.index("乙")) == 8


@pytest.mark.parametrize(
    ("source", "contains"),
    [
        ("<p>增长<b>9.1%</b></p>", "增长9.1%"),
        ("<p>前</p><script>var x=123;</script><style>p{width:456px}</style><div>后</div>", "前"),
    ],
)
def test_normalise_short_html_snippet_without_suffix(source, contains) -> None:
    n = normalise(source, "", None)
    assert contains in n.text
    assert "<" not in n.text and "123" not in n.text


def test_normalise_entities_decode_to_digits() -> None:
    n = normalise("<p>A</p><p>B</p><p>共&#49;&#48;个</p>", "", None)
    assert "共10个" in n.text
    assert "&#" not in n.text


@pytest.mark.parametrize(
    ("source", "display"),
    [
        (
            "推進(jìn)現(xiàn)代化建設(shè)，堅持(chí)發展",
            "推進現代化建設，堅持發展",
        ),
        (
            "推进（tuī jìn）现(xiàn)代化建设(shè)，坚持(chí)发展",
            "推进（tuī jìn）现代化建设，坚持发展",  # a gloss with a space is not a single-syllable gloss
        ),
    ],
)
def test_normalise_pinyin_glosses_vanish(source, display) -> None:
    n = normalise(source, "", None)
    assert n.display == display


def test_normalise_few_glosses_are_kept() -> None:
    # fewer than three toned glosses: parentheses may be ordinary text, so they stay
    source = "现(xiàn)代化建设(shè)"
    assert normalise(source, "", None).display == source


def test_normalise_traditional_to_simplified_with_full_width() -> None:
    cv = opencc.OpenCC("t2s")
    n = normalise("推進(jìn)現(xiàn)代化建設(shè)，堅持(chí)發展增長１２．５%", "", cv)
    assert n.is_traditional
    assert n.display == "推進現代化建設，堅持發展增長１２．５%"
    assert n.text == "推进现代化建设，坚持发展增长12.5%"


def test_normalise_wide_thousands_separator() -> None:
    n = normalise("百分之９，９９９，增长", "", None)
    assert n.text == "百分之9,999，增长"


HTML_LINES = (
    "<html>\n"  # 1
    "<body>\n"  # 2
    "<p>第一段\n"  # 3
    "文字</p>\n"  # 4
    '<div class="x"\n'  # 5
    ' id="y">增长<b>9.1%</b></div>\n'  # 6
    "<p>末行 42</p>\n"  # 7
    "</body></html>"  # 8
)


@pytest.mark.parametrize(
    ("needle", "line", "original_line"),
    [
        ("第一段", 3, "<p>第一段"),
        ("文字", 4, "文字</p>"),
        ("增长9.1%", 6, ' id="y">增长<b>9.1%</b></div>'),
        ("9.1%", 6, ' id="y">增长<b>9.1%</b></div>'),
        ("42", 7, "<p>末行 42</p>"),
    ],
)
def test_normalise_line_of_multiline_html(needle, line, original_line) -> None:
    n = normalise(HTML_LINES, "", None)
    assert n.is_html
    i = n.text.index(needle)
    assert n.line_of(i) == line
    assert n.original_line(line) == original_line
    assert n.original[n.original_offset(i)] == needle[0]


def test_normalise_original_offset_of_copied_text() -> None:
    n = normalise(HTML_LINES, "", None)
    i = n.text.index("42")
    assert n.original[n.original_offset(i) : n.original_offset(i) + 2] == "42"


def test_normalise_front_matter() -> None:
    source = "---\ntitle: \"合肥GDP增长6.1%\"\ndate: 2022-02-21\n---\n正文增长5%\n"
    n = normalise(source, "", None)
    assert n.front_matter == {"title": "合肥GDP增长6.1%", "date": datetime.date(2022, 2, 21)}
    assert "title" not in n.text and "---" not in n.text and "2022" not in n.text
    # the title is the headline, kept as text on its own line; the rest of the front matter is data
    assert n.text.split("\n")[:5] == ["", "合肥GDP增长6.1%", "", "", "正文增长5%"]
    assert n.line_of(n.text.index("6.1%")) == 2
    assert n.line_of(n.text.index("5%")) == 5


def test_normalise_no_front_matter() -> None:
    n = normalise("正文增长5%\n---\n", "", None)
    assert n.front_matter == {}
    assert n.text.startswith("正文增长5%")


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("增长**9.1%**", "增长9.1%"),
        ("增长__9.1%__", "增长9.1%"),
    ],
)
def test_normalise_markdown_emphasis(source, text) -> None:
    assert normalise(source, "", None).text == text


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("无锡实现地区生产总值7555.94亿元，同比增长5.\n2%，增速高于全国", "同比增长5.2%，"),
        ("社会消费品零售总额增长4.1%，增速较一季度回落0.8个百\n分点。", "回落0.8个百分点。"),
        ("社会消费品零售总额增长4.1%，增速较一季度回落0.8个\r\n百分点。", "回落0.8个百分点。"),
        ("全年一般公共预算收入7555.94\n亿元", "7555.94亿元"),
    ],
)
def test_normalise_line_break_inside_a_figure_is_dropped(source: str, text: str) -> None:
    norm = normalise(source)
    assert text in norm.text
    assert norm.line_of(norm.text.index(text)) == 1  # cited on the line where the figure starts


@pytest.mark.parametrize("source", ["1.\n2. 第二条", "全年完成项目共计12\n元旦前全部竣工", "表中数据依次为2023\n2024"])
def test_normalise_line_break_between_whole_numbers_stays(source: str) -> None:
    assert normalise(source).text.count("\n") == 1


def test_changed_characters_counts_code_points_that_differ() -> None:
    from factcheck.normalise import _changed_characters

    assert _changed_characters("經濟發展", "经济发展") == 3
    assert _changed_characters("abc", "abc") == 0
    assert _changed_characters("a😀c", "a😁d") == 2  # astral characters are one code point each


def test_normalise_page_summaries_are_text_on_their_lines() -> None:
    # search engines and shares show these: published text, cited on the tag's own line
    source = ('<html><head>\n<meta name="keywords" content="济南,GDP,2024">\n'
              '<meta name="description" content="全市地区生产总值13527.6亿元，增长5.6%。">\n'
              '<meta property="og:image" content="https://img.example.com/1200x630.jpg">\n'
              '<script type="application/ld+json">\n{\n  "@type": "NewsArticle",\n'
              '  "headline": "济南2024年GDP达13527.6亿元",\n  "datePublished": "2025-01-24"\n}\n</script>\n'
              '<script>var views = 8899;</script>\n</head><body><p>正文</p></body></html>')
    n = normalise(source, ".html", None)
    assert n.line_of(n.text.index("全市地区生产总值13527.6亿元")) == 3
    assert n.line_of(n.text.index("济南2024年GDP达13527.6亿元")) == 8
    for absent in ("1200x630", "8899", "2025-01-24", "NewsArticle", "keywords"):
        assert absent not in n.text
    assert n.line_of(n.text.index("正文")) == 13


def test_a_pages_date_line_below_a_long_head_dates_it() -> None:
    from factcheck.meta import publication_date

    head = "".join(f'<link rel="stylesheet" href="/css/{i}.css">\n' for i in range(50))
    page = f"<html><head>{head}</head><body><h1>长治经济</h1><div>2024-10-29 17:26:41 来源：长治日报</div></body></html>"
    assert publication_date(normalise(page, ".html")) == "2024-10-29"
