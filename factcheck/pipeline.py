"""Read → normalise → numbers → claims, for one document at a time."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import PurePath

from .claims import ClaimBuilder
from .lexicon import Lexicon, load_lexicon
from .meta import document_meta
from .model import Document
from .normalise import normalise
from .places import PlaceMatcher
from .reader import decode


@functools.cache
def _t2s():  # noqa: ANN202 - the OpenCC converter has no public type
    import opencc

    return opencc.OpenCC("t2s")


@dataclass
class Extractor:
    """Everything needed to turn bytes into a Document; built once per run."""

    lexicon: Lexicon
    places: PlaceMatcher
    builder: ClaimBuilder

    @classmethod
    def create(cls, lexicon: Lexicon | None = None) -> Extractor:
        lexicon = lexicon or load_lexicon()
        places = PlaceMatcher(lexicon)
        return cls(lexicon, places, ClaimBuilder(lexicon, places))

    def document(self, name: str, raw: bytes, path: str = "") -> tuple[Document, int]:
        """The document and its claims, and how many undecodable bytes were replaced."""
        decoded = decode(raw, path or name)
        norm = normalise(decoded.text, PurePath(name).suffix, _t2s())
        hits = self.places.find(norm.text)  # once: both the metadata and the claims need them
        meta = document_meta(norm, self.places, hits)
        claims = self.builder.build(name, norm, meta, hits)
        digest = hashlib.sha1(raw).hexdigest()
        return Document(name, path, digest, meta, tuple(claims)), decoded.bad_bytes

    def text(self, name: str, text: str, date: str | None = None) -> Document:
        """Claims of a piece of text (a sentence to check), with an optional publication date."""
        norm = normalise(text, "", _t2s())
        meta = document_meta(norm, self.places)
        if date:
            meta = type(meta)(meta.title, date, meta.place, meta.source)
        claims = self.builder.build(name, norm, meta)
        return Document(name, "", hashlib.sha1(text.encode()).hexdigest(), meta, tuple(claims))
