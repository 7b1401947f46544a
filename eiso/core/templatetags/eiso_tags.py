"""Template helpers available in every template (registered as builtins)."""

from functools import lru_cache
from pathlib import Path

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

_ICON_DIR = Path(settings.BASE_DIR) / "static" / "vendor" / "icons" / "outline"


@lru_cache(maxsize=512)
def _icon_svg(name: str) -> str:
    path = _ICON_DIR / f"{name}.svg"
    if not name.replace("-", "").isalnum() or not path.is_file():
        return ""
    svg = path.read_text(encoding="utf-8")
    # Drop the XML whitespace and mark the icon decorative for screen readers.
    svg = " ".join(svg.split()).replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)
    return svg


@register.simple_tag
def icon(name: str) -> str:
    """Inline a Tabler outline icon, e.g. {% icon "bell" %}."""
    return mark_safe(_icon_svg(name))  # noqa: S308  (file content from the pinned npm package)


@register.simple_tag(takes_context=True)
def querystring_replace(context, **kwargs) -> str:
    """The current query string with some parameters replaced (for pagination and sorting)."""
    query = context["request"].GET.copy()
    for key, value in kwargs.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return format_html("?{}", query.urlencode())
