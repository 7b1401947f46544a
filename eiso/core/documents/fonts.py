"""Tinos, the free font metric-compatible with Times New Roman, from the fontsource npm package.

`node scripts/build_assets.mjs` copies the latin, latin-ext and vietnamese subsets (400/700,
normal/italic) as WOFF2 into static/vendor/fonts/tinos/. The PDF renderer embeds them; the DOCX
renderer uses their metrics to size the rules under the header lines (Word draws the text in
Times New Roman, which has the same advance widths). The WOFF2 files are decompressed once per
process (see :func:`merged_font`); no font binary is ever committed to the repository.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from functools import lru_cache
from io import BytesIO
from pathlib import Path

import fontTools
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured

# fontTools logs every decompressed file at INFO level.
for _name in ("fontTools.ttLib.woff2", "fontTools.merge"):
    logging.getLogger(_name).setLevel(logging.WARNING)

FONT_DIR = "vendor/fonts/tinos"
SUBSETS = ("latin", "latin-ext", "vietnamese")
WEIGHTS = (400, 700)
STYLES = ("normal", "italic")


def font_file_name(subset: str, weight: int, style: str) -> str:
    return f"tinos-{subset}-{weight}-{style}.woff2"


def _find(name: str) -> Path:
    relative = f"{FONT_DIR}/{name}"
    found = finders.find(relative)
    if found:
        return Path(found)
    collected = Path(settings.STATIC_ROOT or "") / relative
    if settings.STATIC_ROOT and collected.exists():
        return collected
    raise ImproperlyConfigured(
        f"Font {relative} not found: run `npm ci && node scripts/build_assets.mjs` to copy "
        "the Tinos font from @fontsource/tinos into static/vendor."
    )


def merged_font_name(weight: int, style: str) -> str:
    return f"tinos-{weight}-{style}.ttf"


def _cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "eiso-fonts"


@lru_cache(maxsize=8)
def merged_font(weight: int, style: str) -> bytes:
    """One TrueType font holding the latin, latin-ext and vietnamese subsets of a weight/style.

    WeasyPrint identifies embedded fonts by family, weight and style, so the three unicode-range
    subsets of one style would collapse into a single PDF font and print wrong glyphs; merged,
    they are one font. Merging takes about half a second, so the result is kept in memory and in
    a cache file in the system temporary directory, named by a hash of the sources.
    """
    sources = [_find(font_file_name(subset, weight, style)).read_bytes() for subset in SUBSETS]
    digest = hashlib.sha256(b"".join(sources) + fontTools.version.encode()).hexdigest()[:16]
    cached = _cache_dir() / f"tinos-{weight}-{style}-{digest}.ttf"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    data = _merge(sources)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cached.parent, delete=False) as handle:
            handle.write(data)
        os.replace(handle.name, cached)
    except OSError:
        pass  # A read-only temporary directory only costs the merge on the next process start.
    return data


def _merge(sources: list[bytes]) -> bytes:
    from fontTools.merge import Merger
    from fontTools.ttLib import woff2

    decompressed = []
    for source in sources:
        out = BytesIO()
        woff2.decompress(BytesIO(source), out)
        out.seek(0)
        decompressed.append(out)
    merged = Merger().merge(decompressed)
    out = BytesIO()
    merged.save(out)
    return out.getvalue()


@lru_cache(maxsize=8)
def _advance_tables(weight: int, style: str) -> tuple[tuple[dict[int, int], float], ...]:
    """Per subset: code point → advance width in em, for one weight and style."""
    from fontTools.ttLib import TTFont

    tables: list[tuple[dict[int, int], float]] = []
    for subset in SUBSETS:
        # Lazy loading reads only cmap and hmtx, without decompressing the glyph outlines.
        font = TTFont(_find(font_file_name(subset, weight, style)), lazy=True)
        metrics = font["hmtx"].metrics
        cmap = font.getBestCmap()
        units = float(font["head"].unitsPerEm)
        tables.append(({cp: metrics[glyph][0] for cp, glyph in cmap.items()}, units))
    return tuple(tables)


# Average advance of Times New Roman text, used if the font files are missing.
_FALLBACK_EM = 0.5


def text_width_mm(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    """Printed width of one line of text in Times New Roman (Tinos metrics)."""
    try:
        tables = _advance_tables(700 if bold else 400, "italic" if italic else "normal")
    except ImproperlyConfigured:
        tables = ()
    ems = 0.0
    for char in text:
        code = ord(char)
        for advances, units in tables:
            if code in advances:
                ems += advances[code] / units
                break
        else:
            ems += _FALLBACK_EM
    return ems * size_pt * 25.4 / 72
