"""`{{ value|num }}`: a decimal as Vietnamese write it (98,5; 100), no trailing zeros."""

from django import template

from eiso.objectives.models import format_number

register = template.Library()


@register.filter
def num(value) -> str:
    return format_number(value)
