""" "Lịch sử" links for any page: {% load history_tags %}{% history_button obj %}.

The button opens the object's history in an offcanvas panel (htmx), or the full history page
when scripts are off. It renders nothing for a type that has no registered history.
"""

from django import template

from eiso.core import history

register = template.Library()


@register.simple_tag
def history_url(obj) -> str:
    """The URL of `obj`'s history page ("" if its type is not registered)."""
    return history.url_for(obj) if obj is not None else ""


@register.inclusion_tag("core/history_offcanvas.html")
def history_button(obj, label: str = "") -> dict:
    url = history.url_for(obj) if obj is not None else ""
    return {"history_url": url, "label": label}
