"""Why a web page could not be fetched."""
from __future__ import annotations

from typing import Optional

from ..readers import ReadError


class FetchError(ReadError):
    """A URL that could not be fetched; `retryable` when a later try may work."""

    def __init__(self, message: str, url: str, status: Optional[int] = None, retryable: bool = False):
        super().__init__(message)
        self.url = url
        self.status = status
        self.retryable = retryable


class RobotsDisallowed(FetchError):
    """robots.txt of the site forbids the URL: it was not requested."""
