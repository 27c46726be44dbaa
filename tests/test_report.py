"""The HTML and Markdown report, on the samples' real findings, and in a real browser when there is one."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck import api
from factcheck.lexicon import load_lexicon
from factcheck.places import PlaceMatcher
from factcheck.report import chart_svg, document_dicts, order_findings, render_html, render_markdown
from factcheck.store import Index

CONFLICTS = {  # metric -> the two numbers as written and their citations
    "enterprises_rectified": (("5700家", "000_6bf9e5bb55a028db.txt:68"), ("3273家", "002_c7f6dfdd35148f11.txt:23")),
    "land_revitalized": (("4.5万亩", "000_6bf9e5bb55a028db.txt:68"), ("2.5万亩", "002_c7f6dfdd35148f11.txt:23")),
    "green_island_projects": (("11个", "000_6bf9e5bb55a028db.txt:72"), ("4个", "002_c7f6dfdd35148f11.txt:23")),
}
EXTERNAL = re.compile(r"""(?:src|href|action|xlink:href)\s*=\s*["']?\s*(?:https?:|//)""", re.I)
CHROMIUM = Path("/usr/bin/chromium")


@dataclass(frozen=True)
class Samples:
    documents: list[dict]
    findings: list[dict]
    claims: int


@pytest.fixture(scope="module")
def samples_report(sample_index: Path) -> Samples:
    """The samples indexed (conftest's index_paths into a tmp index) and cross-checked with singles."""
    lexicon = load_lexicon()
    with Index(sample_index) as idx:
        found = api.compare(idx, lexicon, PlaceMatcher(lexicon), api.Filters(), include_single=True)
        documents = document_dicts(idx.documents())
        claims = idx.counts()[1]
    return Samples(documents, found, claims)


@pytest.fixture(scope="module")
def html(samples_report: Samples) -> str:
    return render_html(samples_report.documents, samples_report.findings, samples_report.claims)


@pytest.fixture(scope="module")
def markdown(samples_report: Samples) -> str:
    return render_markdown(samples_report.documents, samples_report.findings, samples_report.claims)


def articles(page: str) -> list[str]:
    return re.findall(r'<article class="finding".*?</article>', page, re.S)


def verdict_of(article: str) -> str:
    return re.search(r'data-verdict="([^"]+)"', article).group(1)


def md_sections(text: str) -> list[str]:
    return ["### " + s for s in text.split("\n### ")[1:]]


# -- HTML -------------------------------------------------------------------------------------------
def test_html_conflicts_come_first_with_both_numbers_and_citations(html: str) -> None:
    cards = articles(html)
    assert [verdict_of(a) for a in cards[:3]] == ["conflict"] * 3
    assert "conflict" not in [verdict_of(a) for a in cards[3:]]
    for card in cards[:3]:
        metric = re.search(r'data-metric="(\S+)', card).group(1)
        for number, cite in CONFLICTS[metric]:
            assert f"<mark>{number}</mark>" in card
            assert cite in card
        assert 'class="badge" style="background:#c62828"' in card


def test_html_orders_findings_by_importance(html: str, samples_report: Samples) -> None:
    order = ["conflict", "revision", "target_vs_actual", "different_scope", "timeline", "agree", "single"]
    seen = [verdict_of(a) for a in articles(html)]
    assert len(seen) == len(samples_report.findings)
    assert seen == sorted(seen, key=order.index)
    assert seen[-1] == "single"


def test_missed_target_comes_before_different_scope_and_other_targets() -> None:
    base = {"metric": "m", "metric_text": "m", "entity": "常州", "measure": "level", "unit": "CNY", "periods": ["2024"],
            "reason": "r", "claims": []}
    findings = [{**base, "verdict": v, "outcome": o} for v, o in (
        ("single", None), ("target_vs_actual", "met"), ("different_scope", None), ("target_vs_actual", "missed"),
        ("timeline", None), ("revision", None), ("conflict", None))]
    assert [(f["verdict"], f["outcome"]) for f in order_findings(findings)] == [
        ("conflict", None), ("revision", None), ("target_vs_actual", "missed"), ("different_scope", None),
        ("target_vs_actual", "met"), ("timeline", None), ("single", None)]


