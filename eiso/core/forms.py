"""Forms of the core screens: the working-day calendar."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from eiso.core.models import CalendarException
from eiso.core.workdays.permissions import manageable_provinces
from eiso.organizations.access import access_for
from eiso.organizations.models import Province

DATE_INPUT_FORMAT = "%d/%m/%Y"


class CalendarExceptionForm(forms.Form):
    """A working day or a day off; the province choices are those the user may manage.

    A global administrator may leave the province empty (the whole country); a province
    administrator must choose one of their provinces.
    """

    date = forms.DateField(
        label=_("Date"),
        input_formats=[DATE_INPUT_FORMAT],
        widget=forms.DateInput(
            format=DATE_INPUT_FORMAT,
            attrs={"class": "form-control", "placeholder": "dd/mm/yyyy", "autocomplete": "off"},
        ),
        error_messages={
            "required": _("Enter the date."),
            "invalid": _("Enter the date as dd/mm/yyyy, e.g. 31/08/2026."),
        },
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=CalendarException.Kind.choices,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        error_messages={"required": _("Choose whether the date is a working day or a day off.")},
    )
    province = forms.ModelChoiceField(
        label=_("Applies to"),
        queryset=Province.objects.none(),
        required=False,
        empty_label=_("The whole country"),
        widget=forms.Select(attrs={"class": "form-select"}),
        error_messages={"invalid_choice": _("Choose a province you administer.")},
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=255,
        help_text=_("Why: e.g. the decision or announcement that sets this day."),
        widget=forms.TextInput(attrs={"class": "form-control"}),
        error_messages={
            "required": _("Say why (e.g. the decision that sets this day)."),
            "max_length": _("The note is too long (at most 255 characters)."),
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        province_field = self.fields["province"]
        province_field.queryset = manageable_provinces(user).order_by("name")
        if not access_for(user).global_admin:
            province_field.required = True
            province_field.empty_label = None
            province_field.error_messages["required"] = _("Choose the province.")

    @classmethod
    def initial_for(cls, exception: CalendarException) -> dict:
        return {
            "date": exception.date,
            "kind": exception.kind,
            "province": exception.province_id,
            "note": exception.note,
        }
