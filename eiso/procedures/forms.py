"""Forms of the TTHC pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.organizations.forms import TabledForm
from eiso.procedures.models import TTHCLevel
from eiso.procedures.parsing import MAX_BYTES

PROVINCE_WIDE = ""


def set_choices(field: forms.Field, choices: list) -> None:
    assert isinstance(field, forms.ChoiceField)
    field.choices = choices


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Code or name"), required=False, max_length=200)
    field = forms.ChoiceField(label=pgettext_lazy("tthc", "Field"), required=False)
    level = forms.ChoiceField(
        label=pgettext_lazy("tthc", "Level"),
        required=False,
        choices=[("", _("All levels")), *TTHCLevel.choices],
    )
    active = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("1", pgettext_lazy("tthc", "Applied")),
            ("0", _("No longer applied")),
            ("all", _("All")),
        ],
    )

    def __init__(self, *args, fields: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        set_choices(self.fields["field"], [("", _("All fields")), *[(f, f) for f in fields]])
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs["class"] = css

    def active_value(self) -> bool | None:
        value = self.cleaned_data.get("active") if self.is_valid() else "1"
        return None if value == "all" else value != "0"


class ImportForm(TabledForm):
    target = forms.ChoiceField(label=_("Import as"))
    file = forms.FileField(
        label=_("Excel (.xlsx) or CSV file"),
        help_text=_(
            "Columns: Mã TTHC, Tên TTHC, Lĩnh vực, Cấp thực hiện, Cơ quan thực hiện, Thời hạn "
            "giải quyết, Phí, lệ phí, Căn cứ pháp lý, Số QĐ công bố, Ngày QĐ công bố. At most 10 MB."
        ),
        error_messages={"required": _("Choose the file to import.")},
    )

    def __init__(self, *args, province_wide: bool, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        choices: list[tuple[str, Any]] = []
        if province_wide:
            choices.append((PROVINCE_WIDE, _("The province's catalogue (all agencies)")))
        choices += [(str(a.pk), _("The list of %(agency)s") % {"agency": a.name}) for a in agencies]
        set_choices(self.fields["target"], choices)
        self.fields["target"].required = not province_wide

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class AddFieldForm(TabledForm):
    field = forms.ChoiceField(
        label=pgettext_lazy("tthc", "Field"), error_messages={"required": _("Choose a field.")}
    )
    level = forms.ChoiceField(
        label=pgettext_lazy("tthc", "Level"),
        required=False,
        choices=[("", _("All levels")), *TTHCLevel.choices],
    )

    def __init__(self, *args, fields: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        set_choices(self.fields["field"], [("", "—"), *[(f, f) for f in fields]])


class AddCodesForm(TabledForm):
    codes = forms.CharField(
        label=_("TTHC codes"),
        help_text=_("One or more codes separated by commas or spaces, e.g. 1.001234, 2.000123."),
        max_length=4000,
        error_messages={"required": _("Enter at least one TTHC code.")},
    )

    def code_list(self) -> list[str]:
        text = self.cleaned_data["codes"].replace(";", ",").replace("\n", ",")
        return [c for c in text.replace(",", " ").split() if c]


class MapProcedureForm(TabledForm):
    procedure = forms.ChoiceField(label=_("Procedure"), required=False)

    def __init__(self, *args, procedures, **kwargs):
        super().__init__(*args, **kwargs)
        set_choices(
            self.fields["procedure"],
            [
                ("", _("— no procedure —")),
                *[(str(d.pk), f"{d.code} {d.title}") for d in procedures],
            ],
        )
