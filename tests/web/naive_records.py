"""A stand-in for the record pipeline in tests of crawl mechanics.

One Result per "<level> <Name> ... đạt <score> điểm" clause: enough to show
which text reached extraction (no record may name a unit that appears only
in a related-news box), without depending on the real pipeline.
"""
from __future__ import annotations

import regex

from extractor.document import Document
from extractor.models import Evidence, Result

_SCORE = regex.compile(
    r"(?i:(?P<level>huyện|thị xã|thành phố|quận))\s+(?P<unit>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)"
    r"[^.\n]{0,20}?\s+đạt\s+(?P<score>\d+(?:,\d+)?)\s+điểm"
)


def naive_extract(doc: Document) -> list[Result]:
    records = []
    for match in _SCORE.finditer(doc.text):
        records.append(Result(
            doc_id=doc.doc_id,
            source=doc.source,
            evidence=Evidence(start=match.start(), end=match.end(), text=match.group()),
            unit=match["unit"],
            unit_level=match["level"].lower(),
            index="PAR_INDEX",
            score=float(match["score"].replace(",", ".")),
            score_unit="điểm",
        ))
    return records
