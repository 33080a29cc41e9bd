"""`chiso explain`: what chiso read in a document, as an HTML page.

The normalized text becomes a spaCy Doc; every mention the rules found
(unit, index, component, score, rank, change, cue ...) and every record's
evidence become Spans in span groups, and displaCy's span view draws them,
overlaps included. It is how a rule author sees why a record came out, or
why one did not.
"""
from __future__ import annotations

import html

import spacy
from spacy import displacy

from .document import Document
from .normalize import normalize
from .output import record_dict

_LABELS = {
    "subject": "UNIT", "anaphor": "UNIT?", "other_subject": "NOT-UNIT", "index": "INDEX",
    "plural_index": "INDICES", "component": "COMPONENT", "year": "YEAR", "target_cue": "TARGET",
    "score": "SCORE", "rank": "RANK", "rating": "RATING", "change": "CHANGE", "since": "SINCE",
    "baseline": "BASELINE", "not_score": "NOT-SCORE", "continuation": "GOES-ON",
}
_COLORS = {
    "UNIT": "#9ad0f5", "UNIT?": "#c9e6fb", "NOT-UNIT": "#d9d9d9", "INDEX": "#ffd28a", "INDICES": "#ffe4b5",
    "COMPONENT": "#f7c6a3", "YEAR": "#c8e6c9", "TARGET": "#e1bee7", "SCORE": "#ff9e9e", "RANK": "#f48fb1",
    "RATING": "#b39ddb", "CHANGE": "#80cbc4", "SINCE": "#a5d6a7", "BASELINE": "#ffcc80",
    "NOT-SCORE": "#bdbdbd", "GOES-ON": "#eeeeee", "RESULT": "#fff59d", "TARGET-RECORD": "#f8bbd0",
    "REFERENCE": "#dcedc8",
}


def render(document: Document, records: list) -> str:
    """An HTML page: the text with its mentions and records marked, then the records."""
    from .pipeline import DocumentReader  # the reader that traces its mentions

    norm = normalize(document.text)
    reader = DocumentReader(document, norm, trace=True)
    reader.references()
    reader.measures()
    nlp = spacy.blank("xx")
    doc = nlp.make_doc(norm.text)
    spans = []
    for mention in reader.trace or []:
        span = doc.char_span(mention.start, mention.end, label=_LABELS.get(mention.kind, mention.kind.upper()),
                             alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["sc"] = spans
    body = displacy.render(doc, style="span", page=False, jupyter=False,
                           options={"colors": _COLORS, "spans_key": "sc"})
    rows = "\n".join(_record_row(r) for r in records)
    title = html.escape(f"{document.doc_id} — {document.source}")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:80em}} table{{border-collapse:collapse;font-size:90%}}
td,th{{border:1px solid #ccc;padding:2px 6px;vertical-align:top}} th{{background:#f3f3f3}}</style></head>
<body><h1>{title}</h1>
<p>{len(records)} records. Marks: what the rules in patterns/ found in the normalized text.</p>
{body}
<h2>Records</h2>
<table><tr><th>type</th><th>unit</th><th>index</th><th>component</th><th>year</th><th>values</th><th>evidence</th></tr>
{rows}
</table></body></html>
"""


def _record_row(record) -> str:
    data = record_dict(record)
    if data["type"] == "reference":
        values = {k: data.get(k) for k in ("ref_number", "ref_type", "ref_date", "issuer")}
        cells = ["reference", "", "", "", ""]
    else:
        keep = ("score", "score_unit", "max_score", "rank", "rank_total", "rating", "score_change",
                "rank_change", "change_since", "bound", "unit_code", "province")
        values = {k: data[k] for k in keep if data.get(k) is not None}
        cells = [data["type"], data.get("unit") or "", data.get("index") or "", data.get("component") or "",
                 str(data.get("year") or "")]
    shown = ", ".join(f"{k}={v}" for k, v in values.items() if v is not None)
    cells += [shown, data["evidence"]["text"]]
    return "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells) + "</tr>"
