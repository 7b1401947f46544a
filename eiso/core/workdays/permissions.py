"""Who may see and change the working-day calendar. Deny by default.

System administrators only: a global administrator for the whole country and every province, a
province administrator for the exceptions of their province(s); the latter also sees (but may not
change) the nationwide exceptions that apply to them.
"""

from __future__ import annotations

import uuid

from django.db.models import Q, QuerySet

from eiso.core.models import CalendarException
from eiso.organizations.access import access_for
from eiso.organizations.models import Province


def can_view_calendar(user) -> bool:
    access = access_for(user)
    return access.global_admin or bool(access.admin_provinces)


def can_manage_scope(user, province_id: uuid.UUID | None) -> bool:
    """May add/change exceptions for the whole country (None) or for one province."""
    access = access_for(user)
    if province_id is None:
        return access.global_admin
    return access.administers_province(province_id)


def can_manage_exception(user, exception: CalendarException) -> bool:
    return can_manage_scope(user, exception.province_id)


def manageable_provinces(user) -> QuerySet[Province]:
    """Provinces whose own exceptions the user may change."""
    access = access_for(user)
    if access.global_admin:
        return Province.objects.filter(is_active=True)
    return Province.objects.filter(id__in=access.admin_provinces)


def visible_exceptions(user) -> QuerySet[CalendarException]:
    access = access_for(user)
    if access.global_admin:
        return CalendarException.objects.all()
    if access.admin_provinces:
        return CalendarException.objects.filter(
            Q(province__isnull=True) | Q(province_id__in=access.admin_provinces)
        )
    return CalendarException.objects.none()