def test_html_shows_new_energy_timeline_and_2024_target(html: str) -> None:
    cards = [a for a in articles(html) if 'data-metric="new_energy_output' in a]
    timeline = [a for a in cards if verdict_of(a) == "timeline"]
    target = [a for a in cards if verdict_of(a) == "target_vs_actual"]
    assert len(timeline) == 1 and len(target) == 1
    assert "+10.7% or more" in timeline[0]
    assert "<mark>7680亿元</mark>" in timeline[0] and "<mark>突破8500亿元</mark>" in timeline[0]
    assert "2023 → 2024" in timeline[0]
    assert "target undetermined" in target[0]
    assert "<mark>突破8800亿元</mark>" in target[0] and "000_6bf9e5bb55a028db.txt:98" in target[0]
    assert "<mark>突破8500亿元</mark>" in target[0] and "002_c7f6dfdd35148f11.txt:51" in target[0]
    svg = re.search(r"<svg.*?</svg>", target[0], re.S).group(0)
    assert 'fill="#fff"' in svg and "<circle" in svg  # hollow diamond target, filled circle actual
    assert ">target</text>" in svg and ">actual</text>" in svg and ">open bound</text>" in svg


def test_html_is_self_contained(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html
    assert not EXTERNAL.search(html)
    assert not re.search(r"https?:|url\(|@import|<link\b|<img\b|<iframe\b", html, re.I)
    assert '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC"' in html and "sans-serif" in html
    assert html.count("<script>") == 1 and html.count("<style>") == 1


def test_html_has_a_chart_per_finding_and_the_overview(html: str, samples_report: Samples) -> None:
    assert html.count("<svg") == len(samples_report.findings)
    for doc in samples_report.documents:
        assert doc["name"] in html
    assert "讲好绿色发展的“常州故事”" in html and "江苏省人民政府新闻办公室" in html and "镇江日报" in html
    assert f"{samples_report.claims} claims indexed" in html
    assert re.search(r'<a href="#v-conflict">.*?</a></td><td class="n">3</td><td class="n">6</td>', html)


def test_html_filter_reads_data_attributes_and_hides_nothing_by_default(html: str) -> None:
    assert '<input id="fq"' in html and '<select id="fv">' in html
    assert '<option value="conflict">conflict (3)</option>' in html
    assert 'data-place="常州"' in html and 'data-metric="gdp ' in html
    assert "d.metric" in html and "d.place" in html and "d.verdict" in html
    markup = html.split("<script>")[0]
    assert not re.search(r"<[^>]+\shidden\b", markup)
    assert "display:none" not in markup.replace("[hidden]{display:none!important}", "").replace(
        "@media print{.filters{display:none}", "")


def test_html_escapes_document_text(samples_report: Samples) -> None:
    findings = copy.deepcopy(samples_report.findings[:1])
    claim = findings[0]["claims"][0]
    claim["quote"] = "据称<script>alert(1)</script>共" + claim["text"] + "\"<b onload=x>"
    claim["doc"] = "<img src=x>.txt"
    findings[0]["reason"] = "<script>alert(2)</script>"
    findings[0]["entity"] = '"><script>alert(3)</script>'
    documents = [{"name": "a.txt", "title": "<script>alert(4)</script>", "date": None, "place": None,
                  "source": "<i>x</i>", "claims": 1}]
    page = render_html(documents, findings, 1, title="<title>&")
    assert "<script>alert" not in page and "<img" not in page and "<b onload" not in page and "<i>x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert f"<mark>{claim['text']}</mark>&quot;&lt;b onload=x&gt;" in page
    assert "&lt;title&gt;&amp;" in page
    assert page.count("<script>") == 1


def test_chart_draws_ranges_open_bounds_and_kinds() -> None:
    def claim(text: str, value: float, lower: float | None, upper: float | None, period: str, kind: str) -> dict:
        return {"doc": "a.txt", "doc_date": None, "line": 1, "quote": text, "text": text, "value": value,
                "unit": "%", "lower": lower, "upper": upper, "period": period, "kind": kind, "qualifier": "exact"}

    finding = {"metric": "m", "metric_text": "m", "entity": None, "measure": "change", "unit": "%",
               "periods": ["2023", "2024", "2025"], "verdict": "timeline", "outcome": None, "reason": "",
               "claims": [claim("5%-7%", 6, 5, 7, "2023", "actual"), claim("下降30%以上", -30, None, -30, "2024", "actual"),
                          claim("8%以上", 8, 8, None, "2025", "target")]}
    svg = chart_svg(finding)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    for label in ("actual", "target", "range", "open bound", "2023", "2024", "2025"):
        assert f">{label}</text>" in svg
    assert svg.count('stroke-dasharray="4 3"') >= 3  # two open bounds in the chart, one in the legend
    assert "<polygon" in svg and "<circle" in svg


# -- Markdown ---------------------------------------------------------------------------------------
def test_markdown_tables_and_conflicts_first(markdown: str, samples_report: Samples) -> None:
    assert markdown.startswith("# factcheck report\n")
    assert "| document | title | date | source | place | claims |" in markdown
    assert "| conflict | 3 | 6 |" in markdown
    sections = md_sections(markdown)
    assert len(sections) == len(samples_report.findings)
    assert all(s.startswith("### CONFLICT") for s in sections[:3])
    assert not any(s.startswith("### CONFLICT") for s in sections[3:])
    for section in sections[:3]:
        metric = re.search(r"\((\w+)\)", section.splitlines()[0]).group(1)
        assert "| value as written | period | kind | doc:line | quote |" in section
        for number, cite in CONFLICTS[metric]:
            assert f"**{number}**" in section and cite in section


def test_markdown_shows_new_energy_timeline_and_target(markdown: str) -> None:
    sections = [s for s in md_sections(markdown) if "(new_energy_output)" in s.splitlines()[0]]
    heads = [s.splitlines()[0] for s in sections]
    assert any(h.startswith("### TARGET_VS_ACTUAL (target undetermined)") for h in heads)
    assert any(h.startswith("### TIMELINE") and h.endswith("2023 → 2024") for h in heads)
    text = "\n".join(sections)
    assert "| 突破8800亿元 | 2024 | target | `000_6bf9e5bb55a028db.txt:98` |" in text
    assert "+10.7% or more" in text


def test_markdown_escapes_pipes_and_keeps_table_shape(samples_report: Samples) -> None:
    findings = copy.deepcopy(samples_report.findings[:2])
    claim = findings[0]["claims"][0]
    claim["quote"] = "甲|乙\n丙 " + claim["text"] + " *强调* <script>"
    documents = [{"name": "a|b.txt", "title": "标题|副题", "date": "2024", "place": "常州", "source": None, "claims": 2}]
    text = render_markdown(documents, findings, 2)
    assert "甲\\|乙 丙 **" + claim["text"] + "** \\*强调\\* &lt;script&gt;" in text
    assert "标题\\|副题" in text and "<script>" not in text
    for line in text.splitlines():
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line)[1:-1]
            assert len(cells) in (3, 5, 6), line


