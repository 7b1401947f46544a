"""Migration 0002: a decision's content moves out of `members_snapshot` into `content`, and back."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from eiso.organizations.models import SteeringDecision
from eiso.organizations.steering import document
from eiso.organizations.tests.test_steering_services import full_committee, issue

APP = "organizations"
BEFORE = [(APP, "0001_initial")]
ONLY_MEMBERS = [{"full_name": "Nguyễn Văn An", "position": "Giám đốc Sở", "committee_role": "head"}]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def migrate_to_latest():
    """Forwards to every app's latest migration: going back to organizations 0001 also unapplied
    every other app's migrations that depend on 0002, and later tests need their tables."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    leaves = executor.loader.graph.leaf_nodes()
    executor.migrate(leaves)
    return executor.loader.project_state(leaves).apps


def _rows(apps) -> dict:
    model = apps.get_model(APP, "SteeringDecision")
    return {row["symbol"]: row for row in model.objects.values()}


@pytest.mark.django_db(transaction=True)
def test_content_is_split_from_the_members_and_joined_back(personas):
    full_committee(personas)
    first, second = issue(personas), issue(personas, kind=SteeringDecision.Kind.REORGANISE)
    first.refresh_from_db()
    printed = document.build_decision(first)
    SteeringDecision.objects.filter(pk=second.pk).update(members_snapshot=ONLY_MEMBERS, content={})
    updated_at = first.updated_at
    try:
        old = _rows(migrate(BEFORE))
        # Backwards: the version-1 shape, one dict holding the members and everything else.
        joined = old[first.symbol]["members_snapshot"]
        assert "content" not in old[first.symbol]
        assert joined["version"] == 1
        assert joined["members"] == first.members_snapshot
        assert {k: v for k, v in joined.items() if k not in ("members", "version")} == {
            k: v for k, v in first.content.items() if k != "version"
        }
        assert old[second.symbol]["members_snapshot"] == ONLY_MEMBERS
    finally:
        new = _rows(migrate_to_latest())
    # Forwards: members back in their list, the rest in `content`, rows otherwise untouched.
    assert new[first.symbol]["members_snapshot"] == first.members_snapshot
    assert new[first.symbol]["content"] == first.content
    assert new[first.symbol]["updated_at"] == updated_at
    assert (new[second.symbol]["members_snapshot"], new[second.symbol]["content"]) == (
        ONLY_MEMBERS,
        {},
    )
    assert document.build_decision(SteeringDecision.objects.get(pk=first.pk)) == printed
