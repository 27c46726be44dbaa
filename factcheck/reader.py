"""Find the documents under the given paths and decode their bytes into text."""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import DocumentError

# plain text, markdown, HTML (saved under the page's own address: t20250120_1234.shtml, content.jsp), and wiki
# markup saved from an encyclopedia's edit page
SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".shtml", ".shtm", ".php", ".asp",
                      ".aspx", ".jsp", ".text", ".wiki", ".wikitext", ".mediawiki"})
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3", "an SQLite database"), (b"\x7fELF", "an executable"), (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7z archive"),
)
# Frequent characters of Chinese text: a wrong codec produces few of them.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
    "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第"
    "向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
    "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
    "队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单"
    "风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土"
    "许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省"
    "列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派"
    "层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞的們這個國來說時會對發經過還後學實現長開"
    "業產無與關動種們進當體電從樣應點區義頭東務條間資義爲為專華萬億於總達"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    bad_bytes: int  # bytes that could not be decoded and were replaced


@dataclass(frozen=True, slots=True)
class Source:
    """A document to read: its path and the name it is indexed under."""

    path: Path | None  # None for standard input
    name: str
    size: int | None = None  # from the stat that found it: an unchanged file is known without another
    mtime_ns: int | None = None


def iter_sources(paths: list[str]) -> Iterator[Source | tuple[str, str]]:
    """Sources under the paths, in a stable order; ('skip', message) for what is not a document."""
    for raw in paths:
        if raw == "-":
            yield Source(None, "<stdin>")
            continue
        path = Path(raw)
        shown = display_path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield Source(path, _safe_name(path.name))
            else:
                yield ("skip", f"{shown}: not a .txt, .md, .html or .wiki document, skipped")
        elif path.exists():
            yield ("skip", f"{shown}: not a regular file, skipped")
        else:
            yield ("fail", f"{shown}: no such file or folder")


def _walk(root: Path) -> Iterator[Source | tuple[str, str]]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=None):
        dirs.sort()
        for name in sorted(files):
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            if path.suffix.lower() not in SUFFIXES:
                yield ("skip", f"{display_path(path)}: not a .txt, .md, .html or .wiki document, skipped")
                continue
            try:
                st = path.stat()
            except OSError as exc:
                if path.is_symlink():  # a dangling link or a loop of links
                    yield ("skip", f"{display_path(path)}: a broken or looping link, skipped")
                else:
                    yield ("fail", f"{display_path(path)}: {exc.strerror or exc}")
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue  # the same file reached twice through links
            seen.add(key)
            if stat.S_ISREG(st.st_mode):
                yield Source(path, _safe_name(rel), st.st_size, st.st_mtime_ns)
            else:
                yield ("skip", f"{display_path(path)}: not a regular file, skipped")


def read_bytes(source: Source, stdin: bytes | None = None) -> bytes:
    if source.path is None:
        return stdin or b""
    shown = display_path(source.path)
    try:
        return source.path.read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError(f"{shown}: disappeared before it could be read") from exc
    except IsADirectoryError as exc:
        raise DocumentError(f"{shown}: is a folder") from exc
    except PermissionError as exc:
        raise DocumentError(f"{shown}: permission denied") from exc
    except OSError as exc:
        raise DocumentError(f"{shown}: {exc.strerror or exc}") from exc


