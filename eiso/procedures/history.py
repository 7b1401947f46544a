"""“Lịch sử” loaders: a TTHC of the catalogue (its scopes as sub-objects) and a scope row."""

from __future__ import annotations

import uuid

from django.db.models import Q
from django.urls import reverse

from eiso.procedures.models import TTHC, AgencyTTHC
from eiso.procedures.permissions import visible_scopes, visible_tthc


def load_tthc(user, object_id: str) -> TTHC | None:
    try:
        return visible_tthc(user).get(pk=uuid.UUID(str(object_id)))
    except (ValueError, TTHC.DoesNotExist):
        return None


def tthc_related(tthc: TTHC) -> Q:
    ids = [str(pk) for pk in AgencyTTHC.objects.filter(tthc=tthc).values_list("pk", flat=True)]
    return Q(object_id__in=ids)


def tthc_link(tthc: TTHC) -> str:
    return reverse("procedures:tthc", args=[tthc.pk])


def load_scope(user, object_id: str) -> AgencyTTHC | None:
    try:
        return (
            visible_scopes(user).select_related("tthc", "agency").get(pk=uuid.UUID(str(object_id)))
        )
    except (ValueError, AgencyTTHC.DoesNotExist):
        return None


def scope_link(scope: AgencyTTHC) -> str:
    return reverse("procedures:scope", args=[scope.agency_id])
