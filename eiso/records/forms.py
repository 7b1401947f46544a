"""Forms of the records register pages. They parse input; the services check the rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from eiso.organizations.forms import TabledForm


class ManualRecordForm(TabledForm):
    name = forms.CharField(
        label=pgettext_lazy("records register", "Record"),
        max_length=300,
        help_text=_("e.g. “Sổ theo dõi văn bản đến”."),
        error_messages={"required": _("Write the name of the record.")},
    )
    owner_unit = forms.CharField(label=_("Unit keeping it"), max_length=255, required=False)
    place = forms.CharField(
        label=_("Where kept"),
        max_length=255,
        required=False,
        help_text=_("e.g. “Tủ hồ sơ Văn phòng”, “Hệ thống một cửa điện tử”."),
    )
    retention = forms.CharField(
        label=_("Retention period"),
        max_length=100,
        help_text=_("e.g. “5 năm”, “10 năm”, “Vĩnh viễn”."),
        error_messages={"required": _("Write how long it is kept.")},
    )
    notes = forms.CharField(label=_("Notes"), max_length=500, required=False)

    def values(self) -> dict:
        return {
            name: self.cleaned_data.get(name) or ""
            for name in ("name", "owner_unit", "place", "retention", "notes")
        }
