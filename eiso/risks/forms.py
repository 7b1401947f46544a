"""Forms of the risk pages. They parse input; the services check the domain rules."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.organizations.forms import TabledForm, UnitChoiceField
from eiso.risks.matrix import MatrixConfig
from eiso.risks.models import (
    IssueCategory,
    RiskKind,
    RiskLevel,
    RiskStatus,
    Scope,
    Swot,
    TreatmentStatus,
)

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
DATE_ERRORS = {"invalid": _("Enter the date as dd/mm/yyyy, e.g. 31/12/2026.")}

LIKELIHOOD_LABELS = {
    1: _("Rare"),
    2: _("Unlikely"),
    3: _("Possible"),
    4: _("Likely"),
    5: _("Almost certain"),
}
IMPACT_LABELS = {
    1: _("Negligible"),
    2: _("Minor"),
    3: _("Moderate"),
    4: _("Major"),
    5: _("Severe"),
}


def rating_choices(size: int, labels: dict, *, blank: bool = False) -> list:
    choices: list = [("", "—")] if blank else []
    for value in range(1, size + 1):
        label = labels.get(value) if size == 5 else None
        choices.append((str(value), f"{value} – {label}" if label else str(value)))
    return choices


def _date_field(label, *, required: bool = False, help_text=None, required_message=None):
    errors = dict(DATE_ERRORS)
    if required_message:
        errors["required"] = required_message
    return forms.DateField(
        label=label,
        required=required,
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
        help_text=help_text,
        error_messages=errors,
    )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.full_name or obj.username


class IssueChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"[{obj.get_swot_display()}] {obj.description[:90]}"


class ProcedureChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.code} {obj.title}"[:150]


class RiskFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *RiskKind.choices]
    )
    level = forms.ChoiceField(
        label=pgettext_lazy("risk", "Level"),
        required=False,
        choices=[("", pgettext_lazy("risk", "All levels")), *RiskLevel.choices],
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("open", RiskStatus.OPEN.label),
            ("closed", RiskStatus.CLOSED.label),
            ("all", _("All")),
        ],
    )
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    likelihood = forms.IntegerField(required=False, min_value=1, max_value=10)
    impact = forms.IntegerField(required=False, min_value=1, max_value=10)
    residual = forms.BooleanField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("kind", "level", "status"):
            self.fields[name].widget.attrs["class"] = "form-select"
        self.fields["q"].widget.attrs.update(
            {"class": "form-control", "placeholder": _("Title, description, process")}
        )


class RiskForm(TabledForm):
    kind = forms.ChoiceField(label=_("Type"), choices=RiskKind.choices)
    title = forms.CharField(
        label=_("Risk or opportunity"),
        max_length=255,
        help_text=_("One sentence, e.g. “Hồ sơ TTHC trễ hạn do thiếu nhân sự bộ phận một cửa”."),
        error_messages={"required": _("Write the risk or opportunity.")},
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Causes and consequences."),
    )
    unit = UnitChoiceField(
        label=_("Unit"),
        queryset=None,
        required=False,
        empty_label=_("The whole agency"),
        error_messages={"invalid_choice": _("Choose a unit you may manage risks for.")},
    )
    procedure = ProcedureChoiceField(
        label=_("Documented procedure"),
        queryset=None,
        required=False,
        empty_label="—",
        help_text=_("The agency's documented procedure concerned, if any."),
        error_messages={"invalid_choice": _("Choose a procedure of this agency.")},
    )
    process = forms.CharField(
        label=pgettext_lazy("risk", "Process"),
        max_length=255,
        required=False,
        help_text=_("Or name a process that has no documented procedure."),
    )
    source_issue = IssueChoiceField(
        label=_("Arising from issue"), queryset=None, required=False, empty_label="—"
    )
    source_party: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Arising from interested party"), queryset=None, required=False, empty_label="—"
    )
    likelihood = forms.TypedChoiceField(
        label=_("Likelihood"),
        coerce=int,
        choices=(),
        error_messages={"required": _("Choose the likelihood.")},
    )
    impact = forms.TypedChoiceField(
        label=_("Impact"),
        coerce=int,
        choices=(),
        error_messages={"required": _("Choose the impact.")},
    )
    residual_likelihood = forms.TypedChoiceField(
        label=_("Residual likelihood"),
        coerce=int,
        empty_value=None,
        required=False,
        choices=(),
        help_text=_("After the treatment actions; leave empty until they are in place."),
    )
    residual_impact = forms.TypedChoiceField(
        label=_("Residual impact"), coerce=int, empty_value=None, required=False, choices=()
    )
    owner = PersonChoiceField(label=_("Risk owner"), queryset=None, required=False, empty_label="—")
    review_date = _date_field(_("Next review"))
    status = forms.ChoiceField(label=_("Status"), choices=RiskStatus.choices, required=False)

    def __init__(
        self,
        *args,
        units,
        issues,
        parties,
        people,
        procedures,
        matrix: MatrixConfig,
        editing: bool,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["unit"].queryset = units
        fields["source_issue"].queryset = issues
        fields["source_party"].queryset = parties
        fields["owner"].queryset = people
        fields["procedure"].queryset = procedures
        l_size, i_size = matrix.likelihood_levels, matrix.impact_levels
        fields["likelihood"].choices = rating_choices(l_size, LIKELIHOOD_LABELS, blank=True)
        fields["impact"].choices = rating_choices(i_size, IMPACT_LABELS, blank=True)
        fields["residual_likelihood"].choices = rating_choices(
            l_size, LIKELIHOOD_LABELS, blank=True
        )
        fields["residual_impact"].choices = rating_choices(i_size, IMPACT_LABELS, blank=True)
        if not editing:
            del self.fields["status"]


class TreatmentForm(TabledForm):
    action = forms.CharField(
        label=pgettext_lazy("treatment", "Action"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Describe the action.")},
    )
    owner = PersonChoiceField(
        label=_("Person responsible"),
        queryset=None,
        error_messages={"required": _("Choose the person responsible.")},
    )
    due_date = _date_field(_("Due date"), required=True, required_message=_("Enter the due date."))
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["owner"].queryset = people


class TreatmentStatusForm(TabledForm):
    status = forms.ChoiceField(label=_("Status"), choices=TreatmentStatus.choices)
    note = forms.CharField(label=_("Note"), required=False, max_length=2000)


class IssueForm(TabledForm):
    scope = forms.ChoiceField(label=_("Internal or external"), choices=Scope.choices)
    swot = forms.ChoiceField(label=_("SWOT"), choices=Swot.choices)
    category = forms.ChoiceField(label=_("Category"), choices=IssueCategory.choices)
    description = forms.CharField(
        label=pgettext_lazy("context", "Issue"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Describe the issue.")},
    )
    is_active = forms.BooleanField(label=_("Still relevant"), required=False, initial=True)


class PartyForm(TabledForm):
    name = forms.CharField(
        label=_("Interested party"),
        max_length=255,
        error_messages={"required": _("Name the interested party.")},
    )
    scope = forms.ChoiceField(label=_("Internal or external"), choices=Scope.choices)
    needs = forms.CharField(
        label=_("Needs and expectations"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write what they need and expect.")},
    )
    monitoring = forms.CharField(
        label=_("How they are monitored"),
        max_length=255,
        required=False,
        help_text=_("e.g. satisfaction survey, feedback box, reports to the People's Committee."),
    )
    is_active = forms.BooleanField(label=_("Still relevant"), required=False, initial=True)


class MatrixForm(TabledForm):
    likelihood_levels = forms.IntegerField(label=_("Likelihood levels"))
    impact_levels = forms.IntegerField(label=_("Impact levels"))
    medium_from = forms.IntegerField(label=_("“Medium” from score"))
    high_from = forms.IntegerField(label=_("“High” from score"))
    very_high_from = forms.IntegerField(label=_("“Very high” from score"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["required"] = _("Enter a whole number.")
            field.error_messages["invalid"] = _("Enter a whole number.")
