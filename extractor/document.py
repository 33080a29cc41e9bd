"""What every reader produces and every later stage consumes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class TableCell:
    """One cell of a table found in a document; start/end point into Document.text."""

    text: str
    start: int
    end: int


@dataclass
class Table:
    """A table as rows of cells, with the header rows apart from the body rows.

    Readers of PDFs and office files fill these; the cells' offsets point into
    the document text, where each row is also written out as one line.
    """

    header: list[list[TableCell]]
    rows: list[list[TableCell]]
    caption: str = ""
    # rows that run on in one line (a PDF's text layer): a row's evidence is the row, not its line
    rows_share_lines: bool = False
    # whether the rows are every unit ranked (a "Top 10" list is not: no row's place is out of its count)
    complete: bool = True


@dataclass
class Document:
    """A source read into text.

    `text` is exactly the text that evidence offsets refer to: for a .txt file
    the file decoded as UTF-8; for a web page, PDF or office file the plain
    text chiso extracted (saved beside the records).
    """

    doc_id: str
    source: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    # True when `text` was produced by chiso (web page, PDF, office file,
    # legacy-encoded file) and so must be saved for evidence to be checkable
    derived_text: bool = False
