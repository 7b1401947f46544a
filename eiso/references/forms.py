"""Forms of the external-document pages. They parse input; the services check the domain rules."""

from __future__ import annotations

from typing import cast

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.organizations.forms import TabledForm
from eiso.references import states
from eiso.references.models import Kind, Scope, Status

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


def _date_field(label, *, required: bool = False, help_text="") -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        input_formats=DATE_INPUT_FORMATS,
        help_text=help_text,
        widget=forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
        error_messages={
            "invalid": _("Enter a date as dd/mm/yyyy."),
            "required": _("Enter a date."),
        },
    )


class FilterForm(forms.Form):
    SORT_CHOICES = [
        ("issued", _("Newest first")),
        ("-issued", _("Oldest first")),
        ("number", _("Number/symbol")),
        ("effective", _("Effective date")),
    ]

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Kind.choices]
    )
    status = forms.ChoiceField(
        label=pgettext_lazy("external document", "Status"),
        required=False,
        choices=[("", _("All statuses")), *Status.choices],
    )
    issuer = forms.ChoiceField(label=_("Issuer"), required=False)
    scope = forms.ChoiceField(
        label=_("Scope"), required=False, choices=[("", _("All scopes")), *Scope.choices]
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORT_CHOICES)

    def __init__(self, *args, issuers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuer"].choices = [("", _("All issuers")), *((i, i) for i in issuers)]
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs["class"] = css
        self.fields["q"].widget.attrs["placeholder"] = _("Number, title or issuer")

    def filters(self) -> dict:
        """Valid filter values (invalid ones are ignored, never an error page)."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            name: data.get(name) or "" for name in ("q", "kind", "status", "issuer", "scope")
        } | {"sort": data.get("sort") or "issued"}


class ExternalDocumentForm(TabledForm):
    scope = forms.ChoiceField(label=_("Applies to"))
    kind = forms.ChoiceField(label=_("Kind"), choices=[("", "—"), *Kind.choices])
    number = forms.CharField(
        label=_("Number/symbol"),
        max_length=100,
        help_text=_("As printed on the document, e.g. 19/2014/QĐ-TTg or TCVN ISO 9001:2015."),
    )
    title = forms.CharField(
        label=_("Title (summary)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("The trích yếu, e.g. “Về việc áp dụng Hệ thống quản lý chất lượng …”."),
    )
    issuer = forms.CharField(
        label=_("Issuer"), max_length=255, help_text=_("e.g. Thủ tướng Chính phủ, Quốc hội.")
    )
    issued_date = _date_field(_("Issued on"))
    effective_date = _date_field(_("Effective from"))
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("PDF or Word; at most %(size)s MB.")
        % {"size": settings.EISO_MAX_UPLOAD_BYTES // (1024 * 1024)},
    )
    remove_file = forms.BooleanField(label=_("Remove the current file"), required=False)
    url = forms.URLField(
        label=_("Link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("Where the official text is published, e.g. on vbpl.vn."),
        error_messages={"invalid": _("Enter a full web address (https://…).")},
    )
    amended_by = forms.CharField(
        label=_("Amended by"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Numbers of the amending documents, one per line."),
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, scopes=(), editing=False, has_file=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["scope"]
        else:
            self.fields["scope"].choices = [(s.key, s.label) for s in scopes]
            if len(scopes) == 1:
                self.fields["scope"].initial = scopes[0].key
        if not has_file:
            del self.fields["remove_file"]

    def values(self) -> dict:
        data = self.cleaned_data
        return {
            name: data.get(name)
            for name in (
                "kind",
                "number",
                "title",
                "issuer",
                "issued_date",
                "effective_date",
                "amended_by",
                "url",
                "notes",
            )
        }


class ReplacementChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number} — {obj.title[:90]}"


class StatusChangeForm(TabledForm):
    status = forms.ChoiceField(label=pgettext_lazy("external document", "New status"))
    effective_date = _date_field(
        _("Takes effect on"),
        required=True,
        help_text=_("The date the amendment, replacement or expiry takes effect."),
    )
    replaced_by = ReplacementChoiceField(
        label=_("Replaced by"),
        queryset=None,
        required=False,
        empty_label="—",
        help_text=_("Register the new document first, then choose it here."),
        error_messages={"invalid_choice": _("Choose a document from the list.")},
    )
    amended_by = forms.CharField(
        label=_("Amended by"),
        required=False,
        max_length=500,
        help_text=_("Number/symbol of the amending document, e.g. 123/2025/NĐ-CP."),
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, current_status: str, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["status"]).choices = [
            ("", "—"),
            *((s, Status(s).label) for s in states.allowed_targets(current_status)),
        ]
        cast(forms.ModelChoiceField, self.fields["replaced_by"]).queryset = candidates


class ImportForm(TabledForm):
    scope = forms.ChoiceField(label=_("Applies to"))
    file = forms.FileField(
        label=_("Excel file (.xlsx)"),
        help_text=_(
            "Columns: Loại, Số ký hiệu, Trích yếu, Cơ quan ban hành, Ngày ban hành, Ngày hiệu lực, "
            "Liên kết, Ghi chú. Download the template above."
        ),
    )

    def __init__(self, *args, scopes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scope"].choices = [(s.key, s.label) for s in scopes]
