"""Forms of the accounts pages. Passwords are never sent back to the browser on error."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.accounts import services
from eiso.accounts.models import LANGUAGE_CHOICES, User


class StyledFormMixin(forms.BaseForm):
    """Tabler/Bootstrap classes on widgets, and `is-invalid` on fields with errors.

    Put it before the form class it styles (`class LoginForm(StyledFormMixin, AuthenticationForm)`).
    """

    def _style_widgets(self) -> None:
        for field in self.fields.values():
            widget = field.widget
            css = "form-select" if isinstance(widget, forms.Select) else "form-control"
            existing = widget.attrs.get("class", "")
            if css not in existing.split():
                widget.attrs["class"] = f"{existing} {css}".strip()

    def add_error(self, field, error) -> None:
        # Every error (field cleaning, form clean, service DomainError) passes through here.
        super().add_error(field, error)
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                classes = widget.attrs.get("class", "").split()
                if "is-invalid" not in classes:
                    widget.attrs["class"] = " ".join([*classes, "is-invalid"])
                widget.attrs["aria-invalid"] = "true"


class LoginForm(StyledFormMixin, auth_forms.AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "The username or password is incorrect. Check them (capital letters matter) and try again."
        ),
        "inactive": _("This account has been deactivated. Contact your system administrator."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Username")
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "username", "autocapitalize": "none"}
        )
        self.fields["password"].label = _("Password")
        if self.is_bound and (self.data.get("username") or "").strip():
            # Shown again after a failed attempt: the username is kept, retype the password.
            self.fields["username"].widget.attrs.pop("autofocus", None)
            self.fields["password"].widget.attrs["autofocus"] = True
        self._style_widgets()


PASSWORD_MISMATCH = _("The two new passwords do not match.")


class PasswordChangeForm(StyledFormMixin, auth_forms.PasswordChangeForm):
    error_messages = {
        **auth_forms.PasswordChangeForm.error_messages,
        "password_mismatch": PASSWORD_MISMATCH,
        "password_incorrect": _("The current password is not correct. Enter it again."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = _("Current password")
        self._style_widgets()

    def save(self, commit: bool = True) -> User:
        return services.user_set_password(
            actor=self.user, user=self.user, password=self.cleaned_data["new_password1"]
        )


class SetPasswordForm(StyledFormMixin, auth_forms.SetPasswordForm):
    """The form behind an e-mailed reset link."""

    error_messages = {
        **auth_forms.SetPasswordForm.error_messages,
        "password_mismatch": PASSWORD_MISMATCH,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._style_widgets()

    def save(self, commit: bool = True) -> User:
        return services.user_set_password(
            actor=None, user=self.user, password=self.cleaned_data["new_password1"], reset=True
        )


class PasswordResetForm(StyledFormMixin, auth_forms.PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("E-mail address")
        self._style_widgets()


class ProfileForm(StyledFormMixin, forms.Form):
    """A plain form (not a ModelForm) so the user object is only changed by the service."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    position = forms.CharField(label=_("Position"), max_length=150, required=False)
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self._style_widgets()

    @classmethod
    def initial_for(cls, user: User) -> dict:
        return {name: getattr(user, name) for name in cls.base_fields}


class TokenCreateForm(StyledFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. “Reporting server”."),
    )
    expires_on = forms.DateField(
        label=_("Expires on"),
        required=False,
        help_text=_(
            "Leave empty for a token that does not expire. It stops working after this day."
        ),
        # A text field as on every other form: a native date picker shows the browser's own
        # format (mm/dd/yyyy in an English browser) instead of dd/mm/yyyy.
        widget=forms.DateInput(
            format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "autocomplete": "off"}
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._style_widgets()

    def clean_expires_on(self):
        value = self.cleaned_data.get("expires_on")
        if value is not None and value < timezone.localdate():
            raise forms.ValidationError(_("The expiry date must be today or later."))
        return value

    def expires_at(self) -> dt.datetime | None:
        """End of the chosen day in the installation's time zone."""
        value = self.cleaned_data.get("expires_on")
        if value is None:
            return None
        return timezone.make_aware(dt.datetime.combine(value, dt.time(23, 59, 59)))
