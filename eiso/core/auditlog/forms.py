"""The audit-log filter form (GET): every field optional, dates dd/mm/yyyy."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from eiso.core import audit, history

DATE_INPUT = ["%d/%m/%Y"]


class AuditLogFilterForm(forms.Form):
    actor = forms.CharField(
        label=_("Actor"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": _("Name or username")}),
    )
    action = forms.ChoiceField(label=_("Action"), required=False)
    object_type = forms.ChoiceField(label=_("Object type"), required=False)
    agency = forms.CharField(
        label=_("Agency"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": _("Name or abbreviation")}),
    )
    date_from = forms.DateField(
        label=_("From date"),
        required=False,
        input_formats=DATE_INPUT,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
    )
    date_to = forms.DateField(
        label=_("To date"),
        required=False,
        input_formats=DATE_INPUT,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
    )
    q = forms.CharField(
        label=_("Object name"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"placeholder": _("Part of the object's name")}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        actions = sorted(audit.registered_actions().items(), key=lambda item: item[1].lower())
        self.fields["action"].choices = [("", _("All actions")), *actions]
        types = [(t, history.object_type_label(t)) for t in history.registered_types()]
        types.sort(key=lambda item: item[1].lower())
        self.fields["object_type"].choices = [("", _("All object types")), *types]
        for field in self.fields.values():
            css = "form-select" if isinstance(field, forms.ChoiceField) else "form-control"
            field.widget.attrs.setdefault("class", css)

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return cleaned

    def filters(self) -> dict:
        """The valid filter values (an invalid field is ignored and shown with its error)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} is-invalid".strip()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "")}
