"""Forms of the plan pages. They parse input; the services validate the domain rules."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eiso.organizations.forms import DATE_INPUT_FORMATS, TabledForm, UnitChoiceField
from eiso.organizations.models import Agency, Unit
from eiso.plans.models import Plan, PlanStatus, Rhythm, TimeframeKind
from eiso.plans.services import TaskData

SECTION_SLOTS = 6
DATE_WIDGET = forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"})
DATE_ERRORS = {"invalid": _("Enter the date as dd/mm/yyyy, e.g. 31/08/2026.")}


def lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


ONE_PARAGRAPH_PER_LINE = _("One paragraph per line.")


def _lines_field(label, help_text=ONE_PARAGRAPH_PER_LINE):
    return forms.CharField(
        label=label,
        required=False,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def _year_field():
    return forms.IntegerField(
        label=_("Year"),
        min_value=2000,
        max_value=2100,
        error_messages={
            "required": _("Enter the year."),
            "invalid": _("Enter a year such as 2026."),
            "min_value": _("Enter a year between 2000 and 2100."),
            "max_value": _("Enter a year between 2000 and 2100."),
        },
    )


class PlanFilterForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *PlanStatus.choices]
    )
    agency = forms.ModelChoiceField(
        label=_("Agency"), required=False, queryset=Agency.objects.none(), empty_label=_("All")
    )

    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if agencies is not None:
            self.fields["agency"].queryset = agencies
        for field in self.fields.values():
            select = isinstance(field.widget, forms.Select)
            field.widget.attrs["class"] = "form-select" if select else "form-control"


class PlanCreateForm(TabledForm):
    TEMPLATE, COPY, BLANK = "template", "copy", "blank"
    agency = forms.ModelChoiceField(
        label=_("Agency"),
        queryset=Agency.objects.none(),
        error_messages={
            "required": _("Choose the agency."),
            "invalid_choice": _("Choose the agency."),
        },
    )
    year = _year_field()
    start = forms.ChoiceField(
        label=_("Start from"),
        choices=[
            (TEMPLATE, _("The standard annual cycle (template)")),
            (COPY, _("Last year's plan, dates moved to this year")),
            (BLANK, _("A blank plan")),
        ],
    )

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies


class PlanHeaderForm(TabledForm):
    """The document parts of a draft; III. has SECTION_SLOTS heading/paragraph pairs."""

    title = forms.CharField(
        label=_("Title (trích yếu)"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Enter the title of the plan.")},
    )
    year = _year_field()
    preamble = _lines_field(_("Opening paragraphs (Thực hiện …)"))
    legal_bases = _lines_field(_("Legal bases (Căn cứ …)"), _("One legal basis per line."))
    preamble_closing = forms.CharField(
        label=_("Closing sentence of the preamble"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    purposes = _lines_field(
        _("I. Purposes and requirements"), _("One item per line; numbers are added in print.")
    )
    tasks_intro = forms.CharField(label=_("II. Introduction to the tasks"), required=False)
    closing = forms.CharField(
        label=_("Closing paragraph"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    recipients = _lines_field(_("Recipients (Nơi nhận)"), _("One recipient per line."))
    archive = forms.CharField(
        label=_("Archived at (Lưu)"), required=False, help_text=_("e.g. VT, VP")
    )
    signer_authority = forms.CharField(
        label=_("Signing authority"), required=False, help_text=_("e.g. KT. GIÁM ĐỐC")
    )
    signer_title = forms.CharField(
        label=_("Signer's title"), required=False, help_text=_("e.g. PHÓ GIÁM ĐỐC")
    )
    signer_name = forms.CharField(label=_("Signer's name"), required=False)
    appendix_title = forms.CharField(label=_("Appendix title"), max_length=300)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for slot in range(1, SECTION_SLOTS + 1):
            self.fields[f"section_{slot}_heading"] = forms.CharField(
                label=_("III. Section %(number)d — heading (optional)") % {"number": slot},
                required=False,
                widget=forms.TextInput(attrs={"class": "form-control"}),
            )
            self.fields[f"section_{slot}_text"] = forms.CharField(
                label=_("III. Section %(number)d — paragraphs") % {"number": slot},
                required=False,
                help_text=_("One paragraph per line."),
                widget=forms.Textarea(attrs={"rows": 3, "class": "form-control"}),
            )

    @classmethod
    def initial_for(cls, plan: Plan) -> dict:
        initial = {
            name: getattr(plan, name)
            for name in (
                "title",
                "year",
                "preamble_closing",
                "tasks_intro",
                "closing",
                "signer_authority",
                "signer_title",
                "signer_name",
                "appendix_title",
            )
        }
        for name in ("preamble", "legal_bases", "purposes", "recipients"):
            initial[name] = "\n".join(getattr(plan, name))
        initial["archive"] = ", ".join(plan.archive)
        for slot, section in enumerate(plan.implementation[:SECTION_SLOTS], start=1):
            initial[f"section_{slot}_heading"] = section.get("heading", "")
            initial[f"section_{slot}_text"] = "\n".join(section.get("paragraphs", []))
        return initial

    def values(self) -> dict:
        data = self.cleaned_data
        values = {
            name: data[name]
            for name in (
                "title",
                "year",
                "preamble_closing",
                "tasks_intro",
                "closing",
                "signer_authority",
                "signer_title",
                "signer_name",
                "appendix_title",
            )
        }
        for name in ("preamble", "legal_bases", "purposes", "recipients"):
            values[name] = lines(data[name])
        values["archive"] = [part.strip() for part in data["archive"].split(",") if part.strip()]
        values["implementation"] = [
            {
                "heading": data[f"section_{slot}_heading"],
                "paragraphs": lines(data[f"section_{slot}_text"]),
            }
            for slot in range(1, SECTION_SLOTS + 1)
        ]
        return values


class TaskForm(TabledForm):
    content = forms.CharField(
        label=_("Content"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter the task content.")},
    )
    lead_unit = UnitChoiceField(label=_("Lead unit"), queryset=Unit.objects.none(), required=False)
    lead_agency = forms.ModelChoiceField(
        label=_("Lead agency"), queryset=Agency.objects.none(), required=False
    )
    lead_label = forms.CharField(
        label=_("Lead (as printed)"),
        required=False,
        help_text=_('Optional, e.g. "Lãnh đạo Sở, Ban ISO"; otherwise the unit name is printed.'),
    )
    coordinating_units = forms.ModelMultipleChoiceField(
        label=_("Coordinating units"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )
    coordinating_label = forms.CharField(
        label=_("Coordinating (as printed)"),
        required=False,
        help_text=_('e.g. "Các phòng thuộc Sở"; otherwise the unit names are printed.'),
    )
    assigned_agencies = forms.ModelMultipleChoiceField(
        label=_("Agencies carrying out the task"),
        queryset=Agency.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    timeframe_kind = forms.ChoiceField(label=_("Timeframe"), choices=TimeframeKind.choices)
    start_date = forms.DateField(
        label=_("Start date (or a day of the month/quarter)"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=DATE_WIDGET,
        error_messages=DATE_ERRORS,
    )
    due_date = forms.DateField(
        label=_("Due date / end date"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        widget=DATE_WIDGET,
        error_messages=DATE_ERRORS,
    )
    rhythm = forms.ChoiceField(
        label=_("Rhythm (regular tasks)"), choices=Rhythm.choices, required=False
    )
    regulation = forms.CharField(
        label=_("Regulation (as regulated)"),
        required=False,
        help_text=_("e.g. Báo cáo Sở Khoa học và Công nghệ trước 15/10"),
    )
    timeframe_label = forms.CharField(
        label=_("Timeframe (as printed)"),
        required=False,
        help_text=_("Optional: the exact text to print, e.g. “Từ 01/6 đến 30/7/2022”."),
    )

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        units = Unit.objects.filter(agency=plan.agency, is_active=True).order_by("path")
        agencies = Agency.objects.filter(province_id=plan.agency.province_id, is_active=True)
        if plan.is_province_wide:
            del self.fields["lead_unit"], self.fields["coordinating_units"]
            self.fields["lead_agency"].queryset = agencies
            self.fields["assigned_agencies"].queryset = agencies
        else:
            del self.fields["lead_agency"], self.fields["assigned_agencies"]
            self.fields["lead_unit"].queryset = units
            self.fields["coordinating_units"].queryset = units

    @classmethod
    def initial_for(cls, task) -> dict:
        initial = {
            name: getattr(task, name)
            for name in (
                "content",
                "lead_label",
                "coordinating_label",
                "timeframe_kind",
                "start_date",
                "due_date",
                "rhythm",
                "regulation",
                "timeframe_label",
            )
        }
        initial["lead_unit"] = task.lead_unit_id
        initial["lead_agency"] = task.lead_agency_id
        initial["coordinating_units"] = [u.pk for u in task.coordinating_units.all()]
        initial["assigned_agencies"] = [a.agency_id for a in task.assignments.all()]
        return initial

    def task_data(self) -> TaskData:
        data = self.cleaned_data
        return TaskData(
            content=data["content"],
            lead_unit=data.get("lead_unit"),
            lead_agency=data.get("lead_agency"),
            lead_label=data["lead_label"],
            coordinating_units=list(data.get("coordinating_units") or []),
            coordinating_label=data["coordinating_label"],
            timeframe_kind=data["timeframe_kind"],
            start_date=data["start_date"],
            due_date=data["due_date"],
            rhythm=data["rhythm"] or "",
            regulation=data["regulation"],
            timeframe_label=data["timeframe_label"],
            assigned_agencies=list(data.get("assigned_agencies") or []),
        )


class ImportForm(TabledForm):
    file = forms.FileField(
        label=_("Excel file (.xlsx)"),
        help_text=_("Columns: TT, Nội dung, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian thực hiện."),
        error_messages={"required": _("Choose the Excel file.")},
    )
    replace = forms.BooleanField(label=_("Replace the tasks already in the plan"), required=False)


class IssueForm(TabledForm):
    issued_on = forms.DateField(
        label=_("Date of issue"),
        input_formats=DATE_INPUT_FORMATS,
        widget=DATE_WIDGET,
        error_messages={**DATE_ERRORS, "required": _("Enter the date of issue.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {"issued_on": timezone.localdate()})
        super().__init__(*args, **kwargs)


class CancelForm(TabledForm):
    reason = forms.CharField(
        label=_("Reason for cancelling"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why the plan is cancelled.")},
    )
