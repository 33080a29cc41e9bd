"""A scanned page made fit for reading: straightened and cleaned.

Offices scan at 200 dpi, the sheet a degree or so crooked on the glass, and
save JPEGs speckled with dust and dropouts.  A tilt of one degree breaks
every ruling line into steps too short to be found as rules, and a speck
beside a digit reads as a decimal point; so before the grid is looked for,
the page is turned straight by its measured skew, dark specks too small to
be any part of a letter are removed, and the paper's grain is made white.

OpenCV does the pixel work (connected components, rotation): it is about a
hundred times faster than the same steps in Pillow or numpy.
"""
from __future__ import annotations

import cv2
import numpy as np

# Pixels darker than this are ink (the same level the grid finder uses).
INK_THRESHOLD = 160
# Lighter than this is paper: the grain and JPEG ripples around letters.
_PAPER_LEVEL = 200
# The skew is looked for up to this many degrees either way; a page turned
# further is a quarter turn (see ocr.quarter_turns), not a crooked scan.
_MAX_SKEW = 5.0
_COARSE_STEP = 0.1
_FINE_STEP = 0.01
# The coarse search for the skew is made on a copy of about this resolution.
_MEASURE_DPI = 100
# Below this the page is left as it is: rotating resamples every letter.
_MIN_SKEW = 0.05
# Dark specks of at most this many pixels at 300 dpi are dust: the dot of
# an "i", a comma or a Vietnamese tone mark is at least twice as large.
_SPECK_AREA_300DPI = 12
# Specks up to this size are dust unless within _LETTER_REACH (inches) of a
# larger mark: a hyphen between words is about 35 pixels and a space away.
_LONE_SPECK_AREA_300DPI = 30
_LETTER_REACH = 0.05


def _profile_sharpness(ys: np.ndarray, xs: np.ndarray, angle: float) -> float:
    """How sharply ink lines up in rows when the page is sheared by `angle`
    degrees: the sum of squared row counts, greatest when text lines and
    rules lie flat."""
    rows = np.round(ys - xs * np.tan(np.radians(angle))).astype(np.int64)
    counts = np.bincount(rows - rows.min()).astype(np.float64)
    return float(np.dot(counts, counts))


def _ink_points(gray: np.ndarray, factor: int) -> tuple[np.ndarray, np.ndarray]:
    if factor > 1:
        gray = cv2.resize(gray, (gray.shape[1] // factor, gray.shape[0] // factor),
                          interpolation=cv2.INTER_AREA)
    return np.nonzero(gray < INK_THRESHOLD)


def _sharpest(ys: np.ndarray, xs: np.ndarray, angles: np.ndarray) -> float:
    return float(max(angles, key=lambda a: _profile_sharpness(ys, xs, a)))


def measure_skew(gray: np.ndarray, dpi: float) -> float:
    """The page's tilt in degrees (counter-clockwise positive), from the row
    profile of its ink: searched coarsely on a small copy, then to a
    hundredth of a degree on the page itself."""
    ys, xs = _ink_points(gray, max(1, int(round(dpi / _MEASURE_DPI))))
    if ys.size < 100:
        return 0.0
    coarse = _sharpest(ys, xs, np.arange(-_MAX_SKEW, _MAX_SKEW + _COARSE_STEP / 2, _COARSE_STEP))
    ys, xs = _ink_points(gray, 1)
    fine = _sharpest(ys, xs, np.arange(coarse - _COARSE_STEP, coarse + _COARSE_STEP + _FINE_STEP / 2, _FINE_STEP))
    # the shear that lays the rows flat undoes the tilt: its angle is the tilt's negative
    return -fine


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """`gray` turned counter-clockwise by `angle` degrees about its centre,
    corners filled with paper."""
    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def remove_specks(gray: np.ndarray, dpi: float) -> np.ndarray:
    """`gray` with dust made paper: dark specks too small to be part of a
    letter, and somewhat larger ones with no letter near them (a comma, a
    hyphen or a tone mark is always beside one)."""
    ink = (gray < INK_THRESHOLD).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    area = stats[:, cv2.CC_STAT_AREA]
    pixels_per_300dpi_pixel = (dpi / 300.0) ** 2
    tiny = area <= _SPECK_AREA_300DPI * pixels_per_300dpi_pixel
    small = area <= _LONE_SPECK_AREA_300DPI * pixels_per_300dpi_pixel
    letters = ~small
    letters[0] = False  # the background
    reach = 2 * int(_LETTER_REACH * dpi) + 1
    near_letters = cv2.dilate(letters[labels].astype(np.uint8), np.ones((reach, reach), np.uint8))
    beside_letter = np.zeros(count, dtype=bool)
    beside_letter[np.unique(labels[(near_letters > 0) & (ink > 0)])] = True
    speck = tiny | (small & ~beside_letter)
    speck[0] = False
    cleaned = gray.copy()
    cleaned[speck[labels]] = 255
    return cleaned


# Print is darker than this at its core; a seal in red ink or a signature in blue, scanned in grey,
# is lighter than print throughout (lighter than _STROKE_LEVEL).
_PRINT_LEVEL = 85
_STROKE_LEVEL = 115
# Only a page whose ink is this much print at least is cleaned of light strokes: on a faded copy
# the print itself is light, and must stay.
_PRINT_SHARE = 0.15
# How far (inches) a letter's grey edge reaches from its dark core.
_EDGE_REACH = 0.015


def remove_light_strokes(gray: np.ndarray, dpi: float) -> np.ndarray:
    """`gray` with a seal's and a signature's strokes made paper where they are not on print:
    grey ink that no dark core lies beside is no letter's edge. Where a seal crosses a digit, the
    digit stays whole."""
    ink = gray < INK_THRESHOLD
    dark = gray < _PRINT_LEVEL
    if not ink.any() or dark.sum() < _PRINT_SHARE * ink.sum():
        return gray
    reach = 2 * max(1, round(_EDGE_REACH * dpi)) + 1
    near_print = cv2.dilate(dark.astype(np.uint8), np.ones((reach, reach), np.uint8)) > 0
    cleaned = gray.copy()
    cleaned[(gray >= _STROKE_LEVEL) & ink & ~near_print] = 255
    return cleaned


def straighten_and_clean(gray: np.ndarray, dpi: float) -> tuple[np.ndarray, float]:
    """The page deskewed, despeckled, cleaned of seals and signatures and on white paper; with
    the skew it had."""
    skew = measure_skew(gray, dpi)
    if abs(skew) >= _MIN_SKEW:
        gray = rotate(gray, -skew)
    gray = remove_specks(gray, dpi)
    gray = remove_light_strokes(gray, dpi)
    gray = np.where(gray > _PAPER_LEVEL, 255, gray).astype(np.uint8)
    return gray, skew
