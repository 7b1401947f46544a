"""Forms of the standards pages."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from eiso.organizations.forms import TabledForm
from eiso.standards.models import StandardEdition

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


class EditionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.code


class ISOUnitEditionForm(TabledForm):
    edition = EditionChoiceField(
        label=_("Edition of the standard"),
        queryset=StandardEdition.objects.order_by("-year"),
        error_messages={
            "required": _("Choose the edition of the standard."),
            "invalid_choice": _("Choose one of the editions in the list."),
        },
    )
    since = forms.DateField(
        label=_("Since"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
        help_text=_("When the QMS started following this edition (empty: today)."),
        error_messages={"invalid": _("Enter the date as dd/mm/yyyy, e.g. 15/03/2019.")},
    )
