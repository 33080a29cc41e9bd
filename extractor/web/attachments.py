"""Files an article attaches (a decision's PDF, a plan's .docx): found by their
links, known by their content rather than their names, read as documents.

Portals link a decision as "Tệp đính kèm: Tải Quyết định tại đây" to a file
on the site or on its file host, often through a download script whose URL
names no file type ("/tai-ve?id=7"): a link is taken when its URL ends like a
document or its words say it downloads one, and the bytes fetched decide.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from lxml.html import HtmlElement

from ..document import Document
from ..normalize import fold
from ..readers import Unsupported, read_path
from .fetch import Response
from .tree import resolved_links
from .urls import doc_id_for_url, is_web_url

_DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?)$", re.IGNORECASE)
# words of a link that downloads a file, accents folded
_DOWNLOAD_WORDS = re.compile(r"\b(?:tai ve|tai xuong|dinh kem|tep|toan van|download|attachment)\b"
                             r"|^\s*tai\s+(?:quyet dinh|van ban|ke hoach|bao cao|file|tai lieu)\b")


def find_attachments(tree: HtmlElement, page_url: str) -> list[tuple[str, HtmlElement]]:
    """(URL, anchor) of the links that may fetch a document, in page order, each URL once."""
    found: list[tuple[str, HtmlElement]] = []
    seen: set[str] = set()
    for url, anchor in resolved_links(tree, page_url):
        if url in seen or not is_web_url(url):
            continue
        if looks_like_document(url) or _DOWNLOAD_WORDS.search(fold(anchor.text_content())):
            seen.add(url)
            found.append((url, anchor))
    return found


def looks_like_document(url: str) -> bool:
    """Whether a URL's path names a PDF or Word file."""
    return bool(_DOCUMENT_PATH.search(url.split("?", 1)[0].split("#", 1)[0]))


def sniff_suffix(body: bytes) -> str | None:
    """The kind of document bytes are, from their content: ".pdf", ".docx", ".doc", or None."""
    head = body[:1024]
    if b"%PDF-" in head:
        return ".pdf"
    if body.startswith(b"PK\x03\x04") and b"word/document.xml" in body:
        return ".docx"
    if body.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return ".doc"
    return None


def attachment_document(response: Response, parent: str | None = None) -> Document:
    """A fetched file read as a document: its records' source is the file's URL.

    Raises Unsupported when the bytes are no document chiso reads (an image, a
    web page, an archive), ReadError when the document cannot be read."""
    suffix = sniff_suffix(response.body)
    if suffix is None:
        raise Unsupported(f"not a document chiso reads ({response.content_type or 'no content type'})")
    doc_id = doc_id_for_url(response.final_url)
    # the PDF and office readers read files: a copy named by the URL's id gives the record its doc_id
    with tempfile.TemporaryDirectory(prefix="chiso-") as folder:
        copy = Path(folder) / f"{doc_id}{suffix}"
        copy.write_bytes(response.body)
        doc = read_path(copy, response.final_url)
    doc.metadata.update(url=response.url, final_url=response.final_url, parent=parent,
                        fetched_at=response.fetched_at, content_type=response.content_type)
    return doc
