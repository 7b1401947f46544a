from django import forms
from django.utils.translation import gettext_lazy as _

from eiso.notifications.kinds import all_kinds
from eiso.notifications.models import EmailMode


class PreferencesForm(forms.Form):
    """One radio group per registered kind: immediately / in the daily digest / never."""

    def __init__(self, *args, modes: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind in all_kinds():
            self.fields[kind.code] = forms.ChoiceField(
                label=kind.label,
                choices=EmailMode.choices,
                initial=modes.get(kind.code, kind.default_email_mode),
                widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
                error_messages={
                    "required": _("Choose how to receive this kind of notification."),
                    "invalid_choice": _("Choose one of the offered options."),
                },
            )

    def modes(self) -> dict[str, str]:
        return dict(self.cleaned_data)
