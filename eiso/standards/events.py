"""Audit action codes of the standards app and their labels."""

from django.utils.translation import gettext_lazy as _

from eiso.core import audit

EDITION_LOAD = "standards.edition_load"
ISO_UNIT_EDITION_SET = "standards.isounit_edition_set"

audit.register_actions(
    {
        EDITION_LOAD: _("Loaded edition of the standard from the data files"),
        ISO_UNIT_EDITION_SET: _("Set the edition the QMS follows"),
    }
)