def _safe_name(name: str) -> str:
    """A file name that can be stored and printed: bytes that are not UTF-8 become U+FFFD."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def display_path(path: object) -> str:
    """A path for a one-line message: no raw newlines or control characters, no lone surrogates."""
    text = str(path)
    if text.isprintable():
        return text
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _common_ratio(text: str) -> float:
    han = [c for c in text[:20000] if "\u3400" <= c <= "\u9fff"]
    if not han:
        return 0.0
    return sum(1 for c in han if c in _COMMON) / len(han)


def _try(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(raw: bytes, name: str = "") -> Decoded:
    """Decode bytes whatever their encoding; raises DocumentError for binary files."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise DocumentError(f"{display_path(name)}: {what}, not a text document")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            text = raw.decode(enc, errors="replace")
            if enc == "utf-8-sig":
                text = _repair_mojibake(text)
            return _no_binary(Decoded(text, enc, text.count("\ufffd")), name)
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return utf16
    text = _try(raw, "utf-8")
    if text is not None:
        return _no_binary(Decoded(_repair_mojibake(text), "utf-8", 0), name)
    candidates = []
    for enc in ("gb18030", "big5"):
        decoded = _try(raw, enc)
        if decoded is not None:
            candidates.append((_common_ratio(decoded), enc, decoded))
    if candidates:
        score, enc, decoded = max(candidates)
        if score > 0.3:
            return _no_binary(Decoded(decoded, enc, 0), name)
    # mostly UTF-8 with some damage, or an unknown encoding: keep what decodes, count the rest
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > len(raw) * 0.1:
        best = _charset_guess(raw)
        if best is not None:
            return _no_binary(best, name)
    return _no_binary(Decoded(_repair_mojibake(text), "utf-8", bad), name)


# Mojibake: UTF-8 bytes once decoded as Latin-1 (or Windows-1252) and saved again as UTF-8. Each
# Chinese character became a run of three characters from U+0080..U+00FF (æ\x80» for 总); decoding
# such a run back gives the original text, which has the same number of lines.
_CP1252_BYTE = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_MOJIBAKE_RUN = re.compile("[\u00c2-\u00f4][\u0080-\u00ff" + re.escape("".join(_CP1252_BYTE)) + "]+")


def _unmangle(m: re.Match[str]) -> str:
    run = m.group()
    try:
        fixed = bytes(_CP1252_BYTE.get(c, ord(c)) for c in run).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return run
    # only runs that were CJK text: a genuine Latin-1 'Ã©' stays as it is
    return fixed if any(c >= "\u0800" for c in fixed) else run


def _repair_mojibake(text: str) -> str:
    return _MOJIBAKE_RUN.sub(_unmangle, text)


def _utf16_without_bom(raw: bytes) -> Decoded | None:
    sample = raw[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-heavy UTF-16 has NULs on one side; CJK-heavy has none, so look at the decode too
    for enc, nul in (("utf-16-le", odd_nul), ("utf-16-be", even_nul)):
        if nul > half * 0.3:
            text = raw.decode(enc, errors="replace")
            return Decoded(text, enc, text.count("\ufffd"))
    if even_nul == 0 and odd_nul == 0 and _try(raw, "utf-8") is None and _try(raw, "gb18030") is None:
        for enc in ("utf-16-le", "utf-16-be"):
            text = _try(raw, enc)
            if text and _common_ratio(text) > 0.5:
                return Decoded(text, enc, 0)
    return None


def _charset_guess(raw: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # imported here: slow to import, rarely needed

    best = from_bytes(raw).best()
    if best is None:
        return None
    text = str(best)
    return Decoded(text, best.encoding, 0)


_CONTROL = re.compile("[\x01-\x08\x0e-\x19\x1c-\x1f]")  # below space, except NUL, white space, SUB, ESC


def _no_binary(decoded: Decoded, name: str) -> Decoded:
    """Refuse binary content; stray NULs in text become spaces (same offsets, claims still found)."""
    text = decoded.text
    sample = text[:20000]
    size = len(sample) or 1
    nul = sample.count("\x00")
    # control characters other than NUL and the usual white space are rare in any text, while
    # binary data has them everywhere; a few NULs are damage, a quarter of NULs is not text
    controls = len(_CONTROL.findall(sample))
    if controls > size * 0.05 or nul > size * 0.25:
        raise DocumentError(f"{display_path(name)}: binary content (control bytes), not a text document")
    if "\x00" in text:
        text = text.replace("\x00", " ")
    return Decoded(text, decoded.encoding, decoded.bad_bytes)
