"""Forms of the nonconformity pages. They parse input; the services check the domain rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.nonconformities.models import WHY_COUNT, ProposalState, Severity, Source, State
from eiso.organizations.forms import TabledForm, UnitChoiceField
from eiso.organizations.models import Unit

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
DATE_INVALID = _("Enter the date as dd/mm/yyyy, e.g. 31/03/2026.")


def date_field(label, *, required_message, help_text=""):
    return forms.DateField(
        label=label,
        input_formats=DATE_INPUT_FORMATS,
        help_text=help_text,
        widget=forms.DateInput(
            format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "autocomplete": "off"}
        ),
        error_messages={"required": required_message, "invalid": DATE_INVALID},
    )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.full_name or obj.username


class ClauseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number} {obj.title_vi}"


def agency_units(agency):
    return Unit.objects.filter(agency=agency, is_active=True).order_by("path")


def agency_people(agency):
    from eiso.accounts.models import User

    return User.objects.filter(
        memberships__agency=agency, memberships__is_active=True, is_active=True
    ).order_by("full_name", "username")


def agency_clauses(agency):
    """Clauses of the edition the agency's ISO unit follows (the current edition otherwise)."""
    from eiso.standards import selectors as standards
    from eiso.standards.models import Clause

    edition = (
        standards.isounit_edition(agency.iso_unit)
        if agency.iso_unit_id
        else standards.default_edition()
    )
    if edition is None:
        return Clause.objects.none()
    return standards.clauses_of(edition)


class NonconformityForm(TabledForm):
    source = forms.ChoiceField(
        label=_("Source"),
        choices=Source.choices,
        error_messages={"required": _("Choose where the nonconformity comes from.")},
    )
    description = forms.CharField(
        label=_("Description of the nonconformity"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Describe the nonconformity.")},
    )
    evidence = forms.CharField(
        label=_("Objective evidence"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("What was seen: records, dossiers, documents, interviews."),
    )
    clause = ClauseChoiceField(
        label=_("Clause of the standard"), queryset=None, required=False, empty_label="—"
    )
    unit = UnitChoiceField(
        label=_("Unit"),
        queryset=None,
        required=False,
        empty_label=_("The whole agency"),
        error_messages={"invalid_choice": _("Choose a unit of this agency.")},
    )
    severity = forms.ChoiceField(
        label=_("Severity"), choices=Severity.choices, initial=Severity.MINOR
    )
    detected_on = date_field(
        _("Detected on"), required_message=_("Enter the date the nonconformity was detected.")
    )

    def __init__(self, *args, agency, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["clause"].queryset = agency_clauses(agency)
        self.fields["unit"].queryset = agency_units(agency)


class AnalysisForm(TabledForm):
    correction = forms.CharField(
        label=_("Correction taken"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("What was done at once to contain the nonconformity and its consequences."),
    )
    root_cause = forms.CharField(
        label=_("Root cause"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("State the root cause the whys lead to.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = {}
        for number in range(1, WHY_COUNT + 1):
            fields[f"why_{number}"] = forms.CharField(
                label=_("Why? (%(n)d)") % {"n": number},
                required=False,
                max_length=500,
                widget=forms.TextInput(attrs={"class": "form-control"}),
            )
        # The whys come between the correction and the root cause.
        ordered = {"correction": self.fields["correction"], **fields}
        ordered["root_cause"] = self.fields["root_cause"]
        self.fields = ordered

    def service_values(self) -> dict:
        data = self.cleaned_data
        return {
            "correction": data.get("correction", ""),
            "whys": [data.get(f"why_{n}", "") for n in range(1, WHY_COUNT + 1)],
            "root_cause": data.get("root_cause", ""),
        }


class ActionForm(TabledForm):
    description = forms.CharField(
        label=_("Corrective action"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Describe the corrective action.")},
    )
    owner = PersonChoiceField(
        label=_("Owner"),
        queryset=None,
        empty_label="—",
        error_messages={
            "required": _("Choose the person responsible."),
            "invalid_choice": _("Choose a person working in this agency."),
        },
    )
    unit = UnitChoiceField(label=_("Unit"), queryset=None, required=False, empty_label="—")
    due_date = date_field(_("Due date"), required_message=_("Enter the due date."))

    def __init__(self, *args, agency, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = agency_people(agency)
        self.fields["unit"].queryset = agency_units(agency)


class ActionDoneForm(TabledForm):
    result_note = forms.CharField(
        label=_("What was done"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say what was done (the result).")},
    )


class VerificationForm(TabledForm):
    effective = forms.TypedChoiceField(
        label=_("Result of the check"),
        choices=[
            ("", "—"),
            ("1", pgettext_lazy("effectiveness check", "Effective")),
            ("0", pgettext_lazy("effectiveness check", "Not effective")),
        ],
        coerce=lambda value: value == "1",
        error_messages={"required": _("Choose effective or not effective.")},
    )
    evidence = forms.CharField(
        label=_("Evidence of effectiveness"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What shows the nonconformity has not recurred (records, data, sample)."),
        error_messages={"required": _("Describe the evidence on which effectiveness is judged.")},
    )
    evidence_file = forms.FileField(
        label=_("Evidence file"),
        required=False,
        help_text=_("Optional: PDF, Word, Excel, JPG or PNG."),
    )


class ListFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("All")), ("open", _("Open (not closed)")), *State.choices],
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    source = forms.ChoiceField(
        label=_("Source"),
        required=False,
        choices=[("", _("All")), *Source.choices],
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.TextInput(
            attrs={"class": "form-control", "placeholder": _("Number or description")}
        ),
    )


class ProposalForm(TabledForm):
    title = forms.CharField(
        label=pgettext_lazy("proposal", "Title"),
        max_length=255,
        error_messages={"required": _("Give the proposal a title.")},
    )
    description = forms.CharField(
        label=_("What do you propose?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Describe the proposal.")},
    )
    expected_benefit = forms.CharField(
        label=_("Expected benefit"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say what the proposal would improve.")},
    )
    unit = UnitChoiceField(
        label=_("Unit concerned"),
        queryset=None,
        required=False,
        empty_label=_("The whole agency"),
    )

    def __init__(self, *args, agency, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = agency_units(agency)


class ProposalAcceptForm(ActionForm):
    """Accepting turns the proposal into a tracked action (owner and due date)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].label = _("Improvement action")

    def service_values(self) -> dict:
        data = dict(self.cleaned_data)
        data["action"] = data.pop("description")
        return data


class ProposalRejectForm(TabledForm):
    reason = forms.CharField(
        label=_("Reason for rejecting"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Give the reason for rejecting the proposal.")},
    )


class ProposalFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("All")), *ProposalState.choices],
        widget=forms.Select(attrs={"class": "form-select"}),
    )
