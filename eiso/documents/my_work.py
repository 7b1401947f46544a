"""“Việc của tôi” sections: editions to review, to approve, and drafts returned to their author."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from eiso.core.my_work import WorkItem, WorkSection, first_and_total
from eiso.documents.models import State
from eiso.documents.permissions import approvable_editions, reviewable_editions, visible_editions

SECTION_LIMIT = 10


def _items(editions, badge: str, *, detail_from_comment: bool = False) -> list[WorkItem]:
    return [
        WorkItem(
            title=f"{edition.document.code} {edition.document.title}",
            url=reverse("documents:edition", args=[edition.pk]),
            detail=(
                edition.return_comment
                if detail_from_comment
                else _("Issue %(number)d — %(name)s")
                % {"number": edition.issue_number, "name": edition.drafted_name}
            ),
            badge=badge,
            date=edition.submitted_at or edition.updated_at,
        )
        for edition in editions
    ]


def _section(queryset, *, key: str, title: str, badge: str, order: int, icon: str, comment=False):
    editions, total = first_and_total(
        queryset.select_related("document").order_by("submitted_at", "pk"), SECTION_LIMIT
    )
    if not editions:
        return None
    return WorkSection(
        key=key,
        title=title,
        items=_items(editions, badge, detail_from_comment=comment),
        total=total,
        more_url=reverse("documents:index"),
        icon=icon,
        order=order,
    )


def to_review_section(user, agency) -> WorkSection | None:
    return _section(
        reviewable_editions(user),
        key="documents.review",
        title=_("Documents to review"),
        badge=_("To review"),
        order=30,
        icon="file-search",
    )


def to_approve_section(user, agency) -> WorkSection | None:
    return _section(
        approvable_editions(user),
        key="documents.approve",
        title=_("Documents to approve"),
        badge=_("To approve"),
        order=31,
        icon="file-certificate",
    )


def returned_section(user, agency) -> WorkSection | None:
    if not getattr(user, "is_authenticated", False):
        return None
    queryset = (
        visible_editions(user)
        .filter(state=State.DRAFT, drafted_by_id=user.pk)
        .exclude(return_comment="")
    )
    return _section(
        queryset,
        key="documents.returned",
        title=_("Documents returned to you"),
        badge=_("Returned"),
        order=32,
        icon="arrow-back-up",
        comment=True,
    )


__all__ = ["returned_section", "to_approve_section", "to_review_section"]
