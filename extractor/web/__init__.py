"""Web pages as documents: fetching (polite by default), main text and
metadata, and crawling a portal section.

For the command line: fetch_document(url) for `chiso extract URL...`, and
command.add_crawl_parser(subparsers) for `chiso crawl`.
"""
from .fetch import Fetcher, FetchError, FetchPolicy, RobotsDisallowed
from .page import fetch_document
from .urls import doc_id_for_url

__all__ = ["Fetcher", "FetchError", "FetchPolicy", "RobotsDisallowed", "doc_id_for_url", "fetch_document"]
