"""Presentation helpers of the search results."""

from __future__ import annotations

from django import template

register = template.Library()

_CLASSES = {
    "effective": "bg-green-lt",
    "in_force": "bg-green-lt",
    "active": "bg-green-lt",
    "draft": "bg-yellow-lt",
    "submitted": "bg-azure-lt",
    "reviewed": "bg-azure-lt",
    "approved": "bg-blue-lt",
    "amended": "bg-orange-lt",
}


@register.filter
def state_class(state: str) -> str:
    """Badge colour of an entry's state: in force green, in progress yellow/blue, ended grey."""
    return _CLASSES.get(state, "bg-secondary-lt")
