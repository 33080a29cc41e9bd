"""OCR of scanned pages with Tesseract's Vietnamese model.

A page is first turned upright (Tesseract's orientation detection, for a
landscape table scanned a quarter turn round), then straightened and
cleaned (page_image).  A scanned decision is mostly a ruled table, so the
page image is searched for its ruling lines next: they give the table grid
(the same shape the text layer's table finder gives) and are then painted
out, because Tesseract reads a ruling line touching a digit as a "1" or an
"|".  Tesseract's confidence in the words it read is kept, as the mean over
the page, so that a poor scan can be told from a good one.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
import shutil
import subprocess
import tempfile
from pathlib import Path

import cv2
import numpy as np
import regex
from PIL import Image
from pdfplumber.table import (
    Table as _PlumberTable,
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)

from . import page_image
from .page_layout import Grid, Word, grid_bbox, group_lines, inside
from .unruled_tables import find_unruled_grids

LANGUAGE = "vie"
MISSING_TESSERACT = (
    "this PDF has scanned pages without a text layer and OCR needs Tesseract: "
    "install the Debian packages tesseract-ocr and tesseract-ocr-vie"
)
MISSING_MODEL = (
    "Tesseract has no Vietnamese model: install the Debian package tesseract-ocr-vie"
)
_INK_THRESHOLD = page_image.INK_THRESHOLD
# A ruling line is a run of ink at least this long, in inches: longer than
# any stroke of a letter in body text, shorter than the narrowest column.
_MIN_HORIZONTAL_RULE = 0.25
_MIN_VERTICAL_RULE = 0.15
# A rule may be broken by gaps this long, in inches, if ink fills this share of it.
_RULE_GAP = 0.015
_RULE_FILL = 0.9
_OCR_TIMEOUT_SECONDS = 300
_MIN_CELL_POINTS = 3.0
# Tesseract's orientation guess is taken from this confidence on: a page of
# text gives 5 to 15, a page with next to no words under 1.
_MIN_ORIENTATION_CONFIDENCE = 2.0
_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_ORIENTATION_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


class OcrUnavailable(Exception):
    """Tesseract or its Vietnamese model is not installed."""


class OcrFailed(Exception):
    """Tesseract ran but could not read the page."""


@functools.lru_cache(maxsize=1)
def _tesseract() -> str:
    executable = shutil.which("tesseract")
    if executable is None:
        raise OcrUnavailable(MISSING_TESSERACT)
    listed = subprocess.run(
        [executable, "--list-langs"], capture_output=True, text=True, timeout=60
    )
    languages = set((listed.stdout + listed.stderr).split())
    if LANGUAGE not in languages:
        raise OcrUnavailable(MISSING_MODEL)
    return executable


def check_available() -> None:
    """Raise OcrUnavailable, naming the package to install, when OCR cannot run."""
    _tesseract()


def _runs(ink: np.ndarray, min_length: int, max_gap: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Horizontal runs of ink at least min_length long: (row, start, end).

    Runs on one row less than max_gap apart are taken as one where ink fills
    nearly all of it and it is twice min_length long: a scan's dropouts
    (white specks, JPEG blocks) break a rule into pieces, while the letters
    of a line of text leave more paper between them, and the bars of two
    capital Ts side by side ("TTHC") make a short run.
    """
    height, width = ink.shape
    padded = np.zeros((height, width + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    if max_gap and rows.size:
        joined = (rows[1:] == rows[:-1]) & (starts[1:] - ends[:-1] <= max_gap)
        first = np.concatenate(([True], ~joined))  # the runs that open a joined run
        group = np.cumsum(first) - 1
        inked = np.bincount(group, weights=ends - starts)
        rows, starts = rows[first], starts[first]
        ends = ends[np.concatenate((~joined, [True]))]
        pieces = np.bincount(group)
        length = ends - starts
        keep = np.where(pieces > 1, (length >= 2 * min_length) & (inked >= _RULE_FILL * length),
                        length >= min_length)
    else:
        keep = (ends - starts) >= min_length
    return rows[keep], starts[keep], ends[keep]


def _thick_lines(lines: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[tuple[float, int, int]]:
    """Runs on neighbouring pixel lines that overlap, taken together as one
    rule: (its middle line, start, end)."""
    done: list[list[int]] = []
    active: list[list[int]] = []  # [first line, last line, start, end], still growing
    for line, start, end in sorted(zip(lines.tolist(), starts.tolist(), ends.tolist())):
        still = [group for group in active if group[1] >= line - 1]
        done.extend(group for group in active if group[1] < line - 1)
        active = still
        joined = next((g for g in active if start < g[3] and end > g[2]), None)
        if joined is None:
            active.append([line, line, start, end])
        else:
            joined[1] = line
            joined[2], joined[3] = min(joined[2], start), max(joined[3], end)
    return [((first + last) / 2, start, end) for first, last, start, end in done + active]


def find_rulings(gray: np.ndarray, dpi: float) -> tuple[list[dict], np.ndarray]:
    """Ruling lines as pdfplumber edges in points, and the mask of their ink."""
    ink = gray < _INK_THRESHOLD
    mask = np.zeros_like(ink)
    points = 72.0 / dpi
    edges: list[dict] = []
    rows, starts, ends = _runs(ink, int(_MIN_HORIZONTAL_RULE * dpi), int(_RULE_GAP * dpi))
    for y, x0, x1 in zip(rows, starts, ends):
        mask[y, x0:x1] = True
    for y, x0, x1 in _thick_lines(rows, starts, ends):
        edges.append(_edge("h", x0 * points, x1 * points, y * points, y * points))
    columns, starts, ends = _runs(ink.T, int(_MIN_VERTICAL_RULE * dpi), int(_RULE_GAP * dpi))
    for x, y0, y1 in zip(columns, starts, ends):
        mask[y0:y1, x] = True
    for x, y0, y1 in _thick_lines(columns, starts, ends):
        edges.append(_edge("v", x * points, x * points, y0 * points, y1 * points))
    # Edges of one rule a pixel apart are snapped together and pieces broken
    # by a speck joined; a wider snap would pull a rule towards the strokes
    # of large letters beside it.
    return merge_edges(edges, 1, 1, 3, 3), mask


def _dilate(mask: np.ndarray, pixels: int = 2) -> np.ndarray:
    """The mask grown by `pixels` in every direction: the grey fringe a
    scanner leaves beside a rule would otherwise read as "|" or "_"."""
    cross = cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3))
    return cv2.dilate(mask.astype(np.uint8), cross, iterations=pixels).astype(bool)


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {
        "orientation": orientation, "object_type": "line",
        "x0": float(x0), "x1": float(x1), "top": float(top), "bottom": float(bottom),
        "width": float(x1 - x0), "height": float(bottom - top),
    }


def grids_from_edges(edges: list[dict]) -> list[Grid]:
    """Table grids from ruling edges, by pdfplumber's own cell finding."""
    intersections = edges_to_intersections(edges, 3, 3)
    # a cell narrower than a rule is two edges of one rule, not a cell
    cells = [cell for cell in intersections_to_cells(intersections)
             if cell[2] - cell[0] >= _MIN_CELL_POINTS and cell[3] - cell[1] >= _MIN_CELL_POINTS]
    grids: list[Grid] = []
    for group in cells_to_tables(cells):
        rows = [list(row.cells) for row in _PlumberTable(None, group).rows]
        if len(rows) >= 2 and len(rows[0]) >= 2:
            grids.append(rows)
    return grids


def _run_tesseract(images: Image.Image | list[Image.Image], dpi: float, psm: int, *options: str,
                   output: str = "tsv") -> str:
    """What Tesseract prints for an image, or for several read as the pages
    of one run (TSV of the words it read, or an orientation report for
    --psm 0)."""
    executable = _tesseract()
    with tempfile.TemporaryDirectory(prefix="chiso-ocr-") as workdir:
        pages = images if isinstance(images, list) else [images]
        paths = [Path(workdir) / f"image-{number}.png" for number in range(len(pages))]
        for page, path in zip(pages, paths):
            page.save(path)
        source = paths[0]
        if len(paths) > 1:
            source = Path(workdir) / "images.txt"
            source.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")
        language = "osd" if psm == 0 else LANGUAGE
        done = subprocess.run(
            [executable, str(source), "stdout", "-l", language, "--dpi", str(int(dpi)),
             "--psm", str(psm), *options, *([output] if output else [])],
            capture_output=True, text=True, timeout=_OCR_TIMEOUT_SECONDS,
        )
    if done.returncode != 0:
        message = done.stderr.strip().splitlines()
        raise OcrFailed(message[-1] if message else "tesseract failed")
    return done.stdout


def _word_rows(image: Image.Image | list[Image.Image], dpi: float, psm: int, *options: str) -> list[list[str]]:
    """Tesseract's TSV rows for the words it read on `image` (or images: the
    row's second field is the image's number, from 1)."""
    rows = []
    for line in _run_tesseract(image, dpi, psm, *options).splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) >= 12 and fields[0] == "5" and fields[11].strip():
            rows.append(fields)
    return rows


