"""Template helpers of the distribution pages."""

from __future__ import annotations

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, param: str, number: int) -> str:
    """The current query string with one named page parameter replaced (several paginated
    sections on one page)."""
    query = context["request"].GET.copy()
    query[param] = number
    return format_html("?{}", query.urlencode())
