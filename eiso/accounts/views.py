"""Account pages: login/logout, password change and reset, profile, agency switch, API tokens."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eiso.accounts import selectors, services, tokens
from eiso.accounts.forms import (
    LoginForm,
    PasswordChangeForm,
    PasswordResetForm,
    ProfileForm,
    SetPasswordForm,
    TokenCreateForm,
)
from eiso.core.errors import DomainError


def _set_language(response, language: str) -> None:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


def _safe_next(request, *candidates: str | None) -> str:
    """The first candidate that is a URL on this site, else "My work"."""
    for url in candidates:
        if url and url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return url
    return reverse(settings.LOGIN_REDIRECT_URL)


def _apply_domain_error(form, error: DomainError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, str(error.message))


# Login and logout ---------------------------------------------------------------------------
class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        user = form.get_user()
        services.user_record_login(user=user)
        if user.language in dict(settings.LANGUAGES):
            _set_language(response, user.language)
        return response


class LogoutView(auth_views.LogoutView):
    """POST only (Django's LogoutView answers GET with 405)."""

    next_page = "accounts:login"  # a URL name: the view passes it through resolve_url()

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, _("You have been logged out."))
        return response


# Passwords ----------------------------------------------------------------------------------
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = PasswordChangeForm
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password has been changed."))
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    form_class = PasswordResetForm
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        # Read at request time so links follow the configured address of the installation.
        self.extra_email_context = {"site_url": settings.SITE_URL.rstrip("/")}
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = SetPasswordForm
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


# Profile ------------------------------------------------------------------------------------
def _profile_context(user, form) -> dict:
    return {
        "form": form,
        "memberships": selectors.own_memberships(user),
        "grants": selectors.own_role_grants(user),
    }


@login_required
def profile(request):
    user = request.user
    if request.method != "POST":
        form = ProfileForm(initial=ProfileForm.initial_for(user))
        return render(request, "accounts/profile.html", _profile_context(user, form))
    form = ProfileForm(request.POST)
    if form.is_valid():
        try:
            services.user_update_profile(actor=user, user=user, **form.cleaned_data)
        except DomainError as error:
            _apply_domain_error(form, error)
        else:
            translation.activate(user.language)
            request.LANGUAGE_CODE = user.language
            messages.success(request, _("Your profile has been saved."))
            response = redirect("accounts:profile")
            _set_language(response, user.language)
            return response
    return render(request, "accounts/profile.html", _profile_context(user, form))


# Agency switcher ----------------------------------------------------------------------------
@require_POST
@login_required
def switch_agency(request):
    """Raises PermissionDenied (→ 403) for an agency the user does not belong to."""
    agency = services.user_switch_agency(actor=request.user, agency_id=request.POST.get("agency"))
    messages.success(request, _("You are now working in %(agency)s.") % {"agency": agency.name})
    return HttpResponseRedirect(
        _safe_next(request, request.POST.get("next"), request.headers.get("Referer"))
    )


# API tokens ---------------------------------------------------------------------------------
def _tokens_page(request, form, *, new_secret: str | None = None, new_token=None, status=200):
    paginator = Paginator(selectors.own_tokens(request.user), settings.EISO_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    rows = [(token, tokens.token_status(token)) for token in page.object_list]
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "new_secret": new_secret,
        "new_token": new_token,
    }
    return render(request, "accounts/api_tokens.html", context, status=status)


@login_required
def api_tokens(request):
    if request.method != "POST":
        return _tokens_page(request, TokenCreateForm())
    form = TokenCreateForm(request.POST)
    if form.is_valid():
        try:
            token, secret = tokens.create_token(
                actor=request.user, name=form.cleaned_data["name"], expires_at=form.expires_at()
            )
        except DomainError as error:
            _apply_domain_error(form, error)
        else:
            # The secret is rendered in this response only; it is never stored or redirected.
            response = _tokens_page(request, TokenCreateForm(), new_secret=secret, new_token=token)
            response["Cache-Control"] = "no-store"
            return response
    return _tokens_page(request, form)


@require_POST
@login_required
def api_token_revoke(request, token_id):
    token = selectors.get_own_token_or_404(request.user, token_id)
    try:
        tokens.revoke_token(actor=request.user, token=token)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(
            request, _("The token “%(name)s” has been revoked.") % {"name": token.name}
        )
    return redirect("accounts:api_tokens")
