"""Forms of the objective pages. They parse input; the services check the domain rules."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from eiso.objectives import sources
from eiso.objectives.models import Comparator, Frequency, Result, Status
from eiso.organizations.forms import TabledForm, UnitChoiceField

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
NUMBER_HELP = _("A number, e.g. 95 or 12,5.")


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.full_name or obj.username


class ObjectiveChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.statement


class ObjectiveForm(TabledForm):
    year = forms.IntegerField(
        label=_("Year"),
        min_value=2000,
        max_value=2100,
        help_text=_("For a school year, the year it starts in (2025 for 2025–2026)."),
        error_messages={"required": _("Enter the year."), "invalid": _("Enter a year.")},
    )
    unit = UnitChoiceField(
        label=_("Unit"),
        queryset=None,
        required=False,
        empty_label=_("The whole agency"),
        error_messages={"invalid_choice": _("Choose a unit you may set objectives for.")},
    )
    parent = ObjectiveChoiceField(
        label=_("Contributes to agency objective"),
        queryset=None,
        required=False,
        empty_label="—",
    )
    statement = forms.CharField(
        label=_("Objective"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Write the objective.")},
    )
    indicator = forms.CharField(
        label=_("Indicator"),
        max_length=255,
        help_text=_("What is measured, e.g. “Tỷ lệ hồ sơ giải quyết đúng hạn”."),
        error_messages={"required": _("Name the indicator that is measured.")},
    )
    comparator = forms.ChoiceField(label=_("Comparator"), choices=Comparator.choices)
    target = forms.CharField(
        label=_("Target value"),
        max_length=20,
        help_text=NUMBER_HELP,
        error_messages={"required": _("Enter the target value.")},
    )
    measure_unit = forms.CharField(
        label=_("Unit of measure"),
        max_length=30,
        initial="%",
        help_text=_("%, ngày, hồ sơ, …"),
        error_messages={"required": _("Enter the unit of measure (%, ngày, hồ sơ…).")},
    )
    frequency = forms.ChoiceField(label=_("Measurement frequency"), choices=Frequency.choices)
    data_source = forms.ChoiceField(label=_("Data source"), choices=())
    responsible_unit = UnitChoiceField(
        label=_("Responsible unit"), queryset=None, required=False, empty_label="—"
    )
    responsible_person = PersonChoiceField(
        label=_("Responsible person"), queryset=None, required=False, empty_label="—"
    )
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=999, required=False)

    def __init__(self, *args, units, all_units, parents, people, editing: bool = False, **kw):
        super().__init__(*args, **kw)
        fields: dict[str, Any] = self.fields
        fields["unit"].queryset = units
        fields["responsible_unit"].queryset = all_units
        fields["parent"].queryset = parents
        fields["responsible_person"].queryset = people
        fields["data_source"].choices = sources.choices()
        if editing:
            del self.fields["year"]


class ActionForm(TabledForm):
    action = forms.CharField(
        label=_("What will be done"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say what will be done.")},
    )
    resources = forms.CharField(label=_("Resources"), max_length=255, required=False)
    responsible = forms.CharField(
        label=_("Who"), max_length=255, error_messages={"required": _("Say who does it.")}
    )
    timeframe = forms.CharField(
        label=_("When"),
        max_length=100,
        help_text=_("e.g. “Quý I/2026”, “Thường xuyên”, “Trước 30/6/2026”."),
        error_messages={"required": _("Say when it is done.")},
    )
    evaluation_method = forms.CharField(
        label=_("How the result is evaluated"),
        max_length=255,
        error_messages={"required": _("Say how the result is evaluated.")},
    )
    order = forms.IntegerField(label=_("Order"), min_value=0, max_value=999, required=False)


class MeasurementForm(TabledForm):
    measured_on = forms.DateField(
        label=_("Date"),
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
        error_messages={
            "required": _("Enter the date of the measurement."),
            "invalid": _("Enter the date as dd/mm/yyyy, e.g. 31/03/2026."),
        },
    )
    value = forms.CharField(
        label=_("Value"),
        max_length=20,
        help_text=NUMBER_HELP,
        error_messages={"required": _("Enter the measured value.")},
    )
    evidence = forms.FileField(
        label=_("Evidence file"),
        required=False,
        help_text=_("PDF, DOCX, XLSX, JPG or PNG."),
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class EvaluationForm(TabledForm):
    result = forms.ChoiceField(
        label=_("Result"),
        choices=Result.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose achieved or not achieved.")},
    )
    actual_value = forms.CharField(
        label=_("Result value"),
        max_length=20,
        required=False,
        help_text=_("Empty: the latest measured value."),
    )
    explanation = forms.CharField(
        label=_("Explanation"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["result"].widget.attrs["class"] = "form-check-input"


class ReturnForm(TabledForm):
    comment = forms.CharField(
        label=_("What should be changed"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say what should be changed.")},
    )


class ListFilterForm(TabledForm):
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=(("", _("All")), ("agency", _("Agency")), ("unit", _("Units"))),
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=(("", _("All")), *Status.choices)
    )
