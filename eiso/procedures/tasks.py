"""Background jobs of the TTHC catalogue (Django Tasks API): thin wrappers taking ids."""

from __future__ import annotations

from django_tasks import task

from eiso.procedures import importing
from eiso.procedures.models import CatalogueImport, ImportState


@task()
def run_catalogue_import(import_id: str) -> str:
    """Check and apply a queued catalogue import; returns its final state."""
    record = CatalogueImport.objects.select_related("province", "agency", "created_by").get(
        pk=import_id
    )
    if record.state not in (ImportState.QUEUED, ImportState.RUNNING):
        return record.state
    return importing.catalogue_import_run(record).state
