"""Small template helpers of the accounts pages."""

import datetime as dt

from django import template

register = template.Library()


@register.filter
def minutes(value) -> int:
    """Whole minutes of a timedelta, rounded up (a lockout of 14 min 30 s reads "15 minutes")."""
    if not isinstance(value, dt.timedelta):
        return 0
    seconds = int(value.total_seconds())
    return max(0, -(-seconds // 60))
