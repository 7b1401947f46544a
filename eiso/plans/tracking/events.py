"""Audit action codes and notification kinds of plan tracking."""

from django.utils.translation import gettext_lazy as _

PROGRESS_REPORT = "plan_task.progress"
SHARE_PROGRESS_REPORT = "task_assignment.progress"
OCCURRENCE_PROGRESS_REPORT = "task_occurrence.progress"
SHARE_UNIT_SET = "task_assignment.set_unit"
OCCURRENCES_CREATE = "plan.occurrences_create"
BECAME_OVERDUE = "plan_task.overdue"

ACTIONS = {
    PROGRESS_REPORT: _("Reported progress on a plan task"),
    SHARE_PROGRESS_REPORT: _("Reported progress on an agency's share of a task"),
    OCCURRENCE_PROGRESS_REPORT: _("Reported progress on a period of a recurring task"),
    SHARE_UNIT_SET: _("Chose the unit handling an agency's share"),
    OCCURRENCES_CREATE: _("Created the periods of recurring tasks"),
    BECAME_OVERDUE: _("Task became overdue"),
}

KIND_DUE_SOON = "plans.task_due_soon"
KIND_OVERDUE = "plans.task_overdue"

KINDS = {
    KIND_DUE_SOON: _("A plan task your unit leads is due soon"),
    KIND_OVERDUE: _("A plan task your unit leads is overdue"),
}
