from __future__ import annotations

import pytest

from extractor.web.fetch import Fetcher, FetchPolicy

from .portal import Portal

# Small numbers so that the suite stays fast: no pacing, short timeouts and backoff.
FAST = FetchPolicy(rate=0, timeout=0.5, retries=1, backoff=0.01, max_backoff=0.05, max_bytes=1024 * 1024)


@pytest.fixture
def portal():
    with Portal() as server:
        yield server


@pytest.fixture
def fetcher():
    return Fetcher(FAST)