def test_empty_report_renders() -> None:
    assert "No findings." in render_html([], [], 0)
    assert "0 findings" in render_markdown([], [], 0)


# -- a real browser ---------------------------------------------------------------------------------
def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists() or not shutil.which(str(CHROMIUM)), reason="no /usr/bin/chromium")
def test_report_in_a_real_browser(tmp_path: Path, html: str) -> None:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / "report.png"
    result = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "<svg" in dom and 'id="fq"' in dom
    for pair in CONFLICTS.values():
        for number, cite in pair:
            assert f"<mark>{number}</mark>" in dom and cite in dom
    assert not re.search(r"<article[^>]*\shidden", dom)


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists() or not shutil.which(str(CHROMIUM)), reason="no /usr/bin/chromium")
def test_filter_script_in_a_real_browser(tmp_path: Path, html: str) -> None:
    """The page's own script narrows the findings: pick a verdict and a place as a reader would."""
    drive = ("<script>var v=document.getElementById('fv');v.value='timeline';v.dispatchEvent(new Event('change'));"
             "var q=document.getElementById('fq');q.value='new_energy';q.dispatchEvent(new Event('input'));</script>")
    page = tmp_path / "filtered.html"
    page.write_text(html.replace("</body>", drive + "</body>"), encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    cards = re.findall(r"<article[^>]*>", dom)
    shown = [c for c in cards if not re.search(r"\shidden", c)]
    assert len(cards) > 100 and len(shown) == 1
    assert 'data-verdict="timeline"' in shown[0] and 'data-metric="new_energy_output' in shown[0]
    assert "1 of " in dom
