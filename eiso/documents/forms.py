"""Forms of the document pages. They parse input; the services validate the domain rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.documents.models import DurationUnit, Kind, State
from eiso.organizations.forms import DATE_INPUT_FORMATS, TabledForm, UnitChoiceField


class DocumentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.code} — {obj.title}"


class FilterForm(TabledForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Kind.choices]
    )
    state = forms.ChoiceField(
        label=_("State"), required=False, choices=[("", _("All states")), *State.choices]
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"] = UnitChoiceField(
            label=pgettext_lazy("documents", "Unit"),
            queryset=units,
            required=False,
            empty_label=_("All units"),
        )
        self.fields["unit"].widget.attrs["class"] = "form-select"


class DocumentForm(TabledForm):
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    title = forms.CharField(label=pgettext_lazy("documents", "Title"), max_length=500)
    code = forms.CharField(
        label=pgettext_lazy("documents", "Code"),
        max_length=60,
        required=False,
        help_text=_("Leave empty to take the next code of the agency's template."),
    )
    review_interval_months = forms.IntegerField(
        label=_("Review interval (months)"), min_value=1, max_value=120, initial=12
    )

    def __init__(self, *args, units, parents, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_unit"] = UnitChoiceField(
            label=pgettext_lazy("documents", "Owner unit"),
            queryset=units,
            required=False,
            empty_label=_("Whole agency"),
        )
        self.fields["parent"] = DocumentChoiceField(
            label=_("Attached to (for a form)"),
            queryset=parents,
            required=False,
            empty_label="—",
        )
        for name in ("owner_unit", "parent"):
            self.fields[name].widget.attrs["class"] = "form-select"
        if editing:
            del self.fields["kind"]
            self.fields["code"].required = True
            self.fields["code"].help_text = ""
        self.order_fields(["kind", "title", "code", "owner_unit", "parent"])


class RegisterForm(DocumentForm):
    issue_number = forms.IntegerField(label=_("Issue number"), min_value=1, max_value=99, initial=1)
    file = forms.FileField(
        label=_("File (PDF or Word)"),
        help_text=_("The document as the agency issued it; its text is indexed for search."),
    )


class ContentForm(TabledForm):
    purpose = forms.CharField(
        label=_("1. Purpose"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    scope = forms.CharField(
        label=_("2. Scope"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    other_references = forms.CharField(
        label=_("Other reference documents"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line; documents that are not in the register."),
    )
    definitions = forms.CharField(
        label=_("4. Definitions and abbreviations"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    dossier_components = forms.CharField(
        label=_("Dossier components"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    dossier_copies = forms.CharField(label=_("Number of copies"), required=False, max_length=100)
    processing_time = forms.CharField(label=_("Processing time"), required=False, max_length=200)
    fees = forms.CharField(label=_("Fees and charges"), required=False, max_length=300)
    submission_place = forms.CharField(label=_("Where to submit"), required=False, max_length=300)
    body = forms.CharField(
        label=_("Content"), required=False, widget=forms.Textarea(attrs={"rows": 8})
    )

    TTHC_FIELDS = (
        "dossier_components",
        "dossier_copies",
        "processing_time",
        "fees",
        "submission_place",
    )

    def __init__(self, *args, is_tthc: bool, is_procedure: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_tthc:
            for name in self.TTHC_FIELDS:
                del self.fields[name]
        if is_procedure:
            self.fields["body"].label = _("Other content")


class ReturnForm(TabledForm):
    comment = forms.CharField(
        label=_("What should be changed"), widget=forms.Textarea(attrs={"rows": 3})
    )


class ApproveForm(TabledForm):
    effective_date = forms.DateField(
        label=_("Effective date"),
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class WithdrawForm(TabledForm):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class CodeTemplateForm(TabledForm):
    def __init__(self, *args, templates: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind, label in Kind.choices:
            self.fields[kind] = forms.CharField(
                label=label, max_length=60, initial=templates.get(kind, "")
            )
            self.fields[kind].widget.attrs["class"] = "form-control"


DURATION_UNITS = DurationUnit.choices
