"""Background jobs of the organisation domain (thin wrappers taking ids)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_tasks import task

from eiso.organizations.models import Agency


def password_set_link(user) -> tuple[str, bool]:
    """(link, is_direct): a one-time password-set link, or the login page if none is routed."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    try:
        path = reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token})
        return settings.SITE_URL.rstrip("/") + path, True
    except NoReverseMatch:
        return settings.SITE_URL.rstrip("/") + reverse("accounts:login"), False


@task(queue_name="email")
def send_invitation(user_id: str, agency_id: str, inviter: str) -> None:
    """E-mail a new person a link to set their password, in their language."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    agency = Agency.objects.filter(pk=agency_id).first()
    if user is None or agency is None or not user.email:
        return
    with translation.override(user.language or settings.LANGUAGE_CODE):
        link, direct = password_set_link(user)
        context = {
            "user": user,
            "agency": agency,
            "inviter": inviter,
            "link": link,
            "direct": direct,
            "site_url": settings.SITE_URL,
        }
        subject = _("Your eiso account at %(agency)s") % {"agency": agency.name}
        body = render_to_string("organizations/email/invitation.txt", context)
    send_mail(subject, body, None, [user.email])
