"""The year-end evaluation: proposed (ISO coordinator or unit head), approved or returned by the
agency head. Notifications go out after commit."""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from eiso.core import audit
from eiso.core.errors import DomainError
from eiso.objectives import events, states
from eiso.objectives.models import Evaluation, EvaluationState, Objective, Result
from eiso.objectives.permissions import can_decide_evaluation, can_propose_evaluation
from eiso.objectives.services._common import clean_decimal, clean_text, require
from eiso.organizations.models import RoleGrant
from eiso.organizations.roles import Role

EVALUATION_FIELDS = ("result", "actual_value", "explanation", "state", "return_comment")
KIND_SUBMITTED = "objectives.evaluation_submitted"
KIND_DECIDED = "objectives.evaluation_decided"


def _objective_url(objective: Objective) -> str:
    return reverse("objectives:detail", args=[objective.pk])


def _notify_heads(objective: Objective, actor) -> None:
    from eiso.notifications.services import notify

    heads = RoleGrant.objects.filter(
        agency_id=objective.agency_id, role=Role.AGENCY_HEAD, is_active=True
    ).values_list("user_id", flat=True)
    notify(
        recipients=list(heads),
        kind=KIND_SUBMITTED,
        title=gettext_lazy("Year-end evaluation waiting for your approval"),
        body=objective.statement,
        url=_objective_url(objective),
        agency=objective.agency,
        actor=actor,
    )


def _notify_proposer(evaluation: Evaluation, actor, title) -> None:
    from eiso.notifications.services import notify

    if evaluation.submitted_by_id is None:
        return
    notify(
        recipients=[evaluation.submitted_by_id],
        kind=KIND_DECIDED,
        title=title,
        body=evaluation.return_comment or evaluation.objective.statement,
        url=_objective_url(evaluation.objective),
        agency=evaluation.objective.agency,
        actor=actor,
    )


@transaction.atomic
def evaluation_save(
    *,
    actor,
    objective: Objective,
    result: str,
    explanation: str = "",
    actual_value=None,
    submit: bool = False,
) -> Evaluation:
    """Save the proposal (a draft) and, with `submit`, send it to the agency head."""
    require(can_propose_evaluation(actor, objective))
    evaluation = Evaluation.objects.select_for_update().filter(
        objective=objective
    ).first() or Evaluation(objective=objective, created_by=actor)
    states.check("submit" if submit else "save", evaluation.state)
    if result not in Result.values:
        raise DomainError(_("Choose achieved or not achieved."), field="result")
    explanation = clean_text(explanation, field="explanation")
    if result == Result.NOT_ACHIEVED and not explanation:
        raise DomainError(_("Explain why the objective was not achieved."), field="explanation")
    before = audit.snapshot(evaluation, EVALUATION_FIELDS) if evaluation.pk else {}
    evaluation.result = result
    evaluation.explanation = explanation
    evaluation.actual_value = (
        clean_decimal(actual_value, field="actual_value")
        if actual_value not in (None, "")
        else objective.latest_value
    )
    if submit:
        evaluation.state = EvaluationState.SUBMITTED
        evaluation.submitted_by = actor
        evaluation.submitted_at = timezone.now()
    evaluation.save()
    changes = audit.diff(before, audit.snapshot(evaluation, EVALUATION_FIELDS))
    action = events.EVALUATION_SUBMIT if submit else events.EVALUATION_SAVE
    audit.record(actor=actor, action=action, obj=evaluation, changes=changes)
    if submit:
        transaction.on_commit(partial(_notify_heads, objective, actor))
    return evaluation


def _decide(actor, evaluation: Evaluation, action: str, state: str, comment: str = "") -> None:
    require(can_decide_evaluation(actor, evaluation.objective))
    locked = Evaluation.objects.select_for_update().get(pk=evaluation.pk)
    states.check(action, locked.state)
    before = audit.snapshot(evaluation, EVALUATION_FIELDS)
    evaluation.state = state
    evaluation.return_comment = comment
    evaluation.decided_by = actor
    evaluation.decided_at = timezone.now()
    evaluation.save()
    audit.record(
        actor=actor,
        action=events.EVALUATION_APPROVE
        if state == EvaluationState.APPROVED
        else events.EVALUATION_RETURN,
        obj=evaluation,
        changes=audit.diff(before, audit.snapshot(evaluation, EVALUATION_FIELDS)),
    )


@transaction.atomic
def evaluation_approve(*, actor, evaluation: Evaluation) -> Evaluation:
    _decide(actor, evaluation, "approve", EvaluationState.APPROVED)
    transaction.on_commit(
        partial(_notify_proposer, evaluation, actor, gettext_lazy("Year-end evaluation approved"))
    )
    return evaluation


@transaction.atomic
def evaluation_return(*, actor, evaluation: Evaluation, comment: str) -> Evaluation:
    comment = clean_text(comment, field="comment")
    if not comment:
        raise DomainError(_("Say what should be changed."), field="comment")
    _decide(actor, evaluation, "return", EvaluationState.RETURNED, comment)
    transaction.on_commit(
        partial(_notify_proposer, evaluation, actor, gettext_lazy("Year-end evaluation returned"))
    )
    return evaluation
