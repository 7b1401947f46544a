from django.conf import settings


def eiso(request):
    """Values every page needs: the user's agencies for the switcher and the unread count."""
    context = {"EISO_PRODUCTION": settings.PRODUCTION}
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from eiso.notifications.selectors import unread_count
        from eiso.organizations.selectors import switchable_agencies

        context["switch_agencies"] = switchable_agencies(user)
        context["active_agency"] = getattr(request, "active_agency", None) or user.active_agency
        context["unread_notifications"] = unread_count(user)
    return context
