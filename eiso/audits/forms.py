"""Forms of the internal-audit pages. They parse input; the services validate the domain rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.audits.models import AuditStatus, Result
from eiso.organizations.forms import DATE_INPUT_FORMATS, TabledForm
from eiso.organizations.models import Agency, Unit

DATE_WIDGET_ATTRS = {"placeholder": "dd/mm/yyyy", "autocomplete": "off"}
DATE_ERRORS = {"invalid": _("Enter the date as dd/mm/yyyy, e.g. 31/08/2026.")}
TIME_ERRORS = {"invalid": _("Enter the time as hh:mm, e.g. 08:30.")}
MONTHS = [(m, _("Month %(month)d") % {"month": m}) for m in range(1, 13)]


def _date_field(label, required=False):
    return forms.DateField(
        label=label,
        required=required,
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(format="%d/%m/%Y", attrs=DATE_WIDGET_ATTRS),
        error_messages=DATE_ERRORS | {"required": _("Enter the date.")},
    )


def _year_field(required=True):
    return forms.IntegerField(
        label=_("Year"),
        required=required,
        min_value=2000,
        max_value=2100,
        error_messages={
            "required": _("Enter the year."),
            "invalid": _("Enter a year such as 2026."),
            "min_value": _("Enter a year between 2000 and 2100."),
            "max_value": _("Enter a year between 2000 and 2100."),
        },
    )


class UnitMultipleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ClauseMultipleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number} {obj.title_vi}"


class ProcedureMultipleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.code} {obj.title}"


class PersonField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.display_name


class PeopleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.display_name


class ProgrammeFilterForm(forms.Form):
    year = _year_field(required=False)


class AuditFilterForm(TabledForm):
    year = _year_field(required=False)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *AuditStatus.choices]
    )


class ProgrammeCreateForm(TabledForm):
    agency = forms.ModelChoiceField(
        label=_("Agency"),
        queryset=Agency.objects.none(),
        error_messages={"required": _("Choose the agency.")},
    )
    year = _year_field()
    objectives = forms.CharField(
        label=_("Objectives of the programme"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies


class ProgrammeEditForm(TabledForm):
    objectives = forms.CharField(
        label=_("Objectives of the programme"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class _ScopeMixin(forms.Form):
    units = UnitMultipleField(
        label=_("Audited units"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    clauses = ClauseMultipleField(
        label=_("Clauses of the standard"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    procedures = ProcedureMultipleField(
        label=_("Processes (procedures)"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def set_scope_choices(self, *, units, clauses, procedures) -> None:
        for name, queryset in (("units", units), ("clauses", clauses), ("procedures", procedures)):
            field = self.fields[name]
            assert isinstance(field, forms.ModelMultipleChoiceField)
            field.queryset = queryset
        for name in ("units", "clauses", "procedures"):
            self.fields[name].widget.attrs["class"] = "form-check-input"


class AuditCreateForm(TabledForm, _ScopeMixin):
    title = forms.CharField(
        label=pgettext_lazy("audit", "Title"),
        max_length=255,
        error_messages={"required": _("Enter the title.")},
    )
    planned_month = forms.TypedChoiceField(label=_("Planned month"), choices=MONTHS, coerce=int)
    objectives = forms.CharField(
        label=_("Objectives"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    field_order = ["title", "planned_month", "objectives", "units", "clauses", "procedures"]

    def __init__(self, *args, units, clauses, procedures, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_scope_choices(units=units, clauses=clauses, procedures=procedures)


class AuditPlanForm(AuditCreateForm):
    start_date = _date_field(_("Start date"))
    end_date = _date_field(_("End date"))
    criteria = forms.CharField(
        label=_("Other criteria"),
        required=False,
        help_text=_(
            "The standard and the agency's documents are always criteria; add legal documents "
            "or other requirements here."
        ),
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    field_order = [
        "title",
        "planned_month",
        "start_date",
        "end_date",
        "objectives",
        "criteria",
        "units",
        "clauses",
        "procedures",
    ]


class TeamForm(TabledForm):
    lead_auditor = PersonField(
        label=_("Lead auditor"),
        queryset=Unit.objects.none(),
        error_messages={"required": _("Choose the lead auditor.")},
    )
    auditors = PeopleField(
        label=_("Auditors"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_auditor"].queryset = people
        self.fields["auditors"].queryset = people
        self.fields["auditors"].widget.attrs["class"] = "form-check-input"


class SessionForm(TabledForm):
    date = _date_field(_("Date"), required=True)
    start_time = forms.TimeField(
        label=_("From"),
        widget=forms.TimeInput(format="%H:%M", attrs={"placeholder": "08:00"}),
        error_messages=TIME_ERRORS | {"required": _("Enter the start time.")},
    )
    end_time = forms.TimeField(
        label=_("To"),
        widget=forms.TimeInput(format="%H:%M", attrs={"placeholder": "10:00"}),
        error_messages=TIME_ERRORS | {"required": _("Enter the end time.")},
    )
    unit = forms.ModelChoiceField(
        label=_("Unit"),
        queryset=Unit.objects.none(),
        error_messages={"required": _("Choose one of the audited units.")},
    )
    auditors = PeopleField(
        label=_("Auditors"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    auditees = forms.CharField(
        label=_("Auditees"),
        required=False,
        max_length=500,
        help_text=_("Names and positions of the people to be interviewed."),
    )

    def __init__(self, *args, units, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["auditors"].queryset = people
        self.fields["auditors"].widget.attrs["class"] = "form-check-input"


class CancelForm(TabledForm):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why the audit is cancelled.")},
    )


class ItemAddForm(TabledForm):
    question = forms.CharField(
        label=_("Question"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Enter the question.")},
    )
    unit = forms.ModelChoiceField(
        label=_("Unit"), queryset=Unit.objects.none(), required=False, empty_label="—"
    )
    clause = forms.ModelChoiceField(
        label=_("Clause"), queryset=Unit.objects.none(), required=False, empty_label="—"
    )

    def __init__(self, *args, units, clauses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["clause"].queryset = clauses
        self.fields["clause"].label_from_instance = lambda c: f"{c.number} {c.title_vi}"


class ItemResultForm(forms.Form):
    result = forms.ChoiceField(
        label=_("Result"),
        choices=Result.choices,
        error_messages={"required": _("Choose a result.")},
    )
    evidence = forms.CharField(label=_("Evidence notes"), required=False)


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("Photo or file"), error_messages={"required": _("Choose a file.")}
    )


class ReportForm(TabledForm):
    strengths = forms.CharField(
        label=_("Strengths"),
        required=False,
        help_text=_("One point per line."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    conclusion = forms.CharField(
        label=_("Conclusion"),
        required=False,
        help_text=_("One paragraph per line."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
