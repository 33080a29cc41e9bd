"""The units with their folded names, read from the package database once
and then from a compact cache file; and the gazetteer built from them,
kept as a prepared index beside it.

Reading the sqlite rows and folding every name costs most of the start-up
time of a short run, so the result is kept as plain JSON rows under the
user's cache directory. The file's name carries the package version and a
digest of the code that derives the rows: a new data release or a change to
that code never reads a stale file. The file is rebuilt when missing or
unreadable, and skipped without complaint where it cannot be written.

Decoding those rows and indexing them again still takes about 0.13 CPU-s,
a fifth of a short run; the built gazetteer, pickled, loads in a third of
that. Its file is named by the package version, the Python version and a
digest of every module of this package (any of them may shape what the
gazetteer holds). The cache folder is the user's own, as trusted as the
installed code that reads it.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

from .folding import fold_name
from .localities import Locality
from .source import NamedUnit, package_version, read_units

# The modules and data whose content decides what the cached rows hold.
_DERIVING_MODULES = ("source.py", "folding.py", "levels.py", "localities.py", "store.py", "former_communes.tsv")

_CACHE_PREFIX = "gazetteer-vietnamadminunits-"
_INDEX_PREFIX = "gazetteer-index-"
_LOCALITY_FIELDS = ("code", "name", "level", "province", "province_code", "district_code", "era")

T = TypeVar("T")


def load_named_units() -> list[tuple[str, NamedUnit]]:
    """(folded name, NamedUnit) for every name of every unit."""
    path = _cache_path()
    if path is not None:
        try:
            return _decode(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            pass
    named = [(fold_name(n.name), n) for n in read_units()]
    if path is not None:
        _write_atomically(path, json.dumps(_encode(named), ensure_ascii=False, separators=(",", ":")))
        _remove_stale(path, _CACHE_PREFIX, ".json")
    return named


def load_prepared(build: Callable[[], T], kind: type) -> T:
    """What `build` returns (an object of `kind`), from the prepared index when there is one.

    Built and written there when missing, unreadable or of other code;
    where the cache cannot be written, built every time.
    """
    path = _index_path()
    if path is not None:
        try:
            data = path.read_bytes()
            collecting = gc.isenabled()
            gc.disable()  # tens of thousands of objects come at once: none is garbage
            try:
                prepared = pickle.loads(data)
            finally:
                if collecting:
                    gc.enable()
            if isinstance(prepared, kind):
                return prepared
        except Exception:  # missing, truncated, or pickled by other code: build it afresh
            pass
    built = build()
    if path is not None:
        _write_atomically(path, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        _remove_stale(path, _INDEX_PREFIX, ".pickle")
    return built


def _cache_base() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    return Path(base) / "chiso"


def _cache_path() -> Path | None:
    base = _cache_base()
    if base is None:
        return None
    return base / f"{_CACHE_PREFIX}{package_version()}-{_code_digest()}.json"


def _index_path() -> Path | None:
    base = _cache_base()
    if base is None:
        return None
    python = "".join(map(str, sys.version_info[:2]))
    here = Path(__file__).parent
    modules = sorted(p.name for p in here.glob("*.py")) + ["former_communes.tsv"]
    return base / f"{_INDEX_PREFIX}{package_version()}-py{python}-{_code_digest(modules)}.pickle"


def _code_digest(modules: tuple[str, ...] | list[str] = _DERIVING_MODULES) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for module in modules:
        digest.update((here / module).read_bytes())
    return digest.hexdigest()[:12]


def _encode(named: list[tuple[str, NamedUnit]]) -> dict:
    # Each unit is stored once; its names refer to it by position.
    units: dict[Locality, int] = {}
    names = []
    for key, entry in named:
        index = units.setdefault(entry.locality, len(units))
        names.append([index, key, entry.name, entry.level, entry.kind])
    rows = [[getattr(unit, f) for f in _LOCALITY_FIELDS] for unit in units]
    return {"units": rows, "names": names}


def _decode(data: dict) -> list[tuple[str, NamedUnit]]:
    units = [Locality(*row) for row in data["units"]]
    return [(key, NamedUnit(units[index], name, level, kind)) for index, key, name, level, kind in data["names"]]


def _remove_stale(current: Path, prefix: str, suffix: str) -> None:
    """Delete cache files left by other package versions or older code."""
    for old in current.parent.glob(f"{prefix}*{suffix}"):
        if old != current:
            try:
                old.unlink()
            except OSError:
                pass


def _write_atomically(path: Path, content: str | bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            binary = isinstance(content, bytes)
            with os.fdopen(handle, "wb" if binary else "w", encoding=None if binary else "utf-8") as out:
                out.write(content)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass
