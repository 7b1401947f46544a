"""The risk matrix of an ISO unit: read with defaults, and saved (levels recomputed)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.risks import events
from eiso.risks.matrix import DEFAULT, MatrixConfig, config_of, validate
from eiso.risks.models import Risk, RiskMatrix
from eiso.risks.permissions import can_manage_matrix
from eiso.risks.services._common import require

MATRIX_FIELDS = ("likelihood_levels", "impact_levels", "medium_from", "high_from", "very_high_from")


def matrix_for_agency(agency) -> MatrixConfig:
    """The matrix of the agency's ISO unit (the default 5 × 5 when none is saved)."""
    if agency.iso_unit_id is None:
        return DEFAULT
    return config_of(RiskMatrix.objects.filter(iso_unit_id=agency.iso_unit_id).first())


@transaction.atomic
def matrix_save(*, actor, agency, **values) -> RiskMatrix:
    """Save the matrix of `agency`'s ISO unit and recompute the level of its risks.

    Refused when a risk of the ISO unit is scored above the new sizes (rescore it first)."""
    require(can_manage_matrix(actor, agency))
    config = validate(values)
    risks = Risk.objects.filter(agency__iso_unit_id=agency.iso_unit_id)
    too_high = (
        risks.filter(likelihood__gt=config.likelihood_levels).exists()
        or risks.filter(impact__gt=config.impact_levels).exists()
    )
    if too_high:
        raise DomainError(
            _(
                "Some risks are scored above these sizes. Lower their likelihood or impact "
                "first, or keep the larger matrix."
            ),
            field="likelihood_levels",
        )
    matrix = RiskMatrix.objects.select_for_update().filter(iso_unit_id=agency.iso_unit_id).first()
    is_new = matrix is None
    if matrix is None:
        matrix = RiskMatrix(iso_unit_id=agency.iso_unit_id, created_by=actor)
    before = audit.snapshot(matrix, MATRIX_FIELDS) if not is_new else {}
    for field in MATRIX_FIELDS:
        setattr(matrix, field, getattr(config, field))
    after = audit.snapshot(matrix, MATRIX_FIELDS)
    changes = audit.created(after) if is_new else audit.diff(before, after)
    if not changes:
        return matrix
    matrix.save()
    audit.record(
        actor=actor,
        action=events.MATRIX_SAVE,
        obj=matrix,
        changes=changes,
        agency_id=agency.pk,
        province_id=agency.province_id,
    )
    _rescore(actor, config, risks)
    return matrix


def _rescore(actor, config: MatrixConfig, risks) -> None:
    """Store the new level of every risk whose level changes (one audit event each)."""
    changed = []
    for risk in risks.select_related("agency").only(
        "id",
        "agency",
        "number",
        "kind",
        "title",
        "score",
        "level",
        "residual_score",
        "residual_level",
    ):
        level = config.level(risk.score)
        residual = config.level(risk.residual_score) if risk.residual_score else ""
        if level != risk.level or residual != risk.residual_level:
            before = audit.snapshot(risk, ("level", "residual_level"))
            risk.level, risk.residual_level = level, residual
            after = audit.snapshot(risk, ("level", "residual_level"))
            changed.append(risk)
            audit.record(
                actor=actor,
                action=events.RISK_RESCORE,
                obj=risk,
                changes=audit.diff(before, after),
            )
    Risk.objects.bulk_update(changed, ["level", "residual_level"], batch_size=500)
