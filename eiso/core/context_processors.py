from django.conf import settings


def eiso(request):
    """Values every page needs: the user's agencies for the switcher and the unread count."""
    context = {"EISO_PRODUCTION": settings.PRODUCTION}
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from eiso.notifications.selectors import unread_count
        from eiso.organizations.access import access_for
        from eiso.organizations.selectors import switchable_agencies

        access = access_for(user)
        context["nav_admin"] = access.global_admin or bool(access.admin_provinces)
        context["nav_overseer"] = bool(access.overseer_provinces or access.inspector_provinces)

        # The switcher shows only when there is something to switch to.
        context["switch_agencies"] = (
            switchable_agencies(user) if len(access.agency_ids()) > 1 else []
        )
        context["active_agency"] = getattr(request, "active_agency", None) or user.active_agency
        context["unread_notifications"] = unread_count(user)
    return context