def _confidence(fields: list[str]) -> float:
    return max(0.0, float(fields[10]))


def read_words(image: Image.Image, dpi: float, psm: int = 3) -> tuple[list[Word], list[float]]:
    """Tesseract's words on an image, with boxes in points, and its confidence in each."""
    points = 72.0 / dpi
    words: list[Word] = []
    confidences: list[float] = []
    for fields in _word_rows(image, dpi, psm):
        left, top, width, height = (int(value) for value in fields[6:10])
        words.append(Word(
            fields[11].strip(), left * points, (left + width) * points,
            top * points, (top + height) * points,
        ))
        confidences.append(_confidence(fields))
    return words, confidences


def quarter_turns(gray: np.ndarray, dpi: float) -> int:
    """How many quarter turns clockwise make the page upright, by Tesseract's
    orientation detection; 0 when it is unsure or finds too little text."""
    try:
        report = _run_tesseract(Image.fromarray(gray), dpi, 0, output="")
    except (OcrFailed, subprocess.TimeoutExpired):
        return 0  # "Too few characters": nothing to turn by
    rotate = _ROTATE.search(report)
    confidence = _ORIENTATION_CONFIDENCE.search(report)
    if rotate is None or confidence is None or float(confidence[1]) < _MIN_ORIENTATION_CONFIDENCE:
        return 0
    return (int(rotate[1]) // 90) % 4


# Table cells are read apart from the page: each cell's ink is cut out and
# the pieces are stacked in a strip, one under another, which Tesseract reads
# as plain lines.  Read in place, a ruled table's cells of one, two or six
# lines throw its line finding off and whole rows come out garbled.
_CELL_GAP = 30
_CELL_MARGIN = 8
# What is left of a painted-out rule at a cell's edge (its grey fringe, a
# pixel of it where the page was not quite straight) is no part of the
# cell's text: the cell is searched for ink this far, in inches, inside its edges.
_CELL_INSET = 0.015
_STRIP_MAX_HEIGHT = 12000
_NUMBER_CHARACTERS = "0123456789,.%"
_DIGITS_ONLY = ("-c", f"tessedit_char_whitelist={_NUMBER_CHARACTERS}")
_LOOKS_NUMERIC = re.compile(r"^[\W\d_]*\d[\W\d_]*$")
_NUMBER_SHAPE = re.compile(r"^\d{1,4}(?:[,.](\d{1,4}))?$")
# A column is one of numbers when this share of its cells look numeric, and
# has a shape ("7,12": two decimals) when this share are numbers of that shape.
_COLUMN_SHARE = 0.6
# Cells read again are enlarged this many times first.
_REREAD_SCALE = 2
_HAS_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
# a token of dots, quotes and the like alone; a dash between words is kept ("Lao động - Thương binh")
_STRAY_MARK = regex.compile(r"[^\p{Lu}\p{Ll}\p{Lo}\p{N}\-–—()%&/+]+")
# Letters here are of the cased and other-letter kinds: "ˆ" and "`" (a
# modifier letter, a symbol) are no part of a word.
_CELL_START_JUNK = regex.compile(r"^(?:[^\p{Lu}\p{Ll}\p{Lo}\p{N}(\[+\-\s]|[-–—]+(?=\s*\D)|\s)+")
_CELL_END_JUNK = regex.compile(r"(?:[^\p{Lu}\p{Ll}\p{Lo}\p{N})\]%\s]|\s)+$")
_HAS_WORD = re.compile(r"[^\W\d_]{2}")


def _ink_crop(gray: np.ndarray, box: tuple[int, int, int, int], inset: int) -> np.ndarray | None:
    """The ink of a cell, on a white margin of its own."""
    x0, top, x1, bottom = box
    cell = gray[top:bottom, x0:x1].copy()
    if inset:
        cell[:inset], cell[-inset:], cell[:, :inset], cell[:, -inset:] = 255, 255, 255, 255
    rows, columns = np.nonzero(cell < _INK_THRESHOLD)
    if rows.size == 0:
        return None
    ink = cell[rows.min():rows.max() + 1, columns.min():columns.max() + 1]
    return np.pad(ink, _CELL_MARGIN, constant_values=255)


@dataclass
class _CellText:
    text: str = ""
    confidences: list[float] | None = None


def _read_cells(crops: list[np.ndarray | None], dpi: float, *options: str) -> list[_CellText]:
    """The text of each crop, read in as few Tesseract runs as the strip height allows."""
    cells = [_CellText() for _ in crops]
    present = [i for i, crop in enumerate(crops) if crop is not None]
    while present:
        batch: list[int] = []
        height = _CELL_GAP
        while present and (not batch or height + crops[present[0]].shape[0] + _CELL_GAP <= _STRIP_MAX_HEIGHT):
            height += crops[present[0]].shape[0] + _CELL_GAP
            batch.append(present.pop(0))
        width = max(crops[i].shape[1] for i in batch) + 2 * _CELL_GAP
        strip = np.full((height, width), 255, dtype=np.uint8)
        spans: list[tuple[int, int, int]] = []
        y = _CELL_GAP
        for i in batch:
            crop = crops[i]
            strip[y:y + crop.shape[0], _CELL_GAP:_CELL_GAP + crop.shape[1]] = crop
            spans.append((y - _CELL_GAP // 2, y + crop.shape[0] + _CELL_GAP // 2, i))
            y += crop.shape[0] + _CELL_GAP
        found: dict[int, list[tuple[tuple[int, int, int], int, str, float]]] = {}
        for fields in _word_rows(Image.fromarray(strip), dpi, 6, *options):
            left, top, _, height_px = (int(value) for value in fields[6:10])
            middle = top + height_px // 2
            for span_top, span_bottom, i in spans:
                if span_top <= middle < span_bottom:
                    line = (int(fields[2]), int(fields[3]), int(fields[4]))
                    found.setdefault(i, []).append((line, left, fields[11].strip(), _confidence(fields)))
                    break
        for i, words in found.items():
            cells[i] = _cell_text(words)
    return cells


def _read_cells_apart(crops: list[np.ndarray], dpi: float, *options: str) -> list[_CellText]:
    """The text of each crop read on its own, as a page of one Tesseract run:
    slower than a strip, but no other cell's letters sway how its are read."""
    found: dict[int, list[tuple[tuple[int, int, int], int, str, float]]] = {}
    for fields in _word_rows([Image.fromarray(crop) for crop in crops], dpi, 6, *options):
        line = (int(fields[2]), int(fields[3]), int(fields[4]))
        found.setdefault(int(fields[1]) - 1, []).append(
            (line, int(fields[6]), fields[11].strip(), _confidence(fields)))
    cells = [_CellText() for _ in crops]
    for i, words in found.items():
        cells[i] = _cell_text(words)
    return cells


def _cell_text(words: list[tuple[tuple[int, int, int], int, str, float]]) -> _CellText:
    """A cell's words, each (its line, its left edge, its text, Tesseract's
    confidence), joined in reading order."""
    words.sort()
    return _CellText(" ".join(word[2] for word in words), [word[3] for word in words])


def _tidy(text: str) -> str:
    """A cell's text without the stray marks that a speck or what is left of
    a rule reads as: at its ends ("ˆ", "`", "_", "—", a trailing dot), and
    standing alone between words ("điều . hành")."""
    text = _CELL_END_JUNK.sub("", _CELL_START_JUNK.sub("", text)).strip()
    return " ".join(token for token in text.split() if not _STRAY_MARK.fullmatch(token))


def _shape(text: str) -> str | None:
    """"int" for "17", "2" for "8,56" (its decimals), None for anything else."""
    match = _NUMBER_SHAPE.match(text)
    if match is None:
        return None
    return str(len(match[1])) if match[1] else "int"


def _column_shape(texts: list[str]) -> str | None:
    """The shape most numbers of a column share, if most of its cells are such numbers."""
    shapes = Counter(shape for shape in map(_shape, texts) if shape)
    if not shapes:
        return None
    shape, count = shapes.most_common(1)[0]
    return shape if count >= _COLUMN_SHARE * len(texts) else None


def _read_grid(gray: np.ndarray, grid: Grid, dpi: float) -> tuple[list[Word], list[float]]:
    """One word per non-empty cell of a table: the cell's text in the cell's
    box; and Tesseract's confidence in each word it read there."""
    scale = dpi / 72.0
    inset = int(_CELL_INSET * dpi)
    slots = [(c, box) for row in grid for c, box in enumerate(row) if box is not None]
    crops = [_ink_crop(gray, tuple(int(round(v * scale)) for v in box), inset) for _, box in slots]
    cells = _read_cells(crops, dpi)
    for cell in cells:
        cell.text = _tidy(cell.text)
    # Cells of a column of numbers are read again allowing digits only: the
    # language model now and then reads "4,77" as "A,77" or "5,51" as "5,D1".
    columns: dict[int, list[int]] = {}
    for k, (c, _) in enumerate(slots):
        if crops[k] is not None:
            columns.setdefault(c, []).append(k)
    numeric = [
        k for members in columns.values()
        if sum(bool(_LOOKS_NUMERIC.match(cells[k].text)) for k in members) >= _COLUMN_SHARE * len(members)
        for k in members if not _HAS_WORD.search(cells[k].text)
    ]
    if numeric:
        again = _read_cells([crops[k] for k in numeric], dpi, *_DIGITS_ONLY)
        for k, cell in zip(numeric, again):
            if cell.text:
                cells[k] = _CellText(_tidy(cell.text), cell.confidences)
    _reread_misfits(cells, crops, columns, dpi)
    _reread_words(cells, crops, dpi)
    words = []
    confidences: list[float] = []
    for (_, box), cell in zip(slots, cells):
        if cell.text:
            words.append(Word(cell.text, box[0] + 0.5, box[2] - 0.5, box[1] + 0.5, box[3] - 0.5))
            confidences.extend(cell.confidences or [])
    return words, confidences


def _marks(gray: np.ndarray, dpi: float) -> list[Word]:
    """The boxes, in points, of the page's printed marks of a letter's size (no text)."""
    ink = (gray < _INK_THRESHOLD).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    scale = 72.0 / dpi
    low, high = 0.03 * dpi, 0.3 * dpi  # a tenth of a letter's height would be a speck
    return [Word("", x * scale, (x + w) * scale, y * scale, (y + h) * scale)
            for x, y, w, h, _ in stats[1:count] if low <= h <= high and w <= high]


def _mean(values: list[float] | None) -> float:
    return sum(values) / len(values) if values else 0.0


def _reread_words(cells: list[_CellText], crops: list[np.ndarray | None], dpi: float) -> None:
    """Cells of words (names, column headings) read once more, enlarged and
    each on its own: one letter misread in a heading ("cong vụ", "thế chế")
    loses the whole column, in a name the whole row.  Of the two readings
    the one Tesseract is surer of is taken.  (Read in a strip the second
    reading gained 15 fewer cells on the benchmark's turned scan; a third
    reading at three times the size, with the text two of three agree on
    taken, cost 2 s a page and gained none.)"""
    wordy = [k for k, cell in enumerate(cells) if crops[k] is not None and _HAS_WORD.search(cell.text)]
    if not wordy:
        return
    again = _read_cells_apart([_enlarged(crops[k]) for k in wordy], dpi * _REREAD_SCALE)
    for k, cell in zip(wordy, again):
        if cell.text:
            cells[k] = max(cells[k], _CellText(_tidy(cell.text), cell.confidences),
                           key=lambda reading: _mean(reading.confidences))


def _enlarged(crop: np.ndarray) -> np.ndarray:
    return cv2.resize(crop, None, fx=_REREAD_SCALE, fy=_REREAD_SCALE, interpolation=cv2.INTER_CUBIC)


def _reread_misfits(cells: list[_CellText], crops: list[np.ndarray | None],
                    columns: dict[int, list[int]], dpi: float) -> None:
    """Numbers that do not have the shape of the rest of their column ("712"
    among "7,12"-like values: a faint decimal comma lost on a rough scan)
    read once more from their crop at twice the size, taken where that
    reading has the column's shape."""
    misfits: list[tuple[int, str]] = []
    for members in columns.values():
        shape = _column_shape([cells[k].text for k in members])
        if shape is not None:
            misfits.extend((k, shape) for k in members
                           if _shape(cells[k].text) != shape and not _HAS_WORD.search(cells[k].text))
    if not misfits:
        return
    again = _read_cells_apart([_enlarged(crops[k]) for k, _ in misfits], dpi * _REREAD_SCALE, *_DIGITS_ONLY)
    for (k, shape), cell in zip(misfits, again):
        text = _tidy(cell.text)
        if _shape(text) == shape:
            cells[k] = _CellText(text, cell.confidences)


def _without_mark_lines(words: list[Word]) -> set[int]:
    """The ids of the words on lines with a letter or a digit: a line of
    marks alone ("—", "_ .") is a speck or a smudge read as text, and would
    stand between a table and its continuation on the next page."""
    return {
        id(word) for line in group_lines(words)
        if any(_HAS_LETTER_OR_DIGIT.search(word.text) for word in line)
        for word in line
    }


@dataclass
class ScannedPage:
    """What OCR made of one page image: in points on the upright page."""

    words: list[Word]
    grids: list[Grid]
    width: float
    height: float
    quarter_turns: int  # clockwise, to make it upright
    skew: float  # degrees it was tilted by
    confidence: float | None  # Tesseract's mean word confidence, 0-100; None: no word read


def ocr_page(image: Image.Image, dpi: float) -> ScannedPage:
    """Words and table grids of one scanned page.

    The page is turned upright, straightened and cleaned first.  Table cells
    are read one by one (see _read_cells), the rest of the page with its
    tables blanked out.
    """
    gray = np.asarray(image.convert("L"))
    turns = quarter_turns(gray, dpi)
    if turns:
        gray = np.ascontiguousarray(np.rot90(gray, k=-turns))
    gray, skew = page_image.straighten_and_clean(gray, dpi)
    edges, rulings = find_rulings(gray, dpi)
    grids = grids_from_edges(edges)
    page = gray.copy()
    page[_dilate(rulings)] = 255
    words: list[Word] = []
    confidences: list[float] = []
    scale = dpi / 72.0
    for grid in grids:
        cell_words, cell_confidences = _read_grid(page, grid, dpi)
        words.extend(cell_words)
        confidences.extend(cell_confidences)
    for grid in grids:
        boxes = [box for row in grid for box in row if box]
        x0, top = min(b[0] for b in boxes) * scale, min(b[1] for b in boxes) * scale
        x1, bottom = max(b[2] for b in boxes) * scale, max(b[3] for b in boxes) * scale
        page[int(top):int(bottom) + 1, int(x0):int(x1) + 1] = 255
    if (page < _INK_THRESHOLD).any():
        free_words, free_confidences = read_words(Image.fromarray(page), dpi)
        kept = _without_mark_lines(free_words)
        read = [(word, c) for word, c in zip(free_words, free_confidences) if id(word) in kept]
        # tables printed without ruling lines, found from where their words stand, are read
        # again cell by cell, as ruled ones are (a page read whole runs a row's words together)
        unruled = find_unruled_grids([word for word, _ in read], _marks(page, dpi))
        for grid in unruled:
            outer = grid_bbox(grid)
            read = [(word, c) for word, c in read if not inside(word.center, outer)]
            cell_words, cell_confidences = _read_grid(page, grid, dpi)
            words.extend(cell_words)
            confidences.extend(cell_confidences)
        words.extend(word for word, _ in read)
        confidences.extend(c for _, c in read)
        grids = grids + unruled
    height, width = gray.shape
    return ScannedPage(
        words, grids, width * 72.0 / dpi, height * 72.0 / dpi, turns, skew,
        round(_mean(confidences), 1) if confidences else None,
    )
