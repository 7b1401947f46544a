"""Template helpers of the document pages."""

from django import template

register = template.Library()

STATE_CLASSES = {
    "draft": "bg-secondary-lt",
    "submitted": "bg-azure-lt",
    "reviewed": "bg-indigo-lt",
    "approved": "bg-teal-lt",
    "effective": "bg-green-lt",
    "superseded": "bg-muted-lt",
    "withdrawn": "bg-red-lt",
}


@register.filter
def state_class(state: str) -> str:
    return STATE_CLASSES.get(str(state), "bg-secondary-lt")
