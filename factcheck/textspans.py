"""Sentences and clauses of an analysis text, as start offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# a line break ends a sentence unless the line ends mid-sentence (a comma, a colon: a wrapped list)
SENTENCE_END = re.compile(r"[。！？!?]|(?<![，、：:,；;])\n")
# clauses end at punctuation, and at spaces between Chinese words where punctuation was lost
CLAUSE_END = re.compile(r"[。！？!?；;\n，,：:]|(?<=[\u4e00-\u9fff%])\s+(?=[\u4e00-\u9fff])")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def starts_of(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Start offsets of the pieces the pattern separates (sentence or clause starts)."""
    starts = [0]
    starts.extend(m.end() for m in pattern.finditer(text))
    return starts


def bounds(starts: list[int], pos: int, length: int) -> Span:
    k = bisect_right(starts, pos) - 1
    end = starts[k + 1] if k + 1 < len(starts) else length
    return Span(starts[k], end)
