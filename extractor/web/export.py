"""The JSON Lines files a crawl leaves in its directory, written whole or not at all."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable


def write_jsonl(path: Path, lines: Iterable[str]) -> int:
    """Write the lines into a temporary file beside `path`, then rename it
    over `path`: a reader, or a crawl killed mid-write, never sees half a
    file. Returns how many lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    count = 0
    try:
        with open(handle, "w", encoding="utf-8", newline="\n") as out:
            for line in lines:
                out.write(line + "\n")
                count += 1
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    return count


def page_line(page: dict) -> str:
    return json.dumps(page, ensure_ascii=False)
