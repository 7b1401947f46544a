"""Static assets of a page: what a first load transfers, and hashed names in production.

A first load is the compressed HTML (gzip, as the reverse proxy sends it) plus every stylesheet and
script the page references, compressed as production serves them: WhiteNoise's compressed
manifest storage writes a Brotli (.br) and a gzip copy of each and sends Brotli to browsers that
accept it (all current ones); `total_gzip_bytes` is the figure for a gzip-only client. Fonts the
stylesheets reference are counted as they are (woff2 is already compressed; a browser fetches only
the subsets a page's text needs, so counting every referenced font is an upper bound).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.contrib.staticfiles import finders

_LINK = re.compile(rb'<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"')
_SCRIPT = re.compile(rb'<script[^>]+src="([^"]+)"')
_CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')]+)[\"']?\s*\)")


def _static_name(url: str) -> str | None:
    url = url.split("?")[0].split("#")[0]
    if not url.startswith(settings.STATIC_URL):
        return None
    return url[len(settings.STATIC_URL) :]


@lru_cache(maxsize=256)
def _file(name: str) -> bytes | None:
    path = finders.find(name)
    return Path(path).read_bytes() if path else None


@lru_cache(maxsize=256)
def _gzip_size(name: str) -> int:
    content = _file(name)
    return len(gzip.compress(content, compresslevel=6)) if content else 0


@lru_cache(maxsize=256)
def _brotli_size(name: str) -> int:
    content = _file(name)
    if not content:
        return 0
    try:
        import brotli
    except ImportError:  # WhiteNoise then writes gzip copies only
        return _gzip_size(name)
    return len(brotli.compress(content))


@lru_cache(maxsize=64)
def _fonts_of(css_name: str) -> tuple[str, ...]:
    content = _file(css_name)
    if not content:
        return ()
    base = PurePosixPath(css_name).parent
    fonts = []
    for ref in _CSS_URL.findall(content.decode("utf-8", "replace")):
        if ref.startswith(("data:", "http:", "https:", "//")):
            continue
        name = os.path.normpath(str(base / ref.split("?")[0].split("#")[0])).replace(os.sep, "/")
        if name.endswith((".woff2", ".woff", ".ttf", ".otf")) and _file(name) is not None:
            fonts.append(name)
    return tuple(dict.fromkeys(fonts))


def first_load(html: bytes, html_gzip_bytes: int) -> dict:
    """Bytes a browser with an empty cache transfers for this page (all compressed)."""
    styles = [n for n in map(_static_name, _decode(_LINK.findall(html))) if n]
    scripts = [n for n in map(_static_name, _decode(_SCRIPT.findall(html))) if n]
    fonts = list(dict.fromkeys(font for css in styles for font in _fonts_of(css)))
    css = sum(_gzip_size(name) for name in styles)
    js = sum(_gzip_size(name) for name in scripts)
    css_br = sum(_brotli_size(name) for name in styles)
    js_br = sum(_brotli_size(name) for name in scripts)
    font_bytes = sum(len(_file(name) or b"") for name in fonts)
    return {
        "html_gzip": html_gzip_bytes,
        "css_gzip": css,
        "js_gzip": js,
        "css_brotli": css_br,
        "js_brotli": js_br,
        "fonts": font_bytes,
        "total_bytes": html_gzip_bytes + css_br + js_br + font_bytes,
        "total_gzip_bytes": html_gzip_bytes + css + js + font_bytes,
        "files": len(styles) + len(scripts) + len(fonts),
    }


def _decode(values: list[bytes]) -> list[str]:
    return [value.decode("utf-8", "replace").replace("&amp;", "&") for value in values]


def production_storage() -> str:
    """The staticfiles backend the settings choose with EISO_ENV=production (a subprocess)."""
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['staticfiles']['BACKEND'])"
    )
    env = {
        **os.environ,
        "EISO_ENV": "production",
        "DEBUG": "0",
        "SECRET_KEY": "bench-" + "k" * 60,
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-c", code],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.stdout.strip() or f"error: {result.stderr.strip()[-300:]}"


def hashed_names(referenced: list[str]) -> dict:
    """collectstatic with the production storage into a temporary directory; the manifest must
    give every referenced asset a content-hashed name (so it can be cached for a year)."""
    backend = production_storage()
    with tempfile.TemporaryDirectory() as root:
        code = (
            "import django; django.setup(); from django.core.management import call_command; "
            "call_command('collectstatic', interactive=False, verbosity=0)"
        )
        env = {
            **os.environ,
            "EISO_ENV": "production",
            "DEBUG": "0",
            "SECRET_KEY": "bench-" + "k" * 60,
            "STATIC_ROOT": root,
            "SECURE_SSL_REDIRECT": "0",
            "DJANGO_SETTINGS_MODULE": "config.settings",
        }
        done = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
            [sys.executable, "-c", code],
            env=env,
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        manifest_path = Path(root) / "staticfiles.json"
        paths = json.loads(manifest_path.read_text())["paths"] if manifest_path.exists() else {}
    error = "" if done.returncode == 0 else done.stderr.strip()[-600:]
    mapped = {name: paths.get(name, "") for name in referenced}
    hashed = {name: bool(target) and target != name for name, target in mapped.items()}
    return {
        "production_backend": backend,
        "manifest_entries": len(paths),
        "assets": mapped,
        "all_hashed": bool(mapped) and all(hashed.values()),
        "collectstatic_error": error,
    }


def referenced_assets(html: bytes) -> list[str]:
    """Static names a page references: stylesheets, scripts and the fonts they load."""
    styles = [n for n in map(_static_name, _decode(_LINK.findall(html))) if n]
    scripts = [n for n in map(_static_name, _decode(_SCRIPT.findall(html))) if n]
    fonts = [font for css in styles for font in _fonts_of(css)]
    return list(dict.fromkeys([*styles, *scripts, *fonts]))
