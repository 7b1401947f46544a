"""Checking an audit's scope and team: units of the ISO unit, clauses of its edition, its
agencies' procedures, qualified auditors who do not audit their own unit."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from eiso.audits.models import Audit, AuditProgramme
from eiso.audits.services._common import person_name
from eiso.core.errors import DomainError
from eiso.organizations.models import Membership, RoleGrant, Unit
from eiso.organizations.roles import Role


@dataclass
class Scope:
    units: list = field(default_factory=list)
    clauses: list = field(default_factory=list)
    procedures: list = field(default_factory=list)

    def as_changes(self) -> dict:
        return {
            "units": [u.name for u in self.units],
            "clauses": [c.number for c in self.clauses],
            "procedures": [str(p.code) for p in self.procedures],
        }


def agency_ids(programme: AuditProgramme) -> list:
    from eiso.organizations.models import Agency

    return list(
        Agency.objects.filter(iso_unit_id=programme.iso_unit_id).values_list("pk", flat=True)
    )


def clean_scope(programme: AuditProgramme, edition, *, units, clauses, procedures) -> Scope:
    agencies = set(agency_ids(programme))
    units, clauses, procedures = list(units), list(clauses), list(procedures)
    for unit in units:
        if unit.agency_id not in agencies:
            raise DomainError(
                _("%(unit)s is not a unit of this ISO unit's agencies.") % {"unit": unit.name},
                field="units",
            )
    for clause in clauses:
        if edition is None or clause.edition_id != edition.pk:
            raise DomainError(
                _("Clause %(number)s is not a clause of %(edition)s.")
                % {"number": clause.number, "edition": edition or "—"},
                field="clauses",
            )
    for document in procedures:
        if document.agency_id not in agencies or not document.is_procedure:
            raise DomainError(
                _("%(code)s is not a procedure of this agency.") % {"code": document.code},
                field="procedures",
            )
    return Scope(units=units, clauses=clauses, procedures=procedures)


def set_scope(audit: Audit, scope: Scope) -> None:
    audit.units.set(scope.units)
    audit.clauses.set(scope.clauses)
    audit.procedures.set(scope.procedures)


def check_qualified(programme: AuditProgramme, people) -> None:
    """Every person holds the internal auditor role in an agency of the ISO unit."""
    agencies = agency_ids(programme)
    qualified = set(
        RoleGrant.objects.filter(
            user__in=[p.pk for p in people],
            role=Role.INTERNAL_AUDITOR,
            agency_id__in=agencies,
            is_active=True,
        ).values_list("user_id", flat=True)
    )
    for person in people:
        if person.pk not in qualified:
            raise DomainError(
                _("%(person)s is not an internal auditor of %(agency)s.")
                % {"person": person_name(person), "agency": programme.agency.name},
                field="auditors",
            )


def check_independence(people, units) -> None:
    """Refuse the first auditor who works in an audited unit (or in a unit under it)."""
    units = list(units)
    if not units or not people:
        return
    memberships = Membership.objects.filter(
        user__in=[p.pk for p in people],
        agency_id__in={u.agency_id for u in units},
        is_active=True,
        unit__isnull=False,
    ).values_list("user_id", "agency_id", "unit__path")
    by_user: dict = {}
    for user_id, agency_id, path in memberships:
        by_user.setdefault(user_id, []).append((agency_id, path))
    for person in people:
        for unit in sorted(units, key=lambda u: u.path):
            if any(
                a == unit.agency_id and p.startswith(unit.path)
                for a, p in by_user.get(person.pk, ())
            ):
                raise DomainError(
                    _(
                        "%(person)s belongs to %(unit)s, an audited unit: an auditor may not "
                        "audit their own unit (independence). Choose another auditor or "
                        "remove the unit from the scope."
                    )
                    % {"person": person_name(person), "unit": unit.name},
                    field="auditors",
                )


def team_of(audit: Audit) -> list:
    people = list(audit.auditors.all())
    lead = audit.lead_auditor
    if lead is not None and all(p.pk != lead.pk for p in people):
        people.insert(0, lead)
    return people


def units_by_ids(ids) -> list[Unit]:
    return list(Unit.objects.filter(pk__in=list(ids)))
